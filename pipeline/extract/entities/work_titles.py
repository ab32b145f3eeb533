"""A show's, a podcast's or a column's title in quotation marks after its maker's possessive:
"CNN's “State of the Union,”", "WTMJ's “Midday with Charlie Sykes,”", "NBC's "Meet the Press"".
Also ("possessed_work_titles") a title in title case right after a possessed work noun: "Madonna's new
single Hung Up", "his latest album Musicology", "their hit Vertigo", or a work noun whose title its
maker follows: "the album Tourist, by Athlete" (the NER types such titles a person, a place or an
organisation, or not at all).

The statistical NER tags such titles now and then ("Good Morning America") and mostly not, so the
work has no mention and the maker's `developed` claim (relations/org_rules.possessive_rules) is
lost. The component marks the quoted words as a WORK_OF_ART when the shape leaves no doubt: an
organisation's possessive, an opening quotation mark, a title in title case (every word
capitalised but short function words), a closing mark. A person's ("Trump's “Make America Great
Again”") or a day's ("Wednesday's “Sean Hannity Show”") possessive names no maker; a sentence in
quotation marks ("Trump's “Look at my African-American over here!”") is no title.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities.overrides import override_entities
from pipeline.extract.relations.work_words import POSSESSED_WORK_NOUNS, WORK_NOUN_MODIFIERS
from pipeline.lexicon import CALENDAR_WORDS, HONORIFICS, POSSESSIVE_MARKERS, QUOTE_CLOSERS, QUOTE_OPENERS

SMALL_WORDS = frozenset({"a", "an", "the", "of", "with", "and", "or", "on", "in", "at", "to", "for", "by", "&"})
MAX_TITLE_TOKENS = 8


def _title(doc: Doc, start: int) -> Span | None:
    """The title case words from token `start` up to a closing mark (a comma or full stop before it left out)."""
    for end in range(start + 1, min(start + MAX_TITLE_TOKENS + 2, len(doc))):
        if doc[end].text in QUOTE_CLOSERS:
            words = doc[start:end]
            while len(words) and words[-1].text in (",", "."):
                words = words[:-1]
            if not len(words) or not words[0].text[:1].isupper():
                return None
            if all(w.text[:1].isupper() or w.lower_ in SMALL_WORDS or w.is_digit for w in words if not w.is_punct) \
                    and not any(w.text in ("!", "?") for w in words):
                return words
            return None
    return None


@Language.component("quoted_work_titles")
def quoted_work_titles(doc: Doc) -> Doc:
    found = []
    for token in doc[1:-2]:
        if token.text not in QUOTE_OPENERS or doc[token.i - 1].text not in POSSESSIVE_MARKERS:
            continue
        maker = doc[token.i - 2] if token.i >= 2 else None
        if maker is None or maker.ent_type_ != "ORG":
            continue
        title = _title(doc, token.i + 1)
        if title is not None and not any(e.start == title.start and e.end == title.end for e in doc.ents):
            found.append(Span(doc, title.start, title.end, label="WORK_OF_ART"))
    override_entities(doc, found)
    return doc


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _title_after(doc: Doc, start: int) -> Span | None:
    """The title case words from token `start` ("Can't Get You Out Of My Head", "Halo 2"): a small
    word only before a capitalised one that is no date word ("So High at 18", "Boy in May" end
    before "at", "in"); None when the run goes on past MAX_TITLE_TOKENS or ends in a possessive."""
    first = doc[start] if start < len(doc) else None
    if first is None or not first.text[:1].isupper() or first.pos_ == "PRON" or first.lower_ in CALENDAR_WORDS \
            or first.lower_ in HONORIFICS:  # "his book Mr Brown ...": a person
        return None
    end = start + 1
    while end < len(doc) and doc[end].sent.start == first.sent.start:
        word = doc[end]
        if word.text[:1].isupper() and word.lower_ not in CALENDAR_WORDS or word.lower_ == "n't" \
                or word.is_digit and doc[end - 1].text[:1].isupper():
            end += 1
        elif word.lower_ == "by" and end + 1 < len(doc) and doc[end + 1].pos_ != "PRON":
            break  # the maker after the title ("Brick Lane by Monica Ali"), not "Stand by Me"
        elif word.lower_ in SMALL_WORDS:
            words_on = end
            while words_on < len(doc) and doc[words_on].lower_ in SMALL_WORDS and words_on - end < 3:
                words_on += 1  # "in a Bottle"
            following = doc[words_on] if words_on < len(doc) else None
            if following is None or not following.text[:1].isupper() or following.lower_ in CALENDAR_WORDS:
                break
            end = words_on
        else:
            break
    if end - start > MAX_TITLE_TOKENS or end < len(doc) and doc[end].text in POSSESSIVE_MARKERS:
        return None
    return doc[start:end]


def _possessor(doc: Doc, noun: Token) -> Token | None:
    """The possessive pronoun or the last word of the name before "'s" that owns the work noun, over
    a few lower-case modifiers ("his latest solo album", "Madonna's new single")."""
    i = noun.i - 1
    while i >= noun.sent.start and noun.i - i <= 4 and doc[i].is_lower \
            and (doc[i].pos_ in ("ADJ", "NUM") or doc[i].lower_ in WORK_NOUN_MODIFIERS):
        i -= 1
    if i < noun.sent.start:
        return None
    if doc[i].lower_ in POSSESSIVE_PRONOUNS and doc[i].tag_ == "PRP$":
        return None if _opening_phrase(doc, i) else doc[i]
    if doc[i].text in POSSESSIVE_MARKERS and i - 1 >= noun.sent.start and doc[i - 1].text[:1].isupper():
        name_start = i - 1
        while name_start > noun.sent.start and doc[name_start - 1].text[:1].isupper() and not doc[name_start - 1].is_sent_start:
            name_start -= 1
        return None if _opening_phrase(doc, name_start) else doc[i - 1]
    return None


def _opening_phrase(doc: Doc, start: int) -> bool:
    """"On her album Madonna sings ...", "In Mr Peston's book Mr Brown is alleged ...": in a sentence's
    opening phrase the capitalised words after the work noun are the subject, not the title."""
    sentence_start = doc[start].sent.start
    return start - 1 == sentence_start and doc[sentence_start].pos_ == "ADP"


def _by_name(doc: Doc, title: Span) -> Token | None:
    """The first word of the name in "<Title>, by <Name>" ("the album Tourist, by Athlete")."""
    i = title.end + (title.end < len(doc) and doc[title.end].text == ",")
    if i + 1 < len(doc) and doc[i].lower_ == "by" and doc[i + 1].text[:1].isupper() \
            and doc[i + 1].sent.start == title.sent.start:
        return doc[i + 1]
    return None


def possessed_work(doc: Doc, noun: Token) -> tuple[Token, Span] | None:
    """The maker's word and the title of "<possessor> <work noun> <Title>" (the possessive pronoun or
    the name's last word) or of "<work noun> <Title>, by <Name>" (the name's first word), or None."""
    # after a possessive "hit" or "film" is a noun, whatever the tagger says
    if noun.lower_ not in POSSESSED_WORK_NOUNS or not noun.is_lower:
        return None
    title = _title_after(doc, noun.i + 1)
    if title is None:
        return None
    owner = _possessor(doc, noun)
    if owner is None and noun.pos_ == "NOUN":
        owner = _by_name(doc, title)
    return None if owner is None else (owner, title)


@Language.component("possessed_work_titles")
def possessed_work_titles(doc: Doc) -> Doc:
    found = []
    for noun in doc[1:-1]:
        match = possessed_work(doc, noun)
        if match is not None and not any(e.start == match[1].start and e.end == match[1].end and
                                         e.label_ == "WORK_OF_ART" for e in doc.ents):
            found.append(Span(doc, match[1].start, match[1].end, label="WORK_OF_ART"))
    override_entities(doc, found)
    return doc


def add_quoted_work_titles(nlp: Language) -> None:
    if "quoted_work_titles" not in nlp.pipe_names:
        nlp.add_pipe("quoted_work_titles", after="party_state_tags" if "party_state_tags" in nlp.pipe_names else None)
    if "possessed_work_titles" not in nlp.pipe_names:
        nlp.add_pipe("possessed_work_titles", after="quoted_work_titles")
