"""Places inside places, and organisations placed where they were founded.

Rule names (the unit of confidence calibration):
- "place_kind": "Wasilla, a suburb of Anchorage", "Wasilla, a town in Alaska", "the Chicago suburb of
  Evanston", "Evanston is a suburb of Chicago" -> located_in (the named place in the one after
  "of"/"in", or in the place modifying the kind);
- "place_in_place": "such as Aceh in Indonesia", "Guildford in Surrey", "held in Pusan in South Korea"
  -> located_in (a place below a country's rank with "in" and a known place hung on its name, or a
  country in the "in" phrase right after it);
- "founded_in_place": "Regina Benjamin founded the Bayou La Batre Rural Health Clinic in the fishing
  village of Bayou La Batre", "Acme opened the Acme Museum in Detroit" -> located_in (the place of
  the founding verb is where the founded organisation stands).
The site rule ("site_noun", run from noun_rules) takes three parts from here: the town before an owned
site noun (owned_site_place), the company that works a site (working_company) and a site's own name
typed LOC (named_facility).
"The village of X" itself is X as an argument (arguments.ArgumentFinder._place_of_kind). An
organisation in apposition with a kind of institution placed by "in" ("Promises Treatment Center, a
rehab clinic in Los Angeles") is org_rules._apposition_place.
"""
from __future__ import annotations

from itertools import product
from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.entities.mentions import nationality_word
from pipeline.extract.modality import polarity_of
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects
from pipeline.extract.relations.lexicon import PLACE_KIND_NOUNS
from pipeline.extract.relations.its_owners import its_owners, owned_by_its
from pipeline.extract.relations.noun_relations import labelled
from pipeline.extract.relations.verb_subjects import clause_subject, phrasal_key
from pipeline.extract.relations.visit_rules import states_event
from pipeline.lexicon import COUNTRY_ALIASES, PLACE_LABELS
from pipeline.name_strings import country, known_place, name_key
from pipeline.organisation_words import NATIONAL_PLACE_NOUNS

CONTAINER_NOUNS = PLACE_KIND_NOUNS | {"capital", "seat", "area"}
# Before "of": kinds written "the <container> <kind> of <place>" only ("the Chicago suburb of Evanston");
# a neighbourhood or district is written both ways ("the Washington Heights neighborhood of Manhattan")
CONTAINER_FIRST_KINDS = frozenset({"suburb", "town", "village", "city", "hamlet", "township", "municipality"})
# A country's parts, written with the country before the kind ("the US state of Delaware", "the Indian
# state of Gujarat", "the Greek island of Crete") or after "of" ("the Darfur region of Sudan"): the
# side that names a country holds the other
COUNTRY_PART_KINDS = frozenset({"state", "province", "region", "county", "territory", "republic", "island",
                                "prefecture", "emirate", "canton", "oblast"})
# Of those, the kinds written with the part first ("the Darfur region of Sudan"); a state, an island or a
# republic after "of" may be a country itself ("the Gulf state of Qatar", "the Caribbean island of Cuba")
PART_FIRST_KINDS = frozenset({"region", "province", "county", "territory", "prefecture", "canton", "oblast"})
# Kinds written either way round: "the Porta Nuova area of Palermo", "the Washington Heights neighborhood
# of Manhattan", but "the Palermo district of Porta Nuova"; the gazetteer's city is the container
EITHER_WAY_KINDS = frozenset({"district", "neighborhood", "neighbourhood", "area", "quarter", "section", "borough"})
# Verbs that set an organisation up at a place ("founded X in Y"); not "launched" (a product, a
# campaign) nor "built" (anything)
FOUNDING_VERBS = frozenset({"found", "establish", "open", "set up", "co-found", "cofound"})
# Last words of a region's name, which the NER types LOC as it does a named facility: "the Gulf Coast
# refinery in Texas" and "an Asia-Pacific office in Hong Kong" place no region, "the Olympic Dam mine in
# South Australia" places the mine
REGION_NAME_ENDINGS = frozenset({"coast", "sea", "valley", "river", "gulf", "bay", "lake", "mountains", "hills", "basin",
                                 "delta", "peninsula", "island", "islands", "plain", "plains", "desert", "region", "belt",
                                 "shore", "ocean", "strait", "channel", "highlands", "lowlands", "corridor", "field", "fields",
                                 "north", "south", "east", "west", "midwest", "states", "pacific", "atlantic", "arctic",
                                 "mediterranean", "caribbean", "baltic", "asia", "europe", "africa", "americas"})
