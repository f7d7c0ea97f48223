"""Ingesting articles: load and extract (pure, optionally in worker processes), then store in
this process: the only writer (``ArticleWriter``, which keeps what linking reads in memory for
the whole batch). Each article is stored entirely or not at all, in a savepoint of its own, and
articles are committed by groups. A failure is reported for its file or line and never stops
the others."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import multiprocessing
import os
import pickle
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from multiprocessing.pool import IMapIterator
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from tracker.errors import TrackerError
from tracker.extract import Extraction, extract
from tracker.load.document import Document
from tracker.load.sources import Job, LoadOptions, find_files, iter_jobs, load_job
from tracker.store.repo import ArticleWriter, NotCommittedError


@dataclass(frozen=True, slots=True)
class IngestOptions(LoadOptions):
    """Load options plus how dates are read and how many worker processes extract."""

    day_first: bool = False
    workers: int = 1


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one article: ``status`` is stored, duplicate or failed."""

    path: str
    status: str
    article_id: int | None = None
    title: str | None = None
    published: date | None = None
    published_inferred: bool = False
    events: int = 0
    claims: int = 0
    message: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Prepared:
    label: str
    document: Document | None = None
    extraction: Extraction | None = None
    error: str | None = None


def _prepare(job: Job, options: IngestOptions) -> _Prepared:
    """Load and extract one article. Pure: safe to run in a worker process."""
    try:
        document = load_job(job, options)
        extraction = extract(
            document.text, document.published, source=document.source, day_first=options.day_first
        )
    except TrackerError as exc:
        return _Prepared(job.label, error=str(exc))
    except Exception as exc:  # a bug on one article must not stop the batch
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return _Prepared(
            job.label,
            error=f"{job.label}: not read ({type(exc).__name__} at {where}: {exc}); a bug",
        )
    return _Prepared(job.label, document, extraction)


def _prepare_star(args: tuple[Job, IngestOptions]) -> bytes:
    """Load and extract one article in a worker process; what the writer gets, pickled."""
    return _packed(_prepare(*args))


class _Packer(pickle.Pickler):
    """Pickles frozen dataclasses (a prepared article's document, extraction, events...) as
    their class and field values: rebuilt by their constructor, about twice as fast to
    unpickle in the writer's process as by the default state setting of slotted classes."""

    def reducer_override(self, obj: Any) -> Any:
        fields = _constructor_fields(type(obj))
        if fields is None:
            return NotImplemented
        return type(obj), tuple(getattr(obj, name) for name in fields)


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _constructor_fields(cls: type) -> tuple[str, ...] | None:
    """The fields a frozen dataclass is built from, in order, if it is built from them alone."""
    if cls not in _FIELDS:
        params = getattr(cls, "__dataclass_params__", None)
        fields = dataclasses.fields(cls) if params is not None and params.frozen else ()
        plain = fields and all(f.init for f in fields) and not hasattr(cls, "__post_init__")
        _FIELDS[cls] = tuple(f.name for f in fields) if plain else None
    return _FIELDS[cls]


def _packed(prepared: _Prepared) -> bytes:
    out = io.BytesIO()
    _Packer(out, protocol=pickle.HIGHEST_PROTOCOL).dump(prepared)
    return out.getvalue()


def _store(writer: ArticleWriter, prepared: _Prepared) -> IngestOutcome:
    """Store one prepared article. ``NotCommittedError`` (its group was lost) is left to the
    caller: it concerns the other articles of the group too."""
    if prepared.error is not None or prepared.document is None or prepared.extraction is None:
        return IngestOutcome(prepared.label, "failed", message=prepared.error)
    document, extraction = prepared.document, prepared.extraction
    try:
        stored = writer.store(document, extraction)
    except NotCommittedError:
        raise
    except TrackerError as exc:
        return IngestOutcome(prepared.label, "failed", message=f"{prepared.label}: {exc}")
    return IngestOutcome(
        prepared.label,
        "stored" if stored.created else "duplicate",
        article_id=stored.article_id,
        title=document.title,
        published=extraction.published,
        published_inferred=extraction.published_inferred,
        events=stored.events,
        claims=stored.claims,
        warnings=extraction.warnings if stored.created else (),
    )


AHEAD_PER_WORKER = 8  # articles a worker may extract ahead of the writer
WORKER_NICENESS = 5  # how much lower the worker processes' priority is than the writer's
# The writer commits every this many articles: one commit per article costs a write of the
# log each, and several articles share pages (indexes, the search index) that a group writes
# once. It commits sooner when the first article of a group has waited this long: checked
# after each article is stored and, with worker processes, while the writer waits for the next
# extracted article. With one worker the writer extracts the next article itself, so a group
# may wait that one extraction longer.
COMMIT_EVERY = 50
COMMIT_AFTER_SECONDS = 1.0


