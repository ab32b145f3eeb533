"""One home for the words, labels and parse relations that more than one stage reads.

Extraction, coreference and resolution all ask "is this word a title?", "is this an honorific?",
"which labels name a place?". Each used to keep its own copy, and the copies had drifted apart;
they are defined here once. Where two uses need different sets, both are built here from one core
and the difference is written down beside them. Lists that only one module reads (the relation
trigger words in `extract/relations/lexicon.py`, the cleaning stage's UI phrases) stay with it,
and the words of speech and speakers have a home of their own, `pipeline/speech_words.py`.
"""
from __future__ import annotations

# --- Entity labels (spaCy's OntoNotes scheme) -------------------------------------------------

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# When the mentions of one entity disagree, earlier labels win ties (resolution's vote).
LABEL_ORDER = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# --- Claims -----------------------------------------------------------------------------------

# The contract's relation types (../shared/CONTRACT.md); `open:<lemma>` predicates come on top.
PREDICATES = ("partnered_with", "sanctioned_by", "developed", "member_of", "affiliated_with", "visited",
              "founded", "located_in", "lives_in", "acquired", "investigated_by", "killed", "said")
# Relations that read the same both ways: stored with the smaller entity id as subject.
SYMMETRIC_PREDICATES = frozenset({"partnered_with"})
# Entity types a predicate's subject can never have (CONTRACT.md: located_in is for "an
# organization, facility or event"). A rule reads the type of the one mention it sees; the
# resolved entity's type is the vote of all its mentions ("a victory over Sanders in California"
# with "Sanders" once tagged ORG), so the claim is checked against it.
SUBJECT_TYPES_EXCLUDED = {"located_in": frozenset({"PERSON"}),
                          # "Republicans arriving in Cleveland", "the first American to carry out a
                          # bombing in Syria": a nationality or party is no visitor
                          "visited": frozenset({"NORP"})}
# Likewise for the object: a home or a location is a place ("Erdogan's Turkey" places Turkey in no
# person; "Breitbart Jerusalem editor X" gives no home in Breitbart News; 5 of 5 read on PolNeAR
# train were wrong); nobody is a member of a person ("will join Cragg in the European Indoor Championships").
OBJECT_TYPES_EXCLUDED = {"located_in": frozenset({"PERSON", "NORP"}), "lives_in": frozenset({"PERSON", "NORP", "ORG"}),
                         "member_of": frozenset({"PERSON"})}

# --- Dependency relations ---------------------------------------------------------------------

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Relative pronouns after a noun ('something that', 'a view which'): a name right after one is the clause's subject.
RELATIVE_OPENERS = frozenset({"that", "which", "whom"})
# Relation arguments may also be clausal subjects ("Whoever leaked it worked for X"); a speaker
# or a pronoun's antecedent never is, so quotes and coreference use SUBJECT_DEPS.
CLAUSAL_SUBJECT_DEPS = SUBJECT_DEPS + ("csubj",)

# --- People: honorifics, titles, roles --------------------------------------------------------

# Honorifics and the gender they state.
HONORIFIC_GENDER = {"mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female",
                    "ms.": "female", "miss": "female", "sir": "male", "madam": "female", "dame": "female"}
