"""Tone audit of a customer-care reply, for QA teams.

Each check follows the practice in PRACTICE.md and returns a score in [0, 1] (1 = good, except
``scriptedness`` and ``runaround`` where 1 = bad), a short reason and the reply spans that drove it:

- empathy: a complaint gets its feeling acknowledged; a dismissive reply ("calm down", "not our problem") fails;
- scriptedness: how close the reply is to the brand's other replies (its recent cases, the replies audited
  before it, the rest of the batch) and how much of it is made of known canned sentences (model/canned.py);
- tone match: register of the reply against the customer's (a cheerful emoji reply to a furious customer,
  a stiff formal reply to a light one, shouting);
- privacy: a public reply that repeats the customer's e-mail, phone, card or address, or that shows a card
  number or IBAN, fails; asking for card data or a password fails in public and is flagged in private;
- runaround: sent to another department, number or website without help;
- next step: the customer knows what happens now (we act, you act, a DM to continue, a link, a time);
- timeliness: the reply time against the channel's deadline for this post (model/urgency.py);
- length: within the channel's limit, and not a one-liner brushing off a complaint.

The checks are rules and embeddings, not a trained judge: every flag can be explained to the agent.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import os
import re
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC
from pathlib import Path

import numpy as np

from model import guards
from model import reply_moves as moves
from model.canned import canned_matcher
from model.encoder import EN, TextEncoder
from model.pii import MOBILE, YOURS_BEFORE, PiiDetector, given_by_brand
from model.privacy import general_question
from model.register import ALREADY_PRIVATE, register_features
from model.retriever import clean_for_encoding
from model.sentiment import vader_scores
from model.times import parse_time, time_problem
from model.types import PRIVATE_CHANNELS, is_direct, normalise_channel
from model.urgency import (
    REASON_FLOOR,
    STILL_OPEN,
    find_reasons,
    names_breakdown,
    names_danger,
    names_phishing,
    names_scam_call,
    names_takeover,
    names_wrong_medicine,
    reply_deadline,
)

log = logging.getLogger(__name__)
CHECKS = ("empathy", "scriptedness", "tone_match", "privacy", "runaround", "next_step", "timeliness", "length")
BAD_HIGH = frozenset({"scriptedness", "runaround"})  # 1 = bad for these two
# Below (or, for BAD_HIGH, above) these a check becomes an issue that sends the reply to review.
REVIEW_AT = {"empathy": 0.5, "scriptedness": 0.6, "tone_match": 0.5, "privacy": 0.5, "runaround": 0.5,
             "next_step": 0.5, "timeliness": 0.5, "length": 0.5}
LATE_ZERO_FACTOR = 8  # timeliness reaches 0 at this many times the deadline (or a day)
SAME_TEXT = 0.97  # a reply this close to one the brand sent before is the same text pasted again
LATE_FAIL_MINUTES = 72 * 60  # a public complaint left three days is a failure whatever the reply says
SCRIPTED_FROM, SCRIPTED_TO = 0.80, 0.95  # brand cosine mapped linearly to scriptedness 0 -> 1
CANNED_MATCH = 0.72  # char n-gram cosine of a reply sentence to a canned phrase
ECHO_TYPES = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "STREET_ADDRESS",
                        "ACCOUNT_ID", "ORDER_ID", "US_BANK_NUMBER", "US_PASSPORT", "PASSPORT", "US_DRIVER_LICENSE", "IP_ADDRESS"})
ALWAYS_FAIL_TYPES = frozenset({"CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_BANK_NUMBER"})
_BRAND_MAILBOX = re.compile(r"^(?:support|help|helpdesk|care|customercare|service|customerservice|cs|info|contact|"
                            r"team|hello|hi|press|media|privacy|billing|social|feedback|complaints?|no-?reply)\b", re.I)


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


DISMISSIVE = _rx(
    r"calm down", r"no need to (?:shout|yell|be rude)", r"not our (?:problem|fault|responsibility|issue)",
    r"(?:nothing|not much) (?:we|i) can do", r"as (?:we|i) (?:have )?(?:already )?(?:said|stated|mentioned|explained)",
    # "you should have checked", not "you should have signal now" or "you should have received an email"
    r"you should have (?:known|read|checked|called|ordered|paid|asked|contacted|listened|thought|been more|done|"
    r"looked|noticed|kept|used|followed|reported|told)",
    r"(?:read|check) (?:the|our) (?:terms|t&cs|policy|small print)", r"deal with it",
    r"(?:we|i) don'?t care", r"(?<!not )(?<!n't )(?<!no )your (?:own )?fault", r"learn to",
    r"(?:maybe|perhaps|try|next time,?) (?:\w+ ){0,2}read (?:them|it|the \w+) before", r"(?:is|was|'s) the "
    r"(?:airport|airline|courier|bank|manufacturer|retailer|restaurant)'?s? (?:responsibility|problem|fault)", r"stop (?:spamming|complaining|tweeting)",
    r"if you don'?t like it", r"take it or leave it", r"that'?s (?:just )?(?:the|our) policy,? (?:sorry|period)",
    r"user error", r"not (?:our|my) job", r"whatever", r"tough luck",
    # "Please be assured our staff always act professionally" to "your loss adjuster was rude"
    r"(?:our|the) (?:staff|team|agents?|drivers?|riders?|adjusters?|employees|colleagues|engineers?) (?:always|never) "
    r"(?:act|behave|treat|are|would)\w*",
    r"(?:posting|talking|writing|spouting) (?:rubbish|nonsense)", r"(?:that'?s|this is|what) (?:utter )?(?:rubbish|nonsense)",
    r"sorry (?:that )?you feel (?:that|this) way", r"(?:maybe|try|should(?: have)?|did you(?: even)?|learn to) read(?:ing)? "
    r"the (?:\w+ )?(?:terms|form|instructions|manual|warranty|small print)", r"stop (?:moaning|whining)",
    r"c'?est votre faute", r"es (?:tu|su) culpa", r"ihr (?:eigener )?fehler", r"(?:a )?culpa [ée] (?:sua|tua)",
    r"as per (?:our|the) (?:policy|terms|t&cs),? (?:we (?:can(?:no|')?t|are unable|won'?t|don'?t|do not)|there is "
    r"nothing|no )", r"our policy is (?:clear|final)", r"(?:it'?s|this is|that'?s) (?:due to|caused by) your (?:own )?"
    r"(?:internet|connection|device|phone|wi-?fi|router),? not (?:us|our)",
    # "sorry you feel that way", in the bank's other languages
    r"lamentamos que (?:usted |lo |se )?(?:se sienta|sienta|vea|lo vea|perciba) (?:as[íi]|de esa manera)",
    r"d[ée]sol[ée]s? que vous (?:le )?(?:voyiez|ressentiez|le viviez|pensiez) (?:les choses )?(?:ainsi|comme [çc]a|de cette fa[çc]on)",
    r"(?:tut uns leid|schade),? dass sie (?:das|es) so (?:sehen|empfinden)", r"ci dispiace che (?:lei )?(?:la )?(?:pensi|veda|viva) (?:cos[ìi]|in questo modo)",
    r"lamentamos que (?:voc[êe] )?(?:se sinta|veja|pense) (?:assim|desta forma|dessa forma)",
    # "Lamentamos que te sientas así", "Sentimos muito que você se sinta assim"
    r"(?:lamentamos|sentimos|siento|lamento) (?:mucho |muito )?que (?:usted |t[úu] |voc[êe] |o senhor |a senhora )?"
    r"(?:te |se )?(?:sientas?|sinta|sintas|veas?|vejas?) (?:as[íi]|assim|de esa (?:manera|forma)|dessa forma|desta forma)",
    # "Tranquilo, no hace falta ponerse así", "Beruhig dich bitte erstmal", "Kein Stress", "calmez-vous"
    r"no hace falta ponerse as[íi]", r"c[áa]lm(?:ate|ese)", r"beruhig(?:e|en sie)? (?:dich|sich)", r"kein stress",
    r"calmez-vous", r"calme-toi", r"stai calm[oa]", r"si calmi", r"calma,? (?:n[ãa]o|no) (?:precisa|hace falta)",
    # "deve rivolgersi direttamente al corriere, non dipende da noi", "dafür ist unsere Partnerbank zuständig"
    r"non dipende da noi", r"no depende de nosotros", r"ne d[ée]pend pas de nous", r"n[ãa]o depende de n[óo]s",
    r"liegt nicht (?:an|bei) uns")
# Acknowledging the feeling in words the paraphrase bank's EMPATHY pattern does not list.
FEELING = _rx(r"(?:that|this)(?:'s| is| sounds| must be| must have been) (?:so |really |very |truly )?(?:awful|terrible|"
              r"horrible|stressful|upsetting|annoying|maddening|unacceptable|not ok(?:ay)?|not good enough|a pain|rough)",
              r"(?:i|we) (?:completely |totally |really )?(?:get (?:why|how)|hear you|feel (?:for )?you)",
              r"understandabl[ey]", r"(?:rightly|understandably) (?:upset|annoyed|frustrated|angry)",
              r"shouldn'?t have (?:happened|to)", r"(?:we|i)(?:'re| am| are) (?:so |really |truly )?sorry",
              r"tut (?:mir|uns) (?:\w+ )?leid", r"lo (?:siento|sentimos)", r"lamentamos", r"sentimos muito",
              r"sentimos (?:la|las|el|los|mucho|much[oa]s?) ", r"disculpa(?:d|n)? (?:la|las|el|los) ",
              r"perdona(?:d|n)? (?:la|las|el|los) ", r"d[ée]sol[ée]e?s? pour", r"scusa(?:te)? per",
              r"(?:je suis|nous sommes) (?:\w+ )?(?:d[ée]sol[ée]e?s?|navr[ée]e?s?)", r"(?:ci|mi) dispiace")
CHEERFUL = _rx(r"awesome", r"yay+", r"woo+hoo+", r"lol", r"haha\w*", r"great news", r"amazing", r"fantastic",
               r"super excited", r"woot")
# a laughing or celebrating face, a party, a thumbs-up: cheer; 😔 🙏 ❤️ are sympathy and fit an apology
CHEERFUL_EMOJI = re.compile("[\U0001F600-\U0001F606\U0001F609\U0001F60A\U0001F60D\U0001F60E\U0001F61B-\U0001F61D"
                            "\U0001F642\U0001F923\U0001F929\U0001F973\U0001F389\U0001F38A\u2728\U0001F44D\U0001F64C"
                            "\U0001F4AA\U0001F917\U0001F61C]|(?<!\\w)[:;=]-?[)DPp](?!\\w)")
# the fix is done ("Fixed now", "we've refunded"): what a report needs, thanks rather than an apology
FIXED = _rx(r"(?:all |now )?(?:fixed|sorted|resolved|corrected|repaired)(?: now| it)?",
            r"(?:we|i)(?:'ve| have) (?:now |just )?(?:fixed|sorted|resolved|corrected|refunded|credited|replaced|"
            r"rebooked|reissued|reset|updated)",
            # "I've issued the refund", "your refund has been processed"
            r"(?:we|i)(?:'ve| have) (?:now |just )?(?:issued|processed|sent|cancelled|canceled|applied|added) "
            r"(?:the|your|a|an) (?:full )?(?:refund|credit|replacement|voucher|compensation|cancellation)",
            r"(?:refund|credit|replacement|voucher|compensation) (?:has|have) (?:now )?been (?:issued|processed|sent|"
            r"applied|approved)",
            # "ya hemos devuelto el segundo pago", "nous avons remboursé", "wir haben erstattet", "abbiamo rimborsato"
            r"(?:ya )?hemos (?:devuelto|reembolsado|abonado|corregido|cancelado|anulado)",
            r"nous avons (?:rembours[ée]|annul[ée]|corrig[ée])",
            r"wir haben (?:(?!nicht\b|noch\b|kein)\S+ ){0,4}?(?:erstattet|zur[üu]ckgebucht|gutgeschrieben|storniert|korrigiert)",
            r"abbiamo (?:gi[àa] )?(?:rimborsato|stornato|annullato|corretto)",
            r"j[áa] (?:devolvemos|reembols[áa]mos|estorn[áa]mos|cancel[áa]mos|corrigimos)")
# vague promises that leave the customer where they were ("we'll look into it", "passed on to the team")
VAGUE = _rx(r"(?:we(?:'ll| will)|i(?:'ll| will)) (?:look into (?:it|this|that)|get back to you|pass (?:it|this|that) on)",
            r"(?:(?:we|i)(?:'ve| have) |have )?passed (?:your|the|this|that) (?:feedback|comments?|concerns?|complaint)(?: on)?"
            r"(?: (?:on )?to (?:the )?(?:relevant|appropriate) (?:team|department))?", r"try (?:again )?later")
# what happens, said plainly: "arrives tomorrow", "will be redelivered", "llegará mañana", "kommt morgen"
_HAPPENS = _rx(r"tomorrow", r"tonight", r"this (?:afternoon|evening)", r"next (?:week|monday|tuesday|"
               r"wednesday|thursday|friday)", r"(?:will|'ll) be (?:re)?(?:delivered|sent|shipped|refunded|credited|"
               r"replaced|fixed|back|restored|with you)", r"arrives", r"on (?:its|the) way",
               r"please re-?(?:order|book|try|install|submit)", r"(?:reference|ref|case|ticket)(?: number| no\.?)? ?:? ?#?\d+",
               r"ma[ñn]ana", r"llegar[áa]", r"(?<!guten )morgen", r"kommt (?:morgen|heute|bald|am)", r"demain", r"arrivera", r"amanh[ãa]", r"chega(?:r[áa])?",
               r"domani", r"arriver[àa]",
               # a time given: "the replacement train leaves at 15:20", "um 15:20 von Gleis 4"
               r"(?:at|um|à|a las|alle|às) \d{1,2}[:.h]\d\d", r"\d{1,2}:\d\d")
STIFF = _rx(r"dear (?:customer|sir|madam|valued customer|client)", r"we regret to inform", r"kindly", r"please be advised",
            r"hereby", r"at your earliest convenience", r"pursuant to", r"aforementioned", r"we acknowledge receipt",
            r"do not hesitate to", r"in accordance with")
# the customer says the phone gets them nowhere ("your phone line just rings out", "nobody answers your phone")
_NO_ANSWER = re.compile(r"\b(?:rings? out|(?:no ?one|nobody) (?:ever )?(?:answers|picks up|answered|picked up)|"
                        r"can'?t get through|cannot get through|(?:phone|line)s? (?:\w+ )?(?:just )?(?:rings?|ringing) "
                        r"(?:out|and rings)|on hold for (?:ages|hours|\d+))", re.I)
RUNAROUND = _rx(
    r"call (?:the|our) (?:number|helpline|phone line|contact number) (?:on|at|listed on|found on) (?:our|the) "
    r"(?:website|site|app|contact page)", r"(?:the )?(?:number|details) (?:is|are) on our (?:website|site)",
    r"(?:contact|call|ring|phone|reach out to|speak (?:to|with)|talk to|get in touch with|e-?mail|write to|visit|go to)"
    r" (?:our|the|your (?:local|nearest)) (?:\w+ ){0,2}(?:department|dept|team|customer service|customer care|"
    r"support|helpline|hotline|store|branch|shop|office|website|site|call cent(?:er|re)|bank|provider|manufacturer)",
    r"(?:that|this) (?:is|'s) not something we can (?:help|assist) with", r"not (?:something )?we can help with",
    r"(?:we|i) (?:can'?t|cannot|are unable to|am unable to) (?:help|assist)(?: you)?(?: with (?:that|this))?"
    r"(?: here| on (?:twitter|x|facebook|instagram|social media))",
    r"you(?:'ll| will)? (?:need|have) to (?:contact|call|speak|go|visit|ask|email|write)",
    r"not (?:handled|dealt with|managed) (?:here|by us|on this channel)", r"(?:wait|waiting) for (?:an?|the) "
    r"(?:answer|reply|response|e-?mail|call)", r"(?:check|see|visit|consult) (?:our|the) (?:faq|faqs|help cent(?:er|re))",
    # "Please refer to our website for information on roaming": the question left unanswered
    r"refer(?:ring)? (?:you )?to (?:our|the) (?:\w+ )?(?:website|site|faqs?|help (?:cent(?:er|re)|pages?)|terms)",
    r"outside (?:our|my) (?:remit|control)", r"(?:another|a different) (?:department|team) (?:handles|deals with)",
    r"(?:contact|call|ask) your (?:bank|card (?:issuer|provider)|provider|carrier|insurer|landlord)",
    r"(?:press|select|choose) option \d", r"option \d,? then (?:option )?\d",
    # "That's a question for our Customer Relations team", "Please contact the restaurant directly as riders are
    # independent contractors"
    r"(?:that|this)(?:'s| is) (?:a question|one|something|a matter) for (?:our|the) (?:\w+ ){0,3}(?:team|department|dept|"
    r"colleagues|office)",
    r"(?:contact|call|ring|ask|speak to|talk to|get in touch with) (?:the|your) (?:restaurant|seller|retailer|merchant|"
    r"driver|rider|courier|hotel|venue|landlord|supplier|store|shop)(?: \w+)? directly",
    r"(?:are|is) (?:an? )?independent (?:contractors?|businesses|partners?|sellers?)",
    # "This is a matter for your GP surgery. Please contact them." (a care lead's read, eleventh session)
    r"(?:that|this|it)(?:'s| is) (?:a matter|one|something|a question) for your (?:\w+ ){0,2}\w+",
    r"please (?:contact|call|ask) them\b",
    # "That's handled by the retailer, please contact Zalando directly" (a care lead's read, tenth session)
    r"(?:that|this|it)(?:'s| is) (?:handled|dealt with|managed|sorted) by (?:the |your )?(?:retailer|seller|merchant|"
    r"shop|store|sender|airline|bank|restaurant|manufacturer|courier)",
    r"(?:contact|call|ring|ask|speak to|talk to|get in touch with) (?!us\b|me\b|them\b|our\b)\w+ directly",
    # "try again later" alone; "try again later using a normal browser" is advice
    r"try (?:again )?later(?!\s+(?:on\s+)?(?:using|with|in|from|on|via)\b)",
    r"(?:another|a different) (?:department|team|service)(?! member)",
    r"contacte (?:a|al|con) (?:nuestro|el) (?:departamento|servicio)", r"otro departamento",
    r"(?:consulte|visite|revise) nuestr[oa]s? (?:faq|preguntas frecuentes|p[áa]gina web|web)",
    r"p[óo]ngase en contacto con (?!nosotros)", r"int[ée]ntelo (?:de nuevo )?m[áa]s tarde",
    r"contact(?:ez|er) (?:notre|le|un autre) service", r"(?:un autre|le bon) service",
    r"consult(?:ez|er) (?:notre|la) (?:faq|foire aux questions|page d'aide|site)", r"r[ée]essayez plus tard",
    r"wende dich an (?!uns)", r"wenden sie sich an (?!uns)", r"an (?:unsere|die) (?:\w+ )?abteilung",
    r"(?:unsere|die) faq", r"versuchen sie es sp[äa]ter", r"probier(?:e|en sie)? es sp[äa]ter",
    r"entre em contato com (?:o|nosso) (?:departamento|setor)", r"outro (?:departamento|setor)",
    r"tente (?:novamente )?mais tarde", r"consulte (?:o )?nosso (?:faq|site)",
    r"contatt(?:are|i|ate) (?:un altro|l'altro|il nostro|il) (?:reparto|servizio|ufficio)", r"un altro reparto",
    r"riprov(?:i|a|ate|are) (?:pi[uù] tardi|dopo)",
    r"(?:deve|devi|dovete) rivolger(?:si|ti|vi) (?:direttamente )?(?:a|al|alla|allo|all')", r"rivolg(?:a|iti)si? (?:direttamente )?(?:a|al|alla)",
    r"(?:bitte )?wende(?:n sie sich| dich) (?:direkt )?an (?:sie|ihn|die|den|deine|ihre)",
    r"(?:daf[üu]r|hierf[üu]r) ist (?:\w+ )?(?:\w+ )?zust[äa]ndig",
    r"(?:debe|debes|deber[áa]) (?:dirigirse|contactar) (?:directamente )?(?:a|al|con)",
    r"(?:vous devez|veuillez) (?:vous adresser|contacter) (?:directement )?(?:au|à|le|la)",
    r"(?:deve|precisa) (?:entrar em contato|falar) (?:diretamente )?com",
    # a form letter's wait: "Please allow 5-7 working days for a response"
    r"please allow \d+(?:\s?[-–]\s?\d+)? (?:working |business )?days for (?:a|our) (?:response|reply)")
SECRET_ASK = re.compile(
    r"\b(?:send|share|provide|give|tell|post|reply (?:here |below |to this (?:tweet|post) )?with|comment (?:below )?with|confirm|type|dm|message|include|need|verify|read (?:out|back|"
    r"me)|enter|quote)\b[^.?!]{0,40}?"
    r"\b(?:(?:full |long |16[- ]digit )?(?:credit |debit )?card (?:number|details|no\.?)|cvv2?|cvc|security code|"
    r"expiry date|password|passcode|pin(?: code| number)?|one[- ]time (?:code|password|passcode)|otp|social security|"
    r"ssn|online banking (?:details|login)|verification code|(?:\d|six|four)[- ]digit code|code (?:we|that we|i) "
    r"(?:just )?(?:sent|texted|emailed)|(?:sms|text) code|long number (?:across|on) the front)\b|"
    # "Envíanos por DM el número completo de tu tarjeta y el código CVV", "Schicken Sie uns Ihre PIN und Ihr Passwort"
    r"\b(?:env[íi]\w*|manda\w*|comparte\w*|indica\w*|facilita\w*|d[íi]nos|schick\w*|send\w*|nenn\w*|teil\w*|"
    r"geben sie|envoy\w*|indiqu\w*|donn\w*|communiqu\w*|invia\w*|comunica\w*|dicci|envie\w*|mande\w*)\b[^.?!]{0,50}?\b(?:n[úu]mero (?:completo )?de (?:tu |su |la )?tarjeta|c[óo]digo (?:cvv|de seguridad)|"
    r"contrase[ñn]a|kartennummer|pr[üu]fnummer|passwort|kennwort|num[ée]ro (?:de (?:votre |ta |la )?)?carte|cryptogramme|"
    r"mot de passe|code (?:pin|secret|confidentiel)|numero (?:della |di )?carta|codice (?:cvv|di sicurezza)|"
    r"n[úu]mero do cart[ãa]o|c[óo]digo de seguran[çc]a|senha|pin|cvv|cvc|16 d[íi]gitos|(?:los |os )?d[íi]gitos de "
    r"(?:la |tu |su |o )?(?:tarjeta|cart[ãa]o)|fecha de caducidad|data de validade|date d'expiration|scadenza della carta|"
    r"ablaufdatum)\b", re.I)
PERSONAL_ASK_PUBLIC = re.compile(
    r"\b(?:reply|respond|comment|tweet|post|share|leave|drop|give us|tell us|send us|provide)\b[^.?!]{0,60}?"
    r"\b(?:(?:your|ur) (?:(?:full|home|delivery|billing|house|current) )?(?:e-?mail(?: address)?|phone(?: number)?|"
    r"mobile(?: number)?|number|address|postcode|post code|zip|house number|"
    r"date of birth|dob|account (?:number|details)|booking reference|full name|user ?name|login)|"
    r"(?:last|first) \d+ digits)\b|"
    # "What's your postcode and house number?" asked in public
    r"\bwhat(?:'s| is) your (?:(?:full|home|delivery) )?(?:address|postcode|post code|zip|house number|phone number|"
    r"mobile number|e-?mail(?: address)?|date of birth|account number)\b", re.I)
# A secret shown, not asked for: "the new temporary password is Blue7731", "your PIN: 4471"
SECRET_SHOWN = re.compile(r"\b(?:password|passcode|pin(?: code)?|one[- ]time (?:code|password)|otp|verification code|"
                          r"security code|passwort|contrase[ñn]a|mot de passe|senha)\s*(?:is|was|:|=|ist|es|est|[ée])"
                          r"\s*[\"'“]?(?=[^\s.,!?\"'”]*\d)[^\s.,!?\"'”]{4,}", re.I)
_SHOWN_AS = {"PHONE_NUMBER": "the customer's phone number", "STREET_ADDRESS": "a street address",
             "EMAIL_ADDRESS": "a personal e-mail address", "ACCOUNT_ID": "an account number"}
# a free mailbox is a person's: the whole domain, not "mail." of "help@mail.brand.com"
_FREE_MAIL = re.compile(r"@(?:g(?:oogle)?mail|hotmail|outlook|live|yahoo|ymail|icloud|me|mac|aol|proton(?:mail)?|pm|gmx|"
                        r"web|mail|yandex|zoho|btinternet|sky|virginmedia|talktalk|orange|free|laposte|libero|wanadoo|"
                        r"t-online|uol|bol|terra)\.(?:com|co\.uk|de|fr|it|es|net|me|ie|ca|pt|nl|pl|com\.br|com\.ar|"
                        r"com\.mx|ru)(?![\w.-])", re.I)
_ACCOUNT_BEFORE = re.compile(r"\b(?:account|acct|a/c|membership|customer)(?: (?:number|no\.?|#))?:? *\Z", re.I)
_DESCRIBES = re.compile(r"[\w-]*\s*(?:digits?|characters?|chars|letters|long)\b", re.I)
_LAST_DIGITS = re.compile(r"\blast (?:4|four) (?:digits|numbers)\b", re.I)  # a card's last digits identify, not pay
CARD_TAIL = re.compile(r"\bcard (?:number )?(?:ending|that ends|ends)(?: in| with)?:? ?(?:\*+ ?)?\d{4}\b", re.I)
NEGATED = re.compile(r"\b(?:never|don'?t|do not|won'?t|will never|not|no need to|nunca|jam[aá]is|nie(?:mals)?|"
                     r"mai|n[ãa]o|no (?:te|le|os|les) (?:pedimos|pediremos|pedir[eé]))\b[^.?!]{0,25}$", re.I)
# a request that forbids what it names: "Envíanos un mensaje, nunca compartas tu contraseña", "Senden Sie uns keine PIN"
_NEGATED_INSIDE = re.compile(r"\b(?:never|don'?t|do not|nunca|jam[aá]s|no compartas|keine?n?|nie(?:mals)?|ne \w+ jamais|"
                             r"ne \w+ pas|pas|mai|non|n[ãa]o)\b", re.I)
_TIME_PROMISE = _rx(r"within \d+\s?(?:minutes?|mins?|hours?|hrs?|h|days?|working days|business days)",
                    r"within (?:the|an|the next) (?:hour|day)",
                    r"(?:by|before|until) (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
                    r"sunday|the end of (?:the )?day|eod|\d{1,2}(?::\d\d)?\s?(?:am|pm))", r"today", r"tonight",
                    r"right away", r"shortly", r"in the next \d+", r"asap",
                    # "you'll see it in 3-5 days", "in 2 working days"
                    r"in \d+(?:\s?[-–]\s?\d+)?\s?(?:minutes?|mins?|hours?|hrs?|days?|working days|business days|weeks?)")
_INSTRUCTION = _rx(r"try (?:again|restarting|updating|clearing|logging|reinstalling|turning)", r"restart", r"reinstall",
                   r"update (?:the|your) app", r"clear (?:the|your) (?:cache|cookies)", r"(?:go|head) to (?:settings|"
                   r"your account|the app)", r"tap", r"click", r"select", r"log (?:out|in) and", r"switch (?:off|on)",
                   r"unplug", r"we(?:'ve| have) (?:refunded|credited|rebooked|reissued|sent|fixed|escalated|"
                   r"raised|reset|cancelled|processed|issued|flagged|passed)",
                   r"(?:your|the) (?:refund|replacement|credit|voucher|parcel|order) (?:is|has been|will)")
# what we will do, or what the customer is to do, in the other languages ("appena ce lo conferma, Le rimborsiamo",
# "ruf uns rund um die Uhr unter ... an", "te enviamos otro pedido mañana")
_WE_ACT_ABROAD = _rx(r"(?:le |te |vi |vous |ti |lhe |dir |ihnen |les |os )?(?:rimborsiamo|reembolsamos|remboursons|"
                     r"erstatten|devolvemos|enviamos|envoyons|inviamo|schicken|senden|verifichiamo|revisamos|"
                     r"v[ée]rifions|pr[üu]fen|mandamos|spediamo|rappelons|richiamiamo|llamamos|ligamos|miramos|"
                     r"guardiamo|regardons|schauen|vemos|rufen (?:dich|sie) "
                     r"(?:\w+ )?an|scriviamo|escribimos|[ée]crivons|melden uns|contattiamo|contactamos|contactons)",
                     r"ruf(?:en sie)? uns", r"ll[áa]m(?:anos|enos)", r"appelez-nous", r"chiamaci", r"ligue(?:-nos)?",
                     r"bloquez", r"bloquea", r"sperr(?:e|en sie)", r"blocca", r"bloqueie")
# what a reply to a hazard, a fraud or an injury must say, beyond sympathy
SAFETY_STEPS = _rx(r"leave (?:the|your)", r"get (?:everyone |yourself |them )?out", r"evacuate", r"emergenc(?:y|ies)",
                   r"999", r"112", r"911", r"don'?t (?:use|touch|switch)",
                   r"(?:switch|turn) off (?:the )?(?:gas|power|supply|water|electrics?|mains)", r"stopcock",
                   r"open (?:the |all )?windows", r"call (?:\w+ ){0,5}(?:now|straight away|right away|immediately)",
                   r"sal(?:ga)? (?:de|del)", r"quittez", r"verlass\w*", r"allontana\w*", r"saia", r"emergencias",
                   r"secours", r"notruf", r"soccorsi", r"emerg[êe]ncia",
                   # a flood: "please keep clear of the water and don't drive through it"
                   r"(?:keep|stay) (?:well )?(?:clear|away) (?:of|from)", r"don'?t (?:drive|walk|wade|go) (?:through|into|near)")
FRAUD_STEPS = _rx(r"freez\w*", r"(?:block|cancel|stop|lock) (?:the|your|that) (?:card|account|payments?)",
                  r"call (?:us|our \w+(?: \w+)?) (?:\w+ ){0,3}(?:now|right away|straight away|immediately|24/7)",
                  r"fraud (?:team|line|department)", r"number on the back", r"bloque\w*", r"sperr\w*", r"blocca\w*")
CONCERN = _rx(r"hope (?:you|she|he|they|everyone|your \w+)", r"are you (?:ok|okay|alright|safe)",
              r"(?:is|are) (?:she|he|they|everyone|your \w+) (?:ok|okay|alright|safe)",
              r"get (?:it|her|him|them|yourself) (?:checked|seen)", r"medical (?:help|attention|advice)",
              r"(?:so|really|truly|deeply|very) sorry", r"esper(?:o|amos) que", r"j'esp[èe]re", r"nous esp[ée]rons",
              r"hoffe\w*", r"sper(?:o|iamo)", r"frightening|scary|awful|terrible|horrible")
# praise in a post ("lovely claims handler called Ben sorted everything in a day 👏") and an apology for trouble in
# a reply ("We apologise for any inconvenience you've experienced"): written for another post
_PRAISE_POST = re.compile(r"\b(?:thank(?:s| you)|shout ?out|kudos|props|lovely|amazing|brilliant|fantastic|superb|"
                          r"excellent|wonderful|star|legend|great (?:service|job|work)|so (?:kind|helpful))\b|[👏🙌⭐]",
                          re.I)
_SORRY_FOR_TROUBLE = re.compile(r"\b(?:apologi[sz]e|apologies|sorry) (?:for|about) (?:any|the|all the) "
                                r"(?:inconvenience|trouble|issues?|problems?|frustration)|\bsorry to hear\b", re.I)
# thanks for praise, said to a complaint: the post was read as praise (often sarcasm: "Genial, me cancelan el hotel 👏")
PRAISE_THANKS = _rx(r"thanks? (?:\w+ ){0,2}for (?:the|your) (?:kind words|lovely words|love|shout ?out|praise|compliment)",
                    r"(?:we )?love hearing from (?:happy|satisfied) customers",
                    r"glad (?:you|to hear you) (?:enjoyed|like|love|liked|loved)",
                    r"gracias por tus (?:palabras|comentarios)", r"nos alegra que disfrut\w*",
                    r"merci pour (?:vos|ce|ces) (?:gentils? |beaux )?(?:mots|message)", r"ravis? que",
                    r"danke f[üu]r (?:die|deine|ihre) (?:lieben |netten )?worte", r"sch[öo]n,? dass (?:es )?(?:dir|ihnen)",
                    r"grazie per le (?:belle )?parole", r"obrigad[oa] pelas (?:palavras|mensagem)",
                    r"thank you (?:so much |very much )?for (?:the|your) (?:kind words|lovely words|love|praise|"
                    r"compliment)", r"obrigad[oa] pelo elogio", r"gracias por el elogio", r"merci pour le compliment",
                    r"grazie per il complimento", r"danke f[üu]r das lob")
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")
_ADVICE = _rx(r"(?:we|i)(?:'d| would)? (?:recommend|suggest|advise)", r"please (?:send|share|provide|check|confirm|"
              r"reach|contact|follow|visit|reply|make sure|note|allow)", r"send us", r"feel free", r"give us a shout",
              r"reach out", r"worth a try", r"you can (?:also )?(?:find|check|use|change|request|cancel|book)")
_ASKS = re.compile(r"\?\s*(?:$|[A-Z@/^*-])|\?$", re.M)  # the agent asks the customer something: their move is clear
_QUESTION = re.compile(r"\?|\b(?:how|what|when|where|why|can i|could you|is there|do you|does)\b", re.I)
_COMPLAINT_CUES = _rx(r"still", r"never", r"worst", r"terrible", r"awful", r"ridiculous", r"unacceptable",
                      r"refund", r"broken", r"not working", r"doesn'?t work", r"delayed", r"cancell?ed", r"lost",
                      r"charged", r"waiting", r"complain\w*", r"disappointed", r"angry", r"furious", r"useless",
                      r"rude", r"missing", r"damaged", r"wrong", r"again", r"no one", r"nobody",
                      r"p[ée]simo", r"horrible", r"nunca", r"todav[ií]a", r"retraso", r"terrible", r"jamais",
                      r"toujours pas", r"nul", r"inacceptable", r"immer noch", r"nie", r"schlecht", r"unm[öo]glich",
                      r"p[ée]ssimo", r"nunca", r"ainda", r"absurdo", r"disgrace\w*", r"shocking", r"appalling",
                      r"shambles", r"late", r"cancel\w*", r"annul\w*", r"storniert",
                      # fed up, missing, not arrived, again, in the other languages
                      r"hart[oa]", r"me falta\w*", r"faltan?", r"no ha llegado", r"otra vez", r"de nuevo", r"sigo esperando",
                      r"j'en ai marre", r"en ai marre", r"ras le bol", r"il manque", r"pas arriv[ée]e?", r"encore",
                      r"stuf[oa]", r"manca(?:no|va)?", r"non [èe] arrivat[oa]", r"di nuovo", r"ancora",
                      r"fart[oa]", r"faltou", r"faltaram", r"n[ãa]o chegou", r"de novo", r"outra vez",
                      r"reicht(?: mir)?", r"fehlt", r"fehlen", r"nicht angekommen", r"schon wieder", r"wieder")


@dataclass
class Conversation:
    """One customer post and the reply a brand sent to it (times in ISO 8601)."""

    id: str
    post: str
    reply: str
    brand: str | None = None
    channel: str = "twitter"
    public: bool = True  # the contract's default, whatever the channel: a chat is audited as private when it says so
    post_time: str | None = None
    reply_time: str | None = None
    agent: str | None = None


@dataclass
class Issue:
    check: str
    reason: str
    spans: list[list[int]] = field(default_factory=list)
    severity: str = "review"  # "review" or "fail"


@dataclass
class AuditResult:
    id: str
    verdict: str
    scores: dict[str, float]
    issues: list[Issue]
    complaint: bool = False
    response_minutes: float | None = None
    deadline_minutes: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Check:
    score: float
    issue: Issue | None = None
    always: bool = False  # report the issue whatever the score (inconsistent data)


def _spans(pattern: re.Pattern[str], text: str) -> list[list[int]]:
    return [[m.start(), m.end()] for m in pattern.finditer(text)]


def _brand_mailbox(address: str, brand: str) -> bool:
    """A team mailbox (support@, help@) or an address on the brand's own domain."""
    local, _, domain = address.lower().partition("@")
    return bool(_BRAND_MAILBOX.match(local)) or (len(brand) >= 3 and brand in re.sub(r"[^a-z0-9]", "", domain))