class _Batch:
    """The outcomes of an ingest, and which of them wait for their group's commit: reported
    (``on_outcome``) in order, each exactly once, an article only once its group is committed;
    when a commit fails, every article of the group is reported failed."""

    def __init__(
        self, writer: ArticleWriter, on_outcome: Callable[[IngestOutcome], None] | None
    ) -> None:
        self.writer = writer
        self.on_outcome = on_outcome
        self.outcomes: list[IngestOutcome] = []
        self.uncommitted: list[int] = []  # outcomes stored in the writer's open transaction
        self.reported = 0
        self.group_started = 0.0  # when the first uncommitted article was stored

    def store(self, prepared: _Prepared) -> None:
        try:
            outcome = _store(self.writer, prepared)
        except NotCommittedError as exc:  # the group's commit failed; this article was in it
            self.outcomes.append(_not_stored(prepared.label, exc))
            self._lost(exc)
        else:
            if outcome.status != "failed":
                if not self.uncommitted:
                    self.group_started = time.monotonic()
                self.uncommitted.append(len(self.outcomes))
            self.outcomes.append(outcome)
            if not self.writer.pending:  # committed with this article
                self.uncommitted.clear()
        if self.uncommitted and self.wait_left() == 0:
            self.commit()
        self.report()

    def wait_left(self) -> float | None:
        """Seconds until the open group is due to be committed; None when there is none."""
        if not self.uncommitted:
            return None
        return max(0.0, self.group_started + COMMIT_AFTER_SECONDS - time.monotonic())

    def commit(self) -> None:
        """Commit the open group (its articles are reported failed if that fails), then report
        what can be."""
        try:
            self.writer.commit()
        except NotCommittedError as exc:
            self._lost(exc)
        else:
            self.uncommitted.clear()
        self.report()

    def _lost(self, exc: NotCommittedError) -> None:
        for at in self.uncommitted:
            self.outcomes[at] = _not_stored(self.outcomes[at].path, exc)
        self.uncommitted.clear()

    def report(self) -> None:
        """Call ``on_outcome`` for the outcomes not reported yet, up to the first one that
        waits for its group's commit. Each is counted as reported before the call, so that
        one whose call raised is not reported again."""
        end = self.uncommitted[0] if self.uncommitted else len(self.outcomes)
        while self.reported < end:
            outcome = self.outcomes[self.reported]
            self.reported += 1
            if self.on_outcome is not None:
                self.on_outcome(outcome)


def _not_stored(label: str, exc: NotCommittedError) -> IngestOutcome:
    return IngestOutcome(label, "failed", message=f"{label}: {exc}")


def _prepared_stream(
    jobs: Iterator[Job], options: IngestOptions, batch: _Batch
) -> Iterator[_Prepared]:
    """The jobs loaded and extracted, in order. While it waits for a worker's result, the open
    group of ``batch`` is committed once it is due."""
    if options.workers <= 1:
        for job in jobs:
            yield _prepare(job, options)
        return
    # Workers may run only so far ahead of the writer: extracted articles waiting to be stored
    # stay few, so memory stays flat however long the batch (imap alone queues them all).
    ahead = threading.Semaphore(options.workers * AHEAD_PER_WORKER)
    done = threading.Event()

    def throttled() -> Iterator[tuple[Job, IngestOptions]]:
        for job in jobs:
            ahead.acquire()
            if done.is_set():
                return
            yield job, options

    with multiprocessing.get_context().Pool(options.workers, _worker_start) as pool:
        try:
            # One job a task: imap gives its results one by one, so that the writer can wait
            # for the next with a timeout.
            results = pool.imap(_prepare_star, throttled())
            while True:
                try:
                    packed = _next_result(results, batch)
                except StopIteration:
                    return
                ahead.release()
                yield pickle.loads(packed)
        finally:
            done.set()
            ahead.release(options.workers * AHEAD_PER_WORKER + 1)  # unblock the feeder


def _worker_start() -> None:
    """Each worker process runs at a lower priority than the writer: the writer is the one
    stage that cannot run in parallel, so when the processes of an ingest (or of anyone else)
    contend for the cores, it should not wait for the extractions that it will store only
    after the ones before them."""
    with contextlib.suppress(OSError):  # not allowed here: the same priority, then
        os.nice(WORKER_NICENESS)


def _next_result(results: IMapIterator[bytes], batch: _Batch) -> bytes:
    """The next result of the pool's ``imap``; when it is not there before the open group is
    due, the group is committed first (rather than wait uncommitted for an extraction)."""
    wait = batch.wait_left()
    if wait is not None:
        try:
            return results.next(timeout=wait)
        except multiprocessing.TimeoutError:
            batch.commit()
    return results.next()


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    options: IngestOptions = IngestOptions(),
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> list[IngestOutcome]:
    """Ingest every article found in ``paths`` (files, folders, JSON Lines batches). Each is
    stored entirely or not at all; they are committed by groups (``COMMIT_EVERY`` articles, or
    fewer when the first of them has waited ``COMMIT_AFTER_SECONDS``; see there), and
    ``on_outcome`` is called once for each, in order, e.g. for progress: for a stored or
    duplicate article once its group is committed. When a group's commit fails, each of its
    articles is reported failed ("not committed: ...") and the batch goes on with the next."""
    jobs = iter_jobs(find_files(paths), options)
    with ArticleWriter(engine, group=COMMIT_EVERY) as writer:
        batch = _Batch(writer, on_outcome)
        try:
            for prepared in _prepared_stream(jobs, options, batch):
                batch.store(prepared)
        finally:
            # What is stored so far lands, even when the batch stops early.
            batch.commit()
    return batch.outcomes


def ingest_file(
    engine: Engine, path: Path, options: IngestOptions = IngestOptions()
) -> IngestOutcome:
    """Ingest one text or HTML file."""
    with ArticleWriter(engine) as writer:
        return _store(writer, _prepare(Job(str(path), path=path), options))
