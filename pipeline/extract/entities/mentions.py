"""Entity mentions as Mention records: the entities on the Doc (the model's, corrected by the
`org_name_rules` component in entity_rules.py) cut to the name itself, less headline words, page
menus, shouting and common words that open a sentence."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.entities.boundaries import legal_entity_bracket
from pipeline.extract.entities.entity_rules import NOT_NAME_ACRONYMS
from pipeline.extract.entities.name_parts import NAME_PART_WORDS
from pipeline.extract.entities.coordinated_names import FOREIGN_AND
from pipeline.extract.entities.shared_names import shared_place_name, shared_surname_name
from pipeline.extract.entities.titled_people import PERSON_HONORIFICS
from pipeline.lexicon import (
    STATE_DEPARTMENT, ATTITUDE_PREFIXES, ENTITY_LABELS, ERA_ABBREVIATIONS, FAMILY_GROUP_WORDS, ORG_KIND_NOUNS,
    TITLE_ABBREVIATIONS,
)
from pipeline.government_words import PORTFOLIO_WORDS, SECRETARY_DEPARTMENT_WORDS, STATE_OFFICE_NOUNS
from pipeline.name_strings import FORMER_STATES, country_of_demonym, name_key, nation_key
from pipeline.organisation_words import MAX_TRADE_WORDS, NATIONAL_COMPANY_NOUNS, NATIONAL_PLACE_NOUNS, ORG_UNIT_NOUNS
from pipeline.speech_words import NAMED_WORK_NOUNS
from pipeline.page_words import NAVIGATION_WORDS
from pipeline.us_states import US_STATE_ABBREVIATIONS

LEADING_JUNK = re.compile(r"^(?:the\s+|The\s+|THE\s+|['’]s\s+)|^[\s\"'“”‘’«»(\[]+")  # "’s xCloud": the clitic of the word before
TRAILING_JUNK = re.compile(r"(?:['’]s?|[\s\"'“”‘’»()\[\],.;:])+$")
SCORE = re.compile(r"^\d+[-–/:]\d+$|^\(\d+\)$")  # "6-4", "7–6", "(5)"
DOTTED_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$")  # "U.S.", "U.K.": the last dot belongs to the name


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the name itself: no leading "the", quotes or trailing possessive and punctuation."""
    while True:
        piece = text[start:end]
        lead = LEADING_JUNK.match(piece)
        trail = TRAILING_JUNK.search(piece)
        if lead and lead.end() < len(piece):
            start += lead.end()
        elif trail and trail.start() > 0 and not DOTTED_ABBREVIATION.search(piece):
            end = start + trail.start()
        else:
            return start, end


# Labels whose names never hold a clause; titles of works and events may ("Gone With the Wind").
# A unit's word alone, capitalised, names no organisation ("A Department spokesman said", held-out session 24)
LONE_UNIT_WORDS = ORG_UNIT_NOUNS | frozenset({"ministry", "agency"})
CLAUSE_FREE_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
CLAUSE_TAGS = {"PRP", "PRP$", "VBZ", "VBD", "VBP", "MD", "WP", "WDT"}


def _name_part(ent: Span) -> Span | None:
    """The span without headline words the model swept in ("The EU Keeps Its Distance" -> "The EU"),
    and without what follows a bracket or, in a person's name, a number.

    A finite verb or pronoun ends the name; a capitalised preposition or conjunction inside
    what is left marks a Title Case headline ("Focus On Drones"), which is no name at all.
    """
    # A bracket never sits inside a name ("Shanghai Composite (SHCOMP", "CNN Business)A") but a
    # group company's ("Indosuez Asia (Singapore) Ltd"), nor a score after a person's name ("Nicolas
    # Jarry 6-4"); a plain number may be part of the name of a product the model took for a person
    # ("Destiny 2").
    end = next((t.i for t in ent if t.i > ent.start and (t.text in "()[]" and not legal_entity_bracket(ent.doc, t.i) or (
        ent.label_ == "PERSON" and _score_at(t)))), ent.end)
    if end < ent.end:
        ent = ent.doc[ent.start:end]
    if ent.label_ not in CLAUSE_FREE_LABELS:
        return ent
    end = next((t.i for t in ent if t.tag_ in CLAUSE_TAGS and t.i > ent.start and t.text not in FOREIGN_AND), ent.end)
    if ent[0].tag_ in {"PRP", "PRP$", "WP"}:  # "Us", "It": a pronoun the model took for a name
        return None
    span = ent.doc[ent.start:end]
    if any(t.pos_ in {"ADP", "CCONJ"} and t.text[:1].isupper() for t in span[1:]):
        return None
    return span


