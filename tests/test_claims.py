"""Claim merging: identical claims from several articles become one with all their evidence."""
from __future__ import annotations

import pytest

from models import Article, ArticleAnalysis, Mention, RelationMention, Resolution
from models.records import Entity
from pipeline.claims import build_claims, learned_reading_claimed

TEXT = "HIT partnered with MAI in 2017."


def analysis(article_id: str, subject: str = "HIT", obj: str = "MAI", predicate: str = "partnered_with",
             date: str = "2017", status: str = "kept") -> ArticleAnalysis:
    text = f"{subject} partnered with {obj} in {date}."
    article = Article(article_id=article_id, source=article_id + ".txt", status=status, text=text)
    s, o = text.index(subject), text.index(obj)
    mentions = [Mention(index=0, text=subject, label="ORG", start=s, end=s + len(subject)),
                Mention(index=1, text=obj, label="ORG", start=o, end=o + len(obj))]
    relation = RelationMention(predicate=predicate, subject=0, object=1, qualifiers={"date": date},
                               confidence=0.6, sentence_start=0, sentence_end=len(text), rule="test")
    return ArticleAnalysis(article=article, mentions=mentions, relations=[relation])


def resolution_for(*analyses: ArticleAnalysis) -> Resolution:
    ids = {"HIT": "e_hit", "MAI": "e_mai", "Beihang": "e_beihang"}
    entity_of = {a.article.article_id: {m.index: ids[m.text] for m in a.mentions} for a in analyses}
    entities = [Entity(entity_id=i, name=n, type="ORG") for n, i in ids.items()]
    return Resolution(entities=entities, entity_of=entity_of)


def test_identical_claims_merge_with_all_evidence():
    a, b = analysis("a_1"), analysis("a_2")
    claims = list(build_claims([a, b], resolution_for(a, b)))
    assert len(claims) == 1
    claim = claims[0]
    assert claim.support == 2
    assert [e.article_id for e in claim.evidence] == ["a_1", "a_2"]
    assert claim.confidence > 0.6  # two independent pieces of evidence
    assert claim.evidence[0].sentence == TEXT
    assert claim.evidence[0].subject_span == (0, 3)


def test_symmetric_predicate_merges_both_directions():
    a, b = analysis("a_1"), analysis("a_2", subject="MAI", obj="HIT")
    claims = list(build_claims([a, b], resolution_for(a, b)))
    assert len(claims) == 1 and claims[0].support == 2
    assert claims[0].subject.entity_id == "e_hit"


def test_asymmetric_predicate_keeps_direction():
    a, b = analysis("a_1", predicate="visited"), analysis("a_2", subject="MAI", obj="HIT", predicate="visited")
    assert len(list(build_claims([a, b], resolution_for(a, b)))) == 2


def test_different_qualifiers_stay_separate_claims():
    a, b = analysis("a_1"), analysis("a_2", date="2018")
    assert len(list(build_claims([a, b], resolution_for(a, b)))) == 2


def test_duplicate_articles_give_no_claims():
    a = analysis("a_1", status="duplicate")
    assert list(build_claims([a], resolution_for(a))) == []


def test_claim_ids_do_not_depend_on_article_order():
    a, b, c = analysis("a_1"), analysis("a_2", obj="Beihang"), analysis("a_3")
    forward = list(build_claims([a, b, c], resolution_for(a, b, c)))
    backward = list(build_claims([c, b, a], resolution_for(a, b, c)))
    assert forward == backward


def test_located_in_is_not_written_for_a_subject_resolved_to_a_person():
    """The rule saw an ORG mention ('a victory over Sanders in California'); the entity is a person."""
    a = analysis("a_1", predicate="located_in")
    resolution = resolution_for(a)
    as_person = [e.model_copy(update={"type": "PERSON"}) if e.entity_id == "e_hit" else e for e in resolution.entities]
    assert list(build_claims([a], resolution.model_copy(update={"entities": as_person}))) == []
    assert len(list(build_claims([a], resolution))) == 1  # an organisation keeps it


def learned(text: str, subject: str, obj: str, predicate: str) -> ArticleAnalysis:
    article = Article(article_id="a_1", source="a_1.txt", status="kept", text=text)
    s, o = text.index(subject), text.index(obj)
    mentions = [Mention(index=0, text=subject, label="ORG", start=s, end=s + len(subject)),
                Mention(index=1, text=obj, label="ORG", start=o, end=o + len(obj))]
    relation = RelationMention(predicate=predicate, subject=0, object=1, confidence=0.9,
                               sentence_start=0, sentence_end=len(text), rule="learned_pair")
    return ArticleAnalysis(article=article, mentions=mentions, relations=[relation])


