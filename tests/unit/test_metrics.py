"""The metric catalogue follows Prometheus naming conventions and is served per process."""

from __future__ import annotations

import urllib.request

import pytest
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.parser import text_string_to_metric_families

from streams import metrics
from streams.settings import Settings

OURS = [v for v in vars(metrics).values() if isinstance(v, Counter | Gauge | Histogram)]


def _name(metric: Counter | Gauge | Histogram) -> str:
    return metric._name  # the name without the _total suffix prometheus-client adds


def test_every_metric_is_in_the_tocsin_namespace() -> None:
    assert len(OURS) >= 15
    assert all(_name(m).startswith("tocsin_") for m in OURS)


def test_counters_are_exposed_with_the_total_suffix() -> None:
    counters = [m for m in OURS if isinstance(m, Counter)]
    families = {f.name: f for m in counters for f in m.collect()}
    for family in families.values():
        assert family.type == "counter"
    exposed = {s.name for f in families.values() for s in f.samples}
    assert all(n.endswith(("_total", "_created")) for n in exposed)
    assert "tocsin_articles_ingested_total" in {f"{_name(m)}_total" for m in counters}


def test_histograms_of_time_are_in_seconds() -> None:
    histograms = [m for m in OURS if isinstance(m, Histogram)]
    assert histograms
    assert all(_name(m).endswith("_seconds") for m in histograms)


def test_latency_buckets_reach_from_milliseconds_to_minutes() -> None:
    assert metrics.LATENCY_BUCKETS[0] <= 0.01
    assert metrics.LATENCY_BUCKETS[-1] >= 600
    assert list(metrics.LATENCY_BUCKETS) == sorted(metrics.LATENCY_BUCKETS)


def test_gauges_do_not_pretend_to_be_counters() -> None:
    gauges = [m for m in OURS if isinstance(m, Gauge)]
    assert not any(_name(m).endswith("_total") for m in gauges)


@pytest.mark.parametrize(
    ("role", "index", "port"),
    [("worker", 0, 9464), ("worker", 3, 9467), ("alerts", 0, 9554), ("ingest", 0, 9555)],
)
def test_each_process_role_has_its_own_port(role: metrics.Role, index: int, port: int) -> None:
    assert metrics.metrics_port_for(Settings(metrics_port=9464), role, index) == port


def test_metrics_port_zero_means_a_free_port_for_every_role() -> None:
    settings = Settings(metrics_port=0)
    assert metrics.metrics_port_for(settings, "worker", 2) == 0
    assert metrics.metrics_port_for(settings, "alerts") == 0


def test_an_unknown_role_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown process role"):
        metrics.metrics_port_for(Settings(), "bogus")  # type: ignore[arg-type]


def test_serve_metrics_serves_the_counters_on_127_0_0_1() -> None:
    port = metrics.serve_metrics(0)
    assert port > 0
    metrics.ARTICLES_INGESTED.labels(source="unit-test").inc(3)
    with metrics.stage_timer("clean"):
        pass

    body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5).read()
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(body.decode())
        for s in f.samples
    }
    assert samples[("tocsin_articles_ingested_total", (("source", "unit-test"),))] == 3
    assert samples[("tocsin_stage_seconds_count", (("stage", "clean"),))] >= 1
    assert any(name == "tocsin_build_info" for name, _ in samples)


def test_faust_sensor_registers_its_metrics_in_the_given_registry_once() -> None:
    import faust

    registry = CollectorRegistry()
    app = faust.App("unit-metrics", broker="kafka://127.0.0.1:1", web_enabled=False)
    metrics.install_faust_sensor(app, registry=registry)
    metrics.install_faust_sensor(app, registry=registry)  # a second app in the same process

    from faust.sensors.prometheus import PrometheusMonitor

    assert isinstance(app.monitor, PrometheusMonitor)
    names = {f.name for f in registry.collect()}
    assert "tocsin_faust_messages_received" in names
    assert "tocsin_faust_topic_partition_offset_commited" in names
