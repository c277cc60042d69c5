"""The cues of danger told in Spanish, French, German, Italian or Portuguese: someone at the door, an allergic
reaction, a swelling face, someone hurt now, carbon monoxide (an assault or a crisis: `distress_told`).

Pattern strings only, read lower-cased and without accents by `model.urgency.other_languages`, which compiles
``CUES`` (cue name -> pattern) and decides what the cues together name.
"""

from __future__ import annotations

import re

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
    r"\b(?:steht|wartet|ist|sitzt|lungert)\w* (?:\S+ ){0,5}(?:vor|an) (?:meiner|meinem|der|dem|unserer|unserem) "
    r"(?:\w+)?(?:tur|haus|wohnung|gebaude)|klingelt sturm|"
    r"\b(?:hammert|klopft|schlagt|trommelt|tritt|rutteln?|ruttelt|klingelt) (?:\w+ ){0,3}(?:an|gegen) (?:meine|die|unsere) "
    r"(?:\w+)?tur|(?:vor|an) (?:meiner|der|unserer) (?:\w+)?tur\b[^.!?]{0,40}\b(?:hammert|klopft|schlagt|steht|klingelt)|"
    r"versucht\w* (?:\w+ ){0,2}(?:reinzukommen|hereinzukommen|einzudringen|aufzubrechen|aufzumachen|die tur)|geht nicht weg|"
    # it
    r"\b(?:bussa|batte|picchia|prende a (?:pugni|calci)|colpisce|martella|tempesta)\w* (?:\w+ ){0,2}(?:alla|la|il|al|contro "
    r"(?:la|il)) (?:mia |mio )?(?:porta|portone|cancello|citofono)|\b(?:e|sta|resta|aspetta)\w* (?:\w+ ){0,2}(?:davanti|fuori|"
    r"sotto) (?:a|al|alla|allo|dal|dalla|da|casa)(?:\w| ){0,12}|cerca\w* di (?:entrare|aprire)|non se ne (?:va|vuole andare)|"
    # pt
    r"\b(?:bate\w*|batendo|esmurra\w*|soca\w*|chuta\w*|forca\w*|arromba\w*|a bater|a esmurrar|a forcar|a arrombar) (?:\w+ ){0,2}"
    r"(?:na|a|o|no|em) "
    r"(?:minha |meu )?(?:porta|portao|campainha|janela)|\b(?:esta|ta|ficou|continua|fica)\w* (?:\w+ ){0,3}(?:na|a|em frente a|a frente da|a porta da|"
    r"a porta de|na porta da|na frente da|do lado de fora da|fora da) (?:minha )?(?:porta|casa|predio|apartamento|ap)\b|"
    r"tentando (?:entrar|abrir)|a tentar (?:entrar|abrir)|nao (?:quer )?(?:vai|ir|se vai) embora")
