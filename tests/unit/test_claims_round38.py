"""Claims of round thirty-eight: kinds that recur on unseen text, each tried on fresh wording
before any rule; every passage is written for these tests, about made-up or real places.

A count of captures a timeline entry gives (an ordinal, a tally) is older when an entry of a
later day tells a further capture, with or without a number of its own (settled in round 37,
dev47's uc061: "12 Aug - The Taliban take Ghazni, the 10th." followed by "14 Aug -
Mazar-i-Sharif falls ..."). Before, such a count stood asserted when no later entry gave a
number. Timelines run one entry a line ("9 Mar - ...") or one a sentence ("9 Mar: ...").
Hard negatives: the count of the last capture the timeline tells; a later entry that tells
no capture (a flight out, talks); a count told in no dated entry.
"""

from __future__ import annotations

import pytest
from claim_readings import every

T, P = "cities_captured", "provincial_capitals_captured"

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
