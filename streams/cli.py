"""The `tocsin` command."""

from __future__ import annotations

import errno
import logging
import signal
import sys
import time
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Annotated, NoReturn

import typer

from .broker import BrokerError, EmbeddedBroker
from .settings import Settings, load_settings

app = typer.Typer(help="tocsin: a streaming news-alert pipeline.", no_args_is_help=True)
alerts_app = typer.Typer(help="The alert service and its dead letters.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", envvar="TOCSIN_CONFIG", help="YAML settings file."),
]


def _settings(config: Path | None, **overrides: object) -> Settings:
    try:
        settings = load_settings(config, **overrides)
    except (FileNotFoundError, ValueError) as e:
        _fail(str(e))
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    for chatty in ("kafka", "aiokafka"):
        logging.getLogger(chatty).setLevel(max(logging.WARNING, logging.root.level))
    return settings


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"tocsin: {message}", err=True)
    raise typer.Exit(code)


def _not_implemented(command: str) -> NoReturn:
    _fail(f"`tocsin {command}` is not implemented yet", code=2)


class _Stop(Exception):
    pass


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    raise _Stop()


def _stop_on_signals() -> None:
    # SIGINT too: a shell without job control starts background jobs with it ignored.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _raise_stop)


@app.command()
def run(
    config: ConfigOption = None,
    workers: Annotated[int | None, typer.Option(help="worker processes")] = None,
    demo: Annotated[
        bool, typer.Option(help="also print alerts from a local receiver; feed the samples")
    ] = False,
) -> None:
    """Start the broker (if embedded), the workers, the alert service and the sources
    (HTTP ingest, feeds); run until stopped."""
    from .demo import SAMPLES, PrintingReceiver, describe
    from .replay import PipelineRun, PipelineTimeout, ProcessFailed, read_inputs

    settings = _settings(config, workers=workers)
    _stop_on_signals()
    receiver = None
    if demo:
        receiver = PrintingReceiver(lambda alert: typer.echo(describe(alert)))
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        subscriptions = receiver.subscriptions_file(settings.data_dir / "demo-subscriptions.yaml")
        settings = settings.model_copy(update={"subscriptions": subscriptions})
    try:
        with PipelineRun(settings, workers=settings.workers, services=True) as pipeline:
            typer.echo(
                f"tocsin: running on {pipeline.broker_url} with {settings.workers} worker(s); "
                f"logs in {pipeline.log_dir}; Ctrl-C stops",
                err=True,
            )
            if demo:
                typer.echo(f"tocsin: feeding the sample story from {SAMPLES}", err=True)
                pipeline.send(read_inputs([SAMPLES]), ordered=True)
                typer.echo("tocsin: sample story done; still running, Ctrl-C stops", err=True)
            while True:
                pipeline.check_processes()
                time.sleep(0.5)
    except (KeyboardInterrupt, _Stop):
        typer.echo("tocsin: stopping", err=True)
    except (BrokerError, ProcessFailed, PipelineTimeout) as e:
        _fail(str(e))
    finally:
        if receiver is not None:
            receiver.close()


@app.command()
def worker(
    config: ConfigOption = None,
    index: Annotated[int, typer.Option(help="worker number: offsets the web port")] = 0,
) -> None:
    """Run one Faust worker against TOCSIN_BROKER (`tocsin run` starts these)."""
    settings = _settings(config)
    if not settings.broker:
        _fail("`tocsin worker` needs TOCSIN_BROKER; `tocsin run` starts a broker and workers")
    from .app import create_app
    from .metrics import install_faust_sensor, metrics_port_for, serve_metrics
    from .pipeline import build_pipeline

    faust_app = create_app(settings, settings.broker, worker_index=index)
    build_pipeline(faust_app, settings)
    install_faust_sensor(faust_app)
    port = serve_metrics(
        metrics_port_for(settings, "worker", index), settings.metrics_addr, role="worker"
    )
    typer.echo(f"tocsin: worker {index} metrics on http://127.0.0.1:{port}/metrics", err=True)
    import faust

    faust.Worker(faust_app, loglevel=settings.log_level, quiet=True).execute_from_commandline()


