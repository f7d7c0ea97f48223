"""Which time expressions of a sentence date an event, and the DateRef each gives: not
baselines of a comparison, stretch ends, years that describe a thing, nor an expression that
only restates a day named beside it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tracker.extract.datafiles import word_list
from tracker.extract.event_clauses import clause_around
from tracker.extract.model import DateRef, Sentence
from tracker.extract.nocase import caseless_lower, lowered
from tracker.extract.spans import ends_with_word
from tracker.extract.timex import Timex
from tracker.extract.timex.values import interval, point, shift

EVENT_TIMEX_TYPES = frozenset({"DATE", "TIME"})


# "now", "in the future": a state or a prospect, not a date something happened on.
NOT_EVENT_DATES = frozenset({"PRESENT_REF", "FUTURE_REF"})


def dates_an_event(timex: Timex, published: date | None) -> bool:
    """A date or time that ends somewhere, or a stretch with both ends that runs up to the
    article's date ("over the past two decades"); not "now", "in the future", a bare length
    nor a stretch ahead ("over the next decade" is a forecast, not something that happened).
    A plan "in the coming weeks" is dated by the weeks it reaches (a bounded FUTURE_REF)."""
    if timex.interval_end is None:
        return False
    if timex.value in NOT_EVENT_DATES and not (
        timex.value == "FUTURE_REF" and timex.interval_start is not None
    ):
        return False
    if timex.type in EVENT_TIMEX_TYPES:
        return True
    return (
        timex.type == "DURATION"
        and timex.interval_start is not None
        and published is not None
        and timex.interval_end <= published
    )


# The date of a figure something is compared with ("slowed to 4.1% from 4.6% in September",
# "grew 5% compared with 4.6% a year earlier", "higher than a year earlier"): a baseline, not
# the date of an event.
_BASELINE = re.compile(
    r"(?:\b(?:compared\s+(?:with|to)|from|versus|vs\.?|against)\s+"
    # "fell to 2.9% from a peak of 18.4% in February 2023"
    r"(?:(?:a|an|the|its)\s+(?:peak|high|low|record|level|rate|figure|total|loss|profit|gain|"
    r"deficit|surplus)\s+of\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under)\s+)?(?:[$€£]\s?)?"
    # a figure and its unit ("from 4.6%", "from 17.1 million tonnes"); after a share, where it
    # was ("down from 67% at the last election in June 2020")
    # (not a verb after the noun: "Negotiators from nearly 200 countries agreed early on Sunday")
    r"\d(?:[\d,.]*\d)?(?:\s*(?:(?:%|percent\b|per\s+cent\b)(?:\s+[a-z]+\b){0,4}|(?![a-z]+ed\b)[a-z]+\b)){0,2}\s+"
    r"|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\brather\s)\bthan\s+"
    # "more than in the whole of 2024": "more than" comparing with a period, not a figure
    r"|\bthan\s+(?:in|during)\s+(?:(?:all|the\s+whole|the\s+rest|the\s+same\s+period)\s+of\s+)?"
    # "a premium of 27% over Monday's closing price"
    r"|\b(?:premium|discount)\s+of\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:over|to|on)\s+"
    # "at a 31% premium to its closing price on Friday"
    # ("a 38% premium to Fjordlink's closing price on Monday")
    r"|\b(?:premium|discount)\s+(?:to|over|on)\s+(?:its|the|their|[\w-]+['’]s)\s+(?:[a-z]+\s+){0,2}"
    r"(?:price|close|level)\s+"
    # "its third cut since May": a count since then
    # (not across a relative clause: "the second suspect who has been held since March")
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))\s+"
    r"(?:(?!(?:who|which|that|has|have|had|was|were)\b)[a-z]+\s+|it\s+ha[sd]\s+){0,7}since\s+"
    # "for the first time since 2019", "its lowest level since March"
    # ("its first container ship through the Suez Canal since early 2024", "the first formal
    # summit in Tokyo between the two countries since 2011")
    r"|\b(?:first(?:\s+time)?|highest|lowest|biggest|largest|smallest|strongest|weakest|worst|"
    r"best|deadliest|fewest)\b(?:\s+[A-Za-z][\w.-]*){0,8}\s+since\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    # "rose 9% in December from a month earlier", "fell from the previous quarter"
    # (a figure between: "will be higher from Jan. 1" starts something)
    r"|\b(?:rose|fell|increased|decreased|grew|dropped|declined|climbed|jumped|slipped|gained|"
    r"lost|up|down|higher|lower)\b[^,;]{0,30}?(?:\d|percent)[^,;]{0,30}\bfrom\s+"
    r"|\b(?:unchanged|steady|flat)\s+from\s+"
    # "up from 36,280 in 2021 and about 16,000 in 1989": the baselines listed after the first
    r"|\bfrom\s+(?:about\s+)?[$€£]?\d(?:[\d,.]*\d)?[^;]{0,40}\band\s+(?:(?:about|around|some|nearly|"
    r"almost|roughly)\s+)?[$€£]?\d(?:[\d,.]*\d)?\s*(?:%|percent|[a-z]+)?\s+"
    # "the second-lowest since satellite records began in 1979"
    r"|\bsince\s+(?:[a-z]+\s+){0,2}records\s+(?:began|started)\s+"
    # "Compared with a year earlier, output was down 0.5%": the period compared with
    r"|\bcompared\s+(?:with|to)\s+"
    # "the third-warmest June, behind June 2024 and June 2023": the periods ranked above
    r"|\bbehind\s+(?:only\s+)?(?:[^,;]{0,30}\s+(?:and|or)\s+)?)"
    # "down from 106,000 in the same period of 2023"
    r"(?:(?:in|on|at|during|for)\s+(?:the\s+same\s+[a-z]+\s+(?:of|in|last)\s+)?)?$",
    re.I,
)


_BASELINE_WORDS = (
    "behind",
    "compared",
    "from",
    "versus",
    "vs",
    "against",
    "than",
    "since",
    "premium",
    "discount",
)


# "the monsoon usually ends in late September"; not a manner ("operating normally since
# Monday", "functioned normally until").
_HABITUAL = re.compile(
    r"\b(?:usually|typically|(?<!ing\s)(?<!ed\s)normally|generally|traditionally|customarily)\b"
    r"[^,;.]{0,50}$",
    re.I,
)


_HAPPENED_BEFORE = re.compile(
    # ("the raid recalls the 2019 theft of jewels")
    r"\b(?:after|since|during|in|following|until|recalls?|recalled|echoe[sd]|evokes?|like)"
    r"\s+the\s+$",
    re.I,
)


# ", reflecting cheaper gas over the winter": a participle that relates the clause to a
# state of things, whose date is that state's
_RELATING = re.compile(
    r",\s+(?:reflecting|mirroring|meaning|suggesting|indicating|underscoring|underlining|"
    r"highlighting|signalling|signaling)\b[^,;]*$"
)


# "Bolwerk, based in Utrecht, had sales of 1.4 billion euros in 2024": what a body had over a
# period is a standing figure, not an event
_HAD_A_FIGURE = re.compile(
    r"\bhad\s+(?:(?:annual|total|net|gross|combined)\s+)?(?:sales|revenues?|turnover|income|"
    r"profits?|earnings|assets|debts?|a\s+(?:population|workforce|turnover|budget)|"
    r"(?:about|around|some|nearly|almost|more\s+than\s+)?[\d,.]+\s+(?:million\s+|billion\s+)?"
    r"(?:employees|staff|workers|members|customers|subscribers|users|residents|inhabitants))\b"
    r"[^,;]{0,50}$"
)


# "the company, whose quarter ended Oct. 26, ...": the end of a reporting period
_PERIOD_END = re.compile(
    # ("its fiscal third quarter, which ended Oct. 31", "the year that ended in June")
    r"\b(?:quarter|year|half|period|month|week)s?,?\s+(?:that\s+|which\s+)?"
    r"(?:ended|ending|ends|end)\s+(?:on\s+|in\s+)?$"
)


_NTH_OF_A_PERIOD = re.compile(
    # ("the third exchange", not "lost a third of their value this year")
    r"\b(?:the|its|their|his|her)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    # ("the second minister to quit the caretaker government this year")
    r"ninth|tenth|\d+(?:st|nd|rd|th)|latest|last)\s+(?:(?!of\b)[a-z-]+\s+){1,7}"
    r"(?:so\s+far\s+)?$",
    re.I,
)


_AGE_OF_A_THING = re.compile(
    r"\b(?:(?:dating|dated|dates?)\s+(?:back\s+)?(?:from|to)\s+(?:the\s+)?"
    # "the plant in Utrecht, pictured in 2023": when a photograph was taken
    r"|(?:pictured|photographed)\s+(?:here\s+)?(?:in|on|during)\s+"
    # "best-before dates between 12/11/2025 and 30/11/2025": how long a product keeps
    r"|(?:best[- ]before|use[- ]by|sell[- ]by|expiry|expiration)\b[^.;]{0,40})$"
)


# How far before a date is_baseline reads: far enough for "the first formal summit in Tokyo
# between the two countries since 2011".
BASELINE_WINDOW = 100


# A century or decade a thing comes from: "gold coins from the 17th century", "a manuscript
# from the 1500s", "the church dates from the 12th century": a plural or "dates" before
# "from" ("the" may be left before the span). Not "from the 1950s, the town grew", nor "for the
# rest of the 19th century the canal carried coal": those date what happened.
_OF_AN_AGE = re.compile(r"\b[a-z]+s\s+from\s+(?:the\s+)?$")


# A figure right before a year, no preposition between ("6% this year"), in a list of figures
# each with its year ("6% this year and 4.5% next year"): terms of an offer or a forecast.
_FIGURE_RIGHT_BEFORE = re.compile(
    r"\d(?:%|\s?(?:percent|per\s+cent)|\s(?:million|billion|trillion))\s+$"
)
_AND_A_FIGURE_BEFORE = re.compile(r"\band\s+(?:a\s+further\s+|another\s+)?[$€£]?\d[^\s]*\s+\S*\s*$")
_AND_A_FIGURE_AFTER = re.compile(r",?\s+and\s+(?:a\s+further\s+|another\s+)?[$€£]?\d")


# Nouns of published figures a month may name the period of ("February payrolls").
_DATA_NOUNS = frozenset(
    (
        "payrolls",
        "figures",
        "data",
        "statistics",
        "numbers",
        "jobs",
        "readings",
        "trade",
        "record",
        "records",
        "average",
        "high",
        "low",
    )
)


def is_baseline(sentence: Sentence, timex: Timex) -> bool:
    """Whether ``timex`` dates the figure a comparison starts from (see _BASELINE), or what
    usually happens then ("the monsoon usually ends in late September"): no event of its own."""
    at = timex.start - sentence.start
    before = sentence.text[max(0, at - BASELINE_WINDOW) : at]
    lower = caseless_lower(before)
    if lower is None or _FAST_HABITUAL is None or _FAST_BASELINE is None:
        habitual = _HABITUAL.search(before) is not None
    else:  # the same pattern on the lower-cased text (nocase.py); its words all have these
        habitual = "ally" in lower or "arily" in lower
        habitual = habitual and _FAST_HABITUAL.search(lower) is not None
    if timex.text.lower().startswith(("this ", "so far this ")) and _NTH_OF_A_PERIOD.search(before):
        return True  # "It was the third exchange this year": a count within the period
    if (
        timex.precision == "year"
        and _FIGURE_RIGHT_BEFORE.search(before)
        and (
            _AND_A_FIGURE_BEFORE.search(before)
            or _AND_A_FIGURE_AFTER.match(sentence.text, timex.end - sentence.start)
        )
    ):
        return True  # "an offer of 6% this year and 4.5% next year": figures' years
    if timex.precision in ("century", "decade") and _OF_AN_AGE.search(before):
        return True  # "40 gold coins from the 17th century": how old a thing is
    if timex.text.isalpha() and _SUPERLATIVE_BEFORE.search(before):
        return True  # "the third-warmest June", "the wettest summer": a kind of month, no date
    if _PERIOD_SUBJECT_BEFORE.search(sentence.text, max(0, at - 40), at) and _COPULA_AFTER.match(
        sentence.text, timex.end - sentence.start
    ):
        return True  # "Only 2024 was hotter", "Last year was the second-warmest": the period
    if (
        habitual
        or _AGE_OF_A_THING.search(before)
        or ("ing" in before and _RELATING.search(before))
        or ("had" in before and _HAD_A_FIGURE.search(before))
        or ("end" in before and _PERIOD_END.search(before))
    ):
        return True  # what usually happens; how old a thing or a photograph is
    low = before.lower() if lower is None else lower
    if not any(word in low for word in _BASELINE_WORDS):
        return False  # _BASELINE has one of these words
    if lower is None or _FAST_BASELINE is None:
        return _BASELINE.search(before) is not None
    return _FAST_BASELINE.search(lower) is not None


# A superlative right before a bare month or season: "the hottest June", "its third-warmest
# summer", "the most active hurricane season" (each such period, not one of them).
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+(?:[a-z]+-)?(?:[a-z]+est|most\s+[a-z]+|best|worst)\s+$", re.I
)


# A date that is the subject of "was" describes its period: "Only 2024 was hotter".
_PERIOD_SUBJECT_BEFORE = re.compile(
    # ("Globally, June 2025 was the third-warmest June": an adverb and a comma before)
    r"(?:^|[,;]\s+(?:and|but|while)\s+|^\W*(?-i:[A-Z])[a-z]+ly,\s+)\W*"
    r"(?:(?:Only|only|But|And|Yet|Even|So|Still)\s+)?$"
)
_COPULA_AFTER = re.compile(r"\s+(?:was|were|is|has\s+been|had\s+been|ranks?|ranked)\b")


_FAST_HABITUAL = lowered(_HABITUAL)
_FAST_BASELINE = lowered(_BASELINE)


def date_ref(timex: Timex, *, as_of: bool = False) -> DateRef:
    """The DateRef of a time expression, keeping the expression and its anchor."""
    return DateRef(
        value=timex.value,
        start=timex.interval_start,
        end=timex.interval_end,
        precision=timex.precision,
        expression=timex.text,
        anchor=timex.anchor,
        timex_start=timex.start,
        timex_end=timex.end,
        as_of=as_of,
    )


def stretch_to(ref: DateRef, sentence: Sentence, published: date | None) -> DateRef:
    """A state from the article's date to the date "until" names, when nothing dates its
    start: "schools will stay closed until Monday", "his contract runs until June 2027". Not
    the new date of what is put off ("delay the launch until the spring of 2027"), nor the
    end of a stretch whose start is named ("from March 1 until May 5")."""
    if published is None or ref.timex_start is None or ref.start is None or ref.start <= published:
        return ref
    if not ends_a_stretch_at(sentence.text, ref.timex_start - sentence.start, _UNTIL_ONLY):
        return ref
    return replace(ref, start=published)


_UNTIL_ONLY = re.compile(r"\b(?:until|till|through)\s+$", re.I)


def ends_a_stretch_at(text: str, at: int, until: re.Pattern[str]) -> bool:
    """Whether the date at ``text[at:]`` ends a stretch that starts before it: ``until`` (a
    pattern of "until"-like words) comes right before it, no "from"/"between" names the
    stretch's start, and it is not the new date of something delayed."""
    if not until.search(text, max(0, at - 12), at):
        return False
    if _FROM_BEFORE.search(text, max(0, at - 50), at):
        return False  # "from March 1 until May 5": the start is dated too
    return not _DELAYED.search(text, max(0, at - 90), at)


