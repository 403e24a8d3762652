"""Embassy events, round 18: our own passages about embassies, consulates and high
commissions in capitals and cities no labelled set names, in the voices an ops team reads
(embassy SMS and email alerts retold, State Department and foreign-ministry statements,
translated communiqués, wire leads with datelines, live-blog stamps, broadcast transcripts,
Q&A explainers, timelines, newsletters, captions, headline | standfirst pairs), with hard
negatives (plans, "ready to", conditionals, denials, recaps framed as background, related
headlines, citizens' charter flights that are no staff evacuation, rights statements, "has
already repeatedly urged"). Each reading is checked with its embassy (sender and city) and,
where the passage names a day, its date.

What the lists exercise, as rules of English news writing and world knowledge taken whole:
a government known by its ministry's nickname (the Quai d'Orsay, the Farnesina, Foggy
Bottom, Whitehall, the Kremlin); every state's other adjectives and names ("Philippine",
"Burma", "Lao"); a city by an older name it still goes by ("Peking", "Dacca", "Tananarive":
the label takes today's name); the pack's senders' capitals as hosts ("left Seoul"); staff
now working from the airport or from abroad; operations suspended in the passive and work
moved elsewhere; doors locked or a building boarded up; "the last members of the staff";
readiness ("ready to fly out its staff") as a forecast.
"""

from __future__ import annotations

from functools import partial

import pytest
from event_readings import asserted_embassy_events, known_miss, read_as

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py

