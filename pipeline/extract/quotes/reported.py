"""Reported speech: relations stated inside someone's words are that someone's claims.

Four constructions attribute a relation to a speaker:
- it lies in the complement of a speech or cognition verb ("Allen said Russia can help",
  "X says that ...", "Russia can help, Allen believes", "Police allege X killed Y"): the verb's
  subject is the source;
- it lies in the clause a frame set off by commas interrupts ("But, the witness says, she
  returned ..., killing A");
- its sentence cites "according to X";
- it lies inside a direct quote that extract_quotes gave a speaker; inside a quoted passage
  with no speaker found, it is still someone's words (reported, no `attributed_to`).

Such a relation gets `attributed_to` = the source mention and modality `reported`. A source
the text describes but does not name ("prosecutors say", "according to police", "a senior
official said") still makes the relation `reported`, with no `attributed_to`: the writer
relays the account, and does not assert it. A relation
already `hedged` stays hedged: the contract has one modality, hedging is the stronger doubt, and
`attributed_to` still records who reported it. Quotes themselves stay `asserted`: that someone
said the words is the writer's own claim.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from models import Mention, RelationMention
from pipeline.extract.doctext import doc_quote_spans, doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.spans import paragraph_bounds, word_count
from pipeline.extract.quotes.speech import (
    UNNAMED, according_to_object, is_speech_verb, mention_for_phrase, speaker_of,
)
from pipeline.extract.relations.lexicon import WRITERS_DESCRIPTIONS, is_role_noun
from pipeline.speech_words import EVIDENCE_VERBS, FICTION_NOUNS, REPORTING_VERBS, UNAMBIGUOUS_REPORTING_FORMS

COMPLEMENT_DEPS = ("ccomp", "xcomp", "parataxis")


def _tokens_of(doc: Doc, mention: Mention | None) -> Span | None:
    if mention is None:
        return None
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _inside(span: Span | None, token_ids: set[int]) -> bool:
    return span is not None and all(t.i in token_ids for t in span)


def _complement_sources(sentence: Span, index: MentionIndex) -> list[tuple[set[int], int]]:
    """(token ids of a reported complement, source mention index or UNNAMED) for each
    reporting verb."""
    found = []
    for token in sentence:
        fiction = _fiction_scope(token)
        if fiction:
            found.append((fiction, UNNAMED))
            continue
        if token.lower_ == "according":
            source = according_to_object(token)
            mention = mention_for_phrase(source, index) if source is not None else None
            if source is not None:
                # "according to X" vouches for the whole sentence except X's own phrase; "according
                # to police", "according to Russian officials" for a source it does not name.
                own = {t.i for t in token.subtree}
                named = mention is not None and mention.label != "NORP"
                found.append(({t.i for t in sentence if t.i not in own}, mention.index if named else UNNAMED))
            continue
        if token.lower_ in UNAMBIGUOUS_REPORTING_FORMS and token.pos_ not in ("VERB", "AUX"):
            found.append(_mistagged_frame(token, sentence, index))
            continue
        if not is_speech_verb(token, REPORTING_VERBS):
            continue
        speaker = speaker_of(token, index)
        if speaker is None or (token.lemma_.lower() in EVIDENCE_VERBS and speaker != UNNAMED
                               and index.root(index.by_index[speaker]).label == "PERSON"):
            continue
        # The parser sometimes glues the next paragraph onto a sentence: a complement ends
        # where the verb's paragraph does.
        para_start, para_end = paragraph_bounds(doc_text(sentence.doc), token.idx)
        for child in token.children:
            # an unnamed source's "agreed to sign", "continued to work": no one's account
            if child.dep_ in COMPLEMENT_DEPS and not (speaker == UNNAMED and child.dep_ == "xcomp") \
                    and not _closed_before(child, token):
                clause = _interrupted_clause(token, child) or child
                found.append(({t.i for t in clause.subtree if para_start <= t.idx < para_end}, speaker))
        interrupted = _parenthetical_scope(token)
        if interrupted:
            found.append(({i for i in interrupted if para_start <= sentence.doc[i].idx < para_end}, speaker))
    return found


def _fiction_scope(prep) -> set[int]:
    """The clause a fronted "In the movie, ...", "In the novel, ..." sets in a work of fiction
    ('In the movie, Deep Throat gives Woodward the advice'): what happens there is the work's, not
    a fact the writer asserts. Empty for any other word."""
    verb = prep.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i:
        return set()
    work = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if work is None or work.lemma_.lower() not in FICTION_NOUNS:
        return set()
    own = {t.i for t in prep.subtree}
    return {t.i for t in verb.subtree if t.i not in own}


def _closed_before(complement, verb) -> bool:
    """"A signed a deal with B; critics say it was a mistake": a clause the parser hangs on a later
    frame across a semicolon is the writer's own sentence, not the frame's complement."""
    doc = verb.doc
    return complement.i < verb.i and any(t.text == ";" for t in doc[complement.right_edge.i:verb.i])


def _mistagged_frame(verb, sentence: Span, index: MentionIndex) -> tuple[set[int], int]:
    """"Police allege Kirkpatrick killed Banky" with "allege" parsed as a noun: the rest of the
    sentence is the allegation, the name just before it (if any) its source."""
    before = sentence.doc[verb.i - 1] if verb.i > sentence.start else None
    mention = index.narrowest(before) if before is not None else None
    return {t.i for t in sentence if t.i > verb.i}, mention.index if mention is not None else UNNAMED


def _parenthetical_scope(verb) -> set[int]:
    """The clause a frame with no complement of its own interrupts, set off by commas: in "But,
    the witness says, she returned ..." or "A joined B, the company says." the frame hangs off
    that clause's verb. Empty when the frame is not such an aside."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in COMPLEMENT_DEPS for c in verb.children):
        return set()
    words = [t for t in verb.subtree if not t.is_punct]
    first, last = words[0].i, words[-1].i
    opened = first == verb.sent.start or doc[first - 1].text == "," or (
        doc[first - 1].pos_ == "CCONJ" and first - 1 == verb.sent.start)
    closed = last + 1 >= len(doc) or doc[last + 1].text in (",", ".", "!", "?")
    if not (opened and closed):
        return set()
    own = {t.i for t in verb.subtree}
    return {t.i for t in verb.head.subtree if t.i not in own}


