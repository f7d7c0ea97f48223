"""Claim check-worthiness in 5-fold stratified cross-validation on a ClaimBuster CSV
(positive class: Verdict 1). Same folds (fixed seed) for:

(a) baseline: TF-IDF word 1-2-grams + LogisticRegression (defaults; and with balanced
    class weights), at the default decision threshold;
(b) tracker's claim model (tracker/extract/claimscore/train.py), at its uncalibrated threshold,
    at the threshold that calibration picks from all out-of-fold scores (what the shipped
    model uses; slightly optimistic), and at a threshold picked on the other four folds'
    out-of-fold scores only (honest).

Prints figures; not a test. Needs scikit-learn (pip install -e '.[train]').

    .venv/bin/python bench/claims_cv.py [CSV] [--seed 13]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.extract.claimscore.train import (  # noqa: E402
    DEFAULT_SEED,
    Analysed,
    calibrate,
    fit,
    prf,
    read_claimbuster,
    stratified_folds,
)


def baseline(
    texts: list[str], labels: list[int], folds: list, class_weight: str | None
) -> tuple[float, float, float]:
    """Word 1-2-gram TF-IDF and logistic regression at its default 0.5 threshold."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    predicted = np.zeros(len(texts), dtype=int)
    for train, test in folds:
        vec = TfidfVectorizer(ngram_range=(1, 2))
        x = vec.fit_transform([texts[i] for i in train])
        model = LogisticRegression(max_iter=2000, class_weight=class_weight)
        model.fit(x, [labels[i] for i in train])
        predicted[test] = model.predict(vec.transform([texts[i] for i in test]))
    return prf(predicted, labels)


def line(name: str, p: float, r: float, f: float) -> None:
    print(f"{name:58s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "csv", nargs="?", default=str(REPO.parent / "shared/data/claims/crowdsourced.csv")
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    import numpy as np

    texts, labels = read_claimbuster(Path(args.csv))
    folds = stratified_folds(labels, args.seed)
    print(
        f"{len(texts):,} sentences, {sum(labels):,} check-worthy (Verdict 1); "
        f"{len(folds)}-fold stratified CV, seed {args.seed}"
    )
    line("(a) baseline TF-IDF word 1-2 + LR", *baseline(texts, labels, folds, None))
    line("(a) baseline TF-IDF word 1-2 + LR, balanced", *baseline(texts, labels, folds, "balanced"))

    started = time.perf_counter()
    analysed = Analysed.of(texts)
    decisions = np.zeros(len(texts))
    for train, test in folds:
        fitted = fit(analysed.subset(train), [labels[i] for i in train], args.seed)
        decisions[test] = fitted.decisions(analysed.subset(test))
    calibration = calibrate(decisions, labels, len(folds))
    raw, cv = calibration.raw, calibration.cv
    line("(b) tracker model, uncalibrated (decision > 0)", raw.precision, raw.recall, raw.f1)
    line("(b) tracker model, calibrated (shipped threshold)", cv.precision, cv.recall, cv.f1)
    honest = np.zeros(len(texts), dtype=int)
    y = np.array(labels)
    for k, (_, test) in enumerate(folds):
        others = np.concatenate([t for j, (_, t) in enumerate(folds) if j != k])
        threshold = calibrate(decisions[others], list(y[others])).threshold
        honest[test] = decisions[test] >= threshold
    line("(b) tracker model, threshold chosen on the other folds", *prf(honest, labels))
    print(
        f"calibration: threshold {calibration.threshold:+.4f}, Platt slope "
        f"{calibration.slope:.4f}; model CV took {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
