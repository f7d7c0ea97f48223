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


def test_the_century_a_thing_comes_from_dates_nothing() -> None:
    """(batch BL, seed 263) "escaped with 40 gold coins from the 17th century": the coins'
    age; "was founded in the 12th century" still dates the founding."""
    events = events_of(
        "Thieves broke into the museum on Sunday and escaped with 40 gold coins from the 17th "
        "century.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2025-03-09"]
    assert [e.date.value for e in events_of("The abbey was founded in the 12th century.", DAY)] == [
        "11"
    ]


def test_a_when_clause_after_a_date_that_is_the_predicate_is_one_event() -> None:
    """(batch BL) "The next meeting is on March 26, when it will also publish forecasts": what
    happens at the meeting is told with it, not as a second event."""
    events = events_of(
        "The bank's next policy meeting is on March 26, when it will also publish new forecasts.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2025-03-26"]
