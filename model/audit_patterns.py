"""The words the tone audit looks for, mostly in a reply: dismissive, stiff or cheerful wording, vague promises,
the runaround, asks for secrets or personal data, the safety and fraud steps, concern, thanks for praise, time
promises and instructions, in the languages the bank speaks.

The phrase lists grow with every QA read; kept apart from ``model.audit`` so that the auditor reads as its
checks. A reply's conversational moves (empathy, thanks, a DM request) are read by ``model.reply_moves``.
"""

from __future__ import annotations

import re


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


# an answer in days ("Our team will get back to you within 3-5 working days") to someone who needs help now
_IN_DAYS = re.compile(r"\b(?:within|in|up to|allow|takes?) (?:\d+ ?(?:-|–|to) ?)?(?:\d+|a few|two|three|five|seven|ten) "
                      r"(?:working |business )?days\b|\b\d+ ?(?:-|–) ?\d+ (?:working |business )?days\b", re.I)
_NOW_OR_NEVER = frozenset({"safety", "stranded", "fraud"})
_NOW = re.compile(r"\b(?:now|right away|straight away|immediately|today|tonight|within the hour|on (?:their|its|the) way|"
                  r"already)\b", re.I)


# "please write to us in English so we can help you" to "Hola, ¿puedo pagar con tarjeta de débito?" (read28)
_WRITE_IN = re.compile(r"\b(?:write|message|contact|speak|talk|tweet|reply) (?:to )?us in english|"
                       r"\b(?:only|just) (?:speak|answer|reply|support|help) (?:in )?english\b|\benglish only\b|"
                       r"\bin english,? please\b", re.I)


# a phone line given in full: "0800 555 0199", "+44 20 7946 0000", "1-800-275-2273" (not "£250")
_DIRECT_LINE = re.compile(r"(?<![\w£$€.,])(?:\+?\d{1,3}[ -]?)?\(?0?\d{2,4}\)?[ -]?\d{3}[ -]?\d{3,4}(?![\w.,])|<PHONE>|"
                          r"\b1-?8\d\d-?\d{3}-?\d{4}\b")


_MOCKING = re.compile(r"🙄|😒|🙃|😏|🤷|\b(?:have you tried turning it off and on again|did you try turning it off and "
                      r"on)\b|\blol\b|\bsmh\b", re.I)
_THANKS_FIRST = re.compile(r"^\W*(?:thanks|thank you|thx|ty|cheers|kudos|shout ?out|big thanks|much appreciated|"
                           r"gracias|merci|danke|obrigad[oa]|grazie)\b", re.I)
