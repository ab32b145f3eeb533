"""The mentions of one parsed document, indexed once: by token, by index, and along `refers_to`.

Built in `analyse_doc` after coreference has added its mentions, and handed to every rule that
needs to know which mention a token stands for. Two questions are asked of it, and they want
different answers where mentions nest ("The Chinese university" holds "Chinese"):
- `narrowest(token)`: the name itself, for speakers ("Chinese Foreign Ministry spokesman Geng
  Shuang said": the person, not a description around him);
- `widest(token)`: the whole argument, for relations (the description, which refers to the
  named university, not the nationality inside it).
"""
from __future__ import annotations

from typing import Mapping

from spacy.tokens import Doc, Token

from models import Mention


def root_mention(mention: Mention, by_index: Mapping[int, Mention]) -> Mention:
    """The named mention at the end of `mention`'s `refers_to` chain (itself if it names)."""
    seen = {mention.index}
    while mention.refers_to is not None and mention.refers_to in by_index and mention.refers_to not in seen:
        seen.add(mention.refers_to)
        mention = by_index[mention.refers_to]
    return mention


class MentionIndex:
    """Mentions of one doc by token and by index; see the module docstring for the tie rules."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.mentions = mentions
        self.by_index = {m.index: m for m in mentions}
        self._narrowest: dict[int, Mention] = {}
        self._widest: dict[int, Mention] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            width = mention.end - mention.start
            for i in range(span.start, span.end):
                narrow = self._narrowest.get(i)
                # narrowest wins; then the earlier start, then the lower index
                if narrow is None or (width, mention.start, mention.index) < (
                        narrow.end - narrow.start, narrow.start, narrow.index):
                    self._narrowest[i] = mention
                wide = self._widest.get(i)
                # widest wins; then the lower index
                if wide is None or (width, -mention.index) > (wide.end - wide.start, -wide.index):
                    self._widest[i] = mention

    def narrowest(self, token: Token) -> Mention | None:
        return self._narrowest.get(token.i)

    def widest(self, token: Token) -> Mention | None:
        return self._widest.get(token.i)

    def covers(self, token: Token) -> bool:
        return token.i in self._widest

    def root(self, mention: Mention) -> Mention:
        return root_mention(mention, self.by_index)
