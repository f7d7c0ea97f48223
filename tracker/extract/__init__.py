"""Pure extraction: text and article context in, frozen dataclasses out. No database here.

``tracker.extract`` is both this package and the public function ``extract``: the package's
module is made callable so that ``tracker.extract(text, published)`` works however it was
reached (Python binds a subpackage over a same-named attribute of its parent on import)."""

import sys
import types
from typing import Any

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


class _CallableModule(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Extraction:
        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
