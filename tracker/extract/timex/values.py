"""TIMEX3 values and the intervals of days they denote; calendar arithmetic on them."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# South of the equator the seasons fall six months apart: summer is December to February.
SOUTHERN_SEASON_MONTHS = {"SP": (9, 11), "SU": (12, 2), "FA": (3, 5), "WI": (6, 8)}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def interval(value: str, southern: bool = False) -> tuple[date | None, date | None, str]:
    """(first day, last day, precision) of a TIMEX3 date value; (None, None, "unknown") for
    values that name no definite stretch of days. A season is the southern hemisphere's when
    ``southern`` ("2025-SU": December 2025 to February 2026); a season that runs over the new
    year is named by the year of its December."""
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), month_end(y, mo), "month"
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if value.endswith("-WE"):
                return monday + timedelta(days=5), monday + timedelta(days=6), "week"
            return monday, monday + timedelta(days=6), "week"
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half"
        if m := _SEASON.match(value):
            months = SOUTHERN_SEASON_MONTHS if southern else SEASON_MONTHS
            y, first, last = int(m[1]), *months[m[2]]
            end_year = y + 1 if last < first else y
            return date(y, first, 1), month_end(end_year, last), "season"
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31), "year"
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return date(y, 1, 1), date(y + 9, 12, 31), "decade"
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31), "century"
    except ValueError:
        pass
    return None, None, "unknown"


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clamped to the month's length."""
    total = d.year * 12 + d.month - 1 + months
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return d
    return add_months(d, n * months)


def point(d: date, unit: str) -> str:
    """The TIMEX3 value of the ``unit``-long stretch holding ``d``: day, week, month..."""
    if unit in ("D", "H", "MIN", "S"):
        return d.isoformat()
    if unit == "W":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if unit == "M":
        return f"{d.year}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if unit == "DE":
        return str(d.year // 10)
    if unit == "CE":
        return str(d.year // 100)
    return str(d.year)


def duration(n: int | str, unit: str) -> str:
    """A TIMEX3 duration: P3D, P2Y, PT2H, P10Y for a decade, PXY for "years"."""
    if unit == "DE":
        return f"P{n * 10}Y" if isinstance(n, int) else "PXDE"
    if unit == "CE":
        return f"P{n * 100}Y" if isinstance(n, int) else "PXCE"
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    return f"P{n}{unit}"


def duration_and_a_half(n: int, unit: str) -> str:
    """A TIMEX3 duration of n and a half units (n may be 0: "half an hour"): P2Y6M, PT5H30M,
    PT1M30S, P3DT12H, P15Y for a decade and a half; P2.5W where no smaller unit divides the
    unit evenly."""
    whole = f"{n}" if n else ""
    if unit == "Y":
        return f"P{whole}{'Y' if n else ''}6M"
    if unit == "D":
        return f"P{whole}{'D' if n else ''}T12H"
    if unit == "H":
        return f"PT{whole}{'H' if n else ''}30M"
    if unit == "MIN":
        return f"PT{whole}{'M' if n else ''}30S"
    if unit == "DE":
        return f"P{n * 10 + 5}Y"
    if unit == "CE":
        return f"P{n * 100 + 50}Y"
    return f"P{'T' if unit == 'S' else ''}{n}.5{unit}"
