"""Events, round 38 (missions): our own passages, written fresh for kinds of embassy error
found in the misses of dev48 to dev53.

What the round taught, in plain words:
- Foreign embassies in Myanmar sit in Yangon, not in the capital Nay Pyi Taw: a government
  telling its people to leave Myanmar, or its staff ordered out, is its embassy's in Yangon
  (ud015), as every dev label had it.
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
