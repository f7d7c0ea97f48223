"""The ingest writer commits articles by groups: each article is stored entirely or not at all
(a savepoint of its own), one that fails leaves the others of its group alone, the rows are
those that one commit per article stores, and nothing is visible to other connections, nor
reported by the ingest, before its group is committed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.helpers import ARTICLE_A, ARTICLE_B, write
from tracker.errors import TrackerError
from tracker.extract import Extraction, extract
from tracker.ingest import IngestOptions, IngestOutcome, ingest_paths
from tracker.load.document import Document
from tracker.store import repo
from tracker.store.engine import open_store
from tracker.store.repo import ArticleWriter

TABLES = ("article", "event", "claim", "source", "event_entity", "claim_entity", "claim_status")


def _count(engine: Engine, table: str, column: str = "", like: str = "") -> int:
    """Rows of ``table``, those whose ``column`` is LIKE ``like`` when given."""
    where = f" WHERE {column} LIKE :like" if column else ""
    with engine.connect() as conn:
        found = conn.execute(sa.text(f"SELECT count(*) FROM {table}{where}"), {"like": like})
        return found.scalar() or 0


def _prepared(text: str, name: str) -> tuple[Document, Extraction]:
    doc = Document(text=text, title=text.splitlines()[0], path=name)
    return doc, extract(doc.text, doc.published)


def _variant(n: int) -> str:
    return ARTICLE_A.replace("12 villages", f"{n + 13} villages").replace("Tobol", f"Tobol{n}")


def test_a_failing_article_leaves_nothing_and_its_group_lands(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [_prepared(_variant(n), f"a{n}.txt") for n in range(3)]
    real_store = repo._Writer.store

    def store_then_fail(self: repo._Writer) -> repo.StoredArticle:
        stored = real_store(self)  # every row of the article written, then it fails
        if self.document.path == "a1.txt":
            raise TrackerError("broken")
        return stored

    monkeypatch.setattr(repo._Writer, "store", store_then_fail)
    with ArticleWriter(engine, group=10) as writer:
        first = writer.store(*articles[0])
        with pytest.raises(TrackerError):
            writer.store(*articles[1])
        third = writer.store(*articles[2])
        assert writer.pending == 2
        assert _count(engine, "article") == 0  # nothing committed yet
    assert _count(engine, "article") == 2
    with engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM article ORDER BY id")]
    assert ids == [first.article_id, third.article_id]
    for table in TABLES:
        assert _count(engine, table) > 0
    assert _count(engine, "source", "quote", "%Tobol0%") > 0
    assert _count(engine, "entity", "name", "Tobol0%") > 0
    assert _count(engine, "source", "quote", "%Tobol1%") == 0
    assert _count(engine, "entity", "name", "Tobol1%") == 0


def _rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with engine.connect() as conn:
        for table in ("event", "event_entity", "event_link", "claim", "claim_link", "source"):
            rows = conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1, 2").all()
            # timestamps left out
            out[table] = [
                tuple(v for v in r if not (isinstance(v, str) and ":" in v)) for r in rows
            ]
    return out


def test_groups_store_what_one_commit_per_article_stores(tmp_path: Path) -> None:
    articles = [_prepared(_variant(n), f"a{n}.txt") for n in range(6)]
    articles += [_prepared(ARTICLE_B, "b.txt"), articles[2]]  # the last one: a duplicate
    dumps = []
    for group in (1, 4):
        engine = open_store(str(tmp_path / f"group{group}.db"))
        try:
            with ArticleWriter(engine, group=group) as writer:
                created = [writer.store(*article).created for article in articles]
                assert writer.pending == len(articles) % group
            assert created == [True] * 7 + [False]
            dumps.append(_rows(engine))
        finally:
            engine.dispose()
    assert dumps[0] == dumps[1]
    assert dumps[0]["event_link"] or dumps[0]["claim_link"]


def test_ingest_reports_an_article_once_its_group_is_committed(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tracker.ingest.COMMIT_EVERY", 3)
    for n in range(7):
        write(tmp_path / "in", f"a{n}.txt", _variant(n))
    seen: list[tuple[str, int]] = []

    def on_outcome(outcome: IngestOutcome) -> None:
        seen.append((outcome.status, _count(engine, "article")))

    outcomes = ingest_paths(engine, [tmp_path / "in"], IngestOptions(), on_outcome=on_outcome)
    assert [o.status for o in outcomes] == ["stored"] * 7
    # Reported by groups of three, each once committed (visible to another connection).
    assert seen == [("stored", 3)] * 3 + [("stored", 6)] * 3 + [("stored", 7)]
