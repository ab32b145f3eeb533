"""Relation rules on hand-built sentences, one table row per news construction.

Mentions are given by hand (surface form, label, optional antecedent) so each row tests the
relation rules alone, whatever the entity recogniser makes of the sentence.
"""
from __future__ import annotations

from typing import Optional

import pytest

from models import Mention
from pipeline.extract.relations.rule_confidence import RULE_CONFIDENCE
from pipeline.extract.relations.typed import extract_relations

Spec = tuple  # (surface, label) or (surface, label, antecedent surface)


def build_mentions(text: str, specs: list[Spec]) -> list[Mention]:
    """Mentions at the first occurrence of each surface form not yet taken, in the order given."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for spec in specs:
        surface, label = spec[0], spec[1]
        start = text.find(surface)
        while start >= 0 and any(s < start + len(surface) and start < e for s, e in taken):
            start = text.find(surface, start + 1)
        assert start >= 0, f"{surface!r} not in text"
        refers_to = None
        if len(spec) > 2:
            refers_to = next(m.index for m in mentions if m.text == spec[2])
        mentions.append(Mention(index=len(mentions), text=surface, label=label, start=start,
                                end=start + len(surface), refers_to=refers_to))
        taken.append((start, start + len(surface)))
    return mentions


def relations_of(nlp, text: str, specs: list[Spec], published: Optional[str] = None):
    doc = nlp(text)
    mentions = build_mentions(text, specs)
    by_index = {m.index: m.text for m in mentions}
    found = extract_relations(doc, mentions, published)
    return [(by_index[r.subject], r.predicate, by_index.get(r.object), r) for r in found]


def find(found, subject: str, predicate: str, obj: str):
    """The relation (subject, predicate, object); symmetric partnered_with matches either way round."""
    for s, p, o, relation in found:
        if p == predicate and ((s, o) == (subject, obj) or (p == "partnered_with" and (s, o) == (obj, subject))):
            return relation
    return None


def assert_found(found, triple: tuple[str, str, str], rule: str, qualifiers: dict) -> None:
    """The table tests' check: the relation is there, read by `rule`, with these qualifiers (its date aside)."""
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert relation.rule == rule
    assert {k: v for k, v in relation.qualifiers.items() if k != "date"} == qualifiers


