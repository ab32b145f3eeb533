"""Who a speaking pronoun stands for ('“...,” he said'): the subject the sentences are about.

Centering on the main clause: in the latest sentence holding a subject, the subject of its main
clause or of a frame beside it ('Josh Earnest said Obama was ...' -> Earnest; 'Trump, Sexton
said, has ...' -> Sexton), never the subject of a clause reported inside another's or of the
clause the pronoun itself reports ('Trump isn't a conservative, he said'). Applied to he/she as
the subject of a speech verb only; links.py keeps its latest-subject rule for every other pronoun.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.coreference.gender import gender_doubtful, person_gender
from pipeline.extract.coreference.rules import (
    gender_of_pronoun, given_name_first, is_subject, opens_line, writes_subject, written_subject,
)
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.lexicon import ROLE_NOUNS, SUBJECT_DEPS
from pipeline.speech_words import (
    DOCUMENT_NOUNS, FEMALE_NOUNS, MALE_NOUNS, SPOKESPERSON_NOUNS, UNNAMED_PERSON_NOUNS,
)

# Verbs of putting a question to someone: the answer right after is the one asked's.
QUESTION_VERBS = frozenset({"ask", "press", "question", "quiz", "query", "challenge"})
# Speech verbs that answer; 'he asked' or 'he added' after a question goes on with the asker.
ANSWERING_VERBS = frozenset({"say", "reply", "respond", "answer", "retort", "tell", "counter", "insist"})
@dataclass(frozen=True)
class Chosen:
    """The antecedent a rule chose: its entity key and the words of its names."""
    key: int
    words: frozenset[str]


# Dependents of a noun for a person that may give the person's name ('a spokesman, John Smith,')
NAMING_DEPS = frozenset({"appos", "acl", "relcl"})
# Clauses that carry a sentence's own statement, not one reported or set inside another.
MAIN_DEPS = frozenset({"ROOT", "conj", "parataxis"})
# Markers of a reported clause ('said that ...'), as against an adverbial one ('after', 'though').
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _main_clause(span: Span, pronoun: Token, sentence_of: dict[int, int]) -> bool:
    """True when the mention is the subject of its sentence's main clause (or of one coordinated
    with it), or opens its paragraph; in the pronoun's own sentence, also of a clause hanging
    right off the pronoun's verb ('When Clinton arrived, she said') other than what it reports,
    but not of one nested deeper ('Asked about ... the event that Clinton faces Trump, she
    replied')."""
    subject = written_subject(span) or span.root  # 'Tuttle's article also attacked Christie'
    if subject.dep_ in ("appos", "compound") and subject.head.dep_ in SUBJECT_DEPS:
        subject = subject.head  # 'Bloomberg's pollster, Douglas Schoen, says'
    if subject.dep_ not in SUBJECT_DEPS:
        return opens_line(span) and subject.dep_ not in ("amod", "compound", "poss", "nmod")
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT":
        return True
    # not the clause the pronoun reports ('Trump isn't a conservative, he said'): its subject is
    # what is spoken about. Only the pronoun's own parsed sentence counts here: the narrative
    # sentence before a quote ('Reid raised ..., just as Lincoln did. “...,” he said') is
    # numbered with it, but its adverbial clauses are no frame of the pronoun's.
    if sentence_of[span.start] != sentence_of[pronoun.i] or span.sent.start != pronoun.sent.start:
        return False
    # 'Though Ms. Olivieri has spent ..., she said': an adverbial clause's subject in the
    # pronoun's own sentence is the one it is about
    adverbial = verb.dep_ == "advcl" or any(c.dep_ == "mark" and c.lower_ not in COMPLEMENTIZERS for c in verb.children)
    return adverbial or (verb.head.i == pronoun.head.i and verb.dep_ != "ccomp")


def main_speaker(ctx, pronoun: Token, candidates: list[tuple[Mention, Span]]) -> Mention | None:  # ctx: context.Context
    """The antecedent of a pronoun speaking ('“...,” he said'): in the latest sentence holding a
    subject, the subject of its main clause or of a frame beside it ('Josh Earnest said Obama
    was ...': Earnest). The pronoun's own sentence may hold none ('Asked whether Clinton faces
    Trump, she replied'): then the sentence before decides. When the latest sentence has
    subjects but none of them qualifies, None: the caller's latest-subject rule decides."""
    own = ctx.sentence_of[pronoun.i]
    asked = _one_asked(ctx, pronoun, candidates)
    if asked is not None:
        return _fullest_name(ctx, asked, pronoun.idx)
    possessor = _possessor_before(ctx, pronoun, candidates)
    if possessor is not None:
        return _fullest_name(ctx, possessor, pronoun.idx)
    by_sentence: dict[int, list[tuple[Mention, Span]]] = {}
    for root, span in candidates:  # latest first
        if is_subject(span) or writes_subject(span):
            by_sentence.setdefault(ctx.sentence_of[span.start], []).append((root, span))
    for number in sorted(by_sentence, reverse=True):
        for root, span in by_sentence[number]:
            if not _frames_inside(span, pronoun) and (
                    _main_clause(span, pronoun, ctx.sentence_of) or _speaks_aside(span)):
                return _fullest_name(ctx, root, pronoun.idx)
        if number != own or any(span.start < pronoun.sent.start for _, span in by_sentence[number]):
            return None  # the pronoun's own sentence passes on; the narrative before a quote does not
    return None


def _possessor_before(ctx, pronoun: Token, candidates: list[tuple[Mention, Span]]) -> Mention | None:
    """'If we're hearing Rubio's strategy correctly when he says ...': the one person whose
    possessive comes before the pronoun in its own sentence, when no person is a subject there
    (the sentence is about them, not about a speaker named earlier)."""
    own = [(root, span) for root, span in candidates
           if span.sent.start == pronoun.sent.start and span.start < pronoun.i]
    if not own or any(is_subject(span) for _, span in own):
        return None
    if len({ctx.groups.key(root) for root, _ in own}) != 1 or own[0][1].root.dep_ != "poss":
        return None
    return own[0][0]


def _one_asked(ctx, pronoun: Token, candidates: list[tuple[Mention, Span]]) -> Mention | None:
    """'Scott Conroy asked Sanders whether ... . “Sure it is ...,” he said': the answer is the
    one asked's, not the asker's. Only when the question is the main clause of the latest
    narrative sentence before the pronoun's and the pronoun answers ('said', 'replied')."""
    if pronoun.head.lemma_.lower() not in ANSWERING_VERBS:
        return None
    narrative = [(root, span) for root, span in candidates
                 if span.sent.start < pronoun.sent.start and not ctx.in_quotes(span.start_char)]
    if not narrative:
        return None
    latest = narrative[0][1].sent.start
    for root, span in narrative:
        if span.sent.start != latest:
            break
        verb = span.root.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if (span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in QUESTION_VERBS
                and verb.dep_ == "ROOT" and not _speaks_between(ctx, span, pronoun)):
            return root
    return None


def _speaks_between(ctx, span: Span, pronoun: Token) -> bool:
    """True when a narrative sentence with a verb of speech stands between the question and the
    pronoun's sentence: the answer no longer follows the question."""
    doc = pronoun.doc
    for sent in doc[span.sent.end:pronoun.sent.start].sents:
        first_word = next((t for t in sent if t.is_alpha), sent[0])
        if not ctx.in_quotes(first_word.idx) and any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in sent):
            return True
    return False


