"""The alert service as a process (`tocsin alerts serve`) and the redeliver command."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from collections.abc import Callable
from datetime import UTC, datetime

from streams import metrics
from streams.broker import create_topics
from streams.settings import Settings

from .admin import start_admin
from .service import AlertService, redeliver
from .subscriptions import SubscriptionStore

log = logging.getLogger(__name__)


def serve(settings: Settings, broker_url: str, admin_host: str = "127.0.0.1") -> None:
    """Run until SIGTERM or SIGINT: deliveries, the admin API (when a token is set),
    /metrics. Topics are created first if missing."""
    create_topics(settings, broker_url)
    # httpx logs every request URL at INFO; webhook URLs can hold secrets (Slack's do).
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if settings.subscriptions is None:
        log.warning(
            "no subscriptions file (TOCSIN_SUBSCRIPTIONS): alerts are read but go nowhere; "
            "subscriptions created through the admin API last until the process stops"
        )
    store = SubscriptionStore(settings.subscriptions)
    with asyncio.Runner(loop_factory=event_loop_factory()) as runner:
        runner.run(_serve(settings, broker_url, store, admin_host))


def event_loop_factory(choice: str = "auto") -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's loop when installed ("auto") or asked for; None: asyncio's own. uvloop
    cuts the service's CPU per delivery by about a tenth (aiohttp, 50 local endpoints)."""
    if choice == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        if choice == "uvloop":
            raise
        return None
    return uvloop.new_event_loop


async def _serve(
    settings: Settings, broker_url: str, store: SubscriptionStore, admin_host: str
) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    port = metrics.metrics_port_for(settings, "alerts")
    try:
        addr = getattr(settings, "metrics_addr", "127.0.0.1")
        bound = metrics.serve_metrics(port, addr, role="alerts")
        log.info("metrics on http://127.0.0.1:%d/metrics", bound)
    except OSError as e:
        log.warning("no /metrics: port %d: %s", port, e)
    admin = None
    if settings.admin_token is not None and settings.admin_token.get_secret_value():
        admin, admin_port = await start_admin(
            store, settings.admin_token.get_secret_value(), admin_host, settings.admin_port
        )
        log.info("admin API on http://%s:%d/subscriptions", admin_host, admin_port)
    else:
        log.info("admin API off: set TOCSIN_ADMIN_TOKEN to enable it")
    try:
        async with AlertService(settings, broker_url, store):
            await stop.wait()
            log.info("stopping the alert service")
    finally:
        if admin is not None:
            await admin.cleanup()


def redeliver_command(
    settings: Settings,
    broker_url: str,
    subscription: str | None,
    since: datetime | None,
    until: datetime | None,
    dry_run: bool,
) -> int:
    """Queue dead deliveries again; print one JSON line per delivery; return the count."""
    since, until = _utc(since), _utc(until)
    chosen = asyncio.run(redeliver(settings, broker_url, subscription, since, until, dry_run))
    for dead in chosen:
        assert dead.alert is not None
        print(
            json.dumps(
                {
                    "subscription": dead.subscription_id,
                    "alert_id": dead.alert.id,
                    "reason": dead.reason,
                    "attempts": dead.attempts,
                    "failed_at": dead.failed_at.isoformat(),
                }
            )
        )
    return len(chosen)


def _utc(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when
