"""Role phrases (titles, appositions, predicate nouns) read once for affiliation and residence,
and the constructions that must state nothing: datelines, postings, topics, headlines.

Each row: a sentence, its mentions (given by hand, so the row tests the rules alone), the
relations it states with their qualifiers, and relations it must not yield.
"""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

ROLE_CASES = [
    pytest.param(
        "Japan's Prime Minister Shinzo Abe met the press.", [("Japan", "GPE"), ("Shinzo Abe", "PERSON")],
        [("Shinzo Abe", "affiliated_with", "Japan", {"role": "Prime Minister"})],
        [("Shinzo Abe", "lives_in", "Japan")], id="head-of-government-title"),
    pytest.param(
        "The top U.S. commander in Iraq, Gen. David Petraeus, said the surge worked.",
        [("U.S.", "GPE"), ("Iraq", "GPE"), ("David Petraeus", "PERSON")],
        [("David Petraeus", "affiliated_with", "U.S.", {})],
        [("David Petraeus", "lives_in", "U.S."), ("David Petraeus", "lives_in", "Iraq")], id="military-posting"),
    pytest.param(
        "President Xi Jinping of China is likely to deploy forces.", [("Xi Jinping", "PERSON"), ("China", "GPE")],
        [("Xi Jinping", "affiliated_with", "China", {"role": "President"})],
        [("Xi Jinping", "lives_in", "China")], id="office-then-of-state"),
    pytest.param(
        "Chris Tang, Hong Kong's new police commissioner, said police alone cannot end the violence.",
        [("Chris Tang", "PERSON"), ("Hong Kong", "GPE")],
        [("Chris Tang", "affiliated_with", "Hong Kong", {"role": "new police commissioner"})],
        [("Chris Tang", "lives_in", "Hong Kong")], id="appositive-office"),
    pytest.param(
        "NSW Transport Minister Andrew Constance said trains would run.",
        [("NSW", "ORG"), ("Andrew Constance", "PERSON")],
        [("Andrew Constance", "affiliated_with", "NSW", {"role": "Transport Minister"})], [], id="role-not-truncated"),
    pytest.param(
        "His tweet showed former Indiana University basketball coach Bobby Knight.",
        [("Indiana University", "ORG"), ("Bobby Knight", "PERSON")],
        [("Bobby Knight", "affiliated_with", "Indiana University", {"role": "basketball coach", "status": "former"})],
        [], id="former-premodified-title"),
    pytest.param(
        "Lisa Jackson, then-administrator of the Environmental Protection Agency, used an alias.",
        [("Lisa Jackson", "PERSON"), ("Environmental Protection Agency", "ORG")],
        [("Lisa Jackson", "affiliated_with", "Environmental Protection Agency",
          {"role": "administrator", "status": "former"})], [], id="then-role"),
    pytest.param(
        "Soon-to-be senior White House aide Carol Browner is from Florida.",
        [("White House", "ORG"), ("Carol Browner", "PERSON"), ("Florida", "GPE")],
        [("Carol Browner", "affiliated_with", "White House", {"role": "aide", "status": "future"})], [],
        id="soon-to-be-post"),
    pytest.param(
        "John Smith, the incoming president of Acme Corp., said so.", [("John Smith", "PERSON"), ("Acme Corp.", "ORG")],
        [("John Smith", "affiliated_with", "Acme Corp.", {"role": "president", "status": "future"})], [],
        id="incoming-post"),
    pytest.param(
        "Ohio Governor-elect Jane Roe named her cabinet on Monday.", [("Ohio", "GPE"), ("Jane Roe", "PERSON")],
        [("Jane Roe", "affiliated_with", "Ohio", {"role": "Governor", "status": "future"})], [],
        id="elect-title-parsed-as-head"),
    pytest.param(
        "Jane Roe, the governor-elect of Ohio, named her cabinet.", [("Jane Roe", "PERSON"), ("Ohio", "GPE")],
        [("Jane Roe", "affiliated_with", "Ohio", {"role": "governor", "status": "future"})], [],
        id="elect-apposition"),
    pytest.param(
        "Former Manhattan Borough President Ruth Messinger spoke.", [("Manhattan", "GPE"), ("Ruth Messinger", "PERSON")],
        [("Ruth Messinger", "affiliated_with", "Manhattan", {"role": "Borough President", "status": "former"})],
        [("Ruth Messinger", "lives_in", "Manhattan")], id="former-local-office"),
    pytest.param(
        "Trump pumped suburban Henrico County GOP chairman Eddie Whitlock for information.",
        [("Trump", "PERSON"), ("Henrico County", "GPE"), ("GOP", "ORG"), ("Eddie Whitlock", "PERSON")],
        [("Eddie Whitlock", "affiliated_with", "GOP", {"role": "chairman"})],
        [("Eddie Whitlock", "lives_in", "Henrico County")], id="place-qualifies-the-organisation"),
    pytest.param(
        "Fox News Channel White House correspondent Ed Henry posted a picture.",
        [("Fox News Channel", "ORG"), ("White House", "ORG"), ("Ed Henry", "PERSON")],
        [("Ed Henry", "affiliated_with", "Fox News Channel", {})],
        [("Ed Henry", "affiliated_with", "White House")], id="beat-is-no-employer"),
    pytest.param(
        "Longtime China expert Jane Roe disagreed.", [("China", "GPE"), ("Jane Roe", "PERSON")],
        [], [("Jane Roe", "lives_in", "China"), ("Jane Roe", "affiliated_with", "China")], id="topic-is-no-home"),
    pytest.param(
        "Gerard Pique, a Barcelona soccer player, co-founded the group.",
        [("Gerard Pique", "PERSON"), ("Barcelona", "GPE")],
        [("Gerard Pique", "affiliated_with", "Barcelona", {"role": "soccer player"})],
        [("Gerard Pique", "lives_in", "Barcelona")], id="team-player"),
    pytest.param(
        "The fine was for two hard hits on Houston quarterback Matt Schaub.",
        [("Houston", "GPE"), ("Matt Schaub", "PERSON")],
        [], [("Matt Schaub", "affiliated_with", "Houston")], id="nicknamed-league-city-is-no-club"),
    pytest.param(
        "The Houston Texans lost. Houston quarterback Matt Schaub was hurt.",
        [("Houston Texans", "ORG"), ("Houston", "GPE"), ("Matt Schaub", "PERSON")],
        [("Matt Schaub", "affiliated_with", "Houston Texans", {"role": "quarterback"})],
        [("Matt Schaub", "affiliated_with", "Houston")], id="team-player-city-names-the-club"),
    pytest.param(
        "The fine was for two hard hits on Houston coach Gary Kubiak.",
        [("Houston", "GPE"), ("Gary Kubiak", "PERSON")],
        [], [("Gary Kubiak", "affiliated_with", "Houston"), ("Gary Kubiak", "lives_in", "Houston")],
        id="team-coach-city-is-no-club"),
    pytest.param(
        "Tempe plastic surgeon Richard Pavese said it was fine.", [("Tempe", "GPE"), ("Richard Pavese", "PERSON")],
        [("Richard Pavese", "lives_in", "Tempe", {})], [], id="occupation-place-is-home"),
    pytest.param(
        "John Smith, a Fargo resident, said it was fine.", [("John Smith", "PERSON"), ("Fargo", "GPE")],
        [("John Smith", "lives_in", "Fargo", {})], [], id="resident"),
    pytest.param(
        "Cecile Richards, president of the Planned Parenthood Federation of America, spoke.",
        [("Cecile Richards", "PERSON"), ("Planned Parenthood Federation of America", "ORG")],
        [("Cecile Richards", "affiliated_with", "Planned Parenthood Federation of America", {"role": "president"})],
        [], id="appositive-of-organisation"),
    pytest.param(
        "He said he, U.S. Ambassador to the European Union Gordon Sondland and Rick Perry met.",
        [("U.S.", "GPE"), ("European Union", "ORG"), ("Gordon Sondland", "PERSON"), ("Rick Perry", "PERSON")],
        [("Gordon Sondland", "affiliated_with", "European Union", {"role": "Ambassador"})],
        [], id="title-preposition-organisation-before-name"),
    pytest.param(
        "Secretary of State Mike Pompeo testified.", [("State", "ORG"), ("Mike Pompeo", "PERSON")],
        [], [("Mike Pompeo", "affiliated_with", "State")], id="title-of-one-word-office"),
    pytest.param(
        "Under Secretary of State for Political Affairs Wendy Sherman wrote.",
        [("State for Political Affairs", "ORG"), ("Wendy Sherman", "PERSON")],
        [], [("Wendy Sherman", "affiliated_with", "State for Political Affairs")], id="title-of-office-name"),
    pytest.param(
        "Jeff Zucker, President of CNN Worldwide, said simply.",
        [("Jeff Zucker", "PERSON"), ("CNN", "ORG"), ("Worldwide", "PERSON")],
        [], [("Worldwide", "affiliated_with", "CNN")], id="title-of-organisation-and-one-more-word"),
    # a portfolio word makes an office only of an administrative title; a profession stays one
    pytest.param(
        "Obama chose Regina Benjamin, an Alabama family physician who has worked in rural areas for decades.",
        [("Obama", "PERSON"), ("Regina Benjamin", "PERSON"), ("Alabama", "GPE")],
        [], [("Regina Benjamin", "affiliated_with", "Alabama")], id="portfolio-word-before-a-profession"),
    pytest.param(
        "Ohio Transportation Director Jerry Wray said the bridge would reopen.",
        [("Ohio", "GPE"), ("Jerry Wray", "PERSON")],
        [("Jerry Wray", "affiliated_with", "Ohio", {"role": "Transportation Director"})], [],
        id="portfolio-word-before-an-administrative-title"),
    # a rank after a possessive role noun is the role ("a sergeant of the sheriff's office"), unlike
    # "navy spokesman Commander X"
    pytest.param(
        "Los Angeles County sheriff's Sgt. Don Manumaleuna said the men were arrested on Tuesday at their home.",
        [("Los Angeles County", "GPE"), ("Don Manumaleuna", "PERSON")],
        [("Don Manumaleuna", "affiliated_with", "Los Angeles County", {"role": "sheriff Sgt."})], [],
        id="rank-after-a-possessive-role-noun"),
    # an author's bio line: the parse cuts the person served off as the subject of "is"
    pytest.param(
        "Michael Carpenter, former foreign policy advisor to Vice President (then-Senator) Joseph R. Biden, Jr., "
        "is Senior Fellow at the Center for Transatlantic Relations.",
        [("Michael Carpenter", "PERSON"), ("Joseph R. Biden", "PERSON"), ("Center for Transatlantic Relations", "ORG")],
        [], [("Joseph R. Biden", "affiliated_with", "Center for Transatlantic Relations")], id="bio-line-person-served"),
    pytest.param(
        "According to the letter, Jane Roe is a senior fellow at the Brookings Institution.",
        [("Jane Roe", "PERSON"), ("Brookings Institution", "ORG")],
        [("Jane Roe", "affiliated_with", "Brookings Institution", {"role": "senior fellow"})], [],
        id="comma-before-the-subject-is-no-cut"),
    pytest.param(
        "Dennis Ross, a former senior adviser to Mr. Obama who is now a distinguished fellow at the Washington "
        "Institute, said the plan would fail.",
        [("Dennis Ross", "PERSON"), ("Obama", "PERSON"), ("Washington Institute", "ORG")],
        [("Dennis Ross", "affiliated_with", "Washington Institute", {})], [], id="relative-who-after-a-title-is-no-cut"),
    # an apposition the parse hangs on the region after a place describes the place
    pytest.param(
        "There is breaking news out of Troy, Michigan, a suburb of Detroit, where a man opened fire.",
        [("Troy", "GPE"), ("Michigan", "GPE"), ("Detroit", "GPE")],
        [("Troy", "located_in", "Detroit", {})], [("Michigan", "located_in", "Detroit")],
        id="place-region-then-kind-of-place"),
    # an origin is no home now; after an age, "of <ORG>" is a home the model typed an organisation
    pytest.param(
        "Englishman Robert Buckley, originally from Essex, but living in Christchurch, fell while climbing.",
        [("Robert Buckley", "PERSON"), ("Essex", "GPE"), ("Christchurch", "GPE")],
        [], [("Robert Buckley", "lives_in", "Essex")], id="originally-from"),
    pytest.param(
        "Police found the unconscious Raj K. Chohan, 59, of College Point, lying in the roadway.",
        [("Raj K. Chohan", "PERSON"), ("College Point", "ORG")],
        [], [("Raj K. Chohan", "affiliated_with", "College Point")], id="age-then-of-an-org-typed-place"),
    pytest.param(
        "Alyssa Van Wagenen, 29, of Meridian, was arrested on Monday.",
        [("Alyssa Van Wagenen", "PERSON"), ("Meridian", "GPE")],
        [("Alyssa Van Wagenen", "lives_in", "Meridian", {})], [], id="age-then-of-a-place-is-home"),
    # a player's position is no verb
    pytest.param(
        "Dallas Cowboys quarterback Tony Romo said he did not anticipate any problem being ready.",
        [("Dallas Cowboys", "ORG"), ("Tony Romo", "PERSON")],
        [], [("Dallas Cowboys", "open:quarterback", "Tony Romo")], id="position-noun-read-as-a-verb"),
    # a place after the group a role heads is the group's, not the holder's home
    pytest.param(
        "Salvatore Lo Presti, the alleged boss of a Sicilian Mafia clan in a district of Palermo, was arrested.",
        [("Salvatore Lo Presti", "PERSON"), ("Sicilian", "NORP"), ("Mafia", "ORG"), ("Palermo", "GPE")],
        [], [("Salvatore Lo Presti", "lives_in", "Palermo")], id="place-of-an-unnamed-group"),
    # an organisation after the noun employs the holder: "chief" only ranks the post, the country is its desk
    pytest.param(
        "Jonathan Loynes, chief UK economist at Capital Economics, said rates would rise.",
        [("Jonathan Loynes", "PERSON"), ("UK", "GPE"), ("Capital Economics", "ORG")],
        [("Jonathan Loynes", "affiliated_with", "Capital Economics", {"role": "chief UK economist"})],
        [("Jonathan Loynes", "affiliated_with", "UK"), ("Jonathan Loynes", "lives_in", "UK")], id="chief-desk-at-firm"),
    pytest.param(
        "Hong Kong Chief Executive Carrie Lam went to Beijing on Monday for talks.",
        [("Hong Kong", "GPE"), ("Carrie Lam", "PERSON"), ("Beijing", "GPE")],
        [("Carrie Lam", "affiliated_with", "Hong Kong", {"role": "Chief Executive"})],
        [("Carrie Lam", "lives_in", "Hong Kong")], id="chief-of-a-state-stays-an-office"),
    # a name's possessive owns its own title: the copula's subjects hold no "coach" post in Wales
    pytest.param(
        "Robert Sidoli and Brent Cockbain are Wales coach Mike Ruddock's preferred starters in the second row.",
        [("Robert Sidoli", "PERSON"), ("Brent Cockbain", "PERSON"), ("Wales", "GPE"), ("Mike Ruddock", "PERSON")],
        [], [("Robert Sidoli", "affiliated_with", "Wales"), ("Brent Cockbain", "affiliated_with", "Wales")],
        id="possessor-title-is-the-possessors"),
    # a coordination inside the role's own words is the role's
    pytest.param(
        "Jane Roe, director of marketing and sales at Acme Corp, said the figures were good this year.",
        [("Jane Roe", "PERSON"), ("Acme Corp", "ORG")],
        [("Jane Roe", "affiliated_with", "Acme Corp", {"role": "director of marketing and sales"})], [],
        id="role-with-its-own-and"),
    # a name after a title is a person's, never an employer the NER mistyped ("Goddard planetary scientist X")
    pytest.param(
        "Grassley denied Merrick Garland, President Obama's nominee for the Supreme Court, a hearing.",
        [("Grassley", "PERSON"), ("Merrick Garland", "PERSON"), ("Obama", "PERSON"), ("Supreme Court", "ORG")],
        [("Merrick Garland", "affiliated_with", "Supreme Court", {"role": "nominee"})],
        [("Merrick Garland", "affiliated_with", "Obama")], id="name-after-title-is-no-employer"),
    # a genre noun with a person-like ending is no post: a film is nobody's staff
    pytest.param(
        "It held off a strong challenge from the new Keanu Reeves sci-fi thriller Constantine, which opened second.",
        [("Keanu Reeves", "PERSON"), ("Constantine", "PERSON")],
        [], [("Constantine", "affiliated_with", "Keanu Reeves")], id="genre-noun-no-post"),
    pytest.param(
        "John Doe, a resident of the village of Slade, said he heard shots.",
        [("John Doe", "PERSON"), ("Slade", "GPE")],
        [("John Doe", "lives_in", "Slade", {})], [], id="village-of-a-place-is-still-home"),
    pytest.param(
        "Bay Area Laboratory Co-Operative (Balco) president Victor Conte faces a federal trial next year.",
        [("Balco", "ORG"), ("Victor Conte", "PERSON")],
        [("Victor Conte", "affiliated_with", "Balco", {"role": "president"})], [], id="acronym-bracket-before-role"),
]


