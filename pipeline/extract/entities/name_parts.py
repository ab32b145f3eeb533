"""Names the model finds only in part, completed from the article's own names.

- A lone word that is the last word of a longer name of the article, and that the article never
  writes in lower case, names that thing again, even where the model reads it as a common noun
  or it opens a sentence: "NASA is developing a mission called Europa Clipper ... Clipper will
  orbit Jupiter". Not a generic or facility word ("Center", "University"), nor a short word.
- "<Word> of the <Name>": a capitalised word inside a sentence, then "of the" and a name the
  model found, is one name ("Rise of the Tomb Raider", "Shadow of the Tomb Raider", "Friends of
  the Earth"); not after a title or role ("Secretary of the Navy", "Speaker of the House"). So are
  two names the model found either side of "of the" ("Eternal Sunshine" + "the Spotless Mind",
  "Pirates" + "Caribbean"): a title of a work, not a thing and the place it is in; not after a
  person's name ("Smith of the World Bank") or a title.
- A name's first word that the model took for a number or a quantifier: a capitalised number or "All"
  inside a sentence right before a name ("former Three Degrees star", "Former All Saints star", "20th
  Century Fox") opens that name; not a day or a month ("on Monday Microsoft said").
- The head word of the one organisation named "<Head> of/for ..." in the article ("Academy" for the
  Academy of Motion Picture Arts and Sciences), written alone and capitalised, is that organisation
  again, even opening a sentence where the tagger reads it as a common noun ("Academy president X").
- "the Sunday Telegraph", "the Sunday Express": a day's name after "the" and before a capitalised name
  (the model's organisation, or proper nouns it left untagged) opens a newspaper's name; the model
  takes the day for a date ("on Sunday Microsoft said" has no "the").
- A company's name runs on through a country or continent written right after it ("Chief Executive
  of AOL UK", "Sony Europe"): its unit there, not the company and a place.
- An organisation's or facility's name goes on through the proper nouns that follow it inside
  a sentence ("Forest Hill's WoodSpring Suites hotel": "WoodSpring Suites", not "WoodSpring"),
  up to two words, when a lower-case word or punctuation comes next, but not into a title's first
  word ("IMF Managing director Michel Camdessus"). It goes back through one
  proper noun right before it that no entity holds ("Scrimgeour Vickers economist Richard Holt":
  the model tags "Vickers" alone, which then names another company of the run): not a title, a
  given name, a place, a day or a month, nor the end of a longer run of capitals.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.doctext import tokens_written, word_counts
from pipeline.given_names import is_given_name
from pipeline.name_strings import country, country_of_demonym, name_key, place_name
from pipeline.party_words import party_word
from pipeline.organisation_words import ORG_HEADS
from pipeline.lexicon import (
    CALENDAR_WORDS, MEDIA_SUFFIXES, NAME_TITLES, NAMED_AFTER_HEADS, ORG_GENERIC_WORDS, ROLE_NOUNS, TITLE_OPENING_WORDS,
)

# doc.user_data key: token indices of the lone words found here, which mentions.py keeps even
# where they open a sentence as common nouns would ("Clipper will orbit Jupiter").
NAME_PART_WORDS = "newsclaims.name_part_words"
# Continents a company's unit may be named for ("Sony Europe"), besides countries.
CONTINENTS = frozenset({"Europe", "Asia", "Africa", "America", "Americas"})
_NAME_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LOC"})
_GENERIC = ORG_GENERIC_WORDS | NAMED_AFTER_HEADS | MEDIA_SUFFIXES
_ROLES = NAME_TITLES | ROLE_NOUNS
MAX_EXTENSION = 2


def complete_name_parts(doc: Doc, ordinary_case) -> None:
    """Apply the rules of the module docstring to doc.ents (`ordinary_case(sentence)` tells
    a sentence from a Title Case headline)."""
    ents = list(doc.ents)
    if not ents:
        return
    ents = _with_leading_number(doc, _extend_organisations(doc, ents, ordinary_case), ordinary_case)
    ents = _with_leading_proper_noun(doc, ents, ordinary_case)
    ents = _of_the_names(doc, _joined_of_the(doc, _national_units(doc, _weekday_titles(doc, ents))))
    lone, heads = _lone_last_words(doc, ents), _lone_head_words(doc, ents)
    doc.user_data[NAME_PART_WORDS] = frozenset(span.start for span in lone + heads)
    tagged = {e.start for e in ents if len(e) == 1}  # "Academy", tagged but read as a common word opening a sentence
    taken = {i for e in ents for i in range(e.start, e.end)}
    # a lone word once, however many rules find it ("Ministry": the last word of one name and the head of
    # another "Ministry of ...": reut2-010's MITI story), and not inside an entity
    for span in lone + [span for span in heads if span.start not in tagged]:
        if span.start not in taken:
            ents.append(span)
            taken.update(range(span.start, span.end))
    doc.ents = sorted(ents, key=lambda s: s.start)


def _capitalised_word(token) -> bool:
    text = token.text
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def _extend_organisations(doc: Doc, ents: list[Span], ordinary_case) -> list[Span]:
    starts = {e.start for e in ents}
    out = []
    for ent in ents:
        end = ent.end
        if ent.label_ in {"ORG", "FAC"} and ordinary_case(ent.sent):
            while end < ent.sent.end and end - ent.end < MAX_EXTENSION and end not in starts \
                    and doc[end].tag_ in {"NNP", "NNPS"} and _capitalised_word(doc[end]) \
                    and doc[end].lower_ not in _ROLES:
                end += 1
            if end > ent.end and end < ent.sent.end and _capitalised_word(doc[end]):
                end = ent.end  # a longer run of capitals: another name follows, leave it
            while end > ent.end and doc[end - 1].lower_ in TITLE_OPENING_WORDS and end < ent.sent.end \
                    and doc[end].lower_ in _ROLES | TITLE_OPENING_WORDS:
                end -= 1
        out.append(Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent)
    return out


def _with_leading_proper_noun(doc: Doc, ents: list[Span], ordinary_case) -> list[Span]:
    tagged = {i: e for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        start = ent.start - 1
        if ent.label_ == "ORG" and start > ent.sent.start and _stray_word(tagged.get(start)) \
                and _leading_name_word(doc[start]) and ordinary_case(ent.sent) \
                and not (ent.end < ent.sent.end and _capitalised_word(doc[ent.end])):
            if out and out[-1].start == start:
                out.pop()
            ent = Span(doc, start, ent.end, label=ent.label_)
        out.append(ent)
    return out


def _leading_name_word(word) -> bool:
    """A proper noun inside a sentence, alone (no capitalised word or number before it), that is no
    title, day, month, given name or place."""
    before = word.doc[word.i - 1]
    return word.tag_ in {"NNP", "NNPS"} and _capitalised_word(word) and _inside_sentence(word) \
        and not _capitalised_word(before) and not before.like_num and word.lower_ not in _ROLES \
        and word.lower_ not in CALENDAR_WORDS and not is_given_name(word.text) and not place_name(name_key(word.text))


def _stray_word(ent: Span | None) -> bool:
    """No entity, or a one-word NORP that names no nation and no party (the model's slip: "Scrimgeour"
    of "Scrimgeour Vickers economist X")."""
    return ent is None or ent.label_ == "NORP" and len(ent) == 1 and country_of_demonym(ent.text) is None \
        and not party_word(ent[0].lower_)


_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "TIME", "DATE"})
_LEADING_LABELS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART"})


def _inside_sentence(token) -> bool:
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    return before is not None and not before.is_quote and before.text not in (":", "(")


def _leading_word(token) -> bool:
    """A capitalised number word or "All" inside a sentence: "former Three Degrees star"."""
    return _inside_sentence(token) and token.is_title and (token.pos_ == "NUM" or token.lower_ == "all")


def _number_name(span: Span) -> bool:
    """A number the model tagged that opens a name: "Three", "20th Century"; never a day or a month."""
    words = [t for t in span if t.is_alpha]
    return _inside_sentence(span[0]) and (_leading_word(span[0]) or span[0].like_num) and bool(words) and all(
        t.is_title and t.lower_ not in CALENDAR_WORDS for t in words)


def _with_leading_number(doc: Doc, ents: list[Span], ordinary_case) -> list[Span]:
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out and out[-1].end == ent.start else None
        if ent.label_ in _LEADING_LABELS and ent.start and ordinary_case(ent.sent):
            if before is not None and before.label_ in _NUMBER_LABELS and _number_name(before):
                out[-1] = Span(doc, before.start, ent.end, label=ent.label_)
                continue
            if before is None and _leading_word(doc[ent.start - 1]):
                out.append(Span(doc, ent.start - 1, ent.end, label=ent.label_))
                continue
        out.append(ent)
    return out


def _of_the_names(doc: Doc, ents: list[Span]) -> list[Span]:
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        head = start - 3
        if ent.label_ in _NAME_LABELS and head >= 0 and doc[head + 1].lower_ == "of" and doc[head + 2].lower_ == "the" \
                and head not in covered and _capitalised_word(doc[head]) and not doc[head].is_sent_start \
                and doc[head].lower_ not in _ROLES and not doc[head].is_stop \
                and not (head > 0 and _capitalised_word(doc[head - 1]) and not doc[head - 1].is_sent_start):
            out.append(Span(doc, head, ent.end, label=ent.label_))
        else:
            out.append(ent)
    return out


def _merged_with_previous(ents: list[Span], joined) -> list[Span]:
    """The entities, each pair of neighbours that `joined(first, second)` makes one span (else None)
    replaced by that span."""
    out: list[Span] = []
    for ent in ents:
        whole = joined(out[-1], ent) if out else None
        if whole is not None:
            out[-1] = whole
        else:
            out.append(ent)
    return out


def _national_units(doc: Doc, ents: list[Span]) -> list[Span]:
    def unit(first: Span, ent: Span) -> Span | None:
        if first.label_ == "ORG" and ent.label_ in ("GPE", "LOC") and len(ent) == 1 \
                and first.end == ent.start and len(first) <= 3 and first[-1].is_alpha \
                and (country(name_key(ent.text)) or ent.text in CONTINENTS) \
                and not (ent.end < len(doc) and (doc[ent.end].pos_ in ("NOUN", "PROPN", "ADJ") or doc[ent.end].tag_ == "POS")):
            # not a desk or a topic before a noun: "former White House Russia adviser"
            return Span(doc, first.start, ent.end, label="ORG")
        return None
    return _merged_with_previous(ents, unit)


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _weekday_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    out: list[Span] = []
    by_start = {e.start: e for e in ents}
    taken: set[int] = set()  # a paper's ORG joined to the day before it
    for ent in ents:
        if ent.start in taken:
            continue
        day, after = ent.start, ent.end
        if ent.label_ == "DATE" and len(ent) == 1 and doc[day].lower_ in WEEKDAYS and doc[day].text[:1].isupper() \
                and day > 0 and doc[day - 1].lower_ == "the" and after < len(doc) and _capitalised_word(doc[after]):
            following = by_start.get(after)
            end = following.end if following is not None and following.label_ == "ORG" else after
            while following is None and end < len(doc) and end - after < MAX_EXTENSION \
                    and _capitalised_word(doc[end]) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1
            if end > after:
                taken.add(after)
                out.append(Span(doc, day, end, label="ORG"))
                continue
        out.append(ent)
    return out


def _joined_of_the(doc: Doc, ents: list[Span]) -> list[Span]:
    def title(first: Span, ent: Span) -> Span | None:
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if first.label_ in _NAME_LABELS | {"GPE"} and ent.label_ in _NAME_LABELS | {"GPE"} \
                and first.end == start - 2 and doc[first.end].lower_ == "of" and doc[first.end + 1].lower_ == "the" \
                and _capitalised_word(doc[start]) and doc[first.start].lower_ not in _ROLES and not doc[first.start].is_stop \
                and not is_given_name(doc[first.start].text):  # a person the model typed ORG: "Jane Doe of the University"
            return Span(doc, first.start, ent.end, label="LOC" if first.label_ == "GPE" else first.label_)
        return None
    return _merged_with_previous(ents, title)


def _lone_head_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Academy president Frank Pierson" after "the Academy of Motion Picture Arts and Sciences": the
    head word of the one organisation named "<Head> of/for ..." in the article, written alone and
    capitalised, is that organisation's short name."""
    heads: dict[str, list[Span]] = {}
    for ent in ents:
        words = [t for t in ent if t.lower_ != "the"]
        if ent.label_ == "ORG" and len(words) >= 3 and words[1].lower_ in ("of", "for") \
                and words[0].lower_ in ORG_HEADS and _capitalised_word(words[0]):
            heads.setdefault(words[0].text, []).append(ent)
    heads = {word: found for word, found in heads.items() if len({e.text for e in found}) == 1}
    if not heads:
        return []
    covered = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for i in tokens_written(doc, heads):
        token = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if token.i in covered and not any(e.start == i and len(e) == 1 and e.label_ == "ORG" for e in ents) \
                or nxt is None or nxt.lower_ in ("of", "for") or _capitalised_word(nxt) \
                or token.i > token.sent.start and _capitalised_word(doc[i - 1]):
            continue
        found.append(Span(doc, i, i + 1, label="ORG"))
    return found


def _lone_last_words(doc: Doc, ents: list[Span]) -> list[Span]:
    last_words = {}
    for ent in ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ in _NAME_LABELS and len(words) >= 2 and _capitalised_word(words[-1]):
            last_words.setdefault(words[-1].text, ent.label_)
    if not last_words:
        return []
    lower = {doc.vocab[text].lower_ for text in word_counts(doc) if text.islower()}
    covered = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for i in tokens_written(doc, last_words):
        token = doc[i]
        label = last_words[token.text]
        if token.i in covered or len(token.text) < 4 or token.lower_ in lower \
                or token.lower_ in _GENERIC or token.is_stop:
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        prev = doc[token.i - 1] if token.i > 0 else None
        if (nxt is not None and _capitalised_word(nxt)) or (
                prev is not None and _capitalised_word(prev) and not token.is_sent_start):
            continue  # part of a longer run of capitals
        found.append(Span(doc, token.i, token.i + 1, label=label))
    return found