def as_of_ref(published: date) -> DateRef:
    """A DateRef meaning "true as of the article's date"."""
    return DateRef(published.isoformat(), None, published, "day", None, "dct", as_of=True)


# "arrested on March 10, two days after the ferry overturned": what the clause after the
# stretch tells happened that long before (or after) the sentence's day.
AFTER_BEFORE = re.compile(r"\s+(?P<rel>after|before)\s+(?=[\w\"“])")


COUNTED_STRETCH = re.compile(r"^P(\d+)(D|W|M|Y)$")


LENGTH_BEFORE = re.compile(r"\b(?:for|within|over|lasting)\s+$", re.I)


def offset_ref(
    base: date, stretch: re.Match[str], back: bool, expression: str, t: Timex
) -> DateRef | None:
    """The day (for days and a week or two), week, month or year (for counts of those, which
    news rounds) that lies the stretch before (``back``) or after ``base``; None past the
    calendar."""
    n, unit = int(stretch.group(1)), stretch.group(2)
    try:
        when = shift(base, unit, -n if back else n)
    except (ValueError, OverflowError):
        return None  # "10,000 years after"
    # (days, and a week or two, name a day; more weeks, months and years are rounded, so
    # their week, month or year: "11 weeks after" is that week)
    grain = "D" if unit == "D" or (unit == "W" and n <= 2) else unit
    first, last, precision = interval(value := point(when, grain))
    return DateRef(value, first, last, precision, expression, "narrative", t.start, t.end)


