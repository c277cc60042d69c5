"""Scam situations whose reply must warn first: a scam call, a SIM swap, an account taken over, someone met online
asking for money, an impersonator asking for a fee.
"""

from __future__ import annotations

import re

from model.urgency.fraud import SCAM_CALL, SIM_SWAP, TAKEOVER
from model.urgency.other_languages import situations_in, told
from model.urgency.text import straight_apostrophes

_SIM_SWAP_RX = re.compile(SIM_SWAP, re.I)


_SCAM_CALL_RX = re.compile(SCAM_CALL, re.I)

# someone met online who asks for money, or was sent it: "the guy I've been talking to for 3 weeks ... needs £2,000 for
# the release fees", "I sent £4,500 to a man I met on Tandemly. He's blocked me everywhere now" (read35)
_MET_ONLINE = re.compile(r"\b(?:(?:man|woman|guy|girl|lady|bloke|person|someone|somebody)(?: \w+){0,2}? i(?:'ve| have)? "
                         r"(?:met|matched with|been (?:talking|chatting|speaking|messaging) (?:to|with))|"
                         r"(?:my|a|this|the) match\b|matched with\b|"
                         # "Been talking to a lovely man on Amble for 3 weeks" (read39); not "talking to the lady on
                         # reception", "a man on Tuesday at your store"
                         r"(?:(?:talking|chatting|speaking|messaging) (?:to|with)|messaging) (?:a|an) (?:\w+ ){0,2}?(?:man|"
                         r"woman|guy|girl|lady|bloke|person|gentleman|fella|chap|soldier|doctor|engineer|pilot)\b"
                         r"(?![^.!?]{0,40}\b(?:from|at|in|"
                         r"on) (?:your|the) (?:store|shop|team|customer|reception|support|office|chat|helpline|uni|open "
                         r"day)\b)(?=[^.!?]{0,30}? (?:on|off|from) (?:here\b|(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                         r"(?i:reception|the)\b)(?-i:[A-Z]))))", re.I)
# ... online: not "the lady I've been talking to in your support chat wants £15 for the release fees on my parcel"
_ONLINE = re.compile(r"\b(?:app|online|dating|profile|match(?:ed)?|tinder|hinge|bumble|instagram|whatsapp|site)\b|"
                     # "a man I met on Tandemly" (read35), not "met on the train"
                     r"\bmet (?:on|through|via) (?!(?:the |a )?(?:train|bus|street|beach|holiday|plane|flight|ferry|night|"
                     r"way|weekend|course|job|phone)\b)\w+|"
                     # ... talked to there: "a lovely man on Amble for 3 weeks" (read39), a service's name
                     r"\b(?:(?:talking|chatting|speaking|messaging) (?:to|with)|messaging) (?:a|an) (?:\w+ ){0,2}?\w+"
                     r"[^.!?]{0,30}? (?:on|off|from) (?:here\b|(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                     r"(?i:reception|the)\b)(?-i:[A-Z])\w+)",
                     re.I)
_MONEY_ASKED = re.compile(r"\b(?:needs?|asked|asks|asking|wants?|begging)(?: me)?(?: for)? (?:\S+ ){0,3}?(?:[£$€]\s?\d|money|"
                          r"cash|gift ?cards?|a loan|to borrow)|\b(?:release|customs|transfer|hospital) fees?\b|"
                          # "he asked me to invest in his crypto platform" (read39's review)
                          r"\b(?:asked|asks|wants?|told) me to invest\b|\binvest\w* in (?:his|her|their) (?:crypto|trading|"
                          r"platform|business)|\b(?:asks?|asked) (?:me )?if i (?:can|could) (?:lend|send|give)\b|"
                          r"\b(?:about|going|planning) to (?:send|transfer|wire|give|lend) (?:him|her|them) (?:\S+ ){0,2}?"
                          r"[£$€]\s?\d|"
                          r"\b(?:can|should|do) i (?:send|lend|transfer|wire|give) (?:him |her |them )?"
                          r"(?:the |this |that )?(?:money|cash|[£$€])", re.I)
