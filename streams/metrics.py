"""Every Prometheus metric tocsin exposes, defined once, and the per-process /metrics server.

The metric objects live at module level (prometheus-client's idiom: they register in
the default registry); nothing here reads the environment. Each process calls
`serve_metrics` once, on the port `metrics_port_for` gives its role, and workers call
`install_faust_sensor` so Faust's own sensor shows on the same endpoint.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Literal

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client import start_http_server as _start_http_server

if TYPE_CHECKING:
    import faust
    from faust.sensors.prometheus import FaustMetrics

    from .settings import Settings

# Stage names used as the `stage` label everywhere (stage timings, dead letters).
STAGES = ("ingest", "clean", "enrich", "observe", "thresholds", "deliver")

# Per-record work: from half a millisecond (a table lookup) to seconds (spaCy on a long text).
STAGE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
# Across processes and retries: from milliseconds to an hour of backoff.
LATENCY_BUCKETS = (
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600,
)  # fmt: skip
# One HTTP request to a receiver, bounded by the client timeout.
REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)

FAUST_PREFIX = "tocsin_faust"

BUILD_INFO = Gauge(
    "tocsin_build_info", "Always 1; labels carry the tocsin version and process role.",
    ["version", "role"],
)  # fmt: skip

# Sources and stages.
ARTICLES_INGESTED = Counter(
    "tocsin_articles_ingested_total",
    "Articles accepted by a source and produced to articles.raw.",
    ["source"],
)
DEAD_LETTERS = Counter(
    "tocsin_dead_letters_total",
    "Records that could not be processed (bad input included), sent to a .dead topic.",
    ["stage", "reason"],
)
DUPLICATES = Counter(
    "tocsin_duplicates_total",
    "Articles marked as duplicates of an earlier article (kind: exact or near).",
    ["kind"],
)
ENTITIES = Counter(
    "tocsin_entities_total", "Entities extracted from articles, by entity label.", ["label"]
)
CLAIMS = Counter(
    "tocsin_claims_total",
    "Quantitative claims extracted, by metric key and modality.",
    ["metric", "modality"],
)
EVENTS = Counter(
    "tocsin_events_total", "Typed events extracted, by event type and modality.",
    ["type", "modality"],
)  # fmt: skip
OBSERVATIONS = Counter(
    "tocsin_observations_total",
    "Observations produced to the observations topic (kind: value or event).",
    ["kind"],
)
ALERTS = Counter(
    "tocsin_alerts_total",
    "Alerts produced to the alerts topic, by alert kind.",
    ["kind"],
)
STAGE_SECONDS = Histogram(
    "tocsin_stage_seconds",
    "Time a stage spends on one record.",
    ["stage"],
    buckets=STAGE_BUCKETS,
)
TABLE_KEYS = Gauge(
    "tocsin_table_keys", "Keys held in a Faust table by this worker's partitions.", ["table"]
)

# The alert service.
DELIVERIES = Counter(
    "tocsin_deliveries_total",
    "Alert deliveries by final or intermediate outcome: delivered, retrying, failed, dead, "
    "skipped_duplicate, disabled.",
    ["subscription", "outcome"],
)
DELIVERY_ATTEMPTS = Counter(
    "tocsin_delivery_attempts_total",
    "HTTP attempts to deliver an alert; status is the HTTP status code, timeout or error.",
    ["subscription", "status"],
)
DELIVERY_ATTEMPT_SECONDS = Histogram(
    "tocsin_delivery_attempt_seconds",
    "Duration of one HTTP delivery attempt.",
    ["subscription"],
    buckets=REQUEST_BUCKETS,
)
DELIVERY_LATENCY = Histogram(
    "tocsin_delivery_latency_seconds",
    "Time from the alert on the alerts topic to the receiver's 2xx, retries included.",
    ["subscription"],
    buckets=LATENCY_BUCKETS,
)
DELIVERIES_PENDING = Gauge(
    "tocsin_deliveries_pending", "Deliveries scheduled for a retry.", ["subscription"]
)
CIRCUIT_OPEN = Gauge(
    "tocsin_circuit_open", "1 while a subscription's circuit breaker is open.", ["subscription"]
)
END_TO_END_LATENCY = Histogram(
    "tocsin_end_to_end_latency_seconds",
    "Time from article ingest to the delivery of the alert it caused.",
    buckets=LATENCY_BUCKETS,
)

Role = Literal["worker", "alerts", "ingest"]
_ROLE_OFFSETS: dict[str, int] = {"alerts": 90, "ingest": 91}


def metrics_port_for(settings: Settings, role: Role, index: int = 0) -> int:
    """The /metrics port of a process: worker i on metrics_port + i, the alert service on
    + 90, the ingest process on + 91. A metrics_port of 0 means: any free port (0)."""
    if not settings.metrics_port:
        return 0
    if role == "worker":
        return settings.metrics_port + index
    if role not in _ROLE_OFFSETS:
        raise ValueError(f"unknown process role {role!r}: use worker, alerts or ingest")
    return settings.metrics_port + _ROLE_OFFSETS[role]


def serve_metrics(
    port: int, addr: str = "127.0.0.1", role: str = "worker", registry: CollectorRegistry = REGISTRY
) -> int:
    """Serve /metrics from a daemon thread on addr:port (0: a free port); return the port."""
    BUILD_INFO.labels(version=_version(), role=role).set(1)
    server, _thread = _start_http_server(port, addr=addr, registry=registry)
    return int(server.server_port)


@contextlib.contextmanager
def stage_timer(stage: str) -> Iterator[None]:
    """Observe the time the block takes into tocsin_stage_seconds{stage=...}."""
    start = time.perf_counter()
    try:
        yield
    finally:
        STAGE_SECONDS.labels(stage=stage).observe(time.perf_counter() - start)


_faust_metrics: dict[tuple[int, str], FaustMetrics] = {}


def install_faust_sensor(
    app: faust.App, registry: CollectorRegistry = REGISTRY, prefix: str = FAUST_PREFIX
) -> None:
    """Make Faust's Prometheus sensor the app's monitor, registered in `registry` (the one
    serve_metrics exposes), with names `<prefix>_...`. Faust's web server is not needed."""
    from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor

    # Faust's metric objects register in the registry when created: once per process.
    key = (id(registry), prefix)
    if key not in _faust_metrics:
        _faust_metrics[key] = FaustMetrics.create(registry, prefix)
    app.monitor = PrometheusMonitor(metrics=_faust_metrics[key])


def _version() -> str:
    try:
        return version("tocsin")
    except PackageNotFoundError:
        return "unknown"
