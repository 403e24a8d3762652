"""Soak (`make soak`, pytest --run-soak): a long generated story with rising counts, two
workers, and a fault every few articles: a worker killed (kill -9) or stopped, the alert
service killed, a webhook endpoint answering 500, 429 or too slowly. The receivers must
get exactly the alerts the processors give on the same articles in one process (alert ids
are deterministic), each once after dedup by webhook-id.

SOAK_ARTICLES (default 60) sets the story's length.
"""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from reliability_harness import (
    FAST_DELIVERY,
    Figures,
    pipeline_settings,
    received_alerts,
    record_figures,
    secret,
    write_subscriptions,
)

from processors.clean import clean_article
from processors.dedup import NearDuplicateIndex, mark_duplicate
from processors.models import Alert, Article
from processors.observe import observations_from
from processors.rulepack import RulePack
from processors.thresholds import MetricState, evaluate
from streams.broker import EmbeddedBroker
from streams.replay import PipelineRun, PipelineTimeout
from streams.sources import Item

pytestmark = [pytest.mark.soak, pytest.mark.integration, pytest.mark.timeout(3600)]

PLACES = ["Bamyan", "Ghor", "Faryab", "Badakhshan", "Nimruz", "Zabul", "Paktika", "Kunar"]
FILLER = [
    "Roads to the north were closed for most of the day.",
    "Aid groups said supplies were running short in several districts.",
    "Residents described queues outside banks and pharmacies.",
    "Flights from the capital were delayed by several hours.",
    "Local radio stations went off the air in the afternoon.",
]


def long_story(count: int, seed: int = 11) -> list[Item]:
    """Articles an hour apart: provincial capitals captured rising from 3 to 34, and an
    earthquake's death toll rising past 10, 100 and 1,000, with some stale reports."""
    rnd = random.Random(seed)
    start = datetime(2021, 8, 1, 6, tzinfo=UTC)
    capitals, toll = 2, 4
    items = []
    for n in range(count):
        published = start + timedelta(hours=n)
        if n % 2 == 0:
            capitals = min(34, capitals + rnd.choice([0, 1, 1, 2]))
            reported = capitals - 2 if n % 10 == 4 else capitals  # now and then a stale one
            claim = (f"The Taliban have captured {reported} of Afghanistan's 34 provincial "
                     f"capitals, officials said.")  # fmt: skip
        else:
            toll = int(toll * rnd.choice([1.0, 1.3, 1.6, 2.2])) + 1
            claim = f"The death toll from the earthquake in {PLACES[n % len(PLACES)]} rose to " \
                    f"{toll:,}, officials said."  # fmt: skip
        text = " ".join([claim, *rnd.sample(FILLER, 2), f"Report number {n} from the desk."])
        article = Article(
            id=f"soak-{n:04d}", text=text, source=f"Outlet {n % 7}",
            url=f"https://soak.example/{n}", published=published,
        )  # fmt: skip
        items.append(Item(f"soak-{n:04d}", article=article))
    return items


def reference_alerts(items: list[Item], enricher: Any) -> list[Alert]:
    """The alerts of the processors run in order in this process: no Kafka, no faults."""
    rules = RulePack.load()
    index = NearDuplicateIndex()
    states: dict[str, MetricState] = {}
    alerts: list[Alert] = []
    for item in items:
        assert item.article is not None
        article = mark_duplicate(clean_article(item.article), index)
        (enriched,) = enricher.enrich([article])
        for observation in observations_from(enriched):
            state, new = evaluate(states.get(observation.key), observation, rules.thresholds)
            states[observation.key] = state
            alerts += new
    return alerts


def test_soak_faults_every_few_articles_lose_and_repeat_no_alert(
    embedded_broker: EmbeddedBroker, tmp_path: Path, webhook_receiver: Any, enricher: Any,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    items = long_story(int(os.environ.get("SOAK_ARTICLES", "60")))
    expected = {a.id: a for a in reference_alerts(items, enricher)}
    assert len(expected) >= len(items) // 3, "the story gives alerts"
    keys = {"ops": secret(), "flaky": secret()}
    receivers = {name: webhook_receiver(secrets=[key]) for name, key in keys.items()}
    subs = write_subscriptions(
        tmp_path / "subscriptions.yaml",
        [{"id": name, "url": receivers[name].url, "secrets": [key], "timeout": 1.0}
         for name, key in keys.items()],
        {**FAST_DELIVERY, "max_attempts": 60},
    )  # fmt: skip
    settings = pipeline_settings(
        embedded_broker.url, tmp_path, request.node.name, subscriptions=subs
    )
    rnd = random.Random(5)
    faults: list[str] = []
    with PipelineRun(settings, workers=2, services=True) as run:
        for n, item in enumerate(items):
            if n % 5 != 4:
                run.send([item], ordered=True)
                continue
            fault = rnd.choice(["kill worker", "stop worker", "kill alerts", "endpoint"])
            faults.append(f"{fault} at article {n}")
            if fault == "kill worker":
                worker = rnd.randrange(2)
                run.send([item])  # in flight when the worker dies
                run.stop_worker(worker, kill=True)
                run.start_worker(worker)
            elif fault == "stop worker":
                worker = rnd.randrange(2)
                run.stop_worker(worker)
                run.send([item], ordered=True)
                run.start_worker(worker)
            elif fault == "kill alerts":
                run.stop_process("alerts", kill=True)
                run.send([item], ordered=True)
                run.start_process("alerts", ["alerts", "serve"])
            else:
                flaky = receivers["flaky"]
                flaky.answer(500, times=2)
                flaky.answer(429, retry_after="1")
                flaky.answer(503, delay=2)
                run.send([item], ordered=True)
            try:
                run.wait_idle()
            except PipelineTimeout as e:
                raise AssertionError(f"stalled after the faults {faults}: {e}") from e
        on_topic = run.wait_idle()
        for receiver in receivers.values():
            receiver.wait_for(len(expected), timeout=300)

    assert {a.id for a in on_topic} == set(expected)
    for name, receiver in receivers.items():
        got = {a.id for a in received_alerts(receiver)}
        lost, extra = set(expected) - got, got - set(expected)
        assert not lost and not extra, (name, sorted(lost), sorted(extra))
        assert all(r.verified for r in receiver.requests)
        repeats = sum(1 for r in receiver.requests if r.repeat and 200 <= r.status < 300)
        label = f"soak, {len(items)} articles, receiver {name}"
        record_figures(
            Figures(label, len(faults), len(expected), len(got), len(lost), len(extra), repeats)
        )
