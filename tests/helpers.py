"""Small articles written for the tests, and a CLI runner that keeps stderr apart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner, Result

from tracker.cli.app import app
from tracker.extract import ExtractedEvent, extract

ARTICLE_A = """Reservoir spills over as Tobol dam gates jam

KOSTANAY, March 14, 2024 (Northwind Wire) — Engineers failed to open the jammed gates of the
Tobol reservoir on March 12, 2024, and water spilled into at least 12 villages downstream, the
regional emergency department said.

About 3,400 people were moved to schools and sports halls, according to Governor Ana Ruiz.
"""

ARTICLE_B = """Kazakhstan and Russia agree on flood relief

Published March 20, 2024

Kazakh and Russian ministers signed a flood-relief accord in Astana on March 19, 2024, pledging
$45 million for repairs. Water now covers 31 villages, the emergency ministry said.
"""


def write(folder: Path, name: str, text: str) -> Path:
    """Write an article file and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str, db: str | None = None) -> Result:
    """Invoke the CLI in-process; stderr is kept apart from stdout."""
    argv = (["--db", db] if db else []) + list(args)
    return CliRunner().invoke(app, argv, catch_exceptions=False)


def events_of(body: str, published: date) -> tuple[ExtractedEvent, ...]:
    """The events extracted from ``body`` under a one-word headline, published on
    ``published``."""
    return extract(f"News\n\n{body}", published).events
