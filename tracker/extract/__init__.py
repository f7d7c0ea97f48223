"""Pure extraction: text and article context in, frozen dataclasses out. No database here."""

from tracker.extract.model import (
    DateRef,
    EntityMention,
    ExtractedClaim,
    ExtractedEvent,
    Extraction,
    Quantity,
    Sentence,
)
from tracker.extract.pipeline import extract

__all__ = [
    "DateRef",
    "EntityMention",
    "ExtractedClaim",
    "ExtractedEvent",
    "Extraction",
    "Quantity",
    "Sentence",
    "extract",
]
