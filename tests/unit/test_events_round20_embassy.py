"""Embassy events, round 20: our own passages for the kinds dev19 and dev20 missed, about
embassies, consulates and high commissions in capitals and towns no labelled set names
(Nouakchott, Niamey, Lilongwe, Lusaka, Windhoek, Gaborone, Kigali, Yerevan, Tirana, Apia,
Asmara, Dodoma, Erbil, Mandalay, Goma, Herat, Basra), in the voices of the feeds: wire leads,
live-blog stamps, notices and advisories retold, captions, statements in summary.

What the lists exercise, as rules of English news writing taken whole:
- staff who leave, told with the people beside them ("the ambassador left with his staff"),
  a share of them ("every one of its diplomats", "most of its staff"), a relative clause on
  the leavers, or a phrase of going home ("are on their way back to Norway");
- a mission moved to the airport or another site of the same city, which is an evacuation
  (tests/fixtures/README.md, settled in round 19);
- a notice named before a colon ("New guidance from the embassy in X: ...", "Advisory from the
  Consulate General of Y in Z, Tuesday: ...") whose instruction follows, after a time stamp too;
- a consulate general named "of <country> in <town>";
- hard negatives: telling a radio station, a newspaper or parliament what the mission will or
  will not do; plans and denials; staff (not citizens) ordered out; a minister's "warning of"
  danger; protesters tearing down a flag or stoning a mission.
"""

from __future__ import annotations

from functools import partial

import pytest
from event_readings import asserted_embassy_events, known_miss, read_as, readings

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py

ALERT, EVAC, CLOSURE = "embassy_security_alert", "embassy_evacuation", "embassy_closure"
SUN, SAT, FRI = "2022-05-15", "2022-05-14", "2022-05-13"

