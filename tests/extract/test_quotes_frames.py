"""Frames that introduce a quote in less common ways (phrasal verbs, a speech verb under an adverb,
a participle inside the frame's own phrase), quoted sentences that look like titles, passages
wrapped whole in straight marks, and the speaker a pronoun stands for when the sentence is about
someone else. Hand-built texts, one construction each."""
from __future__ import annotations

import pytest

from tests.extract.test_quotes import said

CASES = [
    ("a phrasal speech verb frames the quote",
     "As the analyst Maria Gonzalez pointed out last week, “The budget will not pass without the votes of the "
     "moderates.”",
     [("Maria Gonzalez", "The budget will not pass without the votes of the moderates.")]),
    ("a phrasal verb with a nominal object is no frame",
     "“The deal is off,” said Peter Wills, summing up the talks. Analysts pointed out the risks of “a long and "
     "costly standoff between the firms.”",
     [("Peter Wills", "The deal is off")]),
    ("a speech verb under an adverb shares the subject of the verb above",
     "The columnist Daniel Marsh went so far as to say: “The league as we know it is finished.”",
     [("Daniel Marsh", "The league as we know it is finished.")]),
    ("a speech verb under an adjective shares the subject of the verb above",
     "Governor Anne Porter was quick to say: “Nobody will lose their job because of this plan.”",
     [("Anne Porter", "Nobody will lose their job because of this plan.")]),
    ("a participle under an infinitive's perfect takes the subject of the verb above it",
     "Jackie Stallone was the first to leave the show. Stallone, 71, appeared not to have enjoyed her time in "
     "the house saying: “I'm a total wreck, I need a vacation.”",
     [("Jackie Stallone", "I'm a total wreck, I need a vacation.")]),
    ("a participle inside the frame's phrase does not take the frame over",
     "As the company's chief executive, Tom Hale, put it in a letter to staff explaining the merger, "
     "“Imagine a firm that no longer has to look up at its rivals.”",
     [("Tom Hale", "Imagine a firm that no longer has to look up at its rivals.")]),
    ("a quoted sentence with lower-case words is no title",
     "Paul Stein said his classmates agree. “It's all Snapchat, Instagram and Facebook,” he said. "
     "“They're fast and they're fun.”",
     [("Paul Stein", "It's all Snapchat, Instagram and Facebook"),
      ("Paul Stein", "They're fast and they're fun.")]),
    ("a passage wrapped in straight marks that opens with a quote gives the quote inside",
     "The senator gave an interview on Wednesday.\n\n"
     '"“You do not win a primary by counting states,” Sen. Mark Rowe replied before adding that he needs '
     'big states in March."',
     [("Mark Rowe", "You do not win a primary by counting states")]),
    ("someone's quoted words that hold a quote later stay theirs",
     '"The numbers are close, and I am going to read you the question: “Do you trust the mayor?” Forty percent '
     'said yes," Pat Dunn said.',
     [("Pat Dunn", "The numbers are close, and I am going to read you the question: “Do you trust the mayor?” "
                   "Forty percent said yes")]),
    ("a paragraph naming the last speaker is no continuation of their quote",
     "As the pollster Anna Ruiz wrote in March, “The delegates can change the rules at any time before the "
     "convention.”\n\n"
     "“One of the weaknesses of Ruiz's otherwise careful piece is that it ignores the rules committee.”",
     [("Anna Ruiz", "The delegates can change the rules at any time before the convention.")]),
]

