"""Whether a past reply is about this post: shared anchors, the same outcome (charged or not), the same question
asked, answered in kind.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from model import guards
from model.particulars import names_in
from model.privacy import general_question
from model.reply_moves import GREETING
from model.thread import asks_nothing_more
from model.types import Case, Post

YES_NO_ANSWER = re.compile(r"\W*(?:yes|yep|yeah|we do|we don't|we can|we can't|of course|sure|absolutely|no,|"
                            r"unfortunately not|not yet|s[ií]|oui|ja|sim|claro)\b", re.I)
ASKS = re.compile(r"\?|\b(?:do you|can i|can you|is there|are there|how|when|where|what|which|why|does|will)\b",
                   re.I)


@functools.cache
def _common_words() -> frozenset[str]:
    """Function words of the bank's languages (spaCy's stop lists) and care vocabulary: never what a reply
    is about."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
    from spacy.lang.es.stop_words import STOP_WORDS as ES
    from spacy.lang.fr.stop_words import STOP_WORDS as FR
    from spacy.lang.it.stop_words import STOP_WORDS as IT
    from spacy.lang.pt.stop_words import STOP_WORDS as PT

    care = {"please", "thanks", "thank", "sorry", "help", "team", "hear", "know", "let", "like", "get", "got",
            "sure", "look", "send", "message", "dm", "private", "details", "account", "need", "needs", "http",
            "https", "com", "www", "hi", "hello", "hey"}
    return frozenset({w.lower() for w in EN_STOP | ES | FR | DE | IT | PT} | care)


_TOPIC_WORD = re.compile(r"[^\W\d_]{3,}")


@functools.lru_cache(maxsize=8192)  # each candidate's check reads the same post, and the same cases recur
def topic_words(text: str) -> frozenset[str]:
    """Content words of a text, lower case, a plural "s" dropped ("gyms" ~ "gym")."""
    common = _common_words()  # spaCy's stop lists load on the first draft, not at import
    return frozenset(w.lower().removesuffix("s") for w in _TOPIC_WORD.findall(guards.without_links(text))
                     if w.lower() not in common)


def _stems_in(stems: AbstractSet[str], words: AbstractSet[str]) -> set[str]:
    """The stems (first five letters) found at the start of, or inside, one of the words ("spell" in
    "misspelled")."""
    return {s for s in stems if any(w.startswith(s) or (len(s) == 5 and s in w) for w in words)}


def shared_stems(a: AbstractSet[str], b: AbstractSet[str]) -> set[str]:
    """The stems of either set's words found in the other ("spell" of "spelling" in "misspelled")."""
    return _stems_in({w[:5] for w in a}, b) | _stems_in({w[:5] for w in b}, a)


@functools.lru_cache(maxsize=8192)  # each post meets the same past replies, candidate after candidate
def anchors_kept(past_post: str, reply: str, post_text: str, language: str = "en", spare: int = 0) -> bool:
    """Whether this post mentions what a past reply is about: the content words its own post and the reply
    share ("cello" in "can I bring my cello?" / "A cello needs its own seat"; "spelling" in "it's misspelled" /
    "spelling corrections are free"). From four shared words on, one in three may be missing; a reply sharing
    none is not checked here (see ``Weights.min_fit_post_unshared``). ``spare``: this many more may be missing
    when the reply's first anchor, what it is about, is kept ("Fixed Saver ...; Flex ..." answers a question on
    Fixed Saver; "A cello needs its own seat on board" does not answer one on a guitar on board)."""
    past, said = topic_words(past_post), topic_words(reply)
    anchors = shared_stems(said, past)
    # not what its customer said after asking ("how do I submit a meter reading? The app keeps nagging me for one": the
    # app is no anchor for "where do i put a meter reading", read34); what they said before it is the situation asked
    # about ("Our flight to Rome was cancelled. Can I get compensation?")
    asked = past_post.rfind("?")
    if 0 <= asked < len(past_post.rstrip()) - 1:
        aside = shared_stems(said, topic_words(past_post[asked + 1:])) - shared_stems(
            said, topic_words(past_post[:asked + 1]))
        anchors = anchors - aside or anchors
    if not anchors:
        return True
    kept = _stems_in(anchors, topic_words(post_text) | said_otherwise(post_text))
    missing = len(anchors) - len(kept)
    if missing <= (len(anchors) - 1) // 3:
        return True
    lower = reply.lower()
    first = min(anchors, key=lambda a: (lower.find(a) if a in lower else len(lower), a))
    return first in kept and missing <= min(spare, len(anchors) - 1)


