"""The TimeML reader and the TempEval measures, on a document and spans written here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import run
from tracker.eval.tempeval import align, score_timexes
from tracker.eval.timeml import GoldTimex, TimemlDocument, TimemlError, read_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-14" functionInDocument="CREATION_TIME">March 14, 2024</TIMEX3></DCT>
<TEXT>
The gates jammed <TIMEX3 tid="t1" type="DATE" value="2024-03-12">on Tuesday</TIMEX3> &amp; crews
worked for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
</TimeML>
"""


@dataclass
class S:
    start: int
    end: int
    type: str
    value: str


def test_reader_gives_plain_text_dct_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "t1.tml"
    path.write_text(DOC, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == date(2024, 3, 14)
    assert "&amp;" not in doc.text and " & crews" in doc.text
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("on Tuesday", "DATE", "2024-03-12"),
        ("two days", "DURATION", "P2D"),
    ]
    assert all(doc.text[g.start : g.end] == g.text for g in doc.gold)


def test_reader_rejects_files_without_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML></TimeML>", encoding="utf-8")
    with pytest.raises(TimemlError, match="no <TEXT> element"):
        read_timeml(path)


def test_alignment_is_one_to_one_exact_first() -> None:
    gold = [GoldTimex(0, 10, "", "DATE", "x"), GoldTimex(12, 20, "", "DATE", "y")]
    found = [S(0, 20, "DATE", "x"), S(12, 20, "DATE", "y")]
    assert sorted(align(gold, found)) == [(0, 0), (1, 1)]


def test_strict_relaxed_and_attribute_scores() -> None:
    text = "a" * 40
    doc = TimemlDocument(
        "d",
        text,
        None,
        (GoldTimex(0, 10, "", "DATE", "2024"), GoldTimex(20, 30, "", "DURATION", "P2D")),
    )

    def system(_text: str, _dct: date | None) -> list[S]:
        return [S(0, 10, "DATE", "2024"), S(22, 30, "DATE", "P3D"), S(35, 38, "SET", "P1D")]

    scores = score_timexes([doc], system)
    assert (scores.gold, scores.system, scores.strict, scores.relaxed) == (2, 3, 1, 2)
    assert scores.strict_prf == pytest.approx((1 / 3, 1 / 2, 0.4))
    assert scores.relaxed_prf[2] == pytest.approx(0.8)
    assert (scores.type_accuracy, scores.value_accuracy) == (0.5, 0.5)
    assert scores.value_f1 == pytest.approx(0.4)
    assert {m.kind for m in scores.mismatches} == {"value", "spurious"}


def test_eval_cli(tmp_path: Path) -> None:
    (tmp_path / "t1.tml").write_text(DOC, encoding="utf-8")
    result = run("eval", "timex", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    assert '"relaxed"' in result.stdout
    missing = run("eval", "timex", str(tmp_path / "nope"))
    assert missing.exit_code == 1 and missing.stderr.startswith("error:")
