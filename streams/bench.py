"""`tocsin bench`: the pipeline's throughput and latency against baselines measured in
the same run, so the ratios hold on a busy machine.

Phases, on one embedded broker (or TOCSIN_BROKER), each pipeline on its own topic prefix:
1. baseline and processors, taking turns chunk by chunk: bare `nlp.pipe` of the model
   over the raw texts, and clean + dedup + enrich + observe + thresholds called directly;
2. the full pipeline at saturation (articles -> Kafka -> workers -> alerts -> alert
   service -> signed webhooks to a local receiver) with 1 and with 2 worker processes,
   each bracketed by a short bare-spaCy pass so its ratio uses the machine's speed of
   that moment;
3. latency at a fixed offered load: alerting articles at a known rate among the others,
   from the moment an article is produced to its alert's arrival at the receiver.
Beside the wall-clock ratios, the CPU time of every pipeline process per article is set
against bare spaCy's (`cpu_ratio_*`): a cost that other load on the machine barely moves.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import resource
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from processors.clean import EmptyArticle, clean_article
from processors.dedup import NearDuplicateIndex, mark_duplicate
from processors.enrich import Enricher
from processors.models import Article
from processors.observe import observations_from
from processors.thresholds import MetricState, evaluate

from .broker import EmbeddedBroker, bootstrap_servers
from .corpus import BenchArticle, CorpusGenerator, vocabulary
from .demo import PrintingReceiver
from .replay import PipelineRun
from .settings import Settings
from .sources import Item
from .topics import (
    ALERTS,
    ARTICLES_CLEAN,
    ARTICLES_ENRICHED,
    ARTICLES_RAW,
    OBSERVATIONS,
    TopicSpec,
)

REQUIRED = (
    "baseline_articles_per_s", "pipeline_articles_per_s_1w", "pipeline_articles_per_s_2w",
    "ratio_1w", "ratio_2w", "latency_ms_p50", "latency_ms_p99", "peak_rss_mb", "articles",
    "words", "processors_articles_per_s", "ratio_stream_vs_processors_1w",
)  # fmt: skip

# Names for the latency phase's alerting articles start here, far from the corpus's.
_LATENCY_NAMES = 600
_WARMUP_NAMES = 1100


class BenchError(RuntimeError):
    """The benchmark could not measure what it set out to (the message says what)."""


def run_bench(
    settings: Settings,
    articles: int = 300,
    latency_seconds: float = 60,
    rate: float = 10,
    workers: Sequence[int] = (1, 2),
    alert_every: int = 5,
    seed: int = 7,
    progress: Callable[[str], None] = lambda message: None,
) -> dict[str, Any]:
    """Run every phase and return the figures (see the module docstring)."""
    import spacy

    from processors.nlp import resolve_model_name

    # A fresh model: its string store gives the corpus vocabulary before any parse grows it.
    bare = spacy.load(resolve_model_name(settings.spacy_model))
    generator = CorpusGenerator(vocabulary(bare.vocab.strings), seed=seed)
    corpus = generator.corpus(articles)
    words = sum(len(item.article.text.split()) for item in corpus)
    figures: dict[str, Any] = {"articles": len(corpus), "words": words}

    progress(f"corpus: {len(corpus)} articles, {words} words; baseline and processors")
    direct = _baseline_and_processors(bare, settings, corpus, settings.nlp_batch)
    figures.update(direct)
    rss: dict[str, float] = {}
    latency_workers = max(workers)
    with _broker(settings) as broker_url:
        brackets = [_bare_rate(bare, corpus)]
        for count in workers:
            with _pipeline(settings, broker_url, count, f"{count}w", rss) as (run, arrivals):
                _warm_up(run, arrivals, generator, _WARMUP_NAMES + 10 * count)
                progress(f"pipeline with {count} worker(s) at saturation")
                measured = _saturation(run, arrivals, corpus)
                # the bracket after: now, not after the latency phase (minutes later)
                brackets.append(_bare_rate(bare, corpus))
                if count == latency_workers:
                    progress(
                        f"latency: {rate:g} articles/s for {latency_seconds:g} s, "
                        f"{count} worker(s), one in {alert_every} alerting"
                    )
                    figures.update(
                        _latency(run, arrivals, generator, rate, latency_seconds, alert_every)
                    )
                    figures["latency_workers"] = count
            speed = statistics.fmean(brackets[-2:])  # bare words/s around this run
            figures[f"pipeline_articles_per_s_{count}w"] = measured["articles_per_s"]
            figures[f"pipeline_words_per_s_{count}w"] = round(words / measured["seconds"], 1)
            figures[f"pipeline_alerts_{count}w"] = measured["alerts"]
            figures[f"ratio_{count}w"] = round(words / measured["seconds"] / speed, 3)
            # CPU per article, all pipeline processes: what a busy machine cannot change
            figures[f"pipeline_cpu_ms_per_article_{count}w"] = round(
                1000 * measured["cpu_seconds"] / len(corpus), 1
            )
        rss["broker"] = max(rss.get("broker", 0.0), _broker_rss())
    rss["bench"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    figures["baseline_bracket_words_per_s"] = [round(b, 1) for b in brackets]
    figures["peak_rss_mb_by_process"] = rss
    figures["peak_rss_mb"] = max(v for k, v in rss.items() if k != "bench")
    for count in workers:
        # on a machine of its own: `count` cores of pipeline against one of bare spaCy
        cost = figures[f"pipeline_cpu_ms_per_article_{count}w"]
        figures[f"cpu_ratio_{count}w"] = round(figures["baseline_cpu_ms_per_article"] / cost, 3)
    if 1 in workers:
        # Both against bare spaCy measured beside them: the processors in phase 1, the
        # pipeline by its brackets; the machine's speed between the phases cancels out.
        figures["ratio_stream_vs_processors_1w"] = round(
            figures["ratio_1w"] / figures["ratio_processors"], 3
        )
    return figures


# --- phase 1: bare spaCy and the processors, in one process ----------------------


def _baseline_and_processors(
    bare: Any, settings: Settings, corpus: list[BenchArticle], chunk: int
) -> dict[str, Any]:
    """Bare `nlp.pipe` and the processors take turns on each chunk of the corpus, so
    a busy machine slows them alike."""
    enricher = Enricher(settings.spacy_model, batch_size=chunk)
    texts = [item.article.text for item in corpus]
    for _ in bare.pipe(texts[:4]):  # warm up: lazy imports, caches
        pass
    enricher.enrich([item.article for item in corpus[:4]])
    direct = _Processors(enricher)
    bare_seconds = processors_seconds = bare_cpu = 0.0
    for n, start in enumerate(range(0, len(corpus), chunk)):
        batch = corpus[start : start + chunk]
        steps = [
            ("bare", lambda b=batch: _consume(bare.pipe(i.article.text for i in b))),
            ("processors", lambda b=batch: direct.process([i.article for i in b])),
        ]
        for name, step in steps if n % 2 == 0 else reversed(steps):
            cpu = time.process_time()
            seconds = _timed(step)
            if name == "bare":
                bare_seconds += seconds
                bare_cpu += time.process_time() - cpu
            else:
                processors_seconds += seconds
    words = sum(len(t.split()) for t in texts)
    return {
        "baseline_articles_per_s": round(len(corpus) / bare_seconds, 2),
        "baseline_words_per_s": round(words / bare_seconds, 1),
        "processors_articles_per_s": round(len(corpus) / processors_seconds, 2),
        "processors_words_per_s": round(words / processors_seconds, 1),
        "baseline_cpu_ms_per_article": round(1000 * bare_cpu / len(corpus), 1),
        "ratio_processors": round(bare_seconds / processors_seconds, 3),
        "processors_alerts": direct.alerts,
        # share of the corpus's tokens the statistical pipeline saw (candidate sentences)
        "parsed_token_share": round(enricher.stats.share, 3),
    }


class _Processors:
    """What the agents do, called directly: clean + dedup, enrich (exact duplicates
    skip the parse), observe, thresholds with the state in a dict."""

    def __init__(self, enricher: Enricher) -> None:
        self.enricher = enricher
        self.index = NearDuplicateIndex()
        self.states: dict[str, MetricState] = {}
        self.alerts = 0

    def process(self, articles: list[Article]) -> None:
        cleaned = []
        for article in articles:
            with contextlib.suppress(EmptyArticle):
                cleaned.append(mark_duplicate(clean_article(article), self.index))
        fresh = [a for a in cleaned if not (a.duplicate_of and (a.similarity or 0) >= 1.0)]
        rules = self.enricher.rules.thresholds
        for enriched in self.enricher.enrich(fresh):
            for observation in observations_from(enriched):
                state, alerts = evaluate(self.states.get(observation.key), observation, rules)
                self.states[observation.key] = state
                self.alerts += len(alerts)


def _bare_rate(bare: Any, corpus: list[BenchArticle], every: int = 4) -> float:
    """Bare spaCy words/s now, on every `every`-th article: the machine's current speed."""
    texts = [item.article.text for item in corpus[::every]]
    seconds = _timed(lambda: _consume(bare.pipe(texts)))
    return sum(len(t.split()) for t in texts) / seconds


