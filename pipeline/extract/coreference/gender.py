"""A person's gender as the article states it: an honorific, a gendered noun by the name, the
person's own he/she, else the first name by a name list (links.py rules out antecedents by it)."""
from __future__ import annotations

from spacy.tokens import Span

from models import Mention
from pipeline.extract.coreference.rules import EntityGroups, gender_of_possessive, gender_of_pronoun
from pipeline.given_names import first_name_gender
from pipeline.lexicon import HONORIFIC_GENDER
from pipeline.speech_words import FEMALE_NOUNS, MALE_NOUNS


def person_gender(groups: EntityGroups, person: Mention) -> str | None:
    """See `_person_gender` (worked out once per entity)."""
    return groups.entity_fact("gender", person, _person_gender)


def _person_gender(groups: EntityGroups, person: Mention) -> str | None:
    """'male'/'female' from what the article says of the person, else from the first name; None
    when unknown or ambiguous. In order: an honorific or a gendered noun by the name ('Mrs.',
    '9/11 widow Terry Strada'); a first name a name list is sure of; the person's own pronoun
    ('Sanders said he will ...', which may also report someone else, so it only settles names
    the list is unsure of: it calls "Bernie" mostly female); a name the list is unsure of."""
    stated, sure, own, unsure = set(), set(), set(), set()
    for span in groups.spans(person):
        stated |= _honorific(span)
        stated |= _gendered_noun(span)
        own |= _self_reference(groups, span)
        if len(span) > 1:
            answer = first_name_gender(span[0].text)
            if answer in ("male", "female"):
                sure.add(answer)
            elif answer in ("mostly_male", "mostly_female"):
                unsure.add(answer.removeprefix("mostly_"))
    votes = stated or sure or own or unsure
    return votes.pop() if len(votes) == 1 else None


def gender_doubtful(groups: EntityGroups, person: Mention) -> bool:
    """True when the person's gender rests only on a first name the name list is unsure of
    ('Bernie' mostly female): evidence to prefer others by, not to rule the person out."""
    return groups.entity_fact("gender_doubtful", person, _gender_doubtful)


def _gender_doubtful(groups: EntityGroups, person: Mention) -> bool:
    for span in groups.spans(person):
        if _honorific(span) or _gendered_noun(span) or _self_reference(groups, span):
            return False
        if len(span) > 1 and first_name_gender(span[0].text) in ("male", "female"):
            return False
    return True


def _honorific(span: Span) -> set[str]:
    """The gender of an honorific before the name or kept inside it by the NER ('Mrs Palin')."""
    words = [span.doc[span.start - 1]] if span.start > 0 else []
    words += [span[0]] if len(span) > 1 else []
    return {HONORIFIC_GENDER[w.lower_] for w in words if w.lower_ in HONORIFIC_GENDER}


def _gendered_noun(span: Span) -> set[str]:
    """The gender of a noun the writer puts before the name or beside it: '9/11 widow Terry
    Strada', 'Spokeswoman Haley Morris', and an owned noun right before the name and a comma ('her
    father, Murray'). Not an apposition the parser finds: it makes one of "Sanders' son" as readily
    as of "Strada, a widow"."""
    doc = span.doc
    nouns = [span[0]] if len(span) > 1 else []  # 'King' alone is a surname
    if span.start > 0:
        nouns.append(doc[span.start - 1])
    if span.start > 2 and doc[span.start - 1].text == "," and doc[span.start - 3].tag_ in ("PRP$", "POS"):
        nouns.append(doc[span.start - 2])  # "her father, Murray,": an owned kin noun right before, by commas
    # an office in '-man' is written of women too ('Trump spokesman Hope Hicks'): no evidence
    genders = {"male" if n.lower_ in MALE_NOUNS else "female" for n in nouns
               if (n.lower_ in MALE_NOUNS and not n.lower_.endswith("man")) or n.lower_ in FEMALE_NOUNS}
    return genders if len(genders) == 1 else set()


def _self_reference(groups: EntityGroups, span: Span) -> set[str]:
    """The gender of a he/she subject of the clause a person's own verb takes ('Sanders said he
    will ...', 'Clinton believes she can ...', 'Sanders, who had said he would ...') when no other
    person is named in the sentence (for a relative clause: before the pronoun), or of a his/her
    in the person's own conjunct ('Benson and her two sons')."""
    subject = span.root
    # 'Benson and her two young sons': a possessive in the person's own conjunct is theirs
    owned = {gender_of_possessive(p.lower_) for c in subject.children if c.dep_ == "conj" and c.i > subject.i
             for p in c.children if p.dep_ == "poss"} - {None}
    if len(owned) == 1:
        return owned
    # 'Sanders, who had said he would debate': the relative clause's verb is the person's own
    relatives = [c for c in subject.children if c.dep_ == "relcl"
                 and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("who", "that") for w in c.children)]
    if subject.dep_ not in ("nsubj", "nsubjpass") and not relatives:
        return set()
    others = groups.other_persons_in_sentence(span)
    verbs = [] if others or subject.dep_ not in ("nsubj", "nsubjpass") else [subject.head]
    for verb in verbs + relatives:
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.i < verb.i:
                continue
            for child in clause.children:
                gender = gender_of_pronoun(child.lower_) if child.dep_ in ("nsubj", "nsubjpass") else None
                if gender is not None and not any(span.end <= start < child.i for start, _ in others):
                    return {gender}
    return set()
