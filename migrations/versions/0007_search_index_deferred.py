"""search_index_deferred: while it holds a row, the full-text index's insert triggers wait, so
that the ingest writer can index the new rows of a group at once just before it commits (one
write of the index per group rather than one per article, whose savepoint makes SQLite's FTS5
write out what it has gathered). Only the writer's open transaction ever holds that row.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 17:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, kind, code (rowid = id * 4 + code), title and body expressions: as revision 0005.
_SOURCES = (
    ("article", "article", 1, "NEW.title", "NEW.text"),
    ("event", "event", 2, "NEW.title", "''"),
    ("claim", "claim", 3, "coalesce(NEW.claimant, '')", "NEW.text"),
)


def _insert_triggers(when: str) -> None:
    for table, kind, code, title, body in _SOURCES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_ai")
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} {when}BEGIN "
            "INSERT INTO search_index(rowid, kind, ref_id, title, body) "
            f"VALUES (NEW.id * 4 + {code}, '{kind}', NEW.id, {title}, {body}); END"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL searches expression indexes on the tables themselves
    op.execute("CREATE TABLE search_index_deferred (id INTEGER PRIMARY KEY)")
    _insert_triggers("WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) ")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _insert_triggers("")
    op.execute("DROP TABLE search_index_deferred")
