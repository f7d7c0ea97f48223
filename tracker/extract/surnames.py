"""Names given in full once and then in short. A person named in full and then by surname
alone ("Hendra Saputra ... Saputra was arrested"): the surname mentions are that person (news
style names people this way, so a name taken up by its surname is a person even without a
title). A company or body named in full and then by its first words ("Delta Quay Terminals ...
Delta Quay said"): the short mentions are that name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from tracker.extract.datafiles import word_list
from tracker.extract.entities import gazetteer
from tracker.extract.model import EntityMention
from tracker.extract.spans import SpanIndex

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
    second_start: dict[str, int] = {}  # where a second person of a shared surname is named
    for e in entities:
        last = _surname(e)
        if last is None:
            continue
        if last in first_full and first_full[last][1].name != e.name and last not in shared:
            shared.add(last)
            second_start[last] = e.start
        first_full.setdefault(last, (e.end, e))
    lead_end = content[min(1, len(content) - 1)][1] if content else 0
    for last in shared:
        # two people with one surname: the surname alone is ambiguous, unless the first is the
        # one the story leads with ("Mirela Dragan, the architect, died ..." before "her
        # daughter, Ioana Dragan"): news calls its subject by the surname.
        if first_full[last][1].end > lead_end or second_start[last] < lead_end:
            del first_full[last]
    if not first_full:
        return tuple(entities)
    taken = SpanIndex((e.start, e.end) for e in entities)
    first_at: dict[tuple[int, str], int] = {}  # (start, text) -> the first such entity
    for i, e in enumerate(entities):
        first_at.setdefault((e.start, e.text), i)
    added: list[EntityMention] = []
    renamed: dict[int, EntityMention] = {}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, first_full)) + r")\b(?:['’]s)?")
    people: set[str] = set()
    for start, end in content:
        for m in pattern.finditer(text, start, end):
            last = m.group(0) if m.group(0) in first_full else m.group(0)[:-2]  # "Saputra's"
            after, full = first_full[last]
            if m.start() < after:
                continue
            same = first_at.get((m.start(), last))
            if same is not None:
                renamed[same] = replace(entities[same], name=full.name, rule="surname")
            elif taken.overlaps(m.start(), m.start() + len(last)):
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


# A preposition that puts what follows on the map ("in Leverkusen", "to Madrid").
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|near|from|to|into|outside|around|across|of|via|towards?|through)\s+$", re.I
)


def resolve_short_names(
    text: str, entities: Sequence[EntityMention], content: Sequence[tuple[int, int]]
) -> tuple[EntityMention, ...]:
    """``entities`` with the short forms of names given in full earlier ("Delta Quay" or
    "Delta" after "Delta Quay Terminals") made that name: an unknown name that opens a
    longer one is renamed, and the first word alone, where no name was found (it opens a
    sentence: "Sunvia said ..."), added; so is a one-word name again where it opens a
    sentence. Not when two earlier names open alike."""
    longer: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}  # first word of a full name -> where that name ends
    # one-word names named alone before any longer name opened with them, and longer names
    # named with "the" ("Maersk said ... The Maersk Denver"): such a longer name is another
    # thing of theirs, a ship or a brand, and the short name stays itself
    alone_first: set[str] = set()
    with_the: set[str] = set()
    bodies: set[str] = set()  # names of bodies given in full so far
    people: set[str] = set()  # names of people given in full so far
    out = []
    for e in entities:
        owner = _one_owner(longer, e.name)
        if owner is not None and e.name in alone_first and owner in with_the:
            owner = None
        if e.kind == "unknown" and owner is not None and owner != e.name:
            # ("Gukesh Dommaraju ... Gukesh will receive": a person named by the first name)
            kind = "person" if owner in people else e.kind
            e = replace(e, name=owner, kind=kind, rule="short-name")
        elif " " not in e.name and (
            # "the European Commission ... The Commission opened": the body named in full
            (e.kind == "unknown" and text.endswith(("the ", "The "), 0, e.start))
            # "Bayer Leverkusen ... Leverkusen play Werder Bremen": the club, named after the
            # city it is in ("fans in Leverkusen" and a dateline's "VARNA, Bulgaria" stay the
            # city)
            or (
                e.kind == "place"
                and not e.text.isupper()
                and _PLACE_PREPOSITION.search(text, max(0, e.start - 12), e.start) is None
            )
        ):
            heads = {n for n in bodies if n.endswith(" " + e.name)}
            if len(heads) == 1:
                e = replace(e, name=heads.pop(), kind="organization", rule="short-name")
        if e.kind in ("organization", "unknown") and " " in e.name:
            bodies.add(e.name)
        if " " not in e.name and e.name not in longer:
            alone_first.add(e.name)
        if text.endswith(("the ", "The "), 0, e.start):
            with_the.add(e.name)
        out.append(e)
        if e.kind == "person" and " " in e.name:
            people.add(e.name)
        if e.kind in ("unknown", "organization", "person") and e.rule != "short-name":
            words = e.name.split()
            for n in range(1, _place_part(words)):
                longer.setdefault(" ".join(words[:n]), set()).add(e.name)
            if len(words) == 1:  # "maker Lumo ... Lumo sold": the name again, opening a sentence
                longer.setdefault(e.name, set()).add(e.name)
            if _short_form(words[0]):
                first_seen.setdefault(words[0], e.end)
        if e.kind in ("unknown", "place") and e.rule != "short-name" and " " not in e.name:
            # "Moirans-en-Montagne ... the Moirans plant": a compound place by its first part
            head = _HYPHEN_HEAD.match(e.name)
            if head is not None and head.group(1) not in gazetteer():
                longer.setdefault(head.group(1), set()).add(e.name)
    itself = {w for w in alone_first if _one_owner(longer, w) in with_the}
    added = _first_words(text, out, content, first_seen, longer, itself)
    out = _headline_short_names(text, out, longer)
    return tuple(sorted(out + added, key=lambda e: e.start)) if added else tuple(out)


def _place_part(words: list[str]) -> int:
    """How many of a name's first words may stand for it: all but the last; none for a public
    body's name, whose first words name the place or field it serves ("Port Carrow City
    Council": "Port Carrow" is the town)."""
    if words[-1] in word_list("lexicon.yaml", "public_body_ends"):
        return 1
    return len(words)


