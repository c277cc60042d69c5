"""API keys: shown once at creation, stored only as a SHA-256 hash, each with one scope.

Keys are 32 random bytes, so a plain (unsalted) SHA-256 cannot be brute-forced and lets the store look a
key up by its hash in one indexed query. ``admin`` implies every other scope.
"""

from __future__ import annotations

import hashlib
import secrets

from model.errors import InvalidInputError
from serving.store import CaseStore, KeyRecord

SCOPES = ("agent", "qa", "trainer", "admin")
PREFIX = "rw_"

__all__ = ["SCOPES", "KeyRecord", "create_key", "has_scope", "hash_key", "list_keys", "revoke_key",
           "verify_key"]


def _check_scope(scope: str) -> str:
    if scope not in SCOPES:
        raise InvalidInputError(f"Unknown scope {scope!r}: use one of {', '.join(SCOPES)}.")
    return scope


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_key(store: CaseStore, scope: str, name: str | None = None) -> str:
    """Store a new key and return its plaintext, which is never stored and cannot be shown again."""
    _check_scope(scope)
    key = PREFIX + secrets.token_urlsafe(32)
    key_id = secrets.token_hex(6)
    store.add_key(key_id, (name or f"{scope}-{key_id}").strip()[:200], scope, hash_key(key))
    return key


def verify_key(store: CaseStore, key: str | None) -> KeyRecord | None:
    """The active key record for a presented key, or None for a missing, unknown or revoked key."""
    key = (key or "").strip()
    if not key.startswith(PREFIX) or len(key) > 200:
        return None
    record = store.find_key(hash_key(key))
    if record is None or not record.active:
        return None
    return record


def revoke_key(store: CaseStore, key_or_id: str) -> bool:
    """Revoke by key id (as listed) or by the plaintext key itself; False when nothing active matched."""
    key_or_id = key_or_id.strip()
    if key_or_id.startswith(PREFIX):
        record = store.find_key(hash_key(key_or_id))
        return record is not None and store.revoke_key(record.id)
    return store.revoke_key(key_or_id)


def list_keys(store: CaseStore, include_revoked: bool = False) -> list[KeyRecord]:
    return [k for k in store.list_keys() if include_revoked or k.active]


def has_scope(record: KeyRecord | None, scope: str) -> bool:
    """Whether the key may use endpoints that need ``scope`` (admin may use all)."""
    _check_scope(scope)
    return record is not None and record.active and (record.scope == scope or record.scope == "admin")
