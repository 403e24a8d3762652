"""Standard Webhooks signatures: `webhook-id`, `webhook-timestamp`, `webhook-signature`
(HMAC-SHA256 over `id.timestamp.body`, one `v1,<base64>` per secret during a rotation)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from pydantic import SecretStr
from standardwebhooks.webhooks import Webhook


def sign(
    message_id: str, body: bytes, secrets: Sequence[SecretStr | str], at: datetime | None = None
) -> dict[str, str]:
    """The Standard Webhooks headers for one attempt. The id stays the same on every
    retry (receivers de-duplicate by it); the timestamp and signatures are per attempt.
    Without secrets there is no `webhook-signature` header."""
    at = at or datetime.now(UTC)
    if at.tzinfo is None:
        raise ValueError("sign needs an aware datetime (UTC)")
    at = at.astimezone(UTC)
    headers = {"webhook-id": message_id, "webhook-timestamp": str(int(at.timestamp()))}
    if secrets:
        text = body.decode("utf-8")
        headers["webhook-signature"] = " ".join(
            _webhook(s).sign(message_id, at, text) for s in secrets
        )
    return headers


_cache: dict[str, Webhook] = {}


def _webhook(secret: SecretStr | str) -> Webhook:
    raw = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    hook = _cache.get(raw)
    if hook is None:
        hook = _cache[raw] = Webhook(raw)
    return hook
