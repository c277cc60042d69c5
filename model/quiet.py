"""Model libraries print progress bars and deprecation chatter on load; users should see ours only."""

from __future__ import annotations

import logging
import warnings


def quiet_libraries() -> None:
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
