"""Fixes from batch AJ (seeds 156-159): a standing warning is of what is to come, a closing
price is one already set, "but" parts two dated clauses, a company name after a role noun is
no person, a compound before a name leaves the name, an aside in commas before a date stays
in its clause, a clock time told in the past after a forecast day is of the last day gone
by, and a date between a determiner and its noun leaves the noun in the title."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities
from tracker.extract.timex import tag_timexes

DAY = date(2026, 11, 12)  # a Thursday


def test_a_standing_warning_is_of_what_is_to_come() -> None:
    (saturday,) = tag_timexes("Forecasters have warned of snow on Saturday.", DAY)
    assert saturday.value == "2026-11-14"


def test_a_closing_price_is_one_already_set() -> None:
    found = tag_timexes("The buyer will pay a premium to the closing price on Monday.", DAY)
    assert [t.value for t in found] == ["2026-11-09"]


def test_a_premium_to_a_named_closing_price_dates_no_event() -> None:
    events = events_of(
        "Halden Group will pay 40 crowns a share, a 20% premium to Varna's closing price on "
        "Monday.",
        DAY,
    )
    assert events == ()


def test_but_parts_two_dated_clauses() -> None:
    events = events_of(
        "Marlow Foods tried to buy the rival dairy Kestrel Farms in 2024, but dropped the "
        "bid in November that year.",
        DAY,
    )
    assert sorted(e.date.value for e in events) == ["2024", "2024-11"]


def test_a_company_name_after_a_role_noun_is_no_person() -> None:
    found = find_entities("It bought the Finnish designer Kelo Systems in 2024.")
    assert ("Kelo Systems", "unknown") in [(e.name, e.kind) for e in found]


def test_a_compound_before_a_name_leaves_the_name() -> None:
    found = find_entities("It was sold to Texas-based Harlow Energy last year.")
    assert [e.name for e in found] == ["Texas", "Harlow Energy"]


def test_an_aside_in_commas_before_a_date_stays_in_its_clause() -> None:
    (warned,) = events_of(
        "The agency issued three flood warnings, meaning a danger to life, on Wednesday "
        "afternoon in Worcester.",
        DAY,
    )
    assert warned.title.startswith("The agency issued three flood warnings")


def test_a_clock_time_told_in_the_past_after_a_forecast_day_is_of_the_last_day_gone() -> None:
    found = tag_timexes(
        "Crews worked through Wednesday night and said the river would peak on Friday. "
        "A wall collapsed at about 11pm.",
        DAY,
    )
    assert found[-1].value == "2026-11-11T23:00"


def test_a_date_between_a_determiner_and_its_noun_leaves_the_noun() -> None:
    (won,) = events_of("The Greens won 12 seats in the March 10 election in Bremen.", DAY)
    assert won.title == "The Greens won 12 seats in the election in Bremen"
