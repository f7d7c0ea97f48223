"""Fixes from batch BD (seeds 233-236): a headline's short name is the name the body gives in
full; "It is expected to ..." takes up the body the sentence before opened with; the subject
two predicates share stops before a relative aside ("Ciolacu, who had led the polls, came
third and conceded defeat"); a clause that only says who told ("results showed on Monday")
is no event."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract

DAY = date(2025, 9, 12)  # a Friday


def test_a_headlines_short_name_is_the_full_name_of_the_body() -> None:
    text = (
        "Payments firm Kestrel's shares jump 40% in debut\n\n"
        "Shares of Kestrel Technologies jumped 40% on Thursday."
    )
    names = [e.name for e in extract(text, DAY).entities]
    assert names == ["Kestrel Technologies", "Kestrel Technologies"]


def test_it_is_expected_to_takes_up_the_body_before() -> None:
    events = events_of(
        "Kestrel Technologies priced its offering on Wednesday.\n\nThe company processes "
        "payments for small businesses. It is expected to report results in November.",
        DAY,
    )
    assert events[-1].title.startswith("Kestrel Technologies is expected to report")


def test_a_shared_subject_stops_before_a_relative_aside() -> None:
    (conceded,) = events_of(
        "Prime Minister Marcel Ciolacu, who had led the polls for months, came third and "
        "conceded defeat on Thursday.",
        DAY,
    )
    assert conceded.title == "Prime Minister Marcel Ciolacu conceded defeat"


def test_a_clause_that_only_says_who_told_is_no_event() -> None:
    events = events_of("Georgescu won the most votes on Sunday, results showed on Monday.", DAY)
    assert [e.date.value for e in events] == ["2025-09-07"]
    # a passive tells something
    assert len(events_of("The outbreak was confirmed on Tuesday.", DAY)) == 1
