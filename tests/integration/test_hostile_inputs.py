"""A hostile corpus (tests/hostile_corpus.py) through every source into the running
pipeline: files, the HTTP ingest endpoint and RSS feeds. Each bad input gets a clear
error and a dead letter with its reason, or is processed; after each source's corpus a
good article follows, and its alert reaches the webhook receiver.

Unit tests of the same parsers: tests/unit/test_sources.py (reasons, nesting, size
limit, pathological HTML), tests/integration/test_ingest_http.py, test_feeds.py.
"""

from __future__ import annotations

import collections
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hostile_corpus import (
    BROKEN_FEEDS,
    CLEAN_DEAD,
    RAW_DEAD,
    feed_entries,
    file_corpus,
    http_corpus,
    jsonl_corpus,
    rss,
    rss_item,
)
from reliability_harness import (
    REPO,
    Figures,
    check_receiver,
    pipeline_settings,
    read_topic,
    record_figures,
    record_note,
    secret,
    write_subscriptions,
)

from processors.clean import article_id
from processors.models import EnrichedArticle
from streams.broker import EmbeddedBroker
from streams.replay import PipelineRun
from streams.sources import read_paths
from streams.topics import DeadLetter

pytestmark = [pytest.mark.integration, pytest.mark.slow]

GOOD = [json.loads(line) for line in (REPO / "tests/fixtures/stream_story.jsonl").open()]
EXPECTED = [
    {"kind": "first_value", "value": 12, "total": 34},  # the good file
    {"kind": "increase", "previous": 12, "value": 14},  # the good HTTP post
    {"kind": "increase", "previous": 14, "value": 17},  # the good feed entry
]


class FeedServer:
    """RSS documents by path on 127.0.0.1, changeable while it serves."""

    def __init__(self) -> None:
        self.documents: dict[str, bytes] = {}
        documents = self.documents

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                body = documents.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "application/rss+xml")
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.close()