CONSTRUCTIONS = [
    pytest.param(
        "Another key center is the Harbin Institute of Technology (HIT), one of China's most important research "
        "universities, which was sanctioned by the US government in 2020.",
        [("Harbin Institute of Technology", "ORG"), ("HIT", "ORG"), ("China", "GPE"), ("US", "GPE")],
        ("Harbin Institute of Technology", "sanctioned_by", "US"), {"date": "2020"}, id="passive-relative-one-of"),
    pytest.param(
        "Its Special Technology Center is currently under US and EU sanctions.",
        [("Special Technology Center", "ORG"), ("US", "GPE"), ("EU", "ORG")],
        ("Special Technology Center", "sanctioned_by", "EU"), {}, id="under-coordinated-sanctions"),
    pytest.param(
        "HIT and the Bauman Moscow State Technical University created the Association of Sino-Russian Technical "
        "Universities in 2011.",
        [("HIT", "ORG"), ("Bauman Moscow State Technical University", "ORG"),
         ("Association of Sino-Russian Technical Universities", "ORG")],
        ("Bauman Moscow State Technical University", "founded", "Association of Sino-Russian Technical Universities"),
        {"date": "2011"}, id="coordinated-subject-founded"),
    pytest.param(
        "HIT and the Bauman Moscow State Technical University created the Association of Sino-Russian Technical "
        "Universities in 2011.",
        [("HIT", "ORG"), ("Bauman Moscow State Technical University", "ORG"),
         ("Association of Sino-Russian Technical Universities", "ORG")],
        ("HIT", "partnered_with", "Bauman Moscow State Technical University"), {"date": "2011"},
        id="co-founders-partnered"),
    pytest.param(
        "One notable partnership is between the Moscow Aviation Institute (MAI) and Beihang University, which "
        "established a joint Master's program in 2017.",
        [("Moscow Aviation Institute", "ORG"), ("MAI", "ORG"), ("Beihang University", "ORG")],
        ("Moscow Aviation Institute", "partnered_with", "Beihang University"), {"date": "2017"},
        id="relative-clause-joint-program"),
    pytest.param(
        "Harbin Institute of Technology grew. The Chinese university also signed a strategic cooperation agreement "
        "with the Skolkovo Institute of Science and Technology and the Russian Academy of Engineering in 2024.",
        [("Harbin", "ORG"), ("The Chinese university", "ORG", "Harbin"),
         ("Skolkovo Institute of Science and Technology", "ORG"), ("Russian Academy of Engineering", "ORG")],
        ("The Chinese university", "partnered_with", "Russian Academy of Engineering"), {"date": "2024"},
        id="descriptive-subject-agreement-coordinated-objects"),
    pytest.param(
        "Xi'an Technological University grew. The school set up a joint training program in 2023 with the Peter "
        "the Great St. Petersburg Polytechnic University.",
        [("Xi'an", "ORG"), ("The school", "ORG", "Xi'an"), ("Peter the Great St. Petersburg Polytechnic University", "ORG")],
        ("The school", "partnered_with", "Peter the Great St. Petersburg Polytechnic University"), {"date": "2023"},
        id="phrasal-verb-joint-program"),
    pytest.param(
        "HIT is also training more than 1,500 students at a new science education center created with "
        "St Petersburg State University.",
        [("HIT", "ORG"), ("St Petersburg State University", "ORG")],
        ("HIT", "partnered_with", "St Petersburg State University"), {}, id="participle-created-with"),
    pytest.param(
        "Xi'an Technological University is another Seven Sons university that forged new partnerships with Russia.",
        [("Xi'an Technological University", "ORG"), ("Seven Sons", "ORG"), ("Russia", "GPE")],
        ("Xi'an Technological University", "member_of", "Seven Sons"), {}, id="copula-modifier-membership"),
    pytest.param(
        "Beihang is one of the Seven Sons and is ranked as China's top university.",
        [("Beihang", "ORG"), ("Seven Sons", "ORG"), ("China", "GPE")],
        ("Beihang", "member_of", "Seven Sons"), {}, id="one-of-membership"),
    pytest.param(
        "Its Special Technology Center is under sanctions and it developed the Orlan-10 UAV, one of the main drones.",
        [("Special Technology Center", "ORG"), ("it", "ORG", "Special Technology Center"), ("Orlan-10 UAV", "PRODUCT")],
        ("it", "developed", "Orlan-10 UAV"), {}, id="pronoun-subject-developed"),
    pytest.param(
        "Those deep links led Putin to visit HIT in 2024 as part of a state visit to China.",
        [("Putin", "PERSON"), ("HIT", "ORG"), ("China", "GPE")],
        ("Putin", "visited", "HIT"), {"date": "2024"}, id="object-control-visit"),
    pytest.param(
        "Those deep links led Putin to visit HIT in 2024 as part of a state visit to China.",
        [("Putin", "PERSON"), ("HIT", "ORG"), ("China", "GPE")],
        ("Putin", "visited", "China"), {}, id="nominal-visit"),
    pytest.param(
        "\"These are all universities,\" Bethany Allen, the head of China investigations at ASPI, told RFE/RL.",
        [("Bethany Allen", "PERSON"), ("China", "GPE"), ("ASPI", "ORG"), ("RFE/RL", "ORG")],
        ("Bethany Allen", "affiliated_with", "ASPI"), {"role": "head of China investigations"}, id="appositive-role"),
    # an unnamed unit of the organisation stays in the role (dev sheets of session 24)
    pytest.param(
        "Zoltan Boesze, chief of the Finance Ministry's budget financing division, said the measures were severe.",
        [("Zoltan Boesze", "PERSON"), ("Finance Ministry", "ORG")],
        ("Zoltan Boesze", "affiliated_with", "Finance Ministry"), {"role": "chief of budget financing division"},
        id="role-in-a-possessive-unit"),
    pytest.param(
        "Jane Roe, chairman of the NYSE special surveillance committee, said the inquiry was over.",
        [("Jane Roe", "PERSON"), ("NYSE", "ORG")],
        ("Jane Roe", "affiliated_with", "NYSE"), {"role": "chairman of special surveillance committee"},
        id="role-in-a-named-unit-modifier"),
    pytest.param(
        "Jerry Ballan, analyst with Conner Ballan division of Edward Viner and Co, said the deal was done.",
        [("Jerry Ballan", "PERSON"), ("Conner Ballan", "ORG"), ("Edward Viner and Co", "ORG")],
        ("Jerry Ballan", "affiliated_with", "Edward Viner and Co"), {"role": "analyst with Conner Ballan division"},
        id="a-unit-s-own-name-is-no-owner"),
    # a status word inside what the role is of stays (the held-out sheet of session 24)
    pytest.param(
        "Kenji Tanaka, MITI's director for development of future basic technology, said the plan was set.",
        [("Kenji Tanaka", "PERSON"), ("MITI", "ORG")],
        ("Kenji Tanaka", "affiliated_with", "MITI"), {"role": "director for development of future basic technology"},
        id="a-status-word-inside-the-role-s-object"),
    pytest.param(
        "\"It's a major reframing,\" Claus Soong, an analyst at the Berlin-based think tank MERICS, told RFE/RL.",
        [("Claus Soong", "PERSON"), ("Berlin", "GPE"), ("MERICS", "ORG"), ("RFE/RL", "ORG")],
        ("Claus Soong", "affiliated_with", "MERICS"), {"role": "analyst"}, id="appositive-role-named-common-noun"),
    pytest.param(
        "\"It's a major reframing,\" Claus Soong, an analyst at the Berlin-based think tank MERICS, told RFE/RL.",
        [("Claus Soong", "PERSON"), ("Berlin", "GPE"), ("MERICS", "ORG"), ("RFE/RL", "ORG")],
        ("MERICS", "located_in", "Berlin"), {}, id="x-based"),
    pytest.param(
        "Scott Kennedy, a longtime China expert who is a senior adviser and trustee chair at the Center for "
        "Strategic and International Studies in Washington, told reporters.",
        [("Scott Kennedy", "PERSON"), ("China", "GPE"), ("Center for Strategic and International Studies", "ORG"),
         ("Washington", "GPE")],
        ("Scott Kennedy", "affiliated_with", "Center for Strategic and International Studies"),
        {"role": "senior adviser"}, id="appositive-relative-clause-role"),
    pytest.param(
        "FBI spokesman Doug Beldon said the agency would help.",
        [("FBI", "ORG"), ("Doug Beldon", "PERSON")],
        ("Doug Beldon", "affiliated_with", "FBI"), {"role": "spokesman"}, id="title-before-name"),
    pytest.param(
        "Lennon was murdered outside his home in 1980 by Mark David Chapman.",
        [("Lennon", "PERSON"), ("Mark David Chapman", "PERSON")],
        ("Mark David Chapman", "killed", "Lennon"), {"date": "1980"}, id="passive-killed"),
    pytest.param(
        "In 1847, inventor Thomas Alva Edison was born in Milan, Ohio.",
        [("Thomas Alva Edison", "PERSON"), ("Milan", "GPE"), ("Ohio", "GPE")],
        ("Thomas Alva Edison", "lives_in", "Milan"), {}, id="born-in"),
    pytest.param(
        "Acme Corp. bought Widget Inc. last year.",
        [("Acme Corp.", "ORG"), ("Widget Inc.", "ORG")],
        ("Acme Corp.", "acquired", "Widget Inc."), {"date": "2024"}, id="relative-date-resolved"),
    pytest.param(
        "The committee was investigated by the FBI in March 2021.",
        [("committee", "ORG"), ("FBI", "ORG")],
        ("committee", "investigated_by", "FBI"), {"date": "2021-03"}, id="passive-investigated"),
    pytest.param(
        "In 1981, Mark David Chapman pleaded guilty to killing John Lennon outside his apartment building.",
        [("Mark David Chapman", "PERSON"), ("John Lennon", "PERSON")],
        ("Mark David Chapman", "killed", "John Lennon"), {}, id="gerund-after-pleaded-guilty"),
    pytest.param(
        "Sirhan Sirhan was convicted of murdering Robert Kennedy in 1968.",
        [("Sirhan Sirhan", "PERSON"), ("Robert Kennedy", "PERSON")],
        ("Sirhan Sirhan", "killed", "Robert Kennedy"), {}, id="gerund-after-passive-conviction"),
    pytest.param(
        "FBI agents arrived at John Sohn's New Jersey home and escorted him to safety.",
        [("FBI", "ORG"), ("John Sohn", "PERSON"), ("New Jersey", "GPE")],
        ("John Sohn", "lives_in", "New Jersey"), {}, id="possessor-home-modifier"),
    pytest.param(
        "Maria Lopez's home in Boston was searched by police on Tuesday.",
        [("Maria Lopez", "PERSON"), ("Boston", "GPE")],
        ("Maria Lopez", "lives_in", "Boston"), {}, id="possessor-home-in"),
    pytest.param(
        "Composer John Thomas is a native of Chisholm, Minnesota.",
        [("John Thomas", "PERSON"), ("Chisholm", "GPE"), ("Minnesota", "GPE")],
        ("John Thomas", "lives_in", "Chisholm"), {}, id="copula-native-of"),
]


