"""Fixes from batch AS (seeds 192-195): "the end of the summer term" is one date; "and say"
parts what they say from the deed; "the Commission" after "the European Commission" is that
body; "approved X's plan to buy" is no plan of the approval."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.timex import tag_timexes

DAY = date(2026, 3, 4)  # a Wednesday


def test_the_end_of_a_season_term_is_one_date() -> None:
    (term,) = tag_timexes("The school will close at the end of the summer term.", DAY)
    assert (term.text, term.value, term.mod) == ("the end of the summer term", "2026-SU", "END")


def test_and_say_parts_what_they_say_from_the_deed() -> None:
    (handed,) = events_of(
        "Parents handed a petition to the council in Aberaeron last month and say they will "
        "ask ministers to review it.",
        DAY,
    )
    assert handed.modality in ("asserted", "reported")


def test_the_head_word_of_a_body_named_in_full_is_that_body() -> None:
    x = extract(
        "EU\n\nThe European Commission approved the merger on Tuesday. The Commission opened "
        "its inquiry in January.",
        DAY,
    )
    opened = next(e for e in x.events if e.date.value == "2026-01")
    assert "European Commission" in opened.actors


def test_approving_someone_s_plan_is_no_plan() -> None:
    (approved,) = events_of("The regulator approved Halden's plan to buy Varna on Tuesday.", DAY)
    assert approved.modality == "asserted"
