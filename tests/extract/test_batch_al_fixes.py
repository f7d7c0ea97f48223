"""Fixes from batch AL (seeds 164-167): a part of a day before "of" and a date is no clause
and leaves the title with its date; "then" parts two dated clauses; a deed's end told as a
participle stays with it; "scheduled as" a monument is no plan; a body named after a nation
is one body; a role opening a sentence before a name makes a person."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities

DAY = date(2026, 3, 9)  # a Monday


def test_a_part_of_a_day_before_a_date_is_no_clause() -> None:
    (attack,) = events_of(
        "A cyberattack has shut the systems of Harwick District Council since the early "
        "hours of Wednesday, leaving residents unable to pay bills.",
        DAY,
    )
    assert attack.title == "A cyberattack has shut the systems of Harwick District Council"


def test_the_night_of_a_date_leaves_the_title_with_it() -> None:
    (began,) = events_of("The outage at Harwick began on the night of March 4.", DAY)
    assert began.title == "The outage at Harwick began"


def test_then_parts_two_dated_clauses() -> None:
    events = events_of(
        "Peru began vaccinating children in Loreto in April, then paused the campaign on April 26.",
        DAY,
    )
    assert sorted(e.date.value for e in events) == ["2025-04", "2025-04-26"]


def test_a_deed_ending_told_as_a_participle_stays_with_it() -> None:
    events = events_of(
        "Students from Leeds excavated the fort for six weeks, finishing in August.", DAY
    )
    assert [e.title for e in events] == ["Students from Leeds excavated the fort for six weeks"]


def test_scheduled_as_a_monument_is_no_plan() -> None:
    (listed,) = events_of("The Halbury fort was scheduled as an ancient monument in February.", DAY)
    assert listed.modality == "asserted" and listed.date.value == "2026-02"


def test_a_body_named_after_a_nation_is_one_body() -> None:
    found = find_entities("Historic England said the site was rare.")
    assert [(e.name, e.kind) for e in found] == [("Historic England", "organization")]


def test_a_role_opening_a_sentence_before_a_name_makes_a_person() -> None:
    found = find_entities("Farmer Jim Irvine spotted the tiles. Prosecutor General's Office said.")
    assert ("Jim Irvine", "person") in [(e.name, e.kind) for e in found]
