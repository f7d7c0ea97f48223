"""WordScanner finds what the pattern's own finditer finds, only faster: compared on random
texts made of cue words, near misses, punctuation and letters that change length in lower
case, at random start and end positions."""

from __future__ import annotations

import random
import re

import pytest

from tracker.extract.timex.context import _CUE_SCAN, _CUES
from tracker.extract.wordscan import WordScanner

_WORDS = (
    "will won't wo n't shall would have had been due scheduled to expected the vote to "
    "said Said SAID saying last week ago earlier since be paid is paid was paid wanted United "
    "hundred indeed meets meet the demand housing starts and starts we'll they'll 'll ' "
    "Willow shallow resaid pre-planned planned for postponed the vote until İstanbul Straße "
    "Kelvin K ſ 12 3rd , . ; — “ ” ( )"
)
PIECES = [*_WORDS.split(), "\n"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(PIECES) for _ in range(rng.randint(0, 18))]
        out.append("".join(w + rng.choice([" ", " ", "", "  ", ", "]) for w in words))
    return out


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_tense_cues_found_as_the_pattern_finds_them() -> None:
    assert _CUE_SCAN.exact
    rng = random.Random(3)
    for text in _texts(3000, 1):
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        assert _spans(_CUE_SCAN.finditer(text, pos, end)) == _spans(
            _CUES.finditer(text, pos, end)
        ), (text, pos, end)
        first = _CUES.search(text, pos)
        found = _CUE_SCAN.search(text, pos)
        assert (found.span() if found else None) == (first.span() if first else None), text


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\b(?:will|shall|had\s+been|'ll|going\s+to)\b", re.I),
        re.compile(r"\b(?:(?:is|are)\s+due|meets?(?!\s+the\b))", re.I),
        re.compile(r"(?<!\bbe\s)\b(?:said|told)\b"),
    ],
)
def test_patterns_with_literal_prefixes_need_no_hint(pattern: re.Pattern[str]) -> None:
    scanner = WordScanner(pattern)
    assert scanner.exact
    for text in _texts(1000, 2):
        assert _spans(scanner.finditer(text)) == _spans(pattern.finditer(text)), text


def test_an_alternative_without_a_prefix_needs_its_endings() -> None:
    pattern = re.compile(r"\b(?:will|(?-i:[a-z]{3,}ed))\b", re.I)
    assert not WordScanner(pattern).exact  # falls back to the pattern's own finditer
    scanner = WordScanner(pattern, other_endings=("ed",))
    assert scanner.exact
    for text in _texts(1000, 4):
        assert _spans(scanner.finditer(text)) == _spans(pattern.finditer(text)), text


def test_a_pattern_that_can_start_inside_a_word_is_scanned_plainly() -> None:
    pattern = re.compile(r"ed\b|ing", re.I)  # no word boundary: "wanted", "staying"
    scanner = WordScanner(pattern)
    assert not scanner.exact
    text = "They wanted to keep staying."
    assert _spans(scanner.finditer(text)) == _spans(pattern.finditer(text))


def _rule_texts() -> list[str]:
    from tracker.extract.timex.ruleset import load_ruleset

    rules = load_ruleset("en").rules
    texts = [e["text"] for r in rules for e in r.examples]
    texts += [c for r in rules for c in r.counter_examples]
    return [*texts, *_texts(300, 5), "in ١٩٩٨ and 1998, ﻿the ſpring of İstanbul"]


def test_first_characters_and_literal_starts_never_refuse_a_place_a_rule_matches_at() -> None:
    from tracker.extract.nocase import caseless_lower
    from tracker.extract.timex.ruleset import load_ruleset

    ruleset = load_ruleset("en")
    assert sum(s is not None for s in ruleset.first_sets) > len(ruleset.rules) // 2
    assert sum(p is not None for p in ruleset.prefixes) > len(ruleset.rules) // 2
    for text in _rule_texts():
        lower = caseless_lower(text)
        if lower is None:
            continue  # the tagger takes no shortcut then
        for pattern, chars, starts in zip(
            ruleset.compiled, ruleset.first_sets, ruleset.prefixes, strict=True
        ):
            for pos, ch in enumerate(lower):
                refused = (
                    chars is not None
                    and ch not in chars
                    and not (ch.isdecimal() and not ch.isascii())
                ) or (starts is not None and not lower.startswith(starts, pos))
                if refused:
                    assert pattern.match(text, pos) is None, (pattern.pattern, text, pos)


