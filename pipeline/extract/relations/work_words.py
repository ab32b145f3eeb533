"""Words that tell a work an organisation made ("ABC's “Good Morning America”": developed) from
other things named after its possessive (org_rules.py). Moved out of lexicon.py (at its 400 lines)."""
from __future__ import annotations

# Last words of a show's or work's name that starts with a person's name ("The Rachel Maddow Show").
WORK_TITLE_WORDS = frozenset({"show", "hour", "report", "live", "tonight", "today", "podcast", "factor", "files",
                              "minutes", "program", "programme", "radio", "effect", "project", "story"})
# Nouns for what an organisation keeps or gives rather than makes: a quoted title before one names it
# ("the Marshals Service's “Most Wanted” list", "the magazine's “Person of the Year” award").
LISTING_NOUNS = frozenset({"list", "lists", "ranking", "rankings", "index", "watchlist", "blacklist", "register",
                           "registry", "award", "awards", "prize", "category", "designation", "status", "label",
                           "rating", "title"})
# Head words of a name for a day or a period ("Microsoft's Patch Tuesday", "the Academy's “Year of the
# Woman”"): a date the organisation keeps, not a work (with pipeline.lexicon.CALENDAR_WORDS).
PERIOD_WORDS = frozenset({"day", "days", "week", "weekend", "month", "year", "season", "night", "era", "decade",
                          "century", "anniversary", "holiday"})
# Objects of "play" that make it acting, not sport: "played the title role for the RSC" (post_verbs.py).
DRAMATIC_PART_NOUNS = frozenset({"role", "part", "character", "lead", "villain", "hero", "heroine"})
