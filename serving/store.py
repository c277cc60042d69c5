"""The case store: past cases, agent feedback and API keys on SQLite (default) or PostgreSQL.

SQLAlchemy Core keeps one code path for both dialects. Writes are ``INSERT ... ON CONFLICT DO NOTHING``
so re-importing a file or re-sending an API request is idempotent by id, and each call is one transaction
that is committed before the method returns, so an acknowledged batch survives a crash.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Dialect,
    Engine,
    Float,
    Index,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.types import TypeDecorator

from model.errors import InvalidInputError
from model.times import time_problem
from model.types import Case
from serving.outcomes import outcome_csat

SQLITE_FILE = "replywise.db"
BUSY_TIMEOUT_S = 30.0
_PG_LOCK_KEY = 0x5265706C79  # "Reply": serialises create_all across API workers starting together


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both dialects (SQLite has no time zones, so it stores naive UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData()

cases = Table(
    "cases", metadata,
    Column("id", String(255), primary_key=True),
    Column("post", Text, nullable=False),
    Column("reply", Text, nullable=False),
    Column("brand", String(200), nullable=False, default=""),
    Column("channel", String(32), nullable=False),
    Column("language", String(16), nullable=False),
    Column("created_at", UTCDateTime, nullable=True),
    Column("outcome", String(100), nullable=True),
    Column("quality", Float, nullable=False),
    Column("csat", Float, nullable=True),
    Column("agent", String(200), nullable=True),
    Column("source", String(50), nullable=False),
    Column("inserted_at", UTCDateTime, nullable=False),
)
Index("ix_cases_brand_lower", func.lower(cases.c.brand))
Index("ix_cases_inserted_at", cases.c.inserted_at)

feedback = Table(
    "feedback", metadata,
    Column("id", String(255), primary_key=True),
    Column("case_id", String(255), nullable=True),
    Column("draft_id", String(255), nullable=True),
    Column("draft_text", Text, nullable=True),
    Column("sent_text", Text, nullable=False),
    Column("outcome", String(100), nullable=True),
    Column("edited", Boolean, nullable=False),
    Column("similarity", Float, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
)

# drafts handed out, so feedback that names a draft_id knows the post it answered (PII already redacted)
served_drafts = Table(
    "served_drafts", metadata,
    Column("id", String(64), primary_key=True),
    Column("post", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("brand", String(200), nullable=False, default=""),
    Column("channel", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# webhook events already taken (Chatwoot redelivers on a slow answer): one row per event, so every API worker
# and every instance on one PostgreSQL drafts an event once
deliveries = Table(
    "deliveries", metadata,
    Column("id", String(255), primary_key=True),
    Column("created_at", UTCDateTime, nullable=False),
)
Index("ix_deliveries_created_at", deliveries.c.created_at)

api_keys = Table(
    "api_keys", metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("scope", String(16), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
)


@dataclass(frozen=True)
class Conflict:
    """A case of a batch that was not stored because its id holds another post or reply: a case stored before the
    batch (``earlier`` False) or the first case of the batch with that id (``earlier`` True). Ids are never
    overwritten."""

    position: int  # in the batch given to add_cases
    id: str
    earlier: bool

    @property
    def reason(self) -> str:
        if self.earlier:
            return "an earlier case of this batch has this id with a different post or reply; the first is kept"
        return "the stored case with this id has a different post or reply; it is kept (ids are never overwritten)"


@dataclass(frozen=True)
class AddResult:
    """Ids of a batch that were new (``accepted``) and ids already stored or repeated in it (``present``);
    ``conflicts`` are the present ones whose text differs from the case kept under their id."""

    accepted: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(frozen=True)
class FeedbackRecord:
    """What an agent finally sent, against the draft we proposed."""

    id: str
    sent_text: str
    outcome: str | None
    case_id: str | None
    draft_id: str | None
    draft_text: str | None
    edited: bool
    similarity: float | None
    created_at: datetime


@dataclass(frozen=True)
class KeyRecord:
    """An API key as stored: never the key itself, only its id, owner name and scope."""

    id: str
    name: str
    scope: str
    created_at: datetime
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _text(case: Case) -> tuple[str, str]:
    return case.post, case.reply


def utcnow() -> datetime:
    return datetime.now(UTC)


def sqlite_url(home: Path) -> str:
    """The default store: one SQLite file inside REPLYWISE_HOME (created if missing)."""
    home.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(home / SQLITE_FILE).resolve()}"


def normalise_url(url: str) -> str:
    """Accept ``postgres://`` and ``postgresql://`` for the psycopg 3 driver we ship (not psycopg2)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "postgres" or (backend == "postgresql" and "+" not in parsed.drivername):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend not in ("sqlite", "postgresql"):
        raise InvalidInputError(f"Unsupported store URL scheme {parsed.drivername!r}: use sqlite:///PATH or "
                                "postgresql+psycopg://USER@HOST/DB.")
    return parsed.render_as_string(hide_password=False)