def _fullest_name(ctx, person: Mention, before: int) -> Mention:
    """The entity's longest name before char offset `before` ('Jimmy Tompkins', not the
    'Tompkins' the sentence used): one canonical name for the quotes a pronoun speaks."""
    names = [m for m in ctx.groups.members(person) if m.start < before and m.label == person.label]
    return max(names, key=lambda m: (len(m.text.split()), -m.start)) if names else person


def _frames_inside(span: Span, pronoun: Token) -> bool:
    """True when the pronoun's frame is set into the mention's own clause ('Ms. Warren, she
    said, “exposes him”'): the one spoken about, not the speaker."""
    frame = pronoun.head
    return frame.dep_ == "parataxis" and frame.head.i == span.root.head.i


def _speaks_aside(span: Span) -> bool:
    """True for the speaker of a frame set beside the main clause ('Trump, Sexton said, has
    ...'), not of one reported inside another ('pointing out that Costa had reported')."""
    return speaks(span) and span.root.head.dep_ in ("parataxis", "ROOT")


def speaks(span: Span) -> bool:
    """True when the mention is the subject of a speech verb ('Smith said', 'said Smith'), or of a
    verb going on in one ('addressed the concerns, stating', 'smiled and said')."""
    root = span.root
    if root.dep_ not in SUBJECT_DEPS:
        return False
    verb = root.head
    # 'Obama also addressed Trump's concerns, stating ...': the subject speaks through the
    # participle or the coordinated verb that borrows it
    return is_speech_verb(verb) or any(
        c.dep_ in ("advcl", "conj", "xcomp") and is_speech_verb(c) and c.tag_ in ("VBG", "VBD", "VBZ", "VBP")
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children)


