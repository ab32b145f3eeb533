"""Words of speech and of speakers: the verbs and nouns that introduce someone's words, the
documents that speak for their authors, and the nouns that say who a speaker is (a spokesperson,
a police officer, a person of one gender).

Quotes, reported speech, coreference and the relation rules (which must not read a speech verb as
a relation) all read them; they live here once, beside `pipeline/lexicon.py`'s other shared lists.
"""
from __future__ import annotations

# Verbs that introduce a direct quote ("X said", "said X", "X told RFE/RL", "X wrote").
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "write", "explain", "note", "state", "declare", "insist", "argue",
    "claim", "continue", "ask", "reply", "respond", "recall", "warn", "tweet", "post", "announce",
    "acknowledge", "admit", "conclude", "comment", "emphasize", "emphasise", "stress", "suggest",
    "remark", "observe", "predict", "joke", "quip", "shout", "exclaim", "urge", "vow", "promise",
    "testify", "concede", "contend", "complain", "caution", "counter", "boast", "assert",
    "proclaim", "retort", "mutter", "chant", "yell", "scream", "whisper", "answer", "agree",
    "maintain", "report", "recount", "confirm", "deny", "wonder", "lament", "muse", "reiterate",
    "demand", "plead", "scoff", "gush", "marvel", "sigh", "concur", "interject", "elaborate",
    "read",  # 'the letter reads, “...”'
    "relate",  # 'the pastor further related that ...'
})
# Verbs that introduce a quote only with their particle: 'As Byler pointed out, “...”', '“...,”
# he fired back' ('pointed to', 'went home' say nothing).
PHRASAL_SPEECH_VERBS = frozenset({
    ("point", "out"), ("spell", "out"), ("chime", "in"), ("weigh", "in"), ("fire", "back"),
    ("shoot", "back"), ("hit", "back"), ("sum", "up"), ("go", "on"),
})
# Words a Title Case title writes in lower case ('Fox and Friends', 'Gone with the Wind'): any
# other lower-case word ('It's all Facebook') shows the quoted words are a sentence, not a title.
TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "on", "in", "at", "to",
    "by", "up", "as", "off", "out", "per", "via", "vs", "v", "with", "from", "into", "onto", "over",
    "upon", "than", "o", "de", "la", "le", "du", "von", "van", "der", "del", "da",
})
# Verbs whose complement is someone's belief or report rather than the writer's assertion.
REPORTING_VERBS = SPEECH_VERBS | frozenset({
    "believe", "think", "allege", "estimate", "expect", "fear", "hope", "feel", "know",
    "reckon", "suspect", "doubt", "find", "show", "indicate", "reveal", "learn", "hear",
    "accuse", "charge", "speculate", "assume",
    "intimate", "insinuate", "imply", "hint",  # 'Mourinho intimated that Ferguson influenced ...'
})
# Reporting verbs of evidence: a study or a poll that "showed that ..." reports, but a person who
# "showed that he is a genuine medal contender" did so by deed; the clause is the writer's.
EVIDENCE_VERBS = frozenset({"show", "prove", "demonstrate"})  # those of them REPORTING_VERBS holds count
# Verbs by which a medium relays words someone else spoke: in 'Trump said: “...,” the Times
# reported' the quote is Trump's and the Times only its source ('according to' works the same).
RELAYING_VERBS = frozenset({"report"})
# Forms of reporting verbs that are never a noun, though the parser may tag them so at a
# sentence's start ("Police allege Kirkpatrick killed Banky", read as a compound noun).
UNAMBIGUOUS_REPORTING_FORMS = frozenset({"allege", "alleges"})
# Verbs that frame someone's words or a label ("quoted him", "called it a hoax", "cited a
# report", "described as") without introducing a direct quote by themselves. Like speech verbs,
# they state no open relation between their arguments.
FRAMING_VERBS = frozenset({"call", "cite", "describe", "quote"})
# Framing verbs whose object is the one whose words follow: "Officials quoted Smith as saying",
# "Smith was cited as saying".
QUOTING_VERBS = frozenset({"cite", "quote"})
# Nouns for someone's words, which a quote after them may give: "Trump's past descriptions of
# women as “pigs, dogs ...”", "the senator's remark that “...”". Whose words they are is who speaks.
SPEECH_NOUNS = frozenset({
    "description", "remark", "comment", "word", "claim", "characterization", "characterisation",
    "reference", "insult", "tweet", "assertion", "accusation", "warning", "quip", "joke", "promise",
    "pledge", "vow", "boast", "slogan", "slur", "label", "prediction", "complaint", "retort",
    "response", "reply", "answer",
})

# Nouns for what an organisation or person puts out in writing or on air: "the IMF report
# stated", "Ivana Trump's brief said". Their author, named before them, is who speaks.
DOCUMENT_NOUNS = frozenset({
    "report", "statement", "study", "letter", "memo", "memorandum", "ruling", "decision", "opinion",
    "brief", "filing", "complaint", "lawsuit", "suit", "indictment", "release", "announcement",
    "book", "article", "essay", "editorial", "column", "paper", "document", "survey", "poll",
    "analysis", "note", "ad", "advertisement", "clip", "video", "spot", "post", "tweet", "email",
    "website", "blog", "transcript", "testimony", "order", "notice", "proposal", "plan", "guidance",
})

