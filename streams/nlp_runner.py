"""Where a worker runs spaCy: beside the Faust event loop, never on it.

By default in one child process: the parse holds the GIL for most of its time, and in a
thread it takes turns with the event loop (fetches, commits, heartbeats, sends), so
neither runs at full speed even with a free core. The child gets articles as JSON and
returns enriched articles as JSON; that costs a few milliseconds against the hundreds a
parse takes. `nlp_process: false` keeps spaCy in a thread (one process less, less memory).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from processors.enrich import Enricher
from processors.models import Article, EnrichedArticle
from processors.rulepack import RulePack

from . import metrics
from .broker import die_with_parent


class NlpProcessDied(RuntimeError):
    """The NLP child process stopped (crash, out of memory); a new one is started."""


class NlpRunner:
    """Enriches batches of articles in a child process (`process=True`) or a thread. Each
    batch's parse time (not its time queued) goes into the `enrich` stage seconds."""

    def __init__(
        self, model: str | None, rules: RulePack, rule_pack: Path | None, process: bool = True
    ) -> None:
        self.model, self.rules, self.rule_pack, self.process = model, rules, rule_pack, process
        self._enricher: Enricher | None = None
        self._executor = self._start()

    async def enrich(self, articles: list[Article]) -> list[EnrichedArticle]:
        """The articles enriched, in order."""
        loop = asyncio.get_running_loop()
        if not self.process:
            started = time.perf_counter()
            done = await loop.run_in_executor(self._executor, self._enrich_here, articles)
            _observe(time.perf_counter() - started, len(articles))
            return done
        values = [a.dumps() for a in articles]
        executor = self._executor
        try:
            enriched, seconds = await loop.run_in_executor(executor, _enrich_in_child, values)
        except BrokenProcessPool as e:
            if executor is self._executor:  # batches queued behind it fail too: start one
                executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start()
            raise NlpProcessDied(f"the NLP process stopped: {e}") from e
        _observe(seconds, len(articles))
        return [EnrichedArticle.loads(value) for value in enriched]

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _start(self) -> Executor:
        if not self.process:
            return ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlp")
        # spawn, not fork: the worker has threads (Kafka client) that a fork would copy.
        executor = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_child,
            initargs=(self.model, self.rule_pack),
        )
        executor.submit(_ready)  # start the child and load the model now, not on the first batch
        return executor

    def _enrich_here(self, articles: list[Article]) -> list[EnrichedArticle]:
        if self._enricher is None:
            self._enricher = Enricher(self.model, self.rules)
        return self._enricher.enrich(articles)


_child_enricher: Enricher | None = None


def _start_child(model: str | None, rule_pack: Path | None) -> None:
    global _child_enricher
    die_with_parent()
    _child_enricher = Enricher(model, RulePack.load(rule_pack))


def _ready() -> bool:
    return _child_enricher is not None


def _enrich_in_child(values: list[bytes]) -> tuple[list[bytes], float]:
    """The articles enriched, and the seconds it took (not the time queued for a child)."""
    assert _child_enricher is not None, "the NLP process was started without its model"
    started = time.perf_counter()
    articles = [Article.loads(value) for value in values]
    enriched = [e.dumps() for e in _child_enricher.enrich(articles)]
    return enriched, time.perf_counter() - started


def _observe(seconds: float, articles: int) -> None:
    for _ in range(articles):
        metrics.STAGE_SECONDS.labels(stage="enrich").observe(seconds / articles)
