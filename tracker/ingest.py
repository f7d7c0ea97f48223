"""Ingesting articles: load and extract (pure, optionally in worker processes), then store in
this process: the only writer (``ArticleWriter``, which keeps what linking reads in memory for
the whole batch). Each article is stored entirely or not at all, in a savepoint of its own, and
articles are committed by groups. A failure is reported for its file or line and never stops
the others."""

from __future__ import annotations

import dataclasses
import io
import multiprocessing
import pickle
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from tracker.errors import TrackerError
from tracker.extract import Extraction, extract
from tracker.load.document import Document
from tracker.load.sources import Job, LoadOptions, find_files, iter_jobs, load_job
from tracker.store.repo import ArticleWriter


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
    if prepared.error is not None or prepared.document is None or prepared.extraction is None:
        return IngestOutcome(prepared.label, "failed", message=prepared.error)
    document, extraction = prepared.document, prepared.extraction
    try:
        stored = writer.store(document, extraction)
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
# The writer commits every this many articles, and at least this often: one commit per
# article costs a write of the log each, and several articles share pages (indexes, the
# search index) that a group writes once.
COMMIT_EVERY = 50
COMMIT_AFTER_SECONDS = 1.0


def _prepared_stream(jobs: Iterator[Job], options: IngestOptions) -> Iterator[_Prepared]:
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

    with multiprocessing.get_context().Pool(options.workers) as pool:
        try:
            for packed in pool.imap(_prepare_star, throttled(), chunksize=2):
                ahead.release()
                yield pickle.loads(packed)
        finally:
            done.set()
            ahead.release(options.workers * AHEAD_PER_WORKER + 1)  # unblock the feeder


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    options: IngestOptions = IngestOptions(),
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> list[IngestOutcome]:
    """Ingest every article found in ``paths`` (files, folders, JSON Lines batches). Each is
    stored entirely or not at all; they are committed by groups (``COMMIT_EVERY`` articles, or
    what ``COMMIT_AFTER_SECONDS`` brought), and ``on_outcome`` is called for each, e.g. for
    progress, once it is committed."""
    outcomes: list[IngestOutcome] = []
    jobs = iter_jobs(find_files(paths), options)
    with ArticleWriter(engine, group=COMMIT_EVERY) as writer:
        reported = 0
        since = time.monotonic()
        try:
            for prepared in _prepared_stream(jobs, options):
                outcomes.append(_store(writer, prepared))
                if writer.pending and time.monotonic() - since >= COMMIT_AFTER_SECONDS:
                    writer.commit()
                if not writer.pending:
                    reported = _report(outcomes, reported, on_outcome)
                    since = time.monotonic()
        finally:
            # What is stored so far lands, even when the batch stops early.
            writer.commit()
            _report(outcomes, reported, on_outcome)
    return outcomes


def _report(
    outcomes: list[IngestOutcome],
    reported: int,
    on_outcome: Callable[[IngestOutcome], None] | None,
) -> int:
    """Call ``on_outcome`` for the outcomes from ``reported`` on; returns how many are."""
    if on_outcome is not None:
        for outcome in outcomes[reported:]:
            on_outcome(outcome)
    return len(outcomes)


def ingest_file(
    engine: Engine, path: Path, options: IngestOptions = IngestOptions()
) -> IngestOutcome:
    """Ingest one text or HTML file."""
    with ArticleWriter(engine) as writer:
        return _store(writer, _prepare(Job(str(path), path=path), options))
