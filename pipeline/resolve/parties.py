"""Across articles: the local entities a national party's names stand for, one cluster per party.

"Labour" is a common word of a run ("labour costs", "labour market") and "the Tories", "the
Conservatives" plurals the model types NORP ("Lib Dems" even PERSON): as short names they would
link across articles only on story evidence, and with dozens of articles naming the party no
candidate clearly wins, so each article kept a party of its own (judge12ra: 44 "Labour" entities
and one "Labour Party"). A party's name, in any of the forms party_words.PARTY_NAMES lists (short,
long, plural, nickname), names one organisation wherever a run writes it: such entities are linked
by party, across the model's types, and never as short names.
"""
from __future__ import annotations

from collections import defaultdict

from pipeline.party_words import PARTY_NAMES
from pipeline.resolve.names import LocalEntity


def party_of(entity: LocalEntity) -> str | None:
    """The key of the party the entity's most complete name is a name of, or None ("Labour" ->
    "labour", "Tory Party" -> "conservative"); a place ("Labour" as GPE is a misreading too rare
    to trust) names none."""
    if entity.type_class == "place":
        return None
    key = entity.head_key.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    return PARTY_NAMES.get(key)


def party_links(parties: list[str | None]) -> list[tuple[int, int]]:
    """Each entity naming a party linked to the first that names it (indices into `parties`)."""
    members: dict[str, list[int]] = defaultdict(list)
    for i, party in enumerate(parties):
        if party is not None:
            members[party].append(i)
    return [(ms[0], j) for _, ms in sorted(members.items()) for j in ms[1:]]


def party_name(forms) -> str | None:
    """The name a cluster holding a party's names goes by: the most complete of those names, most
    written first, not a longer form a bad span made ("Conservative Party Co" of "Conservative Party
    Co-chairman"); None for a cluster of no party."""
    named = {form: n for form, n in forms.items()
             if PARTY_NAMES.get(form.casefold().removeprefix("the ").removesuffix("'s"))}
    return min(named, key=lambda f: (-len(f.split()), -named[f], f)) if named else None
