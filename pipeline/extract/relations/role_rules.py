"""Rules that read a person's role off a title, an apposition or a predicate noun.

Each construction finds the role noun and hands it to role_phrases.read_role; what the phrase
names becomes the claims: an employer -> affiliated_with with the role, a state served ->
affiliated_with with the role, a home -> lives_in. Rule names say the construction and what was
found: "title_org" (FBI spokesman X), "title_office" (Japan's Prime Minister X, President X of
China), "title_place" (Tempe plastic surgeon X), "party_state" (Sen. Ted Cruz, R-Texas), "appos_role", "appos_office", "appos_place",
"appos_resident" (X, a Fargo resident), "copula_role", "copula_office", "copula_resident".
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator, Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.entities.mentions import NOT_PERSON_KIND_NOUNS
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pronoun_owner
from pipeline.extract.relations.lexicon import CEREMONY_HEADS, DESCRIBED_ORG_NOUNS, PERSONAL_STAFF_NOUNS, is_role_noun
from pipeline.extract.relations.role_kinds import (
    holds_no_post, hyphened_title, noun_or_position, title_word, titles_in_objects,
)
from pipeline.extract.relations.parties import party_named
from pipeline.extract.relations.reporting_titles import reported_organisation
from pipeline.extract.relations.role_phrases import RolePhrase, read_role
from pipeline.extract.relations.role_status import left_post, post_status
from pipeline.party_words import PARTY_TAG_LETTERS
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.sports_words import SIDE_POSTS, TEAM_GROUP_NOUNS
from pipeline.extract.relations.work_words import STARRED_WORK_NOUNS, WORK_NOUNS
from pipeline.lexicon import (
    LEGISLATOR_TITLES, NON_POST_NOUNS, ORG_LABELS, PAST_ROLE_WORDS, PLACE_LABELS, RANK_WORDS, TITLE_ABBREVIATIONS,
)
from pipeline.government_words import PORTFOLIO_WORDS

# A pseudo-predicate: the construction accounts for the pair and states no relation between them
# ("ambassador to Britain" is not a Briton), so the pair scorer must not guess one.
NOT_RELATED = "not_related"


def is_ceremony(org: Mention) -> bool:
    """"Academy Awards", "Olympic Games", "World Cup": a ceremony or contest, which employs nobody."""
    words = org.text.split()
    return bool(words) and words[-1].casefold() in CEREMONY_HEADS


def phrase_candidates(holders: Iterable[Mention], phrase: RolePhrase, construction: str,
                      anchors: tuple[Token, ...]) -> Iterator[Candidate]:
    """The claims a role phrase makes about each holder."""
    qualifiers = phrase.qualifiers()
    home_rule = f"{construction}_resident" if phrase.kind == "resident" else f"{construction}_place"
    for holder in holders:
        for org in phrase.organisations:
            # "Tory MP Patrick Mercer", "Republican Sen. Ted Cruz": the title is the role held for the party
            # too (four held-out rounds judged a bare "member" the wrong role)
            if org.index != holder.index and is_ceremony(org):
                # "Academy Awards producers X and Y": they work on the show; the pair is spoken for
                yield Candidate(NOT_RELATED, holder, org, f"{construction}_occasion", anchors)
            elif org.index != holder.index:
                yield Candidate("affiliated_with", holder, org, f"{construction}_role" if construction != "title"
                                else "title_org", anchors, dict(qualifiers), "ORG" if org.index in phrase.mistyped else None)
        for state in phrase.states:
            if state.index != holder.index:
                yield Candidate("affiliated_with", holder, state, f"{construction}_office", anchors, dict(qualifiers))
        for home in phrase.homes:
            if home.index != holder.index:
                yield Candidate("lives_in", holder, home, home_rule, anchors)
        for org in phrase.current:
            if org.index != holder.index:
                yield Candidate("affiliated_with", holder, org, f"{construction}_role" if construction != "title"
                                else "title_org", anchors, {"status": "current"})
        for person in phrase.served:
            if person.index != holder.index:
                yield Candidate("affiliated_with", holder, person, f"{construction}_staff", anchors, dict(qualifiers))
        for place in phrase.postings:
            if place.index != holder.index:
                yield Candidate(NOT_RELATED, holder, place, f"{construction}_posting", anchors)


def title_phrase(finder: ArgumentFinder, root: Token) -> Optional[RolePhrase]:
    """The role written before a name: "Japan's Prime Minister Shinzo Abe", "FBI spokesman Doug
    Beldon", "former Indiana University basketball coach Bobby Knight"; a plural title before a list
    holds for every name of it ("founding members Tom Johnston, Pat Simmons and John McFee")."""
    phrase = _own_title(finder, root)
    if phrase is not None and _bare_team_title(phrase) and root.dep_ == "conj" and root.head.i < root.i:
        _side_of_conjunct(finder, phrase, root.head)
    head = root
    while phrase is None and head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
        phrase = _own_title(finder, head)
        if phrase is not None and phrase.noun.tag_ not in ("NNS", "NNPS") and title_word(phrase.noun) not in TEAM_GROUP_NOUNS:
            return None  # "Obama adviser David Axelrod and John McCain": the title is Axelrod's alone
    return phrase


def _bare_team_title(phrase: RolePhrase) -> bool:
    """A side's post with nothing named in it ("captain", "skipper"), in an article about sport."""
    return not (phrase.organisations or phrase.states or phrase.homes or phrase.served) \
        and title_word(phrase.noun) in SIDE_POSTS and sports_article(phrase.noun.doc)


