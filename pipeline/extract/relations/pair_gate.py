"""The syntax gate for pairs only the learned scorer proposes, and its abstention.

The scorer (pair_scorer.py) learned CoNLL04's short newswire sentences, where two mentions of the
right types are usually related; long news sentences hold many unrelated pairs. `is_stated_pair`
asks whether a sentence's syntax could state the pair's relation at all; `knows_construction`
whether the scorer was trained on the pair's construction. A pair no rule found is claimed only
when both hold (typed.extract_relations). `in_comma_list` (two names items of one comma list, not
"Troy, Mich.") is shared with the comma-place rule of mention_rules.mention_rules.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.relations.lexicon import (
    KILLING_NOUNS, MEMBERSHIP_NOUNS, SITE_NOUNS, is_role_noun,
)
from pipeline.extract.relations.pair_scorer import PAIR_PREDICATES, ancestors, trigger_class
from pipeline.lexicon import HONORIFICS, NAME_SUFFIXES, RESIDENT_NOUNS, ROLE_NOUNS, TITLE_ABBREVIATIONS

# Prepositions and attachments that place a person or organisation somewhere ("X of Boston",
# "Boston-based X", "X, Mass.", "X in Ohio"); a place relation the scorer proposes with none of
# these on the path is read off a co-occurrence, not a statement.
PLACE_PREPS = {"in", "of", "from", "at", "near", "outside", "inside", "to", "across", "throughout", "around", "by"}
PLACE_LINK_DEPS = {"appos", "compound", "npadvmod", "nmod", "poss", "amod"}
AFFILIATION_PREPS = {"of", "at", "for", "with", "from", "in", "to"}
# Words that may stand beside a name without being one ("Lt.", "Jr.", "St.", "Mt."), dots dropped.
NAME_AFFIXES = {w.rstrip(".") for w in HONORIFICS | frozenset(TITLE_ABBREVIATIONS) | NAME_SUFFIXES} | {
    "st", "hon", "lord", "lady", "mt"}
# Longest dependency path (arcs) a learned-only pair may span: a kill word on the path already
# ties a killing to its two people, place and affiliation pairs have no such word to lean on.
# Nouns through which a possessive name still relates to the other one: "Jackson's home state",
# "the DEM's division of groundwater", "Yugoslavia's six republics".
POSSESSED_LINK_NOUNS = RESIDENT_NOUNS | SITE_NOUNS | MEMBERSHIP_NOUNS | {
    "home", "hometown", "birthplace", "homeland", "republic", "province", "state", "city", "capital", "region",
    "county", "district", "town", "village", "island", "territory", "department", "ministry", "office", "team"}
# "After Epstein's death, Barr reassigned the warden": a death names no killer.
NON_AGENT_DEATH_WORDS = {"death"}
# Nouns a place or organisation name modifies as a subject matter, not a home or employer:
# "a longtime China expert", "head of China investigations", "the SCO summit".
TOPIC_NOUNS = {"expert", "specialist", "analyst", "scholar", "watcher", "hand", "investigation", "policy",
               "affair", "relation", "study", "research", "program", "programme", "strategy", "summit",
               "talk", "visit", "trip", "tour", "deal", "war", "crisis", "issue", "question"}
MAX_GATED_PATH = {"killed": 10, "lives_in": 8, "located_in": 8, "affiliated_with": 8}
RELATIVE_SUBJECTS = {"who", "that", "which", "whom", "whose"}


def _is_junk_mention(span: Span) -> bool:
    """Names the scorer cannot trust: a symbol inside ('® Honey'), no word of two letters or more,
    or only titles and their abbreviations ('Lt Col')."""
    # asked of a name once for each pair it is in (n names in a sentence make ~n² pairs): kept in
    # the Doc's user_data by token offsets (no reference back to the Doc)
    memo = span.doc.user_data.setdefault("newsclaims.junk_mentions", {})
    key = (span.start, span.end)
    if key not in memo:
        memo[key] = _junk(span)
    return memo[key]


def _junk(span: Span) -> bool:
    if any(unicodedata.category(ch).startswith("S") for ch in span.text):
        return True
    words = [t for t in span if sum(ch.isalpha() for ch in t.text) >= 2]
    return not words or all(t.lower_.rstrip(".") in NAME_AFFIXES or t.lower_ in ROLE_NOUNS for t in words)


def _path_tokens(a: Token, b: Token) -> Optional[tuple[list[Token], Token, int]]:
    """The tokens strictly between `a` and `b` on their dependency path, their lowest common
    ancestor, and the path's length in arcs; None when they are in different trees."""
    up, down = ancestors(a), ancestors(b)
    down_ids = {t.i: n for n, t in enumerate(down)}
    lca_position = next((n for n, t in enumerate(up) if t.i in down_ids), None)
    if lca_position is None:
        return None
    lca = up[lca_position]
    inner = up[1:lca_position + 1] + list(reversed(down[1:down_ids[lca.i]]))
    inner = [t for t in inner if t.i not in (a.i, b.i)]
    return inner, lca, lca_position + down_ids[lca.i]


