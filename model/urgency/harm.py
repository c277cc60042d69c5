"""Patterns of harm: danger at home, health, crisis, hazards in products, vulnerable people and pets.

Raw pattern strings, in the languages the brands hear from; `reasons` and `distress` compile them.
"""

from __future__ import annotations

import re

from model.urgency.text import nearby

# Hazards named the same way by the safety reason and by the narrower _DANGER below
# a baby's formula watered down to make it last: "I'm watering the bottles down to make it last" (read36)
DILUTED_FEED = (r"water(?:ing|ed)? (?:the |her |his |their |my |baby'?s )?(?:bottles?|formula) down|"
                 r"water(?:ing|ed)? down (?:the |her |his |their |my |baby'?s )?(?:bottles?|formula)|"
                 r"(?:adding|add|put(?:ting)?) (?:more|extra) water (?:in|to|into) (?:the |her |his |my )?(?:bottles?|"
                 r"formula)|dilut(?:e|es|ed|ing) (?:the |her |his |my )?(?:bottles?|formula)|"
                 # ... more water than the tin says, in the other languages ("le pongo más agua al biberón")
                 r"(?:m[áa]s agua|agua de m[áa]s|mais [áa]gua|[áa]gua a mais|plus d'eau|davantage d'eau|mehr wasser|"
                 r"pi[ùu] acqua)[^.!?]{0,40}?(?:biber[oó]n|mamadeira|biberon|fl[äa]schchen|latte in polvere|"
                 r"leche de f[oó]rmula|lait infantile|s[äa]uglingsnahrung|f[óo]rmula)")
# a child's high fever or a swelling after a sting, in the languages the brands hear from ("il a 39 de fièvre", read36)
_FEVER_NOW = (r"\b(?:39|4[0-2])(?:[.,]\d)? ?(?:°c? )?(?:de fi[èe]vre|de fiebre|di febbre|de febre|grad fieber|fieber|fever)\b|"
              r"\b(?:fever|temperature|temp|fi[èe]vre|fiebre|fieber|febbre|febre) (?:of |is |de |di |von |[àa] )?(?:39|4[0-2]|10[3-6])\b|"
              r"\b(?:swollen|swelling|gonfl[ée]e?|hinchad[oa]|geschwollen|gonfi[oa]|inchad[oa])\b[^.!?]{0,40}?\b(?:sting|"
              r"piq[ûu]re|picadura|stich|puntura|picada)\b|\b(?:stung|sting|piq[ûu]re|picadura|stich|puntura|picada)\b"
              r"[^.!?]{0,60}?\b(?:swollen|swelling|gonfl[ée]e?|hinchad[oa]|geschwollen|gonfi[oa]|inchad[oa])\b")
FEVER = nearby(r"\b(?:son|daughter|child|baby|kid|toddler|little one|boy|girl|fils|fille|enfant|b[ée]b[ée]|hij[oa]|ni[ñn][oa]|"
               r"sohn|tochter|kind|figli[oa]|bambin[oa]|filh[oa]|crian[çc]a)\b", _FEVER_NOW, 100)
# carbon monoxide, by name or by its alarm ("CO alarm going off"), in six languages ...
CARBON_MONOXIDE_WORDS = (r"carbon monoxide|co (?:alarm|detector)s?|mon[óo]xido de carbono|monoxyde de carbone|"
                    r"kohlenmonoxid\w*|co-?melder|monossido di carbonio|detector de co|d[ée]tecteur de co|rilevatore di co")
# ... sounding, or felt: not "do you sell carbon monoxide detectors?", "is a CO alarm included in the install?"
CO_DANGER = nearby(CARBON_MONOXIDE_WORDS, r"going off|gone off|went off|beeping|sounding|alarming|headaches?|dizz\w*|sick|"
                   r"nause\w*|poison\w*|leak\w*|pitando|suena|sonne|piepst|schl[äa]gt an|suona|apitar|dolor de cabeza|"
                   r"mal de t[êe]te|kopfschmerz\w*|mal di testa|dor de cabe[çc]a", 80)
GAS_SPARKS = (r"gas leak|leak\w* gas|(?:stinks?|stinking|reeks?|reeking|stench) (?:\w+ )?of gas\b|smell(?:s|ing|ed)? (?:(?:a )?(?:bit|little|faint|slight|strong|lot) )?(?:of |like )?gas\b|gas smell|sparking|sparks (?:came|coming|flying|"
               r"from)|(?:charger|plug|socket|cable|wire|outlet|battery|phone|laptop|heater|router|appliance)s? "
               r"(?:\w+ ){0,3}spark(?:ed|s)|smell(?:s|ing)? (?:of )?burning|burning smell|there'?s smoke|"
               r"electric shock|explosion|fuga de g[aá]s|fuite de gaz|gasgeruch|gasleck|fuga di gas|"
               r"vazamento de g[aá]s|"
               # "ça sent le gaz", "huele a gas", "cheira a gás", "puzza di gas", "es riecht (stark) nach Gas"
               r"sent (?:\S+ ){0,2}?(?:le|du) gaz|odeur (?:\S+ ){0,2}?de gaz|huele (?:\S+ ){0,2}?a gas|olor (?:\S+ ){0,2}?a gas|"
               r"cheir(?:a|o) (?:\S+ ){0,3}?(?:a|de) g[aá]s|(?:puzza|odore) (?:\S+ ){0,2}?di gas|"
               r"riecht (?:\S+ ){0,5}?nach gas|gasgeruch|gaslucht|ruik (?:\S+ ){0,3}?gas|"
               # sparks, melting, smoke in other languages ("ha fatto scintille e si è fuso", "soltou faíscas")
               + nearby(r"cargador|chargeur|ladeger[äa]t|caricabatterie|carregador|oplader|[łl]adowark\w*|enchufe|prise|"
                       r"steckdose|presa|tomada|stopcontact|gniazd\w*|cable|c[âa]ble|kabel|cavo|cabo|batter\w*|akku|"
                       r"bater[ií]a|router|compteur|z[äa]hler|contador|contatore|poste|mast|pole|"
                       r"(?:telefone|telefono|handy|m[óo]vil|portable|celular|telem[óo]vel)",
                       r"[ée]tincelles|funken|scintille|scintilla|fa[ií]scas|chispas|vonken|iskr\w*", 60) + "|"
               r"(?:cargador|chargeur|ladeger[äa]t|caricabatterie|carregador|oplader|[łl]adowark\w*) (?:\S+ ){0,6}?"
               r"(?:derriti\w*|fondu|geschmolzen|fus[oa]|derreteu|gesmolten|stopi\w*|quem\w*|br[ûu]l\w*|brennt|bruciat\w*)|"
               r"(?:sale|salía|hay|il y a de la|es kommt|c'è|sai|está a sair) (?:\S+ ){0,2}?(?:humo|fum[ée]e|rauch|fumo|fuma[cç]a)")
APPLIANCE = (r"(?:battery|phone|charger|heater|boiler|laptop|device|cooker|oven|toaster|kettle|e-?bike|e-?scooter|"
              r"microwave|dryer|tumble dryer|hair ?dryer|plug|socket|extension lead|power bank|vape)")
# Unwell now where nobody can help: stuck in the heat without water, a child taken ill
UNWELL_NOW = (nearby(r"(?:no|sans|plus d'|sin|kein|senza|sem) (?:more )?(?:water|eau|agua|wasser|acqua|[áa]gua)",
                     r"\d{2} ?°c|\d{2} degr\w*|(?:no|sans|plus de|sin|keine|senza|sem) (?:air[- ]?con\w*|clim\w*|"
                     r"aire acondicionado|klima\w*|aria condizionata|ar condicionado)", 80) + "|"
               r"(?:mon fils|ma fille|mon b[ée]b[ée]|mi hij[oa]|mi beb[ée]|mein (?:sohn|kind|baby)|meine tochter|mio "
               r"figlio|mia figlia|meu filho|minha filha|my (?:son|daughter|baby|child)) (?:\S+ ){0,4}?(?:ne va pas bien|"
               r"se encuentra mal|no est[áa] bien|geht es (?:nicht gut|schlecht)|sta male|non sta bene|est[áa] passando "
               r"mal|isn'?t well|is unwell|is not well)")
