"""Modality, round twenty-one: a line that names another story (a related headline under
"Related", "See also", "More:", "Most read"; "From the archive" after the story's body, where
at a passage's head it titles the passage's own item; a label line with headlines under it; a
bulleted or numbered list of other headlines; a bare headline-style line with a year of its
own set among a story's sentences) gives `other_story` counts, never asserted ones. With those
lines recognised, a past disaster's count told alone is asserted, and one told as background
to current news is a recap. Every passage is written for these tests, about made-up storms,
fires, floods, outbreaks, mines and towns."""

from __future__ import annotations

import pytest
from claim_readings import claims, known_wrong

D, C, A, H = "death_toll", "confirmed_cases", "acres_burned", "hurricane_category"
E, AL, MT, AB = "exact", "at_least", "more_than", "about"
S, R, OS = "asserted", "recap", "other_story"

# (passage, every claim it gives as (metric, value, bound, modality), in any order);
# published 2024-04-05, a Friday
OWN_PASSAGES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    # ---- 1. a labelled related line after the story's news
    (
        "Floodwaters in the Perrin valley have killed 14 people since Tuesday, officials said "
        "on Thursday.\nRelated: Perrin flood of 1987 killed 61 people",
        [(D, 14.0, E, S), (D, 61.0, E, OS)],
    ),
    (
        "The Sedge fire has burned 3,100 acres north of Amble, the forestry service said on "
        "Friday.\nSee also: How the 1952 Hallam fire burned 40,000 acres",
        [(A, 3100.0, E, S), (A, 40000.0, E, OS)],
    ),
    (
        "Cyclone Rook strengthened to a Category 2 storm on Thursday as it neared the Vell "
        "islands.\nMore: Cyclone Dova killed 230 people on the islands in 1999",
        [(H, 2.0, E, S), (D, 230.0, E, OS)],
    ),
    (
        "Health officials in Brenn have confirmed 57 cholera cases this week.\nALSO READ: "
        "Tarrow cholera outbreak of 2011 infected 3,400 people",
        [(C, 57.0, E, S), (C, 3400.0, E, OS)],
    ),
    (
        "An earthquake shook the Kelm hills on Friday morning, killing at least 6 people.\nFrom "
        "the archive: the 1968 Kelm quake that killed 410 people",
        [(D, 6.0, AL, S), (D, 410.0, E, OS)],
    ),
    (
        "Measles has infected 230 children in Orlan since January, the ministry said on "
        "Wednesday.\nMost read: measles epidemic of 1990 killed 77 children in Orlan",
        [(C, 230.0, E, S), (D, 77.0, E, OS)],
    ),
    (
        "Rain slowed the Pike fire on Thursday after it burned 2,400 acres.\nIn pictures: the "
        "1983 Velm fire that burned 18,000 acres",
        [(A, 2400.0, E, S), (A, 18000.0, E, OS)],
    ),
    (
        "A landslide buried part of Oska on Friday, and 9 people died.\nWATCH | Survivors "
        "recall the 1993 Oska landslide that killed 120 people",
        [(D, 9.0, E, S), (D, 120.0, E, OS)],
    ),
    (
        "Firefighters have contained half of the Thorn fire, which has burned 5,600 acres.\nAlso "
        "on our site: Graves fire of 2006 burned 31,000 acres",
        [(A, 5600.0, E, S), (A, 31000.0, E, OS)],
    ),
    (
        "Dengue has infected 1,150 people in Marra this year, officials said on Friday. "
        "(Related: 2009 Essel outbreak infected 12,000 people)",
        [(C, 1150.0, E, S), (C, 12000.0, E, OS)],
    ),
    # ---- 2. a label on a line of its own, other headlines under it
    (
        "The floods in Bram have killed 17 people, the governor said on Friday.\nRelated "
        "stories\nBram dam burst of 1979 killed 300 people\nHurricane Tessel was a Category 5 "
        "in 1988",
        [(D, 17.0, E, S), (D, 300.0, E, OS), (H, 5.0, E, OS)],
    ),
    (
        "The Lark fire has burned 900 acres since Wednesday.\nMORE ON THIS STORY\n1996 Lark "
        "fire burned 18,000 acres\nLark valley floods of 2002 killed 26 people",
        [(A, 900.0, E, S), (A, 18000.0, E, OS), (D, 26.0, E, OS)],
    ),
    (
        "A gas blast at the Ferrin colliery killed 4 miners on Thursday.\nFrom our archive\n"
        "Ferrin mine blast of 1931 killed 92 miners",
        [(D, 4.0, E, S), (D, 92.0, E, OS)],
    ),
    (
        "Typhus has infected 44 people in the Corve camps this month.\nRead more\nHow the "
        "Marden epidemic of 1918 killed 2,000 people",
        [(C, 44.0, E, S), (D, 2000.0, E, OS)],
    ),
    (
        "Storm Hale has killed 8 people in the Dale islands, police said on Friday.\nYou may "
        "also like\nThe 1985 Cardle flood killed 75 people",
        [(D, 8.0, E, S), (D, 75.0, E, OS)],
    ),
    # ---- 3. bulleted and numbered lists of other headlines
    (
        "The Dorrow fire has burned 2,700 acres, the county said on Friday.\nMORE ON WILDFIRES"
        "\n\u2022 1996 Lark fire burned 18,000 acres\n\u2022 Caddo floods of 2008 killed 19 "
        "people",
        [(A, 2700.0, E, S), (A, 18000.0, E, OS), (D, 19.0, E, OS)],
    ),
    (
        "Crews have contained 60 per cent of the Sorrel fire, which has burned 4,200 acres."
        "\n\u2022 Dunhill fire of 2015 burned 12,000 acres\n\u2022 Caddo flood of 2008 killed "
        "19 people",
        [(A, 4200.0, E, S), (A, 12000.0, E, OS), (D, 19.0, E, OS)],
    ),
    (
        "Cholera has sickened 310 people in Haddon this month, the ministry says.\n- Haddon "
        "cholera epidemic of 1972 killed 540 people\n- Vessa typhoid outbreak of 1990 "
        "infected 2,300 people",
        [(C, 310.0, E, S), (D, 540.0, E, OS), (C, 2300.0, E, OS)],
    ),
    (
        "Hurricane Nessa became a Category 3 storm on Thursday night.\nMost read\n1. Hurricane "
        "Brill was a Category 4 in 1979\n2. Storm of 1938 killed 600 people on the Fell coast",
        [(H, 3.0, E, S), (H, 4.0, E, OS), (D, 600.0, E, OS)],
    ),
    (
        "Rescuers have found 21 bodies in the mud at Tull since Monday.\n\u25ba Tull mudslide "
        "of 1970 killed 140 people\n\u25ba Floods of 1999 killed 33 people in Anst",
        [(D, 21.0, E, S), (D, 140.0, E, OS), (D, 33.0, E, OS)],
    ),
    # ---- 4. a bare headline-style line with a year of its own, another story's
    (
        "The landslide near Orm has killed 11 people, police said on Friday.\nOrm valley "
        "landslide of 1974 killed 140 people",
        [(D, 11.0, E, S), (D, 140.0, E, OS)],
    ),
    (
        "Health officials in Vessa have confirmed 48 cases of cholera this week.\nVessa cholera "
        "epidemic of 1991 infected 9,000 people\nThe ministry said on Thursday it was sending "
        "doctors to the coast.",
        [(C, 48.0, E, S), (C, 9000.0, E, OS)],
    ),
    (
        "Aftershocks rattled the Tarn hills on Friday after a quake killed 5 people there.\n"
        "Quake Of 1977 Killed 350 In Tarn Hills",
        [(D, 5.0, E, S), (D, 350.0, E, OS)],
    ),
    (
        "The Alder fire grew to 1,800 acres overnight, fire officials said on Friday.\n"
        "Remembering The 1961 Holm Flood That Killed 300",
        [(A, 1800.0, E, S), (D, 300.0, E, OS)],
    ),
    (
        "Typhoid has infected 66 people in Rell since March, the clinic said on Thursday.\n"
        "2004: typhoid outbreak in Rell infected 1,400 people",
        [(C, 66.0, E, S), (C, 1400.0, E, OS)],
    ),
    (
        "Officials said on Friday that 3 people had died in the Cass floods.\nALSO READ: 1999 "
        "Tarl mine fire killed 44 miners\nRescuers said the river was still rising.",
        [(D, 3.0, E, S), (D, 44.0, E, OS)],
    ),
    # ---- 5. a past count told alone: asserted
    (
        "In 1962, a cholera epidemic in Selvan killed 340 people.",
        [(D, 340.0, E, S)],
    ),
    (
        "The Hollin flood of 1953 killed 212 people.",
        [(D, 212.0, E, S)],
    ),
    (
        "What was the Great Tarrow Fire? It started on 4 September 1911 and burned 120,000 acres.",
        [(A, 120000.0, E, S)],
    ),
    (
        "Fifty years ago, Cyclone Mera struck the Dalt coast as a Category 4 storm and killed "
        "1,300 people.",
        [(H, 4.0, E, S), (D, 1300.0, E, S)],
    ),
    (
        "Remembering the 1971 Pell mine disaster that killed 64 miners",
        [(D, 64.0, E, S)],
    ),
    (
        "Sixty years on, Ardle remembers its flood\nThe river broke its banks in March 1964 and "
        "97 people died.",
        [(D, 97.0, E, S)],
    ),
    (
        "The Grell mine explosion in November 1938 killed 58 miners.",
        [(D, 58.0, E, S)],
    ),
    (
        "The Ness fire of 1957 burned roughly 8,000 hectares (about 19,800 acres) of pine.",
        [(A, 19800.0, AB, S)],
    ),
    (
        "A history of Tarn: in 1847 cholera killed 1,100 of its people.",
        [(D, 1100.0, E, S)],
    ),
    # ---- 6. a past count told as background to current news: recap
    (
        "The Tessa fire has burned 8,000 acres since Sunday. The 1994 Tessa fire burned 30,000 "
        "acres in the same hills.",
        [(A, 8000.0, E, S), (A, 30000.0, E, R)],
    ),
    (
        "Cholera has infected 320 people in Darn this month, officials said on Thursday. In "
        "1998 the disease infected 6,000 people there.",
        [(C, 320.0, E, S), (C, 6000.0, E, R)],
    ),
    (
        "Hurricane Iver strengthened to a Category 3 storm on Thursday. In 2005 Hurricane Pell "
        "hit the same shore as a Category 5.",
        [(H, 3.0, E, S), (H, 5.0, E, R)],
    ),
    (
        "Floods have killed 23 people in Morra this week. Floods in 1977 killed 180 people there.",
        [(D, 23.0, E, S), (D, 180.0, E, R)],
    ),
    (
        "The Varn river is rising again this week. When it last flooded, in 1996, it killed 31 "
        "people.",
        [(D, 31.0, E, R)],
    ),
    # ---- 7. the story's own lines in the same shapes: asserted
    (
        "Wildfire forces evacuations in Kestle\n\u2022 The Kestle fire has burned 6,500 acres"
        "\n\u2022 Two firefighters have died",
        [(A, 6500.0, E, S), (D, 2.0, E, S)],
    ),
    (
        "Flood Kills 12 In Tarley Valley\nRescuers searched the river banks on Friday for "
        "more survivors.",
        [(D, 12.0, E, S)],
    ),
    (
        "UPDATE: The toll from the Hesk landslide rose to 31 on Friday.",
        [(D, 31.0, E, S)],
    ),
    (
        "What we know:\n- At least 40 people have died in the Dorr floods\n- 2,000 homes are "
        "under water",
        [(D, 40.0, AL, S)],
    ),
    (
        "Cholera in the Sabe camps: 140 cases confirmed this week\nAid groups say the outbreak "
        "is spreading.",
        [(C, 140.0, E, S)],
    ),
    (
        "From the archive: in 1953 the Hollin flood killed 212 people in the lower town.",
        [(D, 212.0, E, S)],
    ),
    (
        "In pictures: the Sedge fire, which has burned 3,100 acres since Monday",
        [(A, 3100.0, E, S)],
    ),
    # ---- 8. a past story told alone, other stories' lines after it
    (
        "The Hollin flood of 1953 killed 212 people.\nRelated: Hollin dam of 1959 burst and "
        "killed 80 people",
        [(D, 212.0, E, S), (D, 80.0, E, OS)],
    ),
    (
        "Seventy years ago the Brisk mine explosion killed 163 miners.\nMore from our archive"
        "\n\u2022 Pell pit fire of 1961 killed 40 miners\n\u2022 Kelso colliery flood of 1925 "
        "killed 75 miners",
        [(D, 163.0, E, S), (D, 40.0, E, OS), (D, 75.0, E, OS)],
    ),
    (
        "The Marn fire of 1987 burned 60,000 acres and destroyed two towns.\nSee also: Sarro "
        "fire burned 11,000 acres in 1999",
        [(A, 60000.0, E, S), (A, 11000.0, E, OS)],
    ),
    (
        "The 1957 influenza epidemic killed 900 people in the port of Cassel.\nCassel cholera "
        "epidemic of 1849 killed 2,500 people",
        [(D, 900.0, E, S), (D, 2500.0, E, OS)],
    ),
    (
        "Hurricane Ilse was a Category 4 storm when it struck Barrow Island in 1972.\nMost "
        "read: Hurricane Vane was a Category 5 in 1980",
        [(H, 4.0, E, S), (H, 5.0, E, OS)],
    ),
    (
        "The Tolley quake of 1931 killed 256 people, the town museum's records show.\nALSO "
        "READ | Tolley floods of 1935 killed 40 people",
        [(D, 256.0, E, S), (D, 40.0, E, OS)],
    ),
    (
        "The Dunmere epidemic of 1910 infected 3,300 people.\n1. Ward fire of 1921 burned 9,000 "
        "acres\n2. Ward floods of 1930 killed 18 people",
        [(C, 3300.0, E, S), (A, 9000.0, E, OS), (D, 18.0, E, OS)],
    ),
    # ---- a label made only of pointer words ("Listen next", "Watch next", "Coming up
    # next", "See more") before a quoted title: a podcast's or channel's next item
    (
        "The Farrow mine explosion of 1909 killed 168 men, the county history records. Listen "
        "next: 'Two hundred dead by noon': the Corran pit disaster, 12 May 1912 (40 min)",
        [(D, 168.0, E, S), (D, 200.0, E, OS)],
    ),
    (
        "The Lissom fire of 1936 burned 52,000 acres in four days. Watch next: 'Half a million "
        "acres in a week': the great Brack burn of 1910 (22 min)",
        [(A, 52000.0, E, S), (A, 500000.0, E, OS)],
    ),
    (
        "Typhoon Marra killed 310 people on the Dell islands in 1961. Coming up next: 'A "
        "thousand deaths and no warning': remembering the 1934 storm",
        [(D, 310.0, E, S), (D, 1000.0, E, OS)],
    ),
    (
        "The Arlow flu of 1957 killed 2,100 people in the province. See more: 'Forty thousand "
        "dead in a month': the Arlow flu of 1918",
        [(D, 2100.0, E, S), (D, 40000.0, E, OS)],
    ),
]

# readings that are still wrong (a strict xfail each), by the passage's opening words
KNOWN_WRONG: list[str] = []


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, marks=known_wrong(t, KNOWN_WRONG)) for t, e in OWN_PASSAGES],
)
def test_another_storys_line_is_never_asserted_and_a_lone_past_count_is(  # type: ignore[no-untyped-def]
    enricher, text, expected
) -> None:
    assert sorted(claims(enricher, text)) == sorted(expected)


def test_the_known_wrong_readings_name_passages_that_exist() -> None:
    for opening in KNOWN_WRONG:
        assert any(t.startswith(opening) for t, _ in OWN_PASSAGES), opening
