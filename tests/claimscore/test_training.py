"""Training on a tiny synthetic set written here: reproducible to the byte, the runtime scorer
agrees with scikit-learn (train_model checks it), and the CLI prints the CV figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli.app import app
from tracker.extract.claimscore import load_model

pytest.importorskip("sklearn")


def tiny_csv(folder: Path) -> Path:
    rows = ["Sentence_id,Text,Verdict"]
    for i in range(60):
        rows.append(
            f'{3 * i},"The budget rose {i} percent to ${i + 3} million in {1990 + i % 20}.",1'
        )
        rows.append(f'{3 * i + 1},"I think we can do better, friend number {i}.",-1')
        rows.append(f'{3 * i + 2},"Our plan is good for the people of town {i}.",0')
    path = folder / "tiny.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_training_is_reproducible_and_prints_cv_figures(tmp_path: Path) -> None:
    data = tiny_csv(tmp_path)
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    result = CliRunner().invoke(app, ["claims", "train", "--data", str(data), "--out", str(first)])
    assert result.exit_code == 0, result.output
    assert "5-fold CV positive-class precision" in result.stdout and "F1 1.000" in result.stdout
    CliRunner().invoke(app, ["claims", "train", "--data", str(data), "--out", str(second)])
    assert first.read_bytes() == second.read_bytes()
    model = load_model(first)
    assert model.meta["seed"] == 13
    assert model.score("The budget rose 7 percent to $9 million in 1995.") >= 0.5
    assert model.score("I think we can do better.") < 0.5


def test_bad_labels_are_an_error_naming_the_line(tmp_path: Path) -> None:
    data = tmp_path / "bad.csv"
    data.write_text('Text,Verdict\n"A sentence.",1\n"Another.",yes\n', encoding="utf-8")
    result = CliRunner().invoke(
        app, ["claims", "train", "--data", str(data), "--out", str(tmp_path / "m.json.gz")]
    )
    assert result.exit_code == 1
    assert "line 3: Verdict must be 1, 0 or -1" in result.stderr