# A pharmacy's error someone may take ("you gave my dad someone else's blister pack", "the wrong medication")
# ("sent me someone else's prescription", "gave my mother the wrong strength of warfarin")
DISPENSED = (r"(?:gave|given|give|dispensed|handed|sent|delivered|posted) (?:\S+ ){0,3}?(?:the )?(?:wrong|someone else'?s|"
              r"somebody else'?s) (?:\S+ )?(?:medication|medicine|meds|tablets|pills|prescription|dose|blister packs?|"
              r"inhaler|insulin)\b|(?:gave|given|dispensed|sent|delivered) (?:\S+ ){0,3}?(?:the )?wrong strength of\b|"
              r"wrong (?:medication|medicine|meds|tablets|pills)\b|wrong (?:dose|dosage)\b(?! of (?!(?:\w+ )?(?:medic|"
              r"tablet|pill|insulin|meds)))|"
              # "delivered my mum's prescription but it's the wrong strength of her blood pressure tablets, 10mg
              # instead of 5mg" (twelfth session)
              # "your vet gave my cat a 10x dose of metacam" (read37)
              # (double or twice only beside a mistake: not "my GP prescribed me double the dose this month")
              r"(?:gave|given|dispensed|injected) (?:\S+ ){0,3}?(?:an? )?(?:\d+ ?x|\d+ times|ten times) (?:the |a |an )?"
              r"(?:\w+ )?(?:dose|dosage|amount)\b|"
              + nearby(r"(?:gave|given|dispensed|injected) (?:\S+ ){0,3}?(?:double|triple|twice) (?:the |a |an )?(?:\w+ )?"
                       r"(?:dose|dosage|amount)\b", r"\b(?:wrong|mistake|mistaken|error|label\w*|instead of|mix(?:ed)?[- ]up)\b", 80)
              + r"|\boverdosed (?:my|our|him|her|them)\b|"
              r"wrong strength of (?:\S+ ){0,4}?(?:tablets|pills|medic\w*|meds|insulin|inhalers?|capsules|prescription)\b|"
              + nearby(r"\b\d+(?:\.\d+)? ?(?:mg|mcg|ml) instead of (?:the |her |his |my )?\d+(?:\.\d+)? ?(?:mg|mcg|ml)\b",
                      r"\b(?:tablets?|pills?|meds|medic\w*|prescription|dose|pharmac\w*|capsules?|insulin|inhaler|"
                      r"amlodipine|metformin|\w+(?:pril|olol|statin|azole|cillin|pine|pam|done))\b", 60)
              # ... "You sent 500mg paracetamol instead of the 250mg children's one" (read34)
              + r"|\b\d+(?:\.\d+)? ?(?:mg|mcg|ml) (?:paracetamol|ibuprofen|calpol|amoxicillin|\w+(?:pril|olol|statin|azole|"
              r"cillin|pine|pam|done)) instead of (?:the |her |his |my )?\d+(?:\.\d+)? ?(?:mg|mcg|ml)\b")
# raw sewage coming up where people are, a burst main flooding a road (a care lead's read of a water company, twelfth
# session)
SEWAGE = (r"raw sewage|sewage (?:is |has been )?(?:\w+ )?(?:bubbling|flooding|coming up|coming out|pouring|overflowing|"
           r"spreading|backing up|everywhere|in (?:our|my|the) (?:garden|house|home|kitchen|street))")
BURST_MAIN = r"burst (?:water )?main|water main (?:has )?burst"
# a leak in the home going through to the flat below or onto the electrics: "tengo una fuga de agua debajo del lavabo
# y ya está cayendo al piso de abajo" (read35)
LEAK = nearby(r"\bleak\w*|\bburst pipe|\bfuga de (?:agua|[áa]gua)|\bfuite d'eau|\bwasser(?:rohr)?bruch|\brohrbruch|"
              r"\bundicht\w*|\bperdita d'acqua|\bvazamento de [áa]gua|\btuber[ií]a rota|\bcano rebentado",
              r"(?:through|into|onto) (?:the |my |our )?(?:ceiling|flat below|flat downstairs|downstairs|light fittings?|"
              r"lights?|electrics?|fuse ?box|neighbou?r'?s?)|flat below|downstairs neighbou?r|(?:piso|apartamento|vecin[oa]) de "
              r"abajo|al piso de abajo|(?:appartement|voisin) du dessous|wohnung (?:unter uns|darunter)|nachbarn? unten|"
              r"(?:appartamento|vicin[oi]) di sotto|(?:apartamento|vizinho) de baixo", 120)
SEWAGE_OR_MAIN = SEWAGE + "|" + BURST_MAIN + "|" + LEAK

# a road accident just now ("just been in a car crash on the M62, I'm shaking"), not last year's claim nor a film
ROAD_ACCIDENT = (nearby(r"car (?:crash|accident)|(?:road|traffic|motorway) (?:crash|accident|collision)|"
                        r"(?:been|was|were) in (?:a|an) (?:\w+ )?(?:crash|accident)|(?:tuve|tuvimos|hemos tenido|he tenido) "
                        r"un accidente|accidente (?:de (?:coche|tr[áa]fico|carro|moto)|con el coche)|accident de "
                        r"(?:voiture|la route)|autounfall|verkehrsunfall|unfall (?:gehabt|gebaut)|incidente (?:stradale|"
                        r"d'auto|in macchina)|acidente (?:de carro|de tr[âa]nsito|de moto)",
                        r"\bjust (?:been|had|crashed)|right now|shaking|\bhurt\b|injur\w*|on the (?:hard shoulder|"
                        r"motorway|side of the road)|what do i do|en la carretera|ahora mismo|qu[ée] hago|en ce moment|"
                        r"gerade eben|in questo momento|agora mesmo", 60)
                  + r"|(?:drove|crashed|ran|went|ploughed|slammed) into (?:the back of )?(?:me|us|my car)\b")
# a near miss on the road: nobody hurt, a fault or a driver that nearly hurt them ("the scooter cut out in the middle of
# the road and I was nearly hit by a car", "ich wäre fast von einem Auto erwischt worden", read37): the safety team, not
# the emergency services
# (a vehicle or the road near it: not "casi me muero de la risa", "nearly thrown off the flight", "killed with kindness")
_ON_THE_ROAD = (r"\b(?:cars?|vans?|bus(?:es)?|lorry|lorries|trucks?|taxi|cab|cyclist|bikes?|scooters?|e-?scooters?|mopeds?|"
                r"motorbikes?|road|traffic|junction|roundabout|motorway|crossing|tram|brakes?|auto|lkw|stra(?:ß|ss)e|"
                r"verkehr|coche|carro|moto|calle|tr[áa]fico|carretera|voiture|camion|rue|route|macchina|strada|rua|"
                r"estrada|tr[âa]nsito|roller|patinete|trottinette|monopattino|patinete|bici(?:cleta)?|fahrrad|v[ée]lo)\b")
_NEAR_MISS = (r"(?:nearly|almost|very nearly|narrowly) (?:got |been |was |getting )?(?:hit|run over|knocked (?:off|"
              r"down|over)|went under|thrown off|flung off|came off|crashed into)\b|"
              r"(?:nearly|almost) (?:got|been|was|getting) killed\b|could (?:have|'ve|of) been killed\b|"
              r"\b(?:fast|beinahe) (?:\S+ ){0,5}?(?:erwischt|überfahren|angefahren|umgefahren)\b|"
              r"\b(?:casi|por poco) (?:me )?(?:atropell|pill|arroll)\w*|"
              r"\bfailli (?:me |se |l')?(?:faire |être )?(?:renvers|écras|percut|fauch)\w*|"
              r"\bquasi (?:investit\w+)|\bper poco non mi (?:investiva|ha investit\w+|prendeva)|mi ha quasi investit\w+|"
              r"\bquase (?:fui |me )?atropel\w+")
# (the road word before it, or after its start in the same sentence: "ich wäre beinahe von einem Auto angefahren")
NEAR_MISS = (rf"{_ON_THE_ROAD}[\s\S]{{0,80}}?(?:{_NEAR_MISS})|"
             rf"(?=(?:nearly|almost|very nearly|narrowly|could(?:'ve| have| of) been|fast|beinahe|casi|por poco|failli|"
             rf"quasi|per poco|mi ha|quase)\b)"
             rf"(?=[^.!?]{{0,120}}?{_ON_THE_ROAD})(?:{_NEAR_MISS})")
# a home flooding now ("my kitchen is under 20cm of water right now"): the electrics, the family; not last winter's
# water reaching the electrics needs no "now": "water pouring through the ceiling onto the fuse box"
_WATER_ON_ELECTRICS = nearby(r"water (?:is |'s )?(?:pouring|gushing|dripping|leaking|coming|running|pooling)|"
                            r"leak(?:ing)? (?:\S+ )?(?:onto|into|through)|flood(?:ed|ing)",
                            r"fuse ?box|consumer unit|sockets?|electrics|wiring|light fittings?|plug socket", 50)
FLOODING = r"(?:keller|wohnung|haus|k[üu]che|erdgeschoss) steht (?:\S+ ){0,4}?unter wasser|" + nearby(r"(?:house|home|kitchen|flat|basement|cellar|living room|downstairs|ground floor|bedroom|lounge) "
                  r"(?:is |has |got |just )?(?:\w+ )?(?:flooded|flooding|under (?:\S+ ){0,2}?water)|water (?:is )?"
                  r"(?:pouring|gushing|flooding) (?:in|through|into)|(?:running|pouring|gushing|flooding) into (?:the |our |my "
                  r"|people'?s |their |neighbours'? )?(?:houses?|homes?|flats?|propert(?:y|ies)|basements?|cellars?)|"
                  r"(?:casa|cocina) inundada|maison inond[ée]e|"
                  r"(?:wohnung|haus|keller) (?:ist )?(?:\S+ )?überflutet|casa allagata|casa alagada",
                  r"right now|\bnow\b|currently|tonight|this (?:morning|evening)|rising|what do (?:i|we) do|ahora|"
                  r"maintenant|gerade|adesso|agora|burst (?:its|their) banks?|(?:a |half a |one )?(?:metre|meter|foot|feet|inch(?:es)?) of water", 100) + (
    "|" + _WATER_ON_ELECTRICS
    # other people's homes flooding now: a burst main, a river ("water flooding into houses, cars stuck!")
    + r"|(?:running|pouring|gushing|flooding) into (?:the |people'?s |their |neighbours'? )?(?:houses|homes|flats|properties)")
