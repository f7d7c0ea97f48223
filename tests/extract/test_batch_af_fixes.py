"""Fixes from batch AF (seeds 140-143): two dates in two clauses date two events, an article
that writes a date day first writes them all so, products' keeping dates, "the rest of", a
holiday naming a recess, and seasons written "2012-13"."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.pipeline import writes_day_first
from tracker.extract.timex import tag_timexes

DAY = date(2025, 12, 4)  # a Thursday


def _events(body: str, published: date = DAY):
    return extract(f"News\n\n{body}", published).events


def test_a_time_in_another_clause_leaves_the_day_its_own_event() -> None:
    events = _events(
        "The council approved the budget on Wednesday night after a debate that ran past midnight."
    )
    assert any(e.title.startswith("The council approved the budget") for e in events)


def test_an_article_writing_a_date_day_first_writes_them_all_so() -> None:
    assert writes_day_first("Use by 30/11/2025.")
    assert not writes_day_first("Use by 11/30/2025 or 30/11/2025.")
    assert not writes_day_first("Sold on 11/12/2025.")


def test_a_products_keeping_dates_date_nothing() -> None:
    events = _events(
        "Kordal recalled its yoghurt on Monday. The pots carry best-before dates between "
        "05/12/2025 and 20/12/2025."
    )
    assert [e.date.value for e in events] == ["2025-12-01"]


def test_the_rest_of_a_period_leaves_no_dangling_words() -> None:
    (carried,) = _events("For the rest of the 19th century the canal carried coal.")
    assert carried.title == "The canal carried coal"


def test_a_holiday_naming_a_recess_dates_nothing() -> None:
    events = _events("The senate will vote before the Christmas recess begins on Dec. 19.")
    assert all(e.date.value != "2025-12-25" for e in events)


def test_seasons_written_with_the_next_year_short() -> None:
    (season,) = tag_timexes("The lockout of 2012-13 cut the season.", DAY)
    assert (season.text, season.value) == ("2012-13", "2012")
    assert (season.interval_start, season.interval_end) == (date(2012, 1, 1), date(2013, 12, 31))
