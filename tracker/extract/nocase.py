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
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain

# Escapes whose meaning does not depend on case (others, like \x41 or \N{...}, may name a
# capital letter).
_CASELESS_ESCAPES = frozenset("bBwWsSdDAZ")


def caseless_lower(text: str) -> str | None:
    """``text.lower()``, or None when a pattern from ``lowered`` could match it otherwise
    than its pattern matches ``text``: when lower-casing changes the length, or the text has
    one of the four non-ASCII letters IGNORECASE takes for ASCII ones (İ ı ſ K). Other
    non-ASCII letters (é, Ü...) match no character of such a pattern in either case, and
    keep their class (\\w) in lower case."""
    lower = text.lower()
    if text.isascii():
        return lower
    if len(lower) != len(text):
        return None
    # The only non-ASCII characters that IGNORECASE matches to ASCII letters (Python's re
    # docs), each looked for by ``in``: a scan in C many times quicker than re's for a class.
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
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
    too, used when both allow it (``fast``, and ``quick`` when it can be written so, see
    literal_led)."""

    __slots__ = ("after_non_word", "fast", "pattern", "quick")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.fast = lowered(pattern)
        led = None if self.fast is None else literal_led(self.fast)
        self.quick = led or self.fast
        # Where literal_led cannot help (too many first characters), a pattern whose every
        # alternative is \b and a word character occurs at the start of the text or just
        # after a non-word character (see word_start_form).
        self.after_non_word = None if led or self.fast is None else word_start_form(self.fast)

    def search(self, text: str, lower: str | None) -> bool:
        """Whether the pattern occurs in ``text``; ``lower`` is caseless_lower(text)."""
        if lower is not None and self.quick is not None:
            if self.after_non_word is not None:
                return (
                    self.quick.match(lower) is not None
                    or self.after_non_word.search(lower) is not None
                )
            return self.quick.search(lower) is not None
        return self.pattern.search(text) is not None


def word_start_form(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """When each alternative of ``pattern`` starts with ``\\b`` and a word character (once
    distributed, see _distributed), the pattern as ``\\W(?=...)`` without those ``\\b``: it
    matches one character before each place the pattern matches but the start of the text
    (which must be tried with ``pattern.match``). re finds a non-word character in C, where
    ``\\b`` first makes it try the pattern at every character. None otherwise."""
    if pattern.flags & re.MULTILINE:
        return None
    rests = []
    for alternative in _alternatives(pattern.pattern):
        branches = _distributed(alternative)
        if any(b is None or not re.fullmatch(r"\w", b[2:3]) for b in branches):
            return None
        rests.append(alternative[2:])
    return re.compile("\\W(?=" + "|".join(rests) + ")", pattern.flags) if rests else None


_MAX_FIRST_CHARACTERS = 8  # measured: with more, the rewritten pattern is no faster


def literal_led(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (whose alternatives start with ``\\b`` and a plain character) written so
    that each alternative starts with that character, the word boundary checked just after
    it: ``\\b(?:may|about|most)`` as ``m(?<!\\w.)(?:ay|ost)|a(?<!\\w.)bout``. It occurs in
    the same texts (not always at the same places, so only for ``search``), and Python's
    ``re`` then skips the places that start with no such character without trying the
    pattern there. None when an alternative cannot be written so (a class or a digit first,
    ``^``...), or when more than _MAX_FIRST_CHARACTERS characters start one."""
    plain: list[str] = []
    by_first: dict[tuple[str, str], list[str]] = {}  # (first character, guard) -> the rests
    for alternative in _alternatives(pattern.pattern):
        if not alternative.startswith("\\b"):
            starts = _plain_start(alternative)
            if starts is None:
                return None
            plain.extend(starts)
            continue
        for branch in _distributed(alternative):
            if branch is None:
                return None
            first, rest = branch[2:3], branch[3:]
            # \b before a word character: none before it; before another: one before it.
            guard = "(?<!\\w.)" if re.match(r"\w", first) else "(?<=\\w.)"
            by_first.setdefault((first, guard), []).append(rest)
    if len(plain) + len(by_first) > _MAX_FIRST_CHARACTERS:
        return None  # most letters start one: re would try it almost everywhere all the same
    branches = plain + [
        re.escape(first) + guard + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for (first, guard), rests in by_first.items()
    ]
    if not branches:
        return None
    return re.compile("|".join(branches), pattern.flags)


