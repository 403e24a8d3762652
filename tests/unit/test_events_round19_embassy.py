"""Embassy events, round 19: our own passages about embassies, consulates and high
commissions in capitals no labelled set names (Bissau, Maseru, Maputo, Libreville, Malabo,
Antananarivo, Vientiane, Ulaanbaatar, Chisinau, Skopje, Podgorica, Tashkent, Ashgabat, Baku,
Port Vila, Suva, Port Louis, Paramaribo, La Paz, Guatemala City, San Salvador, Montevideo,
Port of Spain, Algiers, Rabat, Accra, Abuja, Cotonou, Bogota), in the less tidy voices of the
feeds: SMS and email alerts retold, Q&A and hearing transcripts with speaker labels, podcast
and broadcast transcripts, situation reports, timelines with one day a line, "this day in
history" items, translated notices, newsletters and live-blog stamps; with hard negatives
(plans, "is to", readiness, conditionals, denials, background told in a relative clause or
the pluperfect, related headlines, citizens' charter flights and the UN's own pull-outs).

What the lists exercise, as rules of English news writing and world knowledge taken whole:
a government named by its capital ("Wellington has told New Zealanders", "Berlin's Foreign
Office"); a language ("a statement issued in French") is no sender; the city staff leave
for is no embassy city; "the Union flag came down" over a mission is its closure; a notice
that "reminds" or "recommends" is an alert; "X and Y issued similar warnings" repeats the
event for each; staff working from the airport is an evacuation and no closure (tests/
fixtures/README.md, settled in round 19).
"""

from __future__ import annotations

from functools import partial

import pytest
from event_readings import asserted_embassy_events, known_miss, read_as, readings

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py

# (passage, event type, the embassy's name, the ISO date or None when the passage names
# no day of its own)
ALERT, EVAC, CLOSURE = "embassy_security_alert", "embassy_evacuation", "embassy_closure"

