"""Applying the linker's decisions while an article is stored: a new event that is one already
on the timeline becomes another source of it (and may date it better); an unsure match is
kept as a candidate; a new claim is linked to the earlier claims it repeats, updates,
contradicts or supports.

Lookups go through indexes and are bounded, so that storing an article costs about the same
however large the store is. Event candidates come from two places: by date, one index range
per fine precision (day, week, month) on ``ix_event_precision_start`` (``ix_event_end`` for
states known to hold by a date), each range read latest start first and cut off after
``MAX_BY_DATE_PER_PRECISION`` entries so that a wide interval ("in 2019") does not read every
fine event of its year, filtered by shared entity through the event_entity primary key; and
from a pool loaded once per article, the newest events of each of its entities, read
backwards from ``ix_event_entity_entity_event``, which reaches coarser events (a year, a
decade) without scanning every event of that year. The claim pool is likewise the newest
claims of each entity, from ``ix_claim_entity_entity_claim``. Everything is SQLAlchemy Core on
the writer's connection: no ORM objects are built."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.extract.model import ExtractedClaim, ExtractedEvent
from tracker.link.claims import ClaimRelation, ClaimSketch, Figure, relate_claims
from tracker.link.events import (
    CANDIDATE_AT,
    PRECISION_ORDER,
    EventMatch,
    EventSketch,
    match_events,
    match_score,
    sharper,
)
from tracker.store.models import Claim, ClaimEntity, Entity, Event, EventEntity, Quantity

if TYPE_CHECKING:
    from tracker.store.linkcache import LinkIndex

MAX_EVENT_CANDIDATES = 50  # per new event: exact dates first, then the most recent
MAX_EVENT_POOL_PER_ENTITY = 100  # per entity of a new article: its most recent events
MAX_CLAIM_POOL = 500  # per new article: the most recent claims about its entities
# The claim pool is bounded by count, not by a date window: a figure may be updated a year or
# more after it was first reported ("unemployment was 5% in 2023" -> "7% now"), and in a feed
# the newest claims by id are the most recently made, so a window of a year or so would not
# make the pool any smaller, only lose such updates when older articles are ingested late.
MAX_CLAIM_CANDIDATES = 50  # per new claim, from that pool
MAX_LINKS_PER_CLAIM = 10

# Stored events of these precisions are also looked up by date, one index range each: how far
# back (in days) such an event may start and still overlap a new one (day ranges such as
# "March 3-20" included). Coarser events are reached through their entities (the pool).
FINE_START_WINDOW_DAYS = {"day": 31, "week": 31, "month": 62}
assert set(FINE_START_WINDOW_DAYS) <= set(PRECISION_ORDER)
# At most this many stored events of each fine precision are read by date for one new event,
# those starting latest first. A day's window (its 31 days back) holds far fewer in a feed of
# hundreds of articles a day; the bound matters for a wide new interval ("in 2019", "last
# summer"), whose by-date range otherwise grows with every fine event of that period the store
# gains. An overlapping event beyond the bound is still found when it shares an entity with the
# new one and is among that entity's newest (the event pool).
MAX_BY_DATE_PER_PRECISION = 500

_event = Event.__table__  # type: ignore[attr-defined]
_event_entity = EventEntity.__table__  # type: ignore[attr-defined]
_entity = Entity.__table__  # type: ignore[attr-defined]
_claim = Claim.__table__  # type: ignore[attr-defined]
_claim_entity = ClaimEntity.__table__  # type: ignore[attr-defined]
_quantity = Quantity.__table__  # type: ignore[attr-defined]


def sketch_extracted_event(ev: ExtractedEvent) -> EventSketch:
    """The matching view of a freshly extracted event."""
    return EventSketch(
        ev.title,
        ev.type,
        ev.date.start,
        ev.date.end,
        ev.date.precision,
        ev.date.as_of,
        frozenset(ev.actors + ev.places + ev.context),
    )


@dataclass(slots=True)
class StoredEvent:
    """The columns of a stored event that matching and sharpening read."""

    id: int
    title: str
    type: str
    start: date | None
    end: date | None
    precision: str
    as_of: bool
    locked: bool

    def sketch(self, entities: Iterable[str] = ()) -> EventSketch:
        return EventSketch(
            self.title,
            self.type,
            self.start,
            self.end,
            self.precision,
            self.as_of,
            frozenset(entities),
        )


def _minus_days(day: date, days: int) -> date:
    try:
        return day - timedelta(days=days)
    except OverflowError:
        return date.min


@cache
def _candidates_statement(as_of: bool, with_entities: bool) -> sa.Select[Any]:
    """The by-date candidate query, built once per shape; the values are bound parameters.
    Only fine precisions are looked up by date range (coarser events come from the pool, or
    from the exact-dates query)."""
    e = _event.c
    query = sa.select(e.id, e.title, e.type, e.start, e.end, e.precision, e.as_of, e.locked).where(
        e.as_of == sa.bindparam("as_of"), e.end >= sa.bindparam("start")
    )
    if as_of:
        query = query.where(e.end == sa.bindparam("end"))
    else:
        # Index-only ranges on (precision, start, end): rows are read only for events that
        # overlap.
        inner = _event.alias("by_date").c
        # Each range is read backwards (latest start first) and stops after
        # MAX_BY_DATE_PER_PRECISION entries, so that a wide new interval (a season, a year)
        # costs the same however many fine events of that period the store holds.
        ranges = [
            sa.select(inner.id)
            .where(
                inner.precision == precision,
                inner.start >= sa.bindparam(f"from_{precision}"),
                inner.start <= sa.bindparam("end"),
                inner.end >= sa.bindparam("start"),
            )
            .order_by(inner.start.desc())
            .limit(MAX_BY_DATE_PER_PRECISION)
            .subquery()
            .select()
            for precision in FINE_START_WINDOW_DAYS
        ]
        query = query.where(e.id.in_(sa.union_all(*ranges)))
    if with_entities:
        ee = _event_entity.c
        query = query.where(
            sa.exists().where(
                ee.event_id == e.id, ee.entity_id.in_(sa.bindparam("entity_ids", expanding=True))
            )
        )
    query = query.where(e.id.not_in(sa.bindparam("own", expanding=True)))
    exact = sa.and_(
        e.start.is_not_distinct_from(sa.bindparam("exact_start", type_=sa.Date)),
        e.end == sa.bindparam("end"),
    )
    return query.order_by(sa.case((exact, 0), else_=1), e.id.desc()).limit(MAX_EVENT_CANDIDATES)


def event_candidates_query(
    new: EventSketch, entity_ids: Sequence[int] | None, own: Iterable[int]
) -> tuple[sa.Select[Any], dict[str, Any]] | None:
    """The bounded, indexed by-date query for stored events ``new`` may report, and its
    parameters: of a fine precision with dates overlapping (or, for a state, the same "by"
    date), sharing an entity when ``entity_ids`` is given, not among ``own`` (events this
    article already reports); exact dates first, then the newest."""
    if new.end is None:
        return None
    start = new.start or new.end
    params: dict[str, Any] = {
        "as_of": new.as_of,
        "start": start,
        "end": new.end,
        "own": sorted(set(own)),
        "exact_start": new.start,
    }
    if not new.as_of:
        for precision, window in FINE_START_WINDOW_DAYS.items():
            params[f"from_{precision}"] = _minus_days(start, window)
    if entity_ids is not None:
        params["entity_ids"] = sorted(set(entity_ids))
    return _candidates_statement(new.as_of, entity_ids is not None), params


@cache
def _exact_dates_statement() -> sa.Select[Any]:
    """Stored events with exactly the given dates, newest first: the equality on
    ``ix_event_start_end`` yields them in id order, so the LIMIT ends the scan."""
    e = _event.c
    return (
        sa.select(e.id, e.title, e.type, e.start, e.end, e.precision, e.as_of, e.locked)
        .where(
            e.start == sa.bindparam("start", type_=sa.Date),
            e.end == sa.bindparam("end", type_=sa.Date),
            e.as_of == sa.bindparam("as_of"),
            e.id.not_in(sa.bindparam("own", expanding=True)),
        )
        .order_by(e.id.desc())
        .limit(MAX_EVENT_CANDIDATES)
    )


@cache
def _event_names_statement() -> sa.Select[Any]:
    ee, en = _event_entity.c, _entity.c
    return (
        sa.select(ee.event_id, en.name)
        .join_from(_event_entity, _entity, en.id == ee.entity_id)
        .where(ee.event_id.in_(sa.bindparam("ids", expanding=True)))
    )


MAX_ENTITIES_PER_QUERY = 32  # entity parameters of one pool query; see entity_chunks


def entity_chunks(entity_ids: Iterable[int]) -> list[list[int]]:
    """The distinct ``entity_ids``, sorted, cut into runs whose lengths are powers of two of
    at most ``MAX_ENTITIES_PER_QUERY``. The per-entity pool queries are built once per
    number of entities: cut so, a handful of statements serve any article, where one per
    number would keep adding large statements (and their compiled forms) to the caches for as
    long as an ingest meets articles with more entities than any before."""
    ids = sorted(set(entity_ids))
    chunks: list[list[int]] = []
    done = 0
    while done < len(ids):
        size = min(MAX_ENTITIES_PER_QUERY, 1 << ((len(ids) - done).bit_length() - 1))
        chunks.append(ids[done : done + size])
        done += size
    return chunks


def newest_per_entity(entity_col: Any, id_col: Any, limit: int, n_entities: int) -> Any:
    """(entity, id) of each of ``n_entities`` entities' newest ``limit`` links (parameters
    e0, e1, ...), each read backwards from the (entity, id) index."""
    per_entity = [
        sa.select(entity_col, id_col)
        .where(entity_col == sa.bindparam(f"e{i}"))
        .order_by(id_col.desc())
        .limit(limit)
        .subquery()
        .select()
        for i in range(n_entities)
    ]
    return per_entity[0] if n_entities == 1 else sa.union_all(*per_entity)


def entity_params(chunk: Sequence[int]) -> dict[str, Any]:
    """The parameters e0, e1, ... of a chunk's query (see ``newest_per_entity``)."""
    return {f"e{i}": entity_id for i, entity_id in enumerate(chunk)}


