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
- A mission's work run or moved elsewhere is both a closure and an evacuation (README,
  round 19), but the rules read only the closure of "will operate from Qatar", of
  "suspended its diplomatic presence in X and moved it to Y" (ud038, p026, tg068) and of
  "had suspended its operations and its diplomatic work would be run from Y" (ub033), and
  nothing of a "where" clause on the place staff were flown to ("flown to Istanbul, where
  the embassy will work from a temporary office", ue037, tl028). Both are read now; a
  temporary office is run from there now (a plain "would be run from Y" stays a plan: ub033
  is still missed, and u031 and q026 label such a plan no evacuation at all); a move
  joined to the shutting ("suspended ... and moved it to Y") is one for now; and staff
  told as leaving on their own day are not read leaving again on the closure's.
- An envoy expelled and flown home alone ("months after its ambassador was expelled by
  Niger's military rulers and flown home", ud104) was read as the mission's evacuation:
  an envoy alone whom the host puts out is none (README, round 29).
- A mission that "would be closed to the public until further notice" (ud102) was read as
  a closure still to come: a state with no end and no day of its own is the mission closed
  now, as "will remain closed" is (README, round 23); "will close until further notice"
  and "will be closed from Monday" stay forecasts.
- A host telling another country's ambassador to leave ("Iraq has told the Swedish
  ambassador to leave", ue104) was read as the host's own alert to its citizens: an envoy
  told to leave is expelled, no one's alert. And the bare "the embassy" before it was put
  in that host's hands ("Iraqi Embassy"): a country that is the subject of the next joined
  clause, after the mention, does that clause's act and sends no mission.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada has suspended its diplomatic presence in Bamako and moved it to Dakar, "
            "the foreign minister said on Thursday.",
            {
                ("embassy_closure", "Canadian Embassy Bamako", date(2022, 5, 12)),
                ("embassy_evacuation", "Canadian Embassy Bamako", date(2022, 5, 12)),
            },
        ),
        (
            "Norway said on Thursday that its embassy in Bamako had halted its operations and "
            "that its diplomatic work would be run from Dakar for the time being.",
            {
                ("embassy_closure", "Norwegian Embassy Bamako", date(2022, 5, 12)),
                ("embassy_evacuation", "Norwegian Embassy Bamako", date(2022, 5, 12)),
            },
        ),
        (
            "Italy said on Thursday that its last diplomats in Bamako had been flown to Dakar, "
            "where the embassy will work from a temporary office.",
            {
                ("embassy_closure", "Italian Embassy Bamako", date(2022, 5, 12)),
                ("embassy_evacuation", "Italian Embassy Bamako", date(2022, 5, 12)),
            },
        ),
    ],
)
def test_a_mission_run_or_moved_elsewhere_is_closed_and_evacuated(
    read, text: str, expected: set[tuple[str, str, date]]
) -> None:
    assert set(asserted_embassy_events(read(text, date(2022, 5, 13)))) == expected


def test_staff_flown_out_then_run_from_elsewhere_is_one_departure(read) -> None:
    text = (
        "Finland's four remaining diplomats left Bamako on Wednesday. The embassy closed on "
        "Monday and will work from Dakar for the time being."
    )
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert [e for e in events if e[0] == "embassy_evacuation"] == [
        ("embassy_evacuation", "Finnish Embassy Bamako", date(2022, 5, 11))
    ], events


def test_an_envoy_flown_home_as_the_embassy_shuts_still_leaves(read) -> None:
    text = "Belgium's ambassador was flown home from Bamako on Thursday as the embassy shut."
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert ("embassy_evacuation", "Belgian Embassy Bamako", date(2022, 5, 12)) in events, events


def test_a_mission_to_be_closed_until_further_notice_is_closed_now(read) -> None:
    text = (
        "The Dutch embassy in Bamako told Dutch citizens on Thursday to stay indoors, and said "
        "the embassy would be closed to the public until further notice."
    )
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert ("embassy_closure", "Dutch Embassy Bamako", date(2022, 5, 12)) in events, events


# Wordings that give no asserted event of a kind: a move for good, or work from the city
# itself, is no evacuation; nor is an envoy expelled alone; a closure from a later day, or
# still to come, is no closure now; an envoy the host tells to leave is no alert.
NOT_READ = [
    ("embassy_evacuation", "Paraguay moved its embassy to Jerusalem on Thursday."),
    (
        "embassy_evacuation",
        "Staff at the embassy in Bamako, where the mission will keep working, were told to "
        "stay indoors on Thursday.",
    ),
    (
        "embassy_evacuation",
        "Belgium closed its embassy in Bamako on Thursday, weeks after its ambassador was "
        "expelled by the junta and flown home.",
    ),
    ("embassy_evacuation", "The expelled Belgian ambassador flew home from Bamako on Thursday."),
    (
        "embassy_closure",
        "The Dutch embassy in Bamako will be closed from Monday until further notice.",
    ),
    ("embassy_closure", "The Netherlands will close its embassy in Bamako until further notice."),
    (
        "embassy_security_alert",
        "The Danish embassy in Bamako is shut, and Mali has told the ambassador to leave.",
    ),
    (
        "embassy_security_alert",
        "Denmark said its staff in Bamako were safe. The embassy will stay shut for now, and "
        "Mali has told the Danish ambassador to leave.",
    ),
]


@pytest.mark.parametrize(("kind", "text"), NOT_READ)
def test_no_event_of_the_kind_is_read(read, kind: str, text: str) -> None:
    events = asserted_embassy_events(read(text, date(2022, 5, 13)))
    assert not any(k == kind for k, _, _ in events), events


def test_a_country_doing_the_next_act_is_not_the_sender_of_the_embassy_before(read) -> None:
    text = (
        "Denmark said on Thursday that its staff in Bamako had been flown out. The embassy will "
        "stay shut for now, and Mali has expelled the Danish ambassador."
    )
    actors = {actor for _, actor, _ in asserted_embassy_events(read(text, date(2022, 5, 13)))}
    assert actors == {"Danish Embassy Bamako"}, actors
