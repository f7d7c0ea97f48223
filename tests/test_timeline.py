"""Grouping the chronology into sections."""

import datetime as dt

from tracker.store.views import EventView, SourceView
from tracker.timeline import build_timeline


def event(
    id: int,
    date: str,
    start: dt.date | None,
    end: dt.date | None,
    precision: str,
    *,
    as_of: bool = False,
) -> EventView:
    source = SourceView(1, "A quote.", 0, 9, "Dam story")
    return EventView(
        id,
        date,
        start,
        end,
        precision,
        f"event {id}",
        "other",
        "asserted",
        0.5,
        as_of,
        None,
        (),
        (),
        (source,),
    )


def test_sections_by_month_year_and_span() -> None:
    aug10 = dt.date(2021, 8, 10)
    events = [
        event(1, "2001/2021", dt.date(2001, 1, 1), dt.date(2021, 12, 31), "year"),
        event(2, "2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31), "year"),
        event(3, "2021-08-10", aug10, aug10, "day"),
        event(4, "2021-08-10", None, aug10, "day", as_of=True),
        event(5, "PAST_REF", None, aug10, "unknown"),
        event(6, "XXXX-SP", None, None, "unknown"),
    ]
    sections = build_timeline(events)
    assert [(s.heading, [e.event_id for e in s.entries]) for s in sections] == [
        ("2001–2021", [1]),
        ("2021", [2]),
        ("August 2021", [3, 4, 5]),
        ("Undated", [6]),
    ]
    assert [e.when for e in sections[2].entries] == [
        "Aug. 10, 2021",
        "as of Aug. 10, 2021",
        "before Aug. 10, 2021",
    ]


def test_dates_read_the_way_a_person_writes_them() -> None:
    from tracker.display import format_when
    from tracker.extract.timex.values import interval

    def shown(value: str) -> str:
        start, end, precision = interval(value)
        return format_when(value, start, end, precision)

    assert shown("2021-08-10") == "Aug. 10, 2021"
    assert shown("2021-SP") == "spring 2021"
    assert shown("2021-Q3") == "Q3 2021"
    assert shown("2023-H1") == "first half of 2023"
    assert shown("2024-W20-WE") == "weekend of May 18–19, 2024"
    assert shown("202") == "the 2020s"
