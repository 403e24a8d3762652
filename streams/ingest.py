"""Live sources: the HTTP ingest endpoint and RSS/Atom feed polling.

Both parse with `streams.sources` (one notion of a valid article, one set of reasons
for bad input) and produce with aiokafka through `AsyncArticleSink`: articles on
`articles.raw` keyed by their stable id, bad input on `articles.raw.dead`.
"""

from __future__ import annotations

import asyncio
import calendar
import contextlib
import ipaddress
import json
import logging
import os
import random
import signal
import socket
import tempfile
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import feedparser
import httpx
import yaml
from aiohttp import web
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from processors.clean import html_to_text
from processors.models import stable_id

from .broker import BrokerError, bootstrap_servers
from .metrics import ARTICLES_INGESTED, DEAD_LETTERS
from .settings import Settings
from .sources import (
    MAX_ARTICLE_BYTES,
    BadInput,
    Item,
    article_from_json,
    item_record,
    parse_article_bytes,
    read_lines,
)

log = logging.getLogger(__name__)

# A dead letter for an oversized body keeps this much of it: enough to see what it was.
DEAD_LETTER_SAMPLE_BYTES = 64 * 1024
MAX_BATCH_BYTES = 16 * 1024 * 1024
MAX_FEED_BYTES = 10 * 1024 * 1024
MAX_BACKOFF_SECONDS = 3600.0
MAX_RETRY_AFTER_SECONDS = 6 * 3600.0
MAX_REDIRECTS = 5
SEEN_ENTRIES_PER_FEED = 10_000
# under the data directory: the entries each feed has sent and its ETag/Last-Modified
FEED_STATE_FILE = "feeds-state.json"

JSON_TYPES = frozenset({"application/json"})
JSON_LINES_TYPES = frozenset(
    {"application/x-ndjson", "application/jsonl", "application/x-jsonlines"}
)


# --- producing ---------------------------------------------------------------------------


class AsyncArticleSink:
    """Puts items where `ArticleProducer` does (same topics, keys and dead-letter records),
    with aiokafka; `send` returns once the broker has the record."""

    def __init__(self, settings: Settings, broker_url: str) -> None:
        self.settings = settings
        self.broker_url = broker_url
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers(broker_url), request_timeout_ms=10_000
        )

    async def start(self) -> None:
        try:
            await self._producer.start()
        except KafkaError as e:
            await self._producer.stop()
            raise BrokerError(f"cannot reach the broker at {self.broker_url}: {e}") from e

    async def stop(self) -> None:
        await self._producer.stop()

    async def __aenter__(self) -> AsyncArticleSink:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def send(self, item: Item, source: str) -> None:
        """Produce one item; `source` (http, feed...) labels the metrics."""
        await self.send_many([item], source)

    async def send_many(self, items: Iterable[Item], source: str) -> None:
        """Produce items in order and wait for every acknowledgement."""
        sent: list[tuple[Item, asyncio.Future[Any]]] = []
        for item in items:
            record = item_record(item, self.settings)
            if record is not None:
                topic, key, value = record
                sent.append((item, await self._producer.send(topic, value=value, key=key)))
        for item, ack in sent:
            await ack
            if item.article is not None:
                ARTICLES_INGESTED.labels(source=source).inc()
            elif item.error is not None:
                DEAD_LETTERS.labels(stage="ingest", reason=item.error.reason).inc()


class ArticleSink(Protocol):
    """What the ingest server and the feed poller need from a sink (AsyncArticleSink)."""

    async def send(self, item: Item, source: str) -> None: ...

    async def send_many(self, items: Iterable[Item], source: str) -> None: ...


# --- HTTP ingest -------------------------------------------------------------------------


