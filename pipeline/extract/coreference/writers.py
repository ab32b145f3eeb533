"""Writers of a quoted passage: not whom the passage's he/she stands for.

An article quoting another reporter's story introduces the passage with the writer's name and a
verb of writing before a colon ("Stephanie McCrummen ... McCrummen reports:") and then quotes it,
one quotation mark opening each paragraph. The passage tells of someone else ("Melanie thought
... “It never crossed my mind,” she said"): a writer calls herself "I", so its she is not the
writer. Because the passage's own names sit inside quotation marks, the pronoun rules (reading
the writer's words, not the quoted ones) would otherwise take the writer, the latest person named
outside quotes. A writer stays a speaking pronoun's antecedent where the text also makes her
speak ("McCrummen said", "McCrummen told CNN").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.lexicon import SUBJECT_DEPS
from pipeline.speech_words import PASSAGE_VERBS


def introduces_passage(verb: Token) -> bool:
    """'McCrummen reports:' / 'Smith writes in the Post:': a verb of writing whose clause ends in a colon."""
    if verb.lemma_.lower() not in PASSAGE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    doc = verb.doc
    colon = next((c for c in verb.children if c.text == ":" and c.i > verb.i), None)
    if colon is None or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return False
    after = next((t for t in doc[colon.i + 1:] if not t.is_space), None)
    return after is None or after.is_quote or "\n" in doc[colon.i:after.i].text


def writer_tokens(doc: Doc, in_quotes) -> tuple[set[int], set[int]]:
    """Token ids of the subjects that introduce a passage, and of the subjects of other speech
    verbs (the text making someone speak), outside quotation marks."""
    writers, speakers = set(), set()
    for token in doc:
        if token.dep_ not in SUBJECT_DEPS or in_quotes(token.idx):
            continue
        verb = token.head
        if introduces_passage(verb):
            writers.add(token.i)
        elif is_speech_verb(verb) and verb.lemma_.lower() not in PASSAGE_VERBS:
            speakers.add(token.i)
    return writers, speakers


def passage_writers(ctx) -> set[int]:  # ctx: context.Context
    """Entity keys of the people who introduce a quoted passage and whom the text never makes speak.
    A subject is read by its mention, or by its word as the surname of a full name the article
    writes ("McCrummen" of "Stephanie McCrummen": the surname link is made later, in text order)."""
    writer_ids, speaker_ids = writer_tokens(ctx.doc, ctx.in_quotes)
    roles: dict[int, set[str]] = {}
    for ids, role in ((writer_ids, "writer"), (speaker_ids, "speaker")):
        for i in ids:
            named = [m for m, span in ctx.between(i - 5, i) if span.start <= i < span.end]
            named += [m for m, _ in ctx.full_names_ending(ctx.doc[i].text)]
            for mention in named:
                roles.setdefault(ctx.groups.key(ctx.root(mention)), set()).add(role)
    return {key for key, found in roles.items() if found == {"writer"}}


def speaking_pronoun(pronoun: Token) -> bool:
    """A he/she that speaks ('she said', 'she told'), not one that writes ('she writes')."""
    return pronoun.dep_ in SUBJECT_DEPS and is_speech_verb(pronoun.head) \
        and pronoun.head.lemma_.lower() not in PASSAGE_VERBS


def passage_paragraphs(doc: Doc, quoted: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The quoted spans that are paragraphs of a writer's passage: after a passage's introduction
    ("McCrummen reports:"), a quotation opening its paragraph and running to the paragraph's end
    with no closing mark (news style quotes a long passage so). Their names are the passage's
    narrative: 'Melanie thought ... / “...,” she said' -> Melanie."""
    colons = [verb.idx for verb in doc if introduces_passage(verb)]
    if not colons:
        return []
    found = []
    for start, end in quoted:
        opens = start >= 2 and (start == 1 or text[start - 2] == "\n")
        runs_to_end = end >= len(text) or text[end] == "\n"
        if start > colons[0] and opens and runs_to_end:
            found.append((start, end))
    return found
