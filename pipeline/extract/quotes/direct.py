"""Direct quotes with their speaker, and attribution of reported speech.

A quote gets its speaker from its own frame first: the clause after it ("..., X told RFE/RL",
"..., said X", a credit line "... ― X") or before it in the same sentence ("X said: ...",
"X said the plan was ..."). After a quote, word order (a name, perhaps behind a title, then the
verb; or the verb then a name) is trusted before the parse, which long appositions confuse.
A quote without a frame continues the previous quote's speaker when nothing in between
introduces someone else: later in the same paragraph, or opening the next paragraph, or as the
reopened continuation of a quote left open at a paragraph's end. A described but unnamed speaker
("a senior EU diplomat") is carried along the same way, so its quotes are dropped rather than
given to the last named person.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from models import Mention, RelationMention
from pipeline.extract.doctext import doc_text
from pipeline.extract.quotes.content import (
    CONTENT_KEY, circumstantial, quote_root, set_into_clause, governing_verb, is_verdict_verb, looks_like_title, reaches_past_quote,
    reported_content,
)
from pipeline.extract.quotes.spans import QuoteSpan, find_quote_spans, paragraph_bounds
from pipeline.extract.quotes.reported import attribute_reported_speech
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.speech import (
    SENTENCE_END, UNNAMED, is_speech_verb, speaker_of, subject_of,
)

from pipeline.lexicon import DASHES, REPORTING_VERBS

__all__ = ["extract_quotes", "attribute_reported_speech", "find_quote_spans"]

# A quote this short inside a sentence ("a “no limits” partnership") is a label, not speech.
MIN_EMBEDDED_WORDS = 3
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "CCONJ"})  # 'chairman, CEO and president Craig Menear'
UTTERANCE_END = frozenset(",?!…—–-")
NESTED_CLOSING = "'’‘"
CONFIDENCE = {
    "quote:frame-after": 0.9,
    "quote:frame-before": 0.85,
    "quote:credit": 0.8,
    "quote:embedded": 0.7,
    "quote:governed": 0.65,
    "quote:continued": 0.8,
    "quote:next-paragraph": 0.7,
    "quote:open-paragraph": 0.8,
    "quote:after-report": 0.7,
}
PRONOUN_PENALTY = 0.9
# Tags of a verb that reports an act that took place ('called', 'calls', 'has described').
# A quote hanging off a noun by one of these is a modifier of that noun.
LABEL_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
# Nouns that name the quoted words as words: 'the term “three amigos”', 'the phrase “...”'.
TERM_NOUNS = frozenset({"term", "phrase", "word", "words", "slogan", "name", "nickname", "label", "title",
                        "hashtag", "motto", "expression", "catchphrase", "moniker", "epithet"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


@dataclass
class _Framed:
    quote: QuoteSpan
    speaker: int | None = None  # mention index, UNNAMED, or None when the quote has no frame
    verb: Token | None = None
    rule: str = ""


def _span(doc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="contract")


def _word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _last_mark_char(text: str, quote: QuoteSpan) -> str:
    """The last non-space character inside the marks, e.g. the comma of '“...,” she said'; a
    nested quote closing with it ('“... I would say, ‘That’s ridiculous,’” he added') is looked
    through."""
    inner = text[quote.start:quote.inner_end].rstrip().rstrip(NESTED_CLOSING).rstrip()
    return inner[-1] if inner else ""


def _is_nickname(text: str, quote: QuoteSpan) -> bool:
    """True for a quoted nickname inside a name ('Del. Marcia "Cia" Price'): a capitalised word or
    two between capitalised words, part of the name rather than anyone's words."""
    words = quote.text(text).split()
    before = text[:quote.mark_start].rstrip().split()
    after = text[quote.mark_end:].lstrip().split()
    return (0 < len(words) <= 2 and all(w[:1].isupper() for w in words) and text[quote.mark_start - 1:quote.mark_start].isspace()
            and bool(before) and before[-1][:1].isupper() and bool(after) and after[0][:1].isupper())


def _in_quotes(token: Token, quotes: list[QuoteSpan]) -> bool:
    return any(q.mark_start <= token.idx < q.mark_end for q in quotes)