class IngestServer:
    """`POST /articles` (one JSON article) and `POST /articles/batch` (JSON Lines) onto
    `articles.raw`; bad input gets a 4xx with its reason and a dead-letter record.
    `GET /healthz` answers 200."""

    def __init__(
        self,
        settings: Settings,
        sink: ArticleSink,
        host: str | None = None,
        port: int | None = None,
    ) -> None:
        self.sink = sink
        self.host = host or settings.ingest_host
        self.port = settings.ingest_port if port is None else port
        # Bodies are read by hand (to keep the head of an oversized one), not by aiohttp.
        self.app = web.Application(client_max_size=MAX_BATCH_BYTES + 1)
        self.app.add_routes(
            [
                web.post("/articles", self._post_article),
                web.post("/articles/batch", self._post_batch),
                web.get("/healthz", self._healthz),
            ]
        )
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> int:
        """Bind and serve; return the bound port (a free one when the port is 0)."""
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = int(self._runner.addresses[0][1])
        log.info("HTTP ingest on %s", self.url)
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _post_article(self, request: web.Request) -> web.Response:
        origin = f"POST /articles from {request.remote}"
        body, rejected = await self._read(request, origin, JSON_TYPES, MAX_ARTICLE_BYTES)
        if rejected is not None:
            return rejected
        try:
            article = await asyncio.to_thread(parse_article_bytes, body, origin, "json")
        except BadInput as e:
            return await self._reject(400, origin, e)
        try:
            await self.sink.send(Item(origin, article=article), "http")
        except KafkaError as e:
            return _broker_unavailable(e)
        return web.json_response({"id": article.id}, status=202)

    async def _post_batch(self, request: web.Request) -> web.Response:
        origin = f"POST /articles/batch from {request.remote}"
        body, rejected = await self._read(request, origin, JSON_LINES_TYPES, MAX_BATCH_BYTES)
        if rejected is not None:
            return rejected
        items = await asyncio.to_thread(lambda: list(read_lines(body, origin)))
        try:
            await self.sink.send_many(items, "http")
        except KafkaError as e:
            return _broker_unavailable(e)
        ids = [i.article.id for i in items if i.article is not None]
        errors = [
            {"origin": i.origin, "error": i.error.reason, "message": str(i.error)}
            for i in items
            if i.error is not None
        ]
        if not ids:
            reason = "empty" if not errors else "no_articles"
            message = f"{origin}: no article in the batch"
            return web.json_response(
                {"error": reason, "message": message, "ids": [], "rejected": errors}, status=400
            )
        return web.json_response({"ids": ids, "rejected": errors}, status=202)

    async def _read(
        self, request: web.Request, origin: str, types: frozenset[str], limit: int
    ) -> tuple[bytes, web.Response | None]:
        """The body, or the 413/415 response (after dead-lettering the body's head)."""
        body, too_large = await _read_body(request, limit)
        if request.content_type not in types:
            wanted = " or ".join(sorted(types))
            error = BadInput(
                "unsupported_media_type",
                f"{origin}: Content-Type {request.content_type!r}, expected {wanted}",
                body[:DEAD_LETTER_SAMPLE_BYTES],
            )
            return body, await self._reject(415, origin, error)
        if too_large:
            size = request.content_length or f"over {limit}"
            error = BadInput(
                "too_large",
                f"{origin}: body of {size} bytes is over the {limit}-byte limit; "
                f"the dead letter keeps its first {DEAD_LETTER_SAMPLE_BYTES} bytes only",
                body[:DEAD_LETTER_SAMPLE_BYTES],
            )
            return body, await self._reject(413, origin, error)
        return body, None

    async def _reject(self, status: int, origin: str, error: BadInput) -> web.Response:
        log.info("rejected (%s): %s", error.reason, error)
        try:
            await self.sink.send(Item(origin, error=error), "http")
        except KafkaError as e:
            # The client still gets its 4xx and still has the input: nothing is lost.
            log.error("could not record the dead letter for %s: %s", origin, e)
        return web.json_response({"error": error.reason, "message": str(error)}, status=status)


