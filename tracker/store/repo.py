"""Writing: persisting one article and its Extraction in one transaction. The only code that
inserts article, event and claim rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from tracker.errors import NotFoundError, TrackerError
from tracker.extract.model import ExtractedClaim, ExtractedEvent, Extraction, Mention
from tracker.link.claims import Figure
from tracker.link.events import EventMatch
from tracker.load.document import Document
from tracker.store.engine import WRITE_OPTION, write_session
from tracker.store.linkcache import ArticleWrites, LinkIndex, NewClaim, NewEvent
from tracker.store.linking import (
    ClaimPool,
    EventPool,
    StoredEvent,
    sharpened,
    sketch_extracted_claim,
    sketch_extracted_event,
)
from tracker.store.models import (
    Article,
    Claim,
    ClaimEntity,
    ClaimLink,
    ClaimStatusChange,
    Entity,
    Event,
    EventEntity,
    EventLink,
    Quantity,
    Source,
    utcnow,
)

SYSTEM_USER = "tracker"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What storing an article did: ``created`` is False when the same text was already stored."""

    article_id: int
    created: bool
    events: int = 0
    claims: int = 0
    corroborated: int = 0  # events already on the timeline, now with this article as a source
    candidates: int = 0  # unsure matches kept for a person to decide
    claim_links: int = 0


def store_article(engine: Engine, document: Document, extraction: Extraction) -> StoredArticle:
    """Persist ``document`` and its ``extraction`` in one transaction, unless an article with the
    same content hash is stored already. Nothing is written if anything fails.

    Stored events are matched first (reads only: an event this article already reports is
    never a candidate, so earlier writes of the same article cannot change a match), then
    every table is written with one multi-row insert."""
    try:
        with write_session(engine) as session:
            conn = session.connection()
            existing = conn.execute(
                sa.select(_article.c.id).where(_article.c.content_hash == document.content_hash)
            ).first()
            if existing is not None:
                return StoredArticle(existing[0], created=False)
            return _Writer(conn, document, extraction).store()
    except IntegrityError:
        # Another process stored the same text between our check and our insert.
        with engine.connect() as conn:
            found = conn.execute(
                sa.select(_article.c.id).where(_article.c.content_hash == document.content_hash)
            ).first()
        if found is None:
            raise
        return StoredArticle(found[0], created=False)


class NotCommittedError(TrackerError):
    """The articles an ``ArticleWriter`` stored since its last commit were not committed (the
    commit failed, or the connection was lost): none of them is stored. ``articles`` says how
    many they were."""

    def __init__(self, articles: int, reason: str) -> None:
        super().__init__(f"not committed: {reason}")
        self.articles = articles


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


