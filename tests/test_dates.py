from datetime import date

import pytest

from tracker.dates import parse_user_date
from tracker.errors import DateParseError


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2021-08-10", False, date(2021, 8, 10)),
        ("2021", False, date(2021, 1, 1)),
        ("2021", True, date(2021, 12, 31)),
        ("2020-02", True, date(2020, 2, 29)),
        ("Aug 10 2021", False, date(2021, 8, 10)),
        ("10 August 2021", False, date(2021, 8, 10)),
        ("yesterday", False, date(2024, 3, 13)),
    ],
)
def test_reads_dates_people_type(text: str, end: bool, expected: date) -> None:
    assert parse_user_date(text, end=end, today=date(2024, 3, 14)) == expected


@pytest.mark.parametrize("text", ["", "not a date", "2021-13", "2021-02-30"])
def test_rejects_what_is_not_a_date(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_user_date(text)
