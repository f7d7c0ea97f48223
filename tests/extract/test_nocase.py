"""Case-insensitive patterns searched as case-sensitive ones in lower-cased text (nocase.py)
find exactly what the patterns themselves find, or are not used."""

from __future__ import annotations

import random
import re

import pytest

from tracker.extract import cues
from tracker.extract.boilerplate import boilerplate_rules, matching_rule
from tracker.extract.claimscore.features import CUES
from tracker.extract.event_clauses import SUBORDINATE
from tracker.extract.event_roles import PLACE_PREPOSITIONS
from tracker.extract.event_types import classify, event_types
from tracker.extract.events import _SAID_ON
from tracker.extract.nocase import Caseless, FirstOf, caseless_lower, lowered
from tracker.extract.quantities import _figures, _pattern
from tracker.extract.sentences import _CAPTION

SAMPLE = (
    "The army SAID it would NOT withdraw; Troops may have Seized the dam, officials said. "
    "Subscribe to our Newsletter — sign up! Floods hit 3 villages in the Region of Osh. "
    "Prices ROSE 12% since 2021; we believe you should Log In. Cookies policy: accept. "
    "Talks at the SUMMIT were held in Tashkent’s “old” palace. Copyright © 2024 ad-free "
    "reportedly allegedly perhaps twenty million dollars budget tax deficit GDP imports "
    "Kelvin ſtate İstanbul ß Straße ÉLAN ǅ ﬁ Ω Ä ä ı µ • … – \u212a \u212aill Ⓐ Ⅻ Düsseldorf "
    "US$12 €5 £3 ¥9 12–14 at least 3 Million Of The 40 nearly Twenty Thousand Tonnes ΣΑΣ"
)
WORDS = SAMPLE.split()


def _texts(n: int = 3000) -> list[str]:
    rng = random.Random(5)
    out = []
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 12))]
        out.append(rng.choice([" ", "  ", "\n", ", "]).join(words))
    return out


def _patterns() -> list[re.Pattern[str]]:
    found = [p for _, p in CUES]
    found += [t.pattern for t in event_types() if t.pattern is not None]
    found += [r.pattern for r in boilerplate_rules()]
    found += [cues._FUTURE, cues._NEGATION, cues._HYPOTHETICAL, cues._HEDGES]
    found += [PLACE_PREPOSITIONS, _SAID_ON, SUBORDINATE]
    found.append(_pattern())
    found.append(_CAPTION)
    return found


def test_lower_cased_search_finds_what_the_pattern_finds() -> None:
    texts = _texts()
    patterns = _patterns()
    assert sum(lowered(p) is not None for p in patterns) > len(patterns) // 2
    for text in texts:
        lower = caseless_lower(text)
        for pattern in patterns:
            assert Caseless(pattern).search(text, lower) == bool(pattern.search(text)), (
                pattern.pattern,
                text,
            )


def test_lower_cased_matches_are_the_same_matches() -> None:
    for text in _texts(1000):
        lower = caseless_lower(text)
        for pattern in _patterns():
            fast = lowered(pattern)
            if lower is None or fast is None:
                continue
            assert [m.span() for m in fast.finditer(lower)] == [
                m.span() for m in pattern.finditer(text)
            ], (pattern.pattern, text)


def test_which_texts_are_lower_cased() -> None:
    assert caseless_lower("Floods in the “North” — Düsseldorf •") == (
        "floods in the “north” — düsseldorf •"
    )
    for text in ("İstanbul", "ſtate", "ı", "\u212a"):
        assert caseless_lower(text) is None


@pytest.mark.parametrize(
    "source",
    [
        r"\x41",  # an escape that names a letter
        r"[0-_]",  # a range with capitals but not their small letters
        r"[A-z]",  # a range across cases
        r"(?-i:said)",  # inline flags
        r"(?P<who>\w+) (?P=who)",  # back-references
        r"(\w+) \1",
        r"élan",  # a cased non-ASCII letter
    ],
)
def test_patterns_that_might_differ_are_not_lower_cased(source: str) -> None:
    assert lowered(re.compile(source, re.I)) is None


def test_patterns_without_ignorecase_are_left_alone() -> None:
    assert lowered(re.compile(r"\bsaid\b")) is None
    fast = lowered(re.compile(r"\b(?P<Who>Sa[a-zA-Z]d|US\$|€|0-9)\b(?=\s)", re.I))
    assert fast is not None
    assert fast.pattern == r"\b(?P<Who>sa[a-za-z]d|us\$|€|0-9)\b(?=\s)"


