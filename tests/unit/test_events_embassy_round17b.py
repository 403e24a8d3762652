"""Embassy events, round 17 (second pass): our own passages about embassies of countries
and in capitals no labelled set names, in many voices (wires with datelines, ministry
statements in translation, radio transcripts with speaker turns, timelines with stamps,
roundups, Q&A, newsletters, headlines), with hard negatives (plans, "no plans to",
missions kept open, recalled ambassadors, rights statements, "has repeatedly urged" recaps,
other-story lines, conditionals, routine closures, lifted bans). Each reading is checked
with its embassy (sender and city) and, where the passage names a day, its date.

Kinds of English each list exercises: evacuations told as helicopter lifts off a roof or
compound, road convoys, ordered or authorised departures, a mission "taken out" of a city,
staff boarding a flight out or recalled from the mission; closures as doors closed, a flag
hauled down, a presence ended; alerts as "recommended that citizens refrain from", "defer
all travel", "consider leaving", an instruction before a colon ("Stay indoors: that was
Sunday's message from the embassy"); missions listed by city ("its embassies in A, B and
C"); "the embassy of Spain in X"; "the same day" and a timeline's stamp as dates; a roundup
clause's own host ("told Spaniards in Zambia").
"""

from __future__ import annotations

from functools import partial

import pytest
from event_readings import asserted_embassy_events, known_miss, read_as

# `read` (events of one passage, published on Monday 2022-05-16): tests/conftest.py

