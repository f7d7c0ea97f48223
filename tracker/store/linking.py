"""Applying the linker's decisions while an article is stored: a new event that is one already
on the timeline becomes another source of it (and may date it better); an unsure match is
kept as a candidate; a new claim is linked to the earlier claims it repeats, updates,
contradicts or supports. Lookups go through the date and entity indexes, never a full scan."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tracker.extract.model import ExtractedClaim, ExtractedEvent
from tracker.link.claims import ClaimRelation, ClaimSketch, Figure, relate_claims
from tracker.link.events import EventMatch, EventSketch, match_events, sharper
from tracker.store.models import (
    Claim,
    ClaimEntity,
    ClaimLink,
    Entity,
    Event,
    EventEntity,
    EventLink,
    Quantity,
    Source,
)

MAX_EVENT_CANDIDATES = 50  # per new event: exact dates first, then the most recent
MAX_CLAIM_POOL = 500  # per new article: the most recent claims about its entities
MAX_CLAIM_CANDIDATES = 50  # per new claim, from that pool
MAX_LINKS_PER_CLAIM = 10


def sketch_extracted_event(ev: ExtractedEvent) -> EventSketch:
    """The matching view of a freshly extracted event."""
    return EventSketch(
        ev.title,
        ev.type,
        ev.date.start,
        ev.date.end,
        ev.date.precision,
        ev.date.as_of,
        frozenset(ev.actors + ev.places),
    )


def _entity_names(session: Session, event_ids: Iterable[int]) -> dict[int, set[str]]:
    names: dict[int, set[str]] = defaultdict(set)
    for event_id, name in session.exec(
        select(EventEntity.event_id, Entity.name)
        .join(Entity, col(Entity.id) == col(EventEntity.entity_id))
        .where(col(EventEntity.event_id).in_(list(event_ids)))
    ).all():
        names[event_id].add(name)
    return names


def best_event_match(
    session: Session, new: EventSketch, article_id: int
) -> tuple[Event, EventMatch] | None:
    """The stored event the new one most likely reports, with its score, if any reaches the
    candidate threshold. Only events whose dates overlap (and that share an entity, when the new
    event names any) are looked at, through the indexes."""
    if new.end is None:
        return None
    start = new.start or new.end
    query = select(Event).where(col(Event.as_of) == new.as_of, col(Event.end) >= start)
    if new.as_of:
        query = query.where(col(Event.end) == new.end)
    else:
        query = query.where(col(Event.start) <= new.end)
    if new.entities:
        query = query.where(
            col(Event.id).in_(
                select(EventEntity.event_id)
                .join(Entity, col(Entity.id) == col(EventEntity.entity_id))
                .where(col(Entity.name).in_(sorted(new.entities)))
            )
        )
    own = select(Source.event_id).where(
        Source.article_id == article_id, col(Source.event_id).is_not(None)
    )
    exact = sa.and_(col(Event.start) == new.start, col(Event.end) == new.end)
    query = (
        query.where(col(Event.id).not_in(own))
        .order_by(sa.case((exact, 0), else_=1), col(Event.id).desc())
        .limit(MAX_EVENT_CANDIDATES)
    )
    candidates = list(session.exec(query).all())
    names = _entity_names(session, [e.id for e in candidates if e.id is not None])
    best: tuple[Event, EventMatch] | None = None
    for event in candidates:
        old = EventSketch(
            event.title,
            event.type,
            event.start,
            event.end,
            event.precision,
            event.as_of,
            frozenset(names.get(event.id or 0, ())),
        )
        match = match_events(new, old)
        if match.verdict != "different" and (best is None or match.score > best[1].score):
            best = (event, match)
    return best


def sharpen(event: Event, ev: ExtractedEvent) -> bool:
    """Give a stored event the better date of a new report of it, unless a person decided on
    the event. Returns whether it changed."""
    old = EventSketch(
        event.title, event.type, event.start, event.end, event.precision, event.as_of, frozenset()
    )
    if event.locked or not sharper(old, sketch_extracted_event(ev)):
        return False
    event.date, event.start, event.end = ev.date.value, ev.date.start, ev.date.end
    event.precision = ev.date.precision
    event.date_expression, event.date_anchor = ev.date.expression, ev.date.anchor
    return True


def record_candidate(
    session: Session, new_event_id: int, old_event_id: int, match: EventMatch
) -> None:
    """Keep an unsure match for a person to confirm (merge) or reject (keep apart)."""
    session.add(
        EventLink(
            event_id=new_event_id, other_event_id=old_event_id, score=match.score, note=match.note
        )
    )


def sketch_extracted_claim(cl: ExtractedClaim, made_on: date | None) -> ClaimSketch:
    """The relating view of a freshly extracted claim."""
    return ClaimSketch(
        cl.text,
        cl.claimant,
        made_on,
        cl.date.start if cl.date else None,
        cl.date.end if cl.date else None,
        cl.hedged,
        frozenset(cl.entities),
        tuple(Figure(q.value, q.unit, q.qualifier, q.text) for q in cl.quantities),
    )


@dataclass
class ClaimPool:
    """The stored claims a new article's claims are compared with: the most recent ones about
    any of the article's entities, loaded once per article in three queries."""

    claims: list[tuple[int, ClaimSketch]]

    @classmethod
    def load(cls, session: Session, entities: set[str], article_id: int) -> ClaimPool:
        if not entities:
            return cls([])
        own = select(Source.claim_id).where(
            Source.article_id == article_id, col(Source.claim_id).is_not(None)
        )
        rows = session.exec(
            select(Claim)
            .where(
                col(Claim.id).in_(
                    select(ClaimEntity.claim_id)
                    .join(Entity, col(Entity.id) == col(ClaimEntity.entity_id))
                    .where(col(Entity.name).in_(sorted(entities)))
                ),
                col(Claim.id).not_in(own),
            )
            .order_by(col(Claim.made_on).desc(), col(Claim.id).desc())
            .limit(MAX_CLAIM_POOL)
        ).all()
        ids = [c.id for c in rows if c.id is not None]
        names: dict[int, set[str]] = defaultdict(set)
        for cid, name in session.exec(
            select(ClaimEntity.claim_id, Entity.name)
            .join(Entity, col(Entity.id) == col(ClaimEntity.entity_id))
            .where(col(ClaimEntity.claim_id).in_(ids))
        ).all():
            names[cid].add(name)
        figures: dict[int, list[Figure]] = defaultdict(list)
        for q in session.exec(select(Quantity).where(col(Quantity.claim_id).in_(ids))).all():
            figures[q.claim_id].append(Figure(q.value, q.unit, q.qualifier, q.text))
        return cls(
            [
                (
                    c.id or 0,
                    ClaimSketch(
                        c.text,
                        c.claimant,
                        c.made_on,
                        c.start,
                        c.end,
                        c.hedged,
                        frozenset(names[c.id or 0]),
                        tuple(figures[c.id or 0]),
                    ),
                )
                for c in rows
            ]
        )

    def link(self, session: Session, claim_id: int, new: ClaimSketch) -> list[ClaimRelation]:
        """Link a just-stored claim to the pool's claims it repeats, updates, contradicts or
        supports (the most recent candidates that share an entity with it)."""
        made: list[ClaimRelation] = []
        candidates = [(i, c) for i, c in self.claims if c.entities & new.entities]
        for old_id, old in candidates[:MAX_CLAIM_CANDIDATES]:
            relation = relate_claims(new, old)
            if relation is None:
                continue
            session.add(
                ClaimLink(
                    claim_id=claim_id,
                    other_claim_id=old_id,
                    relation=relation.relation,
                    note=relation.note,
                    created_by="tracker",
                )
            )
            made.append(relation)
            if len(made) >= MAX_LINKS_PER_CLAIM:
                break
        return made
