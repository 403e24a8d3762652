"""Events, round 15 (second writer): general shapes of English news writing the rules
missed on text they were not written from: a government telling its own people to leave
a country (its embassy's alert there), evacuations told by where people were taken
from, closures that go on, sides told by whom they fight, states reported with a day.
Our own example sentences (invented places and people where a name is needed)."""

from __future__ import annotations

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def alerts(events: list[Event]) -> list[tuple[str, str | None]]:
    """(actor, ISO date) of each asserted embassy security alert."""
    return sorted(
        {
            (e.actor, e.date.isoformat() if e.date else None)
            for e in events
            if e.type == "embassy_security_alert" and e.modality == "asserted"
        },
        key=str,
    )


# --- a government telling its own people ----------------------------------------------------


def test_a_foreign_ministry_telling_its_nationals_to_leave_is_its_embassys_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "Italy's foreign ministry on Sunday told Italian nationals in Mali to leave at once."
    assert alerts(read(text)) == [("Italian Embassy Bamako", "2022-05-15")]


def test_several_governments_telling_their_citizens_give_one_alert_each(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Spain and Sweden on Saturday followed Norway in urging their citizens to get out of "
        "Niger while the airport is still open."
    )
    assert alerts(read(text)) == [
        ("Spanish Embassy Niamey", "2022-05-14"),
        ("Swedish Embassy Niamey", "2022-05-14"),
    ]


def test_a_governments_call_takes_the_host_the_article_names(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighting spread through the suburbs of Khartoum overnight. The Canadian government "
        "told Canadians to shelter in place until further notice."
    )
    assert "Canadian Embassy Khartoum" in {actor for actor, _ in alerts(read(text))}


def test_a_call_told_a_day_before_another_event_takes_the_day_before(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The State Department pulled most staff out of the embassy in Juba on Sunday, a day "
        "after the White House told Americans in South Sudan to leave."
    )
    assert ("US Embassy Juba", "2022-05-14") in alerts(read(text))


def test_an_army_telling_foreigners_to_leave_is_no_embassy_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "Russian troops told Americans in the village to leave their homes on Sunday."
    assert alerts(read(text)) == []


def test_a_government_urging_another_country_is_diplomacy_not_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The British government on Sunday urged Niger's junta to avoid any violence."
    assert alerts(read(text)) == []
