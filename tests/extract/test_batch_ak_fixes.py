"""Fixes from batch AK (seeds 160-163): an undated article that tells of a later year than its
latest full date gets no provisional day; an opening "Born ... on March 2, 1941," keeps its
year; a place named after a queen is no person; a season over two years; a stretch of clock
times is one date; an acronym and a company word are one name; a month does not continue a
place's name; "the third ... this year" is a count; a place, date and label line dates the
article; an adverb of manner between subject and verb, and an age aside, leave the subject."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.entities import find_entities
from tracker.extract.timex import tag_timexes
from tracker.load.dateline import find_publication_mark

DAY = date(2026, 1, 22)  # a Thursday


def test_a_later_year_than_the_latest_full_date_leaves_the_article_undated() -> None:
    x = extract(
        "Obituary\n\nBorn in Lyon on May 4, 1930, Marc Roux joined the observatory in 1955. "
        "He led it from 1980 to 1995. He died on Sunday."
    )
    assert x.published is None and not x.published_inferred
    assert any("left unresolved" in w for w in x.warnings)


def test_an_opening_birth_phrase_keeps_the_year_of_its_date() -> None:
    (born,) = events_of("Born in Lyon on May 4, 1930, Marc Roux studied chemistry.", DAY)
    assert born.title == "Marc Roux born in Lyon" and born.date.value == "1930-05-04"


def test_a_place_named_after_a_queen_is_no_person() -> None:
    found = find_entities("Pilots flew radar surveys over Queen Maud Land in 1968.")
    assert [(e.name, e.kind) for e in found] == [("Queen Maud Land", "place")]


def test_a_season_over_two_years_runs_to_the_end_of_the_second() -> None:
    (summer,) = tag_timexes("In the austral summer of 1968-69, she flew 40 flights.")
    assert summer.value == "1968-SU" and summer.interval_end == date(1969, 12, 31)


def test_a_stretch_of_clock_times_is_one_date() -> None:
    events = events_of("Controllers will stop work on Friday from 10 a.m. to 6 p.m. in Italy.", DAY)
    assert [e.date.value for e in events] == ["2026-01-23T10:00"]


def test_an_acronym_and_a_company_word_are_one_name() -> None:
    found = find_entities("KLM Airways and ITA Group said so.")
    assert [e.name for e in found] == ["KLM Airways", "ITA Group"]


def test_a_month_does_not_continue_a_place_name() -> None:
    found = find_entities("She was tested in Eldoret on Nov. 3, 2024.")
    assert [e.name for e in found] == ["Eldoret"]


def test_the_nth_to_happen_this_year_is_a_count() -> None:
    assert events_of("The strike is the third to hit Italian aviation this year.", DAY) == ()


def test_a_place_date_and_label_line_dates_the_article() -> None:
    text = "# Title\n\n*Lausanne, 22 January 2026 · Sports desk*\n\nThe court ruled on Thursday."
    mark = find_publication_mark(text)
    assert mark is not None and mark.date == DAY


def test_an_adverb_of_manner_and_an_age_aside_leave_the_subject() -> None:
    events = events_of(
        "Ruth Kamau, 31, who won the Paris Marathon in April 2024, was tested in May. "
        "The Athletics Integrity Unit provisionally suspended her in June 2024 and banned "
        "her in March 2025.",
        DAY,
    )
    titles = {e.date.value: e.title for e in events}
    assert titles["2024-04"] == "Ruth Kamau won the Paris Marathon"
    assert titles["2025-03"] == "The Athletics Integrity Unit banned her"
    assert "Athletics Integrity Unit" in next(e for e in events if e.date.value == "2024-06").actors