REPORTED: list[tuple[str, str, str, str | None]] = [
    # --- alerts in many voices -------------------------------------------------------------
    (
        "The Portuguese embassy in Bissau on Sunday urged its citizens to stay at home as "
        "gunfire echoed around the presidential palace.",
        ALERT,
        "Portuguese Embassy Bissau",
        "2022-05-15",
    ),
    (
        "Text message sent by the Canadian embassy in Maputo on Saturday night: Canadians "
        "should avoid all protests and remain indoors until further notice.",
        ALERT,
        "Canadian Embassy Maputo",
        "2022-05-14",
    ),
    (
        "In an email to registered Britons on Sunday, the British embassy in Antananarivo "
        "advised them to keep away from the Lake Anosy area.",
        ALERT,
        "UK Embassy Antananarivo",
        "2022-05-15",
    ),
    (
        "Wellington on Sunday told New Zealanders in Vanuatu to stay indoors and to avoid "
        "the waterfront in Port Vila.",
        ALERT,
        "New Zealand Embassy Port Vila",
        "2022-05-15",
    ),
    (
        "Canberra on Saturday told Australians in Fiji to shelter in place as the curfew "
        "took effect.",
        ALERT,
        "Australian Embassy Suva",
        "2022-05-14",
    ),
    (
        "Tokyo urged Japanese nationals in Mongolia on Sunday to avoid Sukhbaatar Square, "
        "where crowds had gathered since dawn.",
        ALERT,
        "Japanese Embassy Ulaanbaatar",
        "2022-05-15",
    ),
    (
        "The Russian embassy in Chisinau reminded Russian citizens on Sunday to avoid the "
        "area around parliament.",
        ALERT,
        "Russian Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "The Turkish embassy in Baku reminds Turkish citizens to carry their passports and "
        "stay clear of demonstrations, a notice posted on Sunday says.",
        ALERT,
        "Turkish Embassy Baku",
        None,
    ),
    (
        "Spain on Sunday told its nationals in Equatorial Guinea to stay indoors, and "
        "Portugal and France issued similar warnings within hours.",
        ALERT,
        "Spanish Embassy Malabo",
        "2022-05-15",
    ),
    (
        "Spain on Sunday told its nationals in Equatorial Guinea to stay indoors, and "
        "Portugal and France issued similar warnings within hours.",
        ALERT,
        "Portuguese Embassy Malabo",
        "2022-05-15",
    ),
    (
        "Spain on Sunday told its nationals in Equatorial Guinea to stay indoors, and "
        "Portugal and France issued similar warnings within hours.",
        ALERT,
        "French Embassy Malabo",
        "2022-05-15",
    ),
    (
        "Sweden told its citizens in Mozambique to leave on Saturday, and Norway followed "
        "suit on Sunday.",
        ALERT,
        "Swedish Embassy Maputo",
        "2022-05-14",
    ),
    (
        "Sweden told its citizens in Mozambique to leave on Saturday, and Norway followed "
        "suit on Sunday.",
        ALERT,
        "Norwegian Embassy Maputo",
        "2022-05-15",
    ),
    (
        "The State Department has issued a travel warning for Madagascar, telling Americans "
        "to defer all non-essential travel because of the unrest in the capital.",
        ALERT,
        "US Embassy Antananarivo",
        None,
    ),
    (
        "The Foreign Office on Sunday advised against all travel to Lesotho after soldiers "
        "surrounded the prime minister's residence in Maseru.",
        ALERT,
        "UK Embassy Maseru",
        "2022-05-15",
    ),
    (
        "Q: What have Italians in Guinea-Bissau been told? A: The Farnesina told them on "
        "Sunday to stay at home and keep their phones charged.",
        ALERT,
        "Italian Embassy Bissau",
        "2022-05-15",
    ),
    (
        "PRESENTER: Has the embassy said anything to Americans in Maputo? CORRESPONDENT: It "
        "has. On Sunday evening the US embassy told them to shelter in place and stay off "
        "the roads.",
        ALERT,
        "US Embassy Maputo",
        "2022-05-15",
    ),
    (
        "Situation report, 15 May: The German embassy in Antananarivo has advised German "
        "nationals to avoid all travel outside the capital. Roads to the north remain "
        "blocked.",
        ALERT,
        "German Embassy Antananarivo",
        None,
    ),
    (
        "Timeline of the unrest:\n13 May - protests spread to the port\n14 May - French "
        "embassy in Libreville tells French nationals to stay indoors\n15 May - a curfew "
        "is imposed",
        ALERT,
        "French Embassy Libreville",
        "2022-05-14",
    ),
    (
        "The embassy's consular section told registered Canadians in Guatemala City on "
        "Sunday to avoid the roads to the airport.",
        ALERT,
        "Canadian Embassy Guatemala City",
        "2022-05-15",
    ),
    (
        "Dutch nationals in Suriname were told by their embassy on Sunday to stock up on "
        "water and stay home.",
        ALERT,
        "Dutch Embassy Paramaribo",
        "2022-05-15",
    ),
    (
        "Translated from Portuguese: The Embassy of Brazil in La Paz recommends that "
        "Brazilian citizens avoid the roads to El Alto, the mission said on Sunday.",
        ALERT,
        "Brazilian Embassy La Paz",
        "2022-05-15",
    ),
    (
        "India's Ministry of External Affairs on Saturday issued an advisory asking Indians "
        "in the Maldives to avoid the main square in Male.",
        ALERT,
        "Indian Embassy Male",
        "2022-05-14",
    ),
    (
        "US embassy warns Americans in Tashkent to shelter | The mission said on Sunday that "
        "gunfire had been heard near the old city.",
        ALERT,
        "US Embassy Tashkent",
        None,
    ),
    (
        "14:05 - The South Korean embassy in Ulaanbaatar has told its citizens to stay away "
        "from the protest in the central square.",
        ALERT,
        "South Korean Embassy Ulaanbaatar",
        None,
    ),
    (
        "Athens told Greek citizens in North Macedonia on Sunday to avoid the centre of Skopje.",
        ALERT,
        "Greek Embassy Skopje",
        "2022-05-15",
    ),
    (
        "The Polish foreign ministry on Sunday told Poles in Moldova to leave while "
        "commercial flights are still running.",
        ALERT,
        "Polish Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "Seoul advised South Koreans in Laos on Sunday to stay indoors during the curfew.",
        ALERT,
        "South Korean Embassy Vientiane",
        "2022-05-15",
    ),
    (
        "In a text message on Sunday, the Swiss embassy in Yaounde told Swiss citizens to "
        "avoid travel to the English-speaking regions.",
        ALERT,
        "Swiss Embassy Yaounde",
        "2022-05-15",
    ),
    (
        "The Chinese embassy in Algiers urged Chinese companies and citizens on Sunday to "
        "heighten their security awareness and avoid crowded places.",
        ALERT,
        "Chinese Embassy Algiers",
        "2022-05-15",
    ),
    (
        "The Spanish embassy in Rabat told Spaniards on Saturday to keep away from the "
        "demonstrations called for the next day.",
        ALERT,
        "Spanish Embassy Rabat",
        "2022-05-14",
    ),
    (
        "The Canadian embassy in Bogota warned Canadians on Sunday to avoid the city centre.",
        ALERT,
        "Canadian Embassy Bogota",
        "2022-05-15",
    ),
    (
        "The Indian high commission in Abuja advised Indian nationals on Sunday to stay indoors.",
        ALERT,
        "Indian Embassy Abuja",
        "2022-05-15",
    ),
    (
        "The Dutch embassy in Accra told Dutch nationals on Sunday to avoid the protest march.",
        ALERT,
        "Dutch Embassy Accra",
        "2022-05-15",
    ),
    (
        "Morning Brief: Belgium told its nationals in Benin on Sunday to avoid the port "
        "district of Cotonou.",
        ALERT,
        "Belgian Embassy Cotonou",
        "2022-05-15",
    ),
    (
        "GUEST: On Saturday the Japanese embassy in San Salvador told its nationals to stay "
        "home, and by Sunday it had shut.",
        ALERT,
        "Japanese Embassy San Salvador",
        "2022-05-14",
    ),
    (
        "12 May: riots begin in the capital.\n14 May: British embassy in Podgorica tells "
        "Britons to avoid the centre.\n15 May: British embassy closes.",
        ALERT,
        "UK Embassy Podgorica",
        "2022-05-14",
    ),
    # --- evacuations ---------------------------------------------------------------------
    (
        "The Swiss ambassador and her remaining staff moved to the airport in Bissau on "
        "Sunday and are working from a hangar there.",
        EVAC,
        "Swiss Embassy Bissau",
        "2022-05-15",
    ),
    (
        "Staff of the Italian embassy in Maputo are now working from the airport, the "
        "Farnesina said on Sunday.",
        EVAC,
        "Italian Embassy Maputo",
        None,
    ),
    (
        "Spain said on Sunday it had moved its embassy staff from Malabo to Libreville.",
        EVAC,
        "Spanish Embassy Malabo",
        None,
    ),
    (
        "The last Polish diplomats left Chisinau by road for Iasi on Sunday.",
        EVAC,
        "Polish Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "Most of the Japanese embassy's staff in Vientiane and their families flew out to "
        "Bangkok on Saturday, leaving the ambassador and two aides behind.",
        EVAC,
        "Japanese Embassy Vientiane",
        "2022-05-14",
    ),
    (
        "The State Department on Sunday ordered non-emergency staff and family members out "
        "of Mozambique.",
        EVAC,
        "US Embassy Maputo",
        "2022-05-15",
    ),
    (
        "Chinook helicopters ferried the last French diplomats from the embassy compound in "
        "Libreville to the airport on Sunday.",
        EVAC,
        "French Embassy Libreville",
        "2022-05-15",
    ),
    (
        "Q: Are there still Canadian diplomats in Bissau? A: No. They left for Dakar on "
        "Saturday and the mission is being run from there.",
        EVAC,
        "Canadian Embassy Bissau",
        "2022-05-14",
    ),
    (
        "ANCHOR: What is happening at the embassy? REPORTER: The Australian embassy in Suva "
        "evacuated its non-essential staff this morning, and the rest are due to follow.",
        EVAC,
        "Australian Embassy Suva",
        "2022-05-16",
    ),
    (
        "An email from the British embassy in Skopje, sent on Sunday, said non-essential "
        "staff and dependants had left the country by road.",
        EVAC,
        "UK Embassy Skopje",
        None,
    ),
    (
        "The Norwegian ambassador to Madagascar and his team were evacuated to Mauritius on "
        "Sunday.",
        EVAC,
        "Norwegian Embassy Antananarivo",
        "2022-05-15",
    ),
    (
        "Situation report, 15 May: Several embassies, including those of Germany and Italy, "
        "have withdrawn non-essential staff from Maputo.",
        EVAC,
        "German Embassy Maputo",
        None,
    ),
    (
        "Situation report, 15 May: Several embassies, including those of Germany and Italy, "
        "have withdrawn non-essential staff from Maputo.",
        EVAC,
        "Italian Embassy Maputo",
        None,
    ),
    (
        "Madrid said on Sunday that its diplomats in Malabo had been flown to the Canary Islands.",
        EVAC,
        "Spanish Embassy Malabo",
        None,
    ),
    (
        "Tokyo has pulled its diplomats out of Ulaanbaatar, the Gaimusho said on Sunday.",
        EVAC,
        "Japanese Embassy Ulaanbaatar",
        None,
    ),
    (
        "The Tricolour was lowered over the French embassy in Libreville on Sunday "
        "afternoon, and the last diplomats drove to the airport.",
        EVAC,
        "French Embassy Libreville",
        "2022-05-15",
    ),
    (
        "Berlin's Foreign Office says the embassy in Maseru has been closed and its staff "
        "have moved to Johannesburg.",
        EVAC,
        "German Embassy Maseru",
        None,
    ),
    (
        "Italy shut its embassy in Antananarivo on Sunday and moved its staff to Reunion.",
        EVAC,
        "Italian Embassy Antananarivo",
        "2022-05-15",
    ),
    (
        "American diplomats left Port of Spain on Sunday on a military flight, the State "
        "Department said.",
        EVAC,
        "US Embassy Port of Spain",
        "2022-05-15",
    ),
    (
        "Britain withdrew its high commission staff from Port Louis on Sunday.",
        EVAC,
        "UK Embassy Port Louis",
        "2022-05-15",
    ),
    (
        "Staff at the Greek embassy in Skopje burned documents and left for Thessaloniki on "
        "Sunday.",
        EVAC,
        "Greek Embassy Skopje",
        "2022-05-15",
    ),
    (
        "Ankara ordered the families of its diplomats out of Turkmenistan on Saturday.",
        EVAC,
        "Turkish Embassy Ashgabat",
        "2022-05-14",
    ),
    # --- closures ------------------------------------------------------------------------
    (
        "The Dutch embassy in Paramaribo closed its doors on Sunday.",
        CLOSURE,
        "Dutch Embassy Paramaribo",
        "2022-05-15",
    ),
    (
        "The Tricolour was lowered over the French embassy in Libreville on Sunday "
        "afternoon, and the last diplomats drove to the airport.",
        CLOSURE,
        "French Embassy Libreville",
        "2022-05-15",
    ),
    (
        "The Union flag came down over the British embassy compound in Bissau on Saturday.",
        CLOSURE,
        "UK Embassy Bissau",
        "2022-05-14",
    ),
    (
        "Operations at the Swedish embassy in Maputo have been suspended until further "
        "notice, Stockholm said on Sunday.",
        CLOSURE,
        "Swedish Embassy Maputo",
        None,
    ),
    (
        "SENATOR: When did the mission shut? OFFICIAL: The Canadian embassy in Antananarivo "
        "shut on Friday the 13th of May, Senator.",
        CLOSURE,
        "Canadian Embassy Antananarivo",
        "2022-05-13",
    ),
    (
        "The Russian embassy in Skopje will remain closed on Monday, the mission said.",
        CLOSURE,
        "Russian Embassy Skopje",
        None,
    ),
    (
        "Translated from Japanese: The Embassy of Japan in Vientiane has suspended its "
        "consular services and closed to visitors from today.",
        CLOSURE,
        "Japanese Embassy Vientiane",
        None,
    ),
    (
        "The Indian high commission in Port Louis was shut on Sunday as crowds gathered outside.",
        CLOSURE,
        "Indian Embassy Port Louis",
        "2022-05-15",
    ),
    (
        "Berlin's Foreign Office says the embassy in Maseru has been closed and its staff "
        "have moved to Johannesburg.",
        CLOSURE,
        "German Embassy Maseru",
        None,
    ),
    (
        "Sunday, 15 May: Swiss embassy in Bissau closes; staff drive to Ziguinchor.",
        CLOSURE,
        "Swiss Embassy Bissau",
        "2022-05-15",
    ),
    (
        "Italy shut its embassy in Antananarivo on Sunday and moved its staff to Reunion.",
        CLOSURE,
        "Italian Embassy Antananarivo",
        "2022-05-15",
    ),
    (
        "Russia closed its embassy in Podgorica on Sunday.",
        CLOSURE,
        "Russian Embassy Podgorica",
        "2022-05-15",
    ),
    (
        "The Swedish embassy in Ashgabat suspended operations on Saturday.",
        CLOSURE,
        "Swedish Embassy Ashgabat",
        "2022-05-14",
    ),
    (
        "Canada's embassy in Montevideo was closed to the public on Sunday after a bomb threat.",
        CLOSURE,
        "Canadian Embassy Montevideo",
        "2022-05-15",
    ),
    (
        "GUEST: On Saturday the Japanese embassy in San Salvador told its nationals to stay "
        "home, and by Sunday it had shut.",
        CLOSURE,
        "Japanese Embassy San Salvador",
        "2022-05-15",
    ),
    (
        "12 May: riots begin in the capital.\n14 May: British embassy in Podgorica tells "
        "Britons to avoid the centre.\n15 May: British embassy closes.",
        CLOSURE,
        "UK Embassy Podgorica",
        "2022-05-15",
    ),
    (
        "Q: Has Turkey closed its embassy in Ashgabat? A: Yes. It closed on Saturday and the "
        "staff are working from Istanbul.",
        CLOSURE,
        "Turkish Embassy Ashgabat",
        "2022-05-14",
    ),
    (
        "Global Affairs Canada said on Sunday, in a statement issued first in French, that "
        "the embassy in Montevideo had suspended its operations.",
        CLOSURE,
        "Canadian Embassy Montevideo",
        "2022-05-15",
    ),
    (
        "This day in history, 15 May 1998: the Portuguese embassy in Bissau closes as "
        "fighting reaches the city centre.",
        CLOSURE,
        "Portuguese Embassy Bissau",
        "1998-05-15",
    ),
]

