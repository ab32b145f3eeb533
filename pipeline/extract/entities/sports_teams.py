"""Sports clubs: "<Place> <Nickname>" ("the Philadelphia 76ers", "New Orleans Saints") as one ORG,
and the nickname alone ("the Saints", "the Sixers") as the same club.

The NER reads "the Philadelphia 76ers" as the place Philadelphia followed by nothing, and a lone
"Eagles" as a place. In an article about sport (two different words of sports_words.SPORTS_WORDS, and
one in every TOKENS_PER_SPORTS_WORD tokens), a place name followed by one or two capitalised words ending in a plural
("Saints", "Red Sox", "Trail Blazers") or in a number-noun ("76ers") names a club, unless that
plural is a place's, a party's or a company's word (sports_words.NOT_CLUB_PLURALS: "Florida Keys",
"Iowa Democrats", "New York Times"). In that article:
- the nickname written alone is the club, and so is the spoken form of a number-noun nickname
  (the last digit as a word: "76ers" -> "Sixers", "49ers" -> "Niners");
- in a story that names the club twice or more (in full or by nickname), the club's city as the doer
  or object of a verb or the side beaten ("New Orleans replaced him by signing X", "leading
  Indianapolis to a 20-13 victory over Kansas City") is the club, as a city's name in a sports report
  mostly is; elsewhere (after "in", as a passive's subject) it stays the place.
Every such mention carries the club's full name (Span.kb_id, read as Mention.name), so resolve
makes one entity of them. Nothing names a real club: the patterns are general.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.extract.doctext import doc_text, lemma_lowers, token_lowers
from pipeline.extract.entities.overrides import override_entities
from pipeline.extract.rule_costs import timed_rule
from pipeline.sports_words import (
    FOOTBALL_POSITIONS, INDIVIDUAL_SPORTS_WORDS, MAX_POSITION_WORDS, NOT_CLUB_PLURALS, POSITION_WORDS, SCORE_NOUNS,
    SCORING_VERBS, SIDE_POSTS, SPORTS_ONLY_TEAM_ROLES, SPORTS_WORDS,
)
from pipeline.given_names import is_given_name
from pipeline.lexicon import NAME_TITLES
from pipeline.name_strings import country, known_place, name_key

PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC"})
MAX_PLACE_WORDS = 3  # "Salt Lake City", "Los Angeles", "Philadelphia"
OPPONENT_PREPOSITIONS = frozenset({"over", "against", "versus", "vs", "vs."})
MIN_SPORTS_WORDS = 2
# and one in so many tokens: a city feature that mentions its stadium and NBA team once is no sports report
TOKENS_PER_SPORTS_WORD = 250
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Labels a nickname written alone may carry and still be the club: the NER's guesses for a plural
# name ("Eagles" GPE, "Saints" NORP) or a lone capitalised word.
RELABELLED = frozenset({"GPE", "LOC", "NORP", "PERSON", "ORG", "FAC", "PRODUCT", ""})
# Words of a player's place in his club between the club and his name ("Cardiff defender X", "Wigan boss X").
CLUB_POSITION_WORDS = POSITION_WORDS | SIDE_POSTS
BRITISH_SIDE_POSTS = FOOTBALL_POSITIONS | SPORTS_ONLY_TEAM_ROLES | {"captain"}
MAX_CLUB_WORDS = 3
NUMBER_NOUN_NICKNAME = re.compile(r"\b[1-9][0-9]*ers\b")  # "76ers", "49ers"


def sports_article(doc: Doc) -> bool:
    """Whether the article is about a team sport: two different words of sport (sports_words.SPORTS_WORDS: not
    "team", "game" or "player", which politics uses as much).
    Kept on the Doc (user_data), as the relation rules ask it once per verb."""
    return _about(doc, "sports_article", SPORTS_WORDS)


def any_sport_article(doc: Doc) -> bool:
    """Whether the article is about sport of any kind, tennis and athletics included (the words of
    sports_article and sports_words.INDIVIDUAL_SPORTS_WORDS)."""
    return _about(doc, "any_sport_article", SPORTS_WORDS | INDIVIDUAL_SPORTS_WORDS)


def _about(doc: Doc, key: str, words: frozenset[str]) -> bool:
    if key not in doc.user_data:
        found = [lemma for lemma, lower in zip(lemma_lowers(doc), token_lowers(doc))
                 if lower in words or lemma in words]  # the doc's columns, not a Token per token
        doc.user_data[key] = len(set(found)) >= MIN_SPORTS_WORDS and \
            len(found) * TOKENS_PER_SPORTS_WORD >= len(doc)
    return doc.user_data[key]


def _nickname_word(token: Token) -> bool:
    """A capitalised plural ("Saints", "Celtics") or a number-noun ("76ers") ending a club's name."""
    text = token.text
    if text[:1].isdigit():
        return text.lstrip("0123456789").lower() in ("ers", "s") and len(text) > 3 and text[0] != "0"
    return (text[:1].isupper() and text[1:].islower() and text.isalpha() and len(text) > 3 and text.endswith("s")
            and not text.endswith("ss") and token.tag_ in ("NNPS", "NNS", "NNP")
            and text.lower() not in NOT_CLUB_PLURALS)


