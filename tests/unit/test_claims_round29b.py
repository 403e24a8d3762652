"""Claims of round twenty-nine (b), from kinds that recur in sets read unseen (dev25 to
dev36 at the rounds they were held out), each tried on fresh wording before any rule.

A smaller part of a toll told after it recurs in every outlet's voice, and the rules had
known it one wording at a time ("at the scene", "Massachusetts alone"). What makes a figure
a part is its own clause, whatever the place, time or group: a clause of a place ("Seville,
where 40 died"), "alone" on a place of its clause ("In Marash alone the dead numbered
1,450"), a share of the dead with no number ("Eleven of the dead were skiers"), the rest of
the whole told beside it ("41 died inside, the rest in hospital"). Such a figure is a part
only of a whole told before it, and only of an asserted one: a toll feared ("may have
died") leaves the count of one place its own, and "the rest" that another phrase takes
("the search for the rest") is the rest of the missing, not of the dead. A night's toll
with its own share told after it ("killed 28 people overnight, 19 of them in Brandt") is
the whole the share is taken from, no day's increment, unless the passage tells a larger
count of it.

A batch found late or added to a count (a review's or an audit's find, a backlog) is
told with the count it went into, and is no count itself: its verb adds it ("after adding
210 cases", "a backlog of 300 cases was added"), or its noun is described as found late
or left out before ("cases found in a review", "deaths that had not been counted"). It is
a part only of a larger count of the same thing told near it; a find told alone stands.

A storm's category told of a time before the news is a recap in more shapes than the
relative clause: an apposition a "when" clause dates, which the parser may hang on the
storm's name, and a sentence the next one moves on from ("came ashore as a Category 3 on
Tuesday. It has since weakened to a tropical storm"), though no newer category is given.

A timeline whose entries open with an hour, a weekday or a week ("06:15 Police say 12
dead / 09:40 Toll rises to 19") gives one count: the latest entry's, in whichever order the
entries run; the rules knew only entries dated by a day of the month.

A figure only a post, a video or a rumour tells ("A viral clip claims the fire has burned
200,000 acres") is hedged, whatever else the passage counts; a message someone owns ("the
governor's message said") is that someone's word.

A count of an earlier season beside this one's is that season's (recap) not only when a
label names the season ("Last season's totals: 777 cases"): the season may be the subject
of the figure's verb or hold it ("Last season's biggest blaze burned 41,000 acres"), and
figures one verb tells of one earlier year go together ("In 2024 the country recorded
9,800 cases and 41 deaths"): the deaths are 2024's though no later death count is given.

Every passage is written for these tests, about made-up places."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, known_wrong

D, C, A = "death_toll", "confirmed_cases", "acres_burned"
E = "exact"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG = [
    # a source told with a participle after it ("A video circulating online claims")
    "A video circulating online claims",
    # a toll told in a relative clause on the noun a batch is added to is not read
    "Radio transcript: ...and the health ministry says it has added 96",
    # a later place's own toll ("12 more") after a whole is not read
    "Floods killed 40 people in Dorva",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)

# (passage, every asserted claim it gives as (metric, value, bound), in any order)
PARTS_TOLD_AFTER: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Floods across Andalor have killed 95 people, the regional government said on "
        "Friday. The worst-hit city was Sevra, where 40 died when the river burst its banks.",
        [(D, 95.0, E)],
    ),
    (
        "The earthquake killed 3,200 people across the region, officials said. In Marash "
        "alone the dead numbered 1,450.",
        [(D, 3200.0, E)],
    ),
    (
        "A fire at the Tarvel textile factory killed 57 people. Forty-one died inside the "
        "building, the rest in hospital over the following week.",
        [(D, 57.0, E)],
    ),
    (
        "KELSO, April 4 (Wire) - Storms killed 28 people across the state overnight, 19 of "
        "them in the town of Brandt, where a tornado flattened a trailer park.",
        [(D, 28.0, E)],
    ),
    (
        "Live: The death toll from the Ferrin dam collapse has reached 210. 09:14 - Most "
        "victims were in the lower valley; Orna village alone lost 86 residents.",
        [(D, 210.0, E)],
    ),
    (
        "Heatwave deaths hit 1,120 in Lassia this summer, the statistics office said. In the "
        "capital the toll was 430, more than a third of the total.",
        [(D, 1120.0, E)],
    ),
    (
        "The night crush at the Omen festival left 74 people dead. Most died between 1 a.m. "
        "and 3 a.m., when 52 were trampled near the east gate.",
        [(D, 74.0, E)],
    ),
    (
        "Avalanche kills 16 in Veltra valley | Eleven of the dead were skiers on a closed "
        "piste, police said.",
        [(D, 16.0, E)],
    ),
    (
        "Radio Norte, transcript: ...the collapse has now claimed 33 lives. Twenty of those "
        "died in the first hour, the fire chief told us.",
        [(D, 33.0, E)],
    ),
    (
        "The bus crash on the Tarsk pass killed 23 people. Nine of the victims were children "
        "returning from a school trip, the governor said.",
        [(D, 23.0, E)],
    ),
    (
        "10:02 Toll rises to 48\n10:40 At least 30 of the dead were pilgrims from Ostra, the "
        "interior ministry says.",
        [(D, 48.0, E)],
    ),
    (
        "The heatwave has killed 2,300 people nationwide, the health ministry said. The "
        "capital alone recorded 900 deaths.",
        [(D, 2300.0, E)],
    ),
    (
        "HEADLINE: Flood toll in Kerrin climbs to 71\nMost of the victims lived in Lowtown, "
        "where 52 died when the levee gave way before dawn.",
        [(D, 71.0, E)],
    ),
    (
        "The gas explosion killed 19 people, the fire service said. Twelve died in the blast "
        "itself; the rest were pulled from the rubble and died on the way to hospital.",
        [(D, 19.0, E)],
    ),
    # ...hard negatives: a night's toll beside a larger one told before it; a whole only
    # feared; the rest of the missing; another place's toll
    (
        "The storm toll rose to 140 on Thursday. Storms killed 28 people overnight, 19 of "
        "them in Brandt.",
        [(D, 140.0, E)],
    ),
    (
        "Officials fear as many as 500 people may have died. In Arlo, where the river burst "
        "its banks, rescuers have recovered 62 bodies.",
        [(D, 62.0, E)],
    ),
    (
        "All 52 people on the plane are presumed dead. Searchers have recovered 30 bodies, "
        "and the hunt for the rest continues.",
        [(D, 30.0, E)],
    ),
    (
        "Floods killed 40 people in Dorva province this week. In neighbouring Kestel, a "
        "landslide killed 12 more on Thursday.",
        [(D, 40.0, E), (D, 12.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in PARTS_TOLD_AFTER]
)
def test_a_part_its_own_clause_tells_is_no_toll_beside_an_earlier_whole(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text)) == sorted(wanted)


# (passage, every asserted claim it gives): a count of an earlier season or year beside
# this one's is that season's (recap), whether the season is the subject ("The previous
# season ended with 12,700 cases"), holds the subject ("Last season's biggest blaze ...
# burned 41,000 acres"), or dates a verb another figure shares ("In 2024 the country
# recorded 9,800 cases and 41 deaths", beside 2025's cases only)
EARLIER_SEASONS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The Pell fire, which began on Tuesday, has burned 8,200 acres. Last season's "
        "biggest blaze, the Arno fire, burned 41,000 acres.",
        [(A, 8200.0, E)],
    ),
    (
        "Dengue cases in Arvenia have reached 6,100, the ministry said. The previous season "
        "ended with 12,700 cases.",
        [(C, 6100.0, E)],
    ),
    (
        "Measles, Kelvar, 2025 so far: 3,400 confirmed cases. In 2024 the country recorded "
        "9,800 cases and 41 deaths.",
        [(C, 3400.0, E)],
    ),
    (
        "Cyclone Orla, which struck the coast as a Category 3 storm on Monday, has killed 12 "
        "people in Vantor province.",
        [(D, 12.0, E)],
    ),
    (
        "Timeline\n2019: an outbreak kills 230 people\n2021: a second wave kills 88\nToday: "
        "14 confirmed cases reported in Ostre",
        [(C, 14.0, E)],
    ),
    (
        "The mine blast killed 9 workers. It was the deadliest accident in the region since "
        "2008, when a gas explosion at the same pit killed 31 miners.",
        [(D, 9.0, E)],
    ),
    (
        "Cholera, Ruvala province, this year: 820 cases. The previous year closed with 2,100 "
        "cases and 64 deaths.",
        [(C, 820.0, E)],
    ),
    (
        "Live updates: The Sorrel fire has grown to 15,400 acres. 11:05 Last year's largest "
        "fire, the Dunmore fire, scorched 61,000 acres before rain put it out.",
        [(A, 15400.0, E)],
    ),
    (
        "Dengue has killed 19 people in Port Anva since January, health officials said. Last "
        "season's epidemic killed 212.",
        [(D, 19.0, E)],
    ),
    # ...hard negatives: this year's figure told beside an earlier year's; a figure of a
    # later year the earlier one's verb does not tell
    (
        "In 2024 the outbreak in Telvar killed 14 people, and this year it has already killed 31.",
        [(D, 31.0, E)],
    ),
    (
        "Measles, Kessin, 2025 so far: 1,200 cases and 9 deaths. In 2024 the country "
        "recorded 3,300 cases.",
        [(C, 1200.0, E), (D, 9.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in EARLIER_SEASONS]
)
def test_an_earlier_seasons_count_beside_this_ones_is_a_recap(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


# (passage, every asserted claim it gives): a batch added to a count is no count itself
BATCHES_ADDED: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Health officials in Varda now count 912 confirmed measles cases. A records audit "
        "turned up 58 cases that had gone unreported in March.",
        [(C, 912.0, E)],
    ),
    (
        "The ministry revised its cholera count to 1,340 confirmed cases after adding 210 "
        "cases found in a review of clinic logs.",
        [(C, 1340.0, E)],
    ),
    (
        "Dengue, Pelora region: 4,410 confirmed cases so far this year. A backlog of 300 "
        "cases from rural labs was added to the count on Friday.",
        [(C, 4410.0, E)],
    ),
    (
        "Officials raised the storm's death toll to 64 after a review identified 17 deaths "
        "that had not been counted.",
        [(D, 64.0, E)],
    ),
    (
        "Kessel reports 77 new cases of mpox, bringing its total to 1,203. Of the new cases, "
        "40 were found in a retrospective review.",
        [(C, 1203.0, E)],
    ),
    (
        "The recount found 22 more bodies in the debris, the governor said; the toll from "
        "the blast now stands at 131.",
        [(D, 131.0, E)],
    ),
    (
        "Radio transcript: ...and the health ministry says it has added 96 deaths from "
        "private hospitals to the death toll, which now stands at 1,020.",
        [(D, 1020.0, E)],
    ),
    (
        "Cholera tally jumps to 3,210 cases | The jump includes 1,400 cases identified by a "
        "late audit in Borra district.",
        [(C, 3210.0, E)],
    ),
    (
        "Cholera cases in Lusara reached 2,480 on Thursday, the ministry said, among them 130 "
        "cases that had not been reported by district clinics.",
        [(C, 2480.0, E)],
    ),
    # ...hard negatives: a find told with no larger count beside it
    ("Health officials have identified 45 cases of measles in Rovo county.", [(C, 45.0, E)]),
    (
        "The audit found that 400 cases had been confirmed by the national laboratory.",
        [(C, 400.0, E)],
    ),
    (
        "Divers found 14 bodies in the hull of the ferry, the coast guard said.",
        [(D, 14.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in BATCHES_ADDED]
)
def test_a_batch_added_to_a_count_is_no_count_beside_it(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


H = "hurricane_category"

# (passage, every asserted claim it gives): a storm's category told of a time before the
# news (its landfall, its peak) is a recap beside the news, whatever the shape: a relative
# clause, an apposition a "when" clause dates (which the parser may hang on the storm's
# name), or a sentence the next one moves on from ("It has since weakened to a tropical
# storm"), though no newer category is given
CATEGORIES_BEFORE: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Storm Ferra toll climbs to 17 | Ferra, which slammed into Puerto Alva as a Category "
        "3 hurricane late on Monday, has left 17 people dead, civil defence said.",
        [(D, 17.0, E)],
    ),
    (
        "Hurricane Ombra, a Category 2 storm when it crossed the Kessin keys overnight, has "
        "killed four people on the islands, police said.",
        [(D, 4.0, E)],
    ),
    (
        "Typhoon Rilo, which had peaked as a Category 5 east of the islands, weakened to a "
        "Category 2 before landfall in Tarsa, forecasters said.",
        [(H, 2.0, E)],
    ),
    (
        "BRIEFING: Cyclone Amba came ashore near Port Velin as a Category 3 on Tuesday. It "
        "has since weakened to a tropical storm; the disaster office counts 9 dead.",
        [(D, 9.0, E)],
    ),
    (
        "Live, 14:10 - Hurricane Dessa is now a Category 4 with winds of 215 km/h, the "
        "hurricane centre says. It was a Category 1 only yesterday morning.",
        [(H, 4.0, E)],
    ),
    (
        "Flooding from the remnants of Hurricane Calla, which struck Varna Bay as a Category "
        "1 last week, has killed 11 people inland, officials said.",
        [(D, 11.0, E)],
    ),
    # ...hard negatives: the category now
    (
        "Hurricane Tessa strengthened to a Category 4 storm overnight as it churned toward "
        "the Arlo coast, forecasters said.",
        [(H, 4.0, E)],
    ),
    (
        "Typhoon Merit, now a Category 3, is expected to make landfall in the northern "
        "provinces on Friday.",
        [(H, 3.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in CATEGORIES_BEFORE]
)
def test_a_category_told_of_a_time_before_the_news_is_a_recap(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


# (passage, every asserted claim it gives): of a count told in the entries of a timeline
# labelled by hour, weekday or week, only the latest entry's stands
TIMELINES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Ostrel floods, live\n06:15 Police say 12 dead\n09:40 Toll rises to 19\n13:05 The "
        "regional governor now puts the toll at 27",
        [(D, 27.0, E)],
    ),
    ("Day by day\nMon: 4 dead\nTue: 9 dead, 3 missing\nWed: 15 dead", [(D, 15.0, E)]),
    (
        "LIVE | 08:00 The toll is 31. | 11:30 Rescuers pull two more bodies from the hotel; "
        "the toll now stands at 33.",
        [(D, 33.0, E)],
    ),
    (
        "Latest first\n13:05 Toll reaches 27\n09:40 Toll rises to 19\n06:15 Police report 12 dead",
        [(D, 27.0, E)],
    ),
    (
        "Epi week 14: 220 confirmed cases\nEpi week 15: 265 confirmed cases\nEpi week 16: "
        "301 confirmed cases",
        [(C, 301.0, E)],
    ),
    (
        "Cholera in Marsa, week by week: week 30, 212 cases; week 31, 340 cases; week 32, "
        "515 cases.",
        [(C, 515.0, E)],
    ),
    # ...hard negatives: one entry alone; entries telling different counts
    ("14:20 Rescuers say 8 people died when the footbridge gave way.", [(D, 8.0, E)]),
    (
        "09:10 The fire has burned 2,300 acres.\n10:45 Police confirm 2 deaths in Arlo.",
        [(A, 2300.0, E), (D, 2.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in TIMELINES]
)
def test_a_timeline_by_hour_weekday_or_week_gives_its_latest_entrys_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


# (passage, every asserted claim it gives): a figure a post, a video or a rumour tells is
# no asserted count
UNVERIFIED: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "FACT CHECK: A post shared 40,000 times says the Ardel dam collapse killed 3,000 "
        "people. Officials have confirmed 41 deaths.",
        [(D, 41.0, E)],
    ),
    (
        "A viral clip claims the Teslin fire has burned 200,000 acres. The forest service "
        "puts it at 18,500 acres.",
        [(A, 18500.0, E)],
    ),
    (
        "A video circulating online claims 900 people died in the stadium crush; police say "
        "23 were killed.",
        [(D, 23.0, E)],
    ),
    (
        "Rumours on messaging apps that 500 people died in the stadium crush are false, "
        "police said; 23 people were killed.",
        [(D, 23.0, E)],
    ),
    # ...hard negatives: a message someone owns, an authority's post
    ("The governor's message said 12 people had died in the floods.", [(D, 12.0, E)]),
    ("The ministry said in a post on X that 41 people had died.", [(D, 41.0, E)]),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in UNVERIFIED]
)
def test_a_figure_only_a_post_or_a_rumour_tells_is_not_asserted(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


# (passage, every asserted claim it gives): kinds the code already read right in fresh
# wording, kept as guards: people's own estimates are hedged beside the official count, and
# the homeless, the missing, the injured and the displaced are no dead
ALREADY_RIGHT: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "The landslide killed 42 people, the government said. Local residents believe as "
        "many as 200 may have died.",
        [(D, 42.0, E)],
    ),
    (
        "Officials confirmed 18 deaths. Aid groups estimate the real toll could be closer to 300.",
        [(D, 18.0, E)],
    ),
    (
        "The ministry confirmed 27 deaths. Residents say the true number is much higher, "
        "perhaps 90.",
        [(D, 27.0, E)],
    ),
    (
        "A local priest told us he believes at least 60 people were buried in the mudslide. "
        "Police have confirmed 22 deaths.",
        [(D, 22.0, E)],
    ),
    (
        "Some experts estimate the fire could eventually burn 50,000 acres. It has burned "
        "12,300 acres so far.",
        [(A, 12300.0, E)],
    ),
    (
        "The flood killed 31 people in Tarsa; 2,400 people were left homeless and 17 are "
        "still missing.",
        [(D, 31.0, E)],
    ),
    (
        "The quake left 6,000 people homeless in Brava and injured 340; nobody was killed, "
        "officials said.",
        [],
    ),
    (
        "Monsoon rains have displaced 52,000 people in the Kerr delta. At least 8 people "
        "have died.",
        [(D, 8.0, "at_least")],
    ),
    ("Some 3,100 people lost their homes in the fire, which killed two residents.", [(D, 2.0, E)]),
    ("Tally, 8 p.m.: 23 dead, 104 injured, 11 missing, 2,300 evacuated.", [(D, 23.0, E)]),
    (
        "The storm has displaced 86,000 people across three provinces; no deaths have been "
        "reported.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ALREADY_RIGHT)
def test_estimates_and_other_fates_stay_apart_from_the_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)
