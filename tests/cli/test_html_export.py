"""The self-contained HTML page: escaped, no network, filters that work in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import ARTICLE_A, ARTICLE_B, run, write
from tracker.export.html_export import render_page
from tracker.store.views import EventView, SourceView

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _event(title: str, quote: str, url: str) -> EventView:
    from datetime import date

    source = SourceView(1, quote, 0, len(quote), "<b>Title</b>", url)
    return EventView(
        1,
        "2024-03-12",
        date(2024, 3, 12),
        date(2024, 3, 12),
        "day",
        title,
        "disaster",
        "asserted",
        0.8,
        False,
        "March 12",
        ("Kazakhstan",),
        ("Tobol",),
        (source,),
    )


def test_article_text_is_escaped_and_nothing_is_fetched() -> None:
    page = render_page(
        [
            _event(
                "<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "javascript:alert(3)"
            )
        ],
        [],
        "T",
    )
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x" not in page
    assert "javascript:alert" not in page
    assert "&lt;b&gt;Title&lt;/b&gt;" in page
    # Self-contained: no element that loads anything.
    assert not re.search(r"<(?:link|img|iframe)\b|<script\s+src", page)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_page_renders_and_filters_in_headless_chromium(tmp_path: Path, db_url: str) -> None:
    write(tmp_path / "in", "a.txt", ARTICLE_A)
    write(tmp_path / "in", "b.txt", ARTICLE_B)
    assert run("ingest", str(tmp_path / "in"), db=db_url).exit_code == 0
    page = tmp_path / "timeline.html"
    assert run("export", "--format", "html", "--out", str(page), db=db_url).exit_code == 0
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    # The script ran: it wrote the event count.
    assert " of " in dom and "events</span>" in dom
    assert 'class="event"' in dom
    shot = Path("exports") / "test-html-export.png"
    shot.parent.mkdir(exist_ok=True)
    subprocess.run(
        [
            CHROMIUM,
            *flags,
            f"--screenshot={shot.resolve()}",
            "--window-size=1200,900",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.stat().st_size > 5000
    print(f"screenshot: {shot.resolve()}")
