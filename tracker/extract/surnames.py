"""A person named in full once and then by surname alone ("Hendra Saputra ... Saputra was
arrested"): the surname mentions are that person. News style names people this way, so a
name taken up by its surname is a person even without a title."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import accumulate

from tracker.extract.datafiles import word_list
from tracker.extract.entities import gazetteer
from tracker.extract.model import EntityMention

_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?$")


def _surname(e: EntityMention) -> str | None:
    """The last word of a name of two or three capitalised words that may be a person's."""
    if e.kind not in ("person", "unknown"):
        return None
    words = e.name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and _WORD.match(w) for w in words):
        return None
    last = words[-1]
    if len(last) < 3 or last in gazetteer() or last in word_list("lexicon.yaml", "not_names"):
        return None
    return last


def resolve_surnames(
    text: str, entities: Sequence[EntityMention], content: Sequence[tuple[int, int]]
) -> tuple[EntityMention, ...]:
    """``entities`` with the surname mentions of people named in full earlier added (or, when
    already found as a name of their own, renamed), and those people's kind made "person"."""
    first_full: dict[str, tuple[int, EntityMention]] = {}
    shared: set[str] = set()
    for e in entities:
        last = _surname(e)
        if last is None:
            continue
        if last in first_full and first_full[last][1].name != e.name:
            shared.add(last)  # two people with one surname: the surname alone is ambiguous
        first_full.setdefault(last, (e.end, e))
    for last in shared:
        del first_full[last]
    if not first_full:
        return tuple(entities)
    taken = _Spans((e.start, e.end) for e in entities)
    first_at: dict[tuple[int, str], int] = {}  # (start, text) -> the first such entity
    for i, e in enumerate(entities):
        first_at.setdefault((e.start, e.text), i)
    added: list[EntityMention] = []
    renamed: dict[int, EntityMention] = {}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, first_full)) + r")\b(?:['’]s)?")
    people: set[str] = set()
    for start, end in content:
        for m in pattern.finditer(text, start, end):
            last = m.group(0).split("'")[0].split("’")[0]
            after, full = first_full[last]
            if m.start() < after:
                continue
            same = first_at.get((m.start(), last))
            if same is not None:
                renamed[same] = replace(entities[same], name=full.name, rule="surname")
            elif taken.overlaps(m.start(), m.start() + len(last)):
                continue  # part of another name
            else:
                added.append(
                    EntityMention(
                        m.start(), m.start() + len(last), last, full.name, "person", "surname"
                    )
                )
            people.add(full.name)
    out = [renamed.get(i, e) for i, e in enumerate(entities)] + added
    out = [
        replace(e, kind="person") if e.name in people and e.kind == "unknown" else e for e in out
    ]
    out.sort(key=lambda e: e.start)
    return tuple(out)


class _Spans:
    """Spans (start, end), asked whether any overlaps a range: a binary search over their
    starts and the furthest end so far, not a pass over them all."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span starts before ``end`` and ends after ``start``."""
        n = bisect_left(self.starts, end)  # the spans that start before ``end``
        return n > 0 and self.reach[n - 1] > start
