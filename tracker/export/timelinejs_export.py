"""TimelineJS 3 JSON: dates carry only the parts their precision knows; what TimelineJS cannot
show ("spring 2021", "as of Aug. 11, 2021") goes in display_date."""

from __future__ import annotations

import html
import json
from datetime import date
from typing import Any, TextIO

from sqlmodel import Session

from tracker.display import format_when
from tracker.export.request import ExportRequest
from tracker.store.queries import list_events
from tracker.store.views import EventView

_PARTS = {"day": 3, "week": 3, "month": 2, "season": 2, "quarter": 2, "half": 2}


def tl_date(d: date, precision: str) -> dict[str, int]:
    """A TimelineJS date object with year, month and day as far as ``precision`` knows them."""
    parts = _PARTS.get(precision, 1)
    out = {"year": d.year}
    if parts >= 2:
        out["month"] = d.month
    if parts >= 3:
        out["day"] = d.day
    return out


def _text(e: EventView) -> str:
    quote = f"<p>{html.escape(e.sources[0].quote)}</p>" if e.sources else ""
    links = []
    for s in e.sources:
        title = html.escape(s.article_title or f"article {s.article_id}")
        if s.url and s.url.startswith(("http://", "https://")):
            links.append(f'<a href="{html.escape(s.url, quote=True)}">{title}</a>')
        else:
            links.append(title)
    who = ", ".join(html.escape(x) for x in (*e.actors, *e.places))
    return (
        quote
        + (f"<p>{who}</p>" if who else "")
        + (f"<p>Sources: {', '.join(links)}</p>" if links else "")
    )


def _slide(e: EventView, group_by: str | None) -> dict[str, Any] | None:
    start = e.end if e.as_of else e.start
    if start is None or e.end is None:
        return None
    precision = "day" if e.as_of else e.precision
    slide: dict[str, Any] = {
        "unique_id": f"event-{e.id}",
        "start_date": tl_date(start, precision),
        "text": {"headline": html.escape(e.title), "text": _text(e)},
        "display_date": format_when(e.date, e.start, e.end, e.precision, e.as_of),
    }
    if not e.as_of and tl_date(e.end, precision) != slide["start_date"]:
        slide["end_date"] = tl_date(e.end, precision)
    if group_by == "type":
        slide["group"] = e.type.replace("_", " ")
    elif group_by == "actor" and e.actors:
        slide["group"] = e.actors[0]
    return slide


def timelinejs_document(
    events: list[EventView], title: str, group_by: str | None
) -> dict[str, Any]:
    """The whole TimelineJS document: a title slide and one slide per datable event."""
    slides = [s for s in (_slide(e, group_by) for e in events) if s is not None]
    return {
        "title": {"text": {"headline": html.escape(title), "text": f"<p>{len(slides)} events</p>"}},
        "events": slides,
    }


def write_timelinejs(session: Session, out: TextIO, request: ExportRequest) -> int:
    """Write the TimelineJS JSON; returns the number of slides."""
    document = timelinejs_document(
        list_events(session, request.events), request.title, request.group_by
    )
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(document["events"])
