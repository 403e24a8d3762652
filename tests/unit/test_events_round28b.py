"""Events, round 28b: our own passages, about invented captures at invented and real towns.

What the round taught, in plain words:
- A capture verb is often left out the second time: "X fell on Friday and Y on Saturday",
  "took X on Friday and, after a week of fighting, Y on Sunday", "took control of X on
  Friday and of Y the next day". Once the verb's clause has told its day, a name after
  "and" with a day of its own and no verb of its own is a place taken too, on its own day
  ("the next day" counted from the clause's). Not a name a verb follows ("and advanced on
  Y on Saturday"), nor a name with no day ("and Y residents fled").
- A timeline's entry that closes with a full stop ("6 May: X and Y.") is the list of places
  taken that day, as the same entry without the stop was: the stop is no part of the last
  name. An entry with a verb of its own ("6 May: X residents flee.") is still no list.
- An entry's list may end at a semicolon with a clause of its own after it ("15 Aug: X in
  the morning; by evening fighters had entered Y"): the list's places fell that day and the
  clause is read as written. An entry that opens with no list ("shelling of X; ...") is not.
- "they", or fighters "their" owns, in a place at a new time ("by evening their fighters
  were in Y", "Nine days later they were in Y") are the group that took the place: the
  subject the joined clause names, else the article's last taker when its name is the
  nearest people before the pronoun (not "the diplomats had left; now they are in Y"). "<N>
  days later" with no day of its own counts from the last capture's day; "still in Y" is
  no new capture.
- A town that "opens its gates" yields: to the side "to" names ("opened its gates to the
  British"), else to the article's last taker. Gates opened "to refugees" or "to visitors"
  yield to no side, and a museum's gates are no town's.
- After a capture the article has told, a place that "follows" ("Y follows nine days
  later", "26 April - Y follows") is taken by the same side (not "followed suit", "followed
  the talks", "a statement follows"); "its fighters" are the group as "their fighters" are.
  "<N> days later" on the verb itself counts from the last capture's day, whatever other
  date phrase the sentence holds ("its summer offensive").
- "X also lost late Thursday", "13 Aug: X and Y lost": a report's clipped passive (a place
  the subject of "lost", no object) after a capture the article told is a loss to the same
  taker; not "X lost power", not a score ("X lost 2-1 to Y"), not with no capture before.
- A capture verb in the historic present is often tagged as a plural noun with the place
  before it as its compound ("On this day in 1945, X surrenders to Soviet forces"): as the
  sentence's root with no article it is the verb, its compound the place (not "X
  surrenders are rejected", a noun).
"""

from __future__ import annotations

import pytest

from tests.event_readings import check_captures, known_miss

FRI, SAT, SUN = "2022-05-13", "2022-05-14", "2022-05-15"  # published Monday 16 May 2022

