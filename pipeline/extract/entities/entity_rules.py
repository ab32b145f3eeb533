"""Entity mentions: spaCy NER, corrected by rules, as Mention records.

The small English model cuts long organisation names short ("Australian" NORP out of
"Australian Strategic Policy Institute"), splits slash acronyms ("RFE" / "RL") and reads
"Peter the Great ... University" as a person. The `org_name_rules` component, added after
"ner", finds capitalised name chunks that carry an organisation head word (University,
Institute, Ministry, ...) or a state head word (Republic, Kingdom, ...) and lets them replace
the overlapping statistical entities. The patterns are general: nothing names a real entity.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.extract.dates import MONTHS
from pipeline.extract.doctext import doc_text, tokens_written, word_counts
from pipeline.extract.entities.agencies import tag_agencies
from pipeline.extract.entities.bare_titles import untag_bare_titles
from pipeline.extract.entities.boundaries import fix_boundaries, legal_entity_bracket
from pipeline.extract.entities.datelines import tag_datelines
from pipeline.extract.entities.name_runs import tag_name_runs
from pipeline.extract.entities.company_names import tag_company_names
from pipeline.extract.entities.coordinated_names import (
    foreign_and_names, founders_firm_names, names_a_body, named_elsewhere, partnership_names, split_coordination,
)
from pipeline.party_words import PARTY_KEYS
from pipeline.extract.entities.repeated_names import tag_repeated_names
from pipeline.extract.entities.titled_people import tag_titled_people
from pipeline.extract.entities.phrase_types import (
    tag_named_organisations, tag_named_places, tag_organisations_named_elsewhere, tag_place_forces, tag_region_names,
    tag_stray_nationalities,
)
from pipeline.extract.rule_costs import timed_rule
from pipeline.given_names import is_given_name
from pipeline.name_strings import name_key, place_name
from pipeline.lexicon import NAME_DESCRIPTOR_NOUNS, NAME_TITLES, ORG_DESCRIPTORS, is_legal_form
from pipeline.organisation_words import ORG_HEADS, STATE_HEADS
from pipeline.us_states import named_for_a_state

# Symbols of units written after a number, which the NER may type as names.
UNIT_SYMBOLS = frozenset("""
MW GW kW KW TW MWh GWh kWh KWh TWh MHz GHz kHz GB MB TB KB Gb Mb Mbps Gbps kbps km kg mph bpd mg ml mm cm
""".split())
# Letters after a person's name: offices and honours, no organisation of their own.
POST_NOMINALS = frozenset("MP MPs MSP MEP AM MLA TD QC KC OBE MBE CBE KBE DBE PhD".split())


# Lower-case words that may sit inside a name between capitalised words.
CONNECTORS = frozenset({"of", "for", "and", "on", "de", "&"})
# Plural common nouns whose possessive starts a name ("People's Republic", "Workers' Party"):
# a possessive after any other word ends the name ("Beihang's Aero-Engine Research Institute").
GENITIVE_NAME_WORDS = frozenset("people children women men workers veterans nations farmers citizens students".split())
# A saint's possessive opens a name too: "St Egwin's Middle School", "Saint Mary's College" (the model
# splits it into a person "St Egwin" and an organisation "Middle School")
SAINT_WORDS = frozenset({"st", "st.", "saint"})
# Capitalised abbreviations that are not names: roles, time zones, financial measures.
NOT_NAME_ACRONYMS = frozenset("""
CEO CFO COO CTO CIO GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST IST JST IPO GDP CPI EPS ETF
""".split())
MODEL_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,6}-\d{1,4}[A-Za-z]{0,3}$")  # Orlan-10, Su-35, MiG-29K
TIME_LABELS = frozenset({"DATE", "TIME"})  # "Zhejiang University on Monday" ends before "on"
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "X"})
NAME_TITLE_WORDS = NAME_TITLES | NAME_DESCRIPTOR_NOUNS  # "Judge", "Sen.", "Comedian" before a name
# Heads of a body's name that news style writes in lower case after the capitalised words.
LOWER_CASE_HEADS = frozenset({"committee", "subcommittee"})
SLASH_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{0,7}(?:/[A-Z][A-Z0-9&]{0,7})+\b")


def _capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and any(c.isupper() for c in text)))


def _starts_name(token: Token) -> bool:
    return _capitalised(token) and token.pos_ in NAME_POS and not (token.is_stop and token.pos_ != "PROPN")


# Words before a month that make it a date ("in late December of Elgin Blenders Inc"), not a name's
# first word ("the March of Dimes").
DATE_LEADS = frozenset({"in", "on", "since", "until", "till", "by", "from", "during", "late", "early", "mid", "last",
                        "next", "this", "before", "after"})


def _a_date_word(doc: Doc, i: int) -> bool:
    return doc[i].lower_ in MONTHS and i > 0 and doc[i - 1].lower_ in DATE_LEADS


def _lower_half_inside(doc: Doc, i: int) -> bool:
    """A lower-case noun after a glued hyphen that the name goes on after, through a connector
    ("Co-operation and Development"); not a participle before a name ("Washington-based Atlantic Council")."""
    return doc[i].is_alpha and doc[i].is_lower and doc[i].pos_ == "NOUN" and i + 2 < len(doc) \
        and doc[i - 2].is_title and doc[i + 1].lower_ in CONNECTORS and _capitalised(doc[i + 2])  # not "BB-minus"


def _name_chunks(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by connectors, hyphens and "Cap the Cap"."""
    chunks: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _starts_name(doc[i]) or _a_date_word(doc, i):
            i += 1
            continue
        start, end = i, i + 1
        while end < n:
            tok = doc[end]
            nxt = doc[end + 1] if end + 1 < n else None
            if _capitalised(tok) and tok.pos_ not in {"VERB", "AUX", "PRON", "DET", "PUNCT"} \
                    and tok.ent_type_ not in TIME_LABELS:
                end += 1
            elif tok.text in {"-", "/"} and not doc[end - 1].whitespace_ and nxt is not None and not tok.whitespace_ \
                    and (_capitalised(nxt) or _lower_half_inside(doc, end + 1)):
                end += 1 if _capitalised(nxt) else 2  # "Rolls-Royce"; "Economic Co-operation and Development"
            elif nxt is not None and _capitalised(nxt) and nxt.ent_type_ not in TIME_LABELS and (
                    tok.lower_ in CONNECTORS
                    or (tok.lower_ == "the" and end - start == 1 and doc[end + 1].pos_ == "PROPN"
                        and doc[end - 1].pos_ == "PROPN")):
                end += 1
            elif tok.text == "(" and legal_entity_bracket(doc, end):  # "Indosuez Asia (Singapore) Ltd"
                end = next(j for j in range(end, n) if doc[j].text == ")") + 1
            elif tok.tag_ == "POS" and nxt is not None and _capitalised(nxt) and (
                    _legal_form_ahead(doc, end + 1) and not place_name(name_key(doc[start:end].text))
                    # "Standard and Poor's Corp", "Barclay's Bank Plc"; not "Britain's Midland Bank Plc"
                    or (doc[end - 1].lower_ in GENITIVE_NAME_WORDS and end - start == 1)
                    # "Seafarers' International Union": a plural possessive opening a body's name
                    or (tok.text in ("'", "’") and doc[end - 1].lower_.endswith("s") and end - start == 1
                        and _capitalised(doc[min(end + 2, n - 1)]) and _legal_form_ahead(doc, end + 2, heads=True))
                    or (doc[start].lower_ in SAINT_WORDS and end - start == 2)):
                end += 1
            else:
                break
        if end < n and doc[end].lower_ in LOWER_CASE_HEADS and end - start > 1:
            # "House Energy and Commerce committee": news style writes the head in lower case (not "the
            # Republican committee", a description)
            end += 1
        chunks.append((start, end))
        i = end
    return chunks


