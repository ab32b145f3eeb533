"""Who speaks a quote when the text names an organisation, a spokesperson, a misread surname, or
wraps the name in labels: hand-built texts, one construction each."""
from __future__ import annotations

import pytest

from tests.extract.test_quotes import said

CASES = [
    ("a party's plural name the model types NORP is the party, which speaks",
     "Michael Howard set out his plans.\n"
     "The Conservatives said: \"These pledges are worthless and will not last.\"",
     [("Conservatives", "These pledges are worthless and will not last.")]),
    ("members a phrase picks out are no party",
     "Michael Howard set out his plans.\n"
     "The Conservatives in Devon who met him said: \"These pledges are worthless and will not last.\"",
     []),
    ("a people named by a plural speaks no quote",
     "Mr Howard met voters.\n"
     "The Americans said: \"These pledges are worthless and will not last.\"",
     []),
    ("officers speak for the one police force named",
     "Fort Worth Police Department responded to the call.\n"
     "“We got her, we got her!” officers announced on their radios.",
     [("Fort Worth Police Department", "We got her, we got her!")]),
    ("a police document speaks for the one police force named",
     "Fort Worth Police Department arrested the driver on Monday.\n"
     "The police report says the driver \"lost control of the car near the store and hit a tree.\"",
     [("Fort Worth Police Department", "lost control of the car near the store and hit a tree.")]),
    ("a police document with two forces named stays unnamed",
     "Fort Worth Police Department and Dallas Police Department sent units.\n"
     "The police report says the driver \"lost control of the car near the store and hit a tree.\"",
     []),
    ("police of another place are not that force",
     "Fort Worth Police Department responded to the call.\n"
     "“We found nothing in the room,” Forest Hill police officers said.",
     []),
    ("two forces named: the officers stay unnamed",
     "Fort Worth Police Department and Dallas Police Department sent units.\n"
     "“We got her, we got her!” officers announced on their radios.",
     []),
    ("a spokesman for an organisation",
     "A spokesman for Platte River Networks said in a statement: “The company did not, at any time, "
     "wipe the server.”",
     [("Platte River Networks", "The company did not, at any time, wipe the server.")]),
    ("a spokesman for a place's government speaks for it",
     "Ministers met in London. A Downing Street spokesman said: \"The talks went well.\"",
     [("Downing Street", "The talks went well.")]),
    ("a person's spokesman is not the person: his words are not the person's own",
     "Tony Blair met Gordon Brown on Monday.\n\nMr Blair's spokesman said: \"The prime minister supports the plans.\"",
     []),
    ("a spokesman for a person neither",
     "Tony Blair met Gordon Brown on Monday.\n\nA spokesman for Mr Blair said: \"The talks went well.\"",
     []),
    ("a spokesman's own name after his field is the speaker",
     "Shadow spokesman for sport Hugh Robertson said: \"I suspect the clubs are the answer.\"",
     [("Hugh Robertson", "I suspect the clubs are the answer.")]),
    ("one word before 'spokesman' that names no person of the text is the organisation, whatever its type",
     "Tony Blair met him. A Defra spokesman said: \"We welcome the report.\"",
     [("Defra", "We welcome the report.")]),
    ("a person's surname before 'spokesman' is the person's spokesman: not the person",
     "Tony Blair met Gordon Brown. A Blair spokesman said: \"We welcome the report.\"",
     []),
    ("a surname the NER calls something else is still the person",
     "Vasek Pospisil edged Reilly Opelka 7-6 (5), 7-6 (7).\n"
     "“Came down to a few points,” Opelka said. “Thought I did my part.”",
     [("Reilly Opelka", "Came down to a few points"), ("Reilly Opelka", "Thought I did my part.")]),
    ("a place glued to the title by a hyphen is not the speaker",
     "“How much worse could it get?” said Florida-based Republican strategist Al Cardenas, referring to Trump.",
     [("Al Cardenas", "How much worse could it get?")]),
    ("a bracketed party label between the name and a verb the parser left without subject",
     "At Baldwin Wallace University in Berea, OH, Gov. John Kasich (R-OH), said, “I am getting ready "
     "to rent a covered wagon.”",
     [("John Kasich", "I am getting ready to rent a covered wagon.")]),
    ("a medium reporting a participle's words does not speak them",
     "Donald Trump welcomed the news, saying the Ohio Republican was “doing the right thing,” "
     "CNN reported.",
     [("Donald Trump", "doing the right thing")]),
    ("a pronoun speaker is the main clause's subject, not the one reported inside it",
     "White House spokesman Josh Earnest said Barack Obama was not targeting just Donald Trump.\n"
     "“It is not uncommon to turn on cable television and see some congressman,” he said.",
     [("Josh Earnest", "It is not uncommon to turn on cable television and see some congressman")]),
    ("a pronoun speaker skips a subject in the clause before it",
     "“I think Bernie would encourage people,” Susan Sarandon said.\n"
     "Asked about her own vote in the event that Hillary Clinton faces Donald Trump, she replied: "
     "“I don't know. I'm going to see what happens.”",
     [("Susan Sarandon", "I think Bernie would encourage people"),
      ("Susan Sarandon", "I don't know. I'm going to see what happens.")]),
    ("a statement set off as a paragraph without quotation marks",
     "The game does not run in native 4K. Google confirmed this in a statement…\n"
     "When streaming at 4K, we render at a native 1080p and then upsample the picture.\n"
     "Not only is the game not true 4K, it runs at medium settings.",
     [("Google", "When streaming at 4K, we render at a native 1080p and then upsample the picture.")]),
    ("the writer's own paragraph after a colon is nobody's statement",
     "Google said in a statement on Monday:\n"
     "The company has had a difficult year, and its shares fell by a third.",
     []),
    ("an adverbial clause's subject in the pronoun's own sentence is who speaks",
     "Bernie Sanders also did not hold back.\n"
     "Two weeks after Hillary Clinton lost her cool on a rope line, she angrily said, “I am so sick of it.”",
     [("Hillary Clinton", "I am so sick of it.")]),
    ("a quoted name before its noun is a label",
     "As governor, Tim Kaine backed the state's misnamed “right to work” law.",
     []),
    ("a name the speaker coins before its noun is still theirs",
     "A third would be what Brad Sroka called a “let a thousand flowers bloom” approach.",
     [("Brad Sroka", "let a thousand flowers bloom")]),
    ("a quote ending its sentence is no premodifier of the next one's noun",
     "Donald Trump argued that a database would keep people out, saying it is “all about management.” "
     "Critics disagreed.",
     [("Donald Trump", "all about management.")]),
    ("a surname shared by two people named in the article stays unlinked",
     "Donald Trump spoke on Monday. “We work hard,” Trump told Vogue. Ivanka Trump designs shoes.",
     None),
    ("a quoted verdict before a preposition is still speech",
     "Hillary Clinton called it “a very big deal” on Tuesday.",
     [("Hillary Clinton", "a very big deal")]),
    ("a release with no maker named speaks for the organisation that just announced something",
     "The Ventura County Sheriff's Office announced the charges against Mark Ellis on Friday.\n"
     "Ellis is accused of robbing a bank.\n"
     "The release says a teller \"saw Ellis walk in at 3 p.m.\nHe showed a gun and took the cash.\n"
     "A revolver was recovered.\"",
     [("Ventura County Sheriff's Office", "saw Ellis walk in at 3 p.m.\nHe showed a gun and took the cash.\n"
                                            "A revolver was recovered.")]),
    ("a release owned by an abbreviation the NER did not name does the same",
     "The Ventura County Sheriff's Office announced the charges against Mark Ellis on Friday.\n"
     "The DA's release says a teller “saw Ellis walk in at 3 p.m. and pull a gun.”",
     [("Ventura County Sheriff's Office", "saw Ellis walk in at 3 p.m. and pull a gun.")]),
    ("a statement after a person spoke as well has no speaker",
     "The Ventura County Sheriff's Office announced the charges against Mark Ellis on Friday.\n"
     "Prosecutor Jane Hill said the case was strong.\n"
     "The statement said Ellis “will be arraigned on Monday in St. Paul.”",
     []),
    ("a statement after two organisations spoke has no speaker",
     "The Ventura County Sheriff's Office announced the charges on Friday, and the Acme Bank Corp. said "
     "it would help.\nThe statement said the suspect “will be arraigned on Monday in St. Paul.”",
     []),
    ("a passive verb's subject is the one spoken of, not the speaker",
     "Mark Jones hit 40 home runs last season.\n"
     "For these reasons, Jones has been described as the \"jewel of the manager's lineup this year.\"",
     []),
    ("'he's said' is mostly 'he has said', whatever the parse",
     "Since Mark Jones opened his campaign in May, he's said the same thing at every town hall and every "
     "fair: \"This race is about the people of this state.\"",
     [("Mark Jones", "This race is about the people of this state.")]),
    # session 17 (judge17 recall): a role nobody holds by name, speaking right after someone named spoke
    ("a role as the speaker is the one named speaking in the sentence right before",
     "Dipo Alli says he has an offer for Tindall. Tindall is out of contract at the end of the season. "
     "But Alli insists the player is worth more than Bath offered. "
     "\"Mike wants to remain with the club,\" the agent added.",
     [("Dipo Alli", "Mike wants to remain with the club")]),
    ("a role as the speaker after a sentence in which nobody named speaks stays unnamed",
     "Dipo Alli has an offer for Tindall. Tindall is out of contract at the end of the season. "
     "\"Mike wants to remain with the club,\" the agent added.",
     []),
    ("a role as the speaker after two named speakers stays unnamed",
     "Dipo Alli says he has an offer. Alli and Jim Hale both insist the player is worth more than Bath offered. "
     "\"Mike wants to remain with the club,\" the agent added.",
     []),
    ("an office the reader knows the holder of is not the last speaker",
     "Michael Fallon said the figures were wrong. "
     "\"It is impugning the integrity of the office,\" the chancellor said.",
     []),
    ("an unnamed source is not the last speaker",
     "Ken Rosenthal said the talks went on. \"Headway was being made earlier today,\" the source said.",
     []),
    ("a role with its body named is the last speaker tied to the body",
     "Jane Roe of Google said the product would be late. "
     "\"It would be a great loss for us,\" said the Google chief.",
     [("Jane Roe", "It would be a great loss for us")]),
    ("'the spokesman' after 'a spokesman' brought in unnamed is that one, not the article's player",
     "Vahid Hashemian has pulled out of the Iran squad. A Bayern spokesman said the striker would stay in Munich. "
     "\"It would have made no sense for him to go,\" the spokesman said.",
     [("Bayern", "It would have made no sense for him to go")]),
    ("'the spokesman' after 'a spokesman' of no organisation named is nobody named",
     "Vahid Hashemian has pulled out of the Iran squad. A spokesman said the striker would stay in Munich. "
     "\"It would have made no sense for him to go,\" the spokesman said.",
     []),
    ("'the spokesman' after 'a <Org> spokesman' speaks for the organisation, as that phrase does",
     "Vahid Hashemian has pulled out of the Iran squad. \"He's got back pain,\" a Bayern Munich spokesman said. "
     "\"It would have made no sense for him to go,\" the spokesman said.",
     [("Bayern Munich", "He's got back pain"), ("Bayern Munich", "It would have made no sense for him to go")]),
    ("'the spokesman' after 'a spokesman' named in apposition is the one named",
     "Vahid Hashemian has pulled out of the Iran squad. A spokesman, John Smith, said the striker would stay. "
     "\"It would have made no sense for him to go,\" the spokesman said.",
     [("John Smith", "It would have made no sense for him to go")]),
    ("a name the parser hangs under a title's 'of' is the subject a later 'he' speaks for",
     "Barry Everitt kicked two penalties for Wasps. Director of rugby Warren Gatland revealed that the players "
     "had been told off at half-time. \"They got a roasting,\" he said.",
     [("Warren Gatland", "They got a roasting")]),
    ("what a named doer 'showed' is no words of its own, but the finders' (judge17pb #70)",
     "The Department for Constitutional Affairs had shown a \"lack of consistent leadership\" over the "
     "project, the MPs found.",
     [("MPs", "lack of consistent leadership")]),
    ("what a doer 'showed' is worded by the one reporting it",
     "Mike Pence spoke in Iowa. Pence praised Ted Cruz for showing \"the courage of his convictions\" on Monday.",
     [("Mike Pence", "the courage of his convictions")]),
    ("a passive verb's speaker is its agent",
     "Mark Jones hit 40 home runs last season.\n"
     "Jones was described by coach Bill Smith as \"the best hitter I have ever seen in this league.\"",
     [("Bill Smith", "the best hitter I have ever seen in this league.")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_speakers(nlp, name, text, expected):
    found = said(nlp, text)
    if expected is None:  # only that no one-word misreading was resolved to one of the two
        assert all(speaker != "Donald Trump" or value != "We work hard" for speaker, value in found)
    else:
        assert found == expected
