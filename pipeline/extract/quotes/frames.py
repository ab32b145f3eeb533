"""The frame of one direct quote: the words that say who speaks it.

A quote gets its speaker from its own frame first: the clause after it ("..., X told RFE/RL",
"..., said X", a credit line "... ― X") or before it in the same sentence ("X said: ...",
"X said the plan was ..."), else the reporting verb whose complement holds it ("Reid called
Trump a “spoiled brat”"). Words the writer names or uses rather than anyone utters (a scare-quoted
word, a term named as such, a show's title) get no frame, and a partial quote inside someone's
reported speech belongs to the inner speaker whose verb takes it.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.extract.doctext import doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.owners import owner_of_words_before_colon, remark_owner, words_owned_by
from pipeline.extract.quotes.labels import MIN_EMBEDDED_WORDS, is_label, named_by_verdict
from pipeline.extract.quotes.content import (
    circumstantial, governing_verb, is_verdict_verb, looks_like_title, names_a_work, quote_root, reaches_past_quote,
    reported_content, set_into_clause,
)
from pipeline.extract.quotes.spans import (
    SENTENCE_END, UTTERANCE_END, QuoteSpan, quote_start_token, inside_sentence, last_mark_char, paragraph_bounds,
    previous_paragraph_start, quote_paragraphs, starts_paragraph, word_count,
)
from pipeline.extract.quotes.speech import (
    UNNAMED, entity_of, in_quotes, is_speech_verb, named_at, positional_speaker, quotes_another,
    speaker_outside_quotes, subject_of, subject_quoted,
)
from pipeline.lexicon import DASHES
from pipeline.speech_words import EVIDENCE_VERBS, RELAYING_VERBS, REQUEST_VERBS

# Tags of a verb that reports an act that took place ('called', 'calls', 'has described').
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


@dataclass
class Framed:
    quote: QuoteSpan
    speaker: int | None = None  # mention index, UNNAMED, or None when the quote has no frame
    verb: Token | None = None
    rule: str = ""


def char_span_of(doc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="contract")


def _governs(verb: Token, quote_tokens: Span) -> bool:
    """True when the quote hangs off `verb` in the parse (as its complement or punctuation)."""
    for token in quote_tokens:
        if verb in token.ancestors:
            return True
    return False


def _frame_after(doc: Doc, quote: QuoteSpan, next_start: int, index: MentionIndex,
                 quotes: list[QuoteSpan]) -> Framed | None:
    para_end = quote_paragraphs(doc_text(doc), quote)[1]
    region = char_span_of(doc, quote.mark_end, min(next_start, para_end))
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
        named = named_at([t for t in tokens if not t.is_space and t.text not in DASHES], index)
        if named is not None and named.label == "PERSON":
            return Framed(quote, named.index, None, "quote:credit")
        return Framed(quote, UNNAMED, None, "quote:credit")
    last = last_mark_char(doc_text(doc), quote)
    if last not in UTTERANCE_END and not (last == "." and words[0].is_lower):
        return None
    quote_tokens = char_span_of(doc, quote.mark_start, quote.mark_end)
    governing = [v for v in verbs if quote_tokens is not None and _governs(v, quote_tokens)]
    if not verbs:
        return None
    verb = (governing or verbs)[0]
    if last in "?!" and _own_predicate_before(verb, region):
        # '“Is it off Conn or Wisconsin?” Dalton Brody is a store ..., according to its website':
        # after a quote closing its sentence, a frame is a short clause of its own ('he asked'),
        # not a new sentence whose predicate the speech verb hangs from
        return None
    if inside_sentence(doc_text(doc), quote):
        if circumstantial(doc, quote, verb) or _circumstance_of_speech(doc, quote):
            # 'In an interview on CBS's “Face the Nation,” Ryan said', 'Reliance said in an
            # e-mailed “traffic disruption update,” adding ...': a title
            return None
        if is_label(doc, quote) or _inner_speaker_differs(doc, quote, verb, index, quotes):
            return None  # 'The group, which critics call “extremist,” ..., Smith said': not Smith's words
    # '“...,” Reuters quoted a central bank official as saying': the name right after the quote quotes
    # someone else, whom the parse names (or nobody, for an unnamed official)
    speaker = None if quotes_another(verb) else positional_speaker(tokens, verb, index)
    return Framed(quote, speaker_outside_quotes(verb, index, quotes) if speaker is None else speaker, verb,
                   "quote:frame-after")


def _own_predicate_before(verb: Token, region: Span) -> bool:
    """True when a finite verb that is not of speech, after the quote, governs the speech verb."""
    return any(region.start <= a.i < region.end and a.pos_ in ("VERB", "AUX") and a.tag_ in ("VBD", "VBZ", "VBP", "MD")
               and not is_speech_verb(a) for a in verb.ancestors) or (
        verb.lower_ == "according" and verb.head.pos_ in ("VERB", "AUX") and not is_speech_verb(verb.head))


def _relays(verb: Token | None) -> bool:
    return verb is not None and (verb.lemma_.lower() in RELAYING_VERBS or verb.lower_ == "according")


def _circumstance_of_speech(doc: Doc, quote: QuoteSpan) -> bool:
    """True when the quote is the circumstance of some verb of speech above it ('said in an
    e-mailed “traffic disruption update”'), whichever verb the frame after it has."""
    root = quote_root(doc, quote)
    return root is not None and any(is_speech_verb(a) and circumstantial(doc, quote, a) for a in root.ancestors)


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
                  quotes: list[QuoteSpan]) -> Framed | None:
    para_start = _lead_in_start(doc_text(doc), quote)
    region = char_span_of(doc, max(prev_end, para_start), quote.mark_start)
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
    quote_tokens = char_span_of(doc, quote.mark_start, quote.mark_end)
    candidates = [t for t in tokens if is_speech_verb(t) or t.lower_ == "according"]
    for verb in reversed(candidates):
        if verb.dep_ in ("acl", "relcl") and any(a in candidates for a in verb.ancestors):
            continue  # 'As Weiner put it in his memo to employees explaining the deal, “...”': 'put'
        governs = quote_tokens is not None and (_governs(verb, quote_tokens) or _set_in(verb, doc, quote))
        if not (governs or introduces):
            continue
        if not introduces and _unrealised(verb) and any(is_speech_verb(a) for a in verb.ancestors):
            continue  # 'Obama said it would tell an American story, one of “...”': Obama's words
        if not introduces and _inner_speaker_differs(doc, quote, verb, index, quotes):
            return None  # 'Officials said Smith called the plan “a disaster”': Smith's words
        if not introduces and (circumstantial(doc, quote, verb) or _title_under(quote, verb, doc_text(doc))):
            return None  # 'said on CBS's “Face the Nation”': a title, not the speech
        if not introduces and (is_label(doc, quote) or (
                word_count(quote.text(doc_text(doc))) < MIN_EMBEDDED_WORDS
                and not reaches_past_quote(doc_text(doc), reported_content(doc, quote, verb), quote))):
            return None  # a label in quotation marks, unless it is part of a reported clause
        speaker = speaker_outside_quotes(verb, index, quotes)
        if not introduces and speaker != UNNAMED:
            verb, speaker = _nearest_own_verb(doc, quote, verb, speaker, index, quotes)
        if speaker == UNNAMED and not introduces and subject_quoted(verb, quotes):
            return None  # 'said on “Fox and Friends”' read with the title as subject: no frame
        if speaker == UNNAMED and introduces and _opens_clause(verb):
            # 'Said Ellis: “...”': the verb first, the name after it, which the parser misreads
            named = named_at([t for t in tokens if t.i > verb.i and not t.is_punct and not t.is_space], index)
            speaker = named.index if named is not None else speaker
        return Framed(quote, speaker, verb, "quote:frame-before" if introduces else "quote:embedded")
    owner = owner_of_words_before_colon(tokens, index) if tokens[-1].text == ":" else None
    return Framed(quote, owner.index, None, "quote:frame-before") if owner is not None else None


