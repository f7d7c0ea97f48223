"""Reading: filtered, ordered queries over events, claims and articles, returning views."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
import sqlalchemy.orm
from sqlmodel import Session, col, func, select

from tracker.errors import NotFoundError
from tracker.store.models import (
    Article,
    Claim,
    ClaimEntity,
    ClaimLink,
    Entity,
    Event,
    EventEntity,
    Quantity,
    Source,
)
from tracker.store.views import (
    ArticleView,
    ClaimView,
    EventView,
    LinkView,
    QuantityView,
    SourceView,
)

PRECISION_ORDER = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters for ``list_events``; every field is optional. Text filters are case-insensitive
    substring matches; dates select events whose interval overlaps [date_from, date_to]."""

    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None
    place: str | None = None
    type: str | None = None
    article_id: int | None = None
    text: str | None = None
    precision: str | None = None
    modality: str | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Filters for ``list_claims``."""

    status: str | None = None
    entity: str | None = None
    article_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_score: float | None = None
    text: str | None = None
    limit: int | None = None


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _entity_filter(
    link_table, owner_col, owner_id, name: str, role: str | tuple[str, ...] | None = None
):
    sub = (
        select(owner_col)
        .join(Entity, Entity.id == link_table.entity_id)
        .where(func.lower(Entity.name).like(_like(name), escape="\\"))
    )
    if isinstance(role, tuple):
        sub = sub.where(col(link_table.role).in_(role))
    elif role is not None:
        sub = sub.where(link_table.role == role)
    return col(owner_id).in_(sub)


def list_events(session: Session, flt: EventFilter = EventFilter()) -> list[EventView]:
    """Events matching ``flt`` in chronological order: by start date, then precision (day
    before month before year), then the order in which their first source reports them."""
    return _event_views(session, list(session.exec(_events_query(flt)).all()))


def iter_events(
    session: Session, flt: EventFilter = EventFilter(), batch: int = 500
) -> Iterator[EventView]:
    """The same events as ``list_events``, streamed in batches so memory stays flat."""
    result = session.exec(_events_query(flt).execution_options(yield_per=batch))
    for chunk in result.partitions(batch):
        yield from _event_views(session, list(chunk))


def _events_query(flt: EventFilter):
    first_source = (
        select(
            Source.event_id,
            func.min(Source.article_id).label("art"),
            func.min(Source.char_start).label("pos"),
        )
        .where(col(Source.event_id).is_not(None))
        .group_by(Source.event_id)
        .subquery()
    )
    anchor = func.coalesce(Event.start, Event.end)
    precision_rank = sa.case(
        {p: i for i, p in enumerate(PRECISION_ORDER)},
        value=Event.precision,
        else_=len(PRECISION_ORDER),
    )
    query = select(Event).join(first_source, first_source.c.event_id == Event.id, isouter=True)
    if flt.date_from:
        query = query.where(func.coalesce(Event.end, Event.start) >= flt.date_from)
    if flt.date_to:
        query = query.where(anchor <= flt.date_to)
    if flt.actor:  # an actor of the event, or the one its story is about
        query = query.where(
            _entity_filter(
                EventEntity, EventEntity.event_id, Event.id, flt.actor, ("actor", "context")
            )
        )
    if flt.place:
        query = query.where(
            _entity_filter(EventEntity, EventEntity.event_id, Event.id, flt.place, "place")
        )
    if flt.type:
        query = query.where(Event.type == flt.type)
    if flt.precision:
        query = query.where(Event.precision == flt.precision)
    if flt.modality:
        query = query.where(Event.modality == flt.modality)
    if flt.article_id is not None:
        query = query.where(
            col(Event.id).in_(select(Source.event_id).where(Source.article_id == flt.article_id))
        )
    if flt.text:
        pattern = _like(flt.text)
        query = query.where(
            sa.or_(
                func.lower(Event.title).like(pattern, escape="\\"),
                col(Event.id).in_(
                    select(Source.event_id).where(
                        func.lower(Source.quote).like(pattern, escape="\\")
                    )
                ),
            )
        )
    query = query.order_by(
        anchor.is_(None), anchor, precision_rank, first_source.c.art, first_source.c.pos, Event.id
    )
    if flt.limit:
        query = query.limit(flt.limit)
    return query


def _event_views(session: Session, events: Sequence[Event]) -> list[EventView]:
    ids = [e.id for e in events if e.id is not None]
    roles: dict[int, dict[str, list[str]]] = defaultdict(
        lambda: {"actor": [], "place": [], "context": []}
    )
    for event_id, role, name in session.exec(
        select(EventEntity.event_id, EventEntity.role, Entity.name)
        .join(Entity, Entity.id == EventEntity.entity_id)
        .where(col(EventEntity.event_id).in_(ids))
        .order_by(Entity.name)
    ).all():
        roles[event_id][role].append(name)
    sources = _sources(session, Source.event_id, ids)
    return [
        EventView(
            id=e.id or 0,
            date=e.date,
            start=e.start,
            end=e.end,
            precision=e.precision,
            title=e.title,
            type=e.type,
            modality=e.modality,
            confidence=e.confidence,
            as_of=e.as_of,
            date_expression=e.date_expression,
            actors=tuple(roles[e.id or 0]["actor"]),
            places=tuple(roles[e.id or 0]["place"]),
            context=tuple(roles[e.id or 0]["context"]),
            sources=tuple(sources.get(e.id or 0, ())),
            locked=e.locked,
        )
        for e in events
    ]


def _sources(session: Session, owner_col, ids: Iterable[int]) -> dict[int, list[SourceView]]:
    out: dict[int, list[SourceView]] = defaultdict(list)
    ids = list(ids)
    if not ids:
        return out
    rows = session.exec(
        select(owner_col, Source, Article.title, Article.url, Article.published)
        .join(Article, Article.id == Source.article_id)
        .where(col(owner_col).in_(ids))
        .order_by(Article.published, Source.article_id, Source.char_start)
    ).all()
    for owner, src, title, url, published in rows:
        out[owner].append(
            SourceView(
                src.article_id,
                src.quote,
                src.char_start,
                src.char_end,
                title,
                url,
                published,
                src.caption,
                src.id,
                src.said_by,
            )
        )
    return out


def list_claims(session: Session, flt: ClaimFilter = ClaimFilter()) -> list[ClaimView]:
    """Claims matching ``flt``, newest article date first, then by position in the article."""
    query = select(Claim)
    if flt.status:
        query = query.where(Claim.status == flt.status)
    if flt.entity:
        query = query.where(_entity_filter(ClaimEntity, ClaimEntity.claim_id, Claim.id, flt.entity))
    if flt.article_id is not None:
        query = query.where(
            col(Claim.id).in_(select(Source.claim_id).where(Source.article_id == flt.article_id))
        )
    if flt.date_from:
        query = query.where(col(Claim.made_on) >= flt.date_from)
    if flt.date_to:
        query = query.where(col(Claim.made_on) <= flt.date_to)
    if flt.min_score is not None:
        query = query.where(Claim.score >= flt.min_score)
    if flt.text:
        query = query.where(func.lower(Claim.text).like(_like(flt.text), escape="\\"))
    query = query.order_by(col(Claim.made_on).is_(None), col(Claim.made_on).desc(), Claim.id)
    if flt.limit:
        query = query.limit(flt.limit)
    return _claim_views(session, list(session.exec(query).all()))


def _claim_views(session: Session, claims: Sequence[Claim]) -> list[ClaimView]:
    ids = [c.id for c in claims if c.id is not None]
    names: dict[int, list[str]] = defaultdict(list)
    for claim_id, name in session.exec(
        select(ClaimEntity.claim_id, Entity.name)
        .join(Entity, Entity.id == ClaimEntity.entity_id)
        .where(col(ClaimEntity.claim_id).in_(ids))
        .order_by(Entity.name)
    ).all():
        names[claim_id].append(name)
    figures: dict[int, list[QuantityView]] = defaultdict(list)
    for q in session.exec(
        select(Quantity).where(col(Quantity.claim_id).in_(ids)).order_by(Quantity.char_start)
    ).all():
        figures[q.claim_id].append(QuantityView(q.value, q.unit, q.qualifier, q.text))
    sources = _sources(session, Source.claim_id, ids)
    links = _claim_links(session, ids)
    return [
        ClaimView(
            id=c.id or 0,
            text=c.text,
            claimant=c.claimant,
            verb=c.verb,
            made_on=c.made_on,
            about=c.date,
            about_start=c.start,
            about_end=c.end,
            status=c.status,
            score=c.score,
            hedged=c.hedged,
            event_id=c.event_id,
            entities=tuple(names[c.id or 0]),
            quantities=tuple(figures[c.id or 0]),
            sources=tuple(sources.get(c.id or 0, ())),
            links=tuple(links.get(c.id or 0, ())),
        )
        for c in claims
    ]


def _claim_links(session: Session, ids: list[int]) -> dict[int, list[LinkView]]:
    """Links of the given claims, both directions, with the other claim's text and status."""
    out: dict[int, list[LinkView]] = defaultdict(list)
    if not ids:
        return out
    other = sa.orm.aliased(Claim)
    for direction, mine, theirs in (
        ("out", ClaimLink.claim_id, ClaimLink.other_claim_id),
        ("in", ClaimLink.other_claim_id, ClaimLink.claim_id),
    ):
        rows = session.exec(
            select(
                mine,
                ClaimLink.relation,
                theirs,
                ClaimLink.note,
                other.text,
                other.status,
                other.made_on,
            )
            .join(other, other.id == theirs)
            .where(col(mine).in_(ids))
            .order_by(ClaimLink.id)
        ).all()
        for claim_id, relation, other_id, note, text, status, made_on in rows:
            out[claim_id].append(
                LinkView(relation, other_id, direction, note, text, status, made_on)
            )
    return out