def _side_of_conjunct(finder: ArgumentFinder, phrase: RolePhrase, first: Token) -> None:
    """"Ireland coach Eddie O'Sullivan and captain Brian O'Driscoll": a bare post of the second name is
    held in the side the first name's title names."""
    side = title_phrase(finder, first)
    if side is not None and side.kind == "team" or side is not None and title_word(side.noun) in SIDE_POSTS:
        phrase.organisations = list(side.organisations)
        phrase.mistyped |= side.mistyped


def _own_title(finder: ArgumentFinder, root: Token) -> Optional[RolePhrase]:
    # The parser may hang the title on the first name ("Chair" <- "Debbie" in "Committee Chair Debbie Wasserman Schultz").
    name = [root] + [t for t in root.lefts if finder.mention_at(t) is not None and finder.mention_at(t) == finder.mention_at(root)]
    # a title with its own "of" phrase is parsed as a modifier of the name: "Secretary of State John
    # Kerry", "former Director of National Intelligence James Clapper" (only a known role noun)
    titles = sorted((t for word in name for t in word.lefts if finder.mention_at(t) is None and (
                     noun_or_position(t) and (t.dep_ == "compound" or t.dep_ == "nmod" and is_role_noun(t.lemma_)
                                              and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))
                     or t.dep_ == "amod" and _hyphened_adjective_title(t))), key=lambda t: t.i)
    for title in reversed(titles):  # the one nearest the name heads the title
        if holds_no_post(title):
            return None  # "billionaire and Trump critic Mark Cuban" holds no post with Trump
        phrase = _named_post(finder, title, root)
        if phrase is not None:
            return phrase
    if titles:
        return None
    title = _title_before_rank(finder, root) or _title_heading_name(finder, root)
    return _named_post(finder, title, root) if title is not None else None


def _hyphened_adjective_title(word: Token) -> bool:
    """A hyphened title the tagger read as an adjective: "National Bank of Hungary first vice-president
    Janos Fekete", "BHPGM chairman-designate John Gough" (the suffix heading the title)."""
    return "-" in word.text and is_role_noun(word.lemma_) or hyphened_title(word) is not None


def _title_heading_name(finder: ArgumentFinder, root: Token) -> Optional[Token]:
    """"Washington Post reporters Bob Woodward and Carl Bernstein": the parser makes the title the
    head and the name its apposition; right before the name, with no comma, it is still a title."""
    head = root.head
    if root.dep_ != "appos" or head.i >= root.i or head.pos_ != "NOUN" or finder.mention_at(head) is not None:
        return None
    mention = finder.mention_at(root)
    first = min((t.i for t in root.subtree if finder.mention_at(t) == mention), default=root.i)
    if first != head.i + 1 or not is_role_noun(head.lemma_) or holds_no_post(head):
        return None
    return head


def _title_before_rank(finder: ArgumentFinder, root: Token) -> Optional[Token]:
    """"Vancouver Police spokesperson Const. Tim Fanning": a rank between a role noun and the name
    belongs to the title, but the parser cuts the chain there (the rank a full stop, or the role
    noun the clause's subject); the role noun right before the rank heads the title."""
    mention = finder.mention_at(root)
    doc = root.doc
    first = next((t for t in doc[max(0, root.i - 4):root.i + 1] if t.idx >= mention.start), root) if mention else root
    if first.i < 2:
        return None
    rank, title = doc[first.i - 1], doc[first.i - 2]
    if rank.lower_ not in TITLE_ABBREVIATIONS and rank.lower_ not in RANK_WORDS or not rank.text[:1].isupper():
        return None
    if finder.mention_at(title) is not None or title.pos_ not in ("NOUN", "PROPN") or not is_role_noun(title.lemma_) \
            or holds_no_post(title):
        return None
    return title


