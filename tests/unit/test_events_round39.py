"""Events, round 39: our own passages, written fresh for kinds of capture error found in the
misses of dev54 and dev55 (opened this round) and of older dev sets' captures with no
reading at all.

What the round taught, in plain words:
- Takers. A round count before the men who took a town ("hundreds of fighters seized X",
  ug011) hid the men behind the count: the capture had no taker and no reading.
- Places. A town's name the entity model types as a person's is dropped after "took" or
  "captured" (people are taken too) unless a city noun or a gazetteer says it is a place; an
  apposition that calls it a stronghold or a port ("X, the last stronghold of the Rapid
  Support Forces", tt039) says so as "a town" or "the capital" does.
- Days. A capture in a clause "a day after they took X" whose period the parser hung on the
  main verb ("the city fell a day after the insurgents took Zaranj", uf031) took the main
  clause's day, not the day before it.
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
            "Witnesses said dozens of gunmen stormed the market town of Qarnayt on Sunday and "
            "hoisted their banner over the old fort.",
            [("Qarnayt", "rebels", "2022-05-15")],
        ),
        (
            "Several hundred tribal fighters seized the hill town of Wadi Kalam on Saturday, "
            "residents said.",
            [("Wadi Kalam", "rebels", "2022-05-14")],
        ),
    ],
)
def test_a_round_count_of_fighters_is_the_fighters_as_taker(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, MONDAY), expected)


def test_a_round_count_of_civilians_takes_no_town(read) -> None:
    text = "Hundreds of residents fled the border town of Qarnayt on Sunday as shelling grew."
    check_captures(read(text, MONDAY), [])


def test_a_name_called_a_stronghold_is_a_place_whatever_its_entity_type(read) -> None:
    text = (
        "Government troops captured Jabal Marra, the insurgents' last stronghold in the west, "
        "on Saturday."
    )
    check_captures(read(text, MONDAY), [("Jabal Marra", "government forces", "2022-05-14")])


def test_a_person_taken_is_still_no_place(read) -> None:
    text = "Rebels captured Omar Haddad, a senior army commander, near the border on Sunday."
    check_captures(read(text, MONDAY), [])


def test_a_period_hung_on_the_main_verb_dates_the_clause_after_it(read) -> None:
    text = (
        "Rebels seized Menaka on Monday. The town fell a day after the insurgents took "
        "Ansongo, a local official said."
    )
    check_captures(
        read(text, MONDAY),
        [("Menaka", "rebels", "2022-05-16"), ("Ansongo", "rebels", "2022-05-15")],
    )
