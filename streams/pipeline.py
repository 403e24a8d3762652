"""The pipeline's agents and tables, registered on a Faust app.

raw -> [clean + dedup] -> clean -> [enrich, batched] -> enriched -> [observe]
-> observations (keyed by metric/event key) -> [thresholds, table] -> alerts

Agents are thin: decode, call a processor, send. Whatever fails goes to the input
topic's `.dead` topic with the stage, the reason and the original bytes, and the
agent goes on with the next record.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import faust
from pydantic import ValidationError

from processors.clean import EmptyArticle, clean_article
from processors.dedup import NearDuplicateIndex, mark_duplicate
from processors.models import Alert, Article, EnrichedArticle, Observation
from processors.observe import observations_from
from processors.rulepack import RulePack
from processors.thresholds import MetricState, evaluate

from . import metrics
from .app import faust_topic
from .nlp_runner import NlpRunner
from .settings import Settings
from .topics import (
    ALERTS,
    ARTICLES_CLEAN,
    ARTICLES_ENRICHED,
    ARTICLES_RAW,
    OBSERVATIONS,
    DeadLetter,
    TopicSpec,
    dead_letter_topic,
)

log = logging.getLogger(__name__)


class Pipeline:
    """The processors one worker holds, and the agents' per-record steps."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.settings = settings
        self.rules = RulePack.load(settings.rule_pack)
        self.dedup = NearDuplicateIndex()
        # spaCy runs beside the event loop (a child process or a thread): heartbeats go on.
        self.nlp = NlpRunner(
            settings.spacy_model, self.rules, settings.rule_pack, process=settings.nlp_process
        )
        self.topics = {
            spec.name: faust_topic(app, settings, spec)
            for spec in (ARTICLES_RAW, ARTICLES_CLEAN, ARTICLES_ENRICHED, OBSERVATIONS, ALERTS)
        }
        self.dead = {
            name: faust_topic(app, settings, dead_letter_topic(spec))
            for name, spec in _SPECS.items()
        }
        self.metric_state = app.Table(
            "metric-state",
            partitions=settings.partitions,
            # bytes in and out: Faust then uses the raw codec for the changelog too.
            key_type=bytes,
            value_type=bytes,
            help="MetricState JSON by observation key",
        )

    async def send(self, spec: TopicSpec, key: str, value: bytes) -> None:
        await self.topics[spec.name].send(key=key.encode(), value=value)

    async def dead_letter(
        self,
        spec: TopicSpec,
        stage: str,
        reason: str,
        error: BaseException | str,
        value: bytes,
        key: bytes | None,
    ) -> None:
        log.warning("%s: %s record to %s.dead: %s", stage, reason, spec.name, error)
        record = DeadLetter.of(spec.name, stage, reason, str(error), value, key)
        await self.dead[spec.name].send(key=key, value=record.dumps())
        metrics.DEAD_LETTERS.labels(stage=stage, reason=reason).inc()

    async def on_raw(self, key: bytes | None, value: bytes) -> None:
        article = await self._decode(Article, ARTICLES_RAW, "clean", key, value)
        if article is None:
            return
        try:
            with metrics.stage_timer("clean"):
                article = mark_duplicate(clean_article(article), self.dedup)
        except EmptyArticle as e:
            return await self.dead_letter(ARTICLES_RAW, "clean", "empty", e, value, key)
        except Exception as e:
            return await self.dead_letter(ARTICLES_RAW, "clean", "error", repr(e), value, key)
        if article.duplicate_of:
            kind = "exact" if (article.similarity or 0) >= 1.0 else "near"
            metrics.DUPLICATES.labels(kind=kind).inc()
        await self.send(ARTICLES_CLEAN, article.id, article.dumps())

    async def on_clean_batch(self, records: list[tuple[bytes | None, bytes]]) -> None:
        articles, parse, sources = [], [], []
        for key, value in records:
            article = await self._decode(Article, ARTICLES_CLEAN, "enrich", key, value)
            if article is None:
                continue
            if len(article.text) > self.settings.max_article_chars:
                reason = f"{len(article.text)} characters, over {self.settings.max_article_chars}"
                await self.dead_letter(ARTICLES_CLEAN, "enrich", "too_long", reason, value, key)
                continue
            articles.append(article)
            sources.append((key, value))
            # An exact copy of an earlier article adds nothing: skip its parse.
            parse.append(not (article.duplicate_of and (article.similarity or 0) >= 1.0))
        if not articles:
            return
        # Small spaCy batches, all queued at once, each sent on as soon as it is parsed:
        # an article waits for the ones before it, not for the whole batch.
        to_parse = [a for a, p in zip(articles, parse, strict=True) if p]
        size = self.settings.nlp_batch
        chunks = [to_parse[i : i + size] for i in range(0, len(to_parse), size)]
        tasks = [asyncio.ensure_future(self._enrich_chunk(c, articles, sources)) for c in chunks]
        try:
            chunk_of = {a.id: n for n, chunk in enumerate(chunks) for a in chunk}
            done: dict[str, EnrichedArticle] = {}
            for article, wanted in zip(articles, parse, strict=True):
                if wanted:
                    done.update((e.article.id, e) for e in await tasks[chunk_of[article.id]])
                enriched = done.get(article.id) if wanted else EnrichedArticle(article=article)
                if enriched is None:
                    continue
                _count(enriched)
                await self.send(ARTICLES_ENRICHED, article.id, enriched.dumps())
        finally:
            for task in tasks:
                task.cancel()

    async def _enrich_chunk(
        self,
        chunk: list[Article],
        articles: list[Article],
        sources: list[tuple[bytes | None, bytes]],
    ) -> list[EnrichedArticle]:
        """One spaCy batch; when it fails, its articles one by one, the failing ones
        to the dead-letter topic."""
        try:
            parsed = await self.nlp.enrich(chunk)
        except Exception:
            parsed = []
            originals = _sources(chunk, articles, sources)
            for article, (key, value) in zip(chunk, originals, strict=True):
                try:
                    parsed += await self.nlp.enrich([article])
                except Exception as e:
                    await self.dead_letter(ARTICLES_CLEAN, "enrich", "error", repr(e), value, key)
        return parsed

    async def on_enriched(self, key: bytes | None, value: bytes) -> None:
        enriched = await self._decode(EnrichedArticle, ARTICLES_ENRICHED, "observe", key, value)
        if enriched is None:
            return
        try:
            with metrics.stage_timer("observe"):
                observations = observations_from(enriched)
        except Exception as e:
            return await self.dead_letter(
                ARTICLES_ENRICHED, "observe", "error", repr(e), value, key
            )
        for observation in observations:
            metrics.OBSERVATIONS.labels(kind=observation.kind).inc()
            await self.send(OBSERVATIONS, observation.key, observation.dumps())

    async def on_observation(self, key: bytes | None, value: bytes) -> None:
        observation = await self._decode(Observation, OBSERVATIONS, "thresholds", key, value)
        if observation is None:
            return
        table_key = observation.key.encode()
        try:
            with metrics.stage_timer("thresholds"):
                stored = self.metric_state.get(table_key)
                state = MetricState.loads(stored) if stored else None
                state, alerts = evaluate(state, observation, self.rules.thresholds)
        except Exception as e:
            return await self.dead_letter(OBSERVATIONS, "thresholds", "error", repr(e), value, key)
        # Alerts first, state second: a crash in between re-sends an alert with the
        # same id (dropped downstream) rather than losing it.
        for alert in alerts:
            await self._send_alert(
                alert.model_copy(update={"ingested_at": observation.ingested_at})
            )
        self.metric_state[table_key] = state.dumps()
        metrics.TABLE_KEYS.labels(table="metric-state").set(len(self.metric_state))

    async def _send_alert(self, alert: Alert) -> None:
        future = await self.topics[ALERTS.name].send(key=alert.id.encode(), value=alert.dumps())
        await future
        metrics.ALERTS.labels(kind=alert.kind).inc()
        log.info("alert %s %s %s", alert.id, alert.kind, alert.metric or alert.event_type)

    async def _decode(
        self, record: type[Any], spec: TopicSpec, stage: str, key: bytes | None, value: Any
    ) -> Any:
        if not isinstance(value, bytes):
            value = str(value).encode()
        try:
            return record.loads(value)
        except (ValidationError, ValueError) as e:
            await self.dead_letter(spec, stage, "undecodable", e, value, key)
            return None


