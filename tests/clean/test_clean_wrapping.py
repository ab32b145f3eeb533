"""Hard-wrapped plain text: paragraphs cut into lines of a fixed width are joined back before the
line classifier sees them, and a page that writes a paragraph per line is left as it is."""
from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_plain_text
from pipeline.clean.wrapping import unwrap_lines, wrap_width

PARAGRAPHS = [
    "BankAmerica Corp is not under pressure to act quickly on its proposed equity offering and would do "
    "well to delay it because of the stock's recent poor performance, banking analysts said.",
    "Some analysts said they have recommended the bank delay its up to one-billion-dlr equity offering, "
    "which has yet to be approved by the Securities and Exchange Commission.",
    "The stock traded around 12, down 1/8, this afternoon, after falling to 11-1/2 earlier this week on "
    "the news that Brazil has suspended interest payments on a large portion of its foreign debt.",
    "\"The circumstances at the time will determine what we do,\" said Arthur Miller, the bank's vice "
    "president for financial communications, when asked about the offer.",
]


def _wrapped(paragraphs, width=65, style="indent"):
    if style == "blank":
        return "\n\n".join(textwrap.fill(p, width) for p in paragraphs).splitlines()
    return "\n".join(textwrap.fill(p, width, initial_indent="    ") for p in paragraphs).splitlines()


def _words(lines):
    return [" ".join(line.split()) for line in lines if line.strip()]


@pytest.mark.parametrize("style", ["indent", "blank"])
@pytest.mark.parametrize("width", [60, 65, 72, 79])
def test_wrapped_paragraphs_are_joined_back(style, width):
    lines = _wrapped(PARAGRAPHS, width, style)
    assert wrap_width(lines) is not None
    assert _words(unwrap_lines(lines)) == PARAGRAPHS


@pytest.mark.parametrize("lines", [
    PARAGRAPHS,  # a paragraph per line
    ["Markets", "Trump Impeachment Inquiry Hearings Live Updates From Washington",
     "Stocks Close Higher as Investors Weigh Trade Talks With China Today",
     "Oil Prices Rise After Saudi Output Cut Announced by Energy Ministry",
     "Apple Unveils New MacBook Pro With Larger Screen and Better Keyboard", "Opinion", "Sports"],  # headlines
    ["http://example.com/a-story.html", "Fire at the warehouse", "July 21, 2013, 2:21 pm",
     "A large fire broke out at the supermarket in the town centre this morning, the fire service said."],
], ids=["paragraph-per-line", "headline-menu", "short-page"])
def test_pages_not_wrapped_are_left_alone(lines):
    assert wrap_width(lines) is None
    assert unwrap_lines(lines) == list(lines)


def test_a_dash_opening_a_wrapped_line_goes_on_with_the_sentence():
    text = ("The company - which controls half of the South Korean market - aims to become a global top five "
            "maker by 2010, its chairman told shareholders at the annual meeting in Seoul on Friday.")
    lines = textwrap.fill(text, 60).splitlines() + [""] + _wrapped(PARAGRAPHS, 60, "blank")
    assert any(line.startswith("- ") for line in lines)
    assert _words(unwrap_lines(lines))[0] == text


def test_list_items_after_a_colon_stay_apart():
    items = ["- cut the tax on fuel for farmers and small firms", "- raise the pension from April"]
    lines = _wrapped(PARAGRAPHS, 65, "blank") + ["", "The minister promised to:"] + items
    assert _words(unwrap_lines(lines))[-2:] == items


def test_table_rows_are_not_joined():
    table = [" Wheat   2.55   2.40       IV     4.65     --", " Corn    1.35   1.92       IV     3.15   3.15"]
    lines = _wrapped(PARAGRAPHS, 65, "indent") + table
    assert unwrap_lines(lines)[-2:] == table


def test_a_word_broken_at_its_hyphen_is_whole_again():
    lines = _wrapped(PARAGRAPHS, 65, "indent")
    assert "one-billion-dlr" in " ".join(unwrap_lines(lines))


