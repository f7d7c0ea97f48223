"""Alembic environment for tracker. Called by tracker.store.migrate with a connection in
``config.attributes["connection"]``, or by the ``alembic`` command with TRACKER_DB / -x db=URL."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import tracker.store.models  # noqa: F401 - registers the tables on SQLModel.metadata
from tracker.store.migrate import include_object

target_metadata = SQLModel.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # One upgrader at a time; the others find the schema current once they get the lock.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7418529630)")
        context.run_migrations()


def run_migrations_online() -> None:
    """Run against the connection handed over by tracker, or one opened from the URL."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from tracker.store.engine import WRITE_OPTION, create_db_engine

    engine = create_db_engine(context.get_x_argument(as_dictionary=True).get("db"))
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    raise SystemExit("tracker migrations run online only")
run_migrations_online()
