"""benchmarks/leads.py: an article whose first paragraph cleaning drops is counted, one it keeps is not."""
from __future__ import annotations

from benchmarks.leads import lost_leads

BODY = ("The city council voted on Tuesday to approve a new budget that raises spending on public transport by a "
        "third.\n\nOfficials said the money would pay for more buses and longer opening hours at the main stations.\n\n"
        "Critics of the plan argued that the council had not explained where the additional funds would come from.\n")


def test_a_kept_lead_is_not_counted_and_a_dropped_one_is(tmp_path):
    (tmp_path / "kept.txt").write_text("Council backs budget\n\n" + BODY, encoding="utf-8")
    # a menu line where the lead should be: the cleaner drops it
    (tmp_path / "menu.txt").write_text("Council backs budget\n\nHome | News | Sport | Weather\n\n" + BODY,
                                       encoding="utf-8")
    (tmp_path / "short.txt").write_text("Headline\n\nOne paragraph only.\n", encoding="utf-8")
    read, lost = lost_leads(tmp_path)
    assert read == 2
    assert [name for name, _ in lost] == ["menu.txt"]
