"""What the thread so far changes about a new post: its context, who was asked what, how long it went unanswered.

A short follow-up ("any update??", "hello?") holds no problem of its own: it is read with the customer's earlier
messages, which do. A customer the brand already asked to DM, or who says they did, is not asked again (the
runaround). Customer messages the brand never answered are repeated contact, which raises urgency. What the brand
already wrote in the thread is not written again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from model import guards
from model.analyzer import MAX_TEXT_CHARS
from model.pii_context import SENSITIVE
from model.privacy import says_nothing
from model.register import ALREADY_PRIVATE
from model.reply_moves import ASKS_PRIVATE
from model.types import LEVELS, Analysis, Post
from model.urgency import CHASER, CONTACT_AGAIN, STILL_OPEN, find_reasons, reply_deadline

FOLLOW_UP_WORDS = 6  # a post this short, or one that says nothing, is read with the earlier messages
CONTEXT_MESSAGES = 2  # ... the customer's last two
REFERRING_WORDS = 12  # ... and one this short that opens on what was said before ("it just says 'account under
# review'. how do I appeal?" after "my driver account was deactivated yesterday", read33)
_REFERS_BACK = re.compile(r"^\W*(?:it|that|this|they|still|same)\b", re.I)
# ... unless it says the trouble is over ("It's ok, security found her by the gate", "That's sorted, the vet says he'll be
# fine"): no earlier emergency read into it again
_OVER = re.compile(r"\b(?:ok|okay|found|fine|sorted|safe|all good|resolved|never ?mind|no longer|false alarm|back now|"
                   r"working now|arrived)\b", re.I)
_WORD = re.compile(r"\w+")
_ANOTHER = re.compile(r"\b(?:also|another|as well|and now|now my|tambi[ée]n|otro|aussi|auch|noch ein\w*|tamb[ée]m|"
                      r"anche)\b", re.I)
# reasons that make a short post a problem of its own ("also my card got declined"), not a chase
_NEW_PROBLEM = frozenset({"outage", "money", "safety", "travel_today", "cancellation_or_legal", "deadline_today"})
_THANKS = re.compile(r"\b(?:thanks|thank you|thx|ty|cheers|appreciate\w*|gracias|merci|danke|obrigad[oa]|grazie)\b",
                     re.I)
# "done", "sent!", "just DMed you": the customer did what the brand asked; no complaint to read into it again
_SENT = re.compile(r"\W*(?:ok(?:ay)?\W+)?(?:done|(?:just )?sent(?: it| you one| you an? (?:dm|message)| a dm)?|"
                   r"(?:i |just |i just )?dm'?e?d(?: you)?|"
                   r"check (?:your )?dms?|hecho|enviado|envoy[ée]|erledigt|gesendet|feito|fatto|inviato)\W*", re.I)


# the post itself says the brand left an earlier message unanswered ("third time asking", "you never replied") or a
# promised call never came;
# not "no answer at the door", "the button gives no response", "the seller didn't reply"
UNANSWERED = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:time|message|tweet|dm|email) (?:asking|i'?ve asked|now|"
    r"i'?ve (?:tweeted|written|messaged|emailed|e-mailed|dm'?e?d|contacted you|asked))|"
    r"(?:nobody|no one|no-one) (?:ever )?(?:replies|responds|answers) to (?:my |our )?(?:dms?|messages|e-?mails|tweets)|"
    r"(?:asked|messaged|tweeted|written|wrote|dm'?e?d|e-?mailed|contacted) (?:you|u|your team) (?:\d+|two|three|"
    r"several|many) times|no(?: ?one|body) (?:from (?:you|your team) )?(?:has |have )?(?:replied|responded|answered|"
    r"got back) to (?:me|my)|(?:you|u|you guys|your team) (?:still )?(?:never|haven'?t|didn'?t|have not|did not) "
    r"(?:replied|responded|answered|got back|reply|respond|answer|get back)|no (?:reply|response|answer) (?:from you|"
    r"to my (?:dm|message|email|tweet|complaint|messages))|still waiting (?:for|on) (?:a |an |your )?(?:reply|response|"
    r"answer|call ?back) from you|still no (?:reply|response|answer) from you|left on read|ignoring me|"
    # a promised call that never came: "I was told someone would call me yesterday. Nobody did."
    r"(?:nobody|no one|no-one) (?:ever )?(?:called|rang|phoned)(?: me)?(?: back)?|(?:nobody|no one|no-one) did(?=\s*[.!]|\s*$)|"
    r"never (?:called|rang|phoned) (?:me )?back|still no (?:call|callback|call back|phone call)|"
    # "3 weeks and not a word from you" (read34)
    r"not (?:a|one) (?:single )?(?:word|peep|reply|call) from (?:you|u|your team|anyone)|"
    r"heard nothing (?:back )?from (?:you|u|your team|anyone)|(?:haven'?t|have not|not|never) heard (?:a (?:word|thing|"
    r"peep)|anything)(?: back)? from (?:you|u|your team|anyone)|"
    # on hold for half an hour; a promise not kept ("you promised a replacement last week, still nothing")
    r"on hold for (?:over |nearly |almost |about )?(?:\d+|an?|two|three|half an) (?:min\w*|hours?|hrs?)|"
    r"(?:you|they|your (?:team|agent|colleague)) (?:promised|said you would|said you'?d)\b[^.!?]{0,60}?"
    r"\b(?:still|never|nothing|not)\b|"
    # the DM asked for, sent a while ago and unanswered: "done, sent it over an hour ago. still nothing" (read31)
    r"(?:sent|dm'?e?d|messaged)(?: (?:it|you|u|them|one))?(?: (?:a|an|the) (?:dm|message|pm))? (?:over |nearly |about |"
    r"more than |almost )?(?:an?|\d+|one|two|three|several|a few) (?:hours?|hrs?|days?|min\w*) ago\b[^.!?]{0,4}[.!?,]*"
    r"\s*(?:and |but )?(?:still nothing|still no\b|nothing yet|no reply|no response|no answer|nothing back|heard nothing)|"
    # a chaser: "any update?? it's been 3 days"
    r"any (?:update|news)\b[^.!]{0,12}?(?:it'?s been|after|for) (?:\d+|two|three|four|five|several|a few) (?:days|weeks)|"
    r"no me (?:hab[ée]is|han) (?:respondido|contestado)|vous ne m'avez (?:pas|jamais) r[ée]pondu|"
    r"ihr (?:habt|antwortet) (?:nicht|nie)|n[ãa]o (?:me )?responderam|non mi avete (?:ancora )?risposto|"
    r"nadie (?:me )?(?:contesta|responde|ha contestado|ha respondido)|personne ne (?:me )?r[ée]pond|"
    r"niemand (?:antwortet|meldet sich|hat geantwortet)|ningu[ée]m (?:me )?(?:responde|respondeu)|"
    r"nessuno (?:mi )?(?:risponde|ha risposto)|(?:alguna|alguma|une?) (?:novedad|novidade|nouvelle)s?\b[^.!]{0,12}?"
    r"(?:hace|h[áa]|depuis|il y a) (?:\d+|dos|tres|dois|tr[êe]s|deux|trois) (?:d[íi]as|dias|jours|semanas|semaines)|"
    # contacted four times, a promised call-back that never came, in other languages
    r"(?:contact[ée]|appel[ée]|[ée]crit|relanc[ée]|t[ée]l[ée]phon[ée])\w* (?:\S+ ){0,4}?[àa] (?:deux|trois|quatre|cinq|"
    r"plusieurs|\d+) reprises|rappel (?:promis )?qui ne (?:vient|est venu) jamais|"
    r"(?:he llamado|he escrito|os he escrito|llam[ée]) (?:\S+ ){0,2}?(?:dos|tres|cuatro|varias|\d+) veces|"
    r"nunca me (?:llamaron|han llamado|devolvieron la llamada)|nadie me (?:ha )?(?:llamado|devuelto la llamada)|"
    r"(?:zwei|drei|vier|mehrere|\d+) ?mal(?:e)? (?:angerufen|geschrieben)|nie zur[üu]ckgerufen|trotz (?:zweier|dreier|"
    r"mehrerer|\d+) (?:e-?mails|anrufe|nachrichten)|(?:ho )?(?:chiamato|scritto) (?:\S+ ){0,2}?(?:due|tre|quattro|"
    r"pi[uù]|\d+) volte|nessuno mi ha (?:mai )?richiamat[oa]|(?:liguei|escrevi) (?:\S+ ){0,2}?(?:duas|tr[êe]s|quatro|"
    r"v[áa]rias|\d+) vezes|(?:ningu[ée]m|nunca) me (?:ligou|ligaram|retornou)|"
    # a chaser or a count of contacts: "toujours rien ?", "Attendo ancora un riscontro", "Les escribo por tercera vez"
    rf"{CHASER}|{CONTACT_AGAIN})\b",
    re.I)


def asks_nothing_more(text: str) -> bool:
    """"ok thanks", "perfect, thank you!": nothing left for the brand to answer ("sent!" leaves a DM to answer)."""
    body = guards.LEADING_HANDLES.sub("", text)
    return bool(guards.ACK_ONLY.fullmatch(body) or (_THANKS.search(body) and not STILL_OPEN.search(body)))


def _reacts(text: str) -> bool:
    """"ok thanks", "perfect, thank you!", "done": a reaction to the brand's last message, not a request (a thanks
    that still asks, "thanks but I still only see 0 stamps", is one)."""
    return asks_nothing_more(text) or bool(_SENT.fullmatch(guards.LEADING_HANDLES.sub("", text)))


def _words(text: str) -> int:
    """How many words the customer wrote, links and @handles aside."""
    return len(_WORD.findall(guards.without_links(text)))


@dataclass(frozen=True)
class ThreadContext:
    post: Post  # the post to analyse and draft for: the customer's earlier messages first when it is a follow-up
    offset: int = 0  # where the new post's own text starts in ``post.text``
    dm_asked: bool = False  # the brand asked for a DM, or the customer says they sent one
    unanswered: int = 0  # the customer's earlier requests after the brand's last message
    brand_said: tuple[str, ...] = ()
    sent: bool = False  # "done", "sent!": the customer did what the brand asked

    @property
    def own_text(self) -> str:
        return self.post.text[self.offset:]

    @property
    def waited(self) -> bool:
        """Nobody answered the customer before: unanswered messages in the thread, or the post says so."""
        return self.unanswered > 0 or bool(UNANSWERED.search(self.own_text))

    @classmethod
    def read(cls, post: Post) -> ThreadContext:
        if not post.thread:
            return cls(post)
        thread = [m for m in post.thread if m.text.strip()]
        customer = [m.text for m in thread if m.role != "brand"]
        brand_said = tuple(m.text for m in thread if m.role == "brand")
        unanswered = 0
        for message in reversed(thread):
            if message.role == "brand":
                break
            unanswered += not asks_nothing_more(message.text)  # an "ok thanks" of theirs asked for nothing ("sent" did)
        dm_asked = any(ASKS_PRIVATE.search(t) for t in brand_said) or any(ALREADY_PRIVATE.search(t) for t in customer)
        body = guards.LEADING_HANDLES.sub("", post.text)
        sent = bool(_SENT.fullmatch(body))
        # a short follow-up ("any news?", "hello??") with no problem of its own ("also my card got declined" has)
        own_problem = bool(_NEW_PROBLEM.intersection(find_reasons(body)) or _ANOTHER.search(body))
        follow_up = customer and not _reacts(post.text) and not own_problem and (
            says_nothing(post.text) or _words(body) <= FOLLOW_UP_WORDS
            or _words(body) <= REFERRING_WORDS and bool(_REFERS_BACK.match(body)) and not _OVER.search(body))
        if not follow_up:
            return cls(post, 0, dm_asked, unanswered, brand_said, sent)
        said = [t for t in customer if not says_nothing(t) and not _reacts(t)]
        if not said:  # nothing earlier states a problem either
            return cls(post, 0, dm_asked, unanswered, brand_said, sent)
        # the messages that state the problem, not the customer's earlier "any news?" and "hello??"
        stating = [t for t in said if _words(t) > FOLLOW_UP_WORDS] or said
        room = MAX_TEXT_CHARS - len(post.text) - 1  # the context never pushes a valid post over the limit
        prefix = "\n".join(stating[-CONTEXT_MESSAGES:])[-room:] + "\n" if room > 1 else ""
        return cls(replace(post, text=prefix + post.text), len(prefix), dm_asked, unanswered, brand_said, sent)

    def own(self, analysis: Analysis) -> Analysis:
        """The analysis of the post in context, with the new post's own PII spans (offsets into its own text)
        and repeated contact when the customer wrote before without an answer."""
        privacy = analysis.privacy
        if self.offset:  # spans and the personal-data flag of the post itself (the move private stays in context)
            spans = [s | {"start": s["start"] - self.offset, "end": s["end"] - self.offset}
                     for s in privacy.get("pii", []) if s["start"] >= self.offset]
            privacy = privacy | {"pii": spans, "pii_in_public": privacy.get("pii_in_public", False) and any(
                s["type"] in SENSITIVE for s in spans)}
        urgency = analysis.urgency
        if self.unanswered:
            floor = "high" if self.unanswered >= 2 else "normal"
            level = max(urgency["level"], floor, key=LEVELS.index)
            reasons = list(urgency.get("reasons", []))
            urgency = urgency | {"level": level, "reasons": reasons + ["repeated_contact"] * (
                "repeated_contact" not in reasons), "reply_within_minutes": reply_deadline(self.post.channel, level),
                "score": max(urgency["score"], 0.25 if floor == "normal" else 0.5)}
        return replace(analysis, privacy=privacy, urgency=urgency)
