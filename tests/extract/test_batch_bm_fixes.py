"""Fixes from batch BM (seeds 264-267): a live report's entry time opening a line dates who
says what in it; a name set off by an apposition with "the" is the subject of the verb after
it; a country's adjective before a land noun is a place, and before another capitalised word
opens a name; a pronoun in an otherwise actorless event means the person named before; a
speaker's description and name before "said" are cut from the title; "X said it would ..."
titles "X would ..."; the source of an undated state acts when no one else does."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.cues import find_attribution
from tracker.extract.entities import find_entities
from tracker.extract.titles import make_title

DAY = date(2026, 2, 4)  # a Wednesday


def test_an_entry_time_before_who_says_dates_the_saying() -> None:
    """ "**14:30** Rhine Ferries says ..." in Markdown arrives as "14:30 Rhine Ferries says":
    the saying at 14:30, by Rhine Ferries, titled with what it says."""
    events = extract(
        "Floods live\n\n14:30 Rhine Ferries says all crossings near Koblenz are closed.\n\n"
        "12:10 Valley Power says 9,000 homes are without electricity.",
        DAY,
    ).events
    assert [(e.date.value, e.actors[:1]) for e in events] == [
        ("2026-02-04T14:30", ("Rhine Ferries",)),
        ("2026-02-04T12:10", ("Valley Power",)),
    ]
    assert events[0].title == "Rhine Ferries: All crossings near Koblenz are closed"


def test_an_entry_time_is_no_part_of_who_says_it() -> None:
    found = find_attribution("14:30 Rhine Ferries says all crossings are closed.")
    assert found is not None and found.who == "Rhine Ferries"


def test_an_entry_time_leaves_the_title_and_it_means_the_body_after_it() -> None:
    events = extract(
        "Floods live\n\n09:45 A levee gave way at Ahrweiler overnight.\n\n"
        "12:10 Valley Power says 9,000 homes are without electricity. It expects to restore "
        "most of them by Thursday evening.",
        DAY,
    ).events
    titles = [e.title for e in events]
    assert "A levee gave way at Ahrweiler" in titles
    plan = [e for e in events if e.modality == "planned"]
    assert [(e.title, e.actors) for e in plan] == [
        ("Valley Power expects to restore most of them", ("Valley Power",))
    ]


def test_a_name_and_its_apposition_with_the_is_the_subject_of_both_predicates() -> None:
    events = events_of(
        "Cyclone Mira, the strongest storm of the year so far, struck the Fijian coast on Monday "
        "and weakened over open water on Tuesday.",
        DAY,
    )
    assert [(e.title, e.actors) for e in events] == [
        (
            "Cyclone Mira struck the Fijian coast",  # (the apposition leaves the title: batch CA)
            ("Cyclone Mira",),
        ),
        ("Cyclone Mira weakened over open water", ("Cyclone Mira",)),
    ]
    assert "Fiji" in events[0].places


def test_a_country_adjective_before_another_capitalised_word_opens_a_name() -> None:
    found = find_entities("The Danish Royal Ballet cancelled a tour, and Czech Railways halted.")
    assert [(e.name, e.kind) for e in found] == [
        ("Danish Royal Ballet", "unknown"),
        ("Czech Railways", "unknown"),
    ]


def test_a_country_adjective_before_an_arm_of_the_state_is_the_country() -> None:
    """(a guard on the rule above: lexicon.yaml, state_arms)"""
    found = find_entities("Canadian Forces aircraft arrived in the town.")
    assert [(e.name, e.kind) for e in found] == [("Canada", "country")]


def test_a_pronoun_in_an_actorless_event_means_the_person_named_before() -> None:
    events = events_of(
        "The composer Ruth Atieno taught music in Mombasa for 30 years. Her first opera "
        "was staged in 1979, and the score was lost after she moved to London in 1984.",
        DAY,
    )
    by_year = {e.date.value: e for e in events}
    assert "Ruth Atieno" in by_year["1979"].actors


def test_a_speaker_described_then_named_is_cut_from_the_title() -> None:
    assert (
        make_title("Her daughter, Ruth Achieng, said she had been ill for months")
        == "She had been ill for months"
    )


def test_a_whose_aside_is_cut_from_the_title() -> None:
    assert (
        make_title("Olu Bakare, whose films won prizes in Cannes and Venice, died at home")
        == "Olu Bakare died at home"
    )


def test_what_a_body_said_it_would_do_is_titled_as_its_own_plan() -> None:
    events = events_of("The water board said on Tuesday it would sue the builder.", DAY)
    assert [e.title for e in events] == ["The water board would sue the builder"]
    # an "it" that stands for no one stays the saying's
    events = events_of("The water board said on Tuesday it was unclear who would pay.", DAY)
    assert [e.title for e in events] == ["The water board: It was unclear who would pay"]


def test_the_source_of_an_undated_state_acts_when_no_one_else_does() -> None:
    events = events_of(
        "More than 300 wildfires have burned across Portugal, according to Ignis Watch, a "
        "volunteer network.",
        date(2025, 8, 20),
    )
    assert [(e.date.value, e.actors) for e in events] == [("2025-08-20", ("Ignis Watch",))]