def _legal_form_ahead(doc: Doc, start: int, within: int = 3, heads: bool = False) -> bool:
    """Whether a company's legal form (with `heads`, any body's head word) ends the run of capitalised
    words from `start` (at most `within` of them): a possessive before it is inside the name."""
    for k in range(start, min(start + within, len(doc))):
        if not _capitalised(doc[k]):
            return False
        if is_legal_form(doc[k].text) or heads and names_a_body(doc[k].lower_):
            return True
    return False


def _person_before_of(doc: Doc, start: int, end: int) -> Span | None:
    """'Judge Mary Smith of Superior Court': a person's name (a known given name and one or two more
    capitalised words, after any titles) before the "of" of an organisation's name is the person,
    not the opening of the name."""
    of = next((k for k in range(start, end) if doc[k].lower_ == "of"), None)
    if of is None or not any(names_a_body(t.lower_) for t in doc[of + 1:end]):
        return None
    first = start
    while first < of and (doc[first].lower_ in NAME_TITLE_WORDS or doc[first].lower_ + "." in NAME_TITLE_WORDS):
        first += 1
    name = doc[first:of]
    if not 2 <= len(name) <= 3 or not is_given_name(name[0].text) \
            or any(t.lower_ in ORG_HEADS | STATE_HEADS or t.pos_ != "PROPN" for t in name):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _read_as_one(doc: Doc, start: int, end: int) -> bool:
    """Whether the model read the run [start, end) as one name ("United Auto Workers and American Motors
    Corp"), not as its halves ("Trump and Lewandowski said")."""
    return any(e.start <= start and e.end >= end for e in doc.ents)