@pytest.mark.parametrize("text, specs, stated, forbidden", ROLE_CASES)
def test_role_phrases(nlp, text, specs, stated, forbidden):
    found = relations_of(nlp, text, specs)
    listing = [(s, p, o, r.qualifiers) for s, p, o, r in found]
    for subject, predicate, obj, qualifiers in stated:
        relation = find(found, subject, predicate, obj)
        assert relation is not None, listing
        for key, value in qualifiers.items():
            assert relation.qualifiers.get(key) == value, listing
    for subject, predicate, obj in forbidden:
        assert find(found, subject, predicate, obj) is None, listing


@pytest.mark.parametrize("text, specs, stated", [
    pytest.param("The visit, Obama's first to Paris in 34 years, drew crowds.",
                 [("Obama", "PERSON"), ("Paris", "GPE")], ("Obama", "visited", "Paris"), id="ordinal-for-visit"),
    pytest.param("The trip is Merkel's second to China this year.",
                 [("Merkel", "PERSON"), ("China", "GPE")], ("Merkel", "visited", "China"), id="copula-ordinal-visit"),
    pytest.param("Senator John Kerry finally made it to Iowa on Tuesday after days of storms.",
                 [("John Kerry", "PERSON"), ("Iowa", "GPE")], ("John Kerry", "visited", "Iowa"), id="made-it-to"),
])
def test_visits_are_no_residence(nlp, text, specs, stated):
    found = relations_of(nlp, text, specs)
    assert find(found, *stated) is not None
    assert find(found, stated[0], "lives_in", stated[2]) is None


