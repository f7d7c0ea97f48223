"""Frozen dataclasses that extractors return. No database, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.extract.timex import Timex


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article: offsets into the article text (end exclusive)."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    boilerplate: bool = False
    caption: bool = False


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named thing mentioned in the text, resolved to a canonical name and a kind."""

    start: int
    end: int
    text: str
    name: str
    kind: str  # country, place, organization, group, person, unknown
    rule: str = "gazetteer"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure in a claim: ``value`` in ``unit``, with a qualifier (at least, about...)."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class DateRef:
    """When something happened: the TIMEX3 value, the interval it covers and its precision,
    and the expression and anchor it came from so it can be re-resolved later."""

    value: str
    start: date | None
    end: date | None
    precision: str
    expression: str | None = None
    anchor: str | None = None
    timex_start: int | None = None
    timex_end: int | None = None
    as_of: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """Another sentence of the same article that tells the same event."""

    sentence: Sentence
    timex_start: int | None = None
    timex_end: int | None = None


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """One timeline entry: its main sentence, and ``also`` the other sentences of the article
    that tell the same event; ``sources`` says who it is reported by."""

    title: str
    type: str
    modality: str
    date: DateRef
    actors: tuple[str, ...]
    places: tuple[str, ...]
    confidence: float
    sentence: Sentence
    rule: str
    also: tuple[Mention, ...] = ()
    sources: tuple[str, ...] = ()  # says who: the entities the sentence attributes it to
    # who the story says it is about when the clause names no actor (see event_context)
    context: tuple[str, ...] = ()

    def sentence_indexes(self) -> set[int]:
        """Indexes of every sentence that tells this event."""
        return {self.sentence.index, *(m.sentence.index for m in self.also)}


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """A check-worthy factual statement found in one sentence: the sentence, or one of its
    clauses when it makes several claims."""

    text: str
    claimant: str | None
    verb: str | None
    score: float
    hedged: bool
    quantities: tuple[Quantity, ...]
    entities: tuple[str, ...]
    date: DateRef | None
    sentence: Sentence
    event_index: int | None = None
    start: int | None = None  # the claim text's offsets in the article (a clause, or the
    end: int | None = None  # sentence without its dateline); None: the whole sentence


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article; ``published`` is the date relative expressions
    were resolved against, and ``published_inferred`` says it was guessed from the text."""

    published: date | None
    published_inferred: bool
    sentences: tuple[Sentence, ...]
    timexes: tuple[Timex, ...]
    entities: tuple[EntityMention, ...]
    events: tuple[ExtractedEvent, ...]
    claims: tuple[ExtractedClaim, ...]
    warnings: tuple[str, ...] = field(default=())
