"""Party names and party-state tags.

A party's name of several words (party_words.PARTY_NAMES: "the Liberal Democrats", "the Lib Dems",
"the Scottish National Party") is one organisation wherever the article writes it capitalised: the
model tags "Democrats" alone as a people or "Lib Dems" as a person, and then "Liberal Democrat
leader X" finds no party to belong to (relations/role_names.party_of_two_words).

A legislator's party-state tag after the name names the state: "Sen. Ron Wyden (D-Ore.)",
"Rep. Peter King, R-N.Y.", "Sen. Ted Cruz (R-TX)", and without the party: "Rep. Debbie Wasserman
Schultz (Fla.)".

The statistical NER tags the state of such a tag now and then ("Calif.") and mostly not ("Ore.",
"Mass."); the party-state rule (relations/role_rules.party_state_rules) needs it as a place. The
component marks the state as a GPE when the tag's shape leaves no doubt: an opening bracket or
comma, a party letter, a dash, and a US state as written in short or in full.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extract.entities.overrides import override_entities
from pipeline.party_words import PARTY_NAMES, PARTY_TAG_LETTERS
from pipeline.us_states import US_STATE_ABBREVIATIONS, US_STATE_NAMES

DASHES = frozenset({"-", "–"})
# Party names of several words, as word tuples ("liberal", "democrats").
PARTY_NAME_WORDS = frozenset(tuple(name.split()) for name in PARTY_NAMES if " " in name)
PARTY_FIRST_WORDS = frozenset(words[0] for words in PARTY_NAME_WORDS)


def _party_names(doc: Doc) -> list[Span]:
    """Spans of the multi-word party names written capitalised that no ORG entity already covers."""
    found = []
    lowers = [t.lower_ for t in doc]
    for i in (i for i, lower in enumerate(lowers) if lower in PARTY_FIRST_WORDS):
        for words in PARTY_NAME_WORDS:
            if tuple(lowers[i:i + len(words)]) != words or not all(t.text[:1].isupper() for t in doc[i:i + len(words)]):
                continue
            span = Span(doc, i, i + len(words), label="ORG")
            if not any(e.label_ == "ORG" and e.start <= span.start and span.end <= e.end for e in doc.ents):
                found.append(span)
    return found


def _state_span(doc: Doc, start: int) -> Span | None:
    """The state written at token `start` of a tag: "Ore.", "N.Y.", "TX", "Texas", "New York"."""
    for width in (2, 1):
        span = doc[start:start + width]
        if span.end > len(doc):
            continue
        text = span.text
        # "Cal." split by the tokenizer into "Cal" and "." (it keeps "Calif." whole)
        abbreviation = width == 1 or span[-1].text == "." and not span[0].whitespace_
        if (abbreviation and text in US_STATE_ABBREVIATIONS) or text in US_STATE_NAMES:
            return span
    return None


@Language.component("party_state_tags")
def party_state_tags(doc: Doc) -> Doc:
    found = _party_names(doc)
    for token in doc[:-2]:
        # "Rep. Debbie Wasserman Schultz (Fla.)": a state alone in brackets right after a person's name
        if token.text == "(" and token.i > 0 and doc[token.i - 1].ent_type_ == "PERSON":
            state = _state_span(doc, token.i + 1)
            if state is not None and state.end < len(doc) and doc[state.end].text == ")" and not any(
                    e.label_ == "GPE" and e.start == state.start and e.end == state.end for e in doc.ents):
                found.append(Span(doc, state.start, state.end, label="GPE"))
    for token in doc[:-3]:
        if token.text not in ("(", ",") or doc[token.i + 1].text not in PARTY_TAG_LETTERS or doc[token.i + 2].text not in DASHES:
            continue
        state = _state_span(doc, token.i + 3)
        # an abbreviation's period may end the sentence too ("aide to Tom Foley, D-Wash. Projected ...")
        if state is None or not state[-1].text.endswith(".") and (state.end >= len(doc) or doc[state.end].text not in (")", ",", ".", ";")):
            continue
        if not any(e.label_ == "GPE" and e.start == state.start and e.end == state.end for e in doc.ents):
            found.append(Span(doc, state.start, state.end, label="GPE"))
    override_entities(doc, found)
    return doc


def add_party_state_tags(nlp: Language) -> None:
    if "party_state_tags" not in nlp.pipe_names:
        nlp.add_pipe("party_state_tags", after="org_name_rules" if "org_name_rules" in nlp.pipe_names else None)