def _governs(verb: Token, quote_tokens: Span) -> bool:
    """True when the quote hangs off `verb` in the parse (as its complement or punctuation)."""
    for token in quote_tokens:
        if verb in token.ancestors:
            return True
    return False


def _speaker(verb: Token, index: MentionIndex, quotes: list[QuoteSpan]) -> int:
    """The speaker of `verb` by the parse; UNNAMED when the parse names nobody usable.

    A word of the quote the parser took for a subject is no evidence; a second subject outside
    the quote ('“One of the brightest ...,” Rep. Cummings said') still is.
    """
    speaker = speaker_of(verb, index, lambda token: _in_quotes(token, quotes))
    if speaker in (None, UNNAMED) and verb.tag_ == "VBG":
        framing = _frame_just_before(verb)
        if framing is not None:
            return _speaker(framing, index, quotes)
    return UNNAMED if speaker is None else speaker


def _frame_just_before(participle: Token) -> Token | None:
    """The speech verb of the frame a participle follows ('“...,” Sanders said, suggesting ...',
    'said Smith, adding'): only its speaker, a comma and adverbs stand between them."""
    for token in reversed(participle.doc[participle.sent.start:participle.i]):
        if is_speech_verb(token) and token.tag_ != "VBG":
            return token
        if not (token.is_punct and token.text == "," or token.pos_ in ("ADV", "PROPN", "PRON")):
            return None
    return None


def _subject_quoted(verb: Token, quotes: list[QuoteSpan]) -> bool:
    subject = subject_of(verb)
    return subject is not None and _in_quotes(subject, quotes)


def _modifies_next(mention: Mention, doc: Doc) -> bool:
    """True when the word right after `mention` makes it a modifier: "Xi's aide", "Clinton campaign".

    Read off the text, not a filtered token list: in "Rep. Cummings (D-Md.) said" the bracket
    ends the name.
    """
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    following = doc[span.end]
    if following.pos_ == "ADJ" and following.head.pos_ == "NOUN" and following.head.i > following.i:
        following = following.head  # 'Goddard planetary scientist Avi Mandell'
    return following.tag_ == "POS" or following.dep_ == "case" or following.pos_ in ("NOUN", "PROPN")


def _named_at(tokens: list[Token], index: MentionIndex) -> Mention | None:
    """The name `tokens` open with, after at most a title ("Tulsa police Chief Chuck Jordan").

    Only names, nouns and adjectives may come before it: a described speaker ("a senior EU
    diplomat, who ...") reaches a comma or a verb first and gets no name.
    """
    opening: Mention | None = None  # an organisation or place the words open with
    for position, token in enumerate(tokens):
        mention = index.narrowest(token)
        if mention is not None and opening is not None and mention.index == opening.index:
            continue
        if mention is not None and mention.label in SPEAKER_LABELS:
            modifies = _modifies_next(mention, token.doc)
            if mention.label == "PERSON" and not modifies:
                return mention  # 'Goddard planetary scientist Avi Mandell said': the person
            if position == 0:
                opening = mention  # 'the IMF said' or the employer before a title: read on
                continue
            if not modifies:
                return opening
            continue
        if mention is None and (token.pos_ not in TITLE_POS or token.lower_ in ("a", "an")):
            return opening if opening is not None and not _modifies_next(opening, token.doc) else None
    return opening if opening is not None and not _modifies_next(opening, tokens[0].doc) else None


def _positional_speaker(tokens: list[Token], verb: Token, index: MentionIndex) -> int | None:
    """The speaker by word order right after a quote: '“...,” NAME[, who ...,] said' or '“...,” said NAME'.

    This order is so regular in news that it beats a parse confused by a long apposition.
    """
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    named = _named_at(words[1:] if words and words[0] is verb else words, index)
    return named.index if named is not None else None


