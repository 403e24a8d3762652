"""A real webhook receiver on 127.0.0.1 for tests and benchmarks.

It records every request (headers, body, arrival time), verifies Standard Webhooks
signatures with the `standardwebhooks` library, tells first deliveries from repeats by
`webhook-id`, and answers on cue: an HTTP status (500, 429 with Retry-After, 410...),
after a delay (a timeout for a short client timeout). `dead_url()` is a URL where
nothing listens (connection refused).

Tests use the `webhook_receiver` fixture (tests/conftest.py); the benchmark runs
`python tests/webhook_receiver.py --count 50` in a child process, which prints the
URLs as JSON and serves `GET /_stats` until its stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import socket
import sys
import threading
import time
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

T = TypeVar("T")


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float  # time.time()
    verified: bool | None  # None: the receiver has no secret
    status: int  # what the receiver answered
    repeat: bool  # a webhook-id seen before

    @property
    def webhook_id(self) -> str | None:
        return self.headers.get("webhook-id")

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Cue:
    status: int = 200
    retry_after: str | None = None
    delay: float = 0.0


class LoopThread:
    """An asyncio loop in a daemon thread, shared by the receivers of a process."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)


_shared: LoopThread | None = None


def shared_loop() -> LoopThread:
    global _shared
    if _shared is None:
        _shared = LoopThread()
    return _shared


class WebhookReceiver:
    """One HTTP endpoint, `url`, answering 200 unless cued otherwise."""

    def __init__(
        self, secrets: Sequence[str] = (), path: str = "/hook", loop: LoopThread | None = None,
        port: int = 0,
    ) -> None:  # fmt: skip
        self.secrets = list(secrets)
        self.path = path
        self.loop = loop or shared_loop()
        self.requests: list[Received] = []
        self.cues: collections.deque[Cue] = collections.deque()
        self.seen_ids: set[str] = set()
        self.changed = threading.Condition()
        self.port = port  # 0: a free one; a fixed one to come up where a dead_url() was
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return self.base_url + self.path

    def start(self) -> WebhookReceiver:
        self.loop.run(self._start())
        return self

    def close(self) -> None:
        if self._runner is not None:
            self.loop.run(self._runner.cleanup())
            self._runner = None

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def answer(
        self, status: int = 200, times: int = 1, retry_after: str | None = None,
        delay: float = 0.0,
    ) -> None:  # fmt: skip
        """The next `times` requests get this answer (after `delay` seconds)."""
        with self.changed:
            self.cues.extend(Cue(status, retry_after, delay) for _ in range(times))

    @property
    def deliveries(self) -> list[Received]:
        """Successful first deliveries, one per webhook-id."""
        with self.changed:
            return [r for r in self.requests if 200 <= r.status < 300 and not r.repeat]

    def wait_for(
        self, count: int, timeout: float = 20.0, successful: bool = True
    ) -> list[Received]:
        """Wait until `count` deliveries (or, with successful=False, requests) arrived."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                got = self.deliveries if successful else list(self.requests)
                if len(got) >= count:
                    return got
                left = deadline - time.monotonic()
                if left <= 0:
                    what = "deliveries" if successful else "requests"
                    raise AssertionError(
                        f"{self.url}: {len(got)} of {count} {what} within {timeout}s; "
                        f"answered {[r.status for r in self.requests]}"
                    )
                self.changed.wait(left)

    # The server --------------------------------------------------------------------

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # Cancel handlers of dropped clients, and do not wait for slow ones on close.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.path == "/_stats":  # ?since=N: only the requests after the first N
            since = int(request.query.get("since", "0"))
            with self.changed:
                stats = [
                    [r.webhook_id, r.received_at, r.verified, r.status]
                    for r in self.requests[since:]
                ]
            return web.json_response(stats)
        body = await request.read()
        headers = {k.lower(): v for k, v in request.headers.items()}
        with self.changed:
            cue = self.cues.popleft() if self.cues else Cue()
        verified = self._verify(body, headers)
        webhook_id = headers.get("webhook-id", "")
        with self.changed:
            repeat = bool(webhook_id) and webhook_id in self.seen_ids
            if 200 <= cue.status < 300 and webhook_id:
                self.seen_ids.add(webhook_id)
            self.requests.append(
                Received(request.path, headers, body, time.time(), verified, cue.status, repeat)
            )
            self.changed.notify_all()
        if cue.delay:
            await asyncio.sleep(cue.delay)
        response_headers = {"Retry-After": cue.retry_after} if cue.retry_after else {}
        return web.Response(status=cue.status, headers=response_headers, text="")

    def _verify(self, body: bytes, headers: dict[str, str]) -> bool | None:
        if not self.secrets:
            return None
        for secret in self.secrets:
            try:
                Webhook(secret).verify(body, headers, json_parse=False)
                return True
            except WebhookVerificationError:
                continue
        return False


def dead_url() -> str:
    """A 127.0.0.1 URL where nothing listens: connections are refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/hook"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--secret", action="append", default=[])
    args = parser.parse_args()
    loop = LoopThread()
    receivers = [WebhookReceiver(args.secret, loop=loop).start() for _ in range(args.count)]
    print(json.dumps([r.url for r in receivers]), flush=True)
    sys.stdin.read()  # until the parent closes our stdin
    for r in receivers:
        r.close()


if __name__ == "__main__":
    main()