HONORIFICS = frozenset(HONORIFIC_GENDER) | frozenset({"dr", "dr."})
# Abbreviated titles, spelled out ("Sen. Bernie Sanders" holds the role "senator").
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "themselves", "themself", "myself", "yourself", "ourselves"})
# Hyphenated "co-" words kept whole by the tokenizer, with their lemmas (extract/prefixed_words.py):
# split as "co", "-", "founded", the parser makes "co" the verb and loses the founding; joined, the
# rule lemmatizer guesses "co-founde". The lemmas are the relation lexicon's ("co-found" = founded).
PREFIXED_WORD_LEMMAS = {
    "co-found": "co-found", "co-founds": "co-found", "co-founded": "co-found", "co-founding": "co-found",
    "cofounds": "cofound", "cofounded": "cofound", "cofounding": "cofound",
    "co-founder": "co-founder", "co-founders": "co-founder", "cofounders": "cofounder",
    # "Michael Seibel, vice-president of Bank of America": split, the parser makes "vice", "-" and
    # "president" three appositions and the role reads "president"
    **{f"vice-{office}{plural}": f"vice-{office}" for office in (
        "president", "chairman", "chairwoman", "chair", "chancellor", "premier", "admiral", "governor", "consul",
        "captain", "principal", "mayor", "minister", "marshal") for plural in ("", "s")},
    "vice-chairmen": "vice-chairman", "vice-chairwomen": "vice-chairwoman",
    # "a co-chairman of the ISDA" read the role "chairman"
    **{f"co-{office}{plural}": f"co-{office}" for office in (
        "chairman", "chairwoman", "chair", "president", "director", "head", "leader", "manager", "editor", "owner",
        "captain", "host") for plural in ("", "s")},
    "co-chairmen": "co-chairman", "co-chairwomen": "co-chairwoman",
}
TITLE_ABBREVIATIONS = {
    "sen.": "senator", "sen": "senator", "rep.": "representative", "rep": "representative",
    "gov.": "governor", "gov": "governor", "pres.": "president", "gen.": "general", "gen": "general",
    "lt.": "lieutenant", "lt": "lieutenant", "sec.": "secretary", "atty.": "attorney", "supt.": "superintendent",
    "amb.": "ambassador", "cmdr.": "commander", "col.": "colonel", "col": "colonel", "capt.": "captain",
    "capt": "captain", "sgt.": "sergeant", "sgt": "sergeant", "maj.": "major", "maj": "major",
    "adm.": "admiral", "adm": "admiral", "cpl.": "corporal", "prof.": "professor", "prof": "professor",
    "rev.": "reverend", "rev": "reverend",
    # police ranks: "Const. Tim Fanning", "Det. Jane Roe", "Insp. John Doe"
    "const.": "constable", "cst.": "constable", "det.": "detective", "insp.": "inspector", "dep.": "deputy",
    "ofc.": "officer", "tpr.": "trooper",
}
# Ranks, spelled out, of police and armed forces: written between a role and a name they are the
# holder's own rank, no part of the role ("spokesperson Constable Tim Fanning", "navy spokesman
# Commander Nirad Sinha" -> role "spokesman").
RANK_WORDS = frozenset({"constable", "sergeant", "corporal", "detective", "inspector", "lieutenant", "captain",
                        "officer", "trooper", "deputy", "superintendent", "major", "colonel", "commander", "general",
                        "admiral"})
# Titles of a seat held for a state or district: a party-state tag after the name ("Sen. Ted Cruz,
# R-Texas") gives that title as the role held for the state. A post inside the chamber ("Minority
# Leader", "Whip", "Speaker") is held in the House or Senate, not for the state.
LEGISLATOR_TITLES = frozenset({
    "senator", "representative", "congressman", "congresswoman", "congressperson", "congressmember",
    "delegate", "assemblyman", "assemblywoman", "assemblymember", "legislator", "lawmaker", "councilman",
    "councilwoman", "councilmember", "alderman",
})
# Generational suffixes after a name ("James P. Smith Jr.").
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Offices written before a person's name ("Russian President Vladimir Putin", "Bishop Tutu").
TITLE_ROLES = frozenset("""
president vice prime minister chancellor premier king queen prince princess emperor pope general colonel major
lieutenant captain admiral sergeant professor lord lady reverend father sister senator representative governor mayor
judge justice secretary ambassador chairman chairwoman chair ceo director deputy leader chief spokesman spokeswoman
spokesperson attorney lawyer coach officer detective inspector sheriff bishop cardinal rabbi imam sheikh constable
corporal trooper superintendent councillor councilor councilman councilwoman alderman commissioner magistrate treasurer
""".split())
# Words that qualify a title ("former President", "the late King", "acting Secretary").
TITLE_QUALIFIERS = frozenset({"former", "late", "acting", "interim", "supreme", "minister's"})
# Words that make another office of the same noun: a vice president is not the president.
TITLE_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "under", "acting", "co"})
# Words that open a compound title before a role noun ("Managing director", "Executive vice president").
TITLE_OPENING_WORDS = TITLE_RANK_WORDS | frozenset({"managing", "executive", "general", "chief", "senior", "principal"})
# Everything a name may start with and lose when names are compared ("Rep. Jane Roe" is "Jane Roe").
NAME_TITLES = TITLE_ROLES | TITLE_QUALIFIERS | HONORIFICS | frozenset(TITLE_ABBREVIATIONS) | frozenset({"sir", "dame"})
# Kinship and address words among TITLE_ROLES that name no position at an organisation.
_ADDRESS_ONLY = frozenset({"father", "sister", "lord", "lady"})
# Nouns naming a person's position ("head", "analyst", "spokeswoman"): an apposition or predicate
# noun only states an affiliation when it is one of these, not "annexation" or "summit".
ROLE_NOUNS = (TITLE_ROLES - _ADDRESS_ONLY) | frozenset({
    "head", "member", "official", "fellow", "staff", "aide", "envoy", "boss", "cfo", "coo", "cto", "expert",
    "analyst", "scholar", "editor", "economist", "scientist", "trustee", "partner", "associate", "delegate",
    "diplomat", "agent", "dean", "provost", "rector", "candidate", "nominee", "veteran", "employee", "adviser",
    "advisor", "researcher", "lecturer", "student", "graduate", "alumnus", "alumna", "congressman",
    "congresswoman", "founder", "co-founder", "cofounder", "owner", "commander", "engineer", "physician",
    "doctor", "surgeon", "nurse", "technician", "consultant", "strategist", "marshal", "principal", "staffer",
    "democrat", "republican",  # "the top Democrat on the committee"
}) | frozenset(lemma for lemma in PREFIXED_WORD_LEMMAS.values()  # "vice-president", "co-chairman"
             if lemma.startswith("vice-") or lemma.startswith("co-") and lemma != "co-found")

