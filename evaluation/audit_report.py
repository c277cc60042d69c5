"""Batch audit report for QA teams: one self-contained HTML page with charts, plus a CSV of every row.

The page answers what a QA lead asks first: how many replies pass, which checks fail most, which brands and
agents sound scripted, how replies do against the channel deadline, and which replies to read now (the worst,
with the flagged spans highlighted). Text is customer content: everything is escaped.
"""

from __future__ import annotations

import base64
import html
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from model.reply_moves import strip_frame

CHECKS = ("empathy", "scriptedness", "tone_match", "privacy", "runaround", "next_step", "timeliness", "length")
VERDICTS = ("pass", "review", "fail")
MAX_ROWS = 2000
READ_FIRST = 25
# how much a flagged check hurts the customer, to order the replies to read first (a fail counts twice)
HARM = {"privacy": 5, "empathy": 3, "runaround": 3, "timeliness": 2, "tone_match": 2, "next_step": 2,
        "scriptedness": 1, "length": 1}
# the audit's reasons for someone hurt, in danger or robbed now: read before any other issue
_SAFETY_ISSUE = re.compile(r"hazard|hurt|danger|money being taken|robbed", re.I)
COLOURS = {"pass": "#2e7d32", "review": "#b26a00", "fail": "#c62828"}


def _agent(conv: dict) -> str:
    """The agent named in the line, else the reply's sign-off ("... ^SK" is SK): scriptedness by agent needs one."""
    if conv.get("agent"):
        return str(conv["agent"])
    signature = strip_frame(str(conv.get("reply") or ""))[2]
    return signature.strip("^-/~ ").upper() if signature else "—"


def frame(results: list[dict], conversations: list[dict]) -> pd.DataFrame:
    """One row per conversation: its fields, verdict, every score and the issues as text."""
    if len(results) != len(conversations):
        raise ValueError(f"{len(results)} results for {len(conversations)} conversations")
    rows = []
    for res, conv in zip(results, conversations, strict=True):
        row = {"id": res.get("id", conv.get("id")), "brand": conv.get("brand") or "—", "agent": _agent(conv),
               "channel": conv.get("channel") or "—", "public": conv.get("public", True), "verdict": res["verdict"]}
        row |= {c: res["scores"].get(c) for c in CHECKS}
        row |= {"response_minutes": res.get("response_minutes"), "deadline_minutes": res.get("deadline_minutes"),
                "n_issues": len(res.get("issues", [])),
                # which check failed the reply, and the words each issue points at: a reviewer sees why
                "fail_checks": ", ".join(sorted({i["check"] for i in res.get("issues", [])
                                                 if i.get("severity") == "fail"})),
                "complaint": res.get("complaint"),
                "issues": "; ".join(f"{i['check']}: {i['reason']}" for i in res.get("issues", [])),
                "flagged_words": " | ".join(conv.get("reply", "")[s:e] for i in res.get("issues", [])
                                            for s, e in i.get("spans", []) if 0 <= s < e),
                "post": conv.get("post", ""), "reply": conv.get("reply", "")}
        rows.append(row)
    return pd.DataFrame(rows)


def _png(fig) -> str:  # noqa: ANN001
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=90)
    plt.close(fig)
    return f'<img alt="" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'


def _charts(df: pd.DataFrame) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    charts = {}
    fig, axes = plt.subplots(2, 4, figsize=(12, 5))
    for ax, check in zip(axes.flat, CHECKS, strict=True):
        values = df[check] if check != "timeliness" else df.loc[df["response_minutes"].notna(), check]
        ax.hist(values.dropna().astype(float), bins=10, range=(0, 1), color="#1a56db")
        title = check + (" (1 = bad)" if check in ("scriptedness", "runaround") else "")
        if check == "timeliness":  # rows without times score 1 but say nothing about speed
            title += f" ({len(values)} timed)"
        ax.set_title(title, fontsize=9)
    charts["scores"] = _png(fig)

    counts = df["verdict"].value_counts().reindex(VERDICTS, fill_value=0)
    fig, ax = plt.subplots(figsize=(4, 2.6))
    ax.bar(counts.index, counts.values, color=[COLOURS[v] for v in counts.index])
    ax.set_title("verdicts")
    charts["verdicts"] = _png(fig)

    by_brand = df.groupby("brand")["scriptedness"].mean().sort_values(ascending=False).head(20)
    fig, ax = plt.subplots(figsize=(6, max(1.8, 0.4 + 0.3 * len(by_brand))))
    ax.barh(by_brand.index[::-1], by_brand.values[::-1], color="#6b7280")
    ax.set_xlim(0, 1)
    ax.set_title("mean scriptedness by brand")
    charts["brands"] = _png(fig)

    timed = df.dropna(subset=["response_minutes"])
    timed = timed[timed["response_minutes"] >= 0]
    if len(timed):
        ratio = (timed["response_minutes"] / timed["deadline_minutes"].clip(lower=1)).clip(upper=50)
        fig, ax = plt.subplots(figsize=(6, 2.8))
        ax.hist(ratio, bins=[0, 0.25, 0.5, 0.75, 1, 1.5, 2, 4, 8, 24, 50], color="#1a56db")
        ax.axvline(1.0, color="#c62828", linestyle="--", label="deadline")
        ax.set_xscale("symlog", linthresh=1)
        ax.set_xlim(0, 50)
        ticks = [0, 0.5, 1, 2, 4, 8, 24, 50]
        ax.set_xticks(ticks, [f"{t:g}×" for t in ticks])
        ax.set_xlabel("response time / channel deadline")
        ax.legend()
        charts["timing"] = _png(fig)
    return charts


