"""The event taxonomy (data/event_types.yaml) and classifying a clause into it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.extract.datafiles import RuleFileError, compile_pattern, load_data_file, require_keys
from tracker.extract.nocase import caseless_lower, lowered

FILE = "event_types.yaml"


@dataclass(frozen=True, slots=True)
class EventType:
    """One type of the taxonomy with its cue pattern and test examples."""

    id: str
    label: str
    pattern: re.Pattern[str] | None
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


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
        out.append(
            EventType(
                type_id,
                str(item["label"]),
                pattern,
                tuple(item.get("examples") or ()),
                tuple(item.get("counter_examples") or ()),
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
    """Id of the first type whose cues occur in ``clause``; "other" when none does."""
    lower = caseless_lower(clause)
    combined = _combined()
    if lower is None or combined is None:
        for event_type in event_types():
            if event_type.pattern is not None and event_type.pattern.search(clause):
                return event_type.id
        return "other"
    pattern, ids = combined
    # One pass: at each position, the first type that matches there; the first type of all
    # is the one with the smallest number among those.
    best = len(ids)
    for m in pattern.finditer(lower):
        n = int(m.lastgroup[1:].partition("_")[0])  # type: ignore[index]
        if n < best:
            best = n
            if n == 0:
                break
    return ids[best] if best < len(ids) else "other"


@lru_cache(maxsize=1)
def _combined() -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """Every type's cue pattern in one, as a look-ahead that tries them in order, compiled
    for lower-cased text (see nocase.py); None when some pattern does not allow that."""
    with_cues = [t for t in event_types() if t.pattern is not None]
    fast = [lowered(t.pattern) for t in with_cues if t.pattern is not None]
    if any(p is None or p.groups for p in fast):
        return None
    flags = {p.flags for p in fast if p is not None}
    if len(flags) != 1:
        return None
    sources = [p.pattern for p in fast if p is not None]
    # Every pattern is \b(?:...) (parse_event_types makes them so): tested once, before the
    # look-ahead, the \b spares most tries.
    head = "\\b" if all(s.startswith("\\b") and _one_group(s[2:]) for s in sources) else ""
    ids = tuple(t.id for t in with_cues)
    if head and (by_letter := _by_first_letter([s[len(head) :] for s in sources])):
        return re.compile(f"{head}(?=(?:{by_letter}))", flags.pop()), ids
    branches = "|".join(f"(?P<t{n}>{s[len(head) :]})" for n, s in enumerate(sources))
    return re.compile(f"{head}(?=(?:{branches}))", flags.pop()), ids


def _by_first_letter(groups: list[str]) -> str | None:
    """The types' "(?:cue|cue...)" groups as one alternation by the cues' first letter, each
    letter's cues in type order and named t<type>_<n>: at a position, only the cues starting
    with its character can match, and the first of those that does is of the first type that
    matches there. None unless every cue starts with a plain letter or digit."""
    by_letter: dict[str, list[str]] = {}
    for n, group in enumerate(groups):
        for k, cue in enumerate(_alternatives(group[3:-1])):
            first = cue[:1]
            if not (first.isascii() and first.isalnum()) or cue[1:2] in ("?", "*", "+", "{"):
                return None
            by_letter.setdefault(first, []).append(f"(?P<t{n}_{k}>{cue[1:]})")
    return "|".join(f"{c}(?:{'|'.join(cues)})" for c, cues in by_letter.items())


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    out, depth, i, start, set_start = [], 0, 0, 0, -1
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if set_start >= 0:
            if ch == "]" and i > set_start:
                set_start = -1
        elif ch == "[":
            set_start = i + 1 + (source[i + 1 : i + 2] == "^")
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _one_group(source: str) -> bool:
    """Whether ``source`` is one group, "(...)", that nothing follows."""
    depth, i, set_start = 0, 0, -1
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if set_start >= 0:
            if ch == "]" and i > set_start:
                set_start = -1
        elif ch == "[":
            set_start = i + 1 + (source[i + 1 : i + 2] == "^")
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i == len(source) - 1
        elif depth == 0:
            return False
        i += 1
    return False
