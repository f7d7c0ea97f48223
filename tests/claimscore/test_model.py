"""The shipped claim model: the runtime scorer reproduces the scores scikit-learn gave at
training time, scores are calibrated probabilities-like values monotone in the decision, the
file is small and says how it was made, and a missing or corrupt file is a clear ModelError."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli.app import app
from tracker.errors import TrackerError
from tracker.extract.claimscore import (
    MODEL_PATH,
    ModelError,
    claim_score,
    load_model,
    shipped_model,
)
from tracker.extract.claimscore.features import FEATURE_VERSION, char_terms, word_terms

SENTENCES = [
    "Officials said 14 bridges were destroyed and 300 kilometres of road washed away.",
    "The central bank raised its main rate to 5.25% on Wednesday.",
    "I believe our best days are still ahead of us.",
    "Who is going to pay for all of this?",
    "Sign up for our newsletter.",
    "Good evening.",
]


def test_runtime_scores_equal_the_stored_scikit_learn_reference() -> None:
    model = shipped_model()
    reference = model.meta["reference"]
    assert len(reference) >= 5
    for row in reference:
        assert model.decision(row["sentence"]) == pytest.approx(row["decision"], abs=1e-6)
        assert model.score(row["sentence"], priors=False) == pytest.approx(row["score"], abs=1e-6)
        assert model.score(row["sentence"]) == pytest.approx(row["score_with_priors"], abs=1e-6)


def test_model_file_is_small_versioned_and_says_how_it_was_made() -> None:
    assert MODEL_PATH.name == "claim_model_v2.json.gz"
    assert MODEL_PATH.stat().st_size < 2_000_000
    data = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
    assert data["feature_version"] == FEATURE_VERSION
    meta = data["meta"]
    assert len(meta["training_data_sha256"]) == 64
    assert meta["seed"] == 13
    assert 0.6 < meta["cv"]["f1"] <= 1.0
    assert data["calibration"]["slope"] > 0


def test_scores_are_in_0_1_and_monotone_in_the_decision() -> None:
    model = shipped_model()
    scores = [model.score(s, priors=False) for s in SENTENCES]
    decisions = [model.decision(s) for s in SENTENCES]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert all(0.0 <= claim_score(s) <= 1.0 for s in SENTENCES)
    by_score = sorted(range(len(SENTENCES)), key=scores.__getitem__)
    by_decision = sorted(range(len(SENTENCES)), key=decisions.__getitem__)
    assert by_score == by_decision


def test_the_calibrated_threshold_is_the_half_point() -> None:
    model = shipped_model()
    # a decision exactly at the calibrated threshold scores 0.5
    z = model.slope * (model.threshold - model.threshold)
    assert 1 / (1 + math.exp(-z)) == 0.5
    for sentence in SENTENCES:
        is_claim = claim_score(sentence) >= 0.5
        assert is_claim == (
            model.slope * (model.decision(sentence) - model.threshold) + model.prior(sentence) >= 0
        )


def test_shipped_model_is_read_once() -> None:
    assert shipped_model() is shipped_model()


def test_extreme_sentences_do_not_overflow() -> None:
    assert 0.0 <= claim_score("") <= 1.0
    assert 0.0 <= claim_score("subscribe " * 500) < 0.5
    assert 0.0 <= claim_score("1,000,000 " * 500) <= 1.0


def test_feature_analyzers_fold_figures_into_shapes() -> None:
    terms = word_terms("Rents rose 12% to $1,450 in 2023, up from 900 in the 1990s.")
    assert {"<pct>", "<money>", "<year>", "<num>", "<decade>", "rose <pct>"} <= set(terms)
    assert " 0,00" in char_terms("It cost 2,450 euros")


def test_char_terms_match_scikit_learns_char_wb() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    analyzer = text.CountVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    sentence = "A   dam, 3 villages and the Río Grande’s 12-metre wall"
    from tracker.extract.claimscore.features import _DIGIT, normalise

    assert char_terms(sentence) == analyzer(_DIGIT.sub("0", normalise(sentence)))


def test_missing_model_file_is_a_model_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json.gz"
    with pytest.raises(ModelError, match=r"nope\.json\.gz is missing"):
        load_model(missing)
    assert issubclass(ModelError, TrackerError)


@pytest.mark.parametrize(
    "content",
    [
        b"not gzip at all",
        gzip.compress(b"{not json"),
        gzip.compress(b"[1, 2, 3]"),
        gzip.compress(json.dumps({"format": "tracker-claim-model", "feature_version": 2}).encode()),
    ],
    ids=["not-gzip", "not-json", "not-a-model", "fields-missing"],
)
def test_corrupt_model_file_is_a_model_error_naming_it(tmp_path: Path, content: bytes) -> None:
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(content)
    with pytest.raises(ModelError, match=r"broken\.json\.gz is corrupt"):
        load_model(broken)


def test_model_of_another_feature_version_is_refused(tmp_path: Path) -> None:
    data = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
    data["feature_version"] = FEATURE_VERSION + 1
    other = tmp_path / "other.json.gz"
    other.write_bytes(gzip.compress(json.dumps(data).encode()))
    with pytest.raises(ModelError, match=r"other\.json\.gz was built for features"):
        load_model(other)


def test_plain_json_model_files_load_too(tmp_path: Path) -> None:
    plain = tmp_path / "model.json"
    plain.write_bytes(gzip.decompress(MODEL_PATH.read_bytes()))
    sentence = SENTENCES[0]
    assert load_model(plain).score(sentence) == shipped_model().score(sentence)


def test_cli_score_prints_each_sentence_with_its_score() -> None:
    result = CliRunner().invoke(
        app, ["claims", "score", SENTENCES[0], "Sign up for our newsletter."]
    )
    assert result.exit_code == 0, result.output
    first, second = result.stdout.strip().splitlines()
    assert first.split("\t") == [f"{claim_score(SENTENCES[0]):.3f}", "claim", SENTENCES[0]]
    assert second.split("\t")[1:] == ["-", "Sign up for our newsletter."]
    assert float(second.split("\t")[0]) < 0.5


def test_cli_score_with_a_corrupt_model_is_one_error_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(b"junk")
    result = CliRunner().invoke(app, ["claims", "score", "x", "--model", str(broken)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "broken.json.gz is corrupt" in lines[0]


def test_cli_train_with_a_missing_data_file_is_one_error_line(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    result = CliRunner().invoke(
        app,
        [
            "claims",
            "train",
            "--data",
            str(tmp_path / "none.csv"),
            "--out",
            str(tmp_path / "m.json.gz"),
        ],
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'none.csv'}: no such file"


def test_cli_train_without_scikit_learn_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.extract.claimscore.train as train

    monkeypatch.setattr(train, "sklearn_available", lambda: False)
    result = CliRunner().invoke(app, ["claims", "train", "--data", "x.csv"])
    assert result.exit_code == 1
    assert "needs scikit-learn" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
