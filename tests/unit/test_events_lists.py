"""Events: every place in a list of captured places gets its own capture, with its own day
when the list gives each item one; lists of places that are not taken (besieged, fled to,
named as origin, threatened) give none. Our own example sentences (invented places)."""

from __future__ import annotations

from datetime import date

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py
SUNDAY = date(2022, 5, 15)


def asserted(events: list[Event]) -> list[tuple[str | None, str | None]]:
    """(place, ISO day) of each asserted capture."""
    return sorted(
        {
            (e.location, e.date.isoformat() if e.date else None)
            for e in events
            if e.type == "city_captured" and e.modality == "asserted"
        },
        key=str,
    )


def places(events: list[Event]) -> list[str | None]:
    """The places of the asserted captures."""
    return sorted({p for p, _ in asserted(events)}, key=str)


# --- a list in apposition to a count, with "in the north"-type modifiers ---------------------


def test_each_name_after_a_count_with_a_direction_is_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels overran two more district centres on Sunday, Arvel in the north and "
        "Dunmore in the east, officials said."
    )
    assert asserted(read(text)) == [("Arvel", "2022-05-15"), ("Dunmore", "2022-05-15")]


def test_each_name_with_its_province_after_a_count_is_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Insurgents seized three towns on Sunday, Belmira in Lusk and Orvanto in Kest "
        "and Tarvin, a local official said."
    )
    assert places(read(text)) == ["Belmira", "Orvanto", "Tarvin"]


def test_appositions_between_the_names_do_not_end_the_list(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels took Arvel, a market town in the north, and Dunmore, the provincial seat, "
        "on Sunday."
    )
    assert asserted(read(text)) == [("Arvel", "2022-05-15"), ("Dunmore", "2022-05-15")]


def test_a_description_after_the_whole_list_keeps_every_name(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels seized Arvel, Dunmore and Tessa, all west of the capital, on Sunday."
    assert places(read(text)) == ["Arvel", "Dunmore", "Tessa"]


# --- each item with its own day --------------------------------------------------------------


def test_each_place_takes_the_day_that_follows_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "Insurgents captured Arvel on Saturday and Dunmore on Sunday."
    assert asserted(read(text)) == [("Arvel", "2022-05-14"), ("Dunmore", "2022-05-15")]


def test_a_day_after_a_group_of_names_is_the_day_of_each(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels seized Arvel on Saturday and Dunmore and Tessa on Sunday, residents said."
    assert asserted(read(text)) == [
        ("Arvel", "2022-05-14"),
        ("Dunmore", "2022-05-15"),
        ("Tessa", "2022-05-15"),
    ]


def test_places_taken_before_the_one_entered_are_captures_on_their_own_days(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels entered Tessa on Sunday, after Arvel on Friday and Dunmore on Saturday."
    assert asserted(read(text, SUNDAY)) == [
        ("Arvel", "2022-05-13"),
        ("Dunmore", "2022-05-14"),
        ("Tessa", "2022-05-15"),
    ]


def test_a_place_taken_this_morning_before_a_flag_raised_elsewhere_is_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = "After Arvel this morning, the rebels also raised their flag over Dunmore and Tessa."
    assert places(read(text)) == ["Arvel", "Dunmore", "Tessa"]


def test_a_place_taken_before_another_with_its_own_day_is_captured_that_day(read) -> None:  # type: ignore[no-untyped-def]
    text = "Government troops marched into Lorne on Sunday, after Pellam on Friday."
    assert asserted(read(text, SUNDAY)) == [("Lorne", "2022-05-15"), ("Pellam", "2022-05-13")]


def test_each_place_taken_on_its_own_day_by_a_militia(read) -> None:  # type: ignore[no-untyped-def]
    text = "The militants took Harrow on Saturday, Ferris on Sunday and Lorne this morning."
    assert asserted(read(text)) == [
        ("Ferris", "2022-05-15"),
        ("Harrow", "2022-05-14"),
        ("Lorne", "2022-05-16"),
    ]


def test_places_that_followed_with_their_provinces_are_each_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pellam was handed over to the rebels by elders, and Lorne in Kest and Harrow in "
        "Lusk followed before dawn on Sunday."
    )
    assert places(read(text)) == ["Harrow", "Lorne", "Pellam"]


# --- a list summed up by "both" or "all" -----------------------------------------------------


def test_two_places_that_both_fell_are_each_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Belmira in the south and Orvanto, the seat of Lusk district, both fell to the "
        "rebels on Sunday."
    )
    assert asserted(read(text)) == [("Belmira", "2022-05-15"), ("Orvanto", "2022-05-15")]


def test_three_places_that_all_fell_are_each_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = "Arvel, Dunmore and Tessa all fell to the rebels on Sunday."
    assert places(read(text)) == ["Arvel", "Dunmore", "Tessa"]


# --- lists that are not captures -------------------------------------------------------------


def test_a_name_that_opens_a_clause_of_its_own_is_not_listed(read) -> None:  # type: ignore[no-untyped-def]
    assert places(read("Rebels captured Arvel, and Dunmore braced for an attack.")) == ["Arvel"]
    text = "Rebels captured Arvel on Sunday and Dunmore residents fled south."
    assert places(read(text)) == ["Arvel"]


def test_places_besieged_or_approached_after_a_capture_are_not_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels captured Arvel on Sunday and are now besieging Dunmore and Tessa."
    assert places(read(text)) == ["Arvel"]
    text = "Rebels captured Arvel and pushed on towards Dunmore and Tessa."
    assert places(read(text)) == ["Arvel"]


def test_places_still_held_or_fled_to_are_not_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels captured Arvel on Sunday, but Dunmore and Tessa are still held by the army."
    assert places(read(text)) == ["Arvel"]
    text = "Rebels captured Arvel on Sunday, and government troops retreated to Dunmore and Tessa."
    assert places(read(text)) == ["Arvel"]


def test_places_named_as_origin_or_in_a_description_are_not_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel fighters from Arvel and Dunmore captured Tessa on Sunday."
    assert places(read(text)) == ["Tessa"]
    text = "Rebels captured Tessa on Sunday, home to refugees from Arvel and Dunmore."
    assert places(read(text)) == ["Tessa"]
    text = "Rebels captured Arvel, the gateway to Dunmore and Tessa, on Sunday."
    assert places(read(text)) == ["Arvel"]


def test_places_near_a_captured_one_are_not_captured(read) -> None:  # type: ignore[no-untyped-def]
    assert places(read("Rebels seized Arvel near Dunmore and Tessa on Sunday.")) == ["Arvel"]
    assert places(read("Rebels captured Arvel, 40 km from Dunmore, on Sunday.")) == ["Arvel"]


def test_a_list_after_including_under_a_threat_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels threatened to take more towns, including Arvel and Dunmore."
    assert places(read(text)) == []


def test_places_a_ranked_capture_fell_after_are_background(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels said on Sunday they had taken Tessa, the third city to fall to them "
        "in a week after Arvel and Dunmore."
    )
    assert places(read(text)) == ["Tessa"]


def test_the_commas_after_a_last_name_are_not_part_of_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebellion has taken Arvel, Dunmore and Tessa, the three towns of the valley."
    assert places(read(text)) == ["Arvel", "Dunmore", "Tessa"]
