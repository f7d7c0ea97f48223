"""The migrations are the schema's source of truth; the models must agree with them."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from tracker.store.engine import open_store
from tracker.store.migrate import current_revision, head_revision, schema_differences


def test_models_and_migrations_agree(engine: Engine) -> None:
    assert schema_differences(engine) == []


def test_fresh_database_is_upgraded_on_first_use(db_url: str) -> None:
    engine = open_store(db_url)
    try:
        assert current_revision(engine) == head_revision()
        # Opening again finds it current and changes nothing.
        again = open_store(db_url)
        assert current_revision(again) == head_revision()
        again.dispose()
    finally:
        engine.dispose()


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = open_store(str(tmp_path / "p.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()


def test_sqlite_search_triggers_survive_every_migration(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = open_store(str(tmp_path / "s.db"))
    with engine.connect() as conn:
        triggers = {
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    engine.dispose()
    expected = {
        f"search_{t}_{op}" for t in ("article", "event", "claim") for op in ("ai", "ad", "au")
    }
    assert expected <= triggers
