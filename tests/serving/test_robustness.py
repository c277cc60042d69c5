"""Robustness of the API: property-based fuzzing of the OpenAPI schema the app serves, crash safety of bulk
ingest under SIGKILL, and `serve --workers N` with a graceful shutdown.

All slow: they load the real models, in process or in a real `python -m serving serve` process.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import pytest

PYTHON = sys.executable
READY_TIMEOUT_S = 300.0  # a server warms its models up before /readyz says ready, and the CPU may be shared


# ---- 1. fuzzing the OpenAPI schema the app serves -----------------------------------------------------------

# Generated requests per operation and generation mode (negative = bodies/parameters that break the schema).
POSITIVE_EXAMPLES = 15
NEGATIVE_EXAMPLES = 10
# Excluded operations, each with the reason.
FUZZ_EXCLUDED_PATHS = [
    # A valid `message_created` event schedules drafting and a POST to Chatwoot with retries and backoff
    # (seconds of sleeping per request, run inline by the in-process transport). test_api.py covers it
    # against a fake Chatwoot. Its body is free-form (no request schema), so fuzzing adds little here.
    "/v1/integrations/chatwoot",
]


@pytest.fixture()
def hypothesis_home(tmp_path: Path) -> Iterator[Path]:
    """Hypothesis caches constants under ./.hypothesis; keep that out of the working tree."""
    from hypothesis.configuration import set_hypothesis_home_dir

    path = tmp_path / "hypothesis"
    set_hypothesis_home_dir(path)
    try:
        yield path
    finally:
        set_hypothesis_home_dir(None)


@pytest.fixture()
def fuzzed_app(tmp_path: Path):
    from serving.api import create_app
    from serving.config import Settings
    from serving.keys import create_key
    from serving.services import Services

    # A webhook secret so the generic webhook answers 401 to unsigned bodies rather than 503 "not configured";
    # a rate limit no fuzzing run reaches; a Chatwoot address nothing listens on.
    settings = Settings(home=tmp_path / "home", webhook_secret="s3cret", chatwoot_url="http://127.0.0.1:9",
                        rate_limit_per_minute=1_000_000)
    services = Services(settings)
    app = create_app(settings, services)
    admin_key = create_key(services.store, "admin", "fuzz-admin")  # admin implies every scope
    return app, admin_key


def _describe(exc: BaseException) -> str:
    """A schemathesis FailureGroup as text: its title, then notes with each failure, response and curl command."""
    return "\n".join([str(getattr(exc, "message", exc)), *getattr(exc, "__notes__", [])])


@pytest.mark.slow
def test_schemathesis_finds_no_server_errors(fuzzed_app, hypothesis_home: Path) -> None:
    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error
    from schemathesis.core.failures import FailureGroup
    from schemathesis.specs.openapi.checks import response_schema_conformance

    # Not `schemathesis.pytest.from_fixture(...).parametrize()`: schemathesis 4.32's lazy loader sets
    # `request.node._nodeid`, which pytest 9.2 nodes no longer have. One Hypothesis test per operation and
    # mode, run here, reaches the same cases through the same strategies and checks.
    app, admin_key = fuzzed_app
    headers = {"Authorization": f"Bearer {admin_key}"}
    # The coverage phase enumerates boundary values with no bound on their number; the example database is off
    # so nothing is written to the working tree.
    config = schemathesis.Config.from_dict({"phases": {"coverage": {"enabled": False}},
                                            "generation": {"database": "none"}})
    # Loading the schema starts the app's lifespan (model warm-up) once; the schemathesis pytest plugin ends it
    # at teardown.
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=config)
    for path in FUZZ_EXCLUDED_PATHS:
        schema = schema.exclude(path=path)

    problems: list[str] = []
    exercised: list[str] = []
    started = time.perf_counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode, examples in ((GenerationMode.POSITIVE, POSITIVE_EXAMPLES),
                               (GenerationMode.NEGATIVE, NEGATIVE_EXAMPLES)):
            calls = 0

            # No shrinking: each failing example is reported as found, which keeps the run bounded.
            @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def check(case) -> None:  # noqa: ANN001
                nonlocal calls
                calls += 1
                case.call_and_validate(headers=headers, checks=[not_a_server_error, response_schema_conformance])

            try:
                check()
            except Unsatisfiable:
                # No input to break: GET /healthz and other operations without parameters or a body schema.
                if mode is GenerationMode.POSITIVE:
                    problems.append(f"{operation.label}: no positive case could be generated")
            except (FailureGroup, Exception) as exc:  # noqa: B014  (FailureGroup is a BaseExceptionGroup)
                problems.append(f"{operation.label} [{mode.value}]: {_describe(exc)}")
            if calls:
                exercised.append(f"{operation.label} [{mode.value}] x{calls}")
    elapsed = time.perf_counter() - started
    print(f"fuzzed {len(exercised)} operation/mode pairs in {elapsed:.0f} s:", *exercised, sep="\n  ")
    assert not problems, "\n\n".join(problems)
    assert any(label.startswith("POST /v1/cases") for label in exercised)


# ---- real server processes ------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("REPLYWISE_STORE_URL", None)  # the default SQLite store under home
    env["REPLYWISE_HOME"] = str(home)
    env["REPLYWISE_RATE_LIMIT_PER_MINUTE"] = "100000"
    return env


def _create_key(home: Path, scope: str, cwd: Path) -> str:
    done = subprocess.run([PYTHON, "-m", "serving", "keys", "create", "--scope", scope], env=_env(home), cwd=cwd,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    key = done.stdout.strip().splitlines()[-1].strip()
    assert key.startswith("rw_"), done.stdout
    return key


class Server:
    """A `python -m serving serve` process in its own process group, its output in a log file."""

    def __init__(self, home: Path, workdir: Path, workers: int = 1) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / f"serve-{self.port}.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115  (closed in stop())
        args = [PYTHON, "-m", "serving", "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        if workers > 1:
            args += ["--workers", str(workers)]
        self.proc = subprocess.Popen(args, env=_env(home), cwd=workdir, stdout=self._log,
                                     stderr=subprocess.STDOUT, start_new_session=True)

    def log(self, tail: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-tail:]

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> float:
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.proc.poll() is not None:
                pytest.fail(f"server exited with {self.proc.returncode} before it was ready:\n{self.log()}")
            try:
                if httpx.get(f"{self.base}/readyz", timeout=5).status_code == 200:
                    return time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        pytest.fail(f"/readyz not 200 within {timeout:.0f} s:\n{self.log()}")

    def stop(self) -> None:
        """Teardown: the whole process group (uvicorn workers included), whatever state it is in."""
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        if self.proc.poll() is None:
            self.proc.wait(timeout=30)
        self._log.close()


@contextmanager
def running_server(home: Path, workdir: Path, workers: int = 1) -> Iterator[Server]:
    server = Server(home, workdir, workers)
    try:
        yield server
    finally:
        server.stop()


# ---- 2. SIGKILL during bulk ingest --------------------------------------------------------------------------


BATCHES = 40
BATCH_SIZE = 25
KILL_AFTER_BATCHES = 20  # of 40: the kill lands mid-way, in the middle of a request


def _batch(number: int) -> list[dict[str, str]]:
    return [{"id": f"kill-{number:03d}-{i:02d}", "brand": "Nimbus",
             "post": f"@Nimbus order {number * 100 + i} arrived broken, what now?",
             "reply": f"Sorry about order {number * 100 + i}! DM us a photo and we'll send a replacement today."}
            for i in range(BATCH_SIZE)]


@pytest.mark.slow
def test_killing_the_server_during_bulk_ingest_loses_no_acknowledged_case(tmp_path: Path) -> None:
    from serving.config import Settings
    from serving.store import CaseStore

    home = tmp_path / "home"
    key = _create_key(home, "trainer", tmp_path)
    acknowledged: set[str] = set()
    acked_batches = 0
    failures: list[str] = []  # requests that got no 2xx (the kill cuts one of them off)
    unexpected: list[str] = []
    progress = threading.Condition()

    with running_server(home, tmp_path) as server:
        warm = server.wait_ready()

        def send() -> None:
            nonlocal acked_batches
            with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {key}"},
                              timeout=120) as client:
                for number in range(BATCHES):
                    try:
                        response = client.post("/v1/cases", json={"cases": _batch(number)})
                    except httpx.HTTPError as exc:
                        failures.append(f"batch {number}: {type(exc).__name__}")
                        continue
                    if not response.is_success:
                        failures.append(f"batch {number}: HTTP {response.status_code}")
                        continue
                    body = response.json()
                    if body["rejected"]:
                        unexpected.append(f"batch {number}: rejected {body['rejections']}")
                    with progress:
                        acknowledged.update(body["accepted_ids"])
                        acknowledged.update(body["present_ids"])
                        acked_batches += 1
                        progress.notify_all()

        sender = threading.Thread(target=send, name="bulk-ingest", daemon=True)
        started = time.monotonic()
        sender.start()
        with progress:
            assert progress.wait_for(lambda: acked_batches >= KILL_AFTER_BATCHES or not sender.is_alive(),
                                     timeout=150), f"only {acked_batches} batches acknowledged:\n{server.log()}"
        # The sender posts the next batch as soon as an answer arrives: this lands in the middle of a request.
        os.kill(server.proc.pid, signal.SIGKILL)
        server.proc.wait(timeout=30)
        sender.join(timeout=150)
        ingest = time.monotonic() - started
        assert not sender.is_alive()

    print(f"warm-up {warm:.0f} s; {acked_batches} batches ({len(acknowledged)} cases) acknowledged in "
          f"{ingest:.0f} s before SIGKILL; failed requests: {failures[:3]}...")
    assert not unexpected, unexpected
    assert acked_batches >= KILL_AFTER_BATCHES
    assert failures, "the kill came after the last batch: nothing was cut off"
    assert len(acknowledged) == acked_batches * BATCH_SIZE

    store = CaseStore(Settings(home=home, store_url=None).store)
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
        stored = {case.id for case in store.iter_cases()}
    finally:
        store.close()
    missing = sorted(acknowledged - stored)
    assert not missing, f"{len(missing)} acknowledged case(s) lost, e.g. {missing[:5]}"


# ---- 3. serve --workers 2 -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_serve_with_two_workers_answers(tmp_path: Path) -> None:
    home = tmp_path / "home"
    key = _create_key(home, "agent", tmp_path)
    with running_server(home, tmp_path, workers=2) as server:
        server.wait_ready()
        # Each worker warms its own models up and logs "Application startup complete." when it serves.
        deadline = time.monotonic() + READY_TIMEOUT_S
        while server.log(tail=10**6).count("Application startup complete.") < 2:
            assert time.monotonic() < deadline, f"the second worker never started:\n{server.log()}"
            assert server.proc.poll() is None, f"server exited with {server.proc.returncode}:\n{server.log()}"
            time.sleep(0.5)

        assert httpx.get(f"{server.base}/healthz", timeout=10).json() == {"status": "ok"}
        with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {key}"}, timeout=60) as client:
            for i in range(4):  # new connections, so both workers may take some
                r = client.post("/v1/analyze", json={"id": f"w{i}", "text": "My card was charged twice, help!"},
                                headers={"Connection": "close"})
                assert r.status_code == 200, r.text
                assert r.json()["id"] == f"w{i}" and r.json()["route"]["team"]
            # personal data in good and bad requests: answered, never logged
            secret_email, secret_card = "zoe.quist@example.org", "4929 1234 5678 9018"
            ok = client.post("/v1/analyze", json={"id": "pii", "text": f"mail me at {secret_email}, card {secret_card}"})
            assert ok.status_code == 200 and ok.json()["privacy"]["pii"]
            bad = client.post("/v1/analyze", json={"id": "pii2", "text": secret_email, "channel": [secret_card]})
            assert bad.status_code == 422
            bad_json = client.post("/v1/analyze", content=f'{{"text": "{secret_email}"'.encode(),
                                   headers={"Content-Type": "application/json"})
            assert bad_json.status_code == 422

        stopping = time.monotonic()
        server.proc.send_signal(signal.SIGTERM)
        try:
            code = server.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail(f"no graceful shutdown within 30 s of SIGTERM:\n{server.log()}")
        print(f"shut down in {time.monotonic() - stopping:.1f} s with exit code {code}")
        assert code == 0, server.log()
        log = server.log(tail=10**6)
        assert "Traceback" not in log, log[-4000:]
        assert log.count("Application shutdown complete.") == 2, log[-4000:]  # each worker ran its lifespan exit
        written = log + "".join(p.read_text(errors="replace") for p in home.rglob("*.log"))
        assert secret_email not in written and secret_card not in written and "4929" not in written


def test_a_chatwoot_event_is_still_deduplicated_when_the_store_cannot_answer() -> None:
    """A store locked by a long import (or down) must cost no webhook: this process remembers the event instead."""
    from types import SimpleNamespace

    from sqlalchemy.exc import OperationalError

    from serving import webhooks

    class LockedStore:
        def first_delivery(self, key: str) -> bool:
            raise OperationalError("INSERT", {}, Exception("database is locked"))

        def forget_delivery(self, key: str) -> None:
            raise OperationalError("DELETE", {}, Exception("database is locked"))

    services = SimpleNamespace(store=LockedStore())
    key = webhooks._event_key({"id": 77, "account": {"id": 3}, "conversation": {"id": 42}})
    assert key == "chatwoot:3:42:77"
    assert webhooks._first_delivery(services, key) and not webhooks._first_delivery(services, key)
    webhooks._forget_delivery(services, key)  # the note failed: a redelivery is drafted again
    assert webhooks._first_delivery(services, key)
    assert webhooks._first_delivery(services, None) and webhooks._first_delivery(services, None)  # no id: always new
