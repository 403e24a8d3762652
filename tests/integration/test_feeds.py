"""RSS/Atom polling: a real HTTP server on 127.0.0.1 serving our own feeds, the real
FeedPoller and the embedded broker. Polls are driven one at a time with `poll_once`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web
from topic_records import read_topic

from processors.clean import article_id
from processors.models import Article
from streams.broker import EmbeddedBroker, free_port
from streams.ingest import (
    AsyncArticleSink,
    FeedConfig,
    FeedConfigError,
    FeedPoller,
    backoff_delay,
    load_feeds,
)
from streams.settings import Settings
from streams.sources import Item
from streams.topics import DeadLetter

pytestmark = pytest.mark.integration

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Harbor Gazette</title>
  <link>https://harbor.example/</link>
  <description>News from the harbor district</description>
  <item>
    <title>Ferry service resumes after storm</title>
    <link>https://harbor.example/news/ferry-resumes?utm_source=rss</link>
    <guid>https://harbor.example/news/ferry-resumes</guid>
    <pubDate>Tue, 05 Mar 2024 08:30:00 +0000</pubDate>
    <description>&lt;p&gt;The ferry line restarted on Tuesday after &lt;b&gt;two&lt;/b&gt; days
    of cancellations.&lt;/p&gt;&lt;script&gt;steal()&lt;/script&gt;</description>
  </item>
  <item>
    <title>Dock workers count 14 damaged piers</title>
    <link>https://harbor.example/news/piers</link>
    <guid>https://harbor.example/news/piers</guid>
    <pubDate>Tue, 05 Mar 2024 07:00:00 -0500</pubDate>
    <description>Inspectors listed 14 damaged piers along the east quay.</description>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Bulletin</title>
  <id>urn:uuid:5b0d3c8e-0000-4000-8000-000000000001</id>
  <updated>2024-03-06T10:00:00Z</updated>
  <entry>
    <title>Reservoir reaches 78 percent of capacity</title>
    <link href="https://valley.example/reservoir-78"/>
    <id>tag:valley.example,2024:reservoir-78</id>
    <updated>2024-03-06T09:15:00Z</updated>
    <content type="html">&lt;p&gt;Water managers said the reservoir stood at 78 percent
    on Wednesday morning.&lt;/p&gt;</content>
  </entry>
</feed>
"""

RSS_WITH_ONE_MORE = RSS.replace(
    b"</channel>",
    b"""<item>
    <title>Harbor master extends night closures</title>
    <link>https://harbor.example/news/night-closures</link>
    <pubDate>Wed, 06 Mar 2024 06:00:00 +0000</pubDate>
    <description>Night closures now run until Friday.</description>
  </item>
</channel>""",
)


@dataclass
class Route:
    responses: list[tuple[int, bytes, dict[str, str]]]
    requests: list[dict[str, str]] = field(default_factory=list)


