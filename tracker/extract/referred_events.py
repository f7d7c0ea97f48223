"""Events dated from an earlier event the sentence points back to. "The probe will reach the
asteroid a month after the flyby": the sentence names no date, but a stretch before or after
something the article told earlier ("the flyby", "the Stoke game", "that"). That earlier event
dates this one, when it is found: an event of an earlier sentence whose words share a word
with the noun phrase, or, for "that", the last event of the sentence before; failing both, for
a noun of a happening ("the flyby", "the vote"), the first event of the article (which news
opens with) when it is of the same type (or either has none)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from tracker.extract.datafiles import word_list
from tracker.extract.event_dates import COUNTED_STRETCH, offset_ref
from tracker.extract.event_types import classify
from tracker.extract.model import DateRef, ExtractedEvent, Sentence
from tracker.extract.timex import Timex

# "<stretch> after the flyby", "<stretch> before that": what the stretch counts from.
_POINTS_BACK = re.compile(
    r"\s+(?P<rel>after|before)\s+(?:(?P<that>that|this|then)\b|"
    r"(?P<np>(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+))"
    r"(?=\s*(?:[,.;:]|$|\s+and\s|\s+to\s|\s+when\s))"
)
# A base of this precision takes a stretch counted in these units: a month ago of a day is a
# day; three weeks before a month is no day.
_UNITS_FOR = {"day": "DWMY", "time": "DWMY", "month": "MY", "year": "Y"}
_CLIPPED = re.compile(r"[,;:]?\s*$")


def referred_event(
    sentence: Sentence, in_sentence: Sequence[Timex], earlier: Sequence[ExtractedEvent]
) -> tuple[str, DateRef, str] | None:
    """(clause, date, rule) for a sentence that dates what it tells only by a stretch before or
    after an event told earlier (see the module's docstring): the clause before the stretch
    and the date the stretch gives. None when the sentence names a date of its own, or the
    earlier event is not found, or its precision cannot take the stretch."""
    if not in_sentence or any(t.type != "DURATION" for t in in_sentence):
        return None
    for t in in_sentence:
        counted = COUNTED_STRETCH.match(t.value)
        m = _POINTS_BACK.match(sentence.text, t.end - sentence.start) if counted else None
        if counted is not None and m is not None:
            break
    else:
        return None
    base = _referent(m.group("np"), sentence, earlier)
    if base is None or base.start is None:
        return None
    if counted.group(2) not in _UNITS_FOR.get(base.precision, ""):
        return None
    expression = sentence.text[t.start - sentence.start : m.end()]
    ref = offset_ref(base.start, counted, m.group("rel") == "before", expression, t)
    if ref is None:
        return None
    if base.precision == "year" or (base.precision == "month" and counted.group(2) == "Y"):
        ref = _coarse(ref, base.precision)
    clause = _CLIPPED.sub("", sentence.text[: t.start - sentence.start])
    if not clause:  # "A month after the flyby, the probe will ...": the clause follows
        clause = sentence.text[m.end() :].lstrip(" ,")
    if len(clause.split()) < 3:
        return None
    return clause, ref, "referred-event"


def _referent(
    np: str | None, sentence: Sentence, earlier: Sequence[ExtractedEvent]
) -> DateRef | None:
    """The date of the earlier event the noun phrase (None for "that") points to."""
    told = [e for e in earlier if e.sentence.index < sentence.index and e.date.start]
    if not told:
        return None
    if np is None:  # "three weeks before that": the sentence before's last event
        last = told[-1]
        return last.date if last.sentence.index == sentence.index - 1 else None
    words = _content_words(np)
    for e in reversed(told):
        if words & _content_words(e.sentence.text):
            return e.date
    head = np.split()[-1].lower()
    lead = told[0]
    kind = classify(np)
    same_kind = kind == lead.type or (kind == "other" and lead.type in _UNTYPED)
    if head in word_list("lexicon.yaml", "event_nouns") and same_kind:
        return lead.date  # the article's lead, of the same kind: what "the flyby" must be
    return None


# Types that say nothing of what happened: any happening may be of them.
_UNTYPED = frozenset(("other", "statement"))


_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "a", "an", "of", "and"))


def _content_words(text: str) -> set[str]:
    """Lower-cased words of three letters or more, a plural's "s" dropped, determiners out."""
    words = (w.lower().rstrip("s") for w in re.findall(r"[\w’'-]{3,}", text))
    return {w for w in words if w not in _DETERMINERS}


def _coarse(ref: DateRef, precision: str) -> DateRef:
    """``ref`` to the month or year it falls in: a stretch from a month or a year is no day."""
    start = ref.start
    if start is None:
        return ref
    if precision == "year":
        first, last, value = date(start.year, 1, 1), date(start.year, 12, 31), f"{start.year}"
    else:
        first = start.replace(day=1)
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last, value = date.fromordinal(nxt.toordinal() - 1), f"{start.year}-{start.month:02d}"
    return replace(ref, value=value, start=first, end=last, precision=precision)
