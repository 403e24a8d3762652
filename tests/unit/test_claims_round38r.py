"""Claims of round thirty-eight (recall): counts the extractor missed on unseen text, each
tried on fresh wording before any rule; every passage is written for these tests, about
made-up places.

Each section below names the kind of wording, what was read before, and its hard negatives.
"""

from __future__ import annotations

import pytest
from claim_readings import every

T, C, D, A = "cities_captured", "confirmed_cases", "death_toll", "acres_burned"
SATURDAY = "2024-04-06"

# (passage, every claim read, as (metric, value, modality)); published on SATURDAY
Case = tuple[str, list[tuple[str, float, str]]]


# An ordinal of towns whose taker the count's own clause names by a pronoun or not at all
# takes it from a capture the passage tells: a capture its main clause reports ("Iraqi forces
# said they had recaptured Garma, ..., their third significant town retaken", dev50's ua100),
# a pronoun of the count's own clause under a verb of saying ("the fifth major town the army
# says it has retaken", dev26's td051), a capture anywhere in the sentence before an "It is the
# ..." (past a dateline or a label: dev34's tl044), or one told with "fell to" (the taker, not
# the place: dev44's tv069). Before, such a count had no subject and was dropped. Hard negative:
# the sentence before tells no capture ("shelled").
RANKED_TAKERS: list[Case] = [
    (
        "The army said its troops had recaptured the town of Dorvo from the insurgents, their "
        "fourth town retaken in the region this year.",
        [(T, 4.0, "asserted")],
    ),
    (
        "Soldiers moved into Kessa on Friday after the militia withdrew, the defence ministry "
        "said. It is the sixth town the army says it has retaken since March.",
        [(T, 6.0, "asserted")],
    ),
    (
        "Statement on the group's channel, 5 April: 'Our fighters have fully captured Lomara "
        "town. It is the seventh town liberated in the province since the offensive began.'",
        [(T, 7.0, "asserted")],
    ),
    (
        "Belvor fell to the rebels on Friday after a week of shelling, the group's radio said. "
        "It is the ninth town they have taken since January, by a count of the Red Cross.",
        [(T, 9.0, "asserted")],
    ),
    ("The rebels shelled Belvor on Friday. It is the ninth town to be hit this month.", []),
]


@pytest.mark.parametrize(("text", "wanted"), RANKED_TAKERS)
def test_an_ordinal_of_towns_takes_its_taker_from_the_capture_told(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)


def test_the_taker_of_a_town_that_fell_to_a_group_is_the_group(enricher) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from processors.models import Article

    text = (
        "Belvor fell to the rebels on Friday after a week of shelling, the group's radio said. "
        "It is the ninth town they have taken since January."
    )
    article = Article(id="x", text=text, published=datetime.fromisoformat(SATURDAY))
    (claim,) = enricher.enrich([article])[0].claims
    assert claim.subject == "rebels"