def _score_at(token: Token) -> bool:
    """'6-4', '7–6', '(5)', or '6 - 4' split into three tokens: a score, never part of a name."""
    if SCORE.match(token.text):
        return True
    doc = token.doc
    if token.text in {"-", "–", "—"} and token.i + 1 < len(doc) and doc[token.i + 1].like_num:
        return True  # "Ted Cruz—35 to 12 percent"
    return token.like_num and token.i + 2 < len(doc) and doc[token.i + 1].text in {"-", "–"} \
        and doc[token.i + 2].like_num


_BRACKET = re.compile(r"[()\[\]]")
_DASHED_NUMBER = re.compile(r"[-–—]\d")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _page_clutter(text: str) -> bool:
    """'Search Sport', 'Top Stories', 'Cars Blog': a run made only of navigation and section words
    is a site menu, not a name. One other word keeps it ("BBC Sport", "World Health Organization")."""
    words = [w.casefold() for w in _WORD.findall(text) if w.casefold() not in {"of", "and", "the", "for"}]
    return bool(words) and all(w in NAVIGATION_WORDS for w in words)


def _common_word_opening(span: Span) -> bool:
    """A lone capitalised word opening a sentence that the tagger reads as a common word
    ("Early reviews...", "Further, ..."): not a name by itself."""
    token = span[0]
    return len(span) == 1 and token.is_sent_start and token.pos_ not in {"PROPN", "X"} and not token.text.isupper() \
        and token.i not in span.doc.user_data.get(NAME_PART_WORDS, ()) \
        and not _nationality_of_an_office(span) and not nation_of_a_company(span) \
        and not nation_of_a_native(span) \
        and not _opens_a_name_elsewhere(span)  # "German carmaker BMW", "Australian singer Kylie Minogue"


def _opens_a_name_elsewhere(span: Span) -> bool:
    """"Pharmacia AB said ... Pharmacia treasurer X said": the word opens a name the article writes
    in full elsewhere, so it is that name here too."""
    word = span[0].text
    return any(e.start != span.start and len(e) > 1 and e[0].text == word for e in span.doc.ents)


def _nationality_of_an_office(span: Span) -> bool:
    """"Russian Foreign Minister Sergei Lavrov met ...", "Chinese leader Xi Jinping visited ...": the
    tagger reads the opening "Russian" as an adjective, but it is the nationality an office is held
    for, where an office word follows or the article names the state."""
    if span[0].ent_type_ != "NORP":
        return False
    doc = span.doc
    after = span.end
    while after < len(doc) and after - span.end < MAX_OFFICE_WORDS and doc[after].lower_ in PORTFOLIO_WORDS \
            and doc[after].text[:1].isupper():
        after += 1  # "Russian Foreign Minister", "Philippine Finance Secretary"
    if after < len(doc) and doc[after].lower_.rstrip(".") in STATE_OFFICE_NOUNS:
        return True
    key = nation_key(span.text)
    return any(e.label_ == "GPE" and nation_key(e.text) == key and e.text != span.text for e in doc.ents)


MAX_OFFICE_WORDS = 3  # "German Chancellor", "Chinese Foreign Minister", "Israeli army chief of staff"


def _one_word(token: Token) -> bool:
    """Letters only, or letters joined by a hyphen inside the token ("co-chairman", "vice-premier": the
    tokenizer keeps the co- and vice- titles whole)."""
    return token.is_alpha or "-" in token.text[1:-1] and token.text.replace("-", "").isalpha()


def _nation_holding_office(span: Span) -> str | None:
    """The country a nationality word names when a state office follows it ("French President",
    "South African Foreign Minister", "the German chancellor"): there it stands for the state the
    holder serves, and names that country even where the article never writes it."""
    doc = span.doc
    for token in doc[span.end:min(len(doc), span.end + MAX_OFFICE_WORDS)]:
        if not token.is_alpha or token.ent_type_:
            return None
        if token.lower_ in STATE_OFFICE_NOUNS:
            return country_of_demonym(span.text)
    return None


