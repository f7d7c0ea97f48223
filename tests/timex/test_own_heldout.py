"""The tagger on our own held-out TimeML (tests/timex/own): texts of our own, annotated by
hand before the tagger saw them. Floors a little under the figures reached, to guard them."""

from __future__ import annotations

from pathlib import Path

from tracker.eval.tempeval import score_timexes
from tracker.eval.timeml import find_timeml, read_timeml
from tracker.eval.timex_adapter import timeml_timexes

OWN = Path(__file__).resolve().parent / "own"


def test_the_tagger_on_our_own_held_out_news() -> None:
    docs = [read_timeml(p) for p in find_timeml([OWN])]
    assert len(docs) == 8
    scores = score_timexes(docs, timeml_timexes, warmup=False)
    assert scores.strict_prf[2] >= 0.95
    assert scores.relaxed_prf[2] >= 0.97
    assert scores.value_f1 >= 0.92
    assert scores.type_accuracy >= 0.95
