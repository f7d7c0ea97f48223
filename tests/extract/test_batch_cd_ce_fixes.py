"""General fixes made after the first run of batch CD/CE (seeds 327-334), each on sentences
written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.timex import tag_timexes


def test_a_dateline_day_without_year_takes_the_year_its_lead_weekday_fits() -> None:
    text = (
        "Ferry back in service\n\n"
        "BERGEN, Norway, March 12 (Nordic Wire) - The ferry to Askøy sailed again on "
        "Thursday morning after repairs that began in 2024.\n\n"
        "It was first laid up in May 2022."
    )
    x = extract(text)
    # 2024 is the latest year the text tells as past; March 12 falls on a Thursday in 2026
    assert x.published == date(2026, 3, 12)
    assert x.published_inferred
    assert "weekday" in x.warnings[0]


def test_without_a_weekday_the_later_of_a_past_month_and_a_past_year_gives_the_year() -> None:
    text = (
        "Lake drained\n\n"
        "SION, Switzerland, Aug. 21 (Alpine Wire) - The lake first showed up in July 2019. "
        "A similar lake burst in a nearby valley in 2023."
    )
    assert extract(text).published == date(2023, 8, 21)


def test_a_name_joined_by_an_elided_particle_is_one_place_even_after_an_adjective() -> None:
    (ev,) = events_of(
        "A glacier lake burst through its ice wall in the neighbouring Val d'Arsine in 2023.",
        date(2025, 8, 21),
    )
    assert ev.places == ("Val d'Arsine",)


def test_what_was_done_over_fears_of_something_is_not_hypothetical() -> None:
    (ev,) = events_of(
        "The canton ordered the villagers out on Monday over fears that the dam would burst.",
        date(2025, 8, 21),
    )
    assert ev.modality == "asserted"


def test_a_span_of_days_joined_by_into_is_one_interval_and_no_separate_night() -> None:
    (t,) = tag_timexes(
        "Overnight from Tuesday into Wednesday, the lake drained.", date(2025, 8, 21)
    )
    assert (t.text, t.interval_start, t.interval_end) == (
        "Tuesday into Wednesday",
        date(2025, 8, 19),
        date(2025, 8, 20),
    )


def test_a_council_committee_acts_for_its_council_in_a_present_tense_key_date() -> None:
    events = events_of(
        "Key dates\n\n- March 4, 2026 - Wexley Borough Council planning committee considers "
        "the application",
        date(2026, 2, 12),
    )
    assert [e.actors for e in events] == [("Wexley Borough Council",)]


def test_a_name_ending_in_a_place_word_is_a_place_and_no_club() -> None:
    text = (
        "Supporters of Wexley Town voted on Tuesday to accept the sale of Millbrook Park to "
        "Ardent Homes. Ardent Homes will build 420 homes, and Ardent Homes will pay for a new "
        "ground. The club stays at Millbrook Park until May 2027."
    )
    events = events_of(text, date(2026, 2, 12))
    vote, stay = events[0], events[-1]
    assert "Millbrook Park" in vote.places and "Millbrook Park" not in vote.actors
    assert stay.actors == ("Wexley Town",)  # the club, not the housebuilder named more often


def test_a_town_called_so_is_no_company_named_again() -> None:
    text = (
        "Oil leaked into the river near the town of Carvel on 19 May. Carvel closed its "
        "intake on 20 May, and Carvel reopened it on 25 May. Farmers can file claims with "
        "the company until 31 August."
    )
    claims = [e for e in events_of(text, date(2026, 5, 27)) if e.date.value == "2026-08-31"]
    assert claims and all("Carvel" not in e.actors for e in claims)
