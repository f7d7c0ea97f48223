"""Fixes from batch BE (seeds 237-240): what is called for ("have called for a nationwide strike
on Wednesday") is still to come; a weekday before a noun is a kind of thing ("restored Sunday
library service"), not after a preposition and not before a word no noun is."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.timex import tag_timexes

DAY = date(2025, 7, 7)  # a Monday


def test_what_is_called_for_is_to_come() -> None:
    (t,) = tag_timexes("Opposition leaders have called for a nationwide strike on Wednesday.", DAY)
    assert t.value == "2025-07-09"


def test_a_weekday_before_a_noun_is_a_kind_of_thing() -> None:
    events = events_of(
        "The council rejected a plan that would have restored Sunday library service.", DAY
    )
    assert all(e.date.value != "2025-07-06" for e in events)
    # a day it stays after a preposition, or before a word no noun is
    (voted,) = events_of("On Sunday voters went to the polls.", DAY)
    assert voted.date.value == "2025-07-06"
    (held,) = events_of("Police said Sunday that two men were held.", DAY)
    assert held.date.value == "2025-07-06"
