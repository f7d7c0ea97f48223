"""Events: the dated things an article reports, one per time expression of a content sentence,
or "as of" the article's date for a state or result reported without a date of its own.

Which expressions date events is event_dates.py's; which clause each belongs to is
event_clauses.py's; who acts and where is event_roles.py's. This module puts them together,
titles each event and merges one event told twice."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from tracker.extract.clauses import clause_spans, has_finite_verb, opens_clause
from tracker.extract.cues import (
    Attribution,
    find_attribution,
    modality,
)
from tracker.extract.datafiles import word_list
from tracker.extract.event_clauses import (
    FINITE_VERB,
    NAME_APPOSITION,
    THAT_OPENING,
    WHEN_AFTER,
    after_report,
    clause_around,
    in_subject_aside,
    inside_part,
    reports_apart,
)
from tracker.extract.event_dates import (
    AFTER_BEFORE,
    COUNTED_STRETCH,
    LENGTH_BEFORE,
    as_of_ref,
    date_ref,
    dates_an_event,
    drop_enclosing,
    drop_secondary,
    is_baseline,
    joined_dates,
    offset_ref,
    read_in,
    stretch_to,
)
from tracker.extract.event_roles import (
    IN_A_PLACE,
    clause_entities,
    own_deed_sayer,
    roles,
    roles_once,
    sources_of,
)
from tracker.extract.event_types import classify
from tracker.extract.model import DateRef, EntityMention, ExtractedEvent, Mention, Sentence
from tracker.extract.narrative_day import (
    announces_a_plan,
    first_clause,
    narrative_day,
    tells_a_deed_of_the_day,
)
from tracker.extract.nocase import Caseless, caseless_lower
from tracker.extract.referred_events import referred_event
from tracker.extract.since_events import SINCE_END, runs_to_now, since_events
from tracker.extract.spans import by_sentence, runs_back
from tracker.extract.timex import Timex
from tracker.extract.timex.values import shift
from tracker.extract.titles import make_title, sayer_for_pronoun, shorten
from tracker.link.events import WEAK_TYPES, EventSketch, same_event

# "..., the ministry said on Monday": the date of the statement, not of what it reports.
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|confirmed|added|warned|stated)\s+"
    # "announced in his budget speech on Tuesday", "said in a statement on Monday"
    r"(?:in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){1,3})?(?:on\s+)?$",
    re.I,
)


# A result or ongoing state reported without its own date: perfect or progressive aspect.
_STATE_OR_RESULT = re.compile(
    r"\b(?:ha(?:ve|s)(?: already)? (?:\w+ed|taken|seized|won|begun|become|fallen|sent|overrun)"
    r"|(?:is|are) (?:\w+ing)"
    # what a source says has been done by now: "police said they had opened an investigation"
    r"|(?:said|says|confirmed|announced)\s+(?:that\s+)?(?:it|they|he|she)\s+had\s+"
    r"(?:\w+ed|taken|seized|won|begun|sent|made|found|caught|shot|struck|hit)"
    # ... or is doing now: "the authority said it was investigating"
    r"|(?:said|says|confirmed)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:was|were)\s+\w+ing)\b"
)


_FAST_SAID_ON = Caseless(_SAID_ON)
_MAY_COME_NEXT = re.compile(r",?\s+and\s+(?:could|might|may|would|will)\s+(?=[a-z])")


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
    opener: tuple[int, str] | None = None  # (sentence index, body) that opened that sentence
    for sentence in sentences:
        if sentence.boilerplate or (sentence.index == 0 and sentence.paragraph == 0):
            continue
        in_sentence = timexes_in.get(sentence.index, [])
        ents = entities_in.get(sentence.index, [])
        # only the sentence right before, and only when "It" does something (not "It is not
        # clear", "It was the worst ...")
        # "Its security team noticed ...": the owner is that body too
        it_is = (
            opener[1]
            if opener
            and opener[0] == sentence.index - 1
            and (_IT_ACTS.match(sentence.text) or sentence.text.startswith("Its "))
            else None
        )
        opener = _body_opening(sentence, ents)
        named_before, last_person = last_person, _person_to_go_on_with(sentence, ents, last_person)
        # a baseline's date may still date what "when" tells after it ("down from 46% in the
        # first round on May 24, when Ceban finished first")
        when_after = {
            t.start
            for t in in_sentence
            if WHEN_AFTER.match(sentence.text, t.end - sentence.start) and is_baseline(sentence, t)
        }
        dated = [
            t
            for t in in_sentence
            if dates_an_event(t, published)
            and (t.start in when_after or not is_baseline(sentence, t))
        ]
        dated = joined_dates(drop_enclosing(dated, sentence), sentence)
        kept = drop_secondary(dated, sentence)
        # "raised its forecast for 2025": what the sentence tells is dated by the article
        as_of_instead = dated if dated and not kept and published is not None else []
        dated = _once_each(kept or as_of_instead)
        # the day beside its time, the time again in another zone: out of titles too
        # (and the year a month was read in: "In 2019, floods in June cut the line")
        same_moment = [
            t
            for t in in_sentence
            if (t.type == "TIME" or t.precision == "day" or any(read_in(t, d) for d in dated))
            and t not in dated
            and not is_baseline(sentence, t)
        ]
        # A state or result told without a date (looked for once: asked again below).
        undated_state = (
            not dated
            and published is not None
            and _STATE_OR_RESULT.search(sentence.text) is not None
        )
        # Who says it and how: only for a sentence that may give an event.
        may_tell = bool(dated) or (
            published is not None
            and (any(t.value == "PRESENT_REF" for t in in_sentence) or undated_state)
        )
        attribution = find_attribution(sentence.text) if may_tell else None
        # "X did Y, saying Z": only Z is reported; Y is told as fact
        says_all = attribution is not None and attribution.verb != "saying"
        lower = caseless_lower(sentence.text) if dated else None
        mood = modality(sentence.text, says_all) if may_tell else "asserted"
        parts = clause_spans(sentence.text) if dated else ()
        reported_apart = bool(dated) and reports_apart(sentence.text)
        sources = sources_of(sentence, attribution, ents)
        sentence_roles: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # made once, if needed
        first_of_sentence = len(events)
        opening = _OPENING_TIME_CLAUSE.match(sentence.text) if dated else None
        opening_end = opening.end() if opening else 0
        for timex in dated:
            if timex.rule.endswith(":clock-heading") and len(dated) > 1:
                continue  # "09:20 — ... the strike will end at midnight": the entry's own date
            clause_start, clause, subject = clause_around(sentence, timex.start, timex.end, dated)
            if timex.start in when_after and not SINCE_END.search(
                sentence.text, 0, timex.start - sentence.start
            ):
                continue  # the baseline dates only what "when" tells (_when_events); after
                # "since" clause_around gives that clause itself
            event_mood = _mood_of_part(sentence, parts, timex.start, attribution, mood)
            # where the main clause begins after an opening time clause that the date is not in
            main_at = opening_end if 0 < opening_end <= timex.start - sentence.start else 0
            if main_at and event_mood == "hypothetical":
                # "Before the court could act, a hunter shot a wolf on 23 October": the opening
                # clause's "could" is not the shooting's
                event_mood = modality(sentence.text[main_at:], says_all)
            if (
                subject
                or reported_apart
                or " and " in sentence.text
                or inside_part(sentence, parts, clause_start, clause)
            ):
                # a relative clause has a mood of its own ("the gate that failed"), and so has
                # what a participle of saying reports ("kept the rate, saying cuts could
                # follow"), each of two predicates ("slowed in May and was expected to ..."),
                # and a subordinate clause ("will choose in a runoff after none won")
                reported = says_all or after_report(sentence, clause_start)
                # (what follows "but" has a mood of its own, as in _mood_of_part)
                but = _last_but(clause, timex.start - clause_start) or 0
                at = timex.end - clause_start - but
                event_mood = modality(
                    _before_saying(_before_later_condition(clause[but:], at), at), reported
                )
            title, participle = _title_of(
                clause, clause_start, subject, _with_enclosing(timex, in_sentence, sentence)
            )
            title = _without_entry_time(_without_other_dates(title, [*dated, *same_moment]))
            if _BRINGING_A_COUNT.search(sentence.text, 0, max(0, clause_start - sentence.start)):
                # "bringing the number of deaths since the outbreak began in late 2023 to 27":
                # the figure is what the count was brought to, not where the outbreak went
                title = _COUNT_REACHED.sub("", title)
            if participle and _by(timex, published):
                # "the assessment, approved in 2022, had not considered ...", "will replace a
                # satellite launched in 2013": what the participle says happened, happened
                event_mood = "reported" if says_all else "asserted"
            event_type = classify(title)
            if event_type == "other":
                event_type = classify(clause)
            before = timex.start - sentence.start
            said_on = _FAST_SAID_ON.search(
                sentence.text[:before], None if lower is None else lower[:before]
            )
            if (
                said_on
                and attribution is not None
                and subject
                and attribution.start >= clause_start - sentence.start
                and _RELATIVE_PRONOUN_END.search(sentence.text, 0, clause_start - sentence.start)
            ):
                # "the plan, which the president announced in February": what the relative
                # clause tells was done to its noun, no saying of the sentence's
                said_on = False
            heading = not said_on and _heads_saying(timex, sentence, attribution)
            if heading:
                said_on = True  # "14:30 Network Rail says services are suspended": said then
            stated = bool(said_on and attribution is not None)
            if said_on and attribution is not None:
                event_type = "statement"
                title = _statement_title(
                    sentence.text, timex.end - sentence.start, attribution, heading=heading
                )
                if event_mood in ("planned", "hypothetical") or (
                    event_mood == "negated"
                    and not _NEGATED_SAYING.search(
                        sentence.text, max(0, attribution.start - 24), attribution.end + 24
                    )
                ):
                    event_mood = "reported"  # the saying happened; what it says may not
            he_says = (
                _sayer_person(sentence, attribution, ents) if _PRONOUN_HEAD.match(title) else None
            )
            unnamed = None if he_says else _unnamed_sayer(title, sentence, attribution, ents)
            if unnamed is not None:  # "The state's attorney general said he would appeal"
                title, named = shorten(unnamed + title[title.index(" ") :]), None
            else:
                title, named = _pronoun_named(title, ents, named_before, he_says)
            title = _it_named(title, sentence, clause_start)
            # "The HSE said it detected ... It notified the commission": the same body
            it_title = _it_is_title(title, sentence, it_is)
            if it_title is not None and it_is is not None:
                title, named = it_title, named or it_is
            title = _possessor_named(title, sentence, ents, clause_start)
            if not title:
                continue  # "16:40 GMT" heading a live report: a time, nothing that happened
            # Actors are the clause's own; places are the sentence's (where it all happened).
            own = clause_entities(sentence, ents, clause_start, clause, subject)
            if main_at:  # (nor are the opening clause's names the main clause's actors)
                own = [e for e in own if e.start >= sentence.start + main_at]
            actors, places = roles_once(sentence, ents, sentence_roles)
            if own is not ents:
                actors, _ = roles(sentence, own)
            elif subject and in_subject_aside(sentence, clause_start):
                # "The law, passed by parliament in April, ...": the subject's names alone
                # "The deal, agreed after talks led by Anu Sajavaara, ...": the subject's names
                # and the aside's own
                end = clause_start + len(clause)
                in_subject = [
                    e
                    for e in ents
                    if re.search(rf"\b{re.escape(e.text)}\b", subject)
                    or (clause_start <= e.start and e.end <= end)
                ]
                actors, places = roles(sentence, in_subject)
            if named and named not in actors:  # "He was charged": the person "he" is
                actors = (named, *actors)
            elif (
                not actors
                and named_before
                and not any(e.kind == "person" for e in ents)
                and _HIS_HER.search(title)
            ):  # "A lower court ruled in his favour": the person named last
                actors = (named_before,)
            said_it = (
                _SAID_IT.search(sentence.text, 0, clause_start - sentence.start)
                if _BARE_PREDICATE.match(title)
                else None
            )
            if said_it is not None:
                # "The company said it had found the cause and would resume production in
                # January": the second predicate's subject is the first's, "it"
                title = f"{said_it.group(1).capitalize()} {title[:1].lower()}{title[1:]}"
            pronoun = title.startswith(("It ", "They "))
            owner = title.startswith(("Its ", "Their "))
            sayer = (
                own_deed_sayer(sentence, ents, timex.start)
                if pronoun or owner or not actors
                else ()
            )
            if sayer:  # "Sunvia said that it had halted production": Sunvia did
                actors = actors or sayer
                if pronoun:  # and "it" is Sunvia, whoever else takes part
                    actors = (sayer[0], *(a for a in actors if a != sayer[0]))
                    title = shorten(f"{sayer[0]} {title.split(' ', 1)[1]}")
                elif owner:  # "Acme said that its profit fell": Acme's profit
                    title = shorten(f"{possessive(sayer[0])} {title.split(' ', 1)[1]}")
            elif pronoun:  # "The harbour authority said it had shut the port"
                title = sayer_for_pronoun(sentence.text, title)
            if not actors and sources and _body_subject().match(title):
                # "The combined company will cut 1,100 jobs, Rijnland said": the body that says
                # it tells of itself
                actors = sources
            if title.startswith("They ") and not sayer and clause_start > sentence.start:
                actors = _they_named_before(sentence, ents, clause_start, actors)
            if stated and attribution is not None:
                # "X: ..." a saying on its day: the one who says it acts
                speaking = _names_within(ents, sentence, attribution)
                actors = (*speaking, *(a for a in actors if a not in speaking))
            places = tuple(p for p in places if p not in actors)
            if _EMPTY_REPORT.fullmatch(title):
                continue  # "..., results showed on Monday": a source and its day, nothing told
            if timex.precision == "year" and is_yearly_figure(title):
                continue  # "Suez Canal revenue fell to $4 billion in 2024": a figure, a claim
            if timex.type == "DURATION" and not (actors or places):
                continue  # "complained for the past two decades": a stretch with nobody in it
            if timex.type == "DURATION" and _COUNTED_FROM_ANOTHER.match(
                sentence.text, timex.end - sentence.start
            ):
                continue  # "within six months of publication": from a day the text does not give
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
                    else stretch_to(date_ref(timex), sentence, published),
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
            clause_start, clause, subject = clause_around(sentence, timex.start, timex.end)
            title = _title(clause, clause_start, subject, timex)
            title = _possessor_named(title, sentence, ents, clause_start)
            event_type = classify(title)
            if event_type == "other":
                event_type = classify(sentence.text)
            actors, places = roles_once(sentence, ents, sentence_roles)
            if event_type in {"other", "statement"} or any(e.title == title for e in events):
                continue
            if any(
                e.date.timex_start is not None
                and e.date.timex_end is not None
                and clause_around(sentence, e.date.timex_start, e.date.timex_end)[0] == clause_start
                for e in events[first_of_sentence:]
            ):
                continue  # "the path now pointed to two or three cuts this year": dated already
                # (not "Floodwater now covers 31 villages after a levee gave way on Saturday")
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
        told_apart += _after_semicolon_events(
            sentence, in_sentence, dated, events[first_of_sentence:], ents, says_all
        )
        if published is not None:
            told_apart += _deadline_events(sentence, in_sentence, ents, published)
        when = _when_events(sentence, dated, ents, says_all)
        if when:
            # "The worst attack came in March 2019, when gunmen killed 160 villagers": the
            # "when" clause tells what the light main clause only points at
            pointed = {e.date.timex_start for e in when}
            events[first_of_sentence:] = [
                e
                for e in events[first_of_sentence:]
                if not (e.date.timex_start in pointed and _LIGHT_CLAUSE.search(e.title))
            ]
            # "The town was last flooded this badly in February 2020, when Storm Dennis ...":
            # a main clause recalling an earlier time, whose "when" clause tells what it was:
            # one event, with who and where both name
            by_start = {e.date.timex_start: e for e in when}
            recalled = {
                e.date.timex_start
                for e in events[first_of_sentence:]
                if e.date.timex_start in by_start
                and (_RECALLED.search(e.title) or _IS_ITS_DATE.search(e.title))
            }
            events[first_of_sentence:] = [
                _with_roles_of(e, by_start[e.date.timex_start])
                if e.date.timex_start in recalled
                else e
                for e in events[first_of_sentence:]
            ]
            when = [e for e in when if e.date.timex_start not in recalled]
        told_apart += when
        if published is not None:
            events[first_of_sentence:] = [
                runs_to_now(e, published) for e in events[first_of_sentence:]
            ]
            # the last event of the two sentences before (events come in sentence order: each
            # is of the sentence being read when it is added)
            earlier = events[first_of_sentence - 1] if first_of_sentence else None
            if earlier is not None and earlier.sentence.index < sentence.index - 2:
                earlier = None
            told_apart += since_events(sentence, dated, ents, published, earlier, says_all)
        events.extend(_it_named_body(replace(ev, sources=sources), it_is) for ev in told_apart)
        told = bool(events) and events[-1].sentence.index == sentence.index
        if undated_state and not told and published is not None:
            event_type = classify(sentence.text)
            actors, places = roles_once(sentence, ents, sentence_roles)
            # (who it is told by acts when no one else does: "..., according to the Canadian
            # Interagency Forest Fire Centre")
            actors = actors or sources
            if event_type in {"other", "statement"} or not actors:
                continue
            # "... it was investigating and could fine the company": the state, not what
            # may come of it
            state = _MAY_COME_NEXT.split(sentence.text, maxsplit=1)[0]
            events.append(
                ExtractedEvent(
                    title=sayer_for_pronoun(sentence.text, make_title(state)),
                    type=event_type,
                    modality=mood if state == sentence.text else modality(state, says_all),
                    date=as_of_ref(published),
                    actors=actors,
                    places=places,
                    confidence=0.4,
                    sentence=sentence,
                    rule="as-of-state",
                    sources=sources,
                )
            )
        elif not told and (referred := referred_event(sentence, in_sentence, events)):
            # "The probe will reach the asteroid a month after the flyby"
            clause, ref, rule = referred
            referred_ev = _clause_event(sentence, 0, ref, ents, says_all, rule, clause)
            if referred_ev is not None:
                events.append(replace(referred_ev, sources=sources))
        elif not told and not _dating(sentence, in_sentence) and not undated_state:
            day_event = _of_the_day(
                sentence, ents, narrative_day(events, published), sources, it_is
            )
            if day_event is not None:
                events.append(day_event)
    return merge_same_events(_future_is_planned(events, published))


def _dating(sentence: Sentence, in_sentence: Sequence[Timex]) -> list[Timex]:
    """The sentence's time expressions but a time limit of days or more ("within six
    months"), which dates nothing: the order that sets it is the day's."""
    return [
        t
        for t in in_sentence
        if not (
            t.type == "DURATION"
            and t.interval_start is None
            and not t.value.startswith("PT")  # ("reached them within 40 minutes": how fast)
            and _WITHIN_BEFORE.search(sentence.text, 0, t.start - sentence.start)
        )
    ]


