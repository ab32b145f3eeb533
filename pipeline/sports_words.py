"""Word lists of sports reports: what makes an article one about sport, what names a club, and the
words of rosters (extract/entities/sports_teams.py, extract/relations/roster_rules.py,
role_phrases' team roles, open_rules' roster verbs, boundaries' team players).
"""
from __future__ import annotations

# Players of a team sport: a place before one names the club ("a Barcelona soccer player").
TEAM_PLAYER_NOUNS = frozenset("""
player footballer striker midfielder defender goalkeeper goalie forward winger fullback quarterback
linebacker pitcher shortstop outfielder batsman bowler teammate cornerback tailback kicker punter catcher
infielder goaltender
""".split())
# Players' positions, verbs only by misparse ("Dallas Cowboys quarterback Tony Romo said": the club
# "quarterbacks" the player); "forward" is a verb of its own.
MISPARSED_POSITION_VERBS = TEAM_PLAYER_NOUNS - {"forward"}
# Positions of football (soccer), whose clubs are mostly named after their town: a town before one is
# the club ("Cardiff defender X"), where before a US position it is not ("Atlanta defensive end X" played
# for the Falcons). "England player X": a national side's too.
FOOTBALL_POSITIONS = frozenset({"striker", "midfielder", "defender", "winger", "goalkeeper", "keeper", "player"})
# Staff of a sports team: a city before one stands for the club too ("Houston coach X").
TEAM_STAFF_NOUNS = frozenset({"coach", "gm"})
# Positions and staff of a side in football, rugby and cricket that are a team's only in an article
# about sport ("Ireland flanker X", "Scotland doctor X", "former Wales skipper X": the place is the
# national side or the club, not a home); elsewhere a "London doctor" practises there (role_kinds.py).
# Not "captain", an office whose place is already the side's ("Spanish captain X": Spain).
SPORTS_ONLY_TEAM_ROLES = frozenset("""
flanker hooker prop lock wing centre full-back fly-half scrum-half loose-head tight-head debutant skipper
doctor physio physiotherapist manager boss trainer selector
""".split())
# Posts in a side: a bare one ("and captain X") is held in the side of a title coordinated with it
# ("Ireland coach A and captain B": relations/role_rules.py).
SIDE_POSTS = TEAM_STAFF_NOUNS | TEAM_PLAYER_NOUNS | SPORTS_ONLY_TEAM_ROLES | frozenset({"captain", "vice-captain"})
# Collective nouns before coordinated players' names: "Edinburgh pair A and B" are both the side's.
TEAM_GROUP_NOUNS = frozenset({"pair", "duo", "trio"})
# Roles of North American leagues, whose clubs all bear a nickname besides the city ("Houston
# Texans"): a city before one is never the club's own name, as it may be in football ("a Barcelona
# soccer player").
NICKNAMED_TEAM_ROLES = TEAM_STAFF_NOUNS | frozenset("""
quarterback linebacker cornerback tailback kicker punter pitcher shortstop outfielder catcher infielder
goaltender
""".split())
# Verbs of a club's roster: a city as their doer is the club ("New Orleans signed X"), not the place.
# Only verbs a state does not do to a person: "Cuba released Alan Gross" is the state's deed.
ROSTER_VERBS = frozenset({"sign", "re-sign", "waive", "trade", "draft"})