# Kinds of thing the NER may type PERSON after a nationality: craft, companies and groups, which come
# from nowhere (org_rules.national_company places a company named as one).
CRAFT_NOUNS = frozenset("""
vessel ship warship tanker supertanker destroyer frigate cruiser carrier submarine boat yacht freighter
ferry liner trawler aircraft airliner plane jet helicopter satellite spacecraft rocket car
""".split())
NOT_PERSON_KIND_NOUNS = CRAFT_NOUNS | NATIONAL_COMPANY_NOUNS | ORG_KIND_NOUNS | NAMED_WORK_NOUNS | frozenset(
    {"team", "side", "squad", "club", "outfit", "daily", "weekly", "paper", "magazine", "tabloid", "broadsheet"})
# Forms of address between a person's occupation and name.
ADDRESS_WORDS = PERSON_HONORIFICS | {"lord", "lady"}


def nation_of_a_native(span: Span) -> str | None:
    """The country a nationality word names before a person's occupation and name ("Australian singer
    Kylie Minogue", "Greek sprinter Kostas Kenteris", "his Spanish counterpart Miguel Moratinos"), or
    right before the name ("Argentine David Nalbandian"): the
    one the person comes from, named even where the article never writes it (the role rules read it
    as they read "the UK director Ken Loach"). Not "Cuban-born" or "Anglo-Dutch": the word then says
    where someone was born, or is half of a pair."""
    doc = span.doc
    if doc_text(doc)[span.end_char:span.end_char + 1] == "-" or name_key(span.text) in FORMER_STATES:
        return None
    noun = None
    for token in doc[span.end:min(len(doc), span.end + MAX_OFFICE_WORDS + 3)]:
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            if noun is None and token.i == span.end:
                # "Argentine David Nalbandian", no occupation between; not a name's own first word ("the
                # British Library", "Australian Idol", the model's PERSON) nor "an average American Joe"
                person = next((e for e in doc.ents if e.start == token.i), None)
                opens_a_name = span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an")
                return country_of_demonym(span.text) if person is not None and len(person) > 1 \
                    and not opens_a_name else None
            hyphened = noun is not None and doc[noun.i - 1].text == "-"  # a "film-maker" is a person
            if noun is None or noun.pos_ != "NOUN" or not hyphened and (
                    noun.lemma_.lower() in NOT_PERSON_KIND_NOUNS or noun.lower_.endswith("maker")):
                return None  # "Ethiopian merchant vessel Gibe", "Indian drugmaker Dr Reddy's"
            return country_of_demonym(span.text)
        if token.lower_.rstrip(".") in ADDRESS_WORDS and token.text[:1].isupper() and noun is not None:
            continue  # "British ambassador Sir John Holmes"
        if token.ent_type_ or not (token.is_lower and _one_word(token) or token.text == "-"):
            return None
        noun = token if _one_word(token) else noun
    return None


def nationality_word(mention: Mention) -> bool:
    """"French" before an office or a kind of company, which this stage names France: the state a
    nationality word stands for, not one the text writes."""
    return mention.name is not None and country_of_demonym(mention.text) == mention.name


def nation_of_a_company(span: Span) -> str | None:
    """The country a nationality word names before a kind of company and its name ("German carmaker
    BMW", "Japanese electronics giant Sony"): where the company is based, named even where the
    article never writes the country (relations/org_rules.national_company places it there); or
    before "capital" ("the Czech capital, Prague": relations/place_containers.place_kind_rules)."""
    doc = span.doc
    for token in doc[span.end:min(len(doc), span.end + MAX_TRADE_WORDS + 1)]:
        if not token.is_alpha or token.ent_type_ or not token.is_lower:
            return None
        if token.lower_ in NATIONAL_PLACE_NOUNS and token.i == span.end:
            return country_of_demonym(span.text)  # "the Czech capital": the state's
        if token.lower_ in NATIONAL_COMPANY_NOUNS:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return country_of_demonym(span.text) if after is not None and after.ent_type_ == "ORG" \
                and after.ent_iob_ == "B" else None
    return None


