"""Every rule of the temporal tagger carries examples that must match (with their value, and
mod when given) and examples that must not. This one parametrised test runs them all."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract.timex import tag_timexes
from tracker.extract.timex.ruleset import load_ruleset

RULES = load_ruleset("en").rules

POSITIVE = [
    pytest.param(rule.ref, example, id=f"{rule.ref}:+{n}")
    for rule in RULES
    for n, example in enumerate(rule.examples)
]
NEGATIVE = [
    pytest.param(rule.ref, text, id=f"{rule.ref}:-{n}")
    for rule in RULES
    for n, text in enumerate(rule.counter_examples)
]


@pytest.mark.parametrize(("ref", "example"), POSITIVE)
def test_rule_matches_its_examples(ref: str, example: dict[str, Any]) -> None:
    found = tag_timexes(example["text"], example.get("dct"))
    values = [(t.value, t.mod) for t in found] + [(p.value, p.mod) for t in found for p in t.parts]
    assert any(v == str(example["value"]) for v, _ in values), (ref, example, found)
    if "mod" in example:
        assert (str(example["value"]), example["mod"]) in values
    if "match" in example:  # the words the expression spans
        assert example["match"] in [t.text for t in found], (ref, example, found)


@pytest.mark.parametrize(("ref", "text"), NEGATIVE)
def test_rule_does_not_match_its_counter_examples(ref: str, text: str) -> None:
    found = tag_timexes(text, "2021-08-16")
    assert all(t.rule != ref for t in found), (ref, text, found)


def test_every_rule_has_an_example() -> None:
    assert [r.ref for r in RULES if not r.examples] == []