@lru_cache(maxsize=8)
def _event_pool_statement(n_entities: int) -> sa.Select[Any]:
    ee, e = _event_entity.c, _event.c
    newest = newest_per_entity(ee.entity_id, ee.event_id, MAX_EVENT_POOL_PER_ENTITY, n_entities)
    pairs = newest.subquery()
    return sa.select(
        pairs.c.entity_id, e.id, e.title, e.type, e.start, e.end, e.precision, e.as_of, e.locked
    ).join_from(pairs, _event, e.id == pairs.c.event_id)


def event_pool_queries(
    entity_ids: Sequence[int],
) -> list[tuple[sa.Select[Any], dict[str, Any]]]:
    """The event pool's queries and their parameters, one per chunk of the entities (see
    ``entity_chunks``): the newest ``MAX_EVENT_POOL_PER_ENTITY`` events of each entity, read
    backwards from the (entity_id, event_id) index, as (entity_id, event columns...)."""
    return [(_event_pool_statement(len(c)), entity_params(c)) for c in entity_chunks(entity_ids)]


def _add_overlapping(
    new: EventSketch, ids: Iterable[int], events: dict[int, StoredEvent], chosen: dict[int, Any]
) -> None:
    """Add to ``chosen`` the events of ``ids`` not in it yet that meet the date condition of
    the candidate query (in Python); ``chosen`` holds the events not to add (``own``) as None."""
    end = new.end
    assert end is not None
    start, as_of = new.start or end, new.as_of
    for event_id in ids:
        if event_id in chosen:
            continue
        old = events[event_id]
        if old.as_of != as_of or old.end is None or old.end < start:
            continue
        if (old.end == end) if as_of else (old.start is not None and old.start <= end):
            chosen[event_id] = old


