"""A real Prometheus scrapes real tocsin processes, and its HTTP API shows what they did.

Needs the `prometheus` binary (Debian package `prometheus`, `make system-deps`); the
tests skip when it is absent. Prometheus listens on a free 127.0.0.1 port, scrapes every
second and keeps its data in a temporary folder.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml
from reliability_harness import bindable, free_port_block

from streams.broker import die_with_parent, free_port

REPO = Path(__file__).resolve().parents[2]
STORY = REPO / "streams" / "samples" / "story"


class PrometheusError(RuntimeError):
    """Prometheus did not start, or a query failed."""


@dataclass
class Prometheus:
    """A Prometheus server of the test's own, and a small client for its HTTP API."""

    targets: dict[str, list[str]]
    workdir: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    log: Path = field(init=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, binary: str, timeout: float = 30) -> None:
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "scrape_configs": [
                {"job_name": job, "scrape_interval": "1s", "scrape_timeout": "900ms",
                 "static_configs": [{"targets": targets}]}
                for job, targets in self.targets.items()
            ],
        }  # fmt: skip
        config_file = self.workdir / "prometheus.yml"
        config_file.write_text(yaml.safe_dump(config))
        self.port = self.port or free_port()
        self.log = self.workdir / "prometheus.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [binary, f"--config.file={config_file}",
                 f"--storage.tsdb.path={self.workdir / 'data'}",
                 f"--web.listen-address=127.0.0.1:{self.port}"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, preexec_fn=die_with_parent,
            )  # fmt: skip
        wait_until(self._ready, timeout, lambda: f"Prometheus not ready: {self._log_tail()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def query(self, expr: str) -> list[dict[str, Any]]:
        """An instant query: the result vector (metric labels and value)."""
        url = f"{self.url}/api/v1/query?{urllib.parse.urlencode({'query': expr})}"
        with urllib.request.urlopen(url, timeout=5) as response:
            body = json.load(response)
        if body.get("status") != "success":
            raise PrometheusError(f"query {expr!r} failed: {body}")
        return list(body["data"]["result"])

    def value(self, expr: str) -> float | None:
        """The single value of an expression, None when it has no series."""
        result = self.query(expr)
        if not result:
            return None
        if len(result) > 1:
            raise PrometheusError(f"{expr!r} has {len(result)} series; aggregate it")
        return float(result[0]["value"][1])

    def wait_for_value(self, expr: str, expected: float, timeout: float = 30) -> float:
        """Wait until `expr` equals `expected` (scrapes are every second)."""
        last: list[float | None] = [None]

        def matches() -> bool:
            last[0] = self.value(expr)
            return last[0] == expected

        wait_until(matches, timeout, lambda: f"{expr} = {last[0]}, expected {expected}")
        return expected

    def wait_for_series(self, expr: str, timeout: float = 30) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = []

        def present() -> bool:
            result[:] = self.query(expr)
            return bool(result)

        wait_until(present, timeout, lambda: f"no series for {expr}")
        return result

    def _ready(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise PrometheusError(f"Prometheus exited: {self._log_tail()}")
        try:
            with urllib.request.urlopen(f"{self.url}/-/ready", timeout=2) as response:
                return bool(response.status == 200)
        except (urllib.error.URLError, ConnectionError):
            return False

    def _log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""


def wait_until(condition: Callable[[], bool], timeout: float, message: Callable[[], str]) -> None:
    """Poll `condition` until it holds; fail with `message()` at the deadline."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(message())
        time.sleep(0.2)


@pytest.fixture
def start_prometheus(tmp_path: Path) -> Iterator[Callable[[dict[str, list[str]]], Prometheus]]:
    """Start a Prometheus scraping the given {job: ["127.0.0.1:port", ...]} targets."""
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.skip("prometheus not installed (Debian package `prometheus`: make system-deps)")
    servers: list[Prometheus] = []

    def start(targets: dict[str, list[str]]) -> Prometheus:
        workdir = tmp_path / f"prometheus-{len(servers)}"
        workdir.mkdir()
        server = Prometheus(targets, workdir)
        servers.append(server)
        server.start(binary)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def metrics_process() -> Iterator[Callable[[str], int]]:
    """Run a Python snippet in a process that serves streams.metrics; return its port."""
    processes: list[subprocess.Popen[str]] = []

    def run(snippet: str) -> int:
        code = (
            "import sys\nfrom streams import metrics\n"
            "port = metrics.serve_metrics(0, role='ingest')\n"
            f"{snippet}\nprint(port, flush=True)\nsys.stdin.read()\n"
        )
        process = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, cwd=REPO, preexec_fn=die_with_parent,
        )  # fmt: skip
        processes.append(process)
        assert process.stdout is not None
        return int(process.stdout.readline())

    yield run
    for process in processes:
        process.kill()
        process.wait()


def test_prometheus_scrapes_the_counters_a_tocsin_process_serves(
    start_prometheus: Callable[[dict[str, list[str]]], Prometheus],
    metrics_process: Callable[[str], int],
) -> None:
    port = metrics_process(
        "metrics.ARTICLES_INGESTED.labels(source='http').inc(7)\n"
        "metrics.DEAD_LETTERS.labels(stage='ingest', reason='malformed_json').inc(2)\n"
        "for s in (0.002, 0.004, 0.3):\n"
        "    metrics.STAGE_SECONDS.labels(stage='clean').observe(s)\n"
    )
    prometheus = start_prometheus({"tocsin-ingest": [f"127.0.0.1:{port}"]})

    prometheus.wait_for_value('up{job="tocsin-ingest"}', 1)
    assert prometheus.wait_for_value('tocsin_articles_ingested_total{source="http"}', 7) == 7
    assert prometheus.value('tocsin_dead_letters_total{reason="malformed_json"}') == 2
    assert prometheus.value('tocsin_stage_seconds_count{stage="clean"}') == 3
    median = prometheus.value(
        'histogram_quantile(0.5, sum by (le) (tocsin_stage_seconds_bucket{stage="clean"}))'
    )
    assert median is not None and 0.0025 <= median <= 0.005
    (info,) = prometheus.query("tocsin_build_info")
    assert info["metric"]["role"] == "ingest"


def test_the_harness_reports_a_counter_that_does_not_match(
    start_prometheus: Callable[[dict[str, list[str]]], Prometheus],
    metrics_process: Callable[[str], int],
) -> None:
    port = metrics_process("metrics.ALERTS.labels(kind='increase').inc(2)")
    prometheus = start_prometheus({"tocsin-workers": [f"127.0.0.1:{port}"]})
    prometheus.wait_for_value('tocsin_alerts_total{kind="increase"}', 2)
    with pytest.raises(AssertionError, match="expected 3"):
        prometheus.wait_for_value('tocsin_alerts_total{kind="increase"}', 3, timeout=2)


# The real pipeline: the sample story posted to `tocsin sources serve`, one worker.


@contextlib.contextmanager
def webhook_receiver() -> Iterator[tuple[str, list[bytes]]]:
    """A local HTTP receiver that answers 204 and keeps the bodies it got."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    bodies: list[bytes] = []

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            bodies.append(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", bodies
    finally:
        server.shutdown()
        server.server_close()


def _alive(run: Any, *others: subprocess.Popen[bytes]) -> bool:
    """False fails fast: a worker or the sources process has exited (see their logs)."""
    for process in (*run.processes.values(), *others):
        if process.poll() is not None:
            raise AssertionError(f"{process.args} exited with {process.returncode}")
    return True


@contextlib.contextmanager
def _process(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`tocsin ARGS...` in the background, stopped (SIGTERM) at the end."""
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", *args], env=env, cwd=REPO,
            stdout=out, stderr=out, preexec_fn=die_with_parent,
        )  # fmt: skip
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _post(url: str, body: bytes) -> int:
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.status)


def _ends(progress: dict[str, str], topic: str) -> int:
    """Records on `topic` (all partitions) from PipelineRun.progress(): "committed/end"."""
    return sum(int(v.split("/")[1]) for k, v in progress.items() if k.split("[")[0] == topic)


@pytest.mark.slow
def test_prometheus_counters_match_what_the_pipeline_processed(
    start_prometheus: Callable[[dict[str, list[str]]], Prometheus],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    replay = pytest.importorskip("streams.replay")
    pytest.importorskip("alerts.run")
    from streams.broker import child_environment
    from streams.metrics import metrics_port_for
    from streams.settings import load_settings

    articles = sorted(STORY.glob("*.json"))
    assert len(articles) == 12
    base = free_port_block((0, 90, 91))
    ingest_port = free_port()
    monkeypatch.delenv("TOCSIN_BROKER", raising=False)
    for name, value in {
        "TOCSIN_DATA_DIR": str(tmp_path / "data"), "TOCSIN_METRICS_PORT": str(base),
        "TOCSIN_INGEST_HOST": "127.0.0.1", "TOCSIN_INGEST_PORT": str(ingest_port),
        "TOCSIN_TABLE_STORE": "memory://", "TOCSIN_TOPIC_PREFIX": "",
    }.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    with webhook_receiver() as (receiver_url, received):
        subscriptions = tmp_path / "subscriptions.yaml"
        subscriptions.write_text(
            yaml.safe_dump({"subscriptions": [
                {"id": "ops", "url": receiver_url, "allow_private": True}
            ]})
        )  # fmt: skip
        monkeypatch.setenv("TOCSIN_SUBSCRIPTIONS", str(subscriptions))
        monkeypatch.delenv("TOCSIN_ADMIN_TOKEN", raising=False)
        settings = load_settings()

        with (
            replay.PipelineRun(settings, workers=1, log_dir=tmp_path / "logs") as run,
            contextlib.ExitStack() as stack,  # the processes stop before the broker does
        ):
            env = child_environment(settings, run.broker_url)
            sources = stack.enter_context(
                _process(["sources", "serve"], env, tmp_path / "sources.log")
            )
            service = stack.enter_context(
                _process(["alerts", "serve"], env, tmp_path / "alerts.log")
            )
            prometheus = start_prometheus(
                {
                    "tocsin-workers": [f"127.0.0.1:{metrics_port_for(settings, 'worker', 0)}"],
                    "tocsin-ingest": [f"127.0.0.1:{metrics_port_for(settings, 'ingest')}"],
                    "tocsin-alerts": [f"127.0.0.1:{metrics_port_for(settings, 'alerts')}"],
                }
            )
            wait_until(
                lambda: _alive(run, sources, service) and prometheus.value("sum(up)") == 3,
                120, lambda: f"not every process serves /metrics: {prometheus.query('up')}",
            )  # fmt: skip
            wait_until(lambda: not bindable(ingest_port), 60, lambda: "no HTTP ingest")
            for path in articles:
                assert _post(f"http://127.0.0.1:{ingest_port}/articles", path.read_bytes()) < 300

            prometheus.wait_for_value('sum(tocsin_articles_ingested_total{source="http"})', 12)
            alerts = run.wait_idle(timeout=240)
            assert alerts
            run.alerts()  # read the topics to their ends
            progress = run.progress()

            # Each counter equals the records its stage put on its topic. (At least once:
            # a worker that re-reads after a rebalance produces and counts a record again,
            # so the topics, not the distinct alerts, are the measure.)
            assert _ends(progress, "articles.clean") >= 12
            prometheus.wait_for_value(
                'sum(tocsin_stage_seconds_count{stage="clean"})', _ends(progress, "articles.clean")
            )  # fmt: skip
            observations = _ends(progress, "observations")
            assert observations > 0
            prometheus.wait_for_value("sum(tocsin_observations_total)", observations)
            prometheus.wait_for_value("sum(tocsin_alerts_total)", _ends(progress, "alerts"))
            for kind in {a.kind for a in alerts}:
                distinct = sum(a.kind == kind for a in alerts)
                counted = prometheus.value(f'sum(tocsin_alerts_total{{kind="{kind}"}})')
                assert counted is not None and counted >= distinct

            # The series the dashboard and the alert rules rely on exist.
            assert (prometheus.value("sum(tocsin_duplicates_total)") or 0) >= 1
            claims = prometheus.wait_for_series(
                'tocsin_claims_total{metric="provincial_capitals_captured"}'
            )
            assert {c["metric"]["modality"] for c in claims} >= {"asserted"}
            assert (prometheus.value("sum(tocsin_entities_total)") or 0) > 0
            assert (prometheus.value("sum(tocsin_table_keys)") or 0) > 0
            prometheus.wait_for_series('tocsin_stage_seconds_bucket{stage="observe"}')
            roles = {r["metric"]["role"] for r in prometheus.query("tocsin_build_info")}
            assert roles == {"worker", "ingest", "alerts"}

            # The alert service delivered each alert once to the receiver, and said so.
            prometheus.wait_for_value(
                'sum(tocsin_deliveries_total{subscription="ops",outcome="delivered"})',
                len(alerts), timeout=60,
            )  # fmt: skip
            assert len(received) == len(alerts)
            prometheus.wait_for_value(
                'sum(tocsin_delivery_latency_seconds_count{subscription="ops"})', len(alerts)
            )
            prometheus.wait_for_value(
                'sum(tocsin_delivery_attempts_total{subscription="ops"})', len(alerts)
            )
            attempts = prometheus.query('tocsin_delivery_attempts_total{subscription="ops"}')
            assert {a["metric"]["status"] for a in attempts} == {"204"}

            # Faust's own sensor on the same endpoint: messages in, committed offsets.
            messages_in = prometheus.value("sum(tocsin_faust_messages_received_total)")
            assert messages_in is not None and messages_in >= 12
            prometheus.wait_for_series(
                'tocsin_faust_topic_partition_offset_commited{topic="articles.raw"}'
            )
