"""Fixes from batch AY (seeds 216-219): a figure's noun followed by a verb is no baseline
("Negotiators from nearly 200 countries agreed early on Sunday"); a relative clause of an
object tells its doer first after an auxiliary too, and only about a whole noun phrase; a
saying's date right after its verb is the saying's ("announced in early February"); "the
deadliest U.S. crash since 2001" counts no event; what had happened before neither moves the
story's day nor ends it, nor does a background date in the sentence of the day; "the board's
report" is the board's."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.timex import tag_timexes

DAY = date(2025, 11, 23)  # a Sunday


def test_a_figures_noun_followed_by_a_verb_is_no_baseline() -> None:
    events = events_of("Negotiators from nearly 200 countries agreed early on Sunday to act.", DAY)
    assert [e.date.value for e in events] == ["2025-11-23"]


def test_an_object_relative_clause_with_an_auxiliary_tells_its_doer_first() -> None:
    (demanded,) = events_of(
        "The union opposed the plan, which 80 countries had demanded on Friday.", DAY
    )
    assert demanded.title == "80 countries had demanded the plan"
    # not about a noun cut out of a longer phrase
    (cut,) = events_of(
        "It does not mention a move away from fossil fuels, which 80 countries had demanded "
        "on Friday.",
        DAY,
    )
    assert not cut.title.startswith("80 countries")


def test_a_sayings_date_right_after_its_verb_is_the_sayings() -> None:
    (t,) = tag_timexes(
        "The union opposed the plan, which the president announced in early February.", DAY
    )
    assert t.value == "2025-02"


def test_the_deadliest_crash_since_a_month_counts_no_event() -> None:
    assert events_of("It was the deadliest U.S. air crash since November 2001.", DAY) == ()


def test_background_dates_do_not_end_the_storys_day() -> None:
    events = events_of(
        "Chepkoech won the marathon on Sunday, taking 54 seconds off the record set in "
        "October 2024. She had finished second in London in April.\n\n"
        "In the men's race, Ethiopia's Milkesa Mengesha won in 2:05:40.",
        DAY,
    )
    won = [e for e in events if "Milkesa Mengesha" in e.actors]
    assert [e.date.value for e in won] == ["2025-11-23"]


def test_the_bodys_own_noun_in_the_possessive_is_the_body() -> None:
    events = events_of(
        "The National Transportation Safety Board released a report on Thursday. The board's "
        "final report is expected in March.",
        DAY,
    )
    assert [e.actors for e in events][-1] == ("National Transportation Safety Board",)
