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
_POSING = (r"\b(?:usa o nome d[ea] (?:voces|vcs|vos)|usa (?:el|vuestro) nombre|utilise (?:le |votre )?nom|nutzt (?:euren|ihren) "
           r"namen|usa il (?:vostro )?nome|se hac\w* pasar|haciendose pasar|suplant\w*|se faisai\w* passer|se fait passer|usurp\w*|gab sich als|gibt sich als|"
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
              r"kontakte um geld|(?:linha|linea|ligne|leitung) (?:\S+ ){0,3}(?:ficou muda|morreu|caiu|muerta|se murio|morte|tot)\b|"
              r"ficou sem (?:rede|sinal)|sim (?:non valida|no valida|nao valida|invalide|ungultig)|"
              r"(?:pedindo|pedem|piden|demandent|bitten|chiedono) (?:\S+ ){0,3}(?:pix|bizum|dinero|dinheiro|"
              r"argent|geld|soldi) (?:\S+ ){0,2}(?:em|en|in|a) (?:meu|mi|mon|meinem|mio) nome\b)")
_SAFE_ACCOUNT = (r"\b(?:cuenta segura|compte (?:de )?(?:securite|securise)|compte securise|schutzkonto|sicheres konto|"
                 r"sicherheitskonto|conto (?:sicuro|di sicurezza)|conta (?:segura|de seguranca)|"
                 # ... or money moved "to cancel a charge": "diciendo que acepte un Bizum para anular un cargo"
                 r"(?:acept\w*|hac\w*|envi\w*|mand\w*|accept\w*|faire|envoyer|akzeptier\w*|bestatig\w*|accett\w*|fa(?:re|zer)|"
                 r"aceit\w*|approuv\w*|valid\w*|aprob\w*|genehmig\w*|approv\w*|aprov\w*)\b[^.!?]{0,30}\b(?:bizum|mb ?way|pix|"
                 r"transferencia|virement|uberweisung|bonifico|satispay|paylib|wero|notifs?|notifications?|notificacion\w*|"
                 r"benachrichtigung\w*|notifiche|notificac\w*)\b[^.!?]{0,30}\b(?:para|pour|um|per) [\"'«»“”]? ?(?:anular|cancelar|bloquear|annuler|bloquer|stornieren|(?:\w+ )?zu "
                 r"stornieren|annullare|bloccare|estornar)|(?:para|pour|per) (?:anular|cancelar|annuler|annullare|estornar)\w* "
                 r"(?:\w+ ){0,5}(?:aceptar|accepter|accettare|aceitar|hacer|fazer)\b[^.!?]{0,12}\b(?:bizum|mb ?way|pix|"
                 r"satispay|paylib|wero|twint|transferencia|virement|bonifico))\b")
_NEW_NUMBER = (r"\b(?:he cambiado de numero|cambie de numero|j'ai change de numero|c'est moi maman|neue nummer|hab\w* eine "
               r"neue nummer|ho cambiato numero|troquei de numero|mudei de numero|mae,? (?:sou eu|troquei)|mama,? (?:soy yo|ich "
               r"bin'?s)|(?:hat|habe|hab) (?:jetzt )?eine neue (?:handy)?nummer|(?:de|d'|von|da) (?:um|un|einer) (?:numero novo|numero nuevo|nouveau numero|neuen nummer|numero nuovo)\b"
               r"[^.!?]{0,40}\b(?:dizendo que era|diciendo que era|disant (?:que )?c'etait|behauptet|dicendo che era))\b")
_TRANSFERRED = (r"\b(?:transferencia|transferi|hizo un bizum|bizum|vire[rz]?|virement|vient de virer|uberwies\w*|"
                r"\w*uberweisung|uberwiesen|bonifico|pix|transferiu|fez um pix)\b")

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
             r"(?:\w+ ){0,3}(?:con|avec|mit|com)\b|\bschreib\w* seit (?:\S+ ){1,5}mit (?:einem|einer|ihm|ihr)\b")
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

# a buyer or seller of a listing who asks for gift cards, a code, a fee to release the delivery or a trip to a cash machine
# to "receive" the money: "il venditore ... mi chiede 3 buoni regalo per 'sbloccare la spedizione'", "o comprador pediu para
# eu ir ao multibanco fazer a adesão ao MB Way com o número dele"
_TRADER = (r"\b(?:compratric\w*|compradora|acheteuse|vendedor|comprador|vendeur|acheteur|verkaufer\w*|kaufer\w*|interessent\w*|venditore|acquirente|compratore|"
           r"anuncio|annonce|anzeige|annuncio|inserat)\b")