# the person at the door is someone feared, or met through the brand: not the courier with the parcel
_DOOR_WHO = (r"\b(?:se presentant comme|se presentando como|behauptet,? er sei|dice di essere|diz que e|dice que es de|"
             r"senza tesserino|sin (?:identificacion|placa)|sans badge|ohne ausweis|sem cracha|me (?:ha )?(?:seguido|siguio|sigue)|m'a suivie?|me suit|mich verfolgt|ist mir gefolgt|folgt mir|"
             r"mi ha seguit[ao]|mi segue|me seguiu|me segue|seguiu-me|mi ex|mon ex|mein ex|il mio ex|o meu ex|meu ex|"
             r"medida protetiva|orden de alejamiento|ordonnance de protection|kontaktverbot|ordine restrittivo|"
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
_INTRUDER = (r"\b(?:pularam|saltaron|ont saute|sind uber|hanno scavalcato) (?:o |el |le |den |il )?(?:muro|mur|zaun|cancello|"
             r"portao)[^.!?]{0,40}\b(?:dentro|dans|drin|in casa)|\b(?:hay|esta|veo) (?:alguien|un (?:hombre|tipo|tio|desconocido)|gente|una persona) (?:\w+ ){0,2}?(?:dentro|en "
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

_INTRUDER_SEEN = (r"\b(?:(?:quelqu'un|qqn|qq1) (?:est|qui est) dans (?:le|la|mon|ma)|(?:il )?y a (?:quelqu'un|qqn|qq1) dans (?:le|la|mon|ma) (?:salon|cuisine|maison|appart\w*|chambre)|alguien "
                  r"(?:esta|hay) (?:en|dentro de) (?:el|la|mi) (?:salon|cocina|casa|piso)|jemand ist (?:im|in der) (?:wohnzimmer|"
                  r"kuche|haus|wohnung)|qualcuno (?:e )?in (?:salotto|cucina|casa)|alguem (?:esta|ta) na (?:sala|cozinha|casa))\b|"
                  r"\b(?:camara|camera|kamera|telecamera|appli|app|alarma|alarme|alarm|allarme|bewegungsmelder|sensor)\b"
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
            r"\b(?:lengua|langue|zunge|lingua)\b[^.!?]{0,45}?\b(?:ingross\w*|enorme|devient enorme|grossit|dick\w*|wird "
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
           r"hustet|pfeift (?:es )?beim atmen|garganta (?:\w+ )?(?:coca|cocando|a cocar|pica|picando)|keucht|schwer luft|kaum luft|krieg\w* keine luft|kratzt im hals|"
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
_ALLERGEN = (r"\b(?:alergic[oa]|allergi\w*|alergi\w*|allergique|erdnuss\w*|(?:sin|sans|ohne|senza|sem) (?:cacahuete|frutos secos|nueces|"
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
_SWELL_WORD = (r"(?:schwellung|hinchazon|gonflement|gonfiore|inchaco|hinch\w*|inflad\w*|inflamad\w*|gonfl\w*|enfl\w*|geschwollen|angeschwollen|angschwoll\w*|zugeschwollen|schwill\w*|dick|"
               r"gonfi\w*|inchad\w*|inchando|inchou|incharam|a inchar|deformad\w*|deforme|verformt|deformat\w*|enorme|riesig|"
               r"enormi)")
# a face, jaw or neck swelling fast: "media cara inflada", "schwillt mein Kiefer immer mehr an", "la joue a doublé"
_SWELLING = (rf"\b{_FACE_PART}\b[^.!?]{{0,40}}?\b{_SWELL_WORD}|\b(?:hinch|gonfl|schwill|schwell|gonfi|inch|enfl)\w* "
             rf"(?:\w+ ){{0,3}}{_FACE_PART}\b|"
             r"\b(?:cara|mejilla|joue|wange|guancia|bochecha|rosto) (?:\w+ ){0,2}(?:como un balon|como una pelota|a double\b|"
             r"comme un ballon|wie ein ballon|come un (?:melone|pallone)|como uma bola)|"
             r"\b(?:flemon|absceso|abces|abszess|ascesso|abscesso)\b|\bdicke[nr]? (?:\w+ )?(?:hals|wange|backe|gesicht|zunge|lippen?)\b")
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
# an electric shock taken from something ("levei um choque da tomada", "ao ligar o aquecedor"), not a shock at a bill
# ("levei um choque quando vi a mensalidade"); read here as someone hurt and by ``names_electric_shock`` for its advice
SHOCK_FROM = (r"(?:levou|levei|tomou|tomei) um choque (?:eletrico|d[aoe] (?:tomada|fio|carregador|maquina|geladeira|chuveiro|"
              r"cabo|quadro|ferro|aparelho|torradeira)|ao (?:ligar|tocar|mexer|encostar|abrir|desligar))")
FEVER = re.compile(r"\b(?:fiebre|fievre|fieber|febbre|febre|\d\d[.,]\d ?(?:°|grad|gradi|graus|degres)?)\b")
# a mild swelling going down, no fever: "la joue est un peu gonflée mais ça dégonfle", "leicht geschwollen ... kein Fieber"
_SWELLING_MILD = (r"\b(?:un peu|legerement|leicht|etwas|un po'?|un poco|poco|ligeramente|um pouco|levemente)\b[^.!?]{0,12}"
                  rf"{_SWELL_WORD}|\b(?:pas de|sans|kein|keine|niente|senza|sin|sem|nada de) (?:\w+ )?(?:fievre|fieber|febbre|"
                  r"fiebre|febre)\b|\b(?:degonfle|wird (?:\w+ )?besser|migliora|mejora|melhora|va mieux|baja|abschwillt)\b")

# someone hurt or unwell now (bleeding, unconscious, a fall, a burn, chest pain)
_HURT = (r"\b(?:(?:uma senhora|um senhor|una senora|un senor|une dame|un monsieur|eine frau|ein mann|una signora|un signore|"
         r"ela|ele|ella|el|elle|er|sie|lei|lui) (?:nao|no|ne se|wacht nicht|non si) (?:acorda|despierta|reveille|auf|sveglia)|"
         r"feridos no chao|heridos en el suelo|blesses (?:par terre|au sol)|verletzte (?:am|auf dem) boden|feriti a terra|"
         # speech gone wrong with it (a stroke, a hypo): "il tremble et parle plus bien", "redet verwaschen"
         r"(?:ne )?parle (?:plus|pas) (?:bien|normalement)|parle bizarre|habla (?:raro|arrastrando)|redet verwaschen|lallt|"
         r"biascica|farfuglia|fala (?:enrolado|enrolada)|"
         # an electric shock just had: "se ha electrocutado con el enchufe", "ha preso la scossa dalla presa"
         r"se (?:ha |me ha )?electrocutado|se electrocuto|s'est (?:fait )?electrocute\w*|a pris (?:une|la) decharge|"
         r"(?:hat|hab|habe) (?:\w+ )?(?:einen |nen )?stromschlag (?:bekommen|gekriegt|abbekommen)|"
         r"(?:ha|ho|hanno) preso (?:la|una) scossa|" + SHOCK_FROM + "|"
         # collapsed, overboard, a child shut in a hot car, a stroke told plainly ("metade da boca caída, acho q é AVC")
         r"(?:vater|mutter|mann|frau|sohn|tochter|oma|opa|kind|freund\w*|kollege|kunde|herr|dame) ist [^.!?]{0,60}?\b"
         r"(?:zusammengebrochen|zusammengeklappt|umgekippt)|caduto (?:un uomo|una donna|qualcuno|un bambino|una persona) "
         r"in mare|uomo in mare|hombre al agua|homme a la mer|mann uber bord|homem ao mar|"
         r"(?:filh[oa]|bebe|crianca|nene|hij[oa]|enfant|fils|fille|sohn|tochter|baby|figli[oa]|bambin[oa])\b[^.!?]{0,40}?"
         r"\b(?:trancad[oa]|encerrad[oa]|enferme\w*|eingesperrt|eingeschlossen|chius[oa]) (?:dentro )?(?:d[oa]|n[oa]|en el|"
         r"dans la|im|in|nell'|nella) (?:carro|coche|auto|voiture|macchina)|(?:metade da |la mitad de la )?boca caida|"
         r"falar enrolado|(?:acho q(?:ue)?|creo que|je pense que|penso che|ich glaube) (?:e|es|c'est|sia|ist) (?:um |un |une |ein )?"
         r"(?:avc|ictus|schlaganfall)|"
         r"(?:esta|sigue|no para de) sangrando|sangra (?:mucho|un monton|sin parar)|(?:esta|se ha quedado|quedo) "
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
              r"dolore (?:\w+ )?al petto|"
              r"convulsion\w*|krampfanfall|krampft|convulsioni|convulsao|espuma por la boca|schaum vor dem mund|"
              r"(?:sangre|sang|blut|sangue) (?:por todas partes|partout|uberall|dappertutto|por todo lado)|"
              r"(?:agua hirviendo|eau bouillante|kochendes wasser|acqua bollente|agua fervendo) (?:\w+ ){0,3}(?:brazo|bras|arm|"
              r"braccio|braco|cara|visage|gesicht|faccia|rosto|piel|peau|haut|pelle)|la peau part|"
              r"(?:coincee?|atrapad[oa]|eingeschlossen|steckt|bloccat[oa]|pres[oa]|chiusa?) (?:\w+ ){0,4}(?:dans l'|en el |im |"
              r"nell'|no )?(?:ascenseur|ascensor|aufzug|fahrstuhl|lift|ascensore|elevador)|"
              r"desacordad[oa]|desmayad[oa]|"
              r"(?:wohnung|casa|appartement|appartamento|piso) (?:\w+ )?(?:voller|lleno de|llena de|pleine? de|piena di|cheia de) "
              r"(?:rauch|humo|fumee|fumo|fumaca)|perde (?:tanto|molto) sangue|no (?:deja|para) de sangrar|ne s'arrete pas de saigner|pisse le sang|hort nicht auf zu bluten|"
              r"blutet (?:und blutet|immer weiter)|non smette di sanguinare|nao (?:para|pára) de sangrar|sangue (?:por|pra) todo "
              r"lado|empapad[oa] (?:ya )?(?:dos|tres) toallas|encharquei|ampollas|cloques|brulure|verbrennung|vesciche|bolhas?)\b")
# something swallowed by a child (a button battery, magnets, medicine, a laundry pod), even if they seem fine
_SWALLOWED = (r"\b(?:(?:se )?trag[oó]\w*|tragado|avale|a avale|a bu|verschluckt|geschluckt|ingoiato|inghiottito|ha bevuto|"
              r"ha morso|engoliu|engoliram|bebeu|tomou)\b[^.!?]{0,60}?\b(?:pilas?|pilitas?|bateria|pile|piles|batterie\w*|knopfzelle|"
              r"batteria|pilha|ima[ns]?|imanes|aimants?|magnet\w*|calamit\w*|moneda|piece|munze|moneta|moeda|pastillas|"
              r"comprimes?|tabletten|pastiglie|compresse|comprimidos|paracetamol|ibuprofen\w*|flacon|jarabe|sirop|saft|"
              r"sciroppo|xarope|detergente|lessive|waschmittel|detersivo|capsula|capsule|kapsel|lejia|javel|bleach|"
              r"candeggina|lixivia)\b|"
              r"\b(?:pila|bateria|pile|batterie|knopfzelle|batteria|pilha|magnet\w*|munze|moneta|tabletten|capsula di "
              r"detersivo)\b[^.!?]{0,60}?\b(?:verschluckt|geschluckt|tragado|avale|ingoiato|engolido|morso)\b|"
              # a dishwasher or laundry tab bitten: "hat einen eurer Spülmaschinentabs in den Mund gesteckt und draufgebissen"
              r"\b\w*(?:tabs?|tablette\w*|pods?|kapsel\w*|capsul\w*|pastigli\w*|pastill\w*|pastilh\w*)\b[^.!?]{0,60}?\b(?:in den mund|"
              r"draufgebissen|reingebissen|zerbissen|mordid[oa]|mordu|morsicat\w*|mordeu|en la boca|dans la bouche|in bocca|na boca)\b")

# carbon monoxide, said by what it does: headaches and nausea since the heating came on, the detector beeping
_CO = (r"\b(?:detector|detecteur|co-melder|melder|rilevatore|detetor|(?:alarma|alarme|allarme) (?:de |du |di |do )?(?:co|monox\w*|"
       r"gas|gaz))\b[^.!?]{0,40}?\b(?:pita|suena|"
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

# a driver who will not stop or let the customer out, has left the route or locked them in (read with a driver named and
# fear said: "der Fahrer hält nicht an ... hat die Türen verriegelt. Ich habe Angst")
_HELD = (r"\b(?:no (?:se )?(?:detiene|para|quiere parar)|no me deja (?:bajar|salir)|se desvi[oa]\w*|cambi(?:o|ado) (?:de |la )?ruta|"
         r"bloque\w* (?:las )?puertas|"
         r"(?:tiene|puso|con) (?:los )?seguros (?:puestos)?|cerro (?:las )?puertas|"
         r"(?:ne )?(?:s'arrete|veut) pas(?: s'arreter| me laisser (?:descendre|sortir))|ne s'arrete pas|a devie|(?:a )?barre les portes|(?:a )?change de (?:route|trajet)|"
         r"(?:a )?verrouille les portes|portes verrouillees|"
         r"halt (?:\w+ )?nicht an|lasst mich nicht (?:raus|aussteigen)|fahrt (?:\w+ ){0,3}(?:falsch|woanders|einen umweg)|"
         r"turen (?:\w+ )?(?:verriegelt|zugesperrt|abgeschlossen)|(?:hat )?die turen (?:\w+ )?(?:verriegelt|zugesperrt)|"
         r"non si ferma|non mi (?:fa|lascia) scendere|ha cambiato (?:strada|percorso)|(?:ha )?bloccato le (?:porte|portiere)|"
         r"nao (?:quer )?para|nao (?:me )?deixa (?:descer|sair)|desviou|mudou (?:o |de )?(?:caminho|trajeto|percurso|rota)|"
         r"trancou (?:as )?portas|portas trancadas)\b")

# a seizure now, and a burn on the body: "está convulsionando", "hat einen Krampfanfall", "s'est brûlé la main"
_SEIZURE = (r"\b(?:convulsion\w*|convulsiona\w*|convulsao|convulsoes|convulsioni|krampfanfall|krampft|epileptische\w* anfall|"
            r"(?:crise|crisis|ataque|attacco) (?:de |d'|di )?epilep\w*)\b")
_BURN = (r"\b(?:quemadura\w*|se (?:ha )?quemado (?:la|el|los|las) (?:mano|brazo|pierna|cara|pecho|pie|dedos?)|brulure\w*|"
         r"s'est brule\w* (?:la|le|les) (?:main|bras|jambe|visage|pied|doigts?)|verbruht|verbrennung\w*|hat sich (?:\w+ ){0,3}"
         r"verbrannt|ustion[ei]|si e (?:bruciat\w*|scottat\w*|ustionat\w*)|queimadura\w*|queimou (?:a|o) (?:mao|braco|perna|rosto|pe))\b")

CUES = {
    "seizure": _SEIZURE,
    "burn": _BURN,
    "swallowed": _SWALLOWED,
    "held": _HELD,
    "afraid": _AFRAID,
    "alone_fear": _ALONE_FEAR,
    "now": _NOW,
    "door": _DOOR,
    "door_who": _DOOR_WHO,
    "at_place": _AT_PLACE,
    "pressing": _PRESSING,
    "alone_now": _ALONE_NOW,
    "door_visit": _DOOR_VISIT,
    "intruder": _INTRUDER,
    "intruder_seen": _INTRUDER_SEEN,
    "hiding": _HIDING,
    "followed": _FOLLOWED,
    "allergy": _ALLERGY,
    "skin": _SKIN,
    "airway": _AIRWAY,
    "allergen": _ALLERGEN,
    "swelling": _SWELLING,
    "swelling_severe": _SWELLING_SEVERE,
    "swelling_mild": _SWELLING_MILD,
    "hurt": _HURT,
    "hurt_more": _HURT_MORE,
    "co": _CO,
    "fell": _FELL,
    "fall_harm": _FALL_HARM,
    "chest": _CHEST,
}