_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:the\s+next\s+)?$")


_MERE_SAYING = frozenset(("said", "says", "told", "added", "noted", "warned", "saying"))


def _of_the_day(
    sentence: Sentence,
    entities: Sequence[EntityMention],
    day: date | None,
    sources: tuple[str, ...],
    it_is: str | None = None,
) -> ExtractedEvent | None:
    """ "Organisers said eleven riders went down in the crash", told after "... took the lead
    on Wednesday": an event of that day (narrative_day.py), when it names who or where (or
    opens with "It"/"Its" for ``it_is``, the body that opened the sentence before), told as
    a fact or a report."""
    plan = announces_a_plan(sentence.text)
    if day is None or not (plan or tells_a_deed_of_the_day(sentence.text)):
        return None
    attribution = find_attribution(sentence.text)
    deed = sentence.text
    if attribution is not None and attribution.start >= len(first_clause(deed)):
        # "Lufthansa cancelled 120 flights, and Deutsche Bank said ...": the saying is the
        # second clause's; the deed is told as a fact
        deed, attribution = first_clause(deed), None
    mood = modality(deed, attribution is not None and attribution.verb != "saying")
    if mood not in ("asserted", "reported") and not (plan and mood == "planned"):
        return None
    event_type = classify(deed)
    actors, places = roles(sentence, entities)
    title = sayer_for_pronoun(sentence.text, make_title(sentence.text))
    sayer = (
        own_deed_sayer(sentence, entities, sentence.end)
        if title.startswith(("It ", "They "))
        else ()
    )
    if sayer:  # "The company said it would appeal": the company, by its name, did
        actors = (sayer[0], *(a for a in actors if a != sayer[0]))
        title = shorten(f"{sayer[0]} {title.split(' ', 1)[1]}")
    elif title.startswith(("It ", "They ")) and not it_is:
        title = sayer_for_pronoun(sentence.text, title, bare=True)  # "The company would ..."
    elif it_is and not actors and title.startswith(("It ", "Its ")):
        # "Its shares fell 6% in after-hours trading"
        owner = possessive(it_is) if title.startswith("Its ") else it_is
        title, actors = shorten(owner + title[title.index(" ") :]), (it_is,)
    # (a mere saying is no deed of the day; "ordered an inquiry and announced compensation" is)
    mere_saying = attribution is not None and attribution.verb in _MERE_SAYING
    if (event_type == "statement" and mere_saying and not plan) or not (actors or places):
        return None
    return ExtractedEvent(
        title=title,
        type=event_type,
        modality=mood,
        date=DateRef(day.isoformat(), day, day, "day", None, "narrative"),
        actors=actors,
        places=tuple(p for p in places if p not in actors),
        confidence=0.35,
        sentence=sentence,
        rule="narrative-day",
        sources=sources,
    )


