"""Whether a definite description fits a named entity: "the institute" a name holding the noun or of its
kind ("the company" a name with a legal form), "the Chinese company" one the text places in China, "the
broadcaster" one the text calls so right beside a mention (moved out of rules.py, unchanged)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.coreference.rules import EDUCATION, MODIFIER_DEPS, EntityGroups
from pipeline.lexicon import COMPANY_SUFFIXES, KINSHIP_NOUNS
from pipeline.name_strings import nation_key


def description_head(head: Token, covered: set[int]) -> tuple[Span, list[str], list[str]] | None:
    """The phrase "the [modifiers] head" around `head`, with its nationality and name modifiers."""
    if head.i in covered or head.tag_ not in ("NN", "NNP"):
        return None
    if head.dep_ == "compound" or head.head.i in covered and head.head is not head:
        return None  # "the think tank MERICS": the name is right there
    if any(c.dep_ == "appos" or c.dep_ in ("relcl", "acl") and not _set_off(c) for c in head.children):
        # "the university where she studied" introduces, not refers ("The ad, titled ..." refers); an
        # apposition names it ("the Vatican spokesman, Federico Lombardi,")
        return None
    dets = [c for c in head.children if c.dep_ in ("det", "poss") and c.i < head.i]
    if len(dets) != 1 or dets[0].lower_ != "the" and not (
            dets[0].lower_ in ("his", "her") and head.lemma_.lower() in KINSHIP_NOUNS):
        return None  # "the mayor"; of a pronoun's, only kin: "his son" is the son the article named
    span = head.doc[dets[0].i:head.i + 1]
    nations, names = [], []
    for token in span[1:-1]:
        if token.head.i not in range(span.start, span.end) or token.dep_ not in MODIFIER_DEPS:
            return None
        if token.ent_type_ in ("NORP", "GPE"):
            nations.append(token.text)
        elif token.is_title and token.pos_ == "PROPN":
            names.append(token.text.casefold())
    return span, nations, names


def _set_off(clause: Token) -> bool:
    """True for a clause set off by a comma before it ('the ad, titled “Unifier?”,')."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].text == ","


def _described_as(groups: EntityGroups, mention: Mention, noun: str) -> bool:
    """True when the text calls one of the entity's mentions a `noun` right beside it."""
    for span in groups.spans(mention):
        doc = span.doc
        window = doc[max(span.start - 4, span.sent.start):min(span.end + 3, span.sent.end)]
        nouns = [t for t in window if t.lower_ in (noun, noun.split()[-1])]
        if noun in window.text.casefold() and any(_names_noun(span, t) for t in nouns):
            return True
    return False


def _names_noun(span: Span, token: Token) -> bool:
    """True when `token` is attached to the name as a descriptor ('broadcaster NHK', 'NHK, the
    broadcaster', 'the NHK network'), not a word of the next clause ('telling Fox 35 that the
    organization is ...')."""
    if span.start <= token.i < span.end:
        return False
    inside = range(span.start, span.end)
    return (token.head.i in inside or span.root.head.i == token.i
            or (token.dep_ == "appos" and token.head.i in inside))


def fits_head(groups: EntityGroups, mention: Mention, head: Token, name_words: list[str]) -> bool:
    names = groups.name_words(mention)
    if any(w not in names for w in name_words):
        return False
    noun = "think tank" if head.lower_ == "tank" else head.lower_
    if noun in names:
        return True
    if noun in EDUCATION and names & EDUCATION:
        return True
    if noun in ("company", "firm", "corporation") and names & COMPANY_SUFFIXES:
        return True
    return _described_as(groups, mention, noun)


def _nation_evidence(groups: EntityGroups, mention: Mention) -> tuple[set[str], set[str]]:
    """Nation keys (named anywhere, stated as a claim) in the entity's names and own phrases.

    The second set only holds words that assert a nationality (a demonym, "China's"), which
    may rule a candidate out; a bare place in a relative clause may not.
    """
    named, asserted = set(), set()
    for span in groups.spans(mention):
        for token in span:
            named.add(nation_key(token.text))
        root = span.root
        phrase = [t for t in root.subtree if not span.start <= t.i < span.end]
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            phrase += [t for c in root.head.children if c.dep_ == "attr" for t in c.subtree]
        # A relative clause tells what the entity did ("which supplies Beijing's military"),
        # not where it belongs: it may confirm a nationality but never rules one out.
        clauses = {t.i for t in phrase if t.dep_ in ("relcl", "acl", "advcl") for t in t.subtree}
        for token in phrase:
            if token.ent_type_ not in ("NORP", "GPE"):
                continue
            named.add(nation_key(token.text))
            if token.i not in clauses and (token.ent_type_ == "NORP" or token.dep_ == "poss"):
                asserted.add(nation_key(token.text))
    return named, asserted


def nationality_fit(groups: EntityGroups, mention: Mention, nations: list[str]) -> bool | None:
    """True when the text bears the nationality out, False when it names only another, else None."""
    if not nations:
        return None
    wanted = {nation_key(n) for n in nations}
    named, asserted = _nation_evidence(groups, mention)
    if wanted & named and not (asserted - wanted):
        return True
    if asserted - wanted:
        return False
    return None
