"""Fixes from batch AN (seeds 172-175): a time of the night after a participle's comma leaves
the day before it to the main clause; "p.m. No one ..." ends a sentence; what a relative
clause after the date will do puts no plan on the deed; a camel-case name opens a sentence as
a name; "X said he would" is X; a verb the finite list lacks can be a relative clause's own;
"until 2030" opens no clause."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities
from tracker.extract.sentences import split_sentences

DAY = date(2026, 4, 14)  # a Tuesday


def test_a_participle_clause_keeps_the_day_before_it_for_the_main_clause() -> None:
    events = events_of(
        "A tanker derailed near Riesa late on Monday, forcing 800 residents to leave overnight.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2026-04-13", "2026-04-13TNI"]


def test_a_clock_abbreviation_before_no_one_ends_a_sentence() -> None:
    text = "The wagons left the tracks at about 10:15 p.m. No one was injured."
    assert len(split_sentences(text)) == 2


def test_what_a_thing_will_do_later_puts_no_plan_on_the_deed() -> None:
    (won,) = events_of(
        "Orbitum won a contract in June 2024 to build the tug that will push the station.", DAY
    )
    assert won.modality == "asserted"


def test_a_camel_case_word_opens_a_sentence_as_a_name() -> None:
    assert [e.name for e in find_entities("SpaceX won the contract.")] == ["SpaceX"]


def test_who_said_he_would_is_the_sayer() -> None:
    events = events_of(
        "Prime Minister Ana Kovač accepted the resignation and said she would propose a "
        "successor to President Marko Horvat by Friday.",
        DAY,
    )
    assert any(e.title.startswith("Ana Kovač would propose") for e in events)


def test_a_verb_the_finite_list_lacks_can_be_a_relative_clause_own() -> None:
    (agreed,) = events_of(
        "The agencies that run the Harbin station agreed on Monday to extend its life.", DAY
    )
    assert agreed.title.startswith("The agencies that run the Harbin station agreed")
