"""Dates typed by people (query filters, ``--published``) turned into calendar days."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from functools import lru_cache

from tracker.errors import DateParseError

_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_YEAR_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


def parse_user_date(text: str, *, end: bool = False, today: date | None = None) -> date:
    """Read a date a person typed: ``2021-08-10``, ``Aug 10 2021``, ``10 August 2021``,
    ``2021-08``, ``2021``, ``yesterday``...

    A year or a month stands for its first day, or its last day when ``end`` is true, so that
    ``--from 2021 --to 2021`` covers the whole year. Raises DateParseError when nothing fits.
    """
    raw = text.strip()
    if not raw:
        raise DateParseError("empty date")
    if m := _YEAR.match(raw):
        year = int(m.group(1))
        return date(year, 12, 31) if end else date(year, 1, 1)
    if m := _YEAR_MONTH.match(raw):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise DateParseError(f"cannot read date {text!r}: month {month} is out of range")
        last = calendar.monthrange(year, month)[1]
        return date(year, month, last if end else 1)
    if m := _ISO_DAY.match(raw):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise DateParseError(f"cannot read date {text!r}: {exc}") from None
    parsed = _dateparser_parse(raw, (today or date.today()).isoformat())
    if parsed is None:
        raise DateParseError(f"cannot read date {text!r}; try YYYY-MM-DD")
    return parsed


@lru_cache(maxsize=1024)
def _dateparser_parse(text: str, today_iso: str) -> date | None:
    import dateparser

    base = datetime.fromisoformat(today_iso)
    result = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    return result.date() if result else None
