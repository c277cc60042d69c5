"""The components a process needs, built once from Settings and shared by the CLI and the API."""

from __future__ import annotations

import logging
import threading
import warnings
from functools import cached_property

from model.types import Post
from serving.config import Settings
from serving.schemas import PostIn

log = logging.getLogger("replywise")


def quiet_libraries() -> None:
    """Model libraries print progress bars and deprecation chatter on load; users should see ours only."""
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    for name in ("presidio-analyzer", "transformers", "sentence_transformers", "huggingface_hub", "httpx"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except ImportError:  # transformers is a dependency; this only guards odd installs
        pass


class Services:
    """Lazy, thread-safe holders; ``reload()`` swaps in newly promoted models without a restart."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        quiet_libraries()

    @cached_property
    def encoder(self):
        from model.encoder import TextEncoder

        return TextEncoder(threads=self.settings.threads)

    @cached_property
    def pii(self):
        from model.pii import PiiDetector

        return PiiDetector()

    @cached_property
    def analyzer(self):
        from model.factory import build_analyzer

        return build_analyzer(self.settings.models_dir, encoder=self.encoder, pii=self.pii)

    @cached_property
    def store(self):
        from serving.store import CaseStore

        self.settings.ensure_home()
        return CaseStore(self.settings.store)

    def reload(self) -> None:
        with self._lock:
            for name in ("analyzer", "recommender", "auditor"):
                self.__dict__.pop(name, None)


def to_post(row: PostIn) -> Post:
    return Post(text=row.text, id=row.id or "", channel=row.channel or "twitter", language=row.language,
                author=row.author, brand=row.brand, public=row.public)