# followed, filmed or groped by someone ("a man keeps following me to the changing rooms and filming me"), not
# "adverts following me around the internet"
PREYED = (r"(?:man|woman|guy|bloke|someone|somebody|he|she|stranger|person|driver|customer|member|staff|worker) "
           r"(?:\S+ ){0,4}?(?:(?:follow(?:s|ed|ing)|stalk(?:s|ed|ing)) (?:me|her|my (?:daughter|son|child|wife|"
           r"girlfriend)) (?:\S+ )?(?:to|into|around|home|out of|in the)\b|(?:film(?:s|ed|ing)|photograph(?:s|ed|ing)) "
           r"(?:me|her|my (?:daughter|son|child|wife|girlfriend))\b)|grop(?:e[sd]|ing)|"
           # "A guy at the Leeds club keeps following me around the women's area and filming me" (read38); not "someone on
           # your social media team keeps following me around on twitter haha"
           r"(?:man|woman|guy|bloke|someone|somebody|stranger|person|member) (?:\S+ ){0,6}?(?:kept|keeps?|was|started) "
           r"(?:commenting on|making comments about|touching) my (?:body|chest|bum|legs|figure|looks)\b|"
           # "moved to sit right next to me when i changed seats" (read39's re-grade)
           r"\bmoved to sit (?:right )?next to me\b|"
           # "kept holding his phone up filming me and my 12 yr old daughter" (read39's second re-grade)
           r"\b(?:kept|keeps|was|started) (?:\w+ ){0,4}?(?:filming|photographing) (?:me|us|my (?:daughter|son|child|kids?))\b|"
           r"(?:man|woman|guy|bloke|someone|somebody|stranger|person|member) (?:\S+ ){0,6}?keeps? (?:following|filming|"
           r"photographing|staring at) me\b(?![^.!?]{0,60}\b(?:on (?:twitter|x|instagram|insta|tiktok|facebook|social)|"
           r"haha|lol|liking)\b)")
# someone stuck on a stairlift or in a lift now ("my 84 year old dad is STUCK on his stairlift halfway up the stairs ...
# He can't get off", read38): the emergency services if hurt or unwell, and the brand's engineers now
# (on or in it, now: not "stuck on which stairlift to buy", "stuck with the hoist you sent", "was stuck in the lift last
# week", "stuck waiting for an engineer")
_LIFT = r"(?:stair ?lifts?|through-?floor lifts?|hoists?|(?:step|platform|wheelchair) lifts?|lifts?|elevators?)"
TRAPPED = (rf"(?<!was )(?<!were )(?<!been )\b(?:stuck|trapped) (?:on|in) (?:(?:his|her|my|the|a|our|their|your) (?:\w+ )?)?"
           rf"{_LIFT}\b(?![^.!?]{{0,40}}\b(?:last (?:week|month|year)|yesterday|ago)\b)|"
           + nearby(r"\bcan'?t get (?:him |her |them |me |us )?(?:off|out|down)\b",
                    r"\b(?:stair ?lifts?|through-?floor lifts?|hoists?|(?:step|platform|wheelchair) lifts?)\b", 60))
# a small part come off a toy and found in a child's mouth ("The eyes came off the Cuddly Fox after one wash and my
# 14-month-old had one in her mouth", read38): the safety team, and a word for the shock
# (a child near: not "Stuffing came out of the dog toy, he swallowed some"; no swallowing idioms: "hard to swallow at £120",
# "choking on the price")
_SMALL_ONE = r"\b(?:bab(?:y|ies)|baby'?s|toddler|son|daughter|child|kid|little one|boy|girl|\d+[- ]?(?:month|year|yr)s?[- ]?old)\b"
_PART_IN_MOUTH = nearby(r"\b(?:came|come|comes|coming|fell|falls|falling|pulled|broke|breaks) (?:off|out|apart|loose)\b",
                        r"\b(?:in (?:his|her|their|the baby'?s|my \w+'s) mouth|chok(?:ed|ing)(?! on)|gagg(?:ed|ing))\b", 80)
# (the child before it, or within it or after its start: "... and my 14-month-old had one in her mouth")
# (each lookahead behind a cheap first word, so a long post is still read in linear time)
CHOKE_SCARE = (rf"{_SMALL_ONE}[\s\S]{{0,120}}?(?:{_PART_IN_MOUTH})|(?=\b(?:came|come|comes|coming|fell|falls|falling|pulled|"
               rf"broke|breaks|in (?:his|her|their|the|my) |chok\w*|gagg\w*)\b)(?=[\s\S]{{0,200}}?{_SMALL_ONE})(?:{_PART_IN_MOUTH})")
# known where they live by someone they never told: "a man I unmatched ... knows I live on Elmfield Road ... I'm scared
# to go home" (read35); not "the driver knows I live on the 3rd floor", "your engineer never turned up at my house"
AFRAID_WORDS = r"scared|afraid|frightened|terrified"
# ... or where they work, or asking their friends about them ("now he's messaging my friend asking about me. He knows
# where I work", read39), or followed home ("met someone off your app tonight and he followed me home"), beside a word of
# fear or a report; not "they know I work from home", "she asked my friend about me 😍", "followed us home with the van
# so we didn't get lost"
_STALKED_CUE = (rf"\b(?:{AFRAID_WORDS}|unsafe|won'?t (?:go|leave|stop)|outside my|police|what (?:do|should) i do|don'?t know "
                r"what to do|reported|blocked|unmatched|still on (?:the|your) app|knows where|harass\w*|creep\w*)\b")
STALKED = (r"\b(?:he|she|they|him|man|guy|stranger|someone|somebody|ex|match)\b[^.!?]{0,100}?\bknows? (?:where )?(?:i|we) "
            rf"lives?\b|(?:{AFRAID_WORDS}) to (?:go|walk) home|"
            + nearby(r"\b(?:he|she|they|him|man|guy|stranger|someone|somebody|ex|match)\b[^.!?]{0,100}?\bknows? where "
                     r"(?:i|we) works?\b(?! because)|"
                     r"(?:he|she|they|a man|a guy|a stranger|someone|somebody)(?: \w+){0,2}? followed (?:me|us) (?:all the "
                     r"way )?(?:home|back to (?:my|our) (?:house|home|flat|car))\b|(?:he|she|they)(?:'s| is| are|'re)? (?:now "
                     r"|been |started )?(?:messag|contact|text|ask)\w* my (?:friends?|family|sister|brother|mum|mom|dad|"
                     r"colleagues?|boss|workmates?)\b[^.!?]{0,30}?\babout me\b", _STALKED_CUE, 150) + "|"
            r"(?:he|she|they|a man|a guy|a stranger|"
            r"someone|somebody|my ex)(?: \w+){0,2}? (?:has |have |just |then |keeps? )?turn(?:ed|s)? up (?:at|outside) "
            r"my (?:house|home|flat|door|work)|"
            # "keeps turning up at my gym and my work", "waiting outside my office every evening", "been following me on my
            # way home", "tracked me down", "found ... my address" (read39's review)
            r"\b(?:keeps?|kept|started) (?:turning|showing) up (?:at|outside) my (?:house|home|flat|door|work|gym|office|desk)|"
            r"\b(?:is |'s |are |been )?waiting (?:for me )?outside my (?:office|work|house|home|flat) (?:every|each|again)\b|"
            r"\b(?:he|she|they|someone|somebody|a man|a guy)(?:'s| has| have) been following me\b(?! on (?:twitter|x|"
            r"instagram|insta|tiktok|facebook|here))|\btracked me down\b|\b(?:found|got) (?:\w+ ){0,6}?my (?:home )?address\b"
            r"[^.!?]{0,80}?\b(?:sending|sent|turned up|came round|letters?|messag\w*)")
# glass or metal found in food ("found a shard of glass in a jar of your pasta sauce"), not "the metal lid in the
# food waste"
IN_FOOD = nearby(r"(?:glass|metal|needles?|blades?|a screw|a bolt|wire) (?:\S+ ){0,3}?in (?:\S+ ){0,5}?(?:jar|food|"
                 r"meal|sauce|sandwich|salad|bread|pizza|burger|drink|bottle|cereal|soup|yog(?:h)?urt|baby food|"
                 r"pack(?:et)?|tin|can)\b|(?:shard|piece|bit|chunk|fragment|splinter)s? of (?:glass|metal)",
                 r"\bfound\b|\bfind\b|there (?:was|is)|there'?s|bit into|bitten|(?:nearly|almost) (?:ate|swallowed|"
                 r"choked)|swallowed|encontr\w*|trouv[ée]|gefunden|trovat[oa]|achei|encontrei", 60)
