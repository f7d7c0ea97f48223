"""Do two checkouts of tracker store the same rows? Ingests the same articles (seeds/, then the
ingest bench's articles, then seeds/ again: duplicates) into a fresh SQLite file with each
checkout's code, as ``tracker ingest`` does, and compares every table row by row (timestamps
left out), the full-text index's rows, and what searching it for a few hundred words finds
(rank and snippet included). Prints the differences; exits 1 when there are any.

    .venv/bin/python bench/compare_ingest.py OLD_CHECKOUT NEW_CHECKOUT [--articles 300]
                                             [--workers 1]

A checkout is a folder holding the ``tracker`` package (a git worktree, or ``git archive``
unpacked). The articles are made by the new checkout's ``bench/ingest_speed.py``."""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

TIMESTAMPS = {"created_at", "ingested_at", "changed_at"}
# FTS5's own tables: how the index is laid out in segments depends on when rows were added;
# its rows (search_index itself, _content, _docsize) and what searching finds must not.
FTS_LAYOUT = {"search_index_data", "search_index_idx", "search_index_config"}

INGEST = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tracker.ingest import IngestOptions, ingest_paths
from tracker.store.engine import open_store
engine = open_store(sys.argv[2])
options = IngestOptions(workers=int(sys.argv[3]))
statuses = {}
for folder in sys.argv[4:]:
    for outcome in ingest_paths(engine, [Path(folder)], options):
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
engine.dispose()
print(statuses)
"""


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    out: dict[str, list[tuple[Any, ...]]] = {}
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    for table in tables:
        if table in FTS_LAYOUT or table == "alembic_version":
            continue
        if table == "search_index":
            sql = "SELECT rowid, kind, ref_id, title, body FROM search_index ORDER BY rowid"
        else:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            kept = [f'"{c}"' for c in columns if c not in TIMESTAMPS]
            sql = f'SELECT {", ".join(kept)} FROM "{table}" ORDER BY {", ".join(kept)}'
        out[table] = [tuple(r) for r in conn.execute(sql)]
    check = conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
    check.close()
    conn.close()
    return out


def searches(db: Path, words: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(db)
    found = {}
    for word in words:
        rows = conn.execute(
            "SELECT rowid, round(bm25(search_index), 9), "
            "snippet(search_index, 3, '[', ']', '...', 16) FROM search_index "
            "WHERE search_index MATCH ? ORDER BY rank, rowid LIMIT 50",
            (f'"{word}"',),
        ).fetchall()
        found[word] = [tuple(r) for r in rows]
    conn.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    sys.path.insert(0, str(args.new / "bench"))
    import ingest_speed  # the bench's articles

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        articles = root / "articles"
        articles.mkdir()
        seeds = ingest_speed.seed_articles()
        for n in range(args.articles):
            text = ingest_speed.make_article(seeds, 6000, n)
            (articles / f"a{n:05}.txt").write_text(text, encoding="utf-8")
        seed_dir = args.new / "seeds"
        dumps: list[dict[str, list[tuple[Any, ...]]]] = []
        found: list[dict[str, list[tuple[Any, ...]]]] = []
        for checkout in (args.old, args.new):
            db = root / f"{checkout.name}-{len(dumps)}.db"
            folders = [str(seed_dir), str(articles), str(seed_dir)]
            result = subprocess.run(
                [sys.executable, "-c", INGEST, str(checkout), str(db), str(args.workers), *folders],
                check=True,
                capture_output=True,
                text=True,
            )
            print(f"{checkout}: {result.stdout.strip()}")
            dumps.append(dump(db))
            if not found:
                text = " ".join(str(r[3]) for r in dumps[0]["search_index"])
                vocabulary = sorted(set(re.findall(r"[a-z]{4,}", text.lower())))
                words = vocabulary[:: max(1, len(vocabulary) // 300)]
            found.append(searches(db, words))
    differences = 0
    for table in sorted(set(dumps[0]) | set(dumps[1])):
        a, b = dumps[0].get(table), dumps[1].get(table)
        if (a is None or b is None) and not (a or b):
            print(f"same      {table}: only in the {'new' if a is None else 'old'} schema, empty")
        elif a != b:
            differences += 1
            size = f"{len(a or [])} vs {len(b or [])} rows"
            first = next(
                (i for i, (x, y) in enumerate(zip(a or [], b or [], strict=False)) if x != y), None
            )
            print(f"DIFFERENT {table}: {size}, first difference at row {first}")
        else:
            print(f"same      {table}: {len(a or [])} rows")
    same_searches = sum(found[0][w] == found[1][w] for w in words)
    hits = sum(len(found[0][w]) for w in words)
    print(f"searches: {same_searches} of {len(words)} words find the same ({hits} hits)")
    if same_searches != len(words):
        differences += 1
    print(json.dumps({"differences": differences}))
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
