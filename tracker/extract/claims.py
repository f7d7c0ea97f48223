"""Claims: check-worthy factual statements, scored by the shipped model (``claim_score``),
with claimant and attribution verb, figures, entities, hedging and the event they belong to."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.claimscore import claim_score
from tracker.extract.claimscore.scorer import THRESHOLD as CLAIM_THRESHOLD
from tracker.extract.cues import find_attribution, is_hedged, is_question
from tracker.extract.events import date_ref
from tracker.extract.model import EntityMention, ExtractedClaim, ExtractedEvent, Quantity, Sentence
from tracker.extract.spans import by_sentence
from tracker.extract.timex import Timex


def find_claims(
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    entities: Sequence[EntityMention],
    quantities: Sequence[Quantity],
    events: Sequence[ExtractedEvent],
    *,
    default_claimant: str | None = None,
    dateline: tuple[int, int] | None = None,
) -> list[ExtractedClaim]:
    """Claims among the content sentences, each scored; those below the threshold are dropped.
    Headings are not claims; a sentence opened by the dateline (``dateline``: its span) is
    scored and kept without it."""
    claims: list[ExtractedClaim] = []
    quantities_in = by_sentence(quantities, sentences)
    entities_in = by_sentence(entities, sentences)
    timexes_in = by_sentence(timexes, sentences)
    event_of: dict[int, int] = {}  # sentence -> the first event it tells
    for n, ev in enumerate(events):
        for i in ev.sentence_indexes():
            event_of.setdefault(i, n)
    for sentence in sentences:
        if sentence.boilerplate or (sentence.index == 0 and sentence.paragraph == 0):
            continue
        qs = tuple(quantities_in.get(sentence.index, ()))
        ents = entities_in.get(sentence.index, [])
        dated = [t for t in timexes_in.get(sentence.index, ()) if t.interval_end is not None]
        claim_text = _without_dateline(sentence, dateline)
        if is_question(claim_text) or is_heading(claim_text):
            continue
        score = round(claim_score(claim_text), 3)
        if score < CLAIM_THRESHOLD:
            continue
        attribution = find_attribution(sentence.text)
        event_index = event_of.get(sentence.index)
        claims.append(
            ExtractedClaim(
                text=claim_text,
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


_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "up",
        "with",
        "via",
        "vs",
    ]
)


def is_heading(text: str) -> bool:
    """A headline or subheading rather than a sentence: no closing punctuation and its words
    (but the small ones) capitalised, as in "Floods Force Thousands From Homes"."""
    stripped = text.strip()
    if not stripped or stripped[-1] in ".!?…:;\"”’'":
        return False
    words = [w for w in _WORD.findall(stripped) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.8 * len(words)


def _without_dateline(sentence: Sentence, dateline: tuple[int, int] | None) -> str:
    """The sentence without the dateline that opens it ("KABUL, Aug. 16 (Wire) — ")."""
    if dateline is None or not (sentence.start <= dateline[0] < sentence.end):
        return sentence.text
    rest = sentence.text[max(0, dateline[1] - sentence.start) :].lstrip()
    return rest or sentence.text
