"""Fixes from batch AI (seeds 152-155): a month without a year takes the year its sentence
opened on, "N years later than planned" is a length, a caption's day does not move the
narrative, and what follows "but" has a mood of its own."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.narrative_day import tells_a_deed_of_the_day
from tracker.extract.timex import tag_timexes

DAY = date(2025, 9, 4)  # a Thursday


def test_a_month_takes_the_year_its_sentence_opened_on() -> None:
    (flood,) = events_of("In 2019, floods in June cut the rail line to Bardo.", DAY)
    assert flood.date.value == "2019-06"


def test_a_year_inside_an_aside_does_not_date_a_later_month() -> None:
    found = tag_timexes(
        "Ruiz, who ran the port from 2016 to 2020, replaced a director who quit in July.",
        DAY,
    )
    assert [t.value for t in found if t.text == "July"] == ["2025-07"]


def test_a_comparison_in_years_is_a_length_not_a_date() -> None:
    found = tag_timexes("The tunnel opened in May 2024, three years later than planned.", DAY)
    assert [(t.text, t.type, t.value) for t in found][1:] == [("three years", "DURATION", "P3Y")]


def test_a_caption_day_does_not_move_the_narrative() -> None:
    x = extract(
        "Launch\n\nThe probe lifted off at 22:10 on Wednesday.\n\n"
        "Photo: The rocket on its pad on Monday, Sept. 1, 2025.\n\n"
        "Controllers heard the first signal shortly after midnight.",
        DAY,
    )
    midnight = next(t for t in x.timexes if "midnight" in t.text)
    assert midnight.interval_start is not None and midnight.interval_start >= date(2025, 9, 3)


def test_what_follows_but_has_a_mood_of_its_own() -> None:
    events = events_of(
        "The vote had been planned for June but was delayed by a strike on Tuesday.", DAY
    )
    moods = {e.date.value: e.modality for e in events}
    assert moods == {"2025-06": "hypothetical", "2025-09-02": "asserted"}


def test_what_a_dated_participle_says_happened_is_no_plan_or_denial() -> None:
    events = events_of(
        "The inspectors said the permit, issued by the council in 2021, had not covered the "
        "new wing. The new mast will replace a tower erected in 2009.",
        DAY,
    )
    moods = {e.date.value: e.modality for e in events}
    assert moods == {"2021": "reported", "2009": "asserted"}


def test_an_adjective_or_a_habit_is_no_deed_of_the_story_day() -> None:
    assert tells_a_deed_of_the_day("Rescuers pulled two climbers from the ridge.")
    assert not tells_a_deed_of_the_day("The rugged ridge above Zermatt is a beloved route.")
    assert not tells_a_deed_of_the_day("Storms hit the Ligurian coast every winter.")


def test_the_verb_after_a_relative_clause_is_no_participle_of_its_noun() -> None:
    (resigned,) = events_of("Anna Smith, who served in the army, resigned on Tuesday.", DAY)
    assert resigned.title == "Anna Smith resigned"


def test_a_stretch_after_an_event_told_earlier_dates_the_clause() -> None:
    events = events_of(
        "The comet will pass closest to the Sun on Tuesday, Sept. 9, astronomers said. "
        "A probe from Japan will photograph it two weeks after the pass. "
        "Its tail should fade three months after that.",
        DAY,
    )
    referred = {e.title: e.date.value for e in events if e.rule == "referred-event"}
    assert referred == {
        "A probe from Japan will photograph it": "2025-09-23",
        "Its tail should fade": "2025-12",
    }


def test_a_happening_named_nowhere_else_is_the_article_lead() -> None:
    events = events_of(
        "Voters in Tarn choose a mayor in a snap election on Sunday, Sept. 7. "
        "Turnout figures are due a day after the vote.",
        DAY,
    )
    assert [e.date.value for e in events if e.rule == "referred-event"] == ["2025-09-08"]


def test_a_stretch_after_something_never_told_dates_nothing() -> None:
    events = events_of(
        "The ferry sank on Monday, Sept. 1. Divers found the wreck a year after the war.", DAY
    )
    assert not [e for e in events if e.rule == "referred-event"]
