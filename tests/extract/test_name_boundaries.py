"""Mention boundaries (pipeline/extract/entities/name_boundaries.py): one table per mechanism.

Each case names a mention the rules must produce and the wrong one the model alone produces
on that text (checked by running the same text with the component switched off)."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.name_boundaries import _title_case_line
from pipeline.extract.entities.mentions import collect_mentions


def mentions_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in collect_mentions(nlp(text))}


def names_of(nlp, text: str) -> set[str]:
    return {m.text for m in collect_mentions(nlp(text))}


HEADLINES = [
    # the body names the person: the headline's part it names wins
    ("Mark Velder Slams Pension Board Over Missing Funds.\n\nMark Velder criticised the board on Monday. "
     "Velder said the money was gone.", "Mark Velder", "Mark Velder Slams Pension Board"),
    ("Senator Ruth Ambrose Defends Her Record On Farm Subsidies.\n\nRuth Ambrose spoke in Des Moines. "
     "Ambrose said she had nothing to hide.", "Ruth Ambrose", "Ruth Ambrose Defends"),
    # no full name in the body: a verb form ends (or opens) the name
    ("Mayor Wants Tom Haskell Fired After Flood Response.\n\nThe mayor said Haskell had failed the city. "
     "Haskell declined to comment.", "Tom Haskell", "Wants Tom Haskell"),
]


@pytest.mark.parametrize("text, right, wrong", HEADLINES)
def test_headline_fragment_is_cut_to_the_name(nlp, text, right, wrong):
    found = names_of(nlp, text)
    assert right in found
    assert wrong not in found


@pytest.mark.parametrize("line, headline", [
    ("Glenn Doe Blasts Critics for Mocking His Fast, Quotes Bible to ‘Turn Away’ from Boasters Like Roe.", True),
    ("Pastor Wants Scout Leaders To Be Punished For Their Views.", True),
    ("Mark Velder criticised the board on Monday.", False),
    ("1. Donald Roe (Last week: 2.)", False),
])
def test_title_case_lines(line, headline):
    assert _title_case_line(line) is headline


@pytest.mark.parametrize("text, organisation, person, wrong", [
    ("\"We saw no change,\" Facebook's Karen Oduya said on Monday.", "Facebook", "Karen Oduya",
     "Facebook's Karen Oduya"),
])
def test_possessive_organisation_is_its_own_mention(nlp, text, organisation, person, wrong):
    found = mentions_of(nlp, text)
    assert (person, "PERSON") in found
    assert organisation in {name for name, _ in found}
    assert wrong not in {name for name, _ in found}


def test_genitive_name_stays_whole(nlp):
    found = names_of(nlp, "The Communist Party-run People's Republic of China was founded in 1949.")
    assert "People's Republic of China" in found


RESULTS_LINES = [
    # "d." / "def." (defeated) between two schools: two names, not one person with a middle initial
    ("Girls volleyball\n\nViera d. Rockledge 3-1\n\nRockledge (0-1): Blakely 15 points.", {"Viera", "Rockledge"},
     "Viera d. Rockledge"),
    ("Girls volleyball\n\nViera d. Rockledge 3-1\n\nViera d.\nRockledge d. Palm Bay", {"Viera", "Rockledge"},
     "Viera d"),
]


@pytest.mark.parametrize("text, right, wrong", RESULTS_LINES)
def test_results_line_is_two_names(nlp, text, right, wrong):
    found = names_of(nlp, text)
    assert wrong not in found
    assert {name for name in found if name in right} == right


@pytest.mark.parametrize("text, span, parts", [
    ("Harbor Point d. Wexford Hills 25-20.", (0, 5), ["Harbor Point", "Wexford Hills"]),
    ("Merritt Island def. Cocoa Beach 2-1.", (0, 6), ["Merritt Island", "Cocoa Beach"]),
    ("Nadal def. Federer 6-4 in the final.", (0, 4), ["Nadal", "Federer"]),
    ("Viera d.", (0, 2), ["Viera"]),
    ("John D. Rockefeller founded it.", (0, 3), None),
])
def test_results_verb_cuts_a_span_the_model_drew_over_it(nlp, text, span, parts):
    from spacy.tokens import Span

    from pipeline.extract.entities.name_boundaries import _results_split
    doc = nlp.make_doc(text)
    split = _results_split(Span(doc, *span, label="PERSON"))
    assert (split and [s.text for s in split]) == parts if parts else split is None


def test_a_capital_initial_stays_in_the_name(nlp):
    assert "John D. Rockefeller" in names_of(nlp, "John D. Rockefeller founded Standard Oil in 1870.")


@pytest.mark.parametrize("text, right, wrong", [
    ("Retired Navy Adm. Peter Langford criticised the plan.", ("Navy", "ORG"), "Retired Navy"),
])
def test_status_word_opens_no_organisation(nlp, text, right, wrong):
    found = mentions_of(nlp, text)
    assert right in found
    assert wrong not in {name for name, _ in found}


@pytest.mark.parametrize("text, right, wrong", [
    # a first name after a title belongs to the person
    ("Ohio Democratic Party Chair Debbie Kaplan Moore said the vote was fair.",
     ("Debbie Kaplan Moore", "PERSON"), "Kaplan Moore"),
    # a name the model left unlabelled after a title
    ("Republican National Committee Chair Reince Priebus said the party was united.",
     ("Reince Priebus", "PERSON"), None),
    # a title word is no first name
    ("Hong Kong Chief Executive Carrie Lam's recent trip to Beijing was long.",
     ("Carrie Lam", "PERSON"), "Executive Carrie Lam"),
    # a place before a portfolio title is the place, not an organisation
    ("The group hired former Ohio Transportation Director Paul Brenner last year.",
     ("Ohio", "GPE"), "Ohio Transportation"),
    # capitalised common words ending a title ("Of Communications") are no part of the name after them
    ("The aide, White House Director Of Communications Hope Hicks, left.",
     ("Hope Hicks", "PERSON"), "Communications Hope Hicks"),
])
def test_role_title_runs(nlp, text, right, wrong):
    found = mentions_of(nlp, text)
    assert right in found
    assert wrong not in {name for name, _ in found}


def test_organisation_with_head_word_before_title_stays(nlp):
    assert "Texas Agriculture Department" in names_of(nlp, "Texas Agriculture Department Secretary Sid Miller spoke.")


@pytest.mark.parametrize("text, mention, full_name", [
    ("The fund was started by the brothers Charles G. and David H. Koch in 2004.", "Charles G", "Charles G. Koch"),
    ("Bill Clinton spoke first. Then Bill and Hillary Clinton left the stage together.", "Bill", "Bill Clinton"),
])
def test_coordinated_names_share_the_surname(nlp, text, mention, full_name):
    names = {m.text: m.name for m in collect_mentions(nlp(text)) if m.label == "PERSON"}
    assert names.get(mention) == full_name


@pytest.mark.parametrize("text, mention, full_name", [
    # the model's two spans, and its one span split at "and" (span_cuts.py)
    ("The bank has branches in Austria, Belgium, Luxembourg, East and West Germany.", "East", "East Germany"),
    ("Trade between North and South America rose last year.", "North", "North America"),
])
def test_coordinated_places_share_the_name(nlp, text, mention, full_name):
    names = {m.text: m.name for m in collect_mentions(nlp(text)) if m.label in ("GPE", "LOC")}
    assert names.get(mention) == full_name


@pytest.mark.parametrize("text", [
    "Trade between the Middle East and West Germany rose.",  # no lone compass word
    "He drove east and West Germany closed the border.",  # lower case: a direction
])
def test_a_place_before_and_takes_no_other_name(nlp, text):
    assert all(m.name is None for m in collect_mentions(nlp(text)) if m.label in ("GPE", "LOC"))


@pytest.mark.parametrize("text, mention", [
    ("Donald Trump spoke. Trump and Hillary Clinton met later.", "Trump"),  # a surname, not a given name
    ("Sanders and Hillary Clinton met later.", "Sanders"),
])
def test_a_surname_before_and_takes_no_other_surname(nlp, text, mention):
    assert all(m.name is None for m in collect_mentions(nlp(text)))


def test_middle_initial_ends_no_sentence(nlp):
    doc = nlp("The money came from donors led by Charles G. and David H. Koch. Their network is big.")
    charles = next(t for t in doc if t.text == "Charles")
    koch = next(t for t in doc if t.text == "Koch")
    assert charles.sent == koch.sent


def test_company_before_executive_title_stays_an_organisation(nlp):
    """Only portfolio words ("Agriculture", "Transportation") sit between a place and a title."""
    found = names_of(nlp, "She is married to Austin Capital CEO Richard Lane.")
    assert "Austin" not in found


def test_a_given_name_written_with_another_surname_takes_none(nlp):
    text = "Hillary Clinton spoke. The FBI could indict both Hillary and Huma Abedin, he said."
    assert all(m.name is None for m in collect_mentions(nlp(text)))


def test_a_person_before_a_portfolio_title_is_no_place(nlp):
    found = mentions_of(nlp, "Barack Obama spoke in May. Former Obama Education Secretary Arne Duncan agreed.")
    assert ("Obama", "PERSON") in found
    assert "Obama Education" not in {name for name, _ in found}


def test_headline_fragment_takes_the_label_the_body_gives_the_name(nlp):
    text = ("Coach Wants Eagle Scout Leaders Removed From The Board.\n\nThe Eagle Scouts of America said on Monday "
            "that the coach was wrong. Eagle Scouts met in Ohio. The coach said scout leaders had failed.")
    found = mentions_of(nlp, text)
    assert "Wants Eagle" not in {name for name, _ in found}
    assert not {name for name, label in found if label == "PERSON"}


def test_a_name_that_starts_with_a_present_status_word_stays(nlp):
    found = names_of(nlp, "Gore was in New York anchoring coverage of the convention from Current TV, the network he sold.")
    assert "Current TV" in found


@pytest.mark.parametrize("text, specs, holder, organisation, role", [
    # the parser hangs the title on the first name: the role is "Chair", never "Chair Debbie"
    ("Ohio Democratic Party Chair Debbie Kaplan Moore said the vote was fair.",
     [("Ohio Democratic Party", "ORG"), ("Debbie Kaplan Moore", "PERSON")],
     "Debbie Kaplan Moore", "Ohio Democratic Party", "Chair"),
    # the portfolio is part of the role once the place is its own mention
    ("Activists like former Ohio Transportation Director Paul Brenner met in Columbus.",
     [("Ohio", "GPE"), ("Paul Brenner", "PERSON"), ("Columbus", "GPE")],
     "Paul Brenner", "Ohio", "Transportation Director"),
])
def test_role_of_a_title_run(nlp, text, specs, holder, organisation, role):
    from tests.extract.test_relations import find, relations_of

    found = relations_of(nlp, text, specs)
    relation = find(found, holder, "affiliated_with", organisation)
    assert relation is not None, [(s, p, o, r.qualifiers) for s, p, o, r in found]
    assert relation.qualifiers.get("role") == role


@pytest.mark.parametrize("text, credit_names", [
    ("The senator waves to supporters in Miami on Tuesday. (AP Photo/Evan Vucci)", {"AP", "Evan Vucci", "AP Photo/Evan Vucci"}),
    ("Crowds gathered outside the court.\nPhoto: John Moore/Getty Images\nThe judge ruled on Monday.",
     {"John Moore", "John Moore/Getty", "Getty Images"}),
    ("Protesters march in Paris. REUTERS/Kevin Lamarque", {"REUTERS", "Kevin Lamarque", "REUTERS/Kevin Lamarque"}),
])
def test_photo_credit_names_no_mention(nlp, text, credit_names):
    assert not names_of(nlp, text) & credit_names


# Token shape ends a name: a web address or handle, a trailing lower-case clause, a finite verb
# (the wrong spans are what the model alone gives on these texts); a role noun opens no name.
SHAPES = [
    ("The profile was written by Boston Globe's Joseph P. Kahn: http://bit.ly/1ICP930 and more.",
     ("Joseph P. Kahn", "PERSON"), "Joseph P. Kahn: http://bit.ly/1ICP930"),
    (' "A lot will have to do with Israel and whether or not Israel wants to make the deal," Trump told '
     'The Associated Press of the prospects for peace in the region.',
     ("Associated Press", "ORG"), "Trump told The Associated Press of the prospects for peace"),
    (' "A lot will have to do with Israel and whether or not Israel wants to make the deal," Trump told '
     'The Associated Press of the prospects for peace in the region.',
     ("Trump", "PERSON"), "The Associated Press of"),
    ("The campaign says it will shift staff from its Baltimore headquarters to the early states. Spokeswoman "
     "Haley Morris says the candidate has always run a lean campaign.",
     ("Haley Morris", "PERSON"), "Spokeswoman Haley Morris"),
    ("Comedian Ellen Marsh picked to host 2030 awards", ("Ellen Marsh", "PERSON"), "Comedian Ellen Marsh"),
    ("As for the Red Sox, GM Theo Ramsay has not said a word about it.", ("Theo Ramsay", "PERSON"), "GM Theo Ramsay"),
]


@pytest.mark.parametrize("text", [
    'The tie was decided when Max Gold won.\n"It’s the end of the season but I think I played one of the best matches '
    'for sure of the year," he said.',
])
def test_a_quoted_sentence_opening_is_no_name(nlp, text):
    assert not [name for name in names_of(nlp, text) if name.startswith("It")]


@pytest.mark.parametrize("text, right, wrong", SHAPES)
def test_token_shape_ends_the_name(nlp, text, right, wrong):
    found = mentions_of(nlp, text)
    assert right in found
    assert wrong not in {name for name, _ in found}


@pytest.mark.parametrize("text, kept", [
    ("General Motors said it would cut 2,000 jobs in Ohio.", ("General Motors", "ORG")),
    ('She starred in "The Girl Who Played with Fire" last year.', None),
    ("The senator, Ann Doe @anndoe, said she would run again.", None),
    ("Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will win.", ("Dean Johnson", "PERSON")),
])
def test_names_that_keep_their_shape(nlp, text, kept):
    found = mentions_of(nlp, text)
    if kept:
        assert kept in found
    assert not [name for name, _ in found if name.startswith("@")]


@pytest.mark.parametrize("text, name", [
    ("Ann Doe is founder of GenderWatch.com, a site that counts women on television panels.", "GenderWatch.com"),
    ("On his website, Truthwars.com, Jones regularly promotes a variety of ideas.", "Truthwars.com"),
])
def test_a_site_named_by_its_domain_stays_a_name(nlp, text, name):
    assert name in names_of(nlp, text)


# A spaced dash ends a name (boundaries._dash_parts); the wrong span is the model's alone.
DASHED = [
    ("But despite one near miss over the line - not checked on the TV replay by referee Jonathan Kaplan - "
     "England were unable to win. England are still to meet Italy.",
     {("Jonathan Kaplan", "PERSON"), ("England", "GPE")}, "Jonathan Kaplan - England"),
    ("Rebels seize town - Jane Morrow - Reuters\n\nThe rebels seized the town, Reuters reported.",
     {("Jane Morrow", "PERSON"), ("Reuters", "ORG")}, "Jane Morrow - Reuters"),
]


@pytest.mark.parametrize("text, right, wrong", DASHED)
def test_a_spaced_dash_ends_a_name(nlp, text, right, wrong):
    found = mentions_of(nlp, text)
    assert right <= found
    assert wrong not in {name for name, _ in found}


def test_a_hyphen_inside_a_word_stays_in_the_name(nlp):
    assert "Rolls-Royce" in names_of(nlp, "Rolls-Royce said on Monday that Rolls-Royce would cut jobs in Derby.")
