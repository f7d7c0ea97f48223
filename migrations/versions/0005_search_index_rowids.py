"""full-text index rows addressed by rowid: a row's FTS rowid is derived from its table and id,
so the triggers delete and replace one row by key instead of scanning the whole index, and
the update triggers fire only when an indexed column changes (linking updates events often)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 11:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# kind, table, code (rowid = id * 4 + code), indexed columns, title and body expressions;
# {r} is the row prefix ("NEW." in triggers). tracker.store.search reads kind and ref_id.
_SOURCES = (
    ("article", "article", 1, "title, text", "{r}title", "{r}text"),
    ("event", "event", 2, "title", "{r}title", "''"),
    ("claim", "claim", 3, "claimant, text", "coalesce({r}claimant, '')", "{r}text"),
)
_OLD_SOURCES = tuple((kind, table, title, body) for kind, table, _c, _cols, title, body in _SOURCES)


def _drop_sqlite() -> None:
    for _kind, table, *_rest in _SOURCES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")


def _create_table() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, title, body, tokenize='porter unicode61')"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL searches expression indexes on the tables themselves
    _drop_sqlite()
    _create_table()
    for kind, table, code, columns, title, body in _SOURCES:
        new_title, new_body = title.format(r="NEW."), body.format(r="NEW.")
        insert = (
            "INSERT INTO search_index(rowid, kind, ref_id, title, body) "
            f"VALUES (NEW.id * 4 + {code}, '{kind}', NEW.id, {new_title}, {new_body});"
        )
        op.execute(f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = OLD.id * 4 + {code}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = OLD.id * 4 + {code}; {insert} END"
        )
        op.execute(
            "INSERT INTO search_index(rowid, kind, ref_id, title, body) "
            f"SELECT id * 4 + {code}, '{kind}', id, {title.format(r='')}, {body.format(r='')} "
            f"FROM {table}"
        )


def downgrade() -> None:
    """Back to revision 0002's index: rows found by kind and ref_id, triggers on any update."""
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_sqlite()
    _create_table()
    for kind, table, title, body in _OLD_SOURCES:
        new_title, new_body = title.format(r="NEW."), body.format(r="NEW.")
        insert = (
            "INSERT INTO search_index(kind, ref_id, title, body) "
            f"VALUES ('{kind}', NEW.id, {new_title}, {new_body});"
        )
        delete = f"DELETE FROM search_index WHERE kind = '{kind}' AND ref_id = OLD.id;"
        op.execute(f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END"
        )
        op.execute(
            "INSERT INTO search_index(kind, ref_id, title, body) "
            f"SELECT '{kind}', id, {title.format(r='')}, {body.format(r='')} FROM {table}"
        )
