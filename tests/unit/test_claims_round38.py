"""Claims of round thirty-eight: modality misreadings that recur on unseen text (dev52 and
dev53, opened this round), each tried on fresh wording before any rule; every passage is
written for these tests, about made-up or real places.

A storm's earlier category told with "from" ("Ingrid, which had weakened from a Category 1
hurricane, came ashore as a tropical storm", dev53's ue058; "weakened from a Category 2 storm
to a Category 1") is the older value, recap, as "rose from 64 to 88" already was: the figure
of a category hangs on the noun "Category", itself a modifier of the storm noun the "from"
takes, so the older-value reading never reached it. A category held only "until" a time or an
event ("Sandy, a Category 1 hurricane until shortly before it came ashore, made landfall as a
post-tropical cyclone", dev17's f111) is a former description, as "once" or "formerly" made
it. Before, both stood asserted. Hard negatives: the category reached ("to a Category 1"),
a category that holds "until" a later time ("will stay over water until it weakens").
"""

from __future__ import annotations

import pytest
from claim_readings import every

D, C, A, H = "death_toll", "confirmed_cases", "acres_burned", "hurricane_category"
T, P = "cities_captured", "provincial_capitals_captured"
MONDAY = "2024-04-08"

# (passage, published, every claim read, as (metric, value, modality))
Case = tuple[str, str, list[tuple[str, float, str]]]


