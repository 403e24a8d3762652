"""Embassy alerts, round 23 (second events pass): our own passages, about places and
stories no fixture and no list of stories to avoid names, for the alerts dev26 read
no event of at all.

- Advice to take care: a government or a mission telling its citizens to "take care when
  travelling", "take extra care", "exercise caution" or "exercise increased caution" in a
  place is an alert, as "stay alert" or "avoid the area" is.
- A host told by a region of it: "travelling to Nepal's far west", "its citizens in
  Mozambique's north", "Peru's southern highlands": the country owning the region is the
  host, and its capital the embassy's city, not a sender ("Nepal's embassy", "Peru's
  diplomats").
- A capture told by a verb conjoined to another, with no subject of its own ("troops
  crossed the river and seized X", "crossed the border, pushed through the hills and
  captured Y", the historic present of a chronicle "break through and take Z"): the first
  verb's subject is the taker, and a present the tagger leaves bare ("take") is the
  chronicle's narrative tense, news of its day.
  A general's command of a state's army ("General Maude's Anglo-Indian army") is that
  state's army, not a man's own.
- Hard negatives: care for people ("take care of the wounded"), caution urged on a party to
  the conflict, a government's own voice as the possessor ("Kenya's foreign ministry told
  Kenyans ...": the sender, no host).
"""

from __future__ import annotations

from functools import partial

import pytest
from event_readings import (
    asserted_embassy_events,
    check_captures,
    known_miss,
    read_as,
    readings,
)

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py

ALERT = "embassy_security_alert"
SUN, SAT = "2022-05-15", "2022-05-14"

# (passage, the embassy's name, the ISO date)
REPORTED: list[tuple[str, str, str]] = [
    # --- advice to take care -----------------------------------------------------------------
    (
        "The Dutch embassy in Lima told Dutch citizens on Sunday to take care when travelling "
        "through the mining towns near Cusco, where road blockades have turned violent.",
        "Dutch Embassy Lima",
        SUN,
    ),
    (
        "Sweden and Finland warned their nationals on Saturday to take extra care in Dhaka "
        "after two days of clashes between students and police.",
        "Swedish Embassy Dhaka",
        SAT,
    ),
    (
        "The Canadian high commission in Accra urged Canadians on Saturday to exercise caution "
        "around the central market after a grenade attack.",
        "Canadian Embassy Accra",
        SAT,
    ),
    (
        "Germany on Sunday advised its nationals in Tunis to exercise increased caution and "
        "to stay away from crowds outside the parliament.",
        "German Embassy Tunis",
        SUN,
    ),
    # --- a host named by its region ------------------------------------------------------------
    (
        "Norway, Denmark and Iceland warned their citizens on Saturday to take care when "
        "travelling to Nepal's far west, where floods have cut the highway.",
        "Norwegian Embassy Kathmandu",
        SAT,
    ),
    (
        "Norway, Denmark and Iceland warned their citizens on Saturday to take care when "
        "travelling to Nepal's far west, where floods have cut the highway.",
        "Danish Embassy Kathmandu",
        SAT,
    ),
    (  # a country the pack sends embassies from hosts them too
        "Sweden told Swedes on Sunday to take care when travelling to Turkey's south-east, "
        "where a curfew has been imposed on three towns.",
        "Swedish Embassy Ankara",
        SUN,
    ),
    (
        "Portugal on Sunday urged its citizens in Mozambique's north to leave by the first "
        "available flight as insurgents closed in on the coast.",
        "Portuguese Embassy Maputo",
        SUN,
    ),
    (
        "Spain told Spaniards on Saturday to avoid Peru's southern highlands until the road "
        "blockades are lifted.",
        "Spanish Embassy Lima",
        SAT,
    ),
    (
        "Italy warned its nationals on Saturday to stay away from Kenya's northern border "
        "areas after a bus was attacked near Mandera.",
        "Italian Embassy Nairobi",
        SAT,
    ),
]