_MONEY_SENT = re.compile(r"\b(?:sent|transferred|wired|gave|lent)(?: (?:him|her|them))? (?:over |nearly |almost |about |around )?"
                         r"[£$€]\s?\d|"
                         # "I've sent a man I met on Amble nearly £4,000" (read39's re-grade)
                         r"\b(?:sent|transferred|wired|gave|lent) (?:a|the|this) (?:man|woman|guy|girl|lady|person) "
                         r"(?:\S+ ){0,8}?[£$€]\s?\d|"
                         r"\bpaid (?:him|her|them|a man|a woman|a guy|someone) (?:\S+ ){0,6}?[£$€]\s?\d|"
                         r"\b(?:already )?put in [£$€]\s?\d|"
                         r"\b(?:sent|transferred|wired|gave|lent) (?:him|her|them) (?:all )?(?:my|our|the) (?:money|savings)",
                         re.I)


@straight_apostrophes
def names_romance_scam(text: str) -> str:
    """Whether someone met online asks the customer for money ("ask") or was sent it ("sent"), or "": a scam's
    warning first ("don't send any money"), or the bank now; never "We'll keep you posted"."""
    if "romance" in situations_in(text):
        return "sent"
    if "romance_ask" in situations_in(text):
        return "ask"
    if not (_MET_ONLINE.search(text) and _ONLINE.search(text)):
        return ""
    return "sent" if _MONEY_SENT.search(text) else "ask" if _MONEY_ASKED.search(text) else ""


# a buyer or seller who asks for gift cards, a code, a fee to release the delivery, or a trip to a cash machine to "receive"
# the money: "the buyer wants me to go to the ATM to 'activate' the payment", "the seller asks for 2 Steam cards to ship it"
_TRADE_SCAM_RX = re.compile(r"\b(?:buyer|seller)\b[^.!?]{0,100}?\b(?:gift ?cards?|(?:steam|itunes|apple|google play|amazon) "
                            r"(?:gift )?cards?|voucher codes?|cash ?machine|atm|(?:to )?(?:release|unlock) (?:the )?(?:delivery|"
                            r"shipping|parcel|item)|to (?:receive|accept) (?:the |your |my )?(?:payment|money))\b", re.I)


@straight_apostrophes
def names_trade_scam(text: str) -> bool:
    """Whether a buyer or seller of a listing asks the customer for gift cards, a code, a release fee or a cash machine: it
    is a scam, whatever the story; nothing more sent, the listing reported, their bank (or the card's issuer) now."""
    return told(_TRADE_SCAM_RX, text, "trade_scam")


@straight_apostrophes
def names_scam_call(text: str) -> bool:
    """Whether a caller posing as the bank asks the customer to move their money ("to a safe account"): the answer is
    that it was not us, hang up and move nothing, before anything else."""
    return told(_SCAM_CALL_RX, text, "safe_account")


@straight_apostrophes
def names_sim_swap(text: str) -> bool:
    """Whether someone else has taken the customer's number (a ported number, a swapped or cloned SIM): their phone
    is no way to reach them now, and their bank's codes go to whoever has it."""
    return told(_SIM_SWAP_RX, text, "sim_swap")


_TAKEOVER_RX = re.compile(TAKEOVER, re.I)


@straight_apostrophes
def names_takeover(text: str) -> bool:
    """Whether someone else has taken over the customer's account: lock it first, then give it back."""
    return told(_TAKEOVER_RX, text, "takeover")


# a fee or money asked for ("send 0.05 BTC as a verification fee", "transfer £50 to unlock it")
_FEE_ASKED = (r"\bfees?\b|\b(?:send|pay|transfer|deposit)\b[^.?!]{0,30}?(?:[£$€]\s?\d|\d+(?:[.,]\d+)? ?(?:btc|eth|usdt|"
              r"bitcoin|crypto)\b|\bmoney\b|\bcrypto\b)")
