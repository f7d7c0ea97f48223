"""An event whose clause names no actor gets the story's context (who, and where when it
names no place), kept apart from its actors and places, stored with the role ``context``,
shown and exported as such."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.helpers import events_of, run, write
from tracker.extract.event_context import story_actor
from tracker.extract.model import EntityMention, Sentence

BALLOON = (
    "The Norrland Space Agency launched its balloon from Esrange on Monday, June 2, 2025. "
    "A first window had been lost to high winds on May 28, 2025.\n\n"
    "A second attempt was called off on May 30, 2025."
)


def test_an_unnamed_event_takes_the_actors_of_the_event_before_it() -> None:
    events = events_of(BALLOON, date(2025, 6, 3))
    by_day = {e.date.value: e for e in events}
    lifted, lost, called_off = by_day["2025-06-02"], by_day["2025-05-28"], by_day["2025-05-30"]
    assert lifted.actors and not lifted.context
    assert lifted.places == ("Esrange",)
    for ev in (lost, called_off):  # across a paragraph too: the story goes on with them
        assert ev.actors == ev.places == ()
        assert ev.context == (*lifted.actors, *lifted.places)  # who, and where


def test_with_no_actor_before_it_the_story_actor_is_the_context() -> None:
    text = (
        "A levy on sugary drinks will double on January 1, 2026.\n\n"
        "Halvard Drinks said it opposed the levy. Halvard Drinks employs 400 people."
    )
    (levy,) = [e for e in events_of(text, date(2025, 10, 2)) if e.date.value == "2026-01-01"]
    assert levy.actors == ()
    assert levy.context == ("Halvard Drinks",)


def test_no_context_for_an_event_with_actors_or_in_an_article_naming_no_one() -> None:
    events = events_of("Heavy rain fell on Tuesday, June 3, 2025.", date(2025, 6, 4))
    assert events and all(e.context == () for e in events)


def test_the_story_actor_is_the_most_named_one_and_not_a_place_nor_boilerplate() -> None:
    text = "Acme and Brill; Paris, Paris, Paris; Brill. Subscribe to Brill Brill Brill."
    content = Sentence(0, 0, 45, text[:45], 0)
    pitch = Sentence(1, 46, len(text), text[46:], 1, boilerplate=True)

    def mention(name: str, kind: str) -> list[EntityMention]:
        return [
            EntityMention(i, i + len(name), name, name, kind)
            for i in range(len(text))
            if text.startswith(name, i)
        ]

    found = mention("Acme", "organization") + mention("Brill", "unknown")
    found += mention("Paris", "place")
    assert story_actor(found, [content, pitch]) == "Brill"  # twice in content; Paris is a place
    assert story_actor(mention("Paris", "place"), [content, pitch]) is None


def test_context_is_stored_shown_filtered_and_exported(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    article = write(
        tmp_path, "balloon.txt", "Balloon flight\n\nPublished June 3, 2025\n\n" + BALLOON
    )
    assert run("ingest", str(article), db=db).exit_code == 0
    shown = run("timeline", db=db)
    assert shown.exit_code == 0
    assert "story: Esrange, Norrland Space Agency" in shown.stdout
    found = run("events", "--actor", "Norrland Space Agency", "--format", "json", db=db)
    records = json.loads(found.stdout)
    assert len(records) == 3  # its own event and the two its story is about
    unnamed = [r for r in records if not r["actors"]]
    assert len(unnamed) == 2 and all(
        r["context"] == ["Esrange", "Norrland Space Agency"] for r in unnamed
    )
    out = tmp_path / "timeline.csv"
    assert run("export", "--format", "csv", "--out", str(out), db=db).exit_code == 0
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "context" in header
