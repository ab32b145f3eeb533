"""Direct quotes and their speakers: hand-built constructions (quotation spans alone: test_quote_spans.py)."""
from __future__ import annotations


import pytest

from pipeline.extract.coreference.links import link_references
from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.quotes.direct import extract_quotes


def said(nlp, text: str) -> list[tuple[str, str]]:
    """(speaker's name, quoted words) per said-relation; a pronoun speaker shows its antecedent."""
    doc = nlp(text)
    mentions = link_references(doc, collect_mentions(doc))
    by_index = {m.index: m for m in mentions}
    found = []
    for rel in extract_quotes(doc, mentions):
        assert rel.predicate == "said" and rel.modality == "asserted"
        assert text[rel.value_span[0]:rel.value_span[1]] == rel.value
        assert rel.sentence_start <= rel.value_span[0] < rel.value_span[1] <= rel.sentence_end
        speaker = by_index[rel.subject]
        name = by_index[speaker.refers_to].text if speaker.refers_to is not None else speaker.text
        found.append((name, rel.value))
    return found


CASES = [
    ("frame after, told",
     "“We will keep building these schools,” John Smith told reporters on Monday.",
     [("John Smith", "We will keep building these schools")]),
    ("frame after, said + name, straight quotes",
     '"The plan is working better than we hoped," said John Smith.',
     [("John Smith", "The plan is working better than we hoped")]),
    ("frame after, long apposition before the verb",
     "“The sanctions are working,” John Smith, a senior fellow who studies trade at the Brookings "
     "Institution in Washington, told Reuters.",
     [("John Smith", "The sanctions are working")]),
    ("frame before, colon",
     "John Smith said: “We are ready for the vote next week.”",
     [("John Smith", "We are ready for the vote next week.")]),
    ("frame before, wrote",
     "John Smith wrote in a letter, “The program will close in May.”",
     [("John Smith", "The program will close in May.")]),
    ("continuation in the same paragraph",
     "“The first part is here,” John Smith said. “The second part follows without a frame.”",
     [("John Smith", "The first part is here"), ("John Smith", "The second part follows without a frame.")]),
    ("continuation in the next paragraph",
     "“The first part is here,” John Smith said.\n\n“A new paragraph carries on the quote.”",
     [("John Smith", "The first part is here"), ("John Smith", "A new paragraph carries on the quote.")]),
    ("quote left open at a paragraph's end",
     "“This quote opens here and runs on.\n\n“It closes in the next paragraph,” John Smith said.",
     [("John Smith", "This quote opens here and runs on."), ("John Smith", "It closes in the next paragraph")]),
    ("pronoun speaker resolved to the person",
     "John Smith arrived in Paris on Monday for the talks.\n\n“The talks went well,” he said.",
     [("John Smith", "The talks went well")]),
    ("unnamed speaker gives nothing, nor does its continuation",
     "“The first part is here,” John Smith said.\n\n“We are boycotting the parade,” a senior EU diplomat "
     "told Reuters. “It is not a surprise to anyone.”",
     [("John Smith", "The first part is here")]),
    ("scare quotes are not speech",
     "The two countries declared a “no limits” partnership and joined the “Seven Sons” group.",
     []),
    ("credit line",
     "“The candidate does not understand our lives at all.” ― Maria Garcia",
     [("Maria Garcia", "The candidate does not understand our lives at all.")]),
    ("credit line, dash glued to the mark and a final full stop",
     "“The candidate does not understand our lives at all.”― Maria Garcia.",
     [("Maria Garcia", "The candidate does not understand our lives at all.")]),
    ("closing mark typed as the opening one",
     "”The candidate does not understand our lives at all.” ― Maria Garcia",
     [("Maria Garcia", "The candidate does not understand our lives at all.")]),
    ("frame ending in a colon, quote set off in the next paragraph",
     "John Smith said:\n\n“We are ready for the vote next week.”\n\nThe vote is on Tuesday.",
     [("John Smith", "We are ready for the vote next week.")]),
    ("a dash taken for the subject does not hide the speaker",
     "When the tax question came up ― as it often did ― John Smith boasted, “That makes me smart.”",
     [("John Smith", "That makes me smart.")]),
    ("a person named in passing does not stop a continuation",
     "“The first part is here,” said John Smith, speaking of Mary Jones's plan. “The second part follows.”",
     [("John Smith", "The first part is here"), ("John Smith", "The second part follows.")]),
    ("another person named in between stops a continuation",
     "“The first part is here,” John Smith said. Mary Jones disagreed with him. “This is not the plan.”",
     [("John Smith", "The first part is here")]),
    ("a word of the quote taken for a subject does not hide the one after it",
     "“One of the brightest members of the entire Congress,” Rep. Elijah E. Cummings (D-Md.) said in a phone interview.",
     [("Elijah E. Cummings", "One of the brightest members of the entire Congress")]),
    ("'quoted X as saying' gives X's words, not the officials'",
     "Officials quoted John Smith as saying, “The plan is dead and buried now.”",
     [("John Smith", "The plan is dead and buried now.")]),
    ("'quoted X as saying' after the quote gives X's words, not the agency's",
     "“We expect inflation to slow down later in the year,” Reuters quoted governor Ali Khan as saying.",
     [("Ali Khan", "We expect inflation to slow down later in the year")]),
    ("'quoted an official as saying' after the quote names no speaker",
     "“We expect inflation to slow down later in the year,” Reuters quoted a central bank official as saying.",
     []),
    ("a participle under a preposition takes the clause's subject",
     "Mary Jones sang to the crowd before asking them, “Where do we go from here, my friends?”",
     [("Mary Jones", "Where do we go from here, my friends?")]),
    ("a frame whose participle has no subject gives way to the one before the quote",
     "In a statement, Google said: “The company was highly successful when it became independent,” "
     "adding that its value had quadrupled.",
     [("Google", "The company was highly successful when it became independent")]),
    ("a nested quote closing with the quote does not hide the frame",
     "“If you had a group saying ‘We are Christian,’ I would say, ‘That is ridiculous,’” President Barack Obama added.",
     [("Barack Obama", "If you had a group saying ‘We are Christian,’ I would say, ‘That is ridiculous,’")]),
    ("verb-first frame before a colon",
     "“It is hard to avoid,” said Ryan Ellis, a tax consultant. Mary Jones disagreed. "
     "Said Ellis: “I don’t get the sense she is interested in tax reform.”",
     [("Ryan Ellis", "It is hard to avoid"), ("Ryan Ellis", "I don’t get the sense she is interested in tax reform.")]),
    ("a participle right after a frame speaks for the frame's speaker",
     "“The American people do not agree with him,” Bernie Sanders said, suggesting a few questions, "
     "including, “Do billionaires really need a tax break?”",
     [("Bernie Sanders", "The American people do not agree with him"),
      ("Bernie Sanders", "Do billionaires really need a tax break?")]),
    ("a relative pronoun speaker is the name its clause describes",
     "Obama has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in 2010 "
     "said the party's goal was to make Obama a “one-term president for the ages.”",
     [("Mitch McConnell", "one-term president for the ages.")]),
    ("a document speaks for its named maker",
     "“Growth is slowing across the world economy now,” the IMF report stated.",
     [("IMF", "Growth is slowing across the world economy now")]),
    ("'the statement said' speaks for whoever put the statement out",
     "Google said in a statement on Monday that the deal was fair. “We will appeal the decision in the "
     "courts,” the statement said.",
     [("Google", "We will appeal the decision in the courts")]),
    ("a quoted title inside a sentence continues nobody's quote",
     "“The first part is here,” John Smith said.\n\n“American Skin (41 Shots)” was written by Bruce "
     "Springsteen after the shooting.",
     [("John Smith", "The first part is here")]),
    ("a partial quote inside reported speech is the words of the inner speaker",
     "Officials said John Smith called the plan “a complete and utter disaster for the country.”",
     [("John Smith", "a complete and utter disaster for the country.")]),
    ("a scare-quoted word is nobody's utterance",
     "John Smith said the “extremist” group held a rally in Paris on Sunday.",
     []),
    ("a scare-quoted word inside the reported clause is not the frame's speaker's",
     "The group, which critics call “extremist,” held a rally in Paris on Sunday, John Smith said.",
     []),
    ("a quote closed with its own opening mark",
     "“We will win this vote,“ John Smith said on Monday. The vote is on “Tuesday” next week.",
     [("John Smith", "We will win this vote")]),
    ("'he added' after another man is named: the one who was speaking",
     "“We will win,” John Smith said.\n\nThe plan was opposed by Peter Brown, who voted against it.\n\n"
     "But he added, “the vote is close and we may lose.”",
     [("John Smith", "We will win"), ("John Smith", "the vote is close and we may lose.")]),
    ("'he added' after the story turned to another man, its main clause's subject: that man",
     "“We will win,” John Smith said.\n\nPeter Brown disagreed with the plan and voted against it.\n\n"
     "But he added, “the vote is close and we may lose.”",
     [("John Smith", "We will win"), ("Peter Brown", "the vote is close and we may lose.")]),
    ("'as X put it' is a frame",
     "As Steven Rosenthal, a tax lawyer, recently put it, “Did Trump lower his taxes through legal tax avoidance?”",
     [("Steven Rosenthal", "Did Trump lower his taxes through legal tax avoidance?")]),
    ("'what X called' gives X the verdict",
     "Ban Ki-moon condemned what he called a “brazen breach” of U.N. resolutions.",
     [("Ban Ki-moon", "brazen breach")]),
    ("a show's title inside a frame is nobody's words",
     "“I wish him well, he fought really hard,” Donald Trump told the hosts of “Morning Joe,” adding that "
     "his son is a friend of the family.",
     [("Donald Trump", "I wish him well, he fought really hard")]),
    ("a participle after an insertion closed by a dash is not the insertion's subject's",
     "Small groups of protesters marched the streets around the stadium - where the Carolina Panthers played "
     "the Minnesota Vikings - while chanting, “Hands up, don't shoot.”",
     []),
    ("'but said' shares the subject of the verb it is coordinated with",
     "Mayor Jennifer Roberts said Friday that she thinks the video should be released but said “the question "
     "is really the timing of it.”",
     [("Jennifer Roberts", "the question is really the timing of it.")]),
    ("an employer before the title is not the speaker",
     "“The world economy has moved sideways,” IMF chief economist Maury Obstfeld said.",
     [("Maury Obstfeld", "The world economy has moved sideways")]),
    ("a name the NER took for a person before the title is not the speaker either",
     "\"We performed diligent safety checks to remove possible contaminants,\" Goddard planetary scientist Avi "
     "Mandell said of the discovery.",
     [("Avi Mandell", "We performed diligent safety checks to remove possible contaminants")]),
    ("titles joined by 'and' before the name",
     "“Our third quarter results reflected broad-based growth across our business,\" chairman, CEO and "
     "president Craig Menear said in the earnings release.",
     [("Craig Menear", "Our third quarter results reflected broad-based growth across our business")]),
    ("a quote over three paragraphs, each opened and only the last closed",
     "\"We will keep building these schools in every district.\n\n\"We will hire more teachers for all of "
     "them.\n\n\"And we will pay them better than before,\" John Smith said on Monday.",
     [("John Smith", "We will keep building these schools in every district."),
      ("John Smith", "We will hire more teachers for all of them."),
      ("John Smith", "And we will pay them better than before")]),
    ("a quote left open at a line's end and closed on the next line, one sentence a line",
     "\"People grabbed their children and ran,\" Anna Pinder said.\n\"Some people seemed quite concerned and "
     "were crying.\nEveryone was calling their family to say they were OK.\"\nThe police arrived later.\n"
     "\"They cuffed him and took him away,\" Mark Pigeon said.",
     [("Anna Pinder", "People grabbed their children and ran"),
      ("Anna Pinder", "Some people seemed quite concerned and were crying.\n"
                      "Everyone was calling their family to say they were OK."),
      ("Mark Pigeon", "They cuffed him and took him away")]),
    ("a quote over four lines, the marks of the middle lines lost, is one quote of the frame's speaker",
     "Maria Lopez runs a bakery in Lisbon.\n\"The council should admit its mistakes and resign.\nIt did not "
     "handle the floods well.\nIf it had, we would not have lost forty shops.\nWe cannot open until spring.\" "
     "she said.\nThe council meets on Friday.",
     [("Maria Lopez", "The council should admit its mistakes and resign.\nIt did not handle the floods well.\n"
                      "If it had, we would not have lost forty shops.\nWe cannot open until spring.")]),
    ("a quote opened after its frame and closed lines later by a spaced mark is one quote",
     "In a statement, coach Tom Baker noted, \"It is sad to hear of the arrest.\nWe will gather the facts.\n"
     "We take our place in the city seriously. \"\nThe team plays on Sunday.",
     [("Tom Baker", "It is sad to hear of the arrest.\nWe will gather the facts.\n"
                    "We take our place in the city seriously.")]),
    ("a two-line quote, the second line closing it, is one quote",
     "Ann Pike owns the store.\n\"I am tired of the riots.\nYou think it is over and then it starts again,\" "
     "said Pike.",
     [("Pike", "I am tired of the riots.\nYou think it is over and then it starts again")]),
    ("a quote opened mid-sentence runs through unmarked lines to the line that closes it",
     "Anna Pinder said her neighbour \"grabbed his children and ran to the car.\nHe drove off at once.\n"
     "Nobody saw him again.\"\nThe police arrived later.",
     [("Anna Pinder", "grabbed his children and ran to the car.\nHe drove off at once.\nNobody saw him again.")]),
    ("a quote left open is not reopened by a quote two paragraphs on",
     "“It's not just about one person,” Reggie Bush said.\n“We have some mistakes that we have got to clean "
     "up.\nThe team lost again on Sunday in Dallas.\n“The setback he had was substantial,” coach Sean Payton "
     "said.",
     [("Reggie Bush", "It's not just about one person"),
      ("Sean Payton", "The setback he had was substantial")]),
    ("a quote left open goes on past lines of page clutter (captions, other headlines)",
     "John Smith, the commander of the district, said: “These rioters are also criminals.\nThe protests "
     "began in June (Image: GETTY )\nSEE MORE: Hong Kong protests\n“Other than coming out to surrender, I "
     "see no option for them.”",
     [("John Smith", "These rioters are also criminals."),
      ("John Smith", "Other than coming out to surrender, I see no option for them.")]),
    ("a paragraph left open and not reopened is quoted prose, nobody's words",
     "“Here he is, babe,” Melanie Austin said. “Donald’s here, babe.”\n\n\"Trump walked onto the stage, "
     "chanting “U-S-A! U-S-A!”\n\n“That’s right, Donald — USA, baby,” Melanie Austin said to the nominee.",
     [("Melanie Austin", "Here he is, babe"), ("Melanie Austin", "Donald’s here, babe."),
      ("Melanie Austin", "That’s right, Donald — USA, baby")]),
    ("a term named as such is not the speaker's utterance",
     "Kurt Volker said he never used the term “three amigos” and added, “I frankly cringe when I hear it.”",
     [("Kurt Volker", "I frankly cringe when I hear it.")]),
    ("a name announced by 'so-called' or 'referred to as' is the writer's, not a quote",
     "Analysts expect more such issues this year.\n\nHowever, Anthony Dub said the Bank of America securities "
     "were more closely related to the so-called \"cars deals\" that raced to market last year.\n\nThe category "
     "referred to as \"other,\" covering bank and credit union loans, fell by 250 mln dlrs in January, the "
     "Federal Reserve said.",
     []),
    ("'the bank' is the bank the clause's subject names in its own language, not the last name holding 'Bank'",
     "MADRID, March 5 - Banco Santander signed a letter of intent with Bank of America to purchase its West German "
     "affiliate Bankhaus Centrale Credit AG, CC-Bank, the bank said in a statement amplifying an earlier report from "
     "Frankfurt.\n\n\"The incorporation of CC-Bank in our group will provide a major boost,\" the statement said.",
     [("Banco Santander", "The incorporation of CC-Bank in our group will provide a major boost")]),
    ("a thing glossed by its other name after ', or' is the writer's term, not a quote",
     "Trans World Airlines said it would fight the shareholder rights plan, or \"poison pill,\" adopted by "
     "the board, Buckstein said.",
     []),
    ("a quote with no frame right after the speaker's reported words goes on with them",
     "John Smith said the administration may be reluctant to act while talks go on. “The other factor is "
     "whether it would look like we are tipping the scales.”",
     [("John Smith", "The other factor is whether it would look like we are tipping the scales.")]),
    ("no such carrying on after a sentence that reports nobody's words",
     "Mary Jones arrived late. “The other factor is whether it would look like we are tipping the scales.”",
     []),
    ("a speech act not reported as done ('would tell') leaves the words with the outer speaker",
     "President Barack Obama, dedicating the museum on Saturday, said it would tell an American story, one of "
     "“suffering and delight, one of fear, but also of hope.”",
     [("Barack Obama", "suffering and delight, one of fear, but also of hope.")]),
    ("a frame set into the reported clause",
     "John Smith said the plan would be ready soon. But the weapons his country has, he added, are like "
     "“nuclear bombs that you can’t use.”",
     [("John Smith", "nuclear bombs that you can’t use.")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_quote_constructions(nlp, name, text, expected):
    assert said(nlp, text) == expected


def test_quotes_are_deterministic(nlp):
    text = CASES[5][1] + "\n\n" + CASES[8][1]
    doc = nlp(text)
    mentions = link_references(doc, collect_mentions(doc))
    first = [r.model_dump_json() for r in extract_quotes(doc, mentions)]
    assert first == [r.model_dump_json() for r in extract_quotes(doc, mentions)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Harry Hurt III had hoped to republish his unauthorized Trump biography, “Lost Tycoon: The Many "
                 "Lives of Donald J. Trump,” with his original publisher this year.", [],
                 id="long-title-after-a-work-noun"),
    pytest.param("Clinton wrote in her memoir, “I made a mistake and I take responsibility for it,” and moved on.",
                 [("Clinton", "I made a mistake and I take responsibility for it")],
                 id="a-sentence-after-a-work-noun-is-speech"),
])
def test_a_title_case_quote_after_a_work_noun_is_its_title(nlp, text, expected):
    """The lemma mend ('hoped' -> hope, a reporting verb) let 'hoped to republish his biography, “Lost
    Tycoon: ...”' give the biographer's words: a title longer than looks_like_title's six words."""
    assert said(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('John Smith said: "I am signed here for this season. "As club captain I want to win the title again." '
                 'Smith looked set to move to Chelsea in the summer.',
                 [("John Smith", "I am signed here for this season."),
                  ("John Smith", "As club captain I want to win the title again.")], id="frame-before"),
    pytest.param('"We are certainly not on the decline in any way. "I have no doubt in the players we have got," '
                 'said John Smith. England face France on Sunday.',
                 [("John Smith", "I have no doubt in the players we have got"),
                  ("John Smith", "We are certainly not on the decline in any way.")], id="frame-after"),
])
def test_a_reopened_quote_keeps_its_speaker_and_ends_before_the_narration(nlp, text, expected):
    assert sorted(said(nlp, text)) == sorted(expected)
