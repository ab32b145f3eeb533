"""Who a speaking pronoun stands for ('“...,” he said'): the subject the sentences are about.

Centering on the main clause: in the latest sentence holding a subject, the subject of its main
clause or of a frame beside it ('Josh Earnest said Obama was ...' -> Earnest; 'Trump, Sexton
said, has ...' -> Sexton), never the subject of a clause reported inside another's or of the
clause the pronoun itself reports ('Trump isn't a conservative, he said'). Applied to he/she as
the subject of a speech verb only; links.py keeps its latest-subject rule for every other pronoun.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.coreference.rules import is_subject, opens_line
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.lexicon import SUBJECT_DEPS

# Markers of a reported clause ('said that ...'), as against an adverbial one ('after', 'though').
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _main_clause(span: Span, pronoun: Token, sentence_of: dict[int, int]) -> bool:
    """True when the mention is the subject of its sentence's main clause (or of one coordinated
    with it), or opens its paragraph; in the pronoun's own sentence, also of a clause hanging
    right off the pronoun's verb ('When Clinton arrived, she said') other than what it reports,
    but not of one nested deeper ('Asked about ... the event that Clinton faces Trump, she
    replied')."""
    subject = span.root
    if subject.dep_ in ("appos", "compound") and subject.head.dep_ in SUBJECT_DEPS:
        subject = subject.head  # 'Bloomberg's pollster, Douglas Schoen, says'
    if subject.dep_ not in SUBJECT_DEPS:
        return opens_line(span) and subject.dep_ not in ("amod", "compound", "poss", "nmod")
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return True
    # not the clause the pronoun reports ('Trump isn't a conservative, he said'): its subject is
    # what is spoken about
    if sentence_of[span.start] != sentence_of[pronoun.i]:
        return False
    # 'Though Ms. Olivieri has spent ..., she said': an adverbial clause's subject in the
    # pronoun's own sentence is the one it is about
    adverbial = verb.dep_ == "advcl" or any(c.dep_ == "mark" and c.lower_ not in COMPLEMENTIZERS for c in verb.children)
    return adverbial or (verb.head.i == pronoun.head.i and verb.dep_ != "ccomp")


def main_speaker(ctx, pronoun: Token, candidates: list[tuple[Mention, Span]]) -> Mention | None:  # ctx: links._Context
    """The antecedent of a pronoun speaking ('“...,” he said'): in the latest sentence holding a
    subject, the subject of its main clause or of a frame beside it ('Josh Earnest said Obama
    was ...': Earnest). The pronoun's own sentence may hold none ('Asked whether Clinton faces
    Trump, she replied'): then the sentence before decides. When the latest sentence has
    subjects but none of them qualifies, None: the caller's latest-subject rule decides."""
    own = ctx.sentence_of[pronoun.i]
    by_sentence: dict[int, list[tuple[Mention, Span]]] = {}
    for root, span in candidates:  # latest first
        if is_subject(span):
            by_sentence.setdefault(ctx.sentence_of[span.start], []).append((root, span))
    for number in sorted(by_sentence, reverse=True):
        for root, span in by_sentence[number]:
            if not _frames_inside(span, pronoun) and (
                    _main_clause(span, pronoun, ctx.sentence_of) or _speaks_aside(span)):
                return _fullest_name(ctx, root, pronoun.idx)
        if number != own or any(span.start < pronoun.sent.start for _, span in by_sentence[number]):
            return None  # the pronoun's own sentence passes on; the narrative before a quote does not
    return None


def _fullest_name(ctx, person: Mention, before: int) -> Mention:
    """The entity's longest name before char offset `before` ('Jimmy Tompkins', not the
    'Tompkins' the sentence used): one canonical name for the quotes a pronoun speaks."""
    names = [m for m in ctx.groups.members(person) if m.start < before and m.label == person.label]
    return max(names, key=lambda m: (len(m.text.split()), -m.start)) if names else person


def _frames_inside(span: Span, pronoun: Token) -> bool:
    """True when the pronoun's frame is set into the mention's own clause ('Ms. Warren, she
    said, “exposes him”'): the one spoken about, not the speaker."""
    frame = pronoun.head
    return frame.dep_ == "parataxis" and frame.head.i == span.root.head.i


def _speaks_aside(span: Span) -> bool:
    """True for the speaker of a frame set beside the main clause ('Trump, Sexton said, has
    ...'), not of one reported inside another ('pointing out that Costa had reported')."""
    return speaks(span) and span.root.head.dep_ in ("parataxis", "ROOT")


def speaks(span: Span) -> bool:
    """True when the mention is the subject of a speech verb ('Smith said', 'said Smith')."""
    root = span.root
    return root.dep_ in SUBJECT_DEPS and is_speech_verb(root.head)
