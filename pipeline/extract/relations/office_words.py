"""An office named in lower case before a role, read as the organisation the article names for it.

"navy spokesman Commander Nirad Sinha" in an article that names "the Indian Navy", "the commerce
secretary, Gary Locke" beside "the Commerce Department", "City Attorney spokeswoman Gina Coburn"
beside "the City Attorney's Office": the words before the role noun are the name of an institution
the NER does not tag there, and the article names it once in full. The role's words must be the
whole of that name, less its generic head ("Department", "Office", "of"), a possessive, and place
or nationality words before it ("Indian", "Oregon"); and only one organisation of the article may
match, else the office is anyone's.

Likewise the one word before a post that is the last word of one organisation's name the
article wrote before: "Committee chairman Edward Leigh" after "the Public Accounts Committee",
"Commission president X" after "the European Commission"; two such names and it is anyone's.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder
from pipeline.extract.relations.lexicon import STAFF_NOUNS
from pipeline.extract.relations.role_kinds import title_word
from pipeline.lexicon import ORG_LABELS
from pipeline.government_words import STATE_OFFICE_NOUNS

# The last word of the office words: institutions of a state that news names in lower case
OFFICE_WORDS = frozenset("""
navy army police military sheriff marines corps guard attorney prosecutor commerce interior defense defence
treasury justice labor labour energy education agriculture transportation transport health immigration
customs fbi
""".split())
# Posts held in an office of a state: its head, its officers, its staff
OFFICE_POSTS = STATE_OFFICE_NOUNS | STAFF_NOUNS | frozenset("""
chief head director officer commissioner superintendent secretary minister spokesman spokeswoman spokesperson
deputy inspector investigator agent official detective sergeant lieutenant captain trooper commander admiral
general colonel major prosecutor attorney counsel lawyer
""".split())
# Posts that head or speak for a body (no membership: "Committee member X" says less)
BODY_POSTS = OFFICE_POSTS | frozenset({"chairman", "chairwoman", "chair", "president", "boss", "leader"})
GENERIC_HEADS = frozenset({"department", "ministry", "office", "service", "agency", "bureau", "'s", "’s"})
ARTICLES = frozenset({"the", "of", "for"})


def office_words(noun: Token, plain: list[Token]) -> list[str]:
    """The words right before the role noun that may name an office ("navy", "city attorney"), when
    the role is a post in an office ("spokesman", "secretary", "chief"; not "an education professor")."""
    if title_word(noun) not in OFFICE_POSTS and noun.lemma_.lower() not in OFFICE_POSTS:
        return []
    words: list[Token] = []
    for token in reversed([t for t in plain if t.i < noun.i]):
        if token.i != (words[-1].i - 1 if words else noun.i - 1) or token.tag_ not in ("NN", "NNP", "NNS"):
            break
        words.append(token)
    words.reverse()
    if not words or words[-1].lower_ not in OFFICE_WORDS:
        return []
    return [t.lower_ for t in words]


def _core(name: str) -> list[str]:
    """An organisation's name less its generic head, lower case: "Indian Navy" -> ["indian", "navy"];
    "Department of Commerce" -> ["commerce"]; "City Attorney's Office" -> ["city", "attorney"]."""
    words = name.replace("’s", " 's").replace("'s", " 's").split()
    lowered = [w.lower().strip(".,") for w in words]
    if len(lowered) > 2 and lowered[0] in ("department", "ministry") and lowered[1] == "of":
        lowered = [w for w in lowered[2:] if w not in ARTICLES]
    while lowered and lowered[-1] in GENERIC_HEADS:
        lowered.pop()
    return lowered


def office_organisation(finder: ArgumentFinder, noun: Token, plain: list[Token]) -> Optional[Mention]:
    """The one organisation of the article whose name is the office words before `noun`."""
    wanted = office_words(noun, plain)
    if not wanted:
        return _body_named_by_its_head(finder, noun, plain)
    return _named_office(finder, wanted, noun)


def portfolio_department(finder: ArgumentFinder, portfolio: Mention, noun: Token) -> Optional[Mention]:
    """"Labor Secretary X" where the NER typed "Labor" an organisation: the department the article
    names in full for that portfolio ("the Labor Department", "the Department of Agriculture"), else
    the portfolio itself where the entity stage named it a department ("Commerce" -> "Commerce
    Department", its secretary's)."""
    wanted = [w.lower() for w in portfolio.text.split()]
    named = _named_office(finder, wanted, noun, besides=portfolio.text)
    return named or (portfolio if portfolio.name is not None and portfolio.name != portfolio.text else None)


def _named_office(finder: ArgumentFinder, wanted: list[str], noun: Token, besides: str = "") -> Optional[Mention]:
    matches: dict[str, Mention] = {}
    for mention in finder.index.mentions:
        if mention.refers_to is not None or finder.label(mention) not in ORG_LABELS \
                or besides in (mention.text, mention.name):  # the portfolio, here or in another title
            continue
        core = _core(mention.name or mention.text)
        if core[-len(wanted):] != wanted:
            continue
        prefix = (mention.name or mention.text).split()[:len(core) - len(wanted)]
        if all(w[:1].isupper() for w in prefix):  # "Indian Navy", "Oregon State": names before the office
            matches.setdefault(finder.index.root(mention).text, mention)
    return _one_named_before(finder, matches, noun)


def _body_named_by_its_head(finder: ArgumentFinder, noun: Token, plain: list[Token]) -> Optional[Mention]:
    """"Committee chairman X", "company spokesman X": the one organisation named before whose name
    of several words ends in the one word before the post."""
    before = [t for t in plain if t.i < noun.i]
    if len(before) != 1 or before[0].i != noun.i - 1 or before[0].tag_ not in ("NN", "NNP") \
            or title_word(noun) not in BODY_POSTS or not noun.text[:1].islower():
        return None
    head = before[0].lower_
    matches: dict[str, Mention] = {}
    for mention in finder.index.mentions:
        words = (mention.name or mention.text).split()
        if mention.refers_to is None and mention.start < noun.idx and finder.label(mention) in ORG_LABELS \
                and len(words) > 1 and words[-1].casefold() == head:
            matches.setdefault(finder.index.root(mention).text, mention)
    return _one_named_before(finder, matches, noun)


def _one_named_before(finder: ArgumentFinder, matches: dict[str, Mention], noun: Token) -> Optional[Mention]:
    """The one organisation matched, by its latest name before the role (so that the evidence
    stays near it); None when none or several match."""
    if len(matches) != 1:
        return None
    found = next(iter(matches.values()))
    return max((m for m in finder.index.mentions if m.refers_to is None and m.text == found.text
                and m.start < noun.idx), key=lambda m: m.start, default=found)
