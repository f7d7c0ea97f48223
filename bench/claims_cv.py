"""Claim check-worthiness in 5-fold stratified cross-validation on a ClaimBuster CSV: a TF-IDF
+ logistic regression baseline and tracker's model, on the same folds. Prints figures; not a
test.

    .venv/bin/python bench/claims_cv.py [CSV] [--seed 13]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.extract.claimscore.train import DEFAULT_SEED, cross_validate, read_claimbuster  # noqa: E402


def baseline(texts: list[str], labels: list[int], seed: int) -> tuple[float, float, float]:
    """Word 1-2-gram TF-IDF and logistic regression at its default 0.5 threshold."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import StratifiedKFold

    predicted = np.zeros(len(texts), dtype=int)
    for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(texts, labels):
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2)
        x = vec.fit_transform([texts[i] for i in train])
        model = LogisticRegression(max_iter=2000).fit(x, [labels[i] for i in train])
        predicted[test] = model.predict(vec.transform([texts[i] for i in test]))
    p, r, f, _ = precision_recall_fscore_support(labels, predicted, average="binary")
    return float(p), float(r), float(f)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "csv", nargs="?", default=str(REPO.parent / "shared/data/claims/crowdsourced.csv")
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    texts, labels = read_claimbuster(Path(args.csv))
    print(f"{len(texts):,} sentences, {sum(labels):,} check-worthy (Verdict 1)")
    p, r, f = baseline(texts, labels, args.seed)
    print(f"baseline TF-IDF + LR : precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    cv, shift = cross_validate(texts, labels, args.seed)
    print(
        f"tracker claim model  : precision {cv.precision:.3f} recall {cv.recall:.3f} "
        f"F1 {cv.f1:.3f} (threshold shift {shift:+.2f} folded into the model)"
    )


if __name__ == "__main__":
    main()
