"""Events, round 16 (fourth pass): our own variations of how outlets of many kinds report
each event type (wire, broadcast, live blogs, headlines in capitals, translated statements),
with as many hard negatives (forecasts, threats, plans, aims, questions, denials, conditions,
and the same verbs in other senses). Invented towns for captures; real capitals for embassies."""

from __future__ import annotations

from functools import partial

import pytest
from event_readings import asserted_by_place_or_actor, known_miss

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py

# (sentence, event type, the town taken or the embassy's name)
REPORTED = [
    (
        (
            "Islamic State fighters seized the city of Ramadi on Sunday after government troops "
            "abandoned their posts, officials said."
        ),
        "city_captured",
        "Ramadi",
    ),
    (
        "MOSUL, May 16 — The city fell to Islamic State fighters on Sunday, officials said.",
        "city_captured",
        "Mosul",
    ),
    (
        (
            "Rebels have taken control of Dalen, a market town on the northern highway, a "
            "spokesman for the group said on Sunday."
        ),
        "city_captured",
        "Dalen",
    ),
    (
        (
            "Moscow's troops captured Varsk on Sunday after weeks of shelling, the Russian "
            "defence ministry said."
        ),
        "city_captured",
        "Varsk",
    ),
    (
        "The junta's soldiers retook Korvel on Sunday, state television reported.",
        "city_captured",
        "Korvel",
    ),
    ("TESSAM FALLS TO REBELS AFTER THREE-DAY SIEGE", "city_captured", "Tessam"),
    (
        (
            "Haldor was overrun by the insurgents late on Sunday, according to two residents "
            "reached by phone."
        ),
        "city_captured",
        "Haldor",
    ),
    (
        (
            "On Sunday morning, separatist fighters stormed Pelva and raised their flag over the "
            "town hall."
        ),
        "city_captured",
        "Pelva",
    ),
    (
        (
            "The militia, which had surrounded Orsk for a month, entered the town on Sunday, "
            "witnesses said."
        ),
        "city_captured",
        "Orsk",
    ),
    (
        (
            'Rebel forces on Sunday declared the town of Brenn "fully liberated" after government'
            " troops withdrew."
        ),
        "city_captured",
        "Brenn",
    ),
    (
        "Government forces recaptured Saldan on Sunday, the army said in a statement.",
        "city_captured",
        "Saldan",
    ),
    (
        (
            "Marek changed hands on Sunday when rebel fighters drove the last army units out of "
            "the town."
        ),
        "city_captured",
        "Marek",
    ),
    ("Live: Insurgents seize Vilno as army retreats", "city_captured", "Vilno"),
    (
        "The town of Tarnak — home to some 40,000 people — fell to the rebels on Sunday.",
        "city_captured",
        "Tarnak",
    ),
    (
        "Separatists took over Kessel on Sunday, the regional governor confirmed.",
        "city_captured",
        "Kessel",
    ),
    (
        "In a statement, the armed group said its fighters had seized Dunmar on Sunday.",
        "city_captured",
        "Dunmar",
    ),
    (
        "Russian forces occupied Ostra on Sunday, Ukraine's general staff said.",
        "city_captured",
        "Ostra",
    ),
    (
        "The paramilitary Rapid Support Forces overran Jalba on Sunday, residents said.",
        "city_captured",
        "Jalba",
    ),
    ("Gorsk is now in rebel hands, local officials said on Sunday.", "city_captured", "Gorsk"),
    (
        "Taliban fighters rolled into Norvan, the provincial capital, on Sunday without a fight.",
        "city_captured",
        "Norvan",
    ),
    (
        "Opposition fighters wrested control of Selva from government troops on Sunday.",
        "city_captured",
        "Selva",
    ),
    (
        "Jihadists captured the northern town of Amrit on Sunday, a security source told AFP.",
        "city_captured",
        "Amrit",
    ),
    (
        "Ukrainian troops liberated Toral on Sunday, the president said in his nightly address.",
        "city_captured",
        "Toral",
    ),
    (
        (
            "KERAK, May 16 (Reuters) — The town fell to rebel fighters on Sunday after a two-day "
            "assault."
        ),
        "city_captured",
        "Kerak",
    ),
    (
        "The rebels said on Sunday they had captured Mirov, a claim the army did not dispute.",
        "city_captured",
        "Mirov",
    ),
    (
        (
            "Government troops lost control of Hamza to the militants on Sunday, a local official"
            " said."
        ),
        "city_captured",
        "Hamza",
    ),
    (
        "Boko Haram fighters seized Loran on Sunday, burning the police station, residents said.",
        "city_captured",
        "Loran",
    ),
    (
        (
            "The army said on Sunday it had recaptured Pavel, two weeks after the town fell to "
            "the rebels."
        ),
        "city_captured",
        "Pavel",
    ),
    (
        (
            "The United States evacuated its embassy in Kabul on Sunday, flying diplomats by "
            "helicopter to the airport."
        ),
        "embassy_evacuation",
        "US Embassy Kabul",
    ),
    (
        (
            "British diplomats and their families were airlifted out of Khartoum on Sunday, the "
            "Foreign Office said."
        ),
        "embassy_evacuation",
        "UK Embassy Khartoum",
    ),
    (
        (
            "France pulled out its embassy staff from Niamey on Sunday as the junta tightened its"
            " grip."
        ),
        "embassy_evacuation",
        "French Embassy Niamey",
    ),
    (
        (
            "Germany flew out the staff of its embassy in Tripoli on Sunday aboard a military "
            "transport plane."
        ),
        "embassy_evacuation",
        "German Embassy Tripoli",
    ),
    (
        (
            "The State Department ordered the departure of non-emergency staff from the US "
            "embassy in Port-au-Prince on Sunday."
        ),
        "embassy_evacuation",
        "US Embassy Port-au-Prince",
    ),
    (
        "Canada drew down its embassy in Beirut on Sunday, sending most of its diplomats home.",
        "embassy_evacuation",
        "Canadian Embassy Beirut",
    ),
    (
        (
            "Italian embassy staff were evacuated from Kyiv on Sunday, the foreign ministry in "
            "Rome said."
        ),
        "embassy_evacuation",
        "Italian Embassy Kyiv",
    ),
    (
        (
            "Russia has evacuated its ambassador and embassy staff from Sanaa, the foreign "
            "ministry said on Sunday."
        ),
        "embassy_evacuation",
        "Russian Embassy Sanaa",
    ),
    (
        "A Dutch military plane flew the ambassador and embassy staff out of Khartoum on Sunday.",
        "embassy_evacuation",
        "Dutch Embassy Khartoum",
    ),
    (
        "Chinese diplomats were ferried out of Tripoli by ship on Sunday, state media said.",
        "embassy_evacuation",
        "Chinese Embassy Tripoli",
    ),
    (
        (
            "India brought home its ambassador and staff from the embassy in Kabul on Sunday on "
            "an air force jet."
        ),
        "embassy_evacuation",
        "Indian Embassy Kabul",
    ),
    (
        "Spain withdrew its diplomatic staff from Kyiv on Sunday, the foreign minister said.",
        "embassy_evacuation",
        "Spanish Embassy Kyiv",
    ),
    (
        (
            "US Marines lifted the last American diplomats out of the embassy compound in Sanaa "
            "on Sunday."
        ),
        "embassy_evacuation",
        "US Embassy Sanaa",
    ),
    (
        "Sweden's embassy staff in Khartoum were driven overland to Ethiopia on Sunday.",
        "embassy_evacuation",
        "Swedish Embassy Khartoum",
    ),
    (
        "Australia pulled its diplomats out of Kabul on Sunday as the Taliban closed in.",
        "embassy_evacuation",
        "Australian Embassy Kabul",
    ),
    (
        "Japan's embassy staff in Kabul left for Istanbul on a chartered flight on Sunday.",
        "embassy_evacuation",
        "Japanese Embassy Kabul",
    ),
    (
        "Turkey evacuated its diplomats from Khartoum on Sunday, the foreign ministry said.",
        "embassy_evacuation",
        "Turkish Embassy Khartoum",
    ),
    (
        "The UK moved its embassy staff from Kyiv to Lviv on Sunday.",
        "embassy_evacuation",
        "UK Embassy Kyiv",
    ),
    (
        "The Greek ambassador and his staff left Tripoli on Sunday aboard a navy frigate.",
        "embassy_evacuation",
        "Greek Embassy Tripoli",
    ),
    (
        "Poland withdrew its ambassador and most of its embassy personnel from Minsk on Sunday.",
        "embassy_evacuation",
        "Polish Embassy Minsk",
    ),
    (
        "Norwegian embassy personnel were flown out of Kabul on Sunday, the foreign ministry said.",
        "embassy_evacuation",
        "Norwegian Embassy Kabul",
    ),
    (
        "The US embassy in Baghdad drew down its staff on Sunday amid rocket attacks.",
        "embassy_evacuation",
        "US Embassy Baghdad",
    ),
    (
        "Swiss diplomats in Tripoli were evacuated across the border to Tunisia on Sunday.",
        "embassy_evacuation",
        "Swiss Embassy Tripoli",
    ),
    (
        "France on Sunday began evacuating staff from its embassy in Bamako.",
        "embassy_evacuation",
        "French Embassy Bamako",
    ),
    (
        "The German embassy in Kabul has been evacuated, Berlin said on Sunday.",
        "embassy_evacuation",
        "German Embassy Kabul",
    ),
    (
        "The United States suspended operations at its embassy in Kyiv on Sunday.",
        "embassy_closure",
        "US Embassy Kyiv",
    ),
    (
        "Britain has shut its embassy in Khartoum, the foreign secretary said on Sunday.",
        "embassy_closure",
        "UK Embassy Khartoum",
    ),
    (
        "France closed its embassy in Bamako on Sunday until further notice.",
        "embassy_closure",
        "French Embassy Bamako",
    ),
    (
        "The German embassy in Kabul was shuttered on Sunday.",
        "embassy_closure",
        "German Embassy Kabul",
    ),
    (
        "Canada temporarily closed its embassy in Kyiv on Sunday and relocated its staff to Lviv.",
        "embassy_closure",
        "Canadian Embassy Kyiv",
    ),
    (
        "The US embassy in Sanaa suspended all operations on Sunday and pulled down the flag.",
        "embassy_closure",
        "US Embassy Sanaa",
    ),
    (
        "Italy on Sunday suspended the activities of its embassy in Tripoli.",
        "embassy_closure",
        "Italian Embassy Tripoli",
    ),
    ("Spain shut down its embassy in Kabul on Sunday.", "embassy_closure", "Spanish Embassy Kabul"),
    (
        "Australia's embassy in Kabul closed its doors on Sunday.",
        "embassy_closure",
        "Australian Embassy Kabul",
    ),
    (
        "The Netherlands moved its embassy from Kyiv to Lviv on Sunday.",
        "embassy_closure",
        "Dutch Embassy Kyiv",
    ),
    (
        "Russia suspended the work of its embassy in Tripoli on Sunday, the foreign ministry said.",
        "embassy_closure",
        "Russian Embassy Tripoli",
    ),
    (
        "Turkey has temporarily relocated its embassy in Khartoum to Port Sudan.",
        "embassy_closure",
        "Turkish Embassy Khartoum",
    ),
    (
        "China closed its embassy in Kabul on Sunday, state media reported.",
        "embassy_closure",
        "Chinese Embassy Kabul",
    ),
    (
        "India shut its embassy in Kabul on Sunday and flew staff home.",
        "embassy_closure",
        "Indian Embassy Kabul",
    ),
    (
        "Poland's embassy in Kyiv halted its work on Sunday, the ministry said.",
        "embassy_closure",
        "Polish Embassy Kyiv",
    ),
    (
        "The US embassy in Khartoum has ceased operations, the State Department said on Sunday.",
        "embassy_closure",
        "US Embassy Khartoum",
    ),
    (
        (
            "Sweden closed its embassy in Khartoum on Sunday after its staff were driven overland"
            " to Ethiopia."
        ),
        "embassy_closure",
        "Swedish Embassy Khartoum",
    ),
    (
        "Norway has closed its embassy in Kabul, the foreign ministry said on Sunday.",
        "embassy_closure",
        "Norwegian Embassy Kabul",
    ),
    (
        "The British embassy in Tripoli suspended its operations on Sunday.",
        "embassy_closure",
        "UK Embassy Tripoli",
    ),
    (
        "GREECE SHUTS EMBASSY IN TRIPOLI AS FIGHTING NEARS",
        "embassy_closure",
        "Greek Embassy Tripoli",
    ),
    (
        "Japan temporarily closed its embassy in Kyiv on Sunday.",
        "embassy_closure",
        "Japanese Embassy Kyiv",
    ),
    (
        (
            "The US embassy in Kabul urged Americans on Sunday to leave the country immediately "
            "on any available flight."
        ),
        "embassy_security_alert",
        "US Embassy Kabul",
    ),
    (
        "The Foreign Office told British nationals in Sudan on Sunday to shelter in place.",
        "embassy_security_alert",
        "UK Embassy Khartoum",
    ),
    (
        (
            "The French embassy in Bamako advised French citizens on Sunday to leave Mali by any "
            "means."
        ),
        "embassy_security_alert",
        "French Embassy Bamako",
    ),
    (
        "Germany urged its citizens on Sunday to leave Libya immediately.",
        "embassy_security_alert",
        "German Embassy Tripoli",
    ),
    (
        (
            "Canada told its citizens in Ukraine on Sunday to leave while commercial flights are "
            "still available."
        ),
        "embassy_security_alert",
        "Canadian Embassy Kyiv",
    ),
    (
        (
            "Australia's foreign minister urged Australians in Lebanon on Sunday to leave on any "
            "flight they can get."
        ),
        "embassy_security_alert",
        "Australian Embassy Beirut",
    ),
    (
        "The US embassy in Baghdad warned Americans on Sunday to avoid the airport road.",
        "embassy_security_alert",
        "US Embassy Baghdad",
    ),
    (
        "The Indian embassy in Kyiv told Indian nationals on Sunday to leave the city urgently.",
        "embassy_security_alert",
        "Indian Embassy Kyiv",
    ),
    (
        (
            "Britain's foreign secretary told Britons in Afghanistan on Sunday to leave by any "
            "means available."
        ),
        "embassy_security_alert",
        "UK Embassy Kabul",
    ),
    (
        (
            "The US embassy in Port-au-Prince told Americans on Sunday to stay indoors and limit "
            "their movements."
        ),
        "embassy_security_alert",
        "US Embassy Port-au-Prince",
    ),
    (
        (
            "Italy's embassy in Tripoli advised Italians on Sunday not to travel to the south of "
            "the country."
        ),
        "embassy_security_alert",
        "Italian Embassy Tripoli",
    ),
    (
        "The Japanese embassy in Khartoum asked Japanese nationals on Sunday to stay at home.",
        "embassy_security_alert",
        "Japanese Embassy Khartoum",
    ),
    (
        "Spain's embassy in Kyiv urged Spaniards on Sunday to leave Ukraine.",
        "embassy_security_alert",
        "Spanish Embassy Kyiv",
    ),
    (
        "The Chinese embassy in Kabul warned Chinese citizens on Sunday to stay away from crowds.",
        "embassy_security_alert",
        "Chinese Embassy Kabul",
    ),
    (
        (
            '"Do not travel to Ukraine," the US embassy in Kyiv said on Sunday, urging Americans '
            "there to depart now."
        ),
        "embassy_security_alert",
        "US Embassy Kyiv",
    ),
    (
        "The Russian embassy in Kyiv urged Russian citizens on Sunday to leave Ukraine.",
        "embassy_security_alert",
        "Russian Embassy Kyiv",
    ),
    (
        "Turkey's embassy in Khartoum told Turkish citizens on Sunday to remain in their homes.",
        "embassy_security_alert",
        "Turkish Embassy Khartoum",
    ),
    (
        (
            "The Dutch foreign ministry on Sunday called on Dutch nationals in Lebanon to leave "
            "the country."
        ),
        "embassy_security_alert",
        "Dutch Embassy Beirut",
    ),
    (
        "Poland's foreign ministry urged Poles in Ukraine on Sunday to leave immediately.",
        "embassy_security_alert",
        "Polish Embassy Kyiv",
    ),
    (
        (
            "Sweden's embassy in Beirut urged Swedes on Sunday to leave Lebanon while flights are"
            " still running."
        ),
        "embassy_security_alert",
        "Swedish Embassy Beirut",
    ),
    (
        "Greece's embassy in Tripoli told Greek citizens on Sunday to leave Libya.",
        "embassy_security_alert",
        "Greek Embassy Tripoli",
    ),
    (
        (
            "The US embassy in Khartoum issued a security alert on Sunday urging Americans to "
            "shelter in place."
        ),
        "embassy_security_alert",
        "US Embassy Khartoum",
    ),
    (
        (
            "Tessam became the third town to fall to the rebels this week when the army pulled "
            "out on Sunday."
        ),
        "city_captured",
        "Tessam",
    ),
]

