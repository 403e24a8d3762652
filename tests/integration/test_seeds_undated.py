"""The seeds as undated articles: without a published time an article is read
against its ingest time (`fetched`). Whatever weekday it arrives on, the claims and
events keep the modalities they have with the true date, and the processors give
the three alerts of DESIGN.md section 1.

Skipped when ../shared/seeds is absent. No seed sentence is copied here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from processors.models import Article, EnrichedArticle
from processors.observe import observations_from
from processors.thresholds import MetricState, evaluate, load_threshold_rules

clean = pytest.importorskip("processors.clean")
dedup = pytest.importorskip("processors.dedup")

DEFAULT_THRESHOLDS = (
    Path(__file__).resolve().parents[2] / "processors/rules/default/thresholds.yaml"
)
STORY_DAY = datetime(2021, 8, 12, tzinfo=UTC)  # a Thursday
# Ingest on the story day and each of the six days after: every weekday once.
Found = Counter[tuple[object, ...]]
Reader = Callable[[list[Article]], list[EnrichedArticle]]
INGEST_DAYS = [STORY_DAY + timedelta(days=n, hours=9) for n in range(7)]


@pytest.fixture(scope="module")
def cleaned(seeds_dir: Path) -> list[Article]:
    index = dedup.NearDuplicateIndex()
    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = clean.article_from_text(
            path.read_text(encoding="utf-8"), source=f"seed-outlet-{path.name[:3]}"
        )
        articles.append(dedup.mark_duplicate(clean.clean_article(raw), index))
    return articles


@pytest.fixture(scope="module")
def read(cleaned, enricher):  # type: ignore[no-untyped-def]
    """Enrich the seeds with other dates: parsed once, read again per date."""
    docs = list(enricher.nlp.pipe(a.text for a in cleaned))

    def enrich(articles: list[Article]) -> list[EnrichedArticle]:
        return [enricher.read(a, doc) for a, doc in zip(articles, docs, strict=True)]

    return enrich


def _modalities(enriched: list[EnrichedArticle]) -> list[Found]:
    """Per article: how many claims (metric, value, total) and events (type, actor)
    came out with each modality. Dates are left out: an undated sentence of an
    undated article has no date."""
    out = []
    for item in enriched:
        found: Found = Counter()
        found.update(("claim", c.metric, c.value, c.total, c.modality) for c in item.claims)
        found.update({("event", e.type, e.actor, e.modality) for e in item.events})
        out.append(found)
    return out


@pytest.fixture(scope="module")
def with_true_date(cleaned, read):  # type: ignore[no-untyped-def]
    dated = [a.model_copy(update={"published": a.published or STORY_DAY}) for a in cleaned]
    return _modalities(read(dated))


@pytest.mark.parametrize("fetched", INGEST_DAYS, ids=lambda d: d.strftime("%a"))
def test_undated_seeds_keep_their_modalities_whatever_the_ingest_day(
    cleaned: list[Article], read: Reader, with_true_date: list[Found], fetched: datetime
) -> None:
    undated = [a.model_copy(update={"published": None, "fetched": fetched}) for a in cleaned]
    got = _modalities(read(undated))
    assert any(("event", "embassy_security_alert", "US Embassy Kabul", "asserted") in g
               for g in got)  # fmt: skip
    assert got == with_true_date


@pytest.mark.parametrize("fetched", INGEST_DAYS, ids=lambda d: d.strftime("%a"))
def test_undated_seeds_give_the_three_alerts_whatever_the_ingest_day(
    cleaned: list[Article], read: Reader, fetched: datetime
) -> None:
    # as the pipeline sees them: 002 keeps its own dateline, the others are undated
    articles = [a.model_copy(update={"fetched": fetched}) for a in cleaned]
    rules = load_threshold_rules(DEFAULT_THRESHOLDS)
    states: dict[str, MetricState] = {}
    alerts = []
    for enriched in read(articles):
        for obs in observations_from(enriched):
            state, new = evaluate(states.get(obs.key), obs, rules)
            states[obs.key] = state
            alerts.extend(new)
    assert [(a.kind, a.event_type or a.metric, a.previous, a.value) for a in alerts] == [
        ("new_event", "embassy_security_alert", None, None),
        ("first_value", "provincial_capitals_captured", None, 10),
        ("increase", "provincial_capitals_captured", 10, 11),
    ]
