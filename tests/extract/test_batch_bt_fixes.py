"""Fixes from batch BT (seeds 291-293): "March" or "May" after another month and "and" or
"to" closes a range (a rule example in dates.yaml); a site named by what it is ("the Carola
Bridge") is "the bridge" again, as a place."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.timex import tag_timexes

DAY = date(2026, 9, 29)  # a Tuesday


def test_may_after_another_month_closes_a_range() -> None:
    (found,) = tag_timexes("Cases were reported between February and May.", DAY)
    assert (found.text, found.value, str(found.interval_end)) == (
        "February and May",
        "2026-02",
        "2026-05-31",
    )


def test_a_site_named_by_what_it_is_is_named_again_by_its_noun() -> None:
    events = events_of("The Harlow Bridge reopened on Tuesday. The bridge was built in 1964.", DAY)
    built = [e for e in events if e.date.value == "1964"]
    assert [e.places for e in built] == [("Harlow Bridge",)]
