from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.helpers import ARTICLE_A, ARTICLE_B, run, write


def _ingest(tmp_path: Path, db: str) -> None:
    write(tmp_path / "in", "a.txt", ARTICLE_A)
    write(tmp_path / "in", "b.txt", ARTICLE_B)
    assert run("ingest", str(tmp_path / "in"), db=db).exit_code == 0


def test_events_are_chronological_and_filterable(tmp_path: Path, db_url: str) -> None:
    _ingest(tmp_path, db_url)
    events = json.loads(run("events", "--format", "json", db=db_url).stdout)
    starts = [e["start"] for e in events if e["start"]]
    assert starts == sorted(starts)
    assert any(e["date"] == "2024-03-12" for e in events)
    march_19 = json.loads(
        run(
            "events", "--from", "2024-03-19", "--to", "March 19, 2024", "-f", "json", db=db_url
        ).stdout
    )
    assert march_19 and all(e["start"] <= "2024-03-19" <= e["end"] for e in march_19)
    by_actor = json.loads(run("events", "--actor", "kazakh", "-f", "json", db=db_url).stdout)
    assert by_actor and all("Kazakhstan" in e["actors"] for e in by_actor)
    limited = json.loads(run("events", "--limit", "1", "-f", "json", db=db_url).stdout)
    assert len(limited) == 1
    lines = run("events", "-f", "jsonl", db=db_url).stdout.strip().splitlines()
    assert all(json.loads(line)["id"] for line in lines)


def test_every_event_and_claim_has_a_source(tmp_path: Path, db_url: str) -> None:
    _ingest(tmp_path, db_url)
    out = tmp_path / "all.json"
    assert run("export", "--format", "json", "--out", str(out), db=db_url).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"articles", "events", "claims", "claim_links"}
    texts = {
        a["id"]: (tmp_path / "in" / name).read_text()
        for a, name in zip(data["articles"], ["a.txt", "b.txt"], strict=True)
    }
    for item in data["events"] + data["claims"]:
        assert item["sources"]
        for s in item["sources"]:
            assert texts[s["article_id"]][s["char_start"] : s["char_end"]] == s["quote"]
    event_keys = {
        "id",
        "date",
        "start",
        "end",
        "precision",
        "title",
        "type",
        "modality",
        "actors",
        "places",
        "confidence",
        "sources",
    }
    assert all(event_keys <= set(e) for e in data["events"])
    claim_keys = {
        "id",
        "text",
        "claimant",
        "date",
        "status",
        "score",
        "entities",
        "event_id",
        "quantities",
        "sources",
    }
    assert data["claims"] and all(claim_keys <= set(c) for c in data["claims"])
    assert any(
        q["qualifier"] == "at least" and q["value"] == 12
        for c in data["claims"]
        for q in c["quantities"]
    )


def test_csv_export_neutralises_formulas(tmp_path: Path, db_url: str) -> None:
    write(
        tmp_path,
        "evil.txt",
        "=HYPERLINK(\"http://x\")\n\nPublished March 20, 2024\n\n=cmd|' /C calc'!A0 On March 19, 2024, gunmen attacked a post in Kazakhstan, police said.\n",
    )
    assert run("ingest", str(tmp_path / "evil.txt"), db=db_url).exit_code == 0
    out = run("export", "--format", "csv", "--out", "-", db=db_url).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@"))


def test_default_export_paths(tmp_path: Path, db_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _ingest(tmp_path, db_url)
    monkeypatch.chdir(tmp_path)
    assert run("export", "--format", "csv", db=db_url).exit_code == 0
    assert run("export", "--format", "json", db=db_url).exit_code == 0
    assert (tmp_path / "exports" / "timeline.csv").read_text().startswith("id,date,start,end")
    assert json.loads((tmp_path / "exports" / "timeline.json").read_text())["events"]
    assert run("export", "--what", "claims", db=db_url).exit_code == 0
    assert (tmp_path / "exports" / "claims.csv").exists()


def test_claims_and_timeline(tmp_path: Path, db_url: str) -> None:
    _ingest(tmp_path, db_url)
    claims = json.loads(run("claims", "-f", "json", db=db_url).stdout)
    assert claims and all(c["status"] == "unchecked" for c in claims)
    assert claims[0]["date"] >= claims[-1]["date"]
    timeline = run("timeline", db=db_url).stdout
    assert "March 2024" in timeline
    assert "March 12, 2024" in timeline or "March 12" in timeline
