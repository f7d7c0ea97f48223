"""Fixes from batch BV (seeds 297-299): capitals that spell the initials of a name given
earlier are that name ("the Indian Space Research Organisation ... ISRO plans"); a name
before "plans to" is the subject of a verb."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of


def test_capitals_that_spell_an_earlier_names_initials_are_that_name() -> None:
    events = events_of(
        "The Baltic Marine Research Institute launched a survey ship on Monday. BMRI plans to "
        "launch two more in 2027.",
        date(2026, 10, 21),
    )
    plan = [e for e in events if e.date.value == "2027"]
    assert [e.actors for e in plan] == [("Baltic Marine Research Institute",)]
