"""Relations stated by a noun rather than a verb: acquisitions, joint work, ownership, investigations.

Rule names (the unit of confidence calibration):
- "noun_acquisition": "Google's acquisition of YouTube", "the purchase of Whole Foods by Amazon",
  "Microsoft's deal to buy LinkedIn" -> acquired (not a planned, proposed or blocked deal);
- "joint_work": "a poll conducted by the New York Times and ABC News", "the debate was hosted by CNN
  and Univision" -> partnered_with between the makers of one piece of work;
- "ownership": "the Facebook-owned Instagram", "Instagram, which is owned by Facebook", "X's
  parent company Y", "Y, a subsidiary of X" -> member_of (an organisation in its owner);
  "Jeff Bezos, who owns The Washington Post" -> affiliated_with, role owner;
- "investigation_possessor": "the FBI investigation into her use of a private email server", "the
  FBI is investigating Clinton's emails" -> investigated_by the one whose doings are looked into;
- "visit_site_place": "Clinton toured a factory in Ohio", "visited the memorial in Washington" ->
  visited the place as well as the site.
Arguments come only from the syntactic path (possessor, "of"/"by" objects, agents, coordinated
makers under one noun's own "by"), never from a neighbour in a list the noun does not govern.
People's posts, seats and travel stated this way are in person_relations.py.
"""
from __future__ import annotations

import re

from itertools import combinations
from typing import Iterable, Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects, pronoun_owner
from pipeline.extract.relations.its_owners import owned_by_its, speaker_organisations
from pipeline.extract.relations.verb_subjects import clause_subject, is_passive, subject_token
from pipeline.extract.relations.deal_words import (ACQUISITION_NOUNS, AFFILIATE_NOUNS, BLOCKING_VERBS, DEAL_NOUNS,
                                                  OWNED_NOUNS, OWNER_NOUNS, PARENT_COMPANY_WORDS, PART_OWNER_WORDS,
                                                  SHARE_WORDS, SUBSIDIARY_NOUNS, UNREALISED_WORDS)
from pipeline.extract.relations.lexicon import (
    INVESTIGATING_VERBS, INVESTIGATION_NOUNS, JOINT_WORK_NOUNS, KILLING_NOUNS, MAKER_PARTICIPLES, MEDIA_NAME_WORDS,
    RULE_VERB_SENSES, SITE_VISIT_VERBS, STREET_WORDS,
)
from pipeline.extract.relations.visit_rules import states_event
from pipeline.lexicon import ATTEMPT_WORDS, ORG_LABELS
from pipeline.organisation_words import DEAL_COMPLETING_VERBS, PART_PURCHASE_WORDS

# Modal verbs whose subject is a deal imagined, not made: "a pact between them could spur growth".
HYPOTHETICAL_MODALS = frozenset({"could", "would", "might", "may"})
# Rules the pair scorer neither vetoes nor re-scores: constructions it never saw in CoNLL04.
UNSCORED_NOUN_RULES = frozenset({"ownership"})
NOUN_RULE_CONFIDENCE: dict[str, float] = {
    "noun_acquisition": 0.8,
    "joint_work": 0.75,
    "ownership": 0.75,
    "investigation_possessor": 0.7,
    "visit_site_place": 0.75,
}


def labelled(finder: ArgumentFinder, tokens: Iterable[Token], labels: Iterable[str]) -> list[Mention]:
    wanted = set(labels)
    found: dict[int, Mention] = {}
    for token in tokens:
        for mention in finder.group(token):
            if finder.label(mention) in wanted:
                found.setdefault(mention.index, mention)
    return list(found.values())


def owners_of(noun: Token, deps: tuple[str, ...] = ("poss",)) -> list[Token]:
    return [c for c in noun.children if c.dep_ in deps]


def unrealised_deal(noun: Token) -> bool:
    """A deal that has not happened: "the proposed acquisition", "regulators blocked the takeover",
    "its proposal to negotiate a merger", "a free trade pact ... could spur" (what a deal would do)."""
    if any(c.lower_ in UNREALISED_WORDS for c in noun.children if c.dep_ in ("amod", "compound", "advmod")):
        return True
    if noun.dep_ == "nsubj" and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in noun.head.children):
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
    if lemma in OWNER_NOUNS | OWNED_NOUNS or lemma in AFFILIATE_NOUNS and noun.dep_ == "appos" \
            and prep_objects(noun, ("of",)) and not owners_of(noun, ("poss", "compound")):
        yield from _parent_and_unit(finder, noun)


