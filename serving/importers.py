"""Turn case files and API case lists into ``Case``s, with a line number and reason for each bad row.

Three file layouts are read:

- the customer-support-on-Twitter CSV (``tweet_id, author_id, inbound, created_at, text,
  response_tweet_id, in_response_to_tweet_id``; an index column and a UTF-8 BOM are fine). Each inbound
  post answered by a brand (a non-inbound tweet whose ``in_response_to_tweet_id`` is the post) becomes
  a case: id = the post's tweet_id, brand = the reply's author, the earliest reply when there are several;
  HTML entities of the Twitter API (``&amp;``) are unescaped.
  When the customer answers that reply with thanks, the outcome is ``thanked``.
- JSONL, one ``{"id", "post", "reply", "brand", "channel", "language", "created_at", "outcome"}`` a line.
- a plain CSV whose header names those fields (``id``, ``post`` and ``reply`` at least; a spreadsheet export of
  the JSONL), each row read as a JSONL line is: the same checks and line numbers.

Stored text never holds raw PII: every post and reply goes through a ``redact`` callable (the Presidio
detector in production, :func:`regex_redact` by default), or a ``redact_many`` batch callable when given
(one spaCy pipe over the whole file is much faster than one call per text). Leading @mentions are
dropped, so a reply retrieved for a new customer does not address the old one.
"""

from __future__ import annotations

import csv
import html
import inspect
import math
import re
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import phonenumbers
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictStr, ValidationError

from model import guards
from model.errors import InvalidInputError
from model.times import parse_time as model_time
from model.times import time_problem
from model.types import Case, normalise_channel
from serving.jsonl import loads_line
from serving.outcomes import outcome_quality, outcome_words

MAX_TEXT = 10_000  # as analyze, drafts and audit
MAX_ID = 200
TWCS_COLUMNS = ("tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id",
                "in_response_to_tweet_id")
CASE_COLUMNS = ("id", "post", "reply")  # a case CSV; brand, channel, language, created_at, outcome optional

Redactor = Callable[[str], str]
BatchRedactor = Callable[[list[str]], list[str]]
LanguageDetect = Callable[[str], str]

# ---- redaction -----------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
# TWCS already masked some PII; give those masks our placeholder names.
_TWCS_MASKS = {"__email__": "<EMAIL>", "__credit_card__": "<CARD>"}


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _iban_ok(candidate: str) -> bool:
    iban = candidate.replace(" ", "")
    if not 15 <= len(iban) <= 34:
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def regex_redact(text: str, region: str = "US") -> str:
    """Replace e-mails, card numbers (Luhn-checked), IBANs and phone numbers by typed placeholders.

    The fallback used when the Presidio detector is not loaded, so nothing raw is stored even then.
    Phone numbers come from libphonenumber: national numbers of ``region`` plus any ``+``-prefixed one.
    """
    text = _EMAIL.sub("<EMAIL>", text)
    text = _CARD.sub(lambda m: "<CARD>" if _luhn_ok(re.sub(r"\D", "", m.group())) else m.group(), text)
    text = _IBAN.sub(lambda m: "<IBAN>" if _iban_ok(m.group()) else m.group(), text)
    if sum(ch.isdigit() for ch in text) < 7:  # no phone number is shorter; skip the slow matcher
        return text
    matches = list(phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID))
    for match in reversed(matches):
        text = text[: match.start] + "<PHONE>" + text[match.end:]
    return text


def clean_text(text: str, brand: str | None = None) -> str:
    """A post or reply without its leading @mentions, with TWCS masks renamed (PII is redacted later).

    The brand's own handle stays at the front of a post ("@AppleSupport my phone…"): posts to a brand are
    encoded with it, at import and when a new post asks for drafts, so stripping it from one side only made
    every stored case look less like the post it should answer."""
    text = text.strip()
    lead = guards.LEADING_HANDLES.match(text)
    handle = guards.handle_key(brand or "")
    kept = [h[1:] for h in guards.HANDLE.findall(lead.group()) if h[1:].lower() == handle] if lead and handle else []
    text = guards.LEADING_HANDLES.sub("", text)
    if kept:
        text = f"@{kept[0]} {text}"
    for mask, placeholder in _TWCS_MASKS.items():
        text = text.replace(mask, placeholder)
    return text.strip()


