"""The admin API over real HTTP: bearer token, CRUD, pause/resume, write-only secrets,
changes persisted to the subscriptions file."""

from __future__ import annotations

import base64
import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from alerts.admin import start_admin
from alerts.subscriptions import SubscriptionStore, load_file

TOKEN = "admin-token-for-tests"
SECRET = "whsec_" + base64.b64encode(os.urandom(24)).decode()
NEW = {
    "id": "ops",
    "url": "https://hooks.example.com/tocsin",
    "format": "slack",
    "secrets": [SECRET],
    "filters": {"kinds": ["increase"], "min_severity": "warning"},
}


@pytest.fixture
async def admin(tmp_path: Path) -> AsyncIterator[tuple[httpx.AsyncClient, Path]]:
    path = tmp_path / "subscriptions.yaml"
    runner, port = await start_admin(SubscriptionStore(path), TOKEN, "127.0.0.1", 0)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", headers=headers) as client:
        yield client, path
    await runner.cleanup()


async def test_requests_without_or_with_a_wrong_token_are_refused(admin: tuple) -> None:
    client, _ = admin
    assert (await client.get("/subscriptions", headers={"Authorization": ""})).status_code == 401
    wrong = await client.get("/subscriptions", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")
    assert (await client.post("/subscriptions", json=NEW, headers={"Authorization": ""})
            ).status_code == 401  # fmt: skip
    assert (await client.get("/healthz", headers={"Authorization": ""})).status_code == 200


async def test_create_list_get_and_the_secret_is_never_returned(admin: tuple) -> None:
    client, path = admin
    created = await client.post("/subscriptions", json=NEW)
    assert created.status_code == 201 and created.headers["location"] == "/subscriptions/ops"
    listed = await client.get("/subscriptions")
    one = await client.get("/subscriptions/ops")
    for response in (created, listed, one):
        assert SECRET not in response.text and SECRET.removeprefix("whsec_") not in response.text
    assert one.json()["secret_set"] is True and one.json()["format"] == "slack"
    assert [s["id"] for s in listed.json()["subscriptions"]] == ["ops"]
    saved = load_file(path).subscriptions[0]
    assert saved.secrets[0].get_secret_value() == SECRET, "persisted to the YAML file"
    assert (await client.post("/subscriptions", json=NEW)).status_code == 409


async def test_put_replaces_but_keeps_the_secret_and_patch_merges(admin: tuple) -> None:
    client, path = admin
    await client.post("/subscriptions", json=NEW)
    replaced = await client.put(
        "/subscriptions/ops", json={"url": "https://other.example.com/h", "format": "cloudevents"}
    )
    assert replaced.status_code == 200
    assert replaced.json()["filters"]["kinds"] == [] and replaced.json()["secret_set"] is True
    patched = await client.patch(
        "/subscriptions/ops", json={"filters": {"min_severity": "critical"}, "rate_limit": 2}
    )
    assert patched.json()["filters"]["min_severity"] == "critical"
    assert patched.json()["rate_limit"] == 2
    assert patched.json()["url"] == "https://other.example.com/h"
    assert load_file(path).subscriptions[0].secrets[0].get_secret_value() == SECRET
    created = await client.put("/subscriptions/new", json={"url": "https://n.example.com/"})
    assert created.status_code == 201 and created.json()["secret_set"] is False


async def test_pause_resume_and_delete(admin: tuple) -> None:
    client, path = admin
    await client.post("/subscriptions", json=NEW)
    paused = await client.post("/subscriptions/ops/pause")
    assert paused.json()["enabled"] is False
    assert load_file(path).subscriptions[0].enabled is False
    assert (await client.post("/subscriptions/ops/resume")).json()["enabled"] is True
    assert (await client.delete("/subscriptions/ops")).status_code == 204
    assert (await client.get("/subscriptions/ops")).status_code == 404
    assert (await client.delete("/subscriptions/ops")).status_code == 404
    assert load_file(path).subscriptions == []


async def test_invalid_input_is_a_422_that_names_the_field_without_echoing_secrets(
    admin: tuple,
) -> None:
    client, _ = admin
    bad_secret = await client.post("/subscriptions", json={**NEW, "secrets": ["not-a-whsec-x"]})
    assert bad_secret.status_code == 422 and "not-a-whsec-x" not in bad_secret.text
    private = await client.post("/subscriptions", json={**NEW, "url": "http://10.0.0.7/hook"})
    assert private.status_code == 422 and "allow_private" in private.json()["error"]
    assert (await client.post("/subscriptions", content=b"[1,2")).status_code == 400
    unknown = await client.post("/subscriptions", json={**NEW, "colour": "red"})
    assert unknown.status_code == 422 and "colour" in unknown.json()["error"]
