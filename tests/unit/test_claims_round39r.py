"""Claims of round thirty-nine (recall): counts the extractor missed on unseen text, each
tried on fresh wording before any rule; every passage is written for these tests, about
made-up places.

Each section below names the kind of wording, what was read before, and its hard negatives.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from claim_readings import every

from processors.models import Article

T, C, D, P = "cities_captured", "confirmed_cases", "death_toll", "provincial_capitals_captured"
SATURDAY = "2024-04-06"

# (passage, every claim read, as (metric, value, modality)); published on SATURDAY
Case = tuple[str, list[tuple[str, float, str]]]


# An ordinal of towns won back ("the fourth town recovered from the militia", dev55's ug010) or
# of a township's seat ("the second township seat in the state to fall to them", dev55's
# ug102) is the running count of towns taken. Before, "recovered" was no verb of the count and
# "township seat" no town. Hard negative: bodies recovered from villages a landslide buried.
RANKED_TOWNS: list[Case] = [
    (
        "Army units retook the market town of Soval on Friday, the defence ministry said, the "
        "fourth town recovered from the militia this month.",
        [(T, 4.0, "asserted")],
    ),
    (
        "The resistance said on Friday it had taken Maru, the second township seat in the "
        "state to fall to its fighters since March.",
        [(T, 2.0, "asserted")],
    ),
    (
        "Volunteers have recovered 31 bodies from the mudslide that buried two villages above "
        "the Kessa valley on Friday.",
        [(D, 31.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), RANKED_TOWNS)
def test_an_ordinal_of_towns_won_back_or_of_township_seats_counts_towns_taken(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)


# A situation report's row whose label ends in a "since" clause ("Cumulative cases since
# outbreak began: 1,204", dev55's ug026), the parser ending a sentence at its colon, and a
# row labelled "Cumulative:" before its figures ("Cumulative: 312 cases, 9 deaths", dev55's
# ug055) count the label's noun, as "Total cases: 1,204" and "Total: 312 cases" did. Hard
# negative: the week's new cases are no running total.
ROWS: list[Case] = [
    (
        "MIREN DISTRICT - TYPHOID SITUATION REPORT\n"
        "Cumulative cases since outbreak began: 2,416\n"
        "Cumulative deaths: 17\n"
        "New cases in the past week: 301",
        [(C, 2416.0, "asserted"), (D, 17.0, "asserted")],
    ),
    (
        'District health office: "Measles update: 8 new cases in the past 24 hours. '
        'Cumulative: 245 cases, 3 deaths."',
        [(C, 245.0, "asserted"), (D, 3.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), ROWS)
def test_a_row_labelled_with_a_since_clause_or_cumulative_counts_its_noun(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)


# A count in a clause said in a relative clause of the taker ("The rebel alliance, which says
# it has seized 12 towns since March, is 40 km from the capital", dev55's ug103) is the
# taker's: the relative's head. Before, "it" (and "which") left it no subject and dropped it.
def test_a_count_said_in_a_relative_clause_is_the_relatives_head(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebel alliance, which says it has seized 12 towns since March, is now about "
        "40 km from the capital."
    )
    assert every(enricher, text, SATURDAY) == [(T, 12.0, "asserted")]
    text = "The militias, who say they have overrun five towns this year, deny any abuses."
    assert every(enricher, text, SATURDAY) == [(T, 5.0, "asserted")]


# "bringing to eight the number of towns the insurgents have taken" (dev54's uf004), parsed
# with "the number" as the subject of the clause that describes it: the number's noun is what
# the figure counts, as when "the number" is read as the object of "bringing"; the clause's
# subject took the towns.
def test_a_figure_fronted_before_the_number_it_brings_counts_that_number(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Sunday Kessa and Dorvo fell as well, bringing to eight the number of towns the "
        "insurgents have taken in less than a week."
    )
    article = Article(id="x", text=text, published=datetime.fromisoformat(SATURDAY))
    found = enricher.enrich([article])[0].claims
    # (the taker is the describing clause's subject, not the places that fell)
    assert [(c.metric, c.value, c.subject) for c in found] == [(T, 8.0, "insurgents")]
    text = (
        "On Tuesday Maymana and Pul-e-Alam fell as well, bringing to eight the number of "
        "provincial capitals the insurgents have taken in less than a week."
    )
    assert every(enricher, text, SATURDAY) == [(P, 8.0, "asserted")]


# An ordinal the parser made a second subject of a joined clause's verb ("seized X on Friday,
# the fifth town in the corridor to fall to them since May, and their commanders threatened to
# take Y next", dev54's uf070) is read by its own infinitive, not as the threat beside it.
def test_an_ordinal_beside_a_joined_threat_is_read_by_its_own_infinitive(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Militia units seized Dorvo on the Sava on Friday, the fifth town in the Posa "
        "corridor to fall to them since May, and their commanders threatened to take Brana "
        "next."
    )
    assert every(enricher, text, SATURDAY) == [(T, 5.0, "asserted")]


# A fronted "of" phrase whose persons a participle says were killed or fell ill ("Of the 12
# people killed in Friday's crush at the stadium, seven were teenagers", dev50's ua079) gives
# the count itself, as "Of the 334 hostages who died ..." did; the part after it is no count.
# Hard negative: a group of persons the participle does not say died ("Of the 250 patients
# admitted, 31 have died") stays the whole of which the dead are a part.
FRONTED_WHOLES: list[Case] = [
    (
        "Of the 12 people killed in Friday's crush at the Kessa stadium, seven were teenagers, "
        "the regional coroner said.",
        [(D, 12.0, "asserted")],
    ),
    (
        "Of the 130 people infected in the Dorvo outbreak, 45 were children under ten.",
        [(C, 130.0, "asserted")],
    ),
    ("Of the 250 patients admitted to Dorvo hospital, 31 have died.", [(D, 31.0, "asserted")]),
]


@pytest.mark.parametrize(("text", "wanted"), FRONTED_WHOLES)
def test_a_fronted_group_a_participle_says_died_or_fell_ill_is_the_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)


# What an alert shows: a fronted part's figure is no subject ("Of the 12 people killed ...,
# seven were children": not "seven"), and a teller in a relative clause is named by the
# relative's head ("The alliance, which says ...": the alliance, not "which").
def test_a_parts_figure_is_no_subject_and_a_relative_teller_is_its_head(enricher) -> None:  # type: ignore[no-untyped-def]
    def read(text: str) -> list[tuple[str, str | None]]:
        article = Article(id="s", text=text, published=datetime.fromisoformat(SATURDAY))
        return [(c.subject, c.attributed_to) for c in enricher.enrich([article])[0].claims]

    assert read("Of the 12 people killed in the ferry fire, seven were children.") == [
        ("unknown", None)
    ]
    text = "The rebel alliance, which says it has seized 12 towns since March, is near the capital."
    assert read(text) == [("rebel alliance", "The rebel alliance")]
