"""When a group of the ingest writer is lost (its commit fails, or the connection goes before
it), every article of it is said to be lost, never reported stored: the writer raises
NotCommittedError, and the ingest reports each article of the group failed and goes on. Each
outcome is reported exactly once, even when the callback raises, and a group is committed
while the writer waits for a slow extraction rather than after it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tests.helpers import write
from tests.store.test_writer_groups import _count, _prepared, _variant
from tracker import ingest
from tracker.errors import TrackerError
from tracker.ingest import IngestOptions, IngestOutcome, ingest_paths
from tracker.load.sources import Job
from tracker.store.engine import WRITE_OPTION
from tracker.store.repo import ArticleWriter


def _fail_writer_commit(monkeypatch: pytest.MonkeyPatch, failing: int) -> list[int]:
    """Make the ``failing``-th commit of a writer's connection fail as a full disk would (before
    anything is written). Returns the list the writer's commits are counted in."""
    real_commit = Connection.commit
    calls: list[int] = []

    def commit(self: Connection) -> None:
        if self.get_execution_options().get(WRITE_OPTION):
            calls.append(len(calls) + 1)
            if len(calls) == failing:
                raise sa.exc.OperationalError("COMMIT", {}, Exception("disk I/O error"))
        real_commit(self)

    monkeypatch.setattr(Connection, "commit", commit)
    return calls


def _stored_paths(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT path FROM article ORDER BY id")]


@pytest.mark.parametrize("failing", [2, 3], ids=["group-full", "last-commit"])
def test_a_failed_commit_reports_every_article_of_its_group_failed(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch, failing: int
) -> None:
    monkeypatch.setattr("tracker.ingest.COMMIT_EVERY", 3)
    folder = tmp_path / "in"
    names = [f"a{n}.txt" for n in range(7)]
    for n, name in enumerate(names):
        # a4 repeats a1: a duplicate, whose group is the second one
        write(folder, name, _variant(1 if n == 4 else n))
    seen: list[IngestOutcome] = []
    calls = _fail_writer_commit(monkeypatch, failing)

    outcomes = ingest_paths(engine, [folder], IngestOptions(), on_outcome=seen.append)

    assert len(calls) == 3  # groups a0-a2, a3-a5 and a6
    lost = range(3, 6) if failing == 2 else range(6, 7)
    expected = ["failed" if n in lost else "duplicate" if n == 4 else "stored" for n in range(7)]
    assert [o.status for o in outcomes] == expected
    for n in lost:
        message = outcomes[n].message or ""
        assert message.startswith(str(folder / names[n])), message
        assert "not committed: disk I/O error" in message, message
    # Reported once each, as returned: nothing of the lost group reported stored.
    assert seen == outcomes
    kept = [str(folder / names[n]) for n in range(7) if n not in lost and n != 4]
    assert _stored_paths(engine) == kept
    for n in lost:  # nothing of them half-written
        assert _count(engine, "source", "quote", f"%Tobol{n}%") == 0
        assert _count(engine, "entity", "name", f"Tobol{n}%") == 0


def test_writer_says_when_a_commit_fails_and_goes_on(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [_prepared(_variant(n), f"a{n}.txt") for n in range(3)]
    _fail_writer_commit(monkeypatch, 1)
    with ArticleWriter(engine, group=10) as writer:
        writer.store(*articles[0])
        writer.store(*articles[1])
        with pytest.raises(TrackerError, match="not committed: disk I/O error") as raised:
            writer.commit()
        assert getattr(raised.value, "articles", None) == 2
        assert writer.pending == 0
        writer.store(*articles[2])
    assert _stored_paths(engine) == ["a2.txt"]


def test_writer_does_not_forget_the_articles_of_a_lost_connection(engine: Engine) -> None:
    articles = [_prepared(_variant(n), f"a{n}.txt") for n in range(4)]
    with ArticleWriter(engine, group=10) as writer:
        writer.store(*articles[0])
        writer.store(*articles[1])
        assert writer._conn is not None
        writer._conn.invalidate()  # as a dropped connection is, by the error that found it
        with pytest.raises(TrackerError, match=r"not committed: .*connection") as raised:
            writer.store(*articles[2])
        assert getattr(raised.value, "articles", None) == 2
        assert writer.pending == 0
        # The writer goes on with a new connection.
        assert writer.store(*articles[2]).created
        assert writer._conn is not None
        writer._conn.invalidate()
        with pytest.raises(TrackerError, match="not committed") as raised:
            writer.commit()
        assert getattr(raised.value, "articles", None) == 1
        writer.store(*articles[3])
    assert _stored_paths(engine) == ["a3.txt"]


def test_each_outcome_is_reported_once_even_when_the_callback_raises(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tracker.ingest.COMMIT_EVERY", 3)
    for n in range(7):
        write(tmp_path / "in", f"a{n}.txt", _variant(n))
    seen: list[str] = []

    def on_outcome(outcome: IngestOutcome) -> None:
        seen.append(Path(outcome.path).name)
        if len(seen) == 2:
            raise RuntimeError("the terminal went away")

    with pytest.raises(RuntimeError, match="terminal"):
        ingest_paths(engine, [tmp_path / "in"], IngestOptions(), on_outcome=on_outcome)
    assert seen == ["a0.txt", "a1.txt", "a2.txt"]
    assert _count(engine, "article") == 3  # the group was committed


def test_a_group_is_committed_while_the_writer_waits_for_a_slow_extraction(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tracker.ingest.COMMIT_AFTER_SECONDS", 0.2)
    real_prepare = ingest._prepare

    def prepare(job: Job, options: IngestOptions) -> Any:
        if job.label.endswith("a2.txt"):
            time.sleep(2.0)  # in its worker process: the writer waits for it
        return real_prepare(job, options)

    monkeypatch.setattr(ingest, "_prepare", prepare)  # the workers are forked after this
    for n in range(3):
        write(tmp_path / "in", f"a{n}.txt", _variant(n))
    seen: list[tuple[str, int, float]] = []
    start = time.monotonic()

    def on_outcome(outcome: IngestOutcome) -> None:
        name = Path(outcome.path).name
        seen.append((name, _count(engine, "article"), time.monotonic() - start))

    outcomes = ingest_paths(
        engine, [tmp_path / "in"], IngestOptions(workers=2), on_outcome=on_outcome
    )
    assert [o.status for o in outcomes] == ["stored"] * 3
    # a0 and a1 are committed, and reported, while a2 is still being extracted.
    assert [(name, count) for name, count, _t in seen] == [
        ("a0.txt", 2),
        ("a1.txt", 2),
        ("a2.txt", 3),
    ]
    assert seen[1][2] < seen[2][2] - 0.5