EARLIER_CATEGORY: list[Case] = [
    (
        "Two storms struck the coast on Monday: Tembin, which had weakened from a Category 2 "
        "hurricane, came ashore near Puerto Ángel as a tropical storm.",
        MONDAY,
        [(H, 2.0, "recap")],
    ),
    (
        "Hurricane Orla weakened from a Category 3 storm to a Category 1 before it reached "
        "the Bahamas on Monday.",
        MONDAY,
        [(H, 1.0, "asserted"), (H, 3.0, "recap")],
    ),
    (
        "Typhoon Kirra was downgraded from a Category 4 typhoon on Monday as it crossed "
        "cooler water.",
        MONDAY,
        [(H, 4.0, "recap")],
    ),
    (
        "Kirra, a Category 3 typhoon until it lost its eye on Sunday night, reached Luzon as "
        "a tropical storm.",
        MONDAY,
        [(H, 3.0, "recap")],
    ),
    (
        "Typhoon Kirra, a Category 4 storm until late on Sunday, brushed the islands with "
        "heavy rain.",
        MONDAY,
        [(H, 4.0, "recap")],
    ),
    # hard negatives: the category reached, and one that holds until a later time
    (
        "Hurricane Orla strengthened to a Category 3 storm on Monday.",
        MONDAY,
        [(H, 3.0, "asserted")],
    ),
    (
        "Typhoon Kirra, a Category 4 storm, will stay over open water until it weakens.",
        MONDAY,
        [(H, 4.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), EARLIER_CATEGORY)
def test_a_storms_category_from_before_or_until_is_its_older_value(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A figure the denier of another gives itself ("The ministry said 62 people were killed,
# denying earlier reports that more than 70 had died", dev52's ud051; "denied reports that
# 5,000 hectares had burned, saying satellite data showed 1,860 hectares", dev51's ub054) is
# the denier's own count, asserted: the denial hangs on its clause as a participle, or its
# "saying" clause holds the figure. So is the count given after a colon that a verdict of
# falsity ends ("Posts claiming more than 50 dead are false: the province puts the toll at
# 19", dev53's ue050): the answer, not the post. Before, the first two were hedged as figures
# beside a denial and the third negated with the post. Hard negatives: a denial by another
# side with its own subject ("while the army denied that any had fallen"), a verdict after
# the figure ("Viral claim: 50 died in the blast, which is false").
DENIER_OWN: list[Case] = [
    (
        "The regional health office said 41 people had died in the floods, denying social "
        "media reports that more than 90 had been killed.",
        MONDAY,
        [(D, 41.0, "asserted"), (D, 90.0, "negated")],
    ),
    (
        "The forestry agency denied reports that 8,000 acres had burned, saying aerial "
        "surveys showed 2,300 acres blackened since Friday.",
        MONDAY,
        [(A, 2300.0, "asserted"), (A, 8000.0, "negated")],
    ),
    (
        "Messages claiming 200 dead are false: the governor's office puts the toll at 37.",
        MONDAY,
        [(D, 37.0, "asserted"), (D, 200.0, "negated")],
    ),
    (
        "Rebels said they held 12 towns, while the army denied that any had fallen.",
        MONDAY,
        [(T, 12.0, "hedged")],
    ),
    (
        "Viral claim: 50 died in the blast, which is false.",
        MONDAY,
        [(D, 50.0, "negated")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), DENIER_OWN)
def test_the_deniers_own_figure_stands(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# Rival tellers in one sentence joined by "though" or "although" ("has risen to 88, hospital
# officials said, though the health ministry's count stood at 64", dev52's ud079), as by
# "while" or a semicolon: both hedged. The second teller may give its figure as its own count
# standing at a value ("the ministry's count stood at 64"), not only with a verb of giving.
# Before, both stood asserted. Hard negatives: a figure of another thing after "though" ("17
# others were injured"), a count with no figure ("the mayor's count was higher"), a teller's
# final count after a first report's ("the county's final toll was 13").
RIVAL_CONCEDED: list[Case] = [
    (
        "Hospital staff said 53 people had died in the blasts, though the interior ministry's "
        "count stood at 41.",
        MONDAY,
        [(D, 41.0, "hedged"), (D, 53.0, "hedged")],
    ),
    (
        "Police said 14 people died in the fire, although the hospital put the toll at 17.",
        MONDAY,
        [(D, 14.0, "hedged"), (D, 17.0, "hedged")],
    ),
    (
        "Police said 14 people died in the fire, though 17 others were injured.",
        MONDAY,
        [(D, 14.0, "asserted")],
    ),
    (
        "The toll rose to 14, officials said, though the mayor's count was higher.",
        MONDAY,
        [(D, 14.0, "asserted")],
    ),
    (
        "Early reports from the Varne bridge collapse counted 9 dead; the county's final toll "
        "was 13.",
        MONDAY,
        [(D, 9.0, "recap"), (D, 13.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), RIVAL_CONCEDED)
def test_rival_tellers_joined_by_though_are_hedged(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# Deaths whose cause a concessive clause after them doubts, however the parser hangs that
# clause ("five patients had died, though officials stressed it was not yet clear the
# infection had caused all five deaths", dev53's ue026): hedged, as "though it was not clear
# the fungus killed them" already was when the clause hung on the figure's verb; the figure
# inside the doubting words ("all five deaths") too. Before, both stood asserted. Hard
# negatives: doubt about another thing ("what caused the fire"), the cases beside the deaths.
CAUSE_DOUBTED: list[Case] = [
    (
        "The district hospital said 38 cases had been confirmed and that six patients had "
        "died, though doctors said it was not yet clear the virus had caused all six deaths.",
        MONDAY,
        [(C, 38.0, "asserted"), (D, 6.0, "hedged"), (D, 6.0, "hedged")],
    ),
    (
        "Seven people have died, though it is not clear what caused the fire.",
        MONDAY,
        [(D, 7.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), CAUSE_DOUBTED)
def test_deaths_whose_cause_is_doubted_after_them_are_hedged(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A count of captures told as the taker's report that the same sentence answers, after "but",
# "though" or "while", with the other side's word that it still holds or fights there ("giving
# them all 34 provincial capitals, but resistance leader Ahmad Massoud said his fighters still
# held strategic positions across the valley", dev52's ud093): contested, hedged, as the next
# sentence's answer already made it. Before, it stood asserted. Hard negatives: fighting
# elsewhere ("still fighting in the hills"), a holding of another place ("still holding
# Bukavu's airport").
HELD_ON_BESIDE: list[Case] = [
    (
        "Rebels said they had seized Goma, their fifth city this month, though the army "
        "insisted its troops were still fighting in the city centre.",
        MONDAY,
        [(T, 5.0, "hedged")],
    ),
    (
        "Rebels said they had taken Kindu, their ninth town, but the army is still fighting "
        "in the hills.",
        MONDAY,
        [(T, 9.0, "asserted")],
    ),
    (
        "Rebels said they had seized Goma, their fifth city this month, while the army said "
        "it was still holding Bukavu's airport.",
        MONDAY,
        [(T, 5.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), HELD_ON_BESIDE)
def test_a_capture_count_answered_by_a_holding_on_is_hedged(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A figure that earlier or initial reports "had" given ("Earlier reports had put the toll at
# 11", dev52's ud018) is the older value by its own words, recap, even when the passage's newer
# value is not read (there, a toll of "CRPF personnel"). Before, it was recap only beside
# another value read. Hard negative: "Early reports said 11 people had died", no past perfect
# on the report.
FIRST_HAD: list[Case] = [
    ("Earlier reports had put the toll at 16.", MONDAY, [(D, 16.0, "recap")]),
    ("Initial figures had given 230 cases.", MONDAY, [(C, 230.0, "recap")]),
    ("Early reports said 11 people had died.", MONDAY, [(D, 11.0, "asserted")]),
]


@pytest.mark.parametrize(("text", "published", "wanted"), FIRST_HAD)
def test_a_figure_earlier_reports_had_given_is_older(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A day or year inside a participle on another noun of a phrase after the count ("had tested
# positive, in an outbreak blamed on a leak at a factory making vaccines last year", dev51's
# ub025) dates that noun, not the count: the count stays the news. Before, "last year" dated
# it and made it recap. Hard negative: a participle on the count's own noun dates that figure
# ("passing the 79,500 acres burned by the Ridge Fire in 2009").
PARTICIPLE_DATE: list[Case] = [
    (
        "Provincial officials said on Monday that 1,210 people had tested positive for "
        "cholera, in an outbreak traced to a well dug by a contractor last year.",
        MONDAY,
        [(C, 1210.0, "asserted")],
    ),
    (
        "The fire crossed 80,000 acres on Monday, passing the 79,500 acres burned by the "
        "Ridge Fire in 2009.",
        MONDAY,
        [(A, 79500.0, "recap"), (A, 80000.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), PARTICIPLE_DATE)
def test_a_date_in_a_participle_on_another_noun_does_not_date_the_count(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A count of a deed told in a clause of its own and dated weeks back, under the well-back
# span of a past event ("said at least 600 civilians were killed in the Nov. 9 massacre",
# published 16 days on, dev51's ub076), is the count as it stands where the passage gives no
# other value of it, as one a week old already was; beside a newer value it is recap. Before,
# between eight days and two months, it was recap even alone.
WEEKS_OLD_DEED: list[Case] = [
    (
        "The rights commission said at least 140 villagers were killed in the March 12 "
        "massacre at Dorvo.",
        MONDAY,
        [(D, 140.0, "asserted")],
    ),
    (
        "The rights commission said at least 140 villagers were killed in the March 12 "
        "massacre at Dorvo. The toll has since risen to 162.",
        MONDAY,
        [(D, 140.0, "recap"), (D, 162.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), WEEKS_OLD_DEED)
def test_a_weeks_old_deeds_count_alone_stands(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# The older value of a count that its sentence says held items twice ("lowered the toll to
# 275 from 288, saying some bodies had been counted twice", dev8's q063 and some twenty more;
# "Earlier reports had put the toll at 29; officials later said four bodies had been counted
# twice", dev53's ue046) is withdrawn as an error, negated, as the conventions' round-19 item
# has it, not only replaced (recap). Hard negative: a toll raised ("to 148 from 131"), no
# double count named.
DOUBLE_COUNTED: list[Case] = [
    (
        "Officials lowered the toll from the stadium crush to 131 from 148 on Sunday, saying "
        "some victims had been counted twice.",
        MONDAY,
        [(D, 131.0, "asserted"), (D, 148.0, "negated")],
    ),
    (
        "Early figures had put the toll at 40; police later said six bodies had been counted "
        "twice.",
        MONDAY,
        [(D, 40.0, "negated")],
    ),
    (
        "Officials raised the toll from the stadium crush to 148 from 131 on Sunday.",
        MONDAY,
        [(D, 131.0, "recap"), (D, 148.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), DOUBLE_COUNTED)
def test_an_older_value_that_counted_twice_is_withdrawn(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A count revised "to" one value "from" another on a day some days before publication ("lowered
# the toll to 131 from 148 on Sunday", published on Thursday) keeps the value it was revised to
# as the count: the verb of revising gives that value, not the one set aside. Before, the day's
# age made both recap and the revising verb then gave the count back to the older figure,
# asserted, a false alert of a toll already withdrawn. Hard negative: the older value stays
# recap whatever the day.
REVISED_FROM: list[Case] = [
    (
        "Officials lowered the toll from the landslide to 131 from 148 on Sunday.",
        "2024-04-11",
        [(D, 131.0, "asserted"), (D, 148.0, "recap")],
    ),
    (
        "Officials lowered the toll from the landslide to 131 from 148 on Sunday.",
        MONDAY,
        [(D, 131.0, "asserted"), (D, 148.0, "recap")],
    ),
    (
        "Typhoon Kirra was downgraded to a Category 2 from a Category 4 on Sunday.",
        "2024-04-11",
        [(H, 2.0, "asserted"), (H, 4.0, "recap")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), REVISED_FROM)
def test_a_revision_gives_the_value_it_revises_to(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A storm's name the tokenizer splits at its hyphen into a modal ("Typhoon Co-may made
# landfall ... as the equivalent of a Category 1 hurricane", dev47's uc024), which the parser
# then hangs on the verb as its auxiliary, is a piece of the name, no modal: the category
# stands asserted. Before, "may" hedged it. Hard negative: a real modal after such a name
# ("Typhoon Co-may could strengthen to a Category 2") is still a forecast.
HYPHENATED_NAME: list[Case] = [
    (
        "Typhoon Co-may made landfall on Samar on Monday as a Category 1 hurricane.",
        MONDAY,
        [(H, 1.0, "asserted")],
    ),
    (
        "Typhoon Co-may could strengthen to a Category 2 before landfall.",
        MONDAY,
        [(H, 2.0, "forecast")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), HYPHENATED_NAME)
def test_a_modal_split_from_a_hyphenated_name_is_no_modal(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A verb after "to" that the tagger calls a noun, with a subject of its own ("expects Cyclone
# Mandous to peak as the equivalent of a Category 1 hurricane", dev46's tx058), is the
# clause's verb: the figure takes that infinitive's forecast, as "to reach Category 3"
# already did. Before, the figure hung on "expects", read as the state told now (asserted),
# or dated by a day in the clause (recap).
NOUN_INFINITIVE: list[Case] = [
    (
        "Forecasters expect the cyclone to peak as a Category 4 before it reaches the coast.",
        MONDAY,
        [(H, 4.0, "forecast")],
    ),
    (
        "Forecasters expect Typhoon Kirra to peak as a Category 3 on Tuesday.",
        MONDAY,
        [(H, 3.0, "forecast")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), NOUN_INFINITIVE)
def test_an_infinitive_tagged_a_noun_carries_its_forecast(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# A second teller that gives its figure with a verb of owning up to it ("Army communiques
# acknowledge the loss of only four", dev41's ts069; "the ministry admits 30 deaths") is that
# figure's teller, so its count set against the first teller's in the sentence before is a
# rival (both hedged), as "put" and "count" already made it. Before, with no teller, both
# stood asserted. Hard negative: the same figure from both tellers.
GIVER_TELLERS: list[Case] = [
    (
        "The rebels say they hold 14 towns in the province. Army communiques acknowledge the "
        "loss of only four.",
        MONDAY,
        [(T, 4.0, "hedged"), (T, 14.0, "hedged")],
    ),
    (
        "The rebels say they hold 14 towns in the province. Army communiques acknowledge the "
        "loss of 14.",
        MONDAY,
        [(T, 14.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), GIVER_TELLERS)
def test_a_teller_owning_up_to_a_figure_is_a_rival(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)
