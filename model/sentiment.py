"""Sentiment of a post: a linear head on the sentence embedding plus VADER's lexicon scores (English)."""

from __future__ import annotations

import re

import numpy as np

from model import guards
from model.encoder import EN, MULTI
from model.privacy import PRAISE_MARKS, general_question
from model.scoring import HeadScorer
from model.types import SENTIMENTS
from model.urgency import MADE_UP_FOR, find_reasons

_vader = None
# "gostaria de saber qual é a política de reembolso": a question about the rules, no money lost
_ASKS_POLICY = re.compile(r"\b(?:gostaria de saber|queria saber|quisiera saber|me gustar[íi]a saber|vorrei sapere|"
                          r"je voudrais savoir|j'aimerais savoir|ich m[öo]chte wissen|pol[íi]tica|politique|politica|"
                          r"richtlinie)\b", re.I)
# urgency reasons that are grievances in any language (the multilingual head read some as neutral or praise)
_GRIEVANCES = frozenset({"money", "fraud", "safety", "stranded", "travel_today"})
# what went wrong, named: "went down in the middle of my exam upload ... Thanks a lot" is no thanks (money is not
# here: "refund arrived, thanks a lot!")
_SUFFERED = frozenset({"outage", "fraud", "safety", "stranded", "travel_today"})
# a pun on the brand's name, a mock award, said mocking: "Ashgrove Homes more like Ashgrove MOULD 🍄 landlord of the year
# 🏆 lmaooo", "Gearsafe? more like Gear-UNsafe lol 🤡" (read34, read35); not "Delayed? more like early! 🙌 great job"
_MOCKING = r"(?=.*?(?:\blol|\blmao|🤡|🙄|💀|\bjoke\b))"
_SARCASM = re.compile(rf"^(?:\s*@\w+)*\W*@?([\w-]+)(?: [\w-]+){{0,2}} more like @?\1{_MOCKING}|"
                      rf"^(?:\s*@\w+)*\W*@?[\w-]+\? more like\b{_MOCKING}|\bof the year\b{_MOCKING}|"
                      r"\b(?:(?:thanks?(?: you)?|cheers|ta)(?: so much| a lot)? for nothing|said no one(?: ever)?|yeah,? right|"
                      r"(?:(?:i|yeah,? i|gotta|got to|just) )?lov(?:e|ing) (?:waiting|being (?:on hold|ignored|charged|kept)|"
                      r"paying|getting charged)|what a joke|"
                      # "Oh fantastic. Day 19 of my sofa and beds being 'on the next van'" (read39's re-grade)
                      r"^(?:\s*@\w+)*\W*oh,? (?:fantastic|great|brilliant|perfect|wonderful|lovely|marvellous|super)\b\W+(?:day|"
                      r"another|so|just|now|week|the)\b|"
                      r"merci pour rien|gracias por nada|danke f[üu]r nichts|obrigad[oa] por nada|grazie per niente|"
                      r"grazie di niente|valeu por nada|bedankt voor niets|dzi[eę]ki za nic|"
                      # thanks for a fault: "Gracias por cancelar mi tren", "merci pour le retard", "complimenti ... ritardo"
                      r"(?:gracias|merci|danke|grazie|obrigad[oa]) (?:\S+ ){0,2}?(?:por|pour|f[üu]r|per) (?:(?:el|la|le|les|"
                      r"die|den|il|lo|o|a) )?(?:cancelar|retrasar|perder|cobrarme|annuler|avoir annul[ée]|retard|"
                      r"l'annulation|versp[äa]tung|ausfall|stornieren|cancellare|aver cancellato|ritardo|cancelamento|"
                      r"atraso|atrasar|cancelar)|complimenti\b[^.!?]{0,80}?\b(?:ritardo|cancellat\w*|soppress\w*|rott[oa]|"
                      r"nemmeno|neanche)|"
                      r"enjoy the (?:1|one)[- ]star review|"
                      # "thanks Zipto for charging me £38 for a ride I cancelled", "imagine paying for 10 years and ..."
                      r"thanks? (?:\w+ ){0,2}for (?:(?:over)?charging (?:me|us)\b|(?:ruining|wasting|losing|ignoring|scamming|"
                      r"breaking) (?:me|my|us|our)|the £?\d[\d,]* (?:bill|charge|fee))|"
                      r"imagine (?:paying|being a (?:loyal )?customer|having to))\b|🙄|🙃|🤡|"
                      # scare quotes: "'luxury' they said. Cockroach in the bathroom"
                      r"['\"‘“]\w+(?: \w+)?['\"’”],? (?:they|you) (?:said|say|call it)\b",
                      re.IGNORECASE)
