"""``tracker ingest``: store articles from text, Markdown and HTML files and JSON Lines batches."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from tracker.cli.common import engine_from, err_console, fail, parse_date_option
from tracker.ingest import IngestOptions, IngestOutcome, ingest_paths
from tracker.load.jsonl import JSONL_SUFFIXES
from tracker.load.sources import find_files
from tracker.load.text import DEFAULT_MAX_BYTES

PROGRESS_FROM = 10  # files: show a progress bar from this many on, on a terminal


class _RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "", style="progress.data.speed")


def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ..., help="Articles (.txt, .md, .html, .jsonl) or folders to search recursively."
    ),
    published: str | None = typer.Option(None, "--published", help="Publication date."),
    source: str | None = typer.Option(None, "--source", help="Publication or outlet name."),
    url: str | None = typer.Option(None, "--url", help="URL of the article."),
    title: str | None = typer.Option(None, "--title", help="Title (default: the first line)."),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Largest article accepted."
    ),
    day_first: bool = typer.Option(False, "--day-first", help="Read 8/10/2021 as 8 October."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes."),
) -> None:
    """Extract events and claims from articles and store them. Already stored articles are
    skipped; an article that fails is reported and the others still land (exit code 1)."""
    options = IngestOptions(
        published=parse_date_option(published, "--published"),
        source=source,
        url=url,
        title=title,
        max_bytes=max_bytes,
        day_first=day_first,
        workers=workers,
    )
    files = find_files(paths)
    if not files:
        raise fail("no articles (.txt, .md, .html, .jsonl) found in " + ", ".join(map(str, paths)))
    engine = engine_from(ctx)
    batch = any(f.suffix.lower() in JSONL_SUFFIXES for f in files)
    show_bar = (len(files) >= PROGRESS_FROM or batch) and sys.stderr.isatty()
    with Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=not show_bar,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None if batch else len(files))

        def report(outcome: IngestOutcome) -> None:
            progress.advance(task)
            _print_outcome(outcome)

        outcomes = ingest_paths(engine, files, options, on_outcome=report)
    stored = sum(o.status == "stored" for o in outcomes)
    duplicates = sum(o.status == "duplicate" for o in outcomes)
    failed = sum(o.status == "failed" for o in outcomes)
    typer.echo(f"{stored} stored, {duplicates} already stored, {failed} failed", err=True)
    if failed:
        raise typer.Exit(1)


def _print_outcome(o: IngestOutcome) -> None:
    if o.status == "failed":
        typer.echo(f"error: {o.message}", err=True)
        return
    if o.status == "duplicate":
        typer.echo(f"skipped  {o.path}: already stored as article {o.article_id}", err=True)
        return
    when = o.published.isoformat() if o.published else "no date"
    if o.published_inferred:
        when += " (inferred)"
    typer.echo(
        f"stored   {o.path}: article {o.article_id}, {when}, {o.events} events, {o.claims} claims",
        err=True,
    )
    for warning in o.warnings:
        typer.echo(f"warning: {o.path}: {warning}", err=True)
