"""A definite description standing for the organisation the story is about: "McDonald joined the
band in 1975" (the band = The Doobie Brothers), "the company cut its forecast" (= Home Depot).

Used by ArgumentFinder when an argument is a common noun no mention covers. A description "the
<noun>" (or "the <noun>'s") stands for the organisation the article introduced with the same noun
("his band, the Doobie Brothers"), else for the organisation named in its sentence or the six
before that the article named most often so far, if it was a clause's subject there, when its
name holds no word for another kind of organisation ("the company" is not "Harvard University"),
it is not the subject of the description's own clause, nor a person's surname the NER typed ORG.
Only plain descriptions: no modifier but
an adjective ("the new company"), no name, no relative clause or "of" phrase ("the band of
brothers", "the company that makes it" introduce something else).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.extract.relations.lexicon import DESCRIBED_ORG_NOUNS, ORG_KIND_WORDS
from pipeline.name_strings import nation_key
from pipeline.us_states import US_STATE_NAMES

SENTENCES_BACK = 6
NAME_GAP = re.compile(r"[,\s]*(?:the\s+|The\s+)?")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def is_plain_description(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in DESCRIBED_ORG_NOUNS:
        return False
    dets = [c for c in token.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i > token.i:
        return False
    return not any(c.dep_ in ("compound", "nmod", "poss", "relcl", "acl", "appos", "prep", "nummod")
                   for c in token.children)


def described_organisation(finder, token: Token) -> Optional[Mention]:
    """The organisation a plain description "the band" stands for, or None."""
    if not is_plain_description(token):
        return None
    noun = token.lemma_.lower()
    sentence = token.sent
    first = sentence
    for _ in range(SENTENCES_BACK):
        if first.start == 0:
            break
        first = token.doc[first.start - 1].sent
    surnames = {m.text.split()[-1] for m in finder.index.mentions if m.label == "PERSON" and " " in m.text}
    described = _described_as(finder, token, noun, surnames)
    if described is not None:
        return described
    window: dict[str, Mention] = {}
    subjects: dict[str, int] = {}  # organisations a clause there is about: the latest place each was a subject
    for mention in finder.index.mentions:
        if not first.start_char <= mention.start < token.idx or not mention.text[:1].isupper():
            continue  # names only: "which", "it" add nothing to what the story is about
        root = finder.index.root(mention)
        span = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if root.label != "ORG" or span is None or root.text in surnames:
            continue  # a person's surname typed ORG
        if span.root.dep_ in SUBJECT_DEPS and span.root.head == token.head:
            continue  # the description's own clause's subject ("McDonald joined the band")
        if _reporting_tail_subject(span.root):
            continue  # "Microsoft reported earnings, the FBI said": who reports is not what the story is about
        window.setdefault(root.text, root)
        if span.root.dep_ in SUBJECT_DEPS:
            subjects[root.text] = mention.start
    if not window:
        return None
    # the organisation the story is about: the one named most often up to here, and clearly so
    counts = {name: sum(1 for m in finder.index.mentions if m.start < token.idx and m.text[:1].isupper()
                        and name in (m.text, finder.index.root(m).text)) for name in window}
    ranked = sorted(window, key=lambda name: (counts[name], subjects.get(name, -1)), reverse=True)
    best = ranked[0]
    if len(ranked) > 1 and (counts[best], subjects.get(best, -1)) <= (counts[ranked[1]], subjects.get(ranked[1], -1)):
        return None
    if best not in subjects:
        return None  # "as the team takes on the Wizards": the most named organisation there ("Eastern
        # Conference standings") was no clause's subject, and the team (the Sixers) no organisation mention
    root = window[best]
    kinds = {w for w in root.text.casefold().replace(".", "").split() if w in ORG_KIND_WORDS}
    if kinds and noun not in kinds:
        return None  # "the company" is not "Harvard University"
    return root


def _reporting_tail_subject(token: Token) -> bool:
    """The subject of a speech verb written after the words it reports ("..., the FBI said")."""
    verb = token.head
    return token.dep_ in SUBJECT_DEPS and is_speech_verb(verb) and any(
        c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children)


def _described_as(finder, token: Token, noun: str, surnames: set[str]) -> Optional[Mention]:
    """The organisation the article called by the same noun earlier, the noun right before its
    name: "his band, the Doobie Brothers", "the band Chicago", "the company, Acme,"."""
    text = doc_text(token.doc)
    found = None
    for earlier in token.doc[:token.i]:
        if earlier.lemma_.lower() != noun or earlier.tag_ != "NN":
            continue
        gap_end = earlier.idx + len(earlier.text)
        mention = next((m for m in finder.index.mentions if gap_end <= m.start <= gap_end + 6
                        and NAME_GAP.fullmatch(text[gap_end:m.start])), None)
        if mention is not None:
            root = finder.index.root(mention)
            if root.label == "ORG" and root.text not in surnames:
                found = root
    return found


def described_state(finder, token: Token) -> Optional[Mention]:
    """"Judi Bittner, the state's historic preservation official": "the state" is the one US state
    the article names (the latest mention of it before the description), or nobody when it names
    none or several."""
    if token.lower_ != "state" or token.dep_ != "poss" or token.pos_ != "NOUN":
        return None
    if [c.lower_ for c in token.children if c.dep_ not in ("case", "punct")] != ["the"]:
        return None  # "the Gulf state's", "a state's"
    named = [m for m in finder.index.mentions if m.start < token.idx and m.refers_to is None
             and finder.label(m) == "GPE" and (m.name or m.text) in US_STATE_NAMES]
    states = {m.name or m.text for m in finder.index.mentions
              if finder.label(m) == "GPE" and (m.name or m.text) in US_STATE_NAMES}
    return named[-1] if len(states) == 1 and named else None


def nation_state(index, mention: Mention) -> Optional[Mention]:
    """The state a nationality word stands for ("the Russian government", "Syrian President X":
    Russia, Syria), when the article names it: its first mention. A party word ("Democratic") or a
    dateline's capitals ("JERUSALEM - Israeli ...") name none; nor does the state's own name tagged
    NORP ("a Cuellar campaign spokesman"): a demonym only."""
    word = mention.text.strip()
    if " " in word or word.isupper():
        return None
    key = nation_key(word)
    return next((m for m in index.mentions if m.refers_to is None and m.label == "GPE"
                 and nation_key(m.text) == key and m.text.casefold() != word.casefold()), None)
