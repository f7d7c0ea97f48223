"""Fixes from batch AM (seeds 168-171): "the first ... since" a date is a count; a participle
of the article's own day tells what happened; "-rival" before a name leaves the name; an aside
that opens with an adverb is an aside; a short name named alone first stays itself beside a
longer one named with "the"; "whose" makes its antecedent the doer."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.entities import find_entities

DAY = date(2026, 2, 12)  # a Thursday


def test_the_first_since_a_date_is_a_count() -> None:
    events = events_of(
        "Tarvik Lines said on Thursday it would send its first tanker through the Bosporus "
        "since early 2024 next week.",
        DAY,
    )
    assert "2024" not in [e.date.value for e in events]


def test_a_participle_of_the_article_day_tells_what_happened() -> None:
    (published,) = events_of(
        "Coffee did not lower the risk, according to a trial published on Thursday in the Lancet.",
        DAY,
    )
    assert published.modality in ("asserted", "reported")


def test_a_rival_compound_before_a_name_leaves_the_name() -> None:
    found = find_entities("Unilever-rival Corbel named a new chief.")
    assert "Corbel" in [e.name for e in found]


def test_an_aside_opening_with_an_adverb_is_an_aside() -> None:
    events = events_of(
        "The Veldrock festival, first held in 2011, was cut short by a storm in August 2022.", DAY
    )
    titles = {e.date.value: e.title for e in events}
    assert titles == {
        "2011": "The Veldrock festival first held",
        "2022-08": "The Veldrock festival was cut short by a storm",
    }


def test_a_short_name_named_alone_first_stays_itself() -> None:
    x = extract(
        "Ships\n\nKorvald said on Thursday it would resume the route. The Korvald Bergen will "
        "sail first. Korvald halted the route in January 2024.",
        DAY,
    )
    halted = next(e for e in x.events if e.date.value == "2024-01")
    assert halted.actors == ("Korvald",)


def test_whose_makes_its_antecedent_the_doer() -> None:
    (ended,) = events_of(
        "The crowd cheered the Danish band Nordlys, whose set ended early on Saturday.", DAY
    )
    assert "Nordlys" in ended.actors
