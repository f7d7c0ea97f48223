"""Fixes from batch AE (seeds 136-139): stock tickers, the sayer before a relative aside, a
saying dated after "in his speech", the first word of a name given in full opening a
sentence, and deeds named in the infinitive."""

from __future__ import annotations

from datetime import date

from tracker.extract import extract
from tracker.extract.cues import find_attribution
from tracker.extract.titles import make_title

DAY = date(2026, 3, 18)  # a Wednesday


def _events(body: str, published: date = DAY):
    return extract(f"News\n\n{body}", published).events


def test_a_stock_ticker_leaves_titles_and_subjects_alone() -> None:
    assert make_title("Orvik Marine ASA (OSE: ORVK) has agreed to buy a shipyard") == (
        "Orvik Marine ASA has agreed to buy a shipyard"
    )
    (deal,) = _events(
        "Orvik Marine ASA (OSE: ORVK) today announced that it has signed an agreement to "
        "acquire Tessel Yards AB."
    )
    assert "Orvik Marine ASA" in deal.actors and "Tessel Yards AB" in deal.actors


def test_the_sayer_is_the_name_before_a_relative_aside() -> None:
    said = find_attribution("Brewers Ireland, which represents pubs, said on Tuesday it would sue.")
    assert said is not None and said.who == "Brewers Ireland"


def test_a_saying_in_a_speech_on_a_day_is_reported() -> None:
    events = _events(
        "The government will raise the levy from next April, Finance Minister Ana Reis "
        "announced in her budget speech on Tuesday."
    )
    (speech,) = [e for e in events if e.date.value == "2026-03-17"]
    assert speech.modality == "reported"


def test_the_first_word_of_a_name_given_in_full_opens_a_sentence() -> None:
    events = _events(
        "Orvik Marine ASA bought a shipyard on March 16. Orvik will host a call on March 20."
    )
    (call,) = [e for e in events if e.date.value == "2026-03-20"]
    assert call.actors == ("Orvik Marine ASA",)


def test_the_period_compared_with_dates_nothing() -> None:
    events = _events(
        "Output fell in the first quarter. Compared with a year earlier, it was down 2%."
    )
    assert [e.title for e in events] == ["Output fell"]


def test_a_date_that_is_the_subject_stays_in_the_title() -> None:
    (summer,) = _events("Only the summer of 2012 saw less rain in Valencia.")
    assert summer.title == "Only the summer of 2012 saw less rain in Valencia"


def test_a_relative_that_is_no_reported_clause() -> None:
    (profit,) = _events(
        "The firm that runs the tunnel repaid its loans and earned a profit in 2024."
    )
    assert profit.title.startswith("The firm") and "earned a profit" in profit.title
