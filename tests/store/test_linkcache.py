"""The ingest writer's in-memory mirror (tracker.store.linkcache) answers every linking lookup
exactly as the queries of tracker.store.linking do, on random stores dense enough to reach
every bound (500 by date per precision, 100 events per entity, 500 claims), and still after
the writer's own changes; and the writer stores what store_article stores."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import astuple, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tracker.extract import extract
from tracker.ingest import IngestOptions, ingest_paths
from tracker.link.claims import Figure
from tracker.link.events import PRECISION_ORDER, EventSketch
from tracker.load.sources import Job, LoadOptions, load_job
from tracker.store import linkcache
from tracker.store.engine import open_store
from tracker.store.linkcache import (
    MIN_ARTICLES_BETWEEN_CLEARS,
    ArticleWrites,
    LinkIndex,
    NewClaim,
    NewEvent,
)
from tracker.store.linking import ClaimPool, EventPool, StoredEvent
from tracker.store.models import Claim, ClaimEntity, Entity, Event, EventEntity, Quantity
from tracker.store.repo import ArticleWriter, store_article

NOW = datetime(2026, 1, 1, tzinfo=UTC)
DAY0 = date(2024, 1, 1)
N_ENTITIES = 12
PRECISIONS = ("day", "day", "day", "week", "month", "season", "year", "decade")
_t = {
    m.__tablename__: m.__table__  # type: ignore[attr-defined]
    for m in (Entity, Event, EventEntity, Claim, ClaimEntity, Quantity)
}


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_store(str(tmp_path / "mirror.db"))
    yield engine
    engine.dispose()


def _dates(rng: random.Random) -> tuple[str, date | None, date | None]:
    precision = rng.choice(PRECISIONS)
    start = DAY0 + timedelta(days=rng.randint(0, 120))
    length = {"day": rng.choice([0, 0, 0, 3]), "week": 6, "month": 30, "season": 90}
    end = start + timedelta(days=length.get(precision, 365))
    if rng.random() < 0.03:
        return precision, None, end
    return precision, start, end


class RandomStore:
    """Random events, entities and claims written straight into the tables, with the writes
    recorded for the mirror as the writer records them."""

    def __init__(self, conn: Connection, rng: random.Random) -> None:
        self.conn, self.rng = conn, rng
        self.names = {i + 1: f"Entity {i + 1}" for i in range(N_ENTITIES)}
        conn.execute(
            sa.insert(_t["entity"]),
            [{"id": i, "name": n, "kind": "place"} for i, n in self.names.items()],
        )
        self.event_links: set[tuple[int, int, str]] = set()
        self.next_event = self.next_claim = 1

    def add_events(self, n: int, writes: ArticleWrites) -> None:
        rng, rows, links = self.rng, [], []
        for _ in range(n):
            event_id, self.next_event = self.next_event, self.next_event + 1
            precision, start, end = _dates(rng)
            as_of = rng.random() < 0.15
            if as_of and rng.random() < 0.7:  # "as of" dates cluster on few days
                end = DAY0 + timedelta(days=rng.randint(0, 5))
            row = {
                "id": event_id,
                "title": rng.choice(["Dam fails", "Flood spreads", "Talks held", "Aid sent"]),
                "type": rng.choice(["disaster", "other", "statement"]),
                "date": "x",
                "start": start,
                "end": end,
                "precision": precision,
                "as_of": as_of,
                "locked": rng.random() < 0.1,
                "created_at": NOW,
            }
            rows.append(row)
            entities: dict[int, str] = {}
            for entity_id in rng.sample(sorted(self.names), rng.randint(0, 3)):
                role = rng.choice(["actor", "place"])
                links.append({"event_id": event_id, "entity_id": entity_id, "role": role})
                self.event_links.add((event_id, entity_id, role))
                entities[entity_id] = self.names[entity_id]
                writes.event_links.append((event_id, entity_id, self.names[entity_id]))
            stored = StoredEvent(
                event_id, row["title"], row["type"], start, end, precision, as_of, row["locked"]
            )
            writes.events.append(NewEvent(stored, entities))
        self.conn.execute(sa.insert(_t["event"]), rows)
        if links:
            self.conn.execute(sa.insert(_t["event_entity"]), links)

    def link_old_events(self, n: int, writes: ArticleWrites) -> None:
        links = []
        for _ in range(n):
            key = (
                self.rng.randint(1, self.next_event - 1),
                self.rng.choice(sorted(self.names)),
                self.rng.choice(["actor", "place"]),
            )
            if key not in self.event_links:
                self.event_links.add(key)
                links.append(dict(zip(("event_id", "entity_id", "role"), key, strict=True)))
                writes.event_links.append((key[0], key[1], self.names[key[1]]))
        if links:
            self.conn.execute(sa.insert(_t["event_entity"]), links)

    def redate(self, n: int, writes: ArticleWrites) -> None:
        e = _t["event"].c
        rows = self.conn.execute(
            sa.select(e.id).where(e.as_of.is_(False), e.locked.is_(False), e.start.is_not(None))
        ).all()
        for (event_id,) in self.rng.sample(rows, min(n, len(rows))):
            precision, start, end = _dates(self.rng)
            if start is None:
                continue
            change = {"start": start, "end": end, "precision": precision}
            self.conn.execute(sa.update(_t["event"]).where(e.id == event_id).values(change))
            writes.redated.append((event_id, change))

    def add_claims(self, n: int, writes: ArticleWrites) -> None:
        rng, rows, links, figures = self.rng, [], [], []
        for _ in range(n):
            claim_id, self.next_claim = self.next_claim, self.next_claim + 1
            made_on = None if rng.random() < 0.1 else DAY0 + timedelta(days=rng.randint(0, 60))
            row = {
                "id": claim_id,
                "text": rng.choice(["Water covers 12 villages", "The dam was old", "Aid came"]),
                "claimant": rng.choice([None, "Governor"]),
                "made_on": made_on,
                "start": None,
                "end": None,
                "hedged": rng.random() < 0.2,
                "status": "unchecked",
                "created_at": NOW,
            }
            rows.append(row)
            entities = set(rng.sample(sorted(self.names), rng.randint(1, 3)))
            links.extend({"claim_id": claim_id, "entity_id": i} for i in sorted(entities))
            held = []
            for _ in range(rng.randint(0, 2)):
                value = float(rng.randint(1, 50))
                figures.append(
                    {
                        "claim_id": claim_id,
                        "value": value,
                        "unit": "villages",
                        "qualifier": None,
                        "text": f"{value:g} villages",
                        "char_start": 0,
                        "char_end": 1,
                    }
                )
                held.append(Figure(value, "villages", None, f"{value:g} villages"))
            values = (row["text"], row["claimant"], made_on, None, None, row["hedged"])
            writes.claims.append(
                NewClaim((claim_id, *values), tuple(sorted(entities)), tuple(held))
            )
        self.conn.execute(sa.insert(_t["claim"]), rows)
        self.conn.execute(sa.insert(_t["claim_entity"]), links)
        if figures:
            self.conn.execute(sa.insert(_t["quantity"]), figures)


def _sketch(rng: random.Random, names: dict[int, str]) -> EventSketch:
    precision, start, end = _dates(rng)
    picked = rng.sample(sorted(names.values()), rng.randint(0, 2))
    return EventSketch(
        "Dam fails", "disaster", start, end, precision, rng.random() < 0.2, frozenset(picked)
    )


def _compare(conn: Connection, index: LinkIndex, store: RandomStore, rounds: int) -> int:
    """Random lookups through the queries and through the mirror: the same answers. Returns
    how many candidates were compared."""
    rng, compared = store.rng, 0
    names = store.names
    for _ in range(rounds):
        new = _sketch(rng, names)
        pool_ids = sorted(rng.sample(sorted(names), rng.randint(0, 6)))
        by_query, by_index = EventPool(conn, pool_ids), EventPool(conn, pool_ids, index)
        assert {k: sorted(v) for k, v in by_query.by_entity.items()} == {
            k: sorted(v) for k, v in by_index.by_entity.items()
        }
        assert {k: astuple(v) for k, v in by_query.events.items()} == {
            k: astuple(v) for k, v in by_index.events.items()
        }
        for _ in range(3):
            entity_ids = None if rng.random() < 0.3 else rng.sample(pool_ids, min(2, len(pool_ids)))
            own = set(rng.sample(range(1, store.next_event), min(20, store.next_event - 1)))
            found = by_query.candidates(new, entity_ids, own)
            held = by_index.candidates(new, entity_ids, own)
            assert [astuple(e) for e in found] == [astuple(e) for e in held]
            assert {e.id: by_query.names[e.id] for e in found if e.id in by_query.names} == {
                e.id: by_index.names[e.id] for e in held if e.id in by_index.names
            }
            compared += len(found)
        claim_names = {i: names[i] for i in rng.sample(sorted(names), rng.randint(1, 4))}
        loaded, mirrored = ClaimPool.load(conn, claim_names), index.claim_pool(conn, claim_names)
        assert [tuple(r) for r in loaded.rows] == [tuple(r) for r in mirrored.rows]
        assert {k: v for k, v in loaded.names.items() if v} == mirrored.names
        assert {k: v for k, v in loaded.figures.items() if v} == mirrored.figures
    return compared


@pytest.mark.parametrize("seed", [1, 2])
def test_mirror_answers_as_the_queries_do(sqlite_engine: Engine, seed: int) -> None:
    rng = random.Random(seed)
    with sqlite_engine.begin() as conn:
        store = RandomStore(conn, rng)
        store.add_events(3000, ArticleWrites())
        store.add_claims(4000, ArticleWrites())
        index = LinkIndex()
        # Dense enough that every bound is reached (a new event of a year or a season reads
        # more than 500 day events by date).
        e, ee = _t["event"].c, _t["event_entity"].c
        days = conn.execute(sa.select(sa.func.count()).where(e.precision == "day")).scalar()
        assert days is not None and days > 2 * 500
        per_entity = conn.execute(sa.select(sa.func.count()).where(ee.entity_id == 1)).scalar()
        assert per_entity is not None and per_entity > 100
        assert _compare(conn, index, store, 60) > 0
        for _ in range(4):  # the writer's changes, then the same answers again
            writes = ArticleWrites()
            store.add_events(rng.randint(50, 400), writes)
            store.link_old_events(40, writes)
            store.redate(30, writes)
            store.add_claims(rng.randint(50, 300), writes)
            index.apply(writes)
            assert _compare(conn, index, store, 25) > 0


def _dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables the writer fills, timestamps left out."""
    out = {}
    with engine.connect() as conn:
        meta = sa.MetaData()
        meta.reflect(conn)
        for name, table in sorted(meta.tables.items()):
            if name == "alembic_version" or name.startswith("search_index"):
                continue
            columns = [
                c for c in table.c if c.name not in ("created_at", "ingested_at", "changed_at")
            ]
            order = list(table.primary_key.columns) or columns
            out[name] = [tuple(r) for r in conn.execute(sa.select(*columns).order_by(*order))]
    return out


