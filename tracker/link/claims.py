"""How a new claim relates to an earlier one about the same subject: repeats, updates (a newer
figure or state), contradicts, or supports. Each relation carries a note saying why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from tracker.link.measures import measure_of

REPEAT_AT = 0.85  # wording similarity for a repeat
SUPPORT_AT = 0.6  # wording similarity for support with a figure in common, or an update
# Without a figure in common, support needs closer wording: "Residents of X say the mine uses
# 400 litres a second" does not support "Residents of X filed the complaint in 2023".
SUPPORT_WITHOUT_FIGURE_AT = 0.75
SAME_UNIT_AT = 0.8


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity of a claim, as compared."""

    value: float | None
    unit: str | None
    qualifier: str | None
    text: str


@dataclass(frozen=True, slots=True)
class ClaimSketch:
    """What relating claims needs to know of one."""

    text: str
    claimant: str | None
    made_on: date | None
    about_start: date | None
    about_end: date | None
    hedged: bool
    entities: frozenset[str]
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class ClaimRelation:
    """A relation from the new claim to the old one, and why."""

    relation: str  # repeats, updates, contradicts, supports
    note: str
    old_value: float | None = None
    new_value: float | None = None


def _head(unit: str | None) -> str:
    return unit.split()[-1].rstrip("s") if unit else ""


def same_unit(a: Figure, b: Figure) -> bool:
    """Whether two figures count the same thing ("regional capitals" ~ "provincial capitals")."""
    if not a.unit or not b.unit:
        return False
    if a.unit == b.unit or _head(a.unit) == _head(b.unit):
        return True
    return fuzz.ratio(a.unit, b.unit) / 100 >= SAME_UNIT_AT


def comparable(new: ClaimSketch, nf: Figure, old: ClaimSketch, of: Figure) -> bool:
    """Whether two figures of two claims count the same thing: the same measure read from
    their words ("killing 12 people" and "the death toll rose to 19": deaths), or, where
    either has none, the same unit."""
    a, b = measure_of(new.text, nf.text), measure_of(old.text, of.text)
    if a and b:
        return a == b
    if a or b:  # "six people still missing" does not count "86 people on board"
        return False
    return same_unit(nf, of)


def _figure_change(new: ClaimSketch, old: ClaimSketch) -> tuple[Figure, Figure] | None:
    for nf in new.figures:
        for of in old.figures:
            known = nf.value is not None and of.value is not None
            if known and nf.value != of.value and comparable(new, nf, old, of):
                return of, nf
    return None


def _same_figures(new: ClaimSketch, old: ClaimSketch) -> bool:
    pairs = [(n, o) for n in new.figures for o in old.figures if comparable(new, n, old, o)]
    return all(n.value == o.value for n, o in pairs)


def _shared_figure(new: ClaimSketch, old: ClaimSketch) -> bool:
    return any(
        n.value is not None and n.value == o.value and comparable(new, n, old, o)
        for n in new.figures
        for o in old.figures
    )


def _about_overlaps(a: ClaimSketch, b: ClaimSketch) -> bool:
    if None in (a.about_start, a.about_end, b.about_start, b.about_end):
        return False
    assert a.about_start and a.about_end and b.about_start and b.about_end
    return not (a.about_end < b.about_start or b.about_end < a.about_start)


def _describe(f: Figure) -> str:
    return f.text


@lru_cache(maxsize=16_384)
def _lower(text: str) -> str:
    return text.lower()


def _wording(new: ClaimSketch, old: ClaimSketch, at_least: float) -> float:
    """How alike the two claims are worded, 0 to 1; 0 when less than ``at_least`` (which
    spares the comparison part of its work)."""
    # A hair under the bound: a score the division would put at the bound is kept whole.
    cutoff = at_least * 100 - 1e-6
    return fuzz.token_set_ratio(_lower(new.text), _lower(old.text), score_cutoff=cutoff) / 100


def relate_claims(new: ClaimSketch, old: ClaimSketch) -> ClaimRelation | None:
    """The relation of ``new`` to ``old``, or None when they are not about the same thing."""
    if not (new.entities & old.entities):
        return None
    change = _figure_change(new, old)
    if change is not None:
        before, after = change
        later = (new.made_on or date.min) > (old.made_on or date.min)
        if _about_overlaps(new, old) and not later:
            return ClaimRelation(
                "contradicts",
                f"same period, different figure: {_describe(before)} vs {_describe(after)}",
                before.value,
                after.value,
            )
        # The wording (the costly comparison) matters only for an update told no later.
        if later or _wording(new, old, SUPPORT_AT) >= SUPPORT_AT:
            what = measure_of(old.text, before.text) or before.unit or "figure"
            return ClaimRelation(
                "updates",
                f"{what}: {_describe(before)} → {_describe(after)}",
                before.value,
                after.value,
            )
        return None
    words = _wording(new, old, SUPPORT_AT)  # below it, no relation
    if words >= REPEAT_AT and _same_figures(new, old):
        if new.hedged != old.hedged:
            return ClaimRelation("supports", f"same statement, hedged in one (wording {words:.0%})")
        return ClaimRelation("repeats", f"same statement (wording {words:.0%})")
    if words >= SUPPORT_AT and _same_figures(new, old):
        if words < SUPPORT_WITHOUT_FIGURE_AT and not _shared_figure(new, old):
            return None
        shared = ", ".join(sorted(new.entities & old.entities))
        return ClaimRelation("supports", f"similar statement about {shared} (wording {words:.0%})")
    return None
