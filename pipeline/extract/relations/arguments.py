"""Which entity mention a syntactic argument stands for.

A relation's subject or object is a token in the parse; the claim needs a Mention. Besides the
mention covering the token itself, news syntax hands the argument on: a relative pronoun to its
antecedent ("HIT ..., which was sanctioned"), "one of X" to what it is in apposition with, a
predicate noun to its copula's subject ("X is a university that forged ..."), "the US government"
to the US. Where nothing covers an argument there is no mention, and no claim is made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Token

from models import Mention
from pipeline.extract.entities.datelines import dateline_tokens
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.given_names import gender_detector
from pipeline.extract.relations.descriptions import described_organisation, nation_state
from pipeline.extract.relations.lexicon import (
    INNER_PLACE_NOUNS, MEMBERSHIP_NOUNS, NAMING_PARTICIPLES, PLACE_KIND_NOUNS, PRODUCT_NOUNS,
    STATE_NOUNS, is_role_noun,
)
from pipeline.lexicon import (
    CLAUSAL_SUBJECT_DEPS, DOUBLE_QUOTE_MARKS, KINSHIP_NOUNS, ORG_CLASS_NOUNS, ORG_DESCRIPTORS, PLAIN_PERSON_NOUNS,
    POSSESSIVE_GENDERS, PRONOUN_GENDERS, RELATIONAL_ORG_NOUNS,
)

RELATIVE_PRONOUNS = {"which", "who", "whom", "that", "whose"}
# Sentences before a pronoun's own in which to look for the people it may stand for (as coreference's window).
PRONOUN_LOOKBACK = 3
# Pronouns whose referent ArgumentFinder.entity gives: relative ones and, when safe, he/she.
RESOLVED_PRONOUNS = frozenset({"who", "that", "which"}) | frozenset(PRONOUN_GENDERS)
NAMING_NOUNS = ORG_DESCRIPTORS | ORG_CLASS_NOUNS | PRODUCT_NOUNS | KINSHIP_NOUNS


@dataclass
class Candidate:
    """A relation a construction rule read off the parse, before its types are checked."""

    predicate: str
    subject: Mention
    object: Mention
    rule: str
    anchors: tuple[Token, ...]  # the words that state the relation: dates, negation, hedges hang off them
    qualifiers: dict[str, str] = field(default_factory=dict)
    object_label: Optional[str] = None  # the type the construction gives the object when the NER's is wrong


class ArgumentFinder:
    """Resolves tokens of one parsed document to the mentions they stand for."""

    def __init__(self, doc: Doc, index: MentionIndex, dateline: frozenset[int] | None = None):
        self.doc = doc
        self.index = index
        # the dateline's tokens ("WASHINGTON, April 2 -"): the story's metadata, no part of a phrase
        # that runs on from it ("April 2 - Secretary of State X"); given when the caller has them
        self.dateline = frozenset(dateline_tokens(doc)) if dateline is None else dateline
        self._entities: dict[tuple[int, int], Optional[Mention]] = {}  # entity() by (token, depth)

    def label(self, mention: Mention) -> str:
        """The entity type, taken from the named mention a descriptive mention refers to."""
        return self.index.root(mention).label

    def mention_at(self, token: Token) -> Optional[Mention]:
        return self.index.widest(token)

    def entity(self, token: Token, depth: int = 0) -> Optional[Mention]:
        """The mention `token` stands for as an argument, or None (worked out once per token: the
        rules ask it of the same tokens many times, and each answer walks the parse)."""
        key = (token.i, depth)
        if key not in self._entities:
            self._entities[key] = self._entity(token, depth)
        return self._entities[key]

    def _entity(self, token: Token, depth: int = 0) -> Optional[Mention]:
        if token.pos_ == "PRON" and any(c.pos_ == "PRON" for c in token.conjuncts):
            return None  # "whether he or she is a U.S. citizen": anyone, whoever the pronoun was linked to
        mention = self.index.widest(token)
        if mention is not None or depth > 4:
            return mention
        head = token.head
        if token.lower_ in RELATIVE_PRONOUNS and token.dep_ in CLAUSAL_SUBJECT_DEPS + ("dobj", "pobj") and head.dep_ == "relcl":
            return self.entity(head.head, depth + 1)
        if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in MEMBERSHIP_NOUNS:
            return self.entity(head.head, depth + 1)  # "one of China's universities" is what "one" is
        if token.dep_ == "appos" and head != token:
            # "between the ITF and Kosmos, a group co-founded by X": a misparse hangs the apposition on
            # the phrase, but the name right before its comma is what it describes
            before = token.doc[token.left_edge.i - 2] if token.left_edge.i >= 2 else None
            named = self.index.widest(before) if before is not None and token.doc[before.i + 1].text == "," else None
            return named if named is not None and self.index.widest(head) is None and \
                token.lemma_.lower() in ORG_CLASS_NOUNS else self.entity(head, depth + 1)
        if token.dep_ == "attr" and head.lemma_ == "be":
            subject = next((c for c in head.children if c.dep_ in CLAUSAL_SUBJECT_DEPS), None)
            return self.entity(subject, depth + 1) if subject is not None else None
        for child in token.children:
            # "the think tank MERICS", "the group, Amnesty International,": the common noun is named
            # by its apposition; without a comma only a word for a kind of organisation or product
            # introduces a name ("his underdog White House bid" misparsed names no underdog)
            if child.dep_ == "appos" and child.i > token.i and self.index.covers(child) and token.pos_ in ("NOUN", "PROPN") \
                    and (token.doc[child.left_edge.i - 1].text == "," or token.lemma_.lower() in NAMING_NOUNS
                         or is_role_noun(token.lemma_)):
                return self.index.widest(child)
        named = self._named_by_participle(token)
        if named is not None:
            return named
        if token.lemma_.lower() in ORG_CLASS_NOUNS and token.lemma_.lower() not in RELATIONAL_ORG_NOUNS:
            # "the Mediterranean Foundation research group", "China's Great Wall firm" (not "the Yukos
            # subsidiary", another company)
            for child in token.children:
                mention = self.index.widest(child)
                if child.dep_ in ("compound", "nmod") and mention is not None and self.label(mention) == "ORG":
                    return mention
        if token.lemma_.lower() in PRODUCT_NOUNS:
            # "50 Airbus A350 jets", "the F-35 fighter": the product named by the modifier
            for child in token.children:
                mention = self.index.widest(child)
                if child.dep_ in ("compound", "nmod") and mention is not None and self.label(mention) == "PRODUCT":
                    return mention
        named_place = self._place_of_kind(token)
        if named_place is not None:
            return named_place
        if token.lemma_.lower() in STATE_NOUNS:
            for child in token.children:
                if child.dep_ in ("compound", "amod", "nmod", "poss") and self.index.covers(child):
                    mention = self.index.widest(child)
                    if self.label(mention) == "NORP" and token.dep_ in CLAUSAL_SUBJECT_DEPS:
                        # "the Russian government renationalised X": Russia did, not the adjective; the
                        # state the article names, or nobody (not "from the Egyptian ministry": no home)
                        return nation_state(self.index, mention)
                    if self.label(mention) in ("GPE", "NORP", "ORG"):
                        return mention
        return described_organisation(self, token)  # "McDonald joined the band" (The Doobie Brothers)

    def safe_pronoun(self, pronoun: Token, mention: Mention) -> bool:
        """Whether the person coreference linked "he"/"she" to is the only one it can be: outside
        quoted words, the only person of fitting gender named in the latest sentence (up to the
        pronoun) that names anyone, the sentences before included when the pronoun's clause is
        reported by someone else ('Smith was charged. His lawyer Peter Brown said he would plead
        not guilty': Smith or Brown). resolved_people asks it for the rules of posts and seats."""
        sentence = pronoun.sent
        if sum(t.text in DOUBLE_QUOTE_MARKS for t in pronoun.doc[sentence.start:pronoun.i]) % 2:
            return False
        wanted = PRONOUN_GENDERS[pronoun.lower_]
        if self._unnamed_person_before(sentence.start, pronoun.i):
            return False  # "a 78-year-old man was charged after he sucker-punched ...": he is the man
        people = people_named(self, sentence.start_char, pronoun.idx, wanted)
        reported = pronoun.head.dep_ in ("ccomp", "parataxis") and is_speech_verb(pronoun.head.head)
        earlier = sentence
        for _ in range(PRONOUN_LOOKBACK):
            if (people and not reported) or earlier.start == 0:
                break
            earlier = pronoun.doc[earlier.start - 1].sent
            if any(t.text in DOUBLE_QUOTE_MARKS for t in earlier):
                return False  # a quoted speaker's people are the speaker's to sort out
            if self._unnamed_person_before(earlier.start, earlier.end):
                return False
            people.update(people_named(self, earlier.start_char, earlier.end_char, wanted))
            reported = False
        antecedent = self.index.root(mention)
        return {self.index.root(m).index for m in people.values()} == {antecedent.index}

    def _place_of_kind(self, token: Token) -> Optional[Mention]:
        """"the fishing village of Bayou La Batre", "the city of Boston": the place the kind names
        (not "a suburb of Anchorage", which lies inside it, nor "the state of the economy")."""
        lemma = token.lemma_.lower()
        if lemma not in PLACE_KIND_NOUNS or lemma in INNER_PLACE_NOUNS or token.tag_ not in ("NN", "NNP"):
            return None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    mention = self.index.widest(pobj) if pobj.dep_ == "pobj" else None
                    if mention is not None and self.label(mention) in ("GPE", "LOC", "FAC"):
                        return mention
        return None

    def _unnamed_person_before(self, start: int, end: int) -> bool:
        """True when a plain noun for a person no mention covers stands between two token indices
        ("a 78-year-old man", "the woman"): someone the pronoun may stand for whom no name gives."""
        return any(t.lower_ in PLAIN_PERSON_NOUNS and t.pos_ == "NOUN" and not self.index.covers(t)
                   for t in self.doc[start:end])

    def _named_by_participle(self, token: Token) -> Optional[Mention]:
        """"a mission called Europa Clipper", "a program known as PRISM": the common noun is the thing
        the participle names (only a noun, and only a name right after the participle)."""
        if token.pos_ != "NOUN":
            return None
        for participle in token.children:
            if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() not in NAMING_PARTICIPLES:
                continue
            if participle.lemma_.lower() == "know":
                names = [p for prep in participle.children if prep.dep_ == "prep" and prep.lower_ == "as"
                         for p in prep.children if p.dep_ == "pobj"]
            else:
                names = [c for c in participle.children if c.dep_ in ("oprd", "xcomp", "dobj", "attr")]
            for name in names:
                mention = self.index.widest(name)
                if mention is not None and self.label(mention) != "PERSON":
                    return mention
        return None

    def group(self, token: Token) -> list[Mention]:
        """The mentions of `token` and of the tokens coordinated with it ("US and EU", "X and Y"), not a date's."""
        found: dict[int, Mention] = {}  # "won in August and three Grammys" names no place won in
        for member in [token, *token.conjuncts] if token.ent_type_ not in ("DATE", "TIME") else [token]:
            mention = self.entity(member)
            if mention is not None:
                found.setdefault(mention.index, mention)
                for beyond in self._after_address(member, mention):
                    found.setdefault(beyond.index, beyond)
        return list(found.values())

    def _after_address(self, name: Token, mention: Mention) -> list[Mention]:
        """"acquired Capital Savings Bank, Olympia, Wash., and Los Angeles Federal Savings Bank": the
        parser hangs the next name on the address set off after an organisation's name (the town or
        its state); it is coordinated with the name. Only names of the same type as the first."""
        label = self.label(mention)
        if label != "ORG":
            return []
        found = []
        for town in name.children:
            if town.dep_ not in ("conj", "npadvmod", "appos") or town.i < name.i or town.i == 0 \
                    or self.doc[town.left_edge.i - 1].text != "," or not self._is_place(town):
                continue
            for place in [town, *(c for c in town.children if c.dep_ == "appos" and self._is_place(c))]:
                for joined in (c for c in place.children if c.dep_ == "conj"):
                    for item in [joined, *joined.conjuncts]:
                        other = self.entity(item)
                        if other is not None and other.index != mention.index and self.label(other) == label:
                            found.append(other)
        return found

    def _is_place(self, token: Token) -> bool:
        mention = self.index.widest(token)
        return mention is not None and self.label(mention) in ("GPE", "LOC")


def unresolvable_pronoun(token: Token) -> bool:
    """A pronoun no person rule should read a person off: not a relative pronoun (its antecedent is
    in the sentence) nor a "he"/"she" (resolved_people gives its person only when that is safe)."""
    return token.pos_ == "PRON" and token.lower_ not in RESOLVED_PRONOUNS


def resolved_people(finder: ArgumentFinder, token: Optional[Token]) -> list[Mention]:
    """The people a subject stands for: its names, a relative pronoun's antecedent, the person a
    description was linked to, and a "he"/"she"'s person only when ArgumentFinder.safe_pronoun says
    so. The one interface for a rule that reads a post, seat or career off its subject ("She joined
    Acme in 2005 and has served as its CEO since 2010"). The older verb rules read coreference's link
    as it is (finder.group); on 300 PolNeAR train texts the safe test would have dropped 57 of their
    claims, 38 of them right."""
    if token is None or unresolvable_pronoun(token):
        return []
    if token.lower_ in PRONOUN_GENDERS:
        mention = finder.index.widest(token)
        if mention is None or not finder.safe_pronoun(token, mention):
            return []
    return [m for m in finder.group(token) if finder.label(m) == "PERSON"]


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the prepositions `preps` hanging off `token` ("partner *with* Y")."""
    wanted = set(preps)
    return [pobj for prep in token.children if prep.dep_ in ("prep", "agent") and prep.lower_ in wanted
            for pobj in prep.children if pobj.dep_ == "pobj"]


def conjoined_prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """prep_objects, and those of the prepositions and objects coordinated with them: "served as dean
    of X and as president of Y", "named CEO and chairman of Y" (each a post of its own)."""
    wanted = set(preps)
    found = []
    for prep in token.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in wanted:
            continue
        for member in [prep, *(c for c in prep.conjuncts if c.pos_ == "ADP" and c.lower_ in wanted)]:
            for pobj in member.children:
                if pobj.dep_ == "pobj":
                    found += [pobj, *(c for c in pobj.conjuncts if c.pos_ in ("NOUN", "PROPN"))]
    return found


def trailing_prep_objects(noun: Token, preps: Iterable[str]) -> list[Token]:
    """The noun's own prepositional objects, and those of a phrase right after it that the parser
    hung on its verb ("robbed the Casty store in Paris", "found in their house in Millom")."""
    found = prep_objects(noun, preps)
    governor = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if governor is not None and governor.pos_ in ("VERB", "AUX"):
        found += [t for t in prep_objects(governor, preps) if t.head.i == noun.right_edge.i + 1]
    return found


def pronoun_owner(finder: ArgumentFinder, owner: Token) -> list[Mention]:
    """Whom "his"/"her" stands for where the coreference stage linked nothing: "the FBI
    investigation into her use of a private email server", "her efforts as a New York senator".
    The one person named in its sentence before it, or, when that sentence names nobody before it,
    the one person the sentence before names; none whose first name says the other gender, none
    inside quoted words (the speaker's "her" is the speaker's to resolve)."""
    wanted = POSSESSIVE_GENDERS.get(owner.lower_)
    if wanted is None or owner.dep_ != "poss" or finder.index.covers(owner):
        return []
    sentence = owner.sent
    if any(t.text in ("“", "”", '"') for t in sentence):
        return []
    people = people_named(finder, sentence.start_char, owner.idx, wanted)
    if not people and sentence.start > 0:
        previous = owner.doc[sentence.start - 1].sent
        if any(t.text in ("“", "”", '"') for t in previous):
            return []
        people = people_named(finder, previous.start_char, previous.end_char, wanted)
    return list(people.values()) if len(people) == 1 else []


def people_named(finder: ArgumentFinder, start: int, end: int, gender: str) -> dict[str, Mention]:
    """The people named between two offsets, one per surname (their fullest name), less those whose
    first name says the other gender ("her" is not Donald Trump)."""
    people: dict[str, Mention] = {}
    for mention in finder.index.mentions:
        if start <= mention.start < end and mention.text[:1].isupper() and finder.label(mention) == "PERSON":
            root = finder.index.root(mention)
            held = people.get(root.text.split()[-1])
            if held is None or len(root.text) > len(held.text):  # "Hillary Clinton" over "Clinton"
                people[root.text.split()[-1]] = root
    return {surname: person for surname, person in people.items() if _may_be(person, gender)}


def _may_be(person: Mention, gender: str) -> bool:
    words = person.text.split()
    said = gender_detector().get_gender(words[0]) if len(words) > 1 else "unknown"
    return said not in ("male", "mostly_male", "female", "mostly_female") or said.endswith(gender)


def pairs(predicate: str, subjects: Iterable[Mention], objects: Iterable[Mention], rule: str,
          anchors: tuple[Token, ...], qualifiers: dict | None = None) -> Iterator[Candidate]:
    """A candidate for each subject and object that are not the same mention."""
    objects = list(objects)
    for subject in subjects:
        for obj in objects:
            if subject.index != obj.index:
                yield Candidate(predicate, subject, obj, rule, anchors, dict(qualifiers or {}))
