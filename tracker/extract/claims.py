"""Claims: check-worthy factual statements, scored by the shipped model (``claim_score``),
with claimant and attribution verb, figures, entities, hedging and the event they belong to."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tracker.extract.claimscore import claim_scores
from tracker.extract.claimscore.scorer import THRESHOLD as CLAIM_THRESHOLD
from tracker.extract.clauses import clause_spans
from tracker.extract.cues import find_attribution, is_hedged, is_question
from tracker.extract.entities import PLACE_KINDS
from tracker.extract.event_dates import date_ref
from tracker.extract.model import EntityMention, ExtractedClaim, ExtractedEvent, Quantity, Sentence
from tracker.extract.spans import by_sentence
from tracker.extract.timex import Timex
from tracker.load.dateline import dateline_length


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
    events_of: dict[int, list[int]] = {}  # sentence -> the events it tells, in order
    for n, ev in enumerate(events):
        for i in ev.sentence_indexes():
            events_of.setdefault(i, []).append(n)
    candidates = [
        (sentence, claim_text, clause_spans(claim_text))
        for sentence, claim_text in _candidate_texts(sentences, dateline)
    ]
    # Every text that may be scored, scored together: each clause of a sentence that joins
    # several, and each sentence as a whole (in the order _check_worthy_parts takes them).
    texts: list[str] = []
    for _sentence, text, spans in candidates:
        if len(spans) > 1:
            texts.extend(text[a:b] for a, b in spans)
        texts.append(text)
    scores = iter(claim_scores(texts))
    last_person: str | None = None  # the last person named before the sentence
    by_index = {sentence.index: (text, spans) for sentence, text, spans in candidates}
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        persons = [e for e in entities_in.get(sentence.index, ()) if e.kind == "person"]
        named_before, last_person = last_person, (persons[-1].name if persons else last_person)
        if sentence.index not in by_index:
            continue
        claim_text, spans = by_index[sentence.index]
        whole = find_attribution(claim_text)  # (the dateline cut: "SEOUL ... said" is no sayer)
        base = sentence.start + len(sentence.text) - len(claim_text)
        parts = _check_worthy_parts(claim_text, base, spans, scores)
        for text, start, end, score in parts:
            inside = _Within(start, end)
            dated = [
                t
                for t in timexes_in.get(sentence.index, ())
                if t.interval_end is not None and inside(t)
            ]
            own = find_attribution(text) if text != claim_text else None
            attribution = own or whole
            claimant = attribution.who if attribution else default_claimant
            if attribution and claimant and claimant.lower() in _PERSONAL_PRONOUNS:
                at = (start if own else base) + attribution.start
                earlier = [e.name for e in persons if e.end <= at]
                claimant = earlier[-1] if earlier else (named_before or claimant)
            elif attribution and claimant:
                # "the airline said": the body "the airline" names (headnouns.py)
                at = (start if own else base) + attribution.start
                claimant = next(
                    (
                        e.name
                        for e in entities_in.get(sentence.index, [])
                        if e.end == at + len(claimant)
                        # "Chief executive Lisa Brandt", not "the UN office in Almaty" nor
                        # "Critics of Maria Silva", "A lawyer for Maria Silva"
                        and (
                            e.start == at
                            or (
                                at < e.start
                                and e.kind not in PLACE_KINDS
                                and not _RELATION.search(claimant[: e.start - at])
                            )
                        )
                    ),
                    claimant,
                )
            claims.append(
                ExtractedClaim(
                    text=text,
                    claimant=claimant,
                    verb=attribution.verb if attribution else None,
                    score=score,
                    # (the sentence tested only when it is not the claim's text itself)
                    hedged=is_hedged(text) or (text != sentence.text and is_hedged(sentence.text)),
                    quantities=tuple(q for q in quantities_in.get(sentence.index, ()) if inside(q)),
                    entities=tuple(
                        dict.fromkeys(
                            e.name for e in entities_in.get(sentence.index, []) if inside(e)
                        )
                    ),
                    date=date_ref(dated[0]) if dated else None,
                    sentence=sentence,
                    event_index=_event_of(events_of.get(sentence.index, []), events, inside),
                    start=start,
                    end=end,
                )
            )
    return claims


_RELATION = re.compile(r"\b(?:of|for|to|with|against|from|at|in)\b", re.I)


# "he said": the claimant is the person last named before the pronoun.
_PERSONAL_PRONOUNS = frozenset({"he", "she"})


@dataclass(frozen=True, slots=True)
class _Within:
    """Whether a span (anything with ``start`` and ``end``) lies inside [start, end)."""

    start: int
    end: int

    def __call__(self, span: Quantity | EntityMention | Timex) -> bool:
        return self.start <= span.start and span.end <= self.end


def _event_of(
    candidates: list[int], events: Sequence[ExtractedEvent], inside: _Within
) -> int | None:
    """The event a claim belongs to: the first of its sentence's events dated by a time
    expression inside the claim's text, else the sentence's first event."""
    for n in candidates:
        at = events[n].date.timex_start
        if at is not None and inside.start <= at < inside.end:
            return n
    return candidates[0] if candidates else None


def _candidate_texts(
    sentences: Sequence[Sentence], dateline: tuple[int, int] | None
) -> list[tuple[Sentence, str]]:
    """The content sentences that may make claims, each with its text as a claim (without the
    dateline that opens it): not the article's first line, a question or a heading."""
    out = []
    for sentence in sentences:
        if sentence.boilerplate or (sentence.index == 0 and sentence.paragraph == 0):
            continue
        claim_text = _without_dateline(sentence, dateline)
        if is_question(claim_text) or is_heading(claim_text):
            continue
        out.append((sentence, claim_text))
    return out


def _check_worthy_parts(
    text: str, base: int, spans: Sequence[tuple[int, int]], scores: Iterator[float]
) -> list[tuple[str, int, int, float]]:
    """The claims a sentence's text (at article offset ``base``) makes: its clauses (``spans``)
    when it joins several independent clauses that are each check-worthy, else the whole text
    if it is; as (text, start, end, score). ``scores`` yields the scores of its clauses (when
    there are several), then that of the whole text."""
    if len(spans) > 1:
        parts = [(text[a:b], base + a, base + b) for a, b in spans]
        part_scores = [round(next(scores), 3) for _ in parts]
        whole = round(next(scores), 3)
        if min(part_scores) >= CLAIM_THRESHOLD:
            return [(p, a, b, s) for (p, a, b), s in zip(parts, part_scores, strict=True)]
    else:
        whole = round(next(scores), 3)
    if whole < CLAIM_THRESHOLD:
        return []
    return [(text, base, base + len(text), whole)]


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
    """The sentence without the dateline that opens it: the one that gave the publication date
    ("KABUL, Aug. 16 (Wire) — "; ``dateline`` is its span) or one without a date ("HOUSTON —")
    opening the sentence."""
    if dateline is None or not (sentence.start <= dateline[0] < sentence.end):
        cut = dateline_length(sentence.text)
        return sentence.text[cut:] if cut else sentence.text
    rest = sentence.text[max(0, dateline[1] - sentence.start) :].lstrip()
    return rest or sentence.text
