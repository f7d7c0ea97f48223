"""What has gone on since a point in time: "Protests have been held across Serbia since a
canopy collapsed in November 2024" tells two events, the collapse (dated by its own clause)
and the protests, which run from that date to the article's; "Since then, the two sides have
exchanged 23 prisoners" runs from the date the sentence before gave."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from tracker.extract.cues import modality
from tracker.extract.event_clauses import FINITE_VERB
from tracker.extract.event_dates import date_ref
from tracker.extract.event_roles import roles
from tracker.extract.event_types import classify
from tracker.extract.model import EntityMention, ExtractedEvent, Sentence
from tracker.extract.timex import Timex
from tracker.extract.titles import make_title

# A clause in the perfect: what has gone on up to now ("have been held", "has killed").
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|largely|repeatedly|since|already)\s+)*(?!to\b)[a-z]+"
)
# "since" opening a clause ("since a canopy collapsed ..."), not "ever since" or "since then".
_SINCE_CLAUSE = re.compile(r"(?<!\bever\s)\bsince\s+(?!then\b)(?=\S)")
_SINCE_THEN = re.compile(r"^\s*(?:(?:And|But)\s+)?[Ss]ince\s+then,?\s+")


def since_events(
    sentence: Sentence,
    dated: Sequence[Timex],
    entities: Sequence[EntityMention],
    published: date | None,
    previous: ExtractedEvent | None,
    reported: bool,
) -> list[ExtractedEvent]:
    """The events of the sentence that have gone on since a date up to ``published``: a main
    clause in the perfect before a "since" clause that holds a date, or after "Since then"
    (dated from ``previous``, the event the sentence before told)."""
    if published is None:
        return []
    text = sentence.text
    then = _SINCE_THEN.match(text)
    if then is not None:
        if dated or previous is None or previous.date.start is None:
            return []
        main_start, main = then.end(), text[then.end() :]
        start_ref = previous.date
    else:
        found = _since_clause(text, sentence.start, dated)
        if found is None:
            return []
        main_start, main, timex = found
        start_ref = date_ref(timex)
    if not _PERFECT.search(main) or start_ref.start is None or start_ref.start > published:
        return []
    ref = replace(start_ref, end=published, as_of=False)
    title = make_title(main)
    in_main = [
        e
        for e in entities
        if sentence.start + main_start <= e.start < sentence.start + main_start + len(main)
    ]
    actors, places = roles(sentence, in_main)
    return [
        ExtractedEvent(
            title=title,
            type=classify(title),
            modality=modality(main, reported),
            date=ref,
            actors=actors,
            places=places,
            confidence=0.5,
            sentence=sentence,
            rule="since",
        )
    ]


def _since_clause(text: str, offset: int, dated: Sequence[Timex]) -> tuple[int, str, Timex] | None:
    """(start, text) of the main clause before a "since" clause with a verb of its own and a
    date in it, and that date; None when the sentence has none, or the main clause has a date
    of its own."""
    if "since" not in text:
        return None  # (_SINCE_CLAUSE, led by a look-behind, would be tried at every character)
    for m in _SINCE_CLAUSE.finditer(text):
        stop = text.find(", ", m.end())
        end = stop if stop > 0 else len(text)
        inside = [t for t in dated if m.end() <= t.start - offset < end]
        if not inside or FINITE_VERB.search(text, m.end(), inside[0].start - offset) is None:
            continue
        main_start = 0
        for sep in ("; ", " — "):
            at = text.rfind(sep, 0, m.start())
            if at >= 0:
                main_start = max(main_start, at + len(sep))
        main = text[main_start : m.start()].rstrip(" ,")
        if any(main_start <= t.start - offset < m.start() for t in dated):
            return None  # the main clause is dated by its own expression
        return main_start, main, inside[0]
    return None


# "since" right before a date: "since November 2024".
SINCE_END = re.compile(r"\bsince\s*$", re.I)


def runs_to_now(event: ExtractedEvent, published: date | None) -> ExtractedEvent:
    """``event`` running on to ``published`` when its date follows "since" and its title is in
    the perfect ("Protests have been held across Serbia since November 2024"); else as it is.
    """
    ref, sentence = event.date, event.sentence
    if (
        published is None
        or ref.timex_start is None
        or ref.end is None
        or ref.end >= published
        or not _PERFECT.search(event.title)
    ):
        return event
    before = sentence.text[
        max(0, ref.timex_start - sentence.start - 8) : ref.timex_start - sentence.start
    ]
    if not SINCE_END.search(before):
        return event
    return replace(event, date=replace(ref, end=published))
