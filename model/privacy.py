"""Privacy: should this conversation leave the public thread, and where to (DM, phone, e-mail)?

The trained head learns from what real agents did (their reply asked for a DM / e-mail / call); the PII spans
found in the post override it, because personal data in public must move private whatever the head says.
Payment matters go to the phone.
"""

from __future__ import annotations

import re

import numpy as np

from model import guards
from model.encoder import MULTI, space_for
from model.pii_context import SENSITIVE
from model.scoring import HeadScorer
from model.types import PiiSpan
from model.urgency import STILL_OPEN, names_danger, names_hardship, names_phishing

_NEEDS_ACCOUNT = re.compile(
    r"\b(my (?:account|order|booking|reservation|card|bank|address|password|details|subscription|number|"
    r"email|e-mail|phone|payment|refund|bill)|order (?:number|#|no)|account (?:number|#|no)|reference|"
    r"charged|refund|hacked|locked out|log ?in|password|verify|identity|pedido|cuenta|conta|konto|compte)\b",
    re.IGNORECASE)
# A general question ("is there a student discount?", "do you ship to the Canaries?") is answered in public, where
# the next customer sees the answer too: a question that says nothing of the asker's own case.
# ("EU" and "US" are places: "is EU roaming included?", "do you ship to the US?"; Portuguese "eu" and "us" in lower case)
_OWN_CASE = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|we|our|(?-i:us|Us)|mi|mis|yo|me|mon|ma|mes|je|j'|moi|"
                       r"ich|mein\w*|mir|mich|(?-i:eu|Eu)|meu|minha|io|mio|mia|miei|mie|"
                       # the pronoun dropped: "Ho avuto un incidente", "He perdido mi tarjeta", "Tive um acidente" (read34)
                       r"ho (?:avuto|perso|ricevuto|pagato|subito|fatto un)|(?:he|hemos) (?:tenido|perdido|recibido|"
                       r"pagado|sufrido)|tive|tivemos|recebi|paguei|tuve|tuvimos|recib[íi])\b", re.I)


# ... or asking what a policy allows, in the asker's words ("does my car insurance cover me in France?", "is there a
# discount if I install a dashcam?", "can I bring my dog on board?"): the answer is the same for everyone
# "how do I submit a meter reading?", "what's the early termination fee on a 24 month contract if I leave?", "what time
# can I check in?", "is EU roaming included in my plan?"
# (the question may follow a clause of context, "heading to Thailand next month, will I get charged for using cash
# machines?", and be followed by more: each sentence of the post is tried)
_POLICY_ASK = re.compile(r"^\W*(?:(?:hi|hello|hey|hiya)\W+)?(?:[^,.!?]{3,60}(?:, ?| [-\u2013] ))?"
                         # "if I tip in the app does the driver get all of it?" (read28, twelfth session)
                         r"(?:if (?:i|we) [^,.!?]{3,40}? (?=does|do|is|are|can|will|would))?"
                         r"(?:does|do|is there|are there|can i|can we|can (?:my|our) [\w-]+|"
                         r"could i|can [\w-]+ (?:fill|do|send|take|deliver|ship|accept)|am i (?:\w+ )?allowed|"
                         # "driving down to Spain in August, am I covered over there?" (read34)
                         r"(?:am i|are we) (?:\w+ )?covered(?! yet| now| again)|will (?:my|our|the) (?:[\w-]+ ){0,2}cover (?:me|us)|"
                         r"are \w+ (?:\w+ )?allowed|is it possible|what(?:'s| is| are) (?:the|your) (?:[\w-]+ ){0,3}?(?:"
                         r"policy|limit|allowance|rule|fees?|costs?|prices?|charges?|rates?|hours|times|process|procedure|steps)|how much (?:[\w-]+ ){0,2}?(?:is|are|"
                         r"does|do|would|will)|how (?:long|many|soon)|how (?:do|can|would|should) (?:i|we)|what time (?:can|do|"
                         r"should|must) (?:i|we)|how early can (?:i|we)|where (?:in|on|can|do) |will (?:i|we) (?:get |be )?"
                         r"charged|is (?:[\w-]+ ){1,3}(?:included|covered|free|available|allowed|possible))\b[^.!?]*(?:\?|\U0001f914)[\s\w!.]{0,12}$",
                         re.I)
