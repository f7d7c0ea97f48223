"""``tracker export``: write the chronology or the claims to a file."""

from __future__ import annotations

import typer

from tracker.cli.common import engine_from, fail, user_errors
from tracker.cli.query import (
    ACTOR,
    ARTICLE,
    FROM,
    LIMIT,
    MODALITY,
    PLACE,
    PRECISION,
    TEXT,
    TO,
    TYPE,
    event_filter,
)
from tracker.export.request import ExportRequest
from tracker.export.service import FORMATS, export


def export_command(
    ctx: typer.Context,
    fmt: str = typer.Option("csv", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    out: str | None = typer.Option(
        None, "--out", "-o", help="File to write; - for stdout. Default: exports/."
    ),
    what: str = typer.Option("events", "--what", help="events or claims (CSV)."),
    publisher: str | None = typer.Option(
        None, "--publisher", help="ClaimReview author (default: who gave the verdict)."
    ),
    group_by: str | None = typer.Option(None, "--group", help="TimelineJS groups: type or actor."),
    title: str = typer.Option(
        "Timeline", "--title", help="Title of the TimelineJS/Markdown export."
    ),
    date_from: str | None = FROM,
    date_to: str | None = TO,
    actor: str | None = ACTOR,
    place: str | None = PLACE,
    type_: str | None = TYPE,
    article: int | None = ARTICLE,
    text: str | None = TEXT,
    precision: str | None = PRECISION,
    modality: str | None = MODALITY,
    limit: int | None = LIMIT,
) -> None:
    """Export the chronology (csv, json, jsonl, timelinejs, markdown, ics), claims
    (--what claims) or verdicts (claimreview); the filters of `tracker events` apply."""
    if group_by not in (None, "type", "actor"):
        raise fail(f"unknown group {group_by!r}; choose type or actor")
    flt = event_filter(
        date_from, date_to, actor, place, type_, article, text, precision, modality, limit
    )
    engine = engine_from(ctx)
    with user_errors():
        request = ExportRequest(
            what=what, events=flt, publisher=publisher, group_by=group_by, title=title
        )
        result = export(engine, fmt, out, request)
    if result.path != "-":
        typer.echo(f"wrote {result.records} {what} to {result.path}", err=True)