# (passage, event type, the embassy's name, the ISO date or None when the passage names
# no day of its own)
REPORTED: list[tuple[str, str, str, str | None]] = [
    # --- ministries by their nicknames -------------------------------------------------
    (
        "The Quai d'Orsay on Sunday told French nationals in Comoros to leave the islands on "
        "the first available flight.",
        "embassy_security_alert",
        "French Embassy Moroni",
        "2022-05-15",
    ),
    (
        "The Farnesina said on Sunday that the ambassador and the last embassy staff in "
        "Yaoundé had been moved to the airport.",
        "embassy_evacuation",
        "Italian Embassy Yaounde",
        "2022-05-15",
    ),
    (
        "Foggy Bottom ordered non-emergency staff to leave the embassy in Asunción on Sunday.",
        "embassy_evacuation",
        "US Embassy Asuncion",
        "2022-05-15",
    ),
    (
        "Whitehall on Saturday advised British nationals in Suva to stay indoors until the "
        "curfew is lifted.",
        "embassy_security_alert",
        "UK Embassy Suva",
        "2022-05-14",
    ),
    (
        "The Kremlin told Russian citizens in Sofia on Sunday to avoid the city centre.",
        "embassy_security_alert",
        "Russian Embassy Sofia",
        "2022-05-15",
    ),
    (
        "The Farnesina closed the Italian embassy in Lomé on Sunday after the compound was "
        "hit by stones.",
        "embassy_closure",
        "Italian Embassy Lome",
        "2022-05-15",
    ),
    (
        "A spokesman for the Quai d'Orsay said the embassy in Moroni had been shut on Sunday.",
        "embassy_closure",
        "French Embassy Moroni",
        "2022-05-15",
    ),
    (
        "ROME, May 15 - The Farnesina said its embassy in Algiers would remain closed to the "
        "public after it suspended all consular services on Sunday.",
        "embassy_closure",
        "Italian Embassy Algiers",
        "2022-05-15",
    ),
    # --- every state's adjectives and other names ---------------------------------------
    (
        "The Philippine embassy in Kuala Lumpur told Filipinos on Sunday to stay at home.",
        "embassy_security_alert",
        "Filipino Embassy Kuala Lumpur",
        "2022-05-15",
    ),
    (
        "Philippine diplomats left Nouakchott on Sunday aboard a chartered jet.",
        "embassy_evacuation",
        "Filipino Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "The Lao embassy in Bangkok was closed on Sunday, a spokesman said.",
        "embassy_closure",
        "Laotian Embassy Bangkok",
        "2022-05-15",
    ),
    (
        "The Kazakh embassy in Tashkent suspended consular services on Sunday.",
        "embassy_closure",
        "Kazakhstani Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "Uzbek diplomats were flown out of Astana on Sunday.",
        "embassy_evacuation",
        "Uzbekistani Embassy Astana",
        "2022-05-15",
    ),
    (
        "The Burmese embassy in Dhaka closed on Sunday after protesters gathered at its gates.",
        "embassy_closure",
        "Burmese Embassy Dhaka",
        "2022-05-15",
    ),
    (
        "The Slovenian embassy in Sofia told Slovenians on Saturday to avoid the protests.",
        "embassy_security_alert",
        "Slovene Embassy Sofia",
        "2022-05-14",
    ),
    (
        "The Nepali embassy in Malé evacuated its staff on Sunday.",
        "embassy_evacuation",
        "Nepalese Embassy Male",
        "2022-05-15",
    ),
    (
        "The Ecuadorian embassy in Asunción shut its doors on Sunday.",
        "embassy_closure",
        "Ecuadorean Embassy Asuncion",
        "2022-05-15",
    ),
    # --- a city by an older name: the label takes today's ------------------------------
    (
        "The US Embassy in Peking told Americans on Sunday to stay off the streets.",
        "embassy_security_alert",
        "US Embassy Beijing",
        "2022-05-15",
    ),
    (
        "The Japanese embassy in Dacca was closed on Sunday as the curfew began.",
        "embassy_closure",
        "Japanese Embassy Dhaka",
        "2022-05-15",
    ),
    (
        "The French embassy in Tananarive told French nationals on Sunday to stay indoors.",
        "embassy_security_alert",
        "French Embassy Antananarivo",
        "2022-05-15",
    ),
    (
        "The British embassy in Fort-Lamy evacuated its staff on Sunday.",
        "embassy_evacuation",
        "UK Embassy N'Djamena",
        "2022-05-15",
    ),
    (
        "The German embassy in Nur-Sultan told Germans on Sunday to stay at home.",
        "embassy_security_alert",
        "German Embassy Astana",
        "2022-05-15",
    ),
    (
        "The Polish embassy in Kishinev suspended its operations on Sunday.",
        "embassy_closure",
        "Polish Embassy Chisinau",
        "2022-05-15",
    ),
    # --- the pack's senders' capitals host embassies too ----------------------------------
    (
        "The last members of the Mexican embassy staff left Seoul on Sunday.",
        "embassy_evacuation",
        "Mexican Embassy Seoul",
        "2022-05-15",
    ),
    (
        "Danish diplomats left Ankara on Sunday as the protests spread.",
        "embassy_evacuation",
        "Danish Embassy Ankara",
        "2022-05-15",
    ),
    (
        "The Egyptian embassy in Athens closed on Sunday after a fire in the building.",
        "embassy_closure",
        "Egyptian Embassy Athens",
        "2022-05-15",
    ),
    (
        "The Chilean embassy in Madrid told Chileans on Sunday to avoid the march.",
        "embassy_security_alert",
        "Chilean Embassy Madrid",
        "2022-05-15",
    ),
    # --- staff working from the airport or from abroad ---------------------------------
    (
        "The Austrian ambassador and a small team have been working from Dakar airport since "
        "Sunday, the ministry said.",
        "embassy_evacuation",
        "Austrian Embassy Dakar",
        None,
    ),
    (
        "Its last diplomats in Moroni were working from the military side of the airport on "
        "Sunday, the Norwegian ministry said.",
        "embassy_evacuation",
        "Norwegian Embassy Moroni",
        "2022-05-15",
    ),
    (
        "Belgian diplomats in Lomé are now operating from the airport, Brussels said on Sunday.",
        "embassy_evacuation",
        "Belgian Embassy Lome",
        "2022-05-15",
    ),
    # --- operations suspended, work moved ------------------------------------------------
    (
        "Swedish diplomatic operations in Paramaribo were suspended on Sunday.",
        "embassy_closure",
        "Swedish Embassy Paramaribo",
        "2022-05-15",
    ),
    (
        "Embassy operations in Port of Spain have been suspended, the Canadian government "
        "said on Sunday.",
        "embassy_closure",
        "Canadian Embassy Port Of Spain",
        "2022-05-15",
    ),
    (
        "Dutch diplomatic operations in Algiers were suspended on Sunday and moved to Tunis.",
        "embassy_evacuation",
        "Dutch Embassy Algiers",
        "2022-05-15",
    ),
    (
        "Brazil suspended its diplomatic presence in Paramaribo on Sunday and moved the work "
        "to Georgetown.",
        "embassy_evacuation",
        "Brazilian Embassy Paramaribo",
        "2022-05-15",
    ),
    # --- doors locked, a building boarded up ----------------------------------------------
    (
        "The Finnish mission in Dakar locked its doors on Sunday.",
        "embassy_closure",
        "Finnish Embassy Dakar",
        "2022-05-15",
    ),
    (
        "The Irish embassy in Lomé was boarded up on Sunday.",
        "embassy_closure",
        "Irish Embassy Lome",
        "2022-05-15",
    ),
    (
        "Staff sealed the gates of the Portuguese embassy in Cotonou on Sunday and left.",
        "embassy_closure",
        "Portuguese Embassy Cotonou",
        "2022-05-15",
    ),
    # --- wire leads -----------------------------------------------------------------------
    (
        "ALGIERS, May 15 (Reuters) - Spain closed its embassy in Algiers on Sunday after "
        "gunmen attacked a checkpoint nearby, the foreign ministry in Madrid said.",
        "embassy_closure",
        "Spanish Embassy Algiers",
        "2022-05-15",
    ),
    (
        "DAKAR, May 15 (AFP) - The United States on Sunday ordered family members of embassy "
        "staff to leave Senegal as clashes spread to the capital.",
        "embassy_evacuation",
        "US Embassy Dakar",
        "2022-05-15",
    ),
    (
        "LOME, May 14 - Germany evacuated its embassy in Togo on Saturday after its cultural "
        "centre was set on fire.",
        "embassy_evacuation",
        "German Embassy Lome",
        "2022-05-14",
    ),
    (
        "PORT OF SPAIN, May 15 - The US embassy told Americans on Sunday to remain indoors as "
        "gunmen held the parliament building.",
        "embassy_security_alert",
        "US Embassy Port Of Spain",
        "2022-05-15",
    ),
    (
        "SUVA, Fiji, May 15 - Australia's high commission in Suva told Australians on Sunday "
        "to stay away from the city centre.",
        "embassy_security_alert",
        "Australian Embassy Suva",
        "2022-05-15",
    ),
    (
        "COTONOU, May 15 - Nigeria withdrew its diplomats from Benin on Sunday.",
        "embassy_evacuation",
        "Nigerian Embassy Cotonou",
        "2022-05-15",
    ),
    (
        "ASUNCION, May 14 (AP) - The Argentine embassy closed on Saturday as tanks moved "
        "through the centre of the Paraguayan capital.",
        "embassy_closure",
        "Argentine Embassy Asuncion",
        "2022-05-14",
    ),
    (
        "Guatemala City - Spain on Sunday withdrew its diplomats from Guatemala and closed its "
        "embassy.",
        "embassy_closure",
        "Spanish Embassy Guatemala City",
        "2022-05-15",
    ),
    # --- ministry and State Department statements, retold and translated -----------------
    (
        "In a statement on Sunday, the State Department said it had ordered the departure of "
        "non-emergency personnel from the US Embassy in Yaoundé.",
        "embassy_evacuation",
        "US Embassy Yaounde",
        "2022-05-15",
    ),
    (
        "The foreign ministry in Lisbon said on Sunday that it had temporarily closed the "
        "Portuguese embassy in Malé.",
        "embassy_closure",
        "Portuguese Embassy Male",
        "2022-05-15",
    ),
    (
        "Translated from the Turkish: The ministry announces that our embassy in Tashkent has "
        "suspended its activities as of Sunday.",
        "embassy_closure",
        "Turkish Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "South Korea's foreign ministry said on Sunday it had pulled its diplomats out of "
        "Sri Lanka.",
        "embassy_evacuation",
        "South Korean Embassy Colombo",
        "2022-05-15",
    ),
    (
        "Israel's foreign ministry said on Sunday it was pulling its diplomats out of Turkey "
        "for security reasons.",
        "embassy_evacuation",
        "Israeli Embassy Ankara",
        "2022-05-15",
    ),
    (
        "India's external affairs ministry said on Sunday that all Indian diplomats had left Malé.",
        "embassy_evacuation",
        "Indian Embassy Male",
        "2022-05-15",
    ),
    (
        "The Swiss foreign ministry told Swiss citizens in Cameroon on Sunday to leave the "
        "country.",
        "embassy_security_alert",
        "Swiss Embassy Yaounde",
        "2022-05-15",
    ),
    (
        "Canberra on Sunday told Australians in Vanuatu to shelter in place.",
        "embassy_security_alert",
        "Australian Embassy Port Vila",
        "2022-05-15",
    ),
    (
        "Ottawa told Canadians in Togo on Sunday to leave while commercial flights are still "
        "running.",
        "embassy_security_alert",
        "Canadian Embassy Lome",
        "2022-05-15",
    ),
    # --- embassy alerts retold ---------------------------------------------------------
    (
        "In a text message sent to registered citizens on Sunday, the US embassy in Sofia "
        "urged Americans to avoid the parliament square.",
        "embassy_security_alert",
        "US Embassy Sofia",
        "2022-05-15",
    ),
    (
        "The Dutch embassy in Paramaribo emailed Dutch nationals on Sunday advising them to "
        "stay indoors.",
        "embassy_security_alert",
        "Dutch Embassy Paramaribo",
        "2022-05-15",
    ),
    (
        "Security alert - US Embassy Dakar (May 15): demonstrations are expected downtown; "
        "avoid the area.",
        "embassy_security_alert",
        "US Embassy Dakar",
        "2022-05-15",
    ),
    (
        "US Embassy in Nassau to Americans: shelter in place until the storm passes.",
        "embassy_security_alert",
        "US Embassy Nassau",
        None,
    ),
    (
        '"Stay at home and avoid all gatherings," the German embassy in Moroni wrote on Sunday.',
        "embassy_security_alert",
        "German Embassy Moroni",
        "2022-05-15",
    ),
    (
        "The French embassy in Dakar issued a security alert on Sunday urging French "
        "nationals to avoid the university district.",
        "embassy_security_alert",
        "French Embassy Dakar",
        "2022-05-15",
    ),
    (
        "The Canadian embassy in Bogotá warned Canadians on Sunday to stay away from the "
        "protests in the city centre.",
        "embassy_security_alert",
        "Canadian Embassy Bogota",
        "2022-05-15",
    ),
    (
        "The British High Commission in Kuala Lumpur advised Britons on Sunday to avoid the "
        "area around the mosque.",
        "embassy_security_alert",
        "UK Embassy Kuala Lumpur",
        "2022-05-15",
    ),
    (
        "The Indian High Commission in Colombo told Indians on Sunday to stay at home during "
        "the curfew.",
        "embassy_security_alert",
        "Indian Embassy Colombo",
        "2022-05-15",
    ),
    # --- evacuations in many wordings --------------------------------------------------------
    (
        "A Turkish military plane carrying the ambassador and embassy staff left Malé on Sunday.",
        "embassy_evacuation",
        "Turkish Embassy Male",
        "2022-05-15",
    ),
    (
        "The Greek embassy in Algiers flew its remaining staff to Athens on Sunday.",
        "embassy_evacuation",
        "Greek Embassy Algiers",
        "2022-05-15",
    ),
    (
        "Hungary evacuated its embassy in Yaoundé on Sunday.",
        "embassy_evacuation",
        "Hungarian Embassy Yaounde",
        "2022-05-15",
    ),
    (
        "Romanian diplomats were driven overland from Lomé to Accra on Sunday.",
        "embassy_evacuation",
        "Romanian Embassy Lome",
        "2022-05-15",
    ),
    (
        "The Czech embassy in Tashkent reduced its staff to a skeleton crew on Sunday.",
        "embassy_evacuation",
        "Czech Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "Mexico pulled its diplomats out of Guatemala City on Saturday.",
        "embassy_evacuation",
        "Mexican Embassy Guatemala City",
        "2022-05-14",
    ),
    (
        "The Thai embassy in Kuala Lumpur sent its diplomats home on Sunday.",
        "embassy_evacuation",
        "Thai Embassy Kuala Lumpur",
        "2022-05-15",
    ),
    (
        "Indonesian embassy staff boarded a military flight out of Nouakchott on Sunday.",
        "embassy_evacuation",
        "Indonesian Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "A convoy took the staff of the Swiss embassy in Dakar across the border into Gambia "
        "on Sunday.",
        "embassy_evacuation",
        "Swiss Embassy Dakar",
        "2022-05-15",
    ),
    (
        "The Norwegian embassy in Colombo began an authorised departure of family members on "
        "Sunday.",
        "embassy_evacuation",
        "Norwegian Embassy Colombo",
        "2022-05-15",
    ),
    (
        "Ireland recalled all its staff from the embassy in Algiers on Sunday.",
        "embassy_evacuation",
        "Irish Embassy Algiers",
        "2022-05-15",
    ),
    (
        "A helicopter lifted off the roof of the Belgian embassy in Port Vila on Sunday with "
        "the last diplomats aboard.",
        "embassy_evacuation",
        "Belgian Embassy Port Vila",
        "2022-05-15",
    ),
    # --- closures in many wordings -------------------------------------------------------
    (
        "The New Zealand High Commission in Suva shut on Sunday.",
        "embassy_closure",
        "New Zealand Embassy Suva",
        "2022-05-15",
    ),
    (
        "Sweden shuttered its embassy in Malé on Sunday.",
        "embassy_closure",
        "Swedish Embassy Male",
        "2022-05-15",
    ),
    (
        "The flag was lowered over the Austrian embassy in Tashkent on Sunday.",
        "embassy_closure",
        "Austrian Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "The Danish consulate in Jeddah halted all consular services on Sunday.",
        "embassy_closure",
        "Danish Consulate Jeddah",
        "2022-05-15",
    ),
    (
        "The US consulate in Peshawar closed on Sunday, the embassy said.",
        "embassy_closure",
        "US Consulate Peshawar",
        "2022-05-15",
    ),
    (
        "China closed the US consulate in Chengdu on Sunday; American staff left the building "
        "under police watch.",
        "embassy_closure",
        "US Consulate Chengdu",
        "2022-05-15",
    ),
    (
        "The US consulate in Vladivostok suspended its operations on Sunday.",
        "embassy_closure",
        "US Consulate Vladivostok",
        "2022-05-15",
    ),
    (
        "Finland closed its consulate in St Petersburg on Sunday.",
        "embassy_closure",
        "Finnish Consulate St Petersburg",
        "2022-05-15",
    ),
    (
        "The British consulate in Adana was shut on Sunday after a threat.",
        "embassy_closure",
        "UK Consulate Adana",
        "2022-05-15",
    ),
    # --- live blogs, transcripts, Q&A, timelines, headlines -------------------------------
    (
        "14:05 - The Spanish embassy in Bogotá has closed for the day and told Spaniards to "
        "stay indoors, its consul said on Sunday.",
        "embassy_security_alert",
        "Spanish Embassy Bogota",
        "2022-05-15",
    ),
    (
        "HOST: Is the Austrian embassy still open? CORRESPONDENT: No. The Austrian embassy in "
        "Sofia closed on Sunday.",
        "embassy_closure",
        "Austrian Embassy Sofia",
        "2022-05-15",
    ),
    (
        "Q: Has Japan evacuated its embassy in Colombo? A: Yes. Japan evacuated its embassy in "
        "Colombo on Sunday.",
        "embassy_evacuation",
        "Japanese Embassy Colombo",
        "2022-05-15",
    ),
    (
        "Timeline, Sunday: South Korea closes its embassy in Moroni.",
        "embassy_closure",
        "South Korean Embassy Moroni",
        "2022-05-15",
    ),
    (
        "Norway shuts embassy in Yaoundé | The ministry in Oslo said on Sunday the mission "
        "would stay closed until further notice.",
        "embassy_closure",
        "Norwegian Embassy Yaounde",
        None,
    ),
    (
        "Caption: Polish diplomats board a transport plane at Astana airport on Sunday after "
        "Warsaw ordered its embassy emptied.",
        "embassy_evacuation",
        "Polish Embassy Astana",
        "2022-05-15",
    ),
    (
        "Morning briefing: Germany told its citizens in Senegal on Sunday to avoid travel to "
        "the south.",
        "embassy_security_alert",
        "German Embassy Dakar",
        "2022-05-15",
    ),
    # --- a flag named by its name ----------------------------------------------------------
    (
        "The Stars and Stripes was lowered at the US embassy in Paramaribo on Sunday.",
        "embassy_closure",
        "US Embassy Paramaribo",
        "2022-05-15",
    ),
    (
        "Staff hauled down the Union Jack over the British embassy in Moroni on Sunday.",
        "embassy_closure",
        "UK Embassy Moroni",
        "2022-05-15",
    ),
    (
        "The tricolour was lowered over the French embassy in Nouakchott on Sunday.",
        "embassy_closure",
        "French Embassy Nouakchott",
        "2022-05-15",
    ),
    # --- a sentence naming no mission points back ---------------------------------------------
    (
        "Denmark closed its embassy in Dakar on Sunday. Its staff were flown out the same day.",
        "embassy_evacuation",
        "Danish Embassy Dakar",
        "2022-05-15",
    ),
    (
        "The US embassy in Cotonou told Americans to leave on Sunday. It closed hours later.",
        "embassy_closure",
        "US Embassy Cotonou",
        "2022-05-15",
    ),
    # --- an alert told as what the message said ---------------------------------------------
    (
        "The embassy's message to Americans in Dakar, posted late on Sunday, was short: "
        "anyone near the university should leave at once.",
        "embassy_security_alert",
        "US Embassy Dakar",
        "2022-05-15",
    ),
    (
        "The Canadian embassy's security alert on Sunday was blunt: stay away from the "
        "airport road in Port of Spain.",
        "embassy_security_alert",
        "Canadian Embassy Port Of Spain",
        "2022-05-15",
    ),
    # --- several missions in a list -----------------------------------------------------------
    (
        "The State Department on Sunday ordered non-emergency staff to leave its embassies in "
        "Togo and Benin.",
        "embassy_evacuation",
        "US Embassy Cotonou",
        "2022-05-15",
    ),
    (
        "Britain shut 12 embassies and high commissions on Sunday, its missions in Dakar, "
        "Nouakchott and Cotonou among them.",
        "embassy_closure",
        "UK Embassy Nouakchott",
        "2022-05-15",
    ),
    # --- a second batch, written after the first was read: posts, texts, time stamps,
    # fronted times, passives, Q&A and headlines --------------------------------------
    (
        "In a post on X on Sunday, the US embassy in Colombo told American citizens to avoid "
        "the presidential secretariat and the Galle Face green.",
        "embassy_security_alert",
        "US Embassy Colombo",
        "2022-05-15",
    ),
    (
        "Text alert from the British High Commission, Sunday 21:40: Britons in Malé should "
        "remain in their accommodation.",
        "embassy_security_alert",
        "UK Embassy Male",
        "2022-05-15",
    ),
    (
        "Our embassy in Yaoundé has suspended its activities until further notice, the ministry "
        "informs (translated from the French).",
        "embassy_closure",
        "French Embassy Yaounde",
        None,
    ),
    (
        "Early on Sunday, with gunfire audible near the port, the Dutch ambassador and eleven "
        "staff drove out of Cotonou towards the Nigerian border.",
        "embassy_evacuation",
        "Dutch Embassy Cotonou",
        "2022-05-15",
    ),
    (
        "By Sunday evening the Spanish embassy in Asunción had been emptied of all but two "
        "diplomats, Madrid said.",
        "embassy_evacuation",
        "Spanish Embassy Asuncion",
        "2022-05-15",
    ),
    (
        "Non-essential staff at the US embassy in Tashkent were ordered out on Sunday.",
        "embassy_evacuation",
        "US Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "The State Department placed the embassy in Nouakchott on ordered departure on Sunday.",
        "embassy_evacuation",
        "US Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "Sunday, 9.10pm: The German embassy in Dakar says it has closed and that all German "
        "staff are being flown to Frankfurt.",
        "embassy_closure",
        "German Embassy Dakar",
        "2022-05-15",
    ),
    (
        "Sunday, 9.10pm: The German embassy in Dakar says it has closed and that all German "
        "staff are being flown to Frankfurt.",
        "embassy_evacuation",
        "German Embassy Dakar",
        "2022-05-15",
    ),
    (
        "Three things to know this morning: Japan closed its embassy in Port Vila on Sunday; "
        "the airport reopened; the curfew stays.",
        "embassy_closure",
        "Japanese Embassy Port Vila",
        "2022-05-15",
    ),
    (
        "ANCHOR: And the Italians? REPORTER: The Italian embassy in Bogotá told Italians on "
        "Sunday to stay home until the marches end.",
        "embassy_security_alert",
        "Italian Embassy Bogota",
        "2022-05-15",
    ),
    (
        "Q: Are Canadian diplomats still in Lomé? A: No. All of them left Togo on Saturday.",
        "embassy_evacuation",
        "Canadian Embassy Lome",
        "2022-05-14",
    ),
    (
        "The Swiss embassy in Algiers, a spokesman said on Sunday, has been closed to the "
        "public and its staff moved to a hotel near the airport.",
        "embassy_closure",
        "Swiss Embassy Algiers",
        "2022-05-15",
    ),
    (
        "Following Sunday's riots, Portugal temporarily closed its consulate in Mumbai.",
        "embassy_closure",
        "Portuguese Consulate Mumbai",
        None,
    ),
    (
        "The Indonesian embassy in Kuala Lumpur urged Indonesian workers on Sunday to stay in "
        "their dormitories.",
        "embassy_security_alert",
        "Indonesian Embassy Kuala Lumpur",
        "2022-05-15",
    ),
    (
        "Pakistan's high commission in Colombo advised Pakistanis on Sunday to limit their "
        "movements.",
        "embassy_security_alert",
        "Pakistani Embassy Colombo",
        "2022-05-15",
    ),
    (
        "On Sunday the Bangladeshi embassy in Malé told Bangladeshis to keep a low profile.",
        "embassy_security_alert",
        "Bangladeshi Embassy Male",
        "2022-05-15",
    ),
    (
        "Vietnam flew its embassy staff out of Port Vila on Sunday.",
        "embassy_evacuation",
        "Vietnamese Embassy Port Vila",
        "2022-05-15",
    ),
    (
        "All 14 diplomats at the Greek embassy in Tashkent were evacuated on Sunday.",
        "embassy_evacuation",
        "Greek Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "The Austrian embassy in Cotonou has been shut since Sunday, Vienna said on Monday.",
        "embassy_closure",
        "Austrian Embassy Cotonou",
        "2022-05-15",
    ),
    (
        "The last Brazilian diplomats left Paramaribo on Sunday aboard an air force plane.",
        "embassy_evacuation",
        "Brazilian Embassy Paramaribo",
        "2022-05-15",
    ),
    (
        "US Embassy Port Vila - Security Alert, May 15: shelter in place and stay off the roads.",
        "embassy_security_alert",
        "US Embassy Port Vila",
        None,
    ),
    (
        "Britain on Sunday advised against all travel to Comoros and told Britons already there "
        "to leave.",
        "embassy_security_alert",
        "UK Embassy Moroni",
        "2022-05-15",
    ),
    (
        "Warsaw told Poles in Senegal to leave the country on Sunday.",
        "embassy_security_alert",
        "Polish Embassy Dakar",
        "2022-05-15",
    ),
    (
        "The Chinese embassy in Nouakchott on Sunday instructed Chinese nationals to stock up "
        "on food and stay indoors.",
        "embassy_security_alert",
        "Chinese Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "Germany's foreign office said on Sunday it had withdrawn all German diplomats from "
        "Moroni.",
        "embassy_evacuation",
        "German Embassy Moroni",
        "2022-05-15",
    ),
    (
        "The Norwegian consulate in Jeddah was evacuated on Sunday after a rocket landed nearby.",
        "embassy_evacuation",
        "Norwegian Consulate Jeddah",
        "2022-05-15",
    ),
    (
        "Sweden's embassy in Sofia suspended consular work on Sunday.",
        "embassy_closure",
        "Swedish Embassy Sofia",
        "2022-05-15",
    ),
    (
        "Kenya shut its high commission in Dar es Salaam on Sunday.",
        "embassy_closure",
        "Kenyan Embassy Dar Es Salaam",
        "2022-05-15",
    ),
    (
        "Helicopters ferried the remaining Belgian staff from the embassy in Nouakchott to a "
        "ship offshore on Sunday.",
        "embassy_evacuation",
        "Belgian Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "The Irish ambassador and her team relocated from Algiers to Tunis on Sunday.",
        "embassy_evacuation",
        "Irish Embassy Algiers",
        "2022-05-15",
    ),
    (
        "Canada drew down its embassy in Bogotá to essential staff on Sunday.",
        "embassy_evacuation",
        "Canadian Embassy Bogota",
        "2022-05-15",
    ),
    (
        "The Spanish embassy's doors in Cotonou were locked on Sunday.",
        "embassy_closure",
        "Spanish Embassy Cotonou",
        "2022-05-15",
    ),
    (
        "Sri Lanka's high commission in Malé closed on Sunday.",
        "embassy_closure",
        "Sri Lankan Embassy Male",
        "2022-05-15",
    ),
    (
        "Mexico's embassy in Asunción shut on Saturday after protesters scaled its wall.",
        "embassy_closure",
        "Mexican Embassy Asuncion",
        "2022-05-14",
    ),
    (
        "The Turkish embassy in Tashkent told Turkish citizens on Sunday not to travel to "
        "Karakalpakstan.",
        "embassy_security_alert",
        "Turkish Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "The Finnish embassy in Sofia issued a travel warning on Sunday.",
        "embassy_security_alert",
        "Finnish Embassy Sofia",
        "2022-05-15",
    ),
    (
        "Dutch diplomats were shuttled to the airport in Paramaribo on Sunday and flown home.",
        "embassy_evacuation",
        "Dutch Embassy Paramaribo",
        "2022-05-15",
    ),
    (
        "South Africa evacuated the staff of its high commission in Port Louis on Sunday.",
        "embassy_evacuation",
        "South African Embassy Port Louis",
        "2022-05-15",
    ),
    (
        "The Quai d'Orsay said on Sunday that the French embassy in Nouakchott would remain "
        "closed on Monday.",
        "embassy_closure",
        "French Embassy Nouakchott",
        None,
    ),
    (
        "Malaysia closed its embassy in Colombo on Sunday and pulled out its diplomats.",
        "embassy_evacuation",
        "Malaysian Embassy Colombo",
        "2022-05-15",
    ),
    (
        "Nigeria's embassy in Lomé told Nigerians on Sunday to stay away from the border post.",
        "embassy_security_alert",
        "Nigerian Embassy Lome",
        "2022-05-15",
    ),
    (
        "Headline: Australia shuts Suva high commission | Staff were moved to a hotel on Sunday.",
        "embassy_closure",
        "Australian Embassy Suva",
        None,
    ),
    (
        "The Czech embassy in Astana has told Czech citizens to leave Kazakhstan, Prague said "
        "on Sunday.",
        "embassy_security_alert",
        "Czech Embassy Astana",
        "2022-05-15",
    ),
    # --- a third batch: counted missions named by city, relative clauses with and
    # without a day of their own, a capital's government speaking -----------------
    (
        "Canada shut 14 embassies across West Africa on Sunday, its missions in Dakar, Lomé and "
        "Cotonou among them.",
        "embassy_closure",
        "Canadian Embassy Lome",
        "2022-05-15",
    ),
    (
        "Germany closed nine consulates on Sunday, including its consulates in Jeddah and Adana.",
        "embassy_closure",
        "German Consulate Adana",
        "2022-05-15",
    ),
    (
        "The Swiss embassy in Colombo, which was evacuated on Saturday, told Swiss citizens on "
        "Sunday to stay indoors.",
        "embassy_evacuation",
        "Swiss Embassy Colombo",
        "2022-05-14",
    ),
    (
        "Norway, whose embassy in Sofia closed on Sunday, told Norwegians to avoid the centre.",
        "embassy_closure",
        "Norwegian Embassy Sofia",
        "2022-05-15",
    ),
    (
        "The Philippine embassy in Dakar lowered its flag on Sunday.",
        "embassy_closure",
        "Filipino Embassy Dakar",
        "2022-05-15",
    ),
    (
        "Seoul said on Sunday that its diplomats had left Nouakchott for the Senegalese border.",
        "embassy_evacuation",
        "South Korean Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "The Farnesina announced on Sunday the closure of the Italian embassy in Yaoundé.",
        "embassy_closure",
        "Italian Embassy Yaounde",
        "2022-05-15",
    ),
    (
        "The Burmese embassy in Colombo told Myanmar nationals on Sunday to remain in their homes.",
        "embassy_security_alert",
        "Burmese Embassy Colombo",
        "2022-05-15",
    ),
    (
        "The last Dutch diplomats left Cotonou on Sunday on a military plane, which ends the "
        "embassy's presence in Benin for now.",
        "embassy_closure",
        "Dutch Embassy Cotonou",
        "2022-05-15",
    ),
    (
        "On Sunday the Norwegian embassy in Colombo urged Norwegians to leave, and the ministry "
        "said the same day it was reducing the embassy's staff to a core team.",
        "embassy_evacuation",
        "Norwegian Embassy Colombo",
        "2022-05-15",
    ),
]

