"""Subscriptions: filters, YAML loading, hot reload, write-back, URL safety."""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest

from alerts.subscriptions import (
    Subscription,
    SubscriptionError,
    SubscriptionStore,
    UnsafeURLError,
    check_url,
    load_file,
    match,
    matches,
    parse_subscription,
)
from processors.models import Alert, Evidence

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def alert(**changes: object) -> Alert:
    base = Alert(
        id="a1b2c3",
        kind="increase",
        rule="captures.increase",
        metric="provincial_capitals_captured",
        subject="Taliban",
        previous=10,
        value=11,
        total=34,
        severity="warning",
        first_seen=datetime(2021, 8, 12, 9, 0, tzinfo=UTC),
        evidence=[Evidence(article_id="003", source="Meridian Herald", sentence="Herat fell.")],
        entities=["taliban", "herat"],
    )
    return base.model_copy(update=changes)


def sub(**filters: object) -> Subscription:
    return Subscription(id="s", url="https://hooks.example.com/x", filters=filters)


def test_a_subscription_without_filters_gets_every_alert() -> None:
    assert matches(alert(), sub())


@pytest.mark.parametrize(
    ("filters", "wanted"),
    [
        ({"kinds": ["increase", "first_value"]}, True),
        ({"kinds": ["new_event"]}, False),
        ({"metrics": ["provincial_capitals_captured"]}, True),
        ({"metrics": ["deaths"]}, False),
        ({"event_types": ["embassy_security_alert"]}, False),
        ({"metrics": ["deaths"], "event_types": ["x"]}, False),
        ({"entities": ["herat", "kabul"]}, True),
        ({"entities": ["kabul"]}, False),
        ({"min_severity": "info"}, True),
        ({"min_severity": "warning"}, True),
        ({"min_severity": "critical"}, False),
        ({"text": "HERAT"}, True),
        ({"text": r"talib\w+"}, True),
        ({"text": "ghazni"}, False),
        ({"kinds": ["increase"], "min_severity": "critical"}, False),
    ],
)
def test_every_set_filter_must_match(filters: dict[str, object], wanted: bool) -> None:
    assert matches(alert(), sub(**filters)) is wanted


def test_an_event_alert_matches_by_event_type() -> None:
    event = alert(kind="new_event", metric=None, event_type="embassy_security_alert")
    assert matches(event, sub(event_types=["embassy_security_alert"]))
    assert matches(event, sub(metrics=["x"], event_types=["embassy_security_alert"]))
    assert not matches(event, sub(metrics=["provincial_capitals_captured"]))


def test_match_skips_disabled_subscriptions() -> None:
    on, off = sub(), sub().model_copy(update={"id": "off", "enabled": False})
    assert [s.id for s in match(alert(), [on, off])] == ["s"]


def test_a_bad_text_regex_is_refused_with_its_field() -> None:
    with pytest.raises(SubscriptionError, match="filters.text"):
        parse_subscription({"id": "s", "url": "https://x.example", "filters": {"text": "("}})


def test_secrets_must_be_whsec_base64_and_are_never_echoed_in_errors() -> None:
    with pytest.raises(SubscriptionError) as info:
        parse_subscription({"id": "s", "url": "https://x.example", "secrets": ["hunter2-secret"]})
    assert "whsec_" in str(info.value)
    assert "hunter2-secret" not in str(info.value)


def test_one_secret_or_a_list_of_secrets() -> None:
    one = parse_subscription({"id": "s", "url": "https://x.example", "secrets": SECRET})
    assert [s.get_secret_value() for s in one.secrets] == [SECRET]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://169.254.10.1/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
    ],
)
def test_private_loopback_link_local_and_metadata_urls_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURLError, match="allow_private"):
        check_url(url, resolve=False)
    if "169.254.169.254" not in url:
        check_url(url, allow_private=True, resolve=False)


@pytest.mark.parametrize(
    "url", ["http://169.254.169.254/latest/meta-data/", "http://169.254.170.2/v2/credentials",
            "http://[fd00:ec2::254]/", "http://[::ffff:169.254.169.254]/"],
)  # fmt: skip
def test_cloud_metadata_urls_are_refused_even_with_the_allow_flag(url: str) -> None:
    with pytest.raises(UnsafeURLError, match="cloud metadata"):
        check_url(url, allow_private=True, resolve=False)
    with pytest.raises(UnsafeURLError, match="cloud metadata"):
        parse_subscription({"id": "s", "url": url, "allow_private": True})