class EventPool:
    """The stored events a new article's events are compared with: those found by date (fine
    precisions, per event) and the newest events of each of the article's entities (loaded
    once per article); the names of a candidate's entities are read when it is scored. Nothing
    the article writes is read back: its events are matched before any is written."""

    def __init__(
        self, conn: Connection, entity_ids: Sequence[int], index: LinkIndex | None = None
    ) -> None:
        """``index``: the writer's mirror of the store (``tracker.store.linkcache``), which
        answers the lookups instead of the database, with the same results."""
        self.conn = conn
        self.index = index
        self.events: dict[int, StoredEvent] = {}
        self.names: dict[int, set[str]] = {}
        self.by_entity: dict[int, list[int]] = defaultdict(list)
        if index is not None:
            if entity_ids:
                self.events, by_entity = index.event_pool(conn, entity_ids)
                self.by_entity.update(by_entity)
        elif entity_ids:
            for query in event_pool_queries(entity_ids):
                for entity_id, *row in conn.execute(*query):
                    self.by_entity[entity_id].append(row[0])
                    if row[0] not in self.events:
                        self.events[row[0]] = StoredEvent(*row)

    def _load_names(self, event_ids: Iterable[int]) -> None:
        missing = [i for i in event_ids if i not in self.names]
        if self.index is not None:
            index = self.index
            for event_id in missing:
                self.names[event_id] = index.names(event_id) if event_id in index.events else set()
            missing = [i for i in missing if i not in index.events]
        for event_id in missing:
            self.names[event_id] = set()
        for start in range(0, len(missing), 5000):
            chunk = missing[start : start + 5000]
            for event_id, name in self.conn.execute(_event_names_statement(), {"ids": chunk}):
                self.names[event_id].add(name)

    def candidates(
        self, new: EventSketch, entity_ids: Sequence[int] | None, own: Iterable[int]
    ) -> list[StoredEvent]:
        """Stored events overlapping ``new`` (and sharing an entity, when ``entity_ids``), not
        ``own``: exact dates first, then the newest, at most ``MAX_EVENT_CANDIDATES``."""
        own = set(own)
        if new.end is None:
            return []
        held = None if self.index is None else self.index.by_date(self.conn, new, entity_ids, own)
        if held is not None:
            chosen = {event.id: event for event in held}
        else:
            found = event_candidates_query(new, entity_ids, own)
            assert found is not None
            chosen = {row[0]: StoredEvent(*row) for row in self.conn.execute(*found)}
        if entity_ids is None and not new.as_of and new.start is not None:
            # No entity to reach coarser events through: those with the very same dates.
            if self.index is not None:
                for event in self.index.exact_dates(self.conn, new.start, new.end, own):
                    chosen.setdefault(event.id, event)
            else:
                params = {"start": new.start, "end": new.end, "as_of": False, "own": sorted(own)}
                for row in self.conn.execute(_exact_dates_statement(), params):
                    chosen.setdefault(row[0], StoredEvent(*row))
        if entity_ids:
            taken: dict[int, StoredEvent | None] = {**dict.fromkeys(own), **chosen}
            for entity_id in entity_ids:
                _add_overlapping(new, self.by_entity.get(entity_id, ()), self.events, taken)
            chosen = {i: event for i, event in taken.items() if event is not None}
        ranked = sorted(
            chosen.values(),
            key=lambda c: (not (c.start == new.start and c.end == new.end), -c.id),
        )[:MAX_EVENT_CANDIDATES]
        if new.entities:  # else the names cannot change a match (see match_events)
            self._load_names(c.id for c in ranked)
        return ranked

    def best_match(
        self, new: EventSketch, entity_ids: Sequence[int] | None, own: Iterable[int]
    ) -> tuple[StoredEvent, EventMatch] | None:
        """The stored event the new one most likely reports, with its score, if any reaches
        the candidate threshold. ``entity_ids`` are the ids of every stored entity named like
        one of the new event's (None when it names none: then any entity will do)."""
        if new.end is None or (entity_ids is not None and not entity_ids):
            return None  # no date, or it names entities no stored event has
        best: tuple[StoredEvent, EventSketch] | None = None
        best_score: float | None = None
        for event in self.candidates(new, entity_ids, own):
            old = event.sketch(self.names.get(event.id, ()))
            # The first candidate with the highest score at the candidate threshold or above:
            # those that cannot score more than the best so far are not compared word by word.
            score = match_score(new, old, best_score)
            if score is None or score < CANDIDATE_AT:
                continue
            if best_score is None or score > best_score:
                best, best_score = (event, old), score
        if best is None:
            return None
        return best[0], match_events(new, best[1])


