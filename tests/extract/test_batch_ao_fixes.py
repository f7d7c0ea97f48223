"""Fixes from batch AO (seeds 176-179): "by the time" opens the dated clause; a transitive
"ending X" is a clause of its own; "the approval of the European Parliament, which" is about
the Parliament; "recalls the 2019 theft" dates that theft and titles it."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of

DAY = date(2025, 11, 18)  # a Tuesday


def test_by_the_time_opens_the_dated_clause() -> None:
    (arrived,) = events_of(
        "The bank had closed few accounts by the time inspectors arrived in March 2023.", DAY
    )
    assert arrived.title == "Inspectors arrived"


def test_ending_with_an_object_is_a_clause_of_its_own() -> None:
    events = events_of(
        "The two blocs signed the treaty in Quito on Saturday, ending talks that began in 1999.",
        DAY,
    )
    titles = {e.date.value: e.title for e in events}
    assert not titles["1999"].startswith("The two blocs signed")


def test_a_relative_clause_after_of_a_name_is_about_the_name() -> None:
    (vote,) = events_of(
        "The deal needs the approval of the European Parliament, which is expected to vote "
        "on it in the spring.",
        DAY,
    )
    assert vote.title == "The European Parliament is expected to vote on it"


def test_a_past_happening_named_after_its_year_is_dated_and_titled() -> None:
    events = events_of("The raid recalls the 2019 theft of paintings from the Kassel museum.", DAY)
    assert [(e.date.value, e.title) for e in events] == [
        ("2019", "The theft of paintings from the Kassel museum")
    ]
