"""The hand-made event gold set of our sample articles (tests/gold/events): what a careful
editor lists. Extraction must keep finding nearly all of it without flooding it."""

from __future__ import annotations

from pathlib import Path

from tracker.eval.events import evaluate_events

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events"


def test_event_extraction_against_the_gold_set() -> None:
    scores = evaluate_events([GOLD])
    assert scores.files == 342
    assert scores.recall >= 0.85, scores.misses
    assert scores.precision >= 0.8, scores.misses
