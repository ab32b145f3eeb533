"""The US states (and the District of Columbia, written like one: "Washington, D.C."): names, their
postal and AP-style abbreviations, and the states named like a city.
One home for the knowledge that "Calif." and "CA" are California (mentions, party tags, span
cuts, article words and claims all read it)."""
from __future__ import annotations

_US_STATES = """
Alabama Ala. AL|Alaska Alaska AK|Arizona Ariz. AZ|Arkansas Ark. AR|California Calif. CA|Colorado Colo. CO
Connecticut Conn. CT|Delaware Del. DE|Florida Fla. FL|Georgia Ga. GA|Hawaii Hawaii HI|Idaho Idaho ID
Illinois Ill. IL|Indiana Ind. IN|Iowa Iowa IA|Kansas Kan. KS|Kentucky Ky. KY|Louisiana La. LA|Maine Maine ME
Maryland Md. MD|Massachusetts Mass. MA|Michigan Mich. MI|Minnesota Minn. MN|Mississippi Miss. MS
Missouri Mo. MO|Montana Mont. MT|Nebraska Neb. NE|Nevada Nev. NV|New_Hampshire N.H. NH|New_Jersey N.J. NJ
New_Mexico N.M. NM|New_York N.Y. NY|North_Carolina N.C. NC|North_Dakota N.D. ND|Ohio Ohio OH
Oklahoma Okla. OK|Oregon Ore. OR|Pennsylvania Pa. PA|Rhode_Island R.I. RI|South_Carolina S.C. SC
South_Dakota S.D. SD|Tennessee Tenn. TN|Texas Texas TX|Utah Utah UT|Vermont Vt. VT|Virginia Va. VA
Washington Wash. WA|West_Virginia W.Va. WV|Wisconsin Wis. WI|Wyoming Wyo. WY|District_of_Columbia D.C. DC
"""
US_STATE_ABBREVIATIONS: dict[str, str] = {
    short: name.replace("_", " ")
    for entry in _US_STATES.replace("\n", "|").split("|") if entry.strip()
    for name, *shorts in [entry.split()] for short in shorts if short != name
}
# Abbreviations written with their period dropped ("Calif", "Ore") are the same.
US_STATE_ABBREVIATIONS.update({short.rstrip("."): name for short, name in list(US_STATE_ABBREVIATIONS.items())
                               if short.endswith(".") and short.count(".") == 1})
# Older styles (GPO; 1980s wire copy: "Sen. Alan Cranston (D-Cal.)"), with their period only.
US_STATE_ABBREVIATIONS.update({"Tex.": "Texas", "Tex": "Texas", "Calif": "California", "Cal.": "California",
                               "Penn.": "Pennsylvania", "Penna.": "Pennsylvania", "Wisc.": "Wisconsin",
                               "Oreg.": "Oregon", "Nebr.": "Nebraska", "Kans.": "Kansas"})
US_STATE_NAMES = frozenset(US_STATE_ABBREVIATIONS.values())
# States named like their big city: "New York State" is the state, never "Ohio State" the university.
STATE_NAMED_CITIES = frozenset({"New York", "Washington"})

_STATE_KEYS = frozenset(name.lower() for name in US_STATE_NAMES) | {"america"}
_FORMS_NAMED_FOR_A_STATE = frozenset({"co", "co.", "corp", "corp.", "company", "corporation"})


def named_for_a_state(words: list[str], of: int) -> bool:
    """"Public Service Co of New Mexico", "Aluminum Co of America" (lower-case words, "of" at `of`):
    after "Co" or "Corp", "of" and a US state's name or America go on with the name; another place
    ends it ("Toyota Motor Corp of Japan"). Moved from extract/entities/entity_rules.py."""
    return of >= 2 and words[of] == "of" and words[of - 1] in _FORMS_NAMED_FOR_A_STATE \
        and " ".join(words[of + 1:]) in _STATE_KEYS
