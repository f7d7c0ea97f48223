"""Problems a read-only review found in this stop's rules, each with a sentence."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.cues import modality


def test_a_judgement_or_a_guess_of_what_would_happen_is_no_plan() -> None:
    assert modality("The minister said the plan would be a disaster.", True) == "hypothetical"
    assert modality("Analysts said the merger would likely hurt consumers.", True) == "hypothetical"
    assert modality("Officials said the vote would be held on Friday.", True) == "planned"
    assert modality("He said the ministry would decide whether to evacuate.", True) == "planned"


def test_a_leading_since_clause_leaves_the_title_to_the_main_clause() -> None:
    (event,) = extract(
        "News\n\nSince the bridge was closed, traffic has moved slowly, officials said on Monday.",
        date(2026, 12, 1),
    ).events
    assert event.title == "Officials: Traffic has moved slowly"


def test_an_apposition_in_the_head_belongs_to_a_name_opening_the_sentence() -> None:
    titles = [
        e.title
        for e in extract(
            "News\n\nAfter the vote in Lima, the ruling party, a coalition, said it would quit on "
            "Friday.",
            date(2026, 12, 1),
        ).events
    ]
    assert titles and not titles[0].startswith("It would")