def _name_span(doc: Doc, start: int, end: int) -> Span | None:
    """The organisation or state name inside a chunk: up to its last head word and that head's of-complement."""
    words = [t.lower_ for t in doc[start:end]]
    of = words.index("of") if "of" in words else 0
    if of and all(w.rstrip(".") in NAME_TITLE_WORDS for w in words[:of]):
        start, words = start + of + 1, words[of + 1:]  # "CEO of TallGrass Distribution Ltd.": the company
    # a head word glued by a hyphen to a lower-case word is half of a compound ("Co-operation")
    heads = [k for k, w in enumerate(words) if names_a_body(w) and not (
        not doc[start + k].whitespace_ and start + k + 2 < len(doc) and doc[start + k + 1].text == "-"
        and doc[start + k + 2].is_lower)]
    if not heads:
        return None
    last = heads[-1] + 1
    if last < len(words) and words[last] in {"of", "for", "on"} and (
            not is_legal_form(words[heads[-1]]) or named_for_a_state(words, last)):
        last = len(words)  # "Bank of America"; not "Toyota Motor Corp of Japan": a legal form ends it
    while last > 0 and words[last - 1] in CONNECTORS | {"the", "-", "/"}:
        last -= 1
    while start < start + last and (doc[start].is_stop or doc[start].pos_ in {"DET", "PRON"}
                                    or doc[start].lower_.endswith("-based")):  # "U.S.-based Fairchild Corp"
        start += 1
        last -= 1
    if last < 2:  # a bare head word ("University") is not a name
        return None
    label = "GPE" if words[heads[-1]] in STATE_HEADS and not set(words) & ORG_HEADS else "ORG"
    return Span(doc, start, start + last, label=label)


