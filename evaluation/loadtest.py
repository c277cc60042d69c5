"""Load test over loopback: `replywise serve` in one process, wrk (Debian package `wrk`) in another.

    python -m evaluation.loadtest [--workers 2] [--duration 30] [--connections 8] [--output out/loadtest.json]

Starts the service on a free port with a fresh home (bundled models and sample cases), creates an agent key,
then drives `/v1/analyze` and `/v1/drafts` with real posts (the shared TWCS sample when present, else the
bundled sample posts), one post per request, cycling through them. Prints requests/s, errors and latency
percentiles (p50/p95/p99, from wrk's own histogram) and writes them as JSON. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from evaluation.bench import ROOT, _posts

# wrk's Lua hooks: cycle through the request bodies, then print one JSON line with the summary.
LUA = """
local bodies = {}
for line in io.lines("%(bodies)s") do bodies[#bodies + 1] = line end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer %(key)s"
request = function()
  i = i %% #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "seconds": %%.3f, "errors": {"connect": %%d, "read": %%d, "write": %%d, ' ..
    '"status": %%d, "timeout": %%d}, "p50_ms": %%.1f, "p95_ms": %%.1f, "p99_ms": %%.1f, "max_ms": %%.1f}\\n',
    summary.requests, summary.duration / 1e6, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(url: str, proc: subprocess.Popen, timeout: float = 300) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with code {proc.returncode} before it was ready")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server was not ready after {timeout:.0f} s")


def run_wrk(url: str, bodies: Path, key: str, duration: int, connections: int, work: Path) -> dict:
    script = work / f"load-{bodies.stem}.lua"
    script.write_text(LUA % {"bodies": bodies, "key": key}, encoding="utf-8")
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", str(script), url],
                         capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    result["requests_per_s"] = round(result["requests"] / result["seconds"], 1)
    result["error_total"] = sum(result["errors"].values())
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=int, default=30, help="seconds per endpoint")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--output", type=Path, default=ROOT / "out" / "loadtest.json")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: `apt-get install wrk` (Debian package)")

    work = Path(tempfile.mkdtemp(prefix="replywise-load-"))
    env = os.environ | {"REPLYWISE_HOME": str(work / "home"), "REPLYWISE_RATE_LIMIT_PER_MINUTE": "1000000",
                        "REPLYWISE_LOG_LEVEL": "WARNING", "HF_HUB_OFFLINE": "1",
                        # 500 posts cycle: no vector of a post seen in the last cycle (analyze would time repeats)
                        "REPLYWISE_ENCODER_CACHE_SIZE": "0"}
    cli = [sys.executable, "-m", "serving"]
    key = subprocess.run([*cli, "keys", "create", "--scope", "agent", "--name", "loadtest"], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    texts = _posts(500)
    analyze_bodies = work / "analyze.jsonl"
    analyze_bodies.write_text("\n".join(json.dumps({"id": str(i), "text": t, "channel": "twitter"})
                                        for i, t in enumerate(texts)) + "\n", encoding="utf-8")
    drafts_bodies = work / "drafts.jsonl"
    drafts_bodies.write_text("\n".join(json.dumps({"id": str(i), "text": t, "channel": "twitter", "k": 3})
                                       for i, t in enumerate(texts)) + "\n", encoding="utf-8")

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*cli, "serve", "--port", str(port), "--workers", str(args.workers)], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    results: dict = {"workers": args.workers, "connections": args.connections, "duration_s": args.duration,
                     "posts": "shared TWCS inbound tweets" if len(set(texts)) > 100 else "bundled sample posts",
                     "cpu_count": os.cpu_count()}
    try:
        results["ready_s"] = round(_wait_ready(f"{base}/readyz", server), 1)
        for name, bodies in (("analyze", analyze_bodies), ("drafts", drafts_bodies)):
            run_wrk(f"{base}/v1/{name}", bodies, key, min(5, args.duration), args.connections, work)  # warm-up
            results[name] = run_wrk(f"{base}/v1/{name}", bodies, key, args.duration, args.connections, work)
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)

    print(f"{'endpoint':10} {'req/s':>8} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name in ("analyze", "drafts"):
        r = results[name]
        print(f"{name:10} {r['requests_per_s']:>8} {r['error_total']:>7} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['p99_ms']:>8}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
