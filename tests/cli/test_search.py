from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import ARTICLE_A, ARTICLE_B, run, write


def test_search_ranks_and_highlights(tmp_path: Path, db_url: str) -> None:
    write(tmp_path / "in", "a.txt", ARTICLE_A)
    write(tmp_path / "in", "b.txt", ARTICLE_B)
    assert run("ingest", str(tmp_path / "in"), db=db_url).exit_code == 0
    hits = json.loads(run("search", "accord", "-f", "json", db=db_url).stdout)
    assert hits and all("«" in h["snippet"] for h in hits)
    assert {h["kind"] for h in hits} >= {"article"}
    # Stemming: "villages" is found by "village".
    stems = json.loads(run("search", "village", "--kind", "claim", "-f", "json", db=db_url).stdout)
    assert stems and all(h["kind"] == "claim" for h in stems)
    # Every word must be there; punctuation in the query is harmless.
    assert json.loads(run("search", 'Tobol "Astana":', "-f", "json", db=db_url).stdout) == []
    table = run("search", "gates", db=db_url)
    assert table.exit_code == 0 and "article 1" in table.stdout


def test_search_bad_queries(tmp_path: Path, db_url: str) -> None:
    empty = run("search", "!!!", db=db_url)
    assert empty.exit_code == 1 and "nothing to search for" in empty.stderr
    kind = run("search", "dam", "--kind", "tweet", db=db_url)
    assert kind.exit_code == 1 and "unknown kind" in kind.stderr


def test_index_follows_updates_and_deletes(tmp_path: Path, db_url: str) -> None:
    from sqlmodel import Session

    from tracker.store.engine import open_store
    from tracker.store.models import Event
    from tracker.store.search import search

    write(tmp_path, "a.txt", ARTICLE_A)
    assert run("ingest", str(tmp_path / "a.txt"), db=db_url).exit_code == 0
    engine = open_store(db_url)
    with Session(engine) as session:
        event = session.get(Event, 1)
        assert event is not None
        event.title = "Zanzibar marmalade summit"
        session.add(event)
        session.commit()
        assert [h.id for h in search(session, "marmalade", kinds=("event",))] == [1]
        session.delete(event)
        session.commit()
        assert search(session, "marmalade", kinds=("event",)) == []
    engine.dispose()
