"""One-word names the NER misread as something other than a person ("Opelka said" as NORP,
"Franken said" as GPE)."""
from __future__ import annotations

from spacy.tokens import Doc

from models import Mention
from pipeline.extract.coreference.rules import given_name_first, opens_relative_clause
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.lexicon import SUBJECT_DEPS


# Labels the NER gives a surname it misreads ("Opelka said" as NORP): never a person's own.
MISREAD_NAME_LABELS = frozenset({"NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "LOC"})
# Labels a surname may also be misread as that a real speaker bears too ('Israel said', 'the
# company said'): such a word is the person's only as the subject of a verb of speech.
SPEAKING_NAME_LABELS = frozenset({"GPE", "ORG"})


def misread_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word mention under a label no person bears that is the surname of exactly one
    person named in the article, before it ('Reilly Opelka ... “...,” Opelka said', tagged NORP) refers to that
    person: its copy says so, so speakers and resolution find them."""
    # Every longer name ending with the word counts, whatever its label and wherever it stands:
    # beside 'Donald Trump', 'Ivanka Trump' (a PRODUCT, named later) leaves 'Trump' ambiguous.
    names: dict[str, set[str]] = {}
    firsts: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: (m.start, m.index)):
        words = _untitled_words(mention.text)
        if mention.refers_to is None and len(words) > 1:
            full = " ".join(words).casefold()
            names.setdefault(words[-1], set()).add(full)
            firsts.setdefault(full, mention)
    # A person the article names by surname alone ('Benson and her two sons ...'): the same word
    # misread later is theirs when no longer name ends with it.
    for mention in sorted(mentions, key=lambda m: (m.start, m.index)):
        words = _untitled_words(mention.text)
        if mention.refers_to is None and len(words) == 1 and mention.label == "PERSON" and words[0] not in names:
            firsts.setdefault(words[0].casefold(), mention)
    fixed = []
    for mention in mentions:
        words = _untitled_words(mention.text)
        owners = names.get(words[0], set()) if len(words) == 1 else set()
        if len(words) == 1 and not owners and words[0].casefold() in firsts and mention.label in SPEAKING_NAME_LABELS:
            owners = {words[0].casefold()}  # only where it speaks or opens a clause: a one-word PERSON is often the NER's slip
        misread = mention.label in MISREAD_NAME_LABELS or (
            mention.label in SPEAKING_NAME_LABELS and _speaks(doc, mention))
        if misread and mention.refers_to is None and len(owners) == 1 and words[0][:1].isupper():
            owner = firsts[next(iter(owners))]
            if owner.start > mention.start or (owner.label != "PERSON" and not given_name_first(owner.text)) or (
                    mention.label in SPEAKING_NAME_LABELS and owner.label != "PERSON"):
                fixed.append(mention)
                continue
            mention = mention.model_copy(update={"label": owner.label, "refers_to": owner.index})
        fixed.append(mention)
    return fixed


def _speaks(doc: Doc, mention: Mention) -> bool:
    """True when the one-word mention is the subject of a verb of speech ('“...,” Franken said',
    tagged GPE after 'Minnesota Sen. Al Franken'; 'Israel said' after 'Rep. Steve Israel'), or
    opens a relative clause after its pronoun ('something that Benson echoes', which the tagger
    reads as a noun phrase like 'Apple shares', the name an ORG): a clause's subject either way."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    if span.root.dep_ in SUBJECT_DEPS and is_speech_verb(span.root.head):
        return True
    return opens_relative_clause(span)


def _untitled_words(name: str) -> list[str]:
    """A name's words without a trailing possessive: 'Ivanka Trump's' ends with 'Trump'."""
    return [w.removesuffix("'s").removesuffix("’s") for w in name.split()]
