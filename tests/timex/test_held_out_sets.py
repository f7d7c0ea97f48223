"""The tagger on our held-out TimeML sets: news texts of our own, annotated by hand before the
tagger saw them (tests/timex/own, tests/timex/heldout2). Floors a little under the figures
reached, to guard them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.eval.tempeval import score_timexes
from tracker.eval.timeml import find_timeml, read_timeml
from tracker.eval.timex_adapter import timeml_timexes

HERE = Path(__file__).resolve().parent

# folder, documents, floors of strict F1, relaxed F1, value F1, type accuracy
SETS = [
    ("own", 8, (0.95, 0.97, 0.92, 0.95)),
    ("heldout2", 10, (0.94, 0.98, 0.95, 0.98)),
]


@pytest.mark.parametrize(("folder", "documents", "floors"), SETS)
def test_the_tagger_on_a_held_out_news_set(
    folder: str, documents: int, floors: tuple[float, float, float, float]
) -> None:
    docs = [read_timeml(p) for p in find_timeml([HERE / folder])]
    assert len(docs) == documents
    scores = score_timexes(docs, timeml_timexes, warmup=False)
    strict, relaxed, value, type_accuracy = floors
    assert scores.strict_prf[2] >= strict
    assert scores.relaxed_prf[2] >= relaxed
    assert scores.value_f1 >= value
    assert scores.type_accuracy >= type_accuracy
