"""Events, round 28: our own passages, about invented captures at invented and real towns.

What the round taught, in plain words:
- A capture the other side mentions "without confirming" its loss is hedged.
"""

from __future__ import annotations

import pytest

from tests.event_readings import check_captures, known_miss

SUN = "2022-05-15"  # published Monday 16 May 2022

# (passage, the asserted captures exactly, as (place, taker, ISO day or None))
CAPTURES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # --- a loss the other side does not confirm -------------------------------------------------
    (
        "Russia says its forces took Kramatorsk on Sunday. Ukraine's general staff reported "
        "fighting near Kramatorsk without confirming its loss.",
        [],
    ),
    (
        "Russia says its forces took Kramatorsk on Sunday. Ukraine's general staff confirmed "
        "its loss on Monday.",
        [("Kramatorsk", "Russian forces", SUN)],
    ),
]

MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], MISSES), id=p[0][:48]) for p in CAPTURES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text), expected)
