"""Prepared articles cross from the extraction workers to the writer packed as their frozen
dataclasses' field values: they come back equal, of the same classes."""

from __future__ import annotations

import pickle
from pathlib import Path

from tracker.ingest import IngestOptions, _packed, _prepare
from tracker.load.sources import Job


def test_prepared_articles_come_back_equal(seeds_dir: Path) -> None:
    paths = sorted(p for p in seeds_dir.iterdir() if p.is_file())
    assert paths
    for path in paths:
        prepared = _prepare(Job(str(path), path=path), IngestOptions())
        back = pickle.loads(_packed(prepared))
        assert back == prepared
        assert type(back.extraction) is type(prepared.extraction)
        assert back.extraction is not None and back.extraction.events


def test_a_failed_article_comes_back_equal(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    prepared = _prepare(Job(str(path), path=path), IngestOptions())
    assert prepared.error
    assert pickle.loads(_packed(prepared)) == prepared
