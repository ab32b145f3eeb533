"""A company's brands and the things it makes (relations/brand_makers.py, rule brand_maker): a
maker only an organisation, the thing made only a name as the object, no complement after it."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

MADE = [
    pytest.param("Acme Brewing, which makes Silver Crown, said profits rose.",
                 [("Acme Brewing", "ORG"), ("Silver Crown", "PERSON")],
                 ("Acme Brewing", "developed", "Silver Crown"), id="which-makes-a-person-shaped-brand"),
    pytest.param("Beta Health, which makes the Velvo brand of soap, is up for sale.",
                 [("Beta Health", "ORG"), ("Velvo", "ORG")],
                 ("Beta Health", "developed", "Velvo"), id="the-name-on-a-brand-noun"),
    pytest.param("Zeta Motors, whose brands include Arrow, Comet and Falcon, lost money.",
                 [("Zeta Motors", "ORG"), ("Arrow", "ORG"), ("Comet", "ORG"), ("Falcon", "ORG")],
                 ("Zeta Motors", "developed", "Falcon"), id="whose-brands-include"),
    pytest.param("Omega Foods said sales fell. Its brands include Crunchy Bix and Morning Gold.",
                 [("Omega Foods", "ORG"), ("Crunchy Bix", "ORG"), ("Morning Gold", "ORG")],
                 ("Omega Foods", "developed", "Morning Gold"), id="its-brands-after-the-company-spoke"),
]

NOT_MADE = [
    # an object complement: the club makes him something, it does not make him
    pytest.param("Northfield United, which made John Smith captain, won again.",
                 [("Northfield United", "ORG"), ("John Smith", "PERSON")],
                 ("Northfield United", "developed", "John Smith"), id="object-complement"),
    # a person makes no brand here (a musician "makes" a record of someone else's)
    pytest.param("Jane Roe, who makes Silver Crown, spoke.",
                 [("Jane Roe", "PERSON"), ("Silver Crown", "ORG")],
                 ("Jane Roe", "developed", "Silver Crown"), id="a-person-maker"),
    # a place is never a brand
    pytest.param("Acme Brewing, which makes Belgium proud, said profits rose.",
                 [("Acme Brewing", "ORG"), ("Belgium", "GPE")],
                 ("Acme Brewing", "developed", "Belgium"), id="a-place"),
    # two companies speaking before: whose brands "its" are is a guess
    pytest.param("Omega Foods and Delta Drinks said sales fell. Its brands include Crunchy Bix.",
                 [("Omega Foods", "ORG"), ("Delta Drinks", "ORG"), ("Crunchy Bix", "ORG")],
                 ("Omega Foods", "developed", "Crunchy Bix"), id="its-with-two-companies-before"),
]


@pytest.mark.parametrize("text, specs, triple", MADE)
def test_brand_maker(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs, published="2005-01-10")
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert relation.rule == "brand_maker"


@pytest.mark.parametrize("text, specs, triple", NOT_MADE)
def test_no_brand_maker(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs, published="2005-01-10"), *triple) is None
