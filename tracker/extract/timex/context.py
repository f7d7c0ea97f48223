"""What a relative expression is resolved against: the document's creation time (DCT), the
tense of its sentence, and the last explicit date of the narrative."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_FUTURE = re.compile(
    r"\b(?:will|won't|wo n't|shall|'ll|is to|are to|plans? to|planning to|"
    r"intends? to|scheduled to|is scheduled|are scheduled|set to|going to|aims? to|"
    r"would(?!\s+have))\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|reported|announced|ago|earlier|last|"
    r"[a-z]{3,}ed)\b",
    re.I,
)
_BOUNDARY = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n\s*\n")


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a normaliser may look at besides the match itself."""

    dct: date | None
    tense: str | None  # "past", "future" or None
    anchor: date | None  # the last explicit day of the narrative before the expression
    day_first: bool = False
    last_value: str | None = None  # the value of the previous date expression


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (cheap: looks for the nearest boundaries)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), text.rfind("? ", 0, start))
    m = _BOUNDARY.search(text, end)
    right = m.start() + 1 if m else len(text)
    return text[left + 1 : right]


def tense_of(sentence: str, expression: str) -> str | None:
    """future when the sentence speaks of what is to come, past when of what was, else None.
    The expression itself is left out, so that "last week" does not make its sentence past."""
    rest = sentence.replace(expression, " ", 1)
    if _FUTURE.search(rest):
        return "future"
    if _PAST.search(rest):
        return "past"
    return None
