"""``tracker eval``: measure the extractors against gold data."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from tracker.cli.common import console, user_errors
from tracker.eval.events import evaluate_events
from tracker.eval.tempeval import TimexScores, score_timexes
from tracker.eval.timeml import find_timeml, read_timeml

app = typer.Typer(help="Measure extraction against gold data.", no_args_is_help=True)


@app.command("timex")
def timex(
    paths: list[Path] = typer.Argument(
        ..., help="TimeML files or folders (searched recursively for *.tml, *.tml.xml)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    errors: int = typer.Option(0, "--errors", min=0, help="List this many mismatches."),
) -> None:
    """TempEval-3 figures of the temporal tagger: strict and relaxed P/R/F1, type and value
    accuracy and F1, and characters per second."""
    with user_errors():
        docs = [read_timeml(p) for p in find_timeml(paths)]
    # Imported here so that this module loads even while the tagger is being edited.
    from tracker.eval.timex_adapter import timeml_timexes

    scores = score_timexes(docs, timeml_timexes)
    if as_json:
        typer.echo(json.dumps(scores.as_dict(), indent=2))
    else:
        console.print(_timex_table(scores))
    for m in scores.mismatches[:errors]:
        typer.echo(f"{m.kind:8} {m.doc}: {m.text!r} gold={m.gold or '-'} system={m.system or '-'}")


def _timex_table(scores: TimexScores) -> Table:
    sp, sr, sf = scores.strict_prf
    rp, rr, rf = scores.relaxed_prf
    title = (
        f"{scores.docs} documents, {scores.chars:,} chars: {scores.gold} gold, "
        f"{scores.system} found"
    )
    if scores.invalid or scores.ignored:
        title += f" ({scores.invalid} invalid, {scores.ignored} on the DCT ignored)"
    table = Table(title=title)
    for column in ("", "precision", "recall", "F1", "accuracy"):
        table.add_column(column, justify="right")
    table.add_row("strict span", f"{sp:.2%}", f"{sr:.2%}", f"{sf:.2%}", "")
    table.add_row("relaxed span", f"{rp:.2%}", f"{rr:.2%}", f"{rf:.2%}", "")
    table.add_row("type", "", "", f"{scores.type_f1:.2%}", f"{scores.type_accuracy:.2%}")
    table.add_row("value", "", "", f"{scores.value_f1:.2%}", f"{scores.value_accuracy:.2%}")
    table.caption = f"{scores.seconds:.2f} s in the tagger = {scores.chars_per_second:,.0f} chars/s"
    return table


@app.command("events")
def events(
    gold: list[Path] = typer.Argument(..., help="Event gold files (*.json) or folders."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    errors: int = typer.Option(0, "--errors", min=0, help="List this many misses."),
) -> None:
    """Event precision and recall against hand-made gold files: an event matches when its
    dates overlap a gold event's and it shares an actor or place with it."""
    with user_errors():
        scores = evaluate_events(gold)
    figures = {
        "files": scores.files,
        "gold": scores.gold,
        "extracted": scores.extracted,
        "matched": scores.matched,
        "precision": scores.precision,
        "recall": scores.recall,
        "f1": scores.f1,
    }
    if as_json:
        typer.echo(json.dumps(figures, indent=2))
    else:
        typer.echo(
            f"{scores.files} files: {scores.matched} of {scores.gold} gold events found, "
            f"{scores.extracted} extracted; precision {scores.precision:.2%}, "
            f"recall {scores.recall:.2%}, F1 {scores.f1:.2%}"
        )
    for miss in scores.misses[:errors]:
        typer.echo(f"{miss.kind:8} {miss.article}: {miss.description}")