def _named_post(finder: ArgumentFinder, title: Token, root: Token) -> Optional[RolePhrase]:
    """A title word the lexicon does not know, before a name, with an organisation in front:
    "White House intern Monica Lewinsky" holds a post there; places say nothing without a role."""
    phrase = read_role(finder, title, holder=root, plural=bool(root.conjuncts))
    if phrase is not None:
        if not (phrase.organisations or phrase.states or phrase.homes or phrase.served) and (
                title.lemma_.lower() in MEMBERSHIP_TITLES or phrase.kind == "occupation"):
            # "To celebrate the band's formation, founding members X, Y ...", "said CEO Craig Menear
            # in the company's news release": the post is in the organisation a description in the
            # same sentence stands for
            phrase.organisations = _described_group(finder, title)
        if not (phrase.organisations or phrase.states or phrase.homes or phrase.served) and phrase.kind in ("occupation", "office"):
            phrase.organisations = reported_organisation(finder, title, phrase.text, root)
        return phrase
    if title.lemma_.lower() in THING_TITLE_NOUNS:
        return None  # "the Christian Brothers' school St Fintian's", "Cage's character Ben Gates": no post
    organisations = []
    for token in title.subtree:
        mention = finder.mention_at(token)
        if mention is not None and finder.label(mention) == "ORG" and mention not in organisations:
            organisations.append(mention)
    if not organisations:
        return None
    named = {t.i for t in title.subtree if finder.mention_at(t) is not None}
    # "Former BBC chat show host X", "ex-BBC host X": the past is the status, no word of the role
    # (the parse may leave "ex" of "ex-BBC" outside the title, its hyphen inside)
    tokens = list(title.subtree)
    doc, first = title.doc, title.left_edge.i
    if doc[first].text == "-" and first > 0 and doc[first - 1].lower_ in PAST_ROLE_WORDS:
        tokens.insert(0, doc[first - 1])
    words = [t for t in tokens if t.i not in named and t.dep_ not in ("det", "case", "punct")
             and t.lower_.strip("-") not in PAST_ROLE_WORDS and not (t.text == "-" and t.i <= first)]
    text = " ".join(t.text for t in words)
    return RolePhrase(title, "occupation", text=text, status=post_status(title, tokens), organisations=organisations)


MEMBERSHIP_TITLES = frozenset({"member", "co-founder", "founder", "cofounder"})
# Words before a name that name a thing, a place or a part, not anyone's post (what the NER typed PERSON
# after them is no holder: "the EU directive, WEEE", "the Christian Brothers' school St Fintian's")
THING_TITLE_NOUNS = NOT_PERSON_KIND_NOUNS | WORK_NOUNS | STARRED_WORK_NOUNS | frozenset(
    {"school", "college", "character", "directive", "affiliate"})  # "the Keanu Reeves sci-fi thriller Constantine"


def _described_group(finder: ArgumentFinder, title: Token) -> list[Mention]:
    # only a possessive description, which speaks of the organisation's own doings ("the company's
    # release", "the band's formation"); "who work for the company, according to election lawyer X"
    # is about another one (read on PolNeAR train)
    for token in title.sent:
        if token.lemma_.lower() in DESCRIBED_ORG_NOUNS and token.dep_ == "poss":
            group = finder.entity(token)
            if group is not None and finder.label(group) == "ORG":
                return [group]
    return []


def title_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    yield from party_state_rules(finder, mention, root)
    phrase = title_phrase(finder, root)
    if phrase is not None and phrase.status is None and left_post(root):
        phrase = replace(phrase, status="former")
    if phrase is None:
        yield from _title_prep_org(finder, mention, root)
    if phrase is not None:
        yield from phrase_candidates([mention], phrase, "title", (phrase.noun,))
        yield from _staff_of_one_named_before(finder, mention, phrase)
        if phrase.kind == "office" and not phrase.organisations:
            # "President Xi Jinping of China": the state after the name is the one served; not when the
            # title names the body ("Senate Majority Leader Robert Byrd of West Virginia": his home)
            states = [m for prep in root.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                      for pobj in prep.children if pobj.dep_ == "pobj" for m in finder.group(pobj)
                      if finder.label(m) in PLACE_LABELS]
            served = RolePhrase(phrase.noun, "office", text=phrase.text, status=phrase.status, states=states)
            yield from phrase_candidates([mention], served, "title", (phrase.noun,))


