"""The export formats people's tools read: JSON Lines, TimelineJS, Markdown, iCalendar."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import ARTICLE_A, ARTICLE_B, run, write
from tracker.export.ics_export import fold, ics_text
from tracker.export.markdown_export import md_escape
from tracker.export.timelinejs_export import tl_date


@pytest.fixture
def db(tmp_path: Path, db_url: str) -> str:
    write(tmp_path / "in", "a.txt", ARTICLE_A)
    write(tmp_path / "in", "b.txt", ARTICLE_B)
    assert (
        run("ingest", str(tmp_path / "in"), "--url", "https://news.example/x", db=db_url).exit_code
        == 0
    )
    return db_url


def test_jsonl_has_one_event_a_line(db: str) -> None:
    lines = run("export", "--format", "jsonl", "--out", "-", db=db).stdout.splitlines()
    events = json.loads(run("events", "-f", "json", db=db).stdout)
    assert [json.loads(line)["id"] for line in lines] == [e["id"] for e in events]


def test_timelinejs_dates_follow_precision(db: str) -> None:
    doc = json.loads(
        run("export", "--format", "timelinejs", "--group", "type", "--out", "-", db=db).stdout
    )
    assert doc["title"]["text"]["headline"] == "Timeline"
    assert doc["events"]
    for slide in doc["events"]:
        assert slide["start_date"]["year"] >= 2024
        assert slide["unique_id"].startswith("event-")
        assert slide["text"]["headline"] and "group" in slide
        assert 'href="https://news.example/x"' in slide["text"]["text"]


def test_tl_date_keeps_only_known_parts() -> None:
    from datetime import date

    assert tl_date(date(2021, 8, 10), "day") == {"year": 2021, "month": 8, "day": 10}
    assert tl_date(date(2021, 8, 1), "month") == {"year": 2021, "month": 8}
    assert tl_date(date(2021, 1, 1), "year") == {"year": 2021}


def test_markdown_chronology(db: str) -> None:
    out = run(
        "export", "--format", "markdown", "--title", "Tobol floods", "--out", "-", db=db
    ).stdout
    assert out.startswith("# Tobol floods\n")
    assert "\n## March 2024\n" in out
    assert "- **March 12, 2024** —" in out
    assert "(<https://news.example/x>)" in out


def test_markdown_escapes_untrusted_text() -> None:
    assert md_escape("[click](javascript:x) *bold*") == "\\[click\\](javascript:x) \\*bold\\*"


def test_ics_has_all_day_entries(db: str, tmp_path: Path) -> None:
    path = tmp_path / "t.ics"
    assert run("export", "--format", "ics", "--out", str(path), db=db).exit_code == 0
    out = path.read_bytes().decode("utf-8")
    assert out.startswith("BEGIN:VCALENDAR\r\n") and out.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20240312\r\n" in out
    assert "DTEND;VALUE=DATE:20240313\r\n" in out
    assert all(len(line.encode()) <= 75 for line in out.split("\r\n"))


def test_ics_escaping_and_folding() -> None:
    assert ics_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("SUMMARY:" + "é" * 80)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "é" * 80


def test_unknown_group_is_refused(db: str) -> None:
    result = run("export", "--format", "timelinejs", "--group", "mood", "--out", "-", db=db)
    assert result.exit_code == 1 and "unknown group" in result.stderr