def _frame_after(doc: Doc, quote: QuoteSpan, next_start: int, index: MentionIndex,
                 quotes: list[QuoteSpan]) -> _Framed | None:
    para_end = paragraph_bounds(doc_text(doc), quote.start)[1]
    region = _span(doc, quote.mark_end, min(next_start, para_end))
    if region is None or quote.open_ended:
        return None
    tokens: list[Token] = []
    for token in region:
        if token.text in SENTENCE_END:
            break
        tokens.append(token)
    words = [t for t in tokens if t.is_alpha]
    if not words:
        return None
    verbs = [t for t in tokens if is_speech_verb(t) or t.lower_ == "according"]
    if not verbs and _is_credit_line(doc_text(doc), quote, region, len(tokens)):
        # '“...” ― Pamela Padilla' closing its paragraph: a credit line, no verb needed.
        named = _named_at([t for t in tokens if not t.is_space and t.text not in DASHES], index)
        if named is not None and named.label == "PERSON":
            return _Framed(quote, named.index, None, "quote:credit")
        return _Framed(quote, UNNAMED, None, "quote:credit")
    last = _last_mark_char(doc_text(doc), quote)
    if last not in UTTERANCE_END and not (last == "." and words[0].is_lower):
        return None
    quote_tokens = _span(doc, quote.mark_start, quote.mark_end)
    governing = [v for v in verbs if quote_tokens is not None and _governs(v, quote_tokens)]
    if not verbs:
        return None
    verb = (governing or verbs)[0]
    if _inside_sentence(doc_text(doc), quote):
        if circumstantial(doc, quote, verb):
            return None  # 'In an interview on CBS's “Face the Nation,” Ryan said': a title
        if _is_label(doc, quote) or _inner_speaker_differs(doc, quote, verb, index, quotes):
            return None  # 'The group, which critics call “extremist,” ..., Smith said': not Smith's words
    speaker = _positional_speaker(tokens, verb, index)
    return _Framed(quote, _speaker(verb, index, quotes) if speaker is None else speaker, verb,
                   "quote:frame-after")


def _is_credit_line(text: str, quote: QuoteSpan, region: Span, kept: int) -> bool:
    """True when a dash follows the quote and the words after it close the paragraph.

    The dash is read off the text, not the tokens: glued to the closing mark ('”― Pamela
    Padilla') it is part of the mark's token; spaces and a final full stop may follow the name.
    """
    lead = text[quote.mark_end:region.end_char].lstrip()
    if not lead.startswith(tuple(DASHES)):
        return False
    return all(t.is_punct or t.is_space for t in region[kept:])


def _frame_before(doc: Doc, quote: QuoteSpan, prev_end: int, index: MentionIndex,
                  quotes: list[QuoteSpan]) -> _Framed | None:
    para_start = _lead_in_start(doc_text(doc), quote)
    region = _span(doc, max(prev_end, para_start), quote.mark_start)
    if region is None:
        return None
    tokens = list(region)
    while tokens and tokens[-1].is_space:
        tokens.pop()
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text in SENTENCE_END:
            tokens = tokens[i + 1:]
            break
    if not tokens:
        return None
    introduces = tokens[-1].text in (":", ",")
    quote_tokens = _span(doc, quote.mark_start, quote.mark_end)
    for verb in reversed([t for t in tokens if is_speech_verb(t) or t.lower_ == "according"]):
        governs = quote_tokens is not None and (_governs(verb, quote_tokens) or _set_in(verb, doc, quote))
        if not (governs or introduces):
            continue
        if not introduces and _unrealised(verb) and any(is_speech_verb(a) for a in verb.ancestors):
            continue  # 'Obama said it would tell an American story, one of “...”': Obama's words
        if not introduces and _inner_speaker_differs(doc, quote, verb, index, quotes):
            return None  # 'Officials said Smith called the plan “a disaster”': Smith's words
        if not introduces and (circumstantial(doc, quote, verb) or _title_under(quote, verb, doc_text(doc))):
            return None  # 'said on CBS's “Face the Nation”': a title, not the speech
        if not introduces and (_is_label(doc, quote) or (
                _word_count(quote.text(doc_text(doc))) < MIN_EMBEDDED_WORDS
                and not reaches_past_quote(doc_text(doc), reported_content(doc, quote, verb), quote))):
            return None  # a label in quotation marks, unless it is part of a reported clause
        speaker = _speaker(verb, index, quotes)
        if speaker == UNNAMED and not introduces and _subject_quoted(verb, quotes):
            return None  # 'said on “Fox and Friends”' read with the title as subject: no frame
        if speaker == UNNAMED and introduces and _opens_clause(verb):
            # 'Said Ellis: “...”': the verb first, the name after it, which the parser misreads
            named = _named_at([t for t in tokens if t.i > verb.i and not t.is_punct and not t.is_space], index)
            speaker = named.index if named is not None else speaker
        return _Framed(quote, speaker, verb, "quote:frame-before" if introduces else "quote:embedded")
    return None


