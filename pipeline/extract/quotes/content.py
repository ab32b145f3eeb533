"""The reported content around a direct quote: the whole clause its speech verb introduces.

A quote is often only part of what its speaker is reported to have said: 'Trump said he won
“every single debate”', 'Reid called Trump a “spoiled brat”', 'her foot was “so swollen,” she
said'. The reported content is the verb's complement that holds the quote (with its 'that'),
for verbs of naming also the named object ('Trump a “spoiled brat”'), and for 'according to X'
the clause that phrase qualifies. It is cut to the quote's sentence and paragraph and always
covers the quotation marks.

How it reaches the claims: the `said` relation keeps `value` = the quoted words (CONTRACT: "the
quoted words go in value"), and when the content reaches past the quotation marks its text goes
in `qualifiers["content"]`, so a reviewer reads what the speaker was reported to claim ('that
the agreements were handed out “like candy.”') rather than two words out of context. A quote that
is its whole content gets no such qualifier, so plain direct quotes keep the claim ids they had.
`content_bounds` gives the content's character offsets back from a relation.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from models import RelationMention
from pipeline.extract.doctext import doc_text
from pipeline.extract.quotes.spans import QuoteSpan, paragraph_bounds, quote_paragraphs
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.speech_words import NAMED_WORK_NOUNS, REPORTING_VERBS, REQUEST_VERBS, TITLE_SMALL_WORDS

CONTENT_KEY = "content"
QUOTATION_MARKS = frozenset({'"', "“", "”", "«", "»", "„", "''", "``"})
# Verbs that report a verdict on something rather than speech about it: 'called X “a disaster”',
# 'blasted the media for being “dishonest”'. Their content is the judged object together with
# the quoted verdict.
VERDICT_LEMMAS = frozenset({
    "call", "describe", "label", "dub", "brand", "term", "characterize", "characterise", "deem",
    "rate", "blast", "criticize", "criticise", "slam", "praise", "condemn", "denounce", "accuse",
    "hail", "fault", "mock", "ridicule", "lambaste", "lambast", "chide", "applaud", "commend",
    "dismiss", "attack", "thank", "credit", "blame", "urge", "encourage", "ask",
    "reject", "deride", "decry", "tout", "portray",  # 'rejected the idea as “ludicrous”'
})
# Prepositions that carry a verdict verb's judgement ('as a “crazy system”', 'for being
# “dishonest”', 'of being “duped”').
VERDICT_PREPOSITIONS = frozenset({"as", "for", "of"})
# A quote in one of these positions under the verb is not what the verb reports: the speaker's
# own name ('“Ready” Smith said'), an addressee ('told “the team”'), or the verb's adverbs.
NOT_CONTENT_DEPS = frozenset({
    "nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "dative", "aux", "auxpass", "neg",
    "mark", "advmod", "npadvmod", "prt", "punct", "cc", "expl",
})
# Under a speech verb these are the circumstances of speaking ('said in an interview on CBS's
# “Face the Nation”', 'said Monday, speaking at a rally'), not what was said.
CIRCUMSTANCE_DEPS = frozenset({"prep", "advcl", "pcomp", "acl", "relcl"})
OBJECT_DEPS = ("dobj",)
# Prepositions after a verb of speech that open its topic ('warned of', 'complained about').
TOPIC_PREPOSITIONS = frozenset({"of", "about", "against"})
# Prepositions opening the when and where of a report rather than part of the verdict.
CIRCUMSTANCE_PREPOSITIONS = frozenset({"during", "at", "in", "on", "after", "before", "while", "since", "amid"})


def quote_root(doc: Doc, quote: QuoteSpan) -> Token | None:
    """The first word of the quote whose head lies outside it: where the quote hangs in the parse."""
    inner = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if inner is None:
        return None
    for token in inner:
        if token.is_space or token.is_punct:
            continue
        if not inner.start <= token.head.i < inner.end or token.head.i == token.i:
            return token
    return None


def governing_verb(doc: Doc, quote: QuoteSpan, passing: frozenset[str] = frozenset()) -> Token | None:
    """The nearest reporting verb above the quote in its sentence whose complement holds it; one
    whose lemma is in `passing` is climbed past."""
    root = quote_root(doc, quote)
    if root is None:
        return None
    # spaCy makes a new Token object on each access: tokens are compared by position.
    child, node = root, root.head
    while True:
        if node.i != child.i and _reports_through(node, child) and node.lemma_.lower() not in passing:
            return node
        according = next((t for t in node.children if t.lower_ == "according" and t.i != child.i), None)
        if according is not None:
            return according
        if node.head.i == node.i:
            return None
        child, node = node, node.head


def _reports_through(verb: Token, child: Token) -> bool:
    """True when `verb` reports what its dependent `child` holds."""
    if verb.lower_ == "according" or child.dep_ in NOT_CONTENT_DEPS:
        return False
    if is_speech_verb(verb, VERDICT_LEMMAS):
        return child.dep_ not in CIRCUMSTANCE_DEPS or child.lower_ in VERDICT_PREPOSITIONS
    if child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS and is_speech_verb(verb):
        return True  # 'he warned of the dangers of “owners of technology”': what the warning says
    if is_speech_verb(verb, REQUEST_VERBS):
        return child.dep_ == "dobj"  # 'the families requested “total privacy”': the words asked for
    return is_speech_verb(verb, REPORTING_VERBS) and child.dep_ not in CIRCUMSTANCE_DEPS


# Words a quoted phrase may hold and still be taken for a title on its case alone.
MAX_TITLE_WORDS = 6


def looks_like_title(text: str, max_words: int | None = MAX_TITLE_WORDS) -> bool:
    """A short Title Case phrase ('Fox and Friends', 'The Apprentice'): a name, not speech,
    unless a verdict verb makes it one ('called her “Miss Piggy”'). `max_words` None: any length."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if any(w[0].islower() and w.lower() not in TITLE_SMALL_WORDS for w in words):
        return False  # 'It's all Facebook, Instagram and Snapchat': a title capitalises 'All'
    long_words = [w for w in words if len(w) > 3 or w == words[0]]
    capitalised = [w for w in words if w[0].isupper()]
    # 'Don't you do it': one capital opening a sentence is no title
    return (0 < len(words) <= (max_words or len(words)) and all(w[0].isupper() for w in long_words)
            and (len(words) == 1 or len(capitalised) >= 2))


