"""Split a page that carries several stories into one text per story.

Scraped pages of news sites often continue with the next story ("infinite scroll"). Each story
opens with its lead photo, whose caption a naive scraper renders twice in a row (the image's
alt text and the visible caption). That doubled prose line is the boundary signal used here;
a boundary is accepted only when both sides carry a story's worth of article text, so a doubled
line inside one story (a gallery caption) does not cut it in two.

The lead caption is kept once and moved after its story's body, so each story's text starts
with its lede.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from pipeline.clean.lines import LineKind
from pipeline.clean.text import ClassifiedLine

MIN_STORY_WORDS = 120


@dataclass(frozen=True)
class Story:
    index: int  # 1-based position on the page
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def _words(text: str) -> int:
    return len(text.split())


def _is_doubled(lines: Sequence[ClassifiedLine], pos: int) -> bool:
    return pos + 1 < len(lines) and lines[pos + 1].repeat_of == lines[pos].index


def story_boundaries(lines: Sequence[ClassifiedLine], min_story_words: int = MIN_STORY_WORDS) -> list[int]:
    """Positions in `lines` where a new story starts (excluding 0): kept prose lines that are
    immediately repeated, with enough kept text on both sides."""
    candidates = [pos for pos in range(len(lines) - 1)
                  if lines[pos].keep and lines[pos].kind is LineKind.GOOD
                  and _is_doubled(lines, pos)]
    kept_words = [_words(line.text) if line.keep else 0 for line in lines]
    boundaries, previous = [], 0
    for pos in candidates:
        before = sum(kept_words[previous:pos])
        after = sum(kept_words[pos + 1:])  # the caption itself is not story text
        if before >= min_story_words and after >= min_story_words:
            boundaries.append(pos)
            previous = pos
    return boundaries


def split_stories(lines: Sequence[ClassifiedLine], min_story_words: int = MIN_STORY_WORDS) -> list[Story]:
    """The page's stories, in page order; a page without boundaries is one story."""
    cuts = [0] + story_boundaries(lines, min_story_words) + [len(lines)]
    stories = []
    for start, end in zip(cuts, cuts[1:]):
        positions = [pos for pos in range(start, end) if lines[pos].keep]
        part = [lines[pos] for pos in positions]
        if len(positions) > 1 and _is_doubled(lines, positions[0]):
            part = part[1:] + part[:1]  # the lead photo's caption goes after the body
        if part:
            stories.append(Story(len(stories) + 1, tuple(line.text for line in part)))
    return stories


MAX_HEADLINE_WORDS = 20
_SENTENCE_END = (".", "!", "?", ":", ";", ",")


def plain_headline(lines: Sequence[ClassifiedLine]) -> str | None:
    """A plain-text dump's headline: its first line, when that line is short, is no sentence, was
    left out of the article and the article text starts right after it ("Ad sales boost Time
    Warner profit" above the body). It becomes the article's `title`, as an HTML page's <title>
    does; it never enters the text, so no claim is read from it."""
    if len(lines) < 2:
        return None
    first, after = lines[0], lines[1]
    text = " ".join(first.text.split())
    if first.keep or not after.keep or not text or text.endswith(_SENTENCE_END):
        return None
    if len(text.split()) > MAX_HEADLINE_WORDS or first.kind is not LineKind.SHORT:
        return None
    return text
