"""Case-insensitive regular expressions run as case-sensitive ones on lower-cased text.

Python's ``re`` is several times slower with IGNORECASE: every character of the text is
case-mapped at every step. For most of the extractor's patterns (words, ``\\b``, ``\\s``,
``\\w``, classes of letters, symbols without case) matching the text with IGNORECASE is the
same as matching its lower-case form, without IGNORECASE, with the pattern's capitals in lower
case too. ``lowered(pattern)`` gives that form of a pattern when it is sure to match the same
(else None), ``caseless_lower(text)`` that of a text (else None: then the pattern itself must be
used). Positions are the same in both texts; matched text is in lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Escapes whose meaning does not depend on case (others, like \x41 or \N{...}, may name a
# capital letter).
_CASELESS_ESCAPES = frozenset("bBwWsSdDAZ")
# The only non-ASCII characters that IGNORECASE matches to ASCII letters (Python's re docs).
_ASCII_FOLDING = re.compile("[\u0130\u0131\u017f\u212a]")


def caseless_lower(text: str) -> str | None:
    """``text.lower()``, or None when a pattern from ``lowered`` could match it otherwise
    than its pattern matches ``text``: when lower-casing changes the length, or the text has
    one of the four non-ASCII letters IGNORECASE takes for ASCII ones (İ ı ſ K). Other
    non-ASCII letters (é, Ü...) match no character of such a pattern in either case, and
    keep their class (\\w) in lower case."""
    lower = text.lower()
    if text.isascii():
        return lower
    if len(lower) != len(text) or _ASCII_FOLDING.search(text):
        return None
    return lower


@lru_cache(maxsize=512)
def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` for caseless_lower's text: its ASCII capitals in lower case, compiled
    without IGNORECASE, when it then matches exactly where ``pattern`` matches the original
    text; None when that is not certain (the pattern is not case-insensitive, or has a cased
    non-ASCII character, an escape that could name a letter, a range other than within a-z,
    A-Z or 0-9, inline flags, conditional groups or back-references)."""
    flags = pattern.flags
    if not flags & re.IGNORECASE or flags & (re.VERBOSE | re.LOCALE):
        return None
    source = pattern.pattern
    if not isinstance(source, str):
        return None
    small = _lower_source(source)
    return None if small is None else re.compile(small, flags & ~re.IGNORECASE)


def _uncased(ch: str) -> bool:
    return ch.lower() == ch == ch.upper() == ch.casefold()


def _lower_source(source: str) -> str | None:
    out: list[str] = []
    i, n = 0, len(source)
    class_start = -1  # index of the first character of the set being read, -1 outside sets
    while i < n:
        ch = source[i]
        if ch == "\\":
            if i + 1 >= n or (source[i + 1].isalnum() and source[i + 1] not in _CASELESS_ESCAPES):
                return None
            if not source[i + 1].isascii() and not _uncased(source[i + 1]):
                return None
            out.append(source[i : i + 2])
            i += 2
            continue
        if not ch.isascii() and not _uncased(ch):
            return None
        if class_start >= 0:
            if ch == "]" and i > class_start:
                class_start = -1
            elif ch == "-" and i > class_start and i + 1 < n and source[i + 1] != "]":
                before, after = source[i - 1], source[i + 1]
                if source[i - 2 : i - 1] == "\\" or not any(
                    lo <= before <= hi and lo <= after <= hi for lo, hi in _RANGES
                ):
                    return None
            elif ch == "[":
                return None  # nested sets and set operations: not worth reading
        elif ch == "[":
            class_start = i + 1
            if source[class_start : class_start + 1] == "^":
                class_start += 1
        elif ch == "(" and source.startswith("(?", i):
            if source.startswith("(?P<", i):  # a group name is kept as it is
                close = source.find(">", i)
                if close < 0:
                    return None
                out.append(source[i : close + 1])
                i = close + 1
                continue
            if not source.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!"), i):
                return None
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
        i += 1
    return "".join(out) if class_start < 0 else None


_RANGES = (("a", "z"), ("A", "Z"), ("0", "9"))


class Caseless:
    """A case-insensitive pattern with ``search`` taking the caseless_lower form of the text
    too, used when both allow it."""

    __slots__ = ("fast", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.fast = lowered(pattern)

    def search(self, text: str, lower: str | None) -> bool:
        """Whether the pattern occurs in ``text``; ``lower`` is caseless_lower(text)."""
        if lower is not None and self.fast is not None:
            return self.fast.search(lower) is not None
        return self.pattern.search(text) is not None