def _set_in(verb: Token, doc: Doc, quote: QuoteSpan) -> bool:
    """True for a frame set into the clause that holds the quote: 'But the weapons his country
    has, he added, are like “nuclear bombs”' (the parser hangs 'added' off 'are'), 'As Simonyan
    put it, RT is “providing a perspective ...”'."""
    root = quote_root(doc, quote)
    return (root is not None and set_into_clause(verb)
            and (verb.head.i == root.i or any(a.i == verb.head.i for a in root.ancestors)))


def _unrealised(verb: Token) -> bool:
    """True for a speech act the sentence does not report as done: 'would tell', 'to call'."""
    return verb.tag_ not in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _inner_speaker_differs(doc: Doc, quote: QuoteSpan, verb: Token, index: MentionIndex,
                           quotes: list[QuoteSpan]) -> bool:
    """True when a speech or verdict verb nearer the quote, inside `verb`'s report, gives the
    quoted words to someone else ('Trump said Clinton once described the deal as “the gold
    standard”'). A verb of thinking ('said he thought'), an unrealised act ('expects Holt to
    call it “lies”') or the same person again ('Ditto said she calls it “a war”') leaves the
    words with the outer speaker."""
    inner = governing_verb(doc, quote)
    if inner is None or inner.i == verb.i or not (verb.i < inner.i or verb.i > quote_start_token(doc, quote)):
        return False
    if not (is_speech_verb(inner) or is_verdict_verb(inner)) or inner.tag_ not in FINITE_TAGS:
        return False
    if subject_of(inner, lambda t: _in_quotes(t, quotes)) is None:
        return False
    outer_speaker, inner_speaker = _speaker(verb, index, quotes), _speaker(inner, index, quotes)
    if UNNAMED in (outer_speaker, inner_speaker):
        return inner_speaker == UNNAMED or outer_speaker == UNNAMED
    return _entity(index, outer_speaker) != _entity(index, inner_speaker)


def _is_label(doc: Doc, quote: QuoteSpan) -> bool:
    """Words in quotation marks that are named or used by the writer rather than uttered:
    a word or two modifying a noun outside them ('the “extremist” group', 'so-called “pass
    through” income'), or a term named as such ('he never used the term “three amigos”')."""
    root = quote_root(doc, quote)
    if root is None:
        return False
    before = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if before is not None and before.start > 0 and doc[before.start - 1].lemma_.lower() in TERM_NOUNS:
        return True
    return (_word_count(quote.text(doc_text(doc))) < MIN_EMBEDDED_WORDS
            and root.dep_ in LABEL_DEPS and root.head.pos_ in ("NOUN", "PROPN"))


def _entity(index: MentionIndex, mention_index: int) -> int:
    return index.root(index.by_index[mention_index]).index


def quote_start_token(doc: Doc, quote: QuoteSpan) -> int:
    span = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    return span.start if span is not None else len(doc)


def _opens_clause(verb: Token) -> bool:
    """True when nothing but punctuation comes before `verb` in its sentence."""
    return all(t.is_punct or t.is_space for t in verb.doc[verb.sent.start:verb.i])


def _lead_in_start(text: str, quote: QuoteSpan) -> int:
    """Where the words that may frame `quote` begin: its paragraph, or the paragraph before when
    the quote opens a paragraph of its own after one ending in a colon ('He said:' then the
    quoted speech set off as a block)."""
    para_start = paragraph_bounds(text, quote.start)[0]
    if _starts_paragraph(text, quote) and para_start > 0:
        lead_in = _previous_paragraph_start(text, quote.mark_start)
        if text[lead_in:para_start].rstrip().endswith(":"):
            return lead_in
    return para_start


