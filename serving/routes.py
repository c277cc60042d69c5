"""The /v1 endpoints. Handlers are thin: validate (schemas), authorise (scope), call a component, map out."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request

from model.errors import ModelNotLoadedError
from model.registry import COMPONENTS, ModelRegistry
from serving.auth import AdminKey, AgentKey, FeedbackKey, QaKey, TrainerKey
from serving.jsonl import echo_id
from serving.schemas import (
    ERRORS,
    AnalysisOut,
    AuditOut,
    BatchAnalysisOut,
    BatchRequest,
    CasesOut,
    CasesRequest,
    ConversationRequest,
    DraftRequest,
    DraftsOut,
    FeedbackOut,
    FeedbackRequest,
    PostRequest,
)
from serving.services import Services, to_post

router = APIRouter(prefix="/v1", responses=ERRORS)


def _services(request: Request) -> Services:
    return request.app.state.services


@router.post("/analyze", summary="Score one post, or a batch under `posts`",
             response_model=AnalysisOut | BatchAnalysisOut)
def analyze(request: Request, _: AgentKey,
            body: Annotated[BatchRequest | PostRequest, Body()]) -> dict[str, Any]:
    services = _services(request)
    services.refresh_models()
    if isinstance(body, BatchRequest):
        analyses = services.analyzer.analyze_many([to_post(p) for p in body.posts])
        return {"results": [echo_id(p, {"id": p.id} | a.to_dict()) for p, a in zip(body.posts, analyses, strict=True)]}
    return echo_id(body, {"id": body.id} | services.analyze_batcher.submit(to_post(body)).to_dict())


@router.post("/drafts", summary="Analysis plus k draft replies from past successful cases", response_model=DraftsOut)
def drafts(request: Request, _: AgentKey, body: DraftRequest) -> dict[str, Any]:
    services = _services(request)
    services.refresh_models()
    services.refresh_cases()
    return echo_id(body, services.draft_for(to_post(body), body.k, body.id))


@router.post("/audit", summary="Tone audit of one reply", response_model=AuditOut)
def audit(request: Request, _: QaKey, body: ConversationRequest) -> dict[str, Any]:
    services = _services(request)
    services.refresh_models()
    return echo_id(body, services.audit_one(body.model_dump()))


@router.post("/cases", summary="Bulk ingest of resolved cases (idempotent by id)", response_model=CasesOut)
def add_cases(request: Request, _: TrainerKey, body: CasesRequest) -> dict[str, Any]:
    services = _services(request)
    services.refresh_models()  # cases are redacted by the PII tagger in use
    return services.ingest_cases(body.cases)


@router.post("/feedback", summary="What the agent sent and how it went (idempotent by id)",
             response_model=FeedbackOut)
def feedback(request: Request, key: FeedbackKey, body: FeedbackRequest) -> dict[str, Any]:
    # an agent key reports on drafts it was given; only a trainer (or admin) key may add a post of its own as a case
    services = _services(request)
    services.refresh_models()
    return services.record_feedback(body, own_post=key.scope != "agent")


@router.get("/models", summary="Model versions in use and their metrics")
def models(request: Request, _: TrainerKey) -> dict[str, Any]:
    registry = ModelRegistry(_services(request).settings.models_dir)
    return {"models": [{"name": n, "version": registry.current(n) or "bundled", "metrics": registry.metrics(n),
                        "versions": registry.versions(n)} for n in COMPONENTS]}


@router.post("/models/reload", summary="Load newly promoted models without a restart")
def reload_models(request: Request, _: AdminKey) -> dict[str, Any]:
    services = _services(request)
    failed = services.reload()
    if failed:
        raise ModelNotLoadedError(f"E306 The promoted models do not load ({failed}); the service keeps serving "
                                  "the models it had. Roll back or promote another version, then reload.")
    services.warm_up()
    return {"reloaded": True, "models": {n: v or "bundled" for n, v in services.loaded_models.items()}}