# Clauses a frame set off by commas may interrupt ('..., which is an outcome, he said, “...”').
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "conj", "acl"})


def _interrupted_clause(verb, complement):
    """The clause a frame set off by commas interrupts, when the parser hangs a longer stretch
    before it on the frame's verb: in 'Mook acknowledged they had split the contests, which is an
    outcome, he said, “we've long anticipated”' the report is the relative clause, not the
    writer's main clause. None when the frame is not set off, or the complement follows it."""
    doc = verb.doc
    subject_start = min((c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), default=verb.i)
    first = min(subject_start, verb.i)
    if complement.i > verb.i or first == 0 or doc[first - 1].text != "," or verb.i + 1 >= len(doc) \
            or doc[verb.i + 1].text != ",":
        return None
    node = doc[first - 2] if first >= 2 else None
    while node is not None and node.i != complement.i:
        if node.dep_ in CLAUSE_DEPS and node.pos_ in ("VERB", "AUX") and node.right_edge.i >= first - 2:
            return node
        node = node.head if node.head.i != node.i else None
    return None


def _source_for(relation: RelationMention, doc: Doc, by_index: dict[int, Mention],
                index: MentionIndex, quotes: list[RelationMention]) -> int | None:
    subject = _tokens_of(doc, by_index.get(relation.subject))
    obj = _tokens_of(doc, by_index.get(relation.object)) if relation.object is not None else None
    if subject is None:
        return None
    for quote in quotes:
        start, end = quote.value_span
        if start <= subject.start_char and subject.end_char <= end and (
                obj is None or (start <= obj.start_char and obj.end_char <= end)):
            return quote.subject
    if _in_quoted_passage(doc, subject, obj):
        return UNNAMED
    if relation.rule.removesuffix("+chain") in WRITERS_DESCRIPTIONS:
        return None  # "Bucher said residents in Jupiter, Florida, ...": the writer places Jupiter
    sentence = doc.char_span(relation.sentence_start, relation.sentence_end, alignment_mode="expand")
    if sentence is None:
        return None
    # The innermost complement wins: "A said B thinks X" is B's claim, as A reports it. An
    # unnamed source (UNNAMED) makes the relation reported with no one to attribute it to.
    host = _described_name(subject, obj)
    best: tuple[int, int] | None = None
    for token_ids, source in _complement_sources(sentence, index):
        if source in (relation.subject, relation.object):
            continue
        if host is not None and host.i in token_ids:
            continue  # the description is the writer's, wherever the name it hangs on stands
        if _inside(subject, token_ids) and (obj is None or _inside(obj, token_ids)):
            if best is None or len(token_ids) < best[0]:
                best = (len(token_ids), source)
    return best[1] if best else None


