"""Speakers when two frames or two people compete for a quote: a medium's report frame after the
quote against the speech frame before it, a new sentence after a quote ending in '?', a pronoun
that cannot be the person named in its own clause, a speaker the NER could not name standing
between a pronoun and the person named before, a described speaker among several people, and
headlines that name the speaker after the quoted words; words owned by a transcript label inside
the quotation or by a noun for words ('his “...” remark', 'Hollis's response was: “...”'). Hand-built texts, one construction each;
an empty list means the rule abstains (no speaker rather than a wrong one)."""
from __future__ import annotations

import pytest

from tests.extract.test_quotes import said

FRAMES = [
    ("the speech frame before the quote beats the medium relaying it after",
     "“We will win Ohio,” Tom Baker said on Monday.\n\n"
     "Asked about the plan, Baker said: “There will always be exceptions,” the Times reported.",
     [("Tom Baker", "We will win Ohio"), ("Baker", "There will always be exceptions")]),
    ("'according to' after the quote relays the frame before it too",
     "Asked about the plan, Mayor Tom Baker said: “There will always be exceptions,” according to the Times.",
     [("Tom Baker", "There will always be exceptions")]),
    ("a medium's frame alone still speaks",
     "“The plant will close in May,” the Times reported on Monday.",
     [("Times", "The plant will close in May")]),
    ("after a quote ending in '?', a new sentence with its own predicate is no frame",
     "Mayor Carl Jensen was asked about the plan on Tuesday. His answer was short: “Is the budget office in "
     "Ohio or in Kansas?” Budget Office is a consultancy in Washington that advises cities, according to "
     "its website.",
     []),
    ("after a quote ending in '?', a short frame of its own still speaks",
     "“Is the budget office in Ohio or in Kansas?” Mayor Carl Jensen asked on Tuesday.",
     [("Carl Jensen", "Is the budget office in Ohio or in Kansas?")]),
    ("words an unnamed subject asked for are theirs, not the spokeswoman's framing the sentence",
     "The families of the two injured men requested “total privacy,” and the clinic would not release any "
     "details about their condition, clinic spokeswoman Ilene Ward said.",
     []),
    ("words a named person asked for are that person's",
     "John Moss requested “total privacy for the family,” and the clinic would not release any details, "
     "spokeswoman Ilene Ward said.",
     [("John Moss", "total privacy for the family")]),
]

OWNERS = [
    ("a quotation opening with a person's name and a colon is that person's turn",
     "Instead, Chris Matthews and Reuters' Luciana Lopez argued that the debate was a draw.\n\n"
     '"Chris Matthews: Seriously, seriously about this. I think he won the night."',
     [("Chris Matthews", "Seriously, seriously about this. I think he won the night.")]),
    ("a turn in capitals names the person of that surname; an unnamed one carries on nobody's words",
     "Gov. Mike Pence spoke to a host on Sunday about the debate.\n\n"
     '"HOST: Will the guest be there on Monday night?"\n\n'
     '"PENCE: She will not be attending the debate tomorrow night."\n\n'
     '"HOST: Do you really see those two as equivalent?"\n\n'
     '"PENCE: Well, look, the question should be about the other campaign."',
     [("Mike Pence", "She will not be attending the debate tomorrow night."),
      ("Mike Pence", "Well, look, the question should be about the other campaign.")]),
    ("a quoted verdict on someone's remark is not their words",
     "The senator said that Tom Baker’s “divisive” and “mean-spirited” comments do not belong in the race.",
     []),
    ("a document named with a clause set off by commas refers to the one its maker put out",
     "A new television ad from the Freedom First PAC attacks the governor on his record. The ad, titled "
     "“Unifier?”, concludes that the governor is too “dangerous and reckless” to be president.",
     [("Freedom First PAC", "dangerous and reckless")]),
    ("a noun for someone's words before 'was' and a colon gives the quote to its owner",
     "Senator Mary Hollis was asked about the plan in Ohio. Hollis's response was blunt: “We will not pay for "
     "this bridge.”",
     [("Hollis", "We will not pay for this bridge.")]),
    ("a verbless frame of a noun for someone's words gives the quote to the one person named before",
     "Senator Mary Hollis was asked about the plan in Ohio on Monday. Her exact words: “We will not pay for "
     "this bridge.”",
     [("Mary Hollis", "We will not pay for this bridge.")]),
    ("a verbless frame after a sentence naming two people gives the quote to neither",
     "Senator Mary Hollis met Governor Tom Baker about the plan in Ohio on Monday. His response: “We will not "
     "pay for this bridge.”",
     []),
    ("quoted words premodifying a remark are the words of the one whose remark it is",
     "When Donald Trump incites violence with his “Second Amendment people” remark, the party suffers.",
     [("Donald Trump", "Second Amendment people")]),
]

