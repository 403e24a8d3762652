"""Events, round 28: our own passages, about invented captures at invented and real towns.

What the round taught, in plain words:
- A town the world's city table does not know still lies somewhere: where the other places
  its sentence names lie ("a farming town near Kramatorsk", "in Donetsk region", "a walled
  port on Hangzhou Bay", "four days after taking Changsha"). A state's army taking it there
  is "<Adjective> forces" abroad and `government forces` at home. Not every place named
  counts: a dateline's city (reporters file from abroad), a state's own name ("the highway
  to Jordan") and a capital speaking for its government ("Juba said") say nothing of where
  the town lies; with none left, the taker stays as read. Reading "<Adjective> forces" for
  every unknown town (round 27) cost more true events than it gained.
- A capture the other side mentions "without confirming" its loss is hedged.
- A country's people told to leave, shelter or avoid a place with no sender named ("Danes
  in Afghanistan are urged to leave", "She urged Australians there to leave") are told by
  their own government: its embassy alert in the host, only when they are abroad (not
  "Zambians in Lusaka"), and not when someone else tells them ("by the rebels").
- An instruction to a country's people given "again" with no day is a new notice, as every
  set labels it (with a day it already was).
- "closed to the public" is a closure (a participle before "to"), not nearness ("keep close
  to shelters").
- Missions joined in one phrase ("the embassy in X and the consulate in Y") each keep their
  own city: a city before a mission names it only in the mission's own phrase ("the Hanoi
  embassy"), not across "and"; the first mission named leads the sentence's act.
- A country the rule pack names as a sender (Turkey, India, the Netherlands) hosts missions
  by its name too ("Israelis in Turkey": Ankara), not only by its seat.
- Staff taken to "the military side" or "a guarded area" of the airport are evacuated, as
  those taken "to the airport" were; "took part" no longer vetoes only by its word "part".
- A mission's diplomats or staff who "returned home" or "landed at home" have been
  evacuated (not an envoy home for consultations).
- A verb in the historic present right after a commander's name ("troops under General X
  march into Y") is often tagged as part of the name; a lower-case noun with a subject of its
  own is that verb.
- "they surrender the town" gives the town up: the side the pronoun stands for is no taker.
"""

from __future__ import annotations

import pytest

from tests.event_readings import check_captures, check_embassy_events, known_miss

AL, CL, EV = "embassy_security_alert", "embassy_closure", "embassy_evacuation"
MON, SUN = "2022-05-16", "2022-05-15"  # published Monday 16 May 2022

