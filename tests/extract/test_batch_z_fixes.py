"""Rules added after the first run of seeds 116-119: "mid-May" is no modal, a month with
"last year", "said on Tuesday it would", titles without a dangling "until about", what a
report says "would" happen, states named with "of", and bodies that speak."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.cues import modality
from tracker.extract.timex import tag_timexes


def test_mid_may_is_the_month_not_a_modal() -> None:
    sentence = "At least 54 people have died, as a heatwave that began in mid-May spread."
    assert modality(sentence, True) == "reported"


def test_a_month_with_last_year_is_one_date() -> None:
    (debut,) = tag_timexes("She made her debut in March last year.", date(2025, 6, 13))
    assert (debut.text, debut.value) == ("March last year", "2024-03")


def test_said_on_a_day_then_what_it_says() -> None:
    events = extract(
        "News\n\nLatvia said on Tuesday it would keep its crossings shut until the end of March.",
        date(2025, 1, 28),
    ).events
    said = [e for e in events if e.date.value == "2025-01-28"]
    assert said and said[0].title.startswith("Latvia would keep its crossings shut")
    assert said[0].modality == "reported"


def test_a_title_leaves_no_until_about_behind() -> None:
    titles = [
        e.title
        for e in extract(
            "News\n\nThe outage began at 07:10 and lasted until about 11:30.", date(2025, 5, 15)
        ).events
    ]
    assert all(not t.endswith(("until about", "until")) for t in titles)


def test_what_a_report_says_would_happen_is_planned_unless_a_condition() -> None:
    assert modality("would report by the end of June", True) == "planned"
    assert modality("would report if asked", True) == "hypothetical"
    assert modality("would report by the end of June", False) == "hypothetical"


def test_the_states_of_names_places() -> None:
    (event,) = [
        e
        for e in extract(
            "News\n\nDozens died in the states of Ambara and Kelvani on Thursday.",
            date(2024, 5, 31),
        ).events
    ]
    assert {"Ambara", "Kelvani"} <= set(event.places)


def test_a_one_word_name_that_speaks_is_no_place() -> None:
    text = (
        "News\n\nPayments failed on Wednesday, Vantpay said. A similar failure at Vantpay in "
        "December 2023 lasted 40 minutes."
    )
    events = extract(text, date(2025, 5, 15)).events
    december = [e for e in events if e.date.value == "2023-12"]
    assert december and "Vantpay" not in december[0].places


def test_a_photo_caption_line_is_a_caption() -> None:
    sentences = extract(
        "News\n\nPhoto caption: Two ministers shake hands in Geneva on June 13, 2025.\n\nBody.",
        date(2025, 6, 14),
    ).sentences
    assert sentences[1].caption