def unnamed_speaker_since(ctx, start: int, pronoun: Token, chosen: Chosen) -> bool:  # ctx: context.Context
    """True when, from the sentence of token `start` up to a speaking pronoun's, the writer's words make someone
    speak whom no person's name covers: 'After Glenn Beck asked him ..., D'Souza replied, “...”
    / “...,” he added' where the NER saw no name in "D'Souza", 'Tuttle's article attacked
    ...' with Tuttle read as an organisation, or a person described and not named ('The friend
    said'). The pronoun may be that one: better no speaker than the person named before."""
    doc = pronoun.doc
    if _unnamed_subject_just_before(ctx, pronoun, chosen):
        return True
    # up to the pronoun: 'An aide to Lyng who asked not to be identified said the plan, which he said
    # was started by ...' has the aide speak in the pronoun's own sentence
    for token in doc[doc[start].sent.start:pronoun.i]:
        if ctx.in_quotes(token.idx) or not (_speaks_as_subject(token) or _writes(token)):
            continue
        verb, after = token.head, token.head.i + 1
        if (token.dep_ in SUBJECT_DEPS and after < len(doc) and doc[after].pos_ == "PROPN" and token.i < verb.i
                and doc[after].ent_type_ not in ("DATE", "TIME")
                and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)):
            token = doc[after]  # 'And Trump, said Sunshine, ...': the name after a verb with no report of its own
        if _other_gender_person(ctx, token, pronoun):
            continue  # 'Sanders' where the NER missed him, for a 'she'
        # the subject's own name, or the name in apposition to it ('The Podesta Group's CEO,
        # Kimberley Fritts, said')
        named = [token, *(c for c in token.children if c.dep_ == "appos")]
        mention = next((m for t in named for m, s in ctx.between(t.i - 5, t.i) if s.start <= t.i < s.end), None) or next(
            (m for t in token.children if t.dep_ == "compound" for m, s in ctx.between(t.i - 5, t.i)
             if s.start <= t.i < s.end and "PERSON" in ctx.groups.labels(ctx.root(m))), None)  # "Andrew Tyrie MP"
        if mention is not None and ctx.groups.key(ctx.root(mention)) == chosen.key:
            continue
        if token.text in chosen.words:
            continue  # the chosen one's name where the NER missed it ('Pate claimed')
        if token.head.lemma_.lower() in QUESTION_VERBS and any(
                c.dep_ == "dobj" and c.text in chosen.words for c in token.head.children):
            continue  # 'Hannity asked Trump how high ...': the asker, to whom the chosen one answers
        if mention is None:
            if _name_like(ctx, token) or _unnamed_person(token, pronoun):
                return True
        elif "PERSON" not in ctx.groups.labels(ctx.root(mention)) and len(ctx.root(mention).text.split()) == 1 \
                and token.is_title:
            return True  # a one-word name read as an organisation is as often a person ('Tuttle')
    return False


