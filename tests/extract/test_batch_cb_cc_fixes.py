"""Fixes from batches CB and CC (seeds 319-326): a year heading a line of key dates; "May"
after a capitalised word and "of" is a name; a name opening the sentence is who speaks
across an apposition; a body "of" a place is no place; the ends of a route named "between"
are places; a Markdown figure is a caption; a compound place is named by its first part; a
place name joined by a particle is one name; a subordinate clause inside the subject's
relative clause is not the event; a duty ("must") and a slot "pencilled in" are to come;
day-first ranges ("from 1 to 5 December"); a main clause after an "if" clause with no comma;
"before Christmas" beside another date places it; "the run-up to" dates nothing; a time
before a day-first date; a rise "for 2026" dates no offer; an institution named with a list
("the Department for Environment, Food and Rural Affairs") is one name."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker import tag_timexes
from tracker.extract.entities import find_entities
from tracker.load.markdown import markdown_to_text

DAY = date(2026, 1, 29)  # a Thursday


def test_a_year_heading_a_line_of_key_dates_dates_it() -> None:
    body = (
        "KEY DATES\n\n- 1911: A blacksmith opens a forge in the village.\n\n"
        "- March 2024: The forge is listed as a monument."
    )
    forge = [e for e in events_of(body, DAY) if "forge in" in e.title]
    assert [e.date.value for e in forge] == ["1911"]


def test_may_after_a_capitalised_word_and_of_is_a_name() -> None:
    text = "Terns nest on the Isle of May every summer. The count ended in May."
    assert [t.text for t in tag_timexes(text, DAY)] == ["every summer", "May"]


def test_the_name_opening_a_sentence_speaks_across_an_apposition() -> None:
    (said,) = events_of(
        "Ana Silva, the mill's owner and a granddaughter of its founder, said on Tuesday "
        "that two buyers had come forward.",
        DAY,
    )
    assert said.title.startswith("Ana Silva: ")
    assert said.sources == ("Ana Silva",)


def test_a_body_of_a_place_acts_and_a_route_between_names_is_placed() -> None:
    (team,) = events_of("A crew from Vossberg Marine of Rotterdam arrived on Tuesday.", DAY)
    assert team.actors == ("Vossberg Marine",)
    assert team.places == ("Rotterdam",)
    (road,) = events_of(
        "Cars on the motorway between Tarnby and Osterholm were stuck on Monday.", DAY
    )
    assert set(road.places) == {"Tarnby", "Osterholm"}
    assert road.actors == ()


def test_a_markdown_figure_is_a_caption_said_once() -> None:
    text = markdown_to_text(
        "![Crews clear snow](a.jpg)\n*Crews clear snow near Otaru on Monday.*\n"
    )
    assert text.strip() == "Photo: Crews clear snow near Otaru on Monday."
    alone = markdown_to_text("Before ![a map](m.png) after.\n\n![Crews at work](b.jpg)\n")
    assert alone.strip().split("\n\n") == ["Before a map after.", "Photo: Crews at work"]


def test_a_compound_place_is_named_by_its_first_part() -> None:
    events = events_of(
        "The family runs a mill in Vireux-Molhain, a small town. A fire gutted the paint shop at "
        "the Vireux mill in November.",
        DAY,
    )
    assert [e.places for e in events] == [("Vireux-Molhain",)]


def test_a_place_joined_by_a_particle_is_one_name() -> None:
    text = "Pickets gathered in Santa Maria da Feira on Thursday."
    names = [e.name for e in find_entities(text)]
    assert names == ["Santa Maria da Feira"]


def test_a_subordinate_clause_inside_the_subject_is_not_the_event() -> None:
    (jailed,) = events_of("A man who stole a van after a party was jailed on Monday.", DAY)
    assert jailed.title.startswith("A man who stole a van")
    returned = events_of(
        "Nurses who walked out in December began returning on Wednesday after the ministry "
        "agreed to cut next year's quota.",
        DAY,
    )
    assert any(e.title.startswith("The ministry agreed") for e in returned)


def test_a_duty_and_a_slot_pencilled_in_are_to_come() -> None:
    text = (
        "The bill went to the committee, which must report back by 10 November. The final "
        "vote is pencilled in for the week of 7 December."
    )
    values = [t.value for t in tag_timexes(text, date(2026, 5, 12))]
    assert values == ["2026-11-10", "2026-W50"]


def test_a_day_first_range_is_one_interval() -> None:
    (strike,) = tag_timexes("Workers will strike from 1 to 5 December.", date(2025, 11, 6))
    assert (strike.interval_start, strike.interval_end) == (date(2025, 12, 1), date(2025, 12, 5))


def test_a_main_clause_after_an_if_clause_and_a_holiday_beside_a_date() -> None:
    (strike,) = events_of(
        "The union said that if no deal was reached it would strike again from 1 to 5 "
        "December, before Christmas.",
        date(2025, 11, 6),
    )
    assert (strike.date.start, strike.date.end) == (date(2025, 12, 1), date(2025, 12, 5))


def test_the_run_up_to_a_holiday_dates_nothing_beside_another_date() -> None:
    events = events_of(
        "KEY DATES\n\n- November 2025: a fire destroys the paint shop, halting production in "
        "the run-up to Christmas.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2025-11"]


def test_a_time_before_a_day_first_date_is_on_that_date() -> None:
    text = "A launch on 9 December was scrubbed. The flight ended at 03:40 GMT on 21 January."
    values = [t.value for t in tag_timexes(text, date(2026, 2, 5))]
    assert "2026-01-21T03:40" in values


def test_a_rise_for_a_year_does_not_date_the_offer() -> None:
    events = events_of("The employers offered a 3.5 percent pay rise for 2026.", date(2025, 11, 6))
    assert all(e.date.value != "2026" for e in events)


def test_an_institution_named_with_a_list_is_one_name() -> None:
    text = (
        "The bill went to Parliament's Economic Development, Science and Innovation Committee. "
        "The Department for Environment, Food and Rural Affairs agreed. Officials in Lyon, "
        "Lille and Nantes agreed."
    )
    names = [e.name for e in find_entities(text)]
    assert "Economic Development, Science and Innovation Committee" in names
    assert "Department for Environment, Food and Rural Affairs" in names
    assert {"Lyon", "Lille", "Nantes"} <= set(names)