# Roles whose modifying place or organisation is usually their subject matter, not their employer
# ("a China expert", "Middle East correspondent", "Wall Street analyst").
TOPIC_ROLE_NOUNS = frozenset("""
analyst expert specialist correspondent reporter columnist commentator watcher observer scholar historian
critic hand pundit strategist
""".split())
# Nouns for a person that name no role: a place before one is the person's home ("a Vancouver man").
PLAIN_PERSON_NOUNS = frozenset("man woman boy girl teen teenager youth resident native".split())
# Occupations and descriptors a headline or a title-case line writes before a name, no office but
# no part of the name either ("Comedian Ellen DeGeneres", "GM Theo Epstein", "Rapper Kanye West").
NAME_DESCRIPTOR_NOUNS = frozenset("""
comedian comic actor actress singer songwriter rapper musician guitarist drummer bandleader author novelist
writer poet playwright filmmaker screenwriter producer chef designer artist painter sculptor photographer
gm manager quarterback pitcher cornerback linebacker receiver striker goalkeeper boxer golfer wrestler jockey
astronaut clerk undersheriff coroner billionaire entrepreneur businessman businesswoman tycoon mogul magnate socialite supermodel
dj farmer teacher builder pensioner newcomer campaigner activist shopkeeper landlord""".split())
# Performers: a name before one that is no known place is mostly a show or a band ("Holby City actor X",
# typed GPE), not the performer's home (relations/role_places.py).
PERFORMER_NOUNS = frozenset("actor actress star presenter comedian dancer singer drummer guitarist".split())
# Words making a killing one that did not happen: "attempted murder", "a foiled assassination".
ATTEMPT_WORDS = frozenset({"attempted", "attempt", "failed", "foiled", "botched", "thwarted", "would-be"})
# Family words that name a person by apposition ("his sister Mary", "her husband John").
KINSHIP_NOUNS = frozenset("""
mother father son daughter brother sister wife husband spouse widow widower partner girlfriend boyfriend
fiancee fiance grandson granddaughter grandmother grandfather uncle aunt nephew niece cousin child
godfather godmother godson goddaughter stepfather stepmother stepson stepdaughter stepbrother stepsister
""".split())
# Nouns for a person that hold no post at what is named with them: backing or opposing someone
# ("a Sanders supporter", "a GOP donor"), winning something ("winner of the Aldo Beckman award"), using
# or buying what an organisation offers ("another Twitter user", "a Jefferies client"), staying at one
# ("a patient at Walter Reed Hospital", "an inmate at Rikers").
NON_POST_NOUNS = frozenset("""
supporter backer fan admirer critic opponent detractor voter donor follower loyalist defender sympathizer
sympathiser booster devotee foe rival challenger winner recipient laureate finalist honoree awardee
antagonist adversary nemesis
fund-raiser fundraiser raiser bundler contributor
user customer subscriber viewer reader listener shopper client patron
patient inpatient outpatient inmate prisoner detainee guest
shareholder stockholder
""".split())
# Nouns for where a person lives or comes from ("a Fargo resident", "a native of Chisholm").
RESIDENT_NOUNS = frozenset({"resident", "native", "citizen", "inhabitant", "homeowner", "villager", "local",
                            "expatriate", "expat", "émigré", "emigre"})