# The first part of a hyphenated name, four letters or more ("Moirans" of "Moirans-en-Montagne")
_HYPHEN_HEAD = re.compile(r"([A-Z][a-zà-ÿ]{3,})-[a-zA-Z]")


def _headline_short_names(
    text: str, entities: list[EntityMention], longer: dict[str, set[str]]
) -> list[EntityMention]:
    """The headline's one-word unknown names made the one longer name the body gives them in
    full ("Kestrel's shares jump 40% in Nasdaq debut" ... "Kestrel Technologies"): a headline
    names a body short before the text names it."""
    end = text.find("\n")
    if end < 0:
        return entities
    out = []
    for e in entities:
        if e.end <= end and e.kind == "unknown" and " " not in e.name:
            owners = {o for o in longer.get(e.name, ()) if o != e.name}
            if len(owners) == 1:
                e = replace(e, name=owners.pop(), rule="short-name")
        out.append(e)
    return out


def _short_form(word: str) -> bool:
    """Whether a name's first word may stand for the name ("Sunvia", not "National")."""
    return (
        len(word) >= 4
        and _WORD.match(word) is not None
        and word not in gazetteer()
        and word not in word_list("lexicon.yaml", "not_names")
        and word.lower() not in word_list("lexicon.yaml", "name_openers")
    )


def _first_words(
    text: str,
    entities: list[EntityMention],
    content: Sequence[tuple[int, int]],
    first_seen: dict[str, int],
    longer: dict[str, set[str]],
    itself: AbstractSet[str] = frozenset(),
) -> list[EntityMention]:
    """Mentions of the first words in ``first_seen`` after their full name (a name of one
    word: before it too) that open a sentence, where no entity is; those in ``itself`` stand
    for themselves, not for the longer name."""
    words = [w for w in first_seen if _one_owner(longer, w) is not None]
    if not words:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b(?!\s+[A-Z])")
    taken = SpanIndex((e.start, e.end) for e in entities)
    added = []
    for start, end in content:
        for m in pattern.finditer(text, start, end):
            word = m.group(0)
            if not _opens_sentence(text, m.start(), start):
                continue  # mid-sentence the name was found already, or is no name
            if m.start() < first_seen[word] and _one_owner(longer, word) != word:
                continue  # the first word of a longer name before it: "Delta variant" ...
            # (a name of one word is a name before its first mid-sentence mention too:
            # "Ferencváros won the cup ... equalised for Ferencváros")
            if taken.overlaps(m.start(), m.end()):
                continue
            name = (None if word in itself else _one_owner(longer, word)) or word
            added.append(
                EntityMention(m.start(), m.end(), m.group(0), name, "unknown", "short-name")
            )
    return added


