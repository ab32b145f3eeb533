"""The entity type one mention votes for: the model's label, corrected where the words around the
name or its own shape tell what kind of thing it is (names.group_article counts the votes)."""
from __future__ import annotations

import re

from pipeline.given_names import is_given_name
from pipeline.lexicon import ATTITUDE_PREFIXES, PRODUCT_LINE_WORDS
from pipeline.name_strings import known_place, name_key
from pipeline.resolve.org_cues import organisation_cue

_CAMEL_CASE = re.compile(r"(?<![\w'-])[a-z]+[A-Z]\w*")


def mention_vote(label: str, text: str, start: int, end: int, form: str, lower: set[str] = frozenset()) -> str:
    """The model's label, except that a name written in camel case from a lower-case letter
    ("xCloud", "iPhone", "eBay") or ending in a model's word ("Mac Pro") is a brand's, never a person's, and that a name the words around
    it mark as an organisation votes ORG (org_cues.py). Read from the article's text, so that
    the vote does not depend on how a mention's copy is cased."""
    if label == "PERSON" and _CAMEL_CASE.search(text[start:end]):
        return "ORG"
    words = name_key(form).split()
    if label == "PERSON" and len(words) > 1 and words[-1] in PRODUCT_LINE_WORDS:
        return "PRODUCT"  # "Mac Pro": a model of a product line, not a person surnamed "Pro"
    if len(words) > 1 and words[0] in ATTITUDE_PREFIXES and form[len(words[0])] in "-‐‑":
        return "NORP"  # "anti-Muslim", "pro-Cruz": an attitude, never a person nor what it is about
    if label in {"PERSON", "GPE", "LOC", "NORP"} and organisation_cue(text, start, end, form, label):
        return "ORG"
    if label == "PERSON" and len(words) == 2 and words[1] in lower and known_place(words[0]) \
            and not is_given_name(words[0]):
        # "Surrey Police", "Surrey Fire" (the article writes "police", "fire"): a place and a common
        # noun name a body of that place, not a person
        return "ORG"
    return label
