"""Who a speaking pronoun stands for, and when it stands for nobody we can name: the person the
sentences are about, the one a question was put to, a gender the article itself states; and no
speaker rather than a guess when someone else is in focus. Then quotes nested in someone else's
words. Hand-built texts, one construction each."""
from __future__ import annotations

import pytest

from tests.extract.test_quotes import said

CASES = [
    ("a first name the name list calls female worldwide but male in the United States ('Rand') bars no 'he'",
     "Rand Araskog said the sale of the units was complete.\n\n"
     "\"We really wrapped everything up,\" he said adding that the company had received all the cash.",
     [("Rand Araskog", "We really wrapped everything up")]),
    ("a kin noun owned right before a name by commas states its gender: 'she' is not the father",
     "Joy Rainey has raced for ten years despite her illness, and her father, Murray, helps her at every race.\n\n"
     "\"I love the speed and the noise of the cars,\" she said.",
     [("Joy Rainey", "I love the speed and the noise of the cars")]),
    ("a sentence the parser cuts after a word is still one: its main subject speaks on",
     "On Thursday, Mr Howard told BBC Radio 4's Today programme Mr Blair had initially refused the law change, "
     "then had come round to the idea and was now backtracking again. He said: \"We've had three policy positions "
     "in three months and two U-turns.\"",
     [("Howard", "We've had three policy positions in three months and two U-turns.")]),
    ("the answer to a question is the one asked's, not the asker's",
     "Last month, reporter Scott Conroy asked Ted Cruz whether questions about his health were fair game.\n\n"
     "“Sure it is. I cannot remember the last day I took off because of illness,” he said.",
     [("Ted Cruz", "Sure it is. I cannot remember the last day I took off because of illness")]),
    ("the maker of a work the sentence before is about speaks, not the person named before it",
     "Comedian Matt Lucas hosted the ceremony in London on Wednesday night. Robbie Williams' track Angels beat "
     "songs by Coldplay and Keane to win the best song award. It is his 15th Brit award. He told the audience: "
     "\"I am very happy with the song and the fans.\"",
     [("Robbie Williams", "I am very happy with the song and the fans.")]),
    ("a work's maker in what a speaker says is no speaker",
     "Michael Moore's Fahrenheit 9/11 was left out of the best documentary race. "
     "Moore's caustic documentary may have been affected by its distributors' decision to enter it in the best "
     "picture category, says Tim Dams, the news editor of trade magazine Screen International. But he also "
     "believes the strong political viewpoint of Moore's film does not sit well with the Academy. \"If you look at "
     "past Oscar winners, the voters tend to go for epic pictures. \"They tend to go for films like Titanic,\" he said.",
     [("Tim Dams", "If you look at past Oscar winners, the voters tend to go for epic pictures."),
      ("Tim Dams", "They tend to go for films like Titanic")]),
    ("a post-nominal the parser makes the subject's head is the named person's ('Andrew Tyrie MP')",
     "Tory frontbencher Andrew Tyrie MP demanded a statement about the affair on Monday. He said: \"The "
     "government has questions to answer about this.\"",
     [("Andrew Tyrie", "The government has questions to answer about this.")]),
    ("a party's word the NER typed a person takes no pronoun",
     "Chancellor Gordon Brown set out his plans for the economy on Monday in a speech in London. Laying into the "
     "Conservative's record in government he said: \"They failed the country.\"",
     [("Gordon Brown", "They failed the country.")]),
    ("a question followed by a narrative sentence of speech no longer decides",
     "Reporter Scott Conroy asked Bernie Sanders about his health. Conroy said the answer surprised him.\n\n"
     "“It was not what I expected,” he said.",
     [("Scott Conroy", "It was not what I expected")]),
    ("the subject of a comparison in the sentence before is not the speaker",
     "Harry Reid raised the example of Barack Obama in 2008 inviting Hillary Clinton into his circle, "
     "just as President Abraham Lincoln did in building a team of rivals. "
     "“He reached out to her and gave her the best job he had to offer,” he said.",
     [("Harry Reid", "He reached out to her and gave her the best job he had to offer")]),
    ("a gendered noun before the name beats the name list's guess",
     "“They are 100 percent wrong,” said 9/11 widow Terry Strada.\n\n"
     "She continued, “All we are asking for is an opportunity to have our case heard in a courtroom.”",
     [("Terry Strada", "They are 100 percent wrong"),
      ("Terry Strada", "All we are asking for is an opportunity to have our case heard in a courtroom.")]),
    ("the article's own pronoun beats the name list's guess",
     "Sen. Bernie Sanders said he will make his medical records public. Jane Smith praised the decision.\n\n"
     "Reporter Ann Lee asked Sanders whether it mattered.\n\n"
     "“It matters to the voters,” he said.",
     [("Bernie Sanders", "It matters to the voters")]),
    ("a surname read as a place is the person when it speaks",
     "Rep. Steve Israel met the caucus on Tuesday.\n\n"
     "“When Donald Trump comes, Republicans are going to have to recruit interns,” Israel said.",
     [("Steve Israel", "When Donald Trump comes, Republicans are going to have to recruit interns")]),
    ("an office in -man is no evidence of gender",
     "Trump spokesman Hope Hicks confirmed that the group was independent. "
     "“They are not affiliated with the campaign,” she said.",
     [("Hope Hicks", "They are not affiliated with the campaign")]),
    ("'she continued' after a speaker taken for a man is nobody rather than a bystander",
     "Dylann Roof was accused of killing nine people. Mr. Sanders spoke at the convention.\n\n"
     "“No one should feel what I have seen,” Sanders said.\n\n"
     "“No one should feel how we feel,” she continued.",
     [("Sanders", "No one should feel what I have seen")]),
    ("an honorific the NER kept inside the name rules the person out",
     "The fire was set at the church Mrs Palin attends.\n\n"
     "“Everything is just speculation,” he said.",
     []),
    ("a surname that is also a gendered noun is no evidence of gender",
     "Tishana King watched from the corner. King said the area was lit by a streetlight.\n\n"
     "“His hands were down,” she said.",
     [("Tishana King", "His hands were down")]),
    ("no speaker when the one the sentences are about seemed of the other gender",
     "After a host was fired over comments about Michelle Obama, the network's anchor Ilia Calderón "
     "reacted with a letter. The Afro-Colombian journalist expressed concern.\n"
     "“I am concerned to hear voices that tolerate discrimination,” she tweeted.",
     []),
    ("a person described, not named, speaking in the sentence before stops the search: no speaker",
     "A friend of the family spoke to reporters on Monday.\n"
     "The friend said she was “bubbly” when she saw Alice Moore on Friday.\n"
     "She added: “We were chatting for about half an hour.”",
     []),
    ("an unnamed neighbour speaking after the named woman: no speaker rather than her",
     "Alice Moore lived in Millom with her daughter.\nA neighbour said she had seen Alice Moore on Friday.\n"
     "“She was always smiling,” she said.",
     []),
    ("a spokesman as the subject of the sentence before, whatever its verb: he is the one speaking, for his "
     "organisation, not the person named before",
     "MPs criticised the plans. Committee chairman John Denham said they were rushed.\n\n"
     "But a spokesman for the Home Office defended the proposals. He said: \"These cards will help fight crime.\"",
     [("Home Office", "These cards will help fight crime.")]),
    ("a person called by a title with 'the' in the sentence before is, in news style, the one named before",
     "Michael Howard attacked the Budget on Wednesday.\n\n"
     "The Tory leader countered that deals had been struck at dinners. He declared: \"He is the deals on meals man.\"",
     [("Michael Howard", "He is the deals on meals man.")]),
    ("a described person named in a clause on the noun is no unnamed speaker",
     "Donald Trump spoke in Salem.\n\nThe woman who started it all identified herself to CNN as a 52-year-old "
     "Salem resident named Caroline.\n\n“He truly cares about the American people,” she said of Trump.",
     [("Caroline", "He truly cares about the American people")]),
    ("an unnamed subject before the one chosen is named again does not stop the search",
     "Tishana King saw the shooting. A witness told the Daily News that the youth did not have a gun. "
     "But a police spokesman said that when King was asked, she told them she could not see \"from the angle I was at.\"",
     [("Tishana King", "from the angle I was at.")]),
    ("a pronoun in the unnamed spokesman's sentence linked to the person named before does not name him again: "
     "the spokesman speaks, for his party",
     "Liberal Democrat spokesman Mark Oaten said the plan was dangerous. A Labour Party spokesman criticised "
     "Michael Howard's record, saying police numbers had fallen when he was home secretary. "
     "He said: \"Today the Tories are making more extravagant promises.\"",
     [("Labour Party", "Today the Tories are making more extravagant promises.")]),
    ("a named person's spokesman as the subject of the sentence before is not that person: no speaker",
     "Ministers want to raise the pension age. On Monday, Tony Blair's official spokesman declined to say "
     "whether the prime minister backed the plans. He said: \"Let's wait for that process to complete itself.\"",
     []),
    ("someone brought in by a position, not named ('an analyst who asked to remain unidentified'), speaking "
     "after the named analyst: no speaker rather than him",
     "Analyst John Olson of Drexel Burnham said the shares were cheap. \"They are a bargain,\" Olson said.\n\n"
     "An analyst who asked to remain unidentified said the bid was too low. \"It will not fly,\" he said.",
     [("Olson", "They are a bargain")]),
    ("a position with 'the' may be the one named before: the search goes on",
     "Analyst John Olson of Drexel Burnham spoke on Monday. The analyst said the bid was too low. "
     "\"It will not fly,\" he said.",
     [("John Olson", "It will not fly")]),
    ("an unnamed speaker in the pronoun's own sentence: not the name inside his description",
     "Agriculture Secretary Richard Lyng proposed cuts on Monday.\n\n"
     "An aide to Lyng who asked not to be identified said the plan had been attacked by farm state lawmakers, "
     "which he said was started by \"somebody fanning the flames\" in the capital.",
     []),
    ("an unnamed subject two sentences back does not stop the search",
     "A spokesman for the Home Office defended the proposals. John Denham said the plans were rushed. "
     "He said: \"They need more work.\"",
     [("John Denham", "They need more work.")]),
    ("a relative described by a possessive, named before, does not stop the search",
     "Richard Moss was on the flight, his brother Alan Moss told ITV. He and his wife had a baby girl, his "
     "brother added. “He is a new dad,” he said.",
     [("Alan Moss", "He is a new dad")]),
    ("a described person of the other gender does not stop the search",
     "Alice Moore lived in Millom.\nHer father said she had moved there in May.\n"
     "“I love the sea,” she said.",
     [("Alice Moore", "I love the sea")]),
    ("a described person named in apposition is no unnamed speaker",
     "Alice Moore lived in Millom with her daughter.\nHer neighbour Jane Hill said she had seen Alice on Friday.\n"
     "“She was always smiling,” she said.",
     [("Jane Hill", "She was always smiling")]),
    ("a name opening a relative clause is a candidate, even where the tagger reads it as a noun phrase",
     "Angela Benson and her two young sons were driving home when the crash happened.\n"
     "“The driver was uncooperative,” said police spokesman Marty Earley.\n"
     "Tom Gallagher saw the crash from his porch.\n"
     "“It was a terrible thing to see,” he said.\n"
     "That is a view which Benson shares.\n"
     "“I just feel sad for that man,” she said.",
     [("Marty Earley", "The driver was uncooperative"), ("Tom Gallagher", "It was a terrible thing to see"),
      ("Angela Benson", "I just feel sad for that man")]),
    ("a his/her in the person's own conjunct states their gender",
     "Jane Smith saw the crash from her porch.\nLee and his wife were driving home when it happened.\n"
     "“It was terrible,” she said.",
     [("Jane Smith", "It was terrible")]),
    ("a name list's doubt no longer overrides the gender once someone of the other gender has spoken since",
     "Benson and her two young sons were driving home when the crash happened.\n"
     "“The driver was uncooperative,” said police spokesman Marty Earley.\n"
     "Tom Gallagher saw the crash from his porch.\n"
     "“It was a terrible thing to see,” he said.\n"
     "“I just feel sad for that man,” she said.",
     [("Marty Earley", "The driver was uncooperative"), ("Tom Gallagher", "It was a terrible thing to see"),
      ("Benson", "I just feel sad for that man")]),
    ("a surname named alone, misread later as an organisation, is still that person",
     "Benson and her two young sons were driving home when the crash happened.\n"
     "“The driver was uncooperative,” said police spokesman Marty Earley.\n"
     "That is something that Benson echoes.\n"
     "“I just feel sad for that man,” she said.",
     [("Marty Earley", "The driver was uncooperative"), ("Benson", "I just feel sad for that man")]),
    ("an unnamed spokesperson of one organisation, the latest subject, speaks for it through 'he said'",
     "A spokesman for Airbus Industrie confirmed the talks on Monday. \"We expect to sign the contract next "
     "month,\" he said.",
     [("Airbus Industrie", "We expect to sign the contract next month")]),
    ("a spokeswoman is no 'he'; a person's spokesman speaks for no organisation",
     "A spokeswoman for Exxon Corp said the leak was small. \"The spill is under control,\" he said. "
     "A spokesman for Tony Blair said the plan was fine. \"We will go ahead,\" he said.",
     []),
    ("a spokesperson in an object is not the one in focus",
     "Bob Smith met a spokesman for Airbus Industrie on Monday. \"We expect to sign the contract next month,\" "
     "he said.",
     [("Bob Smith", "We expect to sign the contract next month")]),
]


