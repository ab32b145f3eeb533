"""Organisation constructions: possessives, a place after a comma, institutions in a place, things
named by a participle, offices named by a nationality word, coordinated employers."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

CONSTRUCTIONS = [
    pytest.param(
        "The team has called in ESA's Concurrent Design Facility to assess the plan.",
        [("ESA", "ORG"), ("Concurrent Design Facility", "ORG")],
        ("Concurrent Design Facility", "member_of", "ESA"), "org_possessive", id="possessive-unit"),
    # a company with its legal form after another's possessive (a dev sheet of session 24)
    pytest.param(
        "Chrysler Corp's Chrysler Motors Corp said it will spend 367 mln dlrs at its assembly plant.",
        [("Chrysler Corp", "ORG"), ("Chrysler Motors Corp", "ORG")],
        ("Chrysler Motors Corp", "member_of", "Chrysler Corp"), "org_possessive", id="possessive-company"),
    pytest.param(
        "The NBA's Austin Roberts said the season would start in May.",
        [("NBA", "ORG"), ("Austin Roberts", "PERSON")],
        ("Austin Roberts", "affiliated_with", "NBA"), "org_possessive", id="possessive-person-of-a-league"),
    # a product the NER typed PERSON, read off its shape: a capital inside a word, a number, a product noun
    pytest.param(
        "The DS can run the 700 games produced for Nintendo's GameBoy Advance handheld.",
        [("Nintendo", "ORG"), ("GameBoy Advance", "PERSON")],
        ("Nintendo", "developed", "GameBoy Advance"), "org_possessive", id="possessive-product-typed-person"),
    pytest.param(
        "Star of the show will be Sony's Qrio Robot, an all-singing, all-dancing man-machine.",
        [("Sony", "ORG"), ("Qrio Robot", "PERSON")],
        ("Sony", "developed", "Qrio Robot"), "org_possessive", id="possessive-product-noun-typed-person"),
    pytest.param(
        "Real Madrid's Zinedine Zidane scored twice on Sunday.",
        [("Real Madrid", "ORG"), ("Zinedine Zidane", "PERSON")],
        ("Zinedine Zidane", "affiliated_with", "Real Madrid"), "org_possessive", id="possessive-person-foreign-name"),
    pytest.param(
        "Google's Stadia launched on Tuesday in 14 countries.",
        [("Google", "ORG"), ("Stadia", "PRODUCT")],
        ("Google", "developed", "Stadia"), "org_possessive", id="possessive-product"),
    pytest.param(
        "Scientists from the University of Goethe, Frankfurt, helped the team.",
        [("University of Goethe", "ORG"), ("Frankfurt", "GPE")],
        ("University of Goethe", "located_in", "Frankfurt"), "org_comma_place", id="org-comma-place"),
    pytest.param(
        "June 26 -- PPL Center, Allentown, PA\nJune 27 -- BB&T Pavilion, Camden, NJ",
        [("PPL Center", "ORG"), ("Allentown", "GPE"), ("BB&T Pavilion", "ORG"), ("Camden", "GPE")],
        ("BB&T Pavilion", "located_in", "Camden"), "org_comma_place", id="venue-city-state-line"),
    pytest.param(
        "Protesters inside the Polytechnic University in Hong Kong surrendered on Tuesday.",
        [("Polytechnic University", "ORG"), ("Hong Kong", "GPE")],
        ("Polytechnic University", "located_in", "Hong Kong"), "site_prep_place", id="institution-in-place"),
    pytest.param(
        "NASA is developing a mission called Europa Clipper, which is scheduled to launch in 2024.",
        [("NASA", "ORG"), ("Europa Clipper", "PRODUCT")],
        ("NASA", "developed", "Europa Clipper"), "verb_active", id="noun-called-name"),
    pytest.param(
        "The agency runs a surveillance program known as PRISM.",
        [("PRISM", "PRODUCT")],
        None, None, id="noun-known-as-name-without-doer"),
    pytest.param(
        "Ukraine has a new leader. Trump asked Ukrainian President Volodymyr Zelensky for help.",
        [("Ukraine", "GPE"), ("Ukrainian", "NORP"), ("Volodymyr Zelensky", "PERSON")],
        ("Volodymyr Zelensky", "affiliated_with", "Ukraine"), "title_office", id="nationality-office"),
    pytest.param(
        "As a New York senator, Hillary Clinton voted for the war.",
        [("New York", "GPE"), ("Hillary Clinton", "PERSON")],
        ("Hillary Clinton", "affiliated_with", "New York"), "appos_office", id="fronted-as-role"),
    pytest.param(
        "Bill Clinton said this week at an event in Wyoming that the FBI was wrong.",
        [("Bill Clinton", "PERSON"), ("Wyoming", "GPE"), ("FBI", "ORG")],
        ("Bill Clinton", "visited", "Wyoming"), "gathering_visit", id="said-at-event-in-place"),
    pytest.param(
        "The study was led by Lucas Paganini, a planetary scientist at NASA's Goddard Space Flight Center "
        "in Greenbelt, Maryland, and American University in Washington.",
        [("Lucas Paganini", "PERSON"), ("NASA", "ORG"), ("Goddard Space Flight Center", "ORG"),
         ("Greenbelt", "GPE"), ("Maryland", "GPE"), ("American University", "ORG"), ("Washington", "GPE")],
        ("Lucas Paganini", "affiliated_with", "American University"), "appos_role", id="coordinated-employer"),
    # the parse hangs the apposition on "partnership"; the name before its comma is what it describes
    pytest.param(
        "The deal is the result of a partnership between the National Football League and Acme, a company "
        "co-founded by Jane Roe.",
        [("National Football League", "ORG"), ("Acme", "ORG"), ("Jane Roe", "PERSON")],
        ("Jane Roe", "founded", "Acme"), "verb_passive", id="misattached-apposition-founded"),
    pytest.param(
        "Etisalat Egypt and LinkdotNet are one of Egypt's largest internet service providers, the agency said.",
        [("Etisalat Egypt", "ORG"), ("LinkdotNet", "ORG"), ("Egypt", "GPE")],
        ("LinkdotNet", "located_in", "Egypt"), "copula_modifier", id="one-of-a-places-providers"),
    pytest.param(
        "Vodafone is Britain's biggest mobile operator by the number of its customers.",
        [("Vodafone", "ORG"), ("Britain", "GPE")],
        ("Vodafone", "located_in", "Britain"), "copula_modifier", id="a-places-operator"),
    pytest.param(
        "London-based bank Barclays said profits rose.", [("London", "GPE"), ("Barclays", "ORG")],
        ("Barclays", "located_in", "London"), "based_modifier", id="based-descriptor-before-the-name"),
    pytest.param(  # session 17 (judge16 recall): a name's own "X-based", with no kind of firm between
        "Boston-based Highfields Capital Management said it would bid.",
        [("Boston", "GPE"), ("Highfields Capital Management", "ORG")],
        ("Highfields Capital Management", "located_in", "Boston"), "based_modifier", id="based-before-the-name"),
    pytest.param(  # session 17 (judge17ra): a place's possessive on a kind of organisation in apposition
        "RHB, Malaysia's third-biggest lender, said profits rose.", [("RHB", "ORG"), ("Malaysia", "GPE")],
        ("RHB", "located_in", "Malaysia"), "org_appos_place", id="appos-places-possessive-kind"),
    pytest.param(
        "Britain's biggest union, Unison, called a strike.", [("Britain", "GPE"), ("Unison", "ORG")],
        ("Unison", "located_in", "Britain"), "org_appos_place", id="places-possessive-kind-then-name"),
]


@pytest.mark.parametrize("text, specs, triple, rule", CONSTRUCTIONS)
def test_organisation_construction(nlp, text, specs, triple, rule):
    found = relations_of(nlp, text, specs, published="2019-11-19")
    if triple is None:
        assert not [(s, p, o) for s, p, o, r in found if p in ("developed", "founded")]
        return
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert relation.rule == rule


@pytest.mark.parametrize("text, specs, triple", [
    # another kind of organisation after a company's possessive is left to context
    pytest.param("Amazon's Whole Foods said prices fell in May.", [("Amazon", "ORG"), ("Whole Foods", "ORG")],
                 ("Whole Foods", "member_of", "Amazon"), id="possessive-org-without-legal-form"),
    # a party word names no state to serve
    pytest.param("Texas voted. Democratic Senator Jane Roe spoke in Austin.",
                 [("Texas", "GPE"), ("Democratic", "NORP"), ("Jane Roe", "PERSON"), ("Austin", "GPE")],
                 ("Jane Roe", "affiliated_with", "Texas"), id="party-word-no-state"),
    # the nationality's state is never named: no claim to make
    pytest.param("Syrian President Bashar Assad met Putin in Moscow.",
                 [("Syrian", "NORP"), ("Bashar Assad", "PERSON"), ("Putin", "PERSON"), ("Moscow", "GPE")],
                 ("Bashar Assad", "affiliated_with", "Moscow"), id="nationality-state-not-named"),
    # a birthplace and a dateline's capitals name no state served
    pytest.param("Rafael, a Cuban-born Christian minister, preached. Cuba is poor.",
                 [("Rafael", "PERSON"), ("Cuban", "NORP"), ("Christian", "NORP"), ("Cuba", "GPE")],
                 ("Rafael", "affiliated_with", "Cuba"), id="born-word-no-state"),
    pytest.param("JERUSALEM - Israeli Prime Minister Benjamin Netanyahu spoke. Jerusalem is old.",
                 [("JERUSALEM", "NORP"), ("Israeli", "NORP"), ("Benjamin Netanyahu", "PERSON"), ("Jerusalem", "GPE")],
                 ("Benjamin Netanyahu", "affiliated_with", "Jerusalem"), id="dateline-capitals-no-state"),
    # a list of people after a role is no second employer, whatever the NER made of a name in it
    pytest.param("The race pits Clinton, a former first lady, secretary of State and senator, and Sanders.",
                 [("Clinton", "PERSON"), ("State", "ORG"), ("Sanders", "ORG")],
                 ("Clinton", "affiliated_with", "Sanders"), id="people-list-no-employer"),
    # a gathering someone else attends, or one the clause only talks about
    pytest.param("A protester who interrupted Ted Cruz during a rally in Indiana was arrested.",
                 [("Ted Cruz", "PERSON"), ("Indiana", "GPE")], ("Ted Cruz", "visited", "Indiana"), id="rally-of-other"),
    pytest.param("Donald Trump mocked a rally in Chicago.",
                 [("Donald Trump", "PERSON"), ("Chicago", "GPE")], ("Donald Trump", "visited", "Chicago"),
                 id="rally-talked-about"),
    pytest.param("Sarah Palin had been scheduled to attend the event in Casper, but she was not coming.",
                 [("Sarah Palin", "PERSON"), ("Casper", "GPE")], ("Sarah Palin", "visited", "Casper"),
                 id="scheduled-gathering"),
    pytest.param("Donald Trump will be attending events in Kansas on Saturday.",
                 [("Donald Trump", "PERSON"), ("Kansas", "GPE")], ("Donald Trump", "visited", "Kansas"),
                 id="future-gathering"),
    # a list of places after an organisation is no address
    pytest.param("The sanctions hit Huawei, China, Russia and Iran.",
                 [("Huawei", "ORG"), ("China", "GPE"), ("Russia", "GPE"), ("Iran", "GPE")],
                 ("Huawei", "located_in", "China"), id="org-in-list"),
    # a person owns no unit ("Trump's Republican Party" is no member of Trump)
    pytest.param("Trump's Republican Party lost the House.",
                 [("Trump", "PERSON"), ("Republican Party", "ORG"), ("House", "ORG")],
                 ("Republican Party", "member_of", "Trump"), id="person-possessive-no-unit"),
    # a product the NER typed PERSON is nobody on its maker's staff, whatever the pair scorer guesses
    pytest.param("The DS can run the 700 games produced for Nintendo's GameBoy Advance handheld.",
                 [("Nintendo", "ORG"), ("GameBoy Advance", "PERSON")],
                 ("GameBoy Advance", "affiliated_with", "Nintendo"), id="product-typed-person-no-staff"),
    # a person whose given name the list lacks is still a person
    pytest.param("One of the few people he did not attack was Fox News's Megyn Kelly, whom he lit into in August.",
                 [("Fox News", "ORG"), ("Megyn Kelly", "PERSON")],
                 ("Fox News", "developed", "Megyn Kelly"), id="unlisted-given-name-no-product"),
    # a club the NER typed PERSON is no person on its league's staff
    pytest.param("John Smith, a scout for the NFL's Denver Broncos, watched the game.",
                 [("John Smith", "PERSON"), ("NFL", "ORG"), ("Denver Broncos", "PERSON")],
                 ("Denver Broncos", "affiliated_with", "NFL"), id="league-club-typed-person"),
    # a supplier to a place, an ally of it, is not in it; "one of" a kind is no member of a company
    pytest.param("Acme Corp. is one of America's biggest suppliers of steel pipes.",
                 [("Acme Corp.", "ORG"), ("America", "GPE")], ("Acme Corp.", "located_in", "America"),
                 id="a-places-supplier"),
    pytest.param("Israel is one of America's closest allies in the region.",
                 [("Israel", "GPE"), ("America", "GPE")], ("Israel", "located_in", "America"), id="a-places-ally"),
    pytest.param("Etisalat Egypt and LinkdotNet are one of Egypt's largest internet service providers.",
                 [("Etisalat Egypt", "ORG"), ("LinkdotNet", "ORG"), ("Egypt", "GPE")],
                 ("LinkdotNet", "member_of", "Etisalat Egypt"), id="one-of-a-kind-no-member"),
])
def test_no_organisation_relation(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is None


@pytest.mark.parametrize("text, specs, pair", [
    pytest.param("Jane Roe was nominated for Surgeon General of the United States on Monday.",
                 [("Jane Roe", "PERSON"), ("Surgeon General", "ORG"), ("United States", "GPE")],
                 ("Surgeon General", "United States"), id="surgeon-general-of"),
    pytest.param("Jane Roe was named Attorney General of Texas on Monday.",
                 [("Jane Roe", "PERSON"), ("Attorney General", "ORG"), ("Texas", "GPE")],
                 ("Attorney General", "Texas"), id="attorney-general-of"),
])
def test_an_office_typed_as_an_organisation_sits_in_no_place(nlp, text, specs, pair):
    """An office is held for the place after its "of"; the pair is spoken for (no scorer guess either)."""
    found = relations_of(nlp, text, specs)
    assert not [(s, p, o, r.rule) for s, p, o, r in found if {s, o} == set(pair)]


def test_a_based_description_places_the_firm_it_stands_for(nlp):
    """"The Virginia-based firm" (session 17, judge16 recall): one description mention, linked to the firm
    named before; its place is the name inside it."""
    from pipeline.extract.coreference.links import link_references
    from pipeline.extract.entities.mentions import collect_mentions
    from pipeline.extract.relations.typed import extract_relations

    doc = nlp("Circuit City Stores said sales fell by a tenth. The Virginia-based firm also said it would cut jobs.")
    mentions = link_references(doc, collect_mentions(doc))
    by_index = {m.index: m for m in mentions}
    found = [(by_index[r.subject], by_index[r.object].text) for r in extract_relations(doc, mentions)
             if r.predicate == "located_in"]
    assert [(m.refers_to, place) for m, place in found] == [(0, "Virginia")], found
    assert by_index[0].text == "Circuit City Stores"


@pytest.mark.parametrize("text, specs, triple", [
    # a scope, not a seat: a continent, a superlative "in"; nor a noun that is no kind of organisation
    pytest.param("Toyota, the biggest carmaker in America, raised prices.", [("Toyota", "ORG"), ("America", "GPE")],
                 ("Toyota", "located_in", "America"), id="superlative-in"),
    pytest.param("Standard Life, Europe's largest mutual life insurer, cut bonuses.",
                 [("Standard Life", "ORG"), ("Europe", "LOC")], ("Standard Life", "located_in", "Europe"),
                 id="a-continents-largest"),
    pytest.param("Japan's biggest customer, Acme Steel, cut prices.", [("Japan", "GPE"), ("Acme Steel", "ORG")],
                 ("Acme Steel", "located_in", "Japan"), id="a-countrys-customer-is-no-kind-of-firm"),
])
def test_no_appositive_place(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs, published="2019-11-19")
    assert not [r for s, p, o, r in found if (s, p, o) == triple and r.rule == "org_appos_place"], found


# Units listed before an owner's unit noun (org_rules.owned_unit, relations/unit_lists.py): the
# parser hangs "its" on the first name and the NER types some names PERSON or GPE.
HANSON = "Hanson Trust Plc said it agreed in principle to sell its Kidde Inc, Smith Corona Co, Grove Crane Ltd and " \
         "Carlton Industries subsidiaries to a management group."
HANSON_SPECS = [("Hanson Trust Plc", "ORG"), ("it", "ORG", "Hanson Trust Plc"), ("Kidde Inc", "PERSON"),
                ("Smith Corona Co", "GPE"), ("Grove Crane Ltd", "ORG"), ("Carlton Industries", "ORG")]
PEARSON_SPECS = [("Pearson Plc", "ORG"), ("it", "ORG", "Pearson Plc"), ("Longman Group", "ORG"), ("Penguin Books", "ORG")]


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param(HANSON, HANSON_SPECS, ("Kidde Inc", "member_of", "it"), id="first-of-a-list-typed-person"),
    pytest.param(HANSON, HANSON_SPECS, ("Smith Corona Co", "member_of", "it"), id="company-typed-place-in-a-list"),
    pytest.param(HANSON, HANSON_SPECS, ("Carlton Industries", "member_of", "it"), id="last-of-a-list"),
    pytest.param("Pearson Plc said its Longman Group and Penguin Books units had higher profits.", PEARSON_SPECS[:1] + PEARSON_SPECS[2:],
                 ("Penguin Books", "member_of", "Pearson Plc"), id="its-units-reported"),
    pytest.param("Pearson Plc said it plans to sell its Longman Group and Penguin Books units.", PEARSON_SPECS,
                 ("Penguin Books", "member_of", "it"), id="units-still-owned-while-a-sale-is-planned"),
    pytest.param("Pearson Plc said it plans to sell its wholly owned Longman Group unit.", PEARSON_SPECS[:3],
                 ("Longman Group", "member_of", "it"), id="its-unit-and-the-clause-s-it"),
    pytest.param("Pearson Plc said it sold the plant to its Longman Group unit.", PEARSON_SPECS[:3],
                 ("Longman Group", "member_of", "it"), id="sold-to-its-unit"),
    pytest.param("Hanson Trust Plc said its Smith Corona typewriter unit posted higher earnings.",
                 [("Hanson Trust Plc", "ORG"), ("Smith Corona", "ORG")],
                 ("Smith Corona", "member_of", "Hanson Trust Plc"), id="what-the-unit-does-before-the-noun"),
    pytest.param("Texaco Inc said its Getty Oil and Texaco Canada exploration units cut spending.",
                 [("Texaco Inc", "ORG"), ("Getty Oil", "ORG"), ("Texaco Canada", "ORG")],
                 ("Getty Oil", "member_of", "Texaco Inc"), id="what-listed-units-do-before-the-noun"),
    pytest.param("Calny Inc said it has filed a suit against PepsiCo Inc and its La Petite Boulangerie unit.",
                 [("Calny Inc", "ORG"), ("it", "ORG", "Calny Inc"), ("PepsiCo Inc", "ORG"), ("La Petite Boulangerie", "ORG")],
                 ("La Petite Boulangerie", "member_of", "PepsiCo Inc"), id="name-and-its-unit"),
    # the noun parsed as a conjunct of the subject, "its" hung on the verb
    pytest.param("General Electric Co said its RCA Corp and NBC units would cut jobs.",
                 [("General Electric Co", "ORG"), ("RCA Corp", "ORG"), ("NBC", "ORG")],
                 ("RCA Corp", "member_of", "General Electric Co"), id="its-hung-on-the-verb"),
    pytest.param("Texaco Inc's Getty Oil Co, Texaco Canada Inc and Caltex Ltd subsidiaries reported lower profits.",
                 [("Texaco Inc", "ORG"), ("Getty Oil Co", "ORG"), ("Texaco Canada Inc", "PERSON"), ("Caltex Ltd", "ORG")],
                 ("Texaco Canada Inc", "member_of", "Texaco Inc"), id="named-owner-s-list"),
])
def test_listed_units(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    relation = find(found, *triple)
    assert relation is not None and relation.rule == "owned_unit", [(s, p, o, r.rule) for s, p, o, r in found]


@pytest.mark.parametrize("text, specs, unit, owner", [
    # places and people in the list are no companies
    pytest.param("Citicorp said its London and Paris units reported losses.",
                 [("Citicorp", "ORG"), ("London", "GPE"), ("Paris", "GPE")], "London", None, id="places-listed"),
    pytest.param("Acme Corp said its Widget Co and John Smith units merged.",
                 [("Acme Corp", "ORG"), ("Widget Co", "ORG"), ("John Smith", "PERSON")], "John Smith", None, id="person-listed"),
    # what a company sells is no part of it
    pytest.param("Procter and Gamble Co said its Tide and Crest brands gained market share.",
                 [("Procter and Gamble Co", "ORG"), ("Tide", "ORG"), ("Crest", "ORG")], "Crest", None, id="brands"),
    # units sold are no longer the company's
    pytest.param("Pearson Plc said it sold its Longman Group and Penguin Books units to Beta Corp.",
                 PEARSON_SPECS + [("Beta Corp", "ORG")], "Penguin Books", None, id="units-sold"),
    pytest.param("Pearson Plc said it has disposed of its Longman Group unit.",
                 PEARSON_SPECS[:3], "Longman Group", None, id="unit-disposed-of"),
    # no possessive: whose units they are is not said
    pytest.param("Pearson Plc said the Longman Group and Penguin Books units would merge.",
                 PEARSON_SPECS[:1] + PEARSON_SPECS[2:], "Penguin Books", None, id="no-owner"),
    # other relational nouns: shareholders, rivals
    pytest.param("Acme Corp said its shareholders Goldman Sachs and Morgan Stanley approved the plan.",
                 [("Acme Corp", "ORG"), ("Goldman Sachs", "ORG"), ("Morgan Stanley", "ORG")], "Morgan Stanley", None,
                 id="shareholders"),
    # "its" after a name and "and" is that name's, not the reporting company's
    pytest.param("Calny Inc said it has filed a suit against PepsiCo Inc and its La Petite Boulangerie unit.",
                 [("Calny Inc", "ORG"), ("it", "ORG", "Calny Inc"), ("PepsiCo Inc", "ORG"), ("La Petite Boulangerie", "ORG")],
                 "La Petite Boulangerie", "it", id="its-of-the-coordinated-name"),
    pytest.param("Acme Corp said its rivals General Motors Corp and Ford Motor Co cut prices.",
                 [("Acme Corp", "ORG"), ("General Motors Corp", "ORG"), ("Ford Motor Co", "ORG")], "Ford Motor Co", None,
                 id="rivals"),
])
def test_no_listed_unit(nlp, text, specs, unit, owner):
    found = relations_of(nlp, text, specs)
    assert not [(s, p, o) for s, p, o, r in found if s == unit and p == "member_of" and owner in (None, o)], found
