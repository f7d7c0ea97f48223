"""HTML pages and JSON Lines batches, bad lines and pages reported, parallel workers."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import ARTICLE_A, ARTICLE_B, run, write

PAGE = """<!DOCTYPE html><html><head><title>Gates jam | Northwind</title>
<meta property="og:url" content="https://northwind.example/gates">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2024-03-14T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article><h1>Gates jam at Tobol dam</h1>
<p>Engineers failed to open the jammed gates of the Tobol reservoir on March 12, 2024, and water
spilled into at least 12 villages downstream, the regional emergency department said.</p>
<p>About 3,400 people were moved to schools and sports halls, according to Governor Ana Ruiz.</p>
</article>
<aside><h3>Related stories</h3><a href="/x">Rain expected in Astana</a></aside>
<footer>Copyright 2024 Northwind Media. All rights reserved.</footer></body></html>
"""


def test_html_page_gives_text_title_date_and_url(tmp_path: Path, db_url: str) -> None:
    write(tmp_path, "page.html", PAGE)
    result = run("ingest", str(tmp_path / "page.html"), db=db_url)
    assert result.exit_code == 0, result.stderr
    article = json.loads(run("show", "article", "1", db=db_url).stdout)
    assert article["title"] == "Gates jam at Tobol dam"
    assert article["published"] == "2024-03-14" and not article["published_inferred"]
    assert article["url"] == "https://northwind.example/gates"
    assert "cookies" not in article["text"] and "Related stories" not in article["text"]
    assert "All rights reserved" not in article["text"]
    assert "12 villages" in article["text"]


def test_jsonl_batch_reports_bad_lines_by_number(tmp_path: Path, db_url: str) -> None:
    lines = [
        json.dumps({"title": "Gates jam", "text": ARTICLE_A, "url": "https://n.example/1"}),
        "{not json",
        json.dumps({"title": "No text here"}),
        "",
        json.dumps({"html": PAGE, "source": "Northwind"}),
        json.dumps({"text": ARTICLE_B, "published": "2024-03-20"}),
        json.dumps(["a", "list"]),
    ]
    write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    result = run("ingest", str(tmp_path / "batch.jsonl"), db=db_url)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert any("batch.jsonl:2: not JSON" in e for e in errors)
    assert any("batch.jsonl:3: no 'text' or 'html'" in e for e in errors)
    assert any("batch.jsonl:7: expected a JSON object" in e for e in errors)
    assert "3 stored, 0 already stored, 3 failed" in result.stderr
    articles = json.loads(run("articles", "-f", "json", db=db_url).stdout)
    assert {a["source"] for a in articles} >= {"Northwind"}


def test_malformed_html_is_reported(tmp_path: Path, db_url: str) -> None:
    write(tmp_path, "broken.html", "<html><body><div><p>Too short</div>")
    write(tmp_path, "good.txt", ARTICLE_A)
    result = run("ingest", str(tmp_path), db=db_url)
    assert result.exit_code == 1
    assert "broken.html" in result.stderr and "no article text" in result.stderr
    assert "1 stored" in result.stderr


def test_workers_give_the_same_store_as_one_process(tmp_path: Path, db_url: str) -> None:
    for i in range(6):
        write(tmp_path / "in", f"a{i}.txt", ARTICLE_A.replace("12 villages", f"{12 + i} villages"))
    write(tmp_path / "in", "b.txt", ARTICLE_B)
    result = run("ingest", "--workers", "2", str(tmp_path / "in"), db=db_url)
    assert result.exit_code == 0, result.stderr
    assert "7 stored" in result.stderr
    events = json.loads(run("events", "-f", "json", db=db_url).stdout)
    assert len({s["article_id"] for e in events for s in e["sources"]}) == 7