NESTED = [
    ("words recalled from someone else's description are theirs, not the one recalling them",
     "Hillary Clinton told the audience of Donald Trump's past descriptions of women he doesn't like "
     "as “pigs, dogs and disgusting animals.”",
     [("Donald Trump", "pigs, dogs and disgusting animals.")]),
    ("a verdict on someone's remarks is the one who gives it",
     "Minyon Moore, a senior adviser to the campaign, called Barack Obama's remarks on Saturday "
     "“a true wake-up call” to his supporters.",
     [("Minyon Moore", "a true wake-up call")]),
    ("a verdict on someone's comments is the one who gives it",
     "Mario Vargas Llosa said that Donald Trump's comments about immigrants were “intolerable and absurd.”",
     [("Mario Vargas Llosa", "intolerable and absurd.")]),
    ("a verdict the same speaker gives inside their report is framed by its own verb",
     "Ron DeSantis said he has supported a bill that would target accreditation bodies, which he called "
     "“a cartel for higher education.”",
     [("Ron DeSantis", "a cartel for higher education.")]),
    ("a participle after a single dash goes on with its subject's act",
     "When Hillary Clinton appeared before supporters, she declined to claim outright victory - only saying "
     "that she was breathing a “sigh of relief” at the numbers.",
     [("Hillary Clinton", "sigh of relief")]),
    ("a document's quoted name under 'said in' is no one's words, whatever frame follows",
     "Reliance Globalcom said in an e-mailed “traffic disruption update,” adding that it is working with "
     "customers to restore all services.",
     []),
    ("the reporter goes on adding, not the subject of the report",
     "Donald Trump told Newsmax that Mitt Romney had a policy of self-deportation, adding, "
     "“He lost all of the Latino vote.”",
     [("Donald Trump", "He lost all of the Latino vote.")]),
    ("rejecting something as a quoted word is a verdict",
     "Jeff Weaver rejected the idea as “ludicrous” on Monday.",
     [("Jeff Weaver", "ludicrous")]),
    ("the topic of a warning is in the speaker's words",
     "In a later vote, Bernie Sanders warned of the dangers of “owners of technology” in the industry.",
     [("Bernie Sanders", "owners of technology")]),
    ("a quoted predicate after a relative clause of speech is the outer speaker's",
     "Marco Rubio was unimpressed by Barack Obama's speech. Nothing the president said “will assuage "
     "people's fears,” Rubio said.",
     [("Rubio", "will assuage people's fears")]),
]


