"""`tocsin run` with no configuration: starts broker, worker, alert service and
sources; stops cleanly, leaving no process behind."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest


def _wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.1)


def _processes_mentioning(text: str) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if text in (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode():
                    pids.append(int(proc.name))
            except OSError:
                continue
    return pids


def _processes_with_environment(entry: str) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit() and int(proc.name) != os.getpid():
            try:
                if entry.encode() in (proc / "environ").read_bytes().split(b"\0"):
                    pids.append(int(proc.name))
            except OSError:
                continue
    return pids


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def started_run(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
    env.update(
        TOCSIN_DATA_DIR=str(tmp_path / "data"), TOCSIN_METRICS_PORT="0", TOCSIN_INGEST_PORT="0"
    )
    log = tmp_path / "run.log"
    worker_log = tmp_path / "data" / "logs" / "worker-0.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "run"], stdout=out, stderr=out, env=env
        )
    try:
        _wait_for(
            lambda: (
                process.poll() is not None
                or (worker_log.exists() and "Worker]: Ready" in worker_log.read_text())
            ),
            90,
            "the worker to be ready",
        )
        assert process.poll() is None, log.read_text()[-3000:]
        match = re.search(r"running on kafka://127\.0\.0\.1:(\d+)", log.read_text())
        assert match, log.read_text()
        port = int(match.group(1))
        assert _listening(port)
        yield process, port, log
    finally:
        # Also when the set-up fails: never leave a pipeline running after the test.
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.integration
def test_run_stops_cleanly_on_ctrl_c_leaving_no_processes(started_run) -> None:
    process, port, log = started_run
    data_dir = f"TOCSIN_DATA_DIR={log.parent / 'data'}"
    assert len(_processes_with_environment(data_dir)) >= 4, "supervisor, worker, alerts, sources"
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 0, log.read_text()[-3000:]
    assert not _listening(port)
    assert _processes_mentioning(f"127.0.0.1:{port}") == []
    data_dir = f"TOCSIN_DATA_DIR={log.parent / 'data'}"
    assert _processes_with_environment(data_dir) == [], "workers, alert service, sources gone"
    assert "stopping" in log.read_text()


@pytest.mark.integration
def test_killed_supervisor_takes_broker_and_workers_with_it(started_run) -> None:
    process, port, _ = started_run
    broker_pids = _processes_mentioning(f"tcp://127.0.0.1:{port}")
    assert broker_pids, "the broker runs as a child process"
    process.kill()
    process.wait()
    _wait_for(lambda: not _processes_mentioning(f"tcp://127.0.0.1:{port}"), 30, "broker exit")
    assert not _listening(port)
