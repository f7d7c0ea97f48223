"""Normalisers of absolute (or partly absolute) dates, durations, sets and fixed values."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.easter import easter

from tracker.extract.timex.context import Context
from tracker.extract.timex.lexicon import Lexicon
from tracker.extract.timex.registry import (
    Groups,
    Norm,
    mod_of,
    normaliser,
    number_of,
    safe_date,
    year_of,
)
from tracker.extract.timex.values import (
    add_months,
    duration,
    duration_and_a_half,
    month_end,
    shift,
)

# the nearest reading is this far on the wrong side ("the deadline was set for Jan. 14" in a
# Jan. 6 article is still the coming Jan. 14). A past cue is often a report of a plan ("said
# it would close the plant in January"), so a month may stay a few months ahead; a future
# cue is rarely wrong, and a month before the DCT's in a future sentence is next year's
# ("will fly a mission in December" in a March article).
FAR_DAYS = 90
FAR_MONTHS = 5
FAR_MONTHS_FUTURE = 1
# A past verb that dates the event itself ("bought RJR in February", see context.past_event)
# leaves only the slack of a DCT a little before the story's date.
FAR_DAYS_EVENT = 31
FAR_MONTHS_EVENT = 1


_OPENS_ON_YEAR = re.compile(
    r"\W*(?:(?:In|During|Throughout|By|Until|Through|For|Since|Early|Late|Later|And|But)\s+)?"
    r"(?:(?:the\s+)?(?:(?:spring|summer|autumn|fall|winter|start|end|beginning|middle)\s+of\s+)?)?"
    r"(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\.?\s+)?(?P<year>(?:1[6-9]|20)\d\d)\b",
    re.I,
)


def year_of_the_sentence(ctx: Context, month: int | None = None) -> int | None:
    """The year a sentence named just before a month given without one ("In 2022, a heatwave
    in July ...", "the summer of 2012, when the ice fell to its minimum on Sept. 16"): that
    month is of that year. Not when the sentence looks ahead from a past year ("agreed in
    2019, the plan will start in March")."""
    if ctx.coarse_anchor is None or ctx.coarse_anchor[1] not in ("year", "month"):
        return None  # ("in August 2002, when ... on Aug. 13": a month gives its year too)
    year = ctx.coarse_anchor[0].year
    before = ctx.sentence_before()
    # the sentence opens on the year, or a "when" clause follows it right away: not a year
    # inside an aside ("under a program approved in 1987 that ..., had bought shares through
    # Sept. 29")
    opening = _OPENS_ON_YEAR.match(before)
    if (
        not (opening and opening.group("year") == str(year))
        and not re.search(rf"\b{year},?\s+when\b", before)
        # "in September 2024, and by November it was forgotten": a later month of the
        # sentence's month and year is of that year
        and not (
            month is not None
            and ctx.coarse_anchor[1] == "month"
            and month > ctx.coarse_anchor[0].month
            and re.search(rf"\b{year}\b", before)
        )
    ):
        return None
    if ctx.dct is not None and year < ctx.dct.year and ctx.tense == "future":
        return None
    return year


def _pick_year(month: int, day: int, ctx: Context) -> int | None:
    """The year of a month and day given without one: the year the sentence named before it,
    else the occurrence nearest the DCT, unless the tense says it must be on the other side
    of it."""
    said = year_of_the_sentence(ctx)
    if said is not None and safe_date(said, month, day):
        return said
    if ctx.dct is None:
        return None
    dct = ctx.dct
    candidates = [y for y in (dct.year - 1, dct.year, dct.year + 1) if safe_date(y, month, day)]
    if not candidates:
        return None
    best = min(candidates, key=lambda y: abs((date(y, month, day) - dct).days))
    chosen = date(best, month, day)
    ahead = (chosen - dct).days
    far = FAR_DAYS_EVENT if ctx.past_event else FAR_DAYS
    if (
        ctx.tense == "past"
        and (ahead > far or (ctx.since and ahead > 0))
        and best - 1 in candidates
    ):
        return best - 1
    if ctx.tense == "future" and (chosen - dct).days < -FAR_DAYS and best + 1 in candidates:
        return best + 1
    return best


@normaliser("date")
def date_full(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """Month name, day and perhaps year: "Aug. 10, 2021", "10 August", "August 10th"."""
    month = lex.month(g["month"])
    day = int(g["day"] or 0)
    year = year_of(g.get("year"), ctx)
    if year is not None:
        if safe_date(year, month, day) is None:
            return None
        return Norm("DATE", f"{year}-{month:02d}-{day:02d}", mod_of(g, lex))
    if not 1 <= day <= 31:
        return None
    picked = _pick_year(month, day, ctx)
    if picked is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", mod_of(g, lex), "none")
    return Norm("DATE", f"{picked}-{month:02d}-{day:02d}", mod_of(g, lex), "dct")


_DAY_BEFORE = re.compile(
    r"\b[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?P<join>-|–|to|through|and|or)\s*$"
)


@normaliser("second_day")
def second_day(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """The day that ends "Aug. 5-7" or "April 24 and 25": in the month (and year) of the
    date just before it."""
    m = _DAY_BEFORE.search(ctx.left)
    last = ctx.last_value or ""
    if m is None or len(last) != 10 or not last[5:7].isdigit():
        return None
    day, first = int(g["day"] or 0), int(last[8:])
    if not 1 <= day <= 31 or day == first or (m.group("join") not in ("and", "or") and day < first):
        return None
    year = year_of(g.get("year"), ctx) if g.get("year") else None
    prefix = f"{year}{last[4:8]}" if year else last[:8]
    if prefix[:4].isdigit() and safe_date(int(prefix[:4]), int(prefix[5:7]), day) is None:
        return None
    anchor = "absolute" if year else "dct" if last[:4].isdigit() else "none"
    return Norm("DATE", f"{prefix}{day:02d}", None, anchor)


@normaliser("week_of")
def week_of(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the week of March 6": the ISO week holding that day."""
    day = date_full(g, ctx, lex, p)
    if day is None or not day.value[:4].isdigit():
        return None
    y, w, _ = date.fromisoformat(day.value).isocalendar()
    return Norm("DATE", f"{y}-W{w:02d}", None, day.anchor)


_NTH_WEEK = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3}


@normaliser("week_of_month")
def week_of_month(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the last week of March", "the first week of the month": seven days of the month (the
    1st to the 7th, the 8th to the 14th..., or its last seven), valued as the ISO week holding
    their middle day. "the month" and "that month" are the month the narrative is at (the last
    month named, else the month of the last day named, else the DCT's, or the month before
    when the days would be to come in a past-tense sentence)."""
    which = (g.get("which") or "").lower()
    nth = (g.get("nth") or "").lower()
    if g.get("month"):
        named = month_year(g, ctx, lex, p) if g.get("year") else month_alone(g, ctx, lex, p)
        if named is None or not named.value[:4].isdigit():
            return None
        return _seven_days(nth, int(named.value[:4]), int(named.value[5:7]), named.anchor)
    if which in ("the", "that"):
        coarse = (
            ctx.coarse_anchor if ctx.coarse_anchor and ctx.coarse_anchor[1] == "month" else None
        )
        base = coarse[0] if coarse else ctx.anchor or ctx.dct
        if base is None:
            return None
        anchor = "dct" if base is ctx.dct else "narrative"
        norm = _seven_days(nth, base.year, base.month, anchor)
        first = norm.extent[0] if norm.extent else None
        if ctx.dct and first and first > ctx.dct and ctx.tense == "past":
            # "Spain hit 31C in the last week of the month" in an April 8 article: the
            # month gone by, as a past deed is not to come
            before = add_months(base.replace(day=1), -1)
            return _seven_days(nth, before.year, before.month, anchor)
        return norm
    if ctx.dct is None:
        return None
    first = add_months(ctx.dct.replace(day=1), {"next": 1, "last": -1}.get(which, 0))
    return _seven_days(nth, first.year, first.month, "dct")


def _seven_days(nth: str, year: int, month: int, anchor: str) -> Norm:
    """The ``nth`` seven days of a month ("first" the 1st to the 7th, "last" its last seven),
    valued as the ISO week holding their middle day."""
    if nth in _NTH_WEEK:
        start = date(year, month, 1 + 7 * _NTH_WEEK[nth])
    else:
        start = month_end(year, month) - timedelta(days=6)
    y, w, _ = (start + timedelta(days=3)).isocalendar()
    return Norm("DATE", f"{y}-W{w:02d}", None, anchor, (start, start + timedelta(days=6), "week"))


@normaliser("iso")
def iso(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """2021-08-10, with an optional time."""
    y, m, d = int(g["year"] or 0), int(g["month"] or 0), int(g["day"] or 0)
    if safe_date(y, m, d) is None:
        return None
    value = f"{y}-{m:02d}-{d:02d}"
    if g.get("hour"):
        value += f"T{int(g['hour'] or 0):02d}:{g['minute']}"
        return Norm("TIME", value)
    return Norm("DATE", value)


@normaliser("numeric")
def numeric(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """8/10/2021: month first unless the reader asked for day first (or only one reading is a
    date)."""
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    year = year_of(g["year"], ctx)
    assert year is not None
    month, day = (b, a) if ctx.day_first else (a, b)
    if safe_date(year, month, day) is None:
        month, day = day, month
    if safe_date(year, month, day) is None:
        return None
    return Norm("DATE", f"{year}-{month:02d}-{day:02d}")


@normaliser("month_relative_year")
def month_relative_year(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "June last year", "March of next year"."""
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{lex.month(g['month']):02d}", mod_of(g, lex), "none")
    step = {"last": -1, "next": 1}.get((g.get("which") or "").lower(), 0)
    return Norm("DATE", f"{ctx.dct.year + step}-{lex.month(g['month']):02d}", mod_of(g, lex), "dct")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 for the last) ISO weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


@normaliser("holiday")
def holiday(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """Christmas, Thanksgiving Day, New Year's Eve: the nearest one, or that of the year given.
    "Easter week", "Christmas week": the (ISO) week holding the day."""
    rule = lex.holiday(g["holiday"])
    year = year_of(g.get("year") or g.get("lead_year"), ctx)
    week = bool(g.get("week"))

    def on(y: int) -> date:
        if rule.startswith("easter"):  # a moveable feast: days from Easter Sunday
            return easter(y) + timedelta(days=int(rule[6:] or 0))
        if "/" in rule:
            month, weekday_n, n = (int(x) for x in rule.split("/"))
            return _nth_weekday(y, month, weekday_n, n)
        month, day = (int(x) for x in rule.split("-"))
        return date(y, month, day)

    def value(day: date) -> str:
        if not week:
            return day.isoformat()
        iso = day.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"

    if year is not None:
        return Norm("DATE", value(on(year)))
    if ctx.dct is None:
        if week:
            return Norm("DATE", "XXXX-WXX", None, "none")
        fixed_day = "/" not in rule and not rule.startswith("easter")
        return Norm("DATE", f"XXXX-{rule}" if fixed_day else "XXXX", None, "none")
    dct = ctx.dct
    years = (dct.year - 1, dct.year, dct.year + 1)
    which = (g.get("which") or "").lower()
    if which == "last":  # "last Christmas": the one before the DCT
        best = max(y for y in years if on(y) < dct)
    elif which == "next":
        best = min(y for y in years if on(y) > dct)
    else:
        best = min(years, key=lambda y: abs((on(y) - dct).days))
    return Norm("DATE", value(on(best)), None, "dct")


@normaliser("month_year")
def month_year(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "August 2021", "early March 2020"."""
    year = year_of(g["year"], ctx)
    return Norm("DATE", f"{year}-{lex.month(g['month']):02d}", mod_of(g, lex))


def _month_year_for(month: int, ctx: Context, which: str | None) -> tuple[str, str]:
    """The year of a month named alone: "last March", "next March", the year the sentence
    named before it, or the nearest March on the side the tense points to."""
    said = year_of_the_sentence(ctx, month) if which is None else None
    if said is None and which is None:
        said = _year_of_the_story(ctx, month)
    if said is not None:
        return f"{said}-{month:02d}", "narrative"
    if ctx.dct is None:
        return f"XXXX-{month:02d}", "none"
    here = ctx.dct.year * 12 + ctx.dct.month - 1
    if which == "last":
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif which == "next":
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif which == "this":
        year = ctx.dct.year
    else:
        years = (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
        year = min(years, key=lambda y: abs(y * 12 + month - 1 - here))
        there = year * 12 + month - 1
        far = FAR_MONTHS_EVENT if ctx.past_event else FAR_MONTHS
        if ctx.tense == "past" and (there - here >= far or (ctx.since and there > here)):
            year -= 1
        elif ctx.tense == "future" and here - there >= FAR_MONTHS_FUTURE:
            year += 1
    return f"{year}-{month:02d}", "dct"


# how long before the DCT the narrative's time must be for a month it goes on to to be of its
# year ("On 12 February 2024 ... That month ... in April" is April 2024 in a 2026 article)
_STORY_YEARS_BACK = 366
_STORY_MONTHS_ON = 3  # how many months after the narrative's day such a month may be


def _year_of_the_story(ctx: Context, month: int) -> int | None:
    """The year of the narrative's day when a past sentence names a month alone that comes
    soon after it in that year, and the narrative has gone back more than a year before the
    DCT. A month before it ("she told the committee in January") is still the DCT's, and so is
    one after a year or another month was named since the day ("the following year ... in
    December")."""
    told = ctx.anchor
    if told is None or ctx.dct is None or (ctx.dct - told).days <= _STORY_YEARS_BACK:
        return None
    if ctx.coarse_anchor and ctx.coarse_anchor[0] != told.replace(day=1):
        return None
    if not 0 <= month - told.month <= _STORY_MONTHS_ON or ctx.tense != "past":
        return None
    return told.year


# "... on the Isle of May": a capitalised word, not the sentence's first, and "of" before
_NAME_OF = re.compile(r"[^\s.!?\"“:] +(?!Ides\b)[A-Z][\w'’-]*\s+of\s+$")


@normaliser("month")
def month_alone(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """A month without a year: "in March" is the past March in an August article unless the
    sentence speaks of the future; "last March", "next March". Not "May" or "March" after
    a capitalised word and "of" inside a sentence: a name ("the Isle of May")."""
    if g["month"] in ("May", "March") and _NAME_OF.search(ctx.left):
        return None
    value, anchor = _month_year_for(
        lex.month(g["month"]), ctx, (g.get("which") or "").lower() or None
    )
    return Norm("DATE", value, mod_of(g, lex), anchor)


@normaliser("year")
def year(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "2021", "fiscal 2021", "mid-2021", "early 2021"."""
    y = year_of(g["year"], ctx)
    if y is None or not 1000 <= y <= 2200:
        return None
    if (g["year"] or "").lower().startswith("two") and not g.get("yearword"):
        return None  # "two thousand" alone is a number
    return Norm("DATE", str(y), mod_of(g, lex))


@normaliser("decade")
def decade(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the 1990s", "the '80s", "the early 2000s", "the nineties" (the last one before the
    DCT's decade, as "the '90s")."""
    if g.get("decadeword"):
        digits = f"{lex.decade_word(g['decadeword']):02d}"
    else:
        digits = (g["decade"] or "").strip("'’")
    if len(digits) == 2:
        y = year_of(digits, ctx)
        assert y is not None
        return Norm("DATE", str(y // 10), mod_of(g, lex))
    return Norm("DATE", digits[:3], mod_of(g, lex))


@normaliser("century")
def century(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the 19th century" is 18 (the years 1800-1899)."""
    n = lex.ordinal(g["ordinal"])
    return Norm("DATE", f"{n - 1:02d}", mod_of(g, lex))


@normaliser("duration")
def duration_norm(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "three years", "a decade", "the past two decades", "two-year", "several months"."""
    unit = lex.unit(g["unit"])
    n = (
        number_of(g.get("number"), lex)
        if g.get("number")
        else (int(g["digits"] or 0) if g.get("digits") else p.get("n", 1))
    )
    if not g.get("number") and not g.get("digits") and (g["unit"] or "").lower().endswith("s"):
        n = "X"  # "the first hours": how many is not said
    if isinstance(n, str) and n.isdigit():
        n = int(n)
    if isinstance(n, int):
        n *= lex.unit_count(g["unit"])  # "a fortnight": two weeks
    if p.get("half"):  # "two and a half years", "an hour and a half", "half an hour"
        if not isinstance(n, int):
            return None
        n = 0 if g.get("halfof") else n
        value = duration_and_a_half(n, unit)
    else:
        value = duration(n if isinstance(n, int) else "X", unit)
    extent = _stretch(g, ctx, p, n if isinstance(n, int) else None, unit, bool(p.get("half")))
    if extent is None:
        return Norm("DURATION", value, mod_of(g, lex))
    first, last, precision, anchor = extent
    return Norm("DURATION", value, mod_of(g, lex), anchor, (first, last, precision))


# "the past two decades" ends at the DCT, "the next two years" starts there; "the previous
# three years", "the following two days" count from the day (or month, year) the narrative is at.
_BACK = {"past": "dct", "last": "dct", "previous": "narrative", "preceding": "narrative"}
_FORWARD = {"next": "dct", "coming": "dct", "following": "narrative"}
_PRECISION = {"Y": "year", "DE": "year", "CE": "year", "M": "month", "Q": "month"}
_PORTION_OF = re.compile(r"\s*of\b", re.I)


_HALF_UNIT = {"Y": ("M", 6), "DE": ("Y", 5), "CE": ("Y", 50), "M": ("D", 15), "Q": ("D", 45)}
_HALF_UNIT.update({"W": ("D", 4), "D": ("D", 1)})


def _stretch(
    g: Groups, ctx: Context, p: dict[str, str], n: int | None, unit: str, half: bool = False
) -> tuple[date | None, date | None, str, str] | None:
    """(first day, last day, precision, anchor) of a duration that runs up to or from a
    reference point: the DCT, or the narrative's date for "previous"/"following". None for a
    plain length ("three years"), a portion of something else ("the last two years of the
    war"), or when the reference is unknown."""
    which = re.sub(r"\s+", " ", (g.get("which") or p.get("which") or "").lower())
    if which not in _BACK and which not in _FORWARD:
        return None
    if which == "last" and _PORTION_OF.match(ctx.right):
        return None
    direction = -1 if which in _BACK else 1
    ref, anchor, before = ctx.dct, "dct", 0
    if (_BACK.get(which) or _FORWARD.get(which)) == "narrative":
        if ctx.coarse_anchor is not None:  # "in 1998 ... the previous three years": 1995-97
            start, grain = ctx.coarse_anchor
            step = 1 if direction > 0 else 0  # "the following two years": after that year
            ref, anchor = shift(start, "Y" if grain == "year" else "M", step), "narrative"
            before = 1 if direction < 0 else 0
        elif ctx.anchor is not None:
            ref, anchor = ctx.anchor, "narrative"
    if ref is None:
        return None
    precision = _PRECISION.get(unit, "day")
    if n is None:  # "the past few years": up to the reference, from when is not said
        return (None, ref, precision, anchor) if direction < 0 else (ref, None, precision, anchor)
    if unit in ("H", "MIN", "S"):
        seconds = (2 * n + half) * {"H": 3600, "MIN": 60, "S": 1}[unit] // 2
        other = ref + timedelta(days=direction * -(-seconds // 86400))
    else:
        other = shift(ref, unit, direction * n)
        if half:  # "the last two and a half years"
            small, count = _HALF_UNIT.get(unit, ("D", 0))
            other = shift(other, small, direction * count)
    if direction < 0:
        return other, ref - timedelta(days=before), precision, anchor
    return ref, other, precision, anchor


_POD_SET = {"MO": "TMO", "AF": "TAF", "EV": "TEV", "NI": "TNI"}


@normaliser("set")
def set_norm(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """daily, weekly, annually, every Monday, every weekday, every morning, each year."""
    if g.get("weekday"):  # "every Monday", "on Tuesday nights"
        pod = (
            _POD_SET[lex.part_of_day((g["pod"] or "").lower().rstrip("s"))] if g.get("pod") else ""
        )
        word = g["weekday"] or ""
        day = lex.weekday(word[:-1] if word.lower().endswith("days") else word)
        return Norm("SET", f"XXXX-WXX-{day}{pod}")
    if g.get("pod"):  # "every morning": that part of every day
        return Norm("SET", f"XXXX-XX-XX{_POD_SET[lex.part_of_day((g['pod'] or '').lower())]}")
    if g.get("month"):  # "each July"
        return Norm("SET", f"XXXX-{lex.month(g['month']):02d}")
    if g.get("season"):  # "every summer"
        return Norm("SET", f"XXXX-{lex.season(g['season'])}")
    if g.get("unit"):  # "every week", "every two years"
        n = number_of(g["number"], lex) if g.get("number") else int(g.get("digits") or 1)
        if isinstance(n, int):
            n *= lex.unit_count(g["unit"])
        return Norm("SET", duration(n if isinstance(n, int) else "X", lex.unit(g["unit"])))
    return Norm("SET", p["value"])


@normaliser("constant")
def constant(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """A fixed value: now -> PRESENT_REF, recently -> PAST_REF, in the future -> FUTURE_REF.
    With a unit ("in the coming weeks", "in recent days"), the stretch it covers next to the
    DCT, as far as _VAGUE_REACH says that unit reaches."""
    norm = Norm(p.get("type", "DATE"), p["value"], p.get("mod"), "dct" if ctx.dct else "none")
    reach = _VAGUE_REACH.get((g.get("unit") or "").lower())
    if reach is None or ctx.dct is None or norm.value not in ("PAST_REF", "FUTURE_REF"):
        return norm
    if norm.value == "PAST_REF":
        return replace(norm, extent=(ctx.dct - timedelta(days=reach), ctx.dct, "unknown"))
    return replace(norm, extent=(ctx.dct, ctx.dct + timedelta(days=reach), "unknown"))


# How many days "the coming ..." and "recent ..." reach from the DCT, by unit: a few of them
# (two weeks, eight weeks, a year). Years and decades reach too far to bound.
_VAGUE_REACH = {"days": 14, "weeks": 56, "months": 365, "quarters": 365}
