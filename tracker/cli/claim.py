"""``tracker claim``: one claim's verification — set its status, read its history, show it."""

from __future__ import annotations

import json

import typer

from tracker.cli.common import engine_from, user_errors
from tracker.export.records import claim_record
from tracker.store.engine import read_session
from tracker.store.queries import get_claim
from tracker.store.verification import claim_history, set_claim_status
from tracker.store.views import StatusView

app = typer.Typer(help="Verify one claim: status, history, details.", no_args_is_help=True)


def status_record(s: StatusView) -> dict[str, object]:
    """A history entry as JSON."""
    return {
        "status": s.status,
        "label": s.label,
        "note": s.note,
        "evidence": list(s.evidence),
        "by": s.changed_by,
        "at": s.changed_at.isoformat(),
    }


@app.command("set-status")
def set_status(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID"),
    status: str = typer.Argument(
        ..., help="unchecked, in_progress, verified, false, misleading, unproven, or a custom label"
    ),
    note: str | None = typer.Option(None, "--note", help="Why: what was checked."),
    evidence: list[str] | None = typer.Option(
        None, "--evidence", help="URL of evidence; repeatable."
    ),
    by: str | None = typer.Option(None, "--by", help="Who made the change."),
) -> None:
    """Record a new status for a claim; the history keeps every earlier one."""
    with user_errors():
        change = set_claim_status(
            engine_from(ctx), claim_id, status, note=note, evidence=evidence or [], by=by
        )
    label = f" ({change.label})" if change.label else ""
    typer.echo(f"claim {claim_id}: {change.status}{label}")


@app.command("history")
def history(
    ctx: typer.Context,
    claim_id: int = typer.Argument(..., metavar="ID"),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Every status the claim has had, oldest first."""
    with user_errors(), read_session(engine_from(ctx)) as session:
        entries = claim_history(session, claim_id)
    if as_json:
        typer.echo(json.dumps([status_record(e) for e in entries], ensure_ascii=False, indent=2))
        return
    for e in entries:
        label = f" ({e.label})" if e.label else ""
        who = f" by {e.changed_by}" if e.changed_by else ""
        typer.echo(f"{e.changed_at:%Y-%m-%d %H:%M} {e.status}{label}{who}")
        if e.note:
            typer.echo(f"    {e.note}")
        for url in e.evidence:
            typer.echo(f"    evidence: {url}")


@app.command("show")
def show(ctx: typer.Context, claim_id: int = typer.Argument(..., metavar="ID")) -> None:
    """The claim with its figures, sources and status history, as JSON."""
    with user_errors(), read_session(engine_from(ctx)) as session:
        record = claim_record(get_claim(session, claim_id))
        record["history"] = [status_record(e) for e in claim_history(session, claim_id)]
    typer.echo(json.dumps(record, ensure_ascii=False, indent=2))
