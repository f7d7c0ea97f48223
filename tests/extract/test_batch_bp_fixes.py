"""Fixes from batch BP (seeds 276-279): what a calendar lists in the present is to come;
"U.S." before a name ends no sentence; on a Sunday, "this week" to come is the week that
starts the next day; "he" said by an unnamed speaker is that speaker; the month a figure is of
dates no event; a weekday heading a calendar line leaves the title; "could" with a date to
come is a guess; a plural present verb holds a clause before ", and"."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.clauses import clause_spans
from tracker.extract.cues import modality
from tracker.extract.timex import tag_timexes

SUNDAY = date(2026, 3, 1)


def _values(text: str, dct: date = SUNDAY) -> list[str]:
    return [t.value for t in tag_timexes(text, dct)]


def test_what_a_calendar_lists_in_the_present_is_to_come() -> None:
    assert _values("Tuesday: The central bank announces its rate decision.") == ["2026-03-03"]
    assert _values("Friday: The statistics office publishes its payroll figures.") == ["2026-03-06"]
    # a past verb still makes it past
    assert _values("The central bank announced its rate decision on Tuesday.") == ["2026-02-24"]


def test_an_abbreviation_before_a_name_ends_no_sentence() -> None:
    assert _values("Friday: The U.S. Labor Department publishes its payroll figures.") == [
        "2026-03-06"
    ]


def test_this_week_to_come_written_on_a_sunday_is_the_next_week() -> None:
    assert _values("Central banks meet this week.") == ["2026-W10"]
    assert _values("Markets fell this week.") == ["2026-W09"]
    assert _values("Central banks meet this week.", date(2026, 3, 3)) == ["2026-W10"]
    assert _values("Markets fell last week.") == ["2026-W08"]


def test_he_said_by_an_unnamed_speaker_is_that_speaker() -> None:
    events = events_of(
        "Judge Ana Ruiz struck down the law on Monday. The state's attorney general said he "
        "would appeal the ruling on Tuesday.",
        date(2026, 1, 14),
    )
    titles = [e.title for e in events]
    assert "The state's attorney general would appeal the ruling" in titles


def test_the_month_a_figure_is_of_dates_no_event() -> None:
    events = events_of("The statistics office publishes February payrolls on Friday.", SUNDAY)
    assert [e.date.value for e in events] == ["2026-03-06"]


def test_a_weekday_heading_a_calendar_line_leaves_the_title() -> None:
    events = events_of("Tuesday: The central bank announces its decision at 2:30 p.m.", SUNDAY)
    assert [(e.date.value, e.title) for e in events] == [
        ("2026-03-03T14:30", "The central bank announces its decision")
    ]


def test_could_with_a_date_to_come_is_a_guess() -> None:
    assert modality("Analysts said the chip could cut costs by a fifth from next year.", True) == (
        "hypothetical"
    )
    assert modality("The company will open a plant next year.", False) == "planned"


def test_a_plural_present_verb_holds_a_clause_before_and() -> None:
    text = "Ticket sales open on Monday, and the festival starts on June 4."
    assert [text[s:e] for s, e in clause_spans(text)] == [
        "Ticket sales open on Monday",
        "the festival starts on June 4.",
    ]