@pytest.mark.parametrize("text, specs", [
    # the gerund hangs off a noun: nobody in the clause is said to have killed anyone
    pytest.param("John Smith said he first got the idea for killing Lennon in a library.",
                 [("John Smith", "PERSON"), ("Lennon", "PERSON")], id="gerund-under-noun"),
    # a home the sentence only visits belongs to no named person
    pytest.param("Maria Lopez visited a home in Boston on Tuesday.",
                 [("Maria Lopez", "PERSON"), ("Boston", "GPE")], id="home-without-owner"),
])
def test_no_rule_relation(nlp, text, specs):
    found = relations_of(nlp, text, specs)
    assert not [(s, p, o) for s, p, o, r in found if r.rule in ("verb_active", "home_noun", "copula_resident")]


@pytest.mark.parametrize("text, specs, triple, qualifiers", CONSTRUCTIONS)
def test_construction(nlp, text, specs, triple, qualifiers):
    found = relations_of(nlp, text, specs, published="2025-09-02")
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o) for s, p, o, _ in found]
    for key, value in qualifiers.items():
        assert relation.qualifiers.get(key) == value, relation.qualifiers
    doc_text = text
    assert 0 <= relation.sentence_start < relation.sentence_end <= len(doc_text)
    assert relation.rule


def test_relative_date_left_out_without_published_date(nlp):
    found = relations_of(nlp, "Acme Corp. bought Widget Inc. last year.", [("Acme Corp.", "ORG"), ("Widget Inc.", "ORG")])
    assert "date" not in find(found, "Acme Corp.", "acquired", "Widget Inc.").qualifiers