# (passage, event type, the embassy's name, the ISO date or None when no day is named)
REPORTED: list[tuple[str, str, str, str | None]] = [
    # --- staff who leave, however the leavers are named ------------------------------------
    (
        "The United States shut its embassy in Niamey on Sunday and Ambassador Carla Brandt "
        "left Niger with her diplomatic staff as the mutineers closed the airport.",
        EVAC,
        "US Embassy Niamey",
        SUN,
    ),
    (
        "NOUAKCHOTT, May 15 — France closed its embassy on Sunday and Ambassador Pierre Lhomme "
        "left Mauritania with the last of his staff, the foreign ministry said.",
        EVAC,
        "French Embassy Nouakchott",
        SUN,
    ),
    (
        "The Swedish envoy in Lusaka left Zambia on Sunday together with his staff.",
        EVAC,
        "Swedish Embassy Lusaka",
        SUN,
    ),
    (
        "Britain's high commission in Lilongwe closed its doors on Sunday, and every one of its "
        "diplomats has now left Malawi by road into Zambia.",
        EVAC,
        "UK Embassy Lilongwe",
        SUN,
    ),
    (
        "All of the Japanese embassy's diplomats in Windhoek left Namibia on Sunday.",
        EVAC,
        "Japanese Embassy Windhoek",
        SUN,
    ),
    (
        "Most of the Dutch embassy's staff left Kigali on Sunday on a chartered plane.",
        EVAC,
        "Dutch Embassy Kigali",
        SUN,
    ),
    (
        "Statement from the Norwegian foreign ministry, Sunday, in summary: operations at the "
        "Norwegian embassy in Asmara have been suspended, and the Norwegian diplomats who were "
        "still there are on their way home.",
        EVAC,
        "Norwegian Embassy Asmara",
        SUN,
    ),
    (
        "Operations at the Danish embassy in Dodoma were suspended on Sunday, and the diplomats "
        "who had stayed behind are on their way back to Denmark.",
        EVAC,
        "Danish Embassy Dodoma",
        SUN,
    ),
    (
        "OSLO — Norway has suspended operations at its embassy in Yerevan and its diplomats are "
        "on their way back to Norway, the foreign ministry said on Sunday.",
        EVAC,
        "Norwegian Embassy Yerevan",
        SUN,
    ),
    (
        "The German embassy in Tirana was shut on Sunday; its diplomats are on their way back "
        "to Berlin.",
        EVAC,
        "German Embassy Tirana",
        SUN,
    ),
    (
        "The Canadian embassy staff in Gaborone who had worked through the weekend are on their "
        "way home, Ottawa said on Sunday.",
        EVAC,
        "Canadian Embassy Gaborone",
        SUN,
    ),
    (
        "UPDATE 1 - The Italian embassy in Asmara suspended its work on Sunday and Ambassador "
        "Lucia Ferri crossed into Ethiopia with her team.",
        EVAC,
        "Italian Embassy Asmara",
        SUN,
    ),
    (
        "15:20 — Spain's embassy in Niamey has closed, and the ambassador has left the country "
        "with his staff, Madrid said on Sunday.",
        EVAC,
        "Spanish Embassy Niamey",
        SUN,
    ),
    (
        "The Belgian consulate in Goma was emptied on Sunday: the consul left the city with "
        "his staff for Kigali.",
        EVAC,
        "Belgian Consulate Goma",
        SUN,
    ),
    # --- the mission moved to the airport of the same city ---------------------------------
    (
        "PARIS — France is moving its embassy in Niamey to a site at the airport, the foreign "
        "ministry said on Sunday.",
        EVAC,
        "French Embassy Niamey",
        SUN,
    ),
    (
        "Germany moved its embassy in Lusaka to the airport on Sunday as the fighting spread.",
        EVAC,
        "German Embassy Lusaka",
        SUN,
    ),
    (
        "Britain relocated its high commission in Lilongwe to Kamuzu International Airport on "
        "Sunday, the Foreign Office said.",
        EVAC,
        "UK Embassy Lilongwe",
        SUN,
    ),
    (
        "The Italian embassy in Asmara was moved on Sunday to a hangar at the airport, where "
        "the ambassador will go on issuing travel papers.",
        EVAC,
        "Italian Embassy Asmara",
        SUN,
    ),
    (
        "Japan on Sunday shifted its embassy in Windhoek to the international airport.",
        EVAC,
        "Japanese Embassy Windhoek",
        SUN,
    ),
    (
        "For security reasons the Swiss embassy in Yerevan has been relocated to the airport, "
        "the ambassador wrote on Sunday.",
        EVAC,
        "Swiss Embassy Yerevan",
        SUN,
    ),
    # --- a notice named before a colon ------------------------------------------------------
    (
        "09:40 BST — New guidance from the US Embassy in Niamey: Americans should not travel "
        "to the airport unless an embassy officer has called them.",
        ALERT,
        "US Embassy Niamey",
        None,
    ),
    (
        "14:05 — Latest advice from the British embassy in Yerevan: Britons should stay "
        "indoors and keep away from Republic Square.",
        ALERT,
        "UK Embassy Yerevan",
        None,
    ),
    (
        "11:15 GMT — Security message from the Canadian embassy in Tirana: Canadians should "
        "avoid the area around parliament.",
        ALERT,
        "Canadian Embassy Tirana",
        None,
    ),
    (
        "Updated guidance from the Australian embassy in Apia: Australians should not go to "
        "the harbour until the curfew is lifted.",
        ALERT,
        "Australian Embassy Apia",
        None,
    ),
    (
        "Advisory from the Consulate General of India in Erbil, Sunday: Indian nationals in "
        "and around the city should leave on a special flight this evening.",
        ALERT,
        "Indian Consulate Erbil",
        SUN,
    ),
    (
        "Notice from the Consulate General of Japan in Mandalay, Sunday: Japanese residents "
        "should stay at home until further notice.",
        ALERT,
        "Japanese Consulate Mandalay",
        SUN,
    ),
    (
        "Advice from the Embassy of Brazil in Lusaka, Sunday: Brazilians should avoid the city "
        "centre.",
        ALERT,
        "Brazilian Embassy Lusaka",
        SUN,
    ),
    (
        "Warning from the Turkish embassy in Kigali, Saturday: Turkish citizens should not "
        "travel to the border.",
        ALERT,
        "Turkish Embassy Kigali",
        SAT,
    ),
    # --- a consulate general "of <country> in <town>" ---------------------------------------
    (
        "The Consulate General of India in Herat told Indian nationals on Sunday to leave the "
        "city.",
        ALERT,
        "Indian Consulate Herat",
        SUN,
    ),
    (
        "The Consulate-General of Japan in Basra urged Japanese nationals on Sunday to stay "
        "indoors.",
        ALERT,
        "Japanese Consulate Basra",
        SUN,
    ),
    (
        "On Saturday the Consulate General of Turkey in Erbil advised Turkish citizens to avoid "
        "the citadel.",
        ALERT,
        "Turkish Consulate Erbil",
        SAT,
    ),
    (
        "The Consulate General of Germany in Goma was closed on Sunday.",
        CLOSURE,
        "German Consulate Goma",
        SUN,
    ),
    (
        "The Consulate General of France in Mandalay evacuated its staff on Sunday.",
        EVAC,
        "French Consulate Mandalay",
        SUN,
    ),
    (
        "Austria suspended its embassy in Yerevan on Sunday, and the ambassador left Armenia "
        "with the rest of his staff.",
        EVAC,
        "Austrian Embassy Yerevan",
        SUN,
    ),
    (
        "Each one of the Polish embassy's diplomats has left Kigali, Warsaw said on Sunday.",
        EVAC,
        "Polish Embassy Kigali",
        None,
    ),
    (
        "The Greek embassy in Tirana closed on Sunday, and the diplomats who had kept it "
        "running are on their way home.",
        EVAC,
        "Greek Embassy Tirana",
        SUN,
    ),
    (
        "LIVE — 16:02: The Finnish embassy staff in Windhoek, who stayed through the night, "
        "are on their way back to Helsinki, the ministry said on Sunday.",
        EVAC,
        "Finnish Embassy Windhoek",
        SUN,
    ),
    (
        "The Irish embassy in Lusaka was relocated on Sunday to a terminal at the airport.",
        EVAC,
        "Irish Embassy Lusaka",
        SUN,
    ),
    (
        "Portugal on Sunday transferred its embassy in Nouakchott to the airport.",
        EVAC,
        "Portuguese Embassy Nouakchott",
        SUN,
    ),
    (
        "Caption: Swedish diplomats wait on the tarmac on Sunday after Stockholm moved its "
        "embassy in Asmara to the airfield.",
        EVAC,
        "Swedish Embassy Asmara",
        SUN,
    ),
    (
        "10:55 — Text alert from the Dutch embassy in Kigali: Dutch nationals should stay "
        "indoors tonight.",
        ALERT,
        "Dutch Embassy Kigali",
        None,
    ),
    (
        "07:30 CET — Message from the Swiss embassy in Lusaka: Swiss citizens should avoid "
        "the stadium and the roads around it.",
        ALERT,
        "Swiss Embassy Lusaka",
        None,
    ),
    (
        "The Consulate General of Italy in Goma urged Italians on Sunday to leave the city.",
        ALERT,
        "Italian Consulate Goma",
        SUN,
    ),
    (
        "Notice from the Consulate-General of Pakistan in Herat, Saturday: Pakistani nationals "
        "should leave on the first available flight.",
        ALERT,
        "Pakistani Consulate Herat",
        SAT,
    ),
    (
        "The Consulate General of Canada in Basra suspended its services on Sunday.",
        CLOSURE,
        "Canadian Consulate Basra",
        SUN,
    ),
    (
        "Romania closed its embassy in Tirana on Sunday, and most of its diplomats left "
        "Albania by road.",
        EVAC,
        "Romanian Embassy Tirana",
        SUN,
    ),
    (
        "The Czech ambassador in Kigali left Rwanda on Sunday with all of his staff.",
        EVAC,
        "Czech Embassy Kigali",
        SUN,
    ),
    # --- told to others, with staff sent out in the same notice ----------------------------
    (
        "State Department notice, Sunday, as summarised by our desk: employees of the US "
        "Embassy in Niamey whose work can be done elsewhere are ordered to leave Niger.",
        EVAC,
        "US Embassy Niamey",
        SUN,
    ),
    (
        "The State Department has told Americans to leave Zambia and ordered non-essential "
        "staff and their families out of the embassy in Lusaka.",
        ALERT,
        "US Embassy Lusaka",
        None,
    ),
    (
        "Moscow said on Sunday that it was not planning to evacuate its embassy in Tirana, and "
        "the Russian embassy urged Russian citizens to stay indoors.",
        ALERT,
        "Russian Embassy Tirana",
        SUN,
    ),
]