# (passage, the asserted embassy events exactly, as (type, actor, ISO day or None))
MISSIONS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- a country's people told, with no sender named: their own government ---------------------
    (
        "Danes in Zambia are urged to leave by the first available flight.",
        [(AL, "Danish Embassy Lusaka", MON)],
    ),
    (
        "Denmark closed its embassy in Lusaka on Sunday. Danes still in the country were told "
        "to leave on Sunday.",
        [(CL, "Danish Embassy Lusaka", SUN), (AL, "Danish Embassy Lusaka", SUN)],
    ),
    (
        "Foreign Minister Inga Holm said on Sunday that Denmark had closed its embassy in Lusaka."
        " She urged Danes there to leave on Sunday.",
        [(CL, "Danish Embassy Lusaka", SUN), (AL, "Danish Embassy Lusaka", SUN)],
    ),
    (
        "Norway closed its embassy in Lusaka on Sunday. Norwegian nationals in Zambia were "
        "urgently called on to leave the country.",
        [(CL, "Norwegian Embassy Lusaka", SUN), (AL, "Norwegian Embassy Lusaka", MON)],
    ),
    # --- an instruction given again is a new notice, with or without its day --------------------
    (
        "Turkey closed its embassy in Lusaka on Sunday. Turkish citizens were again urged to "
        "leave Zambia.",
        [(CL, "Turkish Embassy Lusaka", SUN), (AL, "Turkish Embassy Lusaka", MON)],
    ),
    (
        "The Indian embassy in Lusaka has again told Indians to stay indoors.",
        [(AL, "Indian Embassy Lusaka", MON)],
    ),
    (  # an old notice told in a clause below stays background
        "The Indian embassy in Lusaka, which had told Indians to stay indoors in 2019, closed "
        "on Sunday.",
        [(CL, "Indian Embassy Lusaka", SUN)],
    ),
    # --- a mission closed to the public (a participle, not nearness) ----------------------------
    (
        "The Swiss embassy in Lusaka will remain closed to the public until further notice, it "
        "said on Sunday.",
        [(CL, "Swiss Embassy Lusaka", SUN)],
    ),
    (  # nearness
        "The Swiss embassy in Lusaka told Swiss staff on Sunday to stay close to home.",
        [],
    ),
    # --- missions joined in one phrase: each with its own city, the first one leading ---------
    (
        "The Swiss embassy in Lusaka and the Swiss consulate in Ndola were closed on Sunday.",
        [(CL, "Swiss Embassy Lusaka", SUN), (CL, "Swiss Consulate Ndola", SUN)],
    ),
    (
        "The Swiss embassy in Lusaka and the consulate in Ndola closed to the public on Sunday.",
        [(CL, "Swiss Embassy Lusaka", SUN), (CL, "Swiss Consulate Ndola", SUN)],
    ),
    (  # a city in the mission's own phrase
        "The Lusaka embassy of Switzerland closed on Sunday.",
        [(CL, "Swiss Embassy Lusaka", SUN)],
    ),
    (
        "The Ndola consulate and the Swiss embassy in Lusaka were closed on Sunday.",
        [(CL, "Swiss Embassy Lusaka", SUN), (CL, "Swiss Consulate Ndola", SUN)],
    ),
    (
        "BERN — Switzerland on Sunday ordered non-essential staff to leave Zambia, pulling them "
        "from the embassy in Lusaka and the consulate in Ndola, and told Swiss citizens to defer "
        "travel to the country.",
        [
            (AL, "Swiss Embassy Lusaka", SUN),
            (EV, "Swiss Embassy Lusaka", SUN),
            (EV, "Swiss Consulate Ndola", SUN),
        ],
    ),
    # --- a host named by the name of one of the pack's own senders -----------------------------
    (
        "Israel on Sunday urged Israelis in Turkey to leave.",
        [(AL, "Israeli Embassy Ankara", SUN)],
    ),
    (
        "The Danish embassy in the Netherlands closed on Sunday.",
        [(CL, "Danish Embassy The Hague", SUN)],
    ),
    (  # the sender's own name is no host
        "Turkey closed its embassy in Lusaka on Sunday.",
        [(CL, "Turkish Embassy Lusaka", SUN)],
    ),
    # --- staff taken to a part of the airport -------------------------------------------------
    (
        "Oslo said on Sunday that the Norwegian embassy in Lusaka had been shut and its last "
        "staff taken to the military side of the airport.",
        [(CL, "Norwegian Embassy Lusaka", SUN), (EV, "Norwegian Embassy Lusaka", SUN)],
    ),
    (
        "Norwegian diplomats were taken to a guarded area of the airport in Lusaka on Sunday.",
        [(EV, "Norwegian Embassy Lusaka", SUN)],
    ),
    (  # taking part is no taking out
        "The Norwegian ambassador in Lusaka took part in talks at the airport on Sunday.",
        [],
    ),
    # --- staff back home ------------------------------------------------------------------------
    (
        "The last diplomats of the Danish embassy in Lusaka landed at home on Sunday morning.",
        [(EV, "Danish Embassy Lusaka", SUN)],
    ),
    (
        "The staff of the Danish embassy in Lusaka returned home on Sunday.",
        [(EV, "Danish Embassy Lusaka", SUN)],
    ),
    (  # an envoy home for consultations
        "The Danish ambassador in Lusaka returned home for consultations on Sunday.",
        [],
    ),
    (  # people who are not the mission's
        "Danish tourists in Lusaka returned home on Sunday, the embassy said.",
        [],
    ),
    # --- people told at home, or by someone else -------------------------------------------------
    (
        "The mayor of Lusaka closed the main market on Sunday. She urged Zambians to stay home.",
        [],
    ),
    ("Zambians in Lusaka were urged to stay home on Sunday.", []),
    ("Americans in Lusaka were told by the rebels on Sunday to leave.", []),
    ("Danes were told to leave the beaches of Crete by lifeguards on Sunday.", []),
    (  # an aside "remember" makes the old notice background
        "REPORTER: Yes. The Foreign Office, remember, told Britons last Monday to leave Zambia "
        "while flights still ran.",
        [],
    ),
]