def _described_name(subject: Span, obj: Span | None):
    """The word a relation hangs on when the relation is stated by a description of one of
    its two names rather than by the clause: an apposition, a relative clause or a title ("Acme
    confirmed that WeWork's founder Adam Neumann ...", "said that Jane Roe, who founded Acme in
    1990, ...", "said Acme, a unit of Beta, ..."): the lowest word the two names share is one of
    the names. The writer gives such descriptions, inside a source's words too. None otherwise."""
    if obj is None:
        return None
    up = [subject.root] + list(subject.root.ancestors)
    shared = next((t for t in up if t.i == obj.root.i or t.is_ancestor(obj.root)), None)
    if shared is None:
        return None
    inside = (subject.start <= shared.i < subject.end) or (obj.start <= shared.i < obj.end)
    # "WeWork's founder, Adam Neumann, ...": the names meet at the role noun the one is in apposition to
    titled = shared.pos_ == "NOUN" and is_role_noun(shared.lemma_)
    return shared if inside or titled else None


# Words a quoted stretch needs to be a passage of someone's text rather than a title or a term.
MIN_PASSAGE_WORDS = 4


def _in_quoted_passage(doc: Doc, subject: Span, obj: Span | None) -> bool:
    """Whether both arguments lie inside a quoted passage no quote rule gave a speaker ('The
    release says Deputy Ortiz "spotted Orozco ... Orozco shot Ortiz"'): the words are someone's,
    relayed, not the writer's own assertion."""
    text = doc_text(doc)
    for span in doc_quote_spans(doc):
        if span.start <= subject.start_char and subject.end_char <= span.end and (
                obj is None or (span.start <= obj.start_char and obj.end_char <= span.end)):
            return word_count(span.text(text)) >= MIN_PASSAGE_WORDS
    return False


def attribute_reported_speech(doc: Doc, mentions: list[Mention],
                              relations: list[RelationMention], index: MentionIndex | None = None,
                              ) -> list[RelationMention]:
    """`relations` with attributed_to and modality set on those stated in someone's words."""
    index = index or MentionIndex(doc, mentions)
    by_index = index.by_index
    quotes = [r for r in relations if r.predicate == "said" and r.value_span is not None]
    attributed = []
    for relation in relations:
        if relation.predicate == "said" or relation.attributed_to is not None:
            attributed.append(relation)
            continue
        source = _source_for(relation, doc, by_index, index, quotes)
        if source is None:
            attributed.append(relation)
            continue
        modality = "hedged" if relation.modality == "hedged" else "reported"
        attributed.append(relation.model_copy(update={
            "attributed_to": None if source == UNNAMED else source, "modality": modality}))
    return attributed