def sharpened(event: StoredEvent, ev: ExtractedEvent) -> dict[str, Any] | None:
    """The new date columns of a stored event that a new report of it dates better, unless a
    person decided on the event; None when it stays as it is."""
    if event.locked or not sharper(event.sketch(), sketch_extracted_event(ev)):
        return None
    return {
        "date": ev.date.value,
        "start": ev.date.start,
        "end": ev.date.end,
        "precision": ev.date.precision,
        "date_expression": ev.date.expression,
        "date_anchor": ev.date.anchor,
    }


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


@lru_cache(maxsize=8)
def _newest_claim_ids_statement(n_entities: int) -> sa.Select[Any]:
    ce = _claim_entity.c
    per_entity = [
        sa.select(ce.claim_id)
        .where(ce.entity_id == sa.bindparam(f"e{i}"))
        .order_by(ce.claim_id.desc())
        .limit(MAX_CLAIM_POOL)
        .subquery()
        .select()
        for i in range(n_entities)
    ]
    union = (per_entity[0] if n_entities == 1 else sa.union(*per_entity)).subquery()
    return sa.select(union.c.claim_id).order_by(union.c.claim_id.desc()).limit(MAX_CLAIM_POOL)


def claim_pool_id_queries(
    entity_ids: Sequence[int],
) -> list[tuple[sa.Select[Any], dict[str, Any]]]:
    """The queries of the claim pool's ids and their parameters, one per chunk of the
    entities (see ``entity_chunks``): each the newest ``MAX_CLAIM_POOL`` claim ids about any
    entity of its chunk, read backwards from the (entity_id, claim_id) index. The pool is
    the newest ``MAX_CLAIM_POOL`` of all they find."""
    return [
        (_newest_claim_ids_statement(len(c)), entity_params(c)) for c in entity_chunks(entity_ids)
    ]