# (passage, the asserted captures exactly, as (place, taker, ISO day or None))
CAPTURES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- an unknown town lies where its neighbours lie ------------------------------------------
    (
        "Russian troops took Zorivka, a farming town near Kramatorsk, on Sunday, the defence "
        "ministry said.",
        [("Zorivka", "Russian forces", SUN)],
    ),
    (  # the same land is the army's own
        "Ukrainian troops retook Zorivka, a farming town near Kramatorsk, on Sunday, the general "
        "staff said.",
        [("Zorivka", "government forces", SUN)],
    ),
    (
        "Russia says its forces took Zorivka in Donetsk region on Sunday.",
        [("Zorivka", "Russian forces", SUN)],
    ),
    (  # a bay named after a city
        "British troops stormed Kaoshan, a walled port on Hangzhou Bay, on Sunday.",
        [("Kaoshan", "British forces", SUN)],
    ),
    (  # a town taken before it
        "Japanese troops marched into Lintang on Sunday, four days after taking Changsha.",
        [("Lintang", "Japanese forces", SUN)],
    ),
    # --- places that say nothing of where the town lies -----------------------------------------
    (  # a dateline abroad
        "NAIROBI, May 15 — Ethiopian troops took Gorahei on Sunday, officials said.",
        [("Gorahei", "government forces", SUN)],
    ),
    (  # a state's own name
        "Iraqi troops retook Wadi Harran, on the highway to Jordan, on Sunday.",
        [("Wadi Harran", "government forces", SUN)],
    ),
    (  # a capital speaking for its government
        "Sudanese troops took Talodi Gharb on Sunday, Juba said.",
        [("Talodi Gharb", "government forces", SUN)],
    ),
    # --- a loss the other side does not confirm -------------------------------------------------
    (
        "Russia says its forces took Kramatorsk on Sunday. Ukraine's general staff reported "
        "fighting near Kramatorsk without confirming its loss.",
        [],
    ),
    (
        "Russia says its forces took Kramatorsk on Sunday. Ukraine's general staff confirmed "
        "its loss on Monday.",
        [("Kramatorsk", "Russian forces", SUN)],
    ),
    # --- a verb after a commander's name ---------------------------------------------------------
    (
        "On this day in 1911: Spanish troops under General Pedro Alvarez march into Larache.",
        [("Larache", "Spanish forces", "1911-05-16")],
    ),
    (
        "Spanish troops under General Pedro Alvarez march into Larache on Sunday.",
        [("Larache", "Spanish forces", SUN)],
    ),
    (  # people, not an army
        "On this day in 1911: refugees under Father Tomas Lenk march into Larache.",
        [],
    ),
    # --- a yielding verb with a pronoun subject: the side told before gives the town up -------
    (
        "Rebels took Larache on Sunday. On Friday, cut off by the army, they surrendered Asilah.",
        [("Larache", "rebels", SUN)],
    ),
    (
        "Rebels took Larache on Sunday and marched on Asilah. On Friday, cut off by the army, "
        "they surrendered the town.",
        [("Larache", "rebels", SUN)],
    ),
    (  # a relative pronoun: the story's taker
        "The Taliban said on Sunday that the governor of Ghazni, who surrendered the city on "
        "Sunday, had fled to Kabul.",
        [("Ghazni", "Taliban", SUN)],
    ),
    (  # the side it went to named
        "Rebels took Larache on Sunday. On Friday they surrendered Asilah to the army.",
        [("Larache", "rebels", SUN), ("Asilah", "government forces", "2022-05-13")],
    ),
    (
        "Portuguese troops under Captain Rui Dias march into Mombasa on 16 May 1505.",
        [("Mombasa", "Portuguese forces", "1505-05-16")],
    ),
    (
        "Crowds under Mayor Ana Lenk march into the square of Larache every Sunday.",
        [],
    ),
]

MISSES: dict[str, str] = {
    "The Ndola consulate and": "a mission named by its city before it, first in the phrase, "
    "is not read as one of the joined missions",
    "BERN — Switzerland on Sunday": "the alert goes to the consulate, the mission nearest the "
    "verb, and the consulate's staff pulled out are not read",
    "REPORTER: Yes. The Foreign Office, remember": "a notice in a main clause with its own day "
    "is news however old; the aside 'remember' that makes it background is not read",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in MISSIONS],
)
def test_each_mission_is_read_with_its_sender_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in CAPTURES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text), expected)
