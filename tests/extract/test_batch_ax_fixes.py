"""Fixes from batch AX (seeds 212-215): a company's abbreviation keeps its period ("Orchard
Inc."), and its first word stands for it beside a product named alike ("Orchard Air"); present
verbs of a schedule ("Preorders begin on Friday, and the phone goes on sale ...") split two
clauses; the deed a verdict judges ("guilty of murdering ... in June 2023") is a clause of its
own; a body whose people did something ("Police said detectives had recovered ...") acts."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.clauses import clause_spans
from tracker.extract.entities import find_entities

DAY = date(2025, 9, 10)  # a Wednesday


def test_a_company_abbreviation_keeps_its_period() -> None:
    (orchard,) = find_entities("Orchard Inc. unveiled a phone.")
    assert orchard.name == "Orchard Inc."


def test_the_first_word_of_a_company_stands_for_it_beside_a_product() -> None:
    events = events_of(
        "Orchard Inc. unveiled its phone on Tuesday. The Orchard Air will cost $999.\n\n"
        "Orchard's shares fell 1.5% on Tuesday.",
        DAY,
    )
    assert [e.actors for e in events] == [("Orchard Inc.",), ("Orchard Inc.",)]


def test_present_verbs_of_a_schedule_split_two_clauses() -> None:
    text = "Preorders begin on Friday, and the phone goes on sale on Sept. 19."
    assert len(clause_spans(text)) == 2


def test_the_deed_a_verdict_judges_is_a_clause_of_its_own() -> None:
    events = events_of(
        "A jury on Tuesday found a man guilty of murdering two shoppers in Bradford in June 2023.",
        DAY,
    )
    assert [(e.date.value, e.title) for e in events] == [
        ("2025-09-09", "A jury found a man guilty of murdering two shoppers in Bradford"),
        ("2023-06", "Murdering two shoppers in Bradford"),
    ]


def test_a_body_whose_people_did_it_acts() -> None:
    (recovered,) = events_of(
        "West Yorkshire Police said detectives had recovered the weapon in July 2023.", DAY
    )
    assert recovered.actors == ("West Yorkshire Police",)
