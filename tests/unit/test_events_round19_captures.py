"""Captures and their days in the less tidy voices of news (round 19): "this day in
history" items in the historic present, anniversary pieces, annotated timelines with a
date per line, broadcast transcripts with speaker labels, situation reports, translated
statements, plain holdings, and hard negatives (threatened sieges, forecasts, disputed
claims, recaps). Our own passages, about wars no fixture names."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.event_readings import check_captures, known_miss

# (published, passage, [(place, taker, ISO day or None)]): the asserted captures, exactly
PASSAGES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- "this day in history" items, in the historic present or the past ---------------
    (
        "2024-06-23",
        "On this day in 1914: Villa's Division of the North storms Zacatecas, "
        "routing the federal garrison in a single afternoon.",
        [("Zacatecas", "rebels", "1914-06-23")],
    ),
    (
        "2023-03-13",
        "On this day in 1900: British columns under Lord Roberts march into "
        "Bloemfontein, capital of the Orange Free State, without a fight.",
        [("Bloemfontein", "British forces", "1900-03-13")],
    ),
    (
        "2022-01-02",
        "On this day in 1905: the Russian garrison of Port Arthur surrenders to "
        "the Japanese after a siege of more than five months.",
        [("Port Arthur", "Japanese forces", "1905-01-02")],
    ),
    (
        "2023-11-08",
        "On this day in 1912, Greek troops entered Salonika, hours before a "
        "Bulgarian division reached the city.",
        [("Salonika", "Greek forces", "1912-11-08")],
    ),
    (
        "2020-03-26",
        "On this day in 1913: Adrianople falls to the Bulgarian army after a five-month siege.",
        [("Adrianople", "Bulgarian forces", "1913-03-26")],
    ),
    (
        "2023-05-10",
        "On this day in 1911, Madero's rebels captured Ciudad Juarez after two "
        "days of street fighting.",
        [("Ciudad Juarez", "rebels", "1911-05-10")],
    ),
    (
        "2022-09-27",
        "This day in history, 1993: Abkhaz separatists overrun Sukhumi as "
        "Georgian defenders flee towards the sea.",
        [("Sukhumi", "rebels", "1993-09-27")],
    ),
    (
        "2022-10-25",
        "On this day in 1962: Chinese troops take Tawang, the monastery town, "
        "after Indian defences on the ridge collapse.",
        [("Tawang", "Chinese forces", "1962-10-25")],
    ),
    (
        "2020-09-28",
        "On this day in 1870: Strasbourg capitulates to the Prussian army after "
        "a six-week bombardment.",
        [("Strasbourg", "Prussian forces", "1870-09-28")],
    ),
    (
        "2017-12-10",
        "On this day in 1877, Osman Pasha's starving garrison at Plevna "
        "surrendered to the Russians.",
        [("Plevna", "Russian forces", "1877-12-10")],
    ),
    (
        "2021-03-26",
        "This day, 1913: after a night assault, Bulgarian infantry are inside "
        "Adrianople by morning.",
        [("Adrianople", "Bulgarian forces", "1913-03-26")],
    ),
    # --- anniversary pieces ("N years ago today") -----------------------------------------
    (
        "2023-09-27",
        "Thirty years ago today Sukhumi fell to Abkhaz separatist fighters, and "
        "tens of thousands of Georgians fled over the mountains.",
        [("Sukhumi", "rebels", "1993-09-27")],
    ),
    (
        "2005-03-10",
        "A hundred years ago today, Japanese troops entered Mukden as the "
        "Russian armies fell back to the north.",
        [("Mukden", "Japanese forces", "1905-03-10")],
    ),
    (
        "2017-09-12",
        "Forty years ago today Somali forces captured Jijiga, the biggest town in the Ogaden.",
        [("Jijiga", "Somali forces", "1977-09-12")],
    ),
    (
        "2012-11-18",
        "Fifty years ago today, Chinese forces overran Walong, the last Indian "
        "post in the eastern sector.",
        [("Walong", "Chinese forces", "1962-11-18")],
    ),
    (
        "2020-10-27",
        "A hundred and fifty years ago today, Marshal Bazaine surrendered Metz "
        "and its army of 180,000 to the Prussians.",
        [("Metz", "Prussian forces", "1870-10-27")],
    ),
    # --- annotated timelines with one date per line -----------------------------------------
    (
        "2023-06-01",
        "The Ogaden war, annotated: 12 September 1977 — Somali forces take "
        "Jijiga. 5 March 1978 — Ethiopian troops retake Jijiga with Cuban help.",
        [("Jijiga", "Somali forces", "1977-09-12"), ("Jijiga", "government forces", "1978-03-05")],
    ),
    (
        "2020-01-30",
        "Timeline of the Chadian offensive. 2 January 1987 — Chadian troops "
        "storm Fada. 22 March 1987 — the army overruns the Libyan base at Ouadi Doum.",
        [("Fada", "government forces", "1987-01-02")],
    ),
    (
        "2019-06-05",
        "Key dates: 13 March 1900 — British troops enter Bloemfontein. "
        "5 June — Lord Roberts takes Pretoria.",
        [
            ("Bloemfontein", "British forces", "1900-03-13"),
            ("Pretoria", "British forces", "1900-06-05"),
        ],
    ),
    (
        "2021-04-02",
        "Chronology, 1914. 2 April 1914: Villa's men take Torreon. 23 June: "
        "Zacatecas falls to the Division of the North.",
        [("Torreon", "rebels", "1914-04-02"), ("Zacatecas", "rebels", "1914-06-23")],
    ),
    (
        "2018-11-01",
        "The Balkan war in dates. 8 November 1912 — Greek troops enter Salonika. "
        "6 March 1913 — Ioannina surrenders to the Greek army. 26 March — Adrianople falls "
        "to the Bulgarians.",
        [
            ("Salonika", "Greek forces", "1912-11-08"),
            ("Ioannina", "Greek forces", "1913-03-06"),
            ("Adrianople", "Bulgarian forces", "1913-03-26"),
        ],
    ),
    (
        "2022-08-30",
        "Chad, 1987. 8 August 1987 — Chadian troops capture Aouzou. "
        "28 August — a Libyan counter-offensive retakes Aouzou.",
        [("Aouzou", "government forces", "1987-08-08"), ("Aouzou", "Libyan forces", "1987-08-28")],
    ),
    (
        "2019-09-28",
        "1993 in Abkhazia. 6 October 1992 — separatist fighters capture Gagra. "
        "27 September 1993 — Sukhumi falls to the separatists.",
        [("Gagra", "rebels", "1992-10-06"), ("Sukhumi", "rebels", "1993-09-27")],
    ),
    # --- timelines as sentences, with the year once -----------------------------------------
    (
        "2018-05-20",
        "On 8 November 1912 Greek troops took Salonika. On 6 March they entered Ioannina.",
        [("Salonika", "Greek forces", "1912-11-08"), ("Ioannina", "Greek forces", "1912-03-06")],
    ),
    (
        "2022-06-10",
        "Chinese troops took Tawang on 25 October 1962. On 18 November they overran Bomdila.",
        [("Tawang", "Chinese forces", "1962-10-25"), ("Bomdila", "Chinese forces", "1962-11-18")],
    ),
    (
        "2021-05-02",
        "Madero's volunteers crossed the river in April 1911. On 10 May they took Ciudad Juarez.",
        [("Ciudad Juarez", "rebels", "1911-05-10")],
    ),
    # --- broadcast transcripts and Q&A ------------------------------------------------------
    (
        "2003-05-12",
        "PRESENTER: Who controls Bunia tonight? CORRESPONDENT: Hema militiamen "
        "of the UPC took control of Bunia on Monday after the Lendu fighters withdrew.",
        [("Bunia", "rebels", "2003-05-12")],
    ),
    (
        "1993-09-27",
        "ANCHOR: What is happening in Sukhumi? CORRESPONDENT: The city fell to "
        "Abkhaz separatists on Monday, and Georgian troops are retreating south.",
        [("Sukhumi", "rebels", "1993-09-27")],
    ),
    (
        "2001-06-12",
        "HOST: Where are the rebels now? REPORTER: NLA guerrillas seized "
        "Aracinovo on Friday, within mortar range of Skopje.",
        [("Aracinovo", "rebels", "2001-06-08")],
    ),
    (
        "1962-11-20",
        "Q: Has Bomdila fallen? A: Yes. Chinese troops captured the town on "
        "Sunday after the Indian brigade withdrew.",
        [("Bomdila", "Chinese forces", "1962-11-18")],
    ),
    (
        "1877-11-19",
        "Q: Has Kars fallen? A: Yes. Russian troops stormed the town overnight.",
        [("Kars", "Russian forces", "1877-11-19")],
    ),
    (
        "1870-10-28",
        "ANCHOR: And Metz? CORRESPONDENT: Still holding out, though the garrison is starving.",
        [],
    ),
    (
        "1987-03-23",
        "CALLER: Is it true about Ouadi Doum? HOST: It is. Chadian troops "
        "stormed the Libyan air base at Ouadi Doum on Sunday.",
        [],
    ),
    # --- situation reports ------------------------------------------------------------------
    (
        "2003-05-13",
        "SITUATION REPORT No. 7, 13 May. Bunia: UPC militia took control of the "
        "town on Monday; the UN compound is sheltering 7,000 people.",
        [("Bunia", "rebels", "2003-05-12")],
    ),
    (
        "1993-09-28",
        "Flash update. Security: Abkhaz separatists captured Sukhumi on Monday, "
        "the UN observer mission said; humanitarian flights are suspended.",
        [("Sukhumi", "rebels", "1993-09-27")],
    ),
    (
        "2001-06-11",
        "Humanitarian update, 11 June. Aracinovo: rebels seized the village on "
        "Friday; 4,000 residents have fled.",
        [("Aracinovo", "rebels", "2001-06-08")],
    ),
    # --- translated statements --------------------------------------------------------------
    (
        "1977-09-13",
        'Translated from a Somali radio broadcast: "Our forces liberated Jijiga '
        'on Monday," the announcer said.',
        [("Jijiga", "Somali forces", "1977-09-12")],
    ),
    (
        "1987-01-03",
        "Translated from French, a statement by the Chadian army: our units "
        "retook Fada on Friday morning.",
        [("Fada", "government forces", "1987-01-02")],
    ),
    (
        "1992-10-07",
        "In a statement translated from Russian, the Abkhaz leadership said on "
        "Tuesday that its fighters had captured Gagra.",
        [("Gagra", "rebels", "1992-10-06")],
    ),
    # --- plain holdings ---------------------------------------------------------------------
    (
        "2003-05-13",
        "Bunia is in the hands of UPC militiamen after a week of fighting, "
        "aid workers said on Tuesday.",
        [("Bunia", "rebels", None)],
    ),
    (
        "1993-09-28",
        "Abkhaz separatists now hold Sukhumi, Georgian officials said on Tuesday.",
        [("Sukhumi", "rebels", None)],
    ),
    (
        "1983-08-11",
        "Faya-Largeau is now in the hands of the GUNT rebels and their Libyan "
        "backers, Chadian officials said on Thursday.",
        [("Faya-Largeau", "rebels", None)],
    ),
    # --- X went too, gapping, lists ---------------------------------------------------------
    (
        "1914-06-24",
        "Torreon fell in April. On Tuesday Zacatecas fell too, to Villa's cavalry.",
        [("Zacatecas", "rebels", "1914-06-23")],
    ),
    (
        "1912-11-09",
        "Greek troops took Salonika on Friday and Serbian troops Skopje.",
        [("Salonika", "Greek forces", "1912-11-08"), ("Skopje", "Serbian forces", "1912-11-08")],
    ),
    (
        "1987-01-05",
        "Chadian troops seized Fada on Friday, Ouadi Doum on Saturday and Zouar on Sunday.",
        [
            ("Fada", "government forces", "1987-01-02"),
            ("Ouadi Doum", "government forces", "1987-01-03"),
            ("Zouar", "government forces", "1987-01-04"),
        ],
    ),
    # --- hard negatives: threats, forecasts, disputed claims, recaps ------------------------
    (
        "2018-07-20",
        "Separatist fighters threatened to storm Kumba within days, residents said on Friday.",
        [],
    ),
    (
        "2019-02-11",
        "Separatist commanders say they will take Bamenda before the rains; the "
        "army says the city is secure.",
        [],
    ),
    (
        "1977-11-02",
        "Analysts warn that Dire Dawa could fall within weeks if Somali armour cuts the railway.",
        [],
    ),
    (
        "1948-01-10",
        "Guerrillas have besieged Konitsa for two weeks, but the town has not fallen.",
        [],
    ),
    (
        "2001-06-10",
        "Rebels said they had captured Tetovo on Saturday; the army denied it "
        "and said its troops still held the town.",
        [],
    ),
    (
        "2003-05-20",
        "Bunia, which the UPC seized in mid-May, was calm on Tuesday, aid workers said.",
        [],
    ),
    (
        "1978-03-09",
        "Jijiga, retaken by Ethiopian troops in early March, was quiet again on Thursday.",
        [],
    ),
    (
        "1987-01-06",
        "Chadian troops prepared on Tuesday to push on to Faya-Largeau, which "
        "Libyan-backed rebels have held since 1983.",
        [],
    ),
    (
        "1977-09-10",
        "Somali tanks reached the outskirts of Jijiga on Saturday but were "
        "beaten back, Addis Ababa radio said.",
        [],
    ),
    (
        "2003-05-08",
        "Fears grew on Thursday that militiamen would overrun Bunia once Ugandan troops left.",
        [],
    ),
    (
        "2018-11-12",
        "FACT CHECK: a video claims that separatists captured Kumba this week. "
        "Our verdict: false. The town remains under army control.",
        [],
    ),
    (
        "2019-04-01",
        "Q: Did the rebels take Bosaso? A: No. They attacked checkpoints "
        "outside the port but were repulsed.",
        [],
    ),
    (
        "1962-11-19",
        "Should Tezpur fall, the whole of the Assam plain would be open, an "
        "Indian official warned on Monday.",
        [],
    ),
    (
        "1900-02-14",
        "Boer commandos have surrounded Kimberley and shell it daily, but the garrison holds.",
        [],
    ),
    (
        "1899-12-20",
        "Ladysmith is still besieged; General Buller's attempt to relieve it failed at Colenso.",
        [],
    ),
    # --- more this-day and anniversary items ------------------------------------------------
    (
        "2021-10-05",
        "On this day in 1821: Greek insurgents storm Tripolitsa, the Ottoman "
        "seat in the Morea, after a five-month siege.",
        [("Tripolitsa", "rebels", "1821-10-05")],
    ),
    (
        "2019-02-14",
        "On this day in 1879, Chilean troops landed at Antofagasta and occupied "
        "the port without resistance.",
        [("Antofagasta", "Chilean forces", "1879-02-14")],
    ),
    (
        "2017-11-18",
        "On this day in 1877: Russian troops storm Kars in a night assault.",
        [("Kars", "Russian forces", "1877-11-18")],
    ),
    (
        "2016-04-01",
        "Eighty years ago today Italian forces entered Gondar, meeting no resistance.",
        [("Gondar", "Italian forces", "1936-04-01")],
    ),
    (
        "2010-06-05",
        "A hundred and ten years ago today, British troops marched into Pretoria "
        "as President Kruger's government fled east.",
        [("Pretoria", "British forces", "1900-06-05")],
    ),
    (
        "2012-11-19",
        "A century ago today, Serbian troops entered Monastir after routing "
        "the Ottoman army outside the town.",
        [("Monastir", "Serbian forces", "1912-11-19")],
    ),
    (
        "2013-08-08",
        "On this day in 1987, Chadian troops captured Aouzou, the oasis town "
        "Libya had held since 1973.",
        [("Aouzou", "government forces", "1987-08-08")],
    ),
    (
        "2020-05-31",
        "Twenty years ago today, rebels took Tetovo's hills. The town itself never fell.",
        [],
    ),
    # --- anniversary pieces about what did not happen, and about the day itself ---------------
    (
        "2022-11-30",
        "Seventy-five years ago today Konitsa was under siege. The guerrillas "
        "who surrounded it were driven off a week later.",
        [],
    ),
    (
        "2019-12-14",
        "On this day in 1899, Boer guns opened fire on Ladysmith's outer "
        "pickets; the town would hold out until February.",
        [],
    ),
    (
        "2017-09-13",
        "On this day in 1977, Somali forces were said to have taken Jijiga; "
        "Addis Ababa denied it for days.",
        [],
    ),
    # (a news story recalling a day in passing is no anniversary item)
    (
        "2024-05-14",
        "Separatists took Kumba on Sunday. On this day in 2018, the town had been shelled "
        "for a week.",
        [("Kumba", "rebels", "2024-05-12")],
    ),
    # --- annotated timelines, more layouts ---------------------------------------------------
    (
        "2021-11-10",
        "The Balkan war, 1912 — key dates. 8 November: Greek troops enter "
        "Salonika. 9 November: Bulgarian troops reach the city a day late.",
        [("Salonika", "Greek forces", "1912-11-08")],
    ),
    (
        "2020-08-30",
        "Timeline. 12 July 1987: Libyan troops retake Aouzou? No: that came "
        "later. 8 August 1987: Chadian troops capture Aouzou.",
        [("Aouzou", "government forces", "1987-08-08")],
    ),
    (
        "2024-09-27",
        "Abkhazia, 1993. 16 September — the separatists break the ceasefire. "
        "27 September — Sukhumi falls.",
        [("Sukhumi", "rebels", "1993-09-27")],
    ),
    (
        "2019-03-13",
        "Boer War dates: 15 February 1900 — Kimberley relieved. 13 March "
        "1900 — British troops occupy Bloemfontein.",
        [("Bloemfontein", "British forces", "1900-03-13")],
    ),
    (
        "2018-10-25",
        "The 1962 war, annotated. 20 October 1962: Chinese troops attack along "
        "the McMahon Line. 25 October: Tawang falls.",
        [("Tawang", "Chinese forces", "1962-10-25")],
    ),
    (
        "2005-01-02",
        "Port Arthur, 1904-05. 1 August 1904: the Japanese begin the siege. "
        "2 January 1905: the garrison surrenders Port Arthur to the Japanese.",
        [("Port Arthur", "Japanese forces", "1905-01-02")],
    ),
    # --- transcripts and Q&A, more ---------------------------------------------------------
    (
        "1900-03-14",
        "CORRESPONDENT'S CABLE: Bloemfontein occupied by British troops "
        "yesterday. Burghers withdrew north without fighting.",
        [("Bloemfontein", "British forces", "1900-03-13")],
    ),
    (
        "2001-06-12",
        "ANCHOR: Are the rebels still in Aracinovo? CORRESPONDENT: They are. "
        "The army shelled the village all night but its assault failed.",
        [],
    ),
    (
        "1987-08-09",
        "HOST: What happened at Aouzou? GUEST: Chadian troops captured the "
        "town on Saturday. Libya says it will take it back.",
        [("Aouzou", "government forces", "1987-08-08")],
    ),
    (
        "1977-09-14",
        "Q: Is Jijiga lost? A: The Ethiopian command denies it. Somali radio "
        "says its forces took the town on Monday.",
        [],
    ),
    (
        "2003-05-10",
        "PRESENTER: Will Bunia fall? CORRESPONDENT: Aid workers fear the UPC "
        "could take the town within days.",
        [],
    ),
    (
        "1962-10-26",
        "INTERVIEWER: Minister, has Tawang fallen? MINISTER: I cannot confirm "
        "that. Fighting is going on near the town.",
        [],
    ),
    # --- situation reports, more ------------------------------------------------------------
    (
        "1993-09-20",
        "SITREP 12, 20 September. Sukhumi: separatist forces have surrounded "
        "the city; the airport is under fire. Gagra: quiet.",
        [],
    ),
    (
        "2003-05-06",
        "Situation report, 6 May. Bunia: Ugandan troops completed their "
        "withdrawal on Tuesday; militias are massing at the town's edges.",
        [],
    ),
    (
        "1987-01-04",
        "SITREP, 4 January. Fada: Chadian forces captured the town on Friday; "
        "Libyan losses are heavy.",
        [("Fada", "government forces", "1987-01-02")],
    ),
    # --- translated statements, more --------------------------------------------------------
    (
        "1993-09-27",
        'Translated from Georgian: "Sukhumi has not fallen. Our men are '
        'fighting in the streets," the defence ministry said on Monday.',
        [],
    ),
    (
        "2001-06-09",
        "Translated from Albanian, a communique of the NLA: our fighters took "
        "control of Aracinovo on Friday.",
        [("Aracinovo", "rebels", "2001-06-08")],
    ),
    (
        "1962-11-19",
        "In a statement translated from Chinese, Beijing said on Monday that "
        "its frontier guards had captured Bomdila on Sunday.",
        [("Bomdila", "Chinese forces", "1962-11-18")],
    ),
    # --- plain holdings, more ---------------------------------------------------------------
    (
        "1905-01-04",
        "Port Arthur is in Japanese hands at last, the Tokyo papers said on Wednesday.",
        [("Port Arthur", "Japanese forces", None)],
    ),
    (
        "1912-11-11",
        "Salonika is now held by Greek troops, and the Bulgarian division "
        "camped outside is demanding a share of the city.",
        [("Salonika", "Greek forces", None)],
    ),
    ("2001-06-14", "Aracinovo remains in rebel hands for a fifth day, despite heavy shelling.", []),
    ("1899-11-03", "Ladysmith is cut off; the railway south is in Boer hands.", []),
    (
        "1905-01-05",
        "Port Arthur is finally in Japanese hands, the Tokyo papers said on Thursday.",
        [("Port Arthur", "Japanese forces", None)],
    ),
    (
        "1905-06-01",
        "Port Arthur has been in Japanese hands since January, and its harbour is being "
        "cleared of wrecks.",
        [],
    ),
    # --- X went too, gapping, lists, more ---------------------------------------------------
    (
        "1913-03-27",
        "Ioannina fell to the Greeks three weeks ago. On Wednesday Adrianople "
        "fell too, to the Bulgarians.",
        [("Adrianople", "Bulgarian forces", "1913-03-26")],
    ),
    (
        "1900-06-06",
        "British columns took Johannesburg last week and Pretoria on Tuesday.",
        [("Pretoria", "British forces", "1900-06-05")],
    ),
    (
        "1993-09-28",
        "Abkhaz fighters took Sukhumi on Monday and Ochamchire on Tuesday.",
        [("Sukhumi", "rebels", "1993-09-27"), ("Ochamchire", "rebels", "1993-09-28")],
    ),
    # --- "brought X under their control": the causative of "came under control" ------------
    (
        "1987-01-03",
        "Chadian troops brought Fada under their control on Friday.",
        [("Fada", "government forces", "1987-01-02")],
    ),
    (
        "1992-10-07",
        "Separatist fighters have brought the whole of Gagra under their control, the "
        "leadership said on Wednesday.",
        [("Gagra", "rebels", "1992-10-07")],
    ),
    (
        "2003-05-13",
        "Militiamen of the UPC put Bunia under their control on Monday, UN officials said.",
        [("Bunia", "rebels", "2003-05-12")],
    ),
    (
        "1992-10-01",
        "Separatist commanders vowed to bring Gagra under their control within a week.",
        [],
    ),
    ("1992-10-01", "The government put Gagra under a curfew on Monday.", []),
    # --- a denial itself denied confirms; a denial leaves the claim hedged -------------------
    (
        "1993-09-27",
        "Abkhaz separatists said they had captured Sukhumi on Monday. Georgian officials did "
        "not dispute it.",
        [("Sukhumi", "rebels", "1993-09-27")],
    ),
    (
        "1987-01-03",
        "Chad's army said its troops had retaken Fada on Friday. Libya has not denied the report.",
        [("Fada", "government forces", "1987-01-02")],
    ),
    (
        "1993-09-27",
        "Abkhaz separatists said they had captured Sukhumi on Monday. Georgian officials "
        "denied the report.",
        [],
    ),
    # --- hard negatives, more ---------------------------------------------------------------
    ("1912-11-05", "Greek commanders expect to enter Salonika before the week is out.", []),
    (
        "1870-09-20",
        "The Prussians have ringed Strasbourg with guns and are demanding its surrender.",
        [],
    ),
    ("1877-11-10", "If Kars falls, the road to Erzurum lies open, Ottoman officers warned.", []),
    ("1993-09-22", "Separatist leaders vowed on Wednesday to take Sukhumi within days.", []),
    (
        "1987-03-20",
        "Libyan radio claimed on Friday that Chadian attacks on Ouadi Doum had "
        "been repulsed with heavy losses.",
        [],
    ),
    ("1962-10-22", "Chinese troops were reported on Monday to be massing north of Tawang.", []),
    (
        "2003-05-14",
        "Militia leaders deny that they control Bunia and say they are only "
        "protecting their people.",
        [],
    ),
    (
        "1900-02-16",
        "Kimberley, besieged since October, was relieved on Thursday by General French's cavalry.",
        [],
    ),
    (
        "1905-03-12",
        "Mukden, which the Japanese entered on Friday, is full of Russian "
        "wounded left behind in the retreat.",
        [("Mukden", "Japanese forces", "1905-03-10")],
    ),
    # (a relative clause with a day of its own in the simple past is news: README)
    (
        "1911-05-12",
        "Ciudad Juarez, taken by Madero's rebels on Wednesday, is quiet.",
        [("Ciudad Juarez", "rebels", "1911-05-10")],
    ),
    (
        "1987-01-10",
        "After the loss of Fada, Libyan commanders in northern Chad pulled back to Ouadi Doum.",
        [],
    ),
    ("1913-03-28", "Two days after taking Adrianople, Bulgarian troops were ordered west.", []),
    ("1993-10-02", "Read also: Sukhumi falls to separatists as Georgians flee", []),
]

# (opening words, why): readings the rules still get wrong, kept as strict xfails
MISSES: dict[str, str] = {
    "On this day in 1914: Villa's Division": "'storms' tagged a plural noun inside the name",
    "On this day in 1912, Greek troops": "a place's state at the time: Salonika was Ottoman",
    "On this day in 1913: Adrianople falls": "'falls to the Bulgarian army': place not read",
    "On this day in 1962: Chinese troops": "Tawang is not in the world's city table",
    "Chronology, 1914.": "'Villa's men' as taker: a man's army not read",
    "The Balkan war in dates.": "Salonika's state at the time; 'Ioannina surrenders' missed",
    "Chad, 1987.": "the parser reads the town as an adverb of 'capture'",
    "On 8 November 1912 Greek troops": "a place's state at the time: Salonika was Ottoman",
    "Chinese troops took Tawang": "Tawang and Bomdila are not in the world's city table",
    "Madero's volunteers crossed": "'they' as taker: the subject of the sentence before",
    "Q: Has Bomdila fallen?": "Bomdila is not in the world's city table",
    "Humanitarian update, 11 June.": "'the village' under a line label",
    "Translated from a Somali radio": "'our forces' in a quoted statement: the speaker's army",
    "Translated from French, a statement": "'our units' in a statement: the speaker's army",
    "Bunia is in the hands of UPC": "'in the hands of' a named militia: holder not read",
    "Torreon fell in April.": "'Villa's cavalry' as taker: a man's army not read",
    "Greek troops took Salonika on Friday and Serbian": "a place's state at the time; gapping",
    "On this day in 1879, Chilean": "'landed at X and occupied the port': the port not read",
    "The Balkan war, 1912": "the day number split from its month by the sentence break",
    "Timeline. 12 July 1987": "Aouzou read as an adverb of 'capture'",
    "The 1962 war, annotated.": "Tawang is not in the world's city table",
    "HOST: What happened at Aouzou?": "'the town' refers to a place after 'at' in a question",
    "In a statement translated from Chinese": "Bomdila is not in the world's city table",
    "Salonika is now held by Greek": "a place's state at the time: Salonika was Ottoman",
    "British columns took Johannesburg last week": "'last week' on the first item dates both",
}


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(*p, marks=known_miss(p[1], MISSES), id=p[1][:48]) for p in PASSAGES],
)
def test_each_capture_is_read_with_its_taker_and_day(
    read, published: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, datetime.fromisoformat(published).date()), expected)