@pytest.mark.parametrize("text, specs", [
    pytest.param("BEIJING (AP) - China said on Monday that it would send a delegation.",
                 [("BEIJING", "GPE"), ("AP", "ORG"), ("China", "GPE")], id="dateline-agency"),
    pytest.param("DAYTON, Ohio (AP) -- John Smith said the plant would close.",
                 [("DAYTON", "GPE"), ("Ohio", "GPE"), ("AP", "ORG"), ("John Smith", "PERSON")], id="dateline-region"),
    pytest.param("Obama Just Pulled Out The Race Card On Donald Trump In A Major Way.",
                 [("Obama Just", "PERSON"), ("Race Card On", "WORK_OF_ART"), ("Donald Trump", "PERSON")],
                 id="title-case-headline"),
    pytest.param("Had Republicans nominated Marco Rubio, the mayor would have campaigned.",
                 [("Republicans", "NORP"), ("Marco Rubio", "PERSON")], id="inverted-condition"),
    pytest.param("Cadillac declined to renew its sponsorship of the event.",
                 [("Cadillac", "ORG")], id="infinitive-states-no-event"),
    pytest.param("She's a Sanders supporter but concedes that her peers love the Clintons.",
                 [("Sanders", "ORG"), ("Clintons", "PERSON")], id="supporter-holds-no-post"),
    pytest.param("Podesta's firm registered its work for Albania, the Republic of Azerbaijan, Cyprus, Georgia and others.",
                 [("Albania", "GPE"), ("Republic of Azerbaijan", "GPE"), ("Cyprus", "GPE"), ("Georgia", "GPE")],
                 id="list-of-places"),
    pytest.param("The fix can be used on Windows XP, Vista, 7, 8, and 8.1 computers.",
                 [("Windows XP", "LOC"), ("Vista", "LOC")], id="list-of-numbered-versions"),
    pytest.param("The GOP faces fractures and the Democrats an enthusiasm gap.",
                 [("GOP", "ORG"), ("Democrats", "NORP")], id="gapped-coordination"),
    # "make it to" is a journey only to a place, and only without a complement
    pytest.param("Jane Roe made it to the NBA after four years at college.",
                 [("Jane Roe", "PERSON"), ("NBA", "ORG")], id="made-it-to-an-organisation-is-no-visit"),
    pytest.param("Jane Roe made it clear to China that the talks were over.",
                 [("Jane Roe", "PERSON"), ("China", "GPE")], id="made-it-clear-to-is-no-visit"),
    pytest.param("Jane Roe made it easier to China's exporters to sell there.",
                 [("Jane Roe", "PERSON"), ("China", "GPE")], id="made-it-easier-is-no-visit"),
])
def test_states_nothing(nlp, text, specs):
    assert relations_of(nlp, text, specs) == []


