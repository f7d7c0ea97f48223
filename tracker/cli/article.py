"""``tracker article``: commands on one stored article."""

from __future__ import annotations

import typer

from tracker.cli.common import engine_from, parse_date_option, user_errors
from tracker.redate import set_article_date

app = typer.Typer(help="Commands on one stored article.", no_args_is_help=True)


@app.command("set-date")
def set_date(
    ctx: typer.Context,
    article_id: int = typer.Argument(..., metavar="ID"),
    published: str = typer.Argument(..., metavar="DATE", help="The publication date."),
) -> None:
    """Set an article's publication date and re-resolve its relative dates."""
    day = parse_date_option(published, "DATE")
    assert day is not None
    with user_errors():
        result = set_article_date(engine_from(ctx), article_id, day)
    typer.echo(
        f"article {article_id} dated {day.isoformat()}: {result.events_updated} events re-dated, "
        f"{result.events_added} added, {result.events_removed} removed, "
        f"{result.claims_updated} claims re-dated"
    )
