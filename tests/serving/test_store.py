"""CaseStore on real SQLite files (and on PostgreSQL when REPLYWISE_TEST_PG_URL names one)."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from model.errors import InvalidInputError
from model.types import Case
from serving.store import CaseStore, deliveries, normalise_url, sqlite_url


def make_case(case_id: str, brand: str = "AcmeHelp", **kw: object) -> Case:
    return Case(id=case_id, post=f"post {case_id}", reply=f"reply {case_id}", brand=brand, **kw)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CaseStore]:
    with CaseStore.open(None, tmp_path / "home") as s:
        yield s


def test_default_store_is_a_wal_sqlite_file_under_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with CaseStore.open(None, home) as s:
        s.add_cases([make_case("a")])
    db = home / "replywise.db"
    assert db.is_file()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")} >= {
        "cases", "feedback", "api_keys"}


def test_add_cases_is_idempotent_and_committed(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path)
    with CaseStore(url) as s:
        first = s.add_cases([make_case("1"), make_case("2"), make_case("1")])
        assert first.accepted == ["1", "2"]
        assert first.present == ["1"]  # repeated inside the batch
        second = s.add_cases([make_case("2"), make_case("3")])
        assert second.accepted == ["3"] and second.present == ["2"]
    # A second process opening the file sees every acknowledged case exactly once.
    rows = sqlite3.connect(tmp_path / "replywise.db").execute("SELECT id FROM cases ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["1", "2", "3"]


def test_an_id_already_held_by_another_text_is_a_conflict_and_the_stored_case_is_kept(store: CaseStore) -> None:
    """An acceptance run (eighth session): a used id with another post or reply was counted as 'already present'
    with no word of the difference. It still is (idempotent by id), and is a conflict besides."""
    store.add_cases([make_case("1"), make_case("2")])
    other = Case(id="1", post="another post", reply="reply 1", brand="AcmeHelp")
    result = store.add_cases([make_case("2"), other, make_case("3"),
                              Case(id="3", post="post 3", reply="a third reply", brand="AcmeHelp")])
    assert result.accepted == ["3"] and sorted(result.present) == ["1", "2", "3"]
    assert [(c.position, c.id, c.earlier) for c in result.conflicts] == [(1, "1", False), (3, "3", True)]
    assert "stored case with this id has a different post or reply" in result.conflicts[0].reason
    assert "earlier case of this batch" in result.conflicts[1].reason
    twice = store.add_cases([other, other])  # the same new text twice differs from the stored one both times
    assert [(c.position, c.earlier) for c in twice.conflicts] == [(0, False), (1, False)]
    kept = store.get_case("1")
    assert kept is not None and kept.post == "post 1"  # never overwritten
    assert store.add_cases([make_case("1"), make_case("2")]).conflicts == []  # the same text again: no conflict


def test_roundtrip_keeps_fields_and_derives_csat(store: CaseStore) -> None:
    case = make_case("x", channel="facebook", language="de", created_at="2024-03-01T10:00:00+02:00",
                     outcome="csat:4", quality=0.75)
    store.add_cases([case], source="api")
    got = store.get_case("x")
    assert got is not None
    assert (got.post, got.reply, got.brand, got.channel, got.language, got.outcome, got.quality) == (
        case.post, case.reply, "AcmeHelp", "facebook", "de", "csat:4", 0.75)
    assert datetime.fromisoformat(got.created_at) == datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    with store.engine.connect() as conn:
        csat, source = conn.exec_driver_sql("SELECT csat, source FROM cases WHERE id='x'").one()
    assert (csat, source) == (4.0, "api")
    assert store.get_case("missing") is None


def test_bad_created_at_is_rejected(store: CaseStore) -> None:
    with pytest.raises(InvalidInputError):
        store.add_cases([make_case("t", created_at="last tuesday")])


def test_iter_cases_pages_filters_by_brand_and_since(store: CaseStore) -> None:
    store.add_cases([make_case(f"a{i:02d}", brand="AcmeHelp") for i in range(25)])
    store.add_cases([make_case(f"b{i:02d}", brand="OtherCo") for i in range(5)])
    assert [c.id for c in store.iter_cases(batch_size=7)] == [f"a{i:02d}" for i in range(25)] + [
        f"b{i:02d}" for i in range(5)]
    assert [c.id for c in store.iter_cases(brand="otherco", batch_size=2)] == [f"b{i:02d}" for i in range(5)]
    assert store.count_cases() == 30
    assert store.count_cases(brand="ACMEHELP") == 25
    later = datetime.now(UTC) + timedelta(seconds=1)
    assert list(store.iter_cases(since=later)) == []
    assert len(list(store.iter_cases(since=(later - timedelta(hours=1)).isoformat()))) == 30
    with pytest.raises(InvalidInputError):
        list(store.iter_cases(batch_size=0))


def test_feedback_is_idempotent_by_id(store: CaseStore) -> None:
    assert store.add_feedback("f1", "Thanks, we sent a refund.", "resolved", draft_text="We sent a refund.")
    assert not store.add_feedback("f1", "something else", "resolved")
    assert store.add_feedback("f2", "Sorry!  DM us.", draft_id="d9", draft_text="Sorry! DM us.",
                              similarity=0.97)
    items = store.list_feedback()
    assert [f.id for f in items] == ["f1", "f2"]
    assert items[0].sent_text == "Thanks, we sent a refund." and items[0].edited is True
    assert items[1].edited is False and items[1].similarity == 0.97 and items[1].draft_id == "d9"
    assert items[0].created_at.tzinfo is not None


def test_a_webhook_event_is_taken_once_across_workers_and_old_records_are_dropped(tmp_path: Path) -> None:
    """Two stores on one file stand for two API workers: a redelivery reaching the other worker is still a repeat."""
    home = tmp_path / "home"
    with CaseStore.open(None, home) as worker_a, CaseStore.open(None, home) as worker_b:
        assert worker_a.first_delivery("chatwoot:3:42:7")
        assert not worker_b.first_delivery("chatwoot:3:42:7")
        assert not worker_a.first_delivery("chatwoot:3:42:7")
        assert worker_b.first_delivery("chatwoot:3:42:8")
        with worker_a.engine.begin() as conn:  # a record from last month: redeliveries come within minutes
            conn.execute(deliveries.update().where(deliveries.c.id == "chatwoot:3:42:7")
                         .values(created_at=datetime.now(UTC) - timedelta(days=30)))
        worker_b._pruned_at = float("-inf")  # an hour on: the next delivery prunes
        assert worker_b.first_delivery("chatwoot:3:42:9")  # prunes the old record on the way
        with worker_a.engine.connect() as conn:
            assert sorted(r.id for r in conn.execute(select(deliveries))) == ["chatwoot:3:42:8", "chatwoot:3:42:9"]
        worker_a.forget_delivery("chatwoot:3:42:9")  # its note failed: the redelivery is taken again
        assert worker_b.first_delivery("chatwoot:3:42:9") and not worker_a.first_delivery("chatwoot:3:42:9")


def test_normalise_url() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    with pytest.raises(InvalidInputError):
        normalise_url("mysql://u@h/db")


@pytest.mark.postgres
def test_postgres_store() -> None:
    url = os.environ.get("REPLYWISE_TEST_PG_URL")
    if not url:
        pytest.skip("REPLYWISE_TEST_PG_URL is not set (bash .ci/start-postgres.sh prints one)")
    run = uuid.uuid4().hex[:8]  # the database may be shared with other runs: unique ids and brand
    brand = f"pg-{run}"
    with CaseStore(url) as s:
        assert s.dialect == "postgresql"
        ids = [f"{run}-{i}" for i in range(5)]
        first = s.add_cases([make_case(i, brand=brand, created_at="2017-10-31T22:10:47+00:00",
                                       outcome="csat:5") for i in ids])
        assert first.accepted == ids and first.present == []
        again = s.add_cases([make_case(ids[0], brand=brand), make_case(f"{run}-new", brand=brand)])
        assert again.accepted == [f"{run}-new"] and again.present == [ids[0]]
        assert s.count_cases(brand=brand.upper()) == 6
        assert [c.id for c in s.iter_cases(brand=brand, batch_size=2)] == sorted([*ids, f"{run}-new"])
        got = s.get_case(ids[0])
        assert got is not None and got.created_at is not None
        assert datetime.fromisoformat(got.created_at) == datetime(2017, 10, 31, 22, 10, 47, tzinfo=UTC)
        assert s.add_feedback(f"fb-{run}", "sent", "resolved")
        assert not s.add_feedback(f"fb-{run}", "sent", "resolved")
        key_id = f"k{run}"
        s.add_key(key_id, "ci", "qa", f"{run:0<64}")
        found = s.find_key(f"{run:0<64}")
        assert found is not None and found.scope == "qa"
        assert s.revoke_key(key_id) and not s.revoke_key(key_id)
        assert s.first_delivery(f"chatwoot:{run}") and not s.first_delivery(f"chatwoot:{run}")
    # Opening again (tables exist) works and sees the committed rows.
    with CaseStore(url) as s:
        assert s.count_cases(brand=brand) == 6
        assert not s.first_delivery(f"chatwoot:{run}")  # another instance on the same database saw it


@pytest.mark.postgres
@pytest.mark.slow
def test_two_instances_share_one_case_base_on_postgres(tmp_path: Path) -> None:
    """Two service instances (own homes, own indexes) on one PostgreSQL: a case one ingests, the other drafts from."""
    from serving.config import Settings
    from serving.services import Services

    url = os.environ.get("REPLYWISE_TEST_PG_URL")
    if not url:
        pytest.skip("REPLYWISE_TEST_PG_URL is not set (bash .ci/start-postgres.sh prints one)")
    run = uuid.uuid4().hex[:8]
    brand = f"Kettlo{run}"
    a = Services(Settings(home=tmp_path / "a", store_url=url))
    b = Services(Settings(home=tmp_path / "b", store_url=url))
    b.refresh_cases(every_seconds=0)  # b starts with what is there now
    answer = a.ingest_cases([{"id": f"share-{run}", "post": f"@{brand} my kettle whistles at night", "brand": brand,
                              "reply": f"That's odd! Descale it with vinegar; if it still whistles, DM us and we'll swap it ({run})."}])
    assert answer["accepted"] == 1
    b.refresh_cases(every_seconds=0)
    assert any(c.id == f"share-{run}" for c in b.retriever.cases_)
    from model.types import Post

    rec = b.recommender.recommend(Post(text=f"@{brand} kettle keeps whistling", brand=brand), k=1)
    assert rec.drafts and f"share-{run}" in rec.drafts[0].sources
