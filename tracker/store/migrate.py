"""Running the Alembic migrations in ``migrations/`` from code: the schema's only source."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from tracker.errors import DatabaseError
from tracker.store.engine import WRITE_OPTION

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def alembic_config() -> Config:
    """An Alembic Config pointing at the project's migrations folder."""
    if not (MIGRATIONS_DIR / "env.py").is_file():
        raise DatabaseError(f"migrations folder not found at {MIGRATIONS_DIR}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration's revision id."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise DatabaseError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> str:
    """Bring the database to the newest migration, if it is not there already, and return the
    revision. Safe when several processes start at once: the upgrade runs in one write
    transaction (SQLite) or under an advisory lock (PostgreSQL)."""
    head = head_revision()
    try:
        if current_revision(engine) == head:
            return head
        config = alembic_config()
        with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"cannot upgrade the database schema: {str(exc).splitlines()[0]}"
        ) from None
    return head


HAND_MADE = ("search_index", "ix_article_fts", "ix_event_fts", "ix_claim_fts")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate filter: leave out what migrations make by hand (the full-text index, its
    triggers' shadow tables, and the PostgreSQL expression indexes)."""
    return not (name or "").startswith(HAND_MADE)


def schema_differences(engine: Engine) -> list[object]:
    """What autogenerate would change to make the database match the models: empty when the
    migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from sqlmodel import SQLModel

    import tracker.store.models  # noqa: F401 - registers the tables

    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return list(compare_metadata(context, SQLModel.metadata))