class FeedServer:
    """Serves scripted responses per path (the last one repeats) and records request
    headers; answers 304 when If-None-Match matches the response's ETag."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.app = web.Application()
        self.app.router.add_get("/{name}", self._handle)
        self.runner = web.AppRunner(self.app, access_log=None)
        self.port = 0

    def serve(self, name: str, *responses: tuple[int, bytes, dict[str, str]]) -> str:
        self.routes[name] = Route(list(responses))
        return f"http://127.0.0.1:{self.port}/{name}"

    async def _handle(self, request: web.Request) -> web.Response:
        route = self.routes[request.match_info["name"]]
        route.requests.append(dict(request.headers))
        status, body, headers = route.responses[0]
        if len(route.responses) > 1:
            route.responses.pop(0)
        etag = headers.get("ETag")
        if etag and request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(status=status, body=body, headers=headers)


def ok(body: bytes, **headers: str) -> tuple[int, bytes, dict[str, str]]:
    return 200, body, {"Content-Type": "application/rss+xml", **headers}


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    await server.runner.setup()
    site = web.TCPSite(server.runner, "127.0.0.1", 0)
    await site.start()
    server.port = int(server.runner.addresses[0][1])
    yield server
    await server.runner.cleanup()


@pytest.fixture
async def sink(
    embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> AsyncIterator[AsyncArticleSink]:
    async with AsyncArticleSink(broker_settings, embedded_broker.url) as s:
        yield s


def feed(url: str, **options: object) -> FeedConfig:
    return FeedConfig.model_validate({"url": url, "allow_private": True, **options})


async def articles(broker: EmbeddedBroker, settings: Settings, count: int) -> list[Article]:
    records = await asyncio.to_thread(read_topic, broker, settings.topic("articles.raw"), count)
    for record in records:
        assert record.key == Article.loads(record.value).id.encode()
    return [Article.loads(r.value) for r in records]


async def dead_letters(broker: EmbeddedBroker, settings: Settings, count: int) -> list[DeadLetter]:
    topic = settings.topic("articles.raw.dead")
    records = await asyncio.to_thread(read_topic, broker, topic, count)
    return [DeadLetter.loads(r.value) for r in records]


async def articles_until_marker(
    sink: AsyncArticleSink, broker: EmbeddedBroker, settings: Settings
) -> list[Article]:
    """Every article on the topic before a marker sent now: proves nothing else was sent."""
    marker = Article(id="marker", text="marker")
    await sink.send(Item("test", article=marker), "test")
    records = await asyncio.to_thread(read_topic, broker, settings.topic("articles.raw"), 1)
    consumed = [Article.loads(r.value) for r in records]
    while consumed[-1].id != "marker":
        more = await asyncio.to_thread(
            read_topic, broker, settings.topic("articles.raw"), len(consumed) + 1
        )
        consumed = [Article.loads(r.value) for r in more]
    return consumed[: [a.id for a in consumed].index("marker")]


async def test_rss_and_atom_entries_become_articles_with_stable_ids_and_published_times(
    feed_server: FeedServer,
    sink: AsyncArticleSink,
    embedded_broker: EmbeddedBroker,
    broker_settings: Settings,
) -> None:
    rss_url = feed_server.serve("rss", ok(RSS))
    atom_url = feed_server.serve("atom", ok(ATOM, **{"Content-Type": "application/atom+xml"}))
    poller = FeedPoller([feed(rss_url, source="Harbor Gazette (rss)"), feed(atom_url)], sink)
    try:
        assert (await poller.poll_once(rss_url)).sent == 2
        assert (await poller.poll_once(atom_url)).sent == 1
    finally:
        await poller.aclose()

    ferry, piers, reservoir = await articles(embedded_broker, broker_settings, 3)
    assert ferry.id == article_id("https://harbor.example/news/ferry-resumes", "")
    assert ferry.url == "https://harbor.example/news/ferry-resumes?utm_source=rss"
    assert ferry.title == "Ferry service resumes after storm"
    assert ferry.source == "Harbor Gazette (rss)"
    assert ferry.published == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert "restarted on Tuesday" in ferry.text
    assert "<" not in ferry.text and "steal()" not in ferry.text
    assert piers.published == datetime(2024, 3, 5, 12, 0, tzinfo=UTC), "converted to UTC"
    assert reservoir.id == article_id("https://valley.example/reservoir-78", "")
    assert reservoir.source == "Valley Bulletin", "the feed title when no source is configured"
    assert reservoir.published == datetime(2024, 3, 6, 9, 15, tzinfo=UTC)
    assert "78 percent" in reservoir.text


async def test_second_poll_sends_if_none_match_gets_304_and_produces_nothing(
    feed_server: FeedServer,
    sink: AsyncArticleSink,
    embedded_broker: EmbeddedBroker,
    broker_settings: Settings,
) -> None:
    url = feed_server.serve("rss", ok(RSS, ETag='"v1"'))
    poller = FeedPoller([feed(url)], sink)
    try:
        first = await poller.poll_once(url)
        second = await poller.poll_once(url)
    finally:
        await poller.aclose()

    first_request, second_request = feed_server.routes["rss"].requests
    assert "If-None-Match" not in first_request
    assert second_request["If-None-Match"] == '"v1"'
    assert (first.status, first.sent) == ("ok", 2)
    assert (second.status, second.http_status, second.sent) == ("not_modified", 304, 0)
    assert len(await articles_until_marker(sink, embedded_broker, broker_settings)) == 2


async def test_last_modified_is_sent_back_as_if_modified_since(
    feed_server: FeedServer, sink: AsyncArticleSink
) -> None:
    stamp = "Wed, 06 Mar 2024 10:00:00 GMT"
    url = feed_server.serve("atom", ok(ATOM, **{"Last-Modified": stamp}))
    poller = FeedPoller([feed(url)], sink)
    try:
        await poller.poll_once(url)
        await poller.poll_once(url)
    finally:
        await poller.aclose()
    assert feed_server.routes["atom"].requests[1]["If-Modified-Since"] == stamp


async def test_entries_already_sent_are_not_sent_again(
    feed_server: FeedServer,
    sink: AsyncArticleSink,
    embedded_broker: EmbeddedBroker,
    broker_settings: Settings,
) -> None:
    url = feed_server.serve("rss", ok(RSS), ok(RSS_WITH_ONE_MORE))
    poller = FeedPoller([feed(url)], sink)
    try:
        first = await poller.poll_once(url)
        second = await poller.poll_once(url)
    finally:
        await poller.aclose()

    assert (first.sent, second.sent, second.already_seen) == (2, 1, 2)
    sent = await articles_until_marker(sink, embedded_broker, broker_settings)
    assert [a.title for a in sent][-1] == "Harbor master extends night closures"
    assert len(sent) == 3


async def test_a_restarted_poller_with_its_state_file_sends_only_new_entries(
    feed_server: FeedServer,
    sink: AsyncArticleSink,
    embedded_broker: EmbeddedBroker,
    broker_settings: Settings,
    tmp_path: Path,
) -> None:
    url = feed_server.serve("rss", ok(RSS, ETag='"v1"'), ok(RSS_WITH_ONE_MORE, ETag='"v2"'))
    state_file = tmp_path / "state" / "feeds-state.json"
    before = FeedPoller([feed(url)], sink, state_file=state_file)
    try:
        first = await before.poll_once(url)
    finally:
        await before.aclose()
    after = FeedPoller([feed(url)], sink, state_file=state_file)
    try:
        second = await after.poll_once(url)
    finally:
        await after.aclose()

    assert (first.sent, second.sent, second.already_seen) == (2, 1, 2)
    assert feed_server.routes["rss"].requests[1]["If-None-Match"] == '"v1"'
    assert json.loads(state_file.read_text())["feeds"][url]["etag"] == '"v2"'
    sent = await articles_until_marker(sink, embedded_broker, broker_settings)
    assert [a.title for a in sent][-1] == "Harbor master extends night closures"
    assert len(sent) == 3


async def test_an_unreadable_state_file_is_logged_and_every_feed_starts_afresh(
    feed_server: FeedServer,
    sink: AsyncArticleSink,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = feed_server.serve("rss", ok(RSS))
    state_file = tmp_path / "feeds-state.json"
    state_file.write_text('{"feeds": {"', encoding="utf-8")
    poller = FeedPoller([feed(url)], sink, state_file=state_file)
    try:
        assert (await poller.poll_once(url)).sent == 2
    finally:
        await poller.aclose()
    assert "unreadable" in caplog.text and str(state_file) in caplog.text
    assert len(json.loads(state_file.read_text())["feeds"][url]["seen"]) == 2


async def test_failing_feed_backs_off_with_one_dead_letter_then_recovers(
    feed_server: FeedServer,
    sink: AsyncArticleSink,
    embedded_broker: EmbeddedBroker,
    broker_settings: Settings,
) -> None:
    broken = (500, b"upstream exploded", {"Content-Type": "text/plain"})
    url = feed_server.serve("flaky", broken, broken, ok(RSS))
    poller = FeedPoller([feed(url, interval_seconds=60)], sink, rand=lambda: 1.0)
    try:
        first = await poller.poll_once(url)
        after_first = poller.next_delay(url)
        second = await poller.poll_once(url)
        after_second = poller.next_delay(url)
        third = await poller.poll_once(url)
        after_recovery = poller.next_delay(url)
    finally:
        await poller.aclose()

    assert (first.status, second.status, third.status) == ("error", "error", "ok")
    assert "HTTP 500" in (first.error or "")
    assert (after_first, after_second, after_recovery) == (120, 240, 60)
    assert third.sent == 2
    assert len(await articles(embedded_broker, broker_settings, 2)) == 2

    (dead,) = await dead_letters(embedded_broker, broker_settings, 1)
    assert dead.reason == "feed_error", "one dead letter for the whole failure streak"
    assert url in dead.error and "HTTP 500" in dead.error
    assert dead.original() == b"upstream exploded"


async def test_retry_after_is_honoured(feed_server: FeedServer, sink: AsyncArticleSink) -> None:
    url = feed_server.serve("busy", (503, b"", {"Retry-After": "900"}))
    poller = FeedPoller([feed(url, interval_seconds=30)], sink, rand=lambda: 0.0)
    try:
        await poller.poll_once(url)
    finally:
        await poller.aclose()
    assert poller.next_delay(url) == 900


async def test_malformed_feed_is_dead_lettered_and_the_other_feed_runs_on(
    feed_server: FeedServer,
    sink: AsyncArticleSink,
    embedded_broker: EmbeddedBroker,
    broker_settings: Settings,
) -> None:
    bad_url = feed_server.serve("bad", ok(b"<rss><channel><title>Oops</titl <<< &&& not xml"))
    good_url = feed_server.serve("good", ok(ATOM))
    delays: list[float] = []
    parked = asyncio.Event()

    async def park(delay: float) -> None:  # every feed polls once, then waits here
        delays.append(delay)
        await parked.wait()

    poller = FeedPoller([feed(bad_url), feed(good_url)], sink, sleep=park, rand=lambda: 0.5)
    running = asyncio.create_task(poller.run())
    try:
        (reservoir,) = await articles(embedded_broker, broker_settings, 1)
        (dead,) = await dead_letters(embedded_broker, broker_settings, 1)
    finally:
        running.cancel()
        with pytest.raises(asyncio.CancelledError):
            await running
        await poller.aclose()

    assert reservoir.title == "Reservoir reaches 78 percent of capacity"
    assert dead.reason == "feed_error"
    assert bad_url in dead.error and "not a readable RSS or Atom feed" in dead.error
    assert poller.feeds[bad_url].failures == 1 and poller.feeds[good_url].failures == 0


async def test_unreachable_feed_is_a_feed_error(
    sink: AsyncArticleSink, embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    url = f"http://127.0.0.1:{free_port()}/gone.xml"
    poller = FeedPoller([feed(url)], sink)
    try:
        result = await poller.poll_once(url)
    finally:
        await poller.aclose()
    assert result.status == "error" and "unreachable" in (result.error or "")
    (dead,) = await dead_letters(embedded_broker, broker_settings, 1)
    assert (dead.reason, dead.key_b64 is not None) == ("feed_error", True)


async def test_private_address_is_refused_unless_allowed(
    feed_server: FeedServer, sink: AsyncArticleSink
) -> None:
    url = feed_server.serve("rss", ok(RSS))
    poller = FeedPoller([FeedConfig(url=url)], sink)
    try:
        result = await poller.poll_once(url)
    finally:
        await poller.aclose()
    assert result.status == "error"
    assert "allow_private" in (result.error or "")
    assert feed_server.routes["rss"].requests == [], "no request was made"


def test_backoff_doubles_per_failure_with_jitter_and_is_capped() -> None:
    assert backoff_delay(60, 0, lambda: 0.3) == 60
    assert [backoff_delay(60, n, lambda: 1.0) for n in (1, 2, 3)] == [120, 240, 480]
    assert backoff_delay(60, 3, lambda: 0.0) == 240, "jitter keeps at least half"
    assert backoff_delay(60, 50, lambda: 1.0, cap=3600) == 3600
    assert backoff_delay(7200, 5, lambda: 1.0, cap=3600) == 7200, "never below the interval"


def test_feeds_file_gives_defaults_and_names_the_bad_feed(tmp_path: Path) -> None:
    good = tmp_path / "feeds.yaml"
    good.write_text(
        "feeds:\n"
        "  - url: https://harbor.example/rss\n"
        "  - url: https://valley.example/atom\n"
        "    interval_seconds: 600\n"
        "    source: Valley Bulletin\n"
    )
    first, second = load_feeds(good)
    assert (first.interval_seconds, first.source, first.allow_private) == (300, None, False)
    assert (second.interval_seconds, second.source) == (600, "Valley Bulletin")

    bad = tmp_path / "bad.yaml"
    bad.write_text("- url: https://harbor.example/rss\n- url: ftp://valley.example/feed\n")
    with pytest.raises(FeedConfigError, match=r"feed 2: url: .*not an http\(s\) URL"):
        load_feeds(bad)
