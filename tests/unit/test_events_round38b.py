"""Events, round 38, second pass: our own passages for kinds of capture the reader missed
outright (no reading at all) in the misses of the dev splits.

- "Troops have cleared X": an armed side clearing a named town of its enemy takes it; a road,
  a square, rubble or a person cleared is no capture (the place must be the verb's object).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import check_captures

MONDAY = date(2022, 5, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops have cleared Marjah after nine days of street fighting, the "
            "defence ministry announced.",
            [("Marjah", "government forces", None)],
        ),
        (
            "Rebel fighters cleared Ajdabiya of the last loyalist snipers on Saturday.",
            [("Ajdabiya", "rebels", "2022-05-14")],
        ),
        ("British troops cleared the Germans from the beach on Saturday.", []),
        (
            "State radio says the army is clearing mines in Malakal after retaking the town "
            "on Saturday.",
            [("Malakal", "government forces", "2022-05-14")],
        ),
        ("Troops cleared civilians from the centre of Kherson on Saturday.", []),
        (
            "The ministry said the army still held the airport and that commandos were "
            "clearing Kunduz street by street.",
            [],
        ),
        ("Soldiers cleared the highway to Kandahar of mines on Saturday.", []),
        ("Rescue teams cleared rubble in the centre of Antakya on Saturday.", []),
        ("A court in Kabul cleared the former governor of all charges on Saturday.", []),
    ],
)
def test_an_armed_side_clearing_a_named_town_takes_it(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, MONDAY), expected)
