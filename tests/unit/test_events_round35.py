"""Events, round 35: our own passages, written fresh for kinds of error that recur across the
unseen sets, after dev45 and dev46 were opened.

What the round taught, in plain words:
- A state's army taking a town no map knows, in a passage that names no land for it, was
  read as "government forces" (the army at home) since 1950, though the passage names the
  other state's army losing it: "Indian units fell back in disorder" (tx041), "the South
  Korean 6th Division ... fell back" (tq011), "400 Pakistani soldiers were taken prisoner"
  (tt041), "the last significant Eritrean position" (tx040), "451 years of Portuguese rule"
  (tl047): a war between states, fought in the loser's land. Four of ten fresh passages were
  read wrong before, none after. An army giving up another place it names ("Russian units
  abandoned Izium", u059) tells of that place only (an occupier leaving), and a town taken
  back ("retook", whose lemma the tagger leaves "retook") is the taker's own.
- A dispatch dated in its opening a day or so before the paper printed it ("PONCE, Porto
  Rico, July 28. - ... entered Ponce this morning", tw041; "Statement of the TNLA, 15
  December (unofficial translation): ... at 2 p.m. today", tx012) had its "today", "this
  morning", "yesterday" read against the paper's day, one day late; every such opening in
  the dev sets (c038, i012, tm031, tp036, tr041, tw072 too) dates its events by itself. Its
  day now stands for "today" (up to three days before publication); five of six fresh
  passages were dated a day late before, none after, and a label naming a day long past
  ("Our correspondent writes, 2 May:") or no dateline still reads the paper's day.
- A capture the taker claims is left hedged when the next sentence gives the other side's
  account, but only some wordings of that account were read: "the insurgents had been
  pushed back overnight and ... the city 'is not in their hands'" (tx063), "denied the valley
  had fallen" (tw096, f024), "Moscow denied that its soldiers were in the town" (uc020) left
  the claim asserted (six of six fresh passages). The attackers driven back or out (in the
  passive: "their fighters had driven out the police" confirms), the place said not to be
  in their hands or under their control, their presence in it denied, a valley's, province's
  or district's fall denied, and the attackers "stopped" or "halted" (not at another place
  named) now leave it hedged. Still wrong: uc057's "its forces had stopped the rebels at
  Massaguet", the place itself named after "at", after a capture told directly.
- A mission's act told once with its day and again with none ("US suspends embassy in
  Kabul, moves diplomats to Doha | Blinken said on Monday the United States had suspended
  ...", tw036; "Why Canberra shut its Kabul embassy", th037) was read twice, the second time
  on the publication day: a false alert on a day nothing happened. As round 16 read for
  captures, the undated telling is the same act, on the told day (three of four fresh
  passages read twice before, none after). An act "today" beside an older one stays.
  Still wrong: "Spanish staff left Khartoum by road on Saturday night" is read as no
  evacuation, so the live blog's undated "Spain has evacuated its embassy" keeps the day
  of publication.
- "Earlier on Saturday they seized Sharana and Asadabad" (tw007, to011; "earlier in the
  day", ts037): "earlier" made the act a recap, though it names the news day itself: six
  captures missed in three sets, and four of five fresh passages. "Earlier" bound to a day
  that is not old ("on Sunday", "in the day", "that day", "this afternoon") no longer makes
  the act told by its own verb a recap, and "earlier that day" / "earlier in the day" take
  the day of the sentence before, as "later that day" did. "Earlier this year" and "had
  earlier captured" stay recaps. Still wrong: "Earlier this afternoon the Taliban captured
  Aybak" under a live blog's "16:20" stays a recap.
- Troops or aircraft sent so that embassy staff can leave are an evacuation to come, not
  one done: "sending 600 troops to Kabul to help British nationals and embassy staff leave"
  (tw034: the parser hangs "leave" with its own subject as a clause of "help", where round
  21 read only the bare infinitive) and "flying in 3,000 troops to help bring most of its
  embassy staff out" (te010: the flying itself was read as the evacuation) were read
  asserted (four of five fresh passages). "Help" with a subject and a bare verb is read as
  its bare infinitive was, and troops or aircraft flown or sent with an infinitive of
  purpose make the act an aim. Staff flown out, or troops that helped them leave, stay
  news. Still wrong: "deployed paratroopers to Niamey to help its embassy staff get out"
  is read as no event at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import (
    check_captures,
    check_embassy_events,
    check_hedged_captures,
    known_miss,
)

# (passage, publication day, the asserted captures exactly, as (place, taker, ISO day or None))
LOSERS_LAND: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "NEW DELHI, Dec. 9 - Indian troops captured the border town of Varshadi on Tuesday after "
        "its Pakistani defenders withdrew under shelling, an army spokesman said.",
        date(1971, 12, 9),
        [("Varshadi", "Indian forces", "1971-12-07")],
    ),
    (
        "Ethiopian soldiers pushed into Tsorona-Bet on Monday, the last Eritrean position on the "
        "western front, state radio said.",
        date(2000, 5, 23),
        [("Tsorona-Bet", "Ethiopian forces", "2000-05-22")],
    ),
    (
        "14:05 Chinese troops entered the town of Lumtang overnight, a correspondent reports. "
        "Indian units fell back overnight towards the pass.",
        date(1962, 11, 20),
        [("Lumtang", "Chinese forces", "1962-11-20")],
    ),
    (
        "North Korean forces take Chonui\nSouth Korean units withdrew from the town on Tuesday "
        "after two days of shelling.",
        date(1950, 7, 5),
        [("Chonui", "North Korean forces", None)],
    ),
    (
        "CORRESPONDENT: Thai troops took the border town of Chong Sangam this morning. About 200 "
        "Cambodian soldiers were taken prisoner, the army says.",
        date(2011, 2, 7),
        [("Chong Sangam", "Thai forces", "2011-02-07")],
    ),
    (
        "Fifty years ago today, Indian paratroopers dropped on Tangail and entered Kaliakoir, "
        "where the Pakistani garrison surrendered without a fight.",
        date(2021, 12, 11),
        [("Kaliakoir", "Indian forces", "1971-12-11")],
    ),
    # --- hard negatives: the army's own land ------------------------------------------------
    (
        "Ukrainian troops retook Zavody-Sloboda on Monday after Russian units withdrew, the "
        "general staff said.",
        date(2023, 6, 13),
        [("Zavody-Sloboda", "government forces", "2023-06-12")],
    ),
    (
        "Iraqi troops recaptured the town of Umm Hasrah from Iranian forces on Friday, Baghdad "
        "radio said.",
        date(1987, 4, 11),
        [("Umm Hasrah", "government forces", "1987-04-10")],
    ),
    (
        "Sudanese army troops entered Wad Sulaim on Tuesday after RSF fighters withdrew, a "
        "military source said.",
        date(2024, 10, 2),
        [("Wad Sulaim", "government forces", "2024-10-01")],
    ),
    (
        "Malian troops, backed by French soldiers, entered Tessaguine on Monday, a French "
        "military spokesman said.",
        date(2013, 2, 5),
        [("Tessaguine", "government forces", "2013-02-04")],
    ),
    (
        "Ukrainian soldiers raised the flag over the town hall in Novovoznesenske on Sunday, "
        "while Russian units abandoned Kostromka further south.",
        date(2022, 10, 3),
        [
            ("Novovoznesenske", "government forces", "2022-10-02"),
            ("Kostromka", "government forces", "2022-10-02"),
        ],
    ),
    (
        "Iraqi troops entered Tal Qasab on Monday as Iranian units withdrew from Mehran across "
        "the border.",
        date(1988, 6, 21),
        [("Tal Qasab", "government forces", "1988-06-20")],
    ),
]

LOSERS_LAND_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(*p, marks=known_miss(p[0], LOSERS_LAND_MISSES), id=p[0][:48])
        for p in LOSERS_LAND
    ],
)
def test_a_state_army_takes_the_land_of_the_army_it_drives_back(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, published), expected)


# (passage, publication day, the asserted captures exactly, the asserted embassy events exactly)
DISPATCHES: list[
    tuple[str, date, list[tuple[str, str, str | None]], list[tuple[str, str, str | None]]]
] = [
    (
        "KHARTOUM, March 3. - Rebel fighters entered Kassala this morning after the garrison "
        "withdrew, officials said.",
        date(1997, 3, 4),
        [("Kassala", "rebels", "1997-03-03")],
        [],
    ),
    (
        'Communique of the Arakan Army, 8 January (our translation): "Our fighters took complete '
        'control of Paletwa town today."',
        date(2024, 1, 9),
        [("Paletwa", "rebels", "2024-01-08")],
        [],
    ),
    (
        "ADEN, Feb. 11 - The British embassy in Sanaa closed its doors yesterday and its remaining "
        "staff were flown out, the Foreign Office said.",
        date(2015, 2, 12),
        [],
        [
            ("embassy_closure", "UK Embassy Sanaa", "2015-02-10"),
            ("embassy_evacuation", "UK Embassy Sanaa", "2015-02-10"),
        ],
    ),
    (
        "Radio bulletin, 14 August: The Taliban entered Gardez tonight, a provincial council "
        "member said.",
        date(2021, 8, 15),
        [("Gardez", "Taliban", "2021-08-14")],
        [],
    ),
    (
        "BAMAKO, Jan. 26 (Reuters) - French and Malian troops took Gao today, the defence ministry "
        "in Paris said.",
        date(2013, 1, 27),
        [("Gao", "government forces", "2013-01-26")],
        [],
    ),
    (
        "GOMA, Nov 20 - M23 rebels marched into Goma on Tuesday after government troops fled.",
        date(2012, 11, 21),
        [("Goma", "rebels", "2012-11-20")],
        [],
    ),
    # --- hard negatives: the paper's own day, a day long past, no dateline -------------------
    (
        "KABUL, Aug. 15 - Taliban fighters entered Jalalabad this morning without a fight.",
        date(2021, 8, 15),
        [("Jalalabad", "Taliban", "2021-08-15")],
        [],
    ),
    (
        "Our correspondent writes, 2 May: the town is quiet. Rebel fighters seized Kindu today, "
        "residents said.",
        date(1998, 5, 20),
        [("Kindu", "rebels", "1998-05-20")],
        [],
    ),
    (
        "In Kabul, August 15 will be remembered. The Taliban took Maidan Shahr today, officials "
        "said.",
        date(2021, 8, 16),
        [("Maidan Shahr", "Taliban", "2021-08-16")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "captures", "missions"),
    [pytest.param(*p, id=p[0][:48]) for p in DISPATCHES],
)
def test_a_dispatch_dated_in_its_opening_tells_its_today_as_of_that_day(
    read,
    text: str,
    published: date,
    captures: list[tuple[str, str, str | None]],
    missions: list[tuple[str, str, str | None]],
) -> None:
    events = read(text, published)
    check_captures(events, captures)
    check_embassy_events(events, missions)


# (passage, publication day, the asserted captures exactly, the places read as hedged)
COUNTER_ACCOUNTS: list[tuple[str, date, list[tuple[str, str, str | None]], list[str]]] = [
    (
        "Al-Shabaab said on Tuesday its fighters had seized Beledweyne. The regional governor said "
        "the militants had been pushed back before dawn and that the town was not in their hands.",
        date(2024, 3, 12),
        [],
        ["Beledweyne"],
    ),
    (
        "Separatist commanders said they had taken the port of Ras Dabbah on Friday. The army said "
        "its units had stopped the rebels at the bridge south of the port.",
        date(2019, 8, 31),
        [],
        ["Ras Dabbah"],
    ),
    (
        "BREAKING: RSF says it has captured Sennar. Army spokesman denies that RSF fighters are in "
        "the city.",
        date(2024, 6, 30),
        [],
        ["Sennar"],
    ),
    (
        "The Taliban said on Sunday they had captured Charikar. A spokesman for the governor "
        "denied the province had fallen, saying government forces were still fighting.",
        date(2021, 8, 15),
        [],
        ["Charikar"],
    ),
    (
        "Houthi media said the group's fighters had seized Harib on Thursday. Local officials said "
        "the attackers were driven back overnight.",
        date(2021, 9, 24),
        [],
        ["Harib"],
    ),
    (
        'M23 rebels say they now control Rubaya. The Congolese army said the town "is not under '
        'rebel control".',
        date(2024, 5, 2),
        [],
        ["Rubaya"],
    ),
    # --- hard negatives: the account is of another place, confirms, or the takers drive out
    (
        "Rebels said on Tuesday they had taken Beledweyne. The governor said the army had "
        "stopped a second rebel column at Jalalaqsi.",
        date(2024, 3, 12),
        [("Beledweyne", "rebels", "2024-03-12")],
        [],
    ),
    (
        "The Taliban said on Sunday they had captured Charikar. A provincial official confirmed "
        "the city had fallen and said government forces had withdrawn.",
        date(2021, 8, 15),
        [("Charikar", "Taliban", "2021-08-15")],
        [],
    ),
    (
        "Rebels took Beledweyne on Tuesday. The army said it had pushed back an attack on "
        "Jalalaqsi, further south.",
        date(2024, 3, 12),
        [("Beledweyne", "rebels", "2024-03-12")],
        [],
    ),
    (
        "The Taliban said they had seized Charikar on Sunday. Their fighters had driven out the "
        "last police units, a local elder said.",
        date(2021, 8, 15),
        [("Charikar", "Taliban", "2021-08-15")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected", "hedged"),
    [pytest.param(*p, id=p[0][:48]) for p in COUNTER_ACCOUNTS],
)
def test_the_other_sides_account_that_the_takers_are_not_there_hedges_the_claim(
    read,
    text: str,
    published: date,
    expected: list[tuple[str, str, str | None]],
    hedged: list[str],
) -> None:
    check_hedged_captures(read(text, published), expected, hedged)


# (passage, publication day, the asserted embassy events exactly)
ONE_ACT: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Canada shuts embassy in Bamako\nOttawa closed its embassy in Mali's capital on Thursday "
        "and flew its remaining diplomats to Dakar, Global Affairs Canada said.",
        date(2023, 8, 12),
        [
            ("embassy_closure", "Canadian Embassy Bamako", "2023-08-10"),
            ("embassy_evacuation", "Canadian Embassy Bamako", "2023-08-10"),
        ],
    ),
    (
        "The Dutch embassy in Juba evacuated its staff on Wednesday as fighting spread to the "
        "airport road. Its diplomats have been flown out, the ministry in The Hague confirmed.",
        date(2016, 7, 14),
        [("embassy_evacuation", "Dutch Embassy Juba", "2016-07-13")],
    ),
    (
        "LIVE 11:02 Spain has evacuated its embassy in Khartoum.\n10:40 Spanish staff left "
        "Khartoum by road on Saturday night, heading for Port Sudan, the foreign ministry said.",
        date(2023, 4, 24),
        [("embassy_evacuation", "Spanish Embassy Khartoum", "2023-04-22")],
    ),
    (
        "Italy suspends activity of its embassy in Niamey | Rome said on Monday it had suspended "
        "the embassy's public services because of the unrest.",
        date(2023, 8, 2),
        [("embassy_closure", "Italian Embassy Niamey", "2023-07-31")],
    ),
    # --- hard negatives: an act today beside an older one ----------------------------------
    (
        "The Japanese embassy in Yangon closed on Friday after the coup. It reopened today, the "
        "embassy said, and will close again next week.",
        date(2021, 2, 8),
        [("embassy_closure", "Japanese Embassy Yangon", "2021-02-05")],
    ),
    (
        "The US embassy in Baghdad warned Americans on Sunday to avoid the Green Zone. The embassy "
        "issued a new alert today after a rocket attack.",
        date(2020, 1, 6),
        [
            ("embassy_security_alert", "US Embassy Baghdad", "2020-01-05"),
            ("embassy_security_alert", "US Embassy Baghdad", "2020-01-06"),
        ],
    ),
]

ONE_ACT_MISSES = {
    "LIVE 11:02 Spain has evacuated": "'Spanish staff left Khartoum' is read as no evacuation, "
    "so the undated line keeps the publication day",
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], ONE_ACT_MISSES), id=p[0][:48]) for p in ONE_ACT],
)
def test_a_missions_act_told_again_without_its_day_is_the_same_act(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)


# (passage, publication day, the asserted captures exactly, the asserted embassy events exactly)
EARLIER_THAT_DAY: list[
    tuple[str, date, list[tuple[str, str, str | None]], list[tuple[str, str, str | None]]]
] = [
    (
        "M23 rebels entered Goma on Sunday evening. Earlier on Sunday they captured Sake, a town "
        "25 km to the west, witnesses said.",
        date(2012, 11, 20),
        [("Goma", "rebels", "2012-11-18"), ("Sake", "rebels", "2012-11-18")],
        [],
    ),
    (
        "Taliban fighters took Kunduz on Sunday, officials said. Earlier in the day the insurgents "
        "captured Sar-e-Pul.",
        date(2021, 8, 8),
        [("Kunduz", "Taliban", "2021-08-08"), ("Sar-e-Pul", "Taliban", "2021-08-08")],
        [],
    ),
    (
        "16:20 Sheberghan has fallen, a provincial council member says. Earlier this afternoon the "
        "Taliban captured Aybak, the capital of Samangan.",
        date(2021, 8, 9),
        [("Sheberghan", "Taliban", "2021-08-09"), ("Aybak", "Taliban", "2021-08-09")],
        [],
    ),
    (
        "The French embassy in Bangui shut its doors on Tuesday. Earlier that day the embassy "
        "evacuated its staff to Douala, the ministry said.",
        date(2013, 3, 27),
        [],
        [
            ("embassy_closure", "French Embassy Bangui", "2013-03-26"),
            ("embassy_evacuation", "French Embassy Bangui", "2013-03-26"),
        ],
    ),
    (
        "Jihadists seized Boni on Friday. Earlier on Friday, they had stormed Douentza without a "
        "fight, residents said.",
        date(2012, 9, 1),
        [("Boni", "rebels", "2012-08-31"), ("Douentza", "rebels", "2012-08-31")],
        [],
    ),
    # --- hard negatives: earlier than the news day ------------------------------------------
    (
        "M23 rebels entered Goma on Sunday. Earlier this year they seized Rutshuru.",
        date(2012, 11, 20),
        [("Goma", "rebels", "2012-11-18")],
        [],
    ),
    (
        "Taliban fighters took Kunduz on Sunday. The insurgents had earlier captured Zaranj.",
        date(2021, 8, 8),
        [("Kunduz", "Taliban", "2021-08-08")],
        [],
    ),
]

EARLIER_MISSES = {
    "16:20 Sheberghan has fallen": "'Earlier this afternoon' under a live blog's time stamp "
    "is still read as a recap",
}


@pytest.mark.parametrize(
    ("text", "published", "captures", "missions"),
    [
        pytest.param(*p, marks=known_miss(p[0], EARLIER_MISSES), id=p[0][:48])
        for p in EARLIER_THAT_DAY
    ],
)
def test_an_act_earlier_on_the_news_day_is_news(
    read,
    text: str,
    published: date,
    captures: list[tuple[str, str, str | None]],
    missions: list[tuple[str, str, str | None]],
) -> None:
    events = read(text, published)
    check_captures(events, captures)
    check_embassy_events(events, missions)


# (passage, publication day, the asserted embassy events exactly, the forecast ones' actors)
SENT_FOR: list[tuple[str, date, list[tuple[str, str, str | None]], list[str]]] = [
    (
        "Britain is sending 600 troops to Kabul to help British nationals and embassy staff "
        "leave, the defence secretary said on Thursday.",
        date(2021, 8, 13),
        [],
        ["UK Embassy Kabul"],
    ),
    (
        "Washington is flying in 3,000 troops to help bring most of its embassy staff out of "
        "Kabul.",
        date(2021, 8, 13),
        [],
        ["US Embassy Kabul"],
    ),
    (
        "Italy has dispatched two C-130s to Khartoum to bring its embassy staff home, the defence "
        "ministry said on Saturday.",
        date(2023, 4, 22),
        [],
        ["Italian Embassy Khartoum"],
    ),
    (
        "Seoul sent a military transport plane to Djibouti on Friday to evacuate staff of the "
        "South Korean embassy in Khartoum.",
        date(2023, 4, 22),
        [],
        ["South Korean Embassy Khartoum"],
    ),
    (
        "France deployed paratroopers to Niamey to help its embassy staff get out, the army said.",
        date(2023, 8, 1),
        [],
        ["French Embassy Niamey"],
    ),
    # --- hard negatives: the staff flown out, or helped out -----------------------------------
    (
        "Two C-130s flew Italy's embassy staff out of Khartoum on Sunday, the defence ministry "
        "said.",
        date(2023, 4, 24),
        [("embassy_evacuation", "Italian Embassy Khartoum", "2023-04-23")],
        [],
    ),
    (
        "Troops sent to Kabul helped the British embassy staff leave on Sunday.",
        date(2021, 8, 16),
        [("embassy_evacuation", "UK Embassy Kabul", "2021-08-15")],
        [],
    ),
]

SENT_FOR_MISSES = {
    "France deployed paratroopers": "'help its embassy staff get out' is read as no event",
}


@pytest.mark.parametrize(
    ("text", "published", "expected", "forecast"),
    [pytest.param(*p, marks=known_miss(p[0], SENT_FOR_MISSES), id=p[0][:48]) for p in SENT_FOR],
)
def test_troops_sent_so_that_staff_can_leave_are_an_evacuation_to_come(
    read,
    text: str,
    published: date,
    expected: list[tuple[str, str, str | None]],
    forecast: list[str],
) -> None:
    events = read(text, published)
    check_embassy_events(events, expected)
    ahead = {e.actor for e in events if e.type == "embassy_evacuation" and e.modality == "forecast"}
    assert set(forecast) <= ahead, [(e.type, e.actor, e.modality) for e in events]
