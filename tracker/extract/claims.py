"""Claims: check-worthy factual statements, with claimant, figures, entities and hedging.

This first scorer is a transparent sum of cues (figures, attribution, named entities, dates,
questions); the claims issue replaces it with a trained classifier behind ``claim_score``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.cues import find_attribution, is_hedged, is_question
from tracker.extract.events import date_ref
from tracker.extract.model import EntityMention, ExtractedClaim, ExtractedEvent, Quantity, Sentence
from tracker.extract.timex import Timex

CLAIM_THRESHOLD = 0.5
_SECOND_PERSON = re.compile(r"\b(?:you|your|you'll|you’ll)\b", re.I)
_OPINION = re.compile(
    r"\b(?:I think|I believe|we believe|should|must|ought to|in my view|hopefully)\b", re.I
)
_FACT_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|rose|fell|increased|decreased|killed|took|taken|reached|"
    r"totals?|totalled|numbered|doubled|tripled|won|lost|spent|received|displaced|fled)\b",
    re.I,
)


def score_sentence(
    text: str, quantities: Sequence[Quantity], entities: Sequence[EntityMention], has_date: bool
) -> float:
    """Check-worthiness in [0, 1] from cues: figures, attribution, entities, dates, a factual
    verb; questions, opinions and text addressed to the reader score low."""
    score = 0.1
    score += 0.35 if quantities else 0.0
    score += 0.15 if find_attribution(text) else 0.0
    score += 0.1 if any(e.kind != "unknown" for e in entities) else 0.0
    score += 0.1 if has_date else 0.0
    score += 0.1 if _FACT_VERB.search(text) else 0.0
    if is_question(text):
        score -= 0.4
    if _SECOND_PERSON.search(text):
        score -= 0.3
    if _OPINION.search(text):
        score -= 0.2
    return round(max(0.0, min(1.0, score)), 3)


def find_claims(
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    entities: Sequence[EntityMention],
    quantities: Sequence[Quantity],
    events: Sequence[ExtractedEvent],
    *,
    default_claimant: str | None = None,
) -> list[ExtractedClaim]:
    """Claims among the content sentences, each scored; those below the threshold are dropped."""
    claims: list[ExtractedClaim] = []
    for sentence in sentences:
        if sentence.boilerplate or (sentence.index == 0 and sentence.paragraph == 0):
            continue
        inside = _inside(sentence)
        qs = tuple(q for q in quantities if inside(q.start, q.end))
        ents = [e for e in entities if inside(e.start, e.end)]
        dated = [t for t in timexes if inside(t.start, t.end) and t.interval_end is not None]
        score = score_sentence(sentence.text, qs, ents, bool(dated))
        if score < CLAIM_THRESHOLD:
            continue
        attribution = find_attribution(sentence.text)
        event_index = next(
            (i for i, ev in enumerate(events) if sentence.index in ev.sentence_indexes()), None
        )
        claims.append(
            ExtractedClaim(
                text=sentence.text,
                claimant=attribution.who if attribution else default_claimant,
                verb=attribution.verb if attribution else None,
                score=score,
                hedged=is_hedged(sentence.text),
                quantities=qs,
                entities=tuple(dict.fromkeys(e.name for e in ents if e.kind != "unknown")),
                date=date_ref(dated[0]) if dated else None,
                sentence=sentence,
                event_index=event_index,
            )
        )
    return claims


def _inside(sentence: Sentence):
    return lambda s, e: sentence.start <= s and e <= sentence.end
