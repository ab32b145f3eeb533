"""Quoted words whose owner a noun for words names: 'Trump's past descriptions of women as
“...”', 'his “Second Amendment people” remark', 'Hollis's response was: “...”'. Whose words
they are is who speaks. (words_owned_by moved out of frames.py unchanged.)"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.content import is_verdict_verb
from pipeline.extract.quotes.spans import SENTENCE_END, QuoteSpan, quote_start_token
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.speech_words import SPEECH_NOUNS


# How far before a quote a noun for someone's words may stand and still give it ('Trump's past
# descriptions of women he doesn't like as “...”').
OWNED_WORDS_WINDOW = 10


def words_owned_by(doc: Doc, quote: QuoteSpan, index: MentionIndex):
    """The named owner of the words a quote gives, when a noun for someone's words stands just
    before it in the sentence: 'Clinton told the audience of Trump's past descriptions of women
    as “pigs, dogs and disgusting animals”' -> Trump, not Clinton who recalls them. A speech
    or verdict verb or a colon in between starts a frame of its own and ends the search."""
    start = quote_start_token(doc, quote)
    if start == 0 or start >= len(doc) or doc[start - 1].lower_ not in ("as", "that"):
        return None  # the words as the noun's content ('descriptions of X as “...”', 'remark that “...”')
    sentence_start = doc[start].sent.start
    for token in reversed(doc[max(sentence_start, start - OWNED_WORDS_WINDOW):start]):
        if is_speech_verb(token) or is_verdict_verb(token) or token.text in (":", ";") or token.text in SENTENCE_END:
            return None
        if token.lemma_.lower() not in SPEECH_NOUNS or token.pos_ != "NOUN":
            continue
        if is_verdict_verb(token.head) or token.dep_ in ("nsubj", "nsubjpass"):
            # 'Moore called Mr. Obama's remarks “a true wake-up call”', 'Trump's comments were
            # “intolerable”': a verdict on the words, the outer speaker's
            return None
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            mention = index.narrowest(owner)
            if mention is not None and index.root(mention).label in ("PERSON", "ORG"):
                return mention
        return None
    return None


def remark_owner(doc: Doc, quote: QuoteSpan, index: MentionIndex):
    """'When Trump incites violence with his “Second Amendment people” remark': quoted words
    premodifying a noun for someone's words are the words of its possessor; 'his' or 'her' is
    the one person the sentence names by name before it."""
    marked = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if marked is None or marked.end >= len(doc):
        return None
    noun = doc[marked.end]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    inner = [t for t in marked if t.is_alpha]
    heads = [t for t in inner if not any(t.head.i == u.i for u in inner)]
    if len(inner) < 3 and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in heads):
        return None  # 'Trump's “divisive” and “mean-spirited” comments': the writer's verdict on them
    for owner in (c for c in noun.children if c.dep_ == "poss" and c.i < marked.start):
        if owner.tag_ == "PRP$":
            people = {m.text: m for t in doc[noun.sent.start:owner.i]
                      if (m := index.narrowest(t)) is not None and m.refers_to is None and m.label == "PERSON"}
            return next(iter(people.values())) if len(people) == 1 and owner.lower_ in ("his", "her") else None
        mention = index.narrowest(owner)
        if mention is not None and index.root(mention).label in ("PERSON", "ORG"):
            return mention
    return None


def owner_of_words_before_colon(tokens: list[Token], index: MentionIndex):
    """'Hollis's response was blunt: “...”', 'The mayor's answer was: “...”': a noun for someone's
    words as the subject of 'be' before the colon; the named one whose words they are speaks.
    Without a verb ('His exact words: “...”', 'Her response: “...”') the noun phrase alone frames
    the quote, and 'his'/'her' is the one person named in the sentence before."""
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    for token in tokens:
        if token.lemma_.lower() not in SPEECH_NOUNS or token.pos_ != "NOUN":
            continue
        if not (token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ == "be" or verbless):
            continue
        for owner in (c for c in token.children if c.dep_ == "poss"):
            if verbless and owner.lower_ in ("his", "her"):
                return _one_person_before(owner, index)
            mention = index.narrowest(owner)
            if mention is not None and index.root(mention).label in ("PERSON", "ORG"):
                return mention
    return None


def _one_person_before(pronoun: Token, index: MentionIndex):
    """The one person named by name in the sentence before `pronoun`'s ('Smith spoke at the
    rally. His exact words: ...'); none when it names two or none."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    people = {index.root(m).index: m for t in before if (m := index.narrowest(t)) is not None
              and m.refers_to is None and m.label == "PERSON"}
    return next(iter(people.values())) if len(people) == 1 else None