FEE_ASKED = re.compile(_FEE_ASKED, re.I)
# A message that may be phishing, asked about: "got a text saying my account is suspended and to click a link, is this you?"
_PHISHING = re.compile(
    # someone posing as the brand's support elsewhere, asking for a fee: "Coinharbor support on Telegram says they can
    # unlock my withdrawal if I send 0.05 BTC as a verification fee. Is this you?" (read36)
    r"\b(?:support|admin|agent|team|staff|someone|somebody)\b[^.?!]{0,80}?\b(?:on|via|through) (?:telegram|whatsapp|"
    r"discord|signal)\b[\s\S]{0,200}?(?:unlock|verif\w*|release|withdraw\w*|recover\w*)[\s\S]{0,120}?(?:" + _FEE_ASKED +
    r")[\s\S]{0,160}?"
    r"(?:is (?:this|it|that) (?:really )?(?:you|real|legit|genuine)|scam|legit\?|genuine\?)|"
    r"\b(?:text|sms|e-?mail|message|call|dm|whatsapp)\b(?:[^.?!]|\.(?=\d)){0,160}?\b(?:link|click|verify|suspended|"
                       r"locked|confirm (?:my|your) (?:details|identity|account)|update (?:my|your) (?:details|payment|card)|"
                       r"(?:put|enter|type) (?:my|your|in my|in your) card details)\b"
                       r"[\s\S]{0,120}?\b(?:is (?:this|it|that) (?:actually |really )?(?:you|real|legit|genuine|from you)|scam|"
                       r"phishing|"
                       r"(?:is|was) (?:it|this|that) (?:really |actually )?(?:you|from you)|genuine\?|legit\?|real\?|"
                       r"(?:genuine|legit|real) or (?:a )?scam\b)|"
                       # a message naming a web address of its own and asking for a card or login: "got a text from
                       # 'Amble Security' ... unless I verify my card at amble-verify-login.com ... legit or not??" (read39)
                       r"\b(?:text|sms|e-?mail|message|whatsapp|dm)\b[^.!?]{0,120}?\b(?:verify|confirm|update|enter) (?:my|your) "
                       r"(?:card|bank|password|pin|login|details)\b[\s\S]{0,80}?\b[a-z0-9-]+\.(?:com|net|org|co\.uk|app|info|"
                       r"xyz|link|top|site|online)\b[\s\S]{0,80}?\b(?:(?:legit|real|genuine) or (?:not|fake|(?:a )?scam)|"
                       r"(?:scam|fake) or (?:real|legit|genuine))\b|"
                       # "« votre compte sera suspendu, cliquez ici » c'est vous ??", "¿este SMS es vuestro?"
                       r"\b(?:cliqu\w*|clic|haz clic|haga clic|pincha|clicca|cliccare|klick\w*|clique|lien|enlace|link|"
                       r"collegamento|suspendu|suspendid[oa]|gesperrt|sospes[oa]|suspens[oa]|bloqu[ée]e?)\b[\s\S]{0,160}?"
                       r"(?:c'est (?:bien )?vous|c'est vrai|est-ce (?:bien )?vous|es (?:de )?verdad|sois vosotros|es vuestro|"
                       r"son ustedes|seid ihr das|sind sie das|ist das echt|siete voi|[èe] vero|[ée] verdade|s[ãa]o voc[êe]s|"
                       r"[ée] golpe|arnaque|estafa|betrug|truffa|phishing)", re.I)


# someone posing as the brand, or its giveaway, asking for money or card details, and the customer asks if it is real:
# "a man rang saying he was from StrideAble ... He's coming round tomorrow to take payment by card. Is this right?", "an
# account called @StrideAble_Support DMing people asking them to 'verify' their order with their card details. Is that
# you?", "giving away 500 free play kitchens, you just pay £2.95 postage with your card. Is this real??" (read38)
# (posing: a cold call or a visit "saying he was from you", "claiming to be", an account called @X, a fake page, a
# giveaway seen on social media; not "the engineer said he was from your company", "I called your number and the lady
# said she was from billing", the brand's own competition)
_POSING = (r"\b(?:rang|called|phoned|messaged|texted|dm'?d|dming|emailed|knocked|came round|turned up|contacted)\b[^.!?]{0,60}?"
           r"\b(?:saying|claiming) (?:he|she|they|it)?(?:'s|'re| is| was| were| are)? ?(?:from|with)\b|"
           r"\b(?:claiming|pretending|claims|claimed) to be (?:from|with|you)\b|"
           # a message "from" a name in quotes, pressing for money today or to a new account ("Got a WhatsApp from
           # 'Packwell Removals' saying ... pay the £400 deposit by bank transfer TODAY to a new account", read39); not a
           # letter from 'the billing team' with a refund, nor the customer's own new account
           r"\b(?:text|sms|e-?mail|message|whatsapp|call|letter|dm)\b (?:from|claiming to be from|supposedly from) ['\"‘“]"
           r"(?=[\s\S]{0,200}?(?:\b(?:new|different|changed|updated) (?:bank )?(?:account|details|sort code)|\btoday\b|"
           r"\bwithin \d+ ?(?:h|hrs|hours)\b|\bor (?:i|you)(?:'ll)? lose\b|\bgift ?cards?\b))|"
           r"\b(?:asked|asking|told|tells|says?|saying)\b[^.!?]{0,80}?\b(?:pay|transfer|send|deposit)\w*\b[^.!?]{0,60}?\b(?:to|into) "
           r"(?:a|the|their) (?:new|different|another|changed) (?:bank )?account\b|"
           # the payee changed ("your bank details have changed ... pay the £650 balance to a new sort code", "Packwell
           # changed banks", "different account name", read39's review); not the customer's own "new account"
           r"\b(?:bank|account) details (?:have |has |had )?changed\b|\bchanged banks\b|\b(?:different|updated|changed) (?:bank |"
           r"account )?(?:details|sort code|account name)\b|\bnew (?:sort code|bank details|account details)\b|"
           r"\b(?:an? |the )?(?:account|page|profile) (?:called|named|pretending|claiming)\b|\bfake \S+ ?(?:account|page|profile|"
           r"website|site)\b|\b(?:facebook|instagram|insta|tiktok|whatsapp|social media|post|page|ad|advert)\b[^.!?]{0,60}?"
           r"\b(?:giv(?:ing|es?) ?away|giveaway)\b")