def _unnamed_subject_just_before(ctx, pronoun: Token, chosen: Chosen) -> bool:  # ctx: context.Context
    """'But a spokesman for the Home Office defended the proposals. / He said: “...”': the subject
    of the sentence right before is a person described and not named, whatever the verb; a
    speaking 'he' goes on about that one, not about someone named before (no name covers him).
    Not when the one chosen is named since ('A witness spoke. Police said that when King was asked,
    she told them “...”'); a pronoun linked to them since does not count, it may be wrong."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return False
    before = pronoun.doc[sentence.start - 1].sent
    for token in before:
        if (token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT" and not ctx.in_quotes(token.idx)
                and _unnamed_person(token, pronoun) and not _named_in_apposition(ctx, token)):
            # the one spoken for ('Tony Blair's spokesman') is named inside the subject, not since
            own = range(token.left_edge.i, token.i)
            return not any(ctx.groups.key(ctx.root(m)) == chosen.key and span.root.pos_ != "PRON"
                           and span.start not in own for m, span in ctx.between(before.start, pronoun.i - 1))
    return False


def _named_in_apposition(ctx, token: Token) -> bool:  # ctx: context.Context
    """'A spokesman, John Smith,', 'The woman ... identified herself as a resident named Caroline':
    the described person is named (a person's name in apposition or in a clause on the noun; one
    in a phrase, 'a spokesman for Bernie Sanders', or an organisation's names nobody)."""
    covered = {t.i for c in token.children if c.dep_ in NAMING_DEPS for t in c.subtree} | {token.i}
    return any(covered & set(range(s.start, s.end)) and "PERSON" in ctx.groups.labels(ctx.root(m))
               for m, s in ctx.between(token.left_edge.i, token.right_edge.i))


def _unnamed_person(token: Token, pronoun: Token) -> bool:
    """'The friend said she was “bubbly” when she saw Alice. / She added: “...”': a person the
    writer describes but does not name, speaking in a main clause; the pronoun may be them, so
    the person named inside their words is no antecedent. Not one of the other gender ('the
    father said')."""
    if token.tag_ != "NN" or token.lower_ not in UNNAMED_PERSON_NOUNS | ROLE_NOUNS:
        return False
    if token.lower_ not in UNNAMED_PERSON_NOUNS:
        # a position ('an analyst', 'one senior executive') brings in someone new only when
        # indefinite: 'the president' is as often the one named before
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") or c.dep_ == "nummod" and c.lower_ == "one"
                   for c in token.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "another") or c.dep_ == "nummod" and c.lower_ == "one"
               for c in token.children) and not (  # "One senior floor trader said"
            token.lower_ in SPOKESPERSON_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)):
        # 'his brother added' after 'his brother Alastair Osman': named before, as often as not; but
        # 'Tony Blair's official spokesman declined' is someone speaking for Mr Blair, never him
        return False
    gender = "male" if token.lower_ in MALE_NOUNS else "female" if token.lower_ in FEMALE_NOUNS else None
    return gender is None or gender == gender_of_pronoun(pronoun.lower_)


def _speaks_as_subject(token: Token) -> bool:
    """The subject of a main clause of speech: 'D'Souza replied', 'D'Souza went on to explain'."""
    verb = token.head
    return token.dep_ in SUBJECT_DEPS and verb.dep_ in MAIN_DEPS and is_speech_verb(verb)


def _writes(token: Token) -> bool:
    """'Tuttle's article attacked': the possessor of a document that is a main clause's subject."""
    document = token.head
    return (token.dep_ in ("poss", "nmod", "compound") and document.lemma_.lower() in DOCUMENT_NOUNS
            and document.dep_ in SUBJECT_DEPS and document.head.dep_ in MAIN_DEPS
            and sum(c.dep_ in SUBJECT_DEPS for c in document.head.children) == 1)  # not a misparse with two