PRONOUNS = [
    ("'he added' goes on with the subject speaking through a participle",
     "“The vote was rigged,” Tom Baker said on Monday.\n\n"
     "Mayor Carl Jensen also addressed Baker's concerns on Thursday, stating that the count was fair.\n\n"
     "“We take the integrity of every ballot seriously,” he added.",
     [("Tom Baker", "The vote was rigged"),
      ("Carl Jensen", "We take the integrity of every ballot seriously")]),
    ("a pronoun after a possessor in its own subjectless sentence is that person",
     "As the columnist Dan Fisher wrote in March, “The race is far from over.”\n\n"
     "If we understand Peter Holm's plan correctly when he says he will “win the big states,” the race is "
     "far from over.",
     [("Dan Fisher", "The race is far from over."), ("Peter Holm", "win the big states")]),
    ("a relative clause of the person's own speech states their gender",
     "Sen. Bernie Sanders and Hillary Clinton were invited to a forum in Ohio.\n\n"
     "Network executive John Doyle expressed frustration. “We are disappointed,” Doyle said.\n\n"
     "Sanders, who had said he would attend the forum, criticized Clinton.\n\n"
     "“I was disturbed but not surprised,” Sanders said at a rally.\n\n"
     "He also issued a statement, saying, “Secretary Clinton should not be so sure of winning.”",
     [("Doyle", "We are disappointed"), ("Sanders", "I was disturbed but not surprised"),
      ("Sanders", "Secretary Clinton should not be so sure of winning.")]),
    ("the speaker just named beats a man named before, whatever a name list guesses",
     "Sen. Bernie Sanders won the primary on Tuesday.\n\n"
     "Clinton campaigned in the state that made her husband, Bill, the comeback kid in 1992.\n\n"
     "“Let me thank the thousands of volunteers who worked so hard,” Sanders said. He said the results were a "
     "win for voters and “not a handful of wealthy campaign donors.”",
     [("Sanders", "Let me thank the thousands of volunteers who worked so hard"),
      ("Bernie Sanders", "not a handful of wealthy campaign donors.")]),
    ("a one-word outlet that reports is the outlet the article names in full",
     "“Acme will close two plants next year, people familiar with the plan told Bloomberg Politics,” "
     "Bloomberg reported on Tuesday.",
     [("Bloomberg Politics", "Acme will close two plants next year, people familiar with the plan told "
                             "Bloomberg Politics")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_frames(nlp, name, text, expected):
    assert said(nlp, text) == expected


@pytest.mark.parametrize("name,text,expected", PRONOUNS, ids=[c[0] for c in PRONOUNS])
def test_pronoun_speakers(nlp, name, text, expected):
    assert said(nlp, text) == expected


BLOCKS = [
    ("a block after a colon closing the speech verb's phrase is the speaker's, in any person",
     "Pastor John Reed spoke at the conference on Sunday.\n\n"
     "Reed elaborated on the message he believed the nation needed to hear:\n\n"
     "Kings were chosen from outside. The gates will open for those who wait. "
     "Heaven will not stay closed to this country.",
     [("John Reed", "Kings were chosen from outside. The gates will open for those who wait. "
                    "Heaven will not stay closed to this country.")]),
    ("a block after a lead-in whose verb reports a clause of its own is the writer's",
     "Pastor John Reed spoke at the conference on Sunday.\n\n"
     "Reed said the crowd was larger than last year and listed the reasons:\n\n"
     "The weather was mild. The tickets were cheaper. The hall was closer to the station.",
     []),
]


@pytest.mark.parametrize("name,text,expected", BLOCKS, ids=[c[0] for c in BLOCKS])
def test_block_statements(nlp, name, text, expected):
    assert said(nlp, text) == expected


TRANSCRIPTS = [
    ("transcript turns labelled with a person the article names are theirs",
     "Governor Mary Olsen spoke to anchor Dana Brooks on Sunday.\n\n"
     "BROOKS: Do you think the senator has campaigned well?\n\n"
     "OLSEN: I think he is trying. That has been part of his message.\n\n"
     "BROOKS: And what about the governor's own record?",
     [("Dana Brooks", "Do you think the senator has campaigned well?"),
      ("Mary Olsen", "I think he is trying. That has been part of his message."),
      ("Dana Brooks", "And what about the governor's own record?")]),
    ("sections headed by names, each once, are no transcript",
     "Three candidates left the race with ideas worth keeping.\n\n"
     "Jeb Bush: Student loans. Some big ideas do come to pass, and this one could.\n\n"
     "Marco Rubio: Retirement accounts. Two years ago a plan was proposed for everyone.",
     []),
    ("a single label line is no transcript",
     "Governor Mary Olsen spoke on Sunday.\n\n"
     "OLSEN: I think he is trying.",
     []),
    ("labels naming nobody in the article are no speakers",
     "Governor Mary Olsen spoke on Sunday.\n\n"
     "UPDATE: The governor's office confirmed the remarks.\n\n"
     "EXCLUSIVE: The interview will air again on Monday.",
     []),
]


@pytest.mark.parametrize("name,text,expected", TRANSCRIPTS, ids=[c[0] for c in TRANSCRIPTS])
def test_transcript_turns(nlp, name, text, expected):
    assert said(nlp, text) == expected


def test_transcript_names_its_own_people(nlp):
    """'DANA BROOKS: ...' then 'BROOKS: ...' with nobody of that name in the article's prose: the
    first label names the person, the short one refers to it."""
    text = ("The campaign manager went on television on Sunday.\n\n"
            "DANA BROOKS: Why not agree to another debate?\n\n"
            "PAUL REYNOLDS: Because the other side keeps changing the rules.\n\n"
            "BROOKS: You agreed to it in January.\n\n"
            "REYNOLDS: We did, and they changed the date.")
    assert said(nlp, text) == [("DANA BROOKS", "Why not agree to another debate?"),
                               ("PAUL REYNOLDS", "Because the other side keeps changing the rules."),
                               ("DANA BROOKS", "You agreed to it in January."),
                               ("PAUL REYNOLDS", "We did, and they changed the date.")]


HEADLINES = [
    ("single-quoted words of a 'Name:' headline are the person's",
     "Janet Moore: Senate Plan Is ‘A Gift to the Banks,’ Needs More Work.\n\n"
     "Sen. Janet Moore criticized the bill on Tuesday.",
     [("Janet Moore", "A Gift to the Banks")]),
    ("an apostrophe inside the quoted words does not close them",
     "Mark Hale: ‘You Don’t Win a Primary by Counting States.’\n\n"
     "Sen. Mark Hale spoke on Wednesday.",
     [("Mark Hale", "You Don’t Win a Primary by Counting States")]),
    ("a label naming nobody gives no speaker",
     "The Latest: Senator declares ‘revolution,’ ignores losses.\n\n"
     "Sen. Mark Hale spoke on Wednesday.",
     []),
]


@pytest.mark.parametrize("name,text,expected", HEADLINES, ids=[c[0] for c in HEADLINES])
def test_headline_quotes(nlp, name, text, expected):
    assert said(nlp, text) == expected


def test_a_list_of_names_and_figures_is_no_transcript(nlp):
    text = ("Senator Mary Olsen and Governor Paul Reyes are still in the race.\n\n"
            "OLSEN: 1,769.\n\nREYES: Win in a walk.\n\nOLSEN: Survive to March.")
    assert said(nlp, text) == []
