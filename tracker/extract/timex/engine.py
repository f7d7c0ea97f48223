"""The tagger: one pass of the master expression over the text, each match normalised in
context (DCT, tense of its sentence, last explicit date of the narrative), then adjacent
dates joined into ranges."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from tracker.extract.nocase import caseless_lower
from tracker.extract.timex.context import (
    Context,
    after_since,
    fixed,
    is_predicate,
    sentence_bounds,
    tense_and_event,
)
from tracker.extract.timex.lexicon import Lexicon
from tracker.extract.timex.model import Timex
from tracker.extract.timex.registry import REGISTRY, Norm
from tracker.extract.timex.ruleset import Rule, RuleSet, load_ruleset
from tracker.extract.timex.values import add_months, interval

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till|and|into)\s*$", re.I)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.I)
_CAPITALISED_GROUPS = ("month", "weekday")
_VAGUE = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def _as_date(dct: date | str | None) -> date | None:
    if dct is None or dct == "":
        return None
    if isinstance(dct, date):
        return dct
    try:
        return date.fromisoformat(str(dct)[:10])
    except ValueError:
        return None


def _groups(m: re.Match[str]) -> dict[str, str | None]:
    """Named parts of a match; "year2" also fills "year" (patterns with two alternatives)."""
    out: dict[str, str | None] = {}
    for key, value in m.groupdict().items():
        base = key.rstrip("0123456789")
        if value is not None or key not in out:
            out[key] = value
        if base != key and value is not None:
            out[base] = value
    return out


def _interval(
    norm: Norm, dct: date | None, southern: bool = False
) -> tuple[date | None, date | None, str]:
    if norm.extent is not None:
        return norm.extent
    if norm.type in ("DURATION", "SET"):
        return None, None, "unknown"
    if norm.value in _VAGUE:
        if dct is None:
            return None, None, "unknown"
        if norm.value == "PAST_REF":
            return None, dct, "unknown"
        if norm.value == "FUTURE_REF":
            return dct, None, "unknown"
        return dct, dct, "unknown"
    return interval(norm.value, southern)


def _part_of(
    first: date | None, last: date | None, mod: str | None
) -> tuple[date | None, date | None]:
    """The third of the interval that "early", "mid-" or "late" names (START, MID, END), in
    whole units: "early March" is the 1st to the 10th, "late 2023" September to December,
    "the late 1990s" 1997 to 1999 (days under three months, months under three years, years
    beyond; the last third takes what is left over)."""
    if first is None or last is None or mod not in ("START", "MID", "END"):
        return first, last
    after = last + timedelta(days=1)
    months = (after.year - first.year) * 12 + after.month - first.month
    whole_months = first.day == 1 and after.day == 1
    if not whole_months or months < 3:
        days = (last - first).days + 1
        if days < 9:
            return first, last
        third = days // 3
        cut = [first + timedelta(days=third), first + timedelta(days=2 * third)]
    elif months < 36:
        third = months // 3
        cut = [add_months(first, third), add_months(first, 2 * third)]
    else:
        third = months // 36
        cut = [first.replace(year=first.year + third), first.replace(year=first.year + 2 * third)]
    bounds = [first, *cut, after]
    n = ("START", "MID", "END").index(mod)
    return bounds[n], bounds[n + 1] - timedelta(days=1)


def _timex(
    rule: Rule,
    norm: Norm,
    start: int,
    end: int,
    text: str,
    dct: date | None,
    southern: bool = False,
) -> Timex:
    first, last, precision = _interval(norm, dct, southern)
    if norm.type == "DATE" and norm.value not in _VAGUE:
        first, last = _part_of(first, last, norm.mod)
    return Timex(
        start,
        end,
        text[start:end],
        norm.type,
        norm.value,
        norm.mod,
        first,
        last,
        precision,
        norm.anchor,
        rule.ref,
    )


_WORD = re.compile(r"\w+")
_WINDOW_BEFORE = 4  # words before a trigger where an expression may start ("at least the past")
_WINDOW_AFTER = 60  # characters after it
_INSIDE_NUMBER = frozenset("$.,:/")  # a digit after one of these goes on a number before it
_RECENT_CHARS = 400  # a previous expression this close sets the granularity of "a year earlier"


def _matches(text: str, ruleset: RuleSet, accept: Callable[[int, re.Match[str]], bool]) -> None:
    """Offers ``accept`` (rule index, match) for each expression, left to right, not
    overlapping; a match it refuses (its normaliser found no value) leaves the place to the
    next rule. Only the rules that can contain a trigger word (a month, a unit, a number...)
    are tried, at the word starts just before it, only when a text the rule requires (a unit
    for "three days", "ago" for "two weeks ago") is within reach, and only where the rule's
    first character (and literal start, when it has one) can be: most of the text is never
    looked at. Where the text allows it, a rule is first tried in its quicker lower-case form
    (see RuleSet.fast), the match itself made only where that one matches."""
    words = list(_WORD.finditer(text))
    compiled = ruleset.compiled
    lower = caseless_lower(text) or ""
    shortcut = bool(lower)  # none when lower case changes lengths
    prefixes = ruleset.prefixes
    by_trigger = ruleset.by_trigger
    fast = ruleset.fast if shortcut else dict.fromkeys(range(len(compiled)))
    hits = ruleset.required_hits(lower) if shortcut else None
    covered = 0
    for k, w in enumerate(words):
        if w.end() <= covered:
            continue
        token = w.group(0)
        if token[0].isdigit() and (
            text[w.start() - 1 : w.start()] in _INSIDE_NUMBER or text[w.end() : w.end() + 1] == "%"
        ):
            continue  # the cents of "$1.76", the rest of "1,384", "45%": no time there
        low = token.lower()  # (most words: RuleSet.candidates's one look-up, done here)
        candidates = by_trigger.get(low, ()) if low.isalpha() else ruleset.candidates(low)
        if not candidates:
            continue
        limit = min(len(text), w.end() + _WINDOW_AFTER)
        first = max(k - _WINDOW_BEFORE, 0)
        if hits is not None:
            # (a match starts at one of the word starts tried and ends by ``limit``)
            candidates = ruleset.present(candidates, hits, words[first].start(), limit)
            if not candidates:
                continue
        # The candidates whose matches can start with a character, by that character.
        by_first = ruleset.by_first_char(candidates)
        trigger = w.start()
        for j in range(first, k + 1):
            pos = words[j].start()
            if pos < covered:
                continue
            ch = lower[pos] if shortcut else ""
            sure = not shortcut or (ch.isdecimal() and not ch.isascii())  # no shortcut then
            tried = candidates if sure else by_first.get(ch)
            if tried is None:
                tried = by_first[ch] = ruleset.starting_with(candidates, ch)
            for i in tried:
                if not sure:
                    start = prefixes[i]
                    if start is not None and not lower.startswith(start, pos):
                        continue
                quick = fast[i]
                if quick is not None:
                    found = quick.match(lower, pos, limit)
                    if found is None or found.end() <= trigger:
                        continue
                m = compiled[i].match(text, pos, limit)
                if m is not None and m.end() > trigger and accept(i, m):
                    covered = m.end()
                    break
            else:
                continue
            break


_FIRST_WORD = re.compile(r"(\w+)\s+")
_COMPOUND_END = re.compile(r"(?<!\bmid)-[a-z]+$", re.I)


def _span_start(text: str, start: int, end: int, ruleset: RuleSet) -> int:
    """TimeML span conventions: a possessive never starts a time expression ("its fourth
    quarter"), and a determiner stays out of an adjectival compound ("a third-quarter loss",
    "the two-week strike")."""
    m = _FIRST_WORD.match(text, start, end)
    if m is None:
        return start
    word = m.group(1).lower()
    lex = ruleset.lexicon
    if word in lex.span_drop or (
        word in lex.compound_drop and _COMPOUND_END.search(text, m.end(), end)
    ):
        return m.end()
    return start


def tag_timexes(
    text: str,
    dct: date | str | None = None,
    *,
    lang: str = "en",
    day_first: bool = False,
    asides: Sequence[tuple[int, int]] = (),
    southern: bool = False,
) -> list[Timex]:
    """Every time expression of ``text``, normalised against ``dct`` (the document creation
    time: a date, an ISO string, or None when unknown), sorted and not overlapping. With
    ``southern``, seasons are those south of the equator ("last summer" in a September story
    is the December to February before it).

    ``asides`` are (start, end) spans outside the narrative, such as photo captions: their
    dates are normalised, but the narrative's time ("the next day", "after midnight") does
    not move to them."""
    ruleset: RuleSet = load_ruleset(lang)
    when = _as_date(dct)
    found: list[Timex] = []
    anchor: date | None = None  # the last day the narrative named
    past_anchor: date | None = None  # the last one not after the DCT
    earlier_anchor: date | None = None  # the last one before the DCT
    night = False  # whether the narrative's day was named as a night ("Monday night")
    coarse: tuple[date, str] | None = None  # a month or year named since ("in June 1998")
    quarter: str | None = None

    def accept(index: int, m: re.Match[str]) -> bool:
        nonlocal anchor, coarse, quarter, past_anchor, earlier_anchor, night
        rule = ruleset.rules[index]
        groups = _groups(m)
        if any((groups.get(g) or "X")[0].islower() for g in _CAPITALISED_GROUPS):
            return False  # "may", "march": month names are capitalised in news
        if rule.ref.endswith(":clock-heading"):
            # a live report's entry heading ("12:05") opens an entry of the report's own day:
            # the day a previous entry told of ("held his final rally on Sunday") is not its
            anchor, coarse, night = None, None, False
        start, end = m.start(), m.end()
        for name in ("pre", "pre2"):  # context the rule needs but the span leaves out
            if name in m.re.groupindex and m.end(name) > start:
                start = m.end(name)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        start = _span_start(text, start, end, ruleset)
        since = after_since(text, start)
        if since:
            probe = fixed("past")
        elif is_predicate(text, start):
            probe = fixed("future")
        else:
            probe = partial(tense_and_event, text, start, end)
        last = found[-1].value if found and start - found[-1].end < _RECENT_CHARS else None
        left, right = text[max(0, start - 40) : start], text[end : end + 40]
        ctx = Context(
            when,
            probe,
            anchor,
            day_first,
            last,
            quarter,
            left,
            right,
            coarse,
            since,
            wide_left=text[max(0, start - 100) : start],
            sentence_before=partial(_sentence_before, text, start, end),
            past_anchor=past_anchor,
            earlier_anchor=earlier_anchor,
            night=night,
            southern=southern,
        )
        try:
            norm = REGISTRY[rule.norm](groups, ctx, ruleset.lexicon, rule.params)
        except (KeyError, ValueError, OverflowError):
            norm = None  # a word the lexicon lacks, a date that does not exist: not a match
        if norm is None:
            return False
        timex = _timex(rule, norm, start, end, text, when, southern)
        found.append(timex)
        if asides and any(a <= start < b for a, b in asides):
            return True  # a caption's day is not the story's
        before_anchor = anchor
        if _reported_quarter(timex, when):
            quarter = max(quarter or "", timex.value[:7])
        # "By Wednesday morning it had been contained": a bound of a state, not the day the
        # story has come to ("... suspended all flights at 3 p.m." is still the day before)
        bound = _BY_BEFORE.search(left) is not None
        if (
            timex.type == "TIME"
            and timex.interval_start
            and _NAMES_A_DAY.search(timex.text)
            and not bound
        ):
            anchor, coarse = timex.interval_start, None  # "4 a.m. on Wednesday"
        if timex.type == "DATE" and timex.interval_start:
            if timex.precision == "day" and not _saying_day(timex, left, when) and not bound:
                # ("police said Tuesday": the day of the saying, not of the story told)
                anchor, coarse = timex.interval_start, None
            elif timex.precision in ("month", "year"):
                coarse = (timex.interval_start, timex.precision)
            elif timex.precision in ("quarter", "half", "season"):
                # "in the first half of 2026 ... later that year": that year
                coarse = (timex.interval_start, "year")
        if anchor != before_anchor and anchor is not None and (when is None or anchor <= when):
            past_anchor = anchor
            if when is None or anchor < when:
                earlier_anchor = anchor
        if anchor != before_anchor or timex.precision in ("day", "time"):
            night = timex.value.endswith("TNI")
        return True

    _matches(text, ruleset, accept)
    ranges = join_ranges(text, _ends_after_starts(text, [_season_span(t) for t in found]))
    return shared_sets(text, ranges, ruleset.lexicon)


_SET_JOIN = re.compile(r"\s*(?:,\s*|\s(?:and|or)\s+|,\s*(?:and|or)\s+)")


def shared_sets(text: str, timexes: list[Timex], lexicon: Lexicon) -> list[Timex]:
    """A weekday joined to a set of days that follows it shares its plural ("on Tuesday and
    Saturday mornings": every Tuesday morning too, not next Tuesday)."""
    out = list(timexes)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            a.type != "DATE"
            or not a.rule.endswith(":weekday")
            or b.type != "SET"
            or not b.rule.endswith(":plural-day-name")
            or not _SET_JOIN.fullmatch(text, a.end, b.start)
        ):
            continue
        try:
            number = lexicon.weekday(a.text)
        except KeyError:
            continue  # "last Tuesday and Saturday mornings": a day of its own
        pod = b.value[len("XXXX-WXX-") + 1 :]
        out[i] = replace(
            a,
            type="SET",
            value=f"XXXX-WXX-{number}{pod}",
            mod=None,
            interval_start=None,
            interval_end=None,
            precision=b.precision,
            anchor=b.anchor,
            rule=b.rule,
        )
    return out