_TRADE_ASK = (r"\b(?:tarjetas? (?:de )?regalo|cartes?[- ]cadeaux?|gutschein\w*|geschenkkarte\w*|buoni regalo|carte regalo|"
              r"gift ?cards?|vales?[- ]presente|cart(?:ao|oes)[- ]presente|cajero|distributeur|geldautomat\w*|bancomat|"
              r"multibanco|caixa (?:eletronico|multibanco)|mb ?way|(?:para|pour|um|per) [\"'«»“”]? ?(?:recibir|recevoir|empfangen|ricevere|"
              r"receber) ?[\"'«»“”]? "
              r"(?:el |le |l'|das |il |o )?(?:pago|dinero|paiement|argent|geld|zahlung|pagamento|soldi|dinheiro)|"
              r"taxa de liberacao|tasa de liberacion|frais de deblocage|freigabegebuhr|tassa di sblocco|"
              r"(?:sbloccare|desbloquear|debloquer|freischalten|liberar) (?:la |el |le |die |o |a )?(?:spedizione|envio|livraison|"
              r"lieferung|versand|entrega)|(?:richiesta|solicitud|pedido|demande|anfrage) (?:de |di )?(?:pago |pagamento |paiement )?"
              r"(?:satispay|bizum|pix|mb ?way|twint|paypal|lydia|wero)|fuera de la (?:app|plataforma|aplicacion)|en dehors de (?:l'appli\w*|la plateforme)|"
              r"ausserhalb (?:der|von) (?:app|plattform)|fuori (?:dall'app|dalla piattaforma)|fora (?:da|do) (?:app|aplicativo|"
              r"plataforma))\b")
# ... asked for or needed, not a voucher named ("me pide", "il veut", "verlangt", "necesitaba dinero", "m'a envoyé un lien"),
# or paid to one who then vanished ("o vendedor bloqueou-me, o anúncio desapareceu")
_ASKS = (r"\b(?:pid\w*|pide|quiere|exig\w*|me dijo|hace comprar|demand\w*|veut|voulait|fait acheter|verlang\w*|will|wollte|"
         r"soll ich|muss ich|wollen|lasst \w+ kaufen|chied\w*|vuole|voleva|pretend\w*|fa comprare|ped\w*|quer|queria|faz comprar|insist\w*|"
         r"necesit\w*|besoin|brauch\w*|bisogno|precis\w*|(?:envoy\w*|mand\w*|envi\w*|geschickt|inviat\w*) (?:\w+ )?(?:un |una |"
         r"einen |um )?(?:lien|link|enlace)|bloque\w*|bloqueou|blockiert|bloccat\w*|desapareci\w*|disparu\w*|verschwunden|"
         r"sparit\w*|desapareceu|devo (?:solo )?accettare|tengo que aceptar|je dois (?:juste )?accepter|muss (?:nur )?(?:annehmen|"
         r"akzeptieren|bestatigen)|tenho (?:so )?(?:de|que) aceitar|disse para|dijo que (?:fuera|vaya)|m'a dit d'aller|"
         r"mi ha detto di|muss (?:erst|zuerst)|soll (?:ihm|ihr) (?:\S+ ){0,3}schicken)\b")
# money asked for by someone met or written to online: "soll ich noch 3000 Franken in Bitcoin schicken sonst kommt er
# nicht aus dem Zoll"
_ASKED_TO_SEND = (r"\b(?:me (?:esta )?pid\w* (?:que )?(?:deposit\w*|invert\w*|mand\w*|envi\w*|transfier\w*)|(?:soll|muss) ich "
                  r"(?:\S+ ){0,6}(?:schicken|uberweisen|senden|einzahlen)|me (?:pide|pidio|pidi[oó]) (?:que le (?:mande|"
                  r"envie|transfiera)|dinero|plata)|(?:il|elle) me (?:re)?demande (?:de lui )?(?:envoyer|virer|de l'argent|\d)|mi chiede "
                  r"(?:di (?:mandare|inviare)|soldi)|(?:ele|ela) (?:me )?pede (?:para )?(?:mandar|enviar|transferir|dinheiro))\b")

# money to take out because a caller says it isn't safe at the bank: "will 15.000€ abheben, weil ein 'Polizist' am Telefon
# sagt, ihr Geld ist bei euch nicht sicher"
_NOT_SAFE_THERE = (r"\b(?:nicht (?:mehr )?sicher|no esta(?:n)? segur[oa]s?|ya no esta seguro|(?:pas|plus) en securite|n'est (?:pas|"
                   r"plus) en securite|non (?:e|sono) (?:piu )?al sicuro|nao esta(?:o)? segur[oa]s?)\b")
_WITHDRAW = (r"\b(?:abheben|abzuheben|retirar|sacar|retirer|prelevare|ritirare|levantar)\b")

# remote access handed over ("haben mir AnyDesk installiert"), and a relative's bail or accident fee collected at the door
_REMOTE_APP = r"\b(?:anydesk|teamviewer|rustdesk|ammyy)\b"
_BAIL = (r"\b(?:cauzione|fianza|caution|kaution|fianca|cau[cç]ao)\b|\b(?:incaricat\w*|mensajero|coursier|bote|estafeta|"
         r"portador)\b[^.!?]{0,40}\b(?:ritirare|recoger|recuperer|abholen|buscar|levantar)\b")

CUES = {
    "remote_app": _REMOTE_APP,
    "bail": _BAIL,
    "not_safe_there": _NOT_SAFE_THERE,
    "withdraw": _WITHDRAW,
    "trader": _TRADER,
    "trade_ask": _TRADE_ASK,
    "asks": _ASKS,
    "asked_to_send": _ASKED_TO_SEND,
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
