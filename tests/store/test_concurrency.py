"""Two ingest processes writing the same SQLite file at once both finish, nothing lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from tests.helpers import ARTICLE_A, write

N_PER_PROCESS = 15


def _articles(folder: Path, tag: str) -> None:
    for i in range(N_PER_PROCESS):
        text = ARTICLE_A.replace("12 villages", f"{i + 13} villages").replace(
            "Tobol", f"Tobol-{tag}{i}"
        )
        write(folder, f"{tag}{i:02}.txt", text)


def test_two_ingest_processes_on_one_sqlite_file(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    _articles(tmp_path / "one", "a")
    _articles(tmp_path / "two", "b")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tracker", "--db", str(db), "ingest", str(tmp_path / name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("one", "two")
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM article").scalar() == 2 * N_PER_PROCESS
        orphans = conn.exec_driver_sql(
            "SELECT count(*) FROM event WHERE id NOT IN (SELECT event_id FROM source WHERE event_id IS NOT NULL)"
        ).scalar()
        assert orphans == 0
    engine.dispose()
