"""Fixes from batch BY (seeds 307-310): a bare "Last updated 14:05 GMT" stamp is page
furniture; a quake (not only an earthquake) is a disaster, and a casualty verb ("killed") is
an attack only when no other type's cue occurs; the U.S. Geological Survey is a body, not the
country; a name joined by "and" to a verb's subject acts too; a plan told in passing does not
move the story's day, so a deed told after it without a date is still that day's."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.event_types import classify

DAY = date(2025, 3, 3)  # a Monday


def test_an_update_stamp_is_no_event() -> None:
    x = extract("Live: floods in the north\n\nLast updated 14:05 GMT\n\nRivers rose.", DAY)
    stamp = [s for s in x.sentences if s.text.startswith("Last updated")]
    assert stamp and stamp[0].boilerplate
    assert not [e for e in x.events if "updated" in e.title.lower()]


def test_a_quake_that_killed_is_a_disaster_and_gunmen_who_killed_an_attack() -> None:
    assert classify("The region was hit by a magnitude 6.7 quake that killed 41 people") == (
        "disaster"
    )
    assert classify("Gunmen killed five people, police said") == "attack_or_clash"


def test_the_geological_survey_is_a_body() -> None:
    (quake,) = events_of(
        "A magnitude 6.1 earthquake struck near Van on Monday, the US Geological Survey said.",
        DAY,
    )
    assert "U.S. Geological Survey" in quake.actors
    assert "United States" not in (*quake.actors, *quake.places)


def test_a_name_joined_to_a_subject_by_and_acts_too() -> None:
    (merger,) = events_of(
        "Sweden's Norrvik Bank and Finland's Saimaa Savings agreed on Monday to merge.", DAY
    )
    assert {"Norrvik Bank", "Saimaa Savings"} <= set(merger.actors)


def test_a_plan_in_passing_does_not_end_the_storys_day() -> None:
    events = events_of(
        "Norrvik Bank agreed on Monday to buy Saimaa Savings. Shareholders will vote on the "
        "deal in May. Saimaa shares rose 9% in Helsinki trading.",
        DAY,
    )
    rise = [e for e in events if "rose" in e.title]
    assert [e.date.value for e in rise] == ["2025-03-03"]
