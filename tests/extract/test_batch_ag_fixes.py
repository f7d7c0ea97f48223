"""Fixes from batch AG (seeds 144-147): "more likely than not" negates nothing, a plan that
had been set is hypothetical, weekdays in the plural name nobody, a body's place between it
and its verb, and a saying inside an "after" clause."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.cues import modality
from tracker.extract.entities import find_entities

DAY = date(2025, 10, 24)  # a Friday


def _events(body: str, published: date = DAY):
    return extract(f"News\n\n{body}", published).events


def test_more_likely_than_not_is_no_negation() -> None:
    assert modality("Traders see a cut in December as more likely than not.", False) != "negated"
    assert modality("The bank did not cut rates.", False) == "negated"


def test_a_plan_that_had_been_set_is_hypothetical() -> None:
    assert modality("The strike had been set to start at 7 a.m. on Saturday.", False) == (
        "hypothetical"
    )
    assert modality("The strike is set to start on Saturday.", False) == "planned"


def test_weekdays_in_the_plural_name_nobody() -> None:
    assert find_entities("Entry will be free on Sundays until April.") == []


def test_a_body_placed_before_its_verb_acts() -> None:
    (reopened,) = _events("The Royal Theatre in Aarhus reopened its main stage on Thursday.")
    assert "Royal Theatre" in reopened.actors


def test_a_saying_inside_an_after_clause_is_what_follows_the_day() -> None:
    events = _events("Oil rose 2% after Norway said on Thursday it would cut output in 2026.")
    said = [e for e in events if e.date.value == "2025-10-23"]
    assert said and said[0].title.startswith("Norway would cut output")
