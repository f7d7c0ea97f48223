"""Finding an article's publication date in its first lines: a dateline
("KABUL, Aug. 16, 2021 (Wire) —"), a "Published ..." line, or a date alone under the title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
    r"aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    # "16/06/2025", "6/30/2025": only where the order shows (a number above 12)
    re.compile(r"(?<![\d/.])(?P<n1>[0-3]?\d)[/.](?P<n2>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b"),
]
# At the start of a line, or after a byline ("By Ana Ruiz — Published 12 June 2024").
_PUBLISHED_CUE = re.compile(
    # "By Ana Ruiz — Published ...", "MONTEVIDEO (Rio Wire) — Published ..."
    # ("Seoul bureau · Updated 19 September 2024": a desk's label)
    r"^[\s*_]*(?:(?:by\s[^\n—–|·]{2,60}|(?-i:[A-Z][A-Z .'’-]{2,40})(?:\([^()\n]{1,40}\))?\s*"
    r"|(?-i:[A-Z][\w&'’-]*)(?:\s+[\w&'’-]+){0,3}\s*)"
    r"[—–|·]\s*)?"
    r"(?:published|posted|updated|first published|date|dated)\b[:\s]",
    re.I,
)
# A byline and then the date: "By Ana Ruiz | 12 June 2024", "*By Ana Ruiz, June 12, 2024*",
# "*By Ana Ruiz, Iberia Desk — 12 June 2024*" (a desk or outlet, then a dash, before it),
# "*By a staff reporter — Marseille, July 9, 2025*" (where it was filed, then a comma).
_BYLINE = re.compile(
    r"^\W*by\s+[^\n—–|·,]{2,60}?\s*[—–|·,]\s*"
    r"(?:[^\n—–|·,\d]{2,60}?\s*[—–|·]\s*|(?-i:[A-Z])[^\n—–|·,\d]{1,40}?,\s*)?",
    re.I,
)
# A dateline opens the body: PLACE in capitals (any script: "BRAGANÇA", "SÃO PAULO"), an
# optional region or country ("Portugal", "Calif."), the date, an optional (Agency), a dash.
_LETTER = r"[^\W\d_]"
_DATELINE = re.compile(
    rf"^\s*(?P<place>{_LETTER}(?:{_LETTER}|[ .'\-]){{1,40}}?)"
    rf"(?:,\s*{_LETTER}(?:{_LETTER}|[ .]){{1,30}}?)?,\s+(?P<rest>.{{6,40}})"
)
_MAX_LINES = 8
_MAX_LAST_LINES = 2
_M, _D = re.sub(r"\?P<\w+>", "?:", _MONTH), re.sub(r"\?P<\w+>", "?:", _DAY)
_TITLED_DATELINE = re.compile(
    # (not a sentence opening "On Monday, March 4, 2024 — ...")
    r"^\s*(?!(?:On|In|At|By|From|Since|Until|Before|After|Last|Next|This|The|Mon|Tues|Wednes|"
    r"Thurs|Fri|Satur|Sun)(?:day)?\b)"
    rf"(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s+(?:{_D}\s+{_M}|{_M}\s+{_D}),?"
    rf"\s+(?:19|20)\d\d\s*(?:—|–|--)\s",
    re.I,
)
_WEEKDAY_FIRST = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+", re.I)


def _match_date(text: str) -> tuple[re.Match[str], date] | None:
    for form in _DATE_FORMS:
        m = form.search(text)
        if not m:
            continue
        if "n1" in form.groupindex:
            n1, n2 = int(m.group("n1")), int(m.group("n2"))
            if (n1 > 12) == (n2 > 12):
                continue  # "05/06/2025": day first or month first, the line does not say
            day, month = (n1, n2) if n1 > 12 else (n2, n1)
        else:
            day = int(m.group("day"))
            month = (
                int(m.group("mnum"))
                if "mnum" in form.groupindex
                else _month_number(m.group("month"))
            )
        try:
            return m, date(int(m.group("year")), month, day)
        except ValueError:
            continue
    return None


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTHS.get(key[:4] if key.startswith("sept") else key[:3], 0)


@dataclass(frozen=True, slots=True)
class PublicationMark:
    """The publication date and the span of text that states it (a line, or a dateline up to
    its dash): metadata, not narrative."""

    date: date
    start: int
    end: int


_DATELINE_END = re.compile(r"^.*?(?:\)\s*)?(?:—|–|--|-)\s*")


def _lines(text: str, last: bool = False) -> list[tuple[int, str]]:
    """The first _MAX_LINES non-blank lines with their offsets; with ``last``, the last
    _MAX_LAST_LINES instead."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out[-_MAX_LAST_LINES:] if last else out[:_MAX_LINES]


