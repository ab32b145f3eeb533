"""Words of crime and court reports and of the story leads that describe a person before naming
them ("A Vancouver man has been charged ... / Eric Allen Kirkpatrick, 34, ..."): read by
coreference/forward.py, which makes the description a mention of the named person (session 9
joined rec8's relations/lead_descriptions.py into it). Kept beside pipeline/lexicon.py.
"""
from __future__ import annotations

# A story's lead: a description as the subject or object of one of these verbs, named in the next
# sentence (extract/coreference/forward.py): "A Vancouver man has been charged ... / Police
# allege Eric Allen Kirkpatrick ...". Words before such a name: "defendant Yvonne Hiller".
CASE_VERBS: dict[str, str] = {
    **{v: "case" for v in "charge arrest convict find sentence accuse indict acquit jail detain identify allege suspect"
       .split()},
    **{v: "deed" for v in "kill shoot stab murder".split()},
    **{v: "hiring" for v in "hire sign fire release".split()},
}
# Verbs too light to tell one deed from another: a lead description and a name are the same person
# when both "hanged himself", not when both "had" or "said" something.
LIGHT_VERBS = frozenset({"be", "have", "do", "say", "tell", "get", "make", "go", "come", "take", "give"})
# Words by which a clause adds someone to the one before ("A man was arrested ... / X was also arrested").
ADDING_ADVERBS = frozenset({"also", "too", "likewise"})
CASE_NAME_TITLES = frozenset({"defendant", "suspect", "accused"})
ALLEGING_VERBS = frozenset({"allege", "say", "believe", "suspect", "claim"})
# Heads of an indefinite description a story opens with before it names the person the next
# sentence names ("A Vancouver man has been charged ... Eric Allen Kirkpatrick, 34, ...", "a member
# of the San Diego Chargers has been arrested ... defensive tackle Jamal Williams"); gendered ones
# must agree with the name (coreference/forward.py).
INTRODUCED_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "youth", "member",
                                     "employee", "worker", "staffer", "player", "resident", "native",
                                     # people of a road or a crime scene named by what they did there
                                     "driver", "motorist", "pedestrian", "passenger", "cyclist", "bicyclist",
                                     "motorcyclist", "gunman", "shooter", "attacker", "assailant", "robber",
                                     "burglar", "intruder"})
# Verbs whose undergoer is accused of a crime ("was charged", "arrested X", "found X guilty") and
# whose doer harmed someone ("X stabbed", "X killed"), and verbs whose undergoer was harmed: a
# description and a name the next sentence gives are one person only in the same part.
ACCUSING_VERBS = frozenset("""
arrest charge convict indict sentence accuse suspect detain jail imprison acquit extradite prosecute
try book cite plead confess admit
""".split())
HARMING_VERBS = frozenset("""
kill murder shoot stab strangle beat attack assault rob rape injure wound hurt slay behead abduct kidnap
strike hit ram mow crush drag choke smother suffocate poison bludgeon slash torture maul
""".split())
# A road death: a person struck with a vehicle ("X struck Y with his pickup truck") and later dead
# (extract/relations/killings.py).
VEHICLE_STRIKE_VERBS = frozenset({"strike", "hit", "ram", "mow", "run"})
VEHICLE_NOUNS = frozenset("""
car truck pickup vehicle van suv bus taxi cab motorcycle sedan jeep minivan tractor trailer lorry
""".split())
# What says a person is dead: "Y died", "Y was pronounced dead", "Y was killed", "the body of Y".
DEATH_VERBS = frozenset({"die", "kill"})
BODY_NOUNS = frozenset({"body", "bodies", "remains"})
# Titles of the accused and of the harmed ("defendant Yvonne Hiller", "victim John Doe").
ACCUSED_TITLES = CASE_NAME_TITLES | frozenset({"inmate", "convict", "fugitive", "gunman"})
VICTIM_TITLES = frozenset({"victim", "hostage"})
# People named by what they did ("the Fulton County courthouse killer", "the Aurora gunman"): a place
# before one is where the deed was done, not the doer's home (extract/relations/role_places.py).
DEED_PERSON_NOUNS = frozenset("""
killer gunman shooter bomber attacker assailant murderer assassin slayer hijacker kidnapper abductor robber
burglar arsonist rapist stabber sniper strangler poisoner
""".split())
