"""Shared fixtures: paths, the seeds, an embedded broker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker, create_topics
from streams.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The user's five seed articles; tests using them skip when absent."""
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip(f"seed articles not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def embedded_broker() -> Iterator[EmbeddedBroker]:
    """One real Tansu broker for the test session, stopped at the end."""
    with EmbeddedBroker() as broker:
        yield broker


@pytest.fixture
def broker_settings(embedded_broker: EmbeddedBroker, request: pytest.FixtureRequest) -> Settings:
    """Settings on the session broker with a topic prefix of the test's own, topics created."""
    prefix = f"t{abs(hash(request.node.nodeid)) % 10**8}."
    settings = load_settings(broker=embedded_broker.url, profile="embedded", topic_prefix=prefix)
    create_topics(settings, embedded_broker.url)
    return settings


@pytest.fixture(scope="session")
def enricher():  # type: ignore[no-untyped-def]
    """One Enricher (spaCy parse + gazetteer + default rule pack) for the session."""
    from processors.enrich import Enricher

    return Enricher()


@pytest.fixture(scope="session")
def read(enricher):  # type: ignore[no-untyped-def]
    """Events of one passage through the whole enrichment (candidate gate, headlines),
    published on Monday 2022-05-16 unless given another date."""
    from processors.models import Article, Event

    def events(text: str, published: date = date(2022, 5, 16)) -> list[Event]:
        when = datetime(published.year, published.month, published.day)
        (enriched,) = enricher.enrich([Article(id="t", text=text, published=when)])
        return enriched.events

    return events


@pytest.fixture(scope="session")
def entity_nlp():
    """The entities-only pipeline (gazetteer + ner), loaded once per session."""
    from processors.entities import build_entity_pipeline

    return build_entity_pipeline()


@pytest.fixture
def webhook_receiver() -> Iterator[object]:
    """Factory of real webhook receivers on 127.0.0.1 (tests/webhook_receiver.py):
    `receiver = webhook_receiver(secrets=["whsec_..."])`; `receiver.url`,
    `receiver.answer(500, times=2)`, `receiver.wait_for(1)`. Closed after the test."""
    from webhook_receiver import WebhookReceiver

    started = []

    def make(secrets=(), path="/hook"):  # type: ignore[no-untyped-def]
        receiver = WebhookReceiver(secrets, path=path).start()
        started.append(receiver)
        return receiver

    yield make
    for receiver in started:
        receiver.close()


# Soak tests (`make soak`): long fault-injection runs, skipped unless --run-soak is given.


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-soak", action="store_true", default=False, help="run the tests marked soak"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "soak: long fault-injection run (make soak, --run-soak)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-soak"):
        return
    skip = pytest.mark.skip(reason="soak test: run with --run-soak (make soak)")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """The figures the reliability tests recorded (tests/reliability_harness.py)."""
    import sys

    harness = sys.modules.get("reliability_harness")
    lines = harness.figures_table() if harness is not None else []
    if lines:
        terminalreporter.section("reliability figures")
        for line in lines:
            terminalreporter.write_line(line)
