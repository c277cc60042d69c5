"""Labelled training data from the shared datasets (read in place, never copied into the repo).

Every loader returns a DataFrame with ``text, label, language, source, split`` (split: train/dev/test, a
held-out split fixed per task) and ``df.attrs["files"]``, the files read, whose hashes go in the model card.

Mappings (documented here because they are the labels):
- Sentiment: SemEval 2013–2016 (2016 devtest = test, 2016 dev = dev, rest train, devtest texts removed from
  train); airline tweets split by date (last 20% of dates = test); UMSAB non-English train/val; GermEval dev.
- Urgency: MOOC posts coded 1–7 → 1–2 low, 3–4 normal, 5–6 high, 7 critical, split by course (design1/2 test,
  gam1/2 dev); TREC-IS priorities Low/Medium/High/Critical → low/normal/high/critical; synthetic tickets
  low/medium/high → low/normal/high (auxiliary); weak labels on real TWCS posts from ``URGENCY_RULES``.
- Privacy: a customer post is "private" when the brand's reply asked to move to DM / e-mail / phone
  (``PRIVATE_REPLY``), split by the post's date (last 20% test, 10% before dev).
- Route: synthetic ticket queues (``QUEUE_TEAM``), Kecht et al. topic labels (``TOPIC_TEAM``), and weak
  keyword labels on real TWCS posts (``ROUTE_RULES``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from model.errors import InvalidInputError

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "datasets"
SEED = 13
TWCS = "twcs_customer_support_on_twitter"

PRIVATE_REPLY = re.compile(
    r"\b(dm|d\.m\.|direct message|private message|privately|send us a (?:private |direct )?(?:message|note)|"
    r"message us|reach (?:out to us|us) (?:via|by|in|through) (?:dm|chat|email|phone|private)|e-?mail us|"
    r"call us|give us a call|inbox|follow and dm|send (?:us )?(?:your|the) (?:email|account|order|phone)|"
    # the same requests in Spanish, French, German and Portuguese (cases imported into the store)
    r"mensaje (?:directo|privado)|ll[aá]m[ae]nos|message priv[ée]|en priv[ée]|appelez[- ]nous|"
    r"direktnachricht|privatnachricht|ruf(?:en sie)? uns \w+(?: \w+){0,6} an|"
    r"mensagem (?:direta|privada)|ligue(?:-nos| para)|e-?mail (?:an uns|nous|nos)|"
    r"messaggio (?:privato|diretto)|chiamaci)\b",
    re.IGNORECASE)
_PHONE_ADVICE = re.compile(r"\b(call|phone|ring|ll[aá]m\w*|tel[eé]fono|appelez|ruf(?:en|e|t)?|telefon\w*|ligue|chiam\w*)\b", re.IGNORECASE)
_EMAIL_ADVICE = re.compile(r"\be-?mail\b", re.IGNORECASE)

URGENCY_RULES: dict[str, str] = {
    "critical": r"\b(fire|smoke|injur\w*|emergency|danger\w*|unsafe|hospital|gas leak|bleeding)\b",
    "high": r"\b(outage|down|not working|doesn'?t work|can'?t (?:log ?in|login|access|connect)|charged twice|"
            r"double charged|refund|fraud|stolen|scam|money|cancel\w*|lawyer|sue|legal|stranded|flight today|"
            r"missed (?:my )?flight|urgent\w*|asap|immediately|still waiting|no one|third time)\b",
    "low": r"\b(thank\w*|love|great|awesome|amazing|cheers|appreciate\w*)\b",
}
QUEUE_TEAM = {"Technical Support": "tech", "IT Support": "tech", "Product Support": "product",
              "Customer Service": "support", "Billing and Payments": "billing", "Returns and Exchanges": "support",
              "Service Outages and Maintenance": "tech", "Sales and Pre-Sales": "product",
              "General Inquiry": "support"}
TOPIC_TEAM = {"Delivery": "support", "Prime": "billing", "Alexa": "tech", "Kindle": "tech", "Echo": "tech",
              "Fire TV": "tech", "Bad Support": "pr", "Order Cancellation": "support", "Return": "support",
              "Refund": "billing", "Replacement": "support", "Account": "support", "Packaging": "support",
              "Update": "tech", "Battery": "tech", "Unresponsive/Freezing Device": "tech", "iCloud": "tech",
              "Apple Pay": "billing", "iTunes": "billing", "Billing/Payment": "billing", "Premium": "billing",
              "Student Subscription": "billing", "Family Subscription": "billing", "App": "tech",
              "Song/Artist": "content", "Playlist": "product", "Advertisement": "content"}
ROUTE_RULES: dict[str, str] = {
    "legal": r"\b(lawyer|attorney|sue|suing|lawsuit|court|gdpr|data protection|privacy violation|discriminat\w*|"
             r"terms of service|breach of contract|small claims)\b",
    "pr": r"\b(viral|press|journalist|boycott|disgusting|disgrace|everyone should know|ceo|shame on you|"
          r"worst company|never again)\b",
    "content": r"\b(video|article|blog|typo|broken link|podcast|lyrics|wrong (?:song|info)|ad|ads|advert\w*|"
               r"your post|your tweet|episode|commercial)\b",
    "billing": r"\b(charg\w*|refund\w*|bill\w*|payment|paid|pay|subscription|price|invoice|money|card|"
               r"premium|renew\w*|fee|overcharg\w*)\b",
    "tech": r"\b(crash\w*|bug|error|app|log ?in|password|wifi|update|not working|won'?t (?:load|work|open)|"
            r"down|outage|glitch|freez\w*|battery|install\w*|connect\w*|sync\w*)\b",
    "product": r"\b(feature|suggestion|wish|would be (?:nice|great|cool)|please add|add an? option|bring back|"
               r"request|idea)\b",
}
_COMPILED_ROUTE = {k: re.compile(v, re.IGNORECASE) for k, v in ROUTE_RULES.items()}
_COMPILED_URGENCY = {k: re.compile(v, re.IGNORECASE) for k, v in URGENCY_RULES.items()}


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def has_masked_pii(text: str) -> bool:
    return "__email__" in text or "__credit_card__" in text


def _frame(rows: list[dict], files: list[Path]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    df["text"] = df["text"].astype(str).str.strip()
    df = df[df["text"].str.len() > 0].drop_duplicates("text", keep="first").reset_index(drop=True)
    df.attrs["files"] = [str(f) for f in files]
    return df


def _time_split(times: pd.Series, test: float = 0.2, dev: float = 0.1) -> np.ndarray:
    order = times.rank(method="first").to_numpy() / max(len(times), 1)
    return np.where(order > 1 - test, "test", np.where(order > 1 - test - dev, "dev", "train"))


# --- sentiment -------------------------------------------------------------------------------------------
def _semeval(path: Path) -> list[tuple[str, str]]:
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[1] in ("positive", "negative", "neutral"):
                out.append((parts[1], "\t".join(parts[2:]).strip().strip('"')))
    return out


def load_sentiment(root: Path = DEFAULT_ROOT) -> pd.DataFrame:
    rows, files = [], []
    sem = root / "semeval2017_task4A" / "downloaded"
    devtest = sem / "twitter-2016devtest-A.tsv"
    test_texts = {t for _, t in _semeval(devtest)}
    for path in sorted(sem.glob("*.tsv")):
        split = "test" if path == devtest else "dev" if path.name == "twitter-2016dev-A.tsv" else "train"
        files.append(path)
        for label, text in _semeval(path):
            if split != "test" and text in test_texts:
                continue
            rows.append({"text": text, "label": label, "language": "en", "source": "semeval2017_task4A",
                         "group": "semeval", "split": split})
    air = root / "twitter_us_airline_sentiment" / "Tweets.csv"
    if air.exists():
        files.append(air)
        df = pd.read_csv(air)
        splits = _time_split(pd.to_datetime(df["tweet_created"].str[:19]), test=0.2, dev=0.0)
        for text, label, split in zip(df["text"], df["airline_sentiment"], splits, strict=True):
            rows.append({"text": text, "label": label, "language": "en", "source": "twitter_us_airline_sentiment",
                         "group": "airline", "split": split})
    xlmt = root / "xlmt_umsab_multilingual_sentiment"
    codes = {"arabic": "ar", "french": "fr", "german": "de", "hindi": "hi", "italian": "it", "portuguese": "pt",
             "spanish": "es"}
    names = ("negative", "neutral", "positive")
    for lang, code in codes.items():
        for part, split in (("train", "train"), ("val", "dev")):
            tf, lf = xlmt / lang / f"{part}_text.txt", xlmt / lang / f"{part}_labels.txt"
            if not tf.exists():
                continue
            files += [tf, lf]
            texts = tf.read_text(encoding="utf-8").splitlines()
            labels = lf.read_text(encoding="utf-8").splitlines()
            for text, label in zip(texts, labels, strict=False):
                rows.append({"text": text, "label": names[int(label)], "language": code,
                             "source": "xlmt_umsab_multilingual_sentiment", "group": f"umsab_{code}", "split": split})
    germ = root / "germeval2017_deutsche_bahn_customer_feedback" / "dev.tsv"
    if germ.exists():
        files.append(germ)
        with open(germ, encoding="utf-8") as fh:
            for parts in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(parts) >= 4 and parts[3] in names:
                    rows.append({"text": parts[1], "label": parts[3], "language": "de", "group": "germeval",
                                 "source": "germeval2017_deutsche_bahn_customer_feedback", "split": "train"})
    return _frame(rows, files)


# --- urgency ---------------------------------------------------------------------------------------------
def _urgency_from_mooc(u: float) -> str:
    return "low" if u <= 2 else "normal" if u <= 4 else "high" if u <= 6 else "critical"


def weak_urgency(text: str) -> str:
    for level in ("critical", "high", "low"):
        if _COMPILED_URGENCY[level].search(text):
            return level
    return "normal"


def _twcs_inbound(root: Path, limit: int) -> tuple[list[str], list[Path]]:
    texts, files = [], []
    head = root / TWCS / "twcs_head5000.csv"
    spot = root / TWCS / "spotifycares_inbound_support_requests.csv"
    for path in (head, spot):
        if path.exists():
            files.append(path)
            df = pd.read_csv(path)
            inbound = df[df["inbound"].astype(str) == "True"] if "inbound" in df.columns else df
            texts += inbound["text"].astype(str).tolist()
    rng = np.random.default_rng(SEED)
    texts = list(dict.fromkeys(texts))
    idx = rng.permutation(len(texts))[:limit]
    return [texts[i] for i in sorted(idx)], files


def load_urgency(root: Path = DEFAULT_ROOT) -> pd.DataFrame:
    rows, files = [], []
    value = {"low": 0.0, "normal": 1 / 3, "high": 2 / 3, "critical": 1.0}
    for path in sorted((root / "mooc_forum_posts_urgency_penn" / "data-per-course").glob("*_CODED.csv")):
        files.append(path)
        course = path.name.split("_")[0]
        split = "test" if course.startswith("design") else "dev" if course.startswith("gam") else "train"
        df = pd.read_csv(path)
        for text, u in zip(df["post_text"], df["Urgency_1_7"], strict=True):
            if pd.isna(u) or pd.isna(text):
                continue
            rows.append({"text": str(text).replace("&nbsp;", " "), "label": _urgency_from_mooc(float(u)),
                         "score": (float(u) - 1) / 6, "language": "en", "source": "mooc_forum_posts_urgency_penn",
                         "group": f"mooc_{course}", "split": split, "weak": False})
    trec = root / "trecis2018_crisis_tweet_priority" / "trecis2018_train_priority_with_text.csv"
    if trec.exists():
        files.append(trec)
        df = pd.read_csv(trec)
        for text, p in zip(df["text"], df["priority"], strict=True):
            level = {"Low": "low", "Medium": "normal", "High": "high", "Critical": "critical"}.get(str(p))
            if level:
                rows.append({"text": text, "label": level, "score": value[level], "language": "en",
                             "source": "trecis2018_crisis_tweet_priority", "group": "trecis", "split": "train",
                             "weak": False})
    for path in sorted((root / "synthetic_support_tickets_tobi_bueck_PARTIAL").glob("*.csv")):
        files.append(path)
        df = pd.read_csv(path)
        for subject, body, p, lang in zip(df["subject"], df["body"], df["priority"], df["language"], strict=True):
            level = {"low": "low", "medium": "normal", "high": "high"}.get(str(p))
            text = f"{subject if isinstance(subject, str) else ''} {body if isinstance(body, str) else ''}".strip()
            if level and text:
                rows.append({"text": text[:1000], "label": level, "score": value[level], "language": str(lang),
                             "source": "synthetic_support_tickets_tobi_bueck_PARTIAL", "group": "tickets",
                             "split": "train", "weak": False})
    texts, tw_files = _twcs_inbound(root, 3000)
    files += tw_files
    for text in texts:
        level = weak_urgency(text)
        rows.append({"text": text, "label": level, "score": value[level], "language": "en",
                     "source": TWCS, "group": "twcs_weak", "split": "train", "weak": True})
    df = _frame(rows, files)
    df["weight"] = np.where(df["weak"], 0.5, 1.0)
    return df


# --- privacy ---------------------------------------------------------------------------------------------
def channel_advice(reply: str) -> str:
    if not PRIVATE_REPLY.search(reply):
        return ""
    return "phone" if _PHONE_ADVICE.search(reply) else "email" if _EMAIL_ADVICE.search(reply) else "dm"


def load_privacy(root: Path = DEFAULT_ROOT) -> pd.DataFrame:
    path = root / TWCS / "DERIVED_inbound_reply_pairs.csv"
    df = pd.read_csv(path).drop_duplicates("inbound_tweet_id")
    created = pd.to_datetime(df["inbound_created_at"], format="%a %b %d %H:%M:%S %z %Y", utc=True)
    out = pd.DataFrame({"text": df["inbound_text"].astype(str), "reply_text": df["reply_text"].astype(str),
                        "brand": df["brand"].astype(str), "created_at": created, "language": "en",
                        "source": TWCS})
    out["label"] = np.where(out["reply_text"].map(lambda r: bool(PRIVATE_REPLY.search(r))), "private", "public")
    out["channel_advice"] = out["reply_text"].map(channel_advice)
    out["split"] = _time_split(out["created_at"])
    return _frame(out.to_dict("records"), [path])


# --- route -----------------------------------------------------------------------------------------------
def weak_route(text: str) -> str:
    for team in ("legal", "pr", "content", "billing", "tech", "product"):
        if _COMPILED_ROUTE[team].search(text):
            return team
    return "support"


def load_route(root: Path = DEFAULT_ROOT) -> pd.DataFrame:
    rows, files = [], []
    for path in sorted((root / "synthetic_support_tickets_tobi_bueck_PARTIAL").glob("*.csv")):
        files.append(path)
        df = pd.read_csv(path)
        for subject, body, queue, lang in zip(df["subject"], df["body"], df["queue"], df["language"], strict=True):
            team = QUEUE_TEAM.get(str(queue))
            text = f"{subject if isinstance(subject, str) else ''} {body if isinstance(body, str) else ''}".strip()
            if team and text:
                rows.append({"text": text[:1000], "label": team, "language": str(lang), "weak": False,
                             "source": "synthetic_support_tickets_tobi_bueck_PARTIAL"})
    for path in sorted((root / "twcs_kecht_ericsson_labeled" / "labeled").glob("*-200-inbound.csv")):
        files.append(path)
        df = pd.read_csv(path)
        topics = [c for c in df.columns if c in TOPIC_TEAM]
        for _, r in df.iterrows():
            teams = [TOPIC_TEAM[c] for c in topics if r.get(c) == 1]
            if teams:
                rows.append({"text": str(r["text"]), "label": teams[0], "language": "en", "weak": False,
                             "source": "twcs_kecht_ericsson_labeled"})
    texts, tw_files = _twcs_inbound(root, 3000)
    files += tw_files
    for text in texts:
        rows.append({"text": text, "label": weak_route(text), "language": "en", "weak": True, "source": TWCS})
    df = _frame(rows, files)
    rng = np.random.default_rng(SEED)
    draw = rng.random(len(df))
    df["split"] = np.where(~df["weak"] & (draw < 0.15), "test", np.where(~df["weak"] & (draw < 0.25), "dev", "train"))
    df["weight"] = np.where(df["weak"], 0.5, 1.0)
    return df


# --- PII spans, reply pairs, user tables -----------------------------------------------------------------
def load_pii_spans(root: Path = DEFAULT_ROOT) -> list[dict]:
    path = root / "presidio_research_synthetic_pii" / "synth_dataset_v2.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [{"text": r["full_text"], "template_id": r.get("template_id"),
             "spans": [{"type": s["entity_type"], "start": s["start_position"], "end": s["end_position"]}
                       for s in r["spans"]]} for r in rows]


def load_reply_pairs(root: Path = DEFAULT_ROOT) -> pd.DataFrame:
    """Inbound -> reply pairs, last 20% by reply time = test (the split the drafts issue fixes)."""
    path = root / TWCS / "DERIVED_inbound_reply_pairs.csv"
    df = pd.read_csv(path).drop_duplicates("inbound_tweet_id")
    fmt = "%a %b %d %H:%M:%S %z %Y"
    out = pd.DataFrame({"id": df["inbound_tweet_id"].astype(str), "post": df["inbound_text"].astype(str),
                        "reply": df["reply_text"].astype(str), "brand": df["brand"].astype(str),
                        "post_time": pd.to_datetime(df["inbound_created_at"], format=fmt, utc=True),
                        "reply_time": pd.to_datetime(df["reply_created_at"], format=fmt, utc=True)})
    out = out.sort_values("reply_time").reset_index(drop=True)
    out["split"] = np.where(np.arange(len(out)) >= int(len(out) * 0.8), "test", "train")
    out["source"] = TWCS
    out.attrs["files"] = [str(path)]
    return out


def load_table(path: Path, text_col: str = "text", label_col: str = "label",
               log: Callable[[str], None] | None = None, class_labels: bool = True) -> pd.DataFrame:
    """A user's CSV (comma, semicolon or tab, sniffed) or JSONL: columns ``text`` and ``label`` (optional
    ``language``, ``split``). A malformed JSONL line and a row with a blank text or label are skipped and counted
    (``log``), never the whole file; labels are trimmed and lower-cased; repeated (text, label) rows are kept once."""
    path = Path(path)
    log = log or (lambda _msg: None)
    if not path.exists():
        raise InvalidInputError(f"E404 Training file {path} does not exist.")
    if path.stat().st_size == 0:
        raise InvalidInputError(f"E405 {path} is empty: it needs a header (or JSON lines) with `text` and `label`.")
    try:
        if path.suffix.lower() in (".jsonl", ".json"):
            rows, bad = [], []
            for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    bad.append(f"line {n}: {exc.msg}")
                    continue
                if isinstance(row, dict):
                    rows.append(row)
                else:
                    bad.append(f"line {n}: not an object")
            for msg in bad[:10]:
                log(f"skipped {msg}")
            if bad:
                log(f"{len(bad)} line(s) of {path.name} skipped")
            df = pd.DataFrame(rows)
        else:
            df = pd.read_csv(path, sep=None, engine="python", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    except UnicodeDecodeError as exc:
        raise InvalidInputError(f"E405 {path} is not UTF-8 text (byte {exc.start}): save it as UTF-8.") from exc
    except (ValueError, pd.errors.ParserError) as exc:
        raise InvalidInputError(f"E405 Could not read {path}: {exc}") from exc
    missing = [c for c in (text_col, label_col) if c not in df.columns]
    if missing:
        has = ", ".join(map(str, df.columns)) or "no columns"
        raise InvalidInputError(f"E406 {path} lacks column(s) {', '.join(missing)}; it has {has}. Expected "
                                f"`{text_col}` and `{label_col}` (optional `language`, `split`).")
    df = df.rename(columns={text_col: "text", label_col: "label"})
    text = df["text"].map(lambda v: v.strip() if isinstance(v, str) else "")
    label = df["label"].map(lambda v: "" if v is None or str(v).strip() in ("", "nan") else
                            str(v).strip().lower() if class_labels else str(v).strip())
    blank = (text == "") | (label == "")
    if blank.any():
        log(f"{int(blank.sum())} row(s) with a blank text or label skipped")
    df = df.assign(text=text, label=label)[~blank]
    before = len(df)
    df = df.drop_duplicates(subset=["text", "label"]).reset_index(drop=True)
    if len(df) < before:
        log(f"{before - len(df)} repeated row(s) kept once (a repeat in both train and test would inflate the score)")
    return df

