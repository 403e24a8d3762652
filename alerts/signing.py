"""Standard Webhooks signatures: `webhook-id`, `webhook-timestamp`, `webhook-signature`
(HMAC-SHA256 over `id.timestamp.body`, one `v1,<base64>` per secret during a rotation)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Sequence
from datetime import UTC, datetime

from pydantic import SecretStr

SECRET_PREFIX = "whsec_"


def sign(
    message_id: str, body: bytes, secrets: Sequence[SecretStr | str], at: datetime | None = None
) -> dict[str, str]:
    """The Standard Webhooks headers for one attempt. The id stays the same on every
    retry (receivers de-duplicate by it); the timestamp and signatures are per attempt.
    Without secrets there is no `webhook-signature` header."""
    if at is None:
        timestamp = int(time.time())
    elif at.tzinfo is None:
        raise ValueError("sign needs an aware datetime (UTC)")
    else:
        timestamp = int(at.astimezone(UTC).timestamp())
    headers = {"webhook-id": message_id, "webhook-timestamp": str(timestamp)}
    if secrets:
        signed = b"%s.%d.%s" % (message_id.encode(), timestamp, body)
        headers["webhook-signature"] = " ".join(
            "v1," + base64.b64encode(hmac.digest(_key(s), signed, hashlib.sha256)).decode()
            for s in secrets
        )
    return headers


_keys: dict[str, bytes] = {}


def _key(secret: SecretStr | str) -> bytes:
    """The HMAC key of a `whsec_<base64>` secret (as the standardwebhooks library reads it:
    the prefix is optional, padding may be missing)."""
    raw = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    key = _keys.get(raw)
    if key is None:
        text = raw.removeprefix(SECRET_PREFIX)
        key = base64.b64decode(text + "==")
        if not key:
            raise ValueError("a webhook secret may not be empty")
        if len(_keys) >= 10_000:
            _keys.clear()
        _keys[raw] = key
    return key
