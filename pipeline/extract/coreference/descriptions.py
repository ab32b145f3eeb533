"""Descriptions linked to the named mention they stand for: "the institute" to the one organisation
nearby whose name holds the noun (or of its kind, with a nationality borne out), "the organization"
to the one organisation the sentences before had as subject, "the mayor" / "the Republican nominee"
to the one person holding that role, abstaining whenever another candidate stands out as well."""
from __future__ import annotations

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.lexicon import SUBJECT_DEPS
from pipeline.government_words import STATE_OFFICE_NOUNS
from pipeline.extract.coreference.context import Context
from pipeline.extract.coreference.speaking import main_speaker
from pipeline.extract.coreference.description_fit import description_head, fits_head, nationality_fit
from pipeline.extract.coreference.rules import (
    GENERIC_ORGANISATION_NOUNS, RELATIVE_PRONOUNS, SPEAKING_BUSINESS_NOUNS, is_subject,
)
from pipeline.extract.coreference.roles import (
    DESCRIPTION_WINDOW, GENERIC_PERSON_NOUNS, described_person, description_role, fitting_people, generic_referent,
    noun_gender, role_holders,
)
from pipeline.name_strings import country_of_native
from pipeline.party_words import PARTY_KEYS, PARTY_SIDE_WORDS, party_word
from pipeline.speech_words import SPOKESPERSON_NOUNS, UNNAMED_PERSON_NOUNS

# Sentences back a bare 'the organization'/'the group' looks for the organisation it stands for.
GENERIC_ORGANISATION_WINDOW = 2


def link_description(ctx: Context, head: Token) -> tuple[Span, Mention] | None:
    phrase = description_head(head, ctx.covered)
    if phrase is None:
        return None
    span, nations, name_words = phrase
    if _introduced_before(ctx, span, head):
        return None
    fitting = []
    for mention, cand_span in ctx.before(span[0], DESCRIPTION_WINDOW, ("ORG", "FAC")):
        root = ctx.root(mention)
        if not fits_head(ctx.groups, root, head, name_words):
            continue
        fit = nationality_fit(ctx.groups, root, nations)
        if fit is False:
            continue
        if mention.refers_to is not None and cand_span[0].lower_ in RELATIVE_PRONOUNS:
            continue  # "credit from Celanese Corp, which requires approval": a relative's guess is no evidence
        fitting.append((root, cand_span, fit))
    if nations:
        fitting = [item for item in fitting if item[2] is True]
    noun = "think tank" if head.lower_ == "tank" else head.lower_
    # A name holding the very noun ("Harbin Institute" for "the institute") beats one of the same
    # kind ("... University"); a two-word type ("think tank") is never part of a name.
    exact = [item for item in fitting if " " in noun or noun in ctx.groups.name_words(item[0])]
    fitting = exact or fitting
    if not fitting:
        return _generic_organisation(ctx, span, head)
    identities = {ctx.groups.key(root) for root, _, _ in fitting}
    if len(identities) == 1 or nations:
        return span, fitting[0][0]
    if head.dep_ in SUBJECT_DEPS and is_speech_verb(head.head):
        # "..., the company said": the company that has been speaking ("Gull Air ... said it reached"),
        # before another one a clause had as subject ("when Texas Air acquired People Express")
        speakers = [root for root, cand_span, _ in fitting if _speaking(cand_span)]
        if speakers:
            return span, speakers[0]
        if any(_speaking(cand_span) for _, cand_span in ctx.before(span[0], DESCRIPTION_WINDOW, ("ORG", "GPE"))):
            # another organisation spoke there that the description did not fit ('Kanasa City Southern
            # said', a misspelling): not the adviser a clause had as subject ('Morgan Stanley appraised')
            return None
    for root, cand_span, _ in fitting:
        if is_subject(cand_span):
            return span, root
    return None


def _speaking(span: Span) -> bool:
    """The subject of a speech verb, or the "it" of what one reports ("Gull said it coordinated")."""
    verb = span.root.head
    return is_subject(span) and (is_speech_verb(verb) or span[0].lower_ == "it" and verb.dep_ == "ccomp"
                                 and is_speech_verb(verb.head))


def _introductions(ctx: Context, span: Span, head: Token) -> list[Token]:
    """The 'a/an <head>' the text brought in of its own in the window before the description."""
    return ctx.introductions(head.lower_, ctx.window_start(span.start, DESCRIPTION_WINDOW), span.start)


def _introduced_before(ctx: Context, span: Span, head: Token) -> bool:
    """True when the text brought in 'a/an <head>' of its own in the window before ('after a group
    of parents complained. "...," the group said'): 'the <head>' is that one, not a named one."""
    return bool(_introductions(ctx, span, head))


