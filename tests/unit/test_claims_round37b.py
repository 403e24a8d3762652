"""Claims of round thirty-seven, second wave: kinds that recur on unseen text, each tried on
fresh wording before any rule; every passage is written for these tests, about made-up or real
places.

A count of captures a timeline entry gives (an ordinal, a tally) is older when an entry of a
later day tells a further capture, with or without a number of its own (settled in round 37,
dev47's uc061: "12 Aug - The Taliban take Ghazni, the 10th." followed by "14 Aug -
Mazar-i-Sharif falls ..."). Before, such a count stood asserted when no later entry gave a
number. Timelines run one entry a line ("9 Mar - ...") or one a sentence ("9 Mar: ...").
Hard negatives: the count of the last capture the timeline tells; a later entry that tells
no capture (a flight out, talks); a count told in no dated entry.

So too in prose: a count told as of a day ("By Friday night the Taliban held 18 of the 34",
dev48's to025) beside a capture the passage dates to a later day ("On Saturday they added
Maimana ...") is older (recap). Before, it stood asserted. The capture's day is read from the
words (such a sentence, with no figure, is left unparsed), and only a day told with the
capture: not one of its telling ("took Kalsa on Wednesday ..., officials said on Thursday"),
not a limit ("by Wednesday"), not a capture told with a modal ("could take Borsa on
Thursday"), not "officials added" (a verb of saying).

A count of captures told as one side's report is contested (hedged) when the next sentence
gives the other side's word that it still holds positions there ("The National Resistance
Front said its fighters still held strategic positions across the valley", dev50's ua097), as
the events reader already took it for the capture; or dismisses the figure ("said the figure
was \"nonsense\"", dev47's uc095), as it dismissed "the claim" as false. Before, both stood
asserted. Hard negatives: a place held elsewhere ("the mountain pass to the south"); a
report of something else called false ("reports of looting were false").

In one sentence too: a figure the sentence goes on to dismiss ("claimed the group now
controlled \"more than 25\" provincial capitals; the government ... called the figure
propaganda", dev46's tx094) is contested (hedged). And a figure one side claims that the
other leaves unanswered ("...a statement that put the number of soldiers killed at about 100;
the army did not respond to the claim", dev47's uc042) is hedged, as one nobody could verify.
Before, both stood asserted. Hard negatives: "called reports of looting propaganda"; "did not
respond to requests for comment".

A figure's clause followed by a clause that only places it in time ("made landfall over
Northern Samar on Saturday as a Category 2 storm, a day before Pope Francis was due to fly to
the region", dev51's ub088) keeps its own modality: the later clause's "due to" is no
forecast of the category. Before, the category was read as a forecast. Hard negatives: a
forecast of its own ("is due to strengthen to a Category 3 storm before it reaches the
coast"; "is expected to reach Category 4 on Tuesday, a day before it is due to make
landfall").

A count of captures in a past relative clause on the subject of a main clause that tells
another act ("The Taliban, who took all but one of the 34 provincial capitals in ten days,
held their first news conference in Kabul on Tuesday", dev27's te029) is that news's
background (recap), as a capture told so is (round 34). Before, it stood asserted. Hard
negatives: the count in the main clause ("The Taliban, who took Kabul on Sunday, now hold 33
of the 34"); a count still current ("who have taken 12 towns since March").
"""

from __future__ import annotations

from datetime import datetime

import pytest
from claim_readings import every

from processors.models import Article

T, P = "cities_captured", "provincial_capitals_captured"
D, H = "death_toll", "hurricane_category"
MONDAY = "2024-04-08"

# (passage, published, every claim read, as (metric, value, modality))
Case = tuple[str, str, list[tuple[str, float, str]]]

