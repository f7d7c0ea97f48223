"""Rules added after the first run of seeds 108-111: measures called for a coming time,
clock times across "a.m.", title-case datelines, English short names of cities, features
named with "of", and opening participle phrases."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.entities import find_entities, gazetteer
from tracker.extract.timex import tag_timexes
from tracker.load.dateline import find_publication_mark


def test_a_strike_called_from_a_weekday_looks_ahead() -> None:
    text = "The union called a nationwide strike from 2 a.m. on Wednesday until 6 p.m. on Friday."
    values = [t.value for t in tag_timexes(text, date(2024, 3, 4))]
    assert values == ["2024-03-06T02:00", "2024-03-08T18:00"]
    # the day a strike was called stays the day it was called
    (called,) = tag_timexes("The union called a strike on Monday over pay.", date(2024, 3, 6))
    assert called.value == "2024-03-04"


def test_a_title_case_dateline_with_a_full_date_and_a_dash_dates_the_article() -> None:
    mark = find_publication_mark("Title\n\nLeipzig, 4 March 2024 — The union called a strike.")
    assert mark is not None and mark.date == date(2024, 3, 4)
    assert find_publication_mark("Title\n\nOn Monday, March 4, 2024 — the union met.") is None


def test_english_news_names_frankfurt_am_main_frankfurt() -> None:
    assert gazetteer()["Frankfurt"].name == "Frankfurt"


def test_a_feature_of_a_place_is_the_feature() -> None:
    names = [(e.name, e.kind) for e in find_entities("Pirates boarded a ship in the Gulf of Aden.")]
    assert names == [("Gulf of Aden", "place")]


def test_an_opening_participle_phrase_dates_its_subject() -> None:
    text = "Born in Pecs in 1934, Kovacs studied law in Vienna and made her debut in 1961."
    titles = {e.date.value: e.title for e in extract("News\n\n" + text, date(2025, 12, 9)).events}
    assert titles["1934"] == "Kovacs born in Pecs"
    assert titles["1961"].startswith("Kovacs made her debut")


def test_one_word_saying_something_is_a_name_unless_a_common_noun() -> None:
    assert [e.text for e in find_entities("Vestra said it plans to fly four missions.")] == [
        "Vestra"
    ]
    assert find_entities("Police said two men were held.") == []
    assert find_entities("Economists said prices rose.") == []


def test_it_after_the_sayer_is_the_sayer() -> None:
    events = extract(
        "News\n\nVestra said it plans to fly four missions this year, including one for the "
        "European Commission in June.",
        date(2026, 3, 19),
    ).events
    june = [e for e in events if e.date.value == "2026-06"]
    assert june and june[0].title.startswith("Vestra plans to fly")
    assert june[0].actors[0] == "Vestra"
