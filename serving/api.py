"""The FastAPI application: built by ``create_app()`` (uvicorn factory), models loaded once in the lifespan."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi_offline import FastAPIOffline
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from starlette.concurrency import run_in_threadpool

from serving.auth import RateLimiter
from serving.config import Settings, get_settings
from serving.errors import error_response, install_error_handlers
from serving.services import Services
from serving.webhooks import drain

log = logging.getLogger("replywise.api")
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # a batch audit upload (JSONL or CSV) to /v1/audit/jobs


def body_limit(path: str) -> int:
    return MAX_UPLOAD_BYTES if path.startswith("/v1/audit/jobs") else MAX_BODY_BYTES


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("replywise_requests_total", "HTTP requests", ["route", "status"],
                                registry=self.registry)
        self.latency = Histogram("replywise_request_seconds", "Request latency", ["route"], registry=self.registry,
                                 buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
        self.model = Gauge("replywise_model_info", "Model version in use", ["component", "version"],
                           registry=self.registry)


# Bodies these endpoints read as JSON whatever the header says: `curl -d '{...}'` sends a form type, and a
# 422 "Input should be a valid dictionary" for a well-formed JSON body helps nobody. Batch audits take CSV too.
_LENIENT_TYPES = (b"", b"text/plain", b"application/x-www-form-urlencoded")
_RAW_BODY_PATHS = ("/v1/audit/jobs", "/v1/integrations/")


class BodyGuard:
    """Pure ASGI: a body over the limit gets 413 however it is sent (a chunked body has no Content-Length,
    and had been read whole, then refused as 422); a JSON body sent as text or a form is read as JSON; a
    body of another media type (XML, multipart) gets 415 with what to send instead."""

    def __init__(self, app) -> None:  # noqa: ANN001
        self.app = app

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        headers = dict(scope.get("headers") or [])
        media = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if path.startswith("/v1/") and not path.startswith(_RAW_BODY_PATHS):
            if media in _LENIENT_TYPES:  # in place: the outer middleware reads the route FastAPI sets on this scope
                scope["headers"] = [(k, v) for k, v in scope["headers"] if k != b"content-type"] + [
                    (b"content-type", b"application/json")]
            elif media != b"application/json" and not media.endswith(b"+json"):
                response = error_response(415, "unsupported_media_type",
                                          f"Content-Type {media.decode('latin-1')!r} is not read here: send a JSON "
                                          "body as application/json.")
                return await response(scope, receive, send)
        received, limit = 0, body_limit(path)

        async def counted() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:  # raised inside the app: mapped to JSON by the error handlers
                    raise HTTPException(413, f"Body over {limit} bytes.")
            return message

        await self.app(scope, counted, send)


class _HideKeys(logging.Filter):
    """Masks ``key=...`` in the access log's request line (uvicorn logs the path with its query string)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_KEY_IN_QUERY.sub(r"\1***", a) if isinstance(a, str) else a for a in record.args)
        return True


_KEY_IN_QUERY = re.compile(r"([?&](?:key|api_key|token)=)[^&\s]+")


def create_app(settings: Settings | None = None, services: Services | None = None, warm: bool = True) -> FastAPI:
    settings = settings or get_settings()
    services = services or Services(settings)
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _HideKeys) for f in access.filters):
        access.addFilter(_HideKeys())  # the Chatwoot URL carries its key in ?key=: never in a log

    def mark_ready() -> None:
        app.state.ready = True
        _record_versions(app)

    async def warm_up() -> None:
        started = time.perf_counter()
        try:
            await run_in_threadpool(services.warm_up)
        except Exception as exc:  # in the background: /readyz says why instead of a dead task
            app.state.warm_error = f"{type(exc).__name__}: {exc}"
            log.exception("models failed to load")
            return
        log.info("models loaded in %.1f s", time.perf_counter() - started)
        mark_ready()

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        settings.ensure_home()
        warming = None
        if warm and settings.warm_in_background:  # listening now; requests before the end load what they need
            warming = asyncio.create_task(warm_up())
        elif warm:
            await warm_up()
            if not app.state.ready:
                raise RuntimeError(f"models failed to load: {app.state.warm_error}")
        else:
            mark_ready()
        yield
        if warming is not None and not warming.done():
            warming.cancel()
        app.state.ready = False
        services.save_audit_memory()  # the last replies audited since the previous save (first: a supervisor may not wait)
        dropped, running = await run_in_threadpool(drain, settings.shutdown_drain_seconds)
        if dropped:
            log.error("shutting down with %d Chatwoot messages never drafted (%s): draft them by hand", len(dropped),
                      "; ".join(dropped))
        if running:
            log.warning("shutting down while %d Chatwoot messages are still being drafted (%s): noted only if they "
                        "finish before the process exits", len(running), "; ".join(running))

    # Swagger UI and ReDoc served from the package, not a CDN: /docs works on a machine without internet
    app = FastAPIOffline(title="Replywise", version="0.1.0", lifespan=lifespan,
                         description="Reply recommendations for social-media customer care: scores, drafts, audits.")
    app.state.services = services
    app.state.settings = settings
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.metrics = Metrics()
    app.state.ready = False
    app.state.warm_error = None
    install_error_handlers(app)
    app.add_middleware(BodyGuard)

    @app.middleware("http")
    async def request_context(request: Request, call_next):  # noqa: ANN001, ANN202
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex[:16]
        request.state.request_id = rid
        length = request.headers.get("content-length")
        limit = body_limit(request.url.path)
        if length and length.isdigit() and int(length) > limit:
            return error_response(413, "payload_too_large", f"Body over {limit} bytes.", {"X-Request-ID": rid})
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        elapsed = time.perf_counter() - started
        app.state.metrics.requests.labels(path, str(response.status_code)).inc()
        app.state.metrics.latency.labels(path).observe(elapsed)
        response.headers["X-Request-ID"] = rid
        # Method, path, status and time only: bodies carry PII and are never logged.
        log.info("%s %s %s %.0fms rid=%s", request.method, path, response.status_code, elapsed * 1000, rid)
        return response

    from serving import routes, webhooks

    app.include_router(routes.router)
    app.include_router(webhooks.router)
    try:
        from serving import web

        app.include_router(web.router)
    except ImportError:  # the web console is optional in minimal installs
        pass

    @app.get("/healthz", include_in_schema=True, summary="Liveness: the process answers")
    async def healthz() -> dict[str, Any]:  # on the event loop: busy worker threads never stall it
        return {"status": "ok"}

    @app.get("/readyz", summary="Readiness: models loaded")
    async def readyz() -> Response:
        if app.state.warm_error:
            return error_response(503, "unavailable", f"The models failed to load: {app.state.warm_error}.")
        if not app.state.ready:
            return error_response(503, "unavailable", "Models are still loading.")
        if services.load_error:  # still answering, with the models it had: ready, but not with the ones promoted
            # (a 503 would take a serving instance out of its load balancer)
            return Response(content=json.dumps({"status": "degraded", "reason": f"The promoted models failed to load: "
                                                f"{services.load_error}. Serving the models loaded before."}),
                            media_type="application/json")
        return Response(content='{"status":"ready"}', media_type="application/json")

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        _record_versions(app)
        return Response(generate_latest(app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return app


def _record_versions(app: FastAPI) -> None:
    """The versions this process has loaded (not the registry's pointers: a failed reload keeps the old ones)."""
    gauge = app.state.metrics.model
    gauge.clear()
    for name, version in app.state.services.loaded_models.items():
        gauge.labels(name, version or "bundled").set(1)
