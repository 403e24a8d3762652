"""Captures, round 17: our own passages about wars no fixture names (Cyprus 1974, the
Bangladesh war, East Timor, the Ogaden, the Sino-Vietnamese war, Uganda 1979, Lebanon 1982,
Korea 1950, Hungary 1956, Grenada, Chad and Libya, Iran and Iraq, Biafra, Mindanao, Sumatra
1958, Chiapas, Ireland 1922, Laos 1975, Burma 1949, Abkhazia, Tajikistan, Transnistria, Sudan's
SPLA war, Nicaragua 1978-79 and the Contras, the Mexican revolution, Russia 1918, Angola,
Mozambique's Renamo war, Eritrea, Haiti 2004, Liberia 2003, Zaire 1964, Bougainville,
the Comoros), in many outlets' voices: wire leads, bulletins, radio monitors, translated
statements, newsletters, questions and answers, captions; and as many hard negatives (threats,
sieges, forecasts, conditions, claims the other side denies or disputes, corrections, "still
held", withdrawals, anniversaries, related headlines, bases, posts and districts that are no
city). Each capture is checked for its place, its taker by the actor convention of
tests/fixtures/README.md (rebels for any non-state group, mutineers included; government
forces for a state's army in its own land; "<Adjective> forces" for a state's army in another
state), and its day."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from event_readings import asserted_captures, check_captures, known_miss

# (passage, published, [(the place taken, its taker, the day or None when none is named)])
REPORTED: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Turkish troops captured Kyrenia on Saturday after landing on the north "
        "coast of Cyprus two days earlier.",
        date(1974, 7, 22),
        [("Kyrenia", "Turkish forces", "1974-07-20")],
    ),
    (
        "Famagusta, Cyprus's main port, fell to Turkish forces on Sunday as Greek"
        " Cypriot defenders withdrew south.",
        date(1974, 8, 19),
        [("Famagusta", "Turkish forces", "1974-08-18")],
    ),
    (
        "Indian troops entered Jessore on Sunday, the first major town in East "
        "Pakistan to fall in the offensive, an army spokesman in New Delhi said.",
        date(1971, 12, 13),
        [("Jessore", "Indian forces", "1971-12-12")],
    ),
    (
        "DACCA, Dec 16 — The Pakistani garrison in Dacca surrendered to the "
        "Indian army this afternoon, and Indian columns rolled into the city.",
        date(1971, 12, 16),
        [("Dacca", "Indian forces", "1971-12-16")],
    ),
    (
        "Indonesian paratroopers seized Dili, the capital of Portuguese Timor, on"
        " Sunday morning, according to radio reports monitored in Darwin.",
        date(1975, 12, 8),
        [("Dili", "Indonesian forces", "1975-12-07")],
    ),
    (
        "Somali forces captured Jijiga in Ethiopia's Ogaden region on Sunday, "
        "according to a statement broadcast by Radio Mogadishu.",
        date(1977, 9, 12),
        [("Jijiga", "Somali forces", "1977-09-11")],
    ),
    (
        "Chinese troops took Lang Son on Sunday after days of fighting in the "
        "border hills, Vietnamese officials conceded.",
        date(1979, 3, 5),
        [("Lang Son", "Chinese forces", "1979-03-04")],
    ),
    (
        "Tanzanian troops and Ugandan exiles captured Masaka on Saturday, the "
        "biggest town yet to fall in their push north.",
        date(1979, 2, 26),
        [("Masaka", "Tanzanian forces", "1979-02-24")],
    ),
    (
        "Israeli forces entered Sidon in southern Lebanon on Monday, the army "
        "command in Tel Aviv said.",
        date(1982, 6, 7),
        [("Sidon", "Israeli forces", "1982-06-07")],
    ),
    (
        "Tyre, Lebanon's fourth city, was taken by Israeli armour on Sunday after"
        " a day of shelling.",
        date(1982, 6, 7),
        [("Tyre", "Israeli forces", "1982-06-06")],
    ),
    (
        "North Korean troops marched into Seoul on Wednesday, three days after "
        "crossing the 38th parallel, as the South Korean government fled south.",
        date(1950, 6, 28),
        [("Seoul", "North Korean forces", "1950-06-28")],
    ),
    (
        "Soviet tanks entered Budapest before dawn on Sunday and occupied the "
        "parliament building, Hungarian radio said before it fell silent.",
        date(1956, 11, 5),
        [("Budapest", "Soviet forces", "1956-11-04")],
    ),
    (
        "Ethiopian troops entered Mogadishu on Thursday as Islamist fighters "
        "abandoned the Somali capital without a fight.",
        date(2006, 12, 28),
        [("Mogadishu", "Ethiopian forces", "2006-12-28")],
    ),
    (
        "American troops captured Grenada's capital, St George's, on Wednesday "
        "after a dawn landing, the Pentagon said.",
        date(1983, 10, 26),
        [("St George's", "American forces", "1983-10-26")],
    ),
    (
        "Libyan troops seized Aouzou in northern Chad on Sunday, a Chadian "
        "military spokesman said.",
        date(1986, 7, 14),
        [("Aouzou", "Libyan forces", "1986-07-13")],
    ),
    (
        "Cao Bang fell to the Chinese on Saturday, Vietnamese officials said in Hanoi.",
        date(1979, 2, 26),
        [("Cao Bang", "Chinese forces", "1979-02-24")],
    ),
    (
        "Jessore was abandoned to the Indians on Sunday, a Pakistani spokesman admitted.",
        date(1971, 12, 13),
        [("Jessore", "Indian forces", "1971-12-12")],
    ),
    (
        "Nigerian federal troops captured Enugu, the Biafran capital, on "
        "Saturday, Lagos radio said.",
        date(1967, 10, 9),
        [("Enugu", "government forces", "1967-10-07")],
    ),
    (
        "Federal forces retook Owerri on Sunday after a three-week siege, a "
        "Nigerian army spokesman said.",
        date(1969, 4, 28),
        [("Owerri", "government forces", "1969-04-27")],
    ),
    (
        "Peruvian police and soldiers regained control of Ayacucho on Sunday, Lima said.",
        date(1982, 3, 8),
        [("Ayacucho", "government forces", "1982-03-07")],
    ),
    (
        "Mexican federal troops retook Ciudad Juárez on Sunday, the war ministry said.",
        date(1913, 11, 17),
        [("Ciudad Juárez", "government forces", "1913-11-16")],
    ),
    (
        "The Ethiopian army recaptured Jijiga on Sunday, driving the Somali "
        "invaders out of the Ogaden's last stronghold.",
        date(1978, 3, 6),
        [("Jijiga", "government forces", "1978-03-05")],
    ),
    (
        "Communist troops crossed the Yangtze and entered Nanjing on Saturday, "
        "the Nationalist capital, without a fight.",
        date(1949, 4, 25),
        [("Nanjing", "rebels", "1949-04-23")],
    ),
    (
        "Castro's rebels captured Santa Clara on Thursday, and Batista fled the country overnight.",
        date(1959, 1, 1),
        [("Santa Clara", "rebels", "1959-01-01")],
    ),
    (
        "Simba rebels seized Stanleyville on Wednesday and took hundreds of "
        "foreign residents hostage.",
        date(1964, 8, 5),
        [("Stanleyville", "rebels", "1964-08-05")],
    ),
    (
        "LURD rebels pushed into Buchanan on Sunday, Liberia's second city and "
        "main port, aid workers said.",
        date(2003, 7, 28),
        [("Buchanan", "rebels", "2003-07-27")],
    ),
    (
        "Haitian rebels took control of Cap-Haïtien on Sunday as police fled, residents said.",
        date(2004, 2, 23),
        [("Cap-Haïtien", "rebels", "2004-02-22")],
    ),
    (
        "Gonaïves fell to armed opponents of the government on Thursday.",
        date(2004, 2, 5),
        [("Gonaïves", "rebels", "2004-02-05")],
    ),
    (
        "Eritrean guerrillas captured Massawa on Saturday, cutting the Ethiopian "
        "army's supply line to Asmara.",
        date(1990, 2, 12),
        [("Massawa", "rebels", "1990-02-10")],
    ),
    (
        "Contra rebels briefly seized the town of Nueva Guinea on Sunday, a "
        "Sandinista spokesman said.",
        date(1985, 6, 3),
        [("Nueva Guinea", "rebels", "1985-06-02")],
    ),
    (
        "Mutinous soldiers seized the town of Bouar on Sunday, a UN spokesman said.",
        date(1996, 5, 20),
        [("Bouar", "rebels", "1996-05-19")],
    ),
    (
        "The mutineers took control of the port city of Chittagong on Sunday, officials said.",
        date(1981, 6, 1),
        [("Chittagong", "rebels", "1981-05-31")],
    ),
    (
        "UNITA rebels captured Huambo on Saturday after a 55-day siege, the movement's radio said.",
        date(1993, 3, 8),
        [("Huambo", "rebels", "1993-03-06")],
    ),
    (
        "Renamo guerrillas overran Caia on Sunday, state radio in Maputo reported.",
        date(1987, 8, 17),
        [("Caia", "rebels", "1987-08-16")],
    ),
    (
        "BULLETIN — HUAMBO IN REBEL HANDS. UNITA fighters took the city on "
        "Saturday, the movement said.",
        date(1993, 3, 8),
        [("Huambo", "rebels", "1993-03-06")],
    ),
    (
        "Q: Who holds Kyrenia now? A: Turkish troops, since Saturday, when they "
        "pushed into the harbour town from the beach-head.",
        date(1974, 7, 22),
        [("Kyrenia", "Turkish forces", "1974-07-20")],
    ),
    (
        "From our radio monitor: the rebel station says its forces are now inside"
        " Massawa and the port is theirs.",
        date(1990, 2, 12),
        [("Massawa", "rebels", None)],
    ),
    (
        "Huambo is now under UNITA control, the movement announced on Sunday.",
        date(1993, 3, 8),
        [("Huambo", "rebels", "1993-03-07")],
    ),
    (
        "Enugu, the rebel capital, was captured by federal troops on Saturday.",
        date(1967, 10, 9),
        [("Enugu", "government forces", "1967-10-07")],
    ),
    (
        "Federal troops drove the Biafrans out of Owerri on Sunday.",
        date(1969, 4, 28),
        [("Owerri", "government forces", "1969-04-27")],
    ),
    (
        "Santa Clara has fallen. The rebels of the 26th of July Movement took the"
        " city on Thursday.",
        date(1959, 1, 1),
        [("Santa Clara", "rebels", "1959-01-01")],
    ),
    (
        "Iraqi troops captured Khorramshahr on Sunday after weeks of street "
        "fighting, Baghdad radio said; Iranian officials admitted the port had "
        "been lost.",
        date(1980, 10, 27),
        [("Khorramshahr", "Iraqi forces", "1980-10-26")],
    ),
    (
        "Iranian forces recaptured Khorramshahr on Monday, ending a 19-month "
        "Iraqi occupation, Tehran radio said.",
        date(1982, 5, 24),
        [("Khorramshahr", "government forces", "1982-05-24")],
    ),
    (
        "Iranian troops seized the Iraqi port of Faw on Monday in a surprise "
        "amphibious assault across the Shatt al-Arab.",
        date(1986, 2, 10),
        [("Faw", "Iranian forces", "1986-02-10")],
    ),
    (
        "Israeli troops entered Nabatieh across the border in Lebanon on Monday, the army said.",
        date(1982, 6, 7),
        [("Nabatieh", "Israeli forces", "1982-06-07")],
    ),
    (
        "Government troops recaptured Jolo on Saturday, a week after Muslim "
        "separatists overran the town, the Philippine defence ministry said.",
        date(1974, 2, 18),
        [("Jolo", "government forces", "1974-02-16")],
    ),
    (
        "Indonesian government troops retook Padang on Thursday from rebel "
        "officers of the Sumatran revolutionary government.",
        date(1958, 4, 17),
        [("Padang", "government forces", "1958-04-17")],
    ),
    (
        "Mexican army units retook San Cristóbal de las Casas on Sunday after "
        "Zapatista rebels withdrew into the hills.",
        date(1994, 1, 3),
        [("San Cristóbal de las Casas", "government forces", "1994-01-02")],
    ),
    (
        "Free State troops landed near Cork on Tuesday and entered the city on "
        "Thursday as the Republicans burned their barracks and withdrew.",
        date(1922, 8, 10),
        [("Cork", "government forces", "1922-08-10")],
    ),
    (
        "Pathet Lao forces marched into Vientiane on Saturday without firing a "
        "shot, completing their takeover of Laos.",
        date(1975, 8, 25),
        [("Vientiane", "rebels", "1975-08-23")],
    ),
    (
        "Karen insurgents seized Insein, a town just north of Rangoon, on Sunday,"
        " the government admitted.",
        date(1949, 2, 7),
        [("Insein", "rebels", "1949-02-06")],
    ),
    (
        "Abkhaz separatists captured Sukhumi on Monday as Georgian troops fled by sea.",
        date(1993, 9, 27),
        [("Sukhumi", "rebels", "1993-09-27")],
    ),
    (
        "Opposition fighters took control of Dushanbe on Monday after President "
        "Nabiyev resigned at the airport.",
        date(1992, 9, 7),
        [("Dushanbe", "rebels", "1992-09-07")],
    ),
    (
        "Zapatista guerrillas occupied San Cristóbal de las Casas on New Year's "
        "Day, declaring war on the Mexican state.",
        date(1994, 1, 3),
        [("San Cristóbal de las Casas", "rebels", "1994-01-01")],
    ),
    (
        "SPLA rebels captured Torit on Saturday, the movement's radio said, the "
        "biggest garrison town it has taken in the south.",
        date(1989, 2, 20),
        [("Torit", "rebels", "1989-02-18")],
    ),
    (
        "Sandinista guerrillas seized Matagalpa on Sunday, forcing the National "
        "Guard back to its barracks.",
        date(1978, 9, 4),
        [("Matagalpa", "rebels", "1978-09-03")],
    ),
    (
        "Estelí fell to the Sandinistas on Sunday after a week of fighting, Red "
        "Cross workers said.",
        date(1979, 7, 16),
        [("Estelí", "rebels", "1979-07-15")],
    ),
    (
        "Villa's Division of the North took Torreón on Thursday after a twelve-day battle.",
        date(1914, 4, 2),
        [("Torreón", "rebels", "1914-04-02")],
    ),
    (
        "The Czechoslovak Legion seized Kazan on Wednesday, capturing the "
        "imperial gold reserve, according to reports reaching Stockholm.",
        date(1918, 8, 7),
        [("Kazan", "rebels", "1918-08-07")],
    ),
    (
        "Transnistrian militias took control of Bender on Saturday after Moldovan"
        " police withdrew across the Dniester.",
        date(1992, 6, 22),
        [("Bender", "rebels", "1992-06-20")],
    ),
    (
        "The MNLF seized Jolo on Thursday, sending thousands of residents fleeing"
        " to Zamboanga by boat.",
        date(1974, 2, 7),
        [("Jolo", "rebels", "1974-02-07")],
    ),
    (
        "Bougainville rebels took over Arawa on Saturday after the last PNG "
        "soldiers left the town.",
        date(1990, 3, 19),
        [("Arawa", "rebels", "1990-03-17")],
    ),
    (
        "Separatist rebels on Anjouan seized the island's main town, Mutsamudu, "
        "on Sunday, the federal government said.",
        date(1997, 8, 4),
        [("Mutsamudu", "rebels", "1997-08-03")],
    ),
    (
        "FLASH — KHORRAMSHAHR FALLS TO IRAQI TROOPS",
        date(1980, 10, 27),
        [("Khorramshahr", "Iraqi forces", None)],
    ),
    (
        "Torit has changed hands. SPLA fighters were in the town square by noon "
        "on Saturday, aid workers said.",
        date(1989, 2, 20),
        [("Torit", "rebels", "1989-02-18")],
    ),
    (
        "The garrison in Matagalpa surrendered to the guerrillas on Sunday.",
        date(1978, 9, 4),
        [("Matagalpa", "rebels", "1978-09-03")],
    ),
    (
        "Vientiane came under Pathet Lao control on Saturday.",
        date(1975, 8, 25),
        [("Vientiane", "rebels", "1975-08-23")],
    ),
    (
        "Government forces abandoned Torit on Saturday, and the rebels moved in.",
        date(1989, 2, 20),
        [("Torit", "rebels", "1989-02-18")],
    ),
    (
        "Sukhumi was in separatist hands by nightfall on Monday, Georgian officials admitted.",
        date(1993, 9, 27),
        [("Sukhumi", "rebels", "1993-09-27")],
    ),
    (
        "Rebels drove government troops out of Insein on Sunday.",
        date(1949, 2, 7),
        [("Insein", "rebels", "1949-02-06")],
    ),
    (
        "The army said on Sunday it had recaptured Matagalpa from the guerrillas.",
        date(1978, 9, 18),
        [("Matagalpa", "government forces", None)],
    ),
    (
        "'We have taken Kazan,' a Legion officer told our correspondent on Wednesday.",
        date(1918, 8, 7),
        [("Kazan", "rebels", "1918-08-07")],
    ),
    (
        "KHORRAMSHAHR, Iran, May 24 — Iranian troops raised their flag over the "
        "mosque of this ruined port on Monday after the Iraqi garrison "
        "surrendered.",
        date(1982, 5, 24),
        [("Khorramshahr", "government forces", "1982-05-24")],
    ),
    (
        "Translated statement of the Pathet Lao command: our forces entered "
        "Vientiane on Saturday and the city is now liberated.",
        date(1975, 8, 25),
        [("Vientiane", "rebels", "1975-08-23")],
    ),
    (
        "Newsletter, week 34: Torit, the last big garrison in Eastern Equatoria, "
        "fell to the SPLA on Saturday; more on the aid situation below.",
        date(1989, 2, 20),
        [("Torit", "rebels", "1989-02-18")],
    ),
    (
        "The Sandinistas said on Monday they had taken Masaya. Estelí had fallen "
        "to them the week before.",
        date(1979, 6, 18),
        [("Masaya", "rebels", "1979-06-18")],
    ),
    (
        "Karen insurgents entered Insein on Sunday. Twante had been lost to them a month earlier.",
        date(1949, 2, 7),
        [("Insein", "rebels", "1949-02-06")],
    ),
    (
        "Kapoeta went on Sunday, the third garrison town lost in the south this "
        "month, a government official said.",
        date(1988, 3, 21),
        [("Kapoeta", "rebels", "1988-03-20")],
    ),
    (
        "Kapoeta and Torit have both been lost to the SPLA, an army officer admitted on Sunday.",
        date(1989, 2, 20),
        [("Kapoeta", "rebels", None), ("Torit", "rebels", None)],
    ),
    (
        "On Sunday Masaya passed to the guerrillas after the National Guard's "
        "last post surrendered.",
        date(1979, 6, 18),
        [("Masaya", "rebels", "1979-06-17")],
    ),
    (
        "The garrison abandoned Kapoeta on Sunday and the rebels moved in, aid workers said.",
        date(1988, 3, 21),
        [("Kapoeta", "rebels", "1988-03-20")],
    ),
    (
        "Rebels were in control of Kuito by Sunday evening, UN officials said.",
        date(1993, 6, 7),
        [("Kuito", "rebels", "1993-06-06")],
    ),
    (
        "Guerrillas hoisted their flag over the town hall in Masaya on Sunday.",
        date(1979, 6, 18),
        [("Masaya", "rebels", "1979-06-17")],
    ),
    (
        "SPLA fighters occupied the district commissioner's office in Kapoeta on "
        "Sunday, aid workers said.",
        date(1988, 3, 21),
        [("Kapoeta", "rebels", "1988-03-20")],
    ),
    (
        "Sandinista guerrillas captured the provincial capital of Masaya on Sunday.",
        date(1979, 6, 18),
        [("Masaya", "rebels", "1979-06-17")],
    ),
    (
        "MANAGUA — Sandinista guerrillas entered Masaya on Sunday, residents said.",
        date(1979, 6, 18),
        [("Masaya", "rebels", "1979-06-17")],
    ),
    (
        "RANGOON, Feb 7 — Karen rebels seized Insein on Sunday, the government said.",
        date(1949, 2, 7),
        [("Insein", "rebels", "1949-02-06")],
    ),
    (
        "Mehran city was retaken by Iranian forces on Sunday, Tehran radio said.",
        date(1986, 7, 7),
        [("Mehran", "government forces", "1986-07-06")],
    ),
    (
        "Kurmuk went on Sunday, the third garrison town to be lost this month, the rebels said.",
        date(1989, 11, 13),
        [("Kurmuk", "rebels", "1989-11-12")],
    ),
    (
        "Akobo went to the rebels overnight, the second town they have taken this week.",
        date(1989, 11, 13),
        [("Akobo", "rebels", None)],
    ),
    (
        "MONROVIA — Rebels of the National Patriotic Front entered the capital on"
        " Monday, and the president took refuge in his mansion.",
        date(1990, 7, 2),
        [("Monrovia", "rebels", "1990-07-02")],
    ),
    (
        "ASMARA — Eritrean guerrillas marched into the capital on Saturday, "
        "ending thirty years of war, the movement's radio said.",
        date(1991, 5, 27),
        [("Asmara", "rebels", "1991-05-25")],
    ),
    (
        "RADIO SCRIPT: Massawa went as well on Saturday — by one rebel count that"
        " is eight garrison towns in two months.",
        date(1990, 2, 12),
        [("Massawa", "rebels", "1990-02-10")],
    ),
    (
        "Government troops entered Padang on Thursday, a week into Operation "
        "Seventeenth of August, the army said.",
        date(1958, 4, 17),
        [("Padang", "government forces", "1958-04-17")],
    ),
    (
        "The loss of Jolo on Saturday cost the separatists their last stronghold "
        "on the island, the army said.",
        date(1974, 2, 18),
        [("Jolo", "government forces", "1974-02-16")],
    ),
    (
        "The fall of Padang on Thursday left the rebel colonels without a single city on Sumatra.",
        date(1958, 4, 19),
        [("Padang", "government forces", None)],
    ),
    (
        "Federal troops entered Owerri on Sunday, two weeks after the fall of "
        "Umuahia, a Lagos spokesman said.",
        date(1969, 4, 28),
        [("Owerri", "government forces", "1969-04-27")],
    ),
    (
        "Men loyal to the warlord — mostly former army mutineers — seized "
        "Buchanan on Sunday, aid workers said.",
        date(2003, 7, 28),
        [("Buchanan", "rebels", "2003-07-27")],
    ),
    (
        "UNITA took Kuito on Monday after a long siege. Huambo had fallen to the "
        "movement at the weekend.",
        date(1993, 6, 8),
        [("Kuito", "rebels", "1993-06-07")],
    ),
    (
        "Separatists overrun Sukhumi | Georgian troops flee by sea as the city falls",
        date(1993, 9, 27),
        [("Sukhumi", "rebels", None)],
    ),
    (
        "Iraqis overrun Khorramshahr | Iranian defenders fall back across the river",
        date(1980, 10, 27),
        [("Khorramshahr", "Iraqi forces", None)],
    ),
    (
        "Rebels overrun Huambo | UNITA now holds the central highlands",
        date(1993, 3, 8),
        [("Huambo", "rebels", None)],
    ),
    (
        "Church elders negotiated the handover of Torit to the SPLA on Saturday, "
        "sparing the town a battle.",
        date(1989, 2, 20),
        [("Torit", "rebels", "1989-02-18")],
    ),
]

# (passage, published): no asserted capture
NOT_REPORTED: list[tuple[str, date]] = [
    (
        "Maoist guerrillas overran the district headquarters at Beni on Saturday "
        "night, killing dozens of police.",
        date(2004, 3, 22),
    ),
    (
        "Turkish troops are closing in on Famagusta and could take the port "
        "within days, diplomats warned.",
        date(1974, 8, 12),
    ),
    (
        "Somali forces have surrounded Jijiga but have not entered the town, "
        "Ethiopian officials said.",
        date(1977, 9, 5),
    ),
    (
        "The guerrillas threatened on Sunday to seize Huambo unless the "
        "government agreed to talks.",
        date(1993, 1, 25),
    ),
    (
        "Indian troops will march on Dacca if the garrison does not surrender, a general said.",
        date(1971, 12, 13),
    ),
    (
        "If Jessore falls, the road to Dacca will be open, analysts said.",
        date(1971, 12, 6),
    ),
    (
        "The rebels claimed on Sunday to have captured Buchanan, but the "
        "government said its troops still held the port.",
        date(2003, 7, 28),
    ),
    (
        "Kyrenia is still held by Greek Cypriot forces, the National Guard insisted on Sunday.",
        date(1974, 7, 22),
    ),
    (
        "Federal troops did not enter Owerri on Sunday, contrary to earlier reports.",
        date(1969, 4, 28),
    ),
    (
        "Chinese troops withdrew from Lang Son on Sunday, leaving the ruined town"
        " to the Vietnamese.",
        date(1979, 3, 19),
    ),
    (
        "The Israeli army pulled out of Sidon on Sunday, handing control to the Lebanese army.",
        date(1985, 2, 18),
    ),
    (
        "Twenty years ago this week, Turkish troops captured Kyrenia.",
        date(1994, 7, 18),
    ),
    (
        "Related: How Famagusta became a ghost town",
        date(2004, 8, 16),
    ),
    (
        "The siege of Huambo entered its fortieth day on Sunday.",
        date(1993, 2, 22),
    ),
    (
        "Maoist rebels overran a police post in Rolpa district on Saturday.",
        date(2002, 9, 23),
    ),
    (
        "Rebels took control of Cabo Delgado province's coastal districts in 2020.",
        date(2021, 3, 29),
    ),
    (
        "Will Enugu fall before the rains? Federal commanders believe so.",
        date(1967, 9, 25),
    ),
    (
        "Indonesian forces are expected to take Dili within the week, intelligence officials said.",
        date(1975, 12, 1),
    ),
    (
        "The mutineers said they would seize Chittagong's port if their demands were not met.",
        date(1981, 6, 1),
    ),
    (
        "UNITA said it had repelled a government attempt to retake Huambo on Sunday.",
        date(1993, 3, 15),
    ),
    (
        "Gonaïves is bracing for a rebel assault, residents said, as armed men "
        "gathered on the outskirts.",
        date(2004, 2, 2),
    ),
    (
        "Officials in Monrovia said rumours that Buchanan had fallen were untrue.",
        date(2003, 7, 28),
    ),
    (
        "Ethiopian forces could be in Mogadishu by the weekend, a Somali official warned.",
        date(2006, 12, 25),
    ),
    (
        "Rebels are said to have entered Bouar, though the claim could not be "
        "verified and the army denies it.",
        date(1996, 5, 20),
    ),
    (
        "Senegalese troops entered Bissau on Sunday to shore up the government of"
        " Guinea-Bissau, officials said.",
        date(1998, 6, 15),
    ),
    (
        "Iraqi troops are shelling Khorramshahr but have not taken the port, "
        "Iranian officials said on Sunday.",
        date(1980, 10, 13),
    ),
    (
        "Rebels claimed to have captured Torit, but the army said on Sunday its "
        "garrison was still holding out.",
        date(1989, 2, 6),
    ),
    (
        "Correction: An earlier version of this story said Matagalpa had fallen "
        "to the guerrillas. The National Guard still holds the town.",
        date(1978, 9, 4),
    ),
    (
        "Sandinista commanders said they hoped to be in Estelí by the end of the week.",
        date(1979, 7, 9),
    ),
    (
        "Should Sukhumi fall, Georgia would lose its last foothold in Abkhazia, diplomats said.",
        date(1993, 9, 20),
    ),
    (
        "Separatist fighters are at the gates of Sukhumi and demand the surrender"
        " of the Georgian garrison.",
        date(1993, 9, 20),
    ),
    (
        "Pathet Lao units have surrounded Vientiane's airport, diplomats said on Sunday.",
        date(1975, 8, 18),
    ),
    (
        "Iranian troops withdrew from Faw on Sunday under heavy Iraqi shelling.",
        date(1988, 4, 18),
    ),
    (
        "In 1986 Iran seized Faw; Iraq took it back in April 1988.",
        date(1990, 8, 6),
    ),
    (
        "Ten years after Estelí fell to the Sandinistas, the town held a festival on Sunday.",
        date(1989, 7, 17),
    ),
    (
        "ALSO READ: Why Torit matters to both sides",
        date(1989, 2, 20),
    ),
    (
        "Opposition fighters say they control most of Dushanbe; government "
        "officials deny it, and the claim could not be verified.",
        date(1992, 9, 7),
    ),
    (
        "Abkhaz forces may have entered Sukhumi overnight, but the reports are unconfirmed.",
        date(1993, 9, 27),
    ),
    (
        "Karen insurgents took over a police station in a district north of Rangoon on Sunday.",
        date(1949, 2, 7),
    ),
    (
        "Rebels captured an army base near Torit on Sunday, the movement said.",
        date(1989, 2, 13),
    ),
    (
        "Government troops have been ordered to retake Jolo at any cost, the "
        "defence minister said.",
        date(1974, 2, 11),
    ),
    (
        "Iranian officials denied on Sunday that Khorramshahr had fallen.",
        date(1980, 10, 27),
    ),
    (
        "Khorramshahr is not in Iraqi hands, Tehran insisted on Monday.",
        date(1980, 10, 20),
    ),
    (
        "The town of Bender was calm on Sunday, a week after the fighting ended.",
        date(1992, 6, 29),
    ),
    (
        "The guerrillas took three hostages in Matagalpa on Sunday.",
        date(1978, 9, 4),
    ),
    (
        "Kazan's football club took the title on Sunday.",
        date(2015, 5, 18),
    ),
    (
        "The army retook the initiative around Torit on Sunday.",
        date(1989, 2, 27),
    ),
    (
        "The SPLA says its fighters have entered Kapoeta. An army spokesman "
        "disputes this, saying the garrison is holding.",
        date(1988, 3, 21),
    ),
    (
        "Abkhaz commanders say Sukhumi is theirs; Georgian officials have not "
        "confirmed the loss and say fighting continues.",
        date(1993, 9, 27),
    ),
    (
        "Sandinista radio says Masaya was taken on Sunday. The National Guard "
        "insists it still controls the town centre.",
        date(1979, 6, 18),
    ),
    (
        "Iraqi radio claims Mehran has fallen. Iran rejects the claim.",
        date(1986, 5, 19),
    ),
    (
        "The guerrillas say they captured Matagalpa on Sunday; the government "
        "calls the report false.",
        date(1978, 9, 4),
    ),
    (
        "Abkhaz fighters reached the edge of Sukhumi on Sunday and demanded the "
        "surrender of the city.",
        date(1993, 9, 20),
    ),
    (
        "The guerrilla leader said he wanted a negotiated handover of Matagalpa "
        "rather than a bloodbath.",
        date(1978, 9, 4),
    ),
    (
        "UNITA is seeking the capture of Kuito before the rains, its radio said.",
        date(1993, 6, 7),
    ),
    (
        "Insurgents captured the provincial capital on Sunday, officials in Rangoon said.",
        date(1949, 2, 7),
    ),
    (
        "Nasir went quiet on Sunday as the rebels pulled back to the river, relief workers said.",
        date(1989, 11, 13),
    ),
    (
        "SAN SALVADOR — Guerrillas seized several northern suburbs of the capital"
        " on Sunday, the army said.",
        date(1989, 11, 13),
    ),
    (
        "MONROVIA, July 2 — Rebels said on Monday they would take the capital within a week.",
        date(1990, 7, 2),
    ),
    (
        "Federal troops were a week into Operation Tail-Wind on Sunday, with "
        "Owerri still in rebel hands.",
        date(1968, 8, 19),
    ),
    (
        "The rebels say Kuito was taken on Sunday; the garrison commander insists"
        " his men are still fighting in the town centre.",
        date(1993, 6, 7),
    ),
    (
        "Cost overrun on the Kuito bridge | Donors ask for an audit",
        date(2005, 3, 7),
    ),
    (
        "The rebels demanded the surrender of Kuito on Sunday and gave the "
        "garrison two days to decide.",
        date(1993, 6, 7),
    ),
    (
        "A Georgian envoy called for the handover of Sukhumi to UN monitors, a "
        "plan the separatists rejected.",
        date(1993, 9, 20),
    ),
]

# passages still read wrong, by their opening words (strict: a fix shows as a pass)
KNOWN_MISSES: dict[str, str] = {
    "American troops captured Grenada's capital": (
        "a name with a possessive ('St George's') is not read as the place"
    ),
    "Gonaïves fell to armed opponents": ("'armed opponents of the government' names no group"),
    "Contra rebels briefly seized": ("the model splits 'Nueva Guinea' and no place is read"),
    "BULLETIN — HUAMBO": ("a headline in capitals without a verb and 'the city' after it"),
    "Q: Who holds Kyrenia": ("a question-and-answer pair with the place in the question"),
    "From our radio monitor": ("'its forces are now inside X' under a radio station's report"),
    "Huambo is now under UNITA control": (
        "an organisation's name the model types as a person in 'under X control'"
    ),
    "Senegalese troops entered Bissau": (
        "entering an ally's capital to shore it up reads as a capture"
    ),
    "Torit has changed hands.": ("'changed hands' with the taker in the next sentence"),
    "Vientiane came under Pathet Lao control": ("the model types the movement as a person"),
    "'We have taken Kazan,'": ("a quoted first-person capture"),
    "KHORRAMSHAHR, Iran, May 24": (
        "a flag raised over a building of the dateline's city ('this ruined port')"
    ),
    "Translated statement of the Pathet Lao command": (
        "'our forces' in a statement speak for its author"
    ),
    "Newsletter, week 34": ("a region after 'garrison in' is read as a place taken"),
    "Kapoeta went on Sunday": ("the model tags the town as a common noun"),
    "On Sunday Masaya passed": ("the model reads the day as part of the town's name"),
    "The garrison abandoned Kapoeta": (
        "a garrison that abandons a town, with the taker in another clause"
    ),
    "SPLA fighters occupied the district commissioner's office": (
        "a district commissioner's office is no seat of power the pack lists"
    ),
    "RADIO SCRIPT: Massawa went": (
        "a label in capitals before the sentence ('RADIO SCRIPT:') and no capture is read"
    ),
    "ASMARA — Eritrean guerrillas": (
        "'marched into the capital' under a dateline: the verb of motion's object"
        " is not read as the dateline's city"
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
def test_a_reported_capture_is_read_with_its_taker_by_the_actor_convention_and_its_day(  # type: ignore[no-untyped-def]
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, published), expected)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(t, p, marks=_miss(t), id=f"negative{i}")
        for i, (t, p) in enumerate(NOT_REPORTED)
    ],
)
def test_a_threat_siege_forecast_denial_correction_recap_or_other_sense_is_no_asserted_capture(  # type: ignore[no-untyped-def]
    read, text: str, published: date
) -> None:
    assert asserted_captures(read(text, published)) == []