@functools.lru_cache(maxsize=8192)  # each post meets the same past replies, candidate after candidate
def keeps_an_anchor(past_post: str, reply: str, post_text: str) -> bool:
    """Whether this post names at least one of the words a past post and its reply share, or the end of one ("a 16-25
    card" is a Railcard): a looser test than ``anchors_kept``, for the answer to a similar question asked in other
    words ("what's the earliest we can check in?" / "Check-in is from 3pm at all our hotels")."""
    past, said = topic_words(past_post), topic_words(reply)
    anchors = shared_stems(said, past)
    if not anchors:
        return True
    this = topic_words(post_text) | said_otherwise(post_text)
    if _stems_in(anchors, this):
        return True
    whole = {w for w in past | said if w[:5] in anchors}
    return any(len(w) >= 4 and a.endswith(w) for a in whole for w in this)


def subject_kept(past_post: str, reply: str, post_text: str) -> bool:
    """Whether this post names the reply's subject when the reply opens on what its own post asked about ("Sofas
    are made to order" / "How long does delivery take for sofas?"); a reply opening otherwise ("Try clearing the
    cache", "The 16-25 Railcard gives ...") is not checked here."""
    words = _TOPIC_WORD.findall(guards.without_links(reply))
    first = next((w.lower().removesuffix("s") for w in words[:1] if w.lower() not in _common_words()), None)
    if first is None or not shared_stems({first}, topic_words(past_post)):
        return True
    said = topic_words(post_text) | said_otherwise(post_text)  # (the end of a compound: a "16-25 card" is a Railcard)
    return bool(shared_stems({first}, said)) or any(len(w) >= 4 and first.endswith(w) for w in said)


DENIES_CHARGE = re.compile(r"\b(?:(?:you(?:['’]re| are)?|you['’]ll|you will) never (?:be )?charged|(?:won['’]t|will not|"
                            r"aren['’]t|are not|weren['’]t|were not) (?:be )?charged|there['’]s no charge|no charge (?:for|if|when))\b",
                            re.I)
CHARGED = re.compile(r"\b(?:charged|billed|debited) (?:me|us|my)\b|\b(?:been|got|was|were|getting) (?:\w+ )?(?:charged|billed)\b",
                      re.I)
_OUTCOMES = tuple((re.compile(a, re.I), re.compile(b, re.I)) for a, b in (
    (r"\bpassed\b(?! (?:away|on|it|this|that|them|to|through|by|the (?:message|info)))", r"\bfail(?:ed)?\b"),
    (r"\b(?:approved|accepted)\b", r"\b(?:declined|rejected|denied|refused)\b"),
    # who cancelled: "I cancelled my ride after 1 minute and still got charged" / "driver cancelled twice" (read33)
    (r"\bI (?:\w+ )?cancell?ed\b", r"\b(?:driver|rider|host|seller|they|he|she|you|it)(?: \w+)? cancell?ed\b"),
    # a car being repaired, or one written off: "A courtesy car comes ... while your car is being repaired" is no answer
    # to "my car's been declared a write-off" (read34)
    (r"\b(?:being (?:repaired|fixed)|(?:at|in) the (?:garage|body ?shop)|garage (?:has|have) had)\b",
     r"\b(?:write-?off|written off|total loss|beyond repair|not worth repairing)\b"),
    # whose mistake: "Ordered too many" was told the medicines can't come back; "You sent 500mg paracetamol instead of
    # the 250mg children's one I ordered" was the brand's (read34)
    (r"\b(?:ordered (?:too many|too much|(?:\w+ )?by mistake|the wrong)|changed my mind|(?:don'?t|no longer) (?:need|want) "
     r"(?:it|them|this|these)\b(?! (?:to|for))|(?:bought|got) too many)\b",
     r"\b(?:(?:you|they|u) (?:\w+ )?(?:sent|delivered|gave|dispensed|supplied) (?:me |us )?(?:the )?wrong|wrong (?:item|"
     r"size|strength|dose|colou?r|product|medicine|medication|order)s? (?:was |were )?(?:sent|delivered|dispensed|in|"
     r"arrived|came)|(?:received|got) (?:the |a )?wrong|the wrong (?:\w+ )?(?:arrived|came)|"
     r"(?:sent|delivered|dispensed|gave) (?:me |us )?(?:\S+ ){1,4}instead of|not what I ordered)\b"),
))


