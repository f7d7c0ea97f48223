"""Is a new event one already on the timeline? A readable score from four signals: the dates
(overlapping or nested intervals), the types, the shared actors and places, and the wording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

PRECISION_ORDER = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "unknown",
)
WEAK_TYPES = frozenset({"other", "statement"})
MERGE_AT = 0.72  # at or above: the same event, the new article becomes another source
CANDIDATE_AT = 0.55  # at or above: a candidate for a person to confirm or reject
WEIGHTS = {"date": 0.25, "type": 0.2, "entities": 0.25, "wording": 0.3}


@dataclass(frozen=True, slots=True)
class EventSketch:
    """What matching needs to know of an event."""

    title: str
    type: str
    start: date | None
    end: date | None
    precision: str
    as_of: bool
    entities: frozenset[str]


@dataclass(frozen=True, slots=True)
class EventMatch:
    """The score of a pair and why."""

    score: float
    note: str

    @property
    def verdict(self) -> str:
        """same, candidate or different."""
        if self.score >= MERGE_AT:
            return "same"
        return "candidate" if self.score >= CANDIDATE_AT else "different"


def _date_signal(a: EventSketch, b: EventSketch) -> tuple[float, str]:
    a_start, b_start = a.start or a.end, b.start or b.end
    if a_start is None or b_start is None or a.end is None or b.end is None:
        return 0.0, "no dates"
    if a.end < b_start or b.end < a_start:
        return 0.0, "dates apart"
    if a.as_of and b.as_of and a.end == b.end:
        # Every state an article reports holds "as of" its date: that says little.
        return 0.5, "both as of the same date"
    if (a_start, a.end) == (b_start, b.end):
        return (1.0, "same day") if a.precision == "day" else (0.9, "same period")
    if (a_start >= b_start and a.end <= b.end) or (b_start >= a_start and b.end <= a.end):
        return 0.8, "one date within the other"
    return 0.6, "overlapping dates"


def _type_value(a: EventSketch, b: EventSketch) -> float:
    if a.type == b.type:
        # Two statements on one day are not one event for being statements.
        return 0.5 if a.type in WEAK_TYPES else 1.0
    return 0.6 if a.type in WEAK_TYPES or b.type in WEAK_TYPES else 0.0


def _type_signal(a: EventSketch, b: EventSketch) -> tuple[float, str]:
    value = _type_value(a, b)
    if a.type == b.type:
        return value, f"same type ({a.type})"
    return value, "compatible types" if value else f"types differ ({a.type}, {b.type})"


def _entity_value(a: EventSketch, b: EventSketch) -> float:
    if not a.entities or not b.entities:
        return 0.3
    shared = a.entities & b.entities
    if not shared:
        return 0.0
    return len(shared) / len(a.entities | b.entities) * 0.5 + 0.5


def _entity_signal(a: EventSketch, b: EventSketch) -> tuple[float, str]:
    value = _entity_value(a, b)
    if not a.entities or not b.entities:
        return value, "no entities to compare"
    shared = a.entities & b.entities
    if not shared:
        return value, "no shared actors or places"
    return value, "shared: " + ", ".join(sorted(shared))


def _words(a: EventSketch, b: EventSketch) -> float:
    return fuzz.token_set_ratio(a.title.lower(), b.title.lower()) / 100


def _score(date_s: float, type_s: float, ent_s: float, words: float) -> float:
    score = (
        WEIGHTS["date"] * date_s
        + WEIGHTS["type"] * type_s
        + WEIGHTS["entities"] * ent_s
        + WEIGHTS["wording"] * words
    )
    if type_s == 0.0:
        score = min(score, CANDIDATE_AT - 0.01) if words < 0.9 else score
    return round(score, 3)


def match_events(new: EventSketch, old: EventSketch) -> EventMatch:
    """Score how likely ``new`` reports the same event as ``old``."""
    date_s, date_note = _date_signal(new, old)
    if date_s == 0.0 or new.as_of != old.as_of:
        return EventMatch(0.0, date_note if date_s == 0.0 else "one is a state, one an event")
    type_s, type_note = _type_signal(new, old)
    ent_s, ent_note = _entity_signal(new, old)
    words = _words(new, old)
    note = f"{date_note}; {type_note}; {ent_note}; wording {words:.0%}"
    return EventMatch(_score(date_s, type_s, ent_s, words), note)


def match_score(new: EventSketch, old: EventSketch, above: float | None = None) -> float | None:
    """The score ``match_events`` gives the pair, without its note, when it may reach the
    candidate threshold and be more than ``above``; None when it cannot (told from the
    dates, types and entities alone: the wording, the costly part, is then not compared)."""
    date_s = _date_signal(new, old)[0]
    if date_s == 0.0 or new.as_of != old.as_of:
        return None
    type_s, ent_s = _type_value(new, old), _entity_value(new, old)
    best_case = _score(date_s, type_s, ent_s, 1.0)  # the words weigh at most 1.0
    if best_case < CANDIDATE_AT or (above is not None and best_case <= above):
        return None
    return _score(date_s, type_s, ent_s, _words(new, old))


def _of_type(event_type: str) -> EventSketch:
    return EventSketch("", event_type, None, None, "unknown", False, frozenset())


# Whether two events not of one strong type (of two types, or both of a weak one) and with no
# name in common could still reach MERGE_AT, on the same day and in the same words.
_APART_MAY_MERGE = (
    _score(
        1.0,
        max(
            _type_value(_of_type("other"), _of_type("statement")),
            _type_value(_of_type("a"), _of_type("other")),
            _type_value(_of_type("other"), _of_type("other")),
            _type_value(_of_type("a"), _of_type("b")),
        ),
        0.0,
        1.0,
    )
    >= MERGE_AT
)


def same_event(new: EventSketch, old: EventSketch) -> bool:
    """``match_events(new, old).verdict == "same"``, without writing the note, and without
    comparing the wording when even the same wording would leave the score below MERGE_AT
    (the score never grows as the wording differs more), nor scoring at all two events with
    no name in common that are not of one strong type (see _APART_MAY_MERGE)."""
    if new.as_of != old.as_of:
        return False
    if (
        not _APART_MAY_MERGE
        and new.entities
        and old.entities
        and (new.type != old.type or new.type in WEAK_TYPES)
        and new.entities.isdisjoint(old.entities)
    ):
        return False  # most pairs an article compares: told apart without scoring them
    date_s = _date_signal(new, old)[0]
    if date_s == 0.0:
        return False
    type_s, ent_s = _type_value(new, old), _entity_value(new, old)
    if _score(date_s, type_s, ent_s, 1.0) < MERGE_AT:
        return False
    return _score(date_s, type_s, ent_s, _words(new, old)) >= MERGE_AT


def sharper(old: EventSketch, new: EventSketch) -> bool:
    """Whether the new report dates the event better: a finer precision within the old
    interval, or a day range that contains the old day(s)."""
    if old.as_of or new.as_of or None in (old.start, old.end, new.start, new.end):
        return False
    assert old.start and old.end and new.start and new.end
    finer = PRECISION_ORDER.index(new.precision) < PRECISION_ORDER.index(old.precision)
    if finer and old.start <= new.start and new.end <= old.end:
        return True
    longer_range = (new.end - new.start) > (old.end - old.start)
    return (
        new.precision == old.precision == "day"
        and longer_range
        and new.start <= old.start
        and old.end <= new.end
    )
