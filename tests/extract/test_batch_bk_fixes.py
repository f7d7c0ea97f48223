"""Fixes from batch BK (seeds 257-260): a name before an apposition that opens with a
country's adjective says it ("Brightwave, the Dutch maker of network equipment, said");
gazetteer names of seven or eight words are found ("Organization for Security and
Co-operation in Europe"); a name after "the capital," is a place; "over the next 24 hours" in a
past sentence is no plan."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.cues import find_attribution
from tracker.extract.entities import find_entities
from tracker.extract.timex import tag_timexes

DAY = date(2025, 3, 10)  # a Monday


def test_a_name_before_an_apposition_with_a_country_adjective_says_it() -> None:
    found = find_attribution(
        "Kestrel Foods, the Danish maker of frozen meals, said on Monday it would close a plant."
    )
    assert found is not None and found.who == "Kestrel Foods"


def test_long_gazetteer_names_are_found_whole() -> None:
    found = find_entities(
        "Monitors from the Organization for Security and Co-operation in Europe arrived."
    )
    assert [(e.name, e.kind) for e in found] == [
        ("Organization for Security and Co-operation in Europe", "organization")
    ]


def test_a_name_after_the_capital_and_a_comma_is_a_place() -> None:
    events = events_of(
        "Voting was extended by two hours on Sunday in the capital, Velmora, where queues formed.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2025-03-09"]
    assert "Velmora" in events[0].places


def test_the_next_hours_of_a_past_sentence_are_no_plan() -> None:
    found = tag_timexes(
        "More than 40 aftershocks followed over the next 24 hours, the strongest on Saturday "
        "afternoon.",
        DAY,
    )
    assert [t.value for t in found if t.text.startswith("Saturday")] == ["2025-03-08TAF"]
