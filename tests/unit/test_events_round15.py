"""Events, round 15: general shapes the rules missed on text they were not written from
(dev9/dev10): captures told in a flash's reduced passive or before a dash, a building's
place on the verb or on the list's last item, a garrison that surrenders, a place's
description that names the loser, heads of government declaring a city retaken.
Our own example sentences (invented places)."""

from __future__ import annotations

from event_readings import asserted_captures as asserted

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


# --- where the place is -------------------------------------------------------------------


def test_a_rank_after_a_dash_does_not_hide_the_subject_that_fell(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FLASH: Kandar, capital of Zabul province, falls to the Taliban — tenth provincial "
        "capital lost in a week"
    )
    assert asserted(read(text)) == [("Taliban", "Kandar")]


def test_a_flash_in_the_reduced_passive_names_the_place_taken(read) -> None:  # type: ignore[no-untyped-def]
    text = "URGENT — Kunduz taken by Taliban after brief clashes, police sources say"
    assert asserted(read(text)) == [("Taliban", "Kunduz")]


def test_a_palace_taken_over_with_the_city_on_the_verb_takes_the_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel fighters took over the presidential palace in Velmora on Sunday night."
    assert asserted(read(text)) == [("rebels", "Velmora")]


def test_buildings_listed_with_the_city_on_the_last_item_take_the_city(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels took control of government buildings, the army headquarters and the "
        "radio station in Velmora on Saturday."
    )
    assert asserted(read(text)) == [("rebels", "Velmora")]


def test_a_garrison_that_surrenders_gives_its_town_to_the_side_named(read) -> None:  # type: ignore[no-untyped-def]
    text = "The army garrison in Velmora surrendered to the rebels on Sunday after a long siege."
    assert asserted(read(text)) == [("rebels", "Velmora")]


def test_a_name_called_a_capital_is_a_place_whatever_its_entity_type(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels said on Sunday they had taken Abu Daris, capital of West Marra, after "
        "two days of fighting."
    )
    assert asserted(read(text)) == [("rebels", "Abu Daris")]


# --- who took it ----------------------------------------------------------------------------


def test_the_loser_named_in_a_description_of_the_place_is_not_the_taker(read) -> None:  # type: ignore[no-untyped-def]
    text = "Velmora, the army's last stronghold in the north, fell to the rebels on Sunday."
    assert asserted(read(text)) == [("rebels", "Velmora")]


def test_a_headline_army_that_retakes_a_town_is_the_taker(read) -> None:  # type: ignore[no-untyped-def]
    assert asserted(read("Army retakes Velmora from rebels")) == [("government forces", "Velmora")]


def test_a_president_declaring_a_city_liberated_speaks_for_government_forces(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Anton Marek declared Velmora liberated on Monday, a day after troops "
        "killed the leaders of the jihadist siege."
    )
    assert asserted(read(text)) == [("government forces", "Velmora")]


# --- dates ----------------------------------------------------------------------------------


def dated(events: list[Event], kind: str) -> list[tuple[str, str | None, str | None]]:
    """(actor, place, ISO date) of each asserted event of one type."""
    return sorted(
        {
            (e.actor, e.location, e.date.isoformat() if e.date else None)
            for e in events
            if e.type == kind and e.modality == "asserted"
        },
        key=str,
    )


def test_a_weekday_in_the_story_beats_the_datelines_filing_date(read) -> None:  # type: ignore[no-untyped-def]
    text = "VELMORA, May 16 — Korvash fell to the rebels on Sunday after a week of shelling."
    assert dated(read(text), "city_captured") == [("rebels", "Korvash", "2022-05-15")]


def test_a_weekday_that_describes_another_noun_does_not_date_the_event(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a message late on Sunday, hours before Monday's rocket attack on the airport, the "
        "US Embassy in Kabul urged Americans to leave the city at once."
    )
    assert dated(read(text), "embassy_security_alert") == [("US Embassy Kabul", None, "2022-05-15")]


