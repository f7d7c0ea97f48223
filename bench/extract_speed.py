"""Time of ``tracker.extract`` on one long article. Prints figures; not a test.

    .venv/bin/python bench/extract_speed.py [--words 5000] [--runs 15] [--profile] [--top 25]

The article is built the way bench/ingest_speed.py builds its long article: paragraphs of the
sample articles in seeds/ shuffled, figures varied, until it has about ``--words`` words (the
same seed, so the same text on every run). The caches (rule files, gazetteer, claim model) are
warmed by one extraction outside the timing; the median of ``--runs`` extractions is printed,
with the fastest and slowest. ``--profile`` adds a cProfile top list (by own time and by
cumulative time) of one more extraction, and the tagger's share of the time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.extract import extract  # noqa: E402
from tracker.extract.timex import tag_timexes  # noqa: E402


def paragraphs() -> list[str]:
    """Body paragraphs of the seed articles (headlines and datelines left out)."""
    out = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n")]
        out.extend(b for b in blocks[1:] if len(b) > 80)
    if not out:
        raise SystemExit("no seed articles in seeds/")
    return out


def make_article(words: int, seed: int = 7) -> str:
    """An article of about ``words`` words from the seed paragraphs."""
    rng = random.Random(seed)
    pool = paragraphs()
    parts = ["Synthetic report 0", "Published March 1, 2024", ""]
    count = 0
    while count < words:
        para = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), rng.choice(pool))
        parts.append(para)
        count += len(para.split())
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", action="store_true", help="print a cProfile top list")
    parser.add_argument("--top", type=int, default=25, help="rows of the top list")
    args = parser.parse_args()
    text = make_article(args.words)
    extract(text)  # warm the caches
    runs = []
    for _ in range(max(1, args.runs)):
        t = time.perf_counter()
        extract(text)
        runs.append(time.perf_counter() - t)
    ms = [r * 1000 for r in runs]
    print(
        f"extract: {len(text.split()):,}-word article ({len(text):,} chars), "
        f"median of {len(ms)} runs: {statistics.median(ms):.1f} ms "
        f"(min {min(ms):.1f}, max {max(ms):.1f})"
    )
    tagger = []
    for _ in range(max(1, args.runs)):
        t = time.perf_counter()
        tag_timexes(text, None)
        tagger.append((time.perf_counter() - t) * 1000)
    print(f"tag_timexes alone on the same text, median: {statistics.median(tagger):.1f} ms")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        extract(text)
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.strip_dirs().sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
