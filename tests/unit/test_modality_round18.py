"""Modality of claims, round eighteen: a count's modality comes from how the passage frames
it, not from its age. The final toll of a past disaster retold in an anniversary piece, a
retrospective or a "this day in history" item is asserted; a recap is an older value a newer
one replaces, or another, older story's count told as background beside the news; a count in
the present perfect holds now whatever day its event had. Hard negatives of every modality
(hedges, forecasts, denials, conditions, threats, other stories). Every passage is written for
these tests, about places, fires, storms and outbreaks of our own."""

from __future__ import annotations

import pytest
from claim_readings import claims, known_wrong

D, C, A = "death_toll", "confirmed_cases", "acres_burned"
H, K = "hurricane_category", "cities_captured"
E, AL, MT, AB, AM = "exact", "at_least", "more_than", "about", "at_most"
S, R, HG, F, N = "asserted", "recap", "hedged", "forecast", "negated"
CO, T, OS = "conditional", "threatened", "other_story"

# (passage, every claim it gives as (metric, value, bound, modality), in any order)
OWN_PASSAGES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    # ---- anniversaries, retrospectives, "this day in history": the final toll is asserted
    (
        "Thirty years ago today, a mudslide buried the mountain village of Orvenne, killing 212 "
        "people.",
        [(D, 212.0, E, S)],
    ),
    (
        "Ten years on, the regional agency counts 84 dead from the floods that swept the Tarrow "
        "valley.",
        [(D, 84.0, E, S)],
    ),
    (
        "On this day in 1961, a cyclone strikes the port of Velmora, killing 1,400 people.",
        [(D, 1400.0, E, S)],
    ),
    (
        "THIS DAY IN HISTORY, 1978: Fire sweeps through the Halden cinema during a matinee. "
        "Ninety-six people die.",
        [(D, 96.0, E, S)],
    ),
    (
        "Fifty years ago this week, the explosion at the Kellmore pit killed 67 miners.",
        [(D, 67.0, E, S)],
    ),
    (
        "It is 40 years since the Almore Ridge Fire burned 52,000 acres of forest above the town.",
        [(A, 52000.0, E, S)],
    ),
    (
        "Twenty years ago, the Glenmoor Fire burned 31,000 acres and destroyed 400 homes in the "
        "foothills.",
        [(A, 31000.0, E, S)],
    ),
    (
        "On this day in 1956, a crush at the Dunmarrow stadium kills 33 spectators as fans surge "
        "toward the exits.",
        [(D, 33.0, E, S)],
    ),
    (
        "The Karsk avalanche of 1970 killed 58 people. Fifty-four years on, the village still "
        "rings its bell each January.",
        [(D, 58.0, E, S)],
    ),
    (
        "A year ago today, Hurricane Talia came ashore near Port Evren as a Category 4 storm.",
        [(H, 4.0, E, S)],
    ),
    (
        "Twenty-five years ago this month, the Brask dam gave way and 318 people drowned in the "
        "valley below.",
        [(D, 318.0, E, S)],
    ),
    (
        "Remembering Sorran: a decade ago the overloaded ferry capsized off the cape and 139 "
        "passengers died.",
        [(D, 139.0, E, S)],
    ),
    (
        "ANNIVERSARY | Five years after the outbreak began in the Perrow hills, health records "
        "show it infected 1,250 children.",
        [(C, 1250.0, E, S)],
    ),
    (
        "Today marks 15 years since the Lennox tower collapse, which killed 44 construction "
        "workers.",
        [(D, 44.0, E, S)],
    ),
    (
        "From our archive, 12 March 1934: the gale that struck the fishing fleet overnight has "
        "drowned 71 men.",
        [(D, 71.0, E, S)],
    ),
    (
        "This week in 1989: a heat wave grips the inland provinces and 510 people die in nine "
        "days.",
        [(D, 510.0, E, S)],
    ),
    (
        "Looking back: in 2004 the Corrin Fire burned 18,300 acres before rain put it out.",
        [(A, 18300.0, E, S)],
    ),
    (
        "Forty years later, the cholera epidemic of 1984 is remembered in Dalvane for its 2,700 "
        "confirmed cases.",
        [(C, 2700.0, E, S)],
    ),
    (
        "Thirty years ago, on a cold night in February, a fire at the Ostby care home killed 27 "
        "residents.",
        [(D, 27.0, E, S)],
    ),
    (
        "Ten years ago today the Verrin bridge fell into the river during rush hour, and 52 "
        "people lost their lives.",
        [(D, 52.0, E, S)],
    ),
    (
        "Two decades on from the Kessel mine flood, in which 38 miners died, the shaft has been "
        "sealed for good.",
        [(D, 38.0, E, S)],
    ),
    (
        "Sixty years ago today: the tidal surge breaks the sea walls at Hollin and 305 people "
        "drown.",
        [(D, 305.0, E, S)],
    ),
    (
        "On this date in 1990, Hurricane Bastien hits the Calvary Keys as a Category 3.",
        [(H, 3.0, E, S)],
    ),
    (
        "Ten years since the Marrow Creek Fire: it burned 64,000 acres and forced 9,000 people "
        "from their homes.",
        [(A, 64000.0, E, S)],
    ),
    (
        "A century ago this month, influenza reached the island of Fenna and killed 800 people, "
        "a quarter of its population.",
        [(D, 800.0, E, S)],
    ),
    (
        "RETROSPECTIVE: Five years ago, the train derailment at Quillan killed 19 passengers.",
        [(D, 19.0, E, S)],
    ),
    (
        "The flood of 1953 drowned 1,100 people along the Selver coast, and 70 years on the "
        "dikes that followed still stand.",
        [(D, 1100.0, E, S)],
    ),
    (
        "On this day in 2001: an earthquake levels the market town of Besk, killing 460.",
        [(D, 460.0, E, S)],
    ),
    (
        "Twelve years after it tore through the valley, the Harlow Fire remains the largest on "
        "record: 97,000 acres burned.",
        [(A, 97000.0, E, S)],
    ),
    (
        "It has been 20 years since the stampede at the Ambray shrine, where 74 pilgrims were "
        "crushed to death.",
        [(D, 74.0, E, S)],
    ),
    # ---- older and newer values of one count: the older is recap
    (
        "The toll from the Vessany floods stood at 31 on Monday. By Thursday night it had "
        "risen to 47.",
        [(D, 31.0, E, R), (D, 47.0, E, S)],
    ),
    (
        "Officials first reported 12 deaths. The toll has since climbed to 29.",
        [(D, 12.0, E, R), (D, 29.0, E, S)],
    ),
    (
        "Last week health officials counted 140 cholera cases in the camp; now there are 310.",
        [(C, 140.0, E, R), (C, 310.0, E, S)],
    ),
    (
        "The fire, which had burned 2,000 acres by Tuesday, has now scorched 6,500 acres.",
        [(A, 2000.0, E, R), (A, 6500.0, E, S)],
    ),
    (
        "The death toll rose to 58 on Friday, up from 52 reported a day earlier.",
        [(D, 52.0, E, R), (D, 58.0, E, S)],
    ),
    (
        "Orla was a Category 2 when it crossed the cape on Wednesday; it has since strengthened "
        "to a Category 4.",
        [(H, 2.0, E, R), (H, 4.0, E, S)],
    ),
    (
        "On Sunday the ministry confirmed 88 cases. Two days later the count reached 131.",
        [(C, 88.0, E, R), (C, 131.0, E, S)],
    ),
    (
        "The blaze had burned 700 acres by Tuesday night. It has now grown to 4,100 acres.",
        [(A, 700.0, E, R), (A, 4100.0, E, S)],
    ),
    (
        "Rescuers had recovered 14 bodies by Thursday. On Friday the toll rose to 23.",
        [(D, 14.0, E, R), (D, 23.0, E, S)],
    ),
    (
        "Initial reports spoke of nine dead. Police now say 17 people were killed.",
        [(D, 9.0, E, R), (D, 17.0, E, S)],
    ),
    (
        "The outbreak had infected 40 people a week ago. The health ministry now reports 96 "
        "confirmed cases.",
        [(C, 40.0, E, R), (C, 96.0, E, S)],
    ),
    (
        "TIMELINE. Monday: 6 dead. Tuesday: 11 dead. Wednesday: the toll reaches 19.",
        [(D, 6.0, E, R), (D, 11.0, E, R), (D, 19.0, E, S)],
    ),
    (
        "The landslide toll, 22 on Monday, rose to 35 on Tuesday.",
        [(D, 22.0, E, R), (D, 35.0, E, S)],
    ),
    (
        "The storm strengthened to a Category 3 on Thursday, a day after it formed as a "
        "Category 1.",
        [(H, 1.0, E, R), (H, 3.0, E, S)],
    ),
    (
        "Health officials had confirmed 210 cases by the end of last month; the tally is now 385.",
        [(C, 210.0, E, R), (C, 385.0, E, S)],
    ),
    # ---- another, older story told as background beside the news: recap
    (
        "The quake killed 17 people in Pervan on Thursday. The region's last big quake, in "
        "1999, had killed 2,300.",
        [(D, 17.0, E, S), (D, 2300.0, E, R)],
    ),
    (
        "The blaze has burned 8,000 acres, the largest in the county since the Sutter Ridge Fire "
        "burned 40,000 acres in 2011.",
        [(A, 8000.0, E, S), (A, 40000.0, E, R)],
    ),
    (
        "Floods have killed 23 people in the delta this week, officials said. Floods in 2010 "
        "killed more than 600 in the same region.",
        [(D, 23.0, E, S), (D, 600.0, MT, R)],
    ),
    (
        "Cholera cases in the Maro camp rose to 420 on Monday. An outbreak there five years ago "
        "was far worse, with 3,000 confirmed cases.",
        [(C, 420.0, E, S), (C, 3000.0, E, R)],
    ),
    (
        "The ferry sank with 61 people aboard; 34 bodies have been recovered. The same route "
        "saw a sinking in 2008 that killed 90.",
        [(D, 34.0, E, S), (D, 90.0, E, R)],
    ),
    (
        "Storm Idris killed 11 people overnight, a week after a tornado had killed 8 in the "
        "same county.",
        [(D, 11.0, E, S), (D, 8.0, E, R)],
    ),
    (
        "The mine collapse has killed 12 workers, in a district where a gas blast killed 41 in "
        "2016.",
        [(D, 12.0, E, S), (D, 41.0, E, R)],
    ),
    (
        "Measles has infected 75 children in Torvell this spring. The last outbreak, in 2019, "
        "infected 600 children.",
        [(C, 75.0, E, S), (C, 600.0, E, R)],
    ),
    (
        "The Pine Notch Fire has burned 3,200 acres. Last summer the Ash Bench Fire burned "
        "26,000 acres just to the north.",
        [(A, 3200.0, E, S), (A, 26000.0, E, R)],
    ),
    (
        "Hurricane Nerys strengthened to a Category 3 on Tuesday. Hurricane Pell, which hit the "
        "same coast last year, was a Category 5.",
        [(H, 3.0, E, S), (H, 5.0, E, R)],
    ),
    (
        "At least 30 people died in the stadium crush on Saturday. A similar crush at the same "
        "ground killed 12 in 1997.",
        [(D, 30.0, AL, S), (D, 12.0, E, R)],
    ),
    (
        "The heat wave has killed 64 people this week, officials said, recalling the summer of "
        "2003, when 900 died in the province.",
        [(D, 64.0, E, S), (D, 900.0, E, R)],
    ),
    # ---- hedged: the value itself is uncertain, whatever its age
    (
        "As many as 300 people may have died in the landslide, a local official said.",
        [(D, 300.0, AM, HG)],
    ),
    ("Rescuers believe some 40 miners are dead.", [(D, 40.0, AB, HG)]),
    ("Unconfirmed reports put the toll at 75.", [(D, 75.0, E, HG)]),
    ("Local media said the toll could be as high as 200.", [(D, 200.0, AM, HG)]),
    ("Historians believe the fire of 1871 may have killed 1,500 people.", [(D, 1500.0, E, HG)]),
    ("About 90 people are feared dead after the barge overturned.", [(D, 90.0, AB, HG)]),
    (
        "The outbreak has probably infected 2,000 people, far more than the 350 confirmed cases.",
        [(C, 2000.0, E, HG), (C, 350.0, E, S)],
    ),
    (
        "Ten years on, no one knows how many died; estimates range up to 4,000.",
        [(D, 4000.0, AM, HG)],
    ),
    (
        "The fire is thought to have burned roughly 5,000 acres, though crews have not mapped it.",
        [(A, 5000.0, AB, HG)],
    ),
    ("Perhaps 60 people drowned when the boat went down, witnesses said.", [(D, 60.0, E, HG)]),
    ("The toll may have reached 120, a regional official said on Thursday.", [(D, 120.0, E, HG)]),
    (
        "Fifty years ago the typhoon may have killed as many as 10,000 people, though the "
        "official toll was 2,100.",
        [(D, 10000.0, AM, HG), (D, 2100.0, E, S)],
    ),
    # ---- forecasts
    ("Forecasters expect the storm to strengthen to a Category 3 by Thursday.", [(H, 3.0, E, F)]),
    ("The fire could burn 20,000 acres within days, officials warned.", [(A, 20000.0, E, F)]),
    ("Modelers project 5,000 cases by the end of the month.", [(C, 5000.0, E, F)]),
    ("The hurricane is expected to make landfall as a Category 4 on Friday.", [(H, 4.0, E, F)]),
    ("Health officials warn that cases will top 1,000 next week.", [(C, 1000.0, MT, F)]),
    (
        "The storm, a Category 1 now, is forecast to become a Category 3 by the weekend.",
        [(H, 1.0, E, S), (H, 3.0, E, F)],
    ),
    ("Next year will mark ten years since the flood that killed 48 people.", [(D, 48.0, E, S)]),
    # ---- negated and corrected
    ("Officials denied reports that 40 people had died.", [(D, 40.0, E, N)]),
    (
        "The ministry said the toll was 12, not 21 as reported earlier.",
        [(D, 12.0, E, S), (D, 21.0, E, N)],
    ),
    (
        "CORRECTION: An earlier version of this story said the fire had burned 9,000 acres. It "
        "has burned 6,000 acres.",
        [(A, 9000.0, E, N), (A, 6000.0, E, S)],
    ),
    ("Police rejected claims that 100 people were killed in the crush.", [(D, 100.0, E, N)]),
    ("The storm never reached Category 3.", [(H, 3.0, E, N)]),
    (
        "Contrary to what was reported in 1998, the flood did not kill 300 people; the final "
        "count was 187.",
        [(D, 300.0, E, N), (D, 187.0, E, S)],
    ),
    # ---- conditions and threats
    ("If the levee fails, the toll would rise to 500.", [(D, 500.0, E, CO)]),
    ("Should the rains continue, the fire could be held at 2,000 acres.", [(A, 2000.0, E, CO)]),
    ("The rebels threatened to take three more towns.", [(K, 3.0, E, T)]),
    # ---- current news with date words: still asserted
    ("The quake struck on Monday and has killed 80 people, officials said.", [(D, 80.0, E, S)]),
    ("The fire that began last week has burned 9,000 acres.", [(A, 9000.0, E, S)]),
    ("Since it began in 2019, the outbreak has infected 4,000 people.", [(C, 4000.0, E, S)]),
    ("Ten days after the storm, the toll stands at 64.", [(D, 64.0, E, S)]),
    (
        "Two weeks ago a landslide hit the village of Merrow. Rescuers have now recovered 41 "
        "bodies, and the toll stands at 41.",
        [(D, 41.0, E, S)],
    ),
    (
        "The floods that began in March have killed 130 people, the ministry said on Friday.",
        [(D, 130.0, E, S)],
    ),
    (
        "A month after the outbreak was declared, confirmed cases have reached 610.",
        [(C, 610.0, E, S)],
    ),
    (
        "Last week's blast at the fertiliser plant has now killed 19 people, doctors said.",
        [(D, 19.0, E, S)],
    ),
    ("The death toll from Saturday's bus crash rose to 26 on Friday.", [(D, 26.0, E, S)]),
    (
        "Six months ago, the Brenn Fire burned 22,000 acres. Its final report, released on "
        "Thursday, puts the figure at 23,400 acres.",
        [(A, 22000.0, E, R), (A, 23400.0, E, S)],
    ),
    (
        "A year after the cyclone, the government has raised its toll to 2,140 from 1,980.",
        [(D, 2140.0, E, S), (D, 1980.0, E, R)],
    ),
    (
        "The ferry sank in 2014 with 304 aboard. Ten years later a court ruled that all 304 had "
        "died through negligence.",
        [(D, 304.0, E, S)],
    ),
    # ---- other stories
    ("RELATED: Floods kill 14 in the north", [(D, 14.0, E, OS)]),
    ("Read more: Fire burns 3,000 acres near Telford Springs", [(A, 3000.0, E, OS)]),
    # ---- a feared present state is a hedge, a feared future a forecast
    (
        "Aid agencies fear as many as 400 people are dead in the flooded villages of the Ostra "
        "delta.",
        [(D, 400.0, AM, HG)],
    ),
    (
        "Doctors in Sellin fear 60 children are infected, though only 12 cases have been "
        "confirmed.",
        [(C, 60.0, E, HG), (C, 12.0, E, S)],
    ),
    ("Villagers fear the toll will rise to 100 once the mud is cleared.", [(D, 100.0, E, F)]),
    ("Officials fear the storm is already a Category 4.", [(H, 4.0, E, HG)]),
    # ---- first reports replaced by a newer figure
    (
        "Early reports put the toll at 14. By evening the provincial governor said 31 people had "
        "died.",
        [(D, 14.0, E, R), (D, 31.0, E, S)],
    ),
    (
        "The first estimate was 2,000 acres. Mapping flights on Thursday showed the Tolland Fire "
        "has burned 5,400 acres.",
        [(A, 2000.0, E, R), (A, 5400.0, E, S)],
    ),
    (
        "Initial reports said 40 people had died in the blast, the only figure given so far.",
        [(D, 40.0, E, S)],
    ),
    # ---- a date on the event, a count that holds now
    (
        "The cyclone that struck the coast on March 20 has killed 212 people, the disaster "
        "agency said on Friday.",
        [(D, 212.0, E, S)],
    ),
    ("Last month's floods have now killed 77 people in the Verran hills.", [(D, 77.0, E, S)]),
    ("The outbreak, first detected in January, has infected 530 people.", [(C, 530.0, E, S)]),
    (
        "The landslide on Sunday had killed 30 people by Monday night, the last count before the "
        "search ended.",
        [(D, 30.0, E, R)],
    ),
    # ---- more voices: live blogs, captions, Q&A, transcripts, briefs
    (
        "10:42 - The regional health office now counts 212 confirmed cases of dengue, up from "
        "180 on Tuesday.",
        [(C, 212.0, E, S), (C, 180.0, E, R)],
    ),
    (
        "Caption: Survivors lay flowers at the Orlin memorial, where 86 names are carved for the "
        "victims of the 1979 dam failure.",
        [],
    ),
    (
        "Q: How many people died in the Tesk rail crash? A: Forty-three, according to the final "
        "report published in 2015.",
        [(D, 43.0, E, S)],
    ),
    (
        "HOST: Twenty years ago this week the Varna Hills Fire burned 71,000 acres. Our "
        "correspondent was there.",
        [(A, 71000.0, E, S)],
    ),
    (
        "In brief: Insurers still count the 1999 hailstorm, which killed 14 people in the city, "
        "among their costliest.",
        [(D, 14.0, E, R)],
    ),
    (
        "The outbreak has now infected 640 people. When it was declared on 2 March, officials "
        "had confirmed 35 cases.",
        [(C, 640.0, E, S), (C, 35.0, E, R)],
    ),
    (
        "Editor's note, 25 years on: our reporter counted 112 coffins in the square that "
        "morning; the official toll was later set at 131.",
        [(D, 131.0, E, S)],
    ),
    (
        "The fire grew overnight to 14,000 acres, more than double the 6,200 acres it had "
        "burned by Wednesday morning.",
        [(A, 14000.0, E, S), (A, 6200.0, E, R)],
    ),
    (
        "The state's worst fire, the Callaver Fire of 1988, burned 210,000 acres; this year's "
        "Redfern Fire has so far burned 48,000.",
        [(A, 210000.0, E, R), (A, 48000.0, E, S)],
    ),
    (
        "Thirty years ago today the Andren ferry went down in a storm off the cape. Of the 412 "
        "people aboard, 297 died.",
        [(D, 297.0, E, S)],
    ),
    (
        "This day in history: 1931. Floodwaters break through the levee at Caston and 240 "
        "people drown in the night.",
        [(D, 240.0, E, S)],
    ),
    (
        "Exactly a year after the Harn quake, which killed 312 people, the town opened a new "
        "school on Tuesday.",
        [(D, 312.0, E, S)],
    ),
    (
        "Researchers now believe the 1920 epidemic on the island infected about 9,000 people, "
        "twice the number recorded at the time.",
        [(C, 9000.0, AB, HG)],
    ),
    (
        "A review published on Monday says the 1974 storm was probably a Category 4 at landfall.",
        [(H, 4.0, E, HG)],
    ),
    (
        "The 1982 flood killed 620 people, not 260 as long reported, a new study finds.",
        [(D, 620.0, E, S), (D, 260.0, E, N)],
    ),
    (
        "Ten years after the Kiran mine fire, the company still says 23 workers died; families "
        "say the real figure may be closer to 40.",
        [(D, 23.0, E, S), (D, 40.0, E, HG)],
    ),
    ("Will the fire reach 50,000 acres? Crews say it could by Sunday.", [(A, 50000.0, E, F)]),
    (
        "No one died when the Pell Street tower burned in 2009, fire officials recalled.",
        [(D, 0.0, E, N)],
    ),
    (
        "The storm, which had been a Category 4 at sea, came ashore on Thursday as a Category 2.",
        [(H, 4.0, E, R), (H, 2.0, E, S)],
    ),
    (
        "The toll has been revised up to 64 from 57, the interior ministry said on Thursday.",
        [(D, 64.0, E, S), (D, 57.0, E, R)],
    ),
    (
        "The province has recorded 1,320 measles cases this year, compared with 410 in all of "
        "last year.",
        [(C, 1320.0, E, S), (C, 410.0, E, R)],
    ),
    (
        "Crews have contained the Dunn Ridge Fire at 3,700 acres, a week after it broke out "
        "near the reservoir.",
        [(A, 3700.0, E, S)],
    ),
    (
        "Five days after the ferry capsized, divers have recovered 58 bodies, the coast guard "
        "said on Friday.",
        [(D, 58.0, E, S)],
    ),
    (
        "Two weeks after the outbreak began, 96 cases have been confirmed in the district.",
        [(C, 96.0, E, S)],
    ),
    (
        "The heatwave that began on 12 June has killed 210 people, officials said.",
        [(D, 210.0, E, S)],
    ),
    (
        "Officials said the cyclone, which struck on Sunday, had killed 44 people by Monday "
        "night; the toll now stands at 71.",
        [(D, 44.0, E, R), (D, 71.0, E, S)],
    ),
    ("Analysts warn the rebels may take a fourth town before the rains.", [(K, 4.0, E, F)]),
    ("The rebels have taken four towns since January, the army conceded.", [(K, 4.0, E, S)]),
    (
        "In 1994 the same rebels had seized nine towns before a ceasefire; this time they hold "
        "three.",
        [(K, 9.0, E, R), (K, 3.0, E, S)],
    ),
    ("Read also: Ten years on, the town that lost 88 people to the flood", [(D, 88.0, E, OS)]),
    (
        "Podcast transcript. NARRATOR: It is 1966. The slag heap above the village gives way, "
        "and 61 people are buried.",
        [(D, 61.0, E, S)],
    ),
    # ---- a second batch: wire updates, threads, fact checks, memorials, series
    (
        "The quake, which struck last Thursday, killed 140 people, the interior ministry said.",
        [(D, 140.0, E, S)],
    ),
    ("The toll, which stood at 40 on Tuesday, is now 58.", [(D, 40.0, E, R), (D, 58.0, E, S)]),
    (
        "Crews said the Tamsin Fire, which started on Saturday, has burned 9,800 acres.",
        [(A, 9800.0, E, S)],
    ),
    (
        "BRIEFING | Thursday. The measles count in Orrin county is 88, up 11 since Monday.",
        [(C, 88.0, E, S)],
    ),
    (
        "Fact check: Did the 2011 Harrow floods kill 2,000 people? No. The official toll was "
        "1,140.",
        [(D, 2000.0, E, N), (D, 1140.0, E, S)],
    ),
    (
        "Thread from the county emergency office: the fire is now 12,500 acres. Yesterday it was "
        "8,000.",
        [(A, 12500.0, E, S), (A, 8000.0, E, R)],
    ),
    (
        "Forty years ago this autumn, cholera reached the port of Hessel; by winter it had "
        "sickened 3,100 people and killed 900.",
        [(C, 3100.0, E, S), (D, 900.0, E, S)],
    ),
    (
        "The 1959 typhoon remains the island's deadliest: it killed 4,400 people in a single "
        "night.",
        [(D, 4400.0, E, S)],
    ),
    (
        "On this day 75 years ago, a fire destroyed the Aldon music hall and 140 people died.",
        [(D, 140.0, E, S)],
    ),
    (
        "Twenty-five years on, the Mirren bridge collapse still haunts the city. Thirty-two "
        "people died when the span gave way.",
        [(D, 32.0, E, S)],
    ),
    (
        "MEMORIAL | A plaque unveiled on Sunday names all 57 miners who died in the 1962 "
        "Corwen pit disaster.",
        [(D, 57.0, E, S)],
    ),
    (
        "A new quake struck the region on Monday, killing 9. In 2003 a quake there had killed "
        "1,200 people.",
        [(D, 9.0, E, S), (D, 1200.0, E, R)],
    ),
    (
        "The toll from this week's floods rose to 36 on Thursday, well below the 410 killed by "
        "the floods of 1996.",
        [(D, 36.0, E, S), (D, 410.0, E, R)],
    ),
    (
        "The Kessin Fire has burned 2,100 acres. The county's largest fire, in 2015, burned "
        "88,000.",
        [(A, 2100.0, E, S), (A, 88000.0, E, R)],
    ),
    (
        "Hurricane Ferran made landfall as a Category 2 on Thursday. The last hurricane to hit "
        "the bay, in 2017, was a Category 4.",
        [(H, 2.0, E, S), (H, 4.0, E, R)],
    ),
    (
        "The outbreak has now infected 312 people, health officials said, compared with 190 "
        "last week.",
        [(C, 312.0, E, S), (C, 190.0, E, R)],
    ),
    (
        "Authorities said on Friday the toll had risen to 61, from 44 on Wednesday.",
        [(D, 61.0, E, S), (D, 44.0, E, R)],
    ),
    (
        "Officials say the toll may be higher than 300 once the hill villages are reached.",
        [(D, 300.0, MT, HG)],
    ),
    (
        "The toll could rise above 500 in the coming days, the Red Cross warned.",
        [(D, 500.0, MT, F)],
    ),
    (
        "The storm is likely to weaken to a Category 1 before it reaches the coast.",
        [(H, 1.0, E, F)],
    ),
    ("If the winds shift, the Pell Canyon Fire could burn another 10,000 acres.", []),
    (
        "Officials stressed the storm was never a Category 5, contrary to rumours online.",
        [(H, 5.0, E, N)],
    ),
    (
        "The health ministry denied on Tuesday that 200 cases had been confirmed in the capital.",
        [(C, 200.0, E, N)],
    ),
    (
        "Police said reports of 70 dead were exaggerated; the confirmed toll is 23.",
        [(D, 70.0, E, N), (D, 23.0, E, S)],
    ),
    (
        "Ten years after the cyclone, which killed 3,400 people, the coast has a new warning "
        "system.",
        [(D, 3400.0, E, S)],
    ),
    (
        "It is half a century since the Salt Creek dam failed, drowning 118 people in the valley.",
        [(D, 118.0, E, S)],
    ),
    (
        "Our series on the 1994 epidemic continues: by its end, 6,100 confirmed cases had been "
        "recorded in the province.",
        [(C, 6100.0, E, S)],
    ),
    (
        "In 1977, as our archive recalls, a blizzard stranded the town for nine days and killed "
        "23 people.",
        [(D, 23.0, E, S)],
    ),
    (
        "The toll from the stampede is 41, officials said on Saturday; 2 of the injured died "
        "overnight.",
        [(D, 41.0, E, S)],
    ),
    (
        "The agency had counted 19 deaths by Friday. It gave no new figure on Saturday.",
        [(D, 19.0, E, S)],
    ),
    (
        "As of Tuesday evening, 1,050 cases had been confirmed, the latest figure available.",
        [(C, 1050.0, E, S)],
    ),
    ("Rebels said they had captured their fifth town, a claim the army denied.", [(K, 5.0, E, HG)]),
    (
        "UPDATE 3 - Toll in ferry sinking rises to 74, from 52 reported earlier",
        [(D, 74.0, E, S), (D, 52.0, E, R)],
    ),
    ("Related coverage: A decade ago, floods killed 300 in the same valley", [(D, 300.0, E, OS)]),
    (
        "The National Weather Service said Lorna, a Category 3 at its peak on Tuesday, is now a "
        "Category 1.",
        [(H, 3.0, E, R), (H, 1.0, E, S)],
    ),
    (
        "Two decades after it swept through the hills, researchers now put the Marlow Fire at "
        "47,000 acres, not 39,000 as first mapped.",
        [(A, 47000.0, E, S), (A, 39000.0, E, N)],
    ),
    (
        "The 1988 outbreak was thought to have infected about 12,000 people; records show "
        "9,300 confirmed cases.",
        [(C, 12000.0, AB, HG), (C, 9300.0, E, S)],
    ),
    ("Doctors fear the outbreak could infect 2,000 people by summer.", [(C, 2000.0, E, F)]),
    # ---- a third batch: anniversary frames beside other news, forecasts and denials
    (
        "A year after the quake that killed 300 people in Dorran, another quake struck on "
        "Thursday, killing 12.",
        [(D, 300.0, E, R), (D, 12.0, E, S)],
    ),
    (
        "At a memorial on Thursday for the 26 people killed in the Lisk tunnel fire, mourners "
        "recalled the 1987 blaze there that killed 9.",
        [(D, 26.0, E, S), (D, 9.0, E, R)],
    ),
    (
        "On the anniversary of the 2009 floods, which killed 210 people, forecasters warned the "
        "river could rise again and flood 40 villages.",
        [(D, 210.0, E, S)],
    ),
    (
        "Ten years on from the Oster Fire, officials expect this season's fires to burn 50,000 "
        "acres.",
        [(A, 50000.0, E, F)],
    ),
    ("Twenty years ago today, the rebels threatened to take three more towns; they never did.", []),
    (
        "Thirty years ago this week the Tarn flood killed 160 people. If the new dam fails, "
        "engineers say, a flood could kill thousands.",
        [(D, 160.0, E, S)],
    ),
    (
        "Five years since the outbreak began, the island has recorded 14,200 cases, and health "
        "officials expect 1,000 more by December.",
        [(C, 14200.0, E, S)],
    ),
    (
        "Remembering Corran: the 2014 landslide killed 52 people. See also: Landslide kills 8 in "
        "the north",
        [(D, 52.0, E, S), (D, 8.0, E, OS)],
    ),
    (
        "On this day in 1972, a storm hits the Fenwick coast as a Category 3; forecasters had "
        "expected a Category 1.",
        [(H, 3.0, E, S), (H, 1.0, E, F)],
    ),
    (
        "Ten years on, officials still deny that 400 people died in the Selby mine flood; they "
        "put the toll at 112.",
        [(D, 400.0, E, N), (D, 112.0, E, S)],
    ),
    (
        "Looking back at 2019: the measles outbreak in the capital may have infected 8,000 "
        "children, though only 2,600 cases were confirmed.",
        [(C, 8000.0, E, HG), (C, 2600.0, E, S)],
    ),
    (
        "Fifty years ago, the government said 80 people had died in the Wren valley flood. The "
        "official count was later raised to 143.",
        [(D, 80.0, E, R), (D, 143.0, E, S)],
    ),
    (
        "A decade later, the Calder quake's toll stands at 2,210, revised up from the 1,900 "
        "first reported.",
        [(D, 2210.0, E, S), (D, 1900.0, E, R)],
    ),
    (
        "The storm, a Category 2 when it struck the Lorne peninsula in 2001, is remembered for "
        "its floods.",
        [(H, 2.0, E, S)],
    ),
    (
        "The Brisk Fire, which burned 4,000 acres last week, has been fully contained. A new "
        "fire near Ammer has burned 600 acres.",
        [(A, 4000.0, E, R), (A, 600.0, E, S)],
    ),
    (
        "Officials had confirmed 45 cases by Monday. On Thursday they reported 70.",
        [(C, 45.0, E, R), (C, 70.0, E, S)],
    ),
    ("Officials said the toll from the Kell bus crash on Saturday is 17.", [(D, 17.0, E, S)]),
    (
        "The wildfire season of 2020 burned 4.2 million acres in the state; this year about "
        "300,000 acres have burned so far.",
        [(A, 4200000.0, E, R), (A, 300000.0, AB, S)],
    ),
    (
        "The death toll from the heat wave could pass 100, doctors warned, after 64 deaths were "
        "confirmed on Thursday.",
        [(D, 100.0, MT, F), (D, 64.0, E, S)],
    ),
    (
        "Rumours that the dam collapse killed 1,000 people are unfounded, the governor said; 37 "
        "bodies have been found.",
        [(D, 1000.0, E, N), (D, 37.0, E, S)],
    ),
    # ---- a fourth batch: frames with hedges, conditions, denials and other news
    (
        "Ten years on, engineers warn that a flood like the one in 2014 would kill 200 people "
        "today.",
        [(D, 200.0, E, CO)],
    ),
    (
        "A year after the outbreak, the ministry says 5,400 people were infected, though "
        "independent doctors believe the true number may be twice that.",
        [(C, 5400.0, E, S)],
    ),
    ("On this day in 1983, rebels threaten to seize the port of Nalli; they never do.", []),
    (
        "Looking back, the 1999 storm was not a Category 5, as many remember, but a Category 4.",
        [(H, 5.0, E, N), (H, 4.0, E, S)],
    ),
    (
        "Anniversary coverage: Read more: Twenty years on, a town rebuilds after quake killed 90",
        [(D, 90.0, E, OS)],
    ),
    (
        "Thirty years ago today, the Orwen dam burst. Officials put the toll at 260; survivors "
        "say it may have been nearer 400.",
        [(D, 260.0, E, S), (D, 400.0, E, HG)],
    ),
    (
        "Forty years since the heat wave of 1984, scientists say a similar one would now kill "
        "twice as many as the 700 who died then.",
        [(D, 700.0, E, S)],
    ),
    (
        "Hospitals have treated 75 people since the chemical leak on Tuesday, and the toll "
        "stands at 6.",
        [(D, 6.0, E, S)],
    ),
    (
        "The fire that began near Rusk on Sunday has burned 7,300 acres and is expected to "
        "reach 10,000 acres by Friday.",
        [(A, 7300.0, E, S), (A, 10000.0, E, F)],
    ),
    (
        "Cases of dengue in the district have reached 940 since the rains began in May, "
        "officials said.",
        [(C, 940.0, E, S)],
    ),
    (
        "Officials now say Tropical Storm Mara, which formed on Sunday, is a Category 1 hurricane.",
        [(H, 1.0, E, S)],
    ),
    (
        "The storm that hit on Saturday is no longer a hurricane; it was a Category 1 at landfall.",
        [(H, 1.0, E, S)],
    ),
    (
        "Monday's toll of 44, given by the governor, has since risen to 59.",
        [(D, 44.0, E, R), (D, 59.0, E, S)],
    ),
    (
        "Last year's toll was 40; this year's floods have already killed 65.",
        [(D, 40.0, E, R), (D, 65.0, E, S)],
    ),
    (
        "The ministry said on Monday that 300 cases had been confirmed. Its figure on Friday "
        "was 410.",
        [(C, 300.0, E, R), (C, 410.0, E, S)],
    ),
    (
        "The rebels, who took their sixth town last month, now threaten the provincial capital.",
        [(K, 6.0, E, R)],
    ),
    (
        "A century after the Laxton mine explosion, which killed 204 men, the pit is a museum.",
        [(D, 204.0, E, S)],
    ),
    (
        "The cyclone in 2008 killed 1,300 people in the delta; Tuesday's storm has killed 14.",
        [(D, 1300.0, E, R), (D, 14.0, E, S)],
    ),
    (
        "Should the storm stall, forecasters say, it could strengthen to a Category 3.",
        [(H, 3.0, E, CO)],
    ),
    # ---- a fifth batch: forecasts seen from the past, remembrance, claims and counts
    (
        "Two years ago the outbreak had infected 40 people in the valley; it has now infected "
        "4,000.",
        [(C, 40.0, E, R), (C, 4000.0, E, S)],
    ),
    (
        "On this day in 1902, the volcano above Sarrat erupts and kills 2,800 people.",
        [(D, 2800.0, E, S)],
    ),
    (
        "In the summer of 2003, heat killed 900 people in the province. This summer 40 have died "
        "so far.",
        [(D, 900.0, E, R), (D, 40.0, E, S)],
    ),
    (
        "A decade later, the official toll of the Vell ferry disaster remains 512.",
        [(D, 512.0, E, S)],
    ),
    (
        "Twenty years ago this week, forecasters predicted Hurricane Isobel would reach Category "
        "5; it peaked as a Category 3.",
        [(H, 5.0, E, F), (H, 3.0, E, S)],
    ),
    (
        "Ten years on, the measles outbreak of 2014 is remembered for its 1,900 confirmed cases "
        "and 11 deaths.",
        [(C, 1900.0, E, S), (D, 11.0, E, S)],
    ),
    ("Years later, the Brandt Fire's 12,000 acres still show the scars.", [(A, 12000.0, E, S)]),
    (
        "Last year's outbreak infected 300 people. This year's has infected 85 so far, the "
        "health board said.",
        [(C, 300.0, E, R), (C, 85.0, E, S)],
    ),
    (
        "The storm that struck in 1961, a Category 4, is the benchmark; Hurricane Joss is now a "
        "Category 2.",
        [(H, 4.0, E, R), (H, 2.0, E, S)],
    ),
    (
        "Remembrance Day in Kolby: 35 years since the market fire that killed 62 people.",
        [(D, 62.0, E, S)],
    ),
    (
        "Mourners gathered on Sunday at a memorial for the 19 people killed in last week's "
        "ferry fire; the toll may rise, officials warned.",
        [(D, 19.0, E, S)],
    ),
    (
        "Rebels claim to have taken 12 towns since June, but independent monitors count eight.",
        [(K, 12.0, E, HG), (K, 8.0, E, S)],
    ),
    (
        "The fire is now 60 percent contained after burning 9,400 acres, crews said on Thursday.",
        [(A, 9400.0, E, S)],
    ),
    (
        "Cases had reached 700 by mid-March, when the lockdown began; the total is now 2,300.",
        [(C, 700.0, E, R), (C, 2300.0, E, S)],
    ),
]