def _future_is_planned(
    events: list[ExtractedEvent], published: date | None
) -> list[ExtractedEvent]:
    """What is dated after the article's day has not happened yet: told as a fact ("schools
    reopen on Sept. 15"), it is planned."""
    if published is None:
        return events
    return [
        replace(e, modality="planned")
        if e.modality in ("asserted", "reported")
        and e.date.start is not None
        and e.date.start > published
        else e
        for e in events
    ]


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
    # ("opened an investigation in May, two months after the companies announced it": a month
    # the sentence names, counted from in months or years)
    months = [t for t in dated if t.precision == "month" and t.interval_start is not None]
    if len(days) != 1:
        if days or len(months) != 1:
            return []
        days = months
    base = days[0].interval_start
    assert base is not None
    out = []
    for t in in_sentence:
        stretch = COUNTED_STRETCH.match(t.value) if t.type == "DURATION" else None
        if stretch is not None and days[0].precision == "month" and stretch.group(2) in "DW":
            continue  # a month known to the month: days counted from it say no day
        m = AFTER_BEFORE.match(sentence.text, t.end - sentence.start) if stretch else None
        if stretch is None or m is None:
            continue
        if LENGTH_BEFORE.search(
            sentence.text, max(0, t.start - sentence.start - 12), t.start - sentence.start
        ):
            continue  # "banned for four years after testing positive": a length, then a reason
        if days[0].start > t.end:
            continue  # "comes nine months after a crash killed 16 on Sept. 3": the day is the
            # clause's after "after"; what the stretch dates is the main clause, told apart
        expression = f"{t.text} {m.group('rel')}"
        ref = offset_ref(base, stretch, m.group("rel") == "after", expression, t)
        if ref is None:
            continue
        event = _clause_event(sentence, m.end(), ref, ents, reported, "offset-clause")
        if event is not None and not _names_no_happening(event.title):
            out.append(event)
    return out


# A title that opens with an auxiliary: a predicate whose subject came before it
_BARE_PREDICATE = re.compile(r"(?:Would|Will|Could|Had|Has|Have|Was|Were)\s+[a-z]")
_SAID_IT = re.compile(r"\b(?:said|says|added)\s+(?:that\s+)?(it|they)\s+(?!.*\b(?:it|they)\b)")


_EXPECTS = re.compile(
    r"(?:\S+\s+){1,4}?(?:expects?|expected|predicts?|predicted|forecasts?|believes?|thinks?|"
    r"hopes?|fears?|anticipates?)\b"
)
# "June 8, 2026 — The spillways open; ...": a line headed by its date, as in a list of key dates
_DATE_HEADED = re.compile(r"\s*[—–-]{1,2}\s+[A-Z\"“]")


def _after_semicolon_events(
    sentence: Sentence,
    in_sentence: Sequence[Timex],
    dated: Sequence[Timex],
    told: Sequence[ExtractedEvent],
    ents: Sequence[EntityMention],
    reported: bool,
) -> list[ExtractedEvent]:
    """Events of the clauses after a semicolon that have no date of their own, dated as the
    clause before them: "Troops entered the town on Monday; residents fled north", "March
    2025 — Leaders meet in Vientiane; Cambodia asks for talks". The part after the semicolon
    must open a clause of its own (a subject, then a verb); in a line headed by its date, whose
    entries are told in the present ("Cambodia and Vietnam ask"), a capital opening it
    suffices."""
    if len(dated) != 1 or ";" not in sentence.text:
        return []
    timex = dated[0]
    base = next((e for e in told if e.date.timex_start == timex.start), None)
    if base is None:
        return []
    at = timex.start - sentence.start
    headed = at < 3 and _DATE_HEADED.match(sentence.text, timex.end - sentence.start) is not None
    text = sentence.text
    out: list[ExtractedEvent] = []
    start = text.find(";", timex.end - sentence.start)
    while start >= 0:
        stop = text.find(";", start + 1)
        part_start = len(text) - len(text[start + 1 :].lstrip())  # past the spaces
        part = text[part_start : stop if stop >= 0 else len(text)].rstrip(" .")
        start = stop
        if len(part.split()) < 4 or any(
            part_start <= t.start - sentence.start < part_start + len(part) for t in in_sentence
        ):
            continue  # a list's item ("; five in Ohio"), or a clause dated by itself
        if not (opens_clause(part) or (headed and part[:1].isupper())):
            continue
        if _EXPECTS.match(part):
            continue  # "; economists expect no change": a guess, nothing that happens
        event = _clause_event(
            sentence, part_start, base.date, ents, reported, "semicolon-clause", part
        )
        if event is not None and not _names_no_happening(event.title):
            out.append(replace(event, sources=base.sources))
    return out


def _names_no_happening(title: str) -> bool:
    """Whether a short title names no happening: no verb and no noun of one ("a year after
    the last one"; not "five years after the disaster")."""
    words = title.lower().split()
    return (
        len(words) <= 3
        and not has_finite_verb(title)
        and word_list("lexicon.yaml", "event_nouns").isdisjoint(words)
    )


# "Prosecutors have 30 days to challenge the ruling": a stretch from the article's date.
_HAS_BEFORE = re.compile(
    r"\b(?:has|have|had|was\s+given|were\s+given|gets?|got)\s+(?:(?:only|just|another|up\s+to)\s+)?$"
)


_TO_VERB_AFTER = re.compile(r"\s+to\s+[a-z]")


_WITHIN_BEFORE = re.compile(r"\bwithin\s+$")


_MODAL = re.compile(
    r"\b(?:can|could|may|must|has\s+to|have\s+to|will|would|should|"
    r"(?:is|are)\s+(?:expected|due|set)\s+to|plans?\s+to)\s+[a-z]"
)