# --- phase 2 and 3: the pipeline --------------------------------------------------


@dataclass
class _Arrivals:
    """What a receiver got: arrival time and alert, by alert id."""

    alerts: dict[str, tuple[float, dict[str, Any]]] = field(default_factory=dict)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def record(self, alert: dict[str, Any]) -> None:
        with self.changed:
            self.alerts.setdefault(alert["id"], (time.time(), alert))
            self.changed.notify_all()

    def wait_for(self, ids: Iterable[str], timeout: float) -> None:
        wanted = set(ids)
        deadline = time.monotonic() + timeout
        with self.changed:
            while not wanted <= self.alerts.keys():
                left = deadline - time.monotonic()
                if left <= 0:
                    missing = len(wanted - self.alerts.keys())
                    raise BenchError(f"{missing} alert(s) never reached the receiver")
                self.changed.wait(min(left, 0.2))


@contextlib.contextmanager
def _pipeline(
    settings: Settings, broker_url: str, workers: int, phase: str, rss: dict[str, float]
) -> Iterator[tuple[PipelineRun, _Arrivals]]:
    """A pipeline on its own topic prefix with the alert service and a fresh signed
    receiver; the peak RSS of its processes goes to `rss` when it stops."""
    arrivals = _Arrivals()
    receiver = PrintingReceiver(arrivals.record)
    with tempfile.TemporaryDirectory(prefix="tocsin-bench-") as tmp:
        subscriptions = receiver.subscriptions_file(Path(tmp) / "subscriptions.yaml")
        run_settings = settings.model_copy(
            update={
                "broker": broker_url,
                "profile": settings.profile or "embedded",
                "topic_prefix": f"{settings.topic_prefix}bench-{os.getpid()}-{phase}.",
                "subscriptions": subscriptions,
                "metrics_port": 0,
                "workers": workers,
                "data_dir": Path(tmp),
            }
        )
        try:
            with PipelineRun(run_settings, workers=workers, log_dir=Path(tmp) / "logs") as run:
                run.start_process("alerts", ["alerts", "serve"])
                try:
                    yield run, arrivals
                finally:
                    for name, process in run.processes.items():
                        rss[name] = max(rss.get(name, 0.0), _peak_rss_mb(process.pid))
                        for child in _children(process.pid):  # a worker's NLP process
                            label = f"{name}.{_process_role(child)}"
                            rss[label] = max(rss.get(label, 0.0), _peak_rss_mb(child))
        finally:
            receiver.close()


