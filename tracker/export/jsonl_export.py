"""JSON Lines: one record a line, streamed from the database so memory stays flat."""

from __future__ import annotations

import json
from typing import TextIO

from sqlmodel import Session

from tracker.export.records import claim_record, event_record
from tracker.export.request import ExportRequest
from tracker.store.queries import iter_events, list_claims


def write_jsonl(session: Session, out: TextIO, request: ExportRequest) -> int:
    """Write events (or claims) one JSON object a line; returns the number of lines."""
    n = 0
    if request.what == "claims":
        records = (claim_record(c) for c in list_claims(session, request.claims))
    else:
        records = (event_record(e) for e in iter_events(session, request.events))
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
