"""Views to plain records (the stable JSON contract); shared by every export format."""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker.store.views import ArticleView, ClaimView, EventView, SourceView


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def source_record(s: SourceView) -> dict[str, Any]:
    """A source as the JSON contract writes it (plus its id, the article's title and URL)."""
    return {
        "id": s.id,
        "article_id": s.article_id,
        "quote": s.quote,
        "char_start": s.char_start,
        "char_end": s.char_end,
        "article_title": s.article_title,
        "url": s.url,
        "caption": s.caption,
        "said_by": s.said_by,
    }


def article_record(a: ArticleView) -> dict[str, Any]:
    """An article without its text."""
    return {
        "id": a.id,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "published": _iso(a.published),
        "published_inferred": a.published_inferred,
        "language": a.language,
    }


def event_record(e: EventView) -> dict[str, Any]:
    """An event: ``date`` is the TIMEX3 value, ``start``/``end`` the inclusive interval."""
    return {
        "id": e.id,
        "date": e.date,
        "start": _iso(e.start),
        "end": _iso(e.end),
        "precision": e.precision,
        "as_of": e.as_of,
        "title": e.title,
        "type": e.type,
        "modality": e.modality,
        "actors": list(e.actors),
        "places": list(e.places),
        "context": list(e.context),
        "confidence": e.confidence,
        "date_expression": e.date_expression,
        "n_sources": len(e.article_ids),
        "first_reported": _iso(e.first_reported),
        "last_reported": _iso(e.last_reported),
        "sources": [source_record(s) for s in e.sources],
    }


def claim_record(c: ClaimView) -> dict[str, Any]:
    """A claim: ``date`` is the day it was made (its article's date); ``about`` the TIMEX3
    value of the time it is about, when it names one."""
    return {
        "id": c.id,
        "text": c.text,
        "claimant": c.claimant,
        "verb": c.verb,
        "date": _iso(c.made_on),
        "about": c.about,
        "about_start": _iso(c.about_start),
        "about_end": _iso(c.about_end),
        "status": c.status,
        "score": c.score,
        "hedged": c.hedged,
        "entities": list(c.entities),
        "event_id": c.event_id,
        "quantities": [
            {"value": q.value, "unit": q.unit, "qualifier": q.qualifier, "text": q.text}
            for q in c.quantities
        ],
        "sources": [source_record(s) for s in c.sources],
        "links": [
            {
                "relation": link.relation,
                "direction": link.direction,
                "other_claim_id": link.other_claim_id,
                "note": link.note,
                "other_text": link.other_text,
                "other_status": link.other_status,
                "other_date": _iso(link.other_made_on),
            }
            for link in c.links
        ],
        "verdict_via": (
            {"claim_id": via.other_claim_id, "status": via.other_status}
            if (via := c.verdict_via)
            else None
        ),
    }


EVENT_CSV_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "as_of",
    "title",
    "type",
    "modality",
    "actors",
    "places",
    "context",
    "confidence",
    "date_expression",
    "article_ids",
    "n_sources",
    "quote",
    "url",
)
CLAIM_CSV_COLUMNS = (
    "id",
    "text",
    "claimant",
    "verb",
    "date",
    "about",
    "status",
    "score",
    "hedged",
    "entities",
    "quantities",
    "event_id",
    "article_ids",
    "url",
)


def event_row(e: EventView) -> dict[str, Any]:
    """One flat CSV row for an event; lists are joined with "; "."""
    first = e.sources[0] if e.sources else None
    return {
        "id": e.id,
        "date": e.date,
        "start": _iso(e.start),
        "end": _iso(e.end),
        "precision": e.precision,
        "as_of": e.as_of,
        "title": e.title,
        "type": e.type,
        "modality": e.modality,
        "actors": "; ".join(e.actors),
        "places": "; ".join(e.places),
        "context": "; ".join(e.context),
        "confidence": e.confidence,
        "date_expression": e.date_expression,
        "article_ids": "; ".join(str(a) for a in e.article_ids),
        "n_sources": len(e.article_ids),
        "quote": first.quote if first else "",
        "url": first.url if first and first.url else "",
    }


def claim_row(c: ClaimView) -> dict[str, Any]:
    """One flat CSV row for a claim with its latest status."""
    first = c.sources[0] if c.sources else None
    return {
        "id": c.id,
        "text": c.text,
        "claimant": c.claimant,
        "verb": c.verb,
        "date": _iso(c.made_on),
        "about": c.about,
        "status": c.status,
        "score": c.score,
        "hedged": c.hedged,
        "entities": "; ".join(c.entities),
        "quantities": "; ".join(q.text for q in c.quantities),
        "event_id": c.event_id,
        "article_ids": "; ".join(str(s.article_id) for s in c.sources),
        "url": first.url if first and first.url else "",
    }