def _acquisition(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"Google's acquisition of YouTube", "the acquisition of Whole Foods by Amazon", "Banner said it
    completed the purchase of Rexnord" (the subject of a verb carrying the deal through buys)."""
    if unrealised_deal(noun):
        return
    targets = labelled(finder, prep_objects(noun, ("of",)), ("ORG", "PRODUCT", "FAC"))
    owners = owners_of(noun, ("poss", "compound"))
    buyers = labelled(finder, owners + prep_objects(noun, ("by",)), ("ORG", "PERSON", "GPE"))
    anchors: tuple[Token, ...] = (noun,)
    completing = _completing_verb(noun)
    # "its", which coreference leaves unlinked, is the subject's; another owner's deal is theirs
    if not buyers and completing is not None and all(o.pos_ == "PRON" for o in owners if o.dep_ == "poss"):
        subject = subject_token(completing)
        buyers = labelled(finder, [subject] if subject is not None else [], ("ORG", "PERSON", "GPE"))
        # a target by name only: "after Kohlberg Kravis completed its leveraged buyout of the company"
        # is some company of the story's several, not the one coreference guessed
        targets = [m for m in targets if m.refers_to is None]
        anchors = (noun, completing)  # "expects to complete", "did not complete": the verb's modality
    yield from pairs("acquired", buyers, targets, "noun_acquisition", anchors)


def _completing_verb(noun: Token) -> Token | None:
    """The verb a deal is the object of when it carries the deal through ("completed the purchase of
    X", "has made the acquisition of X"); not "made the purchase possible" nor a part bought ("the
    share purchase of X")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in DEAL_COMPLETING_VERBS:
        return None
    if any(c.lemma_.lower() in PART_PURCHASE_WORDS for c in noun.children if c.dep_ in ("compound", "amod", "nmod")):
        return None
    if any(t.pos_ == "ADJ" and t.i > t.head.i for t in noun.subtree):
        return None  # "made the purchase of X possible", the adjective hung on the name
    return verb


def deal_verb_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Microsoft's $26 billion deal to buy LinkedIn", "Verizon reached an agreement to acquire
    Yahoo": the deal's owner buys what its infinitive names."""
    sense = RULE_VERB_SENSES.get(verb.lemma_.lower())
    if sense is None or sense.predicate != "acquired" or verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VB" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    deal = verb.head
    if deal.lemma_.lower() not in DEAL_NOUNS or unrealised_deal(deal):
        return
    owners = owners_of(deal)
    if not owners and deal.dep_ == "dobj":
        subject = clause_subject(deal)
        owners = [subject] if subject is not None else []
    buyers = labelled(finder, owners, ("ORG", "PERSON", "GPE"))
    targets = labelled(finder, [c for c in verb.children if c.dep_ == "dobj"], ("ORG", "PRODUCT", "FAC"))
    yield from pairs("acquired", buyers, targets, "noun_acquisition", (deal, verb))


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
        group = labelled(finder, [maker], ORG_LABELS)
        roots = {finder.index.root(m).index: m for m in group}
        for first, second in combinations(roots.values(), 2):
            yield Candidate("partnered_with", first, second, "joint_work", (noun,))


def _investigation_noun(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"the FBI investigation into her use of a private email server", "a probe of Trump's business
    dealings": the target is whose doings are looked into, when the object of "into"/"of" is no name."""
    objects = prep_objects(noun, ("into", "of"))
    if not objects or any(finder.entity(t) is not None for t in objects):
        return  # a named target is read by under_noun
    investigators = labelled(finder, owners_of(noun, ("poss", "compound", "nmod")) + prep_objects(noun, ("by",)),
                              ("ORG", "GPE"))
    if not investigators and owned_by_its(noun):
        investigators = _nearest_organisation(finder, noun)  # "questioned the FBI about its investigation into"
    if not investigators and noun.dep_ == "dobj":
        subject = subject_token(noun.head)
        investigators = labelled(finder, [subject] if subject is not None else [], ("ORG", "GPE"))
    owners = [o for t in objects for o in owners_of(t)]
    targets = labelled(finder, owners, ("PERSON", "ORG")) or [m for o in owners for m in pronoun_owner(finder, o)]
    investigators = [m for m in investigators if not _press(m)]
    yield from pairs("investigated_by", targets, investigators, "investigation_possessor", (noun,))


def _nearest_organisation(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    """What "its" stands for when the coreference stage linked nothing: the nearest organisation or
    state named before it in the sentence."""
    before = [m for m in finder.index.mentions if noun.sent.start_char <= m.start < noun.idx
              and m.text[:1].isupper() and finder.label(m) in ("ORG", "GPE")]
    return [max(before, key=lambda m: m.start)] if before else []


def verb_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """Constructions centred on a verb."""
    lemma = verb.lemma_.lower()
    if lemma in INVESTIGATING_VERBS and not is_passive(verb):
        yield from _investigating_verb(finder, verb)
    if lemma in SITE_VISIT_VERBS:
        yield from _site_visit(finder, verb)
    if lemma == "own":
        yield from _owning_verb(finder, verb)
    yield from deal_verb_rules(finder, verb)


def _investigating_verb(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"The FBI is investigating Clinton's use of a private server": the possessor of an unnamed object."""
    if not states_event(verb) and verb.tag_ != "VBG":
        return
    objects = [c for c in verb.children if c.dep_ == "dobj" and finder.entity(c) is None]
    owners = [o for t in objects for o in owners_of(t)]
    targets = labelled(finder, owners, ("PERSON", "ORG")) or [m for o in owners for m in pronoun_owner(finder, o)]
    subject = subject_token(verb)
    investigators = [m for m in labelled(finder, [subject] if subject is not None else [], ("ORG", "GPE"))
                     if not _press(m)]
    yield from pairs("investigated_by", targets, investigators, "investigation_possessor", (verb,))


def _site_visit(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Clinton toured a factory in Ohio", "visited the National Law Enforcement Officers Memorial in
    Washington": the visitor was in the place where the site is."""
    if not states_event(verb) or is_passive(verb):
        return
    sites = [c for c in verb.children if c.dep_ == "dobj"]
    if not sites or any(finder.label(m) in ("GPE", "LOC") for s in sites for m in finder.group(s)):
        return  # "visited Ohio" is verb_active's
    places = labelled(finder, prep_objects(verb, ("in",)) + [p for s in sites for p in prep_objects(s, ("in",))],
                       ("GPE", "LOC"))
    subject = subject_token(verb)
    visitors = labelled(finder, [subject] if subject is not None else [], ("PERSON", "ORG", "GPE"))
    yield from pairs("visited", visitors, places, "visit_site_place", (verb,))


# Land and buildings one owns, which are no organisation to be a member of ("a security lab owned by
# VeriSign" is a company, a member).
PROPERTY_NOUNS = frozenset({"ranch", "farm", "estate", "land", "island", "house", "home", "field", "vineyard",
                            "plantation", "mansion", "villa", "property", "plot", "hotel", "building", "tower",
                            "stadium", "arena", "airport", "mine", "refinery", "factory", "plant", "mill", "warehouse"})


def _owning_verb(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Instagram, which is owned by Facebook", "Jeff Bezos, who owns The Washington Post"."""
    if not states_event(verb) and verb.tag_ != "VBN":
        return
    subject = subject_token(verb)
    if subject is not None and subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        # the relative pronoun is the name the clause hangs on, not what that name is in apposition
        # with: in "Verizon is the parent company of AOL, which owns The Huffington Post" AOL owns it
        antecedent = finder.mention_at(verb.head)
        if antecedent is None:
            return
        subject = verb.head
    if subject is not None and subject.lemma_.lower() in PROPERTY_NOUNS:
        return  # "Hato El Charcote, a beef cattle ranch owned by Agroflora": property, no member of its owner
    if _minority_share(verb):
        return  # "American Motors Corp, 46 pct owned by Renault": a shareholding, no subsidiary
    if is_passive(verb):
        owned = labelled(finder, [subject] if subject is not None else [], ORG_LABELS)
        owners = labelled(finder, prep_objects(verb, ("by",)), ("ORG", "PERSON", "GPE"))
    else:
        owners = labelled(finder, [subject] if subject is not None else [], ("ORG", "PERSON", "GPE"))
        owned = labelled(finder, [c for c in verb.children if c.dep_ == "dobj"], ORG_LABELS)
    yield from _ownership(finder, owners, owned, (verb,))



def _minority_share(verb: Token) -> bool:
    """'46 pct owned by', 'about 36-1/2 pct owned by': a share under half written right before the verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ not in SHARE_WORDS:
        return False
    digits = re.match(r"\d+", doc[verb.i - 2].text)
    return digits is not None and int(digits.group()) < 50


def _ownership(finder: ArgumentFinder, owners: list[Mention], owned: list[Mention],
               anchors: tuple[Token, ...]) -> Iterator[Candidate]:
    for owner in owners:
        for thing in owned:
            if owner.index == thing.index or _address(thing):
                continue
            if finder.label(owner) == "PERSON":
                yield Candidate("affiliated_with", owner, thing, "ownership", anchors, {"role": "owner"})
            else:
                yield Candidate("member_of", thing, owner, "ownership", anchors)


def _address(mention: Mention) -> bool:
    """"86 Gansevoort St." typed ORG: a building owned is no member of its owner."""
    words = mention.text.split()
    return bool(words) and (words[0][:1].isdigit() or words[-1].lower().rstrip(".") in STREET_WORDS)


def _press(mention: Mention) -> bool:
    """A news organisation ("The Associated Press", "The New Yorker"): its investigation is reporting."""
    words = mention.text.lower().replace("’", "'").split()
    return bool(words) and (words[-1].removesuffix("'s").rstrip("'") in MEDIA_NAME_WORDS or words[0] in MEDIA_NAME_WORDS)


def _parent_and_unit(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"Y, a subsidiary of X", "X's subsidiary Y" (member_of(Y, X)); "X's parent company, Y" (member_of(X, Y)):
    the noun stands beside one name and owns or names the other."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "det")}
    if noun.lemma_.lower() == "company" and not modifiers & PARENT_COMPANY_WORDS or modifiers & PART_OWNER_WORDS:
        return  # "Forum's other owner, Audley Inc": one of its owners, no parent
    beside = [m for m in [finder.mention_at(c) for c in noun.children if c.dep_ == "appos"] if m is not None]
    if noun.dep_ == "appos":
        head = finder.mention_at(noun.head)
        beside += [head] if head is not None else []
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "Verizon is the parent company of AOL"
        beside += [m for c in noun.head.children if c.dep_ == "nsubj" for m in finder.group(c)]
    made = noun.dep_ in ("ccomp", "oprd", "xcomp") and noun.head.lemma_ == "make"  # "making Y a unit of X"
    beside += [m for c in noun.children if c.dep_ == "nsubj" for m in finder.group(c)] if made else []
    if noun.dep_ == "compound" and _owner_before(finder, noun):  # "its subsidiary X", "Schlumberger Ltd unit X"
        head = finder.mention_at(noun.head)
        beside += [head] if head is not None else []
    beside = [m for m in beside if finder.label(m) in ORG_LABELS]
    # a modifier naming a kind ("its super PAC arm") is no owner: only a bare name before the noun
    modifiers = [c for c in owners_of(noun, ("poss", "compound")) if not any(g.dep_ == "amod" for g in c.children)]
    others = labelled(finder, modifiers + prep_objects(noun, ("of",)), ORG_LABELS)
    if beside and not others and owned_by_its(noun):
        # "Harris Corp said its wholly-owned subsidiary, Harris Graphics Corp, ...": "its", which
        # coreference left unlinked, is the reporting company's (not "it sold its subsidiary": no more)
        others = speaker_organisations(finder, noun)
    if not beside or not others:
        return
    parent = noun.lemma_.lower() in OWNER_NOUNS or noun.lemma_.lower() == "company"
    owners, owned = (beside, others) if parent else (others, beside)
    yield from _ownership(finder, owners, owned, (noun, noun.head) if made else (noun,))


def _owner_before(finder: ArgumentFinder, noun: Token) -> bool:
    """Whether a unit noun modifying a name has its owner before it: a possessive ("its brokerage unit
    X") or a company's name ("Schlumberger Ltd unit X"); a trade word only before SUBSIDIARY_NOUNS."""
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    named = [c for c in compounds if any(finder.label(m) in ORG_LABELS for m in finder.group(c))]
    if not named and not any(c.dep_ == "poss" for c in noun.children):
        return False
    return not compounds or named == compounds or noun.lemma_.lower() in SUBSIDIARY_NOUNS


def owned_modifier(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"the Facebook-owned Instagram", "Amazon-owned Whole Foods"."""
    if finder.label(mention) not in ORG_LABELS:
        return
    for modifier in root.children:
        if modifier.dep_ in ("amod", "compound") and modifier.lower_ == "owned":
            owners = labelled(finder, [c for c in modifier.children if c.dep_ in ("npadvmod", "compound", "nmod")],
                               ("ORG", "PERSON", "GPE"))
            yield from _ownership(finder, owners, [mention], (modifier,))


def killing_attempted(noun: Token) -> bool:
    """"the attempted murder of X", "charged with attempted murder in the shooting of X": a killing
    tried, not done (the charge beside the deed names it)."""
    def tried(token: Token) -> bool:
        return token.lemma_.lower() in KILLING_NOUNS and any(
            c.dep_ in ("amod", "compound") and c.lower_ in ATTEMPT_WORDS for c in token.children)
    if tried(noun):
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else None
    return governor is not None and (tried(governor) or any(
        tried(t) for prep in governor.children if prep.dep_ == "prep" for t in prep.children if t.dep_ == "pobj"))
