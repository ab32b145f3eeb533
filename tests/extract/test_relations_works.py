"""The maker of an authored work (relations/work_makers.py, org_possessive): claimed only with a
sign that the thing made is a work; a name the same verbs govern otherwise is left alone."""
from __future__ import annotations

import pytest

from tests.extract.test_coref_forward import claims
from tests.extract.test_relations import find, relations_of

MADE = [
    pytest.param("Lost Harbour is written and directed by Jane Roe, who made two earlier films.",
                 [("Lost Harbour", "GPE"), ("Jane Roe", "PERSON")],
                 ("Jane Roe", "developed", "Lost Harbour"), "work_maker", id="written-and-directed-mistyped"),
    pytest.param("The Quiet Valley, directed by John Doe, was named best foreign language film.",
                 [("The Quiet Valley", "ORG"), ("John Doe", "PERSON")],
                 ("John Doe", "developed", "The Quiet Valley"), "work_maker", id="directed-by-work-in-sentence"),
    pytest.param("The comedy Big Night was co-written by Mary Major.",
                 [("Big Night", "ORG"), ("Mary Major", "PERSON")],
                 ("Mary Major", "developed", "Big Night"), "work_maker", id="work-noun-on-title"),
    pytest.param("Twenty years ago he wrote the song Blue River with Anna Smith.",
                 [("Blue River", "ORG"), ("Anna Smith", "PERSON")],
                 ("Anna Smith", "developed", "Blue River"), "work_maker", id="wrote-song-with-coauthor"),
    pytest.param("Tom Brown's The Lost River opened in London last night.",
                 [("Tom Brown", "PERSON"), ("The Lost River", "WORK_OF_ART"), ("London", "GPE")],
                 ("Tom Brown", "developed", "The Lost River"), "org_possessive", id="author-possessive-work"),
    pytest.param("Jane Roe's new single Paper Moon went straight to number one.",
                 [("Jane Roe", "PERSON"), ("Paper Moon", "WORK_OF_ART")],
                 ("Jane Roe", "developed", "Paper Moon"), "possessed_work", id="name-possessive-single"),
    pytest.param("Anna Smith sold a million copies of her debut album Northern Lights.",
                 [("Anna Smith", "PERSON"), ("Northern Lights", "WORK_OF_ART")],
                 ("Anna Smith", "developed", "Northern Lights"), "possessed_work", id="her-album-one-woman-named"),
    pytest.param("The Larks, who have won two awards for their hit Blue Harbour, are touring.",
                 [("The Larks", "ORG"), ("Blue Harbour", "WORK_OF_ART")],
                 ("The Larks", "developed", "Blue Harbour"), "possessed_work", id="their-hit-relative-subject"),
    pytest.param("Acme Studios' film The Long Road opened last week.",
                 [("Acme Studios", "ORG"), ("The Long Road", "WORK_OF_ART")],
                 ("Acme Studios", "developed", "The Long Road"), "possessed_work", id="company-possessive-film"),
    pytest.param("The novel Silver Lane by Anna Smith was shortlisted.",
                 [("Silver Lane", "WORK_OF_ART"), ("Anna Smith", "PERSON")],
                 ("Anna Smith", "developed", "Silver Lane"), "possessed_work", id="work-noun-title-by-author"),
    pytest.param("Acme Pictures' film The Long Night won the animation award.",
                 [("Acme Pictures", "ORG"), ("Long Night", "WORK_OF_ART")],
                 ("Acme Pictures", "developed", "Long Night"), "possessed_work", id="title-without-its-article"),
    pytest.param("Acme Software's Zeta operating system runs on most office computers.",
                 [("Acme Software", "ORG"), ("Zeta", "ORG")],
                 ("Acme Software", "developed", "Zeta"), "possessed_work", id="company-product-typed-org"),
    pytest.param("Channel Nine's Nightline programme asked him about the loans.",
                 [("Channel Nine", "ORG"), ("Nightline", "WORK_OF_ART")],
                 ("Channel Nine", "developed", "Nightline"), "possessed_work", id="company-title-work-noun"),
]

