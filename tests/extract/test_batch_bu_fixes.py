"""Fixes from batch BU (seeds 294-296): a dated participle keeps the place its object came
from ("looted by British troops from the Kingdom of Benin in 1897"); a preposition of place
ends a relative clause's antecedent ("near the cable car, which had reopened"); a main clause
told with a "when" clause and a saying is one event on the day of the "when" clause."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of

DAY = date(2026, 1, 27)  # a Tuesday


def test_a_dated_participle_keeps_where_its_object_came_from() -> None:
    events = events_of(
        "The museum returned 14 masks on Tuesday, the latest of the objects taken by French "
        "soldiers from the Kingdom of Dahomey in 1892.",
        DAY,
    )
    old = [e for e in events if e.date.value == "1892"]
    assert [e.title for e in old] == [
        "The latest of the objects taken by French soldiers from the Kingdom of Dahomey"
    ]


def test_a_preposition_of_place_ends_the_antecedent() -> None:
    events = events_of(
        "The group was hiking near the Aiguille hut, which had reopened on Saturday.", DAY
    )
    assert [e.title for e in events] == ["The Aiguille hut had reopened"]


def test_a_main_clause_with_when_and_a_saying_is_one_event() -> None:
    events = events_of(
        "Three climbers were injured when rocks fell on a trail above Zermatt on Monday "
        "afternoon, police said on Tuesday.",
        DAY,
    )
    assert [(e.date.value, e.title) for e in events] == [
        ("2026-01-26TAF", "Three climbers were injured when rocks fell on a trail above Zermatt")
    ]
