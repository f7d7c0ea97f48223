"""Fix from batch BH (seeds 247-249): "the second minister to quit the caretaker government this
year" counts within the year; it dates nothing of its own."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of

DAY = date(2025, 8, 23)  # a Saturday


def test_an_nth_of_a_year_counts_within_it() -> None:
    events = events_of(
        "Caspar Veldkamp resigned on Friday, the second minister to quit the caretaker "
        "government this year.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2025-08-22"]
