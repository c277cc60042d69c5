"""The sample cases bundled with Replywise (datasets/sample_cases.jsonl), so drafting works out of the box."""

from __future__ import annotations

import json
from pathlib import Path

from model.types import Case

SAMPLE_CASES = Path(__file__).resolve().parents[1] / "datasets" / "sample_cases.jsonl"
SAMPLE_POSTS = SAMPLE_CASES.with_name("sample_posts.jsonl")


def load_sample_cases(path: Path = SAMPLE_CASES) -> list[Case]:
    if not path.exists():
        return []
    cases = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                cases.append(Case(id=d["id"], post=d["post"], reply=d["reply"], brand=d.get("brand") or "",
                                  channel=d.get("channel") or "twitter", language=d.get("language") or "en",
                                  created_at=d.get("created_at"), outcome=d.get("outcome"),
                                  quality=float(d.get("quality", 1.0))))
    return cases
