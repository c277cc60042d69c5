"""Patterns of service failure: writing again, chasing, travel cancelled or stranded, money amounts; and two readings
that count contacts and name the press.
"""

from __future__ import annotations

import re

from model.urgency.text import nearby, straight_apostrophes

# Writing again, counted: "les escribo por tercera vez", "è la terza volta che scrivo", "fünfte Nachricht"; not
# "tercera vez que se me cuelga la app" (the app's count, not the customer's)
CONTACT_AGAIN = (r"(?:por|pela) (?:segunda|tercera|cuarta|quinta|terceira|quarta) vez|(?:segunda|tercera|cuarta|quinta|"
                 r"terceira|quarta) vez (?:que )?(?:\S+ ){0,2}?(?:escrib|llam|contact|pregunt|reclam|escrev|lig|contat)\w*|"
                 r"(?:deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me) fois (?:que )?(?:\S+ ){0,3}?(?:[ée]cri|appel|"
                 r"contact|relanc)\w*|(?:seconda|terza|quarta|quinta) volta (?:che )?(?:\S+ ){0,2}?(?:scriv|chiam|"
                 r"contatt)\w*|(?:zweite|dritte|vierte|f[üu]nfte)[ns]? (?:nachricht|e-?mail|anruf)|(?:zum )?(?:zweiten|"
                 r"dritten|vierten|f[üu]nften) mal (?:\S+ ){0,3}?(?:schreib|ruf|meld)\w*")

# A chaser in the bank's other languages ("toujours rien ?", "¿alguna novedad?", "Attendo ancora un riscontro"):
# repeated contact here, a wait to own first in a reply (``model.thread``)
CHASER = (r"toujours rien|aucune nouvelle|alguna novedad|alguma novidade|h[áa] novidades|ci sono novit[àa]|"
          r"qualche novit[àa]|attendo ancora|gibt es (?:was )?neues|schon was neues|(?:sigo|siguen) sin (?:saber|"
          r"respuesta|noticias)|ainda nada|immer noch keine antwort")

# A cancelled journey, in the languages the brands hear from ("connection to Edinburgh cancelled", "got scrapped")
CANCELLED = (r"cancel+ed (?:my |our |the )?(?:\w+ )?(?:flight|train)s?\b|\b(?:flight|train|connection|connecting flight|"
              r"ferry|coach) (?:(?:to|from|at|via) \S+ |(?=\S*\d)\S++ |tonight |today |home |back )*?(?:is |was |got "
              r"|has been |have been |been |now |just )?(?:cancel+ed|scrapped)|"
              r"vol (?:\S+ ){0,8}?annul[ée]|annul[ée] (?:notre|mon|le) vol|vuelo (?:\S+ ){0,8}?cancelad[oa]|"
              r"cancel(?:ad[oa]|aron) (?:el|nuestro|mi) vuelo|voo (?:\S+ ){0,6}?cancelad[oa]|"
              r"cancelaram (?:o|nosso|meu) voo|volo (?:\S+ ){0,6}?cancellat[oa]|cancellat[oa] (?:il|nostro|mio) volo|"
              r"flug (?:\S+ ){0,5}?(?:gestrichen|annulliert|storniert)|"
              r"(?:tren|alvia|train|tgv|ter \d+|ice \d+|ic \d+|zug|treno|frecciarossa|comboio|alfa pendular|trein|intercity|"
              r"poci[aą]g) (?:\S+ ){0,9}?(?:cancelad[oa]|suprimid[oa]|supprim[ée]e?|annul[ée]e?|f[äa]llt (?:\S+ )?aus|"
              r"ausgefallen|gestrichen|soppress[oa]|cancellat[oa]|uitgevallen|geannuleerd|odwo[łl]an\w*)|"
              r"\blot (?:\S+ ){0,3}?odwo[łl]an\w*|vlucht (?:\S+ ){0,4}?geannuleerd")