def _unnamed_one_before(ctx: Context, span: Span, head: Token) -> Token | None:
    """'A Bayern spokesman said the striker would stay. "...," the spokesman said': the latest 'a <head>'
    brought in before with no name beside it (no apposition, no predicate of a name) is the one meant."""
    return next((token for token in reversed(_introductions(ctx, span, head))
                 if token.dep_ not in ("attr", "appos") and not any(c.dep_ == "appos" for c in token.children)), None)


def _spokesperson_body(ctx: Context, token: Token) -> Mention | None:
    """The one organisation 'a Bayern Munich spokesman' or 'a spokesman for Airbus Industrie' speaks
    for, as the quote rules read it when that phrase speaks itself (not a name in a clause about
    the spokesperson: 'a spokesman who joined Google')."""
    if token.lower_ not in SPOKESPERSON_NOUNS:
        return None
    after = {t.i for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
             for o in p.children if o.dep_ == "pobj" for t in o.subtree}
    bodies = {ctx.groups.key(ctx.root(m)): ctx.root(m) for m, s in ctx.spans
              if (token.left_edge.i <= s.start and s.end <= token.i or s.start in after)
              and "ORG" in ctx.groups.labels(ctx.root(m))}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def spokesperson_speaking(ctx: Context, pronoun: Token) -> Mention | None:
    """'A spokesman for Airbus Industrie confirmed the talks. / "...," he said': a speaking he or
    she whose sentence, or the one before, has for its latest main subject a spokesperson the
    writer does not name speaks for the one organisation that spokesperson speaks for, as 'a
    Federal Reserve spokesman said "..."' does."""
    if pronoun.dep_ not in SUBJECT_DEPS or not is_speech_verb(pronoun.head) or ctx.in_quotes(pronoun.idx):
        return None
    doc, sentence = pronoun.doc, pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start else sentence.start
    for token in reversed(doc[start:pronoun.i]):
        if token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "ROOT" or ctx.in_quotes(token.idx):
            continue
        if token.lower_ not in SPOKESPERSON_NOUNS or any(c.dep_ in ("appos", "poss") for c in token.children) \
                or noun_gender(token.lower_) not in (None, "female" if pronoun.lower_ == "she" else "male"):
            return None  # the latest subject is someone else, or the spokesperson is named ('a spokesman, John Smith,')
        return _spokesperson_body(ctx, token)
    return None


def _generic_organisation(ctx: Context, span: Span, head: Token) -> tuple[Span, Mention] | None:
    """'United Gun Group said in a statement ... "...," the organization wrote': a noun any
    organisation may be called, as the subject of a clause, stands for the one organisation the
    sentences before had as a subject, though its name holds no such word. Two organisations as
    subjects, and it stands for none. 'The company' or 'the firm' only as a speaker,
    for the one organisation that spoke there."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if head.lower_ not in GENERIC_ORGANISATION_NOUNS and not (
            head.lower_ in SPEAKING_BUSINESS_NOUNS and is_speech_verb(head.head)):
        return None
    business = head.lower_ not in GENERIC_ORGANISATION_NOUNS
    subjects = {}
    for mention, cand_span in ctx.before(span[0], GENERIC_ORGANISATION_WINDOW, ("ORG",)):
        if business and not (cand_span.root.dep_ == "nsubj" and is_speech_verb(cand_span.root.head)):
            continue  # 'Macrovision says its new RipGuard technology will thwart ...': the one speaking
        if is_subject(cand_span) and not ctx.in_quotes(cand_span.start_char):
            root = ctx.root(mention)
            subjects.setdefault(ctx.groups.key(root), root)
    return (span, next(iter(subjects.values()))) if len(subjects) == 1 else None


def _person_named(ctx: Context, root: Mention, before: int) -> Mention:
    """The entity's latest PERSON-labelled name before char offset `before` ('Trump' may be an ORG)."""
    people = [m for m in ctx.groups.members(root) if m.label == "PERSON" and m.start < before]
    return people[-1] if people else root


