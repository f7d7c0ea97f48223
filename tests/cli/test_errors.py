"""User errors: one clear line on stderr, a non-zero exit, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import ARTICLE_A, run, write


def _one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "event", "999"], "no event with id 999"),
        (["show", "claim", "999"], "no claim with id 999"),
        (["show", "article", "999"], "no article with id 999"),
        (["show", "thing", "1"], "unknown kind"),
        (["events", "--from", "someday soon-ish"], "--from"),
        (["events", "--format", "xml"], "unknown format"),
        (["export", "--format", "pdf", "--out", "-"], "unknown export format"),
    ],
)
def test_user_errors(tmp_path: Path, args: list[str], message: str) -> None:
    line = _one_error_line(run(*args, db=str(tmp_path / "t.db")))
    assert line.startswith("error:") and message in line


@pytest.mark.parametrize(
    "db",
    [
        "nosuchdriver://x",
        "postgresql+psycopg://postgres@127.0.0.1:1/x?connect_timeout=2",
        "/no/such/dir/t.db",
    ],
)
def test_bad_database(db: str) -> None:
    line = _one_error_line(run("events", db=db))
    assert line.startswith("error:")


def test_export_to_missing_folder(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    write(tmp_path, "a.txt", ARTICLE_A)
    run("ingest", str(tmp_path / "a.txt"), db=db)
    line = _one_error_line(run("export", "--out", str(tmp_path / "nope" / "x.csv"), db=db))
    assert "does not exist" in line
