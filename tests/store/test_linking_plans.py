"""Linking at ingest must cost the same however large the store is: its lookups go through
indexes (by date, by entity), never a scan of every event or claim. Checked on SQLite's
EXPLAIN QUERY PLAN."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tracker.link.events import EventSketch
from tracker.store import linking
from tracker.store.engine import open_store
from tracker.store.linking import (
    claim_pool_id_queries,
    claim_pool_rows_statement,
    event_candidates_query,
    event_pool_queries,
    sqlite_query_plan,
)
from tracker.store.models import Event

TABLES = ("event", "claim", "event_entity", "claim_entity", "entity", "source", "quantity")


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_store(str(tmp_path / "plans.db"))
    yield engine
    engine.dispose()


def _full_scans(plan: str) -> list[str]:
    return [
        line
        for line in plan.splitlines()
        if re.match(rf"SCAN ({'|'.join(TABLES)})\b", line.strip())
    ]


def _sketch(
    as_of: bool = False, entities: frozenset[str] = frozenset({"Kazakhstan"})
) -> EventSketch:
    return EventSketch(
        "Dam fails", "disaster", date(2024, 3, 3), date(2024, 3, 3), "day", as_of, entities
    )


@pytest.mark.parametrize("as_of", [False, True])
@pytest.mark.parametrize("entity_ids", [[1, 2], None])
def test_event_candidates_by_date_use_indexes(
    sqlite_engine: Engine, as_of: bool, entity_ids: list[int] | None
) -> None:
    found = event_candidates_query(_sketch(as_of), entity_ids, [7, 8])
    assert found is not None
    with sqlite_engine.connect() as conn:
        plan = sqlite_query_plan(conn, *found)
    assert not _full_scans(plan), plan
    expected = "ix_event_end" if as_of else "ix_event_precision_start"
    assert expected in plan, plan
    if not as_of:
        assert "COVERING INDEX ix_event_precision_start" in plan, plan
    if entity_ids is not None:
        assert "sqlite_autoindex_event_entity_1 (event_id=? AND entity_id=?)" in plan, plan


def test_event_pool_reads_each_entitys_newest_events_from_an_index(
    sqlite_engine: Engine,
) -> None:
    with sqlite_engine.connect() as conn:
        plans = [sqlite_query_plan(conn, *q) for q in event_pool_queries([3, 1, 2, 4])]
    assert len(plans) == 1
    assert not _full_scans(plans[0]), plans[0]
    assert plans[0].count("COVERING INDEX ix_event_entity_entity_event (entity_id=?)") == 4


def test_claim_pool_reads_each_entitys_newest_claims_from_an_index(
    sqlite_engine: Engine,
) -> None:
    with sqlite_engine.connect() as conn:
        (ids_plan,) = [sqlite_query_plan(conn, *q) for q in claim_pool_id_queries([5, 4])]
        plan = sqlite_query_plan(conn, claim_pool_rows_statement(), {"ids": [1, 2]})
    assert not _full_scans(ids_plan), ids_plan
    assert ids_plan.count("COVERING INDEX ix_claim_entity_entity_claim (entity_id=?)") == 2
    assert not _full_scans(plan), plan
    assert "INTEGER PRIMARY KEY" in plan, plan


def test_by_date_ranges_read_the_index_backwards_without_sorting(sqlite_engine: Engine) -> None:
    """Each fine-precision range stops after MAX_BY_DATE_PER_PRECISION index entries: read in
    index order (latest start first), with no sort of the whole range."""
    year = EventSketch(
        "Floods", "disaster", date(2024, 1, 1), date(2024, 12, 31), "year", False, frozenset()
    )
    found = event_candidates_query(year, None, [])
    assert found is not None
    with sqlite_engine.connect() as conn:
        plan = sqlite_query_plan(conn, *found)
    assert plan.count("COVERING INDEX ix_event_precision_start") == 3, plan
    assert plan.count("TEMP B-TREE") == 1, plan  # only the final ordering, of at most 3 x the bound


def test_a_wide_interval_reads_a_bounded_number_of_events_by_date(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year-long new event is compared with at most MAX_BY_DATE_PER_PRECISION stored events
    of each fine precision found by date, those starting latest, however many the year holds."""
    monkeypatch.setattr(linking, "MAX_BY_DATE_PER_PRECISION", 2)
    linking._candidates_statement.cache_clear()
    try:
        rows = [
            {
                "title": f"Flood {day}",
                "type": "disaster",
                "date": f"2024-03-{day:02}",
                "start": date(2024, 3, day),
                "end": date(2024, 3, day),
                "precision": "day",
                "created_at": datetime.now(UTC),
            }
            for day in (3, 9, 1, 20, 15)
        ]
        with sqlite_engine.begin() as conn:
            conn.execute(sa.insert(Event.__table__), rows)  # type: ignore[attr-defined]
        year = EventSketch(
            "Floods", "disaster", date(2024, 1, 1), date(2024, 12, 31), "year", False, frozenset()
        )
        with sqlite_engine.connect() as conn:
            pool = linking.EventPool(conn, [])
            found = pool.candidates(year, None, [])
        assert sorted(e.title for e in found) == ["Flood 15", "Flood 20"]
    finally:
        linking._candidates_statement.cache_clear()


def test_pool_queries_take_the_entities_in_a_few_fixed_sizes() -> None:
    """However many entities an article has, its pool queries come in the sizes 1, 2, 4 ...
    MAX_ENTITIES_PER_QUERY, so that a long ingest builds and caches a handful of statements,
    not one per number of entities; every entity is asked for once, in order."""
    from tracker.store.linking import MAX_ENTITIES_PER_QUERY, entity_chunks

    sizes_seen: set[int] = set()
    for n in range(0, 3 * MAX_ENTITIES_PER_QUERY + 7):
        ids = list(range(n, 0, -1)) + [1] * (n > 0)  # unsorted, one repeated
        chunks = entity_chunks(ids)
        assert [i for c in chunks for i in c] == sorted(set(ids))
        sizes_seen.update(len(c) for c in chunks)
    assert sizes_seen == {2**k for k in range(MAX_ENTITIES_PER_QUERY.bit_length())}
    assert entity_chunks([]) == []
