"""Deeds of the story's own day told without a date. News gives the day once ("took the lead
on Wednesday") and goes on in the past tense without repeating it ("Organisers said eleven
riders went down in the crash"): such a sentence happened on the day the narrative is at,
as long as that day is the article's or one just before it, and the sentence tells a deed in
the simple past (not a perfect, a pluperfect, a plan or a habit). A date the sentence gives
of its own, or any other date named after that day, ends it."""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.model import ExtractedEvent

# How far before the article's date the narrative's day may lie and still be "the story's day".
MAX_DAYS_BEFORE = 3

# A deed in the simple past: a regular verb in -ed or a common irregular one, or a passive
# ("were taken to hospital"); not after "had", "has", "have", "to" or a modal.
_PAST_DEED = re.compile(
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bto\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)"
    # (not the end of a compound: "the Saudi-led coalition", "state-owned banks")
    r"(?<![-\w])\b(?:(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|ht)"
    r"|(?!(?:hundred|indeed|speed|proceed|succeed|exceed|need|seed|feed|bed|red|shed|"
    r"based|related|used|united|limited|skilled|armed|aged|wounded|injured|detailed|"
    # adjectives in -ed
    r"beloved|sacred|rugged|naked|wicked|crooked|kindred|ragged|talented|renowned|alleged|"
    r"supposed|advanced|experienced|concerned|interested|sophisticated|dedicated|varied|"
    r"greed|creed|breed|deed|weed|tweed|reed)\b)"
    r"[a-z]{3,}ed"
    r"|went|came|took|gave|made|met|held|left|won|lost|fell|rose|ran|saw|sent|brought|struck|"
    r"broke|shot|fled|caught|hit|led|beat|drew|threw|flew|rode|stole|froze|sank|burned|burnt|"
    r"spread|tore|blew|fought|sought|began|finished|died|sued)\b"
)
# Background, not the day's deeds: what had happened, what has or usually happens, what
# would, and comparisons with the past.
_NOT_THE_DAY = re.compile(
    r"\b(?:had|has|have|would|could|might|should|used\s+to|usually|often|previously|"
    # (not "full-year": a compound)
    r"formerly|once|first\s+time|last\s+time|since|ago|earlier|before|former|(?<!-)years?|decades?|"
    # (a habit: "storms hit the coast every winter")
    r"months?|weeks?|history|record|every|always|typically|generally|regularly|tends?\s+to)\b",
    re.I,
)


_PLUPERFECT = re.compile(
    r"\bhad\s+(?:[a-z]+ly\s+)?(?!(?:a|an|the|no|its|their|his|her|to|some|more)\b)[a-z]+\b"
)


def _since_dated(event: ExtractedEvent) -> bool:
    """Whether the event's date follows "since": when what it tells began, not its day."""
    at = event.date.timex_start
    if at is None:
        return False
    before = event.sentence.text[: at - event.sentence.start].rstrip().lower()
    return before.endswith("since")


def narrative_day(events: list[ExtractedEvent], published: date | None) -> date | None:
    """The day the story is at after ``events`` (in text order): the day of the last event
    that names a single day, when that day is the article's or lies at most MAX_DAYS_BEFORE
    days before it; else None. Plans, what lies after the article's day, states as of the
    article's day and periods that hold it are passed over; any other date ends the day."""
    if published is None:
        return None
    # a state as of the article's day, or a period that holds it ("in the current quarter"),
    # does not move the story to another day
    last = next(
        (
            e
            for e in reversed(events)
            if not e.date.as_of
            # a plan told in passing ("will vote on the deal in May", "expect it to close in
            # the fourth quarter") does not move the story
            and e.modality != "planned"
            and not (e.date.start is not None and e.date.start > published)
            # what had happened before ("which 80 countries had demanded on Friday", "She had
            # finished second in April") neither moves the story's day nor ends it
            and _PLUPERFECT.search(e.title) is None
            # nor does when a state began ("had rated the area at level 4 since Sunday")
            and not _since_dated(e)
            and not (
                e.date.precision not in ("day", "time")
                and e.date.start is not None
                and e.date.end is not None
                and e.date.start <= published <= e.date.end
            )
        ),
        None,
    )
    if last is None:
        return None
    # within the sentence that moved the story last, its day's deed is what it tells; an
    # earlier time it names in passing ("won on Sunday, taking 54 seconds off the record set
    # in October 2024") is background
    told = [
        e
        for e in events
        if e.sentence.index == last.sentence.index
        and e.date.precision in ("day", "time")
        and e.modality in ("asserted", "reported")
        and e.date.start is not None
        and last.date.start is not None
        and e.date.start > last.date.start
        and _PLUPERFECT.search(e.title) is None
        and not _since_dated(e)
    ]
    if told:
        last = told[-1]
    start, end = last.date.start, last.date.end
    if (
        last.date.precision not in ("day", "time")
        or start is None
        or start != end
        or last.modality not in ("asserted", "reported")
    ):
        return None
    if not 0 <= (published - start).days <= MAX_DAYS_BEFORE:
        return None
    return start


def tells_a_deed_of_the_day(text: str) -> bool:
    """Whether the sentence tells a deed in the simple past and nothing that marks it as
    background (see _NOT_THE_DAY). A time limit set that day ("ordered it to submit a study
    within six months") is no background."""
    if text.startswith(('"', "“", "'", "‘")):
        return False  # a quotation: words, not a deed
    first = _WITHIN.sub(" ", first_clause(text))
    return _PAST_DEED.search(first) is not None and _NOT_THE_DAY.search(first) is None


def announces_a_plan(text: str) -> bool:
    """Whether the sentence tells that someone said what they or a named one would do ("The
    company said it would appeal", "The club said assistant coach Jonas Reuter would take
    charge"), and nothing that marks it as background: the saying is the day's deed."""
    if text.startswith(('"', "“", "'", "‘")):
        return False
    first = _WITHIN.sub(" ", first_clause(text))
    said = _SAID_WOULD.search(first)
    if said is None:
        return False
    doer = said.group("doer")
    if not (_DOER_PRONOUN.fullmatch(doer.strip()) or re.search(r"\b[A-Z]", doer)):
        return False  # "analysts said prices would rise": a forecast, not a plan
    rest = first[: said.start("would")] + first[said.end("would") :]
    return _NOT_THE_DAY.search(rest) is None


# A saying and what someone "would" do: the verb after "would" is a deed, not "be" or "have".
_SAID_WOULD = re.compile(
    r"\b(?:said|announced|confirmed|told(?:\s+[\w'’-]+){0,2}?)\s+(?:that\s+)?"
    r"(?P<doer>(?:[\w'’.-]+\s+){1,6}?)(?P<would>would)\s+(?!have\b|not\b|never\b)[a-z]{3,}\b"
)
_DOER_PRONOUN = re.compile(r"(?:it|they|he|she|we)", re.I)
# A time limit ("within six months", "within 30 days"): when something must be done by.
_WITHIN = re.compile(r"\bwithin\s+(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?)\b", re.I)


def first_clause(text: str) -> str:
    """The sentence up to a second clause joined on (", and", ", but", ", while", ";"), which
    tells its own: "Lufthansa cancelled 120 flights, and the bank said its app had been down"."""
    joint = _SECOND_CLAUSE.search(text)
    return text if joint is None else text[: joint.start()]


_SECOND_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+")
