"""tracker: turn news articles into a chronology of dated events and check-worthy claims.

The public API: ``extract`` (pure extraction of one article), ``tag_timexes`` (the temporal
tagger), ``claim_score`` (check-worthiness of a sentence) and ``open_store`` (the one engine
factory)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "claim_score", "extract", "open_store", "tag_timexes"]

if TYPE_CHECKING:
    from tracker.extract import extract
    from tracker.extract.claimscore import claim_score
    from tracker.extract.timex import tag_timexes
    from tracker.store.engine import open_store


def __getattr__(name: str) -> Any:
    # Imported on first use so that `import tracker` stays cheap for the CLI's start-up.
    if name == "extract":
        from tracker.extract import extract

        return extract
    if name == "tag_timexes":
        from tracker.extract.timex import tag_timexes

        return tag_timexes
    if name == "claim_score":
        from tracker.extract.claimscore import claim_score

        return claim_score
    if name == "open_store":
        from tracker.store.engine import open_store

        return open_store
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")
