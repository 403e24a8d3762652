"""Subscriptions: who gets which alerts, where, in which format; loaded from a YAML
file that is re-read when it changes, and written back when the admin API edits it.

The file:

    delivery:                      # optional service-wide defaults
      timeout: 5
      max_attempts: 8
    subscriptions:
      - id: ops-slack
        url: https://hooks.slack.com/services/T000/B000/XXXX
        format: slack              # cloudevents (default), slack, alertmanager
        secrets: [whsec_...]       # several during a key rotation
        filters: {kinds: [increase], min_severity: warning, text: kabul}
        rate_limit: 5              # deliveries per second
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import socket
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from processors.models import Alert, AlertKind, Severity

log = logging.getLogger(__name__)

Format = Literal["cloudevents", "slack", "alertmanager"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}
# Cloud instance metadata services: never a webhook, whatever the allow flag says otherwise.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254")
)


class SubscriptionError(ValueError):
    """A subscription or subscriptions file is invalid; the message says what to fix."""


class UnsafeURLError(SubscriptionError):
    """A webhook URL points at a loopback, private, link-local or metadata address."""


class UnresolvableHostError(SubscriptionError):
    """A webhook host name does not resolve (now): a network error, retried."""


class Filters(BaseModel):
    """Every filter that is set must match (AND); a list matches any of its items."""

    model_config = ConfigDict(extra="forbid")

    kinds: list[AlertKind] = Field(default_factory=list)
    metrics: list[str] = Field(default_factory=list)
    event_types: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)
    min_severity: Severity | None = None
    text: str | None = Field(None, description="regex, case-insensitive, on subject and evidence")

    @field_validator("text")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as e:
                raise ValueError(f"filters.text is not a valid regular expression: {e}") from e
        return value


class Subscription(BaseModel):
    """One webhook endpoint and the alerts it wants."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
    url: str
    format: Format = "cloudevents"
    filters: Filters = Field(default_factory=Filters)
    secrets: list[SecretStr] = Field(default_factory=list, description="whsec_<base64>")
    rate_limit: float | None = Field(None, gt=0, description="deliveries per second")
    concurrency: int = Field(8, ge=1, le=256, description="requests in flight at once")
    timeout: float | None = Field(None, gt=0, description="seconds; default: delivery.timeout")
    max_attempts: int | None = Field(None, ge=1, le=100)
    enabled: bool = True
    disabled_reason: str | None = None
    allow_private: bool = Field(False, description="allow loopback/private addresses")

    @field_validator("secrets", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str | SecretStr) else value

    @field_validator("secrets")
    @classmethod
    def _whsec(cls, value: list[SecretStr]) -> list[SecretStr]:
        from standardwebhooks.webhooks import Webhook

        for secret in value:
            raw = secret.get_secret_value()
            if not raw.startswith("whsec_"):
                raise ValueError("a secret must look like whsec_<base64 of 24 to 64 bytes>")
            try:
                Webhook(raw)
            except Exception:  # binascii.Error or EmptyWebhookSecretError
                raise ValueError("a secret must be whsec_ followed by base64") from None
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"url must be http(s)://host/...: {value!r}")
        return value

    def check_url(self) -> None:
        """Refuse a URL that names a private address literally (no DNS lookup)."""
        check_url(self.url, allow_private=self.allow_private, resolve=False)

    def public_view(self) -> dict[str, Any]:
        """What the admin API shows: everything but the secrets."""
        data = self.model_dump(mode="json", exclude={"secrets"})
        data["secret_set"] = bool(self.secrets)
        data["secrets_count"] = len(self.secrets)
        return data

    def to_yaml_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude_defaults=True, exclude={"secrets"})
        data["id"], data["url"] = self.id, self.url
        if self.secrets:
            data["secrets"] = [s.get_secret_value() for s in self.secrets]
        return data


