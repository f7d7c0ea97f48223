"""Normalisers: from the named parts of a match to a TIMEX3 type, value and mod. Each rule in
rules/<lang>/*.yaml names one of these with ``norm``; the registry maps names to functions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.extract.timex.context import Context
from tracker.extract.timex.lexicon import Lexicon
from tracker.extract.timex.values import add_months, duration, interval, point, shift

Groups = dict[str, str | None]


@dataclass(frozen=True, slots=True)
class Norm:
    """A normaliser's answer. ``anchor`` says what the value depends on."""

    type: str
    value: str
    mod: str | None = None
    anchor: str = "absolute"


Normaliser = Callable[[Groups, Context, Lexicon, dict[str, str]], Norm | None]
REGISTRY: dict[str, Normaliser] = {}


def normaliser(name: str) -> Callable[[Normaliser], Normaliser]:
    """Register a normaliser under ``name``."""

    def register(fn: Normaliser) -> Normaliser:
        REGISTRY[name] = fn
        return fn

    return register


def _mod(g: Groups, lex: Lexicon) -> str | None:
    word = g.get("mod")
    return lex.modifier(word) if word else None


def _year(text: str | None, ctx: Context) -> int | None:
    if not text:
        return None
    text = text.strip("'’ ")
    if len(text) == 2:
        two = int(text)
        base = ctx.dct.year if ctx.dct else 2000
        century = base // 100 * 100
        return century + two if century + two <= base + 10 else century - 100 + two
    return int(text)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# A date given without its year is moved to the other side of the DCT by the tense only when
# the nearest reading is this far on the wrong side ("the deadline was set for Jan. 14" in a
# Jan. 6 article is still the coming Jan. 14).
FAR_DAYS = 45
FAR_MONTHS = 5


def _pick_year(month: int, day: int, ctx: Context) -> int | None:
    """The year of a month and day given without one: the occurrence nearest the DCT, unless
    the tense says it must be on the other side of it."""
    if ctx.dct is None:
        return None
    dct = ctx.dct
    candidates = [y for y in (dct.year - 1, dct.year, dct.year + 1) if _safe_date(y, month, day)]
    if not candidates:
        return None
    best = min(candidates, key=lambda y: abs((date(y, month, day) - dct).days))
    chosen = date(best, month, day)
    if ctx.tense == "past" and (chosen - dct).days > FAR_DAYS and best - 1 in candidates:
        return best - 1
    if ctx.tense == "future" and (chosen - dct).days < -FAR_DAYS and best + 1 in candidates:
        return best + 1
    return best


