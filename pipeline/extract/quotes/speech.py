"""Speech and cognition verbs, and who their speaker is: read off the dependency parse, and after a
quote off word order (a name, perhaps behind a title, then the verb; or the verb then a name)."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.entities.mentions import nationality_word
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.spans import QuoteSpan
from pipeline.lexicon import DASHES, HONORIFICS, POSSESSIVE_MARKERS, SUBJECT_DEPS
from pipeline.name_strings import name_key
from pipeline.party_words import PARTY_NAMES
from pipeline.speech_words import DOCUMENT_NOUNS, PHRASAL_SPEECH_VERBS, QUOTING_VERBS, SPEECH_VERBS, SPOKESPERSON_NOUNS


AUTHOR_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# Who a spokesperson speaks for as the speaker of the words (see _spoken_for)
SPOKEN_FOR_LABELS = frozenset({"ORG", "GPE"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# Words that may stand between a quote and its speaker's name as a title ('chairman, CEO and
# president Craig Menear'); a comma or a verb ends the title.
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "CCONJ"})
PHRASAL_SPEECH_LEMMAS = frozenset(verb for verb, _ in PHRASAL_SPEECH_VERBS)
UNNAMED = -1  # a speaker the text describes but does not name ("a senior EU diplomat")


def is_speech_verb(token: Token, lemmas: frozenset[str] = SPEECH_VERBS) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma in lemmas or (lemma == "put" and _puts_it(token)):
        return True
    if lemmas is not SPEECH_VERBS or lemma not in PHRASAL_SPEECH_LEMMAS:
        return False
    children = list(token.children)
    # 'summing up conversations', 'pointed out the flaw': an object makes it no frame
    return not any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_SPEECH_VERBS for c in children)


def _puts_it(verb: Token) -> bool:
    """'as the memo put it', 'As Rosenthal recently put it,': an idiom of speech."""
    children = list(verb.children)
    return (any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
            and any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in children))


def according_to_object(token: Token) -> Token | None:
    """The source in "according to X", given the token "according"."""
    if token.lower_ != "according":
        return None
    for to in token.children:
        if to.lower_ == "to":
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for obj in nxt.children:
            if obj.dep_ == "pobj":
                return obj
    return None


def subject_of(verb: Token, excluded: Callable[[Token], bool] | None = None) -> Token | None:
    """The grammatical subject of `verb`, borrowed from the verb it hangs off if it has none.

    "Allen smiled and said", "Trump said, adding later, ...", "she sang before asking her, ...":
    a coordinated verb or a participle without its own subject shares its head's. In "quoted
    Smith as saying" and "Smith was quoted as saying" the one quoted is the speaker; in
    "footage of Clinton asking" the noun the participle describes. A subject for which
    `excluded` is true (a word inside the quote the parser took for one) is passed over.
    """
    for child in verb.children:
        # A dash the parser took for a subject ('― Trump boasted') cannot speak: skip it.
        if child.dep_ in SUBJECT_DEPS and not child.is_punct and not (excluded and excluded(child)):
            return child
    head = verb.head
    if verb.dep_ == "xcomp" and verb.tag_ not in ("VBG", "VB") and head.pos_ in ("VERB", "AUX") and head.i != verb.i \
            and not any(c.dep_ in ("dobj", "iobj", "auxpass") for c in head.children):
        # 'Stallone appeared not to have enjoyed her time, saying: "..."': the one who appeared
        # (not after an object, which controls instead: 'asked him to have ...'; nor what someone
        # is alleged or reported to have said, which nobody here asserts)
        return subject_of(head, excluded)
    if head.i == verb.i or verb.tag_ not in ("VBG", "VB"):
        # 'Roberts said ... but said “...”': a coordinated verb the parser took for a complement
        coordinated = verb.dep_ == "conj" or (verb.i > 0 and verb.doc[verb.i - 1].pos_ == "CCONJ"
                                              and head.pos_ == "VERB" and head.i < verb.i)
        return subject_of(head, excluded) if head.i != verb.i and coordinated else None
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
        governor = head.head
        if head.lower_ == "as" and governor.lemma_ in QUOTING_VERBS:
            quoted = [c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")]
            return quoted[0] if quoted else None
        if governor.pos_ in ("VERB", "AUX"):
            return subject_of(governor, excluded)  # 'sings to Clinton before asking her'
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        return head
    if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp"):
        if (is_speech_verb(verb) and not is_speech_verb(head) and head.dep_ == "ccomp"
                and is_speech_verb(head.head) and head.head.i < head.i):
            # 'Trump told Newsmax that Romney “had a crazy policy,” adding, “...”': the one
            # reporting goes on speaking, not the subject of what they report (a report framed
            # after it, '..., saying X, CNN reported', is the participle subject's own act)
            return subject_of(head.head, excluded)
        between = verb.doc[min(head.i, verb.i) + 1:max(head.i, verb.i)]
        before_head = verb.doc[head.sent.start:min(head.i, verb.i)]
        if any(_is_dash(t) for t in between) and (
                any(_is_dash(t) for t in before_head) or sum(_is_dash(t) for t in between) > 1):
            # '- where the Panthers played the Vikings - while chanting': an insertion closed; but
            # 'she declined to claim victory - only saying that ...' goes on with the subject's act
            return None
        return subject_of(_verb_above(head), excluded)
    return None


def _verb_above(head: Token) -> Token:
    """The verb whose subject a speech verb under an adverb or adjective shares: 'Auerbach went so
    far as to say', 'Smith was quick to say' (the parser hangs 'say' off 'far' or 'quick')."""
    while head.pos_ in ("ADV", "ADJ") and head.dep_ in ("advmod", "acomp", "amod") and head.head.i != head.i:
        head = head.head
    return head