def names_a_work(doc: Doc, quote: QuoteSpan) -> bool:
    """A Title Case quotation set right after a noun for a work ("his unauthorized biography,
    ''Lost Tycoon: The Many Lives of Donald J. Trump,''"): its title however long, not words anyone
    said (not "in her memoir, 'I made a mistake'"). Read off the words, as the parse often makes such
    a title the verb's object."""
    if not looks_like_title(quote.text(doc_text(doc)), max_words=None):
        return False
    opening = doc.char_span(quote.mark_start, quote.end, alignment_mode="expand")
    i = (opening.start if opening is not None else 0) - 1
    while i >= 0 and (doc[i].is_space or doc[i].text == ","):
        i -= 1
    return i >= 0 and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in NAMED_WORK_NOUNS


def is_verdict_verb(token: Token) -> bool:
    return is_speech_verb(token, VERDICT_LEMMAS)


def circumstantial(doc: Doc, quote: QuoteSpan, verb: Token) -> bool:
    """True when the quote hangs off `verb` as a circumstance of speaking rather than its content:
    a show or book title ('said on CBS's “Face the Nation”', 'In his book, “...,” he wrote')."""
    root = quote_root(doc, quote)
    if root is None or verb not in root.ancestors:
        return False
    child = _holding_child(verb, root)
    return child is not None and child.dep_ in CIRCUMSTANCE_DEPS and not _reports_through(verb, child)


def _holding_child(verb: Token, token: Token) -> Token | None:
    """The child of `verb` whose subtree holds `token`."""
    node = token
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return node if node.head.i == verb.i and node.i != verb.i else None


def _is_mark(token: Token) -> bool:
    return token.text in QUOTATION_MARKS


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Tokens without the frame's punctuation around them; quotation marks (and what they close) stay."""
    while tokens and (tokens[0].is_space or (tokens[0].is_punct and not _is_mark(tokens[0]))):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or (tokens[-1].is_punct and not _is_mark(tokens[-1]))):
        tokens = tokens[:-1]
    return tokens