async def _read_body(request: web.Request, limit: int) -> tuple[bytes, bool]:
    """Up to `limit` + 1 bytes of the body (only the head when Content-Length is already
    over the limit); and whether the body is over the limit."""
    declared_too_large = request.content_length is not None and request.content_length > limit
    enough = DEAD_LETTER_SAMPLE_BYTES if declared_too_large else limit + 1
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) >= enough:
            break
    return bytes(body), declared_too_large or len(body) > limit


def _broker_unavailable(e: KafkaError) -> web.Response:
    log.error("cannot produce to the broker: %s", e)
    message = f"the broker did not accept the article ({type(e).__name__}); try again"
    return web.json_response({"error": "broker_unavailable", "message": message}, status=503)


# --- feeds -------------------------------------------------------------------------------


class FeedConfigError(ValueError):
    """The feeds file cannot be read; the message names the file and the problem."""


class FeedConfig(BaseModel):
    """One feed to poll, as written in feeds.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str
    interval_seconds: float = Field(300.0, gt=0)
    source: str | None = None
    allow_private: bool = Field(False, description="allow private and loopback addresses")

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{url!r} is not an http(s) URL")
        return url


def load_feeds(path: Path) -> list[FeedConfig]:
    """The feeds of a YAML file: a list of feeds, or a mapping with a `feeds` list."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise FeedConfigError(f"feeds file {path}: {e}") from e
    if isinstance(data, dict):
        data = data.get("feeds")
    if not isinstance(data, list):
        raise FeedConfigError(f"feeds file {path}: expected a list of feeds (or `feeds:` list)")
    feeds = []
    for n, entry in enumerate(data, 1):
        try:
            feeds.append(FeedConfig.model_validate(entry))
        except ValidationError as e:
            error = e.errors()[0]
            where = ".".join(map(str, error["loc"])) or "entry"
            raise FeedConfigError(f"feeds file {path}, feed {n}: {where}: {error['msg']}") from e
    return feeds