# ... in the other bank languages, a post that is nothing but the question ("¿Puedo revender mis entradas si al final
# no puedo ir al concierto?", read30); no sentence of context, and nothing gone wrong
_POLICY_ASK_OTHER = re.compile(
    r"^\W*(?:puedo|podemos|se puede|es posible|hay (?:alg[uú]n|alguna)|cu[aá]nto (?:cuesta|tarda)|c[oó]mo (?:puedo|se)|"
    r"puis-je|peut-on|est-ce que (?:je|on) peux?|est-il possible|y a-t-il|combien (?:co[uû]te|de temps)|"
    r"comment (?:puis-je|peut-on)|kann (?:ich|man)|k[öo]nnen wir|darf (?:ich|man)|ist es m[öo]glich|gibt es|"
    r"wie (?:viel|lange|kann ich)|posso|possiamo|si pu[oò]|[èe] possibile|c'[èe]|quanto (?:costa|tempo)|come (?:posso|si)|"
    r"[ée] poss[íi]vel|quanto custa|como (?:posso|fa[çc]o))\b[^.!?]*\?\W*$", re.I)
_GONE_WRONG_OTHER = re.compile(
    r"\b(?:nunca (?:lleg|cheg)|no (?:ha )?lleg|n[ãa]o cheg|jamais|pas (?:re[çc]u|arriv)|nicht (?:angekommen|geliefert|kommt)|"
    r"nie angekommen|non (?:[èe] )?arrivat|mai arrivat|cancelad|annul|gestrichen|storniert|cancellat|cobr|d[ée]bit|"
    r"abgebucht|addebit|besch[äa]digt|kaputt|ab[îi]m[ée]|cass[ée]|rott[oa]|roto|rota|danificad|estragad|"
    # a wait of their own: "seit 3 Wochen", "depuis 3 semaines", "da 3 settimane", "hace 3 semanas", "há 3 semanas"
    r"(?:seit|depuis|da|hace|h[áa]) (?:\d+|une?|zwei|drei|deux|trois|dos|tres|due|tre|duas|tr[êe]s) \w+)", re.I)
# ... nor about their own order, parcel or money ("Puis-je être remboursé pour ma commande abîmée ?")
_OWN_ORDER_OTHER = re.compile(r"\b(?:mein(?:e|en|em)?|ma|mon|mes|il mio|la mia|mio|mia|mi|mis|meu|minha) "
                              r"(?:\w+ )?(?:paket|bestellung|geld|r[üu]ckerstattung|lieferung|commande|colis|"
                              r"remboursement|argent|ordine|pacco|rimborso|soldi|pedido|paquete|reembolso|dinero|"
                              r"encomenda|dinheiro)\b|\bremboursé|zur[üu]ckbekommen|rimborsat|reembols", re.I)
# what they waited for or paid is their own case ("do I get my money back for the 3 months I already paid?")
_WAITED = re.compile(r"\b(?:been waiting|waited|(?:days|weeks|months) ago|(?:days|weeks|months) now|"
                     r"(?<!if )\b(?:i|we)(?:(?:'ve| have) (?:already |just )?|(?: already| just) )paid)\b", re.I)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_FEE_ASK = re.compile(r"\b(?:will|would|do|does) (?:i|we|you) (?:get |be )?charged?\b", re.I)  # a fee, not a charge made


_GREETING_FIRST = re.compile(r"^(?:hey|hi|hello|hiya|yo|morning|evening|hola|bonjour|hallo|ciao|ol[áa])\b[\s,!.]*(?=@)",
                             re.IGNORECASE)


def happened_to_them(text: str) -> bool:
    """Whether the post tells of a crash, an accident, a theft or a write-off that happened to the asker."""
    return bool(_HAPPENED.search(text))


def general_question(text: str) -> bool:
    """A question about the brand's products or policies, with no word about the asker's own case (what they say
    around it is context: "Is it possible to watch offline on the train? There's no signal on my commute")."""
    # (and a greeting before the handle: "hey @Stagepass my mate can't make the gig ..., how do I give her my spare
    # ticket?", read30)
    body = guards.LEADING_HANDLES.sub("", _GREETING_FIRST.sub("", text.strip())).strip()
    if not guards.QUESTION.search(body) or _NEEDS_ACCOUNT.search(_FEE_ASK.sub("", body)) or \
            guards.REPORTS_PROBLEM.search(body) or _WAITED.search(body) or names_hardship(body) \
            or happened_to_them(body):  # their finances; "I crashed yesterday, am I covered?" is their claim
        return False
    if _POLICY_ASK_OTHER.match(body) and not _GONE_WRONG_OTHER.search(body) and not _OWN_ORDER_OTHER.search(body):
        return True
    sentences = _SENTENCE.findall(body)  # (a long post's many sentences are more than a clause of context)
    return not _OWN_CASE.search(body) or any(_POLICY_ASK.match(s) for s in (sentences if len(sentences) <= 2 else [body]))