# Unmistakable complaint words in the languages the multilingual head reads weakly (it scored "il mio volo è stato
# cancellato ... Sono molto deluso" positive): they turn a positive reading negative, as sarcasm does.
_COMPLAINT_WORDS = re.compile(
    r"\b(?:decepcionad[oa]s?|p[ée]sim[oa]|horrible|horr[íi]vel|verg[üu]enza|vergonha|estafa|cancelad[oa]|"
    r"no funciona|n[ãa]o funciona|sin respuesta|sem resposta|d[ée]çue?s?|d[ée]cevant|honteux|inadmissible|arnaque|"
    r"annul[ée]e?|toujours pas|ne (?:marche|fonctionne) pas|entt[äa]uscht|unversch[äa]mt|frechheit|katastroph\w*|"
    r"storniert|gestrichen|immer noch nicht|funktioniert nicht|delus[oa]|pessim[oa]|vergogna|truffa|schifo|"
    r"cancellat[oa]|non funziona|nessun[oa]? (?:rimborso|risposta)|"
    # an order cold or short ("commande froide et incomplète, il manque les frites", "llegó frío y faltan las patatas")
    r"(?:lleg[óo]|arriv[ée]e?|arrivat[oa]|kam|ist|chegou|est[áa]|[ée]tait) (?:\w+ )?(?:fr[íi][oa]|froide?|kalt|"
    r"fredd[oa]|fri[oa])|commande froide|incompl[eè]te?|incomplet[oa]|unvollst[äa]ndig|"
    r"(?:il manque|manquent|faltan|faltaban|mancano|mancava|faltam|faltou|faltavam) (?:les|las|los|le|i|gli|as|os|la|el|"
    r"mon|ma|mes|mi|mis|il|lo|o|a|meu|minha)\b|\w+ fehl(?:en|t)\b|"
    # late again, the third time
    r"atrasad[oa]|retrasad[oa]|en retard|versp[äa]tet|in ritardo|de novo|otra vez|encore une fois|schon wieder|"
    r"di nuovo|terceira vez|tercera vez|troisi[èe]me fois|dritte mal|terza volta|"
    # not arrived (yet): the negation is part of the complaint
    r"non [èe] (?:ancora )?arrivat[oa]|no (?:ha|me ha) llegado|todav[íi]a no|n'est (?:toujours )?pas arriv[ée]e?|"
    r"(?:immer )?noch nicht (?:angekommen|da|erhalten)|keine (?:ware|lieferung|antwort|erstattung) erhalten|"
    r"ainda n[ãa]o (?:chegou|recebi)|"
    # rude staff, an apology demanded, days without service ("unfreundlich ... Ich erwarte eine Entschuldigung")
    r"unfreundlich|ignoriert|erwarte (?:eine|mir eine) entschuldigung|kaputt|defekt|unzumutbar|inakzeptabel|"
    r"inaccettabile|vergognos[oa]|scandalos[oa]|guast[oa]|maleducat[oa]|scortes[ei]|da \d+ giorni|"
    r"inaceit[áa]vel|vergonhos[oa]|absurdo|quebrad[oa]|estragad[oa]|mal[- ]educad[oa]|h[áa] \d+ dias|"
    r"inaceptable|vergonzos[oa]|estropead[oa]|maleducad[oa]|desde hace \d+ d[íi]as|nadie (?:me )?(?:contesta|responde)|"
    r"inacceptable|scandaleu(?:x|se)|en panne|impoli\w*|depuis \d+ jours|personne ne (?:me )?r[ée]pond|"
    r"(?:me )?(?:han |ha )?cancelad[oa] (?:el|la|mi) (?:vuelo|hotel|reserva|pedido|viaje|tren)|"
    r"me cancelan (?:el|la|mi)|cancelaron (?:el|la|mi|nuestro) (?:vuelo|hotel|reserva|pedido|viaje|tren)|"
    r"m'ont annul\w*|mi hanno cancellat\w*|cancelaram (?:o|a|meu|minha) (?:voo|hotel|reserva|pedido)|"
    # a bilingual lead's misses: charged twice, money taken, never arrived, the app down, anger in few words
    r"deux fois|due volte|dos veces|duas vezes|em dobro|doppelt (?:abgebucht|belastet|berechnet|bezahlt)|"
    r"zweimal (?:abgebucht|belastet|berechnet)|[àa] d[ée]couvert|sin (?:mi )?autorizaci[oó]n|nie autorisiert|"
    r"n[ãa]o reconhe[çc]o|rivoglio i miei soldi|quiero mi dinero|je veux mon argent|quero (?:o )?meu dinheiro|"
    r"jamais re[çc]u|nunca (?:lleg[óo]|recib[íi]|chegou|recebi)|(?:non [èe] )?mai arrivat[oa]|"
    r"no (?:carga|abre|sincroniza)|n[ãa]o (?:carrega|sincroniza|abre)|non (?:si )?(?:carica|apre)|"
    r"st[üu]rzt (?:\S+ ){0,4}?ab|abst[üu]rz\w*|buggy|geht (?:\S+ )?nicht mehr|marche (?:plus|pas)|"
    r"komplettausfall|kein (?:netz|internet|empfang)|sin (?:se[ñn]al|internet|conexi[oó]n)|sem (?:rede|sinal|internet)|"
    r"plus de (?:wifi|wi-fi|r[ée]seau|connexion|internet)|senza (?:rete|linea|internet)|salta (?:la|il) "
    r"(?:fibra|linea|connessione|rete|wifi)|fica caindo|n[ãa]o d[áa] mais|que raiva|wtf|ridicol[oi]|"
    r"lebensgef[äa]hrlich|perdendo a paci[êe]ncia|tengo miedo|j'ai peur|ho paura|tenho medo|"
    r"dej[óo] (?:mi|el) paquete|paquete equivocado|mauvaise adresse|falsche adresse|indirizzo sbagliato|"
    r"endere[çc]o errado|direcci[óo]n equivocada|"
    # waiting for weeks, an error on screen, "because of you" ("seit nunmehr zwei Wochen warte ich", "dar erro")
    r"seit (?:nunmehr |über |mehr als |fast )?(?:\d+|zwei|drei|vier|f[üu]nf|sechs|mehreren) (?:tag|woche|monat)\w*|"
    r"trotz (?:zweier|dreier|mehrerer|\d+) (?:e-?mails|anrufe|nachrichten)|keinerlei (?:antwort|r[üu]ckmeldung)|"
    r"(?:llevo|llevamos) (?:\S+ ){0,2}(?:d[íi]as|semanas|meses) esperando|"
    r"(?:cela|[çc]a) fait (?:\S+ ){1,2}(?:jours|semaines|mois) que j'attends|"
    r"aspett\w+ da (?:\S+ )?(?:giorni|settimane|mesi)|h[áa] (?:\S+ )?(?:dias|semanas|meses) (?:que )?(?:espero|aguardo)|"
    r"(?:a )?dar erro|dando erro|d[áa] erro|me (?:sale|da) (?:un )?error|affiche une erreur|gibt (?:\S+ )?fehler|"
    r"d[àa] errore|per colpa vostra|por (?:vuestra|su) culpa|por culpa (?:de ustedes|vossa|de voc[êe]s)|"
    r"[àa] cause de vous|wegen euch|ho perso (?:la |il )?(?:volo|treno|coincidenza|connecting)|"
    # still nothing, the fifth message, "Na super ... Läuft bei euch"
    r"immer noch kein\w*|noch immer kein\w*|l[äa]uft bei euch|na super|na toll|toujours rien|aucune nouvelle|"
    r"sigo sin (?:respuesta|noticias|nada)|ainda nada|nada ainda|ancora niente|sempre niente|"
    r"(?:zweite|dritte|vierte|f[üu]nfte)[ns]? (?:mal|nachricht|e-?mail|anruf)|(?:segunda|cuarta|quinta) vez|"
    r"(?:deuxi[èe]me|quatri[èe]me|cinqui[èe]me) fois|(?:seconda|quarta|quinta) volta|(?:quarta|quinta) vez|"
    # a spinning wheel instead of the film; the app frozen
    r"cercle qui tourne|chargement infini|rueda que gira|carga infinita|rotellina|bolinha girando|ladekreis|"
    r"app bloccata|non parte pi[uù]|(?:sigo|siguen) sin (?:saber|respuesta|noticias))\b",
    re.IGNORECASE)