def _is_dash(token: Token) -> bool:
    """A dash setting off words, not a hyphen inside one ('e-mailed')."""
    spaced = bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_))
    return token.text in DASHES and (spaced or token.text != "-")


def mention_for_phrase(head: Token, index: MentionIndex) -> Mention | None:
    """The mention naming the phrase headed by `head`: the head itself, or its apposition.

    "a senior EU diplomat" is headed by "diplomat", which no mention covers: the ORG "EU"
    inside it is a modifier, not the speaker, so it is not returned. Nor is a bracketed
    apposition ('(D-Newport News)'): a party and state label, not the person.
    """
    mention = index.narrowest(head)
    if mention is not None:
        return mention
    if head.lower_ in DOCUMENT_NOUNS or head.lemma_.lower() in DOCUMENT_NOUNS:
        author = _author_of(head, index)
        if author is not None:
            return author
    text = doc_text(head.doc)
    for child in head.children:
        if child.dep_ == "appos":
            mention = index.narrowest(child)
            if mention is not None and not text[:mention.start].rstrip().endswith("("):
                return mention  # 'Ms. Merkel's spokesman, Steffen Seibert,': the one named
    if head.lower_ in SPOKESPERSON_NOUNS:
        return _spoken_for(head, index)
    return None


def _author_of(document: Token, index: MentionIndex) -> Mention | None:
    """The organisation or person named as the maker of a document: 'the IMF report', 'Ivana
    Trump's brief', 'a Government Accountability Office report'."""
    for child in document.children:
        if child.dep_ in ("poss", "compound") and child.i < document.i:
            mention = index.narrowest(child)
            if mention is not None and mention.label in AUTHOR_LABELS:
                return mention
    return None


def _spoken_for(spokesperson: Token, index: MentionIndex) -> Mention | None:
    """Who a spokesperson speaks for: 'a spokesman for Platte River Networks', 'a Google
    spokeswoman', 'a Downing Street spokesman'. A name in a clause about them ('who joined Google')
    is not. Nor is a person ('Mr Blair's spokesman said', 'a spokesman for Mr Blair'): an
    organisation speaks through its spokesman, but a person's spokesman is someone else speaking
    about him. Two readings of a person's name are kept: a title's own holder ('spokesman for
    sport Hugh Robertson') and one word before the noun that names no person of the text
    ('a Defra spokesman', typed PERSON by the model)."""
    makers = [c for c in spokesperson.children if c.dep_ in ("poss", "compound") and c.i < spokesperson.i]
    makers += [g for c in spokesperson.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
               for g in c.children if g.dep_ == "pobj"]
    for maker in makers:
        mention = index.narrowest(maker)
        if mention is None or index.root(mention).label not in AUTHOR_LABELS:
            continue
        if index.root(mention).label not in SPOKEN_FOR_LABELS or mention.text.split()[0].lower() in HONORIFICS:
            if not (_holds_title(maker, mention) or _mistyped_organisation(maker, mention, index)):
                continue
        return mention
    return None


def _holds_title(maker: Token, mention: Mention) -> bool:
    """'spokesman for sport Hugh Robertson': a lower-case field noun before the name makes the name
    the title's holder, not the one spoken for."""
    return maker.dep_ == "pobj" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.idx < mention.start for c in maker.children)