# (passage, event type, the embassy's name, the ISO date or None when the passage names
# no day of its own)
REPORTED: list[tuple[str, str, str, str | None]] = [
    (
        "Helicopters lifted the last Swedish diplomats off the roof of the embassy in Harare on "
        "Sunday.",
        "embassy_evacuation",
        "Swedish Embassy Harare",
        "2022-05-15",
    ),
    (
        "A Navy helicopter lifted off the roof of the Canadian embassy in Malabo on Sunday with "
        "the ambassador aboard.",
        "embassy_evacuation",
        "Canadian Embassy Malabo",
        "2022-05-15",
    ),
    (
        "The last helicopter lifted off from the Dutch embassy compound in Honiara on Sunday.",
        "embassy_evacuation",
        "Dutch Embassy Honiara",
        "2022-05-15",
    ),
    (
        "A road convoy took the staff of the Polish embassy in Chisinau across the border on "
        "Sunday.",
        "embassy_evacuation",
        "Polish Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "Norwegian diplomats left Antananarivo in a road convoy on Sunday, the ministry in Oslo "
        "said.",
        "embassy_evacuation",
        "Norwegian Embassy Antananarivo",
        "2022-05-15",
    ),
    (
        "The State Department on Sunday ordered the departure of non-emergency staff from the "
        "US embassy in Ulaanbaatar.",
        "embassy_evacuation",
        "US Embassy Ulaanbaatar",
        "2022-05-15",
    ),
    (
        "Washington on Sunday authorised the departure of family members of staff at its "
        "embassy in Suva.",
        "embassy_evacuation",
        "US Embassy Suva",
        "2022-05-15",
    ),
    (
        "The State Department placed the US embassy in Maseru on ordered departure on Sunday.",
        "embassy_evacuation",
        "US Embassy Maseru",
        "2022-05-15",
    ),
    (
        "Britain decided on Sunday to take its whole mission out of Nouakchott.",
        "embassy_evacuation",
        "UK Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "Japan moved its embassy staff in Libreville to the airport on Sunday.",
        "embassy_evacuation",
        "Japanese Embassy Libreville",
        "2022-05-15",
    ),
    (
        "Staff of the Italian embassy in Yaounde were taken to the airport on Sunday and flown "
        "to Rome.",
        "embassy_evacuation",
        "Italian Embassy Yaounde",
        "2022-05-15",
    ),
    (
        "Spain evacuated its embassy in Banjul by helicopter on Sunday.",
        "embassy_evacuation",
        "Spanish Embassy Banjul",
        "2022-05-15",
    ),
    (
        "German diplomats were airlifted out of Gitega on Sunday.",
        "embassy_evacuation",
        "German Embassy Gitega",
        "2022-05-15",
    ),
    (
        "The Swiss ambassador and his staff were evacuated from Tegucigalpa on Sunday.",
        "embassy_evacuation",
        "Swiss Embassy Tegucigalpa",
        "2022-05-15",
    ),
    (
        "Greece pulled its diplomats out of Baku on Sunday.",
        "embassy_evacuation",
        "Greek Embassy Baku",
        "2022-05-15",
    ),
    (
        "Turkey evacuated the staff of its embassy in Asmara on Sunday.",
        "embassy_evacuation",
        "Turkish Embassy Asmara",
        "2022-05-15",
    ),
    (
        "ASUNCION, May 15 (Reuters) - The Chilean embassy here evacuated its staff on Sunday.",
        "embassy_evacuation",
        "Chilean Embassy Asuncion",
        "2022-05-15",
    ),
    (
        "Peruvian diplomats fled La Paz by road on Sunday.",
        "embassy_evacuation",
        "Peruvian Embassy La Paz",
        "2022-05-15",
    ),
    (
        "India flew its embassy staff out of Male on Sunday.",
        "embassy_evacuation",
        "Indian Embassy Male",
        "2022-05-15",
    ),
    (
        "Military aircraft flew Australian embassy staff out of Suva on Sunday.",
        "embassy_evacuation",
        "Australian Embassy Suva",
        "2022-05-15",
    ),
    (
        "Russia withdrew all its diplomats from Skopje on Sunday.",
        "embassy_evacuation",
        "Russian Embassy Skopje",
        "2022-05-15",
    ),
    (
        "China evacuated its embassy in Honiara on Saturday, Xinhua said.",
        "embassy_evacuation",
        "Chinese Embassy Honiara",
        "2022-05-14",
    ),
    (
        "South Korea has withdrawn its embassy staff from Vientiane, the foreign ministry said "
        "on Sunday.",
        "embassy_evacuation",
        "South Korean Embassy Vientiane",
        None,
    ),
    (
        "The Canadian embassy in Havana was evacuated on Sunday.",
        "embassy_evacuation",
        "Canadian Embassy Havana",
        "2022-05-15",
    ),
    (
        "Sweden on Sunday evacuated its embassy in Harare and flew the staff to Johannesburg.",
        "embassy_evacuation",
        "Swedish Embassy Harare",
        "2022-05-15",
    ),
    (
        "The Norwegian embassy in Maputo closed its doors on Sunday.",
        "embassy_closure",
        "Norwegian Embassy Maputo",
        "2022-05-15",
    ),
    (
        "Italy closed the doors of its embassy in Tashkent on Sunday.",
        "embassy_closure",
        "Italian Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "The Dutch evacuated their diplomats on Sunday, leaving the embassy in Windhoek shut.",
        "embassy_closure",
        "Dutch Embassy Windhoek",
        "2022-05-15",
    ),
    (
        "The flag was hauled down at the Swiss embassy in Ashgabat on Sunday.",
        "embassy_closure",
        "Swiss Embassy Ashgabat",
        "2022-05-15",
    ),
    (
        "Staff hauled down the flag over the Polish embassy in Gaborone on Sunday and left.",
        "embassy_closure",
        "Polish Embassy Gaborone",
        "2022-05-15",
    ),
    (
        "Spain ended its diplomatic presence in Nouakchott on Sunday.",
        "embassy_closure",
        "Spanish Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "Japan suspended operations at its embassy in Brazzaville on Sunday.",
        "embassy_closure",
        "Japanese Embassy Brazzaville",
        "2022-05-15",
    ),
    (
        "The Greek embassy in Sarajevo shut on Sunday.",
        "embassy_closure",
        "Greek Embassy Sarajevo",
        "2022-05-15",
    ),
    (
        "Canada temporarily closed its embassy in Bogota on Sunday.",
        "embassy_closure",
        "Canadian Embassy Bogota",
        "2022-05-15",
    ),
    (
        "The German embassy in Dili has been closed until further notice, Berlin said on Sunday.",
        "embassy_closure",
        "German Embassy Dili",
        None,
    ),
    (
        "Australia shuttered its embassy in Nuku'alofa on Sunday.",
        "embassy_closure",
        "Australian Embassy Nuku'alofa",
        "2022-05-15",
    ),
    (
        "The Turkish embassy in Abuja closed on Sunday, a day after gunmen attacked it.",
        "embassy_closure",
        "Turkish Embassy Abuja",
        "2022-05-15",
    ),
    (
        "India closed its embassy in Male and its consulate in Addu on Sunday.",
        "embassy_closure",
        "Indian Embassy Male",
        "2022-05-15",
    ),
    (
        "Britain suspended all services at its embassy in Tashkent on Sunday.",
        "embassy_closure",
        "UK Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "The Swedish embassy in Gaborone stopped all consular services on Sunday.",
        "embassy_closure",
        "Swedish Embassy Gaborone",
        "2022-05-15",
    ),
    (
        "VIENTIANE, May 15 (AFP) - Russia shut its embassy here on Sunday.",
        "embassy_closure",
        "Russian Embassy Vientiane",
        "2022-05-15",
    ),
    (
        "The Chinese embassy in Havana was shut on Sunday.",
        "embassy_closure",
        "Chinese Embassy Havana",
        "2022-05-15",
    ),
    (
        "Poland has closed its embassy in Baku, the ministry said on Sunday.",
        "embassy_closure",
        "Polish Embassy Baku",
        None,
    ),
    (
        "The Spanish flag was lowered over the embassy in Malabo on Sunday.",
        "embassy_closure",
        "Spanish Embassy Malabo",
        "2022-05-15",
    ),
    (
        "The US embassy in Asuncion recommended that citizens refrain from travel to the border "
        "region.",
        "embassy_security_alert",
        "US Embassy Asuncion",
        None,
    ),
    (
        "The Canadian embassy in Harare on Sunday recommended that Canadians refrain from all "
        "travel outside the capital.",
        "embassy_security_alert",
        "Canadian Embassy Harare",
        "2022-05-15",
    ),
    (
        "The British embassy in Skopje issued a message on Sunday: British nationals should "
        "stay indoors.",
        "embassy_security_alert",
        "UK Embassy Skopje",
        "2022-05-15",
    ),
    (
        "The Dutch embassy in Chisinau posted a warning on Sunday: leave the country while "
        "flights run.",
        "embassy_security_alert",
        "Dutch Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "The German embassy in Tegucigalpa told Germans on Sunday to stay at home.",
        "embassy_security_alert",
        "German Embassy Tegucigalpa",
        "2022-05-15",
    ),
    (
        "Japan's embassy in Dili urged Japanese nationals on Sunday to avoid the port.",
        "embassy_security_alert",
        "Japanese Embassy Dili",
        "2022-05-15",
    ),
    (
        "The Indian embassy in Male advised Indian nationals on Sunday to leave the islands.",
        "embassy_security_alert",
        "Indian Embassy Male",
        "2022-05-15",
    ),
    (
        "The Swiss embassy in Sarajevo asked Swiss citizens on Sunday to avoid demonstrations.",
        "embassy_security_alert",
        "Swiss Embassy Sarajevo",
        "2022-05-15",
    ),
    (
        "The Polish embassy in Havana warned Poles on Sunday to stay away from the seafront.",
        "embassy_security_alert",
        "Polish Embassy Havana",
        "2022-05-15",
    ),
    (
        "The Russian embassy in Bishkek called on Russians on Sunday to stay indoors.",
        "embassy_security_alert",
        "Russian Embassy Bishkek",
        "2022-05-15",
    ),
    (
        "In a post on X on Sunday, the Italian embassy in Maputo told Italians to leave the city.",
        "embassy_security_alert",
        "Italian Embassy Maputo",
        "2022-05-15",
    ),
    (
        '"Leave now while commercial flights are available," the Spanish embassy in Malabo said '
        "on Sunday.",
        "embassy_security_alert",
        "Spanish Embassy Malabo",
        "2022-05-15",
    ),
    (
        "The Turkish embassy in Baku issued a security alert on Sunday.",
        "embassy_security_alert",
        "Turkish Embassy Baku",
        "2022-05-15",
    ),
    (
        "The Chinese embassy in Honiara issued an emergency notice on Sunday telling Chinese "
        "nationals to shelter in place.",
        "embassy_security_alert",
        "Chinese Embassy Honiara",
        "2022-05-15",
    ),
    (
        "Greece's foreign ministry told Greek citizens in Armenia on Sunday to leave the country.",
        "embassy_security_alert",
        "Greek Embassy Yerevan",
        "2022-05-15",
    ),
    (
        "Canada advised against all travel to Eswatini on Sunday and told Canadians there to "
        "leave.",
        "embassy_security_alert",
        "Canadian Embassy Mbabane",
        "2022-05-15",
    ),
    (
        "The Australian government on Sunday urged Australians in Tonga to leave by the first "
        "available flight.",
        "embassy_security_alert",
        "Australian Embassy Nuku'alofa",
        "2022-05-15",
    ),
    (
        "The Norwegian embassy in Lusaka told Norwegians on Sunday to keep a low profile.",
        "embassy_security_alert",
        "Norwegian Embassy Lusaka",
        "2022-05-15",
    ),
    (
        "South Korea's embassy in Ulaanbaatar urged South Koreans on Sunday to refrain from "
        "going out at night.",
        "embassy_security_alert",
        "South Korean Embassy Ulaanbaatar",
        "2022-05-15",
    ),
    (
        "The French embassy in Yaounde urged French nationals on Sunday to limit their movements.",
        "embassy_security_alert",
        "French Embassy Yaounde",
        "2022-05-15",
    ),
    (
        "The US embassy in Libreville urged Americans on Sunday to shelter in place.",
        "embassy_security_alert",
        "US Embassy Libreville",
        "2022-05-15",
    ),
    (
        "The US embassy in Gaborone on Sunday advised US citizens to avoid the city centre.",
        "embassy_security_alert",
        "US Embassy Gaborone",
        "2022-05-15",
    ),
    (
        "France closed its embassies in Bamako, Niamey and Nouakchott on Sunday.",
        "embassy_closure",
        "French Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "Germany shut its missions in Harare, Lusaka and Maputo on Sunday.",
        "embassy_closure",
        "German Embassy Maputo",
        "2022-05-15",
    ),
    (
        "Germany shut its missions in Harare, Lusaka and Maputo on Sunday.",
        "embassy_closure",
        "German Embassy Lusaka",
        "2022-05-15",
    ),
    (
        "Italy evacuated its embassies in Honiara and Suva on Sunday.",
        "embassy_evacuation",
        "Italian Embassy Suva",
        "2022-05-15",
    ),
    (
        "Japan closed its embassies in Tashkent and Ashgabat on Sunday.",
        "embassy_closure",
        "Japanese Embassy Ashgabat",
        "2022-05-15",
    ),
    (
        "Sweden closed its embassy in Asmara on Saturday. Its staff were flown out the same day.",
        "embassy_evacuation",
        "Swedish Embassy Asmara",
        "2022-05-14",
    ),
    (
        "The Dutch embassy in Maseru told Dutch citizens on Saturday to leave. It closed the "
        "same day.",
        "embassy_closure",
        "Dutch Embassy Maseru",
        "2022-05-14",
    ),
    (
        "Norway shut its embassy in Bogota on Friday and evacuated its diplomats the next day.",
        "embassy_evacuation",
        "Norwegian Embassy Bogota",
        "2022-05-14",
    ),
    (
        "The Greek embassy in Tashkent closed on Sunday, a day after it told Greeks to leave.",
        "embassy_security_alert",
        "Greek Embassy Tashkent",
        "2022-05-14",
    ),
    (
        "In brief: Poland shut its embassy in Harare on Sunday; Spain told Spaniards in Zambia "
        "on Saturday to leave.",
        "embassy_closure",
        "Polish Embassy Harare",
        "2022-05-15",
    ),
    (
        "In brief: Poland shut its embassy in Harare on Sunday; Spain told Spaniards in Zambia "
        "on Saturday to leave.",
        "embassy_security_alert",
        "Spanish Embassy Lusaka",
        "2022-05-14",
    ),
    (
        "Timeline. Saturday: the Swiss embassy in Maputo tells Swiss nationals to leave. "
        "Sunday: the embassy closes.",
        "embassy_closure",
        "Swiss Embassy Maputo",
        "2022-05-15",
    ),
    (
        "Timeline. Saturday: the Swiss embassy in Maputo tells Swiss nationals to leave. "
        "Sunday: the embassy closes.",
        "embassy_security_alert",
        "Swiss Embassy Maputo",
        "2022-05-14",
    ),
    (
        "ANCHOR: What happened at the embassy? CORRESPONDENT: The Japanese embassy in Dili "
        "closed this morning and its staff left for the airport.",
        "embassy_closure",
        "Japanese Embassy Dili",
        "2022-05-16",
    ),
    (
        "Q: Is the Canadian embassy in Bogota still open? A: No. Canada closed it on Sunday.",
        "embassy_closure",
        "Canadian Embassy Bogota",
        "2022-05-15",
    ),
    (
        "Translated from Spanish: The Ministry of Foreign Affairs reports that the embassy of "
        "Spain in Malabo suspended its activities on Sunday.",
        "embassy_closure",
        "Spanish Embassy Malabo",
        "2022-05-15",
    ),
    (
        "Morning newsletter: Turkey pulled its diplomats out of Ashgabat overnight, officials "
        "said on Sunday.",
        "embassy_evacuation",
        "Turkish Embassy Ashgabat",
        None,
    ),
    (
        "HONIARA - Japan evacuated its embassy here on Sunday as rioters set fire to the old "
        "market.",
        "embassy_evacuation",
        "Japanese Embassy Honiara",
        "2022-05-15",
    ),
    (
        "Swiss diplomats were driven to the airport in an armoured convoy on Sunday after Bern "
        "shut its embassy in Bissau.",
        "embassy_evacuation",
        "Swiss Embassy Bissau",
        "2022-05-15",
    ),
    (
        "Greek embassy staff boarded a military flight out of Tegucigalpa on Sunday.",
        "embassy_evacuation",
        "Greek Embassy Tegucigalpa",
        "2022-05-15",
    ),
    (
        "The Czech embassy in Harare sent its staff home on Sunday.",
        "embassy_evacuation",
        "Czech Embassy Harare",
        "2022-05-15",
    ),
    (
        "The Russian embassy in Lusaka relocated its operations to Harare on Sunday.",
        "embassy_closure",
        "Russian Embassy Lusaka",
        "2022-05-15",
    ),
    (
        "Japanese diplomats abandoned the embassy in Bogota on Sunday.",
        "embassy_evacuation",
        "Japanese Embassy Bogota",
        "2022-05-15",
    ),
    (
        "The Polish embassy in Windhoek reduced its staff to a minimum on Sunday.",
        "embassy_evacuation",
        "Polish Embassy Windhoek",
        "2022-05-15",
    ),
    (
        "The last Spanish marines lifted off from the roof of the embassy in Bissau shortly "
        "after dawn on Sunday.",
        "embassy_evacuation",
        "Spanish Embassy Bissau",
        "2022-05-15",
    ),
    (
        "Army helicopters shuttled Italian diplomats from the embassy compound in Maputo to the "
        "airport on Sunday.",
        "embassy_evacuation",
        "Italian Embassy Maputo",
        "2022-05-15",
    ),
    (
        "The last Swedish helicopter lifted off the embassy roof in Gitega on Sunday, ending "
        "the Swedish diplomatic presence in Burundi.",
        "embassy_closure",
        "Swedish Embassy Gitega",
        "2022-05-15",
    ),
    (
        "The last Swedish helicopter lifted off the embassy roof in Gitega on Sunday, ending "
        "the Swedish diplomatic presence in Burundi.",
        "embassy_evacuation",
        "Swedish Embassy Gitega",
        "2022-05-15",
    ),
    (
        "The State Department on Sunday authorized the voluntary departure of family members "
        "and non-emergency staff from the US embassy in Lilongwe.",
        "embassy_evacuation",
        "US Embassy Lilongwe",
        "2022-05-15",
    ),
    (
        "Canada has suspended operations at its embassy in Bishkek and directed its officials "
        "to leave, the foreign minister said on Sunday.",
        "embassy_evacuation",
        "Canadian Embassy Bishkek",
        "2022-05-15",
    ),
    (
        "Canada has suspended operations at its embassy in Bishkek and directed its officials "
        "to leave, the foreign minister said on Sunday.",
        "embassy_closure",
        "Canadian Embassy Bishkek",
        "2022-05-15",
    ),
    (
        "The flag over the Norwegian embassy compound in Lusaka was hauled down on Sunday.",
        "embassy_closure",
        "Norwegian Embassy Lusaka",
        "2022-05-15",
    ),
    (
        "The Japanese embassy building in Vientiane has been shut, Tokyo said on Sunday.",
        "embassy_closure",
        "Japanese Embassy Vientiane",
        "2022-05-15",
    ),
    (
        "Stay indoors and avoid the airport: that was Sunday's message from the Australian "
        "embassy in Dili to Australians in East Timor.",
        "embassy_security_alert",
        "Australian Embassy Dili",
        "2022-05-15",
    ),
    (
        "The British embassy in Asuncion told British nationals on Sunday to defer all travel "
        "to the north of the country.",
        "embassy_security_alert",
        "UK Embassy Asuncion",
        "2022-05-15",
    ),
    (
        "The Dutch embassy in Bishkek told Dutch citizens on Sunday to consider leaving "
        "Kyrgyzstan.",
        "embassy_security_alert",
        "Dutch Embassy Bishkek",
        "2022-05-15",
    ),
    (
        "Some dozen European embassies were shut on Sunday over the unrest, among them the "
        "missions of Italy, Spain and Greece in Tashkent.",
        "embassy_closure",
        "Greek Embassy Tashkent",
        "2022-05-15",
    ),
    (
        "Several Turkish missions in the region were shut on Sunday, among them the embassies "
        "in Baku, Tbilisi and Yerevan.",
        "embassy_closure",
        "Turkish Embassy Yerevan",
        "2022-05-15",
    ),
    (
        "Poland on Sunday closed its embassy in Minsk and its consulates in Grodno and Brest.",
        "embassy_closure",
        "Polish Embassy Minsk",
        "2022-05-15",
    ),
    (
        "Radio transcript. PRESENTER: Let's go to our reporter. REPORTER: Thanks. The Swiss "
        "embassy in Bogota shut this afternoon and the ambassador has left the country.",
        "embassy_closure",
        "Swiss Embassy Bogota",
        "2022-05-16",
    ),
    (
        "Radio transcript. PRESENTER: Let's go to our reporter. REPORTER: Thanks. The Swiss "
        "embassy in Bogota shut this afternoon and the ambassador has left the country.",
        "embassy_evacuation",
        "Swiss Embassy Bogota",
        "2022-05-16",
    ),
    (
        "UPDATE 2-Indonesia evacuates embassy in Honiara as riots spread",
        "embassy_evacuation",
        "Indonesian Embassy Honiara",
        None,
    ),
    (
        "Mexico shuts embassy in Tegucigalpa after attack",
        "embassy_closure",
        "Mexican Embassy Tegucigalpa",
        None,
    ),
    (
        "Sunday, 15:40: The Polish embassy in Maseru tells Polish citizens to leave Lesotho at "
        "once.",
        "embassy_security_alert",
        "Polish Embassy Maseru",
        "2022-05-15",
    ),
    (
        "Statement of the Ministry of Foreign Affairs of Finland (unofficial translation): The "
        "embassy of Finland in Harare has been temporarily closed as of Sunday.",
        "embassy_closure",
        "Finnish Embassy Harare",
        None,
    ),
    (
        "The Czech foreign ministry said on Sunday it had evacuated all staff from its embassy "
        "in Brazzaville.",
        "embassy_evacuation",
        "Czech Embassy Brazzaville",
        None,
    ),
    (
        "Brazil recalled its staff from the embassy in La Paz on Sunday and shut the building.",
        "embassy_closure",
        "Brazilian Embassy La Paz",
        "2022-05-15",
    ),
    (
        "Brazil recalled its staff from the embassy in La Paz on Sunday and shut the building.",
        "embassy_evacuation",
        "Brazilian Embassy La Paz",
        "2022-05-15",
    ),
    (
        "Ghana's embassy in Lome advised Ghanaians on Sunday to stay off the streets.",
        "embassy_security_alert",
        "Ghanaian Embassy Lome",
        "2022-05-15",
    ),
    (
        "In an alert on its website on Sunday, the German embassy in Ulaanbaatar told Germans "
        "to avoid large gatherings.",
        "embassy_security_alert",
        "German Embassy Ulaanbaatar",
        "2022-05-15",
    ),
    (
        "The Vietnamese embassy in Vientiane urged Vietnamese citizens on Sunday to return home.",
        "embassy_security_alert",
        "Vietnamese Embassy Vientiane",
        "2022-05-15",
    ),
    (
        "Egyptian diplomats left Asmara by road for the Sudanese border on Sunday.",
        "embassy_evacuation",
        "Egyptian Embassy Asmara",
        "2022-05-15",
    ),
    (
        "The Moroccan embassy in Nouakchott was evacuated on Sunday after shots were fired nearby.",
        "embassy_evacuation",
        "Moroccan Embassy Nouakchott",
        "2022-05-15",
    ),
    (
        "Norway's ambassador and the remaining embassy staff were flown out of Antananarivo on "
        "Sunday.",
        "embassy_evacuation",
        "Norwegian Embassy Antananarivo",
        "2022-05-15",
    ),
    (
        "Ireland closed its embassy in Chisinau on Sunday and moved its staff to Bucharest.",
        "embassy_evacuation",
        "Irish Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "Ireland closed its embassy in Chisinau on Sunday and moved its staff to Bucharest.",
        "embassy_closure",
        "Irish Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "The Chilean foreign ministry told Chileans in Bolivia on Sunday to leave the country "
        "while the borders were open.",
        "embassy_security_alert",
        "Chilean Embassy La Paz",
        "2022-05-15",
    ),
    (
        "Japan on Sunday urged its nationals in Mongolia to leave.",
        "embassy_security_alert",
        "Japanese Embassy Ulaanbaatar",
        "2022-05-15",
    ),
    (
        "The Swedish embassy in Maputo has closed its doors and its diplomats have left for "
        "Pretoria, the ministry said on Sunday.",
        "embassy_closure",
        "Swedish Embassy Maputo",
        None,
    ),
    (
        "The last Danish staff lifted off the roof of the embassy in Bangui aboard a French "
        "helicopter on Sunday.",
        "embassy_evacuation",
        "Danish Embassy Bangui",
        "2022-05-15",
    ),
    (
        "Portugal ended its diplomatic presence in Guinea-Bissau on Sunday, pulling its last "
        "diplomats out of Bissau.",
        "embassy_evacuation",
        "Portuguese Embassy Bissau",
        "2022-05-15",
    ),
    (
        "The Foreign Office on Sunday placed the British embassy in Lilongwe on ordered departure.",
        "embassy_evacuation",
        "UK Embassy Lilongwe",
        "2022-05-15",
    ),
    (
        "Austria's embassy in Skopje recommended that Austrians refrain from travelling to the "
        "north.",
        "embassy_security_alert",
        "Austrian Embassy Skopje",
        None,
    ),
    (
        "The Belgian embassy in Kinshasa sent a message on Sunday: Belgians should leave while "
        "the airport is open.",
        "embassy_security_alert",
        "Belgian Embassy Kinshasa",
        "2022-05-15",
    ),
    (
        "Mexico closed its embassies in Managua, Tegucigalpa and San Salvador on Sunday.",
        "embassy_closure",
        "Mexican Embassy Tegucigalpa",
        "2022-05-15",
    ),
    (
        "Malaysia shut its missions in Dili and Port Moresby on Sunday.",
        "embassy_closure",
        "Malaysian Embassy Dili",
        "2022-05-15",
    ),
    (
        "Finland closed its embassy in Maputo on Saturday. The same day, it told Finns to leave "
        "Mozambique.",
        "embassy_security_alert",
        "Finnish Embassy Maputo",
        "2022-05-14",
    ),
    (
        "The Kenyan foreign ministry told Kenyans in Burundi on Sunday to return home.",
        "embassy_security_alert",
        "Kenyan Embassy Gitega",
        "2022-05-15",
    ),
    (
        "Thailand told Thais in Laos on Sunday to leave, and shut its embassy in Vientiane.",
        "embassy_closure",
        "Thai Embassy Vientiane",
        "2022-05-15",
    ),
    (
        "The Philippine embassy in Honiara told Filipinos on Sunday to stay indoors.",
        "embassy_security_alert",
        "Filipino Embassy Honiara",
        "2022-05-15",
    ),
    (
        "Egypt recalled all its diplomats from the embassy in Asmara on Sunday.",
        "embassy_evacuation",
        "Egyptian Embassy Asmara",
        "2022-05-15",
    ),
    (
        "BISHKEK - Turkey suspended the work of its embassy here on Sunday.",
        "embassy_closure",
        "Turkish Embassy Bishkek",
        "2022-05-15",
    ),
    (
        "Japanese embassy staff boarded a chartered plane out of Vientiane on Sunday.",
        "embassy_evacuation",
        "Japanese Embassy Vientiane",
        "2022-05-15",
    ),
    (
        "Be ready to leave at short notice: that was the advice of the Indian embassy in Male "
        "to Indians on Sunday.",
        "embassy_security_alert",
        "Indian Embassy Male",
        "2022-05-15",
    ),
    # written after the rules above, as a check on them
    (
        "The last helicopter lifted off the embassy roof in Bissau at dawn on Sunday, ending the "
        "Portuguese diplomatic presence in the country.",
        "embassy_closure",
        "Portuguese Embassy Bissau",
        "2022-05-15",
    ),
    (
        "Staff burned papers at the embassy in Honiara on Sunday; by nightfall the Australian "
        "diplomatic presence there had ended.",
        "embassy_closure",
        "Australian Embassy Honiara",
        "2022-05-15",
    ),
    (
        "The Canadian ambassador drove his staff out of Bangui on Sunday and the embassy has "
        "closed its doors; Belgian and Dutch soldiers are guarding the airport.",
        "embassy_closure",
        "Canadian Embassy Bangui",
        None,
    ),
    (
        "The Swiss ambassador led a convoy of embassy staff out of Gitega toward the Rwandan "
        "border on Sunday.",
        "embassy_evacuation",
        "Swiss Embassy Gitega",
        "2022-05-15",
    ),
    (
        "Norway's envoy led the last of her diplomats out of Asmara on Sunday.",
        "embassy_evacuation",
        "Norwegian Embassy Asmara",
        "2022-05-15",
    ),
    (
        "The Greek embassy in Baku emptied on Sunday. By evening the flag over the compound had "
        "been hauled down.",
        "embassy_closure",
        "Greek Embassy Baku",
        "2022-05-15",
    ),
    (
        "Japan will keep its embassy in Vientiane open, but most of the staff are leaving by "
        "road for Thailand, officials said on Sunday.",
        "embassy_evacuation",
        "Japanese Embassy Vientiane",
        None,
    ),
    (
        "All of the embassy's diplomats left Honiara on Sunday, the Chinese foreign ministry said.",
        "embassy_evacuation",
        "Chinese Embassy Honiara",
        "2022-05-15",
    ),
    (
        "The Swedish embassy's warning on Sunday was blunt: leave Zimbabwe now.",
        "embassy_security_alert",
        "Swedish Embassy Harare",
        "2022-05-15",
    ),
    (
        "The advice from the Dutch embassy in Lusaka on Sunday was simple: stay indoors.",
        "embassy_security_alert",
        "Dutch Embassy Lusaka",
        "2022-05-15",
    ),
    (
        "Madrid on Sunday told Spanish nationals in Equatorial Guinea to leave the country.",
        "embassy_security_alert",
        "Spanish Embassy Malabo",
        "2022-05-15",
    ),
    (
        "Lisbon has told Portuguese citizens in Guinea-Bissau to leave while flights still run.",
        "embassy_security_alert",
        "Portuguese Embassy Bissau",
        None,
    ),
    (
        "Tokyo on Sunday urged Japanese nationals in Laos to stay indoors.",
        "embassy_security_alert",
        "Japanese Embassy Vientiane",
        "2022-05-15",
    ),
    (
        "The State Department said on Sunday it was reducing the embassy's footprint in "
        "Ulaanbaatar to a core staff.",
        "embassy_evacuation",
        "US Embassy Ulaanbaatar",
        "2022-05-15",
    ),
    (
        "Helicopters lifted the ambassador and the last Danish staff from a field near the "
        "embassy in Bangui on Sunday, leaving the embassy shut.",
        "embassy_closure",
        "Danish Embassy Bangui",
        "2022-05-15",
    ),
    (
        "Helicopters carried the last Irish diplomats off the compound in Harare before dawn on "
        "Sunday, leaving the mission shut.",
        "embassy_closure",
        "Irish Embassy Harare",
        "2022-05-15",
    ),
    (
        "Vienna on Sunday told Austrian nationals in Moldova to leave immediately.",
        "embassy_security_alert",
        "Austrian Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "Half of the South Korean embassy staff left Ulaanbaatar on Sunday, Seoul said.",
        "embassy_evacuation",
        "South Korean Embassy Ulaanbaatar",
        "2022-05-15",
    ),
    (
        "The rest of the Polish diplomats fled Windhoek overnight, the ministry said on Sunday.",
        "embassy_evacuation",
        "Polish Embassy Windhoek",
        None,
    ),
    (
        "The message from the Czech embassy in Maputo on Sunday was stark: get out while you can.",
        "embassy_security_alert",
        "Czech Embassy Maputo",
        "2022-05-15",
    ),
    (
        "The envoy led the Hungarian embassy staff out of Bishkek on Sunday in a bus convoy.",
        "embassy_evacuation",
        "Hungarian Embassy Bishkek",
        "2022-05-15",
    ),
    (
        "Sweden pulled its diplomats out of Lilongwe on Sunday; German and French troops secured "
        "the airport.",
        "embassy_evacuation",
        "Swedish Embassy Lilongwe",
        "2022-05-15",
    ),
    (
        "Oslo on Sunday urged Norwegian citizens in Madagascar to stay indoors.",
        "embassy_security_alert",
        "Norwegian Embassy Antananarivo",
        "2022-05-15",
    ),
    (
        "Thai embassy personnel left Vientiane on Sunday, officials in Bangkok said.",
        "embassy_evacuation",
        "Thai Embassy Vientiane",
        "2022-05-15",
    ),
    (
        "The Romanian embassy in Chisinau closed its gates on Sunday and its staff crossed into "
        "Romania.",
        "embassy_evacuation",
        "Romanian Embassy Chisinau",
        "2022-05-15",
    ),
    # capitals the small model reads as people, named by the gazetteer as places
    (
        "The Irish ambassador in Bissau told Irish citizens on Sunday to leave.",
        "embassy_security_alert",
        "Irish Embassy Bissau",
        "2022-05-15",
    ),
    (
        "The Croatian ambassador in Honiara told Croatian nationals on Sunday to shelter in place.",
        "embassy_security_alert",
        "Croatian Embassy Honiara",
        "2022-05-15",
    ),
    (
        "The Czech envoy in Gitega urged Czech nationals on Sunday to stay indoors.",
        "embassy_security_alert",
        "Czech Embassy Gitega",
        "2022-05-15",
    ),
    (
        "The Latvian ambassador in Malabo urged Latvian citizens on Sunday to leave.",
        "embassy_security_alert",
        "Latvian Embassy Malabo",
        "2022-05-15",
    ),
    # a sending country's capital as the government; a day something is set for; Q&A
    (
        "The Swedish embassy in Lusaka told Swedes on Sunday to consider leaving Zambia and "
        "authorised the voluntary departure of non-essential staff.",
        "embassy_evacuation",
        "Swedish Embassy Lusaka",
        "2022-05-15",
    ),
    (
        "Rome told Italian nationals in Mozambique on Sunday to leave, and the embassy has laid "
        "on a charter flight for Friday.",
        "embassy_security_alert",
        "Italian Embassy Maputo",
        "2022-05-15",
    ),
    (
        "Ottawa has told Canadians in Zimbabwe to leave, and the embassy has booked seats on a "
        "flight for Thursday.",
        "embassy_security_alert",
        "Canadian Embassy Harare",
        None,
    ),
    (
        "NEWSLETTER | Sunday: Warsaw closed its embassy in Minsk and told Poles in Belarus to "
        "leave.",
        "embassy_closure",
        "Polish Embassy Minsk",
        "2022-05-15",
    ),
    (
        "Q: Has Norway evacuated its embassy in Maputo? A: Yes, the staff were flown out on "
        "Sunday, the ministry says.",
        "embassy_evacuation",
        "Norwegian Embassy Maputo",
        "2022-05-15",
    ),
    (
        "Canberra on Sunday withdrew the last of its diplomats from Honiara.",
        "embassy_evacuation",
        "Australian Embassy Honiara",
        "2022-05-15",
    ),
    (
        "Berlin pulled most of its embassy staff out of Chisinau on Sunday, the foreign office "
        "said.",
        "embassy_evacuation",
        "German Embassy Chisinau",
        "2022-05-15",
    ),
    (
        "The US embassy in Asuncion shut its doors on Sunday, a day after it told Americans to "
        "leave Paraguay.",
        "embassy_security_alert",
        "US Embassy Asuncion",
        "2022-05-14",
    ),
]