# records the enrich agent takes at once (cut into `nlp_batch` batches)
_TAKE = 32
_SPECS = {s.name: s for s in (ARTICLES_RAW, ARTICLES_CLEAN, ARTICLES_ENRICHED, OBSERVATIONS)}


def _sources(
    chosen: list[Article], articles: list[Article], sources: list[tuple[bytes | None, bytes]]
) -> list[tuple[bytes | None, bytes]]:
    """The original (key, value) of each chosen article."""
    by_id = {a.id: source for a, source in zip(articles, sources, strict=True)}
    return [by_id[a.id] for a in chosen]


def _count(enriched: EnrichedArticle) -> None:
    for entity in enriched.entities:
        metrics.ENTITIES.labels(label=entity.label).inc()
    for claim in enriched.claims:
        metrics.CLAIMS.labels(metric=claim.metric or "none", modality=claim.modality).inc()
    for event in enriched.events:
        metrics.EVENTS.labels(type=event.type, modality=event.modality).inc()


def build_pipeline(app: faust.App, settings: Settings) -> Pipeline:
    """Declare the pipeline's agents and table on `app`."""
    pipeline = Pipeline(app, settings)
    topics = pipeline.topics

    def each(step: Callable[[bytes | None, bytes], Awaitable[None]]) -> Callable[..., Any]:
        async def agent(stream: faust.StreamT) -> None:
            async for event in stream.events():
                await step(event.key, event.value)

        return agent

    async def enrich(stream: faust.StreamT) -> None:
        # Faust's take waits `within` before every batch that is not full, even when
        # records are there: keep it short, so an article is not held back for a batch.
        # (take_events is on faust.Stream, not on the StreamT protocol)
        async for events in stream.take_events(_TAKE, within=0.01):  # type: ignore[attr-defined]
            await pipeline.on_clean_batch([(e.key, e.value) for e in events])

    app.agent(topics[ARTICLES_RAW.name], name="clean")(each(pipeline.on_raw))
    app.agent(topics[ARTICLES_CLEAN.name], name="enrich")(enrich)
    app.agent(topics[ARTICLES_ENRICHED.name], name="observe")(each(pipeline.on_enriched))
    app.agent(topics[OBSERVATIONS.name], name="thresholds")(each(pipeline.on_observation))
    return pipeline
