"""Training the claim model (needs scikit-learn: ``pip install -e '.[train]'``).

Data: a ClaimBuster-style CSV (``Text``, ``Verdict``); the positive class is Verdict 1
(check-worthy factual sentence), Verdict 0 and -1 are negatives.

Model: word and char TF-IDF blocks (features.py) beside the cue features, one logistic
regression (liblinear, L2, class weights balanced). Calibration, from 5-fold stratified
cross-validation on the training data: the decision value that maximises out-of-fold F1
becomes the 0.5 point of the score, and the sigmoid's slope is a Platt slope fitted on the
out-of-fold decisions. Reproducible: same data, seed and library versions, byte-identical file.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import InputError, TrackerError
from tracker.extract.claimscore.errors import ModelError
from tracker.extract.claimscore.features import (
    CHAR_RANGE,
    CUE_NAMES,
    FEATURE_VERSION,
    char_terms,
    cue_vector,
    word_terms,
)
from tracker.extract.claimscore.scorer import (
    MODEL_FORMAT,
    MODEL_NAME,
    model_from_document,
    sigmoid,
)

DEFAULT_SEED = 13
FOLDS = 5
C = 2.0
MIN_DF = {"word": 2, "char": 3}
# Fixed shifts of the score's logit for what debate transcripts cannot teach: newspapers'
# subscription and newsletter pitches, and text addressed to the reader.
NEWS_PRIORS = (("promotion", -4.0), ("second_person", -1.0))
# Sentences of our own whose scores are stored in the file and checked at training time and by
# the tests: the runtime scorer must reproduce scikit-learn's pipeline on them.
REFERENCE_SENTENCES = (
    "The army said 2,000 troops crossed the border on Tuesday.",
    "Unemployment fell to 3.9% in May, its lowest level since 1969.",
    "The city spent $12.5 million on the bridge, twice the original estimate.",
    "I think we can do much better than that.",
    "What would you do about it?",
    "Thank you very much, and good evening.",
    "Subscribe today for unlimited access.",
    "According to the ministry, exports rose 14 percent in the 2010s.",
)
PARITY_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class CvResult:
    """Cross-validated positive-class precision, recall and F1 at the calibrated threshold."""

    folds: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Calibration:
    """Out-of-fold figures and the calibration drawn from them."""

    cv: CvResult
    threshold: float  # decision value mapped to a score of 0.5 (max out-of-fold F1)
    slope: float  # Platt slope on the out-of-fold decisions
    raw: CvResult  # figures at the uncalibrated threshold (decision 0)


def read_claimbuster(path: Path) -> tuple[list[str], list[int]]:
    """Sentences and labels (1 = check-worthy factual, Verdict 1; else 0) of a ClaimBuster CSV."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    if not rows or "Text" not in rows[0] or "Verdict" not in rows[0]:
        raise InputError(f"{path}: expected a CSV with Text and Verdict columns")
    texts, labels = [], []
    for n, row in enumerate(rows, start=2):
        verdict = (row["Verdict"] or "").strip()
        if verdict not in {"1", "0", "-1"}:
            raise InputError(f"{path}: line {n}: Verdict must be 1, 0 or -1, not {verdict!r}")
        texts.append(row["Text"] or "")
        labels.append(1 if verdict == "1" else 0)
    if len(set(labels)) < 2:
        raise InputError(f"{path}: needs both check-worthy (Verdict 1) and other sentences")
    return texts, labels