# A second batch, written after the first batch's rules, in other wordings and places
REPORTED += [
    (
        "Pretoria on Sunday told South Africans in Eswatini to stay off the roads around "
        "Mbabane until the unrest subsides.",
        ALERT,
        "South African Embassy Mbabane",
        "2022-05-15",
    ),
    (
        "Nairobi advised Kenyans in Botswana on Saturday to keep a low profile.",
        ALERT,
        "Kenyan Embassy Gaborone",
        "2022-05-14",
    ),
    (
        "Rome told Italians in Namibia on Sunday to avoid the centre of Windhoek, and Madrid "
        "and Lisbon did the same hours later.",
        ALERT,
        "Portuguese Embassy Windhoek",
        "2022-05-15",
    ),
    (
        "Rome told Italians in Namibia on Sunday to avoid the centre of Windhoek, and Madrid "
        "and Lisbon did the same hours later.",
        ALERT,
        "Spanish Embassy Windhoek",
        "2022-05-15",
    ),
    (
        "France urged its citizens in Mauritania on Saturday to leave, and Spain followed "
        "suit the next day.",
        ALERT,
        "Spanish Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "Paris told French nationals in Rosso on Sunday to leave the town at once.",
        ALERT,
        "French Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "The Dutch foreign ministry told Dutch citizens in Arusha on Saturday to stay in "
        "their hotels.",
        ALERT,
        "Dutch Embassy Dar es Salaam",
        "2022-05-14",
    ),
    (
        "The Indian high commission in Banjul reminds Indian nationals to stay indoors after "
        "dark, a notice posted on Sunday says.",
        ALERT,
        "Indian Embassy Banjul",
        None,
    ),
    (
        "The Canadian government on Sunday advised against all non-essential travel to Kazakhstan.",
        ALERT,
        "Canadian Embassy Astana",
        "2022-05-15",
    ),
    (
        "In a statement released in Portuguese and English, Brazil said on Sunday that its "
        "embassy in Gaborone had suspended its operations.",
        CLOSURE,
        "Brazilian Embassy Gaborone",
        "2022-05-15",
    ),
    (
        "The Maple Leaf came down over the Canadian embassy in Windhoek on Saturday evening.",
        CLOSURE,
        "Canadian Embassy Windhoek",
        "2022-05-14",
    ),
    (
        "Stockholm's foreign ministry says the embassy in Banjul has been shut until further "
        "notice.",
        CLOSURE,
        "Swedish Embassy Banjul",
        None,
    ),
    (
        "Most of the German embassy's staff in Nouakchott left by road for Dakar on Sunday.",
        EVAC,
        "German Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "The Swiss ambassador to Bhutan and two aides were flown out to Kathmandu on Sunday.",
        EVAC,
        "Swiss Embassy Thimphu",
        "2022-05-15",
    ),
    (
        "A small team from the Australian high commission in Tarawa is working from the "
        "airport, Canberra said on Sunday.",
        EVAC,
        "Australian Embassy Tarawa",
        None,
    ),
    (
        "Diplomats at the Japanese embassy in Gaborone shredded files and left for "
        "Johannesburg on Sunday.",
        EVAC,
        "Japanese Embassy Gaborone",
        "2022-05-15",
    ),
    (
        "14 May: the Norwegian embassy in Mbabane tells Norwegians to stay indoors.\n15 May: "
        "the Norwegian embassy closes its doors.",
        CLOSURE,
        "Norwegian Embassy Mbabane",
        "2022-05-15",
    ),
    (
        "Danish diplomats left Banjul on Sunday, two days after the embassy told Danes to leave.",
        ALERT,
        "Danish Embassy Banjul",
        "2022-05-13",
    ),
]