def _nickname_after(doc: Doc, end: int) -> int:
    """The end of a nickname of one or two words starting at `end` ("Red Sox", "Trail Blazers"), or `end`.
    No word of a person's name: "Clinton Sanders" is no club, wherever the article names Sanders."""
    for size in (1, 2):
        last = end + size - 1
        if last < len(doc) and (doc[last].ent_type_ == "PERSON" or doc[last].text in _person_words(doc)):
            return end
        if last >= len(doc) or any(not doc[k].text[:1].isupper() and not doc[k].text[:1].isdigit()
                                   for k in range(end, last + 1)):
            return end
        if _nickname_word(doc[last]) and (size == 1 or doc[end].is_alpha and not doc[end].ent_type_ == "PERSON"):
            return last + 1
    return end


def club_shaped(span: Span) -> bool:
    """Whether a name is written as a club's: a known place, then a nickname of one or two capitalised
    words ending in a plural ("Charlotte Bobcats", which the NER may type PERSON, as a whole, so that
    the club rule above leaves it); not a surname made of a given name ("Austin Roberts", "Jackson Williams")."""
    for size in range(1, min(MAX_PLACE_WORDS, len(span) - 1) + 1):
        nickname = span[size:]
        if len(nickname) <= 2 and known_place(name_key(span[:size].text)) and _nickname_word(nickname[-1]) \
                and not is_given_name(nickname[-1].text[:-1]) \
                and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in nickname):
            return True
    return False


def _person_words(doc: Doc) -> frozenset[str]:
    """Words of the article's PERSON names; not of one written after "the" ("The Jaguars' Maurice Jones-Drew"
    typed "Jaguars" PERSON: a club's nickname, which then unmade "the Jacksonville Jaguars")."""
    if "person_words" not in doc.user_data:
        doc.user_data["person_words"] = frozenset(
            t.text for e in doc.ents if e.label_ == "PERSON" and not (e.start > 0 and doc[e.start - 1].lower_ == "the")
            for t in e)
    return doc.user_data["person_words"]


def _spoken_form(nickname: str) -> str | None:
    """"76ers" -> "Sixers": the form fans say for a number-noun nickname."""
    digits = nickname.rstrip("abcdefghijklmnopqrstuvwxyz")
    if not digits.isdigit() or digits == nickname:
        return None
    word = DIGIT_WORDS[int(digits[-1])].capitalize()
    return word.removesuffix("e") + nickname[len(digits):]  # "Sixers", "Niners"


