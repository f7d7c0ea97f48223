"""Reading HTML pages: main text, title, author, publication date and URL, with navigation,
cookie banners, related links and footers left out (trafilatura does the extraction)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from tracker.errors import InputError
from tracker.load.captions import as_caption
from tracker.load.dateline import find_publication_mark
from tracker.load.document import Document
from tracker.load.text import DEFAULT_MAX_BYTES, read_text

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_LATEST_PAGE_DATE = "2199-12-31"
# Fewer words than this means the extractor found navigation or an error page, not a story.
MIN_WORDS = 12
# How many paragraphs of the text may come before the page's own heading (a section's label).
_TITLE_WITHIN = 3


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
            include_images=True,
            # (a page's date is read as the page gives it, whatever the machine's clock says:
            # htmldate would otherwise drop a date later than today)
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": _LATEST_PAGE_DATE,
            },
        )
        root = _parse(html)
        body = getattr(found, "body", None)
        text = _body_text(body, _captions(root)) if body is not None else ""
    except Exception as exc:  # a malformed page must not stop a batch
        raise InputError(f"{label}: cannot parse HTML ({type(exc).__name__})") from None
    data: dict[str, Any] = (
        found.as_dict() if found is not None and hasattr(found, "as_dict") else dict(found or {})
    )
    if not text:
        text = "\n\n".join(line for line in (data.get("text") or "").splitlines() if line.strip())
    if len(text.split()) < MIN_WORDS:
        raise InputError(f"{label}: no article text found in the HTML")
    page_title = (data.get("title") or "").strip()
    if page_title and not text.startswith(page_title):
        # (the page's heading after a section's label: the heading first, said once)
        opening = text.split("\n\n", _TITLE_WITHIN)
        if page_title in opening[:_TITLE_WITHIN]:
            opening.remove(page_title)
            text = "\n\n".join(opening)
        text = f"{page_title}\n\n{text}"
    page_date = _iso_date(data.get("date")) or _byline_date(root, page_title or "Title")
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


def _parse(html: str) -> Any:
    """The page's element tree (lxml), or None when it cannot be parsed."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


# Elements that hold a page's byline or date line, by their class, id or itemprop.
_DATED_ELEMENT = re.compile(r"byline|dateline|date|time|publish|posted|article-meta", re.I)
_MAX_DATE_LINE = 160


def _byline_date(root: Any, title: str) -> date | None:
    """The date a byline or date line of the page states ("By Ana Ruiz · Nov. 12, 2026"),
    read as a date line under the title is read in text: trafilatura leaves such lines out of
    the text, and the page's metadata may not give the date."""
    if root is None:
        return None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        marks = " ".join(element.get(a) or "" for a in ("class", "id", "itemprop"))
        if element.tag != "time" and not _DATED_ELEMENT.search(marks):
            continue
        line = " ".join("".join(element.itertext()).split())
        if line and len(line) <= _MAX_DATE_LINE:
            mark = find_publication_mark(f"{title}\n\n{line}\n")
            if mark is not None:
                return mark.date
    return None


def _captions(root: Any) -> dict[str, str]:
    """Image source -> the caption of its figure (``<figcaption>``), read from the page:
    trafilatura keeps the image but not its caption, and captions often carry the best-dated
    fact of a story."""
    if root is None:
        return {}
    out: dict[str, str] = {}
    for figure in root.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        text = " ".join("".join(caption.itertext()).split()) if caption is not None else ""
        if not text:
            continue
        for img in figure.iter("img"):
            if img.get("src"):
                out.setdefault(img.get("src"), text)
    return out


def _body_text(body: Any, captions: dict[str, str]) -> str:
    """The article text from trafilatura's body: one paragraph per heading, paragraph, quote
    or list item, separated by blank lines; an image becomes its caption ("Photo: ...") where
    the page gives one, and is left out otherwise."""
    paragraphs: list[str] = []
    for element in body:
        if element.tag == "graphic":
            caption = captions.get(element.get("src") or "")
            if caption:
                paragraphs.append(as_caption(caption))
            continue
        if element.tag == "list":
            items = [" ".join("".join(i.itertext()).split()) for i in element.iter("item")]
            paragraphs.extend(f"- {item}" for item in items if item)
            continue
        text = " ".join("".join(element.itertext()).split())
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


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