# a death in the family: concern, never cheer or "we understand your frustration" ("my mum passed away, please close
# her account"); not "my battery died", "il mio pacco è scomparso" nor "my mum died laughing"
# an allergen sent to an allergic household, eaten or nearly ("galletas con avellanas y mi hija es alérgica, casi se
# las come"); not the question "does it contain peanuts? my son is allergic"
# an allergy's medicine already taken ("I've taken my antihistamine", "used her EpiPen"): a reaction under way
MEDICINE_TAKEN = (r"(?:taken|took|used|had to (?:take|use)|given (?:him|her|them)) (?:my |an |his |her |their |the )?"
                   r"(?:antihistamines?|epi-?pens?|adrenaline|piriton)")
# a fall ("my dad has had a fall and is on the floor"), no way to call for help ("I can't call 999 from my mobile, it
# says no service"), and someone saying they will take their own life (a player in voice chat): each an emergency now.
# Another person's threat to kill themselves: "I'm going to kill myself" is mostly a figure of speech on hold (a
# customer's own crisis is read apart, sentence by sentence: see names_own_crisis)
FALL = (r"(?:\b(?:i|he|she|they|we|mum|mom|dad|gran|grandma|grandad|grandpa|nan|nana|child|son|daughter|wife|husband|"
         r"partner|guest|passenger|customer|man|woman|lady|someone|somebody)|my \w+)(?:'s| has| have|'ve)? (?:just )?"
         r"(?:had|taken) a (?:bad |nasty |serious |big |heavy |really bad )?fall\b")  # not "the share price took a fall"
# a swollen face that closes an eye or makes it hard to swallow (a spreading infection: "my face has swollen up so much
# since my root canal ... my left eye is nearly shut and it hurts to swallow", read39), now (see ``names_face_swelling``);
# not a swollen face alone, nor "hard to swallow the £90 bill"
FACE_SWELLING = nearby(r"\b(?:face|cheek|jaw|neck|gums?)\b[^.!?]{0,30}?\b(?:swell\w*|swollen|puff(?:ed|ing) up|blown up)|"
                       r"\bswollen (?:face|cheek|jaw|neck)\b|\bswelling (?:under|in|on|round|around) (?:my|his|her) "
                       r"(?:face|cheek|jaw|neck)",
                       r"\b(?<!not )(?:hurts?|painful|struggling|can'?t|cannot|unable|difficult|trouble|hard|barely|agony) "
                       r"(?:\w+ )?(?:to )?swallow(?:ing)?\b(?! (?:the|this|that|a|an|another|any more|what|though)\b)"
                       r"(?![^.!?]{0,12}\b(?:price|bill|fee|fact)\b)|\bswallowing (?:is |hurts|is agony|is painful)|"
                       r"\beye (?:is |has )?(?:\w+ )?(?:nearly |almost |completely |half )?(?:shut|closed|closing)\b|"
                       r"\b(?:can'?t|can barely|cannot) open my (?:left |right )?eye\b|\beye won'?t open\b|"
                       r"\bspreading (?:to|down|up|into) my (?:neck|eye|throat)\b", 150)
# ... over, or seen to already ("fine now", "last year", "at the GP now")
SWELLING_PAST = (r"\b(?:last (?:year|month|week)|\d+ (?:years?|months?|weeks?) ago|all sorted|fine now|has gone down|"
                 r"has gone|gone down|no longer|not (?:closed|shut)|isn'?t (?:closed|shut)|used to|normal they said|"
                 r"said it'?s normal|from crying|at the (?:gp|doctor'?s|hospital) now)\b")
# "my dad is 72 and has chest pains and he's all sweaty" (read35)
# (not "a stroke of luck", "had a stroke last year", "can I travel with chest pains?")
HEART = (r"(?:has|is having|having|got|complain\w* of) (?:bad |severe |sudden )?chest pains?|"
          r"(?:is having|having|has just had|just had) a stroke\b(?! of)")
# sudden illness, injury or danger now as a layperson tells it (the twenty-first session's blind set: "one side is sliding
# down and he cant get his words out", "lad having a fit on the floor", "crushing chest pain, sweaty and grey", "just
# got a proper jolt off my washing machine", "now IN my hallway. Im locked in the bathroom with my daughter")
ACUTE = (r"(?:face|mouth|smile) (?:is |has |looks )?(?:drooping|droopy|dropped|lopsided)|one side (?:of (?:his|her|their|my) "
         r"(?:face|mouth) )?(?:is |has )?(?:sliding|drooping|dropping|dropped|droopy|fallen|slipped)(?: down)?|"
         r"(?:speech|words) (?:is |are )?slurred|(?:is |'s )?slurring (?:his|her|their) words|can'?t get (?:his|her|their) "
         r"words out|(?:his|her|their) (?:left |right )?(?:arm|leg) (?:just )?(?:flops|is floppy|is limp|went limp|has gone "
         r"limp)|"
         r"(?:hit|banged|bumped|smashed) (?:his|her|their|my) head\b[^.!?]{0,60}?\b(?:confused|slurring|drowsy|vomiting|"
         r"throwing up|unconscious|won'?t wake|passed out|blacked out|bleeding)|"
         r"having a seizure|(?:is|he'?s|she'?s) (?:fitting|seizing)\b|convulsing|having a fit\b(?! (?:about|over|at|because|"
         r"when|if))[^.!?]{0,40}?\b(?:floor|ground|shaking|jerking|going|minutes|mins)\b|"
         r"(?:crushing|tight|heavy|severe) chest pains?|chest pains?\b[^.!?]{0,40}?\b(?:sweat\w*|grey|gray|clammy|can "
         r"barely (?:talk|breathe)|down (?:his|her|their|my) (?:left )?arm|jaw)|"
         r"just (?:got|had) (?:an? )?(?:nasty |bad |big |proper )?(?:electric(?:al)? )?(?:shock|jolt) (?:off|from)|"
         r"(?:was|got|been|just) electrocuted|(?:a )?burn on (?:his|her|their|my) (?:palm|hand|arm|fingers?|leg|face)|"
         r"(?:hiding|locked (?:myself |ourselves )?in|barricaded (?:myself |ourselves )?in) (?:the|my|our) (?:bathroom|"
         r"bedroom|toilet|wardrobe|closet)\b[^.!?]{0,20}?\b(?:with (?:my|our) (?:daughter|son|kids?|children|baby)|police|"
         r"999|911)|"
         r"(?:driver|he|she)\b[^.!?]{0,25}?\blocked (?:the doors|me in|us in)|"
         r"man overboard|(?:fell|fallen|gone|went) overboard|(?:baby|child|son|daughter|toddler|kid|little one)\b[^.!?]{0,40}?"
         r"\blocked in (?:the|a|my|our) car")
NO_WAY_TO_CALL = (r"(?:can'?t|cannot|could ?n'?t|unable to|not able to|won'?t let me) (?:even )?(?:call|ring|dial|phone|"
                   r"reach|get through to) (?:999|911|112|000|an ambulance|the emergency services|emergency services)")
SELF_HARM = (r"(?:going to|gonna|wants? to|will|threaten\w* to|(?:said|says|saying|told \w+) (?:that )?(?:he|she|they)"
              r"(?:'s|'re|'ll|'d| is| are| will| would| was)? ?(?:going to|gonna)?) (?:\S+ )?kill (?:him|her|them)sel(?:f|ves)|"
              r"(?<!not )(?<!n't )suicidal|suicide (?:note|attempt|threat)s?|(?:take|end|taking|ending) (?:his|her|their) "
              r"(?:own )?life|"
              # "he has talked about ending his life", "she's been posting about suicide" (not "suicide prevention")
              r"(?:talk\w*|spoke|speaking|post\w*|wr[io]te|writing|going on) about (?:suicide|killing (?:him|her|them)sel(?:f|ves)|"
              r"ending it all)\b(?! prevention| awareness| rates?)|"
              # a farewell and a phone gone quiet: "a message saying goodbye and sorry for everything and his phone is off"
              r"(?:(?:message|text\w*|note|wrote|posted|sent me)\b[^.!?]{0,30}?\b(?:goodbye|sorry for everything)|goodbye "
              r"(?:message|text)|look after (?:my|the) (?:dog|cat|kids|children))[\s\S]{0,120}?\b(?:phone|mobile) (?:is |was |has been |'s )?(?:now |still )?(?:off|switched off|dead|"
              r"(?:going|goes) (?:straight )?to voicemail|(?:isn't |is not |not )answering)\b|"
              # ... in the other languages the brands hear from ("dijo que se va a quitar la vida esta noche")
              r"se (?:va|iba|quiere) a (?:matar|suicidar|quitar la vida)|quitarse la vida|suicidarse|suicidarsi|"
              r"(?:va|veut) se (?:suicider|tuer)|se suicider|sich (?:\S+ )?(?:umbringen|das leben (?:zu )?nehmen)|"
              r"togliersi la vita|(?:vuole|vorrebbe) (?:uccidersi|ammazzarsi)|(?:vai|quer) se (?:matar|suicidar)|"
              r"tirar a (?:pr[óo]pria )?vida|se suicidar")
