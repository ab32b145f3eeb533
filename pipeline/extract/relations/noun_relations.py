"""Relations stated by a noun rather than a verb, and what a stated relation implies.

Rule names (the unit of confidence calibration):
- "noun_acquisition": "Google's acquisition of YouTube", "the purchase of Whole Foods by Amazon",
  "Microsoft's deal to buy LinkedIn" -> acquired (not a planned, proposed or blocked deal);
- "joint_work": "a poll conducted by the New York Times and ABC News", "a study by X and Y" ->
  partnered_with between the makers of one piece of work;
- "ownership": "the Facebook-owned Instagram", "Instagram, which is owned by Facebook", "X's
  parent company Y", "Y, a subsidiary of X" -> member_of (an organisation in its owner);
  "Jeff Bezos, who owns The Washington Post" -> affiliated_with, role owner;
- "investigation_possessor": "the FBI investigation into her use of a private email server", "the
  FBI is investigating Clinton's emails" -> investigated_by the one whose doings are looked into;
- "visit_site_place": "Clinton toured a factory in Ohio", "visited the memorial in Washington" ->
  visited the place as well as the site;
- "<rule>_founder": an affiliation whose role is a founder ("one of Twitter's founders",
  "co-founder of X") states founded too;
- "one of" roles: "Jack Dorsey, one of Twitter's founders", "X is one of the company's directors"
  read the role noun after "one of" like an apposition or a predicate noun (appos_*/copula_*);
- "possessive_words": "RealClearPolitics' David Byler" where the parser missed the possessive;
- "seat" ("serves on the X Committee"), "travel_verb" ("headed to Iowa"), "campaign_staff"
  ("joined the Trump campaign as a senior adviser").
Arguments come only from the syntactic path (possessor, "of"/"by" objects, agents, coordinated
makers of one noun), never from a neighbour in a list the noun does not govern.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterable, Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import (
    ArgumentFinder, Candidate, clause_subject, is_passive, prep_objects, subject_token,
)
from pipeline.extract.relations.lexicon import (
    ACQUISITION_NOUNS, BLOCKING_VERBS, DEAL_NOUNS, FOUNDER_NOUNS, INVESTIGATION_NOUNS, JOINT_WORK_NOUNS,
    OWNER_NOUNS, OWNED_NOUNS, UNREALISED_WORDS, VERB_SENSES,
)
from pipeline.extract.relations.role_phrases import read_role
from pipeline.extract.relations.role_rules import phrase_candidates
from pipeline.extract.relations.visit_rules import states_event
from pipeline.lexicon import ORG_LABELS, PLACE_LABELS

# Rules the pair scorer neither vetoes nor re-scores: constructions it never saw in CoNLL04, where its
# features (a verb on the path: "RealClearPolitics' Byler pointed out") would speak against them.
UNSCORED_NOUN_RULES = frozenset({"possessive_words", "seat", "ownership"})
NOUN_RULE_CONFIDENCE: dict[str, float] = {
    "possessive_words": 0.75,
    "noun_acquisition": 0.8,
    "joint_work": 0.75,
    "ownership": 0.75,
    "investigation_possessor": 0.7,
    "visit_site_place": 0.75,
    "seat": 0.8,
    "travel_verb": 0.75,
    "campaign_staff": 0.75,
    # founded, read off a founder's affiliation (founder_readings)
    "appos_role_founder": 0.8, "title_org_founder": 0.8, "copula_role_founder": 0.8,
}
MAKER_PARTICIPLES = frozenset({"conduct", "sponsor", "co-sponsor", "cosponsor", "commission", "produce", "host",
                               "co-host", "cohost", "organize", "organise", "carry", "publish", "release", "run"})
SEAT_VERBS = frozenset({"serve", "sit"})
SEAT_NOUNS = frozenset({"board", "committee", "panel", "council", "commission", "subcommittee"})
CAMPAIGN_NOUNS = frozenset({"campaign"})
# Travel verbs the verb senses do not cover, with the prepositions naming where the traveller went.
TRAVEL_VERB_PREPS = {"head": ("to", "into"), "land": ("in", "at"), "jet": ("to", "into"), "trek": ("to",),
                     "journey": ("to",), "venture": ("to", "into")}
INVESTIGATING_VERBS = frozenset({"investigate", "probe", "examine", "scrutinize", "scrutinise", "review"})
SITE_VISIT_VERBS = frozenset({"visit", "tour"})


def _pairs(predicate: str, subjects: Iterable[Mention], objects: Iterable[Mention], rule: str,
           anchors: tuple[Token, ...], qualifiers: dict | None = None) -> Iterator[Candidate]:
    objects = list(objects)
    for subject in subjects:
        for obj in objects:
            if subject.index != obj.index:
                yield Candidate(predicate, subject, obj, rule, anchors, dict(qualifiers or {}))


def _labelled(finder: ArgumentFinder, tokens: Iterable[Token], labels: Iterable[str]) -> list[Mention]:
    wanted = set(labels)
    found: dict[int, Mention] = {}
    for token in tokens:
        for mention in finder.group(token):
            if finder.label(mention) in wanted:
                found.setdefault(mention.index, mention)
    return list(found.values())


def _owners(noun: Token, deps: tuple[str, ...] = ("poss",)) -> list[Token]:
    return [c for c in noun.children if c.dep_ in deps]


def _unrealised(noun: Token) -> bool:
    """A deal that has not happened: "the proposed acquisition", "regulators blocked the takeover",
    "a bid to buy"."""
    if any(c.lower_ in UNREALISED_WORDS for c in noun.children if c.dep_ in ("amod", "compound", "advmod")):
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "nsubjpass", "pobj") and governor.lemma_.lower() in BLOCKING_VERBS


def noun_rules(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """Constructions centred on a common noun."""
    if finder.mention_at(noun) is not None:
        return  # "Federal Bureau of Investigation" is a name, not an investigation
    lemma = noun.lemma_.lower()
    if lemma in ACQUISITION_NOUNS:
        yield from _acquisition(finder, noun)
    if lemma in JOINT_WORK_NOUNS:
        yield from _joint_work(finder, noun)
    if lemma in INVESTIGATION_NOUNS:
        yield from _investigation_noun(finder, noun)
    if lemma in OWNER_NOUNS | OWNED_NOUNS:
        yield from _parent_and_unit(finder, noun)


def _acquisition(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"Google's acquisition of YouTube", "the acquisition of Whole Foods by Amazon"."""
    if _unrealised(noun):
        return
    targets = _labelled(finder, prep_objects(noun, ("of",)), ("ORG", "PRODUCT", "FAC"))
    buyers = _labelled(finder, _owners(noun, ("poss", "compound")) + prep_objects(noun, ("by",)), ("ORG", "PERSON", "GPE"))
    yield from _pairs("acquired", buyers, targets, "noun_acquisition", (noun,))


