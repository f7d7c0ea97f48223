"""Markdown: a chronology ready to paste into a story or a wiki — dates as people write them,
one bullet per event, sources cited as links."""

from __future__ import annotations

import re
from typing import TextIO

from sqlmodel import Session

from tracker.export.request import ExportRequest
from tracker.store.queries import list_events
from tracker.store.views import SourceView
from tracker.timeline import build_timeline

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md_escape(text: str) -> str:
    """Escape characters Markdown would read as markup (article text is untrusted)."""
    return _SPECIAL.sub(r"\\\1", text)


def _cite(source: SourceView) -> str:
    label = md_escape(source.article_title or f"article {source.article_id}")
    url = source.url or ""
    if url.startswith(("http://", "https://")):
        return f"[{label}](<{url.replace('>', '%3E')}>)"
    return label


def write_markdown(session: Session, out: TextIO, request: ExportRequest) -> int:
    """Write the chronology as Markdown; returns the number of events."""
    views = list_events(session, request.events)
    by_id = {v.id: v for v in views}
    out.write(f"# {md_escape(request.title)}\n")
    for section in build_timeline(views):
        out.write(f"\n## {md_escape(section.heading)}\n\n")
        for entry in section.entries:
            who = "; ".join(md_escape(x) for x in (*entry.actors, *entry.places))
            sources = ", ".join(_cite(s) for s in by_id[entry.event_id].sources)
            line = f"- **{md_escape(entry.when)}** — {md_escape(entry.title)}"
            if who:
                line += f" ({who})"
            if sources:
                line += f". Source: {sources}"
            out.write(line + "\n")
    return len(views)
