"""Our own sample story (streams/samples/story/*.json) through the processors alone
(clean, dedup, enrich, observe, thresholds; no Kafka) gives the alerts the samples
expect: expected_alerts.json under the samples' thresholds.yaml (the brief's rules),
expected_alerts.default_rules.json under the default pack.

Skipped until the samples and the other processors exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
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
SAMPLES = REPO / "streams/samples"
STORY = SAMPLES / "story"
DEFAULT_THRESHOLDS = REPO / "processors/rules/default/thresholds.yaml"
CASES = {
    "brief rules": (SAMPLES / "thresholds.yaml", SAMPLES / "expected_alerts.json"),
    "default rules": (DEFAULT_THRESHOLDS, SAMPLES / "expected_alerts.default_rules.json"),
}


@dataclass
class Story:
    files: dict[str, Article]  # story file name -> cleaned article
    enriched: list[Any]

    def file_of(self, article_id: str) -> str:
        return next(name for name, a in self.files.items() if a.id == article_id)


@pytest.fixture(scope="module")
def story() -> Story:
    if not STORY.is_dir() or not any(STORY.glob("*.json")):
        pytest.skip(f"sample story not found at {STORY}")
    index = dedup.NearDuplicateIndex()
    files: dict[str, Article] = {}
    for path in sorted(STORY.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data.setdefault("id", clean.article_id(data.get("url"), data["text"]))
        files[path.name] = dedup.mark_duplicate(
            clean.clean_article(Article.model_validate(data)), index
        )
    return Story(files, enrich.Enricher().enrich(list(files.values())))


def alerts_of(story: Story, thresholds: Path) -> list[Alert]:
    rules = load_threshold_rules(thresholds)
    states: dict[str, MetricState] = {}
    alerts: list[Alert] = []
    for enriched in story.enriched:
        for obs in observations_from(enriched):
            states[obs.key], new = evaluate(states.get(obs.key), obs, rules)
            alerts.extend(new)
    return alerts


def as_expected(story: Story, alert: Alert, expected: dict[str, Any]) -> dict[str, Any]:
    """The alert restricted to the fields the expectation names; `evidence_article`
    is the story file of the first evidence."""
    data = json.loads(alert.dumps())
    data["evidence_article"] = story.file_of(alert.evidence[0].article_id)
    return {k: data.get(k) for k in expected}


@pytest.mark.parametrize("case", CASES)
def test_the_sample_story_gives_the_expected_alerts(story: Story, case: str) -> None:
    thresholds, expected_file = CASES[case]
    if not expected_file.is_file() or not thresholds.is_file():
        pytest.skip(f"{expected_file} or {thresholds} not found")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    alerts = alerts_of(story, thresholds)
    got = [as_expected(story, a, e) for a, e in zip(alerts, expected, strict=False)]
    extra = [as_expected(story, a, expected[0]) for a in alerts[len(expected) :]]
    assert got == expected[: len(got)]
    assert len(alerts) == len(expected), f"unexpected alerts: {extra}"


def test_the_spun_copy_is_a_near_duplicate(story: Story) -> None:
    assert (
        story.files["005_newsspinhub.json"].duplicate_of == story.files["001_frontierdaily.json"].id
    )


def test_the_sample_story_alerts_are_deterministic(story: Story) -> None:
    first = alerts_of(story, DEFAULT_THRESHOLDS)
    again = alerts_of(story, DEFAULT_THRESHOLDS)
    assert [a.id for a in first] == [a.id for a in again]
    assert len({a.id for a in first}) == len(first)
