"""full-text search: an FTS5 index kept in sync by triggers on SQLite; expression GIN
indexes on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 03:31:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# kind, table, title and body expressions; {r} is the row prefix ("NEW." in triggers)
_SOURCES = (
    ("article", "article", "{r}title", "{r}text"),
    ("event", "event", "{r}title", "''"),
    ("claim", "claim", "coalesce({r}claimant, '')", "{r}text"),
)


def _sqlite_upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, title, body, tokenize='porter unicode61')"
    )
    for kind, table, title, body in _SOURCES:
        new_title, new_body = title.format(r="NEW."), body.format(r="NEW.")
        op.execute(
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_index(kind, ref_id, title, body) "
            f"VALUES ('{kind}', NEW.id, {new_title}, {new_body}); END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE kind = '{kind}' AND ref_id = OLD.id; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE kind = '{kind}' AND ref_id = OLD.id; "
            f"INSERT INTO search_index(kind, ref_id, title, body) "
            f"VALUES ('{kind}', NEW.id, {new_title}, {new_body}); END"
        )
    for kind, table, title, body in _SOURCES:
        op.execute(
            f"INSERT INTO search_index(kind, ref_id, title, body) "
            f"SELECT '{kind}', id, {title.format(r='')}, {body.format(r='')} FROM {table}"
        )


def _postgres_upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_article_fts ON article USING gin "
        "(to_tsvector('english', title || ' ' || text))"
    )
    op.execute("CREATE INDEX ix_event_fts ON event USING gin (to_tsvector('english', title))")
    op.execute(
        "CREATE INDEX ix_claim_fts ON claim USING gin "
        "(to_tsvector('english', coalesce(claimant, '') || ' ' || text))"
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgres_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for _kind, table, _t, _b in _SOURCES:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
        op.execute("DROP TABLE IF EXISTS search_index")
    elif dialect == "postgresql":
        for name in ("ix_article_fts", "ix_event_fts", "ix_claim_fts"):
            op.execute(f"DROP INDEX IF EXISTS {name}")