def _warm_up(
    run: PipelineRun, arrivals: _Arrivals, generator: CorpusGenerator, first_name: int
) -> None:
    """Alerting articles until every worker has loaded its model and the alert service
    delivers: only then does the clock start."""
    _wait_for_assignments(run)
    warmup = [generator.alerting_article(first_name + n) for n in range(8)]
    run.send(_items(warmup))
    alerts = run.wait_idle(timeout=600)
    arrivals.wait_for([a.id for a in alerts], timeout=120)


def _wait_for_assignments(run: PipelineRun, timeout: float = 120) -> None:
    """Wait until every worker has joined the group and got partitions, so that no
    rebalance falls inside a measurement. Best effort: it reads Faust's INFO log."""
    deadline = time.monotonic() + timeout
    workers = [name for name in run.processes if name.startswith("worker")]
    while time.monotonic() < deadline:
        run.check_processes()
        logs = [(run.log_dir / f"{name}.log").read_text(errors="replace") for name in workers]
        if all("_on_partitions_assigned" in log for log in logs):
            return
        time.sleep(0.5)


def _saturation(
    run: PipelineRun, arrivals: _Arrivals, corpus: list[BenchArticle]
) -> dict[str, Any]:
    """Every article at once; the clock stops when every stage is idle and the receiver
    has every alert."""
    before = set(arrivals.alerts)
    pids = _pipeline_pids(run)
    cpu_before = sum(_cpu_seconds(pid) for pid in pids)
    start = time.perf_counter()
    run.send(_items([item.article for item in corpus]))
    _wait_observed(run, start)
    alerts = run.wait_idle(timeout=3600)
    arrivals.wait_for([a.id for a in alerts], timeout=300)
    seconds = time.perf_counter() - start
    cpu = sum(_cpu_seconds(pid) for pid in pids) - cpu_before
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "articles_per_s": round(len(corpus) / seconds, 2),
        "alerts": len(set(arrivals.alerts) - before),
    }