# ... unless negated just before ("n'est pas annulé", "nicht mehr verspätet") or the post praises ("Super service",
# not a polite "gracias", which ends complaints too)
_NEGATED = re.compile(r"\b(?:pas|nicht|nicht mehr|kein\w*|não|nao|no|non|ne|nunca|jamais|nie|mai)\W+(?:\w+\W+)?$",
                      re.IGNORECASE)
_PRAISE = re.compile(r"\b(?:super|excelente|excellent\w*|g[ée]nial|perfe[ck]t\w*|"
                     r"ottim[oa]|[óo]tim[oa]|top|genial|bravo|toll|wunderbar|fantastic\w*|incr[íi]vel|incre[íi]ble|"
                     # praise idioms the multilingual head reads as complaints ("viciante demais", "la fine del mondo")
                     r"viciante|la fine del mondo|adoro|adoramos|adoriamo|j'adore|incroyable|meraviglios[oa]|"
                     r"stupend[oa]|spettacolar[ei]|bellissim[oa]|maravilhos[oa]|sensacional|espectacular|"
                     r"encantad[oa]|encantador[a]?|hervorragend|klasse|spitze)\b",
                     re.IGNORECASE)


def _complains_anyway(text: str) -> bool:
    """A complaint word, not negated, whatever praise the post also holds ("top ... mais toujours pas arrivé")."""
    return any(not _NEGATED.search(text[max(0, m.start() - 20):m.start()]) for m in _COMPLAINT_WORDS.finditer(text))