# ... or of their own: "I don't see the point in anything anymore. deleting this app and maybe everything else too"
# (read35); not "I don't see the point of Plus", nor "I'm going to kill myself if this update doesn't come" (see
# names_own_crisis for the sentences it does not count)
OWN_CRISIS = (r"(?:(?:end|take) my (?:own )?life|(?:wants?|going|gonna) to end it all\b(?! with)|"
               r"(?:want|wanna) (?:to )?die\b(?! of| laughing| if| when)|"
               r"(?:don'?t|do not) want to (?:live|be alive|be here) any ?more|"
               r"(?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:in|of) (?:anything|living|life|going on|it all|"
               r"being here)|no (?:point|reason) (?:in |to )?(?:living|going on|being alive)\b(?! with)|"
               r"better off (?:dead|without me)|"
               # said without the word: "thought about ending things just to make the pain stop", "I've been giving my
               # things away this week, won't need them much longer anyway" (read39's second re-grade)
               r"(?:thought|thinking|think) (?:\w+ )?(?:about|of) ending (?:things|it all|everything|my life)\b|"
               r"giv(?:ing|en) (?:all )?my (?:things|stuff|belongings) away\b[\s\S]{0,80}?\b(?:won'?t|will not|don'?t) "
               r"(?:need|be needing) (?:them|it|anything)|\bi (?:won'?t|will not) be (?:around|here) (?:much|for much) "
               r"longer\b|"
               r"(?<!not )(?<!n't )(?:i'?m|i am|i feel|i'?ve been feeling|feeling) "
               r"(?:(?!not\b)\w+ )?suicidal|me quiero morir|quiero morirme|je veux mourir|envie de mourir|"
               r"ich will (?:nicht mehr leben|sterben)|voglio morire|quero morrer)")
ALLERGEN_SENT = nearby(r"allergic(?! to (?:your|you|this|customer|bad|rude|incompeten|stupid|mondays|work))|allergy|al[ée]rgic[oa]s?|alergia|allergi(?:e|que|sch|co|ca)",
                       r"(?:nearly|almost|already|has|had|just) (?:ate|eaten|eat)|ate (?:some|one|it|them|half)|"
                       r"(?:casi|quasi|presque|fast|quase) (?:se (?:las?|los?) )?(?:come|comi[óo]|comido|mangiat[oa]|mang[ée]|"
                       r"gegessen|comeu|comido)|se (?:las?|los?) (?:ha )?com(?:e|i[óo])|(?:l[oaie]|l') ?ha (?:quasi |gi[àa] )?mangiat[oaie]|a mang[ée]|hat "
                       r"(?:\S+ )?gegessen|comeu|(?:sent|delivered|gave|given|substituted) (?:us |me )?(?:\S+ ){0,4}?with "
                       r"(?:nuts|peanuts?|hazelnuts?|almonds?|gluten|milk|eggs?|sesame|shellfish)|"
                       # "my satay-free order came with satay sauce. I've taken my antihistamine"
                       r"came with (?:\S+ ){0,3}?(?:nuts|peanuts?|satay|almonds?|cashews?|sesame|prawns|shellfish)|"
                       + MEDICINE_TAKEN, 100)
_KIN = (r"mum|mom|mother|dad|father|husband|wife|son|daughter|partner|brother|sister|grandma|grandad|grandfather|"
        r"grandmother|grandpa|nan|uncle|aunt|friend")
_KIN_OTHER = (r"padre|madre|marido|esposa|esposo|hij[oa]|abuel[oa]|hermano|hermana|p[èe]re|m[èe]re|mari|femme|fils|"
              r"fille|fr[èe]re|s(?:œ|oe)ur|vater|mutter|mann|frau|sohn|tochter|bruder|schwester|oma|opa|marito|moglie|"
              r"figli[oa]|nonn[oa]|pap[àa]|mamma|fratello|sorella|pai|m[ãa]e|filh[oa]|av[óô]|irm[ãa]o?")
# an animal in danger now: "my labrador just got into the rat poison", "o meu cão foi atropelado ... a sangrar" (read32):
# a vet now, not the emergency services. English pet words after "my"/"our", the others after their own possessives
# ("my chat keeps crashing" names no cat, "my walking cane" no dog); the harm close after the animal, with no person
# named between ("my dog knocked my nan over and she is bleeding" is the nan's emergency)
PET_EN = (r"dog|puppy|pup|cat|kitten|rabbit|bunny|hamster|guinea pig|ferret|parrot|budgie|horse|pony|tortoise|"
           r"labrador|spaniel|terrier|collie|retriever|poodle|pug|beagle|dachshund|greyhound|whippet|cockapoo|husky|"
           r"alsatian|lab|staffie|staffy|frenchie|bulldog|cavapoo|jack russell|shih tzu|westie|springer")
PET_OTHER = (r"perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|chien(?:ne)?|chat(?:te)?|chaton|hund|hündin|katze|kater|welpe|cane|"
              r"cagnolin[oa]|gatt[oa]|gattin[oa]|c[ãa]o|cadela|cachorr[oa]|gatinh[oa]")
PET = f"{PET_EN}|{PET_OTHER}"
_PET_HARM = (r"(?:ate|eaten|eating|got into|swallowed|chewed|licked|drank)\b(?: \S+){0,6}? (?:rat poison|poison|slug pellets|"
             r"chocolate|grapes|raisins|xylitol|antifreeze|ibuprofen|paracetamol|lil(?:y|ies)|onions?|pills|tablets|"
             r"medication|weed killer|bleach)|poisoned|(?:hit|knocked down) by (?:a|an|one of your|your|the) (?:\w+ )?"
             r"(?:car|van|bike|bus|lorry|truck)s?|run over|"
             r"bleeding|(?:vomiting|throwing up|being sick with|sick with) blood|collapsed|having (?:a )?(?:seizure|fit)|not breathing|can'?t breathe|choking|bloated|"
             r"atropelad[oa]|atropellad[oa]|sangr(?:a|ando|ar)|envenenad[oa]|intoxicad[oa]|vergiftet|angefahren|blutet|"
             r"empoisonn[ée]e?|renvers[ée]e? par|saigne|avvelenat[oa]|investit[oa]|sanguin\w*|"
             # poison eaten, said in the other languages ("mein Hund hat Rattengift gefressen", "comeu veneno de rato")
             r"rattengift|(?:gift|schokolade) gefressen|veleno|topicida|veneno|raticida|mort-aux-rats|raticide|"
             r"(?:mangé|avalé) du (?:poison|chocolat)|comi[óo] chocolate|comeu chocolate|mangiato (?:il )?cioccolato")
_NO_PERSON_BETWEEN = (r"(?:(?!\b(?:i|i'm|we|she|he|they|nan|gran|grandma|grandad|son|daughter|mum|mom|dad|husband|wife|"
                      r"kid|child|baby|friend|me|him|her)\b)[^.!?]){0,30}?")
PET_IN_DANGER = (rf"(?:(?:my|our) (?:\w+ )?(?:{PET_EN})|(?:mi|mon|ma|mein\w*|il mio|la mia|o meu|a minha|meu|minha) "
                  rf"(?:\w+ )?(?:{PET_OTHER}))\b{_NO_PERSON_BETWEEN}\b(?:{_PET_HARM})|"
                  rf"(?:car|van|bike|bus|lorry|truck) (?:just )?(?:hit|ran over) (?:my|our) (?:\w+ )?(?:{PET_EN})\b")
# ... not an animal fine again or hurt weeks ago ("got into the chocolate cake last week but he's fine now")
PET_PAST = re.compile(r"\b(?:last (?:week|month|year)|(?:days|weeks|months|years) ago|(?:he|she|it)(?:'s| is) (?:fine|ok|"
                       r"okay|alright) now|fine now|all fine|recovered)\b", re.I)
# someone held or assaulted by a person beside them now: "I'm in a Quickride right now and the driver keeps touching my
# knee and won't let me out" (read33): the emergency services, now; not "they won't let me out of the membership",
# "won't let us off the train" (a delay), "keeps hitting me up on whatsapp"
# someone at their door now who won't go ("he followed me home. he's outside my flat now banging on the door and won't
# go", read39), said with fear or of a person met (see ``names_door_now``); not a courier, a crew, family or last night
DOOR_NOW = (nearby(r"\b(?:he|she|they|a man|a guy|someone|somebody|my ex|a stranger|my date)(?:'s| is| are|'re|'s been| has "
                   r"been| is still)?(?: (?:still|now|been|standing|waiting|sat|sitting))* (?:outside|at) (?:my|our) "
                   r"(?:front )?(?:door|house|flat|home|building)\b|\b(?:is|'s) (?:still |now )?(?:standing |waiting |sat |"
                   r"sitting )?(?:outside|at) (?:my|our) (?:front )?(?:door|house|flat|home|building|block)\b",
                   r"\b(?:banging|hammering|knocking|buzzing|kicking|shouting|won'?t (?:go(?: away)?|leave)(?! (?:the|it|my|"
                   r"a|without|until))|won'?t stop|trying to (?:get|break) in|refus\w* to leave|locked myself|hiding)\b", 80)
            + r"|\b(?:banging|hammering|knocking|kicking) on my (?:front )?door\b|\bbuzzing my (?:flat|door)\b|\btrying to "
            r"(?:get|break) into my (?:flat|house|home)\b|"
            # "it's 2am and someone is trying the back door handle" (read39's re-grade)
            r"\b(?:someone|somebody|a man|a guy|he|they)(?:'s| is| are|'re)? (?:trying|rattling) (?:the|my|our) (?:back |front |"
            r"kitchen )?(?:door|window)(?: handle)?s?\b")