def _unreadable_times(conv: Conversation) -> list[str]:
    """``post_time '2026-02-29T10:00:00Z' is no real date or time (day is out of range for month)``, per field."""
    return [f"{name} {value!r} {time_problem(value)}" for name in ("post_time", "reply_time")
            if (value := getattr(conv, name)) and parse_time(value) is None]


_NOT_YET = re.compile(r"(?:\b(?:not|never|yet to be|once|until|when|if|hope(?:fully)?|should be|todav[íi]a no|pas|"
                      # a bare "no" negates in Spanish ("no hemos"), not in "No problem, we've refunded"
                      r"no(?!\s*(?:problem|prob|worries|doubt|trouble|need)\b)|"
                      r"nicht|noch nicht|non|n[ãa]o|ainda n[ãa]o)\b|n't\b)[^.!?]{0,20}$", re.I)


def _fixed(reply: str) -> bool:
    """The fix is done, said plainly: not "isn't resolved yet", "hasn't been fixed", "once it's sorted"."""
    return any(not _NOT_YET.search(reply[max(0, m.start() - 30):m.start()]) for m in FIXED.finditer(reply))


def _said_beyond(patterns: Sequence[re.Pattern[str]], reply: str, vague: list[list[int]]) -> bool:
    """Whether one of ``patterns`` matches the reply outside its vague promises (the ``vague`` spans)."""
    return any(not any(s <= m.start() and m.end() <= e for s, e in vague)
               for p in patterns for m in p.finditer(reply))