def _deadline_events(
    sentence: Sentence, in_sentence: Sequence[Timex], ents: Sequence[EntityMention], published: date
) -> list[ExtractedEvent]:
    """What someone has so long to do from the article's date ("have 30 days to challenge the
    ruling", "can appeal within 21 days"): a planned event over that stretch."""
    out = []
    for t in in_sentence:
        stretch = COUNTED_STRETCH.match(t.value) if t.type == "DURATION" else None
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
        if not (has_to or within) or _COUNTED_FROM_ANOTHER.match(sentence.text, end):
            continue  # (not "within six months of publication": from a day not given)
        try:  # "has 30 days to ...": from the article's date to that many days after it
            last = shift(published, stretch.group(2), int(stretch.group(1)))
        except (ValueError, OverflowError):
            continue
        ref = DateRef(t.value, published, last, "day", t.text, "dct", t.start, t.end)
        clause_start, clause, subject = clause_around(sentence, t.start, t.end)
        title = make_title(f"{subject} {clause}" if subject else clause)
        own = [e for e in ents if clause_start <= e.start < clause_start + len(clause)]
        actors, places = roles(sentence, own or ents)
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


# A main clause whose date is its predicate: "The bank's next meeting is on March 26, when it
# will also publish new forecasts" (the "when" clause tells what happens at it: one event).
_IS_ITS_DATE = re.compile(r"\b(?:is|are|was|were)$")


# A main clause that only says that something took place: "The worst attack came".
_LIGHT_CLAUSE = re.compile(r"\b(?:came|happened|occurred|took\s+place|unfolded)$")


# A main clause that recalls an earlier time: "was last flooded", "first visited", "was robbed
# once before", "had previously ..."; or that ranks it ("suffered its worst fire season in
# 2016, when ...": the "when" clause tells what made it so)
_RECALLED = re.compile(
    r"\b(?:last|first|once|previously|before|worst|best|biggest|largest|deadliest|highest|"
    r"lowest|hottest|warmest|coldest|wettest|driest|strongest|heaviest|longest|busiest|most)\b",
    re.I,
)


def _with_roles_of(event: ExtractedEvent, other: ExtractedEvent) -> ExtractedEvent:
    """``event`` with the actors and places of ``other`` added after its own."""
    actors = tuple(dict.fromkeys((*event.actors, *other.actors)))
    places = tuple(p for p in dict.fromkeys((*event.places, *other.places)) if p not in actors)
    return replace(event, actors=actors, places=places)


def _when_events(
    sentence: Sentence, dated: Sequence[Timex], ents: Sequence[EntityMention], reported: bool
) -> list[ExtractedEvent]:
    """ "The protests began on Nov. 28, when the prime minister announced ...": what the
    "when" clause after a date tells happened on that date too (after "since" the date is the
    clause's alone: see clause_around)."""
    out = []
    for t in dated:
        m = WHEN_AFTER.match(sentence.text, t.end - sentence.start)
        since = sentence.text[: t.start - sentence.start].rstrip().lower().endswith("since")
        if m is None or since:
            continue
        event = _clause_event(sentence, m.end(), date_ref(t), ents, reported, "when-clause")
        if event is not None:
            out.append(event)
    return out


# A title that is only who tells and the verb of telling ("Results showed", "Officials said").
_EMPTY_REPORT = re.compile(
    r"(?:[\w'’.-]+\s+){0,4}(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbe\s)"
    # (not a passive: "The outbreak was confirmed" tells something)
    r"(?:showed|shows|said|says|told|reported|confirmed|added|noted|indicated|suggested|announced)"
)


def is_yearly_figure(title: str) -> bool:
    """Whether a title tells a year's figure rather than a deed: a measure as its subject and
    a verb of change or amount ("Suez Canal revenue fell to $4 billion", "Rents in Dublin had
    risen by 80%"), or a count of what was carried, handled or produced ("Maple Air carried
    9.6 million passengers"). Claims check such figures; the timeline has no day for them.
    Counts of cases and deaths are the story's own toll, and stay events."""
    if not any(ch.isdigit() for ch in title):
        return False
    return bool(_measure_subject().match(title) or _COUNTED_OUTPUT.search(title))


@lru_cache(maxsize=1)
def _measure_subject() -> re.Pattern[str]:
    """A measure (lexicon.yaml: measure_nouns) as a title's subject, and a verb of change or
    amount after it ("Rents in Dublin had risen")."""
    nouns = "|".join(sorted(word_list("lexicon.yaml", "measure_nouns"), key=len, reverse=True))
    return re.compile(
        rf"(?:[\w'’.-]+\s+){{0,4}}?(?:{nouns})\b(?:\s+(?:in|of|at|for)\s+[\w'’ -]{{1,30}}?)?\s+"
        r"(?:(?:had|have|has)\s+)?(?:fell|fallen|rose|risen|grew|grown|dropped|declined|"
        r"increased|decreased|climbed|jumped|slipped|were|was|stood|reached|totall?ed)\b"
    )


_COUNTED_OUTPUT = re.compile(
    r"\b(?:carried|handled|served|welcomed|produced|shipped|generated|exported|imported)\s+"
    r"(?:a\s+record\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|some\s+)?\d[\d,.]*"
)


def _they_named_before(
    sentence: Sentence, ents: Sequence[EntityMention], clause_start: int, actors: tuple[str, ...]
) -> tuple[str, ...]:
    """``actors`` after those the sentence named before a clause told of "they" ("Butch
    Wilmore and Suni Williams had been in orbit since June 2024, when they flew to the
    station")."""
    before = roles(sentence, [e for e in ents if e.start < clause_start])[0]
    return tuple(dict.fromkeys((*before, *actors)))


