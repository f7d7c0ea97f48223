"""Dates the way people write them in a chronology: "Aug. 10, 2021", "spring 2021",
"as of Aug. 11, 2021", "2001–2021"."""

from __future__ import annotations

from datetime import date, timedelta

_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
_VAGUE = {"PAST_REF": "before", "PRESENT_REF": "around", "FUTURE_REF": "after"}


def format_day(d: date) -> str:
    """``Aug. 10, 2021`` (AP style)."""
    return f"{_AP_MONTHS[d.month - 1]} {d.day}, {d.year}"


def month_name(month: int) -> str:
    """Full English month name."""
    return _MONTHS[month - 1]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_when(
    value: str, start: date | None, end: date | None, precision: str, as_of: bool = False
) -> str:
    """A readable date for an event's TIMEX3 value, interval and precision."""
    if as_of and end:
        return f"as of {format_day(end)}"
    if value in _VAGUE:
        anchor = end if value == "PAST_REF" else start
        return f"{_VAGUE[value]} {format_day(anchor)}" if anchor else value.split("_")[0].lower()
    if start is None or end is None:
        return value or "undated"
    if precision == "day":
        return format_day(start) if start == end else format_range(start, end)
    if precision == "week":
        if value.endswith("-WE"):  # "the weekend": Saturday and Sunday
            return f"weekend of {format_range(start, end)}"
        return f"week of {format_day(start)}"
    if precision == "month":
        if (start.year, start.month) != (end.year, end.month):
            return format_range(start, end)
        whole = (start.replace(day=1), _month_end(start))
        return f"{_part(start, end, *whole)}{month_name(start.month)} {start.year}"
    if precision == "season":
        season = _SEASONS.get(value[-2:], "season")
        if start.year != end.year:  # "winter 2025–26", a southern "summer 2025–26"
            return f"{season} {start.year}–{end.year % 100:02d}"
        return f"{season} {value[:4] if value[:4].isdigit() else start.year}"
    if precision == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == "half":
        return f"{'first' if start.month <= 6 else 'second'} half of {start.year}"
    if precision == "year":
        if start.year != end.year:
            return f"{start.year}–{end.year}"
        return f"{_part(start, end, date(start.year, 1, 1), date(start.year, 12, 31))}{start.year}"
    if precision == "decade":
        first = start.year - start.year % 10
        if end.year - first > 9:
            return f"{start.year}–{end.year}"
        part = _part(start, end, date(first, 1, 1), date(first + 9, 12, 31))
        return f"the {part}{first}s"
    if precision == "century":
        return f"the {_ordinal(start.year // 100 + 1)} century"
    return format_range(start, end)


def _part(start: date, end: date, first: date, last: date) -> str:
    """ "early ", "mid-" or "late " when ``start``–``end`` is the first, middle or last third
    of the stretch ``first``–``last`` ("late 2023": September to December); "" for the whole
    stretch or any other part of it."""
    if (start, end) == (first, last) or not first <= start <= end <= last:
        return ""
    days = (last - first).days + 1
    at_start, at_end = start == first, end == last
    if at_start and not at_end:
        return "early "
    if at_end and not at_start:
        return "late "
    middle = (start - first).days + (end - first).days + 1
    return "mid-" if abs(middle - days) <= days // 6 else ""


def _month_end(d: date) -> date:
    after = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return after - timedelta(days=1)


def format_range(start: date, end: date) -> str:
    """``Aug. 5–10, 2021``, ``July 30 – Aug. 2, 2021``, ``Dec. 30, 2020 – Jan. 2, 2021``."""
    if start == end:
        return format_day(start)
    if start.year != end.year:
        return f"{format_day(start)} – {format_day(end)}"
    if start.month != end.month:
        first = f"{_AP_MONTHS[start.month - 1]} {start.day}"
        return f"{first} – {_AP_MONTHS[end.month - 1]} {end.day}, {end.year}"
    return f"{_AP_MONTHS[start.month - 1]} {start.day}–{end.day}, {end.year}"
