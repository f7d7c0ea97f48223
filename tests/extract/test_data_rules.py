"""Every rule in the extraction data files carries examples that must match and must not;
this one parametrised test runs them all, and checks that broken files are reported by name."""

from __future__ import annotations

import pytest
import yaml

from tracker.extract.boilerplate import boilerplate_rules, parse_rules
from tracker.extract.clauses import clause_examples, clause_spans
from tracker.extract.datafiles import RuleFileError, parse_yaml
from tracker.extract.event_types import classify, event_types, parse_event_types

BOILERPLATE_CASES = [
    pytest.param(rule, text, True, id=f"boilerplate:{rule.id}:+{n}")
    for rule in boilerplate_rules()
    for n, text in enumerate(rule.examples)
] + [
    pytest.param(rule, text, False, id=f"boilerplate:{rule.id}:-{n}")
    for rule in boilerplate_rules()
    for n, text in enumerate(rule.counter_examples)
]


@pytest.mark.parametrize(("rule", "text", "should_match"), BOILERPLATE_CASES)
def test_boilerplate_rule_examples(rule, text: str, should_match: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(rule.pattern.search(text)) is should_match


EVENT_TYPE_CASES = [
    pytest.param(t.id, text, True, id=f"event_type:{t.id}:+{n}")
    for t in event_types()
    for n, text in enumerate(t.examples)
] + [
    pytest.param(t.id, text, False, id=f"event_type:{t.id}:-{n}")
    for t in event_types()
    for n, text in enumerate(t.counter_examples)
]


@pytest.mark.parametrize(("type_id", "text", "should_match"), EVENT_TYPE_CASES)
def test_event_type_examples(type_id: str, text: str, should_match: bool) -> None:
    assert (classify(text) == type_id) is should_match


@pytest.mark.parametrize(
    ("text", "parts"),
    [pytest.param(t, p, id=f"clauses:{len(p)}:{n}") for n, (t, p) in enumerate(clause_examples())],
)
def test_clause_examples(text: str, parts: tuple[str, ...]) -> None:
    assert tuple(text[a:b] for a, b in clause_spans(text)) == parts


def test_every_rule_has_examples() -> None:
    assert all(rule.examples for rule in boilerplate_rules())
    assert all(t.examples for t in event_types() if t.id != "other")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("rules: [{id: a}]", "boilerplate.yaml: rule #1: missing pattern"),
        ("rules: [{id: a, pattern: '(unclosed'}]", "boilerplate.yaml: rule 'a': bad pattern"),
        ("rules: [{id: a, pattern: x}, {id: a, pattern: y}]", "rule 'a': duplicated id"),
        ("nothing: here", "expected a top-level 'rules' list"),
    ],
)
def test_broken_boilerplate_file_names_file_and_rule(raw: str, message: str) -> None:
    with pytest.raises(RuleFileError, match=message.replace("(", r"\(")):
        parse_rules(parse_yaml(raw, "boilerplate.yaml"), "boilerplate.yaml")


def test_broken_taxonomy_names_file_and_type() -> None:
    with pytest.raises(RuleFileError, match=r"event_types.yaml: rule 'x': bad pattern"):
        parse_event_types(parse_yaml("types: [{id: x, label: X, cues: ['[']}]", "event_types.yaml"))
    with pytest.raises(RuleFileError, match="needs an 'other' type"):
        parse_event_types(parse_yaml("types: [{id: x, label: X, cues: [a]}]", "event_types.yaml"))


def test_invalid_yaml_names_the_line() -> None:
    with pytest.raises(RuleFileError, match=r"x.yaml line \d+: not valid YAML"):
        parse_yaml("rules:\n  - id: [unclosed\n", "x.yaml")


def _measure_cases() -> list[object]:
    from tracker.link.measures import examples_without_measure, measures

    cases = [
        pytest.param(ex["text"], ex["figure"], m.id, id=f"measure:{m.id}:{n}")
        for m in measures()
        for n, ex in enumerate(m.examples)
    ]
    cases += [
        pytest.param(ex["text"], ex["figure"], None, id=f"measure:none:{n}")
        for n, ex in enumerate(examples_without_measure())
    ]
    return cases


@pytest.mark.parametrize(("text", "figure", "measure"), _measure_cases())
def test_measure_examples(text: str, figure: str, measure: str | None) -> None:
    from tracker.link.measures import measure_of

    assert measure_of(text, figure) == measure


def test_a_country_code_yaml_reads_as_a_boolean_is_refused_with_a_hint() -> None:
    from tracker.extract.entities import check_country_overrides

    with pytest.raises(RuleFileError, match=r"countries.yaml: False .*quote it"):
        check_country_overrides(yaml.safe_load("NO: {name: Norway}"))
    with pytest.raises(RuleFileError, match="'XX' is not an ISO"):
        check_country_overrides({"XX": {}})
    assert check_country_overrides({"NO": {"name": "Norway"}})
