"""Fixes from batch AR (seeds 188-191): what an apposition summing up a deed says may come of
it puts no plan on the deed; "the first ... since the 2011 disaster" is a count; a name then
its apposition then a verb acts; a one-word owner before a named place is apart from it."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities

DAY = date(2026, 2, 3)  # a Tuesday


def test_an_apposition_summing_up_the_deed_puts_no_plan_on_it() -> None:
    events = events_of(
        "A court in Batumi on Monday jailed the activist Lela Abashidze, a verdict her "
        "lawyers said they would appeal.",
        DAY,
    )
    assert events[0].modality in ("asserted", "reported")


def test_the_first_since_a_named_disaster_is_a_count() -> None:
    events = events_of(
        "Kansai Power restarted a reactor on Monday, the first it has run since the 2011 "
        "Fukushima disaster.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2026-02-02"]


def test_a_name_its_apposition_and_a_verb_make_a_subject() -> None:
    (raised,) = events_of(
        "Voltiq, a Berlin start-up developing batteries, has raised 300 million euros, it "
        "said on Monday.",
        DAY,
    )
    assert "Voltiq" in raised.actors


def test_a_one_word_owner_before_a_named_place_is_apart() -> None:
    found = find_entities("Tepco's Fukushima Daiichi plant was crippled by a tsunami.")
    assert [e.name for e in found] == ["Tepco", "Fukushima Daiichi"]