# Away from home with nowhere to go: not "waiting at gate B12", not "stuck at the Apple logo"
STRANDED = (r"stranded|gestrandet|nowhere to (?:stay|sleep)|"
             # "ich sitze mit meiner Tochter in Frankfurt fest" (read30)
             # (first person: "das Paket hängt im Verteilzentrum fest", "die App hängt fest" are no one stranded)
             r"(?:ich sitze|wir sitzen|ich stecke|wir stecken|sitze ich|sitzen wir|stecke ich|stecken wir) "
             r"(?:(?!\S*(?:warteschleife|leitung|hotline|telefon|chat))\S+ ){0,6}?fest\b|festsitzen|festgesessen|"
             # "my car won't unlock at Heathrow and I'm stuck in the car park with two kids" (read28)
             r"stuck (?:in|at) (?:the |a )?(?:car ?park|parking lot|airport|station|terminal|services)(?! queue| traffic)|"
             r"car won'?t (?:unlock|open|start)|locked out of (?:the|my|our) (?:hire |rental )?car|"
             # the hotel gave the room away, for tonight ("réservation annulée par l'hôtel ce matin, j'arrive ce soir")
             + nearby(r"r[ée]servation (?:\S+ ){0,4}?annul[ée]e? par l'h[ôo]tel|reserva (?:\S+ ){0,4}?cancelada por el "
                     r"hotel|prenotazione (?:\S+ ){0,4}?cancellata dall'hotel|buchung (?:\S+ ){0,4}?vom hotel storniert|"
                     r"reserva (?:\S+ ){0,4}?cancelada pelo hotel|hotel (?:has |have |just )?cancel+ed (?:my|our) "
                     r"(?:booking|reservation|room)",
                     r"tonight|today|this (?:evening|afternoon)|ce soir|cette nuit|aujourd'hui|esta noche|\bhoy\b|"
                     r"stasera|oggi|heute|hoje|(?:[6-9]|1[0-2])(?:[:.]\d\d)? ?pm", 80) + "|"
             r"no (?:hotel|accommodation|room)(?= *(?:$|[.!?,]|"
             r"(?:for )?tonight|and\b))|(?:stuck|sat|sitting|trapped|sleeping) (?:at|in|on) (?:\S+ ){0,3}?(?:airport|"
             r"terminal|T[1-5]|station|tarmac|platform)\b|"
             r"(?:je suis|nous sommes|on est|suis|sommes) (?:\S+ )?(?:bloqu|coinc)[ée]e?s? (?:\S+ ){0,2}?(?:[àa]|au|dans|en) "
             r"(?:l'a[ée]roport|la gare|a[ée]roport|gare|\S+(?= avec| depuis| sans| et il est| il est))|"
             r"(?:atrapad|tirad)[oa]s? en (?:el )?(?:aeropuerto|estaci[oó]n)|quedad[oa]s? tirad[oa]s?|"
             r"(?:sitze|sitzen|stehe|stehen|warte|warten) (?:\S+ ){0,6}?(?:am|auf dem) (?:bahnsteig|gleis)|"
             r"(?:sono|siamo) (?:\S+ )?(?:bloccat[oaie]|rimast[oaie]) (?:\S+ ){0,2}?(?:a|in|all'|al) |"
             r"sitz\w* (?:\S+ ){0,8}?(?:am|im|auf dem) (?:flughafen|bahnhof|zug|gleis|terminal)\w* (?:\S+ ){0,3}?fest\b|"
             r"nadie nos da (?:un )?(?:hotel|alojamiento)|estou pres[oa] (?:em|no|na) |"
             r"utkn[ęeąa]\w* (?:\S+ ){0,2}?(?:na|w) (?:lotnisk\w*|dworcu|stacji|okęciu|okeciu|peronie|\S+ lotnisk\w*)|"
             r"\bsta (?:\S+ ){0,6}?op het perron|gestrand|"
             + nearby(CANCELLED, r"\b(?:stuck|trapped|sat|sitting|sleeping) (?:at|in|on) (?!home\b)|\bestoy en el "
                     r"(?:aeropuerto|aeroporto)|\b(?:je suis|nous sommes) (?:\S+ )?[àa] l'a[ée]roport|\bestou no aeroporto|"
                     r"\bsono (?:\S+ )?in aeroporto|\bich (?:bin|sitze) (?:\S+ )?am flughafen", 100)
             + r"|sin (?:hotel|alojamiento|d[oó]nde dormir)|no tenemos d[oó]nde dormir|sans (?:h[ôo]tel|"
             r"h[ée]bergement|logement)|nulle part o[uù] dormir|ohne (?:hotel|unterkunft)|"
             r"keine? (?:hotel|unterkunft)|"
             r"sem (?:hotel|alojamento|onde dormir)|senza (?:hotel|albergo|alloggio)|non (?:sappiamo|abbiamo) dove "
             r"dormire|(?:siamo|sono) (?:per|in) strada")
