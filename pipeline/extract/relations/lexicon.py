"""The words that signal each typed relation, and which entity types each relation admits.

Kept apart from the rules in rules.py so that adding a trigger word never touches the
syntax code.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.relations.work_words import WORK_NOUNS  # "a sci-fi thriller" holds no post
from pipeline.lexicon import ACTOR_LABELS, KINSHIP_NOUNS, ORG_LABELS, PERSON_LABELS, PLACE_LABELS, ROLE_NOUNS


@dataclass(frozen=True)
class VerbSense:
    """How a verb states a relation: the predicate, and whether the grammatical subject is its object.

    `preps` lists the prepositions that introduce the object ("partner *with* Y", "live *in* Y");
    empty means the direct object. `inverse` is for verbs whose doer is the relation's object
    ("the US sanctioned HIT" -> HIT sanctioned_by US).
    """

    predicate: str
    preps: tuple[str, ...] = ()
    inverse: bool = False


def _senses(predicate: str, lemmas: str, preps: tuple[str, ...] = (), inverse: bool = False) -> dict[str, VerbSense]:
    return {lemma: VerbSense(predicate, preps, inverse) for lemma in lemmas.split(",")}


# Phrasal verbs are keyed "lemma particle" ("set up", "take over").
VERB_SENSES: dict[str, VerbSense] = {
    **_senses("developed", "develop,build,design,produce,manufacture,engineer,co-develop,invent"),
    **_senses("founded", "found,establish,create,launch,set up,start,form,co-found,cofound"),
    **_senses("visited", "visit,tour"),
    **_senses("visited", "travel,fly,arrive,go,come,return", ("to", "in")),
    # "Rubio rolled into Hialeah", "Trump swung through Ohio", "Clinton stopped in Des Moines"
    **_senses("visited", "roll,swing,stop,sweep,barnstorm", ("into", "through", "in")),
    **_senses("acquired", "acquire,buy,purchase,take over,order,procure,obtain"),
    **_senses("killed", "kill,assassinate,murder,slay,execute,stab,shoot,strangle,behead,gun down,shoot down"),
    **_senses("sanctioned_by", "sanction,blacklist,penalize,penalise", inverse=True),
    **_senses("investigated_by", "investigate,probe,prosecute,indict,charge", inverse=True),
    **_senses("member_of", "join"),
    **_senses("affiliated_with", "employ,hire,appoint,name,elect", inverse=True),
    **_senses("affiliated_with", "head,lead,chair,run,direct,manage,represent,operate,command,co-chair"),
    **_senses("affiliated_with", "work", ("for", "at")),
    **_senses("affiliated_with", "teach", ("at",)),  # "who teaches at Harvard"  # "worked with the Post" is a collaboration
    **_senses("affiliated_with", "report,write", ("for",)),  # "reporting for Western Journalism"
    **_senses("affiliated_with", "serve", ("for", "at", "with", "in")),
    **_senses("lives_in", "live,reside,settle,grow up,move,emigrate,relocate", ("in", "to")),
    **_senses("lives_in", "bear", ("in",)),
    **_senses("lives_in", "hail", ("from",)),  # "who hails from Chicago"
    **_senses("located_in", "base,headquarter,locate,situate", ("in", "at")),
    **_senses("partnered_with", "partner,cooperate,collaborate,team up,ally,merge,team,co-operate,align,unite", ("with",)),
}
# A home one had ("grew up in Flatbush", passive "was raised in Ohio"): lives_in, status former (rules.py).
FORMER_HOME_VERBS = frozenset({"grow up", "raise"})

# Senses the rules read but the pair scorer does not: its trigger features were learned with
# VERB_SENSES as it stood, and a new trigger word moves its scores on unrelated pairs.
# "ISIS released a propaganda video called No Respite": a work put out by its maker.
# "Lionsgate recently absorbed Summit": one company taking in another.
# "Kerry finally made it to Iowa": the idiom "make it to" is a journey's end (rules.py keys it
# "make it"; only a place's name: "made it to the NBA / the Senate" is an achievement).
RULE_VERB_SENSES: dict[str, VerbSense] = {**VERB_SENSES, **_senses("developed", "release"),
                                          **_senses("acquired", "absorb"), **_senses("visited", "make it", ("to",)),
                                          **_senses("visited", "check", ("into",)),
                                          **_senses("visited", "check in,admit oneself", ("at", "to", "into"))}
CHECK_IN_KEYS = frozenset({"check", "check in", "admit oneself"})  # a person's only ("FBI checking into Acme")

# Careers (career_rules.py). Verbs that give someone a post ("hired X as CFO", "X was named chief
# executive of Y"), that end one for the holder ("X resigned as CEO", "X left Google") or for
# someone else ("Acme fired X").
APPOINTMENT_VERBS = frozenset({"appoint", "name", "hire", "elect", "promote", "nominate", "tap", "install",
                               "make", "recruit", "reappoint", "re-elect", "designate", "choose", "select", "pick"})
DEPARTURE_VERBS = frozenset({"resign", "quit", "step down", "step aside", "leave", "retire", "depart", "exit"})
# Sporting results a side is led to: "led Indianapolis to a 20-13 victory" (the city stands for its team).
RESULT_NOUNS = frozenset({"victory", "win", "title", "championship", "crown", "cup", "final", "finals", "playoff",
                          "playoffs", "triumph", "upset", "comeback", "semifinal", "semifinals", "pennant", "medal"})
# (not "suspend": "was suspended from her job at Kraft" still holds it)
REMOVAL_VERBS = frozenset({"fire", "dismiss", "oust", "sack", "remove", "depose", "expel"})
# "removed from office by the Senate", "ousted from power by the army": a remover of an office holder is no employer.
PUBLIC_POWER_NOUNS = frozenset({"office", "power"})
# Nouns for things an organisation makes: "Stadia, Google's streaming platform", "50 Airbus A350 jets".
PRODUCT_NOUNS = frozenset("""
platform service app application game console phone smartphone handset device software system model car vehicle
truck jet jets aircraft airliner plane planes helicopter drone missile rocket satellite vaccine drug medicine chip
processor browser engine tool product brand tablet laptop computer weapon tank submarine ship warship fighter
bomber carrier launcher radar reactor spacecraft probe telescope robot keyboard handheld
""".split())

# Verbs whose direct object names a partnership ("signed an agreement with Y").
PARTNERSHIP_VERBS = {
    "sign", "forge", "set", "establish", "form", "launch", "conclude", "strike", "reach", "ink", "create",
    "announce", "build", "expand", "deepen", "develop", "agree", "open", "run", "start", "enter", "seal",
    "maintain", "hold", "found", "co-found", "renew", "extend", "initiate",
}
PARTNERSHIP_NOUNS = {
    "partnership", "agreement", "cooperation", "co-operation", "alliance", "deal", "memorandum", "pact", "accord",
    "collaboration", "treaty", "venture", "partner", "ties", "association", "contract",
    "mou", "merger", "coalition", "exchange", "exchanges", "consortium",
}
# Nouns that name a partnership only when marked joint ("a joint training program").
JOINT_NOUNS = {"program", "programme", "project", "institute", "center", "centre", "lab", "laboratory", "school",
               "research", "course", "degree", "exercise", "exercises", "study", "initiative", "drill", "drills"}
JOINT_MARKERS = {"joint", "bilateral", "shared", "common", "mutual", "strategic"}

SANCTION_NOUNS = {"sanction", "sanctions", "embargo", "blacklist", "restrictions", "restriction"}
# Sanction nouns that are as often a regulator's rules ("asked the FCC to ease restrictions on ATT"):
# a sanction only where a state imposes them or is their target ("U.S. restrictions on Japanese chips").
RULE_NOUNS = {"restrictions", "restriction"}
INVESTIGATION_NOUNS = {"investigation", "probe", "inquiry", "scrutiny", "indictment", "prosecution"}
# Prepositions introducing who is sanctioned or investigated: "sanctions on X", "an investigation into X".
SANCTION_TARGET_PREPS = ("on", "against", "targeting")
INVESTIGATION_TARGET_PREPS = SANCTION_TARGET_PREPS + ("into", "of")
UNDERGOING_VERBS = frozenset({"face", "undergo"})  # whose subject it is aimed at: "X faces an SEC investigation"
# Gatherings someone goes to in order to speak or campaign: "said at a rally in Iowa", "held a town
# hall in Concord" place the speaker there for the occasion (visited).
GATHERING_NOUNS = frozenset({"rally", "fundraiser", "event", "speech", "stop", "hall",
                             "summit", "forum", "debate", "convention", "ceremony", "appearance",
                             "gathering", "crowd", "audience"})  # not "news conference": often at home
ATTENDING_VERBS = frozenset({"hold", "attend", "address", "headline", "host", "give", "deliver", "stage", "make",
                             "tell"})
# Verbs of speaking or campaigning whose "in <place>" is where the speaker was: "Bill Clinton said
# Monday in Cheyenne", "Sanders campaigned in Iowa", "told reporters in Massachusetts" (visited).
SPEAKING_PLACE_VERBS = frozenset({"say", "speak", "tell", "campaign", "stump", "address", "declare", "announce",
                                  "remark", "testify", "vow", "pledge"})
# Listeners whose place is the speaker's: "told reporters in Massachusetts".
AUDIENCE_NOUNS = frozenset({"reporter", "supporter", "voter", "crowd", "audience", "student", "journalist"})
# Roles held at a school: "Professor X of Oxford" names the university, not a home.
ACADEMIC_ROLE_NOUNS = frozenset({"professor", "prof", "lecturer", "dean", "provost", "chancellor", "researcher",
                                 "scholar", "fellow", "student"})
VISIT_NOUNS = {"visit", "trip", "tour", "journey", "voyage", "pilgrimage", "stopover"}
KILLING_NOUNS = {"murder", "killing", "assassination", "slaying", "shooting", "execution", "death", "stabbing"}
KILLER_NOUNS = {"assassin", "killer", "murderer", "slayer", "gunman"}
MEMBERSHIP_NOUNS = {"member", "one", "part", "participant", "signatory", "affiliate", "subsidiary", "unit",
                    "division", "branch", "arm", "component"}
# Nouns for a named place or building owned by the place before it: "Forest Hill's WoodSpring
# Suites hotel", "Cleveland's Public Auditorium".
FACILITY_NOUNS = frozenset("""
hotel motel airport stadium arena hospital museum park school prison jail station bridge center centre mall
church mosque temple cathedral university college plant factory building tower palace theater theatre hall
auditorium library base port harbor harbour campus headquarters office courthouse courtroom clinic observatory
""".split())
# Nouns for a part of an organisation: "The Annex, a CIA station", "Instagram, a Facebook subsidiary".
UNIT_NOUNS = frozenset({"subsidiary", "unit", "division", "branch", "arm", "affiliate", "station", "bureau",
                        "office", "department", "agency", "wing", "chapter", "brand", "outlet", "lab", "laboratory"})
MERCHANDISE_UNIT_NOUNS = frozenset({"brand", "outlet"})  # what a company sells, or sells through: no member of it
# Participles that introduce a thing's name after a common noun: "a mission called Europa Clipper",
# "a group named Kosmos", "a drone dubbed the Reaper", "a program known as PRISM".
NAMING_PARTICIPLES = frozenset({"call", "name", "dub", "title", "christen", "brand", "know"})
# Words a name ends in when it names a part of the organisation that owns it: "ESA's Concurrent
# Design Facility", "NASA's Goddard Space Flight Center", "Harvard's Kennedy School".
UNIT_NAME_HEADS = UNIT_NOUNS | frozenset({"facility", "center", "centre", "institute", "school", "college",
                                          "laboratory", "observatory", "committee", "commission", "council",
                                          "team", "group", "foundation", "service", "command", "force"})
# Roles of a person's staff, held for the person named with them ("Rubio press secretary Alex
# Conant", "Clinton campaign chairman John Podesta", "a senior strategist for Sanders"): the holder
# is affiliated with that person (their campaign or office).
STAFF_NOUNS = frozenset("""
spokesman spokeswoman spokesperson secretary strategist adviser advisor aide manager chairman chairwoman
pollster speechwriter lawyer attorney counsel staffer consultant director operative chief publicist
representative
""".split())
# Staff who act for one person, named by a possessive pronoun ("his agent Marc Cornstein", "her
# lawyer, X"); not "his manager" or "her director", who may well be the boss.
PERSONAL_STAFF_NOUNS = frozenset("""
agent publicist lawyer attorney counsel spokesman spokeswoman spokesperson adviser advisor aide strategist
pollster speechwriter representative
""".split())
# Nouns that describe an organisation the story named before ("the band", "the company"), read as
# that organisation (descriptions.py); and words that name a kind of organisation in a name, which
# rule a name out for a description of another kind ("the company" is not "X University").
DESCRIBED_ORG_NOUNS = frozenset("""
band company firm group team club studio label publisher carrier airline retailer automaker chain
startup charity orchestra network broadcaster bank festival union agency
""".split())
ORG_KIND_WORDS = DESCRIBED_ORG_NOUNS | frozenset("""
university college school institute foundation association society party agency department ministry
committee council commission court church hospital museum newspaper magazine
police patrol sheriff sheriff's sheriff’s
""".split())
# Pieces of writing whose writer ("by X") works for the publication named with them: "a New York
# Times article by Patrick Healy", "a Washington Post op-ed by X" (noun_rules.py, piece_writer).
WRITTEN_PIECE_NOUNS = frozenset({"article", "story", "column", "op-ed", "editorial", "report", "piece", "investigation",
                                 "analysis", "feature", "profile", "review", "essay", "blog", "post"})
# Events placed by a verb of their taking place: "the Republican National Convention kicked off Monday
# in Cleveland" (event_place); an event is a name ending in one of EVENT_NAME_HEADS, or an EVENT.
EVENT_VERBS = frozenset({"kick off", "open", "begin", "start", "take place", "convene", "get underway", "end",
                         "close", "wrap up", "conclude", "hold", "stage", "host"})
CONTEST_VERBS = frozenset({"win", "lose", "play", "contest", "clinch", "retain", "defend"})  # an event at its place
EVENT_NAME_HEADS = frozenset({"convention", "conference", "summit", "festival", "games", "olympics", "championship",
                              "championships", "tournament", "finals", "cup", "forum", "expo", "fair", "caucus",
                              "caucuses", "primary", "debate", "congress", "marathon", "open", "show", "week", "final",
                              "breakfast", "luncheon", "dinner", "gala", "awards", "ceremony", "oscars", "baftas"})
# Constructions that describe a name where it stands (a title, an apposition, "Town, State", a
# party-state tag): the writer's description even inside someone's reported words ("Bucher said
# residents in Jupiter, Florida, ..." places Jupiter on the writer's word, not Bucher's). Read by
# quotes/reported.py, which leaves them unattributed outside direct quotes.
# Nouns a relative clause can be set in rather than be about ("the day Trump fired X", "the way she
# beat him"): such a clause's object is its own, not the noun it modifies.
ADJUNCT_HEAD_NOUNS = frozenset("""
day days time times year years week weeks month months night nights moment morning afternoon evening hour
minute season weekend era period decade way reason place
""".split())
# People in a race: a place named with them is where they run, not where they live ("an Iowa
# candidate", "America's first female presidential nominee").
RACE_ROLE_NOUNS = frozenset({"nominee", "candidate", "hopeful", "contender", "frontrunner", "front-runner",
                             "challenger", "runner-up", "contestant"})
# Words that rank a holder among a place's ("the first female nominee", "its only senator"): a record,
# not a home.
RECORD_WORDS = frozenset({"first", "only", "last", "sole", "next", "top"})
# Verbs that charge someone with a deed ("accused X of sabotaging Y", "blamed X for leaking",
# "criticized X for supporting Y", "credited X with saving Y"): the deed is the accuser's claim.
# The preposition each takes its deed with.
ACCUSATION_VERBS: dict[str, frozenset[str]] = {
    "accuse": frozenset({"of"}), "charge": frozenset({"with", "in"}), "suspect": frozenset({"of", "in"}),
    "arrest": frozenset({"in", "for"}), "indict": frozenset({"in", "for", "on"}),
    "blame": frozenset({"for"}), "fault": frozenset({"for"}), "criticize": frozenset({"for"}),
    "criticise": frozenset({"for"}), "blast": frozenset({"for"}), "slam": frozenset({"for"}),
    "attack": frozenset({"for"}), "condemn": frozenset({"for"}), "denounce": frozenset({"for"}),
    "scold": frozenset({"for"}), "rebuke": frozenset({"for"}), "chide": frozenset({"for"}),
    "lambaste": frozenset({"for"}), "knock": frozenset({"for"}), "credit": frozenset({"with", "for"}),
}

WRITERS_DESCRIPTIONS = frozenset({
    "title_org", "title_office", "title_place", "title_staff", "bare_title_staff", "party_state", "party_letter",
    "appos_role", "appos_office", "appos_place", "appos_resident", "appos_staff", "appos_unit",
    "place_comma_place", "org_comma_place", "place_possessive", "org_possessive", "based_modifier",
    "modifier_place", "person_prep_place", "person_prep_org", "nationality_name", "nation_possessive",
    # "Sanders says he is prepared for a floor fight at the Democratic National Convention in
    # Philadelphia": a place phrase on an organisation's or a site's name is the writer's too
    "org_prep_place", "site_prep_place", "org_appos_place",
})
# Nouns for where someone lives: "Sohn's New Jersey home", "her hometown of Grants".
HOME_NOUNS = {"home", "hometown", "residence", "birthplace", "house", "apartment", "flat", "condo", "farmhouse", "bungalow"}
# A place noun made a home by "home" or "native": "his home state of Florida", "her native Texas".
HOME_PLACE_NOUNS = frozenset({"state", "city", "town", "country", "county", "village", "island", "province", "district"})
HOME_WORDS = frozenset({"home", "native"})
# The home nouns that are places: "her hometown of Wasilla" names the place (entities/phrase_types.py).
HOMETOWN_NOUNS = frozenset({"hometown", "birthplace"})
# Kinds of place that name the place after "of": "the fishing village of Bayou La Batre" is Bayou La
# Batre; "Wasilla, a suburb of Anchorage" is in Anchorage (place_containers.py).
PLACE_KIND_NOUNS = frozenset({"village", "town", "city", "county", "province", "borough", "township", "hamlet",
                              "suburb", "region", "parish", "municipality", "commune", "prefecture", "island",
                              "neighborhood", "neighbourhood", "district", "state", "community", "enclave",
                              "resort", "port"})  # "the Swiss resort of Davos", "the port of Dover"
# The kinds that lie inside the place named after "of" ("a suburb of Y"), not the place itself
INNER_PLACE_NOUNS = frozenset({"suburb", "neighborhood", "neighbourhood", "district", "enclave", "borough",
                               "community"})
# Heads of noun phrases that stand for the government or state named by their modifier.
STATE_NOUNS = {"government", "administration", "authorities", "authority", "state", "military", "army",
               "regime", "officials", "treasury", "ministry", "department", "congress", "parliament", "court"}


# Entity labels each predicate admits as (subject, object); None means any label.
ARGUMENT_TYPES: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] = {
    # the object is an organisation, or a state whose office the person holds ("Japan's Prime Minister")
    "affiliated_with": (PERSON_LABELS, ORG_LABELS | {"GPE"}),
    "lives_in": (PERSON_LABELS, PLACE_LABELS),
    "located_in": (ORG_LABELS | PLACE_LABELS | {"EVENT"}, PLACE_LABELS),
    "killed": (ACTOR_LABELS | {"FAC"}, PERSON_LABELS | {"ORG", "NORP"}),
    "visited": (ACTOR_LABELS, PLACE_LABELS | ORG_LABELS),
    "sanctioned_by": (None, ORG_LABELS | {"GPE"}),
    "investigated_by": (None, ORG_LABELS | {"GPE"}),
    "member_of": (ORG_LABELS | {"GPE", "PERSON"}, ORG_LABELS | {"GPE"}),
    "partnered_with": (ORG_LABELS | {"GPE", "PERSON"}, ORG_LABELS | {"GPE", "PERSON"}),
    "founded": (ACTOR_LABELS, ORG_LABELS | {"FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}),
    "developed": (ACTOR_LABELS, {"PRODUCT", "ORG", "FAC", "WORK_OF_ART", "LAW"}),
    "acquired": (ACTOR_LABELS, {"PRODUCT", "ORG", "FAC"}),
}


def admits(predicate: str, subject_label: str, object_label: str) -> bool:
    """Whether `predicate` may hold between entities of these labels (open relations admit any)."""
    subject_types, object_types = ARGUMENT_TYPES.get(predicate, (None, None))
    return (subject_types is None or subject_label in subject_types) and (
        object_types is None or object_label in object_types)

# Nouns for an organisation's sites: "NRC headquarters in Rockville" places the organisation there.
SITE_NOUNS = {"headquarters", "headquarter", "office", "offices", "campus", "plant", "factory", "branch", "base",
              "facility", "site", "bureau", "seat", "premises", "hq"}
# More of an organisation's premises, read by the site rule only (the pair scorer learned SITE_NOUNS as
# they stand): "the Casty store in Paris", "the Matanuska Maid Dairy warehouse in Palmer".
PREMISES_NOUNS = frozenset({"store", "shop", "warehouse", "prison", "restaurant", "mine", "refinery", "mill",
                            "showroom", "boutique", "depot", "dealership", "studio", "lab", "laboratory",
                            "building", "clinic", "supermarket", "hotel", "hospital", "park"})
_ROLE_SUFFIXES = ("er", "or", "ist", "yst", "ian", "ant", "ent", "man", "woman", "person", "ee", "eer", "ive")
_NON_ROLE_SUFFIXES = ("ment", "ency", "ance", "ence", "ship", "tion", "sion", "ure", "ness", "ity")
# Common news nouns with a person-like ending that name things: "breaking barriers in Philadelphia"
# is no occupation held there; nor are kinds of company ("X, Italy's business newspaper").
_THING_NOUNS = frozenset("""
barrier number border corner center centre computer paper letter matter order power water quarter chapter
cancer disaster character answer manner summer winter layer tower river weather error sector factor mirror
motor floor door color colour labor labour favor favour honor honour rumor humor terror vapor horror harbor
tumor reactor monitor indicator elevator counter poster banner shelter trailer charter theater theatre
container filter printer trigger ladder chamber event moment element segment percent comment argument
document statement instrument apartment department restaurant plant giant grant tenant payment talent
parent accent incident accident patent content intent extent descendant remnant pageant
detective executive initiative incentive objective alternative perspective motive drive archive directive
narrative derivative explosive additive preservative locomotive offensive adhesive sedative prerogative imperative
newspaper carrier manufacturer carmaker automaker chipmaker retailer lender insurer regulator
""".split()) - {"parent", "executive", "detective", "tenant", "giant"}



def is_role_noun(lemma: str) -> bool:
    lemma = lemma.lower()
    if lemma in ROLE_NOUNS:
        return True
    # "Deputy Ortiz's brother-in-law, Officer X": a relative ("brother", "mother", "daughter") holds no post
    return (lemma.endswith(_ROLE_SUFFIXES) and not lemma.endswith(_NON_ROLE_SUFFIXES) and len(lemma) > 3
            and lemma not in _THING_NOUNS and lemma not in WORK_NOUNS and lemma not in KINSHIP_NOUNS)


def retype(predicate: str, subject_label: str) -> str:
    """Where a place relation's subject turns out a person or an organisation, the other place
    relation is meant: "Holtcamp, ... based in Huntsville" lives there; "a firm from Ohio" is located there."""
    if predicate == "located_in" and subject_label == "PERSON":
        return "lives_in"
    if predicate == "lives_in" and subject_label in ("ORG", "FAC"):
        return "located_in"
    return predicate

# Relations stated by a noun (noun_relations.py).
# Pieces of work whose makers ("conducted by X and Y") worked together: partnered_with.
JOINT_WORK_NOUNS = frozenset({"poll", "survey", "study", "report", "documentary", "debate", "forum", "analysis",
                              "exercise", "project", "initiative", "campaign", "program", "programme"})
# Role words of whoever founded an organisation: an affiliation with this role states founded.
FOUNDER_NOUNS = frozenset({"founder", "co-founder", "cofounder", "founders", "co-founders", "cofounders"})

# Participles whose agents made a piece of work: "a poll conducted by X and Y" (joint_work).
MAKER_PARTICIPLES = frozenset({"conduct", "sponsor", "co-sponsor", "cosponsor", "commission", "produce", "host",
                               "co-host", "cohost", "organize", "organise", "carry", "publish", "release", "run"})
# Verbs of looking into someone's doings: "the FBI is investigating Clinton's use of ...".
INVESTIGATING_VERBS = frozenset({"investigate", "probe", "examine", "scrutinize", "scrutinise", "review"})
# Verbs of going to a site, whose place is visited too: "toured a factory in Ohio".
SITE_VISIT_VERBS = frozenset({"visit", "tour"})
# A seat in an organisation: "serves on the X Committee", "sits on the board of X" (person_relations.py).
SEAT_VERBS = frozenset({"serve", "sit"})
SEAT_NOUNS = frozenset({"board", "committee", "panel", "council", "commission", "subcommittee"})
# Verbs of the work of a post (post_verbs.py): the role, the prepositions naming the employer, and
# whether the direct object is the employer ("coached the 49ers"; "played the Celtics" is an opponent).
POST_VERB_ROLES: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "coach": ("coach", ("at", "for"), True),
    "play": ("player", ("for",), False),
    "pitch": ("player", ("for",), False),
    "quarterback": ("quarterback", ("for",), True),
    "captain": ("captain", ("for",), True),
}
# Who sits on a board, in its full name: "the board of directors / trustees / governors of Y".
BOARD_MEMBER_NOUNS = frozenset({"director", "trustee", "governor", "regent", "overseer", "visitor", "advisor",
                                "adviser"})
# A person's campaign, whose posts are held with the person: "joined the Trump campaign".
CAMPAIGN_NOUNS = frozenset({"campaign"})
# Those who give or raise money for a campaign hold no post on it: "a major donor and fund-raiser for
# the Clinton campaign" ("fund-raiser" is parsed with the head "raiser").
CAMPAIGN_FUNDING_NOUNS = frozenset({"raiser", "fundraiser", "fund-raiser", "bundler", "donor", "contributor"})
# Travel verbs the verb senses do not cover, with the prepositions naming where the traveller went.
TRAVEL_VERB_PREPS = {"head": ("to", "into"), "land": ("in", "at"), "jet": ("to", "into"), "trek": ("to",),
                     "journey": ("to",), "venture": ("to", "into")}
# Words and verbs that make a gathering one that did not take place: "his upcoming rally in X",
# "cancelled a rally in Chicago" (person_relations.owned_gathering).
FUTURE_WORDS = frozenset({"upcoming", "next", "scheduled", "future", "forthcoming", "expected", "coming"})
CANCELLING_VERBS = frozenset({"cancel", "postpone", "scrap", "call", "delay", "plan", "schedule", "announce",
                              "skip", "miss", "boycott", "reschedule"})
# Last words of a building's address typed ORG ("86 Gansevoort St."): owned, not a member.
STREET_WORDS = frozenset({"st", "street", "ave", "avenue", "blvd", "boulevard", "rd", "road"})
# Words of news organisations' names: their investigations are reporting, not investigated_by.
MEDIA_NAME_WORDS = frozenset("""
press times post news journal magazine tribune herald yorker reuters bloomberg politico cnn nbc abc cbs msnbc
axios guardian telegraph economist atlantic intercept propublica buzzfeed gazette globe chronicle review
""".split())
# What one serves as a patient or inmate, no post: "served a rehab sentence at the center", "served time at Attica".
CUSTODY_NOUNS = frozenset("sentence probation detention confinement imprisonment incarceration prison jail rehab custody".split())
# Heads of a ceremony's or a contest's name: its producers, hosts or judges work on it, for no employer it is.
CEREMONY_HEADS = frozenset("award awards prize prizes oscars emmys grammys tonys globes olympics games cup tournament "
                            "championship championships finals marathon".split())
# Verbs whose subject a killing noun's killer is ("convicted of the murder of X", "charged in the
# killing of X": noun_rules.noun_rules).
CONVICTION_VERBS = {"convict", "charge", "accuse", "arrest", "sentence", "suspect", "indict", "try", "admit",
                    "confess", "blame", "jail", "imprison", "execute", "acquit", "hold", "link", "question", "act",
                    "participate", "implicate", "involve", "plead", "face", "try"}
