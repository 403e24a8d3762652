"""Events pass 2, round 22: our own passages, about invented places or wars no fixture and no
list of stories to avoid names, for kinds dev20 to dev24 still missed.

- A taker named by a common noun for any non-state army ("armed groups", "non-state armed
  groups") in an article on Afghanistan is the Taliban, as "insurgents" and "militants"
  there are (tests/fixtures/README.md); elsewhere the same nouns are rebels.
- A plural city noun counted by its determiner ("both cities", "the two towns") refers back
  to as many places named before it in the sentence; a participle the tagger read as a
  noun after "be" and an adverb ("were also overrun") is still the verb.
- A place "in their hands" is held by the last group named before (in the sentence or the
  one before), and "since this morning" dates the holding's start as "on Sunday" dates it.
- An anniversary item told "a year ago today", "a decade ago today", "twenty years ago
  tonight": the event is the item's own news, on the publication's day and month in the
  year it names (the singular units and the times of day as the plural and "today").
- Staff "already on their way home" or "already leaving": "already" with a state or an
  action under way says it is happening now, no background (as "had already left" is);
  the staff may be named by any of the rule's cue nouns ("its staff", "its team").
- Missions conjoined in one subject ("the embassy in X and the consulate in Y were shut"):
  each is the actor's country's mission in its own city.
- "The embassy" with no country, after the article's mission of a known country whose city
  the article names: that country's embassy in that city.
- A consulate named by what it does: "the US consular office in X" is the US Consulate X
  (not a governor's or a passport office).
- Hard negatives: the same nouns in a war elsewhere (rebels), "a year ago" with no
  "today" (background), a perfect with "already" (background).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.event_readings import check_captures, known_miss

# (published, passage, [(place, taker, ISO day or None)]): the asserted captures, exactly
PASSAGES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- a common noun for a non-state army, in an article on Afghanistan ------------------
    (
        "2021-07-05",
        "Afghanistan sitrep, 5 July: non-state armed groups took Imam Sahib and Khwaja Ghar "
        "on Sunday, district officials said.",
        [
            ("Imam Sahib", "Taliban", "2021-07-04"),
            ("Khwaja Ghar", "Taliban", "2021-07-04"),
        ],
    ),
    (
        "2021-07-05",
        "Notes from Kabul (extract): 1. Armed groups now hold most of the north. 2. Yangi Qala "
        "and Khwaja Ghar changed hands on Sunday.",
        [("Yangi Qala", "Taliban", "2021-07-04"), ("Khwaja Ghar", "Taliban", "2021-07-04")],
    ),
    (
        "2021-07-05",
        "An armed group overran Yangi Qala on Sunday, the Afghan defence ministry admitted.",
        [("Yangi Qala", "Taliban", "2021-07-04")],
    ),
    # hard negatives: the same nouns in other wars are rebels
    (
        "2021-07-05",
        "An armed group seized Dounzara on Sunday, Malian officials said.",
        [("Dounzara", "rebels", "2021-07-04")],
    ),
    (
        "2021-07-05",
        "Armed groups seized Porto Alvo on Sunday, the Mozambican army said.",
        [("Porto Alvo", "rebels", "2021-07-04")],
    ),
    # --- "both cities", "the two towns": the places named before ----------------------------
    (
        "2021-08-08",
        "Rebels shelled Garrovo and Dorvik for a week, and on Sunday both towns fell.",
        [("Garrovo", "rebels", "2021-08-08"), ("Dorvik", "rebels", "2021-08-08")],
    ),
    (
        "2021-08-08",
        "Officials in Garrovo and Marrosk said on Sunday that both towns had been overrun by "
        "rebels.",
        [("Garrovo", "rebels", "2021-08-08"), ("Marrosk", "rebels", "2021-08-08")],
    ),
    (  # the participle read as a noun after "were" and an adverb
        "2021-08-08",
        "Separatist fighters took Garrovo on Sunday, and officials in Marrosk and Dorvik say "
        "both towns were also overrun on Sunday.",
        [
            ("Garrovo", "rebels", "2021-08-08"),
            ("Marrosk", "rebels", "2021-08-08"),
            ("Dorvik", "rebels", "2021-08-08"),
        ],
    ),
    # hard negatives: both towns quiet; two towns still held
    (
        "2021-08-08",
        "Officials in Garrovo and Marrosk said on Sunday that both towns were quiet.",
        [],
    ),
    (
        "2021-08-08",
        "Rebels seized Garrovo on Sunday; Marrosk and Dorvik held out, and officials said the "
        "two towns were still in army hands.",
        [("Garrovo", "rebels", "2021-08-08")],
    ),
    # --- "in their hands": the group named before, a state dated by its start --------------
    (
        "2021-08-13",
        "Separatist fighters took Garrovo on Friday. Marrosk is in their hands since this "
        "morning, their spokesman said.",
        [("Garrovo", "rebels", "2021-08-13"), ("Marrosk", "rebels", None)],
    ),
    (
        "2021-08-13",
        "Separatist fighters took Garrovo on Friday, and Marrosk was in their hands by the "
        "evening.",
        [("Garrovo", "rebels", "2021-08-13"), ("Marrosk", "rebels", "2021-08-13")],
    ),
    # a holding told as it stands is the news of the fall (settled in round 24); hard
    # negative: one held for years
    (
        "2021-08-13",
        "Separatist fighters took Garrovo on Friday. Marrosk is in their hands.",
        [("Garrovo", "rebels", "2021-08-13"), ("Marrosk", "rebels", None)],
    ),
    (
        "2021-08-13",
        "Marrosk has been in rebel hands since 2019, and its market reopened on Friday.",
        [],
    ),
    # --- anniversaries told with a singular unit or a time of day ---------------------------
    (
        "2023-03-14",
        "A year ago today, rebels seized Garrovo after a week of shelling.",
        [("Garrovo", "rebels", "2022-03-14")],
    ),
    (
        "2023-03-14",
        "A decade ago today, separatist fighters overran Garrovo and raised their flag over "
        "the town hall.",
        [("Garrovo", "rebels", "2013-03-14")],
    ),
    (
        "2023-03-14",
        "Twenty years ago tonight, rebel columns rolled into Garrovo as the garrison fled "
        "across the river.",
        [("Garrovo", "rebels", "2003-03-14")],
    ),
    # hard negative: "a year ago" with no "today" is background to nothing here
    (
        "2023-03-14",
        "A year ago, rebels seized Garrovo after a week of shelling; on Monday the town held "
        "its first market since.",
        [],
    ),
]

# opening words of a passage read wrong today -> why (a strict xfail)
MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(*p, marks=known_miss(p[1], MISSES), id=p[1][:48]) for p in PASSAGES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, published: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, datetime.fromisoformat(published).date()), expected)


# --- embassy events: anniversaries, and staff already on their way -------------------------
ALERT, CLOSURE, EVACUATION = "embassy_security_alert", "embassy_closure", "embassy_evacuation"

# (published, passage, [(event type, mission, ISO day or None)]): the asserted embassy
# events, exactly (a day of None checks none)
MISSIONS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "2023-03-14",
        "A decade ago today, the Dutch embassy in Velacruz closed its doors as riots spread "
        "to the old town.",
        [(CLOSURE, "Dutch Embassy Velacruz", "2013-03-14")],
    ),
    (
        "2023-03-14",
        "A year ago today, the German consulate in Velacruz told Germans to keep away from "
        "the port after two bombings.",
        [(ALERT, "German Consulate Velacruz", "2022-03-14")],
    ),
    (
        "2021-07-05",
        "Norway shut its embassy in Velacruz on Sunday, and its diplomats were already leaving "
        "the country.",
        [
            (CLOSURE, "Norwegian Embassy Velacruz", "2021-07-04"),
            (EVACUATION, "Norwegian Embassy Velacruz", None),
        ],
    ),
    (
        "2021-07-05",
        "Norway suspended operations at its embassy in Velacruz on Sunday, and its diplomats "
        "were already on their way out of the country, the foreign minister said.",
        [
            (CLOSURE, "Norwegian Embassy Velacruz", "2021-07-04"),
            (EVACUATION, "Norwegian Embassy Velacruz", None),
        ],
    ),
    (  # the mission's people named by a cue noun ("staff", "team"), not by "diplomats"
        "2021-07-05",
        "Norway closed its embassy in Velacruz on Sunday, and its Norwegian staff were already "
        "on their way home, the foreign minister said.",
        [
            (CLOSURE, "Norwegian Embassy Velacruz", "2021-07-04"),
            (EVACUATION, "Norwegian Embassy Velacruz", None),
        ],
    ),
    # missions conjoined in one subject: each in its own city
    (
        "2022-05-16",
        "The Dutch embassy in Velacruz and the consulate in Porto Verde were shut to the "
        "public on Sunday.",
        [
            (CLOSURE, "Dutch Embassy Velacruz", "2022-05-15"),
            (CLOSURE, "Dutch Consulate Porto Verde", "2022-05-15"),
        ],
    ),
    (
        "2022-05-16",
        "The Japanese consulate in Porto Verde and the consulate in Tarrasco both closed on "
        "Sunday as the riots spread.",
        [
            (CLOSURE, "Japanese Consulate Porto Verde", "2022-05-15"),
            (CLOSURE, "Japanese Consulate Tarrasco", "2022-05-15"),
        ],
    ),
    (  # hard negative: an embassy with no city of its own is not put in the consulate's
        "2022-05-16",
        "The Dutch embassy and the consulate in Porto Verde were shut to the public on Sunday.",
        [(CLOSURE, "Dutch Consulate Porto Verde", "2022-05-15")],
    ),
    # "the embassy" after the article's mission of a known country: that country's
    (
        "2022-05-17",
        "The nine Japanese embassy staff still in Bamako were flown out on Monday, the foreign "
        "ministry said. The embassy has been temporarily closed.",
        [
            (EVACUATION, "Japanese Embassy Bamako", "2022-05-16"),
            # (round 36: closed the day its staff left, as the dev labels of ty036, tz093 and
            # e047 date such an undated closure; it was the day of publication before)
            (CLOSURE, "Japanese Embassy Bamako", "2022-05-16"),
        ],
    ),
    (  # hard negative: another country's embassy that stayed open
        "2022-05-17",
        "The nine Japanese embassy staff still in Bamako were flown out on Monday. The "
        "Portuguese embassy stayed open.",
        [(EVACUATION, "Japanese Embassy Bamako", "2022-05-16")],
    ),
    # a consulate named by what it does: "the US consular office in X"
    (
        "2022-05-17",
        "The US consular office in Velacruz was closed on Monday after two nights of gun battles.",
        [(CLOSURE, "US Consulate Velacruz", "2022-05-16")],
    ),
    (
        "2022-05-17",
        "The British consular office in Velacruz told Britons on Monday to stay indoors.",
        [(ALERT, "UK Consulate Velacruz", "2022-05-16")],
    ),
    (
        "2022-05-17",
        "The Canadian consular office in Puerto Salvo was shut on Monday and its staff moved "
        "to the capital.",
        [
            (CLOSURE, "Canadian Consulate Puerto Salvo", "2022-05-16"),
            (EVACUATION, "Canadian Consulate Puerto Salvo", "2022-05-16"),
        ],
    ),
    # hard negatives: other offices closed
    (
        "2022-05-17",
        "The governor's office in Velacruz was closed on Monday after two nights of gun battles.",
        [],
    ),
    (
        "2022-05-17",
        "The city's passport office in Velacruz was closed on Monday after the riots.",
        [],
    ),
    # hard negatives: staff who had already left weeks before; an embassy closed a year ago;
    # staff of no mission on their way home
    (
        "2021-07-05",
        "Norway, whose diplomats had already left Velacruz in June, said on Sunday it would "
        "send aid to the city.",
        [],
    ),
    (
        "2023-03-14",
        "The Dutch embassy in Velacruz, closed a year ago after the riots, is still shut, a "
        "spokesman said on Tuesday.",
        [],
    ),
    (
        "2021-07-05",
        "Hospital staff in Velacruz were on their way home on Sunday as the city emptied.",
        [],
    ),
    (
        "2021-07-05",
        "The Velacruz football team were on their way home on Sunday after the tournament.",
        [],
    ),
]

MISSION_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(*p, marks=known_miss(p[1], MISSION_MISSES), id=p[1][:48]) for p in MISSIONS],
)
def test_each_embassy_event_is_read_with_its_mission_and_day(
    read, published: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = read(text, datetime.fromisoformat(published).date())
    got = {(e.type, e.actor) for e in events if e.modality == "asserted"}
    assert got == {(kind, mission) for kind, mission, _ in expected}
    for kind, mission, day in expected:
        if day is not None:
            assert any(
                e.type == kind
                and e.actor == mission
                and e.date is not None
                and e.date.isoformat() == day
                for e in events
                if e.modality == "asserted"
            )
