"""Where a run of capitalised words joined by "and" (or "of") is two names, not one.

"X Institute and Y University" names two bodies (each side has a body's head word); "a takeover by
Fujitsu Ltd of Fairchild Semiconductor Corp" two companies (a legal form ends the first); and "the
United Auto Workers and American Motors Corp", "Dudley S. Taft and Narragansett Capital Inc" two,
because the article writes the first on its own elsewhere: a name the article uses alone is a name,
not the first half of another. "Center for Strategic and International Studies", "Merrill Lynch and
Co" (only a company word after "and") and "Procter and Gamble Co" (no half written alone) stay one.

The mirror case: two one-word names the model tagged apart are one firm named after its founders:
one word twice ("Saatchi and Saatchi", "Johnson and Johnson"), or two where one of them is tagged an
organisation, the article never writes either alone, and the pair stands where one firm is named: a
person's employer ("Economist David Pike of Phillips and Drew", tagged ORG "Phillips" and PERSON
"Drew") or right after a kind of firm ("stockbrokers Phillips and Drew"). Not a list ("Aiwa, Sharp
and Matsushita", "would allow Kraft and Heinz to merge") nor two names modifying a noun ("Chrysler's
Omni and Horizon cars").

A German "und", French "et" or Turkish "ve" between capitalised words is never English prose: the
words around it are one name ("Fichtel und Sachs", "Lazard Freres et Cie", "Yapi ve Kredi Bankasi"),
which the model cuts at it.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.lexicon import EMPLOYEE_NOUNS, LEGAL_SUFFIXES, is_legal_form
from pipeline.name_strings import name_key, place_name
from pipeline.organisation_words import NATIONAL_COMPANY_NOUNS, ORG_HEADS, STATE_HEADS
from pipeline.us_states import named_for_a_state

# Words after "and" that finish a firm's name rather than name a second one ("Merrill Lynch and Co",
# "Smith and Sons", "Kohlberg Kravis Roberts and Partners").
FIRM_ENDINGS = LEGAL_SUFFIXES | frozenset({"company", "sons", "son", "partners", "associates", "brothers", "bros"})
# Labels a half written alone may carry to stand as a name of its own.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC"})


def names_a_body(word: str) -> bool:
    """An organisation's or a state's head word ("university", "corp", "republic"), lower case;
    "Ltd." and "Co." keep their full stop as one token at a sentence's end."""
    return word.rstrip(".") in ORG_HEADS or word in STATE_HEADS