def _highlight(reply: str, issues: list[dict]) -> str:
    """The reply with every flagged span in <mark>, escaped piece by piece."""
    spans = sorted({(max(0, s), min(len(reply), e)) for i in issues for s, e in i.get("spans", []) if e > s})
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            start = pos
        if start >= end:
            continue
        out += [html.escape(reply[pos:start]), f"<mark>{html.escape(reply[start:end])}</mark>"]
        pos = end
    out.append(html.escape(reply[pos:]))
    return "".join(out)


def _table(df: pd.DataFrame, columns: list[str]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
                   for row in df[columns].itertuples(index=False))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _check_counts(results: list[dict]) -> pd.DataFrame:
    """Per check: how many replies it failed and how many it sent to review, most failures first."""
    rows = {c: {"check": c, "fail": 0, "review": 0} for c in CHECKS}
    for res in results:
        for check, severity in {(i["check"], i.get("severity", "review")) for i in res.get("issues", [])}:
            row = rows.setdefault(check, {"check": check, "fail": 0, "review": 0})
            row["fail" if severity == "fail" else "review"] += 1
    return pd.DataFrame(rows.values()).sort_values(["fail", "review"], ascending=False)


def _brand_verdicts(df: pd.DataFrame) -> pd.DataFrame:
    """Per brand: replies audited, each verdict's count and the pass rate, the weakest brands first."""
    table = pd.crosstab(df["brand"], df["verdict"]).reindex(columns=list(VERDICTS), fill_value=0)
    table["replies"] = table.sum(axis=1)
    table["pass_rate"] = (table["pass"] / table["replies"]).round(3)
    return table.reset_index().sort_values(["pass_rate", "replies"], ascending=[True, False]).head(50)


def _for_spreadsheets(df: pd.DataFrame) -> pd.DataFrame:
    """Text a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1..."): quoted with a leading apostrophe,
    as OWASP advises for CSV exports."""
    out = df.copy()
    for col in out.columns:
        out[col] = out[col].map(lambda v: f"'{v}" if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r")
                                else v)
    return out