DOOR_FEAR = (rf"\b(?:{AFRAID_WORDS}|unsafe|what (?:do|should) i do|don'?t know what to do|help|followed me|my ex|my date|"
             r"met (?:him|her|someone)|i met|met (?:on|through|off)|matched with|off your app|on your app|from (?:your|the) "
             r"app|police|999|locked myself|hiding|on my own|home alone|never told (?:him|her|them) where i live|can see "
             r"(?:me|my|your)|(?:[1-5]|1[0-2]) ?am|middle of the night|with the kids|kids are asleep)\b")
DOOR_VISIT = (r"\b(?:driver|courier|engineer|plumber|crew|delivery|deliveroo|parcel|removals?|fitters?|locksmith|bailiffs?|"
              r"cleaner|surveyors?|estate agent|neighbou?rs?|singers|postman|signature|signed for|was (?:banging|knocking|"
              r"hammering|kicking|buzzing)|my (?:husband|wife|son|daughter|toddler|kids?|"
              r"mum|dad|partner)|your (?:man|men|guy|team|staff))\b|\b(?:last night|yesterday|earlier|police came|was "
              r"outside|were outside)\b")
# followed where they are now ("my date from amble got on the same night bus as me ... he's sat 2 rows behind me and
# keeps texting 'look up' ... what do i do", read39's re-grade), said with fear (``DOOR_FEAR``)
FOLLOWED_NOW = (r"\b(?:he|she|they|my date|my ex|a man|a guy|someone|somebody|this (?:man|guy))(?: \w+){0,6}? (?:got|getting|"
                r"get) on the same (?:\w+ )?(?:bus|train|tram|tube|carriage|coach) as me\b|\b(?:he|she|they)(?:'s| is| are|'re) "
                r"(?:\w+ )?(?:sat|sitting|standing) (?:\S+ ){0,3}?(?:behind|next to|opposite|beside) me\b[^.!?]{0,60}?\bkeeps? "
                r"(?:texting|messaging|staring|watching|looking|touching)\b|"
                # "is in the same Tesco as me and he's been behind me aisle after aisle" (read39's second re-grade)
                r"\b(?:he|she|they|someone|somebody|a man|a guy)(?:'s| is| are|'re|'s been| has been) (?:still |now )?"
                r"(?:behind me|following me) (?:aisle after aisle|everywhere|round|around|all the way)\b|"
                r"\b(?:is|'s|are) in the same (?:\w+ ){0,2}?(?:shop|store|supermarket|tesco|sainsbury'?s|asda|aldi|lidl|bar|"
                r"pub|caf[eé]|gym|station|carriage|restaurant|cinema) as me\b|"
                r"\b(?:he|she|they|someone|somebody|a man|a guy)(?:'s| is| are|'re) (?:still |now )?following me\b"
                r"(?! on (?:twitter|x|instagram|insta|tiktok|facebook|here))")
# ... said in fear of that person: alone, a date or an ex, texts that won't stop
FOLLOWED_FEAR = (rf"\b(?:{AFRAID_WORDS}|unsafe|on my own|alone|my date|my ex|matched with|never met|said my name|"
                 r"keeps? (?:texting|messaging|staring|looking|"
                 r"watching)|told (?:him|her|them) (?:i|to|not)|even though (?:he|she|they) lives?)\b")
# a stranger inside their place now ("theres a bloke INSIDE my unit going through my boxes. hes still in there", read39)
# with a sign of a break-in or fear (see ``names_intruder_now``); not "a man in my house right now fixing the boiler"
INTRUDER_NOW = nearby(r"(?:\b(?:there'?s|theres|there is|there are) (?:a |an |some |two |three )?(?:bloke|man|guy|someone|"
                      r"somebody|stranger|intruder|burglars?|thie(?:f|ves)|men|people)|\b(?:someone|somebody)(?:'s| is)) "
                      r"(?:still )?(?:inside|in) (?:my|our) (?:storage )?(?:unit|house|flat|home|garage|shed|room|bedroom|"
                      r"kitchen)\b|\b(?:broken?|broke) into (?:my|our) \w+|\b(?:there'?s|theres) (?:a |an |some )?(?:bloke|"
                      r"man|guy|stranger|someone|somebody) going through my\b",
                      r"\bstill (?:in there|inside|in (?:my|our|the) \w+|here)\b|\bwhat (?:do|should) (?:i|we) do\b|"
                      r"\bhiding\b|\block(?:'s| has)? (?:been )?(?:cut|broken|smashed)|\bpadlock'?s? been cut|\bgoing "
                      rf"through my\b|\bcan hear\b|\b(?:{AFRAID_WORDS})\b", 120)
INTRUDER_VISIT = (r"\b(?:fitting|fixing|installing|assembling|delivering|doing the|check|helping|inspecting|surveyors?|"
                  r"engineer|locksmith|cleaner|legend|brilliant|one of yours|your (?:guy|man|men|crew|team))\b")
ASSAULT_NOW = (r"(?:\b(?:he|she|driver|man|guy|stranger)(?: \w+){0,6}? (?:won'?t|will not|refus\w* to|wouldn'?t) let (?:me|us|"
                r"her|him) (?:out|go|leave)\b(?! of (?!(?:the|his|this) (?:car|cab|taxi|van|vehicle)))(?! without| a | an )|"
                r"\b(?:he|she|driver|man|guy|passenger|stranger) (?:\w+ )?(?:keeps? |is |was |kept )?"
                r"(?:touching|grabbing|groping|hitting|touched|grabbed|groped|hit) (?:(?:me|her|us)\b(?! up| on)|my (?:\w+ )?"
                r"(?:knee|leg|thigh|breast|chest|bum|arse|ass|face|arm|hand|hair|body)\b)|(?:driver|he|she) locked (?:me|us) "
                r"in\b|(?:feel|i'?m|i am|we'?re|we are) (?:really |very |so )?(?:unsafe|" + AFRAID_WORDS + r") (?:with|of|"
                r"around) (?:the|this|my|his|her|your) (?:driver|man|guy|passenger)\b)")
# a child missing now: "my 4yo son has wandered off at Pinecrest ... PLEASE HELP" (read32), "I've lost my son at the
# festival"; not "can't find my son on the family plan settings", "gone missing from the group chat", "lost in the game
# menu", "lost for words", "went missing in 2019", "se ha perdido el partido" (missed the match)
_YOUNG = r"(?:\d+ ?(?:yo|y/o|year old|yr old)|little one|son|daughter|child|kid|toddler|boy|girl|little boy|little girl)"
_NOT_A_PLACE = (r"(?! (?:on|in|from|with|off) (?:the |my |our |this |your )?(?:family plan|plan|settings|app|account|"
                r"group chat|chat|game|menu|book|list|contacts|photos?|cookie|last|system)\b)(?! for words)"
                r"(?![^.!?]{0,40}\b(?:in (?:19|20)\d\d|years? ago|last (?:year|month)|haha|lol)\b)")
MISSING_CHILD = (rf"(?:my|our) (?:\d+ ?(?:yo|y/o|year old|yr old) )?{_YOUNG}(?!'s) (?:has |have |just |is |was )*(?:wandered "
                  rf"off|gone missing|disappeared|run off|ran off)\b{_NOT_A_PLACE}|"
                  rf"(?:my|our) (?:\d+ ?(?:yo|y/o|year old|yr old) )?{_YOUNG}(?:'s| is| has been| went) missing\b"
                  rf"(?! (?:his|her|their|my|the|a|an|out|some|all)\b){_NOT_A_PLACE}|(?:can'?t|cannot|couldn'?t) find "
                  rf"(?:my|our) (?:\d+ ?(?:yo|y/o|year old|yr old) )?{_YOUNG}\b(?!'s){_NOT_A_PLACE}|"
                  rf"(?:i'?ve |we'?ve |i |we |have )?lost (?:my|our) (?:\d+ ?(?:yo|y/o|year old|yr old) )?{_YOUNG} (?:at|in) "
                  rf"(?:the|this)\b{_NOT_A_PLACE}|"
                  r"(?:mi|mon|ma|mein\w*|mio|mia|o meu|a minha) (?:hij[oa]|fils|fille|sohn|tochter|kind|figli[oa]|filh[oa]|"
                  r"niñ[oa]|petite?|enfant) (?:\S+ ){0,2}?(?:se ha perdido|ha desaparecido|est perdue?|a disparu|ist "
                  r"verschwunden|[èe] sparit[oa]|si [èe] pers[oa]|desapareceu|perdeu-se)(?! (?:el|la|los|las|il|lo|l'|gli|"
                  r"o|a|os|as|des|du|de la|aus|von)\b)|no encuentro a mi (?:hij[oa]|niñ[oa])|je ne trouve plus (?:mon fils|ma "
                  r"fille|mon enfant)|ich finde (?:meinen|meine) (?:sohn|tochter|kind) nicht|non trovo (?:pi[uù] )?(?:mio|mia) "
                  r"figli[oa]|n[ãa]o encontro (?:o meu|a minha) filh[oa]")
