"""Bodies named again by a common noun. By the noun their name is built on: "the National
Bank of Poland ... the bank raised rates" (lexicon.yaml: head_nouns; where one earlier name
alone has the noun). By what they are: "Baltic Wings reported ... the airline said"
(lexicon.yaml: descriptor_nouns; the body the article has named most so far, where one
leads)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from tracker.extract.datafiles import word_list
from tracker.extract.entities import ends_as_a_place, followed_by_facility
from tracker.extract.model import EntityMention
from tracker.extract.spans import SpanIndex


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(word_list("lexicon.yaml", "head_nouns")))
    kinds = "|".join(sorted(word_list("lexicon.yaml", "descriptor_nouns")))
    # not "the company Volkswagen", "The company, Kafue Copper," (a name follows), nor "the
    # airline's" (the name then)
    # ("the tanker operator", "the state-owned lender": one word may say what kind)
    # ("The board's final report": a body named by its own noun owns what follows)
    return re.compile(
        # ("the Austin, Texas-based company": where it is based may come first)
        rf"\b[Tt]he\s+(?:(?P<head>{heads})\b|(?P<based>[A-Z][\w.'’]*(?:,?\s+[A-Z][\w.'’]*){{0,2}}-based\s+)?"
        # (not "the combined company", "the new group": a body the story makes of others)
        rf"(?!(?:combined|merged|enlarged|new|joint)\s)(?:[a-z][\w-]*\s+)?(?P<kind>{kinds})\b(?!['’]s\b))"
        r"(?!,?\s+[A-Z])"
        # (nor a thing of its own that the noun opens: "The group of five was skiing", "the
        # chain of events"; but "the board of directors" is the board)
        r"(?!\s+of\s+(?!(?:directors|governors|trustees)\b)[a-z\d])"
    )


# Head nouns of places named by what they are (lexicon.yaml's head_nouns holds them too).
_SITE_HEADS = frozenset(("bridge", "tunnel", "dam", "airport", "stadium"))


def resolve_head_nouns(
    text: str, entities: Sequence[EntityMention], content: Sequence[tuple[int, int]]
) -> tuple[EntityMention, ...]:
    """``entities`` with "the <noun>" mentions added for the organisation or unknown name given
    earlier whose words hold that noun capitalised ("the bank" after "National Bank of
    Poland"), or that the article has named most so far ("the airline"); not when two earlier
    names fit alike, nor inside another mention. One pass over the entities in text order."""
    # (and places named by what they are: "the Carola Bridge ... the bridge was built in 1971")
    named = [
        e
        for e in entities
        if e.kind in ("organization", "unknown")
        or (e.kind == "place" and e.name.split()[-1].lower() in _SITE_HEADS)
    ]
    kinds = {e.name: e.kind for e in named}
    if not named:
        return tuple(entities)
    matches = [m for start, end in content for m in _pattern().finditer(text, start, end)]
    if not matches:
        return tuple(entities)
    taken = SpanIndex((e.start, e.end) for e in entities)
    public = word_list("lexicon.yaml", "public_body_ends")  # no company, airline, club ...
    by_word: dict[str, set[str]] = {}  # a capitalised word of a name -> the names holding it
    counts: Counter[str] = Counter()  # names named so far, but sites and public bodies
    added = []
    i = 0
    for m in matches:
        while i < len(named) and named[i].end <= m.start():
            e = named[i]
            i += 1
            if " " in e.name:
                for word in e.name.split():
                    by_word.setdefault(word, set()).add(e.name)
            if (
                not followed_by_facility(text, e.end)
                and e.kind != "place"
                and not ends_as_a_place(e.name)  # "Millbrook Park" is no club
                and e.name.rsplit(" ", 1)[-1] not in public
            ):
                counts[e.name] += 1
        # (after "the Austin, Texas-based", whose places are mentions of their own, the noun)
        start = m.start("kind") if m.group("based") else m.start()
        if taken.overlaps(start, m.end()):
            continue
        if m.group("head"):
            owners = by_word.get(m.group("head").capitalize(), set())
        elif m.group("kind").lower() == "club":
            clubs = word_list("lexicon.yaml", "club_name_words")
            owners = _leading(Counter({n: c for n, c in counts.items() if clubs & set(n.split())}))
        else:
            owners = _leading(counts)
        if len(owners) != 1:
            continue
        owner = next(iter(owners))
        site = kinds.get(owner) == "place" or (m.group("head") or "").lower() in _SITE_HEADS
        kind = "place" if site else "organization"
        added.append(EntityMention(start, m.end(), text[start : m.end()], owner, kind, "head-noun"))
    if not added:
        return tuple(entities)
    return tuple(sorted([*entities, *added], key=lambda e: e.start))


def _leading(counts: Counter[str]) -> set[str]:
    """The name mentioned most, when one is mentioned more than any other (else none)."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return set()
    return {top[0][0]}
