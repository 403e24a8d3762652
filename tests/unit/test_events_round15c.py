"""Events, round 15 (third writer): general shapes of English news writing the rules
missed on text they were not written from: a capture told only by the rank it gives a
place ("making it the sixth capital to fall"). Our own example sentences (invented
places and people where a name is needed)."""

from __future__ import annotations

from event_readings import dated_captures as captures

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


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


def test_a_ranked_it_takes_the_last_name_a_clause_of_the_sentence_is_about(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shopkeepers in the market of Tarvin watched rebel fighters walk past on Sunday after "
        "the garrison slipped away, making it the third district capital to fall to the rebels."
    )
    assert ("Tarvin", "2022-05-15", "asserted") in captures(read(text))


def test_a_place_that_was_the_latest_to_go_was_taken(read) -> None:  # type: ignore[no-untyped-def]
    text = "Tarvin was the latest to go. The rebels now hold nine of the twelve district seats."
    assert [loc for loc, _, mod in captures(read(text)) if mod == "asserted"] == ["Tarvin"]


def test_a_person_who_was_the_first_to_go_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "The minister was the first to go when the rebels reshuffled their council."
    assert captures(read(text)) == []


def test_a_named_person_who_was_the_first_to_go_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "John Harlan was the first to go when the rebels reshuffled their council."
    assert captures(read(text)) == []


def test_a_rank_a_defeat_would_give_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "A defeat there would make Tarvin the first provincial capital to fall to the rebels."
    assert [c for c in captures(read(text)) if c[2] == "asserted"] == []


def test_a_rank_the_sentence_denies_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "Harlow is not the first provincial capital to fall to the rebels."
    assert [c for c in captures(read(text)) if c[2] == "asserted"] == []


# --- an evacuation told by the staff's own journey out ----------------------------------------


def evacuations(events: list[Event]) -> list[str]:
    """Actor of each asserted embassy evacuation."""
    return sorted(
        {e.actor for e in events if e.type == "embassy_evacuation" and e.modality == "asserted"}
    )


def test_diplomats_who_drove_overland_to_another_country_evacuated(read) -> None:  # type: ignore[no-untyped-def]
    text = "American diplomats drove overland from Tripoli to Tunisia on Saturday."
    assert evacuations(read(text)) == ["US Embassy Tripoli"]


def test_embassy_staff_who_crossed_a_border_evacuated(read) -> None:  # type: ignore[no-untyped-def]
    text = "Norway's ambassador and the embassy staff in Khartoum crossed into Ethiopia on Sunday."
    assert evacuations(read(text)) == ["Norwegian Embassy Khartoum"]


def test_diplomats_who_drove_to_talks_did_not_evacuate(read) -> None:  # type: ignore[no-untyped-def]
    text = "French diplomats drove to the foreign ministry in Niamey for talks on Sunday."
    assert evacuations(read(text)) == []


def test_an_ambassador_who_left_the_country_evacuated(read) -> None:  # type: ignore[no-untyped-def]
    text = "The German ambassador to Haiti left the country on Sunday."
    assert evacuations(read(text)) == ["German Embassy Port-au-Prince"]


def test_an_ambassador_who_left_for_another_country_evacuated(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gangs attacked police stations across Haiti. Germany said its ambassador had also "
        "left for the Dominican Republic."
    )
    assert [a for a in evacuations(read(text)) if a.startswith("German Embassy")] != []


def test_an_ambassador_who_left_for_talks_or_the_airport_did_not_evacuate(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The German ambassador to Haiti left for talks with the prime minister on Sunday.",
        "The German ambassador to Haiti left for the airport on Sunday.",
    ):
        assert evacuations(read(text)) == []


# --- an invading army's withdrawal told with the particle past its object ---------------------


def test_an_invader_pulling_its_troops_out_of_a_town_returns_it_to_the_government(read) -> None:  # type: ignore[no-untyped-def]
    text = "Russia's defence ministry said on Sunday it had pulled its troops out of Tarvin."
    assert ("Tarvin", "2022-05-15", "asserted") in captures(read(text))
    assert {e.actor for e in read(text) if e.type == "city_captured"} == {"government forces"}


def test_an_army_pulling_its_troops_out_with_no_enemy_named_gives_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "The army said on Sunday it had pulled its troops out of Tarvin."
    assert captures(read(text)) == []


# --- a side left in control --------------------------------------------------------------------


def test_a_side_left_in_control_of_a_place_took_it(read) -> None:  # type: ignore[no-untyped-def]
    text = "The garrison fled on Sunday, leaving rebel fighters in full control of Tarvin."
    assert captures(read(text)) == [("Tarvin", "2022-05-15", "asserted")]
    assert {e.actor for e in read(text) if e.type == "city_captured"} == {"rebels"}


def test_leaving_a_side_in_control_of_a_checkpoint_is_no_capture(read) -> None:  # type: ignore[no-untyped-def]
    text = "The garrison fled on Sunday, leaving rebel fighters in control of the checkpoint."
    assert captures(read(text)) == []
