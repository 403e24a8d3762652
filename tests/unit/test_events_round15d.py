"""Events, round 15 (fourth writer): precision of the place a capture is given. Our own
example sentences (real gazetteer names only where the rule is about the gazetteer)."""

from __future__ import annotations

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def captures(events: list[Event]) -> list[tuple[str, str | None, str]]:
    """(location, ISO date, modality) of each capture."""
    return sorted(
        {
            (e.location or "", e.date.isoformat() if e.date else None, e.modality)
            for e in events
            if e.type == "city_captured"
        },
        key=str,
    )


def places(events: list[Event]) -> set[str]:
    return {e.location or "" for e in events if e.type == "city_captured"}


# --- a province or a country is no city taken ---------------------------------------------------


def test_a_province_said_to_be_captured_is_not_a_city_but_its_capital_is(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials conceded on Sunday that Logar had been overrun by insurgents, who were "
        "raising their banner over the governor's office in Pul-e-Alam."
    )
    found = places(read(text))
    assert "Logar" not in found
    assert "Pul-e-Alam" in found


def test_a_province_named_alone_as_the_object_of_a_capture_gives_no_event(read) -> None:  # type: ignore[no-untyped-def]
    assert places(read("Insurgents seized Nangarhar on Sunday after a week of fighting.")) == set()


def test_a_capital_sharing_its_provinces_name_is_still_the_city_taken(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("Insurgents overran Kunduz and Bamyan on Sunday."))
    assert ("Kunduz", "2022-05-15", "asserted") in found
    assert ("Bamyan", "2022-05-15", "asserted") in found