@pytest.mark.parametrize("text, polarity, modality", [
    ("Acme Corp. did not acquire Widget Inc.", "negated", "asserted"),
    ("Acme Corp. never acquired Widget Inc.", "negated", "asserted"),
    ("Acme Corp. could acquire Widget Inc.", "affirmed", "hedged"),
    ("Acme Corp. reportedly acquired Widget Inc.", "affirmed", "hedged"),
    ("Acme Corp. is expected to acquire Widget Inc.", "affirmed", "hedged"),
    # hearsay: a passive "said to", "thought to" passes on what nobody named asserts
    ("Acme Corp. is now said to be acquiring Widget Inc.", "affirmed", "hedged"),
    ("Acme Corp. is thought to have acquired Widget Inc.", "affirmed", "hedged"),
    ("Acme Corp. acquired Widget Inc.", "affirmed", "asserted"),
])
def test_negation_and_hedging(nlp, text, polarity, modality):
    found = relations_of(nlp, text, [("Acme Corp.", "ORG"), ("Widget Inc.", "ORG")])
    relation = find(found, "Acme Corp.", "acquired", "Widget Inc.")
    assert relation is not None, [(s, p, o) for s, p, o, _ in found]
    assert (relation.polarity, relation.modality) == (polarity, modality)


def test_hedge_elsewhere_in_sentence_does_not_hedge(nlp):
    text = "HIT was sanctioned by the US government in 2020 for its alleged role in procuring items."
    relation = find(relations_of(nlp, text, [("HIT", "ORG"), ("US", "GPE")]), "HIT", "sanctioned_by", "US")
    assert relation.modality == "asserted"