_OPENS_A_STRETCH = re.compile(r"\b(?:since|by|until|before)\s*$", re.I)


_FINE = ("day", "week", "month", "season", "quarter", "half", "year")


def read_in(year: Timex, d: Timex) -> bool:
    """Whether ``d`` was read in ``year``, a year the sentence named before it ("In 2019,
    floods in June ...": June was read in 2019)."""
    return (
        d.anchor == "narrative"
        and year.precision == "year"
        and year.start < d.start
        and year.interval_start is not None
        and year.interval_end is not None
        and d.interval_start is not None
        and year.interval_start <= d.interval_start <= year.interval_end
    )


def drop_enclosing(timexes: list[Timex], sentence: Sentence) -> list[Timex]:
    """ "Earlier this month, on March 8, ...": one event, dated by the precise expression. A
    relative expression whose interval holds a day named in the same sentence is dropped,
    unless "since", "by", "until" or "before" opens it ("recorded 214 cases since the start of
    the year, the institute said on Thursday", "approved the plan on Thursday, clearing the way
    to emerge by the end of the month": a stretch or a deadline of its own). So is a day named
    beside a time of that day ("at 3 a.m. on Saturday")."""
    days = [t for t in timexes if t.interval_start and t.precision in _FINE]

    def finer(d: Timex, t: Timex) -> bool:
        # a day within a coarser expression ("in March next year": March); a time of day on a
        # day named alone ("at about 3 a.m. on Saturday": one event, at 3 a.m.)
        if t.precision not in _FINE:  # a decade, a century
            return True
        if t.precision != "day":
            return _FINE.index(d.precision) < _FINE.index(t.precision)
        return d.type == "TIME" and t.type == "DATE" and d.interval_start == t.interval_start

    def apart(d: Timex, t: Timex) -> bool:
        # the two in different clauses: each dates its own; a participle clause after the
        # coarser date's ("derailed late on Monday, forcing residents out overnight"), not
        # before it ("will strike on Friday, forcing airlines to cancel flights this summer")
        first, last = (d, t) if d.start < t.start else (t, d)
        between = sentence.text[first.end - sentence.start : last.start - sentence.start]
        if _ANOTHER_CLAUSE.search(between) is not None:
            return True
        return first is t and _PARTICIPLE_CLAUSE.search(between) is not None

    seen = {t.value for t in timexes if t.anchor != "narrative"}
    # "In 2019, floods in June cut the line": June, read in 2019, is the finer date of it
    refined = {
        t.start
        for t in timexes
        for d in days
        if d.precision != "year" and read_in(t, d) and not apart(d, t)
    }
    return [
        t
        for t in timexes
        # "in 2024 ... for most of that year": the same date again
        if not (t.anchor == "narrative" and t.value in seen)
        and t.start not in refined
        and not (
            t.anchor == "dct"
            and not _OPENS_A_STRETCH.search(
                sentence.text, max(0, t.start - sentence.start - 12), t.start - sentence.start
            )
            and any(
                d is not t
                and t.interval_start is not None
                and t.interval_end is not None
                and t.interval_start <= d.interval_start <= t.interval_end  # type: ignore[operator]
                and finer(d, t)
                and not apart(d, t)
                for d in days
            )
        )
    ]


