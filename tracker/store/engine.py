"""The one engine factory: resolve a database path or URL, configure SQLite (WAL, busy timeout,
foreign keys, immediate write transactions), and bring the schema to the newest migration."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlmodel import Session

from tracker.errors import DatabaseError

DEFAULT_DB = "tracker.db"
ENV_VAR = "TRACKER_DB"
BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "tracker_write"


def resolve_db_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or URL), else $TRACKER_DB, else ./tracker.db."""
    value = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def create_db_engine(db: str | None = None) -> Engine:
    """Create an Engine for ``db`` without touching the schema. Raises DatabaseError for a URL
    that is malformed or names a driver that is not installed."""
    url_text = resolve_db_url(db)
    try:
        url = make_url(url_text)
        if url.get_backend_name() == "sqlite":
            if url.database and url.database != ":memory:":
                parent = Path(url.database).parent
                if not parent.is_dir():
                    raise DatabaseError(
                        f"cannot open database {url.database}: folder {parent} does not exist"
                    )
            engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            _configure_sqlite(engine)
        else:
            engine = sa.create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise DatabaseError(f"invalid database URL {_redact(url_text)}: {exc}") from None
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            _set_wal(cur)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the write lock up front, so two processes never deadlock upgrading locks.
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _set_wal(cur: sqlite3.Cursor) -> None:
    """Put the database in WAL mode. Switching a new file to WAL needs it to itself, and SQLite
    answers "database is locked" at once, without waiting out the busy timeout, while another
    process holds it (two ingests starting on one new file): so wait here, up to the timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def open_store(db: str | None = None, *, upgrade: bool = True) -> Engine:
    """Open the database named by ``db`` (or $TRACKER_DB, or ./tracker.db), check that it
    answers, and bring its schema up to the newest migration. Raises DatabaseError."""
    engine = create_db_engine(db)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(
            f"cannot open database {_redact(str(engine.url))}: {_first_line(exc)}"
        ) from None
    if upgrade:
        from tracker.store.migrate import upgrade_to_head

        upgrade_to_head(engine)
    return engine


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session whose transaction takes the write lock at once on SQLite, committed on success
    and rolled back on any error."""
    with Session(engine.execution_options(**{WRITE_OPTION: True})) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def read_session(engine: Engine) -> Session:
    """A session for queries."""
    return Session(engine)


__all__ = [
    "create_db_engine",
    "open_store",
    "read_session",
    "resolve_db_url",
    "write_session",
]