def test_gerund_after_time_preposition_takes_the_subject(nlp):
    text = "Mr. Coleman had endorsed Senator Lindsey Graham before backing Mr. Rubio."
    found = relations_of(nlp, text, [("Coleman", "PERSON"), ("Lindsey Graham", "PERSON"), ("Rubio", "PERSON")])
    assert find(found, "Coleman", "open:back", "Rubio") is not None
    assert find(found, "Lindsey Graham", "open:back", "Rubio") is None


def test_town_and_state_stand_whatever_the_scorer_thinks(nlp):
    found = relations_of(nlp, "He was born in Troy, Mich., in 1950.", [("Troy", "GPE"), ("Mich.", "GPE")])
    assert find(found, "Troy", "located_in", "Mich.") is not None


@pytest.mark.parametrize("text, specs, stated, forbidden", [
    pytest.param("Susan Hennessey, a former National Security Agency lawyer now at the Brookings Institution, said so.",
                 [("Susan Hennessey", "PERSON"), ("National Security Agency", "ORG"), ("Brookings Institution", "ORG")],
                 [("Susan Hennessey", "affiliated_with", "National Security Agency", {"role": "lawyer", "status": "former"}),
                  ("Susan Hennessey", "affiliated_with", "Brookings Institution", {"status": "current"})],
                 [], id="former-post-then-now"),
    pytest.param("David Axelrod, who was senior adviser to Obama in the White House, tweeted this.",
                 [("David Axelrod", "PERSON"), ("Obama", "PERSON"), ("White House", "ORG")],
                 [("David Axelrod", "affiliated_with", "White House", {"role": "senior adviser"})],
                 [("Obama", "affiliated_with", "White House")], id="the-person-served-holds-no-role"),
    pytest.param("Nelson Diaz, a former aide to Mr. Rubio and now the chairman of the Republican Party, said so.",
                 [("Nelson Diaz", "PERSON"), ("Rubio", "PERSON"), ("Republican Party", "ORG")],
                 [("Nelson Diaz", "affiliated_with", "Republican Party", {"role": "chairman"})],
                 [("Rubio", "affiliated_with", "Republican Party")], id="aide-to-someone"),
    pytest.param("Cheers erupted when Trump launched his underdog White House bid.",
                 [("Trump", "PERSON"), ("White House", "ORG")], [], [("Trump", "founded", "White House")],
                 id="misparsed-apposition-without-comma"),
    pytest.param("Donald Trump spoke. The survey asks whether he or she is a U.S. citizen.",
                 [("Donald Trump", "PERSON"), ("he", "PERSON", "Donald Trump"), ("U.S.", "GPE")], [],
                 [("he", "lives_in", "U.S.")], id="generic-he-or-she"),
])
def test_role_holders_and_arguments(nlp, text, specs, stated, forbidden):
    test_role_phrases(nlp, text, specs, stated, forbidden)