def sklearn_available() -> bool:
    """Whether scikit-learn can be imported."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return False
    return True


def _require_sklearn() -> None:
    if not sklearn_available():
        raise TrackerError("training the claim model needs scikit-learn: pip install -e '.[train]'")


def _identity(terms: list[str]) -> list[str]:
    return terms


@dataclass(frozen=True)
class Analysed:
    """The features of a corpus, computed once: term lists per block and cue rows."""

    terms: dict[str, list[list[str]]]
    cues: list[list[float]]

    @classmethod
    def of(cls, texts: list[str]) -> Analysed:
        return cls(
            terms={"word": [word_terms(t) for t in texts], "char": [char_terms(t) for t in texts]},
            cues=[cue_vector(t) for t in texts],
        )

    def subset(self, index: Any) -> Analysed:
        return Analysed(
            terms={k: [v[i] for i in index] for k, v in self.terms.items()},
            cues=[self.cues[i] for i in index],
        )


@dataclass
class Fitted:
    """A fitted pipeline: one vectoriser per block and the logistic regression."""

    vectorizers: dict[str, Any]
    model: Any

    def matrix(self, data: Analysed) -> Any:
        import numpy as np
        from scipy.sparse import csr_matrix, hstack

        blocks = [self.vectorizers[k].transform(data.terms[k]) for k in ("word", "char")]
        blocks.append(csr_matrix(np.array(data.cues, dtype=np.float64)))
        return hstack(blocks).tocsr()

    def decisions(self, data: Analysed) -> Any:
        return self.model.decision_function(self.matrix(data))


def fit(data: Analysed, labels: list[int], seed: int) -> Fitted:
    """Fit the vectorisers and the logistic regression."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizers = {
        k: TfidfVectorizer(
            analyzer=_identity, min_df=MIN_DF[k], sublinear_tf=True, dtype=np.float64
        )
        for k in ("word", "char")
    }
    blocks = [vectorizers[k].fit_transform(data.terms[k]) for k in ("word", "char")]
    blocks.append(csr_matrix(np.array(data.cues, dtype=np.float64)))
    model = LogisticRegression(
        C=C, solver="liblinear", class_weight="balanced", max_iter=5000, random_state=seed
    )
    model.fit(hstack(blocks).tocsr(), labels)
    return Fitted(vectorizers, model)


def stratified_folds(labels: list[int], seed: int, folds: int = FOLDS) -> list[tuple[Any, Any]]:
    """The (train, test) index arrays of stratified k-fold, shuffled with the seed."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    y = np.array(labels)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(y)), y))


def prf(predicted: Any, labels: Any) -> tuple[float, float, float]:
    """Positive-class precision, recall and F1."""
    tp = sum(1 for p, g in zip(predicted, labels, strict=True) if p and g)
    fp = sum(1 for p, g in zip(predicted, labels, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(predicted, labels, strict=True) if g and not p)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def out_of_fold(data: Analysed, labels: list[int], seed: int, folds: int = FOLDS) -> Any:
    """Decision values of every sentence from the model fitted on the other folds."""
    import numpy as np

    scores = np.zeros(len(labels))
    for train, test in stratified_folds(labels, seed, folds):
        fitted = fit(data.subset(train), [labels[i] for i in train], seed)
        scores[test] = fitted.decisions(data.subset(test))
    return scores


def calibrate(decisions: Any, labels: list[int], folds: int = FOLDS) -> Calibration:
    """The F1-maximising decision threshold and the Platt slope of out-of-fold decisions."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import precision_recall_curve

    precision, recall, thresholds = precision_recall_curve(labels, decisions)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    best = int(np.argmax(f1[:-1]))
    threshold = round(float(thresholds[best]), 8)
    platt = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000)
    platt.fit(np.asarray(decisions).reshape(-1, 1), labels)
    slope = round(float(platt.coef_[0][0]), 8)
    if slope <= 0:
        raise ModelError("calibration failed: the model does not separate the classes")
    at = CvResult(folds, *prf([d >= threshold for d in decisions], labels))
    raw = CvResult(folds, *prf([d > 0 for d in decisions], labels))
    return Calibration(at, threshold, slope, raw)


def cross_validate(
    texts: list[str], labels: list[int], seed: int = DEFAULT_SEED, folds: int = FOLDS
) -> Calibration:
    """Stratified k-fold cross-validation of the claim model, and its calibration."""
    _require_sklearn()
    return calibrate(out_of_fold(Analysed.of(texts), labels, seed, folds), labels, folds)


def _rounded(values: Any, digits: int = 8) -> list[float]:
    return [round(float(v), digits) for v in values]