def matches(alert: Alert, subscription: Subscription) -> bool:
    """Whether the subscription wants this alert (it must also be enabled to get it)."""
    f = subscription.filters
    if f.kinds and alert.kind not in f.kinds:
        return False
    if (f.metrics or f.event_types) and not (
        (alert.metric is not None and alert.metric in f.metrics)
        or (alert.event_type is not None and alert.event_type in f.event_types)
    ):
        return False
    if f.entities and not set(f.entities) & set(alert.entities):
        return False
    if f.min_severity and SEVERITY_RANK[alert.severity] < SEVERITY_RANK[f.min_severity]:
        return False
    if f.text:
        haystack = "\n".join([alert.subject, *(e.sentence for e in alert.evidence)])
        if not re.search(f.text, haystack, re.IGNORECASE):
            return False
    return True


def match(alert: Alert, subscriptions: Iterable[Subscription]) -> list[Subscription]:
    """The enabled subscriptions that want this alert."""
    return [s for s in subscriptions if s.enabled and matches(alert, s)]


def check_url(url: str, allow_private: bool = False, resolve: bool = True) -> None:
    """Raise UnsafeURLError when the URL's host is (or, with `resolve`, resolves to) a
    loopback, private, link-local, reserved or metadata address, unless allowed."""
    host = urlsplit(url).hostname or ""
    name = host.lower()
    if not allow_private and (
        name in ("localhost", "localhost.localdomain") or name.endswith(".localhost")
    ):
        raise UnsafeURLError(f"{url!r} points at localhost; set allow_private: true to allow it")
    addresses: list[str]
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        if not resolve:
            return
        try:
            infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
        except socket.gaierror as e:
            raise UnresolvableHostError(f"cannot resolve {host!r}: {e}") from e
        addresses = [str(info[4][0]) for info in infos]
    for address in addresses:
        reason = unsafe_reason(ipaddress.ip_address(address.split("%")[0]))
        if reason == "cloud metadata":
            raise UnsafeURLError(
                f"{url!r} resolves to {address}, a cloud metadata address: never a webhook, "
                "even with allow_private"
            )
        if reason and not allow_private:
            raise UnsafeURLError(
                f"{url!r} resolves to {address}, a {reason} address; "
                "set allow_private: true on the subscription to allow it"
            )


def unsafe_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why a webhook must not go to this address, or None when it may."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip in METADATA_ADDRESSES:
        return "cloud metadata"
    for reason, flag in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
    ):
        if flag:
            return reason
    if isinstance(ip, ipaddress.IPv4Address) and ip in ipaddress.ip_network("100.64.0.0/10"):
        return "shared (carrier-grade NAT)"
    return None


class DeliveryDefaults(BaseModel):
    """Service-wide delivery settings (the `delivery:` section)."""

    model_config = ConfigDict(extra="forbid")

    timeout: float = Field(5.0, gt=0, description="seconds per HTTP attempt")
    max_attempts: int = Field(8, ge=1, le=100)
    backoff_base: float = Field(1.0, gt=0, description="seconds before the 2nd attempt")
    backoff_factor: float = Field(2.0, ge=1)
    backoff_max: float = Field(600.0, gt=0, description="longest wait, Retry-After included")
    jitter: float = Field(0.2, ge=0, le=1, description="a wait is shortened by up to this share")
    breaker_failures: int = Field(5, ge=1, description="consecutive failures that open it")
    breaker_cooldown: float = Field(30.0, gt=0, description="seconds before a trial request")
    endpoint_queue: int = Field(
        100, ge=1, description="deliveries waiting for one endpoint before they spill to retry"
    )


class SubscriptionsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    delivery: DeliveryDefaults = Field(default_factory=DeliveryDefaults)
    subscriptions: list[Subscription] = Field(default_factory=list)

    @field_validator("subscriptions")
    @classmethod
    def _unique_ids(cls, value: list[Subscription]) -> list[Subscription]:
        seen: set[str] = set()
        for s in value:
            if s.id in seen:
                raise ValueError(f"subscription id {s.id!r} appears twice")
            seen.add(s.id)
        return value


