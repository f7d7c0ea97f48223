"""Grouping things found in a text (time expressions, entities, figures) by the sentence that
holds them, in one pass instead of a scan per sentence."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from tracker.extract.model import Sentence


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=HasSpan)


def by_sentence(items: Iterable[T], sentences: Sequence[Sentence]) -> dict[int, list[T]]:
    """Sentence index -> the items lying wholly inside that sentence, in text order."""
    starts = [s.start for s in sentences]
    out: dict[int, list[T]] = defaultdict(list)
    for item in items:
        i = bisect_right(starts, item.start) - 1
        if i >= 0 and item.end <= sentences[i].end:
            out[sentences[i].index].append(item)
    return out


def runs_back(text: str, pos: int, runs: int) -> int:
    """Where the ``runs``-th run of non-space characters before ``pos`` starts (0 if there are
    fewer): a bound for the start of a match that reaches ``pos`` across that many words at
    most. Non-decreasing in ``pos``."""
    for _ in range(runs):
        while pos and text[pos - 1].isspace():
            pos -= 1
        while pos and not text[pos - 1].isspace():
            pos -= 1
    return pos