# A third batch: the day before, a consulate's town, a people sent home by the hundred
REPORTED += [
    (
        "Portugal's ambassador wrote on Monday that the embassy team in Maputo had moved to "
        "the airport the previous day.",
        EVAC,
        "Portuguese Embassy Maputo",
        "2022-05-15",
    ),
    (
        "The remaining Indian staff in Francistown were driven to Gaborone on Sunday, New "
        "Delhi said. The consulate had been stoned the night before.",
        EVAC,
        "Indian Consulate Francistown",
        "2022-05-15",
    ),
    (
        "The Egyptian embassy in Windhoek, which told Egyptians to stay home during last "
        "month's strike, urged them on Sunday to leave the country.",
        ALERT,
        "Egyptian Embassy Windhoek",
        "2022-05-15",
    ),
    (
        "Ghana on Sunday told Ghanaians in the Gambia to stay indoors, and Nigeria and "
        "Senegal issued similar advice.",
        ALERT,
        "Nigerian Embassy Banjul",
        "2022-05-15",
    ),
    (
        "The Irish Department of Foreign Affairs on Sunday advised against all travel to Botswana.",
        ALERT,
        "Irish Embassy Gaborone",
        "2022-05-15",
    ),
    (
        "Written in Japanese and English, the notice said the embassy in Mbabane had closed "
        "on Sunday, the Japanese foreign ministry said.",
        CLOSURE,
        "Japanese Embassy Mbabane",
        "2022-05-15",
    ),
    (
        "The last Indian diplomats in Francistown were driven to Gaborone on Sunday. The "
        "consulate had been stoned the night before.",
        EVAC,
        "Indian Consulate Francistown",
        "2022-05-15",
    ),
    (
        # (no echo for a party that is no country)
        "Sweden told its citizens in Mozambique to leave on Saturday, and the opposition "
        "issued similar calls to its supporters.",
        ALERT,
        "Swedish Embassy Maputo",
        "2022-05-14",
    ),
]

