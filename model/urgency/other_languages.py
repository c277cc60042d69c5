"""Danger and scams told in Spanish, French, German, Italian or Portuguese.

The English rules (`distress`, `scams`) read English only, so a German face swelling shut or a Spanish date banging
on the door got a holding reply. These patterns name the same situations in the bank's five other languages; each
English rule also asks `situations_in`, so every reader of a situation (the reasons, the drafts' advice) sees it.

Texts are read lower-cased and without accents ("está" as "esta", "Tür" as "tur"), so one pattern covers a phone's
spelling with or without them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# told of the past, or over now: "la semana pasada", "vor drei Wochen", "ja estou bem"
_PAST = (r"\b(?:la semana pasada|el (?:ano|mes) pasado|hace (?:\d+|un|una|unos|unas|dos|tres|varios|varias) (?:dias?|semanas?|"
         r"mes(?:es)?|anos?)|la semaine derniere|l'annee derniere|le mois dernier|l'an dernier|il y a (?:\d+|un|une|deux|trois|"
         r"quelques) (?:jours?|semaines?|mois|ans?)|letzte[nr]? (?:woche|monat|jahr)|vor (?:\d+|einer?|zwei|drei|ein paar|"
         r"einigen) (?:tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|(?:la )?settimana scorsa|l'anno scorso|il mese scorso|"
         r"(?:\d+|un|una|due|tre|qualche) (?:giorn[oi]|settimane?|mes[ei]|ann[oi]) fa|(?:na )?semana passada|(?:no )?ano "
         r"passado|(?:no )?mes passado|ha (?:\d+|um|uma|dois|duas|tres|uns|umas) (?:dias?|semanas?|mes(?:es)?|anos?)|"
         r"(?:\d+|dois|tres) (?:dias|semanas|meses|anos) atras|(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) "
         r"pasado|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier|letzten (?:montag|dienstag|mittwoch|"
         r"donnerstag|freitag|samstag|sonntag)|(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) scorso|"
         r"(?:segunda|terca|quarta|quinta|sexta)(?:-feira)? passada)\b")
# ... or over: "ya estoy bien", "tout va bien maintenant", "alles wieder gut"
_OVER = (r"\b(?:ya (?:estoy|esta|estamos) bien|tout va bien(?! ?\?)|ya (?:se )?(?:paso|ha pasado)|tout va bien maintenant|ca va mieux|"
         r"(?:ist )?(?:alles )?wieder (?:gut|ok)|geht (?:mir|ihm|ihr) wieder gut|ora sto bene|(?:e )?passato tutto|"
         r"ja (?:estou|esta|estamos) bem|ja passou)\b")
# ... unless the same sentence comes to today: "fiz piercing na língua há 4 dias e agora a língua está enorme"
_TODAY = re.compile(r"\b(?:ahora|maintenant|en ce moment|jetzt|gerade|adesso|agora|neste momento|aujourd'hui|hoy|heute|oggi|"
                    r"hoje|desde (?:ayer|anoche|esta|ontem|hoje)|depuis (?:hier|ce)|seit (?:gestern|heute)|da (?:ieri|"
                    r"stamattina|stanotte))\b")
# a joke or a film, not a danger: "me muero de risa", "ich lach mich tot", "la serie sobre una agresion"
_NOT_REAL = (r"\b(?:jaja\w*|jeje\w*|mdr|ptdr|haha\w*|kkk+|rsrs\w*|lol|xd)\b|\U0001f602|\U0001f923|<3|&lt;3|\*-\*|"
             r"\b(?:de (?:la )?risa|de rire|vor lachen|dal ridere|de rir|a rir)\b|"
             r"\b(?:pelicula|documental|film|filme|documentaire|documentario|episodi\w*|episode|capitulo|(?:un|el|este|le|ce|"
             r"das|ein|il|questo|o|um|este) (?:libro|livre|buch|livro|romanzo|novela|serie|series))\b")
_AFRAID = (r"\b(?:miedo|asustad[ao]|aterrad[ao]|acojonad[ao]|socorro|ayuda|ayudadme|ayudame|que hago|que puedo hacer|"
           r"peur|terrifie\w*|effraye\w*|panique\w*|au secours|aidez[- ]moi|a l'aide|que faire|je fais quoi|quoi faire|"
           r"angst|panik|hilfe|was soll ich (?:tun|machen)|was mach ich|"
           r"paura|terrorizzat[ao]|spaventat[ao]|aiuto|aiutatemi|cosa faccio|che faccio|cosa devo fare|"
           r"medo|apavorad[ao]|assustad[ao]|socorro|ajuda|me ajud\w+|o que (?:eu )?fa[cs]o|o que devo fazer)\b")
# fear said more strongly than "what do I do": alone with a child, locked in, he knows where I live, my name shouted
_ALONE_FEAR = (r"\b(?:(?:estoy|je suis|ich bin|bin|sono|estou|to) (?:\w+ )?(?:sola?|seule?|allein|sozinha?)|"
               r"(?:encerrad[ao]|enfermee?|eingeschlossen|chius[ao] (?:dentro|in)|trancad[ao])|"
               r"sabe (?:donde|onde) (?:vivo|moro)|sait ou j'habite|weiss,? wo ich wohne|sa dove abito|"
               r"(?:gritando|grita|gritandome|crie|hurle|ruft|schreit|urla|gritando) (?:\w+ )?(?:mi|mon|meinen|il mio|meu) "
               r"(?:nombre|nom|namen|nome)|guarradas|remarques sur mon corps|non si rassegna|no me deja en paz|"
               r"me lache pas|lasst mich nicht in ruhe|nao me deixa em paz|"
               r"(?:tiene|il a|hat|ha|tem) (?:mi|mon|meine|il mio|o meu|meu) (?:direccion|adresse|indirizzo|endereco)|"
               r"starrt|me mira fijamente|me fixe|mi fissa|me encarando|ich warte|j'attends|te espero|ti aspetto|to te esperando|"
               r"ringraziarlo meglio|(?:voie|sache|sepa|vea|sappia|veda|saiba|veja) (?:\w+ )?(?:ou|donde|dove|onde) "
               r"(?:j'habite|vivo|abito|moro)|wo ich wohne|"
               # told to go and still there: "obwohl ich ihm gesagt hab er soll abhauen"
               r"(?:soll|sollte) (?:abhauen|verschwinden|gehen)|que se (?:fuera|largara)|que me dejara|de (?:partir|me laisser)|"
               r"di andarsene|(?:de|pra|para) (?:me deixar|ir embora))")
_NOW = (r"\b(?:ahora(?: mismo)?|en este momento|ya|todavia|aun|sigue|maintenant|en ce moment|toujours|encore|"
        r"gerade|jetzt|immer noch|noch|adesso|ora|in questo momento|ancora|agora|neste momento|ainda|ja)\b")

# someone at the door now, trying to get in or not leaving
_DOOR = (
    # es
    r"\b(?:aporrea\w*|golpea\w*|pega\w* (?:golpes|patadas|punetazos)|patea\w*|da\w* (?:golpes|patadas)|llamando|toca\w*|"
    r"forceja\w*|intenta\w* abrir) (?:a |en |contra )?(?:la |el |mi )?(?:puerta|porton|portal|telefonillo|timbre)|"
    r"\bpuerta\b[^.!?]{0,40}\b(?:aporrea|golpea|patea)\w*|"
    r"(?:sigue|esta|se ha quedado) (?:\w+ ){0,2}(?:abajo|fuera|afuera|en el portal|delante)|"
    r"(?:esta|sigue|lleva\w*|se ha quedado|espera\w*) (?:\w+ ){0,3}(?:en|delante de|frente a|fuera de|afuera de|abajo de) "
    r"(?:mi |la )?(?:puerta|portal|casa|edificio|piso|apartamento)|intentando (?:entrar|abrir)|quiere entrar|"
    r"no se (?:quiere )?(?:va|ir|marcha)\b|"
    r"\b(?:toca\w* (?:el timbre|el telefonillo|el portero)|sonne\w* (?:a l'interphone|a la porte)|sonne en boucle|"
    r"klingelt\w*|suona\w* (?:il campanello|al citofono)|(?:toca|tocando|a tocar) (?:a campainha|o interfone))\b|"
    r"\b(?:esperando|espera|wartet|attend|aspetta|parado|a espera) (?:\w+ ){0,3}(?:fuera|afuera|abajo|dehors|draussen|fuori|"
    r"la fora|em frente)|\b(?:sitzt|sta|esta|reste|fica) (?:\w+ ){0,4}(?:im auto|en el coche|dans (?:la|sa) voiture|in macchina|"
    r"no carro) (?:\w+ ){0,2}(?:gegenuber|enfrente|en face|di fronte|em frente)|"
    r"\b(?:no me deja (?:salir|bajar)|(?:ne )?veut pas me laisser (?:sortir|descendre|debarquer)|lasst (?:er |sie )?mich nicht raus|"
    r"non mi (?:fa|lascia) (?:scendere|uscire)|nao me deixa (?:sair|descer)|(?:fuss|pied|pie|piede|pe) (?:in die|dans la|en la|"
    r"nella|na) (?:tur|porte|puerta|porta)|(?:prova|intenta|essaie|versucht|tenta\w*) (?:ad |a |de |d')?(?:aprir\w*|abrir|"
    r"ouvrir) (?:\w+ ){0,3}(?:con una chiave|con una llave|avec une cle|mit einem schlussel|com uma chave)|"
    r"(?:a )?mexer na fechadura|an der (?:beifahrer|fahrer)?tur gezogen)\b|"
    # fr
    r"\b(?:tambourine|frappe|cogne|tape|donne des coups|martele|defonce|secoue)\w* (?:\w+ ){0,2}(?:a|sur|contre|dans) "
    r"(?:ma|la) porte|\b(?:est|reste|attend|attends)\w* (?:\w+ ){0,2}(?:devant|derriere|a) (?:ma|la) porte|"
    r"(?:devant|en bas de) (?:chez moi|mon immeuble|l'immeuble|ma maison|mon appart\w*)|essa[iy]\w* d'(?:entrer|ouvrir|rentrer)|"
    r"essaye de (?:rentrer|entrer)|"
    r"veut (?:pas )?(?:partir|entrer|rentrer)|ne (?:veut|part) pas\b|"
    # de
    r"\b(?:steht|wartet|ist|sitzt|lungert)\w* (?:\w+ ){0,3}(?:vor|an) (?:meiner|meinem|der|dem|unserer|unserem) "
    r"(?:\w+)?(?:tur|haus|wohnung|gebaude)|klingelt sturm|"
    r"\b(?:hammert|klopft|schlagt|trommelt|tritt|rutteln?|ruttelt|klingelt) (?:\w+ ){0,3}(?:an|gegen) (?:meine|die|unsere) "
    r"(?:\w+)?tur|(?:vor|an) (?:meiner|der|unserer) (?:\w+)?tur\b[^.!?]{0,40}\b(?:hammert|klopft|schlagt|steht|klingelt)|"
    r"versucht\w* (?:\w+ ){0,2}(?:reinzukommen|hereinzukommen|einzudringen|aufzubrechen|aufzumachen|die tur)|geht nicht weg|"
    # it
    r"\b(?:bussa|batte|picchia|prende a (?:pugni|calci)|colpisce|martella|tempesta)\w* (?:\w+ ){0,2}(?:alla|la|il|al|contro "
    r"(?:la|il)) (?:mia |mio )?(?:porta|portone|cancello|citofono)|\b(?:e|sta|resta|aspetta)\w* (?:\w+ ){0,2}(?:davanti|fuori|"
    r"sotto) (?:a|al|alla|allo|dal|dalla|da|casa)(?:\w| ){0,12}|cerca\w* di (?:entrare|aprire)|non se ne (?:va|vuole andare)|"
    # pt
    r"\b(?:bate\w*|batendo|esmurra\w*|soca\w*|chuta\w*|forca\w*|a bater|a esmurrar|a forcar) (?:\w+ ){0,2}(?:na|a|o|no|em) "
    r"(?:minha |meu )?(?:porta|portao|campainha|janela)|\b(?:esta|ta|ficou|continua|fica)\w* (?:\w+ ){0,3}(?:na|a|em frente a|a frente da|a porta da|"
    r"a porta de|na porta da|na frente da|do lado de fora da|fora da) (?:minha )?(?:porta|casa|predio|apartamento|ap)\b|"
    r"tentando (?:entrar|abrir)|a tentar (?:entrar|abrir)|nao (?:quer )?(?:vai|ir|se vai) embora")
# the person at the door is someone feared, or met through the brand: not the courier with the parcel
_DOOR_WHO = (r"\b(?:se presentant comme|se presentando como|behauptet,? er sei|dice di essere|diz que e|dice que es de|"
             r"senza tesserino|sin (?:identificacion|placa)|sans badge|ohne ausweis|sem cracha|me (?:ha )?(?:seguido|siguio|sigue)|m'a suivie?|me suit|mich verfolgt|ist mir gefolgt|folgt mir|"
             r"mi ha seguit[ao]|mi segue|me seguiu|me segue|seguiu-me|mi ex|mon ex|mein ex|il mio ex|o meu ex|meu ex|"
             r"la cita|mi cita|mon rendez-vous|mein date|das date|l'appuntamento|o encontro|match|desconocido|inconnu|"
             r"fremder|unbekannt\w*|sconosciut\w*|desconhecid\w*|estranho|borracho|ivre|betrunken|ubriaco|bebado|"
             r"agresiv\w*|agressi\w*|aggressiv\w*|amenaz\w*|menac\w*|droh\w*|minacci\w*|ameac\w*|grit\w*|hurle|crie|"
             r"schreit|urla)\b")
# ... or told by its parts: someone at or outside the writer's place (the door, the building, the unit, the car), pressing
# to get in or waiting, and the writer afraid or alone: "sigue aparcado enfrente con las luces apagadas ... estoy sola",
# "rüttelt von außen am Rolltor und sagt ich soll aufmachen", "é sotto casa mia da un'ora ... continua a citofonare"
_AT_PLACE = (r"\b(?:puerta|portal|porton|persiana|enfrente|abajo|afuera|fuera|rellano|telefonillo|timbre|trastero|"
             r"porte|en bas|dehors|devant|palier|interphone|box|banquette|"
             r"tur|tor|rolltor|draussen|eingang|unten|abteil|lagerabteil|"
             r"porta|portone|sotto casa|sotto|fuori|pianerottolo|citofon\w*|cancello|"
             r"portao|frente|la fora|predio|corredor|armazem|vidro)\b")
_PRESSING = (r"\b(?:golpea\w*|frappant|bussando|batendo|vuole entrare|continua a suonare|quiere entrar|veut (?:entrer|rentrer)|"
             r"will rein|quer entrar|sigue|siguen|no se (?:va|van|marcha)|empuja\w*|tirando|intenta\w* (?:abrir|entrar)|dice que (?:abra|baje)|"
             r"aparcado|esperando|me mira|bajas|"
             r"frappe|sonne|essaie d'ouvrir|veut pas partir|attend|me fixe|s'est redresse|est revenu|"
             r"steht|wartet|rutt?elt|versucht|aufmachen|aufzumachen|geht nicht weg|"
             r"continua a (?:bussare|citofonare)|citofona\w*|bussa|parcheggiato|sei sveglia|aspetta|"
             r"parado|a forcar|forcando|diz para (?:eu )?abrir|desce ai|me olhando|esperando)\b")
_ALONE_NOW = (r"\b(?:estoy sola?|sola en casa|tengo miedo|(?:j'ai|jai) (?:vraiment )?peur|chui seule?|je suis seule?|"
              r"ich hab\w* angst|bin allein|ho paura|sono sola?|to sozinha?|estou sozinha?|tenho medo|socorro|au secours|hilfe|"
              r"aiuto|ayuda|como tiene mi numero|comment il a eu mon (?:adresse|numero)|come ha il mio numero|como (?:ele )?tem "
              r"meu numero|(?:he|ho|hab\w*|j'ai) (?:\w+ )?(?:llamado al|chiamato il|appele le|die polizei) ?(?:112|091|17|110)?|"
              r"polizei ist (?:an)?gerufen|ho chiamato il 112|tengo 80 anos|schickt wen|bitte schnell|rapido|"
              # nobody answering, the cameras asked for, the door blocked
              r"(?:vigilante|gardien|guardia|custode|seguranca|securite|wachmann|security) (?:\w+ )?(?:no contesta|(?:ne )?repond "
              r"pas|nicht (?:ran|erreichbar)|non risponde|nao atende)|notfallknopf geht nicht|(?:ver|voyez|auf|vejam|guardate) "
              r"(?:las |les |die |as |le )?(?:camaras|cameras|kameras|telecamere)|(?:he bloqueado|j'ai bloque|ho bloccato|"
              r"bloqueei|tranquei|hab\w* (?:die tur )?blockiert)|plus personne autour|manden a alguien|mandate qualcuno|"
              r"mandem alguem|envoyez quelqu'un|schickt (?:jemand|wen)|no puedo salir|je (?:ne )?peux pas sortir|kann nicht raus|"
              r"non posso uscire|nao consigo sair|(?:recepcion|reception|rezeption|recepcao|rececao) (?:no|ne|niemand|non|nao)\b|"
              r"(?:no|ne|non|nao) (?:\w+ ){0,2}(?:atiende|repond|risponde|atende)|hotline geht nicht)\b|\U0001f630|"
              r"\U0001f628|\U0001f631")

# a caller with a reason: the courier, the technician, the parcel
_DOOR_VISIT = (r"\b(?:paquete|pedido|repartidor|tecnico|cartero|colis|livreur|commande|technicien|facteur|paket|bote|"
               r"lieferung|techniker|postbote|pacco|corriere|fattorino|tecnico|postino|encomenda|entregador|carteiro|"
               r"frigo\w*|nevera|heladera|kuhlschrank|geladeira|frigorifico|armario|placard|schrank)\b")

# a stranger inside their place now (a home, a storage unit, a room)
_INTRUDER = (r"\b(?:hay|esta|veo) (?:alguien|un (?:hombre|tipo|tio|desconocido)|gente|una persona) (?:\w+ ){0,2}?(?:dentro|en "
             r"(?:mi|el|la) (?:casa|piso|trastero|habitacion|box|garaje|local))|alguien (?:ha entrado|esta dentro|sigue dentro|"
             r"se ha metido)|"
             r"\b(?:il y a|j'entends|je vois) (?:quelqu'un|un (?:homme|mec|type|inconnu)|des gens) (?:\w+ ){0,2}?(?:dans|a "
             r"l'interieur)|quelqu'un (?:est (?:entre|rentre|dans|a l'interieur)|s'est introduit)|(?:y )?a quelqu'un a l'interieur|"
             r"\b(?:da ist|ist) (?:jemand|ein (?:mann|typ|fremder)|ein fremder) (?:\w+ ){0,3}?(?:in meine\w*|drin|im|in der|in "
             r"unsere\w*)|jemand (?:ist (?:eingebrochen|eingedrungen|in meine\w*|drin)|bricht (?:gerade )?ein)|drinnen (?:\w+ )?jemand|"
             r"jemand (?:\w+ )?drinnen|"
             r"\bc'e (?:qualcuno|un (?:uomo|tizio|estraneo|tipo)|gente) (?:\w+ ){0,2}?(?:dentro|in casa|nel|nella|in camera)|"
             r"qualcuno (?:e entrato|e dentro|sta entrando)|"
             r"\b(?:tem|ha|esta) (?:alguem|um (?:homem|cara|tipo|estranho|desconhecido)) (?:\w+ ){0,2}?(?:dentro|na minha|no meu|"
             r"em casa|la dentro)|alguem (?:entrou|esta dentro|invadiu|esta a entrar|esta entrando)")

_INTRUDER_SEEN = (r"\b(?:camara|camera|kamera|telecamera|appli|app|alarma|alarme|alarm|allarme|bewegungsmelder|sensor)\b"
                  r"[\s\S]{0,80}?\b(?:un hombre|dos hombres|alguien|un tipo|gente|un homme|quelqu'un|deux hommes|des gens|ein\w* "
                  r"mann|jemand\w*|zwei manner|einen mann|un uomo|due (?:uomini|incappucciati|persone)|qualcuno|incappucciat\w*|um homem|"
                  r"alguem|dois homens|uma pessoa)\b")
_HIDING = (r"\b(?:encerrad[ao]|escondid[ao]|me escondo|enfermee?|cachee?|je me cache|eingeschlossen|eingesperrt|versteck\w*|bin oben|"
           r"chius[ao] in|nascost[ao]|siamo di sopra|sono di sopra|trancad[ao]|escondid[ao]|(?:to|estou|estamos|tamos) no andar "
           r"de cima|(?:no|en el) (?:bano|banheiro)|(?:la|die|a) central\w* (?:no|ne|nimmt|non|nao)|leitstelle|centrale)\b")

# following the customer now
_FOLLOWED = (r"\b(?:me (?:esta|sigue|va|lleva\w*) (?:\w+ )?siguiendo|me sigue (?:desde|hasta|por|a todas|a todos|de cerca|"
             r"otra vez|y)\b|"
             r"(?:il|elle|un homme|un mec|quelqu'un) me (?:suit|colle|poursuit)|me suit depuis|"
             r"(?:er|sie|jemand|ein mann|ein typ) (?:verfolgt|folgt) mir|verfolgt mich|folgt mir (?:seit|schon|immer|die ganze)|"
             r"mi (?:sta|stanno) seguendo|mi segue (?:da|fino|dappertutto|ovunque)\b|continua a seguirmi|"
             r"(?:esta|ta|continua) (?:me )?(?:a )?seguir(?:-me|ndo)|me (?:esta|ta) seguindo|me segue (?:desde|ate|ha))|"
             r"\b(?:lo tengo detras|detras de mi|derriere moi|(?:lauft|geht|fahrt|rennt|ist) mir (?:\S+ ){0,5}hinterher|hinter mir "
             r"her|dietro di me|alle mie spalle|atras de mim|"
             r"vindo atras|me colle depuis)\b")

# an allergic reaction under way
_ALLERGY = (r"\b(?:labios?|lengua|garganta|levres?|langue|gorge|lippen?|zunge|hals|rachen|labbra|lingua|gola|lingua|boca|"
            r"bouche|mund|bocca)\b[^.!?]{0,35}?\b(?:hinch\w*|inflam\w*|cerrando|se cierra|gonfl\w*|enfl\w*|se (?:serre|ferme)|"
            r"serree|fermee|schwill\w*|geschwollen|angeschwollen|dick|schnurt|zu ?geht|eng|gonfi\w*|si (?:chiude|stringe)|"
            r"chiusa|inchad\w*|inchan\w*|a inchar|fechando|a fechar|fechada)|"
            r"\b(?:se me cierra|se (?:me )?esta cerrando|me cierra) la garganta|"
            r"\b(?:lengua|langue|zunge|lingua)\b[^.!?]{0,30}?\b(?:ingross\w*|enorme|devient enorme|grossit|dick\w*|wird "
            r"grosser|crescendo|a crescer|aumentando)|"
            r"\b(?:reaccion alergica|reaction allergique|allergische reaktion|allergischen? schock|reazione allergica|"
            r"reacao alergica|shock anafilattico|choque anafilatico|choc anaphylactique|anaphylaktischer schock)\b")

# ... or told by what it does: hives or red patches, an allergen or a new product, with a cough, a wheeze or breath
# short ("le han salido manchas rojas en el cuello y respira raro", "les paupières énormes et je respire mal")
_SKIN = (r"\b(?:ronchas|habones|urticaria|manchas rojas|plaques|boutons|rougeurs|urticaire|rote flecken|rote quaddeln|"
         r"quaddeln|ausschlag|chiazze|pomfi|orticaria|placas vermelhas|manchas vermelhas|brotoeja|vergoes|vergao|colorad[oa]|"
         r"(?:labios|levres|lippen|labbra|paupieres|parpados|augenlider|palpebre|palpebras) (?:\w+ )?(?:gordisim\w*|enormes?|"
         r"dick\w*|riesig|enormi|gigantes))\b|"
         r"\b(?:parpados|ojos|cara|frente|paupieres|yeux|visage|front|augen|augenlider|gesicht|stirn|occhi|palpebre|faccia|"
         r"viso|fronte|olhos|palpebras|rosto|testa|face)\b[^.!?]{0,25}?\b(?:hinch\w*|como pelotas|gonfl\w*|enfl\w*|schwill\w*|zu|"
         r"geschwollen|gonfi\w*|inchad\w*|a inchar|inchando)|\b(?:hinchan|gonfiare|gonflent|schwellen|inchar)\b[^.!?]{0,30}?"
         r"\b(?:ojos|yeux|augen|occhi|olhos)\b|"
         r"\b(?:me pica todo|pica todo el cuerpo|me gratte de partout|ca me gratte|juckt (?:\w+ )?(?:ganze|uberall)|mi gratto "
         r"ovunque|coca tudo|comichao)")
_AIRWAY = (r"\b(?:respira (?:raro|mal|con dificultad|fatal)|me cuesta (?:respirar|tragar)|le cuesta (?:respirar|tragar)|"
           r"tos(?:e|iendo)|pitidos?|me pica (?:toda )?la garganta|"
           r"respire mal|du mal a (?:respirer|avaler)|tousse|siffle|"
           r"hustet|pfeift beim atmen|keucht|schwer luft|kaum luft|krieg\w* keine luft|kratzt im hals|"
           r"tossisce|respiro corto|fiato corto|fatica a respirare|respira male|fischia|"
           r"chiado|falta de ar|tossindo|tosse|respira(?:ndo)? mal|dificuldade (?:para|em|a) respirar|"
           r"pitan los pulmones|silba al respirar|siffle quand|japst|respira con un fischio|voz ronca|voix (?:rauque|cassee)|"
           r"heiser\w*|voce rauca|voz rouca|etouff\w*|ersticken|erstick\w*|soffoc\w*|sufoc\w*|ahog\w*|parlo a fatica|"
           r"a peine a parler|apenas puedo hablar|kann kaum (?:sprechen|reden)|mal consigo falar|boca (?:como )?dormida|"
           r"gola che pizzica|pizzica la gola|garganta (?:me )?pica|gorge qui gratte|silband\w*|sibilan\w*|pfeifend|chiando|"
           r"gola che (?:stringe|si chiude)|gorge qui (?:serre|se ferme)|garganta (?:como )?cerrada|cocando a garganta|"
           r"lengua (?:como )?dormida|se agarra el cuello|zugeschwollen|me falta el aire|mi manca (?:il )?fiato|manque d'air|"
           r"schlecht luft|luftnot|falta-me o ar|(?:estou|estoy|sono) (?:tont[ao]|mareada?|stordit[ao])|schwindlig|"
           r"kratzt (?:der|im) hals|schlucken geht schwer|(?:si|se|me|le) (?:\w+ )?(?:chiude|cierra|ferme|fecha) (?:la |a )?"
           r"(?:gola|garganta|gorge)|fait une reaction)\b")
_ALLERGEN = (r"\b(?:alergic[oa]|allergi\w*|alergi\w*|allergique|(?:sin|sans|ohne|senza|sem) (?:cacahuete|frutos secos|nueces|"
             r"gluten|huevo|leche|arachides?|noix|lait|oeufs?|nusse|erdnusse|milch|noci|arachidi|latte|uova|amendoim|nozes|"
             r"leite|ovos?)|mascarilla|crema|creme|serum|siero|soro|mascara|tinte|teinture|farbe|tintura|tinta|gommage|"
             r"maske|gesichtsmaske|ibuprofeno?|antibiotic\w*|antibiotiqu\w*|antibiotik\w*|amoxicil+in\w*|medicament\w*|"
             r"medikament\w*|compressa|pastilla|comprimido|tablette|marisco|crustaces|schalentier\w*|arachidi|gelato|"
             r"mariscos?|frutos do mar|cacahuete|amendoim|noix|nusse|noci|penicilin\w*|penicillin\w*|crostacei|gamberi|"
             r"ei\b|huevo|(?:picad[oa]|piquee?|gestochen|punt[oa]) (?:por|par|von|da) (?:una |une |ner |einer |uma )?(?:avispa|"
             r"abeja|guepe|abeille|wespe|biene|vespa|ape|abelha))\b")

# a face or cheek swelling fast: an eye closing, a fever, hard to swallow
_FACE_PART = (r"(?:face|cara|mejilla|cachete|mandibula|encia|moflete|cuello|parpado|ojo|lengua|joue|visage|machoire|gencive|cou|"
              r"paupiere|oeil|langue|wange|gesicht|kiefer|backe|zahnfleisch|hals|lid|augenlid|auge|zunge|guancia|faccia|viso|"
              r"mascella|gengiva|collo|palpebra|occhio|lingua|bochecha|rosto|maxilar|pescoco|olho)")
_SWELL_WORD = (r"(?:schwellung|hinchazon|gonflement|gonfiore|inchaco|hinch\w*|inflad\w*|inflamad\w*|gonfl\w*|enfl\w*|geschwollen|angeschwollen|zugeschwollen|schwill\w*|dick|"
               r"gonfi\w*|inchad\w*|inchando|inchou|incharam|a inchar|deformad\w*|deforme|verformt|deformat\w*|enorme|riesig|"
               r"enormi)")
# a face, jaw or neck swelling fast: "media cara inflada", "schwillt mein Kiefer immer mehr an", "la joue a doublé"
_SWELLING = (rf"\b{_FACE_PART}\b[^.!?]{{0,40}}?\b{_SWELL_WORD}|\b(?:hinch|gonfl|schwill|schwell|gonfi|inch|enfl)\w* "
             rf"(?:\w+ ){{0,3}}{_FACE_PART}\b|"
             r"\b(?:cara|mejilla|joue|wange|guancia|bochecha|rosto) (?:\w+ ){0,2}(?:como un balon|como una pelota|a double\b|"
             r"comme un ballon|wie ein ballon|come un (?:melone|pallone)|como uma bola)|"
             r"\b(?:flemon|absceso|abces|abszess|ascesso|abscesso)\b|\bdicke[nr]? (?:\w+ )?(?:hals|wange|backe|gesicht)\b")
# ... and serious: an eye closing, a fever, hard to swallow or breathe, shivering, numb
_SWELLING_SEVERE = (r"\b(?:ojo|oeil|yeux|auge|occhio|olho)\b[^.!?]{0,30}?\b(?:cerr\w*|ferm\w*|zu|geschlossen|chius\w*|fech\w*|"
                    r"geht nicht mehr auf|no (?:se )?abre|no lo abro|s'ouvre plus|n'ouvre plus|nicht mehr auf|non si apre|"
                    r"non (?:lo )?apro|nao abre)|\bzugeschwollen\b|\b(?:schlucken|kaum luft)\b|"
                    r"\b(?:no puedo abrir el ojo|fiebre|tragar|fievre|avaler|fieber|schlucken|febbre|deglutire|ingoiare|"
                    r"mandare giu|deglutir|febre|engolir|babeo|babeando|bave|sabber\w*|sbavo|babo|cada vez (?:mas|peor)|"
                    r"de plus en plus|immer (?:mehr|schlimmer)|sempre (?:piu|peggio)|cada vez (?:mais|pior)|pus|temblar|"
                    r"tiritando|escalofrios|frissons|grelotte|zitter\w*|schuttelfrost|brividi|arrepios|calafrio|no (?:lo )?siento|"
                    r"je (?:ne )?sens plus|spure (?:ich )?nicht|non (?:la )?sento|nao sinto|respiro male|respire mal|respira mal|"
                    r"atme schlecht|krieg\w* schlecht\w* luft|descend dans le cou|descendo pro pescoco|bis unters kinn|"
                    r"in den hals|(?:mal|weh) (?:en|beim) (?:avalant|schlucken))\b")
_FEVER = re.compile(r"\b(?:fiebre|fievre|fieber|febbre|febre|\d\d[.,]\d ?(?:°|grad|gradi|graus|degres)?)\b")
# a mild swelling going down, no fever: "la joue est un peu gonflée mais ça dégonfle", "leicht geschwollen ... kein Fieber"
_SWELLING_MILD = (r"\b(?:un peu|legerement|leicht|etwas|un po'?|un poco|poco|ligeramente|um pouco|levemente)\b[^.!?]{0,12}"
                  rf"{_SWELL_WORD}|\b(?:pas de|sans|kein|keine|niente|senza|sin|sem|nada de) (?:\w+ )?(?:fievre|fieber|febbre|"
                  r"fiebre|febre)\b|\b(?:degonfle|wird (?:\w+ )?besser|migliora|mejora|melhora|va mieux|baja|abschwillt)\b")

# a sexual assault told of
_ASSAULT = (r"\b(?:me (?:violo|violaron|ha violado|han violado|agredio sexualmente|manose\w*|toqueteo\w*|metio mano)|"
            r"me (?:toco|ha tocado|tocaba) (?:\w+ ){0,2}(?:sin (?:mi )?(?:permiso|consentimiento)|aunque|el (?:culo|pecho|trasero)|"
            r"los pechos|la pierna|entre)|"
            r"violacion|abus(?:o|aron|o de mi) sexual\w*|abuso de mi|agresion sexual|acoso sexual|"
            r"m'a (?:violee?|touchee?|agressee? sexuellement|pelotee?)|(?:j'ai ete|ete) violee?|viol\b|agression sexuelle|"
            r"attouchements?|abus sexuel|harcelement sexuel|"
            r"(?:hat|haben) mich (?:\w+ )?vergewaltigt|(?:wurde|bin) (?:\w+ )?vergewaltigt|vergewaltigung|sexuell\w* (?:belastig\w*|missbrauch\w*|ubergriff\w*|angegriffen|genotigt)|sexuelle\w* "
            r"(?:ubergriff|belastigung|nootigung|notigung|missbrauch)|(?:hat|haben) mich (?:\w+ )?(?:angefasst|begrapscht|"
            r"betatscht|befummelt|unsittlich beruhrt)|"
            r"violentat\w*|stuprat\w*|(?:uno|lo|dello|di) stupro|violenza sessuale|abus\w* sessual\w*|molestat\w*|molestie sessuali|mi ha "
            r"(?:toccat\w*|palpat\w*|violentat\w*|molestat\w*)|"
            r"estuprad\w*|estupro|abusad\w* sexualmente|abuso sexual|assedio sexual|me (?:tocou|apalpou|agarrou|molestou)|"
            r"(?:tocou|apalpou|abusou)[- ]me|estupr\w*|me violou|violou-me|angefasst,? obwohl ich nein)\b|"
            # forced, or hands put on them: "me tocó a la fuerza", "m'a embrassée de force", "zum Sex gezwungen", "mi ha
            # messo le mani addosso", "passou a mão em mim à força"
            r"\b(?:me (?:forzo|ha forzado|toco a la fuerza|ha metido mano)|me (?:obligo|ha obligado) a (?:tener (?:relaciones|sexo)|"
            r"acostarme|desnudarme)|metio mano|a la fuerza (?:me|en el)|"
            r"m'a (?:forcee?|embrassee? de force|coincee?)|de force\b[^.!?]{0,20}?(?:embrass|touch|caress)|"
            r"(?:hat|haben) mich (?:\w+ ){0,3}(?:gezwungen|festgehalten und angefasst)|zum sex gezwungen|zwischen die beine|"
            r"mich (?:\w+ ){0,3}bedrangt|"
            r"mi ha (?:costrett[ao]|messo le mani addosso|forzat[ao])|mani addosso|"
            r"(?:me obrigou|obrigou-me) a (?:ter (?:relacoes|sexo)|despir)|passou a mao em mim|(?:me )?agarrou a forca)|"
            # a drink spiked, waking at his place: "me echó algo en la copa, me desperté en su piso sin acordarme de nada"
            r"\b(?:(?:echo|puso|metio|ha echado|ha puesto) algo en (?:mi|la) (?:copa|bebida)|(?:mis|mettre|verse) quelque chose "
            r"dans mon verre|etwas in (?:mein\w*) (?:getrank|glas|drink)|total weggetreten|(?:messo|mettere) qualcosa nel "
            r"(?:mio )?(?:bicchiere|drink|cocktail)|(?:colocou|pos|pois|botou) (?:alguma coisa|algo) n[ao] (?:minha )?(?:bebida|"
            r"copo)|halb ausgezogen|medio desnud[ao]|a moitie nue?|mezza nuda|meio nua)\b|"
            r"\b(?:(?:me ha hecho|me hizo) cosas que no queria|(?:m'a fait|il a fait) des choses que je (?:ne )?voulais pas|"
            r"dinge (?:mit mir )?gemacht,? die ich nicht wollte|mi ha fatto cose che non volevo|(?:me fez|fez-me) coisas que "
            r"(?:eu )?nao queria)\b|"
            r"\b(?:(?:le dije|dije) basta|gli ho detto basta|je lui ai dit (?:stop|d'arreter)|ich hab\w* stopp gesagt|"
            r"(?:eu )?disse (?:para parar|chega))[^.!?]{0,30}?\b(?:no (?:se )?paro|no se detuvo|non si e fermato|"
            r"(?:ne )?s'est pas arrete|nicht aufgehort|nao parou)|"
            # woken with him on top: "me desperté con él encima", "mi sono svegliata con lui addosso"
            r"\b(?:me desperte con (?:el|su mano) (?:encima|sobre mi)|(?:je me suis )?reveillee? avec (?:lui|sa main) sur moi|"
            r"aufgewacht,? (?:als|weil) er (?:auf mir|mich)|mi sono svegliata con (?:lui|la sua mano) addosso|acordei com ele "
            r"em cima de mim|me puso (?:algo|una cosa) en el trago|me puso la mano en la pierna|"
            r"(?:gegen meinen willen|die turen verriegelt und mich) angefasst|mich (?:\w+ ){0,3}gegen meinen willen)\b|"
            # said without the word: "le dije que no y siguió", "je lui ai dit non mais il a continué"
            r"\b(?:le dije|le decia|dije) (?:que )?no[^.!?]{0,40}?\b(?:siguio|no paro|no se detuvo|continuo)|"
            r"\b(?:je lui ai dit|j'ai dit|je disais) (?:que )?non[^.!?]{0,40}?\b(?:a continue|continuait|n'a pas arrete|"
            r"s'est pas arrete)|\b(?:ich habe|ich hab|hab) (?:\w+ )?nein gesagt[^.!?]{0,40}?\b(?:nicht aufgehort|weitergemacht|"
            r"hat nicht)|\b(?:gli ho detto|dicevo|ho detto) (?:di )?(?:no|smettere)[^.!?]{0,40}?\b(?:ha continuato|continuava|"
            r"non (?:si e fermato|ha smesso))|\b(?:eu )?(?:disse|dizia) (?:que )?nao[^.!?]{0,40}?\b(?:continuou|nao parou)")

# the customer's own wish to die, said plainly or not ("no voy a ser un problema mucho más tiempo")
# ("me quiero morir", "je veux mourir", "voglio morire" are OWN_CRISIS's, read a sentence at a time)
_CRISIS_OWN = (r"\b(?:quitarme la vida|me voy a matar|matarme|suicidarme|no quiero (?:seguir )?vivir(?! sin)|acabar con (?:todo|mi vida)|no (?:voy a ser|sere) (?:un )?(?:problema|una carga)|regalando mis cosas|"
               r"despedirme de todos|"
               r"me suicider|me tuer|en finir avec (?:la vie|tout)|mettre fin a mes jours|(?:plus|pas) envie de vivre|je ne serai "
               r"(?:bientot )?plus (?:un probleme|un fardeau|la)|je donne mes affaires|"
               r"mich umbringen|mir das leben nehmen|(?:will|mochte) nicht mehr leben|"
               r"(?:allem|meinem leben) ein ende|bald nicht mehr (?:da|zur last|euer problem)|verschenke meine sachen|"
               r"farla finita|togliermi la vita|uccidermi|ammazzarmi|non voglio piu vivere|non (?:saro|daro) "
               r"(?:piu )?(?:un problema|fastidio)|regalando le mie cose|"
               r"me matar|(?:tirar|acabar com) a (?:minha )?(?:propria )?vida|nao quero mais viver|acabar com tudo|"
               r"nao vou (?:ser|dar) (?:mais )?(?:um )?(?:problema|trabalho)|dando as minhas coisas|a dar as minhas coisas|"
               r"sem vontade de viver)\b")

# ... said by a plan ("llevo días pensando en tomarme todas las pastillas", "ce soir je compte en finir"), or by two
# quieter signs: things given away, nothing needed any more, tired of living, not a bother for long
_CRISIS_PLAN = (r"\b(?:tomarme todas las pastillas|(?:he|tengo) (?:\w+ )?(?:guardad[ao]s?|juntad[ao]s?) (?:las|mis) (?:pastillas|"
                r"medicinas)|je compte en finir|ce soir (?:je )?(?:vais )?en finir|(?:j'ai mis|mis) mes medicaments de cote|"
                r"tabletten (?:hab ich |habe ich )?gesammelt|nehm(?:e)? ich sie alle|(?:la faccio|farla) finita|ho (?:gia )?"
                r"preparato tutto|acabo com isto|comprimidos (?:ja )?separados|(?:estoy|estou) cansad[ao] de vivir|"
                r"(?:estoy|estou) cansad[ao] de viver|cansado de vivir|j'en ai marre de vivre|stanco di vivere|"
                # a bridge, a roof, a last letter, the heirs: "esta noche subo a la azotea, ya lo tengo decidido"
                r"(?:subo|voy a subir|estoy en) (?:a )?la azotea|ya lo tengo decidido|(?:estoy|estou|to) en(?:cima)? (?:de|del) "
                r"(?:puente|viaducto)|(?:steh\w*|bin|sitze) (?:\w+ )?auf der brucke|je suis sur le pont|sono sul ponte|em cima (?:do|da) (?:ponte|viaduto)|"
                r"cartas? (?:escritas? )?(?:de despedida|para mis hijos)|message d'adieu|lettre d'adieu|abschiedsbrief|"
                r"lettera d'addio|carta de despedida|wendet euch an die erben|ich bin nicht mehr da|"
                r"me (?:he|hice) cortado los brazos|(?:je me suis|me suis) (?:deja )?taillade|mi sono tagliat[ao]|"
                r"me cortei|ritz\w* mich|mich geritzt|(?:pastillas|medicinas) juntadas|me tomo todo lo que hay|todo el botiquin|"
                r"je vais en finir|(?:chu|je suis|suis) (?:\w+ ){0,4}sur le pont|(?:hab\w* )?mir (?:schon )?uberlegt,? wie|"
                r"nicht mehr aufwachen|sono sul tetto|mi taglio|(?:no )?terraco do predio|pensando se pulo|"
                r"(?:estoy|estou|to) en (?:la )?azotea|sur le toit|auf dem dach|(?:je vais|voy a|vou) (?:me )?(?:jeter|tirar|sauter|"
                r"saltar|pular))\b")
_CRISIS_SIGN = (r"\b(?:le he dado mi (?:perro|gato)|(?:he )?regalado mis|no (?:voy a )?necesitar(?:e)? (?:nada|mas)|"
                r"me da todo igual|ya no le veo sentido|dejarselo a mi hermana|acabar con esto|"
                r"(?:j'ai )?donne mes affaires|(?:j'ai )?plus besoin de rien|je vois plus l'interet|plus l'interet de continuer|"
                r"bientot vous (?:n')?aurez plus a me supporter|rendez la caution a|"
                r"hab ich verschenkt|meine (?:katze|hund) hat jetzt|ich brauch\w* (?:sie|es|das|nichts) (?:\w+ )?(?:nicht )?mehr|"
                r"keine kraft mehr|nicht mehr (?:lange )?mit mir rum|an meinen bruder uberweisen|"
                r"ho regalato|non mi serviranno piu|non vedo piu il senso|non vi daro fastidio|datela a mia sorella|"
                r"doei (?:minhas|as minhas)|deixei (?:meu|o meu) (?:cachorro|gato|cao)|nao vou precisar de mais nada|"
                r"nao sei mais (?:pra|para) que continuar|nao vou ser mais (?:um )?problema|devolver a caucao pra|"
                r"ya no puedo mas con nada|no me va a hacer falta|he repartido mis cosas|cuando yo no este|"
                r"(?:je suis|suis) un poids|mieux sans moi|qui aura quoi|"
                r"ich kann nicht mehr|in ein paar tagen bin ich nicht mehr|alles geregelt|"
                r"presto non servira piu|ho sistemato le mie cose|salutato chi dovevo|"
                r"(?:fica|ficam) melhor sem mim|a quem deixo as minhas coisas|"
                r"(?:no es|n'est pas|nicht eure|non e|nao e) (?:culpa vuestra|votre faute|schuld|colpa vostra|culpa de ninguem|"
                r"culpa (?:de )?voces)|mejor sin mi|je serai plus la|non ci saro piu|ya no sera mi problema|"
                r"ya (?:esta|tengo) todo arreglado|ya da igual todo|cartas a mis hijos|(?:rangé|range) mes affaires|"
                r"lettre a ma|(?:meine )?sachen verschenkt|(?:mich )?(?:von \w+ \w+ )?verabschiedet|(?:alles )?fur meine \w+ "
                r"aufgeschrieben|passworter|ist (?:eh )?bald egal|ho (?:gia )?salutato tutti|(?:pra|para) me despedir|"
                r"arrumei as minhas coisas|escrevi o que tinha a escrever|nao vou precisar de nada|tanto faz agora|"
                r"nao da mais (?:pra|para) mim|non ha piu senso niente|plus personne autour|vous aurez pas besoin de couper|"
                r"ya no voy a estar|je ne serai plus|(?:ich bin )?(?:dann )?nicht mehr da|non ci saro|nao vou (?:mais )?estar|"
                r"(?:beneficiari[ao]|beguenstigt\w*|begunstigt\w*|beneficiaire) (?:\w+ ){0,6}(?:hoy|aujourd'hui|rapidement|"
                r"heute|oggi|hoje)|(?:las |les |die |le |as )?(?:cartas|lettres|briefe|lettere) (?:\w+ ){0,3}(?:escritas|"
                r"ecrites?|liegen|scritte|escritas)|(?:escrito|ecrit|geschrieben|scritto) (?:\w+ ){0,2}(?:las cartas|les lettres|"
                r"die briefe|le lettere|as cartas)|dopo stasera|nach heute|depois de hoje|despues de hoy|apres ce soir|"
                r"ce soir je finis|todo ordenado para|cose in ordine|tudo certo (?:pra|para))")
# ... or a plan without a way named: "je pense à en finir", "esta noite vou acabar com isto, já sei como"
_CRISIS_SOON = (r"\b(?:(?:je )?pense a en finir|pienso en (?:acabar con todo|quitarme)|denke (?:daran|dran),? schluss|penso di farla "
                r"finita|penso em (?:acabar com tudo|me matar)|(?:esta noche|ce soir|heute nacht|heute abend|stasera|stanotte|"
                r"esta noite|hoje a noite) (?:\w+ ){0,3}(?:vou acabar|voy a acabar|je vais en finir|mach ich schluss|la faccio "
                r"finita)|(?:vou acabar com isto|voy a acabar con esto)[^.!?]{0,30}(?:ja sei como|ya se como|esta noche|esta "
                r"noite))\b")

# attacked: punched, kicked, grabbed or pinned (a driver, a guest, a member): the emergency services if hurt
_ATTACKED = (r"\b(?:me (?:dio|ha dado|pego|ha pegado) (?:un punetazo|una patada|una bofetada|un golpe|una paliza)|me (?:ha )?"
             r"(?:agarrado|agarro|golpeado|golpeo|agredido|agredio|empujado contra|empujo contra)|"
             r"(?:me faire|je me suis fait) (?:agresser|frapper|tabasser)|m'a (?:mis des coups|frappee?|giflee?|plaquee?|"
             r"agressee?|attrapee?|poussee? contre)|"
             r"(?:hat|haben) (?:er |sie )?mich (?:\w+ ){0,6}(?:gepackt|geschlagen|getreten|angegriffen|gewurgt|gegen die wand "
             r"(?:gedruckt|geschubst|gestossen))|"
             r"(?:hat|haben) mir (?:\w+ ){0,3}(?:eine reingehauen|eine gescheuert|ins gesicht geschlagen)|"
             r"mi (?:ha|hanno) (?:aggredit\w*|picchiat\w*|bloccat\w* contro|preso a (?:pugni|calci|schiaffi)|dato un pugno|"
             r"spint\w* contro|strappato)|calci in testa|"
             r"(?:me (?:deu|deram)|deu-me) (?:um soco|um murro|uma chapada|um tapa|um pontape|um estalo)|(?:agarrou|bateu|empurrou)-me|me "
             r"(?:agarrou|bateu|agrediu|empurrou contra)|fui agredid[ao])\b")

# a way and a will: "tirarme del puente esta noche", "pastillas ... para no despertar", "j'ai les pilules à côté de moi",
# "genug gesammelt für heut Nacht", "buttarsi giù dal balcone", "pra não acordar mais"
_CRISIS_WAY = (r"\b(?:pastillas|pastiglie|pilules|cachets|tabletten|pillen|compresse|comprimidos|remedios?|soga|corde|strick|"
               r"corda|puente|pont|brucke|ponte|viaducto|viaduc|balcon|balcone|varanda|azotea|toit|dach|tetto|telhado|terraco|"
               r"vias del tren|voies|gleise|binari|trilhos)\b")
_CRISIS_WILL = (r"\b(?:tirarme|saltar|sauter|springen|buttarmi|buttarsi|atirar(?:-me|-se)?|pular|en finir|acabar con (?:esto|todo)|"
                r"acabar com (?:isto|tudo)|farla finita|schluss machen|no despertar|ne plus me reveiller|nicht mehr aufwachen|"
                r"non svegliarmi|non svegliarsi|nao acordar|ya tiene|il a deja|hat schon|ha gia|ja tem|a cote de moi|neben mir|"
                r"accanto a me|ao meu lado|genug gesammelt|para no|pour ne plus|um nicht|per non|pra nao|ja sei como|"
                r"ya se como|je sais comment|ich weiss wie|so come)\b")

# someone else said it ("der Mieter über mir hat gesagt, er macht Schluss", "disse-me que ia pôr fim a tudo"), or
# the crisis named is theirs ("mon fils ... m'a envoyé un message d'adieu"): the emergency services for them
_CRISIS_OTHER = (r"\b(?:hablando de (?:suicidarse|matarse|tirarse)|parlait de (?:se suicider|sauter|en finir)|vom sterben "
                 r"geredet|(?:parlava|parla) di (?:buttarsi|farla finita|uccidersi)|(?:a )?falar em (?:atirar-se|se matar|"
                 r"acabar))|\b(?:dijo|dice|decia|a dit|disait|hat (?:\w+ ){0,4}gesagt|sagte|ha detto|diceva|disse(?:-me)?|dizia)\b"
                 r"[^.!?]{0,40}?\b(?:iba a|va a|allait|voulait|er macht|sie macht|werde|wolle|avrebbe|voleva|ia|vai) "
                 r"(?:\w+ )?(?:acabar con todo|quitarse la vida|suicidarse|matarse|en finir|mettre fin a ses jours|se suicider|"
                 r"schluss|sich (?:\w+ )?umbringen|farla finita|togliersi la vita|uccidersi|por fim a tudo|se matar|"
                 r"acabar com tudo)")
_THIRD = (r"\b(?:mi|mon|ma|mein\w*|il mio|la mia|mio|mia|o meu|a minha|meu|minha) (?:hij[oa]|fils|fille|sohn|tochter|"
          r"figli[oa]|filh[oa]|vecin[oa]|voisine?|nachbar\w*|vicin[oa]|vizinh[oa]|padre|madre|pere|mere|vater|mutter|pai|mae|"
          r"marido|mari|mann|marito|hermano|hermana|frere|soeur|bruder|schwester|fratello|sorella|irmao|irma|coloc|kumpel|"
          r"colega de casa|companero de piso|amig[oa]|ami|amie|freund\w*|amic[oa])\b|"
          r"\b(?:el|la|le|der|die|il|o|a) (?:vecin[oa]|voisine?|mieter\w*|nachbar\w*|inquilin[oa]|locataire|signora|senhora|"
          r"senor|senora)\b")

# someone hurt or unwell now (bleeding, unconscious, a fall, a burn, chest pain)
_HURT = (r"\b(?:(?:esta|sigue|no para de) sangrando|sangra (?:mucho|un monton|sin parar)|(?:esta|se ha quedado|quedo) "
         r"inconsciente|no respira|se ha desmayado|se desmayo|no reacciona|dolor (?:en el|de) pecho|me duele (?:mucho )?el "
         r"pecho|quemaduras? (?:grave|de (?:segundo|tercer))|no puedo respirar|me cuesta respirar|"
         r"saigne (?:beaucoup|enormement|abondamment|sans arret)|perd (?:beaucoup )?(?:de )?sang|(?:est |reste )?inconscient\w*|"
         r"ne respire plus|s'est evanoui\w*|fait un malaise|douleur (?:a la|dans la|thoracique)|mal (?:a la|dans la) poitrine|"
         r"brule\w* (?:au|a la|aux)|je n'arrive (?:plus|pas) a respirer|j'ai du mal a respirer|"
         r"blutet (?:stark|sehr|ohne|viel)|verliert viel blut|bewusstlos|atmet nicht|(?:ist|bin) ohnmachtig|"
         r"(?:er|sie|jemand|mann|frau|kind|sohn|tochter|vater|mutter|oma|opa) (?:ist )?(?:einfach )?(?:zusammengebrochen|"
         r"umgekippt)|"
         r"brustschmerz\w*|schmerzen in der brust|verbrannt|verbruht|bekomme? keine luft|krieg\w* keine luft|kann nicht "
         r"(?:mehr )?atmen|"
         r"sanguina (?:molto|tantissimo|tanto|senza)|perde (?:molto )?sangue|svenut[ao]|(?:e )?incoscient[ae]|non respira|"
         r"dolore al petto|si e (?:bruciat|ustionat)\w*|non riesco a respirare|"
         r"(?:esta )?(?:sangrando|a sangrar) (?:muito|bastante|sem parar)|sangra muito|desmaiou|(?:esta )?inconsciente|"
         r"nao respira|dor no peito|se queimou|queimadura|nao consigo respirar|falta de ar)\b|"
         # an infected wound spreading with a fever ("la caviglia è rossa, gonfia e bollente e adesso trema dalla febbre")
         r"\b(?:pie|pierna|tobillo|brazo|herida|pied|jambe|cheville|bras|plaie|fuss|bein|knochel|arm|wunde|piede|gamba|"
         r"caviglia|braccio|ferita|pe|perna|tornozelo|braco|ferida|rotung|rojez|rougeur|rossore|vermelhidao|mancha vermelha|"
         r"mancha roja|plaque rouge)\b[^.!?]{0,50}?\b(?:hinchad\w*|inflamad\w*|gonfl\w*|geschwollen|entzundet|gonfi\w*|"
         r"inchad\w*|inflamou|immer grosser|subiendo|se extiende|s'etend|si allarga|subindo|espalhando)\b[\s\S]{0,100}?"
         r"\b(?:fiebre|fievre|fieber|febbre|febre|escalofrios|frissons|schuttelfrost|brividi|calafrio|arrepios)\b")

_HURT_MORE = (r"\b(?:mundwinkel hangt|spricht verwaschen|(?:kann )?(?:den )?arm nicht (?:mehr )?heben|(?:la )?bocca storta|"
              r"boca (?:torcida|torta|de lado)|cara torcida|visage (?:deforme|de travers)|no puede (?:levantar|mover) el brazo|"
              r"habla (?:raro|arrastrando)|parla (?:strano|impastato)|fala enrolad[oa]|"
              r"(?:batterie|knopfzelle|magnet\w*|munze)\b[^.!?]{0,60}verschluckt|(?:se )?trag[oó]\w* (?:\w+ ){0,4}(?:pilas?|"
              r"iman\w*|moneda)|engoliu (?:\w+ ){0,3}(?:bateria|pilha|iman|moeda)|dolore (?:\w+ )?al petto|"
              r"convulsion\w*|krampfanfall|krampft|convulsioni|convulsao|espuma por la boca|schaum vor dem mund|"
              r"(?:sangre|sang|blut|sangue) (?:por todas partes|partout|uberall|dappertutto|por todo lado)|"
              r"(?:agua hirviendo|eau bouillante|kochendes wasser|acqua bollente|agua fervendo) (?:\w+ ){0,3}(?:brazo|bras|arm|"
              r"braccio|braco|cara|visage|gesicht|faccia|rosto|piel|peau|haut|pelle)|la peau part|"
              r"(?:coincee?|atrapad[oa]|eingeschlossen|steckt|bloccat[oa]|pres[oa]|chiusa?) (?:\w+ ){0,4}(?:dans l'|en el |im |"
              r"nell'|no )?(?:ascenseur|ascensor|aufzug|fahrstuhl|lift|ascensore|elevador)|"
              r"(?:tragado|trago|avale|verschluckt|ingoiato|inghiottito|engoliu|engoliu) (?:\w+ )?(?:una pila|une pile|eine "
              r"(?:knopf)?batterie|una batteria|uma pilha|una moneda|une piece|eine munze|una moneta|uma moeda|un iman|"
              r"un aimant|einen magneten|una calamita|um iman)|desacordad[oa]|desmayad[oa]|"
              r"(?:wohnung|casa|appartement|appartamento|piso) (?:\w+ )?(?:voller|lleno de|llena de|pleine? de|piena di|cheia de) "
              r"(?:rauch|humo|fumee|fumo|fumaca)|perde (?:tanto|molto) sangue|no (?:deja|para) de sangrar|ne s'arrete pas de saigner|pisse le sang|hort nicht auf zu bluten|"
              r"blutet (?:und blutet|immer weiter)|non smette di sanguinare|nao (?:para|pára) de sangrar|sangue (?:por|pra) todo "
              r"lado|empapad[oa] (?:ya )?(?:dos|tres) toallas|encharquei|ampollas|cloques|brulure|verbrennung|vesciche|bolhas?)\b")
_BURNED = r"\b(?:quemad\w*|quemo|brule\w*|verbrannt|verbruht|ustion\w*|bruciat\w*|scottat\w*|queim\w*)\b"
# carbon monoxide, said by what it does: headaches and nausea since the heating came on, the detector beeping
_CO = (r"\b(?:detector|detecteur|co-melder|melder|rilevatore|detetor|alarma|alarme|allarme)\b[^.!?]{0,40}?\b(?:pita|suena|"
       r"sonne|bipe|piept|schlagt an|suona|apita|dispar\w*|ha saltado)\b|"
       r"\b(?:dolor de cabeza|mal de (?:tete|cabeza)|kopfschmerz\w*|kopfweh|mal di testa|dor de cabeca|jaqueca|migraine|"
       r"emicrania|enxaqueca)\b[\s\S]{0,80}?"
       r"\b(?:nauseas?|nausees?|ubel|ubelkeit|nausea|enjoo|mareo\w*|vertig\w*|schwindel\w*)\b[\s\S]{0,120}?"
       r"\b(?:calefaccion|caldera|estufa|chauffage|chaudiere|poele|heizung|therme|ofen|riscaldamento|caldaia|stufa|"
       r"aquecimento|caldeira|aquecedor|bipe|pita|piept|suona|apita)")

# ... or a fall or a blow, with what it did: "une palette est tombée sur un employé ... il hurle", "caduto dalla scala, ha
# battuto la testa e ora vomita"; a hand on the chest ("une dame âgée se tient la poitrine")
_FELL = (r"\b(?:se (?:acaba de )?caer|se cae|se (?:ha )?cayo|se ha caido|cayo encima de|(?:est |s'est )?tombee?s?\b|gesturzt|hingefallen|umgefallen|"
         r"gefallen|(?:e )?cadut[ao]|caiu|esta caid[ao])")
_FALL_HARM = (r"\b(?:hurle|crie|grita|gritos|schreit|urla|vomit\w*|erbricht|bricht|(?:no|ne|nicht|non|nao) (?:\w+ )?"
              r"(?:responde|repond|reagiert|risponde)|roxa?|morad[oa]|blau|viola|violet\w*|tordue?|torcida|torta|verdreht|"
              r"storta|(?:battuto|golpeo|golpe|bateu|cogne|stosse|gestossen|geschlagen) (?:\w+ ){0,2}(?:la )?(?:testa|cabeza|"
              r"cabeca|tete|kopf)|sangr\w*|saigne|blutet|sanguin\w*)\b")
_CHEST = (r"\b(?:se tient|si tiene|se agarra|se coge|halt sich|segura|se segura|se toca) (?:\w+ )?(?:la |il |el |die |o )?"
          r"(?:poitrine|petto|pecho|brust|peito)\b|\b(?:mal au|dolor en el|male al|fa male il|schmerzen im|dor no) "
          r"(?:\w+ )?(?:bras gauche|brazo izquierdo|braccio|linken arm|braco esquerdo)\b")

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

_RX = {name: re.compile(rx) for name, rx in {
    "past": _PAST, "over": _OVER, "not_real": _NOT_REAL, "afraid": _AFRAID, "alone_fear": _ALONE_FEAR, "now": _NOW, "door": _DOOR, "door_who": _DOOR_WHO, "at_place": _AT_PLACE, "pressing": _PRESSING, "alone_now": _ALONE_NOW,
    "door_visit": _DOOR_VISIT, "intruder": _INTRUDER, "intruder_seen": _INTRUDER_SEEN, "hiding": _HIDING, "followed": _FOLLOWED, "allergy": _ALLERGY,
    "skin": _SKIN, "airway": _AIRWAY, "allergen": _ALLERGEN, "swelling": _SWELLING, "swelling_severe": _SWELLING_SEVERE,
    "swelling_mild": _SWELLING_MILD, "assault": _ASSAULT, "attacked": _ATTACKED, "crisis": _CRISIS_OWN, "crisis_plan": _CRISIS_PLAN,
    "crisis_sign": _CRISIS_SIGN, "crisis_way": _CRISIS_WAY, "crisis_soon": _CRISIS_SOON, "crisis_will": _CRISIS_WILL, "crisis_other": _CRISIS_OTHER, "third": _THIRD,
    "hurt": _HURT, "hurt_more": _HURT_MORE, "co": _CO, "fell": _FELL, "fall_harm": _FALL_HARM, "chest": _CHEST, "scam_word": _SCAM_WORD, "link": _LINK, "validated": _VALIDATED, "card_taken": _CARD_TAKEN, "code_given": _CODE_GIVEN, "lost_line": _LOST_LINE, "safe_account": _SAFE_ACCOUNT,
    "new_number": _NEW_NUMBER, "transferred": _TRANSFERRED, "gave_card": _GAVE_CARD, "messenger": _MESSENGER, "emptied": _EMPTIED, "chatting": _CHATTING,
    "sent_him": _SENT_HIM, "paid": _PAID_IMPOSTOR, "posing": _POSING,
    "met_online": _MET_ONLINE, "money": _MONEY_GONE, "taken_over": _TAKEN_OVER}.items()}


def plain(text: str) -> str:
    """Lower case, straight apostrophes, no accents: "Está aporreando" as "esta aporreando"."""
    text = unicodedata.normalize("NFD", text.lower().replace("\u2019", "'").replace("œ", "oe").replace("ß", "ss"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


# what a danger must be now: the rest is read in any sentence
_NOW_ONLY = ("safe_account", "crisis", "crisis_plan", "crisis_soon", "crisis_way", "door", "at_place", "intruder", "intruder_seen", "followed", "allergy", "airway", "swelling", "co", "attacked",
             "hurt", "hurt_more", "fell", "chest")
# what a joke or a film leaves: a scam is read through it
_SCAMS = ("scam_word", "link", "gave_card", "code_given", "paid", "posing", "messenger", "emptied", "chatting", "met_online",
          "sent_him", "lost_line", "safe_account", "new_number", "transferred", "taken_over", "validated", "card_taken")


def _past_sentences(low: str) -> list[tuple[int, int]]:
    """The spans of the sentences that tell of the past or of something over."""
    return [m.span() for m in re.finditer(r"[^.!?\n]+", low)
            if _RX["over"].search(m.group()) or _RX["past"].search(m.group()) and not _TODAY.search(m.group())]


# staff thanked for how they handled an emergency that is over: "Quiero dar las gracias al personal ... el sábado un
# señor se desmayó en el comedor y actuaron rapidísimo", "Großes Lob an das Team ... sofort reagiert"
_THANKS = re.compile(r"\b(?:gracias|agradecer|felicitar|merci|remercier|bravo|danke|dank an|lob an|grosses lob|grazie|"
                     r"ringraziare|complimenti|obrigad[oa]|agradecer|elogiar|parabens)\b")
_HANDLED = re.compile(r"\b(?:actuaron|atendieron|reaccion[oó]|han reagiert|hat sofort reagiert|sofort reagiert|ont reagi|a reagi|"
                      r"ont ete|sont intervenus|hanno reagito|sono intervenuti|c'erano gia|trataram|tratou de tudo|agiram|"
                      r"atuaram|llamaron|ont appele|haben gerufen|hat .{0,30}gerufen|hanno chiamato|chamaram|rapidisim\w*|"
                      r"super rapides?|blitzschnell|velocissim\w*|rapidissim\w*|calma impressionante|sofort)\b")


def thanks_for_handling(text: str) -> bool:
    """Whether a post in one of these languages thanks staff for how they handled an emergency now over."""
    low = plain(text)
    return bool(_THANKS.search(low) and _HANDLED.search(low))


def only_in_past(text: str, rx: re.Pattern) -> bool:
    """Whether every match of ``rx`` in ``text`` (read plain) falls in a sentence told of the past or over, in one of
    these languages: "L'année dernière j'ai fait une réaction allergique ..., tout va bien maintenant"."""
    low = plain(text)
    past = _past_sentences(low)
    spans = [m.start() for m in rx.finditer(low)]
    return bool(past and spans) and all(any(a <= pos < b for a, b in past) for pos in spans)


def _read(low: str) -> dict[str, re.Match | None]:
    """Each cue's first match; a danger's only in a sentence that tells of no past ("Wartung war letzte Woche. Seit einer
    Stunde haben wir alle Kopfweh ... Der CO-Melder piept" is now)."""
    past = _past_sentences(low)
    joke = _RX["not_real"].search(low)
    has: dict[str, re.Match | None] = {}
    for name, rx in _RX.items():
        if joke and name not in _SCAMS:
            has[name] = None
        elif name in _NOW_ONLY:
            has[name] = next((m for m in rx.finditer(low) if not any(a <= m.start() < b for a, b in past)), None)
        else:
            has[name] = rx.search(low)
    return has


# what makes money gone a scam, not a billing fault: a link or a text, a code, a caller, a profile, someone posing
_SCAM_CUES = ("scam_word", "link", "gave_card", "code_given", "posing", "messenger", "chatting", "met_online", "sent_him",
              "lost_line", "safe_account", "new_number", "taken_over", "validated", "card_taken")
_CALLER = re.compile(r"\b(?:me (?:ha )?llam\w*|m'a appele|hat (?:\w+ )?angerufen|mi ha chiamat\w*|(?:me )?ligou|ligaram|"
                     r"polizist\w*|policia|policier|poliziotto|golpe|betruger|estafador|escroc|truffator\w*|tima[rd]\w*|"
                     r"abgezockt|fregat\w*|arnaque\w*|vendedor|verkaufer|venditore|vendeur|(?:me|mi|mich) (?:ha |hat )?"
                     r"bloque\w*|blockiert|bloccat\w*|conoci[oó]|kennengelernt|conheceu|conosciut\w*|rencontre\w*|"
                     r"ubernommen|clon\w*|geklont|s'est connecte a mon compte|a change mon (?:e-?mail|mot de passe)|"
                     r"transferiu-lhe|le mando|vermieter|proprietaire|locador|anuncio|annonce|anzeige|annuncio)\b")


def scam_cue(text: str) -> bool:
    """Whether a post names how money was taken (a link, a code, a caller, a profile): "cobraram duas vezes a fatura"
    is a billing fault, not a scam."""
    low = plain(text)
    has = _read(low)
    return any(has[k] for k in _SCAM_CUES) or bool(_CALLER.search(low))


@functools.lru_cache(maxsize=4096)
def situations_in(text: str) -> frozenset[str]:
    """The situations a post names in es/fr/de/it/pt: "door", "intruder", "followed", "allergy", "swelling", "gas",
    "attacked", "assault", "crisis" (the customer's own), "crisis_other", "hurt", "gave_card", "paid_impostor",
    "romance", "sim_swap", "safe_account", "takeover"."""
    low = plain(text)
    has = _read(low)
    found: set[str] = set()
    # (a caller with a reason, the courier or the technician, is no danger unless the writer is frightened of them)
    near = has["at_place"] and any(_RX["pressing"].search(low, max(0, m.start() - 60), m.end() + 60)
                                   for m in _RX["at_place"].finditer(low))
    if (has["door"] and (has["alone_fear"] or has["alone_now"] or has["door_who"] or has["afraid"] and not has["door_visit"])
            or near and (has["alone_now"] or has["alone_fear"] or has["door_who"])):
        found.add("door")
    if has["intruder"] or has["intruder_seen"] and has["hiding"]:
        found.add("intruder")
    if has["followed"] and (has["afraid"] or has["door_who"] or has["alone_fear"] or has["now"]):
        found.add("followed")
    stung = re.search(r"\b(?:picad[oa]|piquee?|gestochen|punt[oa])\b", low) and re.search(r"\b(?:alergic|allergi|alergi)", low)
    # (a tongue swollen with a fever and nothing eaten or put on is an infection: "fiz piercing na língua ... febre")
    infected = _FEVER.search(low) and has["swelling"] and not (has["skin"] or has["allergen"] or has["airway"])
    if (has["allergy"] or has["airway"] and (has["skin"] or has["allergen"]) or stung and (has["airway"] or has["swelling"])) \
            and not infected:
        found.add("allergy")
    if has["swelling"] and has["swelling_severe"] and not has["swelling_mild"] and "allergy" not in found:
        found.add("swelling")
    if has["co"]:
        found.add("gas")
    if has["attacked"]:
        found.add("attacked")
    if has["assault"]:
        found.add("assault")
    way = has["crisis_way"] and next((m for m in _RX["crisis_way"].finditer(low)
                                      if _RX["crisis_will"].search(low, max(0, m.start() - 70), m.end() + 70)), None)
    crisis = has["crisis"] or has["crisis_plan"] or has["crisis_soon"] or way or (
        len(set(m.group() for m in _RX["crisis_sign"].finditer(low))) >= 2 and has["crisis_sign"])
    if has["crisis_other"] or crisis and _RX["third"].search(low, max(0, crisis.start() - 80), crisis.start()):
        found.add("crisis_other")
    elif crisis:
        found.add("crisis")
    if has["hurt"] or has["hurt_more"] or has["fell"] and has["fall_harm"] or has["chest"]:
        found.add("hurt")
    if (has["gave_card"] or has["code_given"]) and (has["scam_word"] or has["link"] or has["emptied"]) \
            or (has["validated"] or has["paid"] and has["link"]) and has["emptied"] or has["card_taken"]:
        found.add("gave_card")
    if has["paid"] and (has["posing"] or has["messenger"] and has["emptied"]) or has["new_number"] and has["transferred"]:
        found.add("paid_impostor")
    if (has["met_online"] or has["chatting"]) and has["sent_him"] and re.search(r"\d", low):
        found.add("romance")
    if has["lost_line"] and (has["code_given"] or re.search(r"\b(?:duplicad|duplicata|duplikat|duplicato|segunda via)", low)):
        found.add("sim_swap")
    if has["safe_account"] and (has["transferred"] or re.search(r"\b(?:pasa|pass|vir|spost|transfer|uberw|convenc|convainc|"
                                                              r"uberred|convint)\w*", low)):
        found.add("safe_account")
    if has["taken_over"]:
        found.add("takeover")
    if thanks_for_handling(low):  # an emergency over, its handling praised: only a scam is still read
        found &= {"gave_card", "paid_impostor", "romance", "sim_swap", "safe_account", "takeover"}
    return frozenset(found)
