"""Roles stated by a description that stands for a person named elsewhere in the article.

The coreference stage links "the Vermont senator", "The former secretary of state", "the senator
from Vermont", "the New York billionaire" to the person the article names (Mention.refers_to).
The description's role phrase says what the name's own title would: the state served, the
employer, the home, former or current. It is read with the same role analysis as a title or an
apposition (role_phrases.read_role); the claim's subject is the description, which resolves to
the person. Only descriptions headed by a role noun ("the senator", not "the man"), and only
what the phrase itself names: "the president" alone names no state.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.mention_index import MentionIndex, root_mention
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate
from pipeline.extract.relations.lexicon import RACE_ROLE_NOUNS
from pipeline.lexicon import TITLE_ABBREVIATIONS
from pipeline.us_states import US_STATE_ABBREVIATIONS
from pipeline.extract.entities.mentions import nationality_word
from pipeline.extract.relations.role_phrases import read_role
from pipeline.extract.relations.role_rules import phrase_candidates, title_rules


def described_role_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"the Vermont senator" (Bernie Sanders) -> affiliated_with(Sanders, Vermont, role senator)."""
    if mention.refers_to is None or finder.label(mention) != "PERSON" or root.pos_ not in ("NOUN", "PROPN"):
        return
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children) and not _introduces(finder, mention):
        return  # "a Vermont senator" is someone, not the person the article named
    if root.lemma_.lower() in RACE_ROLE_NOUNS or root.lemma_.lower() == "runner":  # "the GOP front-runner"
        # "the GOP nominee", "the GOP presidential candidate": in a race several people are (or will
        # be) that; read on PolNeAR train, such links went to the wrong person 8 times in 9
        return
    if root.dep_ in ("attr", "oprd") or root.dep_ == "pobj" and root.head.lower_ in ("as", "for"):
        # "Hamilton is listed as the chairman", "his campaign for the president of the United
        # States": a post predicated of someone else, or an office sought, not a reference
        return
    if _beside_a_name(finder, root):
        return  # "the Democratic Party chairwoman, Rep. Debbie Wasserman Schultz": the apposition rules read it
    # the names inside the description ("Vermont") are read as themselves, not as the description
    inner = ArgumentFinder(finder.doc, _IndexWithout(finder.index, mention), finder.dateline)
    phrase = read_role(inner, root)
    if phrase is None:
        return
    # a state only where the description names it ("the Vermont senator", "the senator from
    # Vermont"), not one a nationality word stands for: "The French president" was linked to
    # President Obama where the NER typed Hollande an organisation
    first, last = root.left_edge.idx, root.right_edge.idx + len(root.right_edge.text)
    phrase.states = [m for m in phrase.states if first <= m.start < last and not nationality_word(m)]
    if phrase.party is not None:
        # "the Republican governor": a party word names the party, which tells little of whom
        phrase.organisations = [m for m in phrase.organisations if m.index != phrase.party.index]
    # an employer before the noun or after "of"/"at"/"for" ("the former CEO of Hewlett-Packard"),
    # not a place the person was in ("advising the president in the White House Situation Room")
    phrase.organisations = [m for m in phrase.organisations if m.start < root.idx or _word_before(finder, m) in OWN_PREPS]
    person = finder.index.root(mention)
    if any(_held_by_another(finder, named, person, root) for named in phrase.states + phrase.organisations):
        return
    if any(_office_elsewhere(finder, state, person, root) for state in phrase.states):
        return  # "Gov. Palin" (of Alaska) beside "The governor of California did nothing": another governor
    yield from phrase_candidates([mention], phrase, "described", (root,))


def _introduces(finder: ArgumentFinder, mention: Mention) -> bool:
    """Whether an indefinite description stands for the name after it ("A Vancouver man has been
    charged ... Eric Allen Kirkpatrick, 34,": coreference/forward.py makes only such links)."""
    return finder.index.root(mention).start > mention.start


OWN_PREPS = frozenset({"of", "at", "for"})
NEARBY_TOKENS = 4


def _word_before(finder: ArgumentFinder, mention: Mention) -> str:
    span = finder.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return ""
    before = [t for t in finder.doc[max(0, span.start - 2):span.start] if t.lower_ != "the"]
    return before[-1].lower_ if before else ""


