"""The Document: one article as read from disk, before any extraction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Document:
    """An article's text and what is known about it before extraction.

    ``published`` is the publication date when given or read from the article itself
    (``published_source`` says which: "given", "dateline", "page", or None when unknown).
    """

    text: str
    title: str
    path: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_source: str | None = None
    language: str = "en"
    author: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the normalised text: the identity used to skip re-ingesting an article."""
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """Hash of the text with line endings and surrounding blank space normalised."""
    normalised = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