# (passage, event type, the embassy's name): no asserted event of that type and actor
NOT_THIS: list[tuple[str, str, str]] = [
    (
        "State Department notice, Sunday, as summarised by our desk: employees of the US "
        "Embassy in Niamey whose work can be done elsewhere are ordered to leave Niger.",
        ALERT,
        "US Embassy Niamey",
    ),
    (
        "Staff of the Canadian embassy in Lusaka, its families included, were ordered on "
        "Sunday to leave Zambia.",
        ALERT,
        "Canadian Embassy Lusaka",
    ),
    (
        "Situation report, Kigali, Sunday: the Belgian embassy has suspended operations and "
        "its staff have crossed the border to Goma.",
        EVAC,
        "Belgian Embassy Goma",
    ),
    (
        "Situation report, Kigali, Sunday: the Belgian embassy has suspended operations and "
        "its staff have crossed the border to Goma.",
        CLOSURE,
        "Belgian Embassy Goma",
    ),
    (
        "Germany moved its embassy in Lusaka to the airport on Sunday as the fighting spread.",
        CLOSURE,
        "German Embassy Lusaka",
    ),
    (
        "PARIS — France is moving its embassy in Niamey to a site at the airport, the foreign "
        "ministry said on Sunday.",
        CLOSURE,
        "French Embassy Niamey",
    ),
    (
        "Protesters stoned the French embassy in Niamey on Sunday and tore down its flag.",
        CLOSURE,
        "French Embassy Niamey",
    ),
    (
        "A crowd tore down the flag over the Turkish embassy in Yerevan on Sunday.",
        CLOSURE,
        "Turkish Embassy Yerevan",
    ),
    (
        "Demonstrators pulled down the flag at the Dutch embassy in Kigali on Sunday and "
        "burned it in the street.",
        CLOSURE,
        "Dutch Embassy Kigali",
    ),
    (
        "The Consulate General of India in Herat told Indian nationals on Sunday to leave the "
        "city.",
        ALERT,
        "Indian Consulate",
    ),
]

