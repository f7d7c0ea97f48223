"""Tagger fixes from the second held-out set (tests/timex/heldout2): a live report's clock
heading alone on its line opens an entry of the report's own day."""

from __future__ import annotations

from tracker.extract.timex import tag_timexes


def test_a_clock_heading_alone_on_its_line_is_the_reports_day() -> None:
    text = (
        "Election day live\n\n10:40\nThe prime minister held his final rally on Sunday.\n\n"
        "12:05\nStations stay open from 7 a.m. until the close.\n"
    )
    values = {t.text: t.value for t in tag_timexes(text, "2026-04-21")}
    assert values["10:40"] == "2026-04-21T10:40"
    assert values["Sunday"] == "2026-04-19"
    # the day the entry before told of is not the next entry's
    assert values["12:05"] == "2026-04-21T12:05"
    assert values["7 a.m."] == "2026-04-21T07:00"


def test_a_clock_in_running_text_is_no_heading() -> None:
    assert [
        t.text for t in tag_timexes("The final score was\n2:1\nafter extra time.", "2026-04-21")
    ] == []


def test_a_span_named_by_weekdays_ends_after_it_starts() -> None:
    text = "The service issued a warning valid from 6 p.m. on Thursday until noon on Saturday."
    values = [t.value for t in tag_timexes(text, "2026-01-15")]
    assert values == ["2026-01-15T18:00", "2026-01-17T12:00"]


def test_an_adjective_in_ed_or_the_last_is_no_past_verb() -> None:
    text = (
        "Rail operators said today that they would run a reduced timetable on Friday, "
        "with the last trains leaving at 8 p.m."
    )
    values = {t.text: t.value for t in tag_timexes(text, "2026-01-15")}
    assert values["Friday"] == "2026-01-16"
    assert values["8 p.m."] == "2026-01-16T20:00"


def test_a_time_of_day_ends_its_sentence_before_a_capitalised_word() -> None:
    text = (
        "Operators will run a reduced timetable on Friday, with trains leaving at 8 p.m. "
        "Several airports warned of delays."
    )
    values = {t.text: t.value for t in tag_timexes(text, "2026-01-15")}
    assert values["8 p.m."] == "2026-01-16T20:00"
    # but not before a weekday: "at 8 p.m. Tuesday" is one time
    (t,) = tag_timexes("The vote closed at 8 p.m. Tuesday.", "2026-01-15")
    assert t.value == "2026-01-13T20:00"


def test_should_looks_ahead() -> None:
    text = "Results rose. If they can do this now, the fourth quarter should be strong."
    values = {t.text: t.value for t in tag_timexes(text, "2026-05-28")}
    assert values["the fourth quarter"] == "2026-Q4"
