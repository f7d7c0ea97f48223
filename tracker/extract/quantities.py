"""Figures in text: numbers in digits or words, with qualifier (at least, about...), unit,
percentages, money and ranges."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate
from typing import Any

from tracker.extract.datafiles import RuleFileError, load_data_file
from tracker.extract.entities import gazetteer
from tracker.extract.model import Quantity
from tracker.extract.nocase import caseless_lower, lowered
from tracker.extract.spans import runs_back

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT_WORD = r"(?:of\s+)?[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+)?"
_ADJECTIVE = re.compile(r"(?:al|an|ese|ish|ed|ive|ic|ary|ern|ian)$")
_SKIP_UNITS = frozenset(
    {
        "of",
        "and",
        "or",
        "to",
        "the",
        "a",
        "in",
        "on",
        "at",
        "per",
        "by",
        "years",
        "year",
        "them",
        "us",
        "those",
        "these",
        "which",
        "whom",
        "it",
        "its",
        "their",
        "were",
        "was",
        "are",
        "is",
    }
)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    data = load_data_file("quantities.yaml")
    for key in ("number_words", "scales", "qualifiers", "currencies"):
        if not isinstance(data.get(key), dict):
            raise RuleFileError(f"quantities.yaml: {key!r} must be a mapping")
    for key in ("plural_nouns", "verbs_in_s"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise RuleFileError(f"quantities.yaml: {key!r} must be a list of words")
        data[key] = frozenset(words)
    return data


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lex = _lexicon()
    words = "|".join(sorted((re.escape(w) for w in lex["number_words"]), key=len, reverse=True))
    quals = "|".join(sorted((re.escape(q) for q in lex["qualifiers"]), key=len, reverse=True))
    scales = "|".join(sorted((re.escape(s) for s in lex["scales"]), key=len, reverse=True))
    symbols = "|".join(re.escape(c) for c in lex["currencies"] if not c.isalpha())
    number = (
        rf"(?:{_DIGITS})(?:\s*(?:{scales})\b)?|{_COMPOUND_NUMBER}(?:\s+(?:{scales})\b)?"
        rf"|\b(?:{words})\b(?:\s+(?:{scales})\b)?"
    )
    return re.compile(
        rf"(?:\b(?P<qual>{quals})\s+)?"
        rf"(?P<cur>{symbols})?"
        rf"(?P<num>{number})"
        rf"(?:\s*(?:-|–|to)\s*(?P<num2>{_DIGITS}))?"
        rf"(?:\s+of\s+(?:(?:the\s+)?[\w.-]+['’]s\s+|the\s+|its\s+|their\s+)?(?P<total>{_DIGITS}|\b(?:{words})\b))?"
        rf"(?P<pct>\s*(?:%|percent\b|per cent\b|percentage points?\b))?"
        rf"(?:\s+(?P<unit>{_UNIT_WORD}))?",
        re.I,
    )


# "twenty-three", "ninety-nine"
_COMPOUND_NUMBER = (
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
)
# A number right after a capitalised word is part of a name: "Falcon 9", "Boeing 737", "Route 66"
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][\w-]*\s$")


def _in_a_name(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a capitalised word that is no place ("Falcon
    9", but not "in Kabul 12 people")."""
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(0).strip() not in gazetteer()


def _value(text: str) -> float | None:
    lex = _lexicon()
    t = text.lower().strip()
    scale = 1.0
    for word, factor in lex["scales"].items():
        if t.endswith(" " + word) or (t.endswith(word) and t[: -len(word)].strip()[-1:].isdigit()):
            scale = float(factor)
            t = t[: -len(word)].strip()
            break
    if t in lex["number_words"]:
        return float(lex["number_words"][t]) * scale
    tens, _, ones = t.partition("-")
    if ones and tens in lex["number_words"] and ones in lex["number_words"]:
        return float(lex["number_words"][tens] + lex["number_words"][ones]) * scale
    try:
        return float(t.replace(",", "")) * scale
    except ValueError:
        return None


def find_quantities(
    text: str, start: int = 0, end: int | None = None, exclude: list[tuple[int, int]] | None = None
) -> list[Quantity]:
    """Figures in ``text[start:end]``; spans overlapping ``exclude`` (dates) are skipped."""
    end = len(text) if end is None else end
    return find_quantities_in(text, [(start, end)], exclude)


def find_quantities_in(
    text: str, ranges: Iterable[tuple[int, int]], exclude: Iterable[tuple[int, int]] | None = None
) -> list[Quantity]:
    """find_quantities over several (start, end) ranges of ``text``, in order, the spans to
    skip indexed once."""
    lex = _lexicon()
    overlaps = _Overlaps(exclude or ())
    lower = caseless_lower(text)
    out: list[Quantity] = []
    for start, end in ranges:
        for m in _figures(text, start, end, lower):
            s, e = m.start(), m.end()
            if overlaps(s, m.end("num")):
                continue
            if _BARE_YEAR.match(m.group("num")) and not (m.group("cur") or m.group("pct")):
                continue  # a bare year is a date, not a figure
            if not (m.group("qual") or m.group("cur")) and _in_a_name(text, s):
                continue  # "the Falcon 9 rocket": a name, not a figure
            unit, unit_end = _unit(m, lex)
            e = unit_end or (
                m.end("pct")
                if m.group("pct")
                else m.end("num2")
                if m.group("num2")
                else m.end("num")
            )
            if unit is not None and (rate := _RATE.match(text, e, end)):
                period = (rate.group(1) or rate.group(2)).lower()
                unit = f"{unit} per {_RATE_PERIODS.get(period, period)}"
                e = rate.end()
            qualifier = lex["qualifiers"].get(m.group("qual").lower()) if m.group("qual") else None
            if m.group("num2"):
                qualifier = qualifier or "range"
            out.append(Quantity(s, e, text[s:e], _value(m.group("num")), unit, qualifier))
    return out


