"""The cues of an assault or a crisis told in Spanish, French, German, Italian or Portuguese: a sexual assault, an
attack, a wish to die said plainly or not, someone else's.

Pattern strings only, read lower-cased and without accents by `model.urgency.other_languages`, which compiles
``CUES`` (cue name -> pattern) and decides what the cues together name.
"""

from __future__ import annotations

# a sexual assault told of
_ASSAULT = (r"\b(?:me (?:violo|violaron|ha violado|han violado|agredio sexualmente|manose\w*|toqueteo\w*|metio mano)|"
            r"me (?:toco|ha tocado|tocaba) (?:\w+ ){0,2}(?:sin (?:mi )?(?:permiso|consentimiento)|aunque|el (?:culo|pecho|trasero)|"
            r"los pechos|la pierna|entre)|"
            r"violacion|abus(?:o|aron|o de mi) sexual\w*|abuso de mi|agresion sexual|acoso sexual|"
            r"m'a (?:violee?|touchee?|agressee? sexuellement|pelotee?)|(?:j'ai ete|ete) violee?|viol\b|agression sexuelle|"
            r"attouchements?|abus sexuel|harcelement sexuel|"
            r"(?:hat|haben) mich (?:\w+ )?vergewaltigt|(?:wurde|bin) (?:\w+ )?vergewaltigt|vergewaltigung|sexuell\w* (?:belastig\w*|missbrauch\w*|ubergriff\w*|angegriffen|genotigt)|sexuelle\w* "
            r"(?:ubergriff|belastigung|nootigung|notigung|missbrauch)|(?:hat|haben) mich (?:\w+ ){0,4}(?:angefasst|begrapscht|"
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
_CRISIS_OWN = (r"\b(?:(?:esto|este) es un adios|c'est un adieu|das (?:ist|war) ein abschied|questo e un addio|isto e um adeus|"
               r"(?:tiene|tengo) las pastillas (?:preparadas|listas)|(?:si c'est|en cas de|en caso de|in caso di|em caso de|bei) (?:un |einem )?(?:suicid\w*|suizid|selbstmord)"
               r"\b[^!?]{0,80}\b(?:ce soir|esta noche|stasera|heute (?:nacht|abend)|esta noite|hoje)|je vais me mettre devant(?! (?:la|le|les|ma|mon|un|une|l'|chez|tout))|ya no (?:lo|la|los|las) voy a necesitar|je n'en aurai plus besoin|(?:brauch|werd)\w* (?:es|das|sie) nicht "
               r"mehr brauchen|non mi serv(?:e|iranno) piu|nao vou (?:mais )?precisar (?:disto|disso|deles|dele)|quitarme la vida|me voy a matar|matarme|suicidarme|no quiero (?:seguir )?vivir(?! sin)|acabar con (?:todo|mi vida)|no (?:voy a ser|sere) (?:un )?(?:problema|una carga)|regalando mis cosas|"
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
                r"cartas? (?:escritas? )?(?:de despedida|para mis hijos)|message d'adieu|lettre d'adieu|(?:mensaje|mensagem) de despedida|(?:vocale|audio|messaggio) (?:tipo )?(?:d')?addio|sono sul (?:terrazzo|tetto)|messaggio d'addio|abschiedsbrief|abschieds(?:nachricht|mail|sms|video)|"
                r"lettera d'addio|carta de despedida|wendet euch an die erben|ich bin nicht mehr da|"
                r"me (?:he|hice) cortado los brazos|(?:je me suis|me suis) (?:deja )?taillade|mi sono tagliat[ao]|"
                r"me cortei|ritz\w* mich|mich geritzt|(?:pastillas|medicinas) juntadas|me tomo todo lo que hay|todo el botiquin|"
                r"je vais en finir|(?:chu|je suis|suis) (?:\w+ ){0,4}sur le pont|(?:hab\w* )?mir (?:schon )?uberlegt,? wie|"
                r"nicht mehr aufwachen|sono sul tetto|mi taglio|(?:no )?terraco do predio|pensando se pulo|"
                r"(?:estoy|estou|to) en (?:la )?azotea|sur le toit|auf dem dach|(?:je vais|voy a|vou) (?:me )?(?:jeter|tirar|sauter|"
                r"saltar|pular))\b")
_CRISIS_SIGN = (r"\b(?:alles verschenkt|(?:die |meine )?briefe geschrieben|brauch(?:e)? ich (?:eh|sowieso) nicht mehr|"
                r"(?:hoje|hoy|oggi|heute) (?:e|es|ist) (?:o )?(?:meu|mi|il mio|mein) (?:ultimo|letzter) (?:dia|giorno|tag)"
                r"(?! (?:de|di|en|in|no|na|bei|auf|im|a) )|obrigad[oa] por tudo|gracias por todo|merci pour tout|danke fur alles|"
                r"grazie (?:di|per) tutto|beneficiari[ao]|le he dado mi (?:perro|gato)|(?:he )?regalado mis|no (?:voy a )?necesitar(?:e)? (?:nada|mas)|"
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
                r"para no ser una carga|pour ne (?:pas|plus) etre un fardeau|um (?:euch |niemandem )?keine last|per non essere "
                r"un peso|para nao ser um peso|que le perdone|pardon pour tout|verzeih\w* mir|perdonami|desculpa por tudo|"
                r"scusami per tutto|perdon por todo|"
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
_ATTACKED = (r"\b(?:(?:un homme|quelqu'un|un mec|un type) (?:est en train de )?frapp\w* (?:une|un)|sta picchiando|sta prendendo a "
             r"calci|lo prende a calci|(?:esta|ta|estao|tao) (?:golpeando|pegando|batendo|a bater) (?:a |em )?(?:un|una|uma|um)|"
             r"(?:schlagt|prugelt|tritt) (?:gerade )?(?:auf )?(?:eine|einen) (?:frau|mann|jungen|kind|madchen|alte\w*|"
             r"obdachlose\w*)|me (?:dio|ha dado|pego|ha pegado) (?:un punetazo|una patada|una bofetada|un golpe|una paliza)|me (?:ha )?"
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
_CRISIS_OTHER = (r"\b(?:(?:er|sie) nimmt (?:jetzt |gerade )?(?:die |alle )?tabletten|nimmt (?:jetzt |gerade )?(?:die |alle )?"
                 r"tabletten (?:seiner|ihrer)|(?:il|elle) (?:\w+ ){0,12}(?:va|vais) (?:se |me )?mettre devant(?! (?:la|le|les|ma|mon|un|une|l'|chez|tout))|"
                 r"(?:vais|va) (?:me|se) jeter sous (?:le|un) train|(?:ha preso|se (?:ha )?tomado|se tomo|a pris|hat) (?:tutte le|todas (?:las|sus)|tous ses|toutes ses|alle "
                 r"(?:seine|ihre)) (?:sue )?(?:pillole|pastiglie|compresse|pastillas|cachets|medicaments|tabletten)(?: genommen)?|"
                 r"tomou todos os (?:seus )?(?:comprimidos|remedios)|hablando de (?:suicidarse|matarse|tirarse)|parlait de (?:se suicider|sauter|en finir)|vom sterben "
                 r"geredet|(?:parlava|parla) di (?:buttarsi|farla finita|uccidersi)|(?:a )?falar em (?:atirar-se|se matar|"
                 r"acabar))|\b(?:dijo|dice|decia|a dit|disait|hat (?:\w+ ){0,4}gesagt|sagte|ha detto|diceva|disse(?:-me)?|dizia)\b"
                 r"[^.!?]{0,40}?\b(?:iba a|va a|allait|voulait|er macht|sie macht|werde|wolle|avrebbe|voleva|ia|vai) "
                 r"(?:\w+ )?(?:acabar con todo|quitarse la vida|suicidarse|matarse|en finir|mettre fin a ses jours|se suicider|"
                 r"schluss|sich (?:\w+ )?umbringen|farla finita|togliersi la vita|uccidersi|por fim a tudo|se matar|"
                 r"acabar com tudo)")
_THIRD = (r"\b(?:mi|mon|ma|mein\w*|il mio|la mia|mio|mia|o meu|a minha|meu|minha) (?:ex[- ]?)?(?:hij[oa]|fils|fille|sohn|tochter|"
          r"figli[oa]|filh[oa]|vecin[oa]|voisine?|nachbar\w*|vicin[oa]|vizinh[oa]|padre|madre|pere|mere|vater|mutter|pai|mae|"
          r"marido|mari|mann|marito|hermano|hermana|frere|soeur|bruder|schwester|fratello|sorella|irmao|irma|coloc|kumpel|"
          r"colega de casa|companero de piso|amig[oa]|ami|amie|freund\w*|amic[oa]|match|pote|copain|copine|collegue|colega|"
          r"pana|cuate|compa|parcero|kolleg\w*|collega)\b|\b(?:un|ein|il mio|mon) match\b|"
          r"\b(?:el|la|le|der|die|il|o|a) (?:vecin[oa]|voisine?|mieter\w*|nachbar\w*|inquilin[oa]|locataire|signora|senhora|"
          r"senor|senora)\b")

# hands on them now, or held where they are by the person beside them: "lleva 20 minutos ... tocándome la pierna", "ta
# me segurando no corredor ... me apalpando", "le vigile le tient plaqué au sol", "hat mich begrapscht und lässt mich nicht raus"
_ASSAULT_NOW = (r"\b(?:tocandome|manoseandome|me (?:esta|sigue|anda) (?:tocando|manoseando|agarrando)(?! (?:vivir|pasar|sufrir|aguantar|pagar|trabajar|hacer)\b)|"
                r"me tiene(?:n)? (?:agarrad[ao]|"
                r"retenid[ao]|encerrad[ao])|me touche (?:sans arret|encore|la|les|le)|(?:me|le|la) tien(?:t|nent) (?:plaquee?|coincee?)|"
                r"plaquee? au sol|n'arrete pas de me toucher|(?:fasst|grapscht|tatscht) mich (?:\w+ ){0,3}an|(?:lasst|lassen) mich nicht "
                r"(?:raus|gehen|weg)|(?:mi )?sta (?:toccando|palpando)|continua a toccarmi|toccandomi|palpandomi|mi tiene (?:bloccat[ao]|"
                r"chius[ao])|non mi lascia (?:andare|uscire)|(?:me )?(?:esta|ta|fica) (?:me )?(?:tocando|apalpando|segurando|agarrando)"
                r"(?! (?:vivir|viver|pasar|passar|sufrir|sofrer|aguantar|pagar|trabajar|trabalhar|hacer|fazer)\b)|"
                r"me apalpando|apalpando-me|nao me deixa (?:ir|sair)|"
                # (pushed with the phone taken: "mi ha preso il telefono e mi spinge")
                r"(?:mi ha preso il telefono|me quito el (?:telefono|movil|celular)|m'a pris mon (?:telephone|portable)|hat mir (?:das|"
                r"mein) handy (?:weg)?genommen|pegou (?:o )?meu celular|tirou-me o telemovel)\b[^.!?]{0,30}\b(?:spinge|strattona|"
                r"empuja|pousse|schubst|empurra)\w*|"
                r"(?:esta|ta) (?:me )?forcando|forcando-me|me (?:esta )?obligando a "
                r"(?:subir|entrar)|(?:veut|essaie de) me forcer a|zwingt mich|mi sta costringendo|"
                r"(?:agora (?:pos|meteu)|poe|esta a por) a mao n[ao] (?:minha |meu )?"
                r"(?:perna|coxa|cintura|rabo|peito)|(?:me met|vient de (?:me )?mettre) la main sur (?:ma|mes|la)|mi (?:sta mettendo|"
                r"mette) la mano su(?:lla|lle)? (?:mia )?(?:gamba|coscia)|me (?:pone|esta poniendo) la mano en (?:la|mi) (?:pierna|"
                r"muslo|cintura)|legt (?:mir )?(?:\w+ )?die hand auf (?:mein|meinen|meine) (?:bein|oberschenkel|knie))\b")

CUES = {
    "assault": _ASSAULT,
    "assault_now": _ASSAULT_NOW,
    "attacked": _ATTACKED,
    "crisis": _CRISIS_OWN,
    "crisis_plan": _CRISIS_PLAN,
    "crisis_sign": _CRISIS_SIGN,
    "crisis_way": _CRISIS_WAY,
    "crisis_soon": _CRISIS_SOON,
    "crisis_will": _CRISIS_WILL,
    "crisis_other": _CRISIS_OTHER,
    "third": _THIRD,
}