def _nearest_own_verb(doc: Doc, quote: QuoteSpan, verb: Token, speaker: int, index: MentionIndex,
                      quotes: list[QuoteSpan]) -> tuple[Token, int]:
    """The same speaker's verb nearest the quote: in 'DeSantis said he opposes the bodies, which he
    called “a cartel”' the quote is what 'called' takes, so its content is the verdict, not the
    whole report. Only a relative clause set off by a comma is such an aside: 'she appreciated her
    courage through what she calls a “war of words”' stays one report."""
    inner = governing_verb(doc, quote)
    if (inner is None or inner.i == verb.i or inner.tag_ not in FINITE_TAGS or not _aside(inner)
            or not (is_speech_verb(inner) or is_verdict_verb(inner))):
        return verb, speaker
    inner_speaker = speaker_outside_quotes(inner, index, quotes)
    if inner_speaker == UNNAMED or entity_of(index, inner_speaker) != entity_of(index, speaker):
        return verb, speaker
    return inner, inner_speaker


def _aside(verb: Token) -> bool:
    """True for the verb of a relative clause set off by a comma (', which he called')."""
    first = min(t.i for t in verb.subtree)
    return verb.dep_ == "relcl" and first > 0 and verb.doc[first - 1].text == ","


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
    """True when a speech, verdict or request verb nearer the quote, inside `verb`'s report, gives
    the quoted words to someone else ('Trump said Clinton once described the deal as “the gold
    standard”', 'the families requested “total privacy,” ..., the spokeswoman said'). A verb of thinking ('said he thought'), an unrealised act ('expects Holt to
    call it “lies”') or the same person again ('Ditto said she calls it “a war”') leaves the
    words with the outer speaker."""
    inner = governing_verb(doc, quote)
    if inner is None or inner.i == verb.i or not (verb.i < inner.i or verb.i > quote_start_token(doc, quote)):
        return False
    if not (is_speech_verb(inner) or is_verdict_verb(inner) or is_speech_verb(inner, REQUEST_VERBS)):
        return False
    if _relative_gap(doc, quote, inner):
        return False  # 'Nothing the president said “will assuage ...,” the senator said': the senator's
    if inner.tag_ not in FINITE_TAGS and not (inner.tag_ == "VBG" and inner.dep_ in ("advcl", "conj", "xcomp")
                                              and not _names_the_wording(verb)):
        return False  # 'to call it': unrealised; 'Trump welcomed it, saying it was “...”, CNN reported': Trump's act
    if subject_of(inner, lambda t: in_quotes(t, quotes)) is None:
        return False
    outer_speaker, inner_speaker = speaker_outside_quotes(verb, index, quotes), speaker_outside_quotes(inner, index, quotes)
    if inner.tag_ == "VBG" and inner_speaker == UNNAMED:
        return False  # a participle's borrowed subject counts only when it names someone
    if UNNAMED in (outer_speaker, inner_speaker):
        return inner_speaker == UNNAMED or outer_speaker == UNNAMED
    return entity_of(index, outer_speaker) != entity_of(index, inner_speaker)