# (not an heirloom damaged: "your men smashed my late grandmother's antique mirror" is a loss of a thing, read39)
_NOT_HEIRLOOM = (r"(?!'s (?:\w+ )?(?:antique|heirloom|mirror|clock|watch|ring|necklace|bracelet|brooch|jewel\w*|piano|"
                 r"painting|china|vase|wardrobe|dresser|cabinet|bureau|rug|furniture|sideboard|dining table|chest of drawers)\b)")
BEREAVED = (rf"passed away|(?:my|our) (?:\w+ )?(?:{PET}) (?:(?!(?:flap|tracker|food|bed|toy|door|collar|camera|feeder|"
             rf"insurance|policy|lead|harness|bowl|fountain|app|box|cage|crate|litter|walker|sitter)\b)\w+ )?(?:has |had |"
             rf"just |was |were )?(?:died(?! (?:of |from )?(?:laugh|shame|embarrass|boredom))|passed(?= (?:away|last|on|in|"
             rf"recently|suddenly|yesterday|today))|(?:had to be )?put (?:to sleep|down))\b|(?:had to|vet (?:had to )?|"
             rf"we |they )put (?:him|her|them) (?:to sleep|down)\b(?! as| for| on| in)|put (?:my|our) (?:\w+ )?(?:{PET}) "
             rf"(?:\w+ )?(?:to sleep|down)\b|crossed the rainbow bridge|(?:my|our|his|her) (?:{_KIN}) (?:has |had |just )?(?:died(?! (?:laughing|of (?:laughter|"
             rf"shame|embarrassment|boredom)))|passed\b(?= (?:last|on|in|recently|suddenly)))|(?:my|our|his|her) "
             rf"(?:\w+'s )?funeral|funeral (?:for|of) (?:my|our)|bereaved|bereavement (?:team|support)|death certificate|"
             rf"(?:lost|losing) my (?:{_KIN})\b(?!'s\b|’s\b)(?! (?:at|in) the\b)|my late (?:{_KIN})\b{_NOT_HEIRLOOM}|my late (?:{_KIN})\b[\s\S]{{0,160}}?\b(?:he|she) (?:only |just |sadly )?(?:died|passed(?: away)?)\b|all i (?:have|had) (?:left )?of (?:him|her)\b|falleci\w*|d[ée]c[ée]d[ée]e?|verstorben|"
             rf"faleceu|falecimento|(?:mi|mio|mia|mon|ma|mein\w*|meu|minha) (?:{_KIN_OTHER}) (?:\S+ ){{0,3}}?(?:muri[óo]|"
             rf"est mort\w*|(?:ist )?(?:\S+ )?gestorben|morreu|[èe] mort[oa]|[èe] scompars[oa]|se muri[óo]|[èe] venut[oa] a "
             rf"mancare|nous a quitt[ée]s?|nos dej[óo])")
# the water supply off now ("the water has been off since 6am"): an outage, and a medical need cut off beside dialysis
WATER_OFF = r"water (?:has been |is |was |'s )(?:\w+ )?(?:off|cut off)\b"
# Someone whose life depends on a medicine or a machine, and the power is off or the supply did not come
MEDICAL = (r"insulin|home oxygen|on oxygen|oxygen (?:concentrator|machine|tank|cylinder|supply|supplies)|ventilator|"
            r"dialysis|life support|(?:feeding|infusion) pump|cpap|nebuli[sz]er|medical (?:equipment|device|supplies)|"
            r"(?:heart|epilepsy|seizure|blood pressure|transplant|chemo\w*) (?:medication|medicine|meds|tablets|pills)|"
            # "mein Vater braucht ein Beatmungsgerät", "respirador", "concentrateur d'oxygène"
            r"beatmungsger[äa]t|sauerstoff\w*|dialyse|respirador|respirateur|respiratore|ox[ií]geno|oxig[ée]nio|"
            r"oxyg[èe]ne|ossigeno|concentrat\w* d'oxyg[èe]ne|insulina")
CUT_OFF = (r"power (?:cut|outage|failure)|blackout|no (?:power|electricity)|no (?:running )?water|without (?:any )?water|"
            + WATER_OFF + r"|power(?:'s| is| has| was)? (?:\w+ ){0,2}(?:off|out|down)\b|"
            r"strom (?:\S+ ){0,4}?(?:weg|aus|ausgefallen)|stromausfall|kein strom|sin luz|apag[óo]n|coupure de courant|"
            r"panne de courant|plus d'[ée]lectricit[ée]|senza corrente|sem luz|falta de luz|"
            r"(?:running|runs|is) on (?:its |the )?batter(?:y|ies)|"
            r"(?:hasn'?t|has not|haven'?t|didn'?t|did not|never|not) (?:yet )?(?:arrived|come|turned up|"
            r"been delivered)|(?:meant|supposed|due) to (?:arrive|be delivered|come)|says? delivered|missing|lost|"
            r"none left|(?:run|ran|running) out|\d+ (?:days?|hours?|doses?) (?:of (?:\w+ )?(?:supply|supplies|doses?|"
            r"medication|meds|insulin) )?left|battery|no (?:running )?water\b|"
            # the parcel with it lost, the last doses, in other languages
            r"sumiu|extraviad[oa]|perdid[oa]|n[ãa]o chegou|no (?:ha )?lleg(?:ado|[óo])|perdu|pas arriv[ée]|verloren|"
            r"nicht angekommen|smarrit[oa]|non [èe] arrivat[oa]|(?:s[óo]|solo|seulement|nur noch) (?:mais |m[áa]s )?"
            r"(?:\w+ )?(?:doses|dosis|dosen|dosi)")
# a vulnerable household cut off from power, gas or heat ("cut my electricity off with no warning, I have a baby")
FRAIL = (r"\b(?:bab(?:y|ies)|newborn|infant|toddler|elderly|pregnant|frail|vulnerable|wheelchair|"
          r"(?:[6-9]\d|1[01]\d)[- ]?(?:year|yr)s?[- ]?old|priority (?:services )?(?:register|list)|"
          # "a 6 month old", "housebound", "my dad is 91", "he's 78" (not "my bill is 91")
          r"\d{1,2}[- ]?(?:month|week)s?[- ]?old|house-?bound|bed-?bound|"
          rf"(?:(?:my|our|his|her) (?:{_KIN})|he|she|i)(?:'s| is|'m| am| aged) (?:[7-9]\d|1[01]\d)(?![.,]\d| ?(?:%|p\b|mins?\b))|"
          r"(?:a|am|is|are|i'?m|he'?s|she'?s) disabled)\b")  # not "your app disabled my account"
DISCONNECTED = (r"\bcut (?:my|our|the|us) (?:\w+ )?(?:electricity|power|gas|heating|supply) off|"
                 r"\b(?:electricity|power|gas|heating|supply) (?:has been |was |got )?(?:cut off|disconnected)|"
                 r"\bdisconnected (?:my|our|the|us)|\bno (?:heating|hot water|heat|(?:running )?water)\b|"
                 # a prepay meter out of credit, a supply switched off, heaters dead, a care alarm line down
                 r"\b(?:meter|credit|electric\w*|gas|supply|power)(?: has| had| just)? (?:ran|run|running) out\b|"
                 r"\bno (?:emergency )?credit left|\boff supply\b|\bswitch\w* (?:my|our|his|her|the) (?:\w+ )?(?:supply|power|"
                 r"electricity|gas|heating) off|\b(?:storage )?heaters? (?:have |has )?(?:haven'?t|hasn'?t|have not|has not|"
                 r"aren'?t|isn'?t|not|stopped|never) (?:been )?work\w*|\b(?:alarm|careline|telecare|lifeline|pendant)(?: line)? "
                 r"(?:\S+ ){0,5}?(?:down|not working|dead|off)\b|"
                 r"\b(?:heating|boiler) (?:has |is |isn'?t |'s |has been |went |just )?(?:broken|not working|stopped working|"
                 r"died|packed up|gone off|cut out|off|out)\b(?! (?:of|last|in))")
# "has none left", "ran out of her meds": any medicine, but only when it has run out ("ran out of patience" names none)
_MEDICINE = (r"medication|medicine|\bmeds\b|prescription|medicaci[óo]n|medicamentos?|m[ée]dicaments?|medikament\w*|"
             r"medicin[ae]|farmaco|rem[ée]dios?")
RUN_OUT = (nearby(_MEDICINE, r"none left|(?:run|ran|running) out|last (?:dose|tablet|pill)|\d+ (?:days?|doses?) left|"
                  r"se (?:me|le|nos) (?:ha|han) acabado", 60) + "|"
            # "llevo tres días sin mi medicación", "depuis trois jours sans mes médicaments": without it for days
            + nearby(r"(?:without|sin|sans|ohne|senza|sem) (?:my|his|her|their|our|mi|mis|su|sus|mon|ma|mes|son|sa|ses|"
                    r"meine?n?|seine?n?|ihre?n?|mio|mia|miei|meu|minha|meus|minhas) (?:\S+ )?(?:" + _MEDICINE + ")",
                    r"(?:\d+|two|three|four|five|several|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|due|tre|"
                    r"quattro|duas|tr[êe]s) (?:days?|d[ií]as|jours|tagen?|giorni|dias|weeks?|semanas|semaines|wochen|"
                    r"settimane)|since (?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|desde ayer|"
                    r"depuis hier|seit gestern|da ieri|desde ontem", 60))
