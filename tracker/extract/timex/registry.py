"""The registry of normalisers (rules/<lang>/*.yaml name one with ``norm``) and the helpers
they share: a normaliser maps the named parts of a match to a TIMEX3 type, value and mod."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from tracker.extract.timex.context import Context
from tracker.extract.timex.lexicon import Lexicon

Groups = dict[str, str | None]


@dataclass(frozen=True, slots=True)
class Norm:
    """A normaliser's answer. ``anchor`` says what the value depends on. ``extent`` is the
    (first day, last day, precision) a value that is no date still covers: "the past two
    decades" is P20Y, the twenty years up to the DCT."""

    type: str
    value: str
    mod: str | None = None
    anchor: str = "absolute"
    extent: tuple[date | None, date | None, str] | None = None


Normaliser = Callable[[Groups, Context, Lexicon, dict[str, str]], Norm | None]
REGISTRY: dict[str, Normaliser] = {}


def normaliser(name: str) -> Callable[[Normaliser], Normaliser]:
    """Register a normaliser under ``name``."""

    def register(fn: Normaliser) -> Normaliser:
        REGISTRY[name] = fn
        return fn

    return register


def mod_of(g: Groups, lex: Lexicon) -> str | None:
    word = g.get("mod")
    if not word and g.get("over"):  # "over a week": more than a week
        return lex.modifier("more than")
    return lex.modifier(word) if word else None


def year_of(text: str | None, ctx: Context) -> int | None:
    if not text:
        return None
    text = text.strip("'’ ")
    if text[:1].isalpha():
        return spelled_year(text)
    if len(text) == 7 and text[4] in "-–/":  # "1968-69": the first year
        text = text[:4]
    if len(text) == 2:
        two = int(text)
        base = ctx.dct.year if ctx.dct else 2000
        century = base // 100 * 100
        return century + two if century + two <= base + 10 else century - 100 + two
    return int(text)


_CENTURY_WORDS = {"eighteen": 1800, "nineteen": 1900}
_SMALL = {
    "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 0, "and": 0,
}  # fmt: skip


def spelled_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand one" -> 2001 (see SPELLED_YEAR)."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] == ["two", "thousand"]:
        base, rest = 2000, words[2:]
    elif words and words[0] in _CENTURY_WORDS:
        base, rest = _CENTURY_WORDS[words[0]], words[1:]
    else:
        return None
    try:
        return base + sum(_SMALL[w] for w in rest)
    except KeyError:
        return None


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A date given without its year is moved to the other side of the DCT by the tense only when


def number_of(word: str | None, lex: Lexicon) -> int | str:
    if word is None:
        return 1
    return lex.number(word)