def _family_word_after(span: Span) -> Token | None:
    """The family word after a one-word person's name ("Koch brothers", "Kennedy family"), if any."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc):
        return None
    following = doc[span.end]
    return following if following.text in FAMILY_GROUP_WORDS else None


_DATE_BEFORE = re.compile(r"(?:\d\w*|centur(?:y|ies)|millenni(?:um|a))[\s,]*$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"^\s*\d")


def _era(text: str, start: int, end: int) -> bool:
    """'the mid-500s B.C.', 'A.D. 70': an era after a year or century (or before a year), not a name."""
    if text[start:end].replace(".", "").casefold() not in ERA_ABBREVIATIONS:
        return False
    return bool(_DATE_BEFORE.search(text, max(0, start - 24), start) or _YEAR_AFTER.match(text[end:end + 8]))


_ATTITUDE = re.compile(r"(?:" + "|".join(sorted(ATTITUDE_PREFIXES)) + r")[-‐‑]\S", re.IGNORECASE)


def _in_a_longer_name(ents, word: str) -> bool:
    """Whether the article writes the word inside a longer organisation's name ("Ministry of Defence")."""
    return any(e.label_ == "ORG" and len(e) > 1 and any(t.text == word for t in e) for e in ents)


def _attitude_word(text: str) -> bool:
    """'anti-Muslim', 'pro-Cruz', 'un-American', 'post-Soviet', and one word 'Anti-TPP': an adjective
    made from a name, not a name ("Anti-Gang Unit", several words and capitalised, stays)."""
    return bool(_ATTITUDE.match(text)) and (text[0].islower() or " " not in text)


def _heading_word(doc: Doc, text: str, start: int, end: int) -> bool:
    """A one-word line ("Keyboard", "Battery" heading a review's section) whose word the article
    also writes in lower case: a heading, not a name."""
    word = text[start:end]
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    if " " in word or text[line_start:line_end if line_end >= 0 else len(text)].strip() != word:
        return False
    lower = word.lower()
    return lower != word and any(t.text == lower for t in doc)


MAX_ACRONYM_LETTERS = 4


def _shouted(text: str) -> bool:
    """Two or more words in capitals ("BREAKING NEWS"), not one acronym with a number ("S&P 500") nor
    acronyms alone ("AOL UK")."""
    words = text.split()
    return len(words) > 1 and text.isupper() and not (len(words) == 2 and words[1].isdigit()) \
        and any(len(w) > MAX_ACRONYM_LETTERS or not w.isalpha() for w in words)


def _state_department(ent: Span) -> str | None:
    """"Secretary of State John Kerry", "the former secretary of state": the State Department the
    office heads, named by its portfolio; not a state's own secretary of state ("Ohio Secretary of
    State", "the Missouri secretary of state") nor a British one ("Secretary of State for Health")."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_ != "state" or ent.start < 2:
        return None
    of, office = doc[ent.start - 1], doc[ent.start - 2]
    if of.lower_ != "of" or office.lower_ not in ("secretary", "secretaries"):
        return None
    if ent.end < len(doc) and doc[ent.end].lower_ == "for":
        return None
    before = doc[ent.start - 3] if ent.start >= 3 else None
    if before is not None and before.ent_type_ in ("GPE", "NORP") and before.ent_iob_ != "O":
        return None
    return STATE_DEPARTMENT


def _secretary_department(ent: Span) -> str | None:
    """"Commerce Secretary Malcolm Baldrige": the department the portfolio's secretary heads ("Commerce
    Department"), named as "Secretary of State" names the State Department; not after a state or body
    that holds the office ("U.S. Commerce Secretary", "Britain's Trade Secretary": theirs)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "Secretary" or doc[ent.end + 1].ent_type_ != "PERSON" \
            or not all(t.lower_ in SECRETARY_DEPARTMENT_WORDS for t in ent) or ent[0].lower_ in ("and", "&") \
            or ent.start > 0 and (doc[ent.start - 1].ent_type_ or doc[ent.start - 1].tag_ == "POS"):
        return None
    return f"{ent.text} Department"


def _names_with_possessive(ents, form: str) -> bool:
    """Whether a longer name of the article opens with `form`, a name and its "'s" ("Moody's Investors
    Service Inc", "McDonald's Corp"): the "'s" is the name's own."""
    return any(e.text.startswith(form + " ") for e in ents)


