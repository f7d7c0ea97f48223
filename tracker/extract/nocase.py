"""Case-insensitive regular expressions run as case-sensitive ones on lower-cased text.

Python's ``re`` is several times slower with IGNORECASE: every character of the text is
case-mapped at every step. For most of the extractor's patterns (plain lower-case words,
``\\b``, ``\\s``, ``\\w``, classes of lower-case letters) matching the text with IGNORECASE is
the same as matching its lower-case form without it, character for character, as long as
lower-casing changes nothing but ASCII capitals. ``lowered(pattern)`` says whether a pattern
is one of those (and gives it compiled without IGNORECASE); ``caseless_lower(text)`` gives
the lower-case text when the text is one of those (else None: then the pattern itself must
be used). Positions are the same in both texts; matched text is in lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Escapes whose meaning does not depend on case (others, like \x41 or \N{...}, may name a
# capital letter).
_CASELESS_ESCAPES = frozenset("bBwWsSdDAZ")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_UNCASED: dict[str, bool] = {}


def caseless_lower(text: str) -> str | None:
    """``text.lower()`` when that only turns ASCII capitals into small letters and every other
    character of the text has no case at all (so IGNORECASE cannot match it to another
    character); None otherwise."""
    if not text.isascii():
        for ch in set(_NON_ASCII.findall(text)):
            uncased = _UNCASED.get(ch)
            if uncased is None:
                uncased = _UNCASED[ch] = ch.lower() == ch == ch.upper() == ch.casefold()
            if not uncased:
                return None
    return text.lower()


@lru_cache(maxsize=512)
def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled without IGNORECASE, if on caseless_lower's text it then matches
    exactly where ``pattern`` matches the original text; None when that is not certain (the
    pattern is not case-insensitive, or has a capital letter, a non-ASCII character, an escape
    that could name a letter, a range that is not within a-z or 0-9, inline flags, named or
    conditional groups or back-references)."""
    flags = pattern.flags
    if not flags & re.IGNORECASE or flags & (re.VERBOSE | re.LOCALE):
        return None
    source = pattern.pattern
    if not isinstance(source, str) or not source.isascii() or not _lowerable(source):
        return None
    return re.compile(source, flags & ~re.IGNORECASE)


def _lowerable(source: str) -> bool:
    i, n = 0, len(source)
    class_start = -1  # index of the first character of the set being read, -1 outside sets
    while i < n:
        ch = source[i]
        if ch == "\\":
            if i + 1 >= n or (source[i + 1].isalnum() and source[i + 1] not in _CASELESS_ESCAPES):
                return False
            i += 2
            continue
        if ch.isupper():
            return False
        if class_start >= 0:
            if ch == "]" and i > class_start:
                class_start = -1
            elif ch == "-" and i > class_start and i + 1 < n and source[i + 1] != "]":
                before, after = source[i - 1], source[i + 1]
                in_letters = "a" <= before <= "z" and "a" <= after <= "z"
                in_digits = "0" <= before <= "9" and "0" <= after <= "9"
                if not (in_letters or in_digits) or source[i - 2 : i - 1] == "\\":
                    return False
            elif ch == "[":
                return False  # nested sets and set operations: not worth reading
        elif ch == "[":
            class_start = i + 1
            if source[class_start : class_start + 1] == "^":
                class_start += 1
        elif (
            ch == "("
            and source.startswith("(?", i)
            and not source.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!"), i)
        ):
            return False
        i += 1
    return class_start < 0


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
