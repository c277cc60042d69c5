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


def _pairs(root: Path | None):  # noqa: ANN202
    from training.data import DEFAULT_ROOT, load_reply_pairs

    return load_reply_pairs(root or DEFAULT_ROOT)


def evaluate_real_replies(n: int = 200, root: Path | None = None, seed: int = 7, show: int = 12) -> dict:
    """Audit ``n`` real brand replies (test split) with each brand's earlier replies (train split) as its history.

    Reports how many are flagged scripted, the verdict mix, and samples of flagged and unflagged replies with
    their nearest earlier reply of the brand, to check by eye.
    """
    import numpy as np

    from model.audit import Conversation, ToneAuditor
    from model.encoder import EN, TextEncoder
    from model.pii import PiiDetector
    from model.retriever import clean_for_encoding

    df = _pairs(root)
    train, test = df[df["split"] == "train"], df[df["split"] == "test"]
    sample = test.sample(n=min(n, len(test)), random_state=seed)
    encoder = TextEncoder()
    history = {}
    for brand, group in train[train["brand"].isin(set(sample["brand"]))].groupby("brand"):
        recent = group.sort_values("reply_time").tail(500)
        history[brand.lower()] = (encoder.encode([clean_for_encoding(r) for r in recent["reply"]], EN),
                                  recent["reply"].tolist())
    auditor = ToneAuditor(encoder, PiiDetector(), brand_vectors=lambda b: history.get(b, (np.zeros((0, 384)), []))[0])
    convs = [Conversation(id=str(r.id), post=r.post, reply=r.reply, brand=r.brand, channel="twitter",
                          post_time=r.post_time.isoformat(), reply_time=r.reply_time.isoformat())
             for r in sample.itertuples()]
    results = auditor.audit_many(convs)
    vecs = encoder.encode([clean_for_encoding(c.reply) for c in convs], EN)

    def nearest(i: int) -> str:
        hist_vecs, texts = history.get(convs[i].brand.lower(), (np.zeros((0, 384)), []))
        return texts[int((hist_vecs @ vecs[i]).argmax())] if len(texts) else ""

    scripted = [i for i, r in enumerate(results) if r.scores["scriptedness"] >= 0.6]
    personal = [i for i, r in enumerate(results) if r.scores["scriptedness"] < 0.3]
    rows = lambda idx: [{"brand": convs[i].brand, "scriptedness": results[i].scores["scriptedness"],  # noqa: E731
                         "reply": convs[i].reply, "nearest_brand_reply": nearest(i)} for i in idx[:show]]
    return {"n": len(results), "flagged_scripted": len(scripted),
            "flagged_scripted_share": round(len(scripted) / max(len(results), 1), 4),
            "verdicts": dict(Counter(r.verdict for r in results)),
            "issues": dict(Counter(i.check for r in results for i in r.issues)),
            "sample_scripted": rows(scripted), "sample_personal": rows(personal)}


def export_conversations(path: Path, n: int = 10_000, root: Path | None = None, seed: int = 7) -> Path:
    """Write ``n`` real post/reply conversations as audit input JSONL (pairs drawn with replacement if needed)."""
    df = _pairs(root)
    sample = df.sample(n=n, replace=n > len(df), random_state=seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for i, r in enumerate(sample.itertuples()):
            fh.write(json.dumps({"id": f"{r.id}-{i}", "post": r.post, "reply": r.reply, "brand": r.brand,
                                 "channel": "twitter", "public": True, "post_time": r.post_time.isoformat(),
                                 "reply_time": r.reply_time.isoformat()}, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Audit checks on sample conversations and real brand replies.")
    parser.add_argument("--real", type=int, default=200, help="real brand replies to audit (0 = skip)")
    parser.add_argument("--export", type=Path, default=None, help="write conversations JSONL for a batch audit")
    parser.add_argument("--export-n", type=int, default=10_000)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    if args.export:
        print(export_conversations(args.export, args.export_n))
        return
    report = {"samples": evaluate_samples() if SAMPLES.exists() else None,
              "real_replies": evaluate_real_replies(args.real) if args.real else None}
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
