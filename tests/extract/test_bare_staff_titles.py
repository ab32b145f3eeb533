"""A personal staff title with nobody of its own before a name ("spokesman John Hall said") is the
staff of the one person a possessive gave the same title, unnamed, in the sentence before
(relations/role_rules._staff_of_one_named_before). One table row per condition."""
from __future__ import annotations

import pytest

from tests.extract.test_coref_forward import claims

ROWS = [
    ("her spokesman the sentence before",
     "Mary Jones died on Thursday at 91, her spokesman said. Jones died in her sleep, spokesman John Hall said.",
     [("John Hall", "Mary Jones")]),
    ("a name's possessive the sentence before",
     "Mary Jones's spokesman said she died on Thursday. Jones died in her sleep, spokesman John Hall said.",
     [("John Hall", "Mary Jones")]),
    ("her lawyer the sentence before",
     "Mary Jones left the clinic on Monday, her lawyer said. She will return next week, lawyer Ann Lee said.",
     [("Ann Lee", "Mary Jones")]),
    ("no possessive title before: nobody's spokesman",
     "Mary Jones died on Thursday at 91, police said. Jones died in her sleep, spokesman John Hall said.",
     []),
    ("her spokesman named before: he may be another",
     "Mary Jones died on Thursday at 91, her spokesman Tim Brown said. Jones died in her sleep, spokesman "
     "John Hall said.",
     []),
    ("her of two women: no telling whose",
     "Mary Jones and Ann Smith met on Thursday, her spokesman said. The talks went well, spokesman John Hall said.",
     []),
    ("two sentences back is too far",
     "Mary Jones died on Thursday, her spokesman said. The funeral is private. Details will follow, spokesman "
     "John Hall said.",
     []),
    ("a title of its own organisation",
     "Mary Jones died on Thursday at 91, her spokesman said. Jones died in her sleep, police spokesman John "
     "Hall said.",
     []),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[r[0] for r in ROWS])
def test_bare_staff_title(nlp, name, text, expected):
    found = [(s, o) for s, p, o, q in claims(nlp, text) if p == "affiliated_with" and o in ("Mary Jones", "Ann Smith")
             and s not in ("Tim Brown",)]
    assert found == expected
