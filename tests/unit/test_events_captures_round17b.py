"""Captures, round 17 (phase 2): our own passages about wars no fixture names (Nagorno-Karabakh
1993, Iran and Iraq 1980-88, Iraq's Kurdish uprising of 1991, Ethiopia and Eritrea 1988 and
2000, Sinai 1967, Panama 1989, Somalia 2006 and 2012, Liberia 2003, Indochina 1954, China and
India 1962, Vietnam in Cambodia 1979, Afghanistan 1991, Chad and Libya 1983-87, Prague 1968,
the Congo 1997-2004 and the Central African Republic 2021), in the voices unseen text is
written in: broadcast transcripts with speaker turns, newsletters and morning briefings,
timelines told in sentences, questions and answers, agency roundups, feature openings and
translated statements; and as many hard negatives (threats, sieges, forecasts, conditions,
denials, claims the other side disputes, recaps, related headlines, sub-places that are no
city). Each capture is checked for its place, its taker by the actor convention of
tests/fixtures/README.md and its day (a weekday is the latest such day on or before
publication)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from event_readings import asserted_captures, check_captures, day_of, known_miss

# (passage, published, [(the place taken, its taker, the day's word or None)])
REPORTED: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    # --- wire leads, agency roundups
    (
        "Iraqi troops captured Qasr-e Shirin on Sunday after crossing the border in "
        "force, Baghdad radio said.",
        date(1980, 9, 22),
        [("Qasr-e Shirin", "Iraqi forces", "sunday")],
    ),
    (
        "Iranian troops took Halabja on Tuesday, the Iranian news agency said.",
        date(1988, 3, 16),
        [("Halabja", "Iranian forces", "tuesday")],
    ),
    (
        "Ethiopian troops captured Barentu on Wednesday, pushing deep into western "
        "Eritrea, a government spokeswoman in Addis said.",
        date(2000, 5, 18),
        [("Barentu", "Ethiopian forces", "wednesday")],
    ),
    (
        "Ethiopian troops and Somali government forces took Baidoa on Tuesday, a "
        "government spokesman said.",
        date(2006, 12, 27),
        [("Baidoa", "government forces", "tuesday")],
    ),
    (
        "Kenyan troops took control of Kismayo on Saturday, the last big city held by "
        "the Shabaab militants, a Kenyan army spokesman said.",
        date(2012, 9, 30),
        [("Kismayo", "Kenyan forces", "saturday")],
    ),
    (
        "Ethiopian troops captured Beledweyne on Sunday, residents said.",
        date(2006, 12, 25),
        [("Beledweyne", "Ethiopian forces", "sunday")],
    ),
    (
        "LURD rebels captured the northern town of Gbarnga on Monday, a rebel commander "
        "said by satellite telephone.",
        date(2003, 7, 1),
        [("Gbarnga", "rebels", "monday")],
    ),
    (
        "Viet Minh forces overran the French fortress at Dien Bien Phu on Friday.",
        date(1954, 5, 8),
        [("Dien Bien Phu", "rebels", "friday")],
    ),
    (
        "Israeli forces captured El Arish on Thursday, an army spokesman in Tel Aviv said.",
        date(1967, 6, 9),
        [("El Arish", "Israeli forces", "thursday")],
    ),
    (
        "Cobra militiamen loyal to Denis Sassou Nguesso took Brazzaville on Wednesday, "
        "with Angolan troops in support, diplomats said.",
        date(1997, 10, 16),
        [("Brazzaville", "rebels", "wednesday")],
    ),
    (
        "US troops took control of Panama City on Wednesday, a Pentagon spokesman said.",
        date(1989, 12, 21),
        [("Panama City", "US forces", "wednesday")],
    ),
    (
        "Ugandan-backed rebels captured Bunia on Monday after heavy fighting, a UN spokesman said.",
        date(2003, 5, 13),
        [("Bunia", "rebels", "monday")],
    ),
    (
        "Kurdish rebels seized Sulaymaniyah on Thursday, Kurdish leaders in Damascus "
        "said, after days of fighting with the Iraqi army.",
        date(1991, 3, 8),
        [("Sulaymaniyah", "rebels", "thursday")],
    ),
    (
        "Eritrean guerrillas captured Afabet on Saturday, destroying an Ethiopian army "
        "corps, the rebel radio said.",
        date(1988, 3, 21),
        [("Afabet", "rebels", None)],
    ),
    (
        "Chinese troops took Tawang on Thursday, the Indian defence ministry admitted.",
        date(1962, 10, 26),
        [("Tawang", "Chinese forces", "thursday")],
    ),
    (
        "Vietnamese troops captured the port of Kampong Som on Wednesday, Hanoi radio reported.",
        date(1979, 1, 18),
        [("Kampong Som", "Vietnamese forces", "wednesday")],
    ),
    (
        "Mujahideen guerrillas captured the eastern town of Khost on Sunday, the first "
        "city to fall to the rebels since the Soviet withdrawal.",
        date(1991, 4, 1),
        [("Khost", "rebels", "sunday")],
    ),
    (
        "Chadian troops recaptured Fada on Friday, killing hundreds of Libyan soldiers, "
        "the government in N'Djamena said.",
        date(1987, 1, 3),
        [("Fada", "government forces", "friday")],
    ),
    # --- broadcast transcripts with speaker turns
    (
        "PRESENTER: Let's go to our correspondent. What's the latest? CORRESPONDENT: "
        "Well, Barentu is now in Ethiopian hands. The army took the town this morning.",
        date(2000, 5, 18),
        [("Barentu", "Ethiopian forces", "today")],
    ),
    (
        "ANCHOR: Breaking news from Somalia. REPORTER: Kenyan troops have entered "
        "Kismayo, officials in Nairobi say.",
        date(2012, 9, 29),
        [("Kismayo", "Kenyan forces", None)],
    ),
    (
        "HOST: And the rebels, where are they tonight? REPORTER: In Gbarnga. They took "
        "the town on Monday and they are flying their flag from the police post.",
        date(2003, 7, 2),
        [("Gbarnga", "rebels", "monday")],
    ),
    (
        "Q: Who controls Sulaymaniyah? A: The Kurdish rebels. They took the city on "
        "Thursday, according to residents reached by phone.",
        date(1991, 3, 8),
        [("Sulaymaniyah", "rebels", "thursday")],
    ),
    (
        "MODERATOR: Minister, is Agdam lost? MINISTER: I will not hide it. Agdam fell "
        "to the Armenians on Friday.",
        date(1993, 7, 24),
        [("Agdam", "Armenian forces", "friday")],
    ),
    (
        "REPORTER: The rebels captured Kalemie on Saturday, residents told us. ANCHOR: "
        "Is there any word from the army? REPORTER: None so far.",
        date(1998, 8, 31),
        [("Kalemie", "rebels", "saturday")],
    ),
    # --- newsletters and morning briefings
    (
        "Good morning. Here is what you need to know. Rebels seized Kalemie on "
        "Wednesday, the army confirmed overnight. Talks in Lusaka resume today.",
        date(1998, 8, 27),
        [("Kalemie", "rebels", "wednesday")],
    ),
    (
        "THE BRIEFING — Top line: Kalbajar has fallen. Armenian forces took the district "
        "town on Saturday, Azerbaijan's defence ministry conceded.",
        date(1993, 4, 4),
        [("Kalbajar", "Armenian forces", "saturday")],
    ),
    (
        "Your week in five lines. 1. Government troops retook Bambari on Thursday. 2. "
        "Fuel prices rose again.",
        date(2021, 2, 20),
        [("Bambari", "government forces", "thursday")],
    ),
    (
        "What we're watching: the fall of Pweto. Rebels took the lakeside town on "
        "Tuesday, and government troops crossed into Zambia.",
        date(2000, 12, 7),
        [("Pweto", "rebels", "tuesday")],
    ),
    (
        "In brief — Uvira: rebel fighters entered the town on Sunday, residents said.",
        date(2004, 6, 7),
        [("Uvira", "rebels", "sunday")],
    ),
    (
        "Morning memo, Friday: Ethiopian troops entered Tesseney on Thursday; the "
        "Eritrean garrison had pulled back.",
        date(2000, 5, 26),
        [("Tesseney", "Ethiopian forces", "thursday")],
    ),
    # --- timelines told in sentences
    (
        "By Friday afternoon, Khost had fallen to the mujahideen, according to "
        "Pakistani officials.",
        date(1991, 3, 31),
        [("Khost", "rebels", "friday")],
    ),
    (
        "On Tuesday morning, Chinese troops entered Bomdila; by nightfall they held the "
        "pass road too.",
        date(1962, 11, 20),
        [("Bomdila", "Chinese forces", "tuesday")],
    ),
    (
        "Saturday, 2 p.m.: rebel columns reach the edge of Kindu. Saturday, 6 p.m.: the "
        "town falls.",
        date(1998, 10, 11),
        [("Kindu", "rebels", None)],
    ),
    (
        "Shortly after dawn on Thursday the last government soldiers left Zwedru, and "
        "militia fighters moved in within the hour.",
        date(2003, 7, 18),
        [("Zwedru", "rebels", "thursday")],
    ),
    # --- questions and answers, explainers
    (
        "Why does Halabja matter? Iranian troops and Kurdish fighters took the town on "
        "Tuesday, within sight of the Darbandikhan dam.",
        date(1988, 3, 17),
        [("Halabja", "Iranian forces", "tuesday")],
    ),
    (
        "Who holds Beledweyne now? Ethiopian troops, who captured the town on Sunday.",
        date(2006, 12, 26),
        [("Beledweyne", "Ethiopian forces", "sunday")],
    ),
    # --- feature openings
    (
        "The shooting stopped in Fada a little after midday on Friday. By then Chadian "
        "troops in Toyota pick-ups had taken the oasis town, and the Libyan garrison was "
        "counting its dead.",
        date(1987, 1, 3),
        [("Fada", "government forces", "friday")],
    ),
    (
        "For a town that has changed hands four times, Bunia was quiet on Monday: the "
        "rebels who took it overnight lounged at the roundabouts.",
        date(2003, 5, 12),
        [("Bunia", "rebels", "monday")],
    ),
    # --- translated statements
    (
        '"Our heroic army liberated the town of Fada on Friday," the statement from '
        "the presidential office said, in a translation distributed by the embassy.",
        date(1987, 1, 3),
        [("Fada", "government forces", "friday")],
    ),
    (
        "In a statement translated by a monitoring service, the guerrillas said their "
        "fighters had taken control of Afabet on Saturday.",
        date(1988, 3, 21),
        [("Afabet", "rebels", "saturday")],
    ),
    (
        "The communique, read on state radio in Amharic, said government forces had "
        "retaken Barentu on Sunday and that the enemy was in flight.",
        date(1999, 2, 8),
        [("Barentu", "government forces", "sunday")],
    ),
    # --- headlines
    (
        "Rebels seize Pweto lake town\nFighters took control of the town on Monday, "
        "officials said.",
        date(2000, 12, 5),
        [("Pweto", "rebels", "monday")],
    ),
    (
        "Kismayo falls to Kenyan troops\nThe Shabaab abandoned the port on Saturday.",
        date(2012, 9, 30),
        [("Kismayo", "Kenyan forces", "saturday")],
    ),
    (
        "Chadians recapture Faya-Largeau\nGovernment troops entered the town on "
        "Thursday, N'Djamena said.",
        date(1987, 3, 28),
        [("Faya-Largeau", "government forces", "thursday")],
    ),
    # --- a place's state from the world's city table, not told by the passage
    (
        "Libyan troops took Faya-Largeau on Tuesday, the government in N'Djamena said.",
        date(1983, 8, 11),
        [("Faya-Largeau", "Libyan forces", "tuesday")],
    ),
    (
        "Rwandan troops captured Kabalo on Saturday, Congolese officials said.",
        date(1998, 10, 12),
        [("Kabalo", "Rwandan forces", "saturday")],
    ),
    (
        "Iranian forces recaptured Mehran on Wednesday, Tehran radio said.",
        date(1986, 7, 3),
        [("Mehran", "government forces", "wednesday")],
    ),
    (
        "Soviet tanks entered Prague before dawn on Wednesday, Czechoslovak radio said.",
        date(1968, 8, 21),
        [("Prague", "Soviet forces", "wednesday")],
    ),
]

# (passage, published): no capture is asserted
NOT_REPORTED: list[tuple[str, date]] = [
    # threats and sieges
    (
        "Rebel commanders said on Monday they would take Kalemie within a week if the "
        "government did not resume talks.",
        date(1998, 8, 24),
    ),
    (
        "Armenian forces have surrounded Agdam and shell it daily, but the town's "
        "defenders are still holding out, a reporter in the area said.",
        date(1993, 7, 10),
    ),
    (
        "PRESENTER: Could Barentu fall this week? ANALYST: It could, if the road is cut. "
        "But the Eritreans still hold it tonight.",
        date(2000, 5, 15),
    ),
    (
        "Kurdish rebels are closing in on Kirkuk's outskirts and have reached "
        "Sulaymaniyah's edge, Kurdish leaders said on Sunday.",
        date(1991, 3, 4),
    ),
    (
        "The mujahideen vowed on Saturday to march on Khost next.",
        date(1991, 3, 16),
    ),
    (
        "Shabaab fighters threatened to retake Kismayo and warned Kenyan troops to leave Somalia.",
        date(2012, 10, 5),
    ),
    # forecasts and plans
    (
        "Military analysts expect Ethiopian troops to reach Barentu within days.",
        date(2000, 5, 14),
    ),
    (
        "The offensive to retake Fada is expected to begin before the rains, Chadian "
        "officials said on Tuesday.",
        date(1986, 12, 2),
    ),
    (
        "Morning memo: The army plans to recapture Bambari before the elections; no date"
        " has been set.",
        date(2021, 1, 20),
    ),
    (
        "Kenyan commanders say they aim to take Kismayo by August.",
        date(2012, 5, 2),
    ),
    # conditions
    (
        "If Tawang falls, the road to the plains is open, an Indian officer told reporters.",
        date(1962, 10, 22),
    ),
    (
        "Should the rebels take Kalemie, the lake port would be in their hands too, analysts said.",
        date(1998, 8, 20),
    ),
    (
        "Were the guerrillas to seize Afabet, the whole northern front would be cut "
        "off, a diplomat warned.",
        date(1988, 3, 10),
    ),
    # denials, disputes, corrections
    (
        "The army denied on Tuesday that Gbarnga had fallen, saying its troops were "
        "still in the town.",
        date(2003, 7, 1),
    ),
    (
        "Rebels said they had captured Bunia on Monday; a government spokesman called "
        "the claim false.",
        date(2003, 5, 13),
    ),
    (
        "The defence ministry dismissed reports that Barentu had been lost as propaganda.",
        date(2000, 5, 17),
    ),
    (
        "Correction: an earlier version of this bulletin said Zwedru had fallen to the "
        "rebels. It has not.",
        date(2003, 7, 16),
    ),
    (
        "Rebels have not captured Kalemie, a spokesman for the Congolese army said on Thursday.",
        date(1998, 8, 27),
    ),
    # recaps and anniversaries
    (
        "Twenty years after Viet Minh forces overran Dien Bien Phu, veterans gathered "
        "in Hanoi on Tuesday.",
        date(1974, 5, 7),
    ),
    (
        "Panama City, which US troops seized in December, was quiet on Monday under a "
        "dusk-to-dawn curfew.",
        date(1990, 2, 12),
    ),
    (
        "Chadian troops recaptured Fada in January; on Sunday a memorial service was "
        "held at the oasis.",
        date(1987, 6, 28),
    ),
    (
        "A year after Kenyan forces took Kismayo, only a fraction of its traders have returned.",
        date(2013, 10, 1),
    ),
    (
        "Timeline: Iraqi troops seized Mehran in 1986 before Iran retook it weeks later.",
        date(1990, 1, 10),
    ),
    (
        "Kindu had already changed hands twice by the time the ceasefire talks began on Monday.",
        date(1999, 4, 12),
    ),
    # related headlines
    (
        "Read also: How the mujahideen took Khost",
        date(1991, 4, 3),
    ),
    (
        "RELATED: The fall of Dien Bien Phu, one year on",
        date(1955, 5, 7),
    ),
    # other senses: sub-places, bases, buildings, people, equipment, markets
    (
        "Rebels took control of the police station in Zwedru on Sunday, but the town "
        "itself remained in government hands.",
        date(2003, 7, 21),
    ),
    (
        "Government troops captured a rebel commander near Bunia on Monday.",
        date(2003, 5, 12),
    ),
    (
        "Iranian troops seized three hills overlooking Mehran on Wednesday.",
        date(1986, 7, 2),
    ),
    (
        "The rebels captured two government tanks outside Kalemie on Friday.",
        date(1998, 8, 29),
    ),
    (
        "Traders said the fall of the currency had taken Tawang's market by surprise.",
        date(2009, 3, 3),
    ),
    (
        "ANCHOR: What's the mood in Brazzaville? REPORTER: Tense. Militia fighters took"
        " over a radio station on Tuesday, but the army still holds the city.",
        date(1997, 6, 11),
    ),
    # questions and hedges
    (
        "Has Agdam fallen? Nobody in Baku would say on Friday.",
        date(1993, 7, 23),
    ),
    (
        "Rebels may have captured Pweto on Tuesday, but the report could not be confirmed.",
        date(2000, 12, 6),
    ),
    (
        "Unconfirmed reports said Viet Minh troops had entered the outer positions.",
        date(1954, 5, 5),
    ),
    # withdrawals and handovers that are no capture
    (
        "Ethiopian troops began pulling out of Barentu on Friday.",
        date(2000, 6, 23),
    ),
    (
        "Israeli forces withdrew from El Arish on Monday under the peace treaty.",
        date(1979, 5, 28),
    ),
]

# passages still read wrong, by their opening words (strict: a fix shows as a pass)
KNOWN_MISSES: dict[str, str] = {
    "Iraqi troops captured Qasr-e Shirin": (
        "a hyphenated place name is cut to its last word ('Shirin'), unknown to the city table"
    ),
    "Viet Minh forces overran the French fortress": (
        "a place after 'the fortress at' is not read as taken"
    ),
    "Chinese troops took Tawang": (
        "a town too small for the city table: no state told, the army noun keeps the generic actor"
    ),
    "Vietnamese troops captured the port of Kampong Som": (
        "a town the city table does not know: no state told"
    ),
    "PRESENTER: Let's go to our correspondent.": (
        "'in Ethiopian hands' does not name the taker of the next sentence's 'the army'"
    ),
    "Q: Who controls Sulaymaniyah?": (
        "a pronoun taker ('They took the city') in an answer is not resolved"
    ),
    "THE BRIEFING — Top line: Kalbajar": ("a town the city table does not know: no state told"),
    "By Friday afternoon, Khost had fallen": (
        "'the mujahideen' is not among the pack's groups: Afghan places default to the Taliban"
    ),
    "On Tuesday morning, Chinese troops entered Bomdila": (
        "a town the city table does not know: no state told"
    ),
    "Shortly after dawn on Thursday the last": (
        "'moved in' with the place in the clause before is not read as a capture"
    ),
    "Who holds Beledweyne now?": (
        "a verbless answer's relative clause ('Ethiopian troops, who captured ...') is not read"
    ),
    "The shooting stopped in Fada": (
        "the day of 'after midday on Friday' two sentences back is not carried to 'By then'"
    ),
    "Chadians recapture Faya-Largeau": (
        "a people's plural before a headline's bare verb is not parsed as its subject"
    ),
}


_miss = partial(known_miss, misses=KNOWN_MISSES)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(t, p, e, marks=_miss(t), id=f"capture{i}")
        for i, (t, p, e) in enumerate(REPORTED)
    ],
)
def test_a_capture_in_any_voice_is_read_with_its_taker_by_the_actor_convention_and_its_day(  # type: ignore[no-untyped-def]
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    days = [(place, taker, day_of(published, word)) for place, taker, word in expected]
    check_captures(read(text, published), days)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(t, p, marks=_miss(t), id=f"negative{i}")
        for i, (t, p) in enumerate(NOT_REPORTED)
    ],
)
def test_a_threat_siege_forecast_condition_denial_recap_or_other_sense_is_no_asserted_capture(  # type: ignore[no-untyped-def]
    read, text: str, published: date
) -> None:
    assert asserted_captures(read(text, published)) == []
