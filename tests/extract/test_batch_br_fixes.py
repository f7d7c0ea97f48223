"""Fixes from batch BR (seeds 284-286): "possible" or "likely" before a day makes it one to
come; a year right before a holiday names the holiday's year (a rule example in dates.yaml);
a numbered road is a place; growth is a measure whose yearly figure is no event."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities
from tracker.extract.timex import tag_timexes

DAY = date(2026, 8, 12)  # a Wednesday


def test_possible_or_likely_before_a_day_makes_it_one_to_come() -> None:
    found = tag_timexes("Winds eased, with more rain possible on Friday.", DAY)
    assert [t.value for t in found] == ["2026-08-14"]
    found = tag_timexes("Storms were likely from Sunday, forecasters said last week.", DAY)
    assert [t.value for t in found][:1] == ["2026-08-16"]


def test_a_numbered_road_is_a_place() -> None:
    found = find_entities("Police closed Highway 97 and State Route 20 near the river.")
    assert [(e.name, e.kind) for e in found] == [
        ("Highway 97", "place"),
        ("State Route 20", "place"),
    ]
    events = events_of("Crews reopened Interstate 84 on Tuesday.", DAY)
    assert [e.places for e in events] == [("Interstate 84",)]


def test_a_years_growth_figure_is_no_event() -> None:
    assert events_of("Wage growth reached 7.1% in 2025.", DAY) == ()