# Readings that must NOT come out asserted: (passage, event type, the embassy's name)
NOT_THIS: list[tuple[str, str, str]] = [
    (
        "The Swiss ambassador and her remaining staff moved to the airport in Bissau on "
        "Sunday and are working from a hangar there.",
        CLOSURE,
        "Swiss Embassy Bissau",
    ),
    (
        "Most of the Japanese embassy's staff in Vientiane and their families flew out to "
        "Bangkok on Saturday, leaving the ambassador and two aides behind.",
        EVAC,
        "Japanese Embassy Bangkok",
    ),
    (
        "The last Polish diplomats left Chisinau by road for Iasi on Sunday.",
        EVAC,
        "Polish Embassy Iasi",
    ),
    (
        "Global Affairs Canada said on Sunday, in a statement issued first in French, that "
        "the embassy in Montevideo had suspended its operations.",
        CLOSURE,
        "French Embassy Montevideo",
    ),
    (
        "Berlin's Foreign Office says the embassy in Maseru has been closed and its staff "
        "have moved to Johannesburg.",
        CLOSURE,
        "UK Embassy Maseru",
    ),
    (
        "Staff of the Italian embassy in Maputo are now working from the airport, the "
        "Farnesina said on Sunday.",
        CLOSURE,
        "Italian Embassy Maputo",
    ),
]

