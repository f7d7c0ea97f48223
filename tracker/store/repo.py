"""Writing: persisting one article and its Extraction in one transaction. The only code that
inserts article, event and claim rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from tracker.errors import NotFoundError
from tracker.extract.model import ExtractedClaim, ExtractedEvent, Extraction, Mention
from tracker.load.document import Document
from tracker.store.engine import write_session
from tracker.store.linking import (
    ClaimPool,
    best_event_match,
    record_candidate,
    sharpen,
    sketch_extracted_claim,
    sketch_extracted_event,
)
from tracker.store.models import (
    Article,
    Claim,
    ClaimEntity,
    ClaimStatusChange,
    Entity,
    Event,
    EventEntity,
    Quantity,
    Source,
)

SYSTEM_USER = "tracker"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What storing an article did: ``created`` is False when the same text was already stored."""

    article_id: int
    created: bool
    events: int = 0
    claims: int = 0
    corroborated: int = 0  # events already on the timeline, now with this article as a source
    candidates: int = 0  # unsure matches kept for a person to decide
    claim_links: int = 0


def store_article(engine: Engine, document: Document, extraction: Extraction) -> StoredArticle:
    """Persist ``document`` and its ``extraction`` in one transaction, unless an article with the
    same content hash is stored already. Nothing is written if anything fails."""
    try:
        with write_session(engine) as session:
            existing = session.exec(
                select(Article.id).where(Article.content_hash == document.content_hash)
            ).first()
            if existing is not None:
                return StoredArticle(existing, created=False)
            article = _add_article(session, document, extraction)
            assert article.id is not None
            entity_ids = _EntityCache(session)
            kinds = {e.name: e.kind for e in extraction.entities}
            event_ids: list[int] = []
            corroborated = candidates = links = 0
            for ev in extraction.events:
                found = best_event_match(session, sketch_extracted_event(ev), article.id)
                if found is not None and found[1].verdict == "same":
                    event_ids.append(
                        _corroborate(session, article.id, found[0], ev, entity_ids, kinds)
                    )
                    corroborated += 1
                    continue
                event_ids.append(_add_event(session, article.id, ev, entity_ids, kinds))
                if found is not None:
                    record_candidate(session, event_ids[-1], found[0].id or 0, found[1])
                    candidates += 1
            pool = ClaimPool.load(
                session, {name for c in extraction.claims for name in c.entities}, article.id
            )
            for claim in extraction.claims:
                event_id = event_ids[claim.event_index] if claim.event_index is not None else None
                claim_id = _add_claim(
                    session, article.id, claim, extraction, event_id, entity_ids, kinds
                )
                sketch = sketch_extracted_claim(claim, extraction.published)
                links += len(pool.link(session, claim_id, sketch))
            return StoredArticle(
                article.id,
                True,
                len(extraction.events),
                len(extraction.claims),
                corroborated,
                candidates,
                links,
            )
    except IntegrityError:
        # Another process stored the same text between our check and our insert.
        with Session(engine) as session:
            existing = session.exec(
                select(Article.id).where(Article.content_hash == document.content_hash)
            ).first()
        if existing is None:
            raise
        return StoredArticle(existing, created=False)


def _add_article(session: Session, document: Document, extraction: Extraction) -> Article:
    article = Article(
        title=document.title,
        source=document.source,
        url=document.url,
        path=document.path,
        published=extraction.published,
        published_inferred=extraction.published_inferred,
        language=document.language,
        content_hash=document.content_hash,
        text=document.text,
    )
    session.add(article)
    session.flush()
    return article


