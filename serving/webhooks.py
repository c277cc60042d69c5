"""Webhook adapters: a Chatwoot agent bot (private note with drafts and labels) and a generic signed webhook."""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Annotated, Any

import httpx
from fastapi import APIRouter, Query, Request
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from model.types import Post, ThreadMessage
from serving.auth import authenticate
from serving.errors import ApiError, describe_errors
from serving.jsonl import echo_id, loads_line
from serving.schemas import ERRORS, PostRequest

if TYPE_CHECKING:
    from serving.services import Services

log = logging.getLogger("replywise.webhooks")
router = APIRouter(prefix="/v1/integrations", responses=ERRORS)


def _is_incoming(payload: dict[str, Any]) -> bool:
    """Only a customer's new public message: never our own notes, agents' replies or other events (no loops)."""
    if payload.get("event") != "message_created":
        return False
    message_type = payload.get("message_type")
    if message_type not in ("incoming", 0):
        return False
    if payload.get("private") is True:
        return False
    content = payload.get("content")
    return isinstance(content, str) and bool(content.strip())


def format_note(result: dict[str, Any]) -> str:
    a = result["analysis"]
    u, s, p, r = a["urgency"], a["sentiment"], a["privacy"], a["route"]
    lines = [f"Replywise — urgency {u['level']} (reply within {u['reply_within_minutes']} min"
             + (f"; {', '.join(u['reasons'])}" if u["reasons"] else "") + ")",
             f"Sentiment {s['label']} · route {r['team']} · "
             + (f"move private ({p['channel_advice']})" if p["move_private"] else "can stay public")
             + (f" · PII: {', '.join(sorted({x['type'] for x in p['pii']}))}" if p["pii"] else ""), ""]
    for i, d in enumerate(result["drafts"], 1):
        # the draft_id lets the agent's tool report back through /v1/feedback which draft was sent
        lines.append(f"Draft {i} (scriptedness {d['scriptedness']:.2f}, id {d['draft_id']}): {d['text']}"
                     + (f"\n  Check: {d['check']}" if d.get("check") else ""))
    if not result["drafts"]:
        lines.append("No past case fits this message yet.")
    return "\n".join(lines)


def post_note(base_url: str, token: str, account_id: Any, conversation_id: Any, content: str,
              attempts: int = 4, backoff: float = 0.5) -> bool:
    """POST the private note; a Chatwoot that is down is retried with backoff, then logged (never raised)."""
    url = f"{base_url.rstrip('/')}/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages"
    body = {"content": content, "message_type": "outgoing", "private": True}
    for attempt in range(1, attempts + 1):
        try:
            resp = httpx.post(url, json=body, headers={"api_access_token": token}, timeout=10.0)
            if resp.status_code < 500 and resp.status_code != 429:
                if resp.status_code >= 400:
                    log.error("Chatwoot refused the note for conversation %s: HTTP %s", conversation_id,
                              resp.status_code)
                    return False
                return True
            log.warning("Chatwoot answered %s (attempt %d/%d)", resp.status_code, attempt, attempts)
        except httpx.HTTPError as exc:
            log.warning("Chatwoot unreachable (%s, attempt %d/%d)", type(exc).__name__, attempt, attempts)
        if attempt < attempts:
            time.sleep(backoff * 2 ** (attempt - 1))
    log.error("giving up on the note for conversation %s after %d attempts", conversation_id, attempts)
    return False


THREAD_MESSAGES = 10  # the conversation's last messages before the new one, read for its context


