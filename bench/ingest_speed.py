"""Ingest throughput, memory, per-article cost as the store grows, and the linking queries' plans.
Prints figures; not a test.

    .venv/bin/python bench/ingest_speed.py [--articles 1000] [--size 6000] [--workers 1]
                                           [--store-size 0] [--plain-prefill] [--legacy-articles]

Articles are news-like and ~``--size`` characters (~1,000 words): each follows one *story*
(a seed article of seeds/, names of places, people and countries changed per story, its dates
moved to the story's date) and adds paragraphs of other seeds and plain background paragraphs,
as real reports mix news with context. Stories follow one another in time, a few articles per
story, so that later articles are follow-ups that link to earlier ones, as in a real feed.
``--legacy-articles`` builds the old synthetic articles instead (seed paragraphs drawn with
repeats until the size is reached: every article the same dense story, ~30 events and ~40
claims each).

The articles are written to a temporary folder and ingested into a fresh SQLite file with the
same library call ``tracker ingest`` uses (``--workers`` extraction processes, one writer).
Memory is the process's resident set size sampled every 100 articles: flat means it does not
grow with the batch.

``--store-size N`` first fills the store with N articles (extracted once per 200, then stored
again with their dates moved on and their names changed, so that the store covers N articles'
worth of time and entities) and prints the storing cost of its first and last 100 articles:
what follow-up linking costs as the store grows. It stores them as the ingest does (one writer
for the batch, with its in-memory mirror of what linking reads); ``--plain-prefill`` stores each
with ``store_article`` (the linking queries) instead. The timed ingest then lands on that store.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tracker.extract import Extraction, extract  # noqa: E402
from tracker.extract.model import DateRef  # noqa: E402
from tracker.ingest import COMMIT_EVERY, IngestOptions, ingest_paths  # noqa: E402
from tracker.link.events import EventSketch  # noqa: E402
from tracker.load.document import Document  # noqa: E402
from tracker.load.sources import Job, LoadOptions, load_job  # noqa: E402
from tracker.store.engine import open_store  # noqa: E402
from tracker.store.linking import (  # noqa: E402
    claim_pool_id_queries,
    claim_pool_rows_statement,
    event_candidates_query,
    event_pool_queries,
    sqlite_query_plan,
)
from tracker.store.repo import ArticleWriter, store_article  # noqa: E402

ARTICLES_PER_STORY = 4
FIRST_DAY = date(2015, 1, 5)
MONTHS = [date(2001, m, 1).strftime("%B") for m in range(1, 13)]
# Countries the gazetteer knows, as (name, adjective, capital): each story takes two.
COUNTRIES = [
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("Turkmenistan", "Turkmen", "Ashgabat"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Afghanistan", "Afghan", "Kabul"),
    ("Iran", "Iranian", "Tehran"),
]
SYLLABLES = "ka ra bu lak ak shym kent tur kis tan to bol sa ry ar al ma kul tash ob da".split()  # noqa: SIM905
FIRST_NAMES = "Yerlan Bakhyt Dana Rustam Marat Serik Aigerim Timur Nodira Farhod Gulnara Azamat"
LAST_NAMES = "Sadykov Zhunusov Omarova Kholmatov Ismailov Abenov Nurlanova Karimov Tursunova Aliev"
# Seed names replaced per story: the reservoir, towns, people.
PLACE_NAMES = ("Karabulak", "Akbulak", "Shymkent", "Turkistan", "Almaty")
PEOPLE = (
    "Yerlan Sadykov",
    "Bakhyt Zhunusov",
    "Dana Omarova",
    "Rustam Kholmatov",
    "Marat Ismailov",
    "Serik Abenov",
)
# Context paragraphs as real reports have them: few dates, few figures.
BACKGROUND = [
    "Residents of {town} described a night of confusion, with neighbours knocking on doors and "
    "families loading what they could carry into cars before the roads became impassable.",
    "The region is one of the poorest in the country, and many households depend on small plots "
    "of land and remittances sent home by relatives working abroad.",
    "Critics have long argued that maintenance of the region's ageing infrastructure has been "
    "neglected, with budgets spent on new projects rather than on repairs to existing ones.",
    '"People here are used to hard winters, but nobody expected this," said {person}, a '
    'teacher in {town}. "We need to know that someone is responsible."',
    "Officials in {capital} have promised a thorough review, although similar promises after "
    "earlier incidents led to few visible changes on the ground, local activists say.",
    "The {adj} government has made infrastructure spending a central part of its development "
    "plans, and opposition politicians are likely to seize on the failure.",
    "Aid workers said the most urgent needs were clean drinking water, blankets and medicine, "
    "and that access to some of the worst-hit areas remained difficult.",
    "Farmers in the valley grow cotton, wheat and vegetables, and many fear that the flooding "
    "will ruin the coming harvest and leave them unable to repay their loans.",
    "Water management has been a source of tension in the region for decades, as upstream and "
    "downstream countries compete for the same rivers during dry summers.",
    "Engineers who have studied the structure say that inspections were irregular and that "
    "warnings about its condition were not always passed on to the authorities.",
    "Local television showed pictures of submerged fields, collapsed fences and livestock "
    "stranded on patches of higher ground as rescuers worked from small boats.",
    "{person}, who runs a shop near the river, said business had stopped entirely and that he "
    "did not know when customers would return.",
    "Analysts say the incident is a test for the authorities, who have promised to improve the "
    "way emergencies are handled and to be more open about what goes wrong.",
    "Neighbouring {country2} has offered technical help, and officials from both sides have "
    "stressed their cooperation in public, despite disagreements in the past.",
    "The regional governor visited the area and met families staying in temporary shelters, "
    "promising compensation for damaged homes and help with rebuilding.",
    "Environmental groups have warned that changing weather patterns are making extreme events "
    "more common and that planning has not kept pace with the risks.",
]


def rss_mib() -> float:
    """Resident set size of this process in MiB (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * 4096 / 2**20


def seed_articles() -> list[list[str]]:
    """The body paragraphs of each seed article (headline and empty lines left out)."""
    out = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n")]
        out.append([b for b in blocks[1:] if len(b) > 80])
    if not out:
        raise SystemExit("no seed articles in seeds/")
    return out


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


class Story:
    """One news story: its seed, its date, and the names it uses instead of the seeds'."""

    def __init__(self, index: int, n_seeds: int) -> None:
        rng = random.Random(index)
        self.seed = index % n_seeds
        self.day = FIRST_DAY + timedelta(days=index)
        first, second = rng.sample(COUNTRIES, 2)
        self.country, self.country2 = first, second
        self.names = {name: _word(rng) for name in PLACE_NAMES}
        firsts, lasts = FIRST_NAMES.split(), LAST_NAMES.split()
        self.names.update(
            {person: f"{rng.choice(firsts)} {rng.choice(lasts)}" for person in PEOPLE}
        )

    def rewrite(self, text: str, rng: random.Random) -> str:
        """A seed paragraph told of this story: names, dates and figures changed."""
        day = self.day
        for old, new in self.names.items():
            text = text.replace(old, new)
        for (old_name, old_adj, old_cap), (name, adj, cap) in zip(
            (COUNTRIES[0], COUNTRIES[1]), (self.country, self.country2), strict=True
        ):
            text = text.replace(old_name, name).replace(old_adj, adj).replace(old_cap, cap)

        def month_day(m: re.Match[str]) -> str:
            moved = day + timedelta(days=int(m.group(1)) - 3)
            return f"{MONTHS[moved.month - 1]} {moved.day}"

        text = re.sub(r"\bMarch (\d{1,2})\b", month_day, text)
        text = re.sub(r"\bMarch\b", MONTHS[day.month - 1], text)
        text = re.sub(
            r"\b(19\d\d|20[0-2]\d)\b", lambda m: str(int(m.group(1)) + day.year - 2024), text
        )
        return re.sub(
            r"(?<![\d,.])(\d{1,3})(?![\d,.]| ?(?:percent|hectares)\b)(?!\d)",
            lambda m: str(int(m.group(1)) + rng.randint(0, 3)) if int(m.group(1)) > 31 else m[0],
            text,
        )

    def background(self, rng: random.Random) -> list[str]:
        town = self.names["Akbulak"]
        person = f"{rng.choice(FIRST_NAMES.split())} {rng.choice(LAST_NAMES.split())}"
        paras = rng.sample(BACKGROUND, len(BACKGROUND))
        return [
            p.format(
                town=town,
                person=person,
                capital=self.country[2],
                adj=self.country[1],
                country2=self.country2[0],
            )
            for p in paras
        ]


def make_article(seeds: list[list[str]], size: int, n: int, story_offset: int = 0) -> str:
    """The ``n``-th article of the feed: one of the few about its story, ~``size`` characters."""
    story = Story(story_offset + n // ARTICLES_PER_STORY, len(seeds))
    rng = random.Random(n * 7919 + story_offset)
    published = story.day + timedelta(days=1 + (n % ARTICLES_PER_STORY) * 2)
    month = MONTHS[published.month - 1]
    main = [story.rewrite(p, rng) for p in seeds[story.seed]]
    others = [p for i, paras in enumerate(seeds) if i != story.seed for p in paras]
    extra = [story.rewrite(p, rng) for p in rng.sample(others, len(others))]
    context = story.background(rng)
    title = f"{story.names['Karabulak']}: report {n % ARTICLES_PER_STORY + 1}"
    parts = [title, f"Published {month} {published.day}, {published.year}", ""]
    body: list[str] = []
    total = 0
    # The story's own seed first, then two background paragraphs for one of another seed.
    mixed = [p for i, bg in enumerate(context) for p in ([bg, extra[i // 2]] if i % 2 else [bg])]
    queue = main + mixed + extra[len(context) // 2 :]
    for para in queue:
        if total >= size:
            break
        body.append(para)
        total += len(para) + 2
    return "\n\n".join(parts + body)


def make_legacy_article(rng: random.Random, pool: list[str], size: int, n: int) -> str:
    """The former synthetic article: seed paragraphs drawn with repeats, numbers varied."""
    day = 1 + n % 28
    parts = [f"Synthetic report {n}", f"Published March {day}, 2024", ""]
    total = 0
    while total < size:
        para = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), rng.choice(pool))
        parts.append(para)
        total += len(para)
    return "\n\n".join(parts)


def _moved(ref: DateRef | None, delta: timedelta) -> DateRef | None:
    if ref is None:
        return None
    return replace(
        ref,
        start=ref.start + delta if ref.start else None,
        end=ref.end + delta if ref.end else None,
    )


def clone(
    document: Document, x: Extraction, days: int, tag: str, keep: set[str]
) -> tuple[Document, Extraction]:
    """An already extracted article told again ``days`` later about other places and people
    (names not in ``keep`` get ``tag``): new text, so a new article."""
    delta = timedelta(days=days)

    def name(n: str) -> str:
        return n if n in keep else f"{n} {tag}"

    events = tuple(
        replace(
            e,
            date=_moved(e.date, delta),
            actors=tuple(map(name, e.actors)),
            places=tuple(map(name, e.places)),
        )
        for e in x.events
    )
    claims = tuple(
        replace(c, date=_moved(c.date, delta), entities=tuple(map(name, c.entities)))
        for c in x.claims
    )
    entities = tuple(replace(m, name=name(m.name)) for m in x.entities)
    published = x.published + delta if x.published else None
    moved = replace(x, published=published, events=events, claims=claims, entities=entities)
    return replace(document, text=f"{document.text}\n\n[{tag}]"), moved


def prefill(  # type: ignore[no-untyped-def]
    engine, seeds: list[list[str]], size: int, count: int, folder: Path, plain: bool = False
) -> int:
    """Fill the store with ``count`` articles; prints the storing cost of the first and last 100.
    They are stored as ``tracker ingest`` stores them (one ``ArticleWriter`` for the batch,
    committing by groups), or with ``plain``, one ``store_article`` call each (the linking
    queries, no in-memory mirror).
    Returns how many stories the filling covered."""
    base = min(count, 200)
    prepared = []
    for n in range(base):
        path = folder / f"p{n:05}.txt"
        path.write_text(make_article(seeds, size, n), encoding="utf-8")
        doc = load_job(Job(str(path), path=path), LoadOptions())
        prepared.append((doc, extract(doc.text, doc.published, source=doc.source)))
    kinds = ("country", "organization")
    keep = {m.name for _d, x in prepared for m in x.entities if m.kind in kinds}
    stories = (base + ARTICLES_PER_STORY - 1) // ARTICLES_PER_STORY
    stamps = [time.perf_counter()]
    t = time.perf_counter()
    with ArticleWriter(engine, mirror=not plain, group=COMMIT_EVERY) as writer:
        for n in range(count):
            doc, x = prepared[n % base]
            rounds = n // base
            if rounds:
                doc, x = clone(doc, x, rounds * stories, f"r{rounds}", keep)
            if plain:
                store_article(engine, doc, x)
            else:
                writer.store(doc, x)
            stamps.append(time.perf_counter())
    elapsed = time.perf_counter() - t
    print(
        f"prefill: {count:,} articles stored (extracted once per {base}) in {elapsed:.1f} s, "
        f"{elapsed / count * 1000:.1f} ms/article (store + link only)"
    )
    if count >= 200:
        first = (stamps[100] - stamps[0]) / 100 * 1000
        last = (stamps[-1] - stamps[-101]) / 100 * 1000
        print(
            f"prefill ms per article (store + link): first 100 {first:.1f}, "
            f"last 100 {last:.1f} (the store then holds {count - 100:,} articles)"
        )
        block = max(100, count // 10)
        marks = range(0, count - block + 1, block)
        print(
            f"prefill ms per article, by blocks of {block:,}: "
            + ", ".join(f"{(stamps[i + block] - stamps[i]) / block * 1000:.0f}" for i in marks)
        )
    return stories * ((count + base - 1) // base)


def show_plans(engine) -> None:  # type: ignore[no-untyped-def]
    """The linking lookups' query plans on the filled store: index searches, no full scan."""
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            'SELECT start, "end", precision FROM event WHERE start IS NOT NULL '
            "AND precision = 'day' ORDER BY id DESC LIMIT 1"
        ).first()
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM entity LIMIT 5")]
        if row is None or not ids:
            return
        start, end = (date.fromisoformat(str(v)) for v in row[:2])
        plans = []
        for as_of in (False, True):
            sketch = EventSketch("x", "other", start, end, row[2], as_of, frozenset({"x"}))
            found = event_candidates_query(sketch, ids, [])
            assert found is not None
            plans.append(sqlite_query_plan(conn, *found))
        plans.extend(sqlite_query_plan(conn, *q) for q in event_pool_queries(ids))
        plans.extend(sqlite_query_plan(conn, *q) for q in claim_pool_id_queries(ids))
        plans.append(sqlite_query_plan(conn, claim_pool_rows_statement(), {"ids": ids}))
    lines = [line.strip() for plan in plans for line in plan.splitlines()]
    tables = "event|claim|event_entity|claim_entity|entity|source|quantity"
    scans = [line for line in lines if re.match(rf"SCAN ({tables})\b", line)]
    print("linking lookups (event candidates by date and by 'by' date, event pool, claim pool):")
    for line in sorted({line for line in lines if "INDEX" in line or "PRIMARY KEY" in line}):
        print("  " + line)
    print(f"full table scans in the linking lookups: {len(scans)} {scans or ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--size", type=int, default=6000, help="characters per article")
    parser.add_argument("--long-words", type=int, default=5000, help="words in the long article")
    parser.add_argument("--workers", type=int, default=1, help="extraction processes")
    parser.add_argument("--store-size", type=int, default=0, help="articles stored beforehand")
    parser.add_argument("--legacy-articles", action="store_true", help="the old dense articles")
    parser.add_argument(
        "--plain-prefill",
        action="store_true",
        help="prefill with store_article (linking queries) instead of the ingest's writer",
    )
    args = parser.parse_args()
    rng = random.Random(7)
    seeds = seed_articles()
    pool = [p for paras in seeds for p in paras]

    long_text = make_legacy_article(rng, pool, args.long_words * 6, 0)
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
        engine = open_store(str(Path(tmp) / "bench.db"))
        offset = 0
        if args.store_size:
            offset = prefill(
                engine, seeds, args.size, args.store_size, Path(tmp), args.plain_prefill
            )
        files = []
        for n in range(args.articles):
            path = folder / f"a{n:05}.txt"
            if args.legacy_articles:
                text = make_legacy_article(rng, pool, args.size, n)
            else:
                text = make_article(seeds, args.size, n, story_offset=offset)
            path.write_text(text, encoding="utf-8")
            files.append(path)
        sample_x = [extract(f.read_text(encoding="utf-8")) for f in files[:20]]
        n_words = statistics.mean(len(f.read_text(encoding="utf-8").split()) for f in files[:20])
        n_events = statistics.mean(len(x.events) for x in sample_x)
        n_claims = statistics.mean(len(x.claims) for x in sample_x)
        print(
            f"articles: ~{n_words:.0f} words, {n_events:.1f} events and {n_claims:.1f} claims "
            f"per article (mean of the first {len(sample_x)})"
        )
        t = time.perf_counter()
        for f in files[:20]:
            extract(f.read_text(encoding="utf-8"))
        print(f"extract: {(time.perf_counter() - t) / 20 * 1000:.1f} ms/article of this size")
        memory = []
        stamps = [time.perf_counter()]

        def sample(_outcome: object) -> None:
            stamps.append(time.perf_counter())
            if (len(stamps) - 1) % 100 == 0:
                memory.append(rss_mib())

        memory.append(rss_mib())
        t = time.perf_counter()
        outcomes = ingest_paths(
            engine, files, IngestOptions(workers=args.workers), on_outcome=sample
        )
        elapsed = time.perf_counter() - t
        if args.store_size:
            show_plans(engine)
        engine.dispose()
        stored = sum(o.status == "stored" for o in outcomes)
        avg = sum(f.stat().st_size for f in files) / len(files) if files else 0
    print(
        f"ingest: {stored:,} articles of ~{avg / 1000:.1f} KB into SQLite in {elapsed:.1f} s "
        f"= {stored / elapsed:.0f} articles/s (workers {args.workers})"
    )
    if memory:
        print("rss MiB at start and every 100 articles: " + ", ".join(f"{m:.0f}" for m in memory))
        print(f"rss growth from first to last sample: {memory[-1] - memory[0]:+.1f} MiB")
    if len(stamps) > 200:
        first = (stamps[100] - stamps[0]) / 100 * 1000
        last = (stamps[-1] - stamps[-101]) / 100 * 1000
        print(
            f"ms per article (store + link + extract): first 100 {first:.1f}, "
            f"last 100 {last:.1f} (the store then holds {args.store_size + len(stamps) - 101:,} "
            "articles)"
        )


if __name__ == "__main__":
    main()