# (passage, the asserted captures exactly, as (place, taker, ISO day or None))
CAPTURES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- the capture verb left out for the second place ("gapping") -------------------------------
    (
        "Zorivka fell to the rebels on Friday and Kramatorsk on Saturday.",
        [("Zorivka", "rebels", FRI), ("Kramatorsk", "rebels", SAT)],
    ),
    (
        "Russian troops took Avdiivka on Friday and, after a week of fighting, Pokrovsk on Sunday.",
        [("Avdiivka", "Russian forces", FRI), ("Pokrovsk", "Russian forces", SUN)],
    ),
    (
        "M23 took control of Goma on Friday and of Bukavu the next day.",
        [("Goma", "rebels", FRI), ("Bukavu", "rebels", SAT)],
    ),
    (  # a third place after a "but" is no part of the gap
        "Sloviansk fell to the rebels on Friday and Kramatorsk on Saturday, but Kyiv has not "
        "fallen.",
        [("Sloviansk", "rebels", FRI), ("Kramatorsk", "rebels", SAT)],
    ),
    # --- hard negatives: a verb of its own, or no day of its own ----------------------------------
    (
        "The rebels took Zorivka on Friday and advanced on Kramatorsk on Saturday.",
        [("Zorivka", "rebels", FRI)],
    ),
    (
        "Rebels took Zorivka on Friday and Kramatorsk residents fled on Saturday.",
        [("Zorivka", "rebels", FRI)],
    ),
    # --- a timeline's entries that close with a full stop -----------------------------------------
    (
        "Timeline: how the rebels took the north\n3 May: Zorivka, the first town to fall.\n"
        "6 May: Kramatorsk and Sloviansk.\n9 May: Lyman.",
        [
            ("Zorivka", "rebels", "2022-05-03"),
            ("Kramatorsk", "rebels", "2022-05-06"),
            ("Sloviansk", "rebels", "2022-05-06"),
            ("Lyman", "rebels", "2022-05-09"),
        ],
    ),
    (  # an entry with a verb of its own names no place taken
        "Timeline: how the rebels took the north\n3 May: Zorivka falls.\n"
        "6 May: Kramatorsk residents flee.\n9 May: Lyman and Izium.",
        [
            ("Zorivka", "rebels", "2022-05-03"),
            ("Lyman", "rebels", "2022-05-09"),
            ("Izium", "rebels", "2022-05-09"),
        ],
    ),
    # --- an entry's list ended by a semicolon and a clause of its own -----------------------------
    (
        "Timeline: how the rebels took the north\n3 May: Zorivka, the first town to fall.\n"
        "6 May: Lyman in the morning; by nightfall rebel fighters had entered Kramatorsk.",
        [
            ("Zorivka", "rebels", "2022-05-03"),
            ("Lyman", "rebels", "2022-05-06"),
            ("Kramatorsk", "rebels", "2022-05-06"),
        ],
    ),
    (
        "Timeline: how the rebels took the north\n3 May: Zorivka, the first town to fall.\n"
        "6 May: Lyman and Izium; the government says Kramatorsk will hold.",
        [
            ("Zorivka", "rebels", "2022-05-03"),
            ("Lyman", "rebels", "2022-05-06"),
            ("Izium", "rebels", "2022-05-06"),
        ],
    ),
    (  # no list before the semicolon
        "Timeline: how the rebels took the north\n3 May: Zorivka, the first town to fall.\n"
        "6 May: shelling of Lyman; rebels were driven back from Izium.",
        [("Zorivka", "rebels", "2022-05-03")],
    ),
    # --- "they" and "their fighters" in a place at a new time -------------------------------------
    (
        "The militants took Orvel without a fight on Sunday morning, and by evening their "
        "fighters were in Tarvin.",
        [("Orvel", "rebels", SUN), ("Tarvin", "rebels", SUN)],
    ),
    (
        "ONE YEAR AGO TODAY: Lyman fell to the rebels, the first town of the offensive. Nine "
        "days later they were in Kramatorsk.",
        [("Lyman", "rebels", "2021-05-16"), ("Kramatorsk", "rebels", "2021-05-25")],
    ),
    (  # the pronoun's nearest people are others
        "The rebels took Zorivka on Sunday. By evening the diplomats had left; now they are in "
        "Kyiv.",
        [("Zorivka", "rebels", SUN)],
    ),
    (  # "their" owns no fighters
        "The rebels took Zorivka on Sunday, and by evening their families were in Kramatorsk.",
        [("Zorivka", "rebels", SUN)],
    ),
    (  # a state that lasts is no new capture
        "The rebels took Zorivka on Sunday. Nine days later they were still in Kramatorsk.",
        [("Zorivka", "rebels", SUN)],
    ),
    # --- a town that opens its gates --------------------------------------------------------------
    (
        "The rebels took Lyman on Saturday. Zorivka opened its gates to the militants on Sunday "
        "without a fight.",
        [("Lyman", "rebels", SAT), ("Zorivka", "rebels", SUN)],
    ),
    (
        "The rebels took Lyman on Saturday. Zorivka opens its gates on Sunday.",
        [("Lyman", "rebels", SAT), ("Zorivka", "rebels", SUN)],
    ),
    (
        "Kaoshan, the walled port on Hangzhou Bay, opened its gates to the British on Sunday.",
        [("Kaoshan", "British forces", SUN)],
    ),
    (  # gates opened to no side
        "The rebels took Lyman on Saturday. The town of Zorivka opened its gates to refugees on "
        "Sunday.",
        [("Lyman", "rebels", SAT)],
    ),
    (  # a museum's gates
        "The rebels took Lyman on Saturday. The museum in Zorivka opened its gates to visitors "
        "on Sunday.",
        [("Lyman", "rebels", SAT)],
    ),
    # --- a place that follows the one before ------------------------------------------------------
    (
        "ONE YEAR AGO TODAY: Lyman falls to the rebels. It is the first town to fall in their "
        "spring offensive; Kramatorsk follows nine days later.",
        [("Lyman", "rebels", "2021-05-16"), ("Kramatorsk", "rebels", "2021-05-25")],
    ),
    (
        "ONE YEAR AGO TODAY: Lyman falls to the rebels. It is the first town the movement takes "
        "in its spring offensive; nine days later its fighters are in Kramatorsk.",
        [("Lyman", "rebels", "2021-05-16"), ("Kramatorsk", "rebels", "2021-05-25")],
    ),
    (  # following suit, following talks, a statement that follows: no capture
        "Zorivka fell to the rebels on Sunday. Kyiv followed suit on Sunday. Lviv followed the "
        "talks closely. A statement from Odesa follows.",
        [("Zorivka", "rebels", SUN)],
    ),
    (  # no capture told before
        "Kramatorsk follows nine days later, the rebels say.",
        [],
    ),
    # --- "X also lost": a clipped passive ---------------------------------------------------------
    (
        "The rebels took Zorivka on Friday. Kramatorsk also lost late Saturday.",
        [("Zorivka", "rebels", FRI), ("Kramatorsk", "rebels", SAT)],
    ),
    (
        "Timeline: how the rebels took the north\n3 May: Zorivka, the first town to fall\n"
        "6 May: Kramatorsk and Lyman lost",
        [
            ("Zorivka", "rebels", "2022-05-03"),
            ("Kramatorsk", "rebels", "2022-05-06"),
            ("Lyman", "rebels", "2022-05-06"),
        ],
    ),
    (  # an object, a score
        "The rebels took Zorivka on Friday. Kramatorsk lost power on Saturday. Lyman lost 2-1 "
        "to Izium on Saturday.",
        [("Zorivka", "rebels", FRI)],
    ),
    (  # no capture told before
        "Kramatorsk also lost late Saturday, the rebels said.",
        [],
    ),
    # --- the historic present read as a plural noun -----------------------------------------------
    (
        "On this day in 1945, Breslau surrenders to Soviet forces after a long siege.",
        [("Breslau", "Soviet forces", "1945-05-16")],
    ),
    (
        "On this day in 1995, Zorivka surrenders to the rebels after a long siege.",
        [("Zorivka", "rebels", "1995-05-16")],
    ),
    (  # a noun, the subject of its own verb
        "Ceasefire talks stall as Zorivka surrenders are rejected.",
        [],
    ),
    (  # no armed group: a storm's timeline takes no town
        "Timeline: the storm's week\n3 May: Zorivka and Kramatorsk.\n6 May: Sloviansk.",
        [],
    ),
]

MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in CAPTURES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text), expected)
