"""``tracker search``: ranked full-text search over articles, events and claims."""

from __future__ import annotations

import typer
from rich.markup import escape

from tracker.cli.common import check_format, console, engine_from, render, user_errors
from tracker.store.engine import read_session
from tracker.store.search import HIGHLIGHT, KINDS, search


def search_command(
    ctx: typer.Context,
    query: str = typer.Argument(..., help="Words to find (all of them, any order)."),
    kind: list[str] | None = typer.Option(None, "--kind", "-k", help=f"Only {', '.join(KINDS)}."),
    limit: int = typer.Option(20, "--limit", min=1),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """Search articles, events and claims; best matches first, matched words highlighted."""
    check_format(fmt)
    with user_errors(), read_session(engine_from(ctx)) as session:
        hits = search(session, query, kinds=tuple(kind or KINDS), limit=limit)
    if fmt != "table":
        records = [
            {
                "kind": h.kind,
                "id": h.id,
                "title": h.title,
                "snippet": h.snippet,
                "rank": round(h.rank, 4),
            }
            for h in hits
        ]
        render(records, fmt, columns=[("kind", "kind"), ("id", "id"), ("snippet", "snippet")])
        return
    if not hits:
        typer.echo("no matches", err=True)
        return
    open_, close = HIGHLIGHT
    for h in hits:
        snippet = escape(h.snippet).replace(open_, "[bold yellow]").replace(close, "[/bold yellow]")
        console.print(f"[cyan]{h.kind} {h.id}[/cyan]  {escape(h.title)}", highlight=False)
        console.print(f"    {snippet}", highlight=False)
