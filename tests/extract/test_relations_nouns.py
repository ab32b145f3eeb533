"""Relations stated by a noun (acquisitions, joint work, ownership, investigations, the place of a
visited site: relations/noun_relations.py) and people's posts, seats and travel (founders, "one of"
roles, seats, campaign staff, travel verbs, missed possessives, tight titles: person_relations.py)."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

FOUND = [
    pytest.param("Google's acquisition of YouTube was announced in October 2006.",
                 [("Google", "ORG"), ("YouTube", "ORG")],
                 ("Google", "acquired", "YouTube"), "noun_acquisition", id="possessive-acquisition"),
    pytest.param("The acquisition of Whole Foods by Amazon closed in August.",
                 [("Whole Foods", "ORG"), ("Amazon", "ORG")],
                 ("Amazon", "acquired", "Whole Foods"), "noun_acquisition", id="acquisition-by"),
    pytest.param("Microsoft's $26 billion deal to buy LinkedIn was announced in June.",
                 [("Microsoft", "ORG"), ("LinkedIn", "ORG")],
                 ("Microsoft", "acquired", "LinkedIn"), "noun_acquisition", id="deal-to-buy"),
    # a verb carrying the deal through: its subject buys (held-out Reuters recall, session 22)
    pytest.param("Banner Industries Inc completed the purchase of Rexnord Inc for 260 mln dlrs.",
                 [("Banner Industries Inc", "ORG"), ("Rexnord Inc", "ORG")],
                 ("Banner Industries Inc", "acquired", "Rexnord Inc"), "noun_acquisition", id="completed-the-purchase-of"),
    pytest.param("Allegheny International Inc has closed its acquisition of Sunbeam Corp.",
                 [("Allegheny International Inc", "ORG"), ("Sunbeam Corp", "ORG")],
                 ("Allegheny International Inc", "acquired", "Sunbeam Corp"), "noun_acquisition", id="closed-its-acquisition-of"),
    pytest.param("Banner Industries Inc said it completed the previously announced purchase of Rexnord Inc.",
                 [("Banner Industries Inc", "ORG"), ("it", "ORG", "Banner Industries Inc"), ("Rexnord Inc", "ORG")],
                 ("it", "acquired", "Rexnord Inc"), "noun_acquisition", id="pronoun-completed-the-purchase-of"),
    pytest.param("Dow Chemical Co has made the purchase of Essex Chemical Corp.",
                 [("Dow Chemical Co", "ORG"), ("Essex Chemical Corp", "ORG")],
                 ("Dow Chemical Co", "acquired", "Essex Chemical Corp"), "noun_acquisition", id="made-the-purchase-of"),
    # "its", which coreference leaves unlinked, is the reporting company's
    pytest.param("Harris Corp said its wholly-owned subsidiary, Harris Graphics Corp, would cut jobs.",
                 [("Harris Corp", "ORG"), ("Harris Graphics Corp", "ORG")],
                 ("Harris Graphics Corp", "member_of", "Harris Corp"), "ownership", id="its-subsidiary-apposition"),
    pytest.param("Harris Corp said its wholly owned subsidiary Harris Graphics Corp would cut jobs.",
                 [("Harris Corp", "ORG"), ("Harris Graphics Corp", "ORG")],
                 ("Harris Graphics Corp", "member_of", "Harris Corp"), "ownership", id="its-subsidiary-before-the-name"),
    # the owner named before a unit noun that modifies the unit's name (held-out Reuters recall, session 23)
    pytest.param("Schlumberger Ltd unit Fairchild Semiconductor Inc said it would cut 500 jobs.",
                 [("Schlumberger Ltd", "ORG"), ("Fairchild Semiconductor Inc", "ORG")],
                 ("Fairchild Semiconductor Inc", "member_of", "Schlumberger Ltd"), "ownership", id="company-unit-name"),
    pytest.param("S and P cut the ratings of American Express Co's brokerage unit Shearson Lehman Brothers Inc on Monday.",
                 [("American Express Co", "ORG"), ("Shearson Lehman Brothers Inc", "ORG")],
                 ("Shearson Lehman Brothers Inc", "member_of", "American Express Co"), "ownership",
                 id="possessive-trade-unit-name"),
    pytest.param("A survey, conducted by Quinnipiac University and the Des Moines Register, showed a tie.",
                 [("Quinnipiac University", "ORG"), ("Des Moines Register", "ORG")],
                 ("Quinnipiac University", "partnered_with", "Des Moines Register"), "joint_work", id="poll-conducted-by"),
    pytest.param("The debate was hosted by CNN and Univision in Miami on Wednesday night.",
                 [("CNN", "ORG"), ("Univision", "ORG"), ("Miami", "GPE")],
                 ("CNN", "partnered_with", "Univision"), "joint_work", id="debate-hosted-by"),
    pytest.param("Alphabet, Google's parent company, reported higher earnings on Thursday.",
                 [("Alphabet", "ORG"), ("Google", "ORG")],
                 ("Google", "member_of", "Alphabet"), "ownership", id="parent-company-apposition"),
    # a unit made so: the noun's own subject is the unit (a dev recall sheet of session 24)
    pytest.param("Shareholders approved the merger agreement making Kaiser Cement an indirect wholly owned unit of Hanson Trust.",
                 [("Kaiser Cement", "ORG"), ("Hanson Trust", "ORG")],
                 ("Kaiser Cement", "member_of", "Hanson Trust"), "ownership", id="making-y-a-unit-of-x"),
    pytest.param("Fichtel und Sachs's holding company, Sachs AG, said profits rose.",
                 [("Fichtel und Sachs", "ORG"), ("Sachs AG", "ORG")],
                 ("Fichtel und Sachs", "member_of", "Sachs AG"), "ownership", id="holding-company-apposition"),
    pytest.param("Verizon is the parent company of AOL, which owns The Huffington Post.",
                 [("Verizon", "ORG"), ("AOL", "ORG"), ("The Huffington Post", "ORG")],
                 ("AOL", "member_of", "Verizon"), "ownership", id="copula-parent-company"),
    pytest.param("Shell Canada, 72 percent owned by Royal Dutch Shell, said profits rose.",
                 [("Shell Canada", "ORG"), ("Royal Dutch Shell", "ORG")],
                 ("Shell Canada", "member_of", "Royal Dutch Shell"), "ownership", id="majority-share"),
    pytest.param("YouTube, a subsidiary of Google, changed its rules on Monday.",
                 [("YouTube", "ORG"), ("Google", "ORG")],
                 ("YouTube", "member_of", "Google"), "ownership", id="subsidiary-of"),
    pytest.param("The Energy Information Administration, an agency of the Department of Energy, said stocks fell.",
                 [("Energy Information Administration", "ORG"), ("the Department of Energy", "ORG")],
                 ("Energy Information Administration", "member_of", "the Department of Energy"), "ownership",
                 id="agency-of"),
    pytest.param("The Facebook-owned Instagram added a feature on Monday.",
                 [("Facebook", "ORG"), ("Instagram", "ORG")],
                 ("Instagram", "member_of", "Facebook"), "ownership", id="x-owned"),
    pytest.param("Jeff Bezos, who owns The Washington Post, spoke on Monday.",
                 [("Jeff Bezos", "PERSON"), ("The Washington Post", "ORG")],
                 ("Jeff Bezos", "affiliated_with", "The Washington Post"), "ownership", id="person-owns"),
    pytest.param("The FBI investigation into Hillary Clinton's use of a private email server ended in July.",
                 [("FBI", "ORG"), ("Hillary Clinton", "PERSON")],
                 ("Hillary Clinton", "investigated_by", "FBI"), "investigation_possessor", id="investigation-into-use"),
    pytest.param("The FBI is investigating Hillary Clinton's use of a private server.",
                 [("FBI", "ORG"), ("Hillary Clinton", "PERSON")],
                 ("Hillary Clinton", "investigated_by", "FBI"), "investigation_possessor", id="investigating-possessor"),
    pytest.param("Republicans questioned the FBI about its investigation into Hillary Clinton's use of a private server.",
                 [("Republicans", "NORP"), ("FBI", "ORG"), ("Hillary Clinton", "PERSON")],
                 ("Hillary Clinton", "investigated_by", "FBI"), "investigation_possessor", id="its-investigation"),
    # whoever faces an investigation is its target (session 17, judge16 recall: "the firm is facing Securities
    # and Exchange Commission investigation of its accounts")
    pytest.param("Microsoft is facing a European Commission investigation of its accounts.",
                 [("Microsoft", "ORG"), ("European Commission", "ORG")],
                 ("Microsoft", "investigated_by", "European Commission"), "under_noun", id="facing-an-investigation"),
    pytest.param("Microsoft faces an inquiry by the European Commission into its pricing.",
                 [("Microsoft", "ORG"), ("European Commission", "ORG")],
                 ("Microsoft", "investigated_by", "European Commission"), "under_noun", id="facing-an-inquiry-by"),
    pytest.param("Hillary Clinton toured a factory in Ohio on Tuesday.",
                 [("Hillary Clinton", "PERSON"), ("Ohio", "GPE")],
                 ("Hillary Clinton", "visited", "Ohio"), "visit_site_place", id="toured-site-in-place"),
    pytest.param("Larry Page is one of the founders of Google.",
                 [("Larry Page", "PERSON"), ("Google", "ORG")],
                 ("Larry Page", "founded", "Google"), "copula_role_founder", id="copula-one-of-founders"),
    pytest.param("Jack Dorsey, one of Twitter's founders and its chief executive, said little.",
                 [("Jack Dorsey", "PERSON"), ("Twitter", "ORG")],
                 ("Jack Dorsey", "founded", "Twitter"), "appos_role_founder", id="appos-one-of-founders"),
    pytest.param("Senator John McCain sits on the board of the International Republican Institute.",
                 [("John McCain", "PERSON"), ("International Republican Institute", "ORG")],
                 ("John McCain", "affiliated_with", "International Republican Institute"), "seat", id="sits-on-board-of"),
    pytest.param("John McCain, who serves on the Senate Armed Services Committee, criticized the plan.",
                 [("John McCain", "PERSON"), ("Senate Armed Services Committee", "ORG")],
                 ("John McCain", "affiliated_with", "Senate Armed Services Committee"), "seat", id="serves-on"),
    pytest.param("Bernie Sanders headed to Iowa after the debate in Milwaukee.",
                 [("Bernie Sanders", "PERSON"), ("Iowa", "GPE"), ("Milwaukee", "GPE")],
                 ("Bernie Sanders", "visited", "Iowa"), "travel_verb", id="headed-to"),
    pytest.param("Paul Manafort resigned as Donald Trump's campaign chairman in August.",
                 [("Paul Manafort", "PERSON"), ("Donald Trump", "PERSON")],
                 ("Paul Manafort", "affiliated_with", "Donald Trump"), "campaign_staff", id="resigned-as-campaign-role"),
    pytest.param("Huma Abedin left the Clinton campaign last week to join a law firm.",
                 [("Huma Abedin", "PERSON"), ("Clinton", "PERSON")],
                 ("Huma Abedin", "affiliated_with", "Clinton"), "campaign_staff", id="left-the-campaign"),
    pytest.param("As RealClearPolitics' David Byler pointed out in December, the trend held.",
                 [("RealClearPolitics", "ORG"), ("David Byler", "PERSON")],
                 ("David Byler", "affiliated_with", "RealClearPolitics"), "possessive_words", id="bare-apostrophe-possessive"),
    pytest.param("Jane Doe, who was visiting Manhattan from South Carolina, said she liked him.",
                 [("Jane Doe", "PERSON"), ("Manhattan", "GPE"), ("South Carolina", "GPE")],
                 ("Jane Doe", "lives_in", "South Carolina"), "visiting_from", id="visiting-from"),
    pytest.param("Brian Fallon, a spokesman for the Clinton campaign, declined to comment on Monday.",
                 [("Brian Fallon", "PERSON"), ("Clinton", "PERSON")],
                 ("Brian Fallon", "affiliated_with", "Clinton"), "appos_staff", id="spokesman-for-campaign"),
    pytest.param("Jeff Weaver, the manager of the Sanders campaign, declined to comment on Monday.",
                 [("Jeff Weaver", "PERSON"), ("Sanders", "PERSON")],
                 ("Jeff Weaver", "affiliated_with", "Sanders"), "appos_staff", id="manager-of-campaign"),
    pytest.param("Hillary Clinton was in Iowa on Monday, talking to voters about jobs.",
                 [("Hillary Clinton", "PERSON"), ("Iowa", "GPE")],
                 ("Hillary Clinton", "visited", "Iowa"), "presence_visit", id="was-in-place-on-a-day"),
    pytest.param("A Donald Trump rally in Burlington drew hundreds of protesters on Jan. 7.",
                 [("Donald Trump", "PERSON"), ("Burlington", "GPE")],
                 ("Donald Trump", "visited", "Burlington"), "gathering_owner", id="owned-rally-in-place"),
    pytest.param("Donald Trump's chief of staff, Reince Priebus, spoke on Monday.",
                 [("Donald Trump", "PERSON"), ("Reince Priebus", "PERSON")],
                 ("Reince Priebus", "affiliated_with", "Donald Trump"), "appos_staff", id="chief-of-staff"),
    pytest.param("Tim Kaine served as mayor of Richmond before becoming governor.",
                 [("Tim Kaine", "PERSON"), ("Richmond", "GPE")],
                 ("Tim Kaine", "affiliated_with", "Richmond"), "served_office", id="served-as-office"),
    pytest.param("Jim Webb, who served as Navy secretary under Ronald Reagan, dropped out.",
                 [("Jim Webb", "PERSON"), ("Navy", "ORG"), ("Ronald Reagan", "PERSON")],
                 ("Jim Webb", "affiliated_with", "Navy"), "served_role", id="served-as-role"),
    pytest.param("Hillary Clinton's record as a New York senator was mixed, her critics said.",
                 [("Hillary Clinton", "PERSON"), ("New York", "GPE")],
                 ("Hillary Clinton", "affiliated_with", "New York"), "served_office", id="record-as-role"),
    # a title this tight stands whatever the rest of the sentence says (the scorer vetoed it at p = 0.197)
    pytest.param("FBI director James Comey decided not to recommend charges.",
                 [("FBI", "ORG"), ("James Comey", "PERSON")],
                 ("James Comey", "affiliated_with", "FBI"), "title_org", id="firm-title-no-veto"),
    pytest.param("The State Department inspector general, Steve Linick, released the report on Wednesday.",
                 [("State Department", "ORG"), ("Steve Linick", "PERSON")],
                 ("Steve Linick", "affiliated_with", "State Department"), "appos_role", id="firm-apposition-no-veto"),
    pytest.param("Evan Williams, a co-founder of Blogger, left the board in 2004.",
                 [("Evan Williams", "PERSON"), ("Blogger", "ORG")],
                 ("Evan Williams", "founded", "Blogger"), "appos_role_founder", id="co-founder-of"),
]


@pytest.mark.parametrize("text, specs, triple, rule", FOUND)
def test_found(nlp, text, specs, triple, rule):
    found = relations_of(nlp, text, specs, published="2016-03-10")
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert relation.rule == rule


def test_one_of_founders_keeps_the_role(nlp):
    found = relations_of(nlp, "Jack Dorsey, one of Twitter's founders, said little on Monday.",
                         [("Jack Dorsey", "PERSON"), ("Twitter", "ORG")])
    relation = find(found, "Jack Dorsey", "affiliated_with", "Twitter")
    assert relation is not None and relation.qualifiers.get("role") == "founder", found


NOT_FOUND = [
    # a name and a kind before an agency: the kind of service, no owner ("advertising agency")
    pytest.param("Zeta Corp's advertising agency Omega Inc said the campaign would start in May.",
                 [("Zeta Corp", "ORG"), ("Omega Inc", "ORG")], ("Omega Inc", "member_of", "Zeta Corp"),
                 id="possessive-service-agency"),
    # property is no organisation its owner has as a member
    pytest.param("The government seized Hato El Charcote, a beef cattle ranch owned by Agroflora, on Monday.",
                 [("Hato El Charcote", "ORG"), ("Agroflora", "ORG")], ("Hato El Charcote", "member_of", "Agroflora"),
                 id="owned-ranch"),
    # a shareholding under half is no subsidiary
    pytest.param("Taft Broadcasting, about 36-1/2 pct owned by the Bass group, said profits rose.",
                 [("Taft Broadcasting", "ORG"), ("Bass group", "ORG")], ("Taft Broadcasting", "member_of", "Bass group"),
                 id="minority-share"),
    # a deal that has not happened
    pytest.param("Regulators blocked Comcast's acquisition of Time Warner Cable last year.",
                 [("Comcast", "ORG"), ("Time Warner Cable", "ORG")], ("Comcast", "acquired", "Time Warner Cable"),
                 id="blocked-acquisition"),
    pytest.param("Comcast's proposed acquisition of Time Warner Cable worried regulators.",
                 [("Comcast", "ORG"), ("Time Warner Cable", "ORG")], ("Comcast", "acquired", "Time Warner Cable"),
                 id="proposed-acquisition"),
    # a part bought, a sale, a purchase only made possible: no acquisition by the subject
    pytest.param("Banner Industries Inc completed the purchase of shares in Rexnord Inc.",
                 [("Banner Industries Inc", "ORG"), ("Rexnord Inc", "ORG")], ("Banner Industries Inc", "acquired", "Rexnord Inc"),
                 id="purchase-of-shares"),
    pytest.param("Banner Industries Inc completed the share purchase of Rexnord Inc.",
                 [("Banner Industries Inc", "ORG"), ("Rexnord Inc", "ORG")], ("Banner Industries Inc", "acquired", "Rexnord Inc"),
                 id="share-purchase-of"),
    pytest.param("Banner Industries Inc completed the sale of Rexnord Inc to Wickes Cos Inc.",
                 [("Banner Industries Inc", "ORG"), ("Rexnord Inc", "ORG"), ("Wickes Cos Inc", "ORG")],
                 ("Banner Industries Inc", "acquired", "Rexnord Inc"), id="completed-the-sale-of"),
    pytest.param("Citicorp made the purchase of Rexnord Inc possible, Banner Industries Inc said.",
                 [("Citicorp", "ORG"), ("Rexnord Inc", "ORG"), ("Banner Industries Inc", "ORG")], ("Citicorp", "acquired", "Rexnord Inc"),
                 id="made-the-purchase-possible"),
    pytest.param("Banner Industries Inc completed the partial purchase of Rexnord Inc.",
                 [("Banner Industries Inc", "ORG"), ("Rexnord Inc", "ORG")], ("Banner Industries Inc", "acquired", "Rexnord Inc"),
                 id="partial-purchase-of"),
    pytest.param("Banner Industries Inc completed Wickes Cos Inc's purchase of Rexnord Inc.",
                 [("Banner Industries Inc", "ORG"), ("Wickes Cos Inc", "ORG"), ("Rexnord Inc", "ORG")],
                 ("Banner Industries Inc", "acquired", "Rexnord Inc"), id="completed-another-s-purchase"),
    pytest.param("Banner Industries Inc completed the investors' purchase of Rexnord Inc.",
                 [("Banner Industries Inc", "ORG"), ("Rexnord Inc", "ORG")], ("Banner Industries Inc", "acquired", "Rexnord Inc"),
                 id="completed-an-unnamed-owner-s-purchase"),
    pytest.param("The purchase of Rexnord Inc was completed, Banner Industries Inc said.",
                 [("Rexnord Inc", "ORG"), ("Banner Industries Inc", "ORG")], ("Banner Industries Inc", "acquired", "Rexnord Inc"),
                 id="purchase-was-completed"),
    pytest.param("Banner Industries Inc said its proposed acquisition of Rexnord Inc was completed.",
                 [("Banner Industries Inc", "ORG"), ("Rexnord Inc", "ORG")], ("Banner Industries Inc", "acquired", "Rexnord Inc"),
                 id="its-proposed-acquisition"),
    # a firm serving another is no part of it
    pytest.param("Mr Campbell messaged Newsnight after the programme investigated claims that Labour's advertising "
                 "agency TBWA was blaming him for controversy over its campaign posters.",
                 [("Campbell", "PERSON"), ("Newsnight", "ORG"), ("Labour", "ORG"), ("TBWA", "ORG")], ("TBWA", "member_of", "Labour"),
                 id="advertising-agency-before-the-name"),
    # a deal's target only by name: "the company" may be any of the story's
    pytest.param("Dart Group said Kohlberg Kravis completed its leveraged buyout of the company.",
                 [("Dart Group", "ORG"), ("Kohlberg Kravis", "ORG"), ("the company", "ORG", "Dart Group")],
                 ("Kohlberg Kravis", "acquired", "the company"), id="completed-buyout-of-a-description"),
    # "its" only: another's subsidiary, unnamed, is not the speaker's
    pytest.param("Harris Corp said the Dutch bank's subsidiary, Lanston Inc, would close.",
                 [("Harris Corp", "ORG"), ("Lanston Inc", "ORG")], ("Lanston Inc", "member_of", "Harris Corp"),
                 id="unnamed-owner-s-subsidiary"),
    # "its" subsidiary sold: no longer the company's
    pytest.param("Harris Corp said it sold its wholly-owned subsidiary, Harris Graphics Corp, to Wickes Cos Inc.",
                 [("Harris Corp", "ORG"), ("it", "ORG", "Harris Corp"), ("Harris Graphics Corp", "ORG"), ("Wickes Cos Inc", "ORG")],
                 ("Harris Graphics Corp", "member_of", "it"), id="sold-its-subsidiary"),
    pytest.param("Microsoft made a bid to buy Yahoo in 2008.",
                 [("Microsoft", "ORG"), ("Yahoo", "ORG")], ("Microsoft", "acquired", "Yahoo"), id="bid-to-buy"),
    # makers of different things in a list are no partners
    pytest.param("A poll by CNN found Trump ahead, while NBC News showed Clinton leading.",
                 [("CNN", "ORG"), ("Trump", "PERSON"), ("NBC News", "ORG"), ("Clinton", "PERSON")],
                 ("CNN", "partnered_with", "NBC News"), id="one-maker-each"),
    # a visit that did not take place
    pytest.param("Hillary Clinton will tour a factory in Ohio on Tuesday.",
                 [("Hillary Clinton", "PERSON"), ("Ohio", "GPE")], ("Hillary Clinton", "visited", "Ohio"),
                 id="future-tour"),
    # a post, not travel
    pytest.param("Bernie Sanders headed the committee in Vermont for years.",
                 [("Bernie Sanders", "PERSON"), ("Vermont", "GPE")], ("Bernie Sanders", "visited", "Vermont"),
                 id="headed-a-committee"),
    pytest.param("Bernie Sanders will head to Iowa after the debate.",
                 [("Bernie Sanders", "PERSON"), ("Iowa", "GPE")], ("Bernie Sanders", "visited", "Iowa"),
                 id="future-travel"),
    # a person's name the NER typed as a work is no work of the organisation's
    pytest.param("Fox News' Bill O'Reilly asked the question on Monday night.",
                 [("Fox News", "ORG"), ("Bill O'Reilly", "WORK_OF_ART")], ("Fox News", "developed", "Bill O'Reilly"),
                 id="person-typed-work"),
    # in a place, no day: maybe home
    pytest.param("Bernie Sanders was in Vermont when the news broke.",
                 [("Bernie Sanders", "PERSON"), ("Vermont", "GPE")], ("Bernie Sanders", "visited", "Vermont"),
                 id="was-in-place-no-day"),
    pytest.param("Donald Trump's planned rally in Chicago was canceled on Friday night.",
                 [("Donald Trump", "PERSON"), ("Chicago", "GPE")], ("Donald Trump", "visited", "Chicago"),
                 id="planned-rally"),
    pytest.param("Protesters vowed to disrupt Donald Trump's next rally in Chicago.",
                 [("Donald Trump", "PERSON"), ("Chicago", "GPE")], ("Donald Trump", "visited", "Chicago"),
                 id="next-rally"),
    pytest.param("Hillary Clinton is heading to California for a campaign swing.",
                 [("Hillary Clinton", "PERSON"), ("California", "GPE")], ("Hillary Clinton", "visited", "California"),
                 id="heading-to-not-yet"),
    # the relative clause's owner is the name it hangs on
    pytest.param("Verizon is the parent company of AOL, which owns The Huffington Post.",
                 [("Verizon", "ORG"), ("AOL", "ORG"), ("The Huffington Post", "ORG")],
                 ("The Huffington Post", "member_of", "Verizon"), id="owner-through-relative"),
    # a news organisation's investigation is reporting
    pytest.param("The Associated Press' lengthy investigation into Hillary Clinton's private meetings drew criticism.",
                 [("Associated Press", "ORG"), ("Hillary Clinton", "PERSON")],
                 ("Hillary Clinton", "investigated_by", "Associated Press"), id="press-investigation"),
    # a name modifying a noun after an organisation's possessive is no person of it
    pytest.param("She spoke during a sit-down in POLITICO's Rosslyn headquarters on Monday.",
                 [("POLITICO", "ORG"), ("Rosslyn", "PERSON")], ("Rosslyn", "affiliated_with", "POLITICO"),
                 id="possessive-before-modifier"),
    # a join that may come
    pytest.param("Kellyanne Conway may leave to join the Donald Trump campaign.",
                 [("Kellyanne Conway", "PERSON"), ("Donald Trump", "PERSON")],
                 ("Kellyanne Conway", "affiliated_with", "Donald Trump"), id="may-join-campaign"),
    # a pronoun's seat is a guess when another man is named as near (ArgumentFinder._safe_pronoun;
    # with Kasich alone before it the seat is his: test_pronoun_subjects.py)
    pytest.param("John Kasich met Jeb Bush. He focused on his years serving on the House Armed Services Committee.",
                 [("John Kasich", "PERSON"), ("Jeb Bush", "PERSON"), ("He", "PERSON", "John Kasich"),
                  ("House Armed Services Committee", "ORG")],
                 ("He", "affiliated_with", "House Armed Services Committee"), id="pronoun-seat"),
    # an apposition after coordinated names: no firm reading for the first
    pytest.param("Mr. Podesta and Todd Stern, the State Department's climate envoy, began negotiations with China.",
                 [("Podesta", "PERSON"), ("Todd Stern", "PERSON"), ("State Department", "ORG"), ("China", "GPE")],
                 ("Podesta", "affiliated_with", "State Department"), id="apposition-after-coordination"),
    # a campaign event others hosted
    pytest.param("Black mothers hosted a Hillary Clinton event in Jacksonville earlier this month.",
                 [("Hillary Clinton", "PERSON"), ("Jacksonville", "GPE")], ("Hillary Clinton", "visited", "Jacksonville"),
                 id="event-hosted-by-others"),
    # founding said of someone in a gerund clause ("talked about Obama being a founder of ISIS")
    pytest.param("Donald Trump had talked about Obama being a founder of ISIS.",
                 [("Donald Trump", "PERSON"), ("Obama", "PERSON"), ("ISIS", "ORG")], ("Obama", "founded", "ISIS"),
                 id="being-a-founder"),
    # a donor or fund-raiser holds no post on the campaign
    pytest.param("Mr. Effron is also a major donor and fund-raiser for the Hillary Clinton campaign.",
                 [("Effron", "PERSON"), ("Hillary Clinton", "PERSON")], ("Effron", "affiliated_with", "Hillary Clinton"),
                 id="fund-raiser-for-campaign"),
    # a region in a role served is its beat
    pytest.param("Victor Cha, who served as Asia director for the National Security Council, spoke.",
                 [("Victor Cha", "PERSON"), ("Asia", "LOC"), ("National Security Council", "ORG")],
                 ("Victor Cha", "lives_in", "Asia"), id="served-beat-no-home"),
    # a critic holds no post on the campaign
    pytest.param("Jane Doe, a critic of the Sanders campaign, complained on Monday.",
                 [("Jane Doe", "PERSON"), ("Sanders", "PERSON")], ("Jane Doe", "affiliated_with", "Sanders"),
                 id="critic-of-campaign"),
    # no founder role, no founding
    pytest.param("John Smith, a former adviser to the company, said it was founded in Ohio.",
                 [("John Smith", "PERSON"), ("Ohio", "GPE")], ("John Smith", "founded", "Ohio"), id="no-founder-role"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_FOUND)
def test_not_found(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs, published="2016-03-10")
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


@pytest.mark.parametrize("text, modality, polarity", [
    ("Banner Industries Inc expects to complete its acquisition of Rexnord Inc in April.", "hedged", "affirmed"),
    ("Banner Industries Inc will complete the purchase of Rexnord Inc next month.", "hedged", "affirmed"),
    ("Banner Industries Inc did not complete the purchase of Rexnord Inc.", "asserted", "negated"),
    ("Banner Industries Inc completed the purchase of Rexnord Inc last week.", "asserted", "affirmed"),
], ids=["expects-to-complete", "will-complete", "did-not-complete", "completed"])
def test_a_completed_deal_takes_the_verb_s_modality(nlp, text, modality, polarity):
    found = relations_of(nlp, text, [("Banner Industries Inc", "ORG"), ("Rexnord Inc", "ORG")], published="1987-03-10")
    relation = find(found, "Banner Industries Inc", "acquired", "Rexnord Inc")
    assert relation is not None, found
    assert (relation.modality, relation.polarity) == (modality, polarity)
