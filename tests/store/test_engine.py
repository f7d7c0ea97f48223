from __future__ import annotations

import pytest

from tracker.errors import DatabaseError
from tracker.store.engine import open_store, resolve_db_url


def test_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_DB", raising=False)
    assert resolve_db_url(None) == "sqlite:///tracker.db"
    monkeypatch.setenv("TRACKER_DB", "/tmp/x.db")
    assert resolve_db_url(None) == "sqlite:////tmp/x.db"
    assert resolve_db_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("nosuchdriver://x/y", "invalid database URL"),
        (
            "postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2",
            "cannot open database",
        ),
        ("/no/such/folder/t.db", "does not exist"),
    ],
)
def test_bad_databases_raise_one_clear_error(db: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message):
        open_store(db)
