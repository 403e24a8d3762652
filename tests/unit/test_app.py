"""The Faust app factory: profiles decide settings, never code paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from faust.types import TP
from mode.utils.queues import FlowControlQueue

from streams.app import EMBEDDED_FETCH_MAX_WAIT_MS, FetchWait, _ConsumerThread, create_app
from streams.settings import load_settings


@pytest.mark.parametrize(
    ("profile", "fetch_wait_ms", "batch"),
    [("embedded", EMBEDDED_FETCH_MAX_WAIT_MS, 1), ("kafka", 1500, 16384)],
)
async def test_profiles_differ_only_in_settings(
    tmp_path: Path, profile: str, fetch_wait_ms: int, batch: int
) -> None:
    settings = load_settings(broker="kafka://127.0.0.1:1", profile=profile, data_dir=tmp_path)
    app = create_app(settings, settings.broker or "")
    thread = app.consumer._thread
    consumer = thread._create_worker_consumer(app.transport)
    try:
        assert isinstance(thread, _ConsumerThread), "both seek back past dropped records"
        assert consumer._fetch_max_wait_ms == fetch_wait_ms
        assert app.conf.producer_max_batch_size == batch
    finally:
        await consumer.stop()


def test_fetch_wait_is_short_while_records_flow_and_long_after_a_quiet_second() -> None:
    wait = FetchWait(idle_ms=100, active_ms=10, active_for=1.0)
    assert wait.wait_ms(got_records=False, now=0.0) == 100
    assert wait.wait_ms(got_records=True, now=5.0) == 10
    assert wait.wait_ms(got_records=False, now=5.9) == 10
    assert wait.wait_ms(got_records=False, now=6.1) == 100


def test_fetch_wait_sets_the_wait_the_fetcher_reads_for_its_next_fetch() -> None:
    class Fetcher:
        _fetch_max_wait_ms = 100

    class Consumer:
        _fetcher = Fetcher()

    consumer = Consumer()
    FetchWait(idle_ms=100, active_ms=10).after_fetch(consumer, got_records=True)
    assert consumer._fetcher._fetch_max_wait_ms == 10


async def test_resuming_an_active_flow_keeps_queued_records_and_a_suspended_one_drops_them(
    tmp_path: Path,
) -> None:
    settings = load_settings(broker="kafka://127.0.0.1:1", data_dir=tmp_path)
    flow = create_app(settings, settings.broker or "").flow_control
    queue: FlowControlQueue[str] = FlowControlQueue(flow_control=flow, clear_on_resume=True)
    flow.resume()  # recovery: on to read changelogs
    queue.put_nowait("fetched after the seek")
    flow.resume()  # recovery done: still on
    assert queue.qsize() == 1, "a record fetched after the seek was dropped"
    flow.suspend()  # a rebalance: what is queued may not be ours any more
    flow.resume()
    assert queue.qsize() == 0


async def test_a_commit_made_while_the_seek_ran_is_kept(tmp_path: Path) -> None:
    # Recovery seeks while the fetcher runs: 7 and 8 were processed and 9 committed while
    # the seek read the broker's older offset, 7. Keeping 7 left the ack of 9 waiting for
    # a gap that never closes, and that partition never committed again.
    settings = load_settings(broker="kafka://127.0.0.1:1", data_dir=tmp_path)
    consumer = create_app(settings, settings.broker or "").consumer
    tp = TP("observations", 0)

    async def seek_to_committed() -> dict[TP, int]:
        consumer._committed_offset[tp] = 9  # the commit lands while the seek runs
        return {tp: 7}

    consumer.seek_to_committed = seek_to_committed  # type: ignore[method-assign]
    await consumer.perform_seek()
    assert consumer._committed_offset[tp] == 9
    assert consumer._read_offset[tp] == 9, "re-read records below the commit are dropped"
