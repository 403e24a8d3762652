"""Embassy events told in the wider wording of news English: staff sent or brought home,
repatriated or shifted, a mission left behind, a diplomatic presence suspended, services
stopped, citizens told to stay away, to steer clear, to stay off the roads or to reconsider
travel; and what stays out (expulsions, visits, calls on the parties to a conflict, plans,
denials, operations that are not the embassy's). Our own example sentences."""

from __future__ import annotations

from processors.models import Event

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py


def embassy(events: list[Event]) -> list[tuple[str, str, str]]:
    """(type, actor, modality) of each embassy event."""
    return sorted(
        {
            (e.type.removeprefix("embassy_"), e.actor, e.modality)
            for e in events
            if e.type.startswith("embassy_")
        }
    )


def asserted(events: list[Event], kind: str) -> list[str]:
    """Actors of the asserted embassy events of one kind."""
    return sorted(
        {e.actor for e in events if e.type == f"embassy_{kind}" and e.modality == "asserted"}
    )


# --- evacuations ------------------------------------------------------------------------------


def test_staff_sent_home_is_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Italy sent home its embassy personnel from Khartoum on Saturday as the shelling grew."
    assert asserted(read(text), "evacuation") == ["Italian Embassy Khartoum"]


def test_staff_brought_home_is_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Indian embassy in Kabul brought all its staff home on Sunday."
    assert asserted(read(text), "evacuation") == ["Indian Embassy Kabul"]


def test_diplomats_flown_home_are_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Norway flew its diplomats home from the embassy in Tripoli on Sunday."
    assert asserted(read(text), "evacuation") == ["Norwegian Embassy Tripoli"]


def test_repatriated_embassy_staff_are_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Japan repatriated the last of its embassy staff from Kyiv on Sunday."
    assert asserted(read(text), "evacuation") == ["Japanese Embassy Kyiv"]


def test_staff_shifted_to_the_airport_are_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Canadian embassy in Kabul shifted its remaining staff to the airport on Sunday."
    assert asserted(read(text), "evacuation") == ["Canadian Embassy Kabul"]


def test_marines_leaving_the_embassy_is_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Marines burned documents before leaving the British embassy in Tripoli on Saturday."
    assert asserted(read(text), "evacuation") == ["UK Embassy Tripoli"]


def test_diplomats_abandoning_the_mission_is_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Swedish diplomats abandoned the embassy in Khartoum on Sunday under army escort."
    assert asserted(read(text), "evacuation") == ["Swedish Embassy Khartoum"]


def test_expelled_diplomats_sent_home_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Poland expelled 45 Russian diplomats and sent them home on Sunday."
    assert asserted(read(text), "evacuation") == []


