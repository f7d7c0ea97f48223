"""Behaviour of the temporal tagger on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.datafiles import RuleFileError
from tracker.extract.timex import tag_timexes
from tracker.extract.timex.ruleset import build_ruleset, load_ruleset, rules_dir

DCT = "2021-08-11"  # a Wednesday


def values(text: str, dct: str | None = DCT) -> list[str]:
    return [t.value for t in tag_timexes(text, dct)]


def only(text: str, dct: str | None = DCT):  # type: ignore[no-untyped-def]
    found = tag_timexes(text, dct)
    assert len(found) == 1, found
    return found[0]


def test_offsets_text_and_interval() -> None:
    text = "Troops held drills on Aug. 10, 2021 near the border."
    t = only(text)
    assert text[t.start : t.end] == t.text == "Aug. 10, 2021"
    assert (t.type, t.value, t.precision, t.anchor) == ("DATE", "2021-08-10", "day", "absolute")
    assert t.interval_start == t.interval_end == date(2021, 8, 10)
    assert t.rule.endswith(":month-day-year")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ministers met on Monday.", "2021-08-09"),
        ("The ministers will meet on Monday.", "2021-08-16"),
        ("They arrived in March, officials said.", "2021-03"),
        ("They plan to return in October.", "2021-10"),
        ("Prices rose last week.", "2021-W31"),
        ("Exports will grow next year.", "2022"),
        ("The truce collapsed two years ago.", "2019"),
        ("Officials met earlier this month.", "2021-08"),
        ("The talks are set to resume this spring.", "2021-SP"),
    ],
)
def test_relative_expressions_follow_the_dct_and_tense(sentence: str, value: str) -> None:
    assert only(sentence).value == value


def test_anaphora_follows_the_narrative() -> None:
    text = "The dam failed on March 3, 2024. The next day crews arrived, and two days later the water fell."
    # Narrative time moves: "two days later" counts from "the next day".
    assert values(text, "2024-03-14") == ["2024-03-03", "2024-03-04", "2024-03-06"]
    assert tag_timexes(text, "2024-03-14")[1].anchor == "narrative"


def test_without_a_dct_relative_values_stay_underspecified() -> None:
    text = "On Monday, in the spring, after Aug. 10, 2021, officials spoke yesterday."
    found = {t.text: t.value for t in tag_timexes(text, None)}
    assert found["Monday"] == "XXXX-WXX-1"
    assert found["the spring"] == "XXXX-SP"
    assert found["Aug. 10, 2021"] == "2021-08-10"
    assert "yesterday" not in found  # never the machine's today


def test_ranges_are_one_interval_with_parts() -> None:
    t = only("Rain fell from Aug. 5 to Aug. 10, 2021 across the region.", "2021-09-01")
    assert (t.interval_start, t.interval_end) == (date(2021, 8, 5), date(2021, 8, 10))
    assert [p.value for p in t.parts] == ["2021-08-05", "2021-08-10"]
    years = only("Growth slowed in 2001–2021 overall.")
    assert (years.interval_start, years.interval_end) == (date(2001, 1, 1), date(2021, 12, 31))
    days = only("The fair runs Aug. 5-7 in the old town.", "2021-07-01")
    assert (days.interval_start, days.interval_end) == (date(2021, 8, 5), date(2021, 8, 7))
    assert [p.text for p in days.parts] == ["Aug. 5", "7"]
    months = only("Talks ran between May and July, diplomats said.")
    assert months.interval_start == date(2021, 5, 1) and months.interval_end == date(2021, 7, 31)
    # said in May: each month alone would fall in a different year; the range keeps one year
    spring = only("Rain fell between May and July, farmers said.", "2024-05-15")
    assert (spring.interval_start, spring.interval_end) == (date(2023, 5, 1), date(2023, 7, 31))
    war = only("The plant ran from 1939 to 1945, when it closed.", "2024-05-15")
    assert [p.value for p in war.parts] == ["1939", "1945"]


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("mid-2021", "2021", "MID"),
        ("early 2021", "2021", "START"),
        ("the 1990s", "199", None),
        ("the 19th century", "18", None),
        ("fiscal 2021", "2021", None),
        ("the third quarter of 2021", "2021-Q3", None),
        ("8/10/2021", "2021-08-10", None),
        ("2021-08-10", "2021-08-10", None),
        ("10 August 2021", "2021-08-10", None),
        ("August 2021", "2021-08", None),
    ],
)
def test_absolute_forms(text: str, value: str, mod: str | None) -> None:
    t = only(f"It happened {text}, they said.")
    assert (t.value, t.mod) == (value, mod)


def test_day_first_option() -> None:
    assert [t.value for t in tag_timexes("Filed 8/10/2021.", None, day_first=True)] == [
        "2021-10-08"
    ]


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("for the past two decades", "DURATION", "P20Y"),
        ("for three hours", "DURATION", "PT3H"),
        ("for a decade", "DURATION", "P10Y"),
        ("delivered every weekday", "SET", "XXXX-WXX-1/5"),
        ("reviewed annually", "SET", "P1Y"),
        ("is now stable", "DATE", "PRESENT_REF"),
        ("was recently rebuilt", "DATE", "PAST_REF"),
        ("in the coming weeks", "DATE", "FUTURE_REF"),
    ],
)
def test_durations_sets_and_vague_references(text: str, type_: str, value: str) -> None:
    t = only(text)
    assert (t.type, t.value) == (type_, value)


def test_vague_references_get_a_usable_interval() -> None:
    recent = only("Rebels recently took the town.")
    assert recent.interval_end == date(2021, 8, 11) and recent.interval_start is None


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said it may rain.",
        "The March on the capital drew crowds.",
        "The Sun reported the story.",
        "She sought a second opinion.",
        "The army sent 2,000 troops.",
        "They drove down Route 66.",
        "The match ended 1-0.",
        "Call 555-2021 for tickets.",
        "Tickets cost $2021 each.",
        "Friday's Child played a set.",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert tag_timexes(text, DCT) == []


def test_broken_rule_files_are_reported_by_file_and_rule() -> None:
    files = {p.name: p.read_text(encoding="utf-8") for p in rules_dir("en").glob("*.yaml")}
    broken = dict(files, **{"zz.yaml": "rules:\n  - {id: bad, norm: date, pattern: '(unclosed'}\n"})
    with pytest.raises(RuleFileError, match=r"zz.yaml: rule 'bad': bad pattern"):
        build_ruleset("en", broken)
    unknown = dict(files, **{"zz.yaml": "rules:\n  - {id: odd, norm: guess, pattern: 'x'}\n"})
    with pytest.raises(RuleFileError, match=r"zz.yaml: rule 'odd': unknown normaliser 'guess'"):
        build_ruleset("en", unknown)
    duplicate = dict(
        files, **{"zz.yaml": "rules:\n  - {id: today, norm: date, pattern: 'today'}\n"}
    )
    with pytest.raises(RuleFileError, match=r"rule 'today': duplicated id"):
        build_ruleset("en", duplicate)
    placeholder = dict(
        files, **{"zz.yaml": "rules:\n  - {id: ph, norm: date, pattern: '{NOPE}'}\n"}
    )
    with pytest.raises(RuleFileError, match=r"unknown placeholder \{NOPE\}"):
        build_ruleset("en", placeholder)
    odd_timeml = dict(
        files, **{"zz.yaml": "rules:\n  - {id: tm, norm: date, pattern: 'x', timeml: maybe}\n"}
    )
    with pytest.raises(RuleFileError, match=r"rule 'tm': 'timeml' must be true, false or"):
        build_ruleset("en", odd_timeml)
    with pytest.raises(RuleFileError, match="no temporal rules for language 'xx'"):
        load_ruleset("xx")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # The tense cue nearest to the weekday decides, not the first one of the sentence.
        ("The minister said Friday that he would resign.", "2021-08-06"),
        ("He resigned, and the party will vote on Friday.", "2021-08-13"),
        ("The decision announced Monday will be appealed.", "2021-08-09"),
        # A plan that had been due is over; a passive participle is no past tense.
        ("The ceasefire had been due to end Friday.", "2021-08-06"),
        ("The new bridge will be completed in January.", "2022-01"),
        # A capitalised name ending in -ed is no verb.
        ("The envoy would fly to the United States Thursday.", "2021-08-12"),
        # In a future sentence a month before the DCT's is next year's.
        ("The crew will fly its next mission in June.", "2022-06"),
        ("Talks planned for October may slip.", "2021-10"),
        # a cue after the expression counts for less than one before it
        ("Exports will almost certainly double by February in markets untouched by it.", "2022-02"),
        ("The lake has been closed since Sept. 20.", "2020-09-20"),
        # a cue after the expression in another clause is not its verb
        ("The mayor said she would tour the dam on Friday and thanked the crews.", "2021-08-13"),
        # "expect X to ...", and "to last" is no "last week"
        ("Forecasters expect the cold snap to last until Thursday.", "2021-08-12"),
    ],
)
def test_the_nearest_tense_cue_decides(sentence: str, value: str) -> None:
    assert only(sentence).value == value


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("The rebels attacked on Monday night.", "DATE", "2021-08-09TNI"),
        ("The polls close at 8 p.m. Tuesday.", "TIME", "2021-08-10T20:00"),
        ("The offer expires at 5 p.m. EST Aug. 20.", "TIME", "2021-08-20T17:00"),
        ("The truce began at noon yesterday.", "TIME", "2021-08-10T12:00"),
    ],
)
def test_times_of_day_with_their_day(text: str, type_: str, value: str) -> None:
    t = only(text)
    assert (t.type, t.value) == (type_, value)


def test_years_said_in_words() -> None:
    assert values("The plant opened in nineteen eighty-four.") == ["1984"]
    assert values("Crews will finish by the year two thousand.") == ["2000"]
    assert values("Some two thousand people marched.") == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The firm posted a third-quarter loss.", "third-quarter"),
        ("Workers began the two-week strike.", "two-week"),
        ("The firm reported its fourth quarter results.", "fourth quarter"),
        ("The bank raised rates in the third quarter.", "the third quarter"),
    ],
)
def test_span_conventions(sentence: str, span: str) -> None:
    assert only(sentence).text == span


def test_a_year_ago_in_a_quarterly_report_is_that_quarter() -> None:
    text = "Profit rose in the second quarter from a year ago, and the 2020 quarter was weaker."
    assert values(text) == ["2021-Q2", "2020-Q2", "2020-Q2"]


def test_the_reported_quarter_is_the_latest_one_over() -> None:
    # a quarter under way is an outlook; the report is on the last quarter that has ended
    text = "Profit rose in the third quarter from a year earlier; a fourth-quarter charge looms."
    assert values(text, "2021-10-28") == ["2021-Q3", "2020-Q3", "2021-Q4"]
    text = "The bank expects a weak fourth quarter after a strong third quarter. A year ago, it lost money."
    assert values(text, "2021-10-28")[-1] == "2020-Q3"
    # in a February article the fourth quarter is last year's
    assert values("Fourth-quarter sales fell from a year ago.", "2022-02-03") == [
        "2021-Q4",
        "2020-Q4",
    ]


def test_anaphora_to_a_month_or_year() -> None:
    text = "She left in June 1998 and came back later that year."
    assert values(text, "2000-01-28") == ["1998-06", "1998"]
    assert tag_timexes(text, "2000-01-28")[1].anchor == "narrative"


def test_the_adapter_splits_ranges_and_skips_what_timeml_leaves_out() -> None:
    from tracker.eval.timex_adapter import system

    text = "So far, rain fell from Aug. 5 to Aug. 10, 2021, and the dam held so far."
    found = system(text, "2021-09-01")
    assert [text[d["start"] : d["end"]] for d in found] == ["Aug. 5", "Aug. 10, 2021"]
    assert [d["value"] for d in found] == ["2021-08-05", "2021-08-10"]
    assert any(t.value == "PRESENT_REF" for t in tag_timexes(text, "2021-09-01"))  # API keeps it


def test_bad_lexicon_fragment_is_reported() -> None:
    files = {p.name: p.read_text(encoding="utf-8") for p in rules_dir("en").glob("*.yaml")}
    bad = dict(files, **{"lexicon.yaml": files["lexicon.yaml"] + "\n  BROKEN: '(x'\n"})
    with pytest.raises(RuleFileError, match=r"lexicon.yaml: fragment 'BROKEN': bad pattern"):
        build_ruleset("en", bad)


def test_digits_inside_numbers_are_no_dates() -> None:
    assert values("The stock rose $1.25 to $20.13 on 3,000 shares.") == []
    assert values("Profit was 2.5% of 2021 sales.") == ["2021"]
    assert values("It closed at 10:15 a.m. on 8/10/2021.") == ["2021-08-11T10:15", "2021-08-10"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # anaphora: counted from the last day the story named, not from the DCT
        ("The flood came on July 29, 2021. By mid-afternoon the river fell.", "2021-07-29TAF"),
        ("The flood came on July 29, 2021. Rescuers arrived the next morning.", "2021-07-30TMO"),
        ("The flood came on July 29, 2021. The previous Friday had been dry.", "2021-07-23"),
        ("The flood came on July 29, 2021. Crews left at 6 p.m.", "2021-07-29T18:00"),
    ],
)
def test_the_narrative_day_anchors_parts_of_days(sentence: str, value: str) -> None:
    assert values(sentence)[-1] == value


def test_a_match_without_a_value_leaves_its_place_to_the_next_rule() -> None:
    # "may 2021" is no month (month names are capitalised), but 2021 is still a year
    assert values("Sales rose in may 2021, they said.") == ["2021"]


@pytest.mark.parametrize(
    ("sentence", "value", "first", "last", "precision"),
    [
        ("Over the past two decades, floods weakened the dikes.", "P20Y", "2001-08-11", "2021-08-11", "year"),
        ("Rents rose over the last three years.", "P3Y", "2018-08-11", "2021-08-11", "year"),
        ("Crime fell in the past decade.", "P10Y", "2011-08-11", "2021-08-11", "year"),
        ("The river rose for the past 20 years.", "P20Y", "2001-08-11", "2021-08-11", "year"),
        ("Sales fell in the last six months.", "P6M", "2021-02-11", "2021-08-11", "month"),
        ("Output will double over the next two years.", "P2Y", "2021-08-11", "2023-08-11", "year"),
        ("The pass was shut for the last 10 days.", "P10D", "2021-08-01", "2021-08-11", "day"),
        ("Prices climbed in the past few years.", "PXY", None, "2021-08-11", "year"),
    ],
)  # fmt: skip
def test_durations_up_to_or_from_the_dct_cover_that_stretch(
    sentence: str, value: str, first: str | None, last: str | None, precision: str
) -> None:
    t = only(sentence)
    assert (t.type, t.value, t.anchor, t.precision) == ("DURATION", value, "dct", precision)
    assert t.interval_start == (date.fromisoformat(first) if first else None)
    assert t.interval_end == (date.fromisoformat(last) if last else None)


def test_durations_counted_from_the_narrative_date() -> None:
    text = "The quarry closed on March 3, 2019, after the previous two weeks of strikes."
    t = tag_timexes(text, DCT)[1]
    assert (t.value, t.anchor) == ("P2W", "narrative")
    assert (t.interval_start, t.interval_end) == (date(2019, 2, 17), date(2019, 3, 3))
    text = "In 1998 the mine had lost money in the previous three years."
    t = tag_timexes(text, DCT)[1]
    assert (t.value, t.interval_start, t.interval_end) == (
        "P3Y",
        date(1995, 1, 1),
        date(1997, 12, 31),
    )


def test_durations_without_a_reference_point_have_no_interval() -> None:
    for sentence, dct in [
        ("Over the past two decades, floods weakened the dikes.", None),
        ("The strike lasted three years.", DCT),
        ("He spent the last two years of the war in exile.", DCT),
        ("Rebels fled in the first hours of the assault.", DCT),
    ]:
        t = next(t for t in tag_timexes(sentence, dct) if t.type == "DURATION")
        assert (t.interval_start, t.interval_end, t.precision) == (None, None, "unknown"), t


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a past verb that dates the event itself: the month or day already gone
        ("The chairman stepped down in March for health reasons.", "2021-03"),
        ("Since the miller bought the bakery in January, sales have doubled.", "2021-01"),
        ("In January, the club brought in a new coach.", "2021-01"),
        ("The rebels seized the port on Dec. 20.", "2020-12-20"),
        ("The writer moved to Paris in December.", "2020-12"),
        # a plan reported in the past: the coming one
        ("The board agreed to sell the unit in January.", "2022-01"),
        ("The firm announced a merger to close in January.", "2022-01"),
        ("The split would be paid on a date still unnamed in January.", "2022-01"),
        ("Lenders extended the credit line through January.", "2022-01"),
        ("The court delayed the hearing until Dec. 20.", "2021-12-20"),
        ("Investors cheered the proposed merger in January.", "2022-01"),
    ],
)
def test_year_of_a_bare_month_or_day_after_a_past_verb(sentence: str, value: str) -> None:
    assert only(sentence, "2021-11-02").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a scheduling verb in the present tense names a plan: the coming day
        ("The panel meets Monday to weigh the bill.", "2021-08-16"),
        ("The two leaders meet separately Friday with the envoy.", "2021-08-13"),
        ("The trial opens Tuesday in the capital.", "2021-08-17"),
        ("The council is set to vote Tuesday on the budget.", "2021-08-17"),
        ("The envoy heads to the border Monday.", "2021-08-16"),
        # not a plan: a past verb, or "meet" as "satisfy"
        ("The panel met Monday.", "2021-08-09"),
        ("Mills struggled to meet demand in July.", "2021-07"),
    ],
)
def test_present_tense_scheduling(sentence: str, value: str) -> None:
    assert only(sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Now, the question is who pays.", []),
        ("The dam is now closed.", ["now"]),
        ("Prices rose, but now, with the harvest in, they will fall.", ["now"]),
        ("The current chairman will retire.", ["current"]),
        ("An electric current runs through the wire.", []),
        ("The current of the river swept the boat away.", []),
        ("The current account deficit widened.", []),
    ],
)
def test_now_and_current_only_where_they_say_the_present(sentence: str, found: list[str]) -> None:
    assert [t.text for t in tag_timexes(sentence, DCT)] == found


def test_and_a_half_durations_up_to_the_dct() -> None:
    t = only("Rents rose over the last two and a half years.")
    assert (t.text, t.value, t.precision) == ("the last two and a half years", "P2Y6M", "year")
    assert (t.interval_start, t.interval_end) == (date(2019, 2, 11), date(2021, 8, 11))
    assert only("The siege lasted 2 1/2 years.").interval_start is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Officials postponed until Tuesday any ruling on the permit.", "2021-08-17"),
        ("The court extended its deadline to Friday.", "2021-08-13"),
        ("The mayor stayed in the capital until Tuesday.", "2021-08-10"),
    ],
)
def test_a_put_off_plan_is_to_come(sentence: str, value: str) -> None:
    assert only(sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Housing starts in September fell.", "2021-09"),
        ("The party won most votes in March.", "2021-03"),
    ],
)
def test_nouns_like_scheduling_verbs_are_no_future_cue(sentence: str, value: str) -> None:
    assert only(sentence, "2021-10-13").value == value


def test_a_slide_extended_to_another_day_is_no_plan() -> None:
    assert only("The slide extended to a fifth session Monday.").value == "2021-08-09"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The vote is Tuesday.", "2021-08-17"),
        ("The deadline is Friday, officials said.", "2021-08-13"),
        ("The election is in March.", "2022-03"),
        ("The vote was Tuesday.", "2021-08-10"),
        ("Inflation is 3% in March.", "2021-03"),
    ],
)
def test_a_day_or_month_after_is_is_to_come(sentence: str, value: str) -> None:
    assert only(sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the end of a stretch after its verb runs on; a sentence-opening "Until" looks back
        ("The governor ordered flags to be flown at half-staff through Sunday.", ["2021-08-15"]),
        ("Until Monday, police had only sought him as a witness.", ["2021-08-09"]),
        # what may still come, said in the past
        ("He said further cuts were possible in the fourth quarter.", ["2021-Q4"]),
        # the day of a saying is not the story's day: the clock time keeps Monday's
        (
            "A gunman opened fire late Monday, police said Tuesday. It began at 11 p.m.",
            ["2021-08-09", "2021-08-10", "2021-08-09T23:00"],
        ),
    ],
)
def test_stretch_ends_possibilities_and_days_of_saying(sentence: str, expected: list[str]) -> None:
    assert values(sentence) == expected


def test_groups_that_plan_an_act_look_ahead() -> None:
    assert values("Environmental groups plan a rally in the capital on Saturday.") == ["2021-08-14"]


def test_a_measure_starting_on_a_weekday_is_still_to_begin() -> None:
    assert values("The government declared three days of mourning starting on Thursday.") == [
        "P3D",
        "2021-08-12",
    ]


def test_what_a_forecast_warns_of_by_a_weekday_is_to_come() -> None:
    assert values("Forecasters warned of up to 400 millimetres of rain by Friday.") == [
        "2021-08-13"
    ]


def test_a_plan_told_in_the_present_plural_is_to_come() -> None:
    assert values("Preorders open on Friday.") == ["2021-08-13"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire was likely caused by a cigarette on Monday.",
        "Shares rose 3% at the close on Monday.",
        "The shops were open on Monday.",
        "She went to the office until Monday.",
    ],
)
def test_past_sentences_with_plan_like_words_keep_the_past_day(sentence: str) -> None:
    assert values(sentence) == ["2021-08-09"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the sentence (and its past verb) runs on past "vs." and a title before a name
        ("In January, a week after the Smith vs. Jones ruling, the shop was closed.", "2021-01"),
        ("In January, Gov. Ortega closed the border crossing.", "2021-01"),
        ("In January, aides of Mr. Ortega met the union.", "2021-01"),
    ],
)
def test_abbreviations_end_no_sentence(sentence: str, value: str) -> None:
    assert tag_timexes(sentence, "2021-11-02")[0].value == value


def test_a_sentence_still_ends_before_a_capital() -> None:
    from tracker.extract.timex.context import sentence_around

    text = "The dam held in March. Crews left."
    assert sentence_around(text, 15, 20) == "The dam held in March."


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Hotels filled up in Easter week 2019.", "Easter week 2019", "2019-W16"),
        ("Hotels filled up over the Easter weekend.", "Easter", "2021-04-04"),
        ("They held a Christmas week-long market.", "Christmas", "2021-12-25"),
    ],
)
def test_a_holiday_week_is_the_week_holding_it(sentence: str, span: str, value: str) -> None:
    first = tag_timexes(sentence, "2021-08-11")[0]
    assert (first.text, first.value) == (span, value)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The audit is likely to last over a week.", "over a week"),
        ("Just over an hour later, the ferry docked.", "over an hour"),
        ("Prices rose over the past week.", "the past week"),
        ("The loan is paid back over three years.", "three years"),
        ("The plant was built over a three-year period.", "three-year"),
    ],
)
def test_over_a_unit_is_more_than_it(sentence: str, span: str) -> None:
    assert tag_timexes(sentence, "2021-08-11")[0].text == span


def test_the_adapter_scores_the_count_of_units_before_later() -> None:
    from tracker.eval.timex_adapter import system

    text = "The dam failed on March 3, 2024. Two days later, crews closed the gate."
    found = system(text, "2024-03-10")
    assert [(text[d["start"] : d["end"]], d["type"], d["value"]) for d in found] == [
        ("March 3, 2024", "DATE", "2024-03-03"),
        ("Two days", "DURATION", "P2D"),
    ]
    assert tag_timexes(text, "2024-03-10")[1].value == "2024-03-05"  # the API dates the day