def build_document(
    fitted: Fitted, calibration: Calibration, *, data_sha256: str, n_sentences: int, seed: int
) -> dict[str, Any]:
    """The model file's content."""
    import numpy as np
    import sklearn

    coef = fitted.model.coef_[0]
    blocks: dict[str, Any] = {}
    offset = 0
    for name in ("word", "char"):
        vectorizer = fitted.vectorizers[name]
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        n_docs = n_sentences
        # idf = ln((1 + n) / (1 + df)) + 1 (smooth_idf): store df, an integer, instead
        df = np.rint((1 + n_docs) / np.exp(vectorizer.idf_ - 1) - 1).astype(int)
        blocks[name] = {
            "terms": terms,
            "df": [int(d) for d in df],
            "n_docs": n_docs,
            "sublinear_tf": True,
            "min_df": MIN_DF[name],
            "coef": _rounded(coef[offset : offset + len(terms)]),
        }
        offset += len(terms)
    blocks["char"]["ngram_range"] = list(CHAR_RANGE)
    cv = calibration.cv
    return {
        "format": MODEL_FORMAT,
        "name": MODEL_NAME,
        "feature_version": FEATURE_VERSION,
        "blocks": blocks,
        "cues": {"names": list(CUE_NAMES), "coef": _rounded(coef[offset:])},
        "intercept": round(float(fitted.model.intercept_[0]), 8),
        "calibration": {
            "method": "F1-optimal out-of-fold threshold mapped to 0.5, Platt slope",
            "threshold": calibration.threshold,
            "slope": calibration.slope,
        },
        "priors": [{"cue": name, "shift": shift} for name, shift in NEWS_PRIORS],
        "meta": {
            "classifier": f"LogisticRegression(C={C}, liblinear, class_weight=balanced)",
            "sklearn_version": sklearn.__version__,
            "training_data_sha256": data_sha256,
            "training_sentences": n_sentences,
            "positive_class": "Verdict 1 (check-worthy factual sentence)",
            "seed": seed,
            "cv": {
                "folds": cv.folds,
                "precision": round(cv.precision, 4),
                "recall": round(cv.recall, 4),
                "f1": round(cv.f1, 4),
                "uncalibrated_f1": round(calibration.raw.f1, 4),
            },
        },
    }


def check_parity(document: dict[str, Any], fitted: Fitted) -> None:
    """Store scikit-learn's scores of the reference sentences in the document and check that
    the runtime scorer, reading the document, gives the same (ModelError when it does not)."""
    sentences = list(REFERENCE_SENTENCES)
    decisions = fitted.decisions(Analysed.of(sentences))
    calibration = document["calibration"]
    expected = [
        sigmoid(calibration["slope"] * (float(d) - calibration["threshold"])) for d in decisions
    ]
    runtime = model_from_document(document)
    for sentence, d, s in zip(sentences, decisions, expected, strict=True):
        got_d, got_s = runtime.decision(sentence), runtime.score(sentence, priors=False)
        if abs(got_d - d) > PARITY_TOLERANCE or abs(got_s - s) > PARITY_TOLERANCE:
            raise ModelError(
                f"runtime scorer disagrees with scikit-learn on {sentence!r}: "
                f"{got_s:.8f} vs {s:.8f}"
            )
    document["meta"]["reference"] = [
        {
            "sentence": sentence,
            "decision": round(float(d), 8),
            "score": round(s, 8),
            "score_with_priors": round(runtime.score(sentence), 8),
        }
        for sentence, d, s in zip(sentences, decisions, expected, strict=True)
    ]


def serialise(document: dict[str, Any], *, compress: bool = True) -> bytes:
    """Compact JSON with sorted keys, gzip-compressed without a timestamp or file name:
    byte-reproducible."""
    raw = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if not compress:
        return raw.encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(raw.encode("utf-8"))
    return buffer.getvalue()


def train_model(data: Path, out: Path, seed: int = DEFAULT_SEED) -> CvResult:
    """Cross-validate and calibrate, fit on all the data, check the runtime scorer against
    scikit-learn, and write the model file. Returns the cross-validated figures."""
    _require_sklearn()
    texts, labels = read_claimbuster(data)
    analysed = Analysed.of(texts)
    calibration = calibrate(out_of_fold(analysed, labels, seed), labels)
    fitted = fit(analysed, labels, seed)
    document = build_document(
        fitted,
        calibration,
        data_sha256=hashlib.sha256(data.read_bytes()).hexdigest(),
        n_sentences=len(texts),
        seed=seed,
    )
    check_parity(document, fitted)
    payload = serialise(document, compress=out.suffix == ".gz")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(payload)
    except OSError as exc:
        raise InputError(f"{out}: cannot write the model ({exc.strerror})") from None
    return calibration.cv


__all__ = [
    "DEFAULT_SEED",
    "Calibration",
    "CvResult",
    "cross_validate",
    "read_claimbuster",
    "train_model",
]
