"""The maker of an authored work: "Sideways is written and directed by Alexander Payne", "House of
Flying Daggers, directed by Yimou Zhang, was named best foreign language film", "He wrote the song
Ring of Fire with June Carter Cash" (rule "work_maker": developed, the work typed WORK_OF_ART).

Work titles are often mistyped by the NER (Sideways a place, Ring of Fire a person), and the same
verbs say other things ("a company directed by X" is a post, "wrote Congress" a letter), so the rule
claims only with a sign that the thing made is a work: a WORK_OF_ART name, two creative verbs
coordinated ("written and directed"), a work noun on the name ("the song Ring of Fire", "comedy Fat
Albert"), or, for an organisation's or product's name, a work noun in the same sentence ("... was
named best foreign language film"). A person's name with none of these is left alone.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.entities.work_titles import possessed_work
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, people_named, prep_objects
from pipeline.extract.relations.verb_subjects import clause_subject, is_passive, subject_token
from pipeline.extract.relations.lexicon import PRODUCT_NOUNS
from pipeline.extract.relations.work_words import CREATIVE_VERBS, POSSESSED_WORK_NOUNS, STARRED_WORK_NOUNS, WORK_NOUNS, WRITING_VERBS
from pipeline.lexicon import POSSESSIVE_GENDERS, POSSESSIVE_MARKERS

MAKER_LABELS = frozenset({"PERSON", "ORG"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# Names a work is often mistyped as when nothing else in the sentence is one.
NOT_A_WORK_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                               "ORDINAL", "QUANTITY"})


def _creative(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in CREATIVE_VERBS


def _coordinated_creative(verb: Token) -> list[Token]:
    """The verb and the creative verbs coordinated with it ("written and directed")."""
    return [verb, *(v for v in verb.conjuncts if _creative(v))]


def _work_noun_on(token: Token) -> bool:
    """A work noun naming what the title is: "the song Ring of Fire", "comedy Fat Albert", "the film X"."""
    neighbours = [*token.children, token.head] if token.dep_ in ("appos", "compound") else list(token.children)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in WORK_NOUNS and t.dep_ in ("appos", "compound", "nmod")
               or t.i == token.head.i and token.dep_ == "appos" and t.lemma_.lower() in WORK_NOUNS for t in neighbours)


def _titles(token: Token) -> list[Token]:
    """The token, or the titles in apposition to it when it is a work noun ("the song Blue River")."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in WORK_NOUNS:
        return [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return [token]


def _work_in_sentence(verb: Token) -> bool:
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in WORK_NOUNS for t in verb.sent)


def _is_work(finder: ArgumentFinder, family: list[Token], token: Token, work: Mention) -> bool:
    label = finder.label(work)
    if label == "WORK_OF_ART" or _work_noun_on(token):
        return True
    if len(family) > 1:
        return label not in ("PERSON", "NORP")  # "Sideways is written and directed by ..." (typed a place)
    return label not in NOT_A_WORK_LABELS and _work_in_sentence(family[0])


def _family_head(verb: Token) -> Token:
    return verb.head if verb.dep_ == "conj" and _creative(verb.head) else verb


def _subject_on_auxiliary(verb: Token) -> Token | None:
    """"The comedy X was co-written by Y": the parser splits "co" off as an auxiliary and hangs the
    subject on "was", below it."""
    auxiliaries = [a for a in verb.children if a.dep_ == "auxpass"]
    auxiliaries += [b for a in auxiliaries for b in a.children if b.dep_ == "auxpass"]
    return next((s for a in auxiliaries for s in a.children if s.dep_ in ("nsubj", "nsubjpass")), None)


def _passive_pairs(finder: ArgumentFinder, head: Token, whole_only: bool = True) -> tuple[list[Mention], list[Mention]]:
    family = _coordinated_creative(head)
    makers = [m for v in family for t in prep_objects(v, ("by",)) for m in finder.group(t)]
    subject = subject_token(head) or _subject_on_auxiliary(head)
    works = [(t, w) for t in ([] if subject is None else _titles(subject)) for w in finder.group(t)]
    # a work whose title the name cuts short ("House" of "House of Flying Daggers") still makes
    # "directed by" a director's credit (directs_a_work), but is no title to claim
    return makers, [w for t, w in works if _is_work(finder, family, t, w) and (whole_only is False or _whole_title(t, w))]


