from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run, write

UNDATED = """Relief convoy reaches flooded district

A convoy of 40 trucks reached the flooded Tobol district on Tuesday, the Red Cross said.
Engineers had opened the spillways of the Tobol dam on March 3, 2024.
"""


def test_set_date_re_resolves_relative_dates(tmp_path: Path, db_url: str) -> None:
    write(tmp_path, "a.txt", UNDATED)
    result = run("ingest", str(tmp_path / "a.txt"), db=db_url)
    assert result.exit_code == 0, result.stderr
    assert "inferred" in result.stderr and "warning:" in result.stderr
    article = json.loads(run("show", "article", "1", db=db_url).stdout)
    assert article["published"] == "2024-03-03" and article["published_inferred"] is True

    changed = run("article", "set-date", "1", "2024-03-14", db=db_url)
    assert changed.exit_code == 0, changed.stderr
    article = json.loads(run("show", "article", "1", db=db_url).stdout)
    assert article["published"] == "2024-03-14" and article["published_inferred"] is False
    events = json.loads(run("events", "-f", "json", db=db_url).stdout)
    by_expression = {e["date_expression"]: e for e in events}
    assert by_expression["Tuesday"]["date"] == "2024-03-12"
    assert by_expression["March 3, 2024"]["date"] == "2024-03-03"
    claims = json.loads(run("claims", "-f", "json", db=db_url).stdout)
    assert all(c["date"] == "2024-03-14" for c in claims)


def test_set_date_errors(tmp_path: Path, db_url: str) -> None:
    bad_id = run("article", "set-date", "42", "2024-03-14", db=db_url)
    assert bad_id.exit_code == 1 and "no article with id 42" in bad_id.stderr
    bad_date = run("article", "set-date", "1", "soonish", db=db_url)
    assert bad_date.exit_code == 1 and "DATE" in bad_date.stderr


def test_set_date_updates_each_claim_of_a_two_claim_sentence(tmp_path: Path, db_url: str) -> None:
    write(
        tmp_path,
        "q.txt",
        "Quake toll rises\n\nRescuers pulled 14 survivors from the rubble on Sunday, the civil "
        "defence agency said, and more than 600 buildings were declared unsafe on Monday.\n",
    )
    assert (
        run("ingest", str(tmp_path / "q.txt"), "--published", "2025-02-04", db=db_url).exit_code
        == 0
    )
    assert run("article", "set-date", "1", "2025-02-11", db=db_url).exit_code == 0
    claims = json.loads(run("claims", "-f", "json", db=db_url).stdout)
    assert sorted((c["text"][:9], c["about"], c["event_id"]) for c in claims) == [
        ("Rescuers ", "2025-02-09", 1),
        ("more than", "2025-02-10", 2),
    ]


def test_set_date_moves_both_events_one_expression_dates(tmp_path: Path, db_url: str) -> None:
    write(
        tmp_path,
        "s.txt",
        "Strike\n\nThe dockers' strike began on Monday, when the port authority cut night "
        "shifts at the Vila Lenta terminal.\n",
    )
    ingest = run("ingest", str(tmp_path / "s.txt"), "--published", "2025-02-05", db=db_url)
    assert ingest.exit_code == 0, ingest.stderr
    before = json.loads(run("events", "-f", "json", db=db_url).stdout)
    assert sorted(e["date"] for e in before) == ["2025-02-03", "2025-02-03"]
    assert run("article", "set-date", "1", "2025-02-12", db=db_url).exit_code == 0
    after = json.loads(run("events", "-f", "json", db=db_url).stdout)
    assert sorted(e["date"] for e in after) == ["2025-02-10", "2025-02-10"]


def test_events_say_who_reports_them(tmp_path: Path, db_url: str) -> None:
    write(
        tmp_path,
        "w.txt",
        "Launch\n\nA second satellite is planned for 2027, the agency's director general, "
        "Ana Lenz, said on Wednesday.\n",
    )
    assert (
        run("ingest", str(tmp_path / "w.txt"), "--published", "2025-11-12", db=db_url).exit_code
        == 0
    )
    events = json.loads(run("events", "-f", "json", db=db_url).stdout)
    assert {s["said_by"] for e in events for s in e["sources"]} == {"Ana Lenz"}
    timeline = run("timeline", db=db_url).stdout
    assert "says Ana Lenz" in timeline and "[article 1]" in timeline
