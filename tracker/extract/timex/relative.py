"""Normalisers of expressions resolved against the DCT, the tense or the narrative."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tracker.extract.spans import ends_with_word
from tracker.extract.timex.context import Context
from tracker.extract.timex.lexicon import Lexicon
from tracker.extract.timex.registry import (
    REGISTRY,
    Groups,
    Norm,
    mod_of,
    normaliser,
    number_of,
    year_of,
)
from tracker.extract.timex.values import add_months, duration, interval, point, shift


def _which_year(which: str | None, ctx: Context, unit_index: int, current_index: int) -> int | None:
    if ctx.dct is None:
        return None
    y = ctx.dct.year
    if which == "last":
        return y - 1 if unit_index >= current_index else y
    if which == "next":
        return y + 1 if unit_index <= current_index else y
    if which in ("this", "current"):
        return y
    if ctx.tense == "past" and unit_index > current_index:
        return y - 1
    if ctx.tense == "future" and unit_index < current_index:
        return y + 1
    return y


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SOUTHERN_SEASON_START = {"SP": 9, "SU": 12, "FA": 3, "WI": 6}


@normaliser("season")
def season(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "spring 2021", "this spring", "last winter", "in the spring". A season that runs over
    the new year (the northern winter, the southern summer) is named by its December's year."""
    code = lex.season(g["season"])
    if g.get("year"):
        return Norm("DATE", f"{year_of(g['year'], ctx)}-{code}", mod_of(g, lex))
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{code}", mod_of(g, lex), "none")
    which = re.sub(r"\s+", " ", (g.get("which") or "").lower())
    dct = ctx.dct
    first_month = (_SOUTHERN_SEASON_START if ctx.southern else _SEASON_START)[code]
    starts = {
        y: date(y, first_month, 1) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)
    }
    started = [y for y, d in starts.items() if d <= dct]
    current = max(started)  # the season of that name that began most recently
    in_it = dct <= add_months(starts[current], 3) - timedelta(days=1)
    if which in ("last", "this past", "past"):
        y = current - 1 if in_it else current
    elif which == "next":
        y = current + 1
    elif which in ("this", "current"):
        # (the season that runs over the new year is named by its December's year)
        y = dct.year if first_month != 12 else (dct.year - 1 if dct.month <= 2 else dct.year)
    elif in_it:
        y = current
    elif ctx.tense == "future":
        y = current + 1
    elif ctx.tense == "past":
        y = current
    else:  # the nearest of the last one and the coming one
        y = (
            current
            if (dct - starts[current]).days <= (starts[current + 1] - dct).days
            else current + 1
        )
    return Norm("DATE", f"{y}-{code}", mod_of(g, lex), "dct")