_LETTER_REQUEST = re.compile(r"\b(?:i (?:write|am writing) to (?:request|ask|inform|enquire|notify)|i (?:would|should) be "
                             r"grateful (?:if|for)|kindly (?:advise|send|provide|confirm|arrange)|i wish to (?:request|"
                             r"make|cancel|close|change|update)|please (?:advise|provide|confirm) (?:me )?(?:of|the|whether))\b",
                             re.I)
_THANKS_FOR_DONE = re.compile(r"\b(?:thanks?|thank you|grateful) (?:\w+ ){0,3}for (?:sorting|fixing|resolving|your help|"
                              r"the help|helping|getting|the quick|the fast|the prompt|all)\b", re.I)
_THANKS_WORD = re.compile(r"\b(?:thanks?|thank you|gracias|merci|danke|obrigad[oa]|grazie)\b", re.I)


def _complains(text: str) -> bool:
    """A complaint word, not negated, in a post that does not also praise."""
    return not _PRAISE.search(text) and _complains_anyway(text)


# an angry face says what the words may not ("the finale cuts off 10 mins before the end?? 😡")
ANGRY_EMOJI = re.compile("[😡😠🤬😤👎💢]")
# praise phrased with negative words ("no complaints", "never been happier", "won't shop anywhere else"): the
# mirror of sarcasm, read negative by the heads
_NEGATED_PRAISE = re.compile(r"\b(?:no complaints|never been happier|couldn'?t be happier|can'?t (?:thank|recommend) "
                             r"(?:you|\w+)? ?enough|won'?t (?:shop|go|buy) anywhere else|can'?t fault|"
                             r"nothing (?:but|short of) (?:praise|amazing|great)|not (?:a single|one) (?:problem|issue)|"
                             # slang: "you guys are killing it", "nailed it", "that feature is sick 🔥"
                             r"(?:killing|killed|nailed|smashed|crushing|crushed) it|can'?t complain|not bad at all|"
                             r"(?:is|are|looks?|was|so) (?:so |absolutely |actually )?sick(?=\W*[🔥🙌💯😍🤩]))",
                             re.IGNORECASE)
# a pleasant surprise ("Didn't expect this: ... upgraded my broadband for free ... Very pleasantly surprised!", "got a
# free skin as an apology for the outage, nice one!"): read negative or neutral for the outage it names
_PLEASANT = re.compile(r"\b(?:pleasantly surprised|nice one|made my day|over the moon|what a (?:lovely |nice |great )?"
                       r"surprise|(?:happy|nice|lovely|great) surprise|"
                       # "... carried my washing machine box up 4 flights. Give that man a raise" (tenth session's read)
                       r"give (?:that|this|the|him|her|them) (?:\w+ )?(?:a )?(?:raise|pay rise|payrise|promotion|medal|bonus)|"
                       r"deserves? (?:a )?(?:raise|pay rise|payrise|promotion|medal|bonus))\b", re.I)
_LOVE_EMOJI = re.compile(r"[😍🤩🥰😋💯🙌]|❤️?|😘")
# ... beside a loss they are grief or irony ("Gonna miss you guys, closing my account ❤️", "deleted my photos 😍")
_LOSS = re.compile(r"[💔😢😭😞]|\b(?:why|miss\w*|gone|deleted|discontinu\w*|clos\w*|cancel\w*|lost|stopped|removed)\b",
                   re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|however|though|yet)\b", re.IGNORECASE)
# a shouted plea, or what they had vanished: "my tickets are GONE from the app. PLEASE HELP" (read30) read neutral
_DISTRESS = re.compile(r"\bPLEASE HELP\b|\bHELP(?: ME| US)?!|(?i:\b(?:is|are|has|have) (?:just |all |now )?(?:gone|vanished|"
                       r"disappeared)\b(?! (?:up|down|well|through|out|to|for|back)))")
# a praise word opening or closing a report of a fault: "Great, my order shows delivered but it's not here. Brilliant."
_PRAISE_WORD_ALONE = re.compile(r"^\W*(?:great|brilliant|perfect|fantastic|wonderful|lovely|awesome|super)\b\W|"
                                r"\b(?:great|brilliant|perfect|fantastic|wonderful|lovely|awesome|cheers)\W*$|"
                                # "My broadband went down in the middle of my exam upload. Thanks a lot Lumaline."
                                r"\bthanks a lot(?:,? @?\w+)?\W*$|^\W*thanks a lot(?:,? @?\w+)?[.!]",
                                re.IGNORECASE)
# praise words that are sarcasm beside a complaint: "best customer service ever" after "waiting 2 hours"
_IRONIC_PRAISE = re.compile(r"\b(?:best|greatest|amazing|fantastic|brilliant|wonderful) (?:customer )?"
                            r"(?:service|support|experience)(?: ever)?\b", re.IGNORECASE)
# what is wrong with the thing itself, in the complaint cues below and in a fault named outright
_FAULT_WORDS = (r"stale|lukewarm|broken|damaged|not working|doesn'?t work|instead of|"
                # "water that smells like a swimming pool", "charges me more every year" (a care lead's read, tenth session)
                r"(?:smells?|smelling|tastes?|tasting) (?:like|of) (?:a |the )?(?:swimming pool|chlorine|bleach|sewage|"
                r"(?:rotten )?eggs|drains?|damp|mou?ld|metal|petrol)|charg(?:es|ed|ing) (?:me |us )?(?:more|extra)")
# a fault named outright ("a burnt coffee ... tasted like ash", "third outage this week"): never praise, whatever the
# head read, unless the post also praises or thanks
_FAULT = re.compile(r"\b(?:burnt|tasted? like (?:ash|dirt|water|dishwater|cardboard|nothing)|"
                    rf"cold (?:food|coffee|tea|chips|fries|meal|pizza)|outages?|{_FAULT_WORDS}|"
                    # a wait named outright: "45 min wait on a Friday night", "2 hours late"
                    r"(?<!only )(?<!only a )(?<!just )(?<!just a )\d+ ?(?:min|mins|minutes?|hours?|hrs?)(?: \w+)? (?:wait|waiting|late|"
                    r"delay(?:ed)?|queue|on hold)|"
                    # "love how the 8:05 is cancelled for the fifth Monday", "great job, my parcel took 9 days"
                    r"cancell?ed|delayed|late again|took \d+ (?:days|weeks|hours))\b", re.I)
# the sarcastic frame around such a fault: "love how ...", "great job guys 👏", "wow, third ..."
_SARCASTIC_FRAME = re.compile(r"\blove how\b|\bgreat job\b|\bwell done\b|👏|\bwow,? (?:another|third|fourth|fifth|"
                              r"\d+(?:st|nd|rd|th))\b|\b(?:brilliant|great|fantastic|perfect)\W*$|"
                              r"\b(?:great|good|excellent) value\W*$", re.I)
# ... unless it was put right ("arrived damaged but you sent a new one the same day, great!")
_PUT_RIGHT = re.compile(r"\b(?:fixed|sorted|resolved|replaced|refunded|repaired|re-?booked|rescheduled|sent (?:me )?(?:a )?(?:new|replacement)|"
                        r"working (?:again|now)|back (?:on|up)|arregl\w*|solucionad\w*|r[ée]par[ée]\w*|behoben|risolt\w*|"
                        r"resolvid\w*|devuelto|rembours[ée]\w*|cancelado el cargo)\b", re.I)
# English praise for a fix done, which the head reads as a complaint about the refund or the cancellation: "Got my
# refund for the cancelled show in 4 days, no chasing needed. Fair play" (read37)
_GOT_IT_DONE = re.compile(r"\b(?:got|received|had) (?:my|the|our|a full) (?:\w+ )?(?:refund|money back|replacement|"
                          r"compensation)\b|\brefund (?:came|went) (?:through|in)\b|" + _PUT_RIGHT.pattern, re.I)
_PRAISE_MARK = re.compile(rf"\b(?:{PRAISE_MARKS}|no chasing|"
                          r"without (?:any )?chasing|no hassle|hassle[- ]free|painless|impressed|faultless|"
                          r"(?:great|brilliant|excellent|fantastic|amazing|quick|fast|speedy) (?:service|work|job|turnaround)|"
                          r"(?:so|really|very) (?:quick|fast|easy)|legends?)\b", re.I)