# Person nouns a place before them makes a residence, as news writes it ("a Vancouver man", "a
# Bronx teenager"): where the person lives or comes from, like "a Fargo resident".
PERSON_HOME_NOUNS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "youth"})

# Words making a role a past one ("former President", "ex-CEO", "then-administrator").
PAST_ROLE_WORDS = frozenset({"former", "ex", "then", "onetime", "one-time", "erstwhile", "retired", "late",
                             "previous", "past"})
# Words stating a role is held now ("the current chairman", "sitting senator").
CURRENT_ROLE_WORDS = frozenset({"current", "sitting", "incumbent", "serving", "acting", "interim"})
# Words making a role one still to come ("incoming chairman", "President-elect", "Secretary-designate",
# "soon-to-be aide"): the holder does not hold it yet, status "future".
FUTURE_ROLE_WORDS = frozenset({"incoming", "elect", "designate", "designee", "soon-to-be", "future"})

# Status words that open no name: "Retired Army Col. X" names the Army, "Former Sen. X" no "Former".
# Words for a present status are left out: they start names ("Current TV", "Incumbent Capital").
NAME_STATUS_WORDS = PAST_ROLE_WORDS | frozenset({"acting", "interim"})
# A line whose words of four letters or more are all capitalised, and at least this many, is a
# Title Case headline (extract/entities/name_boundaries.py).
HEADLINE_MIN_WORDS = 4
# Sports results write the winner, a lower-case "d." or "def." (defeated) and the loser: "Viera d.
# Rockledge 3-1". Lower case, so never a middle initial; the model reads the line as one name.
RESULTS_VERBS = frozenset({"d.", "def", "def.", "df"})

# --- Organisations ----------------------------------------------------------------------------

# Nouns naming a kind of organisation, read two ways: before a name ("the think tank MERICS",
# "broadcaster NHK": ORG_DESCRIPTORS) and as a class the organisation belongs to ("X is another
# Seven Sons university": ORG_CLASS_NOUNS). The core serves both.
ORG_KIND_NOUNS = frozenset({
    "agency", "airline", "bank", "body", "broadcaster", "carrier", "company", "firm", "group", "institute",
    "lab", "laboratory", "maker", "manufacturer", "network", "newspaper", "operator", "organisation",
    "organization", "outlet", "party", "producer", "union", "university",
})
# Only before a name: media and pressure-group words that rarely state membership of a class.
ORG_DESCRIPTORS = ORG_KIND_NOUNS | frozenset({
    "alliance", "channel", "coalition", "daily", "fund", "magazine", "regulator", "startup", "station",
    "tank", "watchdog",
})
# Only as a class: words too common before other nouns to introduce a name ("member states",
# "state media", "the country's"), and institution kinds usually part of the name itself.
ORG_CLASS_NOUNS = ORG_KIND_NOUNS | frozenset({
    "academy", "affiliate", "ally", "association", "center", "centre", "club", "college", "contractor",
    "corporation", "country", "developer", "enterprise", "entity", "institution", "member", "nation",
    "school", "state", "subsidiary", "supplier", "team", "unit",
})
# Of them, an organisation's relation to another: "the Yukos subsidiary" is no Yukos ("the Yugansk unit" is Yugansk).
RELATIONAL_ORG_NOUNS = frozenset({"affiliate", "ally", "contractor", "member", "subsidiary", "supplier"})
# Kinds of organisation a place's possessive places there: "one of Egypt's largest internet service
# providers", "Britain's biggest mobile operator" (not "supplier", "ally": to the place, not in it).
PLACED_CLASS_NOUNS = ORG_KIND_NOUNS | frozenset({"provider", "employer", "retailer", "lender", "insurer"})
# Before a name, kinds of business that introduce a company ("indie developer Tequila Works",
# "retailer Lowe's"), beside ORG_DESCRIPTORS (organisation cues of resolve/org_cues.py).
BUSINESS_DESCRIPTORS = frozenset({
    "developer", "publisher", "retailer", "lender", "insurer", "automaker", "carmaker", "studio",
    "brokerage", "chipmaker", "conglomerate", "subsidiary", "supplier", "contractor", "rival", "peer",
})
# After a name and before a person's name: staff an organisation employs, which no person has
# ("Jefferies analyst Jonathan Matuszewski"; not "spokesman" or "adviser": people have those too).
EMPLOYEE_NOUNS = frozenset({"analyst", "analysts", "economist", "economists", "engineer", "engineers",
                            "researcher", "researchers"})