# Nouns for a person of one gender: "the businessman", "9/11 widow Terry Strada". Coreference
# reads a pronoun's or a description's gender off them.
MALE_NOUNS = frozenset({
    "businessman", "congressman", "chairman", "spokesman", "councilman", "assemblyman", "father",
    "husband", "son", "brother", "king", "prince", "actor", "congressman", "frontman", "anchorman",
    "widower", "grandfather", "uncle", "nephew", "boyfriend", "dad", "grandson", "stepfather",
})
FEMALE_NOUNS = frozenset({
    "businesswoman", "congresswoman", "chairwoman", "spokeswoman", "councilwoman", "assemblywoman",
    "mother", "wife", "daughter", "sister", "queen", "princess", "actress", "lady", "anchorwoman",
    "widow", "grandmother", "aunt", "niece", "girlfriend", "mom", "granddaughter", "stepmother",
})

# Nouns for someone who speaks for an organisation or person: "a spokesman for Platte River
# Networks said", "a Google spokeswoman said", "the senator's press secretary said". Who they
# speak for is the speaker of their words.
SPOKESPERSON_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "representative",
})
# Nouns for the members of a police force, and the words naming such a force: "officers said",
# "police said" speak for the one force the article names ("Fort Worth Police Department").
POLICE_MEMBER_NOUNS = frozenset({
    "police", "officer", "officers", "policeman", "policemen", "policewoman", "deputy", "deputies",
    "trooper", "troopers", "detective", "detectives", "sergeant", "constable", "constables",
})
POLICE_FORCE_WORDS = frozenset({"police", "sheriff", "sheriff's", "p.d.", "pd", "constabulary", "patrol"})
# Of those, the words a place's name before them makes the name of its force, in any case ("of Twizel police")
PLACE_FORCE_WORDS = frozenset({"police", "constabulary"})

# Verbs by which someone puts a document out: "the union released a letter".
PUBLISHING_VERBS = frozenset({
    "issue", "release", "publish", "put", "send", "write", "post", "sign", "file", "submit", "produce",
    "circulate", "distribute", "unveil", "launch", "present", "deliver", "air", "run",
})

# Common nouns for a person the writer does not name ('The friend said ...', 'a neighbour told
# reporters', 'the officer added'): someone speaking whom no name covers. A he/she speaking after
# one of them may be that person, so it takes nobody named before instead.
UNNAMED_PERSON_NOUNS = MALE_NOUNS | FEMALE_NOUNS | SPOKESPERSON_NOUNS | frozenset({
    "friend", "neighbour", "neighbor", "witness", "source", "woman", "man", "girl", "boy", "person", "patient",
    "victim", "relative", "colleague", "classmate", "schoolmate", "teammate", "roommate", "flatmate",
    "teacher", "student", "pupil", "survivor", "bystander", "passerby", "passer-by", "onlooker",
    "worker", "employee", "driver", "passenger", "resident", "local", "owner", "shopkeeper", "customer",
    "official", "officer", "policeman", "policewoman", "deputy", "trooper", "detective", "sergeant",
    "constable", "investigator", "prosecutor", "lawyer", "attorney", "doctor", "nurse", "paramedic",
    "firefighter", "medic", "soldier", "guard", "pilot", "partner", "spouse", "child", "cousin",
    "fiance", "fiancee", "acquaintance", "companion", "caller", "visitor", "guest", "fan", "spectator",
    "coworker", "co-worker", "teenager", "manager", "boss", "landlord", "tenant", "eyewitness", "insider", "aide",
    "executive", "banker", "trader", "dealer", "broker",
})

# Documents an organisation issues in its own name ('the statement said', 'the release says'):
# with no maker named beside them, they speak for the one organisation the text just had
# announcing or putting something out.
ISSUED_STATEMENT_NOUNS = frozenset({"statement", "release", "announcement", "communique", "communiqué"})

# Verbs of asking for something in someone's words ('the families requested “total privacy”'): like a
# speech verb, they give the quoted words to their own subject, not to a frame around them.
REQUEST_VERBS = frozenset({"request", "beg", "petition"})

# Works of fiction whose story a fronted "In the <work>, ..." tells: "In the movie, Deep Throat
# gives Woodward the advice" (the film's scene, not a fact).
FICTION_NOUNS = frozenset({
    "movie", "film", "novel", "book", "play", "musical", "show", "series", "episode", "sitcom", "sketch",
    "script", "screenplay", "story", "comic", "cartoon", "opera", "miniseries", "drama",
})
# Works a quotation in apposition names by its title, however long or however cased: "his
# biography, ''Lost Tycoon: The Many Lives of Donald J. Trump,''", "the film 'The Long Road Home'".
NAMED_WORK_NOUNS = FICTION_NOUNS | frozenset({
    "biography", "autobiography", "memoir", "album", "song", "single", "documentary", "poem", "podcast",
    "bestseller", "painting", "sculpture", "exhibition", "exhibit", "title", "anthem", "hymn", "slogan", "track",
})
# Past forms of speech verbs that no suffix rule reaches.
IRREGULAR_SPEECH_FORMS = frozenset({"said", "told", "wrote", "tells"})


def speech_word(word: str) -> bool:
    """'Says', 'said', 'Warns', 'tells': a speech verb in any form it is written."""
    lowered = word.lower()
    stems = {lowered, lowered[:-1], lowered[:-2], lowered[:-1] + "y" if lowered.endswith("ies") else lowered}
    return bool(stems & SPEECH_VERBS) or lowered in IRREGULAR_SPEECH_FORMS

