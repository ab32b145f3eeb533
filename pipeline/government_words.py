"""Offices of a state and the portfolios written with them: what a title says about the place
named with it ("Japan's Prime Minister", "Texas Agriculture Secretary"), read by the entity rules
(a portfolio is no organisation, a nationality before an office names the state) and the role rules.
"""
from __future__ import annotations

# What a role says about the place named with it (extract/relations/role_phrases.py).
# Offices of a state, its government, its courts or its armed forces: a place named with one
# ("Japan's Prime Minister", "U.S. President", "Hong Kong's police commissioner", "the top U.S.
# commander") is the state the holder serves, never where they live.
STATE_OFFICE_NOUNS = frozenset("""
president vice-president premier minister chancellor secretary king queen emperor empress monarch sultan
emir prince princess ayatollah ambassador envoy consul diplomat senator congressman congresswoman constable
representative lawmaker legislator parliamentarian mp mep msp governor lieutenant-governor mayor councillor councilor
councilman councilwoman alderman commissioner official spokesman spokeswoman spokesperson prosecutor undersheriff
attorney judge justice magistrate sheriff leader dictator ruler strongman general colonel admiral commander
lieutenant captain major sergeant corporal marshal officer soldier chief premier president-elect coroner
comptroller treasurer
""".split())
# Offices of STATE_OFFICE_NOUNS that are also a private profession: written in lower case, with
# none of PUBLIC_ATTORNEY_WORDS before them, a place before one is where the holder practises
# ("Anchorage attorney X" -> lives_in), not a state served ("District Attorney X", "U.S. Attorney X").
PRIVATE_PRACTICE_NOUNS = frozenset({"attorney"})
PUBLIC_ATTORNEY_WORDS = frozenset({"district", "general", "state", "county", "city", "federal", "prosecuting", "u.s",
                                   "us", "assistant", "deputy", "government", "crown", "public", "states"})

# Portfolios of a government office written between a place and the title ("Texas Agriculture
# Secretary", "NSW Transport Minister", "Ohio Public Safety Director"): the place is no
# organisation "Texas Agriculture" (extract/entities/name_boundaries.py).
PORTFOLIO_WORDS = frozenset("""
agriculture transportation transport education health defense defence interior labor labour commerce
energy treasury justice finance foreign home homeland security housing environment environmental trade
industry culture tourism immigration veterans affairs public safety works water resources economic
economy development revenue insurance corrections human services family families children youth sport
sports communications science technology fisheries forestry mines mining lands planning infrastructure
budget employment welfare social emergency management police natural conservation parks wildlife oil petroleum
farm research overseas aviation telecommunications arts shipping
""".split())
# Portfolio words that name a department of their own ("Treasury Secretary X" works for the Treasury).
DEPARTMENT_PORTFOLIOS = frozenset({"treasury"})
# Portfolios whose "Secretary" heads "the <Portfolio> Department", in US and British usage alike
# ("Commerce Secretary X", "Health Secretary X": entities/mentions.py names the portfolio so where the
# article names no department); not those whose department goes by another name (the Home Office, the
# Foreign Office, the Ministry of Defence) nor a party's ("Labour").
SECRETARY_DEPARTMENT_WORDS = PORTFOLIO_WORDS - DEPARTMENT_PORTFOLIOS - {"home", "foreign", "defence", "labour"} \
    | {"and", "&", "human", "urban"}
# Offices a portfolio names ("Defence Secretary", "Farm Commissioner", "National Security Adviser"):
# before one, a portfolio is the title's and no organisation, nor part of the body's name before it
# ("EEC Farm Commissioner X" serves the EEC).
PORTFOLIO_OFFICES = frozenset({"secretary", "minister", "commissioner", "adviser", "advisor"})
# The words of a portfolio outside PORTFOLIO_WORDS or before it ("Shadow Home Secretary", "National
# Security Adviser").
PORTFOLIO_TITLE_WORDS = PORTFOLIO_WORDS - DEPARTMENT_PORTFOLIOS | frozenset({
    "shadow", "national", "monetary", "financial", "new", "junior", "armed", "forces", "constitutional", "economics", "media", "pensions", "local",
    "government", "rural", "europe", "overseas", "arts", "disabled", "people", "agrarian", "reform", "industrial",
    "expansion", "regional", "relations", "external", "and", "&"})
# Administrative titles a portfolio makes an office of the place ("Transportation Director", "Homeland
# Security adviser"); a profession stays one ("an Alabama family physician", "a Boston sports writer").
PORTFOLIO_TITLE_NOUNS = frozenset("""
director head chief adviser advisor coordinator administrator superintendent manager czar tsar chair chairman
chairwoman chairperson deputy undersecretary aide staffer inspector controller auditor treasurer clerk counsel
supervisor planner regulator negotiator
""".split())