# Verbs by which a company works a site it has: "Exxon will close the unit at its Sunderland refinery"
# (the subject's "its"), "Agip operates refineries at Augusta"; not "Goldman Sachs valued its Dagenham
# plant" (an adviser's object), nor "build"/"open" (a site not there yet)
SITE_RUNNING_VERBS = frozenset({"have", "own", "operate", "run", "close", "shut", "reopen", "restart", "idle",
                                "expand", "modernize", "modernise", "upgrade", "convert", "cut", "halt", "resume"})
ALL_KINDS = CONTAINER_FIRST_KINDS | EITHER_WAY_KINDS | COUNTRY_PART_KINDS
PLACE_CONTAINER_RULE_CONFIDENCE: dict[str, float] = {"place_kind": 0.8, "founded_in_place": 0.75, "place_in_place": 0.75}
AREAS = ("GPE", "LOC")
# What a kind of place says is a place, whatever the NER made of it ("Evanston, a suburb of Chicago"
# typed ORG); not a PERSON, which would make a home of it
NAMED_AREAS = ("GPE", "LOC", "FAC", "ORG")


def place_kind_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"Wasilla, a suburb of Anchorage", "Wasilla, a town in Alaska": a place in apposition with a
    kind of place whose "of"/"in" names the place around it."""
    if finder.label(mention) not in NAMED_AREAS or mention.refers_to is not None:
        return
    kinds = [c for c in root.children if c.dep_ == "appos" and finder.mention_at(c) is None]
    if root.dep_ == "appos" and root.head.lemma_.lower() in NATIONAL_PLACE_NOUNS and finder.mention_at(root.head) is None:
        kinds.append(root.head)  # "the Czech capital, Prague": the kind first, the name in apposition
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and states_event(root.head):
        # not "Jerusalem should be the recognized capital of Israel": a claim about what ought to be
        kinds += [c for c in root.head.children if c.dep_ == "attr" and finder.mention_at(c) is None]
    for kind in kinds:
        if kind.lemma_.lower() not in CONTAINER_NOUNS or kind.tag_ not in ("NN", "NNP") or _figurative(finder, kind):
            continue
        # "a town near Boston", "a suburb outside Boston" is not in Boston: only "of" and "in"
        place = _place_before_region(finder, mention) or mention
        around = [m for m in labelled(finder, prep_objects(kind, ("of", "in")), AREAS) if m.index != place.index]
        if kind.lemma_.lower() in NATIONAL_PLACE_NOUNS:  # "the Ukrainian capital", "Britain's capital"
            around += [m for m in labelled(finder, [c for c in kind.children if c.dep_ in ("amod", "compound", "poss")],
                                           ("GPE",)) if m.index != place.index and _a_state(m)]
        yield from pairs("located_in", [place], around, "place_kind", (kind,))
    yield from _place_in_place(finder, mention, root)


def _a_state(place: Mention) -> bool:
    return nationality_word(place) or country(name_key(place.text))


def _place_in_place(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"such as Aceh in Indonesia": "in" hung on a place's name and governing a place the gazetteer knows.
    Not a country's name ("Britain in Europe" is a stance, "Israel in Gaza" an army), nor a subject,
    which a place is as an actor ("Washington in Beijing pressed for ...")."""
    key = name_key(mention.text)
    if finder.label(mention) not in AREAS or root.dep_ in ("nsubj", "nsubjpass") or country(key) \
            or key in COUNTRY_ALIASES.values():  # "Britain", "America": a country by its alias's name
        return
    around = [m for m in labelled(finder, prep_objects(root, ("in",)) + _next_in_phrase(finder, mention, root), AREAS)
              if m.index != mention.index and known_place(name_key(m.text)) and name_key(m.text) != name_key(mention.text)]
    yield from pairs("located_in", [mention], around, "place_in_place", (root,))