def _acts(reply: str) -> bool:
    """The reply commits to something for this customer ("we'll call you this afternoon", "we've refunded"), not
    only to a vague "we'll look into it"."""
    return _said_beyond((moves._WE_ACT, _TIME_PROMISE), reply, _spans(VAGUE, reply)) or _fixed(reply)


def _memory_key(brand: str) -> str:
    return re.sub(r"[^a-z0-9]", "", brand.lower())


def _epoch(value: str | None) -> float:
    """Seconds of a reply time, NaN when there is none (then every remembered reply counts as earlier)."""
    when = parse_time(value) if value else None
    return when.timestamp() if when is not None else float("nan")


_ANSWERS = re.compile(r"\b(?:yes|yep|yeah|no|nope|there is|there are|we do|we don'?t|we can(?! (?:\w+ )?(?:look|check|help|"
                      r"investigate|see|sort|get|assist|review|find|continue|chat|talk|discuss|follow|take))|we can'?t|"
                      r"you can|you can'?t|"
                      r"sadly not|unfortunately|sí|oui|ja|sim)\b|\d", re.I)


def _only_asks_private(reply: str) -> bool:
    """Whether a reply asks for a DM and says little else ("Hi! Please send us a DM and we'll help 🙂")."""
    if not moves.ASKS_PRIVATE.search(reply) or _ANSWERS.search(reply):
        return False
    rest = [t for t in re.split(r"(?<=[.!?])\s+", guards.without_links(reply))
            if not moves.ASKS_PRIVATE.search(t) and not moves.GREETING.match(t) and not moves.EMPATHY.search(t)]
    return sum(len(re.findall(r"[^\W\d_]+", t)) for t in rest) < 6


