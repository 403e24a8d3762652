"""One HTTP delivery attempt and what it means: a pooled aiohttp session, per-endpoint
concurrency limits, rate limits and circuit breakers, the retry schedule.

Outcomes: 2xx delivered; 410 gone (the subscription is disabled); 408, 425, 429, 5xx,
timeouts and network errors retry (honouring Retry-After); other 4xx fail for good.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

import httpx

from .subscriptions import (
    DeliveryDefaults,
    Subscription,
    UnresolvableHostError,
    UnsafeURLError,
    check_url,
)
from .transport import AiohttpTransport, PostError, PostTimeout

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 425, 429})
USER_AGENT = "tocsin-webhooks/1"


class Outcome(StrEnum):
    DELIVERED = "delivered"
    RETRY = "retry"
    GONE = "gone"
    FAILED = "failed"
    REFUSED = "refused"


@dataclass(frozen=True)
class Attempt:
    """The result of one attempt. `status` is the HTTP status, "timeout", "error",
    "circuit_open", "busy" or "refused" (the metrics label)."""

    outcome: Outcome
    status: str
    retry_after: float | None = None
    error: str | None = None
    seconds: float = 0.0
    counts: bool = True  # False: the endpoint was not tried (busy): not an attempt


def classify(status: int) -> Outcome:
    """What an HTTP status means for the delivery."""
    if 200 <= status < 300:
        return Outcome.DELIVERED
    if status == 410:
        return Outcome.GONE
    if status in RETRYABLE_STATUS or status >= 500:
        return Outcome.RETRY
    return Outcome.FAILED


def backoff(attempts: int, policy: DeliveryDefaults, rng: random.Random | None = None) -> float:
    """Seconds to wait after `attempts` failed attempts: exponential, capped, with jitter
    that shortens each wait by up to `policy.jitter` of it (so waits never exceed the cap)."""
    draw = rng.random() if rng is not None else random.random()
    delay = min(policy.backoff_max, policy.backoff_base * policy.backoff_factor ** (attempts - 1))
    return delay * (1.0 - policy.jitter * draw)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class CircuitBreaker:
    """Opens after `failures` consecutive failures; after `cooldown` seconds lets one
    trial request through (half-open); its success closes it, its failure re-opens it."""

    def __init__(
        self, failures: int, cooldown: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.failures = failures
        self.cooldown = cooldown
        self.clock = clock
        self.consecutive = 0
        self.opened_at: float | None = None
        self.trial_running = False

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half_open" if self.clock() - self.opened_at >= self.cooldown else "open"

    def allow(self) -> bool:
        """Whether a request may go now (claims the trial slot when half-open)."""
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self.trial_running:
            self.trial_running = True
            return True
        return False

    def remaining(self) -> float:
        """Seconds until a trial request may go (0 when closed)."""
        if self.opened_at is None:
            return 0.0
        return max(0.0, self.cooldown - (self.clock() - self.opened_at))

    def record(self, success: bool) -> None:
        self.trial_running = False
        if success:
            self.consecutive, self.opened_at = 0, None
            return
        self.consecutive += 1
        if self.opened_at is not None or self.consecutive >= self.failures:
            self.opened_at = self.clock()


class RateLimiter:
    """A token bucket: `rate` per second, bursts of up to max(1, rate)."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate)
        self.tokens = self.capacity
        self.clock = clock
        self.updated = clock()

    def wait_time(self) -> float:
        """Take a token and return 0, or return the seconds until one is available."""
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate

    async def acquire(self) -> None:
        while (wait := self.wait_time()) > 0:
            await asyncio.sleep(wait)


@dataclass
class Endpoint:
    """Per-subscription delivery state: concurrency limit, queue, breaker, rate limit."""

    semaphore: asyncio.Semaphore
    breaker: CircuitBreaker
    limiter: RateLimiter | None
    waiting: int = 0
    safe_until: float = 0.0  # the URL was found safe; re-check after this (monotonic)
    url: str = ""
    allow_private: bool = False
    settings: tuple[object, ...] = field(default_factory=tuple)


