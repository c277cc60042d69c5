"""API keys against a real SQLite store: shown once, stored hashed, scoped, revocable."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.errors import InvalidInputError
from serving.keys import SCOPES, create_key, has_scope, hash_key, list_keys, revoke_key, verify_key
from serving.store import CaseStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CaseStore]:
    with CaseStore.open(None, tmp_path) as s:
        yield s


def test_create_returns_a_key_that_verifies_and_only_its_hash_is_stored(tmp_path: Path,
                                                                        store: CaseStore) -> None:
    key = create_key(store, "agent", name="desk 1")
    assert key.startswith("rw_") and len(key) > 40
    record = verify_key(store, key)
    assert record is not None and (record.name, record.scope, record.active) == ("desk 1", "agent", True)
    assert verify_key(store, f"  {key} ") == record
    dump = "\n".join(sqlite3.connect(tmp_path / "replywise.db").iterdump())
    assert key not in dump and key[3:] not in dump
    assert hash_key(key) in dump


def test_unknown_and_malformed_keys_do_not_verify(store: CaseStore) -> None:
    key = create_key(store, "qa")
    for bad in (None, "", key[:-1] + ("A" if key[-1] != "A" else "B"), key[3:], "rw_" + "x" * 300):
        assert verify_key(store, bad) is None
    assert create_key(store, "qa") != key  # keys are random


def test_scopes_and_admin_implies_all(store: CaseStore) -> None:
    records = {scope: verify_key(store, create_key(store, scope)) for scope in SCOPES}
    for held, record in records.items():
        for needed in SCOPES:
            assert has_scope(record, needed) == (held == needed or held == "admin"), (held, needed)
    assert not has_scope(None, "agent")
    with pytest.raises(InvalidInputError):
        has_scope(records["admin"], "root")
    with pytest.raises(InvalidInputError):
        create_key(store, "superuser")


def test_revoke_by_id_or_by_key(store: CaseStore) -> None:
    first, second = create_key(store, "trainer", "a"), create_key(store, "trainer", "b")
    first_record = verify_key(store, first)
    assert first_record is not None
    assert revoke_key(store, first_record.id)
    assert not revoke_key(store, first_record.id)  # already revoked
    assert verify_key(store, first) is None
    assert revoke_key(store, second) and verify_key(store, second) is None
    assert not revoke_key(store, "no-such-id")
    assert list_keys(store) == []
    listed = list_keys(store, include_revoked=True)
    assert [k.name for k in listed] == ["a", "b"] and all(k.revoked_at is not None for k in listed)


def test_default_name_names_the_scope(store: CaseStore) -> None:
    record = verify_key(store, create_key(store, "admin"))
    assert record is not None and record.name.startswith("admin-")