# help for someone hurt now: the emergency number, or help sent ("the duty manager is on their way with a first aider")
_HELP_SENT = re.compile(r"\b(?:on (?:their|his|her|the|its) way|first aid(?:er)?s?|paramedics?|ambulance|(?:i|we)(?:'ve| have) "
                        r"(?:just )?(?:called|phoned|alerted|notified|sent) (?:the|our|your|a|an|someone))\b", re.I)


def _gives_steps(reply: str, hazard: str) -> bool:
    """Whether the reply gives the steps its hazard calls for: safety steps for a danger, fraud steps for a fraud, the
    emergency number or help on its way for someone hurt."""
    return bool((hazard == "danger" and SAFETY_STEPS.search(reply)) or (hazard == "fraud" and FRAUD_STEPS.search(reply))
                or (hazard == "hurt" and (moves.EMERGENCY_NUMBER.search(reply) or _HELP_SENT.search(reply))))


# what three situations need said first, whatever else a reply does (a care lead's reads, eleventh and twelfth
# sessions): the reply passed with "we hope everyone is safe ... DM us" to a breakdown on the M6 at night
_MUST_SAY = {
    "breakdown": (names_breakdown, _rx(r"barrier", r"hard shoulder", r"away from the (?:traffic|road|car)",
                                       r"get (?:everyone |yourselves |yourself )?out", r"emergenc(?:y|ies)", r"999", r"112",
                                       r"recovery (?:truck|vehicle|team|van|is|will)", r"on (?:their|its|the) way"),
                  "A breakdown on a motorway answered without how to wait safely: out on the side away from the traffic, "
                  "behind the barrier, and help on its way."),
    "medicine": (names_wrong_medicine, _rx(r"don'?t take", r"do not take", r"stop taking", r"no more of", r"pharmacist",
                                           r"doctor", r"111", r"999", r"emergenc(?:y|ies)"),
                 "The wrong medicine or strength given, and no word on the next dose: don't take any more until a "
                 "pharmacist has checked, and get help if anyone feels unwell."),
    "scam": (names_scam_call, _rx(r"hang up", r"end the call", r"put the phone down", r"(?:wasn'?t|was not|isn'?t|not) "
                                  r"(?:from )?us", r"scam", r"never ask", r"don'?t (?:move|transfer|send)"),
             "A caller posing as the brand asked to move money, and the reply does not say it was not us: hang up and "
             "move nothing, then call the number on the back of the card."),
}