def _clause_event(
    sentence: Sentence,
    at: int,
    ref: DateRef,
    ents: Sequence[EntityMention],
    reported: bool,
    rule: str,
    clause: str | None = None,
) -> ExtractedEvent | None:
    """The event of the clause that starts at ``at`` in the sentence and runs to the next
    comma (or is ``clause``), dated ``ref``; None for a clause of one word. A name's
    apposition is no end of it ("when Priya Raman, a senior nurse, emailed ...")."""
    span = len(clause) if clause is not None else 0
    if clause is None:
        aside = NAME_APPOSITION.match(sentence.text, at)
        stop = sentence.text.find(", ", aside.end() if aside else at)
        stop = stop if stop > 0 else len(sentence.text)
        clause, span = sentence.text[at:stop], stop - at
        if aside is not None:
            clause = f"{aside.group('name')} {sentence.text[aside.end() : stop]}"
    if len(clause.split()) < 2:
        return None
    clause_start = sentence.start + at
    # "two years after she was arrested": the person the sentence names is "she"
    title, named = _pronoun_named(make_title(clause), ents)
    own = [e for e in ents if clause_start <= e.start < clause_start + span]
    actors, places = roles(sentence, own)
    if named and named not in actors:
        actors = (named, *actors)
    if title.startswith("They "):
        actors = _they_named_before(sentence, ents, clause_start, actors)
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
    events whose dates overlap and that share a word of what happened (or a caption) are
    compared."""
    merged: list[ExtractedEvent] = []
    sketches: list[EventSketch] = []
    # Each kept event's dates (absorbing another event does not change them): only those
    # whose dates overlap are compared, in the order they were kept.
    kept_dates: list[tuple[date, date] | None] = []
    # Two sentences of one article tell one event only with some word of what happened in
    # common (not only names, the place nouns that stand for them and the words of any
    # sentence), or as a caption tells what the story does in words of its own: so only the
    # kept events sharing a content word of the title, and captions, are compared (absorbing
    # another event changes neither a kept event's title nor its sentence).
    by_word: dict[str, list[int]] = {}
    captions: list[int] = []
    for ev in events:
        sketch = _sketch(ev)
        dates = _dates(sketch)
        # (the words of its names are names, even opening a title: "Orvane Systems reported
        # ...", "Orvane Systems’s shares fell ...")
        words = _content_words(ev.title) - {
            w.lower() for name in (*ev.actors, *ev.places) for w in name.split()
        }
        overlapping: list[int] = []
        if dates is not None:
            if ev.sentence.caption:
                sharing: Iterable[int] = range(len(merged))
            else:
                found = set(captions)
                for word in words:
                    found.update(by_word.get(word, ()))
                sharing = sorted(found)
            first, last = dates
            for i in sharing:
                kept = kept_dates[i]
                if kept is not None and not (kept[1] < first or last < kept[0]):
                    overlapping.append(i)
        for i in overlapping:
            # told twice: in two sentences, and the same by the test for two articles
            if (
                merged[i].sentence.index != ev.sentence.index
                # (what someone said on the day they would do is not the day's deed: "fined
                # the airline on Tuesday" and "the airline said it would challenge the fine")
                and (merged[i].modality == "planned") == (ev.modality == "planned")
                and same_event(sketch, sketches[i])
            ):
                merged[i] = _absorb(merged[i], ev)
                sketches[i] = _sketch(merged[i])
                break
        else:
            merged.append(ev)
            sketches.append(sketch)
            kept_dates.append(dates)
            if ev.sentence.caption:
                captions.append(len(merged) - 1)
            for word in words:
                by_word.setdefault(word, []).append(len(merged) - 1)
    return merged


def _dates(sketch: EventSketch) -> tuple[date, date] | None:
    """The days an event's date covers, (start, end), for the overlap test (a date with only
    an end covers that day); None when it has no end: it then overlaps nothing."""
    start = sketch.start or sketch.end
    if start is None or sketch.end is None:
        return None
    return start, sketch.end


_WORD = re.compile(r"[a-z][a-z'’-]{3,}")


def _content_words(title: str) -> set[str]:
    """The lower-case words of a title (four letters or more) that say something of what
    happened: no names (capitalised), no function words."""
    opening = title[:1].lower() + title[1:]  # the first word is no name for being capitalised
    common = word_list("lexicon.yaml", "not_content_words")
    return {w for w in _WORD.findall(opening) if w not in common}


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


def _by(timex: Timex, published: date | None) -> bool:
    """Whether ``timex`` ends by ``published`` (on that day or before)."""
    return (
        published is not None and timex.interval_end is not None and timex.interval_end <= published
    )


def _it_is_title(title: str, sentence: Sentence, it_is: str | None) -> str | None:
    """``title`` with the "It"/"Its" that opens it and its sentence named ``it_is``, the body
    the sentence before opened with; None when neither opens with it."""
    if it_is and title.startswith("It ") and sentence.text.startswith("It "):
        return shorten(it_is + title[2:])
    if it_is and title.startswith("Its ") and sentence.text.startswith("Its "):
        return shorten(possessive(it_is) + title[3:])
    return None


def _it_named_body(event: ExtractedEvent, it_is: str | None) -> ExtractedEvent:
    """``event`` (found apart from the sentence's dates) with "It"/"Its" named ``it_is``, and
    that body its actor when it has none ("It will publish a report within 30 days")."""
    title = None if event.actors else _it_is_title(event.title, event.sentence, it_is)
    return event if title is None or it_is is None else replace(event, title=title, actors=(it_is,))


def _names_within(
    entities: Sequence[EntityMention], sentence: Sentence, attribution: Attribution
) -> tuple[str, ...]:
    """The names of the entities inside the attribution's words, people and bodies; not
    places, nor a country named by its adjective ("the Norwegian maker"), nor a name after a
    preposition of place ("a former manager of a home in Kirkcaldy")."""
    start, end = sentence.start + attribution.start, sentence.start + attribution.end
    return tuple(
        dict.fromkeys(
            e.name
            for e in entities
            if start <= e.start
            and e.end <= end
            and e.kind != "place"
            and not (e.kind == "country" and e.text != e.name and e.text.endswith(_ADJECTIVE_ENDS))
            and not (
                e.kind in ("unknown", "country")
                and IN_A_PLACE.search(sentence.text, 0, e.start - sentence.start) is not None
            )
        )
    )


# What a stretch of time is counted from when it is another happening ("within six months of
# publication", "within 30 days of the ruling", "within a week of taking office").
_COUNTED_FROM_ANOTHER = re.compile(
    r"\s+(?:of|after|from)\s+(?!now\b|today\b)(?:the\s+|its\s+|their\s+)?[a-z]"
)


# Endings of demonyms and adjectives of countries ("Norwegian", "Danish", "Swiss", "Thai").
_ADJECTIVE_ENDS = ("an", "sh", "ss", "se", "ch", "ic", "ai", "li", "ni", "ki", "ri", "zi")


def _once_each(dated: list[Timex]) -> list[Timex]:
    """The sentence's dates, a value named twice kept once ("12:33 — The blackout began at
    12:33 local time": one event)."""
    if len(dated) < 2:
        return dated
    seen: set[str] = set()
    out = []
    for t in dated:
        if t.value not in seen:
            seen.add(t.value)
            out.append(t)
    return out


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
    rel = at - sentence.start
    if mood != "asserted" and (but := _last_but(sentence.text, rel)):
        # "The launch had been planned for July but was postponed last Thursday": what
        # follows "but" has a mood of its own
        return modality(sentence.text[but:], attribution is not None)
    if mood in ("hypothetical", "planned"):
        cut = _before_later_condition(sentence.text, rel)
        if cut is not sentence.text:
            return modality(cut, attribution is not None)
        cut = _before_saying(sentence.text, rel)
        if cut is not sentence.text:
            return modality(cut, attribution is not None)
    spans = parts if len(parts) > 1 else ((0, len(sentence.text)),)
    for a, b in spans:
        if a <= rel < b:
            text = sentence.text[a:b]
            if len(parts) < 2 and ", wh" not in text:
                return mood
            # a relative clause set off by commas has a mood of its own ("The bridge, which
            # was originally due to open in 2022, finally opened on Monday")
            outside = [
                m for m in _RELATIVE_ASIDE.finditer(text) if not m.start() <= rel - a < m.end()
            ]
            for m in reversed(outside):
                text = text[: m.start()] + text[m.end() :]
            return modality(text, attribution is not None)
    return mood


# A participle of saying or finding after the main clause: ", ruling that ...", ", arguing ..."
_SAYING_AFTER = re.compile(
    r",\s+(?:ruling|arguing|saying|claiming|warning|noting|finding|adding|stating|insisting|"
    r"concluding|predicting|citing)\b"
)


def _before_saying(text: str, at: int) -> str:
    """``text`` up to a participle of saying after offset ``at`` ("blocked the merger on
    Tuesday, ruling that the deal would raise prices": what the participle says may be a plan
    or a condition; the deed before it is not); ``text`` itself when none follows."""
    saying = _SAYING_AFTER.search(text, at)
    return text if saying is None else text[: saying.start()]


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;]*,")
# "but" joining two predicates or clauses; not "all but", "anything but", "but also"
_BUT = re.compile(r"(?<!\ball\s)(?<!\banything\s)(?<!\bnothing\s)\bbut\b(?!\s+also\b)")


def _last_but(text: str, rel: int) -> int | None:
    """Where the text after the last "but" before ``rel`` starts, if a "but" comes before
    (found with rfind: most sentences have none, and the pattern is tried only there)."""
    at = text.rfind("but", 0, rel)
    while at >= 0:
        m = _BUT.match(text, at, rel)
        if m is not None:
            return m.end()
        at = text.rfind("but", 0, at)
    return None


def _before_later_condition(text: str, at: int) -> str:
    """``text`` up to a clause after offset ``at`` that tells what could or would follow
    ("fell by a third between 2022 and 2025 ... before they could recover": no condition on
    the fall; "a contract in June 2024 to build a vehicle that will push ...": no plan);
    ``text`` itself when there is none."""
    later = _MODAL_SUBORDINATE.search(text, max(at, 0))
    return text[: later.start()] if later is not None else text


_MODAL_SUBORDINATE = re.compile(
    r"\b(?:before|until|so\s+that|in\s+case)\s+[^,;]*?\b(?:could|might|may|would)\b"
    # "won a contract in June 2024 to build the vehicle that will push ...": what the thing
    # will do later puts no plan on the deed
    r"|\b(?:that|which|who)\s+(?:will|would|could|might|may|is\s+to|are\s+to)\b"
    # "began returning on Wednesday after the ministry agreed to cut next year's intake": a
    # plan in what the deed followed is not the deed's
    r"|\b(?:after|because|since)\s+[^,;]*?\b(?:next|will|would)\b"
    # "sentenced him on Monday, a verdict his lawyers said they would appeal": what may come
    # of the deed, told in an apposition summing it up
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:verdict|decision|ruling|move|step|sentence|measure|"
    r"concession)\b[^;]*?\b(?:could|might|may|would|will)\b"
)


_PRONOUN_HEAD = re.compile(r"^(?:He|She)\s")


def _person_to_go_on_with(
    sentence: Sentence, entities: Sequence[EntityMention], before: str | None
) -> str | None:
    """Whom "he" or "she" in the next sentence most likely means: the person the sentence is
    about (its subject: no verb before the name, "Kovac, who needed treatment, broke Ruud's
    serve"), else the person it named last, else whom the sentences before meant."""
    people = [e for e in entities if e.kind == "person"]
    if not people:
        return before
    first = people[0]
    if not has_finite_verb(sentence.text[: first.start - sentence.start]):
        return first.name
    return people[-1].name


def _pronoun_named(
    title: str,
    entities: Sequence[EntityMention],
    last_person: str | None = None,
    sayer: str | None = None,
) -> tuple[str, str | None]:
    """ "He would visit the site" as "Tim Walz would visit the site" when the sentence names
    one person ("Governor Tim Walz said he would visit the site on Wednesday") or says who
    said so of himself (``sayer``), or names none and an earlier sentence did ("Saputra was
    arrested ... He was charged the following month"); (title, the person named, or None)."""
    if not _PRONOUN_HEAD.match(title):
        return title, None
    people = {sayer} if sayer else {e.name for e in entities if e.kind == "person"}
    if not people and last_person:
        people = {last_person}
    if len(people) != 1:
        return title, None
    person = people.pop()
    return shorten(person + title[title.index(" ") :]), person


_SAID_HE = re.compile(
    r"\b(?:said|says|told\s+[\w.'’-]+|added|announced)\s+(?:that\s+)?(?:he|she)\b"
)


def _sayer_person(
    sentence: Sentence, attribution: Attribution | None, entities: Sequence[EntityMention]
) -> str | None:
    """The person who says "he"/"she" of himself or herself ("Prime Minister Andrej Babiš
    ... said he would propose a successor to President Petr Pavel"): Babiš."""
    if attribution is None or _SAID_HE.search(sentence.text) is None:
        return None
    return next(
        (e.name for e in entities if e.kind == "person" and attribution.who.endswith(e.name)),
        None,
    )


@lru_cache(maxsize=1)
def _body_subject() -> re.Pattern[str]:
    """A title whose subject is a body the story makes of others ("The combined company will
    ..."; lexicon.yaml: descriptor_nouns), which headnouns.py names no earlier body for."""
    kinds = "|".join(sorted(word_list("lexicon.yaml", "descriptor_nouns")))
    return re.compile(rf"The\s+(?:combined|merged|enlarged|new|joint)\s+(?:{kinds})\s+(?-i:[a-z])")


