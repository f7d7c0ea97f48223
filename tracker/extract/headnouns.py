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
from tracker.extract.entities import followed_by_facility
from tracker.extract.model import EntityMention


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(word_list("lexicon.yaml", "head_nouns")))
    kinds = "|".join(sorted(word_list("lexicon.yaml", "descriptor_nouns")))
    # not "the company Volkswagen", "The company, Kafue Copper," (a name follows), nor "the
    # airline's" (the name then)
    return re.compile(
        rf"\b[Tt]he\s+(?:(?P<head>{heads})|(?P<kind>{kinds}))\b(?!['’]s\b)(?!,?\s+[A-Z])"
    )


def resolve_head_nouns(
    text: str, entities: Sequence[EntityMention], content: Sequence[tuple[int, int]]
) -> tuple[EntityMention, ...]:
    """``entities`` with "the <noun>" mentions added for the organisation or unknown name given
    earlier whose words hold that noun capitalised ("the bank" after "National Bank of
    Poland"); not when two earlier names hold it, nor inside another mention."""
    named = [e for e in entities if e.kind in ("organization", "unknown")]
    if not named:
        return tuple(entities)
    taken = [(e.start, e.end) for e in entities]
    added = []
    for start, end in content:
        for m in _pattern().finditer(text, start, end):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = [e for e in named if e.end <= m.start()]
            if m.group("head"):
                head = m.group("head").capitalize()
                owners = {e.name for e in before if " " in e.name and head in e.name.split()}
            else:  # not a site named by its facility ("the Mufulira East mine")
                owners = _leading([e for e in before if not followed_by_facility(text, e.end)])
            if len(owners) != 1:
                continue
            name = owners.pop()
            added.append(
                EntityMention(m.start(), m.end(), m.group(0), name, "organization", "head-noun")
            )
    if not added:
        return tuple(entities)
    return tuple(sorted([*entities, *added], key=lambda e: e.start))


def _leading(mentions: list[EntityMention]) -> set[str]:
    """The name mentioned most, when one is mentioned more than any other (else none)."""
    counts = Counter(e.name for e in mentions).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return set()
    return {counts[0][0]}
