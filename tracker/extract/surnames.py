"""Names given in full once and then in short. A person named in full and then by surname
alone ("Hendra Saputra ... Saputra was arrested"): the surname mentions are that person (news
style names people this way, so a name taken up by its surname is a person even without a
title). A company or body named in full and then by its first words ("Delta Quay Terminals ...
Delta Quay said"): the short mentions are that name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tracker.extract.datafiles import word_list
from tracker.extract.entities import gazetteer
from tracker.extract.model import EntityMention

_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?$")


def _surname(e: EntityMention) -> str | None:
    """The last word of a name of two or three capitalised words that may be a person's."""
    if e.kind not in ("person", "unknown"):
        return None
    words = e.name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and _WORD.match(w) for w in words):
        return None
    last = words[-1]
    if len(last) < 3 or last in gazetteer() or last in word_list("lexicon.yaml", "not_names"):
        return None
    return last


def resolve_surnames(
    text: str, entities: Sequence[EntityMention], content: Sequence[tuple[int, int]]
) -> tuple[EntityMention, ...]:
    """``entities`` with the surname mentions of people named in full earlier added (or, when
    already found as a name of their own, renamed), and those people's kind made "person"."""
    first_full: dict[str, tuple[int, EntityMention]] = {}
    shared: set[str] = set()
    for e in entities:
        last = _surname(e)
        if last is None:
            continue
        if last in first_full and first_full[last][1].name != e.name:
            shared.add(last)  # two people with one surname: the surname alone is ambiguous
        first_full.setdefault(last, (e.end, e))
    for last in shared:
        del first_full[last]
    if not first_full:
        return tuple(entities)
    taken = sorted((e.start, e.end) for e in entities)
    added: list[EntityMention] = []
    renamed: dict[int, EntityMention] = {}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, first_full)) + r")\b(?:['’]s)?")
    people: set[str] = set()
    for start, end in content:
        for m in pattern.finditer(text, start, end):
            last = m.group(0).split("'")[0].split("’")[0]
            after, full = first_full[last]
            if m.start() < after:
                continue
            same = [i for i, e in enumerate(entities) if e.start == m.start() and e.text == last]
            if same:
                renamed[same[0]] = replace(entities[same[0]], name=full.name, rule="surname")
            elif any(s < m.start() + len(last) and m.start() < e for s, e in taken):
                continue  # part of another name
            else:
                added.append(
                    EntityMention(
                        m.start(), m.start() + len(last), last, full.name, "person", "surname"
                    )
                )
            people.add(full.name)
    out = [renamed.get(i, e) for i, e in enumerate(entities)] + added
    out = [
        replace(e, kind="person") if e.name in people and e.kind == "unknown" else e for e in out
    ]
    out.sort(key=lambda e: e.start)
    return tuple(out)


def resolve_short_names(entities: Sequence[EntityMention]) -> tuple[EntityMention, ...]:
    """``entities`` with an unknown name that opens a longer name given earlier ("Delta Quay"
    after "Delta Quay Terminals") renamed to it, unless two earlier names open with it."""
    longer: dict[str, set[str]] = {}
    out = []
    for e in entities:
        if e.kind == "unknown" and e.name in longer and len(longer[e.name]) == 1:
            e = replace(e, name=next(iter(longer[e.name])), rule="short-name")
        out.append(e)
        if e.kind in ("unknown", "organization") and e.rule != "short-name":
            words = e.name.split()
            for n in range(1, len(words)):
                longer.setdefault(" ".join(words[:n]), set()).add(e.name)
    return tuple(out)
