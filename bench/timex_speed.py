"""Temporal tagger speed against dateparser's search_dates on the same texts. Prints figures;
not a test.

    .venv/bin/python bench/timex_speed.py [TIMEML_DIR] [--dateparser-docs N]
                                          [--dateparser-seconds S] [--repeat R]

TIMEML_DIR defaults to ../shared/data/timeml/tbaq. Both run in this one process on the plain
text of the same documents (the text of <TEXT>, as the TempEval scorer gives it), each with
the document's creation date as its reference date. tag_timexes runs over every document
R times and the best pass counts; dateparser runs once, in document order, on the first N
documents (all by default) and stops early once S seconds are spent (default 60), saying so:
it is more than ten times slower and a bigger corpus would otherwise take minutes.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.eval.timeml import TimemlError, find_timeml, read_timeml  # noqa: E402
from tracker.extract.timex import tag_timexes  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(REPO.parent / "shared/data/timeml/tbaq"))
    parser.add_argument("--dateparser-docs", type=int, default=0, help="0 = all documents")
    parser.add_argument("--dateparser-seconds", type=float, default=60.0, help="time budget")
    parser.add_argument("--repeat", type=int, default=3, help="tagger passes (best is kept)")
    args = parser.parse_args()
    try:
        docs = [read_timeml(p) for p in find_timeml([Path(args.path)])]
    except TimemlError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    chars = sum(len(d.text) for d in docs)

    tag_timexes(docs[0].text[:300], docs[0].dct)  # load the rules once, outside the timing
    best = float("inf")
    found = 0
    for _ in range(max(1, args.repeat)):
        t = time.perf_counter()
        found = sum(len(tag_timexes(d.text, d.dct)) for d in docs)
        best = min(best, time.perf_counter() - t)
    ours = chars / best
    print(
        f"tracker tag_timexes    : {len(docs)} docs, {chars:,} chars, {found} expressions, "
        f"best of {max(1, args.repeat)}: {best:.2f} s = {ours:,.0f} chars/s"
    )

    from dateparser.search import search_dates

    wanted = docs[: args.dateparser_docs] if args.dateparser_docs > 0 else docs
    search_dates("The vote was held on March 3, 2013.", languages=["en"])  # warm up
    done = sub_chars = hits = 0
    elapsed = 0.0
    for d in wanted:
        settings = {"RELATIVE_BASE": datetime(d.dct.year, d.dct.month, d.dct.day)} if d.dct else {}
        t = time.perf_counter()
        hits += len(search_dates(d.text, languages=["en"], settings=settings) or [])
        elapsed += time.perf_counter() - t
        done += 1
        sub_chars += len(d.text)
        if elapsed > args.dateparser_seconds:
            break
    theirs = sub_chars / elapsed if elapsed else 0.0
    print(
        f"dateparser.search_dates: {done} docs, {sub_chars:,} chars, {hits} dates, "
        f"{elapsed:.2f} s = {theirs:,.0f} chars/s"
    )
    if done < len(docs):
        reason = (
            f"time budget of {args.dateparser_seconds:g} s"
            if done < len(wanted)
            else "--dateparser-docs"
        )
        print(f"  (subset: the first {done} of {len(docs)} documents, bounded by {reason})")
    if theirs:
        print(f"ratio: tag_timexes is {ours / theirs:.1f}x the speed of search_dates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
