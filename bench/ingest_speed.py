"""Ingest throughput, memory and per-article extraction time. Prints figures; not a test.

    .venv/bin/python bench/ingest_speed.py [--articles 1000] [--size 6000]

Articles are built from the sample articles in seeds/ (paragraphs shuffled, figures and
dates varied so that every article is new), written to a temporary folder, and ingested into
a fresh SQLite file with the same library call `tracker ingest` uses. Memory is the process's
resident set size sampled every 100 articles: flat means it does not grow with the batch.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.extract import extract  # noqa: E402
from tracker.ingest import ingest_paths  # noqa: E402
from tracker.store.engine import open_store  # noqa: E402


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * 4096 / 2**20


def paragraphs() -> list[str]:
    """Body paragraphs of the seed articles (headlines and datelines left out)."""
    out = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n")]
        out.extend(b for b in blocks[1:] if len(b) > 80)
    if not out:
        raise SystemExit("no seed articles in seeds/")
    return out


def make_article(rng: random.Random, pool: list[str], size: int, n: int) -> str:
    """A synthetic article of about ``size`` characters, unique by its numbers."""
    day = 1 + n % 28
    parts = [f"Synthetic report {n}", f"Published March {day}, 2024", ""]
    total = 0
    while total < size:
        para = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), rng.choice(pool))
        parts.append(para)
        total += len(para)
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--size", type=int, default=6000, help="characters per article")
    parser.add_argument("--long-words", type=int, default=5000, help="words in the long article")
    args = parser.parse_args()
    rng = random.Random(7)
    pool = paragraphs()

    long_text = make_article(rng, pool, args.long_words * 6, 0)
    words = len(long_text.split())
    extract(long_text)  # warm the caches (rule files, gazetteer)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        extract(long_text)
        runs.append(time.perf_counter() - t)
    median_ms = statistics.median(runs) * 1000
    print(f"extract: {words:,}-word article, median of 5 runs: {median_ms:.1f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        files = []
        for n in range(args.articles):
            path = folder / f"a{n:05}.txt"
            path.write_text(make_article(rng, pool, args.size, n), encoding="utf-8")
            files.append(path)
        engine = open_store(str(Path(tmp) / "bench.db"))
        memory = []
        stamps = [time.perf_counter()]

        def sample(_outcome: object) -> None:
            stamps.append(time.perf_counter())
            if (len(stamps) - 1) % 100 == 0:
                memory.append(rss_mib())

        t = time.perf_counter()
        outcomes = ingest_paths(engine, files, on_outcome=sample)
        elapsed = time.perf_counter() - t
        engine.dispose()
        stored = sum(o.status == "stored" for o in outcomes)
        avg = sum(f.stat().st_size for f in files) / len(files) if files else 0
    print(
        f"ingest: {stored:,} articles of ~{avg / 1000:.1f} KB into SQLite in {elapsed:.1f} s "
        f"= {stored / elapsed:.0f} articles/s"
    )
    if memory:
        print("rss MiB every 100 articles: " + ", ".join(f"{m:.0f}" for m in memory))
        print(f"rss growth from first to last sample: {memory[-1] - memory[0]:+.1f} MiB")
    if len(stamps) > 200:
        first = (stamps[100] - stamps[0]) / 100 * 1000
        last = (stamps[-1] - stamps[-101]) / 100 * 1000
        print(
            f"ms per article (store + link + extract): first 100 {first:.1f}, "
            f"last 100 {last:.1f} (the store then holds {len(stamps) - 101:,} articles)"
        )


if __name__ == "__main__":
    main()
