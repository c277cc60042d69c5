"""The API through real HTTP semantics (TestClient over the ASGI app), real models and a real SQLite store."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def app_env(tmp_path_factory: pytest.TempPathFactory):
    from serving.api import create_app
    from serving.config import Settings
    from serving.keys import create_key
    from serving.services import Services

    home = tmp_path_factory.mktemp("home")
    settings = Settings(home=home, webhook_secret="s3cret", chatwoot_url="http://127.0.0.1:9", rate_limit_per_minute=6000)
    services = Services(settings)
    app = create_app(settings, services)
    keys = {scope: create_key(services.store, scope, f"test-{scope}") for scope in ("agent", "qa", "trainer", "admin")}
    with TestClient(app) as client:
        yield client, keys, services


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.mark.slow
def test_health_and_ready_need_no_key(app_env) -> None:
    client, _, _ = app_env
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    assert "replywise_requests_total" in client.get("/metrics").text


@pytest.mark.slow
def test_auth_errors(app_env) -> None:
    client, keys, _ = app_env
    post = {"id": "1", "text": "hello"}
    r = client.post("/v1/analyze", json=post)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    assert client.post("/v1/analyze", json=post, headers=auth("rw_nope")).status_code == 401
    r = client.post("/v1/analyze", json=post, headers=auth(keys["qa"]))
    assert r.status_code == 403 and "agent" in r.json()["error"]["message"]
    assert client.post("/v1/analyze", json=post, headers=auth(keys["admin"])).status_code == 200


@pytest.mark.slow
def test_analyze_single_and_batch(app_env) -> None:
    client, keys, _ = app_env
    r = client.post("/v1/analyze", headers=auth(keys["agent"]),
                    json={"id": "x", "text": "Charged twice! mail me at jo@example.com", "channel": "twitter"})
    body = r.json()
    assert r.status_code == 200 and body["id"] == "x"
    assert any(p["type"] == "EMAIL_ADDRESS" for p in body["privacy"]["pii"])
    r = client.post("/v1/analyze", headers=auth(keys["agent"]),
                    json={"posts": [{"id": "1", "text": "love it"}, {"id": "2", "text": "app keeps crashing"}]})
    assert [x["id"] for x in r.json()["results"]] == ["1", "2"]
    assert r.headers["X-Request-ID"]


@pytest.mark.slow
@pytest.mark.parametrize("body,fragment", [
    ({"id": "1"}, "text"),
    ({"id": "1", "text": ""}, "text"),
    ({"id": "1", "text": "x" * 10_001}, "text"),
    ({"posts": []}, "posts"),
])
def test_validation_errors_are_422_with_readable_messages(app_env, body: dict, fragment: str) -> None:
    client, keys, _ = app_env
    r = client.post("/v1/analyze", headers=auth(keys["agent"]), json=body)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "validation_error" and fragment in r.json()["error"]["message"]
    assert not re.search(r"function-|Request\b|\[", r.json()["error"]["message"])  # the caller's fields only


@pytest.mark.slow
def test_a_bad_post_of_a_batch_is_named_by_its_index_and_the_single_post_form_is_not_mentioned(app_env) -> None:
    """An acceptance run (eighth session): {"posts": [good, {"id": "x"}]} answered "posts.1.text: Field required;
    text: Field required", the second part from the one-post form of the body."""
    client, keys, _ = app_env
    r = client.post("/v1/analyze", headers=auth(keys["agent"]),
                    json={"posts": [{"id": "ok", "text": "my parcel is late"}, {"id": "x"}, "str"]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    assert r.json()["error"]["message"] == ("posts[1].text: Field required; posts[2]: Input should be a valid "
                                            "dictionary or object to extract fields from")
    single = client.post("/v1/analyze", headers=auth(keys["agent"]), json={"id": "x"})
    assert single.json()["error"]["message"] == "text: Field required"  # and not the batch form's "posts"


@pytest.mark.slow
def test_a_batch_whose_posts_is_no_list_is_422_not_read_as_one_post(app_env) -> None:
    """{"posts": "x", "text": "hi"} was scored as the one post "hi": the caller's batch was lost without a word."""
    client, keys, _ = app_env
    for posts in ("x", {"id": "a", "text": "my parcel is late"}, None):
        r = client.post("/v1/analyze", headers=auth(keys["agent"]), json={"posts": posts, "id": "s", "text": "hi"})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["message"].startswith("posts: "), r.json()
    both = client.post("/v1/analyze", headers=auth(keys["agent"]),
                       json={"posts": [{"id": "a", "text": "my parcel is late"}], "id": "s", "text": "hi"})
    assert both.status_code == 200 and [x["id"] for x in both.json()["results"]] == ["a"]  # the batch is read


@pytest.mark.slow
def test_an_id_too_large_to_read_is_422_not_inf(app_env) -> None:
    """An acceptance run (eighth session): {"id": 1e400} (read as infinity) was answered with "id": "inf"."""
    client, keys, _ = app_env
    json_body = auth(keys["agent"]) | {"Content-Type": "application/json"}
    for body in (b'{"id": 1e400, "text": "hello"}', b'{"id": NaN, "text": "hello"}',
                 b'{"posts": [{"id": "a", "text": "hi"}, {"id": -1e400, "text": "hello"}]}'):
        r = client.post("/v1/analyze", headers=json_body, content=body)
        assert r.status_code == 422, r.text
        assert "id" in r.json()["error"]["message"] and "too large to read" in r.json()["error"]["message"]
        assert '"inf"' not in r.text and "Infinity" not in r.text
    r = client.post("/v1/drafts", headers=json_body, content=b'{"id": 1e400, "text": "hello"}')
    assert r.status_code == 422 and "too large to read" in r.json()["error"]["message"]


@pytest.mark.slow
def test_a_jsonl_line_with_extra_fields_is_accepted_as_a_body(app_env) -> None:
    """A caller may post a line of its export as it is; unknown fields are ignored, as the CLI ignores them."""
    client, keys, _ = app_env
    r = client.post("/v1/analyze", headers=auth(keys["agent"]), json={"id": "1", "text": "hi", "agent": "AB"})
    assert r.status_code == 200 and r.json()["id"] == "1"
    r = client.post("/v1/audit", headers=auth(keys["qa"]),
                    json={"id": "c1", "post": "my parcel is late", "reply": "Sorry! DM us", "created_at": "2024-01-01"})
    assert r.status_code == 200 and r.json()["verdict"] in ("pass", "review", "fail")
    r = client.post("/v1/audit", headers=auth(keys["qa"]), json={"id": "c2", "post": "   ", "reply": "   "})
    assert r.status_code == 422 and "blank" in r.json()["error"]["message"]


@pytest.mark.slow
def test_malformed_json_is_422(app_env) -> None:
    client, keys, _ = app_env
    r = client.post("/v1/analyze", headers=auth(keys["agent"]) | {"Content-Type": "application/json"},
                    content=b'{"id": "1", "text": ')
    assert r.status_code == 422 and "JSON" in r.json()["error"]["message"]


@pytest.mark.slow
def test_cases_feedback_and_drafts(app_env) -> None:
    client, keys, services = app_env
    cases = [{"id": "api-1", "post": "@Nimbus my internet has been down since 8am", "brand": "Nimbus",
              "reply": "Sorry for the outage! Engineers are on it; check https://status.nimbus.example for updates."},
             {"id": "api-2", "post": "no reply here"}]
    r = client.post("/v1/cases", headers=auth(keys["trainer"]), json={"cases": cases})
    body = r.json()
    assert r.status_code == 200 and body["accepted"] == 1 and body["rejected"] == 1
    assert body["rejections"][0]["id"] == "api-2" and "reply" in body["rejections"][0]["reason"]
    # a lone surrogate in an echoed id must not turn the answer into a server error
    odd = client.post("/v1/cases", headers=auth(keys["trainer"]) | {"Content-Type": "application/json"},
                      content=b'{"cases": [{"id": "\\ud800x", "post": "hi"}]}')
    assert odd.status_code in (200, 422) and odd.json()
    again = client.post("/v1/cases", headers=auth(keys["trainer"]), json={"cases": cases[:1]}).json()
    assert again["accepted"] == 0 and again["already_present"] == 1

    r = client.post("/v1/drafts", headers=auth(keys["agent"]),
                    json={"id": "q1", "text": "@Nimbus internet down again in my area??", "brand": "Nimbus", "k": 2})
    drafts = r.json()
    assert r.status_code == 200 and len(drafts["drafts"]) == 2
    assert "api-1" in drafts["drafts"][0]["sources"]
    assert "https://status.nimbus.example" in drafts["drafts"][0]["text"]
    null_k = client.post("/v1/drafts", headers=auth(keys["agent"]), json={"text": "hello?", "k": None})
    assert null_k.status_code == 200 and len(null_k.json()["drafts"]) == 3  # "k": null is the default, as brand is

    fb = {"id": "fb-1", "draft_text": drafts["drafts"][0]["text"], "sent_text": drafts["drafts"][0]["text"] + " ^AB",
          "outcome": "resolved", "post": "@Nimbus internet down again", "brand": "Nimbus"}
    first = client.post("/v1/feedback", headers=auth(keys["trainer"]), json=fb).json()
    assert first["stored"] is True and first["case_added"] is True and first["edited"] is True
    assert client.post("/v1/feedback", headers=auth(keys["trainer"]), json=fb).json()["already_present"] is True
    assert services.store.get_case("fb-fb-1") is not None


@pytest.mark.slow
def test_audit_endpoint(app_env) -> None:
    client, keys, _ = app_env
    conv = {"id": "c1", "post": "You lost my bag and nobody helps!!", "public": True,
            "reply": "Please email us at help@example.com with your card number 4111 1111 1111 1111."}
    r = client.post("/v1/audit", headers=auth(keys["qa"]), json=conv)
    body = r.json()
    assert r.status_code == 200 and body["id"] == "c1" and body["verdict"] == "fail"
    assert set(body["scores"]) == {"empathy", "scriptedness", "tone_match", "privacy", "runaround", "next_step",
                                   "timeliness", "length"}
    assert client.post("/v1/audit", headers=auth(keys["agent"]), json=conv).status_code == 403


@pytest.mark.slow
def test_models_and_reload(app_env) -> None:
    client, keys, _ = app_env
    names = [m["name"] for m in client.get("/v1/models", headers=auth(keys["trainer"])).json()["models"]]
    assert {"sentiment", "urgency", "privacy", "route", "ranker"} <= set(names)
    assert client.post("/v1/models/reload", headers=auth(keys["trainer"])).status_code == 403
    assert client.post("/v1/models/reload", headers=auth(keys["admin"])).json()["reloaded"] is True


class _Chatwoot(BaseHTTPRequestHandler):
    received: list = []
    fetched: list = []
    messages: list = []

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((self.path, self.headers.get("api_access_token"), json.loads(body)))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def do_GET(self) -> None:  # noqa: N802 - the conversation's messages, as Chatwoot's API lists them
        type(self).fetched.append((self.path, self.headers.get("api_access_token")))
        body = json.dumps({"meta": {}, "payload": type(self).messages}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


@pytest.mark.slow
def test_chatwoot_agent_bot_posts_a_private_note(app_env) -> None:
    import time

    client, keys, services = app_env
    server = HTTPServer(("127.0.0.1", 0), _Chatwoot)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    services.settings.chatwoot_url = f"http://127.0.0.1:{server.server_port}"
    services.settings.chatwoot_token = "tok"
    try:
        event = {"event": "message_created", "message_type": "incoming", "content": "my order never arrived",
                 "id": 7, "private": False, "conversation": {"id": 42}, "account": {"id": 3},
                 "sender": {"name": "Ana"}}
        r = client.post(f"/v1/integrations/chatwoot?key={keys['agent']}", json=event)
        assert r.status_code == 200 and r.json()["status"] == "accepted"
        for ignored in ({**event, "message_type": "outgoing"}, {**event, "private": True},
                        {**event, "event": "conversation_created"}):
            assert client.post(f"/v1/integrations/chatwoot?key={keys['agent']}", json=ignored).json()["status"] == "ignored"
        assert client.post("/v1/integrations/chatwoot?key=rw_bad", json=event).status_code == 401
        for _ in range(200):  # drafting runs in the bot's own pool, after the 200
            if _Chatwoot.received:
                break
            time.sleep(0.05)
        path, token, note = _Chatwoot.received[-1]
        assert path == "/api/v1/accounts/3/conversations/42/messages" and token == "tok"
        assert note["private"] is True and note["message_type"] == "outgoing"
        assert "urgency" in note["content"] and "Draft 1" in note["content"]
        assert re.search(r"id d-\w+\)", note["content"])  # a draft_id the agent's tool can report back on
        redelivered = client.post(f"/v1/integrations/chatwoot?key={keys['agent']}", json=event).json()
        assert redelivered["status"] == "duplicate"  # Chatwoot retried the event: still one note
        from serving.api import create_app
        from serving.config import Settings
        from serving.services import Services

        other = Settings(home=services.settings.home, chatwoot_url=services.settings.chatwoot_url)
        other_worker = TestClient(create_app(other, Services(other)))  # `serve --workers 2`: same store
        assert other_worker.post(f"/v1/integrations/chatwoot?key={keys['agent']}", json=event).json()["status"] \
            == "duplicate"
        assert other_worker.post(f"/v1/integrations/chatwoot?key={keys['agent']}",
                                 json={**event, "id": 8, "message_type": "outgoing"}).json()["status"] == "ignored"
        time.sleep(0.5)
        assert len(_Chatwoot.received) == 1  # outgoing, private and other events made no note
    finally:
        server.shutdown()


class _SlowChatwoot(_Chatwoot):
    def do_POST(self) -> None:  # noqa: N802 - a Chatwoot that takes its time to store the note
        import time

        time.sleep(1.0)
        super().do_POST()


@pytest.mark.slow
def test_a_shutdown_waits_for_the_chatwoot_notes_already_accepted(app_env) -> None:
    import time

    from serving.api import create_app
    from serving.webhooks import drain

    _, keys, services = app_env
    _Chatwoot.received, _Chatwoot.messages = [], []
    server = HTTPServer(("127.0.0.1", 0), _SlowChatwoot)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    services.settings.chatwoot_url = f"http://127.0.0.1:{server.server_port}"
    services.settings.chatwoot_token = "tok"
    event = {"event": "message_created", "message_type": "incoming", "content": "where is my refund?",
             "private": False, "conversation": {"id": 51}, "account": {"id": 3}}
    try:
        with TestClient(create_app(services.settings, services, warm=False)) as client:  # a deploy's restart
            for message_id in (901, 902):
                r = client.post(f"/v1/integrations/chatwoot?key={keys['agent']}", json={**event, "id": message_id})
                assert r.json()["status"] == "accepted"
            assert _Chatwoot.received == []  # still drafting or noting when the server is told to stop
        # Chatwoot sends an event once: both notes were posted before the app finished shutting down
        assert sorted(note["content"].count("Draft 1") for *_, note in _Chatwoot.received) == [1, 1]

        with TestClient(create_app(services.settings, services, warm=False)) as client:
            for message_id in (903, 904, 905):  # two drafting (the pool has two threads), one queued
                client.post(f"/v1/integrations/chatwoot?key={keys['agent']}", json={**event, "id": message_id})
            dropped, running = drain(0.05)  # what a shutdown cut short is named; a queued one will never run
            assert dropped == ["conversation 51, message 905"] and len(running) == 2, (dropped, running)
            assert drain(60) == ([], [])
            time.sleep(1.5)
            assert len(_Chatwoot.received) == 4  # two before, 903 and 904: the cancelled 905 made no note
    finally:
        server.shutdown()
        services.settings.chatwoot_url = "http://127.0.0.1:9"


@pytest.mark.slow
def test_chatwoot_drafts_read_the_conversation_so_far(app_env) -> None:
    import time

    client, keys, services = app_env
    _Chatwoot.received, _Chatwoot.fetched = [], []
    _Chatwoot.messages = [
        {"id": 1, "content": "my parcel never arrived, ordered two weeks ago", "message_type": 0, "created_at": 100},
        {"id": 2, "content": "Replywise — an earlier note", "message_type": 1, "private": True, "created_at": 101},
        {"id": 3, "content": "any news?", "message_type": 0, "created_at": 102},
    ]
    server = HTTPServer(("127.0.0.1", 0), _Chatwoot)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    services.settings.chatwoot_url = f"http://127.0.0.1:{server.server_port}"
    services.settings.chatwoot_token = "tok"
    try:
        event = {"event": "message_created", "message_type": "incoming", "content": "any news?", "id": 3,
                 "private": False, "conversation": {"id": 42}, "account": {"id": 3}}
        assert client.post(f"/v1/integrations/chatwoot?key={keys['agent']}", json=event).status_code == 200
        for _ in range(100):
            if _Chatwoot.received:
                break
            time.sleep(0.05)
        assert _Chatwoot.fetched == [("/api/v1/accounts/3/conversations/42/messages", "tok")]
        note = _Chatwoot.received[-1][2]["content"]
        assert "repeated_contact" in note  # the parcel message went unanswered; "any news?" alone says nothing
    finally:
        server.shutdown()
        _Chatwoot.messages = []


@pytest.mark.slow
def test_chatwoot_refuses_ids_that_are_not_numbers_and_hostile_json(app_env) -> None:
    client, keys, _ = app_env
    url = f"/v1/integrations/chatwoot?key={keys['agent']}"
    event = {"event": "message_created", "message_type": "incoming", "content": "hi", "private": False,
             "conversation": {"id": "77/../../platform/api/v1/users?x="}, "account": {"id": 3}}
    r = client.post(url, json=event)
    assert r.status_code == 422 and "whole numbers" in r.json()["error"]["message"]
    for body in (b"[" * 30_000, b'{"id": ' + b"9" * 5000 + b"}"):
        r = client.post(url, content=body, headers={"Content-Type": "application/json"})
        assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"


@pytest.mark.slow
def test_cases_repeated_in_one_request_and_a_bad_item_cost_only_themselves(app_env) -> None:
    client, keys, services = app_env
    first = {"id": "dup-1", "post": "my cello case arrived cracked", "reply": "So sorry! DM us a photo and we'll "
             "replace the case this week.", "brand": "StringCo"}
    later = first | {"reply": "A different reply that was never stored."}
    r = client.post("/v1/cases", headers=auth(keys["trainer"]), json={"cases": [first, later, "not a case"]})
    body = r.json()
    assert r.status_code == 200 and body["accepted"] == 1 and body["already_present"] == 1 and body["rejected"] == 1
    assert body["rejections"][0]["index"] == 2
    indexed = [c for c in services.retriever.cases_ if c.id == "dup-1"]
    assert [c.reply for c in indexed] == [first["reply"]]  # the index holds what the store holds
    # an acceptance run (eighth session): a used id with another text was counted as present without a word
    assert body["conflicts"] == 1 and [(c["index"], c["id"]) for c in body["conflicting"]] == [(1, "dup-1")]
    assert "earlier case of this batch" in body["conflicting"][0]["reason"]
    again = client.post("/v1/cases", headers=auth(keys["trainer"]), json={"cases": [first, later]}).json()
    assert again["already_present"] == 2 and again["present_ids"] == ["dup-1", "dup-1"] and again["conflicts"] == 1
    assert again["conflicting"][0]["index"] == 1 and "stored case with this id" in again["conflicting"][0]["reason"]
    assert services.store.get_case("dup-1").reply == first["reply"]  # kept, never overwritten


@pytest.mark.slow
def test_a_case_outcome_object_keeps_its_resolved_flag_beside_the_csat(app_env) -> None:
    """An acceptance run (eighth session): {"resolved": true, "csat": 5} was stored as "csat:5"."""
    client, keys, services = app_env
    case = {"id": "outcome-obj", "post": "my blender lid cracked", "reply": "Sorry! A new lid ships today.",
            "brand": "BlendCo", "outcome": {"resolved": True, "thanked": True, "csat": 4}}
    body = client.post("/v1/cases", headers=auth(keys["trainer"]), json={"cases": [case]}).json()
    assert body["accepted"] == 1, body
    stored = services.store.get_case("outcome-obj")
    assert stored.outcome == "resolved, thanked, csat:4" and stored.quality == 0.75  # the CSAT weighs, as before
    bad = client.post("/v1/cases", headers=auth(keys["trainer"]),
                      json={"cases": [case | {"id": "outcome-bad", "outcome": {"resolved": False, "csat": 9}}]}).json()
    assert bad["rejected"] == 1 and "CSAT must be 1-5" in bad["rejections"][0]["reason"]


@pytest.mark.slow
def test_feedback_with_a_bad_outcome_is_refused_and_stores_nothing(app_env) -> None:
    client, keys, _ = app_env
    fb = {"id": "fb-bad-outcome", "draft_text": "Sorry! DM us.", "sent_text": "Sorry! DM us please.",
          "outcome": "csat:9"}
    assert client.post("/v1/feedback", headers=auth(keys["trainer"]), json=fb).status_code == 422
    fixed = client.post("/v1/feedback", headers=auth(keys["trainer"]), json=fb | {"outcome": "csat:5"}).json()
    assert fixed["stored"] is True and fixed["already_present"] is False


@pytest.mark.slow
def test_generic_webhook_checks_the_signature(app_env) -> None:
    client, _, _ = app_env
    body = json.dumps({"id": "w1", "text": "my card was charged twice"}).encode()
    sig = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    ok = client.post("/v1/integrations/webhook", content=body, headers={"X-Replywise-Signature": sig,
                                                                        "Content-Type": "application/json"})
    assert ok.status_code == 200 and ok.json()["id"] == "w1"
    bad = client.post("/v1/integrations/webhook", content=body, headers={"X-Replywise-Signature": "sha256=00"})
    assert bad.status_code == 401
    odd = client.post("/v1/integrations/webhook", content=body, headers={"X-Replywise-Signature": "sha256=é".encode()})
    assert odd.status_code == 401  # a non-ASCII signature had raised a 500
    empty = json.dumps({"id": "w2", "text": ""}).encode()
    r = client.post("/v1/integrations/webhook", content=empty, headers={
        "X-Replywise-Signature": "sha256=" + hmac.new(b"s3cret", empty, hashlib.sha256).hexdigest()})
    assert r.status_code == 422 and r.json()["error"]["message"].startswith("text:"), r.text


@pytest.mark.slow
def test_the_key_is_checked_before_the_body_and_feedback_says_what_it_could_not_do(app_env) -> None:
    """A malformed body from a caller without a key is a 401 (it had been a 422), from a key without the
    scope a 403; the generic webhook's drafts are remembered for feedback; feedback naming a draft this service
    never handed out, or none at all, is stored with a warning saying what could not be measured."""
    client, keys, _ = app_env
    assert client.post("/v1/analyze", content="{bad", headers={"Content-Type": "application/json"}).status_code == 401
    assert client.post("/v1/cases", content="{bad", headers=auth(keys["agent"])).status_code == 403
    r = client.post("/v1/analyze", content="{bad", headers=auth(keys["agent"]))
    assert r.status_code == 422 and "malformed JSON" in r.json()["error"]["message"]
    r = client.post("/v1/analyze", json={"id": "1", "text": ""}, headers=auth(keys["agent"]))
    assert not r.json()["error"]["message"].startswith("posts"), r.text  # one post: no word of the batch form
    body = json.dumps({"id": "w9", "text": "my parcel is lost, can you help?", "brand": "ShipIt"}).encode()
    sig = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    drafts = client.post("/v1/integrations/webhook", content=body, headers={"X-Replywise-Signature": sig}).json()
    fb = client.post("/v1/feedback", headers=auth(keys["agent"]), json={
        "id": "fb-w9", "draft_id": drafts["drafts"][0]["draft_id"], "sent_text": drafts["drafts"][0]["text"],
        "outcome": {"resolved": True, "csat": 5}}).json()
    assert fb["edited"] is False and fb["warnings"] == []  # sent as drafted, its name redacted alike in both
    unknown = client.post("/v1/feedback", headers=auth(keys["agent"]), json={
        "id": "fb-unknown", "draft_id": "d-nothere", "sent_text": "Sorry, DM us please", "outcome": "resolved"}).json()
    assert unknown["stored"] and "draft_text" in unknown["warnings"][0]
    bare = client.post("/v1/feedback", headers=auth(keys["agent"]), json={
        "id": "fb-bare", "sent_text": "Sorry, DM us please", "outcome": "resolved"}).json()
    assert bare["stored"] and bare["edited"] is None and bare["warnings"]


@pytest.mark.slow
def test_batch_audit_job_and_report(app_env, tmp_path: Path) -> None:
    import time

    client, keys, _ = app_env
    lines = "\n".join(json.dumps({"id": f"j{i}", "post": "where is my parcel?", "reply": f"Sorry! We'll check order {i} today."})
                      for i in range(5)) + "\n{bad\n"
    r = client.post("/v1/audit/jobs", headers=auth(keys["qa"]) | {"Content-Type": "application/x-ndjson"},
                    content=lines.encode())
    job = r.json()
    assert r.status_code == 200 and job["total"] == 5 and job["rejected"][0]["line"] == 6
    for _ in range(200):
        status = client.get(f"/v1/audit/jobs/{job['id']}", headers=auth(keys["qa"])).json()
        if status["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert status["state"] == "done", status
    html = client.get(f"/v1/audit/jobs/{job['id']}/report/index.html?key={keys['qa']}")
    assert html.status_code == 200 and "<img" in html.text
    assert client.get(f"/v1/audit/jobs/{job['id']}/report/..%2F..%2Fstatus.json?key={keys['qa']}").status_code == 404
    # names the file system cannot hold are unknown files, not server errors
    assert client.get(f"/v1/audit/jobs/{job['id']}/report/a%00b?key={keys['qa']}").status_code == 404
    assert client.get(f"/v1/audit/jobs/{job['id']}/report/{'x' * 300}?key={keys['qa']}").status_code == 404
    assert client.get(f"/v1/audit/jobs/{'a' * 300}", headers=auth(keys["qa"])).status_code == 404


@pytest.mark.slow
def test_drafts_take_the_thread_so_far(app_env) -> None:
    client, keys, _ = app_env
    body = {"id": "th1", "text": "done", "brand": "Trackly",
            "thread": ["@Trackly my parcel never arrived",
                       {"role": "brand", "text": "So sorry! Please send us a DM with your order number."}]}
    r = client.post("/v1/drafts", headers=auth(keys["agent"]), json=body)
    assert r.status_code == 200 and r.json()["drafts"]
    assert not any("DM" in d["text"] for d in r.json()["drafts"])  # they were asked already, and did it
    r = client.post("/v1/drafts", headers=auth(keys["agent"]),
                    json=body | {"thread": [{"role": "boss", "text": "x"}]})
    assert r.status_code == 422 and "role" in r.json()["error"]["message"]
    # analyze scores the post alone: a thread there is refused, not silently ignored
    r = client.post("/v1/analyze", headers=auth(keys["agent"]), json={"id": "a", "text": "done", "thread": ["x"]})
    assert r.status_code == 422


@pytest.mark.slow
def test_a_numeric_id_comes_back_as_the_number_it_was(app_env) -> None:
    client, keys, _ = app_env
    agent, qa = auth(keys["agent"]), auth(keys["qa"])
    assert client.post("/v1/analyze", headers=agent, json={"id": 5, "text": "my parcel never arrived"}).json()["id"] == 5
    batch = client.post("/v1/analyze", headers=agent, json={"posts": [{"id": 6, "text": "hi"}, {"id": "x", "text": "hi"}]})
    assert [r["id"] for r in batch.json()["results"]] == [6, "x"]
    assert client.post("/v1/drafts", headers=agent, json={"id": 7, "text": "my parcel never arrived"}).json()["id"] == 7
    audited = client.post("/v1/audit", headers=qa, json={"id": 8, "post": "where is my parcel?", "reply": "Sorry! DM us."})
    assert audited.status_code == 200 and audited.json()["id"] == 8


@pytest.mark.slow
def test_agents_may_report_feedback_and_a_qa_key_may_not(app_env) -> None:
    client, keys, _ = app_env
    fb = {"id": "fb-agent-1", "draft_text": "Sorry! DM us your order number.", "sent_text": "Sorry! Please DM us.",
          "outcome": "resolved"}
    assert client.post("/v1/feedback", headers=auth(keys["agent"]), json=fb).status_code == 200
    refused = client.post("/v1/feedback", headers=auth(keys["qa"]), json=fb | {"id": "fb-qa"})
    assert refused.status_code == 403 and "'trainer' or 'agent'" in refused.json()["error"]["message"]


@pytest.mark.slow
def test_a_promotion_made_elsewhere_is_loaded_by_every_worker(app_env, tmp_path) -> None:
    """Another worker's reload, or the CLI, promotes a version: this worker loads it at its next request."""
    import shutil

    from model.registry import BUNDLED, ModelRegistry

    _, _, services = app_env
    registry = ModelRegistry(services.settings.models_dir)
    version, folder = registry.new_version_dir("route")
    shutil.copytree(BUNDLED / "route", folder)
    before = services.analyzer
    services.refresh_models(every_seconds=0)
    assert services.analyzer is before  # nothing promoted yet: nothing reloaded
    registry.promote("route", version)
    services.refresh_models(every_seconds=0)
    assert services.analyzer is not before
    registry.rollback("route")
    services.refresh_models(every_seconds=0)


@pytest.mark.slow
def test_feedback_naming_a_draft_id_turns_the_post_it_answered_into_a_case(app_env) -> None:
    """The contract's feedback body has no post: the draft_id handed out with the drafts links it."""
    client, keys, services = app_env
    post = {"id": "p-link", "text": "My parcel never arrived, call me on 07700 900123", "brand": "ShipIt"}
    drafts = client.post("/v1/drafts", headers=auth(keys["agent"]), json=post).json()["drafts"]
    assert drafts and all(d["draft_id"].startswith("d-") for d in drafts)
    fb = {"id": "fb-link", "draft_id": drafts[0]["draft_id"], "sent_text": "So sorry! DM us the tracking number.",
          "outcome": "resolved"}
    answer = client.post("/v1/feedback", headers=auth(keys["agent"]), json=fb).json()
    assert answer["case_added"] is True and answer["edited"] is not None
    case = services.store.get_case(f"fb-{drafts[0]['draft_id']}")  # one case per draft handed out
    assert case.brand == "ShipIt" and "parcel never arrived" in case.post and "07700" not in case.post


@pytest.mark.slow
def test_an_agent_key_cannot_add_a_post_of_its_own_as_a_case(app_env) -> None:
    client, keys, services = app_env
    fb = {"id": "fb-agent-post", "sent_text": "Here is a great reply", "outcome": "resolved",
          "post": "a post the agent made up"}
    assert client.post("/v1/feedback", headers=auth(keys["agent"]), json=fb).json()["case_added"] is False
    assert services.store.get_case("fb-fb-agent-post") is None



@pytest.mark.slow
def test_body_limits_and_media_types(app_env) -> None:
    """A chunked body has no Content-Length: over the limit it is still a 413, not a 422 after reading it whole.
    A JSON body sent as a form (`curl -d`) or as text is read as JSON; XML gets a 415 saying what to send."""
    from serving.api import MAX_BODY_BYTES

    client, keys, _ = app_env

    def chunks():  # no Content-Length: httpx sends Transfer-Encoding: chunked
        piece = b'{"id": "big", "text": "' + b"x" * 1_000_000
        for _ in range(MAX_BODY_BYTES // len(piece) + 2):
            yield piece

    r = client.post("/v1/analyze", headers=auth(keys["agent"]) | {"Content-Type": "application/json"}, content=chunks())
    assert r.status_code == 413 and r.json()["error"]["code"] == "payload_too_large"
    body = json.dumps({"id": "f", "text": "my parcel never came"})
    for media in ("application/x-www-form-urlencoded", "text/plain; charset=utf-8"):
        r = client.post("/v1/analyze", headers=auth(keys["agent"]) | {"Content-Type": media}, content=body)
        assert r.status_code == 200 and r.json()["id"] == "f", r.text
    r = client.post("/v1/analyze", headers=auth(keys["agent"]) | {"Content-Type": "application/xml"},
                    content="<post>hi</post>")
    assert r.status_code == 415 and "application/json" in r.json()["error"]["message"]
    r = client.post("/v1/analyze", headers=auth(keys["agent"]) | {"Content-Type": "text/plain"}, content="not json")
    assert r.status_code == 422 and "malformed JSON" in r.json()["error"]["message"]


@pytest.mark.slow
def test_the_openapi_document_declares_errors_for_the_webhook_and_jobs_and_logs_hide_keys(app_env) -> None:
    import logging

    from serving.api import _HideKeys

    client, _, _ = app_env
    paths = client.get("/openapi.json").json()["paths"]
    chatwoot = paths["/v1/integrations/chatwoot"]["post"]
    assert {"401", "403", "413", "422"} <= set(chatwoot["responses"])
    assert any(p["name"] == "key" and p["in"] == "query" for p in chatwoot["parameters"])
    assert {"401", "422"} <= set(paths["/v1/audit/jobs"]["post"]["responses"])
    for path in ("/v1/audit/jobs/{job_id}", "/v1/audit/jobs/{job_id}/report/{name}"):
        assert {"401", "403", "404"} <= set(paths[path]["get"]["responses"]), path
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5", "POST", "/v1/integrations/chatwoot?key=rw_secret", "1.1", 200), None)
    assert any(isinstance(f, _HideKeys) for f in logging.getLogger("uvicorn.access").filters)
    _HideKeys().filter(record)
    assert "rw_secret" not in record.getMessage()


@pytest.mark.slow
def test_the_api_docs_load_their_scripts_from_the_service_not_a_cdn(app_env) -> None:
    import re

    client, _, _ = app_env
    for page in ("/docs", "/redoc"):
        html = client.get(page)
        assert html.status_code == 200 and "cdn." not in html.text
        scripts = re.findall(r'(?:src|href)="(/[^"]+\.(?:js|css))"', html.text)
        assert scripts, f"{page} names no script of its own"
        for url in scripts:
            asset = client.get(url)
            assert asset.status_code == 200 and len(asset.content) > 10_000, url


def test_the_chatwoot_note_shows_what_to_check_in_a_draft_lent_from_a_similar_question() -> None:
    from serving.webhooks import format_note

    analysis = {"urgency": {"level": "normal", "reply_within_minutes": 60, "reasons": []},
                "sentiment": {"label": "neutral"}, "privacy": {"move_private": False, "channel_advice": "none", "pii": []},
                "route": {"team": "support"}}
    check = 'the brand\'s answer to a similar question ("what are the PC specs?"): check that it answers this post'
    note = format_note({"analysis": analysis, "drafts": [
        {"text": "Thanks for asking!", "scriptedness": 0.2, "draft_id": "d-1"},
        {"text": "Minimum specs: GTX 1060.", "scriptedness": 0.3, "draft_id": "d-2", "check": check}]})
    lines = note.splitlines()
    assert lines[-1] == f"  Check: {check}" and lines[-2].startswith("Draft 2") and "Check" not in lines[-3]


@pytest.mark.slow
def test_served_with_a_background_warm_up_healthz_answers_at_once_and_readyz_waits_for_the_models(app_env) -> None:
    """`serve` loads the models after it starts listening: a liveness probe must not kill a server still loading, and
    a load balancer must not send it traffic before /readyz says ready."""
    from serving.api import create_app

    _, _, services = app_env
    gate = threading.Event()
    original = services.warm_up

    def slow_warm_up() -> None:
        gate.wait(30)
        original()

    services.warm_up = slow_warm_up
    settings = services.settings.model_copy(update={"warm_in_background": True})
    try:
        with TestClient(create_app(settings, services)) as client:
            assert client.get("/healthz").json() == {"status": "ok"}
            loading = client.get("/readyz")
            assert loading.status_code == 503 and "loading" in loading.json()["error"]["message"]
            gate.set()
            for _ in range(600):
                if client.get("/readyz").status_code == 200:
                    break
                time.sleep(0.05)
            assert client.get("/readyz").json() == {"status": "ready"}
    finally:
        services.warm_up = original


@pytest.mark.slow
def test_a_background_warm_up_that_fails_says_why_on_readyz(app_env) -> None:
    from serving.api import create_app

    _, _, services = app_env
    original = services.warm_up

    def broken() -> None:
        raise OSError("bank.json is unreadable")

    services.warm_up = broken
    settings = services.settings.model_copy(update={"warm_in_background": True})
    try:
        with TestClient(create_app(settings, services)) as client:
            for _ in range(200):
                ready = client.get("/readyz")
                if "failed" in ready.text:
                    break
                time.sleep(0.05)
            assert ready.status_code == 503 and "bank.json is unreadable" in ready.json()["error"]["message"]
            assert client.get("/healthz").status_code == 200
    finally:
        services.warm_up = original
