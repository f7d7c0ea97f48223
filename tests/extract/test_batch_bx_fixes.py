"""Fixes from batch BX (seeds 303-306): after a dated deed, "X said it would ..." is the day's
announcement of a plan, not merged with the deed; an order with a time limit ("within six
months") is still the day's deed; a country's adjective right after a capitalised word inside
a sentence is a word of a name ("Anglo American"); "talks brokered by X collapsed" keeps its
subject; "which it began building" keeps the verb's complement; a city named alone after a
club named after it is the club; "stepped up pressure on" is diplomacy, stated as of the
article's day; "the coming weeks" and "recent days" cover a bounded stretch, and a plan in
the coming weeks is an event; "early", "mid-" and "late" narrow a date's interval to a third;
a count brought "to 27" leaves the figure out of the title."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker import tag_timexes
from tracker.display import format_when
from tracker.extract.entities import find_entities

DAY = date(2026, 3, 11)  # a Wednesday


def test_said_it_would_after_a_dated_deed_is_that_days_plan() -> None:
    events = events_of(
        "The Civil Aviation Authority fined Skyvale Airways on Tuesday for cancelling flights "
        "without notice. Skyvale Airways said it would challenge the fine in court.",
        DAY,
    )
    plan = [e for e in events if "challenge" in e.title]
    assert len(plan) == 1
    assert plan[0].date.value == "2026-03-10"
    assert plan[0].modality == "planned"
    assert plan[0].title.startswith("Skyvale Airways would challenge")


def test_said_a_named_person_would_after_a_dated_deed_is_that_days_plan() -> None:
    events = events_of(
        "Grenfeld Rovers dismissed manager Tomas Lindqvist on Tuesday after six defeats. "
        "The club said youth coach Petra Holm would lead training until a successor is found.",
        DAY,
    )
    plan = [e for e in events if "Petra Holm" in e.actors]
    assert [e.date.value for e in plan] == ["2026-03-10"]


def test_a_forecast_of_what_would_happen_is_no_plan_of_the_day() -> None:
    events = events_of(
        "The central bank raised its main rate on Tuesday. Analysts said prices would keep rising.",
        DAY,
    )
    assert not [e for e in events if "prices" in e.title.lower()]


def test_an_order_with_a_time_limit_is_the_days_deed() -> None:
    events = events_of(
        "A court in Valparaíso blocked the port expansion on Tuesday. In a second ruling, the "
        "judge ordered Marinor Logistics to pay compensation to fishermen within six months.",
        DAY,
    )
    order = [e for e in events if "compensation" in e.title]
    assert [e.date.value for e in order] == ["2026-03-10"]


def test_a_countrys_adjective_after_a_capitalised_word_is_part_of_a_name() -> None:
    found = find_entities("The court ordered Anglo American to submit a new study.")
    assert ("Anglo American", "unknown") in [(e.name, e.kind) for e in found]
    assert "United States" not in [e.name for e in found]
    # a day, a month or a title before the adjective leaves it the country's
    found = find_entities("Officials said on Tuesday Russian troops had left the town.")
    assert "Russia" in [e.name for e in found]


def test_talks_brokered_by_a_body_keep_their_subject() -> None:
    events = events_of("Talks brokered by the Arab League collapsed in March 2023.", DAY)
    assert [e.title for e in events] == ["Talks brokered by the Arab League collapsed"]
    assert events[0].type == "diplomatic"


def test_a_relative_clause_keeps_the_verbs_complement() -> None:
    events = events_of(
        "Laos has said the bridge, which it began building in 2019, will open next year.", DAY
    )
    assert "It began building the bridge" in [e.title for e in events]


def test_a_city_named_alone_after_a_club_named_after_it_is_the_club() -> None:
    events = events_of(
        "Sporting Braga sacked their coach on Sunday. Braga play Vitoria Guimaraes on "
        "Saturday. Fans in Braga protested outside the ground on Monday.",
        DAY,
    )
    assert [(e.date.value, e.actors, e.places) for e in events] == [
        ("2026-03-08", ("Sporting Braga",), ()),
        ("2026-03-14", ("Sporting Braga",), ()),
        ("2026-03-09", (), ("Braga",)),  # after "in": the city
    ]


def test_stepping_up_pressure_on_a_country_is_stated_as_of_the_day() -> None:
    events = events_of(
        "Ghana and Togo have stepped up pressure on Burkina Faso over the new border post.", DAY
    )
    assert [(e.type, e.date.as_of) for e in events] == [("diplomatic", True)]


def test_a_fall_to_a_figure_is_no_capture() -> None:
    events = events_of("In Portugal, turnout fell to 48% in the election of May 2025.", DAY)
    assert [e.type for e in events] != ["territorial_capture"]


def test_the_coming_weeks_and_recent_days_cover_a_bounded_stretch() -> None:
    coming, recent = tag_timexes(
        "It will open in the coming weeks, after talks in recent days.", DAY
    )
    assert (coming.value, coming.interval_start, coming.interval_end) == (
        "FUTURE_REF",
        DAY,
        date(2026, 5, 6),
    )
    assert (recent.value, recent.interval_start, recent.interval_end) == (
        "PAST_REF",
        date(2026, 2, 25),
        DAY,
    )
    (recently,) = tag_timexes("It closed recently.", DAY)
    assert (recently.interval_start, recently.interval_end) == (None, DAY)  # no unit: open


def test_a_plan_for_the_coming_weeks_is_an_event() -> None:
    events = events_of(
        "Slovakia's health ministry will extend the vaccination campaign to every region in "
        "the coming weeks.",
        DAY,
    )
    assert [(e.modality, e.date.value) for e in events] == [("planned", "FUTURE_REF")]
    assert events[0].date.end == date(2026, 5, 6)


def test_early_mid_and_late_narrow_the_interval_to_a_third() -> None:
    found = tag_timexes(
        "It began in late 2023, slowed in early March and peaked in the mid-1990s.", DAY
    )
    assert [(t.value, t.mod, t.interval_start, t.interval_end) for t in found] == [
        ("2023", "END", date(2023, 9, 1), date(2023, 12, 31)),
        ("2026-03", "START", date(2026, 3, 1), date(2026, 3, 10)),
        ("199", "MID", date(1993, 1, 1), date(1995, 12, 31)),
    ]


def test_a_count_brought_to_a_figure_leaves_the_figure_out_of_the_title() -> None:
    events = events_of(
        "Three patients died in February, bringing the number of deaths since the outbreak "
        "began in late 2024 to 19.",
        DAY,
    )
    assert "The outbreak began" in [e.title for e in events]


def test_a_third_of_a_year_month_or_decade_reads_early_mid_or_late() -> None:
    found = tag_timexes("In late 2023, in mid-June, in the early 1990s and in 2021.", DAY)
    assert [format_when(t.value, t.interval_start, t.interval_end, t.precision) for t in found] == [
        "late 2023",
        "mid-June 2023",  # (the year the text is at)
        "the early 1990s",
        "2021",
    ]
