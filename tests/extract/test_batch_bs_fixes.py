"""Fixes from batch BS (seeds 287-290): a journal named after its kind publishes the study; a
plural present verb with an object before "on Monday" is a plan; a participle after a plural
noun in a sentence about what is to come does not make its date past."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract.timex import tag_timexes

DAY = date(2026, 7, 2)  # a Thursday


def test_a_journal_named_after_its_kind_publishes_the_study() -> None:
    events = events_of(
        "Coral reefs are bleaching faster than thought, according to a study published on "
        "Wednesday in the journal Coralline.",
        DAY,
    )
    assert [(e.date.value, e.actors) for e in events] == [("2026-07-01", ("Coralline",))]


def test_a_plural_present_verb_with_an_object_before_the_day_is_a_plan() -> None:
    found = tag_timexes("The players begin their training camp in Austria on Monday.", DAY)
    assert [t.value for t in found] == ["2026-07-06"]


def test_a_participle_after_a_plural_noun_in_a_future_sentence_stays_to_come() -> None:
    found = tag_timexes("Residents will see the new rate on bills sent in December.", DAY)
    assert [t.value for t in found] == ["2026-12"]
    # in a past sentence it is past
    found = tag_timexes("Residents saw the new rate on bills sent in March.", DAY)
    assert [t.value for t in found] == ["2026-03"]