def _clubs(doc: Doc) -> list[tuple[Span, tuple[str, ...], tuple[str, ...]]]:
    """Each "<Place> <Nickname>" club: its span (labelled ORG, kb_id its name), place words, nickname words.

    The place is read from the gazetteer (name_strings.known_place), whatever the NER made of it:
    it tags "Philadelphia" in "the Philadelphia 76ers" a place, a whole "Boston Celtics" ORG, or nothing."""
    found = []
    i = 0
    while i < len(doc):
        club = None
        if doc[i].text[:1].isupper() and not (i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha
                                              and doc[i - 1].lower_ != "the"):
            for cut in range(min(i + MAX_PLACE_WORDS, len(doc)), i, -1):
                if any(t.is_punct or t.is_sent_start and t.i > i for t in doc[i:cut + 1] if t.i < len(doc)):
                    continue  # "Columbus beat Montreal. Joonas Korpisalo": no name across a full stop
                if known_place(name_key(doc[i:cut].text)):
                    end = _nickname_after(doc, cut)
                    if end > cut:
                        club = (Span(doc, i, end, label="ORG", kb_id=doc[i:end].text),
                                tuple(t.text for t in doc[i:cut]), tuple(t.text for t in doc[cut:end]))
                    break
        if club is None:
            i += 1
            continue
        found.append(club)
        i = club[0].end
    return found


def _acting_club(token: Token) -> bool:
    """A city's name in a club's place in the clause: the doer of an active verb ("New Orleans replaced
    him"), a verb's object ("leading Indianapolis to a victory", "beat Montreal") or the side beaten
    ("a victory over Kansas City"); not where something happens ("in New Orleans")."""
    head = token.head
    if token.dep_ == "nsubj":
        return head.pos_ in ("VERB", "AUX") and head.lemma_ != "be"
    if token.dep_ == "dobj":
        return head.pos_ == "VERB"
    if token.dep_ == "pobj" and head.lower_ == "for":
        return _scored_for(head.head)
    return token.dep_ == "pobj" and head.lower_ in OPPONENT_PREPOSITIONS


def _scored_for(word: Token) -> bool:
    """"scored for Ottawa", "had 20 points for Detroit", "scored twice for New Jersey": the side a
    player scores for is the club (roster_rules reads the player's club off it)."""
    return word.lemma_.lower() in SCORING_VERBS or word.lemma_.lower() in SCORE_NOUNS or word.lower_ in SCORE_NOUNS


@Language.component("sports_team_names")
@timed_rule
def sports_team_names(doc: Doc) -> Doc:
    """Tag clubs and their nicknames in an article about sport (see the module's rules)."""
    if not sports_article(doc):
        # a number-noun nickname after a place names a club in any article ("The Philadelphia 76ers general
        # manager Ed Stefanski": read as the place, "76ers" joined the role)
        if NUMBER_NOUN_NICKNAME.search(doc_text(doc)):  # the text org_name_rules already joined
            override_entities(doc, [span for span, _, nickname in _clubs(doc)
                                    if NUMBER_NOUN_NICKNAME.fullmatch(nickname[-1])])
        return doc
    clubs = _clubs(doc)
    if not clubs:
        nicknames = _nicknames_written_alone(doc)
        covered = {i for span in nicknames for i in range(span.start, span.end)}
        override_entities(doc, nicknames + _players_and_clubs(doc, covered))
        return doc
    spans = [span for span, _, _ in clubs]
    covered = {i for span in spans for i in range(span.start, span.end)}
    forms: dict[tuple[str, ...], str] = {}
    places: dict[tuple[str, ...], set[str]] = {}
    for span, place, nickname in clubs:
        forms.setdefault(nickname, span.kb_id_)
        spoken = _spoken_form(nickname[-1]) if len(nickname) == 1 else None
        if spoken:
            forms.setdefault((spoken,), span.kb_id_)
        places.setdefault(place, set()).add(span.kb_id_)
    entity_at = {e.start: e for e in doc.ents}
    cities: list[Span] = []
    for i in range(len(doc)):
        if i in covered:
            continue
        for words, name in list(forms.items()) + [(p, next(iter(n))) for p, n in places.items() if len(n) == 1]:
            end = i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[i:end]) != words or any(k in covered for k in range(i, end)):
                continue
            if words in places:
                ent = entity_at.get(i)
                head = doc[end - 1]
                if ent is None or ent.end != end or ent.label_ not in PLACE_ENTITY_LABELS or not _acting_club(head):
                    continue
            elif doc[i].ent_type_ not in RELABELLED:
                continue
            elif end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                player = _player_after(doc, end)
                if player is None:
                    continue  # part of a longer name ("Saints Row")
                spans.append(player)
            (cities if words in places else spans).append(Span(doc, i, end, label="ORG", kb_id=name))
            covered.update(range(i, end))
            break
    # a city stands for its club only in a story about the club: one that names it twice or more
    named = Counter(span.kb_id_ for span in spans)
    spans += _players_and_clubs(doc, covered)
    override_entities(doc, spans + [city for city in cities if named[city.kb_id_] >= 2])
    return doc


