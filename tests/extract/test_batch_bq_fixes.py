"""Fixes from batch BQ (seeds 280-283): a measure with a phrase after it, and a share of
output generated, are a year's figures, no events; a place does not begin, so "which began"
after "talks in Istanbul" is the talks'; "the combined company" names no earlier body, and
the body that says what it will do acts; the event scorer compares names without accents."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.eval.events import GoldEvent, score_article

DAY = date(2026, 3, 4)  # a Wednesday


def test_a_years_figures_are_no_events() -> None:
    events = events_of(
        "Vaccination rates for the second dose fell to 68% last year. The country generated "
        "41% of its power from gas in 2025.",
        DAY,
    )
    assert events == ()


def test_what_began_after_talks_in_a_place_is_the_talks() -> None:
    events = events_of(
        "Talks between the two delegations in Geneva, which began on Monday, were suspended "
        "on Tuesday.",
        DAY,
    )
    assert [(e.date.value, e.title) for e in events][:1] == [
        ("2026-03-02", "Talks between the two delegations began")
    ]


def test_the_combined_company_is_the_sayers_to_tell() -> None:
    events = events_of(
        "Halden Bank agreed on Monday to buy Norvik Finans. The combined company will close "
        "40 branches by 2028, Halden Bank said.",
        DAY,
    )
    plan = [e for e in events if e.date.value == "2028"]
    assert [e.actors for e in plan] == [("Halden Bank",)]


def test_the_event_scorer_compares_names_without_accents_or_case() -> None:
    (event,) = events_of("Floods hit Iași on Monday.", DAY)
    gold = GoldEvent(date(2026, 3, 2), date(2026, 3, 2), frozenset(), frozenset({"IASI"}))
    matched, missed, spurious = score_article([event], [gold])
    assert (matched, missed, spurious) == (1, [], [])
