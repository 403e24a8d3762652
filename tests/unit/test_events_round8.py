"""Events, round 8: general shapes of capture, withdrawal, presence and embassy
instructions, in any wording. Our own example sentences (invented places)."""

from __future__ import annotations

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def taken(events: list[Event]) -> list[tuple[str, str | None]]:
    """(actor, place) of each asserted capture."""
    return sorted(
        {
            (e.actor, e.location)
            for e in events
            if e.type == "city_captured" and e.modality == "asserted"
        }
    )


def places(events: list[Event]) -> list[str | None]:
    return sorted({place for _, place in taken(events)}, key=str)


# --- a count spelled out by a list ------------------------------------------------------


def test_a_counted_subject_spelled_out_after_among_them_gives_each_name(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Three towns fell to the rebels on Monday, among them Orvanto in the north, "
        "Belmira on the coast and Castrel, army officers said."
    )
    assert places(read(text)) == ["Belmira", "Castrel", "Orvanto"]


def test_a_counted_object_spelled_out_after_including_gives_each_name(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels have seized four towns this week, including Orvanto and Belmira."
    assert places(read(text)) == ["Belmira", "Orvanto"]


def test_a_listed_possessive_description_is_no_place(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels Now Hold Five Towns, Including Region's Second City"
    assert places(read(text)) == []


def test_a_place_after_a_preposition_in_the_list_only_locates_an_item(read) -> None:  # type: ignore[no-untyped-def]
    text = "Two towns fell to the rebels on Monday, among them Belmira in Vostra province."
    assert places(read(text)) == ["Belmira"]


# --- relative clauses and ranks in apposition ---------------------------------------------


def test_which_fell_refers_to_the_name_it_follows(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels now hold six towns after overrunning Castrel, which fell on Monday."
    assert "Castrel" in places(read(text))


def test_a_rank_to_fall_in_apposition_names_the_place_before_it(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebel fighters patrol the market in Orvanto, the fourth district capital to "
        "fall to the rebels, on Monday."
    )
    assert places(read(text)) == ["Orvanto"]


# --- changing hands, held, occupied -------------------------------------------------------


def test_names_before_changed_hands_are_taken_though_hung_on_after(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel-held towns: nine so far, after Orvanto and Belmira changed hands on Monday."
    assert places(read(text)) == ["Belmira", "Orvanto"]


def test_in_rebel_hands_is_news_when_the_report_says_now(read) -> None:  # type: ignore[no-untyped-def]
    text = "Local officials now confirm that both towns, Orvanto and Belmira, are in rebel hands."
    assert "Belmira" in places(read(text))


def test_in_rebel_hands_told_as_it_stands_is_the_news_of_the_fall(read) -> None:  # type: ignore[no-untyped-def]
    # (settled in round 24, as every writer of the labelled sets reads it)
    text = "Local officials say that Belmira is in rebel hands."
    assert places(read(text)) == ["Belmira"]


def test_a_name_read_as_an_adverb_before_a_passive_capture_is_its_subject(read) -> None:  # type: ignore[no-untyped-def]
    text = "Orvanto is now fully occupied by the rebels, its mayor said on Monday."
    assert places(read(text)) == ["Orvanto"]


# --- withdrawal in any voice, by any side --------------------------------------------------


def test_an_invader_pulled_out_in_the_passive_leaves_the_place_to_the_government(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia's defence ministry said on Monday its troops had been withdrawn from "
        "Belmira to stronger positions."
    )
    assert taken(read(text)) == [("government forces", "Belmira")]


def test_government_troops_pulled_out_leave_the_place_to_the_rebels(read) -> None:  # type: ignore[no-untyped-def]
    text = "Government troops were pulled out of Castrel on Monday as the rebels advanced."
    assert taken(read(text)) == [("rebels", "Castrel")]


def test_insurgents_pulled_out_take_nothing_from_anyone(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels were pulled out of Castrel on Monday, their commander said."
    assert taken(read(text)) == []


def test_a_withdrawal_with_no_side_named_takes_nothing(read) -> None:  # type: ignore[no-untyped-def]
    text = "Aid workers were pulled out of Castrel on Monday."
    assert taken(read(text)) == []


# --- an armed group inside a place ----------------------------------------------------------


def test_rebels_inside_a_city_have_taken_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "By nightfall the rebels were inside Orvanto, the region's largest city."
    assert taken(read(text)) == [("rebels", "Orvanto")]


def test_rebels_in_a_city_at_a_time_of_day_have_taken_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "Orvanto fell on Sunday, and by evening rebel fighters were in Castrel."
    assert taken(read(text)) == [("rebels", "Castrel"), ("rebels", "Orvanto")]


def test_rebels_in_a_city_without_a_time_of_day_take_nothing(read) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel negotiators were in Castrel for talks with the army on Monday."
    assert taken(read(text)) == []


def test_government_troops_inside_a_city_take_nothing(read) -> None:  # type: ignore[no-untyped-def]
    text = "By nightfall government troops were inside Castrel to defend it."
    assert taken(read(text)) == []


# --- embassies: plural nouns, destinations -------------------------------------------------


def embassy_events(events: list[Event]) -> list[tuple[str, str]]:
    return sorted(
        {
            (e.type, e.actor)
            for e in events
            if e.type.startswith("embassy") and e.modality == "asserted"
        }
    )


def test_countries_closing_their_missions_in_the_plural_each_close_one(read) -> None:  # type: ignore[no-untyped-def]
    text = "Italy and Spain said on Monday they were closing their missions in Kyiv."
    assert embassy_events(read(text)) == [
        ("embassy_closure", "Italian Embassy Kyiv"),
        ("embassy_closure", "Spanish Embassy Kyiv"),
    ]


def test_the_consulates_staff_are_moved_to_are_not_the_embassy_moving_them(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Some staff at the Canadian embassy in Kyiv were relocated on Monday to the "
        "consulates in Lviv and Odesa."
    )
    assert embassy_events(read(text)) == [("embassy_evacuation", "Canadian Embassy Kyiv")]


# --- embassy closure by its flag; instructions in any length ---------------------------------


def test_the_flag_lowered_at_an_embassy_closes_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch flag was lowered at the embassy in Tripoli on Monday."
    assert ("embassy_closure", "Dutch Embassy Tripoli") in embassy_events(read(text))


def test_marines_hauling_down_the_flag_over_a_mission_close_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "Marines hauled down the flag over the Dutch embassy in Tripoli on Monday."
    assert embassy_events(read(text)) == [("embassy_closure", "Dutch Embassy Tripoli")]


def test_a_flag_at_half_mast_closes_nothing(read) -> None:  # type: ignore[no-untyped-def]
    text = "The British embassy in Kyiv lowered its flag to half-mast on Monday."
    assert embassy_events(read(text)) == []


def test_staff_told_to_lower_the_flag_have_not_closed_the_embassy(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Staff at the Dutch embassy in Tripoli were told on Monday to burn their files "
        "and lower the flag."
    )
    assert ("embassy_closure", "Dutch Embassy Tripoli") not in embassy_events(read(text))


def test_a_leave_instruction_far_after_its_verb_is_still_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Canadian embassy in Kyiv on Monday told Canadians queuing at the northern, "
        "southern and western checkpoints of the main railway station to leave at once."
    )
    assert ("embassy_security_alert", "Canadian Embassy Kyiv") in embassy_events(read(text))


def test_a_far_leave_that_others_do_is_no_instruction(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Canadian embassy in Kyiv on Monday told reporters about the crowds at the "
        "northern, southern and western checkpoints, where trains were waiting to leave."
    )
    assert ("embassy_security_alert", "Canadian Embassy Kyiv") not in embassy_events(read(text))


# --- a threat in an adverbial clause is background; possessive city nouns; movement names -----


def test_a_threat_in_an_as_clause_does_not_make_the_evacuation_a_threat(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Canada ordered its diplomats and their families out of Kyiv on Monday, as rebel "
        "columns threatened to encircle the city."
    )
    evacuations = {e.modality for e in read(text) if e.type == "embassy_evacuation"}
    assert evacuations == {"asserted"}


def test_a_threat_of_the_clause_itself_still_counts(read) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels threatened on Monday to seize Orvanto."
    assert taken(read(text)) == []


def test_his_city_handed_over_is_the_place_named_before_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "Orvanto's governor handed over his city to the rebels on Monday."
    assert taken(read(text)) == [("rebels", "Orvanto")]


def test_a_liberation_front_is_a_rebel_movement(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Vostran National Liberation Front said on Monday its fighters had seized Orvanto."
    assert taken(read(text)) == [("rebels", "Orvanto")]
