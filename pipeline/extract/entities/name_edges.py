"""The first word of a name's span: a verb glued on, or a given name or an ordinal the model left out.

Mistakes of the statistical NER at the left edge of a span, read from the parse and from how the
article (outside its headlines) and the lemmatizer's word index use the word:

- A sentence-opening verb form glued to the name: "Hosting Cook at Dreamforce is our dream"
  tagged PERSON "Hosting Cook". A capitalised gerund or past form ("Hosting", "Asked") of a verb
  the lemmatizer knows, that is no known given name and that the article never writes capitalised
  mid-sentence, is no part of the name. Left in, the fake full name also shares the surname with
  the real one ("Tim Cook"), so the lone "Cook" can be linked to neither.
- A nationality glued to the name: "European medal favourite Russian Irina Shevchenko" tagged NORP
  "Russian Irina Shevchenko" (or PERSON "Briton Tim Henman", ORG "New Zealander Bruce Judge"), so
  there is no such person. A nationality adjective or noun of one or two words, then a given name
  and one or two capitalised words, is the nationality and the person.
- A nickname in quotes inside a name: 'Marion "Suge" Knight', 'Earvin "Magic" Johnson' come out
  as no entity, or as a PRODUCT and a surname that links to nobody. A given name, one or two
  capitalised words in quotes, then a capitalised surname, is one person's name.
- An ordinal or a number that opens a company's name left out: "Darwin Beck of First Boston Corp"
  tagged ORG "Boston Corp" (also "First Union Corp", "Six Flags Corp"), which then links to no company the
  article names in full. A capitalised ordinal right before an organisation's span that the parser
  hangs inside that span is the name's first word.
- A company's name left out before its legal form: "Oerlikon-Buehrle Holding AG unit Contraves AG"
  tagged ORG "AG" alone, a legal form that names nobody (and made the unit a member of "AG"). The
  capitalised words right before it, hyphens inside them included, no stop word and no other
  entity's, are the company's name.
- A company's legal form left out after its name: "Dresdner Bank AG's Moscow representative Michael
  Stein", "Algemene Bank Nederland N.V. chairman Robertus Hazelhoff" tagged ORG "Dresdner Bank",
  "Algemene Bank Nederland", which left the form to the role ("AG Moscow representative", "N.V.
  chairman"). A legal form right after an organisation's span is its last word.
- A company's first word joined by a hyphen left out: "Capel-Cure, a unit of ANZ" tagged ORG
  "Cure", which then links to no "Capel-Cure Myers". A capitalised word glued by a hyphen to an
  organisation's span, no entity, place, nationality or word prefix of its own ("U.S.-Japan talks",
  "Anglo-", "Ex-", "Pro-"), is the name's first word.
- A given name the model does not know left out: "Amelize Joseph loves the public school" tagged
  PERSON "Joseph". A capitalised word right before a one-word person span, with only a space
  between, that is no common word of the article or the word index, no title, role or head word,
  and no name of its own, is the person's given name. Left out, the surname alone ("Joseph") reads
  as a given name and may be joined to another person ("Joseph R. Biden") in another article.
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from pipeline.given_names import is_given_name
from pipeline.lexicon import NAME_TITLES, QUOTE_CLOSERS, QUOTE_OPENERS, ROLE_NOUNS, TITLE_ROLES, is_legal_form
from pipeline.name_strings import country_of_demonym, country_of_native, known_place, name_key

# parts of speech of a sentence-opening word that is no name ("Whereas Clinton", "Yet Crenshaw")
FUNCTION_POS = frozenset({"SCONJ", "CCONJ", "ADP", "ADV", "DET", "PRON", "AUX", "PART", "INTJ"})
MAX_GIVEN_WORDS = 2  # "Mary Ann Joseph": at most two given words are taken in


def _verb_stem_known(word: str, verbs: frozenset[str], ending: str) -> bool:
    """'hosting' -> host, 'making' -> make, 'running' -> run; 'asked' -> ask, 'used' -> use."""
    if not word.endswith(ending) or len(word) < len(ending) + 3:
        return False
    stem = word[:-len(ending)]
    return stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)


def glued_verb(token: Token, capitalised: set[str], verbs: frozenset[str]) -> bool:
    """A sentence-opening gerund or past form glued to a name ("Hosting Cook"), not a given name
    ("Sterling Brown", "Irving Berlin") nor a word the article writes capitalised mid-sentence."""
    if not token.is_title or not token.is_alpha or is_given_name(token.text) or token.text in capitalised:
        return False
    word = token.lower_
    return _verb_stem_known(word, verbs, "ing") or _verb_stem_known(word, verbs, "ed")


def without_glued_verb(ent: Span, capitalised: set[str], verbs: frozenset[str]) -> Span | None:
    """The person's name without the verb that opens its sentence, or None when there is none."""
    first = ent[0]
    opens = first.is_sent_start or (first.i > 0 and (first.doc[first.i - 1].is_quote or first.doc[first.i - 1].is_punct))
    if ent.label_ != "PERSON" or len(ent) < 2 or not opens or not glued_verb(first, capitalised, verbs):
        return None
    return Span(ent.doc, ent.start + 1, ent.end, label="PERSON")


