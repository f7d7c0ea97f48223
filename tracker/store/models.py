"""SQLModel tables. The schema itself is owned by the Alembic migrations in ``migrations/``;
a test checks that these models and the migrations agree."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Deterministic constraint and index names, so that migrations name the same things on
# SQLite and PostgreSQL.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CLAIM_STATUSES = ("unchecked", "in_progress", "verified", "false", "misleading", "unproven")


def utcnow() -> dt.datetime:
    """The current time in UTC, timezone-aware."""
    return dt.datetime.now(dt.UTC)


def _ts() -> sa.Column:
    return sa.Column(sa.DateTime(timezone=True), nullable=False)


class Article(SQLModel, table=True):
    """One ingested article with its full text; ``content_hash`` makes ingest idempotent."""

    __tablename__ = "article"
    __table_args__ = (sa.Index("ix_article_published", "published"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_type=sa.Text)
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, sa_type=sa.Text)
    path: str | None = Field(default=None, sa_type=sa.Text)
    published: dt.date | None = None
    published_inferred: bool = False
    language: str = Field(default="en", max_length=16)
    content_hash: str = Field(max_length=64, unique=True)
    text: str = Field(sa_type=sa.Text)
    ingested_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts())


class Entity(SQLModel, table=True):
    """A canonical named thing: country, place, organization, group, person or unknown."""

    __tablename__ = "entity"
    __table_args__ = (sa.UniqueConstraint("name", "kind", name="uq_entity_name_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, index=True)
    kind: str = Field(max_length=20)


class Event(SQLModel, table=True):
    """A timeline entry. ``date`` is the TIMEX3 value; ``start``/``end`` the inclusive interval
    it covers; ``date_expression`` and ``date_anchor`` say where it came from, so that it can be
    re-resolved."""

    __tablename__ = "event"
    __table_args__ = (
        sa.Index("ix_event_start_end", "start", "end"),
        # Linking's candidate lookup: a start-date range per precision, and the "by" date.
        sa.Index("ix_event_precision_start", "precision", "start", "end"),
        sa.Index("ix_event_end", "end"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_type=sa.Text)
    type: str = Field(default="other", max_length=40, index=True)
    modality: str = Field(default="asserted", max_length=20)
    date: str = Field(max_length=40)
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str = Field(default="unknown", max_length=16)
    as_of: bool = False
    date_expression: str | None = Field(default=None, sa_type=sa.Text)
    date_anchor: str | None = Field(default=None, max_length=20)
    confidence: float = 0.5
    locked: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts())


class EventLink(SQLModel, table=True):
    """Two events that may be the same: a candidate the matcher was unsure of (``status``
    open), or a person's decision (merged, kept_apart) that later ingests respect."""

    __tablename__ = "event_link"
    __table_args__ = (sa.UniqueConstraint("event_id", "other_event_id", name="uq_event_link"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", index=True)
    other_event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", index=True)
    score: float = 0.0
    status: str = Field(default="open", max_length=20)
    note: str | None = Field(default=None, sa_type=sa.Text)
    decided_by: str | None = Field(default=None, max_length=120)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts())


class Claim(SQLModel, table=True):
    """A check-worthy statement; ``status`` mirrors the newest row of its status history."""

    __tablename__ = "claim"
    __table_args__ = (sa.Index("ix_claim_start_end", "start", "end"),)

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_type=sa.Text)
    claimant: str | None = Field(default=None, sa_type=sa.Text)
    verb: str | None = Field(default=None, max_length=40)
    score: float = 0.0
    hedged: bool = False
    made_on: dt.date | None = None
    date: str | None = Field(default=None, max_length=40)
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str | None = Field(default=None, max_length=16)
    event_id: int | None = Field(
        default=None, foreign_key="event.id", ondelete="SET NULL", index=True
    )
    status: str = Field(default="unchecked", max_length=20, index=True)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts())


class Quantity(SQLModel, table=True):
    """A figure stated in a claim."""

    __tablename__ = "quantity"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", index=True)
    value: float | None = None
    unit: str | None = Field(default=None, max_length=100)
    qualifier: str | None = Field(default=None, max_length=40)
    text: str = Field(sa_type=sa.Text)
    char_start: int
    char_end: int


class EventEntity(SQLModel, table=True):
    """An entity taking part in an event as an actor, or the place where it happened."""

    __tablename__ = "event_entity"
    # An entity's events, newest first (linking's event pool reads it backwards).
    __table_args__ = (sa.Index("ix_event_entity_entity_event", "entity_id", "event_id"),)

    event_id: int = Field(foreign_key="event.id", ondelete="CASCADE", primary_key=True)
    entity_id: int = Field(foreign_key="entity.id", ondelete="CASCADE", primary_key=True)
    role: str = Field(max_length=10, primary_key=True)


class ClaimEntity(SQLModel, table=True):
    """An entity a claim is about."""

    __tablename__ = "claim_entity"
    # An entity's claims, newest first (linking's claim pool reads it backwards).
    __table_args__ = (sa.Index("ix_claim_entity_entity_claim", "entity_id", "claim_id"),)

    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", primary_key=True)
    entity_id: int = Field(foreign_key="entity.id", ondelete="CASCADE", primary_key=True)


class Source(SQLModel, table=True):
    """Provenance: the article sentence that reports an event or a claim, with its offsets."""

    __tablename__ = "source"
    __table_args__ = (
        sa.CheckConstraint("(event_id IS NULL) <> (claim_id IS NULL)", name="one_owner"),
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", index=True)
    event_id: int | None = Field(
        default=None, foreign_key="event.id", ondelete="CASCADE", index=True
    )
    claim_id: int | None = Field(
        default=None, foreign_key="claim.id", ondelete="CASCADE", index=True
    )
    quote: str = Field(sa_type=sa.Text)
    char_start: int
    char_end: int
    timex_start: int | None = None
    timex_end: int | None = None
    caption: bool = False
    # says who: whom the sentence attributes what it tells to ("Hillary Kipkorir"), if anyone
    said_by: str | None = Field(default=None, sa_type=sa.Text)


class ClaimStatusChange(SQLModel, table=True):
    """One entry of a claim's verification history. Rows are only ever appended."""

    __tablename__ = "claim_status"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", index=True)
    status: str = Field(max_length=20)
    label: str | None = Field(default=None, max_length=60)
    note: str | None = Field(default=None, sa_type=sa.Text)
    evidence: str | None = Field(default=None, sa_type=sa.Text)
    changed_by: str | None = Field(default=None, max_length=120)
    changed_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts())


class ClaimLink(SQLModel, table=True):
    """A relation between two claims: repeats, updates, contradicts, supports."""

    __tablename__ = "claim_link"
    __table_args__ = (
        sa.UniqueConstraint("claim_id", "other_claim_id", "relation", name="uq_claim_link"),
    )

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", index=True)
    other_claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", index=True)
    relation: str = Field(max_length=20)
    note: str | None = Field(default=None, sa_type=sa.Text)
    created_by: str | None = Field(default=None, max_length=120)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_ts())