OVERTAKEN: list[Case] = [
    (
        "TIMELINE: how the north was lost\n"
        "7 Aug - Sheberghan, capital of Jowzjan, is overrun by the Taliban.\n"
        "11 Aug - The Taliban capture Faizabad, the ninth provincial capital to fall.\n"
        "13 Aug - Herat falls after two weeks of fighting.",
        "2021-08-16",
        [(P, 9.0, "recap")],
    ),
    (
        "Chronology | 6 Aug: Zaranj becomes the first provincial capital taken by the Taliban. "
        "9 Aug: Aybak is seized without a fight. 10 Aug: Farah and Pul-e-Khumri are lost.",
        "2021-08-16",
        [(P, 1.0, "recap")],
    ),
    (
        "TIMELINE: the final week\n"
        "10 Aug - Farah is taken.\n"
        "13 Aug - The Taliban seize Kandahar, the 12th provincial capital to fall.\n"
        "15 Aug - President Ashraf Ghani leaves the country.",
        "2021-08-16",
        [(P, 12.0, "asserted")],
    ),
    (
        "TIMELINE: August\n"
        "8 Aug - Kunduz falls.\n"
        "12 Aug - The Taliban take Ghazni, their tenth provincial capital.",
        "2021-08-13",
        [(P, 10.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), OVERTAKEN)
def test_a_timeline_count_a_later_capture_overtakes_is_recap(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


LATER_DAY: list[Case] = [
    (
        "By Thursday evening the rebels held 11 towns in the province. On Friday they seized "
        "Kalsa and Dorvi, local officials said.",
        "2024-04-06",
        [(T, 11.0, "recap")],
    ),
    (
        "By Thursday night the Taliban controlled 12 of the 34 provincial capitals. Pul-e-Alam, "
        "the capital of Logar, fell on Friday morning, a lawmaker said.",
        "2021-08-14",
        [(P, 12.0, "recap")],
    ),
    (
        "By Wednesday night the rebels held nine towns in the north. They could take Borsa on "
        "Thursday, analysts warned.",
        "2024-04-04",
        [(T, 9.0, "asserted")],
    ),
    (
        "The rebels took Kalsa on Tuesday and by Wednesday held 12 towns in the north.",
        "2024-04-04",
        [(T, 12.0, "asserted")],
    ),
    (
        "By Wednesday the rebels held 11 towns in the north. Fighting went on near Borsa on "
        "Thursday, officials added.",
        "2024-04-04",
        [(T, 11.0, "asserted")],
    ),
    (
        "Rebel fighters took Kalsa on Wednesday, their fifth town this month, officials said on "
        "Thursday.",
        "2024-04-04",
        [(T, 5.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), LATER_DAY)
def test_a_count_of_a_day_a_later_dated_capture_overtakes_is_recap(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


@pytest.mark.parametrize(
    "fetched", ["2024-04-08T09:00", "2024-04-10T09:00", "2024-04-12T09:00", "2024-04-13T09:00"]
)
def test_against_an_ingest_date_a_weekday_tells_no_later_capture(enricher, fetched: str) -> None:  # type: ignore[no-untyped-def]
    # an undated article is read against the day it arrived: "Thursday" and "Friday" may then
    # fall either side of that day, so they order nothing and the count stays the news
    text = (
        "By Thursday evening the rebels held 11 towns in the province. On Friday they seized "
        "Kalsa and Dorvi, local officials said."
    )
    article = Article(id="x", text=text, fetched=datetime.fromisoformat(fetched))
    found = enricher.enrich([article])[0].claims
    assert [(c.metric, c.value, c.modality) for c in found] == [(T, 11.0, "asserted")]


CONTESTED: list[Case] = [
    (
        "The rebels said on Sunday they had overrun Tarsa, their ninth town this year. Army "
        "officers said their troops still held the town centre.",
        MONDAY,
        [(T, 9.0, "hedged")],
    ),
    (
        "Separatists took the port of Kell on Sunday, in what the ministry called the group's "
        "sixth town seized this spring. A separatist commander said the figure was exaggerated.",
        MONDAY,
        [(T, 6.0, "hedged")],
    ),
    (
        "The rebels said on Sunday they had overrun Tarsa, their ninth town this year. Army "
        "officers said their troops still held the mountain pass to the south.",
        MONDAY,
        [(T, 9.0, "asserted")],
    ),
    (
        "Separatists took the port of Kell on Sunday, the group's sixth town seized this spring. "
        "A separatist commander said reports of looting were false.",
        MONDAY,
        [(T, 6.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), CONTESTED)
def test_a_count_of_captures_the_other_side_answers_is_hedged(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


DISMISSED_OR_UNANSWERED: list[Case] = [
    (
        "The militia said it now holds 15 towns in the region; the defence ministry called the "
        "figure propaganda.",
        MONDAY,
        [(T, 15.0, "hedged")],
    ),
    (
        "A jihadist group said in a statement that its fighters had killed 60 soldiers in the "
        "raid on Sunday; the army did not respond to the claim.",
        MONDAY,
        [(D, 60.0, "hedged")],
    ),
    (
        "The militia said it now holds 15 towns in the region; the defence ministry called "
        "reports of looting propaganda.",
        MONDAY,
        [(T, 15.0, "asserted")],
    ),
    (
        "Police said 60 people had died in the blast on Sunday. The bus company did not respond "
        "to requests for comment.",
        MONDAY,
        [(D, 60.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), DISMISSED_OR_UNANSWERED)
def test_a_figure_dismissed_or_left_unanswered_is_hedged(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


TIME_PLACING_CLAUSE: list[Case] = [
    (
        "Typhoon Imra made landfall over the island of Kesh on Sunday as a Category 3 storm, a "
        "day before the president was due to tour the region.",
        MONDAY,
        [(H, 3.0, "asserted")],
    ),
    (
        "Storm Imra hit the coast as a Category 2 hurricane on Sunday, two days before the "
        "election was due to take place.",
        MONDAY,
        [(H, 2.0, "asserted")],
    ),
    (
        "Cyclone Imra is due to strengthen to a Category 3 storm before it reaches the coast on "
        "Tuesday.",
        MONDAY,
        [(H, 3.0, "forecast")],
    ),
    (
        "Cyclone Imra is expected to reach Category 4 on Tuesday, a day before it is due to make "
        "landfall.",
        MONDAY,
        [(H, 4.0, "forecast")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), TIME_PLACING_CLAUSE)
def test_a_clause_placing_a_figure_in_time_lends_it_no_forecast(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


RELATIVE_TALLY: list[Case] = [
    (
        "The militia, which seized 12 towns in a spring offensive, opened talks with the "
        "government on Monday.",
        MONDAY,
        [(T, 12.0, "recap")],
    ),
    (
        "The Taliban, who took Kabul on Sunday, now hold 33 of the 34 provincial capitals.",
        MONDAY,
        [(P, 33.0, "asserted")],
    ),
    (
        "The rebels, who have taken 12 towns since March, opened talks with the government on "
        "Monday.",
        MONDAY,
        [(T, 12.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), RELATIVE_TALLY)
def test_a_tally_in_a_relative_clause_beside_other_news_is_recap(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


C = "confirmed_cases"

# (dev51's ub117) a verbless count after a semicolon ("; confirmed cases this year at 2,310"),
# its "at" hung on the first clause's verb, counts its own noun, not the first clause's
SEMICOLON_CLAUSE: list[Case] = [
    (
        "Cholera update: deaths climb to 9; confirmed cases since January at 1,204.",
        MONDAY,
        [(D, 9.0, "asserted"), (C, 1204.0, "asserted")],
    ),
    (
        "Flood toll rises to 52; 4,000 people evacuated.",
        MONDAY,
        [(D, 52.0, "asserted")],
    ),
    (
        "A day that saw the rebels' tally of captured towns climb to 12 ended quietly.",
        MONDAY,
        [(T, 12.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), SEMICOLON_CLAUSE)
def test_a_count_after_a_semicolon_counts_its_own_noun(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


# (dev51's ub056) a cell's label closed by "this year" or "this season" ("confirmed cases
# this year: 1,754") counts the label's noun, the year so far; "last year" dates it elsewhere
THIS_YEAR_LABEL: list[Case] = [
    (
        "Cholera in the district (health office):\n- confirmed cases this year: 812\n- deaths: 4",
        MONDAY,
        [(C, 812.0, "asserted"), (D, 4.0, "asserted")],
    ),
    (
        "Flu report, northern region:\n- deaths this season: 31\n- hospital admissions: 400",
        MONDAY,
        [(D, 31.0, "asserted")],
    ),
    (
        "Measles, state figures:\n- cases last year: 412\n- deaths: 2",
        MONDAY,
        [(D, 2.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), THIS_YEAR_LABEL)
def test_a_label_closed_by_this_year_counts_its_noun(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)


A = "acres_burned"

# (dev47's uc011) a figure whose posts or whose figure the sentence goes on to call
# double-counted ("the agency said those posts counted some ground twice") is contested
# (hedged), and the agency's own figure stands; counting twice as a routine is no dismissal
DOUBLE_COUNTED: list[Case] = [
    (
        "The Ridge fire has burned more than 40,000 hectares, the state fire agency said on "
        'Monday. Residents posting online put it "well over 60,000 ha"; the agency said those '
        "posts counted some ground twice.",
        MONDAY,
        [(A, 98842.0, "asserted"), (A, 148263.0, "hedged")],
    ),
    (
        "The Ridge fire has burned more than 40,000 hectares, the agency said. Residents put it "
        "at 60,000 ha; the agency said the figure double-counted the burn scar.",
        MONDAY,
        [(A, 98842.0, "asserted"), (A, 148263.0, "hedged")],
    ),
    (
        "The Ridge fire has burned more than 40,000 hectares, the agency said; crews counted "
        "the spot fires twice a day.",
        MONDAY,
        [(A, 98842.0, "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), DOUBLE_COUNTED)
def test_a_figure_called_double_counted_is_contested(
    enricher, text: str, published: str, wanted: list[tuple[str, float, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert every(enricher, text, published) == sorted(wanted)