def fetch_thread(base_url: str, token: str, account_id: Any, conversation_id: Any,
                 current_id: Any) -> tuple[ThreadMessage, ...]:
    """The conversation so far from Chatwoot's messages API: the customer's messages and the agents' public
    replies, oldest first; private notes (ours among them), activity and the new message itself left out. One
    try: a Chatwoot that does not answer gets drafts for the message alone."""
    url = f"{base_url.rstrip('/')}/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages"
    try:
        resp = httpx.get(url, headers={"api_access_token": token}, timeout=5.0)
        items = resp.json().get("payload", []) if resp.status_code == 200 else []
    except (httpx.HTTPError, ValueError, AttributeError) as exc:
        log.warning("could not read the thread of conversation %s (%s)", conversation_id, type(exc).__name__)
        return ()
    if not isinstance(items, list):
        return ()
    roles = {0: "customer", "incoming": "customer", 1: "brand", "outgoing": "brand"}
    thread = [(m.get("created_at") or 0, ThreadMessage(text=m["content"], role=roles[m.get("message_type")]))
              for m in items if isinstance(m, dict) and isinstance(m.get("content"), str) and m["content"].strip()
              and m.get("message_type") in roles and not m.get("private") and str(m.get("id")) != str(current_id)]
    thread.sort(key=lambda pair: pair[0] if isinstance(pair[0], int | float) else 0)
    return tuple(message for _, message in thread[-THREAD_MESSAGES:])


def _draft_and_note(services: Services, payload: dict[str, Any]) -> None:
    try:
        conv = payload.get("conversation") or {}
        sender = payload.get("sender") if isinstance(payload.get("sender"), dict) else {}  # a bare "bob" names no one
        settings = services.settings
        services.refresh_models()  # a promotion made elsewhere reaches the agent bot too
        services.refresh_cases()
        account_id = (payload.get("account") or {}).get("id")
        thread = fetch_thread(settings.chatwoot_url, settings.chatwoot_token, account_id, conv.get("id"),
                              payload.get("id"))
        post = Post(text=payload["content"][:10_000], id=str(payload.get("id", "")),
                    channel=str(conv.get("channel") or "chat").replace("Channel::", "").lower(),
                    author=sender.get("name") if isinstance(sender.get("name"), str) else None, public=False,
                    thread=thread)
        result = services.draft_for(post, 3, post.id)  # remembered: feedback may name its draft_id
        post_note(settings.chatwoot_url, settings.chatwoot_token, account_id, conv.get("id"), format_note(result))
    except Exception:  # a background task has nobody to answer to: log it, keep serving
        log.exception("drafting for a Chatwoot message failed")
        _forget_delivery(services, _event_key(payload))  # Chatwoot's redelivery of it is drafted again


def _is_numeric_id(value: Any) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool) and value >= 0) or \
        (isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 20)


@router.post("/chatwoot", summary="Chatwoot agent-bot webhook (key in ?key= since Chatwoot sends no headers)")
async def chatwoot(request: Request, key: Annotated[str | None, Query(
        description="An agent key: Chatwoot cannot send an Authorization header")] = None) -> dict[str, Any]:
    authenticate(request, "agent", allow_query=True)
    try:
        payload = loads_line(await request.body())
    except ValueError as exc:  # bad syntax, bad UTF-8, too deep, too long a number
        raise ApiError(422, "validation_error", f"malformed JSON: {exc}") from exc
    if not isinstance(payload, dict):
        raise ApiError(422, "validation_error", "expected a JSON object")
    if not _is_incoming(payload):
        return {"status": "ignored"}
    conv, account = payload.get("conversation"), payload.get("account")
    if not isinstance(conv, dict) or not isinstance(account, dict) or "id" not in conv or "id" not in account:
        raise ApiError(422, "validation_error", "message_created needs conversation.id and account.id")
    if not all(_is_numeric_id(x["id"]) for x in (conv, account)):  # they go into the URL of the note: digits only
        raise ApiError(422, "validation_error", "conversation.id and account.id must be whole numbers")
    if not await run_in_threadpool(_first_delivery, request.app.state.services, _event_key(payload)):
        return {"status": "duplicate"}  # Chatwoot redelivered the event: one note per message
    # a pool of its own: a slow or hung Chatwoot held the shared threads and /healthz stopped answering
    queued = _DRAFTING.submit(_draft_and_note, request.app.state.services, payload)
    with _QUEUED_LOCK:
        _QUEUED[queued] = f"conversation {conv['id']}, message {payload.get('id')}"
    queued.add_done_callback(_dequeue)
    return {"status": "accepted"}


_DRAFTING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="chatwoot")
_QUEUED: dict[Future[None], str] = {}  # accepted and not yet noted: what shutdown waits for
_QUEUED_LOCK = threading.Lock()