_ASKS_PAYMENT = (r"\b(?:card|bank|payment) (?:details|number|info\w*)\b|\bpay(?:ment)? (?:\w+ ){0,3}?(?:to|into)\b|\b(?:the )?(?:3|three) digits\b|\b(?:take|taking|takes) (?:a )?payment\b|\bwith "
                 r"(?:your|my) card\b|\bpostage\b|\b(?:pay|paying|payment) (?:by|with|for|of)\b|[£$€]\s?\d")
_IS_IT_REAL = (r"\b(?:is|was) (?:this|that|it|he|she|they) (?:right|real|true|you|legit|genuine|from you|one of yours)\b|"
               r"\bis this (?:a scam|legit)|\b(?:real|legit|genuine|right)\?|\bare (?:you|they) (?:really|running|doing|"
               r"giving)\b|\breal or (?:fake|a scam)\b|\blegit or (?:a )?scam\b|\b(?:scam|fake) or (?:real|legit)\b|"
               r"\bshould i (?:pay|give|let)\b|"
               # the brand already said it wasn't them: "Today your office says they never sent it" (read39's re-grade)
               r"\b(?:never sent|didn'?t send|did not send|wasn'?t (?:from )?(?:you|them|us)|nothing'?s (?:been )?received|"
               r"(?:have|has)n'?t (?:been )?received)\b")
# ... already paid: their bank now, not "Thanks for checking with us first"
_PAID_ALREADY = re.compile(r"\b(?:i'?ve|i have|i) (?:already |just )?(?:paid|transferred|sent (?:him|her|them) )|\bpaid it\b|\b(?:took|taken) "
                           r"(?:a )?payment\b[^.!?]{0,40}?\b(?:yesterday|already|last|this morning)|\bgave (?:him|her|them) "
                           r"my (?:card|bank) (?:details|number)", re.I)
# (read from the start only: three lookaheads tried at every position made it quadratic, 1.6 ms a tweet)
_IMPERSONATION = re.compile(rf"\A(?=[\s\S]*?(?:{_POSING}))(?=[\s\S]*?(?:{_ASKS_PAYMENT}))[\s\S]*?(?:{_IS_IT_REAL})", re.I)


@straight_apostrophes
def names_impersonation(text: str) -> str:
    """Whether someone posing as the brand (a caller, an account, a giveaway) asks the customer for money or card
    details, and the customer asks if it is real: "ask" (don't pay, check with us on a number they know), "paid" (their
    bank now), or "" (none)."""
    if "paid_impostor" in situations_in(text):
        return "paid"
    if not _IMPERSONATION.search(text):
        return ""
    return "paid" if _PAID_ALREADY.search(text) else "ask"


# ... and already answered it with their card: "filled in my card number and the 3 digits on the back" (their bank now)
_GAVE_CARD = re.compile(r"\b(?:filled in|entered|put in|typed in|typed|gave (?:them|it)|sent (?:them|it)) (?:\w+ )?(?:my )?"
                        r"(?:card (?:number|details)|bank details|(?:the )?(?:3|three) digits)", re.I)


@straight_apostrophes
def names_gave_card(text: str) -> bool:
    """Whether the customer says they already gave their card or bank details to the message asked about."""
    return told(_GAVE_CARD, text, "gave_card")


@straight_apostrophes
def names_phishing(text: str) -> bool:
    """Whether the customer asks if a message with a link or a request for details really came from the brand."""
    return told(_PHISHING, text, "gave_card")