def _comma_pair(first: Span, second: Span) -> bool:
    """"Rockville, Md.", "Lagos, Nigeria": two names joined by a comma alone and not inside a
    list ("Bosnia and Herzegovina, Slovakia, Republic of Ireland")."""
    doc = first.doc
    left, right = (first, second) if first.start < second.start else (second, first)
    if right.start != left.end + 1 or doc[left.end].text != ",":
        return False
    before = doc[left.start - 1].lower_ if left.start > 0 else ""
    after = doc[right.end] if right.end < len(doc) else None
    # the pair ends at punctuation: "Croatia, Colombia's valiant effort" is two teams
    return before != "," and (after is None or (after.is_punct or after.is_space) and after.lower_ not in ("&", "/"))


def _phrase_links(first: Span, second: Span, inner: list[Token], person_first: bool = False) -> bool:
    """Whether the names are joined by a phrase that can relate them rather than merely sit them
    side by side: not items of one list ("Slovakia, Republic of Ireland"), not halves of a hyphened
    pair ("US-China trade"), no adverbial clause between ("With Hong Kong protests exploding, Xi is
    ..."), and a possessive name owns either the other name or a role ("Hong Kong's police
    commissioner Chris Tang", not "Epstein's death in a New York detention center")."""
    a, b = first.root, second.root
    conjuncts = a.conjuncts
    if b.i in {t.i for t in conjuncts} and (len(conjuncts) > 1 or any(t.dep_ == "cc" for t in conjuncts[0].head.children)):
        return False  # a list; "Rockville, Md." parsed as a two-item coordination stays
    left, right = (first, second) if first.start < second.start else (second, first)
    if right.start == left.end + 1 and left.doc[left.end].text in ("-", "–", "—", "/"):
        return False
    if any(t.dep_ == "advcl" for t in inner):
        return False
    if person_first and a.dep_ == "pobj" and is_role_noun(a.head.head.lemma_) and a.head.head.i != b.i:
        return False  # "a former aide to Mr. Rubio and now the chairman of ...": the role is another's
    if person_first:
        # a person's apposition relates them to a place only through a noun for a person: "X, a
        # native of Y", not "X, the worst attack in Y" or a misparse "X ...: New York"
        for token in [t for t in inner if t.dep_ == "appos"] + ([b] if b.dep_ == "appos" and b.head.i == a.i else []):
            if token.i != b.i and not (is_role_noun(token.lemma_) or token.lemma_.lower() in RESIDENT_NOUNS):
                return False
            if token.i == b.i:
                return False
    for name, other in ((a, b), (b, a)):
        if name.dep_ == "poss" and name.head.i != other.i and not (
                is_role_noun(name.head.lemma_) or name.head.lemma_.lower() in POSSESSED_LINK_NOUNS):
            return False
    return True


