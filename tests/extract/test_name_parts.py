"""Names the model finds only in part, completed from the article's own names (name_parts.py)."""
from __future__ import annotations

from pipeline.extract.entities.mentions import collect_mentions


def mentions_of(nlp, text: str) -> list[str]:
    return [m.text for m in collect_mentions(nlp(text))]


def test_a_last_word_of_a_longer_name_opening_a_sentence_is_that_name_again(nlp):
    found = mentions_of(nlp, "NASA is developing a mission called Europa Clipper, which is scheduled to launch in "
                             "the mid-2020s. Clipper will orbit Jupiter but study Europa up close on dozens of flybys.")
    assert "Clipper" in found


def test_a_word_the_article_writes_in_lower_case_is_no_name_part(nlp):
    found = mentions_of(nlp, "The Seattle Sounders won the match. Sounders of all kinds cheered as the sounders "
                             "of horns played. Fans were happy.")
    assert found.count("Sounders") == 0


def test_word_of_the_name_is_one_name(nlp):
    found = mentions_of(nlp, "Games include Samurai Shodown, Thumper, Shadow of the Tomb Raider, Tomb Raider 2013. "
                             "I was streaming Shadow of the Tomb Raider at 4K resolution.")
    assert "Shadow of the Tomb Raider" in found


def test_a_title_before_of_the_stays_out(nlp):
    found = mentions_of(nlp, "The report was sent to the Secretary of the Navy on Monday by the admiral.")
    assert not any(f.startswith("Secretary") for f in found)


def test_an_organisation_name_runs_on_through_proper_nouns_before_a_common_noun(nlp):
    found = mentions_of(nlp, "Later that evening, he admitted that he took the child to Forest Hill's WoodSpring "
                             "Suites hotel, where he carried her into a room.")
    assert "WoodSpring Suites" in found


def test_two_names_either_side_of_of_the_are_one_title(nlp):
    found = mentions_of(nlp, "Kate Winslet was nominated for Eternal Sunshine of the Spotless Mind at the Oscars.")
    assert "Eternal Sunshine of the Spotless Mind" in found


def test_a_person_of_the_organisation_stays_two_names(nlp):
    found = mentions_of(nlp, "John Smith of the World Bank said the loan would be approved next month.")
    assert "John Smith" in found and "World Bank" in found


def test_a_capitalised_number_or_all_opens_the_name_after_it(nlp):
    assert "Three Degrees" in mentions_of(nlp, "The show starred former Three Degrees star Sheila Ferguson and others.")
    assert "All Saints" in mentions_of(nlp, "Former All Saints star Natalie Appleton left the show on Monday.")
    assert "20th Century Fox" in mentions_of(nlp, "The film was made by 20th Century Fox last year in Canada.")


def test_a_day_or_a_year_before_a_name_stays_apart(nlp):
    found = mentions_of(nlp, "On Monday Microsoft said it would cut jobs. By 2004 Google had bought it.")
    assert "Microsoft" in found and "Google" in found


def test_an_organisations_head_word_alone_is_its_short_name(nlp):
    found = mentions_of(nlp, "The Academy of Motion Picture Arts and Sciences announced the nominations on Tuesday. "
                             "Academy president Frank Pierson praised the films in a statement.")
    assert found.count("Academy") == 1 and "Frank Pierson" in found


def test_a_head_word_of_two_organisations_names_neither(nlp):
    found = mentions_of(nlp, "The University of Leeds and the University of York signed a deal on Tuesday. "
                             "University staff said the plan was sound.")
    assert "University" not in found


def test_a_country_right_after_a_company_names_its_unit(nlp):
    found = mentions_of(nlp, '"Broadband is moving," said Karen Thomson, Chief Executive of AOL UK, on Monday.')
    assert "AOL UK" in found and "UK" not in found


def test_a_country_before_a_noun_is_a_desk_not_a_unit(nlp):
    found = mentions_of(nlp, "The envoy was in charge, said former White House Russia adviser Fiona Hill on Monday.")
    assert "White House" in found and "White House Russia" not in found


def test_a_day_after_the_opens_a_papers_name(nlp):
    # the model reads the day as a date and the rest as the paper, or leaves the rest untagged
    assert "Sunday Telegraph" in mentions_of(nlp, "In the Sunday Telegraph, Robert Peston said the deal was done.")
    assert "Sunday Express" in mentions_of(nlp, "He wrote in the Sunday Express last week about the deal.")
    # no "the": a date, and the company after it
    assert "Microsoft" in mentions_of(nlp, "On Sunday Microsoft said it would cut jobs.")


def test_a_word_two_rules_find_alone_is_tagged_once(nlp):
    # "Ministry": the last word of "Foreign Ministry" and the head of "Ministry of International Trade and
    # Industry", written alone; set twice it stopped the whole run (reut2-010)
    text = ('A Foreign Ministry official told Reuters "Japan has done everything it can." Analysts noted Japan\'s '
            "Ministry of International Trade and Industry had asked chipmakers to cut output. A MITI official "
            "said the Ministry was not planning to call another meeting.")
    doc = nlp(text)
    assert [e.text for e in doc.ents].count("Ministry") <= 1
