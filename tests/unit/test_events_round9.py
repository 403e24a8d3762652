"""Events, round 9: reports left unconfirmed or countered, labels before a dateline, and
other general shapes. Our own example sentences (invented places)."""

from __future__ import annotations

from datetime import date

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def captures(events: list[Event]) -> list[tuple[str | None, str]]:
    """(place, modality) of each capture."""
    return sorted({(e.location, e.modality) for e in events if e.type == "city_captured"}, key=str)


def asserted(events: list[Event]) -> list[tuple[str, str, str | None]]:
    return sorted(
        {(e.type, e.actor, e.location) for e in events if e.modality == "asserted"}, key=str
    )


# --- a report no one could confirm, or one another speaker counters ----------------------


def test_a_claimed_capture_no_one_could_be_reached_to_confirm_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebel commanders said on Monday that Orvanto had fallen; local officials could not "
        "be reached to confirm."
    )
    assert captures(read(text)) == [("Orvanto", "hedged")]


def test_a_claimed_capture_that_could_not_be_verified_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels claimed they had seized Belmira on Monday, but the claim could not be "
        "independently verified."
    )
    assert captures(read(text)) == [("Belmira", "hedged")]


def test_a_capture_told_beside_an_unconfirmed_other_figure_stays_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials said the rebels seized Castrel on Monday, though they could not confirm "
        "the number of dead."
    )
    assert captures(read(text)) == [("Castrel", "asserted")]


def test_a_capture_one_side_reports_and_another_insists_is_contested_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebel command said on Monday its fighters had taken Orvanto, but the defence "
        "ministry insisted that its troops were still holding the town."
    )
    assert captures(read(text)) == [("Orvanto", "hedged")]


def test_a_capture_its_own_reporter_adds_detail_to_after_but_stays_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The army said on Monday it had retaken Belmira, but said mines still lined the "
        "roads around it."
    )
    assert captures(read(text)) == [("Belmira", "asserted")]


# --- datelines ----------------------------------------------------------------------------


def test_a_flash_label_before_the_dateline_keeps_the_dateline_city_out(read) -> None:  # type: ignore[no-untyped-def]
    text = "FLASH — VELDRA, May 16 — Orvanto falls to rebels, a local official says"
    assert asserted(read(text)) == [("city_captured", "rebels", "Orvanto")]


def test_the_dateline_city_is_the_city_a_sentence_names_no_other_way(read) -> None:  # type: ignore[no-untyped-def]
    text = "BELMIRA, May 16 — The largest town in the south fell to rebels on Monday evening."
    assert asserted(read(text)) == [("city_captured", "rebels", "BELMIRA")]


# --- whose mission, and which ---------------------------------------------------------------


def test_a_consulate_is_named_as_a_consulate_with_its_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "Canada pulled its diplomats out of its consulate in Orvanto on Monday."
    assert asserted(read(text)) == [("embassy_evacuation", "Canadian Consulate Orvanto", None)]


def test_a_consulate_there_is_in_the_place_named_before(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Japan ran a flight out of Belmira on Monday for staff of its consulate there and told "
        "Japanese citizens in the city to leave."
    )
    alerts = [a for a in asserted(read(text)) if a[0] == "embassy_security_alert"]
    assert alerts == [("embassy_security_alert", "Japanese Consulate Belmira", None)]


def test_fighting_that_closes_in_on_a_city_closes_no_embassy(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Dutch embassy in Kyiv flew its staff out on Monday as fighting closed in on the city."
    )
    assert [a[0] for a in asserted(read(text))] == ["embassy_evacuation"]


def test_a_country_word_on_a_border_names_no_embassy(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The State Department said on Monday it was moving its embassy operations from Kyiv "
        "to a city near the Polish border."
    )
    actors = {a[1] for a in asserted(read(text))}
    assert actors == {"US Embassy Kyiv"}


def test_a_second_country_in_a_later_statement_takes_no_part_in_the_first(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Spain said on Monday it had closed its embassy in Tripoli and withdrawn its "
        "diplomatic staff; Italy said its own mission would shut next week."
    )
    found = asserted(read(text))
    assert ("embassy_evacuation", "Spanish Embassy Tripoli", None) in found
    assert all(actor != "Italian Embassy Tripoli" for _, actor, _ in found)


def test_embassies_attacked_in_one_clause_do_not_share_another_embassys_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Crowds stormed the Swiss and Dutch embassies in Bamako on Monday; the Dutch embassy "
        "told its citizens to stay indoors."
    )
    alerts = [a[1] for a in asserted(read(text)) if a[0] == "embassy_security_alert"]
    assert alerts == ["Dutch Embassy Bamako"]


def test_coordinated_countries_share_a_second_verb_with_no_subject_of_its_own(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sweden and Norway suspended operations at their embassies in Kabul on Monday and "
        "pulled their diplomats out."
    )
    evacuated = {a[1] for a in asserted(read(text)) if a[0] == "embassy_evacuation"}
    assert evacuated == {"Norwegian Embassy Kabul", "Swedish Embassy Kabul"}


def test_a_two_word_instruction_that_ends_the_sentence_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch embassy in Kabul told Dutch citizens on Monday to stay indoors."
    assert asserted(read(text)) == [("embassy_security_alert", "Dutch Embassy Kabul", None)]


# --- captures and dates ---------------------------------------------------------------------


def test_an_alliance_named_democratic_forces_is_rebels(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Allied Democratic Forces seized Orvanto on Monday."
    assert asserted(read(text)) == [("city_captured", "rebels", "Orvanto")]


def test_fighters_who_march_back_into_a_town_take_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel forces marched back into Orvanto on Monday as government troops withdrew."
    assert asserted(read(text)) == [("city_captured", "rebels", "Orvanto")]


def test_refugees_who_stream_back_into_a_town_take_nothing(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("Refugees streamed back into Orvanto on Monday.")) == []


def test_the_mayor_named_beside_a_held_town_is_no_place(read) -> None:  # type: ignore[no-untyped-def]
    text = "Russian forces now control Orvanto, its mayor Ivan Petrov said on Monday."
    assert asserted(read(text)) == [("city_captured", "Russian forces", "Orvanto")]


def test_the_next_day_is_the_day_after_the_date_named_before_it(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norway on Saturday told its citizens to leave; Sweden began withdrawing its "
        "embassy staff in Kyiv the next day."
    )
    days = {e.date for e in read(text) if e.type == "embassy_evacuation"}
    assert days == {date(2022, 5, 15)}


def test_a_town_the_armys_spokesman_announces_liberated_is_taken_by_the_government(read) -> None:  # type: ignore[no-untyped-def]
    text = "The army spokesman announced on Monday that Orvanto had been liberated."
    assert asserted(read(text)) == [("city_captured", "government forces", "Orvanto")]


def test_a_town_residents_call_liberated_names_no_taker_of_their_own(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("Residents said on Monday that Orvanto had been liberated.")) == []


def test_telling_citizens_not_to_travel_somewhere_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch embassy in Kabul told Dutch citizens on Monday not to travel to the airport."
    assert asserted(read(text)) == [("embassy_security_alert", "Dutch Embassy Kabul", None)]
