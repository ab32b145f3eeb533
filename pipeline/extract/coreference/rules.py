"""The tests links.py applies to a candidate antecedent: same entity, gender, head noun, nationality."""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, TypeVar

from spacy.tokens import Doc, Span, Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.name_strings import nation_key
from pipeline.given_names import gender_detector
from pipeline.lexicon import COMPANY_SUFFIXES, HONORIFIC_GENDER, NAME_TITLES, RELATIVE_OPENERS, ROLE_NOUNS
from pipeline.speech_words import FEMALE_NOUNS, MALE_NOUNS

EDUCATION = frozenset({"university", "institute", "school", "college", "academy", "polytechnic"})
# Nouns a name usually contains ("Beihang University") or the text usually says of it ("the
# ASPI think tank"): either makes the name a fit for "the university", "the think tank".
DESCRIPTION_HEADS = EDUCATION | frozenset({
    "company", "firm", "corporation", "agency", "ministry", "department", "bank", "party",
    "organization", "organisation", "foundation", "center", "centre", "council", "committee",
    "commission", "association", "union", "campaign", "newspaper", "network", "fund", "alliance",
    "society", "laboratory", "group", "court", "administration", "army", "navy", "institution",
    "broadcaster", "agency", "manufacturer", "carrier", "airline", "regulator", "bureau", "board",
})
# Description heads any organisation may be called, whatever its name says ('the organization wrote').
GENERIC_ORGANISATION_NOUNS = frozenset({"organization", "organisation", "group"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "advmod", "punct", "det", "nummod"})
TITLE_WORDS = frozenset(w.strip(".") for w in NAME_TITLES | ROLE_NOUNS)
STOP_NAME_WORDS = frozenset({"of", "and", "the", "for", "&", "de", "la"})
_Fact = TypeVar("_Fact")




def gender_of_pronoun(word: str) -> str | None:
    return {"he": "male", "she": "female"}.get(word)


def gender_of_possessive(word: str) -> str | None:
    return {"his": "male", "her": "female"}.get(word)


def opens_line(span: Span) -> bool:
    """True when only white space stands between the previous line break and the span."""
    for token in reversed(span.doc[:span.start]):
        if "\n" in token.whitespace_:
            return True
        if not token.is_space:
            return False
        if "\n" in token.text:
            return True
    return True


def is_subject(span: Span) -> bool:
    """True when the mention is a clause's subject (or the apposition/name of one).

    A mention opening a paragraph counts too: it is the paragraph's topic even where the parser,
    fed a heading glued to the paragraph, got the clause wrong.
    """
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    opens_paragraph = opens_line(span)
    if opens_paragraph and root.dep_ not in ("amod", "compound", "poss", "nmod"):
        return True
    return root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass") or opens_relative_clause(span)


def opens_relative_clause(span: Span) -> bool:
    """A name right after a relative pronoun that follows a noun, before a finite verb ('something
    that Benson echoes'): the clause's subject, though the tagger may read 'Benson echoes' as a
    noun phrase ('Apple shares')."""
    doc = span.doc
    return 2 <= span.start and span.end < len(doc) and doc[span.start - 1].lower_ in RELATIVE_OPENERS and (
        doc[span.start - 2].pos_ in ("NOUN", "PRON") and doc[span.end].tag_ in ("VBZ", "VBD", "VBP", "NNS"))


def _initials(text: str) -> str:
    return "".join(w[0] for w in text.replace("-", " ").split() if w[:1].isupper()
                   and w.casefold() not in STOP_NAME_WORDS)


