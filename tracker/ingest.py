"""Ingesting article files: load, extract (pure), store, one transaction per article.
A failure is reported for its file and never stops the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine

from tracker.errors import TrackerError
from tracker.extract import extract
from tracker.load.text import DEFAULT_MAX_BYTES, load_text_article
from tracker.store.repo import store_article


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What the user said about the articles being ingested."""

    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    day_first: bool = False


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one file: ``status`` is stored, duplicate or failed."""

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


def ingest_file(
    engine: Engine, path: Path, options: IngestOptions = IngestOptions()
) -> IngestOutcome:
    """Load, extract and store one article file; errors become a failed outcome."""
    try:
        document = load_text_article(
            path,
            published=options.published,
            source=options.source,
            url=options.url,
            title=options.title,
            max_bytes=options.max_bytes,
        )
        extraction = extract(
            document.text, document.published, source=document.source, day_first=options.day_first
        )
        stored = store_article(engine, document, extraction)
    except TrackerError as exc:
        return IngestOutcome(str(path), "failed", message=str(exc))
    return IngestOutcome(
        str(path),
        "stored" if stored.created else "duplicate",
        article_id=stored.article_id,
        title=document.title,
        published=extraction.published,
        published_inferred=extraction.published_inferred,
        events=stored.events,
        claims=stored.claims,
        warnings=extraction.warnings if stored.created else (),
    )


def ingest_paths(
    engine: Engine,
    paths: Iterable[Path],
    options: IngestOptions = IngestOptions(),
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> list[IngestOutcome]:
    """Ingest every file in ``paths`` (each its own transaction); ``on_outcome`` is called after
    each, e.g. to advance a progress bar."""
    outcomes = []
    for path in paths:
        outcome = ingest_file(engine, path, options)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes
