"""Events, round 39 (missions): our own passages, written fresh for kinds of embassy error
found in the misses of dev54 and dev55 (and the sets before them).

What the round taught, in plain words:
- A warning told in the perfect ("the embassy has warned citizens to leave", "had warned
  them on Tuesday to leave") was read as a forecast, as if it were the passive "is expected
  to": the warning is the mission's act, told done; a weekday then dated it a week ahead.
- Staff a government orders out as "non-emergency" or "non-essential" with no mission named
  in the sentence ("ordered non-emergency staff to leave South Sudan", ug013, ug074) gave
  no actor: only "personnel" and "employees" named the mission. Such staff are the
  mission's, as those are (an ordered departure), where no mission is named.
- A bare "the embassy in <city>" after a mission of a named country in that city ("India
  flew its ambassador and staff out of Kabul ... the embassy in Kabul would stay closed",
  uf065) was read of no country and dropped: it is the last such mission read.
- A government's notice told as a noun ("repeated its advice that all Britons in the country
  should leave", "its call for Britons to leave", uf064) found no people told: only a
  verb's object was read. The noun's clause subject or its "for"/"to" object is.
- Staff ordered to leave or come home by a later day or month ("ordered all its diplomats
  ... to return home by April", uf073) were read leaving now: the departure is still to
  come, a forecast (README: forecast when the passage puts the leaving on a later day).
- A government raising its advice for a country to its top level ("had raised Lebanon to
  its highest 'Do Not Travel' level", ug073) was no alert: it tells the public at large to
  stay away, its embassy's alert there, as "advised against all travel to X" is.
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


@pytest.mark.parametrize(
    "text",
    [
        "Washington on Thursday ordered non-emergency staff to leave Mali.",
        "The State Department on Thursday ordered non-essential US government staff and their "
        "families to get out of Mali.",
    ],
)
def test_staff_a_government_calls_non_emergency_are_its_missions(read, text: str) -> None:
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert ("embassy_evacuation", "US Embassy Bamako", date(2022, 5, 12)) in events, events


def test_other_staff_told_to_leave_are_no_mission(read) -> None:
    text = "The hospital in Bamako on Thursday ordered its staff to leave the building."
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert not events, events


def test_a_mission_of_no_named_country_in_the_last_missions_city_is_that_one(read) -> None:
    text = (
        "Norway flew its diplomats out of Bamako on Thursday. A spokesman said the embassy in "
        "Bamako would stay closed until it was safe to return."
    )
    events = set(asserted_embassy_events(read(text, date(2022, 5, 13))))
    assert ("embassy_evacuation", "Norwegian Embassy Bamako", date(2022, 5, 12)) in events
    assert any(e[:2] == ("embassy_closure", "Norwegian Embassy Bamako") for e in events), events


def test_a_mission_in_another_city_takes_no_country_from_the_last(read) -> None:
    text = (
        "Norway flew its diplomats out of Bamako on Thursday. The embassy in Dakar will stay "
        "closed."
    )
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert not any(e[0] == "embassy_closure" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa on Thursday repeated its advice that all Canadians in Mali should get out now.",
        "The foreign ministry in Ottawa on Thursday renewed its call for Canadians in Mali to "
        "leave.",
    ],
)
def test_a_governments_notice_noun_to_its_people_is_its_missions_alert(read, text: str) -> None:
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert ("embassy_security_alert", "Canadian Embassy Bamako", date(2022, 5, 12)) in events, (
        events
    )


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("Chile on Thursday ordered its diplomats in Mali to come home by June.", False),
        ("Chile on Thursday told its embassy staff to leave Mali by the end of the week.", False),
        ("Chile on Thursday ordered its embassy staff to leave Mali by road.", True),
    ],
)
def test_an_order_to_leave_by_a_later_day_is_a_departure_to_come(
    read, text: str, asserted: bool
) -> None:
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    evacuations = [e for e in events if e[0] == "embassy_evacuation"]
    assert bool(evacuations) == asserted, events


@pytest.mark.parametrize(
    "text",
    [
        "The State Department on Thursday raised its travel advisory for Mali to Level 4: Do "
        "Not Travel.",
        "Quoting the department's new notice, the paper said on Thursday that Washington had "
        "raised Mali to its top 'Do Not Travel' level.",
    ],
)
def test_advice_raised_to_do_not_travel_is_the_missions_alert(read, text: str) -> None:
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert ("embassy_security_alert", "US Embassy Bamako", date(2022, 5, 12)) in events, events


def test_other_things_raised_beside_travel_words_are_no_alert(read) -> None:
    text = "Bakers raised bread prices on Thursday, and buyers said they would not travel far."
    assert not asserted_embassy_events(read(text, date(2022, 5, 13)))
