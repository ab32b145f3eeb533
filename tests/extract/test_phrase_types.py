"""Names a phrase makes a place or a company (entities/phrase_types.py): the whole entity stage runs on each text,
whose name the small model types PERSON or ORG without the rule."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.relations.typed import extract_relations

PLACES = [
    pytest.param("Alaska Gov. Sarah Palin returned on Sunday to the Wasilla Bible Church in her hometown of Wasilla, "
                 "where an arson fire damaged the building last week.", "Wasilla", id="hometown-of"),
    pytest.param("A bomb exploded at a West Coast Bank branch office in the agricultural town of Woodburn on Friday.",
                 "Woodburn", id="kind-of-place-of"),
    pytest.param("Gaetano Lo Presti, the godfather of the Palermo district of Porta Nuova, was found dead.",
                 "Porta Nuova", id="district-of"),
]


@pytest.mark.parametrize("text, name", PLACES)
def test_a_name_after_a_place_noun_and_of_is_a_place(nlp, text, name):
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert labels.get(name) == "GPE", labels


REGIONS = [
    # the small model types these PERSON or ORG
    pytest.param("Tony Blair sailed across the lake in Bromsgrove, Worcestershire, while on a visit with Education "
                 "Secretary Ruth Kelly to back school outings.", "Worcestershire", id="town-comma-county"),
    pytest.param("A spokesman for DaimlerChrysler said it is to close the Mercedes factory in Sindelfingen on Monday.",
                 "Sindelfingen", id="factory-in"),
]


@pytest.mark.parametrize("text, name", REGIONS)
def test_a_name_read_as_a_region_is_a_place(nlp, text, name):
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert labels.get(name) == "GPE", labels


@pytest.mark.parametrize("text, name", [
    pytest.param("The drama starring Sarah Lancashire was watched by eight million people.", "Sarah Lancashire",
                 id="given-name-then-shire"),
    pytest.param("Officials met in London, Smith said on Monday.", "Smith", id="no-known-place-after-comma"),
])
def test_no_region(nlp, text, name):
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert name in labels and labels[name] != "GPE", labels


@pytest.mark.parametrize("words, ents, expected", [
    pytest.param(["Marginals", "are", "Dumfriesshire", "and", "Ochil"], [(2, 3, "PERSON")],
                 [("Dumfriesshire", "GPE")], id="shire-shaped-person"),
    pytest.param(["He", "visited", "Marion", "County", "today"], [(2, 4, "PERSON")],
                 [("Marion County", "GPE")], id="county-headed-person"),
    pytest.param(["The", "drama", "starring", "Sarah", "Lancashire"], [(3, 5, "PERSON")],
                 [("Sarah Lancashire", "PERSON")], id="given-name-then-shire"),
    pytest.param(["Derby", "County", "won"], [(0, 2, "ORG")], [("Derby County", "ORG")], id="club-stays-org"),
])
def test_a_person_shaped_like_a_region_is_a_place(nlp, words, ents, expected):
    from spacy.tokens import Doc, Span

    from pipeline.extract.entities.phrase_types import tag_region_names

    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    tag_region_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_a_saints_possessive_is_inside_the_school_name(nlp):
    text = "Two girls from St Egwin's Middle School in Evesham met the prime minister on Friday."
    doc = nlp(text)
    mentions = collect_mentions(doc)
    labels = {m.text: m.label for m in mentions}
    assert labels.get("St Egwin's Middle School") == "ORG", labels
    by_index = {m.index: m.text for m in mentions}
    found = {(by_index[r.subject], r.predicate, by_index.get(r.object)) for r in extract_relations(doc, mentions)}
    assert ("St Egwin's Middle School", "located_in", "Evesham") in found, found


def test_a_places_company_typed_a_person_is_an_organisation(nlp):
    text = "Etisalat Egypt and LinkdotNet are one of Egypt's largest internet service providers, officials said."
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert labels.get("Etisalat Egypt") == "ORG", labels


@pytest.mark.parametrize("text, name, label", [
    # the NER types a one-word company PERSON; ", a group co-founded by" makes it an organisation
    pytest.param("It is the result of a partnership between the International Tennis Federation and Kosmos, a group "
                 "co-founded by a soccer player.", "Kosmos", "ORG", id="a-group-founded-by"),
    pytest.param("Mr. Smith, a firm believer in markets, said the plan would work.", "Smith", "PERSON",
                 id="a-firm-believer"),
    pytest.param("Jane Roe, a company spokeswoman, said the plan would work.", "Jane Roe", "PERSON",
                 id="a-company-spokeswoman"),
])
def test_a_kind_of_organisation_after_a_name(nlp, text, name, label):
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert labels.get(name) == label, labels


NOT_PLACES = [
    pytest.param("Crowds gathered in the hometown of John Smith after the election on Tuesday.", "John Smith",
                 "PERSON", id="hometown-of-a-person"),
    pytest.param("He lived among a community of Amish farmers in Ohio for more than ten years.", "Amish", "NORP",
                 id="community-of-a-people"),
]


@pytest.mark.parametrize("text, name, label", NOT_PLACES)
def test_a_name_stays_what_it_is(nlp, text, name, label):
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert labels.get(name) == label, labels


def test_a_hometown_typed_a_person_is_where_she_lives(nlp):
    text = PLACES[0].values[0]
    doc = nlp(text)
    mentions = collect_mentions(doc)
    by_index = {m.index: m.text for m in mentions}
    found = {(by_index[r.subject], r.predicate, by_index.get(r.object)) for r in extract_relations(doc, mentions)}
    assert ("Sarah Palin", "lives_in", "Wasilla") in found, found


PLACE_FORCES = [
    pytest.param("Constable Joseph Rush, of Twizel police, said the man was lucky to be alive.", "Twizel police",
                 id="of-place-police"),
    pytest.param("A spokesman for Christchurch police said the search had ended on Sunday.", "Christchurch police",
                 id="for-place-police"),
]


@pytest.mark.parametrize("text, name", PLACE_FORCES)
def test_a_place_and_its_lower_case_force_word_are_one_organisation(nlp, text, name):
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert labels.get(name) == "ORG", labels


@pytest.mark.parametrize("text, name", [
    pytest.param("French police arrested two men in Lyon on Monday.", "French police", id="nationality"),
    pytest.param("A tip led Forest Hill police officers to the room on Monday.", "Forest Hill police",
                 id="police-inside-a-role"),
    pytest.param("The Chicago Police Department opened an inquiry on Monday. A spokesman for Chicago police said "
                 "two men were held.", "Chicago police", id="a-longer-name-opens-with-the-place"),
])
def test_no_force_name(nlp, text, name):
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert name not in labels, labels


def test_the_constable_is_with_the_place_police(nlp):
    doc = nlp("Constable Joseph Rush, of Twizel police, said the man was lucky to be alive.")
    mentions = collect_mentions(doc)
    by_index = {m.index: m.text for m in mentions}
    found = {(by_index[r.subject], r.predicate, by_index.get(r.object)) for r in extract_relations(doc, mentions)}
    assert ("Joseph Rush", "affiliated_with", "Twizel police") in found, found


def test_a_name_the_article_types_org_elsewhere_is_an_organisation_before_a_role(nlp):
    doc = nlp('Rescuers from Alpine Guides, The Helicopter Line, Twizel and Fairlie police joined the search. '
              '"He was very badly hurt," Helicopter Line pilot Jim Campbell told the Herald on Sunday.')
    mentions = collect_mentions(doc)
    assert [m.label for m in mentions if m.text == "Helicopter Line"] == ["ORG", "ORG"], mentions
    by_index = {m.index: m.text for m in mentions}
    found = {(by_index[r.subject], r.predicate, by_index.get(r.object)) for r in extract_relations(doc, mentions)}
    assert ("Jim Campbell", "affiliated_with", "Helicopter Line") in found, found


def _typed(nlp, words, ents, rule=None):
    """A Doc of `words` whose entities are `ents` (start, end, label), run through one retyping rule
    alone (tag_organisations_named_elsewhere unless another is given)."""
    from spacy.tokens import Doc, Span

    from pipeline.extract.entities.phrase_types import tag_organisations_named_elsewhere

    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    (rule or tag_organisations_named_elsewhere)(doc)
    return [(e.text, e.label_) for e in doc.ents]


NAMED_ELSEWHERE = [
    # a person's name after a capital "The" inside a sentence is an organisation's
    pytest.param("Crews from The Helicopter Line came . Helicopter Line pilots flew".split(),
                 [(3, 5, "PERSON"), (7, 9, "PERSON")], [("Helicopter Line", "ORG"), ("Helicopter Line", "ORG")],
                 id="after-a-capital-the"),
    # a sentence's opening "The" says nothing
    pytest.param("The Helicopter Line came .".split(), [(1, 3, "PERSON")], [("Helicopter Line", "PERSON")],
                 id="the-opening-a-sentence"),
    # a given name first: a person, whatever the article types the words elsewhere ("John Deere")
    pytest.param("He met The John Deere . John Deere said".split(), [(3, 5, "ORG"), (6, 8, "PERSON")],
                 [("John Deere", "ORG"), ("John Deere", "PERSON")], id="given-name-stays"),
    # an ORG written without "The" elsewhere: the model's slip in a stats table, not the article's word
    pytest.param("S , Damarious Randall , 43 . Damarious Randall tackled".split(), [(2, 4, "ORG"), (7, 9, "PERSON")],
                 [("Damarious Randall", "ORG"), ("Damarious Randall", "PERSON")], id="org-without-the"),
    # a title is retyped only where the "The" name is an ORG ("The Star Trek Beyond" a film)
    pytest.param("He saw The Star Trek . Star Trek won".split(), [(3, 5, "WORK_OF_ART"), (6, 8, "WORK_OF_ART")],
                 [("Star Trek", "WORK_OF_ART"), ("Star Trek", "WORK_OF_ART")], id="title-after-the-title"),
    # a one-word name is left to the relation rules (role_names.mistyped_organisation)
    pytest.param("Crews from The Herald came . Herald said".split(), [(3, 4, "PERSON"), (6, 7, "PERSON")],
                 [("Herald", "PERSON"), ("Herald", "PERSON")], id="one-word"),
]


@pytest.mark.parametrize("words, ents, expected", NAMED_ELSEWHERE)
def test_a_name_written_as_an_organisation_elsewhere(nlp, words, ents, expected):
    assert _typed(nlp, words, ents) == expected


STRAY_NORP = [
    # a NORP name the article writes as an organisation elsewhere is that organisation
    pytest.param("Giant Inbev grew . Inbev , which makes beer , said".split(), [(1, 2, "ORG"), (4, 5, "NORP")],
                 [("Inbev", "ORG"), ("Inbev", "ORG")], id="an-organisation-elsewhere"),
    # a demonym stays a nationality, whatever else the model typed it
    pytest.param("The Belgian team . Belgian fans sang".split(), [(1, 2, "ORG"), (4, 5, "NORP")],
                 [("Belgian", "ORG"), ("Belgian", "NORP")], id="a-demonym"),
    # a party stays a party ("Labour MPs")
    pytest.param("Labour won . Labour MPs cheered".split(), [(0, 1, "ORG"), (3, 4, "NORP")],
                 [("Labour", "ORG"), ("Labour", "NORP")], id="a-party"),
    # named nowhere else: nothing to go by
    pytest.param("Inbev , which makes beer , said".split(), [(0, 1, "NORP")], [("Inbev", "NORP")], id="alone"),
]


@pytest.mark.parametrize("words, ents, expected", STRAY_NORP)
def test_a_stray_nationality_label(nlp, words, ents, expected):
    from pipeline.extract.entities.phrase_types import tag_stray_nationalities

    assert _typed(nlp, words, ents, tag_stray_nationalities) == expected
