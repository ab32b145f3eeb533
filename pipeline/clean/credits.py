"""Photo credits: page furniture whose names must never become entities, speakers or claims.

A credit names who took a picture and for whom: "John Moore/Getty Images", "Carlos Barria /
Reuters.", "(AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque/File Photo", "Scott Olson via Getty
Images", "Photo: Jane Roe/Bloomberg", "(Photo: Getty Images)". Two readers use this grammar:

- cleaning (`credit_line`): a line that is a credit, or a caption closed by one, is boilerplate;
- extraction (`credit_spans`): a credit left inside the text (a live blog glues captions and
  credits onto its prose) gives no mention, so it can name no speaker and carry no relation.

A credit is told from prose by its shape: capitalised names joined by a slash, a bar or "via",
with an agency or a picture word ("Photo", "Image", "Credit") naming it as one; a standalone
line of slash-joined names ("Samantha-Jo Roth/HuffPost.", "Facebook/Osman Abou Laban.") is one
too, since prose writes "a Sanders/Trump debate" with lower-case words around it.
"""
from __future__ import annotations

import re

from pipeline.page_words import PHOTO_AGENCIES

_AGENCY = "(?i:" + "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True)) + r")\b"
# A capitalised name of one to four words ("Samantha-Jo Roth", "MICHAEL B. THOMAS", "POOL New"). Only
# an initial takes a full stop, so that a name never runs on from the caption's last sentence.
_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
_JOIN = r"(?:[ ]?[/|][ ]?|[ ]via[ ])"
_PICTURE = r"(?i:photo(?:graph)?s?|images?|pictures?|pics?|fotos?|credits?|illustration)"
# What may close a credit: ", File", "/File Photo", the caption's bracket and full stop.
_CLOSE = r"(?:,?[ ]?/?[ ]?(?i:file(?:[ ]photo)?))?[ ]?[.)]*"

# A credit inside running text: each form needs an agency or a picture word.
_IN_TEXT = re.compile(
    rf"""(?<![\w'’])(  # a credit starts a word ("Donald" of "McDonald" opens none)
        \(?{_AGENCY}[ ]{_PICTURE}[ ]?/[ ]?{_NAME}{_CLOSE}                   # (AP Photo/Evan Vucci)
      | {_NAME}(?:{_JOIN}{_NAME})*{_JOIN}{_AGENCY}(?:{_JOIN}{_NAME})*{_CLOSE}  # John Moore/Getty Images, X via Getty Images
      | {_AGENCY}[ ]?/[ ]?{_NAME}(?:[ ]?/[ ]?{_NAME})*{_CLOSE}              # REUTERS/Kevin Lamarque
      | \(?{_PICTURE}(?:[ ]{_PICTURE})?[ ]?(?:by|:|via)[ ]?{_NAME}(?:{_JOIN}{_NAME})*{_CLOSE}  # Photo: Jane Roe/Bloomberg
    )(?![\w'’]|[ ]?[A-Za-z])""",   # "a USA TODAY/Reuters poll", "Reuters/Ipsos poll": names in prose
    re.VERBOSE,
)
# A line that is only names joined by slashes, bars or "via", or only an agency ("Getty.").
_STANDALONE = re.compile(
    rf"""^\W{{0,2}}(?:{_PICTURE}[ ]?(?:by|:)[ ]?)?(?:
        {_NAME}(?:{_JOIN}{_NAME}){{1,3}}
      | (?i:image[ ]copyright[ ])?{_AGENCY}
    ){_CLOSE}\s*$""",
    re.VERBOSE,
)
# The older forms of a caption's closing credit: "(Photo: Getty Images)", "Photograph by Robyn
# Beck/AFP/Getty Images", "(credit: NASA/Jude Guidry)".
_PICTURE_TAIL = re.compile(
    rf"""(
        \(\s*{_PICTURE}(\s+(?i:credits?))?\s*(?i:by|:|via)[^()]{{0,80}}\)|
        \b{_PICTURE}(\s+(?i:credits?))?\s*(?i:by|via|:)\s*\w[^.!?()]{{0,80}}
    )\s*$""",
    re.VERBOSE,
)
# How much of a caption's end is searched for its credit.
CREDIT_TAIL_CHARS = 200


# Every credit names an agency or a picture word: the grammar is only tried around one, within
# the longest credit's reach (four names of four words and their joins fit in 160 characters).
_ANCHOR = re.compile(rf"\b(?:{_AGENCY}|{_PICTURE}\b)")
CREDIT_REACH = 160


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the credits inside a text."""
    found: list[tuple[int, int]] = []
    for anchor in _ANCHOR.finditer(text):
        start = max(anchor.start() - CREDIT_REACH, found[-1][1] if found else 0)
        for match in _IN_TEXT.finditer(text, start, min(len(text), anchor.end() + CREDIT_REACH)):
            if match.start() <= anchor.start() < match.end() and (not found or match.start() >= found[-1][1]):
                found.append(match.span())
    return found


def credit_line(line: str) -> bool:
    """A line that is a credit, or a caption closed by one. The caller decides that the line is
    label-sized: a long paragraph ending so is still prose."""
    text = line.strip()
    if _STANDALONE.match(text):
        return True
    tail = text[-CREDIT_TAIL_CHARS:]
    if _PICTURE_TAIL.search(tail):
        return True
    return any(end == len(tail) and _opens_credit(tail, start) for start, end in credit_spans(tail))


def _opens_credit(text: str, start: int) -> bool:
    """A credit closing a caption follows the caption's last sentence or opens the line."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?()”’\"" or text[start] == "("
