"""Events, round 38 (missions): our own passages, written fresh for kinds of embassy error
found in the misses of dev48 to dev53.

What the round taught, in plain words:
- Foreign embassies in Myanmar sit in Yangon, not in the capital Nay Pyi Taw: a government
  telling its people to leave Myanmar, or its staff ordered out, is its embassy's in Yangon
  (ud015), as every dev label had it.
- A country's adjective on the craft staff left aboard ("on a British military aircraft",
  "aboard a US military plane") was read as the sender of a bare "the embassy" later in the
  sentence (ty096, to017, tl028): the carrier is no sender (craft that fly the staff out,
  "French military helicopters flew embassy staff out", still name theirs).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import asserted_embassy_events


@pytest.mark.parametrize(
    "text",
    [
        "Washington on Thursday ordered non-essential diplomats out of Myanmar as fighting spread.",
        "The State Department told Americans on Thursday to leave Burma at once.",
    ],
)
def test_a_mission_in_myanmar_sits_in_yangon(read, text: str) -> None:
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert events, text
    assert all(actor == "US Embassy Yangon" for _, actor, _ in events), events


def test_the_adjective_of_the_craft_staff_left_on_names_no_sender(read) -> None:
    text = (
        "Sweden's 12 remaining embassy staff left Bamako for Dakar on a French military "
        "aircraft on Thursday, and the embassy has shut its doors, the foreign ministry said."
    )
    assert set(asserted_embassy_events(read(text, date(2022, 5, 13)))) == {
        ("embassy_evacuation", "Swedish Embassy Bamako", date(2022, 5, 12)),
        ("embassy_closure", "Swedish Embassy Bamako", date(2022, 5, 12)),
    }


def test_the_adjective_of_craft_that_flies_staff_out_names_the_sender(read) -> None:
    text = "French military helicopters flew embassy staff out of Bamako on Thursday."
    assert asserted_embassy_events(read(text, date(2022, 5, 13))) == [
        ("embassy_evacuation", "French Embassy Bamako", date(2022, 5, 12))
    ]
