"""``extract``: the whole pure extraction of one article, from text to an Extraction."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import accumulate

from tracker.extract.boilerplate import boilerplate_paragraphs
from tracker.extract.claims import find_claims
from tracker.extract.entities import (
    PLACE_KINDS,
    SAYS_NEXT,
    country_of_capital,
    find_entities,
    place_in_capitals,
)
from tracker.extract.event_context import with_story_context
from tracker.extract.event_roles import IN_A_PLACE, PLACE_NOUNS
from tracker.extract.events import find_events
from tracker.extract.headnouns import resolve_head_nouns
from tracker.extract.hemisphere import set_in_the_south
from tracker.extract.model import EntityMention, ExtractedEvent, Extraction, Sentence
from tracker.extract.quantities import find_quantities_in
from tracker.extract.sentences import split_paragraphs, split_sentences
from tracker.extract.surnames import resolve_acronyms, resolve_short_names, resolve_surnames
from tracker.extract.timex import Timex, tag_timexes
from tracker.extract.timex.context import tense_of
from tracker.load.dateline import (
    DatelineDay,
    PublicationMark,
    dateline_length,
    dateline_place,
    find_dateline_day,
    find_publication_mark,
)


def _without_title_case_runs(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """``found`` without the unknown names of a headline written in title case ("Norvane
    Therapeutics Reports Third Quarter 2025 Financial Results"), where every word is
    capitalised and a run of them is no name; names the gazetteer knows stay."""
    first = text.split("\n", 1)[0]
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]{3,}", first)]
    if len(long_words) < 4 or sum(w[0].isupper() for w in long_words) < 0.8 * len(long_words):
        return found
    return [e for e in found if not (e.end <= len(first) and e.rule == "capitalised")]


def extract(
    text: str,
    published: date | None = None,
    *,
    source: str | None = None,
    day_first: bool = False,
) -> Extraction:
    """Extract sentences, time expressions, entities, events and claims from an article.

    Relative dates are resolved against ``published``. Without it, the date a dateline or a
    "Published ..." line states is used; failing that, the latest full date the article states
    is used provisionally (``published_inferred`` is then true, and a warning says
    so); without any, relative dates stay underspecified. Pure: no I/O, no database.
    """
    # "best before 30/11/2025": an article that writes one date day first writes them all so
    day_first = day_first or writes_day_first(text)
    mark = find_publication_mark(text)
    day_only = None if mark else find_dateline_day(text)
    span = mark or day_only  # the dateline or date line: metadata, not narrative
    paragraphs = split_paragraphs(text)
    sentences = _mark_boilerplate(text, paragraphs, split_sentences(text, paragraphs), span)
    content = [(s.start, s.end) for s in sentences if not s.boilerplate]
    captions = [(s.start, s.end) for s in sentences if s.caption]
    warnings: list[str] = []
    inferred = False
    found = _without_title_case_runs(
        text, [e for start, end in content for e in find_entities(text, start=start, end=end)]
    )
    entities = resolve_short_names(
        text, resolve_surnames(text, _dateline_places(text, found, span), content), content
    )
    # (places first: "the town of Carvel" is no company that "the company" names again)
    entities = resolve_head_nouns(
        text, _named_places(text, resolve_acronyms(text, entities)), content
    )
    entities = _speaking_bodies(text, entities)
    southern = set_in_the_south(entities)  # whose seasons the story's are
    if published is None and mark is not None:
        published = mark.date
    if published is None:
        undated = tag_timexes(text, None, day_first=day_first, asides=captions, southern=southern)
        latest = infer_published(undated, content, text)
        year_of = latest or (_latest_coarse(text, undated, content) if day_only else None)
        on_day = day_only.in_year_of(year_of) if day_only and year_of else None
        lead_day = (
            None if latest or day_only is None else lead_weekday(text, sentences, day_only.end)
        )
        named_day = (
            day_only.on_weekday(year_of, lead_day)
            if day_only and year_of and lead_day is not None
            else None
        )
        if named_day is not None:
            published, inferred = named_day, True
            warnings.append(
                f"the dateline gives the day but no year; using {named_day.isoformat()}, the "
                "first year from the latest month, quarter or year in the text in which that "
                "day falls on the weekday its lead names, provisionally"
            )
        elif on_day is not None:
            published, inferred = on_day, True
            warnings.append(
                f"the dateline gives the day but no year; using {on_day.isoformat()}, the year "
                f"of the latest {'full date' if latest else 'month, quarter or year'} in the "
                "text, "
                "provisionally"
            )
        elif latest is not None:
            # "installed new software in March 2024" after "the crash on 17 January 2024":
            # the article was written after March 2024 began, at least
            told = latest_coarse_end(undated, content, told_as_past_in=text)
            past_year = latest_past_year(text, undated, content)
            if past_year is not None and past_year.year > max(latest, told or latest).year:
                # "Born on March 2, 1941, ... led the institute from 1991 to 2003": a year
                # later than any finer date; no day can be read from it, and a wrong day
                # would date every "on Saturday" and turn the years between into plans
                warnings.append(
                    "no publication date given or found; the text tells of "
                    f"{past_year.year} as past, later than its latest full date "
                    f"({latest.isoformat()}): relative dates are left unresolved"
                )
            elif told is not None and told > latest:
                published, inferred = told, True
                warnings.append(
                    f"no publication date given or found; using {told.isoformat()}, the end "
                    "of the latest month, season or quarter the text tells of as past, "
                    "provisionally"
                )
            else:
                published, inferred = latest, True
                warnings.append(
                    f"no publication date given or found; using {latest.isoformat()}, "
                    "the latest full date in the text, provisionally"
                )
    timexes = tuple(
        tag_timexes(text, published, day_first=day_first, asides=captions, southern=southern)
    )
    # The date that states publication is metadata, not a dated event of the story.
    narrative = [t for t in timexes if not (span and span.start <= t.start and t.end <= span.end)]
    timex_spans = [(t.start, t.end) for t in timexes]
    quantities = find_quantities_in(text, content, exclude=timex_spans)
    events = _placed_by_dateline(find_events(sentences, narrative, entities, published), entities)
    events = with_story_context(events, entities, sentences)
    claims = find_claims(
        sentences,
        narrative,
        entities,
        quantities,
        events,
        default_claimant=source,
        dateline=(span.start, span.end) if span else None,
    )
    return Extraction(
        published=published,
        published_inferred=inferred,
        sentences=tuple(sentences),
        timexes=timexes,
        entities=entities,
        events=tuple(events),
        claims=tuple(claims),
        warnings=tuple(warnings),
    )


_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})(?![\d]|[/.]\d)")


def writes_day_first(text: str) -> bool:
    """Whether the text writes a numeric date that can only be read day first ("30/11/2025"),
    and none that can only be read month first ("11/30/2025")."""
    day_first = month_first = False
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        day_first = day_first or (12 < a <= 31 and 1 <= b <= 12)
        month_first = month_first or (12 < b <= 31 and 1 <= a <= 12)
    return day_first and not month_first


def infer_published(
    timexes: list[Timex], content: list[tuple[int, int]], text: str | None = None
) -> date | None:
    """The latest day-precision date that the content states outright (not relative); with
    ``text``, not one told as to come ("will hold a consultation from 1 December 2025"), nor
    as a target ("by June 30, 2026"): an article is written before those, not on them."""
    ordered = sorted(content)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def in_content(start: int, end: int) -> bool:
        # Some range starts at or before ``start`` and ends at or after ``end``.
        n = bisect_right(starts, start)
        return n > 0 and reach[n - 1] >= end

    days = [
        t.interval_start
        for t in timexes
        if t.precision == "day"
        and t.anchor == "absolute"
        and t.type == "DATE"
        and t.interval_start is not None
        and in_content(t.start, t.end)
        and (text is None or not _told_as_to_come(text, t))
    ]
    return max(days) if days else None


def _told_as_to_come(text: str, t: Timex) -> bool:
    """Whether ``t`` is told in a sentence about the future or as a target."""
    return (
        tense_of(text, t.start, t.end) == "future"
        or _TARGET_BEFORE.search(text, max(0, t.start - 30), t.start) is not None
    )


def _dateline_places(
    text: str, entities: list[EntityMention], span: PublicationMark | DatelineDay | None
) -> list[EntityMention]:
    """Names in a dateline ("LIMNI, Greece, July 22, 2025 —", "PORTO ALEGRE, Brazil —") say
    where the story was filed: places, never actors; the agency in its parentheses ("(Aegean
    Wire)") is no entity of the story at all."""

    lengths: dict[int, int] = {}  # line start -> the length of the dateline opening it

    def dateline_start(e: EntityMention) -> int | None:
        if span is not None and span.start <= e.start and e.end <= span.end:
            return span.start
        line_start = text.rfind("\n", 0, e.start) + 1
        length = lengths.get(line_start)
        if length is None:
            length = lengths[line_start] = dateline_length(text[line_start : line_start + 200])
        return line_start if e.end <= line_start + length else None

    out = []
    for e in entities:
        start = dateline_start(e)
        if start is None:
            out.append(e)
        elif "(" not in text[start : e.start]:
            out.append(replace(e, kind="place", rule="dateline"))
    return _with_dateline_city(text, out)


_PLACE_NOUN_OF = re.compile(rf"\b{PLACE_NOUNS}\s+of\s+$", re.I)


def _place_noun_of(text: str, at: int) -> re.Match[str] | None:
    """``_PLACE_NOUN_OF.search(text, max(0, at - 20), at)``: not searched when the text before
    ``at`` does not end with "of" and spaces (in any case; non-ASCII letters are left to the
    pattern, whose IGNORECASE may take some for ASCII ones)."""
    start = max(0, at - 20)
    body = text[start:at].rstrip()
    last = body[-2:]
    if len(body) == at - start or (last.isascii() and last.lower() != "of"):
        return None
    return _PLACE_NOUN_OF.search(text, start, at)


_LIST_JOIN = re.compile(r",\s*|,?\s+and\s+")
# "pastures near Oberfeldkirch", "a farm north of Vik": only a place is near a place
_NEAR = re.compile(r"\b(?:near|(?:north|south|east|west)\s+of)\s+$")


def _named_places(text: str, entities: Sequence[EntityMention]) -> tuple[EntityMention, ...]:
    """Unknown names that the article calls a place once ("the fishing town of Grindavik", and
    those listed with it: "the islands of Zealand and Funen"; "near Oberfeldkirch") made places
    wherever they appear ("Grindavik, home to 3,800 people, was abandoned")."""
    places: set[str] = set()
    after = -1  # where the last name called a place ends (its list goes on: "of Zealand and Funen")
    for e in entities:
        if e.kind == "unknown" and (
            _place_noun_of(text, e.start)
            or _NEAR.search(text, max(0, e.start - 16), e.start)
            or (after >= 0 and _LIST_JOIN.fullmatch(text, after, e.start))
        ):
            places.add(e.name)
            after = e.end
        else:
            after = (
                e.end
                if after >= 0 and e.kind == "place" and _LIST_JOIN.fullmatch(text, after, e.start)
                else -1
            )
    # the town a dateline names ("YELLOWKNIFE, Northwest Territories —") is that place in
    # the headline and the body too
    places |= {e.name for e in entities if e.rule == "dateline" and e.kind == "place"}
    out = [
        replace(e, kind="place") if e.kind == "unknown" and e.name in places else e
        for e in entities
    ]
    again = _places_named_again(text, out)
    if not (places or again):
        return tuple(entities)
    return tuple(sorted(out + again, key=lambda e: e.start))


def _speaking_bodies(text: str, entities: Sequence[EntityMention]) -> tuple[EntityMention, ...]:
    """One-word names of unknown kind that say something somewhere in the article ("Nordpay
    said ..."), and names that "the company" or "the airline" names again, are bodies
    wherever they appear: "a failure at Nordpay" names no place."""
    speaking = {
        e.name
        for e in entities
        if (
            e.kind == "unknown"
            and " " not in e.name
            and SAYS_NEXT.match(text, e.end)
            # (not "a former manager of a home in Kirkcaldy told ...": where the speaker is)
            and not IN_A_PLACE.search(text, max(0, e.start - 8), e.start)
        )
        # "the company said": the body "the company" names again (headnouns.py)
        or (e.rule == "head-noun" and e.kind == "organization")
    }
    if not speaking:
        return tuple(entities)
    return tuple(
        replace(e, kind="organization") if e.kind == "unknown" and e.name in speaking else e
        for e in entities
    )


# (\b[Tt]he... written with the T first and the boundary checked behind it: re skips in C to
# the places that hold a T; the same matches)
_THE_PLACE_NOUN = re.compile(
    r"[Tt](?<!\w.)he\s+(village|town|city|port|district|region|province|county|island)"
    r"(?:['’]s)?\b(?!\s+of\b)"
)


def _places_named_again(text: str, entities: list[EntityMention]) -> list[EntityMention]:
    """ "the village" after "the village of Blatten": Blatten again, as a place."""
    called: list[tuple[int, str, str]] = []  # (where, noun, name) of "the village of X"
    # "YELLOWKNIFE — ... along the western edge of the city": the town the story was filed
    # from, unless the article calls another place a city or a town
    filed = next((e for e in entities if e.rule == "dateline" and e.kind == "place"), None)
    if filed is not None:
        called += [(filed.end, "city", filed.name), (filed.end, "town", filed.name)]
    for e in entities:
        if e.kind != "place":
            continue
        m = _place_noun_of(text, e.start)
        if m is not None:
            called.append((e.end, m.group(0).split()[0].lower(), e.name))
    if not called:
        return []
    taken = [(e.start, e.end) for e in entities]
    added = []
    for m in _THE_PLACE_NOUN.finditer(text):
        noun = m.group(1).lower()
        earlier = [name for end, n, name in called if end <= m.start() and n.startswith(noun)]
        if earlier and not any(a < m.end() and m.start() < b for a, b in taken):
            added.append(
                EntityMention(m.start(), m.end(), m.group(0), earlier[-1], "place", "head-noun")
            )
    return added


def _placed_by_dateline(
    events: list[ExtractedEvent], entities: Sequence[EntityMention]
) -> list[ExtractedEvent]:
    """Events that name no place nor actor happened where the story was filed: they get the
    dateline's places ("CLUJ-NAPOCA, Romania —" over "two children have died")."""
    where = tuple(
        dict.fromkeys(
            name
            for e in entities
            if e.rule == "dateline"
            for name in (e.name, country_of_capital(e.name))
            if name
        )
    )
    if not where:
        return events
    # a story filed from one country about another ("WASHINGTON — ... drones hit Kyiv") did
    # not happen where it was filed
    body = {e.name for e in entities if e.rule != "dateline"}
    abroad = {e.name for e in entities if e.kind == "country" and e.rule != "dateline"}
    if abroad - set(where) and not body & set(where):
        return events
    return [replace(e, places=where) if not (e.places or e.actors) else e for e in events]


def _with_dateline_city(text: str, entities: list[EntityMention]) -> list[EntityMention]:
    """``entities`` with the place in capitals that opens the dateline ("ANTWERP, Belgium,
    Feb. 11 —"), when the gazetteer knows it and no mention covers it already."""
    at = dateline_place(text)
    if at is None:
        return entities
    added = []
    known = place_in_capitals(text[at[0] : at[1]])
    region = _DATELINE_REGION.match(text, at[1])
    if known is None and region is not None:
        # a town the gazetteer lacks, placed by the region or country after it ("KOUROU,
        # French Guiana —")
        known = (text[at[0] : at[1]].title().replace("'S", "'s").replace("’S", "’s"), "place")
    if known is not None and known[1] == "place":
        # "VIÑA DEL MAR, Chile —" and "above Viña del Mar": the article's own spelling
        known = (_as_written_elsewhere(text, known[0], at[1]), known[1])
    if known is not None and not any(e.start < at[1] and at[0] < e.end for e in entities):
        added.append(
            EntityMention(at[0], at[1], text[at[0] : at[1]], known[0], known[1], "dateline")
        )
    # the region or country after it ("INNSBRUCK, Austria — Thursday 27 November 2025"),
    # when that line is all metadata and so no sentence's
    if region is not None and not any(e.start <= region.start(1) < e.end for e in entities):
        where = find_entities(text, start=region.start(1), end=region.end(1))
        added += [replace(e, kind="place", rule="dateline") for e in where if e.kind in PLACE_KINDS]
    return sorted([*entities, *added], key=lambda e: e.start) if added else entities


def _as_written_elsewhere(text: str, name: str, after: int) -> str:
    """``name`` as the text spells it after ``after`` (its case), when it does."""
    m = re.search(rf"\b{re.escape(name)}\b", text[after:], re.I)
    return m.group(0) if m is not None and not m.group(0).isupper() else name


_DATELINE_REGION = re.compile(r",\s+([A-Z][\w.'’ -]{1,30}?)(?=\s*(?:,|—|–|--|\(|$))", re.M)


_COARSE = frozenset({"week", "month", "season", "quarter", "half"})


def latest_coarse_end(
    timexes: list[Timex], content: list[tuple[int, int]], told_as_past_in: str | None = None
) -> date | None:
    """The last day of the latest week, month, season, quarter or half-year that the content
    names outright ("July 2023", "the final quarter of 2023"): where an article states no full
    date, what its dateline's day-without-year is read against. Years are too coarse (and too
    often targets: "by 2030") to serve. With ``told_as_past_in`` (the text), only those named
    in a sentence not about the future, nor as a target ("by June 2026"): what an article
    without a date was written after."""
    ends = [
        t.interval_end
        for t in timexes
        if t.precision in _COARSE
        and t.anchor == "absolute"
        and t.type == "DATE"
        and t.interval_end is not None
        and any(s <= t.start and t.end <= e for s, e in content)
        and (
            told_as_past_in is None
            or (
                tense_of(told_as_past_in, t.start, t.end) != "future"
                and not _TARGET_BEFORE.search(told_as_past_in, max(0, t.start - 30), t.start)
            )
        )
    ]
    return max(ends) if ends else None


# "aims to double sales by 2030", "a target for 2035": a goal, no year that has been
_TARGET_BEFORE = re.compile(
    r"\b(?:by|until|till|to|for|before|through|target|goal|deadline)\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)


def _latest_coarse(text: str, timexes: list[Timex], content: list[tuple[int, int]]) -> date | None:
    """The later of latest_coarse_end and latest_past_year: "first seen in July 2019 ... a
    similar lake burst in 2023" was written after 2023."""
    found = [
        d
        for d in (latest_coarse_end(timexes, content), latest_past_year(text, timexes, content))
        if d is not None
    ]
    return max(found) if found else None


_WEEKDAYS = tuple(date(2024, 1, day).strftime("%A") for day in range(1, 8))  # Monday first
_WEEKDAY = re.compile(rf"\b({'|'.join(_WEEKDAYS)})\b")


def lead_weekday(text: str, sentences: Sequence[Sentence], after: int) -> int | None:
    """The weekday (Monday is 0) the lead, the first sentence after a dateline, names when it
    names one alone ("were allowed back into their homes on Thursday afternoon"): wire copy
    tells the day's news in its lead, so that is most likely the dateline's day."""
    lead = next((s for s in sentences if s.end > after and not s.boilerplate), None)
    if lead is None:
        return None
    named = {m.group(1) for m in _WEEKDAY.finditer(text, max(lead.start, after), lead.end)}
    return _WEEKDAYS.index(named.pop()) if len(named) == 1 else None


def latest_past_year(
    text: str, timexes: list[Timex], content: list[tuple[int, int]]
) -> date | None:
    """The middle of the latest year the content names outright in a sentence not about the
    future ("an epidemic that ran from 2023 to 2025", not "a target for 2030"): the last resort
    for reading a dateline's day-without-year, when no finer date is stated."""
    years = [
        t.interval_end.year
        for t in timexes
        if t.precision == "year"
        and t.anchor == "absolute"
        and t.type == "DATE"
        and t.interval_end is not None
        and any(s <= t.start and t.end <= e for s, e in content)
        and tense_of(text, t.start, t.end) != "future"
        and not _TARGET_BEFORE.search(text, max(0, t.start - 30), t.start)
    ]
    return date(max(years), 7, 1) if years else None


def _mark_boilerplate(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[Sentence],
    mark: PublicationMark | DatelineDay | None,
) -> list[Sentence]:
    """Flag sentences of boilerplate paragraphs, and a line that only states the date."""
    marked = boilerplate_paragraphs([text[s:e] for s, e in paragraphs])
    return [
        replace(s, boilerplate=True)
        if s.paragraph in marked or (mark and mark.start <= s.start and s.end <= mark.end)
        else s
        for s in sentences
    ]
