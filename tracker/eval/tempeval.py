"""TempEval-3 measures of a temporal tagger against TimeML gold, micro-averaged over documents:

* strict P/R/F1: the system span equals the gold span (both whitespace-trimmed);
* relaxed P/R/F1: the spans overlap, aligned one to one (exact matches first, then the
  largest overlap, then the closest boundaries);
* type and value accuracy: the share of relaxed matches whose TYPE / VALUE equals gold;
* type F1 and value F1: relaxed F1 times the accuracy (value F1 ranked TempEval-3 Task A);
* the seconds spent inside the system and the characters per second that makes.

System spans outside the text or empty after trimming are counted as ``invalid`` and left
out; spans overlapping a copy of the creation time inside the text are ``ignored``."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tracker.eval.timeml import GoldTimex, TimemlDocument

#: The system: ``(text, dct) -> items`` with ``start end type value`` attributes (or keys).
System = Callable[[str, date | None], Iterable[Any]]

WARMUP_TEXT = "The talks resumed on Friday, March 3, 2013, two weeks after the vote."


@dataclass(frozen=True, slots=True)
class Predicted:
    """A system expression after validation: trimmed span, type and value as strings."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One error, for reading: ``missed``, ``spurious``, or a wrong ``type`` or ``value``."""

    doc: str
    kind: str
    text: str
    gold: str
    system: str


def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    p = hits / system if system else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True)
class TimexScores:
    """The counts of one evaluation and every measure derived from them."""

    docs: int
    gold: int
    system: int
    strict: int
    relaxed: int
    type_ok: int
    value_ok: int
    chars: int
    seconds: float
    invalid: int = 0
    ignored: int = 0
    typed: int = 0
    mismatches: tuple[Mismatch, ...] = field(default=(), repr=False)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return _prf(self.strict, self.system, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return _prf(self.relaxed, self.system, self.gold)

    @property
    def strict_f1(self) -> float:
        return self.strict_prf[2]

    @property
    def relaxed_f1(self) -> float:
        return self.relaxed_prf[2]

    @property
    def type_accuracy(self) -> float:
        """Over the relaxed matches whose gold has a TYPE (TimeML requires one)."""
        return self.type_ok / self.typed if self.typed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain JSON-ready values."""
        sp, sr, sf = self.strict_prf
        rp, rr, rf = self.relaxed_prf
        return {
            "documents": self.docs,
            "gold": self.gold,
            "system": self.system,
            "invalid": self.invalid,
            "ignored": self.ignored,
            "strict": {"precision": sp, "recall": sr, "f1": sf},
            "relaxed": {"precision": rp, "recall": rr, "f1": rf},
            "type": {"accuracy": self.type_accuracy, "f1": self.type_f1},
            "value": {"accuracy": self.value_accuracy, "f1": self.value_f1},
            "characters": self.chars,
            "seconds": self.seconds,
            "chars_per_second": self.chars_per_second,
        }


def _field(item: Any, name: str) -> Any:
    return item[name] if isinstance(item, dict) else getattr(item, name)


def validate(text: str, items: Iterable[Any]) -> tuple[list[Predicted], int]:
    """System items as trimmed ``Predicted`` spans, and how many were unusable."""
    out: list[Predicted] = []
    invalid = 0
    for item in items:
        try:
            s, e = int(_field(item, "start")), int(_field(item, "end"))
            typ, value = _field(item, "type"), _field(item, "value")
        except (AttributeError, KeyError, TypeError, ValueError):
            invalid += 1
            continue
        if not 0 <= s < e <= len(text):
            invalid += 1
            continue
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            invalid += 1
            continue
        out.append(
            Predicted(
                s,
                e,
                text[s:e],
                "" if typ is None else str(typ).upper(),
                "" if value is None else str(value),
            )
        )
    return out, invalid


def align(gold: Sequence[GoldTimex], found: Sequence[Any]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping spans: exact matches first,
    then the largest overlaps, ties going to the closest boundaries."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    by_span: dict[tuple[int, int], list[int]] = {}
    for si, s in enumerate(found):
        by_span.setdefault((s.start, s.end), []).append(si)
    for gi, g in enumerate(gold):
        for si in by_span.get((g.start, g.end), []):
            if si not in used_s:
                used_g.add(gi)
                used_s.add(si)
                pairs.append((gi, si))
                break
    candidates = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for si, s in enumerate(found):
            if si in used_s:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                distance = abs(g.start - s.start) + abs(g.end - s.end)
                candidates.append((-overlap, distance, gi, si))
    for _, _, gi, si in sorted(candidates):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return pairs


def score_timexes(
    docs: Iterable[TimemlDocument], system: System, *, warmup: bool = True
) -> TimexScores:
    """Run ``system`` on every document and score it against the gold annotations. With
    ``warmup`` one untimed call on a short sentence comes first, so that lazy loading is not
    counted as tagging time (its errors are ignored); exceptions raised by the system on a
    document propagate."""
    docs = list(docs)
    if warmup and docs:
        with contextlib.suppress(Exception):  # a real failure shows on the documents
            system(WARMUP_TEXT, docs[0].dct)
    n_gold = n_sys = strict = relaxed = typed = type_ok = value_ok = chars = 0
    invalid = ignored = 0
    seconds = 0.0
    mismatches: list[Mismatch] = []
    for doc in docs:
        t0 = time.perf_counter()
        raw = list(system(doc.text, doc.dct) or [])
        seconds += time.perf_counter() - t0
        chars += len(doc.text)
        found, bad = validate(doc.text, raw)
        invalid += bad
        kept = [
            s for s in found if not any(min(s.end, e) - max(s.start, b) > 0 for b, e in doc.ignore)
        ]
        ignored += len(found) - len(kept)
        n_gold += len(doc.gold)
        n_sys += len(kept)
        pairs = align(doc.gold, kept)
        name = doc.path.replace("\\", "/").rsplit("/", 1)[-1]
        for gi, si in pairs:
            g, s = doc.gold[gi], kept[si]
            relaxed += 1
            strict += (g.start, g.end) == (s.start, s.end)
            if g.type:
                typed += 1
                type_ok += s.type == g.type
            value_ok += s.value.strip() == g.value.strip()
            if g.type and s.type != g.type:
                mismatches.append(Mismatch(name, "type", g.text, g.type, s.type))
            if s.value.strip() != g.value.strip():
                mismatches.append(Mismatch(name, "value", g.text, g.value, s.value))
        matched_g = {gi for gi, _ in pairs}
        matched_s = {si for _, si in pairs}
        mismatches += [
            Mismatch(name, "missed", g.text, f"{g.type}:{g.value}", "")
            for gi, g in enumerate(doc.gold)
            if gi not in matched_g
        ]
        mismatches += [
            Mismatch(name, "spurious", s.text, "", f"{s.type}:{s.value}")
            for si, s in enumerate(kept)
            if si not in matched_s
        ]
    return TimexScores(
        docs=len(docs),
        gold=n_gold,
        system=n_sys,
        strict=strict,
        relaxed=relaxed,
        type_ok=type_ok,
        value_ok=value_ok,
        chars=chars,
        seconds=seconds,
        invalid=invalid,
        ignored=ignored,
        typed=typed,
        mismatches=tuple(mismatches),
    )
