"""Promotion, reload and feedback through the real command and the real API (models, SQLite store, PII tagger)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from model.registry import BUNDLED, ModelRegistry
from tests.serving.test_cli import run

HELPLINE_REPLY = "So sorry about the outage! Please call us on 0800 123 4567 and pass that on to Marcus at the desk."


def _broken_version(models: Path, name: str = "sentiment") -> str:
    """A copy of the bundled model without its English head, as a run killed mid-save had left one."""
    version, folder = ModelRegistry(models).new_version_dir(name)
    shutil.copytree(BUNDLED / name, folder)
    (folder / "en" / "head.npz").unlink()
    return version


def test_models_promote_refuses_a_version_that_does_not_load(tmp_path: Path) -> None:
    home = tmp_path / "home"
    version = _broken_version(home / "models")
    proc = run(["models", "promote", "sentiment", version], home)
    assert proc.returncode != 0
    assert "E305" in proc.stderr and version in proc.stderr and "head" in proc.stderr
    assert ModelRegistry(home / "models").current("sentiment") is None


@pytest.fixture(scope="module")
def app_env(tmp_path_factory: pytest.TempPathFactory):
    from serving.api import create_app
    from serving.config import Settings
    from serving.keys import create_key
    from serving.services import Services

    settings = Settings(home=tmp_path_factory.mktemp("home"), rate_limit_per_minute=6000)
    services = Services(settings)
    keys = {scope: create_key(services.store, scope, scope) for scope in ("agent", "trainer", "admin")}
    with TestClient(create_app(settings, services)) as client:
        yield client, keys, services


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.mark.slow
def test_a_reload_that_fails_keeps_serving_and_readyz_says_why(app_env) -> None:
    client, keys, services = app_env
    registry = ModelRegistry(services.settings.models_dir)
    version = _broken_version(services.settings.models_dir)
    registry.promote("sentiment", version)  # unchecked, as a version broken after its promotion
    try:
        reload = client.post("/v1/models/reload", headers=_auth(keys["admin"]))
        assert reload.status_code == 503 and "E306" in reload.json()["error"]["message"]
        post = {"id": "p1", "text": "My order arrived damaged, can you help?"}
        assert client.post("/v1/analyze", headers=_auth(keys["agent"]), json=post).status_code == 200
        assert client.post("/v1/drafts", headers=_auth(keys["agent"]), json=post).status_code == 200
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "degraded"  # it still serves
        assert "head" in ready.json()["reason"]
        assert 'replywise_model_info{component="sentiment",version="bundled"} 1.0' in client.get("/metrics").text
    finally:
        registry.rollback("sentiment")
    assert client.post("/v1/models/reload", headers=_auth(keys["admin"])).status_code == 200
    assert client.get("/readyz").json() == {"status": "ready"}


@pytest.mark.slow
def test_a_promoted_version_shows_in_metrics_after_reload(app_env) -> None:
    client, keys, services = app_env
    registry = ModelRegistry(services.settings.models_dir)
    version, folder = registry.new_version_dir("route")
    shutil.copytree(BUNDLED / "route", folder)
    registry.promote("route", version)
    try:
        assert client.post("/v1/models/reload", headers=_auth(keys["admin"])).status_code == 200
        assert f'replywise_model_info{{component="route",version="{version}"}} 1.0' in client.get("/metrics").text
    finally:
        registry.rollback("route")
        client.post("/v1/models/reload", headers=_auth(keys["admin"]))


@pytest.mark.slow
def test_a_feedback_case_is_redacted_and_dated_as_an_imported_case(app_env) -> None:
    client, keys, services = app_env
    post = "@Nimbus my broadband has been down since this morning"
    imported = {"id": "imp-helpline", "post": post, "reply": HELPLINE_REPLY, "brand": "Nimbus", "outcome": "resolved"}
    assert client.post("/v1/cases", headers=_auth(keys["trainer"]), json={"cases": [imported]}).json()["accepted"] == 1
    before = datetime.now(UTC) - timedelta(seconds=1)
    fb = {"id": "fb-helpline", "sent_text": HELPLINE_REPLY, "draft_text": HELPLINE_REPLY, "outcome": "resolved",
          "post": post, "brand": "Nimbus"}
    answer = client.post("/v1/feedback", headers=_auth(keys["trainer"]), json=fb).json()
    assert answer["case_added"] is True and answer["warnings"] == [] and answer["edited"] is False
    case, twin = services.store.get_case("fb-fb-helpline"), services.store.get_case("imp-helpline")
    assert case.reply == twin.reply and "0800 123 4567" in case.reply and "Marcus" in case.reply
    assert case.created_at is not None and datetime.fromisoformat(case.created_at) >= before


@pytest.mark.slow
@pytest.mark.parametrize("outcome,fragment", [("resloved", "'resloved' is not an outcome word"),
                                              ("rejected", "'rejected' is not an outcome word")])
def test_an_unknown_outcome_is_accepted_with_a_warning_and_says_why_no_case(app_env, outcome: str,
                                                                            fragment: str) -> None:
    client, keys, _ = app_env
    fb = {"id": f"fb-{outcome}", "sent_text": "Sorry about that, we have refunded the delivery fee today.",
          "outcome": outcome, "post": "@Nimbus you charged me for delivery twice", "brand": "Nimbus"}
    r = client.post("/v1/feedback", headers=_auth(keys["trainer"]), json=fb)
    body = r.json()
    assert r.status_code == 200 and body["stored"] is True and body["case_added"] is False
    assert any(fragment in w for w in body["warnings"])
    assert any(w.startswith("no case made") and "quality" in w for w in body["warnings"])


@pytest.mark.slow
def test_feedback_without_a_post_says_why_no_case_was_made(app_env) -> None:
    client, keys, _ = app_env
    fb = {"id": "fb-nopost", "sent_text": "Sorry about that, we have refunded the delivery fee today.",
          "outcome": "resolved"}
    body = client.post("/v1/feedback", headers=_auth(keys["trainer"]), json=fb).json()
    assert body["case_added"] is False
    assert any("no post to pair the reply with" in w for w in body["warnings"])