_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
# ("remanded in custody until April 2": how long a state lasts, not the story's next day)
_BY_BEFORE = re.compile(r"\b(?:by|until|till)\s+$", re.I)
_TO = re.compile(r"\s+(?:until|till|to|through|and)\s+", re.I)
_WEEKDAY_ONLY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _ends_after_starts(text: str, found: list[Timex]) -> list[Timex]:
    """ "from 6 p.m. on Thursday until noon on Saturday": a span named by weekdays ends after
    it starts, so an end the tense put in the week before moves on by a week."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            a.interval_start is None
            or b.interval_start is None
            or b.interval_start >= a.interval_start
            or not _FROM.search(text, max(0, a.start - 12), a.start)
            or not _TO.fullmatch(text, a.end, b.start)
            or not _WEEKDAY_ONLY.search(b.text)
            or _NAMES_A_DAY.search(_WEEKDAY_ONLY.sub("", b.text))  # "Saturday, May 3"
            or not _DAY_VALUE.match(b.value)
        ):
            continue
        week = timedelta(days=7)
        day = date.fromisoformat(b.value[:10]) + week
        out[i + 1] = replace(
            b,
            value=day.isoformat() + b.value[10:],
            interval_start=b.interval_start + week,
            interval_end=b.interval_end + week if b.interval_end else None,
        )
    return out


def _sentence_before(text: str, start: int, end: int) -> str:
    """The text of the sentence around text[start:end] before ``start``."""
    return text[sentence_bounds(text, start, end)[0] : start]


_NAMES_A_DAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d",
    re.I,
)


_REPORTED_ON = re.compile(
    r"\b(?:said|says|told(?:\s+[\w-]+){1,3}?|announced|added|confirmed|reported|stated)\s+"
    r"(?:on\s+)?$"
)


# how near the DCT a day must be to be the day a report was made rather than a day of the
# story ("police said Tuesday"; "the review reported on 4 March 2024 that ..." tells the story)
_SAYING_DAYS = 7


def _saying_day(timex: Timex, left: str, dct: date | None) -> bool:
    """Whether a day after a verb of saying is the day of the saying, near the DCT."""
    if not _REPORTED_ON.search(left):
        return False
    day = timex.interval_start
    return dct is None or day is None or abs((day - dct).days) <= _SAYING_DAYS


def _reported_quarter(timex: Timex, dct: date | None) -> bool:
    """A quarter a report can give results for: over before the DCT, and within the year
    before it. The latest one named is the report's own ("a year ago" is that quarter's); a
    quarter still under way ("a fourth-quarter charge") is an outlook, not the report's."""
    if timex.precision != "quarter" or dct is None or timex.interval_end is None:
        return False
    return 0 < (dct - timex.interval_end).days < 366