def _relative_gap(doc: Doc, quote: QuoteSpan, inner: Token) -> bool:
    """True when the inner speech verb sits in a relative clause whose noun is the subject the
    quoted predicate lacks: in 'Nothing the president said “will assuage people's fears,”' the
    quote says what nothing does, the outer speaker's words about the president's."""
    root = quote_root(doc, quote)
    return (inner.dep_ == "relcl" and root is not None and root.head.i == inner.i and root.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children))


def _names_the_wording(verb: Token) -> bool:
    """True for a frame that credits the very words: 'as Mrs. Clinton put it in her memoir'."""
    return any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in verb.children)


def _opens_clause(verb: Token) -> bool:
    """True when nothing but punctuation comes before `verb` in its sentence."""
    return all(t.is_punct or t.is_space for t in verb.doc[verb.sent.start:verb.i])


def _lead_in_start(text: str, quote: QuoteSpan) -> int:
    """Where the words that may frame `quote` begin: its paragraph, or the paragraph before when
    the quote opens a paragraph of its own after one ending in a colon ('He said:' then the
    quoted speech set off as a block)."""
    para_start = paragraph_bounds(text, quote.start)[0]
    if starts_paragraph(text, quote) and para_start > 0:
        lead_in = previous_paragraph_start(text, quote.mark_start)
        if text[lead_in:para_start].rstrip().endswith(":"):
            return lead_in
    return para_start


