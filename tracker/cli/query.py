"""Reading commands: ``events``, ``claims``, ``articles``, ``show``, ``timeline``."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.markup import escape

from tracker.cli.common import (
    OUTPUT_FORMATS,
    check_format,
    console,
    engine_from,
    fail,
    parse_date_option,
    render,
    user_errors,
)
from tracker.display import format_when
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
from tracker.store.queries import (
    ClaimFilter,
    EventFilter,
    changed_claims,
    get_article,
    get_claim,
    get_event,
    list_articles,
    list_claims,
    list_events,
)
from tracker.timeline import build_timeline

PASSIVE = {
    "updates": "updated by",
    "contradicts": "contradicted by",
    "repeats": "repeated by",
    "supports": "supported by",
}
FORMAT_HELP = f"Output format: {', '.join(OUTPUT_FORMATS)}."


def event_filter(
    date_from: str | None,
    date_to: str | None,
    actor: str | None,
    place: str | None,
    type_: str | None,
    article: int | None,
    text: str | None,
    precision: str | None,
    modality: str | None,
    limit: int | None,
) -> EventFilter:
    """Build an EventFilter from command-line options (dates as people type them)."""
    return EventFilter(
        date_from=parse_date_option(date_from, "--from"),
        date_to=parse_date_option(date_to, "--to", end=True),
        actor=actor,
        place=place,
        type=type_,
        article_id=article,
        text=text,
        precision=precision,
        modality=modality,
        limit=limit,
    )


FROM = typer.Option(None, "--from", help="Events that end on or after this date.")
TO = typer.Option(None, "--to", help="Events that start on or before this date.")
ACTOR = typer.Option(
    None, "--actor", help="Actor name contains this (its own actors, or its story context)."
)
PLACE = typer.Option(None, "--place", help="Place name contains this.")
TYPE = typer.Option(None, "--type", help="Event type (e.g. military_exercise).")
ARTICLE = typer.Option(None, "--article", help="Reported by this article id.")
TEXT = typer.Option(None, "--text", help="Title or quote contains this.")
PRECISION = typer.Option(None, "--precision", help="day, week, month, season, year...")
MODALITY = typer.Option(
    None, "--modality", help="asserted, reported, planned, negated, hypothetical."
)
LIMIT = typer.Option(None, "--limit", min=1, help="At most this many.")


def events(
    ctx: typer.Context,
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
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
) -> None:
    """List events in chronological order (or run one of the commands below)."""
    if ctx.invoked_subcommand is not None:
        return
    check_format(fmt)
    flt = event_filter(
        date_from, date_to, actor, place, type_, article, text, precision, modality, limit
    )
    with read_session(engine_from(ctx)) as session:
        views = list_events(session, flt)
    records = [event_record(v) for v in views]
    for record, view in zip(records, views, strict=True):
        record["when"] = format_when(view.date, view.start, view.end, view.precision, view.as_of)
        record["source_ids"] = list(view.article_ids)
    render(
        records,
        fmt,
        columns=[
            ("id", "id"),
            ("when", "when"),
            ("title", "event"),
            ("type", "type"),
            ("actors", "actors"),
            ("places", "places"),
            ("source_ids", "articles"),
        ],
        csv_rows=[event_row(v) for v in views],
        csv_columns=EVENT_CSV_COLUMNS,
    )


def claims(
    ctx: typer.Context,
    status: str | None = typer.Option(None, "--status", help="Latest status, e.g. unchecked."),
    entity: str | None = typer.Option(
        None, "--entity", help="About an entity whose name contains this."
    ),
    article: int | None = ARTICLE,
    date_from: str | None = typer.Option(None, "--from", help="Made on or after this date."),
    date_to: str | None = typer.Option(None, "--to", help="Made on or before this date."),
    min_score: float | None = typer.Option(None, "--min-score", min=0.0, max=1.0),
    text: str | None = typer.Option(None, "--text", help="Claim text contains this."),
    changed: bool = typer.Option(
        False, "--changed", help="Only claims later reporting updated or contradicted."
    ),
    limit: int | None = LIMIT,
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
) -> None:
    """List claims, newest first (with --changed: most recently changed first), or run one
    of the commands below."""
    if ctx.invoked_subcommand is not None:
        return
    check_format(fmt)
    flt = ClaimFilter(
        status=status,
        entity=entity,
        article_id=article,
        date_from=parse_date_option(date_from, "--from"),
        date_to=parse_date_option(date_to, "--to", end=True),
        min_score=min_score,
        text=text,
        limit=limit,
    )
    with read_session(engine_from(ctx)) as session:
        views = changed_claims(session, limit) if changed else list_claims(session, flt)
    records = [claim_record(v) for v in views]
    for record, view in zip(records, views, strict=True):
        record["figures"] = [q["text"] for q in record["quantities"]]
        later = [link for link in view.links if link.direction == "in"]
        if later:
            record["status"] = f"{view.status}; " + "; ".join(
                f"{PASSIVE[link.relation]} #{link.other_claim_id}" for link in later
            )
        elif via := view.verdict_via:
            record["status"] = f"{view.status} ({via.other_status} via #{via.other_claim_id})"
    render(
        records,
        fmt,
        columns=[
            ("id", "id"),
            ("date", "made"),
            ("claimant", "claimant"),
            ("text", "claim"),
            ("figures", "figures"),
            ("status", "status"),
            ("score", "score"),
        ],
        csv_rows=[claim_row(v) for v in views],
        csv_columns=CLAIM_CSV_COLUMNS,
    )


def articles(
    ctx: typer.Context,
    limit: int | None = LIMIT,
    fmt: str = typer.Option("table", "--format", "-f", help=FORMAT_HELP),
) -> None:
    """List stored articles with their event and claim counts."""
    check_format(fmt)
    with read_session(engine_from(ctx)) as session:
        views = list_articles(session, limit)
    records = []
    for v in views:
        record = article_record(v)
        record.update(events=v.events, claims=v.claims, path=v.path)
        records.append(record)
    render(
        records,
        fmt,
        columns=[
            ("id", "id"),
            ("published", "published"),
            ("published_inferred", "inferred"),
            ("title", "title"),
            ("source", "source"),
            ("events", "events"),
            ("claims", "claims"),
        ],
    )


def show(
    ctx: typer.Context,
    kind: str = typer.Argument(..., help="event, claim or article"),
    item_id: int = typer.Argument(..., metavar="ID"),
) -> None:
    """Show one event, claim or article in full, as JSON."""
    if kind not in ("event", "claim", "article"):
        raise fail(f"unknown kind {kind!r}; choose event, claim or article")
    record: dict[str, Any]
    with user_errors(), read_session(engine_from(ctx)) as session:
        if kind == "event":
            record = event_record(get_event(session, item_id))
        elif kind == "claim":
            record = claim_record(get_claim(session, item_id))
        else:
            article = get_article(session, item_id)
            record = article_record(article)
            record.update(
                events=article.events, claims=article.claims, path=article.path, text=article.text
            )
    typer.echo(json.dumps(record, ensure_ascii=False, indent=2))


def timeline(
    ctx: typer.Context,
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
    """Print a readable chronology grouped by year and month."""
    flt = event_filter(
        date_from, date_to, actor, place, type_, article, text, precision, modality, limit
    )
    with read_session(engine_from(ctx)) as session:
        views = list_events(session, flt)
    if not views:
        typer.echo("no events", err=True)
        return
    for section in build_timeline(views):
        console.print(f"\n[bold]{section.heading}[/bold]")
        for entry in section.entries:
            who = ", ".join(entry.actors)
            where = ", ".join(entry.places)
            story = f"story: {', '.join(entry.context)}" if entry.context else ""
            context = " · ".join(part for part in (who, where, story) if part)
            console.print(
                f"  [cyan]{escape(entry.when)}[/cyan]  {escape(entry.title)}",
                highlight=False,
                markup=True,
            )
            if context:
                console.print(f"      {context}", style="dim", highlight=False, markup=False)
            console.print(
                f"      source: {entry.source}", style="dim", highlight=False, markup=False
            )