def is_stated_pair(first: Span, second: Span, signature: tuple[str, str]) -> bool:
    """Whether the sentence's syntax could state the pair's relation at all, for pairs no rule found.

    The scorer learned CoNLL04's short newswire sentences, where two mentions of the right types
    are usually related; long news sentences hold many unrelated pairs. So a learned-only pair
    needs both mentions to look like names, a short dependency path inside one clause (no verb on
    it with a subject of its own other than an argument), and a word on the path that can carry
    the relation: a kill word for killed, a place preposition or attachment for lives_in and
    located_in, a role, affiliation preposition or attachment for affiliated_with.
    """
    if _is_junk_mention(first) or _is_junk_mention(second):
        return False
    if signature[1] == "LOC" and _comma_pair(first, second):
        return True  # "Rockville, Md." however the parser attached it
    a, b = first.root, second.root
    found = _path_tokens(a, b)
    if found is None:
        return False
    inner, lca, length = found
    if length > MAX_GATED_PATH[PAIR_PREDICATES[signature]]:
        return False
    arguments = {a.i, b.i}
    on_path = {t.i for t in inner} | arguments
    predicate = PAIR_PREDICATES[signature]
    for token in inner:
        # a verb with a subject of its own between the two names starts another clause; for a
        # killing only a kill verb's own subject matters ("police arrested Oswald after the
        # assassination of Kennedy" still names Kennedy's killer, "X said Y shot Z" does not)
        if token.pos_ in ("VERB", "AUX") and (predicate != "killed" or trigger_class(token) == "killed"):
            for child in token.children:
                if (child.dep_ in ("nsubj", "nsubjpass", "csubj") and child.i not in on_path
                        and child.lower_ not in RELATIVE_SUBJECTS and not first.start <= child.i < first.end
                        and not second.start <= child.i < second.end):
                    return False
    # Outside a killing, a verb between the names must be one that states the relation ("works
    # for", "lives in") or a copula ("is a native of"): "Assange faces charges in the US" or
    # "Patton was beaten by Wichita Heights' Gantenbein" place an event, not the person.
    if predicate != "killed" and any(t.pos_ in ("VERB", "AUX") and t.lemma_ != "be" and trigger_class(t) != predicate
                                     for t in inner):
        return False
    if predicate != "killed" and not _phrase_links(first, second, inner, signature[0] == "PER"):
        return False
    if predicate != "killed" and not _path_carries(a, inner, predicate):
        return False
    # words attached to either name count too ("Kennedy's assassin Lee Harvey Oswald"), but a
    # killing word attached to one name makes that one a victim and relates it to nobody else:
    # "murder victim X" did not kill the anchor who interviewed her relative
    attached = [t for t in list(a.children) + list(b.children)
                if t.i not in on_path and t.lemma_.lower() not in KILLING_NOUNS]
    triggers = {trigger_class(t) for t in inner + attached if t.lemma_.lower() not in NON_AGENT_DEATH_WORDS}
    deps = {a.dep_, b.dep_} | {t.dep_ for t in inner}
    preps = {t.lower_ for t in inner if t.dep_ in ("prep", "agent")}
    if predicate == "killed":
        return _killing_stated(a, b, inner + attached, on_path)
    if _names_a_topic(second, first):
        return False
    if predicate in ("lives_in", "located_in"):
        return bool(preps & PLACE_PREPS or deps & PLACE_LINK_DEPS or triggers & {"lives_in", "located_in", "resident", "site"})
    if predicate == "affiliated_with":
        return bool(preps & AFFILIATION_PREPS or deps & PLACE_LINK_DEPS or triggers & {"affiliated_with", "role", "member_of"})
    return True


# Where a kill verb puts its victim ("shot X", "X was shot") and its killer ("X shot").
VICTIM_DEPS = ("dobj", "nsubjpass")


