"""Within one article: a name that opens with a place, a nationality or an organisation of the
article, and its rest standing alone ("New Orleans Saints" / "Saints", "Chinese Communist Party" /
"Communist Party", "Google Stadia" / "Stadia")."""
from __future__ import annotations

from collections import Counter

from pipeline.given_names import is_given_name
from pipeline.lexicon import ORG_GENERIC_WORDS
from pipeline.name_strings import known_place
from pipeline.resolve.orgs import chapter, named_after


def link_place_prefixed(groups, keys: list[str]) -> None:
    """'Saints' -> 'New Orleans Saints' when 'New Orleans' is a place named in the same article;
    'Communist Party' -> 'Chinese Communist Party' after a nationality the article names;
    'Stadia' -> 'Google Stadia' after an organisation the article names (a maker and its product).

    Not a common word the article also writes in lower case: "House" beside "Kentucky House" is
    as likely the U.S. House. After an organisation, the rest may carry any label but a known
    place's or a person's full name (the model wavers on product names: "Stadia" PERSON)."""
    places = {k for k in keys if groups.kind(k) in {"place", "norp"}}
    orgs = {k for k in keys if groups.kind(k) == "org"}
    longer: dict[str, list[str]] = {}  # a rest -> the names it is the rest of
    for key in keys:
        words = key.split()
        if groups.kind(key) not in {"org", "any"} or len(words) < 2:
            continue
        for cut in range(1, min(4, len(words))):
            prefix, rest = " ".join(words[:cut]), " ".join(words[cut:])
            if rest not in groups.labels or rest in groups.lower_words \
                    or all(w in ORG_GENERIC_WORDS for w in words[cut:]) or named_after(rest, key):
                continue
            if prefix in places and groups.kind(rest) in {"org", "any"} and not chapter(words[-1], prefix) \
                    and not _read_as_person(groups.labels[rest]):
                longer.setdefault(rest, []).append(key)  # not "Republican Party" for "Texas Republican Party"
            elif len(words) - cut <= 2 and _names_of(prefix, orgs) and _may_be_product(groups, rest):
                # a short product name ("Stadia", "Founder's Edition"): "Google Stadia Red Dead
                # Redemption 2" is two names run together, not a product of "Google Stadia"
                longer.setdefault(rest, []).append(key)
    for rest in sorted(longer):  # the rest of one name only: "Pro" of "MacBook Pro" and "AirPods Pro" is neither
        groups.link_unique(rest, longer[rest])


def _read_as_person(labels: Counter) -> bool:
    """A third of a name's mentions tagged PERSON: a surname ("Sanders", 12 of 30), not a team
    after its city ("New Hampshire Sanders" runs the state into the candidate's name)."""
    return labels["PERSON"] * 3 >= sum(labels.values()) > 0


def _names_of(prefix: str, orgs: set[str]) -> bool:
    """Whether a run of words is an organisation of the article, or a maker and its product named
    one after the other ("Google Stadia" in "Google Stadia Founder's Edition" beside "Google" and
    "Stadia")."""
    words = prefix.split()
    return prefix in orgs or any(" ".join(words[:cut]) in orgs and " ".join(words[cut:]) in orgs
                                 for cut in range(1, len(words)))


def _may_be_product(groups, key: str) -> bool:
    kind = groups.kind(key)
    if kind == "place":
        return not known_place(key)
    if kind == "person":
        return " " not in key and not is_given_name(key)
    return kind in {"org", "any"}
