"""The ``tracker`` command: a thin layer over the library. Each command parses its options,
calls one library function, and renders the result."""

from __future__ import annotations

import typer

from tracker import __version__
from tracker.cli import article, claim, claims, db, eval, events, export, ingest, query, search

app = typer.Typer(
    help="Turn news articles into a chronology of dated events and check-worthy claims.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def main_options(
    ctx: typer.Context,
    db_url: str | None = typer.Option(
        None,
        "--db",
        envvar="TRACKER_DB",
        help="SQLite file or SQLAlchemy URL (postgresql+psycopg://...). Default: ./tracker.db",
    ),
    version: bool = typer.Option(
        False, "--version", help="Print the version and exit.", is_eager=True
    ),
) -> None:
    """Global options."""
    if version:
        typer.echo(__version__)
        raise typer.Exit()
    ctx.ensure_object(dict)["db"] = db_url


app.command("ingest")(ingest.ingest)
app.add_typer(events.app, name="events")
app.add_typer(claims.app, name="claims")
app.command("articles")(query.articles)
app.command("show")(query.show)
app.command("timeline")(query.timeline)
app.command("export")(export.export_command)
app.command("search")(search.search_command)
app.add_typer(article.app, name="article")
app.add_typer(claim.app, name="claim")
app.add_typer(db.app, name="db")
app.add_typer(eval.app, name="eval")


def main() -> None:
    """Console-script entry point."""
    app()
