"""Delivery rules without a network: outcomes, backoff, Retry-After, circuit breaker,
rate limit, retry tiers, offset tracking."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from aiokafka import TopicPartition

from alerts.delivery import (
    CircuitBreaker,
    Outcome,
    RateLimiter,
    backoff,
    classify,
    parse_retry_after,
)
from alerts.service import OffsetTracker, tier_for
from alerts.subscriptions import DeliveryDefaults


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, Outcome.DELIVERED), (202, Outcome.DELIVERED), (204, Outcome.DELIVERED),
        (410, Outcome.GONE),
        (429, Outcome.RETRY), (408, Outcome.RETRY), (500, Outcome.RETRY), (503, Outcome.RETRY),
        (400, Outcome.FAILED), (401, Outcome.FAILED), (404, Outcome.FAILED), (301, Outcome.FAILED),
    ],
)  # fmt: skip
def test_http_status_decides_the_outcome(status: int, outcome: Outcome) -> None:
    assert classify(status) is outcome


def test_backoff_doubles_up_to_the_cap_without_jitter() -> None:
    policy = DeliveryDefaults(backoff_base=1, backoff_factor=2, backoff_max=30, jitter=0)
    assert [backoff(n, policy) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]


def test_jitter_shortens_a_wait_by_at_most_its_share_and_spreads_waits() -> None:
    policy = DeliveryDefaults(backoff_base=10, jitter=0.2)
    rng = random.Random(7)
    waits = [backoff(1, policy, rng) for _ in range(200)]
    assert all(8.0 <= w <= 10.0 for w in waits)
    assert max(waits) - min(waits) > 1.0, "waits are spread, not synchronised"


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    now = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7", now) == 7.0
    assert parse_retry_after("Sun, 01 Mar 2026 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Sun, 01 Mar 2026 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_breaker_opens_after_consecutive_failures_then_tries_once_after_cooldown() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failures=3, cooldown=30, clock=clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.record(False)
    assert breaker.state == "closed"
    breaker.record(False)
    assert breaker.state == "open" and not breaker.allow()
    assert breaker.remaining() == 30
    clock.now += 30
    assert breaker.state == "half_open"
    assert breaker.allow(), "one trial request"
    assert not breaker.allow(), "only one"
    breaker.record(False)
    assert breaker.state == "open", "a failed trial re-opens it"
    clock.now += 30
    assert breaker.allow()
    breaker.record(True)
    assert breaker.state == "closed" and breaker.allow()


def test_a_success_resets_the_failure_count() -> None:
    breaker = CircuitBreaker(failures=2, cooldown=1, clock=Clock())
    breaker.record(False)
    breaker.record(True)
    breaker.record(False)
    assert breaker.state == "closed"


def test_the_rate_limiter_allows_a_burst_then_spaces_requests() -> None:
    clock = Clock()
    limiter = RateLimiter(rate=2, clock=clock)
    assert limiter.wait_time() == 0 and limiter.wait_time() == 0
    assert limiter.wait_time() == pytest.approx(0.5)
    clock.now += 0.5
    assert limiter.wait_time() == 0


def test_a_wait_goes_to_the_smallest_tier_that_holds_it() -> None:
    assert [tier_for(d) for d in (0.1, 1, 1.5, 5, 29, 31, 120, 500, 10_000)] == [
        0,
        0,
        1,
        1,
        2,
        3,
        3,
        4,
        4,
    ]


def test_only_offsets_below_the_first_unfinished_one_are_committed() -> None:
    tp = TopicPartition("alerts", 0)
    tracker = OffsetTracker()
    for offset in (5, 6, 7):
        tracker.started(tp, offset)
    tracker.finished(tp, 6)
    assert tracker.committable() == {tp: 5}
    tracker.mark_committed({tp: 5})
    tracker.finished(tp, 5)
    assert tracker.committable() == {tp: 7}
    tracker.mark_committed({tp: 7})
    assert tracker.committable() == {}
    tracker.finished(tp, 7)
    assert tracker.committable() == {tp: 8}