def _parse_time(value: str | datetime | None, what: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInputError(f"{what} {value!r} {time_problem(value)}.") from exc


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # WAL lets API readers run while an import writes; synchronous=FULL makes a commit survive power loss.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


class CaseStore:
    """Cases, feedback and API keys behind one SQLAlchemy engine; tables are created on open.

    Args:
        url: a SQLAlchemy URL, ``sqlite:///PATH`` or ``postgresql+psycopg://USER@HOST/DB``
            (see :func:`sqlite_url` for the default under REPLYWISE_HOME).
    """

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = _make_engine(self.url)
        self._pruned_at = float("-inf")  # when old webhook deliveries were last dropped (time.monotonic)
        self._create_tables()

    @classmethod
    def open(cls, url: str | None, home: Path) -> CaseStore:
        """The store at ``url`` when one is configured, else the SQLite file in ``home``."""
        return cls(url or sqlite_url(home))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _create_tables(self) -> None:
        # Several API workers may open a fresh store at once; one of them loses the CREATE race, retries.
        for attempt in range(3):
            try:
                with self.engine.begin() as conn:
                    if self.dialect == "postgresql":
                        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
                    metadata.create_all(conn)
                return
            except SQLAlchemyError:
                if attempt == 2:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def _insert(self, table: Table) -> Any:
        dialect_insert = postgresql.insert if self.dialect == "postgresql" else sqlite.insert
        return dialect_insert(table).on_conflict_do_nothing(index_elements=["id"]).returning(table.c.id)

    # ---- cases -------------------------------------------------------------------------------------

    def add_cases(self, batch: Sequence[Case], source: str = "import") -> AddResult:
        """Store new cases in one committed transaction; ids already stored (or repeated) are ``present``."""
        first: dict[str, Case] = {}
        repeated: list[str] = []
        for case in batch:
            if case.id in first:
                repeated.append(case.id)
            else:
                first[case.id] = case
        if not first:
            return AddResult([], repeated)
        now = utcnow()
        rows = [self._case_row(case, source, now) for case in first.values()]
        with self.engine.begin() as conn:
            inserted = set(conn.execute(self._insert(cases), rows).scalars())
        accepted = [cid for cid in first if cid in inserted]
        present = [cid for cid in first if cid not in inserted]
        # the text each id now holds: stored before this batch, or by its first case here
        kept = {cid: _text(first[cid]) for cid in accepted} | self._texts(present)
        conflicts = [Conflict(i, case.id, earlier=case.id in inserted) for i, case in enumerate(batch)
                     if case.id in kept and kept[case.id] != _text(case)]
        return AddResult(accepted, present + repeated, conflicts)

    def _texts(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """(post, reply) of the stored cases with these ids, read in chunks (SQLite caps bound parameters)."""
        found: dict[str, tuple[str, str]] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                query = select(cases.c.id, cases.c.post, cases.c.reply).where(cases.c.id.in_(ids[start:start + 500]))
                found.update((row.id, (row.post, row.reply)) for row in conn.execute(query))
        return found

    @staticmethod
    def _case_row(case: Case, source: str, now: datetime) -> dict[str, Any]:
        return {
            "id": case.id, "post": case.post, "reply": case.reply, "brand": case.brand or "",
            "channel": case.channel, "language": case.language,
            "created_at": _parse_time(case.created_at, f"case {case.id!r}: created_at"),
            "outcome": case.outcome, "quality": float(case.quality), "csat": outcome_csat(case.outcome),
            "agent": None, "source": source, "inserted_at": now,
        }

    @staticmethod
    def _to_case(row: Any) -> Case:
        return Case(id=row.id, post=row.post, reply=row.reply, brand=row.brand, channel=row.channel,
                    language=row.language, created_at=row.created_at.isoformat() if row.created_at else None,
                    outcome=row.outcome, quality=row.quality)

    def _case_filter(self, query: Any, brand: str | None, since: str | datetime | None) -> Any:
        if brand:
            query = query.where(func.lower(cases.c.brand) == brand.strip().lower())
        if since is not None:
            query = query.where(cases.c.inserted_at >= _parse_time(since, "since"))
        return query

    def iter_cases(self, brand: str | None = None, since: str | datetime | None = None,
                   batch_size: int = 1000) -> Iterator[Case]:
        """Stream cases in id order, ``batch_size`` rows per query (keyset paging: no long-held cursor).

        Args:
            brand: only this brand (case-insensitive).
            since: only cases stored at or after this time (``inserted_at``): new since the last training.
        """
        if batch_size < 1:
            raise InvalidInputError(f"batch_size must be >= 1. Got {batch_size!r} instead.")
        last: str | None = None
        while True:
            query = self._case_filter(select(cases), brand, since).order_by(cases.c.id).limit(batch_size)
            if last is not None:
                query = query.where(cases.c.id > last)
            with self.engine.connect() as conn:
                rows = conn.execute(query).all()
            yield from (self._to_case(row) for row in rows)
            if len(rows) < batch_size:
                return
            last = rows[-1].id

    def count_cases(self, brand: str | None = None) -> int:
        query = self._case_filter(select(func.count()).select_from(cases), brand, None)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def get_case(self, case_id: str) -> Case | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(cases).where(cases.c.id == case_id)).first()
        return self._to_case(row) if row else None

    # ---- feedback ----------------------------------------------------------------------------------

    def add_feedback(self, id: str, sent_text: str, outcome: str | None = None, *, case_id: str | None = None,
                     draft_id: str | None = None, draft_text: str | None = None, edited: bool | None = None,
                     similarity: float | None = None, created_at: datetime | None = None) -> bool:
        """Record what the agent sent; True when ``id`` is new, False when it was already recorded.

        ``edited`` defaults to whether the sent text differs from ``draft_text`` beyond whitespace.
        Callers pass text already redacted: the store does not look for PII.
        """
        if edited is None:
            edited = draft_text is not None and " ".join(draft_text.split()) != " ".join(sent_text.split())
        row = {"id": id, "case_id": case_id, "draft_id": draft_id, "draft_text": draft_text,
               "sent_text": sent_text, "outcome": outcome, "edited": edited, "similarity": similarity,
               "created_at": created_at or utcnow()}
        with self.engine.begin() as conn:
            return conn.execute(self._insert(feedback), [row]).first() is not None

    def list_feedback(self, since: str | datetime | None = None) -> list[FeedbackRecord]:
        """Feedback in the order it was given (``since`` filters on its ``created_at``)."""
        query = select(feedback).order_by(feedback.c.created_at, feedback.c.id)
        if since is not None:
            query = query.where(feedback.c.created_at >= _parse_time(since, "since"))
        with self.engine.connect() as conn:
            return [FeedbackRecord(**row._asdict()) for row in conn.execute(query)]

    def add_served_drafts(self, rows: list[dict]) -> None:
        """Remember drafts handed out (``id``, ``post``, ``text``, ``brand``, ``channel``); an id seen before is kept."""
        if not rows:
            return
        now = utcnow()
        with self.engine.begin() as conn:
            conn.execute(self._insert(served_drafts), [r | {"created_at": now} for r in rows])

    def served_draft(self, draft_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(served_drafts).where(served_drafts.c.id == draft_id)).first()
        return row._asdict() if row else None

    # ---- webhook deliveries ------------------------------------------------------------------------

    def first_delivery(self, event_id: str, keep_days: float = 7.0) -> bool:
        """Record a webhook event; False when it was recorded before (by this or any other worker or instance).

        Records older than ``keep_days`` are dropped, at most once an hour per process: redeliveries come within
        minutes, not weeks, and the delete takes the write lock.
        """
        now = utcnow()
        with self.engine.begin() as conn:
            if time.monotonic() - self._pruned_at > 3600:
                conn.execute(deliveries.delete().where(deliveries.c.created_at < now - timedelta(days=keep_days)))
                self._pruned_at = time.monotonic()
            return conn.execute(self._insert(deliveries), {"id": event_id[:255], "created_at": now}).first() \
                is not None

    def forget_delivery(self, event_id: str) -> None:
        """Drop an event's record, so its redelivery is taken again (the work for it failed)."""
        with self.engine.begin() as conn:
            conn.execute(deliveries.delete().where(deliveries.c.id == event_id[:255]))

    # ---- API keys (hashing and scopes live in serving.keys) ----------------------------------------

    def add_key(self, key_id: str, name: str, scope: str, key_hash: str) -> KeyRecord:
        record = KeyRecord(id=key_id, name=name, scope=scope, created_at=utcnow())
        with self.engine.begin() as conn:
            conn.execute(api_keys.insert(), [{"id": key_id, "name": name, "scope": scope,
                                              "key_hash": key_hash, "created_at": record.created_at}])
        return record

    def find_key(self, key_hash: str) -> KeyRecord | None:
        """The key with this hash, revoked or not."""
        query = select(api_keys).where(api_keys.c.key_hash == key_hash)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return self._to_key(row) if row else None

    def revoke_key(self, key_id: str) -> bool:
        """Mark a key revoked; False when no active key has this id."""
        query = (update(api_keys).where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                 .values(revoked_at=utcnow()))
        with self.engine.begin() as conn:
            return conn.execute(query).rowcount > 0

    def list_keys(self) -> list[KeyRecord]:
        query = select(api_keys).order_by(api_keys.c.created_at, api_keys.c.id)
        with self.engine.connect() as conn:
            return [self._to_key(row) for row in conn.execute(query)]

    @staticmethod
    def _to_key(row: Any) -> KeyRecord:
        return KeyRecord(id=row.id, name=row.name, scope=row.scope, created_at=row.created_at,
                         revoked_at=row.revoked_at)
