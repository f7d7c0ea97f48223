"""The writer's fast inserts on SQLite (one executemany of a statement compiled once, values
through the columns' bind processors, ids assigned by the writer) store the very values and ids
SQLAlchemy's own inserts store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa

from tracker.store.engine import open_store
from tracker.store.models import Claim, Event, Quantity
from tracker.store.repo import _compiled_insert, _insert, _insert_ids

_event = Event.__table__  # type: ignore[attr-defined]
_quantity = Quantity.__table__  # type: ignore[attr-defined]
_claim = Claim.__table__  # type: ignore[attr-defined]
CLAIM = {"text": "x", "status": "unchecked", "created_at": datetime(2026, 1, 1, tzinfo=UTC)}


def _rows() -> list[dict[str, object]]:
    return [
        {
            "title": f"Event {i}",
            "type": "other",
            "modality": "asserted",
            "confidence": [0.5, 1, None][i % 3] or 0.25,
            "date": "2024-03-0" + str(i + 1),
            "start": None if i == 2 else date(2024, 3, i + 1),
            "end": date(2024, 3, i + 1),
            "precision": "day",
            "as_of": i == 1,
            "date_expression": None if i else "March 1",
            "date_anchor": "dct",
            "locked": False,
            "created_at": datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC),
        }
        for i in range(4)
    ]


def _raw(engine: sa.Engine, table: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        typed = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
        return [
            tuple(r) for r in conn.exec_driver_sql(f'SELECT {typed} FROM "{table}" ORDER BY id')
        ]


def test_fast_inserts_store_what_sqlalchemy_stores(tmp_path: Path) -> None:
    fast, plain = open_store(str(tmp_path / "fast.db")), open_store(str(tmp_path / "plain.db"))
    try:
        with fast.begin() as conn:
            assert _insert_ids(conn, _event, _rows()) == [1, 2, 3, 4]
            assert _insert_ids(conn, _event, _rows()[:1]) == [5]
            figures = [
                {"claim_id": 1, "value": v, "unit": "people", "qualifier": None, "text": "x"}
                for v in (3, 2.5, None)
            ]
            conn.execute(sa.insert(_claim).values(CLAIM))
            _insert(conn, _quantity, [{**f, "char_start": 0, "char_end": 1} for f in figures])
        with plain.begin() as conn:
            ids = [r[0] for r in conn.execute(sa.insert(_event).returning(_event.c.id), _rows())]
            ids += [conn.execute(sa.insert(_event).values(_rows()[0])).inserted_primary_key[0]]
            assert ids == [1, 2, 3, 4, 5]
            conn.execute(sa.insert(_claim).values(CLAIM))
            conn.execute(
                sa.insert(_quantity), [{**f, "char_start": 0, "char_end": 1} for f in figures]
            )
        for table in ("event", "claim", "quantity"):
            assert _raw(fast, table) == _raw(plain, table)
    finally:
        fast.dispose()
        plain.dispose()


def test_statements_with_defaults_of_their_own_are_left_to_sqlalchemy() -> None:
    dialect = sa.create_engine("sqlite://").dialect
    assert _compiled_insert(_event, tuple(_rows()[0]), dialect) is not None
    # Without "type", SQLAlchemy would add the column's default ("other"): its own insert.
    assert _compiled_insert(_event, ("title",), dialect) is None
    postgres = sa.create_engine("postgresql://u@localhost/x").dialect
    assert _compiled_insert(_event, tuple(_rows()[0]), postgres) is None
