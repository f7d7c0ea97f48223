"""The tagger on our second held-out TimeML set (tests/timex/heldout2): ten news texts of our
own, annotated by hand before the tagger saw them. Floors a little under the figures reached,
to guard them."""

from __future__ import annotations

from pathlib import Path

from tracker.eval.tempeval import score_timexes
from tracker.eval.timeml import find_timeml, read_timeml
from tracker.eval.timex_adapter import timeml_timexes

HELDOUT2 = Path(__file__).resolve().parent / "heldout2"


def test_the_tagger_on_our_second_held_out_news_set() -> None:
    docs = [read_timeml(p) for p in find_timeml([HELDOUT2])]
    assert len(docs) == 10
    scores = score_timexes(docs, timeml_timexes, warmup=False)
    assert scores.strict_prf[2] >= 0.94
    assert scores.relaxed_prf[2] >= 0.98
    assert scores.value_f1 >= 0.95
    assert scores.type_accuracy >= 0.98