def link_person_description(ctx: Context, head: Token) -> tuple[Span, Mention] | None:
    """'the mayor', 'The Republican nominee', 'the New York businessman' -> the person meant."""
    phrase = description_head(head, ctx.covered)
    if phrase is None:
        return None
    span = phrase[0]
    description = description_role(span)
    if description is None:
        return None
    holders = role_holders(ctx.roles, description, span.start)
    bodies = _bodies_named(ctx, span, head)
    if len(holders) == 1:
        named = [m for m, s in ctx.spans if s.end <= span.start and m.refers_to is None
                 and ctx.groups.key(m) == holders[0]]
        if not named or _someone_else_in_focus(ctx, span, holders[0], named) or not _tied(ctx, holders[0], bodies):
            return None
        if span[0].lower_ in ("his", "her") and _someone_named_since(ctx, span, holders[0], description):
            return None  # "Obama's wife Michelle ... Joe Biden arrived ... his wife said": Biden's
        if _reported_by(ctx, head, holders[0]):
            return None
        return span, _person_named(ctx, named[-1], span.start_char)
    if holders or span[0].lower_ in ("his", "her"):
        return None  # a pronoun's kin is only the one named with that kin title ("her father" is no latest man)
    unnamed = _unnamed_one_before(ctx, span, head)
    if unnamed is not None:
        # "the spokesman" is the unnamed one brought in before, who speaks for an organisation named there
        body = _spokesperson_body(ctx, unnamed)
        return (span, body) if body is not None else None
    if head.lower_ in SPOKESPERSON_NOUNS and not any(party_word(w) for w in description.words):
        # nobody named holds the post: "a company spokesman said" paragraphs back, not the latest man
        # named ("... presented the demands to Henk Heidweiler, a top aide ... "...," the spokesman said");
        # "the Tory spokesman" is still the one Tory just named
        return None
    if not (description.head in GENERIC_PERSON_NOUNS or noun_gender(description.head)):
        if not bodies and (description.head in STATE_OFFICE_NOUNS or description.head in UNNAMED_PERSON_NOUNS):
            # "the prime minister", "The Lib Dem leader", "the chancellor said": an office the reader
            # knows the holder of, not the last one to speak; "the source", "the spokesman": someone unnamed
            return None
        speaker = _speaker_right_before(ctx, span, head)
        if speaker is None or not _tied(ctx, ctx.groups.key(speaker), bodies):
            return None
        return span, _person_named(ctx, speaker, span.start_char)
    found = ctx.before(span[0], DESCRIPTION_WINDOW, ("PERSON",), narrative=not ctx.in_quotes(span.start_char))
    candidates = [ctx.root(m) for m, _ in found]
    subjects = {ctx.groups.key(ctx.root(m)) for m, s in found if is_subject(s)}
    chosen = generic_referent(ctx.roles, candidates, description, span.start, subjects)
    if chosen is not None and head.dep_ in SUBJECT_DEPS and is_speech_verb(head.head):
        # '“...,” the Republican nominee said' after 'Trump said that it would have been cool had
        # Clinton congratulated him': of several people it may describe, the latest subject
        # (Clinton) and the one the sentences are about (Trump) must not differ, else nobody
        fitting = fitting_people(ctx.roles, candidates, description, span.start)
        if len(fitting) > 1:
            speaker = main_speaker(ctx, head, [(ctx.root(m), s) for m, s in found if ctx.groups.key(ctx.root(m)) in fitting])
            if speaker is not None and ctx.groups.key(speaker) != ctx.groups.key(chosen):
                return None
    if chosen is None or not _tied(ctx, ctx.groups.key(chosen), bodies) or _reported_by(ctx, head, ctx.groups.key(chosen)):
        return None
    return span, _person_named(ctx, chosen, span.start_char)


def _someone_named_since(ctx: Context, span: Span, holder: int, description) -> bool:
    """Whether another person is named between the holder's kin title ("Nogar's son Stephen") and
    "his son": the pronoun may be that person's, whose kin the article has not named."""
    since = max((at for at, role in ctx.roles.by_entity.get(holder, []) if role.head == description.head and at < span.start),
                default=span.start)
    return any(since < s.start < span.start and ctx.groups.key(ctx.root(m)) != holder
               and "PERSON" in ctx.groups.labels(ctx.root(m)) for m, s in ctx.spans)