# an answer in days ("Our team will get back to you within 3-5 working days") to someone who needs help now
_IN_DAYS = re.compile(r"\b(?:within|in|up to|allow|takes?) (?:\d+ ?(?:-|–|to) ?)?(?:\d+|a few|two|three|five|seven|ten) "
                      r"(?:working |business )?days\b|\b\d+ ?(?:-|–) ?\d+ (?:working |business )?days\b", re.I)
_NOW_OR_NEVER = frozenset({"safety", "stranded", "fraud"})
_NOW = re.compile(r"\b(?:now|right away|straight away|immediately|today|tonight|within the hour|on (?:their|its|the) way|"
                  r"already)\b", re.I)


def _words(reply: str) -> int:
    """How many words the reply says, its @handles left out."""
    return len(re.findall(r"\w+", guards.HANDLE.sub("", reply)))


def _missing_first_words(post: str, reply: str) -> str:
    """What a reply to a breakdown, a wrong medicine or a scam call fails to say first ("" when nothing)."""
    for names, says, why in _MUST_SAY.values():
        if names(post) and not says.search(reply):
            return why
    return ""


def _hazard(post: str) -> str:
    """"danger" (gas, fire, smoke), "hurt" (an injury, a child at risk), "fraud" (money being taken now) or ""."""
    reasons = find_reasons(post)
    if names_danger(post):  # "the charger ... started smoking": a hazard even where no safety rule fired
        return "danger"
    if "safety" in reasons:
        return "hurt"
    if "fraud" in reasons:
        return "fraud"
    return "hurt" if "bereavement" in reasons else ""  # "Great news! 😀" to a death was only reviewed


@functools.cache
def _detector():  # noqa: ANN202
    from model.language import LanguageDetector

    return LanguageDetector()


_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian",
          "nl": "Dutch", "pl": "Polish", "ca": "Catalan", "gl": "Galician", "cy": "Welsh", "sv": "Swedish", "da": "Danish",
          "no": "Norwegian", "fi": "Finnish", "tr": "Turkish", "ro": "Romanian", "el": "Greek", "ru": "Russian",
          "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
          "th": "Thai", "id": "Indonesian", "vi": "Vietnamese", "cs": "Czech", "hu": "Hungarian"}


def _language_name(code: str) -> str:
    return _NAMES.get(code, f"another language ({code})")


# "please write to us in English so we can help you" to "Hola, ¿puedo pagar con tarjeta de débito?" (read28)
_WRITE_IN = re.compile(r"\b(?:write|message|contact|speak|talk|tweet|reply) (?:to )?us in english|"
                       r"\b(?:only|just) (?:speak|answer|reply|support|help) (?:in )?english\b|\benglish only\b|"
                       r"\bin english,? please\b", re.I)


def _wrong_language(why: str, reply: str) -> _Check:
    asked = _spans(_WRITE_IN, reply)
    if asked:  # no answer at all, and the customer told to come back in another language
        return _Check(0.0, Issue("tone_match", why + " It asks the customer to write in another language instead of "
                                 "answering.", asked, "fail"))
    return _Check(0.3, Issue("tone_match", why))


def _other_language(post: str, reply: str) -> str:
    """Why the reply's language is not the customer's ("" when it is, or either is too short to tell): an English
    reply to a Spanish post passed before."""
    if min(len(post.split()), len(reply.split())) < 4:
        return ""
    said, answered = _detector().detect(post), _detector().detect(reply)
    if said == answered:
        return ""
    return (f"The reply is in {_language_name(answered)}; the customer wrote in {_language_name(said)}. "
            "Answer in the customer's language.")


# a phone line given in full: "0800 555 0199", "+44 20 7946 0000", "1-800-275-2273" (not "£250")
_DIRECT_LINE = re.compile(r"(?<![\w£$€.,])(?:\+?\d{1,3}[ -]?)?\(?0?\d{2,4}\)?[ -]?\d{3}[ -]?\d{3,4}(?![\w.,])|<PHONE>|"
                          r"\b1-?8\d\d-?\d{3}-?\d{4}\b")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


