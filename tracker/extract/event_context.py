"""Who an event is about when its own clause names no one.

"A second launch window was lost to fog" names no actor, yet a reader knows from the story
whose launch it was. Such an event gets ``context``: the actors of the last event told before
it that names some (the story goes on with them), else the story's most-named actor; and,
when it names no place either, the places of the last event told before it that names some
("Carvel closed its intake on 20 May ... Volunteers handed out bottled water from 20 to 24
May": in Carvel). Context is kept apart from the event's actors and places: it is what the
story is about, not what the clause says, and the timeline shows it as such.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from tracker.extract.entities import ends_as_a_place
from tracker.extract.model import EntityMention, ExtractedEvent, Sentence

# A line of a list ("- 2 June - the federation publishes its assessment").
_LIST_ITEM = re.compile(r"\s*[-•*–]\s")
# Kinds of entity that can act (places are where things happen, not who does them).
_ACTING_KINDS = frozenset(("organization", "person", "group", "country", "unknown"))


def story_actor(
    entities: Sequence[EntityMention],
    sentences: Sequence[Sentence],
    places: frozenset[str] = frozenset(),
) -> str | None:
    """The actor the article names most often in its content (not in boilerplate), the first
    named among equals; None when it names none. Names in ``places`` (where the article's
    events happen and who none of them does: "arrive at Uranus") are no actor."""
    skipped = [(s.start, s.end) for s in sentences if s.boilerplate]
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in entities:
        if e.kind not in _ACTING_KINDS or any(a <= e.start < b for a, b in skipped):
            continue
        if ends_as_a_place(e.name) or e.name in places:  # "Millbrook Park" is where, not who
            continue
        counts[e.name] += 1
        first.setdefault(e.name, e.start)
    if not counts:
        return None
    return min(counts, key=lambda name: (-counts[name], first[name]))


# How far after the event that named the last actors an event may be and still go on with
# them ("Voyager 2 flew past in 1986 ... The next milestone is a review next spring": no).
_STORY_GAP_DAYS = 366


def _back_from_the_past(named_until: date | None, starts: date | None) -> bool:
    """Whether an event starting at ``starts`` comes more than a year after the end of the
    event whose actors were named last: the story has come back from its background."""
    if named_until is None or starts is None:
        return False
    return (starts - named_until).days > _STORY_GAP_DAYS


def with_story_context(
    events: Sequence[ExtractedEvent],
    entities: Sequence[EntityMention],
    sentences: Sequence[Sentence],
) -> list[ExtractedEvent]:
    """``events`` (in the order the article tells them), those that have no actor given
    ``context``: the actors of the nearest event before it (in an earlier sentence, or earlier
    in the same one) that has actors, unless that event ended more than a year before it
    starts, else (and in a line of a list) the story's most-named actor, and when it has no
    place either, the places of the nearest event before it that has some; never a name that
    is already one of its places."""
    out: list[ExtractedEvent] = []
    last_actors: tuple[str, ...] = ()
    last_end: date | None = None  # when the event that named them ended
    last_sentence = -1
    last_places: tuple[str, ...] = ()
    topic: str | None = None
    topic_known = False
    for ev in events:
        where = last_places if not ev.places else ()
        if ev.places:
            last_places = ev.places
        if ev.actors:
            if ev.sentence.index >= last_sentence:
                # (the latest end among the sentence's events: "fined X on Tuesday for spills
                # between 2017 and 2022" tells of today)
                if ev.sentence.index == last_sentence and last_end and ev.date.end:
                    last_end = max(last_end, ev.date.end)
                else:
                    last_end = ev.date.end
                last_actors, last_sentence = ev.actors, ev.sentence.index
            out.append(ev)
            continue
        names = last_actors if last_sentence <= ev.sentence.index else ()
        if _back_from_the_past(last_end, ev.date.start):
            names = ()  # a background paragraph's actors do not go on into today's story
        if _LIST_ITEM.match(ev.sentence.text):
            names = ()  # a line of key dates goes on with the story, not the paragraph before
        if not names:
            if not topic_known:
                acting = {a for e in events for a in e.actors}
                places = frozenset(p for e in events for p in e.places if p not in acting)
                topic, topic_known = story_actor(entities, sentences, places), True
            names = (topic,) if topic else ()
        context = tuple(dict.fromkeys(n for n in (*names, *where) if n not in ev.places))
        out.append(replace(ev, context=context) if context else ev)
    return out