# Plans, readiness, conditions, denials, recaps framed as background, other stories,
# citizens flown out, rights statements and standing advice: no asserted embassy event.
NOT_REPORTED = [
    "Germany said on Sunday it was ready to fly out its own nationals and embassy staff "
    "from Moroni should the unrest spread.",
    "Spain stands ready to evacuate its diplomats from Algiers if the situation worsens, the "
    "minister said on Sunday.",
    "The Dutch government is prepared to close its embassy in Paramaribo, a spokesman said "
    "on Sunday.",
    "Sweden has drawn up plans to evacuate its embassy in Tashkent, the ministry said on Sunday.",
    "The Farnesina is considering closing the Italian embassy in Lomé, diplomats said.",
    "Should the fighting reach Nouakchott, the French embassy would be evacuated.",
    "If the protests spread, the US embassy in Sofia will close, officials said on Sunday.",
    "The embassy would shut only if the airport closed, the Swiss ambassador in Dakar said.",
    "Finland denied on Sunday that it had evacuated its embassy in Cotonou.",
    "Reports that the Austrian embassy in Malé had closed were false, the ministry said on Sunday.",
    "The Czech embassy in Asunción has not been evacuated and remains open, Prague said on Sunday.",
    "The Quai d'Orsay said on Sunday the French embassy in Moroni would stay open.",
    "Norway has no plans to withdraw its diplomats from Colombo, the ministry said.",
    "The Polish embassy in Yaoundé, which closed in March, is still shut.",
    "Australia, which closed its high commission in Suva last year, sent two aircraft to "
    "fly out stranded tourists on Sunday.",
    "The British embassy in Algiers has already repeatedly urged Britons to leave the country.",
    "The US embassy in Bogotá has long advised Americans to avoid the southern provinces.",
    "Related: Canada closes embassy in Port of Spain as coup attempt unfolds",
    "Read more: US embassy in Asunción tells Americans to shelter in place",
    "See also: How the Danish embassy in Dakar was evacuated",
    "Australia and New Zealand flew 300 of their citizens out of Nouméa on Sunday on "
    "military aircraft.",
    "France chartered two planes on Sunday to fly French nationals home from Port Vila.",
    "A Canadian military flight carried 150 Canadians out of Port of Spain on Sunday.",
    "India evacuated 400 Indian nationals from Malé by ship on Sunday.",
    "The US embassy in Tashkent tweeted on Sunday that it was deeply concerned about human "
    "rights in the country.",
    "The Swedish embassy in Astana posted a statement on Sunday calling for the release of "
    "detained journalists.",
    "The German embassy in Yaoundé urged all sides on Sunday to avoid violence.",
    "The British High Commission in Colombo called on the government on Sunday to respect "
    "the right to protest.",
    "Police evacuated the area around the Italian embassy in Sofia on Sunday after a "
    "suspicious package was found.",
    "Protesters were removed from the Greek embassy in Algiers on Sunday.",
    "The Japanese embassy in Colombo will be closed on Monday for a public holiday.",
    "The consulate in Jeddah is closed on Fridays, as it is every week.",
    "Mexico recalled its ambassador from Guatemala City for consultations on Sunday.",
    "Turkey expelled two Uzbek diplomats on Sunday and sent them home.",
    "The new Norwegian ambassador arrived in Colombo on Sunday.",
    "The Belgian ambassador left the embassy in Lomé on Sunday for talks with the junta.",
    "Staff at the Finnish embassy in Dakar were told on Sunday to prepare to leave.",
    "The US Embassy in Peking lifted its ban on travel to the western provinces on Sunday.",
    "Flights out of Malé were suspended on Sunday as the airport closed.",
    "The Dutch embassy in Paramaribo flew its flag at half-mast on Sunday.",
    "The Chinese embassy in Kuala Lumpur airlifted medical supplies to the flood zone on Sunday.",
    "Gunmen who attacked the Spanish embassy in Asunción fled on Sunday.",
    "Israel's foreign ministry plans to pull its diplomats out of Turkey next week.",
    "Troops were sent to Malé on Sunday to help fly the Indian embassy staff out later this week.",
    "Egypt urged its citizens in Athens on Sunday to respect local laws.",
    "The Philippine embassy in Kuala Lumpur will remain open, Manila said on Sunday.",
    "The State Department said on Sunday it was not drawing down the embassy in Yaoundé.",
    "Brazil's embassy in Paramaribo kept working normally on Sunday, Brasilia said.",
    "The Foreign Office on Sunday denied reports that it had told Britons to leave Suva.",
    "The Kremlin is weighing whether to close the Russian embassy in Sofia, officials said.",
    # (a second batch)
    "The US embassy in Colombo could close as early as Monday, officials said.",
    "The British High Commission in Malé may evacuate non-essential staff if the crisis deepens.",
    "Contingency plans to evacuate the Dutch embassy in Cotonou were drawn up on Sunday.",
    "The evacuation of the German embassy in Dakar was called off on Sunday.",
    "The Italian embassy in Bogotá reopened on Sunday after a week of closure.",
    "The Spanish ambassador returned to Asunción on Sunday and the embassy resumed work.",
    "A year after the Swedish embassy in Sofia closed, it reopened on Sunday.",
    "The Norwegian embassy in Colombo, which it had shut in April, reopened on Sunday.",
    "Related: Japan shuts embassy in Port Vila",
    "ALSO READ | How Canada pulled its diplomats out of Lomé",
    "The Chinese embassy in Nouakchott urged calm on Sunday.",
    "The French embassy in Yaoundé called for restraint on all sides on Sunday.",
    "The US embassy in Tashkent said on Sunday it was monitoring the situation closely.",
    "Turkey's embassy in Sofia condemned the attack on Sunday.",
    "The Greek embassy in Algiers is expected to close next week.",
    "The Austrian foreign ministry said it would close its embassy in Cotonou if the violence "
    "spread.",
    "Brazil had already pulled most of its diplomats out of Paramaribo in March.",
    "The Mexican embassy in Asunción has repeatedly told Mexicans to avoid the border region.",
    "Air Malawi flew 200 stranded tourists out of Port Louis on Sunday.",
    "A chartered Airbus carried 180 Swiss nationals home from Algiers on Sunday.",
    "The Irish embassy in Algiers helped 60 Irish citizens board a ferry to Marseille on Sunday.",
    "Protesters left the grounds of the Finnish embassy in Sofia on Sunday after police arrived.",
    "The Indian High Commission in Colombo denied on Sunday that it was sending troops.",
    "Did the Czech embassy in Astana close on Sunday? No, it stayed open.",
    "Pakistan has no intention of closing its high commission in Colombo, a spokesman said on "
    "Sunday.",
    "The Belgian embassy in Nouakchott will stay open for now, Brussels said on Sunday.",
    "The Swiss ambassador left Algiers on Sunday for talks in Bern and will return on Friday.",
    "The Dutch embassy in Paramaribo was closed on Sunday for King's Day.",
    "The Vietnamese embassy in Port Vila lifted its curfew advice on Sunday.",
    "Kenya summoned the Tanzanian high commissioner on Sunday to protest the border closure.",
    # (a third batch)
    "Austria, which closed its embassy in Algiers in March, said on Sunday it would send a team "
    "to assess the building.",
    "Since January, when Sweden withdrew its diplomats from Tashkent, the embassy has been run "
    "from abroad.",
    "The Italian embassy in Lomé, which it had shut on Friday, reopened on Sunday.",
    "Japan is ready to airlift its diplomats out of Colombo if the unrest spreads, Tokyo said "
    "on Sunday.",
    "The Dutch mission in Paramaribo said on Sunday that it had no plans to lock its doors.",
    "A rally outside the Greek embassy in Sofia ended peacefully on Sunday.",
]