def test_every_bad_input_of_every_source_is_dead_lettered_with_its_reason_and_the_next_alert_arrives(  # noqa: E501
    embedded_broker: EmbeddedBroker, tmp_path: Path, webhook_receiver: Any,
    feed_server: FeedServer, request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    key = secret()
    receiver = webhook_receiver(secrets=[key])
    subs = write_subscriptions(
        tmp_path / "subscriptions.yaml", [{"id": "ops", "url": receiver.url, "secrets": [key]}]
    )
    feed_server.documents["/news.xml"] = rss([])  # nothing yet: the feed's turn comes last
    feed_server.documents.update(BROKEN_FEEDS)
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(yaml.safe_dump({"feeds": [
        {"url": feed_server.url + path, "interval_seconds": 0.5, "allow_private": True}
        for path in ["/news.xml", *BROKEN_FEEDS]
    ]}))  # fmt: skip
    settings = pipeline_settings(
        embedded_broker.url, tmp_path, request.node.name, subscriptions=subs, feeds=feeds
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    cases = file_corpus()
    for case in cases:
        (inbox / case.name).write_bytes(case.data)
    jsonl, jsonl_cases = jsonl_corpus()
    (inbox / "mixed.jsonl").write_bytes(jsonl)
    (inbox / "zz_good.json").write_text(json.dumps(GOOD[0]))  # read last: folders go by name
    posts = http_corpus()
    entries = feed_entries()

    with PipelineRun(settings, services=True) as run:
        # Files.
        items = list(read_paths([inbox]))
        file_ids = {i.origin: i.article.id for i in items if i.article is not None}
        run.send(items)
        run.wait_idle()
        receiver.wait_for(1, timeout=60)
        # HTTP ingest.
        ingest = f"http://127.0.0.1:{settings.ingest_port}/articles"
        answers = [
            httpx.post(ingest, content=p.body, headers={"content-type": p.content_type},
                       timeout=60)
            for p in posts
        ]  # fmt: skip
        good_post = httpx.post(ingest, json=GOOD[1], timeout=10)
        assert good_post.status_code == 202
        run.wait_idle()
        receiver.wait_for(2, timeout=60)
        # Feeds: the hostile entries, then a good one, appear in the feed.
        good_entry = rss_item("good", GOOD[3]["text"], GOOD[3]["title"],
                              "Fri, 13 Aug 2021 12:00:00 +0000")  # fmt: skip
        feed_server.documents["/news.xml"] = rss([e[1] for e in entries] + [good_entry])
        receiver.wait_for(3, timeout=60)
        run.wait_idle()
        raw_dead = [DeadLetter.loads(m.value) for m in read_topic(settings, run.broker_url,
                                                                  RAW_DEAD)]  # fmt: skip
        clean_dead = [DeadLetter.loads(m.value) for m in read_topic(settings, run.broker_url,
                                                                    CLEAN_DEAD)]  # fmt: skip
        enriched = {
            EnrichedArticle.loads(m.value).article.id
            for m in read_topic(settings, run.broker_url, "articles.enriched",
                                partitions=settings.partitions)
        }  # fmt: skip

    def key(letter: DeadLetter) -> str:
        import base64

        return base64.b64decode(letter.key_b64 or "").decode()

    raw_by_key = {key(d): d for d in raw_dead}
    clean_by_key = {key(d): d for d in clean_dead}
    tried = handled = 0
    by_source: dict[str, collections.Counter[str]] = {}

    def handled_as(source: str, outcome: str) -> None:
        nonlocal tried, handled
        tried += 1
        handled += 1
        by_source.setdefault(source, collections.Counter())[outcome] += 1

    # Files: a source error keyed by the file name, or a stage's dead letter keyed by the
    # article id, or processed (on articles.enriched).
    for case in [*cases, *jsonl_cases]:
        article = file_ids.get(case.name)
        if case.reason is None:
            assert article in enriched, f"{case.name} was not processed"
        elif article is None:
            letter = raw_by_key.get(case.name)
            assert letter is not None and letter.reason == case.reason, (case.name, letter)
            assert letter.stage == "source" and case.name in letter.error
        else:
            letter = (clean_by_key if case.dead == CLEAN_DEAD else raw_by_key).get(article)
            assert letter is not None and letter.reason == case.reason, (case.name, letter)
        handled_as("files", case.reason or "processed")

    # HTTP: the answer names the reason; the dead letter holds it too.
    http_reasons = collections.Counter(
        d.reason for d in raw_dead if key(d).startswith("POST /articles")
    )
    for post, answer in zip(posts, answers, strict=True):
        assert answer.status_code == post.status, (post.name, answer.status_code, answer.text)
        if post.status >= 400:
            assert answer.json()["error"] == post.reason and answer.json()["message"]
        else:
            article = answer.json()["id"]
            if post.reason is None:
                assert article in enriched, f"{post.name} was not processed"
            else:
                assert clean_by_key[article].reason == post.reason
        handled_as("http", post.reason or "processed")
    assert http_reasons == collections.Counter(p.reason for p in posts if p.status >= 400)

    # Feeds: bad entries dead-lettered by entry, broken feeds once each, the rest processed.
    for guid, _, reason, dead in entries:
        link = f"https://hostile.example/{guid}"
        if reason is None:
            assert article_id(link, "") in enriched, f"feed entry {guid} was not processed"
        elif dead == CLEAN_DEAD:
            assert clean_by_key[article_id(link, "")].reason == reason
        else:
            [letter] = [d for k, d in raw_by_key.items() if k.endswith(f"entry {link}")
                        or k.endswith(f"/{guid}")]  # fmt: skip
            assert letter.reason == reason
        handled_as("feeds", reason or "processed")
    for path in BROKEN_FEEDS:
        letters = [d for d in raw_dead if key(d) == feed_server.url + path]
        assert [d.reason for d in letters] == ["feed_error"], path
        handled_as("feeds", "feed_error")

    delivered, lost, duplicated, repeats = check_receiver(receiver, EXPECTED, {})
    record_figures(Figures("hostile corpus, then a good article per source", tried, 3,
                           delivered, lost, duplicated, repeats))  # fmt: skip
    for source, outcomes in by_source.items():
        record_note(f"hostile inputs via {source}: {sum(outcomes.values())} tried, all handled: "
                    + ", ".join(f"{r} {n}" for r, n in sorted(outcomes.items())))  # fmt: skip
    assert tried == handled
