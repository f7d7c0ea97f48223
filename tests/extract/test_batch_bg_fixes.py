"""Fixes from batch BG (seeds 245-246): when a state began ("had rated the area at level 4
since Sunday") neither moves nor ends the story's day; "247 million years ago" is no vague
past of the story."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.timex import tag_timexes

DAY = date(2026, 2, 18)  # a Wednesday


def test_when_a_state_began_does_not_move_the_storys_day() -> None:
    events = events_of(
        "An avalanche killed three skiers above Zermatt on Tuesday. The area had been rated "
        "at level 4 since Sunday.\n\nThe two injured skiers were flown to hospital in Sion.",
        DAY,
    )
    flown = [e for e in events if "Sion" in e.places]
    assert [e.date.value for e in flown] == ["2026-02-17"]


def test_millions_of_years_ago_is_no_vague_past() -> None:
    assert tag_timexes("The animal lived about 247 million years ago.", DAY) == []
