"""The `replywise` command as the acceptance checks drive it: a real process, a fresh REPLYWISE_HOME."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "serving"]


def run(args: list[str], home: Path, timeout: int = 600, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLYWISE_")} | {"REPLYWISE_HOME": str(home)}
    env |= env_extra
    proc = subprocess.run(CLI + args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-2000:]
    return proc


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow
def test_analyze_contract(tmp_path: Path) -> None:
    posts = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": "Charged twice for my order!! email me at jo@example.com asap", "channel": "twitter"},
        "{broken",
        {"id": "b", "text": "Obrigado, o app novo ficou ótimo 😍"},
        {"id": "c", "text": 42},
        {"id": "d"},
        {"id": "e", "text": "There is smoke coming out of the charger you sold me", "channel": "facebook"},
    ])
    out = tmp_path / "out.jsonl"
    proc = run(["analyze", "--input", str(posts), "--output", str(out)], tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    for line in (2, 4, 5):
        assert f"line {line}" in proc.stderr
    rows = read_jsonl(out)
    assert [r["id"] for r in rows] == ["a", "b", "e"]
    a, b, e = rows
    assert {"sentiment", "urgency", "privacy", "route", "language"} <= set(a)
    assert a["sentiment"]["label"] == "negative"
    assert abs(sum(a["sentiment"]["scores"].values()) - 1) < 1e-3
    assert any(p["type"] == "EMAIL_ADDRESS" for p in a["privacy"]["pii"])
    span = next(p for p in a["privacy"]["pii"] if p["type"] == "EMAIL_ADDRESS")
    assert "Charged twice for my order!! email me at jo@example.com asap"[span["start"]:span["end"]] == "jo@example.com"
    assert a["privacy"]["move_private"] is True and a["privacy"]["channel_advice"] == "phone"  # payment -> phone
    assert a["urgency"]["level"] in ("high", "critical") and "money" in a["urgency"]["reasons"]
    assert a["route"]["team"] == "billing"
    assert b["language"] == "pt" and b["sentiment"]["label"] == "positive"
    assert e["urgency"]["level"] == "critical" and "safety" in e["urgency"]["reasons"]
    assert a["urgency"]["reply_within_minutes"] < e["urgency"]["reply_within_minutes"] * 10


@pytest.mark.slow
def test_hostile_lines_are_skipped_and_nothing_is_written_outside_home(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": "my parcel never arrived"}).encode()
    lines = [good, b"[" * 30_000, b'{"id": "big", "text": ' + b"9" * 5000 + b"}",
             b'{"id": "latin1", "text": "caf\xe9 was cold"}', good.replace(b'"ok"', b'7'),
             b'{"id": null, "text": "still waiting"}', b'{"text": "no id at all"}']
    posts = tmp_path / "in.jsonl"
    posts.write_bytes(b"\n".join(lines) + b"\n")
    user_home = tmp_path / "user"
    user_home.mkdir()
    out = tmp_path / "out.jsonl"
    proc = run(["analyze", "--input", str(posts), "--output", str(out)], tmp_path / "home", HOME=str(user_home),
               XDG_CACHE_HOME=str(user_home / ".cache"))
    assert proc.returncode == 0, proc.stderr
    # a numeric id comes back as the number it was, a null one null; a line with none is named by its line
    assert [r["id"] for r in read_jsonl(out)] == ["ok", 7, None, "line-7"]
    assert "line 2" in proc.stderr and "nested too deeply" in proc.stderr
    assert "line 3" in proc.stderr and "line 4" in proc.stderr and "not valid UTF-8" in proc.stderr
    assert not list(user_home.rglob("*")), list(user_home.rglob("*"))  # ONNX Runtime, tldextract: all under home

    before = posts.read_bytes()
    same = run(["analyze", "--input", str(posts), "--output", str(posts)], tmp_path / "home")
    assert same.returncode != 0 and "erase the input" in same.stderr
    assert posts.read_bytes() == before


@pytest.mark.slow
def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    proc = run(["analyze", "--input", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "o.jsonl")],
               tmp_path / "home")
    assert proc.returncode != 0
    assert "does not exist" in proc.stderr


@pytest.mark.slow
def test_cases_import_is_idempotent_and_drafts_use_the_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    cases = write_jsonl(tmp_path / "cases.jsonl", [
        {"id": "k1", "post": "@Zephyr my parcel is a week late and nobody answers", "brand": "Zephyr",
         "reply": "So sorry about the wait! Please DM us your order number and we'll chase the courier today."},
        {"id": "k2", "post": "@Zephyr the app logs me out every time", "brand": "Zephyr",
         "reply": "That sounds annoying. Could you try updating to version 4.2 and let us know if it persists?"},
        {"id": "k3", "post": "missing reply"},
        "not json",
        {"id": "k4", "post": "Refund please, card jo@example.com", "reply": "We've refunded it, it takes 3-5 days.",
         "brand": "Zephyr"},
        {"id": "k1", "post": "@Zephyr another text under a used id", "brand": "Zephyr", "reply": "Another reply."},
    ])
    first = run(["cases", "import", str(cases)], home)
    assert first.returncode == 0, first.stderr
    assert "accepted: 3" in first.stdout and "rejected: 2" in first.stdout and "already present: 1" in first.stdout
    assert "line 3" in first.stderr and "line 4" in first.stderr
    assert "line 6: id 'k1' repeats line 1 with another text" in first.stderr  # not lost without a word
    second = run(["cases", "import", str(cases)], home)
    assert "accepted: 0" in second.stdout and "already present: 4" in second.stdout

    posts = write_jsonl(tmp_path / "posts.jsonl", [
        {"id": "p1", "text": "@Zephyr where is my parcel?? it's been 9 days", "brand": "Zephyr", "author": "@maria"},
        {"id": "p2", "text": ""},
    ])
    out = tmp_path / "drafts.jsonl"
    proc = run(["drafts", "--input", str(posts), "--output", str(out), "--k", "2"], home)
    assert proc.returncode == 0, proc.stderr
    assert "line 2" in proc.stderr
    (row,) = read_jsonl(out)
    assert row["id"] == "p1" and len(row["drafts"]) == 2
    assert {"sentiment", "urgency", "privacy", "route"} <= set(row["analysis"])
    for d in row["drafts"]:
        assert set(d["guards"]) >= {"meaning", "facts_kept", "length", "no_pii_public"}
        assert 0 <= d["scriptedness"] <= 1 and (d["sources"] or d["rephraser"] == "holding" and d["passed_over"])
        assert "jo@example.com" not in d["text"]
    assert "k1" in row["drafts"][0]["sources"]  # the late-parcel case is the best match
    assert "fewer than" not in proc.stderr
    many = run(["drafts", "--input", str(posts), "--output", str(out), "--k", "10"], home)
    (row,) = read_jsonl(out)
    # a brand with three cases has three different answers: said, not left for the reader to count
    assert len(row["drafts"]) < 10 and "1 post(s) got fewer than 10 drafts" in many.stderr, (row, many.stderr)


@pytest.mark.slow
def test_cases_import_reads_a_case_csv_says_conflicts_and_a_brand_that_matches_nothing(tmp_path: Path) -> None:
    """An acceptance run (eighth session): a CSV of the case fields was refused; a used id with another text was
    counted as 'already present' without a word; a --brand that matched no case was silent."""
    home = tmp_path / "home"
    cases = tmp_path / "cases.csv"
    cases.write_text("id,post,reply,brand,channel,language,created_at,outcome\n"
                     "s1,@Zephyr my parcel is late,Sorry! DM us your order number.,Zephyr,twitter,en,,resolved\n"
                     "s2,the app crashes,Try updating to 4.2 please.,Zephyr,,en,,\n"
                     "s3,,no post,Zephyr,,en,,\n", encoding="utf-8")
    first = run(["cases", "import", str(cases)], home)
    assert first.returncode == 0, first.stderr
    assert "accepted: 2" in first.stdout and "rejected: 1" in first.stdout and "line 4: rejected" in first.stderr
    changed = write_jsonl(tmp_path / "changed.jsonl", [
        {"id": "s1", "post": "@Zephyr my parcel is late", "reply": "Sorry! DM us your order number.", "brand": "Zephyr"},
        {"id": "s2", "post": "the app crashes again and again", "reply": "Try 4.3.", "brand": "Zephyr"}])
    again = run(["cases", "import", str(changed)], home)
    assert again.returncode == 0, again.stderr
    assert "accepted: 0" in again.stdout and "already present: 2" in again.stdout and "conflicts: 1" in again.stdout
    assert "line 2: id 's2' is already stored with another post or reply; the stored case is kept" in again.stderr

    twcs = tmp_path / "twcs.csv"
    twcs.write_text("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
                    "1,cust1,True,Tue Oct 31 22:10:47 +0000 2017,@Acme my order is late,2,\n"
                    "2,AcmeSupport,False,Tue Oct 31 22:12:47 +0000 2017,@cust1 Sorry! DM us your order number,,1\n",
                    encoding="utf-8")
    nobody = run(["cases", "import", str(twcs), "--brand", "Nobody"], home)
    assert nobody.returncode == 1 and "accepted: 0" in nobody.stdout  # nothing accepted or present: not a success
    assert "--brand Nobody matches no case in the file" in nobody.stderr and "AcmeSupport (1)" in nobody.stderr
    own = run(["cases", "import", str(changed), "--brand", "Nobody"], home)  # JSONL: every line keeps its own brand
    assert own.returncode == 0 and "already present: 2" in own.stdout and "Zephyr (2)" in own.stderr


@pytest.mark.slow
def test_output_dash_is_stdout_and_an_id_too_large_to_read_is_a_bad_line(tmp_path: Path) -> None:
    """An acceptance run (eighth session): `--output -` wrote a file named "-", and {"id": 1e400} came back as
    "inf"."""
    posts = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "my parcel is late, café au lait spilled"},
                                                '{"id": 1e400, "text": "hello there"}', {"id": 7, "text": "hi"}])
    proc = run(["analyze", "--input", str(posts), "--output", "-"], tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]  # stdout holds the JSONL and nothing else
    assert [r["id"] for r in rows] == ["a", 7] and all("sentiment" in r for r in rows)
    assert "line 2: skipped: id" in proc.stderr and "too large to read" in proc.stderr
    assert "2 analyses written" in proc.stderr
    assert not (ROOT / "-").exists() and not (tmp_path / "-").exists()


def test_models_rollback_with_nothing_to_roll_back_says_so(tmp_path: Path) -> None:
    """An acceptance run (eighth session): it was reported as `error [unknown_component]`."""
    proc = run(["models", "rollback", "sentiment"], tmp_path / "home")
    assert proc.returncode == 1
    assert "error [nothing_to_roll_back]: E304 sentiment has nothing to roll back" in proc.stderr
    assert "unknown_component" not in proc.stderr
    unknown = run(["models", "rollback", "sentimnet"], tmp_path / "home")
    assert unknown.returncode == 1 and "[unknown_component]" in unknown.stderr and "sentiment" in unknown.stderr


@pytest.mark.slow
def test_keys_create_prints_the_key_last(tmp_path: Path) -> None:
    proc = run(["keys", "create", "--scope", "agent", "--name", "ci"], tmp_path / "home")
    assert proc.returncode == 0
    assert proc.stdout.strip().splitlines()[-1].startswith("rw_")
    bad = run(["keys", "create", "--scope", "root"], tmp_path / "home")
    assert bad.returncode != 0 and "scope" in bad.stderr


@pytest.mark.slow
def test_index_built_offline_is_loaded_by_another_instance(tmp_path: Path) -> None:
    from serving.config import Settings
    from serving.services import Services

    builder = tmp_path / "builder"
    cases = write_jsonl(tmp_path / "cases.jsonl", [
        {"id": "ix1", "post": "@Quill my pen leaks ink everywhere", "brand": "Quill",
         "reply": "Oh no, sorry about the mess! DM us a photo and we'll send a replacement cartridge."}])
    assert run(["cases", "import", str(cases)], builder).returncode == 0
    built = run(["index", "build", "--output", str(tmp_path / "shared-index")], builder)
    assert built.returncode == 0 and "indexed" in built.stderr
    n_built = len(read_jsonl(tmp_path / "shared-index" / "cases.jsonl"))

    # a second instance with an empty store of its own starts from the offline index, the case included
    services = Services(Settings(home=tmp_path / "instance", index_dir=tmp_path / "shared-index"))
    assert len(services.retriever) == n_built
    assert any(c.id == "ix1" for c in services.retriever.cases_)


@pytest.mark.slow
def test_audit_remembers_yesterdays_replies_for_scriptedness(tmp_path: Path) -> None:
    """A QA team audits daily: the template sent yesterday and again today is scripted today, while
    auditing the same file again compares no reply with itself."""
    home = tmp_path / "home"
    template = "So sorry for the hassle with this! Our team will look into it and get back to you shortly."
    day1 = write_jsonl(tmp_path / "day1.jsonl", [
        {"id": "d1-1", "post": "My Quellbrook kettle leaks from the base", "reply": template, "brand": "Quellbrook"}])
    day2 = write_jsonl(tmp_path / "day2.jsonl", [
        {"id": "d2-1", "post": "The Quellbrook toaster burns one side only", "reply": template, "brand": "Quellbrook"}])
    scripted = []
    for name, path in (("a", day1), ("b", day1), ("c", day2)):
        proc = run(["audit", "--input", str(path), "--output", str(tmp_path / f"{name}.jsonl")], home)
        assert proc.returncode == 0, proc.stderr[-2000:]
        scripted.append(read_jsonl(tmp_path / f"{name}.jsonl")[0]["scores"]["scriptedness"])
    assert (home / "audit_memory.npz").exists()
    assert scripted[0] == scripted[1] < 0.6  # the same conversation again: not compared with itself
    assert scripted[2] > 0.9  # the same words to another customer the next day


def test_training_and_eval_path_mistakes_are_caught_before_anything_runs(tmp_path: Path) -> None:
    """An acceptance run (seventh session): a missing --data had trained on the shared datasets and registered a
    version; a missing datasets root 'evaluated' nothing and exited 0; a file as REPLYWISE_HOME failed obscurely."""
    home = tmp_path / "home"
    missing = run(["train", "paraphrase_bank", "--data", str(tmp_path / "nope.jsonl")], home)
    assert missing.returncode == 1 and "--data" in missing.stderr and "does not exist" in missing.stderr
    assert not (home / "models").exists()
    folder = run(["train", "sentiment", "--data", str(tmp_path)], home)
    assert folder.returncode == 1 and "is not a file" in folder.stderr
    bad_root = run(["eval", "--output", str(tmp_path / "ev"), "--only", "sentiment", "--datasets-root",
                    str(tmp_path / "none")], home)
    assert bad_root.returncode == 1 and "--datasets-root" in bad_root.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    for component in ("urgency", "sentiment"):
        nothing = run(["train", component, "--datasets-root", str(empty)], home)
        assert nothing.returncode == 1 and "E408" in nothing.stderr and "unexpected" not in nothing.stderr, nothing.stderr
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    as_home = run(["keys", "create", "--scope", "agent"], afile)
    assert as_home.returncode == 1 and "is a file" in as_home.stderr


def test_python_dash_m_serving_cli_is_the_command_too(tmp_path: Path) -> None:
    """read37 scripted `python -m serving.cli drafts ...`: it ran nothing and exited 0."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPLYWISE_")} | {"REPLYWISE_HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "serving.cli", "--help"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and "analyze" in proc.stdout and "drafts" in proc.stdout, proc.stdout + proc.stderr
