"""The Timex: one time expression found in text, normalised."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression: its span (end exclusive), TIMEX3 type, value and mod, the interval
    of days it denotes (inclusive; None where unknown) with its precision, what it was
    resolved against (absolute, dct, narrative or none) and the rule that found it. A range
    ("from Aug. 5 to Aug. 10") is one Timex whose ``parts`` are its two ends. A duration that
    runs up to or from a reference point keeps its TimeML value but covers that stretch:
    "the past two decades" is P20Y from twenty years before the DCT to the DCT (precision
    year), "the next two years" P2Y from the DCT on, "the past few years" PXY up to the DCT
    (no start); without a DCT, or for a plain length ("three years"), no interval."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    interval_start: dt.date | None
    interval_end: dt.date | None
    precision: str
    anchor: str
    rule: str
    parts: tuple[Timex, ...] = ()