def _unnamed_sayer(
    title: str,
    sentence: Sentence,
    attribution: Attribution | None,
    entities: Sequence[EntityMention],
) -> str | None:
    """Who says "he"/"she" of himself or herself when no name says who ("The state's attorney
    general said he would appeal"): the speaker's words, for a title opening with the
    pronoun; None when a person is named there, or the sentence says no such thing."""
    if attribution is None or not _PRONOUN_HEAD.match(title) or not _SAID_HE.search(sentence.text):
        return None
    start, end = sentence.start + attribution.start, sentence.start + attribution.end
    if any(e.kind == "person" and start <= e.start and e.end <= end for e in entities):
        return None
    who = attribution.who
    # (its last word a person's role: "the state's attorney general"; lexicon.yaml: role_nouns)
    if who.split()[-1].lower() not in word_list("lexicon.yaml", "role_nouns"):
        return None
    return who[:1].upper() + who[1:]


_HIS_HER = re.compile(r"\b(?:[Hh]is|him|[Hh]er|[Ss]?he)\b")
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
    return shorten(f"{the}{possessive(e.text)}{title[title.index(' ') :]}")


def possessive(name: str) -> str:
    """The name as an owner, "’s" after every singular name as Chicago style has it: "Acme’s",
    "Hamas’s", "Corvel Therapeutics’s"."""
    return f"{name}’s"


# "It notified the commission", "It said ...": "It" doing a deed or saying something
_IT_ACTS = re.compile(
    r"It\s+(?:(?:will|would|has|had|plans\s+to|expects\s+to|aims\s+to)\s+(?!be\b|been\b)[a-z]+\b|"
    # ("It is expected to report its results in November", "It is due to open in 2027")
    r"(?:is|was)\s+(?:expected|due|set|scheduled|planning|preparing)\s+to\b|"
    r"(?:(?:also|then|later)\s+)?(?:said|says|added|told|announced|notified|informed|"
    r"contacted|reported|filed|sued|agreed|signed|launched|closed|opened|cut|raised|bought|sold|"
    r"paid|hired|fired|appealed|asked|urged|warned|denied|confirmed|rejected|approved|suspended|"
    r"resumed|halted|stopped|started|began|ended|moved|expanded|reduced|increased)\b)"
)


# "The Danish shipper": words that say what the name after them is
_DESCRIBED = re.compile(
    r"The(?:\s+(?!(?:of|on|in|at|for|by|with|from|to|against|and|or|after|before)\b)"
    r"[\w’'-]+){1,3}"
)


def _body_opening(sentence: Sentence, entities: Sequence[EntityMention]) -> tuple[int, str] | None:
    """(sentence index, name) of the organisation or unknown name that opens the sentence as its
    subject ("The HSE said ...", "Saolta Group closed ..."), which "It" may take up next."""
    for e in entities:
        if e.kind not in ("organization", "unknown", "group"):
            continue
        entry = _ENTRY_TIME.match(sentence.text) if sentence.text[:1].isdigit() else None
        head = sentence.text[entry.end() if entry else 0 : e.start - sentence.start].strip()
        # "For the fourth quarter, Orbis forecast ...": a phrase set off before the subject
        lead = _OPENING_ADVERBIAL.match(head)
        if lead is not None and not has_finite_verb(lead.group(0)):
            head = head[lead.end() :]
        # "The company said ...", "The Danish shipper Kordal said ..."
        if head in ("", "The", "the") or _DESCRIBED.fullmatch(head):
            return sentence.index, e.name
        break
    return None


_OPENING_ADVERBIAL = re.compile(r"(?:[\w'’-]+\s+){1,6}[\w'’-]+,\s*")


def _it_named(title: str, sentence: Sentence, clause_start: int) -> str:
    """ "It overturned near the port" as "The KM Sinar Laut overturned near the port" when the
    sentence opens with that subject and "it" goes on with it (see _IT_AFTER)."""
    if not title.startswith("It ") or sentence.text.startswith("It "):
        return title
    if not _IT_AFTER.search(sentence.text, 0, max(clause_start - sentence.start, 0)):
        return title
    verb = FINITE_VERB.search(sentence.text)
    words = sentence.text[: verb.start()].split() if verb else []
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return title
    return shorten(" ".join(words) + title[2:])


_ENDS_WITH_SUBORDINATOR = re.compile(
    r"\b(?:after|when|as|because|since|before|while|until|once)\s*$", re.I
)


# A live report's entry time opening a title or a sentence ("09:45 A gust of 94 mph ...").
_ENTRY_TIME = re.compile(
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?-i:[A-Z]{2,4}))?\s*[—–|-]?\s+(?=[A-Z])"
)


def _without_entry_time(title: str) -> str:
    """``title`` without the entry time a live report's line opens with, or the weekday a
    calendar's line is headed by ("Tuesday: The central bank announces ...")."""
    if title[:1].isdigit():
        m = _ENTRY_TIME.match(title)
    elif ":" in title[:11]:
        m = _DAY_LABEL.match(title)
    else:
        return title
    return title[m.end() :] if m is not None else title


_DAY_LABEL = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day:\s+(?=[A-Z])")


def _heads_saying(timex: Timex, sentence: Sentence, attribution: Attribution | None) -> bool:
    """Whether ``timex`` is a live report's entry time right before who says what the entry
    tells ("14:30 Network Rail says ..."): the saying is dated by it."""
    if not timex.rule.endswith(":clock-heading"):
        return False
    after = timex.end - sentence.start
    return (
        attribution is not None
        and attribution.start >= after
        and not sentence.text[after : attribution.start].strip(" *—–-|:")
    )


# the verb of saying after its speaker, and a "that" after it
_VERB_THEN_THAT = re.compile(r"\s*,?\s*[a-z]+(?:\s+that)?\s+")


# "it was unclear", "it would be weeks before": an "it" that stands for no one
_DUMMY_IT = re.compile(r"It\s+(?:is|was|'s|would\s+be|will\s+be|remains|remained|seems|seemed)\b")


def _statement_title(
    text: str, after_date: int, attribution: Attribution, *, heading: bool = False
) -> str:
    """ "The ministry: 31 villages are flooded" for "..., the ministry said on Monday" or
    "The ministry said on Monday that 31 villages are flooded"; ``heading`` when the date is
    a live report's entry time right before the speaker (see _heads_saying)."""
    rest = text[after_date:]
    if heading:
        # "14:30 Network Rail says (that) services are suspended": what follows the verb
        verb = _VERB_THEN_THAT.match(text, attribution.end)
        if verb is not None and make_title(text[verb.end() :]).strip():
            return shorten(f"{attribution.who}: {make_title(text[verb.end() :])}")
    that = THAT_OPENING.match(rest)
    content = rest[that.end() :] if that else text[: attribution.start]
    if not that and _ENDS_WITH_SUBORDINATOR.search(content):
        # "Brent rose 2% after Saudi Arabia said on Thursday it would extend its cuts": what
        # was said follows the day; before it is the main clause
        content = rest
    if not that:  # "..., the national search and rescue agency said": the speaker's phrase
        left = _SPEAKER_LEFT.search(content)
        if left is not None and not has_finite_verb(left.group(0)):
            content = content[: left.start()]  # (not "..., traffic has moved slowly")
    if not that and not make_title(content).strip():
        # "Lithuania said on Tuesday it would keep ...": what follows the day is what it said
        # (a dateline before the speaker is no content: "LONDON, Oct. 16 — Britain's ...")
        content = rest
    said = make_title(content)
    if said.startswith(("It ", "They ")) and not _DUMMY_IT.match(said):
        # "Lithuania said on Tuesday it would keep ...": what the speaker itself does
        return shorten(f"{attribution.who} {said.split(' ', 1)[1]}")
    return shorten(f"{attribution.who}: {said}")


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
    if told.date.timex_start is None:
        return events
    before = told.sentence.text[: told.date.timex_start - told.sentence.start]
    subordinate = _SUBORDINATING.search(before)
    if subordinate is not None and subordinate.group(0).lower() == "when":
        # "Two skiers were killed when an avalanche swept them off a slope on Monday, police
        # said on Tuesday": what the main clause tells happened then too; one event, the
        # saying's words on the day of the happening
        text, base = told.sentence.text, told.sentence.start
        at, end = told.date.timex_start - base, (told.date.timex_end or 0) - base
        lead = _DATE_PREPOSITION.search(text, 0, at)
        body = text[: lead.start() if lead else at] + text[end:]  # without its date
        body = _SAID_TAIL.sub("", body)  # nor who said it, when
        title = shorten(make_title(body)) if body.strip() else saying.title
        return [
            replace(
                told,
                title=title,
                actors=tuple(dict.fromkeys((*told.actors, *saying.actors))),
                places=tuple(dict.fromkeys((*told.places, *saying.places))),
            )
        ]
    if subordinate is not None:
        return events  # "covers 31 villages after a levee gave way on Saturday": the saying
        # dates the main clause, the date the subordinate one
    return others


# The preposition before a date, and a saying's tail ("..., local authorities said on Tuesday.").
_DATE_PREPOSITION = re.compile(r"\s+(?:on|in|at|during)\s+$")
_SAID_TAIL = re.compile(r",\s+[^,;]*\b(?:said|says|told\s+\w+)\b[^,;]*$")