# an incident that happened to the asker: their own case, whatever the question's words
_HAPPENED = re.compile(r"\b(?:i|we|she|he|they|someone|somebody|my \w+)(?: \w+)? (?:crashed|(?:had|was in|been in|were in) "
                       r"(?:an? |the )?(?:\w+ )?(?:accident|crash|collision|bump)|reversed into|hit my|hit our)|"
                       r"^\W*(?:@\w+\s+)*(?:crashed|had an? (?:\w+ )?(?:accident|crash|bump)|(?:got|been) rear-?ended)\b|"
                       r"\b(?:got|been|was) rear-?ended\b|"
                       r"(?<!that )(?<!which )(?<!if )(?<!when )\b(?:was|were|been|got) (?:stolen|broken into|vandali[sz]ed|"
                       r"written off)|\b(?:declared|been|was) (?:as )?(?:a )?write-?off\b|"
                       # "a tree came down on it in last night's storm" (read34)
                       r"\b(?:tree|branch|wall|fence|tiles?|slates?|scaffolding|lamp ?post|pole|ceiling|roof) (?:\w+ )?"
                       r"(?:came down|fell|has fallen|crashed|collapsed|landed) (?:on|onto|into|through)\b", re.I)
_PAYMENT = re.compile(r"\b(card|credit|debit|(?<!power )(?<!food )bank(?! holiday)|payment|paid|charged|charge|refund|billing|bill|invoice|"
                      r"fraud|iban|transfer|money|pay|tarjeta|cart[aã]o|karte|carte|"
                      # charged, payment, refund, bill, transfer in Spanish, Portuguese, French, German
                      r"cobr(?:o|os|aron|ado|ada|ança|aram)|pago|pagamento|reembolso|factura|fatura|transferencia|"
                      r"d[ée]bit[ée]e?|pr[ée]l[eè]vement|rembours\w*|facture|virement|"
                      r"abgebucht|zahlung|r[üu]ckerstattung|rechnung|[üu]berweisung)\b|[$£€]", re.IGNORECASE)
# "billed twice", "4 estimated bills", "overcharged" are payment matters too. Kept apart from _PAYMENT, which is a
# feature of the trained head and reads as it did in training.
_PAYMENT_FORMS = re.compile(r"\b(?:bill(?:s|ed)|payments|overcharg\w*|refunds|refunded|invoices|invoiced)\b",
                            re.IGNORECASE)
_PLACE_BANK = re.compile(r"\bbank (?:station|tube|underground|dlr|junction)\b", re.IGNORECASE)
# the words that mark praise as praise ("Got my refund ... in 4 days, no chasing needed. Fair play", read37); the
# sentiment rules read them too
PRAISE_MARKS = r"fair play|fair dos|credit where (?:it'?s |credit'?s )?due|hats off|top marks"
_THANKS = re.compile(r"\b(?:thanks?|thank you|thx|cheers|gracias|merci|danke|grazie|obrigad[oa]|"
                     # praise said as praise: "Shoutout to @Stagepass, ... the money hit my account the same day" (read30)
                     rf"shout ?out|kudos|props to|{PRAISE_MARKS}|(?<!not )really impressed)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_HELLO_WORDS = frozenset({
    "hi", "hello", "hey", "hiya", "yo", "helloo", "hellooo", "heyy", "anyone", "anybody", "someone", "there", "is",
    "are", "you", "guys", "team", "good", "morning", "afternoon", "evening", "please", "pls", "help", "hola",
    "buenos", "días", "dias", "bonjour", "salut", "hallo", "guten", "tag", "morgen", "olá", "ola", "oi", "ciao",
    "alguien", "quelqu", "un", "jemand", "da", "alguém", "alguem", "aí", "ai"})


def says_nothing(text: str) -> bool:
    """A post with no words but greetings ("@Brand hello", "hi is anyone there", "??", a row of emoji): there
    is nothing yet to answer, apologise for or take private."""
    return not {w.lower() for w in _WORD.findall(guards.without_links(text))} - _HELLO_WORDS

# the customer asks to be called ("can someone call me back", "llámame"); not "they said they'd call me"
_CALL_ME = re.compile(r"(?<!would )(?<!'d )(?<!will )\b(?:(?:call|ring|phone) me(?: back)?|give me a (?:call|ring)|"
                      r"speak to (?:someone|a (?:person|human)) on the phone|ll[áa]mame|ll[áa]menme|ll[áa]madme|"
                      r"appelez-moi|rappelez-moi|ruf(?:t|en sie)? mich (?:(?!nie\b|nicht\b|kein)\S+ ){0,2}?(?:zur[üu]ck|an)|me liga(?:m)?|me ligue(?:m)?|"
                      r"chiamatemi|richiamatemi|"
                      # "potete richiamarmi?", "¿me pueden llamar?", "Können Sie mich bitte zurückrufen?"
                      r"(?<!non )(?<!no )(?:ri)?chiamarmi|(?<!no )llamarme|me (?:pueden|podr[íi]an|podéis) llamar|"
                      r"(?<!pas )me rappeler|mich (?:(?!nie\b|nicht\b|kein)\S+ ){0,2}?zur[üu]ckrufen|(?<!não )me ligar|"
                      r"ligar-me)\b", re.I)