def _run_holding(tokens: list[Token], anchor: Token) -> list[Token]:
    """The contiguous run of `tokens` (sorted by position) that holds `anchor`."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return next((run for run in runs if any(t.i == anchor.i for t in run)), [])


def _run_on_clauses(verb: Token, clause: Token) -> list[Token]:
    """Clauses the parser hung off `verb` as further complements right after `clause`.

    'said Trump has “enormous respect” for the military and his comment was ...': with the
    'and' taken into the object, the second clause becomes a sibling ccomp of 'said'; it is the
    same reported content when it starts at the very next token.
    """
    tokens: list[Token] = []
    right = clause.right_edge.i
    for sibling in sorted((c for c in verb.children if c.dep_ == "ccomp" and c.i > clause.i), key=lambda t: t.i):
        if sibling.left_edge.i != right + 1:
            break
        tokens.extend(sibling.subtree)
        right = sibling.right_edge.i
    return tokens


def set_into_clause(verb: Token) -> bool:
    """True for a frame the parser hangs off the reported clause itself: 'the weapons, he added,
    are like “...”' (parataxis), 'As Simonyan put it, RT is “...”' (an 'as' clause)."""
    return verb.dep_ == "parataxis" or (
        verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in verb.children))


def _content_tokens(verb: Token, root: Token) -> list[Token]:
    if verb.lower_ == "according" or set_into_clause(verb):
        # 'According to X, A “B”': the clause 'according to X' modifies, less that phrase.
        clause = verb.head
        own = {t.i for t in verb.subtree}
        tokens = [t for t in clause.subtree if t.i not in own]
        return _run_holding(tokens, root)
    child = _holding_child(verb, root)
    if child is None or not _reports_through(verb, child):
        return []
    tokens = list(child.subtree)
    if child.dep_ == "ccomp":
        tokens.extend(_run_on_clauses(verb, child))
    if is_speech_verb(verb, VERDICT_LEMMAS):
        if child.dep_ not in OBJECT_DEPS:
            # 'called the plan “a disaster”', 'described Trump as a “leech”': the object too.
            objects = [t for t in verb.children if t.dep_ in OBJECT_DEPS and t.i < child.i
                       and t.tag_ not in ("WP", "WDT")]  # 'what he called “a brazen breach”'
            if objects:
                tokens = list(verb.doc[objects[0].left_edge.i:child.right_edge.i + 1])
        # The verdict goes on after its last quoted word ('a “grave threat” to regional
        # stability') up to the circumstances of the writer's report: 'as a “crazy system”
        # during a stop in Flint' was said about the system, the stop is the writer's.
        marks = [i for i, t in enumerate(tokens) if _is_mark(t)]
        if marks and tokens[marks[-1]].i >= root.i:
            tail = next((i for i in range(marks[-1] + 1, len(tokens))
                         if tokens[i].dep_ == "prep" and tokens[i].lower_ in CIRCUMSTANCE_PREPOSITIONS), len(tokens))
            tokens = tokens[:tail]
    return tokens


def reported_content(doc: Doc, quote: QuoteSpan, verb: Token | None,
                     speaker: Span | None = None) -> tuple[int, int]:
    """Character offsets of what `verb`'s subject is reported to say around `quote`.

    The quote's own marks when the verb does not govern it or the parse gives nothing usable
    (a complement reaching the speaker's own name is a parse error, not content).
    """
    own = (quote.mark_start, quote.mark_end)
    root = quote_root(doc, quote)
    if verb is None or root is None:
        return own
    if _parenthetical(doc, verb, quote):
        sentence = verb.sent
        para_start, para_end = quote_paragraphs(doc_text(doc), quote)
        start = max(sentence.start_char, para_start)
        end = min(max(sentence.end_char, quote.mark_end), para_end)
        tokens = _trimmed(list(doc.char_span(start, end, alignment_mode="expand") or []))
        if tokens:
            return min(tokens[0].idx, quote.mark_start), max(tokens[-1].idx + len(tokens[-1]), quote.mark_end)
    clause = verb.head if verb.lower_ == "according" or set_into_clause(verb) else verb
    if clause.i != root.i and clause not in root.ancestors:
        return _before_closing_frame(doc, verb, quote) or own
    para_start, para_end = quote_paragraphs(doc_text(doc), quote)
    tokens = [t for t in _content_tokens(verb, root) if para_start <= t.idx < para_end]
    tokens = _trimmed(tokens)
    if not tokens:
        return own
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    end = _through_open_quote(doc_text(doc), start, end, para_end)
    if verb.idx < end and verb.idx >= start:
        return own
    if speaker is not None and start < speaker.end_char and speaker.start_char < end:
        return own
    return min(start, quote.mark_start), max(end, quote.mark_end)


