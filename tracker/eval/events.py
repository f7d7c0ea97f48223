"""Event extraction against hand-made gold files: precision and recall, where an extracted
event matches a gold event when their intervals overlap and they share an actor or a place
(names compared by their canonical name, without accents or case); the story's context of an
event that names no actor counts as one of its names (see tracker.extract.event_context).

A gold file is JSON::

    {"article": "../../seeds/01-gates-jam.txt",     # relative to the gold file
     "published": "2024-03-14",                      # optional; else read from the article
     "events": [{"start": "2024-03-12", "end": "2024-03-12",
                 "actors": ["Kazakhstan"], "places": ["Tobol"], "what": "gates jam"}]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tracker.errors import InputError
from tracker.extract import ExtractedEvent, extract
from tracker.extract.entities import gazetteer, is_city, unidecode_ascii
from tracker.load.sources import Job, LoadOptions, load_job


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An event a careful editor lists for the article."""

    start: date
    end: date
    actors: frozenset[str]
    places: frozenset[str]
    what: str = ""


@dataclass(frozen=True, slots=True)
class EventMiss:
    """A gold event nobody found, or an extracted event that matches no gold event."""

    article: str
    kind: str  # "missed" or "spurious"
    description: str


@dataclass(frozen=True, slots=True)
class EventScores:
    """Micro-averaged over all gold files."""

    files: int
    gold: int
    extracted: int
    matched: int
    misses: tuple[EventMiss, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> tuple[Path, date | None, list[GoldEvent]]:
    """Read one gold file: the article path, its date if stated, and its gold events."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        article = (path.parent / data["article"]).resolve()
        published = date.fromisoformat(data["published"]) if data.get("published") else None
        events = [
            GoldEvent(
                date.fromisoformat(e["start"]),
                date.fromisoformat(e.get("end") or e["start"]),
                frozenset(e.get("actors") or ()),
                frozenset(e.get("places") or ()),
                e.get("what", ""),
            )
            for e in data["events"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a valid event gold file ({exc})") from None
    return article, published, events


def _matches(ev: ExtractedEvent, gold: GoldEvent) -> bool:
    start, end = ev.date.start or ev.date.end, ev.date.end
    if start is None or end is None or end < gold.start or start > gold.end:
        return False
    who = {_name_key(n) for n in (*ev.actors, *ev.places, *ev.context)}
    wanted = {_name_key(n) for n in gold.actors | gold.places}
    return not wanted or bool(who & wanted)


def _name_key(name: str) -> str:
    """A name as compared: by the canonical name the gazetteer gives an alias ("OECD" and
    "Organisation for Economic Co-operation and Development" name one body; not a capital,
    which stays the city), without accents or case ("Iași" and "Iasi" name one place)."""
    entry = gazetteer().get(name)
    if entry is not None and entry.kind == "country" and is_city(name):
        entry = None  # "Stockholm" the place is not Sweden
    return unidecode_ascii(entry.name if entry is not None else name).casefold()


def score_article(
    events: list[ExtractedEvent], gold: list[GoldEvent]
) -> tuple[int, list[GoldEvent], list[ExtractedEvent]]:
    """(matched, missed gold events, spurious extracted events), one-to-one: the largest
    matching (augmenting paths), so that an extracted event that fits two gold events does not
    take the only one another extracted event fits."""
    fits = [[j for j, ev in enumerate(events) if _matches(ev, g)] for g in gold]
    owner: dict[int, int] = {}  # extracted event -> the gold event it is matched to

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    taken = set(owner.values())
    missed = [g for i, g in enumerate(gold) if i not in taken]
    spurious = [ev for j, ev in enumerate(events) if j not in owner]
    return len(owner), missed, spurious


def evaluate_events(paths: list[Path]) -> EventScores:
    """Score extraction on every ``*.json`` gold file in ``paths`` (files or folders)."""
    files = [
        p for path in paths for p in (sorted(path.glob("*.json")) if path.is_dir() else [path])
    ]
    if not files:
        raise InputError("no gold files (*.json) found in " + ", ".join(map(str, paths)))
    total_gold = total_extracted = total_matched = 0
    misses: list[EventMiss] = []
    for gold_path in files:
        article_path, published, gold = load_gold(gold_path)
        job = Job(str(article_path), path=article_path)  # read as ingest reads it (HTML too)
        document = load_job(job, LoadOptions(published=published))
        events = list(extract(document.text, document.published).events)
        matched, missed, spurious = score_article(events, gold)
        total_gold += len(gold)
        total_extracted += len(events)
        total_matched += matched
        name = article_path.name
        misses += [EventMiss(name, "missed", f"{g.start}..{g.end} {g.what}") for g in missed]
        misses += [EventMiss(name, "spurious", f"{e.date.value} {e.title}") for e in spurious]
    return EventScores(len(files), total_gold, total_extracted, total_matched, tuple(misses))
