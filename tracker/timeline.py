"""Grouping events into a chronology by year and month, with dates as people write them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.display import format_when, month_name
from tracker.store.views import EventView


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the chronology."""

    event_id: int
    when: str
    title: str
    actors: tuple[str, ...]
    places: tuple[str, ...]
    source: str
    context: tuple[str, ...] = ()  # who the story is about, for an event that names no actor


@dataclass(frozen=True, slots=True)
class TimelineSection:
    """Events of one month (or of a year, or undated, when they are less precise)."""

    heading: str
    entries: tuple[TimelineEntry, ...]


_FINE = {"day", "week", "month"}


def build_timeline(events: Sequence[EventView]) -> list[TimelineSection]:
    """Sections in the events' order: "August 2021" for events precise to a month or better
    and for those known only to hold by a date ("as of", "before"), "2021" for coarser ones
    within a year, "2001–2021" for spans of years, "Undated" for the rest."""
    sections: list[tuple[str, list[TimelineEntry]]] = []
    for e in events:
        heading = _heading(e)
        if not sections or sections[-1][0] != heading:
            sections.append((heading, []))
        first = e.sources[0] if e.sources else None
        more = f" (+{len(e.sources) - 1} more)" if len(e.sources) > 1 else ""
        source = f"{first.article_title} [article {first.article_id}]{more}" if first else "?"
        said_by = next((s.said_by for s in e.sources if s.said_by), None)
        if said_by:  # says who
            source = f"{source}, says {said_by}"
        sections[-1][1].append(
            TimelineEntry(
                e.id,
                format_when(e.date, e.start, e.end, e.precision, e.as_of),
                e.title,
                e.actors,
                e.places,
                source,
                e.context,
            )
        )
    return [TimelineSection(h, tuple(entries)) for h, entries in sections]


def _heading(e: EventView) -> str:
    anchor = e.start or e.end
    if anchor is None:
        return "Undated"
    if e.as_of or e.precision in _FINE or e.start is None:
        return f"{month_name(anchor.month)} {anchor.year}"
    if e.end and e.start and e.start.year != e.end.year:
        return f"{e.start.year}–{e.end.year}"
    return str(anchor.year)
