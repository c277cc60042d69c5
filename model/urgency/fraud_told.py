"""The cues of a scam told in Spanish, French, German, Italian or Portuguese: a card or code given to a fake message,
an impostor paid, a romance, a SIM swap, a "safe account", an account taken over.

Pattern strings only, read lower-cased and without accents by `model.urgency.other_languages`, which compiles
``CUES`` (cue name -> pattern) and decides what the cues together name.
"""

from __future__ import annotations

# scams: card details given to a fake message or site, money paid to someone posing as the brand, a romance, a takeover
_SCAM_WORD = (r"\b(?:estafa\w*|timo|fraude|falso|falsa|enganad[ao]|phishing|smishing|arnaque\w*|escroc\w*|faux|fausse|"
              r"betrug\w*|betruger\w*|fake|gefalscht\w*|abzocke|truffa\w*|truffat\w*|fals[oa]|golpe|burla|burlad[ao]|"
              r"enganad[ao]|piratee?|gehackt|hackerat\w*|hackead[ao]|hacke\w*)\b")
_LINK = r"\b(?:sms|enlace|link|lien|clique\w*|cliquei|cliccato|geklickt|pinch\w*|entre al enlace|whatsapp|mail|e-mail|correo)\b"
_GAVE_CARD = (r"\b(?:kartendaten|karte|kreditkarte|kartennummer|tan|pin|code|alles)\b[^.!?]{0,30}?\b(?:eingegeben|"
              r"angegeben|eingetippt|ein)\b|\beingegeben (?:\S+ ){0,3}(?:tan|pin|code)\b|"
              r"\b(?:et mis|et saisi|e messo|e inserito|pus|meti|puse|introduje|di|he metido|he puesto|he dado|le di|les di|j'ai (?:mis|entre|saisi|donne|tape)|"
              r"(?:acabo de|he|hemos) (?:meter|poner|dar|introducir|metido|puesto|dado|introducido)|j'ai rentre|rentre mon|"
              r"(?:ich )?(?:habe|hab) (?:\w+ ){0,4}(?:eingegeben|angegeben|weitergegeben|gegeben|durchgegeben)|"
              r"ho (?:inserito|messo|dato|comunicato)|(?:eu )?(?:coloquei|meti|inseri|dei|passei|digitei))\b[^.!?]{0,50}?"
              r"\b(?:tarjeta|carte|karte|kartendaten|kreditkarte|carta|cartao|cvv|cvc|pin|codigo|code|codice|tan|iban|"
              r"datos bancarios|coordonnees bancaires|bankdaten|dati bancari|dados bancarios|identifiants|zugangsdaten|credenziali|"
              r"codice utente|password|credenciais|contrasena|mot de passe)\b")
_PAID_IMPOSTOR = (r"\b(?:bezahlt|ho pagato|j'ai paye|pague|transferi|hice (?:una )?transferencia|envie|mande|j'ai (?:paye|vire|envoye|fait un virement)|"
                  r"(?:ich )?(?:habe|hab) (?:\w+ ){0,4}(?:bezahlt|uberwiesen|geschickt)|ho (?:pagato|fatto un bonifico|"
                  r"mandato|inviato)|paguei|transferi|fiz (?:um )?(?:pix|transferencia)|mandei|enviei)\b")
_POSING = (r"\b(?:se hac\w* pasar|haciendose pasar|suplant\w*|se faisai\w* passer|usurp\w*|gab sich als|gibt sich als|"
           r"ausgegeben|si spacciava|spacciandosi|fingev\w*|se passa\w* por|fingi\w* ser|fingindo ser|perfil falso|cuenta falsa|"
           r"faux (?:compte|profil)|fake[- ]?(?:konto|profil|account)|falsches profil|profilo falso|account falso|conta falsa|"
           r"se faisant passer|(?:sembrava|parecia|ressemblait|aussah wie) (?:el |le |o |il |das )?(?:vuestro|votre|vosso|de voces|"
           r"vostro|eures|ihres))\b")
