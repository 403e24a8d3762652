"""Events, round 28c: our own passages, about invented missions' alerts, evacuations and
closures in real places.

What the round taught, in plain words:
- A mission named by its sender and then its host, as missions name themselves ("US Mission
  South Africa", "Norwegian Mission Ghana"), is sent by the country before the noun: the
  country after it is where it serves, not whose it is.
"""

from __future__ import annotations

import pytest

from tests.event_readings import check_embassy_events, known_miss

AL, CL, EV = "embassy_security_alert", "embassy_closure", "embassy_evacuation"
MON, SUN = "2022-05-16", "2022-05-15"  # published Monday 16 May 2022

# (passage, the asserted embassy events exactly, as (type, actor, ISO day or None))
MISSIONS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- a mission's own name: its sender, then its host -----------------------------------------
    (
        "Norwegian Mission Ghana said on Monday that its consulate in Kumasi had closed.",
        [(CL, "Norwegian Consulate Kumasi", MON)],
    ),
    (
        "Swedish Mission Kenya said on Sunday that its consulate in Mombasa had shut.",
        [(CL, "Swedish Consulate Mombasa", SUN)],
    ),
    (  # the host's own consulate, another mission reporting it
        "Ghana's consulate in Kumasi closed on Sunday, the Norwegian embassy said.",
        [(CL, "Ghanaian Consulate Kumasi", SUN)],
    ),
]

MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in MISSIONS],
)
def test_each_mission_is_read_with_its_sender_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text), expected)
