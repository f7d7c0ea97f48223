"""The claim status vocabulary: six base statuses, the verdicts among them, and the custom
labels a newsroom uses, each mapped onto a base status (data: statuses.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.errors import InputError
from tracker.extract.datafiles import RuleFileError, load_data_file


@dataclass(frozen=True, slots=True)
class StatusVocabulary:
    """Base statuses, the ones that are verdicts, and custom labels -> base status."""

    base: tuple[str, ...]
    verdicts: frozenset[str]
    custom: dict[str, str]


@lru_cache(maxsize=1)
def vocabulary() -> StatusVocabulary:
    """The status vocabulary from statuses.yaml, validated."""
    data = load_data_file("statuses.yaml")
    base = tuple(str(s) for s in data.get("base") or ())
    custom = {str(k).lower(): str(v) for k, v in (data.get("custom") or {}).items()}
    verdicts = frozenset(str(s) for s in data.get("verdicts") or ())
    for label, target in custom.items():
        if target not in base:
            raise RuleFileError(
                f"statuses.yaml: custom status {label!r} maps to unknown {target!r}"
            )
    if not verdicts <= set(base):
        raise RuleFileError("statuses.yaml: every verdict must be a base status")
    return StatusVocabulary(base, verdicts, custom)


def normalise_status(status: str) -> tuple[str, str | None]:
    """(base status, custom label or None) for what a person typed; InputError if unknown."""
    key = re.sub(r"[\s\-]+", "_", status.strip().lower())
    vocab = vocabulary()
    if key in vocab.base:
        return key, None
    if key in vocab.custom:
        return vocab.custom[key], status.strip()
    choices = ", ".join(vocab.base)
    raise InputError(f"unknown status {status!r}; use one of {choices} or a mapped custom label")