@app.command()
def broker(
    config: ConfigOption = None,
    port: Annotated[int | None, typer.Option(help="0 picks a free port")] = None,
) -> None:
    """Start only the embedded broker, create the topics, print its URL; run until stopped."""
    settings = _settings(config, embedded_broker_port=port)
    _stop_on_signals()
    try:
        with EmbeddedBroker(port=settings.embedded_broker_port) as b:
            from .broker import create_topics

            create_topics(settings, b.url)
            typer.echo(b.url)
            while b.process is not None and b.process.poll() is None:
                time.sleep(0.5)
    except (KeyboardInterrupt, _Stop):
        pass
    except BrokerError as e:
        _fail(str(e))


@app.command()
def topics(config: ConfigOption = None) -> None:
    """Create every topic on TOCSIN_BROKER with its partition count (existing ones are kept)."""
    from kafka.errors import KafkaError

    from .broker import create_topics

    settings = _settings(config)
    if not settings.broker:
        _fail("`tocsin topics` needs TOCSIN_BROKER; `tocsin run` creates the embedded ones")
    try:
        created = create_topics(settings, settings.broker)
    except KafkaError as e:
        _fail(f"cannot reach the broker at {settings.broker}: {e}")
    for name, partitions in created.items():
        typer.echo(f"{name}\t{partitions}")


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="JSON Lines file, or - for stdin")] = "-",
) -> None:
    """Extract entities, claims and events: JSON Lines in, JSON Lines out."""
    import contextlib

    from processors.enrich import Enricher
    from processors.extract import extract_lines

    enricher = Enricher()
    source = contextlib.nullcontext(sys.stdin) if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115, E501
    with source as lines:
        for line in extract_lines(lines, enricher):
            sys.stdout.write(line + "\n")
            sys.stdout.flush()


@app.command()
def replay(
    paths: Annotated[list[Path], typer.Argument(help="files, folders, JSONL, recordings")],
    expect: Annotated[Path | None, typer.Option(help="expected alerts (JSON list)")] = None,
    speed: Annotated[float, typer.Option(help="0: as fast as possible; 1: original pace")] = 0,
    burst: Annotated[
        bool, typer.Option(help="send all at once, not each after the previous is done")
    ] = False,
    prefix: Annotated[str | None, typer.Option(help="topic prefix: a namespaced copy")] = None,
    workers: Annotated[int, typer.Option(help="worker processes")] = 1,
    timeout: Annotated[float, typer.Option(help="seconds to wait for the pipeline")] = 600,
    config: ConfigOption = None,
) -> None:
    """Run the pipeline over recorded articles and print the alerts as JSON Lines;
    with --expect, exit 1 and print the differences when the alerts differ."""
    import json

    from .replay import PipelineRun, PipelineTimeout, ProcessFailed, compare_alerts, read_inputs

    settings = _settings(config, topic_prefix=prefix, workers=workers)
    if settings.broker and prefix is None:
        settings = settings.model_copy(update={"topic_prefix": f"replay-{int(time.time())}."})
    expected = json.loads(expect.read_text()) if expect else None
    _stop_on_signals()
    try:
        with PipelineRun(settings, workers=settings.workers) as pipeline:
            pipeline.send(read_inputs(paths), speed=speed, ordered=not burst)
            alerts = pipeline.wait_idle(timeout)
            origins = pipeline.origins
    except (BrokerError, PipelineTimeout, ProcessFailed) as e:
        _fail(str(e))
    except _Stop:
        _fail("stopped", code=130)
    for alert in alerts:
        typer.echo(alert.dumps().decode())
    if expected is not None:
        differences = compare_alerts(alerts, expected, origins)
        for line in differences:
            typer.echo(line, err=True)
        if differences:
            raise typer.Exit(1)
        typer.echo(f"tocsin: {len(alerts)} alerts, as expected", err=True)


