"""Audit checks evaluated on our hand-judged sample conversations (datasets/sample_conversations.jsonl).

Each conversation carries the verdict we expect and why; the report gives agreement, the confusion table and
the rows where the audit and our judgement differ, to read by eye.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "datasets" / "sample_conversations.jsonl"


def evaluate_samples(path: Path = SAMPLES) -> dict:
    from model.audit import Conversation, ToneAuditor

    from model.encoder import TextEncoder
    from model.pii import PiiDetector

    if not path.exists():
        raise FileNotFoundError(2, "no sample conversations", str(path))
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    auditor = ToneAuditor(TextEncoder(), PiiDetector())
    fields = ("id", "post", "reply", "brand", "channel", "public", "post_time", "reply_time", "agent")
    results = [r.to_dict() for r in auditor.audit_many(
        [Conversation(**{k: row[k] for k in fields if row.get(k) is not None}) for row in rows])]
    pairs = [(row.get("expected", {}).get("verdict"), res["verdict"]) for row, res in zip(rows, results, strict=True)]
    judged = [(e, p) for e, p in pairs if e]
    disagreements = [{"id": row["id"], "expected": e, "audit": res["verdict"],
                      "why": row.get("expected", {}).get("why", ""), "issues": [i["check"] for i in res["issues"]]}
                     for row, res, (e, _) in zip(rows, results, pairs, strict=True) if e and e != res["verdict"]]
    return {"n": len(rows), "agreement": round(sum(e == p for e, p in judged) / max(len(judged), 1), 4),
            "confusion": {f"{e}->{p}": n for (e, p), n in sorted(Counter(judged).items())},
            "disagreements": disagreements[:20]}
