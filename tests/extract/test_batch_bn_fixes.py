"""Fixes from batch BN (seeds 268-271): a past the same as the present ("cut", "hit") makes its
sentence past; the day a period ended dates no event; "the Austin, Texas-based company" names
the company; "It" after a sentence whose subject follows an opening phrase means that body; a
page's own date is read whatever the machine's clock says; a sentence opening with a condition
is hypothetical."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.cues import modality
from tracker.extract.timex import tag_timexes
from tracker.load.html import document_from_html

DAY = date(2026, 11, 19)  # a Thursday


def _value(text: str, expression: str) -> str:
    return next(t.value for t in tag_timexes(text, DAY) if t.text == expression)


def test_a_past_the_same_as_the_present_makes_the_sentence_past() -> None:
    assert _value("The insurer cut 400 jobs in March.", "March") == "2026-03"
    assert _value("A landslide hit the road in April.", "April") == "2026-04"
    # still to come, or a noun
    assert _value("The insurer will cut 400 jobs in March.", "March") == "2027-03"
    assert _value("A tax cut in March will help families.", "March") == "2027-03"
    assert _value("Traders expect the next cut in March.", "March") == "2027-03"


def test_the_day_a_period_ended_dates_no_event() -> None:
    events = events_of(
        "Sales for the quarter, which ended Sept. 30, rose 12%, Brava Foods said on Thursday.",
        DAY,
    )
    assert [e.date.value for e in events] == ["2026-11-19"]


def test_the_company_after_where_it_is_based_names_it() -> None:
    events = events_of(
        "Kestrel Analytics said on Thursday that its revenue rose 12%. Shares of the Denver, "
        "Colorado-based company rose 4% on Thursday.",
        DAY,
    )
    assert [e.actors[:1] for e in events] == [("Kestrel Analytics",), ("Kestrel Analytics",)]


def test_it_after_a_subject_that_follows_an_opening_phrase_is_that_body() -> None:
    events = events_of(
        "For the full year, Kestrel Analytics expects sales of $2 billion. It will publish its "
        "annual report in March.",
        DAY,
    )
    plan = [e for e in events if e.date.value == "2027-03"]
    assert [(e.title, e.actors) for e in plan] == [
        ("Kestrel Analytics will publish its annual report", ("Kestrel Analytics",))
    ]


def test_a_pages_date_later_than_the_machines_today_is_still_read() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Harbour bridge to close", '
        '"datePublished": "2031-05-04T09:00:00Z"}</script></head><body><article><p>The city '
        "council voted on Monday to close the old harbour bridge to cars from next spring, "
        "after engineers found corrosion in its main cables.</p></article></body></html>"
    )
    assert document_from_html(page).published == date(2031, 5, 4)


def test_a_sentence_opening_with_a_condition_is_hypothetical() -> None:
    assert modality(
        "If no party wins a majority, a second round will be held on May 3.", False
    ) == ("hypothetical")
    assert modality("A second round will be held on May 3.", False) == "planned"
