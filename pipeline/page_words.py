"""Words of a news page's clutter: site navigation, and the picture agencies photo credits name.

Their home is apart from pipeline/lexicon.py (words of the text itself): cleaning reads the
credits (clean/credits.py), and the entity rules drop menus and credits read as names
(extract/entities/mentions.py, name_runs.py, datelines.py).
"""
from __future__ import annotations

# Navigation and section words of news sites. A capitalised run made only of them ("Search Sport",
# "Cars Blog") is a menu, not a name (pipeline/extract/entities/mentions.py drops such mentions).
# Words that also name publications on their own ("Science", "Tech", "World") are left out.
NAVIGATION_WORDS = frozenset("""
home news sport sports search menu blog blogs video videos photo photos gallery galleries opinion
opinions business politics weather travel lifestyle culture entertainment technology
health cars motoring autos property jobs shop shopping login logout subscribe subscription
newsletter newsletters podcast podcasts live latest trending popular more sections section topics
comments comment share print email contact about advertise advertising help account register sign
follow watch listen read edition local national international markets money finance economy
education food fashion style arts books music tv radio games puzzles crosswords obituaries
classifieds events columns column features feature premium exclusive breaking top stories story
""".split())

# Picture agencies and stock libraries that photo credits name last ("Robyn Beck/AFP/Getty Images",
# "Alex Wong | Getty Images", "(Joshua Roberts/Reuters)"). Lower case; matched as whole words.
PHOTO_AGENCIES = (
    "getty images", "getty", "afp", "reuters", "ap", "associated press", "epa", "epa-efe", "efe", "shutterstock",
    "istock", "istockphoto", "alamy", "corbis", "bloomberg", "invision", "pti", "ani", "xinhua", "pool", "anadolu",
    "sipa", "rex", "rex features", "zuma", "zuma press", "nurphoto", "imago", "dpa", "picture alliance", "abaca",
    "wireimage", "filmmagic", "usa today sports", "presswire", "us presswire", "nasa", "afp via getty images",
)
