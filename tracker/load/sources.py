"""From the paths a user gives to the articles in them: .txt/.md files, HTML pages, JSON Lines
batches (one article a line). Each unit of work is a Job; ``load_job`` turns it into a Document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.load.document import Document
from tracker.load.html import HTML_SUFFIXES, load_html_article
from tracker.load.jsonl import JSONL_SUFFIXES, JsonlLine, document_from_jsonl, iter_jsonl_lines
from tracker.load.text import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, load_text_article

ALL_SUFFIXES = ARTICLE_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """What the user said about the articles being loaded."""

    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class Job:
    """One article to load: a file, or one line of a JSON Lines batch."""

    label: str
    path: Path | None = None
    line: JsonlLine | None = None


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders recursively into article files (sorted, hidden ones skipped); files given
    by name are kept whatever their suffix, so a wrong file is reported, not skipped."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in ALL_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    return found


def iter_jobs(files: Iterable[Path], options: LoadOptions) -> Iterator[Job]:
    """A job per text or HTML file, and per line of each JSON Lines file (streamed)."""
    for path in files:
        if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            for line in iter_jsonl_lines(path, options.max_bytes):
                yield Job(line.label, line=line)
        else:
            yield Job(str(path), path=path)


def load_job(job: Job, options: LoadOptions) -> Document:
    """Read the job's article; InputError says why it cannot be used."""
    if job.line is not None:
        defaults = {"published": options.published, "source": options.source, "url": options.url}
        return document_from_jsonl(job.line, defaults)
    assert job.path is not None
    kwargs = {
        "published": options.published,
        "source": options.source,
        "url": options.url,
        "title": options.title,
        "max_bytes": options.max_bytes,
    }
    if job.path.suffix.lower() in HTML_SUFFIXES:
        return load_html_article(job.path, **kwargs)  # type: ignore[arg-type]
    return load_text_article(job.path, **kwargs)  # type: ignore[arg-type]