_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?!(?:during|including|according|morning|evening|nothing|something|anything|"
    r"everything|spring|thing|king|wedding|ceiling|housing)\b)[a-z]{3,}ing\s"
)


# Between two dates, a word that opens another clause: "passed a bill on Wednesday night ...
# after a debate that ran past midnight" tells two things.
_ANOTHER_CLAUSE = re.compile(
    # ("tried to buy it in 2024, but dropped the bid in November that year")
    # ("began vaccinating in April, then paused the campaign on April 26")
    # ("was lifted out in late May, and the ship was refloated on May 20": a clause with a
    # subject of its own after ", and")
    r"\b(?:that|which|who|after|before|when|while|because|until)\b|,\s+(?:but|then)\b"
    r"|,\s+and\s+(?:the|a|an|its|their|his|her|(?-i:[A-Z])[\w'’-]*)\s+(?:[\w'’,-]+\s+){0,5}?"
    r"(?:was|were|is|are|has|have|had|will|would|[a-z]{3,}ed)\b"
)


# "approved the 2027 budget", "below the 2026 plan": a year that describes a thing.
# (opening the sentence too: "Her 1984 recording won an award the following year")
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Ww]hose)|['’]s)\s+$"
)


_INSTRUMENT_FOR = re.compile(r"\b([a-z]+)\s+for\s+$")
# A holiday's name before a noun it qualifies names that thing: "the Christmas recess".
_HOLIDAYS = frozenset(
    ("christmas", "easter", "thanksgiving", "ramadan", "eid", "hanukkah", "diwali", "passover")
)
_HOLIDAY_THING = re.compile(
    r"\s+(?:recess|break|holidays?|season|period|rush|markets?|shopping|truce|ceasefire|message|"
    r"address|speech|services?|party|parties|lights|dinner|lunch|trees?|sales|bonus|cards?|"
    r"deliveries|delivery|orders|trading|travel|traffic|getaway|weekend|demand|spending)\b"
)
_WEEKDAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)
# What makes a weekday the day something happens: "on Sunday", "last Sunday", "by Sunday".
_DAY_LEAD = re.compile(
    r"\b(?:on|last|next|this|by|until|till|since|from|before|after|early|late|each|every)\s+$",
    re.I,
)