def test_party_and_state_after_a_legislators_name(nlp):
    found = relations_of(nlp, "Sen. Ted Cruz, R-Texas, would lose.", [("Ted Cruz", "PERSON"), ("Texas", "GPE")])
    relation = find(found, "Ted Cruz", "affiliated_with", "Texas")
    assert relation is not None and relation.qualifiers.get("role") == "Sen."


@pytest.mark.parametrize("text, name, state, role", [
    ("Congresswoman Maxine Waters (D-Calif.) objected.", "Maxine Waters", "Calif.", "Congresswoman"),
    ("Rep. Bob Goodlatte (R-Va.) chairs the panel.", "Bob Goodlatte", "Va.", "Rep."),
    # a post inside the chamber is not held for the state: the state keeps no role
    ("Minority Leader Nancy Pelosi (D-Calif.) spoke on Tuesday.", "Nancy Pelosi", "Calif.", None),
    ("Majority Whip John Cornyn (R-Texas) agreed.", "John Cornyn", "Texas", None),
])
def test_the_state_of_a_party_state_tag_holds_only_a_seat_title(nlp, text, name, state, role):
    found = relations_of(nlp, text, [(name, "PERSON"), (state, "GPE")])
    relation = find(found, name, "affiliated_with", state)
    assert relation is not None and relation.qualifiers.get("role") == role


