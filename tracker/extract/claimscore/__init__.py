"""The check-worthiness model shipped with tracker: ``claim_score(sentence) -> float`` in
[0, 1], calibrated so that a sentence is a claim at 0.5 and above.

Trained with scikit-learn (``tracker claims train``, train.py) on ClaimBuster; shipped as
gzip-compressed JSON in ``model/``, read once, and scored at run time without scikit-learn
(scorer.py: Python, and numpy for an article's sentences together, ``claim_scores``). A
missing or corrupt model file raises ModelError, naming the file."""

from tracker.extract.claimscore.errors import ModelError
from tracker.extract.claimscore.scorer import (
    MODEL_PATH,
    THRESHOLD,
    ClaimModel,
    claim_score,
    claim_scores,
    load_model,
    shipped_model,
)

__all__ = [
    "MODEL_PATH",
    "THRESHOLD",
    "ClaimModel",
    "ModelError",
    "claim_score",
    "claim_scores",
    "load_model",
    "shipped_model",
]
