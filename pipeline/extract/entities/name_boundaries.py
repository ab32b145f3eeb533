"""Mention boundaries the statistical NER draws wrong, fixed on doc.ents before mentions are read.

The `name_boundaries` component runs after `org_name_rules`. Each rule fixes one mechanism:

- Headline fragments: in a Title Case line (a headline) the tagger cannot tell a capitalised
  verb from a name, so "Glenn Beck Blasts Drudge" or "Wants Girl Scout" come out as one
  PERSON. The article's own body decides: a part of the span that the body names on its own
  wins; otherwise a word the body uses in lower case, or a verb form the lemmatizer's word
  index knows, ends the name, unless the body writes that word capitalised mid-sentence.
- A possessive organisation before a name ("Twitter's Adam Sharp") is its own mention.
- Status words ("Retired", "Former", "Acting") never open an organisation or place name.
- A results line ("Viera d. Rockledge 3-1": Viera defeated Rockledge) is two names, never one
  name with a middle initial: a lower-case "d."/"def." (lexicon.RESULTS_VERBS) ends a name.
- Role title runs: the first name after a title ("Chair Debbie Wasserman Schultz") belongs to
  the person, and a name the model left unlabelled after a title ("Committee Chair Reince
  Priebus") is one; a place before a portfolio title ("Texas Agriculture Secretary") is the
  place, not an organisation "Texas Agriculture".

Coordinated names sharing a surname ("Charles G. and David H. Koch") are read when mentions
are collected (shared_names.py). Place knowledge comes from the gazetteer check the resolver
also uses (`known_place`, pipeline/name_strings.py), its one home.
"""
from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.extract.doctext import doc_text
from pipeline.extract.entities.boundaries import outside_credits
from pipeline.extract.entities.datelines import outside_datelines
from pipeline.extract.entities.portfolio_lists import with_listed_portfolios
from pipeline.extract.entities.name_edges import (
    nationality_split, nicknamed_names, with_given_name, with_hyphened_word, with_legal_form_after, with_legal_name,
    with_ordinal,
    without_glued_verb,
)
from pipeline.extract.entities.entity_rules import GENITIVE_NAME_WORDS
from pipeline.organisation_words import ORG_HEADS, STATE_HEADS
from pipeline.extract.rule_costs import timed_rule
from pipeline.lexicon import (
    HEADLINE_MIN_WORDS, NAME_STATUS_WORDS, RESULTS_VERBS, NAME_TITLES, ROLE_NOUNS, SUBJECT_DEPS,
    TITLE_ABBREVIATIONS, TITLE_ROLES, is_legal_form,
)
from pipeline.government_words import PORTFOLIO_WORDS, STATE_OFFICE_NOUNS
from pipeline.speech_words import SPEECH_VERBS
from pipeline.given_names import is_given_name
from pipeline.name_strings import known_place, name_key

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
PLACE_LIKE = frozenset({"GPE", "LOC", "NORP"})


def _title_case_line(line: str) -> bool:
    """A headline: every word but the stop words ("from", "with", "his") is capitalised, and there are enough of them."""
    words = [w for w in _WORD.findall(line) if w.lower() not in STOP_WORDS]
    return len(words) >= HEADLINE_MIN_WORDS and all(w[0].isupper() for w in words)


@dataclass
class _Body:
    """How the article outside its Title Case lines uses words and names."""
    lower_forms: set[str] = field(default_factory=set)  # words (and lemmas) written in lower case
    capitalised: set[str] = field(default_factory=set)  # words written capitalised, not opening a sentence
    names: dict[tuple[str, ...], str] = field(default_factory=dict)  # entity token texts -> first label
    labels: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # every body name and its label
    person_words: set[str] = field(default_factory=set)  # words of person names ("Obama" is no city here)


def _title_lines(doc: Doc) -> list[tuple[int, int]]:
    lines, start, text = [], 0, doc_text(doc)
    for line in text.split("\n"):
        end = start + len(line)
        if _title_case_line(line):
            lines.append((start, end))
        start = end + 1
    return lines


def _in_lines(char: int, lines: list[tuple[int, int]]) -> bool:
    """Whether `char` lies in one of the `lines` (disjoint, in order): the last one starting at or
    before it, found by bisection (a long article has hundreds of title-case lines)."""
    at = bisect_right(lines, (char, math.inf)) - 1
    return at >= 0 and char < lines[at][1]


