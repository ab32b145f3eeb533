"""Words that tell a work an organisation made ("ABC's “Good Morning America”": developed) from
other things named after its possessive (org_rules.py). Moved out of lexicon.py (at its 400 lines)."""
from __future__ import annotations

from pipeline.speech_words import NAMED_WORK_NOUNS

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
# Verbs by which a person or a company makes a work ("written and directed by Alexander Payne", "He
# wrote the song Ring of Fire"); "produce" is a `developed` verb of lexicon.VERB_SENSES already.
CREATIVE_VERBS = frozenset({"write", "co-write", "compose", "co-compose", "direct", "co-direct", "pen", "script",
                            "choreograph", "produce", "co-produce"})
# Of them, those whose object is always a text or a piece of music, never an organisation run ("a
# company directed by X" is a post, "a film directed by X" a work).
WRITING_VERBS = frozenset({"write", "co-write", "compose", "co-compose", "pen", "script"})
# Nouns for a work a name in apposition or as head's modifier can be the title of ("the song Ring of
# Fire", "comedy Fat Albert", "the film, directed by"): speech_words.NAMED_WORK_NOUNS but those
# that also name a contest, a dictum or a show of things others made, and "episode" (the director of
# "an episode of the series CSI" made no series).
WORK_NOUNS = (NAMED_WORK_NOUNS - {"title", "slogan", "story", "series", "exhibition", "exhibit", "episode"}) | frozenset({
    "hit", "track", "ballet", "comedy", "thriller", "sequel", "remake", "soundtrack", "blockbuster"})
# Work nouns whose possessor made the work ("Madonna's new single Hung Up", "their album Boy",
# "Mike Leigh's film Vera Drake"): entities/work_titles.possessed_work; relations/work_makers.py.
POSSESSED_WORK_NOUNS = frozenset({"album", "single", "song", "hit", "track", "record", "novel", "book", "memoir",
                                  "poem", "play", "musical", "opera", "ballet", "painting", "game", "film", "movie",
                                  "documentary", "sitcom", "show", "programme", "series", "drama", "comedy"})
# Of them, those a person's possessive may only star in or play ("Jamie Foxx's movie Ray": an actor's
# film; "his game" a player's): made by an organisation ("Pixar's film", "Nintendo's game") only.
STARRED_WORK_NOUNS = frozenset({"film", "movie", "documentary", "sitcom", "show", "programme", "series", "drama",
                                "comedy", "game"})
# Lower-case words that may stand between the possessive and the work noun ("his latest solo album").
WORK_NOUN_MODIFIERS = frozenset({"hit", "debut", "solo", "smash", "number", "one", "chart", "-", "topping", "selling",
                                 "best", "video", "computer", "studio", "live", "feature", "short", "animated",
                                 "stage", "tv", "television", "radio"})