SPEAKERS = [
    ("a pronoun is never the person the writer names in its own clause",
     "Last week, Gov. Chris Porter announced that he would back the senator. "
     "He calls Porter’s endorsement “the most transparent display of affection in years.”",
     []),
    ("the author of a document that is the subject speaks through the pronoun after it",
     "Ian Tuttle wrote a column on Monday. Last week, Gov. Chris Porter announced that he would back the "
     "senator.\n\n"
     "Tuttle's column also attacked Porter for backing the senator. He calls Porter's endorsement “the most "
     "transparent display of affection in years.”",
     [("Tuttle", "the most transparent display of affection in years.")]),
    ("'he added' after a speaker the NER could not name is nobody's, not the asker's",
     "Author Dinesh D’Souza made a prediction about the race on Monday.\n\n"
     "After radio host Glenn Beck asked the writer who would win the presidency, D’Souza replied, “If I had "
     "to bet now, I would bet on the governor.”\n\n"
     "“We should never confuse who we want to win with who is going to win,” he added.",
     []),
    ("a speaking 'it' after an organisation noun owned by a name stands for that name's entity",
     "Acme Corp. cut its forecast on Tuesday.\n\n"
     "Acme’s board met on Monday to discuss the plan. “We cannot sustain these losses,” it said.",
     [("Acme", "We cannot sustain these losses")]),  # the owner's mention; resolution joins it to Acme Corp.
    ("a speaking 'it' after an organisation noun owned by a name is not a place named before it",
     "Ruritania has devalued its currency twice this year.\n\n"
     "The Acme Party's national executive committee said it was satisfied with the reforms. "
     "“Measures taken so far are satisfactory,” it said.",
     [("Acme Party", "Measures taken so far are satisfactory")]),
    ("a speaking 'it' after an organisation noun a name stands beside is that name",
     "Ruritania said its troops repulsed heavy attacks in the mountains.\n\n"
     "The official news agency RUNA, received in London, said the troops continued their advance.\n\n"
     "It said “remnants of an enemy brigade were shattered.”",
     [("RUNA", "remnants of an enemy brigade were shattered.")]),
    ("a speaking 'it' after an organisation noun no name owns is unnamed",
     "Ruritania has devalued its currency twice this year.\n\n"
     "The national executive committee said it was satisfied with the reforms. "
     "“Measures taken so far are satisfactory,” it said.",
     []),
    ("'she writes' after a writing sent from someone else names nobody",
     "In another email, Senator Laura Finch asks her assistant to print out recommendations on the foundation, "
     "sent from her friend Anna Piercy, a banker. “I feel passionate and impatient to see new leadership at the "
     "foundation,” she writes.",
     []),
    ("'she writes' with no other author named is the one the sentences are about",
     "Senator Laura Finch answered questions from voters in Iowa. “I feel passionate and impatient to see new "
     "leadership at the foundation,” she writes in her memoir.",
     [("Laura Finch", "I feel passionate and impatient to see new leadership at the foundation")]),
    ("a described speaker fitting several people, where the latest subject is not the one the sentences "
     "are about, is nobody",
     "Donald Trump said Friday that it would “have been cool” had Hillary Clinton congratulated him on the "
     "night. “I was curious to see whether she'd do a class act and not mention my name,” the Republican "
     "nominee said.",
     [("Donald Trump", "have been cool")]),
    ("a described speaker fitting several people, where the latest subject is the one the sentences are "
     "about, is that one",
     "Hillary Clinton met voters in Ohio with Donald Trump's record in mind. Clinton said on Friday that "
     "the night went well. “I was curious to see whether he would mention my name,” the Democratic "
     "nominee said.",
     [("Clinton", "I was curious to see whether he would mention my name")]),
]

HEADLINES = [
    ("a headline closing with a colon and the speaker's name",
     "‘Hands Off Our Pensions’: Elizabeth Warren\n\n"
     "Sen. Elizabeth Warren spoke to union members in Boston on Monday.",
     [("Elizabeth Warren", "Hands Off Our Pensions")]),
    ("a headline closing with 'Says' and the speaker's name",
     "‘We Will Not Back Down,’ Says Elizabeth Warren\n\n"
     "Sen. Elizabeth Warren spoke to union members in Boston on Monday.",
     [("Elizabeth Warren", "We Will Not Back Down")]),
    ("a headline closing with the speaker's name and 'Says'",
     "‘We Will Not Back Down,’ Elizabeth Warren Says\n\n"
     "Sen. Elizabeth Warren spoke to union members in Boston on Monday.",
     [("Elizabeth Warren", "We Will Not Back Down")]),
    ("a place after the colon names no speaker",
     "‘Hell on Earth’: Aleppo\n\n"
     "Fighting went on in Aleppo on Monday.",
     []),
    ("words after the quote that are more than a name and a verb name no speaker",
     "Senator Declares ‘Revolution’ in Ohio\n\n"
     "Sen. Mark Hale spoke on Wednesday.",
     []),
]


@pytest.mark.parametrize("name,text,expected", FRAMES, ids=[c[0] for c in FRAMES])
def test_competing_frames(nlp, name, text, expected):
    assert said(nlp, text) == expected


@pytest.mark.parametrize("name,text,expected", OWNERS, ids=[c[0] for c in OWNERS])
def test_words_owned_by_a_label_or_a_noun(nlp, name, text, expected):
    assert said(nlp, text) == expected


@pytest.mark.parametrize("name,text,expected", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_competing_speakers(nlp, name, text, expected):
    assert said(nlp, text) == expected


@pytest.mark.parametrize("name,text,expected", HEADLINES, ids=[c[0] for c in HEADLINES])
def test_headline_speaker_after_the_quote(nlp, name, text, expected):
    assert said(nlp, text) == expected
