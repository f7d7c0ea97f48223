"""Fixes from batch BC (seeds 229-232): a press release's legal disclaimer and a correction
note are boilerplate; a title-case headline gives no unknown names; "4:30 p.m. ET today" is one
time; figures reported "for the quarter" are the article's news, the quarter their period;
"the 1991-2020 average" is a reference; "from June 28 into early July" is one stretch; a
superlative month ("the third-warmest June") and what it ranks behind date nothing; a title
does not end with "as early as"."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.timex import tag_timexes

DAY = date(2025, 11, 6)  # a Thursday


def test_a_legal_disclaimer_and_a_correction_note_give_no_events() -> None:
    text = (
        "Norvane Reports Results\n\nThe company sold its first drug on Tuesday.\n\n"
        "This press release contains forward-looking statements within the meaning of the "
        "Private Securities Litigation Reform Act of 1995.\n\n"
        "Correction, Nov. 7, 2025: An earlier version of this article misstated the month."
    )
    assert [e.date.value for e in extract(text, DAY).events] == ["2025-11-04"]


def test_a_title_case_headline_gives_no_unknown_names() -> None:
    text = (
        "Norvane Therapeutics Reports Third Quarter Financial Results\n\n"
        "Norvane Therapeutics, Inc. today announced its results. Norvane reported a net loss."
    )
    names = {e.name for e in extract(text, DAY).entities}
    assert "Norvane Therapeutics Reports Third Quarter Financial Results" not in names
    assert not any("Reports" in n for n in names)


def test_a_clock_time_with_a_two_letter_zone_and_today_is_one_time() -> None:
    (t,) = tag_timexes("Norvane will host a call at 4:30 p.m. ET today.", DAY)
    assert t.value == "2025-11-06T16:30"


def test_figures_reported_for_the_quarter_are_the_articles_news() -> None:
    (loss,) = events_of("Norvane reported a net loss of $48.2 million for the quarter.", DAY)
    assert loss.date.as_of and loss.date.end == DAY


def test_a_reference_period_and_superlative_months_date_nothing() -> None:
    assert (
        events_of(
            "Globally, June 2025 was the third-warmest June, behind June 2024 and June 2023.", DAY
        )
        == ()
    )
    (hot,) = events_of(
        "The month was 2.8C above the 1991-2020 average, the agency said on Wednesday.", DAY
    )
    assert hot.date.value == "2025-11-05"


def test_from_a_day_into_a_month_is_one_stretch() -> None:
    (wave,) = events_of(
        "A heatwave, from June 28 into early July, sent temperatures above 40C.", DAY
    )
    assert (wave.date.start, wave.date.end) == (date(2025, 6, 28), date(2025, 7, 10))


def test_a_title_does_not_end_with_as_early_as() -> None:
    (trip,) = events_of("He could travel to Madrid for a medical as early as Friday.", DAY)
    assert trip.title == "He could travel to Madrid for a medical"


def test_a_years_figure_is_a_claim_not_an_event() -> None:
    assert events_of("Maple Air carried 9.6 million passengers in 2024.", DAY) == ()
    assert events_of("Suez Canal revenue fell to $4 billion in 2024.", DAY) == ()
    # a toll is the story's own, and a deed with a figure is a deed
    assert len(events_of("Poaching deaths fell to 5 in 2024.", DAY)) == 1
    assert len(events_of("Voltiq raised 45 million euros in 2023.", DAY)) == 1