def _search_rows(engine: Engine) -> list[tuple[Any, ...]]:
    """The full-text index's rows (SQLite)."""
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT rowid, kind, ref_id, title, body FROM search_index ORDER BY rowid"
        )
        return [tuple(row) for row in found]


def _variants(seeds_dir: Path) -> list[tuple[str, str]]:
    """The seed articles, then each again moved on a few days and told about another town: new
    texts that report many of the same events and claims."""
    out = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append((path.name, text))
    for i, (name, text) in enumerate(list(out)):
        moved = text.replace("March 1", "March 2").replace("Karabulak", f"Karabulak {i}")
        out.append((f"v-{name}", moved + "\n\nUpdated later."))
    return out


def test_writer_stores_what_store_article_stores(
    tmp_path: Path, db_url: str, seeds_dir: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in _variants(seeds_dir) * 2:  # the second round: duplicates
        (folder / name).write_text(text, encoding="utf-8")
    files = sorted(folder.iterdir())
    batched = open_store(db_url)
    try:
        outcomes = ingest_paths(batched, [folder], IngestOptions())
        assert {o.status for o in outcomes} == {"stored"}
        assert ingest_paths(batched, files[:3], IngestOptions())[0].status == "duplicate"
        got = _dump(batched)
        if db_url.startswith("sqlite"):
            searched = _search_rows(batched)
    finally:
        batched.dispose()
    if not db_url.startswith("sqlite"):
        return  # the mirror is used on SQLite only (the writer ran the queries here)
    one_by_one = open_store(str(tmp_path / "one.db"))
    try:
        for path in files:
            doc = load_job(Job(str(path), path=path), LoadOptions())
            store_article(one_by_one, doc, extract(doc.text, doc.published, source=doc.source))
        assert _dump(one_by_one) == got
        # The writer indexes a group's rows at once; the triggers index them one by one.
        assert _search_rows(one_by_one) == searched
        assert len(searched) == sum(len(got[t]) for t in ("article", "event", "claim"))
    finally:
        one_by_one.dispose()


def test_mirror_starts_afresh_when_another_connection_writes(
    sqlite_engine: Engine, seeds_dir: Path
) -> None:
    paths = sorted(seeds_dir.glob("*.txt"))
    prepared = []
    for path in paths:
        doc = load_job(Job(str(path), path=path), LoadOptions())
        prepared.append((doc, extract(doc.text, doc.published, source=doc.source)))
    with ArticleWriter(sqlite_engine) as writer:
        assert writer.index is not None
        writer.store(*prepared[0])
        writer.store(*prepared[1])
        held = dict(writer.index.events)
        assert held
        with sqlite_engine.begin() as other:  # a person locks every event meanwhile
            other.execute(sa.update(_t["event"]).values(locked=True))
        writer.store(*prepared[2])
        for event_id, event in writer.index.events.items():
            assert event.locked or event_id not in held
    with ArticleWriter(sqlite_engine, mirror=False) as plain:
        assert plain.index is None
        assert plain.store(*prepared[2]).created is False


def test_mirror_is_bounded(sqlite_engine: Engine) -> None:
    rng = random.Random(3)
    with sqlite_engine.begin() as conn:
        store = RandomStore(conn, rng)
        store.add_events(400, ArticleWrites())
        store.add_claims(400, ArticleWrites())
        index = LinkIndex(max_events=100, max_claims=100)
        _compare(conn, index, store, 10)
        assert index.too_large()
        index.clear()
        assert not index.too_large() and not index.events and not index.claims


def test_mirror_holds_at_most_max_claims_the_least_recently_read_forgotten(
    sqlite_engine: Engine,
) -> None:
    """However many claims the writer adds, the mirror holds at most ``max_claims`` between
    articles (the least recently read forgotten first), and a pool that lists a forgotten
    claim reads it again: the answers stay those of the queries."""
    rng = random.Random(10)
    with sqlite_engine.begin() as conn:
        store = RandomStore(conn, rng)
        store.add_events(200, ArticleWrites())
        store.add_claims(300, ArticleWrites())
        index = LinkIndex(max_claims=60)
        for _ in range(15):
            index.start_article()
            assert len(index.claims) <= 60
            assert _compare(conn, index, store, 3) >= 0
            writes = ArticleWrites()
            store.add_claims(rng.randint(20, 80), writes)
            index.apply(writes)
        assert len(index.claims) > 60  # the last article's claims, not forgotten yet
        index.start_article()
        assert len(index.claims) == 60
        pool = index.claim_pool(conn, dict(store.names))
        read = {row[0] for row in pool.rows}
        assert read and set(list(index.claims)[-len(read) :]) == read  # the last read, last
        assert _compare(conn, index, store, 10) > 0


def test_precisions_of_the_random_store_are_known() -> None:
    assert set(PRECISIONS) <= set(PRECISION_ORDER)


@pytest.mark.parametrize(
    ("name", "params", "index"),
    [
        ("months", {"lo": date(2024, 3, 1), "hi": date(2024, 4, 1)}, "ix_event_precision_start"),
        ("months_to_end", {"lo": date(9999, 12, 1)}, "ix_event_precision_start"),
        (
            "months_at_most",
            {"lo": date(2014, 1, 1), "hi": date(2024, 4, 1), "limit": 10},
            "ix_event_precision_start",
        ),
        (
            "months_to_end_at_most",
            {"lo": date(9990, 1, 1), "limit": 10},
            "ix_event_precision_start",
        ),
        ("as_of", {"end": date(2024, 3, 1)}, "ix_event_end"),
        ("exact", {"start": date(2024, 3, 1), "end": date(2024, 3, 1)}, "ix_event_start_end"),
        ("event_entities", {"ids": [1, 2]}, "sqlite_autoindex_event_entity_1"),
        ("claims", {"ids": [1, 2]}, "PRIMARY KEY"),
        ("claim_entities", {"ids": [1, 2]}, "sqlite_autoindex_claim_entity_1"),
        ("figures", {"ids": [1, 2]}, "ix_quantity_claim_id"),
    ],
)
def test_mirror_loads_its_slices_through_indexes(
    sqlite_engine: Engine, name: str, params: dict[str, Any], index: str
) -> None:
    from tests.store.test_linking_plans import _full_scans
    from tracker.store.linkcache import _claim_ids_statement, _months_statement, _statements
    from tracker.store.linking import sqlite_query_plan

    statements = {
        **_statements(),
        "months": _months_statement(to_end=False, limited=False),
        "months_to_end": _months_statement(to_end=True, limited=False),
        "months_at_most": _months_statement(to_end=False, limited=True),
        "months_to_end_at_most": _months_statement(to_end=True, limited=True),
    }
    with sqlite_engine.connect() as conn:
        plan = sqlite_query_plan(conn, statements[name], params)
        assert not _full_scans(plan), plan
        assert index in plan, plan
        ids_plan = sqlite_query_plan(conn, _claim_ids_statement(2), {"e0": 1, "e1": 2})
        assert not _full_scans(ids_plan), ids_plan
        assert ids_plan.count("ix_claim_entity_entity_claim (entity_id=?)") == 2, ids_plan


def test_mirror_leaves_by_date_lookups_to_the_queries_when_it_keeps_outgrowing_its_bounds(
    sqlite_engine: Engine,
) -> None:
    rng = random.Random(4)
    with sqlite_engine.begin() as conn:
        store = RandomStore(conn, rng)
        store.add_events(600, ArticleWrites())
        store.add_claims(100, ArticleWrites())
        index = LinkIndex(max_events=50)
        day = EventSketch("x", "other", DAY0, DAY0, "day", False, frozenset())
        for _ in range(MIN_ARTICLES_BETWEEN_CLEARS + 1):
            index.start_article()
        assert index.by_date(conn, day, None, set()) is not None  # months held
        assert index.too_large()
        index.start_article()  # outgrown once, long after starting: starts afresh
        assert index.hold_months and not index.events
        assert index.by_date(conn, day, None, set()) is not None
        index.start_article()  # outgrown again at once: months are no longer held
        assert not index.hold_months
        assert index.by_date(conn, day, None, set()) is None
        # The answers stay those of the queries.
        assert _compare(conn, index, store, 10) > 0


def test_mirror_holds_wide_ranges_unless_too_wide_or_too_dense(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(5)
    with sqlite_engine.begin() as conn:
        store = RandomStore(conn, rng)
        store.add_events(600, ArticleWrites())
        store.add_claims(100, ArticleWrites())
        year = EventSketch("x", "other", DAY0, date(2024, 12, 31), "year", False, frozenset())
        decade = replace(year, start=date(2020, 1, 1), end=date(2029, 12, 31), precision="decade")
        century = replace(year, start=date(2000, 1, 1), end=date(2099, 12, 31))
        index = LinkIndex()
        assert index.by_date(conn, year, None, set())  # few enough events: held
        assert index.by_date(conn, decade, None, set())
        assert index.by_date(conn, century, None, set()) is None
        monkeypatch.setattr(linkcache, "MAX_WIDE_LOAD", 20)
        dense = LinkIndex()
        assert dense.by_date(conn, year, None, set()) is None and dense.dense
        assert dense.by_date(conn, decade, None, set()) is None
        day = replace(year, end=DAY0, precision="day")
        assert dense.by_date(conn, day, None, set()) is not None  # a narrow range: held
        # The answers stay those of the queries.
        assert _compare(conn, index, store, 20) > 0
        assert _compare(conn, dense, store, 20) > 0


def test_a_wide_range_reads_at_most_max_wide_load_events_in_all(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bound holds for the whole range, not for each run of months not held yet."""
    rng = random.Random(6)
    with sqlite_engine.begin() as conn:
        store = RandomStore(conn, rng)
        store.add_events(600, ArticleWrites())  # starting from January to April 2024
        store.add_claims(100, ArticleWrites())
        december = [
            {
                "id": store.next_event + n,
                "title": "Talks held",
                "type": "other",
                "date": "x",
                "start": date(2024, 12, 2 + n),
                "end": date(2024, 12, 2 + n),
                "precision": "day",
                "as_of": False,
                "locked": False,
                "created_at": NOW,
            }
            for n in range(5)
        ]
        conn.execute(sa.insert(_t["event"]), december)
        index = LinkIndex()
        # A narrow lookup holds the months from August to November, splitting those of the
        # year below into two runs not held, both with events: up to July, and December.
        day = EventSketch(
            "x", "other", date(2024, 11, 1), date(2024, 11, 1), "day", False, frozenset()
        )
        assert index.by_date(conn, day, None, set()) == []
        held = len(index.events)
        year = replace(day, start=DAY0, end=date(2024, 12, 31), precision="year")
        first = min(
            linkcache._minus_days(DAY0, days) for days in linkcache.FINE_START_WINDOW_DAYS.values()
        )
        missing = [m for m in linkcache._months(first, date(2024, 12, 31)) if m not in index.months]
        assert [run[-1] for run in linkcache._runs(missing)] == [(2024, 7), (2024, 12)]
        e = _t["event"].c
        fine = sa.select(sa.func.count()).where(
            e.precision.in_(list(linkcache.FINE_START_WINDOW_DAYS)), e.start < date(2024, 8, 1)
        )
        before = conn.execute(fine).scalar_one()
        assert before > len(december)
        # Each run fits the bound; both together do not.
        monkeypatch.setattr(linkcache, "MAX_WIDE_LOAD", before)
        assert index.by_date(conn, year, None, set()) is None  # left to the query
        assert len(index.events) == held
        monkeypatch.setattr(linkcache, "MAX_WIDE_LOAD", before + len(december))
        fresh = LinkIndex()
        assert fresh.by_date(conn, day, None, set()) == []
        assert fresh.by_date(conn, year, None, set()) is not None  # now it fits: held
        assert _compare(conn, index, store, 20) > 0
        assert _compare(conn, fresh, store, 20) > 0


def test_mirror_keeps_what_recent_articles_read_when_it_outgrows_its_bounds(
    sqlite_engine: Engine,
) -> None:
    """Compacting forgets the slices no recent article read, and the events and claims no
    slice lists; what is kept stays up to date with the writer's changes and the answers stay
    those of the queries."""
    rng = random.Random(8)
    with sqlite_engine.begin() as conn:
        store = RandomStore(conn, rng)
        store.add_events(1500, ArticleWrites())
        store.add_claims(1500, ArticleWrites())
        index = LinkIndex(max_events=400, max_claims=400)
        for _ in range(12):
            index.start_article()  # compacts when outgrown
            assert not index.too_large()
            assert _compare(conn, index, store, 3) >= 0
            writes = ArticleWrites()
            store.add_events(rng.randint(5, 40), writes)
            store.link_old_events(10, writes)
            store.redate(5, writes)
            store.add_claims(rng.randint(5, 40), writes)
            index.apply(writes)
        assert _compare(conn, index, store, 10) > 0
        by_event = {(e, i) for i, entities in index.event_entities.items() for e in entities}
        assert by_event == {(e, i) for e, ids in index.entity_events.items() for i in ids}
        # Keeping only what the last article read: every event held is listed by a slice.
        index.compact(index.tick)
        listed = {key[2] for keys in index.fine.values() for key in keys}
        for held in (*index.as_of.values(), *index.exact.values(), *index.pool.values()):
            listed.update(held)
        assert set(index.events) == listed == set(index.event_entities)
        by_event = {(e, i) for i, entities in index.event_entities.items() for e in entities}
        assert by_event == {(e, i) for e, ids in index.entity_events.items() for i in ids}
        assert set(index.claims) <= {i for ids in index.claim_ids.values() for i in ids}
        assert _compare(conn, index, store, 10) > 0
        # Forgetting everything (no article read anything since): as good as clearing.
        index.compact(index.tick + 1)
        assert not index.events and not index.claims and not index.months and not index.used
        assert _compare(conn, index, store, 10) > 0


def _mirror_after_one_lookup(
    conn: Any, rng: random.Random
) -> tuple[RandomStore, LinkIndex, EventSketch]:
    """A random store, and a roomy mirror of it after one article looked up a day."""
    store = RandomStore(conn, rng)
    store.add_events(600, ArticleWrites())
    store.add_claims(100, ArticleWrites())
    index = LinkIndex(max_events=100_000)
    day = EventSketch("x", "other", DAY0, DAY0, "day", False, frozenset())
    index.start_article()
    assert index.by_date(conn, day, None, set()) is not None
    return store, index, day


def test_a_mirror_that_outgrows_its_bounds_keeps_its_recent_slices(sqlite_engine: Engine) -> None:
    with sqlite_engine.begin() as conn:
        store, index, day = _mirror_after_one_lookup(conn, random.Random(9))
        held = set(index.months)
        for _ in range(linkcache.KEEP_ARTICLES + 1):
            index.start_article()
            year = replace(day, start=date(2023, 1, 1), end=date(2023, 1, 1))
            assert index.by_date(conn, year, None, set()) is not None
        index.max_events = 1  # outgrown: the months of the first lookup were read too long ago
        index.start_article()
        assert index.hold_months and index.articles > 1  # compacted, not started afresh
        assert held.isdisjoint(index.months) and index.months
        assert _compare(conn, index, store, 10) > 0


def _latest_one_by_one(keys: list[Any], lo: int, at: int, start: date) -> list[int]:
    """What the SQL reads, written plainly: every key of the range checked."""
    hits = [key[2] for key in keys[lo:at] if key[1] >= start]
    return hits[-linkcache.MAX_BY_DATE_PER_PRECISION :]


@pytest.mark.parametrize("seed", range(6))
def test_latest_ending_after_reads_what_checking_every_key_reads(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    monkeypatch.setattr(linkcache, "MAX_BY_DATE_PER_PRECISION", rng.choice([1, 5, 40, 500]))
    keys = []
    for event_id in range(rng.randint(0, 300)):
        start = DAY0 + timedelta(days=rng.randint(0, 90))
        length = rng.choice([0, 0, 3, 6, 30])
        if rng.random() < 0.05:  # a range that ends before it starts: checked like any other
            length = -rng.randint(1, 20)
        keys.append((start, start + timedelta(days=length), event_id))
    keys.sort()
    for _ in range(50):
        start = DAY0 + timedelta(days=rng.randint(-10, 100))
        lo, at = sorted(rng.randint(0, len(keys)) for _ in range(2))
        expected = _latest_one_by_one(keys, lo, at, start)
        assert linkcache._latest_ending_after(keys, lo, at, start) == expected


def test_a_mirror_forgets_what_a_stretch_of_articles_did_not_read(sqlite_engine: Engine) -> None:
    """Within its bounds too, the mirror forgets every ``FORGET_UNREAD_EVERY`` articles the
    slices none of those articles read: what it holds follows the batch's current stories."""
    with sqlite_engine.begin() as conn:
        store, index, day = _mirror_after_one_lookup(conn, random.Random(10))
        early = set(index.months)
        later = replace(day, start=date(2023, 1, 1), end=date(2023, 1, 1))
        # read at the first article: kept while that one is among the last stretch's
        while index.tick < 2 * linkcache.FORGET_UNREAD_EVERY - 1:
            index.start_article()
            assert index.by_date(conn, later, None, set()) is not None
            assert early <= index.months
        index.start_article()
        assert early.isdisjoint(index.months) and index.months  # forgotten; 2023 kept
        assert index.hold_months and not index.too_large()
        assert _compare(conn, index, store, 10) > 0
