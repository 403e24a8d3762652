"""Events, round 37 (third wave): our own passages, written fresh for kinds of capture the
dev sets' unseen-written passages told and the rules read no event at all for.

What the wave taught, in plain words:
- A garrison, an army camp or the garrisons of several places taken "at" a place ("Tuareg
  rebels overrun the army camp at Aguelhok", td003; "a rebel column took the army garrison
  at Yaguajay", ts068; "the royalist garrison at Nam Tha", tp039; "the surrender of the
  garrisons at Port Howard and Fox Bay", ua010) gave no place: only "in" carried the place
  of a seat of power. "at" carries it now, and "army camp", "military camp" and the plural
  "garrisons" are such seats.
- Two takers joined with a movement named first whose name holds a state's word ("Pathet
  Lao and North Vietnamese troops overrun ...") were read by the army noun after them as the
  government's: the first taker's name, a movement's, makes them rebels, as "Pathet Lao
  troops" alone already did.
- An anniversary column's heading giving its day before the entry's year with a full stop
  ("TODAY IN HISTORY, May 6. 1962: ...") was read as the day of publication: the heading's
  year is the item's year now, as "On this day in 1962:" was.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import check_captures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels overran the army garrison at Kunduz on Sunday after a week-long siege.",
            [("Kunduz", "rebels", "2022-05-15")],
        ),
        (
            "Insurgents stormed the military camp at Taloqan on Sunday, officials said.",
            [("Taloqan", "Taliban", "2022-05-15")],
        ),
        (
            "The militants took the garrisons at Kunduz and Taloqan on Sunday.",
            [("Kunduz", "Taliban", "2022-05-15"), ("Taloqan", "Taliban", "2022-05-15")],
        ),
        # hard negatives: a garrison attacked, or a camp only reached, is not taken
        ("Rebels attacked the army garrison at Kunduz on Sunday.", []),
        ("Rebels reached the outskirts of the army camp at Kunduz on Sunday.", []),
    ],
)
def test_a_garrison_or_camp_taken_at_a_place_takes_the_place(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, date(2022, 5, 16)), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pathet Lao and North Vietnamese troops overran Phongsali on Saturday.",
            [("Phongsali", "rebels", None)],
        ),
        # a state's army named first keeps its side ("French and Malian troops")
        (
            "French and Malian troops retook Kidal on Saturday.",
            [("Kidal", "government forces", None)],
        ),
    ],
)
def test_a_movement_named_first_of_two_takers_names_them(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, date(2013, 2, 3)), expected)


def test_a_today_in_history_heading_dates_its_entry_by_its_year(read) -> None:
    text = "TODAY IN HISTORY, June 9. 1970: Rebels overran Kunduz after a short fight."
    check_captures(read(text, date(2020, 6, 9)), [("Kunduz", "rebels", "1970-06-09")])
