"""A body named in full and then by the noun its name is built on: "the National Bank of
Poland ... the bank raised rates", "the Norwegian Airline Pilots Association ... the
association said". The lower-case mention is that body, where one earlier name alone has the
noun (lexicon.yaml: head_nouns)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tracker.extract.datafiles import word_list
from tracker.extract.model import EntityMention


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(word_list("lexicon.yaml", "head_nouns")))
    return re.compile(rf"\b[Tt]he\s+(?P<head>{heads})\b(?!['’]s\b)")


def resolve_head_nouns(
    text: str, entities: Sequence[EntityMention], content: Sequence[tuple[int, int]]
) -> tuple[EntityMention, ...]:
    """``entities`` with "the <noun>" mentions added for the organisation or unknown name given
    earlier whose words hold that noun capitalised ("the bank" after "National Bank of
    Poland"); not when two earlier names hold it, nor inside another mention."""
    named = [e for e in entities if e.kind in ("organization", "unknown") and " " in e.name]
    if not named:
        return tuple(entities)
    taken = [(e.start, e.end) for e in entities]
    added = []
    for start, end in content:
        for m in _pattern().finditer(text, start, end):
            head = m.group("head").capitalize()
            owners = {e.name for e in named if e.end <= m.start() and head in e.name.split()}
            if len(owners) != 1 or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            name = owners.pop()
            added.append(
                EntityMention(m.start(), m.end(), m.group(0), name, "organization", "head-noun")
            )
    if not added:
        return tuple(entities)
    return tuple(sorted([*entities, *added], key=lambda e: e.start))