def _body(doc: Doc, lines: list[tuple[int, int]]) -> _Body:
    body = _Body()
    for token in doc:
        if not token.is_alpha or _in_lines(token.idx, lines):
            continue
        if token.is_lower:
            body.lower_forms.update((token.lower_, token.lemma_.lower()))
        elif token.text[0].isupper() and not token.is_sent_start and not (token.i and doc[token.i - 1].is_quote):
            body.capitalised.add(token.text)
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and not _in_lines(ent.start_char, lines):
            body.names.setdefault(tuple(t.text for t in ent), ent.label_)
            body.labels.append((tuple(t.lower_.rstrip("s") for t in ent if t.lower_ != "the"), ent.label_))
            if ent.label_ == "PERSON":
                body.person_words.update(t.text for t in ent)
    return body


@dataclass(frozen=True)
class _Words:
    """The lemmatizer's word index: verbs (headline verb forms) and every common word (a title
    word such as "Executive" is no first name)."""
    verbs: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()


class NameBoundaries:
    """The spaCy component: `_fix_boundaries` with the lemmatizer's word index, timed as a project rule."""

    def __init__(self, words: _Words):
        self._run = timed_rule(functools.partial(_fix_boundaries, words=words))

    def __call__(self, doc: Doc) -> Doc:
        return self._run(doc)


def _verb_form(word: str, verbs: set[str]) -> bool:
    """A third-person verb form ("blasts", "defends", "wants", "pushes") of a verb the lemmatizer knows."""
    return word.endswith("s") and (word[:-1] in verbs or (word.endswith("es") and word[:-2] in verbs))


def _headline_word(token: Token, body: _Body, verbs: set[str]) -> bool:
    """A capitalised word of a headline that is no name: the body uses it in lower case, or it is
    a verb form; a word the body writes capitalised mid-sentence stays a name."""
    if token.text in body.capitalised or not token.is_alpha or token.is_upper:
        return False
    return token.lower_ in body.lower_forms or _verb_form(token.lower_, verbs)


def _headline_part(ent: Span, body: _Body, verbs: set[str]) -> list[Span]:
    """The name inside a headline entity: the longest part the body names, else the first run of name words."""
    named = _body_named_part(ent, body, min_size=2)
    if named is not None:
        return [named]
    keep = [not _headline_word(t, body, verbs) for t in ent]
    if ent.label_ != "PERSON" or all(keep):  # organisation names hold common words ("Supreme Court")
        return [ent]
    n = len(ent)
    first = keep.index(True) if True in keep else n
    end = first
    while end < n and keep[end]:
        end += 1
    if first == n:
        return []
    part = ent.doc[ent.start + first:ent.start + end]
    if len(part) == 1 and (part[0].is_stop or part[0].lower_ in body.lower_forms):
        return []
    label = _body_label(part, body) or ent.label_
    return [Span(ent.doc, part.start, part.end, label=label)]


def _body_named_part(ent: Span, body: _Body, min_size: int) -> Span | None:
    """The longest part of the entity (at least `min_size` words) that the body names on its own.
    One word is too little evidence: the body's "Haskell" does not make "Wants Tom Haskell" "Haskell"."""
    words = [t.text for t in ent]
    n = len(words)
    for size in range(n, min_size - 1, -1):
        for start in range(0, n - size + 1):
            if tuple(words[start:start + size]) in body.names:
                if size == n:
                    return ent
                part = ent.doc[ent.start + start:ent.start + start + size]
                return Span(ent.doc, part.start, part.end, label=_body_label(part, body) or ent.label_)
    return None


def _body_label(part: Span, body: _Body) -> str | None:
    """The label the body gives most often to names that start with the part's words ("Girl Scout"
    -> "Girl Scouts", "the Girl Scouts of America": ORG), singular or plural; ties go to the earliest."""
    words = tuple(t.lower_.rstrip("s") for t in part)
    votes = Counter(label for name, label in body.labels if name[:len(words)] == words)
    return votes.most_common(1)[0][0] if votes else None


def _possessive_split(ent: Span) -> list[Span] | None:
    """"Twitter's Adam Sharp": the organisation and the person, when what follows the possessive is a
    person's name; "National Gypsum Co's Austin Co": two companies, each with its legal form."""
    doc = ent.doc
    k = next((t.i for t in ent if t.tag_ == "POS" and ent.start < t.i < ent.end - 2), None)
    if k is None or doc[k - 1].lower_ in GENITIVE_NAME_WORDS:
        return None
    if ent.label_ == "ORG" and is_legal_form(doc[k - 1].text) and is_legal_form(doc[ent.end - 1].text):
        owner = Span(doc, ent.start, k, label="ORG")  # its left edge fixed as any ORG's ("Mobil" of "Corp's")
        return [with_legal_name(owner) or with_ordinal(owner) or owner, Span(doc, k + 1, ent.end, label="ORG")]
    person = doc[k + 1:ent.end]
    if not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in person) or len(person) > 4 \
            or any(t.lower_ in ORG_HEADS | STATE_HEADS | NAME_TITLES for t in person):
        return None
    root = ent.root
    speaking = root.dep_ in SUBJECT_DEPS and root.head.lemma_ in SPEECH_VERBS
    if ent.label_ != "PERSON" and not speaking:
        return None
    owner = doc[ent.start:k]
    owner_label = next((e.label_ for e in doc.ents if e.text == owner.text and e.label_ in NAME_LABELS), "ORG")
    return [Span(doc, owner.start, owner.end, label=owner_label), Span(doc, person.start, person.end, label="PERSON")]