# Legal-form suffixes of company names ("Acme Robotics Inc.").
LEGAL_SUFFIXES = frozenset("inc inc. corp corp. ltd ltd. llc co co. plc ag sa gmbh limited nv n.v. bv pte bhd ab"
                           " spa s.p.a. srl kk k.k. oy oyj asa sarl pty llp lp l.p.".split())  # Italian, Japanese, Nordic; partnerships
_LEGAL_FORMS = frozenset(s.rstrip(".") for s in LEGAL_SUFFIXES)


def is_legal_form(word: str) -> bool:
    """A company's legal form, written with or without its full stops ("Inc", "Inc.", "N.V.", "AG")."""
    return word.lower().rstrip(".") in _LEGAL_FORMS
# Words a company name may drop in a short form ("Acme Holdings" is "Acme").
COMPANY_SUFFIXES = LEGAL_SUFFIXES | frozenset({"group", "holdings"})
# Words any organisation name may drop in a short form ("Beihang" for "Beihang University").
ORG_GENERIC_WORDS = COMPANY_SUFFIXES | frozenset("""
university institute academy college school center centre corporation company
foundation association society party agency department club
""".split())

# Surname openings written with a capital inside ("McDonald", "MacArthur", "DeSantis", "LeBron"):
# that shape marks a brand ("SciSpacE", "xCloud") only after other openings.
SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Du", "Da", "La", "Le", "Van", "Von", "Fitz", "O'")

# Months and weekdays: capitalised inside sentences, yet they name no story; two articles that both
# write "November" share no evidence of being about one person (resolve/homonyms.py).
CALENDAR_WORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())

# Generic words opening a name that its short form drops ("Project xCloud" is "xCloud",
# "Operation Desert Storm" is "Desert Storm").
LEADING_GENERIC_WORDS = frozenset({"project", "operation"})

# Last words of bodies organised in chapters: "<State> Republican Party" and "Republican Party
# of <State>" are a chapter, "Republican Party" alone the national party (after a nation's name
# or nationality the party is the national one: "Chinese Communist Party").
CHAPTER_HEADS = frozenset({"party"})

# Words naming a part of a body ("House Intelligence Committee", "VOA Extremism Watch Desk"):
# the body's name alone is the whole body, not that part.
BODY_PART_WORDS = frozenset("committee subcommittee caucus panel desk delegation".split())

# Lower-case plurals after a surname that make it name a family, not one member ("the Koch
# brothers", "the Kennedy family").
FAMILY_GROUP_WORDS = frozenset("brothers sisters siblings family families twins couple sons daughters clan dynasty".split())

# Prefixes that make a name an attitude or a period ("anti-Muslim", "pro-Cruz", "un-American",
# "post-Soviet"): the word is an adjective about the name's bearer, never the bearer.
ATTITUDE_PREFIXES = frozenset({"anti", "pro", "non", "un", "post", "pre", "ex", "counter"})

# Era abbreviations: after a year or century ("the mid-500s B.C.", "A.D. 70") a date's part, not
# British Columbia nor any other name.
ERA_ABBREVIATIONS = frozenset({"bc", "bce", "ad", "ce"})

# Words after a product's name that make it another model of a line ("Mac Pro", "iPhone Max",
# "Galaxy Ultra"): such a name is a product, never a person's name ("Pro" no surname), and not
# the bare name before it.
PRODUCT_LINE_WORDS = frozenset("pro plus max mini ultra lite".split())

# Descriptive words after a news organisation's or a market index's name that its short form
# drops ("<X> News", "<X> Media", "<X> Index", "<X> Composite").
MEDIA_SUFFIXES = frozenset({"news", "media", "index", "composite"})
# Words naming a facility, an event or a place: "<X> Arena" is the arena named after X, never X
# itself ("Capitol Hill" is not "the Capitol"),
# whatever the resolver's short-form rules say ("<Bank> Arena", "<Broadcaster> Center", "<Name> Cup").
NAMED_AFTER_HEADS = frozenset("""
arena stadium field center centre cup park hall theatre theater dome coliseum colosseum auditorium
amphitheatre amphitheater pavilion gardens garden tower towers building plaza square bowl trophy prize
award awards championship championships tournament classic marathon festival gallery museum airport
station bridge raceway speedway ballpark
hill hills street avenue road boulevard river valley lake mountain mountains bay beach
""".split())

