"""Fixes from batch AH (seeds 148-151): a modal stops a relative clause's antecedent, "Dr"
without a period is a title, a deed announced on the story's day is an event of it, and what
could follow a dated clause is no condition on it."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.entities import find_entities

DAY = date(2025, 8, 3)  # a Sunday


def _events(body: str, published: date = DAY):
    return extract(f"News\n\n{body}", published).events


def test_a_name_before_a_relative_clause_is_its_antecedent() -> None:
    (visit,) = _events("She will meet President Lula da Silva, who visited Oslo in May 2024.")
    assert visit.title == "President Lula da Silva visited Oslo"


def test_dr_without_a_period_is_a_title() -> None:
    found = find_entities("The lead author, Dr Anna Berg of Lund University, said so.")
    assert ("Anna Berg", "person") in [(e.name, e.kind) for e in found]


def test_a_deed_announced_on_the_story_day_is_an_event_of_it() -> None:
    events = _events(
        "A bus fell into a gorge near Kullu late on Saturday, police said. Chief Minister "
        "Ravi Sood ordered an inquiry and announced compensation for the families."
    )
    assert any(e.rule == "narrative-day" and "Ravi Sood" in e.actors for e in events)


def test_what_could_follow_a_dated_clause_is_no_condition_on_it() -> None:
    (fell,) = _events(
        "Coral cover fell by a third between 2022 and 2025, as heatwaves bleached reefs "
        "before they could recover."
    )
    assert fell.modality == "asserted"