def test_a_wrapped_wire_story_is_kept_as_its_paragraphs():
    lead = "LOS ANGELES, Feb 26 - " + PARAGRAPHS[0]
    lines = ["TALKING POINT/BANKAMERICA EQUITY OFFER", ""] + _wrapped([lead] + PARAGRAPHS[1:], 65, "indent")
    cleaned = clean_plain_text("\n".join(lines))
    assert cleaned.split("\n\n") == [lead] + PARAGRAPHS[1:]


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
_SENTENCE = st.lists(_WORD, min_size=6, max_size=25).map(lambda words: " ".join(words).capitalize() + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=2, max_size=5).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=3, max_size=8), st.integers(min_value=50, max_value=90),
       st.sampled_from(["indent", "blank"]))
def test_unwrapping_undoes_textwrap(paragraphs, width, style):
    lines = _wrapped(paragraphs, width, style)
    if wrap_width(lines) is not None:  # a page of a few lines may tell no width; it is left alone
        assert _words(unwrap_lines(lines)) == paragraphs
    else:
        assert unwrap_lines(lines) == lines


@settings(max_examples=60, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=8))
def test_a_paragraph_per_line_page_is_never_touched(paragraphs):
    lines = [p for p in paragraphs if len(p) > 100] or ["x" * 120]
    assert unwrap_lines(lines) == lines


WIRE_BODY = [
    "The announcement was made jointly by the president and the chief executive officer of the two companies.",
    "The company said the sale would be completed in the second quarter, subject to the approval of regulators.",
    "It said the proceeds would be used to reduce debt and to fund the expansion of its plants in the south.",
]


@pytest.mark.parametrize("lead", [
    # a name the wire sets in angle brackets is no page markup
    "HOUSTON, March 12 - The <Hearst Corp> is buying the Houston Chronicle from Houston Endowment Inc for 400 mln dlrs.",
    # a company in camel case after a dateline is no headline glued to a summary
    "NEW YORK, March 12 - ProtocomDevices Inc said it has seen more erosion of its general financial condition "
    "since December 31, and is actively engaged in negotiations to secure additional financing.",
    # a lead full of names, title-cased under its capital dateline, is no headline
    "BURBANK, Calif., March 12 - Walt Disney Co said it named Robert J. Fitzpatrick, president of Euro Disneyland.",
    "MEXICO CITY, Feb. 8 (UPI) - Former Mexican President Felipe Calderon said the plan would not work at all.",
    # a newsletter the story quotes is no call to sign up for one
    "HAMBURG, March 3 - Visible stocks of 17 oils and fats are probably peaking now and are likely to fall "
    "sharply by October 1 this year, the Oil World newsletter said.",
    "NEW YORK, MARCH 2 - Shares of Temple Inland Inc and International Paper Co rose sharply this morning "
    "following a recommendation by Prudential Bache Securities, traders said.",
], ids=["bracketed-name", "camel-case-company", "title-cased-lead", "dateline-with-agency", "newsletter-quoted",
        "month-in-capitals"])
def test_a_wire_story_keeps_its_lead(lead):
    lines = ["COMPANY NEWS HEADLINE", ""] + _wrapped([lead] + WIRE_BODY, 65, "indent")
    cleaned = clean_plain_text("\n".join(lines))
    assert cleaned.split("\n\n")[0] == lead, cleaned


def test_the_right_to_subscribe_to_shares_is_no_call_to_subscribe():
    from pipeline.clean.lines import line_features
    line = ("The issue will be priced at par with a one pct coupon, and each 10,000 franc bond will carry 18 warrants, "
            "each giving the right to subscribe to Moet-Hennessy shares over a three-year period.")
    assert not line_features(line, None).ui_sentence
    assert line_features("Subscribe to our newsletter for the latest news.", None).ui_sentence


def test_a_wire_lead_stands_above_a_short_first_paragraph():
    lead = ("MIAMI, March 2 - Texas Air Corp's Eastern Airlines said it will offer low fare, night-time service "
            "from Chicago's O'Hare International Airport to 18 U.S. cities.")
    body = ["It had previously offered similar service out of Houston."] + WIRE_BODY
    cleaned = clean_plain_text("\n".join(["TEXAS AIR UNIT TO BEGIN NEW SERVICE", ""] + _wrapped([lead] + body, 65, "indent")))
    assert cleaned.split("\n\n")[:2] == [lead, body[0]], cleaned
