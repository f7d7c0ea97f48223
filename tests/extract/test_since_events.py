"""What has gone on since a point in time runs from that date to the article's."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract


def _events(text: str, day: date) -> list[tuple[str | None, str | None, str, str]]:
    return [
        (
            e.date.start.isoformat() if e.date.start else None,
            e.date.end.isoformat() if e.date.end else None,
            e.title,
            e.rule,
        )
        for e in extract("News\n\n" + text, day).events
    ]


def test_a_perfect_since_a_date_runs_to_the_article_date() -> None:
    events = _events("Strikes have been held across Ruvia since November 2024.", date(2025, 3, 10))
    assert events[0][:2] == ("2024-11-01", "2025-03-10")


def test_a_past_since_a_date_is_left_as_it_is() -> None:
    events = _events("The plant was shut in November 2024.", date(2025, 3, 10))
    assert events[0][:2] == ("2024-11-01", "2024-11-30")


def test_a_since_clause_dates_its_own_event_and_the_main_clause_runs_from_it() -> None:
    events = _events(
        "Strikes have been held across Ruvia since a roof collapsed in Tarsk in November 2024, "
        "killing 16 people.",
        date(2025, 3, 10),
    )
    spans = {title: (start, end) for start, end, title, _ in events}
    assert spans["A roof collapsed in Tarsk"] == ("2024-11-01", "2024-11-30")
    assert spans["Strikes have been held across Ruvia"] == ("2024-11-01", "2025-03-10")


def test_since_then_runs_from_the_date_the_sentence_before_gave() -> None:
    events = _events(
        "The truce was agreed on May 30 in Tarsk. Since then, the sides have exchanged 23 "
        "prisoners.",
        date(2025, 6, 20),
    )
    assert ("2025-05-30", "2025-06-20", "The sides have exchanged 23 prisoners", "since") in events


def test_since_then_without_a_perfect_tells_nothing_new() -> None:
    events = _events(
        "The truce was agreed on May 30 in Tarsk. Since then, the talks stalled.",
        date(2025, 6, 20),
    )
    assert [rule for *_, rule in events] == ["dated-clause"]
