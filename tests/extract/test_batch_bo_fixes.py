"""Fixes from batch BO (seeds 272-275): an article without a date is not dated by a day it
tells of as to come; the adjectives of Scotland, Wales and other regions name them; a name
where a speaker is from is a place, and a long speaker's phrase leaves the title; a stretch
counted from another happening dates no deadline; the years of a list of figures date no
event; a relative clause after a phrasal verb's object is an event of its own."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.entities import find_entities

DAY = date(2025, 11, 18)  # a Tuesday


def test_a_day_told_as_to_come_does_not_date_the_article() -> None:
    result = extract(
        "Council to consult on library closures\n\nThe council voted yesterday to close four "
        "libraries. It will hold a public consultation from 2 March 2026 to 30 April 2026."
    )
    assert result.published is None
    # a past full date still does, provisionally
    result = extract(
        "Council to consult on library closures\n\nThe council voted on 12 January 2026 to "
        "close four libraries. It will hold a public consultation from 2 March 2026."
    )
    assert (result.published, result.published_inferred) == (date(2026, 1, 12), True)


def test_the_adjectives_of_regions_name_them() -> None:
    found = find_entities("Scottish fishermen and Welsh farmers met Flemish traders.")
    assert [(e.name, e.kind) for e in found] == [
        ("Scotland", "place"),
        ("Wales", "place"),
        ("Flanders", "place"),
    ]
    # an institution of the region stays one
    assert [e.name for e in find_entities("The Scottish Parliament voted.")] == [
        "Scottish Parliament"
    ]


def test_where_a_speaker_is_from_is_a_place_and_leaves_the_title() -> None:
    events = events_of(
        "A retired teacher from a school in Dunfermline told the hearing that classes were "
        "cancelled in late March 2020.",
        DAY,
    )
    assert [(e.title, e.actors, e.places) for e in events] == [
        ("Classes were cancelled", (), ("Dunfermline",))
    ]


def test_a_stretch_counted_from_another_happening_dates_no_deadline() -> None:
    events = events_of(
        "The ministry said on Monday that it would answer the report within six months of "
        "publication.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2025-11-17"]
    # counted from the article's day, it does
    events = events_of("The company will have 30 days to appeal the ruling.", DAY)
    assert [e.date.value for e in events] == ["P30D"]


def test_the_years_of_a_list_of_figures_date_no_event() -> None:
    events = events_of(
        "Members will vote on an offer of 5% this year and 3% next year in a ballot closing on "
        "Dec. 2.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2025-12-02"]


def test_a_relative_clause_after_a_phrasal_verbs_object_is_its_own_event() -> None:
    events = events_of(
        "Pilots have called off a strike that was due to begin on Friday.", date(2026, 3, 12)
    )
    assert [(e.date.value, e.title) for e in events] == [
        ("2026-03-13", "A strike was due to begin")
    ]