class ToneAuditor:
    """Audits replies in batches: one encoder pass for the replies, one PII pass, rules for the rest.

    Args:
        brand_vectors: ``brand -> (n, 384)`` vectors of the brand's recent replies in the case store (optional).
        sentiment: ``posts -> P(negative)`` from the trained sentiment head (optional; VADER otherwise), used to
            decide which posts are complaints.
        memory: how many audited replies per brand to remember for scriptedness across calls.
    """

    def __init__(self, encoder: TextEncoder, pii_detector: PiiDetector | None = None,
                 brand_vectors: Callable[[str | None], np.ndarray] | None = None,
                 sentiment: Callable[[list[str]], np.ndarray] | None = None, memory: int = 2000) -> None:
        self.encoder = encoder
        self.pii = pii_detector
        self.brand_vectors = brand_vectors
        self.sentiment = sentiment
        self._seen: dict[str, deque[tuple[str, np.ndarray, float]]] = defaultdict(lambda: deque(maxlen=memory))
        self._lock = threading.Lock()

    # ------------------------------------------------------------------------------------------------ batch
    def audit(self, conversation: Conversation) -> AuditResult:
        return self.audit_many([conversation])[0]

    def audit_many(self, conversations: Sequence[Conversation]) -> list[AuditResult]:
        if not conversations:
            return []
        posts = [c.post for c in conversations]
        replies = [c.reply for c in conversations]
        negative = self._negative(posts)
        # compared as the retriever stores the brand's replies: without @handles, links and sign-offs, which
        # otherwise dominate a short reply's vector (the same template to two customers scored cos 0.80)
        reply_vecs = self.encoder.encode([clean_for_encoding(r) for r in replies], EN)
        brand_sims = self._brand_similarity(conversations, reply_vecs)
        canned = self._canned_spans(replies)
        pii = self._reply_pii(replies)
        results = []
        for i, conv in enumerate(conversations):
            channel = normalise_channel(conv.channel)
            complaint = is_complaint(conv.post, float(negative[i]))
            minutes, deadline = self._response_minutes(conv, channel, complaint, negative[i])
            hazard = _hazard(conv.post)
            checks = {
                "empathy": self._empathy(conv.reply, complaint, canned[i], hazard),
                "scriptedness": self._scriptedness(conv.reply, brand_sims[i], canned[i], standing=bool(
                    general_question(conv.post) or _gives_steps(conv.reply, hazard))),
                "tone_match": self._tone_match(conv.post, conv.reply, complaint, hazard)
                if not (other := _other_language(conv.post, conv.reply)) else _wrong_language(other, conv.reply),
                "privacy": self._privacy(conv, pii[i]),
                "runaround": self._runaround(conv.post, conv.reply, hazard, public=conv.public and channel not in
                                             PRIVATE_CHANNELS and not is_direct(conv.channel)),
                "next_step": self._next_step(conv.post, conv.reply, complaint, negative[i], hazard),
                "timeliness": self._timeliness(minutes, deadline, channel, conv.public, _unreadable_times(conv)),
                "length": self._length(conv.reply, channel, complaint),
            }
            pressing = bool({"safety", "fraud"} & set(find_reasons(conv.post)))
            results.append(self._verdict(conv.id, checks, complaint, minutes, deadline, pressing))
        return results

    # ----------------------------------------------------------------------------------------- the signals
    def _negative(self, posts: list[str]) -> np.ndarray:
        if self.sentiment is not None:
            return np.asarray(self.sentiment(posts), dtype=np.float32)
        compound = vader_scores(posts)[:, -1]
        return np.clip(-compound * 1.5, 0.0, 1.0).astype(np.float32)

    def _brand_similarity(self, conversations: Sequence[Conversation], vecs: np.ndarray) -> list[float]:
        """Highest cosine of each reply to another reply of its brand: store, earlier audits, this batch."""
        keys = [(c.brand or "").strip().lower() for c in conversations]
        # remembered by the brand's letters ("Hartley's" = "hartleys"), the conversation's id and reply (a reused id
        # with another reply is another conversation) and its reply time (a reply is compared with earlier ones only)
        marks = [f"{c.id}\0{hashlib.sha256(c.reply.encode()).hexdigest()[:12]}" for c in conversations]
        times = np.array([_epoch(c.reply_time) for c in conversations], dtype=np.float64)
        best = np.zeros(len(conversations), dtype=np.float32)
        groups: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(keys):
            groups[key].append(i)
        with self._lock:
            for key, rows in groups.items():
                idx = np.array(rows)
                own = vecs[idx]
                pools = []
                if key and self.brand_vectors is not None:
                    stored = self.brand_vectors(key)
                    if len(stored):
                        pools.append(stored.astype(np.float32))
                memory = _memory_key(key)
                seen = list(self._seen[memory])
                batch_ids = {marks[i] for i in rows}
                earlier = [(v, t) for cid, v, t in seen if cid not in batch_ids]
                for pool in pools:
                    best[idx] = np.maximum(best[idx], (own @ pool.T).max(axis=1))
                if earlier:
                    sims = own @ np.stack([v for v, _ in earlier]).T
                    then = np.array([t for _, t in earlier], dtype=np.float64)
                    later = then[None, :] > times[idx][:, None]  # NaN (no time) compares False: kept
                    sims[later] = -1.0
                    best[idx] = np.maximum(best[idx], sims.max(axis=1))
                if len(rows) > 1:
                    within = own @ own.T
                    np.fill_diagonal(within, -1.0)
                    best[idx] = np.maximum(best[idx], within.max(axis=1))
                if any(cid in batch_ids for cid, _, _ in seen):  # audited again: replaced, not remembered twice
                    self._seen[memory] = deque(((cid, v, t) for cid, v, t in seen if cid not in batch_ids),
                                               maxlen=self._seen[memory].maxlen)
                for i in rows:
                    self._seen[memory].append((marks[i], vecs[i], float(times[i])))
        return [float(b) for b in best]

    def save_memory(self, path: Path) -> None:
        """The replies audited so far, per brand (float16), so tomorrow's run sees today's template."""
        if path.exists():  # another worker's or run's replies since we read the file: merged, not overwritten
            self.load_memory(path)
        with self._lock:
            items = [(brand, cid, v, t) for brand, seen in self._seen.items() for cid, v, t in seen]
        path.parent.mkdir(parents=True, exist_ok=True)
        # one temporary file per process and thread: two saves at once had left a corrupt file
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
        np.savez_compressed(tmp, brands=np.array([b for b, *_ in items], dtype=str),
                            ids=np.array([str(c) for _, c, _, _ in items], dtype=str),
                            times=np.array([t for *_, t in items], dtype=np.float64),
                            vecs=np.stack([v for _, _, v, _ in items]).astype(np.float16) if items
                            else np.zeros((0, 384), dtype=np.float16))
        tmp.replace(path)

    def load_memory(self, path: Path) -> None:
        """Replies remembered by ``save_memory``; an unreadable file is skipped (scriptedness starts afresh)."""
        try:
            with np.load(path) as data:
                brands, ids, vecs = data["brands"], data["ids"], data["vecs"].astype(np.float32)
                times = data["times"] if "times" in data else np.full(len(ids), np.nan)
        except Exception as exc:  # noqa: BLE001 (a truncated or corrupt file must not stop every audit)
            log.warning("audit memory %s not read (%s): scriptedness starts from this run", path, exc)
            return
        with self._lock:
            known = {(brand, cid) for brand, seen in self._seen.items() for cid, _, _ in seen}
            for brand, cid, vec, t in zip(brands.tolist(), ids.tolist(), vecs, times.tolist(), strict=True):
                if (_memory_key(brand), cid) not in known:
                    self._seen[_memory_key(brand)].append((cid, vec, t))

    def _canned_spans(self, replies: list[str]) -> list[list[list[int]]]:
        """Spans of reply sentences that are (near) word for word a known canned phrase."""
        sentences = [(i, m.start(), m.end(), m.group(0)) for i, r in enumerate(replies) for m in _SENTENCE.finditer(r)
                     if len(m.group(0).strip()) >= 8]
        out: list[list[list[int]]] = [[] for _ in replies]
        if not sentences:
            return out
        sims = canned_matcher().similarity([s[3] for s in sentences])
        for (i, start, end, text), sim in zip(sentences, sims, strict=True):
            if sim >= CANNED_MATCH:
                lead = len(text) - len(text.lstrip())
                out[i].append([start + lead, end])
        return out

    def _reply_pii(self, replies: list[str]) -> list[list[tuple[str, int, int]]]:
        found = [list(guards.find_pii(r)) for r in replies]
        if self.pii is not None:
            for spans, detected in zip(found, self.pii.detect_many(replies), strict=True):
                spans += [(s.type, s.start, s.end) for s in detected if s.type in ECHO_TYPES]
        return found

    # ------------------------------------------------------------------------------------------- the checks
    @staticmethod
    def _empathy(reply: str, complaint: bool, canned: list[list[int]], hazard: str = "") -> _Check:
        rude = _spans(DISMISSIVE, reply)
        if rude:
            return _Check(0.0, Issue("empathy", "Dismissive wording blames or brushes off the customer.", rude, "fail"))
        if complaint and _words(reply) <= 1:  # "@ines_rr Ok."
            return _Check(0.0, Issue("empathy", "A one-word answer to a complaint brushes the customer off.",
                                     [[0, len(reply)]], "fail"))
        if (hazard == "danger" and SAFETY_STEPS.search(reply)) or (hazard == "fraud" and FRAUD_STEPS.search(reply)):
            return _Check(1.0)  # "get everyone out and call the emergency line", "block the card now": care, in deeds
        if hazard == "hurt" and SAFETY_STEPS.search(reply) and moves.EMPATHY.search(reply):
            return _Check(1.0)  # "Sorry, that sounds really stressful. First turn off the water at the stopcock ..."
        if hazard == "hurt" and not CONCERN.search(reply):
            thanked = _THANKS_FIRST.match(reply)  # "Thanks for reaching out! Please fill in the feedback form."
            return _Check(0.0 if thanked else 0.2,
                          Issue("empathy", "Someone was hurt or at risk and was thanked, with no word for them."
                                if thanked else "Someone was hurt or at risk: ask after them, not only the problem.",
                                [[thanked.start(), thanked.end()]] if thanked else [], "fail" if thanked else "review"))
        # concern for someone hurt is how the customer feels acknowledged ("That must have been frightening")
        feeling = sorted(_spans(moves.EMPATHY, reply) + _spans(FEELING, reply)
                         + (_spans(CONCERN, reply) if hazard == "hurt" else []))
        heard = _spans(moves.ACKNOWLEDGEMENT, reply)
        if not complaint:
            return _Check(1.0 if feeling or heard or moves.THANKS.search(reply) else 0.8)
        own = [f for f in feeling if not any(s <= f[0] and f[1] <= e for s, e in canned)]
        if own:
            return _Check(1.0)
        if heard:
            return _Check(0.6)
        if _fixed(reply) and (moves.THANKS.search(reply) or re.search(r"\bthank", reply, re.I)):
            return _Check(0.8)  # a report answered with thanks and the fix itself
        if feeling and _acts(reply):
            return _Check(0.5)  # a stock apology, then something done for this customer
        if feeling:
            return _Check(0.4, Issue("empathy", "The only apology is a stock phrase; say what went wrong for this "
                                     "customer.", feeling))
        return _Check(0.1, Issue("empathy", "A complaint, and the reply never acknowledges how the customer feels."))

    @staticmethod
    def _scriptedness(reply: str, brand_sim: float, canned: list[list[int]], standing: bool = False) -> _Check:
        """``standing``: the post asks a general question or reports a fraud or a hazard, whose answer (the exit
        fee, "block the card and call us now") is meant to be the same for everyone: close to the brand's own
        replies is scored, not flagged; stock phrasing and the same text pasted again (``SAME_TEXT``) still are."""
        from_brand = float(np.clip((brand_sim - SCRIPTED_FROM) / (SCRIPTED_TO - SCRIPTED_FROM), 0.0, 1.0))
        body = len(reply.strip()) or 1
        coverage = min(1.0, sum(e - s for s, e in canned) / body)
        score = round(max(from_brand, coverage), 4)
        if score < REVIEW_AT["scriptedness"] or (standing and coverage < REVIEW_AT["scriptedness"]
                                                 and brand_sim < SAME_TEXT):
            return _Check(score)
        if from_brand >= coverage:
            reason = f"Nearly the same as another reply of this brand (cosine {brand_sim:.2f}): reads as a template."
            return _Check(score, Issue("scriptedness", reason, [[0, len(reply)]]))
        return _Check(score, Issue("scriptedness", f"{coverage:.0%} of the reply is stock phrasing.", canned))

    @staticmethod
    def _tone_match(post: str, reply: str, complaint: bool, hazard: str = "") -> _Check:
        praised = _spans(PRAISE_THANKS, reply)
        if complaint and praised:
            return _Check(0.0, Issue("tone_match", "Thanks the customer as if for praise, but the post is a complaint "
                                     "(sarcasm read as praise?).", praised, "fail"))
        sorry = _spans(_SORRY_FOR_TROUBLE, reply)
        if not complaint and not hazard and sorry and _PRAISE_POST.search(post):
            return _Check(0.0, Issue("tone_match", "Apologises to a customer who praised: the post was read as a "
                                     "complaint.", sorry, "fail"))
        mocking = _spans(_MOCKING, reply)  # "Have you tried turning it off and on again? 🙄" to "crashed AGAIN"
        if complaint and mocking:
            return _Check(0.0, Issue("tone_match", "Mocks an unhappy customer (an eye-roll, a shrug).", mocking, "fail"))
        p, r = register_features(post), register_features(reply)
        upset = complaint and (p["strong_words"] or p["shouting"] >= 2 or p["repeated_marks"] or p["exclamations"] >= 2)
        # "Dear Customer, we acknowledge receipt of your correspondence" to "bro signal is DEAD 💀": a form letter to
        # someone who wrote casually, complaint or not
        casual = bool(p["emoji"] or p["slang"] or p["lowercase"])
        if r["shouting"] >= 2:
            caps = [[m.start(), m.end()] for m in re.finditer(r"\b[A-Z]{4,}\b", reply)]
            return _Check(0.3, Issue("tone_match", "The reply shouts (words in capitals).", caps))
        cheer = _spans(CHEERFUL, reply) + _spans(CHEERFUL_EMOJI, reply)
        if hazard and (cheer or r["exclamations"] >= 2) and not SAFETY_STEPS.search(reply):
            return _Check(0.0, Issue("tone_match", "A cheerful tone to someone hurt, in danger or robbed.", cheer,
                                     "fail"))
        if complaint and (cheer or r["exclamations"] >= 3) and not (_fixed(reply) and not upset):
            score = 0.2 if upset else 0.4
            return _Check(score, Issue("tone_match", "Cheerful tone (emoji, exclamations) against an unhappy customer.",
                                       cheer))
        stiff = _spans(STIFF, reply)
        if casual and stiff:
            return _Check(0.45, Issue("tone_match", "Stiff, formal wording to a customer who wrote casually.", stiff))
        if not (p["emoji"] or p["slang"]) and (r["slang"] >= 2 or r["emoji"] >= 3):
            return _Check(0.6)
        return _Check(1.0)

    @staticmethod
    def _privacy(conv: Conversation, spans: list[tuple[str, int, int]]) -> _Check:  # noqa: PLR0911
        reply = conv.reply
        secret = [[m.start(), m.end()] for m in SECRET_ASK.finditer(reply) if not NEGATED.search(reply[:m.start()])
                  and not _NEGATED_INSIDE.search(m.group())
                  and not _LAST_DIGITS.search(reply[max(0, m.start() - 5):m.end()])]
        shown_secret = [[m.start(), m.end()] for m in SECRET_SHOWN.finditer(reply)
                        if not _DESCRIBES.match(reply, m.end())]  # "your PIN is 4 digits long" shows nothing
        if shown_secret:
            return _Check(0.0, Issue("privacy", "Shows a password or code; send it through a secure channel only.",
                                     shown_secret, "fail"))
        if secret:  # in a DM too: card data and passwords are taken by phone or a secure form, never in chat
            where = "" if conv.public else " even in a private message;"
            return _Check(0.0, Issue("privacy", f"Asks for card data or a password;{where} payments by phone.",
                                     secret, "fail"))
        if not conv.public:
            return _Check(1.0)
        post_lower, post_digits = conv.post.lower(), _digits(conv.post)
        brand = re.sub(r"[^a-z0-9]", "", (conv.brand or "").lower())
        echoed, shown, personal, ids = [], [], [], []
        for kind, start, end in sorted(set(spans), key=lambda s: s[1]):
            value = reply[start:end]
            digits = _digits(value)
            before = reply[max(0, start - 40):start]
            if kind == "ORDER_ID":
                ids.append([start, end])  # a reference, not personal data: flagged for review, echoed or not
            elif (kind in ("PHONE_NUMBER", "STREET_ADDRESS") and given_by_brand(reply, start, kind)) or (
                    kind == "EMAIL_ADDRESS" and _brand_mailbox(value, brand)):
                continue  # the brand's own line, shop or mailbox, even when the customer quoted it first
            elif (len(digits) >= 6 and digits in post_digits) or (len(value.strip()) >= 5 and value.lower() in post_lower):
                echoed.append([start, end])
            elif kind in ALWAYS_FAIL_TYPES:
                shown.append((kind, [start, end]))
            elif kind == "EMAIL_ADDRESS" and _FREE_MAIL.search(value):
                shown.append((kind, [start, end]))  # a gmail or hotmail address is a person's, shown to everyone
            elif kind == "EMAIL_ADDRESS":
                personal.append([start, end])  # not a team mailbox nor the brand's own domain
            elif kind in ("PHONE_NUMBER", "STREET_ADDRESS"):
                if YOURS_BEFORE.search(before) or kind == "STREET_ADDRESS" or MOBILE.match(value):
                    shown.append((kind, [start, end]))  # a mobile is a person's, whoever's it is
                else:
                    personal.append([start, end])  # a landline no cue calls the brand's: worth a look
            elif kind == "ACCOUNT_ID" and len(digits) >= 6 and _ACCOUNT_BEFORE.search(before):
                shown.append((kind, [start, end]))  # "we can see the cancellation on account 44019283"
            elif kind == "ACCOUNT_ID":
                ids.append([start, end])
        if echoed:
            return _Check(0.0, Issue("privacy", "Repeats the customer's personal data in a public reply.", echoed,
                                     "fail"))
        if shown:
            what = sorted({_SHOWN_AS.get(kind, "a card or bank number") for kind, _ in shown})
            return _Check(0.0, Issue("privacy", f"Shows {' and '.join(what)} in a public reply.",
                                     [span for _, span in shown], "fail"))
        public_ask = [[m.start(), m.end()] for m in PERSONAL_ASK_PUBLIC.finditer(reply)
                      if not moves.PRIVATE.search(reply[max(0, m.start() - 40):m.end() + 40])]
        if public_ask:
            return _Check(0.1, Issue("privacy", "Asks for personal data in the public thread; move to DM first.",
                                     public_ask, "fail"))
        if personal:
            return _Check(0.3, Issue("privacy", "A personal e-mail address or phone number in a public reply?",
                                     personal))
        tails = _spans(CARD_TAIL, reply)
        if ids or tails:
            return _Check(0.4, Issue("privacy", "An order, account or card reference in public: keep it to the DM.",
                                     ids + tails))
        return _Check(1.0)

    @staticmethod
    def _runaround(post: str, reply: str, hazard: str = "", public: bool = True) -> _Check:
        """Sent elsewhere (another department, another number, "try later", "wait for an answer") or asked to DM
        again after the customer already did, or sent to a DM for a general question (answered in public, where
        the next customer sees it). A direct number or address softens it; help given here ("we'll send a
        replacement") makes it a handover, not the runaround."""
        if public and general_question(post) and _only_asks_private(reply):
            bare = _words(reply) < 5  # "Please DM us." (a QA lead's read, read27)
            return _Check(1.0 if bare else 0.6, Issue("runaround", "A general question is answered in public, where the "
                                                      "next customer sees the answer; a DM hides it."
                                                      + (" A bare 'DM us' answers nothing." if bare else ""),
                                                      _spans(moves.ASKS_PRIVATE, reply), "fail" if bare else "review"))
        if ALREADY_PRIVATE.search(post) and moves.ASKS_PRIVATE.search(reply) \
                and not re.search(r"\b(?:got|received|found|seen|see|replied|answered|checked)\b", reply, re.I):
            spans = _spans(moves.ASKS_PRIVATE, reply)
            return _Check(1.0, Issue("runaround", "The customer already wrote in private; asking for a DM again is the "
                                     "runaround. Answer the message they sent.", spans))
        spans = _spans(RUNAROUND, reply)
        if not spans or _gives_steps(reply, hazard):
            return _Check(0.0)  # "call our fraud team now", "call the gas emergency line": the step itself
        if moves._WE_ACT.search(reply) or re.search(r"\bwe(?:'ve| have) (?:\w+ )?(?:refunded|credited|sent|rebooked|"
                                                 r"arranged|booked|fixed)\b", reply, re.I):
            return _Check(0.3)
        # a "try again" inside "try again later" is the runaround itself, not an instruction that helps
        helps = any(not any(s <= m.start() < e for s, e in spans) for m in _INSTRUCTION.finditer(reply))
        direct = guards.URL.search(reply) or guards.EMAIL.search(reply) or re.search(r"\d{3,}|<PHONE>|<URL>", reply) \
            or helps
        if _NO_ANSWER.search(post) and re.search(r"\b(?:call|ring|phone)\b", " ".join(reply[s:e] for s, e in spans), re.I):
            return _Check(1.0, Issue("runaround", "Sends the customer back to the phone line they said nobody answers.",
                                     spans))
        if _DIRECT_LINE.search(reply) and not re.search(r"\boption \d", reply, re.I):
            return _Check(0.3)  # a handover with the direct line: the good way to switch channel (PRACTICE)
        if direct:
            return _Check(0.6, Issue("runaround", "Sends the customer to another team or number; a direct line helps, "
                                     "but solving it here is better.", spans))
        return _Check(1.0, Issue("runaround", "Sends the customer elsewhere without helping or giving a direct way.",
                                 spans))

    @staticmethod
    def _next_step(post: str, reply: str, complaint: bool, negative: float, hazard: str = "") -> _Check:
        missing = _missing_first_words(post, reply)
        if missing:
            return _Check(0.0, Issue("next_step", missing, severity="fail"))
        days = _spans(_IN_DAYS, reply)
        # (not beside help now: "We've frozen your card and cancelled those payments. Your new card will arrive within
        # 3-5 working days")
        if days and (_NOW_OR_NEVER & set(find_reasons(post)) or names_takeover(post)) and not (
                _gives_steps(reply, hazard) or moves._WE_ACT.search(reply) or _NOW.search(reply)):
            return _Check(0.0, Issue("next_step", "Someone stranded, in danger or losing money now is promised an answer "
                                     "in days: help now, or a line that answers now.", days, "fail"))
        if _gives_steps(reply, hazard):
            return _Check(1.0)  # the safety or fraud steps are what to do now
        if hazard == "danger":
            return _Check(0.0, Issue("next_step", "A hazard (gas, fire, smoke) answered without safety steps: leave the "
                                     "area, call the emergency line now.", severity="fail"))
        if hazard == "fraud":
            return _Check(0.2, Issue("next_step", "Money being taken now, and no urgent step: freeze or block the card, "
                                     "call the fraud line now, not 'DM us a good time to call'."))
        cues = (moves.NEXT_STEP, moves.PRIVATE, moves._WE_ACT, moves._YOU_ACT, _TIME_PROMISE, _INSTRUCTION, _ADVICE, _ASKS,
                guards.URL, _HAPPENS, _WE_ACT_ABROAD)
        vague = _spans(VAGUE, reply)
        if _fixed(reply) or _said_beyond(cues, reply, vague):
            return _Check(1.0)
        needs_step = complaint or negative >= 0.3 or bool(_QUESTION.search(post))
        if not needs_step:
            return _Check(1.0)
        if vague:
            return _Check(0.4, Issue("next_step", "A vague promise: say what happens next and when.", vague))
        if not complaint and _QUESTION.search(post) and (moves.has_fact(reply) or len(reply.split()) >= 8):
            return _Check(1.0)  # a question answered: the answer is what happens now
        return _Check(0.2, Issue("next_step", "The customer is not told what happens now or what to do next."))

    @staticmethod
    def _response_minutes(conv: Conversation, channel: str, complaint: bool,
                          negative: float) -> tuple[float | None, int]:
        floors = [REASON_FLOOR.get(r, "normal") for r in find_reasons(conv.post)]
        level = ("critical" if "critical" in floors else "high" if "high" in floors
                 else "normal" if complaint or negative >= 0.3 else "low")
        deadline = reply_deadline(channel, level)
        start, end = parse_time(conv.post_time), parse_time(conv.reply_time)
        if start is None or end is None:
            return None, deadline
        if (start.tzinfo is None) != (end.tzinfo is None):  # one of them without a zone: read it as UTC
            start, end = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (start, end))
        return round((end - start).total_seconds() / 60.0, 1), deadline

    @staticmethod
    def _timeliness(minutes: float | None, deadline: int, channel: str, public: bool,
                    unreadable: list[str]) -> _Check:
        if unreadable:
            return _Check(1.0, Issue("timeliness", f"{'; '.join(unreadable)}: timeliness was not measured."),
                          always=True)
        if minutes is None:
            return _Check(1.0)  # no evidence of lateness; response_minutes stays null in the output
        if minutes < 0:
            return _Check(1.0, Issue("timeliness", "The reply time is before the post time; check the timestamps."),
                          always=True)
        if minutes <= deadline:
            return _Check(1.0)
        # 1 at the deadline, 0 at eight times it or a day (the resolution window), whichever comes first but never
        # before twice the deadline, on a log scale of lateness: a flight-today post answered 2.5 h after its
        # 30-min deadline has missed the flight; an e-mail due within a day is not 0 a minute late
        span = math.log(min(max(24 * 60 / deadline, 2.0), LATE_ZERO_FACTOR))
        score = round(max(0.0, 1.0 - math.log(minutes / deadline) / span), 4)
        when = f"{minutes / 60:.1f} h" if minutes >= 90 else f"{minutes:.0f} min"
        reason = f"Replied after {when}; the {channel} deadline for this post is {deadline} min."
        severity = "fail" if public and minutes >= LATE_FAIL_MINUTES else "review"
        return _Check(score, Issue("timeliness", reason, [], severity) if score < 1.0 else None)

    @staticmethod
    def _length(reply: str, channel: str, complaint: bool) -> _Check:
        limit = guards.CHANNEL_LIMITS.get(channel, guards.CHANNEL_LIMITS["other"])
        if len(reply) > limit:
            score = round(max(0.0, 0.45 * (1.0 - (len(reply) - limit) / limit)), 4)  # it cannot be posted as is
            return _Check(score, Issue("length", f"{len(reply)} characters; {channel} allows {limit}.",
                                       [[limit, len(reply)]]))
        words = _words(reply)
        if complaint and words < 5:
            return _Check(0.4, Issue("length", f"{words} words is too short to answer a complaint.", [[0, len(reply)]]))
        return _Check(1.0)

    # -------------------------------------------------------------------------------------------- verdict
    @staticmethod
    def _verdict(conv_id: str, checks: dict[str, _Check], complaint: bool, minutes: float | None,  # noqa: PLR0913
                 deadline: int, pressing: bool = False) -> AuditResult:
        """``pressing``: someone in danger or being robbed, for whom a late reply fails."""
        issues = []
        for name in CHECKS:
            check = checks[name]
            if check.issue is None:
                continue
            bad = check.score >= REVIEW_AT[name] if name in BAD_HIGH else check.score < REVIEW_AT[name]
            if bad or check.issue.severity == "fail" or check.always:
                issues.append(check.issue)
        raw = {name: float(checks[name].score) for name in CHECKS}
        brush_off = _brush_off(raw, complaint)
        if brush_off:
            issues.append(Issue(brush_off[0], brush_off[1], severity="fail"))
        if pressing and raw["timeliness"] <= 0.0:  # "my insulin hasn't arrived and I have none left tonight", 2 h later
            issues.append(Issue("timeliness", "Someone in danger or losing money now waited past the deadline.",
                                severity="fail"))
        # a check that failed is not listed for review too; the failing issue keeps the review's reason and spans
        # ("Someone in danger ... waited past the deadline. Replied after 63.0 h; the twitter deadline ... is 15 min.")
        failed = {i.check: i for i in issues if i.severity == "fail"}
        for issue in issues:
            if issue.severity != "fail" and issue.check in failed:
                failed[issue.check].reason += " " + issue.reason
                failed[issue.check].spans = failed[issue.check].spans or issue.spans
        issues = [i for i in issues if i.severity == "fail" or i.check not in failed]
        issues.sort(key=lambda i: (i.severity != "fail", CHECKS.index(i.check)))
        verdict = "fail" if any(i.severity == "fail" for i in issues) else "review" if issues else "pass"
        scores = {name: round(raw[name], 4) for name in CHECKS}
        return AuditResult(id=conv_id, verdict=verdict, scores=scores, issues=issues, complaint=complaint,
                           response_minutes=minutes, deadline_minutes=deadline)


