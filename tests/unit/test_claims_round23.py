"""Claims of round twenty-three: older values told beside the newer one. A figure an
earlier report, bulletin, count or day gave ("Early reports counted three dead", "Yesterday's
figure was 381", "first counted", "the first post read") is the older value (recap) where the
passage gives the count anew, and stays asserted where it is the only value. A figure a
correction says one of the publication's own pieces gave (a caption, an item, a graphic) is
the one withdrawn (negated), and so is the figure of a post a fact check calls false. A
statement written ("wrote that the toll had risen to 233") is reported, not the passage's
own past perfect. An ordinal's bound ("at least the 22nd town") is kept. Every passage is
written for these tests, about made-up places, storms, fires, floods and outbreaks."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, claims, known_wrong

D, C, A = "death_toll", "confirmed_cases", "acres_burned"
K, H = "cities_captured", "hurricane_category"
E, AL, MT, AB = "exact", "at_least", "more_than", "about"
S, R, HG, N = "asserted", "recap", "hedged", "negated"

# (passage, every claim it gives as (metric, value, bound, modality), in any order)

# ---- 1. a figure an earlier report or day gave, beside the newer one, is a recap
EARLIER_SOURCES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "The first reports from the Dunlow ferry sinking counted 14 dead; the coastguard's "
        "final toll was 22.",
        [(D, 14.0, E, R), (D, 22.0, E, S)],
    ),
    (
        "Early bulletins put the toll from the Kessin landslide at 31. By nightfall the "
        "regional governor said 48 people had died.",
        [(D, 31.0, E, R), (D, 48.0, E, S)],
    ),
    (
        "The toll from the Hallam Gorge floods has risen to 63, the interior ministry said on "
        "Tuesday. Yesterday's figure was 55.",
        [(D, 63.0, E, S), (D, 55.0, E, R)],
    ),
    (
        "Health officials in Varrow first counted 210 cases of the fever; after a review of "
        "clinic records they now count 265.",
        [(C, 210.0, E, R), (C, 265.0, E, S)],
    ),
    (
        "The provincial police initially recorded nine deaths in the Osk mine fire, but on "
        "Thursday they said 17 miners had died.",
        [(D, 9.0, E, R), (D, 17.0, E, S)],
    ),
    (
        "The toll from the Merrin bus crash now stands at 26, the transport ministry said. "
        "Last night's figure was 19.",
        [(D, 26.0, E, S), (D, 19.0, E, R)],
    ),
    (
        "A preliminary count by the fire service had the Tolland Ridge fire at 3,200 acres; "
        "aerial mapping on Friday put it at 4,750 acres.",
        [(A, 3200.0, E, R), (A, 4750.0, E, S)],
    ),
    (
        "The first agency flash on the Brenna gas blast read 'six dead'; city officials later "
        "raised the toll to 13.",
        [(D, 6.0, E, R), (D, 13.0, E, S)],
    ),
    (
        "The mayor wrote on social media on Saturday that the number of dead in the Pell "
        "Valley floods had climbed to 118; in the morning the toll had stood at 84.",
        [(D, 118.0, E, S), (D, 84.0, E, R)],
    ),
    (
        "The ministry's previous tally was 402 cases; its weekly update on Monday lists 455 "
        "cases of the fever in the Ostra district.",
        [(C, 402.0, E, R), (C, 455.0, E, S)],
    ),
    # ...hard negatives: the early report is the only value, or the newer value is the one
    (
        "Early reports said 12 people died when the Marrow Street building collapsed on "
        "Sunday night.",
        [(D, 12.0, E, S)],
    ),
    (
        "Yesterday's bulletin from the Selva health office listed 88 confirmed cases of the fever.",
        [(C, 88.0, E, S)],
    ),
    (
        "The first agency flash on the Corran pit blast read 'four dead', and officials have "
        "not changed the figure since.",
        [(D, 4.0, E, S)],
    ),
    (
        "Rescuers first reached the village of Tamsk on Wednesday; the toll from the mudslide "
        "there stands at 37.",
        [(D, 37.0, E, S)],
    ),
    (
        "The first patients were treated at the Tarn clinic in March; health officials have "
        "now confirmed 40 cases of the fever in the town.",
        [(C, 40.0, E, S)],
    ),
    (
        "Early estimates from the Orla fire put the area burned at 600 acres.",
        [(A, 600.0, E, S)],
    ),
]

# ---- 2. a correction's withdrawn figure from a piece of the publication's own, and a
# fact check's false post, are negated
CORRECTED_PIECES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Correction: A graphic with this story gave the toll of the Sallow Point ferry fire as "
        "310. The fire killed 131 people.",
        [(D, 310.0, E, N), (D, 131.0, E, S)],
    ),
    (
        "Correction: Monday's item on the Vell dam failure put the number of dead at 2,100. "
        "About 1,200 people died.",
        [(D, 2100.0, E, N), (D, 1200.0, AB, S)],
    ),
    (
        "CORRECTION - A photo caption in Saturday's edition said the Garth Hills fire had "
        "burned 18,000 acres. It burned 8,100 acres.",
        [(A, 18000.0, E, N), (A, 8100.0, E, S)],
    ),
    (
        "Correction: a map accompanying this article gave the number of measles cases in "
        "Hollin county as 93. The county has 39 cases.",
        [(C, 93.0, E, N), (C, 39.0, E, S)],
    ),
    (
        "FACT CHECK: A clip shared with the caption 'Ferro dam collapse kills 5,000' is "
        "misleading. Officials put the toll at 412.",
        [(D, 5000.0, E, N), (D, 412.0, E, S)],
    ),
    (
        'Fact check: A widely shared image headed "Tarsa quake toll hits 9,000" is false; '
        "the civil defence agency says 740 people died.",
        [(D, 9000.0, E, N), (D, 740.0, E, S)],
    ),
    # ...hard negatives: a piece's figure with no correction, or a correction adding news
    (
        "A caption on the memorial at Sallow Point says the ferry fire killed 131 people.",
        [(D, 131.0, E, S)],
    ),
    (
        "Correction: This story has been updated to say the Pell Valley floods have killed "
        "121 people, up from 118.",
        [(D, 121.0, E, S), (D, 118.0, E, R)],
    ),
    (
        "Correction: An earlier version of this story misspelled the name of the Tolland fire "
        "chief. The fire has burned 4,200 acres.",
        [(A, 4200.0, E, S)],
    ),
    (
        "FACT CHECK: A video said to show the Ferro dam collapse, which killed 412 people, was "
        "filmed in another country in 2009.",
        [(D, 412.0, E, S)],
    ),
]

# ---- 3. a count told year by year: the latest year's value is the newest figure
YEARLY_SERIES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Health officials in Osk recorded 812 cases of dengue in 2023, up from 340 in 2022, "
        "the ministry said on Monday.",
        [(C, 812.0, E, S), (C, 340.0, E, R)],
    ),
    (
        "Wildfires in the Tarn uplands burned 41,000 acres last year, against 12,500 acres in "
        "2021, the forestry office reported on Thursday.",
        [(A, 41000.0, E, S), (A, 12500.0, E, R)],
    ),
    (
        "Cholera killed 58 people in the Selva delta in 2022 and 131 in 2023, the regional "
        "health office said on Tuesday.",
        [(D, 58.0, E, R), (D, 131.0, E, S)],
    ),
    (
        "Reported cases of the fever in Varrow reached 2,140 in 2023, from 1,310 in 2021, "
        "according to figures released on Wednesday.",
        [(C, 2140.0, E, S), (C, 1310.0, E, R)],
    ),
    # ...hard negatives: a value of a later time beside them
    (
        "Floods killed 40 people in Osk in 2019, up from 11 in 2018; this year's floods have "
        "killed 12 people so far.",
        [(D, 40.0, E, R), (D, 11.0, E, R), (D, 12.0, E, S)],
    ),
    (
        "The fever sickened 300 people in Pell in 2022, up from 120 in 2021, and 45 cases "
        "have been confirmed since January.",
        [(C, 300.0, E, R), (C, 120.0, E, R), (C, 45.0, E, S)],
    ),
]

# ---- 2b. a figure told as the one usually given is hedged
CONVENTIONAL_FIGURES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "The toll of the 1902 Osk flood is usually put at about 1,200, though parish records "
        "list fewer names.",
        [(D, 1200.0, AB, HG)],
    ),
    (
        "The number most commonly cited for the Tarn famine fever is 40,000 dead.",
        [(D, 40000.0, E, HG)],
    ),
    (
        "The toll generally given for the Varra cyclone of 1911 is 3,000, but half the "
        "villages were never reached.",
        [(D, 3000.0, E, HG)],
    ),
    # ...hard negatives: the accepted figure with no doubt beside it (as dev20's l097 is
    # labelled), and a habit of giving the toll, not a figure given by habit
    (
        "In Osk the toll of the fever epidemic is usually given as about 4,000.",
        [(D, 4000.0, AB, S)],
    ),
    (
        "The toll from the Pell quake, given each evening by the civil defence, stood at 212 "
        "on Friday.",
        [(D, 212.0, E, S)],
    ),
    (
        "Officials in Osk usually brief reporters at noon; on Thursday they said the floods had "
        "killed 48 people.",
        [(D, 48.0, E, S)],
    ),
]

# ---- 3b. a piece that opens "N years after" the disaster is an anniversary piece: the
# disaster's final count is asserted unless the passage gives it another value
YEARS_AFTER: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Two years after the Marrow Creek fire: the blaze that swept through the valley in "
        "August 2022 burned 48,200 acres and destroyed 310 homes, and the town is still "
        "rebuilding.",
        [(A, 48200.0, E, S)],
    ),
    (
        "A decade after the Osk dam failure, survivors gathered on Sunday at the spillway. The "
        "flood of 2014 killed 214 people.",
        [(D, 214.0, E, S)],
    ),
    # ...hard negatives: a newer count beside the old one, days after, a lede with later news
    # (round 22: a state held then stays a recap)
    (
        "Two years after the 2022 floods, the Tarn river burst its banks again on Monday, "
        "killing 14 people; the 2022 floods killed 96.",
        [(D, 14.0, E, S), (D, 96.0, E, R)],
    ),
    (
        "Three days after the quake, the toll in Osk has risen to 412.",
        [(D, 412.0, E, S)],
    ),
    (
        "Twenty years after Typhoon Orla, which hit the port as a Category 3 in 2004, a new sea "
        "wall opened on Tuesday.",
        [(H, 3.0, E, R)],
    ),
]

# ---- 4. an ordinal keeps its bound
ORDINAL_BOUNDS: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "Brell fell to the Verrin Front on Friday. It is at least the ninth town the rebels "
        "have taken in Osk province since March.",
        [(K, 9.0, AL, S)],
    ),
    (
        "Government troops retook Dask on Sunday, at least the fourth town they have "
        "recaptured this month, state radio said.",
        [(K, 4.0, AL, S)],
    ),
]

# ---- 5. "N cases ..., M of them confirmed" with the whole's clause long or its verb between
# the whole and the part: the part is the confirmed count, the whole hedged
CONFIRMED_PARTS: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    (
        "The health ministry said 640 cases of the fever had been reported in Osk since May, "
        "212 of them confirmed by laboratory tests.",
        [(C, 640.0, E, HG), (C, 212.0, E, S)],
    ),
    (
        "Officials in Tarn have recorded 1,030 cases of the fever since the outbreak began in "
        "March, 388 of them confirmed in the laboratory, and 12 deaths.",
        [(C, 1030.0, E, HG), (C, 388.0, E, S), (D, 12.0, E, S)],
    ),
    (
        "Pell county has reported 96 cases of measles since the start of the school year in "
        "September, 71 of them confirmed, the state said.",
        [(C, 96.0, E, HG), (C, 71.0, E, S)],
    ),
    (
        "Clinics in the Varra hills logged 2,300 cases of the fever in the first six weeks of "
        "the outbreak, 1,150 of which have been confirmed.",
        [(C, 2300.0, E, HG), (C, 1150.0, E, S)],
    ),
    # ...hard negatives: no confirmed part
    (
        "Officials in Osk have recorded 410 cases of the fever, and 12 people have died.",
        [(C, 410.0, E, S), (D, 12.0, E, S)],
    ),
    (
        "The outbreak in Osk has reached 510 cases since April, officials said, and 37 "
        "patients remain in hospital.",
        [(C, 510.0, E, S)],
    ),
]

# ---- 6. a part set after a preposition of inclusion or addition, or "one of the <most>",
# is no count of its own (the asserted (metric, value, bound) only)
PARTS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The toll from the Osk floods rose to 61 on Friday, including 17 people who died when "
        "a bridge gave way, officials said.",
        [(D, 61.0, E)],
    ),
    (
        "Landslides have killed 48 people in the Tarn hills since Sunday, including nine who "
        "were buried in a single hamlet.",
        [(D, 48.0, E)],
    ),
    (
        "An aftershock on Sunday killed 11 people, on top of the 52 who died in the main quake "
        "on Friday; the toll now stands at 63.",
        [(D, 63.0, E)],
    ),
    (
        "An explosion at the Harl pit killed 31 miners on Tuesday, one of the deadliest mining "
        "accidents in the region in years, and two others are missing, officials said.",
        [(D, 31.0, E)],
    ),
    (
        "Cholera has killed 26 people in the Varra camps, the aid group said, in addition to "
        "the 14 who died on the road from the border.",
        [(D, 26.0, E)],
    ),
    (
        "Hurricane Delma came ashore as a Category 4, one of the strongest storms to hit the "
        "Orla coast in a century.",
        [(H, 4.0, E)],
    ),
    # ...hard negatives: the total after "among", one of the injured who died
    (
        "The fever outbreak in the Osk valley has reached 880 cases, including 19 deaths, the "
        "health office said.",
        [(C, 880.0, E), (D, 19.0, E)],
    ),
    (
        "Among the 33 dead were 12 children, the Tarn governor said.",
        [(D, 33.0, E)],
    ),
    (
        "One of the injured died in hospital on Friday, raising the toll from the Osk blast to 8.",
        [(D, 8.0, E)],
    ),
]


# ---- 7. a fact box or table row split by bars, its labels without colons: "| dead 412 |"
BARRED_CELLS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "OSK DAM COLLAPSE, 4 MAY 1961 | dead 412 | missing 80 | homes lost about 2,000",
        [(D, 412.0, E)],
    ),
    ("TARN QUAKE | magnitude 6.1 | deaths 212 | injured 1,400", [(D, 212.0, E)]),
    ("Measles, Pell county | cases 61 | in hospital 9", [(C, 61.0, E)]),
    ("Fire update | Acres burned 14,200 | Containment 35%", [(A, 14200.0, E)]),
    # ...hard negatives: cells of no metric, and a row of prose split by a bar
    ("PELL FLOODS | missing 40 | displaced 3,000", []),
    ("The shelter in Osk holds 300 | the one in Tarn 120", []),
]


# readings still wrong, by their opening characters (strict xfails)
KNOWN_WRONG: set[str] = {
    # recall: "they now count 265" gives no count, so the older value has no newer one
    # beside it
    "Health officials in Varrow first counted 210 cases",
    # age, not this round's kind: a deed five days old whose day is a clause's of its own is
    # read as background with no other value beside it
    "Early reports said 12 people died when the Marrow Street",
    # the count's time: the second value of a gapped clause takes the first one's year, and
    # a made-up place name is read as the time
    "Cholera killed 58 people in the Selva delta in 2022",
    "Reported cases of the fever in Varrow reached 2,140",
    # a lede "A decade after X," is no anniversary label: the count in a sentence of its own
    # stays a recap beside the gathering's later news
    "A decade after the Osk dam failure",
    # the part after "of which" is found, then dropped beside its larger whole
    "Clinics in the Varra hills logged 2,300 cases",
}

_known = partial(known_wrong, wrong=KNOWN_WRONG)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        pytest.param(t, w, marks=_known(t))
        for t, w in [
            *EARLIER_SOURCES,
            *CORRECTED_PIECES,
            *CONVENTIONAL_FIGURES,
            *YEARLY_SERIES,
            *YEARS_AFTER,
            *ORDINAL_BOUNDS,
            *CONFIRMED_PARTS,
        ]
    ],
)
def test_an_older_or_withdrawn_figure_is_told_apart_from_the_current_one(
    enricher, text: str, wanted: list[tuple[str, float, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(claims(enricher, text)) == sorted(wanted)


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in [*PARTS, *BARRED_CELLS]]
)
def test_a_part_of_a_count_is_no_count_of_its_own(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)
