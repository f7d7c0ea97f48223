"""Full-text search over articles, events and claims: SQLite FTS5 (kept in sync by triggers
from the migrations) or PostgreSQL's text search, ranked, with highlighted snippets."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from tracker.errors import InputError

KINDS = ("article", "event", "claim")
HIGHLIGHT = ("«", "»")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One match: what it is, its id, its title, a snippet with the matched words marked
    «like this», and its rank (higher is better)."""

    kind: str
    id: int
    title: str
    snippet: str
    rank: float


def _terms(query: str) -> list[str]:
    terms = re.findall(r"\w+", query.lower())
    if not terms:
        raise InputError(f"nothing to search for in {query!r}")
    return terms


def search(
    session: Session, query: str, *, kinds: tuple[str, ...] = KINDS, limit: int = 20
) -> list[SearchHit]:
    """Rank articles, events and claims matching every word of ``query`` (any word order;
    English stemming, so "flooding" finds "floods")."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise InputError(f"unknown kind {sorted(unknown)[0]!r}; choose from {', '.join(KINDS)}")
    terms = _terms(query)
    if session.get_bind().dialect.name == "postgresql":
        return _search_postgres(session, terms, kinds, limit)
    return _search_sqlite(session, terms, kinds, limit)


def _search_sqlite(
    session: Session, terms: list[str], kinds: tuple[str, ...], limit: int
) -> list[SearchHit]:
    match = " ".join(f'"{t}"' for t in terms)
    open_, close = HIGHLIGHT
    rows = session.connection().execute(
        sa.text(
            "SELECT kind, ref_id, title, "
            "snippet(search_index, 3, :o, :c, '…', 16) AS body_snip, "
            "snippet(search_index, 2, :o, :c, '…', 16) AS title_snip, "
            "bm25(search_index, 0, 0, 4.0, 1.0) AS score "
            "FROM search_index WHERE search_index MATCH :q "
            "AND kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ") "
            "ORDER BY score LIMIT :n"
        ),
        {"q": match, "o": open_, "c": close, "n": limit},
    )
    hits = []
    for kind, ref_id, title, body_snip, title_snip, score in rows:
        snippet = body_snip if open_ in (body_snip or "") else title_snip
        hits.append(SearchHit(kind, int(ref_id), title, snippet or title, -float(score)))
    return hits


_PG_SOURCES = {
    "article": ("article", "title", "title || ' ' || text"),
    "event": ("event", "title", "title"),
    "claim": ("claim", "text", "coalesce(claimant, '') || ' ' || text"),
}


def _search_postgres(
    session: Session, terms: list[str], kinds: tuple[str, ...], limit: int
) -> list[SearchHit]:
    open_, close = HIGHLIGHT
    options = f"StartSel={open_}, StopSel={close}, MaxWords=30, MinWords=10, MaxFragments=1"
    parts = []
    for kind in kinds:
        table, title, document = _PG_SOURCES[kind]
        vector = f"to_tsvector('english', {document})"
        parts.append(
            f"SELECT '{kind}' AS kind, id, {title} AS title, "
            f"ts_headline('english', {document}, q, :opts) AS snippet, "
            f"ts_rank({vector}, q) AS score FROM {table}, "
            f"plainto_tsquery('english', :q) AS q WHERE {vector} @@ q"
        )
    sql = " UNION ALL ".join(parts) + " ORDER BY score DESC LIMIT :n"
    rows = session.connection().execute(
        sa.text(sql), {"q": " ".join(terms), "opts": options, "n": limit}
    )
    return [SearchHit(k, int(i), t, s, float(r)) for k, i, t, s, r in rows]