def frame_governing(doc: Doc, quote: QuoteSpan, index: MentionIndex,
                     quotes: list[QuoteSpan]) -> Framed | None:
    """The speaker of the reporting verb whose complement holds the quote anywhere in its sentence:
    'he won “every single debate” and there is “a lot going on,” Trump said', 'Reid called Trump
    a “spoiled brat”'. Only a named speaker counts, and a label quoted on its own is not speech."""
    # 'The DCA had shown a “lack of consistent leadership”, the MPs found', 'Pence praised Cruz for
    # showing “the courage of his convictions”': what a doer showed by deed is worded by whoever
    # reports it (as reported.py reads "show"), so the frame is the reporting verb above
    verb = governing_verb(doc, quote, passing=EVIDENCE_VERBS)
    if verb is None or _title_under(quote, verb, doc_text(doc)):
        return None
    if is_label(doc, quote) or (word_count(quote.text(doc_text(doc))) < MIN_EMBEDDED_WORDS
                                 and not reaches_past_quote(doc_text(doc), reported_content(doc, quote, verb), quote)):
        return None
    speaker = speaker_outside_quotes(verb, index, quotes)
    if speaker == UNNAMED:
        return None
    return Framed(quote, speaker, verb, "quote:governed")


def _title_under(quote: QuoteSpan, verb: Token, text: str) -> bool:
    """True when an embedded quote is a title or name rather than words the verb reports."""
    return not is_verdict_verb(verb) and looks_like_title(quote.text(text))


def _names_nobody(framed: Framed, quotes: list[QuoteSpan]) -> bool:
    """True when the frame's verb has a subject outside the quote that is no name ('the union
    wrote', 'a senior EU diplomat said'): a described speaker, whose words no other frame may
    give to someone else."""
    return framed.verb is not None and subject_of(framed.verb, lambda t: in_quotes(t, quotes)) is not None


def best_frame(doc: Doc, quote: QuoteSpan, prev_end: int, next_start: int, index: MentionIndex,
                quotes: list[QuoteSpan]) -> Framed:
    """The quote's frame: after it, else before it, else the verb governing it. A frame whose
    speaker the parse cannot name ('“...,” adding that ...' after 'Peabody said:') gives way to a
    later one that names somebody."""
    owner_of_remark = remark_owner(doc, quote, index)
    if owner_of_remark is not None:
        return Framed(quote, owner_of_remark.index, None, "quote:embedded")
    if (looks_like_title(quote.text(doc_text(doc))) or names_a_work(doc, quote)) and not named_by_verdict(doc, quote):
        return Framed(quote)  # 'told the hosts of “Morning Joe,” adding': a show, book or name
    owner = words_owned_by(doc, quote, index)
    first = None
    for frame in (lambda: _frame_after(doc, quote, next_start, index, quotes),
                  lambda: _frame_before(doc, quote, prev_end, index, quotes),
                  lambda: frame_governing(doc, quote, index, quotes)):
        found = frame()
        if found is not None and found.rule == "quote:frame-after" and _relays(found.verb):
            # 'Trump said: “...,” the Times reported': the speech frame before the quote says
            # who speaks; the medium after it only relays the words
            before = _frame_before(doc, quote, prev_end, index, quotes)
            if before is not None and before.rule == "quote:frame-before" and before.speaker != UNNAMED:
                found = before
        if found is not None and (found.speaker != UNNAMED or _names_nobody(found, quotes)):
            if owner is not None and (found.speaker == UNNAMED
                                      or entity_of(index, owner.index) != entity_of(index, found.speaker)):
                return Framed(quote, owner.index, None, "quote:embedded")
            return found
        first = first or found
    return first or Framed(quote)
