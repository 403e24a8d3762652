"""`tocsin bench --quick --json`: every figure the issue names, as positive numbers.
No timed assertions: the figures depend on the machine."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from streams.bench import REQUIRED

pytestmark = pytest.mark.integration


def test_quick_bench_reports_every_required_figure_as_a_positive_number(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "streams.cli", "bench", "--quick", "--json",
         "--articles", "16", "--latency-seconds", "4", "--rate", "2"],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
        env={**_environment(), "TOCSIN_DATA_DIR": str(tmp_path), "TOCSIN_METRICS_PORT": "0"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    for key in REQUIRED:
        value = figures[key]
        assert isinstance(value, int | float) and math.isfinite(value) and value > 0, (key, value)
    assert figures["articles"] == 16
    assert figures["latency_samples"] >= 1
    assert set(figures["peak_rss_mb_by_process"]) >= {"broker", "worker-0", "worker-1", "alerts"}


def _environment() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("TOCSIN_")}