def _figures(
    text: str, start: int, end: int, lower: str | None, *, fast: bool = True
) -> list[re.Match[str]]:
    """``_pattern().finditer(text, start, end)``. The pattern is case-insensitive: it runs on
    ``lower``, caseless_lower(text), when that finds the same (nocase.py), and each figure it
    finds is matched again in ``text`` for its groups."""
    pattern = _pattern()
    small = _small_pattern() if fast else None
    if small is None or lower is None:
        return list(pattern.finditer(text, start, end))
    # A figure has a number: a digit or a number word (an "anchor"), after at most ``reach``
    # runs of non-space characters (a qualifier, a currency). So the next figure after ``pos``
    # starts no earlier than ``reach`` runs before the next anchor: the pattern is tried from
    # there, not at every character.
    anchor, reach = _anchor()
    found = []
    pos = start
    while (a := anchor.search(lower, pos, end)) is not None:
        m = small.search(lower, max(pos, runs_back(lower, a.start(), reach)), end)
        if m is None:
            break
        again = pattern.match(text, m.start(), end)
        if again is None or again.end() != m.end():  # not to be: nocase.py says so
            return list(pattern.finditer(text, start, end))
        found.append(again)
        pos = m.end()
    return found


@lru_cache(maxsize=1)
def _small_pattern() -> re.Pattern[str] | None:
    """lowered(_pattern()), kept: looking it up in lowered's cache hashes the whole compiled
    pattern at each call."""
    return lowered(_pattern())


@lru_cache(maxsize=1)
def _anchor() -> tuple[re.Pattern[str], int]:
    """Where a number starts (for lower-cased text), and how many runs of non-space
    characters a figure may have before its number, plus one."""
    lex = _lexicon()
    words = "|".join(sorted((re.escape(w) for w in lex["number_words"]), key=len, reverse=True))
    anchor = lowered(re.compile(rf"\d|\b(?:{words})\b", re.I))
    if anchor is None:
        raise RuleFileError("quantities.yaml: number words must be plain words")
    symbols = [c for c in lex["currencies"] if not c.isalpha()]
    before = max((len(q.split()) for q in lex["qualifiers"]), default=0)
    before += max((len(c.split()) for c in symbols), default=0)
    return anchor, before + 2


_BARE_YEAR = re.compile(r"(?:19|20)\d\d$")
# A rate after the unit ("100 hectares a year", "3 percent annually") is part of the unit: a
# yearly figure is not the same measure as a total.
_RATE = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(year|month|week|day|hour|minute|person|head|capita)"
    r"|(annually|yearly|monthly|weekly|daily|hourly))\b"
    # "4.6% a year earlier" dates the figure; it is no rate
    r"(?!\s+(?:earlier|later|ago|before|after)\b)",
    re.I,
)
_RATE_PERIODS = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
    "head": "person",
    "capita": "person",
}


class _Overlaps:
    """Whether [s, e) overlaps one of the spans: some span starts before e and ends after s.
    Spans sorted by start, with the furthest end among each prefix, answer by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [xs for xs, _ in ordered]
        self.reach = list(accumulate((xe for _, xe in ordered), max))

    def __call__(self, s: int, e: int) -> bool:
        n = bisect_left(self.starts, e)  # spans starting before e
        return n > 0 and self.reach[n - 1] > s


def _noun_before_noun(first: str, second: str) -> bool:
    """Whether a figure's first word modifies a plural noun after it ("37 container ships",
    "12 water-bombing aircraft"): the first word is not plural itself and the second is."""
    lex = _lexicon()
    # "basis points", "bus stops": a word in -is, -us or -ss is no plural.
    plural_first = first.endswith("s") and not first.endswith(("ss", "is", "us"))
    if plural_first or second in lex["verbs_in_s"]:
        return False
    return second in lex["plural_nouns"] or (second.endswith("s") and not second.endswith("ss"))


def _unit(m: re.Match[str], lex: dict[str, Any]) -> tuple[str | None, int | None]:
    """The unit of a figure and where its text ends (None when the figure ends at the number)."""
    if m.group("pct"):
        return "percent", None
    if m.group("cur"):
        return str(lex["currencies"][m.group("cur")]), None
    raw = m.group("unit") or ""
    words = raw.split()
    offset = m.start("unit")
    if words and words[0].lower() == "of":
        offset += raw.index(words[1]) if len(words) > 1 else len(raw)
        words = words[1:]
    if not words or words[0].lower() in _SKIP_UNITS:
        return None, None
    first = words[0].lower()
    if first in lex["currencies"]:
        return str(lex["currencies"][first]), offset + len(words[0])
    if len(words) > 1 and (_ADJECTIVE.search(first) or _noun_before_noun(first, words[1])):
        # the words as written may stand apart by more than one space ("troops\n  in")
        second = m.string.index(words[1], m.string.index(words[0], offset) + len(words[0]))
        return f"{words[0]} {words[1]}".lower(), second + len(words[1])
    return first, m.string.index(words[0], offset) + len(words[0])
