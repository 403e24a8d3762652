"""Events, round 15 (third writer): general shapes of English news writing the rules
missed on text they were not written from: a capture told only by the rank it gives a
place ("making it the sixth capital to fall"). Our own example sentences (invented
places and people where a name is needed)."""

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


# --- a capture told by the rank it gives the place ---------------------------------------------


def test_making_a_named_place_the_nth_capital_taken_is_its_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Elders agreed the departure of the garrison from Tarvin on Sunday, making it the "
        "fourth district capital the rebels have taken this month."
    )
    assert ("Tarvin", "2022-05-15", "asserted") in captures(read(text))


def test_making_the_port_the_largest_city_to_fall_captures_the_place_named_before(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels entered the council building in Orvel on Sunday, making the river port the "
        "largest city to fall since the war began."
    )
    assert ("Orvel", "2022-05-15", "asserted") in captures(read(text))


def test_it_is_the_first_capital_to_fall_names_the_place_before(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials said Harlow is in rebel hands. It is the first provincial capital to fall "
        "to the rebels."
    )
    assert [loc for loc, _, mod in captures(read(text)) if mod == "asserted"] == ["Harlow"]


def test_a_rank_a_defeat_would_give_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "A defeat there would make Tarvin the first provincial capital to fall to the rebels."
    assert [c for c in captures(read(text)) if c[2] == "asserted"] == []


def test_a_rank_the_sentence_denies_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "Harlow is not the first provincial capital to fall to the rebels."
    assert [c for c in captures(read(text)) if c[2] == "asserted"] == []
