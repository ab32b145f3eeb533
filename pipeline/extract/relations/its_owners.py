"""What an unlinked "its" stands for in company news: the reporting company ("AMR Corp said its ...
unit"), or the "it" subject of the noun's own clause. Coreference leaves such an "its" unlinked where
several companies are named; the relation rules read it through these (moved out of noun_relations.py).
"""
from __future__ import annotations

from spacy.tokens import Token

from models import Mention
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.extract.relations.arguments import ArgumentFinder
from pipeline.extract.relations.verb_subjects import clause_subject, subject_token


def speaker_organisations(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    """What an unlinked "its" before `noun` stands for: the organisations named by the subject of the
    nearest clause above `noun` whose subject comes before it, when that clause reports what its
    subject says ("AMR Corp said its ... unit", "Novartis has announced ... its Sandoz unit"), or an "it"
    subject of a clause above ("MEDIQ said it has filed ... to set up its Copelco unit"); not a name subject
    ("Advisers Goldman Sachs valued its Deluxe Film unit"), past a person subject ("Purolator said director
    Doresy Gardner resigned from its board") and one holding the noun ("Inco said output at its mine rose")."""
    for verb in noun.ancestors:
        subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < noun.left_edge.i
                    and not s.left_edge.i <= noun.i <= s.right_edge.i]
        if subjects:
            if not is_speech_verb(verb):
                if all(finder.group(s) and all(finder.label(m) == "PERSON" for m in finder.group(s)) for s in subjects):
                    continue
                return [m for s in subjects if s.lower_ == "it" and verb.i != noun.head.i  # not "it sold its unit"
                        for m in finder.group(s) if finder.label(m) == "ORG"]
            # past a wire dateline's place ("CANTON, Mass, March 4 - Computer Identics Corp said its ...")
            subject = subject_token(verb)
            subjects = [subject] if subject is not None and subject.i < noun.left_edge.i else subjects
            return [m for s in subjects for m in finder.group(s) if finder.label(m) == "ORG"]
    return []


def owned_by_its(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children)


def its_owners(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    """What an unlinked "its" before `noun` stands for: the reporting company (speaker_organisations:
    "Zeta said its merger agreement with X"), else the pronoun subject of the noun's own clause, which
    coreference linked ("it does not complete its merger with X", "it would cut jobs at its Dagenham
    plant"); no other subject ("Goldman Sachs valued its merger agreement": the story's company)."""
    owners = speaker_organisations(finder, noun)
    subject = clause_subject(noun) if not owners else None
    return finder.group(subject) if subject is not None and subject.lower_ == "it" else owners
