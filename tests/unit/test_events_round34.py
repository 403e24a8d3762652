"""Events, round 34: our own passages, written fresh for kinds of error that recur across the
unseen sets, after dev43 and dev44 were opened.

What the round taught, in plain words:
- "Took X on Saturday, a day after seizing Y, making it the second capital to fall" (tu001,
  tv001, tk001; "... It was the second provincial capital to fall", tq001): the rank's "it"
  was read as Y, the nearest place before it, so Y, a recap, was also read as news on the
  day of X. A rank restates the news, never the act told as its background in a
  subjectless "after/before -ing" clause, however that clause hangs; and "took control of
  X" counts as X taken when the parser hangs "of X" on the verb. With the main clause in
  the perfect and no day ("have taken X, a day after seizing Y", tr001), the parser sets
  "a day" beside X, so Y was not read as the recap it is: a period beside the verb's
  object measures from that verb, and from the publication day when the clause names no
  day. Still wrong: a dateline the parser makes the sentence's root ("GAO, March 11
  (Reuters) - Rebel fighters swept into X ..., two days after capturing Y"), where "after"
  hangs on the fighters.
- A timeline or a table of towns taken (tv003, tv061: 12 of dev44's 21 misses, and round
  32's tr002, tp001, tf008) was read only under a heading that counts towns "lost",
  "fallen" or "taken": "How the capitals fell" (the past tense) now counts too. A labelled
  line whose label holds a weekday ("Taken on Friday: A (Kandahar), B (Helmand)") was no
  label, and a name given its province in brackets cut the list at the bracket; a name
  given its land in brackets is a place (whatever the tagger made of it) and the bracket
  no part of the list. Still wrong: a timeline entry whose names neither the tagger nor
  the world's city table know, with no land after them ("11 March - Menaka, Tessit"); a
  heading of towns "lost by the army" with no taker named.
- "Rolled into X on Tuesday, residents said, a day after taking Y" (tu068; "residents told
  reporters, days after overrunning Y", tm035; "days after seizing Y, residents and a KIA
  spokesman said", tq069): the parser hangs the "after -ing" clause on the verb of telling,
  so Y, the background of the news, was read as news itself (round 32 read the clause only
  on the capture verb or its period noun). The clause shares the reported act's subject
  (the residents took nothing), so it now hangs on the act the telling reports (five of
  eight fresh passages were read wrong before, none after).
- The other side calling a claimed capture false leaves it hedged (round 32), but only
  "called the report a lie" and "propaganda" were read: "called the claim
  'disinformation'" (tv040: a quoted word), "described the report as false", and "a claim
  the army called 'fake news'" (a relative clause of calling, where only a denial verb
  was read) left the capture asserted (three of five fresh passages). A verb of calling,
  describing, branding or labelling a report noun, with a word of falsity after it (quoted
  or not, after "as" or not), now rejects the claim; calling it credible does not.
- "Maimana surrendered to the Taliban on Saturday, a council member said. Some media said
  the insurgents now held 25 capitals, a figure the ministry did not confirm" (tu063): a
  doubt about a figure the next sentence tells of its own ("a figure ...", ", which ...")
  left the capture hedged, and a true capture missed (four of four fresh passages: a toll,
  the displaced, vehicles taken). The doubt is the figure's; "the army has not confirmed
  the town's fall" or "could not confirm it" still hedges.
- An entry driven back is no capture (`_repelled`), but only a passive "were
  pushed back" or "were repelled" was read: "stormed X ..., but government forces pushed
  them out by nightfall" (tu097) and "were pushed out by the army" were read as captures
  (two of three fresh entries). "Out" drives back as "back" does, "expel" repels, and the
  other side as the next conjunct's subject with the entering side as its pronoun object
  ("pushed them out") tells the same. A town taken and then lost was still taken ("took X,
  only to be driven out", "captured X but withdrew"). Still wrong: the driving out in a
  clause after a semicolon ("entered X at dawn; by nightfall the army had expelled them").
- "Will remain closed on Wednesday" is a closure already begun, unless a condition bears
  on it; any "if" in the sentence counted, so "..., it said, advising Americans to shelter
  if an air alert is announced" made the US embassy's closure a forecast (tv073; four of
  four fresh passages). Only an "if" or "unless" clause on the state, its verb of lasting
  or the telling now does.
- "The US Embassy ... issued no new security alert on Tuesday" (tv063) was read as a new
  alert: only "no" on a noun the act hangs on ("had no reason to close") denied a
  mission's act, not "no" on the act's own noun, its object or passive subject (two of
  four fresh passages; the parser may tag "warning" a verb and hang "no" on "travel").
  Not "no one" ("leaving no one behind"), nor a "no" elsewhere in the sentence.
- Closing only a section of a mission ("Estonia closed the consular section of its embassy in
  Moscow", tv103) is the mission's closure: six dev labels of seven say so (l059, ti048,
  tj044, tr074, td018, v045), and round 34 settled tv103, whose writer called it none, with
  them (the fixtures' README). A helper's reading of such a part as no closure was reverted;
  its fresh passages stay below as the settled reading's tests.
- "If Belarus goes ahead with its demand that the mission cut its staff" (tv045): a staff
  cut wanted was read as done, because only a subjunctive "be" ("demanded that the
  embassy be shut") was read as wanted (four of five fresh passages: "demanded that the
  embassy cut its staff", "insisted that the embassy withdraw ..."). A bare verb with its
  own subject in a "that" clause of a verb or noun of demanding is wanted, not done (the
  tagger may read "cut" as a past: its form is its lemma). Still wrong: tv045's staff cut
  is given to a "Belarusian Embassy", the demanding state's, though now only as a forecast.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import (
    check_captures,
    check_embassy_events,
    check_hedged_captures,
    dated_captures,
    known_miss,
)

# (passage, publication day, the asserted captures exactly, as (place, taker, ISO day or
# None), and the recaps as (place, ISO day))
RANKED_AFTER: list[
    tuple[str, date, list[tuple[str, str, str | None]], list[tuple[str, str | None]]]
] = [
    (
        "GAO, March 11 (Reuters) - Rebel fighters swept into Ansongo on Saturday, two days after "
        "capturing Bourem, making it the third town in the region to fall this week.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", "2023-03-09")],
    ),
    (
        "Rebels overran Ansongo on Saturday, a day after taking Bourem. It was the third town on "
        "the river to fall to them in a week.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", "2023-03-10")],
    ),
    (
        "Insurgents have seized Ansongo, a day after storming Bourem, local officials said.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", "2023-03-10")],
    ),
    (
        "BREAKING: Rebels take control of Ansongo, hours after overrunning Bourem, making it the "
        "fourth town lost by the army this month.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", None)],
    ),
    (
        "Taliban fighters captured Aybak, the capital of Samangan province, on Monday, three days "
        "after seizing Kunduz. It is the sixth provincial capital to fall since Friday.",
        date(2021, 8, 9),
        [("Aybak", "Taliban", "2021-08-09")],
        [("Kunduz", "2021-08-06")],
    ),
    (
        "Taliban fighters entered Sheberghan on Saturday, a day after seizing Zaranj, making it "
        "the second provincial capital to fall in two days.",
        date(2021, 8, 7),
        [("Sheberghan", "Taliban", "2021-08-07")],
        [("Zaranj", "2021-08-06")],
    ),
    (
        "Taliban fighters took control of Sheberghan on Saturday, a day after seizing Zaranj. It "
        "was the second provincial capital to fall to the insurgents in two days.",
        date(2021, 8, 7),
        [("Sheberghan", "Taliban", "2021-08-07")],
        [("Zaranj", "2021-08-06")],
    ),
    (
        "The militia entered Ansongo on Saturday morning after taking Bourem the day before, "
        "making it the second town to fall.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", None)],
    ),
    # --- hard negatives: the rank is the earlier place's own, or no rank -------------------------
    (
        "Rebels overran Bourem on Friday. It was the first town to fall. On Saturday they shelled "
        "Ansongo.",
        date(2023, 3, 11),
        [("Bourem", "rebels", "2023-03-10")],
        [],
    ),
    (
        "Rebels seized Ansongo on Saturday, a day after taking Bourem.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [("Bourem", "2023-03-10")],
    ),
    (
        "Rebels seized Ansongo on Saturday after a day-long battle, making it the third town to "
        "fall.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
]

RANKED_AFTER_MISSES = {
    "GAO, March 11 (Reuters)": "the parser makes the dateline the root and hangs 'after' on "
    "the fighters, so Bourem is read as news and the rank's Ansongo is dropped beside it",
}


@pytest.mark.parametrize(
    ("text", "published", "expected", "recaps"),
    [
        pytest.param(*p, marks=known_miss(p[0], RANKED_AFTER_MISSES), id=p[0][:48])
        for p in RANKED_AFTER
    ],
)
def test_a_rank_restates_the_news_not_its_background(
    read,
    text: str,
    published: date,
    expected: list[tuple[str, str, str | None]],
    recaps: list[tuple[str, str | None]],
) -> None:
    events = read(text, published)
    check_captures(events, expected)
    told = dated_captures(events)
    for place, day in recaps:
        assert any(p == place and m == "recap" and day in (None, d) for p, d, m in told), told


# --- a timeline or a table of towns taken ---------------------------------------------------------
TABLES: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "TIMELINE: How the capitals fell\nAug 6 - Zaranj (Nimroz), the first\nAug 7 - Sheberghan "
        "(Jowzjan)\nAug 8 - Kunduz, Sar-e Pul, Taloqan\nAug 12 - Ghazni, the 10th of 34; heavy "
        "fighting inside Herat",
        date(2021, 8, 12),
        [
            ("Zaranj", "Taliban", "2021-08-06"),
            ("Sheberghan", "Taliban", "2021-08-07"),
            ("Kunduz", "Taliban", "2021-08-08"),
            ("Sar-e Pul", "Taliban", "2021-08-08"),
            ("Taloqan", "Taliban", "2021-08-08"),
            ("Ghazni", "Taliban", "2021-08-12"),
        ],
    ),
    (
        "How the towns fell to the rebels\n9 March - Bourem (Gao region)\n10 March - Ansongo (Gao "
        "region)\n11 March - Menaka, Tessit",
        date(2023, 3, 12),
        [
            ("Bourem", "rebels", "2023-03-09"),
            ("Ansongo", "rebels", "2023-03-10"),
            ("Menaka", "rebels", "2023-03-11"),
            ("Tessit", "rebels", "2023-03-11"),
        ],
    ),
    (
        "CHRONOLOGY: towns lost by the army this week\nMarch 9: Bourem\nMarch 10: Ansongo, Tessit\n"
        "March 11: Menaka",
        date(2023, 3, 12),
        [
            ("Bourem", "rebels", "2023-03-09"),
            ("Ansongo", "rebels", "2023-03-10"),
            ("Tessit", "rebels", "2023-03-10"),
            ("Menaka", "rebels", "2023-03-11"),
        ],
    ),
    (
        "PROVINCIAL CAPITALS UNDER TALIBAN CONTROL (as of 6 p.m. Kabul time): 18 of 34\nTaken on "
        "Friday: Kandahar (Kandahar), Lashkar Gah (Helmand), Qalat (Zabul), Tarinkot (Uruzgan)",
        date(2021, 8, 13),
        [
            ("Kandahar", "Taliban", "2021-08-13"),
            ("Lashkar Gah", "Taliban", "2021-08-13"),
            ("Qalat", "Taliban", "2021-08-13"),
            ("Tarinkot", "Taliban", "2021-08-13"),
        ],
    ),
    (
        "TALIBAN ADVANCE, AT A GLANCE\nCaptured on Thursday: Herat (Herat), Ghazni (Ghazni)\nUnder "
        "attack: Kandahar, Lashkar Gah",
        date(2021, 8, 13),
        [("Herat", "Taliban", "2021-08-12"), ("Ghazni", "Taliban", "2021-08-12")],
    ),
    (
        "Rebel gains this week\nSeized on Saturday: Bourem (Gao), Ansongo (Gao)\nContested: Menaka",
        date(2023, 3, 12),
        [("Bourem", "rebels", "2023-03-11"), ("Ansongo", "rebels", "2023-03-11")],
    ),
    (
        "Taliban offensive: the state of play\nFell today: Kandahar (Kandahar), Lashkar Gah "
        "(Helmand)\nStill holding: Kabul, Mazar-i-Sharif",
        date(2021, 8, 13),
        [("Kandahar", "Taliban", "2021-08-13"), ("Lashkar Gah", "Taliban", "2021-08-13")],
    ),
    # --- hard negatives: no capture in the label or the heading ----------------------------------
    (
        "TALIBAN ADVANCE, AT A GLANCE\nUnder attack on Friday: Kandahar (Kandahar), Lashkar Gah "
        "(Helmand)",
        date(2021, 8, 13),
        [],
    ),
    (
        "Storm timeline: how the towns fared\nMarch 9 - Bourem (Gao region), roofs torn off\nMarch "
        "10 - Ansongo (Gao region), power cut",
        date(2023, 3, 12),
        [],
    ),
    (
        "Visited on Friday: Kandahar (Kandahar), Lashkar Gah (Helmand)",
        date(2021, 8, 13),
        [],
    ),
]

TABLES_MISSES = {
    "How the towns fell to the rebels": "Menaka and Tessit are known neither to the tagger nor "
    "to the world's city table, and no land follows them",
    "CHRONOLOGY: towns lost by the army": "the names are unknown to the tagger, and the army "
    "that lost them is read as the taker",
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], TABLES_MISSES), id=p[0][:48]) for p in TABLES],
)
def test_a_timeline_or_table_of_towns_taken_lists_each_capture(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, published), expected)


# --- an "after -ing" clause hung on the verb of telling -----------------------------------------
# (passage, publication day, the asserted captures exactly, and the places read as recaps)
TOLD_AFTER: list[tuple[str, date, list[tuple[str, str, str | None]], list[str]]] = [
    (
        "BAMAKO, April 3 (Reuters) - Tuareg rebels rolled into Hombori on Tuesday, residents said, "
        "a day after taking Gossi further north.",
        date(2012, 4, 3),
        [("Hombori", "rebels", "2012-04-03")],
        ["Gossi"],
    ),
    (
        "KHARTOUM, July 3 - Fighters of the paramilitary Rapid Support Forces have entered Dinder, "
        "a town in Sudan's Sennar state, residents told reporters, days after overrunning Singa, "
        "the state capital.",
        date(2024, 7, 3),
        [("Dinder", "rebels", "2024-07-03")],
        ["Singa"],
    ),
    (
        "Kachin Independence Army fighters took Pangwa on Saturday, days after seizing nearby "
        "Chipwi, residents and a KIA spokesman said.",
        date(2024, 10, 19),
        [("Pangwa", "rebels", "2024-10-19")],
        ["Chipwi"],
    ),
    (
        "Rebels seized Ansongo on Saturday, a local official said, two days after overrunning "
        "Bourem.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        ["Bourem"],
    ),
    (
        "Rebels have captured Ansongo, residents told AFP by telephone, a day after storming "
        "Bourem.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        ["Bourem"],
    ),
    (
        "The insurgents entered Ansongo on Saturday, according to residents, hours after taking "
        "Bourem.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        ["Bourem"],
    ),
    (
        "Rebel fighters took Ansongo on Saturday, days after seizing Bourem, a spokesman said.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        ["Bourem"],
    ),
    (
        "Militants overran Ansongo, the army said on Saturday, a week after capturing Bourem.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", None)],
        ["Bourem"],
    ),
    # --- hard negatives: both taken as news, or no capture told ----------------------------------
    (
        "Rebels seized Ansongo on Saturday, a local official said, and took Bourem hours later.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11"), ("Bourem", "rebels", None)],
        [],
    ),
    (
        "The army said on Saturday, a day after losing Bourem, that it would defend Ansongo.",
        date(2023, 3, 11),
        [],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected", "recaps"),
    [pytest.param(*p, id=p[0][:48]) for p in TOLD_AFTER],
)
def test_an_after_clause_hung_on_the_telling_is_the_reported_acts_background(
    read,
    text: str,
    published: date,
    expected: list[tuple[str, str, str | None]],
    recaps: list[str],
) -> None:
    events = read(text, published)
    check_captures(events, expected)
    told = dated_captures(events)
    for place in recaps:
        assert any(p == place and m == "recap" for p, _, m in told), told


# --- the other side calls the claim false -------------------------------------------------------
# (passage, publication day, the asserted captures exactly, and the places read as hedged)
CALLED_FALSE: list[tuple[str, date, list[tuple[str, str, str | None]], list[str]]] = [
    (
        "President Ilham Aliyev said on Saturday that the army had liberated the town of Fizuli. "
        "Armenia's defence ministry called the claim 'disinformation'.",
        date(2020, 10, 17),
        [],
        ["Fizuli"],
    ),
    (
        "Azerbaijan's army said on Saturday it had taken the town of Fizuli. Armenia called the "
        "claim a lie.",
        date(2020, 10, 17),
        [],
        ["Fizuli"],
    ),
    (
        "The rebels said on Saturday they had seized Ansongo. The army dismissed the claim as "
        "propaganda.",
        date(2023, 3, 11),
        [],
        ["Ansongo"],
    ),
    (
        'Rebels said on Saturday they had captured Ansongo, a claim the army called "fake news".',
        date(2023, 3, 11),
        [],
        ["Ansongo"],
    ),
    (
        "The rebel spokesman said fighters had taken Ansongo on Saturday. The defence ministry "
        "described the report as false.",
        date(2023, 3, 11),
        [],
        ["Ansongo"],
    ),
    # --- hard negatives: the claim called true, or something else called names ------------------
    (
        "Rebels said on Saturday they had captured Ansongo. The army called the claim credible but "
        "said it was checking.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
    (
        'Rebels said on Saturday they had captured Ansongo, a claim the army called "regrettable '
        'but accurate".',
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
    (
        "The rebel spokesman said fighters had taken Ansongo on Saturday. The defence ministry "
        "described the loss as a setback.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
    (
        "Rebels said on Saturday they had captured Ansongo. The army labelled the rebels "
        "terrorists.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected", "hedged"),
    [pytest.param(*p, id=p[0][:48]) for p in CALLED_FALSE],
)
def test_a_claim_the_other_side_calls_false_stays_hedged(
    read,
    text: str,
    published: date,
    expected: list[tuple[str, str, str | None]],
    hedged: list[str],
) -> None:
    check_hedged_captures(read(text, published), expected, hedged)


# --- a doubt about a figure of the next sentence's own -------------------------------------------
# (passage, publication day, the asserted captures exactly, and the places read as hedged)
FIGURE_DOUBTED: list[tuple[str, date, list[tuple[str, str, str | None]], list[str]]] = [
    (
        "Maimana, the capital of Faryab province, surrendered to the Taliban on Saturday after a "
        "month-long siege, a provincial council member said. Some local media said the "
        "insurgents now held as many as 25 provincial capitals, a figure the defence ministry did "
        "not confirm.",
        date(2021, 8, 14),
        [("Maimana", "Taliban", "2021-08-14")],
        [],
    ),
    (
        "Rebels seized Ansongo on Saturday, residents said. The rebels claimed to have killed 40 "
        "soldiers, which the army could not confirm.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
    (
        "Rebels took Ansongo on Saturday, a local official said. He put the number of displaced at "
        "12,000, a figure aid agencies have not verified.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
    (
        "Ansongo fell to the rebels on Saturday, the mayor said. The group said it had captured "
        "three armoured vehicles, a claim the army has not confirmed.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
        [],
    ),
    # --- hard negatives: the capture itself unconfirmed ------------------------------------------
    (
        "Rebels said on Saturday they had taken Ansongo. The army has not confirmed the town's "
        "fall.",
        date(2023, 3, 11),
        [],
        ["Ansongo"],
    ),
    (
        "Rebels said on Saturday they had taken Ansongo, 90 km from Gao. Officials in Gao, 90 km "
        "away, could not confirm it.",
        date(2023, 3, 11),
        [],
        ["Ansongo"],
    ),
    (
        "Rebels said on Saturday they had taken Ansongo. The claim, which the army could not "
        "confirm, was posted on Telegram.",
        date(2023, 3, 11),
        [],
        ["Ansongo"],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected", "hedged"),
    [pytest.param(*p, id=p[0][:48]) for p in FIGURE_DOUBTED],
)
def test_a_doubt_about_another_figure_leaves_the_capture_asserted(
    read,
    text: str,
    published: date,
    expected: list[tuple[str, str, str | None]],
    hedged: list[str],
) -> None:
    check_hedged_captures(read(text, published), expected, hedged)


# --- an entry driven out is no capture -----------------------------------------------------------
DRIVEN_OUT: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Taliban fighters stormed Qala-i-Naw, the capital of Badghis province, on Wednesday, "
        "seizing the police headquarters and freeing prisoners, but government forces backed by "
        "commandos pushed them out by nightfall, officials said.",
        date(2021, 7, 7),
        [],
    ),
    (
        "Rebels stormed Ansongo on Saturday but were pushed out by the army hours later.",
        date(2023, 3, 11),
        [],
    ),
    (
        "Militants entered Ansongo at dawn on Saturday; by nightfall the army had expelled them, "
        "residents said.",
        date(2023, 3, 11),
        [],
    ),
    # --- hard negatives: taken and then lost, or the other side driven out -----------------------
    (
        "Rebels took Ansongo on Saturday, only to be driven out the same night by a "
        "counter-attack.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
    ),
    (
        "Rebel fighters captured Ansongo on Saturday but withdrew hours later under air strikes.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
    ),
    (
        "Rebels stormed Ansongo on Saturday and pushed the army out of the town.",
        date(2023, 3, 11),
        [("Ansongo", "rebels", "2023-03-11")],
    ),
]

DRIVEN_OUT_MISSES = {
    "Militants entered Ansongo at dawn on Saturday; by nightfall": "the driving out is in a "
    "clause after a semicolon, not a conjunct of the entry",
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*p, marks=known_miss(p[0], DRIVEN_OUT_MISSES), id=p[0][:48]) for p in DRIVEN_OUT],
)
def test_an_entry_the_other_side_drives_out_is_no_capture(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, published), expected)


# --- a condition inside another clause leaves a lasting closure alone ---------------------------
LASTING: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "The US Embassy in Kyiv will remain closed on Wednesday after receiving 'specific "
        "information of a potential significant air attack', it said, advising Americans to be "
        "ready to shelter immediately if an air alert is announced.",
        date(2024, 11, 20),
        [
            ("embassy_closure", "US Embassy Kyiv", "2024-11-20"),
            ("embassy_security_alert", "US Embassy Kyiv", "2024-11-20"),
        ],
    ),
    (
        "The US Embassy in Kyiv will remain closed on Wednesday, it said, advising Americans to "
        "shelter immediately if an air alert is announced.",
        date(2024, 11, 20),
        [
            ("embassy_closure", "US Embassy Kyiv", "2024-11-20"),
            ("embassy_security_alert", "US Embassy Kyiv", "2024-11-20"),
        ],
    ),
    (
        "The French embassy in Khartoum will stay shut on Monday, the ministry said, telling "
        "citizens to leave if the airport reopens.",
        date(2023, 4, 24),
        [
            ("embassy_closure", "French Embassy Khartoum", "2023-04-24"),
            ("embassy_security_alert", "French Embassy Khartoum", "2023-04-24"),
        ],
    ),
    (
        "The British embassy in Kyiv will stay closed through Friday, the Foreign Office said, "
        "urging Britons to take cover if sirens sound.",
        date(2024, 11, 20),
        [
            ("embassy_closure", "UK Embassy Kyiv", "2024-11-20"),
            ("embassy_security_alert", "UK Embassy Kyiv", "2024-11-20"),
        ],
    ),
    # --- hard negatives: the state itself under the condition ------------------------------------
    (
        "The US Embassy in Kyiv will remain closed on Wednesday if the threat persists, it said.",
        date(2024, 11, 20),
        [],
    ),
    (
        "The embassy said it would stay closed if fighting continued.",
        date(2024, 11, 20),
        [],
    ),
    (
        "If the strikes continue, the embassy will remain closed on Thursday.",
        date(2024, 11, 20),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*p, id=p[0][:48]) for p in LASTING],
)
def test_a_condition_in_another_clause_leaves_a_lasting_closure_asserted(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)


# --- an alert its own noun denies --------------------------------------------------------------
NO_ALERT: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "The US Embassy, which had already told Americans to leave Afghanistan on August 7 and "
        "again on August 12, issued no new security alert on Tuesday.",
        date(2021, 8, 17),
        [],
    ),
    (
        "The US Embassy in Kabul issued no new security alert on Tuesday.",
        date(2021, 8, 17),
        [],
    ),
    (
        "The British embassy in Khartoum issued no new travel warning on Monday.",
        date(2023, 4, 24),
        [],
    ),
    (
        "The British embassy in Khartoum has not issued any new alert since Saturday.",
        date(2023, 4, 24),
        [],
    ),
    # --- hard negatives: a "no" that denies something else ---------------------------------------
    (
        "The US embassy in Khartoum urged all Americans to leave on Monday, with no exceptions.",
        date(2023, 4, 24),
        [("embassy_security_alert", "US Embassy Khartoum", "2023-04-24")],
    ),
    (
        "The US embassy in Khartoum evacuated its staff on Monday, leaving no one behind.",
        date(2023, 4, 24),
        [("embassy_evacuation", "US Embassy Khartoum", "2023-04-24")],
    ),
    (
        "The US embassy in Khartoum issued a new alert on Monday telling citizens there was no "
        "safe route out.",
        date(2023, 4, 24),
        [("embassy_security_alert", "US Embassy Khartoum", "2023-04-24")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*p, id=p[0][:48]) for p in NO_ALERT],
)
def test_an_alert_whose_own_noun_no_denies_is_none(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)


# --- a part of the mission closed ---------------------------------------------------------------
PART_CLOSED: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Estonia closed the consular section of its embassy in Moscow on Wednesday after a "
        "week-long blockade.",
        date(2007, 5, 2),
        [("embassy_closure", "Estonian Embassy Moscow", "2007-05-02")],
    ),
    (
        "The US embassy in Khartoum closed its consular section on Monday.",
        date(2023, 4, 24),
        [("embassy_closure", "US Embassy Khartoum", "2023-04-24")],
    ),
    (
        "Britain shut the visa office of its embassy in Khartoum on Monday.",
        date(2023, 4, 24),
        [("embassy_closure", "UK Embassy Khartoum", "2023-04-24")],
    ),
    (
        "The Canadian embassy in Khartoum closed its visa section to the public on Monday.",
        date(2023, 4, 24),
        [("embassy_closure", "Canadian Embassy Khartoum", "2023-04-24")],
    ),
    (
        "The embassy's visa section closed early on Sunday because of a power cut.",
        date(2023, 4, 24),
        [],
    ),
    # --- the mission itself closed too --------------------------------------------------------
    (
        "The US embassy in Khartoum closed on Monday, along with its consular section.",
        date(2023, 4, 24),
        [("embassy_closure", "US Embassy Khartoum", "2023-04-24")],
    ),
    (
        "Britain closed its embassy and its visa office in Khartoum on Monday.",
        date(2023, 4, 24),
        [("embassy_closure", "UK Embassy Khartoum", "2023-04-24")],
    ),
    (
        "Britain closed its embassy office in Tripoli on Monday.",
        date(2023, 4, 24),
        [("embassy_closure", "UK Embassy Tripoli", "2023-04-24")],
    ),
    (
        "The US consular office in Reynosa was temporarily closed this week after days of gun "
        "battles.",
        date(2010, 2, 26),
        [("embassy_closure", "US Consulate Reynosa", "2010-02-26")],
    ),
    (
        "The French embassy in Khartoum suspended consular services on Monday.",
        date(2023, 4, 24),
        [("embassy_closure", "French Embassy Khartoum", "2023-04-24")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*p, id=p[0][:48]) for p in PART_CLOSED],
)
def test_closing_a_section_of_the_mission_is_its_closure(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)


# --- a staff cut demanded is not done ------------------------------------------------------------
DEMANDED: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Lithuania will close its embassy in Minsk if Belarus goes ahead with its demand that the "
        "mission cut its staff to a handful of diplomats, Foreign Minister Gabrielius Landsbergis "
        "said on Monday.",
        date(2021, 8, 2),
        [],
    ),
    (
        "Belarus demanded on Monday that the Lithuanian embassy in Minsk cut its staff to two "
        "diplomats.",
        date(2021, 8, 2),
        [],
    ),
    (
        "Belarus's demand that the Lithuanian embassy in Minsk reduce its staff angered Vilnius on "
        "Monday.",
        date(2021, 8, 2),
        [],
    ),
    (
        "Minsk insisted on Monday that the Lithuanian embassy withdraw most of its diplomats.",
        date(2021, 8, 2),
        [],
    ),
    (
        "Belarus on Monday ordered the Lithuanian embassy in Minsk to cut its staff to two "
        "diplomats.",
        date(2021, 8, 2),
        [],
    ),
    # --- hard negatives: the cut done, or told ---------------------------------------------------
    (
        "The Lithuanian embassy in Minsk cut its staff to two diplomats on Monday after a demand "
        "from Belarus.",
        date(2021, 8, 2),
        [("embassy_evacuation", "Lithuanian Embassy Minsk", "2021-08-02")],
    ),
    (
        "Belarus said on Monday that the Lithuanian embassy in Minsk had cut its staff to two "
        "diplomats.",
        date(2021, 8, 2),
        [("embassy_evacuation", "Lithuanian Embassy Minsk", "2021-08-02")],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*p, id=p[0][:48]) for p in DEMANDED],
)
def test_a_staff_cut_demanded_in_a_that_clause_is_not_done(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)