def changed_claims(session: Session, limit: int | None = None) -> list[ClaimView]:
    """Claims that later reporting updated or contradicted, most recently changed first: the
    list a fact-checker starts the day with."""
    newer = sa.orm.aliased(Claim)
    rows = session.exec(
        select(ClaimLink.other_claim_id, func.max(newer.made_on), func.max(ClaimLink.id))
        .join(newer, newer.id == ClaimLink.claim_id)
        .where(col(ClaimLink.relation).in_(("updates", "contradicts")))
        .group_by(ClaimLink.other_claim_id)
        .order_by(func.max(newer.made_on).desc(), func.max(ClaimLink.id).desc())
        .limit(limit)
    ).all()
    order = [row[0] for row in rows]
    claims = {c.id: c for c in session.exec(select(Claim).where(col(Claim.id).in_(order))).all()}
    return _claim_views(session, [claims[i] for i in order if i in claims])


def list_articles(session: Session, limit: int | None = None) -> list[ArticleView]:
    """Stored articles, by publication date then id, with their event and claim counts."""
    event_counts = dict(
        session.exec(
            select(Source.article_id, func.count(func.distinct(Source.event_id))).group_by(
                Source.article_id
            )
        ).all()
    )
    claim_counts = dict(
        session.exec(
            select(Source.article_id, func.count(func.distinct(Source.claim_id))).group_by(
                Source.article_id
            )
        ).all()
    )
    query = select(Article).order_by(
        col(Article.published).is_(None), Article.published, Article.id
    )
    if limit:
        query = query.limit(limit)
    return [
        _article_view(a, event_counts.get(a.id, 0), claim_counts.get(a.id, 0))
        for a in session.exec(query).all()
    ]