class Deliverer:
    """Sends rendered, signed payloads. A slow or dead endpoint uses only its own
    concurrency slots: others never wait for it."""

    def __init__(
        self,
        defaults: DeliveryDefaults,
        client: httpx.AsyncClient | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.defaults = defaults
        self.clock = clock
        # Deliveries post through one aiohttp session (alerts/transport.py: httpx's request
        # and response objects cost more CPU than the request); an httpx client can be
        # given instead (tests, custom transports).
        self.client = client
        self.transport = AiohttpTransport()
        self.endpoints: dict[str, Endpoint] = {}

    async def close(self) -> None:
        if self.client is not None:
            await self.client.aclose()
        await self.transport.aclose()

    async def post(
        self,
        url: str,
        body: bytes,
        headers: dict[str, str],
        timeout: float,
        allow_private: bool = False,
    ) -> tuple[int, str | None]:
        """One POST: the status and the Retry-After header; PostTimeout or PostError when
        there is no HTTP answer. The aiohttp transport checks the addresses it connects to
        (`allow_private`); a given httpx client does not."""
        if self.client is None:
            headers["user-agent"] = USER_AGENT
            return await self.transport.post(url, body, headers, timeout, allow_private)
        try:
            response = await self.client.post(
                url, content=body, headers=headers, timeout=httpx.Timeout(timeout)
            )
        except httpx.TimeoutException as e:
            raise PostTimeout(f"{type(e).__name__}: {e}") from e
        except httpx.HTTPError as e:
            raise PostError(f"{type(e).__name__}: {e}") from e
        return response.status_code, response.headers.get("retry-after")

    def endpoint(self, sub: Subscription) -> Endpoint:
        key = (sub.url, sub.concurrency, sub.rate_limit, sub.allow_private)
        ep = self.endpoints.get(sub.id)
        if ep is None or ep.settings != key:
            breaker = ep.breaker if ep is not None else None
            ep = Endpoint(
                semaphore=asyncio.Semaphore(sub.concurrency),
                breaker=breaker
                or CircuitBreaker(
                    self.defaults.breaker_failures, self.defaults.breaker_cooldown, self.clock
                ),
                limiter=RateLimiter(sub.rate_limit, self.clock) if sub.rate_limit else None,
                url=sub.url,
                allow_private=sub.allow_private,
                settings=key,
            )
            self.endpoints[sub.id] = ep
        return ep

    def circuit_open(self, sub: Subscription) -> bool:
        return self.endpoint(sub).breaker.state != "closed"

    async def deliver(
        self, sub: Subscription, url: str, body: bytes, headers: dict[str, str]
    ) -> Attempt:
        """One attempt, within the endpoint's limits. Never raises for HTTP trouble."""
        ep = self.endpoint(sub)
        if ep.breaker.state == "open":
            return self._circuit_open(ep)
        if ep.waiting >= self.defaults.endpoint_queue:
            return Attempt(Outcome.RETRY, "busy", retry_after=1.0, counts=False)
        ep.waiting += 1
        try:
            await ep.semaphore.acquire()
        finally:
            ep.waiting -= 1
        try:
            if ep.limiter is not None:
                await ep.limiter.acquire()
            return await self._attempt(sub, ep, url, body, headers)
        finally:
            ep.semaphore.release()

    def _circuit_open(self, ep: Endpoint) -> Attempt:
        return Attempt(
            Outcome.RETRY, "circuit_open", retry_after=ep.breaker.remaining(),
            error="circuit breaker open",
        )  # fmt: skip

    async def _attempt(
        self, sub: Subscription, ep: Endpoint, url: str, body: bytes, headers: dict[str, str]
    ) -> Attempt:
        if not ep.breaker.allow():
            return self._circuit_open(ep)
        refused = await self._unsafe(ep, url)
        if refused:
            ep.breaker.trial_running = False
            return Attempt(Outcome.REFUSED, "refused", error=refused)
        timeout = sub.timeout or self.defaults.timeout
        start = time.perf_counter()
        try:
            status, retry_after_header = await self.post(
                url, body, headers, timeout, ep.allow_private
            )
        except PostTimeout as e:
            ep.breaker.record(False)
            return Attempt(Outcome.RETRY, "timeout", error=_describe(e),
                           seconds=time.perf_counter() - start)  # fmt: skip
        except PostError as e:
            ep.breaker.record(False)
            return Attempt(Outcome.RETRY, "error", error=_describe(e),
                           seconds=time.perf_counter() - start)  # fmt: skip
        seconds = time.perf_counter() - start
        outcome = classify(status)
        # A 4xx says the request is wrong, not that the endpoint is down.
        ep.breaker.record(outcome is not Outcome.RETRY)
        retry_after = parse_retry_after(retry_after_header)
        error = None if outcome is Outcome.DELIVERED else f"HTTP {status}"
        return Attempt(outcome, str(status), retry_after, error, seconds)

    async def _unsafe(self, ep: Endpoint, url: str) -> str | None:
        """Re-check the URL's addresses now and then (DNS can change); None when safe."""
        if self.clock() < ep.safe_until:
            return None
        loop = asyncio.get_running_loop()
        try:
            # allow_private still refuses cloud metadata addresses.
            await loop.run_in_executor(None, check_url, url, ep.allow_private, True)
        except UnresolvableHostError:
            return None  # the request fails with a network error and is retried
        except UnsafeURLError as e:
            return str(e)
        ep.safe_until = self.clock() + 60.0
        return None


def _describe(e: PostError) -> str:
    # These texts never hold headers or bodies; keep them short anyway.
    return str(e)[:300]
