"""Fixes from batch BW (seeds 300-302): "the year" describing a year just named is no
expression of its own (a counter-example in relative.yaml); a share of something before a
relative clause leaves the something as its antecedent; a one-word place opening a sentence
before "maker" is the product; a month before "record" dates no event; ", where" opens a
clause of its own, a comma inside a figure no clause."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities

DAY = date(2025, 8, 5)  # a Tuesday


def test_a_share_before_a_relative_clause_leaves_the_thing_shared() -> None:
    events = events_of(
        "The state has paid for about 60% of the bridge, which was first proposed in 1998.", DAY
    )
    assert [e.title for e in events] == ["The bridge was first proposed"]


def test_a_place_opening_a_sentence_before_maker_is_the_product() -> None:
    found = find_entities("Tyre maker Halvorsen will close its plant in Dundee.")
    assert ("Tyre", "place") not in [(e.text, e.kind) for e in found]
    assert ("Dundee", "place") in [(e.name, e.kind) for e in found]


def test_a_month_before_record_dates_no_event() -> None:
    events = events_of("The previous August record, 45.9C, was set in Toledo in 2021.", DAY)
    assert [e.date.value for e in events] == ["2021"]


def test_where_opens_a_clause_of_its_own_past_a_figures_comma() -> None:
    events = events_of(
        "Crews fought 12 fires on Tuesday, the largest near Badajoz, where about 2,300 people "
        "were evacuated overnight.",
        DAY,
    )
    assert [e.title for e in events][-1:] == ["About 2,300 people were evacuated"]