def write_report(results: list[dict], conversations: list[dict], folder: Path) -> Path:
    """Write folder/rows.csv and folder/index.html; return the index.html path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    df = frame(results, conversations)
    _for_spreadsheets(df).to_csv(folder / "rows.csv", index=False)
    charts = _charts(df)
    counts = df["verdict"].value_counts().reindex(VERDICTS, fill_value=0)

    harm = [sum(HARM.get(i["check"], 1) * (2 if i.get("severity") == "fail" else 1) for i in r.get("issues", []))
            for r in results]
    safety = [any(_SAFETY_ISSUE.search(i.get("reason", "")) for i in r.get("issues", [])) for r in results]
    order = df.assign(_rank=df["verdict"].map({"fail": 0, "review": 1, "pass": 2}), _harm=harm, _safety=safety)
    flagged = int((df["verdict"] != "pass").sum())
    # someone hurt, in danger or robbed comes first, whatever the verdict (a fraud miss is only a review)
    worst_idx = order.sort_values(["_safety", "_rank", "_harm"], ascending=[False, True, False]).index[:READ_FIRST]
    worst = "".join(
        f"<tr><td>{html.escape(str(df.at[i, 'id']))}</td><td class='{df.at[i, 'verdict']}'>{df.at[i, 'verdict']}</td>"
        f"<td>{html.escape(str(df.at[i, 'brand']))}</td><td>{html.escape(df.at[i, 'post'])}</td>"
        f"<td>{_highlight(df.at[i, 'reply'], results[i].get('issues', []))}</td>"
        f"<td>{html.escape(df.at[i, 'issues'])}</td></tr>"
        for i in worst_idx if df.at[i, "verdict"] != "pass")
    scripted = pd.concat([
        df.groupby("brand")["scriptedness"].agg(["mean", "count"]).assign(group="brand"),
        df.groupby("agent")["scriptedness"].agg(["mean", "count"]).assign(group="agent"),
    ]).reset_index(names="name").sort_values("mean", ascending=False).head(20).round(3)
    rows = df.head(MAX_ROWS)
    full = "".join(
        f"<tr data-verdict='{r.verdict}'><td>{html.escape(str(r.id))}</td><td class='{r.verdict}'>{r.verdict}</td>"
        f"<td>{html.escape(str(r.brand))}</td>" + "".join(f"<td>{getattr(r, c)}</td>" for c in CHECKS)
        + f"<td>{html.escape(r.reply)}</td></tr>" for r in rows.itertuples(index=False))
    more = (f"<p>Showing the first {MAX_ROWS} of {len(df)} rows; every row is in "
            f"<a href='rows.csv'>rows.csv</a>.</p>" if len(df) > MAX_ROWS else "")
    timing = charts.get("timing", "<p>No post/reply times were given, so there is no timing chart.</p>")
    untimed = int(df["response_minutes"].isna().sum())
    if untimed and "timing" in charts:
        timing += f"<p>{untimed} of {len(df)} rows had no usable post and reply times and are not in this chart.</p>"
    shown = min(flagged, READ_FIRST)
    read_first = (f"<p>The {shown} of {flagged} replies marked fail or review that hurt customers most (privacy, "
                  f"dismissive wording and the runaround first); all are in <a href='rows.csv'>rows.csv</a>.</p>"
                  if flagged > READ_FIRST else "")
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Replywise tone audit</title>
<style>body{{font:14px/1.45 system-ui,sans-serif;margin:2rem;max-width:1200px;color:#111}}
table{{border-collapse:collapse;margin:1rem 0;width:100%}}td,th{{border:1px solid #ddd;padding:4px 6px;vertical-align:top}}
th{{background:#f3f4f6;text-align:left}}mark{{background:#fde68a}}.pass{{color:{COLOURS['pass']}}}
.review{{color:{COLOURS['review']}}}.fail{{color:{COLOURS['fail']};font-weight:600}}.kpi span{{margin-right:1.5rem}}</style>
</head><body><h1>Tone audit</h1>
<p class="kpi"><span>total <b>{len(df)}</b></span><span class="pass">pass <b>{counts['pass']}</b></span>
<span class="review">review <b>{counts['review']}</b></span><span class="fail">fail <b>{counts['fail']}</b></span>
<span>generated {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}</span> · <a href="rows.csv">rows.csv</a></p>
<h2>Verdicts and scores</h2>{charts['verdicts']}{charts['scores']}
<h2>Which checks flag replies</h2>{_table(_check_counts(results), ['check', 'fail', 'review'])}
<h2>Verdicts by brand</h2>{_table(_brand_verdicts(df), ['brand', 'replies', *VERDICTS, 'pass_rate'])}
<h2>Scriptedness by brand and agent</h2>{charts['brands']}{_table(scripted, ['group', 'name', 'mean', 'count'])}
<h2>Response time against the channel deadline</h2>{timing}
<h2>Replies to read first</h2>{read_first}<table><thead><tr><th>id</th><th>verdict</th><th>brand</th><th>post</th>
<th>reply (flagged spans marked)</th><th>issues</th></tr></thead><tbody>{worst}</tbody></table>
<h2>All rows</h2><label for="verdict-filter">Show verdict </label><select id="verdict-filter">
<option value="">all</option><option>pass</option><option>review</option><option>fail</option></select>
<table id="rows"><thead><tr><th>id</th><th>verdict</th><th>brand</th>{''.join(f'<th>{c}</th>' for c in CHECKS)}
<th>reply</th></tr></thead><tbody>{full}</tbody></table>{more}
<script>document.getElementById('verdict-filter').addEventListener('change',function(e){{
for(const tr of document.querySelectorAll('#rows tbody tr')){{tr.hidden=!!e.target.value&&tr.dataset.verdict!==e.target.value;}}}});
</script></body></html>"""
    path = folder / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
