"""Fixes of gaps that earlier closing notes named but left open: "the next day" in a
past-tense sentence that would fall after the article's date is counted from the last day the
narrative named before that date; "the last week of the month" is seven days of the month
the narrative is at (not the week before the article's date)."""

from __future__ import annotations

from datetime import date

from tracker import tag_timexes

MONDAY = date(2026, 3, 23)


def test_the_next_day_of_a_past_deed_is_not_after_the_article_date() -> None:
    text = (
        "Two women were charged on Monday after a jeweller in Carlow was robbed last "
        "Friday. They appeared in court on Monday. A getaway van was found abandoned the "
        "next day."
    )
    values = {t.text: t.value for t in tag_timexes(text, MONDAY)}
    assert values["the next day"] == "2026-03-21"


def test_the_next_day_of_the_article_date_stays_in_a_future_sentence() -> None:
    text = (
        "The jeweller in Carlow was robbed last Friday. The two women appeared in court on "
        "Monday. They will be sentenced the next day."
    )
    values = {t.text: t.value for t in tag_timexes(text, MONDAY)}
    assert values["the next day"] == "2026-03-24"


def test_the_next_day_before_the_article_date_is_kept() -> None:
    text = (
        "The jeweller in Carlow was robbed last Friday. Police questioned staff on Saturday. "
        "A van was found the next day."
    )
    values = {t.text: t.value for t in tag_timexes(text, MONDAY)}
    assert values["the next day"] == "2026-03-22"


def test_the_last_week_of_the_month_is_seven_days_of_the_month_told_of() -> None:
    text = (
        "Rainfall in Greece in February was half the usual amount. Reservoirs fell to a "
        "record low in the last week of the month."
    )
    (week,) = [t for t in tag_timexes(text, date(2026, 3, 10)) if "week" in t.text]
    assert week.text == "the last week of the month"
    assert (week.interval_start, week.interval_end) == (date(2026, 2, 22), date(2026, 2, 28))


def test_the_last_week_of_the_month_in_the_past_is_not_to_come() -> None:
    # no month named: the DCT's month, whose last week is still to come, is not the one
    text = "Reservoirs in Greece fell to a record low in the last week of the month."
    (week,) = tag_timexes(text, date(2026, 3, 10))
    assert (week.interval_start, week.interval_end) == (date(2026, 2, 22), date(2026, 2, 28))
    (plan,) = tag_timexes("Talks will end in the last week of the month.", date(2026, 3, 10))
    assert (plan.interval_start, plan.interval_end) == (date(2026, 3, 25), date(2026, 3, 31))
