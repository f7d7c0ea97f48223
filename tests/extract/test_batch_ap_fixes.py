"""Fixes from batch AP (seeds 180-183): a live report's time heading dates the entry it heads;
a time named twice is one event; a numeric date whose order shows dates the article, and a
"Published" line may close it; a subject with an aside, and names in apposition, act; a party
after "to the" is no place."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.load.dateline import find_publication_mark

DAY = date(2025, 4, 28)


def test_a_time_heading_dates_the_entry_it_heads() -> None:
    x = extract("Live\n\n14:20 — Train services across Portugal have been halted, CP says.", DAY)
    assert [(e.date.value, e.title) for e in x.events] == [
        ("2025-04-28T14:20", "Train services across Portugal have been halted")
    ]


def test_a_time_named_twice_is_one_event() -> None:
    x = extract("Live\n\n12:33 — The outage began at 12:33 local time across Galicia.", DAY)
    assert len(x.events) == 1


def test_a_numeric_date_whose_order_shows_closes_the_article() -> None:
    text = "Title\n\nBody one.\n\nBody two.\n\nBody three.\n\nPublished 16/06/2025"
    mark = find_publication_mark(text)
    assert mark is not None and mark.date == date(2025, 6, 16)
    assert find_publication_mark("Title\n\nPublished 05/06/2025") is None  # order unknown


def test_a_subject_with_an_aside_and_names_in_apposition_act() -> None:
    events = events_of(
        "The Senate, where the left has a majority, is expected to reject it next week. "
        "Her two predecessors, Anna Weiss and Lena Roth, both lost votes in May 2024.",
        DAY,
    )
    actors = {e.date.value: e.actors for e in events}
    assert "Senate" in actors["2025-W19"]
    assert {"Anna Weiss", "Lena Roth"} <= set(actors["2024-05"])


def test_a_party_after_to_the_is_no_place() -> None:
    (made,) = events_of("Lecornu made a concession to the Socialists in October.", DAY)
    assert "Socialists" not in made.places
