"""The adapter the reference TempEval-3 scorer calls: ``system(text, dct) -> [dict]``.

It maps the tagger's output to TimeML's annotation conventions: a range ("from Aug. 5 to
Aug. 10") is annotated as two TIMEX3s, so ranges are scored as their parts (the tagger's
public API returns them as one interval); expressions TimeML does not annotate (rules marked
``timeml: false`` in the rule files, e.g. "so far") are left out; and where TimeML annotates
only the count of units as a DURATION, the word after it being a signal ("[three days]
later", rules marked ``timeml: duration``), that count is what is scored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from tracker.extract import timex
from tracker.extract.timex import Timex
from tracker.extract.timex.ruleset import load_ruleset


@cache
def _unannotated(lang: str = "en") -> frozenset[str]:
    """Refs of the rules whose expressions TimeML leaves unannotated."""
    return frozenset(r.ref for r in load_ruleset(lang).rules if not r.timeml)


@cache
def _counted(lang: str = "en") -> frozenset[str]:
    """Refs of the rules whose expressions TimeML annotates as their count of units."""
    return frozenset(r.ref for r in load_ruleset(lang).rules if r.timeml_duration)


def _count_of_units(t: Timex, text: str) -> Timex:
    """ "three days" of "three days later" (its last word left out), as the DURATION the
    tagger gives it; ``t`` itself if that is no single duration."""
    cut = text.rfind(" ", t.start, t.end)
    inner = timex.tag_timexes(text[t.start : cut], None) if cut > t.start else []
    if len(inner) != 1 or inner[0].type != "DURATION":
        return t
    d = inner[0]
    return replace(d, start=t.start + d.start, end=t.start + d.end)


def flatten_ranges(timexes: list[Timex]) -> list[Timex]:
    """Ranges replaced by their two ends, as TimeML annotates them."""
    out: list[Timex] = []
    for t in timexes:
        out.extend(t.parts or (t,))
    return out


def timeml_timexes(text: str, dct: date | str | None) -> list[Timex]:
    """The tagger's expressions as TimeML annotates them: ranges as their two ends, and
    nothing from the rules TimeML leaves unannotated."""
    skip, counted = _unannotated(), _counted()
    return [
        _count_of_units(t, text) if t.rule in counted else t
        for t in flatten_ranges(timex.tag_timexes(text, dct or None))
        if t.rule not in skip
    ]


def system(text: str, dct: str) -> list[dict[str, object]]:
    """Time expressions of ``text`` as the scorer wants them (``dct`` "" when unknown)."""
    return [
        {"start": t.start, "end": t.end, "type": t.type, "value": t.value}
        for t in timeml_timexes(text, dct)
    ]