# Nouns after a period that make it a reference, no time of a happening ("the 1991-2020
# average", "pre-2019 levels").
_REFERENCE_NOUNS = frozenset(
    ["average", "averages", "norm", "norms", "mean", "baseline", "baselines", "level", "levels"]
)
_RESULTS_FOR = re.compile(r"\bfor\s+(?:(its|the|their)\s+)?(?:fiscal\s+|financial\s+)?$")
# A verb of figures reported earlier in the sentence: "Norvane reported a net loss of $48.2
# million for the quarter" (the figures' period; the report is the article's news)
_FIGURES_REPORTED = re.compile(
    r"\b(?:reported|posted|booked|recorded|announced)\s+(?:a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:loss|profit|income|revenue|revenues|sales|earnings|results)\b"
)


_NOUN_AFTER = re.compile(r"\s+([a-z][\w-]*)")
_TWO_NOUNS_AFTER = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
# A period written as an adjective: "third-quarter", "first-half", "full-year".
_PERIOD_ADJECTIVE = re.compile(
    r"(?i:(?:first|second|third|fourth|full|1st|2nd|3rd|4th)-(?:quarter|half|year))"
)


# "extended the tax until the end of 2027": how long it lasts, not when it happened.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to|into)\s+$", re.I)


_JOINED_BETWEEN = re.compile(r",?\s+(?:or|and)\s+$")
_STRETCH_BETWEEN = re.compile(r"\s+(?:into|to|until|till|through)\s+")
_TIME_RANGE_BETWEEN = re.compile(r"\s+(?:to|until|till|and)\s+|\s*[-–]\s*")


