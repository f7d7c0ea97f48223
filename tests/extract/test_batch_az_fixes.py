"""Fixes from batch AZ (seeds 220-223): landmarks built by people are places without "the"
too ("Heathrow Airport", "the International Space Station"), not a family name ("Pieter van
Dam"); "first" between a name and its verb leaves it the subject; "they" of a clause is who
the sentence named before it; a relative clause's doer may be a possessive phrase ("which
Chile's seismological centre recorded")."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities

DAY = date(2025, 3, 19)  # a Wednesday


def test_landmarks_built_by_people_are_places() -> None:
    kinds = {
        e.name: e.kind
        for e in find_entities(
            "Heathrow Airport reopened. It docked with the International Space Station."
        )
    }
    assert kinds == {"Heathrow Airport": "place", "International Space Station": "place"}
    (person,) = find_entities("Chief executive Pieter van Dam said.")
    assert person.kind != "place"


def test_first_between_a_name_and_its_verb_leaves_it_the_subject() -> None:
    (offer,) = events_of("Credito Lombardo first made its offer in September.", DAY)
    assert offer.actors == ("Credito Lombardo",)


def test_they_of_a_clause_is_who_the_sentence_named_before() -> None:
    events = events_of(
        "Two of them, Butch Wilmore and Suni Williams, had been in orbit since June 2024, "
        "when they flew to the station.",
        DAY,
    )
    (flew,) = [e for e in events if e.title.startswith("They flew")]
    assert "Suni Williams" in flew.actors


def test_a_relative_clauses_doer_may_be_a_possessive_phrase() -> None:
    events = events_of(
        "The collapse followed a tremor, which Chile's seismological centre recorded at "
        "5:34 p.m. on Thursday.",
        DAY,
    )
    assert "Chile's seismological centre recorded a tremor" in [e.title for e in events]