def _mistyped_organisation(maker: Token, mention: Mention, index: MentionIndex) -> bool:
    """'The Bat spokeswoman', 'an Eton spokesperson': one word before the noun, no possessive, that
    is no part of a person's full name in the text (a 'Blair spokesman' after 'Tony Blair' is his)."""
    if maker.dep_ != "compound" or " " in mention.text or maker.text.lower() in HONORIFICS:
        return False
    return not any(m.label == "PERSON" and " " in m.text and maker.text in m.text.split() for m in index.mentions)


def quotes_another(verb: Token) -> bool:
    """'X quoted Y as saying': an active quoting verb with its object and "as", or the "saying" under it."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.dep_ == "prep":
        verb = verb.head.head
    return verb.lemma_ in QUOTING_VERBS and any(c.dep_ == "dobj" for c in verb.children) \
        and any(p.dep_ == "prep" and p.lower_ == "as" for p in verb.children)


def speaker_of(verb: Token, index: MentionIndex,
               excluded: Callable[[Token], bool] | None = None) -> int | None:
    """Mention index of who speaks through `verb`; UNNAMED for a described speaker; None if no subject."""
    source = according_to_object(verb) if verb.lower_ == "according" else subject_of(verb, excluded)
    if source is not None and source.dep_ == "nsubjpass" and source.head.i == verb.i and verb.tag_ == "VBN" \
            and verb.lemma_ not in QUOTING_VERBS and not any(c.dep_ == "auxpass" and c.lower_ in POSSESSIVE_MARKERS
                                                              for c in verb.children):
        # 'he has been described as the “apple of Epstein's eye”', 'Smith was told': a passive
        # verb's subject is who is spoken of or to; the speaker is its "by" agent, or nobody named
        # ("he's said" is mostly "he has said", whatever the parse); the parser may hang "by" on the
        # label ('called “the best ...” by Joe Namath')
        source = next((p for by in verb.subtree if by.lower_ == "by" and by.dep_ in ("agent", "prep") and by.i > verb.i
                       for p in by.children if p.dep_ == "pobj"), None)
    if source is not None and source.dep_ == "nsubj" and source.head.i == verb.i and quotes_another(verb):
        # 'Reuters quoted a central bank official as saying': the one quoted speaks, not the one quoting
        source = next(c for c in verb.children if c.dep_ == "dobj")
    if source is None:
        return None
    mention = mention_for_phrase(source, index)
    if mention is None and source.head.i == verb.i:
        # 'As the pollster Anna Ruiz wrote': the parser may split a title and the name after it
        # into two subjects of the verb; the named one speaks
        named = [m for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i == source.i + 1 + sum(
            1 for t in verb.doc[source.i + 1:c.i] if t.dep_ == "compound") and (m := index.narrowest(c)) is not None]
        mention = named[0] if named else None
    if mention is not None and (mention.label not in ("NORP", "DATE", "CARDINAL") or _party(mention, source)) \
            and not _run_of_names(mention):
        return mention.index
    return UNNAMED


def _party(mention: Mention, subject: Token) -> bool:
    """'The Conservatives said', 'the Tories say': a people (NORP) says nothing, but a party's name the
    model types NORP is the party organisation, which does (party_words.PARTY_NAMES); not a group of
    its members a phrase picks out ("Democrats in Iowa who watched the debate")."""
    return mention.label == "NORP" and name_key(mention.text).removeprefix("the ") in PARTY_NAMES \
        and not any(c.dep_ in ("prep", "relcl", "acl") for c in subject.children)


def _run_of_names(mention: Mention) -> bool:
    """'Lazar, Song' read as one title (WORK_OF_ART) across a comma: two names run together,
    neither of which can be told to speak."""
    return mention.label == "WORK_OF_ART" and "," in mention.text


# --- Speakers of a quote's frame ------------------------------------------------------------


def in_quotes(token: Token, quotes: list[QuoteSpan]) -> bool:
    return any(q.mark_start <= token.idx < q.mark_end for q in quotes)


def speaker_outside_quotes(verb: Token, index: MentionIndex, quotes: list[QuoteSpan]) -> int:
    """The speaker of `verb` by the parse; UNNAMED when the parse names nobody usable.

    A word of the quote the parser took for a subject is no evidence; a second subject outside
    the quote ('“One of the brightest ...,” Rep. Cummings said') still is.
    """
    speaker = speaker_of(verb, index, lambda token: in_quotes(token, quotes))
    if speaker is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
        named = name_just_before(verb, index)
        speaker = named.index if named is not None else None
    if speaker in (None, UNNAMED) and verb.tag_ == "VBG":
        framing = frame_just_before(verb)
        if framing is not None:
            return speaker_outside_quotes(framing, index, quotes)
    return UNNAMED if speaker is None else speaker


def name_just_before(verb: Token, index: MentionIndex) -> Mention | None:
    """The name right before a finite speech verb the parser left without a subject: 'Gov. John
    Kasich (R-OH), said, “...”'. Only a bracketed label, and a comma after it, may stand between
    them ('Katie Packer, who chairs Our Principles PAC, said' ends a relative clause, not a name);
    the name must end there, modify nothing and be no verb's or preposition's object."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].is_space:
        i -= 1
    comma = i >= verb.sent.start and verb.doc[i].text == ","
    i -= comma
    if i >= verb.sent.start and verb.doc[i].text == ")":
        while i >= verb.sent.start and verb.doc[i].text != "(":
            i -= 1
        i -= 1
    elif comma:
        return None
    if i < verb.sent.start:
        return None
    mention = index.narrowest(verb.doc[i])
    if mention is None or index.root(mention).label not in ("PERSON", "ORG"):
        return None
    span = verb.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end != i + 1 or span.root.dep_ in ("pobj", "dobj"):
        return None
    return mention