def _brush_off(scores: dict[str, float], complaint: bool = False) -> tuple[str, str] | None:
    """A form letter that helps nobody fails, not only goes to review: sent elsewhere with no direct way and no word
    of its own for the customer ("We apologise for any inconvenience caused. Please contact our support team via the
    website"), or stock phrases in which nothing happens next ("Your feedback is important to us and has been passed
    to the relevant department"), or in the wrong register. Two QA reads failed these where the audit only reviewed them
    (five of 50)."""
    if scores["runaround"] >= 1.0 and (scores["empathy"] <= 0.4 or scores["scriptedness"] >= 0.9):
        return "runaround", "A stock brush-off: the customer is sent elsewhere with no direct way and nothing answered."
    if scores["scriptedness"] >= 0.6 and scores["empathy"] <= 0.4 and scores["next_step"] <= 0.2:
        return "scriptedness", "A form letter: stock phrases, nothing for this customer and nothing happens next."
    # "Dear Customer, we acknowledge receipt of your correspondence" to "omg the new boots are sooo comfy 😍😍" (a care
    # lead's read, tenth session)
    if scores["scriptedness"] >= 0.9 and scores["tone_match"] <= 0.5:
        return "scriptedness", "A form letter in the wrong register: stock phrases the customer did not write to get."
    # "Thanks for your feedback! 😊" to a refund demand (a care lead's read, eleventh session; a plain "Thank you for
    # your feedback." to a complaint is for review)
    if complaint and scores["empathy"] <= 0.2 and scores["next_step"] <= 0.2 and scores["tone_match"] <= 0.5:
        return "next_step", "A complaint answered with neither a word for the customer nor what happens next."
    # "the social media team can't look at payments. Please call 0800 ..., choose option 3 then option 2, and ask to be
    # transferred" to a bounced rent payment (QA leads' reads, eighth and eleventh sessions)
    if complaint and scores["runaround"] >= 0.6 and scores["empathy"] <= 0.4 and scores["next_step"] <= 0.2:
        return "runaround", "A complaint passed to another team, with no word for the customer and nothing done here."
    return None