def find_publication_mark(text: str) -> PublicationMark | None:
    """Where the article's first lines state its publication date, or None.

    Looks, in order of reliability, at a "Published/Updated ..." line, a dateline opening a
    paragraph, and a line that is nothing but a date. Dates in running prose are not used here.
    """
    lines = _lines(text)
    # ("*Published 21 May 2025*" may close the article too)
    for pos, line in lines + _lines(text, last=True):
        if _PUBLISHED_CUE.match(line) and (found := _match_date(line)):
            return PublicationMark(found[1], pos, pos + len(line))
        byline = _BYLINE.match(line)
        if byline and (found := _match_date(line[byline.end() :])) and found[0].start() == 0:
            return PublicationMark(found[1], pos, pos + len(line))  # "By Ana Ruiz | 12 May 2024"
    for pos, line in lines[1:]:
        dl = _DATELINE.match(line)
        if not dl:
            continue
        # "BERLIN, 4 March 2024 —"; in title case only with the full date and the dash right
        # after the place ("Berlin, 4 March 2024 — ..."), as a dateline and no sentence has it
        titled = not dl.group("place").isupper()
        if titled and not _TITLED_DATELINE.match(line):
            continue
        rest = dl.group("rest")
        # "AMSTERDAM, Friday 12 December 2025": a weekday may come before the date
        weekday = _WEEKDAY_FIRST.match(rest)
        skip = weekday.end() if weekday else 0
        if (found := _match_date(rest[skip:])) and found[0].start() < 4:
            date_end = dl.start("rest") + skip + found[0].end()
            end_m = _DATELINE_END.match(line[date_end:])
            end = date_end + (end_m.end() if end_m else 0)
            return PublicationMark(found[1], pos, pos + end)
    for pos, line in lines[1:]:
        # a line that is nothing but a date, or a dateline and a date ("INNSBRUCK, Austria —
        # Thursday 27 November 2025")
        stripped = line[dateline_length(line) :].strip().strip("|·—-–").strip()
        found = _match_date(stripped)
        if found and len(stripped) - len(found[0].group(0)) <= 12:
            return PublicationMark(found[1], pos, pos + len(line))
        # "*Science desk · 11 April 2029*": a section's label, a separator, the date
        # and "*Lausanne, 22 January 2026 · Sports desk*": a place, the date, the label
        labelled = _LABEL_THEN_DATE.match(line) or _DATE_THEN_LABEL.match(line)
        found = _match_date(labelled.group("date")) if labelled else None
        if labelled and found and found[0].group(0) == labelled.group("date"):
            return PublicationMark(found[1], pos, pos + len(line))
        if (day := _date_among_labels(line)) is not None:
            return PublicationMark(day, pos, pos + len(line))
    return None


_SEGMENT_SEPARATOR = re.compile(r"\s*[|·•]\s*")
_MAX_SEGMENTS = 4
_MAX_SEGMENT_WORDS = 6


def _date_among_labels(line: str) -> date | None:
    """The date of a line of short labels set apart by separators, one of them a full date and
    nothing else ("Live updates · Wednesday 30 September 2026 · Last updated 17:45 BST")."""
    segments = _SEGMENT_SEPARATOR.split(line.strip(" *_"))
    if not 2 <= len(segments) <= _MAX_SEGMENTS:
        return None
    if any(len(seg.split()) > _MAX_SEGMENT_WORDS for seg in segments):
        return None
    days = []
    for seg in segments:
        bare = seg[m.end() :] if (m := _WEEKDAY_FIRST.match(seg)) else seg
        found = _match_date(bare)
        if found and found[0].group(0) == bare.strip():
            days.append(found[1])
    return days[0] if len(days) == 1 else None


_LABEL_THEN_DATE = re.compile(
    r"^[\s*_]*(?-i:[A-Z][\w&'’-]*)(?:\s+[\w&'’-]+){0,3}\s*[|·—–]\s*"
    r"(?P<date>[^|·—–*_\n]{8,24}?)[\s*_]*$"
)


