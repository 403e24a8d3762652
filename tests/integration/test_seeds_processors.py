"""The five seed articles through the processors alone (clean, dedup, enrich,
observe, thresholds; no Kafka) give exactly the three alerts of DESIGN.md section 1.

Skipped when ../shared/seeds is absent. No seed sentence is copied here: evidence
is checked against the seed files themselves and a few words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from processors.models import Alert, Article
from processors.observe import observations_from
from processors.thresholds import MetricState, evaluate, load_threshold_rules

clean = pytest.importorskip("processors.clean")
dedup = pytest.importorskip("processors.dedup")
enrich = pytest.importorskip("processors.enrich")

DEFAULT_THRESHOLDS = (
    Path(__file__).resolve().parents[2] / "processors/rules/default/thresholds.yaml"
)
# The story's day: only 002 carries a dateline; the others were published that day too
# (a feed or the file's metadata would say so).
STORY_DAY = datetime(2021, 8, 12, tzinfo=UTC)


@dataclass
class SeedRun:
    articles: dict[str, Article]  # seed number ("000".."004") -> cleaned article
    alerts: list[Alert]
    states: dict[str, MetricState]
    after: dict[str, dict[str, MetricState]]  # seed number -> states after that seed

    def seed_of(self, article_id: str) -> str:
        return next(n for n, a in self.articles.items() if a.id == article_id)


@pytest.fixture(scope="module")
def seed_run(seeds_dir: Path) -> SeedRun:
    index = dedup.NearDuplicateIndex()
    articles: dict[str, Article] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        number = path.name[:3]
        raw = clean.article_from_text(
            path.read_text(encoding="utf-8"), source=f"seed-outlet-{number}"
        )
        article = dedup.mark_duplicate(clean.clean_article(raw), index)
        if article.published is None:  # as a feed would give it; event dates need it
            article = article.model_copy(update={"published": STORY_DAY})
        articles[number] = article

    rules = load_threshold_rules(DEFAULT_THRESHOLDS)
    enricher = enrich.Enricher()
    states: dict[str, MetricState] = {}
    alerts: list[Alert] = []
    after: dict[str, dict[str, MetricState]] = {}
    for number, enriched in zip(articles, enricher.enrich(list(articles.values())), strict=True):
        assert enriched.article.id == articles[number].id
        for obs in observations_from(enriched, fallback_time=STORY_DAY):
            state, new = evaluate(states.get(obs.key), obs, rules)
            states[obs.key] = state
            alerts.extend(new)
        after[number] = dict(states)
    return SeedRun(articles, alerts, states, after)


def _in_article(sentence: str, article: Article) -> bool:
    return " ".join(sentence.split()) in " ".join(article.text.split())


def test_the_seeds_give_exactly_three_alerts(seed_run: SeedRun) -> None:
    summary = [
        (
            a.kind,
            a.event_type or a.metric,
            a.previous,
            a.value,
            a.total,
            seed_run.seed_of(a.evidence[0].article_id),
        )
        for a in seed_run.alerts
    ]
    assert summary == [
        ("new_event", "embassy_security_alert", None, None, None, "000"),
        ("first_value", "provincial_capitals_captured", None, 10, 34, "001"),
        ("increase", "provincial_capitals_captured", 10, 11, 34, "003"),
    ]


def test_the_embassy_alert_carries_its_evidence(seed_run: SeedRun) -> None:
    alert = seed_run.alerts[0]
    evidence = alert.evidence[0]
    assert "security alert" in evidence.sentence.lower()
    assert _in_article(evidence.sentence, seed_run.articles["000"])
    assert evidence.source == "seed-outlet-000"
    assert alert.first_seen.date() == STORY_DAY.date()


def test_the_capital_counts_carry_their_evidence(seed_run: SeedRun) -> None:
    first, increase = seed_run.alerts[1:]
    assert "taliban" in first.subject.lower() or "militant" in first.subject.lower()
    assert first.subject == increase.subject
    for alert, number, figure in ((first, "001", "10"), (increase, "003", "11")):
        evidence = alert.evidence[0]
        assert figure in evidence.sentence and "34" in evidence.sentence
        assert _in_article(evidence.sentence, seed_run.articles[number])
        assert evidence.source == f"seed-outlet-{number}"


def test_alert_ids_are_distinct(seed_run: SeedRun) -> None:
    assert len({a.id for a in seed_run.alerts}) == 3


def test_002_is_marked_a_near_duplicate_of_001(seed_run: SeedRun) -> None:
    assert seed_run.articles["002"].duplicate_of == seed_run.articles["001"].id
    others = [n for n in ("000", "001", "003", "004") if seed_run.articles[n].duplicate_of]
    assert others == []


def test_002_corroborates_the_first_capital_count(seed_run: SeedRun) -> None:
    key = next(k for k, s in seed_run.after["001"].items() if s.confirmed and s.value == 10)
    state = seed_run.after["002"][key]
    assert state.value == 10 and state.corroborations >= 1
    assert seed_run.articles["002"].id in [e.article_id for e in state.evidence]
    # a near-duplicate is not an independent source
    assert state.sources == ["seed-outlet-001"]


def test_004_lower_counts_are_stale(seed_run: SeedRun) -> None:
    key = next(k for k, s in seed_run.after["003"].items() if s.confirmed and s.value == 11)
    before, after = seed_run.after["003"][key], seed_run.after["004"][key]
    assert after.value == 11
    assert after.stale > before.stale  # 004's "tenth" was read and ignored as stale


def test_later_reports_of_the_embassy_alert_corroborate_it(seed_run: SeedRun) -> None:
    event_states = [
        s
        for s in seed_run.states.values()
        if s.confirmed and s.key.startswith("embassy_security_alert")
    ]
    assert len(event_states) == 1
    state = event_states[0]
    assert state.corroborations >= 1
    reporting = {seed_run.seed_of(e.article_id) for e in state.evidence}
    assert {"000", "004"} <= reporting
