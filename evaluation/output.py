"""How a benchmark hands back its report: JSON on stdout, and the same in a file when asked."""

from __future__ import annotations

import json
from pathlib import Path


def emit(report: dict, output: Path | None) -> None:
    text = json.dumps(report, indent=2)
    print(text)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text)