def _frame_governing(doc: Doc, quote: QuoteSpan, index: MentionIndex,
                     quotes: list[QuoteSpan]) -> _Framed | None:
    """The speaker of the reporting verb whose complement holds the quote anywhere in its sentence:
    'he won “every single debate” and there is “a lot going on,” Trump said', 'Reid called Trump
    a “spoiled brat”'. Only a named speaker counts, and a label quoted on its own is not speech."""
    verb = governing_verb(doc, quote)
    if verb is None or _title_under(quote, verb, doc_text(doc)):
        return None
    if _is_label(doc, quote) or (_word_count(quote.text(doc_text(doc))) < MIN_EMBEDDED_WORDS
                                 and not reaches_past_quote(doc_text(doc), reported_content(doc, quote, verb), quote)):
        return None
    speaker = _speaker(verb, index, quotes)
    if speaker == UNNAMED:
        return None
    return _Framed(quote, speaker, verb, "quote:governed")


def _title_under(quote: QuoteSpan, verb: Token, text: str) -> bool:
    """True when an embedded quote is a title or name rather than words the verb reports."""
    return not is_verdict_verb(verb) and looks_like_title(quote.text(text))


def _names_someone_else(doc: Doc, start: int, end: int, speaker: int, index: MentionIndex,
                        mentions: list[Mention]) -> bool:
    """True when a person other than `speaker` is named between two quotes as a possible speaker.

    Only a subject counts: "said Caddell, speaking of Clinton's health" names Clinton in passing.
    """
    region = _span(doc, start, end)
    if region is None:
        return False
    by_index = index.by_index
    same = {speaker}
    if speaker in by_index and by_index[speaker].refers_to is not None:
        same.add(by_index[speaker].refers_to)
    speaker_text = by_index[speaker].text if speaker in by_index else None
    for token in region:
        mention = index.narrowest(token)
        if mention is None or mention.label != "PERSON":
            continue
        if mention.index in same or mention.refers_to in same or mention.text == speaker_text:
            continue
        if token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ in ("compound", "appos")
                                                    and token.head.dep_ in ("nsubj", "nsubjpass")):
            return True
    return False


def _starts_paragraph(text: str, quote: QuoteSpan) -> bool:
    return not text[paragraph_bounds(text, quote.mark_start)[0]:quote.mark_start].strip()


def _previous_paragraph_start(text: str, offset: int) -> int:
    para_start = paragraph_bounds(text, offset)[0]
    cursor = para_start - 1
    while cursor > 0 and not text[paragraph_bounds(text, cursor)[0]:cursor].strip():
        cursor -= 1
    return paragraph_bounds(text, max(cursor, 0))[0]


def _continue_speakers(doc: Doc, framed: list[_Framed], index: MentionIndex, mentions: list[Mention]) -> None:
    text = doc_text(doc)
    # A quote left open at a paragraph's end and reopened at the next one is one quote.
    for _ in range(2):  # forward then backward, so a frame on either piece names the speaker
        for a, b in zip(framed, framed[1:]):
            if a.quote.open_ended and _starts_paragraph(text, b.quote) and _same_style(text, a.quote, b.quote):
                if a.speaker is None and b.speaker is not None:
                    a.speaker, a.verb, a.rule = b.speaker, b.verb, "quote:open-paragraph"
                elif b.speaker is None and a.speaker is not None:
                    b.speaker, b.verb, b.rule = a.speaker, a.verb, "quote:open-paragraph"
    reopened = {id(a) for a, b in zip(framed, framed[1:])
                if a.quote.open_ended and _starts_paragraph(text, b.quote) and _same_style(text, a.quote, b.quote)}
    prev: _Framed | None = None
    for cur in framed:
        # A paragraph left open that the next one does not reopen ('"Trump walked onto the stage,
        # chanting “U-S-A!”' then '“That's right,” Melanie said') marks text quoted from
        # elsewhere, the writer's source's prose: nobody's speech by continuation.
        block = cur.quote.open_ended and id(cur) not in reopened
        # Credited quotes stand alone: a list of them is many voices.
        if (prev is not None and cur.speaker is None and prev.speaker is not None and prev.rule != "quote:credit"
                and not block):
            own_sentence = not _inside_sentence(text, cur.quote) and not _sentence_goes_on(text, cur.quote)
            rule = _continuation(doc, prev, cur) if own_sentence else ""
            if rule and _word_count(cur.quote.text(text)) >= MIN_EMBEDDED_WORDS and not _names_someone_else(
                    doc, prev.quote.mark_end, cur.quote.mark_start, prev.speaker, index, mentions):
                cur.speaker, cur.verb, cur.rule = prev.speaker, prev.verb, rule
        if (cur.speaker is None and not block and not _inside_sentence(text, cur.quote)
                and not _sentence_goes_on(text, cur.quote) and _word_count(cur.quote.text(text)) >= MIN_EMBEDDED_WORDS):
            reporter = _reported_just_before(doc, cur.quote, index, quotes_of(framed))
            if reporter is not None:
                cur.speaker, cur.verb, cur.rule = reporter[0], reporter[1], "quote:after-report"
        # A title or label quoted inside a sentence ('on Fox News’s “Fox and Friends.”') is
        # nobody's speech and does not interrupt the speaker's quotes around it.
        if cur.speaker is not None or not _inside_sentence(text, cur.quote):
            prev = cur