def _players_and_clubs(doc: Doc, covered: set[int]) -> list[Span]:
    """Nicknames before players, scorers, then the clubs before players that no nickname covers."""
    found = _nicknames_before_players(doc, covered) + _scorers_coordinated(doc, covered)
    covered = covered | {i for span in found for i in range(span.start, span.end)}
    return found + _clubs_before_players(doc, covered)


def _player_after(doc: Doc, start: int) -> Span | None:
    """"The Jaguars Maurice Jones-Drew got 20 carries" (the possessive mark lost): a club's nickname ends
    where a person's name starts, a given name and one or two capitalised words after it, all of the
    entity the nickname opens (the NER made one ORG of both)."""
    entity = next((e for e in doc.ents if e.start < start < e.end), None)
    words = [t for t in doc[start:entity.end] if t.text != "-"] if entity is not None else []  # "Jones-Drew"
    if not 2 <= len(words) <= 3 or not is_given_name(doc[start].text) or not all(t.text[:1].isupper() for t in words):
        return None
    return Span(doc, start, entity.end, label="PERSON")


def _nicknames_written_alone(doc: Doc) -> list[Span]:
    """"The Sixers have disappointed ... the Sixers' front office": in a sports report that never names the
    club in full, a capitalised plural the article writes after "the" twice or more is a club's nickname,
    there and wherever else it stands alone (the model makes it a person or nothing). Not a people's
    name (typed NORP: "the Americans"), nor the first word of a longer name ("the Saints Row game")."""
    alone = [t for t in doc if _nickname_word(t) and t.ent_type_ != "NORP" and not _inside_a_name(t)
             and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha)]
    after_the = Counter(t.text for t in alone if t.i > 0 and doc[t.i - 1].lower_ == "the")
    return [Span(doc, t.i, t.i + 1, label="ORG", kb_id=t.text) for t in alone if after_the[t.text] >= 2]


def _position_start(doc: Doc, player: Span, words: frozenset[str]) -> int:
    """Where the one or two position words right before a player's name start (the name's own start if none)."""
    first = player.start
    while first > 0 and player.start - first < MAX_POSITION_WORDS and doc[first - 1].lower_ in words:
        first -= 1
    return first


