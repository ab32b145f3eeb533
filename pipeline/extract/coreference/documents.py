"""Documents as speakers: 'the statement', 'the report', 'the ad' -> whoever the text said put
them out ('Google said in a statement', 'the union released a letter', 'the IMF's report', 'a
report by Amnesty'). (Moved out of links.py unchanged, apart from a place as a compound being a
document's topic, not its maker.)"""
from __future__ import annotations

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.coreference.context import Context
from pipeline.extract.coreference.roles import DESCRIPTION_WINDOW
from pipeline.extract.coreference.description_fit import description_head
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.lexicon import SUBJECT_DEPS
from pipeline.speech_words import ISSUED_STATEMENT_NOUNS, PUBLISHING_VERBS, REPORTING_VERBS


def link_document(ctx: Context, head: Token) -> tuple[Span, Mention] | None:
    """'the statement', 'the report' -> whoever the text said put it out: 'Google said in a
    statement', 'the union released a letter', 'the IMF's report', 'a report by Amnesty'.

    The latest such mention of the same noun within a few sentences decides; a document whose
    maker the text never named stays unlinked.
    """
    phrase = description_head(head, ctx.covered)
    if phrase is None:
        span = _titled_possessor_phrase(ctx, head)
        return _issuing_organisation(ctx, head, span) if span is not None else None
    if any(c.dep_ in ("poss", "compound") for c in head.children):
        return None
    span = phrase[0]
    first = ctx.sentence_of[span.start] - DESCRIPTION_WINDOW
    for earlier in reversed(ctx.doc[:span.start]):
        if ctx.sentence_of[earlier.i] < first:
            break
        if earlier.lemma_.lower() != head.lemma_.lower() or earlier.pos_ != "NOUN":
            continue
        author = document_author(ctx, earlier)
        if author is not None:
            return span, author
    return _issuing_organisation(ctx, head, span)


def _titled_possessor_phrase(ctx: Context, head: Token) -> Span | None:
    """'The D.A.'s release': a document owned by a title or abbreviation that names nobody the
    NER found (a named owner is the maker, document_author's case), from the article on."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    if len(owners) != 1 or head.i in ctx.covered:
        return None
    owner = owners[0]
    words = [t for t in owner.subtree if not t.is_punct and t.dep_ not in ("case", "det")]
    if not words or any(t.i in ctx.covered or not (t.is_upper or t.text.endswith(".")) for t in words):
        return None
    start = min(t.i for t in words)
    if start == 0 or ctx.doc[start - 1].lower_ != "the":
        return None
    return ctx.doc[start - 1:head.i + 1]


def _issuing_organisation(ctx: Context, head: Token, span: Span) -> tuple[Span, Mention] | None:
    """'The District Attorney's office announced the charges. ... The release says ...': a
    statement or release speaking, with no maker named, speaks for the one organisation the
    recent sentences had announcing, saying or putting something out; nobody when a person
    spoke there too or several organisations did."""
    if head.lemma_.lower() not in ISSUED_STATEMENT_NOUNS or not _speaks(head):
        return None
    makers: dict[int, Mention] = {}
    for mention, found in ctx.before(span[0], DESCRIPTION_WINDOW, ("PERSON", "ORG"), narrative=True):
        subject = found.root
        if subject.dep_ in ("poss", "compound") and subject.head.dep_ in SUBJECT_DEPS:
            subject = subject.head  # 'The District Attorney's office announced'
        verb = subject.head
        if subject.dep_ != "nsubj" or not (is_speech_verb(verb) or verb.lemma_.lower() in PUBLISHING_VERBS):
            continue
        root = ctx.root(mention)
        makers[ctx.groups.key(root)] = root
    if len(makers) != 1:
        return None
    maker = next(iter(makers.values()))
    return (span, maker) if "ORG" in ctx.groups.labels(maker) and "PERSON" not in ctx.groups.labels(maker) else None


def _speaks(document: Token) -> bool:
    """The subject of a speech verb ('the release says'), or what 'according to' names."""
    if document.dep_ in SUBJECT_DEPS:
        return is_speech_verb(document.head)
    return document.dep_ == "pobj" and document.head.lower_ == "to" and document.head.head.lower_ == "according"


def document_author(ctx: Context, document: Token) -> Mention | None:
    """Who a mention of a document names as its maker, if anyone."""
    makers = [c for c in document.children if c.dep_ in ("poss", "compound") and c.i < document.i]
    makers += [g for c in document.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
               for g in c.children if g.dep_ == "pobj"]
    verb = document.head
    if document.dep_ == "pobj" and verb.lower_ == "in" and is_speech_verb(verb.head, REPORTING_VERBS):
        verb = verb.head  # 'Google said in a statement'
    elif not (document.dep_ == "dobj" and verb.lemma_.lower() in PUBLISHING_VERBS):
        verb = None  # 'the union released a letter'
    if verb is not None:
        makers += [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for maker in makers:
        # the maker itself, or the name inside its phrase ('The Teamsters union'); a place
        # modifying the noun is its topic ('this compelling Benghazi email'), not its maker
        labels = ("PERSON", "ORG") if maker.dep_ == "compound" else ("PERSON", "ORG", "GPE")
        for token in [maker, *(c for c in maker.children if c.dep_ == "compound")]:
            for mention, span in ctx.spans:
                if span.start <= token.i < span.end and ctx.root(mention).label in labels:
                    return ctx.root(mention)
    return None