# passages that give no asserted embassy event at all
NOT_REPORTED = [
    # telling a radio station, a paper or parliament what the mission will do
    "Moscow is not planning to evacuate its embassy in Tirana, the Kremlin's envoy told a "
    "radio station on Sunday; the diplomats were carrying on with their work, he said.",
    "Rome has no intention of closing its embassy in Asmara, the foreign minister told "
    "Corriere della Sera on Sunday.",
    "There is no question of pulling our diplomats out of Lusaka, the Swedish ambassador told "
    "the newspaper Dagens Nyheter on Sunday.",
    "We will not be evacuating the embassy in Niamey, the French minister told parliament on "
    "Sunday.",
    "The embassy in Kigali will stay open, the Belgian ambassador told a television channel "
    "on Sunday.",
    "Our staff in Windhoek are safe and staying, the Japanese envoy told reporters on Sunday.",
    "Leaving Yerevan is not on the table, the Greek ambassador told state radio on Sunday.",
    "The mission in Kigali is working normally, the Dutch ambassador told the NOS "
    "broadcaster on Sunday, and no one is being flown out.",
    "We see no reason to evacuate, the Polish envoy in Yerevan told a parliamentary "
    "committee on Sunday.",
    "Our diplomats are staying in Windhoek, the Japanese minister told lawmakers on Sunday.",
    # plans, readiness and denials
    "Norway is not planning to evacuate its embassy in Lusaka, a spokesman said on Sunday.",
    "Canberra has no plans to close its high commission in Apia, the minister said on Sunday.",
    "Germany said on Sunday it was considering moving its embassy in Tirana to the airport.",
    "Britain is preparing to fly its diplomats out of Lilongwe if the fighting spreads, the "
    "Foreign Office said on Sunday.",
    "The Danish embassy in Dodoma is not closing and its staff are not leaving, Copenhagen "
    "said on Sunday.",
    "Reports that the US embassy in Niamey had been evacuated are false, the State "
    "Department said on Sunday.",
    # a minister's warning of danger is no alert to citizens
    "Australia will close its embassy in Apia at the end of the month, the prime minister "
    "announced on Sunday, warning of an increasingly uncertain security environment.",
    "The Dutch foreign minister on Sunday warned of a grave risk to the embassy in Kigali "
    "as rebels neared the city.",
    "Spain's foreign minister warned on Sunday that the situation around the embassy in "
    "Nouakchott was deteriorating.",
    # protests and attacks at a mission are no closure
    "Several hundred protesters pelted the French embassy in Niamey with stones on Sunday and "
    "tore down its flag.",
    "Rioters tore down the flag of the British high commission in Lusaka on Sunday and set "
    "fire to a car outside.",
    "Crowds hurled stones at the Turkish embassy in Yerevan on Sunday night, smashing windows.",
    "A mob ripped down the Italian flag outside the embassy in Asmara on Sunday.",
    # standing or future orders, conditions and background
    "If the airport closes, the Canadian embassy in Gaborone will tell Canadians to shelter "
    "in place.",
    "The Japanese embassy in Windhoek, which closed for a week in March, reopened in April.",
    "The Swiss embassy in Yerevan is to move to the airport next week, Bern said on Sunday.",
    "Diplomats at the Belgian embassy in Kigali will leave on Tuesday, Brussels said on Sunday.",
    "The German ambassador in Tirana left for talks in Berlin on Sunday.",
    "The Swedish ambassador in Lusaka left the embassy for a meeting with the president on Sunday.",
    "The US embassy in Niamey has long urged Americans to avoid the north of the country.",
    "The Finnish diplomats in Asmara are carrying on with their work, Helsinki said on Sunday.",
    "The Austrian ambassador in Yerevan carried on with his duties on Sunday despite the "
    "shooting nearby.",
    "The ambassador left Lusaka with a trade delegation for talks in Harare on Sunday.",
    "Protesters left the area around the British high commission in Lilongwe on Sunday "
    "with their banners.",
    "The Czech embassy in Kigali is moving to a new building near the airport next year.",
    "The Consulate General of Canada in Basra said on Sunday that it would stay open.",
    "A new consul general arrived at the Consulate General of Italy in Goma on Sunday.",
    # citizens flown out are no embassy evacuation
    "A French military plane flew 200 French nationals out of Niamey on Sunday.",
    "Charter flights carried hundreds of Britons from Lilongwe on Sunday.",
    "The Italian embassy in Asmara helped 80 Italian citizens board a ferry on Sunday.",
]

