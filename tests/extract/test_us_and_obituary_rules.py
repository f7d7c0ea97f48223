"""US states and their agency abbreviations, names in capitals, people named by an apposed
role, the subject the story leads with, years that date happenings, and predicates dated
apart, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.entities import find_entities
from tracker.extract.sentences import split_sentences
from tracker.extract.timex import tag_timexes


def _names(text: str) -> dict[str, str]:
    return {e.text: e.name for e in find_entities(text)}


def test_us_states_and_their_abbreviations_are_places() -> None:
    assert _names("Floods hit Oregon and Texas.") == {"Oregon": "Oregon", "Texas": "Texas"}
    assert _names("He lives in Springfield, Ill., with his son.")["Ill."] == "Illinois"
    assert "Ill." not in _names("Doctors said he was Ill. Later he recovered.")
    text = "BOULDER, Colo. (Wire) — Snow fell. He was ill. The doctor left."
    assert [s.text for s in split_sentences(text)] == [
        "BOULDER, Colo. (Wire) — Snow fell.",
        "He was ill.",
        "The doctor left.",
    ]


def test_a_place_north_of_a_town_is_a_place_but_a_source_is_not() -> None:
    text = "Fire\n\nA fire broke out north of Tarvick on Monday, according to the Kell Agency."
    (event,) = extract(text, date(2025, 11, 7)).events
    assert event.places == ("Tarvick",)
    assert "Kell Agency" not in event.places


def test_names_in_capitals_are_entities_but_not_datelines_or_units() -> None:
    found = {e.text: e.rule for e in find_entities("Data from the office KSH showed GDP fell.")}
    assert found == {"KSH": "acronym"}
    assert find_entities("LIMA, May 2 (Wire) — Rain fell.")[:1] == []
    assert [e.text for e in find_entities("ZORN will open a plant.")] == ["ZORN"]


def test_a_neighbourhood_called_a_quarter_is_no_quarter_of_the_year() -> None:
    dct = date(2026, 3, 3)
    assert tag_timexes("She restored the city's old quarter and the Latin Quarter.", dct) == []
    assert [t.value for t in tag_timexes("Profit rose in the quarter.", dct)] == ["2025-Q4"]


def test_a_person_is_named_by_a_role_in_a_long_apposition() -> None:
    text = "Ana Dobrescu, the Romanian sculptor whose bronze horses stand in Cluj, died on Sunday."
    assert ("Ana Dobrescu", "person") in {(e.name, e.kind) for e in find_entities(text)}


def test_the_surname_names_the_person_the_story_leads_with() -> None:
    text = (
        "Obituary\n\n"
        "Ana Dobrescu, the sculptor, died on Sunday. Her son, Petru Dobrescu, said she had been ill.\n\n"
        "Dobrescu opened her first studio in 1970."
    )
    events = {e.date.value: e for e in extract(text, date(2026, 3, 3)).events}
    assert events["1970"].actors == ("Ana Dobrescu",)


def test_a_year_before_a_happening_dates_it_and_stays_in_the_title() -> None:
    text = (
        "Return\n\n"
        "She returned to Cluj after the 1989 revolution and in 1998 founded the Atelier Somes, "
        "which restored 40 houses between 2001 and 2015."
    )
    events = {e.date.value: e for e in extract(text, date(2026, 3, 3)).events}
    assert events["1989"].title == "She returned to Cluj after the 1989 revolution"
    assert events["1998"].title.endswith("founded the Atelier Somes")
    assert "Atelier Somes" in events["2001"].actors  # the subject of its relative clause


def test_a_relative_clause_has_its_own_tense() -> None:
    sentence = (
        "She said growth would return in the second half, helped by a plant that started "
        "production in October."
    )
    values = [t.value for t in tag_timexes(sentence, date(2026, 8, 14))]
    assert values == ["2026-H2", "2025-10"]


def test_a_name_spelled_out_before_its_capitals_names_them_later() -> None:
    text = (
        "Ice\n\n"
        "The National Snow and Ice Data Center (NSIDC) said on Tuesday that ice shrank. "
        "The NSIDC will publish an analysis in October."
    )
    found = {e.text: e.name for e in extract(text, date(2025, 9, 24)).entities}
    assert found["NSIDC"] == "National Snow and Ice Data Center"


def test_natural_features_and_world_regions_are_places() -> None:
    kinds = {e.name: e.kind for e in find_entities("Warm air over the Chukchi Sea hit the Arctic.")}
    assert kinds == {"Chukchi Sea": "place", "Arctic": "place"}


def test_a_record_since_records_began_dates_nothing() -> None:
    text = (
        "Ice\n\nIce hit its second-lowest extent since satellite records began in 1979 on Sept. 10."
    )
    assert [e.date.value for e in extract(text, date(2025, 9, 24)).events] == ["2025-09-10"]


def test_a_day_of_that_year_is_in_the_year_last_named() -> None:
    sentence = (
        "Only the summer of 2012 saw less ice, when it fell to a low on Sept. 16 of that year."
    )
    values = [t.value for t in tag_timexes(sentence, date(2025, 9, 24))]
    assert values == ["2012-SU", "2012-09-16"]


def test_a_plan_that_did_not_hold_is_hypothetical() -> None:
    text = "Tunnel\n\nThe tunnel was originally due to open in 2025."
    (event,) = extract(text, date(2025, 11, 27)).events
    assert event.modality == "hypothetical"


def test_a_dateline_and_a_date_alone_on_a_line_is_the_publication_date() -> None:
    text = (
        "Tunnel delayed\n\nINNSBRUCK, Austria — Thursday 27 November 2025\n\n"
        "Work on the tunnel resumed in October."
    )
    x = extract(text)
    assert (x.published, x.published_inferred) == (date(2025, 11, 27), False)
    (event,) = x.events
    assert event.date.value == "2025-10"
    assert set(event.places) == {"Innsbruck", "Austria"}


def test_the_owner_in_a_compound_acts() -> None:
    text = "Strike\n\nDebris fell on the Varnak-owned depot at about 3 a.m. on Saturday."
    (event,) = extract(text, date(2025, 8, 30)).events
    assert event.actors == ("Varnak",)
    assert event.places == ()
