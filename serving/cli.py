"""The `replywise` command. Every command reports errors as one clear line, never a traceback."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from serving.config import Settings
from serving.jsonl import STDOUT

app = typer.Typer(help="Replywise: reply recommendations for social-media customer care.",
                  pretty_exceptions_enable=False, no_args_is_help=True, add_completion=False)
cases_app = typer.Typer(help="Manage the store of past cases.", no_args_is_help=True)
keys_app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
models_app = typer.Typer(help="List, promote and roll back model versions.", no_args_is_help=True)
app.add_typer(cases_app, name="cases")
app.add_typer(keys_app, name="keys")
app.add_typer(models_app, name="models")
index_app = typer.Typer(help="Build the retrieval index offline, for instances to load.", no_args_is_help=True)
app.add_typer(index_app, name="index")

InputOpt = Annotated[Path, typer.Option("--input", "-i", help="JSONL file, one object per line")]
OutputOpt = Annotated[Path, typer.Option("--output", "-o", help="JSONL file to write; - for stdout")]


def err(message: str) -> None:
    typer.echo(message, err=True)


def fail(message: str, code: int = 1) -> None:
    err(f"error: {message}")
    raise typer.Exit(code)


def _settings() -> Settings:
    from pydantic import ValidationError

    try:
        settings = Settings()
    except ValidationError as exc:
        fail(f"bad REPLYWISE_* setting: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}")
        raise  # unreachable
    if settings.home.exists() and not settings.home.is_dir():
        fail(f"REPLYWISE_HOME {settings.home} is a file; point it at a folder (it is created if missing)")
    settings.keep_writes_in_home()  # every command: eval's charts and batch's Dask scratch space too
    return settings


def _services():
    from serving.services import Services

    return Services(_settings())


def _check_input(path: Path, output: Path | None = None, report: Path | None = None) -> None:
    """Path mistakes are caught before the models load, and never cost the input file."""
    if not path.exists():
        fail(f"input file {path} does not exist")
    if path.is_dir():
        fail(f"input {path} is a folder, not a file")
    if output is not None and str(output) != STDOUT:
        if output.exists() and output.samefile(path):  # the same file, by any path or hard link
            fail(f"--output {output} is the input file: writing it would erase the input; choose another path")
        if output.is_dir():
            fail(f"--output {output} is a folder; give a file path")
        if any(p.exists() and not p.is_dir() for p in output.resolve().parents):
            fail(f"--output {output}: a part of its folder path is a file")
    if report is not None and report.exists() and not report.is_dir():
        fail(f"--report {report} is a file; give a folder for index.html and rows.csv")


def _check_datasets_root(root: Path | None) -> None:
    """A --datasets-root that is no folder, caught before any model loads (train and eval)."""
    if root is not None and not root.is_dir():
        fail(f"E408 --datasets-root {root} is not a folder of datasets")


def _finish(ok: int, failed: int, what: str) -> None:
    err(f"{ok} {what} written, {failed} line(s) skipped")
    if ok == 0 and failed > 0:
        raise typer.Exit(1)


@app.command()
def analyze(input: InputOpt, output: OutputOpt,
            batch_size: Annotated[int, typer.Option(min=1, max=1024)] = 128,
            workers: Annotated[int | None, typer.Option(
                min=1, max=64, help="processes scoring in parallel, each with its own models (default: one per "
                                    "core, at most 4, for a file of 1,000 lines or more; else 1)")] = None) -> None:
    """Score posts: sentiment, urgency, privacy (PII spans), route and language."""
    from serving.jsonl import count_lines, process_jsonl
    from serving.pool import AnalyzePool, auto_workers
    from serving.schemas import PostIn

    _check_input(input, output)
    workers = workers or auto_workers(count_lines(input), os.cpu_count() or 1)
    services = _services()
    if workers == 1:
        _ = services.analyzer  # load the models before the progress bar starts
        ok, failed = process_jsonl(input, output, PostIn, services.analyze_rows, err,
                                   services.settings.max_line_bytes, batch_size=batch_size, desc="analyze")
    else:
        with AnalyzePool(workers, services.analyze_rows) as pool:
            ok, failed = process_jsonl(input, output, PostIn, pool, err, services.settings.max_line_bytes,
                                       batch_size=batch_size * workers, desc=f"analyze ({workers} processes)",
                                       submit=pool.submit)
    _finish(ok, failed, "analyses")


def main() -> None:
    """Entry point with a last-resort guard: a bug shows as one line, not a traceback."""
    from model.errors import RecommenderError

    try:
        app()
    except RecommenderError as exc:
        err(f"error [{exc.code}]: {exc.message}")
        sys.exit(1)
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001
        err(f"error: unexpected {type(exc).__name__}: {exc}")
        sys.exit(1)


@app.command()
def drafts(input: InputOpt, output: OutputOpt,
           k: Annotated[int, typer.Option("--k", min=1, max=10, help="drafts per post")] = 3,
           rephraser: Annotated[str | None, typer.Option(help="bank (fast) or smollm2 (neural)")] = None) -> None:
    """Draft replies for posts from past successful cases (the store plus the bundled samples)."""
    from serving.jsonl import process_jsonl
    from serving.schemas import DraftIn
    from serving.services import to_post

    _check_input(input, output)
    services = _services()
    if rephraser:
        if rephraser not in ("bank", "smollm2"):
            fail("--rephraser must be 'bank' or 'smollm2'")
        services.settings.rephraser = rephraser
    _ = services.recommender  # loaded before the progress bar starts

    short = 0  # posts that got fewer than k drafts (a brand with few cases has few different answers)

    def handle(rows: list[DraftIn]) -> list[dict]:
        nonlocal short
        # remembered with their draft_id, so feedback on them later (POST /v1/feedback) knows the post
        results = [services.draft_for(to_post(row), k, row.id) for row in rows]
        short += sum(len(r.get("drafts", [])) < k for r in results)
        return results

    ok, failed = process_jsonl(input, output, DraftIn, handle, err, services.settings.max_line_bytes,
                               batch_size=16, desc="drafts")
    if short:
        err(f"{short} post(s) got fewer than {k} drafts: their brand's cases hold fewer different answers")
    _finish(ok, failed, "draft sets")


@app.command()
def audit(input: Annotated[Path, typer.Option("--input", "-i", help="conversations as JSONL or CSV")],
          output: OutputOpt,
          report: Annotated[Path | None, typer.Option("--report", help="folder for index.html and rows.csv")] = None,
          ) -> None:
    """Tone audit of replies: empathy, scriptedness, tone match, privacy, runaround, next step, timing, length."""
    from serving.jsonl import process_jsonl
    from serving.schemas import ConversationIn

    _check_input(input, output, report)
    services = _services()
    _ = services.auditor  # load the models before the progress bar starts
    kept: list[dict] = []
    results: list[dict] = []

    def handle(rows: list[ConversationIn]) -> list[dict]:
        convs = [r.model_dump() for r in rows]
        out = services.audit_many(convs)
        if report:
            kept.extend(convs)
            results.extend(out)
        return out

    ok, failed = process_jsonl(input, output, ConversationIn, handle, err, services.settings.max_line_bytes,
                               batch_size=64, desc="audit")
    services.save_audit_memory()
    if report and results:
        from evaluation.audit_report import write_report

        path = write_report(results, kept, report)
        err(f"report written to {path}")
    _finish(ok, failed, "audits")


@app.command("batch")
def batch(kind: Annotated[str, typer.Argument(help="analyze | audit")], input: InputOpt,
          output_dir: Annotated[Path, typer.Option("--output-dir", help="folder for part-*.jsonl and summary.json")],
          workers: Annotated[int, typer.Option(min=1, max=256, help="local worker processes")] = 2,
          part_lines: Annotated[int, typer.Option(min=1, help="lines per task")] = 20_000,
          scheduler: Annotated[str | None, typer.Option(help="address of a running Dask scheduler")] = None,
          ) -> None:
    """Analyze or audit millions of lines on Dask (local processes or a cluster); re-runs resume."""
    settings = _settings()  # first: Dask reads its scratch folder (under REPLYWISE_HOME) when it is imported
    from serving import distributed

    if kind not in distributed.KINDS:
        fail(f"KIND must be one of {', '.join(distributed.KINDS)}")
    _check_input(input)
    if input.suffix.lower() == ".csv":
        fail("batch reads JSONL (one object per line); convert the CSV first, or use `replywise audit` for CSV")
    summary = distributed.run(kind, input, output_dir, workers=workers, lines_per_part=part_lines,  # type: ignore[arg-type]
                              scheduler=scheduler, max_line_bytes=settings.max_line_bytes)
    for e in summary["errors"][:50]:
        err(f"line {e['line']}: skipped: {e['reason']}")
    if len(summary["errors"]) > 50:
        err(f"... {len(summary['errors']) - 50} more in {output_dir / 'summary.json'}")
    err(f"{summary['parts']} part(s), {summary['parts_skipped']} already done; see {output_dir / 'summary.json'}")
    _finish(summary["ok"], summary["failed"], f"{kind} results")


@index_app.command("build")
def index_build(output: Annotated[Path, typer.Option("--output", "-o", help="folder to write the index to")]) -> None:
    """Index every case of the store (plus the bundled samples) and write it to a folder; point each instance's
    REPLYWISE_INDEX_DIR at a copy so it starts without re-encoding the case base."""
    services = _services()
    retriever = services.retriever
    retriever.save(output)
    err(f"indexed {len(retriever)} cases into {output}")


@cases_app.command("import")
def cases_import(file: Annotated[Path, typer.Argument(help="TWCS-layout CSV, or cases as JSONL or CSV")],
                 brand: Annotated[str | None, typer.Option("--brand", help="keep/set this brand")] = None) -> None:
    """Load past cases into the store (idempotent: a case id is stored once)."""
    from serving.importers import brand_note, parse_file

    _check_input(file)
    services = _services()
    pii = services.pii
    batch = parse_file(file, brand=brand, redact=pii.redact, redact_many=pii.redact_many)
    result = services.store.add_cases(batch.cases)
    for rejected in batch.rejected:
        err(f"line {rejected.line}: rejected: {rejected.reason}")
    first_line: dict[str, int] = {}
    for case, line in zip(batch.cases, batch.lines, strict=True) if result.conflicts else ():
        first_line.setdefault(case.id, line)
    for conflict in result.conflicts:  # idempotent by id, but a changed text is said, not lost without a word
        line, kept = batch.lines[conflict.position], first_line[conflict.id]
        if conflict.earlier:
            err(f"line {line}: id {conflict.id!r} repeats line {kept} with another text; line {kept} is kept")
        else:
            err(f"line {line}: id {conflict.id!r} is already stored with another post or reply; the stored case is "
                "kept (ids are never overwritten)")
    if batch.skipped:
        err(f"skipped: {batch.skipped} inbound post(s) without a reply of the brand in the file")
    unmatched = brand_note(batch, brand)
    if unmatched:
        err(unmatched)
    typer.echo(f"accepted: {len(result.accepted)}")
    typer.echo(f"already present: {len(result.present)}")
    typer.echo(f"rejected: {len(batch.rejected)}")
    typer.echo(f"conflicts: {len(result.conflicts)}")  # of the already present: the id holds another text
    if not batch.cases and (batch.rejected or unmatched):  # nothing accepted or already present, and said why
        raise typer.Exit(1)


@keys_app.command("create")
def keys_create(scope: Annotated[str, typer.Option(help="agent | qa | trainer | admin")],
                name: Annotated[str, typer.Option(help="who or what uses the key")] = "") -> None:
    """Create an API key; it is printed once, alone on the last line."""
    from serving.keys import SCOPES, create_key

    if scope not in SCOPES:
        fail(f"--scope must be one of {', '.join(SCOPES)}")
    services = _services()
    key = create_key(services.store, scope, name or scope)
    typer.echo(f"Created {'an' if scope[0] in 'aeiou' else 'a'} {scope} key{f' named {name}' if name else ''}. Store it now: it is not shown again.")
    typer.echo(key)


@keys_app.command("list")
def keys_list() -> None:
    """List keys (never the secrets)."""
    from serving.keys import list_keys

    for rec in list_keys(_services().store):
        state = "revoked" if rec.revoked_at else "active"
        typer.echo(f"{rec.id}\t{rec.scope}\t{rec.name}\t{state}\t{rec.created_at:%Y-%m-%d %H:%M}")


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[str, typer.Argument(help="the key id shown by `keys list`")]) -> None:
    """Revoke a key by id."""
    from serving.keys import revoke_key

    if not revoke_key(_services().store, key_id):
        fail(f"no active key with id {key_id}")
    typer.echo(f"revoked {key_id}")


@app.command()
def serve(host: Annotated[str, typer.Option()] = "127.0.0.1", port: Annotated[int, typer.Option()] = 8000,
          workers: Annotated[int, typer.Option(min=1, max=32)] = 1) -> None:
    """Serve the API and the web pages."""
    import uvicorn

    from serving.config import share_cores

    share_cores(workers)  # before the workers start: they read it from the environment
    os.environ.setdefault("REPLYWISE_WARM_IN_BACKGROUND", "true")  # /healthz at once, /readyz 503 while loading
    settings = _settings()
    settings.ensure_home()
    uvicorn.run("serving.api:create_app", factory=True, host=host, port=port, workers=workers,
                log_level=settings.log_level.lower(), timeout_graceful_shutdown=30)


@app.command()
def train(component: Annotated[str, typer.Argument(help="sentiment | urgency | privacy | route | ranker | paraphrase_bank | pii_ner | danger")],
          data: Annotated[Path | None, typer.Option(help="CSV/JSONL with text,label (default: shared datasets)")] = None,
          datasets_root: Annotated[Path | None, typer.Option(help="folder of the shared datasets")] = None,
          output: Annotated[Path | None, typer.Option(help="write here instead of a new registry version")] = None,
          from_store: Annotated[bool, typer.Option("--from-store", help="add the case store and feedback")] = False,
          promote: Annotated[bool, typer.Option(help="promote if not worse than the current version")] = False) -> None:
    """Train a scorer, the response ranker, the paraphrase bank or the PII tagger into a versioned model folder
    with its card."""
    from training.cli import run_training

    if data is not None and not data.is_file():
        fail(f"E404 --data {data} is not a file" if data.exists() else f"E404 Training file {data} (--data) does not exist.")
    _check_datasets_root(datasets_root)
    services = _services()
    store_cases = (lambda: list(services.store.iter_cases())) if from_store else None
    run_training(services.settings, component, data=data, root=datasets_root, output=output,
                 store_cases=store_cases, promote=promote, log=typer.echo)


@app.command("eval")
def eval_cmd(output: Annotated[Path, typer.Option("--output", "-o", help="report folder")] = Path("out/eval"),
             only: Annotated[str, typer.Option(help="comma list of sentiment,urgency,privacy,route,pii,drafts,audit")] = "",
             datasets_root: Annotated[Path | None, typer.Option(help="folder of the shared datasets")] = None,
             drafts_limit: Annotated[int, typer.Option(help="test posts drafted for")] = 300) -> None:
    """Run every evaluator on held-out data and write report.md, report.html and metrics.json."""
    from evaluation.run import ALL, run_all

    chosen = tuple(x.strip() for x in only.split(",") if x.strip()) or ALL
    unknown = [x for x in chosen if x not in ALL]
    if unknown:
        fail(f"unknown evaluator(s) {', '.join(unknown)}; choose from {', '.join(ALL)}")
    _check_datasets_root(datasets_root)
    if output.exists() and not output.is_dir():
        fail(f"--output {output} is a file; give a folder for the report")
    settings = _settings()
    report = run_all(output, datasets_root, settings.models_dir, chosen, drafts_limit, log=err)
    typer.echo(f"report written to {output}/report.html (metrics in {output}/metrics.json)")
    if all(isinstance(report.get(name), dict) and "skipped" in report[name] for name in chosen):
        fail("nothing was evaluated: the datasets were not found (give --datasets-root)")


@models_app.command("list")
def models_list() -> None:
    """Versions per component, the promoted one starred, with their primary metrics."""
    from model.registry import COMPONENTS, ModelRegistry

    registry = ModelRegistry(_settings().models_dir)
    for name in COMPONENTS:
        current = registry.current(name)
        typer.echo(f"{name}: {'bundled' if current is None else current} (in use)")
        for version in registry.versions(name):
            star = "*" if version == current else " "
            metrics = registry.metrics(name, version)
            shown = ", ".join(f"{k}={v}" for k, v in list(metrics.items())[:4])
            typer.echo(f"  {star} {version}  {shown}")


@models_app.command("promote")
def models_promote(component: str, version: str) -> None:
    """Make a version the one the service loads (on its next reload)."""
    from model.registry import ModelRegistry

    registry = ModelRegistry(_settings().models_dir)
    registry.verify(component, version)  # a version that does not load would take every request down
    registry.promote(component, version)
    gate = registry.root / component / version / "promotion.json" if registry.root else None
    if gate is None or not gate.exists() or not json.loads(gate.read_text(encoding="utf-8")).get("promoted"):
        typer.echo(f"note: {version} was not promoted by `train --promote` (see its promotion.json, if any): promoted "
                   "by hand, without the not-worse check", err=True)
    typer.echo(f"{component}: {version} promoted; the service loads it within 5 s (or POST /v1/models/reload)")


@models_app.command("rollback")
def models_rollback(component: str) -> None:
    """Undo the latest promotion still in force (repeated: back through the promotions to the bundled model)."""
    from model.registry import ModelRegistry

    previous = ModelRegistry(_settings().models_dir).rollback(component)
    typer.echo(f"{component}: back to {previous or 'the bundled model'}")


if __name__ == "__main__":  # `python -m serving.cli` is the `replywise` command too (it had run nothing, read37)
    main()
