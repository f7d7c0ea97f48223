"""Opening a new SQLite file while another process switches it to WAL waits for it, as every
other access does, instead of failing at once with "database is locked" (SQLite does not
apply the busy timeout to that switch; two ingests started together on a new file met it)."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from tracker.store import engine as engine_module


class _Cursor:
    """Answers "database is locked" to the first ``locked`` statements, then runs them."""

    def __init__(self, locked: int, message: str = "database is locked") -> None:
        self.locked = locked
        self.message = message
        self.ran: list[str] = []

    def execute(self, sql: str) -> Any:
        if self.locked:
            self.locked -= 1
            raise sqlite3.OperationalError(self.message)
        self.ran.append(sql)
        return self


def test_wal_switch_waits_while_the_file_is_locked() -> None:
    cur = _Cursor(locked=3)
    engine_module._set_wal(cur)  # type: ignore[arg-type]
    assert cur.ran == ["PRAGMA journal_mode = WAL"]


def test_wal_switch_gives_up_after_the_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        engine_module._set_wal(_Cursor(locked=10**6))  # type: ignore[arg-type]


def test_wal_switch_does_not_retry_other_errors() -> None:
    cur = _Cursor(locked=1, message="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        engine_module._set_wal(cur)  # type: ignore[arg-type]
    assert cur.ran == []
