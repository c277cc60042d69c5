"""Every error leaves the API as ``{"error": {"code", "message"}}``; the mapping lives here and only here."""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from model.errors import (
    InvalidInputError,
    ModelNotLoadedError,
    NotFittedError,
    NothingToRollBackError,
    RecommenderError,
    UnknownComponentError,
)

log = logging.getLogger("replywise.api")

STATUS = {InvalidInputError: 422, UnknownComponentError: 404, NothingToRollBackError: 409, ModelNotLoadedError: 503,
          NotFittedError: 503}
HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
              409: "conflict", 413: "payload_too_large", 415: "unsupported_media_type", 422: "validation_error",
              429: "rate_limited", 503: "unavailable"}


class ApiError(Exception):
    """Raised by routes and dependencies for client errors (auth, limits, missing things)."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"code": code, "message": message}}, headers=headers)


def _field(part: object) -> bool:
    """A field name or list index of the caller's body, not a schema's inner name ("BatchRequest",
    "function-wrap[_keep_given_id()]", "constrained-str") that a union or a validator adds to the location."""
    text = str(part)
    return (part != "body" and "[" not in text and not text.startswith("function-") and not text[:1].isupper()
            and not re.fullmatch(r"[a-z]+(?:-[a-z]+)+", text))


def _validation_message(exc: RequestValidationError) -> str:
    """/v1/analyze takes one post or ``{"posts": [...]}``: only the form the body is in is described (the union's
    other form would add "text: Field required" to a batch, or "posts: Field required" to a post)."""
    errors = exc.errors()
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        batch = "posts" in body
        errors = [e for e in errors if (_fields(e)[:1] == ["posts"]) == batch] or errors
    return describe_errors(errors)


def _fields(err: dict) -> list[object]:
    return [p for p in err.get("loc", ()) if _field(p)]


def _where(parts: list[object]) -> str:
    """``posts[1].text``: a list index in brackets after its list, as the caller would write the path."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def describe_errors(errors: list) -> str:
    """``field: what is wrong`` for up to eight errors, in the caller's field names (``posts[1].text``)."""
    parts: list[str] = []
    for err in errors[:8]:
        loc = _where(_fields(err)) or "body"
        msg = err.get("msg", "invalid")
        if err.get("type") == "json_invalid":
            msg = f"malformed JSON: {err.get('ctx', {}).get('error', msg)}"
        if f"{loc}: {msg}" not in parts:
            parts.append(f"{loc}: {msg}")
    return "; ".join(parts) or "the request body is not valid"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        from serving.auth import check_route_key

        try:
            check_route_key(request)  # a missing or wrong key says so before anything is said of the body
        except ApiError as denied:
            return error_response(denied.status, denied.code, denied.message, denied.headers)
        return error_response(422, "validation_error", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, HTTP_CODES.get(exc.status_code, "http_error"), str(exc.detail),
                              getattr(exc, "headers", None))

    @app.exception_handler(RecommenderError)
    async def _domain(_: Request, exc: RecommenderError) -> JSONResponse:
        status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 500)
        return error_response(status, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def _fault(request: Request, exc: Exception) -> JSONResponse:
        # A real fault: logged with its traceback server-side, never sent to the client.
        rid = getattr(request.state, "request_id", "-")
        log.error("unhandled %s on %s (request %s)", type(exc).__name__, request.url.path, rid, exc_info=exc)
        return error_response(500, "internal_error", f"Internal error; quote request id {rid} to the operator.")
