"""Rules of the plain-text line classifier on small hand-built pages."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import LineStats, classify_lines, clean_plain_text
from pipeline.clean.html import filter_extracted_lines
from pipeline.clean.stats import MIN_DOCUMENTS_FOR_PROSE
from pipeline.clean.lines import STOPWORDS, LineKind, detect_language, first_pass_kind, line_features

PROSE = [
    "The city council voted on Tuesday to approve a new budget that raises spending on public transport by a third.",
    "Officials said the money would pay for more buses and longer opening hours at the main stations of the city.",
    "Critics of the plan argued that the council had not explained where the additional funds would come from.",
    "The mayor told reporters that the budget was balanced and that no new taxes would be needed this year.",
]


def kind_of(line: str, lang: str = "en") -> LineKind:
    return first_pass_kind(line_features(line, STOPWORDS[lang]))


@pytest.mark.parametrize("line, expected", [
    (PROSE[0], LineKind.GOOD),
    ("please wait", LineKind.BOILERPLATE),
    ("No media source currently available", LineKind.BOILERPLATE),
    ("Load more", LineKind.BOILERPLATE),
    ("To subscribe, click here.", LineKind.BOILERPLATE),
    ("Accessibility links", LineKind.BOILERPLATE),
    ("Related: Ten things you missed this week", LineKind.BOILERPLATE),
    ("READ MORE: China plague outbreak confirmed in Beijing", LineKind.BOILERPLATE),
    ("Reporting by Jane Doe; Editing by John Smith", LineKind.BOILERPLATE),
    ("Follow us on Twitter", LineKind.BOILERPLATE),
    ("3 days ago", LineKind.BOILERPLATE),
    ("0:00 0:03:49 0:00", LineKind.JUNK),
    ("10:45 am", LineKind.JUNK),
    ('<div class="ad-slot" data-id="7"></div>', LineKind.JUNK),
    ("https://example.com/a/b", LineKind.JUNK),
    ("XS", LineKind.SHORT),
    ("A Focus On Drones and Advanced Engines", LineKind.SHORT),
    # a headline-shaped line (capitalised, no final punctuation) is a link to another story
    ("Man Charged With Manslaughter In Friend's Shooting Death At Northwest Side Parking Lot", LineKind.SHORT),
])
def test_first_pass_kind(line, expected):
    assert kind_of(line) is expected


@pytest.mark.parametrize("line", [
    # captions closed by a photo credit, and credits alone: their names became entities
    "Home Depot stock fell after the retailer reported third-quarter earnings. Photograph by Robyn Beck/AFP/Getty Images",
    "Crowds gathered outside the court on Monday morning. (Photo: Getty Images)",
    "The launch pad after the test firing of the engines. (credit: NASA/Jane Roe)",
    "Rescue workers search the rubble (Image: GETTY )",
    "(Image credit: Ceres Robotics)",
    "Sonu Mehta/Hindustan Times/Getty Images",
    "Alex Wong | Getty Images",
    "(Joshua Roberts/Reuters)",
    "Image copyright Getty Images",
    # wire and social credits: a full stop after the agency, the agency first, "via", "(AP Photo/...)"
    "Carlos Barria / Reuters.",
    "Handout/Reuters.",
    "Getty.",
    "Scott Olson via Getty Images.",
    "MICHAEL B. THOMAS via Getty Images.",
    "The senator waves to supporters in Miami on Tuesday. (AP Photo/Evan Vucci)",
    "(AP Photo/Evan Vucci, File)",
    "Protesters march in Paris. REUTERS/Kevin Lamarque/File Photo",
    "A minister arrives at the meeting on October 2, 2015. (FABRICE COFFRINI/AFP/Getty Images.)",
    # a line of slash-joined names alone, whatever the source
    "Samantha-Jo Roth/HuffPost.",
    "Facebook/Osman Abou Laban.",
    # post metadata: two or more labelled fields
    "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo",
    "Posted by: Jane Doe | Filed under: Politics, Elections",
    # promotions and link leads inside the body container
    "Related post: Pickled Brussels Sprouts Recipe",
    "Related stories: Ten things you missed this week",
    "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.",
    "How to listen to The Tennis Podcast",
    # calls to follow the site itself
    "Follow @SiteDeals on Twitter to keep up with the latest and greatest deals from around the web.",
    "Follow The Daily Record Opinion section on Facebook, Twitter (@DROpinion) and Instagram.",
    "Welcome to Site's Daily Deals, your source for the best deals. Follow us at Twitter @sitedeals.",
])
def test_credits_metadata_and_promos_are_boilerplate(line):
    assert kind_of(line) is LineKind.BOILERPLATE


@pytest.mark.parametrize("line", [
    "The agency said it had received the image from a photographer working for AFP.",
    "The photographs by the artist were sold at auction for more than a million dollars on Tuesday.",
    "Mr Smith, pictured, said the council would meet again in the spring to discuss the plan.",
    "Reuters reported on Tuesday that the company had agreed to sell its stake for $2 billion.",
    "See more photos:",
    'Use code "50OFF699" to get it at Dell for $799.99',
    "The date: Tuesday, when the council meets to vote on the budget for the coming year.",
    "He said he would follow the advice of his lawyers on Twitter and stop posting about the case.",
    "Millions of fans follow the team on Instagram, where it posts videos from training every day.",
    "More than half of respondents in the USA TODAY/Suffolk poll said the nation needs more parties.",
    "Trump led the field with 31 percent, according to a Reuters/Ipsos poll.",
    "Pictures from Reuters/Libya showed the scattered groups of fighters with heavy weapons.",
    "Rush Limbaugh Explains The Democrats Opposition To A Sanders/Trump Debate.",
])
def test_prose_mentioning_photos_agencies_or_labels_is_not_a_credit(line):
    assert kind_of(line) is not LineKind.BOILERPLATE


def test_a_paragraph_opening_like_a_credit_is_prose():
    # A credit or "Related:" opening is a label only in a label-sized line.
    paragraph = "Photo: Reuters. " + " ".join(PROSE * 2)
    assert kind_of(paragraph) is LineKind.GOOD


@pytest.mark.parametrize("lines, expected", [
    (PROSE, "en"),
    (["Die Regierung hat am Dienstag beschlossen, dass die Steuern nicht erhöht werden, und das ist gut so."], "de"),
    (["O governo disse que não vai aumentar os impostos este ano, mas que a situação é difícil para todos."], "pt"),
    (["엘제이의 리벤지인가, 류화영의 코스프레인가 시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다"], None),
])
def test_detect_language(lines, expected):
    assert detect_language(lines) == expected


def test_menu_and_footer_around_article_are_dropped():
    page = ["Home", "World", "Business", "Sign in", *PROSE, "Share this article", "Most Popular",
            "Privacy Policy", "All rights reserved"]
    assert clean_plain_text(page_text := "\n".join(page)).split("\n\n") == PROSE
    assert clean_plain_text(page_text) == clean_plain_text(page_text)  # deterministic


def test_subheading_between_paragraphs_is_kept_but_widget_label_is_not():
    page = [PROSE[0], "", "Budget Details", "", PROSE[1], "",
            "Watch The Mayor Explain The Plan", "please wait", "0:00 0:01:10 0:00", PROSE[2], PROSE[3]]
    kept = clean_plain_text("\n".join(page)).split("\n\n")
    assert "Budget Details" in kept
    assert "Watch The Mayor Explain The Plan" not in kept
    assert PROSE[2] in kept and PROSE[3] in kept


def test_repeated_line_is_kept_once():
    caption = "The mayor speaks to reporters outside the city hall after the vote on Tuesday evening."
    kept = clean_plain_text("\n".join([caption, caption, *PROSE])).split("\n\n")
    assert kept.count(caption) == 1


def test_comment_section_ends_the_article():
    page = [*PROSE, "12 Comments", "Anna on May 2, 2019 at 10:01 am said:",
            "I think the council should have been much more careful with the money it spends on buses."]
    assert clean_plain_text("\n".join(page)).split("\n\n") == PROSE


COMMENTS = [
    "I skimmed the report, and did not see any analysis of what the slower buses cost the people who ride them.",
    "I assume that travelling on slower but safer buses is a net positive, but I am not totally sure of that.",
    "Logically there must be some speed at which it is no longer better to be slower, if not we would all walk.",
    "Have you written anything about the trade-off between giving now and investing the money for later years?",
    "In particular it seems that the research is still improving quickly, so we might be able to give better later.",
]


def test_a_comment_thread_longer_than_the_post_does_not_replace_it():
    # The post's footer (sharing, navigation) sits between the post and the thread, so the
    # thread is a run of its own, and a heavier one.
    post = PROSE[:2]
    page = ["Home", "The Council Blog", *post, "Share", "Tweet", "Email", "Print", "Previous Post", "Next Post",
            "Posted in Budget | 4 Comments", "Comments"]
    for n in range(len(COMMENTS)):
        page += [f"Reader {n} on September 1{n}, 2018 at 4:4{n} pm said:",
                 *(f"{c[:-1]}, reader {n} added." for c in COMMENTS)]
    assert clean_plain_text("\n".join(page)).split("\n\n") == post


def test_a_comment_button_above_the_article_is_no_thread():
    page = ["Share", "Comment", *PROSE, "Anna on May 2, 2019 at 10:01 am said:", COMMENTS[0]]
    assert clean_plain_text("\n".join(page)).split("\n\n") == PROSE


TEASERS = [
    ("Harbour plan approved after years of debate", "Jane Roe",
     "The council voted for the breakwater on Tuesday after a decade of arguments about its cost and its route."),
    ("Bus drivers warn of staff shortage on new routes", "John Doe",
     "Drivers welcomed the new lines but said that the company would need many more of them than it has planned."),
    ("Shop owners fear a summer of road works", "Ann Lee",
     "Some shop owners in the centre fear that the works will keep their customers away for most of the season."),
    ("Hospital link for the northern districts", "Tom Ray",
     "Residents of the northern districts have waited for years for a direct connection to the main hospital."),
]


def test_a_list_of_dated_teaser_cards_after_the_article_is_not_article_text():
    page = [*PROSE, "More from the Harbour Times"]
    for n, (title, author, summary) in enumerate(TEASERS * 2):
        page += [f"{title} ({n})", author, f"Tuesday November 1{n}, 2019", f"{summary} {summary.replace('.', ' again.')}"]
    assert clean_plain_text("\n".join(page)).split("\n\n") == PROSE


def test_a_dated_timeline_inside_the_article_stays():
    # dates every other line (an entry each): no card list, which needs 3+ lines a card
    page = []
    for n, sentence in enumerate(PROSE):
        page += [f"{n + 1} May 2019", sentence]
    kept = clean_plain_text("\n".join(page)).split("\n\n")
    assert all(sentence in kept for sentence in PROSE)


def test_text_after_load_more_is_not_article_text():
    promo = ("In recent years it has become impossible to tell the biggest stories of the region "
             "without considering the influence of the new investors.")
    page = [*PROSE, "Load more", "About The Newsletter", promo, "To subscribe, click here."]
    assert promo not in clean_plain_text("\n".join(page))


def test_lines_recurring_across_the_dump_are_boilerplate():
    footer = "Our journalism is supported by readers like you, and we are grateful for it."
    stats = LineStats()
    for n in range(MIN_DOCUMENTS_FOR_PROSE):
        stats.add_text(f"Story number {n} is about something else entirely.\n{footer}")
    assert stats.is_boilerplate(footer)
    assert not stats.is_boilerplate(PROSE[0])
    kept = clean_plain_text("\n".join([*PROSE, footer]), line_stats=stats)
    assert footer not in kept
    assert clean_plain_text("\n".join([*PROSE, footer])).count(footer) == 1


def test_a_small_dump_of_copies_keeps_the_story():
    """Three copies of one article are most of a three-document dump, yet not furniture."""
    story = "\n".join(PROSE)
    stats = LineStats()
    for _ in range(3):
        stats.add_text(story)
    assert clean_plain_text(story, line_stats=stats) == clean_plain_text(story)


def test_line_stats_digest_depends_on_counts_not_insertion_order():
    a, b = LineStats(), LineStats()
    a.add_text("x line\ny line")
    a.add_text("z line")
    b.add_text("z line")
    b.add_text("y line\nx line")
    assert a.digest() == b.digest()
    b.add_text("x line")
    assert a.digest() != b.digest()


def test_a_couple_of_shared_lines_are_not_boilerplate():
    """Two copies of one article share every line; dedup, not cleaning, deals with them."""
    stats = LineStats()
    stats.add_text("\n".join(PROSE))
    stats.add_text("\n".join(PROSE))
    assert not any(stats.is_boilerplate(line) for line in PROSE)


def test_classify_lines_labels_every_nonblank_line():
    lines = ["Home", "", *PROSE]
    labelled = classify_lines(lines)
    assert [c.index for c in labelled] == [0, 2, 3, 4, 5]
    assert [c.keep for c in labelled] == [False, True, True, True, True]


def test_html_post_filter_drops_headline_related_links_and_credits():
    extracted = "\n".join(["Council Approves Budget", PROSE[0], "Related: Buses in the city", PROSE[1],
                           "Reporting by Jane Doe; Editing by John Smith", "You may also like:",
                           "- Ten best parks", "- The new tram line"])
    assert filter_extracted_lines(extracted, title="Council approves budget").split("\n") == [PROSE[0], PROSE[1]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PROSE + ["Home", "please wait", "XS", "", "0:00", "Sign in", "Budget Details"]),
                max_size=20))
def test_output_paragraphs_are_distinct_input_lines(lines):
    text = "\n".join(lines)
    cleaned = clean_plain_text(text)
    paragraphs = [p for p in cleaned.split("\n\n") if p]
    assert set(paragraphs) <= {line.strip() for line in lines}
    assert len(paragraphs) == len(set(paragraphs))
    assert cleaned == clean_plain_text(text)


def test_a_brief_of_short_sentences_is_kept():
    brief = ["Colombia had lost to Belgium on Monday.", "The coach said the team would recover."]
    assert clean_plain_text("\n".join(["Home", "Sign in", *brief])).split("\n\n") == brief


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_is_cleaned_without_error(text):
    cleaned = clean_plain_text(text)
    assert set(cleaned.split("\n\n")) - {""} <= {line.strip() for line in text.splitlines()}


_LINE_PIECES = ["the", "and", "Council", "said", "123", "_x", "x_1", "½", "ſ", "İ", "中文", "—", ".", "Photo:",
                "AP Photo/Evan Vucci", "<b>", "class=\"x\"", "Follow us on Twitter", "Related:", "Tags:"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=0, max_size=30), st.sampled_from(["", " ", "\t"]))
def test_line_counts_match_their_definitions(pieces, joint):
    """Words are the \\w+ runs holding a letter ([^\\W\\d_]); letter_ratio counts such characters.
    Both are worked out by one regex pass each; this pins them to the definitions."""
    import re

    line = joint.join(pieces)
    features = line_features(line, STOPWORDS["en"])
    text = line.strip()
    words = [w for w in re.findall(r"\w+", text) if re.search(r"[^\W\d_]", w)]
    assert features.words == len(words)
    assert features.letter_ratio == (len(re.findall(r"[^\W\d_]", text)) / len(text) if text else 0.0)
    assert features.title_case_ratio == (sum(w[:1].isupper() for w in words) / len(words) if words else 0.0)
    assert features.stopword_ratio == (sum(w.casefold() in STOPWORDS["en"] for w in words) / len(words) if words else 0.0)


def test_a_long_paragraph_is_never_a_notice_and_its_notice_tests_are_not_run():
    """A paragraph of NOTICE_MAX_WORDS or more words is prose whatever it opens with; first_pass_kind
    does not work out the credit and call-to-action tests for it (they cost most of the features)."""
    from pipeline.clean.lines import NOTICE_MAX_WORDS

    line = "Photo: Reuters. " + " ".join(PROSE)
    features = line_features(line, STOPWORDS["en"])
    assert features.words >= NOTICE_MAX_WORDS
    assert first_pass_kind(features) is LineKind.GOOD
    assert not {"credit", "ui_sentence", "link_lead", "markup"} & set(vars(features))
    assert features.credit  # still there when asked for


def test_a_one_sentence_lead_above_the_body_is_kept_and_a_headline_is_not():
    # a news lead is dense with names: too few stopwords for prose, too long for a label
    lead = ("Ex-chatshow host Robert Kilroy-Silk has attacked UK policy on immigration saying Britain's open door "
            "approach is hitting low wage \"indigenous\" workers.")
    headline = "Kilroy unveils immigration policy"
    kept = clean_plain_text("\n\n".join([headline, lead, *PROSE])).split("\n\n")
    assert kept == [lead, *PROSE]
    # the page's first line is its headline, however long and sentence-shaped
    assert clean_plain_text("\n\n".join([lead, *PROSE])).split("\n\n") == PROSE
    # a menu above the body is no lead, sentence-shaped or not
    menu = clean_plain_text("\n\n".join(["Home", "World News Business Sport Weather Radio TV And More.", *PROSE]))
    assert menu.split("\n\n") == PROSE