@Language.component("org_name_rules")
@timed_rule
def org_name_rules(doc: Doc) -> Doc:
    """Replace statistical entities by the whole organisation names and slash acronyms they overlap."""
    found: list[Span] = []
    for start, end in _name_chunks(doc):
        parts = split_coordination(doc, start, end)
        named: list[tuple[int, int, Span | None]] = []
        for part_start, part_end in parts:
            person = _person_before_of(doc, part_start, part_end)
            if person is not None:  # "Judge Mary Smith of Superior Court": the judge, then the court
                found.append(person)
                part_start = person.end + 1
            named.append((part_start, part_end, _name_span(doc, part_start, part_end)))
        found.extend(span for _, _, span in named if span is not None)
        if len(named) > 1 and (any(span is not None for _, _, span in named) or _read_as_one(doc, start, end)):
            # "Dudley S. Taft and Narragansett Capital Inc": the half the article writes alone elsewhere
            found.extend(span for part_start, part_end, body in named if body is None
                         and (span := named_elsewhere(doc, part_start, part_end)) is not None)
    found.extend(partnership_names(doc))  # "Sears, Roebuck and Co"
    found.extend(founders_firm_names(doc) + foreign_and_names(doc))  # "Phillips and Drew", "Fichtel und Sachs"
    for m in SLASH_ACRONYM.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), label="ORG")
        if span is not None:
            found.append(span)
    if found:
        found = [_keep_place_label(doc, span) for span in filter_spans(found)]
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted(kept + found, key=lambda s: s.start)
    tag_datelines(doc)
    _untag_non_names(doc)
    fix_boundaries(doc)
    _tag_unlabelled_names(doc)
    _tag_defined_acronyms(doc)
    _tag_name_heads(doc)
    tag_name_runs(doc)
    untag_bare_titles(doc)  # "Deputy Assistant Secretary": a title's words make no person
    tag_agencies(doc)  # the place may be a name run ("Cook County")
    tag_named_places(doc)  # after every rule that may make a name ORG
    tag_region_names(doc)
    tag_named_organisations(doc)
    tag_place_forces(doc)
    tag_organisations_named_elsewhere(doc)
    tag_stray_nationalities(doc)
    tag_titled_people(doc)
    tag_company_names(doc)
    tag_repeated_names(doc)  # after every rule that may type a name PERSON
    return doc


def _untag_non_names(doc: Doc) -> None:
    """"designed to produce 12,600 MW", "a 2 GHz chip": a unit after a number names nothing (the NER
    types "MW" an organisation, which then "developed" it); nor do letters after a person's name
    ("said Brian Monteith MSP": no organisation "MSP" said it). A party's word the NER typed PERSON is
    the party's word (NORP), as it is elsewhere."""
    kept = [e for e in doc.ents if not (len(e) == 1 and e.start and e.label_ not in ("QUANTITY", "CARDINAL") and (
        e.text in UNIT_SYMBOLS and doc[e.start - 1].like_num
        or e.text in POST_NOMINALS and doc[e.start - 1].ent_type_ == "PERSON"))]
    # "Laying into the Conservative's record ... he said": a party's word is no person (PERSON, it took the "he")
    kept = [Span(doc, e.start, e.end, label="NORP") if e.label_ == "PERSON" and len(e) == 1
            and e.text[:1].isupper() and e.text.lower() in PARTY_KEYS else e for e in kept]
    if kept != list(doc.ents):
        doc.ents = kept


