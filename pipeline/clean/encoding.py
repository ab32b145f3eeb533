"""Text decoded twice: UTF-8 read as Windows-1252 ("GuantÃ¡namo", "SÃ©golÃ¨ne").

Dumps carry it from the sites and scrapers that made them (13 of the 840 PolNeAR train texts). A
name written so is split and mistyped by the NER and never meets its right spelling in resolve.
ftfy finds and reverses such decodings (a well-kept library that beats any table of our own); only
its encoding repair is used here: quotation marks, line breaks, widths and normal forms stay as
written, so offsets mean what they meant and quotes keep their curly marks.
"""
from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _encoding_only() -> Any:
    """ftfy's configuration for its encoding repair alone. ftfy is imported with the first text that
    may need it (0.03-0.06 s CPU of start-up otherwise, in runs where no text does)."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, remove_control_chars=False, normalization=None, explain=False,
    )

# The letters UTF-8's lead bytes become when read as Windows-1252 or Latin-1.
MOJIBAKE_LEADS = ("Ã", "Â")


def repair_mojibake(text: str) -> str:
    """`text` with doubly decoded UTF-8 undone. A repair that leaves as many 'Ã'/'Â' as before is
    dropped: where a byte was already lost ("KÃ\\x83 rner"), ftfy can only turn one garbling into
    another ("KÃƒ rner")."""
    if not any(lead in text for lead in MOJIBAKE_LEADS):
        return text  # nearly every text: no cost
    import ftfy

    repaired = ftfy.fix_text(text, _encoding_only())
    if sum(repaired.count(c) for c in MOJIBAKE_LEADS) < sum(text.count(c) for c in MOJIBAKE_LEADS):
        return repaired
    return text
