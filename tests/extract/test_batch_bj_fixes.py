"""Fixes from batch BJ (seeds 253-256): a byline that names where it was filed dates the
article ("By a staff reporter — Lyon, March 3, 2024"); "by Thursday evening" bounds a state
and leaves the story's day where it was; a "when" clause after a ranked time ("its worst
season in 2016, when ...") is one event with it; "the first ... since" reaches across a longer
phrase; where one visits is a place; "had forecast in December" was forecast then; a state
told with "now" in a clause dated already is no second event."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.timex import tag_timexes
from tracker.load.dateline import find_publication_mark

DAY = date(2024, 3, 6)  # a Wednesday


def test_a_byline_with_the_place_it_was_filed_dates_the_article() -> None:
    text = (
        "Storm closes ports\n\n*By a staff reporter — Lyon, March 3, 2024*\n\n"
        "Ports along the coast closed on Saturday as the storm arrived."
    )
    mark = find_publication_mark(text)
    assert mark is not None and mark.date == date(2024, 3, 3)
    x = extract(text)
    assert x.published == date(2024, 3, 3) and not x.published_inferred
    assert [e.date.value for e in x.events] == ["2024-03-02"]  # nothing from the byline


def test_a_state_bound_by_a_day_leaves_the_story_on_its_day() -> None:
    text = (
        "Fire\n\nA fire broke out at a depot in Valence on Tuesday afternoon. By Wednesday "
        "morning it had been put out.\n\nThe station closed at 4 p.m. and reopened at 10 p.m."
    )
    values = [t.value for t in tag_timexes(text, DAY)]
    assert values[-2:] == ["2024-03-05T16:00", "2024-03-05T22:00"]


def test_a_when_clause_after_a_ranked_time_is_one_event_with_it() -> None:
    events = events_of(
        "The valley had its worst flooding in 2013, when the river burst its banks at Passau.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2013"]
    assert "Passau" in events[0].places


def test_the_first_since_reaches_across_a_long_phrase_with_names() -> None:
    events = events_of(
        "The two presidents met in Vienna on Monday, the first formal meeting in Vienna "
        "between the two countries since 2009.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2024-03-04"]


def test_where_one_visits_is_a_place() -> None:
    events = events_of("Prime Minister Rutte will visit Warsaw on Friday.", DAY)
    assert [e.date.value for e in events] == ["2024-03-08"]
    assert events[0].places == ("Warsaw",) and "Poland" not in events[0].actors


def test_what_had_been_forecast_in_a_month_was_forecast_then() -> None:
    found = tag_timexes("Prices fell faster than the bank had forecast in December.", DAY)
    assert [t.value for t in found] == ["2023-12"]


def test_a_state_told_with_now_is_not_told_twice_in_a_dated_clause() -> None:
    events = events_of(
        "The central bank said on Wednesday that the outlook now pointed to three rate cuts "
        "this year.",
        DAY,
    )
    assert [e.rule for e in events].count("as-of-present") == 0
