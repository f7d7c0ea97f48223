"""The TimeML reader, the TempEval measures and ``tracker eval timex``, on documents and spans
written here."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tracker.extract.timex as timex_package
from tests.helpers import run
from tracker.cli.eval import app as eval_app
from tracker.eval.tempeval import align, score_timexes, validate
from tracker.eval.timeml import (
    GoldTimex,
    TimemlDocument,
    TimemlError,
    find_timeml,
    parse_timeml,
    read_timeml,
)
from tracker.extract.timex import Timex

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

# A DCT copy inside the text, a comment, a numeric entity, an empty (anchor) TIMEX3 and a
# padded span; the creation time comes only from functionInDocument.
DOC_INLINE_DCT = """<TimeML>
<TEXT><TIMEX3 tid="t0" type="DATE" value="20240320" functionInDocument="CREATION_TIME">March 20, 2024</TIMEX3>
<!-- editor's note: checked -->Caf&#233; owners reopened<TIMEX3 tid="t9" type="DURATION" value="P1W" beginPoint="t0"/>
<TIMEX3 tid="t1" type="date" value="2024-03-19"> yesterday </TIMEX3> &lt;after&gt; the flood.</TEXT>
</TimeML>
"""


@dataclass
class S:
    start: int
    end: int
    type: str
    value: str


def _doc(tmp_path: Path, text: str = DOC, name: str = "t1.tml") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- reader -------------------------------------------------------------------------------


def test_reader_gives_plain_text_dct_and_offsets(tmp_path: Path) -> None:
    doc = read_timeml(_doc(tmp_path))
    assert doc.dct == date(2024, 3, 14)
    assert "&amp;" not in doc.text and " & crews" in doc.text
    assert "<" not in doc.text and "March 14" not in doc.text
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("on Tuesday", "DATE", "2024-03-12"),
        ("two days", "DURATION", "P2D"),
    ]
    assert all(doc.text[g.start : g.end] == g.text for g in doc.gold)
    assert doc.ignore == ()


def test_reader_keeps_dct_copies_out_of_gold_and_cleans_markup() -> None:
    doc = parse_timeml(DOC_INLINE_DCT, "inline.tml")
    assert doc.dct == date(2024, 3, 20)
    assert doc.text.startswith("March 20, 2024\nCafé owners reopened")
    assert "editor" not in doc.text and "<after>" in doc.text
    assert [(g.text, g.type) for g in doc.gold] == [("yesterday", "DATE")]  # trimmed, upper
    assert [doc.text[s:e] for s, e in doc.ignore] == ["March 20, 2024"]


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        ("<TimeML></TimeML>", "no <TEXT> element"),
        ("<TimeML><TEXT>It rained.</TimeML>", "<TEXT> is never closed"),
        ("<TEXT>\nIt <TIMEX3 tid='t1'>rained.</TEXT>", "line 2: <TIMEX3> is never closed"),
        ("<TEXT>It rained</TIMEX3>.</TEXT>", "</TIMEX3> without an opening tag"),
    ],
)
def test_reader_names_the_file_and_the_fault(markup: str, reason: str) -> None:
    with pytest.raises(TimemlError, match=f"^bad.tml: .*{reason}"):
        parse_timeml(markup, "bad.tml")


def test_find_timeml_searches_folders_and_reports_missing(tmp_path: Path) -> None:
    a = _doc(tmp_path, name="a/one.tml")
    b = _doc(tmp_path, name="a/b/two.tml.xml")
    _doc(tmp_path, name="a/notes.txt")
    assert find_timeml([tmp_path]) == sorted([a, b])
    with pytest.raises(TimemlError, match="no such file or folder"):
        find_timeml([tmp_path / "nope"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(TimemlError, match="no TimeML files"):
        find_timeml([tmp_path / "empty"])


# --- alignment and scores -----------------------------------------------------------------


def test_alignment_is_one_to_one_exact_first() -> None:
    gold = [GoldTimex(0, 10, "", "DATE", "x"), GoldTimex(12, 20, "", "DATE", "y")]
    # The long span overlaps both gold spans but may take only one; the exact match wins.
    found = [S(0, 20, "DATE", "x"), S(12, 20, "DATE", "y")]
    assert sorted(align(gold, found)) == [(0, 0), (1, 1)]
    assert align(gold, [S(0, 20, "DATE", "x")]) == [(0, 0)]  # larger overlap with gold 0


def test_alignment_prefers_largest_overlap_then_closest_bounds() -> None:
    gold = [GoldTimex(10, 20, "", "DATE", "x")]
    assert align(gold, [S(0, 12, "DATE", ""), S(15, 30, "DATE", "")]) == [(0, 1)]
    # Equal overlaps (5 characters each): the closer boundaries win.
    assert align(gold, [S(5, 15, "DATE", ""), S(11, 16, "DATE", "")]) == [(0, 1)]
    assert align(gold, [S(14, 30, "DATE", ""), S(12, 18, "DATE", "")]) == [(0, 1)]


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
    assert scores.relaxed_prf == pytest.approx((2 / 3, 1.0, 0.8))
    assert (scores.type_accuracy, scores.value_accuracy) == (0.5, 0.5)
    assert scores.type_f1 == pytest.approx(0.4)
    assert scores.value_f1 == pytest.approx(0.4)
    assert sorted(m.kind for m in scores.mismatches) == ["spurious", "type", "value"]
    assert (scores.docs, scores.chars) == (1, 40)


def test_system_spans_are_trimmed_validated_and_dct_copies_ignored() -> None:
    text = "March 20, 2024\nShops reopened  yesterday  after the flood."
    at = text.index("yesterday")
    doc = TimemlDocument(
        "d",
        text,
        date(2024, 3, 20),
        (GoldTimex(at, at + 9, "yesterday", "DATE", "2024-03-19"),),
        ((0, 14),),
    )
    found = [
        {"start": at - 2, "end": at + 11, "type": "date", "value": " 2024-03-19 "},  # padded
        {"start": 0, "end": 5, "type": "DATE", "value": "2024-03"},  # on the DCT copy
        {"start": 40, "end": 400, "type": "DATE", "value": "x"},  # past the end
        {"start": 15, "end": 15, "type": "DATE", "value": "x"},  # empty
        {"start": 14, "end": 15, "type": "DATE", "value": "x"},  # only whitespace
    ]
    scores = score_timexes([doc], lambda _t, _d: found)
    assert (scores.system, scores.invalid, scores.ignored) == (1, 3, 1)
    assert (scores.strict, scores.type_ok, scores.value_ok) == (1, 1, 1)
    assert scores.value_f1 == 1.0


def test_validate_reads_attributes_or_keys() -> None:
    t = Timex(0, 4, "2024", "DATE", "2024", None, None, None, "year", "absolute", "r")
    found, invalid = validate("2024 was dry", [t, {"start": 0}, object()])
    assert [(p.start, p.end, p.type, p.value) for p in found] == [(0, 4, "DATE", "2024")]
    assert invalid == 2


def test_nothing_found_scores_zero_without_dividing_by_zero() -> None:
    doc = TimemlDocument("d", "On Monday.", None, (GoldTimex(3, 9, "Monday", "DATE", "XXXX"),))
    scores = score_timexes([doc], lambda _t, _d: [])
    assert scores.relaxed_prf == (0.0, 0.0, 0.0)
    assert (scores.type_accuracy, scores.value_f1) == (0.0, 0.0)


def test_scores_as_dict_is_json_ready() -> None:
    doc = TimemlDocument("d", "On Monday.", None, (GoldTimex(3, 9, "Monday", "DATE", "XXXX"),))
    figures = score_timexes([doc], lambda _t, _d: [S(3, 9, "DATE", "XXXX")]).as_dict()
    assert json.loads(json.dumps(figures))["value"] == {"accuracy": 1.0, "f1": 1.0}
    assert figures["relaxed"]["f1"] == 1.0 and figures["chars_per_second"] >= 0


# --- the CLI sub-app ----------------------------------------------------------------------


@pytest.fixture
def stub_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tagger that finds 'on Tuesday' and 'two days', and gets one value wrong."""

    def tag(text: str, dct: date | str | None = None) -> list[Timex]:
        out = []
        for phrase, typ, value in (
            ("on Tuesday", "DATE", "2024-03-12"),
            ("two days", "DURATION", "P3D"),
        ):
            at = text.find(phrase)
            if at >= 0:
                end = at + len(phrase)
                out.append(
                    Timex(at, end, phrase, typ, value, None, None, None, "day", "dct", "stub")
                )
        return out

    monkeypatch.setattr(timex_package, "tag_timexes", tag)


