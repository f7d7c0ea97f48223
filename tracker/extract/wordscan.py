"""Reading a compiled pattern's syntax tree (the literal texts its matches start with, its
first characters, the strings it matches when they are few), and word-anchored patterns
scanned word by word instead of character by character.

A large alternation of cue words (``\\b(?:will|shall|said|...)\\b``) is slow to search with
Python's ``re``: every branch is tried at every character of the text. When every match must
start at the beginning of a word with one of a known set of literal prefixes, it is enough to
look at the words of the text, and to try the pattern only at those that begin with one of the
prefixes: the same matches, several times faster.

``WordScanner(pattern)`` reads the prefixes off the compiled pattern's syntax tree, and finds
the words that begin with one of them with one pass of a small pattern (a trie of the
prefixes). An alternative that does not begin with literal text ("a lower-case word ending in
-ed") cannot be read; the caller then states how the words it can start at end
(``other_endings``). When the tree cannot be read, or an alternative could start inside a
word, the scanner falls back to the pattern's own ``finditer``: slower, never different.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tracker.extract.nocase import caseless_lower

try:  # the parser of the standard re module (private; without it the scanner falls back)
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    _sre = _sre_parse = None


class _Open(Exception):
    """An alternative of the pattern does not begin with literal text."""


def _prefixes(items: list[Any], bounded: bool = False) -> set[str]:
    """The literal prefixes (lower case) that a match of the sequence ``items`` starts with.
    Raises _Open when one of its alternatives does not start with literal text, or starts with
    a word character with no word boundary before it (it could start inside a word)."""
    acc = ""
    for n, (op, av) in enumerate(items):
        if op is _sre.LITERAL:
            ch = chr(av)
            if not acc and ch.isspace():
                raise _Open
            if not acc and not bounded and re.match(r"\w", ch):
                raise _Open
            acc += _caseless_char(av)
            continue
        if acc:
            return {acc}
        rest = items[n + 1 :]
        if op is _sre.AT:
            bounded = bounded or av is _sre.AT_BOUNDARY
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the match starts after it all the same
        elif op is _sre.SUBPATTERN:
            return _prefixes(list(av[-1]) + rest, bounded)
        elif op is _sre.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                out |= _prefixes(list(alternative) + rest, bounded)
            return out
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            first = _prefixes(list(av[2]), bounded)  # the first time (no more: it may repeat)
            return first if av[0] >= 1 else first | _prefixes(rest, bounded)
        else:
            raise _Open
    if not acc:
        raise _Open  # the pattern can match the empty string
    return {acc}


def literal_prefixes(pattern: re.Pattern[str], tree: Any = None) -> tuple[str, ...] | None:
    """The literal texts (lower case) one of which every match of ``pattern`` starts with,
    read off its syntax tree; None when some match may start otherwise."""
    if _sre_parse is None:  # pragma: no cover - another Python
        return None
    try:
        found = _prefixes(list(_tree(pattern, tree)), bounded=True)
    except _Open:
        return None
    except Exception:  # an unreadable tree: no shortcut
        return None
    return tuple(sorted(found))


def syntax_tree(pattern: re.Pattern[str]) -> Any:
    """The parsed syntax tree of a compiled pattern, to hand to literal_prefixes, first_chars
    and required_literals (``tree``) when several read the same pattern: parsing a large
    pattern costs more than reading it. None when it cannot be parsed here."""
    if _sre_parse is None:  # pragma: no cover - another Python
        return None
    try:
        return _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unreadable tree: each reader falls back to its own parse
        return None


def _tree(pattern: re.Pattern[str], tree: Any) -> Any:
    """``tree`` when given, else the pattern parsed."""
    return tree if tree is not None else _sre_parse.parse(pattern.pattern, pattern.flags)


def _open_branches(items: list[Any], bounded: bool = False) -> tuple[set[str], bool]:
    """(prefixes of the alternatives that have some, whether some alternative has none) of a
    pattern whose top level is a word boundary and an alternation (possibly in a group)."""
    n = 0
    while n < len(items) and items[n][0] in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        bounded = bounded or items[n][1] is _sre.AT_BOUNDARY
        n += 1
    if n < len(items) and items[n][0] is _sre.SUBPATTERN:
        return _open_branches(list(items[n][1][-1]) + items[n + 1 :], bounded)
    if n < len(items) and items[n][0] is _sre.BRANCH:
        found: set[str] = set()
        is_open = False
        rest = items[n + 1 :]
        for alternative in items[n][1][1]:
            try:
                found |= _prefixes(list(alternative) + rest, bounded)
            except _Open:
                is_open = True
        return found, is_open
    try:
        return _prefixes(items, bounded), False
    except _Open:
        return set(), True


def _trie(words: list[str]) -> str:
    """A pattern matching the start of any of ``words`` (not empty), as a trie: each character
    is tried once, not once per word ("a(?:d|g|n(?:d|y))" for ad, ag, and, any)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here: what follows does not matter

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


