"""A person's surname the NER tagged in one place and missed where the article writes it again.

The small model tags a name by its context, not by the name: in one BBC sports report it tags
"Desailly" once ("Former Chelsea captain Desailly, who ...") and misses "Marcel Desailly insists",
"World Cup winner Desailly saw" and "Desailly says", so the quotes around them go to whoever else
the article names ("he said" to the club's owner). An article uses a name for one person throughout
(one sense per discourse), so every other place it writes a one-word name it tags PERSON elsewhere
is tagged PERSON too:
- only where nothing is tagged on the word and it is a proper noun or no stop word, not after "the"
  or "a" (a name after an article is a thing's: "the Blues") nor inside brackets (an acronym);
- not where a capitalised proper noun follows (the start of a longer name: "Ford Motor") nor a colon
  (a heading's or a note's label: "Kasich: Now or never.", "Thunder: F Hamidou Diallo missed ...");
- only names the article never types otherwise (a name typed ORG or GPE elsewhere is ambiguous:
  "Ford", "Jordan"), never writes in lower case ("Young"), no place or nationality word and no short
  word with capitals inside ("TfL");
- only one-word names: a surname written alone, as news does after the first mention (a longer name
  the model typed PERSON is as often an organisation's: "Age Concern", "Manchester United");
- a given name right before it joins it ("Marcel Desailly" where only "Desailly" was tagged).

Before that, a name typed PERSON in some places and ORG or GPE at least twice as often is retyped
("Chelsea" a person once, the club seven times), unless a full name ends with it ("Kasich" typed GPE
four times in an article that writes "John Kasich"; "Page" ORG seven times after "Bettie Page", typed
ORG too; "Chohan" GPE twice after "Raj Chohan", untagged: a PERSON type, a given name or an honorific
before it makes it a person's surname) or an honorific is part of it. The other way, a one-word name
typed GPE or LOC that is the last word of a full name the article types PERSON, no word of any name
it types ORG or FAC, and no place the gazetteer knows, is that person ("According to KNA, Moi thanked Camdessus" with "Moi" a GPE after
"Daniel Arap Moi": a speaking "it" went to him). After it, a surname the article tags PERSON more
than once is kept as a mention where it opens a sentence, though the tagger reads it as a common
word there ("Desailly says": an adverb to the tagger, which mentions._common_word_opening drops).
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from pipeline.extract.doctext import tokens_written, word_counts
from pipeline.extract.entities.name_parts import NAME_PART_WORDS
from pipeline.extract.entities.titled_people import PERSON_HONORIFICS, opens_a_persons_name
from pipeline.given_names import is_given_name
from pipeline.name_strings import country_of_demonym, known_place, name_key

# Words before a name that make it a thing's name ("the Blues", "a Desailly free kick").
ARTICLE_WORDS = frozenset({"the", "a", "an"})
# Types that outvote PERSON on the same words.
OUTVOTING_LABELS = ("ORG", "GPE")


def _retype_outvoted_people(doc: Doc) -> None:
    """A name typed PERSON in a few places and ORG or GPE at least twice as often is that thing
    throughout ("Chelsea" a person in one sentence of a football report, the club in seven)."""
    labels: dict[tuple[str, ...], Counter] = {}
    for ent in doc.ents:
        labels.setdefault(tuple(t.text for t in ent), Counter())[ent.label_] += 1
    surnames = {ent[-1].text for ent in doc.ents if len(ent) > 1 and ent.label_ == "PERSON"}
    _retype_mistyped_surnames(doc, surnames)
    surnames |= {doc[i].text for i in tokens_written(doc, {words[0] for words in labels if len(words) == 1})
                 if i and opens_a_persons_name(doc[i - 1])}
    retype = {}
    for words, counts in labels.items():
        if any(w.lower().rstrip(".") in PERSON_HONORIFICS for w in words) or len(words) == 1 and words[0] in surnames:
            continue  # "Dr Tuffy" typed ORG twice, "Kasich" GPE four times after "John Kasich", "Page" ORG after
            # "Bettie Page" (ORG too): people still
        other, n = max(((label, counts[label]) for label in OUTVOTING_LABELS), key=lambda item: (item[1], item[0]))
        if counts["PERSON"] and n >= 2 * counts["PERSON"]:
            retype[words] = other
    if retype:
        doc.ents = [Span(doc, e.start, e.end, label=retype[words])
                    if e.label_ == "PERSON" and (words := tuple(t.text for t in e)) in retype else e for e in doc.ents]


def _retype_mistyped_surnames(doc: Doc, surnames: set[str]) -> None:
    # a word also typed as an organisation or a building names a club or a firm ("Aston Villa" typed
    # PERSON, "Villa" ORG and GPE in one report), however the model typed its full name
    things = {ent.text for ent in doc.ents if ent.label_ not in ("PERSON", "GPE", "LOC")} \
        | {t.text for ent in doc.ents if ent.label_ in ("ORG", "FAC") for t in ent}
    people = {ent.start: Span(doc, ent.start, ent.end, label="PERSON") for ent in doc.ents
              if ent.label_ in ("GPE", "LOC") and len(ent) == 1 and ent.text in surnames - things
              and not known_place(name_key(ent.text)) and country_of_demonym(ent.text) is None}
    if people:
        doc.ents = [people.get(ent.start, ent) for ent in doc.ents]


def _surnames(doc: Doc) -> set[str]:
    """The one-word PERSON names of the article that it types nothing else and never writes in lower case."""
    person, other = set(), set()
    for ent in doc.ents:
        (person if ent.label_ == "PERSON" and len(ent) == 1 else other).add(ent.text)
    lower = {text.casefold() for text in word_counts(doc) if text.islower()}
    return {word for word in person - other
            if word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() and word.casefold() not in lower
            and not known_place(name_key(word)) and country_of_demonym(word) is None and not _acronym(word)}


def _acronym(word: str) -> bool:
    """"TfL", "BBC", "EMI": capitals inside a short word (no "DiCaprio", "McCain")."""
    return len(word) <= 4 and sum(c.isupper() for c in word) > 1


def _untagged_name_at(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.ent_type_ or token.pos_ != "PROPN" and token.is_stop:
        return False
    if i and (doc[i - 1].lower_ in ARTICLE_WORDS or doc[i - 1].text == "("):
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    return following is None or not (following.text[:1].isupper() and following.pos_ == "PROPN"
                                     or following.text == ":")  # "Thunder: F Hamidou Diallo missed ...": a label


def _given_name_before(doc: Doc, i: int) -> bool:
    given = doc[i - 1] if i else None
    return given is not None and not given.ent_type_ and given.pos_ == "PROPN" and given.is_title \
        and is_given_name(given.text)


def tag_repeated_names(doc: Doc) -> None:
    """Retype outvoted people, tag PERSON the untagged places of the article's surnames, keep the
    surnames that open sentences (module doc)."""
    _retype_outvoted_people(doc)
    surnames = _surnames(doc)
    if not surnames:
        return
    found = [Span(doc, i - _given_name_before(doc, i), i + 1, label="PERSON")
             for i in tokens_written(doc, surnames) if _untagged_name_at(doc, i)]
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda span: span.start)
    written = Counter(ent.text for ent in doc.ents if ent.label_ == "PERSON" and ent.text in surnames)
    again = {ent.start for ent in doc.ents if ent.label_ == "PERSON" and written[ent.text] > 1}
    if again:
        doc.user_data[NAME_PART_WORDS] = doc.user_data.get(NAME_PART_WORDS, frozenset()) | again
