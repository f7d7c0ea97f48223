"""Case-insensitive patterns searched as case-sensitive ones in lower-cased text (nocase.py)
find exactly what the patterns themselves find, or are not used."""

from __future__ import annotations

import random
import re

import pytest

from tracker.extract import cues
from tracker.extract.boilerplate import boilerplate_rules, matching_rule
from tracker.extract.claimscore.features import CUES
from tracker.extract.event_types import event_types
from tracker.extract.events import _PLACE_PREPOSITIONS
from tracker.extract.nocase import Caseless, caseless_lower, lowered

WORDS = [
    "The",
    "army",
    "SAID",
    "it",
    "would",
    "NOT",
    "withdraw;",
    "Troops",
    "may",
    "have",
    "Seized",
    "the",
    "dam,",
    "officials",
    "said.",
    "Subscribe",
    "to",
    "our",
    "Newsletter",
    "—",
    "sign",
    "up!",
    "Floods",
    "hit",
    "3",
    "villages",
    "in",
    "the",
    "Region",
    "of",
    "Osh.",
    "Prices",
    "ROSE",
    "12%",
    "since",
    "2021;",
    "we",
    "believe",
    "you",
    "should",
    "Log",
    "In.",
    "Cookies",
    "policy:",
    "accept.",
    "Talks",
    "at",
    "the",
    "SUMMIT",
    "were",
    "held",
    "in",
    "Tashkent’s",
    "“old”",
    "palace.",
    "Copyright",
    "©",
    "2024",
    "ad-free",
    "reportedly",
    "allegedly",
    "perhaps",
    "twenty",
    "million",
    "dollars",
    "budget",
    "tax",
    "deficit",
    "GDP",
    "imports",
    "Kelvin",
    "ſtate",
    "İstanbul",
    "ß",
    "Straße",
    "ÉLAN",
    "ǅ",
    "ﬁ",
    "Ω",
    "Ä",
    "ä",
    "ı",
    "µ",
    "•",
    "…",
    "–",
    "K",
    "Kill",
]


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
    found.append(_PLACE_PREPOSITIONS)
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


def test_text_with_cased_non_ascii_letters_is_not_lower_cased() -> None:
    assert caseless_lower("Floods in the “North” — 3 villages •") == (
        "floods in the “north” — 3 villages •"
    )
    for text in ("İstanbul", "Straße", "ÉLAN", "\u212a", "ſtate", "ﬁre"):
        assert caseless_lower(text) is None


@pytest.mark.parametrize(
    "source",
    [
        r"\bSaid\b",  # a capital letter
        r"\x41",  # an escape that names a letter
        r"[0-_]",  # a range with capitals but not their small letters
        r"(?-i:said)",  # inline flags
        r"(?P<who>\w+) said",  # named groups (and so back-references by name)
        r"(\w+) \1",  # back-references
        r"élan",  # non-ASCII
    ],
)
def test_patterns_that_might_differ_are_not_lower_cased(source: str) -> None:
    assert lowered(re.compile(source, re.I)) is None


def test_patterns_without_ignorecase_are_left_alone() -> None:
    assert lowered(re.compile(r"\bsaid\b")) is None
    assert lowered(re.compile(r"\b(?:sa[a-z]d|0-9)\b(?=\s)", re.I)) is not None


def test_classify_picks_the_first_type_as_before() -> None:
    types = [t for t in event_types() if t.pattern is not None]

    def reference(clause: str) -> str:
        for t in types:
            assert t.pattern is not None
            if t.pattern.search(clause):
                return t.id
        return "other"

    from tracker.extract.event_types import classify

    for text in _texts(1500):
        assert classify(text) == reference(text), text


def test_boilerplate_rules_as_before() -> None:
    for text in _texts(1500):
        expected = next((r.id for r in boilerplate_rules() if r.pattern.search(text)), None)
        assert matching_rule(text) == expected
