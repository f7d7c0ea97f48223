"""Rules added after the first run of seeds 112-115: what one can do from a day on, the
town a dateline names, and one event told twice sharing a word of what happened."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.timex import tag_timexes


def test_what_one_can_do_from_a_weekday_is_still_to_come() -> None:
    (wednesday,) = [
        t
        for t in tag_timexes(
            "Residents can begin returning home on Wednesday, officials said.", date(2023, 9, 3)
        )
    ]
    assert wednesday.value == "2023-09-06"
    # "May" the month is no modal
    values = [t.value for t in tag_timexes("The mine closed in May and Friday.", date(2023, 9, 3))]
    assert values[0] == "2023-05"


def test_the_dateline_town_is_a_place_and_the_city_names_it_again() -> None:
    text = (
        "News\n\nHAY RIVER, Northwest Territories — Hay River residents returned on Monday. "
        "Crews built a firebreak along the edge of the city in mid-August."
    )
    events = extract(text, date(2023, 9, 3)).events
    assert all("Hay River" in e.places for e in events)


def test_two_sentences_share_a_word_of_what_happened_to_tell_one_event() -> None:
    text = (
        "News\n\nHAY RIVER, Northwest Territories — The fire came close to the city last week. "
        "Crews built a firebreak along the edge of the city in mid-August."
    )
    events = extract(text, date(2023, 9, 3)).events
    assert len(events) == 2


def test_a_title_drops_the_coarser_date_that_places_its_own() -> None:
    titles = [
        e.title
        for e in extract(
            "News\n\nThe trial is expected to begin in March next year at a court in Larissa.",
            date(2025, 10, 13),
        ).events
    ]
    assert titles == ["The trial is expected to begin at a court in Larissa"]


def test_each_of_listed_dates_leaves_the_others_out_of_its_title() -> None:
    titles = {
        e.date.value: e.title
        for e in extract(
            "News\n\nElections were held in 2019, 2021 and 2023.", date(2025, 10, 13)
        ).events
    }
    assert len(titles) >= 2
    assert set(titles.values()) == {"Elections were held"}
