"""A bare head's title before the name of whoever reports what a company does.

Wire stories open with the company's news and close the sentence with its source: "Nippon Oil Co
Ltd predicted parent company net profit of about nine billion yen ..., president Yasuoki Takeuchi
told a press conference", "Qantas Airways Ltd has placed a firm order ..., chairman Jim Leslie said".
The title names no organisation, but one only an organisation has (organisation_words.ORG_HEAD_TITLES),
written in lower case before the speaker's name, is held at the organisation the reported clause
is about: its subject, named before the speaker. Read by role_rules._named_post.
"""
from __future__ import annotations

from spacy.tokens import Token

from models import Mention
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.extract.relations.arguments import ArgumentFinder
from pipeline.extract.relations.verb_subjects import subject_token
from pipeline.organisation_words import ORG_HEAD_TITLES


def reported_organisation(finder: ArgumentFinder, title: Token, role: str, root: Token) -> list[Mention]:
    """The organisation whose doings the title's holder (the name at `root`) reports, when `role`
    (the title's words) ends with an organisation's head title as the lexicon writes it, in lower case."""
    if not any(role == t or role.endswith(" " + t) for t in ORG_HEAD_TITLES):
        return []  # matched as written: "President Reagan", capitalised, is a state's as often as a company's
    verb = root.head
    if root.dep_ != "nsubj" or not is_speech_verb(verb):
        return []
    # "X Ltd expects ..., chairman Y said": the report before the speaker, the speech verb's clause
    # or, parsed the other way round, the clause the speech verb hangs on
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < title.i]
    if verb.dep_ in ("ccomp", "parataxis"):
        clauses.append(verb.head)
    for clause in clauses:
        subject = subject_token(clause)
        organisations = [m for m in finder.group(subject) if finder.label(m) == "ORG"] if subject is not None else []
        if organisations:
            return organisations
    return []