def test_a_rival_is_no_title(nlp):
    found = relations_of(nlp, "Trump rival Sen. Ted Cruz spoke.", [("Trump", "ORG"), ("Ted Cruz", "PERSON")])
    assert find(found, "Ted Cruz", "affiliated_with", "Trump") is None


def test_a_gerund_under_a_refusal_is_negated(nlp):
    found = relations_of(nlp, "Tim Cook refused to work with the FBI in unlocking the iPhone.",
                         [("Tim Cook", "PERSON"), ("FBI", "ORG"), ("iPhone", "PRODUCT")])
    assert all(r.polarity == "negated" for s, p, o, r in found if p == "open:unlock")


def test_a_states_facility_abroad_places_no_state(nlp):
    found = relations_of(nlp, "The attack on a U.S. facility in Benghazi killed four.", [("U.S.", "GPE"), ("Benghazi", "GPE")])
    assert find(found, "U.S.", "located_in", "Benghazi") is None


def test_a_contrast_after_the_role_neither_negates_it_nor_joins_its_words(nlp):
    found = relations_of(nlp, "As a point of clarification, Khan was an Army captain, not a major, at the time.",
                         [("Khan", "PERSON"), ("Army", "ORG")])
    relation = find(found, "Khan", "affiliated_with", "Army")
    assert relation is not None and relation.qualifiers.get("role") == "captain"
    assert relation.polarity == "affirmed"
    denied = find(relations_of(nlp, "Khan was not an Army captain.", [("Khan", "PERSON"), ("Army", "ORG")]),
                  "Khan", "affiliated_with", "Army")
    assert denied is not None and denied.polarity == "negated"