def test_figures_as_before() -> None:
    for text in _texts(1000):
        lower = caseless_lower(text)
        fast = _figures(text, 0, len(text), lower)
        slow = _figures(text, 0, len(text), lower, fast=False)
        assert [(m.span(), m.groupdict()) for m in fast] == [
            (m.span(), m.groupdict()) for m in slow
        ]


def test_classify_picks_the_first_type_as_before() -> None:
    types = [t for t in event_types() if t.pattern is not None]

    def reference(clause: str) -> str:
        found = next((t.id for t in types if t.pattern and t.pattern.search(clause)), None)
        if found is not None and found != "statement":
            return found
        weak = next((t.id for t in event_types() if t.weak and t.weak.search(clause)), None)
        return weak or found or "other"

    words = [w for t in event_types() for e in t.examples + t.counter_examples for w in e.split()]
    rng = random.Random(8)
    mixed = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(1500)]
    for text in _texts(1500) + mixed:
        assert classify(text) == reference(text), text


def test_boilerplate_rules_as_before() -> None:
    samples = [e for r in boilerplate_rules() for e in r.examples + r.counter_examples]
    words = [w for e in samples for w in e.split()]
    rng = random.Random(9)
    mixed = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    for text in _texts(1500) + mixed + samples:
        expected = next((r.id for r in boilerplate_rules() if r.pattern.search(text)), None)
        assert matching_rule(text) == expected


def test_patterns_are_split_into_alternatives_only_where_that_keeps_them() -> None:
    from tracker.extract.nocase import _alternatives, _distributed

    assert _alternatives(r"a|(b|c)|[|]|\||d") == ["a", "(b|c)", "[|]", r"\|", "d"]
    assert _distributed(r"\b(?:ab|cd)e\b") == [r"\babe\b", r"\bcde\b"]
    assert _distributed(r"\bword") == [r"\bword"]
    assert _distributed(r"\b(?:a|b)?c") == [None]  # an optional group
    assert _distributed(r"\bx?y") == [None]  # an optional first letter
    assert _distributed(r"(?:a|b)") == [None]  # no \b
    assert _distributed(r"\b(?:\$5|a)") == [None, r"\ba"]
    # a group that opens a branch is distributed in turn, in order
    assert _distributed(r"\b(?:x|(?:is|are) due|y)\b") == [
        r"\bx\b",
        r"\bis due\b",
        r"\bare due\b",
        r"\by\b",
    ]
    assert _distributed(r"\b(?:x|(?:is|are)? due)") == [r"\bx", None]


def test_modality_as_before() -> None:
    def reference(sentence: str, attributed: bool) -> str:
        if cues._NEGATION.search(sentence):
            return "negated"
        if cues._FUTURE.search(sentence):
            return "planned"
        if cues._HYPOTHETICAL.search(sentence):
            # a report of what "would" happen, with no other mark of a condition, is a plan
            return "planned" if attributed and cues._ONLY_WOULD.search(sentence) else "hypothetical"
        return "reported" if attributed else "asserted"

    words = "not NEVER no longer didn't will Won't shall we'll it'll is to plans to next week if "
    words += "Would could might may unless whether risk of fears that Fear the dam ſhall İf"
    words += " is due to vote are due on Is Due to the storm was supposed to were  supposed To"
    rng = random.Random(10)
    pool = words.split()
    for text in _texts(1000) + [
        " ".join(rng.choice(pool) for _ in range(rng.randint(1, 8))) for _ in range(2000)
    ]:
        assert cues.modality(text, True) == reference(text, True), text


def test_literal_led_patterns_occur_in_the_same_texts() -> None:
    from tracker.extract.nocase import literal_led

    rng = random.Random(9)
    checked = 0
    for pattern in [*_patterns(), re.compile(r"[$€£]|\bper ?cent\b|\b(?:you|'ll)\b", re.I)]:
        fast = lowered(pattern)
        quick = None if fast is None else literal_led(fast)
        if fast is None or quick is None:
            continue
        checked += 1
        vocabulary = re.findall(r"[a-z$€£%']+", pattern.pattern.lower()) + WORDS[:40]
        for _ in range(300):
            words = []
            for _ in range(rng.randint(1, 8)):
                word = rng.choice(vocabulary)
                if rng.random() < 0.2:
                    word = rng.choice(["x", "a", "'", "-", "9"]) + word
                if rng.random() < 0.2:
                    word += rng.choice(["x", "s", "'", "-", "ed"])
                words.append(word)
            text = rng.choice([" ", "", "\n", ", "]).join(words)
            assert bool(quick.search(text)) == bool(fast.search(text)), (pattern.pattern, text)
    assert checked >= 5