def test_literal_starts_and_strings_of_small_patterns() -> None:
    from tracker.extract.wordscan import finite_strings, literal_prefixes

    assert literal_prefixes(re.compile(r"(?:the\s+)?(?:May|June)\b", re.I)) == (
        "june",
        "may",
        "the",
    )
    assert literal_prefixes(re.compile(r"(?:ab)*c", re.I)) == ("ab", "c")
    assert literal_prefixes(re.compile(r"\d+ days")) is None
    assert finite_strings(r"dollars?", 0, 10) == ["dollar", "dollars"]
    assert finite_strings(r"(?:tax|levy)(?:es)?", 0, 10) == ["tax", "taxes", "levy", "levyes"]
    assert finite_strings(r"\w+", 0, 10) is None
    assert finite_strings(r"[ab][cd][ef][gh]", 0, 10) is None  # more than the limit


def test_first_characters_of_small_patterns() -> None:
    from tracker.extract.wordscan import first_chars

    def chars(source: str, flags: int = re.I) -> tuple[str, bool] | None:
        found = first_chars(re.compile(source, flags))
        return None if found is None else ("".join(sorted(found.chars)), found.digits)

    assert chars(r"\b(?:the\s+)?(?:May|June)\b") == ("jmt", False)
    assert chars(r"(?<=\s)\d{4}|mid-") == ("m", True)
    assert chars(r"[A-C]x|(?:y)*z") == ("abcyz", False)
    assert chars(r"\w+") is None  # any word character
    assert chars(r"a?") is None  # can match the empty string
    assert chars(r"[^a]b") is None
    assert chars(r"σ") is None  # IGNORECASE matches ς too


def test_required_texts_and_lower_case_forms_never_refuse_a_rule_match() -> None:
    """Every match of a rule contains one of its required texts, and its lower-case form
    matches the lower-cased text at the same place, with the same end; ``present`` keeps
    every rule whose required text is in the stretch a match covers."""
    from tracker.extract.nocase import caseless_lower
    from tracker.extract.timex.ruleset import load_ruleset

    ruleset = load_ruleset("en")
    assert sum(r is not None for r in ruleset.required) > len(ruleset.rules) // 2
    fast = [ruleset.fast[i] for i in range(len(ruleset.rules))]
    assert sum(f is not None for f in fast) > len(ruleset.rules) // 2
    everything = tuple(range(len(ruleset.rules)))
    for text in _rule_texts():
        lower = caseless_lower(text)
        if lower is None:
            continue  # the tagger takes no shortcut then
        for i, (pattern, needed, quick) in enumerate(
            zip(ruleset.compiled, ruleset.required, fast, strict=True)
        ):
            for pos in range(len(text)):
                m = pattern.match(text, pos)
                if m is None:
                    continue
                if needed is not None:
                    assert any(t in lower[pos : m.end()] for t in needed), (pattern, text)
                    hits = ruleset.required_hits(lower)
                    assert i in ruleset.present(everything, hits, pos, m.end())
                if quick is not None:
                    q = quick.match(lower, pos)
                    assert q is not None and q.end() == m.end(), (pattern.pattern, text, pos)


def test_required_texts_of_small_patterns() -> None:
    from tracker.extract.wordscan import required_literals

    # (any of the sets will do: the one whose shortest text is longest)
    assert required_literals(re.compile(r"\d+ (?:days?|weeks?) (?:ago|before)", re.I)) == {
        "day",
        "week",
    }
    assert required_literals(re.compile(r"\d+ (?:days?|weeks?|months?) (?:ago|earlier)", re.I)) == {
        "ago",
        "earlier",
    }
    assert required_literals(re.compile(r"(?:the )?(?:Monday|Mon)\b", re.I)) == {"mon"}
    assert required_literals(re.compile(r"\d+(?:st|nd)?", re.I)) is None
    assert required_literals(re.compile(r"\d+\s*(?:A\.M\.|pm)", re.I)) == {"a.m.", "pm"}
    assert required_literals(re.compile(r"(?=next)\w+", re.I)) is None  # look-ahead: not in it


def test_required_hits_found_once_read_as_a_scan_of_each_window() -> None:
    """RuleSet.present, reading the hits found once as windows move left to right, keeps
    the rules a scan of just the window keeps (a text running past it: the longest that
    fits)."""
    from tracker.extract.nocase import caseless_lower
    from tracker.extract.timex.ruleset import load_ruleset

    ruleset = load_ruleset("en")
    scan, sat, bits = ruleset._scan
    assert scan is not None
    everything = tuple(range(len(ruleset.rules)))
    rng = random.Random(11)
    for text in _rule_texts():
        lower = caseless_lower(text)
        if lower is None:
            continue
        starts = sorted(rng.randint(0, len(lower)) for _ in range(10))
        ends = sorted(rng.randint(0, len(lower)) for _ in range(10))
        shared = ruleset.required_hits(lower)  # one for windows moving left to right
        for start, end in zip(starts, ends, strict=True):
            end = max(start, end)
            found = 0
            for t in scan.findall(lower, start, end):
                found |= sat[t]
            expected = tuple(i for i in everything if not bits[i] or bits[i] & found)
            assert ruleset.present(everything, shared, start, end) == expected, (text, start, end)