@normaliser("quarter")
def quarter(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the third quarter", "Q3 2021", "third-quarter", "last quarter"."""
    if g.get("qnum"):
        q = int(g["qnum"] or 0)
    elif g.get("ordinal"):
        q = lex.ordinal(g["ordinal"])
    elif g.get("final"):  # "the final quarter of 2023"
        q = 4
    else:  # "the quarter", "last quarter", "this quarter": the reporting quarter
        if ctx.dct is None:
            return Norm("DATE", "XXXX-QX", None, "none")
        current = (ctx.dct.month - 1) // 3 + 1
        which = (g.get("which") or "").lower()
        last = ctx.last_quarter or ""
        if (g.get("year") or p.get("years_back")) and len(last) == 7:
            # "the 1988 quarter", "the year-ago quarter": the quarter under discussion
            y0 = year_of(g.get("year"), ctx) or ctx.dct.year - int(p.get("years_back") or 0)
            return Norm("DATE", f"{y0}{last[4:]}", mod_of(g, lex), "narrative")
        yearly = {"last": -1, "next": 1, "this": 0}.get((g.get("yearwhich") or "").lower())
        if yearly is not None and len(last) == 7:
            return Norm("DATE", f"{ctx.dct.year + yearly}{last[4:]}", mod_of(g, lex), "narrative")
        if g.get("year") or yearly is not None:
            y0 = year_of(g.get("year"), ctx) or ctx.dct.year + (yearly or 0)
            prev = add_months(date(ctx.dct.year, 3 * current - 2, 1), -3)
            return Norm("DATE", f"{y0}-Q{(prev.month - 1) // 3 + 1}", mod_of(g, lex), "dct")
        step = {"last": -1, "latest": -1, "next": 1, "this": 0, "current": 0}.get(
            which, 0 if ctx.tense == "future" else -1
        )
        step -= 4 * int(p.get("years_back") or 0)
        d = add_months(date(ctx.dct.year, 3 * current - 2, 1), 3 * step)
        return Norm("DATE", point(d, "Q"), mod_of(g, lex), "dct")
    if not 1 <= q <= 4:
        return None
    if g.get("year"):
        return Norm("DATE", f"{year_of(g['year'], ctx)}-Q{q}", mod_of(g, lex))
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-Q{q}", mod_of(g, lex), "none")
    current = (ctx.dct.month - 1) // 3 + 1
    which_q = (g.get("which") or "").lower() or None
    year_word = (g.get("yearwhich") or "").lower()
    if year_word or p.get("years_back"):  # "next year's first quarter", "the year-ago quarter"
        step = {"last": -1, "next": 1}.get(year_word, 0) - int(p.get("years_back") or 0)
        return Norm("DATE", f"{ctx.dct.year + step}-Q{q}", mod_of(g, lex), "dct")
    if which_q in ("last", "next"):
        y = _which_year(which_q, ctx, q, current)
    else:  # news reports quarters already under way or finished
        y = ctx.dct.year if q <= current else ctx.dct.year - 1
        if ctx.tense == "future" and q > current:
            y = ctx.dct.year
    return Norm("DATE", f"{y}-Q{q}", mod_of(g, lex), "dct")


@normaliser("half")
def half(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the first half of 2021", "the second half", "the last half of 2021"."""
    word = (g.get("ordinal") or "").lower()
    if g.get("hnum"):  # "H1 2023"
        h = int(g["hnum"] or 0)
    else:
        h = 2 if word in ("last", "latter") else lex.ordinal(word)
    if h not in (1, 2):
        return None
    if g.get("year"):
        return Norm("DATE", f"{year_of(g['year'], ctx)}-H{h}", mod_of(g, lex))
    if not g.get("hnum") and _MATCH_PLAY.search(ctx.wide_left + " " + ctx.right):
        return None  # "had a penalty saved in the first half": a half of a match
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-H{h}", mod_of(g, lex), "none")
    step = {"last": -1, "next": 1}.get((g.get("yearwhich") or "").lower(), 0)
    return Norm("DATE", f"{ctx.dct.year + step}-H{h}", mod_of(g, lex), "dct")


_POD_TIME = {"MO": "TMO", "AF": "TAF", "EV": "TEV", "NI": "TNI"}
# Words of a game around "the first half": a half of the match, not of the year
_MATCH_PLAY = re.compile(
    r"\b(?:penalty|penalties|goals?|scored|scoring|equali[sz]ed|header|kick|minutes?|"
    r"half-time|halftime|striker|goalkeeper|referee|match|game|quarter-back|touchdowns?|"
    r"tries|innings|sent\s+off|red\s+card|yellow\s+card)\b",
    re.I,
)


# "until Monday", "through Friday": with no tense cue, the day a state lasts up to.
_UP_TO_AFTER_VERB = re.compile(r"\w[\s,]+(?:until|till|through|thru)\s+$")
# "suspended trains until Tuesday morning": a measure taken now, lasting until a day to come
# (unlike a state told in the past: "stayed until Tuesday")
_SET_UNTIL = re.compile(
    r"(?<!remained\s)(?<!stayed\s)(?<!was\s)(?<!were\s)(?<!been\s)"
    r"\b(?:suspended|closed|shut|banned|halted|cancell?ed|extended|imposed|declared|grounded|"
    r"barred|blocked|postponed|delayed|adjourned|"
    # "has raised the red warning for coastal areas until 06:00 on Wednesday"
    r"raised|issued|activated|introduced|ordered|kept)\b[^.;]{0,80}\b(?:until|till)\s+$"
)
# "forecasters warned of up to 400 mm of rain by Friday": what a forecast says is to come
_FORECAST_BY = re.compile(
    r"\b(?:warned|warns|forecast|forecasts|predicted|predicts|projected|expects?|expected)\b"
    r"[^.;]{0,80}\b(?:by|until|through)\s+$",
    re.I,
)


# "declared three days of mourning starting on Thursday": a measure still to begin
_STARTING = re.compile(r"\w\s+(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$", re.I)
# "ordered flags to be flown ... through Sunday": what was ordered is still to run
_TO_VERB = re.compile(
    r"\b(?:ordered|told|asked|instructed|allowed|urged|called\s+on|decided|agreed|voted)\b"
    r"[^.;]{0,60}?\bto\s+(?:be\s+)?[a-z]+"
)


@normaliser("weekday")
def weekday(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "on Monday": the last Monday (or today) in a past or neutral sentence, the next one (or
    today) in a future sentence; "last Monday", "next Monday". News writes "Wednesday night"
    as that day."""
    wd = lex.weekday(g["weekday"])
    which = (g.get("which") or "").lower()
    anaphor = re.sub(r"\s+", " ", (g.get("anaphor") or "").lower())
    base = ctx.anchor or ctx.dct
    if anaphor and base is not None:  # "the previous Friday", "the following Monday"
        if anaphor.endswith(("previous", "preceding")):
            delta = -((base.isoweekday() - wd) % 7 or 7)
        else:
            delta = (wd - base.isoweekday()) % 7 or 7
        value = (base + timedelta(days=delta)).isoformat()
        return Norm("DATE", value, mod_of(g, lex), "narrative" if ctx.anchor else "dct")
    if ctx.dct is None:
        if g.get("pod"):
            pod = _POD_TIME[lex.part_of_day(g["pod"])]
            return Norm(p.get("type", "TIME"), f"XXXX-WXX-{wd}{pod}", mod_of(g, lex), "none")
        return Norm("DATE", f"XXXX-WXX-{wd}", None, "none")
    today = ctx.dct.isoweekday()
    if which == "next" or which.endswith("coming"):  # "this coming Sunday": not today
        delta = (wd - today) % 7 or 7
    elif which == "last":
        delta = -((today - wd) % 7 or 7)
    elif _STARTING.search(ctx.left) and ctx.tense == "past":
        # "declared three days of mourning starting on Thursday": the nearer such day
        ahead, back = (wd - today) % 7, (today - wd) % 7
        delta = ahead if ahead <= back else -back
    elif (
        ctx.tense == "future"
        or _STARTING.search(ctx.left)
        # (each pattern searched only where a match can end: see ends_with_word)
        or (
            ends_with_word(ctx.wide_left, ("by", "until", "through"), caseless=True)
            and _FORECAST_BY.search(ctx.wide_left)
        )
        or (ends_with_word(ctx.wide_left, ("until", "till")) and _SET_UNTIL.search(ctx.wide_left))
        or (
            ends_with_word(ctx.left, ("until", "till", "through", "thru"))
            and _UP_TO_AFTER_VERB.search(ctx.left)
            and (ctx.tense != "past" or _TO_VERB.search(ctx.wide_left) is not None)
        )
    ):
        # "stays shut until Monday", "ordered flags to be flown at half-staff through Sunday",
        # "mourning starting on Thursday": the end or start of a stretch still to run
        # ("stayed until Tuesday", "Until Thursday, police had ...": past ones)
        delta = (wd - today) % 7
    elif ctx.tense == "past":
        delta = -((today - wd) % 7)
    else:  # no tense cue: news reports what happened, so the last such day, unless tomorrow
        ahead, back = (wd - today) % 7, (today - wd) % 7
        delta = ahead if ahead == 1 else -back
    day = (ctx.dct + timedelta(days=delta)).isoformat()
    if g.get("pod"):  # "Wednesday night": a time of that day
        pod = _POD_TIME[lex.part_of_day(g["pod"])]
        return Norm(p.get("type", "TIME"), day + pod, mod_of(g, lex), "dct")
    return Norm("DATE", day, mod_of(g, lex), "dct")


@normaliser("narrative_pod")
def narrative_pod(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "in the morning", "by mid-afternoon": that part of the day the story is at (the
    last day it named, else the DCT's)."""
    base = ctx.anchor or ctx.dct
    if base is None:
        return None
    pod = _POD_TIME[lex.part_of_day(g["pod"])]
    return Norm(
        "TIME", base.isoformat() + pod, mod_of(g, lex), "narrative" if ctx.anchor else "dct"
    )


@normaliser("relative_day")
def relative_day(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """today, yesterday, tomorrow, tonight, this morning, the day before yesterday, late
    afternoon yesterday."""
    offset = lex.relative_day(g["relday"]) if g.get("relday") else int(p.get("offset", "0"))
    pod = p.get("pod") or (lex.part_of_day(g["pod"]) if g.get("pod") else None)
    if ctx.dct is None:
        if offset == 0 and not pod:
            return Norm("DATE", "PRESENT_REF", None, "none")
        return None
    if (
        p.get("in_story") == "1"
        and ctx.anchor is not None
        and ctx.anchor != ctx.dct  # (a dateline's day is the article's: the night before it)
        and _NAMES_A_DAY.search(ctx.sentence_before())
    ):
        # "Aug. 18: All passengers are evacuated to Naxos overnight": the night of the day its
        # sentence names, not the one before the article's
        return Norm("TIME", ctx.anchor.isoformat() + _POD_TIME[pod or "NI"], None, "narrative")
    if p.get("in_story") == "1" and (
        ctx.tense == "future" or _GOES_ON.search(ctx.sentence_before())
    ):
        offset = 0  # "crews will work overnight", "the warning remains in place overnight"
    d = ctx.dct + timedelta(days=offset)
    if pod:
        return Norm("TIME", d.isoformat() + _POD_TIME[pod], None, "dct")
    return Norm("DATE", d.isoformat(), None, "dct")


# A present-tense verb of a state going on, or of what is forecast: "remains in place", "is
# expected", "are forecast to fall": the night ahead, not the one gone.
_GOES_ON = re.compile(
    r"\b(?:remains?|stays?|continues?|(?:is|are)\s+(?:expected|forecast|likely|set))\b"
    r"(?![^,;]*\b(?:had|has|have|was|were|did)\b)"
)


# A day named in a sentence: a month and its day, or a weekday.
_NAMES_A_DAY = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)


_UNTIL = re.compile(r"\b(?:until|till|through|before)\s+$", re.I)
_MODAL = re.compile(r"\b(?:could|would|might|may|will|should)\s+(?:not\s+)?be\b[^.;,]*$")


@normaliser("relative_unit")
def relative_unit(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """last week, this month, next year, the current quarter."""
    unit = lex.unit(g["unit"])
    which = (g.get("which") or "").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        which, 0
    )
    mod = mod_of(g, lex) or p.get("mod")
    if ctx.dct is None:
        unknown = {"W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")
        return Norm("DATE", unknown, mod, "none")
    if unit == "W" and ctx.dct.isoweekday() == 7 and which in ("this", "") and ctx.tense != "past":
        # Written on a Sunday, "this week" in a sentence not about the past is the one that
        # starts the next day (a Sunday paper's "the week ahead"). ("Last week" stays the
        # ISO week before the DCT's, as TimeBank's annotators mostly write it.)
        step = 1
    return Norm("DATE", point(shift(ctx.dct, unit, step), unit), mod, "dct")


@normaliser("weekend")
def weekend(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the weekend", "last weekend", "next weekend": the ISO week's Saturday and Sunday."""
    which = re.sub(r"\s+", " ", (g.get("which") or "").lower())
    if which in ("this past", "past"):
        which = "last"
    if ctx.dct is None:
        return Norm("DATE", "XXXX-WXX-WE", None, "none")
    # "could be without power until the weekend": a bound ahead (not "stayed until the weekend")
    until = _UNTIL.search(ctx.left) is not None and (
        ctx.tense != "past" or _MODAL.search(ctx.wide_left) is not None
    )
    if which == "next" or (which != "last" and (ctx.tense == "future" or until)):
        ahead = (5 - ctx.dct.weekday()) % 7  # to the coming Saturday
        d = ctx.dct + timedelta(days=ahead or (7 if which == "next" else 0))
    elif ctx.dct.weekday() >= 5 and which in ("this", "the", "over the"):
        d = ctx.dct
    else:
        d = ctx.dct - timedelta(days=ctx.dct.weekday() + 1)  # the Sunday just gone
    y, w, _ = d.isocalendar()
    return Norm("DATE", f"{y}-W{w:02d}-WE", None, "dct")


# A stretch of a report longer than its quarter: "for the nine months", "in the first half"
_LONGER_THAN_A_QUARTER = re.compile(
    r"\b(?:nine|six|9|6)[\s-]+months?\b|\b(?:first|second)\s+half\b|\bfull[\s-]+year\b"
    r"|\byear[\s-]+to[\s-]+date\b",
    re.I,
)


@normaliser("ago")
def ago(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "two years ago", "a week ago", "three days from now": a point that far from the DCT;
    "two days earlier", "a year before" count from the narrative when it has named a date."""
    unit = lex.unit(g["unit"])
    n = number_of(g.get("number"), lex)
    if isinstance(n, int):
        n *= lex.unit_count(g["unit"])  # "a fortnight ago": two weeks
    direction = int(p.get("direction", "-1"))
    if not isinstance(n, int):
        return Norm(
            "DATE",
            "PAST_REF" if direction < 0 else "FUTURE_REF",
            mod_of(g, lex),
            "dct" if ctx.dct else "none",
        )
    if ctx.dct is None or unit in ("H", "MIN", "S"):
        return None
    last = ctx.last_quarter or ""
    if unit == "Y" and n == 1 and re.fullmatch(r"\d{4}-Q[1-4]", last):
        # "a year earlier" after "the third quarter": the same quarter a year before (not
        # "eight years ago": a year); but
        # "for the nine months, ... a year earlier": that stretch of the year before
        quarter_start, _, _ = interval(last)
        assert quarter_start is not None
        grain = "Y" if _LONGER_THAN_A_QUARTER.search(ctx.sentence_before()) else "Q"
        return Norm(
            "DATE",
            point(shift(quarter_start, "Y", direction * n), grain),
            mod_of(g, lex),
            "narrative",
        )
    if g.get("rel") and (ctx.anchor or ctx.coarse_anchor) and unit not in ("Q", "H", "MIN", "S"):
        # "two days earlier" after "On March 3": counted from the narrative, not the DCT
        return anaphoric(g, ctx, lex, {"direction": str(direction)})
    # "a decade ago" is the year ten years back, not the whole decade before this one
    grain = "Y" if unit in ("DE", "CE") else unit
    return Norm("DATE", point(shift(ctx.dct, unit, direction * n), grain), mod_of(g, lex), "dct")


@normaliser("this_unit")
def this_unit(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "earlier this month", "later this year": the current unit, part of it."""
    unit = lex.unit(g["unit"])
    mod = p.get("mod")
    if ctx.dct is None:
        return None
    return Norm("DATE", point(ctx.dct, unit), mod, "dct")


@normaliser("that_season")
def that_season(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "that winter", "the same summer": the season of the year the narrative last named
    ("arrived in the spring of 1948, and that winter ..."), else of its last day."""
    base = ctx.coarse_anchor[0] if ctx.coarse_anchor else ctx.anchor
    if base is None:
        return None
    return Norm("DATE", f"{base.year}-{lex.season(g['season'])}", None, "narrative")


@normaliser("anaphoric")
def anaphoric(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the next day", "two days later", "a week earlier", "the following year", "that week":
    counted from the last explicit date of the narrative (else from the DCT)."""
    unit = lex.unit(g["unit"]) if g.get("unit") else "D"
    grain = "Y" if unit in ("DE", "CE") else unit  # "a decade later" is a year, as "a decade ago"
    coarse = ctx.coarse_anchor
    last_quarter = ctx.last_quarter or ""
    if unit == "Q" and re.fullmatch(r"\d{4}-Q[1-4]", last_quarter):
        base: date | None = interval(last_quarter)[0]  # "the second quarter ... that quarter"
    elif coarse and (grain == "Y" or (unit == "M" and coarse[1] == "month")):
        base = coarse[0]  # "June 1998 ... later that year"
    elif coarse and unit in ("D", "W") and not g.get("pod"):
        # "lost his appeal in May. The next day, ...": a day of a month the narrative named
        # after its last day, known to the month only (a week later may be the next one)
        base, grain = coarse[0], "M" if coarse[1] == "month" else "Y"
    else:
        base = ctx.anchor or ctx.dct
        if (
            base is not None
            and ctx.dct is not None
            and base > ctx.dct
            and ctx.past_anchor is not None
            and ctx.tense == "past"
        ):
            base = ctx.past_anchor  # "was found the next day": not the day after a date to come
    n = number_of(g.get("number"), lex) if g.get("number") else 1
    if isinstance(n, int) and g.get("unit"):
        n *= lex.unit_count(g["unit"])
    if not isinstance(n, int):  # "a few days later": how long after, not when
        return Norm("DURATION", duration("X", unit))
    if base is None:
        return None
    step = int(p.get("direction", "1")) * n
    if (
        step > 0
        and ctx.dct is not None
        and ctx.earlier_anchor is not None
        and shift(base, unit, step) > ctx.dct
        and shift(ctx.earlier_anchor, unit, step) <= ctx.dct
        and ctx.tense == "past"
    ):
        # "charged on Monday [the DCT] ... was held up last Thursday. ... A car was found
        # burned out the next day": a past deed is not after the DCT, so the day is counted
        # from the last day the narrative named before it
        base = ctx.earlier_anchor
    anchor = "narrative" if base is not ctx.dct else "dct"
    value = point(shift(base, unit, step), grain)
    if g.get("pod"):  # "the next morning": a part of that day (typed as "Monday morning" is)
        value += _POD_TIME[lex.part_of_day(g["pod"])]
    return Norm("DATE", value, None, anchor)


@normaliser("anaphoric_month")
def anaphoric_month(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the following January", "the previous March": the first such month after (or the
    last before) the month the narrative is at (else the DCT's)."""
    coarse = ctx.coarse_anchor
    base = coarse[0] if coarse else ctx.anchor or ctx.dct
    month = lex.month(g["month"])
    if base is None:
        return Norm("DATE", f"XXXX-{month:02d}", None, "none")
    if int(p.get("direction", "1")) > 0:
        year = base.year if month > base.month else base.year + 1
    else:
        year = base.year if month < base.month else base.year - 1
    anchor = "dct" if base is ctx.dct else "narrative"
    return Norm("DATE", f"{year}-{month:02d}", None, anchor)


@normaliser("in_that_year")
def in_that_year(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "Sept. 16 of that year", "in March of the same year": the day or month in the year the
    narrative is at (the last year, season or month named; else the last day's year)."""
    base = ctx.coarse_anchor[0] if ctx.coarse_anchor else ctx.anchor
    month = lex.month(g["month"])
    if base is None:
        return None  # no year named before: nothing to read "that year" against
    value = f"{base.year}-{month:02d}"
    if day_text := g.get("day"):
        day = int(day_text)
        date(base.year, month, day)  # ValueError for a day that does not exist: no match
        value += f"-{day:02d}"
    return Norm("DATE", value, None, "narrative")


_DAY_AFTER_TIME = re.compile(
    r"\)?(?:\s+local\s+time)?(?:\s*\([^()]{1,20}\))?,?\s+(?:on\s+)?"
    # ("at 8:40 a.m. on Saturday, May 30": the date after the weekday gives the day)
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?=[A-Z0-9]))?"
    r"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # "at about 3 a.m. on Sept. 11, 2024": the date a little after it
    r"|(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+"
    r"(?P<day>[0-3]?\d)\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    # "at 03:40 GMT on 21 January": written day first
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec)[a-z]*\.?)(?![\w])(?:,?\s+(?P<year2>(?:19|20)\d\d)\b)?)"
)


@normaliser("time")
def time_of_day(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "2:30 p.m.", "noon", "midnight", on the DCT's day or the day named with it: "9 a.m.
    Tuesday", "noon yesterday", "5 p.m. EST Nov. 9"."""
    named = (g.get("named") or "").lower()
    if p.get("value") or named:
        hh, mm = (p.get("value") or lex.clock(named)).split(":")
    else:
        h = int(g["hour"] or 0)
        mm = g.get("minute") or "00"
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if (g.get("half") or "").lower() in ("afternoon", "evening", "night") and h < 12:
            h += 12  # "4 in the afternoon"
        if ampm.startswith("p") and h < 12:
            h += 12
        if ampm.startswith("a") and h == 12:
            h = 0
        if h > 23 or int(mm) > 59:
            return None
        hh = f"{h:02d}"
    on: Norm | None = None
    if g.get("weekday"):
        on = weekday({"weekday": g["weekday"]}, ctx, lex, {})
    elif g.get("month"):
        on = REGISTRY["date"](
            {"month": g["month"], "day": g["day"], "year": g.get("year")}, ctx, lex, {}
        )
    elif g.get("relday"):
        offset = lex.relative_day(g["relday"])
        on = Norm("DATE", (ctx.dct + timedelta(days=offset)).isoformat()) if ctx.dct else None
    if on is None and (later := _DAY_AFTER_TIME.match(ctx.right)) is not None:
        # "at 14:30 local time (1330 GMT) on Wednesday": the weekday a little after it
        if later.group("weekday"):
            on = weekday({"weekday": later.group("weekday")}, ctx, lex, {})
        else:
            first = "" if later.group("month") else "2"
            parts: Groups = {k: later.group(k + first) for k in ("month", "day", "year")}
            on = REGISTRY["date"](parts, ctx, lex, {})
    if on is None and ctx.anchor is not None:
        # "at 6 a.m.": on the day the story is at; told in the past after a day to come was
        # named ("will peak on Friday ... were overtopped at 11pm"), the last day gone by
        ahead = ctx.dct is not None and ctx.anchor > ctx.dct and ctx.tense == "past"
        day_at = ctx.past_anchor if ahead else ctx.anchor
        if day_at is not None and ctx.night and not ahead and int(hh) < 12:
            day_at += timedelta(days=1)  # "late on Monday night ... by 6 a.m.": Tuesday
        if day_at is not None:
            on = Norm("DATE", day_at.isoformat(), None, "narrative")
    day = on.value if on is not None else ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    anchor = on.anchor if on is not None and on.anchor != "none" else "dct"
    return Norm("TIME", f"{day}T{hh}:{mm}", mod_of(g, lex), anchor if ctx.dct else "none")