NOT_REPORTED = [
    "Australia is to shut its embassy in Suva by the end of the month, the foreign minister "
    "announced on Sunday.",
    "The Canadian embassy in Maputo, which told Canadians to stay home during the riots last "
    "week, said on Sunday that it was open as usual.",
    "Asked when Britons were first told to leave, the minister said Foreign Office advice "
    "against all travel to Lesotho had been in force since 2 May.",
    "The Chinese government chartered two aircraft on Sunday to fly Chinese citizens out of "
    "Vanuatu.",
    "Portugal said it would close its embassy in Bissau if fighting reached the capital.",
    "The Dutch embassy in Paramaribo denied on Sunday that it had closed.",
    "Japan has no plans to withdraw its diplomats from Vientiane, a spokesman said on Sunday.",
    "The Spanish embassy in Malabo remains open, the ministry said on Sunday.",
    "Related: How the French embassy in Libreville was evacuated in 2009",
    "Protesters gathered outside the Turkish embassy in Baku on Sunday.",
    "The UN on Sunday withdrew its non-essential staff from Bissau.",
    "Germany may evacuate its embassy in Maseru, officials said on Sunday.",
    "Troops were sent to Maputo on Sunday to fly the British embassy staff out later this week.",
    "The Swiss embassy in Antananarivo threatened on Sunday to close if its security was "
    "not guaranteed.",
    "The Norwegian embassy in Maputo reopened on Sunday after a week behind locked doors.",
    "Brazil urged Bolivia on Sunday to guarantee the safety of its embassy in La Paz.",
    "Will the Polish embassy in Chisinau close? The ministry would not say on Sunday.",
    "Sweden has been urging its citizens in Mozambique to leave for months.",
    "The Norwegian ambassador in Maputo said on Sunday that staff would stay as long as the "
    "airport is open.",
    "A French charter flight carried 180 French nationals out of Libreville on Sunday.",
    "The Italian embassy in Maputo had already sent its families home in March, before the "
    "violence.",
    "If the airport closes, the Canadian embassy in Guatemala City will move its staff to Mexico.",
    "Opinion: Closing the embassy in Vientiane would be a mistake, whatever the risks.",
    "The US embassy in Tashkent was not evacuated, despite reports on social media, the "
    "State Department said on Sunday.",
    "The Japanese embassy in San Salvador said on Sunday it had no reason to close.",
    "Dozens of Brazilians were flown home from La Paz on Sunday on a government charter flight.",
    "The French embassy in Libreville, which shut during the riots of 2016, reopened on Sunday.",
    "Diplomats from Canada could leave Guatemala City as early as next week.",
    "The Uruguayan ambassador was summoned to the foreign ministry in Baku on Sunday.",
    "Britain is considering whether to withdraw its staff from Podgorica.",
    "An ultimatum from the junta gave the French embassy in Libreville 72 hours to close.",
    "Read more: Spanish embassy in Malabo shuts its doors",
    "The US has not ordered the departure of any staff from Tashkent, the State Department "
    "said on Sunday.",
    "The Indian high commission in Port Louis issued no new advice on Sunday.",
    "Mozambicans living in Portugal were urged by their consulate in Lisbon on Sunday to "
    "register to vote.",
    "Beijing, which has no embassy in Tuvalu, chartered a ship on Sunday to carry ethnic "
    "Chinese traders out of Funafuti.",
    "The German embassy in Accra plans to move its staff to Lome next month.",
    "Should the protests spread, the Dutch embassy in Accra will close, its spokeswoman "
    "said on Sunday.",
]

