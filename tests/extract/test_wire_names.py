"""Names and titles as wire copy writes them (held-out Reuters round of session 20): a minister's
portfolio is no organisation and no part of a name, a group company's bracketed place is part of
its name, an office in a body is not the home state's, a place after an agent is the deed's.
End to end: the model's entities, the entity rules, the mentions and the relation rules."""
from __future__ import annotations

import pytest

from models import Article
from pipeline.extract import analyse_doc
from pipeline.extract.entities.mentions import collect_mentions


def mentions_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in collect_mentions(nlp(text))}


def relations_of(nlp, text: str, named: bool = False) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, role) of the text's relations, by the mentions' words (`named`: by
    the names the entity rules give them, "Soviet" -> "Soviet Union")."""
    analysis = analyse_doc(nlp(text), Article(article_id="a", source="t.txt", status="kept", text=text))
    names = {m.index: (m.name if named and m.name else m.text) for m in analysis.mentions}
    return {(names[r.subject], r.predicate, names.get(r.object, ""), r.qualifiers.get("role", ""))
            for r in analysis.relations}


@pytest.mark.parametrize("text, present, absent", [
    ("Indonesia's Minister of Mines and Energy Subroto said OPEC would hold its ceiling.",
     ("Subroto", "PERSON"), ("Energy Subroto", "PERSON")),
    ("Treasurer Paul Keating told parliament that the deficit would fall next year.",
     ("Paul Keating", "PERSON"), ("Treasurer Paul Keating", "PERSON")),
    ("The deal was arranged by Chan Wong, managing director of Indosuez Asia (Singapore) Ltd, on Monday.",
     ("Indosuez Asia (Singapore) Ltd", "ORG"), ("Indosuez Asia", "ORG")),
    ("The deal was arranged by Peter Yeo, a director of Citicorp Investment Bank (Singapore) Ltd.",
     ("Citicorp Investment Bank (Singapore) Ltd", "ORG"), ("Citicorp Investment Bank", "ORG")),
    ("Standard and Poor's Corp said it had downgraded the debt.", ("Standard and Poor's Corp", "ORG"),
     ("Poor's Corp", "ORG")),
    ("Banky was CEO of TallGrass Distribution Ltd., a wholesaler of health products.",
     ("TallGrass Distribution Ltd", "ORG"), ("CEO of TallGrass Distribution Ltd", "ORG")),
    ("Malcolm Stephens was a director of Barclay's Bank Plc until last year.", ("Barclay's Bank Plc", "ORG"),
     ("Bank Plc", "ORG")),
    ("Britain's Midland Bank Plc said profits rose.", ("Midland Bank Plc", "ORG"),
     ("Britain's Midland Bank Plc", "ORG")),
    ("The takeover by Fujitsu Ltd of Fairchild Semiconductor Corp was blocked.", ("Fujitsu Ltd", "ORG"),
     ("Fujitsu Ltd of Fairchild Semiconductor Corp", "ORG")),
    ("A takeover by Fujitsu Ltd of U.S.-based Fairchild Semiconductor Corp was proposed.",
     ("Fairchild Semiconductor Corp", "ORG"), ("U.S.-based Fairchild Semiconductor Corp", "ORG")),
    ("The United Auto Workers said it backed the deal. Relations between the United Auto Workers and American "
     "Motors Corp have been strained.", ("American Motors Corp", "ORG"),
     ("United Auto Workers and American Motors Corp", "ORG")),
    ("Dudley S. Taft said he would bid. Dudley S. Taft and Narragansett Capital Inc made an offer for Taft "
     "Broadcasting.", ("Narragansett Capital Inc", "ORG"), ("Dudley S. Taft and Narragansett Capital Inc", "ORG")),
    ("Merrill Lynch said profits rose. Lawrence Cohn, an analyst with Merrill Lynch and Co, said the shares were "
     "cheap.", ("Merrill Lynch and Co", "ORG"), ("Co", "ORG")),
    ("Consolidated Edison Co of New York Inc said its profits rose in the quarter.",
     ("Consolidated Edison Co of New York Inc", "ORG"), ("New York Inc", "ORG")),
    ("Bell Petroleum President Ed Runyan said the company would drill two wells.", ("Bell Petroleum", "ORG"),
     ("Bell", "GPE")),
    ("The Seafarers' International Union said its members would strike on Monday.",
     ("Seafarers' International Union", "ORG"), ("International Union", "ORG")),
    ("House Energy and Commerce committee chairman John Dingell said the SEC should act on fraud.",
     ("House Energy and Commerce committee", "ORG"), ("House Energy", "ORG")),
    ("The company said it acquired in late December of Elgin Blenders Inc a majority stake for 20 mln dlrs.",
     ("Elgin Blenders Inc", "ORG"), ("December of Elgin Blenders Inc", "ORG")),
    ("Sears, Roebuck and Co said sales rose 5 pct in February from a year earlier.",
     ("Sears, Roebuck and Co", "ORG"), ("Roebuck and Co", "ORG")),
    ("An analyst at Bear, Stearns and Co Inc said the shares were cheap after the fall.",
     ("Bear, Stearns and Co Inc", "ORG"), ("Stearns and Co Inc", "ORG")),
    ("Apple, Google and Microsoft Corp said they would cooperate on the new standard.",
     ("Apple", "ORG"), ("Apple, Google and Microsoft Corp", "ORG")),
    # a firm named after its founders, tagged as two names (a dev hand judgement of session 24)
    ("Economist David Pike of Phillips and Drew estimates that rates will fall.",
     ("Phillips and Drew", "ORG"), ("Phillips", "ORG")),
    ("At the Saatchi and Saatchi annual meeting today, the chairman spoke.", ("Saatchi and Saatchi", "ORG"), ("Saatchi", "ORG")),
    # lists and names modifying a noun stay apart
    ("GM said its Oldsmobile, Pontiac and Buick divisions would cut prices.", ("Buick", "ORG"),
     ("Pontiac and Buick", "ORG")),
    ("Chrysler Corp said it would assemble Omni and Horizon cars in Kenosha.", ("Horizon", "ORG"),
     ("Omni and Horizon", "ORG")),
    ("Aiwa, Sharp and Matsushita displayed their DAT players at the show.", ("Sharp", "ORG"),
     ("Sharp and Matsushita", "ORG")),
    ("Analysts compared Ford and Chrysler on Monday. Ford said its sales rose.", ("Ford", "ORG"),
     ("Ford and Chrysler", "ORG")),
    ("An analyst said Kraft and Heinz would merge in one of the year's biggest deals.", ("Kraft", "ORG"),
     ("Kraft and Heinz", "ORG")),
    # a foreign "and" inside a name (the tagger reads "und" as a verb)
    ("Bilfinger und Berger Bau AG said output fell in the year.", ("Bilfinger und Berger Bau AG", "ORG"),
     ("Berger Bau AG", "ORG")),
    ("Fichtel und Sachs's holding company, Sachs AG, said profits rose.", ("Fichtel und Sachs", "ORG"), ("Sachs", "ORG")),
    ("Lazard Freres et Cie said it bought the shares.", ("Lazard Freres et Cie", "ORG"), ("Cie", "ORG")),
    ("Hans Muller, deputy general manager of Yapi ve Kredi Bankasi, said the loan was signed.",
     ("Yapi ve Kredi Bankasi", "ORG"), ("Yapi", "PERSON")),
    # a company's possessive before another company's name: two companies (a dev sheet of session 24)
    ("National Gypsum Co's Austin Co said it signed a joint agreement with Kawasaki Heavy Industries Ltd.",
     ("Austin Co", "ORG"), ("National Gypsum Co's Austin Co", "ORG")),
    ("McDonald's Corp said sales rose in the quarter.", ("McDonald's Corp", "ORG"), ("Corp", "ORG")),
    ("NEW YORK, March 2 - Mobil Corp's Mobil Chemical Co's subsidiary said it will enter the food packaging market.",
     ("Mobil Corp", "ORG"), ("Corp", "ORG")),
    # a hyphened word inside a body's name, its second half in lower case (a held-out sheet of session 24)
    ("The Organisation for Economic Co-operation and Development said growth would slow.",
     ("Organisation for Economic Co-operation and Development", "ORG"), ("Organisation for Economic Co", "ORG")),
    ("The Washington-based Atlantic Council said trade would grow.", ("Atlantic Council", "ORG"),
     ("Washington-based Atlantic Council", "ORG")),
    ("Debentures were raised to BB-plus from BB-minus and Williams Natural Gas Co's notes to BBB.",
     ("Williams Natural Gas Co", "ORG"), ("BB-minus and Williams Natural Gas Co", "ORG")),
    # a unit's word alone names no organisation (the held-out sheet of session 24)
    ("The Treasury said the talks would resume. A Department spokesman said the U.S. would not intervene.",
     ("Treasury", "ORG"), ("Department", "ORG")),
], ids=["portfolio-word-is-no-given-name", "treasurer-is-a-title", "group-company",
        "group-company-sentence-end", "possessive-before-a-legal-form", "title-of-a-company-is-no-part-of-its-name",
        "possessive-inside-a-company-name", "a-country-possessive-is-no-part-of-the-name",
        "a-legal-form-before-of-and-a-company-name-ends-the-first", "based-is-no-part-of-the-name",
        "a-name-written-alone-elsewhere-ends-at-and", "a-person-written-alone-elsewhere-ends-at-and",
        "a-firm-s-ending-after-and-is-no-second-name", "a-place-with-a-legal-form-after-of-is-no-company",
        "a-town-opening-a-company-s-name-before-its-president", "plural-possessive-opening-a-body-s-name",
        "lower-case-committee", "a-month-after-in-is-a-date", "partners-and-co", "partners-and-co-inc",
        "a-list-of-companies-is-no-partnership-name", "founders-firm", "founders-firm-one-name-twice",
        "a-list-of-divisions", "names-modifying-a-noun", "a-list-after-a-comma", "a-name-written-alone-elsewhere",
        "two-companies-where-no-one-firm-is-named", "german-und", "german-und-possessive", "french-et",
        "turkish-ve", "a-company-s-company", "a-possessive-inside-one-company-s-name",
        "a-company-s-company-owner-cut-to-its-legal-form", "a-hyphened-word-inside-a-name",
        "a-based-participle-before-a-name", "a-rating-before-and",
        "a-unit-word-alone"])
def test_wire_names(nlp, text, present, absent):
    found = mentions_of(nlp, text)
    assert present in found and absent not in found, found


@pytest.mark.parametrize("text", [
    "The Shanghai Composite (SHCOMP) index fell 2 percent on Monday.",
    "Shares of Acme Holdings (Asia) fell 2 percent on Monday.",  # no legal form after the bracket
])
def test_a_bracket_with_no_legal_form_after_it_still_ends_the_name(nlp, text):
    assert not any("(" in name or ")" in name for name, _ in mentions_of(nlp, text)), mentions_of(nlp, text)


@pytest.mark.parametrize("text, nation, holder, role", [
    ("Russian Foreign Minister Sergei Lavrov said the talks would start in New York.", "Russian", "Sergei Lavrov",
     "Foreign Minister"),
    ("Philippine Finance Secretary Jaime Ongpin said the talks with creditor banks would start soon.", "Philippine",
     "Jaime Ongpin", "Finance Secretary"),
    ("Saudi Arabian Oil Minister Hisham Nazer said the kingdom was adhering to the accord.", "Saudi Arabian",
     "Hisham Nazer", "Oil Minister"),
], ids=["sentence-opening-nationality", "nationality-the-model-joined-to-the-portfolio",
        "nationality-the-model-split-in-two"])
def test_a_nationality_opening_a_sentence_before_a_portfolio_title_names_the_state(nlp, text, nation, holder, role):
    assert (holder, "affiliated_with", nation, role) in relations_of(nlp, text)


def test_office_in_a_body(nlp):
    found = relations_of(nlp, "Senate Majority Leader Robert Byrd of West Virginia said the bill would pass.")
    assert ("Robert Byrd", "affiliated_with", "Senate", "Majority Leader") in found
    assert not any(s == "Robert Byrd" and p == "affiliated_with" and o == "West Virginia" for s, p, o, _ in found)
    # with no body in the title, the state after the name is the one served
    assert ("Robert Byrd", "affiliated_with", "West Virginia", "Sen.") in relations_of(
        nlp, "Sen. Robert Byrd of West Virginia said the bill would pass.")


@pytest.mark.parametrize("text", [
    "A strike by IG Metall in Baden-Wuerttemberg closed several car plants during the week.",
    "Protests organised by Greenpeace in London drew thousands.",
])
def test_a_place_after_an_agent_is_where_the_deed_happened(nlp, text):
    assert not any(p == "located_in" for _, p, _, _ in relations_of(nlp, text))


def test_a_place_after_an_organisation_still_places_it(nlp):
    assert ("IG Metall", "located_in", "Baden-Wuerttemberg", "") in relations_of(
        nlp, "The union IG Metall in Baden-Wuerttemberg called a strike.")


def test_a_portfolio_of_several_words_is_no_employer(nlp):
    found = relations_of(nlp, "Tanzania's Agriculture and Livestock Development Minister Paul Bomani said "
                              "coffee exports rose.")
    assert any((s, p, o) == ("Paul Bomani", "affiliated_with", "Tanzania") and role.endswith("Minister")
               for s, p, o, role in found), found
    assert not any(o == "Agriculture and Livestock Development" for _, _, o, _ in found), found


@pytest.mark.parametrize("text, relation", [
    ("The shares are cheap, said analyst Kevin Murphy of Morgan Stanley and Co.",
     ("Kevin Murphy", "affiliated_with", "Morgan Stanley and Co", "analyst")),
    ("AMR Corp said its American Airlines unit would buy 15 aircraft.",
     ("American Airlines", "member_of", "AMR Corp", "")),
    ("Ford Motor Co. said on Monday that its Jaguar unit would cut 1,000 jobs.",
     ("Jaguar", "member_of", "Ford Motor Co", "")),
    ("Pharmacia AB said profits rose. Pharmacia treasurer Bertil Tiusanen said the bond issue was well received.",
     ("Bertil Tiusanen", "affiliated_with", "Pharmacia", "treasurer")),
    ("Crosby turned political veteran and apparent no-hoper John Howard, of Australia's Liberal Party, into a winner.",
     ("John Howard", "affiliated_with", "Liberal Party", "")),
    ("Toyota Motor Corp of Japan said it will file a repayment plan.",
     ("Toyota Motor Corp", "located_in", "Japan", "")),
    ("The Export Credits Guarantee Department has named Malcolm Stephens to the post of executive director.",
     ("Malcolm Stephens", "affiliated_with", "Export Credits Guarantee Department", "executive director")),
    ("Acme Corp appointed John Smith to the position of chief financial officer.",
     ("John Smith", "affiliated_with", "Acme Corp", "chief financial officer")),
    ("Capco holds an option to buy the Quarto Mining Co unit of North American Coal Co, the company said.",
     ("Quarto Mining Co", "member_of", "North American Coal Co", "")),
    ("The talks followed an announcement by Soviet leader Mikhail Gorbachev that he was willing to compromise.",
     ("Mikhail Gorbachev", "affiliated_with", "Soviet Union", "leader")),
    ("Czechoslovak President Gustav Husak said the talks were useful for the whole region.",
     ("Gustav Husak", "affiliated_with", "Czechoslovakia", "President")),
    # the model reads "March 4 - Brazilian Finance" as one DATE; the dateline's dash ends it
    ("BERNE, March 4 - Brazilian Finance Minister Dilson Funaro said he would meet Swiss bankers on Friday.",
     ("Dilson Funaro", "affiliated_with", "Brazil", "Finance Minister")),
    ("BAHRAIN, March 2 - Saudi Arabian Oil Minister Hisham Nazer said OPEC would hold its ceiling.",
     ("Hisham Nazer", "affiliated_with", "Saudi Arabia", "Oil Minister")),
    ("West German Finance Minister Gerhard Stoltenberg said the mark was stable.",
     ("Gerhard Stoltenberg", "affiliated_with", "West Germany", "Finance Minister")),
    # a rank before the state's name stays the role's
    ("Assistant U.S. Treasury Secretary David Mulford said the dollar was stable.",
     ("David Mulford", "affiliated_with", "U.S.", "Assistant Treasury Secretary")),
    # no department named: the secretary's portfolio names it, and stays in the role
    ("Commerce Secretary Malcolm Baldrige said the sale would harm national security.",
     ("Malcolm Baldrige", "affiliated_with", "Commerce Department", "Commerce Secretary")),
    # the ministry the article names is the employer, not the portfolio's own department
    ("Commerce Ministry officials met. Commerce Secretary Ghulam Mostafa said the officials would meet.",
     ("Ghulam Mostafa", "affiliated_with", "Commerce Ministry", "Commerce Secretary")),
], ids=["bare-title-is-the-role-at-the-body-after-the-name", "its-unit", "its-unit-reported",
        "a-company-named-with-its-legal-form-is-one-where-its-short-name-opens-a-sentence",
        "a-title-that-is-no-post-gives-no-role", "a-legal-form-ends-a-company-name-before-its-place",
        "named-to-the-post-of", "appointed-to-the-position-of", "unit-of", "soviet-names-the-soviet-union",
        "czechoslovak", "nationality-after-the-dateline", "nationality-of-two-words-after-the-dateline",
        "west-german-names-west-germany", "rank-before-the-state", "secretary-portfolio-names-its-department",
        "secretary-portfolio-ministry-named"])
def test_wire_relations(nlp, text, relation):
    assert relation in relations_of(nlp, text, named=True), relations_of(nlp, text, named=True)


@pytest.mark.parametrize("text", [
    "Britain's Trade Secretary Paul Channon said exports rose.",  # the state's post
    "Home Secretary Charles Clarke said the law would change.",  # the Home Office, no "Home Department"
])
def test_no_department_named_after_a_state_or_for_another_name(nlp, text):
    assert not any(o.endswith("Department") for _, _, o, _ in relations_of(nlp, text, named=True))


def test_a_party_tag_s_state_abbreviation_may_end_the_sentence(nlp):
    text = "There will be difficulty, said Gene Moos, aide to majority leader Tom Foley, D-Wash.\n    Projected cost savings rose."
    assert ("Tom Foley", "affiliated_with", "Washington", "") in relations_of(nlp, text, named=True), \
        relations_of(nlp, text, named=True)


def test_a_name_that_keeps_its_s_elsewhere_keeps_it_alone(nlp):
    text = "Moody's Investors Service Inc said it cut the ratings. Moody's said the losses were large."
    assert "Moody" not in {m.text for m in collect_mentions(nlp(text))}


def test_a_foreign_legal_form_makes_a_company(nlp):
    found = mentions_of(nlp, "Montedison SpA said it has acquired a 70 pct stake in Erbamont NV.")
    assert {("Montedison SpA", "ORG"), ("Erbamont NV", "ORG")} <= found, found


@pytest.mark.parametrize("text, portfolio", [
    ("The Netherlands will cut benefits, Social Affairs minister Louw de Graaf said on Monday.", "Social Affairs"),
    ("Agriculture Commissioner Frans Andriessen said the quotas would stay.", "Agriculture"),
    ("The bulk of the surplus is invested by the Treasury, Financial Secretary Piers Jacobs said.", "Financial"),
    ("Agrarian Reform Secretary Heherson Alvarez said the land reform programme would begin in June.",
     "Agrarian Reform"),
    ("Canada said the Minister of Regional and Industrial Expansion, Michel Cote, would visit Japan.",
     "Industrial Expansion"),
    ("Zhang Haoruo, vice minister of Foreign Economic Relations and Trade, said China signed loans.",
     "Foreign Economic Relations and Trade"),
    ("Spain's Secretary of State for Trade, Miguel Angel Fernandez Ordonez, said inflation fell.", "State for Trade"),
], ids=["lower-case-office-after-a-portfolio-of-several-words", "commissioner", "financial-secretary",
        "agrarian-reform", "minister-of-a-portfolio", "vice-minister-of-a-portfolio", "secretary-of-state-for"])
def test_a_portfolio_before_an_office_is_no_employer(nlp, text, portfolio):
    assert not any(o == portfolio for _, _, o, _ in relations_of(nlp, text)), relations_of(nlp, text)


@pytest.mark.parametrize("text, relation", [
    ("Spain's Secretary of State for Trade, Miguel Angel Fernandez Ordonez, said inflation fell.",
     ("Miguel Angel Fernandez Ordonez", "affiliated_with", "Spain", "Secretary of State for Trade")),
    ("The US Secretary of Energy Spencer Abraham confirmed the machine had reached full speed.",
     ("Spencer Abraham", "affiliated_with", "US", "Secretary of Energy")),
    ("James Baker, Secretary of the Treasury, said the dollar was stable.",  # a department, named so
     ("James Baker", "affiliated_with", "Treasury", "Secretary")),
], ids=["the-state-served", "the-state-served-after-of", "of-a-department"])
def test_a_portfolio_after_an_office_is_the_role_s(nlp, text, relation):
    assert relation in relations_of(nlp, text), relations_of(nlp, text)


def test_a_role_does_not_run_back_into_the_dateline(nlp):
    text = ("Shultz to visit Moscow\n\nWASHINGTON, April 2 - Secretary of State George Shultz will travel to "
            "Moscow next week, the State Department said.")
    roles = {role for subject, _, _, role in relations_of(nlp, text) if subject == "George Shultz"}
    assert roles == {"Secretary of State"}, roles


@pytest.mark.parametrize("text, relation", [
    ("U.S. Energy Secretary John Herrington said oil imports would rise.",
     ("John Herrington", "affiliated_with", "U.S.", "Energy Secretary")),
    ("EC Agriculture Commissioner Frans Andriessen said the quotas would stay.",
     ("Frans Andriessen", "affiliated_with", "EC", "Agriculture Commissioner")),
    ("EEC Farm Commissioner Frans Andriessen said the quotas would stay.",
     ("Frans Andriessen", "affiliated_with", "EEC", "Farm Commissioner")),
    ("White House National Security Adviser Robert McFarlane resigned on Monday.",
     ("Robert McFarlane", "affiliated_with", "White House", "National Security Adviser")),
], ids=["state", "body-acronym", "farm", "national-security"])
def test_a_portfolio_between_a_body_and_its_office_is_the_title_s(nlp, text, relation):
    assert relation in relations_of(nlp, text), relations_of(nlp, text)


def test_a_portfolio_before_an_office_after_a_title_is_no_employer(nlp):
    text = "The report named former National Security Adviser Vice Adm. John Poindexter as the main planner."
    assert not relations_of(nlp, text), relations_of(nlp, text)


def test_a_shareholder_holds_no_post(nlp):
    found = relations_of(nlp, "The suit was filed by Norman Monson, a Milex shareholder, in federal court on Monday.")
    assert not any(p == "affiliated_with" for _, p, _, _ in found), found



@pytest.mark.parametrize("text, name", [
    ("Public Service Co of New Mexico said it is evaluating a partnership.", "Public Service Co of New Mexico"),
    ("Aluminum Co of America said profits rose.", "Aluminum Co of America"),
    ("Analysts said General Telephone Co of California would raise rates.", "General Telephone Co of California"),
])
def test_a_company_named_for_a_us_state_keeps_the_state(nlp, text, name):
    assert (name, "ORG") in mentions_of(nlp, text), mentions_of(nlp, text)



def test_no_company_name_opens_with_its_legal_form(nlp):
    # the model's DATE "March 9 - Municipal Assistance Corp" leaves "Corp of New York" alone
    text = "NEW YORK, March 9 - Municipal Assistance Corp of New York said its offering would be the last."
    assert ("Corp of New York", "ORG") not in mentions_of(nlp, text), mentions_of(nlp, text)


@pytest.mark.parametrize("text, mention", [
    # the model's DATE "March 3 - Canadian Pacific Ltd" runs past the dash: a company up to its legal form
    ("MONTREAL, March 3 - Canadian Pacific Ltd said its CP Rail division would cut 500 jobs.",
     ("Canadian Pacific Ltd", "ORG")),
    # ... and a nationality before a title ("March 4 - Brazilian Finance" one DATE)
    ("BERNE, March 4 - Brazilian Finance Minister Dilson Funaro said he would meet Swiss bankers.",
     ("Brazilian", "GPE")),  # the state the office is held for
])
def test_a_dateline_date_run_over_the_story_s_first_name(nlp, text, mention):
    assert mention in mentions_of(nlp, text), mentions_of(nlp, text)


def test_a_dateline_with_its_month_in_capitals_is_no_traveller(nlp):
    text = "BRASILIA, MARCH 5 - Finance Minister Dilson Funaro will extend his tour, flying to Japan next week."
    assert not any(s == "BRASILIA" for s, _, _, _ in relations_of(nlp, text)), relations_of(nlp, text)
