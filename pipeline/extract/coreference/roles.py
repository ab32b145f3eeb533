"""Roles people hold in an article, and described speakers ("the mayor said") linked to them.

An article names a person once with a role ("Mayor Bill de Blasio", "Donald Trump, the
Republican presidential nominee,", "Republican nominee Donald Trump", "Trump is a billionaire")
and then refers to them by the role alone ("the mayor", "The Republican nominee"). The roles are
learned from titles, appositions and copular attributes of PERSON names in the same article,
never from a list of known people.

A definite description links to a person when exactly one person of the article so far holds a
role with the same head noun and no modifier contradicts it (a party, a place, "former"). A
generic person noun ("the candidate", "the billionaire", "the New York businessman") without a
matching role links to the one person named in the recent sentences who fits its gender.
Two people fitting equally well give no link.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from models import Mention
from pipeline.extract.coreference.gender import person_gender
from pipeline.extract.coreference.rules import EntityGroups
from pipeline.lexicon import HONORIFICS, ROLE_NOUNS, TITLE_ABBREVIATIONS, TITLE_RANK_WORDS
from pipeline.party_words import PARTY_KEYS, PARTY_SIDE_WORDS
from pipeline.sports_words import SIDE_POSTS
from pipeline.speech_words import FEMALE_NOUNS, MALE_NOUNS

# Nouns for the same office: "Rep. Adam Schiff" is "the congressman".
SAME_ROLE = {
    "representative": frozenset({"congressman", "congresswoman", "lawmaker"}),
    "senator": frozenset({"lawmaker"}),
    "congressman": frozenset({"lawmaker", "representative"}),
    "congresswoman": frozenset({"lawmaker", "representative"}),
}
# Nouns that describe one person without naming an office several people of an article may hold:
# with no learned role to match, "the candidate" is the one person just named.
GENERIC_PERSON_NOUNS = frozenset({
    "candidate", "nominee", "billionaire", "businessman", "businesswoman", "tycoon", "mogul",
    "magnate", "millionaire", "politician", "incumbent", "challenger", "frontrunner", "front-runner",
    "entrepreneur", "developer", "star", "singer", "rapper", "actor", "actress", "comedian",
})
# Nouns that never name the person themselves ("the campaign", "the report").
NOT_PERSON_NOUNS = frozenset({
    "campaign", "report", "statement", "letter", "article", "book", "office", "administration",
    "party", "committee", "people", "family", "government", "team", "staff", "group", "time",
})
PAST_WORDS = frozenset({"former", "ex", "late", "then", "onetime", "one-time", "erstwhile"})
IGNORED_MODIFIERS = frozenset({"current", "new", "top", "sitting", "outgoing", "incoming", "longtime",
                               "veteran", "embattled", "presumptive", "likely", "eventual", "de", "facto",
                               "real", "estate", "-"})
ROLE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "prep", "pobj", "nummod", "hmod", "punct"})
# Endings of nouns for people ("senator", "nominee", "billionaire", "secretary", "spokesman"): an
# apposition or attribute with another head ("Trump, the big debate") is a misparse, not a role.
PERSON_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ire", "ary", "ive",
                       "ess", "ief", "ge")
PERSON_NOUNS = GENERIC_PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS | frozenset({
    "candidate", "delegate", "advocate", "magnate", "chief", "aide", "head", "host", "boss", "envoy",
    "mogul", "tycoon", "star", "lady", "spouse", "widow", "veteran", "nominee", "heir", "czar",
    "champion", "athlete",
})
# Person nouns whose rank tells their holders apart ("seventh seed X" is not "the top seed"): no role
# learned from them, but a description by one is still of a person.
RANKED_PERSON_NOUNS = frozenset({"seed"})
DESCRIPTION_WINDOW = 4  # sentences before the description searched by the generic-noun rule


@dataclass
class Role:
    head: str                          # "nominee", "mayor", "senator"
    words: frozenset[str] = field(default_factory=frozenset)  # modifiers: "republican", "presidential"
    place_words: frozenset[str] = field(default_factory=frozenset)

    @property
    def past(self) -> bool:
        return bool(self.words & PAST_WORDS)


def _word(token: Token) -> str:
    lowered = token.lower_
    lowered = PARTY_KEYS.get(lowered, lowered)  # "the GOP nominee" is "the Republican nominee"
    return TITLE_ABBREVIATIONS.get(lowered, lowered.strip("."))


def is_person_noun(noun: str) -> bool:
    return noun in PERSON_NOUNS or noun in ROLE_NOUNS or noun.endswith(PERSON_NOUN_ENDINGS)


def described_person(head: Token) -> bool:
    """Whether a description's head noun is a person's ("the presenter", "the top seed", "the lock
    forward"), not a group's or a thing's ("the crowd", "the club", "the magazine")."""
    noun = head.lemma_.lower()
    return is_person_noun(noun) and noun not in NOT_PERSON_NOUNS or noun in SIDE_POSTS | RANKED_PERSON_NOUNS


def _role_from(head: Token, tokens: list[Token]) -> Role | None:
    """A role headed by `head` with modifiers `tokens` (parties, places, "former", "presidential")."""
    noun = _word(head)
    if head.lower_ in HONORIFICS or not noun.isalpha() or noun in NOT_PERSON_NOUNS:
        return None
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    words = frozenset(_word(t) for t in tokens if t is not head and t.is_alpha and t.dep_ not in ("det", "poss", "case"))
    places = frozenset(_word(t) for t in tokens if t is not head and t.ent_type_ in ("GPE", "LOC"))
    return Role(noun, words, places)


def _title_before(span: Span, covered: set[int]) -> Role | None:
    """'Mayor Bill de Blasio', 'Republican presidential nominee Donald Trump', 'Sen. Bernie Sanders'."""
    doc = span.doc
    chain: list[Token] = []
    i = span.start - 1
    while i >= span.sent.start:
        token = doc[i]
        if token.dep_ in ("det", "poss", "case") or token.is_punct and token.text != "-" or token.i in covered and not chain:
            break
        if token.dep_ not in ROLE_MODIFIER_DEPS or not (span.start <= token.head.i < span.end or token.head in chain):
            break
        chain.insert(0, token)
        i -= 1
    heads = [t for t in chain if span.start <= t.head.i < span.end and t.pos_ in ("NOUN", "PROPN")
             and t.lower_ not in HONORIFICS]
    if not heads:
        return _noun_right_before(span, covered)
    return _role_from(heads[-1], chain)


def _noun_right_before(span: Span, covered: set[int]) -> Role | None:
    """A person noun written right before the name but parsed off it ('Popular Christian and
    corporate speaker Lance Wallnau', where 'speaker' hangs off 'Christian' as a conjunct)."""
    if span.start == span.sent.start or span.start - 1 in covered:
        return None
    noun = span.doc[span.start - 1]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.dep_ not in ("conj", "nmod", "appos", "dobj", "pobj") \
            or not is_person_noun(noun.lower_):
        return None
    return _role_from(noun, [t for t in noun.lefts if t.dep_ in ("amod", "compound")])


def _described_by(span: Span, covered: set[int]) -> list[Role]:
    """Roles from an apposition or a copula: 'Trump, the Republican nominee,', 'the mayor, Bill de
    Blasio,', 'Trump is a billionaire'."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end and c.i not in covered]
    if root.dep_ == "appos" and root.head.i < span.start and root.head.i not in covered:
        nouns.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in root.head.children):
        # Only a class ('Trump is a billionaire'): 'Pence was the winner of the debate' is an event.
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.i not in covered
                  and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)]
    roles = []
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        modifiers = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod")]
        modifiers = [t for m in modifiers for t in m.subtree]
        # 'the former secretary of state': the office's own 'of' phrase is part of the role
        modifiers += [t for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of"
                      for t in p.subtree if t.pos_ in ("PROPN", "NOUN")]
        if _singles_out(noun.lefts):
            continue  # 'Clinton is the only candidate who ...': a claim, not the office she holds
        role = _role_from(noun, modifiers)
        if role is not None and is_person_noun(role.head):
            roles.append(role)
    return roles


def _singles_out(modifiers) -> bool:
    """True for 'only', 'first', superlatives: words making a noun phrase a predicate of rank."""
    return any(t.lower_ in ("only", "sole") or t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL"
               for t in modifiers)


def _inside_title(span: Span) -> Role | None:
    """A title the NER kept inside the name: 'Sen. Bernie Sanders' tagged as one PERSON."""
    if len(span) > 1 and span[0].lower_ in TITLE_ABBREVIATIONS:
        return Role(TITLE_ABBREVIATIONS[span[0].lower_])
    return None


@dataclass
class PersonRoles:
    """Roles learned for each person entity (by EntityGroups key), in text order."""
    doc: Doc
    groups: EntityGroups
    by_entity: dict[int, list[tuple[int, Role]]] = field(default_factory=dict)  # key -> (token index, role)

    @classmethod
    def learn(cls, doc: Doc, groups: EntityGroups, spans: list[tuple[Mention, Span]], covered: set[int]) -> "PersonRoles":
        found = cls(doc, groups)
        for mention, span in spans:
            if mention.refers_to is not None or "PERSON" not in groups.labels(mention):
                continue
            roles = [_title_before(span, covered), _inside_title(span), *_described_by(span, covered)]
            for role in roles:
                if role is not None and role.head not in RANKED_PERSON_NOUNS:
                    found.by_entity.setdefault(groups.key(mention), []).append((span.start, role))
        return found

    def by_entity_roles(self, key: int) -> list[Role]:
        """Every role the article gives the entity, wherever it gives it."""
        return [role for _, role in self.by_entity.get(key, [])]

    def roles_before(self, key: int, position: int) -> list[Role]:
        return [role for at, role in self.by_entity.get(key, []) if at < position]


def description_role(span: Span) -> Role | None:
    """The role a definite description names: 'The Republican presidential nominee' -> nominee.

    None for a predicate ('Pence was the winner', 'the first black senator'): it says what
    someone is rather than referring back to them.
    """
    head = span[-1]
    modifiers = [t for t in span[1:-1] if (t.lower_, head.lower_) != ("first", "lady")]
    if head.dep_ in ("attr", "acomp", "oprd") or _singles_out(modifiers):
        return None
    return _role_from(head, list(span[1:-1]))


def noun_gender(noun: str) -> str | None:
    if noun in MALE_NOUNS:
        return "male"
    if noun in FEMALE_NOUNS:
        return "female"
    return None


def heads_match(wanted: str, held: str) -> bool:
    return wanted == held or wanted in SAME_ROLE.get(held, frozenset())


def contradicts(description: Role, held: Role) -> bool:
    """True when a modifier of the description rules the held role out: another party or place,
    a past role ('former President Bill Clinton') for a present description ('the president'),
    or another rank of the office ('Vice President Biden' is not 'the president')."""
    if held.past and not description.past:
        return True
    if (held.words ^ description.words) & TITLE_RANK_WORDS:
        return True
    wanted_parties = description.words & PARTY_SIDE_WORDS
    held_parties = held.words & PARTY_SIDE_WORDS
    if wanted_parties and held_parties and not wanted_parties & held_parties:
        return True
    wanted_places = description.place_words
    if wanted_places and held.place_words and not wanted_places & held.place_words:
        return True
    return False


def role_holders(roles: PersonRoles, description: Role, position: int) -> list[int]:
    """Entity keys holding a role that fits `description` before `position`, best fits only."""
    fits: dict[int, int] = {}
    for key in sorted(roles.by_entity):
        held = [r for r in roles.roles_before(key, position) if heads_match(description.head, r.head)]
        scores = [len((description.words - PAST_WORDS - IGNORED_MODIFIERS) & r.words) for r in held
                  if not contradicts(description, r)]
        if scores:
            fits[key] = max(scores)
    if not fits:
        return []
    best = max(fits.values())
    return [key for key, score in fits.items() if score == best]


def generic_referent(roles: PersonRoles, candidates: list[Mention], description: Role,
                     position: int, subjects: frozenset[int] | set[int] = frozenset()) -> Mention | None:
    """The one person among `candidates` (latest first) fitting the gender of the description's
    noun and holding no role it contradicts ('the Democratic nominee' is not the Republican one).

    Of several that fit, the latest one that was a clause's subject (entity keys in `subjects`),
    as for 'he': the writer's 'the businessman said' goes on about whom the story is about.
    """
    fitting = fitting_people(roles, candidates, description, position)
    if len(fitting) == 1:
        return next(iter(fitting.values()))
    return next((m for key, m in fitting.items() if key in subjects), None)


def fitting_people(roles: PersonRoles, candidates: list[Mention], description: Role, position: int) -> dict[int, Mention]:
    """Entity key -> latest mention, of the candidates (latest first) whose gender and roles the
    description does not rule out."""
    groups = roles.groups
    wanted = noun_gender(description.head)
    fitting: dict[int, Mention] = {}
    for mention in candidates:
        gender = person_gender(groups, mention)
        if wanted is not None and gender != wanted:
            continue
        held = roles.roles_before(groups.key(mention), position)
        if any(heads_match(description.head, r.head) and contradicts(description, r) for r in held):
            continue
        fitting.setdefault(groups.key(mention), mention)
    return fitting
