from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import ARTICLE_A, run, write


@pytest.fixture
def db_with_claims(tmp_path: Path, db_url: str) -> str:
    write(tmp_path, "a.txt", ARTICLE_A)
    assert (
        run(
            "ingest", str(tmp_path / "a.txt"), "--url", "https://news.example/a", db=db_url
        ).exit_code
        == 0
    )
    assert json.loads(run("claims", "-f", "json", db=db_url).stdout)
    return db_url


def test_status_history_is_appended_never_overwritten(db_with_claims: str) -> None:
    db = db_with_claims
    assert run("claim", "set-status", "1", "in_progress", "--by", "ana", db=db).exit_code == 0
    result = run(
        "claim",
        "set-status",
        "1",
        "false",
        "--note",
        "Only 9 villages were flooded",
        "--evidence",
        "https://gov.example/report",
        "--by",
        "ana",
        db=db,
    )
    assert result.exit_code == 0, result.stderr
    assert run("claim", "set-status", "1", "reopened", "--note", "new data", db=db).exit_code == 0
    history = json.loads(run("claim", "history", "1", "--json", db=db).stdout)
    assert [h["status"] for h in history] == ["unchecked", "in_progress", "false", "in_progress"]
    assert history[2]["evidence"] == ["https://gov.example/report"]
    assert history[3]["label"] == "reopened"
    claim = json.loads(run("claim", "show", "1", db=db).stdout)
    assert claim["status"] == "in_progress" and len(claim["history"]) == 4
    assert (
        json.loads(run("claims", "--status", "in_progress", "-f", "json", db=db).stdout)[0]["id"]
        == 1
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["claim", "set-status", "1", "sort-of"], "unknown status"),
        (["claim", "set-status", "999", "false"], "no claim with id 999"),
        (["claim", "set-status", "1", "false", "--evidence", "not a url"], "evidence must be"),
        (["claim", "set-status", "1", "false", "--evidence", "ftp://x/y"], "evidence must be"),
        (["claim", "history", "999"], "no claim with id 999"),
    ],
)
def test_bad_changes_are_refused_and_change_nothing(
    db_with_claims: str, args: list[str], message: str
) -> None:
    result = run(*args, db=db_with_claims)
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    history = json.loads(run("claim", "history", "1", "--json", db=db_with_claims).stdout)
    assert [h["status"] for h in history] == ["unchecked"]


def test_claimreview_export_for_verdicts(db_with_claims: str, tmp_path: Path) -> None:
    db = db_with_claims
    run(
        "claim",
        "set-status",
        "1",
        "misleading",
        "--evidence",
        "https://check.example/1",
        "--by",
        "Desk",
        db=db,
    )
    out = tmp_path / "cr.json"
    assert run("export", "--format", "claimreview", "--out", str(out), db=db).exit_code == 0
    reviews = json.loads(out.read_text())
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview" and review["@context"] == "https://schema.org"
    assert review["reviewRating"]["alternateName"] == "Misleading"
    assert review["url"] == "https://check.example/1"
    assert review["author"]["name"] == "Desk"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2024-03-14"
    assert item["appearance"][0]["url"] == "https://news.example/a"
    assert review["claimReviewed"]
