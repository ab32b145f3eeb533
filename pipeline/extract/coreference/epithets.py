"""A person written as where they come from or how old they are: '"...," the Dutchman said', "the
27-year-old Austrian said in a statement", "The Australian has suffered a knee injury".

Sports and news writing names someone, then calls them by nationality or age. The NER types the
noun a nationality (NORP) or an organisation ("Dutchman"), so the quote goes to nobody or to a
thing called "Dutchman", and a "he said" after "The Australian has suffered ..." goes to whoever
was named last (a doctor quoted a paragraph before). Such an epithet, "the" + a noun for one of a
nation's people (name_strings.country_of_native) or an age ("the 36-year-old", "the 25-year-old
striker", "the 25-year-old Dubliner"), as a clause's
subject outside quotation marks, stands for the article's main person so far: the one person named
more often than anyone else before it, at least twice, and named in the latest sentence that names
anyone (if one of the three before does). Not when another person is named as often, nor when the
person's stated nationality or gender rules the epithet out.

A bare age ("the 45-year-old") is first linked by unnamed.link_age to the one person of the latest
sentence naming anyone; this is the fallback where that sentence names several.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.coreference.gender import person_gender
from pipeline.extract.coreference.roles import is_person_noun
from pipeline.extract.coreference.description_fit import nationality_fit
from pipeline.extract.coreference.unnamed import AGE_WORDS, is_age
from pipeline.lexicon import SUBJECT_DEPS
from pipeline.name_strings import NATIVE_NOUNS, country_of_native, name_key

MIN_MENTIONS = 1  # times named before the epithet, for a main person
RECENT_SENTENCES = 3  # sentences before the epithet's own searched for the latest person named
AGE_LABELS = frozenset({"DATE", "CARDINAL"})  # what the NER makes of "36-year-old"


def epithet_nation(head: Token) -> str | None:
    """The nationality word of an epithet's head ("Dutchman" -> "dutch", "Australian" ->
    "Australian"); "" for an age alone ("the 36-year-old") or an age before a noun for a person
    ("the 25-year-old striker", "the 25-year-old Dubliner"); None for any other word."""
    if head.text[:1].isupper() and country_of_native(head.text) is not None:
        return NATIVE_NOUNS.get(name_key(head.text), head.text)
    if is_age(head):
        return ""
    aged = head.pos_ in ("NOUN", "PROPN") and any(is_age(c) for c in head.children)
    return "" if aged and (head.is_title or is_person_noun(head.lower_)) else None


def _phrase(ctx, head: Token, native: bool) -> Span | None:
    """"the [age] <head>", no name in it but the epithet word itself (the NER's "Dutchman") and the
    age (a DATE to the NER)."""
    dets = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return None
    span = head.doc[dets[0].i:head.i + 1]
    if any(s.start < span.end and span.start < s.end and m.label not in AGE_LABELS
           and ((s.start, s.end) != (head.i, head.i + 1) or not native and "PERSON" in ctx.groups.labels(ctx.root(m)))
           for m, s in ctx.between(ctx.window_start(head.i, 0), head.i + 1)):
        return None  # "the Dutchman Jol", "the Chelsea captain", "the 36-year-old Klitschko": a name is right there
    if not (head.lower_ == "old" or all(is_age(t) or t.is_punct or t.is_digit or t.lower_ in AGE_WORDS
                                        for t in span[1:-1])):
        return None  # "the former Australian", "the first American"
    if any(c.dep_ == "appos" for c in head.children):
        return None  # "The first American ..., Moner Mohammad Abusalha,": named right there
    return span


def _main_person(ctx, before: Span) -> Mention | None:
    """The person named (by name or surname) most often before `before`, outside quotation marks, when nobody else is
    as often (and at least MIN_MENTIONS times), and when the latest sentence naming anyone (of
    the RECENT_SENTENCES before) names them too: "The 28-year-old striker Robbie Keane scored
    twice. ... the Irishman added" is Keane's, whoever the article is about."""
    counts: Counter = Counter()
    latest: dict[int, Mention] = {}
    recent: dict[int, set[int]] = {}  # sentence number -> people named there
    first_recent = ctx.sentence_of[before.start] - RECENT_SENTENCES
    for mention, span in ctx.spans:
        if span.start >= before.start:
            break
        root = ctx.root(mention)
        if "PERSON" not in ctx.groups.labels(root) or ctx.in_quotes(span.start_char):
            continue
        key = ctx.groups.key(root)
        if ctx.sentence_of[span.start] >= first_recent:
            recent.setdefault(ctx.sentence_of[span.start], set()).add(key)
        if span[0].pos_ not in ("PRON", "DET") and not (span.start and ctx.doc[span.start - 1].lower_ == "the"):
            # names and surnames linked to them; a pronoun's or a description's link is a guess of its
            # own; "the Blues" typed PERSON is a team
            counts[key] += 1
            if root.label == "PERSON":  # "Versace's townhouse" typed ORG is his too, but no name to link to
                latest[key] = root
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    main = ranked[0][0]
    if recent and main not in recent[max(recent)]:
        return None
    return latest.get(main)


def link_epithet(ctx, head: Token) -> tuple[Span, Mention] | None:  # ctx: context.Context
    """'the Dutchman' / 'the 36-year-old' as a subject -> the article's main person so far (module doc)."""
    if head.dep_ not in SUBJECT_DEPS or ctx.in_quotes(head.idx):
        return None
    nation = epithet_nation(head)
    if nation is None:
        return None
    span = _phrase(ctx, head, native=bool(nation))
    if span is None:
        return None
    person = _main_person(ctx, span)
    if person is None or nation and nationality_fit(ctx.groups, person, [nation]) is False:
        return None
    wanted = "female" if head.lower_.endswith("woman") else "male" if head.lower_.endswith("man") else None
    if wanted is not None and person_gender(ctx.groups, person) not in (None, wanted):
        return None
    return span, person