_SUBORDINATING = re.compile(
    r"\b(?:since|when|because|as|while|until|once|who|which|whose|"
    # (not a time of day: "buried the village before dawn on Monday")
    r"(?:after|before)(?!\s+(?:dawn|dusk|daybreak|sunrise|sunset|midnight|noon|dark|nightfall)\b))\b",
    re.I,
)


def _said_on_its_date(event: ExtractedEvent) -> bool:
    """Whether the event's date follows its verb of saying right away ("police said Tuesday")."""
    if event.date.timex_start is None:
        return False
    before = event.sentence.text[: event.date.timex_start - event.sentence.start]
    return _SAID_ON.search(before, max(0, len(before) - 40)) is not None


_HAPPENED = ("asserted", "reported")


# "at about [14:30] local time (1330 GMT)": what is left of a time once it is removed
_LOCAL_TIME = re.compile(r"\s+local\s+time\b(?:\s*\([^()]{1,20}\))?")


# what is left of "10:42 a.m. local time (0742 GMT)" once the time, zone included, is removed
_ZONE_BRACKET = re.compile(r"\s*\(\s*\d{1,2}:?\d\d\s*(?:GMT|UTC)\s*\)")


_DANGLING_AND = re.compile(r"\s+(?:and|or),")


_AT_ABOUT_END = re.compile(
    # ("could travel for a medical as early as [Thursday]", "no later than [Friday]")
    r"\s+(?:at\s+(?:about|around|approximately)|as\s+(?:early|soon|late)\s+as|no\s+later\s+than)$"
)
_AT_ABOUT_WORDS = tuple(
    f"{w}{end}" for w in ("about", "around", "approximately", "as", "than") for end in ("", "\n")
)


def _without_at_about_end(title: str) -> str:
    """``_AT_ABOUT_END.sub("", title)``, tried only on a title that ends with one of its words
    (or with one and a newline, where ``$`` matches too)."""
    return _AT_ABOUT_END.sub("", title) if title.endswith(_AT_ABOUT_WORDS) else title


_EMPTY_ASIDE = re.compile(
    r",\s+(?:(?:first|originally|once|later|newly|jointly)\s+)?(?:[a-z]+(?:ed|en|ne|lt|de)|held|"
    r"led|won|sold|bought|made|built|set\s+up),"
)


# What joins another date to a title: "and in", "or", "in", "on", "since" ... right before it.
_DATE_LEAD = re.compile(
    r",?\s+(?:(?:and|or)\s+(?:(?:in|on|at|by|from|until|through|into)\s+)?|(?:in|on|at|during|since|for|from|until|"
    r"till|through|by|into)\s+)$"
)


_OPENING_DATE_LEAD = re.compile(r"(?:In|On|During|Since|Until|Through|By)\s+$")
# A date listed after another: "in March, April and May", "in 2019, 2021 or 2023".
_LISTED_DATE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def _with_enclosing(timex: Timex, in_sentence: Sequence[Timex], sentence: Sentence) -> Timex:
    """``timex`` reaching over the coarser date that follows it straight away and only places
    it ("in March next year", "on Monday of next week"), so that the title drops both."""
    for t in in_sentence:
        if t.start <= timex.end:
            continue
        gap = sentence.text[timex.end - sentence.start : t.start - sentence.start]
        encloses = (
            None not in (t.interval_start, t.interval_end, timex.interval_start, timex.interval_end)
            and t.interval_start <= timex.interval_start  # type: ignore[operator]
            and timex.interval_end <= t.interval_end  # type: ignore[operator]
        )
        if encloses and gap.strip() in ("", "of", ","):
            return replace(
                timex,
                end=t.end,
                text=sentence.text[timex.start - sentence.start : t.end - sentence.start],
            )
        break
    return timex


def _without_other_dates(title: str, dated: list[Timex]) -> str:
    """The title without the sentence's other dates joined to its own ("fought wars in the
    early 1990s and in 2020": each war's title names neither)."""
    # "from June 17 to 22 and from June 28 into early July, sent": what the dates leave
    if " and," in title or " or," in title:
        title = _DANGLING_AND.sub(",", title)
    # "at about 14:30 local time (1330 GMT)": the time's words
    if "local" in title:  # else _LOCAL_TIME cannot match
        title = _LOCAL_TIME.sub("", title)
    if "GMT)" in title or "UTC)" in title:  # "at 10:42 a.m. local time (0742 GMT)"
        title = _ZONE_BRACKET.sub("", title)
    title = _without_at_about_end(title).rstrip(" ,")
    if len(dated) < 2:
        return title
    before = title
    for t in dated:
        at = title.find(t.text)
        end = at + len(t.text)
        if at < 0 or (end < len(title) and (title[end].isalnum() or title[end] in "'’")):
            continue  # not in the title, or part of a longer word or a possessive
        lead = (
            _DATE_LEAD.search(title, 0, at)
            or _LISTED_DATE.search(title, 0, at)
            or _OPENING_DATE_LEAD.match(title, 0, at)
        )
        if lead is not None and lead.start() == 0:  # "In 2019, floods cut ...": "Floods cut"
            rest = title[end:].lstrip(" ,")
            title = rest[:1].upper() + rest[1:]
        elif lead is not None:
            title = title[: lead.start()] + title[end:]
    if title != before:  # "The mandate, adopted in October 2024, expires": no bare aside
        title = _without_at_about_end(_EMPTY_ASIDE.sub("", title))
    return title


# "... under a bilateral agreement signed in 2018": the dated event is the noun phrase and its
# participle, not the clause around them. The phrase follows a preposition, a past verb ("cited
# a law passed in 1998") or a comma and starts with a determiner; only a preposition stands
# between the participle and the date.
_DATED_PARTICIPLE = re.compile(
    r"(?:\b(?:[Uu]nder|[Ww]ith|of|for|[Aa]fter|[Bb]y|from|to|in|on|[Dd]espite|against|"
    # ("will replace a tower erected in 2009")
    r"[Ff]ollowing|[a-z]+ed|said|says|(?:will|would|could|can|must|should|to)\s+[a-z]+)|,)\s+"
    # ("said that the plant closed in March": "that" opens what is said, no noun phrase)
    r"(?P<np>(?:(?:a|an|the|its|their|his|her|this|(?<!\bsaid\s)(?<!\bsays\s)that)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    # "according to preliminary results released on Monday": a plural without a determiner
    r"|(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*s))"
    # a passive is no participle: "said that the dam was finished in March"
    r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)(?<!\bbe)(?<!\bhad)(?<!\bhas)"
    r"(?<!\bhave)(?<!\bget)(?<!\bgot),?"
    # nor an adjective after a verb of staying: "schools will stay closed on Friday"
    r"(?<!\bstay)(?<!\bstays)(?<!\bstayed)(?<!\bremain)(?<!\bremains)(?<!\bremained)"
    r"(?<!\bkeep)(?<!\bkeeps)(?<!\bkept)(?<!\bbecome)(?<!\bbecame)(?<!\bseem)(?<!\bseemed)"
    r"\s+(?P<part>(?!(?:was|were|had|has|is|are)\b)[a-z]+ed|built|made|held|written|signed|"
    r"won|taken|given|sold|bought|begun|drawn|grown|set\s+up|laid)"
    # "made by Indian manufacturer Sunvia Pharma between June and November 2025"
    r"(?P<by>\s+by\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?"
    # "looted by British troops from the Kingdom of Benin in 1897": where from, a name
    r"(?P<src>\s+(?:from|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})?"
    r"\s+(?:in|on|at|during|since|from|between)?\s*$"
)


# A happening named after its year, with what it was of: "[the 2019] theft of jewels from
# Dresden's Green Vault".
_RECALLS_THE = re.compile(r"\b(?:recalls?|recalled|echoe[sd]|evokes?|like)\s+the\s+$", re.I)
_HAPPENING_AFTER = re.compile(r"\s+(?P<noun>[a-z]+)(?:\s+(?:of|in|at|on)\s+[^,;:]+)?")


# The noun phrase a dated participle's phrase belongs to: "a report by" + "the audit office".
_NP_OF = re.compile(r"\b(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:by|of|from)\s+$")


# ... or the noun phrase opening the sentence, the participle set off by a comma: "The
# bridge, built in 1958, had been closed ..."
_OPENING_DATED_PARTICIPLE = re.compile(
    r"^\s*(?P<np>(?:A|An|The|Its|Their|His|Her|This|That)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+),\s+"
    r"(?P<part>[a-z]+ed|built|made|held|written|signed|won|taken|given|sold|bought|begun|"
    r"drawn|grown|set\s+up|laid)\s+(?:in|on|at|during|since|from)?\s*$"
)


_TIME_SPAN_END = re.compile(
    r"\b(?:years?|decades?|months?|weeks?|days?|hours?|centuries|century|seasons?)$", re.I
)


# "did not say", "declined to comment", "never said": a saying that did not happen
_NEGATED_SAYING = re.compile(r"(?:\bnot|\bnever|n't|\bdeclined\s+to|\brefused\s+to)\b")


def _dated_participle(before: str) -> re.Match[str] | None:
    """``_DATED_PARTICIPLE.search(before)``. A match ends at the end of the text and runs over
    at most twenty runs of non-space characters (a preposition, a determiner and four words,
    "set up", "by" and five words, "from" and a name of up to five words, a preposition): it
    is searched from twenty-two runs back, not from every character; and only when the last
    runs can end one (see _may_end_dated)."""
    if not _may_end_dated(before.rsplit(None, 12)[-12:]):
        return None
    return _DATED_PARTICIPLE.search(before, runs_back(before, len(before), 22))