def _one_owner(longer: dict[str, set[str]], short: str) -> str | None:
    """The one name ``short`` stands for: the longer one when it was also named alone
    ("Vantor" and "Vantor Systems"), the full one when the others are its openings ("Halvard
    Robotics" and "Halvard Robotics ASA"); None when two names open with it."""
    owners = longer.get(short, set()) - {short} or longer.get(short, set())
    if len(owners) > 1:
        # "Halvard Robotics" and "Halvard Robotics ASA": one name, given shorter and in full
        full = max(owners, key=len)
        if all(full.startswith(o + " ") or o == full for o in owners):
            return full
        # "Orchard Inc." and its product "Orchard Air": the company's name, when one ends so
        ends = word_list("lexicon.yaml", "company_name_ends")
        companies = [o for o in owners if o.rsplit(" ", 1)[-1].rstrip(".") in ends]
        if len(companies) == 1:
            return companies[0]
    return next(iter(owners)) if len(owners) == 1 else None


def _opens_sentence(text: str, at: int, floor: int) -> bool:
    """Whether only spaces, a bullet or a sentence's end come before ``at``."""
    before = text[max(floor, at - 4) : at].rstrip()
    return at - floor <= 2 or not before or before[-1] in '.!?:"“-•*\n—–'


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Z&]{1,5})\)")


_ALL_CAPS = re.compile(r"[A-Z]{2,6}")
_SMALL_WORDS = frozenset(("of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "&"))


def _initials(name: str) -> str:
    """The initials of a name's words, its small words left out ("ISRO" of "Indian Space
    Research Organisation", "NSIDC" of "National Snow and Ice Data Center")."""
    return "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS and w[0].isupper())


_WORD_BEFORE = re.compile(r"([\w'’.&-]+)\s+$")


def _spelled_out(text: str, entities: Sequence[EntityMention]) -> Sequence[EntityMention]:
    """``entities`` with a name that brackets spell out made one, over the words its capitals
    stand for: "the Medicines and Healthcare products Regulatory Agency (MHRA)" is one name,
    not "Medicines", "Healthcare" and "Regulatory Agency". Small words and one other word in
    lower case may come between the capitals' words."""
    out, changed = list(entities), False
    for e in entities:
        m = _ACRONYM_AFTER.match(text, e.end)
        have = _initials(e.name)
        acr = m.group("acr").replace("&", "") if m is not None else ""
        if not have or acr == have or not acr.endswith(have):
            continue
        need, at, lower = acr[: -len(have)], e.start, 0
        while need:
            word = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if word is None:
                break
            first = word.group(1)[0]
            if first.isupper() and first == need[-1]:
                need = need[:-1]
            elif word.group(1).lower() not in _SMALL_WORDS and (first.isupper() or lower):
                break
            elif word.group(1).lower() not in _SMALL_WORDS:
                lower += 1  # "Healthcare products Regulatory": a word the capitals skip
            at = word.start(1)
        if need:
            continue
        name = text[at : e.end]
        out = [o for o in out if not (at <= o.start and o.end <= e.end)]
        out.append(EntityMention(at, e.end, name, name, e.kind, e.rule))
        changed = True
    return sorted(out, key=lambda o: o.start) if changed else entities


def resolve_acronyms(text: str, entities: Sequence[EntityMention]) -> tuple[EntityMention, ...]:
    """``entities`` with the names in capitals that an earlier name introduced in brackets
    ("the National Snow and Ice Data Center (NSIDC)"), or whose initials they are, made that
    name wherever they appear."""
    entities = _spelled_out(text, entities)
    full: dict[str, EntityMention] = {}
    for e in entities:
        m = _ACRONYM_AFTER.match(text, e.end)
        if m is None or (e.kind == "unknown" and " " not in e.name):
            continue  # (an unknown single word is no name to spell out)
        full.setdefault(m.group("acr"), e)
    # "the Indian Space Research Organisation ... ISRO plans": a name whose initials spell
    # the capitals, when one name alone does
    by_initials: dict[str, set[str]] = {}
    named: dict[str, EntityMention] = {}
    for e in entities:
        if e.kind in ("organization", "unknown") and " " in e.name:
            by_initials.setdefault(_initials(e.name), set()).add(e.name)
            named.setdefault(e.name, e)
    for e in entities:
        if e.text in full or not _ALL_CAPS.fullmatch(e.text):
            continue
        names = by_initials.get(e.text, set())
        if len(names) == 1:
            full[e.text] = named[next(iter(names))]
    if not full:
        return tuple(entities)
    return tuple(
        replace(e, name=full[e.text].name, kind=full[e.text].kind)
        if e.text in full and (e.rule == "acronym" or e.kind == "unknown")
        else e
        for e in entities
    )