# Positions named by a head word that alone is no player ("a prison guard", "the back") and a
# word that makes it one: "defensive tackle", "wide receiver", "point guard", "tight end".
POSITION_HEADS = frozenset("tackle end guard back safety center centre receiver lineman forward".split())
POSITION_MODIFIERS = frozenset("defensive offensive wide running tight point shooting free strong nose small power".split())
# A player between clubs: "Atlanta free agent Josh Smith" plays for no club of the place, nor lives there.
NO_CLUB_TITLES = frozenset({("free", "agent"), ("unrestricted", "agent")})
# Words of an article about a team sport (not tennis or athletics, whose "X of Ukraine" is a
# nationality, not a club): with two of them, a place followed by a capitalised plural
# ("Philadelphia 76ers", "New Orleans Saints") names a club (extract/entities/sports_teams.py). The last
# line is British and European football, rugby and cricket ("Premiership" alone is also a prime
# minister's time in office: two different words are needed; hyphened words are never one token).
SPORTS_WORDS = frozenset("""
coach roster playoff playoffs league franchise touchdown inning stadium basketball football baseball
hockey soccer nba nfl mlb nhl mls nfc afc rookie quarterback linebacker pitcher goalie goaltender striker
midfielder rugby cricket flanker winger wicket batsman referee squad goalkeeper
uefa fifa premiership keeper header scrum innings bowler
""".split())
# Words of sports played by one person or by nations rather than clubs: with SPORTS_WORDS, what makes
# an article one about any sport, where a place's own person is an athlete ("Japan's Ai Sugiyama",
# extract/entities/titled_people.py). Hyphened words are never one token ("semi-final").
INDIVIDUAL_SPORTS_WORDS = frozenset("""
tennis athletics athlete sprinter hurdles hurdler marathon golf golfer boxing boxer heptathlon decathlon decathlete
olympic olympics medal medallist wimbledon snooker cyclist swimmer champion seed volley tournament
""".split())
# Capitalised plurals after a place that name no club: a place's own ("Florida Keys", "Golan
# Heights"), a party's or a group's members ("Iowa Democrats"), a company's or a paper's word ("New York
# Times", "Texas Instruments"), an event ("Beijing Games").
NOT_CLUB_PLURALS = frozenset("""
islands isles mountains hills heights keys lakes falls springs rapids plains woods gardens highlands lowlands
states territories provinces counties districts times news democrats republicans conservatives liberals
socialists greens independents schools games olympics championships awards industries airlines airways studios
records systems partners holdings communications technologies instruments resources securities investors
ventures brothers sisters associates services forces affairs caucuses hearings residents citizens voters
officials police courts streets avenues towers apartments hotels resorts motors laboratories labs sciences
networks pictures products foods stores markets internationals fans players teams sevens
""".split())
# Rosters (extract/relations/roster_rules.py). Verbs by which a club takes a person on ("The Saints
# re-signed RB X", "the Sixers drafted X"); verbs and nouns of agreeing terms ("X agreed to a deal
# with the 76ers", "reached six-year deals with X").
SIGNING_VERBS = frozenset({"sign", "re-sign", "hire", "draft", "acquire"})  # not "claim": "White claimed she ..."
ROSTER_DEAL_VERBS = frozenset({"agree", "reach", "sign", "ink", "strike", "finalize", "finalise", "complete"})
ROSTER_DEAL_NOUNS = frozenset({"deal", "contract", "extension", "agreement", "terms"})
# Positions written between a signing verb and the name ("signed running back X", "re-signed RB X").
# Words a player's position is written in before the name, at most: "running back", "QB".
MAX_POSITION_WORDS = 2
POSITION_WORDS = TEAM_PLAYER_NOUNS | frozenset("""
running back wide receiver tight end guard center centre forward tackle safety linebacker lineman
defensive offensive point shooting small power left right hand relief starting reliever closer keeper
coach assistant coordinator manager rusher receiver passer starter
""".split())
# A club putting a person on a list of its own ("placed X on injured reserve", "put X on IR") and
# letting one go ("waived X", "released X", "traded X"), in an article about sport.
PLACING_VERBS = frozenset({"place", "put"})
ROSTER_LISTS = frozenset({"reserve", "ir", "list", "squad", "roster", "waivers"})
ROSTER_RELEASE_VERBS = frozenset({"waive", "release", "cut", "trade"})
# A club losing a player to an injury ("lost running backs X and Y to injuries"): still its player.
LOSING_VERBS = frozenset({"lose"})
INJURY_NOUNS = frozenset({"injury", "illness", "concussion", "surgery", "suspension"})
POSITION_ABBREVIATIONS = frozenset("RB QB WR LB CB DT FB PG SG SF PF LHP RHP".split())  # not "De", "Te"
# Descriptors between a signing verb and the name that are no position: "signed veteran free agent X".
ROSTER_DESCRIPTORS = frozenset("""
free agent veteran rookie former leading star undrafted backup journeyman young longtime
""".split())
# A club's own words for itself ("Remaining on the team are X and Y": the article's club).
TEAM_NOUNS = frozenset({"team", "roster", "squad"})
# Scoring for a side: "X scored 20 points for the Tar Heels", "added 12 points and eight rebounds
# for Duke" ("add" only with a score noun: "added a line for the press" scores nothing).
SCORING_VERBS = frozenset({"score", "tally", "net"})
# Verbs that state a score only with a score noun as the object: "added 12 points for Duke", "had 23 points
# for the Purple Aces", "contributed 10 points for ...".
SCORE_OBJECT_VERBS = frozenset({"add", "have", "contribute"})
SCORE_NOUNS = frozenset("""
point points goal goals touchdown touchdowns run runs rebound rebounds assist assists basket baskets try tries
""".split())
# A count of a player's games for a club: "made 110 appearances for Chelsea", "won 30 caps for Wales",
# "played 200 games for Leeds" (relations/club_spells.py); not points or goals, which SCORE_NOUNS count.
TALLY_VERBS = frozenset({"make", "win", "earn", "collect", "play", "gain"})
TALLY_NOUNS = frozenset({"appearance", "cap", "start", "outing", "game", "match", "season"})
# Moves that end a player's spell at a club: "before joining Everton", "before signing for Bath".
CAREER_MOVE_VERBS = frozenset({"join", "sign", "move", "leave", "switch", "transfer", "retire", "return"})
