"""The lexicon of a language (rules/<lang>/lexicon.yaml): word tables and the regular
expressions of the placeholders rules use ({MONTH}, {WEEKDAY}, {NUMBER}...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tracker.extract.datafiles import RuleFileError

TABLES = (
    "holidays",
    "months",
    "months_safe",
    "weekdays",
    "seasons",
    "parts_of_day",
    "numbers",
    "units",
    "ordinals",
    "modifiers",
    "clock_words",
    "relative_days",
    "decade_words",
)
PLACEHOLDERS = {
    "MONTH": "months",
    "MONTH_SAFE": "months_safe",
    "WEEKDAY": "weekdays",
    "SEASON": "seasons",
    "POD": "parts_of_day",
    "NUMBER": "numbers",
    "UNIT": "units",
    "ORDINAL": "ordinals",
    "MOD": "modifiers",
    "HOLIDAY": "holidays",
    "CLOCK_WORD": "clock_words",
    "RELATIVE_DAY": "relative_days",
    "DECADE_WORD": "decade_words",
}


@dataclass(frozen=True)
class Lexicon:
    """Word tables, keys lower case."""

    tables: dict[str, dict[str, Any]]
    triggers: frozenset[str] = frozenset()
    fragments: dict[str, str] = field(default_factory=dict)  # NAME -> regex, used as {NAME}
    span_drop: frozenset[str] = frozenset()  # words a span never starts with ("its")
    compound_drop: frozenset[str] = frozenset()  # ... nor before a hyphenated compound

    @classmethod
    def from_data(cls, data: Any, filename: str) -> Lexicon:
        """Validate a parsed lexicon file."""
        if not isinstance(data, dict):
            raise RuleFileError(f"{filename}: expected a mapping of tables")
        tables: dict[str, dict[str, Any]] = {}
        words = data.get("triggers")
        if not isinstance(words, str) or not words.split():
            raise RuleFileError(f"{filename}: 'triggers' must be a string of words")
        for name in TABLES:
            table = data.get(name)
            if not isinstance(table, dict) or not table:
                raise RuleFileError(f"{filename}: table {name!r} is missing or empty")
            tables[name] = {str(k).lower(): v for k, v in table.items()}
        triggers = set(words.lower().split())
        for name in (
            "months",
            "weekdays",
            "seasons",
            "parts_of_day",
            "units",
            "ordinals",
            "holidays",
            "decade_words",
        ):
            triggers.update(w for key in tables[name] for w in key.split())
        # Number words start durations; the commonest ones ("a", "some") only with a unit.
        triggers.update(
            k for k, v in tables["numbers"].items() if isinstance(v, int) and len(k) > 2
        )
        fragments = data.get("fragments") or {}
        if not isinstance(fragments, dict) or not all(
            isinstance(k, str) and k.isupper() and isinstance(v, str) for k, v in fragments.items()
        ):
            raise RuleFileError(f"{filename}: 'fragments' must map UPPER_CASE names to patterns")
        fragments = {k: re.sub(r"\s+", "", v) for k, v in fragments.items()}  # layout only
        for name, frag in fragments.items():
            if name in PLACEHOLDERS:
                raise RuleFileError(f"{filename}: fragment {name!r} shadows a table placeholder")
            try:
                re.compile(frag)
            except re.error as exc:
                raise RuleFileError(f"{filename}: fragment {name!r}: bad pattern: {exc}") from None
        spans = data.get("spans") or {}
        drop = frozenset(str(w).lower() for w in spans.get("drop_first_word") or ())
        compound = frozenset(str(w).lower() for w in spans.get("drop_before_compound") or ())
        return cls(tables, frozenset(triggers), dict(fragments), drop, compound)

    def pattern(self, placeholder: str) -> str:
        """The alternation for a placeholder, longest words first, dots and spaces flexible;
        or the regex of a named fragment."""
        if placeholder in self.fragments:
            return "(?:" + self.fragments[placeholder] + ")"
        table = self.tables[PLACEHOLDERS[placeholder]]
        words = sorted(table, key=len, reverse=True)
        alts = []
        for w in words:
            alt = re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
            if placeholder in ("MONTH", "MONTH_SAFE", "WEEKDAY") and len(w) <= 4:
                alt += r"\.?"
            alts.append(alt)
        return "(?:" + "|".join(alts) + ")"

    def _get(self, table: str, word: str | None) -> Any:
        key = re.sub(r"\s+", " ", (word or "").lower().strip().rstrip(".")).replace("-", "-")
        if key in self.tables[table]:
            return self.tables[table][key]
        key2 = key.replace(" ", "-")
        if key2 in self.tables[table]:
            return self.tables[table][key2]
        key3 = key.replace("-", " ")
        return self.tables[table][key3]

    def holiday(self, word: str | None) -> str:
        return str(self._get("holidays", (word or "").replace("’", "'")))

    def month(self, word: str | None) -> int:
        return int(self._get("months", word))

    def weekday(self, word: str | None) -> int:
        return int(self._get("weekdays", word))

    def season(self, word: str | None) -> str:
        return str(self._get("seasons", word))

    def part_of_day(self, word: str | None) -> str:
        return str(self._get("parts_of_day", word))

    def number(self, word: str | None) -> int | str:
        if word and word.strip().isdigit():
            return int(word)
        value = self._get("numbers", word)
        return value if isinstance(value, int) else "X"

    def unit(self, word: str | None) -> str:
        """The TIMEX3 unit of a unit word ("fortnight" is counted in weeks: W)."""
        return str(self._get("units", word)).lstrip("0123456789")

    def unit_count(self, word: str | None) -> int:
        """How many units one of the word is: 2 for "fortnight" (2W), else 1."""
        digits = str(self._get("units", word))[:-1].rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return int(digits) if digits.isdigit() else 1

    def ordinal(self, word: str | None) -> int:
        digits = re.match(r"\d+", word or "")
        return int(digits.group(0)) if digits else int(self._get("ordinals", word))

    def clock(self, word: str | None) -> str:
        return str(self._get("clock_words", word))

    def relative_day(self, word: str | None) -> int:
        return int(self._get("relative_days", word))

    def decade_word(self, word: str | None) -> int:
        return int(self._get("decade_words", word))

    def modifier(self, word: str | None) -> str:
        return str(self._get("modifiers", (word or "").rstrip("-")))