# passages that give no asserted embassy event at all
NOT_REPORTED: list[str] = [
    "Nurses at the field hospital in Goma urged volunteers on Sunday to take care of the "
    "wounded until more doctors arrive.",
    "The European Union urged both sides on Sunday to exercise caution along the ceasefire line.",
    "Kenya's president urged Kenyans on Sunday to take care when crossing flooded rivers "
    "in Nairobi.",
    "Kenya's president urged Kenyans on Sunday to take care when crossing flooded rivers.",
]

KNOWN_MISSES: dict[str, str] = {
    "Kenya's president urged Kenyans on Sunday to take care when crossing flooded rivers.": (
        "a government's warning to its own people at home that names no place is read as "
        "its embassy's alert with no city"
    ),
}

_mark = partial(known_miss, misses=KNOWN_MISSES)


@pytest.mark.parametrize(
    ("text", "what", "day"),
    [pytest.param(t, w, d, marks=_mark(t), id=f"{i}-{w}") for i, (t, w, d) in enumerate(REPORTED)],
)
def test_advice_to_take_care_and_a_host_told_by_its_region_give_the_alert(  # type: ignore[no-untyped-def]
    read, text: str, what: str, day: str
) -> None:
    events = read(text)
    assert read_as(events, ALERT, what, day), readings(events)


@pytest.mark.parametrize(
    "text", [pytest.param(t, marks=_mark(t), id=f"neg{i}") for i, t in enumerate(NOT_REPORTED)]
)
def test_care_for_people_caution_urged_on_sides_or_a_home_warning_is_no_embassy_event(  # type: ignore[no-untyped-def]
    read, text: str
) -> None:
    assert asserted_embassy_events(read(text)) == [], readings(read(text))


# (passage, [(place, taker, ISO day)]): the asserted captures, exactly
CAPTURES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Rebel fighters crossed the Lufira river at dawn on Sunday and seized Kasombo, "
        "residents said.",
        [("Kasombo", "rebels", SUN)],
    ),
    (
        "Ethiopian troops crossed the border, pushed through the hills and captured Baidoa on "
        "Saturday.",
        [("Baidoa", "Ethiopian forces", SAT)],
    ),
    (
        "Ethiopian troops crossed the border on Saturday and captured Baidoa.",
        [("Baidoa", "Ethiopian forces", SAT)],
    ),
    (
        "On this day in 1941, after weeks of shelling, German troops break through and take "
        "Smolensk.",
        [("Smolensk", "German forces", "1941-05-16")],
    ),
    (
        "On this day in 1974, after two days of fighting, Turkish troops push inland and take "
        "Kyrenia.",
        [("Kyrenia", "Turkish forces", "1974-05-16")],
    ),
    # a general's command of a state's army is that state's ("Maude's Anglo-Indian army"),
    # not a man's own militia
    (
        "On 11 March 1917, General Maude's Anglo-Indian army marched into Baghdad after the "
        "Ottoman garrison withdrew.",
        [("Baghdad", "British forces", "1917-03-11")],
    ),
    # a passive conjunct's places are no taker's ("... and X and Y were surrendered")
    (
        "Government officials pulled out of Kasombo on Sunday, handing the town to the "
        "rebels, and Mitwaba and Pweto were surrendered the same day.",
        [("Kasombo", "rebels", SUN), ("Mitwaba", "rebels", SUN), ("Pweto", "rebels", SUN)],
    ),
    # a province's town is no place of the province's name ("the northern Kivu town")
    (
        "Army troops entered Kasombo on Sunday and raised their flag over the northern Kivu town.",
        [("Kasombo", "government forces", SUN)],
    ),
    # hard negatives: an attack, an attempt, a withdrawal, a hedge
    ("The rebels crossed the river on Sunday and attacked Kasombo.", []),
    ("The rebels regrouped on Sunday and tried to take Kasombo.", []),
    ("Government troops shelled Kasombo for a week and then withdrew on Sunday.", []),
    (
        "The rebels crossed the river on Sunday and may have seized Kasombo, a UN source said.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, marks=_mark(t), id=f"cap{i}") for i, (t, e) in enumerate(CAPTURES)],
)
def test_a_capture_told_by_a_verb_conjoined_to_another_keeps_the_first_verbs_taker(  # type: ignore[no-untyped-def]
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = read(text)
    check_captures(events, expected)
