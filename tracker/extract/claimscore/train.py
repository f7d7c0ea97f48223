"""Training the claim model (needs scikit-learn: `pip install -e '.[train]'`). Reproducible:
the same data and seed give the same file."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import InputError, TrackerError
from tracker.extract.claimscore.features import analyze, cue_set, cue_vector

DEFAULT_SEED = 13
C = 4.0
MIN_DF = 2


@dataclass(frozen=True, slots=True)
class CvResult:
    """Cross-validated positive-class precision, recall and F1 at the 0.5 threshold."""

    folds: int
    precision: float
    recall: float
    f1: float


def read_claimbuster(path: Path) -> tuple[list[str], list[int]]:
    """Sentences and labels (1 = check-worthy factual, Verdict 1; else 0) of a ClaimBuster CSV."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not rows or "Text" not in rows[0] or "Verdict" not in rows[0]:
        raise InputError(f"{path}: expected a CSV with Text and Verdict columns")
    texts = [r["Text"] for r in rows]
    labels = [1 if r["Verdict"].strip() == "1" else 0 for r in rows]
    return texts, labels


def _sklearn() -> Any:
    try:
        import numpy as np
        from scipy.sparse import csr_matrix, hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold
    except ImportError:
        raise TrackerError("training needs scikit-learn: pip install -e '.[train]'") from None
    return np, csr_matrix, hstack, TfidfVectorizer, LogisticRegression, StratifiedKFold


def _fit(texts: list[str], labels: list[int], seed: int) -> tuple[Any, Any]:
    np, csr_matrix, hstack, Tfidf, LR, _ = _sklearn()
    vectorizer = Tfidf(analyzer=analyze, min_df=MIN_DF, sublinear_tf=True, dtype=np.float64)
    terms = vectorizer.fit_transform(texts)
    cues = csr_matrix(np.array([cue_vector(t) for t in texts]))
    model = LR(C=C, max_iter=5000, solver="liblinear", random_state=seed, class_weight="balanced")
    model.fit(hstack([terms, cues]).tocsr(), labels)
    return vectorizer, model


def _decisions(vectorizer: Any, model: Any, texts: list[str]) -> Any:
    np, csr_matrix, hstack, *_ = _sklearn()
    x = hstack([vectorizer.transform(texts), csr_matrix(np.array([cue_vector(t) for t in texts]))])
    return model.decision_function(x.tocsr())


def _prf(pred: list[int], gold: list[int]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(
    texts: list[str], labels: list[int], seed: int = DEFAULT_SEED, folds: int = 5
) -> tuple[CvResult, float]:
    """Stratified k-fold figures at the calibrated threshold, and that threshold: the shift of
    the decision function that maximises F1 over the out-of-fold scores."""
    np, *_, SKF = _sklearn()
    scores = np.zeros(len(texts))
    for train, test in SKF(folds, shuffle=True, random_state=seed).split(texts, labels):
        vec, model = _fit([texts[i] for i in train], [labels[i] for i in train], seed)
        scores[test] = _decisions(vec, model, [texts[i] for i in test])
    best_shift, best_f1 = 0.0, -1.0
    for shift in np.arange(-2.0, 2.01, 0.05):
        f1 = _prf([int(s + shift > 0) for s in scores], labels)[2]
        if f1 > best_f1:
            best_shift, best_f1 = float(shift), f1
    p, r, f1 = _prf([int(s + best_shift > 0) for s in scores], labels)
    return CvResult(folds, p, r, f1), best_shift


def train_model(data: Path, out: Path, seed: int = DEFAULT_SEED) -> CvResult:
    """Cross-validate, fit on all the data, fold the calibrated threshold into the intercept
    (so 0.5 is the decision point) and write the model file. Returns the CV figures."""
    texts, labels = read_claimbuster(data)
    cv, shift = cross_validate(texts, labels, seed)
    vectorizer, model = _fit(texts, labels, seed)
    n_terms = len(vectorizer.vocabulary_)
    terms = [""] * n_terms
    for term, i in vectorizer.vocabulary_.items():
        terms[i] = term
    coef = model.coef_[0]
    reference = [
        "The army said 2,000 troops crossed the border on Tuesday.",
        "I think we can do better.",
    ]
    document: dict[str, Any] = {
        "feature_version": cue_set().version,
        "terms": terms,
        "idf": [round(float(x), 8) for x in vectorizer.idf_],
        "term_weights": [round(float(x), 8) for x in coef[:n_terms]],
        "cue_names": list(cue_set().names),
        "cue_weights": [round(float(x), 8) for x in coef[n_terms:]],
        "intercept": round(float(model.intercept_[0]) + shift, 8),
        "sublinear_tf": True,
        "meta": {
            "data_sha256": hashlib.sha256(data.read_bytes()).hexdigest(),
            "seed": seed,
            "C": C,
            "min_df": MIN_DF,
            "threshold_shift": shift,
            "cv": {"folds": cv.folds, "precision": cv.precision, "recall": cv.recall, "f1": cv.f1},
            "reference_sentences": reference,
        },
    }
    decisions = _decisions(vectorizer, model, reference)
    document["meta"]["reference_scores"] = [
        round(1 / (1 + math.exp(-(float(d) + shift))), 8) for d in decisions
    ]
    raw = json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as gz:
        gz.write(raw)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())
    return cv
