"""The ingest writer's in-memory mirror of what linking reads, so that storing an article does
not run the linking lookups of ``tracker.store.linking`` one by one against the database.

An ingest has one writer. It keeps, for the duration of the ingest, the slices of the store
that linking looks at, each loaded once from the database with an indexed query and then kept
up to date by the writer itself as it stores articles:

- events of the fine precisions (day, week, month) by the month their start falls in, sorted
  by (start, end, id), for the by-date candidates;
- "as of" events by their end date, and events by their exact (start, end), for the other two
  date lookups;
- each entity's newest ``MAX_EVENT_POOL_PER_ENTITY`` event links (the event pool), and each
  entity's newest ``MAX_CLAIM_POOL`` claims (the claim pool);
- the columns, entities and figures of every event and claim in those slices.

Every answer equals what the corresponding query of ``tracker.store.linking`` returns on the
same store (tests check this on random data); a slice the index cannot hold cheaply (a by-date
range over more than ``MAX_WIDE_MONTHS`` months, or over more than ``MAX_MONTHS`` whose months
not held yet hold more than ``MAX_WIDE_LOAD`` fine events in all) is left to the query. The
mirror is valid only while nobody else writes: the writer checks SQLite's ``PRAGMA
data_version`` when it opens a transaction (which takes the write lock, so that nobody else
writes until it commits) and clears the mirror when another connection committed since its
last one; and it clears the mirror when an article's savepoint is rolled back, and when a
commit fails or what is pending is rolled back. Memory stays bounded however long the
ingest. The claims held (their text is most of what the mirror holds) are at most
``MAX_CLAIMS``, the least recently read forgotten first: a pool that lists a forgotten one reads
it again. At the first article after it grew past ``MAX_EVENTS`` events or the newest links of
``MAX_ENTITIES`` entities, it forgets the slices that none of the last
``KEEP_ARTICLES`` articles read, and the events and claims that no slice left lists (an
ingest's articles are mostly about the dates and entities of those just before them, so this
keeps what the next ones read); only when what those articles read fills more than half its
bounds does it start afresh. Orders the
queries leave to the database (ties of the by-date ranges' ``ORDER BY start DESC``, NULL dates
in the claim pool's ``ORDER BY made_on DESC``) follow SQLite, the only backend the writer uses
the mirror on."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.link.claims import Figure
from tracker.link.events import EventSketch
from tracker.store.linking import (
    FINE_START_WINDOW_DAYS,
    MAX_BY_DATE_PER_PRECISION,
    MAX_CLAIM_POOL,
    MAX_EVENT_CANDIDATES,
    MAX_EVENT_POOL_PER_ENTITY,
    ClaimPool,
    StoredEvent,
    _minus_days,
    entity_chunks,
    entity_params,
    event_pool_queries,
    newest_per_entity,
)
from tracker.store.models import Claim, ClaimEntity, Entity, Event, EventEntity, Quantity

# Past any of these the mirror forgets what recent articles did not read (at the next
# article): some tens of MiB at most. A month of a busy feed holds thousands of fine events,
# and a lookup of a month-precision event reads three months or four of them.
MAX_EVENTS = 40_000  # events held, with their entities
# Claims held, with their entities and figures (~0.6 KB each): the least recently read are
# forgotten past this many (and read again when a pool lists them). One article's pool holds
# at most MAX_CLAIM_POOL of them; this many cover the pools of the last few tens of articles.
MAX_CLAIMS = 10_000
MAX_ENTITIES = 20_000  # entities whose newest events or claims are held
MAX_MONTHS = 6  # the months of a by-date range over at most this many are read and held
# A wider range (a year, a decade) is held too when the months of it not held yet hold at most
# MAX_WIDE_LOAD fine events in all (counted over the whole range, whatever the runs of
# consecutive months they are read by), and only while the mirror has room for that many; a
# wider or denser range is left to the query.
MAX_WIDE_MONTHS = 10 * 12 + 3  # a decade, and the months before it where its overlaps may start
MAX_WIDE_LOAD = 2_000
# When the mirror outgrows its bounds this few articles after it last did (or after the
# ingest started), the store is too dense around the batch's dates for months of events to be
# held: by-date lookups are then left to the queries for the rest of the batch.
MIN_ARTICLES_BETWEEN_CLEARS = 50
# When the mirror outgrows its bounds, it keeps the slices the last this many articles read
# (an ingest's articles are mostly about the same stories and dates as those just before).
KEEP_ARTICLES = 20
# Every this many articles the mirror also forgets what none of them read, bounds or not: what
# it holds follows what the batch's articles are about now (their stories, dates, entities),
# not everything they were about since the ingest began, so that memory stays flat as a long
# batch moves on through its stories rather than growing until it reaches the bounds.
FORGET_UNREAD_EVERY = 100
_CHUNK = 5000  # ids per IN list when loading

_event = Event.__table__  # type: ignore[attr-defined]
_event_entity = EventEntity.__table__  # type: ignore[attr-defined]
_entity = Entity.__table__  # type: ignore[attr-defined]
_claim = Claim.__table__  # type: ignore[attr-defined]
_claim_entity = ClaimEntity.__table__  # type: ignore[attr-defined]
_quantity = Quantity.__table__  # type: ignore[attr-defined]

Month = tuple[int, int]


def _month(day: date) -> Month:
    return day.year, day.month


def _month_count(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _months(first: date, last: date) -> list[Month]:
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _runs(months: list[Month]) -> list[list[Month]]:
    """``months`` (ascending) cut into runs of consecutive months."""
    runs: list[list[Month]] = []
    for month in months:
        if runs and _month_count(date(*runs[-1][-1], 1), date(*month, 1)) == 2:
            runs[-1].append(month)
        else:
            runs.append([month])
    return runs


def _month_bounds(month: Month) -> tuple[date, date | None]:
    year, m = month
    nxt = None if (year, m) == (9999, 12) else date(year + (m == 12), m % 12 + 1, 1)
    return date(year, m, 1), nxt


_END, _ID = itemgetter(1), itemgetter(2)


def _latest_ending_after(
    keys: list[tuple[date, date, int]], lo: int, at: int, start: date
) -> list[int]:
    """The ids of the last ``MAX_BY_DATE_PER_PRECISION`` keys of ``keys[lo:at]`` (sorted by
    (start, end, id)) that end on or after ``start``: what SQLite reads first, going backwards
    through ix_event_precision_start (latest start, then latest end, then newest), without a
    Python loop over the keys, so that a wide range (a year, a decade) costs little more than
    a narrow one however many events it holds."""
    # Those starting on or after ``start`` end after it (unless an event ends before it
    # starts: then each is checked), and the bound takes the latest of them; only when they
    # leave room are the earlier ones filtered.
    later = max(lo, at - MAX_BY_DATE_PER_PRECISION, bisect_left(keys, (start,), lo, at))
    tail = keys[later:at]
    if tail and min(map(_END, tail)) < start:
        later, tail = at, []
    hits = list(map(_ID, tail))
    room = MAX_BY_DATE_PER_PRECISION - len(hits)
    if not room or later <= lo:
        return hits
    # The earlier ones that end on or after ``start``, filtered without a Python loop.
    window = keys[lo:later]
    ending_after = compress(map(_ID, window), map(start.__le__, map(_END, window)))
    return list(ending_after)[-room:] + hits


def _event_columns() -> list[Any]:
    e = _event.c
    return [e.id, e.title, e.type, e.start, e.end, e.precision, e.as_of, e.locked]


@cache
def _statements() -> dict[str, sa.Select[Any]]:
    e, ee, en = _event.c, _event_entity.c, _entity.c
    c, ce, q = _claim.c, _claim_entity.c, _quantity.c
    ids: sa.BindParameter[Any] = sa.bindparam("ids", expanding=True)
    return {
        "as_of": sa.select(*_event_columns()).where(
            e.end == sa.bindparam("end", type_=sa.Date), e.as_of.is_(True)
        ),
        "exact": sa.select(*_event_columns()).where(
            e.start == sa.bindparam("start", type_=sa.Date),
            e.end == sa.bindparam("end", type_=sa.Date),
            e.as_of.is_(False),
        ),
        "event_entities": sa.select(ee.event_id, ee.entity_id, en.name)
        .join_from(_event_entity, _entity, en.id == ee.entity_id)
        .where(ee.event_id.in_(ids)),
        "claims": sa.select(c.id, c.text, c.claimant, c.made_on, c.start, c.end, c.hedged).where(
            c.id.in_(ids)
        ),
        "claim_entities": sa.select(ce.claim_id, ce.entity_id).where(ce.claim_id.in_(ids)),
        "figures": sa.select(q.claim_id, q.value, q.unit, q.qualifier, q.text)
        .where(q.claim_id.in_(ids))
        .order_by(q.id),
    }


@cache
def _months_statement(to_end: bool, limited: bool) -> sa.Select[Any]:
    """The fine events starting on or after ``lo`` and before ``hi`` (or, ``to_end``, at any
    later date); at most ``limit`` of them when ``limited``."""
    e = _event.c
    query = sa.select(*_event_columns()).where(
        e.precision.in_(list(FINE_START_WINDOW_DAYS)), e.start >= sa.bindparam("lo")
    )
    if not to_end:
        query = query.where(e.start < sa.bindparam("hi"))
    return query.limit(sa.bindparam("limit")) if limited else query


@lru_cache(maxsize=8)
def _claim_ids_statement(n_entities: int) -> sa.Select[Any]:
    """Each entity's newest ``MAX_CLAIM_POOL`` claim ids, as (entity_id, claim_id)."""
    ce = _claim_entity.c
    return newest_per_entity(ce.entity_id, ce.claim_id, MAX_CLAIM_POOL, n_entities)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


