"""Pronouns and descriptive mentions ("he", "the institute") linked to the named mention they stand for.

Rules, each conservative: a reference is linked only when one antecedent stands out, and left
out otherwise (a wrong link is worse than none, since resolve merges along `refers_to`).

- a bare surname the NER missed: the one earlier PERSON whose full name ends with it.
- he/she as a subject: the most recent PERSON that was a grammatical subject in this or the
  previous sentences, of compatible gender; or, failing a subject, the only PERSON there.
- it/they as a subject outside quotes: the most recent ORG/GPE subject in this or the previous
  sentence; "they" not when a person was named earlier in its sentence, "it" not as the dummy
  subject of "it seems", "it makes sense".
- "the [Adj] university|institute|think tank|...": the most recent ORG nearby whose name holds
  the head noun (or a word of the same kind, or that the text called a think tank, ...). A
  nationality adjective must be borne out by the candidate's name or its own phrase ("Harbin
  Institute of Technology, one of China's ...").
The description rules live in descriptions.py.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from models import Mention
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.lexicon import SUBJECT_DEPS
from pipeline.speech_words import DOCUMENT_NOUNS, FRAMING_VERBS, POLICE_MEMBER_NOUNS
from pipeline.extract.coreference.context import Context
from pipeline.extract.coreference.descriptions import link_description, link_person_description, spokesperson_speaking
from pipeline.extract.coreference.documents import link_document
from pipeline.extract.coreference.epithets import link_epithet
from pipeline.extract.coreference.forward import forward_description
from pipeline.extract.coreference.states import link_state
from pipeline.extract.coreference.unnamed import link_age, link_its
from pipeline.extract.coreference.members import link_member
from pipeline.extract.coreference.speaking import (
    Chosen, main_speaker, other_author_since, reporter_passed_over, reports_on_another,
    speaks, unnamed_speaker_since,
)
from pipeline.extract.coreference.organisation_speakers import organisation_subject_before, owner_of_organisation_subject
from pipeline.extract.coreference.outlets import outlet_sources
from pipeline.extract.coreference.surnames import misread_surnames
from pipeline.extract.coreference.transcript import transcript_labels, transcript_person
from pipeline.extract.doctext import token_lowers
from pipeline.extract.coreference.gender import gender_doubtful, person_gender
from pipeline.extract.coreference.rules import (
    DESCRIPTION_HEADS, RELATIVE_PRONOUNS, gender_of_pronoun, is_subject, writes_subject,
)

PRONOUN_LABELS = {
    "he": ("PERSON",), "she": ("PERSON",),
    "it": ("ORG", "GPE"), "they": ("ORG", "GPE"),
}
# Verbs that carry on someone's speech: their pronoun subject is the one who was speaking.
CONTINUING_SPEECH_VERBS = frozenset({"add", "continue"})
# Dependencies that open a clause of its own inside another.
EMBEDDED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "conj", "parataxis"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
PERSON_WINDOW = 3  # sentences before the pronoun's own
THING_WINDOW = 1
# "it seems", "it is expected that", "it makes sense to", "it has become impossible to"
NON_REFERRING_VERBS = frozenset({"be", "seem", "appear", "rain", "take", "matter", "happen", "make",
                                 "become", "remain", "follow", "mean"})


def _person_antecedent(ctx: Context, pronoun: Token) -> Mention | None:
    wanted = gender_of_pronoun(pronoun.lower_)
    candidates, other_subjects, doubtful, other_speakers = [], [], [], []
    bound = _named_in_own_clause(ctx, pronoun)
    for mention, span in ctx.before(pronoun, PERSON_WINDOW, ("PERSON",), narrative=not ctx.in_quotes(pronoun.idx)):
        root = ctx.root(mention)
        if ctx.groups.key(root) in bound:
            continue
        gender = person_gender(ctx.groups, root)
        if gender is not None and gender != wanted:
            if is_subject(span):
                other_subjects.append(span)
            if gender_doubtful(ctx.groups, root):
                doubtful.append((root, span))
            if speaks(span):
                other_speakers.append(span)
            continue
        candidates.append((root, span))
    chosen = _chosen_among(ctx, pronoun, candidates, other_subjects, other_speakers) if candidates else None
    if not candidates and not other_subjects and pronoun.dep_ in SUBJECT_DEPS and is_speech_verb(pronoun.head):
        # checked below as any choice is, from that person's latest mention on: 'A spokesman said ...
        # But he added: "..."' is the spokesman
        candidates = _only_person_so_far(ctx, pronoun, wanted)
        chosen = candidates[0][0] if candidates else None
    if chosen is not None and pronoun.dep_ in SUBJECT_DEPS and (
            is_speech_verb(pronoun.head) or pronoun.head.lemma_.lower() in FRAMING_VERBS):
        key = ctx.groups.key(chosen)
        since = next((span.start for root, span in candidates if ctx.groups.key(root) == key), None)
        named = Chosen(key, frozenset(w for m in ctx.groups.members(chosen) for w in m.text.split()))
        if since is not None and (unnamed_speaker_since(ctx, since, pronoun, named)
                                  or other_author_since(ctx, since, pronoun, named)):
            return None
    if chosen is not None and reporter_passed_over(ctx, pronoun, chosen, wanted):
        return None
    everyone = sorted(candidates + doubtful, key=lambda pair: -pair[1].start)
    latest_subject = next((span for _, span in everyone if is_subject(span)), None)
    if ((chosen is None or (latest_subject is not None and speaks(latest_subject)
                            and any(span is latest_subject for _, span in doubtful)
                            # not once someone of the other gender has spoken since ('“...,” said
                            # Marty Earley. / “...,” he said [Gallagher]. / “...,” she said')
                            and not any(other.start > latest_subject.start for other in other_speakers)))
            and doubtful and pronoun.dep_ in SUBJECT_DEPS and is_speech_verb(pronoun.head)
            and pronoun.head.lemma_.lower() not in CONTINUING_SPEECH_VERBS):
        # 'Sanders continued to portray her as hiding. Friday, he told ...': when nobody else
        # fits, or when the latest subject is the one speaking ('“...,” Sanders said. He said the
        # results ...', not 'her husband, Bill' before), a name list unsure of 'Bernie' does not
        # rule out the one the sentences are about
        speaker = main_speaker(ctx, pronoun, everyone)
        if speaker is not None and any(ctx.groups.key(speaker) == ctx.groups.key(root) for root, _ in doubtful):
            return speaker
    return chosen


def _only_person_so_far(ctx: Context, pronoun: Token, wanted: str | None) -> list[tuple[Mention, Span]]:
    """'"...," he said' after paragraphs that name nobody ('The eighth GATT round was launched at Punta
    del Este ...'): the one person the article has named before, outside quotes, when of the pronoun's
    gender, with that person's latest mention; a wire story quoting its one newsmaker at length
    (Yeutter, held-out recall round 4)."""
    found = ctx.before(pronoun, ctx.sentence_of[pronoun.i], ("PERSON",), narrative=True)
    people = {ctx.groups.key(ctx.root(m)) for m, _ in found}
    if len(people) != 1 or person_gender(ctx.groups, ctx.root(found[0][0])) not in (None, wanted):
        return []
    latest = found[0][1]
    # "One senior floor trader said ... / "...," he said": someone described, not named, spoke since
    if any(t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN" and is_speech_verb(t.head) and not ctx.in_quotes(t.idx)
           for t in pronoun.doc[latest.end:pronoun.i]):
        return []
    return [(ctx.root(found[0][0]), latest)]


def _named_in_own_clause(ctx: Context, pronoun: Token) -> set[int]:
    """Entity keys of the people the writer names after the pronoun in its own clause: in 'He
    calls Christie's endorsement “...”' he is not Christie, whom the writer would have called
    'his' (words inside quotation marks are the speaker's and do not count)."""
    verb = pronoun.head
    return {ctx.groups.key(ctx.root(mention)) for mention, span in ctx.between(pronoun.i + 1, verb.right_edge.i)
            if span.end <= verb.right_edge.i + 1 and not ctx.in_quotes(span.start_char) and _argument_of(span.root, verb)}


def _argument_of(token: Token, verb: Token) -> bool:
    """True when `token` sits in `verb`'s object ('He calls Christie's endorsement', 'she told
    Hewitt'), no clause of its own in between: not 'he wants to avoid ..., recalling how the
    campaign exploited Mr. Clinton's remark', nor 'he told advisers, according to Uzi Arad, Mr.
    Netanyahu's former adviser' (a name deep in a clause or a phrase is often so written)."""
    while token.head.i != verb.i:
        if token.dep_ in EMBEDDED_CLAUSE_DEPS or token.head.i == token.i:
            return False
        token = token.head
    return token.dep_ in OBJECT_DEPS


def _inside_report(span: Span) -> bool:
    """The subject of words someone else is reported saying ('He and his wife had a baby girl, his
    brother added'): what is spoken about, so no speaker for a later 'he said'."""
    verb = span.root.head
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i and is_speech_verb(verb.head)


def _chosen_among(ctx: Context, pronoun: Token, candidates: list[tuple[Mention, Span]],
                  other_subjects: list[Span], other_speakers: list[Span]) -> Mention | None:
    """The antecedent among the candidates of fitting gender (latest first), or None."""
    chosen = None
    if pronoun.head.lemma_.lower() in CONTINUING_SPEECH_VERBS:
        # 'But he added, ...': the one who was speaking, not whoever was named since; nobody
        # when the one who was speaking seemed of the other gender ('“...,” Sanders said. “...,”
        # she continued' with Felicia and Bernie Sanders taken for one): not a bystander instead
        speaking = next(((root, span) for root, span in candidates if speaks(span)), None)
        chosen = speaking[0] if speaking else None
        if chosen is None and other_speakers:
            return None
        # ... unless the story has turned to someone else since: the subject of the main clause of
        # the sentence right before ('Worthington said: "...". Stuart, 34, made 100 appearances.
        # "...," he added')
        if speaking is not None and pronoun.sent.start:
            before = pronoun.doc[pronoun.sent.start - 1].sent
            chosen = next((root for root, span in candidates if span.start > speaking[1].start
                           and before.start <= span.start < before.end and _main_clause_subject(span)), chosen)
    elif pronoun.dep_ in SUBJECT_DEPS and is_speech_verb(pronoun.head):
        # '“...,” he said' after 'Josh Earnest said Obama was not targeting Trump': the one the
        # sentences are about, the subject of a main clause, not of a clause reported inside one.
        chosen = main_speaker(ctx, pronoun, candidates)
    # a pronoun that does not speak goes on about the one a reporting tail reported on
    speaking = pronoun.dep_ in SUBJECT_DEPS and (
        is_speech_verb(pronoun.head) or pronoun.head.lemma_.lower() in CONTINUING_SPEECH_VERBS)
    chosen = chosen or next((root for root, span in candidates if (is_subject(span) or writes_subject(span))
                             and (not _inside_report(span) if speaking
                                  else not reports_on_another(ctx, span, candidates))), None)
    if (chosen is None and len({ctx.groups.key(root) for root, _ in candidates}) == 1
            and not any(other.start > candidates[0][1].start for other in other_subjects)):
        # the only person there, unless the sentences since are about someone else whose gender
        # the name alone seemed to rule out ('Ilia Calderón reacted ... she tweeted')
        chosen = candidates[0][0]
    if chosen is not None and chosen.label != "PERSON":
        # "Trump" tagged ORG but grouped with "Donald Trump": point at the person's own name.
        people = [m for m in ctx.groups.members(chosen) if m.label == "PERSON" and m.start < pronoun.idx]
        chosen = people[-1] if people else chosen
    return chosen


def _main_clause_subject(span: Span) -> bool:
    """The subject of its sentence's main verb, itself no speech verb ("Stuart, 34, made ...")."""
    root = span.root
    return root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT" and not is_speech_verb(root.head)


def _thing_antecedent(ctx: Context, pronoun: Token) -> Mention | None:
    labels = PRONOUN_LABELS[pronoun.lower_]
    if pronoun.lower_ == "they" and ctx.before(pronoun, 0, ("PERSON",)):
        return None  # "Xi and Putin, as they review": people, not the organisation before them
    for mention, span in ctx.before(pronoun, THING_WINDOW, labels, narrative=True):
        if not is_subject(span):
            continue
        root = ctx.root(mention)
        if pronoun.lower_ == "they" and not _collective_name(root.text):
            return None  # a one-word name the NER called an ORG is as often a person ("Trump")
        return root
    return None


def _collective_name(name: str) -> bool:
    words = name.split()
    return len(words) > 1 or (name.isupper() and len(name) > 1)


def _link_pronoun(ctx: Context, pronoun: Token) -> Mention | None:
    word = pronoun.lower_
    if word not in PRONOUN_LABELS or pronoun.dep_ not in SUBJECT_DEPS or pronoun.i in ctx.covered:
        return None
    if word in ("he", "she"):
        return spokesperson_speaking(ctx, pronoun) or _person_antecedent(ctx, pronoun)
    if word == "it" and pronoun.head.lemma_ in NON_REFERRING_VERBS:
        return None
    if ctx.in_quotes(pronoun.idx):
        return None  # inside a quote "it"/"they" may mean anything the speaker had in mind
    reporter = _reporter(ctx, pronoun)
    if reporter is not None:
        return reporter
    if word == "it" and is_speech_verb(pronoun.head):
        subject = organisation_subject_before(ctx, pronoun, DESCRIPTION_HEADS)
        if subject is not None and subject.i not in ctx.covered:
            # an organisation noun no rule linked to a name spoke last: its owner, or no one named
            return owner_of_organisation_subject(ctx, pronoun, DESCRIPTION_HEADS)
    return _thing_antecedent(ctx, pronoun)


def _reporter(ctx: Context, pronoun: Token) -> Mention | None:
    """The "it" of what a name says is that name ("Banner said it expects to complete the merger"):
    the organisation the name is written for, also where the NER typed the short name a person and the
    article writes the company in full ("Banner Industries Inc"), so that no earlier subject ("for which
    Drexel Burnham Lambert Inc is acting as agent") is taken. None where the sentence is not so framed
    or no organisation of the article has the name (the parser may make a dateline's city the subject
    of "said")."""
    clause = pronoun.head
    verb = clause.head if clause.dep_ == "ccomp" else None
    if pronoun.lower_ != "it" or verb is None or not is_speech_verb(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    named = next((ctx.root(m) for m, span in ctx.between(subject.i - 3, subject.i) if span.start <= subject.i < span.end), None)
    if named is not None and ctx.groups.labels(named) & set(PRONOUN_LABELS["it"]):
        return named
    words = (named.text if named is not None else subject.text).split()
    company = next((ctx.root(m) for m, span in ctx.spans if span.start < subject.i and m.label == "ORG"
                    and m.text.split()[:len(words)] == words and len(m.text.split()) > len(words)), None)
    if company is None or ctx.full_names_ending(words[-1]):
        return None  # a person said it ("it" is what the sentences before are about), or a misparse
    return company


def _relative_antecedent(ctx: Context, pronoun: Token) -> Mention | None:
    """'McConnell, now the majority leader, who in 2010 said': the subject of a relative clause
    is the name the clause describes, or the name an apposition in between describes."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "relcl" or pronoun.i in ctx.covered:
        return None
    noun = clause.head
    if noun.dep_ == "appos" and noun.i not in ctx.covered:
        noun = noun.head
    for mention, span in ctx.spans:
        if span.start <= noun.i < span.end:
            return ctx.root(mention)
    return None


def _surname_antecedent(ctx: Context, token: Token) -> Mention | None:
    """A bare surname the NER missed ("Tester said") -> the one earlier full name ending with it."""
    if token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].pos_ == "PROPN":
        return None  # part of a longer name the NER did not see: not a reference to judge
    if token.i and ctx.doc[token.i - 1].pos_ == "PROPN":
        return None
    owners = {}
    for mention, span in ctx.full_names_ending(token.text):
        if span.start < token.i:
            owners.setdefault(ctx.groups.key(mention), mention)
    return next(iter(owners.values())) if len(owners) == 1 else None


def link_references(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Return `mentions` plus new mentions with `refers_to` set, where the text makes the antecedent clear.

    New mentions get the indices after the existing ones, in text order; `refers_to` always
    names a mention that is itself named (never another reference).
    """
    mentions = outlet_sources(doc, misread_surnames(doc, mentions))
    ctx = Context(doc, mentions)
    linked = list(mentions)
    labels = transcript_labels(doc, mentions)
    named_by_label: dict[str, Mention] = {}
    lowers = token_lowers(doc)
    for token, lower in zip(doc, lowers):  # lower_: one string per token, not one per test
        found: tuple[Span, Mention] | None = None
        if token.i in labels:
            found = transcript_person(labels[token.i], named_by_label)
        elif lower in POLICE_MEMBER_NOUNS:
            found = link_member(token, ctx.covered, ctx.spans, ctx.root, ctx.groups.key)
        if found is not None:
            pass
        elif lower in DESCRIPTION_HEADS or (lower == "tank" and token.i and doc[token.i - 1].lower_ == "think"):
            found = link_description(ctx, token)
        elif lower == "state":
            found = link_state(ctx, token)
        elif lower in DOCUMENT_NOUNS:
            found = link_document(ctx, token)
        elif (token.is_title and token.is_alpha and token.i not in ctx.covered
              and (token.pos_ in ("PROPN", "NOUN") or not token.is_sent_start)
              and (surname_of := _surname_antecedent(ctx, token)) is not None):
            # a capitalised word, even one the tagger took for a noun ('Simmons teased the tour') or,
            # inside a sentence, for an adverb ('says Early'): a capital a sentence start does not explain
            found = (doc[token.i:token.i + 1], surname_of)
        elif token.i and (lowers[token.i - 1] == "old" or lowers[token.i - 1] == "the" and token.text[:1].isupper()) \
                and (epithet := link_epithet(ctx, token)) is not None:
            found = epithet  # "the Dutchman", "the 27-year-old Austrian", "the 25-year-old striker"
        elif token.tag_ == "NN":
            found = link_person_description(ctx, token) or forward_description(ctx, token)
        elif lower == "old":
            found = link_age(ctx, token) or link_epithet(ctx, token) or forward_description(ctx, token)
        elif lower == "its":
            found = link_its(ctx, token)
        elif lower in PRONOUN_LABELS:
            antecedent = _link_pronoun(ctx, token)
            found = (doc[token.i:token.i + 1], antecedent) if antecedent is not None else None
        elif lower in RELATIVE_PRONOUNS:
            antecedent = _relative_antecedent(ctx, token)
            found = (doc[token.i:token.i + 1], antecedent) if antecedent is not None else None
        if found is None:
            continue
        span, antecedent = found  # no antecedent: a person named only by a transcript label
        mention = Mention(index=len(linked), text=span.text, label=antecedent.label if antecedent else "PERSON",
                          start=span.start_char, end=span.end_char, refers_to=antecedent and antecedent.index)
        if antecedent is None:
            named_by_label[" ".join(span.text.split()).casefold()] = mention
        linked.append(mention)
        ctx.add(mention)
    return linked

