"""``tracker events``: the chronology, and a person's decisions on it (merge, split, keep
apart, candidates)."""

from __future__ import annotations

import json
from dataclasses import asdict

import typer

from tracker.cli.common import engine_from, user_errors
from tracker.cli.query import events as list_events_command
from tracker.store.decisions import keep_apart, list_candidates, merge_events, split_event
from tracker.store.engine import read_session

app = typer.Typer(
    help="List events, or decide on them.",
    invoke_without_command=True,
    callback=list_events_command,
)
BY = typer.Option(None, "--by", help="Who decided.")


@app.command("merge")
def merge(
    ctx: typer.Context,
    keep_id: int = typer.Argument(..., metavar="ID", help="The event to keep."),
    other_id: int = typer.Argument(..., metavar="OTHER", help="The event folded into it."),
    by: str | None = BY,
) -> None:
    """Confirm that two events are one: OTHER's sources, actors and claims move to ID."""
    with user_errors():
        merge_events(engine_from(ctx), keep_id, other_id, by=by)
    typer.echo(f"event {other_id} merged into event {keep_id}")


@app.command("split")
def split(
    ctx: typer.Context,
    event_id: int = typer.Argument(..., metavar="ID"),
    source_id: int = typer.Argument(..., metavar="SOURCE", help="Source id (see `show event`)."),
    by: str | None = BY,
) -> None:
    """Undo a match: move one source of an event into an event of its own."""
    with user_errors():
        new_id = split_event(engine_from(ctx), event_id, source_id, by=by)
    typer.echo(f"source {source_id} is now event {new_id}")


@app.command("keep-apart")
def keep_apart_command(
    ctx: typer.Context,
    event_id: int = typer.Argument(..., metavar="ID"),
    other_id: int = typer.Argument(..., metavar="OTHER"),
    by: str | None = BY,
) -> None:
    """Reject a candidate: the two events are different and are never merged."""
    with user_errors():
        keep_apart(engine_from(ctx), event_id, other_id, by=by)
    typer.echo(f"events {event_id} and {other_id} kept apart")


@app.command("candidates")
def candidates(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Pairs of events that may be one, for a person to merge or keep apart."""
    with read_session(engine_from(ctx)) as session:
        found = list_candidates(session)
    if as_json:
        records = [asdict(c) for c in found]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    for c in found:
        typer.echo(f"{c.event_id} ~ {c.other_event_id}  score {c.score:.2f}")
        typer.echo(f"    {c.event_title}\n    {c.other_title}\n    why: {c.note}")
