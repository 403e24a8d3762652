"""Events, round 10: general capture shapes the rules missed on text they were not written
from (control reached "by" a time, verbless flashes, named organisations and gangs as
takers, verbs the tagger reads as nouns, names the parser hangs elsewhere, a main clause's
capture told beside an older one). Our own example sentences (invented places)."""

from __future__ import annotations

from datetime import date

from event_readings import asserted_captures as asserted

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def captures(events: list[Event]) -> list[tuple[str | None, str]]:
    """(place, modality) of each capture."""
    return sorted({(e.location, e.modality) for e in events if e.type == "city_captured"}, key=str)


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


# --- a report the next sentence denies ------------------------------------------------------


def test_a_claimed_capture_the_next_sentence_calls_a_lie_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels said on Sunday their fighters had taken Orvanto. The government called the "
        "report a lie."
    )
    assert ("Orvanto", "hedged") in captures(read(text))
    assert asserted(read(text)) == []


def test_a_claimed_capture_the_next_sentence_denies_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels said on Sunday they had seized Belmira. The army denied the claim."
    assert captures(read(text)) == [("Belmira", "hedged")]


def test_a_claimed_capture_followed_by_fighting_elsewhere_stays_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels said on Sunday they had seized Belmira. The army said its troops were still "
        "fighting in the hills."
    )
    assert captures(read(text)) == [("Belmira", "asserted")]


# --- an army's base in a city ----------------------------------------------------------------


def test_taking_a_division_headquarters_in_a_city_takes_the_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "The RSF said on Sunday it had taken the army's 9th Division headquarters in Tarvin."
    assert asserted(read(text)) == [("rebels", "Tarvin")]


def test_overrunning_a_military_base_in_a_city_takes_the_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels overran the main military base in Korvane on Sunday."
    assert asserted(read(text)) == [("rebels", "Korvane")]


def test_seizing_a_police_post_takes_no_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels seized a police headquarters in Dorvik on Monday."
    assert captures(read(text)) == []


# --- an earlier capture in an "after -ing" clause ---------------------------------------------


def test_a_capture_two_days_after_another_dates_and_backgrounds_the_earlier_one(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels entered Dorvik on Sunday, two days after seizing Orvanto."
    found = read(text)
    assert asserted(found) == [("rebels", "Dorvik")]
    earlier = [e for e in found if e.location == "Orvanto"]
    assert [(e.actor, e.date, e.modality) for e in earlier] == [
        ("rebels", date(2022, 5, 13), "recap")
    ]


def test_a_capture_after_which_fighters_patrol_is_the_news(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel fighters patrol the streets of Belmira on Sunday after overrunning the town."
    assert asserted(read(text)) == [("rebels", "Belmira")]


# --- embassies -----------------------------------------------------------------------------


def test_an_embassy_telling_citizens_to_board_any_flight_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul told Americans on Monday to board any commercial flight out."
    assert [e.type for e in read(text)] == ["embassy_security_alert"]


def test_an_embassy_urging_citizens_to_book_any_ticket_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The British embassy in Beirut urged Britons on Monday to book any ticket they can get."
    assert [e.type for e in read(text)] == ["embassy_security_alert"]


def test_an_embassy_saying_flights_are_full_is_no_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Beirut said on Monday that commercial flights were full."
    assert read(text) == []


def test_embassy_staff_who_moved_to_the_airport_were_evacuated(read) -> None:  # type: ignore[no-untyped-def]
    text = "Italy's embassy in Kabul closed on Sunday and its remaining staff moved to the airport."
    assert {e.type for e in read(text)} == {"embassy_closure", "embassy_evacuation"}


def test_a_mission_another_country_leads_in_a_conjoined_clause_is_not_the_actor(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Britain withdrew its diplomats from Sanaa on Monday, and France said it would shut its "
        "embassy in the coming days."
    )
    actors = {e.actor for e in read(text) if e.modality == "asserted"}
    assert "French Embassy Sanaa" not in actors


# --- an offer is not yet done ---------------------------------------------------------------


def test_an_embassy_offering_to_evacuate_people_has_not_evacuated_them(read) -> None:  # type: ignore[no-untyped-def]
    text = "The British embassy in Kabul is offering to evacuate local staff and their families."
    evacuations = [e.modality for e in read(text) if e.type == "embassy_evacuation"]
    assert evacuations == ["forecast"]


def test_an_embassy_that_evacuated_its_staff_has_evacuated_them(read) -> None:  # type: ignore[no-untyped-def]
    text = "The British embassy in Kabul evacuated its local staff on Monday."
    evacuations = [e.modality for e in read(text) if e.type == "embassy_evacuation"]
    assert evacuations == ["asserted"]
