"""Fixes from batch BZ (seeds 311-314): a clause after a semicolon with no date of its own
is an event of the date before it (in a list of key dates too), unless it only guesses; a
name spelled out before its short form in brackets is one name, which acts when it says "it"
did something; "The company, which ..., said" is said by the company, and "the company" is
none of the public bodies named before; an age set off after a name is not who speaks; a
government or talks that collapse are no disaster; an inquiry "into whether" something
happened is real; "as early as May" is a month; the clause after a colon that holds the date
is the title; a title ending in a quotation keeps its closing mark; a dateline city in
capitals is written as the article writes it."""

from __future__ import annotations

from datetime import date

from tests.helpers import events_of
from tracker.extract import extract
from tracker.extract.cues import find_attribution, modality
from tracker.extract.event_types import classify

DAY = date(2025, 9, 17)  # a Wednesday


def test_a_clause_after_a_semicolon_is_an_event_of_the_same_date() -> None:
    events = events_of(
        "Border guards closed the crossing at Karasu on Monday; hundreds of lorries queued "
        "on the highway.",
        DAY,
    )
    queue = [e for e in events if "lorries" in e.title]
    assert queue and queue[0].date.value == "2025-09-15"
    assert queue[0].rule == "semicolon-clause"


def test_each_clause_of_a_key_date_line_is_an_event() -> None:
    text = (
        "Key dates in the canal dispute.\n\n"
        "April 2021 — Paraguay opens the first lock; Argentina and Brazil ask for an "
        "environmental review.\n"
    )
    events = extract(text, DAY).events
    review = [e for e in events if "review" in e.title]
    assert review and review[0].date.value == "2021-04"
    assert {"Argentina", "Brazil"} <= set(review[0].actors)


def test_a_guess_after_a_semicolon_is_no_event() -> None:
    events = events_of("The central bank meets on Thursday; analysts expect a cut.", DAY)
    assert not [e for e in events if "analysts" in e.title.lower()]


def test_a_name_spelled_out_before_its_short_form_is_one_name() -> None:
    text = (
        "Jets grounded\n\nThe Civil Aviation and airports Safety Board (CASB) said it had "
        "grounded two jets on Monday. The CASB gave no reason."
    )
    x = extract(text, DAY)
    full = "Civil Aviation and airports Safety Board"
    assert {e.name for e in x.entities} == {full}
    (grounding,) = x.events
    assert full in grounding.actors


def test_the_company_with_a_relative_clause_says_and_acts() -> None:
    text = (
        "Halden Foods recalled 40,000 jars of baby food on Monday. The Food Standards Agency "
        "said the jars were safe. The company, which makes a third of the baby food sold in "
        "Norway, said it had traced the fault and would restart its lines in October."
    )
    x = extract(text, DAY)
    attribution = find_attribution(x.sentences[-1].text)
    assert attribution is not None and attribution.who == "The company"
    restart = [e for e in x.events if "restart" in e.title]
    assert restart and restart[0].title.startswith("Halden Foods would restart")
    assert "Halden Foods" in restart[0].actors


def test_an_age_after_a_name_is_not_the_speaker() -> None:
    attribution = find_attribution(
        "Lindqvist, 61, said on Tuesday that she would not seek another term."
    )
    assert attribution is not None and attribution.who == "Lindqvist"


def test_a_government_that_collapses_is_no_disaster() -> None:
    assert classify("The coalition government collapsed after a vote of no confidence") == (
        "election"
    )
    assert classify("The old footbridge collapsed under the crowd") == "disaster"


def test_an_inquiry_into_whether_something_happened_is_real() -> None:
    assert modality("Police opened an inquiry on Friday into whether the fire was set.", False) == (
        "asserted"
    )
    assert modality("It is not known whether the fire was set.", False) == "negated"


def test_as_early_as_a_month() -> None:
    (vote,) = events_of("Parliament could hold a vote as early as May.", DAY)
    assert vote.date.value == "2026-05"
    assert vote.title == "Parliament could hold a vote"
    assert vote.modality == "hypothetical"


def test_the_clause_after_a_colon_that_holds_the_date_is_the_title() -> None:
    (rise,) = events_of(
        "Markets took the news calmly: the yield on the 10-year bond rose by 0.03 points "
        "on Tuesday.",
        DAY,
    )
    assert rise.title.startswith("The yield on the 10-year bond rose")


def test_a_title_ending_in_a_quotation_keeps_its_closing_mark() -> None:
    (call,) = events_of('On Monday the minister called the decision "reckless".', DAY)
    assert call.title.endswith('"reckless"')


def test_a_dateline_city_is_written_as_the_article_writes_it() -> None:
    text = (
        "Fire near the coast\n\nPUERTO DE LA CRUZ, Spain — A fire broke out on Monday in the "
        "hills above Puerto de la Cruz, officials said."
    )
    x = extract(text, DAY)
    names = {e.name for e in x.entities}
    assert "Puerto de la Cruz" in names and "Puerto De La Cruz" not in names
