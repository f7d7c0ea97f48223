"""``tracker claims``: list claims, and train or try the check-worthiness model."""

from __future__ import annotations

from pathlib import Path

import typer

from tracker.cli.common import user_errors
from tracker.cli.query import claims as list_claims_command
from tracker.errors import TrackerError
from tracker.extract.claimscore.scorer import MODEL_PATH, THRESHOLD, load_model

app = typer.Typer(
    help="List claims, or train and try the claim model.",
    invoke_without_command=True,
    callback=list_claims_command,
)


@app.command("train")
def train(
    data: Path = typer.Option(..., "--data", help="ClaimBuster-style CSV (Text, Verdict)."),
    out: Path = typer.Option(
        MODEL_PATH, "--out", help="Model file to write (.json.gz, or .json uncompressed)."
    ),
    seed: int = typer.Option(13, "--seed", help="Seed of the folds and the solver."),
) -> None:
    """Rebuild the claim model reproducibly (same data and seed, byte-identical file) and print
    its 5-fold cross-validated figures. Needs scikit-learn (the "train" extra)."""
    from tracker.extract.claimscore import train as training

    with user_errors():
        if not training.sklearn_available():
            raise TrackerError(
                "training the claim model needs scikit-learn: pip install -e '.[train]'"
            )
        cv = training.train_model(data, out, seed)
    size = out.stat().st_size
    typer.echo(
        f"wrote {out} ({size / 1024:.0f} KB): {cv.folds}-fold CV positive-class "
        f"precision {cv.precision:.3f}, recall {cv.recall:.3f}, F1 {cv.f1:.3f}"
    )


@app.command("score")
def score(
    sentences: list[str] = typer.Argument(..., help="Sentences to score."),
    model: Path = typer.Option(MODEL_PATH, "--model", help="Model file."),
) -> None:
    """Print each sentence's check-worthiness score (a claim from 0.5), tab-separated."""
    with user_errors():
        loaded = load_model(model)
    for sentence in sentences:
        value = loaded.score(sentence)
        typer.echo(f"{value:.3f}\t{'claim' if value >= THRESHOLD else '-'}\t{sentence}")
