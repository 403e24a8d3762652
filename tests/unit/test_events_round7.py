"""Events, round 7: disputed reports, whose object an instruction names, and words
that describe a city rather than name it. Our own example sentences."""

from __future__ import annotations

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def captures(events: list[Event]) -> list[tuple[str, str | None, str]]:
    return sorted((e.actor, e.location, e.modality) for e in events if e.type == "city_captured")


def test_a_capture_another_report_contradicts_with_but_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebel commanders said their units had seized Orvanto, the capital of Lesk, but "
        "local officials said the army still controlled the town on Monday."
    )
    assert [m for _, place, m in captures(read(text)) if place == "Orvanto"] == ["hedged"]


def test_a_capture_reported_without_a_contradiction_stays_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel commanders said on Monday that their units had seized Orvanto."
    assert [m for _, place, m in captures(read(text)) if place == "Orvanto"] == ["asserted"]


def test_telling_staff_named_in_a_compound_to_leave_is_no_citizen_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Paris on Monday instructed family members and non-essential staff of its embassy "
        "in Tunis to leave the country."
    )
    types = {e.type for e in read(text) if e.modality == "asserted"}
    assert "embassy_security_alert" not in types


def test_the_town_in_apposition_to_a_name_points_to_no_earlier_place(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mali's army said on Monday it had retaken Tessoro, the town where the militants "
        "had set up a base last year."
    )
    assert [place for _, place, _ in captures(read(text))] == ["Tessoro"]


def test_a_nationality_adjective_before_city_is_no_place_taken(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials said on Monday the troops were in the centre, making it the biggest "
        "Moldovan city to fall so far."
    )
    assert all(place != "Moldovan" for _, place, _ in captures(read(text)))