def _pipeline_pids(run: PipelineRun) -> list[int]:
    """The broker (when embedded), the workers and their NLP processes, the alert service."""
    pids = [process.pid for process in run.processes.values()]
    pids += [child for pid in list(pids) for child in _children(pid)]
    if _embedded is not None and _embedded.process is not None:
        pids.append(_embedded.process.pid)
    return pids


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process so far (0 when gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_observed(run: PipelineRun, since: float, poll: float = 0.5) -> None:
    """Wait, polling little, until the observe stage has read an enriched record for
    every article sent: `wait_idle` polls hard, and the bench shares the machine."""
    group = run.settings.topic(run.settings.app_id)
    enriched = run.settings.topic(ARTICLES_ENRICHED.name)
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers(run.broker_url))
    try:
        while time.perf_counter() - since < 3600:
            run.check_processes()
            offsets = admin.list_group_offsets({group: None}).get(group, {})
            done = sum(max(0, m.offset) for tp, m in offsets.items() if tp.topic == enriched)
            if done >= run.sent:
                return
            time.sleep(poll)
    finally:
        admin.close()


def _latency(
    run: PipelineRun,
    arrivals: _Arrivals,
    generator: CorpusGenerator,
    rate: float,
    seconds: float,
    alert_every: int,
) -> dict[str, Any]:
    """Articles at `rate` per second for `seconds`, one in `alert_every` causing a
    first-value alert of its own; latency = receiver arrival - time produced."""
    total = max(1, round(rate * seconds))
    articles = [
        generator.alerting_article(_LATENCY_NAMES + n // alert_every)
        if n % alert_every == 0
        else generator.article()
        for n in range(total)
    ]
    alerting = {a.id for n, a in enumerate(articles) if n % alert_every == 0}
    sent_at: dict[str, float] = {}
    start = time.monotonic()
    for n, article in enumerate(articles):
        time.sleep(max(0.0, start + n / rate - time.monotonic()))
        sent_at[article.id] = time.time()
        run.send(_items([article]))
    offered = total / (time.monotonic() - start)
    alerts = run.wait_idle(timeout=3600)
    arrivals.wait_for([a.id for a in alerts], timeout=300)
    latencies = []
    for arrived, alert in list(arrivals.alerts.values()):
        evidence = alert.get("evidence") or [{}]
        article_id = evidence[0].get("article_id")
        if article_id in alerting:
            latencies.append((arrived - sent_at[article_id]) * 1000)
    if not latencies:
        raise BenchError("no alert of the latency phase reached the receiver")
    arrived_at = {
        alert["evidence"][0]["article_id"]: arrived
        for arrived, alert in arrivals.alerts.values()
        if (alert.get("evidence") or [{}])[0].get("article_id") in alerting
    }
    return {
        "latency_ms_by_stage": _stage_latencies(run, sent_at, arrived_at),
        "latency_offered_articles_per_s": round(offered, 2),
        "latency_samples": len(latencies),
        "latency_alerting_articles": len(alerting),
        "latency_ms_p50": _percentile(latencies, 50),
        "latency_ms_p95": _percentile(latencies, 95),
        "latency_ms_p99": _percentile(latencies, 99),
        "latency_ms_max": round(max(latencies), 1),
    }


# The hops of an alerting article: each topic's record time, then the receiver's.
_STAGES = (
    ("ingest", ARTICLES_RAW), ("clean", ARTICLES_CLEAN), ("enrich", ARTICLES_ENRICHED),
    ("observe", OBSERVATIONS), ("thresholds", ALERTS),
)  # fmt: skip


def _stage_latencies(
    run: PipelineRun, sent_at: dict[str, float], arrived_at: dict[str, float]
) -> dict[str, dict[str, float]]:
    """p50/p99 per stage, in ms, for the alerting articles: from the record an article
    (or its observation or alert) put on one topic to the next, then to the receiver.
    Each stage's figure includes the hop to it (Tansu answers a fetch only when its wait
    runs out)."""
    times: dict[str, dict[str, float]] = {name: {} for name, _ in _STAGES}
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap_servers(run.broker_url), enable_auto_commit=False,
        consumer_timeout_ms=2000,
    )  # fmt: skip
    try:
        for name, spec in _STAGES:
            topic = run.settings.topic(spec.name)
            partitions = [TopicPartition(topic, p) for p in range(spec.partitions(run.settings))]
            consumer.assign(partitions)
            consumer.seek_to_beginning(*partitions)
            for message in consumer:
                article_id = _article_of(spec, message.key, message.value)
                if article_id in arrived_at:
                    times[name].setdefault(article_id, message.timestamp / 1000)
    finally:
        consumer.close()
    chain = [("ingest", sent_at)] + [(n, times[n]) for n, _ in _STAGES[1:]]
    chain.append(("delivery", arrived_at))
    figures = {}
    for (_, before), (name, after) in zip(chain, chain[1:], strict=False):
        gaps = [1000 * (after[a] - before[a]) for a in arrived_at if a in before and a in after]
        if gaps:
            figures[name] = {"p50": _percentile(gaps, 50), "p99": _percentile(gaps, 99)}
    return figures


