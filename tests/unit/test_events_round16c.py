"""Events, round 16 (third pass): general shapes of news English for recall on new text.
Our own example sentences (invented places and people)."""

from __future__ import annotations

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def captures(events: list[Event], modality: str = "asserted") -> dict[str, Event]:
    return {
        e.location or "": e for e in events if e.type == "city_captured" and e.modality == modality
    }


def alerts(events: list[Event]) -> set[str]:
    return {
        e.actor for e in events if e.type == "embassy_security_alert" and e.modality == "asserted"
    }


# --- a wire dateline the parser reads as the sentence's head -------------------------------


def test_a_capture_after_a_dated_wire_dateline_keeps_its_subject(read) -> None:  # type: ignore[no-untyped-def]
    text = "VANTOR, May 16 — Rebel fighters swept into the centre of Oskel on Monday."
    events = read(text)
    assert captures(events)["Oskel"].actor == "rebels"


# --- a share of a place ("most of X") names the place --------------------------------------


def test_sweeping_through_most_of_a_town_takes_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel fighters swept through most of Harnel on Monday, residents said."
    assert "Harnel" in captures(read(text))


def test_seizing_much_of_a_town_takes_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "Separatist forces seized much of Dravik on Monday after a week of shelling."
    assert "Dravik" in captures(read(text))


def test_police_sweeping_through_most_of_a_province_take_nothing(read) -> None:  # type: ignore[no-untyped-def]
    text = "Police swept through most of the province on Monday in a hunt for smugglers."
    assert captures(read(text)) == {}


# --- a government speaker in its own clause speaks for its own embassy ----------------------


def test_a_foreign_secretary_in_a_second_clause_gives_his_countrys_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The US embassy in Khartoum on Monday told Americans to leave by any road open, and "
        "the British foreign secretary told British nationals the same day to get out."
    )
    found = alerts(read(text))
    assert "US Embassy Khartoum" in found
    assert "UK Embassy Khartoum" in found


def test_a_ministry_issuing_advice_while_telling_nationals_to_move_away_alerts(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Canadian embassy in Beirut told Canadians to leave on Monday, and Germany's "
        "foreign ministry issued its own advice, telling German citizens to move away from "
        "the port."
    )
    found = alerts(read(text))
    assert "Canadian Embassy Beirut" in found
    assert "German Embassy Beirut" in found


def test_a_government_sharing_the_subject_of_a_consulate_evacuation_keeps_the_consulate(
    read,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Italy on Monday flew home staff from its consulate in Kandahar and told Italian "
        "nationals in the city to leave."
    )
    assert alerts(read(text)) == {"Italian Consulate Kandahar"}


def test_a_minister_telling_reporters_something_is_no_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The US embassy in Khartoum told Americans to leave on Monday, and the British "
        "foreign secretary told reporters the embassy would stay open."
    )
    assert alerts(read(text)) == {"US Embassy Khartoum"}


# --- ceding a town named after "out of" -------------------------------------------------


def test_troops_led_out_of_a_town_abandoning_it_to_rebels_is_its_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The garrison commander led his men out of Marvik at dawn on Monday, abandoning the "
        "town to the rebels."
    )
    assert captures(read(text))["Marvik"].actor == "rebels"


def test_units_marched_out_of_a_town_conceding_it_to_the_invader_is_its_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ukrainian officers marched their last units out of Marvik on Monday, conceding the "
        "town to Russian forces."
    )
    assert captures(read(text))["Marvik"].actor == "Russian forces"


def test_protesters_pushed_out_of_a_square_cede_no_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters were pushed out of Orlan Square on Monday, ceding the city to police."
    assert captures(read(text)) == {}
