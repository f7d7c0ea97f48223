from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.load.html import document_from_html

PAGE = """<!DOCTYPE html><html><head><title>Ferry runs aground | Harbour Times</title>
<meta property="article:published_time" content="2024-05-08T09:00:00Z"></head><body>
<div class="cookies">We use cookies. Accept all cookies</div>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Ferry runs aground off Skerry Point</h1>
<p>GLENMORE — A passenger ferry with 212 people on board ran aground off Skerry Point on
Tuesday evening, the coastguard said. No one was hurt.</p>
<figure><img src="/img/ferry.jpg" alt=""><figcaption>The ferry lies on the rocks at low tide
on May 7, 2024.</figcaption></figure>
<p>Tugs are expected to pull the vessel free on Thursday, the operator said.</p>
<ul><li>Crossings cancelled until Friday</li><li>Refunds offered</li></ul>
</article>
<div class="newsletter">Sign up for our newsletter.</div>
<footer>All rights reserved.</footer></body></html>"""


def test_html_paragraphs_stay_paragraphs_and_captions_are_kept() -> None:
    doc = document_from_html(PAGE, path="page.html")
    paragraphs = doc.text.strip().split("\n\n")
    assert paragraphs[0] == "Ferry runs aground off Skerry Point"
    assert paragraphs[1].startswith("GLENMORE — A passenger ferry")
    assert paragraphs[2] == "Photo: The ferry lies on the rocks at low tide on May 7, 2024."
    assert "- Crossings cancelled until Friday" in paragraphs
    assert "cookies" not in doc.text and "newsletter" not in doc.text
    assert doc.published == date(2024, 5, 8)


def test_an_html_caption_is_a_dated_caption_event() -> None:
    doc = document_from_html(PAGE, path="page.html")
    x = extract(doc.text, doc.published)
    captions = [e for e in x.events if e.sentence.caption]
    assert [(e.date.value, e.date.start) for e in captions] == [("2024-05-07", date(2024, 5, 7))]
