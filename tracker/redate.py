"""Changing an article's publication date: re-extract it against the new date (pure) and let
the store re-resolve the dates of its events and claims."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from tracker.extract import extract
from tracker.store.engine import read_session
from tracker.store.queries import get_article
from tracker.store.repo import Redated, redate_article


def set_article_date(engine: Engine, article_id: int, published: date) -> Redated:
    """Set the article's publication date and re-resolve every relative date it holds."""
    with read_session(engine) as session:
        article = get_article(session, article_id)
    assert article.text is not None
    extraction = extract(article.text, published, source=article.source)
    return redate_article(engine, article_id, published, extraction)
