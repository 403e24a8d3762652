"""Claims of round twenty-six: what the rules missed on the last unseen pair. An ordinal of
captured places ("the third town to change hands", "the fifth town in four days") is the
running count of captures, whatever clause the parse hangs its predicate on, and whatever
day the capture is told with; a count of cases with "N of them fatal" gives the toll its
whole; an earlier season's totals beside the current figures are older values. Hard
negatives keep what a careful reader keeps: a rank among a region's towns, a town's
position on a road, ordinals of places shelled, flooded, evacuated or only tried for, a
capture that would happen, parts of a count that are no deaths, and an earlier season's
figure told alone. Every passage is written for these tests, about made-up places."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest
from claim_readings import asserted, known_wrong

from processors.models import Article

D, C, T, H = "death_toll", "confirmed_cases", "cities_captured", "hurricane_category"
E, AL = "exact", "at_least"

# (passage, every asserted claim it gives as (metric, value, bound), in any order)

# ---- 1. an ordinal of captured places is the running count of captures
RANKED_CAPTURES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Rebels stormed the hill town of Varsk on Monday, the third town in the valley to "
        "change hands since March.",
        [(T, 3.0, E)],
    ),
    (
        "FLASH - Militia fighters overrun Tolbey on the Marn river - sixth town to fall in "
        "less than a week - local official",
        [(T, 6.0, E)],
    ),
    (
        "The port of Ossel surrendered to the invading army on 2 May 1812. It was the fourth "
        "walled town the expedition had taken since crossing the border.",
        [(T, 4.0, E)],
    ),
    (
        "Government troops entered Marrow on Sunday, the second town they have won back from "
        "the rebels in a week.",
        [(T, 2.0, E)],
    ),
    (
        "Korvin fell to the insurgents on Tuesday, the fifth town in four days, and Ashby "
        "followed hours later.",
        [(T, 5.0, E)],
    ),
    (
        "16 Sep: Allied troops enter Pell, the second enemy-held town on the bay to fall in "
        "five days.",
        [(T, 2.0, E)],
    ),
    (
        "The rebel coalition seized the mining town of Ruvo on Tuesday, the fourth town to "
        "come under its control in ten days.",
        [(T, 4.0, E)],
    ),
    (
        "Rebels said on Friday they had driven the army out of Kell. It is the third town on "
        "the coast the rebels have taken in seven days.",
        [(T, 3.0, E)],
    ),
    (
        "ON THIS DAY, 1711: The garrison of Castel Morro surrenders the town to Spanish "
        "forces, the second town of the duchy to fall to them in a year.",
        [(T, 2.0, E)],
    ),
    (
        "Separatist fighters captured Dunmere at dawn, the seventh town in the province since "
        "the offensive began.",
        [(T, 7.0, E)],
    ),
    (
        "Insurgents overran Balto at the end of June, the second district seat in the "
        "province to fall to them this year.",
        [(T, 2.0, E)],
    ),
]

# ...hard negatives: ranks, positions, places struck by something else, captures not made
RANKED_OTHER: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Dalby, the province's second-largest town, was shelled overnight but the army still "
        "holds it.",
        [],
    ),
    (
        "Flood water poured into Marrow on Sunday, the third town in the valley to be "
        "evacuated this week.",
        [],
    ),
    ("Storm surge swamped Kessin on Monday, the second town on the coast in a week.", []),
    ("The rebels shelled Orvan, the third town they have attacked this month.", []),
    (
        "Government troops still hold Brask, the fourth town the rebels have tried to take "
        "since May.",
        [],
    ),
    (
        "The army could lose Fennick within days, which would make it the fifth town to fall "
        "to the militia this year.",
        [],
    ),
    ("Kandor, the region's third town, remains in government hands.", []),
    (
        "Mudslides buried Arlo on Sunday, the second village in the district to be hit this week.",
        [],
    ),
    ("Troops took Belloc on Friday, the second town north of the river.", []),
    (
        "The rebels say they took Sallow on Friday, the sixth town to fall to them this "
        "month, but the army says its troops still hold the town.",
        [],
    ),
]

# ...the same kinds in other wording, written after the rule to try it on new text
RANKED_LATER: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "BULLETIN - Separatists take Holm, capital of Nessa district - fourth town to fall this "
        "month - army source",
        [(T, 4.0, E)],
    ),
    (
        "Mutineers seized the garrison town of Ebbor before dawn. It was the second town on the "
        "plateau to come under their control in three days.",
        [(T, 2.0, E)],
    ),
    (
        "Lorn fell to the rebels overnight, the sixth town in ten days, residents said.",
        [(T, 6.0, E)],
    ),
    (
        "Royalist troops retook Carvel on Sunday after a two-day siege, the third town of the "
        "province to return to royal control since spring.",
        [(T, 3.0, E)],
    ),
    (
        "The militia overran Petra Nova on Wednesday, the eighth town along the railway to "
        "change hands this year.",
        [(T, 8.0, E)],
    ),
    (
        "Rebels marched into Tessaly unopposed, the fourth town they have entered since the "
        "ceasefire collapsed.",
        [(T, 4.0, E)],
    ),
    ("Wildfire smoke blanketed Hesk on Sunday, the fourth town in the valley in a week.", []),
    ("The insurgents bombed Sarrow, the fifth town in the region since June.", []),
    ("The army reinforced Mallo, the third town on the border to receive troops this month.", []),
    (
        "The storm flattened Ravel on Monday, the second town on the island to be hit this year.",
        [],
    ),
    (
        "The rebels may take Orrin within days, which would be the fifth town to fall to them in "
        "a month.",
        [],
    ),
]

# ---- 1b. a capture count the other side denies or disputes in the next sentence is
# hedged; a denial of something else leaves it asserted
DISPUTED: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Rebels said on Monday they had captured Fosk, the third town to fall to them this "
        "month. The army denied that the town had fallen.",
        [],
    ),
    (
        "The militia says it now controls 14 towns in the province. Provincial officials "
        "dispute the figure.",
        [],
    ),
    (
        "Government troops said they had retaken Ulm, making it the fifth town they have won "
        "back since January. The rebels denied losing it.",
        [],
    ),
    (
        "Rebels captured Fosk on Monday, the third town to fall to them this month. The army "
        "denied reports that civilians had been killed in the assault.",
        [(T, 3.0, E)],
    ),
    (
        "The militia now controls 14 towns in the province. Its leader denied that his fighters "
        "had looted the market in Sarn.",
        [(T, 14.0, E)],
    ),
]

# ---- 1c. a storm's category in a relative clause set off on any noun of the sentence
# ("..., which came ashore late on Wednesday as a Category 3") is background to a main clause
# of later news; beside a main clause of the same past, or told in the main clause, it stands
RELATIVE_LANDFALL: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Rescuers in Amberly are still digging through the debris left by Cyclone Tern, which "
        "came ashore late on Wednesday as a Category 3 storm.",
        [],
    ),
    (
        "The number of people killed by Typhoon Ossa, which struck the Varn coast on Thursday "
        "as a Category 2, has risen to 14.",
        [(D, 14.0, E)],
    ),
    (
        "Officials said on Friday that Storm Pell had killed nine people on the island of "
        "Dorr, where it made landfall on Thursday as a Category 1 hurricane.",
        [(D, 9.0, E)],
    ),
    (
        "Hurricane Lark, which is now a Category 4, is churning toward the Senn islands.",
        [(H, 4.0, E)],
    ),
    (
        "Forecasters tracked Cyclone Merv, which crossed the coast on Thursday as a Category 2, "
        "until it faded over the desert.",
        [(H, 2.0, E)],
    ),
    (
        "Typhoon Kessa struck the Lorn peninsula on Thursday as a Category 4, officials said, "
        "and has since killed 20 people.",
        [(H, 4.0, E), (D, 20.0, E)],
    ),
]

# ---- 1d. "lost" counts the dead only with lives, or with no object of its own ("were lost
# at sea"): people who lost their homes, their footing or contact are no toll
LOST: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("Some 2,500 people lost their homes in the Varn valley floods.", []),
    (
        "The landslide killed 31 people, and more than 4,000 people have lost their homes.",
        [(D, 31.0, E)],
    ),
    ("Seven climbers lost their footing on the ridge, but all were rescued.", []),
    (
        "The quake killed 12 people; 60 people lost contact with relatives after it struck.",
        [(D, 12.0, E)],
    ),
    ("The blast killed 14 workers and some 300 families lost power.", [(D, 14.0, E)]),
    ("At least 40 people lost their lives when the ferry sank off Dorr.", [(D, 40.0, AL)]),
    ("Twenty-two fishermen were lost at sea when the storm hit the Ossel coast.", [(D, 22.0, E)]),
    (
        "Nineteen people lost their lives and 2,000 lost their homes in the Ebbor floods.",
        [(D, 19.0, E)],
    ),
]

# ---- 1e. a publication's name is no window ("Daily"), "3 May:" in a dateline is a date, and
# "ha" is hectares (written after the rules, from dev misses, to try them in other wording)
NAMES_AND_DATES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Ossel Daily News, 3 May: the Kell fire has burned 4,000 acres since Tuesday, crews said.",
        [("acres_burned", 4000.0, E)],
    ),
    ("UPDATE, 12 May 2024 | Flooding in Vess has killed 18 people.", [(D, 18.0, E)]),
    ("The Kell fire has been spreading by some 400 acres daily, crews said.", []),
    ("Health officials in Dorr are recording about 30 new measles cases a day.", []),
    # ...and "ha" is the hectare's symbol (no fire, no area burned)
    ("The Tarn fire has burned 1,685 ha, officials said.", [("acres_burned", 4164.0, E)]),
    ("SMS alert: Fire so far: 1,685 ha burned, 70% contained.", [("acres_burned", 4164.0, E)]),
    ("Farmers in the valley grow rice on plots of 2 ha or less.", []),
]

# ---- 1f. a noun with a relative clause of "who" names persons, whatever the noun; the
# clause's own fate (rescued, evacuated) is no death
WHO_CLAUSES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The number of compatriots who lost their lives in the Varn landslide has risen to 50.",
        [(D, 50.0, E)],
    ),
    (
        "The number of neighbours who died in the Ossel tower blaze rose to nine, the mayor said.",
        [(D, 9.0, E)],
    ),
    (
        "Eleven compatriots who were working at the Dorr mine were killed in the blast.",
        [(D, 11.0, E)],
    ),
    ("The number of fishermen who were rescued off Kell has risen to 40.", []),
    ("The number of homes that were destroyed in the Varn landslide has risen to 300.", []),
    ("The number of townspeople who were evacuated from Ossel has risen to 2,000.", []),
    # (written after the rule, to try it: a clause of being tells no fate)
    ("Thirty passengers who were aboard the ferry drowned when it capsized.", [(D, 30.0, E)]),
    ("The number of people who were killed in the Dorr quake has risen to 140.", [(D, 140.0, E)]),
    # ...nor a clause of who they were
    (
        "A rockfall on the Dorr glacier killed five climbers who had ignored a ban on the ascent.",
        [(D, 5.0, E)],
    ),
]

# ---- 2. "N cases, M of them fatal": the toll is M of the N
FATAL_PARTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Health officials in Dorvan have confirmed 38 cases of the fever since July, nine of "
        "them fatal.",
        [(C, 38.0, E), (D, 9.0, E)],
    ),
    (
        "The ministry now counts 120 confirmed infections, 14 of them fatal, the WHO said.",
        [(C, 120.0, E), (D, 14.0, E)],
    ),
    (
        "Twelve cholera cases have been recorded in the camp, two of them fatal, aid workers said.",
        [(C, 12.0, E), (D, 2.0, E)],
    ),
    # ...hard negatives: a part that is no death
    ("The clinic has confirmed 40 cases of the disease, 15 of them children.", [(C, 40.0, E)]),
    ("Doctors have confirmed 25 cases, three of them in intensive care.", [(C, 25.0, E)]),
    ("The outbreak has killed 30 people, 12 of them children.", [(D, 30.0, E)]),
]

# ---- 3. an earlier season's totals beside the current figures are older values
EARLIER_SEASON: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Fever bulletin, week 12: confirmed cases 310, deaths 12. Last season's totals: 290 "
        "cases and 15 deaths.",
        [(C, 310.0, E), (D, 12.0, E)],
    ),
    (
        "Dengue in Sella province (bulletin, week 9): confirmed cases 4,210 | deaths 31 | "
        "previous season's cases 2,900.",
        [(C, 4210.0, E), (D, 31.0, E)],
    ),
    (
        "Confirmed cases of the fever in Ostra this season: 1,240 (previous season: 980).",
        [(C, 1240.0, E)],
    ),
    # ...hard negatives: the current figure beside an older one, and an older one alone
    (
        "The clinic has confirmed 900 cases this season, up from last year's total of 640 cases.",
        [(C, 900.0, E)],
    ),
    (
        "This season's count of the fever stands at 75 confirmed cases, against 60 in the "
        "previous season.",
        [(C, 75.0, E)],
    ),
    (
        "Last season the Ostra clinic confirmed 640 cases of the fever, the most in a decade.",
        [(C, 640.0, E)],
    ),
]

# readings still wrong, by their opening characters (strict xfails)
KNOWN_WRONG: set[str] = {
    # "still hold" by the defender, the rebels only having "tried to take" it: the hold is read
    "Government troops still hold Brask",
    # a town's position on a road or river, read as the count of towns taken
    "Troops took Belloc",
    # a list's cells after a comma ("confirmed cases 310, deaths 12"): the deaths go unread
    "Fever bulletin, week 12",
    # a verbless label with the season after the noun: no reading at all
    "Confirmed cases of the fever in Ostra",
    # "enter" is no verb of the capture count
    "Rebels marched into Tessaly",
}

_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        pytest.param(t, w, marks=_known(t))
        for t, w in [
            *RANKED_CAPTURES,
            *RANKED_OTHER,
            *RANKED_LATER,
            *DISPUTED,
            *RELATIVE_LANDFALL,
            *LOST,
            *NAMES_AND_DATES,
            *WHO_CLAUSES,
            *FATAL_PARTS,
            *EARLIER_SEASON,
        ]
    ],
)
def test_asserted_claims_of_round26(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Health officials in Dorvan have confirmed 38 cases of the fever since July, nine of "
         "them fatal.", 38.0),
        ("The ministry now counts 120 confirmed infections, 14 of them fatal, the WHO said.",
         120.0),
        ("Twelve cholera cases have been recorded in the camp, two of them fatal, aid workers "
         "said.", 12.0),
    ],
)  # fmt: skip
def test_fatal_part_of_cases_takes_their_count_as_total(enricher, text: str, whole: float) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="x", text=text, published=datetime(2024, 4, 5))
    tolls = [c for c in enricher.enrich([article])[0].claims if c.metric == D]
    assert [c.total for c in tolls] == [whole]
