"""The shipped claim model: same scores as when it was trained, calibrated at 0.5, news
sentences of our own sorted the way a fact-checker would, and clear errors on a bad file."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.helpers import run
from tracker.extract.claimscore import ModelError, claim_score, load_model
from tracker.extract.claimscore.scorer import MODEL_PATH


def test_runtime_scores_equal_the_training_reference() -> None:
    model = load_model()
    for sentence, expected in zip(
        model.meta["reference_sentences"], model.meta["reference_scores"], strict=True
    ):
        assert model.score(sentence, priors=False) == pytest.approx(expected, abs=1e-6)


def test_model_is_small_and_says_how_it_was_made() -> None:
    model = load_model()
    assert MODEL_PATH.stat().st_size < 2_000_000
    assert {"data_sha256", "seed", "cv"} <= set(model.meta)


CLAIMS = [
    "Floodwater now covers 31 villages in the Turkistan region, the ministry said on Monday.",
    "About 9,800 people have been displaced since the spillway failed on March 3.",
    "The United Nations released $1.5 million from its emergency fund on Sunday.",
    "Unemployment fell to 4.1 percent in March, the lowest level since 2000.",
    "Repairs are expected to cost 20 billion tenge, or about $44 million, the finance ministry said.",
    "Prosecutors charged two officials of the regional water agency with negligence.",
    "The reservoir holds about 1.2 billion cubic meters of water when full.",
    "Exports of wheat rose 18 percent last year, according to customs data.",
]
NOT_CLAIMS = [
    "Subscribe today for unlimited access to our analysis, delivered every weekday.",
    "Sign up for our morning newsletter.",
    "Already a subscriber? Log in here.",
    "What should the government do now?",
    "We think this is a wonderful opportunity for everyone.",
    "Keep reading for free!",
    "I hope the families can go home soon.",
    "Is the dam safe?",
]


@pytest.mark.parametrize("sentence", CLAIMS)
def test_news_claims_score_high(sentence: str) -> None:
    assert claim_score(sentence) >= 0.5


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_opinions_questions_and_pitches_score_low(sentence: str) -> None:
    assert claim_score(sentence) < 0.5


def test_scores_are_probabilities_and_follow_the_decision() -> None:
    model = load_model()
    sentences = CLAIMS + NOT_CLAIMS
    scored = sorted(sentences, key=lambda s: model.score(s, priors=False))
    decided = sorted(sentences, key=model.decision)
    assert scored == decided
    assert all(0.0 <= claim_score(s) <= 1.0 for s in sentences)


def test_missing_and_corrupt_model_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"nope.json.gz is missing"):
        load_model(tmp_path / "nope.json.gz")
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(ModelError, match=r"broken.json.gz is corrupt"):
        load_model(broken)
    wrong = tmp_path / "wrong.json.gz"
    with gzip.open(wrong, "wt") as fh:
        fh.write('{"feature_version": 1, "terms": ["a"]}')
    with pytest.raises(ModelError, match=r"wrong.json.gz is corrupt"):
        load_model(wrong)
    result = run("claims", "score", "x", "--model", str(broken))
    assert result.exit_code == 1 and "is corrupt" in result.stderr


def test_training_is_reproducible_on_a_small_set(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from tracker.extract.claimscore.train import train_model

    rows = ["Sentence_id,Text,Verdict"]
    for i in range(60):
        rows.append(f'{2 * i},"The budget rose {i} percent to ${i + 3} million in {1990 + i % 20}.",1')
        rows.append(f'{2 * i + 1},"I think we can do better, friend number {i}.",-1')
    data = tmp_path / "tiny.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    cv = train_model(data, first)
    train_model(data, second)
    assert first.read_bytes() == second.read_bytes()
    assert cv.f1 > 0.9
    trained = load_model(first)
    assert trained.score("The budget rose 7 percent to $9 million in 1995.") > 0.5