@functools.lru_cache(maxsize=8192)
def opposite_outcome(past_post: str, post_text: str) -> bool:
    """Whether the posts tell opposite outcomes of the same thing: an exam passed or failed, an application approved
    or declined, a ride the customer cancelled or the driver did (a post telling both is read as neither)."""
    for a, b in _OUTCOMES:
        past_a, past_b, this_a, this_b = (bool(rx.search(t)) for t in (past_post, post_text) for rx in (a, b))
        if (past_a and not past_b and this_b and not this_a) or (past_b and not past_a and this_a and not this_b):
            return True
    return False


def asks_of_another(past_post: str, reply: str, post_text: str) -> bool:
    """The same question about another thing: "can I bring my guitar on board or does it need its own seat?" asked
    what "... my cello ..." did, and "A cello needs its own seat" answers no guitar. The questions share more words
    than they differ by, and the reply names what only the past one asked. (Asked in other words, "how on earth do
    you end a membership?" / "how do I cancel?", the questions differ by more than they share.)"""
    past, this = topic_words(asked_in(past_post)), topic_words(asked_in(post_text))
    only_past, only_this = past - this, this - past
    return bool(only_this) and len(past & this) >= len(only_past | only_this) and bool(only_past & topic_words(reply))


def after_greeting(text: str) -> str:
    greeting = GREETING.match(text)
    return text[greeting.end():] if greeting else text


def asked_in(text: str) -> str:
    """A post's questions, without what it says around them (or all of it, when it asks nothing with a "?")."""
    return " ".join(_QUESTION_SENTENCE.findall(text)) or text


