"""Modality, round twenty (second pass): a count dated to the past is a recap only where the
passage also tells news of a later time, about another value or story: a present or
present-perfect state, a day near publication ("on Monday", "this week", "today", "now"), a
newer value of the same count, or a current event it is compared with. Where the whole
passage is about the past event (an explainer, a history item, a newsletter, a plain
account of an old disaster with its year), the count is asserted. Every passage is written
for these tests, about made-up storms, fires, floods, outbreaks, mines and towns."""

from __future__ import annotations

import pytest
from claim_readings import claims, known_wrong

D, C, A, H = "death_toll", "confirmed_cases", "acres_burned", "hurricane_category"
E, AL, MT, AB = "exact", "at_least", "more_than", "about"
S, R = "asserted", "recap"

# (passage, every claim it gives as (metric, value, bound, modality), in any order);
# published 2024-04-05, a Friday
OWN_PASSAGES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    # ---- 1. the whole passage tells the past event: its count is asserted
    (
        "The Brannock fire of 1987 burned about 31,000 acres of pine forest. Nine people died.",
        [(A, 31000.0, AB, S), (D, 9.0, E, S)],
    ),
    (
        "About 4,200 people died in the Ostel cholera epidemic of 1866, according to the parish "
        "registers.",
        [(D, 4200.0, AB, S)],
    ),
    (
        "How bad was the Pellmore flood? In March 1937 the river rose eleven feet in a night, "
        "and 143 people died.",
        [(D, 143.0, E, S)],
    ),
    (
        "Hurricane Corliss was a Category 4 when it struck the Tamsin coast in September 1961.",
        [(H, 4.0, E, S)],
    ),
    (
        "The 1923 Varl earthquake killed more than 8,000 people in the mountain towns of the "
        "north.",
        [(D, 8000.0, MT, S)],
    ),
    (
        "In 1994 a typhoid outbreak in the garrison town of Hesk infected 612 people.",
        [(C, 612.0, E, S)],
    ),
    (
        "The Dunmoor mine explosion of 1910 killed 137 miners; the youngest was fourteen.",
        [(D, 137.0, E, S)],
    ),
    (
        "Cyclone Ortun came ashore near Kell Point on 11 May 1985 as a Category 3 and killed "
        "2,100 people.",
        [(H, 3.0, E, S), (D, 2100.0, E, S)],
    ),
    (
        "Newsletter: our grandfather survived the Holt Valley fire of 1929, which burned 60,000 "
        "acres and destroyed four villages.",
        [(A, 60000.0, E, S)],
    ),
    (
        "The Marsh Creek fire started on 2 August 2003 and burned 22,500 acres before crews "
        "contained it.",
        [(A, 22500.0, E, S)],
    ),
    (
        "According to the state archive, the 1949 polio epidemic in Dravo killed 88 children.",
        [(D, 88.0, E, S)],
    ),
    (
        "Yellow fever reached the port of Sallow in the summer of 1878 and killed about 1,900 "
        "people there.",
        [(D, 1900.0, AB, S)],
    ),
    (
        "When Hurricane Mavis struck the Belton islands in October 1954 it was a Category 2, "
        "and 37 people died.",
        [(H, 2.0, E, S), (D, 37.0, E, S)],
    ),
    (
        "The Garrow tornado of 1925 killed 71 people and injured several hundred.",
        [(D, 71.0, E, S)],
    ),
    (
        "Explainer: the Kestrel fire of 2012 burned 91,000 acres over three weeks in July and "
        "August.",
        [(A, 91000.0, E, S)],
    ),
    (
        "The influenza that swept the valley towns in the winter of 1947 killed 530 people.",
        [(D, 530.0, E, S)],
    ),
    (
        "In 2009 a dengue outbreak on the island of Tessaro infected 2,300 people and killed 14.",
        [(C, 2300.0, E, S), (D, 14.0, E, S)],
    ),
    (
        "By the time rain came in late September 1998, the Ardenne Ridge fire had burned "
        "75,000 acres.",
        [(A, 75000.0, E, S)],
    ),
    (
        "The Oriel smallpox outbreak of 1962 began with a traveller from abroad and infected 26 "
        "people before it was stopped.",
        [(C, 26.0, E, S)],
    ),
    (
        "Hurricane Lesko made landfall as a Category 5 on 3 September 1979, the strongest "
        "storm ever to strike the Kade coast.",
        [(H, 5.0, E, S)],
    ),
    (
        "The Sennet fire was started by a spark from a train on 9 July 1931. It burned about "
        "150,000 acres and killed 18 people.",
        [(A, 150000.0, AB, S), (D, 18.0, E, S)],
    ),
    (
        "Typhus killed 3,400 prisoners at the Valt camp in the winter of 1916, according to the "
        "camp's own records.",
        [(D, 3400.0, E, S)],
    ),
    (
        "Twelve years ago the Serra fire burned 48,000 acres of the coast range.",
        [(A, 48000.0, E, S)],
    ),
    (
        "The Lenning floods of June 1953 drowned farms along the whole lower valley and killed "
        "64 people.",
        [(D, 64.0, E, S)],
    ),
    # ---- 2. the passage also tells later news: the dated count is background (recap)
    (
        "The Harlow fire has burned 3,000 acres since Monday. In 2011 a fire in the same "
        "canyon burned 12,000 acres.",
        [(A, 3000.0, E, S), (A, 12000.0, E, R)],
    ),
    (
        "Measles cases in Pell County rose to 48 this week, health officials said on Tuesday. "
        "In 2017 an outbreak in the county infected 71 people.",
        [(C, 48.0, E, S), (C, 71.0, E, R)],
    ),
    (
        "Cyclone Ardo is moving toward the coast of Marra. In 1999 a cyclone killed 900 people "
        "on the same coast.",
        [(D, 900.0, E, R)],
    ),
    (
        "Floods have killed 23 people in Merrow province since Friday. The last great flood, "
        "in 1968, killed 410.",
        [(D, 23.0, E, S), (D, 410.0, E, R)],
    ),
    (
        "The Dasso fire has burned 18,000 acres. In 2020 the Weller fire burned 40,000 acres in "
        "the same hills.",
        [(A, 18000.0, E, S), (A, 40000.0, E, R)],
    ),
    (
        "Health officials on Monday confirmed 12 cases of cholera in the port of Vessa. An "
        "outbreak in 2008 infected 1,300 people in the city.",
        [(C, 12.0, E, S), (C, 1300.0, E, R)],
    ),
    (
        "The earthquake that struck Tarn on Wednesday has killed at least 60 people. A quake "
        "in 1952 killed 2,000 people in the same valley.",
        [(D, 60.0, AL, S), (D, 2000.0, E, R)],
    ),
    (
        "Hurricane Pell strengthened to a Category 4 on Thursday. The last storm to hit the "
        "islands that hard, Hurricane Dorn in 1988, killed 45 people.",
        [(H, 4.0, E, S), (D, 45.0, E, R)],
    ),
    (
        "The toll from the Ketter mine fire stands at 31, the company said today. In 1974 an "
        "explosion at the same pit killed 19 miners.",
        [(D, 31.0, E, S), (D, 19.0, E, R)],
    ),
    (
        "Dengue has infected 900 people in Orsa this year, the ministry says. In 2015 the "
        "disease infected 4,100 people there.",
        [(C, 900.0, E, S), (C, 4100.0, E, R)],
    ),
    (
        "The Brisk fire is 40 per cent contained after burning 9,000 acres. In 2018 the Cole "
        "fire burned 25,000 acres nearby.",
        [(A, 9000.0, E, S), (A, 25000.0, E, R)],
    ),
    (
        "Officials now put the toll from the floods at 74. The 1981 floods killed 200 people.",
        [(D, 74.0, E, S), (D, 200.0, E, R)],
    ),
    (
        "A wildfire near Calden forced 2,000 people from their homes on Sunday. In 1994 a fire "
        "there burned 15,000 acres.",
        [(A, 15000.0, E, R)],
    ),
    (
        "Schools in Drell closed on Monday as the flu spread. In 1957 a flu epidemic in the "
        "town killed 130 people.",
        [(D, 130.0, E, R)],
    ),
    (
        "Today the island of Mora is bracing for Cyclone Hest. Cyclone Bara, which struck the "
        "island in 2003, killed 85 people.",
        [(D, 85.0, E, R)],
    ),
    (
        "Hurricane Zell is a Category 2 storm as it nears the coast. Hurricane Oster, which hit "
        "the same coast in 1992, was a Category 4.",
        [(H, 2.0, E, S), (H, 4.0, E, R)],
    ),
    (
        "Cholera has sickened 210 people in the camps since the start of the month. An "
        "outbreak in the same camps in 2017 sickened 5,000.",
        [(C, 210.0, E, S), (C, 5000.0, E, R)],
    ),
    (
        "The toll from Tuesday's landslide in Korv rose to 47 on Thursday. A slide in 1987 "
        "killed 112 people in the same district.",
        [(D, 47.0, E, S), (D, 112.0, E, R)],
    ),
    (
        "Rain is falling on the Tolling fire this week. The fire burned 7,000 acres in 2019 "
        "before it was put out.",
        [(A, 7000.0, E, R)],
    ),
]

# readings that are still wrong (a strict xfail each), by the passage's opening words: a day
# near publication left unread; a year in an apposition; a count whose noun the verb leaves
# out
KNOWN_WRONG: list[str] = [
    "Health officials on Monday confirmed 12 c",
    "Hurricane Pell strengthened to a Category",
    "Cholera has sickened 210 people in the ca",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, marks=known_wrong(t, KNOWN_WRONG)) for t, e in OWN_PASSAGES],
)
def test_a_dated_count_is_recap_only_beside_later_news(enricher, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert sorted(claims(enricher, text)) == sorted(expected)


def test_the_known_wrong_readings_name_passages_that_exist() -> None:
    for opening in KNOWN_WRONG:
        assert any(t.startswith(opening) for t, _ in OWN_PASSAGES), opening