def test_an_event_in_a_clause_two_days_after_takes_its_own_date(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Canadian Embassy in Bamako told Canadians on Monday to avoid all travel, two days "
        "after Ottawa ordered non-essential staff to depart."
    )
    assert dated(read(text), "embassy_evacuation") == [
        ("Canadian Embassy Bamako", None, "2022-05-14")
    ]


def test_an_undated_clause_a_day_after_another_dates_from_publication(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Italian embassy in Niamey asked Italians to keep off the streets, a day after the "
        "French Embassy in Niamey told French nationals to shelter in place."
    )
    alerts = dated(read(text), "embassy_security_alert")
    assert ("French Embassy Niamey", None, "2022-05-15") in alerts


def test_places_taken_days_before_the_news_are_dated_back_from_it(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Korvash fell to the rebels on Sunday, a day after Velmora and two days after Dunmere, "
        "leaving the whole province in their hands."
    )
    assert dated(read(text), "city_captured") == [
        ("rebels", "Dunmere", "2022-05-13"),
        ("rebels", "Korvash", "2022-05-15"),
        ("rebels", "Velmora", "2022-05-14"),
    ]


# --- embassies ------------------------------------------------------------------------------


def kinds(events: list[Event]) -> list[tuple[str, str]]:
    """(type, actor) of each asserted embassy event."""
    return sorted(
        {
            (e.type, e.actor)
            for e in events
            if e.type != "city_captured" and e.modality == "asserted"
        }
    )


def test_moving_embassy_operations_to_another_city_is_a_closure_and_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The British government said on Monday it was moving its embassy operations from "
        "Minsk to Vilnius."
    )
    assert kinds(read(text)) == [
        ("embassy_closure", "UK Embassy Minsk"),
        ("embassy_evacuation", "UK Embassy Minsk"),
    ]


def test_a_consulate_keeps_the_whole_of_its_hyphenated_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "The German consulate in Sar-e-Pol on Monday told German nationals to leave at once."
    (actor,) = {e.actor for e in read(text)}
    assert actor.lower() == "german consulate sar-e-pol"


def test_flights_suspended_near_an_embassy_are_no_closure_of_it(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Swiss embassy in Bamako on Monday urged Swiss citizens to leave before commercial "
        "flights are suspended."
    )
    assert kinds(read(text)) == [("embassy_security_alert", "Swiss Embassy Bamako")]


# --- modality -------------------------------------------------------------------------------


def test_a_capture_another_sentence_says_has_not_happened_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels said they captured Korvash on Sunday. The army said Korvash had not fallen "
        "and that its units were holding the town centre."
    )
    assert asserted(read(text)) == []
    assert ("rebels", "Korvash", "hedged") in {
        (e.actor, e.location, e.modality) for e in read(text)
    }


def test_a_capture_denied_only_for_another_place_stays_asserted(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels said they captured Korvash on Sunday. The army said Velmora had not fallen "
        "and that its units were holding the town centre."
    )
    assert asserted(read(text)) == [("rebels", "Korvash")]


def test_advice_an_embassy_has_been_giving_for_a_while_is_background(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch Embassy in Bamako has been urging Dutch citizens to leave while they can."
    assert kinds(read(text)) == []


def test_a_warning_that_citizens_should_leave_is_an_alert_however_long_the_clause(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Spanish Embassy in Tripoli warned on Sunday night that Spaniards queuing outside "
        "the northern, western or southern entrances of the port terminal should leave at once."
    )
    assert kinds(read(text)) == [("embassy_security_alert", "Spanish Embassy Tripoli")]


def test_a_warning_that_citizens_should_stay_calm_is_no_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Spanish Embassy in Tripoli said on Sunday night that Spaniards queuing outside "
        "the northern, western or southern entrances of the port terminal should stay calm."
    )
    assert kinds(read(text)) == []
