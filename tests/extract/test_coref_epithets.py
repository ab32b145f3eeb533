"""A nationality or an age standing for a person ("the Dutchman said", "the 27-year-old Austrian
said") is the article's main person, when the latest sentence naming anyone names them; otherwise,
and for a people ("the Irish"), nobody."""
from __future__ import annotations

import pytest

from pipeline.extract.coreference.links import link_references
from pipeline.extract.entities.mentions import collect_mentions
from pipeline.name_strings import country_of_native


def _linked(nlp, text: str, reference: str) -> str | None:
    doc = nlp(text)
    mentions = link_references(doc, collect_mentions(doc))
    by_index = {m.index: m for m in mentions}
    found = [by_index[m.refers_to].text for m in mentions if m.text == reference and m.refers_to is not None]
    return found[0] if found else None


JOL = ("Tottenham manager Martin Jol was happy with the point. The club's doctor, Hamish Osborne, said: \"We will "
       "assess him tomorrow.\" Jol praised his players. \"We were the better side,\" the Dutchman said.")
KOUBEK = ("Stefan Koubek has been banned for three months by the International Tennis Federation. Koubek believes an "
          "injection given to him by a doctor is to blame. \"I have acted correctly,\" the 27-year-old Austrian said "
          "in a statement.")


@pytest.mark.parametrize("text, reference, person", [
    (JOL, "the Dutchman", "Jol"),
    (KOUBEK, "the 27-year-old Austrian", "Koubek"),
    # named last in another person's sentence: the epithet may be that person's, so nobody
    (JOL.replace("Jol praised his players.", "Jol praised his players. Robbie Keane scored twice.")
     .replace("Dutchman", "Irishman"),
     "the Irishman", None),
    # two people named as often: nobody stands out
    ("Martin Jol met Harry Redknapp. \"We were the better side,\" the Dutchman said.", "the Dutchman", None),
    # the person's stated nationality rules the epithet out
    ("Australian Mark Philippoussis lost in the first round. Philippoussis was unhappy. \"I was poor,\" the Dutchman "
     "said.", "the Dutchman", None),
    # an age before a name: the name says who
    ('Wladimir Klitschko stopped Tony Thompson in Bern. Klitschko floored Thompson. The American never recovered. '
     'Thompson was down again in the sixth. "I am satisfied," said the 36-year-old Klitschko.',
     "the 36-year-old Klitschko", None),
    # a people, not a person
    ("Ireland coach Brian Kerr named his squad. Kerr was confident. In their last meeting, the Irish beat Italy.",
     "the Irish", None),
    # an apposition names it right there
    ("Omar Mateen prayed at the mosque. Mateen knelt for an hour. The Dutchman, Jan Smit, also prayed here.",
     "The Dutchman", None),
])
def test_an_epithet_is_the_main_person_or_nobody(nlp, text, reference, person):
    linked = _linked(nlp, text, reference)
    assert linked == person if person is None else linked.endswith(person)


def test_an_age_before_a_noun_for_a_person_is_the_person_by_a_persons_name(nlp):
    # "Versace's townhouse" typed ORG counts for him, but the link goes to his name typed PERSON
    text = ("The art collection of murdered fashion designer Gianni Versace could fetch up to 9m when it is "
            "auctioned. Among the pictures for sale are works by Roy Lichtenstein, Andy Warhol and Henri Matisse. "
            "The collection was housed at Versace's six-storey New York townhouse. The 51-year-old designer was "
            "shot outside his Florida home in 1997.")
    assert _linked(nlp, text, "The 51-year-old designer") == "Gianni Versace"
    assert _linked(nlp, text.replace("designer", "building"), "The 51-year-old building") is None


@pytest.mark.parametrize("word, country", [
    ("Dutchman", "Netherlands"), ("Spaniard", "Spain"), ("Briton", "United Kingdom"), ("Australian", "Australia"),
    ("American", "United States"), ("Czech", "Czechia"), ("Irish", None), ("Chinese", None), ("Kremlin", None),
    ("Netherlands", None), ("US", None),
])
def test_country_of_native(word, country):
    assert country_of_native(word) == country
