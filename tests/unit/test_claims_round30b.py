"""Claims of round thirty (b): recall, the figures no rule reached on unseen text, each kind
tried on fresh wording before any rule.

Most kinds the unseen sets missed were already read in fresh wording (a toll "rose to
seven" in words, "A second person has died", hectares "some 12,000", "Of the 88 people
infected, 9 have died"): the dev misses were of one passage's shape, not of the kind. Five
were narrower than the kind:

A row of cells split by semicolons may set each figure off from its label by a comma
("cases, 90; deaths, 4; people still in hospital, 17"), the row's first label opening the
sentence or a line; a participle's label ("recovered, 150") names no count, where the
parse had hung that figure on "deaths".

A figure and its own word paired with the next figure before one noun ("216 confirmed and
103 probable measles cases") counts that noun with its own word: the parser hangs the first
figure on its word alone. A verb that has a subject is no item of a series ("officials
report 180 ...", not "Situation report 180").

A place's name is no word that describes a count: "NEW YORK - A second person has died"
had the dateline's "new" exclude the death.

Falling ill counts cases also where the tagger reads "ill" as an adverb, which it does
when a place phrase stands between the persons and the verb ("265 people in Malaysia fell
ill with encephalitis ... and 105 of them died").

A count of a place a sentence sets off at its front ("In Tarsa, ten people have died since
the rain began") is that place's, and makes no other place's toll told on a day an older
value of it.

Left alone: a label with a time phrase of its own and a participle for its noun ("Total
confirmed this season: 3,210"), a figure whose noun a pair of figures left to the second
("44 suspected and 12 confirmed cholera cases" misses the 12), and a bare figure told with
a verb no rule names for its kind in a clause beside a full one ("has consumed some 3,000",
"cholera has sickened 12"): the ellipsis needs the earlier figure's noun, not more verbs.

Every passage is written for these tests, about made-up places."""

from __future__ import annotations

from functools import partial

import pytest
from claim_readings import asserted, known_wrong

D, C, A, H = "death_toll", "confirmed_cases", "acres_burned", "hurricane_category"
E, AB = "exact", "about"

# passages still read wrong, by their opening characters (strict xfail)
KNOWN_WRONG = [
    # a label with its own time phrase and a participle for its noun
    "Dengue bulletin. Total confirmed this season:",
    # the second figure of a pair loses its noun
    "The ministry has recorded 44 suspected and 12 confirmed",
    # a bare figure told with a verb no rule names, beside a full figure
    "The Arla fire has burned about 5,000 hectares, while",
    "Measles has sickened 40 people in Arla, while",
]
_known = partial(known_wrong, wrong=KNOWN_WRONG)

