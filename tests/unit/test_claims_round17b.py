"""Claims of round seventeen, second phase: running counts told in the voices the rules have
seen least (broadcast and phone-in transcripts with speaker turns, morning briefings and
newsletters, opinion paragraphs with figures in passing, feature openings with the figure
last, Q&A explainers with questions as headings, timelines told as sentences, translated
statements, agency roundups, captions, corrections, anniversary pieces), with hard negatives
of every modality (older figures, revised and withdrawn figures, forecasts, hedges,
conditions, threats, sub-counts, ranks, money, troops, evacuees, the missing and injured).
Every passage is written for these tests, about places, fires, storms and wars of our own."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, known_wrong

D, C, A = "death_toll", "confirmed_cases", "acres_burned"
H, K = "hurricane_category", "cities_captured"
E = "exact"

# (passage, the asserted (metric, value, bound) it gives, in any order)
OWN_PASSAGES: list[tuple[str, list[tuple[str, float, str]]]] = [
    # broadcast and phone-in transcripts
    (
        "ANCHOR: Let's go straight to our correspondent in Port Velasco. MARTA RUIZ: Thanks, "
        "Dan. The civil defence agency now says 212 people have died in the floods here.",
        [(D, 212.0, E)],
    ),
    (
        "HOST: Caller, you were there last night? CALLER: I was. They told us at the shelter "
        "that 45 people are dead and the number keeps rising.",
        [(D, 45.0, E)],
    ),
    (
        "PRESENTER: What's the latest figure? REPORTER: Officials here are saying at least 78 "
        "killed, but they stress that could rise.",
        [(D, 78.0, "at_least")],
    ),
    (
        "REPORTER: This morning the mayor told me the toll had reached 19. Since then two more "
        "bodies have been recovered, so it now stands at 21.",
        [(D, 21.0, E)],
    ),
    (
        "ANCHOR: And the wildfire in the Serrano hills? REPORTER: It has now burned 14,500 "
        "acres, up from 9,000 yesterday.",
        [(A, 14500.0, E)],
    ),
    (
        "HOST: Is it true the rebels have taken Marvell? GUEST: They have. That's the third "
        "town to fall to them this week.",
        [(K, 3.0, E)],
    ),
    (
        "ANCHOR: The storm is now a Category 3, the hurricane center says, and could reach "
        "Category 4 by the time it makes landfall.",
        [(H, 3.0, E)],
    ),
    (
        "ANCHOR: Breaking news now: the toll from the ferry sinking off Lamu Point has risen to "
        "63, the coast guard says.",
        [(D, 63.0, E)],
    ),
    (
        "PRESENTER: Good evening. Forty-one people are now known to have died in the mine "
        "collapse at Kestrel Hill.",
        [(D, 41.0, E)],
    ),
    ("CALLER: We were told eleven of the fourteen villages are cut off.", []),
    ("Q: And the dead? A: Thirty-eight, as of last night.", [(D, 38.0, E)]),
    (
        "SPEAKER 1: How many cases now? SPEAKER 2: The lab confirmed 512 this morning.",
        [(C, 512.0, E)],
    ),
    # morning briefings and newsletters
    (
        "Good morning. Here's what you need to know today. The flooding in the Arlan delta has "
        "killed 87 people, officials said overnight.",
        [(D, 87.0, E)],
    ),
    (
        "Your Tuesday briefing: The Copperline Fire has grown to 31,000 acres. Evacuation "
        "orders cover 4,000 homes.",
        [(A, 31000.0, E)],
    ),
    (
        "In today's newsletter: dengue cases in the capital pass 12,000; what the heat means "
        "for your commute.",
        [(C, 12000.0, "more_than")],
    ),
    (
        "Five things to know this morning. 1. The typhoon weakened to a Category 2 overnight. "
        "2. Schools stay closed.",
        [(H, 2.0, E)],
    ),
    (
        "Need to know: measles cases in the district have reached 640 since January, up from "
        "410 a month ago.",
        [(C, 640.0, E)],
    ),
    (
        "What we're watching: the cholera outbreak in the river towns, where 2,300 cases and "
        "29 deaths have been recorded.",
        [(C, 2300.0, E), (D, 29.0, E)],
    ),
    (
        "BRIEFING, 6 a.m.: Toll 64, missing 12, displaced 8,000. Next update at noon.",
        [(D, 64.0, E)],
    ),
    # opinion and analysis with figures in passing
    (
        "It is hard to read the news from the valley without anger. Ninety-four people have "
        "died there, and the government still argues over who should pay for the levees.",
        [(D, 94.0, E)],
    ),
    (
        "The fire that has scorched 60,000 acres of the Brandt Range is not, as some insist, "
        "an act of God; it is the price of a decade of neglect.",
        [(A, 60000.0, E)],
    ),
    (
        "A government that could not count the 300 who died in the 1998 floods should not be "
        "trusted with today's figures either.",
        [],
    ),
    (
        "Critics will say the 1,200 cases recorded so far are a small number for a city of "
        "four million. They would be wrong.",
        [(C, 1200.0, E)],
    ),
    (
        "If the toll passes 500, as some epidemiologists fear, the minister's position will "
        "become untenable.",
        [],
    ),
    (
        "The analysis is sobering: with 48 deaths and counting, this is already the worst "
        "season since records began.",
        [(D, 48.0, E)],
    ),
    # feature openings with the figure last
    (
        "Amara Bello had lived in the same house on Canal Street for forty years. On Tuesday "
        "night the water took it, and her, and on Thursday the officials in the town hall "
        "added her name to the list of the dead, which now runs to 57.",
        [(D, 57.0, E)],
    ),
    (
        "The bells of St Anne's rang until noon. The village buried its children that "
        "afternoon, the youngest three, the oldest eleven, among the 26 killed when the dam "
        "gave way.",
        [(D, 26.0, E)],
    ),
    (
        "The smoke arrived first, then the ash, then the flames. Now, five days later, the Red "
        "Gulch Fire has burned 8,900 acres.",
        [(A, 8900.0, E)],
    ),
    (
        "In the ward at the end of the corridor, a nurse counts the beds. Every one is full. "
        "Across the province, health officials have now confirmed 4,120 cases.",
        [(C, 4120.0, E)],
    ),
    (
        "He walked for two days to reach the camp. He is one of 38,000 people the floods have "
        "driven from their homes, and one of the lucky ones: the floods have also killed 112.",
        [(D, 112.0, E)],
    ),
    # Q&A explainers
    (
        "How many people have died? The national disaster agency puts the toll at 231.",
        [(D, 231.0, E)],
    ),
    (
        "How big is the fire? As of Wednesday morning, it covered 22,400 acres and was 15 "
        "percent contained.",
        [(A, 22400.0, E)],
    ),
    (
        "How strong is the storm? It is a Category 4 hurricane with winds of 140 mph.",
        [(H, 4.0, E)],
    ),
    (
        "What do we know about the outbreak? Health authorities have confirmed 86 cases and "
        "two deaths.",
        [(C, 86.0, E), (D, 2.0, E)],
    ),
    (
        "Is the toll likely to rise? Yes. Rescuers have yet to reach several villages, and "
        "officials warn it could exceed 1,000.",
        [],
    ),
    (
        "Which towns have the rebels taken? Three so far: Orlov, Tesca and Hollen.",
        [(K, 3.0, E)],
    ),
    ("How many are missing? At least 40, according to the Red Crescent.", []),
    (
        "Why is the count so uncertain? Because the 150 figure given on Monday included "
        "people later found alive.",
        [],
    ),
    # timelines told as sentences
    (
        "On March 3 the first case was confirmed in Odessa Bay. By March 10 there were 40. "
        "Today the ministry reports 212.",
        [(C, 212.0, E)],
    ),
    (
        "The fire started on Saturday afternoon. It had burned 2,000 acres by nightfall, "
        "11,000 by Monday, and 26,500 as of this morning.",
        [(A, 26500.0, E)],
    ),
    (
        "The storm formed on Tuesday, became a hurricane on Wednesday and reached Category 3 "
        "on Thursday morning.",
        [(H, 3.0, E)],
    ),
    (
        "Day one: 12 dead. Day three: 48 dead. Today, day six, the toll stands at 103.",
        [(D, 103.0, E)],
    ),
    (
        "The rebels took Sarno in June and Velta in August; last week they took Corra, their "
        "third city this year.",
        [(K, 3.0, E)],
    ),
    # translated statements
    (
        '"The number of victims has risen to 74," the ministry said in a statement, '
        "translated from Portuguese.",
        [(D, 74.0, E)],
    ),
    (
        "In a statement read on state television and translated by the agency, the interior "
        "minister said 19 citizens had lost their lives in the attacks.",
        [(D, 19.0, E)],
    ),
    (
        '"Until this moment we have registered 1,430 infected," the health secretary said, '
        "according to a translation provided by her office.",
        [(C, 1430.0, E)],
    ),
    (
        "The regional governor, speaking through an interpreter, said the blaze had consumed "
        "some 3,000 hectares of forest.",
        [(A, 7413.0, "about")],
    ),
    (
        "According to the ministry's statement, which was issued in French, the epidemic has "
        "caused 57 deaths among 900 notified cases.",
        [(D, 57.0, E), (C, 900.0, E)],
    ),
    # agency roundups
    (
        "WORLD IN BRIEF — Floods in the Tavira basin have killed 33 people. — A fire at a "
        "market in Kanto district destroyed 200 stalls; no one was hurt. — Dengue cases in "
        "the coastal provinces reached 5,600.",
        [(D, 33.0, E), (C, 5600.0, E)],
    ),
    (
        "Elsewhere: a bus plunged into a gorge in the highlands, killing 18; authorities in "
        "the south reported 12 new cholera cases, bringing the total to 418.",
        [(D, 18.0, E), (C, 418.0, E)],
    ),
    (
        "Also today: the Harlan Ridge Fire grew to 4,800 acres; a cyclone off the east coast "
        "strengthened to Category 2.",
        [(A, 4800.0, E), (H, 2.0, E)],
    ),
    # captions
    (
        "Caption: A soldier stands guard in Doravo, the fifth town the army has retaken from "
        "the rebels since April.",
        [(K, 5.0, E)],
    ),
    (
        "Photo: Residents queue for water in Belmar, where the cholera outbreak has sickened "
        "730 people.",
        [(C, 730.0, E)],
    ),
    (
        "Pictured: firefighters on the edge of the Ossory Fire, which has burned 12,700 acres.",
        [(A, 12700.0, E)],
    ),
    (
        "Caption: Mourners at a funeral on Thursday for some of the 44 miners killed in the blast.",
        [(D, 44.0, E)],
    ),
    # corrections
    (
        "Correction: An earlier version of this article said 64 people had died in the "
        "collapse. The correct figure is 46.",
        [(D, 46.0, E)],
    ),
    (
        "This story has been updated to correct the number of acres burned; the fire has "
        "burned 3,200 acres, not 32,000.",
        [(A, 3200.0, E)],
    ),
    (
        "Clarification: The storm is a Category 2 hurricane, not a Category 3 as previously "
        "stated.",
        [(H, 2.0, E)],
    ),
    # anniversary pieces
    (
        "Twenty years ago this week, a mudslide buried the village of Santa Irene and killed "
        "412 people.",
        [(D, 412.0, E)],  # an anniversary piece's final toll is asserted (round 18)
    ),
    (
        "A decade on from the floods that killed 1,100 people, the river towns have rebuilt "
        "their levees.",
        [(D, 1100.0, E)],
    ),
    (
        "On the anniversary of the outbreak that infected 8,000 people in 2009, the health "
        "minister laid a wreath.",
        [(C, 8000.0, E)],
    ),
    # older, revised and withdrawn figures
    (
        "The toll, which stood at 56 on Monday, rose to 81 on Wednesday.",
        [(D, 81.0, E)],
    ),
    (
        "Officials revised the death toll down to 38 from 45 after some victims were counted "
        "twice.",
        [(D, 38.0, E)],
    ),
    (
        "The ministry withdrew its figure of 120 deaths, saying it had been released in error.",
        [],
    ),
    ("The toll is not 90, as first reported, but 66.", [(D, 66.0, E)]),
    (
        "The 1,300 deaths recorded last year were the most in a decade; this year 410 have "
        "died so far.",
        [(D, 410.0, E)],
    ),
    ("The outbreak's toll is now 22, up from 17 on Monday.", [(D, 22.0, E)]),
    (
        "Before the latest surge the country had recorded 2,300 cases; it has now recorded 4,800.",
        [(C, 4800.0, E)],
    ),
    ("The toll given last night, 47, has since risen to 52.", [(D, 52.0, E)]),
    (
        "Authorities said 600 people had been killed in the war's first week, a figure they "
        "now say is far too low.",
        [],
    ),
    (
        "Eighty-nine people died in last year's floods; this year's have so far killed 12.",
        [(D, 12.0, E)],
    ),
    (
        "Officials cut their estimate of the burned area from 5,000 acres to 3,800 acres.",
        [(A, 3800.0, E)],
    ),
    (
        "Health officials lowered their count of 860 cases to 790 after duplicates were removed.",
        [(C, 790.0, E)],
    ),
    # forecasts, hedges, conditions, threats
    ("Forecasters say the storm could become a Category 5 by Friday.", []),
    ("As many as 200 people may have been killed, a police source said.", []),
    ("If the rains continue, the toll could double, officials warned.", []),
    ("The rebels have threatened to take three more towns before the talks.", []),
    ("Officials estimated 2,000 people could die if the dam fails.", []),
    (
        "The World Health Organization said it expects the number of cases to reach 10,000 "
        "by June.",
        [],
    ),
    ("The avalanche buried 12 climbers; all are presumed dead.", []),
    ("Nearly 3,000 suspected cases have been reported.", []),
    ("Crews hope to hold the fire below 10,000 acres.", []),
    ("The fire could burn another 20,000 acres if the winds return.", []),
    ("The storm is expected to reach Category 3 strength before landfall.", []),
    ("Category 4 winds are possible, the weather service said.", []),
    # sub-counts, increments, ranks, money, troops, evacuees, the missing and injured
    ("Eleven more people died overnight, taking the toll to 140.", [(D, 140.0, E)]),
    ("The country's third-largest city has been without power for a week.", []),
    ("The government has pledged $40 million in relief for the 15,000 families affected.", []),
    ("Some 4,000 troops have been deployed and 22,000 people evacuated.", []),
    ("At least 70 people are missing and 300 injured.", []),
    ("The fire, now in its 19th day, has burned 41,000 acres.", [(A, 41000.0, E)]),
    ("Police said 18 people died and 54 were injured in the crush.", [(D, 18.0, E)]),
    ("More than 2,000 homes were destroyed in the quake, which killed 16.", [(D, 16.0, E)]),
    (
        "Health officials reported 310 new cases on Thursday, bringing the total to 5,480.",
        [(C, 5480.0, E)],
    ),
    ("The outbreak has now infected 950 people, 40 of them health workers.", [(C, 950.0, E)]),
    ("Not a single death has been reported so far, the ministry said.", []),
    ("No one has died, but 14 people were hurt.", []),
    ("The ministry counted 15 new infections on Monday alone.", []),
    ("Rebels fired on the city of Tarsk but did not enter it.", []),
    ("Read more: Cholera kills 40 in river town", []),
    ("Related: Fire burns 12,000 acres near Pinecrest", []),
    ("Officials said a fire that burned 300 acres in 2019 had left the slope bare.", []),
    # storms' categories
    ("A second storm, now a Category 1, is expected to strengthen.", [(H, 1.0, E)]),
    (
        "The hurricane weakened to a Category 1 after landfall, having struck the coast as a "
        "Category 3.",
        [(H, 1.0, E)],
    ),
    ("Residents who lived through the Category 5 storm of 1979 say this one feels worse.", []),
    (
        "The typhoon, a Category 5 at its peak on Monday, has weakened to Category 3.",
        [(H, 3.0, E)],
    ),
    ("Forecasters upgraded the storm to a Category 2 on Wednesday.", [(H, 2.0, E)]),
    (
        "Storm Veda is the first Category 4 hurricane to hit the islands since 1988.",
        [(H, 4.0, E)],
    ),
    (
        "The hurricane was downgraded to a tropical storm after reaching Category 2 over the gulf.",
        [],
    ),
    (
        "It could be the strongest storm since the Category 5 that flattened the port in 1961.",
        [],
    ),
    ("The storm peaked as a Category 4 on Monday and is now a Category 2.", [(H, 2.0, E)]),
    ("Gustavo, once a Category 3, is now a tropical depression.", []),
    # cities captured
    (
        "Rebels of the Sable Front seized Karsa on Thursday, the sixth city they have taken "
        "since the offensive began.",
        [(K, 6.0, E)],
    ),
    (
        "With the fall of Omdal, the insurgents now control four of the region's nine towns.",
        [(K, 4.0, E)],
    ),
    ("The militia has captured 11 towns in three weeks.", [(K, 11.0, E)]),
    (
        "Government troops recaptured Lesno, the second city they have retaken this month.",
        [(K, 2.0, E)],
    ),
    ("The separatists' flag now flies over nine towns in the east.", [(K, 9.0, E)]),
    (
        "Rebel fighters entered Dolna on Thursday; it was the 14th town to fall to them since "
        "January.",
        [(K, 14.0, E)],
    ),
    ("The rebels hold 3 of the province's 7 district centres.", [(K, 3.0, E)]),
    (
        "The army said its forces had retaken 12 villages and two towns in the offensive.",
        [(K, 2.0, E)],
    ),
    # deaths told in many words
    ("The tremor, which struck just after dawn, left 29 people dead.", [(D, 29.0, E)]),
    ("The collapse claimed the lives of 17 workers.", [(D, 17.0, E)]),
    ("Nineteen people lost their lives when the bridge gave way.", [(D, 19.0, E)]),
    ("The heatwave has been blamed for 240 deaths.", [(D, 240.0, E)]),
    ("The landslide has left at least 52 dead and dozens missing.", [(D, 52.0, "at_least")]),
    ("Authorities say the epidemic has now claimed 61 lives.", [(D, 61.0, E)]),
    ("The sinking cost 88 lives.", [(D, 88.0, E)]),
    ("Thirty-two bodies have been identified so far.", [(D, 32.0, E)]),
    ("Among the 14 dead were three firefighters.", [(D, 14.0, E)]),
    ("The explosion killed 9 and injured 40.", [(D, 9.0, E)]),
    ("The youngest of the 23 victims was four years old.", [(D, 23.0, E)]),
    ("Fatalities from the cyclone now number 138.", [(D, 138.0, E)]),
    ("The famine has killed at least 20,000 people.", [(D, 20000.0, "at_least")]),
    ("The quake's toll climbed past 700 on Thursday.", [(D, 700.0, "more_than")]),
    ("Deaths from the outbreak now total 75.", [(D, 75.0, E)]),
    ("Rescuers have pulled 48 bodies from the rubble.", [(D, 48.0, E)]),
    ("Floods have displaced 150,000 people and killed at least 35.", [(D, 35.0, "at_least")]),
    ("Of the 250 patients admitted, 31 have died.", [(D, 31.0, E)]),
    ("A total of 19 people were killed, the police said.", [(D, 19.0, E)]),
    (
        "The ministry said 1,007 people had died, including 300 children.",
        [(D, 1007.0, E)],
    ),
    ("Of the 34 passengers, all but one died.", [(D, 33.0, E)]),
    ("All but two of the 19 crew members drowned.", [(D, 17.0, E)]),
    (
        "The deaths — 53 of them, according to the coroner — were all in the old quarter.",
        [(D, 53.0, E)],
    ),
    (
        "Roughly 1,600 people have been killed in the fighting, the UN estimates.",
        [(D, 1600.0, "about")],
    ),
    (
        "Eleven people were killed on Saturday, bringing to 203 the number of dead since the "
        "ceasefire collapsed.",
        [(D, 203.0, E)],
    ),
    (
        "On Thursday the count reached 505, the highest death toll of any flood in the "
        "country's history.",
        [(D, 505.0, E)],
    ),
    # negation that a 'but' ends
    (
        "Officials have not released a toll, but hospitals say 41 people died.",
        [(D, 41.0, E)],
    ),
    (
        "No deaths have been confirmed, but rescuers say they have found 12 bodies.",
        [(D, 12.0, E)],
    ),
    (
        "The county has not updated its acreage since Monday, but satellite data show the fire "
        "at 7,700 acres.",
        [(A, 7700.0, E)],
    ),
    # outbreaks
    ("Testing has turned up 320 infections in the prison.", [(C, 320.0, E)]),
    ("The number of people who have fallen ill has risen to 1,150.", [(C, 1150.0, E)]),
    (
        "Some 480 people have tested positive for the virus in the port city.",
        [(C, 480.0, "about")],
    ),
    ("Typhoid has sickened more than 900 residents of the camp.", [(C, 900.0, "more_than")]),
    ("Laboratories have confirmed 67 of the 410 suspected cases.", [(C, 67.0, E)]),
    (
        "The caseload stood at 2,900 on Friday, according to the ministry's dashboard.",
        [(C, 2900.0, E)],
    ),
    (
        "The outbreak, first detected in a school in January, has sickened 214 children.",
        [(C, 214.0, E)],
    ),
    ("The disease has killed 63 people, double last year's figure.", [(D, 63.0, E)]),
    # fires
    ("The blaze has charred 5,100 hectares of pine forest.", [(A, 12602.0, E)]),
    ("The fire's footprint grew overnight to 18,300 acres.", [(A, 18300.0, E)]),
    (
        "Firefighters said the Hollis Fire has consumed more than 2,000 acres.",
        [(A, 2000.0, "more_than")],
    ),
    (
        "The fires, which started last week, have blackened 44,000 acres in total.",
        [(A, 44000.0, E)],
    ),
    ("Crews contained 40 percent of the 9,600-acre Pollard Fire.", [(A, 9600.0, E)]),
    # gapped second figures
    (
        "Crews put the Larch Fire at 6,200 acres on Thursday and the Bell Fire at 1,900.",
        [(A, 6200.0, E), (A, 1900.0, E)],
    ),
    (
        "The floods have killed 44 people in Morava province and the landslides 17 in Tessin.",
        [(D, 44.0, E), (D, 17.0, E)],
    ),
]

# passages still read wrongly (strict xfails), by their opening words
KNOWN_WRONG: set[str] = {
    "REPORTER: This morning the mayor told me the toll had reache",
    "HOST: Is it true the rebels have taken Marvell? GUEST: They ",
    "Q: And the dead? A: Thirty-eight, as of last night.",
    "Critics will say the 1,200 cases recorded so far are a small",
    "Amara Bello had lived in the same house on Canal Street for ",
    "Which towns have the rebels taken? Three so far: Orlov, Tesc",
    "The fire started on Saturday afternoon. It had burned 2,000 ",
    "Day one: 12 dead. Day three: 48 dead. Today, day six, the to",
    "The rebels took Sarno in June and Velta in August; last week",
    "Also today: the Harlan Ridge Fire grew to 4,800 acres; a cyc",
    "The toll is not 90, as first reported, but 66.",
    "The 1,300 deaths recorded last year were the most in a decad",
    "Authorities said 600 people had been killed in the war's fir",
    "Eighty-nine people died in last year's floods; this year's h",
    "Health officials lowered their count of 860 cases to 790 aft",
    "Category 4 winds are possible, the weather service said.",
    "It could be the strongest storm since the Category 5 that fl",
    "The youngest of the 23 victims was four years old.",
    "The floods have killed 44 people in Morava province and the ",
}


_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in OWN_PASSAGES]
)
def test_a_running_count_is_read_in_every_voice_and_no_older_or_unasserted_figure_is(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