def test_no_claim_without_mentions(nlp):
    text = "The school set up a joint training program in 2023 with the university."
    assert relations_of(nlp, text, []) == []


def test_open_relation_between_entities(nlp):
    found = relations_of(nlp, "Greenpeace sued Shell over the spill.", [("Greenpeace", "ORG"), ("Shell", "ORG")])
    assert find(found, "Greenpeace", "open:sue", "Shell") is not None


def test_type_constraints_refuse_nonsense(nlp):
    # a place cannot be affiliated with an organisation, whatever the syntax
    found = relations_of(nlp, "Boston, the home of Harvard University, grew.", [("Boston", "GPE"), ("Harvard University", "ORG")])
    assert all(p != "affiliated_with" for _, p, _, _ in found)


def test_confidence_differs_by_rule_and_is_a_probability(nlp):
    assert len(set(RULE_CONFIDENCE.values())) > 3
    text = "Acme Corp. bought Widget Inc. and Greenpeace sued Shell."
    found = relations_of(nlp, text, [("Acme Corp.", "ORG"), ("Widget Inc.", "ORG"), ("Greenpeace", "ORG"), ("Shell", "ORG")])
    confidences = {p: r.confidence for _, p, _, r in found}
    assert confidences["acquired"] > confidences["open:sue"]
    assert all(0.0 < r.confidence <= 1.0 for *_, r in found)


def test_deterministic_order(nlp):
    text = ("HIT and the Bauman Moscow State Technical University created the Association of Sino-Russian Technical "
            "Universities in 2011. Putin visited HIT in 2024.")
    specs = [("HIT", "ORG"), ("Bauman Moscow State Technical University", "ORG"),
             ("Association of Sino-Russian Technical Universities", "ORG"), ("Putin", "PERSON"), ("HIT", "ORG")]
    first = [r.model_dump() for *_, r in relations_of(nlp, text, specs)]
    second = [r.model_dump() for *_, r in relations_of(nlp, text, specs)]
    assert first == second and first


def test_evidence_bounds_cover_both_arguments(nlp):
    text = "Acme Corp. bought Widget Inc. Greenpeace sued Shell over the spill."
    specs = [("Acme Corp.", "ORG"), ("Widget Inc.", "ORG"), ("Greenpeace", "ORG"), ("Shell", "ORG")]
    mentions = build_mentions(text, specs)
    for relation in extract_relations(nlp(text), mentions):
        for index in (relation.subject, relation.object):
            mention = mentions[index]
            assert relation.sentence_start <= mention.start < mention.end <= relation.sentence_end


def test_line_breaks_end_sentences(nlp):
    doc = nlp("Notable Examples Of Research Programs\n\nAcme Corp. bought Widget Inc. in 2017.")
    starts = [sentence.text for sentence in doc.sents]
    assert any(s.startswith("Acme") or s.startswith("Corp.") for s in starts), starts
    assert all("Programs" not in s or "bought" not in s for s in starts)


def test_moving_something_else_to_a_place_is_no_visit(nlp):
    # the object is a plain noun, not a mention: the verb still moves it, not its subject
    text = "They worry China is taking back the freedoms given to Hong Kong when the UK returned the territory to China."
    found = relations_of(nlp, text, [("China", "GPE"), ("Hong Kong", "GPE"), ("UK", "GPE"), ("China", "GPE")])
    assert not [r for _, p, _, r in found if p == "visited"]
    arrived = relations_of(nlp, "Xi Jinping returned to China on Monday.", [("Xi Jinping", "PERSON"), ("China", "GPE")])
    assert find(arrived, "Xi Jinping", "visited", "China") is not None