def _article_view(a: Article, events: int, claims: int, with_text: bool = False) -> ArticleView:
    return ArticleView(
        id=a.id or 0,
        title=a.title,
        source=a.source,
        url=a.url,
        published=a.published,
        published_inferred=a.published_inferred,
        language=a.language,
        ingested_at=a.ingested_at,
        path=a.path,
        events=events,
        claims=claims,
        text=a.text if with_text else None,
    )


def get_article(session: Session, article_id: int) -> ArticleView:
    """One article with its text; NotFoundError if there is none with that id."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFoundError(f"no article with id {article_id}")
    counts = list_articles_counts(session, article_id)
    return _article_view(article, *counts, with_text=True)


def list_articles_counts(session: Session, article_id: int) -> tuple[int, int]:
    """(events, claims) reported by one article."""
    row = session.exec(
        select(
            func.count(func.distinct(Source.event_id)), func.count(func.distinct(Source.claim_id))
        ).where(Source.article_id == article_id)
    ).one()
    return int(row[0]), int(row[1])


def get_event(session: Session, event_id: int) -> EventView:
    """One event; NotFoundError if there is none with that id."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id}")
    return _event_views(session, [event])[0]


def get_claim(session: Session, claim_id: int) -> ClaimView:
    """One claim; NotFoundError if there is none with that id."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return _claim_views(session, [claim])[0]


def list_articles_brief(session: Session) -> list[ArticleView]:
    """Articles without counts (cheap), for exports."""
    return [
        _article_view(a, 0, 0) for a in session.exec(select(Article).order_by(Article.id)).all()
    ]