# What customers call the thing a reply names ("can I still get my money back?" asks about a refund; "what's the
# earliest I can get into my room?" about check-in): the reply's word, for the anchors. English, care words only
_SAID_OTHERWISE = tuple((re.compile(rx, re.I), word) for rx, word in (
    (r"\bmoney back\b|\breimburs\w*|\brefunded\b", "refund"),
    (r"\bget (?:in ?to|in) (?:my|the|our) room|\barriv\w* early\b|\bearly arrival\b|\bcheck(?:ing)? ?in\b", "check"),
    (r"\bcheck(?:ing)? ?out\b|\bleave (?:my|the|our) room\b|\blate departure\b", "checkout"),
    (r"\babroad\b|\boverseas\b|\btravel (?:add-?on|bolt-?on|pass)\b|\buse my (?:phone|data|mobile) (?:in|there|while)\b",
     "roaming"),
    # (a probe of six brands' paraphrases and a care lead's read, tenth session: "send stuff back", "turn up", "pick
    # up", "water pouring out of a pipe", "the Northby hub", "the driver", "docs", "close my account", "two payments",
    # "since the 4.2 update", "our spaniel")
    (r"\b(?:send|bring|take) (?:it|them|this|that|stuff|things|items?|(?:the|my|a) \w+) back\b", "return"),
    (r"\bturn(?:s|ed)? up\b|\barriv\w*|\bget (?:here|to me)\b", "delivery"),
    (r"\bpick(?:ing)? (?:it |them |(?:the|my|a) \w+ )?up\b|\bpickup\b", "collect"),
    (r"\btell you about\b|\blet you know about\b|\bnotify you\b", "report"),
    (r"\bpour\w*|\bgush\w*|\bspurt\w*|\bburst (?:pipe|main)\b|\bwater (?:coming|running) out\b", "leak"),
    (r"\bhub\b|\bwarehouse\b|\bsorting (?:office|centre|center)\b", "depot"),
    (r"\bdrivers?\b|\bcouriers?\b|\bdelivery (?:guy|man|person|bloke)\b", "rider"),
    (r"\briders?\b|\bcouriers?\b|\bdelivery (?:guy|man|person|bloke)\b", "driver"),
    (r"\bdocs\b|\bpaperwork\b", "document"),
    (r"\bclose (?:my|the) account\b|\bwip(?:e|ed|ing)\b|\berase\w*|\bremove my (?:account|data|details)\b", "delete"),
    (r"\btwo payments\b|\bpaid twice\b|\bdouble payment\b|\bpayments? (?:came|come|gone|went|taken) out\b|"
     r"\btaken (?:the money|twice)\b|\bdebited\b", "charge"),
    (r"\bupdate\b|\bhotfix\b", "patch"),
    (r"\bspecs?\b|\b(?:system )?requirements\b|\bwhat (?:kind of |sort of )?(?:pc|computer|laptop|graphics card)\b",
     "spec"),
    # (a care lead's read of a bank, a streaming service and a pharmacy, eleventh session)
    (r"\bring (?:you|ya|u)\b|\bcall you\b|\bphone you\b", "phone"),
    (r"\bwhat times?\b|\bopening times\b|\bhow late\b", "hour"),
    (r"\bend (?:my|a|the|our) (?:\w+ )?(?:membership|subscription|contract|plan)\b|\bstop paying\b", "cancel"),
    (r"\bscripts?\b", "prescription"),
    (r"\b(?:puppy|pup|spaniel|labrador|terrier|retriever|poodle|collie|dachshund|pug|beagle|whippet|greyhound|"
     r"cockapoo|labradoodle|cockerpoo)s?\b", "dog"),
    # (a care lead's read of a grocery app, a scooter share and a learning platform, fourteenth session: "at uni",
    # "stop my subscription renewing", "completed the course", "my account is banned", "hire one of the e-scooters")
    (r"\b(?:at|in|go to|going to) (?:uni|university|college)\b|\bstudying\b", "student"),
    (r"\bstop (?:\S+ ){0,3}?renew\w*|\bturn off (?:the )?auto-?renew\w*", "cancel"),
    (r"\b(?:completed|done with|passed) (?:the|my|a|your)\b", "finish"),
    (r"\b(?:account|profile) (?:is |was |has been |got )?(?:banned|disabled|deactivated)\b|"
     r"\b(?:banned|disabled) (?:my|our) (?:account|profile)\b", "suspend"),
    (r"\b(?:hire|rent|use) (?:an? |one of (?:the|your) |the |your )?(?:e-?)?(?:scooter|bike)s?\b", "unlock"),
    # (a vet, a game platform and holiday parks, read32: "move our stay to a different weekend", "rock up", "my
    # kitten's jabs", "make an appointment", "pay out a claim")
    (r"\bmove (?:our|my|the) (?:stay|booking|trip|holiday|reservation|break)\b|\breschedul\w*", "change"),
    (r"\bdifferent (?:weekend|week|dates?|days?|month)\b", "date"),
    (r"\b(?:rock|roll) up\b", "check"),
    (r"\bjabs?\b|\bboosters?\b|\bvaccines?\b", "vaccination"),
    (r"\bmake an? (?:appointment|booking|reservation)\b", "book"),
    (r"\bpay(?:s|ing)? (?:\w+ )?out\b|\bpayouts?\b", "paid"),
    # (read33: "any perfume in it?", "how do i stop my glow box")
    (r"\bperfumed?\b|\bscent(?:ed|s)?\b|\bunscented\b", "fragrance"),
    (r"\bstop (?:my|the|our) (?:\w+ ){0,2}?(?:box|subscription|plan|membership|deliveries|orders)\b(?! for (?:a|an|one|"
     r"two|three|\d+) | while | until )", "cancel"),
))


