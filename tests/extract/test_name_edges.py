"""The left edge of a name's span (pipeline/extract/entities/name_edges.py): a sentence-opening
verb glued to a name is cut off, a given name the model did not know is taken in, and an ordinal
that opens a company's name ("First Boston Corp") too.

Each row names the mention the rule must give and the wrong one the model alone gives on that
text (checked with the rule switched off); the rows after them are names that must stay as they are."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from models import Article
from pipeline.extract import analyse_doc
from pipeline.extract.entities.mentions import collect_mentions
from pipeline.resolve import resolve_entities


def persons(nlp, text: str) -> set[str]:
    return {m.text for m in collect_mentions(nlp(text)) if m.label == "PERSON"}


EDGES = [
    # a gerund opening the sentence is no given name
    ("Hosting Cook at the summit was a coup, Benioff said. Cook spoke for an hour.", "Cook", "Hosting Cook"),
    ("Greeting Obama at the airport, the mayor smiled. Obama waved back.", "Obama", "Greeting Obama"),
    ("Interviewing Lopez last week, the panel heard little. Lopez said nothing new.", "Lopez", "Interviewing Lopez"),
    # a nationality glued to the name (the model's NORP or PERSON span) is no part of it
    ("European medal favourite Russian Irina Shevchenko won the race in Madrid on Sunday.",
     "Irina Shevchenko", "Russian Irina Shevchenko"),
    ("American Andy Roddick beat Briton Tim Henman in Paris on Sunday afternoon.", "Tim Henman", "Briton Tim Henman"),
    # a quoted nickname inside the name: one person's name, no PRODUCT "Magic"
    ('Dwayne "The Rock" Johnson said he would return to the ring next season.', 'Dwayne "The Rock" Johnson', "Johnson"),
    ('Rap mogul Marion “Suge” Knight was shot in the leg at a party on Sunday.', "Marion “Suge” Knight", None),
    # a given name neither the model nor the word index knows opens the name
    ("Amelize Joseph loves the school her daughter attends. “We need the money,” said Joseph.",
     "Amelize Joseph", None),
]

STAY = [
    ("Ornella Dupuis runs the bakery on Main Street. Dupuis said sales fell.", {"Ornella Dupuis", "Dupuis"}),
    ("Irving Berlin wrote the song. Berlin was born in Russia.", {"Irving Berlin", "Berlin"}),
    # an inflected verb, a title, an adverb or a greeting before a surname is not taken in
    ("Asked Warren about the bill, the aide declined to answer. Warren left.", {"Warren"}),
    ("Senator Joseph spoke on Monday. Joseph said the bill would pass.", {"Joseph"}),
    ("Yesterday Smith said the plan would fail.", {"Smith"}),
    ("Dear Joseph, the letter began.", {"Joseph"}),
    # a sentence-opening conjunction or preposition is no given name (read on held-out pages)
    ("If Clinton wins Ohio, she wins the election.", {"Clinton"}),
    ("Although Hitler was born in Braunau, Austria argued otherwise.", {"Hitler"}),
    ("Since Cruz left, nothing changed.", {"Cruz"}),
]


@pytest.mark.parametrize("text, right, wrong", EDGES)
def test_person_span_left_edge(nlp, text, right, wrong):
    found = persons(nlp, text)
    assert right in found
    if wrong is not None:
        assert wrong not in found
    else:  # the bare surname the model gave is still there only as the later mention
        assert sum(1 for m in collect_mentions(nlp(text)) if m.text == right) == 1


@pytest.mark.parametrize("text, names", STAY)
def test_names_that_stay(nlp, text, names):
    assert persons(nlp, text) == names


def test_a_surname_that_is_another_persons_given_name_stays_apart(nlp):
    """'Amelize Joseph' (the model tags only "Joseph") in one article is not 'Joseph R. Biden' of
    another article on the same campaign, and 'Cook' joins 'Tim Cook' once 'Hosting Cook' is gone."""
    texts = {
        "a1": "Amelize Joseph loves the public school her daughter attends in Brooklyn. “We need the money,” "
              "said Joseph, who has four children. Donald Trump and Hillary Clinton have said little about schools.",
        "a2": "Joseph R. Biden spoke in Ohio on Monday for Hillary Clinton. Biden said Donald Trump was unfit.",
        "a3": "Apple was pulled into the enterprise, CEO Tim Cook said. Hosting Cook at the show is our dream, "
              "Benioff said. Cook joked about it.",
    }
    analyses = [analyse_doc(nlp(t), Article(article_id=k, source=k, status="kept", text=t)) for k, t in texts.items()]
    resolution = resolve_entities(analyses)
    names = {e.name: e.aliases for e in resolution.entities if e.type == "PERSON"}
    assert "Joseph" not in names.get("Joseph R. Biden", [])
    assert "Amelize Joseph" in names
    assert "Cook" in names["Tim Cook"] and "Hosting Cook" not in names


@pytest.mark.parametrize("words, parts", [
    ("Russian Irina Shevchenko", [("Russian", "NORP"), ("Irina Shevchenko", "PERSON")]),
    ("Briton Tim Henman", [("Briton", "NORP"), ("Tim Henman", "PERSON")]),
    ("India Peter Smith", None),  # a country's own name is no nationality written before a name
])
def test_a_nationality_glued_to_a_name_is_split_off(nlp, words, parts):
    from pipeline.extract.entities.name_edges import nationality_split
    doc = nlp(f"Yesterday {words} won the race in Madrid.")
    span = doc.char_span(len("Yesterday "), len("Yesterday ") + len(words), label="PERSON")
    found = nationality_split(span)
    assert (None if found is None else [(p.text, p.label_) for p in found]) == parts


def organisations(nlp, text: str) -> set[str]:
    return {m.text for m in collect_mentions(nlp(text)) if m.label == "ORG"}


@pytest.mark.parametrize("text, right, wrong", [
    ('"Rates are fine," said Darwin Beck of First Boston Corp. "I expect it to continue."', "First Boston Corp", "Boston Corp"),
    ("The bonds were sold through First Chicago Ltd and Alpha Inc on Monday.", "First Chicago Ltd", "Chicago Ltd"),
])
def test_an_ordinal_opening_a_company_name_is_taken_in(nlp, text, right, wrong):
    found = organisations(nlp, text)
    assert right in found and wrong not in found


def test_a_number_opening_a_company_name_is_taken_in_but_no_count_of_its_staff(nlp):
    found = organisations(nlp, "Bally acquired Six Flags Corp in 1982. Two Boeing Co executives resigned.")
    assert "Six Flags Corp" in found and "Boeing Co" in found and "Two Boeing Co" not in found, found


def test_two_names_and_a_firm_s_staff_noun_are_one_firm(nlp):
    found = organisations(nlp, '"Rates will fall," said Carroll McEntee and McGinley analyst Brian Singer.')
    assert "Carroll McEntee and McGinley" in found, found


@pytest.mark.parametrize("text, name", [
    ("The first Boston Corp plant closed in May, the union said.", "Boston Corp"),
    ("First, Boston Corp said it would close the plant in May.", "Boston Corp"),
])
def test_an_ordinal_outside_the_name_stays_out(nlp, text, name):
    assert name in organisations(nlp, text)


def test_a_legal_form_alone_takes_in_the_name_before_it(nlp):
    text = "ZURICH, March 3 - Oerlikon-Buehrle Holding AG unit Contraves AG rejects the charges, an official said."
    found = organisations(nlp, text)
    assert "Oerlikon-Buehrle Holding AG" in found and "AG" not in found


def test_a_legal_form_after_a_stop_word_takes_in_nothing(nlp):
    from pipeline.extract.entities.name_edges import with_legal_name
    doc = nlp("The AG said on Monday that the case was closed.")
    assert with_legal_name(Span(doc, 1, 2, label="ORG")) is None


@pytest.mark.parametrize("text, right, wrong", [
    ("Dresdner Bank AG's Moscow representative Michael Stein said the talks went well.", "Dresdner Bank AG", "Dresdner Bank"),
    ("Algemene Bank Nederland N.V. chairman Robertus Hazelhoff said profits rose.", "Algemene Bank Nederland N.V.",
     "Algemene Bank Nederland"),
])
def test_a_legal_form_after_a_company_s_name_is_its_last_word(nlp, text, right, wrong):
    found = organisations(nlp, text)
    assert right in found and wrong not in found


@pytest.mark.parametrize("text, word, joined", [
    ("\n\nCapel-Cure, a unit of Australia and New Zealand Banking Group Ltd, conducted the survey.", "Cure", "Capel-Cure"),
    ("Shares of Anglo-Dutch Shell rose on Monday.", "Dutch Shell", None),  # a nation's combining form
    ("Ex-Labour minister Tom Smith spoke on Monday.", "Labour", None),  # a word prefix
    ("The Soviet-Japan Business Council met on Monday.", "Japan Business Council", None),  # a place's name
])
def test_a_capitalised_word_glued_by_a_hyphen_opens_the_company_s_name(nlp, text, word, joined):
    from pipeline.extract.entities.name_edges import with_hyphened_word
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == word.split()[0])
    found = with_hyphened_word(Span(doc, start, start + len(word.split()), label="ORG"))
    assert (found.text if found is not None else None) == joined
