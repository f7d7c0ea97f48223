"""Datelines as places, undated years for a dateline's day, plans told as facts, sentence
ends after abbreviations and claimants named in full, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.entities import find_entities
from tracker.extract.sentences import split_sentences
from tracker.extract.timex import tag_timexes


def test_the_city_in_capitals_of_a_dateline_is_a_place_of_the_lead() -> None:
    text = (
        "Dock strike\n\nANTWERP, Belgium, Feb. 11, 2026 (Scheldt Press) — Dockers struck on Monday."
    )
    x = extract(text)
    assert ("Antwerp", "place", "dateline") in {(e.name, e.kind, e.rule) for e in x.entities}
    assert {"Antwerp", "Belgium"} <= set(x.events[0].places)


def test_events_naming_nobody_and_nowhere_happened_where_the_story_was_filed() -> None:
    text = (
        "Outbreak\n\n"
        "CLUJ-NAPOCA, Romania, Sept. 4, 2025 (Wire) — Officials met on Monday.\n\n"
        "Two children died on Aug. 9. Minister Ana Pop spoke in Dej on Tuesday."
    )
    events = {e.date.value: e for e in extract(text).events}
    assert set(events["2025-08-09"].places) == {"Cluj-Napoca", "Romania"}
    assert events["2025-09-02"].places == ("Dej",)  # it names a place of its own


def test_a_dateline_day_takes_the_year_of_the_latest_past_year_as_a_last_resort() -> None:
    text = (
        "Port\n\n"
        "LAGOS, Feb. 6 (Wire) - The port reopened on Tuesday after a strike that ran from 2022 "
        "to 2024."
    )
    x = extract(text)
    assert (x.published, x.published_inferred) == (date(2024, 2, 6), True)
    assert "month, quarter or year" in x.warnings[0]
    target = "Port\n\nLAGOS, Feb. 6 (Wire) - The port will double its capacity by 2030."
    assert extract(target).published is None  # a target year says nothing of the article's


def test_a_date_inside_a_participle_phrase_follows_the_participle() -> None:
    dct = date(2026, 2, 11)
    sentence = "A mediator appointed by the ministry in January will meet both sides."
    assert [t.value for t in tag_timexes(sentence, dct)] == ["2026-01"]
    assert [t.value for t in tag_timexes("He will be appointed in January.", dct)] == ["2027-01"]


def test_a_time_abbreviation_may_end_a_sentence() -> None:
    text = "The fire began shortly before 11 p.m. The city will close the site. They met at 5 p.m. Monday."
    assert [s.text for s in split_sentences(text)] == [
        "The fire began shortly before 11 p.m.",
        "The city will close the site.",
        "They met at 5 p.m. Monday.",
    ]


def test_what_a_day_follows_does_not_date_a_second_event() -> None:
    text = "Schools\n\nSchools in the county reopen on Sept. 15 after the summer holiday."
    (event,) = extract(text, date(2025, 9, 4)).events
    assert event.date.value == "2025-09-15"
    assert event.modality == "planned"  # after the article's day: not yet happened


def test_claimants_are_named_by_the_entity_that_ends_the_sayer() -> None:
    text = (
        "Results\n\n"
        "SEOUL, Sept. 10, 2025 (Wire) — Electronics maker Lumo said its sales rose 12% in the "
        "second quarter. Chief executive Lisa Brandt said the plant would cost 300 million "
        "dollars. The UN office in Almaty said 4,000 people had been displaced."
    )
    claimants = [c.claimant for c in extract(text).claims]
    assert "SEOUL" not in claimants
    assert "Lisa Brandt" in claimants
    assert "Almaty" not in claimants


def test_an_office_owned_by_a_title_is_one_name() -> None:
    names = {e.name for e in find_entities("The Prosecutor General's Office opened a case.")}
    assert "Prosecutor General's Office" in names


def test_a_one_word_name_opening_the_lead_is_the_name_found_later() -> None:
    text = (
        "Cup\n\n"
        "ZAGREB, May 18, 2026 (Wire) — Dinamovci won the cup on Sunday.\n\n"
        "Goals came late for Dinamovci, who had lost in 2025."
    )
    (first, *_) = extract(text).events
    assert "Dinamovci" in first.actors


def test_the_dateline_city_is_the_city_not_its_government() -> None:
    text = "Oil\n\nLONDON, March 3, 2025 (Wire) — Oil prices rose on Monday."
    (event,) = extract(text).events
    assert event.places == ("London",)
    assert event.actors == ()


def test_it_opening_a_sentence_is_the_body_that_opened_the_one_before() -> None:
    text = (
        "Breach\n\n"
        "The HSE said it detected the intrusion on April 2. It notified the Data Protection "
        "Commission on April 3."
    )
    events = {e.date.value: e for e in extract(text, date(2026, 4, 9)).events}
    assert events["2026-04-03"].title.startswith("HSE notified")
    assert "HSE" in events["2026-04-03"].actors


def test_benchmarks_named_after_places_are_no_places() -> None:
    names = {e.name: e.kind for e in find_entities("Brent rose while WTI and OPEC+ fell.")}
    assert names == {"West Texas Intermediate": "unknown", "OPEC+": "organization"}


def test_a_capital_in_the_dateline_brings_its_country() -> None:
    text = "Eruption\n\nREYKJAVIK, July 17, 2025 (Wire) — Lava flowed.\n\nA previous eruption lasted a day in April."
    events = {e.date.value: e for e in extract(text).events}
    assert set(events["2025-04"].places) == {"Reykjavik", "Iceland"}


def test_the_afternoon_is_the_afternoon_of_the_day_with_a_time() -> None:
    text = "An eruption began at 4 a.m. on Wednesday. It had weakened by the afternoon."
    values = [t.value for t in tag_timexes(text, date(2025, 7, 17))]
    assert values == ["2025-07-16T04:00", "2025-07-16TAF"]


def test_counts_since_a_date_and_changes_from_a_date_date_nothing() -> None:
    text = (
        "Flu\n\n"
        "It is the ninth outbreak since December 2023. "
        "Egg prices rose 9% in December from a month earlier."
    )
    values = [e.date.value for e in extract(text, date(2026, 1, 22)).events]
    assert values == ["2025-12"]


def test_a_name_called_a_town_once_is_a_place_everywhere() -> None:
    text = (
        "Town\n\n"
        "People left the fishing town of Grindvik on Monday. "
        "Grindvik, home to 3,800 people, was damaged by earthquakes in November 2023."
    )
    events = {e.date.value: e for e in extract(text, date(2025, 7, 17)).events}
    assert events["2023-11"].places == ("Grindvik",)


def test_a_baseline_dates_what_when_tells_after_it() -> None:
    text = (
        "Runoff\n\n"
        "Turnout was 41%, down from 46% in the first round on May 24, when Ceban finished first."
    )
    events = extract(text, date(2026, 6, 8)).events
    assert [(e.date.value, e.title) for e in events] == [("2026-05-24", "Ceban finished first")]
