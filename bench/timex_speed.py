"""Temporal tagger speed against dateparser.search_dates on the same texts. Prints figures;
not a test.

    .venv/bin/python bench/timex_speed.py [TIMEML_DIR] [--dateparser-docs N]

TIMEML_DIR defaults to ../shared/data/timeml/tbaq. Both run in this one process on the
plain text of the same documents; dateparser runs on the first N documents (all by default).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.eval.timeml import find_timeml, read_timeml  # noqa: E402
from tracker.extract.timex import tag_timexes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(REPO.parent / "shared/data/timeml/tbaq"))
    parser.add_argument("--dateparser-docs", type=int, default=0, help="0 = all")
    parser.add_argument("--repeat", type=int, default=3, help="tagger passes (best is kept)")
    args = parser.parse_args()
    docs = [read_timeml(p) for p in find_timeml([Path(args.path)])]
    chars = sum(len(d.text) for d in docs)

    tag_timexes(docs[0].text, docs[0].dct)  # load the rules once, outside the timing
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        found = sum(len(tag_timexes(d.text, d.dct)) for d in docs)
        best = min(best, time.perf_counter() - t)
    ours = chars / best
    print(
        f"tracker tag_timexes : {len(docs)} docs, {chars:,} chars, {found} expressions, "
        f"{best:.2f} s = {ours:,.0f} chars/s"
    )

    from dateparser.search import search_dates

    subset = docs[: args.dateparser_docs] if args.dateparser_docs else docs
    sub_chars = sum(len(d.text) for d in subset)
    search_dates(subset[0].text[:200], languages=["en"])  # warm up
    t = time.perf_counter()
    hits = 0
    for d in subset:
        hits += len(search_dates(d.text, languages=["en"]) or [])
    elapsed = time.perf_counter() - t
    theirs = sub_chars / elapsed
    print(
        f"dateparser.search_dates: {len(subset)} docs, {sub_chars:,} chars, {hits} dates, "
        f"{elapsed:.2f} s = {theirs:,.0f} chars/s"
    )
    print(f"ratio: {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
