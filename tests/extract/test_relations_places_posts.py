"""Places inside places and posts at organisations that judge11r/judge11r2 (session 11) found unread:
"the Porta Nuova area of Palermo" (a city's part written either way round), "a Vancouver, B.C.
business" ("<place>, <region>" before a noun), "a Kraft plant in Philadelphia" (a site the pair
scorer vetoed), "her job at the Kraft Plant" (a post by its possessor), "head of Mafia clans", "one
of 99 alleged Mafia members", "had taken over control of ..." and "checked into / admitted herself
to <clinic>" (a visit, counted borderline by the judges). One table row per
construction, and the readings each must not make. Mentions are given by hand, so the rows test the
relation rules alone. Main built the place rows and the job/site rows at the same time (rec11's
place_containers/job_at/site_noun changes); they stay here as regression rows beside the new ones
(parts and workplaces of an organisation, took_control, counted members, FAC workplaces, states side
by side before a noun, patients)."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

FOUND = [
    # a part of a city: the part first ("of": the one name the place table does not know is the part)
    pytest.param("Police said the shooting happened in the Porta Nuova area of Palermo on Tuesday.",
                 [("Porta Nuova", "ORG"), ("Palermo", "GPE")],
                 ("Porta Nuova", "located_in", "Palermo"), "place_kind", {}, id="part-first-area-of"),
    pytest.param("The family lives in the Kalsa district of Palermo, near the port.",
                 [("Kalsa", "GPE"), ("Palermo", "GPE")],
                 ("Kalsa", "located_in", "Palermo"), "place_kind", {}, id="part-first-district-of"),
    # ... and the city first
    pytest.param("Raids were carried out in the Brussels neighborhood of Molenbeek on Friday.",
                 [("Brussels", "GPE"), ("Molenbeek", "GPE")],
                 ("Molenbeek", "located_in", "Brussels"), "place_kind", {}, id="city-first-neighborhood-of"),
    # a place with "in" and a known place hung on its name
    pytest.param("The tsunami hit several regions, such as Aceh in Indonesia, hardest.",
                 [("Aceh", "GPE"), ("Indonesia", "GPE")],
                 ("Aceh", "located_in", "Indonesia"), "place_in_place", {}, id="place-in-known-place"),
    # a "from"/"for" phrase set off by commas after a name describes the person, as an apposition does
    pytest.param("John Sweetman, from the Federation of Small Businesses, said firms were worried.",
                 [("John Sweetman", "PERSON"), ("Federation of Small Businesses", "ORG")],
                 ("John Sweetman", "affiliated_with", "Federation of Small Businesses"), "person_prep_org", {},
                 id="from-an-organisation-between-commas"),
    pytest.param("Jane Roe, for the Federation of Small Businesses, said firms were worried.",
                 [("Jane Roe", "PERSON"), ("Federation of Small Businesses", "ORG")],
                 ("Jane Roe", "affiliated_with", "Federation of Small Businesses"), "person_prep_org", {},
                 id="for-an-organisation-between-commas"),
    # the parse hangs both "in" phrases on the verb
    pytest.param("The talks will be held in Pusan in South Korea next month, officials said.",
                 [("Pusan", "GPE"), ("South Korea", "GPE")],
                 ("Pusan", "located_in", "South Korea"), "place_in_place", {}, id="place-then-country-in-phrases"),
    pytest.param("It has yet to attain the stature of events held in Hong Kong, Tokyo and Pusan in South Korea.",
                 [("Hong Kong", "GPE"), ("Tokyo", "GPE"), ("Pusan", "GPE"), ("South Korea", "GPE")],
                 ("Pusan", "located_in", "South Korea"), "place_in_place", {}, id="last-of-a-list-then-country"),
    # "<place>, <region>" premodifying a noun
    pytest.param("The suspect was arrested at a Vancouver, B.C. business on Friday.",
                 [("Vancouver", "GPE"), ("B.C.", "GPE")],
                 ("Vancouver", "located_in", "B.C."), "place_comma_place", {}, id="city-region-before-noun"),
    # an organisation's site: the scorer vetoed it beside a shooting
    pytest.param("Two men were shot at a Kraft plant in Philadelphia on Thursday.",
                 [("Kraft", "ORG"), ("Philadelphia", "GPE")],
                 ("Kraft", "located_in", "Philadelphia"), "site_noun", {}, id="site-beside-an-event"),
    pytest.param("Carrier's plant in Indianapolis will close next year, the company said.",
                 [("Carrier", "ORG"), ("Indianapolis", "GPE")],
                 ("Carrier", "located_in", "Indianapolis"), "site_noun", {}, id="possessive-site"),
    # a post by its possessor
    pytest.param("Yvonne Hiller was suspended from her job at the Kraft Plant, police said.",
                 [("Yvonne Hiller", "PERSON"), ("her", "PERSON", "Yvonne Hiller"), ("Kraft Plant", "FAC")],
                 ("Yvonne Hiller", "affiliated_with", "Kraft Plant"), "job_at", {},
                 id="job-at-a-plant"),
    pytest.param("Jane Smith lost her job at Acme Corp. last year.",
                 [("Jane Smith", "PERSON"), ("her", "PERSON", "Jane Smith"), ("Acme Corp.", "ORG")],
                 ("Jane Smith", "affiliated_with", "Acme Corp."), "job_at", {"status": "former"}, id="lost-job"),
    pytest.param("Jane Smith left her job at Acme Corp. in 2019.",
                 [("Jane Smith", "PERSON"), ("Acme Corp.", "ORG")],
                 ("Jane Smith", "affiliated_with", "Acme Corp."), "departure", {"status": "former"},
                 id="left-job-at-on-the-verb"),
    # memberships and leadership of an organisation through its parts, by taking it over, counted
    pytest.param("Gaetano Rossi, 52, head of Mafia clans in Palermo, was arrested.",
                 [("Gaetano Rossi", "PERSON"), ("Mafia", "ORG"), ("Palermo", "GPE")],
                 ("Gaetano Rossi", "affiliated_with", "Mafia"), "appos_role", {"role": "head"}, id="head-of-org-clans"),
    pytest.param("Gaetano Rossi was one of 99 alleged Sicilian Mafia members arrested in the raid.",
                 [("Gaetano Rossi", "PERSON"), ("Mafia", "ORG")],
                 ("Gaetano Rossi", "affiliated_with", "Mafia"), "copula_role", {"role": "member"},
                 id="one-of-counted-members"),
    pytest.param("Gaetano Rossi, who had taken over control of Mafia clans in Palermo, was arrested.",
                 [("Gaetano Rossi", "PERSON"), ("who", "PERSON", "Gaetano Rossi"), ("Mafia", "ORG"),
                  ("Palermo", "GPE")],
                 ("who", "affiliated_with", "Mafia"), "took_control", {"role": "head"}, id="took-over-control-of"),
    pytest.param("Jane Roe took control of Acme Corp. in 2001 after a long fight.",
                 [("Jane Roe", "PERSON"), ("Acme Corp.", "ORG")],
                 ("Jane Roe", "affiliated_with", "Acme Corp."), "took_control", {"role": "head"}, id="took-control-of"),
    # a stay at a clinic or hotel is a visit
    pytest.param("Jane Smith checked into the Betty Ford Center on Monday.",
                 [("Jane Smith", "PERSON"), ("Betty Ford Center", "ORG")],
                 ("Jane Smith", "visited", "Betty Ford Center"), "verb_prep", {}, id="checked-into"),
    pytest.param("Jane Smith admitted herself to the Betty Ford Center on Monday.",
                 [("Jane Smith", "PERSON"), ("Betty Ford Center", "ORG")],
                 ("Jane Smith", "visited", "Betty Ford Center"), "verb_prep", {}, id="admitted-herself-to"),
    # a workplace typed FAC employs its staff; an organisation's unnamed plant stands for it
    pytest.param("Yvonne Hiller worked at the Kraft Plant for years.",
                 [("Yvonne Hiller", "PERSON"), ("Kraft Plant", "FAC")],
                 ("Yvonne Hiller", "affiliated_with", "Kraft Plant"), "verb_prep", {}, id="worked-at-a-named-plant"),
    pytest.param("Yvonne Hiller, an employee at the Kraft Plant, was arrested.",
                 [("Yvonne Hiller", "PERSON"), ("Kraft Plant", "FAC")],
                 ("Yvonne Hiller", "affiliated_with", "Kraft Plant"), "appos_role", {"role": "employee"},
                 id="employee-at-a-named-plant"),
    pytest.param("Yvonne Hiller lost her job at the Kraft plant in Philadelphia.",
                 [("Yvonne Hiller", "PERSON"), ("her", "PERSON", "Yvonne Hiller"), ("Kraft", "ORG"),
                  ("Philadelphia", "GPE")],
                 ("Yvonne Hiller", "affiliated_with", "Kraft"), "job_at", {"status": "former"},
                 id="job-at-an-organisations-plant"),
]


@pytest.mark.parametrize("text, specs, triple, rule, qualifiers", FOUND)
def test_found(nlp, text, specs, triple, rule, qualifiers):
    found = relations_of(nlp, text, specs)
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert relation.rule == rule
    for key, value in qualifiers.items():
        assert relation.qualifiers.get(key) == value, relation.qualifiers


NOT_FOUND = [
    # both names known places: which is the part is not said
    pytest.param("She grew up in the Washington Heights neighborhood of Manhattan.",
                 [("Washington Heights", "GPE"), ("Manhattan", "GPE")],
                 ("Manhattan", "located_in", "Washington Heights"), id="both-known-no-order"),
    pytest.param("Sales in the Chicago area of the company fell.", [("Chicago", "GPE")], None, id="area-of-no-place"),
    # states side by side before a noun, a list
    pytest.param("The Iowa, New Hampshire contests are next for the candidates.",
                 [("Iowa", "GPE"), ("New Hampshire", "GPE")],
                 ("Iowa", "located_in", "New Hampshire"), id="states-side-by-side"),
    pytest.param("Delegates from the Texas, Oklahoma and Kansas delegations met.",
                 [("Texas", "GPE"), ("Oklahoma", "GPE"), ("Kansas", "GPE")],
                 ("Texas", "located_in", "Oklahoma"), id="states-in-a-list"),
    pytest.param("Voters in Dallas, Houston and Austin turned out on Tuesday.",
                 [("Dallas", "GPE"), ("Houston", "GPE"), ("Austin", "GPE")],
                 ("Dallas", "located_in", "Houston"), id="cities-in-a-list"),
    pytest.param("It has yet to attain the stature of events held in Hong Kong, Tokyo and Pusan in South Korea.",
                 [("Hong Kong", "GPE"), ("Tokyo", "GPE"), ("Pusan", "GPE"), ("South Korea", "GPE")],
                 ("Tokyo", "located_in", "South Korea"), id="only-the-last-of-a-list"),
    # "for" outside commas is a deed's beneficiary, not a body spoken for
    pytest.param("The prize went to Jane Roe for the Federation of Small Businesses last year.",
                 [("Jane Roe", "PERSON"), ("Federation of Small Businesses", "ORG")],
                 ("Jane Roe", "affiliated_with", "Federation of Small Businesses"), id="for-without-commas"),
    # a country with "in" is a stance or an army, not a place inside another
    pytest.param("The campaign for Britain in Europe was launched on Monday.",
                 [("Britain", "GPE"), ("Europe", "LOC")],
                 ("Britain", "located_in", "Europe"), id="country-in-a-region"),
    # a person's building, a job sought: no site, no post
    pytest.param("Tom Brown applied for a job at Goldman Sachs last year.",
                 [("Tom Brown", "PERSON"), ("Goldman Sachs", "ORG")],
                 ("Tom Brown", "affiliated_with", "Goldman Sachs"), id="job-sought"),
    pytest.param("Republicans took control of the Senate in 2014.", [("Republicans", "ORG"), ("Senate", "ORG")],
                 ("Republicans", "affiliated_with", "Senate"), id="an-organisation-takes-control"),
    pytest.param("Jane Smith was admitted to Harvard University in 2001.",
                 [("Jane Smith", "PERSON"), ("Harvard University", "ORG")],
                 ("Jane Smith", "visited", "Harvard University"), id="admitted-to-a-school"),
    pytest.param("Jane Smith will check into the Mayo Clinic next week.", [("Jane Smith", "PERSON"), ("Mayo Clinic", "ORG")],
                 ("Jane Smith", "visited", "Mayo Clinic"), id="check-in-to-come"),
    pytest.param("Jane Doe, a patient at the Walter Reed Hospital, died on Monday.",
                 [("Jane Doe", "PERSON"), ("Walter Reed Hospital", "ORG")],
                 ("Jane Doe", "affiliated_with", "Walter Reed Hospital"), id="a-patient-holds-no-post"),
    pytest.param("John Doe, an inmate at Rikers Island Prison, died on Monday.",
                 [("John Doe", "PERSON"), ("Rikers Island Prison", "FAC")],
                 ("John Doe", "affiliated_with", "Rikers Island Prison"), id="a-prison-is-no-workplace-name"),
    pytest.param("Yvonne Hiller, an employee at a Kraft plant in Philadelphia, was arrested.",
                 [("Yvonne Hiller", "PERSON"), ("Kraft", "ORG"), ("Philadelphia", "GPE")],
                 ("Yvonne Hiller", "lives_in", "Philadelphia"), id="the-plants-place-is-no-home"),
    pytest.param("John Kerry praised her work at the State Department.",
                 [("John Kerry", "PERSON"), ("State Department", "ORG")],
                 ("John Kerry", "affiliated_with", "State Department"), id="work-is-no-post"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_FOUND)
def test_not_found(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    if triple is None:
        assert not [r for s, p, o, r in found if r.predicate == "located_in"], found
    else:
        assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]
