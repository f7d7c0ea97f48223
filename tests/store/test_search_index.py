"""The SQLite full-text index is kept in sync by triggers that address one index row by its
rowid (no scan of the index per update), and only when an indexed column changes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Connection

from tests.helpers import ARTICLE_A, ARTICLE_B, run, write
from tracker.store.engine import open_store
from tracker.store.repo import store_article


def test_triggers_touch_the_index_only_for_indexed_columns(tmp_path: Path) -> None:
    db = str(tmp_path / "fts.db")
    write(tmp_path, "a.txt", ARTICLE_A)
    assert run("ingest", str(tmp_path / "a.txt"), db=db).exit_code == 0
    engine = open_store(db)
    with engine.begin() as conn:

        def changes(sql: str) -> int:
            before = conn.exec_driver_sql("SELECT total_changes()").scalar_one()
            conn.exec_driver_sql(sql)
            return int(conn.exec_driver_sql("SELECT total_changes()").scalar_one() - before)

        # Linking updates events all the time; the index is left alone unless the title changes.
        assert changes("UPDATE event SET confidence = 0.5 WHERE id = 1") == 1
        # (FTS5 counts its own shadow-table writes too.)
        assert changes("UPDATE event SET title = 'Quokka census' WHERE id = 1") > 1
        rows = conn.exec_driver_sql(
            "SELECT rowid, kind, ref_id FROM search_index WHERE search_index MATCH 'quokka'"
        ).all()
        assert rows == [(1 * 4 + 2, "event", 1)]
        triggers = " ".join(
            sql
            for (sql,) in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
            )
        )
        assert "rowid = OLD.id" in triggers and "ref_id = OLD.id" not in triggers
    engine.dispose()


def test_downgrade_and_upgrade_keep_the_index_whole(tmp_path: Path) -> None:
    from alembic import command

    from tracker.store.migrate import alembic_config

    db = str(tmp_path / "round.db")
    write(tmp_path, "a.txt", ARTICLE_A)
    assert run("ingest", str(tmp_path / "a.txt"), db=db).exit_code == 0
    engine = open_store(db)
    config = alembic_config()
    for target in ("0004", "head"):
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            if target == "head":
                command.upgrade(config, target)
            else:
                command.downgrade(config, target)
        with engine.connect() as conn:
            indexed = conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one()
            rows = sum(
                conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("article", "event", "claim")
            )
        assert indexed == rows > 0
    engine.dispose()


def test_the_ingest_writer_indexes_a_group_at_once_and_the_triggers_work_again(
    tmp_path: Path,
) -> None:
    from tests.store.test_writer_groups import _prepared, _variant
    from tracker.store.repo import ArticleWriter

    engine = open_store(str(tmp_path / "group.db"))
    try:
        articles = [_prepared(_variant(n), f"a{n}.txt") for n in range(3)]

        def indexed(conn: Connection) -> int:
            return int(conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one())

        with ArticleWriter(engine, group=10) as writer:
            writer.store(*articles[0])
            writer.store(*articles[1])
            assert writer._conn is not None
            assert indexed(writer._conn) == 0  # the insert triggers wait for the commit
        with engine.begin() as conn:
            rows = sum(
                conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("article", "event", "claim")
            )
            assert indexed(conn) == rows > 0
            assert conn.exec_driver_sql("SELECT count(*) FROM search_index_deferred").scalar() == 0
            hits = conn.exec_driver_sql(
                "SELECT kind, ref_id FROM search_index WHERE search_index MATCH 'tobol1'"
            ).all()
            assert ("article", 2) in hits
        # Another writer's inserts are indexed by the triggers again.
        write(tmp_path, "b.txt", ARTICLE_B)
        assert run("ingest", str(tmp_path / "b.txt"), db=str(tmp_path / "group.db")).exit_code == 0
        store_article(engine, *articles[2])
        with engine.connect() as conn:
            rows = sum(
                conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("article", "event", "claim")
            )
            assert indexed(conn) == rows
            hits = conn.exec_driver_sql(
                "SELECT kind FROM search_index WHERE search_index MATCH 'tobol2'"
            ).all()
            assert ("article",) in hits
    finally:
        engine.dispose()
