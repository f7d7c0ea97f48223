"""``export``: one library call behind ``tracker export``. Each format is a writer
``(session, stream, request) -> records written``; files are written to a temporary name and
moved into place, so an interrupted export never leaves half a file."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from tracker.errors import InputError
from tracker.export.claimreview import claim_review
from tracker.export.csv_export import write_csv
from tracker.export.html_export import write_html
from tracker.export.ics_export import write_ics
from tracker.export.json_export import write_json
from tracker.export.jsonl_export import write_jsonl
from tracker.export.markdown_export import write_markdown
from tracker.export.records import (
    CLAIM_CSV_COLUMNS,
    EVENT_CSV_COLUMNS,
    article_record,
    claim_record,
    claim_row,
    event_record,
    event_row,
)
from tracker.export.request import ExportRequest
from tracker.export.timelinejs_export import write_timelinejs
from tracker.store.engine import read_session
from tracker.store.models import ClaimLink
from tracker.store.queries import iter_events, list_articles, list_claims, list_events
from tracker.store.verification import latest_verdicts

Writer = Callable[[Session, TextIO, ExportRequest], int]
WHAT = ("events", "claims")
DEFAULT_DIR = Path("exports")


@dataclass(frozen=True, slots=True)
class ExportResult:
    """Where the export went and how many records it holds."""

    path: str
    format: str
    records: int


def _write_csv(session: Session, out: TextIO, request: ExportRequest) -> int:
    if request.what == "claims":
        return write_csv(
            out, CLAIM_CSV_COLUMNS, map(claim_row, list_claims(session, request.claims))
        )
    return write_csv(out, EVENT_CSV_COLUMNS, map(event_row, iter_events(session, request.events)))


def _write_json(session: Session, out: TextIO, request: ExportRequest) -> int:
    events = list_events(session, request.events)
    claims = list_claims(session, request.claims)
    links = session.exec(select(ClaimLink).order_by(ClaimLink.id)).all()
    write_json(
        out,
        {
            "articles": [article_record(a) for a in list_articles(session)],
            "events": [event_record(e) for e in events],
            "claims": [claim_record(c) for c in claims],
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
    return len(claims) if request.what == "claims" else len(events)


def _write_claimreview(session: Session, out: TextIO, request: ExportRequest) -> int:
    claims = list_claims(session, request.claims)
    verdicts = latest_verdicts(session, [c.id for c in claims])
    reviews = [
        claim_review(c, verdicts[c.id], publisher=request.publisher)
        for c in claims
        if c.id in verdicts
    ]
    write_json(out, reviews)
    return len(reviews)


# format -> (writer, file name under exports/ for events, for claims)
FORMATS: dict[str, tuple[Writer, str, str]] = {
    "csv": (_write_csv, "timeline.csv", "claims.csv"),
    "json": (_write_json, "timeline.json", "timeline.json"),
    "jsonl": (write_jsonl, "timeline.jsonl", "claims.jsonl"),
    "claimreview": (_write_claimreview, "claimreview.json", "claimreview.json"),
    "timelinejs": (write_timelinejs, "timelinejs.json", "timelinejs.json"),
    "markdown": (write_markdown, "timeline.md", "timeline.md"),
    "ics": (write_ics, "timeline.ics", "timeline.ics"),
    "html": (write_html, "timeline.html", "timeline.html"),
}


def default_path(fmt: str, what: str) -> Path:
    """The file under exports/ a format writes to when no --out is given."""
    _, events_name, claims_name = FORMATS[fmt]
    return DEFAULT_DIR / (claims_name if what == "claims" else events_name)


def export(
    engine: Engine,
    fmt: str,
    out: str | None = None,
    request: ExportRequest = ExportRequest(),
    *,
    stdout: TextIO | None = None,
) -> ExportResult:
    """Write the store's events or claims in ``fmt`` to ``out`` (a path, "-" for stdout, None
    for the default file under exports/)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if request.what not in WHAT:
        raise InputError(f"unknown export content {request.what!r}; choose events or claims")
    writer = FORMATS[fmt][0]

    def run(stream: TextIO) -> int:
        with read_session(engine) as session:
            return writer(session, stream, request)

    if out == "-":
        return ExportResult("-", fmt, run(stdout or sys.stdout))
    path = Path(out) if out else default_path(fmt, request.what)
    if path.is_dir():
        raise InputError(f"{path} is a folder; give a file name")
    if not path.parent.exists():
        if out:
            raise InputError(f"cannot write {path}: folder {path.parent} does not exist")
        path.parent.mkdir(parents=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            count = run(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return ExportResult(str(path), fmt, count)
