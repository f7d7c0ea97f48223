"""TempEval-3 measures of a temporal tagger against TimeML gold: strict and relaxed
precision, recall and F1 on spans, type and value accuracy over the relaxed matches, and the
attribute F1s (relaxed F1 times accuracy), micro-averaged over documents."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from tracker.eval.timeml import GoldTimex, TimemlDocument


class Span(Protocol):
    """What the scorer needs of a system's expression."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


System = Callable[[str, date | None], Sequence[Span]]


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One error, for reading: missed, spurious, or a wrong type or value."""

    doc: str
    kind: str
    text: str
    gold: str
    system: str


@dataclass(frozen=True)
class TimexScores:
    """Counts and the measures derived from them."""

    docs: int
    gold: int
    system: int
    strict: int
    relaxed: int
    type_ok: int
    value_ok: int
    chars: int
    seconds: float
    mismatches: tuple[Mismatch, ...] = field(default=(), repr=False)

    @staticmethod
    def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hits / system if system else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict, self.system, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed, self.system, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed_prf[2] * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_prf[2] * self.value_accuracy

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0


def align(gold: Sequence[GoldTimex], found: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping spans: exact matches first,
    then the largest overlaps."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(found):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = (g.start, g.end) == (s.start, s.end)
                pairs.append((0 if exact else 1, -overlap, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, _, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


def score_timexes(docs: Iterable[TimemlDocument], system: System) -> TimexScores:
    """Run ``system`` on every document and score it against the gold annotations."""
    n_docs = n_gold = n_sys = strict = relaxed = type_ok = value_ok = chars = 0
    seconds = 0.0
    mismatches: list[Mismatch] = []
    for doc in docs:
        t0 = time.perf_counter()
        found = list(system(doc.text, doc.dct))
        seconds += time.perf_counter() - t0
        n_docs += 1
        n_gold += len(doc.gold)
        n_sys += len(found)
        chars += len(doc.text)
        pairs = align(doc.gold, found)
        name = doc.path.rsplit("/", 1)[-1]
        for gi, si in pairs:
            g, s = doc.gold[gi], found[si]
            relaxed += 1
            strict += (g.start, g.end) == (s.start, s.end)
            type_ok += g.type == s.type
            value_ok += g.value == s.value
            if g.value != s.value:
                mismatches.append(Mismatch(name, "value", g.text, g.value, s.value))
        matched_g = {gi for gi, _ in pairs}
        matched_s = {si for _, si in pairs}
        mismatches += [
            Mismatch(name, "missed", g.text, f"{g.type}:{g.value}", "")
            for i, g in enumerate(doc.gold)
            if i not in matched_g
        ]
        mismatches += [
            Mismatch(name, "spurious", doc.text[s.start : s.end], "", f"{s.type}:{s.value}")
            for i, s in enumerate(found)
            if i not in matched_s
        ]
    return TimexScores(
        n_docs, n_gold, n_sys, strict, relaxed, type_ok, value_ok, chars, seconds, tuple(mismatches)
    )
