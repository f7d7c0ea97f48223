"""Follow-up reporting: the same event told by three articles is one event with three sources;
an updated figure becomes an `updates` link; unrelated events on the same day stay apart."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run, write

FIRST = """Tobol dam gates jam

KOSTANAY, March 13, 2024 (Northwind Wire) — The sluice gates of the Tobol dam in Kazakhstan jammed
on March 12, 2024, flooding at least 12 villages, the Kazakh emergency ministry said.
"""
SECOND = """Floods spread below Tobol dam

ASTANA, March 15, 2024 (Steppe Daily) — Water covered 31 villages on Friday after the Tobol dam
gates in Kazakhstan jammed on March 12, 2024, the Kazakh emergency ministry said.
"""
THIRD = """Engineers free Tobol dam gates

KOSTANAY, March 18, 2024 (Northwind Wire) — Engineers freed the Tobol dam gates, which jammed in
Kazakhstan on March 12, 2024, the emergency ministry said. Separately, Uzbek and Kazakh diplomats
signed a trade accord in Tashkent on March 12, 2024.
"""


def _ingest(tmp_path: Path, db: str) -> None:
    for name, text in (("1.txt", FIRST), ("2.txt", SECOND), ("3.txt", THIRD)):
        write(tmp_path / "story", name, text)
        result = run("ingest", str(tmp_path / "story" / name), db=db)
        assert result.exit_code == 0, result.stderr


def test_same_event_three_articles_is_one_event_with_three_sources(
    tmp_path: Path, db_url: str
) -> None:
    _ingest(tmp_path, db_url)
    events = json.loads(
        run("events", "--from", "2024-03-12", "--to", "2024-03-12", "-f", "json", db=db_url).stdout
    )
    jams = [
        e
        for e in events
        if "Kazakhstan" in e["actors"] + e["places"] and "accord" not in e["title"]
    ]
    assert len(jams) == 1, [e["title"] for e in events]
    jam = jams[0]
    assert jam["n_sources"] == 3
    assert (jam["first_reported"], jam["last_reported"]) == ("2024-03-13", "2024-03-18")
    # The trade accord on the same day is another event.
    accords = [e for e in events if "accord" in e["title"]]
    assert len(accords) == 1 and accords[0]["id"] != jam["id"]


def test_updated_figure_is_linked_and_listed_as_changed(tmp_path: Path, db_url: str) -> None:
    _ingest(tmp_path, db_url)
    changed = json.loads(run("claims", "--changed", "-f", "json", db=db_url).stdout)
    assert changed, "the 12-village claim should be listed as updated"
    first = changed[0]
    assert "12 villages" in first["text"]
    updates = [
        link
        for link in first["links"]
        if link["relation"] == "updates" and link["direction"] == "in"
    ]
    assert updates and "12" in updates[0]["note"] and "31" in updates[0]["note"]
    shown = json.loads(run("claim", "show", str(updates[0]["other_claim_id"]), db=db_url).stdout)
    assert any(
        link["relation"] == "updates" and link["direction"] == "out" for link in shown["links"]
    )
    assert shown["history"][0]["status"] == "unchecked"


def test_verdict_shows_on_repeating_claims(tmp_path: Path, db_url: str) -> None:
    base = "Officials in Kazakhstan said the Tobol dam held 1.2 billion cubic meters of water on March 1, 2024."
    write(tmp_path, "a.txt", "Dam report\n\nPublished March 2, 2024\n\n" + base + "\n")
    write(tmp_path, "b.txt", "Dam report again\n\nPublished March 9, 2024\n\n" + base + "\n")
    assert run("ingest", str(tmp_path / "a.txt"), db=db_url).exit_code == 0
    assert run("ingest", str(tmp_path / "b.txt"), db=db_url).exit_code == 0
    claims = json.loads(run("claims", "-f", "json", db=db_url).stdout)
    newer, older = claims[0], claims[1]
    assert any(link["relation"] == "repeats" for link in newer["links"])
    run("claim", "set-status", str(older["id"]), "verified", "--by", "desk", db=db_url)
    again = json.loads(run("claim", "show", str(newer["id"]), db=db_url).stdout)
    assert again["status"] == "unchecked"
    assert again["verdict_via"] == {"claim_id": older["id"], "status": "verified"}


def test_person_decisions_merge_split_keep_apart(tmp_path: Path, db_url: str) -> None:
    _ingest(tmp_path, db_url)
    events = json.loads(run("events", "-f", "json", db=db_url).stdout)
    jam = max(events, key=lambda e: e["n_sources"])
    shown = json.loads(run("show", "event", str(jam["id"]), db=db_url).stdout)
    source_id = shown["sources"][-1]["id"]
    split = run("events", "split", str(jam["id"]), str(source_id), "--by", "ana", db=db_url)
    assert split.exit_code == 0, split.stderr
    new_id = int(split.stdout.split()[-1])
    refused = run("events", "merge", str(jam["id"]), str(new_id), db=db_url)
    assert refused.exit_code == 1 and "kept apart by ana" in refused.stderr
    others = [e for e in events if e["id"] != jam["id"]]
    merged = run("events", "merge", str(jam["id"]), str(others[0]["id"]), db=db_url)
    assert merged.exit_code == 0, merged.stderr
    assert run("show", "event", str(others[0]["id"]), db=db_url).exit_code == 1
    bad = run("events", "split", str(jam["id"]), "99999", db=db_url)
    assert bad.exit_code == 1 and "no source with id" in bad.stderr