# ... but not in jest: "call me maybe? 😂 jk" is a song and a thank-you, not a request for a call ("are you
# kidding me? call me back" is one)
_JOKING = re.compile(r"\b(?:jk|j/k|just (?:kidding|joking)|only joking)\b|\bcall me,? maybe\b", re.I)
_PAYMENT_TYPES = {"CREDIT_CARD", "IBAN_CODE", "US_BANK_NUMBER"}


class PrivacyScorer(HeadScorer):
    name = "privacy"
    classes = ("public", "private")
    config_keys = ("C", "en_use", "threshold", "threshold_multi")

    def __init__(self, C: float = 1.0, en_use: bool = True, threshold: float = 0.5,
                 threshold_multi: float | None = None) -> None:
        super().__init__(C=C, en_use=en_use)
        self.threshold = threshold
        # the multilingual head has its own calibration (learned through USE from English rows)
        self.threshold_multi = threshold_multi

    def extra_features(self, texts: list[str], space: str) -> np.ndarray | None:
        return np.array([[bool(_NEEDS_ACCOUNT.search(t)), bool(_PAYMENT.search(t)),
                          "__email__" in t or "__credit_card__" in t] for t in texts], dtype=np.float32)

    def score(self, probs: np.ndarray, texts: list[str], pii: list[list[PiiSpan]],  # noqa: PLR0913
              routes: list[str] | None = None, public: list[bool] | None = None,
              sentiments: list[str] | None = None, languages: list[str] | None = None) -> list[dict]:
        """``score`` is the learned likelihood (0.95 at least with personal data in the post);
        ``move_private`` also asks that the post is not simply happy: praise and thanks are answered in
        public unless they carry personal data or talk about an account, an order or a payment (the head, trained on what agents did, scores some praise
        high because agents DM'd to send a goodie), and so are general questions (``general_question``)."""
        out = []
        for i, (p, text, spans) in enumerate(zip(probs, texts, pii, strict=True)):
            learned = float(p[self.classes.index("private")])
            types = {s.type for s in spans}
            sensitive = bool(types & SENSITIVE) or "__email__" in text or "__credit_card__" in text
            score = max(learned, 0.95 if sensitive else 0.0)
            # "love you guys but my account got hacked" still moves
            # ... but "thank you for sorting my refund so fast!" asks nothing more: answered in public
            happy = sentiments is not None and sentiments[i] == "positive" and (
                not _NEEDS_ACCOUNT.search(text) or (_THANKS.search(text) and not STILL_OPEN.search(text)))
            empty = says_nothing(text)  # "??", "@Brand hello": nothing to take private yet
            threshold = self.threshold
            if languages is not None and space_for(languages[i]) == MULTI and self.threshold_multi is not None:
                threshold = self.threshold_multi
            ack = guards.acknowledges(text)  # "ok", "will do"
            # a call needs their number: that goes private
            wants_call = bool(_CALL_ME.search(text)) and not _JOKING.search(text)
            # a gas smell or a fire is answered in public with safety steps (call the emergency line), as the drafts
            # do: "move to DM" beside them read as the wrong first step
            # ... and so is "got a text with a link, is this you?": "don't click it" is for everyone to read
            answered_in_public = names_danger(text) or names_phishing(text)
            move = wants_call or (score >= threshold and (sensitive or not (happy or empty or ack or answered_in_public
                                                                             or general_question(text))))
            plain = _PLACE_BANK.sub("", text)  # "smoke in the tunnel at Bank station" is no payment matter
            is_payment = bool(types & _PAYMENT_TYPES) or bool(_PAYMENT.search(plain) or _PAYMENT_FORMS.search(plain)) or (
                routes is not None and routes[i] == "billing")
            private = public is not None and not public[i]
            if private:  # a chat or a DM is private already: only a call or a payment matter moves (to the phone)
                move = wants_call or (move and is_payment)
            if not move:
                advice = "none"
            elif is_payment or wants_call:
                advice = "phone"
            else:
                advice = "dm"
            out.append({"score": round(score, 4), "move_private": move, "channel_advice": advice,
                        "pii": [s.to_dict() for s in spans], "pii_in_public": sensitive and not private})
        return out