KNOWN_MISSES: dict[str, str] = {
    "NOUAKCHOTT, May 15 — France closed its embassy": (
        "'with the last of his staff': the parser hangs the with-phrase on 'Mauritania', not "
        "on 'left'"
    ),
    "Operations at the Danish embassy in Dodoma": (
        "the parser makes 'are on their way' a clause of its own with no subject"
    ),
    "Demonstrators pulled down the flag at the Dutch embassy": (
        "a flag pulled down by demonstrators is read as lowered by the mission"
    ),
    "The mission in Kigali is working normally, the Dutch ambassador told": (
        "'no one is being flown out': a subject 'no one' is not read as a denial"
    ),
    "Reports that the US embassy in Niamey had been evacuated are false": (
        "the parser makes 'Reports' the subject of 'said', so the denial is not seen"
    ),
}

_mark = partial(known_miss, misses=KNOWN_MISSES)


@pytest.mark.parametrize(
    ("text", "kind", "what", "day"),
    [
        pytest.param(t, k, w, d, marks=_mark(t), id=f"{i}-{k}-{w}")
        for i, (t, k, w, d) in enumerate(REPORTED)
    ],
)
def test_staff_leaving_a_move_to_the_airport_or_a_labelled_notice_is_read_with_its_mission(  # type: ignore[no-untyped-def]
    read, text: str, kind: str, what: str, day: str | None
) -> None:
    events = read(text)
    assert read_as(events, kind, what, day), readings(events)


@pytest.mark.parametrize(
    ("text", "kind", "what"),
    [
        pytest.param(t, k, w, marks=_mark(t), id=f"not{i}-{k}-{w}")
        for i, (t, k, w) in enumerate(NOT_THIS)
    ],
)
def test_staff_ordered_out_a_destination_or_a_torn_flag_gives_no_wrong_embassy_event(  # type: ignore[no-untyped-def]
    read, text: str, kind: str, what: str
) -> None:
    events = read(text)
    assert not read_as(events, kind, what, None), readings(events)


@pytest.mark.parametrize(
    "text", [pytest.param(t, marks=_mark(t), id=f"neg{i}") for i, t in enumerate(NOT_REPORTED)]
)
def test_words_to_the_press_a_plan_a_warning_of_danger_or_a_protest_is_no_embassy_event(  # type: ignore[no-untyped-def]
    read, text: str
) -> None:
    assert asserted_embassy_events(read(text)) == []