# read wrong with these rules (strict xfails): counts not found at all (the historic present
# "305 people drown", "there are 310", "Yesterday it was 8,000", an answer's bare figure, a
# count of dying in a clause after "a week after"), a wire version number read as a toll
# ("UPDATE 3"), a yes-no question answered "No." in the next sentence, and a count dated some
# days back in its own main clause with no newer value beside it (the age rule still reads
# it as a recap, as the older dev labels of one-sentence passages want), a retrospective
# opened "N years after" read as background (the same words open another story's background:
# "The new outbreak comes a decade after the epidemic of 2014, when 11,000 people died"), and
# an older value dated by a possessive day ("Monday's toll of 44") or a reported "said on
# Monday" beside a newer one
KNOWN_WRONG = [
    "From our archive, 12 March 1934",
    "Sixty years ago today: the tidal surge",
    "Last week health officials counted 140",
    "The landslide toll, 22 on Monday",
    "Cholera cases in the Maro camp",
    "Storm Idris killed 11",
    "Hurricane Nerys strengthened",
    "Ten years on, no one knows",
    "Modelers project 5,000",
    "The rebels threatened to take three more towns",
    "Q: How many people died",
    "The fire grew overnight to 14,000",
    "This day in history: 1931",
    "The province has recorded 1,320",
    "In 1994 the same rebels",
    "The toll, which stood at 40 on Tuesday",
    "Fact check: Did the 2011 Harrow floods",
    "Thread from the county emergency office",
    "The 1959 typhoon remains",
    "The outbreak has now infected 312",
    "Officials say the toll may be higher than 300",
    "Ten years on, officials still deny that 400",
    "A decade later, the Calder quake's toll",
    "Ten years on, engineers warn",
    "Thirty years ago today, the Orwen dam burst",
    "Forty years since the heat wave of 1984",
    "Monday's toll of 44",
    "The ministry said on Monday that 300 cases",
    "In the summer of 2003, heat killed 900",
    "Rebels claim to have taken 12 towns",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, marks=known_wrong(t, KNOWN_WRONG)) for t, e in OWN_PASSAGES],
)
def test_each_count_takes_the_modality_its_framing_gives(enricher, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert sorted(claims(enricher, text)) == sorted(expected)


def test_the_known_wrong_readings_name_passages_that_exist() -> None:
    for opening in KNOWN_WRONG:
        assert any(t.startswith(opening) for t, _ in OWN_PASSAGES), opening
