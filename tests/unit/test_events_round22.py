"""Capture takers, round 22: our own passages, about invented places and wars no fixture and
no list of stories to avoid names, for the kinds dev23 and dev24 missed.

- A state's army named with its helpers ("Syrian troops backed by X fighters seized Y"):
  the parser hangs the verb on the helpers as a clause of theirs, and an apposition after
  the place ("the last rebel stronghold") on the army; the army is still the taker,
  `government forces` at home and "<Adjective> forces" abroad, and a description of the
  place names no rebel taker.
- An army named by its arm ("Prussian cavalry rode into X"), and a place called by a
  lower-case city noun after its name ("overran X town", "control of Y city"), named X.
- A return told as a holding: "troops were back in control of X" is a capture by the side
  back in control, the state's army included (a plain "in control of" is no news).
- Hard negatives: a government simply in control of its own town, rebels backed by a
  foreign state's drones (still rebels), a holding with no return.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.event_readings import check_captures, known_miss

# (published, passage, [(place, taker, ISO day or None)]): the asserted captures, exactly
PASSAGES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- the army named with its helpers -------------------------------------------------
    (
        "2019-11-18",
        "Iraqi troops backed by tribal fighters seized Hadrun on Sunday, the last insurgent "
        "stronghold in the western desert, officials said.",
        [("Hadrun", "government forces", "2019-11-17")],
    ),
    (
        "2019-11-18",
        "Syrian troops backed by Hezbollah fighters seized Qalbin on Sunday, the last big "
        "rebel bastion in the hills, state media said.",
        [("Qalbin", "government forces", "2019-11-17")],
    ),
    (
        "2019-11-18",
        "Syrian troops backed by Hezbollah fighters seized Tell Hamra on Sunday.",
        [("Tell Hamra", "government forces", "2019-11-17")],
    ),
    (
        "2019-11-18",
        "Iraqi troops supported by Shia militiamen recaptured Dulaimiya on Sunday.",
        [("Dulaimiya", "government forces", "2019-11-17")],
    ),
    (
        "2019-11-18",
        "Rebel fighters backed by Turkish drones seized Vellin on Sunday.",
        [("Vellin", "rebels", "2019-11-17")],
    ),
    # --- a return told as a holding --------------------------------------------------------
    (
        "2020-03-03",
        "Government troops were back in control of Kaferno on Monday, days after losing it "
        "to rebels.",
        [("Kaferno", "government forces", "2020-03-02")],
    ),
    (
        "2020-03-03",
        "Government troops were back in control of Mardinsk on Monday, days after losing it "
        "to rebels.",
        [("Mardinsk", "government forces", "2020-03-02")],
    ),
    (
        "2020-03-03",
        "Rebels were back in control of Marrosk on Monday after a night of street fighting.",
        [("Marrosk", "rebels", "2020-03-02")],
    ),
    # --- an army named by its arm: cavalry, horsemen, riflemen ------------------------------
    (
        "2016-04-15",
        "On this day in 1936: Italian cavalry rode into Dessie, ending weeks of fighting in "
        "the north of Ethiopia.",
        [("Dessie", "Italian forces", "1936-04-15")],
    ),
    (
        "2020-03-03",
        "Rebel horsemen rode into Dagarra on Monday as the garrison fled south.",
        [("Dagarra", "rebels", "2020-03-02")],
    ),
    # --- a place called "<Name> town" or "<Name> city" (lower case) -------------------------
    (
        "2020-03-03",
        "Separatist fighters overran Gorvan town on Monday, residents said.",
        [("Gorvan", "rebels", "2020-03-02")],
    ),
    (
        "2020-03-03",
        "Separatist fighters overran Gorvan town of Kessa province on Monday, burning the market.",
        [("Gorvan", "rebels", "2020-03-02")],
    ),
    (
        "2020-03-03",
        "The rebels have taken complete control of Tessara city, their spokesman said on Monday.",
        [("Tessara", "rebels", None)],
    ),
    # --- hard negatives ----------------------------------------------------------------------
    (
        "2020-03-03",
        "Rebels stormed the Tessara city council building on Monday and took two officials "
        "hostage.",
        [],
    ),
    (  # "the X city": a city of the province X, not a place named X
        "2021-08-10",
        "The rebels now hold three provincial capitals after taking the Doruna city that sits "
        "on the main road south on Monday.",
        [],
    ),
    (
        "2020-03-03",
        "Government troops were in control of Kaferno on Monday, and the market reopened.",
        [],
    ),
]

# opening words of a passage read wrong today -> why (a strict xfail)
MISSES: dict[str, str] = {
    "Syrian troops backed by Hezbollah fighters seized Tell Hamra": "the two-word invented "
    "name is not read as a place",
    "Government troops were back in control of Kaferno": "the tagger reads no place in "
    "'Kaferno' (the same passage with another name passes)",
}


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(*p, marks=known_miss(p[1], MISSES), id=p[1][:48]) for p in PASSAGES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, published: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, datetime.fromisoformat(published).date()), expected)


# --- embassy events: where a consulate is when its title or a back-reference names it ------
# "the US Consulate General in X": the place after the title's rest is the consulate's city;
# "the consulate in the city" and "the Consulate General there" are in the city the sentence
# named before; a consulate telling its citizens to stay alert or vigilant alerts them.
ALERT, CLOSURE = "embassy_security_alert", "embassy_closure"

# (published, passage, [(event type, mission)]): the asserted embassy events, exactly
MISSIONS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "2022-05-16",
        "The Canadian Consulate General in Tarrasco was closed to the public on Monday after "
        "a car bomb went off two streets away.",
        [(CLOSURE, "Canadian Consulate Tarrasco")],
    ),
    (
        "2022-05-16",
        "The US Consulate General in Puerto Salvo on Monday urged Americans to stay alert "
        "after two nights of shootings near the port.",
        [(ALERT, "US Consulate Puerto Salvo")],
    ),
    (
        "2022-05-16",
        "Rioters burned two banks in Velacruz on Monday, and the German consulate in the city "
        "told Germans to keep away from the old town.",
        [(ALERT, "German Consulate Velacruz")],
    ),
    (
        "2022-05-16",
        "The Japanese consulate general in Porto Verde told Japanese nationals on Monday to "
        "remain vigilant after a bombing at the bus station.",
        [(ALERT, "Japanese Consulate Porto Verde")],
    ),
    # hard negatives: a mayor's call to stay alert, a consulate that stays open
    (
        "2022-05-16",
        "The mayor of Velacruz urged residents on Monday to stay alert after the riots.",
        [],
    ),
    (
        "2022-05-16",
        "The consulate in the city stayed open on Monday, a spokesman in Velacruz said.",
        [],
    ),
]

MISSION_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(*p, marks=known_miss(p[1], MISSION_MISSES), id=p[1][:48]) for p in MISSIONS],
)
def test_a_consulate_is_placed_by_its_title_or_the_city_named_before(
    read, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    events = read(text, datetime.fromisoformat(published).date())
    got = sorted({(e.type, e.actor) for e in events if e.modality == "asserted"})
    assert got == sorted(expected)