def _whole_title(token: Token, work: Mention) -> bool:
    """Whether the name covers the title: "House of Flying Daggers" read as the name "House" is no
    title to claim."""
    tails = [t for t in prep_objects(token, ("of", "in", "on")) if t.pos_ == "PROPN"]
    return all(t.right_edge.idx + len(t.right_edge) <= work.end for t in tails)


def work_maker_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    if not _creative(verb) or finder.mention_at(verb) is not None:
        return
    if is_passive(verb):
        if _family_head(verb).i != verb.i:
            return  # "written and directed by X": one doer, claimed from the first verb
        makers, works = _passive_pairs(finder, verb)
    else:
        # a personal pronoun's antecedent is a guess too often here ("He is directing the film
        # Serenity" given to the producer quoted before the director, even when he is the only man
        # named before: BBC dev, session 13); a name or "who" is kept
        subject = subject_token(verb)
        makers = [] if subject is None or subject.lower_ in PERSONAL_PRONOUNS else finder.group(subject)
        if verb.lemma_.lower() in WRITING_VERBS:  # "wrote Ring of Fire with June Carter Cash": co-authors
            makers += [m for t in prep_objects(verb, ("with",)) for m in finder.group(t)]
        works = [(t, w) for o in verb.children if o.dep_ == "dobj" for t in _titles(o) for w in finder.group(t)]
        works = [w for t, w in works if finder.label(w) == "WORK_OF_ART" or _work_noun_on(t)]
    for maker in makers:
        if finder.label(maker) not in MAKER_LABELS:
            continue
        for work in works:
            if work.index != maker.index:
                yield Candidate("developed", maker, work, "work_maker", (verb,), object_label="WORK_OF_ART")


def directs_a_work(finder: ArgumentFinder, verb: Token) -> bool:
    """Whether "directed by X" names a work's director, not the head of what is directed (rules.py)."""
    if not (_creative(verb) and is_passive(verb)):
        return False
    makers, works = _passive_pairs(finder, _family_head(verb), whole_only=False)
    return bool(works) and any(finder.label(m) in MAKER_LABELS for m in makers)


def possessed_work_maker(finder: ArgumentFinder, work: Mention) -> Iterator[Candidate]:
    """"Mike Leigh's film Vera Drake", "Madonna's new single Hung Up", "U2, who won for their hit
    Vertigo", "Prince sold ... copies of his latest album Musicology", "the novel X by Y" (rule "possessed_work"). A
    person's possessive on a film, a show or a game may name who stars in it ("Jamie Foxx's movie
    Ray"): claimed for an organisation only."""
    span = finder.doc.char_span(work.start, work.end, alignment_mode="expand")
    if span is None or span.start < 2 or finder.label(work) != "WORK_OF_ART":
        return
    # the name may leave out the title's article ("Incredibles" of "The Incredibles")
    noun = finder.doc[span.start - 2] if finder.doc[span.start - 1].pos_ == "DET" else finder.doc[span.start - 1]
    match = possessed_work(finder.doc, noun)
    if match is None or match[1].start != noun.i + 1 or match[1].end != span.end:
        return
    for maker in _makers(finder, match[0]):
        starred = noun.lower_ in STARRED_WORK_NOUNS and match[0].i < noun.i  # "the film X by Y": Y's
        if maker.index != work.index and not (starred and may_star(finder, maker)):
            yield Candidate("developed", maker, work, "possessed_work", (noun,), object_label="WORK_OF_ART")


def may_star(finder: ArgumentFinder, owner: Mention) -> bool:
    """Whether the owner of a film or a show may be its star: a person, or a name the NER typed an
    organisation that is the surname of a person the article names ("Foxx's movie Ray" after "Jamie Foxx")."""
    if finder.label(owner) == "PERSON":
        return True
    return len(owner.text.split()) == 1 and any(
        finder.label(m) == "PERSON" and len(m.text.split()) > 1 and m.text.split()[-1] == owner.text
        for m in finder.index.mentions)


def _pronoun_person(finder: ArgumentFinder, owner: Token) -> list[Mention]:
    sentence, wanted = owner.sent, POSSESSIVE_GENDERS[owner.lower_]
    if any(t.text in ("“", "”", '"') for t in sentence):
        return []
    subject = clause_subject(owner)
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ in PERSONAL_PRONOUNS:
        return []
    named = [finder.index.root(m) for m in finder.group(subject) if finder.label(m) == "PERSON"] if subject is not None else []
    people = {m.index: m for m in named} or people_named(finder, sentence.start_char, owner.idx, wanted)
    if not people and sentence.start > 0:
        before = owner.doc[sentence.start - 1].sent
        people = {k: m for k, m in people_named(finder, before.start_char, before.end_char, wanted).items()
                  if _is_subject(finder, m)}
    person = next(iter(people.values())) if len(people) == 1 else None
    linked = finder.index.widest(owner)
    # a one-word name ("Rokr" typed a person) is taken only when coreference linked the pronoun to it
    if person is None or linked is not None and finder.index.root(linked).index != finder.index.root(person).index \
            or linked is None and len(person.text.split()) < 2:
        return []
    return [person]