# passages that give no asserted embassy event
NOT_REPORTED = [
    "Sweden has no plans to evacuate its embassy in Harare, a spokeswoman said on Sunday.",
    "Canada is drawing up plans to evacuate its embassy in Malabo.",
    "The Dutch embassy in Honiara remains open, the ministry said on Sunday.",
    "Poland recalled its ambassador from Chisinau on Sunday for consultations.",
    "The US embassy in Ulaanbaatar urged the authorities on Sunday to release the detained "
    "journalists.",
    "The British embassy in Skopje has repeatedly urged British nationals to avoid the border.",
    "Related: Norway closes embassy in Maputo",
    "Read more: Italy evacuates embassy staff from Yaounde",
    "If the rebels reach the capital, Japan will evacuate its embassy in Libreville.",
    "Should fighting spread, the German embassy in Gitega would close.",
    "Spain could close its embassy in Banjul within days, officials warned on Sunday.",
    "Turkey said on Sunday it would keep its embassy in Asmara open.",
    "Greece denied on Sunday that it had evacuated its embassy in Baku.",
    "The Swiss embassy in Tegucigalpa is expected to close next week.",
    "Australia is considering closing its embassy in Nuku'alofa.",
    "Police evacuated the streets around the Chinese embassy in Havana after a suspicious "
    "package was found.",
    "The Korean embassy in Ulaanbaatar celebrated the anniversary of ties on Sunday.",
    "The Indian embassy in Male reopened on Sunday after a month.",
    "Norway reopened its embassy in Antananarivo on Sunday.",
    "The French embassy in Yaounde urged Cameroon on Sunday to respect human rights.",
    "The Canadian embassy in Bogota said on Sunday it was monitoring the protests closely.",
    "The Polish embassy in Windhoek condemned the arrest of the opposition leader.",
    "Russia expelled three Japanese diplomats from Moscow on Sunday.",
    "Hundreds of protesters gathered outside the Turkish embassy in Baku on Sunday.",
    "The Greek ambassador left Tashkent on Sunday for talks in Athens.",
    "The Swedish embassy in Asmara will close on Friday, the ministry said.",
    "The State Department said on Sunday it may order the departure of staff from Maseru.",
    "Britain has not closed its embassy in Nouakchott, a spokesman said on Sunday.",
    "Japan will not evacuate its embassy in Dili, the foreign minister told reporters.",
    "Earlier this year, Italy closed its embassy in Tashkent for renovation.",
    "Last year the Dutch embassy in Windhoek was shut for two weeks.",
    "The ambassador was summoned to the foreign ministry in Harare on Sunday.",
    "Shops and banks closed near the Spanish embassy in Malabo on Sunday.",
    "The airport in Honiara was closed on Sunday, the Australian high commission said.",
    "The Canadian embassy in Havana helped evacuate 200 Canadian tourists on Sunday.",
    "Germany flew 150 of its citizens out of Gitega on Sunday, the embassy said.",
    "Switzerland sent a new ambassador to Bissau on Sunday.",
    "The Indian embassy in Male urged Indian nationals to register online.",
    "The US embassy in Gaborone hosted a job fair on Sunday.",
    "Could Poland pull its diplomats out of Harare? The ministry would not say.",
    "What would it take for Japan to close its embassy in Bogota?",
    "The Czech embassy in Harare is preparing to evacuate its staff.",
    "Spain's foreign minister said on Sunday the embassy in Malabo would stay open as long as "
    "possible.",
    "Officials discussed whether to close the Norwegian embassy in Lusaka.",
    "The embassy would close if the airport shut, the Turkish ambassador in Asmara said.",
    "Protesters demanded on Sunday that the Japanese embassy in Dili be closed.",
    "Greece threatened on Sunday to close its embassy in Baku.",
    "The Chilean embassy in Asuncion denied reports that it had told Chileans to leave.",
    "A Swedish diplomat drove from Harare to Lusaka on Sunday for a meeting.",
    "Spain closed its embassy in Malabo in 2015 after a coup attempt.",
    "Pakistan recalled its ambassador from Kathmandu on Sunday in a row over trade.",
    "The Russian embassy in Lusaka has been closed since March.",
    "Troops pulled out of the airport near Suva on Sunday.",
    "The French embassy in Yaounde flew its flag at half-mast on Sunday.",
    "The German embassy in Tegucigalpa closed on Sunday for the Easter holiday.",
    "Analysis: Why Western embassies in Ashgabat may soon close",
    "The British embassy in Skopje announced on Sunday that it would close on Wednesday.",
    "The Australian government said on Sunday it was ready to evacuate its high commission in "
    "Honiara if needed.",
    "The Chinese embassy in Honiara said on Sunday it had no plans to withdraw its staff.",
    "The Spanish embassy in Bissau said on Sunday it would lay on a charter flight for "
    "Spaniards who wished to leave next week.",
    "Italy said on Sunday its embassy in Maputo would remain open for now.",
    "The State Department said it was reviewing whether to authorize the departure of family "
    "members from Lilongwe.",
    "Canada's ambassador in Bishkek met the foreign minister on Sunday to discuss the protests.",
    "The flag at the Norwegian embassy in Lusaka flew at half-mast on Sunday for the victims.",
    "Tokyo has no intention of closing its embassy in Vientiane, the spokesman said.",
    "The Australian embassy in Dili has repeatedly advised Australians to avoid the border "
    "since March.",
    "See also: Dutch embassy in Bishkek shuts after protests",
    "Opinion: It is time for Britain to close its embassy in Asuncion",
    "Would Poland close its consulates in Grodno and Brest? A spokesman declined to say.",
    "Turkey's ambassador to Baku was recalled for consultations on Sunday.",
    "The Swiss embassy in Bogota urged the government on Sunday to protect journalists.",
    "Indonesia said on Sunday it might evacuate its embassy in Honiara if the riots spread.",
    "The Finnish embassy in Harare expects to reopen on Monday.",
    "The Czech embassy in Brazzaville helped 40 Czech tourists leave on Sunday.",
    "Brazil denied on Sunday reports that it had recalled its embassy staff from La Paz.",
    "The Ghanaian embassy in Lome welcomed the release of the detained students.",
    "Security was stepped up outside the German embassy in Ulaanbaatar on Sunday.",
    "Egyptian troops pulled out of the border post on Sunday, the embassy said.",
    "A crowd left the Moroccan embassy in Nouakchott after a peaceful protest on Sunday.",
    "The Nigerian high commission in Banjul was not evacuated, officials insisted on Sunday.",
    "Norway sent a new ambassador to Antananarivo on Sunday.",
    "Ireland expelled two Moldovan diplomats on Sunday and told them to leave within a week.",
    "The Chilean foreign ministry said on Sunday that Chileans in Bolivia were safe and need "
    "not leave.",
    "If the airport closes, Japan will urge its nationals in Mongolia to leave.",
    "Officials said the Swedish embassy in Maputo could close within days.",
    "A year ago, Sweden shut its embassy in Maputo for a week during the floods.",
    "The Australian embassy in Dili was closed on Sunday, as it is every Sunday.",
    "Read also: How diplomats left Bissau in 1998",
    "The Korean embassy in Ulaanbaatar has been urging Koreans to avoid the square for weeks.",
    "Spain's foreign minister ruled out on Sunday any evacuation of the embassy in Malabo.",
    "Demonstrators tried to storm the Austrian embassy in Skopje on Sunday but were pushed back "
    "by police.",
    "Police cleared the area around the Greek embassy in Tashkent on Sunday after a bomb scare.",
    "The Canadian embassy in Havana took part in a ceremony on Sunday.",
    "A diplomatic convoy took the Japanese ambassador to the presidential palace for talks on "
    "Sunday.",
    "The government lifted restrictions on the Polish embassy in Minsk on Sunday.",
    "Helicopters lifted off from the airport in Bangui on Sunday carrying aid for the Danish "
    "embassy's partners.",
    "It is not the time for Portugal to close its embassy in Bissau, the minister said.",
    "The Foreign Office said on Sunday it had no plans to place the embassy in Lilongwe on "
    "ordered departure.",
    "The Belgian embassy in Kinshasa sent a message of condolence on Sunday.",
    "Mexico denied on Sunday that its embassies in Managua and Tegucigalpa had closed.",
    "Kenya's foreign ministry said on Sunday that Kenyans in Burundi were safe.",
    "Egypt recalled its ambassador from Asmara on Sunday in protest.",
    "Protesters lifted the barrier outside the Turkish embassy in Bishkek on Sunday.",
    "The government lifted the curfew around the Japanese embassy in Vientiane on Sunday.",
    "Time to close the embassy? Not yet, says the Indian foreign ministry.",
    "Thai workers in Laos were told by their employers on Sunday to stay home.",
    "The Philippine embassy in Honiara is open as usual, officials said on Sunday.",
    # written after the rules above, as a check on them
    "The Canadian embassy in Bangui said on Sunday that Belgian and Dutch troops were "
    "withdrawing; Canadian diplomats will stay.",
    "Foreign forces withdraw from Mali this week; Swedish diplomats will remain in Bamako.",
    "The Swiss ambassador led a delegation out of the meeting in Gitega on Sunday in protest.",
    "The flag over the presidential compound was hauled down on Sunday.",
    "Madrid on Sunday told Equatorial Guinea's ambassador to explain the arrests.",
    "Paris said on Sunday it had no plans to tell French citizens in Niger to leave.",
    "Most of the embassy staff in Vientiane will stay, the Japanese foreign ministry said on "
    "Sunday.",
    "The Swedish embassy's statement on Sunday was short: it condemned the violence.",
    "The State Department said it would not reduce the embassy's footprint in Ulaanbaatar.",
    "The advice from the Dutch embassy in Lusaka has long been the same: avoid crowds.",
    "Vienna hosted talks on Moldova on Sunday, and Austrian officials urged calm.",
    "Most of the Korean embassy staff will remain in Ulaanbaatar, Seoul said on Sunday.",
    "Half of the Polish diplomats in Windhoek are on leave this month.",
    "The message from the Czech embassy in Maputo on Sunday was one of sympathy for the victims.",
    "German and French troops left Lilongwe on Sunday; the Swedish embassy stayed open.",
    "Oslo said on Sunday Norwegian citizens in Madagascar need not leave.",
    "The Thai ambassador left Vientiane on Sunday for talks in Bangkok.",
    "The Romanian embassy in Chisinau kept its gates open on Sunday.",
    "Hungarian embassy staff led a tour of the old town in Bishkek on Sunday.",
    "The embassy was shut for the national holiday, the Irish foreign ministry said.",
    "Rome told the Mozambican ambassador on Sunday that it expected the detained aid workers to "
    "be freed.",
    "Ottawa has told Canadians in Zimbabwe that the embassy is open as usual.",
    "The Swedish embassy in Lusaka said on Sunday it was not authorising any departures.",
    "Berlin said on Sunday that most of its embassy staff would stay in Chisinau.",
    "Q: Will Norway evacuate its embassy in Maputo? A: Not for now, the ministry says.",
    "Warsaw said on Sunday it was ready to close its embassy in Minsk at short notice.",
    "A charter flight for Spaniards leaving Malabo is planned for Friday, the embassy said.",
    "Canberra has told Australians in Honiara several times this year to register with the high "
    "commission.",
    "Those who stay, the Dutch embassy in Maseru warned on Sunday, should not count on being "
    "flown out later.",
    "The Czech diplomats in Gitega did not manage to leave on Sunday, the ministry said.",
]

