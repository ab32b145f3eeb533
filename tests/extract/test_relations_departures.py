"""Leaving, founding, places inside noun phrases, ties that are no posts, posts in a firm's unit: one
table row per construction, with the readings each must not make. Mentions are given by hand, so the
rows test the relation rules alone."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import assert_found, find, relations_of

P, O, G = "PERSON", "ORG", "GPE"

FOUND = [
    pytest.param(
        "Robert Kilroy-Silk, who recently quit the UK Independence Party, said the country was being stolen.",
        [("Robert Kilroy-Silk", P), ("UK Independence Party", O)],
        ("Robert Kilroy-Silk", "affiliated_with", "UK Independence Party"), "departure", {"status": "former"},
        id="relative-quit"),
    pytest.param(
        "Judy Boynton was forced to resign from Shell in April after the reserves scandal.",
        [("Judy Boynton", P), ("Shell", O)],
        ("Judy Boynton", "affiliated_with", "Shell"), "departure", {"status": "former"}, id="forced-to-resign-is-done"),
    pytest.param(
        "Mr Hockney also left UKIP saying the new party would deliver better results.",
        [("Hockney", P), ("UKIP", O)],
        ("Hockney", "affiliated_with", "UKIP"), "departure", {"status": "former"}, id="left-with-participle"),
    pytest.param(
        "Mr Howard eventually left Llanelli Grammar School to go to Cambridge University in 1959.",
        [("Howard", P), ("Llanelli Grammar School", O), ("Cambridge University", O)],
        ("Howard", "affiliated_with", "Llanelli Grammar School"), "departure", {"status": "former"},
        id="left-to-go-elsewhere"),
    pytest.param(
        "Robert Kilroy-Silk launched his new party, Veritas, in London on Wednesday.",
        [("Robert Kilroy-Silk", P), ("Veritas", O), ("London", G)],
        ("Robert Kilroy-Silk", "founded", "Veritas"), "verb_active", {}, id="launched-party-apposition"),
    pytest.param(
        "The World Economic Forum in the Swiss resort of Davos opened on Wednesday with a speech by Tony Blair.",
        [("World Economic Forum", O), ("Davos", G), ("Tony Blair", P)],
        ("World Economic Forum", "located_in", "Davos"), "org_prep_place", {}, id="in-the-resort-of"),
    pytest.param(
        "Nissan's UK chief executive Bob Jones will step down next month, the carmaker said.",
        [("Nissan", O), ("UK", G), ("Bob Jones", P)],
        ("Bob Jones", "affiliated_with", "Nissan"), "title_org", {"role": "UK chief executive"},
        id="firms-country-unit-post"),
    pytest.param(
        "Jane Roe, US economist at Merrill Lynch, said interest rates would rise.",
        [("Jane Roe", P), ("US", G), ("Merrill Lynch", O)],
        ("Jane Roe", "affiliated_with", "Merrill Lynch"), "appos_role", {"role": "US economist"},
        id="country-economist-at-firm-role"),
    # signing someone to a named organisation: the organisation is whom they sign for
    pytest.param(
        "Pete Waterman signed Kylie Minogue to PWL in 1987, and her first single was a hit.",
        [("Pete Waterman", P), ("Kylie Minogue", P), ("PWL", O)],
        ("Kylie Minogue", "affiliated_with", "PWL"), "roster_sign", {"status": "current"}, id="signed-to-label"),
    pytest.param(
        "Jane Doe, Ohio director for Acme Corp, said the plant would close in the spring.",
        [("Jane Doe", P), ("Ohio", G), ("Acme Corp", O)],
        ("Jane Doe", "lives_in", "Ohio"), "appos_place", {}, id="state-director-still-home"),
    pytest.param(
        "Jane Doe, a Boston lawyer, said the case against the company was weak.",
        [("Jane Doe", P), ("Boston", G)],
        ("Jane Doe", "lives_in", "Boston"), "appos_place", {}, id="place-lawyer-still-home"),
]


@pytest.mark.parametrize("text, specs, triple, rule, qualifiers", FOUND)
def test_found(nlp, text, specs, triple, rule, qualifiers):
    found = relations_of(nlp, text, specs, published="2005-01-01")
    assert_found(found, triple, rule, qualifiers)


NOT_FOUND = [
    # a departure asked for, owed or possible is none
    pytest.param("Mr Smith should resign from Acme, the union said on Monday.",
                 [("Smith", P), ("Acme", O)], ("Smith", "affiliated_with", "Acme"), id="should-resign"),
    pytest.param("Labour MPs called on Peter Hain to quit the Cabinet on Monday.",
                 [("Labour MPs", P), ("Peter Hain", P), ("Cabinet", O)], ("Labour MPs", "affiliated_with", "Cabinet"),
                 id="called-on-to-quit"),
    pytest.param("Jens Lehmann may have to quit Arsenal to keep his World Cup place, Jurgen Klinsmann said.",
                 [("Jens Lehmann", P), ("Arsenal", O), ("Jurgen Klinsmann", P)],
                 ("Jens Lehmann", "affiliated_with", "Arsenal"), id="may-have-to-quit"),
    # "leave" putting something in a state, or leaving one's things behind
    pytest.param("Ashley Cole refused to blame Robin van Persie for leaving Arsenal with no fit strikers.",
                 [("Ashley Cole", P), ("Robin van Persie", P), ("Arsenal", O)],
                 ("Robin van Persie", "affiliated_with", "Arsenal"), id="leaving-with"),
    pytest.param("Jemima Khan reportedly left her iPod and her purse in a cab on Friday.",
                 [("Jemima Khan", P), ("iPod", O)], ("Jemima Khan", "affiliated_with", "iPod"), id="left-her-things"),
    # founding: not a government's side, not a possessor
    pytest.param("The Queen asked Harold Wilson to form a Labour government in 1974.",
                 [("Harold Wilson", P), ("Labour", O)], ("Harold Wilson", "founded", "Labour"), id="form-a-government"),
    pytest.param("Launching the Department for Constitutional Affairs' plan, Lord Falconer said victims would gain.",
                 [("Department for Constitutional Affairs", O), ("Falconer", P)],
                 ("Falconer", "founded", "Department for Constitutional Affairs"), id="launching-an-owners-plan"),
    # a post in a firm's unit for a country is no office of the state
    pytest.param("Nissan said its UK chief executive Bob Jones would step down next month.",
                 [("Nissan", O), ("UK", G), ("Bob Jones", P)], ("Bob Jones", "affiliated_with", "UK"),
                 id="its-country-unit-post"),
    # a deed or a family tie is no post, whatever the NER made of the one named
    pytest.param("Police said Napier's killer Tom Jones was jailed for life on Monday.",
                 [("Napier", O), ("Tom Jones", P)], ("Tom Jones", "affiliated_with", "Napier"), id="killer-title"),
    pytest.param("Napier's widow Jane Jones said the family was relieved by the verdict.",
                 [("Napier", O), ("Jane Jones", P)], ("Jane Jones", "affiliated_with", "Napier"), id="widow-title"),
    # the signer who owns the label, or runs it, is not whom the artist signs for
    pytest.param("Pop mogul Acme Music, which signed Will Young up to its S Records label, was sold on Monday.",
                 [("Acme Music", O), ("Will Young", P), ("S Records", O)],
                 ("Will Young", "affiliated_with", "Acme Music"), id="signed-up-to-owners-label"),
    pytest.param("Acme Music signed Will Young to its new label in 2002, the singer said.",
                 [("Acme Music", O), ("Will Young", P)], ("Will Young", "affiliated_with", "Acme Music"),
                 id="signed-to-unnamed-label"),
    # a place before a job whose employer is named is the job's beat or unit, no home
    pytest.param("Jane Roe, US economist at Merrill Lynch, said interest rates would rise.",
                 [("Jane Roe", P), ("US", G), ("Merrill Lynch", O)], ("Jane Roe", "lives_in", "US"),
                 id="country-economist-at-firm"),
    # a deed's place is no home
    pytest.param("Tom Jones, a gunman in Paris, was arrested by police on Monday.",
                 [("Tom Jones", P), ("Paris", G)], ("Tom Jones", "lives_in", "Paris"), id="gunman-in-place"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_FOUND)
def test_not_found(nlp, text, specs, triple):
    found = [f for f in relations_of(nlp, text, specs, published="2005-01-01") if f[3].rule != "learned_pair"]
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]