@dataclass(slots=True)
class NewEvent:
    """An event the writer inserted: what the mirror needs of it."""

    event: StoredEvent
    entities: dict[int, str]  # entity id -> name


@dataclass(slots=True)
class NewClaim:
    """A claim as the mirror holds it (one the writer inserted, or one read from the store).
    Tuples, not sets and lists: a held claim costs a third less memory."""

    row: tuple[Any, ...]  # (id, text, claimant, made_on, start, end, hedged)
    entities: tuple[int, ...]
    figures: tuple[Figure, ...]


@dataclass(slots=True)
class ArticleWrites:
    """What storing one article changed that linking reads; applied to the mirror once the
    article's transaction has committed."""

    events: list[NewEvent] = field(default_factory=list)
    event_links: list[tuple[int, int, str]] = field(default_factory=list)  # event, entity, name
    redated: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    claims: list[NewClaim] = field(default_factory=list)


class LinkIndex:
    """The writer's mirror of the store's events and claims as linking sees them (see the
    module's docstring). One per ingest; not shared between connections or processes."""

    def __init__(
        self,
        max_events: int = MAX_EVENTS,
        max_claims: int = MAX_CLAIMS,
        max_entities: int = MAX_ENTITIES,
    ) -> None:
        self.max_events = max_events
        self.max_claims = max_claims
        self.max_entities = max_entities
        self.hold_months = True  # by-date lookups answered from held months
        self.articles = 0  # articles stored since the mirror last outgrew its bounds
        self.tick = 0  # articles stored since the mirror was made
        self.clear()

    def clear(self) -> None:
        """Forget everything: each slice is loaded again when first needed."""
        self.events: dict[int, StoredEvent] = {}
        self.event_entities: dict[int, dict[int, str]] = {}  # event id -> entity id -> name
        self.entity_events: dict[int, set[int]] = {}  # entity id -> ids of the held events
        self.months: set[Month] = set()
        self.dense: set[Month] = set()  # months too dense to be read for a wide range
        self.fine: dict[str, list[tuple[date, date, int]]] = {p: [] for p in FINE_START_WINDOW_DAYS}
        self.as_of: dict[date, set[int]] = {}
        self.exact: dict[tuple[date, date], set[int]] = {}
        self.pool: dict[int, list[int]] = {}  # entity id -> newest event ids (one per link), desc
        # claim id -> the claim, the least recently read first (see ``_forget_claims``)
        self.claims: OrderedDict[int, NewClaim] = OrderedDict()
        self.claim_ids: dict[int, list[int]] = {}  # entity id -> newest claim ids, ascending
        # The article (``tick``) that last read each slice: ("month", month), ("as_of", end),
        # ("exact", (start, end)), ("pool", entity id), ("claims", entity id).
        self.used: dict[tuple[str, Any], int] = {}

    def start_article(self) -> None:
        """Called before each article: every ``FORGET_UNREAD_EVERY`` articles, it forgets
        the slices none of them read (``compact``); when the mirror has outgrown its bounds,
        it keeps only the slices the last ``KEEP_ARTICLES`` articles read; when those alone
        hold more than half its bounds, it starts afresh (and stops holding months of events
        if that happens again soon)."""
        self.articles += 1
        self.tick += 1
        self._forget_claims()
        if self.tick % FORGET_UNREAD_EVERY == 0:
            self.compact(self.tick - FORGET_UNREAD_EVERY)
        if self.too_large():
            self.compact(self.tick - KEEP_ARTICLES)
            if not self.too_large(0.5):
                return
            if self.articles < MIN_ARTICLES_BETWEEN_CLEARS:
                self.hold_months = False
            self.articles = 0
            self.clear()

    def too_large(self, share: float = 1.0) -> bool:
        """Whether the mirror holds more than ``share`` of its bounds (of events and entities:
        the claims held are bounded on their own, see ``_forget_claims``)."""
        return (
            len(self.events) > self.max_events * share
            or max(len(self.pool), len(self.claim_ids)) > self.max_entities * share
        )

    def _forget_claims(self) -> None:
        """Forget the least recently read claims past ``max_claims``: a pool that lists one
        reads it again (``_hold_claims``), so the answers do not change. Called between
        articles, never while an article's pool is being made."""
        claims = self.claims
        for _ in range(len(claims) - self.max_claims):
            claims.popitem(last=False)

    def _use(self, kind: str, keys: Iterable[Any]) -> None:
        tick = self.tick
        for key in keys:
            self.used[(kind, key)] = tick

    def compact(self, since: int) -> None:
        """Forget the slices no article read since the ``since``-th, and the events and claims
        no slice left lists: what is kept stays complete and up to date, and a slice forgotten
        is read again when next needed, so the answers do not change."""
        recent = {key for key, tick in self.used.items() if tick >= since}
        self.used = {key: self.used[key] for key in recent}
        self.months = {m for m in self.months if ("month", m) in recent}
        months = self.months
        self.fine = {
            p: [key for key in keys if _month(key[0]) in months] for p, keys in self.fine.items()
        }
        self.as_of = {d: ids for d, ids in self.as_of.items() if ("as_of", d) in recent}
        self.exact = {k: ids for k, ids in self.exact.items() if ("exact", k) in recent}
        self.pool = {e: ids for e, ids in self.pool.items() if ("pool", e) in recent}
        self.claim_ids = {e: ids for e, ids in self.claim_ids.items() if ("claims", e) in recent}
        kept: set[int] = {key[2] for keys in self.fine.values() for key in keys}
        for held in (*self.as_of.values(), *self.exact.values(), *self.pool.values()):
            kept.update(held)
        self.events = {i: e for i, e in self.events.items() if i in kept}
        self.event_entities = {i: n for i, n in self.event_entities.items() if i in kept}
        self.entity_events = {}
        for event_id, entities in self.event_entities.items():
            for entity_id in entities:
                self._link(event_id, entity_id)
        claims: set[int] = {i for ids in self.claim_ids.values() for i in ids}
        self.claims = OrderedDict((i, c) for i, c in self.claims.items() if i in claims)

    # -- loading -------------------------------------------------------------------------

    def _take_events(self, conn: Connection, rows: Iterable[Sequence[Any]]) -> list[int]:
        """Hold the events of ``rows`` (event columns), reading the entities of those not held
        yet. Returns the rows' ids."""
        ids, missing = [], []
        for row in rows:
            ids.append(row[0])
            if row[0] not in self.events:
                self.events[row[0]] = StoredEvent(*row)
                self.event_entities[row[0]] = {}
                missing.append(row[0])
        statement = _statements()["event_entities"]
        for chunk in _chunks(missing):
            for event_id, entity_id, name in conn.execute(statement, {"ids": chunk}):
                self.event_entities[event_id][entity_id] = name
                self._link(event_id, entity_id)
        return ids

    def _link(self, event_id: int, entity_id: int) -> None:
        held = self.entity_events.get(entity_id)
        if held is None:
            self.entity_events[entity_id] = {event_id}
        else:
            held.add(event_id)

    def _hold_months(self, conn: Connection, first: date, last: date) -> bool:
        """Hold the fine events of every month from ``first``'s to ``last``'s, read by runs of
        consecutive months not held yet; False when the range is left to the query: wider than
        ``MAX_WIDE_MONTHS`` months, or, over more than ``MAX_MONTHS``, when its months not held
        yet hold more than ``MAX_WIDE_LOAD`` fine events in all (those months are then marked
        dense: a wide range over any of them is left to the query from then on)."""
        count = _month_count(first, last)
        if not self.hold_months or count > MAX_WIDE_MONTHS:
            return False
        missing = [m for m in _months(first, last) if m not in self.months]
        if not missing:
            return True
        budget = None  # fine events the range may still read, when it is a wide one
        if count > MAX_MONTHS:
            budget = MAX_WIDE_LOAD
            if len(self.events) + budget > self.max_events or not self.dense.isdisjoint(missing):
                return False
        read = []
        for run in _runs(missing):
            lo, hi = _month_bounds(run[0])[0], _month_bounds(run[-1])[1]
            statement = _months_statement(hi is None, budget is not None)
            params = {"lo": lo, "limit": (budget or 0) + 1}
            if hi is not None:
                params["hi"] = hi
            rows = conn.execute(statement, params).all()
            if budget is not None:
                budget -= len(rows)
                if budget < 0:
                    self.dense.update(missing)
                    return False
            read.append((run, rows))
        for run, rows in read:
            self._take_events(conn, rows)
            self.months.update(run)
            for row in rows:
                self._index_fine(self.events[row[0]])
        return True

    def _index_fine(self, event: StoredEvent) -> None:
        if (
            event.precision in self.fine
            and event.start is not None
            and event.end is not None
            and _month(event.start) in self.months
        ):
            insort(self.fine[event.precision], (event.start, event.end, event.id))

    def _unindex_fine(self, event: StoredEvent) -> None:
        if (
            event.precision in self.fine
            and event.start is not None
            and event.end is not None
            and _month(event.start) in self.months
        ):
            keys = self.fine[event.precision]
            at = bisect_left(keys, (event.start, event.end, event.id))
            assert keys[at] == (event.start, event.end, event.id)
            del keys[at]

    def _as_of_ids(self, conn: Connection, end: date) -> set[int]:
        self.used[("as_of", end)] = self.tick
        if end not in self.as_of:
            rows = conn.execute(_statements()["as_of"], {"end": end}).all()
            self.as_of[end] = set(self._take_events(conn, rows))
        return self.as_of[end]

    def _exact_ids(self, conn: Connection, start: date, end: date) -> set[int]:
        key = (start, end)
        self.used[("exact", key)] = self.tick
        if key not in self.exact:
            rows = conn.execute(_statements()["exact"], {"start": start, "end": end}).all()
            self.exact[key] = set(self._take_events(conn, rows))
        return self.exact[key]

    # -- the lookups -----------------------------------------------------------------------

    def event_pool(
        self, conn: Connection, entity_ids: Sequence[int]
    ) -> tuple[dict[int, StoredEvent], dict[int, list[int]]]:
        """What ``event_pool_queries`` read: the events and, by entity, the newest
        ``MAX_EVENT_POOL_PER_ENTITY`` event links' event ids, newest first."""
        missing = sorted({i for i in entity_ids if i not in self.pool})
        if missing:
            found: dict[int, list[int]] = {i: [] for i in missing}
            rows = []
            for query in event_pool_queries(missing):
                for entity_id, *row in conn.execute(*query):
                    found[entity_id].append(row[0])
                    rows.append(row)
            self._take_events(conn, rows)
            for entity_id, ids in found.items():
                self.pool[entity_id] = sorted(ids, reverse=True)
        by_entity = {i: self.pool[i] for i in dict.fromkeys(entity_ids)}
        self._use("pool", by_entity)
        events = {e: self.events[e] for ids in by_entity.values() for e in ids}
        return events, by_entity

    def names(self, event_id: int) -> set[str]:
        return set(self.event_entities[event_id].values())

    def by_date(
        self, conn: Connection, new: EventSketch, entity_ids: Sequence[int] | None, own: set[int]
    ) -> list[StoredEvent] | None:
        """What the by-date candidates query (``event_candidates_query``) returns, in its
        order; None when the range is too wide for the mirror (then run the query)."""
        if new.end is None:
            return []
        start, end = new.start or new.end, new.end
        if new.as_of:
            ids: Iterable[int] = self._as_of_ids(conn, end) if end >= start else ()
        else:
            froms = {p: _minus_days(start, days) for p, days in FINE_START_WINDOW_DAYS.items()}
            first = min(froms.values())
            if end < first:
                return []
            if not self._hold_months(conn, first, end):
                return None
            self._use("month", _months(first, end))
            found: list[int] = []
            for precision, keys in self.fine.items():
                lo = bisect_left(keys, (froms[precision],))
                at = bisect_right(keys, (end, date.max, float("inf")))
                found.extend(_latest_ending_after(keys, lo, at, start))
            ids = found
        # Exact dates first, then the newest: read newest first, an event of other dates is
        # not looked at once MAX_EVENT_CANDIDATES of them are chosen.
        if entity_ids is not None:  # those sharing an entity, by set intersections
            found_ids, sharing = set(ids), set()
            for entity_id in set(entity_ids):
                sharing |= found_ids.intersection(self.entity_events.get(entity_id, ()))
            ids = sharing
        exact: list[StoredEvent] = []
        other: list[StoredEvent] = []
        for event_id in sorted(ids, reverse=True):
            if event_id in own:
                continue
            event = self.events[event_id]
            is_exact = event.start == new.start and event.end == end
            if not is_exact and len(other) >= MAX_EVENT_CANDIDATES:
                continue
            if event.as_of != new.as_of or event.end is None or event.end < start:
                continue
            (exact if is_exact else other).append(event)
        return (exact + other)[:MAX_EVENT_CANDIDATES]

    def exact_dates(
        self, conn: Connection, start: date, end: date, own: set[int]
    ) -> list[StoredEvent]:
        """What ``_exact_dates_statement`` returns: not "as of", exactly these dates, newest
        first."""
        ids = sorted((i for i in self._exact_ids(conn, start, end) if i not in own), reverse=True)
        return [self.events[i] for i in ids[:MAX_EVENT_CANDIDATES]]

    def claim_pool(self, conn: Connection, entity_names: dict[int, str]) -> ClaimPool:
        """What ``ClaimPool.load`` reads, from the mirror."""
        if not entity_names:
            return ClaimPool()
        entity_ids = sorted(entity_names)
        missing = [i for i in entity_ids if i not in self.claim_ids]
        if missing:
            found: dict[int, list[int]] = {i: [] for i in missing}
            for chunk in entity_chunks(missing):
                statement = _claim_ids_statement(len(chunk))
                for entity_id, claim_id in conn.execute(statement, entity_params(chunk)):
                    found[entity_id].append(claim_id)
            for entity_id, ids in found.items():
                self.claim_ids[entity_id] = sorted(ids)
        self._use("claims", entity_ids)
        union: set[int] = set()
        for entity_id in entity_ids:
            union.update(self.claim_ids[entity_id])
        newest = sorted(union, reverse=True)[:MAX_CLAIM_POOL]
        if not newest:
            return ClaimPool()
        self._hold_claims(conn, newest)
        held, read = self.claims, self.claims.move_to_end
        claims = [held[i] for i in newest]
        for cid in newest:  # now the most recently read
            read(cid)
        # ORDER BY made_on DESC, id DESC as SQLite sorts: NULL dates last.
        claims.sort(
            key=lambda c: (c.row[3] is not None, c.row[3] or date.min, c.row[0]), reverse=True
        )
        names: dict[int, set[str]] = {}
        figures: dict[int, list[Figure]] = {}
        wanted, name_of = entity_names.keys(), entity_names.__getitem__
        for claim in claims:
            cid = claim.row[0]
            shared = [i for i in claim.entities if i in wanted]
            if shared:
                names[cid] = set(map(name_of, shared))
            if claim.figures:
                figures[cid] = list(claim.figures)
        return ClaimPool([c.row for c in claims], names, figures)

    def _hold_claims(self, conn: Connection, ids: Sequence[int]) -> None:
        missing = [i for i in ids if i not in self.claims]
        statements = _statements()
        for chunk in _chunks(missing):
            params = {"ids": chunk}
            rows = {row[0]: tuple(row) for row in conn.execute(statements["claims"], params)}
            entities: dict[int, list[int]] = {cid: [] for cid in rows}
            for cid, entity_id in conn.execute(statements["claim_entities"], params):
                entities[cid].append(entity_id)
            figures: dict[int, list[Figure]] = {}
            for cid, value, unit, qualifier, text in conn.execute(statements["figures"], params):
                figures.setdefault(cid, []).append(Figure(value, unit, qualifier, text))
            for cid, row in rows.items():
                self.claims[cid] = NewClaim(row, tuple(entities[cid]), tuple(figures.get(cid, ())))

    # -- the writer's changes --------------------------------------------------------------

    def apply(self, writes: ArticleWrites) -> None:
        """Bring the mirror up to date with one article's committed writes."""
        for new in writes.events:
            event = new.event
            self.events[event.id] = event
            self.event_entities[event.id] = dict(new.entities)
            for entity_id in new.entities:
                self._link(event.id, entity_id)
            self._index_fine(event)
            self._index_exact(event)
            if event.as_of and event.end is not None and event.end in self.as_of:
                self.as_of[event.end].add(event.id)
        for event_id, change in writes.redated:
            held = self.events.get(event_id)
            if held is None:
                # Not held (a candidate the query found): no slice lists it, but the slices of
                # its new dates must, so they are read again when next needed.
                self._forget_slices(change["start"], change["end"], change["precision"])
                continue
            self._unindex_fine(held)
            if not held.as_of and held.start is not None and held.end is not None:
                self.exact.get((held.start, held.end), set()).discard(event_id)
            held.start, held.end = change["start"], change["end"]
            held.precision = change["precision"]
            self._index_fine(held)
            self._index_exact(held)
        for event_id, entity_id, name in writes.event_links:
            if event_id in self.event_entities:
                self.event_entities[event_id][entity_id] = name
                self._link(event_id, entity_id)
            ids = self.pool.get(entity_id)
            if ids is None:
                continue
            if len(ids) >= MAX_EVENT_POOL_PER_ENTITY and event_id < ids[-1]:
                continue  # older than the newest links held: not among them
            if event_id not in self.events:
                del self.pool[entity_id]  # an event not held: read the entity's links again
                continue
            at = len(ids) - bisect_left(ids[::-1], event_id)
            ids.insert(at, event_id)
            del ids[MAX_EVENT_POOL_PER_ENTITY:]
        for claim in writes.claims:
            cid = claim.row[0]
            self.claims[cid] = claim
            for entity_id in claim.entities:
                ids = self.claim_ids.get(entity_id)
                if ids is not None:
                    ids.append(cid)
                    if len(ids) > MAX_CLAIM_POOL:
                        del ids[0]

    def _forget_slices(self, start: date | None, end: date | None, precision: str) -> None:
        """Unload the slices that would list an event of these dates."""
        if start is None or end is None:
            return
        self.exact.pop((start, end), None)
        month = _month(start)
        if precision in self.fine and month in self.months:
            self.months.discard(month)
            for keys in self.fine.values():
                lo, _hi = _month_bounds(month)
                first = bisect_left(keys, (lo,))
                last = first
                while last < len(keys) and _month(keys[last][0]) == month:
                    last += 1
                del keys[first:last]

    def _index_exact(self, event: StoredEvent) -> None:
        if not event.as_of and event.start is not None and event.end is not None:
            held = self.exact.get((event.start, event.end))
            if held is not None:
                held.add(event.id)
