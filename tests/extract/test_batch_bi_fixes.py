"""Fixes from batch BI (seeds 250-252): a person named in full is named by the first name
too ("Gukesh Dommaraju ... Gukesh will receive"); weeks counted from a day name a week ("11
weeks after"); a clause joined by ", and" with a subject of its own keeps its coarser date
("lifted out in late May, and the ship was refloated on May 20")."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract

DAY = date(2024, 6, 11)  # a Tuesday


def test_a_person_is_named_by_the_first_name_too() -> None:
    text = "Chess\n\nGukesh Dommaraju, 18, became champion on Thursday.\n\nGukesh will speak on Friday."
    names = [e.name for e in extract(text, DAY).entities if e.text.startswith("Gukesh")]
    assert names == ["Gukesh Dommaraju", "Gukesh Dommaraju"]


def test_weeks_counted_from_a_day_name_a_week() -> None:
    events = events_of(
        "The channel reopened on Monday, 11 weeks after a ship struck the bridge.", DAY
    )
    assert [e.date.value for e in events] == ["2024-06-10", "2024-W13"]


def test_a_clause_with_its_own_subject_keeps_its_coarser_date() -> None:
    events = events_of(
        "The last section was lifted out in late May, and the ship, the Dali, was refloated "
        "on May 20.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2024-05", "2024-05-20"]
