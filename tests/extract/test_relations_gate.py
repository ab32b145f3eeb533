"""The syntax gate for pairs only the learned scorer proposes (pair_gate.is_stated_pair).

Each row is a sentence, two name surfaces with their coarse types, and whether the sentence's
syntax could state the pair's relation. The gate sees only the parse, never the scorer.
"""
from __future__ import annotations

import pytest

from pipeline.extract.relations.pair_gate import is_stated_pair


def _span(doc, surface: str):
    start = doc.text.index(surface)
    return doc.char_span(start, start + len(surface), alignment_mode="expand")


GATE_CASES = [
    # killed needs a kill word on the path or on either name
    ("Lee Harvey Oswald shot John Kennedy in Dallas.", "Lee Harvey Oswald", "John Kennedy", ("PER", "PER"), True),
    ("Kennedy's assassin Lee Harvey Oswald was himself shot two days later.", "Lee Harvey Oswald", "Kennedy",
     ("PER", "PER"), True),
    ("Brad Nelson passed the puck to Matt Murray in the second period.", "Brad Nelson", "Matt Murray",
     ("PER", "PER"), False),
    # a kill verb with a subject of its own names the killer
    ("Mary Smith said that the soldiers killed John Brown.", "Mary Smith", "John Brown", ("PER", "PER"), False),
    # a kill word must state a killing of the one by the other (judge 6p #79 and the killed glance)
    ("Mary Lane was shot in the head and Anna Wells was shot in the leg.", "Mary Lane", "Anna Wells",
     ("PER", "PER"), False),
    ("Officer Tim Ross was shot while investigating Carl Diaz.", "Tim Ross", "Carl Diaz", ("PER", "PER"), False),
    ("Jane Reid shot to fame in the 1999 movie with Tom Green.", "Jane Reid", "Tom Green", ("PER", "PER"), False),
    ("Tom Baker came in, lacking Jim Carter's shooting touch.", "Tom Baker", "Jim Carter", ("PER", "PER"), False),
    ("Lawyer Tom Lynch must prove that his client did not pull the trigger and kill Mark Thomas.", "Tom Lynch",
     "Mark Thomas", ("PER", "PER"), False),
    ("Carl Diaz shot and killed Tim Ross on Friday.", "Carl Diaz", "Tim Ross", ("PER", "PER"), True),
    ("The speech was given by Anna Smith, whose son Tom was killed in the 2012 attack.", "Anna Smith", "Tom",
     ("PER", "PER"), False),
    ("Tim Ross was shot by Carl Diaz.", "Carl Diaz", "Tim Ross", ("PER", "PER"), True),
    # places need a place word or link between them
    ("Maria Lopez lives in Madrid with her two sons.", "Maria Lopez", "Madrid", ("PER", "LOC"), True),
    ("The plant in Rockville, Maryland, closed.", "Rockville", "Maryland", ("LOC", "LOC"), True),
    ("Russia beat Croatia, Colombia's team lost.", "Croatia", "Colombia", ("LOC", "LOC"), False),
    ("John Smith praised the new policy, while Germany rejected it.", "John Smith", "Germany", ("PER", "LOC"), False),
    # affiliations need a preposition, a link or a role word
    ("Jane Doe of Acme Corporation announced the results.", "Jane Doe", "Acme Corporation", ("PER", "ORG"), True),
    ("Jane Doe praised the report, but Acme Corporation disputed its figures.", "Jane Doe", "Acme Corporation",
     ("PER", "ORG"), False),
    # an event verb between a person and a place places the event, not the person
    ("Julian Assange faces charges of conspiracy in Sweden.", "Julian Assange", "Sweden", ("PER", "LOC"), False),
    # items of one list, halves of a hyphened pair
    ("The group includes Slovakia, Bosnia and Northern Ireland.", "Slovakia", "Northern Ireland", ("LOC", "LOC"), False),
    ("A breakthrough in the US-China trade deal remains out of reach.", "US", "China", ("LOC", "LOC"), False),
    # a possessive name relates through a role, not through an event
    ("Hong Kong's new police commissioner, Chris Tang, spoke on Monday.", "Chris Tang", "Hong Kong",
     ("PER", "LOC"), True),
    ("After Epstein's death in a New York jail, officials resigned.", "Epstein", "New York", ("PER", "LOC"), False),
    ("After Jeffrey Epstein's death, William Barr reassigned the warden.", "William Barr", "Jeffrey Epstein",
     ("PER", "PER"), False),
    # a name modifying a subject matter or an event is not a home or an employer
    ("Scott Kennedy, a longtime China expert, spoke to reporters.", "Scott Kennedy", "China", ("PER", "LOC"), False),
    ("Bethany Allen, the head of China investigations at the institute, said so.", "Bethany Allen", "China",
     ("PER", "LOC"), False),
    ("Putin arrived for the SCO summit on Sunday.", "Putin", "SCO", ("PER", "ORG"), False),
    ("John Smith, a Boston lawyer, filed the suit.", "John Smith", "Boston", ("PER", "LOC"), True),
    # names that are no names
    ("Lt Col of the Army Rangers arrived.", "Lt Col", "Army Rangers", ("PER", "ORG"), False),
    ("® Honey of Acme Corporation arrived.", "® Honey", "Acme Corporation", ("PER", "ORG"), False),
]


@pytest.mark.parametrize("text,first,second,signature,expected", GATE_CASES, ids=[c[1] + "/" + c[2] for c in GATE_CASES])
def test_gate(nlp, text, first, second, signature, expected):
    doc = nlp(text)
    assert is_stated_pair(_span(doc, first), _span(doc, second), signature) is expected


def test_gate_is_a_pure_function_of_the_parse(nlp):
    doc = nlp("Jane Doe of Acme Corporation announced the results.")
    first, second = _span(doc, "Jane Doe"), _span(doc, "Acme Corporation")
    assert [is_stated_pair(first, second, ("PER", "ORG")) for _ in range(3)] == [True] * 3