@normaliser("date")
def date_full(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """Month name, day and perhaps year: "Aug. 10, 2021", "10 August", "August 10th"."""
    month = lex.month(g["month"])
    day = int(g["day"] or 0)
    year = _year(g.get("year"), ctx)
    if year is not None:
        if _safe_date(year, month, day) is None:
            return None
        return Norm("DATE", f"{year}-{month:02d}-{day:02d}", _mod(g, lex))
    if not 1 <= day <= 31:
        return None
    picked = _pick_year(month, day, ctx)
    if picked is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", _mod(g, lex), "none")
    return Norm("DATE", f"{picked}-{month:02d}-{day:02d}", _mod(g, lex), "dct")


@normaliser("iso")
def iso(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """2021-08-10, with an optional time."""
    y, m, d = int(g["year"] or 0), int(g["month"] or 0), int(g["day"] or 0)
    if _safe_date(y, m, d) is None:
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
    year = _year(g["year"], ctx)
    assert year is not None
    month, day = (b, a) if ctx.day_first else (a, b)
    if _safe_date(year, month, day) is None:
        month, day = day, month
    if _safe_date(year, month, day) is None:
        return None
    return Norm("DATE", f"{year}-{month:02d}-{day:02d}")


@normaliser("month_relative_year")
def month_relative_year(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "June last year", "March of next year"."""
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{lex.month(g['month']):02d}", _mod(g, lex), "none")
    step = {"last": -1, "next": 1}.get((g.get("which") or "").lower(), 0)
    return Norm("DATE", f"{ctx.dct.year + step}-{lex.month(g['month']):02d}", _mod(g, lex), "dct")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 for the last) ISO weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


@normaliser("holiday")
def holiday(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """Christmas, Thanksgiving Day, New Year's Eve: the nearest one, or that of the year given."""
    rule = lex.holiday(g["holiday"])
    year = _year(g.get("year"), ctx)

    def on(y: int) -> date:
        if "/" in rule:
            month, weekday_n, n = (int(x) for x in rule.split("/"))
            return _nth_weekday(y, month, weekday_n, n)
        month, day = (int(x) for x in rule.split("-"))
        return date(y, month, day)

    if year is not None:
        return Norm("DATE", on(year).isoformat())
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{rule}" if "/" not in rule else "XXXX", None, "none")
    dct = ctx.dct
    best = min((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs((on(y) - dct).days))
    return Norm("DATE", on(best).isoformat(), None, "dct")


@normaliser("month_year")
def month_year(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "August 2021", "early March 2020"."""
    year = _year(g["year"], ctx)
    return Norm("DATE", f"{year}-{lex.month(g['month']):02d}", _mod(g, lex))


def _month_year_for(month: int, ctx: Context, which: str | None) -> tuple[str, str]:
    """The year of a month named alone: "last March", "next March", or the nearest March
    on the side the tense points to."""
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
        if ctx.tense == "past" and there - here >= FAR_MONTHS:
            year -= 1
        elif ctx.tense == "future" and here - there >= FAR_MONTHS:
            year += 1
    return f"{year}-{month:02d}", "dct"


@normaliser("month")
def month_alone(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """A month without a year: "in March" is the past March in an August article unless the
    sentence speaks of the future; "last March", "next March"."""
    value, anchor = _month_year_for(
        lex.month(g["month"]), ctx, (g.get("which") or "").lower() or None
    )
    return Norm("DATE", value, _mod(g, lex), anchor)


@normaliser("year")
def year(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "2021", "fiscal 2021", "mid-2021", "early 2021"."""
    y = _year(g["year"], ctx)
    if y is None or not 1000 <= y <= 2200:
        return None
    return Norm("DATE", str(y), _mod(g, lex))


@normaliser("decade")
def decade(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the 1990s", "the '80s", "the early 2000s"."""
    digits = (g["decade"] or "").strip("'’")
    if len(digits) == 2:
        y = _year(digits, ctx)
        assert y is not None
        return Norm("DATE", str(y // 10), _mod(g, lex))
    return Norm("DATE", digits[:3], _mod(g, lex))


@normaliser("century")
def century(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the 19th century" is 18 (the years 1800-1899)."""
    n = lex.ordinal(g["ordinal"])
    return Norm("DATE", f"{n - 1:02d}", _mod(g, lex))


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


@normaliser("season")
def season(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "spring 2021", "this spring", "last winter", "in the spring". A winter is named by the
    year of its December."""
    code = lex.season(g["season"])
    if g.get("year"):
        return Norm("DATE", f"{_year(g['year'], ctx)}-{code}", _mod(g, lex))
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{code}", _mod(g, lex), "none")
    which = re.sub(r"\s+", " ", (g.get("which") or "").lower())
    dct = ctx.dct
    starts = {
        y: date(y, _SEASON_START[code], 1)
        for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)
    }
    started = [y for y, d in starts.items() if d <= dct]
    current = max(started)  # the season of that name that began most recently
    in_it = dct <= add_months(starts[current], 3) - timedelta(days=1)
    if which in ("last", "this past", "past"):
        y = current - 1 if in_it else current
    elif which == "next":
        y = current + 1
    elif which in ("this", "current"):
        y = dct.year if code != "WI" else (dct.year - 1 if dct.month <= 2 else dct.year)
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
    return Norm("DATE", f"{y}-{code}", _mod(g, lex), "dct")


@normaliser("quarter")
def quarter(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the third quarter", "Q3 2021", "third-quarter", "last quarter"."""
    if g.get("qnum"):
        q = int(g["qnum"] or 0)
    elif g.get("ordinal"):
        q = lex.ordinal(g["ordinal"])
    else:  # "the quarter", "last quarter", "this quarter": the reporting quarter
        if ctx.dct is None:
            return Norm("DATE", "XXXX-QX", None, "none")
        current = (ctx.dct.month - 1) // 3 + 1
        which = (g.get("which") or "").lower()
        step = {"last": -1, "latest": -1, "next": 1, "this": 0, "current": 0}.get(
            which, 0 if ctx.tense == "future" else -1
        )
        step -= 4 * int(p.get("years_back") or 0)
        d = add_months(date(ctx.dct.year, 3 * current - 2, 1), 3 * step)
        return Norm("DATE", point(d, "Q"), _mod(g, lex), "dct")
    if not 1 <= q <= 4:
        return None
    if g.get("year"):
        return Norm("DATE", f"{_year(g['year'], ctx)}-Q{q}", _mod(g, lex))
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-Q{q}", _mod(g, lex), "none")
    current = (ctx.dct.month - 1) // 3 + 1
    which_q = (g.get("which") or "").lower() or None
    if which_q in ("last", "next"):
        y = _which_year(which_q, ctx, q, current)
    else:  # news reports quarters already under way or finished
        y = ctx.dct.year if q <= current else ctx.dct.year - 1
        if ctx.tense == "future" and q > current:
            y = ctx.dct.year
    return Norm("DATE", f"{y}-Q{q}", _mod(g, lex), "dct")


@normaliser("half")
def half(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the first half of 2021", "the second half"."""
    h = lex.ordinal(g["ordinal"])
    if h not in (1, 2):
        return None
    if g.get("year"):
        return Norm("DATE", f"{_year(g['year'], ctx)}-H{h}", _mod(g, lex))
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-H{h}", _mod(g, lex), "none")
    return Norm("DATE", f"{ctx.dct.year}-H{h}", _mod(g, lex), "dct")


_POD_TIME = {"MO": "TMO", "AF": "TAF", "EV": "TEV", "NI": "TNI"}


@normaliser("weekday")
def weekday(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "on Monday": the last Monday (or today) in a past or neutral sentence, the next one (or
    today) in a future sentence; "last Monday", "next Monday". News writes "Wednesday night"
    as that day."""
    wd = lex.weekday(g["weekday"])
    which = (g.get("which") or "").lower()
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-WXX-{wd}", None, "none")
    today = ctx.dct.isoweekday()
    if which == "next":
        delta = (wd - today) % 7 or 7
    elif which == "last":
        delta = -((today - wd) % 7 or 7)
    elif ctx.tense == "future":
        delta = (wd - today) % 7
    elif ctx.tense == "past":
        delta = -((today - wd) % 7)
    else:  # no tense cue: the nearest such day, the past one on a tie
        ahead, back = (wd - today) % 7, (today - wd) % 7
        delta = ahead if ahead < back else -back
    return Norm("DATE", (ctx.dct + timedelta(days=delta)).isoformat(), None, "dct")


@normaliser("relative_day")
def relative_day(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """today, yesterday, tomorrow, tonight, this morning, the day before yesterday."""
    offset = int(p.get("offset", "0"))
    pod = p.get("pod") or (lex.part_of_day(g["pod"]) if g.get("pod") else None)
    if ctx.dct is None:
        if offset == 0 and not pod:
            return Norm("DATE", "PRESENT_REF", None, "none")
        return None
    d = ctx.dct + timedelta(days=offset)
    if pod:
        return Norm("TIME", d.isoformat() + _POD_TIME[pod], None, "dct")
    return Norm("DATE", d.isoformat(), None, "dct")


def _number(word: str | None, lex: Lexicon) -> int | str:
    if word is None:
        return 1
    return lex.number(word)


@normaliser("relative_unit")
def relative_unit(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """last week, this month, next year, the current quarter."""
    unit = lex.unit(g["unit"])
    which = (g.get("which") or "").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        which, 0
    )
    mod = _mod(g, lex) or p.get("mod")
    if ctx.dct is None:
        unknown = {"W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")
        return Norm("DATE", unknown, mod, "none")
    return Norm("DATE", point(shift(ctx.dct, unit, step), unit), mod, "dct")


@normaliser("weekend")
def weekend(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the weekend", "last weekend", "next weekend": the ISO week's Saturday and Sunday."""
    which = (g.get("which") or "").lower()
    if ctx.dct is None:
        return Norm("DATE", "XXXX-WXX-WE", None, "none")
    if which == "next" or (which != "last" and ctx.tense == "future"):
        d = ctx.dct + timedelta(days=7 - ctx.dct.weekday() + 5)
    elif ctx.dct.weekday() >= 5 and which in ("this", "the", "over the"):
        d = ctx.dct
    else:
        d = ctx.dct - timedelta(days=ctx.dct.weekday() + 1)  # the Sunday just gone
    y, w, _ = d.isocalendar()
    return Norm("DATE", f"{y}-W{w:02d}-WE", None, "dct")


@normaliser("ago")
def ago(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "two years ago", "a week ago", "three days from now": a point that far from the DCT."""
    unit = lex.unit(g["unit"])
    n = _number(g.get("number"), lex)
    direction = int(p.get("direction", "-1"))
    if not isinstance(n, int):
        return Norm(
            "DATE",
            "PAST_REF" if direction < 0 else "FUTURE_REF",
            _mod(g, lex),
            "dct" if ctx.dct else "none",
        )
    if ctx.dct is None or unit in ("H", "MIN", "S"):
        return None
    last = ctx.last_value or ""
    if unit == "Y" and re.fullmatch(r"\d{4}-Q[1-4]", last):
        # "a year earlier" after "the third quarter": the same quarter a year before
        quarter_start, _, _ = interval(last)
        assert quarter_start is not None
        return Norm(
            "DATE", point(shift(quarter_start, "Y", direction * n), "Q"), _mod(g, lex), "narrative"
        )
    return Norm("DATE", point(shift(ctx.dct, unit, direction * n), unit), _mod(g, lex), "dct")


@normaliser("this_unit")
def this_unit(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "earlier this month", "later this year": the current unit, part of it."""
    unit = lex.unit(g["unit"])
    mod = p.get("mod")
    if ctx.dct is None:
        return None
    return Norm("DATE", point(ctx.dct, unit), mod, "dct")


@normaliser("duration")
def duration_norm(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "three years", "a decade", "the past two decades", "two-year", "several months"."""
    unit = lex.unit(g["unit"])
    n = (
        _number(g.get("number"), lex)
        if g.get("number")
        else (int(g["digits"] or 0) if g.get("digits") else p.get("n", 1))
    )
    if isinstance(n, str) and n.isdigit():
        n = int(n)
    value = duration(n if isinstance(n, int) else "X", unit)
    return Norm("DURATION", value, _mod(g, lex))


@normaliser("set")
def set_norm(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """daily, weekly, annually, every Monday, every weekday, each year."""
    if g.get("weekday"):
        return Norm("SET", f"XXXX-WXX-{lex.weekday(g['weekday'])}")
    if g.get("unit"):
        return Norm("SET", duration(1, lex.unit(g["unit"])))
    return Norm("SET", p["value"])


@normaliser("constant")
def constant(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """A fixed value: now -> PRESENT_REF, recently -> PAST_REF, in the future -> FUTURE_REF."""
    return Norm(p.get("type", "DATE"), p["value"], p.get("mod"), "dct" if ctx.dct else "none")


@normaliser("anaphoric")
def anaphoric(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "the next day", "two days later", "a week earlier", "the following year", "that week":
    counted from the last explicit date of the narrative (else from the DCT)."""
    base = ctx.anchor or ctx.dct
    unit = lex.unit(g["unit"])
    n = _number(g.get("number"), lex) if g.get("number") else 1
    if base is None or not isinstance(n, int):
        return None
    step = int(p.get("direction", "1")) * n
    anchor = "narrative" if ctx.anchor else "dct"
    return Norm("DATE", point(shift(base, unit, step), unit), None, anchor)


@normaliser("time")
def time_of_day(g: Groups, ctx: Context, lex: Lexicon, p: dict[str, str]) -> Norm | None:
    """ "2:30 p.m.", "14:30", "noon", "midnight": on the DCT's day."""
    if p.get("value"):
        hh, mm = p["value"].split(":")
    else:
        h = int(g["hour"] or 0)
        mm = g.get("minute") or "00"
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm.startswith("p") and h < 12:
            h += 12
        if ampm.startswith("a") and h == 12:
            h = 0
        if h > 23 or int(mm) > 59:
            return None
        hh = f"{h:02d}"
    if g.get("weekday"):
        on = weekday(g, ctx, lex, {})
        day = on.value if on else "XXXX-XX-XX"
    else:
        day = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    return Norm("TIME", f"{day}T{hh}:{mm}", None, "dct" if ctx.dct else "none")
