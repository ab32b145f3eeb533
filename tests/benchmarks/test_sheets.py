from benchmarks.alias_audit import score_text
from benchmarks.evaluation.sheets import read_verdicts, sentence_around, tally_verdicts

SHEET = """## 1. Acme
verdict: wrong: the arena
## 2. Bob Smith
verdict:
## 3. Lee
verdict:   Junk
"""


def test_a_blank_verdict_stays_blank_instead_of_taking_the_next_line():
    assert read_verdicts(SHEET) == ["wrong: the arena", "", "junk"]


def test_tally_counts_items_judged_and_each_kind_by_its_first_word():
    assert tally_verdicts(SHEET, ("wrong", "junk", "right")) == {"items": 3, "judged": 2, "wrong": 1, "junk": 1,
                                                                  "right": 0}


def test_alias_audit_score_reads_the_same_sheet():
    assert score_text(SHEET) == {"items": 3, "judged": 2, "wrong": 1, "junk": 1}


def test_sentence_around_marks_the_mention_inside_its_sentence_only():
    text = "First one here. Then Acme Corp said no. Last one."
    start = text.index("Acme Corp")
    assert sentence_around(text, start, start + 9) == "Then [[Acme Corp]] said no."