# a person or a body part that was nearly hit; not "nearly hit my data cap"
PERSON = (r"(?:me|us|him|her|them|someone|somebody|(?:my|our|his|her|their|a|the) (?:\w+ )?(?:son|daughter|child|"
           r"children|kids?|baby|toddler|boy|girl|wife|husband|partner|mum|mom|mother|dad|father|friend|family|dog|"
           r"pedestrian|cyclist|customer|head|foot|feet|face|toes?|legs?|arms?|hands?|neck|"
           r"\d+[- ]?(?:year|yr)[- ]?old))")
CHILD = (r"(?:my|our|a|his|her|their) (?:\w+ )?(?:son|daughter|child|kid|boy|girl|teen\w*|minor|"
          r"\d+[- ]?(?:year|yr)[- ]?old)")

# something that fell on someone: "your Fern bookcase just collapsed onto my 4 year old" (read30); a thing, not "prices
# fell", "sorting it out fell on my mum" nor "the blame fell on me"
FELL_ON = (r"(?:shel(?:f|ves|ving)|bookcase|bookshelf|wardrobe|tv|television|panel|mirror|cabinet|chest|drawers?|dresser|"
            r"unit|door|gate|ceiling|light|lamp|frame|bed|bunk|cot|crib|table|desk|chair|stool|trampoline|ladder|it|they) "
            r"(?:\S+ ){0,2}?(?:collapsed|fell|tipped(?: over)?|toppled(?: over)?|gave way) (?:\S+ )?(?:on|onto|on top of) "
            r"(?:(?:me|him|her|us|them)\b(?! (?:birthday|day|wedding|holiday|account|bill|order))|(?:my|our|his|her|their) "
            r"(?:\S+ )?(?:\d+[- ]?(?:year|yr|month)s?[- ]?olds?|son|daughter|child|kids?|baby|toddler|wife|husband|"
            r"partner|mum|mom|dad|head|foot|feet|legs?|arms?|hands?|toes?|back|dog|cat)\b)")
# food poisoning suffered, not asked about ("is the chicken safe? I'm worried about food poisoning")
POISONED = (r"(?:gave|given) (?:me|us|him|her|them|my \w+) food poisoning|food poisoning (?:from|after) (?:your|the|eating)|"
             r"(?:i|we|he|she|they|my \w+)(?:'ve| have| has|'s)? (?:now |just |got |also )?(?:got |have |has )?food poisoning")
# a fault in what keeps people safe on board: "the seat in the emergency exit row won't lock upright and there's a
# loose panel by the door" (read30), a seat belt that won't fasten; not a seat belt extender missing from an order, an
# exit row seat missing from a booking nor the seatbelt sign
_CABIN_PART = (r"emergency exit|exit row(?! seat)|exit door|cabin door|aircraft door|seat ?belts?(?! (?:extender|sign))|"
               r"oxygen masks?|life ?(?:jackets?|vests?)|smoke (?:alarm|detector)s?")
CABIN_DEFECT = (nearby(_CABIN_PART, r"won'?t (?:lock|close|latch|fasten|open)|(?:doesn'?t|does not|didn'?t) (?:lock|close|"
                       r"latch|fasten|open)|not (?:locking|closing|latching|fastening)|loose|hanging off|came off|fell off",
                       60)
                 + rf"|(?:{_CABIN_PART}) (?:is |was |are |were )?(?:broken|missing|loose)\b")

# a crash, and someone down after it: "your rider just crashed his scooter into a car, he's on the ground", "just
# crashed one of your scooters, the brake didn't work. my friend is on the ground and not getting up" (read31)
VEHICLE = r"(?:scooter|bike|moped|motorbike|motorcycle|car|van|bicycle|e-?bike|e-?scooter)s?"
CRASHED = rf"crashed (?:one of )?(?:his|her|their|the|a|my|our|its|your) (?:\w+ )?{VEHICLE}\b"
DOWN = (rf"(?:\b(?:he|she)|(?:my|our|his|her|the|a|your) (?:{_KIN}|mate|boyfriend|girlfriend|kid|child|rider|driver|"
         r"courier|passenger|cyclist|pedestrian))(?:'s| is| was) (?:(?:lying |lay |still )?on the (?:ground|floor|pavement|"
         r"tracks)\b(?! laughing| crying| in stitches| playing)|(?:lying|lay) (?:in|on) the road)|(?:he|she|they)(?:'s| is| are|'re) lying (?:in|on) the road|on the (?:ground|floor|pavement|road),? (?:and|(?:he|she)(?:'s| is)) (?:(?:he|she)(?:'s| is) |is )?"
         r"(?:not|isn'?t|won'?t|can'?t) (?:getting up|get up|moving|move|responding|respond)")

# someone still after a crash: "just been in a crash on the A34, the other driver isn't moving" (read34); not "my
# driver isn't moving on the map", "cancelled by accident", "the app crashed", "isn't responding to my texts"
STILL_AFTER_CRASH = nearby(r"(?<!app )(?<!site )(?<!game )(?<!order )(?<!system )(?<!phone )(?<!laptop )(?<!page )"
                           r"\b(?:crash(?:ed)?|collision|collided|(?:an?|the|car|road|traffic) accident|hit (?:us|me|him|her|"
                           r"them)|knocked (?:down|over) by)\b",
                           rf"\b(?:the|my|our|his|her|a|your|this|that) (?:other (?:driver|rider|motorist|person|car'?s driver)|"
                           rf"{_KIN}|mate|cyclist|pedestrian|person|man|woman|guy|lady|kid|child|boy|girl|motorcyclist|biker)"
                           r"(?:'s| is| was)? (?:not|isn'?t|wasn'?t|is not|was not) (?:moving|responding|breathing|conscious|"
                           r"waking up)\b(?! (?:on|in) the (?:map|app)| to (?:my|our|the|any) )", 100)
# a child (or anyone, too many) who swallowed medicine or a household chemical: "my 3 year old got into my handbag and
# may have swallowed some of my sertraline tablets" (read34); not "I took my tablets late", "swallowed her tablets fine",
# "a child could easily have eaten these"
# a button battery or a magnet maybe swallowed ("I can only find 2 of the 3 batteries ... Could he have swallowed
# one??", read38): an emergency even when the child seems fine
_MAYBE_SWALLOWED = nearby(r"\b(?:could|might|may) (?:he|she|they|my \w+) (?:have )?swallowed\b|"
                          r"\b(?:is it possible|think|worried|scared|afraid|not sure if) (?:he|she|they)"
                          r"(?:'s| has| have| might have| may have)? swallowed\b"
                          # (not a joke: "did he swallow them? no lol they were under the sofa")
                          r"(?![^.!?]{0,40}?\b(?:lol|joke|jk|haha|found (?:them|it)))",
                          r"\b(?:button |coin )?batter(?:y|ies)|magnets?\b", 160)
SWALLOWED_MEDS = (nearby(rf"{CHILD}|\b(?:toddler|baby|little one)\b",
                         r"(?<!could )(?<!could have )(?<!easily have )(?<!could've )(?<!nearly )(?<!almost )\b(?:swallowed|ate|eaten|drank|drunk|"
                         r"(?:took|taken) (?:some|a handful|loads|lots|a few|half|a bunch|a load) of)\b[^.,!?]{0,40}?\b"
                         r"(?:tablets?|pills?|capsules?|medicine|medication|meds|paracetamol|ibuprofen|bleach|detergent|"
                         r"(?:dishwasher|washing|laundry) (?:tablets?|pods?|capsules?|liquid)|liquitabs?|"
                         r"(?:button |coin )?batter(?:y|ies)|magnets?|coins?|e-?liquid|vape (?:juice|liquid)|mouthwash|"
                         r"antifreeze|weed ?killer|cleaning (?:fluid|liquid|spray))\b(?! (?:fine|ok|okay|no problem|without))",
                         80)
                   # "I can only find 2 of the 3 batteries. My 2 year old was playing with it alone. Could he have
                   # swallowed one??" (read38): a button battery is an emergency even when the child seems fine
                   # (a child said anywhere near: "... My 2 year old was playing with it alone. Could he ..."; each
                   # lookahead behind a cheap first word, so a long post is still read in linear time)
                   + rf"|{_SMALL_ONE}[\s\S]{{0,300}}?(?:{_MAYBE_SWALLOWED})|(?=\b(?:could|might|may|is it possible|think|"
                   + rf"worried|scared|afraid|not sure|button|coin|batter\w*|magnets?)\b)(?=[\s\S]{{0,400}}?{_SMALL_ONE})"
                   + rf"(?:{_MAYBE_SWALLOWED})"
                   + r"|\b(?:took|taken|swallowed|had) (?:way )?too many (?:of )?(?:\w+ )?(?:tablets|pills|capsules)\b|"
                   r"\b(?:taken|took|had|has|have|having) an overdose\b|\baccidental overdose\b|\boverdos(?:ed|ing) on "
                   r"(?:(?:his|her|my|their|our) )?(?:meds|medication|medicine|tablets|pills|insulin|paracetamol|painkillers)\b")
