"""The event taxonomy (data/event_types.yaml) and classifying a clause into it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.datafiles import RuleFileError, compile_pattern, load_data_file, require_keys
from tracker.extract.nocase import FirstOf, caseless_lower

FILE = "event_types.yaml"


@dataclass(frozen=True, slots=True)
class EventType:
    """One type of the taxonomy with its cue pattern and test examples. ``weak`` cues (a
    casualty verb: "killed") count only when no type's own cues occur."""

    id: str
    label: str
    pattern: re.Pattern[str] | None
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]
    weak: re.Pattern[str] | None = None


def parse_event_types(data: object, filename: str = FILE) -> tuple[EventType, ...]:
    """Validate the taxonomy file's parsed YAML."""
    if not isinstance(data, dict) or not isinstance(data.get("types"), list):
        raise RuleFileError(f"{filename}: expected a top-level 'types' list")
    out, seen = [], set()
    for n, item in enumerate(data["types"]):
        item = require_keys(item, ("id", "label", "cues"), filename, f"type #{n + 1}")
        type_id = str(item["id"])
        if type_id in seen:
            raise RuleFileError(f"{filename}: type {type_id!r}: duplicated id")
        seen.add(type_id)
        cues = item["cues"] or []
        pattern = (
            compile_pattern(r"\b(?:" + "|".join(cues) + ")", filename, type_id, re.I)
            if cues
            else None
        )
        weak_cues = item.get("weak_cues") or []
        weak = (
            compile_pattern(r"\b(?:" + "|".join(weak_cues) + ")", filename, type_id, re.I)
            if weak_cues
            else None
        )
        out.append(
            EventType(
                type_id,
                str(item["label"]),
                pattern,
                tuple(item.get("examples") or ()),
                tuple(item.get("counter_examples") or ()),
                weak,
            )
        )
    if "other" not in seen:
        raise RuleFileError(f"{filename}: the taxonomy needs an 'other' type")
    return tuple(out)


@lru_cache(maxsize=1)
def event_types() -> tuple[EventType, ...]:
    """The shipped taxonomy, loaded once."""
    return parse_event_types(load_data_file(FILE))


def classify(clause: str) -> str:
    """Id of the first type whose cues occur in ``clause``; else (or when that is a mere
    statement) of the first whose weak cues do ("A quake killed 41 people" is a disaster,
    "Gunmen killed two, police said" an attack); "other" when none does."""
    types, first_of = _first_of()
    lower = caseless_lower(clause)
    n = first_of.index(clause, lower)
    if n is not None and types[n].id != "statement":
        return types[n].id
    # (before a mere statement: "Gunmen killed five people, police said" is an attack)
    weak = next((t.id for t in event_types() if t.weak and t.weak.search(clause)), None)
    return weak or ("other" if n is None else types[n].id)


@lru_cache(maxsize=1)
def _first_of() -> tuple[tuple[EventType, ...], FirstOf]:
    """The types with cues, and their patterns searched in one pass (nocase.py)."""
    types = tuple(t for t in event_types() if t.pattern is not None)
    return types, FirstOf([t.pattern for t in types if t.pattern is not None])
