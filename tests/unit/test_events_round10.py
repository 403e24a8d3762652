"""Events, round 10: general capture shapes the rules missed on text they were not written
from (control reached "by" a time, verbless flashes, named organisations and gangs as
takers, verbs the tagger reads as nouns, names the parser hangs elsewhere, a main clause's
capture told beside an older one). Our own example sentences (invented places)."""

from __future__ import annotations

from datetime import date

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def captures(events: list[Event]) -> list[tuple[str | None, str]]:
    """(place, modality) of each capture."""
    return sorted({(e.location, e.modality) for e in events if e.type == "city_captured"}, key=str)


def asserted(events: list[Event]) -> list[tuple[str, str | None]]:
    """(actor, place) of each asserted capture."""
    return sorted(
        {
            (e.actor, e.location)
            for e in events
            if e.type == "city_captured" and e.modality == "asserted"
        },
        key=str,
    )


# --- control reached "by" a time ------------------------------------------------------------


def test_a_town_in_rebel_hands_by_dawn_is_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = "The river town of Orvanto was in rebel hands by dawn on Sunday, residents said."
    assert asserted(read(text)) == [("rebels", "Orvanto")]


def test_a_town_under_their_control_by_nightfall_is_captured(read) -> None:  # type: ignore[no-untyped-def]
    text = "By nightfall on Saturday, Belmira was firmly in the hands of the insurgents in Iraq."
    assert asserted(read(text)) == [("rebels", "Belmira")]


def test_a_town_in_rebel_hands_with_no_time_is_not_news(read) -> None:  # type: ignore[no-untyped-def]
    text = "Orvanto was in rebel hands, and aid convoys could not reach it."
    assert asserted(read(text)) == []


# --- verbless flashes ------------------------------------------------------------------------


def test_a_verbless_flash_with_a_group_in_control_of_a_city_is_a_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "BREAKING: Rebel fighters in control of the presidential palace in Dorvik, witnesses say"
    assert asserted(read(text)) == [("rebels", "Dorvik")]


def test_a_group_in_full_control_of_a_town_in_a_flash_is_a_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "FLASH - Separatists in full control of Tarvin, local radio says"
    assert asserted(read(text)) == [("rebels", "Tarvin")]


def test_a_group_in_control_set_as_background_with_with_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "With the rebels in control of Dorvik, aid agencies suspended their work in the north."
    assert asserted(read(text)) == []


# --- who took it -----------------------------------------------------------------------------


def test_an_unlisted_alliance_that_says_it_captured_a_town_is_rebels(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Northern Freedom Alliance said it had captured Korvane on Monday."
    assert asserted(read(text)) == [("rebels", "Korvane")]


def test_gangs_that_overran_a_town_are_rebels(read) -> None:  # type: ignore[no-untyped-def]
    text = "Armed gangs overran the hill town of Pelmoz on Monday and burned the police station."
    assert asserted(read(text)) == [("rebels", "Pelmoz")]


def test_forces_loyal_to_a_former_leader_are_rebels(read) -> None:  # type: ignore[no-untyped-def]
    text = "Troops loyal to former defence minister Arlo Venn seized Karsa on Monday."
    assert asserted(read(text)) == [("rebels", "Karsa")]


def test_an_intransitive_subject_organisation_is_no_taker(read) -> None:  # type: ignore[no-untyped-def]
    text = "WHO: 30 people in four districts have fallen ill after eating contaminated fish."
    assert captures(read(text)) == []


# --- verbs the tagger misreads, names the parser hangs elsewhere ---------------------------


def test_an_army_that_retook_a_two_word_town_is_government_forces(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Elbaria's army retook Wad Selim on Saturday, a year after losing the state capital to "
        "the RSF."
    )
    assert asserted(read(text)) == [("government forces", "Wad Selim")]


def test_a_name_after_now_control_hung_on_the_reporting_verb_is_the_place(read) -> None:  # type: ignore[no-untyped-def]
    text = "Russian forces now control Orlivka, its mayor Petro Hal said on Monday."
    assert asserted(read(text)) == [("Russian forces", "Orlivka")]


def test_a_town_of_a_name_the_model_types_oddly_is_still_the_place(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels overran the town of Mirovale on Monday."
    assert asserted(read(text)) == [("rebels", "Mirovale")]


# --- movement through towns ------------------------------------------------------------------


def test_fighters_pushing_through_towns_take_them(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel columns swept through Dessa and Kolmar on Sunday."
    assert asserted(read(text)) == [("rebels", "Dessa"), ("rebels", "Kolmar")]


def test_refugees_streaming_through_a_town_take_nothing(read) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of refugees pushed through Dessa on Sunday, fleeing the fighting in Sudan."
    assert captures(read(text)) == []


# --- a main clause's capture beside an older one ---------------------------------------------


def test_marching_back_into_a_city_months_after_losing_it_is_the_news(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebel forces marched back into the regional capital Tornel on Sunday, seven months "
        "after government troops seized it."
    )
    found = read(text, date(2022, 5, 16))
    assert ("rebels", "Tornel") in asserted(found)
    assert ("government forces", "Tornel") not in asserted(found)


def test_a_coalition_which_has_seized_towns_is_the_taker_not_the_place(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The embassy closed on Friday as the Kamor rebel coalition, which has seized a string of "
        "towns in the north, closed in on the capital."
    )
    assert captures(read(text)) == []


def test_a_valley_is_no_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Taliban said on Monday they had captured the Sorkh valley."
    assert captures(read(text)) == []
