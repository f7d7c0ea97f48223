"""What an export is asked for: the content, its filters and format options."""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.store.queries import ClaimFilter, EventFilter


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Options shared by every format; each writer reads the ones it needs."""

    what: str = "events"
    events: EventFilter = field(default_factory=EventFilter)
    claims: ClaimFilter = field(default_factory=ClaimFilter)
    publisher: str | None = None
    group_by: str | None = None  # timelinejs: "type" or "actor"
    title: str = "Timeline"