def test_citizens_flown_home_are_no_evacuation_of_the_embassy(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul has helped fly 300 Americans home since Sunday."
    assert asserted(read(text), "evacuation") == []


def test_extra_staff_sent_to_the_embassy_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Britain sent extra diplomats to its embassy in Kabul on Sunday to process visas."
    assert asserted(read(text), "evacuation") == []


def test_protesters_leaving_the_embassy_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters left the US embassy in Baghdad on Sunday after a two-day siege."
    assert embassy(read(text)) == []


def test_an_ambassador_leaving_for_talks_is_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The French ambassador left the embassy in Niamey for talks with the junta on Sunday."
    assert embassy(read(text)) == []


def test_citizens_told_to_leave_the_embassy_area_is_an_alert_not_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul told citizens to leave the embassy area on Sunday."
    assert embassy(read(text)) == [("security_alert", "US Embassy Kabul", "asserted")]


# --- closures ---------------------------------------------------------------------------------


def test_a_suspended_diplomatic_presence_is_a_closure(read) -> None:  # type: ignore[no-untyped-def]
    text = "Canada suspended its diplomatic presence in Kabul on Sunday, the foreign minister said."
    assert asserted(read(text), "closure") == ["Canadian Embassy Kabul"]


def test_an_ended_diplomatic_presence_is_a_closure(read) -> None:  # type: ignore[no-untyped-def]
    text = "The United States ended its diplomatic presence in Sanaa on Sunday."
    assert asserted(read(text), "closure") == ["US Embassy Sanaa"]


def test_a_mission_ending_its_operations_is_a_closure(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Dutch mission in Tripoli ended its operations on Sunday."
    assert asserted(read(text), "closure") == ["Dutch Embassy Tripoli"]


def test_stopped_consular_services_are_a_closure(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Spanish embassy in Khartoum stopped all consular services on Sunday."
    assert asserted(read(text), "closure") == ["Spanish Embassy Khartoum"]


def test_a_stopped_rescue_operation_is_no_closure(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Britain stopped the operation to fly out its citizens on Sunday, "
        "the embassy in Kabul said."
    )
    assert asserted(read(text), "closure") == []


def test_no_plans_to_end_operations_is_no_closure(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kyiv remains open and has no plans to end its operations."
    assert asserted(read(text), "closure") == []


def test_resumed_operations_are_no_closure(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kyiv resumed operations on Sunday after a three-month pause."
    assert embassy(read(text)) == []


def test_considering_ending_operations_is_no_closure(read) -> None:  # type: ignore[no-untyped-def]
    text = "The Canadian embassy in Kabul is considering ending its operations."
    assert asserted(read(text), "closure") == []


# --- security alerts --------------------------------------------------------------------------


def test_told_to_stay_away_from_the_airport_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The British embassy in Khartoum told Britons to stay away from the airport on Sunday."
    assert asserted(read(text), "security_alert") == ["UK Embassy Khartoum"]


def test_told_not_to_come_to_the_airport_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul told Americans not to come to the airport on Sunday."
    assert asserted(read(text), "security_alert") == ["US Embassy Kabul"]


def test_warned_against_travelling_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul warned citizens against travelling to the airport on Sunday."
    assert asserted(read(text), "security_alert") == ["US Embassy Kabul"]


def test_told_to_reconsider_travel_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Beirut advised Americans on Sunday to reconsider travel to the south."
    assert asserted(read(text), "security_alert") == ["US Embassy Beirut"]


def test_told_to_remain_in_their_homes_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul instructed Americans to remain in their homes on Sunday."
    assert asserted(read(text), "security_alert") == ["US Embassy Kabul"]


def test_told_to_keep_a_low_profile_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The French embassy in Bamako advised its nationals on Sunday to keep a low profile."
    assert asserted(read(text), "security_alert") == ["French Embassy Bamako"]


def test_told_to_stay_off_the_roads_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Tripoli told Americans to stay off the roads on Sunday night."
    assert asserted(read(text), "security_alert") == ["US Embassy Tripoli"]


def test_a_repeated_call_to_stay_away_is_a_recap(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul has repeatedly urged Americans to stay away from the airport."
    assert asserted(read(text), "security_alert") == []


def test_a_call_on_all_sides_to_avoid_violence_is_no_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul urged all sides to avoid violence on Sunday."
    assert embassy(read(text)) == []


def test_a_call_on_the_junta_is_no_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The French embassy in Bamako urged the junta to avoid a crackdown on protesters."
    assert embassy(read(text)) == []


def test_police_telling_demonstrators_to_stay_off_the_road_is_no_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "Police asked demonstrators near the British embassy to stay off the road."
    assert embassy(read(text)) == []


def test_staff_told_to_stay_away_from_windows_is_no_alert_to_citizens(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul told its staff to stay away from the windows."
    assert asserted(read(text), "security_alert") == []


# --- staff who leave --------------------------------------------------------------------------


def test_diplomats_who_left_the_capital_are_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The last American diplomats left Kabul on Sunday aboard a military plane."
    assert asserted(read(text), "evacuation") == ["US Embassy Kabul"]


def test_embassy_staff_who_departed_are_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Remaining French embassy personnel departed Niamey on Sunday in a convoy."
    assert asserted(read(text), "evacuation") == ["French Embassy Niamey"]


def test_an_ambassador_and_his_staff_who_fled_are_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The German ambassador and his staff fled Khartoum on Sunday as the shelling grew."
    assert asserted(read(text), "evacuation") == ["German Embassy Khartoum"]


def test_an_ambassador_leaving_after_a_recall_is_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The ambassador left Moscow on Sunday after being recalled for consultations."
    assert embassy(read(text)) == []


def test_expelled_diplomats_leaving_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Russian diplomats expelled by Poland left Warsaw on Sunday."
    assert embassy(read(text)) == []


def test_gunmen_who_attacked_the_embassy_fleeing_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen who attacked the US embassy in Baghdad fled on Sunday."
    assert asserted(read(text), "evacuation") == []


def test_people_leaving_as_diplomats_report_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of people left Kabul on Sunday, US diplomats said."
    assert embassy(read(text)) == []


def test_diplomats_leaving_a_meeting_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The British diplomats left the meeting with the Taliban on Sunday without a deal."
    assert embassy(read(text)) == []


def test_staff_leaving_for_the_day_are_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Embassy staff left for the day as the US embassy in Kyiv closed early on Sunday."
    assert asserted(read(text), "evacuation") == []


def test_a_headline_telling_citizens_to_leave_is_an_alert_not_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "US Embassy in Beirut to Americans: leave on any flight you can get"
    assert asserted(read(text), "evacuation") == []


# --- drawdowns, planes carrying staff, mothballed missions, security messages ----------------


def test_an_ordered_drawdown_of_embassy_staff_is_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The State Department ordered a drawdown of embassy staff in Baghdad on Sunday."
    assert asserted(read(text), "evacuation") == ["US Embassy Baghdad"]


def test_a_begun_withdrawal_of_diplomats_is_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US began the withdrawal of its diplomats from Kyiv on Sunday, the embassy said."
    assert asserted(read(text), "evacuation") == ["US Embassy Kyiv"]


def test_an_announced_withdrawal_of_troops_is_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US announced the withdrawal of troops on Sunday, the embassy in Kabul said."
    assert embassy(read(text)) == []


def test_a_plane_carrying_a_countrys_embassy_staff_is_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "A Turkish military plane carrying 60 embassy staff from Khartoum landed on Sunday."
    assert asserted(read(text), "evacuation") == ["Turkish Embassy Khartoum"]


def test_a_plane_carrying_a_new_ambassador_in_is_no_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "A plane carrying the new US ambassador arrived in Kabul on Sunday."
    assert embassy(read(text)) == []


def test_whisked_diplomats_are_an_evacuation(read) -> None:  # type: ignore[no-untyped-def]
    text = "Guards whisked the Italian diplomats from the embassy in Khartoum on Sunday."
    assert asserted(read(text), "evacuation") == ["Italian Embassy Khartoum"]


def test_a_mothballed_embassy_is_closed(read) -> None:  # type: ignore[no-untyped-def]
    text = "Britain mothballed its embassy in Tripoli on Sunday."
    assert asserted(read(text), "closure") == ["UK Embassy Tripoli"]


def test_a_security_message_is_an_alert(read) -> None:  # type: ignore[no-untyped-def]
    text = "The US embassy in Kabul issued a security message on Sunday warning of an attack."
    assert asserted(read(text), "security_alert") == ["US Embassy Kabul"]