def test_words_or_pattern_finds_what_the_pattern_finds() -> None:
    from tracker.extract.nocase import WordsOrPattern, words

    rng = random.Random(12)
    split = 0
    for pattern in [*_patterns(), re.compile(r"\b(?:per ?cent|dollars?|terms of use)\b|%", re.I)]:
        cue = WordsOrPattern(pattern)
        split += bool(cue.words or cue.keyed)
        vocabulary = re.findall(r"[A-Za-z$€£%'’]+", pattern.pattern) + WORDS[:60]
        for _ in range(200):
            parts = []
            for _ in range(rng.randint(1, 9)):
                word = rng.choice(vocabulary)
                if rng.random() < 0.15:
                    word = rng.choice(["x", "_", "'", "-", "9", "İ"]) + word
                if rng.random() < 0.15:
                    word += rng.choice(["x", "s", "_", "'", "-", "ed", "2"])
                if rng.random() < 0.2:
                    word = word.upper() if rng.random() < 0.5 else word.title()
                parts.append(word)
            text = rng.choice([" ", "", "\n", ", "]).join(parts)
            lower = caseless_lower(text)
            found = cue.search(text, lower, words(text), None if lower is None else words(lower))
            assert found == bool(pattern.search(text)), (pattern.pattern, text)
    assert split >= 5


def test_first_of_after_non_word_characters_as_searching_each_pattern() -> None:
    from tracker.extract.nocase import FirstOf

    patterns = [
        re.compile(r"\b(?:flood|fire)s?\b", re.I),
        re.compile(r"\bdam (?:burst|failed)", re.I),
        re.compile(r"\b(?:f|d)\w*ed\b", re.I),
        re.compile(r"\bwar\b|\bwa(?:ter|rn)", re.I),
    ]
    first_of = FirstOf(patterns)
    assert first_of.after_non_word is not None  # every alternative starts with a letter
    assert first_of.non_word_led is None
    # and with alternatives led by a non-word character (\b after a word character)
    mixed = [re.compile(r"\b'll\b|\bwill\b", re.I), *patterns, re.compile(r"\b-fed\b", re.I)]
    mixed_first_of = FirstOf(mixed)
    assert mixed_first_of.non_word_led is not None
    pieces = ["flood", "Fires", "dam", "burst", "failed", "FED", "war", "water", "warn", "x"]
    pieces += ["", " ", "\n", "-", "’", "é", "_", "1", "İ", "“", "...", "'ll", "we", "will"]
    for each, one_pass in ((patterns, first_of), (mixed, mixed_first_of)):
        _assert_as_searching_each(one_pass, each, pieces, seed=17)


def _assert_as_searching_each(
    first_of: FirstOf, patterns: list[re.Pattern[str]], pieces: list[str], seed: int
) -> None:
    """``first_of.index`` on 5,000 random texts made of ``pieces`` is the number of the first
    pattern that searching each in turn finds."""
    rng = random.Random(seed)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = next((n for n, p in enumerate(patterns) if p.search(text)), None)
        assert first_of.index(text, caseless_lower(text)) == expected, text


def test_first_of_searches_apart_a_pattern_it_cannot_split() -> None:
    """A pattern lowered() cannot read (a class that may match capitals) is searched on its
    own, the others still in one pass: the answer is the one of searching each in turn."""
    from tracker.extract.nocase import FirstOf

    patterns = [
        re.compile(r"\bsubscribe\b", re.I),
        re.compile(r"^\W*(?:correction|update)\b[^.:\n]{0,20}:", re.I),
        re.compile(r"\bnewsletters?\b|\bsign up\b", re.I),
        re.compile(r"\bcookies?\b", re.I),
    ]
    first_of = FirstOf(patterns)
    assert first_of.plan is not None and [n for n, _ in first_of.apart] == [1]
    pieces = ["subscribe", "Correction", "UPDATE", ":", ".", "newsletter", "sign", " up", "x"]
    pieces += ["", " ", "\n", "Cookies", "-", "é", "1", "“"]
    _assert_as_searching_each(first_of, patterns, pieces, seed=23)