def _article_of(spec: TopicSpec, key: bytes | None, value: bytes) -> str | None:
    if spec in (OBSERVATIONS, ALERTS):
        record = json.loads(value)
        evidence = record.get("evidence") or [record]
        return evidence[0].get("article_id")
    return key.decode() if key else None


# --- helpers ------------------------------------------------------------------------

_embedded: EmbeddedBroker | None = None


@contextlib.contextmanager
def _broker(settings: Settings) -> Iterator[str]:
    """TOCSIN_BROKER when set, else one embedded broker for the whole benchmark."""
    global _embedded
    if settings.broker:
        yield settings.broker
        return
    with EmbeddedBroker(port=settings.embedded_broker_port) as broker:
        _embedded = broker
        try:
            yield broker.url
        finally:
            _embedded = None


def _broker_rss() -> float:
    process = getattr(_embedded, "process", None)
    return _peak_rss_mb(process.pid) if process is not None else 0.0


def _peak_rss_mb(pid: int) -> float:
    """VmHWM (peak resident set) of a live process, in MB; 0 when it cannot be read."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    """Child process ids of a live process (Linux)."""
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            children += [int(c) for c in task.read_text().split()]
    return children


def _process_role(pid: int) -> str:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return str(pid)
    return "resource_tracker" if b"resource_tracker" in command else "nlp"


def _items(articles: Iterable[Article]) -> list[Item]:
    return [Item(article.id, article=article) for article in articles]


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(0, math.ceil(p / 100 * len(ordered)) - 1)
    return round(ordered[rank], 1)


def _consume(items: Iterable[Any]) -> None:
    for _ in items:
        pass


def _timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def format_table(figures: dict[str, Any]) -> str:
    """The figures as a few lines a person reads."""
    f = figures
    lines = [
        f"corpus: {f['articles']} articles, {f['words']} words",
        f"bare spaCy nlp.pipe (baseline): {f['baseline_articles_per_s']:8.2f} articles/s"
        f"  {f['baseline_words_per_s']:9.1f} words/s",
        f"processors called directly:     {f['processors_articles_per_s']:8.2f} articles/s"
        f"  ratio to baseline {f['ratio_processors']:.3f}"
        f"  (parsed {100 * f.get('parsed_token_share', 1.0):.0f}% of the tokens)",
    ]
    for key in sorted(k for k in f if k.startswith("pipeline_articles_per_s_")):
        n = key.rsplit("_", 1)[1]
        lines.append(
            f"pipeline, {n[:-1]} worker(s):            {f[key]:8.2f} articles/s"
            f"  ratio to baseline {f[f'ratio_{n}']:.3f}  ({f[f'pipeline_alerts_{n}']} alerts)"
        )
    costs = ", ".join(
        f"pipeline {k.rsplit('_', 1)[1]} {f[k]:.0f} ms"
        for k in sorted(f)
        if k.startswith("pipeline_cpu_ms_per_article_")
    )
    lines.append(
        f"CPU per article (all processes): bare spaCy {f['baseline_cpu_ms_per_article']:.0f} ms,"
        f" {costs}"
    )
    if "ratio_stream_vs_processors_1w" in f:
        lines.append(
            f"stream vs processors (1 worker): {f['ratio_stream_vs_processors_1w']:.3f}"
            "  (issue 5 goal >= 0.9)"
        )
    lines.append(
        f"latency at {f['latency_offered_articles_per_s']:g} articles/s,"
        f" {f['latency_workers']} worker(s), {f['latency_samples']} alerts:"
        f" p50 {f['latency_ms_p50']:.0f} ms, p95 {f['latency_ms_p95']:.0f} ms,"
        f" p99 {f['latency_ms_p99']:.0f} ms (goal p99 <= 500 ms)"
    )
    stages = f.get("latency_ms_by_stage") or {}
    if stages:
        lines.append(
            "  by stage (p50/p99 ms, each with its hop): "
            + ", ".join(f"{k} {v['p50']:.0f}/{v['p99']:.0f}" for k, v in stages.items())
        )
    peaks = ", ".join(f"{k} {v:.0f}" for k, v in f["peak_rss_mb_by_process"].items())
    lines.append(f"peak RSS (MB): {peaks}")
    return "\n".join(lines)