# Who cannot wait out a night in a terminal, and the night itself ("it's 11pm", "alle 23", "esta noche")
VULNERABLE = (r"kids?|child(?:ren)?|toddlers?|bab(?:y|ies)|newborns?|infants?|\d+[- ]?(?:year|yr|month)s?[- ]?olds?|"
               r"(?:de|di) [5-9]\d (?:años|anos|ans|anni)|[5-9]\d[- ]?j[äa]hrige\w*|(?:de|di) \d+ (?:meses|mois|mesi)|"
               r"elderly|pregnant|disabled|wheelchair|rollstuhl|silla de ruedas|fauteuil roulant|sedia a rotelle|"
               r"carrozzina|cadeira de rodas|hij[oa]|fille|figlia|tochter|filha|pensioners?|niñ[oa]s|beb[ée]s?|neonat[oi]|bambin[oi]|enfants?|"
               r"b[ée]b[ée]s?|kinder|kleinkind|säugling|crian[cç]as?|rec[ée]m-nascid[oa]|embarazada|schwanger|"
               r"enceinte|incinta|gr[áa]vida|ancian[oa]s?|anzian[oi]|idos[oa]s?|personnes? [âa]g[ée]es?|kindern|oma|opa|"
               r"filhos|figli|bambine|dochtertje|zoontje|kinderen|dzie(?:ci|[ćc]mi)|niemowl\w*|"
               r"(?:de|di) [6-9]\d anni|[6-9]\d anni|(?:madre|padre|m[èe]re|p[èe]re|mutter|vater|m[ãa]e|pai) de [6-9]\d")
# the traveller is with them ("with two kids", "con un neonato", "my 3 year old"), not "kid off at university"
WITH = (r"(?:with|con|avec|mit|com|and|&|plus|my|our|mi|mis|nuestr[oa]s?|mon|mes|nos|notre|unser\w*|meine?\w?|"
         r"nosso|nossa|nostr[oi]|mio|mia|miei)")
NIGHT = (r"tonight|tonite|overnight|midnight|all night|de noche|la nuit|di notte|[àa] noite|nachts|nowhere to (?:stay|sleep)|(?:1[0-2]|[89])(?:[:.]\d\d)? ?pm|"
          r"(?<![£$€\d.,])(?:2[0-3]|0[0-4])[:.h]\d\d|esta noche|ce soir|cette nuit|stanotte|stasera|questa notte|"
          r"alle (?:ore )?2[0-3]|a las (?:2[0-3]|1[01])|esta noite|hoje [àa] noite|heute (?:nacht|abend)|"
          r"diese nacht|über nacht|(?<![\d.,])0?[0-4][:.]\d\d ?uhr|son las (?:2[0-3]|1[01])|sono le 2[0-3]|s[ãa]o 2[0-3]h|"
          r"il est (?:2[0-3]|minuit)|jest 2[0-3]:|(?<![\d.,£$€])2[0-3]h\d*\b|(?<![\d.,£$€])2[0-3]:\d\d")

# An amount is money when the post says it was charged, paid, taken, lost, owed or refunded, or asks for it back;
# not "Was £999 last week" in a stock question
AMOUNT = r"[$£€]\s?\d[\d,.]*+|\b\d[\d,.]*+(?:\s?[$£€]|\s?(?:dollars|euros|pounds|bucks|usd|eur|gbp)\b)"
MONEY_WORD = (r"\b(?:charg\w*|paid|pay(?:ing|s)?|taken|took|deduct\w*|debit\w*|d[ée]bit[ée]\w*|bill(?:ed|s)?|"
               r"invoic\w*|lost|owe[ds]?|owing|refund\w*|missing|gone|withdr[ae]w\w*|fees?|fined|spent|spending|"
               r"transactions?|stole|steal\w*|extort\w*|wasted|gave|ripped off|increased?|"
               r"(?:went|going|gone|bumped|jumped|shot) up|cobr\w*|abgebucht|belastet|bezahlt|berechnet|addebit\w*|"
               r"pagat[oa]|pagad[oa]|pay[ée]e?s?|factur\w*|pr[ée]lev\w*)\b|"
               r"\b(?:want|give|get|have|need|send)\w* (?:\S+ ){1,3}back\b|"
               r"\b(?:need|want|where'?s|where is) (?:my|our)\b")
# The customer's own contacts, counted: "third time asking", "writing for the third time", "called 5 times"
_CONTACTED = (r"(?:ask(?:ed|ing)?|call(?:ed|ing)?|rang|ring(?:ing)?|phon(?:ed|ing)|writ(?:e|ing|ten)|wrote|"
              r"e-?mail(?:ed|ing)?|messag(?:ed|ing)|dm'?(?:e?d|ing)?|contact(?:ed|ing)?|chas(?:ed|ing)|tweet(?:ed|ing)|"
              r"reach(?:ed|ing) out|spoken? to|complain(?:ed|ing)?|request(?:ed|ing)?|raised|reported|chatted|"
              r"follow(?:ed|ing) up|got back to|told|explain(?:ed|ing)?|been through this)\b")
_NTH = r"(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th))"
_TIMES = (r"(?:\d+(?:-\d+)?|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous|countless|"
          r"a dozen|a few) times")