# Known misses, left for a later pass: passage -> what is wrong
KNOWN_MISSES: dict[str, str] = {
    "Q: Is the Canadian embassy in Bogota still open? A: No. Canada closed it on Sunday.": (
        "'it' two sentences after the mission, across a question and its answer"
    ),
    "Staff burned papers at the embassy in Honiara on Sunday; by nightfall the Australian "
    "diplomatic presence there had ended.": (
        "a presence that ends on its own (intransitive 'had ended', the presence its subject)"
        " is not read: the closure rule needs 'presence' after its verb"
    ),
    "The Swedish embassy in Lusaka told Swedes on Sunday to consider leaving Zambia and "
    "authorised the voluntary departure of non-essential staff.": (
        "the parser hangs 'authorised' on 'leaving' (what the Swedes were told), so the"
        " departure reads as part of the instruction"
    ),
    "Q: Has Norway evacuated its embassy in Maputo? A: Yes, the staff were flown out on "
    "Sunday, the ministry says.": (
        "the answer names no mission ('the staff'), so it is no candidate sentence; the"
        " question itself is hedged"
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
def test_an_embassy_event_in_any_wording_is_read_with_its_embassy_and_day(  # type: ignore[no-untyped-def]
    read, text: str, kind: str, what: str, day: str | None
) -> None:
    events = read(text)
    assert read_as(events, kind, what, day), [(e.type, e.actor, e.date, e.modality) for e in events]


@pytest.mark.parametrize(
    "text", [pytest.param(t, marks=_mark(t), id=f"neg{i}") for i, t in enumerate(NOT_REPORTED)]
)
def test_a_plan_denial_routine_or_other_sense_gives_no_asserted_embassy_event(  # type: ignore[no-untyped-def]
    read, text: str
) -> None:
    assert asserted_embassy_events(read(text)) == []


@pytest.mark.parametrize(
    ("text", "name", "ident"),
    [
        ("Irish diplomats fled Gitega on Sunday.", "Gitega", "city:gitega"),
        ("The envoy in Bissau told citizens to leave.", "Bissau", "city:bissau"),
        ("Flights to Nuku'alofa were cancelled.", "Nuku'alofa", "city:nuku-alofa"),
    ],
)
def test_every_country_s_capital_is_a_place_in_the_gazetteer(  # type: ignore[no-untyped-def]
    entity_nlp, text: str, name: str, ident: str
) -> None:
    from processors.entities import entities_from_doc

    found = {(e.text, e.label, e.id) for e in entities_from_doc(entity_nlp(text))}
    assert (name, "GPE", ident) in found


def test_a_capital_s_name_in_lower_case_is_no_place(entity_nlp) -> None:  # type: ignore[no-untyped-def]
    from processors.entities import entities_from_doc

    found = entities_from_doc(entity_nlp("Two male staff and a female guard were hurt."))
    assert [e for e in found if e.id == "city:male"] == []