class FeedError(Exception):
    """A poll that failed: unreachable, HTTP error, refused address, not a feed."""

    def __init__(
        self, message: str, original: bytes = b"", retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.original = original
        self.retry_after = retry_after


@dataclass
class FeedState:
    """What the poller remembers about one feed between polls."""

    config: FeedConfig
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    retry_after: float | None = None
    seen: OrderedDict[str, None] = field(default_factory=OrderedDict)

    def remember(self, key: str, limit: int) -> None:
        self.seen[key] = None
        self.seen.move_to_end(key)
        while len(self.seen) > limit:
            self.seen.popitem(last=False)


@dataclass(frozen=True)
class PollResult:
    """The outcome of one poll of one feed."""

    url: str
    status: Literal["ok", "not_modified", "error"]
    http_status: int | None = None
    sent: int = 0
    already_seen: int = 0
    error: str | None = None


def _write_atomically(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as tmp:
        json.dump(data, tmp)
    os.replace(tmp.name, path)


def backoff_delay(
    interval: float, failures: int, rand: Callable[[], float], cap: float = MAX_BACKOFF_SECONDS
) -> float:
    """Seconds until the next poll after `failures` failures in a row: the interval,
    doubled per failure up to the cap (or the interval if longer), times 0.5-1 jitter."""
    if failures <= 0:
        return interval
    ceiling = max(cap, interval)
    return min(ceiling, interval * 2 ** min(failures, 30)) * (0.5 + rand() / 2)


class FeedPoller:
    """Polls RSS/Atom feeds, each at its own interval, with conditional GET; new entries
    become articles. A failing feed backs off and is dead-lettered once per failure
    streak; it never stops the others. `poll_once` is one poll, for tests and tools."""

    def __init__(
        self,
        feeds: Iterable[FeedConfig],
        sink: ArticleSink,
        client: httpx.AsyncClient | None = None,
        *,
        rand: Callable[[], float] = random.random,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        seen_limit: int = SEEN_ENTRIES_PER_FEED,
        timeout: float = 20.0,
        state_file: Path | None = None,
    ) -> None:
        self.feeds = {f.url: FeedState(f) for f in feeds}
        # what each feed sent and its validators, kept across restarts
        self._state_file = state_file
        self._saving = asyncio.Lock()
        self.sink = sink
        self._own_client = client is None
        self.client = client or httpx.AsyncClient(
            timeout=timeout,
            headers={
                "User-Agent": "tocsin-feed-poller/0.1",
                "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                "text/xml;q=0.9, */*;q=0.5",
            },
        )
        self._rand = rand
        self._sleep = sleep
        self._seen_limit = seen_limit
        if state_file is not None:
            self._load_state(state_file)

    async def aclose(self) -> None:
        if self._own_client:
            await self.client.aclose()

    async def run(self) -> None:
        """Poll every feed at its own pace until cancelled."""
        async with asyncio.TaskGroup() as group:
            for url in self.feeds:
                group.create_task(self._poll_forever(url))

    def next_delay(self, url: str) -> float:
        """Seconds until the feed's next poll: its interval, or its backoff after errors
        (at least what the server asked for in Retry-After)."""
        state = self.feeds[url]
        delay = backoff_delay(state.config.interval_seconds, state.failures, self._rand)
        if state.failures and state.retry_after:
            delay = max(delay, min(state.retry_after, MAX_RETRY_AFTER_SECONDS))
        return delay

    async def poll_once(self, url: str) -> PollResult:
        """Fetch the feed once and send its new entries; errors are recorded, not raised."""
        state = self.feeds[url]
        try:
            status, headers, body = await self._fetch(state)
            if status == 304:
                self._recovered(state)
                return PollResult(url, "not_modified", http_status=304)
            entries, feed_title = await asyncio.to_thread(_parse_feed, body, headers, url)
        except FeedError as e:
            return await self._failed(state, e)
        new = [(key, entry) for key, entry in entries if key not in state.seen]
        items = await asyncio.to_thread(
            lambda: [_entry_item(entry, key, state.config, feed_title) for key, entry in new]
        )
        try:
            await self.sink.send_many(items, "feed")
        except KafkaError as e:
            # Not the feed's fault: no dead letter; validators kept, so the next poll refetches.
            log.error("feed %s: the broker did not accept its entries: %s", url, e)
            state.failures += 1
            return PollResult(url, "error", http_status=status, error=f"broker: {e}")
        validators = (headers.get("etag"), headers.get("last-modified"))
        changed = bool(new) or validators != (state.etag, state.last_modified)
        for key, _ in new:
            state.remember(key, self._seen_limit)
        state.etag, state.last_modified = validators
        if changed:
            await self._save_state()
        self._recovered(state)
        if new:
            log.info("feed %s: %d new entries", url, len(new))
        return PollResult(url, "ok", status, sent=len(new), already_seen=len(entries) - len(new))

    def _load_state(self, path: Path) -> None:
        try:
            saved = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            for url, feed in saved.get("feeds", {}).items():
                if url in self.feeds:
                    state = self.feeds[url]
                    state.etag, state.last_modified = feed["etag"], feed["last_modified"]
                    for key in feed["seen"][-self._seen_limit :]:
                        state.remember(key, self._seen_limit)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            log.warning("feed state %s is unreadable (%s); every feed starts afresh", path, e)

    async def _save_state(self) -> None:
        """Write every feed's state atomically (a crash leaves the old file or the new)."""
        if self._state_file is None:
            return
        async with self._saving:
            snapshot = {
                "feeds": {
                    url: {"etag": s.etag, "last_modified": s.last_modified, "seen": list(s.seen)}
                    for url, s in self.feeds.items()
                }
            }
            try:
                await asyncio.to_thread(_write_atomically, self._state_file, snapshot)
            except OSError as e:
                log.error("feed state %s could not be written: %s", self._state_file, e)

    async def _poll_forever(self, url: str) -> None:
        while True:
            try:
                await self.poll_once(url)
            except Exception:  # a bug on one feed must not stop the others
                log.exception("feed %s: unexpected error while polling", url)
                self.feeds[url].failures += 1
            await self._sleep(self.next_delay(url))

    async def _fetch(self, state: FeedState) -> tuple[int, httpx.Headers, bytes]:
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        url = state.config.url
        for _ in range(MAX_REDIRECTS + 1):
            await _check_address(url, state.config.allow_private)
            try:
                async with self.client.stream("GET", url, headers=headers) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = str(response.url.join(response.headers["location"]))
                        continue
                    if response.status_code == 304:
                        return 304, response.headers, b""
                    if response.status_code >= 400:
                        body = await _read_limited(response, DEAD_LETTER_SAMPLE_BYTES)
                        raise FeedError(
                            f"HTTP {response.status_code} {response.reason_phrase}",
                            body,
                            _retry_after(response.headers.get("retry-after")),
                        )
                    body = await _read_limited(response, MAX_FEED_BYTES + 1)
                    if len(body) > MAX_FEED_BYTES:
                        raise FeedError(
                            f"response over the {MAX_FEED_BYTES}-byte limit",
                            body[:DEAD_LETTER_SAMPLE_BYTES],
                        )
                    return response.status_code, response.headers, body
            except httpx.HTTPError as e:
                raise FeedError(f"unreachable ({type(e).__name__}: {e})") from e
        raise FeedError(f"more than {MAX_REDIRECTS} redirects")

    async def _failed(self, state: FeedState, error: FeedError) -> PollResult:
        url = state.config.url
        state.failures += 1
        state.retry_after = error.retry_after
        log.warning(
            "feed %s: %s (%d failure(s) in a row; next poll in %.0fs)",
            url, error, state.failures, self.next_delay(url),
        )  # fmt: skip
        if state.failures == 1:
            bad = BadInput("feed_error", f"feed {url}: {error}", error.original)
            try:
                await self.sink.send(Item(url, error=bad), "feed")
            except KafkaError as e:
                log.error("feed %s: could not record the dead letter: %s", url, e)
        return PollResult(url, "error", error=str(error))

    def _recovered(self, state: FeedState) -> None:
        if state.failures:
            log.info("feed %s: recovered after %d failure(s)", state.config.url, state.failures)
        state.failures = 0
        state.retry_after = None


async def _check_address(url: str, allow_private: bool) -> None:
    """Refuse feeds on private, loopback or link-local addresses unless allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FeedError(f"{url!r} is not an http(s) URL")
    if allow_private:
        return
    host = parts.hostname
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, parts.port or 443, type=socket.SOCK_STREAM
            )
        except OSError as e:
            raise FeedError(f"cannot resolve {host} ({e})") from e
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    refused = sorted({str(a) for a in addresses if not a.is_global})
    if refused:
        raise FeedError(
            f"{host} resolves to a non-public address ({', '.join(refused)}); "
            "set allow_private: true for this feed to poll it"
        )


async def _read_limited(response: httpx.Response, limit: int) -> bytes:
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) >= limit:
            break
    return bytes(body[:limit])


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    with contextlib.suppress(ValueError):
        return max(0.0, float(value))
    with contextlib.suppress(TypeError, ValueError, IndexError):
        when = parsedate_to_datetime(value)
        return max(0.0, (when - datetime.now(UTC)).total_seconds())
    return None


def _parse_feed(
    body: bytes, headers: httpx.Headers, url: str
) -> tuple[list[tuple[str, Any]], str | None]:
    """(entry key, entry) pairs and the feed title; FeedError when it is not a feed."""
    # Bytes, never a str: given a str, feedparser would fetch it as a URL itself.
    parsed = feedparser.parse(
        bytes(body),
        response_headers={
            "content-type": headers.get("content-type", "application/xml"),
            "content-location": url,
        },
    )
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        problem = parsed.get("bozo_exception") or "no RSS or Atom elements"
        raise FeedError(
            f"not a readable RSS or Atom feed ({problem})", body[:DEAD_LETTER_SAMPLE_BYTES]
        )
    if parsed.bozo:
        log.warning("feed %s: not well-formed (%s), using what parsed", url, parsed.bozo_exception)
    entries = [(_entry_key(entry, url), entry) for entry in parsed.entries]
    return entries, parsed.feed.get("title") or None


def _entry_key(entry: Any, feed_url: str) -> str:
    key = entry.get("id") or entry.get("link") or entry.get("title")
    return str(key) if key else stable_id(feed_url, str(entry.get("summary", "")))


def _entry_item(entry: Any, key: str, config: FeedConfig, feed_title: str | None) -> Item:
    """An article from a feed entry: link, title, published time and the text of its
    content (or summary, or title); bad entries become an Item with the error."""
    origin = f"{config.url} entry {key}"
    fields: dict[str, Any] = {
        "url": entry.get("link"),
        "title": entry.get("title"),
        "text": _entry_text(entry) or entry.get("title"),
        "published": _entry_time(entry),
        "source": config.source or feed_title or urlsplit(config.url).hostname,
    }
    fields = {k: v for k, v in fields.items() if v}
    original = json.dumps({"feed": config.url, "entry": key, **fields}, default=str).encode()
    try:
        return Item(origin, article=article_from_json(fields, origin, original))
    except BadInput as e:
        return Item(origin, error=e)


def _entry_text(entry: Any) -> str | None:
    for part in [*entry.get("content", []), entry.get("summary_detail")]:
        if part and str(part.get("value", "")).strip():
            value = str(part["value"])
            markup = "html" in str(part.get("type", "text/html")) and "<" in value
            return html_to_text(value) if markup else value
    return None


def _entry_time(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None


# --- the process -------------------------------------------------------------------------


def require_broker(broker_url: str, timeout: float = 5.0) -> None:
    """Fail fast (BrokerError) when no bootstrap server accepts a TCP connection; the
    Kafka clients would otherwise retry for half a minute."""
    problems = []
    for server in bootstrap_servers(broker_url):
        host, _, port = server.rpartition(":")
        try:
            socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
            return
        except (OSError, ValueError) as e:
            problems.append(f"{server}: {e}")
    raise BrokerError(f"cannot reach the broker at {broker_url} ({'; '.join(problems)})")


def read_stdin(data: bytes, origin: str = "stdin") -> Iterator[Item]:
    """Items from stdin: JSON Lines (or a JSON list) when it starts with `{` (or `[`),
    otherwise one plain-text article."""
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        yield from read_lines(data, origin, jsonl=head == b"{")
        return
    try:
        yield Item(origin, article=parse_article_bytes(data, origin, "text"))
    except BadInput as e:
        yield Item(origin, error=e)


async def serve_sources(
    settings: Settings,
    broker_url: str,
    stop: asyncio.Event | None = None,
    on_ready: Callable[[IngestServer, list[FeedConfig]], None] | None = None,
) -> None:
    """Run the HTTP ingest endpoint and the feed poller until SIGTERM/SIGINT (or `stop`)."""
    feeds = load_feeds(settings.feeds) if settings.feeds else []
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    async with AsyncArticleSink(settings, broker_url) as sink:
        server = IngestServer(settings, sink)
        await server.start()
        poller = FeedPoller(feeds, sink, state_file=settings.data_dir / FEED_STATE_FILE)
        polling = asyncio.create_task(poller.run())
        log.info("sources: HTTP ingest on %s, %d feed(s)", server.url, len(feeds))
        if on_ready is not None:
            on_ready(server, feeds)
        try:
            await stop.wait()
        finally:
            await server.stop()
            polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await polling
            await poller.aclose()
