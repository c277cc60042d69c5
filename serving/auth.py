"""API-key auth with scopes and a per-key rate limit (token bucket, per worker process)."""

from __future__ import annotations

import threading
import time
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from serving.errors import ApiError
from serving.keys import has_scope, verify_key
from serving.store import KeyRecord

# declared so the OpenAPI document and /docs know the API takes `Authorization: Bearer <key>` (the key itself is
# read and checked by ``authenticate``, which answers in the API's error shape)
_BEARER = HTTPBearer(auto_error=False, description="An API key from `replywise keys create --scope ...`")


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.rate = per_minute / 60.0
        self.capacity = max(per_minute / 6.0, 5.0)  # bursts of up to ten seconds' worth
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> tuple[bool, float]:
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return False, (1.0 - tokens) / self.rate
            self._buckets[key] = (tokens - 1.0, now)
            return True, 0.0


def _presented_key(request: Request, allow_query: bool) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    if allow_query:
        return request.query_params.get("key")
    return None


def authenticate(request: Request, scope: str | tuple[str, ...], allow_query: bool = False) -> KeyRecord:
    services = request.app.state.services
    key = _presented_key(request, allow_query)
    if not key:
        raise ApiError(401, "unauthorized", "Missing API key: send `Authorization: Bearer <key>`.",
                       {"WWW-Authenticate": "Bearer"})
    record = verify_key(services.store, key)
    if record is None:
        raise ApiError(401, "unauthorized", "Unknown or revoked API key.", {"WWW-Authenticate": "Bearer"})
    scopes = (scope,) if isinstance(scope, str) else scope
    if not any(has_scope(record, s) for s in scopes):
        raise ApiError(403, "forbidden", f"This key has scope '{record.scope}'; this endpoint needs "
                       f"{' or '.join(repr(s) for s in scopes)}.")
    ok, wait = request.app.state.limiter.allow(record.id)
    if not ok:
        raise ApiError(429, "rate_limited", f"Rate limit exceeded; retry in {wait:.1f} s.",
                       {"Retry-After": str(max(1, round(wait)))})
    request.state.key_id = record.id
    return record


def require(scope: str, *more: str):  # noqa: ANN201
    """A key with ``scope`` or any of ``more`` (admin may use all)."""
    scopes = (scope, *more) if more else scope

    def dependency(request: Request, _: Annotated[HTTPAuthorizationCredentials | None, Security(_BEARER)]) -> KeyRecord:
        return authenticate(request, scopes)

    dependency.scopes = scopes  # read when a body fails before the key is checked (serving.errors)
    return Annotated[KeyRecord, Depends(dependency)]


def check_route_key(request: Request) -> None:
    """Authenticate as the matched route would (raises ``ApiError``): FastAPI reads the body before its
    dependencies, so a malformed body from a caller with no key had got a 422 instead of the 401 it is due."""
    route = request.scope.get("route")
    for dep in getattr(getattr(route, "dependant", None), "dependencies", []):
        scopes = getattr(dep.call, "scopes", None)
        if scopes:
            authenticate(request, scopes)


AgentKey = require("agent")
QaKey = require("qa")
TrainerKey = require("trainer")
AdminKey = require("admin")
FeedbackKey = require("trainer", "agent")  # agents report what they sent; trainers may too