def _before_closing_frame(doc: Doc, verb: Token, quote: QuoteSpan) -> tuple[int, int] | None:
    """The sentence up to its closing frame when the parser did not hang the sentence off the
    frame's verb: 'His father's death drives him “to have purpose,” and he finds it in
    government work, he said.' None unless the frame closes the sentence after the quote and
    the writer's words open it."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.lower_ == "according" or subject is None or verb.idx < quote.mark_end:
        return None
    sentence = verb.sent
    frame_start = min(verb.i, subject.left_edge.i)
    if frame_start <= sentence.start or doc[frame_start - 1].text != "," or sentence.start_char >= quote.mark_start:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1:sentence.end]):
        return None  # the frame goes on into a clause of its own
    para_start = quote_paragraphs(doc_text(doc), quote)[0]
    tokens = _trimmed([t for t in doc[sentence.start:frame_start - 1] if t.idx >= para_start])
    if not tokens or tokens[0].idx >= quote.mark_start:
        return None
    return tokens[0].idx, max(tokens[-1].idx + len(tokens[-1]), quote.mark_end)


def _parenthetical(doc: Doc, verb: Token, quote: QuoteSpan) -> bool:
    """True when the frame is set off by commas inside the reported sentence, before the quote:
    'It was, the president said, “a stone ...”', 'These employees, Stumpf explained, were
    “well-paid,”'. The writer's own words do not come before it: the sentence is what was said.
    A quote before the frame ('“A,” he said, “B”') is a quote of its own, not such a sentence.
    """
    if verb.lower_ == "according" or verb.i >= len(doc) - 1 or verb.idx > quote.mark_start:
        return False
    sentence = verb.sent
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or verb.dep_ == "relcl":
        return False  # 'Trump attacked Clinton, saying, “...”', '..., who joked, “...”': not set off
    frame_start = min(verb.i, subject.left_edge.i)
    if frame_start <= sentence.start or doc[frame_start - 1].text != ",":
        return False
    before = [t for t in doc[sentence.start:frame_start - 1] if t.is_alpha]
    text = doc_text(doc)
    if not before or all(_inside_any_quote(text, t.idx, quote) for t in before):
        return False
    comma = next((t for t in doc[verb.i + 1:] if t.text == "," or t.idx >= quote.mark_start), None)
    if comma is None or comma.text != "," or any(t.pos_ == "VERB" for t in doc[verb.i + 1:comma.i]):
        return False
    # The words before the frame open what was said ('These employees', 'It was', 'Perhaps'),
    # not the writer's setting of it: a phrase opening with a preposition, a conjunction or a
    # participle ('During the speech,', 'When pressed,', 'Asked about it,') is the writer's, and
    # so is a clause with a speech verb of its own ('She said ..., and the mother replied, “...”').
    opener = doc[sentence.start]
    if opener.pos_ in ("ADP", "SCONJ", "VERB", "AUX", "PUNCT"):
        return False
    return verb.dep_ != "conj" and not any(is_speech_verb(t, REPORTING_VERBS) for t in doc[sentence.start:frame_start])


def _inside_any_quote(text: str, offset: int, quote: QuoteSpan) -> bool:
    """True when `offset` lies between quotation marks opened before `quote` in its paragraph."""
    para_start = paragraph_bounds(text, quote.start)[0]
    before = text[para_start:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("''") % 2 == 1


def _through_open_quote(text: str, start: int, end: int, limit: int) -> int:
    """`end`, moved past the closing mark of a quote the content opens but the parse cut short
    ('there is “a lot going on.”' whose '.”' hangs off the main verb)."""
    inside = text[start:end]
    unclosed = inside.count("“") > inside.count("”") or inside.count('"') % 2 == 1
    if not unclosed:
        return end
    closing = re.match(r'[.,!?;:…]*["”]', text[end:limit])
    return end + closing.end() if closing else end


def reaches_past_quote(text: str, content: tuple[int, int], quote: QuoteSpan) -> bool:
    """True when the content holds words outside the quotation marks."""
    outside = text[content[0]:quote.mark_start] + text[quote.mark_end:content[1]]
    return any(ch.isalnum() for ch in outside)


def content_bounds(relation: RelationMention, text: str) -> tuple[int, int] | None:
    """Character offsets of a said relation's reported content: its quoted words when the
    content is the quote itself, else where `qualifiers["content"]` lies around the quote."""
    if relation.value_span is None:
        return None
    content = relation.qualifiers.get(CONTENT_KEY)
    if not content:
        return relation.value_span
    value_start, value_end = relation.value_span
    at = text.find(content, relation.sentence_start, relation.sentence_end)
    while at >= 0:
        if at <= value_start and value_end <= at + len(content):
            return at, at + len(content)
        at = text.find(content, at + 1, relation.sentence_end)
    return relation.value_span
