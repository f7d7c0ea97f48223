"""Finding countries, places, organisations and armed groups in text with a gazetteer built from
pycountry and the curated data files; other capitalised names are kept as kind "unknown"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from tracker.extract.datafiles import RuleFileError, load_data_file, require_keys, word_list
from tracker.extract.model import EntityMention

KINDS = ("country", "place", "organization", "group", "person", "unknown")
_TITLES = (
    r"President|Prime Minister|Foreign Minister|Defense Minister|Defence Minister|Minister|"
    r"Gen\.|General|Col\.|Sen\.|Senator|Rep\.|Gov\.|Governor|Mayor|Ambassador|Secretary|"
    r"Spokesman|Spokeswoman|Spokesperson|Dr\.|Mr\.|Mrs\.|Ms\.|Commander|Chief|Director"
)
_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_PERSON = re.compile(rf"\b(?:{_TITLES})\s+(?P<name>{_NAME}(?:\s+{_NAME}){{0,2}})")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+(?:of\s+|al-|de\s+)?[A-Z][\w'’-]*)*")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A canonical entity with the kind it has."""

    name: str
    kind: str


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerEntry]:
    """Surface form -> canonical entry, from pycountry plus countries.yaml and entities.yaml."""
    table: dict[str, GazetteerEntry] = {}
    overrides = load_data_file("countries.yaml") or {}
    if not isinstance(overrides, dict):
        raise RuleFileError("countries.yaml: expected a mapping of ISO codes")
    for country in pycountry.countries:
        extra = overrides.get(country.alpha_2) or {}
        name = extra.get("name") or getattr(country, "common_name", None) or country.name
        entry = GazetteerEntry(name, "country")
        forms = {name, country.name, getattr(country, "common_name", country.name)}
        forms.update(extra.get("aliases") or ())
        for form in forms:
            if "," not in form:
                table.setdefault(form, entry)
    items = load_data_file("entities.yaml") or []
    for n, item in enumerate(items):
        item = require_keys(item, ("name", "kind"), "entities.yaml", f"entry #{n + 1}")
        if item["kind"] not in KINDS:
            raise RuleFileError(f"entities.yaml: {item['name']!r}: unknown kind {item['kind']!r}")
        entry = GazetteerEntry(item["name"], item["kind"])
        for form in (item["name"], *(item.get("aliases") or ())):
            table[form] = entry
    return table


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> re.Pattern[str]:
    forms = sorted(gazetteer(), key=len, reverse=True)
    alternation = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w.-])(?:{alternation})(?:['’]s)?(?![\w-])")


def find_entities(text: str, *, start: int = 0, end: int | None = None) -> list[EntityMention]:
    """Entity mentions in ``text[start:end]``, with offsets into ``text``, in order and not
    overlapping."""
    end = len(text) if end is None else end
    table = gazetteer()
    found: list[EntityMention] = []
    taken: list[tuple[int, int]] = []
    for m in _gazetteer_pattern().finditer(text, start, end):
        surface = re.sub(r"['’]s$", "", m.group(0))
        entry = table.get(surface)
        if entry is None:
            continue
        found.append(
            EntityMention(m.start(), m.start() + len(surface), surface, entry.name, entry.kind)
        )
        taken.append((m.start(), m.end()))
    for m in _PERSON.finditer(text, start, end):
        s, e = m.start("name"), m.end("name")
        if not _overlaps(s, e, taken):
            found.append(EntityMention(s, e, m.group("name"), m.group("name"), "person", "title"))
            taken.append((m.start(), e))
    for m in _CAPITALISED.finditer(text, start, end):
        s, e = m.start(), m.end()
        words = m.group(0).split()
        if (
            _overlaps(s, e, taken)
            or words[0] in word_list("lexicon.yaml", "not_names")
            or _sentence_initial(text, s, start)
        ):
            continue
        name = m.group(0).rstrip("’'")
        found.append(EntityMention(s, s + len(name), name, name, "unknown", "capitalised"))
        taken.append((s, e))
    found.sort(key=lambda mention: mention.start)
    return found


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < te and ts < e for ts, te in spans)


def _sentence_initial(text: str, pos: int, floor: int) -> bool:
    before = text[floor:pos].rstrip()
    return not before or before[-1] in '.!?:"“(\n—'
