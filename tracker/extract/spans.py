"""Grouping things found in a text (time expressions, entities, figures) by the sentence that
holds them, in one pass instead of a scan per sentence."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate
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
    most. Non-decreasing in ``pos``.

    The runs are split off by ``str.rsplit`` (in C) from a window of the text before ``pos``;
    when the window holds fewer runs than needed and does not reach the start of the text,
    the characters are read one by one (``_runs_back_by_character``)."""
    if runs <= 0:
        return pos
    low = max(0, pos - _WINDOW_PER_RUN * runs)
    window = text[low:pos]
    parts = window.rsplit(None, runs)
    if len(parts) > runs:
        # parts[0] is the window up to the end of the run before the one sought, which starts
        # after the spaces that follow it.
        rest = window[len(parts[0]) :]
        return low + len(parts[0]) + len(rest) - len(rest.lstrip())
    if low:
        return _runs_back_by_character(text, pos, runs)
    if len(parts) == runs:  # exactly that many runs: the first one's start
        return len(window) - len(window.lstrip())
    return 0


_WINDOW_PER_RUN = 24  # characters per run of the window tried first


def ends_with_word(
    text: str,
    words: tuple[str, ...],
    start: int = 0,
    end: int | None = None,
    *,
    caseless: bool = False,
) -> bool:
    r"""Whether text[start:end] ends with one of ``words`` (of twelve characters at most) and
    then white space: what a pattern ending in ``(?:words)\s+$`` needs there, checked before
    searching it. ``caseless``: the words in any case (True whenever the last characters are
    not all ASCII: IGNORECASE may take some of those for ASCII letters)."""
    piece = text[start:end]
    body = piece.rstrip()
    if len(body) == len(piece):
        return False
    if caseless:
        last = body[-12:]
        return not last.isascii() or last.lower().endswith(words)
    return body.endswith(words)


def _runs_back_by_character(text: str, pos: int, runs: int) -> int:
    """runs_back, reading the text back one character at a time."""
    for _ in range(runs):
        while pos and text[pos - 1].isspace():
            pos -= 1
        while pos and not text[pos - 1].isspace():
            pos -= 1
    return pos


class SpanIndex:
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
