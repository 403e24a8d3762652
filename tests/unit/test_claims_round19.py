"""Claims of round nineteen: running counts in the less tidy voices of the feeds ("this day
in history" items in the historic present, timelines with a day per line, transcripts with
speaker labels, situation reports, translated statements, captions, newsletters, wire copy
with UPDATE tags and dated datelines), and the shapes of a count a parse splits: holdings
("leaving eight of the twelve towns in rebel hands"), the confirmed part of a case count
("40 cases, 31 of them confirmed"), persons counted by a noun of a group ("Nineteen members
of a crew"), ordinals of victims, ranges, and breakdowns after a total. With hard negatives of
every kind (tags, dates, page and episode numbers, the missing, the injured, sub-counts,
forecasts, hedges and denials). Every passage is written for these tests, about places,
fires, storms, outbreaks and wars of our own making."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, known_wrong

D, C, A = "death_toll", "confirmed_cases", "acres_burned"
H, K = "hurricane_category", "cities_captured"
E, AL, MT, AB, AM = "exact", "at_least", "more_than", "about", "at_most"

# (passage, the asserted (metric, value, bound) it gives, in any order)

HISTORY_AND_TIMELINES: list[tuple[str, list[tuple[str, float, str]]]] = [
    # ---- "this day in history" items, historic present
    (
        "On this day in 1961: the Varnok dam gives way after a week of rain and 212 people "
        "drown in the valley below.",
        [(D, 212.0, E)],
    ),
    (
        "This day, 1974. A gas main explodes under the market square in Quillon; 38 people die "
        "and the old town hall burns to the ground.",
        [(D, 38.0, E)],
    ),
    (
        "March 2, 1952 - An avalanche buries the mountain hamlet of Hartsfell, killing 61 "
        "villagers.",
        [(D, 61.0, E)],
    ),
    (
        "Today in history: in 1983 the Emberlee bushfires burn through 91,000 acres of the "
        "coastal ranges in a single weekend.",
        [(A, 91000.0, E)],
    ),
    (
        "Forty years ago this week, the ferry Solvig Star capsizes off Tarrow Point. Of the 312 "
        "people on board, 287 are lost.",
        [(D, 287.0, E)],
    ),
    (
        "1938: Typhoon Orsolya smashes into the port of Kalunde, and 1,400 people perish in the "
        "storm surge.",
        [(D, 1400.0, E)],
    ),
    (
        "On this day in 1911, a fire sweeps through the Dunmara cotton mill. Ninety-four workers "
        "are killed, most of them young women.",
        [(D, 94.0, E)],
    ),
    # ---- timelines with a day per line
    (
        "Timeline of the offensive. 3 May: the Free Hills Army takes Ravensk. 5 May: Kolvany "
        "falls. 7 May: rebels enter Irsk, their third town in five days.",
        [(K, 3.0, E)],
    ),
    (
        "How the outbreak grew. June 1: first case confirmed in Mbeza. June 9: 14 cases. June "
        "20: health officials confirm 63 cases across the district.",
        [(C, 63.0, E)],
    ),
    (
        "Key dates. Monday: fire reported near Vantre ridge. Tuesday: it grows to 2,300 acres. "
        "Wednesday: the Vantre Fire has burned 8,900 acres, the forest service says.",
        [(A, 8900.0, E)],
    ),
    (
        "Timeline | 14:00 Dam breach reported | 16:30 First bodies recovered | 21:00 Police say "
        "44 people have died.",
        [(D, 44.0, E)],
    ),
    # ---- wire copy with UPDATE tags and dated datelines
    (
        "UPDATE 3-Floods in northern Belvass kill 40, thousands flee",
        [(D, 40.0, E)],
    ),
    (
        "UPDATE 2: Toll from Pelagos Bay ferry fire rises to 18",
        [(D, 18.0, E)],
    ),
    (
        "UPDATE 4-Cholera outbreak in Nyota camp reaches 520 confirmed cases -WHO",
        [(C, 520.0, E)],
    ),
    (
        "SABRI, Oct 9 (Wire) - At least 27 people were killed when a fuel tanker overturned and "
        "exploded on the coast road, police said.",
        [(D, 27.0, AL)],
    ),
    (
        "KALUNDE, March 14 - Health officials have confirmed 112 cases of typhoid in the port "
        "city since January.",
        [(C, 112.0, E)],
    ),
    (
        "QUILLON, June 3, 2019 (Agency) - The Lark Creek Fire has scorched 6,200 acres, "
        "firefighters said on Monday.",
        [(A, 6200.0, E)],
    ),
    (
        "DUNMARA, Dec. 28 - Cyclone Teodor strengthened to a Category 3 overnight, the weather "
        "service said.",
        [(H, 3.0, E)],
    ),
    ("UPDATE 5-Landslide at Hartsfell jade mine: rescuers still searching", []),
    ("IRSK, Nov 12 - Talks on the new budget broke down on Tuesday.", []),
]

TRANSCRIPTS_AND_REPORTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    # ---- transcripts with speaker labels
    (
        "HOST: Where are we this morning? | REPORTER: The rebels took Vantre overnight, and that "
        "makes seven. Seven towns in a fortnight.",
        [(K, 7.0, E)],
    ),
    (
        "ANCHOR: What are officials saying? CORRESPONDENT: The coroner's count is 33 dead, Ruth, "
        "and they expect it to climb.",
        [(D, 33.0, E)],
    ),
    (
        "PRESENTER: And the fire? FIRE CHIEF (on the line): We're at about 14,000 acres now.",
        [(A, 14000.0, AB)],
    ),
    (
        "Q: How many cases are there? A (health minister): Eighty-one confirmed, and more than "
        "200 suspected.",
        [(C, 81.0, E)],
    ),
    (
        "HOST: Is it a Category 4 yet? | METEOROLOGIST: Not yet. It could be by tonight.",
        [],
    ),
    # ---- situation reports
    (
        "Situation report no. 7. As of 14 March, 2,310 cases of cholera, including 41 deaths, "
        "have been reported in Mbeza province.",
        [(C, 2310.0, E), (D, 41.0, E)],
    ),
    (
        "SITREP 12 (as of 18:00): Confirmed cases: 418. Deaths: 27. Districts affected: 6.",
        [(C, 418.0, E), (D, 27.0, E)],
    ),
    (
        "Flash update #3: the floods have killed 63 people and displaced 40,000 in Kolvany "
        "district, OCHA said.",
        [(D, 63.0, E)],
    ),
    (
        "Sitrep: 1,250 suspected measles cases have now been seen in the Sabri camps, and more "
        "than a dozen children have died.",
        [(D, 12.0, MT)],
    ),
    (
        "Epidemiological week 14: cumulative confirmed cases reached 905; no new deaths were "
        "recorded.",
        [(C, 905.0, E)],
    ),
    # ---- translated statements
    (
        "The statement, translated from Arabic by our desk, said the number of martyrs from the "
        "shelling of Dar Sabri had risen to 88.",
        [(D, 88.0, E)],
    ),
    (
        '"Our forces have liberated 14 towns since the start of the operation," the ministry '
        "said in a statement translated from French.",
        [(K, 14.0, E)],
    ),
    # ---- captions
    (
        "Caption: Firefighters watch the Ridgeback Fire from a fire road above Tarrow. The blaze "
        "has burned 4,300 acres. (Photo: J. Ames)",
        [(A, 4300.0, E)],
    ),
    ("Photo 3 of 12: a firefighter rests beside an engine near Emberlee.", []),
    # ---- newsletters
    (
        "Three things to know this morning: 1) The Kestrin Fire has grown to 9,800 acres. 2) "
        "Schools reopen. 3) Rain by Friday.",
        [(A, 9800.0, E)],
    ),
    (
        "Episode 12 of our podcast looks back at the Marrowby floods, in which 27 people drowned.",
        [(D, 27.0, E)],
    ),
]

NOUN_PHRASES: list[tuple[str, list[tuple[str, float, str]]]] = [
    # ---- persons counted by the noun of a group, and number words of dozens
    (
        "Nineteen members of a volunteer rescue crew were killed when the slope gave way above "
        "Irsk on Sunday.",
        [(D, 19.0, E)],
    ),
    (
        "More than a dozen patients, most of them elderly, have died in the outbreak at the "
        "Lunesse care home.",
        [(D, 12.0, MT)],
    ),
    (
        "Two dozen pilgrims were crushed to death at the gate of the Belvass shrine on Friday.",
        [(D, 24.0, E)],
    ),
    (
        "Eleven members of one family died when the house in Quillon collapsed.",
        [(D, 11.0, E)],
    ),
    (
        "Seven crew of the trawler Ostra Bell drowned when it sank off Dunmara.",
        [(D, 7.0, E)],
    ),
    # ---- holdings
    (
        "Velka falls | The loss of Velka on Tuesday leaves nine of the province's 14 towns in "
        "rebel hands.",
        [(K, 9.0, E)],
    ),
    (
        "The fall of Sarn left the rebels with eleven of the region's 18 towns, officials said.",
        [(K, 11.0, E)],
    ),
    (
        "Army officers said more than 20 towns and villages were back under government control "
        "since the counter-offensive began.",
        [(K, 20.0, MT)],
    ),
    (
        "With Podrel retaken on Saturday, six towns are now back in government hands, the army "
        "spokesman said.",
        [(K, 6.0, E)],
    ),
    # ---- the confirmed part of a case count
    (
        "The outbreak has now been linked to 40 cases of illness, 31 of them confirmed by "
        "laboratory tests, and to three deaths.",
        [(C, 31.0, E), (D, 3.0, E)],
    ),
    (
        "Health officials have tallied 96 reported cases of typhoid in Nyota, 52 of which have "
        "been confirmed in the laboratory.",
        [(C, 52.0, E)],
    ),
    (
        "The Lassa outbreak in Kalunde has produced 310 suspected cases, 88 of them confirmed, "
        "and 19 deaths, the WHO said.",
        [(C, 88.0, E), (D, 19.0, E)],
    ),
    (
        "Tests confirmed diphtheria in 12 of 30 children with symptoms in Sabri district.",
        [(C, 12.0, E)],
    ),
    # ---- verbs of an outbreak producing its cases
    (
        "The meningitis epidemic in Irsk has produced more than 4,200 cases and caused nearly "
        "300 deaths since January.",
        [(C, 4200.0, MT), (D, 300.0, AB)],
    ),
    (
        "The typhoid outbreak has caused 640 cases and 12 deaths in Marrowby, the ministry said.",
        [(C, 640.0, E), (D, 12.0, E)],
    ),
    (
        "Since June the outbreak has generated 1,150 cases across the region.",
        [(C, 1150.0, E)],
    ),
    # ---- ordinals of victims
    (
        "A woman injured in the Tarrow bridge collapse died in hospital on Monday, the 32nd "
        "victim of the disaster.",
        [(D, 32.0, E)],
    ),
    (
        "The death of a second nurse on Friday makes her the 14th fatality of the Lunesse "
        "outbreak.",
        [(D, 14.0, E)],
    ),
    # ---- a toll on a list, a count of the dead on a register
    (
        "The coroner's list of the dead stands at 41, and 130 names remain on the list of the "
        "missing.",
        [(D, 41.0, E)],
    ),
    # ---- several metrics in one sentence, each with its own noun
    (
        "The toll from the fever rose to 23 on Thursday and confirmed cases across the province "
        "reached 612, the health ministry said.",
        [(D, 23.0, E), (C, 612.0, E)],
    ),
    (
        "The number of people confirmed dead in the Kolvany earthquake has passed 3,000, the "
        "crisis centre says.",
        [(D, 3000.0, MT)],
    ),
]

NEGATIVES: list[tuple[str, list[tuple[str, float, str]]]] = [
    # ---- breakdowns after a total are sub-counts
    (
        "The airline confirmed that all 142 people on board, 130 passengers and 12 crew, had "
        "been killed.",
        [(D, 142.0, E)],
    ),
    (
        "Officials said 412 people were confirmed dead in the Ravensk quake, with 230 still "
        "listed as missing and 1,800 injured.",
        [(D, 412.0, E)],
    ),
    (
        "The fires killed 58 people, 40 of them in Emberlee and 18 in the hill districts.",
        [(D, 58.0, E)],
    ),
    # ---- counting nouns of counts is no count
    ("Why are there two death tolls for the Marrowby floods? One counts only the drowned.", []),
    ("Readers have asked why three case counts circulate for the Nyota outbreak.", []),
    # ---- numbers that name things
    ("Flight 261 was diverted to Quillon after a bomb threat.", []),
    ("Highway 17 reopened on Sunday after the Tarrow Fire was contained.", []),
    ("Part 2 of our series on the floods looks at the insurance bill.", []),
    ("Page 4: letters on the wildfire season.", []),
    ("The 1,200-bed hospital in Kalunde has no more room for cholera patients.", []),
    # ---- forecasts, hedges, denials
    (
        "Forecasters say Cyclone Idrisa could strengthen to a Category 4 before landfall near "
        "Dunmara.",
        [],
    ),
    ("Officials fear the toll could reach 500 once rescuers reach the upper valley.", []),
    ("The ministry denied reports that 60 people had died in the camp.", []),
    (
        "Unconfirmed reports on social media put the number of dead at 200; police said they "
        "could confirm only 12.",
        [(D, 12.0, E)],
    ),
    # ---- the missing, the injured, the evacuated
    ("More than 300 people are missing after the floods in Vantre.", []),
    ("Some 4,000 residents were evacuated as the fire neared Hartsfell.", []),
    ("The explosion injured 87 workers, 12 of them seriously.", []),
    # ---- sub-counts in a day
    (
        "Six people died on Sunday alone, bringing the toll from the heatwave to 71.",
        [(D, 71.0, E)],
    ),
    ("Another 14 bodies were recovered from the river on Tuesday.", []),
    ("The outbreak recorded 35 new cases in the past 24 hours.", []),
    # ---- ranges of estimates are hedged
    (
        "Estimates of the dead range from 300 to 500, aid agencies said.",
        [],
    ),
    (
        "Depending on whose tally you trust, the rebels hold anywhere from eight to ten towns "
        "this morning.",
        [],
    ),
    # ---- temperature, speed, magnitude
    (
        "Two people died in the fire that destroyed most of Tarrow on Wednesday evening, a day "
        "after the town recorded 47.2C.",
        [(D, 2.0, E)],
    ),
    ("The storm's winds reached 140 mph, the weather service said.", []),
    ("The quake measured 6.8 and was felt as far away as Irsk.", []),
]

MORE_VOICES: list[tuple[str, list[tuple[str, float, str]]]] = [
    # ---- parliamentary questions and answers retold
    (
        "Asked in the chamber how many patients had died in the Brakkov hospital outbreak, the "
        "health minister said the figure now stood at 17.",
        [(D, 17.0, E)],
    ),
    (
        "Written answer: the department has recorded 2,140 confirmed cases of scarlet fever in "
        "the Quorra region so far this year.",
        [(C, 2140.0, E)],
    ),
    # ---- fact-checks
    (
        "Fact check: a post claims 900 people died in the Ostrenn dam burst. Officials say the "
        "toll stands at 86.",
        [(D, 86.0, E)],
    ),
    (
        "Verdict: false. The Dunmara fire did not burn 200,000 acres; the forest service's "
        "final map puts it at 41,300 acres.",
        [(A, 41300.0, E)],
    ),
    # ---- agency roundups with several stories
    (
        "WORLD IN BRIEF. Floods in the Quorra delta have killed 34 people. In Brakkov, a "
        "typhoid outbreak has reached 250 confirmed cases. And the Ember Ridge Fire has burned "
        "3,100 acres.",
        [(D, 34.0, E), (C, 250.0, E), (A, 3100.0, E)],
    ),
    # ---- counts with two units, hectares alone
    (
        "The Sollen Fire has burned 12,000 hectares (29,650 acres) of pine forest.",
        [(A, 29650.0, E)],
    ),
    (
        "Forestry officials estimate the Marrow Hills fire burned about 40,000 hectares in "
        "three days.",
        [(A, 98842.0, AB)],
    ),
    # ---- a count of storms and categories
    (
        "Cyclone Petrel, now a Category 4, is moving west at 12 mph toward the Ostrenn coast.",
        [(H, 4.0, E)],
    ),
    (
        "LIVE 09:40 - Hurricane Lorcan has been upgraded to a Category 3, the weather service "
        "says.",
        [(H, 3.0, E)],
    ),
    ("Forecasters expect Lorcan to weaken to a Category 1 by Thursday.", []),
    # ---- holdings in the voice of a side's statement
    (
        '"Eleven towns are now under the control of the Front," its spokesman said in a '
        "statement translated from Portuguese.",
        [(K, 11.0, E)],
    ),
    ("The army says it still holds 14 of the 20 towns in the valley.", []),
    # ---- counts of persons in other words
    (
        "Fourteen sailors drowned when the supply boat overturned off Quorra Point.",
        [(D, 14.0, E)],
    ),
    ("At least nine hostages were killed in the raid, police said.", [(D, 9.0, AL)]),
    # ---- more negatives
    ("Route 40 was closed as the flames jumped the highway near Brakkov.", []),
    ("The hospital's 300 beds are full, doctors say.", []),
    ("Ward 6 was closed after two patients tested positive.", [(C, 2.0, E)]),
    ("The toll road reopened after 12 hours.", []),
    ("Some 12,000 people remain in shelters after the floods.", []),
    ("A category 2 alert was issued for the coast.", []),
    ("The team spent 14 days searching the rubble for survivors.", []),
    ("Page 12: how the outbreak spread.", []),
    (
        "Roughly 30 people were rescued from rooftops, and 11 are still missing, police said.",
        [],
    ),
    # ---- the parts of a total after a comma
    (
        "The crash killed all 64 people on board, 58 passengers and six crew.",
        [(D, 64.0, E)],
    ),
    (
        "The heatwave has killed 212 people, 150 of them in the capital and 62 in the south.",
        [(D, 212.0, E)],
    ),
    # ---- confirmed parts
    (
        "Officials have now linked 77 illnesses to the fair, 61 of them confirmed by tests.",
        [(C, 61.0, E)],
    ),
    (
        "There have been 140 suspected cases of cholera in Brakkov, 37 of which have been "
        "confirmed, and six deaths.",
        [(C, 37.0, E), (D, 6.0, E)],
    ),
]

SPLIT_BY_THE_PARSE: list[tuple[str, list[tuple[str, float, str]]]] = [
    # ---- datelines with a state or a dash spaced on both sides
    (
        "MARROWBY, N.S. - Three people died when fire swept through a boarding house on Main "
        "Street overnight, police said.",
        [(D, 3.0, E)],
    ),
    (
        "EMBERLEE, Calif. - 14 people have died in the Ridge Road fire, the county sheriff said.",
        [(D, 14.0, E)],
    ),
    # ---- a person's age after "of"
    (
        "Fever claims sixth victim | A man of 91 died in Lunesse on Sunday, becoming the sixth "
        "person killed by the fever since June.",
        [(D, 6.0, E)],
    ),
    ("A woman of 72 was among those rescued from the flooded cellar.", []),
    # ---- a reduced relative read as the clause's verb
    (
        "The agency says the number of people confirmed dead in the floods has passed 1,200.",
        [(D, 1200.0, MT)],
    ),
    (
        "Newsletter, Tuesday: the ministry says the number of children confirmed infected has "
        "passed 300, and doctors warn it will rise.",
        [(C, 300.0, MT)],
    ),
    # ---- an ordinal made by the clause it follows
    (
        "An inquest found on Friday that the driver had been unlawfully killed, making him "
        "the 43rd victim of the Sabri tunnel fire.",
        [(D, 43.0, E)],
    ),
    # ---- parts of a total with groups of their own
    (
        "Twenty years ago tonight the Kestrin rig caught fire, killing 71 men - 66 of the 90 on "
        "board and five crew of a supply boat.",
        [(D, 71.0, E)],
    ),
    # ---- bodies recovered beside the toll
    (
        "All 38 people on board were killed; by nightfall divers had recovered 21 bodies from "
        "the reservoir.",
        [(D, 38.0, E)],
    ),
    ("Divers have now recovered 21 bodies from the reservoir.", [(D, 21.0, E)]),
    # ---- a list of persons is no count unless a count noun says so
    ("The list of the missing now stands at 130, the sheriff said.", []),
    ("Officials released a list of 34 demands to the rebels.", []),
    ("Health workers are tracing a contact list of more than 900 people.", []),
    # ---- the missing listed after the dead
    (
        "Officials said 96 people were confirmed dead in the Hartsfell landslide, with 40 still "
        "listed as missing.",
        [(D, 96.0, E)],
    ),
]

# readings still wrong, by their opening characters (strict xfails)
KNOWN_WRONG: set[str] = {
    # modality (processors/modality.py and its rules belong to another writer)
    "Forty years ago this week, the ferry Solvig Star capsizes",  # "287 are lost": no count
    "Nineteen members of a volunteer rescue crew were killed",  # read recap ("on Sunday")
    "Unconfirmed reports on social media put the number",  # police's own 12 read hedged
    # parses that split the count from its noun or verb
    "Readers have asked why three case counts circulate",  # "counts" read as a verb
    "Asked in the chamber how many patients had died",  # "the figure" of the question
    "Tests confirmed diphtheria in 12 of 30 children",
    "The coroner's list of the dead stands at 41",  # a list is no count noun
    "HOST: Where are we this morning? | REPORTER: The rebels took",  # "that makes seven"
    "A category 2 alert was issued",  # a category of alert, no storm
}


_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        pytest.param(t, w, marks=_known(t))
        for t, w in [
            *HISTORY_AND_TIMELINES,
            *TRANSCRIPTS_AND_REPORTS,
            *NOUN_PHRASES,
            *NEGATIVES,
            *MORE_VOICES,
            *SPLIT_BY_THE_PARSE,
        ]
    ],
)
def test_a_running_count_in_untidy_voices_is_read_and_no_other_figure_is(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