def _given_word(token: Token, lower_forms: set[str], common: frozenset[str], verbs: frozenset[str]) -> bool:
    """A capitalised word that can only be a name: unknown to the article and the word index in
    lower case (nor an inflected verb: "Asked Warren about the bill"), no title, role or place, and
    not inside another entity."""
    word = token.lower_
    if word in STOP_WORDS or token.pos_ in FUNCTION_POS:  # "If Clinton", "Although Hitler", "Since Cruz"
        return False
    return (token.is_title and token.is_alpha and len(token) > 1 and token.ent_iob_ == "O"
            and word not in lower_forms and word not in common and token.lemma_.lower() not in common
            and not any(_verb_stem_known(word, verbs, ending) for ending in ("ing", "ed", "s"))
            and token.lower_ not in NAME_TITLES | ROLE_NOUNS | TITLE_ROLES
            and token.lower_.rstrip(".") + "." not in NAME_TITLES and not known_place(token.text))


def with_given_name(ent: Span, lower_forms: set[str], common: frozenset[str], verbs: frozenset[str]) -> Span | None:
    """A one-word person span with its given name the model left out, or None when there is none."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return None
    doc, start = ent.doc, ent.start
    while start > 0 and ent.start - start < MAX_GIVEN_WORDS:
        before = doc[start - 1]
        if before.whitespace_ != " " or not _given_word(before, lower_forms, common, verbs):
            break
        start -= 1
    return Span(doc, start, ent.end, label="PERSON") if start < ent.start else None


# Ordinals and numbers that open company names ("First Boston Corp", "Fifth Third Bancorp", "Six Flags
# Corp", "Three Mile Island"), hung by the parser inside the name; not a count of what follows it ("Two
# Boeing Co executives": the number modifies "executives")
NAME_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                           "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
ORDINAL_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})


def with_ordinal(ent: Span) -> Span | None:
    """An organisation's span with the ordinal that opens its name ("First Boston Corp"), or None."""
    if ent.label_ != "ORG" or ent.start == 0:
        return None
    before = ent.doc[ent.start - 1]
    if not before.is_title or before.lower_ not in NAME_ORDINALS or before.whitespace_ != " " \
            or before.dep_ not in ORDINAL_DEPS or not ent.start <= before.head.i < ent.end:
        return None
    return Span(ent.doc, ent.start - 1, ent.end, label="ORG")


# Capitalised prefixes glued by a hyphen to a name, which are no part of it: word prefixes ("Ex-Labour",
# "Pro-Kremlin") and nations' combining forms ("Anglo-Dutch Shell", "Sino-Soviet")
HYPHEN_PREFIXES = frozenset({"ex", "anti", "pro", "non", "pre", "post", "mid", "pan", "trans", "neo", "sub", "inter",
                             "intra", "pseudo", "quasi", "semi", "multi", "super", "ultra", "co", "re", "self",
                             "anglo", "afro", "euro", "sino", "indo", "franco", "russo", "austro", "greco", "judeo"})