_DATE_THEN_LABEL = re.compile(
    r"^[\s*_]*(?:(?-i:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,2},\s*)?"
    r"(?P<date>[^|·—–*_\n,]{3,12},?\s+(?:19|20)\d\d)\s*[|·—–]\s*"
    r"(?-i:[A-Z])[\w&'’ -]{0,30}?[\s*_]*$"
)


_DAY_FORMS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+(?:19|20)\d\d)", re.I),
    re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!,?\s+(?:19|20)\d\d)", re.I),
]


@dataclass(frozen=True, slots=True)
class DatelineDay:
    """A dateline that gives the day without the year ("KABUL, Aug. 16 (Wire) —"): the month,
    the day and the dateline's span."""

    month: int
    day: int
    start: int
    end: int

    def in_year_of(self, latest: date) -> date | None:
        """The day in the year of ``latest`` (the latest full date the article states), or in
        the next year when that puts it more than half a year before ``latest`` (a January
        dateline over a story of late December); None when the day does not exist."""
        try:
            day = date(latest.year, self.month, self.day)
            if (latest - day).days > 183:
                day = date(latest.year + 1, self.month, self.day)
        except ValueError:
            return None
        return day

    def on_weekday(self, latest: date, weekday: int, years: int = 11) -> date | None:
        """The first day from ``in_year_of(latest)`` on, in that year or one of the ``years``
        after it, that falls on ``weekday`` (Monday is 0): the dateline's day when the lead
        names its weekday ("SION, Aug. 21 (Wire) - ... were allowed home on Thursday"). None
        when no such year is that close."""
        first = self.in_year_of(latest)
        if first is None:
            return None
        for year in range(first.year, first.year + years + 1):
            try:
                day = date(year, self.month, self.day)
            except ValueError:  # February 29 in a common year
                continue
            if day.weekday() == weekday:
                return day
        return None


def find_dateline_day(text: str) -> DatelineDay | None:
    """A dateline in the first lines that gives a month and day but no year, or None."""
    for pos, line in _lines(text)[1:]:
        dl = _DATELINE.match(line)
        if not (dl and dl.group("place").isupper()):
            continue
        rest = dl.group("rest")
        for form in _DAY_FORMS:
            m = form.match(rest)
            if m is None:
                continue
            month, day = _month_number(m.group("month")), int(m.group("day"))
            if not (month and 1 <= day <= 31):
                continue
            end_m = _DATELINE_END.match(line[dl.start("rest") + m.end() :])
            end = dl.start("rest") + m.end() + (end_m.end() if end_m else 0)
            return DatelineDay(month, day, pos, pos + end)
    return None


# A dateline, dated or not: PLACE in capitals, an optional region or date, an optional
# (Agency), a dash; a plain hyphen only after the (Agency), as wire copy writes it
# ("ACCRA, Jan. 29 (Wire) - ").
_BARE_DATELINE = re.compile(
    rf"^\s*(?P<place>{_LETTER}(?:{_LETTER}|[ .'’\-]){{2,40}}?)(?:,[^—–()\n]{{0,40}}?)?"
    r"\s*(?:(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--)|\([^()\n]{1,40}\)\s*-(?=\s))\s*"
)


def dateline_length(text: str) -> int:
    """How many characters of ``text`` a dateline that opens it takes ("HOUSTON — ",
    "BRAGANÇA, Portugal (Wire) — "), dated or not; 0 when it does not open with one."""
    head = text[:120]
    if not (text[:3].strip().isupper() and ("—" in head or "–" in head or "-" in head)):
        return 0  # a dateline opens with capitals and has a dash: skip the pattern's search
    m = _BARE_DATELINE.match(text)
    if m is None or not m.group("place").strip(" .'’-").isupper():
        return 0
    return m.end()


def dateline_place(text: str) -> tuple[int, int] | None:
    """Offsets of the place in capitals that opens a dateline in the article's first lines
    ("CLUJ-NAPOCA" of "CLUJ-NAPOCA, Romania, Sept. 4 (Wire) —"), or None."""
    for pos, line in _lines(text):
        if dateline_length(line):
            m = _BARE_DATELINE.match(line)
            assert m is not None  # dateline_length matched it
            place = m.group("place").rstrip(" .'’-")
            start = (
                pos + m.start("place") + (len(m.group("place")) - len(m.group("place").lstrip()))
            )
            return start, pos + m.start("place") + len(place)
    return None


def find_publication_date(text: str) -> date | None:
    """The publication date stated in the article's first lines, or None."""
    mark = find_publication_mark(text)
    return mark.date if mark else None