# An ordinal with its noun left out, joined by "and" to a lower ordinal of the same sentence
# ("It was the second town the rebels have taken in two days and the 14th since January",
# dev52's ud098), ranks in the count the first ordinal's noun names; the lower one, the count
# of a shorter span, is then read as the older value. Before, the later ordinal gave nothing
# and the lower one stood as the count. Hard negatives: a rank of no capture ("the second town
# to flood"); a single ordinal followed by another clause.
JOINED_RANKS: list[Case] = [
    (
        "Rebel fighters entered Kalsa on Friday. It was the third town the rebels have taken "
        "in two days and the 11th since February.",
        [(T, 3.0, "recap"), (T, 11.0, "asserted")],
    ),
    (
        "The militia took Orvan on Thursday, the second town it has seized this week and the "
        "sixth this year.",
        [(T, 2.0, "recap"), (T, 6.0, "asserted")],
    ),
    ("Orvan was the second town to flood this week and the sixth this year.", []),
    (
        "The rebels seized Tarno on Friday, the third town they have taken this week, and the "
        "army said it would strike back.",
        [(T, 3.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), JOINED_RANKS)
def test_an_ordinal_joined_to_a_lower_one_ranks_in_its_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)


# A count told as "the number of <things> <clause> to N" where the parse hangs the clause on
# "number" ("bringing the number of towns it has retaken in the state this month to nine",
# dev52's ud069; "pushing the number of towns they have seized in three days to more than a
# dozen", dev39's tq040): the thing counted and a verb of its metric in the count's phrase give
# the metric; a count a gerund after a clause moves is of that clause's doer. Before, neither
# was read. Hard negative: a verb of no capture ("flooded").
NUMBER_OF: list[Case] = [
    (
        "Rebel columns took Dasko and Velim on Thursday, the group said, bringing the number of "
        "towns it has seized in the province this year to 11.",
        [(T, 11.0, "asserted")],
    ),
    (
        "Floods swamped Perin, bringing the number of towns the river has flooded this week to 14.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "wanted"), NUMBER_OF)
def test_the_number_of_towns_a_clause_tells_taken_is_their_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)


# A count whose noun follows a disease's name of several words ("has recorded 1,147 scrub
# typhus cases", dev52's ud055; "104 confirmed West Nile infections", dev53's ue054), which the
# parse reads as the counted noun or as the verb itself, counts the plural noun after the name.
# Before, the count was lost. Hard negatives: "suspected" before the name; a noun no metric
# counts ("contacts").
NAMED_NOUNS: list[Case] = [
    (
        "The region has recorded 2,310 Rift Valley fever cases and 41 deaths so far this year, "
        "the ministry said.",
        [(C, 2310.0, "asserted"), (D, 41.0, "asserted")],
    ),
    (
        "Health officials have confirmed 87 confirmed Oropouche virus infections this season.",
        [(C, 87.0, "asserted")],
    ),
    ("Health officials have recorded 640 suspected Lassa fever cases this year.", []),
    ("The agency said it had vaccinated 3,000 Lassa fever contacts.", []),
]


@pytest.mark.parametrize(("text", "wanted"), NAMED_NOUNS)
def test_a_count_of_cases_past_a_disease_name_counts_the_cases(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)


# A count in a relative clause on a span of several days ("after ten days in which the blaze
# burned 4,100 hectares", dev52's ud112) is the running total when the passage gives no larger
# count beside it; only a span of a day or a night or less ("a day in which ...") makes a part.
# Before, any span did. Hard negatives: "a day in which", "the night in which".
SPANS: list[Case] = [
    (
        "Crews declared the fire out after two weeks in which it burned 6,200 hectares of pine "
        "forest, the forestry service said.",
        [(A, 15321.0, "asserted")],
    ),
    ("It was a day in which the rebels took four towns, officials said.", []),
    ("It was the night in which the flood killed 12 people, officials said.", []),
]


@pytest.mark.parametrize(("text", "wanted"), SPANS)
def test_a_count_in_a_clause_on_a_span_of_days_is_the_total(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)  # (acres, rounded)


# A headline's label, a colon and its figures, closed by a teller ("New Caledonia dengue
# outbreak: 2,100 cases and 3 deaths, health authorities say", dev53's ue114), is a row that
# counts the noun after each figure, as it is without the teller; a label may run to four
# words. Before, the verb of saying gave the cases a predicate they lacked, and the count was
# lost. Hard negative: a verb of the row's own ("310 cases were suspected").
TOLD_ROWS: list[Case] = [
    (
        "Cholera outbreak in Sofala: 3,400 cases and 22 deaths, health officials say",
        [(C, 3400.0, "asserted"), (D, 22.0, "asserted")],
    ),
    ("Mpox outbreak: 120 cases, the ministry says", [(C, 120.0, "asserted")]),
    ("Cholera outbreak: 310 cases were suspected, officials say", []),
]


@pytest.mark.parametrize(("text", "wanted"), TOLD_ROWS)
def test_a_headline_row_closed_by_a_teller_counts_its_nouns(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, SATURDAY) == sorted(wanted)