def joined_dates(timexes: list[Timex], sentence: Sentence) -> list[Timex]:
    """ "landfall late Wednesday or early Thursday", "in May or June", "inspections in 2016 and
    2017", "from 10 a.m. to 6 p.m.": one date spanning both."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        between = (
            sentence.text[prev.end - sentence.start : t.start - sentence.start] if prev else ""
        )
        if (
            (
                prev is not None
                and prev.type == t.type == "DATE"
                and prev.precision == t.precision
                and prev.interval_start is not None
                and t.interval_end is not None
                and prev.interval_start <= t.interval_end
                and _JOINED_BETWEEN.fullmatch(between)
            )
            or (
                # "from June 28 into early July": one stretch, whatever the two ends' precision
                prev is not None
                and prev.type == t.type == "DATE"
                and prev.interval_start is not None
                and t.interval_end is not None
                and prev.interval_start <= t.interval_end
                and _STRETCH_BETWEEN.fullmatch(between)
                and sentence.text[: prev.start - sentence.start].rstrip().lower().endswith("from")
            )
            or (
                # "from 10 a.m. to 6 p.m.": one stretch of one day
                prev is not None
                and prev.type == t.type == "TIME"
                and prev.interval_start == t.interval_start
                and _TIME_RANGE_BETWEEN.fullmatch(between)
            )
        ):
            assert prev is not None
            out[-1] = replace(
                prev,
                end=t.end,
                text=sentence.text[prev.start - sentence.start : t.end - sentence.start],
                interval_end=t.interval_end,
                parts=(prev, t),
            )
            continue
        out.append(t)
    return out


def drop_secondary(timexes: list[Timex], sentence: Sentence) -> list[Timex]:
    """Drop a year that only describes a thing ("approved the 2027 budget early on Thursday")
    where the sentence has another date or the thing is an instrument ("under a 2023 law"),
    and the end of a stretch ("extended the tax on Wednesday until the end of 2027") where its
    clause has another date: neither dates an event."""
    text, base = sentence.text, sentence.start

    def describes_a_thing(t: Timex, alone: bool = False) -> bool:
        before = text[max(0, t.start - base - 12) : t.start - base]
        at = t.start - base
        owner = (
            _INSTRUMENT_FOR.search(text, max(0, at - 30), at)
            if ends_with_word(text, ("for",), max(0, at - 30), at)
            else None
        )
        if (
            t.type == "DATE"
            and owner
            and owner.group(1) in word_list("lexicon.yaml", "instrument_nouns")
        ):
            return True  # "its forecast for 2025", "the budget for next year"
        noun = _NOUN_AFTER.match(text, t.end - base)
        if (
            noun is not None
            and noun.group(1) in word_list("lexicon.yaml", "event_nouns")
            and ends_with_word(text, ("the",), max(0, at - 24), at, caseless=True)
            and _HAPPENED_BEFORE.search(text, max(0, at - 24), at)
        ):
            return False  # "after the 1989 revolution": a happening of that year (not "its
            # candidate for the 2026 election")
        if t.text.lower() in _HOLIDAYS and _HOLIDAY_THING.match(text, t.end - base):
            return True  # "before the Christmas recess begins on Dec. 18": a recess, no day
        if noun is not None and noun.group(1) in _REFERENCE_NOUNS:
            return True  # "2.8C above the 1991-2020 average": a reference period
        if (
            t.text in _WEEKDAYS
            and noun is not None
            and noun.group(1) not in word_list("lexicon.yaml", "weekday_followers")
            and not _DAY_LEAD.search(before)
        ):
            return True  # "restored Sunday library service": a kind of service, no day
        if (
            not alone
            and t.precision == "month"
            and t.text.isalpha()
            and noun is not None
            and _DETERMINER_BEFORE.search(before) is not None
        ):
            return True  # "will publish the euro zone's June unemployment figures on July 31"
        if (
            t.precision == "month"
            and t.text.isalpha()
            and noun is not None
            and (
                noun.group(1) in _DATA_NOUNS
                or noun.group(1) in word_list("lexicon.yaml", "measure_nouns")
            )
        ):
            return True  # "publishes February payrolls": the month the figures are of
        results_for = _RESULTS_FOR.search(text, max(0, t.start - base - 24), t.start - base)
        if (
            t.precision in ("quarter", "half", "year")
            and results_for is not None
            # ("planned for 2027": a year with no determiner is a plan's)
            and (results_for.group(1) is not None or t.precision != "year")
            and (not alone or _FIGURES_REPORTED.search(text, 0, t.start - base) is not None)
        ):
            return True  # "reported revenue of $14.2 billion for its fiscal third quarter on
            # Wednesday": the period the figures cover
        if (
            not alone
            and t.type == "DATE"
            and _PERIOD_ADJECTIVE.fullmatch(t.text)
            and noun is not None
            and _DETERMINER_BEFORE.search(before) is not None
        ):
            return True  # "will present its third-quarter results on Nov. 5": whose results
        if not (
            t.type == "DATE"
            and t.text.isdigit()
            and len(t.text) == 4
            and _DETERMINER_BEFORE.search(before) is not None
            and noun is not None
        ):
            return False
        if not alone:
            return True
        # "under a 2023 law", "the 2021 labour reform": an instrument, or a compound whose
        # head is one
        nouns = _TWO_NOUNS_AFTER.match(text, t.end - base)
        instruments = word_list("lexicon.yaml", "instrument_nouns")
        return nouns is not None and any(n in instruments for n in nouns.groups() if n)

    def ends_a_stretch(t: Timex) -> bool:
        if not ends_a_stretch_at(text, t.start - base, _UNTIL_BEFORE):
            return False
        clause_start, clause, _ = clause_around(sentence, t.start, t.end)
        end = clause_start + len(clause)
        return any(  # another date (a length alone dates nothing: "the 12 months to August";
            # nor does the day of a saying: "..., the office said on Wednesday")
            o is not t
            and o.interval_start is not None
            and clause_start <= o.start
            and o.end <= end
            and not _SAID_ON.search(text, max(0, o.start - base - 20), o.start - base)
            for o in timexes
        )

    def same_moment(t: Timex) -> bool:
        # "at 14:30 local time (1330 GMT)": the moment again, in another zone
        return t.type == "TIME" and any(
            o is not t
            and o.type == "TIME"
            and _BRACKETED_AFTER.fullmatch(text, o.end - base, t.start - base)
            for o in timexes
        )

    def a_reference_point(t: Timex) -> bool:
        # "reopen on Sept. 15 after the summer holiday", "strike from 1 to 5 December, before
        # Christmas": the holiday only places the day (not "returned after the 1989
        # revolution and in 1998 founded ...")
        if not _BEFORE_OR_AFTER_THE.search(text, max(0, t.start - base - 16), t.start - base):
            return False
        clause_start = clause_around(sentence, t.start, t.end)[0]
        return any(  # a day named before it, in its clause
            o is not t
            and clause_start <= o.start
            and o.end <= t.start
            and not _BEFORE_OR_AFTER_THE.search(text, max(0, o.start - base - 16), o.start - base)
            for o in timexes
        )

    if len(timexes) < 2:
        # "under a 2023 law": a law, a plan, a budget is no happening of that year
        return [t for t in timexes if not describes_a_thing(t, alone=True)]

    def in_a_condition(t: Timex) -> bool:
        # "warned last week that yields could fall if rain does not arrive by May": the date
        # is the condition's, and another date dates what is told
        condition = _IF_BEFORE.search(text, max(0, t.start - base - 80), t.start - base)
        # ("if no deal was reached it would strike again from 1 to 5 December": the main
        # clause has begun, with no comma before it)
        return condition is not None and not _MAIN_AFTER_IF.search(condition.group(0))

    def a_run_up(t: Timex) -> bool:
        # "halting production for three weeks in the run-up to Christmas" under "November
        # 2025:": the time before the holiday, which another date dates
        return _RUN_UP_TO.search(text, max(0, t.start - base - 30), t.start - base) is not None

    kept = [
        t
        for t in timexes
        if not (
            describes_a_thing(t)
            or ends_a_stretch(t)
            or a_reference_point(t)
            or same_moment(t)
            or in_a_condition(t)
            or a_run_up(t)
        )
    ]
    return kept or timexes


# A condition that runs on to the date: "... if rain does not arrive by".
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+[^,;:.]*$")
_MAIN_AFTER_IF = re.compile(
    r"\s(?:it|they|we|he|she|I|you)\s+(?:would|will|could|might|may|shall|must|can)\s"
)


_BRACKETED_AFTER = re.compile(r"(?:\s+local\s+time)?\s*\(")


_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|told\s+\w+)\s+(?:on\s+)?$")


_RUN_UP_TO = re.compile(r"\bthe\s+(?:run|lead|build)[\s-]up\s+to\s+(?:the\s+)?$", re.I)


_BEFORE_OR_AFTER_THE = re.compile(r"\b(?:after|following|before|ahead\s+of)\s+(?:the\s+)?$", re.I)


# "delay the launch of a small SUV until the spring of 2027": the new date of what is put off.
_DELAYED = re.compile(
    r"\b(?:delay|postpone|defer|put\s+off|push\s+back|move|reschedule)[a-z]*\b[^,;]{0,60}$", re.I
)


# "from March 1 until": the stretch's start is dated too, so its end goes with it.
# (a date, not a place: "suspended trains between Paris and Bordeaux until Tuesday")
_FROM_BEFORE = re.compile(
    r"\b(?:from|between)\s+(?=[^,;]{0,40}$)[^,;]*?(?:\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\b(?:today|tomorrow|now|then)\b)",
    re.I,
)
