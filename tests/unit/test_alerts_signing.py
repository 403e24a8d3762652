"""Standard Webhooks signatures, checked with the `standardwebhooks` library."""

from __future__ import annotations

import base64
import os
from datetime import UTC, datetime, timedelta

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from alerts.signing import sign


def new_secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(32)).decode()


BODY = b'{"id":"abc","kind":"increase","subject":"Taliban \xe2\x80\x94 Herat"}'


def test_a_signed_body_verifies_with_the_standard_webhooks_library() -> None:
    secret = new_secret()
    headers = sign("abc", BODY, [secret])
    assert headers["webhook-id"] == "abc"
    assert headers["webhook-signature"].startswith("v1,")
    assert Webhook(secret).verify(BODY, headers) == {
        "id": "abc", "kind": "increase", "subject": "Taliban — Herat"
    }  # fmt: skip


def test_a_tampered_body_or_id_or_other_secret_does_not_verify() -> None:
    secret = new_secret()
    headers = sign("abc", BODY, [secret])
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(BODY.replace(b"Taliban", b"Talibam"), headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(BODY, {**headers, "webhook-id": "abd"})
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(BODY, headers)


def test_during_a_rotation_both_the_old_and_the_new_secret_verify() -> None:
    old, new = new_secret(), new_secret()
    headers = sign("abc", BODY, [old, new])
    assert len(headers["webhook-signature"].split(" ")) == 2
    Webhook(old).verify(BODY, headers)
    Webhook(new).verify(BODY, headers)


def test_the_timestamp_is_the_attempt_time_in_unix_seconds() -> None:
    at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert sign("abc", BODY, [new_secret()], at=at)["webhook-timestamp"] == str(int(at.timestamp()))


def test_an_old_timestamp_is_refused_by_the_receiver() -> None:
    secret = new_secret()
    headers = sign("abc", BODY, [secret], at=datetime.now(UTC) - timedelta(minutes=10))
    with pytest.raises(WebhookVerificationError, match="too old"):
        Webhook(secret).verify(BODY, headers)


def test_without_secrets_there_is_an_id_and_timestamp_but_no_signature() -> None:
    headers = sign("abc", BODY, [])
    assert set(headers) == {"webhook-id", "webhook-timestamp"}


def test_a_naive_time_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        sign("abc", BODY, [new_secret()], at=datetime(2026, 1, 1))
