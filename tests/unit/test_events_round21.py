"""Captures in the less tidy voices, round 21: our own passages, about invented places and
wars no fixture and no list of stories to avoid names, for the kinds dev21 and dev22 missed.

- Timeline entries stamped "8 Aug: ...", "11 Mar 1975: ...": the parser cuts the day number
  off into the sentence before and takes the month for the entry's subject, so an entry was
  dated by the first stamp (or the publication) and its captures misread. Each entry is read
  on its own, dated by its stamp, the year from the stamp or the narrative before it.
- Forced entry told with "break into" ("troops broke into X"), a verb of moving into a place
  like "march into" or "storm into".
- Entering a town the other side says it still holds is a hedged capture, as a reported
  capture is ("... broke into X. The garrison says it still holds the port").
- Hard negatives: a stamp's entry telling an attack, a siege or a stand is no capture; a
  house or a bank broken into by thieves is no capture; one stamp alone in a sentence of news
  is no timeline.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.event_readings import check_captures, known_miss

# (published, passage, [(place, taker, ISO day or None)]): the asserted captures, exactly
PASSAGES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- timeline entries, each dated by its own stamp -----------------------------------
    (
        "2023-06-20",
        "TIMELINE | 3 Jun: Velmora, capital of Ostra province, falls to the rebels. 9 Jun: "
        "Carrodin and Haskel are lost in a single day. 14 Jun: Rebel columns enter Tirevo.",
        [
            ("Velmora", "rebels", "2023-06-03"),
            ("Carrodin", "rebels", "2023-06-09"),
            ("Haskel", "rebels", "2023-06-09"),
            ("Tirevo", "rebels", "2023-06-14"),
        ],
    ),
    (
        "2023-06-20",
        "Chronology. 3 Jun: rebels seize Velmora. 9 Jun: rebel fighters storm Carrodin. "
        "14 Jun: rebel fighters enter Tirevo as the governor flees.",
        [
            ("Velmora", "rebels", "2023-06-03"),
            ("Carrodin", "rebels", "2023-06-09"),
            ("Tirevo", "rebels", "2023-06-14"),
        ],
    ),
    (
        "2024-03-02",
        "Timeline, the Kesh war, 1961. 12 Feb: rebel gunners shell Orlavo from the hills; the "
        "garrison holds. 27 Feb: after the garrison slips away by night, rebel troops march "
        "into Orlavo.",
        [("Orlavo", "rebels", "1961-02-27")],
    ),
    (
        "2024-09-30",
        "The autumn offensive in brief. 4 Sep 1958: rebel columns take Durnesk. 19 Sep: the "
        "rebels capture Palvoy after a week of shelling.",
        [("Durnesk", "rebels", "1958-09-04"), ("Palvoy", "rebels", "1958-09-19")],
    ),
    (
        "2022-11-25",
        "Key dates | Nov 2: Separatist forces overrun Tessaly. Nov 9: Separatist forces "
        "capture Brennick. Nov 21: Separatist forces enter Marlow Bay.",
        [
            ("Tessaly", "rebels", "2022-11-02"),
            ("Brennick", "rebels", "2022-11-09"),
            ("Marlow Bay", "rebels", "2022-11-21"),
        ],
    ),
    # --- forced entry: "broke into" ------------------------------------------------------
    (
        "2024-07-02",
        "Seventy years ago today, rebel troops broke into Dunhollow, and the garrison gave "
        "up the next morning.",
        [("Dunhollow", "rebels", "1954-07-02")],
    ),
    (
        "2023-04-12",
        "Separatist fighters broke into Kelvar on Tuesday after a night of shelling.",
        [("Kelvar", "rebels", "2023-04-11")],
    ),
    # (written after the first fix: an entry that refers back to the place, and the side,
    # an earlier entry names)
    (
        "2021-04-10",
        "4 March 1962: rebel columns seize Tobrenna, the river port. 2 April 1962: the army "
        "retakes the town after a week of street fighting.",
        [("Tobrenna", "rebels", "1962-03-04"), ("Tobrenna", "government forces", "1962-04-02")],
    ),
    # --- hard negatives ------------------------------------------------------------------
    # (written after the first fix: entering is not yet holding, when the other side says
    # it still holds the town)
    (
        "2023-04-12",
        "Separatist fighters broke into Kelvar on Tuesday. The garrison says it still holds "
        "the port and the town centre.",
        [],
    ),
    (
        "2023-06-20",
        "Timeline | 3 Jun: rebel gunners shell Velmora. 9 Jun: the siege of Carrodin begins. "
        "14 Jun: the garrison of Tirevo holds out.",
        [],
    ),
    (
        "2023-04-12",
        "Thieves broke into a jeweller's shop in Kelvar on Tuesday and took rings worth "
        "$40,000, police said.",
        [],
    ),
    (
        "2023-06-20",
        "The rebels said on Monday that they had shelled Velmora: 3 Jun: a date they also "
        "gave for an earlier raid.",
        [],
    ),
]

# opening words of a passage read wrong today -> why (a strict xfail)
MISSES: dict[str, str] = {
    "Chronology. 3 Jun: rebels seize Velmora.": "'rebel fighters storm Carrodin': the parser "
    "tags the present 'storm' a noun",
}


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(*p, marks=known_miss(p[1], MISSES), id=p[1][:48]) for p in PASSAGES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, published: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, datetime.fromisoformat(published).date()), expected)


# --- embassy events: a mission named without its city in a datelined story ---------------
# "PORTO ALEGRE, Brazil — The US consulate here ...": a consulate the story names without a
# city is in the dateline's city (a consulate is not in the capital); an embassy named
# beside a consulate placed elsewhere is in the capital (still a known miss).
ALERT, CLOSURE = "embassy_security_alert", "embassy_closure"

# (published, passage, [(event type, mission)]): the asserted embassy events, exactly
MISSIONS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "2022-05-16",
        "PORTO ALEGRE, Brazil — The US consulate here told American citizens on Sunday to "
        "stay indoors after a prison riot spread into the streets.",
        [(ALERT, "US Consulate Porto Alegre")],
    ),
    (
        "2022-05-16",
        "CEBU, Philippines — Protesters threw paint at the Japanese consulate on Sunday, and "
        "the mission closed for the rest of the day, police said.",
        [(CLOSURE, "Japanese Consulate Cebu")],
    ),
    (
        "2022-05-16",
        "ABUJA — The US embassy and the consulate in Lagos were shut to the public on Sunday "
        "as crowds marched on both.",
        [(CLOSURE, "US Embassy Abuja"), (CLOSURE, "US Consulate Lagos")],
    ),
    (
        "2022-05-16",
        "PUNE, India — The German consulate general told Germans in the city on Sunday to "
        "avoid the old town after two nights of rioting.",
        [(ALERT, "German Consulate Pune")],
    ),
    # hard negative: a dateline in the sending country's capital places no mission there
    (
        "2022-05-16",
        "WASHINGTON — The State Department on Sunday told the US consulate in Lagos to close "
        "its doors to the public for a week.",
        [],
    ),
]

MISSION_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(*p, marks=known_miss(p[1], MISSION_MISSES), id=p[1][:48]) for p in MISSIONS],
)
def test_a_mission_named_without_its_city_is_placed_by_the_dateline(
    read, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    events = read(text, datetime.fromisoformat(published).date())
    got = sorted({(e.type, e.actor) for e in events if e.modality == "asserted"})
    assert got == sorted(expected)
