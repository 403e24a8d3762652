"""Events, round 37: our own passages, written fresh for kinds of error that recur across the
unseen sets, after dev50 and dev51 were opened.

What the round taught, in plain words:
- The words before "forces" or "troops" decide whose army it is, and only the word right
  before the army noun was looked at: "Resistance forces said they captured Khampat" (ub012),
  "Karenni resistance forces" (ub101, td069), "Chin resistance forces" (ub068) were read as
  the government's forces (the bare army noun is the government's), each one a missed and a
  false capture. Five of eight fresh passages naming the taker by a rising ("resistance",
  "militia"), a people with no state ("Karen", "Kurdish-led") or an army noun joined to such
  a one ("Ta'ang fighters and allied resistance troops") were read wrong before, none after;
  a state's adjective ("Ethiopian", "Ukrainian") and the state's own words ("pro-government",
  "counter-") still decide first.
  Still wrong: "Counter-insurgency troops" (the pack's "insurgency" makes them rebels), and
  "Kachin and Shan troops under the junta's command" (no capture read at all).
- A share of a place taken while the other side, after "but", still holds part of it ("have
  taken much of the Kayah state capital ..., but junta troops still hold the airport", td069)
  was read as the town's fall; it is left hedged now (it came to light once the taker above
  was read right; both fresh passages so read before, none after). A share taken with
  nothing held against it is still the place taken.
- A timeline entry in the headline present with a list of places ("10 Aug - Farah and
  Pul-e-Khumri fall", ub002) was missed: the tagger takes the plural "fall" after names for
  a noun, so neither the parse nor the entry's list of places read it. A capture verb
  closing an entry's list is now the entry's own verb (five of eleven fresh timelines so
  read wrong before, two after, for other causes).
  Still wrong: "Nov 21 - Sake and Masisi fall" (Sake is no place to the tagger) and a
  one-line timeline with its stamps run together ("6 Aug - Zaranj. 7 Aug - Sheberghan.").
- A ministry's nickname owned or qualified by another country ("Germany's Foreign Office",
  "the Dutch Foreign Office", ua066) was read as the country the nickname names alone as
  well: a false UK alert beside the right one. The nickname's words so owned are that
  country's now (six of six fresh passages wrong before, one after for another cause;
  "Britain's Foreign Office" and "The British Foreign Office" are still the UK's).
  Still wrong: "Japan's foreign ministry ... echoing the Foreign Office in London" puts the
  Japanese embassy in London (a city named in the sentence).
- An envoy another country orders out ("Iraq's government later ordered the Swedish
  ambassador to leave the country", ua074; "Burkina Faso ordered the French envoy to leave")
  was read as the mission's evacuation, by the rule for a government ordering its own staff
  out. Three of six fresh expulsions were so read before, none after: a verb of ordering
  whose subject names a country other than the mission's is an expulsion. A government
  ordering its own ("Britain ordered its diplomats", "Washington ordered the US ambassador")
  still evacuates. That expulsion had stood in for tr015's evacuation, told in a passive
  joined to a verb before it ("all of its embassy staff were safe and had been moved out of
  the compound"): such a passive, with no subject of its own, now shares that verb's
  subject (one of three fresh passages so missed before, none after).
- A sayer who says "they" drove a group out of a town ("The US-backed Syrian Democratic
  Forces said on Friday they had driven Islamic State out of al-Shaddadi", ua040) is read as
  the government's capture: the pronoun names no side, so the group driven out makes the
  taker its enemy, the government (two of three fresh passages so). Taking the pronoun for
  the sayer mended them but read w079's "Forces loyal to exiled President Hadi said they had
  driven the Houthis out of Aden" as rebels (round 21's rival's army), dropping dev2 below
  its floor: not kept. Still wrong, strict xfail below.
- A mission's notice headed with the day it was issued, the body after a colon on the same
  line ("US Embassy Juba - Security Message for U.S. Citizens (July 10, 2016): Heavy
  fighting ...", ub045), was dated by publication when the advice came in a later sentence:
  round 36's heading wanted the body on the next line. A colon now ends the heading too (two
  of eight fresh notices misdated before, none after).
  Still wrong: "British nationals should stay indoors" after a heading naming the mission
  reads no alert (no teller in the advice's own sentence).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.event_readings import check_captures, check_embassy_events, known_miss

# (passage, publication day, the asserted captures exactly: (place, taker, ISO day or None))
TAKERS: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Resistance forces said on Sunday they had captured Falam, the capital of Chin State.",
        date(2024, 4, 9),
        [("Falam", "rebels", "2024-04-07")],
    ),
    (
        "MYANMAR | Karen resistance forces overran Myawaddy on Thursday, a spokesman for the "
        "group said.",
        date(2024, 4, 12),
        [("Myawaddy", "rebels", "2024-04-11")],
    ),
    (
        "Ta'ang fighters and allied resistance troops seized Lashio on Saturday, residents said.",
        date(2024, 8, 5),
        [("Lashio", "rebels", "2024-08-03")],
    ),
    (
        "Kurdish-led forces took Manbij on Friday after a two-month siege, a monitor said.",
        date(2016, 8, 14),
        [("Manbij", "rebels", "2016-08-12")],
    ),
    (
        "Druze militia forces said on Monday they had taken Aley from the army.",
        date(1983, 9, 7),
        [("Aley", "rebels", "1983-09-05")],
    ),
    (
        "RADIO: ...and we're hearing that Shan resistance fighters have taken Hsipaw overnight.",
        date(2024, 7, 25),
        [("Hsipaw", "rebels", None)],
    ),
    (
        "Opposition forces in Syria captured Idlib on Saturday, activists said.",
        date(2015, 3, 30),
        [("Idlib", "rebels", "2015-03-28")],
    ),
    (
        "Hebron fell to Israeli troops on Thursday, the army said.",
        date(1967, 6, 10),
        [("Hebron", "Israeli forces", "1967-06-08")],
    ),
    # --- hard negatives: a state's army named by its state or its own words -------------------
    (
        "Ethiopian troops entered Baidoa on Tuesday, witnesses told Reuters.",
        date(2006, 12, 28),
        [("Baidoa", "Ethiopian forces", "2006-12-26")],
    ),
    (
        "Government forces recaptured Falam on Sunday, state television said.",
        date(2024, 4, 9),
        [("Falam", "government forces", "2024-04-07")],
    ),
    (
        "Myanmar's army said on Monday it had retaken Myawaddy.",
        date(2024, 4, 23),
        [("Myawaddy", "government forces", "2024-04-22")],
    ),
    (
        "Ukrainian forces retook Kherson on Friday, officials said.",
        date(2022, 11, 12),
        [("Kherson", "government forces", "2022-11-11")],
    ),
    (
        "Syrian troops recaptured Palmyra on Sunday, state media said.",
        date(2016, 3, 28),
        [("Palmyra", "government forces", "2016-03-27")],
    ),
    (
        "Kurdish Peshmerga forces retook Sinjar on Friday, Kurdish officials said.",
        date(2015, 11, 14),
        [("Sinjar", "government forces", "2015-11-13")],
    ),
    (
        "Pro-government militia forces retook Zinjibar on Sunday, officials said.",
        date(2015, 7, 20),
        [("Zinjibar", "government forces", "2015-07-19")],
    ),
    (
        "Special forces and border guards recaptured Lashio on Tuesday, state media said.",
        date(2024, 8, 8),
        [("Lashio", "government forces", "2024-08-06")],
    ),
    (
        "Counter-insurgency troops recaptured Marawi on Monday, the army said.",
        date(2017, 10, 17),
        [("Marawi", "government forces", "2017-10-16")],
    ),
    (
        "Kachin and Shan troops under the junta's command retook Hsipaw on Thursday.",
        date(2024, 7, 26),
        [("Hsipaw", "government forces", "2024-07-25")],
    ),
]

TAKER_MISSES = {
    "Counter-insurgency troops": "the pack's rebel alias 'insurgency' names the state's unit",
    "Kachin and Shan troops": "no capture read (troops under another's command)",
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*case, marks=known_miss(case[0], TAKER_MISSES)) for case in TAKERS],
)
def test_the_words_before_an_army_noun_decide_its_side(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, published), expected)


SHARES: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        'FACT CHECK: Posts saying Loikaw "has fallen" are premature. Karenni resistance forces '
        "have taken much of the Kayah state capital since their offensive began in November, "
        "but junta troops still hold the airport, the state government compound and a large "
        "part of the town.",
        date(2024, 1, 20),
        [],
    ),
    (
        "Rebels have seized most of Goma, but army units still hold the airport and the "
        "lakeside, a UN official said.",
        date(2012, 11, 20),
        [],
    ),
    # --- hard negatives: a share taken with nothing held, a town held elsewhere ---------------
    (
        "Rebels have seized most of Goma, a UN official said on Tuesday.",
        date(2012, 11, 21),
        [("Goma", "rebels", None)],
    ),
    (
        "Rebels seized Goma on Tuesday, but the army still holds Sake to the west.",
        date(2012, 11, 21),
        [("Goma", "rebels", "2012-11-20")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SHARES)
def test_a_share_taken_while_the_other_side_still_holds_part_is_no_fall(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, published), expected)


TIMELINES: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "TIMELINE: the Taliban's August offensive\n06 Aug - Zaranj (Nimroz) taken, the first "
        "provincial capital lost by Kabul.\n10 Aug - Farah and Pul-e-Khumri fall.\n12 Aug - "
        "Ghazni and Herat; tally 11 of 34.",
        date(2021, 8, 13),
        [
            ("Zaranj", "Taliban", "2021-08-06"),
            ("Farah", "Taliban", "2021-08-10"),
            ("Pul-e-Khumri", "Taliban", "2021-08-10"),
            ("Ghazni", "Taliban", "2021-08-12"),
            ("Herat", "Taliban", "2021-08-12"),
        ],
    ),
    (
        "How the north was lost\n8 Aug - Kunduz falls.\n9 Aug - Aybak falls without a fight.\n"
        "11 Aug - Faizabad and Pul-e-Khumri fall.",
        date(2021, 8, 14),
        [
            ("Kunduz", "Taliban", "2021-08-08"),
            ("Aybak", "Taliban", "2021-08-09"),
            ("Faizabad", "Taliban", "2021-08-11"),
            ("Pul-e-Khumri", "Taliban", "2021-08-11"),
        ],
    ),
    (
        "KEY DATES\nNov 20 - M23 rebels take Goma.\nNov 21 - Sake and Masisi fall.",
        date(2012, 11, 25),
        [
            ("Goma", "rebels", "2012-11-20"),
            ("Sake", "rebels", "2012-11-21"),
            ("Masisi", "rebels", "2012-11-21"),
        ],
    ),
    (
        "Chronology:\nAug 12 - Herat and Ghazni fall to the Taliban.\nAug 13 - Kandahar falls.",
        date(2021, 8, 14),
        [
            ("Herat", "Taliban", "2021-08-12"),
            ("Ghazni", "Taliban", "2021-08-12"),
            ("Kandahar", "Taliban", "2021-08-13"),
        ],
    ),
    (
        "The fall of the provincial capitals, day by day: 6 Aug - Zaranj. 7 Aug - Sheberghan. "
        "8 Aug - Kunduz, Sar-e Pul and Taloqan.",
        date(2021, 8, 10),
        [
            ("Zaranj", "Taliban", "2021-08-06"),
            ("Sheberghan", "Taliban", "2021-08-07"),
            ("Kunduz", "Taliban", "2021-08-08"),
            ("Sar-e Pul", "Taliban", "2021-08-08"),
            ("Taloqan", "Taliban", "2021-08-08"),
        ],
    ),
    (
        "Rebel advance, key dates\n18 Nov - M23 fighters reach the outskirts of Goma.\n20 Nov - "
        "Goma and Sake fall.",
        date(2012, 11, 25),
        [("Goma", "rebels", "2012-11-20"), ("Sake", "rebels", "2012-11-20")],
    ),
    (
        "Mali timeline\nMarch 30 - Islamist fighters take Kidal.\nMarch 31 - Gao surrenders.\n"
        "April 1 - Timbuktu and Douentza fall.",
        date(2012, 4, 5),
        [
            ("Kidal", "rebels", "2012-03-30"),
            ("Gao", "rebels", "2012-03-31"),
            ("Timbuktu", "rebels", "2012-04-01"),
            ("Douentza", "rebels", "2012-04-01"),
        ],
    ),
    (
        "Taliban gains\n13 Aug - Kandahar and Lashkar Gah fall\n14 Aug - Mazar-i-Sharif falls",
        date(2021, 8, 15),
        [
            ("Kandahar", "Taliban", "2021-08-13"),
            ("Lashkar Gah", "Taliban", "2021-08-13"),
            ("Mazar-i-Sharif", "Taliban", "2021-08-14"),
        ],
    ),
    # --- hard negatives: things that fall in a timeline, no place taken -----------------------
    (
        "TIMELINE\n12 Aug - Taliban take Herat.\n13 Aug - Afghan currency and Kabul shares fall.",
        date(2021, 8, 14),
        [("Herat", "Taliban", "2021-08-12")],
    ),
    (
        "Timeline of the storm\n12 Aug - Heavy rain across Herat and Farah.\n13 Aug - "
        "Temperatures in Herat and Kandahar fall.",
        date(2021, 8, 14),
        [],
    ),
    (
        "TIMELINE\n10 Aug - EU envoys meet in Doha.\n11 Aug - Flights from Kabul suspended.",
        date(2021, 8, 14),
        [],
    ),
]

TIMELINE_MISSES = {
    "KEY DATES": "Sake is no place to the tagger",
    "The fall of the provincial capitals, day by day": "stamps run together on one line",
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*case, marks=known_miss(case[0], TIMELINE_MISSES)) for case in TIMELINES],
)
def test_a_timeline_entry_in_the_headline_present_is_taken(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, published), expected)


# (passage, publication day, the asserted embassy events exactly: (type, actor, ISO day))
OWNED_MINISTRIES: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Germany's Foreign Office on Friday told German citizens to leave Afghanistan as soon "
        "as possible and said the embassy in Kabul could close if the security situation "
        "deteriorated further.",
        date(2021, 8, 7),
        [("embassy_security_alert", "German Embassy Kabul", "2021-08-06")],
    ),
    (
        "Italy's Foreign Office on Monday urged Italian nationals to leave Libya immediately.",
        date(2014, 7, 29),
        [("embassy_security_alert", "Italian Embassy Tripoli", "2014-07-28")],
    ),
    (
        "The Dutch Foreign Office on Tuesday told Dutch citizens to leave Sudan while commercial "
        "flights were still running.",
        date(2023, 4, 19),
        [("embassy_security_alert", "Dutch Embassy Khartoum", "2023-04-18")],
    ),
    (
        "Canada's foreign office, Global Affairs, on Wednesday told Canadians to leave Lebanon "
        "while flights were available.",
        date(2024, 8, 1),
        [("embassy_security_alert", "Canadian Embassy Beirut", "2024-07-31")],
    ),
    (
        "LIVE 14:02 Norway's Foreign Office urges Norwegians in Lebanon to leave now while "
        "flights run.",
        date(2024, 8, 3),
        [("embassy_security_alert", "Norwegian Embassy Beirut", "2024-08-03")],
    ),
    (
        "Japan's foreign ministry on Tuesday told Japanese nationals to leave Ukraine, echoing "
        "the Foreign Office in London.",
        date(2022, 2, 15),
        [("embassy_security_alert", "Japanese Embassy Kyiv", "2022-02-15")],
    ),
    # --- hard negatives: the nickname's own country, alone or beside another ------------------
    (
        "The Foreign Office on Thursday advised British nationals in Afghanistan to leave by "
        "commercial means.",
        date(2021, 8, 13),
        [("embassy_security_alert", "UK Embassy Kabul", "2021-08-12")],
    ),
    (
        "The British Foreign Office on Monday told British nationals to leave Sudan immediately.",
        date(2023, 4, 25),
        [("embassy_security_alert", "UK Embassy Khartoum", "2023-04-24")],
    ),
    (
        "Britain's Foreign Office and Germany's foreign ministry on Monday told their citizens "
        "to leave Sudan.",
        date(2023, 4, 25),
        [
            ("embassy_security_alert", "UK Embassy Khartoum", "2023-04-24"),
            ("embassy_security_alert", "German Embassy Khartoum", "2023-04-24"),
        ],
    ),
]

MINISTRY_MISSES = {"Japan's foreign ministry": "London, named in the sentence, taken for the host"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*case, marks=known_miss(case[0], MINISTRY_MISSES)) for case in OWNED_MINISTRIES],
)
def test_a_ministry_nickname_another_country_owns_is_that_countrys(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)


EXPELLED: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Protesters stormed the Swedish embassy in Baghdad early on Thursday. Iraq's government "
        "later ordered the Swedish ambassador to leave the country.",
        date(2023, 7, 20),
        [],
    ),
    (
        "Iraq's government later ordered the Swedish ambassador to leave the country.",
        date(2023, 7, 20),
        [],
    ),
    (
        "Burkina Faso ordered the French envoy to leave; he departed Ouagadougou on Sunday.",
        date(2023, 1, 30),
        [],
    ),
    (
        "Niger's junta on Friday gave the French ambassador 48 hours to leave the country.",
        date(2023, 8, 26),
        [],
    ),
    (
        "Moscow expelled the Estonian ambassador on Tuesday, ordering him to leave Russia by "
        "February 7.",
        date(2023, 1, 24),
        [],
    ),
    (
        "The Foreign Ministry summoned the Dutch ambassador and told him to leave Venezuela "
        "within 72 hours.",
        date(2018, 6, 12),
        [],
    ),
    # --- hard negatives: a government ordering its own staff out -------------------------------
    (
        "The State Department on Sunday ordered non-emergency staff to leave the US embassy in "
        "Kyiv.",
        date(2022, 1, 24),
        [("embassy_evacuation", "US Embassy Kyiv", "2022-01-23")],
    ),
    (
        "Britain ordered its diplomats to leave Kabul on Sunday, the Foreign Office said.",
        date(2021, 8, 16),
        [("embassy_evacuation", "UK Embassy Kabul", "2021-08-15")],
    ),
    (
        "Washington on Saturday ordered the US ambassador and embassy staff to leave Khartoum.",
        date(2023, 4, 23),
        [("embassy_evacuation", "US Embassy Khartoum", "2023-04-22")],
    ),
    (
        "Canada instructed its embassy staff to leave Haiti on Friday as gangs closed in.",
        date(2024, 3, 9),
        [("embassy_evacuation", "Canadian Embassy Port-au-Prince", "2024-03-08")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), EXPELLED)
def test_envoys_another_country_orders_out_are_no_evacuation(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)


DRIVEN_OUT: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "The US-backed Syrian Democratic Forces said on Friday they had driven Islamic State out "
        "of al-Shaddadi, the group's main stronghold in Hasakah province, after a three-day "
        "offensive.",
        date(2016, 2, 20),
        [("al-Shaddadi", "rebels", "2016-02-19")],
    ),
    (
        "Kurdish fighters said on Sunday they had pushed Islamic State out of Kobani.",
        date(2015, 1, 27),
        [("Kobani", "rebels", "2015-01-25")],
    ),
    (
        "M23 rebels said on Tuesday they had chased the army out of Bunagana.",
        date(2022, 6, 15),
        [("Bunagana", "rebels", "2022-06-14")],
    ),
    # --- hard negatives: the state's own army, or a sayer of no side -------------------------
    (
        "The Iraqi army said on Monday it had driven Islamic State out of Ramadi.",
        date(2015, 12, 29),
        [("Ramadi", "government forces", "2015-12-28")],
    ),
    (
        "Officials said they had driven the militants out of Marawi on Monday.",
        date(2017, 10, 17),
        [("Marawi", "government forces", "2017-10-16")],
    ),
    (
        "Ukraine's military said on Friday its forces had pushed Russian troops out of Kherson.",
        date(2022, 11, 12),
        [("Kherson", "government forces", "2022-11-11")],
    ),
]

DRIVEN_MISSES = {
    "Kurdish fighters": "the pronoun taker names no side: the loser's enemy",
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*case, marks=known_miss(case[0], DRIVEN_MISSES)) for case in DRIVEN_OUT],
)
def test_a_sayer_who_says_they_drove_a_group_out_took_the_place(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_captures(read(text, published), expected)


NOTICES: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "US Embassy Juba - Security Message for U.S. Citizens (July 10, 2016): Heavy fighting "
        "between government and opposition forces continues in Juba. The Embassy will be closed "
        "Monday. U.S. citizens are advised to shelter in place and to avoid all travel to the "
        "airport.",
        date(2016, 7, 11),
        [("embassy_security_alert", "US Embassy Juba", "2016-07-10")],
    ),
    (
        "Security Alert, U.S. Embassy Bamako (11 March 2024): Gunfire has been reported near the "
        "airport. Flights are suspended. U.S. citizens are advised to shelter in place.",
        date(2024, 3, 13),
        [("embassy_security_alert", "US Embassy Bamako", "2024-03-11")],
    ),
    (
        "Demonstration Alert: U.S. Embassy Dhaka (August 4, 2024): Large protests are expected "
        "near the Embassy. U.S. citizens should avoid the area and stay indoors.",
        date(2024, 8, 5),
        [("embassy_security_alert", "US Embassy Dhaka", "2024-08-04")],
    ),
    (
        "Security Alert - U.S. Embassy Bamako (11 March 2024): U.S. citizens are advised to "
        "shelter in place until further notice.",
        date(2024, 3, 12),
        [("embassy_security_alert", "US Embassy Bamako", "2024-03-11")],
    ),
    (
        "Message for Australians, Australian Embassy Bangkok (May 20, 2014): Australians should "
        "avoid all protest sites and monitor local media.",
        date(2014, 5, 21),
        [("embassy_security_alert", "Australian Embassy Bangkok", "2014-05-20")],
    ),
    (
        "Demonstration Alert - U.S. Embassy Dhaka (August 4, 2024): Large crowds are gathering "
        "near Shahbag. Roads around the university are blocked. U.S. citizens should avoid the "
        "area and stay indoors.",
        date(2024, 8, 5),
        [("embassy_security_alert", "US Embassy Dhaka", "2024-08-04")],
    ),
    (
        "British Embassy Khartoum update (April 15, 2023): Fighting continues across the city. "
        "British nationals should stay indoors and away from windows.",
        date(2023, 4, 16),
        [("embassy_security_alert", "UK Embassy Khartoum", "2023-04-15")],
    ),
    # --- hard negative: a heading's day over a notice that alerts nobody ----------------------
    (
        "US Embassy Juba (July 10, 2016): the Embassy is hosting a reception today for "
        "Independence Day; U.S. citizens are invited to attend.",
        date(2016, 7, 11),
        [],
    ),
]

NOTICE_MISSES = {
    "Demonstration Alert - U.S. Embassy Dhaka": "no alert read: no teller in the advice's sentence",
    "British Embassy Khartoum update": "no alert read: no teller in the advice's sentence",
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [pytest.param(*case, marks=known_miss(case[0], NOTICE_MISSES)) for case in NOTICES],
)
def test_a_notice_headed_with_its_day_before_a_colon_is_of_that_day(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)


SHARED_SUBJECT: list[tuple[str, date, list[tuple[str, str, str | None]]]] = [
    (
        "Protesters set fire to the Swedish embassy in Baghdad on Thursday. Sweden's foreign "
        "ministry said all of its embassy staff were safe and had been moved out of the "
        "compound.",
        date(2023, 7, 20),
        [("embassy_evacuation", "Swedish Embassy Baghdad", "2023-07-20")],
    ),
    (
        "Italy said on Tuesday that its embassy staff in Tripoli were unharmed and had been "
        "flown out to Malta.",
        date(2014, 7, 30),
        [("embassy_evacuation", "Italian Embassy Tripoli", "2014-07-29")],
    ),
    (
        "A mob attacked the Danish embassy in Tehran on Friday; the ministry in Copenhagen said "
        "the embassy's diplomats were shaken but had been moved to a safe place.",
        date(2012, 2, 11),
        [("embassy_evacuation", "Danish Embassy Tehran", "2012-02-10")],
    ),
    # --- hard negatives: moved inside the mission, or others moved away ----------------------
    (
        "The embassy staff were exhausted and had been moved to new desks inside the compound.",
        date(2023, 7, 20),
        [],
    ),
    (
        "Protesters gathered outside the Danish embassy in Tehran and were moved away by police "
        "on Friday.",
        date(2012, 2, 11),
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SHARED_SUBJECT)
def test_a_passive_joined_to_a_verb_shares_its_subject(
    read, text: str, published: date, expected: list[tuple[str, str, str | None]]
) -> None:
    check_embassy_events(read(text, published), expected)
