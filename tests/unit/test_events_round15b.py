"""Events, round 15 (second writer): general shapes of English news writing the rules
missed on text they were not written from: a government telling its own people to leave
a country (its embassy's alert there), evacuations told by where people were taken
from, closures that go on, sides told by whom they fight, states reported with a day.
Our own example sentences (invented places and people where a name is needed)."""

from __future__ import annotations

from datetime import date

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def alerts(events: list[Event]) -> list[tuple[str, str | None]]:
    """(actor, ISO date) of each asserted embassy security alert."""
    return sorted(
        {
            (e.actor, e.date.isoformat() if e.date else None)
            for e in events
            if e.type == "embassy_security_alert" and e.modality == "asserted"
        },
        key=str,
    )


# --- a government telling its own people ----------------------------------------------------


def test_a_foreign_ministry_telling_its_nationals_to_leave_is_its_embassys_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "Italy's foreign ministry on Sunday told Italian nationals in Mali to leave at once."
    assert alerts(read(text)) == [("Italian Embassy Bamako", "2022-05-15")]


def test_several_governments_telling_their_citizens_give_one_alert_each(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Spain and Sweden on Saturday followed Norway in urging their citizens to get out of "
        "Niger while the airport is still open."
    )
    assert alerts(read(text)) == [
        ("Spanish Embassy Niamey", "2022-05-14"),
        ("Swedish Embassy Niamey", "2022-05-14"),
    ]


def test_a_governments_call_takes_the_host_the_article_names(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighting spread through the suburbs of Khartoum overnight. The Canadian government "
        "told Canadians to shelter in place until further notice."
    )
    assert "Canadian Embassy Khartoum" in {actor for actor, _ in alerts(read(text))}


def test_a_call_told_a_day_before_another_event_takes_the_day_before(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The State Department pulled most staff out of the embassy in Juba on Sunday, a day "
        "after the White House told Americans in South Sudan to leave."
    )
    assert ("US Embassy Juba", "2022-05-14") in alerts(read(text))


def test_an_army_telling_foreigners_to_leave_is_no_embassy_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "Russian troops told Americans in the village to leave their homes on Sunday."
    assert alerts(read(text)) == []


def test_a_government_urging_another_country_is_diplomacy_not_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The British government on Sunday urged Niger's junta to avoid any violence."
    assert alerts(read(text)) == []


# --- closures that go on -----------------------------------------------------------------------


def closures(events: list[Event]) -> list[tuple[str, str, str | None]]:
    """(actor, modality, ISO date) of each embassy closure."""
    return sorted(
        {
            (e.actor, e.modality, e.date.isoformat() if e.date else None)
            for e in events
            if e.type == "embassy_closure"
        },
        key=str,
    )


