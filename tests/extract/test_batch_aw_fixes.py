"""Fixes from batch AW (seeds 208-211): a titled person's name without its possessive
("Prime Minister Michel Barnier's government"); "the first ... since 1962" counts no event
when a hyphenated word stands between ("the first successful no-confidence vote since")."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities

DAY = date(2024, 12, 4)  # a Wednesday


def test_a_titled_persons_name_leaves_the_possessive_out() -> None:
    (barnier,) = find_entities("Lawmakers toppled Prime Minister Michel Barnier's government.")
    assert (barnier.name, barnier.kind, barnier.text) == (
        "Michel Barnier",
        "person",
        "Michel Barnier",
    )


def test_the_first_since_a_year_dates_nothing_across_hyphenated_words() -> None:
    events = events_of(
        "Lawmakers toppled the government on Wednesday, the first successful no-confidence "
        "vote in France since 1962.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2024-12-04"]
