"""The `replywise` command. Every command reports errors as one clear line, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from serving.config import Settings

app = typer.Typer(help="Replywise: reply recommendations for social-media customer care.",
                  pretty_exceptions_enable=False, no_args_is_help=True, add_completion=False)
cases_app = typer.Typer(help="Manage the store of past cases.", no_args_is_help=True)
keys_app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
models_app = typer.Typer(help="List, promote and roll back model versions.", no_args_is_help=True)
app.add_typer(cases_app, name="cases")
app.add_typer(keys_app, name="keys")
app.add_typer(models_app, name="models")

InputOpt = Annotated[Path, typer.Option("--input", "-i", help="JSONL file, one object per line")]
OutputOpt = Annotated[Path, typer.Option("--output", "-o", help="JSONL file to write")]


def err(message: str) -> None:
    typer.echo(message, err=True)


def fail(message: str, code: int = 1) -> None:
    err(f"error: {message}")
    raise typer.Exit(code)


def _settings() -> Settings:
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as exc:
        fail(f"bad REPLYWISE_* setting: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}")
        raise  # unreachable


def _services():
    from serving.services import Services

    return Services(_settings())


def _check_input(path: Path) -> None:
    if not path.exists():
        fail(f"input file {path} does not exist")
    if path.is_dir():
        fail(f"input {path} is a folder, not a file")


def _finish(ok: int, failed: int, what: str) -> None:
    err(f"{ok} {what} written, {failed} line(s) skipped")
    if ok == 0 and failed > 0:
        raise typer.Exit(1)


@app.command()
def analyze(input: InputOpt, output: OutputOpt,
            batch_size: Annotated[int, typer.Option(min=1, max=1024)] = 128) -> None:
    """Score posts: sentiment, urgency, privacy (PII spans), route and language."""
    from serving.jsonl import process_jsonl
    from serving.schemas import PostIn
    from serving.services import to_post

    _check_input(input)
    services = _services()
    analyzer = services.analyzer

    def handle(rows: list[PostIn]) -> list[dict]:
        analyses = analyzer.analyze_many([to_post(r) for r in rows])
        return [{"id": r.id} | a.to_dict() for r, a in zip(rows, analyses, strict=True)]

    ok, failed = process_jsonl(input, output, PostIn, handle, err, services.settings.max_line_bytes,
                               batch_size=batch_size, desc="analyze")
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