def with_hyphened_word(ent: Span) -> Span | None:
    """An organisation's span with the capitalised word glued to it by a hyphen ("Capel-Cure"), or None."""
    if ent.label_ != "ORG" or ent.start < 2:
        return None
    doc = ent.doc
    hyphen, word = doc[ent.start - 1], doc[ent.start - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not word.is_title or not word.is_alpha:
        return None
    key = name_key(word.text)
    if word.ent_iob_ != "O" or key in HYPHEN_PREFIXES or known_place(key) or country_of_demonym(word.text):
        return None
    return Span(doc, ent.start - 2, ent.end, label="ORG")


MAX_LEGAL_NAME_WORDS = 5  # "Oerlikon-Buehrle Holding": words and the hyphens inside them


def with_legal_name(ent: Span) -> Span | None:
    """An organisation's span of only a legal form ("AG") with the name the model left out before it
    ("Oerlikon-Buehrle Holding AG"), or None."""
    if ent.label_ != "ORG" or len(ent) != 1 or not is_legal_form(ent[0].text):
        return None
    doc, start = ent.doc, ent.start
    while start > 0 and ent.start - start < MAX_LEGAL_NAME_WORDS:
        before = doc[start - 1]
        glued_hyphen = before.text == "-" and not before.whitespace_ and start >= 2 and not doc[start - 2].whitespace_
        if not (glued_hyphen or before.is_title and before.is_alpha and not before.is_stop and before.ent_iob_ == "O"):
            break
        start -= 1
    while start < ent.start and not doc[start].is_alpha:  # never open on a hyphen
        start += 1
    return Span(doc, start, ent.end, label="ORG") if start < ent.start else None


def with_legal_form_after(ent: Span) -> Span | None:
    """An organisation's span with the legal form written right after it ("Dresdner Bank AG"), or None."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or is_legal_form(ent[-1].text):
        return None
    after = doc[ent.end]
    if not (after.text[:1].isupper() and is_legal_form(after.text) and ent[-1].whitespace_ == " "):
        return None
    return Span(doc, ent.start, ent.end + 1, label="ORG")


def nationality_split(ent: Span) -> list[Span] | None:
    """[the nationality, the person] of a NORP, PERSON or ORG span "Russian Irina Shevchenko", "New
    Zealander Bruce Judge" (a nationality of one or two words, then a given name), else None."""
    if ent.label_ not in ("NORP", "PERSON", "ORG") or not 3 <= len(ent) <= 5:
        return None
    for size in (1, 2):
        nation, (given, *rest) = ent[:size], ent[size:]
        # "Russian" or "Briton", never a country's own name ("Russia Irina ...")
        country = (country_of_native(nation.text) or country_of_demonym(nation.text)) \
            if all(t.is_title for t in nation) else None
        if country is None or name_key(country) == name_key(nation.text) or not rest or len(rest) > 2:
            continue
        if is_given_name(given.text) and given.is_title and all(t.is_title and t.is_alpha for t in rest):
            return [Span(ent.doc, ent.start, ent.start + size, label="NORP"),
                    Span(ent.doc, ent.start + size, ent.end, label="PERSON")]
    return None


# The quotation marks around a nickname: lexicon's, and the straight single mark ('Earvin 'Magic' Johnson')
OPENING_QUOTES = QUOTE_OPENERS | {"'"}
CLOSING_QUOTES = QUOTE_CLOSERS | {"'"}


def nicknamed_names(doc) -> list[Span]:
    """PERSON spans of 'Marion "Suge" Knight': a given name, a quoted nickname, a surname."""
    found = []
    for token in doc[:-4]:
        if not (token.is_title and is_given_name(token.text)) or doc[token.i + 1].text not in OPENING_QUOTES:
            continue
        close = next((i for i in range(token.i + 3, min(token.i + 5, len(doc) - 1))
                      if doc[i].text in CLOSING_QUOTES), None)
        if close is None or not all(t.is_title and t.is_alpha for t in doc[token.i + 2:close]):
            continue
        end = close + 1
        while end < len(doc) and end - close <= 2 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end > close + 1:
            found.append(Span(doc, token.i, end, label="PERSON"))
    return found
