"""Loading the YAML data files that hold extraction rules and lexicons, with errors that name
the file and the rule at fault."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from tracker.errors import TrackerError

DATA_PACKAGE = "tracker.extract.data"


class RuleFileError(TrackerError):
    """A rule or lexicon file is malformed; the message names the file and the rule."""


@cache
def load_data_file(name: str) -> Any:
    """Parse ``tracker/extract/data/<name>`` once; raise RuleFileError if it is not valid YAML."""
    try:
        raw = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleFileError(f"{name}: data file is missing from the package") from None
    return parse_yaml(raw, name)


def parse_yaml(raw: str, filename: str) -> Any:
    """YAML text to Python data, errors naming ``filename`` and the line."""
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise RuleFileError(
            f"{filename}{where}: not valid YAML ({exc.__class__.__name__})"
        ) from None


def compile_pattern(pattern: Any, filename: str, rule_id: str, flags: int = 0) -> re.Pattern[str]:
    """Compile one rule's regular expression or raise RuleFileError naming file and rule."""
    if not isinstance(pattern, str) or not pattern:
        raise RuleFileError(f"{filename}: rule {rule_id!r}: 'pattern' must be a non-empty string")
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise RuleFileError(f"{filename}: rule {rule_id!r}: bad pattern: {exc}") from None


def require_keys(item: Any, keys: tuple[str, ...], filename: str, label: str) -> dict[str, Any]:
    """Check that ``item`` is a mapping holding ``keys``; return it."""
    if not isinstance(item, dict):
        raise RuleFileError(f"{filename}: {label}: expected a mapping, got {type(item).__name__}")
    missing = [k for k in keys if k not in item]
    if missing:
        raise RuleFileError(f"{filename}: {label}: missing {', '.join(missing)}")
    return item


@cache
def word_list(filename: str, key: str) -> frozenset[str]:
    """A whitespace-separated word list stored under ``key`` of a data file."""
    data = load_data_file(filename)
    if not isinstance(data, dict) or not isinstance(data.get(key), str):
        raise RuleFileError(f"{filename}: {key!r} must be a string of words")
    return frozenset(data[key].split())