def _next_in_phrase(finder: ArgumentFinder, mention: Mention, root: Token) -> list[Token]:
    """"held in Pusan in South Korea": the parse hangs both "in" phrases on the verb; the second, right
    after the place (or after the last place of a list), names a country holding it (only a country:
    "in London in May" is a time)."""
    first = root
    while first.dep_ == "conj":  # "held in Hong Kong, Tokyo and Pusan in South Korea": the last of a list
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "in":
        return []
    doc = root.doc
    after = next((t for t in doc[root.i + 1:root.i + 2] if t.idx >= mention.end), None)
    if after is None or after.lower_ != "in" or after.head != first.head.head or after.dep_ != "prep":
        return []
    return [t for t in after.children if t.dep_ == "pobj" and (m := finder.mention_at(t)) is not None
            and _a_state(m)]


def _place_before_region(finder: ArgumentFinder, mention: Mention) -> Mention | None:
    """"Troy, Michigan, a suburb of Detroit": the parse hangs the apposition on the state, but it
    describes the place the state follows ("<place>, <region>, a <kind> of ...")."""
    span = finder.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or finder.doc[span.start - 1].text != ",":
        return None
    before = finder.mention_at(finder.doc[span.start - 2])
    return before if before is not None and finder.label(before) in NAMED_AREAS else None


def _figurative(finder: ArgumentFinder, kind: Token) -> bool:
    """"the gambling capital of America", "the fashion capital of the world": a kind of place
    qualified by a common noun is a figure of speech, not a place's seat."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" and finder.mention_at(c) is None
               for c in kind.children)


def kind_noun_rules(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"the Chicago suburb of Evanston", "the Alaska town of Wasilla": the place after "of" is in the
    place modifying the kind; for a kind written either way round, the one the gazetteer knows (a
    city, a state, a country) and the other does not holds the other."""
    lemma = noun.lemma_.lower()
    if lemma not in ALL_KINDS or finder.mention_at(noun) is not None:
        return
    of_objects = prep_objects(noun, ("of",))
    if noun.tag_ == "NN":  # "the Gulf state of Qatar and Djibouti": one state, the first name
        after = [m for t in of_objects for m in [finder.entity(t)] if m is not None and finder.label(m) in NAMED_AREAS]
    else:
        after = labelled(finder, of_objects, NAMED_AREAS)
    before = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")]
    if lemma in CONTAINER_FIRST_KINDS:
        yield from pairs("located_in", after, labelled(finder, before, AREAS) + _nations(finder, noun), "place_kind", (noun,))
        return
    if lemma in COUNTRY_PART_KINDS:
        yield from _country_part(finder, noun, before, after)
        return
    named = labelled(finder, before, NAMED_AREAS)
    if not named or not after:
        return
    before_known = all(known_place(name_key(m.text)) for m in named)
    after_known = all(known_place(name_key(m.text)) for m in after)
    if before_known and not after_known:  # "the Palermo district of Porta Nuova"
        yield from pairs("located_in", after, [m for m in named if finder.label(m) in AREAS], "place_kind", (noun,))
    elif after_known and (not before_known or lemma != "district"):  # "the Porta Nuova area of Palermo"
        yield from pairs("located_in", named, [m for m in after if finder.label(m) in AREAS], "place_kind", (noun,))


def _country_part(finder: ArgumentFinder, noun: Token, before: list[Token], after: list[Mention]) -> Iterator[Candidate]:
    """"the US state of Delaware", "the Indian state of Gujarat" (a nationality word names the country:
    entities/mentions.py), "the Darfur region of Sudan": the side naming a country holds the other."""
    named = labelled(finder, before, AREAS) + _nations(finder, noun)
    states_before = [m for m in named if _a_state(m)]
    states_after = [m for m in after if finder.label(m) in AREAS and _a_state(m)]
    if states_before and not states_after:
        yield from pairs("located_in", after, states_before, "place_kind", (noun,))
    elif states_after and named and not states_before and noun.lemma_.lower() in PART_FIRST_KINDS:
        yield from pairs("located_in", named, states_after, "place_kind", (noun,))


