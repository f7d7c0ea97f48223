"""``export``: one library call behind ``tracker export``; writes to a file atomically or to a
stream, and returns what it wrote."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import Engine
from sqlmodel import select

from tracker.errors import InputError
from tracker.export.claimreview import claim_review
from tracker.export.csv_export import write_csv
from tracker.export.json_export import write_json
from tracker.export.records import (
    CLAIM_CSV_COLUMNS,
    EVENT_CSV_COLUMNS,
    article_record,
    claim_record,
    claim_row,
    event_record,
    event_row,
)
from tracker.store.engine import read_session
from tracker.store.models import ClaimLink
from tracker.store.queries import ClaimFilter, EventFilter, list_articles, list_claims, list_events
from tracker.store.verification import latest_verdicts

FORMATS = ("csv", "json", "claimreview")
WHAT = ("events", "claims")
DEFAULT_DIR = Path("exports")


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Where the export went and how many records it holds."""

    path: str
    format: str
    records: int


def default_path(fmt: str, what: str) -> Path:
    """exports/timeline.<ext> for events, exports/claims.<ext> for claims."""
    if fmt == "claimreview":
        return DEFAULT_DIR / "claimreview.json"
    return DEFAULT_DIR / f"{'timeline' if what == 'events' else 'claims'}.{fmt}"


def export(
    engine: Engine,
    fmt: str,
    out: str | None = None,
    *,
    what: str = "events",
    events: EventFilter = EventFilter(),
    claims: ClaimFilter = ClaimFilter(),
    stdout: TextIO | None = None,
    publisher: str | None = None,
) -> ExportResult:
    """Write the store's events (or claims) in ``fmt`` to ``out`` (a path, "-" for stdout, None
    for the default file under exports/). A file is replaced only once fully written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if what not in WHAT:
        raise InputError(f"unknown export content {what!r}; choose events or claims")
    writer = (
        _claimreview_writer(engine, claims, publisher)
        if fmt == "claimreview"
        else _writer(engine, fmt, what, events, claims)
    )
    if out == "-":
        stream = stdout or sys.stdout
        return ExportResult("-", fmt, writer(stream))
    path = Path(out) if out else default_path(fmt, what)
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file name")
    if not path.parent.exists():
        if out:
            raise InputError(f"cannot write {path}: folder {path.parent} does not exist")
        path.parent.mkdir(parents=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            count = writer(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return ExportResult(str(path), fmt, count)


def _writer(
    engine: Engine, fmt: str, what: str, events: EventFilter, claims: ClaimFilter
) -> Callable[[TextIO], int]:
    def write(stream: TextIO) -> int:
        with read_session(engine) as session:
            if fmt == "csv" and what == "events":
                return write_csv(
                    stream, EVENT_CSV_COLUMNS, map(event_row, list_events(session, events))
                )
            if fmt == "csv":
                return write_csv(
                    stream, CLAIM_CSV_COLUMNS, map(claim_row, list_claims(session, claims))
                )
            event_views = list_events(session, events)
            claim_views = list_claims(session, claims)
            links = session.exec(select(ClaimLink).order_by(ClaimLink.id)).all()
            write_json(
                stream,
                {
                    "articles": [article_record(a) for a in list_articles(session)],
                    "events": [event_record(e) for e in event_views],
                    "claims": [claim_record(c) for c in claim_views],
                    "claim_links": [
                        {
                            "claim_id": link.claim_id,
                            "other_claim_id": link.other_claim_id,
                            "relation": link.relation,
                            "note": link.note,
                        }
                        for link in links
                    ],
                },
            )
            return len(event_views) if what == "events" else len(claim_views)

    return write


def _claimreview_writer(
    engine: Engine, claims: ClaimFilter, publisher: str | None
) -> Callable[[TextIO], int]:
    def write(stream: TextIO) -> int:
        with read_session(engine) as session:
            views = list_claims(session, claims)
            verdicts = latest_verdicts(session, [c.id for c in views])
            reviews = [
                claim_review(c, verdicts[c.id], publisher=publisher)
                for c in views
                if c.id in verdicts
            ]
        write_json(stream, reviews)
        return len(reviews)

    return write
