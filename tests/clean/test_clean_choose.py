"""Choosing among candidate extractions: never a stub, runs of missing prose filled in."""
from __future__ import annotations

from pipeline.clean.candidates import Candidate
from pipeline.clean.choose import NOTICE_REASON, choose

PROSE = [
    "The harbour council met on Tuesday and voted to approve the breakwater plan after years of debate.",
    "Construction is expected to begin in the spring and to last about eighteen months in all.",
    "The project will cost an estimated 42 million euros, most of it paid by the regional government.",
    "Fishermen have long complained that winter storms damage their boats in the old harbour basin.",
    "Several vessels sank there in 2017, and insurers raised their premiums for the whole fleet.",
    "Environmental groups said they would study the plans closely before deciding on any appeal.",
    "They welcomed a promise to protect the seagrass beds that lie to the west of the northern quay.",
    "A public meeting on the plans will be held next month at the town hall, the mayor announced.",
]
NOTICE = ("This copy is for your personal, non-commercial use only. To order presentation-ready copies for "
          "distribution to your colleagues, clients or customers visit http://www.djreprints.com.")


def test_backbone_wins_when_sane():
    chosen = choose([Candidate("precision", tuple(PROSE)), Candidate("readability", tuple(PROSE[:6]))])
    assert chosen.paragraphs == tuple(PROSE) and chosen.source == "precision"


def test_notice_only_backbone_passes_to_next_candidate():
    chosen = choose([Candidate("precision", (NOTICE,)), Candidate("readability", tuple(PROSE))])
    assert chosen.source == "readability" and chosen.paragraphs == tuple(PROSE)


def test_far_shorter_backbone_is_a_stub():
    chosen = choose([Candidate("precision", tuple(PROSE[:2])), Candidate("readability", tuple(PROSE))])
    assert chosen.source == "readability"


def test_nothing_sane_is_empty_with_reason():
    chosen = choose([Candidate("precision", (NOTICE,)), Candidate("readability", ())])
    assert chosen.paragraphs == () and chosen.reason == NOTICE_REASON


def test_missing_run_is_filled_in_place():
    backbone = PROSE[:3] + PROSE[6:]
    chosen = choose([Candidate("precision", tuple(backbone)), Candidate("readability", tuple(PROSE))])
    assert chosen.paragraphs == tuple(PROSE) and chosen.filled_from == ("readability",)


def test_single_extra_paragraph_is_not_taken():
    caption = "A photo caption describes the mayor standing on the quay beside the old breakwater in the rain."
    other = PROSE[:4] + [caption] + PROSE[4:]
    chosen = choose([Candidate("precision", tuple(PROSE)), Candidate("readability", tuple(other))])
    assert caption not in chosen.paragraphs


def test_menu_run_opening_the_text_is_dropped():
    menu = ("Home", "World", "Search Sport")
    chosen = choose([Candidate("precision", menu + tuple(PROSE), (1.0, 1.0, 1.0) + (0.0,) * len(PROSE))])
    assert chosen.paragraphs == tuple(PROSE)


def test_linked_teaser_list_is_not_filled_in():
    teasers = []
    for n, summary in enumerate(PROSE[3:7]):
        teasers += [f"Other story {n}", summary]
    other = PROSE[:3] + teasers
    shares = (0.0,) * 3 + (1.0, 0.0) * 4
    chosen = choose([Candidate("precision", tuple(PROSE[:3])), Candidate("readability", tuple(other), shares)])
    assert chosen.paragraphs == tuple(PROSE[:3])
    # the same run without links is article text the backbone missed
    unlinked = choose([Candidate("precision", tuple(PROSE[:3])),
                       Candidate("readability", tuple(PROSE[:3] + PROSE[3:7]), (0.0,) * 7)])
    assert unlinked.paragraphs == tuple(PROSE[:7])


def _page(body: str):
    import lxml.html
    return lxml.html.fromstring(f"<html><body>{body}</body></html>")


def test_readability_is_asked_only_when_trafilatura_may_be_short_or_split():
    from pipeline.clean.html import needs_second_opinion
    paragraphs = "".join(f"<p>{p} {p}</p>" for p in PROSE)  # 8 prose paragraphs of 30+ words
    whole = Candidate("precision", tuple(f"{p} {p}" for p in PROSE))
    assert not needs_second_opinion(_page(paragraphs), whole)
    # trafilatura kept the first half only (an ad slot or newsletter box splitting the body)
    assert needs_second_opinion(_page(paragraphs), Candidate("precision", whole.paragraphs[:4]))
    assert needs_second_opinion(_page(paragraphs), Candidate("precision", (NOTICE,)))
    # no prose in <p> elements (text in <div>s or a layout table): nothing to compare with
    divs = "".join(f"<div>{p} {p}</div>" for p in PROSE)
    assert needs_second_opinion(_page(divs), whole)
