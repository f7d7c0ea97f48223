"""Fixes from batch AQ (seeds 184-187): a name before its apposition says what it says and
acts; a period that is the subject of "was" dates no event; the sayer of a saying titled
"X: ..." acts; "ends on Thursday" in the present is a schedule; regnal numbers belong to the
name; a deadline's "It" is the body before; "full-year" is no background."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.cues import find_attribution
from tracker.extract.entities import find_entities

DAY = date(2026, 1, 9)  # a Friday


def test_a_name_before_its_apposition_is_the_sayer() -> None:
    a = find_attribution("Hexa, Germany's largest forwarder, said on Thursday its profit rose.")
    assert a is not None and a.who == "Hexa"


def test_a_period_that_is_the_subject_of_was_dates_no_event() -> None:
    events = events_of("Only 2024 was hotter, and 2023 was the third-warmest year.", DAY)
    assert events == ()


def test_the_sayer_of_a_saying_on_its_day_acts() -> None:
    (said,) = events_of(
        "Last year was the wettest on record, the Met Agency of Norland said on Friday.", DAY
    )
    assert "Met Agency of Norland" in said.actors


def test_a_visit_that_ends_on_a_weekday_in_the_present_is_ahead() -> None:
    (ends,) = events_of("The royal visit ends on Thursday in Osaka.", DAY)
    assert ends.date.value == "2026-01-15"


def test_a_regnal_number_belongs_to_the_name() -> None:
    assert [e.name for e in find_entities("King Olav V opened it.")] == ["Olav V"]


def test_a_deadline_it_is_the_body_the_sentence_before_opened_with() -> None:
    events = events_of(
        "The air accident office GPIAAF has opened an investigation into the incident on "
        "Monday. It will publish a report within 30 days.",
        DAY,
    )
    deadline = next(e for e in events if e.rule == "deadline")
    assert deadline.title.startswith("GPIAAF will publish")


def test_a_landmark_after_until_or_before_times_the_main_clause() -> None:
    (hopes,) = events_of(
        "The club hopes to name a coach before the international break next month.", DAY
    )
    assert hopes.title == "The club hopes to name a coach before the international break"
    (invasion,) = events_of(
        "Prices stay above their level before Russia's invasion of Ukraine in February 2022.",
        DAY,
    )
    assert invasion.title == "Russia's invasion of Ukraine"
