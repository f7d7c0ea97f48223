"""Fixes from batch AD (seeds 132-135): "the French Open on Sunday" is past, "he" is whom the
sentence before was about, a count within "this year" dates nothing, a section label and a
date make a publication line, and "No. 4" names nobody."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.entities import find_entities
from tracker.extract.timex import tag_timexes
from tracker.load.dateline import find_publication_mark

DAY = date(2025, 6, 9)  # a Monday


def _events(body: str, published: date | None = DAY):
    return extract(f"News\n\n{body}", published).events


def test_a_capitalised_open_is_a_name_not_a_plan() -> None:
    (sunday,) = tag_timexes("Kovac won the Italian Open on Sunday.", DAY)
    assert sunday.value == "2025-06-08"
    (friday,) = tag_timexes("The new stores open on Friday.", DAY)
    assert friday.value == "2025-06-13"


def test_he_is_the_person_the_sentence_before_was_about() -> None:
    events = _events(
        "Tennis player Ana Silva won the title on Sunday, beating defending champion "
        "Petra Novak. She lost in the first round in 2024."
    )
    (lost,) = [e for e in events if e.date.value == "2024"]
    assert lost.actors[0] == "Ana Silva"


def test_a_count_within_this_year_dates_nothing() -> None:
    events = _events(
        "The two sides swapped 80 prisoners on June 6. It was the third exchange this year."
    )
    assert [e.date.value for e in events] == ["2025-06-06"]
    kept = _events("Kordal's shares lost a third of their value this year.")
    assert [e.date.value for e in kept] == ["2025"]


def test_a_section_label_and_a_date_make_a_publication_line() -> None:
    mark = find_publication_mark("Title\n\n*Science desk · 11 April 2029*\n\nAn asteroid ...")
    assert mark is not None and mark.date == date(2029, 4, 11)
    assert find_publication_mark("Title\n\nOfficials met on Monday · June 3, 2024 was dry.") is None


def test_a_rank_number_names_nobody() -> None:
    assert find_entities("She will rise to No. 4 in the rankings.") == []