def frame_just_before(participle: Token) -> Token | None:
    """The speech verb of the frame a participle follows ('“...,” Sanders said, suggesting ...',
    'said Smith, adding'): only its speaker, a comma and adverbs stand between them."""
    for token in reversed(participle.doc[participle.sent.start:participle.i]):
        if is_speech_verb(token) and token.tag_ != "VBG":
            return token
        if not (token.is_punct and token.text == "," or token.pos_ in ("ADV", "PROPN", "PRON")):
            return None
    return None


def subject_quoted(verb: Token, quotes: list[QuoteSpan]) -> bool:
    subject = subject_of(verb)
    return subject is not None and in_quotes(subject, quotes)


def modifies_next(mention: Mention, doc: Doc) -> bool:
    """True when the word right after `mention` makes it a modifier: "Xi's aide", "Clinton campaign".

    Read off the text, not a filtered token list: in "Rep. Cummings (D-Md.) said" the bracket
    ends the name.
    """
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    if doc_text(doc)[mention.end:mention.end + 1] == "-":
        return True  # 'Florida-based strategist Al Cardenas', 'a Google-owned firm'
    following = doc[span.end]
    if following.pos_ == "ADJ" and following.head.pos_ == "NOUN" and following.head.i > following.i:
        following = following.head  # 'Goddard planetary scientist Avi Mandell'
    return following.tag_ == "POS" or following.dep_ == "case" or following.pos_ in ("NOUN", "PROPN")


def named_at(tokens: list[Token], index: MentionIndex) -> Mention | None:
    """The name `tokens` open with, after at most a title ("Tulsa police Chief Chuck Jordan").

    Only names, nouns and adjectives may come before it: a described speaker ("a senior EU
    diplomat, who ...") reaches a comma or a verb first and gets no name.
    """
    opening: Mention | None = None  # an organisation or place the words open with
    for position, token in enumerate(tokens):
        mention = index.narrowest(token)
        if mention is not None and nationality_word(mention):
            mention = None  # 'Italian news agency Apcom': the nationality the entity stage named a country is a title word
        if mention is not None and opening is not None and mention.index == opening.index:
            continue
        if mention is not None and mention.label in SPEAKER_LABELS:
            modifies = modifies_next(mention, token.doc)
            if mention.label == "PERSON" and not modifies:
                return mention  # 'Goddard planetary scientist Avi Mandell said': the person
            if position == 0:
                opening = mention  # 'the IMF said' or the employer before a title: read on
                continue
            if not modifies:
                return opening
            continue
        if mention is None and (token.pos_ not in TITLE_POS or token.lower_ in ("a", "an")):
            return opening if opening is not None and not modifies_next(opening, token.doc) else None
    return opening if opening is not None and not modifies_next(opening, tokens[0].doc) else None


def positional_speaker(tokens: list[Token], verb: Token, index: MentionIndex) -> int | None:
    """The speaker by word order right after a quote: '“...,” NAME[, who ...,] said' or '“...,” said NAME'.

    This order is so regular in news that it beats a parse confused by a long apposition.
    """
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    named = named_at(words[1:] if words and words[0] is verb else words, index)
    return named.index if named is not None else None


def entity_of(index: MentionIndex, mention_index: int) -> int:
    return index.root(index.by_index[mention_index]).index
