"""Events, round 38 (missions, second pass): our own passages, written fresh for kinds of
embassy error found in the misses of dev37 to dev53.

What the round taught, in plain words:
- A mission whose city the passage never names sits in the capital of the host country the
  article names most (README), and places count as well as names and peoples. A passage
  may name the host only by a place in or by its capital: the capital's airport and its
  gates, a district ("helicopters ferried diplomats to Hamid Karzai International
  Airport", "citizens at Abbey Gate", tp018, tx033, tz096). Such places now name Kabul.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import asserted_embassy_events


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters shuttled American diplomats from the embassy to Hamid Karzai "
        "International Airport on Monday, and the US embassy has shut, an official said.",
        "On Monday the US embassy warned Americans waiting outside Abbey Gate to move away "
        "at once because of a threat.",
    ],
)
def test_a_place_of_the_capital_names_the_host_of_an_unplaced_embassy(read, text: str) -> None:
    events = asserted_embassy_events(read(text, date(2021, 8, 17)))
    assert events, text
    assert all(actor == "US Embassy Kabul" for _, actor, _ in events), events