class ArticleWriter:
    """The one writer of an ingest: stores articles like ``store_article`` on one connection
    held for the whole ingest, with the linking lookups answered by an in-memory mirror of
    the store (``tracker.store.linkcache``) that it keeps up to date as it writes. Same rows
    as ``store_article``. The mirror is used on SQLite only, where the writer can tell when
    another connection wrote (``PRAGMA data_version``) and then reads the store afresh; on
    other databases the lookups are the queries.

    Each article is written in a savepoint of its own inside the writer's transaction: one
    that fails leaves nothing behind and the others stay. With ``group`` 1 (the default) every
    article is committed as soon as it is stored; with a larger ``group`` the transaction is
    committed once that many articles are stored, or when ``commit`` is called: far fewer
    commits (each one a write of the log, and on SQLite the pages several articles share
    written once), at the price that an article is durable, and visible to other connections,
    only once its group is committed. ``pending`` says how many articles wait for that. When a
    group is lost (its commit fails, or the connection is lost before it), ``NotCommittedError``
    says so and how many articles it held; never silently.
    On SQLite the full-text index is written once per transaction: the writer holds the row of
    ``search_index_deferred`` that makes the index's insert triggers wait (no other connection
    ever sees it), and puts the transaction's new rows into the index just before it commits.
    Use as a context manager: leaving it commits what is pending, unless an exception is
    leaving it (then what is pending is rolled back)."""

    def __init__(self, engine: Engine, *, mirror: bool = True, group: int = 1) -> None:
        self.engine = engine
        self.index = LinkIndex() if mirror and engine.dialect.name == "sqlite" else None
        self.group = max(1, group)
        self.pending = 0  # articles handled in the open transaction, not committed yet
        self._conn: Connection | None = None
        self._data_version: int | None = None
        self._defer_search: bool | None = None  # the store has search_index_deferred
        # With the search index deferred, the largest id of each indexed table when the open
        # transaction began: the rows above are new, and indexed just before the commit.
        self._search_from: dict[str, int] | None = None

    def __enter__(self) -> ArticleWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_exc: object) -> None:
        try:
            if exc_type is None:
                self.commit()
        finally:
            self.close()

    def close(self) -> None:
        """Close the connection; what is not committed yet is rolled back."""
        if self._conn is not None:
            if self.pending and self.index is not None:
                self.index.clear()
            self.pending = 0
            self._search_from = None
            self._conn.close()
            self._conn = None

    def commit(self) -> None:
        """Commit the articles stored since the last commit. If the commit fails, none of them
        is stored: the transaction is rolled back, the mirror starts afresh and
        ``NotCommittedError`` says how many articles were lost (the error that made the commit
        fail is its cause). The writer can go on storing articles afterwards."""
        conn = self._conn
        if conn is None:
            return
        if conn.closed or conn.invalidated:
            self._drop_lost_connection(conn)
            return
        if not conn.in_transaction():
            return
        try:
            if self._search_from is not None:
                self._index_new_rows(conn, self._search_from)
            conn.commit()
        except Exception as exc:
            lost = self._forget_pending(conn)
            if not lost:
                raise
            raise NotCommittedError(lost, _first_line(exc)) from exc
        except BaseException:
            self._forget_pending(conn)
            raise
        self.pending = 0
        self._search_from = None

    @staticmethod
    def _index_new_rows(conn: Connection, search_from: dict[str, int]) -> None:
        """Put the rows the open transaction inserted into the full-text index, as the insert
        triggers would have (any a trigger did index, e.g. on an update of its text, is left
        alone), and let the triggers work again."""
        for table, code, title, body in _SEARCH_SOURCES:
            conn.exec_driver_sql(
                "INSERT INTO search_index(rowid, kind, ref_id, title, body) "
                f"SELECT id * 4 + {code}, '{table}', id, {title}, {body} FROM {table} AS t "
                "WHERE id > ? AND NOT EXISTS "
                f"(SELECT 1 FROM search_index WHERE rowid = t.id * 4 + {code}) ORDER BY id",
                (search_from[table],),
            )
        conn.exec_driver_sql("DELETE FROM search_index_deferred")

    def _forget_pending(self, conn: Connection) -> int:
        """Roll back the open transaction, if any; returns how many articles it held."""
        lost, self.pending = self.pending, 0
        self._search_from = None
        if self.index is not None:
            self.index.clear()
        try:
            if not conn.closed and conn.in_transaction():
                conn.rollback()
        except Exception:  # the connection is unusable: drop it, the next store reconnects
            conn.invalidate()
        return lost

    def _drop_lost_connection(self, conn: Connection) -> None:
        """Forget a connection that was closed or invalidated (by an error that said it was
        lost). The articles stored in its transaction are lost with it: say so, rather than
        reconnect and go on as if they were stored."""
        self._conn = None
        lost = self._forget_pending(conn)
        conn.close()
        if lost:
            raise NotCommittedError(lost, "the connection to the database was lost")

    def _connection(self) -> Connection:
        conn = self._conn
        if conn is not None and (conn.closed or conn.invalidated):
            self._drop_lost_connection(conn)
        if self._conn is None:
            self._conn = self.engine.execution_options(**{WRITE_OPTION: True}).connect()
            self._data_version = None
            self._defer_search = None
            if self.index is not None:
                self.index.clear()
        return self._conn

    def _begin(self, conn: Connection) -> None:
        """Open the writer's transaction if none is open; on SQLite (which takes the write lock
        here), start the mirror afresh when another connection committed since this writer's
        last transaction."""
        if conn.in_transaction():
            return
        conn.begin()
        if self.index is not None:
            version = conn.exec_driver_sql("PRAGMA data_version").scalar()
            if version != self._data_version:
                self.index.clear()
            self._data_version = version
        if self._defer_search is None:
            self._defer_search = (
                conn.dialect.name == "sqlite"
                and conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' "
                    "AND name = 'search_index_deferred'"
                ).first()
                is not None
            )
        if self._defer_search:
            conn.exec_driver_sql("INSERT INTO search_index_deferred (id) VALUES (1)")
            self._search_from = {
                table: conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0
                for table, *_rest in _SEARCH_SOURCES
            }

    def store(self, document: Document, extraction: Extraction) -> StoredArticle:
        """Persist one article, as ``store_article`` does (committed at once with ``group``
        1, else with its group). Raises ``NotCommittedError`` when the commit of its group
        fails (this article is then not stored either), or when the connection was lost with
        articles not committed yet (this article is then not stored: store it again)."""
        conn = self._connection()
        self._begin(conn)
        try:
            stored = self._store_in_savepoint(conn, document, extraction)
        except BaseException:
            if not self.pending:  # nothing to keep: do not hold the write lock
                conn.rollback()
            raise
        self.pending += 1
        if self.pending >= self.group:
            self.commit()
        return stored

    def _store_in_savepoint(
        self, conn: Connection, document: Document, extraction: Extraction
    ) -> StoredArticle:
        if self.index is not None:
            self.index.start_article()
        content_hash = document.content_hash
        savepoint = conn.begin_nested()
        try:
            existing = conn.execute(_hash_statement(), {"hash": content_hash}).first()
            if existing is not None:
                savepoint.commit()
                return StoredArticle(existing[0], created=False)
            writer = _Writer(conn, document, extraction, self.index)
            stored = writer.store()
            savepoint.commit()
        except IntegrityError:
            # Another process stored the same text between our check and our insert.
            savepoint.rollback()
            if self.index is not None:
                self.index.clear()
            found = conn.execute(_hash_statement(), {"hash": content_hash}).first()
            if found is None:
                raise
            return StoredArticle(found[0], created=False)
        except BaseException:
            if savepoint.is_active:
                savepoint.rollback()
            if self.index is not None:
                self.index.clear()
            raise
        if self.index is not None:
            self.index.apply(writer.writes)
        return stored


