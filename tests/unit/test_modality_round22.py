"""Modality, round twenty-two: a finished disaster's count told in a clause that describes the
disaster ("the earthquake that killed 309 people", "the Zogg Fire, which burned 56,338
acres") stays the disaster's own count, asserted, when the passage's news is about that
disaster itself (a trial, a rebuilding, an anniversary, an obituary), as the writers of every
set label it. Beside a comparison, news of a new event of the kind, a newer value, or as a
storm's category (a state held then) it stays a recap. Every passage is written for these
tests, about made-up places and disasters."""

from __future__ import annotations

from datetime import date

import pytest
from claim_readings import claims, known_wrong

D, A, C, H = "death_toll", "acres_burned", "confirmed_cases", "hurricane_category"
E, MT = "exact", "more_than"
S, R = "asserted", "recap"

# (passage, every claim it gives as (metric, value, bound, modality), in any order);
# published 2024-04-05, a Friday
OWN_PASSAGES: list[tuple[str, list[tuple[str, float, str, str]]]] = [
    # ---- 1. the news is about the past disaster itself: its count is asserted
    (
        "A court in Verrin on Thursday jailed two engineers over the 2016 earthquake, which "
        "killed 212 people when their tower block fell.",
        [(D, 212.0, E, S)],
    ),
    (
        "Five years after the landslide that killed more than 140 people in Oska, the "
        "rebuilt school opened its doors on Monday.",
        [(D, 140.0, MT, S)],
    ),
    (
        "The power company agreed on Wednesday to pay $90 million over the Tarn Fire, which "
        "killed six people and burned 31,200 acres in the hills in 2021.",
        [(D, 6.0, E, S), (A, 31200.0, E, S)],
    ),
    (
        "Survivors of the 2011 Brell flood, which drowned 77 people in the lower town, "
        "unveiled a memorial on the riverbank this week.",
        [(D, 77.0, E, S)],
    ),
    (
        "A decade after the cholera epidemic that infected 8,300 people in Sallow, the city "
        "still boils its drinking water.",
        [(C, 8300.0, E, S)],
    ),
    # ---- 2. set beside a new event, a record or a newer value: still a recap
    (
        "Crews are fighting a fire near Pell this week, three years after the Horn Fire, "
        "which burned 12,000 acres of the same valley.",
        [(A, 12000.0, E, R)],
    ),
    (
        "The Corvo quake is now the deadliest in the region since the 1988 earthquake, which "
        "killed 600 people.",
        [(D, 600.0, E, R)],
    ),
    (
        "Cases are rising again in Sallow, two years after the outbreak that infected 900 "
        "people in 2022.",
        [(C, 900.0, E, R)],
    ),
    (
        "The Lusk Fire has outgrown the 2019 Mara Fire, which burned 20,000 acres.",
        [(A, 20000.0, E, R)],
    ),
    (
        "A cyclone is nearing the Vell coast, where the 1999 cyclone that struck the islands "
        "killed 3,000 people.",
        [(D, 3000.0, E, R)],
    ),
    # ---- 3. a state held then, beside later news: still a recap
    (
        "Ten years after Cyclone Dova, which struck the islands as a Category 4 in 2014, the "
        "harbour wall was finished on Monday.",
        [(H, 4.0, E, R)],
    ),
]

# readings that are still wrong (a strict xfail each), by the passage's opening words: the
# year dates only the last of two conjoined verbs; "the deadliest since" a relative clause's
# count is read as no recap at all (as before this round)
KNOWN_WRONG: list[str] = [
    "The power company agreed on Wednesday",
    "The Corvo quake is now the deadliest",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, marks=known_wrong(t, KNOWN_WRONG)) for t, e in OWN_PASSAGES],
)
def test_a_past_disasters_count_is_its_own_unless_set_beside_another(  # type: ignore[no-untyped-def]
    enricher, text, expected
) -> None:
    assert sorted(claims(enricher, text)) == sorted(expected)


def test_the_known_wrong_readings_name_passages_that_exist() -> None:
    for opening in KNOWN_WRONG:
        assert any(t.startswith(opening) for t, _ in OWN_PASSAGES), opening


# a handover, closure or evacuation someone refuses or declines is none (negated): never an
# asserted event; the same act told plainly beside it is
REFUSED = [
    ("The garrison in Telmar refused on Monday to hand over the town to the rebels.", []),
    ("Elders declined to surrender Ardun to the militia, and fighting resumed on Tuesday.", []),
    (
        "The Danish embassy refused to close despite the warning, but the Dutch embassy shut "
        "its doors on Wednesday.",
        [("embassy_closure", "Dutch Embassy")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFUSED)
def test_an_act_refused_or_declined_is_no_asserted_event(  # type: ignore[no-untyped-def]
    read, text, expected
) -> None:
    events = read(text, date(2024, 4, 5))
    asserted = [(e.type, e.actor) for e in events if e.modality == "asserted"]
    assert [(t, a) for t, a in asserted if not any(a.startswith(x) for _, x in expected)] == []
    for kind, actor in expected:
        assert any(t == kind and a.startswith(actor) for t, a in asserted), asserted