class EntityGroups:
    """Named mentions grouped by the entity they evidently share: same text, surname, acronym."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = [m for m in mentions if m.refers_to is None]
        self.by_index = {m.index: m for m in mentions}
        self.parent = {m.index: m.index for m in self.mentions}
        first_of_text: dict[tuple[str, str], int] = {}
        for m in self.mentions:
            text = " ".join(m.text.split()).casefold()
            # A name of two or more words is one entity whatever label the NER gave each
            # mention ("Ivanka Trump" PERSON, later PRODUCT); a single word may name two.
            key = ("", text) if len(text.split()) > 1 else (m.label, text)
            if key in first_of_text:
                self._union(first_of_text[key], m.index)
            else:
                first_of_text[key] = m.index
        text = doc_text(doc)
        for a, b in zip(self.mentions, self.mentions[1:]):
            between = text[a.end:b.start]
            if between.strip() == "(" and text[b.end:b.end + 1] == ")":
                self._union(a.index, b.index)  # "Harbin Institute of Technology (HIT)"
        full_names = [m for m in self.mentions
                      if (m.label == "PERSON" and len(m.text.split()) > 1) or given_name_first(m.text)]
        # "Loretta E. Lynch" and "Loretta Lynch", "Donald J. Trump" and "Donald Trump", "Founder
        # Beverly Bond" and "Beverly Bond": a middle name or initial dropped, or a title kept by
        # the NER, leaves the same person, so a lone "Lynch" still has one owner.
        first_and_last: dict[tuple[str, str], int] = {}
        for m in full_names:
            words = _untitled(m.text.casefold().split())
            key = (words[0], words[-1])
            if key in first_and_last:
                self._union(first_and_last[key], m.index)
            else:
                first_and_last[key] = m.index
        full_names_by_last: dict[str, list[Mention]] = {}
        for f in full_names:
            full_names_by_last.setdefault(f.text.split()[-1], []).append(f)
        for m in self.mentions:
            words = m.text.split()
            # A lone surname ("Allen"; "Trump", which the NER often calls an ORG) is the person
            # when exactly one full name in the article ends with it.
            owners = {self.find(f.index) for f in full_names_by_last.get(words[0], ())} if len(words) == 1 else set()
            if m.label in ("PERSON", "ORG") and len(words) == 1 and len(owners) == 1:
                self._union(owners.pop(), m.index)
            elif m.label == "ORG" and m.text.isupper() and len(m.text) >= 2:
                owners = {self.find(f.index) for f in self.mentions
                          if f.label == "ORG" and f is not m and _initials(f.text) == m.text}
                if len(owners) == 1:
                    self._union(owners.pop(), m.index)
        # The groups are final: each one's members, in mention order, looked up instead of searched.
        self._members: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self._members.setdefault(self.find(m.index), []).append(m)
        self._facts: dict[tuple, object] = {}
        self._person_starts: list[int] | None = None
        self._person_ends: list[int] = []

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def _union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def key(self, mention: Mention) -> int:
        return self.find(mention.index) if mention.index in self.parent else mention.index

    def members(self, mention: Mention) -> list[Mention]:
        return list(self._members.get(self.key(mention), ())) or [mention]

    def labels(self, mention: Mention) -> set[str]:
        return {m.label for m in self.members(mention)}

    def name_words(self, mention: Mention) -> set[str]:
        return {w.casefold().strip(".,") for m in self.members(mention) for w in m.text.split()}

    def spans(self, mention: Mention) -> list[Span]:
        found = []
        for m in self.members(mention):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                found.append(span)
        return found

    def entity_fact(self, name: str, mention: Mention, compute: Callable[["EntityGroups", Mention], _Fact]) -> _Fact:
        """`compute(self, mention)`, worked out once per entity: the groups are final, so whatever
        is read from an entity's spans (its gender) holds for every mention of it. A pronoun asks
        for each candidate's gender, and a long article has thousands of both."""
        if mention.index in self.parent:
            key = (name, self.find(mention.index))
        else:
            key = (name, None, mention.index, mention.start, mention.end)
        if key not in self._facts:
            self._facts[key] = compute(self, mention)
        return self._facts[key]  # type: ignore[return-value]

    def other_person_in_sentence(self, span: Span) -> bool:
        """True when a PERSON entity of the span's sentence lies outside the span."""
        return bool(self.other_persons_in_sentence(span))

    def other_persons_in_sentence(self, span: Span) -> list[tuple[int, int]]:
        """The (start, end) of every PERSON entity of the span's sentence outside the span (what
        `[e for e in span.sent.ents if e.label_ == "PERSON" and not inside]` says, without
        building every entity of the document for each span)."""
        if self._person_starts is None:
            bounds = [(e.start, e.end) for e in self.doc.ents if e.label_ == "PERSON"]
            self._person_starts = [start for start, _ in bounds]
            self._person_ends = [end for _, end in bounds]
        sentence = span.sent
        others = []
        at = bisect_left(self._person_starts, sentence.start)
        while at < len(self._person_starts) and self._person_starts[at] < sentence.end:
            start, end = self._person_starts[at], self._person_ends[at]
            if end <= sentence.end and not (start >= span.start and end <= span.end):
                others.append((start, end))
            at += 1
        return others


def _untitled(words: list[str]) -> list[str]:
    """A name's words without the titles the NER kept in front ('founder beverly bond')."""
    while len(words) > 1 and words[0].strip(".") in TITLE_WORDS:
        words = words[1:]
    return words


def given_name_first(text: str) -> bool:
    """True for a name of two or three words whose first is a known given name ('Reilly Opelka'):
    a person, whatever label the NER gave it."""
    words = text.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
            and gender_detector().get_gender(words[0]) != "unknown")


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
            answer = gender_detector().get_gender(span[0].text)
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
        if len(span) > 1 and gender_detector().get_gender(span[0].text) in ("male", "female"):
            return False
    return True


def _honorific(span: Span) -> set[str]:
    """The gender of an honorific before the name or kept inside it by the NER ('Mrs Palin')."""
    words = [span.doc[span.start - 1]] if span.start > 0 else []
    words += [span[0]] if len(span) > 1 else []
    return {HONORIFIC_GENDER[w.lower_] for w in words if w.lower_ in HONORIFIC_GENDER}