def _dequeue(done: Future[None]) -> None:
    with _QUEUED_LOCK:
        _QUEUED.pop(done, None)


def drain(timeout: float) -> tuple[list[str], list[str]]:
    """Wait up to ``timeout`` seconds for the messages already accepted to be drafted and noted; then the ones never
    started (cancelled: no note will come, the agent drafts them by hand) and the ones still being drafted (noted if
    they finish before the process exits).

    Chatwoot sends an event once it got its 200: a restart (a deploy's SIGTERM) that dropped the queue lost those
    messages' notes without a word. The caller names what is left in the log.
    """
    with _QUEUED_LOCK:
        pending = dict(_QUEUED)
    if not pending:
        return [], []
    _, not_done = wait(pending, timeout=timeout)
    cancelled = [f for f in not_done if f.cancel()]  # (a queued job would otherwise still run as the process exits)
    return [pending[f] for f in cancelled], [pending[f] for f in not_done if f not in cancelled]
_SEEN: OrderedDict[str, None] = OrderedDict()  # only while the store cannot answer
_SEEN_LOCK = threading.Lock()


def _event_key(payload: dict[str, Any]) -> str | None:
    """The store's key for a Chatwoot message (None for a message without an id)."""
    if payload.get("id") is None:
        return None
    return f"chatwoot:{payload['account']['id']}:{payload['conversation']['id']}:{payload['id']}"


def _first_delivery(services: Services, key: str | None) -> bool:
    """Whether no worker has taken this message yet (a message without an id always is new).

    The store remembers it, not the process: with ``serve --workers 2`` or several instances on one PostgreSQL,
    a redelivery reaching another worker made a second note. A store that cannot answer (locked by a long import,
    down) costs no event: this process's own memory decides then.
    """
    if key is None:
        return True
    try:
        return services.store.first_delivery(key)
    except SQLAlchemyError as exc:
        log.warning("webhook deliveries not readable (%s): deduplicating in this process only", type(exc).__name__)
        with _SEEN_LOCK:
            if key in _SEEN:
                return False
            _SEEN[key] = None
            while len(_SEEN) > 5000:
                _SEEN.popitem(last=False)
        return True


def _forget_delivery(services: Services, key: str | None) -> None:
    """Let a redelivery of an event whose note failed be drafted again."""
    if key is None:
        return
    with _SEEN_LOCK:
        _SEEN.pop(key, None)
    try:
        services.store.forget_delivery(key)
    except SQLAlchemyError:
        log.warning("could not forget webhook delivery %s; a redelivery will be skipped", key)


def verify_signature(secret: str, body: bytes, header: str | None) -> bool:
    if not secret or not header:
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    given = header.split("=", 1)[1] if header.startswith("sha256=") else header
    # bytes: a non-ASCII header ("sha256=é") made compare_digest raise, a 500 where a 401 is due
    return hmac.compare_digest(expected.encode(), given.strip().encode("utf-8", "surrogateescape"))


@router.post("/webhook", summary="Generic webhook: HMAC-SHA256 of the body in X-Replywise-Signature")
async def generic_webhook(request: Request) -> dict[str, Any]:
    services = request.app.state.services
    body = await request.body()
    if not services.settings.webhook_secret:
        raise ApiError(503, "unavailable", "Set REPLYWISE_WEBHOOK_SECRET to enable the generic webhook.")
    if not verify_signature(services.settings.webhook_secret, body, request.headers.get("x-replywise-signature")):
        raise ApiError(401, "unauthorized", "Missing or wrong X-Replywise-Signature (sha256=<hex HMAC of body>).")
    try:
        post = PostRequest.model_validate_json(body)
    except ValidationError as exc:  # the field and what is wrong, as the other endpoints say it
        raise ApiError(422, "validation_error", describe_errors(exc.errors())) from exc

    from serving.services import to_post

    await run_in_threadpool(services.refresh_models)
    await run_in_threadpool(services.refresh_cases)
    return echo_id(post, await run_in_threadpool(services.draft_for, to_post(post), 3, post.id))