def _staff_of_one_named_before(finder: ArgumentFinder, mention: Mention, phrase: RolePhrase) -> Iterator[Candidate]:
    """"Mary Jones died on Thursday, her spokesman said. / ..., spokesman John Hall said": a personal
    staff title with nobody of its own ("spokesman", "publicist", "lawyer" alone) before a name is
    the staff of the one person a possessive gave that same title, unnamed, in its sentence or the
    one before. Another 'her spokesman' named there, or two owners, and it is nobody's."""
    noun = phrase.noun
    if title_word(noun) not in PERSONAL_STAFF_NOUNS or phrase.organisations or phrase.states or phrase.served \
            or any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in noun.children):
        return
    doc, sentence = noun.doc, noun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    owners: dict[int, Mention] = {}
    for token in doc[start:noun.i]:
        if token.lemma_.lower() != noun.lemma_.lower() or token.pos_ != "NOUN":
            continue
        if any(finder.mention_at(c) is not None and finder.label(finder.mention_at(c)) == "PERSON"
               for c in token.children if c.dep_ in ("appos", "compound")) or finder.mention_at(token) is not None:
            return  # "her spokesman Tim Brown" before: another of her staff may be meant
        for owner in (c for c in token.children if c.dep_ == "poss"):
            named = finder.mention_at(owner)
            people = [finder.index.root(named)] if named is not None else pronoun_owner(finder, owner)
            owners.update((person.index, person) for person in people if finder.label(person) == "PERSON")
    holder = finder.index.root(mention)
    if len(owners) == 1 and holder.index not in owners:
        owner = next(iter(owners.values()))
        yield Candidate("affiliated_with", mention, owner, "bare_title_staff", (noun,), dict(phrase.qualifiers()))


TITLE_PREPOSITIONS = frozenset({"to", "of", "at"})
OFFICE_NAME_WORDS = PORTFOLIO_WORDS | {"state"}


