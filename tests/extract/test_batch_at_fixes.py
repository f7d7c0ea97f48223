"""Fixes from batch AT (seeds 196-199): a clock time before a full date is on that date; a
participle aside closed before the main verb leaves the main clause whole; "Izmir" is written
with a plain capital I."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities
from tracker.extract.timex import tag_timexes

DAY = date(2025, 11, 3)  # a Monday


def test_a_clock_time_before_a_full_date_is_on_that_date() -> None:
    first, _ = tag_timexes("The span fell at about 3 a.m. on Sept. 11, 2024.", DAY)
    assert first.value == "2024-09-11T03:00"


def test_a_participle_aside_before_the_main_verb_leaves_the_main_clause() -> None:
    (opened,) = events_of(
        "The trial of men accused over a boat that sank off Crotone, killing 94 people, "
        "opened in Palermo on Tuesday.",
        DAY,
    )
    assert opened.title.startswith("The trial of men accused")


def test_a_turkish_city_is_written_with_a_plain_capital_i() -> None:
    assert [e.name for e in find_entities("The boat left Izmir at night.")] == ["Izmir"]