class _EntityCache:
    """Get-or-create entity ids by (name, kind) within one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[tuple[str, str], int] = {}

    def id_for(self, name: str, kind: str) -> int:
        key = (name, kind)
        if key not in self.ids:
            found = self.session.exec(
                select(Entity.id).where(Entity.name == name, Entity.kind == kind)
            ).first()
            if found is None:
                entity = Entity(name=name, kind=kind)
                try:
                    with self.session.begin_nested():
                        self.session.add(entity)
                except IntegrityError:  # created meanwhile by another writer
                    found = self.session.exec(
                        select(Entity.id).where(Entity.name == name, Entity.kind == kind)
                    ).one()
                else:
                    found = entity.id
            assert found is not None
            self.ids[key] = found
        return self.ids[key]


def _add_event(
    session: Session,
    article_id: int,
    ev: ExtractedEvent,
    entities: _EntityCache,
    kinds: dict[str, str],
) -> int:
    event = Event(
        title=ev.title,
        type=ev.type,
        modality=ev.modality,
        confidence=ev.confidence,
        date=ev.date.value,
        start=ev.date.start,
        end=ev.date.end,
        precision=ev.date.precision,
        as_of=ev.date.as_of,
        date_expression=ev.date.expression,
        date_anchor=ev.date.anchor,
    )
    session.add(event)
    session.flush()
    assert event.id is not None
    _add_event_sources(session, article_id, event.id, ev, entities, kinds)
    return event.id


def _corroborate(
    session: Session,
    article_id: int,
    event: Event,
    ev: ExtractedEvent,
    entities: _EntityCache,
    kinds: dict[str, str],
) -> int:
    """Add a new report of an event already on the timeline: its sources, any actor or place
    it adds, and its date when it is more precise."""
    assert event.id is not None
    if sharpen(event, ev):
        session.add(event)
    _add_event_sources(session, article_id, event.id, ev, entities, kinds)
    return event.id


def _add_event_sources(
    session: Session,
    article_id: int,
    event_id: int,
    ev: ExtractedEvent,
    entities: _EntityCache,
    kinds: dict[str, str],
) -> None:
    """Entity links (those not there yet) and one source per sentence that tells the event."""
    existing = set(
        session.exec(
            select(EventEntity.entity_id, EventEntity.role).where(EventEntity.event_id == event_id)
        ).all()
    )
    for role, names in (("actor", ev.actors), ("place", ev.places)):
        for name in names:
            kind = kinds.get(name, "place" if role == "place" else "unknown")
            entity_id = entities.id_for(name, kind)
            if (entity_id, role) not in existing:
                session.add(EventEntity(event_id=event_id, entity_id=entity_id, role=role))
                existing.add((entity_id, role))
    mentions = (Mention(ev.sentence, ev.date.timex_start, ev.date.timex_end), *ev.also)
    for mention in mentions:
        session.add(
            Source(
                article_id=article_id,
                event_id=event_id,
                quote=mention.sentence.text,
                char_start=mention.sentence.start,
                char_end=mention.sentence.end,
                timex_start=mention.timex_start,
                timex_end=mention.timex_end,
                caption=mention.sentence.caption,
            )
        )


def _add_claim(
    session: Session,
    article_id: int,
    cl: ExtractedClaim,
    extraction: Extraction,
    event_id: int | None,
    entities: _EntityCache,
    kinds: dict[str, str],
) -> int:
    claim = Claim(
        text=cl.text,
        claimant=cl.claimant,
        verb=cl.verb,
        score=cl.score,
        hedged=cl.hedged,
        made_on=extraction.published,
        event_id=event_id,
        date=cl.date.value if cl.date else None,
        start=cl.date.start if cl.date else None,
        end=cl.date.end if cl.date else None,
        precision=cl.date.precision if cl.date else None,
    )
    session.add(claim)
    session.flush()
    assert claim.id is not None
    for name in cl.entities:
        session.add(
            ClaimEntity(
                claim_id=claim.id, entity_id=entities.id_for(name, kinds.get(name, "unknown"))
            )
        )
    for q in cl.quantities:
        session.add(
            Quantity(
                claim_id=claim.id,
                value=q.value,
                unit=q.unit,
                qualifier=q.qualifier,
                text=q.text,
                char_start=q.start,
                char_end=q.end,
            )
        )
    session.add(
        Source(
            article_id=article_id,
            claim_id=claim.id,
            quote=cl.sentence.text,
            char_start=cl.sentence.start,
            char_end=cl.sentence.end,
            timex_start=cl.date.timex_start if cl.date else None,
            timex_end=cl.date.timex_end if cl.date else None,
            caption=cl.sentence.caption,
        )
    )
    session.add(
        ClaimStatusChange(
            claim_id=claim.id, status="unchecked", note="found on ingest", changed_by=SYSTEM_USER
        )
    )
    return claim.id


@dataclass(frozen=True, slots=True)
class Redated:
    """What re-resolving an article's dates changed."""

    article_id: int
    events_updated: int
    events_added: int
    events_removed: int
    claims_updated: int


def redate_article(
    engine: Engine, article_id: int, published: date, extraction: Extraction
) -> Redated:
    """Give an article a new publication date and apply ``extraction`` (the article re-extracted
    against that date): events and claims keep their ids and history; their dates follow the new
    anchor. Events that now have a date are added; ones that no longer do lose this source."""
    with write_session(engine) as session:
        article = session.get(Article, article_id)
        if article is None:
            raise NotFoundError(f"no article with id {article_id}")
        article.published = published
        article.published_inferred = False
        session.add(article)
        sources = session.exec(select(Source).where(Source.article_id == article_id)).all()
        by_event = {(s.char_start, s.timex_start): s for s in sources if s.event_id is not None}
        by_claim = {s.char_start: s for s in sources if s.claim_id is not None}
        entity_ids = _EntityCache(session)
        kinds = {e.name: e.kind for e in extraction.entities}
        updated = added = 0
        seen: set[int] = set()
        for ev in extraction.events:
            src = by_event.get((ev.sentence.start, ev.date.timex_start))
            if src is None:
                _add_event(session, article_id, ev, entity_ids, kinds)
                added += 1
                continue
            assert src.event_id is not None and src.id is not None
            seen.add(src.id)
            event = session.get(Event, src.event_id)
            if event is not None:
                event.date, event.start, event.end = ev.date.value, ev.date.start, ev.date.end
                event.precision, event.as_of = ev.date.precision, ev.date.as_of
                event.date_anchor = ev.date.anchor
                session.add(event)
                updated += 1
        removed = 0
        for src in by_event.values():
            if src.id not in seen:
                session.delete(src)
                removed += 1
        session.flush()
        claims_updated = 0
        for cl in extraction.claims:
            src = by_claim.get(cl.sentence.start)
            claim = session.get(Claim, src.claim_id) if src and src.claim_id else None
            if claim is None:
                continue
            claim.made_on = published
            if cl.date is not None:
                claim.date, claim.start, claim.end = cl.date.value, cl.date.start, cl.date.end
                claim.precision = cl.date.precision
            session.add(claim)
            claims_updated += 1
        # Events left without any source were this article's alone: they go with it.
        orphan_ids = session.exec(
            select(Event.id).where(
                col(Event.id).not_in(
                    select(Source.event_id).where(col(Source.event_id).is_not(None))
                )
            )
        ).all()
        for event_id in orphan_ids:
            orphan = session.get(Event, event_id)
            if orphan is not None:
                session.delete(orphan)
        return Redated(article_id, updated, added, removed, claims_updated)