@cache
def claim_pool_rows_statement() -> sa.Select[Any]:
    """The pool's claims (parameter ``ids``), the most recently made first."""
    c = _claim.c
    return (
        sa.select(c.id, c.text, c.claimant, c.made_on, c.start, c.end, c.hedged)
        .where(c.id.in_(sa.bindparam("ids", expanding=True)))
        .order_by(c.made_on.desc(), c.id.desc())
    )


@cache
def _pool_details_statements() -> tuple[sa.Select[Any], sa.Select[Any]]:
    ce, q = _claim_entity.c, _quantity.c
    ids: sa.BindParameter[Any] = sa.bindparam("ids", expanding=True)
    entities = sa.select(ce.claim_id, ce.entity_id).where(
        ce.claim_id.in_(ids), ce.entity_id.in_(sa.bindparam("entity_ids", expanding=True))
    )
    figures = (
        sa.select(q.claim_id, q.value, q.unit, q.qualifier, q.text)
        .where(q.claim_id.in_(ids))
        .order_by(q.id)
    )
    return entities, figures


class ClaimPool:
    """The stored claims a new article's claims are compared with: the most recent ones about
    any of the article's entities, loaded once per article in three queries. Their entities
    are the ones they share with the article: relating claims looks only at those. A claim's
    sketch is made when a new claim is first compared with it."""

    def __init__(
        self,
        rows: Sequence[Any] = (),
        names: dict[int, set[str]] | None = None,
        figures: dict[int, list[Figure]] | None = None,
    ) -> None:
        # (id, text, claimant, made_on, start, end, hedged), the most recently made first
        self.rows = rows
        self.names = names or {}
        self.figures = figures or {}
        self._sketches: dict[int, ClaimSketch] = {}  # by position in ``rows``
        self._by_name: dict[str, list[int]] | None = None  # positions by entity name

    @classmethod
    def load(cls, conn: Connection, entity_names: dict[int, str]) -> ClaimPool:
        """``entity_names``: every stored entity named like one of the article's claims'
        entities, by id (the article's own claims are not stored yet). A pooled claim's
        entities are known only among these: all that relating claims compares."""
        if not entity_names:
            return cls()
        entity_ids = sorted(entity_names)
        found = {i for query in claim_pool_id_queries(entity_ids) for (i,) in conn.execute(*query)}
        newest = sorted(found, reverse=True)[:MAX_CLAIM_POOL]
        if not newest:
            return cls()
        rows = conn.execute(claim_pool_rows_statement(), {"ids": newest}).all()
        ids = [row[0] for row in rows]
        entities_statement, figures_statement = _pool_details_statements()
        names: dict[int, set[str]] = defaultdict(set)
        params = {"ids": ids, "entity_ids": entity_ids}
        for cid, entity_id in conn.execute(entities_statement, params):
            names[cid].add(entity_names[entity_id])
        figures: dict[int, list[Figure]] = defaultdict(list)
        for cid, value, unit, qualifier, text in conn.execute(figures_statement, {"ids": ids}):
            figures[cid].append(Figure(value, unit, qualifier, text))
        return cls(rows, names, figures)

    def sketch(self, position: int) -> tuple[int, ClaimSketch]:
        """The id and sketch of the pool's claim at ``position``."""
        cid, text, claimant, made_on, start, end, hedged = self.rows[position]
        sketch = self._sketches.get(position)
        if sketch is None:
            sketch = self._sketches[position] = ClaimSketch(
                text,
                claimant,
                made_on,
                start,
                end,
                bool(hedged),
                frozenset(self.names.get(cid, ())),
                tuple(self.figures.get(cid, ())),
            )
        return cid, sketch

    def relate(self, new: ClaimSketch) -> list[tuple[int, ClaimRelation]]:
        """The pool's claims a new claim repeats, updates, contradicts or supports (of the most
        recent candidates that share an entity with it), with the relation to each."""
        made: list[tuple[int, ClaimRelation]] = []
        if self._by_name is None:
            self._by_name = defaultdict(list)
            for position, row in enumerate(self.rows):
                for name in self.names.get(row[0], ()):
                    self._by_name[name].append(position)
        positions = sorted({p for name in new.entities for p in self._by_name.get(name, ())})
        for position in positions[:MAX_CLAIM_CANDIDATES]:
            old_id, old = self.sketch(position)
            relation = relate_claims(new, old)
            if relation is None:
                continue
            made.append((old_id, relation))
            if len(made) >= MAX_LINKS_PER_CLAIM:
                break
        return made


def sqlite_query_plan(conn: Connection, statement: sa.Executable, params: dict[str, Any]) -> str:
    """SQLite's EXPLAIN QUERY PLAN of ``statement`` run with ``params``, one step a line: how
    the linking lookups reach their rows (tests and the ingest bench check that they go through
    indexes, with no full scan of a table)."""
    seen: list[tuple[str, Any]] = []

    def capture(*args: Any) -> None:  # conn, cursor, statement, parameters, context, many
        seen.append((args[2], args[3]))

    sa.event.listen(conn, "before_cursor_execute", capture)
    try:
        conn.execute(statement, params).all()
    finally:
        sa.event.remove(conn, "before_cursor_execute", capture)
    sql, parameters = seen[-1]
    rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters).all()
    return "\n".join(str(row[-1]) for row in rows)
