"""One self-contained HTML page (no network, no CDN): the timeline with filters by actor, place
and type, each entry with its sources and claims. Every piece of article text is escaped."""

from __future__ import annotations

import html
import json
from collections import defaultdict
from typing import TextIO

from sqlmodel import Session

from tracker.export.request import ExportRequest
from tracker.store.queries import list_claims, list_events
from tracker.store.views import ClaimView, EventView
from tracker.timeline import build_timeline

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:1rem 2rem;background:#1f3a5f;color:#fff}
header h1{margin:0;font-size:1.5rem}
form{display:flex;gap:1rem;flex-wrap:wrap;padding:1rem 2rem;background:#eef2f7}
label{font-size:.85rem;display:flex;flex-direction:column}
main{padding:0 2rem 2rem;max-width:60rem}
h2{border-bottom:2px solid #1f3a5f;padding-top:1rem}
article.event{background:#fff;border-left:4px solid #1f3a5f;margin:.75rem 0;padding:.5rem 1rem}
.when{font-weight:600;color:#1f3a5f}
.meta{font-size:.85rem;color:#555}
.type{display:inline-block;background:#dde6f0;border-radius:3px;padding:0 .4rem;font-size:.8rem}
blockquote{margin:.4rem 0;padding-left:.75rem;border-left:2px solid #ccc;color:#333}
.claim{font-size:.9rem;margin:.3rem 0}
.status{font-weight:600}
[hidden]{display:none}
#count{font-size:.85rem;align-self:flex-end}
"""

_SCRIPT = """
(function () {
  var selects = document.querySelectorAll('form select');
  var events = document.querySelectorAll('article.event');
  function has(el, key, value) {
    return !value || JSON.parse(el.dataset[key]).indexOf(value) >= 0;
  }
  function apply() {
    var f = {};
    selects.forEach(function (s) { f[s.name] = s.value; });
    var shown = 0;
    events.forEach(function (el) {
      var ok = has(el, 'actors', f.actor) && has(el, 'places', f.place) &&
               (!f.type || el.dataset.type === f.type);
      el.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.querySelectorAll('section.period').forEach(function (sec) {
      sec.hidden = !sec.querySelector('article.event:not([hidden])');
    });
    document.getElementById('count').textContent = shown + ' of ' + events.length + ' events';
  }
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  apply();
})();
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _options(name: str, label: str, values: set[str]) -> str:
    opts = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in sorted(values))
    select = f'<select name="{name}"><option value="">all</option>{opts}</select>'
    return f"<label>{_e(label)}{select}</label>"


def _source_link(title: str, url: str | None) -> str:
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(title)}</a>'
    return _e(title)


def _event_html(e: EventView, when: str, claims: list[ClaimView]) -> str:
    actors, places = _e(json.dumps(list(e.actors))), _e(json.dumps(list(e.places)))
    data = f' data-actors="{actors}" data-places="{places}" data-type="{_e(e.type)}"'
    kind = _e(e.type.replace("_", " "))
    parts = [
        f'<article class="event" id="event-{e.id}"{data}>',
        f'<div><span class="when">{_e(when)}</span> <span class="type">{kind}</span></div>',
        f"<div>{_e(e.title)}</div>",
    ]
    who = ", ".join(e.actors)
    where = ", ".join(e.places)
    if who or where:
        parts.append(f'<div class="meta">{_e(" · ".join(x for x in (who, where) if x))}</div>')
    for s in e.sources:
        link = _source_link(s.article_title or f"article {s.article_id}", s.url)
        parts.append(
            f'<blockquote>{_e(s.quote)}<br><span class="meta">— {link}</span></blockquote>'
        )
    for c in claims:
        parts.append(
            f'<div class="claim">Claim: {_e(c.text)} '
            f'<span class="status">[{_e(c.status.replace("_", " "))}]</span></div>'
        )
    parts.append("</article>")
    return "\n".join(parts)


def render_page(events: list[EventView], claims: list[ClaimView], title: str) -> str:
    """The whole page as a string."""
    claims_by_event: dict[int, list[ClaimView]] = defaultdict(list)
    for c in claims:
        if c.event_id is not None:
            claims_by_event[c.event_id].append(c)
    by_id = {e.id: e for e in events}
    body = []
    for section in build_timeline(events):
        entries = "\n".join(
            _event_html(by_id[x.event_id], x.when, claims_by_event[x.event_id])
            for x in section.entries
        )
        body.append(f'<section class="period"><h2>{_e(section.heading)}</h2>\n{entries}</section>')
    form = "".join(
        (
            _options("actor", "Actor", {a for e in events for a in e.actors}),
            _options("place", "Place", {p for e in events for p in e.places}),
            _options("type", "Type", {e.type for e in events}),
            '<span id="count"></span>',
        )
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{_e(title)}</h1></header><form>{form}</form>"
        f"<main>{''.join(body) or '<p>No events.</p>'}</main>"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def write_html(session: Session, out: TextIO, request: ExportRequest) -> int:
    """Write the page; returns the number of events on it."""
    events = list_events(session, request.events)
    out.write(render_page(events, list_claims(session, request.claims), request.title))
    return len(events)