# Words of names every town has one of ("High Street", "City Council", "Police Department", "Town
# Hall"): a name made of these alone is one town's or another's, so across articles it links only on
# story evidence (resolve/linking.is_short). Not newspapers: "Daily News" split the New York Daily
# News of four articles, against one Cairo "Daily News" joined to it.
TOWN_GENERIC_WORDS = frozenset("""
high main market church station bridge street road lane avenue square city town county village council hall
police fire department public library courthouse
""".split())

# Heads of a gathering's name ("Democratic National Convention"): an acronym written with an office
# or staff after it ("DNC chair", "RNC spokesman") names the body that holds the gathering, not the
# gathering (resolve/names._link_initials; org_cues.office_after).
GATHERING_HEADS = frozenset({"convention", "summit", "games", "expo", "olympics"})
OFFICE_NOUNS = TITLE_ROLES | frozenset({"staff", "staffer", "official", "employee", "committeeman",
                                        "committeewoman"})

# --- Places -----------------------------------------------------------------------------------

# Words that make a name a place's, whatever the words around it say ("Democratic Republic of
# Congo", "Inner Mongolia Autonomous Region").
PLACE_KIND_WORDS = frozenset("""
republic kingdom emirates principality sultanate commonwealth region province state territory county
district city town village island islands
""".split())

# Other names of a country -> the one it is known by (casefolded; "U.S." is also written "us").
COUNTRY_ALIASES = {"us": "america", "u.s.": "america", "usa": "america", "uk": "britain", "u.k.": "britain",
                   "prc": "china", "russian federation": "russia", "united states": "america",
                   "united states of america": "america", "united kingdom": "britain", "great britain": "britain"}

# Nations that GeoNames files under a country (the United Kingdom's): as much a country's name as
# "France" in the resolver's guards ("England", the rugby team tagged ORG, is no surname of a
# "Jonathan Kaplan - England" or a Gordon England).
CONSTITUENT_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})

# Country acronyms that are also words: written in title case ("Us", the magazine "Us Weekly" or a
# title; "Who") they are the word, never the country or organisation written in capitals ("US",
# "U.S.", "WHO"), so name_strings.name_key keeps them apart. Only acronyms read letter by letter
# belong here: those pronounced as words are written in title case by some outlets ("Nato").
CASED_ACRONYMS = frozenset({"us", "usa", "uk", "who"})

# US states as news writes them short: AP-style abbreviations ("Calif.", "N.Y.") and postal codes
# ("CA"), each to the state's name. A GPE mention written so is named by the state
# (extract/entities/mentions.py), and a legislator's party-state tag "(D-Ore.)", "R-Texas" names
# the state served (extract/entities/party_tags.py).
# The department "secretary of State" heads, the name given to that "State" (entities/mentions.py)
# and the only "State" a role reads as an employer (relations/role_phrases.py).
STATE_DEPARTMENT = "State Department"
# Public attorneys' titles after a place name their office ("the Bristol district attorney's office").
PROSECUTOR_TITLES = tuple(tuple(t.split()) for t in ("county district attorney", "district attorney", "attorney general",
                                                     "city attorney", "county attorney", "county prosecutor"))
# Institutions named after their head, run into a person's span ("Obama White House", "Trump Campaign").
INSTITUTION_TAILS = frozenset({"white house", "administration", "campaign", "government", "cabinet", "presidency"})

# --- Pronouns -----------------------------------------------------------------------------------

# The personal pronouns whose gender picks a person: coreference's links and the relation rules' safe pronouns.
PRONOUN_GENDERS = {"he": "male", "she": "female"}
# The possessives whose gender picks a person: "her use of a private email server".
POSSESSIVE_GENDERS = {"his": "male", "her": "female"}

# --- Punctuation ------------------------------------------------------------------------------

# Dashes as writers type them: em, en, horizontal bar, hyphen, and the typewriter double hyphen.
DASHES = frozenset({"―", "—", "–", "-", "--"})
# Possessive markers as tokens: "RealClearPolitics' David Byler", "CNN's “State of the Union”".
POSSESSIVE_MARKERS = frozenset({"'s", "'", "’s", "’"})
# Quotation marks as tokens: the double ones a count of open quotes reads, and the marks that open
# or close a quoted title or headline (single curly ones included: “‘Hamilton’”).
DOUBLE_QUOTE_MARKS = frozenset({'"', "“", "”"})
QUOTE_OPENERS = frozenset({"“", '"', "‘"})
QUOTE_CLOSERS = frozenset({"”", '"', "’"})
