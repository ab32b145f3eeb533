"""Organisation cues around a mention: the words next to a name that say a company or body is
meant, whatever label the model gave the name ("Jefferies" GPE, "Ubisoft" and "Kosmos" PERSON).

A mention votes ORG when its text shows one of (lexicon word lists):
- a kind of organisation just before it: "indie developer Tequila Works", "the think tank X"
  (ORG_DESCRIPTORS, BUSINESS_DESCRIPTORS);
- an appositive naming one after it: "Kosmos, a group co-founded by ...", "X, the company", "Il Sole
  24 Ore, Italy's business newspaper";
- the language of companies: "shares of X", "CEO of X", "chief executive of X", "stake in X",
  "analysts at X"; "X shares", "X stock", a ticker in brackets "Lowe's (LOW)", "(NYSE: HD)";
- staff only an organisation employs, then a person: "Jefferies analyst Jonathan Matuszewski";
- for a name the model tagged a person, an office only an organisation has, then a person: "Wembley
  chairman Claes Hultman", "Balco founder Victor Conte".
A party's name votes ORG wherever it stands ("the Tories", "the Lib Dems": party_words.PARTY_NAMES).
A full person's name (a known given name or an initial, then a surname) never takes the vote:
"the company Jeff Bezos founded" speaks of a company, not of him; nor does a place, known
(GeoNames) or named as one ("Democratic Republic of Congo", "Inner Mongolia Autonomous Region":
lexicon.PLACE_KIND_WORDS), unless the model tagged it a person: then no place reading is at stake
("gaming group Wembley").

Two organisations the article relates as a unit and its owner, a buyer and the company bought, or
two partners ("UBS, the U.S. unit of Union Bank of Switzerland") are two: related_organisations
gives the pairs, which resolution keeps apart however alike their names (initials, a shared word).
"""
from __future__ import annotations

import re

from pipeline.given_names import is_given_name
from pipeline.lexicon import BUSINESS_DESCRIPTORS, EMPLOYEE_NOUNS, OFFICE_NOUNS, ORG_DESCRIPTORS, PLACE_KIND_WORDS
from pipeline.name_strings import known_place, name_key
from pipeline.organisation_words import ORG_HEAD_TITLES
from pipeline.party_words import PARTY_NAMES

_KINDS = "|".join(sorted(ORG_DESCRIPTORS | BUSINESS_DESCRIPTORS))
_BEFORE = re.compile(r"(?:\b(?:" + _KINDS + r")|\bshares of|\bstake in|\b(?:ceo|chief executive|chairman) of"
                     r"|\banalysts? (?:at|with))\s+(?:the\s+)?$", re.IGNORECASE)
_APPOSITIVE = re.compile(r"^(?:'s?|’s?)?,\s+(?:a|an|the|[A-Z][A-Za-z.]*(?:'s|’s))\s+(?:[a-z-]+\s+){0,2}(?:" + _KINDS + r")\b")
_AFTER = re.compile(r"^(?:'s?|’s?)?\s*(?:\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX)\s*:\s*)?[A-Z]{1,5}\)|(?:shares|stock)\b)")
_EMPLOYEE = re.compile(r"^(?:'s?|’s?)?\s+(?:" + "|".join(sorted(EMPLOYEE_NOUNS)) + r")\s+[A-Z][a-z]")
_HEAD_TITLE = re.compile(r"^\s+(?:" + "|".join(sorted(ORG_HEAD_TITLES)) + r")\s+[A-Z][a-z]")


def organisation_cue(text: str, start: int, end: int, form: str, label: str = "") -> bool:
    """Whether the words around text[start:end], tagged `label`, mark it as an organisation (see the module)."""
    words = form.split()
    if len(words) > 1 and (is_given_name(words[0].casefold()) or len(words[0].rstrip(".")) == 1) \
            and not any(c.isdigit() for c in form):  # no person's name holds a number ("Il Sole 24 Ore")
        return False
    key = name_key(form)
    if PARTY_NAMES.get(key.removeprefix("the ")):
        return True  # "the Tories", "the Lib Dems": a party's name is an organisation's (party_words.py)
    if PLACE_KIND_WORDS & set(key.split()) or (known_place(key) and label != "PERSON"):
        return False
    before, after = text[max(0, start - 40):start], text[end:end + 60]
    if label == "PERSON" and _HEAD_TITLE.match(after):
        return True
    return bool(_BEFORE.search(before) or _APPOSITIVE.match(after) or _AFTER.match(after) or _EMPLOYEE.match(after))


_NEXT_WORD = re.compile(r"^(?:'s?|’s?)?\s+([A-Za-z]+)")


def office_after(text: str, end: int) -> bool:
    """Whether an office or staff is written right after the name ending at `end` ("DNC chair", "RNC
    spokesman", "DNC staffers"): the name is a body with offices, not an event."""
    match = _NEXT_WORD.match(text[end:end + 30])
    word = match.group(1).lower() if match else ""
    return word in OFFICE_NOUNS or (word.endswith("s") and word[:-1] in OFFICE_NOUNS)


# Relations that only hold between two things: a unit is not its owner, a buyer not what it buys.
TWO_PARTY_PREDICATES = frozenset({"member_of", "acquired", "partnered_with"})


def forbid_related(groups, analysis, key_of: dict[int, str]) -> None:
    """Keep apart, in the article and across the run, the names of related_organisations' pairs."""
    for a, b in related_organisations(analysis):
        if a in key_of and b in key_of and key_of[a] != key_of[b]:
            groups.uf.forbid(key_of[a], key_of[b])
            groups.apart.append((key_of[a], key_of[b]))


def related_organisations(analysis) -> list[tuple[int, int]]:
    """The (subject, object) mention indices, pronouns followed to their names, of the article's
    relations between two organisations that TWO_PARTY_PREDICATES make two."""
    mentions = {m.index: m for m in analysis.mentions}

    def named(index: int) -> int:
        seen = set()
        while mentions[index].refers_to is not None and index not in seen:
            seen.add(index)
            index = mentions[index].refers_to
        return index
    text = analysis.article.text or ""

    def restated(a: int, b: int) -> bool:
        # "Glaxo's (Glaxo Holdings PLC)": a name in brackets right after another restates it
        first, second = sorted((mentions[a], mentions[b]), key=lambda m: m.start)
        return re.fullmatch(r"(?:['’]s?)?\s*\(\s*", text[first.end:second.start]) is not None
    pairs = [(named(r.subject), named(r.object)) for r in analysis.relations
             if r.predicate in TWO_PARTY_PREDICATES and r.object is not None and r.subject in mentions
             and r.object in mentions and r.modality != "negated"]
    return [(a, b) for a, b in pairs if not restated(a, b)]
