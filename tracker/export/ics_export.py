"""iCalendar (RFC 5545): day- and range-precision events as all-day calendar entries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TextIO

from sqlmodel import Session

from tracker.export.request import ExportRequest
from tracker.store.queries import list_events
from tracker.store.views import EventView


def ics_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r", "")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets, continuation lines starting with a space."""
    out: list[str] = []
    current = b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _calendar_event(e: EventView, stamp: str) -> list[str]:
    assert e.start is not None and e.end is not None
    sources = "; ".join(
        f"{s.article_title} ({s.url or 'article ' + str(s.article_id)})" for s in e.sources
    )
    quote = e.sources[0].quote if e.sources else ""
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{e.id}@tracker",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{e.start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{e.end + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{ics_text(e.title)}",
        f"DESCRIPTION:{ics_text(quote + (chr(10) + 'Sources: ' + sources if sources else ''))}",
        f"CATEGORIES:{ics_text(e.type)}",
    ]
    if e.places:
        lines.append(f"LOCATION:{ics_text(', '.join(e.places))}")
    lines.append("END:VEVENT")
    return lines


def write_ics(session: Session, out: TextIO, request: ExportRequest) -> int:
    """Write every event known to the day (single days and day ranges); returns how many."""
    events = [
        e
        for e in list_events(session, request.events)
        if e.precision == "day" and e.start and e.end and not e.as_of
    ]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//tracker//timeline//EN",
        "CALSCALE:GREGORIAN",
    ]
    for e in events:
        lines.extend(_calendar_event(e, stamp))
    lines.append("END:VCALENDAR")
    out.write("".join(fold(line) + "\r\n" for line in lines))
    return len(events)
