"""Pydantic schemas at the edge (CLI lines and API bodies). Internal types live in model/types.py."""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    field_validator,
    model_validator,
)

MAX_TEXT = 10_000


def _id(v: Any) -> Any:
    """Ids may arrive as numbers (tweet ids); they are strings from here on. Bools are not ids."""
    if isinstance(v, bool):
        raise ValueError("id must be a string or a number")
    if isinstance(v, float) and not math.isfinite(v):  # 1e400 parses as inf: it would come back as "inf"
        raise ValueError("id must be a string or a finite number; this one is too large to read (or NaN)")
    return str(v) if isinstance(v, int | float) else v


Id = Annotated[str, BeforeValidator(_id), Field(min_length=1, max_length=200)]
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]


def _unicode(value: Any) -> Any:
    """JSON can escape half a UTF-16 pair ("\\ud800"): such a str cannot be stored or answered as UTF-8."""
    for text in value if isinstance(value, list) else (value,):
        if isinstance(text, str):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("must be valid Unicode text (it holds a lone UTF-16 surrogate)") from None
    return value


class Strict(BaseModel):
    """API bodies: types checked strictly; unknown fields ignored, so a caller may post a JSONL line as it is (an
    audit line with its "created_at", a post with its "agent")."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    # Length-constrained str fields already refuse lone surrogates; ids and free str fields did not.
    @field_validator("*")
    @classmethod
    def _valid_unicode(cls, value: Any) -> Any:
        return _unicode(value)


class Lenient(BaseModel):
    """For file lines: extra fields are tolerated (files come from other tools), types are still checked."""

    model_config = ConfigDict(extra="ignore")
    # a numeric id as the caller wrote it: the answer echoes 42 as 42, not "42" (ids are strings inside)
    _given_id: Any = PrivateAttr(default=None)
    # "id": null written out: echoed null (the contract keeps the input id), named "line-N" only inside
    _id_null: bool = PrivateAttr(default=False)

    @field_validator("*")
    @classmethod
    def _valid_unicode(cls, value: Any) -> Any:
        return _unicode(value)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_given_id(cls, data: Any, handler: Any) -> Any:
        model = handler(data)
        given = data.get("id") if isinstance(data, dict) else None
        if isinstance(given, int | float) and not isinstance(given, bool) and math.isfinite(given):
            model._given_id = given  # NaN and Infinity would not be JSON on the way out
        model._id_null = isinstance(data, dict) and "id" in data and data["id"] is None
        return model


class ThreadItem(Lenient):  # a message exported with its time or author still reads
    role: Literal["customer", "brand", "agent"] = "customer"  # "agent" is the brand's
    text: Annotated[str, Field(max_length=MAX_TEXT)]


class PostIn(Lenient):
    id: Id | None = None
    text: Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
    channel: str | None = Field(default=None, max_length=40)
    language: str | None = Field(default=None, max_length=12)
    author: str | None = Field(default=None, max_length=200)
    brand: str | None = Field(default=None, max_length=200)
    public: StrictBool | None = None  # unset: public on social channels, private in chat and e-mail


# the conversation so far, oldest first: a string is the customer's, or {"role": "brand", "text": ...}
Thread = Annotated[list[Annotated[str, Field(max_length=MAX_TEXT)] | ThreadItem], Field(max_length=50)]


class DraftIn(PostIn):
    """A `replywise drafts` line: a post, and the thread so far if the caller has it."""

    thread: Thread = Field(default_factory=list)


class PostRequest(PostIn):
    text: Text

    @model_validator(mode="before")
    @classmethod
    def _no_thread(cls, data: Any) -> Any:
        """Unknown fields are ignored, but a thread would be silently unread: analyze scores the post alone. A
        ``posts`` that is no list is a broken batch, not one post (``{"posts": "x", "text": "hi"}`` was scored as
        "hi" and the caller's batch silently lost)."""
        if cls is PostRequest and isinstance(data, dict) and "thread" in data:
            raise ValueError("analyze scores the post alone; send the thread to /v1/drafts")
        if cls is PostRequest and isinstance(data, dict) and "posts" in data:
            raise ValueError("a batch is {\"posts\": [post, ...]}; one post has no `posts` field")
        return data


class DraftRequest(PostRequest):
    k: int = Field(default=3, ge=1, le=10)
    thread: Thread = Field(default_factory=list)

    @field_validator("k", mode="before")
    @classmethod
    def _k_null_is_the_default(cls, value: Any) -> Any:
        return 3 if value is None else value  # "k": null, as brand, channel and author may be


class BatchRequest(Strict):
    posts: list[PostRequest] = Field(min_length=1, max_length=256)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank (it holds only whitespace)")
    return value


Said = Annotated[Text, AfterValidator(_not_blank)]  # a post or a reply: whitespace alone says nothing


class ConversationIn(Lenient):
    id: Id
    post: Said
    reply: Said
    brand: str | None = None
    channel: str | None = None
    public: StrictBool = True
    post_time: str | None = None
    reply_time: str | None = None
    agent: str | None = None


class ConversationRequest(ConversationIn):
    expected: dict[str, Any] | None = None


class CaseIn(Lenient):
    id: Id
    post: Said
    reply: Said
    brand: str | None = None
    channel: str | None = None
    language: str | None = None
    created_at: str | None = None
    outcome: str | None = None


class CasesRequest(Strict):
    cases: list[Any] = Field(min_length=1, max_length=5000)  # each item checked on its own: one bad item is one rejection


class FeedbackRequest(Strict):
    id: Id
    draft_id: str | None = None
    draft_text: str | None = Field(default=None, max_length=MAX_TEXT)
    sent_text: Text
    # a word ("resolved"), "csat:4", or an object as cases take it ({"resolved": true, "csat": 5})
    outcome: str | dict[str, Any] | None = None
    case_id: str | None = Field(default=None, max_length=200)
    post: str | None = Field(default=None, max_length=MAX_TEXT)
    brand: str | None = Field(default=None, max_length=200)
    channel: str | None = Field(default=None, max_length=40)

    @field_validator("outcome", mode="after")
    @classmethod
    def _outcome_words(cls, value: Any) -> str | None:
        from serving.outcomes import outcome_words

        text = outcome_words(value)
        if isinstance(text, str) and len(text) > 200:
            raise ValueError("at most 200 characters")
        return text


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


Scope = Literal["agent", "qa", "trainer", "admin"]


# ---- responses: typed, so the served OpenAPI tells client tools (and schemathesis) what comes back ----------
class SentimentOut(BaseModel):
    label: Literal["negative", "neutral", "positive"]
    scores: dict[str, float]


class UrgencyOut(BaseModel):
    score: float = Field(ge=0, le=1)
    level: Literal["low", "normal", "high", "critical"]
    reasons: list[str]
    reply_within_minutes: int
    resolve_within_hours: int


class PiiSpanOut(BaseModel):
    type: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class PrivacyOut(BaseModel):
    score: float = Field(ge=0, le=1)
    move_private: bool
    channel_advice: Literal["dm", "phone", "email", "none"]
    pii: list[PiiSpanOut]
    pii_in_public: bool


class RouteOut(BaseModel):
    team: Literal["support", "billing", "tech", "legal", "product", "content", "pr"]
    score: float = Field(ge=0, le=1)
    scores: dict[str, float]


class AnalysisBody(BaseModel):
    language: str
    sentiment: SentimentOut
    urgency: UrgencyOut
    privacy: PrivacyOut
    route: RouteOut


OutId = str | int | float | None  # the request's id as it was written


class AnalysisOut(AnalysisBody):
    id: OutId


class BatchAnalysisOut(BaseModel):
    results: list[AnalysisOut]


class DraftOut(BaseModel):
    text: str
    sources: list[str]
    scriptedness: float = Field(ge=0, le=1)
    guards: dict[str, bool]
    rephraser: str
    passed_over: list[str] | None = None  # a holding reply's retrieved cases whose content did not answer the post
    check: str | None = None  # a reply lent from a similar question: what the agent must check before sending
    draft_id: str  # name it in POST /v1/feedback: the post it answered then becomes a case with a good outcome


class DraftsOut(BaseModel):
    id: OutId
    drafts: list[DraftOut]
    analysis: AnalysisBody


class IssueOut(BaseModel):
    check: str
    reason: str
    spans: list[list[int]]
    severity: Literal["review", "fail"]


class AuditOut(BaseModel):
    id: OutId
    verdict: Literal["pass", "review", "fail"]
    scores: dict[str, float]
    issues: list[IssueOut]
    complaint: bool
    response_minutes: float | None
    deadline_minutes: int | None


class RejectionOut(BaseModel):
    index: int
    id: str | None
    reason: str


class ConflictOut(BaseModel):
    index: int
    id: str
    reason: str


class CasesOut(BaseModel):
    accepted: int
    already_present: int
    rejected: int
    accepted_ids: list[str]
    present_ids: list[str]
    rejections: list[RejectionOut]
    # of the already present: an id that holds another post or reply (the stored case is kept, never overwritten)
    conflicts: int = 0
    conflicting: list[ConflictOut] = []


class FeedbackOut(BaseModel):
    id: str
    stored: bool
    already_present: bool
    edited: bool | None
    case_added: bool
    # what could not be done with this feedback and why (an unknown draft_id, no draft to compare with)
    warnings: list[str] = []


# every error leaves as {"error": {"code", "message"}} (serving.errors); the document says so, not FastAPI's default
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": text} for status, text in (
        (401, "Missing, unknown or revoked API key"), (403, "The key lacks the scope this endpoint needs"),
        (413, "Body over the size limit"), (415, "Not a JSON body"), (422, "The body fails validation"),
        (429, "Rate limit exceeded (see Retry-After)"))}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorResponse, "description": "No such job or report file"}}