def _nations(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    """The countries the nationality words before a kind of place name ("the Indian state", "the French
    city"): entities/mentions.py names them."""
    return [m for m in labelled(finder, [c for c in noun.children if c.dep_ == "amod"], ("GPE", "NORP"))
            if nationality_word(m)]


def founded_in_place(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"founded the Bayou La Batre Rural Health Clinic in the fishing village of Bayou La Batre"."""
    key = phrasal_key(verb)
    if verb.lower_ == "founded":
        key = "found"
    if key not in FOUNDING_VERBS or not states_event(verb):
        return
    founded = labelled(finder, [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")], ("ORG", "FAC"))
    places = labelled(finder, prep_objects(verb, ("in",)), PLACE_LABELS)
    yield from pairs("located_in", founded, places, "founded_in_place", (verb,))


def owned_site_place(finder: ArgumentFinder, site: Token) -> Iterator[Candidate]:
    """"Nissan's Sunderland factory", "its Dagenham plant" (its: the reporting company, the "it" of the
    clause, or the company that works the site: "Exxon will close the unit at its Sunderland
    refinery"): the owner of a site is located_in the place written before the site noun. Only an
    owner by possessive: a name before the site may be a place the NER typed ORG ("the Milwaukee and
    Dayton plants"), and a person's site is a campaign's or a home ("O'Malley's campaign ... its
    Baltimore headquarters")."""
    owners = [m for c in site.children if c.dep_ == "poss" for m in finder.group(c) if finder.label(m) == "ORG"]
    if not owners and owned_by_its(site):
        owners = [m for m in its_owners(finder, site) if finder.label(m) == "ORG"] or working_company(finder, site)
    named = [m for c in site.children if c.dep_ in ("compound", "nmod") for m in finder.group(c)]
    # the parse makes a town an adjective too ("its Augusta plant"); a nationality word is no GPE nor town
    modifying = [m for c in site.children if c.dep_ == "amod" for m in finder.group(c)]
    yield from pairs("located_in", owners, [m for m in named + modifying if finder.label(m) in ("GPE", "LOC")],
                     "site_noun", (site,))
    for owner, place in product(owners, [m for m in named + modifying if mistyped_place(finder, m)]):
        if owner.index != place.index:
            yield Candidate("located_in", owner, place, "site_noun", (site,), object_label="GPE")


# What the NER makes of a town before a site noun ("its Siracusa refinery" typed PRODUCT, "Augusta"
# ORG, "Warren" PERSON); the gazetteer decides ("its Japanese plant", "its Nordex plant": no town)
MISTYPED_PLACE_LABELS = ("ORG", "PRODUCT", "PERSON", "FAC", "NORP")


def mistyped_place(finder: ArgumentFinder, mention: Mention) -> bool:
    """A modifier of an owned site noun that the gazetteer knows as a place, whatever its type: between
    an owner's possessive and a site noun a name is where the site stands."""
    return finder.label(mention) in MISTYPED_PLACE_LABELS and known_place(name_key(mention.text))


def working_company(finder: ArgumentFinder, site: Token) -> list[Mention]:
    """The company subject of a verb that works the site: "Exxon will close the unit at its Sunderland
    refinery" (its site, anywhere in the verb's phrase), "Agip operates refineries at Augusta" (an
    unowned site, the verb's object, stated and not denied: not "has no plants in Italy"). Not when
    another organisation is named between the subject and the site ("Shell will close Mobil's unit at
    its ...": "its" may be Mobil's)."""
    its = next((c for c in site.children if c.dep_ == "poss"), None)
    if its is not None and its.lower_ != "its":
        return []
    verb = next((a for a in site.ancestors if a.pos_ in ("VERB", "AUX")), None) if its is not None else \
        site.head if site.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in SITE_RUNNING_VERBS:
        return []
    if its is None and (not states_event(verb) or polarity_of((verb, site)) == "negated"
                        or any(c.dep_ in ("acl", "relcl") for c in site.children)):
        return []  # nor "plants in Texas owned by Mobil": a site the noun's own clause gives an owner
    subject = clause_subject(site)
    if subject is None or subject.i > site.i:
        return []
    companies = [m for m in finder.group(subject) if finder.label(m) == "ORG"]
    between = {m.index for t in finder.doc[subject.right_edge.i + 1:site.left_edge.i if its is None else its.i]
               if (m := finder.mention_at(t)) is not None and finder.label(m) == "ORG"}
    return companies if companies and not between - {m.index for m in companies} else []


def named_facility(finder: ArgumentFinder, mention: Mention) -> bool:
    """A name the NER typed LOC before a site noun that names the site itself ("the Olympic Dam mine",
    "the Great America theme park"): not a place the gazetteer knows ("the Texas plant") nor a region
    ("the Gulf Coast refinery", "an Asia-Pacific office")."""
    key = name_key(mention.text)
    return finder.label(mention) == "LOC" and not known_place(key) and key.split()[-1] not in REGION_NAME_ENDINGS