def _speaker_right_before(ctx: Context, span: Span, head: Token) -> Mention | None:
    """'But Alli insists the player is worth more. "...," the agent added', 'Hayley Yelling said the
    team would understand. "...," said the European cross-country champion': a role nobody in the
    article holds by name, as the speaker of a quote, is the one person whose name is the subject
    of the main speech verb of the sentence right before (a quote may open the description's own), or
    the one person that sentence names, as the subject of its main verb."""
    if head.dep_ not in SUBJECT_DEPS or not is_speech_verb(head.head) or ctx.in_quotes(span.start_char):
        return None
    sentence = head.sent
    if not sentence.start:
        return None
    before = head.doc[sentence.start - 1].sent
    people = [(m, s) for m, s in ctx.spans if before.start <= s.start < before.end and s[0].pos_ == "PROPN"
              and not ctx.in_quotes(s.start_char) and "PERSON" in ctx.groups.labels(ctx.root(m))]
    speakers = {ctx.groups.key(ctx.root(m)): ctx.root(m) for m, s in people if _main_speech_subject(s.root)}
    if speakers:
        return next(iter(speakers.values())) if len(speakers) == 1 else None
    if len({ctx.groups.key(ctx.root(m)) for m, _ in people}) == 1 and is_subject(people[0][1]) \
            and people[0][1].root.head.dep_ == "ROOT" and described_person(head) \
            and country_of_native(people[0][0].text) is None:  # "The 22-year-old Scot" names nobody
        # "Britain's Paula Radcliffe has not ruled out the race. "...," said the two-time champion": the
        # one person the sentence before names, as its subject, whatever its verb; not "the crowd chanted"
        return ctx.root(people[0][0])
    return None


def _main_speech_subject(root: Token) -> bool:
    """The subject of a sentence's main speech verb, or one of its conjoined subjects."""
    if root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS:
        root = root.head
    return root.dep_ in SUBJECT_DEPS and root.head.dep_ == "ROOT" and is_speech_verb(root.head)


def _reported_by(ctx: Context, head: Token, person: int) -> bool:
    """Whether the description stands in what `person` says: 'Ketsoyan said Friday that the “American
    Pie” star went to rehab' describes someone the speaker speaks of, never the speaker (a speaker
    names themselves "I"). The nearest speech verb above the description, reached from below through
    anything but its subject."""
    below = head
    for verb in head.ancestors:
        if is_speech_verb(verb):
            if below.dep_ in SUBJECT_DEPS:
                return False
            said_by = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}  # "her publicist X"
            return any(ctx.groups.key(ctx.root(m)) == person for m, s in ctx.spans if s.start in said_by)
        below = verb
    return False


# Prepositions by which a description names the body its person works or speaks for ("the spokesman
# for the Bureau of ...", "the director of NASA", "a researcher at MIT").
BODY_PREPS = frozenset({"for", "of", "at"})


def _bodies_named(ctx: Context, span: Span, head: Token) -> set[int]:
    """Entity keys of the organisations a description names: before its noun ("the ATF spokesman")
    or after it ("the spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives")."""
    tokens = {t.i for t in span[1:-1]} | {t.i for p in head.rights if p.dep_ == "prep" and p.lower_ in BODY_PREPS
                                          for t in p.subtree}
    # a party is the role's own modifier ("The GOP presidential candidate"), read by the role rules
    return {ctx.groups.key(ctx.root(m)) for m, s in ctx.spans
            if s.start in tokens and "ORG" in ctx.groups.labels(ctx.root(m))
            and not all(PARTY_KEYS.get(w.lower_, w.lower_) in PARTY_SIDE_WORDS | {"party"} for w in s if w.is_alpha)}


def _tied(ctx: Context, person: int, bodies: set[int]) -> bool:
    """Whether the article names the person (an entity key) in a sentence naming one of `bodies`
    (or the description names none). A page may hold two stories: 'The spokesman for the Bureau ...'
    of an Oregon bomb is not the constable who spoke of a Vancouver shooting, though he is the one
    man named in the sentences before; a description naming its body stands only for someone the
    article ties to that body."""
    if not bodies:
        return True
    person_sentences = {ctx.sentence_of[s.start] for m, s in ctx.spans if ctx.groups.key(ctx.root(m)) == person}
    return any(ctx.sentence_of[s.start] in person_sentences for m, s in ctx.spans
               if ctx.groups.key(ctx.root(m)) in bodies)


def _someone_else_in_focus(ctx: Context, span: Span, holder: int, named: list[Mention]) -> bool:
    """True when the role's one holder was last named before the recent sentences while another
    person is the subject there: 'the network's anchor Ilia Calderón reacted ... The
    Afro-Colombian journalist expressed' is about Calderón, not the journalist named paragraphs
    before. Abstaining beats linking to either."""
    recent = ctx.before(span[0], DESCRIPTION_WINDOW, ("PERSON",), narrative=not ctx.in_quotes(span.start_char))
    # the holder's names, word by word: 'Mr. Biden' is 'Joseph R. Biden Jr.' even where the
    # groups kept the two apart
    holder_words = {w.strip(".,") for m in named for w in m.text.split()[1:]}
    if any(ctx.groups.key(ctx.root(m)) == holder or m.text.split()[-1].strip(".,") in holder_words
           for m, _ in recent):
        return False
    return any(is_subject(s) for _, s in recent)
