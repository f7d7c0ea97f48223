"""JSON Lines batches: one article a line with ``title``, ``text`` or ``html``, ``published``,
``url`` and ``source``. A bad line is reported with its number; the others still load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tracker.errors import InputError
from tracker.load.dateline import find_publication_date
from tracker.load.document import Document
from tracker.load.text import first_line_title

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class JsonlLine:
    """One raw line of a batch file, with where it came from."""

    label: str
    text: str


def iter_jsonl_lines(path: Path, max_bytes: int) -> Iterator[JsonlLine]:
    """The non-blank lines of a JSONL file, streamed, each labelled ``path:N``."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with fh:
        for n, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            label = f"{path}:{n}"
            if len(raw) > max_bytes:
                yield JsonlLine(label, "")  # reported as too large below
                continue
            try:
                yield JsonlLine(label, raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                yield JsonlLine(label, "\x00invalid utf-8")


def document_from_jsonl(line: JsonlLine, defaults: dict[str, Any]) -> Document:
    """Parse one line into a Document; InputError names the line when it cannot be used.
    ``defaults`` (published, source, url) fill what the line leaves out."""
    if line.text == "":
        raise InputError(f"{line.label}: line is larger than the size limit")
    if line.text.startswith("\x00"):
        raise InputError(f"{line.label}: not valid UTF-8")
    try:
        record = json.loads(line.text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{line.label}: not JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise InputError(f"{line.label}: expected a JSON object")
    published = _date(record.get("published"), line.label) or defaults.get("published")
    source = record.get("source") or defaults.get("source")
    url = record.get("url") or defaults.get("url")
    if isinstance(record.get("html"), str) and record["html"].strip() and not record.get("text"):
        from tracker.load.html import document_from_html

        return document_from_html(
            record["html"],
            path=line.label,
            url=url,
            source=source,
            published=published,
            title=record.get("title"),
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{line.label}: no 'text' or 'html'")
    title = record.get("title") or first_line_title(text)
    if record.get("title") and not text.lstrip().startswith(record["title"]):
        text = f"{record['title']}\n\n{text}"
    stated = None if published else find_publication_date(text)
    return Document(
        text=text,
        title=str(title),
        path=line.label,
        source=source,
        url=url,
        published=published or stated,
        published_source="given" if published else ("dateline" if stated else None),
    )


def _date(value: object, label: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{label}: 'published' must be a date string")
    from tracker.dates import parse_user_date

    try:
        return parse_user_date(value[:10] if value[:4].isdigit() else value)
    except InputError as exc:
        raise InputError(f"{label}: 'published': {exc}") from None