@app.command()
def record(
    topic: Annotated[str, typer.Argument(help="topic name, without the prefix")],
    out: Annotated[Path, typer.Option("--out", help="JSONL file to write")],
    from_offset: Annotated[int, typer.Option(help="first offset of each partition")] = 0,
    since: Annotated[datetime | None, typer.Option(help="only messages from this time")] = None,
    until: Annotated[datetime | None, typer.Option(help="only messages up to this time")] = None,
    config: ConfigOption = None,
) -> None:
    """Dump a topic (keys, headers, timestamps) to JSON Lines, until it is quiet."""
    from .record import record_topic

    settings = _settings(config)
    if not settings.broker:
        _fail("`tocsin record` needs TOCSIN_BROKER (the URL `tocsin run` prints)")
    with out.open("w", encoding="utf-8") as f:
        try:
            count = record_topic(
                settings.broker, settings.topic(topic), f, from_offset, since, until
            )
        except LookupError as e:
            _fail(str(e))
    typer.echo(f"tocsin: {count} messages from {settings.topic(topic)} to {out}", err=True)


@app.command()
def bench(
    as_json: Annotated[bool, typer.Option("--json", help="print the figures as JSON")] = False,
    articles: Annotated[int | None, typer.Option(help="corpus size (default 300)")] = None,
    latency_seconds: Annotated[
        float | None, typer.Option(help="length of the latency phase (default 60)")
    ] = None,
    rate: Annotated[float, typer.Option(help="offered load of the latency phase")] = 10,
    quick: Annotated[
        bool, typer.Option(help="small corpus, 10 s latency phase: a smoke run")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """End-to-end benchmark against baselines measured in the same run: bare spaCy,
    the processors called directly, the pipeline with 1 and 2 workers, latency."""
    import json

    from .bench import BenchError, format_table, run_bench
    from .replay import PipelineTimeout, ProcessFailed

    settings = _settings(config)
    articles = articles or (40 if quick else 300)
    latency_seconds = latency_seconds or (10 if quick else 60)
    _stop_on_signals()
    try:
        figures = run_bench(
            settings, articles=articles, latency_seconds=latency_seconds, rate=rate,
            progress=lambda message: typer.echo(f"tocsin bench: {message}", err=True),
        )  # fmt: skip
    except (BrokerError, BenchError, PipelineTimeout, ProcessFailed) as e:
        _fail(str(e))
    except _Stop:
        _fail("stopped", code=130)
    typer.echo(json.dumps(figures) if as_json else format_table(figures))


@alerts_app.command("serve")
def alerts_serve(
    config: ConfigOption = None,
    admin_host: Annotated[str, typer.Option(help="admin API address")] = "127.0.0.1",
) -> None:
    """Run the alert service: subscriptions, signed delivery, retries; until SIGTERM."""
    settings = _settings(config)
    if not settings.broker:
        _fail("`tocsin alerts serve` needs TOCSIN_BROKER; `tocsin run` starts a broker and sets it")
    from alerts.run import serve
    from alerts.subscriptions import SubscriptionError

    try:
        serve(settings, settings.broker, admin_host=admin_host)
    except SubscriptionError as e:
        _fail(str(e))


@alerts_app.command("redeliver")
def alerts_redeliver(
    config: ConfigOption = None,
    subscription: Annotated[str | None, typer.Option(help="only this subscription id")] = None,
    since: Annotated[datetime | None, typer.Option(help="dead since (ISO time, UTC)")] = None,
    until: Annotated[datetime | None, typer.Option(help="dead until (ISO time, UTC)")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="list, do not send")] = False,
) -> None:
    """Send dead-lettered deliveries again (the running alert service sends them)."""
    settings = _settings(config)
    if not settings.broker:
        _fail("`tocsin alerts redeliver` needs TOCSIN_BROKER, the broker of the alert service")
    from alerts.run import redeliver_command

    count = redeliver_command(settings, settings.broker, subscription, since, until, dry_run)
    verb = "would redeliver" if dry_run else "queued for redelivery:"
    typer.echo(f"tocsin: {verb} {count} dead deliver{'y' if count == 1 else 'ies'}", err=True)


sources_app = typer.Typer(help="Live sources: HTTP ingest, RSS/Atom feeds.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


@sources_app.command("serve")
def sources_serve(config: ConfigOption = None) -> None:
    """Run the HTTP ingest endpoint and poll the feeds file's feeds until stopped."""
    import asyncio

    from kafka.errors import KafkaError

    from .broker import create_topics
    from .ingest import FeedConfig, FeedConfigError, IngestServer, require_broker, serve_sources
    from .metrics import metrics_port_for, serve_metrics

    settings = _settings(config)
    if not settings.broker:
        _fail("`tocsin sources serve` needs TOCSIN_BROKER; `tocsin run` starts a broker and it")
    for client_logger in ("kafka", "aiokafka", "httpx"):
        logging.getLogger(client_logger).setLevel(logging.WARNING)

    def ready(server: IngestServer, feeds: list[FeedConfig]) -> None:
        typer.echo(f"tocsin: HTTP ingest on {server.url}/articles, {len(feeds)} feed(s)", err=True)

    try:
        require_broker(settings.broker)
        create_topics(settings, settings.broker)
        port = serve_metrics(
            metrics_port_for(settings, "ingest"), settings.metrics_addr, role="ingest"
        )
        typer.echo(f"tocsin: sources metrics on http://127.0.0.1:{port}/metrics", err=True)
        asyncio.run(serve_sources(settings, settings.broker, on_ready=ready))
    except KafkaError as e:
        _fail(f"cannot reach the broker at {settings.broker}: {e}")
    except OSError as e:
        if e.errno == errno.EADDRINUSE:
            _fail(
                f"{e.strerror}: the metrics port ({metrics_port_for(settings, 'ingest')}) or "
                f"the HTTP ingest port ({settings.ingest_port}) is taken; set "
                "TOCSIN_METRICS_PORT / TOCSIN_INGEST_PORT (0 picks free ports)"
            )
        _fail(str(e))
    except (BrokerError, FeedConfigError) as e:
        _fail(str(e))


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="files and folders (txt, json, jsonl, html), - for stdin")
    ],
    config: ConfigOption = None,
) -> None:
    """Put articles on articles.raw (bad input on articles.raw.dead) and print a summary."""
    from collections import Counter

    from kafka.errors import KafkaError

    from .broker import create_topics
    from .ingest import read_stdin, require_broker
    from .sources import ArticleProducer, read_paths

    settings = _settings(config)
    if not settings.broker:
        _fail("`tocsin ingest` needs TOCSIN_BROKER (the URL `tocsin run` prints)")
    logging.getLogger("kafka").setLevel(logging.WARNING)
    articles, bad = 0, Counter[str]()
    try:
        require_broker(settings.broker)
        create_topics(settings, settings.broker)
        with ArticleProducer(settings, settings.broker) as producer:
            for path in paths:
                stdin = path == "-"
                items = read_stdin(sys.stdin.buffer.read()) if stdin else read_paths([Path(path)])
                for item in items:
                    producer.send(item)
                    if item.error is not None:
                        bad[item.error.reason] += 1
                        typer.echo(f"tocsin: bad input: {item.error}", err=True)
                    else:
                        articles += 1
    except BrokerError as e:
        _fail(str(e))
    except KafkaError as e:  # the broker answered (require_broker): it refused a record
        _fail(f"the broker at {settings.broker} refused a record: {type(e).__name__}: {e}")
    reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(bad.items()))
    typer.echo(
        f"tocsin: {articles} article(s) to {settings.topic('articles.raw')}, "
        f"{sum(bad.values())} bad input(s) to {settings.topic('articles.raw.dead')}"
        + (f" ({reasons})" if reasons else "")
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
