"""Reading plain-text and Markdown article files safely."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tracker.errors import InputError
from tracker.load.dateline import find_publication_date
from tracker.load.document import Document
from tracker.load.markdown import markdown_to_text

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"^[*_]+|[*_]+$")


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return the decoded text of ``path`` or raise InputError saying why it is unusable
    (missing, a folder, too large, binary, not UTF-8, empty)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an article file")
    if size > max_bytes:
        raise InputError(f"{path}: {size:,} bytes is larger than the {max_bytes:,}-byte limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path}: empty article")
    return text


def first_line_title(text: str) -> str:
    """The first non-blank line, without Markdown heading marks or emphasis."""
    for line in text.splitlines():
        stripped = _MD_EMPHASIS.sub("", _MD_HEADING.sub("", line).strip()).strip()
        if stripped:
            return stripped[:300]
    return ""


def load_text_article(
    path: Path,
    *,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one .txt/.md article into a Document (Markdown as its plain text, see
    markdown.py); the publication date comes from
    ``published`` when given, else from a dateline or "Published ..." line near the top."""
    text = read_text(path, max_bytes=max_bytes)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
        if not text.strip():
            raise InputError(f"{path}: no text in the Markdown")
    published_source: str | None = "given" if published else None
    if published is None:
        published = find_publication_date(text)
        published_source = "dateline" if published else None
    return Document(
        text=text,
        title=title or first_line_title(text),
        path=str(path),
        source=source,
        url=url,
        published=published,
        published_source=published_source,
    )
