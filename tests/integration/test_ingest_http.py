"""The HTTP ingest endpoint: a real IngestServer on 127.0.0.1 producing to the embedded broker."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import httpx
import pytest
from topic_records import read_topic

from processors.models import Article
from streams.broker import EmbeddedBroker
from streams.ingest import DEAD_LETTER_SAMPLE_BYTES, AsyncArticleSink, IngestServer
from streams.settings import Settings
from streams.sources import MAX_ARTICLE_BYTES
from streams.topics import DeadLetter

pytestmark = pytest.mark.integration

TEXT = "Road crews reopened the mountain pass on Tuesday after a rockslide closed it for 3 days."


@pytest.fixture
async def client(
    embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> AsyncIterator[httpx.AsyncClient]:
    async with AsyncArticleSink(broker_settings, embedded_broker.url) as sink:
        server = IngestServer(broker_settings, sink, port=0)
        port = await server.start()
        assert port > 0
        try:
            async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
                yield http
        finally:
            await server.stop()


def _raw(settings: Settings) -> str:
    return settings.topic("articles.raw")


def _dead(settings: Settings) -> str:
    return settings.topic("articles.raw.dead")


async def _records(broker: EmbeddedBroker, topic: str, count: int) -> list:
    return await asyncio.to_thread(read_topic, broker, topic, count)


async def test_health_check_answers_200(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_same_url_posted_twice_gets_the_same_id_and_lands_keyed_by_it(
    client: httpx.AsyncClient, embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    first = await client.post(
        "/articles",
        json={"url": "https://news.example/pass-reopens", "text": TEXT, "source": "Ridge Post",
              "title": "Pass reopens", "published": "2024-03-05T08:00:00Z"},
    )  # fmt: skip
    again = await client.post(
        "/articles",
        json={"url": "https://NEWS.example/pass-reopens/?utm_source=feed", "text": TEXT},
    )
    assert (first.status_code, again.status_code) == (202, 202)
    article_id = first.json()["id"]
    assert again.json() == {"id": article_id}

    records = await _records(embedded_broker, _raw(broker_settings), 2)
    assert [r.key for r in records] == [article_id.encode()] * 2
    article = Article.loads(records[0].value)
    assert (article.id, article.source, article.title) == (article_id, "Ridge Post", "Pass reopens")
    assert article.published is not None and article.published.isoformat().startswith("2024-03-05")
    assert article.text == TEXT


async def test_html_body_is_reduced_to_text(
    client: httpx.AsyncClient, embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    html = f"<html><body><script>alert(1)</script><p>{TEXT}</p></body></html>"
    response = await client.post("/articles", json={"html": html})
    assert response.status_code == 202
    (record,) = await _records(embedded_broker, _raw(broker_settings), 1)
    article = Article.loads(record.value)
    assert "rockslide" in article.text
    assert "alert(1)" not in article.text and "<" not in article.text


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"text": "unterminated', "malformed_json"),
        (b"", "empty"),
        (b'{"text": "   "}', "no_text"),
        (b'{"title": "a headline but no body"}', "no_text"),
        (b'{"text": "caf\xe9 prices rose"}', "not_utf8"),
        (b'{"text": "ok", "score": NaN}', "malformed_json"),
        (b'["a list, not an object"]', "not_an_object"),
    ],
)
async def test_bad_input_is_a_400_with_its_reason_and_a_dead_letter(
    client: httpx.AsyncClient,
    embedded_broker: EmbeddedBroker,
    broker_settings: Settings,
    body: bytes,
    reason: str,
) -> None:
    response = await client.post(
        "/articles", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"] == reason
    assert response.json()["message"]

    (record,) = await _records(embedded_broker, _dead(broker_settings), 1)
    dead = DeadLetter.loads(record.value)
    assert (dead.reason, dead.topic, dead.stage) == (reason, "articles.raw", "source")
    assert dead.original() == body


async def test_body_over_the_limit_is_a_413_and_the_dead_letter_keeps_its_head(
    client: httpx.AsyncClient, embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    body = json.dumps({"text": "x" * (MAX_ARTICLE_BYTES + 10)}).encode()
    response = await client.post(
        "/articles", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"

    (record,) = await _records(embedded_broker, _dead(broker_settings), 1)
    dead = DeadLetter.loads(record.value)
    assert dead.reason == "too_large"
    assert dead.original() == body[:DEAD_LETTER_SAMPLE_BYTES]
    assert f"first {DEAD_LETTER_SAMPLE_BYTES} bytes" in dead.error

    # The server is still there for the next client.
    assert (await client.get("/healthz")).status_code == 200


async def test_wrong_content_type_is_a_415_and_a_dead_letter(
    client: httpx.AsyncClient, embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    body = json.dumps({"text": TEXT}).encode()
    response = await client.post("/articles", content=body, headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert response.json()["error"] == "unsupported_media_type"
    assert "application/json" in response.json()["message"]

    (record,) = await _records(embedded_broker, _dead(broker_settings), 1)
    dead = DeadLetter.loads(record.value)
    assert (dead.reason, dead.original()) == ("unsupported_media_type", body)


async def test_batch_of_json_lines_accepts_the_good_and_reports_the_bad(
    client: httpx.AsyncClient, embedded_broker: EmbeddedBroker, broker_settings: Settings
) -> None:
    lines = [
        json.dumps({"url": "https://news.example/a", "text": TEXT}),
        "{not json",
        json.dumps({"url": "https://news.example/b", "text": TEXT + " Again."}),
    ]
    response = await client.post(
        "/articles/batch",
        content="\n".join(lines).encode(),
        headers={"Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 202
    result = response.json()
    assert len(result["ids"]) == 2
    assert [r["error"] for r in result["rejected"]] == ["malformed_json"]

    records = await _records(embedded_broker, _raw(broker_settings), 2)
    assert [r.key.decode() for r in records] == result["ids"]
    (dead,) = await _records(embedded_broker, _dead(broker_settings), 1)
    assert DeadLetter.loads(dead.value).original() == b"{not json"
