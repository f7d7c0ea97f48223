"""Events: the dated things an article reports, one per time expression of a content sentence,
or "as of" the article's date for a state or result reported without a date of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from tracker.extract.clauses import clause_spans, finite_verb_pattern, has_finite_verb
from tracker.extract.cues import (
    REPORTED_OBJECT,
    Attribution,
    find_attribution,
    modality,
    without_adverbs,
)
from tracker.extract.datafiles import word_list
from tracker.extract.entities import followed_by_facility, is_city
from tracker.extract.event_types import classify
from tracker.extract.model import DateRef, EntityMention, ExtractedEvent, Mention, Sentence
from tracker.extract.nocase import Caseless, caseless_lower
from tracker.extract.spans import by_sentence, runs_back
from tracker.extract.timex import Timex
from tracker.extract.timex.values import interval, point, shift
from tracker.extract.titles import make_title, shorten
from tracker.link.events import WEAK_TYPES, EventSketch, same_event

EVENT_TIMEX_TYPES = frozenset({"DATE", "TIME"})
# "now", "in the future": a state or a prospect, not a date something happened on.
NOT_EVENT_DATES = frozenset({"PRESENT_REF", "FUTURE_REF"})
# "..., the ministry said on Monday": the date of the statement, not of what it reports.
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|confirmed|added|warned|stated)\s+(?:on\s+)?$",
    re.I,
)
_PLACE_PREPOSITIONS = re.compile(
    r"\b(?:in|at|near|into|across|inside|outside|around|to|from|on|"
    r"(?:village|town|city|district|region|province|island)\s+of)\s+(?:the\s+)?"
    # "in northern Evia", "across south-east Kent"
    r"(?:(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern)?\s+|central\s+)?$",
    re.I,
)
_FAST_PLACE_PREPOSITIONS = Caseless(_PLACE_PREPOSITIONS)
_LISTED = re.compile(r",\s*|,?\s+(?:and|or)\s+")
_PLACE_KINDS_LISTED = ("country", "place")
# A result or ongoing state reported without its own date: perfect or progressive aspect.
_STATE_OR_RESULT = re.compile(
    r"\b(?:ha(?:ve|s)(?: already)? (?:\w+ed|taken|seized|won|begun|become|fallen|sent|overrun)"
    r"|(?:is|are) (?:\w+ing)"
    # what a source says has been done by now: "police said they had opened an investigation"
    r"|(?:said|says|confirmed|announced)\s+(?:that\s+)?(?:it|they|he|she)\s+had\s+"
    r"(?:\w+ed|taken|seized|won|begun|sent|made|found|caught|shot|struck|hit))\b"
)
_THAT = re.compile(r"[\s,]*that\s+")
_CLAUSE_BREAK = re.compile(r"\s*(?:;|—|–|--|\bwhile\b|\bwhereas\b)\s*")
# ", which jammed on March 12": the dated event is the relative clause's, about its antecedent.
_BREAK_WORDS = (";", "—", "–", "--", "while", "whereas")
_RELATIVE = re.compile(r",\s+(?:which|who|(?P<whose>whose))\s+")
# A second verb of the same subject that reports what it says ("... and said he would ...").
_AND_SAID_VERBS = ("said", "says", "added", "announced", "warned", "told")
_AND_SAID = re.compile(
    r",?\s+and\s+(?:"
    + "|".join(verb + (r"\s+\w+" if verb == "told" else "") for verb in _AND_SAID_VERBS)
    + r")\s+(?:that\s+)?(?=[a-z])"
)
# What a participle of saying or a second "that" reports is an event of its own: "kept the
# rate on Monday, saying inflation had eased in the fourth quarter", "said, adding that the
# hospitals expected to restore most systems by Friday", "... and that he hoped to sign a deal
# before the end of March".
_REPORT_WORDS = ("saying", "adding", "noting", "warning", "arguing", "insisting", "stressing")
_REPORT_BREAK = re.compile(
    r",\s+(?:" + "|".join(_REPORT_WORDS) + r")\s+(?:that\s+)?(?=[a-z\"“A-Z])"
    r"|,?\s+(?:and|but)\s+that\s+"
)
# A second predicate of the same subject: opened by an auxiliary or a modal ("inflation had
# eased in the fourth quarter and could allow cuts in the second half"), or a past verb after
# "and" or a comma when it has a date of its own (see _second_predicate).
_SECOND_PREDICATE = re.compile(
    r",?\s+and\s+(?=(?:could|would|might|may|will|was|were|is|are|has|have|had)\s"
    # "was elected in 1992 and re-elected in 1997, and stepped down in 2002"
    r"|(?P<plain>(?:re-)?[a-z]{3,}ed\s+(?!(?:by|with|and|or)\b)|(?:won|lost|left|took|made|"
    r"became|fled|met|held|sent|began|went|came)\s))"
    # "granted the permits in 2021, revoked them in January 2022, and restored them ..."
    r"|,\s+(?=(?P<listed>[a-z]{3,}ed\s+(?:them|it|him|her|the|a|an|its|their|his)\s))"
)
# Where a reported clause starts: after "that", or a verb of saying with its date.
_SAID_HEAD = re.compile(
    r"\b(?:that|(?:said|says|announced|added|warned|told\s+\w+)"
    r"(?:\s+(?:on|late|early|last|this|earlier|in)\s+[\w.,]+)?(?:\s+that)?)\s+"
)
_WHEN_AFTER = re.compile(r",\s+when\s+(?=\S)")
_FINITE_VERB = finite_verb_pattern()
# A verb right after a name: the name is its subject ("Minera Andes filed").
# (Not of a verb of saying: "Aqualink said" makes Aqualink the source, not an actor.)
# "The Black Tide group posted": a group noun may stand between. "claimed responsibility" is
# an act, not a saying.
_SUBJECT_VERB = re.compile(
    # "The European Space Agency's Juice probe swung past Mars": the owner of the subject
    r"(?:['’]s(?:\s+[A-Za-z][\w-]*){1,3}?(?=\s+[a-z]))?"
    r",?(?:\s+(?:group|company|firm|movement|militia|party|union|gang|network|coalition))?"
    r"\s+(?:also\s+|now\s+|still\s+|then\s+)?"
    r"(?!(?:said|says|told|added|announced|noted|warned|stated|confirmed)\b)"
    # "reported a net profit" is an act; "reported that" a saying
    rf"(?!reported\b(?!{REPORTED_OBJECT}))"
    r"(?!claimed\b(?!\s+(?:responsibility|credit|the\s+attack)\b))" + _FINITE_VERB.pattern,
    _FINITE_VERB.flags,
)
_SAYS_OWN_DEED = re.compile(
    r"(?:\s+(?:plc|ltd|inc|today|also|yesterday))*"
    r"\s+(?:said|says|announced|confirmed|reported)\b[^.;:\"“]{0,40}?\b(?:that\s+)?"
    # "... that it had restored", "... that its experimental drug met its goal"
    r"(?:it|they|(?:its|their)(?:\s+[\w-]+){1,4}?)\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|\w+ed|met|won|made|took)\b"
)
_APPOSED_OPENING = re.compile(
    r"^(?:[^:,]{1,30}:\s+)?(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+$"
)
_VERB_AFTER_APPOSITION = re.compile(r",\s+(?:[a-z]{2,}(?:s|ed)|took|made|won|lost|left|said)\b")
_PASSIVE_AGENT = re.compile(
    r"\b(?:[a-z]+ed|made|built|run|owned|held|taken|written|led|won|drawn)\s+by\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$"
)
_CALLING_ITSELF = re.compile(r"\b(?:calling|calls)\s+(?:itself|themselves)\s+$")
# A participle clause after a comma, with a date of its own after it.
_PARTICIPLE_BREAK = re.compile(r",\s+(?=(?!during\b|including\b|according\b)[a-z]{3,}ing\s)")
_WHICH_AFTER = re.compile(r",\s+(?:which|that)\s+(?=[a-z])")
_OF_DATE_BEFORE = re.compile(
    r"\b(?P<np>(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+$", re.I
)
# "... after the gates jammed on March 12": the dated event is the subordinate clause's.
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|since|until)\s+(?=\S)"
    # "cut rates on Wednesday, as inflation fell to 2.9% in August"
    r"|,\s+as\s+(?!(?:a|an|well|part|of|much|many|expected|usual|such|soon|long|far|if)\b)(?=\S)",
    re.I,
)
_FAST_SAID_ON = Caseless(_SAID_ON)
_FAST_SUBORDINATE = Caseless(_SUBORDINATE)
_NOT_IN_NOUN_PHRASE = re.compile(
    r"^(?:\w{3,}ed|is|are|was|were|has|have|had|said|says|took|met|hit|saw|left|made|won|lost|"
    r"in|on|at|to|for|from|by|with|after|before|and|but)$",
    re.I,
)


def _dates_an_event(timex: Timex, published: date | None) -> bool:
    """A date or time that ends somewhere, or a stretch with both ends that runs up to the
    article's date ("over the past two decades"); not "now", "in the future", a bare length
    nor a stretch ahead ("over the next decade" is a forecast, not something that happened)."""
    if timex.value in NOT_EVENT_DATES or timex.interval_end is None:
        return False
    if timex.type in EVENT_TIMEX_TYPES:
        return True
    return (
        timex.type == "DURATION"
        and timex.interval_start is not None
        and published is not None
        and timex.interval_end <= published
    )


# The date of a figure something is compared with ("slowed to 4.1% from 4.6% in September",
# "grew 5% compared with 4.6% a year earlier", "higher than a year earlier"): a baseline, not
# the date of an event.
_BASELINE = re.compile(
    r"(?:\b(?:compared\s+(?:with|to)|from|versus|vs\.?|against)\s+"
    # "fell to 2.9% from a peak of 18.4% in February 2023"
    r"(?:(?:a|an|the|its)\s+(?:peak|high|low|record|level|rate|figure|total|loss|profit|gain|"
    r"deficit|surplus)\s+of\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under)\s+)?(?:[$€£]\s?)?"
    # a figure and its unit ("from 4.6%", "from 17.1 million tonnes"); after a share, where it
    # was ("down from 67% at the last election in June 2020")
    r"\d[\d,.]*(?:\s*(?:(?:%|percent\b|per\s+cent\b)(?:\s+[a-z]+\b){0,4}|[a-z]+\b)){0,2}\s+"
    r"|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\brather\s)\bthan\s+"
    # "more than in the whole of 2024": "more than" comparing with a period, not a figure
    r"|\bthan\s+(?:in|during)\s+(?:(?:all|the\s+whole|the\s+rest|the\s+same\s+period)\s+of\s+)?"
    # "a premium of 27% over Monday's closing price"
    r"|\b(?:premium|discount)\s+of\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:over|to|on)\s+"
    # "its third cut since May": a count since then
    # (not across a relative clause: "the second suspect who has been held since March")
    r"|\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?!(?:who|which|that|has|have|had|was|were)\b)[a-z]+\s+|it\s+ha[sd]\s+){0,7}since\s+"
    # "for the first time since 2019", "its lowest level since March"
    r"|\b(?:first\s+time|highest|lowest|biggest|largest|smallest|strongest|weakest|worst|"
    r"best|deadliest|fewest)\b(?:\s+[a-z]+){0,2}\s+since\s+)"
    # "down from 106,000 in the same period of 2023"
    r"(?:(?:in|on|at|during|for)\s+(?:the\s+same\s+[a-z]+\s+(?:of|in|last)\s+)?)?$",
    re.I,
)
_BASELINE_WORDS = (
    "compared",
    "from",
    "versus",
    "vs",
    "against",
    "than",
    "since",
    "premium",
    "discount",
)


def _is_baseline(sentence: Sentence, timex: Timex) -> bool:
    """Whether ``timex`` dates the figure a comparison starts from (see _BASELINE)."""
    before = sentence.text[max(0, timex.start - sentence.start - 60) : timex.start - sentence.start]
    low = before.lower()
    if not any(word in low for word in _BASELINE_WORDS):
        return False  # _BASELINE has one of these words
    return _BASELINE.search(before) is not None


def date_ref(timex: Timex, *, as_of: bool = False) -> DateRef:
    """The DateRef of a time expression, keeping the expression and its anchor."""
    return DateRef(
        value=timex.value,
        start=timex.interval_start,
        end=timex.interval_end,
        precision=timex.precision,
        expression=timex.text,
        anchor=timex.anchor,
        timex_start=timex.start,
        timex_end=timex.end,
        as_of=as_of,
    )


def as_of_ref(published: date) -> DateRef:
    """A DateRef meaning "true as of the article's date"."""
    return DateRef(published.isoformat(), None, published, "day", None, "dct", as_of=True)


def find_events(
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    entities: Sequence[EntityMention],
    published: date | None,
) -> list[ExtractedEvent]:
    """Events of the content sentences (boilerplate and the title line are skipped)."""
    events: list[ExtractedEvent] = []
    timexes_in = by_sentence(timexes, sentences)
    entities_in = by_sentence(entities, sentences)
    last_person: str | None = None  # the person an earlier sentence named last
    for sentence in sentences:
        if sentence.boilerplate or (sentence.index == 0 and sentence.paragraph == 0):
            continue
        in_sentence = timexes_in.get(sentence.index, [])
        ents = entities_in.get(sentence.index, [])
        named_before, last_person = (
            last_person,
            next((e.name for e in reversed(ents) if e.kind == "person"), last_person),
        )
        dated = [
            t
            for t in in_sentence
            if _dates_an_event(t, published) and not _is_baseline(sentence, t)
        ]
        dated = _joined_dates(_drop_enclosing(dated, sentence), sentence)
        kept = _drop_secondary(dated, sentence)
        # "raised its forecast for 2025": what the sentence tells is dated by the article
        as_of_instead = dated if dated and not kept and published is not None else []
        dated = kept or as_of_instead
        # Who says it and how: only for a sentence that may give an event.
        may_tell = bool(dated) or (
            published is not None
            and (
                any(t.value == "PRESENT_REF" for t in in_sentence)
                or _STATE_OR_RESULT.search(sentence.text) is not None
            )
        )
        attribution = find_attribution(sentence.text) if may_tell else None
        # "X did Y, saying Z": only Z is reported; Y is told as fact
        says_all = attribution is not None and attribution.verb != "saying"
        lower = caseless_lower(sentence.text) if dated else None
        mood = modality(sentence.text, says_all) if may_tell else "asserted"
        parts = clause_spans(sentence.text) if dated else ()
        reports_apart = bool(dated) and _reports_apart(sentence.text)
        sources = _sources(sentence, attribution, ents)
        sentence_roles: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # made once, if needed
        first_of_sentence = len(events)
        for timex in dated:
            clause_start, clause, subject = _clause_around(sentence, timex.start, timex.end, dated)
            event_mood = _mood_of_part(sentence, parts, timex.start, attribution, mood)
            if (
                subject
                or reports_apart
                or " and " in sentence.text
                or _inside_part(sentence, parts, clause_start, clause)
            ):
                # a relative clause has a mood of its own ("the gate that failed"), and so has
                # what a participle of saying reports ("kept the rate, saying cuts could
                # follow"), each of two predicates ("slowed in May and was expected to ..."),
                # and a subordinate clause ("will choose in a runoff after none won")
                reported = says_all or _after_report(sentence, clause_start)
                event_mood = modality(clause, reported)
            title = _without_other_dates(_title(clause, clause_start, subject, timex), dated)
            event_type = classify(title)
            if event_type == "other":
                event_type = classify(clause)
            before = timex.start - sentence.start
            said_on = _FAST_SAID_ON.search(
                sentence.text[:before], None if lower is None else lower[:before]
            )
            if said_on and attribution is not None:
                event_type = "statement"
                title = _statement_title(sentence.text, timex.end - sentence.start, attribution)
            title, named = _pronoun_named(title, ents, named_before)
            title = _it_named(title, sentence, clause_start)
            title = _possessor_named(title, sentence, ents, clause_start)
            # Actors are the clause's own; places are the sentence's (where it all happened).
            own = _clause_entities(sentence, ents, clause_start, clause, subject)
            actors, places = _roles_once(sentence, ents, sentence_roles)
            if own is not ents:
                actors, _ = _roles(sentence, own)
            if named and named not in actors:  # "He was charged": the person "he" is
                actors = (named, *actors)
            pronoun = title.startswith(("It ", "They "))
            sayer = _own_deed_sayer(sentence, ents, timex.start) if pronoun or not actors else ()
            if sayer:  # "Sunvia said that it had halted production": Sunvia did
                actors = actors or sayer
                if pronoun:
                    title = shorten(f"{sayer[0]} {title.split(' ', 1)[1]}")
            places = tuple(p for p in places if p not in actors)
            if timex.type == "DURATION" and not (actors or places):
                continue  # "complained for the past two decades": a stretch with nobody in it
            events.append(
                ExtractedEvent(
                    title=title,
                    type=event_type,
                    modality=event_mood,
                    date=replace(
                        as_of_ref(published),  # type: ignore[arg-type]
                        expression=timex.text,
                        timex_start=timex.start,
                        timex_end=timex.end,
                    )
                    if as_of_instead
                    else date_ref(timex),
                    actors=actors,
                    places=places,
                    confidence=_confidence(timex.precision, actors, event_type, sentence),
                    sentence=sentence,
                    rule="dated-clause",
                    sources=sources,
                )
            )
        events[first_of_sentence:] = _without_mere_reports(events[first_of_sentence:])
        for timex in in_sentence:
            # "... eight regional capitals so far": a state as of the article's date.
            if timex.value != "PRESENT_REF" or published is None:
                continue
            if timex.text.lower() in word_list("lexicon.yaml", "attributive_present"):
                continue  # "the current contract": it describes a thing, states nothing
            clause_start, clause, subject = _clause_around(sentence, timex.start, timex.end)
            title = _title(clause, clause_start, subject, timex)
            title = _possessor_named(title, sentence, ents, clause_start)
            event_type = classify(title)
            if event_type == "other":
                event_type = classify(sentence.text)
            actors, places = _roles_once(sentence, ents, sentence_roles)
            if event_type in {"other", "statement"} or any(e.title == title for e in events):
                continue
            events.append(
                ExtractedEvent(
                    title=title,
                    type=event_type,
                    modality=mood,
                    date=replace(
                        as_of_ref(published),
                        expression=timex.text,
                        timex_start=timex.start,
                        timex_end=timex.end,
                    ),
                    actors=actors,
                    places=places,
                    confidence=0.45,
                    sentence=sentence,
                    rule="as-of-present",
                    sources=sources,
                )
            )
        told_apart = _offset_events(sentence, in_sentence, dated, ents, says_all)
        if published is not None:
            told_apart += _deadline_events(sentence, in_sentence, ents, published)
        told_apart += _when_events(sentence, dated, ents, says_all)
        events.extend(replace(ev, sources=sources) for ev in told_apart)
        told = bool(events) and events[-1].sentence.index == sentence.index
        if not (dated or told) and published is not None and _STATE_OR_RESULT.search(sentence.text):
            event_type = classify(sentence.text)
            actors, places = _roles_once(sentence, ents, sentence_roles)
            if event_type in {"other", "statement"} or not actors:
                continue
            events.append(
                ExtractedEvent(
                    title=make_title(sentence.text),
                    type=event_type,
                    modality=mood,
                    date=as_of_ref(published),
                    actors=actors,
                    places=places,
                    confidence=0.4,
                    sentence=sentence,
                    rule="as-of-state",
                    sources=sources,
                )
            )
    return merge_same_events(events)


# "arrested on March 10, two days after the ferry overturned": what the clause after the
# stretch tells happened that long before (or after) the sentence's day.
_AFTER_BEFORE = re.compile(r"\s+(?P<rel>after|before)\s+(?=[\w\"“])")
_DAYS = re.compile(r"^P(\d+)(D|W|M|Y)$")
_LENGTH_BEFORE = re.compile(r"\b(?:for|within|over|lasting)\s+$", re.I)


def _offset_ref(
    base: date, stretch: re.Match[str], back: bool, expression: str, t: Timex
) -> DateRef | None:
    """The day (for days and weeks), month or year (for counts of those, which news rounds)
    that lies the stretch before (``back``) or after ``base``; None past the calendar."""
    n, unit = int(stretch.group(1)), stretch.group(2)
    try:
        when = shift(base, unit, -n if back else n)
    except (ValueError, OverflowError):
        return None  # "10,000 years after"
    first, last, precision = interval(value := point(when, "D" if unit in "DW" else unit))
    return DateRef(value, first, last, precision, expression, "narrative", t.start, t.end)


def _offset_events(
    sentence: Sentence,
    in_sentence: Sequence[Timex],
    dated: Sequence[Timex],
    ents: Sequence[EntityMention],
    reported: bool,
) -> list[ExtractedEvent]:
    """Events dated by a count of days, weeks, months or years before or after the one day the
    sentence names ("two days after the KM Sinar Laut overturned", "two years after she was
    arrested")."""
    days = [t for t in dated if t.precision == "day" and t.interval_start is not None]
    if len(days) != 1:
        return []
    base = days[0].interval_start
    assert base is not None
    out = []
    for t in in_sentence:
        stretch = _DAYS.match(t.value) if t.type == "DURATION" else None
        m = _AFTER_BEFORE.match(sentence.text, t.end - sentence.start) if stretch else None
        if stretch is None or m is None:
            continue
        if _LENGTH_BEFORE.search(
            sentence.text, max(0, t.start - sentence.start - 12), t.start - sentence.start
        ):
            continue  # "banned for four years after testing positive": a length, then a reason
        expression = f"{t.text} {m.group('rel')}"
        ref = _offset_ref(base, stretch, m.group("rel") == "after", expression, t)
        if ref is None:
            continue
        event = _clause_event(sentence, m.end(), ref, ents, reported, "offset-clause")
        if event is not None:
            out.append(event)
    return out


# "Prosecutors have 30 days to challenge the ruling": a stretch from the article's date.
_HAS_BEFORE = re.compile(
    r"\b(?:has|have|had|was\s+given|were\s+given|gets?|got)\s+(?:(?:only|just|another|up\s+to)\s+)?$"
)
_TO_VERB_AFTER = re.compile(r"\s+to\s+[a-z]")
_WITHIN_BEFORE = re.compile(r"\bwithin\s+$")
_MODAL = re.compile(r"\b(?:can|could|may|must|has\s+to|have\s+to|will|would|should)\s+[a-z]")


def _deadline_events(
    sentence: Sentence, in_sentence: Sequence[Timex], ents: Sequence[EntityMention], published: date
) -> list[ExtractedEvent]:
    """What someone has so long to do from the article's date ("have 30 days to challenge the
    ruling", "can appeal within 21 days"): a planned event over that stretch."""
    out = []
    for t in in_sentence:
        stretch = _DAYS.match(t.value) if t.type == "DURATION" else None
        if stretch is None:
            continue
        at, end = t.start - sentence.start, t.end - sentence.start
        has_to = _HAS_BEFORE.search(sentence.text, max(0, at - 30), at) and _TO_VERB_AFTER.match(
            sentence.text, end
        )
        # "can appeal to the court within 21 days"
        within = _WITHIN_BEFORE.search(sentence.text, max(0, at - 8), at) and _MODAL.search(
            sentence.text, 0, at
        )
        if not (has_to or within):
            continue
        try:  # "has 30 days to ...": from the article's date to that many days after it
            last = shift(published, stretch.group(2), int(stretch.group(1)))
        except (ValueError, OverflowError):
            continue
        ref = DateRef(t.value, published, last, "day", t.text, "dct", t.start, t.end)
        clause_start, clause, subject = _clause_around(sentence, t.start, t.end)
        title = make_title(f"{subject} {clause}" if subject else clause)
        own = [e for e in ents if clause_start <= e.start < clause_start + len(clause)]
        actors, places = _roles(sentence, own or ents)
        out.append(
            ExtractedEvent(
                title=title,
                type=classify(title),
                modality="planned",
                date=ref,
                actors=actors,
                places=places,
                confidence=_confidence("day", actors, "other", sentence),
                sentence=sentence,
                rule="deadline",
            )
        )
    return out


def _when_events(
    sentence: Sentence, dated: Sequence[Timex], ents: Sequence[EntityMention], reported: bool
) -> list[ExtractedEvent]:
    """ "The protests began on Nov. 28, when the prime minister announced ...": what the
    "when" clause after a date tells happened on that date too (after "since" the date is the
    clause's alone: see _clause_around)."""
    out = []
    for t in dated:
        m = _WHEN_AFTER.match(sentence.text, t.end - sentence.start)
        since = sentence.text[: t.start - sentence.start].rstrip().lower().endswith("since")
        if m is None or since:
            continue
        event = _clause_event(sentence, m.end(), date_ref(t), ents, reported, "when-clause")
        if event is not None:
            out.append(event)
    return out


def _clause_event(
    sentence: Sentence,
    at: int,
    ref: DateRef,
    ents: Sequence[EntityMention],
    reported: bool,
    rule: str,
) -> ExtractedEvent | None:
    """The event of the clause that starts at ``at`` in the sentence and runs to the next
    comma, dated ``ref``; None for a clause of one word."""
    stop = sentence.text.find(", ", at)
    clause = sentence.text[at : stop if stop > 0 else len(sentence.text)]
    if len(clause.split()) < 2:
        return None
    clause_start = sentence.start + at
    # "two years after she was arrested": the person the sentence names is "she"
    title, named = _pronoun_named(make_title(clause), ents)
    own = [e for e in ents if clause_start <= e.start < clause_start + len(clause)]
    actors, places = _roles(sentence, own)
    if named and named not in actors:
        actors = (named, *actors)
    event_type = classify(title)
    return ExtractedEvent(
        title=title,
        type=event_type,
        modality=modality(clause, reported),
        date=ref,
        actors=actors,
        places=places,
        confidence=_confidence(ref.precision, actors, event_type, sentence),
        sentence=sentence,
        rule=rule,
    )


def merge_same_events(events: Sequence[ExtractedEvent]) -> list[ExtractedEvent]:
    """One event told in several sentences of an article becomes one event with every quote:
    the same test as for reports from two articles (dates, types, entities, wording). Only
    events whose dates overlap are compared."""
    merged: list[ExtractedEvent] = []
    sketches: list[EventSketch] = []
    # Kept events by their dates (absorbing another event does not change them), so that only
    # those whose dates overlap are looked at, still in the order they were kept.
    by_dates: dict[tuple[date, date], list[int]] = {}
    for ev in events:
        sketch = _sketch(ev)
        dates = _dates(sketch)
        overlapping: list[int] = []
        if dates is not None:
            for (start, end), kept_indexes in by_dates.items():
                if not (end < dates[0] or dates[1] < start):
                    overlapping.extend(kept_indexes)
            overlapping.sort()
        for i in overlapping:
            if _same_event(merged[i], ev, sketches[i], sketch):
                merged[i] = _absorb(merged[i], ev)
                sketches[i] = _sketch(merged[i])
                break
        else:
            merged.append(ev)
            sketches.append(sketch)
            if dates is not None:
                by_dates.setdefault(dates, []).append(len(merged) - 1)
    return merged


def _dates(sketch: EventSketch) -> tuple[date, date] | None:
    """The days an event's date covers, (start, end), for the overlap test (a date with only
    an end covers that day); None when it has no end: it then overlaps nothing."""
    start = sketch.start or sketch.end
    if start is None or sketch.end is None:
        return None
    return start, sketch.end


def _same_event(a: ExtractedEvent, b: ExtractedEvent, sa: EventSketch, sb: EventSketch) -> bool:
    """Told twice in one article: the same test as for reports from two articles."""
    if a.sentence.index == b.sentence.index:
        return False
    return same_event(sb, sa)


def _sketch(ev: ExtractedEvent) -> EventSketch:
    return EventSketch(
        ev.title,
        ev.type,
        ev.date.start,
        ev.date.end,
        ev.date.precision,
        ev.date.as_of,
        frozenset(ev.actors + ev.places),
    )


def _absorb(kept: ExtractedEvent, other: ExtractedEvent) -> ExtractedEvent:
    mention = Mention(other.sentence, other.date.timex_start, other.date.timex_end)
    return replace(
        kept,
        type=other.type if kept.type in WEAK_TYPES else kept.type,
        actors=tuple(dict.fromkeys(kept.actors + other.actors)),
        places=tuple(dict.fromkeys(kept.places + other.places)),
        sources=tuple(dict.fromkeys(kept.sources + other.sources)),
        confidence=round(min(0.95, max(kept.confidence, other.confidence) + 0.05), 2),
        also=(*kept.also, mention, *other.also),
    )


def _mood_of_part(
    sentence: Sentence,
    parts: Sequence[tuple[int, int]],
    at: int,
    attribution: Attribution | None,
    mood: str,
) -> str:
    """The modality of the independent clause (clauses.py) that holds offset ``at``: in "The
    bank raised its rate on Thursday, and signalled that more could follow in the autumn" the
    raise is asserted and only the autumn is hypothetical. ``mood``, the sentence's, when the
    sentence is one clause."""
    if len(parts) < 2:
        return mood
    rel = at - sentence.start
    for a, b in parts:
        if a <= rel < b:
            return modality(sentence.text[a:b], attribution is not None)
    return mood


_PRONOUN_HEAD = re.compile(r"^(?:He|She)\s")


def _pronoun_named(
    title: str, entities: Sequence[EntityMention], last_person: str | None = None
) -> tuple[str, str | None]:
    """ "He would visit the site" as "Tim Walz would visit the site" when the sentence names
    one person ("Governor Tim Walz said he would visit the site on Wednesday"), or names none
    and an earlier sentence did ("Saputra was arrested ... He was charged the following
    month"); (title, the person named, or None)."""
    if not _PRONOUN_HEAD.match(title):
        return title, None
    people = {e.name for e in entities if e.kind == "person"}
    if not people and last_person:
        people = {last_person}
    if len(people) != 1:
        return title, None
    person = people.pop()
    return shorten(person + title[title.index(" ") :]), person


_SPEAKER_LEFT = re.compile(r",\s+(?:[\w'’.-]+,?\s+){0,6}$")


# "it" right after a conjunction that goes on with the same subject: "The ferry was carrying
# 86 people when it overturned".
_IT_AFTER = re.compile(r"\b(?:when|after|before|as|until|because|and|but)\s+$", re.I)


_POSSESSIVE_HEAD = re.compile(r"^(?:Their|Its)\s")


def _possessor_named(
    title: str, sentence: Sentence, entities: Sequence[EntityMention], clause_start: int
) -> str:
    """ "Their takeover of large swaths of territory" as "The Taliban's takeover of ..." when
    one group or organisation is named before the clause in the sentence."""
    if not _POSSESSIVE_HEAD.match(title):
        return title
    named = {
        e.name: e for e in entities if e.kind in ("organization", "group") and e.end <= clause_start
    }
    if len(named) != 1:
        return title
    (e,) = named.values()
    before = sentence.text[: e.start - sentence.start]
    the = "the " if before.lower().endswith("the ") else ""  # as the text names it
    return shorten(f"{the}{e.text}’s{title[title.index(' ') :]}")


def _it_named(title: str, sentence: Sentence, clause_start: int) -> str:
    """ "It overturned near the port" as "The KM Sinar Laut overturned near the port" when the
    sentence opens with that subject and "it" goes on with it (see _IT_AFTER)."""
    if not title.startswith("It ") or sentence.text.startswith("It "):
        return title
    if not _IT_AFTER.search(sentence.text, 0, max(clause_start - sentence.start, 0)):
        return title
    verb = _FINITE_VERB.search(sentence.text)
    words = sentence.text[: verb.start()].split() if verb else []
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return title
    return shorten(" ".join(words) + title[2:])


def _statement_title(text: str, after_date: int, attribution: Attribution) -> str:
    """ "The ministry: 31 villages are flooded" for "..., the ministry said on Monday" or
    "The ministry said on Monday that 31 villages are flooded"."""
    rest = text[after_date:]
    that = _THAT.match(rest)
    content = rest[that.end() :] if that else text[: attribution.start]
    if not that:  # "..., the national search and rescue agency said": the speaker's phrase
        content = _SPEAKER_LEFT.sub("", content)
    return shorten(f"{attribution.who}: {make_title(content)}")


def _drop_enclosing(timexes: list[Timex], sentence: Sentence) -> list[Timex]:
    """ "Earlier this month, on March 8, ...": one event, dated by the precise expression. A
    relative expression whose interval holds a day named in the same sentence is dropped,
    unless "since", "by", "until" or "before" opens it ("recorded 214 cases since the start of
    the year, the institute said on Thursday", "approved the plan on Thursday, clearing the way
    to emerge by the end of the month": a stretch or a deadline of its own)."""
    days = [t for t in timexes if t.precision == "day" and t.interval_start]
    return [
        t
        for t in timexes
        if not (
            t.anchor == "dct"
            and t.precision != "day"
            and not sentence.text[: t.start - sentence.start]
            .rstrip()
            .lower()
            .endswith(("since", "by", "until", "before"))
            and any(
                d is not t
                and t.interval_start is not None
                and t.interval_end is not None
                and t.interval_start <= d.interval_start <= t.interval_end  # type: ignore[operator]
                for d in days
            )
        )
    ]


# "approved the 2027 budget", "below the 2026 plan": a year that describes a thing.
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|whose)|['’]s)\s+$")
_INSTRUMENT_FOR = re.compile(r"\b([a-z]+)\s+for\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z][\w-]*)")
# "extended the tax until the end of 2027": how long it lasts, not when it happened.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to|into)\s+$", re.I)


_JOINED_BETWEEN = re.compile(r",?\s+(?:or|and)\s+$")


def _joined_dates(timexes: list[Timex], sentence: Sentence) -> list[Timex]:
    """ "landfall late Wednesday or early Thursday", "in May or June", "inspections in 2016 and
    2017": one date spanning both."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        between = (
            sentence.text[prev.end - sentence.start : t.start - sentence.start] if prev else ""
        )
        if (
            prev is not None
            and prev.type == t.type == "DATE"
            and prev.precision == t.precision
            and prev.interval_start is not None
            and t.interval_end is not None
            and prev.interval_start <= t.interval_end
            and _JOINED_BETWEEN.fullmatch(between)
        ):
            out[-1] = replace(
                prev,
                end=t.end,
                text=sentence.text[prev.start - sentence.start : t.end - sentence.start],
                interval_end=t.interval_end,
                parts=(prev, t),
            )
            continue
        out.append(t)
    return out


def _without_mere_reports(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A sentence's events without the saying of the one thing it tells happened ("opened fire
    late Monday, police said Tuesday": the shooting, not the police saying so). The saying
    stays when what is said is planned or may happen ("will impose duties from July 1,
    officials said on Wednesday": the announcement is news), and when the sentence tells more
    than one thing (the saying's date may be that of the rest)."""
    if len(events) != 2:
        return events
    said = [e for e in events if e.type == "statement" and _said_on_its_date(e)]
    others = [e for e in events if e not in said]
    if len(said) != 1 or len(others) != 1 or others[0].modality not in _HAPPENED:
        return events
    told, saying = others[0], said[0]
    if told.date.end is None or saying.date.start is None or told.date.end > saying.date.start:
        return events
    if told.date.timex_start is None or _SUBORDINATING.search(
        told.sentence.text, 0, told.date.timex_start - told.sentence.start
    ):
        return events  # "covers 31 villages after a levee gave way on Saturday": the saying
        # dates the main clause, the date the subordinate one
    return others


_SUBORDINATING = re.compile(
    r"\b(?:after|since|when|before|because|as|while|until|once|who|which|whose)\b", re.I
)


def _said_on_its_date(event: ExtractedEvent) -> bool:
    """Whether the event's date follows its verb of saying right away ("police said Tuesday")."""
    if event.date.timex_start is None:
        return False
    before = event.sentence.text[: event.date.timex_start - event.sentence.start]
    return _SAID_ON.search(before, max(0, len(before) - 40)) is not None


_HAPPENED = ("asserted", "reported")


_EMPTY_ASIDE = re.compile(r",\s+[a-z]+(?:ed|en|ne|lt|de),")


# What joins another date to a title: "and in", "or", "in", "on", "since" ... right before it.
_DATE_LEAD = re.compile(
    r",?\s+(?:(?:and|or)\s+(?:(?:in|on|at|by)\s+)?|(?:in|on|at|during|since|for|from|until|"
    r"till|through|by|into)\s+)$"
)


def _without_other_dates(title: str, dated: list[Timex]) -> str:
    """The title without the sentence's other dates joined to its own ("fought wars in the
    early 1990s and in 2020": each war's title names neither)."""
    if len(dated) < 2:
        return title
    before = title
    for t in dated:
        at = title.find(t.text)
        end = at + len(t.text)
        if at < 0 or (end < len(title) and (title[end].isalnum() or title[end] in "'’")):
            continue  # not in the title, or part of a longer word or a possessive
        lead = _DATE_LEAD.search(title, 0, at)
        if lead is not None:
            title = title[: lead.start()] + title[end:]
    if title != before:  # "The mandate, adopted in October 2024, expires": no bare aside
        title = _EMPTY_ASIDE.sub("", title)
    return title


def _drop_secondary(timexes: list[Timex], sentence: Sentence) -> list[Timex]:
    """Drop a year that only describes a thing ("approved the 2027 budget early on Thursday")
    where the sentence has another date or the thing is an instrument ("under a 2023 law"),
    and the end of a stretch ("extended the tax on Wednesday until the end of 2027") where its
    clause has another date: neither dates an event."""
    text, base = sentence.text, sentence.start

    def describes_a_thing(t: Timex, alone: bool = False) -> bool:
        before = text[max(0, t.start - base - 12) : t.start - base]
        owner = _INSTRUMENT_FOR.search(text, max(0, t.start - base - 30), t.start - base)
        if (
            t.type == "DATE"
            and owner
            and owner.group(1) in word_list("lexicon.yaml", "instrument_nouns")
        ):
            return True  # "its forecast for 2025", "the budget for next year"
        noun = _NOUN_AFTER.match(text, t.end - base)
        return (
            t.type == "DATE"
            and t.text.isdigit()
            and len(t.text) == 4
            and _DETERMINER_BEFORE.search(before) is not None
            and noun is not None
            and (not alone or noun.group(1) in word_list("lexicon.yaml", "instrument_nouns"))
        )

    def ends_a_stretch(t: Timex) -> bool:
        before = text[max(0, t.start - base - 12) : t.start - base]
        if not _UNTIL_BEFORE.search(before) or _FROM_BEFORE.search(text, 0, t.start - base):
            return False
        if _DELAYED.search(text, 0, t.start - base):
            return False
        clause_start, clause, _ = _clause_around(sentence, t.start, t.end)
        end = clause_start + len(clause)
        return any(o is not t and clause_start <= o.start and o.end <= end for o in timexes)

    if len(timexes) < 2:
        # "under a 2023 law": a law, a plan, a budget is no happening of that year
        return [t for t in timexes if not describes_a_thing(t, alone=True)]
    kept = [t for t in timexes if not (describes_a_thing(t) or ends_a_stretch(t))]
    return kept or timexes


# "delay the launch of a small SUV until the spring of 2027": the new date of what is put off.
_DELAYED = re.compile(
    r"\b(?:delay|postpone|defer|put\s+off|push\s+back|move|reschedule)[a-z]*\b[^,;]{0,60}$", re.I
)
# "from March 1 until": the stretch's start is dated too, so its end goes with it.
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+[^,;]{0,40}$", re.I)


# "... under a bilateral agreement signed in 2018": the dated event is the noun phrase and its
# participle, not the clause around them. The phrase follows a preposition, a past verb ("cited
# a law passed in 1998") or a comma and starts with a determiner; only a preposition stands
# between the participle and the date.
_DATED_PARTICIPLE = re.compile(
    r"(?:\b(?:[Uu]nder|[Ww]ith|of|for|[Aa]fter|[Bb]y|from|to|in|on|[Dd]espite|against|"
    r"[Ff]ollowing|[a-z]+ed|said|says)|,)\s+"
    r"(?P<np>(?:(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    # "according to preliminary results released on Monday": a plural without a determiner
    r"|(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*s)),?"
    r"\s+(?P<part>(?!(?:was|were|had|has|is|are)\b)[a-z]+ed|built|made|held|written|signed|"
    r"won|taken|given|sold|bought|begun|drawn|grown|set\s+up|laid)"
    # "made by Indian manufacturer Sunvia Pharma between June and November 2025"
    r"(?P<by>\s+by\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?"
    r"\s+(?:in|on|at|during|since|from|between)?\s*$"
)


# The noun phrase a dated participle's phrase belongs to: "a report by" + "the audit office".
_NP_OF = re.compile(r"\b(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:by|of|from)\s+$")
# ... or the noun phrase opening the sentence, the participle set off by a comma: "The
# bridge, built in 1958, had been closed ..."
_OPENING_DATED_PARTICIPLE = re.compile(
    r"^\s*(?P<np>(?:A|An|The|Its|Their|His|Her|This|That)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+),\s+"
    r"(?P<part>[a-z]+ed|built|made|held|written|signed|won|taken|given|sold|bought|begun|"
    r"drawn|grown|set\s+up|laid)\s+(?:in|on|at|during|since|from)?\s*$"
)


def _dated_participle(before: str) -> re.Match[str] | None:
    """``_DATED_PARTICIPLE.search(before)``. A match ends at the end of the text and runs over
    at most fifteen runs of non-space characters (a preposition, a determiner and four words,
    "set up", "by" and five words, a preposition): it is searched from seventeen runs back,
    not from every character."""
    return _DATED_PARTICIPLE.search(before, runs_back(before, len(before), 17))


_OPENING_PREPOSITION = re.compile(r"\s*(?:under|with|after|by|despite|following)\s+$", re.I)


def _title(clause: str, clause_start: int, subject: str, timex: Timex) -> str:
    """The event's title from its clause (with its subject when it is a relative clause), or
    from the noun phrase a dated participle qualifies ("an agreement signed in 2018")."""
    if timex.start < clause_start:  # the clause follows its date ("July 2023, when ...")
        return make_title(f"{subject} {clause}" if subject else clause)
    before = clause[: timex.start - clause_start]
    opening = _OPENING_DATED_PARTICIPLE.match(before)
    if opening is not None:
        return shorten(f"{opening.group('np')} {opening.group('part')}")
    dated = _dated_participle(before)
    # Only when a verb comes first: in "Engineers from the ministry arrived on ..." the
    # "participle" is the clause's own verb; or when the phrase opens the clause and a comma
    # closes it: "Under the deal reached late Sunday, wages will rise ...".
    if dated and (
        has_finite_verb(before[: dated.start("np")])
        or (
            _OPENING_PREPOSITION.match(before[: dated.start("np")])
            and clause[timex.end - clause_start :].startswith(",")
        )
    ):
        head = _NP_OF.search(before, 0, dated.start("np"))  # "a report by [the audit office]"
        np = (head.group(0) if head else "") + dated.group("np")
        return shorten(f"{np} {dated.group('part')}{dated.group('by') or ''}")
    shift = len(subject) + 1 if subject else 0
    span = (timex.start - clause_start + shift, timex.end - clause_start + shift)
    return make_title(f"{subject} {clause}" if subject else clause, span)


def _clause_around(
    sentence: Sentence, start: int, end: int, dates: Sequence[Timex] = ()
) -> tuple[int, str, str]:
    """The clause of the sentence that holds the span [start, end), where it starts, and the
    noun phrase it is about when it is a relative clause ("the gates, which jammed ...")."""
    text = sentence.text
    rel_s, rel_e = start - sentence.start, end - sentence.start
    c_start, c_end = 0, len(text)
    # A break has one of _BREAK_WORDS: without them, _CLAUSE_BREAK finds nothing.
    breaks = _CLAUSE_BREAK.finditer(text) if any(w in text for w in _BREAK_WORDS) else ()
    for m in breaks:
        if m.end() <= rel_s:
            c_start = m.end()
        elif m.start() >= rel_e:
            c_end = m.start()
            break
    # Independent clauses joined by ", and" are events of their own (clauses.py).
    if ", " in text or ";" in text:
        for a, b in clause_spans(text):
            if a <= rel_s < b:
                c_start, c_end = max(c_start, a), min(c_end, b)
                break
    # "the deadliest since July 2023, when 15 people died after a boat sank": the main clause
    # happens after "since" its date; the date's event is the clause "when" opens after it.
    when = _WHEN_AFTER.match(text, rel_e)
    if when is not None and text[:rel_s].rstrip().lower().endswith("since"):
        stop = text.find(", ", when.end(), c_end)
        return sentence.start + when.end(), text[when.end() : stop if stop > 0 else c_end], ""
    if when is not None:  # "began on Nov. 28, when X announced ...": X's is an event of its own
        c_end = min(c_end, rel_e)
    # "weakened in the earthquakes of February 2023, which killed 50,000 people": the date
    # is the noun's, and what the relative clause after it tells is the dated event.
    which = _WHICH_AFTER.match(text, rel_e) if " of " in text[max(0, rel_s - 5) : rel_s] else None
    owner = _OF_DATE_BEFORE.search(text, max(0, rel_s - 60), rel_s) if which else None
    if which is not None and owner is not None:
        stop = text.find(", ", which.end(), c_end)
        clause = text[which.end() : stop if stop > 0 else c_end]
        return sentence.start + which.end(), clause, owner.group("np")
    # "... declared an emergency on Tuesday and said he would visit Chala on Wednesday": what
    # the second verb reports is the Wednesday event; the Tuesday one ends before it.
    # Without " and" and one of the verbs, _AND_SAID cannot match.
    if " and" in text and any(verb in text for verb in _AND_SAID_VERBS):
        c_start, c_end = _between_breaks(_AND_SAID, text, c_start, c_end, rel_s, rel_e)
    if _reports_apart(text):  # ", saying ...", ", adding that ...", "and that ..."
        c_start, c_end = _between_breaks(_REPORT_BREAK, text, c_start, c_end, rel_s, rel_e)
    for m in _PARTICIPLE_BREAK.finditer(text, c_start, rel_s):
        c_start = m.end()  # "approved it on Thursday, clearing the way for X to ... by June"
    subject = ""
    for m in _RELATIVE.finditer(text, c_start, rel_s):
        if ", " in text[m.end() : rel_s]:
            continue  # the relative clause closed before the date: the date is the main clause's
        subject = _antecedent(text[c_start : m.start()])
        if m.group("whose") and subject:  # "Zourabichvili, whose term ends on Dec. 29"
            subject += "’s"
        c_start = m.end()
    if subject:
        # "The fire, which started on July 12 near Vinhais, was ...": the relative clause ends
        # at its closing comma.
        comma = text.find(", ", rel_e, c_end)
        c_end = comma if comma >= 0 else c_end
    else:
        subject, c_start, c_end = _restrictive_relative(text, c_start, c_end, rel_s, rel_e)
    if not subject and " and " in text:
        starts = [t.start - sentence.start for t in dates]
        subject, c_start, c_end = _second_predicate(text, c_start, c_end, rel_s, rel_e, starts)
    last_sub = None
    lower = caseless_lower(text)
    small = _FAST_SUBORDINATE.fast
    subordinates = (
        _SUBORDINATE.finditer(text, c_start, rel_s)
        if lower is None or small is None
        else small.finditer(lower, c_start, rel_s)  # the same spans (nocase.py)
    )
    for m in subordinates:
        last_sub = m
    # Only a clause ("after the gates jammed on ..."), not a date ("after March 12").
    if (
        last_sub is not None
        and last_sub.start() > c_start
        and rel_s - last_sub.end() > 12
        and "," not in text[last_sub.end() : rel_s]
    ):
        c_start = last_sub.end()
    return sentence.start + c_start, text[c_start:c_end], subject


def _second_predicate(
    text: str, c_start: int, c_end: int, rel_s: int, rel_e: int, dates: Sequence[int] = ()
) -> tuple[str, int, int]:
    """A clause with two predicates joined by "and" and an auxiliary or a modal: the date's
    predicate alone, and when it is the second, the subject the two share (the words before
    the first predicate's verb, after a "that" opening the reported clause); (subject, start,
    end) with an empty subject when nothing changes."""
    subject = ""
    for m in _SECOND_PREDICATE.finditer(text, c_start, c_end):
        if (m.group("plain") or m.group("listed")) and not any(m.end() <= d < c_end for d in dates):
            continue  # "arrived and began lowering the water": one event, unless dated apart
        if m.start() >= rel_e:
            return subject, c_start, m.start()
        if m.end() > rel_s:
            continue
        if subject:  # a third predicate ("..., and stepped down in 2002"): the same subject
            c_start = m.end()
            continue
        head_start = c_start
        for said in _SAID_HEAD.finditer(text, c_start, m.start()):
            head_start = said.end()  # "Officials said the government would ... and would ..."
        verb = _FINITE_VERB.search(text, head_start, m.start())
        words = text[head_start : verb.start()].split() if verb else []
        if not 1 <= len(words) <= 6:
            return "", c_start, c_end
        # "The government first granted ..., revoked ...": not "first revoked"
        subject, c_start = without_adverbs(" ".join(words)), m.end()
    return subject, c_start, c_end


def _inside_part(
    sentence: Sentence, parts: Sequence[tuple[int, int]], clause_start: int, clause: str
) -> bool:
    """Whether the clause starts after the start of the independent clause that holds it
    (a subordinate or relative clause: it has a mood of its own)."""
    at = clause_start - sentence.start
    spans = parts or ((0, len(sentence.text)),)
    return any(a < at < b for a, b in spans)


def _after_report(sentence: Sentence, clause_start: int) -> bool:
    """Whether the clause is what a participle of saying reports (it starts right after one)."""
    at = clause_start - sentence.start
    return any(m.end() == at for m in _REPORT_BREAK.finditer(sentence.text))


def _between_breaks(
    breaks: re.Pattern[str], text: str, c_start: int, c_end: int, rel_s: int, rel_e: int
) -> tuple[int, int]:
    """The part of text[c_start:c_end] holding [rel_s, rel_e) between two matches of
    ``breaks`` (start, end)."""
    for m in breaks.finditer(text, c_start, c_end):
        if m.end() <= rel_s:
            c_start = m.end()
        elif m.start() >= rel_e:
            return c_start, m.start()
    return c_start, c_end


def _reports_apart(text: str) -> bool:
    """Whether the sentence has a participle of saying or an "and that" after a comma, which
    start what is reported apart from the main clause (see _REPORT_BREAK)."""
    return (
        " and that " in text or " but that " in text or any(w in text for w in _REPORT_WORDS)
    ) and (_REPORT_BREAK.search(text) is not None)


_THAT = re.compile(r"\s(?:that|which)\s+")


def _restrictive_relative(
    text: str, c_start: int, c_end: int, rel_s: int, rel_e: int
) -> tuple[str, int, int]:
    """ "A wildfire that broke out on Saturday near Vinhais had burned ...": when the date is
    in a relative clause of a noun phrase with a determiner, the event is that clause about
    that noun phrase, up to the main clause's verb; (subject, start, end), or ("", c_start,
    c_end) as they were when the date is not in one."""
    found = None
    for m in _THAT.finditer(text, c_start, rel_s):
        found = m
    if found is None:
        return "", c_start, c_end
    noun_phrase = _antecedent(text[c_start : found.start()])
    words = noun_phrase.split()
    determiners = word_list("lexicon.yaml", "determiners")
    if not words or words[0].lower() not in determiners or _FINITE_VERB.search(noun_phrase):
        return "", c_start, c_end  # no noun phrase, or "that" after a verb ("found that")
    if words[-1].lower() in word_list("lexicon.yaml", "content_nouns"):
        return "", c_start, c_end  # "said in a statement that it had ...": what it says
    if _main_verb(text, found.end(), rel_s, after_own_verb=True) is not None:
        return "", c_start, c_end  # the relative clause ended before the date
    end = _main_verb(text, rel_e, c_end, after_own_verb=False)
    return noun_phrase, found.end(), c_end if end is None else end


def _main_verb(text: str, start: int, end: int, *, after_own_verb: bool) -> int | None:
    """Where a finite verb that is not part of the verb group before it starts in
    text[start:end] (a comma ends the search there too); with ``after_own_verb`` the first
    verb group is the relative clause's own and is passed over."""
    own = after_own_verb
    determiners = word_list("lexicon.yaml", "determiners")
    in_group = word_list("lexicon.yaml", "verb_group_words")
    for m in _FINITE_VERB.finditer(text, start, end):
        before = text[start : m.start()]
        if "," in before:
            return start + before.index(",")
        words = before.split()
        previous = words[-1] if words else ""
        if own:
            own = False
            continue
        if previous.lower() in determiners:  # "the evacuated towns": an adjective
            continue
        if previous.lower() in in_group or _FINITE_VERB.fullmatch(previous):
            continue
        return m.start()
    if not after_own_verb and "," in text[start:end]:
        return text.index(",", start, end)
    return None


def _antecedent(text: str) -> str:
    """The noun phrase a relative clause hangs on: the last words before it, back to a verb
    or a preposition ("Engineers freed the Tobol dam gates" -> "the Tobol dam gates")."""
    words = text.split()
    kept: list[str] = []
    stop = ""
    for word in reversed(words[-6:]):
        if _NOT_IN_NOUN_PHRASE.match(word.strip(",")):
            stop = word.lower()
            break
        kept.insert(0, word)
    determiners = word_list("lexicon.yaml", "determiners")
    if stop == "to" and len(kept) > 1 and kept[0].islower() and kept[0] not in determiners:
        kept = kept[1:]  # "raised rates to tame inflation, which ...": "tame" is a verb
    return " ".join(kept)


def _clause_entities(
    sentence: Sentence,
    entities: Sequence[EntityMention],
    clause_start: int,
    clause: str,
    subject: str,
) -> Sequence[EntityMention]:
    """The entities of the event's own clause (and of the noun phrase a relative clause is
    about): in "The EU sent planes on Tuesday after Portugal activated the mechanism on Monday"
    Monday's actor is Portugal alone. The sentence's when the clause names none."""
    end = clause_start + len(clause)
    source = sentence.start + sentence.text.find("according to ")
    if source >= sentence.start and clause_start + len(clause) <= source:
        # "X did Y in 2022, according to a report by the audit office": the source, no actor
        entities = [e for e in entities if e.start < source]
    inside = [
        e
        for e in entities
        if (clause_start <= e.start and e.end <= end) or (subject and e.text in subject)
    ]
    return inside if any(e.kind != "unknown" for e in inside) else entities


def _roles(
    sentence: Sentence, entities: Sequence[EntityMention]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a sentence's entities into actors and places. Places are places, and countries or
    unknown names after a locative preposition ("in Tajikistan", "the village of Akbulak"); a
    capital standing for its country is the city when it is a place ("met in Tashkent") and
    the government when it acts ("Tashkent said"). Everything else acts."""
    actors: list[str] = []
    places: list[str] = []
    lower = caseless_lower(sentence.text) if entities else None
    place_end = -1  # where the last place named ends
    for e in entities:
        before = sentence.text[: e.start - sentence.start]
        low_before = None if lower is None else lower[: e.start - sentence.start]
        listed = (
            _LISTED.fullmatch(sentence.text, place_end, len(before)) if place_end >= 0 else None
        )
        located = _FAST_PLACE_PREPOSITIONS.search(before, low_before) or (
            # "in Turkey and Syria": the places listed after the first (after a bare comma,
            # only names known as places: "in Ankara, Voltrad said")
            listed is not None
            and (listed.group(0).strip(" ,") != "" or e.kind in _PLACE_KINDS_LISTED)
        )
        is_place = (
            e.kind == "place"
            or (e.kind in ("country", "unknown") and located)
            or (e.kind == "unknown" and _before_facility(sentence, e))
        )
        name = e.text if is_place and e.kind == "country" and is_city(e.text) else e.name
        if e.kind == "unknown" and not is_place and not _is_subject(sentence, e):
            continue  # an unknown name acts only as the subject of a verb ("Minera Andes filed")
        target = places if is_place else actors
        if name not in target:
            target.append(name)
        place_end = e.end - sentence.start if is_place else -1
    return tuple(actors), tuple(p for p in places if p not in actors)


def _sources(
    sentence: Sentence, attribution: Attribution | None, entities: Sequence[EntityMention]
) -> tuple[str, ...]:
    """The entities the sentence attributes what it tells to ("the agency's director general,
    Hillary Kipkorir, said": Hillary Kipkorir)."""
    if attribution is None:
        return ()
    start, end = sentence.start + attribution.start, sentence.start + attribution.end
    return tuple(dict.fromkeys(e.name for e in entities if start <= e.start and e.end <= end))


def _before_facility(sentence: Sentence, e: EntityMention) -> bool:
    """Whether a facility noun follows the name ("its Kvasiny plant"): a place."""
    return followed_by_facility(sentence.text, e.end - sentence.start)


def _roles_once(
    sentence: Sentence,
    entities: Sequence[EntityMention],
    kept: list[tuple[tuple[str, ...], tuple[str, ...]]],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``_roles(sentence, entities)``, computed the first time and kept in ``kept`` (one
    list per sentence: a sentence's events all ask for its roles)."""
    if not kept:
        kept.append(_roles(sentence, entities))
    return kept[0]


def _own_deed_sayer(
    sentence: Sentence, entities: Sequence[EntityMention], before: int
) -> tuple[str, ...]:
    """The name that says, before ``before``, what it did itself ("Sunvia said in a
    statement that it had halted ..."), or nothing."""
    for e in entities:
        if e.end > before:
            break
        if _SAYS_OWN_DEED.match(sentence.text, e.end - sentence.start):
            return (e.name,)
    return ()


def _is_subject(sentence: Sentence, e: EntityMention) -> bool:
    """Whether a finite verb follows the entity right away ("Minera Andes filed ...")."""
    return (
        _SUBJECT_VERB.match(sentence.text, e.end - sentence.start) is not None
        or (
            # "A group calling itself Black Tide claimed the attack": the group is the name
            _CALLING_ITSELF.search(
                sentence.text, max(0, e.start - sentence.start - 30), e.start - sentence.start
            )
            is not None
            # "Delta Quay said on Tuesday that it had restored ...": it tells what it did itself
            or _SAYS_OWN_DEED.match(sentence.text, e.end - sentence.start) is not None
            # "The main contractor, Balkan Tunnelling, goes bankrupt": the subject's name
            or (
                _APPOSED_OPENING.match(sentence.text[: e.start - sentence.start]) is not None
                and _VERB_AFTER_APPOSITION.match(sentence.text, e.end - sentence.start) is not None
            )
            # "tablets made by Indian manufacturer Sunvia Pharma": the agent of a passive
            or _PASSIVE_AGENT.search(
                sentence.text, max(0, e.start - sentence.start - 60), e.start - sentence.start
            )
            is not None
        )
    )


def _confidence(
    precision: str, actors: Sequence[str], event_type: str, sentence: Sentence
) -> float:
    score = 0.45
    score += {"day": 0.2, "week": 0.15, "month": 0.12, "season": 0.08}.get(precision, 0.04)
    score += 0.15 if actors else 0.0
    score += 0.1 if event_type not in {"other", "statement"} else 0.0
    score += 0.05 if sentence.caption else 0.0
    return round(min(score, 0.95), 2)
