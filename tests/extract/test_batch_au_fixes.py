"""Fixes from batch AU (seeds 200-203): a name before "of" and a place ("Madison Keys of the
United States"); one word opening a sentence and doing what a body does ("Lufthansa cancelled
120 flights"); "the tribunal" for the Constitutional Tribunal named before; whoever is asked,
or something is lost or sold to, takes part; a time zone belongs to its clock time; "p.m."
before a capitalised word ends a sentence; a deed of the story's day is read apart from a
saying joined on after it; "before dawn" is no subordinate clause."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities
from tracker.extract.sentences import split_sentences
from tracker.extract.timex import tag_timexes

DAY = date(2026, 5, 7)  # a Thursday


def test_a_name_before_of_and_a_country_is_kept() -> None:
    names = [e.name for e in find_entities("She lost to Anna Keys of the United States.")]
    assert names == ["Anna Keys", "United States"]
    # an institution is still one name
    names = [e.name for e in find_entities("The Central Bank of the Russian Federation said.")]
    assert names == ["Central Bank of the Russian Federation"]


def test_one_word_opening_a_sentence_with_a_deed_on_something_is_a_name() -> None:
    names = [e.name for e in find_entities("Hello there. Vantora cancelled 120 flights.")]
    assert "Vantora" in names
    # a plural or a common noun is not
    assert find_entities("Hello there. Crews closed the breach in the levee.") == []


def test_the_head_noun_of_a_tribunal_named_before_is_that_tribunal() -> None:
    events = events_of(
        "Lawyers asked the Constitutional Tribunal in February to block the law. "
        "The tribunal declined to hear the case on Tuesday.",
        DAY,
    )
    assert [e.actors for e in events] == [("Constitutional Tribunal",)] * 2


def test_whoever_a_final_is_lost_to_takes_part_and_is_no_place() -> None:
    (final,) = events_of("Ivana Petrov lost the final to Madison Keys on Saturday.", DAY)
    assert "Madison Keys" in final.actors
    assert "Madison Keys" not in final.places


def test_a_time_zone_belongs_to_its_clock_time() -> None:
    (t,) = tag_timexes("The outage began at 9:40 a.m. CET.", DAY)
    assert t.text == "9:40 a.m. CET"
    (began,) = events_of("The outage began at 9:40 a.m. CET on Wednesday.", DAY)
    assert "CET" not in began.title


def test_p_m_before_a_capitalised_word_ends_the_sentence() -> None:
    text = "Power was back by 4:15 p.m. Lufthansa cancelled flights. It ended at 5 p.m. Monday."
    assert len(split_sentences(text)) == 3


def test_a_deed_of_the_day_is_read_apart_from_a_saying_joined_after_it() -> None:
    events = events_of(
        "A faulty update knocked websites offline across Europe on Wednesday.\n\n"
        "Lufthansa cancelled 120 flights from Frankfurt, and Deutsche Bank said its app had "
        "been down for most of the day.",
        DAY,
    )
    cancelled = [e for e in events if "Lufthansa" in e.actors]
    assert [(e.date.value, e.modality) for e in cancelled] == [("2026-05-06", "asserted")]


def test_before_dawn_is_no_subordinate_clause() -> None:
    events = events_of(
        "A landslide buried a village before dawn on Monday, killing 23 people, officials "
        "said on Wednesday.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2026-05-04"]
