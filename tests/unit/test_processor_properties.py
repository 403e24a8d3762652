"""Properties of the text processors on any text, hostile numbers included: they never
crash, and every claim they read carries finite numbers.

Already covered elsewhere (not repeated here): cleaning twice changes nothing
(tests/unit/test_clean.py), thresholds never alert on a value at or below the confirmed
one (tests/unit/test_thresholds_properties.py).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from processors.clean import EmptyArticle, clean_article
from processors.dedup import NearDuplicateIndex, mark_duplicate
from processors.models import Article, EnrichedArticle
from processors.numbers import parse_fraction, parse_number, parse_ordinal, parse_quantity
from processors.observe import observations_from

# Numbers as hostile input writes them: overflowing exponents, IEEE specials, digit
# strings longer than a float holds, grouped digits, words, ordinals and fractions.
HOSTILE_NUMBERS = [
    "1e309", "-1e309", "1E400", "NaN", "nan", "Infinity", "-Infinity", "inf", "\u221e",
    "1" * 400, "9" * 309, "1," + ",".join(["000"] * 120), "0." + "0" * 400 + "1",
    "0x1F", "1_000", "\u0661\u0662", "\uff11\uff12", "12\u00a0000", "10\u207b\u00b3",
    "thirty-four", "a dozen", "two dozen", "half", "two-thirds", "1.5 million",
    "a billion billion billion", "the 12th", "the " + "1" * 400 + "th", "the tenth",
    "65%", "1e309%", "-5", "0", "34",
]  # fmt: skip
numbers = st.one_of(
    st.sampled_from(HOSTILE_NUMBERS),
    st.integers(min_value=-(10**30), max_value=10**400).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
SENTENCES = [
    "The Taliban have captured {n} of Afghanistan's {m} provincial capitals.",
    "Officials said the death toll rose to {n}, up from {m} on Monday.",
    "The fire has burned {n} acres and is {m} percent contained.",
    "Insurgents seized the {n} provincial capital, the {m} this week.",
    "At least {n} people were killed and {m} injured, the ministry said.",
    "{n} of {m}",
]
sentence = st.builds(
    lambda template, n, m: template.format(n=n, m=m), st.sampled_from(SENTENCES), numbers, numbers
)
# Any text: every Unicode category but lone surrogates (not encodable, never on the wire),
# mixed with sentences the claim rules do read.
any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)
articles_text = st.lists(st.one_of(sentence, any_text), min_size=1, max_size=5).map(" ".join)

PUBLISHED = datetime(2021, 8, 13, 12, tzinfo=UTC)
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("text", HOSTILE_NUMBERS)
def test_number_readers_give_a_finite_number_or_none(text: str) -> None:
    for read in (parse_number, parse_ordinal, parse_fraction):
        value = read(text)
        assert value is None or math.isfinite(value), f"{read.__name__}({text!r}) = {value}"
    quantity = parse_quantity(text)
    assert quantity is None or math.isfinite(quantity.value)


@FAST
@given(numbers)
def test_any_number_string_reads_as_finite_or_not_at_all(text: str) -> None:
    for read in (parse_number, parse_ordinal, parse_fraction):
        value = read(text)
        assert value is None or math.isfinite(value)


@FAST
@given(articles_text)
def test_enrichment_never_crashes_and_claim_values_are_finite(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="prop", text=text, published=PUBLISHED)
    (enriched,) = enricher.enrich([article])
    for claim in enriched.claims:
        for value in (claim.value, claim.total):
            assert value is None or math.isfinite(value), claim
    # The record survives the wire (JSON has no NaN or Infinity), and thresholds read it.
    again = EnrichedArticle.loads(enriched.dumps())
    assert [c.value for c in again.claims] == [c.value for c in enriched.claims]
    for observation in observations_from(again):
        assert observation.value is None or math.isfinite(observation.value)


@FAST
@given(st.lists(articles_text, min_size=1, max_size=4))
def test_cleaning_and_dedup_never_crash_on_any_text(texts: list[str]) -> None:
    index = NearDuplicateIndex()
    for n, text in enumerate(texts):
        try:
            cleaned = clean_article(Article(id=f"a{n}", text=text))
        except EmptyArticle:
            continue
        marked = mark_duplicate(cleaned, index)
        assert marked.id == f"a{n}" and marked.text == cleaned.text
        assert marked.duplicate_of is None or marked.duplicate_of.startswith("a")


@FAST
@given(any_text)
def test_entities_are_spans_of_the_text(enricher, text: str) -> None:  # type: ignore[no-untyped-def]
    (enriched,) = enricher.enrich([Article(id="e", text=text, published=PUBLISHED)])
    for entity in enriched.entities:
        assert entity.text and entity.text in text


@pytest.mark.timeout(60)  # a liveness guard: 20,000 "&" (a decoded entity bomb) took minutes
@pytest.mark.parametrize("run", ["&", "_", "-", "!?", "\U0001f525"])
def test_long_runs_of_punctuation_are_cut_before_parsing(enricher, run: str) -> None:  # type: ignore[no-untyped-def]
    text = "The council met on Tuesday. " + run * 20_000 + " Then it rained."
    article = clean_article(Article(id="run", text=text, published=PUBLISHED))
    assert len(article.text) < 100 and "Then it rained." in article.text
    (enriched,) = enricher.enrich([article])
    assert enriched.article.id == "run"
