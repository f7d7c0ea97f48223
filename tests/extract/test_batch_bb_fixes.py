"""Fixes from the long news page (seed 228): "plans to" after a preposition is the noun ("a
dispute over plans to automate"); a holiday before a noun of trade or travel names no day
("Easter deliveries could be delayed")."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of

DAY = date(2026, 3, 5)  # a Thursday


def test_plans_to_after_a_preposition_is_the_noun() -> None:
    (walked,) = events_of(
        "Dockworkers walked off the job on Wednesday in a dispute over plans to automate "
        "cargo handling.",
        DAY,
    )
    assert walked.modality == "asserted"


def test_a_holiday_before_a_noun_of_trade_names_no_day() -> None:
    events = events_of(
        "Retailers warned on Wednesday that Easter deliveries could be delayed.", DAY
    )
    assert [e.date.value for e in events] == ["2026-03-04"]