def _reply_languages(cases: list[Case]) -> list[str]:
    """Each reply's language for redaction (detected in its own text, only for cases not declared English): "en"
    unless it is one of the languages whose capitalised words the English tagger misreads as names."""
    maybe = [i for i, c in enumerate(cases) if (c.language or "en")[:2] != "en"]
    out = ["en"] * len(cases)
    if maybe:
        from model.language import LanguageDetector

        for i, lang in zip(maybe, LanguageDetector().detect_many([cases[i].reply for i in maybe]), strict=True):
            out[i] = lang if lang in _OWN_TAGGING else "en"
    return out


_OWN_TAGGING = frozenset({"de", "es", "fr", "it", "pt", "nl", "pl"})


def redact_cases(cases: list[Case], redact: Redactor = regex_redact,
                 redact_many: BatchRedactor | None = None) -> list[Case]:
    """Replace PII in every post and reply, in place (``redact_many`` in one batch when given).

    A ``redact_many`` that takes ``replies`` (the Presidio detector) is told which texts are replies, whose own
    helpline, shop and mailbox stay. Every text is read with the English tagger too, whatever its language: it
    finds names and places in any Latin script (its known misreadings, "Merci", are listed as no names).
    Every stored case goes through here: imported, posted to /v1/cases, or made from feedback."""
    texts = [t for case in cases for t in (case.post, case.reply)]
    # every post is read with the English tagger (a customer's name must never be stored), but not a reply in
    # another language: the tagger read German nouns ("Sobald", "Monat") and sentence-initial verbs ("Escribinos
    # por DM", "Vamos verificar", "Entendemos") as names, and such a reply never lent its answer again; its
    # greeting ("Hola María,") and signature are still read. The reply's own language decides, not the case's
    # (an English reply to a Spanish post keeps its street address hidden)
    own = _reply_languages(cases) if _takes_replies(redact_many) else ["en"] * len(cases)
    # ... and a post in another language neither: German capitalises every noun ("Einstiegshilfe nicht <NAME>, ich
    # sitze im <NAME>" was stored for "nicht gekommen, ich sitze im Rollstuhl"), and a sentence's first word was a
    # name or a place ("Potreste darmi aggiornamenti?" became "<LOCATION> darmi <NAME>?"); its signature, "me llamo
    # ..." and (not in German) a full name mid-sentence are still read
    posts = [(c.language or "")[:2] if _takes_replies(redact_many) and (c.language or "")[:2] in _OWN_TAGGING
             else "en" for c in cases]
    clean = redact_texts(texts, replies=[False, True] * len(cases), brands=[c.brand for c in cases for _ in (0, 1)],
                         languages=[lang for pair in zip(posts, own, strict=True) for lang in pair],
                         redact=redact, redact_many=redact_many)
    for i, case in enumerate(cases):
        case.post, case.reply = clean[2 * i].strip(), clean[2 * i + 1].strip()
    return cases


def _takes_replies(redact_many: BatchRedactor | None) -> bool:
    return redact_many is not None and "replies" in inspect.signature(redact_many).parameters


def redact_texts(texts: list[str], *, replies: list[bool], brands: list[str | None],
                 languages: list[str] | None = None, redact: Redactor = regex_redact,
                 redact_many: BatchRedactor | None = None) -> list[str]:
    """Texts as they are stored: a brand's reply (``replies``) keeps its own wording (the helpline after "call
    us on", a colleague the thanks go to, a menu item) and the brand's own name is no person or place ("Zipto
    Access", "your Zipto account" became "<NAME>"). The drafts handed out and the text an agent sent are redacted
    by this too, so a draft sent as it was compares equal and a feedback case reads as an imported one."""
    if _takes_replies(redact_many):
        clean = redact_many(texts, languages or ["en"] * len(texts), replies=replies, brands=brands)
    elif redact_many is not None:
        clean = redact_many(texts)
    else:
        clean = [redact(t) for t in texts]
    if len(clean) != len(texts):
        raise ValueError(f"redact_many returned {len(clean)} texts for {len(texts)}")
    return clean