# the second batch's negatives
NOT_REPORTED += [
    "Namibia is to close its embassy in Gaborone at the end of the year, its foreign "
    "minister said on Sunday.",
    "The Dutch government continues to advise against travel to the north of Mauritania.",
    "Asked whether Kenyans had been told to leave Eswatini, the minister said on Sunday that "
    "no such advice had been given.",
    "Pretoria said on Sunday it saw no reason to withdraw its diplomats from Mbabane.",
    "The Indian high commission in Banjul, which told Indians to stay home during last "
    "month's riots, reopened its visa section on Sunday.",
    "Advice against all travel to Bhutan's southern districts has been in force since March, "
    "the Foreign Office said on Sunday.",
    "Rebels gave the Canadian embassy in Windhoek 48 hours to close.",
    "Japanese nationals were flown out of Gaborone on Sunday on a chartered airliner.",
    "The Swedish embassy in Banjul was not closed on Sunday, contrary to reports.",
    "The flag at the Brazilian embassy in Gaborone came down to half-mast on Sunday for the "
    "victims of the fire.",
    "Canadian diplomats in Windhoek stayed at their posts on Sunday.",
    "Oil prices came down on Sunday, the US embassy in Astana said in its weekly bulletin.",
]

# the third batch's negatives
NOT_REPORTED += [
    "When did the Swiss embassy in Gaborone last close its doors?",
    "Namibia has no intention of closing its embassy in Mbabane, its minister said on Sunday.",
    "Botswana continues to urge its citizens in Eswatini to avoid the border posts.",
    "The junta gave Swiss diplomats in Nouakchott a week to leave the country.",
    "Hundreds of Nigerians were flown out of Banjul on Sunday on chartered jets.",
    "Stockholm has no plans to withdraw its diplomats from Maputo, a spokesman said on Sunday.",
]

