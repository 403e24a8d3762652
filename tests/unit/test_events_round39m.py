"""Events, round 39 (missions): our own passages, written fresh for kinds of embassy error
found in the misses of dev54 and dev55 (and the sets before them).

What the round taught, in plain words:
- A warning told in the perfect ("the embassy has warned citizens to leave", "had warned
  them on Tuesday to leave") was read as a forecast, as if it were the passive "is expected
  to": the warning is the mission's act, told done; a weekday then dated it a week ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import asserted_embassy_events


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Canadian embassy has warned Canadians to get out of Mali at once.", None),
        (
            "Gunmen attacked a hotel in Bamako on Thursday, killing nine people. The Canadian "
            "embassy had warned Canadians on Wednesday evening to leave the city at once.",
            date(2022, 5, 11),
        ),
    ],
)
def test_a_warning_in_the_perfect_is_an_alert_told_done(read, text: str, day: date) -> None:
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    alerts = [e for e in events if e[0] == "embassy_security_alert"]
    assert alerts and all(a[1] == "Canadian Embassy Bamako" for a in alerts), events
    if day is not None:
        assert any(a[2] == day for a in alerts), events
