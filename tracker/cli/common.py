"""Shared CLI plumbing: the database option, turning domain errors into one stderr line and a
non-zero exit, and rendering records as table, JSON, JSON Lines or CSV."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import Engine

from tracker.dates import parse_user_date
from tracker.errors import TrackerError
from tracker.export.csv_export import write_csv
from tracker.store.engine import open_store

OUTPUT_FORMATS = ("table", "json", "jsonl", "csv")
console = Console()
err_console = Console(stderr=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` on stderr and return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn TrackerError into one line on stderr and exit code 1, without a traceback."""
    try:
        yield
    except TrackerError as exc:
        raise fail(str(exc)) from None


def engine_from(ctx: typer.Context) -> Engine:
    """The store named by the global ``--db`` option, opened and upgraded once per command."""
    obj = ctx.ensure_object(dict)
    if "engine" not in obj:
        with user_errors():
            obj["engine"] = open_store(obj.get("db"))
        ctx.call_on_close(obj["engine"].dispose)
    engine: Engine = obj["engine"]
    return engine


def parse_date_option(value: str | None, name: str, *, end: bool = False) -> date | None:
    """A date option typed by a person; a bad one exits with a clear message."""
    if value is None:
        return None
    with user_errors():
        try:
            return parse_user_date(value, end=end)
        except TrackerError as exc:
            raise type(exc)(f"{name}: {exc}") from None


def check_format(fmt: str, allowed: Sequence[str] = OUTPUT_FORMATS) -> str:
    """Validate an output format option."""
    if fmt not in allowed:
        raise fail(f"unknown format {fmt!r}; choose one of: {', '.join(allowed)}")
    return fmt


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def render(
    records: list[dict[str, Any]],
    fmt: str,
    *,
    columns: Sequence[tuple[str, str]],
    csv_rows: list[dict[str, Any]] | None = None,
    csv_columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Print ``records`` as a rich table (``columns`` = (key, header)), JSON, JSONL or CSV."""
    if fmt == "json":
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2, default=_jsonable))
    elif fmt == "jsonl":
        for record in records:
            typer.echo(json.dumps(record, ensure_ascii=False, default=_jsonable))
    elif fmt == "csv":
        rows = csv_rows if csv_rows is not None else records
        write_csv(sys.stdout, csv_columns or [k for k, _ in columns], rows)
    else:
        table = Table(title=title, show_lines=False, header_style="bold")
        for _, header in columns:
            table.add_column(header, overflow="fold")
        for record in records:
            table.add_row(*(_cell(record.get(key)) for key, _ in columns))
        console.print(table)
        if not records:
            err_console.print("no results")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
