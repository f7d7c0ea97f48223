"""Loading the shipped model file and scoring sentences with it: TF-IDF of the analyzer's
terms, l2-normalised, beside the cue features, through the linear model and a sigmoid."""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.extract.claimscore.features import analyze, cue_set, cue_vector

MODEL_PATH = Path(__file__).parent / "model" / "claim_model_v1.json.gz"
THRESHOLD = 0.5


class ModelError(TrackerError):
    """The claim model file is missing, unreadable or not a model of this version."""


@dataclass(frozen=True)
class ClaimModel:
    """A linear model over TF-IDF terms and cue features."""

    vocabulary: dict[str, int]
    idf: list[float]
    term_weights: list[float]
    cue_weights: list[float]
    intercept: float
    sublinear_tf: bool
    meta: dict[str, Any]

    def decision(self, sentence: str) -> float:
        """The linear score before the sigmoid."""
        counts = Counter(t for t in analyze(sentence) if t in self.vocabulary)
        weights = {}
        for term, n in counts.items():
            i = self.vocabulary[term]
            tf = 1 + math.log(n) if self.sublinear_tf else float(n)
            weights[i] = tf * self.idf[i]
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        total = sum(self.term_weights[i] * v / norm for i, v in weights.items())
        total += sum(w * x for w, x in zip(self.cue_weights, cue_vector(sentence), strict=True))
        return total + self.intercept

    def score(self, sentence: str, *, priors: bool = True) -> float:
        """Check-worthiness in [0, 1]; ``priors`` adds the news-side priors to the model."""
        z = self.decision(sentence)
        if priors:
            z += sum(shift for pattern, shift in cue_set().priors if pattern.search(sentence))
        return 1 / (1 + math.exp(-z)) if z > -30 else 0.0


def load_model(path: Path = MODEL_PATH) -> ClaimModel:
    """Read and check a model file; ModelError names the file when it cannot be used."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise ModelError(
            f"claim model {path} is missing; rebuild it with `tracker claims train`"
        ) from None
    except (OSError, EOFError, ValueError) as exc:
        raise ModelError(f"claim model {path} is corrupt ({type(exc).__name__})") from None
    try:
        version = cue_set().version
        if data["feature_version"] != version:
            raise ModelError(
                f"claim model {path} was built for features v{data['feature_version']}, "
                f"this tracker has v{version}; rebuild it with `tracker claims train`"
            )
        terms = data["terms"]
        model = ClaimModel(
            vocabulary={t: i for i, t in enumerate(terms)},
            idf=[float(x) for x in data["idf"]],
            term_weights=[float(x) for x in data["term_weights"]],
            cue_weights=[float(x) for x in data["cue_weights"]],
            intercept=float(data["intercept"]),
            sublinear_tf=bool(data["sublinear_tf"]),
            meta=dict(data.get("meta") or {}),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"claim model {path} is corrupt (bad field {exc})") from None
    if not len(model.idf) == len(model.term_weights) == len(model.vocabulary):
        raise ModelError(f"claim model {path} is corrupt (sizes differ)")
    return model


@lru_cache(maxsize=1)
def _shipped() -> ClaimModel:
    return load_model(MODEL_PATH)


def claim_score(sentence: str) -> float:
    """How check-worthy a sentence is, in [0, 1]; a claim from 0.5 up."""
    return _shipped().score(sentence)