_CODE_GIVEN = (r"\b(?:hab\w*|habe) (?:ihm |ihr )?(?:den |die )?(?:code|tan|pin|sms-code)\b(?: (?:\w+ )?(?:durchgegeben|"
               r"gesagt|weitergegeben|genannt))?|\b(?:(?:le )?(?:pase|di|dije|he dado|he pasado)|(?:je )?(?:lui ai )?(?:donne|dit|transmis)|(?:ich )?"
               r"(?:hab\w*|habe) (?:ihm|ihr) (?:\w+ ){0,3}(?:gesagt|gegeben|genannt)|gli ho (?:dato|detto|letto)|(?:eu )?"
               r"(?:passei|dei|disse)(?: pra ele| para ele|-lhe)?)\b[^.!?]{0,40}?\b(?:pin|codigo|code|codice|numero que veio|"
               r"sms-code|tan|otp|codigos|codes|codici|codigos)\b")
_LOST_LINE = (r"\b(?:duplicado de (?:mi )?sim|duplicata (?:de )?(?:ma )?(?:carte )?sim|sim-?duplikat|duplicato (?:della )?"
              r"sim|segunda via do chip|me he quedado sin linea|sin (?:red|cobertura|linea|senal)|no puedo entrar en whatsapp|plus de reseau|sim (?:est )?desactivee|"
              r"kein netz|whatsapp ist weg|senza (?:rete|linea|campo)|sem sinal|perdi o whatsapp|(?:mis )?contactos reciben|"
              r"mes contacts recoivent|freunde kriegen|contatti ricevono|contatos (?:tao|estao) recebendo|whatsapp (?:ist )?weg|"
              r"kontakte um geld)")
_SAFE_ACCOUNT = (r"\b(?:cuenta segura|compte (?:de )?(?:securite|securise)|compte securise|schutzkonto|sicheres konto|"
                 r"sicherheitskonto|conto (?:sicuro|di sicurezza)|conta (?:segura|de seguranca))\b")
_NEW_NUMBER = (r"\b(?:he cambiado de numero|cambie de numero|j'ai change de numero|c'est moi maman|neue nummer|hab\w* eine "
               r"neue nummer|ho cambiato numero|troquei de numero|mudei de numero|mae,? (?:sou eu|troquei)|mama,? (?:soy yo|ich "
               r"bin'?s))\b")
_TRANSFERRED = (r"\b(?:transferencia|transferi|hizo un bizum|bizum|vire[rz]?|virement|vient de virer|uberwies\w*|"
                r"uberweisung|uberwiesen|bonifico|pix|transferiu|fez um pix)\b")

# ... or confirmed in the app for a caller, or the card handed over at the door: "j'ai validé 3 fois sur l'appli comme il
# me disait", "hat meine Bankkarte abgeholt ... ich hab ihm die PIN aufgeschrieben"
_VALIDATED = (r"\b(?:(?:he|ha) (?:confirmado|autorizado|validado)|j'ai valide|(?:hab\w*|habe) (?:\w+ ){0,3}(?:freigegeben|"
              r"bestatigt|autorisiert)|ho (?:confermato|autorizzato|convalidato)|(?:aprovei|confirmei|autorizei))\b")
_CARD_TAKEN = (r"\b(?:(?:pin|code) (?:\w+ )?aufgeschrieben|(?:se llevo|recogio) (?:mi )?tarjeta|(?:a|est venu) recuperer ma "
               r"carte|(?:hat|haben) (?:meine )?(?:bank)?karte abgeholt|(?:ha )?ritirato (?:la )?(?:mia )?carta|levou (?:o )?"
               r"(?:meu )?cartao)\b")
# a message from someone using the brand's name, then the account emptied: "me escribió por WhatsApp alguien de
# 'Paquetín' ... pagué los 2,99 y esta mañana me han vaciado la cuenta"
_MESSENGER = (r"\b(?:por|sur|uber|su|pelo|via|en|on) (?:whatsapp|instagram|telegram|facebook|messenger)|"
              r"\b(?:un )?(?:profilo|perfil|profil) (?:de |d')?(?:instagram|whatsapp|facebook)")