COUNT_CONTACT = (rf"{_NTH} time (?:(?:that |now )?(?:i|we)(?:'m| am|'ve| have|'re| are)? (?:\S+ )?)?{_CONTACTED}|"
                  rf"{_CONTACTED} (?:\S+ ){{0,4}}?(?:(?:for )?the {_NTH} time|(?:like |about |almost |over |at least )?"
                  rf"{_TIMES})|"
                  rf"{_TIMES} (?:now |already )?(?:that )?(?:i|we)(?:'ve| have)? (?:\S+ )?{_CONTACTED}|"
                  rf"how many times (?:\S+ ){{0,4}}?{_CONTACTED}|"
                  rf"{_NTH} (?:call|e-?mail|message|dm|tweet|request|complaint) (?:to|about|asking|today|this|now)\b|"
                  # "Troisième fois que je vous écris", "tercera vez que escribo", "ich schreibe zum dritten Mal"
                  r"(?:deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me) fois que je (?:vous )?(?:[ée]cris|"
                  r"contacte|appelle|demande|relance)|(?:segunda|tercera|cuarta|quinta|terceira|quarta) vez que "
                  r"(?:les |os |te |eu )?(?:escribo|escrevo|llamo|ligo|pregunto|pergunto|contacto|reclamo)|"
                  r"(?:seconda|terza|quarta|quinta) volta che (?:vi |ti )?(?:scrivo|chiamo|chiedo|contatto)|"
                  r"(?:schreibe|rufe|frage|melde|kontaktiere)\w* (?:\S+ ){0,3}zum (?:zweiten|dritten|vierten|fünften|"
                  r"x-ten) mal")

# the customer counts their own contacts ("4th time messaging", "three emails", "terza volta che scrivo"): not a
# mere wait ("charged for 2 days", "it's been a week"), which repeated_contact holds too
_COUNTS_CONTACTS = re.compile(
    rf"\b(?:(?<!the )(?:(?<!@)\d+|two|three|four|five|several|multiple|many|numerous|countless) (?:calls|emails|messages|"
    rf"dms|tweets|complaints|chats)|{COUNT_CONTACT}|{CONTACT_AGAIN}|(?:escrito|llamado|[ée]crit|appel[ée]|geschrieben|"
    r"angerufen|scritto|chiamato|escrevi|liguei)(?: \S+){0,2}? (?:dos|tres|cuatro|cinco|deux|trois|quatre|cinq|due|tre|"
    r"quattro|cinque|duas|tr[êe]s|quatro|\d+) (?:veces|fois|volte|vezes)|(?:zwei|drei|vier|f[üu]nf)mal (?:angerufen|"
    r"geschrieben)|(?:zum|das) (?:zweiten|dritten|vierten|f[üu]nften) mal|(?:4|5|6|7|8|9)th time|(?:2nd|3rd) time)\b",
    re.I)


def counts_contacts(text: str) -> bool:
    """Whether the customer says how often they have contacted the brand: the draft owns having to chase first."""
    return bool(_COUNTS_CONTACTS.search(text))


# a journalist asking for comment ("I'm a reporter at the Evening Standard ... could someone comment before 5pm?"):
# the press office's, not a customer's complaint
_PRESS = re.compile(
    r"\b(?:i'?m|i am|this is \w+(?: \w+)?,?)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:reporter|journalist|producer|"
    r"correspondent|news editor)\b|\b(?:press|media) (?:enquir\w*|inquir\w*|request|query|queries)\b|"
    r"\b(?:request(?:ing)? (?:a |for )?comment|(?:your|the) press (?:office|team)|for (?:a|an|our) (?:story|article|news piece|report|segment|feature) (?:on|about)\b|"
    r"writing (?:a|an) (?:story|article|piece|feature|report) (?:on|about)\b)|"
    r"\b(?:soy periodista|je suis journaliste|ich bin journalist(?:in)?|sono (?:un[a'’]? ?)?giornalista|"
    r"sou jornalista)\b", re.I)


@straight_apostrophes
def names_press(text: str) -> bool:
    """Whether a journalist asks for comment or a press contact."""
    return bool(_PRESS.search(text))


# a comment asked for by a date or as a question ("Can someone from your press office comment by 5pm today?"): a
# journalist's enquiry, not someone hurt who "contacted the press team at the Gazette" (read38)
_ASKS_COMMENT = re.compile(r"\b(?:comment|a statement|(?:your|a) response)\b[^.!?]{0,80}?(?:\?|\bby\b|\bbefore\b|"
                           r"\btoday\b|\bdeadline\b)|\b(?:request(?:ing)? (?:a |for )?comment|for comment)\b", re.I)


def asks_for_comment(text: str) -> bool:
    """Whether the post asks the brand for a comment or a statement."""
    return bool(_ASKS_COMMENT.search(text))
