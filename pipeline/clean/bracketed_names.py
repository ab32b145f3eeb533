"""Names a plain-text wire marks up with angle brackets: "<Airbus Industrie> said", "Chrysler Corp
<C> shares". The brackets are the wire's markup, not the story's words: a bracketed name loses them
("Airbus Industrie said"), and a stock symbol in brackets after a name is dropped ("Chrysler Corp
shares"), so that the NER reads the names as any other text writes them.
"""
from __future__ import annotations

import re

# "<C>", "<GM>", "<NWBL.L>", "<IBJT.T>": a stock symbol, of capitals and digits with a market suffix
_SYMBOL = r"[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?"
# A name in angle brackets (possibly wrapped across a line): capitalised, no markup inside
_BRACKETED = re.compile(r"<([A-Z0-9][^<>=/\n]{0,80}?(?:\n[^<>=/\n]{1,80}?)?)>")
_SYMBOL_AFTER_NAME = re.compile(rf"(?<=\S)[^\S\n]+<{_SYMBOL}>")


def unbracket_names(text: str) -> str:
    """The text with wire markup of names removed: a stock symbol after a name dropped, a bracketed
    name unwrapped. Text with no "<" comes back as it is."""
    if "<" not in text:
        return text
    text = _SYMBOL_AFTER_NAME.sub(_symbol_or_name, text)
    return _BRACKETED.sub(lambda m: m.group(1), text)


def _symbol_or_name(match: re.Match) -> str:
    """Dropped after a capitalised word or a name's closing bracket ("Chrysler Corp <C>", "<Erbamont
    NV> <ERB>"); kept, to be unwrapped as a name, after any other word ("shares of <GM>")."""
    text = match.string
    start = match.start()
    word = text[text.rfind(" ", 0, start) + 1:start].rsplit("\n", 1)[-1]
    return "" if word[:1].isupper() or word.endswith(">") or word[-1:] in ".)" else match.group(0)
