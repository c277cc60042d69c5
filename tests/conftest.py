"""Shared fixtures: real models are loaded once per session (they are slow to load, cheap to reuse)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import model  # noqa: F401  (sets the offline switches before any model library is imported)
from model.quiet import quiet_libraries

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "datasets"

quiet_libraries()


@pytest.fixture(scope="session")
def encoder():
    from model.encoder import TextEncoder

    return TextEncoder()


@pytest.fixture(scope="session")
def pii_detector():
    from model.pii import PiiDetector

    return PiiDetector()


@pytest.fixture(scope="session")
def analyzer(encoder, pii_detector):
    from model.factory import build_analyzer

    return build_analyzer(None, encoder=encoder, pii=pii_detector)


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh REPLYWISE_HOME per test, as the acceptance checks use."""
    path = tmp_path / "home"
    monkeypatch.setenv("REPLYWISE_HOME", str(path))
    monkeypatch.delenv("REPLYWISE_STORE_URL", raising=False)
    from serving.config import get_settings

    get_settings.cache_clear()
    return path


def shared_datasets() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared/datasets is not present on this machine")
    return SHARED


def pg_url() -> str | None:
    return os.environ.get("REPLYWISE_TEST_PG_URL")
