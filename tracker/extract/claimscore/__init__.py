"""The check-worthiness model shipped with tracker: ``claim_score(sentence) -> float`` in
[0, 1], calibrated so that a sentence is a claim at 0.5 and above. Trained with scikit-learn
by ``tracker claims train``; read at run time from a JSON file without scikit-learn."""

from tracker.extract.claimscore.scorer import ModelError, claim_score, load_model

__all__ = ["ModelError", "claim_score", "load_model"]
