"""Batch audit jobs for the API and the QA page: run in a background thread, polled by id, kept on disk."""

from __future__ import annotations

import json
import logging
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger("replywise.jobs")


class AuditJobs:
    def __init__(self, services, root: Path) -> None:  # noqa: ANN001
        self.services = services
        self.root = root
        self._lock = threading.Lock()

    def _dir(self, job_id: str) -> Path:
        if not job_id.isalnum() or len(job_id) > 64:  # ids are 12 hex chars; longer ones cannot be paths
            raise KeyError(job_id)
        return self.root / job_id

    def status(self, job_id: str) -> dict[str, Any]:
        path = self._dir(job_id) / "status.json"
        if not path.exists():
            raise KeyError(job_id)
        return json.loads(path.read_text())

    def _write_status(self, job_id: str, **fields: Any) -> None:
        path = self._dir(job_id) / "status.json"
        with self._lock:
            current = json.loads(path.read_text()) if path.exists() else {}
            current |= fields
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(current))
            tmp.replace(path)

    def submit(self, conversations: list[dict], rejected: list[dict]) -> dict[str, Any]:
        job_id = uuid.uuid4().hex[:12]
        folder = self._dir(job_id)
        folder.mkdir(parents=True)
        self._write_status(job_id, id=job_id, state="queued", total=len(conversations), done=0,
                           rejected=rejected, created_at=datetime.now(UTC).isoformat())
        threading.Thread(target=self._run, args=(job_id, conversations), daemon=True, name=f"audit-{job_id}").start()
        return self.status(job_id)

    def _run(self, job_id: str, conversations: list[dict]) -> None:
        folder = self._dir(job_id)
        try:
            from evaluation.audit_report import write_report

            self._write_status(job_id, state="running")
            results: list[dict] = []
            for i in range(0, len(conversations), 64):
                results.extend(self.services.audit_many(conversations[i:i + 64]))
                self._write_status(job_id, done=len(results))
            self.services.save_audit_memory()
            with open(folder / "audit.jsonl", "w", encoding="utf-8") as fh:
                for r in results:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            write_report(results, conversations, folder / "report")
            verdicts = {v: sum(r["verdict"] == v for r in results) for v in ("pass", "review", "fail")}
            self._write_status(job_id, state="done", verdicts=verdicts,
                               finished_at=datetime.now(UTC).isoformat())
        except Exception as exc:  # the job reports its failure; the service keeps running
            log.exception("audit job %s failed", job_id)
            self._write_status(job_id, state="failed", error=f"{type(exc).__name__}: {exc}")

    def report_file(self, job_id: str, name: str) -> Path:
        if "\x00" in name or len(name) > 255:
            raise KeyError(name)
        folder = (self._dir(job_id) / "report").resolve()
        path = (folder / name).resolve()
        if folder not in path.parents or not path.is_file():
            raise KeyError(name)
        return path