def deal_verb_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Microsoft's $26 billion deal to buy LinkedIn", "Verizon reached an agreement to acquire
    Yahoo": the deal's owner buys what its infinitive names."""
    sense = VERB_SENSES.get(verb.lemma_.lower())
    if sense is None or sense.predicate != "acquired" or verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    deal = verb.head
    if deal.lemma_.lower() not in DEAL_NOUNS or _unrealised(deal):
        return
    owners = _owners(deal)
    if not owners and deal.dep_ == "dobj":
        subject = clause_subject(deal)
        owners = [subject] if subject is not None else []
    buyers = _labelled(finder, owners, ("ORG", "PERSON", "GPE"))
    targets = _labelled(finder, [c for c in verb.children if c.dep_ == "dobj"], ("ORG", "PRODUCT", "FAC"))
    yield from _pairs("acquired", buyers, targets, "noun_acquisition", (deal, verb))


def _joint_work(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"a poll conducted by the New York Times and ABC News", "a study by X and Y": the makers of one
    piece of work worked together. Only makers coordinated under the noun's own "by"."""
    makers: list[Token] = prep_objects(noun, ("by",))
    for participle in noun.children:
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.lemma_.lower() in MAKER_PARTICIPLES:
            makers += prep_objects(participle, ("by",))
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in MAKER_PARTICIPLES:
        makers += prep_objects(noun.head, ("by",))  # "the debate was hosted by CNN and Univision"
    for maker in makers:
        group = _labelled(finder, [maker], ORG_LABELS)
        roots = {finder.index.root(m).index: m for m in group}
        for first, second in combinations(roots.values(), 2):
            yield Candidate("partnered_with", first, second, "joint_work", (noun,))


def _investigation_noun(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"the FBI investigation into her use of a private email server", "a probe of Trump's business
    dealings": the target is whose doings are looked into, when the object of "into"/"of" is no name."""
    objects = prep_objects(noun, ("into", "of"))
    if not objects or any(finder.entity(t) is not None for t in objects):
        return  # a named target is read by under_noun
    investigators = _labelled(finder, _owners(noun, ("poss", "compound", "nmod")) + prep_objects(noun, ("by",)),
                              ("ORG", "GPE"))
    if not investigators and noun.dep_ == "dobj":
        subject = subject_token(noun.head)
        investigators = _labelled(finder, [subject] if subject is not None else [], ("ORG", "GPE"))
    targets = _labelled(finder, [o for t in objects for o in _owners(t)], ("PERSON", "ORG"))
    yield from _pairs("investigated_by", targets, investigators, "investigation_possessor", (noun,))


def verb_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """Constructions centred on a verb."""
    lemma = verb.lemma_.lower()
    if lemma in INVESTIGATING_VERBS and not is_passive(verb):
        yield from _investigating_verb(finder, verb)
    if lemma in SITE_VISIT_VERBS:
        yield from _site_visit(finder, verb)
    if lemma == "own":
        yield from _owning_verb(finder, verb)
    if lemma in SEAT_VERBS:
        yield from _seat(finder, verb)
    if lemma in TRAVEL_VERB_PREPS:
        yield from _travel(finder, verb, TRAVEL_VERB_PREPS[lemma])
    if lemma in ("join", "leave", "quit", "resign"):
        yield from _campaign_staff(finder, verb)
    yield from deal_verb_rules(finder, verb)


def _seat(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"X serves on the Senate Armed Services Committee", "X sits on the board of Acme", "X sat on
    Acme's board": a seat in the organisation (affiliated_with, role member or board member)."""
    subject = subject_token(verb)
    people = _labelled(finder, [subject] if subject is not None else [], ("PERSON",))
    for seat in prep_objects(verb, ("on",)):
        named = [m for m in finder.group(seat) if finder.label(m) in ORG_LABELS]
        role = "member"
        if not named and seat.lemma_.lower() in SEAT_NOUNS:
            named = _labelled(finder, _owners(seat, ("poss", "compound")) + prep_objects(seat, ("of",)), ORG_LABELS)
            role = "board member" if seat.lemma_.lower() == "board" else "member"
        qualifiers = {"role": role}
        if any(c.dep_ == "advmod" and c.lower_ in ("formerly", "once", "previously") for c in verb.children):
            qualifiers["status"] = "former"
        yield from _pairs("affiliated_with", people, named, "seat", (verb, seat), qualifiers)


def _travel(finder: ArgumentFinder, verb: Token, preps: tuple[str, ...]) -> Iterator[Candidate]:
    """"Sanders headed to Iowa", "Obama landed in Havana": travel that took place (visited)."""
    if not states_event(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return  # "headed the committee" is a post; "landed a job" no travel
    subject = subject_token(verb)
    if subject is None or subject.pos_ == "PRON":
        return  # a pronoun's person is a guess (see visit_rules._present_people)
    travellers = _labelled(finder, [subject], ("PERSON", "ORG", "GPE"))
    places = _labelled(finder, prep_objects(verb, preps), ("GPE", "LOC"))
    yield from _pairs("visited", travellers, places, "travel_verb", (verb,))


def _campaign_staff(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Kellyanne Conway joined the Trump campaign as a senior adviser", "Paul Manafort resigned as
    Donald Trump's campaign chairman", "left the Clinton campaign": a post on a person's campaign is
    held with that person (the only affiliation with a PERSON object, as the *_staff rules)."""
    subject = subject_token(verb)
    people = _labelled(finder, [subject] if subject is not None else [], ("PERSON",))
    joined = verb.lemma_.lower() == "join"
    campaigns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("from",))
    role_nouns = prep_objects(verb, ("as",))
    served: list[Mention] = []
    role = ""
    for noun in campaigns:
        if noun.lemma_.lower() not in CAMPAIGN_NOUNS:
            continue
        described = finder.mention_at(noun)
        if described is not None and finder.label(described) == "PERSON":
            served.append(described)  # "the Trump campaign" linked to Donald Trump by coreference
        elif described is None:
            served += _labelled(finder, _owners(noun, ("poss", "compound")), ("PERSON", "ORG"))
    for noun in role_nouns:
        phrase = read_role(finder, noun)
        if phrase is None:
            continue
        role = phrase.text
        served += phrase.served + [m for m in phrase.organisations if finder.label(m) == "PERSON"]
        served += [m for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in CAMPAIGN_NOUNS
                   for m in _labelled(finder, _owners(c, ("poss", "compound")), ("PERSON", "ORG"))]
    # the campaign's person may be typed ORG where the name stands alone ("the Trump campaign")
    served = [m for m in served if finder.label(m) == "PERSON" or finder.index.root(m).label == "PERSON"
              or m.text.split()[-1] in _person_surnames(finder)]
    qualifiers = {"role": role} if role else {}
    qualifiers["status"] = "current" if joined else "former"
    yield from _pairs("affiliated_with", people, served, "campaign_staff", (verb,), qualifiers)


def _person_surnames(finder: ArgumentFinder) -> set[str]:
    return {m.text.split()[-1] for m in finder.index.mentions if m.label == "PERSON" and " " in m.text}


def _investigating_verb(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"The FBI is investigating Clinton's use of a private server": the possessor of an unnamed object."""
    if not states_event(verb) and verb.tag_ != "VBG":
        return
    objects = [c for c in verb.children if c.dep_ == "dobj" and finder.entity(c) is None]
    targets = _labelled(finder, [o for t in objects for o in _owners(t)], ("PERSON", "ORG"))
    subject = subject_token(verb)
    investigators = _labelled(finder, [subject] if subject is not None else [], ("ORG", "GPE"))
    yield from _pairs("investigated_by", targets, investigators, "investigation_possessor", (verb,))


def _site_visit(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Clinton toured a factory in Ohio", "visited the National Law Enforcement Officers Memorial in
    Washington": the visitor was in the place where the site is."""
    if not states_event(verb) or is_passive(verb):
        return
    sites = [c for c in verb.children if c.dep_ == "dobj"]
    if not sites or any(finder.label(m) in ("GPE", "LOC") for s in sites for m in finder.group(s)):
        return  # "visited Ohio" is verb_active's
    places = _labelled(finder, prep_objects(verb, ("in",)) + [p for s in sites for p in prep_objects(s, ("in",))],
                       ("GPE", "LOC"))
    subject = subject_token(verb)
    visitors = _labelled(finder, [subject] if subject is not None else [], ("PERSON", "ORG", "GPE"))
    yield from _pairs("visited", visitors, places, "visit_site_place", (verb,))


def _owning_verb(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Instagram, which is owned by Facebook", "Jeff Bezos, who owns The Washington Post"."""
    if not states_event(verb) and verb.tag_ != "VBN":
        return
    if is_passive(verb):
        subject = subject_token(verb)
        owned = _labelled(finder, [subject] if subject is not None else [], ORG_LABELS)
        owners = _labelled(finder, prep_objects(verb, ("by",)), ("ORG", "PERSON", "GPE"))
    else:
        subject = subject_token(verb)
        owners = _labelled(finder, [subject] if subject is not None else [], ("ORG", "PERSON", "GPE"))
        owned = _labelled(finder, [c for c in verb.children if c.dep_ == "dobj"], ORG_LABELS)
    yield from _ownership(finder, owners, owned, (verb,))


def _ownership(finder: ArgumentFinder, owners: list[Mention], owned: list[Mention],
               anchors: tuple[Token, ...]) -> Iterator[Candidate]:
    for owner in owners:
        for thing in owned:
            if owner.index == thing.index:
                continue
            if finder.label(owner) == "PERSON":
                yield Candidate("affiliated_with", owner, thing, "ownership", anchors, {"role": "owner"})
            else:
                yield Candidate("member_of", thing, owner, "ownership", anchors)


def _parent_and_unit(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"Y, a subsidiary of X", "X's subsidiary Y" (member_of(Y, X)); "X's parent company, Y", "Y, the
    parent company of X" (member_of(X, Y)): the noun stands beside one name and owns or names the other."""
    if noun.lemma_.lower() == "company" and not any(c.lower_ == "parent" for c in noun.children if c.dep_ in ("amod", "compound")):
        return
    beside = [m for m in [finder.mention_at(c) for c in noun.children if c.dep_ == "appos"] if m is not None]
    if noun.dep_ == "appos":
        head = finder.mention_at(noun.head)
        beside += [head] if head is not None else []
    beside = [m for m in beside if finder.label(m) in ORG_LABELS]
    others = _labelled(finder, _owners(noun, ("poss", "compound")) + prep_objects(noun, ("of",)), ORG_LABELS)
    if not beside or not others:
        return
    parent = noun.lemma_.lower() in OWNER_NOUNS or noun.lemma_.lower() == "company"
    owners, owned = (beside, others) if parent else (others, beside)
    yield from _ownership(finder, owners, owned, (noun,))


def owned_modifier(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"the Facebook-owned Instagram", "Amazon-owned Whole Foods"."""
    if finder.label(mention) not in ORG_LABELS:
        return
    for modifier in root.children:
        if modifier.dep_ in ("amod", "compound") and modifier.lower_ == "owned":
            owners = _labelled(finder, [c for c in modifier.children if c.dep_ in ("npadvmod", "compound", "nmod")],
                               ("ORG", "PERSON", "GPE"))
            yield from _ownership(finder, owners, [mention], (modifier,))


POSSESSIVE_MARKERS = frozenset({"'s", "'", "’s", "’"})


def misparsed_possessive(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"As RealClearPolitics' David Byler pointed out": an organisation's possessive right before a
    person's name that the parser did not attach to it (a bare apostrophe after an -s name is often
    read as a plural noun); the same construction as org_possessive, read off the words."""
    if finder.label(mention) != "PERSON" or any(c.dep_ == "poss" for c in root.children):
        return
    doc = root.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text not in POSSESSIVE_MARKERS:
        return
    owner = finder.mention_at(doc[span.start - 2])
    if owner is None or finder.label(owner) != "ORG" or owner.end > doc[span.start - 1].idx:
        return
    owner_span = doc.char_span(owner.start, owner.end, alignment_mode="expand")
    if owner_span is None or owner_span.end != span.start - 1:
        return
    yield Candidate("affiliated_with", mention, owner, "possessive_words", (doc[span.start - 1],))


def one_of_roles(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"Jack Dorsey, one of Twitter's founders and its chief executive": a role after "one of" in an
    apposition is the person's, as an apposition's own role noun would be."""
    if finder.label(mention) != "PERSON":
        return
    for one in root.children:
        if one.dep_ == "appos" and one.lower_ == "one" and finder.mention_at(one) is None:
            yield from _roles_after_one(finder, [mention], one, "appos")


def one_of_copula(finder: ArgumentFinder, copula: Token) -> Iterator[Candidate]:
    """"Larry Page is one of the founders of Google"."""
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    people = [m for m in finder.group(subject) if finder.label(m) == "PERSON"]
    for one in copula.children:
        if one.dep_ == "attr" and one.lower_ == "one" and people:
            yield from _roles_after_one(finder, people, one, "copula", copula)


def _roles_after_one(finder: ArgumentFinder, holders: list[Mention], one: Token, construction: str,
                     copula: Token | None = None) -> Iterator[Candidate]:
    for noun in prep_objects(one, ("of",)):
        for role_noun in [noun, *noun.conjuncts]:
            if finder.mention_at(role_noun) is not None:
                continue
            phrase = read_role(finder, role_noun, plural=role_noun.tag_ in ("NNS", "NNPS"))
            if phrase is not None:
                anchors = (copula, role_noun) if copula is not None else (role_noun,)
                yield from phrase_candidates(holders, phrase, construction, anchors)


def founder_readings(found: list[Candidate]) -> list[Candidate]:
    """An affiliation held as founder ("co-founder of Twitter", "one of Twitter's founders") states
    that the person founded the organisation."""
    extra = []
    for candidate in found:
        role = candidate.qualifiers.get("role", "").lower().split()
        if candidate.predicate == "affiliated_with" and role and role[-1] in FOUNDER_NOUNS \
                and candidate.qualifiers.get("status") != "current":
            extra.append(Candidate("founded", candidate.subject, candidate.object,
                                   candidate.rule.removesuffix("+chain") + "_founder", candidate.anchors))
    return extra