class WordScanner:
    """``finditer`` and ``search`` of a word-anchored ``pattern`` that try it only at the words
    that can start a match: those beginning with one of its literal prefixes, and those ending
    in one of ``other_endings`` (lower case; needed when an alternative does not begin with
    literal text: every word such an alternative can match at must end so)."""

    def __init__(self, pattern: re.Pattern[str], other_endings: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        self.other_endings = other_endings
        self.exact = False  # True when the prefixes (and other_endings) cover every match
        prefixes: set[str] = set()
        if _sre_parse is not None:
            try:
                tree = _sre_parse.parse(pattern.pattern, pattern.flags)
                prefixes, is_open = _open_branches(list(tree))
            except Exception:  # an unreadable tree: fall back to the plain pattern
                prefixes, is_open = set(), True
            self.exact = bool(prefixes) and (not is_open or bool(other_endings))
        # Where a match can start, found in C: a word beginning with a prefix (or a non-word
        # character beginning one), or a word with one of the endings; searched in the
        # lower-cased text (IGNORECASE when lower-casing changes lengths).
        word_led = [p for p in prefixes if re.match(r"\w", p)]
        other = [p for p in prefixes if not re.match(r"\w", p)]
        parts = []
        if word_led:
            parts.append(r"(?<!\w)(?=" + _trie(word_led) + ")")
        if other:
            parts.append("(?=" + _trie(other) + ")")
        if other_endings:
            endings = "|".join(map(re.escape, other_endings))
            parts.append(r"(?<!\w)(?=\w*(?:" + endings + r")\b)")
        source = "|".join(parts) or "(?!)"
        self._lower = re.compile(source)
        self._caseless = re.compile(source, re.IGNORECASE)
        # When every start is a word start (no prefix begins with a non-word character), a
        # start is the text's first character or follows a non-word one: ``\W(?=...)`` finds
        # the latter, one character before, re skipping the word characters in C where
        # ``(?<!\w)`` makes it try the pattern at each character.
        # The starts of prefixes that begin with a non-word character are found apart: where
        # their first characters are, checked there.
        self._after_non_word: re.Pattern[str] | None = None
        self._other_first: re.Pattern[str] | None = None
        self._other = re.compile("(?=" + _trie(other) + ")") if other else None
        if word_led or other_endings:
            heads = []
            if word_led:
                heads.append(_trie(word_led))
            if other_endings:
                heads.append(r"\w*(?:" + "|".join(map(re.escape, other_endings)) + r")\b")
            self._after_non_word = re.compile(r"\W(?=" + "|".join(heads) + ")")
            if other:
                firsts = sorted({p[0] for p in other})
                self._other_first = re.compile("[" + "".join(map(re.escape, firsts)) + "]")

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The pattern's matches in text[pos:endpos], as ``pattern.finditer`` gives them."""
        end = len(text) if endpos is None else endpos
        if not self.exact:
            yield from self.pattern.finditer(text, pos, end)
            return
        match = self.pattern.match
        covered = pos
        lower = caseless_lower(text[pos:end])
        if lower is None:
            starts = [m.start() for m in self._caseless.finditer(text, pos, end)]
        elif self._after_non_word is not None:
            starts = [pos] if self._lower.match(lower) else []
            starts.extend([m.end() + pos for m in self._after_non_word.finditer(lower)])
            if self._other_first is not None and self._other is not None:
                other = self._other.match
                more = [
                    m.start() for m in self._other_first.finditer(lower) if other(lower, m.start())
                ]
                if more:
                    starts = sorted({*starts, *(start + pos for start in more)})
        else:
            starts = [m.start() + pos for m in self._lower.finditer(lower)]
        for start in starts:
            if start < covered:
                continue
            m = match(text, start, end)
            if m is not None:
                covered = m.end()
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in text[pos:endpos], as ``pattern.search`` finds it."""
        return next(self.finditer(text, pos, endpos), None)


class FirstChars:
    """What the first character of any match of a pattern can be, read off its syntax tree,
    for the caseless_lower form of a text: one of ``chars`` (lower case), or any Unicode
    decimal digit when ``digits`` (``\\d``). A superset: a character it allows may still
    start no match, one it refuses starts none."""

    __slots__ = ("chars", "digits")

    def __init__(self, chars: frozenset[str], digits: bool) -> None:
        self.chars = chars
        self.digits = digits


def first_chars(pattern: re.Pattern[str], tree: Any = None) -> FirstChars | None:
    """The characters a match of ``pattern`` can start with; None when that cannot be told
    (any character, a negated class, a class like \\w, a possibly empty match...)."""
    if _sre_parse is None:  # pragma: no cover - another Python
        return None
    try:
        found = _first(list(_tree(pattern, tree)))
    except _Open:
        return None
    except Exception:  # an unreadable tree: no shortcut
        return None
    chars, digits, nullable = found
    if nullable:
        return None
    return FirstChars(frozenset(chars), digits)


_MAX_RANGE = 512  # a wider class range ([^...], [\u0000-\uffff]) is taken as "anything"


def _caseless_char(code: int) -> str:
    """A literal character in lower case; _Open for a cased non-ASCII letter, which
    IGNORECASE may match with letters its lower case is not (σ and ς)."""
    ch = chr(code)
    if not ch.isascii() and ch.lower() != ch.upper():
        raise _Open
    return ch.lower()


def _first(items: list[Any]) -> tuple[set[str], bool, bool]:
    """(first characters, whether \\d digits are among them, whether the sequence can match
    the empty string) of ``items``; raises _Open when any character could come first."""
    chars: set[str] = set()
    digits = False
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width
        if op is _sre.LITERAL:
            chars.add(_caseless_char(av))
            return chars, digits, False
        if op is _sre.IN:
            for item_op, item_av in av:
                if item_op is _sre.LITERAL:
                    chars.add(_caseless_char(item_av))
                elif item_op is _sre.RANGE and item_av[1] - item_av[0] <= _MAX_RANGE:
                    chars.update(chr(c).lower() for c in range(item_av[0], item_av[1] + 1))
                elif item_op is _sre.CATEGORY and item_av is _sre.CATEGORY_DIGIT:
                    digits = True
                else:
                    raise _Open  # a negated set, \w, \s, a wide range...
            return chars, digits, False
        if op is _sre.SUBPATTERN:
            found, more_digits, nullable = _first(list(av[-1]))
        elif op is _sre.BRANCH:
            found, more_digits, nullable = set(), False, False
            for alternative in av[1]:
                alt_chars, alt_digits, alt_nullable = _first(list(alternative))
                found |= alt_chars
                more_digits = more_digits or alt_digits
                nullable = nullable or alt_nullable
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            found, more_digits, nullable = _first(list(av[2]))
            nullable = nullable or av[0] == 0
        else:
            raise _Open  # any character, a back-reference, a conditional group...
        chars |= found
        digits = digits or more_digits
        if not nullable:
            return chars, digits, False
    return chars, digits, True


def finite_strings(source: str, flags: int, limit: int) -> list[str] | None:
    """Every string the pattern ``source`` matches, when they are at most ``limit`` (letters,
    sets of letters, optional parts, alternatives: ``dollars?`` -> dollar, dollars); None
    otherwise or when it cannot be read."""
    if _sre_parse is None:  # pragma: no cover - another Python
        return None
    try:
        return _strings(list(_sre_parse.parse(source, flags)), limit)
    except Exception:  # an unreadable tree: not a finite set
        return None


def _strings(items: list[Any], limit: int) -> list[str] | None:
    out = [""]
    options: list[str] | None
    for op, av in items:
        if op is _sre.LITERAL:
            options = [chr(av)]
        elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
            options = [chr(v) for _, v in av]
        elif op is _sre.SUBPATTERN:
            options = _strings(list(av[-1]), limit)
        elif op is _sre.BRANCH:
            options = []
            for alternative in av[1]:
                more = _strings(list(alternative), limit)
                if more is None:
                    return None
                options.extend(more)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] <= 1:
            body = _strings(list(av[2]), limit)
            if body is None:
                return None
            options = ([""] if av[0] == 0 else []) + body
        else:
            return None
        if options is None:
            return None
        out = [a + b for a in out for b in options]
        if len(out) > limit:
            return None
    return out


def required_literals(pattern: re.Pattern[str], tree: Any = None) -> frozenset[str] | None:
    """Texts (lower case, ASCII characters only) one of which every match of
    ``pattern`` contains, read off its syntax tree: ``(?:ago|before)\\s+now`` needs "ago" or
    "before" (or "now": either set will do; the one with the longest shortest text is
    chosen). A text that contains another of the set is left out (the other is found
    wherever it is). For the caseless_lower form of a text: under IGNORECASE a pattern's
    ASCII letter matches only that letter in either case there. None when nothing is surely
    needed."""
    if _sre_parse is None:  # pragma: no cover - another Python
        return None
    try:
        found = _required(list(_tree(pattern, tree)))
    except Exception:  # an unreadable tree: nothing known
        return None
    if not found:
        return None
    return frozenset(s for s in found if not any(t != s and t in s for t in found))


def _required(items: list[Any]) -> set[str] | None:
    """A set of texts one of which a match of the sequence ``items`` contains (see
    required_literals), or None. Each item the sequence must match gives one such set (a run
    of literal characters gives its text); any of them will do."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if run:
            options.append({run})
            run = ""
        found: set[str] | None = None
        if op is _sre.SUBPATTERN:
            found = _required(list(av[-1]))
        elif op is _sre.BRANCH:
            found = set()
            for alternative in av[1]:
                more = _required(list(alternative))
                if more is None:
                    found = None
                    break
                found |= more
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            found = _required(list(av[2]))
        # anything else (classes, look-arounds, conditional groups...) needs no known text
        if found:
            options.append(found)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda s: (min(map(len, s)), -len(s)))