def _tag_name_heads(doc: Doc) -> None:
    """'Seven Sons' after 'Seven Sons of National Defense': the part before "of", where it recurs alone.

    Only parts of two or more words, not made of head words alone ("Ministry"), and only where
    the model saw no name or a number ("Seven" CARDINAL).
    """
    heads: dict[tuple[str, ...], str] = {}
    for ent in doc.ents:
        words = [t.text for t in ent]
        if ent.label_ == "ORG" and "of" in words:
            head = tuple(words[:words.index("of")])
            if words[0].lower() == "the":
                head = head[1:]
            if len(head) >= 2 and not all(w.lower() in ORG_HEADS | STATE_HEADS for w in head):
                heads.setdefault(head, ent.label_)
    if not heads:
        return
    named = {i for ent in doc.ents if ent.label_ not in {"CARDINAL", "ORDINAL", "QUANTITY"}
             for i in range(ent.start, ent.end)}
    new: list[Span] = []
    for start in range(len(doc)):
        for head, label in heads.items():
            end = start + len(head)
            if end <= len(doc) and tuple(t.text for t in doc[start:end]) == head \
                    and not any(i in named for i in range(start, end)) \
                    and not (end < len(doc) and doc[end].lower_ == "of"):
                new.append(Span(doc, start, end, label=label))
    if new:
        new = filter_spans(new)
        taken = {i for span in new for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted(kept + new, key=lambda s: s.start)


def _is_caps_word(token: Token) -> bool:
    return _is_caps_text(token.text)


def _is_caps_text(text: str) -> bool:
    letters = text.replace("&", "")
    return letters.isalnum() and letters.isupper() and sum(c.isalpha() for c in letters) >= 2


def _looks_like_org_acronym(doc: Doc, i: int, caps_counts: Counter) -> bool:
    """An unlabelled all-capitals word that names an organisation: introduced by what it is
    ("think tank MERICS") or used more than once; not a prefix of a name ("INS Sukanya"), a
    role or time zone (CEO, GMT), or part of a shouted line."""
    token = doc[i]
    if token.tag_ != "NNP" or not token.text.isalpha() or not token.text.isupper() or not 3 <= len(token) <= 8:
        return False
    if token.text in NOT_NAME_ACRONYMS:
        return False
    before = doc[i - 1] if i > 0 else None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if any(n is not None and _is_caps_word(n) for n in (before, after)):
        return False
    if after is not None and after.text[:1].isupper() and after.is_alpha:
        return False
    words = [t for t in token.sent if t.is_alpha]
    if sum(t.is_upper for t in words) > max(1, len(words) // 4):  # a shouted headline
        return False
    return (before is not None and before.lemma_.lower() in ORG_DESCRIPTORS) or caps_counts[token.text] >= 2


def _tag_unlabelled_names(doc: Doc) -> None:
    """Names the model leaves without a label: model designations ("Orlan-10 UAV", "Su-35") as PRODUCT,
    and stand-alone capitalised acronyms ("think tank MERICS") as ORG.

    A run of capitalised words ("BREAKING NEWS") is shouting, not an acronym, and is left alone.
    """
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    caps_counts = Counter({text: n for text, n in word_counts(doc).items() if _is_caps_text(text)})
    new: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in taken:
            i += 1
            continue
        if MODEL_DESIGNATION.match(token.text) and token.tag_ in {"NNP", "NN"}:
            end = i + 1
            if end < len(doc) and end not in taken and _is_caps_word(doc[end]) and len(doc[end]) <= 5:
                end += 1  # the kind of machine: "Orlan-10 UAV"
            new.append(Span(doc, i, end, label="PRODUCT"))
            i = end
            continue
        if _looks_like_org_acronym(doc, i, caps_counts):
            new.append(Span(doc, i, i + 1, label="ORG"))
        i += 1
    if new:
        doc.ents = sorted(list(doc.ents) + new, key=lambda s: s.start)


def _tag_defined_acronyms(doc: Doc) -> None:
    """'Australian Strategic Policy Institute (ASPI)': ASPI, there and wherever it recurs, gets the name's label."""
    label_of: dict[str, str] = {}
    for ent in doc.ents:
        i = ent.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            short = doc[i + 1].text
            letters = short.replace("/", "").replace("&", "")
            first_word = next((t.text for t in ent if t.lower_ != "the"), "")
            if 2 <= len(letters) <= 8 and letters.isalnum() and letters.isupper() and short[0] == first_word[:1]:
                label_of.setdefault(short, ent.label_)
    if not label_of:
        return
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    new = [Span(doc, i, i + 1, label=label_of[doc[i].text]) for i in tokens_written(doc, label_of) if i not in taken]
    if new:
        doc.ents = sorted(list(doc.ents) + new, key=lambda s: s.start)


def _keep_place_label(doc: Doc, span: Span) -> Span:
    """The rules fix boundaries; where the model found the same name as a place ("the Soviet Union" GPE), its label stays."""
    for ent in doc.ents:
        if ent.end == span.end and span.start - 1 <= ent.start <= span.start and ent.label_ in {"GPE", "LOC"}:
            return Span(doc, span.start, span.end, label=ent.label_)
    return span


def add_entity_rules(nlp: Language) -> None:
    """Add rules that fix the mentions the statistical NER gets wrong."""
    if "org_name_rules" not in nlp.pipe_names:
        nlp.add_pipe("org_name_rules", after="ner" if "ner" in nlp.pipe_names else None)
