"""Whether a post is held now, was held, or is still to come: qualifiers.status of an affiliation
read from its role phrase ("former CEO", "acting director", "incoming chair", "Soon-to-be senior
White House aide", "Prime Minister-designate"), used by role_phrases.read_role; or from the holder's
own verb ("its chairman Theodore Rogers resigned this morning": left_post, used by role_rules).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from pipeline.extract.modality import is_future, unrealised
from pipeline.extract.relations.lexicon import DEPARTURE_VERBS
from pipeline.extract.relations.verb_subjects import phrasal_key
from pipeline.lexicon import CURRENT_ROLE_WORDS, FUTURE_ROLE_WORDS, PAST_ROLE_WORDS


def post_status(noun: Token, modifiers: list[Token]) -> Optional[str]:
    """"former", "current" or "future" for the role noun and its modifiers, None when unstated."""
    status = _stated_status([t for t in noun.subtree if t.i <= noun.i] + modifiers)
    if _marked_future(noun, modifiers):
        # "its soon-to-be former employees" still hold the post
        status = "current" if status == "former" else "future"
    return status


def _marked_future(noun: Token, modifiers: list[Token]) -> bool:
    """A post still to come, marked by hyphenated words the parse leaves outside the role's
    subtree: "Soon-to-be senior White House aide X" (the words hang off the verb),
    "Prime Minister-designate X" (the suffix after the noun)."""
    doc = noun.doc
    start = min([noun.i] + [t.i for t in modifiers])
    before = doc[max(0, start - 5):noun.i].text.replace(" ", "").lower()
    if "soon-to-be" in before:
        return True
    after = doc[noun.i + 1:noun.i + 3]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in FUTURE_ROLE_WORDS:
        return True
    return bool(len(after)) and after[0].lower_ in ("-elect", "-designate", "designate")


def _stated_status(tokens: list[Token]) -> Optional[str]:
    words = {t.lower_.strip("-") for t in tokens}
    if words & PAST_ROLE_WORDS:
        return "former"
    if words & FUTURE_ROLE_WORDS:
        return "future"
    if words & CURRENT_ROLE_WORDS:
        return "current"
    return None


# What a person leaves when travelling, not a post: "Prime Minister Thatcher left the West German capital".
PLACE_LEFT_NOUNS = frozenset({"capital", "city", "country", "town", "island", "region", "building", "hospital",
                              "airport", "hotel", "meeting", "summit", "talks", "room", "scene"})


def left_post(holder: Token) -> bool:
    """Whether the name a title or an apposition gives a post to is the subject of a departure that
    took place ("NL Industries said its chairman and chief executive officer Theodore Rogers resigned
    this morning", "X, its president, retired"): the post is former. Not "will retire", "should quit"."""
    subject = holder.head if holder.dep_ == "appos" else holder  # "its chairman, Theodore Rogers, resigned"
    verb = subject.head
    return subject.dep_ == "nsubj" and phrasal_key(verb) in DEPARTURE_VERBS and verb.tag_ in ("VBD", "VBN") \
        and not is_future(verb) and not unrealised(verb) \
        and not any(c.dep_ == "prep" and c.lower_ in ("from", "as") for c in verb.children) \
        and not any(c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in PLACE_LEFT_NOUNS)
                    for c in verb.children)  # "retired from anesthesiology", "left the West German capital"
