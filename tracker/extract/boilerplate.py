"""Recognising paragraphs that are not the article: paywall pitches, sign-ups, footers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tracker.extract.datafiles import (
    RuleFileError,
    compile_pattern,
    load_data_file,
    require_keys,
)
from tracker.extract.nocase import FirstOf, caseless_lower

FILE = "boilerplate.yaml"
_LIST_ITEM = re.compile(r"^\s*(?:[-*•▪●]|\d+[.)])\s")
_SHORT_LINE = 90


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """One pattern marking a paragraph as boilerplate, with the examples that test it."""

    id: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


def parse_rules(data: Any, filename: str = FILE) -> tuple[BoilerplateRule, ...]:
    """Validate the parsed YAML of a boilerplate rule file."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleFileError(f"{filename}: expected a top-level 'rules' list")
    rules, seen = [], set()
    for n, item in enumerate(data["rules"]):
        item = require_keys(item, ("id", "pattern"), filename, f"rule #{n + 1}")
        rule_id = str(item["id"])
        if rule_id in seen:
            raise RuleFileError(f"{filename}: rule {rule_id!r}: duplicated id")
        seen.add(rule_id)
        rules.append(
            BoilerplateRule(
                id=rule_id,
                pattern=compile_pattern(item["pattern"], filename, rule_id, re.I),
                examples=tuple(item.get("examples") or ()),
                counter_examples=tuple(item.get("counter_examples") or ()),
            )
        )
    return tuple(rules)


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """The shipped boilerplate rules, loaded once."""
    return parse_rules(load_data_file(FILE))


@lru_cache(maxsize=1)
def _first_of() -> FirstOf:
    return FirstOf([rule.pattern for rule in boilerplate_rules()])


def matching_rule(paragraph: str) -> str | None:
    """Id of the first rule that marks ``paragraph`` as boilerplate, else None."""
    n = _first_of().index(paragraph, caseless_lower(paragraph))
    return None if n is None else boilerplate_rules()[n].id


def boilerplate_paragraphs(paragraphs: list[str]) -> set[int]:
    """Indexes of paragraphs that are boilerplate.

    A paragraph matching a rule is boilerplate. So is a list item or a short line that follows
    boilerplate (the bullet points of a pitch), and everything after the last real paragraph
    once more than half of the article's tail is boilerplate.
    """
    marked = {i for i, p in enumerate(paragraphs) if matching_rule(p)}
    for i, p in enumerate(paragraphs):
        if i - 1 in marked and (_LIST_ITEM.match(p) or len(p) < _SHORT_LINE):
            marked.add(i)
    in_tail = [i for i in sorted(marked) if i >= len(paragraphs) // 2]
    if in_tail:
        tail = range(in_tail[0], len(paragraphs))
        if len([i for i in tail if i in marked]) * 2 > len(tail):
            marked.update(tail)
    return marked