# ---- results -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rejected:
    """A file row that was not imported: its 1-based line number and why."""

    line: int
    reason: str
    id: str | None = None


@dataclass(frozen=True)
class RejectedItem:
    """A case of an API request that was not imported: its 0-based index in the list and why."""

    index: int
    reason: str
    id: str | None = None


@dataclass
class ImportBatch:
    """The cases parsed from one file and the rows rejected.

    ``skipped`` counts CSV inbound posts that are neither: no brand reply in the file, or the reply of
    another brand than ``--brand``. ``brands`` counts the brands the file's cases are for, before ``--brand``
    kept one of them, so a ``--brand`` that matches none can say which there are.
    """

    cases: list[Case] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: int = 0
    lines: list[int] = field(default_factory=list)  # the file line of each case, to report it by
    brands: Counter[str] = field(default_factory=Counter)
    layout: str = "jsonl"  # "jsonl", "csv" (the JSONL fields) or "twcs"

    def add(self, case: Case, line: int) -> None:
        self.cases.append(case)
        self.lines.append(line)
        if self.layout != "twcs" and case.brand:  # a TWCS file counts each answered post, kept by --brand or not
            self.brands[case.brand] += 1


def brand_note(batch: ImportBatch, brand: str | None) -> str | None:
    """What to tell the user when ``--brand`` matched no case of the file (None when it did, or was not given)."""
    wanted = _brand_key(brand)
    if not wanted or any(_brand_key(c.brand) == wanted for c in batch.cases):
        return None
    if batch.layout != "twcs" and not batch.cases:
        return None  # every row was rejected: the rejections say why, the brand did not come into it
    seen = ", ".join(f"{name} ({n})" for name, n in batch.brands.most_common(5))
    more = f" and {len(batch.brands) - 5} more" if len(batch.brands) > 5 else ""
    if batch.layout == "twcs":
        found = f"brands in the file: {seen}{more}" if seen else "no post in the file has a brand reply"
        return f"note: --brand {brand} matches no case in the file: no reply in it is by {brand} ({found})"
    return (f"note: --brand {brand} matches no case in the file: every case names its own brand and keeps it "
            f"(--brand only fills cases that name none; brands in the file: {seen}{more})")


def _brand_key(brand: str | None) -> str:
    return (brand or "").strip().lstrip("@").lower()


# ---- row models ----------------------------------------------------------------------------------------


def _id_text(value: Any) -> Any:
    # Numeric ids are common in exports; accept them as text, but not floats or booleans.
    if isinstance(value, float) and not math.isfinite(value):  # 1e400 is read as inf: no id survives that
        raise ValueError("id must be a string or an integer; this number is too large to read exactly (or NaN)")
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _tweet_id(value: Any) -> Any:
    # pandas writes integer ids of columns with blanks as floats: "3.0" is tweet 3.
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
        if re.fullmatch(r"\d+\.0+", value):
            return value.split(".")[0]
    return value


Text = Annotated[StrictStr, Field(min_length=1, max_length=MAX_TEXT)]
Name = Annotated[StrictStr, Field(max_length=200)]
CaseId = Annotated[StrictStr, BeforeValidator(_id_text), Field(min_length=1, max_length=MAX_ID)]
TweetId = Annotated[StrictStr, BeforeValidator(_tweet_id), Field(pattern=r"^[\w-]+$", max_length=64)]