def split_coordination(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The token ranges of the names a run of capitalised words [start, end) holds."""
    parts, part_start = [], start
    for k in range(start, end):
        word = doc[k].lower_
        if word == "of":
            # not "Consolidated Edison Co of New York Inc": a place with a legal form is no company
            joins_two = k > start and is_legal_form(doc[k - 1].text) and not _place_with_legal_form(doc, k + 1, end)
        else:
            joins_two = word in {"and", "&"}
        if not joins_two:
            continue
        both_bodies = any(names_a_body(t.lower_) for t in doc[k + 1:end]) \
            and any(names_a_body(t.lower_) for t in doc[part_start:k])
        # "Samuel Montagu Ltd of London", "Technical Data Corp of Boston": the company, then where it is;
        # not a US state's or America's name after Co or Corp ("General Telephone Co of California")
        if both_bodies or word == "of" and not named_for_a_state([t.lower_ for t in doc[start:end]], k - start) \
                and _known_place(doc, k + 1, end) \
                or word != "of" and _names_something(doc, k + 1, end) \
                and _named_elsewhere_label(doc, part_start, k) is not None:
            parts.append((part_start, k))
            part_start = k + 1
    parts.append((part_start, end))
    return parts


def _place_with_legal_form(doc: Doc, start: int, end: int) -> bool:
    words = [t for t in doc[start:end]]
    while words and is_legal_form(words[-1].text):
        words.pop()
    key = name_key(" ".join(t.text for t in words))
    return bool(words) and len(words) < end - start and place_name(key)


def named_elsewhere(doc: Doc, start: int, end: int) -> Span | None:
    """The half [start, end) of a coordination as the name the article writes alone elsewhere, with
    the label it has there ("Dudley S. Taft" a PERSON), or as a place the gazetteer knows, or None."""
    label = _named_elsewhere_label(doc, start, end) or ("GPE" if _known_place(doc, start, end) else None)
    return Span(doc, start, end, label=label) if label is not None else None


def _known_place(doc: Doc, start: int, end: int) -> bool:
    return start < end and all(t.is_title or t.is_upper for t in doc[start:end]) and place_name(name_key(doc[start:end].text))


def _named_elsewhere_label(doc: Doc, start: int, end: int) -> str | None:
    if end <= start:
        return None
    while start < end and doc[start].lower_ == "the":
        start += 1
    text = doc[start:end].text
    return next((e.label_ for e in doc.ents if _without_article(e) == text and e.label_ in NAME_LABELS
                 and not e.start <= start < e.end), None) if start < end else None


def _without_article(ent: Span) -> str:
    return ent[1:].text if len(ent) > 1 and ent[0].lower_ == "the" else ent.text


def _names_something(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after "and" hold a word of a name, not only a firm's ending ("and Co")."""
    return any(t.text[:1].isupper() and t.lower_.rstrip(".") not in FIRM_ENDINGS for t in doc[start:end])


# "X, Y and Co": the firm's ending after "and" ("company"), with its legal form after it
FIRM_AND_COMPANY = frozenset({"co", "co.", "company"})
MAX_PARTNER_WORDS = 2  # "Smith Barney, Harris Upham and Co": each partner's name one or two words


def partnership_names(doc: Doc) -> list[Span]:
    """Firms named after their partners, separated by commas and ended by 'and Co' ("Sears, Roebuck
    and Co", "Bear, Stearns and Co Inc", "Smith Barney, Harris Upham and Co"): one organisation,
    where the model names its last partner only. 'and Co' is always a firm's ending, so a list of
    companies ("Apple, Google and Microsoft Corp") is never read as one."""
    found = []
    for i in range(2, len(doc)):
        if doc[i].lower_ not in FIRM_AND_COMPANY or not doc[i].text[:1].isupper() or doc[i - 1].lower_ not in ("and", "&"):
            continue
        end = i + 1
        while end < len(doc) and is_legal_form(doc[end].text) and doc[end].text[:1].isupper():
            end += 1  # "and Co Inc"
        start, k, parts = i - 1, i - 2, 0
        while k >= 0:
            words = 0
            while k >= 0 and doc[k].text[:1].isupper() and doc[k].is_alpha and words < MAX_PARTNER_WORDS:
                k, words = k - 1, words + 1
            if words == 0:
                break
            start, parts = k + 1, parts + 1
            if k < 0 or doc[k].text != "," or k == 0 or not doc[k - 1].text[:1].isupper():
                break
            k -= 1
        if parts >= 2 and (start == 0 or doc[start - 1].text[:1].islower() or not doc[start - 1].is_alpha):
            found.append(Span(doc, start, end, label="ORG"))
    return found



FOUNDER_LABELS = frozenset({"ORG", "PERSON"})
LIST_OPENERS = frozenset({",", "the", "The", "its", "their"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
FIRM_PREPS = frozenset({"of", "at", "with", "from"})  # a person's firm: "David Pike of Phillips and Drew"
FIRM_KIND_NOUNS = NATIONAL_COMPANY_NOUNS | frozenset({"broker", "stockbroker", "partnership"})


def founders_firm_names(doc: Doc) -> list[Span]:
    """ORG spans of firms named after two founders, "Phillips and Drew" (module doc)."""
    entity_at = {e.start: e for e in doc.ents}
    found = []
    for first in doc.ents:
        second = entity_at.get(first.end + 1)
        if second is None or doc[first.end].lower_ != "and" or {first.label_, second.label_} - FOUNDER_LABELS:
            continue
        if len(first) <= 2 and len(second) == 1 and _staff_of_a_firm_after(doc, second.end):
            found.append(Span(doc, first.start, second.end, label="ORG"))  # "Carroll McEntee and McGinley analyst X"
            continue
        if len(first) != 1 or len(second) != 1:
            continue
        if first.text == second.text:  # "Saatchi and Saatchi": never two names
            found.append(Span(doc, first.start, second.end, label="ORG"))
            continue
        if first.start and doc[first.start - 1].text in LIST_OPENERS:
            continue
        if "ORG" not in (first.label_, second.label_):
            continue  # "Funaro and Gros": two people, most likely
        opening = doc[first.start]
        if opening.dep_ in MODIFIER_DEPS and opening.head.i > second.start:
            continue  # "Omni and Horizon cars": two names modifying a noun
        if (_a_persons_employer(opening) or _after_a_kind_of_firm(opening)) \
                and not _written_alone(doc, first.start, second.start):
            found.append(Span(doc, first.start, second.end, label="ORG"))
    return found


def _staff_of_a_firm_after(doc: Doc, i: int) -> bool:
    """"... analyst Brian Singer": a firm's staff noun, then a person's name, right after token i-1."""
    return i + 1 < len(doc) and doc[i].lower_ in EMPLOYEE_NOUNS and doc[i + 1].ent_type_ == "PERSON"


def _a_persons_employer(token: Token) -> bool:
    """"David Pike of Phillips and Drew": the object of a person's "of" / "at" / "with", where one
    employer is named ("would allow Kraft and Heinz to merge" names two)."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in FIRM_PREPS and prep.head.ent_type_ == "PERSON"


def _after_a_kind_of_firm(token: Token) -> bool:
    """"stockbrokers Phillips and Drew", "the firm Jones and Vining": a kind of firm right before."""
    return token.i > 0 and token.doc[token.i - 1].lemma_.lower() in FIRM_KIND_NOUNS


def _written_alone(doc: Doc, first: int, second: int) -> bool:
    """Whether the article writes either word of "X and Y" (tokens `first`, `second`) outside such a pair."""
    words = {doc[first].text, doc[second].text}
    return any(t.text in words and t.i not in (first, second)
               and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "and")
               and not (t.i >= 1 and doc[t.i - 1].lower_ == "and") for t in doc)


FOREIGN_AND = frozenset({"und", "et", "ve"})  # German, French, Turkish


def foreign_and_names(doc: Doc) -> list[Span]:
    """ORG spans of names joined by a foreign "and" ("Fichtel und Sachs"), where the model tagged a
    name on either side (module doc)."""
    entity_of = {i: e for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for token in doc[1:-1]:
        before, after = doc[token.i - 1], doc[token.i + 1]
        if token.text not in FOREIGN_AND or not (before.is_title and before.is_alpha and after.text[:1].isupper()):
            continue
        left, right = entity_of.get(before.i), entity_of.get(after.i)
        if left is None and right is None or before.is_stop:
            continue
        start = left.start if left is not None else before.i
        end = right.end if right is not None else after.i + 1
        while end < len(doc) and is_legal_form(doc[end].text) and doc[end].text[:1].isupper():
            end += 1  # "Fichtel und Sachs AG"
        found.append(Span(doc, start, end, label="ORG"))
    return found