def _results_split(ent: Span) -> list[Span] | None:
    """"Viera d. Rockledge": the winner and the loser of a results line, each its own name; the
    lower-case verb ("d.", or "def" and its full stop) belongs to neither (an initial is a capital)."""
    doc = ent.doc
    verbs = [t.i for t in ent if t.text in RESULTS_VERBS and t.i > ent.start and doc[t.i - 1].text[:1].isupper()]
    if not verbs:
        return None
    parts, start = [], ent.start
    for i in verbs:
        parts.append((start, i))
        start = i + 2 if i + 1 < ent.end and doc[i + 1].text == "." else i + 1
    parts.append((start, ent.end))
    return [Span(doc, a, b, label=ent.label_) for a, b in parts if b > a]


def _without_status(ent: Span) -> Span | None:
    """"Retired Army" -> "Army": a status word opens no organisation or place name; nor does the
    hyphen the tokenizer splits off a prefixed status word ("Ex-Labour" -> "Labour", not "-Labour")."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ in NAME_STATUS_WORDS:
        start += 1
        while start < ent.end - 1 and ent.doc[start].text in {"-", "–", "—"}:
            start += 1
    if start == ent.start:
        return None
    return Span(ent.doc, start, ent.end, label=ent.label_)


def _first_name_before(ent: Span, body: _Body, words: _Words) -> Span | None:
    """"Chair Debbie Wasserman Schultz": the model left the first name to the title; it belongs to the person."""
    doc, s = ent.doc, ent.start
    if ent.label_ != "PERSON" or s < 2:
        return None
    name, title = doc[s - 1], doc[s - 2]
    if name.ent_iob_ != "O" or not _name_word(name, body, words):
        return None
    if title.lower_ not in TITLE_ROLES or not title.text[:1].isupper():
        return None
    return Span(doc, s - 1, ent.end, label="PERSON")


# Offices that head a company as often as a public body: after a known place and portfolio words
# ("Bell Petroleum President") they do not make the place's office.
COMPANY_OFFICES = frozenset({"president", "chairman", "chairwoman", "chairperson", "vice-president"})


def _place_before_title(ent: Span, body: _Body) -> Span | None:
    """"Texas Agriculture Secretary Jim Hightower": an ORG with no organisation head word, right
    before a capitalised office title, made of a place (named so in the body, or a known place)
    and portfolio words, is that place; the portfolio belongs to the role. A person the body
    names stays a person ("Obama Education Secretary": Obama's, not the Japanese city)."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or len(ent) < 2:
        return None
    title = doc[ent.end]
    if not title.text[:1].isupper() or title.lower_ not in STATE_OFFICE_NOUNS | TITLE_ROLES:
        return None
    if any(t.lower_ in ORG_HEADS | STATE_HEADS for t in ent):
        return None
    words = [t.text for t in ent]
    for size in range(len(words) - 1, 0, -1):
        if not all(w.lower() in PORTFOLIO_WORDS for w in words[size:]):
            break
        label = body.names.get(tuple(words[:size]))
        if label in PLACE_LIKE:
            return Span(doc, ent.start, ent.start + size, label=label)
        if set(words[:size]) <= body.person_words:  # "Obama Education Secretary": Obama's
            return Span(doc, ent.start, ent.start + size, label="PERSON")
        if known_place(name_key(" ".join(words[:size]))) and title.lower_ not in COMPANY_OFFICES:
            # "Bell Petroleum President Ed Runyan": a town's name opening a company's, whose head is a president
            return Span(doc, ent.start, ent.start + size, label="GPE")
    return None


def _title_words_before_name(ent: Span, body: _Body, words: _Words) -> Span | None:
    """"White House Chief Of Staff Rahm Emanuel" tagged ORG "Staff Rahm Emanuel": capitalised
    common words that end a title ("Of Staff", "Of State") are no part of the name after them; two
    or three name words left after a title are a person."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "PERSON") or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if not before.text[:1].isupper() or before.lower_ not in TITLE_ROLES | STATE_OFFICE_NOUNS | {"of"}:
        return None
    start = ent.start
    while start < ent.end and _title_word(doc[start], words):
        start += 1
    rest = doc[start:ent.end]
    if start == ent.start or not 2 <= len(rest) <= 3:
        return None
    if not (is_given_name(rest[0].text) or _name_word(rest[0], body, words)) \
            or not all(_name_word(t, body, words) for t in rest[1:]):
        return None
    return Span(doc, start, ent.end, label="PERSON")


def _title_word(token: Token, words: _Words) -> bool:
    """A capitalised common noun that can end a title ("Staff", "Communications"), not a given name ("Hope")."""
    return token.text[:1].isupper() and not is_given_name(token.text) and (
        token.lower_ in words.common or token.lemma_.lower() in words.common)


def _fix_boundaries(doc: Doc, words: _Words) -> Doc:
    with_listed_portfolios(doc)
    nicknamed = nicknamed_names(doc)
    if not doc.ents and not nicknamed:
        return doc
    lines = _title_lines(doc)
    body = _body(doc, lines)
    fixed: list[Span] = []
    changed = False
    for ent in doc.ents:
        spans: list[Span] = [ent]
        in_headline = bool(lines) and _in_lines(ent.start_char, lines)
        if not in_headline and (split := _possessive_split(ent)) is not None:
            spans = split
        elif ent.label_ in NAME_LABELS and (split := _results_split(ent)) is not None:
            spans = split
        elif not in_headline and (split := nationality_split(ent)) is not None:
            spans = split
        elif ent.label_ in NAME_LABELS:
            if in_headline and len(ent) > 1:
                spans = _headline_part(ent, body, words.verbs)
            else:
                spans = [_without_status(ent) or _first_name_before(ent, body, words)
                         or _place_before_title(ent, body) or _title_words_before_name(ent, body, words)
                         or without_glued_verb(ent, body.capitalised, words.verbs)
                         or with_given_name(ent, body.lower_forms, words.common, words.verbs)
                         or with_ordinal(ent) or with_legal_name(ent) or with_legal_form_after(ent)
                         or with_hyphened_word(ent) or ent]
        changed |= spans != [ent]
        fixed.extend(spans)
    found = _unlabelled_names_after_titles(doc, fixed, body, lines, words) + nicknamed
    kept = outside_datelines(doc, outside_credits(doc, fixed + found))
    if changed or found or len(kept) < len(fixed) + len(found):
        doc.ents = filter_spans(kept)
    return doc


def _unlabelled_names_after_titles(doc: Doc, ents: list[Span], body: _Body, lines: list[tuple[int, int]],
                                   words: _Words) -> list[Span]:
    """"Republican National Committee Chair Reince Priebus said": two or three capitalised words
    after a capitalised office title, which the model left without a label, are a person's name."""
    taken = {i for span in ents for i in range(span.start, span.end)}
    found: list[Span] = []
    for title in doc:
        if not title.text[:1].isupper() or (title.lower_ not in TITLE_ROLES and title.lower_ not in TITLE_ABBREVIATIONS):
            continue
        if lines and _in_lines(title.idx, lines):  # "President Signs Bill": headline words, not a name
            continue
        end = title.i + 1
        while end < len(doc) and end - title.i <= 3 and end not in taken and _name_word(doc[end], body, words):
            end += 1
        if 2 <= end - title.i - 1 <= 3 and not (end < len(doc) and doc[end].text[:1].isupper()):
            found.append(Span(doc, title.i + 1, end, label="PERSON"))
    return found


def _name_word(token: Token, body: _Body, words: _Words) -> bool:
    """A capitalised word that can only be part of a name: no common word of the article or the
    lemmatizer's index ("Executive" in "Chief Executive Carrie Lam"), no title or head word."""
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and token.lower_ not in body.lower_forms \
        and token.lower_ not in words.common and token.lower_ not in NAME_TITLES | ROLE_NOUNS | ORG_HEADS | STATE_HEADS


@Language.factory("name_boundaries")
def make_name_boundaries(nlp: Language, name: str) -> NameBoundaries:
    """The lemmatizer's word index tells verb forms and common words; without it only the body decides."""
    pipe = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lemmatizer = getattr(pipe, "lemmatizer", pipe)
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return NameBoundaries(_Words())
    index = lookups.get_table("lemma_index")
    common = frozenset(word for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, []))
    return NameBoundaries(_Words(verbs=frozenset(index.get("verb", [])), common=common))


def add_boundary_rules(nlp: Language) -> None:
    """Add the boundary fixes after the other entity rules."""
    if "name_boundaries" not in nlp.pipe_names:
        last = "org_name_rules" if "org_name_rules" in nlp.pipe_names else ("ner" if "ner" in nlp.pipe_names else None)
        nlp.add_pipe("name_boundaries", after=last)
