"""Faults injected into the whole pipeline (workers, alert service, sources as real
processes on the embedded broker) while the sample story is replayed; checked at real
webhook receivers: every expected alert arrives, none twice after dedup by webhook-id,
every body signed, the tables recovered (increase alerts carry the right `previous`).

The story (streams/samples/story, 12 articles) gives 10 alerts with the default rules
(streams/samples/expected_alerts.default_rules.json). Longer runs: tests/integration/
test_reliability_soak.py (`make soak`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from reliability_harness import (
    STORY,
    STORY_EXPECTED,
    Figures,
    check_receiver,
    free_port_block,
    metric,
    pipeline_settings,
    read_topic,
    record_figures,
    scrape,
    secret,
    secrets_in_logs,
    send_step,
    wait_until,
    write_subscriptions,
)
from webhook_receiver import WebhookReceiver, dead_url

from streams.broker import EmbeddedBroker
from streams.replay import PipelineRun, compare_alerts, read_inputs
from streams.topics import DeliveredRecord

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ITEMS = list(read_inputs([STORY]))
ALL = len(STORY_EXPECTED)


def _one_receiver(tmp_path: Path, webhook_receiver: Any) -> tuple[WebhookReceiver, str, Path]:
    key = secret()
    receiver = webhook_receiver(secrets=[key])
    subs = write_subscriptions(
        tmp_path / "subscriptions.yaml", [{"id": "ops", "url": receiver.url, "secrets": [key]}]
    )
    return receiver, key, subs


def _expected_so_far(run: PipelineRun) -> list[dict[str, Any]]:
    """The expected alerts whose evidence article has been sent."""
    sent = set(run.origins.values())
    return [e for e in STORY_EXPECTED if e["evidence_article"] in sent]


def test_a_worker_killed_mid_article_and_restarted_loses_and_repeats_no_alert(
    embedded_broker: EmbeddedBroker, tmp_path: Path, webhook_receiver: Any,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    receiver, key, subs = _one_receiver(tmp_path, webhook_receiver)
    settings = pipeline_settings(
        embedded_broker.url, tmp_path, request.node.name, subscriptions=subs
    )
    with PipelineRun(settings, services=True) as run:
        send_step(run, ITEMS, 0)
        send_step(run, ITEMS, 1)
        # 003, 005 and 007 (17 -> 23 of 34) go in; the worker dies with them in flight.
        send_step(run, ITEMS, 2, wait=False)
        run.stop_worker(0, kill=True)
        run.start_worker(0)
        run.wait_idle(timeout=120)
        send_step(run, ITEMS, 3)
        send_step(run, ITEMS, 4)
        on_topic = run.wait_idle()
        receiver.wait_for(ALL, timeout=60)
        origins = run.origins
        log_dir = run.log_dir
    assert compare_alerts(on_topic, STORY_EXPECTED, origins) == []
    delivered, lost, duplicated, repeats = check_receiver(receiver, STORY_EXPECTED, origins)
    assert secrets_in_logs(log_dir, [key]) == []
    record_figures(Figures("worker kill -9 mid-article", 1, ALL, delivered, lost, duplicated,
                           repeats))  # fmt: skip


def test_two_workers_one_stopped_then_started_again_lose_and_repeat_no_alert(
    embedded_broker: EmbeddedBroker, tmp_path: Path, webhook_receiver: Any,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    receiver, key, subs = _one_receiver(tmp_path, webhook_receiver)
    settings = pipeline_settings(
        embedded_broker.url, tmp_path, request.node.name, subscriptions=subs
    )
    with PipelineRun(settings, workers=2, services=True) as run:
        send_step(run, ITEMS, 0)
        run.stop_worker(1)  # rebalance: worker 0 takes every partition and its table keys
        send_step(run, ITEMS, 1)
        send_step(run, ITEMS, 2)
        run.start_worker(1)  # rebalance again: half the keys move back
        send_step(run, ITEMS, 3)
        send_step(run, ITEMS, 4)
        on_topic = run.wait_idle()
        receiver.wait_for(ALL, timeout=60)
        origins = run.origins
        log_dir = run.log_dir
    assert compare_alerts(on_topic, STORY_EXPECTED, origins) == []
    delivered, lost, duplicated, repeats = check_receiver(receiver, STORY_EXPECTED, origins)
    assert secrets_in_logs(log_dir, [key]) == []
    record_figures(Figures("2 workers: stop one, start it", 2, ALL, delivered, lost, duplicated,
                           repeats))  # fmt: skip


def test_the_alert_service_killed_with_deliveries_in_flight_delivers_all_after_restart(
    embedded_broker: EmbeddedBroker, tmp_path: Path, webhook_receiver: Any,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    receiver, key, subs = _one_receiver(tmp_path, webhook_receiver)
    settings = pipeline_settings(
        embedded_broker.url, tmp_path, request.node.name, subscriptions=subs
    )
    with PipelineRun(settings, services=True) as run:
        send_step(run, ITEMS, 0)
        send_step(run, ITEMS, 1)
        before = len(_expected_so_far(run))
        receiver.wait_for(before, timeout=60)
        # The receiver holds the next request 30 s: the service dies while they wait.
        receiver.answer(200, delay=30)
        held = len(receiver.requests)
        send_step(run, ITEMS, 2)
        wait_until(lambda: len(receiver.requests) > held, 30, "a delivery in flight")
        run.stop_process("alerts", kill=True)
        # Alerts keep coming while the service is down; none can be delivered.
        send_step(run, ITEMS, 3)
        send_step(run, ITEMS, 4)
        on_topic = run.wait_idle()
        assert len(on_topic) == ALL and len(receiver.deliveries) == before + 1
        run.start_process("alerts", ["alerts", "serve"])
        receiver.wait_for(ALL, timeout=60)
        origins = run.origins
        log_dir = run.log_dir
    delivered, lost, duplicated, repeats = check_receiver(receiver, STORY_EXPECTED, origins)
    assert repeats >= 1, "the delivery in flight at the kill was sent again (same webhook-id)"
    assert secrets_in_logs(log_dir, [key]) == []
    record_figures(Figures("alert service kill -9 in flight", 1, ALL, delivered, lost,
                           duplicated, repeats))  # fmt: skip


def _delivered_to_both(samples: dict[Any, float]) -> dict[Any, float] | None:
    """The samples once every alert counts as delivered to both subscriptions, else None."""
    done = all(
        metric(samples, "tocsin_deliveries_total", subscription=sub, outcome="delivered") == ALL
        for sub in ("flaky", "healthy")
    )
    return samples if done else None


def test_an_endpoint_down_then_failing_then_back_gets_everything_and_others_are_unaffected(
    embedded_broker: EmbeddedBroker, tmp_path: Path, webhook_receiver: Any,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    flaky_key, healthy_key, token = secret(), secret(), "admin-" + secret()[6:]
    healthy = webhook_receiver(secrets=[healthy_key])
    flaky_url = dead_url()  # connection refused until the receiver comes up there
    flaky_port = int(flaky_url.rsplit(":", 1)[1].split("/")[0])
    delivery = {"timeout": 2.0, "max_attempts": 40, "backoff_base": 0.2, "backoff_max": 2.0,
                "jitter": 0.2, "breaker_failures": 5, "breaker_cooldown": 1.0}  # fmt: skip
    subs = write_subscriptions(
        tmp_path / "subscriptions.yaml",
        [
            {"id": "flaky", "url": flaky_url, "secrets": [flaky_key], "timeout": 1.0},
            {"id": "healthy", "url": healthy.url, "secrets": [healthy_key]},
        ],
        delivery,
    )
    base = free_port_block((0, 90, 91))
    settings = pipeline_settings(
        embedded_broker.url, tmp_path, request.node.name, subscriptions=subs,
        metrics_port=base, admin_token=token,
    )  # fmt: skip
    flaky = WebhookReceiver([flaky_key], port=flaky_port)
    try:
        with PipelineRun(settings, services=True) as run:
            _admin_api_refuses_bad_tokens_and_metadata_urls(settings.admin_port, token)
            # Down: connection refused for the first half of the story.
            send_step(run, ITEMS, 0)
            send_step(run, ITEMS, 1)
            first_half = len(_expected_so_far(run))
            healthy.wait_for(first_half, timeout=30)
            wait_until(
                lambda: metric(scrape(base + 90), "tocsin_delivery_attempts_total",
                               subscription="flaky", status="error") >= 1,
                30, "a refused attempt to the flaky endpoint counted",
            )  # fmt: skip
            # Back, but failing: 500s, a 429 with Retry-After, answers slower than the timeout.
            flaky.answer(500, times=3)
            flaky.answer(429, retry_after="2")
            flaky.answer(503, times=2, delay=3)
            flaky.start()
            send_step(run, ITEMS, 2)
            send_step(run, ITEMS, 3)
            send_step(run, ITEMS, 4)
            healthy.wait_for(ALL, timeout=30)
            flaky.wait_for(ALL, timeout=120)
            # The service counts a delivery after the receiver has answered: wait for both counts.
            samples = wait_until(
                lambda: _delivered_to_both(scrape(base + 90)), 30, "both deliveries counted"
            )
            origins = run.origins
            log_dir = run.log_dir
            delivered_records = read_topic(settings, run.broker_url, "alerts.delivered")
            dead = read_topic(settings, run.broker_url, "alerts.dead")
    finally:
        flaky.close()

    # Both got every alert once, signed; the healthy one never waited for the flaky one.
    figures = [check_receiver(r, STORY_EXPECTED, origins) for r in (healthy, flaky)]
    assert [r.status for r in healthy.requests] == [200] * ALL
    statuses = [r.status for r in flaky.requests]
    assert statuses[:6] == [500, 500, 500, 429, 503, 503] and set(statuses[6:]) == {200}
    # Retry-After honoured: that alert's next attempt came 2 s later, not after 0.2 s.
    after_429 = next(r for r in flaky.requests if r.status == 429)
    same = [r for r in flaky.requests if r.webhook_id == after_429.webhook_id]
    next_try = same[same.index(after_429) + 1]
    assert next_try.received_at - after_429.received_at >= 1.9
    # Within the retry schedule: nothing given up, no delivery over max_attempts.
    assert dead == []
    attempts = {
        (d.subscription_id, d.alert_id): d.attempts
        for d in (DeliveredRecord.loads(m.value) for m in delivered_records)
    }
    assert max(a for (s, _), a in attempts.items() if s == "flaky") <= delivery["max_attempts"]
    assert {a for (s, _), a in attempts.items() if s == "healthy"} == {1}

    # The metrics show the retries, by status, and none for the healthy endpoint.
    def attempts_of(sub: str, status: str) -> float:
        return metric(samples, "tocsin_delivery_attempts_total", subscription=sub, status=status)

    assert attempts_of("flaky", "500") == 3 and attempts_of("flaky", "429") == 1
    assert attempts_of("flaky", "timeout") == 2 and attempts_of("flaky", "error") >= 1
    assert metric(samples, "tocsin_deliveries_total", subscription="flaky",
                  outcome="retrying") >= 7  # fmt: skip
    assert metric(samples, "tocsin_deliveries_total", subscription="flaky",
                  outcome="delivered") == ALL  # fmt: skip
    assert attempts_of("healthy", "200") == ALL
    assert metric(samples, "tocsin_deliveries_total", subscription="healthy",
                  outcome="retrying") == 0  # fmt: skip
    assert secrets_in_logs(log_dir, [flaky_key, healthy_key, token]) == []
    faults = 1 + 3 + 1 + 2  # refused period, 500s, 429, timeouts
    names = ("endpoint refused, then 500s, 429, timeouts", "healthy endpoint beside it")
    for name, (delivered, lost, duplicated, repeats) in zip(names, reversed(figures), strict=True):
        record_figures(Figures(name, faults, ALL, delivered, lost, duplicated, repeats))


def _admin_api_refuses_bad_tokens_and_metadata_urls(port: int, token: str) -> None:
    url = f"http://127.0.0.1:{port}"
    health = wait_until(lambda: _get(f"{url}/healthz"), 30, "the admin API")
    assert health.status_code == 200
    assert httpx.get(f"{url}/subscriptions").status_code == 401
    wrong = {"Authorization": f"Bearer {token}x"}
    assert httpx.get(f"{url}/subscriptions", headers=wrong).status_code == 401
    good = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{url}/subscriptions", headers=good).status_code == 200
    for hook, allow in (
        ("http://169.254.169.254/latest/meta-data/", True),
        ("http://10.0.0.7/hook", False),
        ("http://localhost:9/hook", False),
    ):
        created = httpx.post(
            f"{url}/subscriptions",
            headers=good,
            json={"id": "ssrf", "url": hook, "allow_private": allow},
        )
        assert created.status_code == 422, (hook, created.text)  # fmt: skip
    assert "ssrf" not in httpx.get(f"{url}/subscriptions", headers=good).text


def _get(url: str) -> httpx.Response | None:
    try:
        return httpx.get(url, timeout=2)
    except httpx.HTTPError:
        return None
