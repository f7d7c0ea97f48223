"""Tagger fixes from batch BA (seeds 224-227): "the next day" or "two weeks later" after a
month the narrative named since its last day is known to that month only; "overnight" in a
sentence that names a day other than the article's is that day's night; "Aug. 18" opens no
sentence at its period."""

from __future__ import annotations

from tracker.extract.timex import tag_timexes
from tracker.extract.timex.context import sentence_around


def test_the_next_day_after_a_month_is_known_to_that_month() -> None:
    text = (
        "He was arrested on July 3, 2024. He lost his appeal in May. The next day, his "
        "lawyers went to Strasbourg, and the court declined two weeks later."
    )
    values = {t.text: t.value for t in tag_timexes(text, "2025-10-09")}
    assert values["The next day"] == "2025-05"
    assert values["two weeks later"] == "2025-05"


def test_overnight_after_a_day_the_sentence_names_is_that_nights() -> None:
    (_, night) = tag_timexes("Aug. 18: All passengers are evacuated overnight.", "2025-09-12")
    assert night.value == "2025-08-18TNI"
    # the dateline's day is the article's: the night before it
    (_, night) = tag_timexes("ROME, Aug. 25, 2025 — Boats were rescued overnight.", "2025-08-25")
    assert night.value == "2025-08-24TNI"


def test_a_month_abbreviation_before_its_day_ends_no_sentence() -> None:
    text = "Earlier text. Aug. 18: the ship was towed."
    assert sentence_around(text, text.index("towed"), len(text) - 1).strip().startswith("Aug. 18")
