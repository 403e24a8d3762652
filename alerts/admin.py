"""The admin HTTP API of the alert service: list, create, replace, update, delete,
pause and resume subscriptions. Every route but /healthz needs `Authorization: Bearer
<TOCSIN_ADMIN_TOKEN>`. Secrets are write-only: responses say `secret_set`, never the
secret. Changes go to the subscriptions file (the service re-reads it too).

    GET    /subscriptions               POST /subscriptions
    GET    /subscriptions/{id}          PUT | PATCH | DELETE /subscriptions/{id}
    POST   /subscriptions/{id}/pause    POST /subscriptions/{id}/resume
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from .subscriptions import Subscription, SubscriptionError, SubscriptionStore, parse_subscription

log = logging.getLogger(__name__)

STORE: web.AppKey[SubscriptionStore] = web.AppKey("store", SubscriptionStore)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def admin_app(store: SubscriptionStore, token: str) -> web.Application:
    """The aiohttp application; `token` is the bearer token every request must carry."""
    if not token:
        raise ValueError("the admin API needs a token: set TOCSIN_ADMIN_TOKEN")
    app = web.Application(middlewares=[_bearer(token), _json_errors])
    app[STORE] = store
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/subscriptions", list_subscriptions)
    app.router.add_post("/subscriptions", create_subscription)
    app.router.add_get("/subscriptions/{id}", get_subscription)
    app.router.add_put("/subscriptions/{id}", replace_subscription)
    app.router.add_patch("/subscriptions/{id}", update_subscription)
    app.router.add_delete("/subscriptions/{id}", delete_subscription)
    app.router.add_post("/subscriptions/{id}/pause", pause_subscription)
    app.router.add_post("/subscriptions/{id}/resume", resume_subscription)
    return app


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def list_subscriptions(request: web.Request) -> web.Response:
    subs = request.app[STORE].all()
    return web.json_response({"subscriptions": [s.public_view() for s in subs]})


async def get_subscription(request: web.Request) -> web.Response:
    return web.json_response(_existing(request).public_view())


async def create_subscription(request: web.Request) -> web.Response:
    store = request.app[STORE]
    sub = parse_subscription(await _body(request))
    if store.get(sub.id) is not None:
        raise _error(web.HTTPConflict, f"subscription {sub.id!r} exists: use PUT or PATCH")
    store.put(sub)
    log.info("admin API: created subscription %s", sub.id)
    return web.json_response(
        sub.public_view(), status=201, headers={"Location": f"/subscriptions/{sub.id}"}
    )


async def replace_subscription(request: web.Request) -> web.Response:
    """Replace every field; secrets are kept when the body has none."""
    store = request.app[STORE]
    sub_id = request.match_info["id"]
    data = await _body(request)
    if data.setdefault("id", sub_id) != sub_id:
        raise _error(web.HTTPBadRequest, "the id in the body differs from the one in the path")
    old = store.get(sub_id)
    if old is not None and "secrets" not in data:
        data["secrets"] = [s.get_secret_value() for s in old.secrets]
    sub = parse_subscription(data)
    store.put(sub)
    log.info("admin API: replaced subscription %s", sub.id)
    return web.json_response(sub.public_view(), status=200 if old is not None else 201)


async def update_subscription(request: web.Request) -> web.Response:
    """Change the given fields only (`filters` is merged one level deep)."""
    old = _existing(request)
    patch = await _body(request)
    if patch.get("id", old.id) != old.id:
        raise _error(web.HTTPBadRequest, "the id of a subscription cannot change")
    data = old.model_dump(mode="json", exclude={"secrets"})
    data["secrets"] = [s.get_secret_value() for s in old.secrets]
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    sub = parse_subscription(data)
    request.app[STORE].put(sub)
    log.info("admin API: updated subscription %s (%s)", sub.id, ", ".join(sorted(patch)))
    return web.json_response(sub.public_view())


async def delete_subscription(request: web.Request) -> web.Response:
    sub = _existing(request)
    request.app[STORE].delete(sub.id)
    log.info("admin API: deleted subscription %s", sub.id)
    return web.Response(status=204)


async def pause_subscription(request: web.Request) -> web.Response:
    sub = _existing(request)
    request.app[STORE].set_enabled(sub.id, False, reason="paused through the admin API")
    return web.json_response(_existing(request).public_view())


async def resume_subscription(request: web.Request) -> web.Response:
    sub = _existing(request)
    request.app[STORE].set_enabled(sub.id, True)
    return web.json_response(_existing(request).public_view())


def _existing(request: web.Request) -> Subscription:
    sub_id = request.match_info["id"]
    sub = request.app[STORE].get(sub_id)
    if sub is None:
        raise _error(web.HTTPNotFound, f"no subscription {sub_id!r}")
    return sub


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        data = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise _error(web.HTTPBadRequest, "the body must be a JSON object") from None
    if not isinstance(data, dict):
        raise _error(web.HTTPBadRequest, "the body must be a JSON object")
    return data


def _error(kind: type[web.HTTPException], message: str) -> web.HTTPException:
    return kind(text=json.dumps({"error": message}), content_type="application/json")


def _bearer(token: str) -> Any:
    expected = f"Bearer {token}".encode()

    @web.middleware
    async def check(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path != "/healthz":
            given = request.headers.get("Authorization", "").encode()
            if not hmac.compare_digest(given, expected):
                raise web.HTTPUnauthorized(
                    text=json.dumps({"error": "a valid bearer token is required"}),
                    content_type="application/json",
                    headers={"WWW-Authenticate": 'Bearer realm="tocsin"'},
                )
        return await handler(request)

    return check


@web.middleware
async def _json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except SubscriptionError as e:
        raise _error(web.HTTPUnprocessableEntity, str(e)) from None


async def start_admin(
    store: SubscriptionStore, token: str, host: str, port: int
) -> tuple[web.AppRunner, int]:
    """Serve the admin API on host:port (0: a free port); return the runner and the port."""
    runner = web.AppRunner(admin_app(store, token), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner, int(runner.addresses[0][1])