# The participles of _DATED_PARTICIPLE other than those in -ed, and "up" of "set up".
_PARTICIPLE_WORDS = frozenset(
    (
        "built",
        "made",
        "held",
        "written",
        "signed",
        "won",
        "taken",
        "given",
        "sold",
        "bought",
        "begun",
        "drawn",
        "grown",
        "up",
        "laid",
    )
)
_PARTICIPLE_PREPOSITIONS = frozenset(["in", "on", "at", "during", "since", "from", "between"])


def _may_end_dated(last: list[str]) -> bool:
    """Whether the last twelve runs of non-space characters of a text (``last``) can end a
    _DATED_PARTICIPLE match: its participle (a run of its own) is the last run or the one
    before a preposition that ends the text, or "by" and the words after it follow."""
    if "by" in last:
        return True
    if last and last[-1] in _PARTICIPLE_PREPOSITIONS:
        last = last[:-1]
    return bool(last) and (last[-1].endswith("ed") or last[-1] in _PARTICIPLE_WORDS)


# A relative clause open before a noun phrase: the comma after the phrase closes it.
_CLOSES_A_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,]*$")


_OPENING_PREPOSITION = re.compile(r"\s*(?:under|with|after|by|despite|following)\s+$", re.I)


# A participle phrase that opens a sentence about its subject: "Born in Szeged in 1934, Varga".
_OPENING_PARTICIPLE_PHRASE = re.compile(
    r"^(?P<part>Born|Founded|Elected|Appointed|Named|Built|Opened|Established|Raised|Educated|"
    # (the year of a date keeps its comma: "Born in Bergen on March 2, 1941, Halvorsen")
    r"Trained|Ordained|Launched|Created)\s+(?P<rest>(?:[^,;]|,\s+(?=\d{4}\b)){3,80}),\s+"
    r"(?P<subj>(?:the\s+|The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?=[a-z])"
)


def _title(clause: str, clause_start: int, subject: str, timex: Timex) -> str:
    """The event's title from its clause (with its subject when it is a relative clause), or
    from the noun phrase a dated participle qualifies ("an agreement signed in 2018")."""
    return _title_of(clause, clause_start, subject, timex)[0]


# A count brought to a figure, and the figure it is brought to at a title's end.
_BRINGING_A_COUNT = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+"
    r"(?:number|total|toll|tally|count)\b"
)
_COUNT_REACHED = re.compile(
    r"\s+to\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?\d[\d,.]*%?$"
)
# What a verb like "began" or "plans" takes before its object: "building", "to sell".
_VERB_COMPLEMENT = re.compile(r"\s+(?:[a-z]{2,}ing|to\s+[a-z]{2,})\b(?=\s)")
# A participle and "by" right before a noun phrase: the phrase is its doer ("talks brokered
# by [the African Union]"), and a verb after the phrase is the clause's own.
_AGENT_OF_PARTICIPLE = re.compile(r"\b[a-z]{3,}(?:ed|en|wn)\s+by\s+$")


def _title_of(clause: str, clause_start: int, subject: str, timex: Timex) -> tuple[str, bool]:
    """_title, and whether it is a noun phrase and the participle the date qualifies."""
    if timex.start < clause_start:  # the clause follows its date ("July 2023, when ...")
        return make_title(f"{subject} {clause}" if subject else clause), False
    if subject:  # "Born in Szeged in 1934, Varga ... and made her debut in 1961": Varga
        lead = _OPENING_PARTICIPLE_PHRASE.match(subject + " x")
        subject = subject[lead.start("subj") :] if lead is not None else subject
    opening = None if subject else _OPENING_PARTICIPLE_PHRASE.match(clause)
    if opening is not None:
        # "Born in Szeged in 1934, Varga studied ...": the date of the opening phrase is its
        # subject's ("Varga born in Szeged"); another date is the main clause's alone
        comma = opening.end("rest")
        if timex.end - clause_start <= comma:
            head = f"{opening.group('subj')} {opening.group('part').lower()} "
            shift = len(head) - opening.start("rest")
            span = (timex.start - clause_start + shift, timex.end - clause_start + shift)
            return make_title(head + clause[opening.start("rest") : comma], span), True
        cut = opening.start("subj")
        clause, clause_start = clause[cut:], clause_start + cut
    before = clause[: timex.start - clause_start]
    opening = _OPENING_DATED_PARTICIPLE.match(before)
    if opening is not None:
        return shorten(f"{opening.group('np')} {opening.group('part')}"), True
    happening = _HAPPENING_AFTER.match(clause, timex.end - clause_start)
    if (
        happening is not None
        and timex.precision == "year"
        and _RECALLS_THE.search(before) is not None
        and happening.group("noun") in word_list("lexicon.yaml", "event_nouns")
    ):
        # "recalls the 2019 theft of jewels from the Green Vault, ...": that theft (the main
        # clause only compares; "returned after the 1989 revolution" keeps its own title)
        return shorten("The " + happening.group(0).strip()), True
    dated = _dated_participle(before)
    if (
        dated is not None
        and _CLOSES_A_RELATIVE.search(before, 0, dated.start("np"))
        and "," in before[dated.end("np") : dated.start("part")]
    ) or (dated is not None and _AGENT_OF_PARTICIPLE.search(before, 0, dated.start("np"))):
        # "Smith, who served in the army, resigned on Tuesday", "Talks brokered by the
        # African Union collapsed in December": the verb
        dated = None
    if dated is not None and _TIME_SPAN_END.search(dated.group("np")):
        # "..., who led the orchestra for three decades, died on Sunday": a stretch of time is
        # no noun a participle tells of, and "died" is the clause's verb
        dated = None
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
        owner = _NP_OF.search(before, 0, dated.start("np"))  # "a report by [the audit office]"
        np = (owner.group(0) if owner else "") + dated.group("np")
        return shorten(
            f"{np} {dated.group('part')}{dated.group('by') or ''}{dated.group('src') or ''}"
        ), True
    verb = FINITE_VERB.search(clause) if subject else None
    verb_end = verb.end() if verb is not None else 0
    if verb is not None and verb.group(0).lower() in word_list("lexicon.yaml", "auxiliary_verbs"):
        # "which 80 countries had demanded": the participle after the auxiliary
        participle = _PARTICIPLE_AFTER.match(clause, verb_end)
        verb_end = participle.end() if participle is not None else 0
    if (
        verb is not None
        and verb_end
        and 0 < verb.start() < timex.start - clause_start
        and _DOER_BEFORE_VERB.fullmatch(clause, 0, verb.start())
        # (a whole noun phrase: not "fossil fuels" cut from "a timetable for moving away
        # from fossil fuels, which 80 countries had demanded")
        and _DETERMINER_FIRST.match(subject) is not None
    ):
        # "the plan, which President Yoon announced in early February": he announced the plan
        # ("the dam, which it began building in 2011": began building it)
        more = _VERB_COMPLEMENT.match(clause, verb_end, timex.start - clause_start)
        verb_end = more.end() if more is not None else verb_end
        head = clause[:verb_end]
        np = subject[0].lower() + subject[1:]
        rest = clause[verb_end:]
        title = f"{head} {np}{rest}"
        shift = len(np) + 1
        span = (timex.start - clause_start + shift, timex.end - clause_start + shift)
        return make_title(title, span), False
    shift = len(subject) + 1 if subject else 0
    span = (timex.start - clause_start + shift, timex.end - clause_start + shift)
    return make_title(f"{subject} {clause}" if subject else clause, span), False


_RELATIVE_PRONOUN_END = re.compile(r"\b(?:which|that|whom)\s+$")


# Who does what a relative clause tells to its noun ("which [President Yoon] announced"): a
# name, a pronoun or a noun phrase with a determiner, up to the verb.
_DOER_BEFORE_VERB = re.compile(
    r"(?:(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,4}|it|they|he|she|we|"
    # ("which Chile's seismological centre recorded")
    r"(?-i:[A-Z][\w.-]*)['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
    # ("which more than 80 countries had demanded")
    r"(?:(?:more\s+than|at\s+least|about|nearly|some)\s+)?\d[\d,]*\s+[a-z][\w-]*|"
    r"(?:the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
)
_PARTICIPLE_AFTER = re.compile(r"\s+(?:been\s+)?[a-z]{2,}(?:ed|en|wn|ght)\b")
_DETERMINER_FIRST = re.compile(r"(?i:the|a|an|its|their|his|her|this|that)\s")


def _confidence(
    precision: str, actors: Sequence[str], event_type: str, sentence: Sentence
) -> float:
    score = 0.45
    score += {"day": 0.2, "week": 0.15, "month": 0.12, "season": 0.08}.get(precision, 0.04)
    score += 0.15 if actors else 0.0
    score += 0.1 if event_type not in {"other", "statement"} else 0.0
    score += 0.05 if sentence.caption else 0.0
    return round(min(score, 0.95), 2)


# A time clause opening the sentence, up to its comma ("Before the court could act, ...").
_OPENING_TIME_CLAUSE = re.compile(
    r"(?:Before|After|Until|While|When|Once|As\s+soon\s+as)\s[^,;]{3,80},\s+"
)
