"""Reading HTML pages: main text, title, author, publication date and URL, with navigation,
cookie banners, related links and footers left out (trafilatura does the extraction)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from tracker.errors import InputError
from tracker.load.document import Document
from tracker.load.text import DEFAULT_MAX_BYTES, read_text

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Fewer words than this means the extractor found navigation or an error page, not a story.
MIN_WORDS = 12


def document_from_html(
    html: str,
    *,
    path: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: date | None = None,
    title: str | None = None,
) -> Document:
    """A Document from an HTML page; values given here win over what the page says."""
    import trafilatura

    label = path or url or "HTML"
    if "<" not in html:
        raise InputError(f"{label}: not HTML")
    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a malformed page must not stop a batch
        raise InputError(f"{label}: cannot parse HTML ({type(exc).__name__})") from None
    data: dict[str, Any] = (
        found.as_dict() if found is not None and hasattr(found, "as_dict") else dict(found or {})
    )
    text = (data.get("text") or "").strip()
    if len(text.split()) < MIN_WORDS:
        raise InputError(f"{label}: no article text found in the HTML")
    page_title = (data.get("title") or "").strip()
    if page_title and not text.startswith(page_title):
        text = f"{page_title}\n\n{text}"
    page_date = _iso_date(data.get("date"))
    return Document(
        text=text + "\n",
        title=title or page_title or text.splitlines()[0][:300],
        path=path,
        source=source or data.get("sitename"),
        url=url or data.get("url"),
        published=published or page_date,
        published_source="given" if published else ("page" if page_date else None),
        author=data.get("author"),
    )


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def load_html_article(
    path: Path,
    *,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one HTML file into a Document."""
    html = read_text(path, max_bytes=max_bytes)
    return document_from_html(
        html, path=str(path), url=url, source=source, published=published, title=title
    )