# Wrong readings left for later: each a strict xfail, with what the extractor does
KNOWN_MISSES: dict[str, str] = {
    "A year after the Swedish embassy in Sofia closed": (
        "the duration hangs on 'after' itself, not on the verb, so the old closure is not "
        "read as background (reading it so loses a capture elsewhere: 'retook X, more than a "
        "year after the RSF overran it')"
    ),
    "Q: Are Canadian diplomats still in Lomé?": (
        "'All of them' in the answer points back to the diplomats of the question; no "
        "mission word in the answer"
    ),
    "The Irish ambassador and her team relocated from Algiers": (
        "the parser makes 'ambassador' the root and 'relocated' a participle on it, so the "
        "verb has no subject"
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
def test_an_embassy_event_is_read_with_its_sender_its_city_today_and_its_day(  # type: ignore[no-untyped-def]
    read, text: str, kind: str, what: str, day: str | None
) -> None:
    events = read(text)
    assert read_as(events, kind, what, day), [(e.type, e.actor, e.date, e.modality) for e in events]


@pytest.mark.parametrize(
    "text", [pytest.param(t, marks=_mark(t), id=f"neg{i}") for i, t in enumerate(NOT_REPORTED)]
)
def test_a_plan_readiness_condition_denial_recap_or_citizens_flight_is_no_embassy_event(  # type: ignore[no-untyped-def]
    read, text: str
) -> None:
    assert asserted_embassy_events(read(text)) == []
