"""Events, round 15 (fourth writer): precision of the place a capture is given. Our own
example sentences (real gazetteer names only where the rule is about the gazetteer)."""

from __future__ import annotations

from event_readings import dated_captures as captures

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


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


# --- where a move starts or heads is not the place taken ----------------------------------------


def test_the_town_a_column_advanced_from_is_not_taken(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("Rebels advancing from Keshel captured Darrow on Sunday."))
    assert found == [("Darrow", "2022-05-15", "asserted")]


def test_the_town_a_column_advanced_towards_is_not_taken(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("Rebels advancing towards Keshel captured Darrow on Sunday."))
    assert found == [("Darrow", "2022-05-15", "asserted")]


# --- an "after" clause with a subject of its own is not the main taker's capture ---------------


def test_a_place_another_side_retook_in_an_after_clause_is_not_the_main_takers(read) -> None:  # type: ignore[no-untyped-def]
    events = read("Rebels captured Darrow on Sunday, days after the army retook Keshel.")
    takers = {(e.location, e.actor) for e in events if e.type == "city_captured"}
    assert ("Darrow", "rebels") in takers
    assert ("Keshel", "rebels") not in takers


def test_a_bare_place_after_after_is_still_an_earlier_capture_of_the_same_taker(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("Rebels captured Darrow on Sunday, after Keshel on Friday."))
    assert ("Keshel", "2022-05-13", "recap") in found


def test_a_named_storm_is_no_taker(read) -> None:  # type: ignore[no-untyped-def]
    text = "Officials raised the toll to 40 on Sunday as Tropical Storm Wendell battered the coast."
    assert places(read(text)) == set()


# --- a month or year in the trigger's own clause dates it, not another clause's day ------------


def test_a_relative_clauses_month_makes_its_capture_background(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("The rebels, who captured Darrow in March, seized Keshel on Sunday."))
    assert ("Keshel", "2022-05-15", "asserted") in found
    assert all(place != "Darrow" or mode == "recap" for place, _, mode in found)


def test_a_month_before_the_main_verb_closes_the_relative_clause(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("Rebels who took Darrow in February captured Keshel on Sunday."))
    assert ("Keshel", "2022-05-15", "asserted") in found
    assert all(place != "Darrow" or mode == "recap" for place, _, mode in found)


# --- tried, or entered and beaten back: not taken ----------------------------------------------


def test_an_attempt_to_seize_a_town_that_was_repelled_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("A bid by the militia to seize Darrow was repelled on Sunday."))
    assert all(mode != "asserted" for _, _, mode in found)


def test_a_side_that_stormed_a_town_and_was_beaten_back_did_not_take_it(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("Rebels stormed Darrow on Sunday but were beaten back by the army."))
    assert all(mode != "asserted" for _, _, mode in found)


def test_a_side_that_entered_a_town_and_pushed_the_army_back_took_it(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("Rebels entered Keshel on Sunday and pushed back the army."))
    assert ("Keshel", "2022-05-15", "asserted") in found


def test_a_town_seized_and_then_lost_was_still_taken(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels briefly seized Darrow on Sunday before being driven out by the army."
    assert ("Darrow", "2022-05-15", "asserted") in captures(read(text))


# --- "claimed to have taken X" is a report, and a report can be countered -------------------------


def test_a_claim_to_have_taken_a_town_that_the_other_side_counters_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels claimed on Sunday to have captured Keshel, but the army said its "
        "soldiers still held the town."
    )
    assert captures(read(text)) == [("Keshel", "2022-05-15", "hedged")]


def test_a_claim_to_have_taken_a_town_alone_stays_asserted(read) -> None:  # type: ignore[no-untyped-def]
    found = captures(read("Rebels claimed on Sunday to have captured Keshel."))
    assert found == [("Keshel", "2022-05-15", "asserted")]
