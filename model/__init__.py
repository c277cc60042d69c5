"""Inference-time ML for Replywise: encoders, scorers, PII detection, retrieval, rephrasing, pipeline.

Model weights must never come from a hub at run time, so the offline switches are set here, before any
Hugging Face or tldextract import can read them.
"""

import os as _os

for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "ORT_DISABLE_TELEMETRY": "1",  # else ONNX Runtime keeps a device id and an event store under ~/.cache
}.items():
    _os.environ.setdefault(_key, _value)
