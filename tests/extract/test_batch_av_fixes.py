"""Fixes from batch AV (seeds 204-207): an "Updated" line after a desk's label dates the
article; "&" joins a name; holidays are no names; short past forms ("sued", "died") are tense
cues; an infinitive of purpose after a deed makes no plan; a participle of saying or a
subordinate clause after the deed does not set its mood; "who" opens a relative clause as
"that" does; a relative clause whose noun is its object is told with its own doer first."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities
from tracker.extract.timex import tag_timexes
from tracker.load.dateline import find_publication_mark

DAY = date(2024, 12, 11)  # a Wednesday


def test_an_updated_line_after_a_desk_label_dates_the_article() -> None:
    mark = find_publication_mark("Doctors go back\n\nSeoul bureau · Updated 19 September 2024\n")
    assert mark is not None and mark.date == date(2024, 9, 19)


def test_an_ampersand_joins_a_name() -> None:
    names = [e.name for e in find_entities("Shares of Harlow & Finch fell. Marks & Spencer said.")]
    assert names == ["Harlow & Finch", "Marks & Spencer"]


def test_a_holiday_is_no_name() -> None:
    assert find_entities("Christmas sales fell 9%, the chain said.") == []


def test_short_past_forms_are_past_tense_cues() -> None:
    (t,) = tag_timexes("The regulator sued in February.", DAY)
    assert t.value == "2024-02"
    (t,) = tag_timexes("The singer died in February.", DAY)
    assert t.value == "2024-02"


def test_an_infinitive_of_purpose_after_a_deed_is_no_plan() -> None:
    (sued,) = tag_timexes("The regulator moved to block the deal in February.", DAY)
    assert sued.value == "2024-02"
    (agreed,) = tag_timexes("The board agreed to sell the plant in February.", DAY)
    assert agreed.value == "2025-02"  # a plan


def test_a_participle_of_saying_after_the_deed_does_not_set_its_mood() -> None:
    (blocked,) = events_of(
        "A judge on Tuesday blocked the merger of Halvorsen and Brightway, ruling that the "
        "deal would raise prices.",
        DAY,
    )
    assert blocked.modality == "asserted"


def test_a_plan_in_what_the_deed_followed_is_not_the_deeds() -> None:
    events = events_of(
        "Doctors began returning to hospitals on Tuesday after the ministry agreed to cut "
        "next year's intake.",
        DAY,
    )
    assert [(e.date.value, e.modality) for e in events if e.date.value == "2024-12-10"] == [
        ("2024-12-10", "asserted")
    ]


def test_who_opens_a_relative_clause_with_its_own_date() -> None:
    events = events_of("Two men who escaped in March were caught on Tuesday.", DAY)
    assert [e.title for e in events] == ["Two men escaped", "Two men who escaped were caught"]


def test_a_relative_clause_of_its_object_is_told_with_its_doer_first() -> None:
    (announced,) = events_of(
        "The plan, which President Yoon Suk Yeol announced in early February, was criticised.",
        DAY,
    )
    assert announced.title == "President Yoon Suk Yeol announced the plan"
    assert announced.actors == ("Yoon Suk Yeol",)


def test_a_when_clause_after_a_recalled_time_adds_its_roles_not_an_event() -> None:
    events = events_of(
        "The town was last flooded this badly in February 2020, when Storm Dennis swept "
        "across Wales.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2020-02"]
    assert "Wales" in events[0].places
    # a when clause of its own still tells its own event
    events = events_of("The strike began on Nov. 28, when the minister froze pay.", DAY)
    assert len(events) == 2