def test_eval_timex_json_and_errors(tmp_path: Path, stub_tagger: None) -> None:
    _doc(tmp_path, name="sub/t1.tml")
    result = CliRunner().invoke(eval_app, ["timex", str(tmp_path), "--json", "--errors", "5"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    assert (figures["documents"], figures["gold"], figures["system"]) == (1, 2, 2)
    assert figures["strict"]["f1"] == 1.0 and figures["value"]["accuracy"] == 0.5
    assert "value    t1.tml: 'two days' gold=P2D system=P3D" in result.stdout


def test_eval_timex_table(tmp_path: Path, stub_tagger: None) -> None:
    result = CliRunner().invoke(eval_app, ["timex", str(_doc(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "relaxed span" in result.stdout and "chars/s" in result.stdout


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: d / "nope", "no such file or folder"),
        (lambda d: d, "no TimeML files"),
        (lambda d: _doc(d, "<TimeML>no text</TimeML>", "bad.tml"), "no <TEXT> element"),
    ],
)
def test_eval_timex_errors_are_one_line(
    tmp_path: Path, setup: Callable[[Path], Path], message: str
) -> None:
    result = CliRunner().invoke(eval_app, ["timex", str(setup(tmp_path))])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith("error: ")


def test_eval_timex_with_the_real_tagger_through_the_main_app(tmp_path: Path) -> None:
    _doc(tmp_path)
    result = run("eval", "timex", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["gold"] == 2