# ... not praise that took a fight: "Finally got my refund after 6 weeks of chasing. Cheers for nothing"
_HARD_WON = re.compile(r"\b(?:not|hardly|never|not really|far from) (?:\w+ )?(?:impressed|painless|faultless|quick|fast|"
                       r"easy|legends?)\b|\bmy foot\b|\bshame\b|\bruin\w*|\blate\b|\bfinally\b|\bfor nothing\b|"
                       r"\bat (?:long )?last\b|\bafter (?:\S+ ){0,2}(?:days|weeks|months)\b|"
                       r"(?<!no )(?<!without )(?<!without any )\bchas(?:ing|ed)\b|\bonly took\b", re.I)
# it came or it was done, in other languages ("ya me ha llegado", "rimborso arrivato", "hat mir geholfen")
_ARRIVED = re.compile(r"\b(?:(?:ya )?(?:me )?(?:ha )?lleg(?:ado|[óo])|recibid[oa]|solucionad[oa]|chegou|recebi|arrivat[oa]|"
                      r"ricevut[oa]|re[çc]u|arriv[ée]e?|r[ée]solu|angekommen|erhalten|gel[öo]st|geholfen)\b", re.I)
_MULTI_BUT = re.compile(r"\b(?:but|pero|mas|ma|mais|aber|però|todavía|ainda|ancora|toujours|immer noch|noch nicht)\b", re.I)
_PRAISE_OR_THANKS = re.compile(r"\b(?:thanks?|thank you|cheers|love (?:it|this|you|the)|amazing|great (?:service|"
                               r"help|staff)|excellent|brilliant service|well done (?:to|for))\b", re.I)
_COMPLAINT = re.compile(r"\b(?:waiting|waited|on hold|still (?:no|not|nothing|waiting|broken)|no one|nobody|ignored|"
                        r"can'?t (?:understand|get|log|reach|connect)|"
                        rf"wrong (?:address|item|size|order|city|colou?r|one)|{_FAULT_WORDS})\b", re.IGNORECASE)


# harm suffered, said plainly: the heads read "her lips are swelling", "billed my card twice", "the salmon smells
# really off" and "got regular bread as a substitute. I'm coeliac" as neutral remarks, and the drafts thanked them
# for the heads-up (read31)
_HARMED = frozenset({"safety", "fraud", "stranded"})
_WRONGED = re.compile(r"\b(?:(?:billed|charged) (?:\S+ ){0,5}?(?:twice|two times|double|three times)|"
                      r"(?:smells?|smelling|smelt|tastes?|tasting) (?:\w+ )?(?:off|rotten|funny|rancid)|"
                      r"(?:has |had |have )?gone off\b(?! (?:the|at|in|on|to)\b)|mou?ldy|rotten)\b", re.I)
_EN_PRAISE = re.compile(r"\b(?:best|love|great|brilliant|amazing|wonderful|perfect|awesome|lovely|glorious|worth|legend|"
                        r"fab)\b", re.I)
_SUBSTITUTED = re.compile(r"\b(?:as (?:a )?substitut\w*|substituted|instead)\b", re.I)
_CANNOT_EAT = re.compile(r"\b(?:coeliac|celiac|allergic|allergy|intoleran\w*|vegan|vegetarian|halal|kosher|"
                         r"gluten[- ]free|dairy[- ]free|nut[- ]free)\b", re.I)


def vader_scores(texts: list[str]) -> np.ndarray:
    """VADER neg/neu/pos/compound: cheap, and it catches emphasis (!!!, caps) that embeddings smooth out."""
    global _vader
    if _vader is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _vader = SentimentIntensityAnalyzer()
    rows = [_vader.polarity_scores(t) for t in texts]
    return np.array([[r["neg"], r["neu"], r["pos"], r["compound"]] for r in rows], dtype=np.float32)

# a threat of the law or a regulator is a grievance however calmly put ("your driver reversed into my car and drove
# off ... Expect to hear from my solicitor" read neutral, and its drafts thanked the customer for letting us know)
_THREAT = re.compile(r"\b(?:(?:hear from|contact\w*|speak\w* to|call\w*|consult\w*|instruct\w*) my (?:lawyers?|solicitors?|"
                     r"attorney|legal team)|my (?:lawyers?|solicitors?|attorney) (?:will|is|are)|see you in court|"
                     r"(?:take|taking|took|bring|bringing|file|filing|start|starting|begin|pursue|pursuing) (?:\w+ )?"
                     r"(?:legal action|legal proceedings|(?:a )?(?:legal )?claim against|(?:you|this|it|them) to "
                     r"(?:court|small claims|the ombudsman))|(?:i'?ll|i will|i'?m going to|going to|will) (?:\w+ )?sue|"
                     r"suing (?:you|them)|(?:report|reporting|reported|escalat\w*|complain\w*) (?:you |this |it )?to "
                     r"(?:the )?(?:ombudsman|regulator|ofcom|trading standards|bbb|fca|cma|ftc|citizens advice))\b", re.I)