def test_scorer_only_readings_are_claimed_only_when_asked():
    a = learned("HIT hired a manager from MAI.", "HIT", "MAI", "affiliated_with")
    assert list(build_claims([a], resolution_for(a))) == []
    assert len(list(build_claims([a], resolution_for(a), learned_pairs=True))) == 1


@pytest.mark.parametrize("text, subject, obj, predicate, claimed", [
    ("The firm is based in Rockville, Md., the filing says.", "Rockville", "Md.", "located_in", True),
    ("A voter from Meridian, Ind. said so.", "Meridian", "Ind.", "located_in", True),
    ("He sat in Asmara, Eritrea's capital.", "Asmara", "Eritrea", "located_in", True),
    ("rallies in San Pedro, California, and Fairfax County, Virginia, drew few", "San Pedro", "California",
     "located_in", True),
    ("Music Park at Walnut Creek, Raleigh, NC", "Walnut Creek", "Raleigh", "located_in", True),
    ("Trump won Pennsylvania, Michigan and Ohio.", "Pennsylvania", "Michigan", "located_in", False),
    ("The project named Lyon, Nantes, Lille as targets.", "Lyon", "Nantes", "located_in", False),
    ("It went through Kazan, Tehran, and Damascus.", "Kazan", "Tehran", "located_in", False),
    ("He played Russia, the US, Iran and others.", "US", "Iran", "located_in", False),
    ("Conflicts of Syria, Yemen and Libya", "Syria", "Yemen", "located_in", False),
    ("It runs on Windows XP, Vista, 7, 8, and 8.1 machines.", "Windows XP", "Vista", "located_in", False),
    ("The office of Acme in Lyon opened.", "Acme", "Lyon", "located_in", False),
    ("Ann Lee, a nurse at Mercy Hospital, said.", "Ann Lee", "Mercy Hospital", "affiliated_with", False),
    ("Ann Lee, Ohio, wrote.", "Ann Lee", "Ohio", "lives_in", False),
    ("Booth shot Lincoln at the theatre.", "Booth", "Lincoln", "killed", True),
    ("Booth was convicted of attempted murder in the shooting of Lincoln.", "Booth", "Lincoln", "killed", False),
])
def test_which_scorer_only_readings_are_claimed(text, subject, obj, predicate, claimed):
    s, o = text.index(subject), text.index(obj)
    assert learned_reading_claimed(predicate, text, (s, s + len(subject)), (o, o + len(obj))) is claimed


def test_a_person_named_with_a_number_is_no_person():
    a = analysis("a_1", predicate="affiliated_with")
    resolution = resolution_for(a)
    show = [e.model_copy(update={"type": "PERSON", "name": "Anderson Cooper 360"}) if e.entity_id == "e_hit" else e
            for e in resolution.entities]
    assert list(build_claims([a], resolution.model_copy(update={"entities": show}))) == []
    named = [e.model_copy(update={"type": "PERSON", "name": "Anderson Cooper"}) if e.entity_id == "e_hit" else e
             for e in resolution.entities]
    assert len(list(build_claims([a], resolution.model_copy(update={"entities": named})))) == 1


@pytest.mark.parametrize("predicate, subject_type, object_type, claimed", [
    ("lives_in", "PERSON", "ORG", False),
    ("lives_in", "PERSON", "GPE", True),
    ("located_in", "GPE", "PERSON", False),
    ("located_in", "ORG", "GPE", True),
    ("visited", "NORP", "GPE", False),
    ("visited", "PERSON", "GPE", True),
    ("member_of", "PERSON", "PERSON", False),  # "will join Cragg in the European Indoor Championships"
    ("member_of", "PERSON", "ORG", True),
])
def test_argument_types_of_place_relations(predicate, subject_type, object_type, claimed):
    a = analysis("a_1", predicate=predicate)
    resolution = resolution_for(a)
    typed = {"e_hit": subject_type, "e_mai": object_type}
    entities = [e.model_copy(update={"type": typed.get(e.entity_id, e.type)}) for e in resolution.entities]
    assert bool(list(build_claims([a], resolution.model_copy(update={"entities": entities})))) is claimed


@pytest.mark.parametrize("subject_type, predicate", [("ORG", "located_in"), ("FAC", "located_in"),
                                                     ("PERSON", "lives_in")])
def test_a_things_home_is_where_it_is(subject_type, predicate):
    """A rule that took the subject for a person ("private Spanish radio station Cadena Ser") read a
    home; the entity resolved to an organisation or a facility is located there."""
    a = analysis("a_1", predicate="lives_in")
    resolution = resolution_for(a)
    typed = {"e_hit": subject_type, "e_mai": "GPE"}
    entities = [e.model_copy(update={"type": typed.get(e.entity_id, e.type)}) for e in resolution.entities]
    assert [c.predicate for c in build_claims([a], resolution.model_copy(update={"entities": entities}))] == [predicate]
