"""Names the statistical NER leaves without a label: runs of proper nouns inside ordinary sentences.

(A known person's surname on its own, which the model often tags as a noun or an adverb
("says Early"), is linked to the full name by coreference: coreference/links.py.)

- A run of two or more proper nouns inside a sentence written in ordinary case ("the Nasdaq
  Composite added", "streams Red Dead Redemption 2 at 30fps") names something even when the
  model gives it no label: it becomes an ORG mention, or PRODUCT when it ends in a number
  (a model, a sequel, an index: "Destiny 2", "Nikkei 225"). Not at a sentence start, nor in a
  Title Case line (a headline), nor across an entity the model did find. One word is enough
  when it has a capital inside ("SciSpacE", "xCloud").
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_ALPHA, IS_STOP, ORTH, TAG
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.lexicon import NAME_TITLES, SURNAME_PREFIXES
from pipeline.page_words import NAVIGATION_WORDS
from pipeline.extract.entities.name_parts import complete_name_parts
from pipeline.extract.entities.span_cuts import without_title
from pipeline.given_names import is_given_name

_NUMBER = re.compile(r"^\d{1,4}$")
# Labels a run may take over: a number the model read inside a name ("Destiny 2" -> CARDINAL "2").
_REPLACEABLE = frozenset({"CARDINAL", "ORDINAL"})
# After a number that is a score or a measure, not part of a name ("of Japan 6-7", "Apple 3.5%").
_AFTER_SCORE = frozenset({"%", "-", "–", "/", ":"})
_PROPER_TAGS = ("NNP", "NNPS")


def tag_name_runs(doc: Doc) -> None:
    """Add the untagged proper-noun runs described in the module docstring as entities, then
    complete the names the model found only in part (name_parts.py)."""
    new = _proper_noun_runs(doc)
    if new:
        new = filter_spans(new)
        taken = {i for span in new for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted(kept + new, key=lambda s: s.start)
    complete_name_parts(doc, _ordinary_case)


def _ordinary_case(sentence: Span) -> bool:
    """Content words in lower case ("declined", "fell"): not a Title Case headline, where only
    function words are ("Google Stadia Launches With a Litany of Missing Features")."""
    return sum(_word_kinds(sentence.doc).lower_content[sentence.start:sentence.end]) >= 2


class _WordKinds:
    """Per token, the word tests of this module (`_is_run_word`, `is_camel_case`, a lower-case
    content word), read from the doc's attribute arrays, each text tested once, instead of through
    a Token object per token per test (issue 16)."""

    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        columns = doc.to_array([ORTH, TAG, IS_ALPHA, IS_STOP])
        orths, of_text = numpy.unique(columns[:, 0], return_inverse=True)
        of_text = of_text.reshape(-1)
        texts = [strings[orth] for orth in orths.tolist()]
        name_shaped = numpy.array([_name_shaped(text) for text in texts], dtype=bool)
        camel_case = numpy.array([is_camel_case(text) for text in texts], dtype=bool)
        starts_lower = numpy.array([text[:1].islower() for text in texts], dtype=bool)
        proper = numpy.isin(columns[:, 1], numpy.array([strings[tag] for tag in _PROPER_TAGS], dtype=columns.dtype))
        self.run_word = (proper & name_shaped[of_text]).tolist()
        self.camel_case = camel_case[of_text].tolist()
        self.lower_content = ((columns[:, 2] != 0) & starts_lower[of_text] & (columns[:, 3] == 0)).tolist()


def _word_kinds(doc: Doc) -> _WordKinds:
    """The doc's `_WordKinds`, made on the first call (the tags are final when the rules run)."""
    kinds = doc.user_data.get("newsclaims.name_run_words")
    if kinds is None:
        kinds = doc.user_data["newsclaims.name_run_words"] = _WordKinds(doc)
    return kinds


def _proper_noun_runs(doc: Doc) -> list[Span]:
    named = {i for ent in doc.ents if ent.label_ not in _REPLACEABLE for i in range(ent.start, ent.end)}
    kinds = _word_kinds(doc)
    run_word, camel_case = kinds.run_word, kinds.camel_case
    spans = []
    for sentence in doc.sents:
        ordinary = _ordinary_case(sentence)
        i = sentence.start
        while i < sentence.end:
            if i not in named and camel_case[i] and not (i + 1 < sentence.end and run_word[i + 1]):
                spans.append(Span(doc, i, i + 1, label="ORG"))  # "SciSpacE", "xCloud": the shape of a name
                i += 1
                continue
            if not ordinary:
                i += 1
                continue
            end = i
            while end < sentence.end and end not in named and (run_word[end] or (
                    end > i and _inner_hyphen(doc, end) and end + 1 not in named)):
                end += 1
            if end == i:
                i += 1  # no run starts here
                continue
            titled = False
            while i < end - 1 and doc[i].lower_.rstrip(".") in NAME_TITLES:
                i, titled = i + 1, True  # "Chair Reince Priebus": a title is a role, not part of the name
            stop = end
            if end > i and stop < sentence.end and _NUMBER.match(doc[stop].text) and stop not in named \
                    and not (stop + 1 < sentence.end and (doc[stop + 1].like_num or doc[stop + 1].text in _AFTER_SCORE)):
                stop += 1  # "Red Dead Redemption 2", "Nikkei 225", not "Apple 3.5" or "Home Depot 27,000"
            words = [t for t in doc[i:end] if t.is_alpha or "&" in t.text]
            long_enough = len(words) >= 2 or (stop > end and len(words[0]) >= 3 if words else False)
            if long_enough and not doc[i].is_sent_start and not (len(words) > 1 and all(t.is_upper for t in words)) \
                    and _fits(doc, i, stop):
                person = end - i <= 3 and all(t.is_alpha for t in doc[i:end]) and (titled or is_given_name(doc[i].lower_))
                label = "PRODUCT" if stop > end else "PERSON" if person else "ORG"
                # "Police Constable Tim Fanning": a title after words of its own is the name's
                spans.extend(without_title(doc, Span(doc, i, stop, label=label), _title_word))
                i = stop
            else:
                i = max(stop, i + 1)
    return spans


def is_camel_case(text: str) -> bool:
    """A capital after a lower-case letter inside one word ("SciSpacE", "WoodSpring", "xCloud"):
    no common word is written so; a brand or a project is."""
    return text.isalpha() and len(text) >= 4 and any(a.islower() and b.isupper() for a, b in zip(text, text[1:])) \
        and not any(text.startswith(p) and text[len(p):][:1].isupper() for p in SURNAME_PREFIXES)


def _title_word(token: Token) -> bool:
    return token.lower_.rstrip(".") in NAME_TITLES


def _run_word(token: Token) -> bool:
    return _is_run_word(token.text, token.tag_)


def _is_run_word(text: str, tag: str) -> bool:
    return tag in _PROPER_TAGS and _name_shaped(text)


def _name_shaped(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """'Take-Two': a hyphen with no space on either side, between capitalised words."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and i + 1 < len(doc) and _run_word(doc[i + 1])


def _fits(doc: Doc, start: int, end: int) -> bool:
    """A name, not a dateline, a menu or part of a name the model cut short."""
    before = doc[start - 1]
    if before.text in {"\n", "\n\n"} or "\n" in before.whitespace_ or before.text.strip() == "":
        return False
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return False  # the run goes on with a word of another kind: leave the whole to the model
    words = [t.lower_ for t in doc[start:end] if t.is_alpha] or ["?"]
    # "Search Sport" is a menu, "Vice President" a role
    return not all(w in NAVIGATION_WORDS for w in words) and not all(w in NAME_TITLES for w in words)
