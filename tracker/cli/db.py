"""``tracker db``: schema commands."""

from __future__ import annotations

import typer

from tracker.cli.common import user_errors
from tracker.store.engine import open_store
from tracker.store.migrate import current_revision, upgrade_to_head

app = typer.Typer(help="Database schema commands.", no_args_is_help=True)


@app.command()
def upgrade(ctx: typer.Context) -> None:
    """Bring the database schema up to the newest migration."""
    with user_errors():
        engine = open_store(ctx.find_root().ensure_object(dict).get("db"), upgrade=False)
        try:
            revision = upgrade_to_head(engine)
        finally:
            engine.dispose()
    typer.echo(f"database at revision {revision}")


@app.command()
def current(ctx: typer.Context) -> None:
    """Print the revision the database is at."""
    with user_errors():
        engine = open_store(ctx.find_root().ensure_object(dict).get("db"), upgrade=False)
        try:
            revision = current_revision(engine)
        finally:
            engine.dispose()
    typer.echo(revision or "empty (no migrations applied)")