NOT_MADE = [
    # a company run by someone: a post, not a work
    pytest.param("Acme Holdings, directed by John Doe, reported higher profits.",
                 [("Acme Holdings", "ORG"), ("John Doe", "PERSON")], ("John Doe", "developed", "Acme Holdings"),
                 id="company-directed-by"),
    # writing to someone makes no work of them
    pytest.param("Jane Roe wrote Senator Smith a letter about the dam.",
                 [("Jane Roe", "PERSON"), ("Smith", "PERSON")], ("Jane Roe", "developed", "Smith"),
                 id="wrote-a-person"),
    # a name cut short by the NER is no title to claim
    pytest.param("House of Flying Swords, directed by John Doe, was named best film.",
                 [("House", "ORG"), ("John Doe", "PERSON")], ("John Doe", "developed", "House"),
                 id="title-cut-short"),
    # a list cut by the NER after a possessive is no title
    pytest.param("Soldier, by Destiny's Child, Ti and Lil Wayne, debuted at number four.",
                 [("Destiny", "PERSON"), ("Child, Ti and Lil Wayne", "WORK_OF_ART")],
                 ("Destiny", "developed", "Child, Ti and Lil Wayne"), id="possessive-before-a-list"),
    # a person after a person's possessive is no work
    pytest.param("Tom Brown's Jane Roe scored twice.",
                 [("Tom Brown", "PERSON"), ("Jane Roe", "PERSON")], ("Tom Brown", "developed", "Jane Roe"),
                 id="person-possessive-person"),
    # an actor's film: a person's possessive on a film may name who stars in it
    pytest.param("John Doe's movie Red Harbour took best sound.",
                 [("John Doe", "PERSON"), ("Red Harbour", "WORK_OF_ART")], ("John Doe", "developed", "Red Harbour"),
                 id="person-possessive-film"),
    # an actor's film: the person possessive rule (org_possessive) keeps off a title after a film noun
    pytest.param("Best British film was Blue Moon, while Brown's movie Ray, a bio-pic of late singer Ray Charles, "
                 "also took best sound.", [("Brown", "PERSON"), ("Ray", "WORK_OF_ART"), ("Ray Charles", "PERSON")],
                 ("Brown", "developed", "Ray"), id="person-possessive-movie-title"),
    # the same with the star's surname typed an organisation
    pytest.param("Tom Brown won too, while Brown's movie Red Sky, a bio-pic of late singer John Smith, also took "
                 "best sound.", [("Tom Brown", "PERSON"), ("Brown", "ORG"), ("Red Sky", "WORK_OF_ART"),
                                 ("John Smith", "PERSON")],
                 ("Brown", "developed", "Red Sky"), id="surname-typed-org-possessive-movie"),
    # a product's name run on into a place the article names ("the Galileo Jupiter probe")
    pytest.param("Acme Space's Zeta Mars probe reached Mars in May.",
                 [("Acme Space", "ORG"), ("Zeta Mars", "ORG"), ("Mars", "LOC")],
                 ("Acme Space", "developed", "Zeta Mars"), id="product-name-run-into-a-place"),
    # two men named before "his": whose album is a guess
    pytest.param("John Doe met Peter Brown before his album Blue Sky came out.",
                 [("John Doe", "PERSON"), ("Peter Brown", "PERSON"), ("Blue Sky", "WORK_OF_ART")],
                 ("John Doe", "developed", "Blue Sky"), id="his-album-two-men"),
    # "by" after a verb is no maker of the title before it
    pytest.param("The film Red Sky was beaten by Blue Moon at the box office.",
                 [("Red Sky", "WORK_OF_ART"), ("Blue Moon", "ORG")], ("Blue Moon", "developed", "Red Sky"),
                 id="beaten-by-a-film"),
    # a company a company owns, named before no product noun
    pytest.param("Acme Holdings' Beta Foods chain reported higher sales.",
                 [("Acme Holdings", "ORG"), ("Beta Foods", "ORG")], ("Acme Holdings", "developed", "Beta Foods"),
                 id="company-possessive-chain"),
]


@pytest.mark.parametrize("text, specs, triple, rule", MADE)
def test_work_maker(nlp, text, specs, triple, rule):
    found = relations_of(nlp, text, specs, published="2005-01-10")
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert relation.rule == rule


@pytest.mark.parametrize("text, specs, triple", NOT_MADE)
def test_no_work_maker(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs, published="2005-01-10"), *triple) is None


def test_directed_work_is_no_post(nlp):
    found = relations_of(nlp, "The Quiet Valley, directed by John Doe, was named best foreign language film.",
                         [("The Quiet Valley", "ORG"), ("John Doe", "PERSON")], published="2005-01-10")
    assert find(found, "John Doe", "affiliated_with", "The Quiet Valley") is None


# Through the whole analysis (names, coreference, the title component): a "his"/"her" before a work
# noun reaches the one person it can stand for; a "he"/"she" who wrote is left alone.
WHOLE_MADE = [
    ("his album, the subject of the sentence before", "Tom Brown has been named a winner. His album Blue Sky won "
     "the critics' award.", ("Tom Brown", "developed", "Blue Sky")),
    ("her album, the woman named in the sentence", "Anna Smith sold a million copies of her debut album Northern "
     "Lights.", ("Anna Smith", "developed", "Northern Lights")),
]

WHOLE_REFUSED = [
    # the man named before was quoted about the writer: "she" may be anyone (BBC dev: a producer)
    ("she wrote, the only woman named before", "Mary Major left the band in 1990. She wrote the song Blue River "
     "in 1992.", ("Mary Major", "developed", "Blue River")),
    # "his" of a clause whose subject is "he": whoever "he" is, not the man named the sentence before
    ("his album under a pronoun subject", "His version of Tom Brown's song Red Sky topped the charts. In 1972, he "
     "made a foray into jazz with his album Blue Moon.", ("Tom Brown", "developed", "Blue Moon")),
    ("he wrote, two men named before", "John Doe met Peter Brown in Paris. He wrote the song Blue River in 1992.",
     ("John Doe", "developed", "Blue River")),
    ("his album inside quoted words", 'John Doe met reporters. "His album Blue Sky is a classic," Peter Brown said.',
     ("John Doe", "developed", "Blue Sky")),
]


@pytest.mark.parametrize("name, text, triple", WHOLE_MADE, ids=[c[0] for c in WHOLE_MADE])
def test_pronoun_maker(nlp, name, text, triple):
    found = [(s, p, o) for s, p, o, q in claims(nlp, text)]
    assert triple in found, found


@pytest.mark.parametrize("name, text, triple", WHOLE_REFUSED, ids=[c[0] for c in WHOLE_REFUSED])
def test_no_guessed_pronoun_maker(nlp, name, text, triple):
    assert triple not in [(s, p, o) for s, p, o, q in claims(nlp, text)]