@pytest.mark.parametrize("name,text,expected", NESTED, ids=[c[0] for c in NESTED])
def test_nested_quote_speakers(nlp, name, text, expected):
    assert said(nlp, text) == expected


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_pronoun_speakers(nlp, name, text, expected):
    assert said(nlp, text) == expected


def test_description_far_from_its_role_holder_is_left_unlinked(nlp):
    """'The Afro-Colombian journalist' right after 'anchor Ilia Calderón reacted' is Calderón, not
    the journalist Maria Hinojosa named paragraphs before: no link rather than the wrong one."""
    from pipeline.extract.coreference.links import link_references
    from pipeline.extract.entities.mentions import collect_mentions

    text = ("Award-winning journalist Maria Hinojosa spoke about her childhood.\n\n"
            "She said it shaped her career. The event drew a large crowd. Many people came.\n\n"
            "Separately, a host was fired over remarks. The network's anchor Ilia Calderón reacted with a letter. "
            "The Afro-Colombian journalist expressed concern.")
    doc = nlp(text)
    mentions = link_references(doc, collect_mentions(doc))
    by_index = {m.index: m for m in mentions}
    linked = {m.text: by_index[m.refers_to].text for m in mentions if m.refers_to is not None}
    assert linked.get("The Afro-Colombian journalist") != "Maria Hinojosa"


def test_verdict_inside_own_report_keeps_its_own_content(nlp):
    """'which he called “a cartel”' inside DeSantis's report: the reported content is the verdict,
    not the whole clause 'he has supported a bill ...' (the outer verb's complement)."""
    from pipeline.extract.coreference.links import link_references
    from pipeline.extract.entities.mentions import collect_mentions
    from pipeline.extract.quotes.content import CONTENT_KEY
    from pipeline.extract.quotes.direct import extract_quotes

    text = ("Ron DeSantis said he has supported a bill that would target accreditation bodies, which he called "
            "“a cartel for higher education.”")
    doc = nlp(text)
    (relation,) = extract_quotes(doc, link_references(doc, collect_mentions(doc)))
    assert "supported a bill" not in relation.qualifiers.get(CONTENT_KEY, "")
