"""The adapter the reference TempEval-3 scorer calls: ``system(text, dct) -> [dict]``.

TimeML annotates a range ("from Aug. 5 to Aug. 10") as two TIMEX3s, so ranges are scored
as their parts; the tagger's public API returns them as one interval."""

from __future__ import annotations

from tracker.extract.timex import Timex, tag_timexes


def flatten_ranges(timexes: list[Timex]) -> list[Timex]:
    """Ranges replaced by their two ends, as TimeML annotates them."""
    out: list[Timex] = []
    for t in timexes:
        out.extend(t.parts or (t,))
    return out


def system(text: str, dct: str) -> list[dict[str, object]]:
    """Time expressions of ``text`` as the scorer wants them (``dct`` "" when unknown)."""
    return [
        {"start": t.start, "end": t.end, "type": t.type, "value": t.value}
        for t in flatten_ranges(tag_timexes(text, dct or None))
    ]
