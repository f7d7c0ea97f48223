"""A person's decisions on events: merge two events into one, split a source off into an event
of its own, keep two events apart. Decided events are locked: later ingests add sources to
them but never change their dates, and never merge what a person kept apart."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, or_, select, update

from tracker.errors import InputError, NotFoundError
from tracker.store.engine import write_session
from tracker.store.models import Claim, Event, EventEntity, EventLink, Source


@dataclass(frozen=True, slots=True)
class CandidateView:
    """An unsure match the linker kept: two events that may be one."""

    id: int
    event_id: int
    other_event_id: int
    score: float
    note: str | None
    event_title: str
    other_title: str


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id}")
    return event


def _pair_filter(a: int, b: int):
    return or_(
        (col(EventLink.event_id) == a) & (col(EventLink.other_event_id) == b),
        (col(EventLink.event_id) == b) & (col(EventLink.other_event_id) == a),
    )


def merge_events(engine: Engine, keep_id: int, other_id: int, *, by: str | None = None) -> int:
    """Fold ``other_id`` into ``keep_id``: its sources, actors, places and claims move over, and
    the kept event is locked. Returns the kept id."""
    if keep_id == other_id:
        raise InputError("cannot merge an event with itself")
    with write_session(engine) as session:
        keep, other = _event(session, keep_id), _event(session, other_id)
        apart = session.exec(
            select(EventLink).where(
                _pair_filter(keep_id, other_id), EventLink.status == "kept_apart"
            )
        ).first()
        if apart is not None:
            who = apart.decided_by or "a person"
            raise InputError(f"events {keep_id} and {other_id} were kept apart by {who}")
        session.exec(
            update(Source).where(col(Source.event_id) == other_id).values(event_id=keep_id)
        )
        session.exec(update(Claim).where(col(Claim.event_id) == other_id).values(event_id=keep_id))
        have = set(
            session.exec(
                select(EventEntity.entity_id, EventEntity.role).where(
                    EventEntity.event_id == keep_id
                )
            ).all()
        )
        for link in session.exec(select(EventEntity).where(EventEntity.event_id == other_id)).all():
            if (link.entity_id, link.role) not in have:
                session.add(EventEntity(event_id=keep_id, entity_id=link.entity_id, role=link.role))
        session.exec(delete(EventLink).where(_pair_filter(keep_id, other_id)))
        keep.locked = True
        session.add(keep)
        session.flush()
        session.delete(other)
    return keep_id


def split_event(engine: Engine, event_id: int, source_id: int, *, by: str | None = None) -> int:
    """Move one source of an event into a new event of its own (same date, type, actors and
    places, to be corrected if need be); both are locked and kept apart. Returns the new id."""
    with write_session(engine) as session:
        event = _event(session, event_id)
        source = session.get(Source, source_id)
        if source is None or source.event_id != event_id:
            raise NotFoundError(f"event {event_id} has no source with id {source_id}")
        count = len(session.exec(select(Source.id).where(Source.event_id == event_id)).all())
        if count < 2:
            raise InputError(f"event {event_id} has a single source: nothing to split")
        fields = event.model_dump(exclude={"id", "created_at", "locked"})
        new = Event(**fields, locked=True)
        session.add(new)
        session.flush()
        assert new.id is not None
        source.event_id = new.id
        session.add(source)
        for link in session.exec(select(EventEntity).where(EventEntity.event_id == event_id)).all():
            session.add(EventEntity(event_id=new.id, entity_id=link.entity_id, role=link.role))
        event.locked = True
        session.add(event)
        session.add(
            EventLink(
                event_id=new.id,
                other_event_id=event_id,
                status="kept_apart",
                note=f"source {source_id} split off",
                decided_by=by,
            )
        )
        return new.id


def keep_apart(engine: Engine, event_id: int, other_id: int, *, by: str | None = None) -> None:
    """Reject a candidate: the two events are different, and stay so."""
    if event_id == other_id:
        raise InputError("an event cannot be kept apart from itself")
    with write_session(engine) as session:
        _event(session, event_id), _event(session, other_id)
        session.exec(delete(EventLink).where(_pair_filter(event_id, other_id)))
        session.add(
            EventLink(
                event_id=event_id, other_event_id=other_id, status="kept_apart", decided_by=by
            )
        )


def list_candidates(session: Session, limit: int | None = None) -> list[CandidateView]:
    """Open candidates, most likely first."""
    rows = session.exec(
        select(EventLink)
        .where(EventLink.status == "open")
        .order_by(col(EventLink.score).desc())
        .limit(limit)
    ).all()
    ids = {i for r in rows for i in (r.event_id, r.other_event_id)}
    titles = dict(session.exec(select(Event.id, Event.title).where(col(Event.id).in_(ids))).all())
    return [
        CandidateView(
            r.id or 0,
            r.event_id,
            r.other_event_id,
            r.score,
            r.note,
            titles.get(r.event_id, ""),
            titles.get(r.other_event_id, ""),
        )
        for r in rows
    ]