# the same words, but nothing happened (yet), or something else did
NOT_REPORTED = [
    "The rebels threatened on Sunday to seize Dalen if the army did not withdraw.",
    "Analysts expect Moscow's troops to take Varsk within weeks.",
    "The army denied on Sunday that Korvel had fallen to the rebels.",
    "Shares in the company fell by 3% on Sunday after the report.",
    "The opposition took control of the debate on Sunday, forcing a vote on the budget.",
    "If Orsk falls, the road to the capital will be open, a commander warned.",
    "The militia could capture Pelva within days, a diplomat said.",
    "Temperatures fell sharply across the region on Sunday.",
    "Rebels were pushed back from the outskirts of Haldor on Sunday, the army said.",
    "The insurgents captured two soldiers near Tarnak on Sunday.",
    "Government troops repelled an attempt by the rebels to storm Saldan on Sunday.",
    "Fans stormed the pitch in Marek after the final whistle on Sunday.",
    "The new coach took charge of the team in Vilno on Sunday.",
    "Separatists are planning an offensive to capture Kessel, officials said.",
    "Heavy rain fell on Dunmar on Sunday, flooding several streets.",
    "The ruling party seized on the scandal on Sunday to attack the opposition.",
    "The rebels have not captured Amrit, the army said, calling the reports false.",
    "Police took over the investigation into the fire in Toral on Sunday.",
    "Did Mirov fall? Residents say the rebels are only on its edges.",
    "Troops entered the final week of training near Loran on Sunday.",
    'The rebels said they would take Pavel "in the coming days".',
    "Fighting raged on the outskirts of Selva on Sunday as rebels tried to enter the town.",
    "Government forces were still holding out in Jalba on Sunday against repeated rebel assaults.",
    "Demand for bread fell in Gorsk on Sunday, traders said.",
    "A suicide bomber struck a market in Norvan on Sunday, killing 12 people.",
    "The opposition candidate captured 54% of the vote in Ostra on Sunday.",
    "The embassy evacuated residents from a flood zone near the river on Sunday.",
    "The US is preparing to evacuate its embassy in Kyiv if Russian forces advance on the city.",
    "The State Department denied on Sunday that it had evacuated its embassy in Baghdad.",
    "British forces evacuated 300 British nationals from Khartoum on Sunday.",
    "The French embassy in Niamey hosted a reception for Bastille Day on Sunday.",
    "The ambassador flew to Paris on Sunday for consultations.",
    "The embassy would be evacuated if fighting reached the capital, officials said.",
    "Germany has no plans to withdraw its diplomats from Kyiv, a spokesman said on Sunday.",
    "The new ambassador arrived in Kabul on Sunday to take up his post.",
    "Canada said on Sunday it was considering pulling its diplomats out of Beirut.",
    "Italy expelled two Russian diplomats on Sunday, giving them a week to leave.",
    "Australian troops pulled out of the base near Kabul on Sunday.",
    "The embassy's staff drove to the foreign ministry on Sunday for talks.",
    "Japan recalled its ambassador from Beijing for consultations on Sunday.",
    "Residents fled Khartoum on Sunday as fighting spread, while foreign embassies stayed open.",
    "The United Nations evacuated its international staff from Goma on Sunday.",
    "Officials said the embassy would not be evacuated.",
    "The evacuation of foreign nationals from Khartoum continued on Sunday.",
    (
        "Police evacuated the area around the US embassy in Ankara after a suspicious package was"
        " found."
    ),
    "The embassy helped fly 200 Americans home from Kabul on Sunday.",
    "The embassy will close on Monday for a public holiday.",
    "The US has no plans to close its embassy in Kyiv, a spokesman said on Sunday.",
    "The embassy's visa section closed early on Sunday because of a power cut.",
    "Britain warned on Sunday that it might shut its embassy in Khartoum if fighting spread.",
    "The foreign ministry denied on Sunday that the embassy in Tripoli had been closed.",
    "The authorities closed the border crossing near the embassy on Sunday.",
    "Shops near the French embassy in Bamako closed early on Sunday.",
    "The embassy said flights out of Kabul had been suspended.",
    "Officials suspended the talks at the embassy on Sunday.",
    "The US embassy in Kyiv reopened on Sunday after three months.",
    "Protesters demanded on Sunday that the Israeli embassy be closed.",
    "The stock exchange closed 2% lower on Sunday.",
    "The embassy urged the government on Sunday to protect foreign journalists.",
    (
        "The US embassy in Kabul might tell Americans to leave if the situation worsens, "
        "officials said."
    ),
    "The British embassy hosted a reception for local business leaders on Sunday.",
    "The embassy urged restraint on all sides on Sunday.",
    "The embassy told reporters on Sunday that the ambassador was in good health.",
    "The French embassy in Bamako denied on Sunday that it had told citizens to leave.",
    "The US embassy has not told Americans to leave, a spokesman said on Sunday.",
    "The embassy urged Americans to register for its alerts service.",
    "The embassy advised applicants on Sunday to book visa appointments online.",
    "The ambassador urged both sides on Sunday to avoid escalation.",
    "The city council warned residents on Sunday to leave the flood zone.",
    "The embassy has said it will issue an alert if fighting spreads.",
    "Separatists launched an offensive to capture Kessel on Sunday.",
    "The junta sent two battalions north on Sunday to retake Korvel.",
    "Has Haldor fallen to the rebels? Officials would not say on Sunday.",
    (
        "Firefighters evacuated the streets near the British embassy in Kyiv on Sunday after a "
        "gas leak."
    ),
]

# Known misses, left for a later pass: sentence -> what is wrong
KNOWN_MISSES: dict[str, str] = {}


_mark = partial(known_miss, misses=KNOWN_MISSES)


@pytest.mark.parametrize(
    ("text", "kind", "what"),
    [pytest.param(t, k, w, marks=_mark(t), id=f"{k}-{w}") for t, k, w in REPORTED],
)
def test_a_reported_event_is_read_as_asserted(read, text: str, kind: str, what: str) -> None:  # type: ignore[no-untyped-def]
    found = asserted_by_place_or_actor(read(text))
    assert (kind, what.lower()) in found
    # nothing else asserted: a closure may come with its evacuation, and the reverse
    embassy = {"embassy_closure", "embassy_evacuation"}
    others = {f for f in found if f[1] != what.lower() or not {f[0], kind} <= embassy}
    assert others <= {(kind, what.lower())}


@pytest.mark.parametrize(
    "text", [pytest.param(t, marks=_mark(t), id=f"neg{i}") for i, t in enumerate(NOT_REPORTED)]
)
def test_a_plan_threat_aim_question_denial_or_other_sense_gives_no_event(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted_by_place_or_actor(read(text)) == {}
