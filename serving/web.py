"""The web console: an agent page (paste a post, see scores, PII and drafts) and a QA page (batch audits).

Plain server-sent HTML with a little JavaScript that calls the same /v1 API with the user's key (kept in the
browser's session storage), so the pages need no session handling of their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse

from serving.api import MAX_UPLOAD_BYTES
from serving.auth import QaKey, authenticate
from serving.errors import ApiError
from serving.jsonl import LineError, parse_rows
from serving.schemas import ERRORS, NOT_FOUND, ConversationIn

router = APIRouter()
TEMPLATES = Path(__file__).resolve().parent / "templates"


def _page(name: str) -> HTMLResponse:
    return HTMLResponse((TEMPLATES / name).read_text(encoding="utf-8"))


@router.get("/", include_in_schema=False)
def home() -> HTMLResponse:
    return _page("index.html")


@router.get("/agent", include_in_schema=False)
def agent_page() -> HTMLResponse:
    return _page("agent.html")


@router.get("/qa", include_in_schema=False)
def qa_page() -> HTMLResponse:
    return _page("qa.html")


def _jobs(request: Request):  # noqa: ANN202
    services = request.app.state.services
    if not hasattr(request.app.state, "jobs"):
        from serving.jobs import AuditJobs

        request.app.state.jobs = AuditJobs(services, services.settings.home / "reports")
    return request.app.state.jobs


@router.post("/v1/audit/jobs", responses=ERRORS, summary="Start a batch audit of a JSONL or CSV body; poll its status")
async def create_audit_job(request: Request, _: QaKey) -> dict[str, Any]:
    body = await request.body()
    if len(body) > MAX_UPLOAD_BYTES:
        raise ApiError(413, "payload_too_large", f"Upload over {MAX_UPLOAD_BYTES} bytes.")
    text = body.decode("utf-8-sig", errors="replace")
    first = text.lstrip()[:1]
    is_csv = "csv" in request.headers.get("content-type", "") or (first not in ("{", "") and "," in text[:500])
    conversations, rejected = [], []
    for _, row in parse_rows(text.splitlines(keepends=True), ConversationIn, 64_000, is_csv=is_csv):
        if isinstance(row, LineError):
            rejected.append({"line": row.line, "reason": row.reason})
        else:
            conversations.append(row.model_dump())
    if not conversations:
        raise ApiError(422, "validation_error", "No valid conversation in the upload"
                       + (f"; first problem: line {rejected[0]['line']}: {rejected[0]['reason']}" if rejected else "."))
    return _jobs(request).submit(conversations, rejected)


@router.get("/v1/audit/jobs/{job_id}", responses=ERRORS | NOT_FOUND, summary="Status of a batch audit")
def audit_job_status(request: Request, job_id: str, _: QaKey) -> dict[str, Any]:
    try:
        return _jobs(request).status(job_id)
    except KeyError as exc:
        raise ApiError(404, "not_found", f"No audit job {job_id}.") from exc


@router.get("/v1/audit/jobs/{job_id}/report/{name}", responses=ERRORS | NOT_FOUND,
            summary="A file of the job's report (?key= allowed)")
def audit_job_report(request: Request, job_id: str, name: str) -> FileResponse:
    authenticate(request, "qa", allow_query=True)
    try:
        return FileResponse(_jobs(request).report_file(job_id, name))
    except KeyError as exc:
        raise ApiError(404, "not_found", f"No report file {name} for job {job_id}.") from exc