@functools.lru_cache(maxsize=8192)  # asked of the same post for every candidate
def said_otherwise(text: str) -> frozenset[str]:
    """The reply's words for what the post asks in its own ("money back" -> "refund")."""
    return frozenset(word for rx, word in _SAID_OTHERWISE if rx.search(text))


def own_case(case: Case, post: Post) -> bool:
    """Whether a past case is the post's own brand's (with no brand known, every case is another brand's)."""
    return bool(post.brand) and guards.handle_key(case.brand or "") == guards.handle_key(post.brand)


def on_same_subject(case: Case, post: Post, language: str, reply: str | None = None) -> bool:
    """Whether a past question naming its subject ("how do I read my Economy 7 meter?") asks about this post's
    ("how do I submit a reading on the app?" names none): a past post naming nothing asks what this one does.
    ``reply``: only the names its answer repeats count ("check-in at the Brighton hotel?" answered "from 3pm at all
    our hotels" answers "what time can I check in?")."""
    past = {m.lower() for m in names_in(guards.without_links(case.post), case.brand, language)}
    if reply is not None:
        past = {m for m in past if m in reply.lower()}
    return not past or bool(past & {m.lower() for m in names_in(guards.without_links(post.text), post.brand, language)})


def answers_in_kind(past_post: str, reply: str, post_text: str, brand: str | None = None,
                    language: str = "en") -> bool:
    """Whether a reply to another general question answers this one too: both posts ask about the brand's products
    or terms, not their own case, share a content word, the reply names two or more of this post's words ("exit
    fee", "Fixed Saver"), and every name in the question is in the reply or its post ("roaming in Japan?" is not
    answered by "EU roaming is included")."""
    if not (general_question(post_text) and general_question(past_post)):
        return False
    asked = topic_words(post_text)
    in_past = _stems_in({w[:5] for w in asked}, topic_words(past_post))
    # (one will do when the past question asked every word of this one: "what time can I check in?" of "what time
    # is check-in at the Brighton hotel?", answered "Check-in is from 3pm")
    needed = 1 if asked and len(in_past) == len(asked) else 2
    if not in_past or len(shared_stems(asked, topic_words(reply))) < needed:
        return False
    return _names_what_is_asked(post_text, f"{past_post} {reply}", brand, language)


_QUESTION_SENTENCE = re.compile(r"[^.!?\n]*\?")
FIRST_SENTENCE = re.compile(r"[^.!?\n]*[.!?]?")


def _names_what_is_asked(post_text: str, said: str, brand: str | None, language: str) -> bool:
    """Whether ``said`` names every name the post's questions ask about ("roaming in Japan?" is not answered by "EU
    roaming is included")."""
    question = " ".join(_QUESTION_SENTENCE.findall(guards.without_links(post_text)))
    said = said.lower()
    return all(name.lower() in said for name in names_in(question, brand, language))


def answers_directly(reply: str, post_text: str, brand: str | None = None, language: str = "en",
                     every: bool = False) -> bool:
    """Whether a reply answers this general question in the question's own words: it names two or more of its content
    words (or its one: "do you take paypal?") and at least two in three (``every``: all of them), and every name the
    question asks about ("is EU roaming included in my plan?" / "roaming in the EU is included in all our monthly
    plans"; "roaming in Japan?" is not answered so)."""
    if not general_question(post_text):
        return False
    asked = {w[:5] for w in topic_words(post_text)}
    named = _stems_in(asked, topic_words(reply))
    if len(named) < min(2, len(asked)) or 3 * len(named) < 2 * len(asked) or every and len(named) < len(asked):
        return False
    return _names_what_is_asked(post_text, reply, brand, language)


def shares_a_word(past_post: str, post_text: str) -> bool:
    """Whether two posts share a content word, or both name nothing or only thank ("thanks" / "ok thanks")."""
    past, this = topic_words(past_post), topic_words(post_text) | said_otherwise(post_text)
    return (not past or bool(shared_stems(past, this))
            or asks_nothing_more(past_post) and asks_nothing_more(post_text))