_EMPTIED = (r"\b(?:(?:me )?(?:han )?vaciado la cuenta|addebiti|cargos que no|debitos|abbuchungen|prelevements|ueberweisungen|"
            r"uberweisungen|virements? de|bonifici|transferencias que no|que je connais pas|que (?:yo )?no (?:conozco|hice)|que (?:yo )?no he hecho|je n'ai pas fait|nicht (?:ich )?gemacht|"
            r"non ho fatto|(?:que )?nao fiz|partis vers|fregato|mi hanno (?:preso|rubato)|\d[\d.,]{0,12} ?(?:€|eur|euros?) partis|compte est a -|konto (?:ist )?(?:\w+ )?leergeraumt|conto e vuoto|"
            r"conta (?:esta )?zerada|limparam (?:a|minha) conta|vid(?:e|er) (?:mon|le) compte|(?:mi )?hanno svuotato)")
# someone met online sent money, now asking for more: "le mandé 4.000€ para el billete ... hoy me pide otros 2.000"
_CHATTING = (r"\b(?:hablando|chateando|hablo|je parle|j'ecris|ecris|schreibe|chatte|chatto|converso|conversando|falando) "
             r"(?:\w+ ){0,3}(?:con|avec|mit|com)\b")
_SENT_HIM = (r"\b(?:le (?:mande|envie|transferi|di)|le he (?:mandado|enviado|transferido|dado)|je lui ai (?:envoye|vire|donne)|(?:hab|habe)? ?ihm (?:\S+ ){0,6}(?:geschickt|"
             r"uberwiesen|gegeben)|gli ho (?:mandato|inviato|dato|fatto un bonifico)|mandei (?:\w+ ){0,3}(?:pra|para) (?:ele|ela)|"
             r"(?:mandei|enviei|transferi)-lhe|lhe (?:mandei|enviei))\b")
_MET_ONLINE = (r"\b(?:conoci|conocimos|rencontre\w*|kennengelernt|conosciut[ao]|conosciuti|conheci|conhecemos)\b")
_MONEY_GONE = (r"\b(?:dinero|euros?|argent|geld|soldi|dinheiro|reais|transferencia|virement|uberweisung|bonifico|pix)\b")
_TAKEN_OVER = (r"\b(?:(?:me )?(?:han|robaron|hackearon|han robado|han hackeado) (?:la |mi )?cuenta|"
               r"(?:on m'a|ils m'ont) (?:pirate|vole) (?:mon )?compte|compte (?:a ete )?pirate|"
               r"(?:mein )?konto (?:wurde |ist )?(?:gehackt|ubernommen)|"
               r"(?:mi hanno )?(?:hackerato|rubato) (?:il (?:mio )?)?account|account (?:e stato )?hackerato|"
               r"(?:hackearam|roubaram|invadiram) (?:a )?(?:minha )?conta|conta (?:foi )?(?:hackeada|invadida|roubada))")

CUES = {
    "scam_word": _SCAM_WORD,
    "link": _LINK,
    "validated": _VALIDATED,
    "card_taken": _CARD_TAKEN,
    "code_given": _CODE_GIVEN,
    "lost_line": _LOST_LINE,
    "safe_account": _SAFE_ACCOUNT,
    "new_number": _NEW_NUMBER,
    "transferred": _TRANSFERRED,
    "gave_card": _GAVE_CARD,
    "messenger": _MESSENGER,
    "emptied": _EMPTIED,
    "chatting": _CHATTING,
    "sent_him": _SENT_HIM,
    "paid": _PAID_IMPOSTOR,
    "posing": _POSING,
    "met_online": _MET_ONLINE,
    "money": _MONEY_GONE,
    "taken_over": _TAKEN_OVER,
}