def test_an_embassy_that_will_stay_closed_today_is_closed_now(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch Embassy in Tunis will stay closed on Monday, the foreign ministry said."
    assert closures(read(text)) == [("Dutch Embassy Tunis", "asserted", "2022-05-16")]


def test_the_day_a_closure_lasts_until_is_not_its_date(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ambassador wrote on Saturday that the Dutch Embassy in Tunis would remain shut "
        "until at least Friday and that staff had been told to stay indoors."
    )
    events = read(text, date(2022, 5, 14))
    assert closures(events) == [("Dutch Embassy Tunis", "asserted", "2022-05-14")]
    assert alerts(events) == [("Dutch Embassy Tunis", "2022-05-14")]


def test_an_embassy_that_will_close_is_still_a_forecast(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch Embassy in Tunis will close on Friday, the foreign ministry said."
    assert [m for _, m, _ in closures(read(text))] == ["forecast"]


def test_a_closure_that_lasts_only_on_a_condition_stays_conditional(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch Embassy in Tunis would remain closed if the protests went on, it said."
    assert [m for _, m, _ in closures(read(text))] == ["conditional"]


# --- evacuations told by where people were taken from -------------------------------------------


def evacuations(events: list[Event]) -> list[str]:
    """The actor of each asserted embassy evacuation."""
    return sorted(
        {e.actor for e in events if e.type == "embassy_evacuation" and e.modality == "asserted"}
    )


def test_people_flown_out_of_the_embassy_evacuate_it_whoever_they_are(read) -> None:  # type: ignore[no-untyped-def]
    text = "Navy helicopters flew about 70 people out of the Swedish embassy in Bamako on Sunday."
    assert evacuations(read(text)) == ["Swedish Embassy Bamako"]


def test_people_lifted_out_of_the_embassy_are_airlifted(read) -> None:  # type: ignore[no-untyped-def]
    text = "Helicopters lifted 60 people out of the Swedish embassy in Bamako on Sunday."
    assert evacuations(read(text)) == ["Swedish Embassy Bamako"]


def test_protesters_pulled_out_of_an_embassy_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Police pulled the protesters out of the Swedish embassy in Bamako on Sunday."
    assert evacuations(read(text)) == []


def test_an_ambassador_who_leaves_with_his_staff_evacuates_the_embassy(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Swedish ambassador left Bamako with his staff on Sunday as the rebels closed in."
    assert evacuations(read(text)) == ["Swedish Embassy Bamako"]


# --- sides told by whom they fight -------------------------------------------------------------


def takers(events: list[Event]) -> list[tuple[str, str | None]]:
    """(actor, place) of each asserted capture."""
    return sorted(
        {(e.actor, e.location) for e in events if e.type == "city_captured"
         and e.modality == "asserted"},
        key=str,
    )  # fmt: skip


def test_forces_loyal_to_a_name_that_march_on_the_capital_are_rebels(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Forces loyal to Omar Dressa seized Korvash on Sunday and were advancing towards the "
        "capital."
    )
    assert takers(read(text)) == [("rebels", "Korvash")]


def test_forces_loyal_to_a_name_that_push_the_rebels_back_are_the_government(read) -> None:  # type: ignore[no-untyped-def]
    text = "Troops loyal to Omar Dressa retook Korvash on Sunday, pushing the rebels back north."
    assert takers(read(text)) == [("government forces", "Korvash")]


def test_a_named_army_a_person_owns_is_a_non_state_group(read) -> None:  # type: ignore[no-untyped-def]
    text = "Dressa's Southern National Army said on Sunday it had captured Korvash."
    assert takers(read(text)) == [("rebels", "Korvash")]


def test_a_countrys_army_is_still_the_government(read) -> None:  # type: ignore[no-untyped-def]
    text = "Mali's army said on Sunday it had recaptured Korvash from the jihadists."
    assert takers(read(text)) == [("government forces", "Korvash")]


# --- states reported with a day ----------------------------------------------------------------


def test_a_town_in_rebel_hands_on_a_named_day_was_taken_that_day(read) -> None:  # type: ignore[no-untyped-def]
    text = "Korvash was in rebel hands on Sunday after the garrison fled south overnight."
    assert takers(read(text)) == [("rebels", "Korvash")]


def test_fighters_in_control_of_a_town_on_a_named_day_took_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "Jihadist fighters were in control of the river town of Korvash on Saturday."
    assert takers(read(text)) == [("rebels", "Korvash")]


def test_a_town_in_rebel_hands_with_no_day_is_no_new_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "Korvash was in rebel hands, and aid convoys could not reach it."
    assert takers(read(text)) == []


def test_a_town_in_rebel_hands_weeks_after_it_fell_is_no_new_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "Korvash was still in rebel hands on Sunday, three weeks after it fell."
    assert ("rebels", "Korvash") not in {
        (e.actor, e.location) for e in read(text) if e.modality == "asserted"
        and e.date is not None and e.date.isoformat() == "2022-05-15"
    }  # fmt: skip


# --- hedging ------------------------------------------------------------------------------------


def test_a_claimed_capture_another_side_says_is_still_being_fought_for_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebel command said on Sunday that its fighters had captured Korvash. Officials in "
        "the capital said clashes in the town centre were continuing."
    )
    modes = {(e.location, e.modality) for e in read(text) if e.type == "city_captured"}
    assert modes == {("Korvash", "hedged")}


def test_a_capture_told_as_fact_stays_asserted_while_pockets_of_fighting_go_on(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels captured Korvash on Sunday. Pockets of fighting went on in the old town."
    assert takers(read(text)) == [("rebels", "Korvash")]


# --- a ticker is the story ----------------------------------------------------------------------


def test_a_tv_ticker_line_in_capitals_is_the_story_not_a_related_headline(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "TICKER: KORVASH FALLS TO REBELS WITHOUT A FIGHT ... US EMBASSY TELLS AMERICANS IN "
        "BAMAKO TO SHELTER IN PLACE"
    )
    events = read(text)
    assert takers(events) == [("rebels", "Korvash")]
    assert alerts(events) == [("US Embassy Bamako", "2022-05-16")]


def test_a_further_coverage_label_still_marks_another_story(read) -> None:  # type: ignore[no-untyped-def]
    assert takers(read("Further coverage: Korvash Falls To Rebels Without A Fight")) == []


# --- captures told again without their verb ------------------------------------------------------


def test_a_place_added_with_as_well_after_a_capture_is_taken_too(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels overran Korvash on Saturday and, before dawn, Velmora as well."
    assert takers(read(text)) == [("rebels", "Korvash"), ("rebels", "Velmora")]


def test_a_place_named_with_as_well_in_a_clause_of_its_own_is_not_taken(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels captured Korvash on Saturday, while Velmora was quiet as well."
    assert takers(read(text)) == [("rebels", "Korvash")]


def test_a_place_that_went_after_a_capture_fell_too(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels had seized the army base at dawn, and Velmora went two hours later."
    assert takers(read(text)) == [("rebels", "Velmora")]


def test_a_minister_who_went_somewhere_after_a_capture_takes_nothing(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels captured Korvash on Saturday, and the minister went to Velmora."
    assert takers(read(text)) == [("rebels", "Korvash")]


def test_a_side_that_declares_a_city_free_has_taken_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebel command declares Velmora 'free' after the garrison fled."
    assert takers(read(text)) == [("rebels", "Velmora")]
    assert takers(read("The rebel command declared Korvash free on Sunday.")) == [
        ("rebels", "Korvash")
    ]


def test_declaring_hostages_free_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    assert takers(read("The rebel command declared the hostages free on Sunday.")) == []


# --- "the city" told in the sentence before ------------------------------------------------------


def test_the_city_retaken_is_the_place_the_sentence_before_says_is_held(read) -> None:  # type: ignore[no-untyped-def]
    text = "Korvash is back in rebel hands. The rebels retook the old city on Sunday at dawn."
    assert takers(read(text)) == [("rebels", "Korvash")]


def test_a_foreign_capital_standing_for_its_government_is_not_the_city(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels retook the city on Sunday, a blow to Washington, which had backed the army."
    assert takers(read(text)) == []


# --- flags ---------------------------------------------------------------------------------------


def test_the_groups_flag_over_a_building_in_a_town_takes_the_town(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebel command said on Sunday that the group's flag was flying over the "
        "governor's office in Velmora."
    )
    assert takers(read(text)) == [("rebels", "Velmora")]


def test_fighters_raising_their_flag_outside_a_compound_in_a_town_take_it(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels posted video of fighters raising their flag outside the governor's "
        "compound in Velmora on Sunday."
    )
    assert takers(read(text)) == [("rebels", "Velmora")]


def test_a_flag_raised_in_a_reported_clause_the_next_sentence_rejects_is_hedged(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebels said they had taken the hills and raised their flag over the governor's "
        "office in Velmora. The army rejected the claim."
    )
    assert takers(read(text)) == []