def _untroubled(text: str, body: str, fault_text: str) -> bool:
    """Nothing wrong named: no complaint, sarcasm, angry face, reported problem, fault (in ``fault_text``) nor urgent
    reason. Love-struck emoji and a pleasant surprise count as praise only then."""
    return not (_COMPLAINT.search(text) or _SARCASM.search(text) or ANGRY_EMOJI.search(body)
                or guards.REPORTS_PROBLEM.search(body) or _FAULT.search(fault_text) or find_reasons(text))


class SentimentScorer(HeadScorer):
    name = "sentiment"
    classes = SENTIMENTS

    def extra_features(self, texts: list[str], space: str) -> np.ndarray | None:
        return vader_scores(texts) * 3.0 if space == EN else None

    def predict_proba(self, encoded, texts: list[str]) -> np.ndarray:  # noqa: ANN001
        """The heads' probabilities, corrected where a reply would go badly wrong: positive and negative swap
        for unmistakable sarcasm ("thanks for nothing", an eye-roll, "I love waiting 2 hours", "Great, ... it's
        not here. Brilliant.") and thanks followed by "but" and a fault ("thanks! but where is my refund?"), for complaint words the multilingual head misses ("deluso"), and back for praise
        in negative words ("no complaints", "won't shop anywhere else"); a reported fault is not neutral ("where
        is my refund?"), and a general question only mildly negative is neutral ("does the warranty cover
        accidental damage?"). A "thanks for the kind words" to a complaint, or an apology to praise, is worse
        than no draft."""
        probs = super().predict_proba(encoded, texts)
        neg, neu, pos = (self.classes.index(c) for c in ("negative", "neutral", "positive"))
        multi = set(encoded.rows.get(MULTI, np.array([], dtype=int)).tolist())
        for i, text in enumerate(texts):
            body = guards.LEADING_HANDLES.sub("", text)
            turn = _BUT.search(body)  # "thanks! but where is my refund?": the thanks is politeness
            # ("been on its way for 11 days. great job guys 👏👏👏": a wait beside the applause is a grievance too)
            ironic = (_IRONIC_PRAISE.search(text) and _COMPLAINT.search(text)) or (
                (_PRAISE_WORD_ALONE.search(body) or _SARCASTIC_FRAME.search(body)) and (guards.REPORTS_PROBLEM.search(body) or (
                    (_SUFFERED | {"repeated_contact"}) & set(find_reasons(text)) and not _PUT_RIGHT.search(body)))) or (
                turn and guards.REPORTS_PROBLEM.search(body, turn.end()))
            # "Genial, me cancelan el hotel el día antes. Servicio de 10 👏": praise words around a complaint
            complaint = i in multi and (_complains(text) or (_SARCASTIC_FRAME.search(body) and _complains_anyway(text)
                                                             and not _PUT_RIGHT.search(body)) or (
                # "me han quitado 480 euros sin autorización", "huele a quemado en la cabina"
                not _PRAISE.search(text) and not _PUT_RIGHT.search(body) and not _ASKS_POLICY.search(body)
                and bool(_GRIEVANCES & set(find_reasons(text)))))
            fault = (i not in multi and _FAULT.search(body) and not _PUT_RIGHT.search(body)
                     and (_SARCASTIC_FRAME.search(body) or not _PRAISE_OR_THANKS.search(body)))
            if probs[i, pos] > probs[i, neg] and (_SARCASM.search(text) or ironic or complaint or fault
                                                  or ANGRY_EMOJI.search(body)):
                probs[i, [neg, pos]] = probs[i, [pos, neg]]
            if (probs[i, neg] > probs[i, pos] and _NEGATED_PRAISE.search(text) and not _COMPLAINT.search(text)
                    and not (_BUT.search(body) and _FAULT.search(body))):  # "can't complain about X but 2 hours late"
                probs[i, [neg, pos]] = probs[i, [pos, neg]]
            # "the new sourdough is UNREAL 😍🔥 my kids demolished it lol": love-struck emoji around no fault
            top = int(probs[i].argmax())
            if (top != pos and probs[i, top] - probs[i, pos] < 0.3 and _LOVE_EMOJI.search(body)
                    and not _LOSS.search(body) and not guards.QUESTION.search(body) and _untroubled(text, body, body)):
                probs[i, [top, pos]] = probs[i, [pos, top]]
            # "a free upgrade because of the outage last month. Very pleasantly surprised!": that outage is no fault
            top = int(probs[i].argmax())
            if (top != pos and probs[i, top] - probs[i, pos] < 0.4 and _PLEASANT.search(body)
                    and not _SARCASTIC_FRAME.search(body) and not _BUT.search(body)
                    and _untroubled(text, body, MADE_UP_FOR.sub(" ", body))):
                probs[i, [top, pos]] = probs[i, [pos, top]]
            # "Got my refund ... in 4 days, no chasing needed. Fair play": praise for a fix, not a refund complaint
            top = int(probs[i].argmax())
            if (top == neg and i not in multi and _GOT_IT_DONE.search(body) and _PRAISE_MARK.search(body)
                    and not _HARD_WON.search(body) and not _BUT.search(body) and not _SARCASTIC_FRAME.search(body)
                    and not _SARCASM.search(text)
                    and not guards.QUESTION.search(body) and not ANGRY_EMOJI.search(body)
                    and not guards.REPORTS_PROBLEM.search(body)):
                probs[i, [neg, pos]] = probs[i, [pos, neg]]
            # (not after sarcasm: "genial, gracias por nada 🙄" had been swapped back by its "genial")
            multi_praise = (i in multi and _PRAISE.search(text) and not _complains_anyway(text)
                            and not _SARCASM.search(text) and not (_SARCASTIC_FRAME.search(body) and complaint)
                            and not ANGRY_EMOJI.search(body))  # "Carte bloquée à Montréal… Super @LumenBank 😡"
            # "Ya me ha llegado el reembolso, gracias por la gestión tan rápida", "Problema resolvido, obrigado à Inês":
            # thanks for a fix the multilingual head read as a complaint about the refund or the problem
            thanked_fix = (i in multi and _THANKS_WORD.search(body) and (_PUT_RIGHT.search(body) or _ARRIVED.search(body))
                           and not _SARCASM.search(text) and not _MULTI_BUT.search(body) and not ANGRY_EMOJI.search(body)
                           and not guards.QUESTION.search(body))
            if (multi_praise or thanked_fix) and probs[i, neg] > probs[i, pos]:  # "viciante demais", "la fine del mondo"
                probs[i, [neg, pos]] = probs[i, [pos, neg]]
            # "I write to request a duplicate statement ... I should be grateful": a request, not praise
            if (probs[i, pos] == probs[i].max() and _LETTER_REQUEST.search(text) and not _PRAISE.search(text)
                    and not _THANKS_FOR_DONE.search(text)):
                probs[i, [pos, neu]] = probs[i, [neu, pos]]
            # "Quanto costa il cambio?" read as praise by the multilingual head: a question, no more
            if (i in multi and probs[i, pos] == probs[i].max() and guards.QUESTION.search(body)
                    and not _PRAISE.search(text) and not _THANKS_WORD.search(text)):
                probs[i, [pos, neu]] = probs[i, [neu, pos]]
            # "Entrega atrasada de novo" and "where is my refund?" are no neutral remarks; "does the warranty
            # cover accidental damage?" asks, no more
            distress = _DISTRESS.search(body) and not guards.QUESTION.search(body)  # not "the sale items are all gone?"
            harmed = (not general_question(text) and not _PUT_RIGHT.search(body) and not _PRAISE_OR_THANKS.search(body)
                      and (_HARMED & set(find_reasons(text)) or _WRONGED.search(body)
                           or (_SUBSTITUTED.search(body) and _CANNOT_EAT.search(body))))
            # "@Brewly charged twice on card ... for one cappuccino!!" read as praise (its "!!"): a wrong done to them,
            # praised nowhere, is a complaint
            if (probs[i, pos] == probs[i].max() and harmed and _WRONGED.search(body) and not _PRAISE.search(text)
                    and not _EN_PRAISE.search(body)  # "Rotten weather but your brolly kept me dry, best purchase ever!!"
                    and not _THANKS_WORD.search(text) and not _LOVE_EMOJI.search(body)):
                probs[i, [pos, neg]] = probs[i, [neg, pos]]
            reported = ((complaint or guards.REPORTS_PROBLEM.search(body) or ANGRY_EMOJI.search(body) or distress
                         or _THREAT.search(body) or (_SARCASM.search(text) and not _PUT_RIGHT.search(body)) or harmed)
                        and probs[i, neu] > probs[i, neg])
            asks = (probs[i, neg] == probs[i].max() and probs[i, neg] < 0.7 and general_question(text)
                    and not _COMPLAINT.search(text) and not ANGRY_EMOJI.search(body))
            if reported or asks:
                probs[i, [neg, neu]] = probs[i, [neu, neg]]
        return probs

    def score(self, probs: np.ndarray) -> list[dict]:
        return [{"label": label, "scores": scores} for label, scores in self.label_scores(probs)]
