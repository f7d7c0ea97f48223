from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import ARTICLE_A, ARTICLE_B, run, write


def test_ingest_folder_then_again_is_idempotent(tmp_path: Path, db_url: str) -> None:
    folder = tmp_path / "news"
    write(folder, "a.txt", ARTICLE_A)
    write(folder, "sub/b.md", ARTICLE_B)
    first = run("ingest", str(folder), db=db_url)
    assert first.exit_code == 0, first.stderr
    assert "2 stored, 0 already stored, 0 failed" in first.stderr
    second = run("ingest", str(folder), db=db_url)
    assert second.exit_code == 0
    assert "0 stored, 2 already stored" in second.stderr
    assert "already stored as article" in second.stderr
    listed = run("articles", "--format", "json", db=db_url)
    assert listed.stdout.count('"id"') == 2


def test_one_bad_file_is_reported_and_the_others_land(tmp_path: Path, db_url: str) -> None:
    good = write(tmp_path, "good.txt", ARTICLE_A)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary junk")
    empty = write(tmp_path, "empty.txt", "  \n")
    result = run(
        "ingest", str(bad), str(good), str(empty), str(tmp_path / "missing.txt"), db=db_url
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("bad.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    assert "Traceback" not in result.stderr
    assert "1 stored, 0 already stored, 3 failed" in result.stderr


def test_size_limit_is_configurable(tmp_path: Path, db_url: str) -> None:
    path = write(tmp_path, "a.txt", ARTICLE_A)
    result = run("ingest", "--max-bytes", "100", str(path), db=db_url)
    assert result.exit_code == 1
    assert "larger than the 100-byte limit" in result.stderr


def test_options_override_what_the_article_says(tmp_path: Path, db_url: str) -> None:
    path = write(tmp_path, "a.txt", ARTICLE_A)
    result = run(
        "ingest",
        str(path),
        "--published",
        "2024-03-15",
        "--source",
        "Northwind",
        "--url",
        "https://example.org/a",
        "--title",
        "Gates jam",
        db=db_url,
    )
    assert result.exit_code == 0, result.stderr
    shown = run("show", "article", "1", db=db_url)
    assert '"published": "2024-03-15"' in shown.stdout
    assert '"source": "Northwind"' in shown.stdout
    assert '"title": "Gates jam"' in shown.stdout


def test_bad_published_date_fails_before_anything_is_written(tmp_path: Path, db_url: str) -> None:
    path = write(tmp_path, "a.txt", ARTICLE_A)
    result = run("ingest", str(path), "--published", "the day after never", db=db_url)
    assert result.exit_code != 0
    assert result.stderr.strip().startswith("error: --published:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_article_files(tmp_path: Path, db_url: str) -> None:
    (tmp_path / "empty").mkdir()
    result = run("ingest", str(tmp_path / "empty"), db=db_url)
    assert result.exit_code == 1
    assert "no articles" in result.stderr


def test_a_bug_on_one_article_fails_it_alone(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.ingest

    real = tracker.ingest.extract

    def fragile(text: str, *args: object, **kwargs: object) -> object:
        if "TRIGGER" in text:
            raise ValueError("substring not found")
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tracker.ingest, "extract", fragile)
    write(tmp_path, "a.txt", ARTICLE_A)
    write(tmp_path, "b.txt", "Odd story\n\nA TRIGGER sentence of 2024.")
    result = run("ingest", str(tmp_path), db=db_url)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "b.txt" in errors[0] and "ValueError" in errors[0]
    assert "Traceback" not in result.stderr
    assert "1 stored, 0 already stored, 1 failed" in result.stderr