def _is_subject(finder: ArgumentFinder, person: Mention) -> bool:
    """Whether a mention of the person is a clause's subject ("Youssou N'Dour has been named ...")."""
    return any(finder.index.root(m).index == person.index and t.dep_ in ("nsubj", "nsubjpass")
               for m in finder.index.mentions if m.refers_to is None
               for span in [finder.doc.char_span(m.start, m.end, alignment_mode="expand")] if span is not None
               for t in [span.root])


def _makers(finder: ArgumentFinder, owner: Token) -> list[Mention]:
    """Whom the possessive stands for: the name before "'s" or after "by"; "his"/"her": the named
    subject of its clause ("Author David Mitchell beat him with his book ..."), none when that subject
    is itself a pronoun ("In 1972, he made a foray ... with his album": whoever "he" is), else the one
    person of that gender named in the sentence up to it or the subject of the sentence before;
    "their"/"its": the named subject of the clause ("U2, who have won ... for their hit Vertigo")."""
    if owner.lower_ in POSSESSIVE_GENDERS and owner.i + 1 < len(owner.doc) and owner.doc[owner.i + 1].text not in POSSESSIVE_MARKERS:
        return _pronoun_person(finder, owner)
    if owner.lower_ in ("their", "its"):
        subject = clause_subject(owner)  # from the pronoun: the parser may take "hit" for a verb
        if subject is None or subject.lower_ in PERSONAL_PRONOUNS:
            return []
        makers = [m for m in finder.group(subject) if finder.label(m) in MAKER_LABELS]
        return makers if owner.lower_ == "their" else [m for m in makers if finder.label(m) == "ORG"]
    maker = finder.mention_at(owner)  # the name before "'s" or after "by"
    return [maker] if maker is not None and finder.label(maker) in MAKER_LABELS else []


# Names the NER gives a product ("Windows" an organisation) that still cannot be one.
NOT_A_PRODUCT_LABELS = NOT_A_WORK_LABELS | {"EVENT", "LAW"}


def possessed_product_maker(finder: ArgumentFinder, product: Mention) -> Iterator[Candidate]:
    """"Microsoft's Windows operating system", "Nintendo's DS console", "Nokia's N-Gage game phone",
    "the BBC's Newsnight programme": a name between a company's possessive and the product or work
    noun it modifies is the company's product or work,
    however the NER typed it (mostly an organisation). Rule "possessed_work", object typed PRODUCT."""
    doc = finder.doc
    span = doc.char_span(product.start, product.end, alignment_mode="expand")
    if span is None or span.start < 2 or finder.label(product) in NOT_A_PRODUCT_LABELS \
            or doc[span.start - 1].text not in POSSESSIVE_MARKERS:
        return
    owner = finder.mention_at(doc[span.start - 2])
    noun = span.root.head
    if owner is None or finder.label(owner) != "ORG" or owner.index == product.index \
            or span.root.dep_ not in ("compound", "nmod", "amod") or not span.end <= noun.i <= span.end + 2 \
            or not (noun.is_lower and noun.lemma_.lower() in PRODUCT_NOUNS | WORK_NOUNS | POSSESSED_WORK_NOUNS) \
            or any(not t.is_lower for t in doc[span.end:noun.i]):
        return
    if _ends_in_a_place(finder, product):
        return
    made = "PRODUCT" if noun.lemma_.lower() in PRODUCT_NOUNS else "WORK_OF_ART"  # "the BBC's Newsnight programme"
    yield Candidate("developed", owner, product, "possessed_work", (noun,), object_label=made)


def _ends_in_a_place(finder: ArgumentFinder, product: Mention) -> bool:
    """"NASA's Galileo Jupiter probe": a name whose last word the article names as a place on its own
    runs on into where the thing goes or stands; the product's own name is shorter, so none is claimed."""
    words = product.text.split()
    return len(words) > 1 and any(m.text == words[-1] and finder.label(m) in ("GPE", "LOC")
                                  for m in finder.index.mentions)
