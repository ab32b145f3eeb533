"""Role phrases: what a role noun says about the person who holds it.

One analysis for the affiliation and residence rules, so that a title, an apposition and a
predicate noun are read alike: "Japan's Prime Minister X", "X, Hong Kong's new police
commissioner", "X is a Fargo resident", "former Indiana University basketball coach X".

`read_role(finder, noun)` returns the phrase's
- text: its words less determiners, past-role words and names ("NSW Transport Minister" ->
  "Transport Minister", "then-administrator of the EPA" -> "administrator");
- status: "former" after former / ex- / then-, "current" after sitting / acting / incumbent;
- organisations: the employers it names (a possessive, a modifier, "at / for / with / of / on / in");
- places, read by the kind of role:
  * a state office (president, minister, ambassador, senator, general, police commissioner):
    the place modifying it or after "of" is the state served, an affiliation, never a residence;
    a place after "to" or "in" is the posting ("ambassador to Britain", "commander in Iraq");
  * a subject-matter role (analyst, correspondent): a modifying place is the topic, as is an
    organisation right before the noun after another one ("Fox News White House correspondent");
  * a player of a team sport: a place before it names the club ("a Barcelona soccer player");
  * a residence noun (resident, native) or any other occupation (surgeon, lawyer): where the
    holder lives or comes from.
  A place modifying an organisation of the phrase ("Henrico County GOP chairman") belongs to it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.entities.mentions import nationality_word
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.extract.relations.arguments import ArgumentFinder, pronoun_owner
from pipeline.extract.relations.descriptions import described_organisation, described_state
from pipeline.extract.relations.lexicon import (
    CAMPAIGN_FUNDING_NOUNS, CAMPAIGN_NOUNS, FACILITY_NOUNS, PERSONAL_STAFF_NOUNS,
    RACE_ROLE_NOUNS, SEAT_NOUNS, STAFF_NOUNS, is_role_noun,
)
from pipeline.extract.relations.memberships import group_owners, heads_an_unnamed_group, unit_owner_token, unit_owners
from pipeline.extract.relations.parties import party_named
from pipeline.extract.relations.role_names import (
    a_portfolio, mistyped_club, mistyped_organisation, of_a_ministry, party_of_two_words, portfolio_after,
    state_portfolio, states_a_record, states_of_nationality, team_named,
)
from pipeline.extract.relations.office_words import office_organisation, portfolio_department
from pipeline.extract.relations.role_kinds import role_kind, sports_role_word, title_word
from pipeline.extract.relations.role_places import (
    cut_from_county, modifies_outside_possessives, not_homes, places_of_unnamed_bodies, with_organisations_of_places,
    without_qualifiers,
)
from pipeline.extract.relations.role_status import post_status
from pipeline.extract.relations.role_words import NOW_WORDS, heading_organisation, left_modifiers, role_words
from pipeline.case_words import DEED_PERSON_NOUNS
from pipeline.name_strings import country, name_key
from pipeline.party_words import PARTY_KEYS
from pipeline.lexicon import (
    KINSHIP_NOUNS, STATE_DEPARTMENT, LEGAL_SUFFIXES, ORG_CLASS_NOUNS, ORG_DESCRIPTORS, ORG_LABELS,
    PERSON_HOME_NOUNS, PLACE_LABELS, NON_POST_NOUNS, RANK_WORDS,
)
from pipeline.sports_words import (
    FOOTBALL_POSITIONS, NICKNAMED_TEAM_ROLES, SPORTS_ONLY_TEAM_ROLES, TEAM_GROUP_NOUNS, TEAM_STAFF_NOUNS,
)

# Head words of an institution's name: "American University", "Acme Corp.", "Brookings Institution".
INSTITUTION_HEADS = ORG_CLASS_NOUNS | ORG_DESCRIPTORS | FACILITY_NOUNS | LEGAL_SUFFIXES | frozenset({
    "institute", "institution", "laboratory", "laboratories", "observatory", "foundation", "group", "bank"})
EMPLOYER_PREPS = frozenset({"at", "for", "with", "of", "on", "in"})
STATE_PREPS = frozenset({"of", "from"})  # "President Xi Jinping of China"
HOME_PREPS = frozenset({"of", "from", "in"})  # "a native of Chisholm", "a lawyer in Boston"
# A deed or a family tie, no post at the one named with it: "Napier's killer X", "Miller's widow X"
# ("a partner at Acme" is a post; "Jackson's lawyer", "her agent" work for the client: staff).
TIE_NOUNS = DEED_PERSON_NOUNS | KINSHIP_NOUNS - {"partner"}


@dataclass
class RolePhrase:
    noun: Token
    kind: str  # "office", "topic", "team", "resident" or "occupation"
    text: str = ""
    status: Optional[str] = None
    organisations: list[Mention] = field(default_factory=list)
    states: list[Mention] = field(default_factory=list)
    homes: list[Mention] = field(default_factory=list)
    postings: list[Mention] = field(default_factory=list)  # names the role is about or posted to: no home, no employer
    current: list[Mention] = field(default_factory=list)  # employers after "now": "a former NSA lawyer now at Brookings"
    party: Optional[Mention] = None  # the party a party word names: "Republican Sen. X"
    served: list[Mention] = field(default_factory=list)  # the person a staff role works for: "Rubio press secretary X"
    mistyped: set[int] = field(default_factory=set)  # employers the NER typed a place or a person ("Jefferies analyst")

    def qualifiers(self) -> dict[str, str]:
        found = {"role": self.text} if self.text else {}
        if self.status:
            found["status"] = self.status
        return found


def _prep_mentions(finder: ArgumentFinder, noun: Token) -> list[tuple[Token, Mention]]:
    """(preposition, mention) for the names after the noun's prepositions, looking one noun further
    when the first object names none ("head of China investigations at ASPI")."""
    found: list[tuple[Token, Mention]] = []
    frontier = [noun]
    while frontier:
        token = frontier.pop(0)
        for prep in token.children:
            if prep.dep_ != "prep":
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pcomp" and token.i == noun.i:
                    frontier.append(pobj)  # "director of gaming VR/AR at firm IDC": the employer hangs off the gerund
                if pobj.dep_ != "pobj":
                    continue
                # "a member of Acme Corp.'s board of directors": the unnamed board's owner (not what
                # "member of" makes the board stand for, the member); a named one is itself the seat
                mentions = [m for c in pobj.children if c.dep_ == "poss" for m in finder.group(c)
                            if finder.label(m) in ORG_LABELS] \
                    if pobj.lemma_.lower() in SEAT_NOUNS and finder.mention_at(pobj) is None else []
                mentions = mentions or finder.group(pobj)
                if not mentions and pobj.lemma_.lower() in CAMPAIGN_NOUNS:
                    # "a spokesman for the Clinton campaign": the person whose campaign it is
                    mentions = [m for c in pobj.children if c.dep_ in ("compound", "poss")
                                for m in finder.group(c) if finder.label(m) == "PERSON"]
                # "head of Mafia clans", "an employee at a Kraft plant" (whose "in" is still read below),
                # "chief of the Finance Ministry's budget division"
                found.extend((prep, m) for m in mentions or group_owners(finder, pobj) or unit_owners(finder, pobj))
                if not mentions and pobj.pos_ in ("NOUN", "PROPN") and token.i == noun.i:
                    frontier.append(pobj)
    return found


def _on_campaign(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in CAMPAIGN_NOUNS for c in prep.children)


def read_role(finder: ArgumentFinder, noun: Token, holder: Optional[Token] = None,
              plural: bool = False) -> Optional[RolePhrase]:
    """The role phrase headed by `noun`, held by the name whose root is `holder` (for a title
    before a name), or None when the noun names no role. A plural noun describes one person only
    as a misreading ("Clinton isn't the only person breaking barriers"), unless `plural`."""
    if noun.tag_ in ("NNS", "NNPS") and not plural:
        return None
    modifiers = heading_organisation(finder, noun) + left_modifiers(noun, holder)
    # "Trump rival Sen. Ted Cruz": what comes before a rival or a supporter is no part of the title
    cut = max((t.i for t in modifiers if t.lemma_.lower() in NON_POST_NOUNS), default=None)
    if cut is not None:
        modifiers = [t for t in modifiers if t.i > cut]
    plain = [t for t in modifiers if finder.mention_at(t) is None]
    kind = role_kind(noun, plain)
    if kind is None and noun.lemma_.lower() in PERSON_HOME_NOUNS and any(
            (m := finder.mention_at(t)) is not None and finder.label(m) in ("GPE", "LOC") for t in modifiers):
        kind = "resident"  # "a Vancouver man", "Bronx teenager X": news writes where the person lives
    if kind is None and noun.pos_ == "NOUN" and noun.text.islower() and any(
            (modifies_outside_possessives(t, noun) or holder is not None and modifies_outside_possessives(t, holder))
            and (m := finder.mention_at(t)) is not None and nationality_word(m) for t in modifiers):
        kind = "resident"  # "Australian singer Kylie Minogue": a nationality says where the person comes from
    if kind is None:
        return None
    phrase = RolePhrase(noun, kind)
    left_mentions: list[Mention] = []
    described_words: set[int] = set()  # "the club's": the organisation's words, no part of the role
    pronoun_owned: set[int] = set()  # people named by a possessive pronoun ("his agent")
    for token in modifiers:
        mention = finder.mention_at(token)
        if mention is None and token.dep_ == "poss" and token.head.i == noun.i:
            # "the club's executive director, Jeremy Boreing": the organisation the description stands for
            described = described_organisation(finder, token)
            mention = described if described is not None and finder.label(described) in ORG_LABELS else None
            mention = mention or described_state(finder, token)  # "the state's historic preservation official"
            if mention is None and title_word(noun) in PERSONAL_STAFF_NOUNS:
                # "his agent Marc Cornstein", "her spokesman, X": the person the pronoun stands for
                owners = pronoun_owner(finder, token)
                mention = owners[0] if len(owners) == 1 else None
                pronoun_owned.update(m.index for m in owners)
            elif mention is not None:
                # its latest name before the description, so that the evidence stays near it
                mention = max((m for m in finder.index.mentions if m.start < token.idx and m.refers_to is None
                               and m.text == mention.text), key=lambda m: m.start, default=mention)
                described_words.update(t.i for t in token.subtree)
        if mention is not None and all(m.index != mention.index for m in left_mentions):
            left_mentions.append(mention)
    left_mentions, joining = with_organisations_of_places(finder, noun, left_mentions)
    described_words |= joining
    unnamed_bodies = places_of_unnamed_bodies(noun, left_mentions)  # "Frankfurt stock exchange president"
    phrase.postings += unnamed_bodies
    left_mentions = [m for m in left_mentions if m not in unnamed_bodies]
    # "Defence Secretary X": the portfolio is the title's; "Liberal Democrat leader X": the party whole
    portfolios = [m for m in left_mentions if a_portfolio(finder, m, noun)]
    party_words_at, two_word_party = party_of_two_words(finder, modifiers)
    described_words |= party_words_at
    left_mentions = [m for m in left_mentions if m not in portfolios
                     and not any(finder.mention_at(noun.doc[i]) == m for i in party_words_at)]
    staff = title_word(noun) in STAFF_NOUNS or noun.lemma_.lower() in STAFF_NOUNS
    if kind in ("occupation", "topic") and not staff:
        # "Jefferies analyst X" with Jefferies tagged GPE, "Goddard planetary scientist X" with Goddard a PERSON
        phrase.mistyped = {m.index for m in left_mentions[-1:] if mistyped_organisation(finder, m, kind)}
    elif kind == "team":
        phrase.mistyped = {m.index for m in left_mentions[-1:] if mistyped_club(finder, m)}
    left_orgs = [m for m in left_mentions if finder.label(m) in ORG_LABELS or m.index in phrase.mistyped]
    if two_word_party is not None:  # named "the Liberal Democrats", which the model may type NORP
        left_orgs.append(two_word_party)
        phrase.mistyped |= {two_word_party.index} if finder.label(two_word_party) not in ORG_LABELS else set()
    # accounted for: no employer, and no pair for the scorer to guess; the department, when the
    # article names it ("Labor Secretary X" beside "the Labor Department"), is the employer
    phrase.postings += portfolios
    left_orgs += [d for m in portfolios if (d := portfolio_department(finder, m, noun)) is not None and d not in left_orgs]
    team_places: set[int] = set()
    left_places = [m for m in left_mentions if finder.label(m) in PLACE_LABELS and m.index not in phrase.mistyped]
    counties = cut_from_county(finder, left_places)  # "Oakland County Prosecutor": not Oakland's office
    phrase.postings += counties
    left_places = [m for m in left_places if m not in counties]
    if kind == "topic":
        if len(left_orgs) > 1:
            # "Fox News Channel White House correspondent": the beat is not the employer
            phrase.postings += left_orgs[1:]
            left_orgs = left_orgs[:1]
        phrase.postings += left_places
        left_places = []
    elif kind == "resident":
        left_places, left_orgs = left_places + left_orgs, []  # "a Fargo resident" with Fargo read as an ORG
    elif kind == "unattached":
        phrase.postings += left_places + left_orgs  # "Atlanta free agent X": accounted for, and no claim
        left_places, left_orgs = [], []
    elif kind == "team" or title_word(noun) in TEAM_STAFF_NOUNS and left_places and not left_orgs:
        # "a Barcelona soccer player", "Houston quarterback X": the city stands for its club; the
        # claim goes to the club when the article names it ("Houston Texans"); else to the city's
        # name, unless the league's clubs all bear a nickname (then to nobody; not a national side: "England coach X")
        nicknamed = title_word(noun) in NICKNAMED_TEAM_ROLES
        # a nationality is where the player comes from, not a side: "Italian striker Arturo Lupoli" (of Arsenal)
        phrase.homes += [m for m in left_places if nationality_word(m)]
        left_places = [m for m in left_places if not nationality_word(m)]
        teams = {m.index: team_named(finder, m) or (None if nicknamed and not country(name_key(m.text)) else m) for m in left_places}
        team_places = {m.index for m in left_places if teams[m.index] is not m}
        # the place's own name for the side ("Scotland doctor X", "Cardiff defender X" in a sports report) is
        # the club, not the city typed._city_for_club drops; not a US city before a position ("Atlanta
        # defensive end X": the Falcons)
        if nicknamed or sports_role_word(noun) in SPORTS_ONLY_TEAM_ROLES or title_word(noun) in TEAM_GROUP_NOUNS \
                or title_word(noun) in FOOTBALL_POSITIONS and sports_article(noun.doc):
            phrase.mistyped |= {m.index for m in left_places if teams[m.index] is m}
        phrase.postings += [m for m in left_places if teams[m.index] is None]
        left_orgs, left_places = left_orgs + [t for t in teams.values() if t is not None], []
    elif left_orgs or kind == "office" and any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in modifiers):
        # "Henrico County GOP chairman": the county qualifies the party, and is no home either; nor
        # is "its UK chief executive" (the firm's unit for the country) an office of the state
        phrase.postings += left_places
        left_places = []
    phrase.organisations = list(left_orgs)
    if title_word(noun) in STAFF_NOUNS or noun.lemma_.lower() in STAFF_NOUNS or title_word(noun) in PERSONAL_STAFF_NOUNS and any(
            t.dep_ == "poss" for t in modifiers):  # "Dalembert's agent X", not "a Secret Service agent for X"
        # "Rubio press secretary Alex Conant", "Clinton campaign chairman John Podesta": a person's
        # staff work for that person (their campaign or office), named by the person
        # (the name within the title's own words: not "Cameron Parish (county), civil defense director")
        text = doc_text(noun.doc)
        phrase.served = [m for m in left_mentions if finder.label(m) == "PERSON" and m.index in pronoun_owned] + [
                         m for m in left_mentions if finder.label(m) == "PERSON" and m.index not in pronoun_owned
                         and not any(c in text[m.end:noun.idx] for c in ",()\n;:")
                         and not {"and", "or", "&"} & set(text[m.end:noun.idx].split())  # "Trump and Clinton campaign chairman X"
                         and text[m.end:m.end + 1] != "-"  # "Oscar-winning director": no person served
                         # "Harry Potter director Alfonso Cuaron": a bare director of a name directs a work
                         # (a person's director is "campaign director", "communications director")
                         and not (title_word(noun) == "director" and not text[m.end:noun.idx].strip())]
    used_preps: set[int] = set()
    portfolio = False
    turn = min((t.i for t in noun.subtree if t.i > noun.i and t.lower_ in NOW_WORDS), default=None)
    for prep, mention in _prep_mentions(finder, noun):
        word, label = prep.lower_, finder.label(mention)
        if turn is not None and prep.i > turn:
            if label in ORG_LABELS:
                phrase.current.append(mention)
            continue
        if kind == "office" and state_portfolio(prep, mention):
            # "Secretary of State": the office's own words; a place before it is the state served
            # ("Missouri Secretary of State X"), else the department is the employer
            portfolio = True
            # "Republican Secretary of State Jon Husted": a party's secretary of state is a state's
            # (the entity stage names the federal one's "State" the State Department)
            if mention.name == STATE_DEPARTMENT and not left_places and not of_a_ministry(prep, mention) \
                    and not any(t.lower_ in PARTY_KEYS for t in modifiers):
                phrase.organisations.append(mention)
            continue
        if kind == "office" and label in ORG_LABELS and portfolio_after(prep, mention, noun):
            phrase.postings.append(mention)  # the title's portfolio: no employer, no pair for the scorer
            continue
        if label in ORG_LABELS and word in EMPLOYER_PREPS:
            phrase.organisations.append(mention)
            owner = unit_owner_token(finder, prep, mention)
            if owner is not None:  # the unit stays in the role: "head of London mergers office"
                used_preps.add(owner.i)
                continue
        elif word == "at" and kind in ("occupation", "topic") and not staff and mistyped_organisation(finder, mention, kind):
            phrase.organisations.append(mention)  # "senior vp partnerships at Ubisoft" with Ubisoft tagged GPE
            phrase.mistyped.add(mention.index)
        elif label == "PERSON" and word in ("to", "for") and (title_word(noun) in STAFF_NOUNS or noun.lemma_.lower() in STAFF_NOUNS):
            phrase.served.append(mention)  # "a senior strategist for Sanders", "press secretary to Clinton"
            if _on_campaign(prep):
                used_preps.add(prep.i)
            continue
        elif label == "PERSON" and _on_campaign(prep) and word in EMPLOYER_PREPS | {"to"} \
                and noun.lemma_.lower() not in CAMPAIGN_FUNDING_NOUNS:
            phrase.served.append(mention)  # "director of the Trump campaign", "a volunteer on Sanders' campaign"
            used_preps.add(prep.i)
            continue
        elif label in PLACE_LABELS and kind == "office" and word in STATE_PREPS:
            phrase.states.append(mention)
        elif label in PLACE_LABELS and kind in ("resident", "occupation") and word in HOME_PREPS \
                and not heads_an_unnamed_group(finder, noun):
            phrase.homes.append(mention)
        else:
            if label in PLACE_LABELS:
                phrase.postings.append(mention)  # "ambassador to Britain", "commander in Iraq", "expert on China"
            continue
        used_preps.add(prep.i)
    if used_preps and any(finder.label(m) in ORG_LABELS for m in phrase.organisations):
        # "a planetary scientist at NASA's Goddard Space Flight Center ..., and American University"
        # parsed with the second employer coordinated to the role noun, a name whose head word says it
        # is an institution is an employer too ("..., secretary of State and senator, and Sanders" is
        # a list of people, whatever the NER made of Sanders)
        phrase.organisations += [m for conj in noun.conjuncts if (m := finder.mention_at(conj)) is not None
                                 and finder.label(m) in ORG_LABELS and m not in phrase.organisations
                                 and m.text.split()[-1].casefold() in INSTITUTION_HEADS]
    if not left_mentions and not phrase.organisations and not phrase.states and kind in ("occupation", "office"):
        # "navy spokesman X" where the article names the Indian Navy (office_words.py); not a role
        # that names its employer after it ("an education professor at Harvard")
        phrase.organisations += [m for m in [office_organisation(finder, noun, plain)] if m is not None]
    # "Republican presidential candidate X", "X, a Democrat": the party, when the article names it
    party_words = [t.text for t in [*modifiers, noun] if t.text[:1].isupper() and t.lower_ in PARTY_KEYS
                   and t.i not in party_words_at and finder.mention_at(t) not in portfolios]  # "Labour Minister X"
    party = party_named(finder, party_words) if party_words and not phrase.organisations else None
    if party is not None:
        phrase.organisations.append(party)
        phrase.party = party
        phrase.mistyped |= {party.index} if finder.label(party) not in ORG_LABELS else set()  # "the Tories" NORP
    if kind == "office":
        phrase.states = without_qualifiers(finder, left_places) + phrase.states
        team_places |= {m.index for m in left_places}  # "Harrison County, Miss., coroner" -> "coroner"
        if not phrase.states and all(party is not None and m.index == party.index for m in phrase.organisations):
            phrase.states = states_of_nationality(finder, left_mentions)
    elif kind == "occupation" and noun.lemma_.lower() in RACE_ROLE_NOUNS:
        # "a Senate candidate in Iowa", "an Iowa candidate": where the race is, not where the holder lives
        phrase.postings += left_places + phrase.homes
        phrase.homes = []
    elif kind == "occupation" and states_a_record(modifiers):
        # "America's first female presidential nominee": the place's record books ("Hun Sen, second
        # prime of Cambodia" still comes from Cambodia)
        phrase.postings += left_places
    elif kind in ("resident", "occupation"):
        # "Atlanta free agent"; after the noun too: "a try-scorer in Rome" (a sports report), "a gunman in Paris"
        elsewhere = not_homes(finder, noun, left_places + phrase.homes, occupation=kind == "occupation")
        if kind == "occupation" and phrase.organisations:
            # "US economist at Merrill Lynch", "Europe coordinator at X": a country's or a region's desk
            # ("South Carolina director for the campaign" likely works there)
            elsewhere += [m for m in left_places if m not in elsewhere
                          and (country(name_key(m.text)) or finder.label(m) == "LOC")]
        if kind == "occupation" and _state_post(finder, noun, left_places):
            # "Britain's Europe Director X": a capitalised post a country's possessive owns is the
            # state's; the places in it are its desk, nobody's home
            phrase.states += [m for m in left_places if _possessive_country(finder, m)]
            elsewhere += [m for m in left_places if m not in elsewhere]
        phrase.postings += elsewhere
        phrase.homes = [m for m in left_places + phrase.homes if m not in elsewhere]
    # a portfolio that is its own department stays in the role: "Commerce Secretary" of the Commerce Department
    named = {m.index for m in phrase.organisations + phrase.states + phrase.homes + phrase.served
             if m not in portfolios} | team_places
    if kind == "office" and phrase.states:
        named |= {m.index for m in left_mentions if finder.label(m) == "NORP"}  # "Ukrainian President" -> "President"
    phrase.text = role_words(finder, noun, [t for t in modifiers if t.i not in described_words], named,
                             used_preps | described_words)
    if portfolio:
        phrase.text = phrase.text.removesuffix(" of")
        if phrase.text.endswith(noun.text):
            phrase.text += " of State"
    if noun.tag_ in ("NNS", "NNPS") and phrase.text.endswith(noun.text):
        phrase.text = phrase.text[:-len(noun.text)] + noun.lemma_  # each of "founding members X, Y" is a founding member
    if title_word(noun) in TEAM_GROUP_NOUNS:
        phrase.text = ""  # "Edinburgh pair A and B": each plays for the side, in no role named
    if party is not None:  # "Republican Sen." -> "Sen.", "a Democrat" -> "member"
        # ("Tory ex-minister X" -> "minister": the dash that joined "ex" goes with the party word)
        phrase.text = " ".join(w for w in phrase.text.split() if w.casefold() not in PARTY_KEYS).strip(" -") or "member"
    words = phrase.text.split()
    if len(words) > 1 and words[-1] == noun.text and noun.text[:1].isupper() and title_word(noun) in RANK_WORDS \
            and words[-2].islower() and is_role_noun(words[-2]) and words[-2] not in RANK_WORDS \
            and noun.doc[noun.i - 1].tag_ != "POS":
        # "navy spokesman Commander X": the role is "spokesman", the rank his own ("Attorney General" is
        # one title); "sheriff's Sgt. X" is a sergeant of the sheriff's office, the rank the role
        phrase.text = " ".join(words[:-1])
    phrase.status = post_status(noun, modifiers)
    if noun.lemma_.lower() in TIE_NOUNS:
        phrase.postings += phrase.organisations + phrase.states + phrase.served  # accounted for, not claimed
        phrase.organisations, phrase.states, phrase.served, phrase.current = [], [], [], []
    return phrase


def _possessive_country(finder: ArgumentFinder, place: Mention) -> bool:
    """A country named with a possessive: "Britain's", "the UK's"."""
    return doc_text(finder.doc)[place.end:place.end + 2] in ("'s", "’s") and bool(country(name_key(place.text)))


def _state_post(finder: ArgumentFinder, noun: Token, places: list[Mention]) -> bool:
    """A capitalised post inside a sentence ("Europe Director", not "a leading surgeon") that a
    country's possessive owns."""
    return noun.text[:1].isupper() and not noun.is_sent_start and any(_possessive_country(finder, m) for m in places)
