"""Fixes from batch AB (seeds 124-127): deeds of the story's day told without a date, a
schedule told in the present, and mountains named in French, Italian and Spanish."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.entities import find_entities
from tracker.extract.timex import tag_timexes

DAY = date(2025, 7, 9)  # a Wednesday


def _events(body: str, published: date = DAY):
    return extract(f"News\n\n{body}", published).events


def test_a_past_deed_after_the_day_is_named_happened_that_day() -> None:
    events = _events(
        "Anna Berg won the sprint in Nantes on Tuesday. "
        "Police said a spectator was injured in a crash near Clisson."
    )
    crash = [e for e in events if e.rule == "narrative-day"]
    assert [(e.date.value, e.places) for e in crash] == [("2025-07-08", ("Clisson",))]


def test_background_plans_and_old_days_are_not_the_story_day() -> None:
    events = _events(
        "Anna Berg won the sprint in Nantes on Tuesday. "
        "She had crashed near Clisson two years earlier. "
        "Organisers would move the finish to Angers."
    )
    assert not [e for e in events if e.rule == "narrative-day"]
    far = _events("Anna Berg won the sprint in Nantes on May 3. A rider crashed near Clisson.")
    assert not [e for e in far if e.rule == "narrative-day"]


def test_a_schedule_told_in_the_present_is_ahead() -> None:
    text = "The team faces its hardest test on Saturday. Riders have a rest day on Monday."
    values = [t.value for t in tag_timexes(text, DAY)]
    assert values == ["2025-07-12", "2025-07-14"]
    (vote,) = tag_timexes("The runoff takes place on Sunday.", DAY)
    assert vote.value == "2025-07-13"


def test_mountains_named_in_romance_languages_are_places() -> None:
    text = "The stage ends at the top of the Col du Tourmalet after climbing Monte Grappa."
    kinds = {e.name: e.kind for e in find_entities(text)}
    assert kinds.get("Col du Tourmalet") == "place" and kinds.get("Monte Grappa") == "place"


def test_first_level_divisions_are_places_but_not_common_words() -> None:
    kinds = {e.name: e.kind for e in find_entities("Storms hit Galicia and Asturias overnight.")}
    assert kinds == {"Galicia": "place", "Asturias": "place"}
    found = find_entities("The launch used a Falcon 9 rocket from Delta Air.")
    assert not [e.name for e in found if e.kind == "place"]
    led = [e.name for e in find_entities("Work stopped when Balkan Tunnelling went bankrupt.")]
    assert led == ["Balkan Tunnelling"]


def test_the_end_of_a_reporting_period_and_the_period_figures_cover_date_nothing() -> None:
    events = _events(
        "Orvane reported revenue of $3.1 billion for its fiscal second quarter on Tuesday. "
        "The company, whose quarter ended June 29, said demand was strong."
    )
    assert [e.date.value for e in events] == ["2025-07-08"]


def test_a_time_heading_a_live_report_is_no_event() -> None:
    events = _events("14:05 GMT\n\nThe storm made landfall near Porto at 13:00, IPMA said.")
    assert [e.date.value for e in events] == ["2025-07-09T13:00"]


def test_a_warning_raised_until_a_weekday_runs_to_the_coming_one() -> None:
    (until,) = tag_timexes("It has raised the red warning until 06:00 on Friday.", DAY)
    assert until.value == "2025-07-11T06:00"


def test_its_after_the_day_is_named_is_the_body_of_the_sentence_before() -> None:
    events = _events(
        "Orvane Systems reported record revenue on Tuesday. Its shares fell 6% in late trading."
    )
    (fell,) = [e for e in events if e.rule == "narrative-day"]
    assert fell.title.startswith("Orvane Systems’s shares fell") and fell.actors == (
        "Orvane Systems",
    )


def test_a_participle_inside_a_compound_is_no_deed_of_the_day() -> None:
    events = _events(
        "Rebels seized the port on Tuesday. The Saudi-led coalition controls the airport."
    )
    assert not [e for e in events if e.rule == "narrative-day"]
