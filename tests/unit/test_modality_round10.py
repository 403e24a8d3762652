"""Modality, round 10: another story's headline after a label on the same line as the
article's own sentence ("... on Monday. READ MORE | Toll rises to 27") is other_story, like
one on its own line; "even if" concedes, it sets no condition. Our own example sentences."""

from __future__ import annotations

from datetime import datetime

import pytest

from processors.models import Article

OWN = "Floods in the north have killed 40 people, officials said on Monday."


def claims(enricher, text: str) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    (enriched,) = enricher.enrich([Article(id="t", text=text, published=datetime(2023, 10, 26))])
    return sorted((c.value, c.modality) for c in enriched.claims)


@pytest.mark.parametrize(
    "label", ["READ MORE |", "Related |", "WATCH:", "READ:", "LISTEN:", "More |", "ALSO READ —"]
)
@pytest.mark.parametrize("between", [" ", "\n"])
def test_a_labelled_headline_after_the_own_story_is_another_story(
    enricher, label: str, between: str
) -> None:  # type: ignore[no-untyped-def]
    text = f"{OWN}{between}{label} Storm death toll rises to 27 in the south"
    assert claims(enricher, text) == [(27.0, "other_story"), (40.0, "asserted")]


def test_a_plain_sentence_after_the_own_story_is_still_news(enricher) -> None:  # type: ignore[no-untyped-def]
    text = f"{OWN} The toll in the south has now risen to 45."
    assert (45.0, "asserted") in claims(enricher, text)


# --- a concession is no condition -------------------------------------------------------------


def test_a_toll_conceded_with_even_if_is_still_asserted(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "The toll has risen to 45, even if officials say the final figure could be higher."
    assert claims(enricher, text) == [(45.0, "asserted")]


def test_a_toll_under_a_plain_if_is_conditional(enricher) -> None:  # type: ignore[no-untyped-def]
    text = "If the dam breaks, the toll would rise to 45."
    assert claims(enricher, text) == [(45.0, "conditional")]