_MOCKING = re.compile(r"🙄|😒|🙃|😏|🤷|\b(?:have you tried turning it off and on again|did you try turning it off and "
                      r"on)\b|\blol\b|\bsmh\b", re.I)
_PROBLEM_REASONS = frozenset({"outage", "money", "repeated_contact", "safety", "cancellation_or_legal"})


_FAULT = _rx(r"stopped (?:working|charging|responding)", r"deleted (?:all )?my", r"(?:it'?s|it has) been (?:a|\d+|two|"
             r"three|four|five|six) (?:days?|weeks?|months?)", r"who do i (?:talk|speak) to", r"sent me (?:back )?to",
             r"melt(?:ed|ing)", r"smoking", r"arrived (?:\w+ ){0,4}?(?:smashed|shattered|damaged|crushed|cracked|leaking)",
             # done to them: "the 8:05 is cancelled for the fifth Monday in a row", "my parcel took 9 days"
             r"(?:is|was|been|got|are|were) (?:\w+ )?(?:cancell?ed|delayed)", r"(?:\w+ )?in a row", r"took \d+ (?:days|weeks)")
_THANKS_FIRST = re.compile(r"^\W*(?:thanks|thank you|thx|ty|cheers|kudos|shout ?out|big thanks|much appreciated|"
                           r"gracias|merci|danke|obrigad[oa]|grazie)\b", re.I)


def is_complaint(post: str, negative: float) -> bool:
    """Negative sentiment, or the words and situations of a problem (an outage, money, asking again, a fault);
    not a thank-you for a problem already solved ("Thanks for sorting my refund so fast!")."""
    body = guards.LEADING_HANDLES.sub("", post)
    reasons = set(find_reasons(post))
    if names_phishing(post) and not reasons & {"money", "fraud", "safety"}:
        return False  # "got a text with a link, is it real?": a question to answer, nothing to apologise for
    fault = bool(guards.REPORTS_PROBLEM.search(post) or _FAULT.search(post))
    if _THANKS_FIRST.search(body) and negative < 0.25 and not fault and "safety" not in reasons \
            and not STILL_OPEN.search(body):
        return False
    cues = len(_COMPLAINT_CUES.findall(post))
    return (negative >= 0.5 or (negative >= 0.25 and cues >= 1) or cues >= 2 or fault
            or bool(_PROBLEM_REASONS.intersection(reasons)))