def _gendered_noun(span: Span) -> set[str]:
    """The gender of a noun the writer puts before the name or beside it: '9/11 widow Terry
    Strada', 'Spokeswoman Haley Morris'. Not an apposition: the parser makes one of "Sanders'
    son" as readily as of "Strada, a widow"."""
    doc = span.doc
    nouns = [span[0]] if len(span) > 1 else []  # 'King' alone is a surname
    if span.start > 0:
        nouns.append(doc[span.start - 1])
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


def description_head(head: Token, covered: set[int]) -> tuple[Span, list[str], list[str]] | None:
    """The phrase "the [modifiers] head" around `head`, with its nationality and name modifiers."""
    if head.i in covered or head.tag_ not in ("NN", "NNP"):
        return None
    if head.dep_ == "compound" or head.head.i in covered and head.head is not head:
        return None  # "the think tank MERICS": the name is right there
    if any(c.dep_ == "appos" or c.dep_ in ("relcl", "acl") and not _set_off(c) for c in head.children):
        # "the university where she studied" introduces, not refers ("The ad, titled ..." refers); an
        # apposition names it ("the Vatican spokesman, Federico Lombardi,")
        return None
    dets = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return None
    span = head.doc[dets[0].i:head.i + 1]
    nations, names = [], []
    for token in span[1:-1]:
        if token.head.i not in range(span.start, span.end) or token.dep_ not in MODIFIER_DEPS:
            return None
        if token.ent_type_ in ("NORP", "GPE"):
            nations.append(token.text)
        elif token.is_title and token.pos_ == "PROPN":
            names.append(token.text.casefold())
    return span, nations, names


def _set_off(clause: Token) -> bool:
    """True for a clause set off by a comma before it ('the ad, titled “Unifier?”,')."""
    first = min(t.i for t in clause.subtree)
    return first > 0 and clause.doc[first - 1].text == ","


def _described_as(groups: EntityGroups, mention: Mention, noun: str) -> bool:
    """True when the text calls one of the entity's mentions a `noun` right beside it."""
    for span in groups.spans(mention):
        doc = span.doc
        window = doc[max(span.start - 4, span.sent.start):min(span.end + 3, span.sent.end)]
        nouns = [t for t in window if t.lower_ in (noun, noun.split()[-1])]
        if noun in window.text.casefold() and any(_names_noun(span, t) for t in nouns):
            return True
    return False


def _names_noun(span: Span, token: Token) -> bool:
    """True when `token` is attached to the name as a descriptor ('broadcaster NHK', 'NHK, the
    broadcaster', 'the NHK network'), not a word of the next clause ('telling Fox 35 that the
    organization is ...')."""
    if span.start <= token.i < span.end:
        return False
    inside = range(span.start, span.end)
    return (token.head.i in inside or span.root.head.i == token.i
            or (token.dep_ == "appos" and token.head.i in inside))


def fits_head(groups: EntityGroups, mention: Mention, head: Token, name_words: list[str]) -> bool:
    names = groups.name_words(mention)
    if any(w not in names for w in name_words):
        return False
    noun = "think tank" if head.lower_ == "tank" else head.lower_
    if noun in names:
        return True
    if noun in EDUCATION and names & EDUCATION:
        return True
    if noun in ("company", "firm", "corporation") and names & COMPANY_SUFFIXES:
        return True
    return _described_as(groups, mention, noun)


def _nation_evidence(groups: EntityGroups, mention: Mention) -> tuple[set[str], set[str]]:
    """Nation keys (named anywhere, stated as a claim) in the entity's names and own phrases.

    The second set only holds words that assert a nationality (a demonym, "China's"), which
    may rule a candidate out; a bare place in a relative clause may not.
    """
    named, asserted = set(), set()
    for span in groups.spans(mention):
        for token in span:
            named.add(nation_key(token.text))
        root = span.root
        phrase = [t for t in root.subtree if not span.start <= t.i < span.end]
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            phrase += [t for c in root.head.children if c.dep_ == "attr" for t in c.subtree]
        # A relative clause tells what the entity did ("which supplies Beijing's military"),
        # not where it belongs: it may confirm a nationality but never rules one out.
        clauses = {t.i for t in phrase if t.dep_ in ("relcl", "acl", "advcl") for t in t.subtree}
        for token in phrase:
            if token.ent_type_ not in ("NORP", "GPE"):
                continue
            named.add(nation_key(token.text))
            if token.i not in clauses and (token.ent_type_ == "NORP" or token.dep_ == "poss"):
                asserted.add(nation_key(token.text))
    return named, asserted


def nationality_fit(groups: EntityGroups, mention: Mention, nations: list[str]) -> bool | None:
    """True when the text bears the nationality out, False when it names only another, else None."""
    if not nations:
        return None
    wanted = {nation_key(n) for n in nations}
    named, asserted = _nation_evidence(groups, mention)
    if wanted & named and not (asserted - wanted):
        return True
    if asserted - wanted:
        return False
    return None
