"""The one settings class: every knob comes from ``REPLYWISE_*`` environment variables (or a .env file)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REPLYWISE_", env_file=".env", extra="ignore")

    environment: Literal["local", "test", "production"] = "local"
    home: Path = Field(default=Path("./home"), description="Everything a run writes: store, keys, models, reports")
    store_url: str | None = Field(default=None, description="SQLAlchemy URL; default SQLite under home")
    index_dir: Path | None = Field(default=None, description="An index built offline (`replywise index build`) "
                                   "to start from; new cases are then indexed under home/index")
    rephraser: Literal["bank", "smollm2"] = "bank"
    max_line_bytes: int = 64_000
    rate_limit_per_minute: int = 600
    chatwoot_url: str = "http://127.0.0.1:3000"
    chatwoot_token: str = ""
    webhook_secret: str = ""
    shutdown_drain_seconds: float = Field(default=25.0, ge=0, description="On shutdown, how long Chatwoot messages "
                                          "already accepted may still be drafted and noted (Chatwoot does not send "
                                          "them again after its 200)")
    warm_in_background: bool = Field(default=False, description="Load the models after the server starts listening: "
                                     "/healthz answers at once and /readyz says 503 until they are loaded (`serve` "
                                     "sets it; a liveness probe never kills a server still loading)")
    log_level: str = "INFO"
    threads: int | None = None
    encoder_backend: Literal["onnx", "torch"] = Field(default="onnx", description="MiniLM on ONNX Runtime (int8, "
                                                      "built by `make setup`) or torch int8")
    cache: Path | None = Field(default=None, description="Where MiniLM's ONNX export is made when setup did not "
                               "build it; default home/cache")
    encoder_cache_size: int = Field(default=8192, ge=0, description="Vectors of recent texts kept per process (a "
                                    "post analysed then drafted for, the same past replies in the drafts' guard); 0 "
                                    "keeps none")

    @model_validator(mode="after")
    def _check(self) -> Settings:
        self.home = self.home.expanduser().resolve()
        if self.environment == "production" and self.webhook_secret in ("", "changethis"):
            # Only matters if the generic webhook is used; refuse a guessable secret in production.
            self.webhook_secret = ""
        return self

    @property
    def store(self) -> str:
        return self.store_url or f"sqlite:///{self.home / 'replywise.db'}"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    def keep_writes_in_home(self) -> None:
        """Libraries cache under the user's home by default (tldextract's suffix list through Presidio,
        matplotlib's font cache for the audit charts): a run writes only under REPLYWISE_HOME."""
        os.environ["TLDEXTRACT_CACHE"] = str(self.cache_dir / "tldextract")
        os.environ["MPLCONFIGDIR"] = str(self.cache_dir / "matplotlib")
        # Dask's local cluster keeps its scratch space and locks under the current folder or /tmp otherwise
        os.environ["DASK_TEMPORARY_DIRECTORY"] = str(self.cache_dir / "dask")

    def ensure_home(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        return self.home


@lru_cache
def get_settings() -> Settings:
    return Settings()


def share_cores(processes: int) -> None:
    """Several model-holding processes on one machine: give each its share of the cores (torch, ONNX Runtime,
    BLAS), unless REPLYWISE_THREADS says otherwise. Oversubscribed threads cost a third of the throughput here."""
    if processes <= 1:
        return
    threads = str(max(1, (os.cpu_count() or 1) // processes))
    os.environ.setdefault("REPLYWISE_THREADS", threads)
    os.environ.setdefault("OMP_NUM_THREADS", threads)