def load_file(path: Path) -> SubscriptionsFile:
    """Parse and validate a subscriptions YAML file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise SubscriptionError(f"cannot read subscriptions file {path}: {e}") from e
    if isinstance(data, list):
        data = {"subscriptions": data}
    try:
        parsed = SubscriptionsFile.model_validate(data)
    except ValidationError as e:
        raise SubscriptionError(f"invalid subscriptions file {path}: {_errors(e)}") from None
    for s in parsed.subscriptions:
        s.check_url()
    return parsed


def _errors(e: ValidationError) -> str:
    # Never echo input values: they may hold secrets.
    return "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors())


def parse_subscription(data: dict[str, Any]) -> Subscription:
    """A subscription from API input, validated, secrets never echoed in errors."""
    try:
        sub = Subscription.model_validate(data)
    except ValidationError as e:
        raise SubscriptionError(_errors(e)) from None
    sub.check_url()
    return sub


class SubscriptionStore:
    """The live set of subscriptions: the YAML file when there is one (re-read when its
    mtime or size changes, written back on every change), else memory only."""

    def __init__(self, path: Path | None = None, initial: SubscriptionsFile | None = None) -> None:
        self.path = path
        self._file = initial or SubscriptionsFile()
        self._stamp: tuple[int, int] | None = None
        self._by_id: tuple[SubscriptionsFile, dict[str, Subscription]] | None = None
        if path is not None and path.exists():
            self._file = load_file(path)
            self._stamp = self._current_stamp()

    @property
    def defaults(self) -> DeliveryDefaults:
        return self._file.delivery

    def all(self) -> list[Subscription]:
        return list(self._file.subscriptions)

    def get(self, subscription_id: str) -> Subscription | None:
        # Called for every delivery: an index, rebuilt whenever the file object changes.
        if self._by_id is None or self._by_id[0] is not self._file:
            self._by_id = (self._file, {s.id: s for s in self._file.subscriptions})
        return self._by_id[1].get(subscription_id)

    def reload_if_changed(self) -> bool:
        """Re-read the file if it changed; keep the old subscriptions if it is invalid."""
        if self.path is None:
            return False
        stamp = self._current_stamp()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        if stamp is None:
            log.warning("subscriptions file %s disappeared; keeping the last ones", self.path)
            return False
        try:
            self._file = load_file(self.path)
        except SubscriptionError as e:
            log.error("%s; keeping the previous subscriptions", e)
            return False
        log.info("reloaded %d subscription(s) from %s", len(self._file.subscriptions), self.path)
        return True

    def put(self, subscription: Subscription) -> None:
        """Create or replace a subscription, and persist."""
        subs = [s for s in self._file.subscriptions if s.id != subscription.id]
        index = next(
            (i for i, s in enumerate(self._file.subscriptions) if s.id == subscription.id),
            len(subs),
        )
        subs.insert(index, subscription)
        self._replace(subs)

    def delete(self, subscription_id: str) -> bool:
        subs = [s for s in self._file.subscriptions if s.id != subscription_id]
        if len(subs) == len(self._file.subscriptions):
            return False
        self._replace(subs)
        return True

    def set_enabled(self, subscription_id: str, enabled: bool, reason: str | None = None) -> bool:
        sub = self.get(subscription_id)
        if sub is None:
            return False
        self.put(sub.model_copy(update={"enabled": enabled, "disabled_reason": reason}))
        return True

    def _replace(self, subs: list[Subscription]) -> None:
        self._file = SubscriptionsFile(delivery=self._file.delivery, subscriptions=subs)
        self._save()

    def _save(self) -> None:
        if self.path is None:
            return
        data: dict[str, Any] = {}
        delivery = self._file.delivery.model_dump(exclude_defaults=True)
        if delivery:
            data["delivery"] = delivery
        data["subscriptions"] = [s.to_yaml_dict() for s in self._file.subscriptions]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Atomic replace, owner-only: the file holds secrets.
        fd, tmp = tempfile.mkstemp(prefix=".subscriptions-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                yaml.safe_dump(data, f, sort_keys=False)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._stamp = self._current_stamp()

    def _current_stamp(self) -> tuple[int, int] | None:
        assert self.path is not None
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size)
