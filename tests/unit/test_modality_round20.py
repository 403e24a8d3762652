"""Modality, round twenty: framing, not age, makes a count a recap. The final toll of a past
disaster told with its year (a "this day in history" item, an anniversary, an explainer, a
newsletter, a caption, a transcript) is asserted; a value is a recap only where the passage
replaces it with a newer one (a reanalysis, a peak before the present strength) or frames it
as background. Doubt about a figure (feared, presumed, suggested by later tests, "some
estimates put", the figure most often quoted, a range of estimates) is hedged; a figure a
correction or fact check withdraws is negated. A modal, a newsletter label or a hedge that
belongs to another part of the sentence leaves the count asserted. Every passage is written
for these tests, about made-up storms, fires, floods, outbreaks, mines, towns and wars."""

from __future__ import annotations

import pytest
from claim_readings import claims, known_wrong

D, C, A = "death_toll", "confirmed_cases", "acres_burned"
H, K = "hurricane_category", "cities_captured"
E, AL, MT, AB, AM = "exact", "at_least", "more_than", "about", "at_most"
S, R, HG, F, N, OS = "asserted", "recap", "hedged", "forecast", "negated", "other_story"

# (passage, every claim it gives as (metric, value, bound, modality), in any order)
OWN_PASSAGES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    # ---- 1. old is not recap: a past disaster's count told with its year is asserted
    (
        "On this day in 1958: a cyclone strikes the island of Varra as a Category 4 and kills "
        "312 people.",
        [(H, 4.0, E, S), (D, 312.0, E, S)],
    ),
    (
        "14 March 1921: fire breaks out in the mill town of Harrowgate and burns about 40,000 "
        "acres before rain puts it out.",
        [(A, 40000.0, AB, S)],
    ),
    (
        "Sixty years ago the Kelvo dam burst above the valley town of Pernau and drowned 1,260 "
        "people.",
        [(D, 1260.0, E, S)],
    ),
    (
        "Thirty years ago tonight the Marrow Hill fire burned about 2,000 acres of the coast "
        "range and killed 11 people.",
        [(A, 2000.0, AB, S), (D, 11.0, E, S)],
    ),
    (
        "The Tessel mine disaster of 1909 killed 214 men, the worst in the county's history.",
        [(D, 214.0, E, S)],
    ),
    (
        "Explainer: What happened in the Grell flood? In April 1952 the river broke its banks "
        "and 96 people died.",
        [(D, 96.0, E, S)],
    ),
    (
        "From the archive: the typhoon of 1934 came ashore at Salt Point as a Category 3 and "
        "killed 540 people.",
        [(H, 3.0, E, S), (D, 540.0, E, S)],
    ),
    (
        "In 1976 an outbreak of a new fever in the river villages of Moro sickened 318 people.",
        [(C, 318.0, E, S)],
    ),
    (
        "Hurricane Delphine crossed the Orla Keys as a Category 5 on 3 September 1941, and more "
        "than 400 people died.",
        [(H, 5.0, E, S), (D, 400.0, MT, S)],
    ),
    (
        "Forty years on, the Brack Valley fire is still the largest the province has seen: it "
        "burned 310,000 acres in the summer of 1984.",
        [(A, 310000.0, E, S)],
    ),
    (
        "The 1962 cholera outbreak in Ostrava Bay infected 2,400 people, records from the port "
        "hospital show.",
        [(C, 2400.0, E, S)],
    ),
    (
        "It was 1938 when the Sennar Hills fire blackened 52,000 acres and killed six forest "
        "workers.",
        [(A, 52000.0, E, S), (D, 6.0, E, S)],
    ),
    (
        "HOST: So how bad was it? HISTORIAN: The 1927 flood on the Calloway killed 246 people, "
        "and that number has never been revised.",
        [(D, 246.0, E, S)],
    ),
    (
        "Caption: The harbour at Lissen after the storm of October 1910, which drowned 87 "
        "fishermen.",
        [(D, 87.0, E, S)],
    ),
    (
        "Timeline: 1953 - The Ferro earthquake kills 455 people.",
        [(D, 455.0, E, S)],
    ),
    (
        "The Harl fire of 1871 burned more than 1.2 million acres of forest, a record that still "
        "stands in the state.",
        [(A, 1200000.0, MT, S)],
    ),
    (
        "Anna Roe, who lived through the 1936 Pell River flood that killed 203 people, has died "
        "aged 96.",
        [(D, 203.0, E, S)],
    ),
    (
        "Marta Lind's history of the Dunmore fire of 1902, which burned 70,000 acres, is a model "
        "of the form.",
        [(A, 70000.0, E, S)],
    ),
    (
        "In the winter of 1891 a fever in the logging camps of Rusk killed 74 men.",
        [(D, 74.0, E, S)],
    ),
    (
        "The museum's new exhibit recalls the 1948 Hollin outbreak, in which 1,300 people were "
        "infected and 37 died.",
        [(C, 1300.0, E, S), (D, 37.0, E, S)],
    ),
    (
        "Ten years on, the Caddo mine explosion remains the country's worst industrial "
        "disaster: 86 workers died.",
        [(D, 86.0, E, S)],
    ),
    (
        "On 9 May 1944 a landslide buried the village of Osk, killing 213 people.",
        [(D, 213.0, E, S)],
    ),
    (
        "The quake that struck Tarsa in 1968 killed 12,000 people; rebuilding took two decades.",
        [(D, 12000.0, E, S)],
    ),
    (
        "Translated from Portuguese: eighty years ago the fire in the Serra do Vento burned "
        "about 30,000 acres in three days and killed 19 people.",
        [(A, 30000.0, AB, S), (D, 19.0, E, S)],
    ),
    (
        "In August 1969 Hurricane Bastian struck the Gulf coast as a Category 5, killing 259 "
        "people.",
        [(H, 5.0, E, S), (D, 259.0, E, S)],
    ),
    (
        "Newsletter: This week in 1952, the Tollan River flood killed 312 people in two days.",
        [(D, 312.0, E, S)],
    ),
    (
        "The Corven dam collapse in 1959 killed 421 people, and the valley never recovered.",
        [(D, 421.0, E, S)],
    ),
    # ...hard negatives: a value the passage replaces, or background beside the news
    (
        "The toll from the 1970 Tarrant Bay cyclone was put at 180 in the first week; the "
        "official figure, revised in 1972, is 212.",
        [(D, 180.0, E, R), (D, 212.0, E, S)],
    ),
    (
        "For decades the toll of the Morven pit disaster was given as 81; a 2019 review of "
        "burial records raised it to 86.",
        [(D, 81.0, E, R), (D, 86.0, E, S)],
    ),
    (
        "Thirty years ago the official toll was 120; it now stands at 131 after families came "
        "forward.",
        [(D, 120.0, E, R), (D, 131.0, E, S)],
    ),
    (
        "The Tarn fire has burned 4,000 acres since Tuesday, far short of the 1998 blaze that "
        "burned 90,000 acres.",
        [(A, 4000.0, E, S), (A, 90000.0, E, R)],
    ),
    (
        "The Pellham fire of 1994 burned 8,000 acres; this year's Mason fire has already burned "
        "11,000 acres.",
        [(A, 8000.0, E, R), (A, 11000.0, E, S)],
    ),
    # ---- 2. doubt about the figure is hedged
    (
        "More than 600 people are feared dead after the ferry Santa Lucia capsized in a storm "
        "off Cape Morro on Saturday, the navy said.",
        [(D, 600.0, MT, HG)],
    ),
    (
        "At least 90 miners are feared to have died in the collapse at the Derrow pit.",
        [(D, 90.0, AL, HG)],
    ),
    (
        "Some 40 people are presumed dead after a landslide buried the hamlet of Sava on Tuesday.",
        [(D, 40.0, AB, HG)],
    ),
    (
        "Blood tests later suggested some 1,200 villagers had been infected during the Kaltha "
        "outbreak.",
        [(C, 1200.0, AB, HG)],
    ),
    (
        "Antibody surveys later indicated roughly 9,000 residents of Pelham had been infected.",
        [(C, 9000.0, AB, HG)],
    ),
    (
        "Some estimates put the toll of the Marsh Creek flood at 2,000, though only 640 deaths "
        "were ever recorded.",
        [(D, 2000.0, E, HG), (D, 640.0, E, S)],
    ),
    (
        "Other estimates put the number of dead in the Marsh Creek flood as high as 3,000.",
        [(D, 3000.0, AM, HG)],
    ),
    (
        "The figure most often quoted is 30,000 dead, but historians say the true toll of the "
        "1889 flood may never be known.",
        [(D, 30000.0, E, HG)],
    ),
    (
        "Serious estimates of the toll run from about 5,000 to 8,000.",
        [(D, 5000.0, AL, HG), (D, 8000.0, AM, HG)],
    ),
    (
        "An estimated 2,500 people fell ill in the Varn water outbreak, and 12 died.",
        [(C, 2500.0, AB, HG), (D, 12.0, E, S)],
    ),
    (
        "An estimated 70 people were killed in the blast at the Orrin depot, the ministry said.",
        [(D, 70.0, AB, HG)],
    ),
    (
        "Roughly 1,800 people are thought to have died when the Kelda dam failed in 1959.",
        [(D, 1800.0, AB, HG)],
    ),
    (
        "The outbreak may have infected as many as 4,000 people, according to a later survey.",
        [(C, 4000.0, AM, HG)],
    ),
    (
        "At least 150 people are believed to have been killed in the Tolva mudslide, rescuers "
        "said.",
        [(D, 150.0, AL, HG)],
    ),
    (
        "Unconfirmed reports put the toll in the Arles Street fire at 75.",
        [(D, 75.0, E, HG)],
    ),
    (
        "Some historians put the number of dead in the siege at 40,000.",
        [(D, 40000.0, E, HG)],
    ),
    (
        "PORT SELVA, March 3 \u2014 More than 200 people are feared dead after a ferry sank in a "
        "squall off the cape on Sunday; 31 survivors have been found, the navy said.",
        [(D, 200.0, MT, HG)],
    ),
    (
        "ORLA, Oct 4 \u2014 At least 90 villagers are presumed dead after a landslide buried two "
        "hamlets, the army said.",
        [(D, 90.0, AL, HG)],
    ),
    # ...hard negatives: measured or confirmed figures stay asserted
    (
        "At least 1,500 people were killed in the Noor earthquake, the government said.",
        [(D, 1500.0, AL, S)],
    ),
    (
        "The Surrey Hills fire burned an estimated 14,000 acres, the forestry service said.",
        [(A, 14000.0, AB, S)],
    ),
    (
        "Officials said 112 people had died in the floods and hundreds more were missing.",
        [(D, 112.0, E, S)],
    ),
    (
        "TARVO, June 9 \u2014 Twelve people have died in floods in the river valley, officials "
        "said.",
        [(D, 12.0, E, S)],
    ),
    (
        "Tests confirmed 230 cases of the fever at the Pallis barracks, the army said.",
        [(C, 230.0, E, S)],
    ),
    (
        "Satellite estimates put the burned area of the Kerrow fire at about 9,400 acres.",
        [(A, 9400.0, AB, S)],
    ),
    # ---- 3. a figure a correction or fact check withdraws is negated
    (
        "Correction: An earlier story gave the toll in the sinking of the ferry Venn as 820. "
        "That was the number of people on board; officials say 530 died.",
        [(D, 820.0, E, N), (D, 530.0, E, S)],
    ),
    (
        "A figure of 1,100 dead has been widely shared online for the Corran dam collapse. It is "
        "wrong: the official toll is 1,010.",
        [(D, 1100.0, E, N), (D, 1010.0, E, S)],
    ),
    (
        "Posts claim the Halden fire burned 500,000 acres. That is false; the state puts the "
        "burned area at 150,000 acres.",
        [(A, 500000.0, E, N), (A, 150000.0, E, S)],
    ),
    (
        "We reported on Monday that 48 people died in the Brisk mine blast. That figure was "
        "wrong; the toll is 38.",
        [(D, 48.0, E, N), (D, 38.0, E, S)],
    ),
    (
        "An article on Tuesday put the number of cases in the Holm outbreak at 900. The correct "
        "figure is 90.",
        [(C, 900.0, E, N), (C, 90.0, E, S)],
    ),
    (
        "The figure of 3,000 dead that circulates for the 1931 Rann flood is a myth: parish "
        "records count 1,204 dead.",
        [(D, 3000.0, E, N), (D, 1204.0, E, S)],
    ),
    (
        "Fact check: A viral video says Cyclone Pemba was a Category 5 at landfall. It was not: "
        "it came ashore as a Category 3.",
        [(H, 5.0, E, N), (H, 3.0, E, S)],
    ),
    (
        "An earlier version of this article said the Tolle fire had burned 12,000 acres. It had "
        "burned 1,200 acres.",
        [(A, 12000.0, E, N), (A, 1200.0, E, S)],
    ),
    (
        "The toll is often given as 2,000. That figure counted the missing twice, historians "
        "now agree; the true toll is about 1,400.",
        [(D, 2000.0, E, N), (D, 1400.0, AB, S)],
    ),
    (
        "A toll of 64 reported by state television on Friday was a mistake, the ministry said; "
        "51 people died.",
        [(D, 64.0, E, N), (D, 51.0, E, S)],
    ),
    # ...hard negatives: a figure replaced, or one upheld
    (
        "The toll, initially given as 40, was raised to 47 on Friday.",
        [(D, 40.0, E, R), (D, 47.0, E, S)],
    ),
    (
        "The figure of 350 dead, confirmed by the coroner in 1961, has never been challenged.",
        [(D, 350.0, E, S)],
    ),
    (
        "The toll was 270, not 280 as some posts say.",
        [(D, 270.0, E, S), (D, 280.0, E, N)],
    ),
    # ---- 4. a value the passage replaces with a newer one is a recap
    (
        "Long rated a Category 3, the 1919 Sable Key hurricane is classed by the new reanalysis "
        "as a Category 4.",
        [(H, 3.0, E, R), (H, 4.0, E, S)],
    ),
    (
        "Once listed as a Category 5, Hurricane Marisa has been downgraded to a Category 4 at "
        "landfall in the official record.",
        [(H, 5.0, E, R), (H, 4.0, E, S)],
    ),
    (
        "Hurricane Tove, which peaked on Sunday as a Category 4, is expected to make landfall as "
        "a Category 2 on Wednesday.",
        [(H, 4.0, E, R), (H, 2.0, E, F)],
    ),
    (
        "Typhoon Kaori, which reached Category 5 strength on Friday, has weakened to a Category 3.",
        [(H, 5.0, E, R), (H, 3.0, E, S)],
    ),
    (
        "After peaking as a Category 4 over open water, Hurricane Ossian came ashore as a "
        "Category 2 on Monday.",
        [(H, 4.0, E, R), (H, 2.0, E, S)],
    ),
    (
        "Cyclone Mira, which peaked at Category 4 on Tuesday, is now a Category 1 and is "
        "expected to die out by Friday.",
        [(H, 4.0, E, R), (H, 1.0, E, S)],
    ),
    (
        "For years the Lanner fire's area was given as 30,000 acres; new satellite mapping puts "
        "it at 41,000 acres.",
        [(A, 30000.0, E, R), (A, 41000.0, E, S)],
    ),
    (
        "Long counted at 96, the toll of the Garrow stadium crush now stands at 97 after an "
        "inquest.",
        [(D, 96.0, E, R), (D, 97.0, E, S)],
    ),
    (
        "Originally rated a Category 2, the 1944 Dunes hurricane was reclassified as a Category "
        "3 in 2012.",
        [(H, 2.0, E, R), (H, 3.0, E, S)],
    ),
    (
        "Typhoon Hiro, which peaked as a Category 5 on Thursday, is forecast to hit the Sava "
        "coast as a Category 3.",
        [(H, 5.0, E, R), (H, 3.0, E, F)],
    ),
    (
        "Typhoon Sela, which peaked on Thursday as a Category 5, is expected to weaken before "
        "it reaches the coast on Saturday.",
        [(H, 5.0, E, R)],
    ),
    (
        "Hurricane Brenna, which reached Category 4 strength on Thursday, is forecast to come "
        "ashore near Port Aldo as a strong tropical storm.",
        [(H, 4.0, E, R)],
    ),
    # ...hard negatives: a peak with no newer value, a strength that holds
    # (round 25: the landfall category in a relative clause on the subject of later news
    # is background, as dev27 te111, te120 and dev30 th009 label it)
    (
        "Hurricane Nerys, which came ashore as a Category 3 on Thursday, has killed 14 people in "
        "the delta.",
        [(H, 3.0, E, R), (D, 14.0, E, S)],
    ),
    (
        "Cyclone Hesper peaked as a Category 5 on Monday, the strongest storm ever recorded in "
        "the basin.",
        [(H, 5.0, E, S)],
    ),
    (
        "Hurricane Quill strengthened to a Category 4 on Tuesday and is expected to keep that "
        "strength until landfall.",
        [(H, 4.0, E, S)],
    ),
    # ---- 5. a modal, label or hedge of another part of the sentence leaves the count asserted
    (
        "Ministers who promised the line would hold might now explain how the rebels took 12 "
        "towns in a week.",
        [(K, 12.0, E, S)],
    ),
    (
        "Critics of the evacuation plan will have to explain why 57 people died in the Hallow "
        "flood.",
        [(D, 57.0, E, S)],
    ),
    (
        "The inquiry must now establish how the Brenner fire burned 22,000 acres before a "
        "single crew arrived.",
        [(A, 22000.0, E, S)],
    ),
    (
        "Officials will have to answer for how the outbreak reached 1,400 cases before schools "
        "closed.",
        [(C, 1400.0, E, S)],
    ),
    (
        "Also this week: the Tarn valley memorial is rededicated. The flood it marks killed 147 "
        "people in 1932.",
        [(D, 147.0, E, S)],
    ),
    (
        "Also in the news: the port reopens after the storm. The hurricane killed nine people "
        "on the island.",
        [(D, 9.0, E, S)],
    ),
    (
        "Read more: Toll in Derrin mine blast rises to 31",
        [(D, 31.0, E, OS)],
    ),
    (
        "Also read: Hurricane Ulla strengthens to Category 4",
        [(H, 4.0, E, OS)],
    ),
    (
        "The toll from the Sarn earthquake rose to 3,400 on Tuesday, with hundreds more still "
        "believed trapped.",
        [(D, 3400.0, E, S)],
    ),
    (
        "Officials confirmed 62 deaths, with dozens of people still feared missing in the mud.",
        [(D, 62.0, E, S)],
    ),
    (
        "Health officials have confirmed 340 cases, and suspect many more have gone unreported.",
        [(C, 340.0, E, S)],
    ),
    (
        "Forty-one people have died in the Harl floods, the government said, and rescuers fear "
        "the number of missing may grow.",
        [(D, 41.0, E, S)],
    ),
    (
        "The confirmed toll of the Dessa quake rose to nearly 9,000 on Thursday, with thousands "
        "of people still thought to be under the rubble.",
        [(D, 9000.0, AB, S)],
    ),
    (
        "Hurricane Pavo came ashore on Friday as a Category 2, days after a run through the "
        "islands that killed more than 90 people.",
        [(H, 2.0, E, S), (D, 90.0, MT, S)],
    ),
    (
        "Typhoon Rin hit the Kamo coast on Saturday, a week after a pass over the Pesca islands "
        "that left 40 people dead.",
        [(D, 40.0, E, S)],
    ),
    (
        "Hurricane Pavo, which killed 90 people in the islands last week, has now killed 112 in "
        "all.",
        [(D, 90.0, E, R), (D, 112.0, E, S)],
    ),
    (
        "The council said it will publish the names of the 67 people who died in the Trell fire.",
        [(D, 67.0, E, S)],
    ),
    (
        "Families will gather on Sunday to remember the 29 miners killed at Ostwick in 1979.",
        [(D, 29.0, E, S)],
    ),
    (
        "The inquiry could take years, but the toll of 52 is settled.",
        [(D, 52.0, E, S)],
    ),
    (
        "Hurricane Dane crossed the Tarra islands on Thursday as a Category 4, the strongest "
        "storm in a decade, and officials warned that the toll would climb.",
        [(H, 4.0, E, S)],
    ),
    (
        "The Pell fire has burned 9,000 acres, the largest this year, and crews fear that it "
        "will reach the town by Sunday.",
        [(A, 9000.0, E, S)],
    ),
    # ...hard negatives: the count's own forecast, hedge or label
    (
        "The toll could rise above 200 as rescuers reach the outer villages.",
        [(D, 200.0, MT, F)],
    ),
    (
        "Forecasters expect Hurricane Ada to strengthen to a Category 3 by Thursday.",
        [(H, 3.0, E, F)],
    ),
    (
        "Rescuers fear that as many as 300 people may have died in the Sarn valley.",
        [(D, 300.0, AM, HG)],
    ),
]

# readings that are still wrong (a strict xfail each), by the passage's opening words
KNOWN_WRONG: list[str] = [
    "HOST: So how bad was it? HISTORIAN: The",
    "The museum's new exhibit recalls the 194",
    "The toll from the 1970 Tarrant Bay cyclo",
    "Serious estimates of the toll run from a",
    "The toll is often given as 2,000. That f",
    "Long rated a Category 3, the 1919 Sable",
    "The toll from the Sarn earthquake rose t",
    "Families will gather on Sunday to rememb",
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
