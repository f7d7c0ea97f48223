"""Clauses of a sentence that carries several claims ("Officials said 40 people died, and more
than 2,000 homes were destroyed."): where a semicolon or a comma and a conjunction joins two
independent clauses. The patterns are data (``data/clauses.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tracker.extract.datafiles import RuleFileError, compile_pattern, load_data_file, require_keys

FILE = "clauses.yaml"


@dataclass(frozen=True, slots=True)
class _ClauseRules:
    joints: re.Pattern[str]
    opens_clause: re.Pattern[str]
    has_verb: re.Pattern[str]
    min_words: int


def _alternatives(raw: object, key: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise RuleFileError(f"{FILE}: {key!r} must be a non-empty string")
    return "".join(raw.split())  # folded YAML: drop the line breaks and indentation


@cache
def _rules() -> _ClauseRules:
    data = require_keys(
        load_data_file(FILE),
        ("joints", "subject_start", "finite_verbs", "max_words_to_verb", "min_words"),
        FILE,
        "top level",
    )
    joints = data["joints"]
    if not isinstance(joints, str):
        raise RuleFileError(f"{FILE}: 'joints' must be a string")
    verbs = _alternatives(data["finite_verbs"], "finite_verbs")
    subject = _alternatives(data["subject_start"], "subject_start")
    reach = int(data["max_words_to_verb"])
    return _ClauseRules(
        joints=compile_pattern(" ".join(joints.split()).replace(" |", "|"), FILE, "joints"),
        opens_clause=compile_pattern(
            rf"^(?:{subject})\b(?:\s+[^\s;]+){{0,{reach}}}?\s+(?:{verbs})\b", FILE, "subject_start"
        ),
        # not inside a compound ("cable-stayed", "so-called")
        has_verb=compile_pattern(rf"(?<!-)\b(?:{verbs})\b(?!-)", FILE, "finite_verbs"),
        min_words=int(data["min_words"]),
    )


@lru_cache(maxsize=4096)
def clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans (start, end; offsets into ``text``) of the independent clauses of a sentence, in
    order; one span for the whole sentence when it is not cut. Spans leave out the joint.
    Cached: events and claims both ask about the same sentences."""
    rules = _rules()
    spans: list[tuple[int, int]] = []
    start = 0
    for joint in rules.joints.finditer(text):
        left, right = text[start : joint.start()], text[joint.end() :]
        if (
            len(left.split()) >= rules.min_words
            and rules.has_verb.search(left)
            and rules.opens_clause.match(right)
            and len(_until_next_joint(right, rules).split()) >= rules.min_words
        ):
            spans.append((start, joint.start()))
            start = joint.end()
    spans.append((start, len(text.rstrip())))
    return tuple(spans)


def finite_verb_pattern() -> re.Pattern[str]:
    """The data file's finite verbs as one pattern (an -ed word counts)."""
    return _rules().has_verb


def has_finite_verb(text: str) -> bool:
    """Whether ``text`` has a word of the data file's finite verbs (an -ed word counts)."""
    return _rules().has_verb.search(text) is not None


def opens_clause(text: str) -> bool:
    """Whether ``text`` opens an independent clause: a subject, then a finite verb within a few
    words (the data file's test for the part after a joint)."""
    return _rules().opens_clause.match(text) is not None


def _until_next_joint(text: str, rules: _ClauseRules) -> str:
    m = rules.joints.search(text)
    return text[: m.start()] if m else text


def clause_examples() -> list[tuple[str, tuple[str, ...]]]:
    """The data file's examples: each sentence with the clauses it must be cut into (one
    clause, the whole sentence, for those that must stay whole)."""
    examples = require_keys(load_data_file(FILE), ("examples",), FILE, "top level")["examples"]
    examples = require_keys(examples, ("split", "keep"), FILE, "examples")
    out: list[tuple[str, tuple[str, ...]]] = []
    for n, item in enumerate(examples["split"]):
        item = require_keys(item, ("text", "parts"), FILE, f"split example #{n + 1}")
        out.append((str(item["text"]), tuple(str(p) for p in item["parts"])))
    out.extend((str(text), (str(text),)) for text in examples["keep"])
    return out
