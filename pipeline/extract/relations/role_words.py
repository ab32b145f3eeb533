"""The words of a role phrase: "top commander in Iraq", "Transport Minister", "basketball coach".

`role_words` keeps the noun's own modifiers and complements and drops what the phrase says about
someone or something else: the names it holds, dates, the person served ("adviser to Obama"), a
later post ("now at Brookings"), past/future words ("former", "incoming"), clauses and lists.
role_phrases.read_role calls it once the phrase's organisations, places and holder are known;
`left_modifiers` gives it the words before the noun that read_role reads the phrase from.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from pipeline.extract.relations.arguments import ArgumentFinder
from pipeline.lexicon import FUTURE_ROLE_WORDS, NAME_TITLES, PAST_ROLE_WORDS, TITLE_RANK_WORDS

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
NOW_WORDS = frozenset({"now", "currently", "today"})
# "an Army captain, not a major": the role is "captain"
DROPPED_DEPS = frozenset({"relcl", "acl", "appos", "conj", "cc", "det", "predet", "case", "punct", "advcl", "parataxis",
                          "neg"})


def role_words(finder: ArgumentFinder, noun: Token, modifiers: list[Token], named: set[int],
               used_preps: set[int]) -> str:
    """The role's own words: "top commander in Iraq", "Transport Minister", "basketball coach"."""
    dropped: set[int] = set()
    for token in noun.subtree:
        if token.i == noun.i:
            continue
        dangling = token.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in token.children)
        # "elected senator of Wisconsin in 2010": the date is no part of the role
        dangling = dangling or token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")
                                                            for c in token.children)
        # "senior adviser to Obama", "agent for President Bill Clinton": the person served is no
        # part of the role's words; "now" starts another post ("a former NSA lawyer now at Brookings")
        dangling = dangling or token.dep_ == "prep" and any(
            c.dep_ == "pobj" and finder.mention_at(c) is not None and finder.label(finder.mention_at(c)) == "PERSON"
            for c in token.children)
        # "employee at the company's Philadelphia factory": a place of work named through its owner
        # is where the role is held, no part of its words
        dangling = dangling or token.dep_ == "prep" and token.i > noun.i and any(
            c.dep_ == "pobj" and any(g.dep_ == "poss" and g.pos_ == "NOUN" and finder.mention_at(g) is None
                                     for g in c.children)
            for c in token.children)
        if token.dep_ == "advmod" and token.i > noun.i or token.lower_ in NOW_WORDS:
            dropped.update(t.i for t in token.subtree)
            dropped.update(t.i for later in noun.subtree if later.i > token.i and later.dep_ == "prep"
                           and later.head.i == noun.i for t in later.subtree)
            continue
        if token.dep_ == "poss" and token.pos_ == "PROPN" and token.head.i == noun.i:
            dropped.update(t.i for t in token.subtree)  # "President Obama's nominee": the owner and its title
            continue
        joined = token.text in ("-", "&", "/") and not token.whitespace_  # "vice-president", "VR/AR"
        # "director of corporate security and fraud protection": a coordination inside the role's own
        # words is the role's ("president and chief executive" coordinates two roles: the first is kept)
        joined = joined or token.dep_ in ("conj", "cc") and token.head.i != noun.i and token.head.i > noun.i \
            and finder.mention_at(token) is None and finder.mention_at(token.head) is None
        if token.dep_ in DROPPED_DEPS and not joined or token.i in used_preps or dangling:
            dropped.update(t.i for t in token.subtree)
    kept = [t for t in noun.subtree if t.i not in dropped]
    kept += [t for t in modifiers if t.i not in {k.i for k in kept}]
    kept = [t for t in kept if t.i not in finder.dateline]
    # the role's words start after the last name before the noun: "suburban Henrico County GOP
    # chairman" -> "chairman", "former Indiana University basketball coach" -> "basketball coach"
    named_before = [t.i for t in kept if t.i < noun.i and finder.mention_at(t) is not None
                    and finder.mention_at(t).index in named]
    if named_before:
        # a rank before the body stays the role's: "Assistant U.S. Treasury Secretary" -> "Assistant Treasury Secretary"
        ranks = [t for t in kept if t.i < min(named_before) and t.lower_ in TITLE_RANK_WORDS and t.text[:1].isupper()
                 and all(u.lower_ in TITLE_RANK_WORDS for u in noun.doc[t.i:min(named_before)])]
        kept = ranks + [t for t in kept if t.i > max(named_before)]
    words = []
    for token in sorted(kept, key=lambda t: t.i):
        mention = finder.mention_at(token)
        if mention is not None and mention.index in named:
            continue
        # a status word is the role's before its noun or hyphened after it ("former chairman",
        # "chairman-elect"), not in what the role is of ("director for development of future basic technology")
        if token.lower_.strip("-") in PAST_ROLE_WORDS | FUTURE_ROLE_WORDS and (
                token.i <= noun.i or token.i <= noun.i + 2 and noun.doc[noun.i + 1].text.startswith("-")) \
                or token.tag_ in ("POS", "PRP$"):
            if token.tag_ == "POS" and words and token.whitespace_:
                words[-1] = (words[-1][0], words[-1][0].text + token.whitespace_)  # "campaign’s communications"
            continue
        if mention is not None and finder.label(mention) == "PERSON":
            continue  # "appointed Jane Roe president" parsed as one phrase
        if token.text == "-" and (not words or words[-1][0].lower_.strip("-") in PAST_ROLE_WORDS):
            continue
        if words and not words[-1][1][len(words[-1][0].text):] and words[-1][0].i + 1 < token.i:
            words[-1] = (words[-1][0], words[-1][0].text + " ")  # a word left out between: keep them apart
        words.append((token, token.text_with_ws))
    words = [(t, w) for t, w in words if not (t.text == "-" and t is words[0][0])]
    # an acronym's closing bracket left before the role: "Bay Area Laboratory Co-Operative (Balco) president"
    words_left = "".join(w for _, w in words).lstrip(" ,-)").rstrip(" ,-(").split()
    while len(words_left) > 1 and words_left[-1] in ("and", "or", "&"):
        words_left.pop()  # "head of house production at Fifth and" once the named "Quebec" is dropped
    return " ".join(words_left).lstrip(" ,-)").rstrip(" ,-(")