def quotes_of(framed: list[_Framed]) -> list[QuoteSpan]:
    return [f.quote for f in framed]


def _reported_just_before(doc: Doc, quote: QuoteSpan, index: MentionIndex,
                          quotes: list[QuoteSpan]) -> tuple[int, Token] | None:
    """The named speaker of the sentence right before a quote with no frame, when that sentence
    reports their words in the writer's own ('Schiff said the administration may be reluctant
    to act. “The other factor is ...”'): the quote goes on with what they said."""
    first = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    before = doc[first.start - 1].sent
    text = doc_text(doc)
    if any(q.mark_start < before.end_char and before.start_char < q.mark_end for q in quotes):
        return None  # the sentence before has quotes of its own: their frames decide
    if text[before.end_char:quote.mark_start].strip():
        return None  # not the sentence right before
    verb = before.root
    if not (is_speech_verb(verb, REPORTING_VERBS) or is_verdict_verb(verb)):
        return None
    speaker = _speaker(verb, index, quotes)
    return (speaker, verb) if speaker != UNNAMED else None


def _same_style(text: str, left_open: QuoteSpan, reopening: QuoteSpan) -> bool:
    """True when the next paragraph reopens the quote with the same kind of mark: a paragraph
    opened with '"' and left open, then '“That's right,” Melanie said', is a block quoted from
    elsewhere followed by someone's words, not one speaker's quote running on."""
    def style(quote: QuoteSpan) -> str:
        mark = text[quote.mark_start]
        return "straight" if mark in "\"'" else "curly"
    return style(left_open) == style(reopening)


def _continuation(doc: Doc, prev: _Framed, cur: _Framed) -> str:
    """The rule by which `cur` may continue `prev`'s quote, or '' when its position rules it out."""
    text = doc_text(doc)
    if paragraph_bounds(text, prev.quote.start) == paragraph_bounds(text, cur.quote.start):
        return "quote:continued"
    if (_starts_paragraph(text, cur.quote)
            and _previous_paragraph_start(text, cur.quote.mark_start) <= prev.quote.start
            and _frame_closes_paragraph(doc, prev)):
        return "quote:next-paragraph"
    return ""


def _inside_sentence(text: str, quote: QuoteSpan) -> bool:
    """True when words of the quote's own sentence come before its opening mark, other than a
    frame introducing it ('X said, “...”', 'X said: “...”')."""
    before = text[paragraph_bounds(text, quote.mark_start)[0]:quote.mark_start].rstrip()
    return bool(before) and before[-1] not in SENTENCE_END and before[-1] not in "”»\"',:—–-"


def _sentence_goes_on(text: str, quote: QuoteSpan) -> bool:
    """True when the writer's words go on after the quote in its sentence ('“American Skin” was
    written by ...'): the quote is a name inside a sentence, not a sentence of speech. A frame
    ('“...,” he said') is not counted; the quote then has a frame of its own."""
    if quote.open_ended or _last_mark_char(text, quote) in SENTENCE_END | UTTERANCE_END:
        return False
    after = text[quote.mark_end:paragraph_bounds(text, quote.mark_end)[1]].lstrip()
    return bool(after) and after[0].isalnum()


def _frame_closes_paragraph(doc: Doc, framed: _Framed) -> bool:
    """True when nothing but the quote's own frame sentence follows it in its paragraph."""
    para_end = paragraph_bounds(doc_text(doc), framed.quote.start)[1]
    rest = _span(doc, framed.quote.mark_end, para_end)
    if rest is None:
        return True
    seen_end = False
    for token in rest:
        if seen_end and not token.is_punct and not token.is_space:
            return False
        seen_end = seen_end or token.text in SENTENCE_END
    return True