def _title_prep_org(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"U.S. Ambassador to the European Union Gordon Sondland": a capitalised title with its
    organisation after a preposition, right before the name. The parser hangs the name inside the
    prepositional phrase ("Sondland" as the object of "to"), so this reads the words in order."""
    doc = root.doc
    own = [t.i for t in root.subtree if finder.mention_at(t) == mention]
    if not own:
        return  # a mention standing for another (a pronoun, a description) has no name of its own here
    start = min(own)
    if len(mention.text.split()) < 2:
        return  # "President of CNN Worldwide": a lone word after the organisation is more of its name
    org_end = doc[start - 1] if start > 0 else None
    org = finder.mention_at(org_end) if org_end is not None else None
    if org is None or finder.label(org) != "ORG" or org == mention or is_ceremony(org):
        return
    first = min((t.i for t in doc[max(0, start - 12):start] if finder.mention_at(t) == org), default=start - 1)
    if first == start - 1 and not org_end.text.isupper() or doc[first].lower_ in OFFICE_NAME_WORDS:
        # "Secretary of State Mike Pompeo", "Under Secretary of State for Political Affairs Wendy
        # Sherman": one capitalised word, or a portfolio, after a title is the office's own name
        return
    position = first - 1
    if position >= 0 and doc[position].lower_ == "the":
        position -= 1
    if position < 1 or doc[position].lower_ not in TITLE_PREPOSITIONS:
        return
    title = doc[position - 1]
    if not (title.text[:1].isupper() and title.pos_ in ("NOUN", "PROPN") and is_role_noun(title.lemma_)
            and finder.mention_at(title) is None and title.lemma_.lower() not in NON_POST_NOUNS):
        return
    yield Candidate("affiliated_with", mention, org, "title_org", (title,), {"role": title.text})




def party_state_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"Sen. Ted Cruz, R-Texas", "Rep. Bob Goodlatte (R-Va.)": a legislator's party and the state
    they represent, written after the name; the state is the one served, with the title's role."""
    doc = root.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end + 3 >= len(doc):
        return
    opener, letter, dash = doc[span.end], doc[span.end + 1], doc[span.end + 2]
    if opener.text == "(" and finder.mention_at(letter) is not None and dash.text == ")":
        # "Rep. Debbie Wasserman Schultz (Fla.)": the state alone, for a legislator's title
        role = _seat_title(title_phrase(finder, root))
        state = finder.mention_at(letter)
        if role is not None and finder.label(state) in PLACE_LABELS:
            yield Candidate("affiliated_with", mention, state, "party_state", (letter,), {"role": role})
        return
    if opener.text not in (",", "(") or letter.text not in PARTY_TAG_LETTERS or dash.text not in ("-", "–"):
        return
    state = finder.mention_at(doc[span.end + 3])
    if state is None or finder.label(state) not in PLACE_LABELS:
        return
    role = _seat_title(title_phrase(finder, root))
    qualifiers = {"role": role} if role is not None else {}
    yield Candidate("affiliated_with", mention, state, "party_state", (letter,), qualifiers)
    party = party_named(finder, [letter.text])
    if party is not None:
        yield Candidate("affiliated_with", mention, party, "party_letter", (letter,), {"role": "member"},
                        None if finder.label(party) in ORG_LABELS else "ORG")  # "the Tories" typed NORP


def _seat_title(title: Optional[RolePhrase]) -> Optional[str]:
    """The title as written when it names a seat held for a state ("Sen.", "Congresswoman"); None for
    a post in the chamber ("Minority Leader", "House Majority Whip"), which is not the state's."""
    if title is None or title.kind != "office" or not title.text or title.organisations:
        return None
    last = title.text.split()[-1].lower()
    return title.text if TITLE_ABBREVIATIONS.get(last, last) in LEGISLATOR_TITLES else None


def holds_office(finder: ArgumentFinder, root: Token) -> bool:
    """Whether the name carries a state office before it ("President Xi Jinping"): a place after
    it is then the state served, not a home."""
    phrase = title_phrase(finder, root)
    return phrase is not None and phrase.kind == "office"


def _common_noun(finder: ArgumentFinder, token: Token) -> bool:
    """Not a name, or a party word used as a noun ("the top Democrat on the committee")."""
    mention = finder.mention_at(token)
    return mention is None or (finder.label(mention) == "NORP" and mention.end - mention.start == len(token.text))


def apposition_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"X, the head of ASPI", "the head of ASPI, X", "X, Hong Kong's new police commissioner"."""
    nouns = [c for c in root.children if c.dep_ == "appos" and _common_noun(finder, c)]
    if root.dep_ == "appos" and _common_noun(finder, root.head) and root.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(root.head)
    if root.dep_ == "nsubj":
        # a role fronted before the name: "Now the chancellor of Baylor University, Starr has ..."
        # (parsed as a second subject, ended by a comma)
        nouns += [c for c in root.head.children if c.dep_ == "nsubj" and c.i < root.i and c.pos_ in ("NOUN", "PROPN")
                  and finder.mention_at(c) is None and root.doc[root.i - 1].text == ","
                  and all(t.i < root.i - 1 for t in c.subtree)]
        # "As a New York senator, Hillary Clinton voted ...": a role in a fronted "as" phrase
        first = root.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        first = first.start if first is not None else root.i
        nouns += [pobj for prep in root.head.children if prep.dep_ == "prep" and prep.lower_ == "as"
                  and prep.i < first and root.doc[first - 1].text == ","
                  for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN")
                  and finder.mention_at(pobj) is None]
    # "X, chairman and CEO of Y" holds both; in "an ex-girlfriend (A) and a CIA operative (B)" the
    # second noun has a name of its own and says nothing about A
    nouns += [conj for t in nouns for conj in t.conjuncts if finder.mention_at(conj) is None
              and not any(c.dep_ == "appos" and finder.mention_at(c) is not None for c in conj.children)]
    nouns += [t for t in titles_in_objects(nouns) if finder.mention_at(t) is None and t not in nouns]
    for noun in nouns:
        phrase = read_role(finder, noun)
        if phrase is not None and phrase.status is None and left_post(root):
            phrase = replace(phrase, status="former")  # "X, its president, retired"
        if phrase is not None:
            yield from phrase_candidates([mention], phrase, "appos", (noun,))
        elif noun.lemma_.lower() in NON_POST_NOUNS:
            # "winner of the Aldo Beckman award", "a Sanders supporter": accounted for, and no post
            for token in noun.subtree:
                other = finder.mention_at(token)
                if other is not None and other.index != mention.index:
                    yield Candidate(NOT_RELATED, mention, other, "appos_non_post", (noun,))
