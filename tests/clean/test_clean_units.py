"""Words in any script and paragraph-sized lines: an article on one line, and text without spaces."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import Document
from pipeline.clean import clean_documents, clean_plain_text, extract_html
from pipeline.clean.language import LanguageFilter
from pipeline.clean.lines import detect_language
from pipeline.clean.units import MAX_LINE_CHARS, count_words, is_unspaced, split_long_line

SENTENCES = [
    "The city council voted on Tuesday to approve a new budget that raises spending on public transport by a third.",
    "Officials said the money would pay for more buses and longer opening hours at the main stations of the city.",
    "Critics of the plan argued that the council had not explained where the additional funds would come from.",
    "The mayor told reporters that the budget was balanced and that no new taxes would be needed this year.",
    "Mr. Alvarez, who chairs the finance committee, said the vote was the closest he had seen in a decade.",
    "Bus drivers welcomed the decision but warned that the new routes would need more staff than planned.",
    "A spokesman for the regional government declined to say whether it would match the city's contribution.",
    "Residents of the northern districts have waited years for a direct connection to the hospital.",
    "The first of the new lines is expected to open in the spring, weeks before the local elections.",
    "Opposition members said they would ask the state auditor to review the figures before the next session.",
    "Some shop owners in the centre fear that the works will keep customers away for most of the summer.",
    "The council will meet again next month to discuss how the construction work will be scheduled.",
]
# Things an article joined onto one line carries at its start or inside: a photo credit, a
# headline glued to the lede, a dateline after a headline, an embedded post's markup.
PREFIXES = ["", "Photo: Reuters. ", "Senate Passes Sweeping Budget Bill After Long Night",
            "Budget fight ends as lawmakers vote late WASHINGTON - "]
EMBEDS = ["", ' <tweet id="672138506081275904" author="@city">Vote today</tweet>. ', " {see chart} "]

CHINESE = [
    "国务院新闻办公室今天上午举行新闻发布会，介绍今年前三季度国民经济运行情况。",
    "国家统计局新闻发言人表示，前三季度国内生产总值同比增长百分之五点二，经济运行总体平稳。",
    "他说，消费对经济增长的贡献率继续提高，服务业保持较快增长，就业形势总体稳定。",
    "发言人同时指出，外部环境依然复杂严峻，国内需求仍显不足，部分企业经营困难。",
    "下一步，有关部门将继续实施积极的财政政策和稳健的货币政策，推动经济持续回升向好。",
]


@pytest.mark.parametrize("text, words", [
    ("The council voted on Tuesday.", 5),
    ("国务院新闻办公室", 4),           # 8 characters, two a word
    ("国务院新闻办公室。", 4),         # the full stop is no word
    ("Kindle for PC 用的应用", 5),     # 3 Latin words, 4 characters
    ("จังหวัดเชียงใหม่", 8),            # Thai: 16 characters
    ("", 0),
])
def test_count_words(text, words):
    assert count_words(text) == words


def test_text_mostly_without_spaces_has_no_stopword_language():
    japanese = ("Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、"
                "パソコンでそのまま読みたい時もあります。Kindle for PCの起動")
    assert is_unspaced(japanese) and detect_language([japanese]) is None  # not Danish for its "for"


def test_a_short_line_is_not_split():
    assert split_long_line(SENTENCES[0]) == [SENTENCES[0]]


def test_a_long_line_is_cut_at_sentence_ends_into_paragraphs():
    line = " ".join(SENTENCES * 3)
    parts = split_long_line(line)
    assert len(parts) > 1 and all(len(p) <= MAX_LINE_CHARS for p in parts)
    assert " ".join(parts) == line
    assert all(p.endswith(".") for p in parts)
    assert not any(p.startswith("Alvarez") for p in parts)  # "Mr." ends no sentence


def test_a_long_line_without_sentence_ends_is_cut_at_spaces():
    line = " ".join(["word"] * 2000)
    parts = split_long_line(line)
    assert all(len(p) <= MAX_LINE_CHARS for p in parts) and " ".join(parts) == line


def test_chinese_without_spaces_is_cut_at_its_full_stops():
    line = "".join(CHINESE * 20)
    parts = split_long_line(line)
    assert len(parts) > 1 and "".join(parts) == line and all(p.endswith("。") for p in parts)


def _one_line_article(sentences, prefix="", embed=""):
    middle = len(sentences) // 2
    return prefix + " ".join(sentences[:middle]) + embed + " ".join(sentences[middle:])


def test_a_long_article_on_one_line_is_kept_as_prose():
    # 50,000+ characters, no newline: used to be one `junk` line (its embedded posts' markup
    # counted over the whole article) and the document came out `empty`.
    sentences = [f"{s[:-1]} in district {n}." for n in range(45) for s in SENTENCES]
    line = " ".join(s + (EMBEDS[1] if n % 100 == 50 else "") for n, s in enumerate(sentences))
    assert len(line) > 50_000 and "\n" not in line
    [article] = clean_documents([Document(source="long.txt", kind="text", content=line)])
    assert article.status == "kept"
    assert all(s in article.text for s in sentences)
    assert "<tweet" not in article.text


@settings(max_examples=40, deadline=None)
@given(st.permutations(SENTENCES), st.integers(min_value=1, max_value=6), st.sampled_from(PREFIXES),
       st.sampled_from(EMBEDS))
def test_joining_prose_onto_one_line_never_loses_it(sentences, copies, prefix, embed):
    # Distinct sentences (a repeated paragraph is dropped as a repeat, by design).
    prose = [f"{s[:-1]} ({n})." for n in range(copies) for s in sentences]
    paragraphs = clean_plain_text("\n".join(prose))
    one_line = clean_plain_text(_one_line_article(prose, prefix, embed))
    assert all(s in paragraphs for s in prose)
    kept = sum(s in one_line for s in prose)
    assert kept >= len(prose) - 2  # at most the paragraph a glued prefix sits in is lost


def test_chinese_plain_text_reaches_the_language_step():
    text = "首页\n新闻\n" + "\n".join(CHINESE) + "\n版权所有\n"
    [article] = clean_documents([Document(source="zh.txt", kind="text", content=text)])
    assert article.status == "kept" and article.text.startswith(CHINESE[0]) and "版权所有" not in article.text
    [checked] = LanguageFilter("en").apply([article])
    assert (checked.status, checked.error) == ("skipped", "language zh")
    [kept] = LanguageFilter(None).apply([article])
    assert kept.status == "kept" and kept.language == "zh"


def test_chinese_html_page_is_not_a_stub():
    html = ("<html><head><title>经济</title></head><body><nav>首页 新闻</nav><article>"
            + "".join(f"<p>{p}</p>" for p in CHINESE) + "</article></body></html>")
    extraction = extract_html(html)
    assert extraction.text.splitlines() == CHINESE


def test_a_chinese_caption_alone_is_still_too_little():
    [article] = clean_documents([Document(source="c.txt", kind="text", content="国务院新闻办公室今天举行发布会。")])
    assert article.status == "empty" and "too little article text" in article.error


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="abcXYZäöéжДπ 019.,;:!?-'\"\n\t", max_size=300))
def test_count_words_is_the_space_count_in_spaced_scripts(text):
    assert count_words(text) == len(text.split())


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="国务院新闻办公室。，abc ", max_size=300))
def test_unspaced_characters_count_two_to_a_word(text):
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    latin = len([t for t in re.sub("[\u4e00-\u9fff。，]", " ", text).split() if any(c in "abc" for c in t)])
    assert count_words(text) == (latin + (han + 1) // 2 if han else len(text.split()))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=5000))
def test_split_long_line_loses_no_text(line):
    parts = split_long_line(line, max_chars=300, paragraph_chars=100)
    assert all(len(p) <= 300 for p in parts)
    assert "".join("".join(p.split()) for p in parts) == "".join(line.split())


def test_an_embed_inside_a_paragraph_leaves_its_text_not_its_tags():
    line = (SENTENCES[0] + ' <tweet id="672138506081275904" author="@city">Vote today</tweet>. '
            + " ".join(SENTENCES[1:4]) + " The play <The Palace: Tale of Jang Noksu> opens in May.")
    [kept] = clean_plain_text(line).splitlines()
    assert "<tweet" not in kept and "</tweet>" not in kept and "Vote today" in kept
    assert "<The Palace: Tale of Jang Noksu>" in kept  # a title in angle brackets is no tag