# Wrong readings left for later: each a strict xfail, with what the extractor does
KNOWN_MISSES: dict[str, str] = {
    "Q: What have Italians in Guinea-Bissau been told?": (
        "'them' in the answer points back to the people the question names; the answer "
        "names no people of its own"
    ),
    "The remaining Indian staff in Francistown": (
        "'staff' alone is no mission word: the sentence names no embassy, diplomats or "
        "personnel, so no actor is found"
    ),
    "Q: Are there still Canadian diplomats in Bissau?": (
        "'They' in the answer points back to the diplomats of the question; no mission "
        "word in the answer"
    ),
    "Situation report, 15 May: Several embassies, including those of Germany": (
        "'those of Germany and Italy' names the missions only through the pronoun 'those'; "
        "the listed missions are read from adjectives or possessors"
    ),
    "Q: Has Turkey closed its embassy in Ashgabat?": (
        "'It closed on Saturday' follows 'Yes.', so the sentence before 'It' is no "
        "mission's and the answer is not tied to the question's embassy"
    ),
    "This day in history, 15 May 1998:": (
        "the parser reads 'closes' as the object of a preposition after the colon, so the "
        "verb has no subject and the item is not told as news"
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
def test_an_embassy_event_in_an_untidy_voice_is_read_with_its_sender_city_and_day(  # type: ignore[no-untyped-def]
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
def test_a_language_a_destination_or_the_airport_gives_no_wrong_embassy_event(  # type: ignore[no-untyped-def]
    read, text: str, kind: str, what: str
) -> None:
    events = read(text)
    assert not read_as(events, kind, what, None), readings(events)


@pytest.mark.parametrize(
    "text", [pytest.param(t, marks=_mark(t), id=f"neg{i}") for i, t in enumerate(NOT_REPORTED)]
)
def test_a_plan_condition_denial_background_or_citizens_flight_is_no_embassy_event(  # type: ignore[no-untyped-def]
    read, text: str
) -> None:
    assert asserted_embassy_events(read(text)) == []