class CaseIn(BaseModel):
    """One case line of a JSONL file or an API request (extra fields are ignored)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    id: CaseId
    post: Text
    reply: Text
    brand: Name | None = None
    channel: Name | None = None
    language: Annotated[StrictStr, Field(max_length=16)] | None = None
    created_at: Annotated[StrictStr, Field(max_length=64)] | None = None
    outcome: Annotated[StrictStr, BeforeValidator(outcome_words), Field(max_length=100)] | None = None


class TweetRow(BaseModel):
    """One row of the customer-support-on-Twitter CSV."""

    model_config = ConfigDict(str_strip_whitespace=True)

    tweet_id: TweetId
    author_id: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    inbound: bool
    created_at: StrictStr | None = None
    text: Annotated[StrictStr, Field(max_length=MAX_TEXT)]
    in_response_to_tweet_id: Annotated[TweetId | None, BeforeValidator(_tweet_id)] = None


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False):
        where = ".".join(str(p) for p in err["loc"])
        parts.append(f"{where}: {err['msg']}" if where else err["msg"])
    return "; ".join(parts)


def parse_time(value: str | None) -> str | None:
    """ISO 8601 (UTC when no zone is given) from ISO input or Twitter's ``Tue Oct 31 22:10:47 +0000 2017``.

    Raises:
        ValueError: any other format.
    """
    if value is None or not value.strip():
        return None
    parsed = model_time(value)
    if parsed is None:
        raise ValueError(f"created_at {value.strip()!r} {time_problem(value)}")
    return parsed.isoformat()


def _default_language() -> LanguageDetect:
    from model.language import LanguageDetector

    return LanguageDetector().detect


class _CaseBuilder:
    """Shared last step of every layout: clean the texts, fill defaults, weigh the outcome."""

    def __init__(self, detect_language: LanguageDetect | None) -> None:
        self._detect = detect_language

    def language(self, given: str | None, text: str) -> str:
        if not given:
            if self._detect is None:
                self._detect = _default_language()
            given = self._detect(text)
        return re.split(r"[-_]", given.strip())[0].lower() or "en"

    def build(self, row: CaseIn, brand: str | None) -> Case:
        """Raises ValueError (bad time, bad CSAT, text empty once cleaned) for the caller to report."""
        post, reply = clean_text(row.post, row.brand or brand), clean_text(row.reply)
        post_empty = not post or (post.startswith("@") and " " not in post)  # nothing but the brand handle
        if post_empty or not reply:
            raise ValueError(f"{'post' if post_empty else 'reply'} is empty once @mentions are removed")
        return Case(id=row.id, post=post, reply=reply, brand=row.brand or brand or "",
                    channel=normalise_channel(row.channel), language=self.language(row.language, row.post),
                    created_at=parse_time(row.created_at), outcome=row.outcome,
                    quality=outcome_quality(row.outcome))

    def from_dict(self, item: Any, brand: str | None) -> Case:
        if not isinstance(item, dict):
            raise ValueError(f"expected a JSON object, got {type(item).__name__}")
        return self.build(CaseIn.model_validate(item), brand)


def _error_text(exc: Exception) -> str:
    return _reason(exc) if isinstance(exc, ValidationError) else str(exc)


def _item_id(item: Any) -> str | None:
    if not isinstance(item, dict) or item.get("id") is None:
        return None
    if isinstance(item["id"], float) and not math.isfinite(item["id"]):
        return None  # "inf" would name no id the caller sent
    # echoed back in the rejection list: a lone surrogate must not break the JSON answer
    return str(item["id"])[:MAX_ID].encode("utf-8", "backslashreplace").decode("utf-8")


# ---- public entry points -------------------------------------------------------------------------------


def parse_case_dicts(items: list[Any], brand: str | None = None, redact: Redactor = regex_redact,
                     detect_language: LanguageDetect | None = None, redact_many: BatchRedactor | None = None,
                     ) -> tuple[list[Case], list[RejectedItem]]:
    """Cases of an API request (``{"cases": [...]}``); each bad item is reported with its index."""
    builder = _CaseBuilder(detect_language)
    out: list[Case] = []
    rejected: list[RejectedItem] = []
    for index, item in enumerate(items):
        try:
            out.append(builder.from_dict(item, brand))
        except (ValidationError, ValueError) as exc:
            rejected.append(RejectedItem(index, _error_text(exc), _item_id(item)))
    return redact_cases(out, redact, redact_many), rejected


def parse_file(path: str | Path, brand: str | None = None, redact: Redactor = regex_redact,
               detect_language: LanguageDetect | None = None, redact_many: BatchRedactor | None = None,
               ) -> ImportBatch:
    """Parse a TWCS CSV, a case CSV or a JSONL case file (told apart by the header / extension).

    Args:
        brand: TWCS CSV: keep only this brand's cases (case-insensitive, "@" optional). JSONL and case CSV: the
            brand of lines that name none.
        redact: replaces PII in posts and replies by typed placeholders.
        redact_many: the same over a list of texts; used instead of ``redact`` when given.
        detect_language: language of posts whose line gives none (default: model.language).

    Raises:
        InvalidInputError: the file is missing, unreadable, or a CSV with the columns of neither layout.
    """
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(f"No such file: {path}")
    builder = _CaseBuilder(detect_language)
    try:
        parse = {"twcs": _parse_twcs, "csv": _parse_case_csv, "jsonl": _parse_jsonl}[_layout(path)]
        batch = parse(path, brand, builder)
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    redact_cases(batch.cases, redact, redact_many)
    return batch


def _layout(path: Path) -> str:
    """"twcs", "csv" or "jsonl": a ``.csv`` file, or any file whose first line is a CSV header, is CSV; its header
    tells the Twitter layout from the case fields."""
    with path.open("rb") as fh:
        head = fh.readline(65536).decode("utf-8-sig", errors="replace")
    names = [h.strip().lower() for h in next(csv.reader([head]), [])] if head.strip() else []
    twcs_lacks = [c for c in TWCS_COLUMNS if c not in names]
    case_lacks = [c for c in CASE_COLUMNS if c not in names]
    looks_csv = not head.lstrip().startswith("{") and ("tweet_id" in names or not case_lacks)
    if path.suffix.lower() != ".csv" and not looks_csv:
        return "jsonl"
    if not twcs_lacks or not head:  # an empty file holds no case in any layout
        return "twcs"
    if not case_lacks:
        return "csv"
    if "tweet_id" in names:  # a Twitter export short of a column
        raise InvalidInputError(f"{path.name}: not a customer-support-on-Twitter CSV; the header lacks "
                                f"{', '.join(twcs_lacks)} (expected {', '.join(TWCS_COLUMNS)}).")
    raise InvalidInputError(
        f"{path.name}: the CSV header has the columns of neither layout: a customer-support-on-Twitter CSV needs "
        f"{', '.join(TWCS_COLUMNS)} (it lacks {', '.join(twcs_lacks)}); a case CSV needs {', '.join(CASE_COLUMNS)} "
        f"(it lacks {', '.join(case_lacks)}), and may add brand, channel, language, created_at, outcome.")


def _add_item(batch: ImportBatch, builder: _CaseBuilder, item: Any, brand: str | None, line: int) -> None:
    """One JSONL line or case-CSV row: a case, or a rejection with its line number. (An id repeated with another
    text is the store's to find: it keeps the first, and tells the stored case from an earlier line.)"""
    try:
        case = builder.from_dict(item, brand)
    except (ValidationError, ValueError) as exc:
        batch.rejected.append(Rejected(line, _error_text(exc), _item_id(item)))
        return
    batch.add(case, line)


def _parse_jsonl(path: Path, brand: str | None, builder: _CaseBuilder) -> ImportBatch:
    batch = ImportBatch(layout="jsonl")
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                batch.rejected.append(Rejected(number, "line is not valid UTF-8"))
                continue
            if not line.strip():
                continue
            try:
                item = loads_line(line)
            except ValueError as exc:
                batch.rejected.append(Rejected(number, str(exc)))
                continue
            _add_item(batch, builder, item, brand, number)
    return batch


def _parse_case_csv(path: Path, brand: str | None, builder: _CaseBuilder) -> ImportBatch:
    """The JSONL case fields as CSV columns; an empty cell is a field left out."""
    batch = ImportBatch(layout="csv")
    for line, record in _csv_records(path):
        _add_item(batch, builder, {k: v for k, v in record.items() if k and v.strip()}, brand, line)
    return batch


@dataclass
class _Tweet:
    line: int
    row: TweetRow
    order: int

    @property
    def sort_key(self) -> tuple[datetime, int]:
        """Earliest first; a tweet with no readable time sorts last, then file order."""
        try:
            when = parse_time(self.row.created_at)
        except ValueError:
            when = None
        return (datetime.fromisoformat(when) if when else datetime.max.replace(tzinfo=UTC), self.order)


_THANKS = re.compile(r"\b(thanks?|thank\s+(?:you|u)|thx|ty|cheers|appreciated?|much\s+obliged)\b"
                     r"(?!\s+for\s+nothing)", re.IGNORECASE)


class _Lines:
    """The file's lines for ``csv.reader``, remembering which physical lines each record took, and lines pushed
    back to be read again."""

    def __init__(self, fh: Iterator[str], first: int) -> None:
        self.fh, self.next_number = fh, first
        self.back: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.back:
            number, line = self.back.popleft()
        else:
            number, line = self.next_number, next(self.fh)
            self.next_number += 1
        self.taken.append((number, line))
        return line


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(first line number, row) for each CSV record; quoted fields may span lines. A record that spans lines and
    still has the wrong number of fields opened a quote it never closed: its first line is reported on its own
    and the lines it swallowed are read again (one stray quote lost every row after it)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
        header_line = next(fh, None)
        if header_line is None:
            return
        names = [h.strip().lower() for h in next(csv.reader([header_line]), [])]  # checked by _layout
        lines = _Lines(fh, 2)
        reader = csv.reader(lines)
        for values in reader:
            taken, lines.taken = lines.taken, []
            if len(taken) > 1 and len(values) != len(names):
                first = next(csv.reader([taken[0][1]]), [])
                yield taken[0][0], dict(zip(names, first, strict=False))
                lines.back.extendleft(reversed(taken[1:]))
            elif any(v.strip() for v in values):
                yield taken[0][0], dict(zip(names, values, strict=False))


def _parse_twcs(path: Path, brand: str | None, builder: _CaseBuilder) -> ImportBatch:
    batch = ImportBatch(layout="twcs")
    posts: list[_Tweet] = []
    replies: dict[str, list[_Tweet]] = {}  # inbound tweet_id -> brand replies to it
    followups: dict[str, list[str]] = {}  # brand tweet_id -> customer texts answering it
    for order, (line, record) in enumerate(_csv_records(path)):
        short = [c for c in TWCS_COLUMNS if c not in record]
        if short:
            reason = f"the row ends early: no {', '.join(short)} (a quote may be unbalanced)"
            batch.rejected.append(Rejected(line, reason, record.get("tweet_id") or None))
            continue
        try:
            row = TweetRow.model_validate({c: record[c] for c in TWCS_COLUMNS})
        except ValidationError as exc:
            batch.rejected.append(Rejected(line, _reason(exc), record.get("tweet_id") or None))
            continue
        tweet = _Tweet(line, row, order)
        if row.inbound:
            posts.append(tweet)
            if row.in_response_to_tweet_id:
                followups.setdefault(row.in_response_to_tweet_id, []).append(row.text)
        elif row.in_response_to_tweet_id:
            replies.setdefault(row.in_response_to_tweet_id, []).append(tweet)
    wanted = _brand_key(brand)
    for post in posts:
        answers = replies.pop(post.row.tweet_id, [])
        if not answers:
            batch.skipped += 1
            continue
        reply = min(answers, key=lambda t: t.sort_key)
        batch.brands[reply.row.author_id] += 1
        if wanted and _brand_key(reply.row.author_id) != wanted:
            batch.skipped += 1
            continue
        thanked = any(_THANKS.search(t) for t in followups.get(reply.row.tweet_id, []))
        # The Twitter API escaped &, < and > in tweet text.
        item = {"id": post.row.tweet_id, "post": html.unescape(post.row.text),
                "reply": html.unescape(reply.row.text), "brand": reply.row.author_id, "channel": "twitter",
                "created_at": post.row.created_at,
                "outcome": "thanked" if thanked else None}
        try:
            batch.add(builder.from_dict(item, None), post.line)
        except (ValidationError, ValueError) as exc:
            batch.rejected.append(Rejected(post.line, _error_text(exc), post.row.tweet_id))
    return batch