# (passage, every asserted claim it gives as (metric, value, bound), in any order)
COMMA_CELLS: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Outbreak update (Merrow district)\nCases, 212; deaths, 7; recovered, 150.",
        [(C, 212.0, E), (D, 7.0, E)],
    ),
    (
        "Cholera in Merrow, the figures as of Sunday: cases, 1,204; deaths, 31; patients "
        "still in hospital, 88.",
        [(C, 1204.0, E), (D, 31.0, E)],
    ),
    (
        "Dengue, week 32 summary — confirmed cases, 640; deaths, 3; recovered, 590.",
        [(C, 640.0, E), (D, 3.0, E)],
    ),
    (
        "Measles in Dorne: cases, 75; hospitalised, 12; deaths, none.",
        [(C, 75.0, E)],
    ),
    # hard negatives: a clause's comma, other fates in a row
    ("In Arla, 40 people died; in Bex, 3 were hurt.", [(D, 40.0, E)]),
    ("Meanwhile, 12 people have died; officials fear more.", [(D, 12.0, E)]),
    ("Hospitalised, 30; in intensive care, 5.", []),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in COMMA_CELLS]
)
def test_a_row_of_cells_may_set_its_figures_off_by_commas(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


PAIRED_FIGURES: list[tuple[str, list[tuple[str, float, str]]]] = [
    (
        "Officials report 180 confirmed and 95 probable cases of the disease.",
        [(C, 180.0, E)],
    ),
    (
        "There have been 120 confirmed and 64 probable measles cases in the Ostrel valley "
        "since March.",
        [(C, 120.0, E)],
    ),
    # hard negatives: the first figure's own word is a state no metric counts as such
    ("Officials report 180 suspected and 95 probable cases of the disease.", []),
    ("The ministry has recorded 44 suspected and 12 confirmed cholera cases.", [(C, 12.0, E)]),
    ("Health officials report 310 cases of measles.", [(C, 310.0, E)]),
    ("Situation report 12: the Kessa ferry disaster.", []),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in PAIRED_FIGURES]
)
def test_a_figure_paired_before_one_noun_counts_that_noun(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


DATELINES: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("NEW YORK - A second person has died in the cluster, officials said.", [(D, 2.0, E)]),
    ("NEW DELHI - A third child has died of encephalitis.", [(D, 3.0, E)]),
    ("MERROW, Tarsa - A third patient died overnight, the hospital said.", [(D, 3.0, E)]),
    # hard negatives: "new" of the count itself still excludes it
    ("NEW DELHI - India has confirmed 40 new cases of the virus.", []),
    ("A second person was hospitalised with the virus on Tuesday.", []),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in DATELINES]
)
def test_a_place_name_describes_no_count(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


# (passage, publication day, every asserted claim it gives)
FRONTED_PLACES: list[tuple[str, str, list[tuple[str, float, str]]]] = [
    (
        "The toll from the floods in Arvel rose to five on Wednesday. In Tarsa, ten people "
        "have died since the rain began.",
        "2025-08-06",
        [(D, 5.0, E), (D, 10.0, E)],
    ),
    (
        "The death toll in Arvel climbed to 7 on Wednesday, while in neighbouring Tarsa 15 "
        "people have died since Sunday.",
        "2025-08-06",
        [(D, 7.0, E), (D, 15.0, E)],
    ),
    (
        "Floods: Arvel toll reaches 4 on Wednesday. Across the border in Tarsa, 9 people have "
        "been killed since the weekend.",
        "2025-08-06",
        [(D, 4.0, E), (D, 9.0, E)],
    ),
    # hard negatives: the same place told again, a date at the front
    (
        "The toll from the floods in Arvel rose to five on Wednesday. In Arvel, ten people "
        "have died since the rain began.",
        "2025-08-06",
        [(D, 10.0, E)],
    ),
    (
        "The toll from the floods in Arvel rose to five on Wednesday. Earlier, ten people had "
        "died in Tarsa.",
        "2025-08-06",
        [(D, 5.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "wanted"),
    [pytest.param(t, p, w, marks=_known(t)) for t, p, w in FRONTED_PLACES],
)
def test_a_count_of_a_place_set_off_at_the_front_is_that_place(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, published)) == sorted(wanted)


# (passage, every asserted claim it gives)
FELL_ILL: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("480 people in Arla fell ill with cholera.", [(C, 480.0, E)]),
    ("In 2015, 480 people in Arla fell ill with cholera.", [(C, 480.0, E)]),
    (
        "Q: How bad was the outbreak? A: Between March 2014 and June 2015, 265 people in "
        "Dorne fell ill with typhoid and 41 of them died.",
        [(C, 265.0, E), (D, 41.0, E)],
    ),
    (
        "About 60 people in Arla fell ill with cholera; 40 people in Bex were injured.",
        [(C, 60.0, "about")],
    ),
    # hard negatives: the whole a clause describes, another fate
    ("The 480 people in Arla who fell ill were treated.", []),
    ("Some 200 people in Arla fled the floods.", []),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in FELL_ILL]
)
def test_falling_ill_counts_cases_whatever_the_tagger_calls_ill(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)


# kinds the unseen sets missed in one passage's shape that fresh wording already reads
# (kept as guards) and the kinds left alone
ALREADY_READ: list[tuple[str, list[tuple[str, float, str]]]] = [
    ("Officials said the toll had climbed to eleven by nightfall.", [(D, 11.0, E)]),
    (
        "Three more bodies were found, bringing the number of dead to nine.",
        [(D, 9.0, E)],
    ),
    (
        "In the capital, 40 people have been killed since Monday, police said.",
        [(D, 40.0, E)],
    ),
    (
        "The Lorne blaze has consumed some 12,000 hectares of pine forest.",
        [(A, 29653.0, AB)],
    ),
    ("A third patient died overnight, the hospital said.", [(D, 3.0, E)]),
    ("Confirmed cases climbed to 74 on Wednesday.", [(C, 74.0, E)]),
    ("Of the 88 people infected, 9 have died.", [(C, 88.0, E), (D, 9.0, E)]),
    ("STORM WATCH\nOrla: Category 3\nPim: tropical storm", [(H, 3.0, E)]),
    # hard negatives: other fates, a share
    ("In the capital, 40 people have been injured since Monday.", []),
    ("Roughly a third of those infected were children.", []),
    # left alone (known wrong)
    ("Dengue bulletin. Total confirmed this season: 3,210.", [(C, 3210.0, E)]),
    (
        "The Arla fire has burned about 5,000 hectares, while the Bex blaze has consumed "
        "some 3,000.",
        [(A, 12355.0, AB), (A, 7413.0, AB)],
    ),
    (
        "Measles has sickened 40 people in Arla, while cholera has sickened 12.",
        [(C, 40.0, E), (C, 12.0, E)],
    ),
]


@pytest.mark.parametrize(
    ("text", "wanted"), [pytest.param(t, w, marks=_known(t)) for t, w in ALREADY_READ]
)
def test_kinds_fresh_wording_already_reads(
    enricher, text: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(asserted(enricher, text, "2025-08-01")) == sorted(wanted)
