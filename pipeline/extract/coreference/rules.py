"""The tests links.py applies to a candidate antecedent: same entity, gender, head noun, nationality."""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, TypeVar

from spacy.tokens import Doc, Span, Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.given_names import gender_detector
from pipeline.lexicon import POSSESSIVE_GENDERS, PRONOUN_GENDERS
from pipeline.lexicon import is_legal_form, NAME_SUFFIXES, NAME_TITLES, RELATIVE_OPENERS, ROLE_NOUNS, SUBJECT_DEPS
from pipeline.organisation_words import FOREIGN_KIND_WORDS
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.speech_words import DOCUMENT_NOUNS, NAMED_WORK_NOUNS

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
# Description heads any business may be called, but only when it speaks ('Unilever said ... "...,"
# the company said', '"...," said the firm'): as a subject of other verbs they too often mean
# another business the sentence is about.
SPEAKING_BUSINESS_NOUNS = frozenset({"company", "firm"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "advmod", "punct", "det", "nummod"})
TITLE_WORDS = frozenset(w.strip(".") for w in NAME_TITLES | ROLE_NOUNS)
STOP_NAME_WORDS = frozenset({"of", "and", "the", "for", "&", "de", "la"})
_Fact = TypeVar("_Fact")




def gender_of_pronoun(word: str) -> str | None:
    return PRONOUN_GENDERS.get(word)


def gender_of_possessive(word: str) -> str | None:
    return POSSESSIVE_GENDERS.get(word)


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
    return root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass") or opens_relative_clause(span) \
        or _subject_read_as_adverb(span) or _named_after_a_titles_of(span)


def _named_after_a_titles_of(span: Span) -> bool:
    """"Director of rugby Warren Gatland revealed ...", "Secretary of State John Kerry said": the
    parser hangs the name under the title's "of"; the title, a capitalised subject, is the name's."""
    root = span.root
    prep = root.head
    title = prep.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and title.dep_ in ("nsubj", "nsubjpass") \
        and title.text[:1].isupper() and title.pos_ in ("NOUN", "PROPN") and span.end == root.i + 1 \
        and not any(t.dep_ == "det" for t in prep.subtree) and span.start > prep.i + 1


def _subject_read_as_adverb(span: Span) -> bool:
    """A name the tagger read as an adverb before a verb that has no subject ("Desailly says ...",
    "Desailly is one of ..."): an unknown name opening a clause is its subject."""
    root = span.root
    verb = root.head
    return root.dep_ == "advmod" and root.pos_ == "ADV" and root.i < verb.i and verb.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


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


# 'McConnell, who said': the relative pronoun subject stands for the name its clause describes.
RELATIVE_PRONOUNS = frozenset({"who", "which"})

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
            words = f.text.split()
            while len(words) > 2 and words[-1].casefold() in NAME_SUFFIXES:
                words = words[:-1]  # "Patrick W. Carlineo Jr.": "Carlineo" is his
            full_names_by_last.setdefault(words[-1], []).append(f)
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
        self._join_legal_forms()
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

    def _join_legal_forms(self) -> None:
        """"Endotronics" and "Endotronics Inc": a company's name without its legal form is the company,
        when one company of the article bears it ("the company" then fits it as a company's name)."""
        companies: dict[str, set[int]] = {}
        for m in self.mentions:
            words = m.text.split()
            while m.label == "ORG" and len(words) > 1 and is_legal_form(words[-1]):
                words.pop()
            if len(words) < len(m.text.split()):
                companies.setdefault(" ".join(words).casefold(), set()).add(self.find(m.index))
        for m in self.mentions:
            short = " ".join(m.text.split()).casefold()
            owners = companies.get(short, set()) if m.label == "ORG" else set()
            # "Hoechst" beside "Hoechst AG" and "Hoechst Celanese Corp": the short form opens two names
            opening = {self.find(o.index) for o in self.mentions if o.label == "ORG"
                       and " ".join(o.text.split()).casefold().startswith(short + " ")}
            if owners and len({self.find(o) for o in owners} | opening) == 1:
                self._union(owners.pop(), m.index)

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
        words = {w.casefold().strip(".,") for m in self.members(mention) for w in m.text.split()}
        return words | {FOREIGN_KIND_WORDS[w] for w in words if w in FOREIGN_KIND_WORDS}  # "Banco Santander": a bank

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


def writes_subject(span: Span) -> bool:
    """True for the author of a document or the maker of a work that is a clause's subject
    ('Tuttle's article also attacked Christie', 'Smith's column argues', 'Robbie Williams' track
    beat songs by Coldplay'): the clause is about what the author says or made."""
    return written_subject(span) is not None


def written_subject(span: Span) -> Token | None:
    """The subject a writes_subject author's document or work heads: "article" of 'Tuttle's article
    attacked', "Angels" of 'Robbie Williams' track Angels beat' (the work's noun before its title)."""
    root = span.root
    noun = root.head
    subject = noun.head if noun.dep_ in ("compound", "appos") else noun
    if root.dep_ != "poss" or noun.lemma_.lower() not in DOCUMENT_NOUNS | NAMED_WORK_NOUNS or subject.dep_ not in SUBJECT_DEPS:
        return None
    verb = subject.head
    if noun.lemma_.lower() not in DOCUMENT_NOUNS and (is_speech_verb(verb) or any(
            is_speech_verb(c) for c in verb.children if c.dep_ in ("parataxis", "ccomp", "advcl"))
            or verb.dep_ in ("ccomp", "parataxis") and is_speech_verb(verb.head)):
        return None  # "Moore's documentary may have been affected ..., says Tim Dams": the speaker's sentence
    return subject if sum(c.dep_ in SUBJECT_DEPS for c in verb.children) == 1 else None
