"""Read-side dataclasses returned by queries: what the CLI renders and exports serialise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceView:
    """Where an event or claim was reported: article, quote, character offsets."""

    article_id: int
    quote: str
    char_start: int
    char_end: int
    article_title: str = ""
    url: str | None = None
    published: dt.date | None = None
    caption: bool = False
    id: int | None = None
    said_by: str | None = None  # says who, as the article attributes it


@dataclass(frozen=True, slots=True)
class ArticleView:
    """A stored article without its text (``text`` is filled only by ``get_article``)."""

    id: int
    title: str
    source: str | None
    url: str | None
    published: dt.date | None
    published_inferred: bool
    language: str
    ingested_at: dt.datetime
    path: str | None = None
    events: int = 0
    claims: int = 0
    text: str | None = None


@dataclass(frozen=True, slots=True)
class EventView:
    """A timeline entry with its entities and sources."""

    id: int
    date: str
    start: dt.date | None
    end: dt.date | None
    precision: str
    title: str
    type: str
    modality: str
    confidence: float
    as_of: bool
    date_expression: str | None
    actors: tuple[str, ...]
    places: tuple[str, ...]
    sources: tuple[SourceView, ...]
    locked: bool = False
    # who the story says it is about when the event names no actor of its own
    context: tuple[str, ...] = ()

    @property
    def article_ids(self) -> tuple[int, ...]:
        """The articles that report the event, each once, in order."""
        return tuple(dict.fromkeys(s.article_id for s in self.sources))

    @property
    def first_reported(self) -> dt.date | None:
        """The earliest publication date among its sources."""
        days = [s.published for s in self.sources if s.published]
        return min(days) if days else None

    @property
    def last_reported(self) -> dt.date | None:
        """The latest publication date among its sources."""
        days = [s.published for s in self.sources if s.published]
        return max(days) if days else None


@dataclass(frozen=True, slots=True)
class LinkView:
    """A relation between two claims, seen from one of them: ``direction`` is "out" when this
    claim is the newer one (it updates the other), "in" when a later claim relates to it."""

    relation: str
    other_claim_id: int
    direction: str
    note: str | None
    other_text: str
    other_status: str
    other_made_on: dt.date | None


@dataclass(frozen=True, slots=True)
class QuantityView:
    """A figure of a claim."""

    value: float | None
    unit: str | None
    qualifier: str | None
    text: str


@dataclass(frozen=True, slots=True)
class StatusView:
    """One entry of a claim's status history."""

    status: str
    label: str | None
    note: str | None
    evidence: tuple[str, ...]
    changed_by: str | None
    changed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim with its latest status, figures, entities and sources."""

    id: int
    text: str
    claimant: str | None
    verb: str | None
    made_on: dt.date | None
    about: str | None
    about_start: dt.date | None
    about_end: dt.date | None
    status: str
    score: float
    hedged: bool
    event_id: int | None
    entities: tuple[str, ...]
    quantities: tuple[QuantityView, ...]
    sources: tuple[SourceView, ...]
    links: tuple[LinkView, ...] = ()

    @property
    def verdict_via(self) -> LinkView | None:
        """A verdict given on a claim this one repeats (or that repeats it), when this claim
        has none of its own."""
        from tracker.store.statuses import vocabulary

        verdicts = vocabulary().verdicts
        if self.status in verdicts:
            return None
        for link in self.links:
            if link.relation == "repeats" and link.other_status in verdicts:
                return link
        return None