def _nicknames_before_players(doc: Doc, covered: set[int]) -> list[Span]:
    """"Chargers wide receiver Vincent Jackson was arrested": a club's nickname written alone before a
    player's position and name, where the article never names the club in full, is the club (the
    model makes "Chargers" nothing or a place). One or two position words, then a PERSON."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        first = _position_start(doc, ent, POSITION_WORDS)
        nickname = first - 1
        if first == ent.start or nickname < 0 or nickname in covered or not _nickname_word(doc[nickname]) \
                or doc[nickname].ent_type_ not in RELABELLED or doc[nickname].ent_type_ == "PERSON" \
                or _inside_a_name(doc[nickname]):
            continue
        found.append(Span(doc, nickname, nickname + 1, label="ORG", kb_id=doc[nickname].text))
    return found


def _clubs_before_players(doc: Doc, covered: set[int]) -> list[Span]:
    """"Manchester United winger Ryan Giggs", "Cardiff defender Rhys Weston", "Aston Villa's Mark Delaney",
    "West Ham's Gavin Williams": in a report on a team sport, the name before a player's position and
    name, or owning a player, is his club, which the model types a person, a town or nothing (and then
    no rule ties the player to it). Retyped ORG: a name typed PERSON that opens with no given name
    ("Ferguson's Ryan Giggs" is the manager's) and a place owning a player that is no country ("Britain's
    Tim Henman" is his nationality). Untagged words: a known town is tagged a place, as the model types
    most clubs named so (the role rules read "Newcastle centre X" as the side's), which keeps it one
    entity with the town across a run; other words only before a post of British sport
    (_club_before_a_british_post: "Brentford boss X", not "General Manager X" nor "Hall of Fame coach X")."""
    entity_ending = {e.end: e for e in doc.ents}
    found: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        first = _position_start(doc, ent, CLUB_POSITION_WORDS)
        owned = first == ent.start and first > 1 and doc[first - 1].tag_ == "POS"
        if first == ent.start and not owned:
            continue
        end = first - 1 if owned else first  # the club's last word
        club = entity_ending.get(end) or (entity_ending.get(first) if owned else None)  # "Aston Villa's" in one
        if club is None:
            start = end
            while start > 0 and end - start < MAX_CLUB_WORDS and _untagged_name_word(doc[start - 1]):
                start -= 1
            if start < end and not doc[start].is_sent_start and not any(i in covered for i in range(start, end)):
                if known_place(name_key(doc[start:end].text)):
                    found[end] = Span(doc, start, end, label="GPE")
                elif _club_before_a_british_post(doc, start, end, first, ent.start):
                    found[end] = Span(doc, start, end, label="ORG")
            continue
        if end in found or any(i in covered for i in range(club.start, end)):
            continue
        words = doc[club.start:end]
        if club.label_ == "PERSON" and len(words) > 1 and all(t.is_title for t in words) \
                and not is_given_name(words[0].text) or \
                owned and club.label_ == "GPE" and not country(name_key(words.text)):
            found[end] = Span(doc, club.start, end, label="ORG")  # "West Ham's X": the club, not where he lives
    return list(found.values())


def _club_before_a_british_post(doc: Doc, start: int, end: int, first: int, name_start: int) -> bool:
    """"Brentford boss X", "the Dragons' Ian Gough": untagged words that are no title ("General Manager X")
    before a post of British sport (not a US position: "former Gator defensive back X") or owning a
    player, not inside a longer name ("Hall of Fame coach X", "All Blacks captain X")."""
    before = doc[start - 1]
    if before.lower_ == "of" or before.is_alpha and before.text[:1].isupper() \
            or any(t.lower_ in NAME_TITLES for t in doc[start:end]):
        return False
    return all(t.lower_ in BRITISH_SIDE_POSTS for t in doc[first:name_start])


def _untagged_name_word(token: Token) -> bool:
    return token.ent_iob_ == "O" and token.is_title and token.is_alpha and token.pos_ == "PROPN"


def _inside_a_name(token: Token) -> bool:
    """The last word of a longer name ("New Orleans coach Sean Payton": "Orleans" is a plural only
    in its spelling): inside an entity that starts before it, or after a capitalised word."""
    if token.ent_iob_ == "I":
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start


def _scorers_coordinated(doc: Doc, covered: set[int] = frozenset()) -> list[Span]:
    """"Eric Robinson and Boone Jenner also scored for the Blue Jackets": a name the NER typed otherwise,
    coordinated with a person's as the subject of a scoring verb, is a player too (only players score);
    two or three capitalised words, not a club."""
    found = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or not 2 <= len(ent) <= 3 or any(i in covered for i in range(ent.start, ent.end)) \
                or not all(t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha() for t in ent):
            continue
        root = ent.root
        if not any(t.ent_type_ == "PERSON" for t in root.conjuncts):
            continue
        subject = next((t for t in (root, *root.conjuncts) if t.dep_ == "nsubj"), None)
        if subject is not None and subject.head.lemma_.lower() in SCORING_VERBS:
            found.append(Span(doc, ent.start, ent.end, label="PERSON"))
    return found


def add_sports_team_names(nlp: Language) -> None:
    """Add the club rule after every other entity rule, so that none of them splits a club again."""
    if "sports_team_names" not in nlp.pipe_names:
        nlp.add_pipe("sports_team_names", last=True)