def _name_like(ctx, token: Token) -> bool:  # ctx: context.Context
    """A proper noun, or a capitalised word the text also capitalises inside a sentence."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return False
    if token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start):
        return True
    return token.is_title and ctx.capitalised_inside(token.text)


def other_author_since(ctx, start: int, pronoun: Token, chosen: Chosen) -> bool:  # ctx: context.Context
    """True when a pronoun that writes ('“...,” she writes') follows a sentence naming someone
    else as the author of a writing: 'Clinton asks her assistant to print out recommendations,
    sent from her friend Jan Piercy' (a person after 'from'/'by' of a participle or a document
    noun, or owning a document noun). Whose words are quoted is then unclear: no speaker."""
    if pronoun.head.lemma_.lower() != "write":
        return False
    for mention, span in ctx.between(pronoun.doc[start].sent.start, pronoun.sent.start - 1):
        root = ctx.root(mention)
        if ctx.groups.key(root) == chosen.key or "PERSON" not in ctx.groups.labels(root) or ctx.in_quotes(span.start_char):
            continue
        head = span.root.head if span.root.dep_ == "appos" else span.root  # 'from her friend, Jan Piercy'
        if head.dep_ == "pobj" and head.head.lower_ in ("from", "by") and (
                head.head.head.tag_ == "VBN" or head.head.head.lemma_.lower() in DOCUMENT_NOUNS):
            return True
        if head.dep_ == "poss" and head.head.lemma_.lower() in DOCUMENT_NOUNS:
            return True
    return False


def _other_gender_person(ctx, token: Token, pronoun: Token) -> bool:
    """True when the word is the surname of people the article names in full, all of them of the
    other gender than the pronoun's: a person the NER missed there, who is not the one speaking."""
    wanted = gender_of_pronoun(pronoun.lower_)
    owners = ctx.full_names_ending(token.text)
    genders = {person_gender(ctx.groups, ctx.root(m)) for m, _ in owners}
    return bool(owners) and wanted is not None and None not in genders and wanted not in genders


def _reported_before(span: Span) -> set[int] | None:
    """Token ids of the clause a mention reports in a frame after it ('His heart failed while he
    was reading, his son, Tom Lane, said'; '..., said his son, Tom Lane'), or None when the mention
    is not the subject of such a tail."""
    root = span.root
    subject = root.head if root.dep_ in ("appos", "compound") and root.head.dep_ in SUBJECT_DEPS else root
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or not is_speech_verb(verb):
        return None
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") and child.i < verb.i:
            return {t.i for t in child.subtree}
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
        own = {t.i for t in verb.subtree}
        return {t.i for t in verb.head.subtree if t.i not in own}
    return None


def reports_on_another(ctx, span: Span, candidates: list[tuple[Mention, Span]]) -> bool:  # ctx: context.Context
    """True when the mention is the speaker of a reporting tail whose report is about another
    fitting person ('His heart failed while he was reading a book, his son, Tom Lane, said. / He
    lived in Biloxi'): the next clause's pronoun goes on about the one reported on, not the one
    who reported it (a pronoun that speaks, 'He added', is chosen before this is asked)."""
    reported = _reported_before(span)
    if not reported:
        return False
    speaker = ctx.groups.key(ctx.root(next(m for m, s in candidates if s is span)))
    return any(other.start in reported and ctx.groups.key(root) != speaker for root, other in candidates)


def reporter_passed_over(ctx, pronoun: Token, chosen: Mention, wanted: str | None) -> bool:  # ctx: context.Context
    """True when the pronoun is the subject of words a named person is reported saying and the
    antecedent chosen is someone else that person might be ('Lon Wood, a retired journalist, said
    he met Ben': "Lon" reads mostly female, so "he" went to the man named the sentence before;
    'Smith's lawyer Peter Brown said he would plead not guilty': either). The reporter and the one
    reported on both fit, and nothing tells which: no link (judge 8p2 #34)."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("ccomp", "parataxis") or not is_speech_verb(clause.head) \
            or ctx.in_quotes(pronoun.idx):
        return False
    reporter = next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS), None)
    if reporter is None:
        return False
    for mention, span in ctx.between(reporter.left_edge.i, reporter.i):
        root = ctx.root(mention)
        if not span.start <= reporter.i < span.end or not (
                "PERSON" in ctx.groups.labels(root) or given_name_first(root.text)):
            continue  # a person, whatever the NER called "Lon Wood"
        if ctx.groups.key(root) == ctx.groups.key(chosen):
            return False
        gender = person_gender(ctx.groups, root)
        return gender is None or gender == wanted or gender_doubtful(ctx.groups, root)
    return False