def test_public_addresses_are_allowed() -> None:
    check_url("https://93.184.215.14/hook", resolve=False)
    check_url("https://[2606:4700::1111]/hook", resolve=False)


def test_a_name_that_resolves_to_a_private_address_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fake_getaddrinfo(host: str, *args: object, **kw: object) -> list[tuple[object, ...]]:
        addresses = {"intranet.example.com": "10.0.0.5", "public.example.com": "93.184.215.14"}
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (addresses[host], 0))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(UnsafeURLError, match="10.0.0.5, a private address"):
        check_url("https://intranet.example.com/hook", resolve=True)
    check_url("https://public.example.com/hook", resolve=True)
    check_url("https://intranet.example.com/hook", resolve=False)  # no lookup: not known yet


def test_a_subscription_to_a_loopback_url_needs_the_allow_flag() -> None:
    with pytest.raises(UnsafeURLError):
        parse_subscription({"id": "s", "url": "http://127.0.0.1:9/hook"})
    allowed = parse_subscription(
        {"id": "s", "url": "http://127.0.0.1:9/hook", "allow_private": True}
    )
    assert allowed.allow_private


YAML = f"""
delivery:
  timeout: 2
  max_attempts: 3
subscriptions:
  - id: ops-json
    url: https://hooks.example.com/tocsin
    secrets: [{SECRET}]
    filters: {{kinds: [increase, first_value], min_severity: warning}}
  - id: ops-slack
    url: https://hooks.slack.com/services/T/B/X
    format: slack
    rate_limit: 1
"""


def test_the_yaml_file_gives_subscriptions_and_delivery_defaults(tmp_path: Path) -> None:
    path = tmp_path / "subs.yaml"
    path.write_text(YAML)
    parsed = load_file(path)
    assert [s.id for s in parsed.subscriptions] == ["ops-json", "ops-slack"]
    assert parsed.subscriptions[0].filters.kinds == ["increase", "first_value"]
    assert parsed.subscriptions[1].format == "slack"
    assert parsed.delivery.timeout == 2 and parsed.delivery.max_attempts == 3


def test_duplicate_ids_and_unknown_fields_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "subs.yaml"
    path.write_text(
        "subscriptions:\n- {id: a, url: 'https://x.example'}\n- {id: a, url: 'https://y.example'}\n"
    )
    with pytest.raises(SubscriptionError, match="appears twice"):
        load_file(path)
    path.write_text("subscriptions:\n- {id: a, url: 'https://x.example', colour: red}\n")
    with pytest.raises(SubscriptionError, match="colour"):
        load_file(path)


def _touch_later(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_the_store_reloads_the_file_when_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "subs.yaml"
    path.write_text(YAML)
    store = SubscriptionStore(path)
    assert not store.reload_if_changed()
    path.write_text(YAML.replace("ops-slack", "team-slack"))
    _touch_later(path)
    assert store.reload_if_changed()
    assert [s.id for s in store.all()] == ["ops-json", "team-slack"]


def test_an_invalid_edit_keeps_the_previous_subscriptions(tmp_path: Path) -> None:
    path = tmp_path / "subs.yaml"
    path.write_text(YAML)
    store = SubscriptionStore(path)
    path.write_text("subscriptions: [{id: broken}]\n")
    _touch_later(path)
    assert not store.reload_if_changed()
    assert [s.id for s in store.all()] == ["ops-json", "ops-slack"]


def test_changes_are_written_back_to_the_file_with_their_secrets(tmp_path: Path) -> None:
    path = tmp_path / "subs.yaml"
    path.write_text(YAML)
    store = SubscriptionStore(path)
    store.put(parse_subscription({"id": "new", "url": "https://n.example/h", "secrets": SECRET}))
    store.set_enabled("ops-slack", False, reason="paused")
    assert store.delete("ops-json")

    again = load_file(path)
    assert [s.id for s in again.subscriptions] == ["ops-slack", "new"]
    assert again.subscriptions[0].enabled is False
    assert again.subscriptions[1].secrets[0].get_secret_value() == SECRET
    assert again.delivery.max_attempts == 3
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)


def test_the_public_view_never_shows_secrets() -> None:
    s = parse_subscription({"id": "s", "url": "https://x.example", "secrets": [SECRET, SECRET]})
    view = s.public_view()
    assert view["secret_set"] is True and view["secrets_count"] == 2
    assert SECRET not in repr(view) and "secrets" not in view
    assert SECRET not in repr(s)
