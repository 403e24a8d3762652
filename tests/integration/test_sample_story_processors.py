"""Our own sample story (streams/samples/story/*.json) through the processors alone
gives the alerts of streams/samples/expected_alerts.json, timestamps aside.

Skipped until the samples and the other processors exist.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from processors.models import Alert, Article
from processors.observe import observations_from
from processors.thresholds import MetricState, evaluate, load_threshold_rules

clean = pytest.importorskip("processors.clean")
dedup = pytest.importorskip("processors.dedup")
enrich = pytest.importorskip("processors.enrich")

REPO = Path(__file__).resolve().parents[2]
STORY = REPO / "streams/samples/story"
EXPECTED = REPO / "streams/samples/expected_alerts.json"
DEFAULT_THRESHOLDS = REPO / "processors/rules/default/thresholds.yaml"
# Fields that differ between runs or are not the rules' business.
IGNORED = {"first_seen", "schema"}


def _story_articles() -> list[Article]:
    if not STORY.is_dir() or not EXPECTED.is_file():
        pytest.skip(f"sample story not found at {STORY} / {EXPECTED}")
    articles = []
    for path in sorted(STORY.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data if isinstance(data, list) else [data]:
            if "id" not in item:
                item = item | {"id": clean.article_id(item.get("url"), item["text"])}
            articles.append(Article.model_validate(item))
    if not articles:
        pytest.skip(f"no sample articles in {STORY}")
    return articles


def _expected() -> list[dict[str, Any]]:
    text = EXPECTED.read_text(encoding="utf-8").strip()
    if text.startswith("["):
        return list(json.loads(text))
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _as_expected(alert: Alert, expected: dict[str, Any]) -> dict[str, Any]:
    """The alert's JSON restricted to the fields the expectation names."""
    data = json.loads(alert.dumps())
    return {k: data.get(k) for k in expected if k not in IGNORED}


def _process(articles: list[Article]) -> list[Alert]:
    index = dedup.NearDuplicateIndex()
    cleaned = [dedup.mark_duplicate(clean.clean_article(a), index) for a in articles]
    rules = load_threshold_rules(DEFAULT_THRESHOLDS)
    states: dict[str, MetricState] = {}
    alerts: list[Alert] = []
    fallback = datetime(2000, 1, 1, tzinfo=UTC)
    for enriched in enrich.Enricher().enrich(cleaned):
        for obs in observations_from(enriched, fallback_time=fallback):
            states[obs.key], new = evaluate(states.get(obs.key), obs, rules)
            alerts.extend(new)
    return alerts


def test_the_sample_story_gives_the_expected_alerts() -> None:
    articles = _story_articles()
    expected = _expected()
    alerts = _process(articles)
    got = [_as_expected(a, e) for a, e in zip(alerts, expected, strict=False)]
    wanted = [{k: v for k, v in e.items() if k not in IGNORED} for e in expected]
    assert len(alerts) == len(expected), [a.model_dump(exclude_none=True) for a in alerts]
    assert got == wanted


def test_the_sample_story_is_deterministic() -> None:
    articles = _story_articles()
    assert [a.id for a in _process(articles)] == [a.id for a in _process(articles)]