def _held_by_another(finder: ArgumentFinder, named: Mention, person: Mention, noun: Token) -> bool:
    """Whether the article gives the same post for the state or organisation a description names to
    another person, next to that person's name ("Texas Sen. Ted Cruz", "Sen. Ted Cruz (R-Texas)"):
    coreference then most likely linked "the Texas senator" to the wrong one (Bernie Sanders, on
    PolNeAR train). Another post there ("Vermont Sen. Bernie Sanders" beside "the Vermont
    congressman") is no rival."""
    doc, key, post = finder.doc, named.text.casefold(), _post_word(noun)
    for other in finder.index.mentions:
        if other.text.casefold() != key:
            continue
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is None:
            continue
        window = doc[max(0, span.start - NEARBY_TOKENS):span.end + NEARBY_TOKENS]
        if not any(_post_word(t) == post for t in window):
            continue
        for token in window:
            near = finder.mention_at(token)
            if near is not None and near.refers_to is None and finder.label(near) == "PERSON" \
                    and near.text.split()[-1] != person.text.split()[-1]:
                return True
    return False


def _office_elsewhere(finder: ArgumentFinder, state: Mention, person: Mention, noun: Token) -> bool:
    """Whether the article gives the person the description's post of another place by their name
    ("Alaska Gov. Sarah Palin", "Sen. Bernie Sanders (I-Vt.)") and never of this one: "The governor
    of California" is then another holder of the post. A name titled with the post and no place
    ("President Obama" beside "the U.S. president") says nothing against the link."""
    post, place = _post_word(noun), _place_key(state.text)
    elsewhere = False
    for other in finder.index.mentions:
        if other.label != "PERSON" or finder.index.root(other).index != person.index or other.text[:1].islower():
            continue
        span = finder.doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is None:
            continue
        for candidate in title_rules(finder, other, span.root):
            # the post's own words, or a party tag's state ("Gov. Palin (R-Alaska)": the state she serves)
            role = (candidate.qualifiers.get("role") or "").split()
            if candidate.predicate != "affiliated_with" or candidate.object.index == other.index or not (
                    role and TITLE_ABBREVIATIONS.get(role[-1].lower(), role[-1].lower().strip(".")) == post
                    or not role and candidate.rule == "party_state"):
                continue
            if _place_key(candidate.object.text) == place or finder.index.root(candidate.object).index == state.index:
                return False
            elsewhere = True
    return elsewhere


def _place_key(name: str) -> str:
    """A place's name for comparison: "Fla." (a party tag's) is Florida."""
    return US_STATE_ABBREVIATIONS.get(name, name).casefold()


def _post_word(token: Token) -> str:
    lowered = token.lower_
    return TITLE_ABBREVIATIONS.get(lowered, lowered.strip("."))


def _beside_a_name(finder: ArgumentFinder, noun: Token) -> bool:
    """Whether the description stands in apposition with a name, or is coordinated with an
    apposition ("Nelson Diaz, a former aide to Mr. Rubio and now the chairman of ..."), where it
    describes that name whatever coreference linked it to."""
    current = noun
    while current.dep_ == "conj" and current.head != current:
        current = current.head
    if current.dep_ == "appos":
        return True
    if any(c.dep_ == "appos" and any(finder.mention_at(t) is not None for t in c.subtree) for c in noun.children):
        return True
    # an apposition the parser missed: "the Democratic Party chairwoman, Representative Debbie Wasserman Schultz"
    doc, end = noun.doc, noun.right_edge.i + 1
    if end < len(doc) and doc[end].text == ",":
        return any(finder.mention_at(t) is not None and finder.label(finder.mention_at(t)) == "PERSON"
                   for t in doc[end + 1:end + 4])
    return False


class _IndexWithout:
    """The article's mentions as MentionIndex gives them, but for one description: inside it each
    token is the name it holds ("Vermont" in "the Vermont senator"), not the description. Built in
    constant time, where a new MentionIndex would cost the article's mentions per description."""

    def __init__(self, index: MentionIndex, left_out: Mention):
        self._index, self._left_out = index, left_out
        self.mentions, self.by_index = index.mentions, index.by_index

    def widest(self, token: Token) -> Mention | None:
        found = self._index.widest(token)
        if found is not None and found.index == self._left_out.index:
            narrow = self._index.narrowest(token)
            return narrow if narrow is not None and narrow.index != self._left_out.index else None
        return found

    def narrowest(self, token: Token) -> Mention | None:
        found = self._index.narrowest(token)
        return None if found is not None and found.index == self._left_out.index else found

    def covers(self, token: Token) -> bool:
        return self.widest(token) is not None

    def root(self, mention: Mention) -> Mention:
        return root_mention(mention, self.by_index)