# What the full-text index (SQLite) holds of each table, as the migrations' insert triggers
# write it: table (and kind), code (the index row's rowid is id * 4 + code), title and body.
_SEARCH_SOURCES = (
    ("article", 1, "title", "text"),
    ("event", 2, "title", "''"),
    ("claim", 3, "coalesce(claimant, '')", "text"),
)

_article = Article.__table__  # type: ignore[attr-defined]
_entity = Entity.__table__  # type: ignore[attr-defined]
_event = Event.__table__  # type: ignore[attr-defined]
_event_entity = EventEntity.__table__  # type: ignore[attr-defined]
_event_link = EventLink.__table__  # type: ignore[attr-defined]
_claim = Claim.__table__  # type: ignore[attr-defined]
_claim_entity = ClaimEntity.__table__  # type: ignore[attr-defined]
_claim_link = ClaimLink.__table__  # type: ignore[attr-defined]
_claim_status = ClaimStatusChange.__table__  # type: ignore[attr-defined]
_quantity = Quantity.__table__  # type: ignore[attr-defined]
_source = Source.__table__  # type: ignore[attr-defined]


@cache
def _hash_statement() -> sa.Select[Any]:
    """The id of the article with the content hash ``hash``, if any."""
    return sa.select(_article.c.id).where(_article.c.content_hash == sa.bindparam("hash"))


@lru_cache(maxsize=16)
def _max_id_statement(table: sa.Table) -> sa.Select[Any]:
    return sa.select(sa.func.max(table.c.id))


@cache
def _entities_named_statement() -> sa.Select[Any]:
    """The (id, name, kind) of the entities named any of ``names``, by id."""
    e = _entity.c
    names: sa.BindParameter[Any] = sa.bindparam("names", expanding=True)
    return sa.select(e.id, e.name, e.kind).where(e.name.in_(names)).order_by(e.id)


@cache
def _event_entities_statement() -> sa.Select[Any]:
    """The (event_id, entity_id, role) links of the events ``ids``."""
    ee = _event_entity.c
    ids: sa.BindParameter[Any] = sa.bindparam("ids", expanding=True)
    return sa.select(ee.event_id, ee.entity_id, ee.role).where(ee.event_id.in_(ids))


@lru_cache(maxsize=16)
def _redate_statement(columns: tuple[str, ...]) -> sa.Update:
    """The update of ``columns`` of the event ``b_id``, as an executemany."""
    e = _event.c
    return (
        sa.update(_event)
        .where(e.id == sa.bindparam("b_id"))
        .values({k: sa.bindparam(k) for k in columns})
    )