def _verb_after_possessive(ent: Span) -> bool:
    """"Moody's said", "Moody's downgraded the debt": an organisation's "'s" right before a finite verb
    owns nothing, so it is the name's own."""
    doc, after = ent.doc, ent.end + (ent[-1].tag_ != "POS")
    return ent.label_ == "ORG" and after < len(doc) and doc[after].tag_ in ("VBD", "VBZ", "VBP") \
        and doc[after - 1].text in ("'s", "’s")


def collect_mentions(doc: Doc) -> list[Mention]:
    """Named entity mentions in document order; only spans that hold a capitalised word are names."""
    mentions = []
    text_of_doc = doc_text(doc)  # spaCy rebuilds Doc.text from every token on each read
    ents = doc.ents
    entity_at = {e.start: e for e in ents}  # entities never overlap: one at most starts at a token
    for ent in ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        part = _name_part(ent)
        if part is None:
            continue
        start, end = _trim(text_of_doc, part.start_char, part.end_char)
        if text_of_doc[end:end + 2] in ("'s", "’s") and (_names_with_possessive(ents, text_of_doc[start:end + 2])
                                                         or _verb_after_possessive(ent)):
            end += 2  # "Moody's said" where the article names "Moody's Investors Service Inc": no possessive
        kept_brackets = {t.idx for t in part if t.text in "()[]"}  # _name_part's: "Indosuez Asia (Singapore) Ltd"
        bracket = next((b for b in _BRACKET.finditer(text_of_doc, start + 1, end) if b.start() not in kept_brackets), None)
        if bracket:  # inside a token the tokenizer did not split ("CNN Business)A")
            start, end = _trim(text_of_doc, start, bracket.start())
        score = _DASHED_NUMBER.search(text_of_doc, start + 1, end) if ent.label_ == "PERSON" else None
        if score:  # "Ted Cruz—35 to 12 percent", one token
            start, end = _trim(text_of_doc, start, score.start())
        text = text_of_doc[start:end]
        if "\n" in text:  # a span across lines joins a heading or a menu item to the text
            continue
        if text.replace(".", "") in NOT_NAME_ACRONYMS or _shouted(ent.text):  # a role, a time zone, shouting
            continue
        if ent.label_ == "ORG" and (text.lower() in LONE_UNIT_WORDS and not _in_a_longer_name(ents, text)
                                    or text == "State" and _state_department(ent) is None):
            continue  # "A Department spokesman said": whose? ("the Ministry" after "Ministry of Defence" is it);
            # "State District Judge X": a state court's, the state unnamed
        if text.lower().rstrip(".") + "." in TITLE_ABBREVIATIONS:  # "Lt." of "Lt. Col. Alexander Vindman"
            continue
        department = _state_department(ent) or _secretary_department(ent) if ent.label_ == "ORG" else None
        if (not any(c.isupper() for c in text) and department is None) or not any(c.isalpha() for c in text):
            continue
        # an opening common word the club rule named is the club ("Chargers wide receiver X", kb_id the club)
        if _page_clutter(text) or _common_word_opening(part) and not ent.kb_id_ or _era(text_of_doc, start, end) \
                or _attitude_word(text) \
                or _heading_word(doc, text_of_doc, start, end):
            continue
        label, name = ent.label_, shared_surname_name(doc, ent, entity_at) or shared_place_name(doc, ent, entity_at)
        if label == "GPE" and name is None and (text.isupper() or text_of_doc[end:end + 1] == "."):
            # "Calif." is California, "N.Y." New York, "TX" Texas; "Cal." (only with its period) California
            name = US_STATE_ABBREVIATIONS.get(text) or US_STATE_ABBREVIATIONS.get(text + ".")
        name = department or name or ent.kb_id_ or None  # a club's nickname carries the club's name (sports_teams.py)
        nation = (_nation_holding_office(part) or nation_of_a_company(part) or nation_of_a_native(part)) \
            if label == "NORP" and name is None else None
        if nation is not None:  # "French President X": the state he serves, as "UK Prime Minister X" names it
            label, name = "GPE", nation
        family = _family_word_after(part) if label == "PERSON" else None
        if family is not None:  # "the Koch brothers": the family, a group, not one of them
            end, label, name = family.idx + len(family.text), "ORG", None
            text = text_of_doc[start:end]
        mentions.append(Mention(index=len(mentions), text=text, label=label, start=start, end=end, name=name))
    return mentions

