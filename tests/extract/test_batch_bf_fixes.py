"""Fixes from batch BF (seeds 241-244): a sector word before a country names a body of it
("Health New Zealand"); a dateline before the speaker is no content of a statement; a month
counted from in months names another ("in May, two months after the companies announced
it"), not a clause that names no happening ("a year after the last one"); a live entry's
heading time gives way to the entry's own date."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.entities import find_entities

DAY = date(2025, 10, 16)  # a Thursday


def test_a_sector_word_before_a_country_names_a_body() -> None:
    (body,) = find_entities("Health New Zealand had made the offer on Monday.")
    assert (body.name, body.kind) == ("Health New Zealand", "organization")
    (country,) = find_entities("He flew to New Zealand.")
    assert country.kind == "country"


def test_a_dateline_before_the_speaker_is_no_content() -> None:
    (said,) = events_of(
        "LONDON, Oct. 16, 2025 — The regulator said on Thursday it had blocked the takeover.", DAY
    )
    assert said.title == "The regulator had blocked the takeover"


def test_a_month_counted_from_in_months_names_another() -> None:
    events = events_of(
        "The authority opened an investigation in May, two months after the companies "
        "announced it.",
        DAY,
    )
    assert [(e.date.value, e.title) for e in events] == [
        ("2025-05", "The authority opened an investigation"),
        ("2025-03", "The companies announced it"),
    ]
    events = events_of("No election is due before July, a year after the last one.", DAY)
    assert all(e.title != "The last one" for e in events)


def test_a_live_entrys_heading_gives_way_to_its_own_date() -> None:
    events = events_of("**09:20** — The union says the strike will end at midnight.", DAY)
    assert [e.date.value for e in events] == ["2025-10-16T24:00"]