def _insert_ignoring_duplicates(conn: Connection, table: sa.Table) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING, in the connection's dialect."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    return sa.insert(table).prefix_with("IGNORE")  # pragma: no cover - MySQL family


def _insert_ids(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (as few statements as the driver allows) and return their new ids, in
    order."""
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        # SQLite gives a new row the largest id plus one (no AUTOINCREMENT here), and cannot
        # return the ids of a multi-row insert in order: the same ids, assigned here (the
        # writer holds the write lock), and one executemany.
        last = conn.execute(_max_id_statement(table)).scalar() or 0
        ids = list(range(last + 1, last + 1 + len(rows)))
        _insert(conn, table, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
        return ids
    if len(rows) == 1:
        key = conn.execute(sa.insert(table).values(rows[0])).inserted_primary_key
        assert key is not None
        return [key[0]]
    result = conn.execute(
        sa.insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    return [row[0] for row in result]


def _insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) with one executemany. On SQLite the statement
    is compiled once per table and keys and the values converted by the columns' own bind
    processors, without SQLAlchemy's per-row parameter handling: the same stored values."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        compiled = _compiled_insert(table, tuple(rows[0]), conn.dialect)
        if compiled is not None:
            sql, values_of, processed = compiled
            if not processed:
                conn.exec_driver_sql(sql, [values_of(row) for row in rows])
                return
            params = []
            # The last value each processor converted, and what it gave: the rows of a table
            # mostly share their timestamp (one object), converted once.
            last: dict[int, tuple[Any, Any]] = {}
            for row in rows:
                values = list(values_of(row))
                for at, process in processed:
                    value = values[at]
                    if value is not None:
                        seen = last.get(at)
                        if seen is not None and seen[0] is value:
                            values[at] = seen[1]
                        else:
                            values[at] = converted = process(value)
                            last[at] = (value, converted)
                params.append(tuple(values))
            conn.exec_driver_sql(sql, params)
            return
    conn.execute(sa.insert(table), rows)


@lru_cache(maxsize=64)
def _compiled_insert(
    table: sa.Table, keys: tuple[str, ...], dialect: sa.Dialect
) -> tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]], list[tuple[int, Any]]] | None:
    """The positional INSERT of ``keys`` into ``table``, what reads a row's values in its
    parameters' order, and the bind processors of the parameters that have one (by position);
    None when SQLAlchemy would add parameters of its own (column defaults)."""
    compiled = sa.insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup or ())
    if sorted(order) != sorted(keys) or not dialect.positional or not order:
        return None
    processors = [table.c[k].type._cached_bind_processor(dialect) for k in order]
    # itemgetter of several keys gives a tuple; of one, the value alone
    values_of: Any = itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
    processed = [(at, process) for at, process in enumerate(processors) if process is not None]
    return str(compiled), values_of, processed


def resolve_entities(
    conn: Connection, keys: Iterable[tuple[str, str]]
) -> tuple[dict[tuple[str, str], int], dict[str, list[int]]]:
    """The ids of the (name, kind) entities, the missing ones created with one multi-row insert
    that leaves alone any another writer made meanwhile; and the ids of every stored entity by
    name, whatever its kind, which is what linking matches on. Two queries and an insert."""
    wanted = list(dict.fromkeys(keys))
    names = sorted({name for name, _kind in wanted})
    ids: dict[tuple[str, str], int] = {}
    by_name: dict[str, list[int]] = defaultdict(list)
    if not names:
        return ids, by_name

    def read() -> None:
        ids.clear()
        by_name.clear()
        for entity_id, name, kind in conn.execute(_entities_named_statement(), {"names": names}):
            ids[(name, kind)] = entity_id
            by_name[name].append(entity_id)

    read()
    missing = [{"name": name, "kind": kind} for name, kind in wanted if (name, kind) not in ids]
    if missing:
        conn.execute(_insert_ignoring_duplicates(conn, _entity), missing)
        read()
    return ids, by_name


class _Writer:
    """Storing one new article: matching reads first, then one multi-row insert per table.
    With ``index`` (the ingest writer's mirror), lookups are answered by it and what was
    written is recorded in ``writes``, for the mirror once the transaction commits."""

    def __init__(
        self,
        conn: Connection,
        document: Document,
        extraction: Extraction,
        index: LinkIndex | None = None,
    ) -> None:
        self.conn = conn
        self.index = index
        self.writes = ArticleWrites()
        self.document = document
        self.x = extraction
        self.kinds = {e.name: e.kind for e in extraction.entities}
        self.now = utcnow()

    def _event_keys(self, ev: ExtractedEvent) -> list[tuple[str, str, str]]:
        """(role, name, kind) of an event's actors, places and context, in the order they
        are linked."""
        return [
            (role, name, self.kinds.get(name, "place" if role == "place" else "unknown"))
            for role, names in (("actor", ev.actors), ("place", ev.places), ("context", ev.context))
            for name in names
        ]

    def _claim_keys(self, cl: ExtractedClaim) -> list[tuple[str, str]]:
        return [(name, self.kinds.get(name, "unknown")) for name in cl.entities]

    def store(self) -> StoredArticle:
        conn, x, document, now = self.conn, self.x, self.document, self.now
        (article_id,) = _insert_ids(
            conn,
            _article,
            [
                {
                    "title": document.title,
                    "source": document.source,
                    "url": document.url,
                    "path": document.path,
                    "published": x.published,
                    "published_inferred": x.published_inferred,
                    "language": document.language,
                    "content_hash": document.content_hash,
                    "text": document.text,
                    "ingested_at": now,
                }
            ],
        )
        event_keys = [self._event_keys(ev) for ev in x.events]
        claim_keys = [self._claim_keys(cl) for cl in x.claims]
        entity_ids, by_name = resolve_entities(
            conn,
            [(name, kind) for keys in event_keys for _role, name, kind in keys]
            + [key for keys in claim_keys for key in keys],
        )
        self.entity_ids = entity_ids

        def stored_ids(names: Iterable[str]) -> list[int]:
            return sorted({i for name in names for i in by_name.get(name, ())})

        # Match every event with the stored ones: reads only, since an event this article
        # already reports is never a candidate, so its own writes cannot change a match.
        events_pool = EventPool(
            conn,
            stored_ids(name for ev in x.events for name in (*ev.actors, *ev.places, *ev.context)),
            self.index,
        )
        own: set[int] = set()
        matched: list[int | None] = []  # the stored event each one reports, if any
        candidate_of: dict[int, tuple[int, EventMatch]] = {}  # index: unsure match
        date_updates: list[dict[str, Any]] = []
        for index, ev in enumerate(x.events):
            sketch = sketch_extracted_event(ev)
            ids = stored_ids(sketch.entities) if sketch.entities else None
            found = events_pool.best_match(sketch, ids, own)
            if found is not None and found[1].verdict == "same":
                own.add(found[0].id)
                matched.append(found[0].id)
                change = sharpened(found[0], ev)
                if change is not None:
                    date_updates.append({"b_id": found[0].id, **change})
                continue
            matched.append(None)
            if found is not None:
                candidate_of[index] = (found[0].id, found[1])

        new_events = [ev for ev, old in zip(x.events, matched, strict=True) if old is None]
        new_ids = iter(_insert_ids(conn, _event, [self._event_row(ev) for ev in new_events]))
        event_ids = [old if old is not None else next(new_ids) for old in matched]
        if date_updates:
            columns = tuple(k for k in date_updates[0] if k != "b_id")
            conn.execute(_redate_statement(columns), date_updates)
        # Entity links (those not there yet) and sources of every event.
        have: set[tuple[int, int, str]] = set()
        corroborated = [i for i in event_ids if i in own]
        if corroborated:
            for event_id, entity_id, role in conn.execute(
                _event_entities_statement(), {"ids": corroborated}
            ):
                have.add((event_id, entity_id, role))
        links: list[dict[str, Any]] = []
        sources: list[dict[str, Any]] = []
        for ev, event_id, roles in zip(x.events, event_ids, event_keys, strict=True):
            for role, name, kind in roles:
                link = (event_id, entity_ids[(name, kind)], role)
                if link not in have:
                    have.add(link)
                    links.append({"event_id": event_id, "entity_id": link[1], "role": role})
            mentions = (Mention(ev.sentence, ev.date.timex_start, ev.date.timex_end), *ev.also)
            said_by = ", ".join(ev.sources) or None
            sources.extend(
                self._source_row(article_id, m, event_id=event_id, said_by=said_by)
                for m in mentions
            )
        _insert(conn, _event_entity, links)
        if self.index is not None:
            self._record_events(new_events, event_ids, matched, links, date_updates)
        _insert(
            conn,
            _event_link,
            [
                {
                    "event_id": event_ids[index],
                    "other_event_id": old_id,
                    "score": match.score,
                    "status": "open",
                    "note": match.note,
                    "created_at": now,
                }
                for index, (old_id, match) in candidate_of.items()
            ],
        )

        # Claims: the pool of stored claims they may relate to, read before they are written.
        claim_names = {n for c in x.claims for n in c.entities}
        pool_names = {i: n for n in claim_names for i in by_name.get(n, ())}
        if self.index is not None:
            pool = self.index.claim_pool(conn, pool_names)
        else:
            pool = ClaimPool.load(conn, pool_names)
        claim_ids = _insert_ids(
            conn,
            _claim,
            [
                self._claim_row(cl, None if cl.event_index is None else event_ids[cl.event_index])
                for cl in x.claims
            ],
        )
        claim_entities: list[dict[str, Any]] = []
        quantities: list[dict[str, Any]] = []
        statuses: list[dict[str, Any]] = []
        claim_links: list[dict[str, Any]] = []
        n_links = 0
        for cl, claim_id, names in zip(x.claims, claim_ids, claim_keys, strict=True):
            seen: set[int] = set()
            for name_kind in names:
                entity_id = entity_ids[name_kind]
                if entity_id not in seen:
                    seen.add(entity_id)
                    claim_entities.append({"claim_id": claim_id, "entity_id": entity_id})
            quantities.extend(
                {
                    "claim_id": claim_id,
                    "value": q.value,
                    "unit": q.unit,
                    "qualifier": q.qualifier,
                    "text": q.text,
                    "char_start": q.start,
                    "char_end": q.end,
                }
                for q in cl.quantities
            )
            when = cl.date
            mention = Mention(
                cl.sentence, when.timex_start if when else None, when.timex_end if when else None
            )
            sources.append(self._source_row(article_id, mention, claim_id=claim_id))
            statuses.append(
                {
                    "claim_id": claim_id,
                    "status": "unchecked",
                    "label": None,
                    "note": "found on ingest",
                    "evidence": None,
                    "changed_by": SYSTEM_USER,
                    "changed_at": now,
                }
            )
            related = pool.relate(sketch_extracted_claim(cl, x.published))
            n_links += len(related)
            claim_links.extend(
                {
                    "claim_id": claim_id,
                    "other_claim_id": old_id,
                    "relation": relation.relation,
                    "note": relation.note,
                    "created_by": SYSTEM_USER,
                    "created_at": now,
                }
                for old_id, relation in related
            )
        _insert(conn, _claim_entity, claim_entities)
        if self.index is not None:
            self._record_claims(claim_ids, claim_entities, quantities)
        _insert(conn, _quantity, quantities)
        _insert(conn, _source, sources)
        _insert(conn, _claim_status, statuses)
        _insert(conn, _claim_link, claim_links)
        return StoredArticle(
            article_id,
            True,
            len(x.events),
            len(x.claims),
            len(own),
            len(candidate_of),
            n_links,
        )

    def _record_events(
        self,
        new_events: list[ExtractedEvent],
        event_ids: list[int],
        matched: list[int | None],
        links: list[dict[str, Any]],
        date_updates: list[dict[str, Any]],
    ) -> None:
        """What the mirror needs of the events written: the new ones, the new entity links
        (of new and of corroborated events) and the new dates of sharpened ones."""
        names = {entity_id: name for (name, _kind), entity_id in self.entity_ids.items()}
        new_ids = [i for i, old in zip(event_ids, matched, strict=True) if old is None]
        fresh: dict[int, NewEvent] = {}
        for ev, event_id in zip(new_events, new_ids, strict=True):
            row = self._event_row(ev)
            stored = StoredEvent(
                event_id,
                row["title"],
                row["type"],
                row["start"],
                row["end"],
                row["precision"],
                row["as_of"],
                row["locked"],
            )
            fresh[event_id] = NewEvent(stored, {})
        for link in links:
            event_id, entity_id = link["event_id"], link["entity_id"]
            if event_id in fresh:
                fresh[event_id].entities[entity_id] = names[entity_id]
            self.writes.event_links.append((event_id, entity_id, names[entity_id]))
        self.writes.events.extend(fresh.values())
        self.writes.redated.extend(
            (u["b_id"], {k: v for k, v in u.items() if k != "b_id"}) for u in date_updates
        )

    def _record_claims(
        self,
        claim_ids: list[int],
        claim_entities: list[dict[str, Any]],
        quantities: list[dict[str, Any]],
    ) -> None:
        entities: dict[int, list[int]] = {claim_id: [] for claim_id in claim_ids}
        for link in claim_entities:
            entities[link["claim_id"]].append(link["entity_id"])
        figures: dict[int, list[Figure]] = {}
        for q in quantities:
            value = None if q["value"] is None else float(q["value"])
            figure = Figure(value, q["unit"], q["qualifier"], q["text"])
            figures.setdefault(q["claim_id"], []).append(figure)
        claims: dict[int, NewClaim] = {}
        for cl, claim_id in zip(self.x.claims, claim_ids, strict=True):
            row = self._claim_row(cl, None)
            values = (row["text"], row["claimant"], row["made_on"], row["start"], row["end"])
            claims[claim_id] = NewClaim(
                (claim_id, *values, row["hedged"]),
                tuple(entities[claim_id]),
                tuple(figures.get(claim_id, ())),
            )
        self.writes.claims.extend(claims.values())

    def _event_row(self, ev: ExtractedEvent) -> dict[str, Any]:
        return {
            "title": ev.title,
            "type": ev.type,
            "modality": ev.modality,
            "confidence": ev.confidence,
            "date": ev.date.value,
            "start": ev.date.start,
            "end": ev.date.end,
            "precision": ev.date.precision,
            "as_of": ev.date.as_of,
            "date_expression": ev.date.expression,
            "date_anchor": ev.date.anchor,
            "locked": False,
            "created_at": self.now,
        }

    def _claim_row(self, cl: ExtractedClaim, event_id: int | None) -> dict[str, Any]:
        return {
            "text": cl.text,
            "claimant": cl.claimant,
            "verb": cl.verb,
            "score": cl.score,
            "hedged": cl.hedged,
            "made_on": self.x.published,
            "event_id": event_id,
            "date": cl.date.value if cl.date else None,
            "start": cl.date.start if cl.date else None,
            "end": cl.date.end if cl.date else None,
            "precision": cl.date.precision if cl.date else None,
            "status": "unchecked",
            "created_at": self.now,
        }

    @staticmethod
    def _source_row(
        article_id: int,
        m: Mention,
        event_id: int | None = None,
        claim_id: int | None = None,
        said_by: str | None = None,
    ) -> dict[str, Any]:
        return {
            "article_id": article_id,
            "event_id": event_id,
            "claim_id": claim_id,
            "quote": m.sentence.text,
            "char_start": m.sentence.start,
            "char_end": m.sentence.end,
            "timex_start": m.timex_start,
            "timex_end": m.timex_end,
            "caption": m.sentence.caption,
            "said_by": said_by,
        }


class _EntityCache:
    """Get-or-create entity ids by (name, kind) within one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[tuple[str, str], int] = {}

    def id_for(self, name: str, kind: str) -> int:
        key = (name, kind)
        if key not in self.ids:
            found = self.session.exec(
                select(Entity.id).where(Entity.name == name, Entity.kind == kind)
            ).first()
            if found is None:
                entity = Entity(name=name, kind=kind)
                try:
                    with self.session.begin_nested():
                        self.session.add(entity)
                except IntegrityError:  # created meanwhile by another writer
                    found = self.session.exec(
                        select(Entity.id).where(Entity.name == name, Entity.kind == kind)
                    ).one()
                else:
                    found = entity.id
            assert found is not None
            self.ids[key] = found
        return self.ids[key]


def _add_event(
    session: Session,
    article_id: int,
    ev: ExtractedEvent,
    entities: _EntityCache,
    kinds: dict[str, str],
) -> int:
    event = Event(
        title=ev.title,
        type=ev.type,
        modality=ev.modality,
        confidence=ev.confidence,
        date=ev.date.value,
        start=ev.date.start,
        end=ev.date.end,
        precision=ev.date.precision,
        as_of=ev.date.as_of,
        date_expression=ev.date.expression,
        date_anchor=ev.date.anchor,
    )
    session.add(event)
    session.flush()
    assert event.id is not None
    _add_event_sources(session, article_id, event.id, ev, entities, kinds)
    return event.id


def _add_event_sources(
    session: Session,
    article_id: int,
    event_id: int,
    ev: ExtractedEvent,
    entities: _EntityCache,
    kinds: dict[str, str],
) -> None:
    """Entity links (those not there yet) and one source per sentence that tells the event."""
    existing = set(
        session.exec(
            select(EventEntity.entity_id, EventEntity.role).where(EventEntity.event_id == event_id)
        ).all()
    )
    for role, names in (("actor", ev.actors), ("place", ev.places), ("context", ev.context)):
        for name in names:
            kind = kinds.get(name, "place" if role == "place" else "unknown")
            entity_id = entities.id_for(name, kind)
            if (entity_id, role) not in existing:
                session.add(EventEntity(event_id=event_id, entity_id=entity_id, role=role))
                existing.add((entity_id, role))
    mentions = (Mention(ev.sentence, ev.date.timex_start, ev.date.timex_end), *ev.also)
    for mention in mentions:
        session.add(
            Source(
                article_id=article_id,
                event_id=event_id,
                quote=mention.sentence.text,
                char_start=mention.sentence.start,
                char_end=mention.sentence.end,
                timex_start=mention.timex_start,
                timex_end=mention.timex_end,
                caption=mention.sentence.caption,
                said_by=", ".join(ev.sources) or None,
            )
        )


@dataclass(frozen=True, slots=True)
class Redated:
    """What re-resolving an article's dates changed."""

    article_id: int
    events_updated: int
    events_added: int
    events_removed: int
    claims_updated: int


def redate_article(
    engine: Engine, article_id: int, published: date, extraction: Extraction
) -> Redated:
    """Give an article a new publication date and apply ``extraction`` (the article re-extracted
    against that date): events and claims keep their ids and history; their dates follow the new
    anchor. Events that now have a date are added; ones that no longer do lose this source."""
    with write_session(engine) as session:
        article = session.get(Article, article_id)
        if article is None:
            raise NotFoundError(f"no article with id {article_id}")
        article.published = published
        article.published_inferred = False
        session.add(article)
        sources = session.exec(select(Source).where(Source.article_id == article_id)).all()
        # sentence start and time expression -> its events' sources, in order (a sentence may
        # give two events one expression dates: "began on Nov. 28, when X announced ...")
        by_event: dict[tuple[int, int | None], list[Source]] = {}
        for s in sources:
            if s.event_id is not None:
                by_event.setdefault((s.char_start, s.timex_start), []).append(s)
        for group in by_event.values():
            group.sort(key=lambda s: s.id or 0)
        claims_at: dict[int, list[int]] = {}  # sentence start -> its claims (one a clause)
        for s in sources:
            if s.claim_id is not None:
                claims_at.setdefault(s.char_start, []).append(s.claim_id)
        entity_ids = _EntityCache(session)
        kinds = {e.name: e.kind for e in extraction.entities}
        updated = added = 0
        seen: set[int] = set()
        for ev in extraction.events:
            group = by_event.get((ev.sentence.start, ev.date.timex_start)) or []
            src = next((s for s in group if s.id not in seen), None)
            if src is None:
                _add_event(session, article_id, ev, entity_ids, kinds)
                added += 1
                continue
            assert src.event_id is not None and src.id is not None
            seen.add(src.id)
            event = session.get(Event, src.event_id)
            if event is not None:
                event.date, event.start, event.end = ev.date.value, ev.date.start, ev.date.end
                event.precision, event.as_of = ev.date.precision, ev.date.as_of
                event.date_anchor = ev.date.anchor
                session.add(event)
                updated += 1
        removed = 0
        for src in (s for group in by_event.values() for s in group):
            if src.id not in seen:
                session.delete(src)
                removed += 1
        session.flush()
        claims_updated = 0
        for cl in extraction.claims:
            claim = next(
                (
                    found
                    for claim_id in claims_at.get(cl.sentence.start, ())
                    if (found := session.get(Claim, claim_id)) is not None and found.text == cl.text
                ),
                None,
            )
            if claim is None:
                continue
            claim.made_on = published
            if cl.date is not None:
                claim.date, claim.start, claim.end = cl.date.value, cl.date.start, cl.date.end
                claim.precision = cl.date.precision
            session.add(claim)
            claims_updated += 1
        # Events left without any source were this article's alone: they go with it.
        orphan_ids = session.exec(
            select(Event.id).where(
                col(Event.id).not_in(
                    select(Source.event_id).where(col(Source.event_id).is_not(None))
                )
            )
        ).all()
        for event_id in orphan_ids:
            orphan = session.get(Event, event_id)
            if orphan is not None:
                session.delete(orphan)
        return Redated(article_id, updated, added, removed, claims_updated)