class FirstOf:
    """Which of several case-insensitive patterns, taken in order, is the first to occur in a
    text: ``index(text, lower)``, lower being caseless_lower(text).

    When every pattern allows it, they are searched in one pass over the lower-cased text:
    each pattern is split into its alternatives (``\\b(?:a|b)c`` into ``\\ba c`` and ``\\bb
    c``), those starting with ``\\b`` and a letter are grouped by that letter into one
    look-ahead, in pattern order, so that at each position the first pattern matching there
    is found; the least of those is the answer. Alternatives anchored at the start of the
    text (``^``) are searched on their own. A pattern that does not allow it is searched
    apart, on the text as it is, the others still in one pass; when none allows it, the
    patterns are searched one by one."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self.plan = _one_pass(self.patterns)
        # The patterns searched apart (number, pattern), and the numbers of those in the plan.
        self.apart: tuple[tuple[int, re.Pattern[str]], ...] = ()
        kept = list(range(len(self.patterns)))
        if self.plan is None:
            able = [n for n, p in enumerate(self.patterns) if _one_pass([p]) is not None]
            plan = _one_pass([self.patterns[n] for n in able]) if able else None
            if plan is not None:
                self.plan, kept = plan, able
                self.plan = (plan[0], [(kept[n], p) for n, p in plan[1]], plan[2])
                self.apart = tuple((n, p) for n, p in enumerate(self.patterns) if n not in able)
        # The one-pass pattern's group names ("t{pattern}_{alternative}...") -> pattern.
        combined = None if self.plan is None else self.plan[0]
        self.numbers: dict[str, int] = {
            name: kept[int(name[1:].partition("_")[0])]
            for name in (combined.groupindex if combined is not None else ())
        }
        # When every alternative starts with a word character, a match is at the start of
        # the text or just after a non-word character: ``\\W(?=...)`` finds the latter (one
        # character before), re skipping in C the word characters, where ``\\b`` would make
        # it try the pattern at each; the start of the text is tried on its own.
        # Alternatives led by another character (\b after a word character) are searched
        # apart, that character first and the boundary checked after it (as literal_led does).
        self.after_non_word: re.Pattern[str] | None = None
        self.non_word_led: re.Pattern[str] | None = None
        pieces = self.plan[2] if self.plan is not None else ()
        if combined is not None and pieces and all(first != "\n" for first, _, _ in pieces):
            words = [esc + rest for first, esc, rest in pieces if re.fullmatch(r"\w", first)]
            others = [
                f"{esc}(?<=\\w.)(?={rest})"
                for first, esc, rest in pieces
                if not re.fullmatch(r"\w", first)
            ]
            if words:
                self.after_non_word = re.compile(f"\\W(?=(?:{'|'.join(words)}))", combined.flags)
                if others:
                    self.non_word_led = re.compile("|".join(others), combined.flags)

    def index(self, text: str, lower: str | None) -> int | None:
        if lower is None or self.plan is None:
            return next((n for n, p in enumerate(self.patterns) if p.search(text)), None)
        combined, anchored, _firsts = self.plan
        best = len(self.patterns)
        for n, pattern in self.apart:
            if pattern.search(text):
                best = n
                break
        for n, pattern in anchored:
            if n < best and pattern.search(lower):
                best = n
        if combined is not None and best:
            number = self.numbers
            matches: Iterable[re.Match[str]]
            if self.after_non_word is None:
                matches = combined.finditer(lower)
            else:  # (only the least pattern number counts: the order does not matter)
                at_start = combined.match(lower)
                matches = chain(
                    (at_start,) if at_start else (),
                    self.after_non_word.finditer(lower),
                    self.non_word_led.finditer(lower) if self.non_word_led else (),
                )
            for m in matches:
                n = number[m.lastgroup]  # type: ignore[index]
                if n < best:
                    best = n
                    if not n:
                        break
        return best if best < len(self.patterns) else None


_QUANTIFIERS = ("?", "*", "+", "{")


def _one_pass(
    patterns: Sequence[re.Pattern[str]],
) -> (
    tuple[
        re.Pattern[str] | None,
        list[tuple[int, re.Pattern[str]]],
        tuple[tuple[str, str, str], ...],
    ]
    | None
):
    """(the one-pass pattern, the anchored alternatives, the pieces of the one-pass pattern:
    each first character after ``\\b``, escaped, and what follows it), or None when the
    patterns cannot be searched so."""
    fast = [lowered(p) for p in patterns]
    flags = {p.flags for p in fast if p is not None}
    if any(p is None or p.groups for p in fast) or len(flags) != 1:
        return None
    flag = flags.pop()
    if flag & re.MULTILINE:
        return None
    by_letter: dict[str, list[tuple[str, str]]] = {}  # first letter -> (group name, rest)
    firsts_of: dict[str, str] = {}  # the escaped first letter -> the letter
    anchored: list[tuple[int, re.Pattern[str]]] = []
    for n, pattern in enumerate(fast):
        assert pattern is not None
        k = 0
        for alternative in _alternatives(pattern.pattern):
            if alternative.startswith("^"):
                anchored.append((n, re.compile(alternative, flag)))
                continue
            for branch in _distributed(alternative):
                if branch is None:
                    return None
                first, rest = branch[2:3], branch[3:]
                by_letter.setdefault(re.escape(first), []).append((f"t{n}_{k}", rest))
                firsts_of[re.escape(first)] = first
                k += 1
    if not by_letter:
        return None, anchored, ()
    pieces = tuple((firsts_of[c], c, _by_second(cues)) for c, cues in by_letter.items())
    letters = "|".join(c + rest for _, c, rest in pieces)
    return re.compile(f"\\b(?=(?:{letters}))", flag), anchored, pieces


def _by_second(cues: list[tuple[str, str]]) -> str:
    """The alternatives after a first letter, ``(?P<name>rest)`` each, in their order, grouped
    by the character their rest starts with when it is a plain one: at any place only the
    group of the next character is tried (each group also holds, in order, the alternatives
    whose rest starts otherwise, so the first alternative that matches is the same)."""
    seconds: dict[str, None] = {}
    for _name, rest in cues:
        second = _plain_first(rest)
        if second is not None:
            seconds.setdefault(second)
    if len(seconds) < 2:
        return "(?:" + "|".join(f"(?P<{name}>{rest})" for name, rest in cues) + ")"
    groups = []
    for copy, second in enumerate(seconds):
        alts = [
            f"(?P<{name}_{copy}>{rest})"
            for name, rest in cues
            if _plain_first(rest) in (second, None)
        ]
        groups.append(f"(?={re.escape(second)})(?:{'|'.join(alts)})")
    others = [f"(?P<{name}_x>{rest})" for name, rest in cues if _plain_first(rest) is None]
    if others:
        excluded = "".join(re.escape(c) for c in seconds)
        groups.append(f"(?![{excluded}])(?:{'|'.join(others)})")
    return "(?:" + "|".join(groups) + ")"


def _plain_first(rest: str) -> str | None:
    """The character a rest of an alternative must start with, when it is a plain one (a
    letter, digit or space that no quantifier follows); else None."""
    first = rest[:1]
    if not first or not (first.isascii() and (first.isalnum() or first == " ")):
        return None
    if rest[1:2] in _QUANTIFIERS or rest[1:2] == "|":
        return None
    return first


def _distributed(alternative: str) -> list[str | None]:
    """``\\b(?:a|b)c`` as ``\\bac``, ``\\bbc``, ``\\bx`` as itself, a group that opens a
    branch distributed in turn (``\\b(?:(?:is|are) due|not)`` as ``\\bis due``, ``\\bare
    due``, ``\\bnot``), in order; [None] unless each starts with \\b and a plain ASCII
    character that no quantifier follows."""
    if not alternative.startswith("\\b"):
        return [None]
    rest = alternative[2:]
    if rest.startswith("(?:"):
        close = _group_end(rest)
        if close < 0 or rest[close + 1 : close + 2] in _QUANTIFIERS:
            return [None]
        tail = rest[close + 1 :]
        branches: list[str | None] = []
        for x in _alternatives(rest[3:close]):
            branch = "\\b" + x + tail
            if x.startswith("(?:"):
                branches.extend(_distributed(branch))
            else:
                branches.append(branch)
    else:
        branches = [alternative]
    return [
        b
        if b is not None
        and b[2:3].isascii()
        and b[2:3] not in _SPECIAL
        and b[3:4] not in _QUANTIFIERS
        else None
        for b in branches
    ]


def _plain_start(alternative: str) -> list[str] | None:
    """An alternative that starts with a plain character (``%``), as itself, or with a set of
    plain characters (``[$€£]x``), as one alternative per character; else None."""
    if alternative[:1] == "[":
        close = alternative.find("]", 1)
        chars = alternative[1:close] if close > 1 else ""
        if not chars or any(c in "\\[]-^" or not _uncased(c) for c in chars):
            return None
        if alternative[close + 1 : close + 2] in _QUANTIFIERS:
            return None
        return [re.escape(c) + alternative[close + 1 :] for c in chars]
    first = alternative[:1]
    if first in _SPECIAL or (not first.isascii() and not _uncased(first)):
        return None
    if alternative[1:2] in _QUANTIFIERS:
        return None
    return [alternative]


# Characters that do not stand for themselves in a pattern (and "": the end of it).
_SPECIAL = frozenset(("", *".^$*+?{}[]()|\\"))


def _group_end(source: str) -> int:
    """Index of the parenthesis that closes the group opening ``source``; -1 if none."""
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
                return i
        i += 1
    return -1


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


_WORD_TOKEN = re.compile(r"\w+")
_MAX_WORD_FORMS = 64  # an alternative naming more word forms is searched as a pattern


class WordsOrPattern:
    """Whether a pattern occurs in a text, with the whole words it names looked up among the
    text's words and only its other alternatives searched: ``\\b(?:dollars?|per cent)\\b``
    is "dollar" or "dollars" among the words, or ``\\bper cent\\b`` found, which is searched
    only when "per" is among them. ``search`` takes the words of the text (``words(text)``)
    and of its lower-cased form, made once per text for many such patterns."""

    __slots__ = ("caseless", "keyed", "on_lower", "rest", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.caseless = Caseless(pattern)
        self.on_lower = self.caseless.fast is not None
        source = self.caseless.fast if self.caseless.fast is not None else pattern
        split = _split_words(source)
        self.words: frozenset[str] = frozenset()
        self.keyed: dict[str, re.Pattern[str]] = {}  # first word -> the phrases it starts
        self.rest: re.Pattern[str] | None = None
        if split is not None:
            words, phrases, rest = split
            self.words = frozenset(words)
            self.keyed = {
                key: re.compile("|".join(sources), source.flags) for key, sources in phrases.items()
            }
            if rest:
                compiled = re.compile("|".join(rest), source.flags)
                self.rest = literal_led(compiled) or compiled

    def search(
        self,
        text: str,
        lower: str | None,
        text_words: frozenset[str],
        lower_words: frozenset[str] | None,
    ) -> bool:
        """Whether the pattern occurs in ``text``; ``lower`` is caseless_lower(text), and
        ``text_words``, ``lower_words`` are words() of the two."""
        if not (self.words or self.keyed):
            return self.caseless.search(text, lower)
        if self.on_lower:
            if lower is None or lower_words is None:
                return self.caseless.search(text, lower)
            target, found = lower, lower_words
        else:
            target, found = text, text_words
        if not found.isdisjoint(self.words):
            return True
        for key in found.intersection(self.keyed) if self.keyed else ():
            if self.keyed[key].search(target):
                return True
        return self.rest is not None and self.rest.search(target) is not None


def words(text: str) -> frozenset[str]:
    """The words (runs of word characters) of a text."""
    if text.isascii():
        # ASCII word characters are [A-Za-z0-9_]: the others made spaces (as bytes, which
        # translate by a table without a look-up per character), the rest split in C.
        spaced = text.encode("ascii").translate(_NOT_WORD_AS_SPACE).decode("ascii")
        return frozenset(spaced.split())
    return frozenset(_WORD_TOKEN.findall(text))


_NOT_WORD_AS_SPACE = bytes(c if re.match(r"\w", chr(c)) else 32 for c in range(256))


# A phrase that starts with a whole word: that word, a space no quantifier follows.
_FIRST_WORD_OF_PHRASE = re.compile(r"\\b(\w+) (?![?*+{])")


def _split_words(
    pattern: re.Pattern[str],
) -> tuple[list[str], dict[str, list[str]], list[str]] | None:
    """(the whole words the pattern's alternatives name, the sources of those that are
    phrases by the word they start with, the sources of the others); None when it names no
    whole word and no phrase."""
    if pattern.flags & re.IGNORECASE:
        return None  # its words would have to be looked up in every case
    found: list[str] = []
    phrases: dict[str, list[str]] = {}
    rest: list[str] = []
    for alternative in _alternatives(pattern.pattern):
        for branch in _branches(alternative):
            forms = _word_forms(branch, pattern.flags)
            first = _FIRST_WORD_OF_PHRASE.match(branch)
            if forms is not None:
                found.extend(forms)
            elif first is not None and first.group(1).isalnum():
                phrases.setdefault(first.group(1), []).append(branch)
            else:
                rest.append(branch)
    return (found, phrases, rest) if found or phrases else None


def _branches(alternative: str) -> list[str]:
    """``\\b(?:a|b)c`` as ``\\bac``, ``\\bbc``; any other alternative as itself."""
    if not alternative.startswith("\\b(?:"):
        return [alternative]
    rest = alternative[2:]
    close = _group_end(rest)
    if close < 0 or rest[close + 1 : close + 2] in _QUANTIFIERS:
        return [alternative]
    tail = rest[close + 1 :]
    return ["\\b" + x + tail for x in _alternatives(rest[3:close])]


def _word_forms(branch: str, flags: int) -> list[str] | None:
    """The words ``\\b...\\b`` matches when what it holds is a finite set of words (letters,
    digits, optional parts, alternatives): ``\\bdollars?\\b`` -> dollar, dollars."""
    from tracker.extract.wordscan import finite_strings  # (wordscan imports this module)

    if not (branch.startswith("\\b") and branch.endswith("\\b")) or branch.endswith("\\\\b"):
        return None
    forms = finite_strings(branch[2:-2], flags, _MAX_WORD_FORMS)
    if forms is None or not all(f and _WORD_TOKEN.fullmatch(f) for f in forms):
        return None
    return forms
