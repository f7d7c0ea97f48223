from datetime import date
from pathlib import Path

import pytest

from tracker.errors import InputError
from tracker.load.dateline import find_publication_date
from tracker.load.sources import find_files
from tracker.load.text import first_line_title, load_text_article, read_text


def test_reads_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffHeadline\r\n\r\nBody text.\r\n".encode())
    assert read_text(p) == "Headline\n\nBody text.\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 au lait", "UTF-8"),
        (b"   \n\n  ", "empty"),
    ],
)
def test_unusable_files_say_why(tmp_path: Path, content: bytes, reason: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_text(p)


def test_size_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text("x" * 2000)
    with pytest.raises(InputError, match="larger than"):
        read_text(p, max_bytes=1000)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope.txt")


def test_title_defaults_to_first_line_without_markdown() -> None:
    assert first_line_title("\n# **Dam talks stall**\n\nText") == "Dam talks stall"


def test_folder_expansion_is_recursive_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("B")
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "notes.pdf").write_text("P")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("C")
    found = find_files([tmp_path])
    assert [p.name for p in found] == ["a.txt", "b.md"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods spread\nASTANA, March 14, 2024 (Northwind Wire) — Water rose.", date(2024, 3, 14)),
        ("Floods spread\nPublished: 14 March 2024\n\nWater rose.", date(2024, 3, 14)),
        ("Floods spread\nBy Ana Ruiz\nMarch 14, 2024\n\nWater rose.", date(2024, 3, 14)),
        ("Floods spread\n\nThe river rose on March 14, 2024, after days of rain.", None),
        ("Floods spread\nASTANA (Wire) — Water rose on Tuesday.", None),
        ("Fire\nBy Rita Sá\nÉVORA, Portugal, July 2, 2025 (Wire) — Smoke rose.", date(2025, 7, 2)),
        ("Storm\nSÃO PAULO, Brazil, 3 May 2023 — Rain fell.", date(2023, 5, 3)),
        ("Vote count\nDENVER, Colo., Nov. 9, 2022 (Wire) — Counting went on.", date(2022, 11, 9)),
        ("Fire\nÉvora, Portugal, July 2, 2025 — Smoke rose.", None),
        # a byline and the date on one line
        ("Recall\n\nBy Ana Ruiz | 12 March 2026\n\nPills were pulled.", date(2026, 3, 12)),
        ("Recall\nBy Ana Ruiz, June 12, 2024\n\nPills were pulled.", date(2024, 6, 12)),
        ("Recall\n\nBy the time of the June 12, 2024 vote, pills were pulled.", None),
    ],
)
def test_publication_date_from_the_top_of_the_article(text: str, expected: date | None) -> None:
    assert find_publication_date(text) == expected


def test_given_date_wins_over_dateline(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Title\nPublished March 14, 2024\n\nBody.")
    assert load_text_article(p).published == date(2024, 3, 14)
    doc = load_text_article(p, published=date(2024, 3, 15))
    assert (doc.published, doc.published_source) == (date(2024, 3, 15), "given")


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("HOUSTON — Crews walked out.", "HOUSTON — "),
        ("ÉVORA, Portugal (Wire) — Smoke rose.", "ÉVORA, Portugal (Wire) — "),
        ("SAN JUAN, P.R. -- Power returned.", "SAN JUAN, P.R. -- "),
        ("LAGOS, May 3 (Wire) - Fuel queues grew.", "LAGOS, May 3 (Wire) - "),
        ("NATO - the alliance - met.", ""),
        ("The U.S. — and its allies — agreed.", ""),
        ("Photo: crews at work.", ""),
    ],
)
def test_a_dateline_without_a_date_is_found(text: str, lead: str) -> None:
    from tracker.load.dateline import dateline_length

    assert text[: dateline_length(text)] == lead


def test_markdown_is_read_as_its_plain_text(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(
        "# Ferry *runs* aground\n\n"
        "_By Ana Ruiz — Published 8 May 2024_\n\n"
        "**GLENMORE** — A ferry with 212 people on board ran aground on\nTuesday, "
        "[the coastguard](https://example.org/cg) said.\n\n"
        '> "Nobody was hurt," the captain said.\n\n'
        "- Crossings cancelled\n- Refunds offered\n",
        encoding="utf-8",
    )
    doc = load_text_article(p)
    assert doc.text.split("\n\n") == [
        "Ferry runs aground",
        "By Ana Ruiz — Published 8 May 2024",
        "GLENMORE — A ferry with 212 people on board ran aground on Tuesday, the coastguard said.",
        '"Nobody was hurt," the captain said.',
        "- Crossings cancelled",
        "- Refunds offered\n",
    ]
    assert doc.title == "Ferry runs aground"
    assert doc.published == date(2024, 5, 8)


def test_markdown_without_text_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "empty.md"
    p.write_text("<div></div>\n\n---\n", encoding="utf-8")
    with pytest.raises(InputError, match="no text in the Markdown"):
        load_text_article(p)


def test_a_dateline_without_its_year_takes_the_year_of_the_latest_full_date() -> None:
    from tracker.extract import extract
    from tracker.load.dateline import find_dateline_day

    text = (
        "Ferries resume\n\n"
        "OBAN, Nov. 4 (Wire) — Ferries sailed again on Monday, a week after the storm of "
        "Oct. 28, 2024 closed the port, the operator said."
    )
    day = find_dateline_day(text)
    assert day is not None and (day.month, day.day) == (11, 4)
    assert find_publication_date(text) is None  # a date with a year only
    x = extract(text)
    assert x.published == date(2024, 11, 4) and x.published_inferred
    assert "no year" in x.warnings[0]
    assert [e.date.value for e in x.events if e.title.startswith("Ferries")] == ["2024-11-04"]
    assert x.claims[0].text.startswith("Ferries sailed again")  # the dateline is not the claim's


def test_a_january_dateline_over_a_december_story_is_in_the_next_year() -> None:
    from tracker.load.dateline import DatelineDay

    assert DatelineDay(1, 3, 0, 0).in_year_of(date(2023, 12, 29)) == date(2024, 1, 3)
    assert DatelineDay(8, 16, 0, 0).in_year_of(date(2021, 8, 10)) == date(2021, 8, 16)
    assert DatelineDay(2, 30, 0, 0).in_year_of(date(2021, 8, 10)) is None


def test_a_dateline_day_without_any_full_date_takes_the_year_of_the_latest_month() -> None:
    from tracker.extract import extract

    text = (
        "Rates held\n\n"
        "LAGOS, Feb. 6 (Wire) - The central bank held its rate on Tuesday after inflation "
        "eased in the final quarter of 2023, having peaked in August 2023."
    )
    x = extract(text)
    assert x.published == date(2024, 2, 6) and x.published_inferred
    assert "latest month, quarter or year" in x.warnings[0]
    assert x.events[0].title.startswith("The central bank held")  # the dateline is cut