def _kill_words(tokens: list[Token]) -> list[Token]:
    """The words among `tokens` that state a killing: a killing noun heading its phrase (not "his
    shooting touch", "a murder trial"), a kill verb with a victim, its own or its conjunct's ("shot
    X", "shot and killed X"), and when passive with its killer ("X was shot by Y"); not "shot to
    fame", "shooting from deep", "whose son was killed in the attack"."""
    words = []
    for token in tokens:
        if trigger_class(token) != "killed" or token.lemma_.lower() in NON_AGENT_DEATH_WORDS:
            continue
        if token.pos_ in ("VERB", "AUX"):
            verbs = [token] + list(token.conjuncts)
            if not any(c.dep_ in VICTIM_DEPS for v in verbs for c in v.children):
                continue
            if any(c.dep_ == "nsubjpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
                continue  # "X, whose son Sean was killed in the attack": a passive with no "by" names no killer
        elif token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN" \
                and trigger_class(token.head) != "killed":  # a name's title stands: "assassin Lee Oswald"
            continue
        words.append(token)
    return words


def _clause_subject(verb: Token) -> Optional[Token]:
    """A verb's subject, or for a conjunct verb without one the subject it shares ("[his client]
    did not pull the trigger and kill X")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj" or verb.head == verb:
            return subject
        verb = verb.head


def _killing_stated(killer: Token, victim: Token, words: list[Token], on_path: set[int]) -> bool:
    """Whether a kill word relates the two people as killer and victim: there is one; a kill
    verb's subject, its own or shared with the verb it is coordinated with, is on the path
    ("Lawyer X must prove his client did not ... kill Y"); and unless a killing noun ties them
    ("Kennedy's assassin Oswald was himself shot"), the killer is no kill verb's victim ("X was
    shot while investigating Y", "X was shot and Y was shot") nor the victim a kill verb's doer."""
    kill_words = _kill_words(words)
    if not kill_words:
        return False
    verbs = [w for w in kill_words if w.pos_ in ("VERB", "AUX")]
    for verb in verbs:
        subject = _clause_subject(verb)
        if subject is not None and verb.dep_ == "conj" and subject.i not in on_path \
                and subject.lower_ not in RELATIVE_SUBJECTS:
            return False
    for verb in verbs:
        # "the backlash that had followed an officer in Ferguson fatally shooting Michael Brown": a
        # kill verb whose own doer is another noun names that one the killer, not a name further up
        doer = _clause_subject(verb) or (verb.head if verb.dep_ == "acl" else None)
        if victim.head.i == verb.i and victim.dep_ == "dobj" and doer is not None \
                and doer.pos_ in ("NOUN", "PROPN") and killer not in doer.subtree:
            return False
        if victim.head.i == verb.i and doer is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "had followed an officer in Ferguson, Missouri, fatally shooting Brown": a participle's
            # doer is its verb's subject or object, not a name further up
            hosts = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            if hosts and not any(killer in host.subtree for host in hosts):
                return False
    if len(verbs) < len(kill_words):
        return True
    return not any(killer.head.i == verb.i and killer.dep_ in VICTIM_DEPS
                   or victim.head.i == verb.i and victim.dep_ == "nsubj" for verb in verbs)


# Prepositions by which a person is placed or employed whatever the clause ("X of Y", "X from Y");
# "Clinton leads Sanders in Indiana", "worked for Mrs. Clinton at the State Department" attach an
# "in" or "at" to a person that belongs to the event.
PERSON_LINK_PREPS = frozenset({"of", "from"})
# Nouns a path between a person or organisation and a place or employer may pass through.
PATH_NOUNS = SITE_NOUNS | MEMBERSHIP_NOUNS | RESIDENT_NOUNS | POSSESSED_LINK_NOUNS


def _path_carries(a: Token, inner: list[Token], predicate: str) -> bool:
    """Whether every word between the names can carry the relation: no adjective ("the GOP still
    dominant in the Deep South"), no common noun other than a role, a site or a home ("the
    ultimate product of Fox News", "the pact with Iran"), and a person linked by a preposition of
    their own only through "of" or "from"."""
    for token in inner:
        if token.pos_ == "ADJ" and token.dep_ not in ("amod", "compound"):
            return False
        if token.pos_ == "NOUN" and not (is_role_noun(token.lemma_) or token.lemma_.lower() in PATH_NOUNS):
            return False
    first_step = next((t for t in inner if t.head.i == a.i and t.dep_ == "prep"), None)
    if predicate in ("lives_in", "affiliated_with") and first_step is not None \
            and first_step.lower_ not in PERSON_LINK_PREPS:
        return False
    return True


def _names_a_topic(name: Span, other: Span) -> bool:
    """True when `name` only modifies a common noun outside `other` that is a subject matter or an
    event ("China expert", "China investigations", "SCO summit") or no person noun at all."""
    root = name.root
    head = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or head.pos_ != "NOUN" or other.start <= head.i < other.end:
        return False
    return head.lemma_.lower() in TOPIC_NOUNS or trigger_class(head) not in ("role", "resident", "site")



def knows_construction(first: Span, second: Span, signature: tuple[str, str], features: list[str],
                       weights: dict[str, float]) -> bool:
    """Whether the scorer learned anything about the pair's construction: its dependency path was
    seen often enough in training to get a weight (train() keeps features of `min_count` pairs).
    On a path it never saw, the probability rests on word and distance features that CoNLL04's
    short sentences made look reliable; news sentences break them, so the scorer abstains.
    Two constructions stand without a learned path: "Rockville, Md." (a comma pair) and a
    killing, which is_stated_pair admits only with a kill word between the two people."""
    if PAIR_PREDICATES[signature] == "killed" or (signature[1] == "LOC" and _comma_pair(first, second)):
        return True
    return any(f.startswith("path=") and f in weights for f in features)


# "Windows XP, Vista, 7, 8, and 8.1": a list going on with numbered items (versions, models) after the pair
NUMBERED_ITEMS_GO_ON = re.compile(r",\s*\d[\w.]*\s*(,|and\b|or\b)")


def in_comma_list(doc, first: Mention, second: Mention) -> bool:
    """"Albania, the Republic of Azerbaijan, Cyprus, ...", "Australia, Italy and the Netherlands": names
    in a comma list, not "Troy, Mich." nor "Paris, France and Austin, Texas" (pairs listed)."""
    left, right = sorted((first, second), key=lambda m: m.start)
    text = doc_text(doc)
    before = text[:left.start].rstrip().removesuffix("the").rstrip()
    after = text[right.end:].lstrip(". ")
    return before.endswith(",") or (after.startswith(",") and after[1:].lstrip()[:1].isupper()
                                   and not after[1:].lstrip().startswith(("The ", "A "))) \
        or NUMBERED_ITEMS_GO_ON.match(after) is not None or last_list_item_follows(after)


_LIST_END_WORDS = ("and", "or")


def last_list_item_follows(after: str) -> bool:
    """"and the Netherlands also saw": the list's last item comes next, a name that is not itself
    followed by ", <Name>" (as "and Austin, Texas" is: a second pair, not the end of a list)."""
    words = after.split()
    if len(words) < 2 or words[0] not in _LIST_END_WORDS:
        return False
    name = words[2:] if words[1] == "the" else words[1:]
    if not name or not name[0][:1].isupper():
        return False
    for word in name:
        if word.endswith(","):
            return False  # "and Austin, Texas"
        if not word[:1].isupper():
            return True
    return True
