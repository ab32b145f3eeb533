"""Which nation a word names ("Chinese", "China's", "Russian" -> one key per nation)."""
from __future__ import annotations

from pipeline.lexicon import COUNTRY_ALIASES

# Demonyms whose country name is not their prefix; the rest are matched by shared prefix.
IRREGULAR = {
    "french": "france", "dutch": "netherlands", "swiss": "switzerland", "greek": "greece",
    "welsh": "wales", "irish": "ireland", "scottish": "scotland", "danish": "denmark",
    "swedish": "sweden", "finnish": "finland", "polish": "poland", "turkish": "turkey",
    "spanish": "spain", "british": "britain", "english": "england", "filipino": "philippines",
    "thai": "thailand", "lao": "laos", "peruvian": "peru", "norwegian": "norway",
    "american": "america", "soviet": "russia", "kremlin": "russia",
}
ALIASES = COUNTRY_ALIASES
MIN_PREFIX = 4


def nation_key(word: str) -> str:
    """A key equal for a country and its demonym ("China", "Chinese", "China's" -> "chin")."""
    w = word.casefold().strip()
    if w.endswith("'s") or w.endswith("’s"):
        w = w[:-2]
    w = ALIASES.get(w, IRREGULAR.get(w, w))
    for suffix in ("ese", "ian", "ean", "an", "i", "ish"):
        if w.endswith(suffix) and len(w) - len(suffix) >= MIN_PREFIX:
            w = w[: len(w) - len(suffix)]
            break
    # Four letters tell most nations apart; known clashes (Austria/Australia, Slovakia/Slovenia)
    # make the caller's nationality check more lenient, never link across a clear difference.
    return w[:MIN_PREFIX]


def same_nation(a: str, b: str) -> bool:
    return nation_key(a) == nation_key(b)
