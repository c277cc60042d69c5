"""Benchmarks on this machine: analyze throughput (in one process, and the `replywise analyze` command in one and
two processes), single-post latency, drafts latency for both rephrasers, retrieval latency at 10k / 100k / 1M
stored cases (synthetic vectors), service memory and cold start.

    python -m evaluation.bench [--quick] [--output out/bench.json]
    python -m evaluation.bench --command 4000     # only the analyze command, 1 and 2 processes

Prints a table and writes JSON. Figures are what this run measured, on the posts named in the output.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
POSTS = ROOT / "datasets" / "sample_posts.jsonl"


TWCS = ROOT.parent / "shared" / "datasets" / "twcs_customer_support_on_twitter" / "twcs_random5000.csv"


def posts_from() -> str:
    """Which posts the benches time, reported beside every figure: the bundled sample posts are shorter and time
    about twice as fast as real tweets (a checkout without ../shared beside it read 164-202 posts/s against ~90)."""
    return "twcs_random5000 (real tweets)" if TWCS.exists() else "bundled sample posts (../shared not found)"


def _posts(n: int) -> list[str]:
    """Real tweets from the shared TWCS sample when present, else the bundled sample posts, repeated to n."""
    texts: list[str] = []
    twcs = TWCS
    if not twcs.exists():
        print(f"bench: {twcs} not found, timing the bundled sample posts: not comparable with real tweets",
              file=sys.stderr)
    if twcs.exists():
        import csv

        with open(twcs, encoding="utf-8") as fh:
            texts = [r["text"] for r in csv.DictReader(fh) if r.get("inbound") == "True"][:n]
    if not texts:
        texts = [json.loads(line)["text"] for line in POSTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return (texts * (n // max(len(texts), 1) + 1))[:n]


def _pct(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)) * 1000, 1)


def bench_analyze(n: int) -> dict:
    from model.factory import build_analyzer
    from model.types import Post

    analyzer = build_analyzer()
    texts = _posts(n)
    analyzer.analyze_many([Post(text=t) for t in texts[:64]])  # warm-up
    analyzer.encoder.clear_cache()  # each timed phase encodes its posts afresh
    t0 = time.perf_counter()
    for i in range(0, len(texts), 256):
        analyzer.analyze_many([Post(text=t) for t in texts[i:i + 256]])
    rate = len(texts) / (time.perf_counter() - t0)
    single = []
    analyzer.encoder.clear_cache()
    for t in texts[:200]:
        s = time.perf_counter()
        analyzer.analyze(Post(text=t))
        single.append(time.perf_counter() - s)
    return {"analyze_posts_per_s": round(rate, 1), "analyze_n": len(texts), "single_ms_p50": _pct(single, 50),
            "single_ms_p95": _pct(single, 95), "posts_from": posts_from()}, analyzer


def bench_drafts(analyzer, n: int, rephraser: str) -> dict:  # noqa: ANN001
    from model.factory import build_recommender
    from model.retriever import CaseRetriever
    from model.samples import load_sample_cases
    from model.types import Post

    retriever = CaseRetriever(analyzer.encoder).fit(load_sample_cases())
    rec = build_recommender(analyzer, retriever, rephraser=rephraser)
    texts = _posts(n)
    rec.recommend(Post(text=texts[0]), k=3)
    analyzer.encoder.clear_cache()
    lat, used = [], []
    for i, t in enumerate(texts):
        s = time.perf_counter()
        drafts = rec.recommend(Post(text=t, id=str(i)), k=3).drafts
        lat.append(time.perf_counter() - s)
        used += [d.rephraser for d in drafts]
    share = round(sum(u == rephraser for u in used) / max(len(used), 1), 3)
    return {f"drafts_{rephraser}_ms_p50": _pct(lat, 50), f"drafts_{rephraser}_ms_p95": _pct(lat, 95),
            f"drafts_{rephraser}_n": len(lat), f"drafts_{rephraser}_share_by_it": share}


def bench_retrieval(sizes: list[int], dim: int = 384, queries: int = 200) -> dict:
    from model.index import VectorIndex

    rng = np.random.default_rng(0)
    out = {}
    for size in sizes:
        vecs = rng.normal(size=(size, dim)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        t0 = time.perf_counter()
        index = VectorIndex(dim).fit(vecs)
        build = time.perf_counter() - t0
        rows = rng.integers(0, size, queries)
        q = vecs[rows] + rng.normal(scale=0.01, size=(queries, dim)).astype(np.float32)
        lat, found = [], 0
        for row, target in zip(q, rows, strict=True):
            s = time.perf_counter()
            _, ids = index.search(row[None, :], 40)
            lat.append(time.perf_counter() - s)
            found += int(ids[0][0] == target)
        out[f"retrieval_{size}"] = {"index": index.kind(size), "build_s": round(build, 1), "ms_p50": _pct(lat, 50),
                                    "ms_p95": _pct(lat, 95), "recall_at_1": round(found / queries, 3)}
        del vecs, index
    return out


def bench_analyze_command(n: int, workers: tuple[int, ...] = (1, 2)) -> dict:
    """``replywise analyze`` on n posts as a user runs it, once per worker count: the wall time, and the scoring
    rate once the models are loaded (the same command on 20 posts times the loading, which is subtracted)."""
    import tempfile

    out: dict = {"posts_from": posts_from()}
    texts = _posts(n)
    with tempfile.TemporaryDirectory() as tmp:
        for size in (n, 20):
            with open(Path(tmp) / f"posts{size}.jsonl", "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps({"id": str(i), "text": t, "channel": "twitter"}) + "\n"
                              for i, t in enumerate(texts[:size]))
        for w in workers:
            wall = {}
            for size in (20, n):
                cmd = [sys.executable, "-m", "serving", "analyze", "--input", str(Path(tmp) / f"posts{size}.jsonl"),
                       "--output", str(Path(tmp) / "out.jsonl"), "--workers", str(w)]
                t0 = time.perf_counter()
                subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
                wall[size] = time.perf_counter() - t0
            out[f"analyze_command_{w}_processes"] = {
                "posts": n, "wall_s": round(wall[n], 1), "loading_s": round(wall[20], 1),
                "posts_per_s_after_loading": round((n - 20) / max(wall[n] - wall[20], 1e-9), 1)}
    return out


def bench_cold_start() -> dict:
    """A fresh process: import, load every model, score one post."""
    code = ("import time; t=time.perf_counter(); import model; from model.quiet import quiet_libraries; "
            "quiet_libraries(); from model.factory import build_analyzer; from model.types import Post; "
            "a=build_analyzer(); a.analyze(Post(text='hello, my order is late')); "
            "import resource; print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    seconds, rss = out.stdout.split()[-2:]
    return {"cold_start_s": round(float(seconds), 1), "analyzer_process_max_rss_mb": round(int(rss) / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller sizes (no 1M retrieval, fewer posts)")
    parser.add_argument("--output", type=Path, default=ROOT / "out" / "bench.json")
    parser.add_argument("--smollm2", action="store_true", help="also time drafts with the neural rephraser")
    parser.add_argument("--smollm2-only", type=int, default=0, metavar="N",
                        help="only drafts latency with the neural rephraser, over N posts")
    parser.add_argument("--command", type=int, default=0, metavar="N",
                        help="only `replywise analyze` on N posts, in one process and in two")
    parser.add_argument("--retrieval", type=int, nargs="*", metavar="N",
                        help="only the retrieval benchmark, at these sizes (e.g. --retrieval 1000000)")
    args = parser.parse_args()
    from model.quiet import quiet_libraries

    quiet_libraries()
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform()}}
    if args.smollm2_only:
        from model.factory import build_analyzer

        results |= bench_drafts(build_analyzer(), args.smollm2_only, "smollm2")
        _print_and_write(results, args.output)
        return
    if args.command:
        results |= bench_analyze_command(args.command)
        _print_and_write(results, args.output)
        return
    if args.retrieval:
        results |= bench_retrieval(args.retrieval)
        _print_and_write(results, args.output)
        return
    analyze, analyzer = bench_analyze(500 if args.quick else 2000)
    results |= analyze
    results |= bench_drafts(analyzer, 50 if args.quick else 200, "bank")
    if args.smollm2:
        results |= bench_drafts(analyzer, 10 if args.quick else 30, "smollm2")
    results["service_max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    results |= bench_retrieval([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    results |= bench_analyze_command(1000 if args.quick else 4000)
    results |= bench_cold_start()
    _print_and_write(results, args.output)


def _print_and_write(results: dict, output: Path) -> None:
    width = max(len(k) for k in results)
    for k, v in results.items():
        print(f"{k:<{width}}  {v}")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2))
    print(f"written to {output}")


if __name__ == "__main__":
    main()