_SHORT_NEXT_YEAR = re.compile(r"[-–/](\d\d)$")


def _season_span(t: Timex) -> Timex:
    """ "the 2024-25 season": the value is its first year (as a range's is its first end's),
    the interval runs to the end of the year the short digits name."""
    short = (
        _SHORT_NEXT_YEAR.search(t.text)
        if t.rule.endswith((":season-years", ":season-year"))
        else None
    )
    if short is None or t.interval_start is None:
        return t
    first = t.interval_start.year
    last = first - first % 100 + int(short.group(1))
    if last <= first:
        last += 100
    return replace(t, interval_end=date(last, 12, 31)) if last - first <= 5 else t


def join_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "from Aug. 5 to Aug. 10, 2021", "2001–2021", "between May and July": one Timex whose
    interval spans both ends and whose ``parts`` are the ends. The first end takes the year of
    the second when it had to guess it."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        b = timexes[i + 1] if i + 1 < len(timexes) else None
        if b is not None:
            a = _same_year_as(a, b, text)
        if b is not None and _is_range(text, a, b):
            a = _borrow_year(a, b)
            assert a.interval_start is not None and b.interval_end is not None
            out.append(
                Timex(
                    a.start,
                    b.end,
                    text[a.start : b.end],
                    a.type,
                    a.value,
                    None,
                    a.interval_start,
                    b.interval_end,
                    a.precision,
                    "absolute" if b.anchor == "absolute" else a.anchor,
                    a.rule,
                    (a, b),
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _is_range(text: str, a: Timex, b: Timex) -> bool:
    if a.type != "DATE" or b.type != "DATE" or a.value in _VAGUE or b.value in _VAGUE:
        return False
    if None in (a.interval_start, a.interval_end, b.interval_start, b.interval_end):
        return False
    between = text[a.end : b.start]
    if not _RANGE_JOIN.match(between):
        return False
    # (a day that only a second day and its month follow opens a range: "3 to 5 June")
    dash = between.strip() in ("-", "–", "—") or a.rule.endswith(":first-day")
    opened = bool(_RANGE_OPEN.search(text[max(0, a.start - 12) : a.start]))
    return (dash or opened) and a.interval_start <= b.interval_end  # type: ignore[operator]


def _same_year_as(a: Timex, b: Timex, text: str) -> Timex:
    """ "between May and July" said in May of a past-tense story: each month alone would be
    resolved on its own (May this year, July last year); as the opening end of a range, the
    first month is put in the year of the second when that makes the range run forward."""
    if a.anchor != "dct" or b.anchor not in ("dct", "absolute") or a.precision != "month":
        return a
    if b.interval_start is None or a.interval_start is None or a.interval_start <= b.interval_start:
        return a
    if not _RANGE_JOIN.match(text[a.end : b.start]):
        return a
    value = b.value[:4] + a.value[4:]
    first, last, _ = interval(value)
    if first is None or first > b.interval_start:
        return a
    return replace(a, value=value, interval_start=first, interval_end=last)


def _borrow_year(a: Timex, b: Timex) -> Timex:
    if a.anchor == "absolute" or b.anchor != "absolute" or not b.value[:4].isdigit():
        return a
    if a.precision not in ("day", "month") or len(a.value) < 7:
        return a
    value = b.value[:4] + a.value[4:]
    first, last, _ = interval(value)
    if first is None or (b.interval_start and first > b.interval_start):
        return a
    return replace(a, value=value, interval_start=first, interval_end=last, anchor="absolute")