def left_modifiers(noun: Token, holder: Optional[Token]) -> list[Token]:
    """The premodifiers of the role noun, and of the holder's name before it ("former" attached
    to the name in "former President Bill Clinton")."""
    # a player's position the tagger read as a verb has its club as the subject ("England defender John Terry")
    deps = MODIFIER_DEPS | {"nsubj"} if noun.pos_ == "VERB" and noun.dep_ == "compound" else MODIFIER_DEPS
    tokens = [t for child in noun.lefts if child.dep_ in deps for t in _modifier_tokens(child)]
    if holder is not None:
        # a title parsed flat, every word hanging off the name: "NBC News Senior Investigative
        # Correspondent Cynthia McFadden", "former President Bill Clinton"
        tokens += [t for child in holder.lefts if child.i < noun.i and child.dep_ in MODIFIER_DEPS | {"advmod"}
                   for t in _modifier_tokens(child)]
    return sorted(set(tokens), key=lambda t: t.i)


def heading_organisation(finder: ArgumentFinder, noun: Token) -> list[Token]:
    """"AEA senior vice president Ralph Thomson said": the parser makes the organisation before the
    title the clause's subject and the title its apposition; a name written right against the title
    (no comma between) premodifies it all the same, and read_role reads it as it reads a compound."""
    head = noun.head
    if noun.dep_ != "appos" or head.i >= noun.i or noun.left_edge.i != head.i + 1:
        return []
    if any(t.pos_ == "PRON" for t in noun.doc[head.i + 1:noun.i]):
        return []  # "Super Size Me director Morgan Spurlock": the name goes on past what the NER took
    name = finder.mention_at(head)
    if name is None:
        return []
    return [t for t in head.subtree if t.i <= head.i and finder.mention_at(t) == name]


def _modifier_tokens(child: Token) -> list[Token]:
    """A premodifier's words; of a coordination only the last member, next to the noun: in "Trump
    and Ohio Gov. John Kasich" the title is "Ohio Gov."; of a name's possessive only the name: in
    "Wales coach Mike Ruddock's preferred starters" the title "Wales coach" is Ruddock's own, as is
    "President" in "President Obama's nominee"."""
    conjuncts = [c for c in child.children if c.dep_ == "conj"]
    if conjuncts:
        return list(conjuncts[-1].subtree)
    if child.dep_ == "poss" and child.pos_ == "PROPN":
        start = child.i
        while start > child.left_edge.i and child.doc[start - 1].pos_ == "PROPN" \
                and child.doc[start - 1].lower_.rstrip(".") not in NAME_TITLES:  # "President Obama's nominee"
            start -= 1
        return [t for t in child.subtree if t.i >= start]
    return list(child.subtree)