def _sentence_bounds(doc: Doc, framed: _Framed) -> tuple[int, int]:
    """The sentences holding the quote and, when the frame is its own, the speech verb. (The
    speaker's sentence is added for every relation by evidence.cover_arguments.)"""
    quote = framed.quote
    points = [quote.start, quote.end - 1]
    if framed.verb is not None and framed.rule in ("quote:frame-after", "quote:frame-before", "quote:embedded",
                                                     "quote:governed"):
        points.append(framed.verb.idx)
    starts, ends = [quote.mark_start], [quote.mark_end]
    for offset in points:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None:
            starts.append(span.sent.start_char)
            ends.append(span.sent.end_char)
    return min(starts), max(ends)


def _names_nobody(framed: _Framed, quotes: list[QuoteSpan]) -> bool:
    """True when the frame's verb has a subject outside the quote that is no name ('the union
    wrote', 'a senior EU diplomat said'): a described speaker, whose words no other frame may
    give to someone else."""
    return framed.verb is not None and subject_of(framed.verb, lambda t: _in_quotes(t, quotes)) is not None


def _named_by_verdict(doc: Doc, quote: QuoteSpan) -> bool:
    """True when a verdict verb takes the quoted name ('called her “Miss Piggy”')."""
    verb = governing_verb(doc, quote)
    return verb is not None and is_verdict_verb(verb)


def _best_frame(doc: Doc, quote: QuoteSpan, prev_end: int, next_start: int, index: MentionIndex,
                quotes: list[QuoteSpan]) -> _Framed:
    """The quote's frame: after it, else before it, else the verb governing it. A frame whose
    speaker the parse cannot name ('“...,” adding that ...' after 'Peabody said:') gives way to a
    later one that names somebody."""
    if looks_like_title(quote.text(doc_text(doc))) and not _named_by_verdict(doc, quote):
        return _Framed(quote)  # 'told the hosts of “Morning Joe,” adding': a show, book or name
    first = None
    for frame in (lambda: _frame_after(doc, quote, next_start, index, quotes),
                  lambda: _frame_before(doc, quote, prev_end, index, quotes),
                  lambda: _frame_governing(doc, quote, index, quotes)):
        found = frame()
        if found is not None and (found.speaker != UNNAMED or _names_nobody(found, quotes)):
            return found
        first = first or found
    return first or _Framed(quote)


def extract_quotes(doc: Doc, mentions: list[Mention], index: MentionIndex | None = None) -> list[RelationMention]:
    """A `said` relation for each direct quote whose speaker is a named (or resolved) mention."""
    index = index or MentionIndex(doc, mentions)
    quotes = [q for q in find_quote_spans(doc_text(doc)) if not _is_nickname(doc_text(doc), q)]
    framed: list[_Framed] = []
    for i, quote in enumerate(quotes):
        next_start = quotes[i + 1].mark_start if i + 1 < len(quotes) else len(doc_text(doc))
        prev_end = quotes[i - 1].mark_end if i else 0
        framed.append(_best_frame(doc, quote, prev_end, next_start, index, quotes))
    _continue_speakers(doc, framed, index, mentions)
    by_index = index.by_index
    relations = []
    for item in framed:
        if item.speaker is None or item.speaker == UNNAMED:
            continue
        speaker = by_index[item.speaker]
        confidence = CONFIDENCE[item.rule] * (PRONOUN_PENALTY if speaker.refers_to is not None else 1.0)
        start, end = _sentence_bounds(doc, item)
        speaker_tokens = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        content = reported_content(doc, item.quote, item.verb, speaker_tokens)
        qualifiers = {}
        if reaches_past_quote(doc_text(doc), content, item.quote):
            qualifiers[CONTENT_KEY] = doc_text(doc)[content[0]:content[1]]
            start, end = min(start, content[0]), max(end, content[1])
        relations.append(RelationMention(
            predicate="said", subject=speaker.index, value=item.quote.text(doc_text(doc)),
            value_span=(item.quote.start, item.quote.end), qualifiers=qualifiers, modality="asserted",
            confidence=round(confidence, 4), sentence_start=start, sentence_end=end, rule=item.rule,
        ))
    return relations
