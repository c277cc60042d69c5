"""Urgency: how soon the customer needs an answer, why, and the reply deadline for the channel.

The trained head gives a graded score; transparent rules name the reasons (money lost, fraud in progress, outage,
safety, travel today, stranded, cancellation or legal threat, repeated contact, a deadline today, an urgent plea,
public visibility, a bereavement) and can only raise the level, so an agent always sees why a post jumped the queue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from model.scoring import HeadScorer
from model.types import LEVELS

_T = TypeVar("_T")

# a payment card lost or stolen, in the languages the brands hear from ("j'ai perdu ma carte dans le métro")
LOST_CARD = (r"(?:lost|misplaced|dropped|can'?t find) (?:my |our |the )?(?!gift|loyalty|rewards?|sim|key|boarding|library|"
             r"birthday|membership|store|oyster)(?:\w+ )?(?:card|wallet|purse)\b(?! code)|"
             r"(?:card|wallet|purse) (?:\w+ )?(?:was |has been |got )?(?:lost|stolen|nicked|pickpocketed)|"
             r"perdu (?:ma|mon|notre) (?:carte|portefeuille)|(?:carte|portefeuille) (?:a [ée]t[ée] )?vol[ée]e?|"
             r"perd(?:í|i|ido) (?:mi |la )?(?:tarjeta|cartera)|(?:me )?(?:han|ha) robado (?:la |mi )?(?:tarjeta|cartera)|"
             r"ho perso (?:la |il )?(?:mia )?(?:carta|portafoglio)|(?:mi )?hanno rubato (?:la |il )?(?:carta|portafoglio)|"
             r"perdi (?:o |a )?(?:meu |minha )?(?:cart[ãa]o|carteira)|roubaram (?:o |a )?(?:meu |minha )?(?:cart[ãa]o|carteira)|"
             r"(?:karte|geldb[öo]rse|portemonnaie) (?:\w+ ){0,2}(?:verloren|gestohlen|geklaut)")


def _near(a: str, b: str, gap: int = 80) -> str:
    """Either pattern within ``gap`` characters of the other, in either order (both in one post)."""
    return rf"(?:{a})[\s\S]{{0,{gap}}}?(?:{b})|(?:{b})[\s\S]{{0,{gap}}}?(?:{a})"


# a caller "from your fraud team" asking to move money to a "safe account", still on the line ("... transfer my money to
# a new account they set up. They're on hold now")
_SCAM_CALL = _near(r"\bsafe account\b|(?:do|make|send) a bank transfer|pay (?:\S+ ){0,3}?(?:by|with|in) (?:a )?(?:bank transfer|"
                   r"gift ?cards?|vouchers?|crypto|bitcoin)|gift ?cards? (?:to pay|as payment)|"
                   r"\b(?:move|transfer|send) (?:\S+ ){0,3}?(?:savings|money) (?:\S+ ){0,3}?(?:to|into) "
                   r"(?:a |an |another )?(?:(?:secure|safe|holding) account|(?:new|different) account (?:they|he|she) "
                   r"(?:\S+ )?(?:set up|opened|created|gave))",
                   r"\b(?:call(?:ed|er)?|rang|phone|on the line|on hold|fraud team|security team|told (?:me|her|him|us)|"
                   r"said (?:he|she|they) (?:was|were|is|are) from|says (?:he|she)'?s? from)\b", 120)


# Hazards named the same way by the safety reason and by the narrower _DANGER below
# a baby's formula watered down to make it last: "I'm watering the bottles down to make it last" (read36)
_DILUTED_FEED = (r"water(?:ing|ed)? (?:the |her |his |their |my |baby'?s )?(?:bottles?|formula) down|"
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
_FEVER = _near(r"\b(?:son|daughter|child|baby|kid|toddler|little one|boy|girl|fils|fille|enfant|b[ée]b[ée]|hij[oa]|ni[ñn][oa]|"
               r"sohn|tochter|kind|figli[oa]|bambin[oa]|filh[oa]|crian[çc]a)\b", _FEVER_NOW, 100)
# carbon monoxide, by name or by its alarm ("CO alarm going off"), in six languages ...
_CARBON_MONOXIDE = (r"carbon monoxide|co (?:alarm|detector)s?|mon[óo]xido de carbono|monoxyde de carbone|"
                    r"kohlenmonoxid\w*|co-?melder|monossido di carbonio|detector de co|d[ée]tecteur de co|rilevatore di co")
# ... sounding, or felt: not "do you sell carbon monoxide detectors?", "is a CO alarm included in the install?"
_CO_DANGER = _near(_CARBON_MONOXIDE, r"going off|gone off|went off|beeping|sounding|alarming|headaches?|dizz\w*|sick|"
                   r"nause\w*|poison\w*|leak\w*|pitando|suena|sonne|piepst|schl[äa]gt an|suona|apitar|dolor de cabeza|"
                   r"mal de t[êe]te|kopfschmerz\w*|mal di testa|dor de cabe[çc]a", 80)
_GAS_SPARKS = (r"gas leak|leak\w* gas|smell(?:s|ing|ed)? (?:(?:a )?(?:bit|little|faint|slight|strong|lot) )?(?:of |like )?gas\b|gas smell|sparking|sparks (?:came|coming|flying|"
               r"from)|(?:charger|plug|socket|cable|wire|outlet|battery|phone|laptop|heater|router|appliance)s? "
               r"(?:\w+ ){0,3}spark(?:ed|s)|smell(?:s|ing)? (?:of )?burning|burning smell|there'?s smoke|"
               r"electric shock|explosion|fuga de g[aá]s|fuite de gaz|gasgeruch|gasleck|fuga di gas|"
               r"vazamento de g[aá]s|"
               # "ça sent le gaz", "huele a gas", "cheira a gás", "puzza di gas", "es riecht (stark) nach Gas"
               r"sent (?:\S+ ){0,2}?(?:le|du) gaz|odeur (?:\S+ ){0,2}?de gaz|huele (?:\S+ ){0,2}?a gas|olor (?:\S+ ){0,2}?a gas|"
               r"cheir(?:a|o) (?:\S+ ){0,3}?(?:a|de) g[aá]s|(?:puzza|odore) (?:\S+ ){0,2}?di gas|"
               r"riecht (?:\S+ ){0,5}?nach gas|gasgeruch|gaslucht|ruik (?:\S+ ){0,3}?gas|"
               # sparks, melting, smoke in other languages ("ha fatto scintille e si è fuso", "soltou faíscas")
               + _near(r"cargador|chargeur|ladeger[äa]t|caricabatterie|carregador|oplader|[łl]adowark\w*|enchufe|prise|"
                       r"steckdose|presa|tomada|stopcontact|gniazd\w*|cable|c[âa]ble|kabel|cavo|cabo|batter\w*|akku|"
                       r"bater[ií]a|router|compteur|z[äa]hler|contador|contatore|poste|mast|pole|"
                       r"(?:telefone|telefono|handy|m[óo]vil|portable|celular|telem[óo]vel)",
                       r"[ée]tincelles|funken|scintille|scintilla|fa[ií]scas|chispas|vonken|iskr\w*", 60) + "|"
               r"(?:cargador|chargeur|ladeger[äa]t|caricabatterie|carregador|oplader|[łl]adowark\w*) (?:\S+ ){0,6}?"
               r"(?:derriti\w*|fondu|geschmolzen|fus[oa]|derreteu|gesmolten|stopi\w*|quem\w*|br[ûu]l\w*|brennt|bruciat\w*)|"
               r"(?:sale|salía|hay|il y a de la|es kommt|c'è|sai|está a sair) (?:\S+ ){0,2}?(?:humo|fum[ée]e|rauch|fumo|fuma[cç]a)")
_APPLIANCE = (r"(?:battery|phone|charger|heater|boiler|laptop|device|cooker|oven|toaster|kettle|e-?bike|e-?scooter|"
              r"microwave|dryer|tumble dryer|hair ?dryer|plug|socket|extension lead|power bank|vape)")
# Unwell now where nobody can help: stuck in the heat without water, a child taken ill
_UNWELL_NOW = (_near(r"(?:no|sans|plus d'|sin|kein|senza|sem) (?:more )?(?:water|eau|agua|wasser|acqua|[áa]gua)",
                     r"\d{2} ?°c|\d{2} degr\w*|(?:no|sans|plus de|sin|keine|senza|sem) (?:air[- ]?con\w*|clim\w*|"
                     r"aire acondicionado|klima\w*|aria condizionata|ar condicionado)", 80) + "|"
               r"(?:mon fils|ma fille|mon b[ée]b[ée]|mi hij[oa]|mi beb[ée]|mein (?:sohn|kind|baby)|meine tochter|mio "
               r"figlio|mia figlia|meu filho|minha filha|my (?:son|daughter|baby|child)) (?:\S+ ){0,4}?(?:ne va pas bien|"
               r"se encuentra mal|no est[áa] bien|geht es (?:nicht gut|schlecht)|sta male|non sta bene|est[áa] passando "
               r"mal|isn'?t well|is unwell|is not well)")
# A pharmacy's error someone may take ("you gave my dad someone else's blister pack", "the wrong medication")
# ("sent me someone else's prescription", "gave my mother the wrong strength of warfarin")
_DISPENSED = (r"(?:gave|given|give|dispensed|handed|sent|delivered|posted) (?:\S+ ){0,3}?(?:the )?(?:wrong|someone else'?s|"
              r"somebody else'?s) (?:\S+ )?(?:medication|medicine|meds|tablets|pills|prescription|dose|blister packs?|"
              r"inhaler|insulin)\b|(?:gave|given|dispensed|sent|delivered) (?:\S+ ){0,3}?(?:the )?wrong strength of\b|"
              r"wrong (?:medication|medicine|meds|tablets|pills)\b|wrong (?:dose|dosage)\b(?! of (?!(?:\w+ )?(?:medic|"
              r"tablet|pill|insulin|meds)))|"
              # "delivered my mum's prescription but it's the wrong strength of her blood pressure tablets, 10mg
              # instead of 5mg" (twelfth session)
              r"wrong strength of (?:\S+ ){0,4}?(?:tablets|pills|medic\w*|meds|insulin|inhalers?|capsules|prescription)\b|"
              + _near(r"\b\d+(?:\.\d+)? ?(?:mg|mcg|ml) instead of (?:the |her |his |my )?\d+(?:\.\d+)? ?(?:mg|mcg|ml)\b",
                      r"\b(?:tablets?|pills?|meds|medic\w*|prescription|dose|pharmac\w*|capsules?|insulin|inhaler|"
                      r"amlodipine|metformin|\w+(?:pril|olol|statin|azole|cillin|pine|pam|done))\b", 60)
              # ... "You sent 500mg paracetamol instead of the 250mg children's one" (read34)
              + r"|\b\d+(?:\.\d+)? ?(?:mg|mcg|ml) (?:paracetamol|ibuprofen|calpol|amoxicillin|\w+(?:pril|olol|statin|azole|"
              r"cillin|pine|pam|done)) instead of (?:the |her |his |my )?\d+(?:\.\d+)? ?(?:mg|mcg|ml)\b")
# raw sewage coming up where people are, a burst main flooding a road (a care lead's read of a water company, twelfth
# session)
_SEWAGE = (r"raw sewage|sewage (?:is |has been )?(?:\w+ )?(?:bubbling|flooding|coming up|coming out|pouring|overflowing|"
           r"spreading|backing up|everywhere|in (?:our|my|the) (?:garden|house|home|kitchen|street))")
_BURST_MAIN = r"burst (?:water )?main|water main (?:has )?burst"
# a leak in the home going through to the flat below or onto the electrics: "tengo una fuga de agua debajo del lavabo
# y ya está cayendo al piso de abajo" (read35)
_LEAK = _near(r"\bleak\w*|\bburst pipe|\bfuga de (?:agua|[áa]gua)|\bfuite d'eau|\bwasser(?:rohr)?bruch|\brohrbruch|"
              r"\bundicht\w*|\bperdita d'acqua|\bvazamento de [áa]gua|\btuber[ií]a rota|\bcano rebentado",
              r"(?:through|into|onto) (?:the |my |our )?(?:ceiling|flat below|flat downstairs|downstairs|light fittings?|"
              r"lights?|electrics?|fuse ?box|neighbou?r'?s?)|flat below|downstairs neighbou?r|(?:piso|apartamento|vecin[oa]) de "
              r"abajo|al piso de abajo|(?:appartement|voisin) du dessous|wohnung (?:unter uns|darunter)|nachbarn? unten|"
              r"(?:appartamento|vicin[oi]) di sotto|(?:apartamento|vizinho) de baixo", 120)
_SEWAGE_OR_MAIN = _SEWAGE + "|" + _BURST_MAIN + "|" + _LEAK
# hardship: "my husband has been made redundant and we honestly can't cover the water bill" (twelfth session)
_HARDSHIP = (r"can'?t (?:\w+ )?(?:afford|cover|pay) (?:the|my|our|this|this month'?s) (?:\w+ )?(?:bills?|rent|payments?)|"
             r"(?:been |was |got )made redundant|struggling (?:to pay|financially)|financial (?:hardship|difficult\w*)|"
             # "I've lost my job, I've got £2 left and no gas for the heating" (read34)
             r"\b(?:lost|losing) (?:my|our|his|her) (?:job|jobs|income)\b(?! (?:\w+ )?(?:application|reference|number|"
             r"progress|email|details))|\bout of work\b(?! hours| mode)|\bno money (?:left|until|till)\b(?! (?:on|in) "
             r"(?:my|the|your) (?:gift ?card|card|account|balance|wallet))|"
             r"can'?t afford to (?:top up|heat|eat\b(?! out)|buy food|put the heating on)\b")
# a road accident just now ("just been in a car crash on the M62, I'm shaking"), not last year's claim nor a film
_ROAD_ACCIDENT = (_near(r"car (?:crash|accident)|(?:road|traffic|motorway) (?:crash|accident|collision)|"
                        r"(?:been|was|were) in (?:a|an) (?:\w+ )?(?:crash|accident)|(?:tuve|tuvimos|hemos tenido|he tenido) "
                        r"un accidente|accidente (?:de (?:coche|tr[áa]fico|carro|moto)|con el coche)|accident de "
                        r"(?:voiture|la route)|autounfall|verkehrsunfall|unfall (?:gehabt|gebaut)|incidente (?:stradale|"
                        r"d'auto|in macchina)|acidente (?:de carro|de tr[âa]nsito|de moto)",
                        r"\bjust (?:been|had|crashed)|right now|shaking|\bhurt\b|injur\w*|on the (?:hard shoulder|"
                        r"motorway|side of the road)|what do i do|en la carretera|ahora mismo|qu[ée] hago|en ce moment|"
                        r"gerade eben|in questo momento|agora mesmo", 60)
                  + r"|(?:drove|crashed|ran|went|ploughed|slammed) into (?:the back of )?(?:me|us|my car)\b")
# a home flooding now ("my kitchen is under 20cm of water right now"): the electrics, the family; not last winter's
# water reaching the electrics needs no "now": "water pouring through the ceiling onto the fuse box"
_WATER_ON_ELECTRICS = _near(r"water (?:is |'s )?(?:pouring|gushing|dripping|leaking|coming|running|pooling)|"
                            r"leak(?:ing)? (?:\S+ )?(?:onto|into|through)|flood(?:ed|ing)",
                            r"fuse ?box|consumer unit|sockets?|electrics|wiring|light fittings?|plug socket", 50)
_FLOODING = r"(?:keller|wohnung|haus|k[üu]che|erdgeschoss) steht (?:\S+ ){0,4}?unter wasser|" + _near(r"(?:house|home|kitchen|flat|basement|cellar|living room|downstairs|ground floor|bedroom|lounge) "
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
_PREYED = (r"(?:man|woman|guy|bloke|someone|somebody|he|she|stranger|person|driver|customer|member|staff|worker) "
           r"(?:\S+ ){0,4}?(?:(?:follow(?:s|ed|ing)|stalk(?:s|ed|ing)) (?:me|her|my (?:daughter|son|child|wife|"
           r"girlfriend)) (?:\S+ )?(?:to|into|around|home|out of|in the)\b|(?:film(?:s|ed|ing)|photograph(?:s|ed|ing)) "
           r"(?:me|her|my (?:daughter|son|child|wife|girlfriend))\b)|grop(?:e[sd]|ing)")
# known where they live by someone they never told: "a man I unmatched ... knows I live on Elmfield Road ... I'm scared
# to go home" (read35); not "the driver knows I live on the 3rd floor", "your engineer never turned up at my house"
_AFRAID = r"scared|afraid|frightened|terrified"
_STALKED = (r"\b(?:he|she|they|him|man|guy|stranger|someone|somebody|ex|match)\b[^.!?]{0,100}?\bknows? (?:where )?(?:i|we) "
            rf"lives?|(?:{_AFRAID}) to (?:go|walk) home|"
            r"(?:he|she|they|a man|a guy|a stranger|"
            r"someone|somebody|my ex)(?: \w+){0,2}? (?:has |have |just |then |keeps? )?turn(?:ed|s)? up (?:at|outside) "
            r"my (?:house|home|flat|door|work)")
# glass or metal found in food ("found a shard of glass in a jar of your pasta sauce"), not "the metal lid in the
# food waste"
_IN_FOOD = _near(r"(?:glass|metal|needles?|blades?|a screw|a bolt|wire) (?:\S+ ){0,3}?in (?:\S+ ){0,5}?(?:jar|food|"
                 r"meal|sauce|sandwich|salad|bread|pizza|burger|drink|bottle|cereal|soup|yog(?:h)?urt|baby food|"
                 r"pack(?:et)?|tin|can)\b|(?:shard|piece|bit|chunk|fragment|splinter)s? of (?:glass|metal)",
                 r"\bfound\b|\bfind\b|there (?:was|is)|there'?s|bit into|bitten|(?:nearly|almost) (?:ate|swallowed|"
                 r"choked)|swallowed|encontr\w*|trouv[ée]|gefunden|trovat[oa]|achei|encontrei", 60)
# a death in the family: concern, never cheer or "we understand your frustration" ("my mum passed away, please close
# her account"); not "my battery died", "il mio pacco è scomparso" nor "my mum died laughing"
# an allergen sent to an allergic household, eaten or nearly ("galletas con avellanas y mi hija es alérgica, casi se
# las come"); not the question "does it contain peanuts? my son is allergic"
# an allergy's medicine already taken ("I've taken my antihistamine", "used her EpiPen"): a reaction under way
_MEDICINE_TAKEN = (r"(?:taken|took|used|had to (?:take|use)|given (?:him|her|them)) (?:my |an |his |her |their |the )?"
                   r"(?:antihistamines?|epi-?pens?|adrenaline|piriton)")
# a fall ("my dad has had a fall and is on the floor"), no way to call for help ("I can't call 999 from my mobile, it
# says no service"), and someone saying they will take their own life (a player in voice chat): each an emergency now.
# Another person's threat to kill themselves: "I'm going to kill myself" is mostly a figure of speech on hold (a
# customer's own crisis is read apart, sentence by sentence: see names_own_crisis)
_FALL = (r"(?:\b(?:i|he|she|they|we|mum|mom|dad|gran|grandma|grandad|grandpa|nan|nana|child|son|daughter|wife|husband|"
         r"partner|guest|passenger|customer|man|woman|lady|someone|somebody)|my \w+)(?:'s| has| have|'ve)? (?:just )?"
         r"(?:had|taken) a (?:bad |nasty |serious |big |heavy |really bad )?fall\b")  # not "the share price took a fall"
# "my dad is 72 and has chest pains and he's all sweaty" (read35)
# (not "a stroke of luck", "had a stroke last year", "can I travel with chest pains?")
_HEART = (r"(?:has|is having|having|got|complain\w* of) (?:bad |severe |sudden )?chest pains?|"
          r"(?:is having|having|has just had|just had) a stroke\b(?! of)")
_NO_WAY_TO_CALL = (r"(?:can'?t|cannot|could ?n'?t|unable to|not able to|won'?t let me) (?:even )?(?:call|ring|dial|phone|"
                   r"reach|get through to) (?:999|911|112|000|an ambulance|the emergency services|emergency services)")
_SELF_HARM = (r"(?:going to|gonna|wants? to|will|threaten\w* to|(?:said|says|saying|told \w+) (?:that )?(?:he|she|they)"
              r"(?:'s|'re|'ll|'d| is| are| will| would| was)? ?(?:going to|gonna)?) (?:\S+ )?kill (?:him|her|them)sel(?:f|ves)|"
              r"(?<!not )(?<!n't )suicidal|suicide (?:note|attempt|threat)s?|(?:take|end) (?:his|her|their) (?:own )?life|"
              # ... in the other languages the brands hear from ("dijo que se va a quitar la vida esta noche")
              r"se (?:va|iba|quiere) a (?:matar|suicidar|quitar la vida)|quitarse la vida|suicidarse|suicidarsi|"
              r"(?:va|veut) se (?:suicider|tuer)|se suicider|sich (?:\S+ )?(?:umbringen|das leben (?:zu )?nehmen)|"
              r"togliersi la vita|(?:vuole|vorrebbe) (?:uccidersi|ammazzarsi)|(?:vai|quer) se (?:matar|suicidar)|"
              r"tirar a (?:pr[óo]pria )?vida|se suicidar")
# ... or of their own: "I don't see the point in anything anymore. deleting this app and maybe everything else too"
# (read35); not "I don't see the point of Plus", nor "I'm going to kill myself if this update doesn't come" (see
# names_own_crisis for the sentences it does not count)
_OWN_CRISIS = (r"(?:(?:end|take) my (?:own )?life|(?:wants?|going|gonna) to end it all\b(?! with)|"
               r"(?:want|wanna) (?:to )?die\b(?! of| laughing| if| when)|"
               r"(?:don'?t|do not) want to (?:live|be alive|be here) any ?more|"
               r"(?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:in|of) (?:anything|living|life|going on|it all|"
               r"being here)|no (?:point|reason) (?:in |to )?(?:living|going on|being alive)\b(?! with)|"
               r"better off (?:dead|without me)|(?<!not )(?<!n't )(?:i'?m|i am|i feel|i'?ve been feeling|feeling) "
               r"(?:(?!not\b)\w+ )?suicidal|me quiero morir|quiero morirme|je veux mourir|envie de mourir|"
               r"ich will (?:nicht mehr leben|sterben)|voglio morire|quero morrer)")
_ALLERGEN_SENT = _near(r"allergic(?! to (?:your|you|this|customer|bad|rude|incompeten|stupid|mondays|work))|allergy|al[ée]rgic[oa]s?|alergia|allergi(?:e|que|sch|co|ca)",
                       r"(?:nearly|almost|already|has|had|just) (?:ate|eaten|eat)|ate (?:some|one|it|them|half)|"
                       r"(?:casi|quasi|presque|fast|quase) (?:se (?:las?|los?) )?(?:come|comi[óo]|comido|mangiat[oa]|mang[ée]|"
                       r"gegessen|comeu|comido)|se (?:las?|los?) (?:ha )?com(?:e|i[óo])|(?:l[oaie]|l') ?ha (?:quasi |gi[àa] )?mangiat[oaie]|a mang[ée]|hat "
                       r"(?:\S+ )?gegessen|comeu|(?:sent|delivered|gave|given|substituted) (?:us |me )?(?:\S+ ){0,4}?with "
                       r"(?:nuts|peanuts?|hazelnuts?|almonds?|gluten|milk|eggs?|sesame|shellfish)|"
                       # "my satay-free order came with satay sauce. I've taken my antihistamine"
                       r"came with (?:\S+ ){0,3}?(?:nuts|peanuts?|satay|almonds?|cashews?|sesame|prawns|shellfish)|"
                       + _MEDICINE_TAKEN, 100)
_KIN = (r"mum|mom|mother|dad|father|husband|wife|son|daughter|partner|brother|sister|grandma|grandad|grandfather|"
        r"grandmother|grandpa|nan|uncle|aunt|friend")
_KIN_OTHER = (r"padre|madre|marido|esposa|esposo|hij[oa]|abuel[oa]|hermano|hermana|p[èe]re|m[èe]re|mari|femme|fils|"
              r"fille|fr[èe]re|s(?:œ|oe)ur|vater|mutter|mann|frau|sohn|tochter|bruder|schwester|oma|opa|marito|moglie|"
              r"figli[oa]|nonn[oa]|pap[àa]|mamma|fratello|sorella|pai|m[ãa]e|filh[oa]|av[óô]|irm[ãa]o?")
# an animal in danger now: "my labrador just got into the rat poison", "o meu cão foi atropelado ... a sangrar" (read32):
# a vet now, not the emergency services. English pet words after "my"/"our", the others after their own possessives
# ("my chat keeps crashing" names no cat, "my walking cane" no dog); the harm close after the animal, with no person
# named between ("my dog knocked my nan over and she is bleeding" is the nan's emergency)
_PET_EN = (r"dog|puppy|pup|cat|kitten|rabbit|bunny|hamster|guinea pig|ferret|parrot|budgie|horse|pony|tortoise|"
           r"labrador|spaniel|terrier|collie|retriever|poodle|pug|beagle|dachshund|greyhound|whippet|cockapoo|husky|"
           r"alsatian")
_PET_OTHER = (r"perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|chien(?:ne)?|chat(?:te)?|chaton|hund|hündin|katze|kater|welpe|cane|"
              r"cagnolin[oa]|gatt[oa]|gattin[oa]|c[ãa]o|cadela|cachorr[oa]|gatinh[oa]")
_PET = f"{_PET_EN}|{_PET_OTHER}"
_PET_HARM = (r"(?:ate|eaten|eating|got into|swallowed|chewed|licked|drank)\b(?: \S+){0,5}? (?:rat poison|poison|slug pellets|"
             r"chocolate|grapes|raisins|xylitol|antifreeze|ibuprofen|paracetamol|lil(?:y|ies)|onions?|pills|tablets|"
             r"medication|weed killer|bleach)|poisoned|(?:hit|knocked down) by (?:a|an|one of your|your|the) (?:\w+ )?"
             r"(?:car|van|bike|bus|lorry|truck)s?|run over|"
             r"bleeding|collapsed|having (?:a )?(?:seizure|fit)|not breathing|can'?t breathe|choking|bloated|"
             r"atropelad[oa]|atropellad[oa]|sangr(?:a|ando|ar)|envenenad[oa]|intoxicad[oa]|vergiftet|angefahren|blutet|"
             r"empoisonn[ée]e?|renvers[ée]e? par|saigne|avvelenat[oa]|investit[oa]|sanguin\w*|"
             # poison eaten, said in the other languages ("mein Hund hat Rattengift gefressen", "comeu veneno de rato")
             r"rattengift|(?:gift|schokolade) gefressen|veleno|topicida|veneno|raticida|mort-aux-rats|raticide|"
             r"(?:mangé|avalé) du (?:poison|chocolat)|comi[óo] chocolate|comeu chocolate|mangiato (?:il )?cioccolato")
_NO_PERSON_BETWEEN = (r"(?:(?!\b(?:i|i'm|we|she|he|they|nan|gran|grandma|grandad|son|daughter|mum|mom|dad|husband|wife|"
                      r"kid|child|baby|friend|me|him|her)\b)[^.!?]){0,30}?")
_PET_IN_DANGER = (rf"(?:(?:my|our) (?:\w+ )?(?:{_PET_EN})|(?:mi|mon|ma|mein\w*|il mio|la mia|o meu|a minha|meu|minha) "
                  rf"(?:\w+ )?(?:{_PET_OTHER}))\b{_NO_PERSON_BETWEEN}\b(?:{_PET_HARM})|"
                  rf"(?:car|van|bike|bus|lorry|truck) (?:just )?(?:hit|ran over) (?:my|our) (?:\w+ )?(?:{_PET_EN})\b")
# ... not an animal fine again or hurt weeks ago ("got into the chocolate cake last week but he's fine now")
_PET_PAST = re.compile(r"\b(?:last (?:week|month|year)|(?:days|weeks|months|years) ago|(?:he|she|it)(?:'s| is) (?:fine|ok|"
                       r"okay|alright) now|fine now|all fine|recovered)\b", re.I)
# someone held or assaulted by a person beside them now: "I'm in a Quickride right now and the driver keeps touching my
# knee and won't let me out" (read33): the emergency services, now; not "they won't let me out of the membership",
# "won't let us off the train" (a delay), "keeps hitting me up on whatsapp"
_ASSAULT_NOW = (r"\b(?:he|she|driver|man|guy|stranger)(?: \w+){0,6}? (?:won'?t|will not|refus\w* to|wouldn'?t) let (?:me|us|"
                r"her|him) (?:out|go|leave)\b(?! of (?!(?:the|his|this) (?:car|cab|taxi|van|vehicle)))(?! without| a | an )|"
                r"\b(?:he|she|driver|man|guy|passenger|stranger) (?:\w+ )?(?:keeps? |is |was |kept )?"
                r"(?:touching|grabbing|groping|hitting|touched|grabbed|groped|hit) (?:(?:me|her|us)\b(?! up| on)|my (?:\w+ )?"
                r"(?:knee|leg|thigh|breast|chest|bum|arse|ass|face|arm|hand|hair|body)\b)|(?:driver|he|she) locked (?:me|us) "
                r"in\b|(?:feel|i'?m|i am|we'?re|we are) (?:really |very |so )?(?:unsafe|" + _AFRAID + r") (?:with|of|"
                r"around) (?:the|this|my|his|her|your) (?:driver|man|guy|passenger)\b")
# a child missing now: "my 4yo son has wandered off at Pinecrest ... PLEASE HELP" (read32), "I've lost my son at the
# festival"; not "can't find my son on the family plan settings", "gone missing from the group chat", "lost in the game
# menu", "lost for words", "went missing in 2019", "se ha perdido el partido" (missed the match)
_YOUNG = r"(?:\d+ ?(?:yo|y/o|year old|yr old)|little one|son|daughter|child|kid|toddler|boy|girl|little boy|little girl)"
_NOT_A_PLACE = (r"(?! (?:on|in|from|with|off) (?:the |my |our |this |your )?(?:family plan|plan|settings|app|account|"
                r"group chat|chat|game|menu|book|list|contacts|photos?|cookie|last|system)\b)(?! for words)"
                r"(?![^.!?]{0,40}\b(?:in (?:19|20)\d\d|years? ago|last (?:year|month)|haha|lol)\b)")
_MISSING_CHILD = (rf"(?:my|our) (?:\d+ ?(?:yo|y/o|year old|yr old) )?{_YOUNG}(?!'s) (?:has |have |just |is |was )*(?:wandered "
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
_BEREAVED = (rf"passed away|(?:my|our) (?:\w+ )?(?:{_PET}) (?:(?!(?:flap|tracker|food|bed|toy|door|collar|camera|feeder|"
             rf"insurance|policy|lead|harness|bowl|fountain|app|box|cage|crate|litter|walker|sitter)\b)\w+ )?(?:has |had |"
             rf"just |was |were )?(?:died(?! (?:of |from )?(?:laugh|shame|embarrass|boredom))|passed(?= (?:away|last|on|in|"
             rf"recently|suddenly|yesterday|today))|(?:had to be )?put (?:to sleep|down))\b|(?:had to|vet (?:had to )?|"
             rf"we |they )put (?:him|her|them) (?:to sleep|down)\b(?! as| for| on| in)|put (?:my|our) (?:\w+ )?(?:{_PET}) "
             rf"(?:\w+ )?(?:to sleep|down)\b|crossed the rainbow bridge|(?:my|our|his|her) (?:{_KIN}) (?:has |had |just )?(?:died(?! (?:laughing|of (?:laughter|"
             rf"shame|embarrassment|boredom)))|passed\b(?= (?:last|on|in|recently|suddenly)))|(?:my|our|his|her) "
             rf"(?:\w+'s )?funeral|funeral (?:for|of) (?:my|our)|bereaved|bereavement (?:team|support)|death certificate|"
             rf"(?:lost|losing) my (?:{_KIN})\b(?!'s\b|’s\b)(?! (?:at|in) the\b)|my late (?:{_KIN})|falleci\w*|d[ée]c[ée]d[ée]e?|verstorben|"
             rf"faleceu|falecimento|(?:mi|mio|mia|mon|ma|mein\w*|meu|minha) (?:{_KIN_OTHER}) (?:\S+ ){{0,3}}?(?:muri[óo]|"
             rf"est mort\w*|(?:ist )?(?:\S+ )?gestorben|morreu|[èe] mort[oa]|[èe] scompars[oa]|se muri[óo]|[èe] venut[oa] a "
             rf"mancare|nous a quitt[ée]s?|nos dej[óo])")
# the water supply off now ("the water has been off since 6am"): an outage, and a medical need cut off beside dialysis
_WATER_OFF = r"water (?:has been |is |was |'s )(?:\w+ )?(?:off|cut off)\b"
# Someone whose life depends on a medicine or a machine, and the power is off or the supply did not come
_MEDICAL = (r"insulin|home oxygen|on oxygen|oxygen (?:concentrator|machine|tank|cylinder|supply|supplies)|ventilator|"
            r"dialysis|life support|(?:feeding|infusion) pump|cpap|nebuli[sz]er|medical (?:equipment|device|supplies)|"
            r"(?:heart|epilepsy|seizure|blood pressure|transplant|chemo\w*) (?:medication|medicine|meds|tablets|pills)|"
            # "mein Vater braucht ein Beatmungsgerät", "respirador", "concentrateur d'oxygène"
            r"beatmungsger[äa]t|sauerstoff\w*|dialyse|respirador|respirateur|respiratore|ox[ií]geno|oxig[ée]nio|"
            r"oxyg[èe]ne|ossigeno|concentrat\w* d'oxyg[èe]ne|insulina")
_CUT_OFF = (r"power (?:cut|outage|failure)|blackout|no (?:power|electricity)|no (?:running )?water|without (?:any )?water|"
            + _WATER_OFF + r"|power(?:'s| is| has| was)? (?:\w+ ){0,2}(?:off|out|down)\b|"
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
_FRAIL = (r"\b(?:bab(?:y|ies)|newborn|infant|toddler|elderly|pregnant|frail|vulnerable|wheelchair|"
          r"(?:[6-9]\d|1[01]\d)[- ]?(?:year|yr)s?[- ]?old|priority (?:services )?(?:register|list)|"
          # "a 6 month old", "housebound", "my dad is 91", "he's 78" (not "my bill is 91")
          r"\d{1,2}[- ]?(?:month|week)s?[- ]?old|house-?bound|bed-?bound|"
          rf"(?:(?:my|our|his|her) (?:{_KIN})|he|she|i)(?:'s| is|'m| am| aged) (?:[7-9]\d|1[01]\d)(?![.,]\d| ?(?:%|p\b|mins?\b))|"
          r"(?:a|am|is|are|i'?m|he'?s|she'?s) disabled)\b")  # not "your app disabled my account"
_DISCONNECTED = (r"\bcut (?:my|our|the|us) (?:\w+ )?(?:electricity|power|gas|heating|supply) off|"
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
_RUN_OUT = (_near(_MEDICINE, r"none left|(?:run|ran|running) out|last (?:dose|tablet|pill)|\d+ (?:days?|doses?) left|"
                  r"se (?:me|le|nos) (?:ha|han) acabado", 60) + "|"
            # "llevo tres días sin mi medicación", "depuis trois jours sans mes médicaments": without it for days
            + _near(r"(?:without|sin|sans|ohne|senza|sem) (?:my|his|her|their|our|mi|mis|su|sus|mon|ma|mes|son|sa|ses|"
                    r"meine?n?|seine?n?|ihre?n?|mio|mia|miei|meu|minha|meus|minhas) (?:\S+ )?(?:" + _MEDICINE + ")",
                    r"(?:\d+|two|three|four|five|several|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|due|tre|"
                    r"quattro|duas|tr[êe]s) (?:days?|d[ií]as|jours|tagen?|giorni|dias|weeks?|semanas|semaines|wochen|"
                    r"settimane)|since (?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|desde ayer|"
                    r"depuis hier|seit gestern|da ieri|desde ontem", 60))
# a person or a body part that was nearly hit; not "nearly hit my data cap"
_PERSON = (r"(?:me|us|him|her|them|someone|somebody|(?:my|our|his|her|their|a|the) (?:\w+ )?(?:son|daughter|child|"
           r"children|kids?|baby|toddler|boy|girl|wife|husband|partner|mum|mom|mother|dad|father|friend|family|dog|"
           r"pedestrian|cyclist|customer|head|foot|feet|face|toes?|legs?|arms?|hands?|neck|"
           r"\d+[- ]?(?:year|yr)[- ]?old))")
_CHILD = (r"(?:my|our|a|his|her|their) (?:\w+ )?(?:son|daughter|child|kid|boy|girl|teen\w*|minor|"
          r"\d+[- ]?(?:year|yr)[- ]?old)")

# Someone else is taking the customer's money now: the card must be stopped before anything else. Not a plain
# "this is a scam" or "your prices are fraud" (money): a third party, a payment the customer did not make.
# a cloned SIM, told in other languages ("penso mi abbiano clonato la SIM, ho paura per il conto"); a number ported or
# a SIM swapped by someone else: their bank's security codes now go to the fraudster
_SIM_SWAP = (r"\b(?:clonat[oa] la sim|sim clonada|sim clon[ée]e|sim (?:wurde )?geklont|clonaram (?:o )?(?:meu )?chip)\b|"
             # not "how do I do a SIM swap to an eSIM?", the customer's own
             r"\b(?:victim of|been|got|was|were|someone|somebody|they|scammers?|fraudsters?) (?:\S+ ){0,3}?sim[- ]swap\w*|"
             r"\bsim[- ]swap (?:fraud|attack|scam)|\bsomeone (?:\S+ ){0,2}?(?:ported|swapped|transferred|moved|took|taken|hijacked) (?:out )?"
             r"(?:my|our) (?:\S+ )?(?:number|sim)\b|\b(?:number|sim) (?:\S+ ){0,3}?(?:ported|swapped|transferred|moved) "
             r"(?:\S+ ){0,4}?without (?:my|our) (?:permission|consent|knowledge)|"
             # "a text saying my SIM had been changed. I did NOT do that" (a care lead's probe read, eleventh session)
             r"\b(?:sim|number) (?:card )?(?:was|had been|has been|got|is being) (?:changed|swapped|switched|ported|moved|"
             r"transferred)\b[^?]{0,40}?\b(?:i|we) (?:did not|didn'?t|never|do not|don'?t) (?:do|did|ask|asked|request|"
             r"requested|authori[sz]e|authori[sz]ed)\b")
# an account taken over ("my account has been hacked", "someone changed my email and password"): whoever holds it can
# spend, book and lock the owner out; not one hacked and sorted weeks ago. Not the fraud reason (money being taken
# now: "my account got hacked, can't log in" is not critical), but the drafts' cue to lock it
# someone in the account and the money leaving now: "someone just got into my coinharbor and my BTC balance is dropping
# as i watch" (read36)
_BREAK_IN = (r"(?:someone|somebody|hackers?) (?:has |have |had |just )?(?:got|gotten|broke|broken|hacked|logged) into "
             r"(?:my|our) (?!(?:flat|house|home|car|garage|shed|van|room|office|building|locker)\b)\S+(?: \S+)?\b"
             r"[^.!?]{0,80}?\b(?:(?:balance|money|funds|crypto|savings|coins?) (?:is |are )?"
             r"(?:dropping|going (?:down|out)|draining|disappearing|being (?:sent|moved|withdrawn)|leaving)|(?:sending|taking|withdrawing|"
             r"moving|draining|emptying|transferring) (?:out )?(?:my|our|all) (?:\w+ )?(?:money|funds|crypto|savings|coins?|"
             r"balance|btc|bitcoin))")
_TAKEOVER = (r"\b(?:(?:my|our) (?:\S+ ){0,2}?account (?:got |was |has been |'s been |is |been )?(?:hacked|compromised|taken over)"
             r"(?! (?:\S+ ){0,2}(?:weeks?|months?|years?) ago)|hacked (?:into )?my (?:\S+ )?account|(?:someone|somebody|hackers?) "
             r"(?:has |have |just )?(?:changed|reset) (?:the |my )?(?:email|e-mail|password|login|phone number)(?: and "
             r"(?:the |my )?(?:email|e-mail|password|login|phone number))? (?:on|of|for|in) (?:my|our) (?:\S+ )?account|"
             r"(?:someone|somebody|hackers?) (?:has |have |just )?(?:changed|reset) my (?:email|e-mail|password|login)|"
             # "someone logged into my nebula account, spent all my gems and changed my password" (read32)
             r"(?:someone|somebody|hackers?)\b(?:(?!\b(?:i|me|told|asked|said|help|helped|showed|from your|"
             r"in your)\b)[^.!?]){0,80}?\b(?:and|then) (?:has |have |just )?(?:changed|reset) my "
             r"(?:email|e-mail|password|login)\b(?! like)|"
             # "Someone got into my Threadline account and placed 3 orders"
             r"(?:someone|somebody|hackers?) (?:has |have |had |just )?(?:got|gotten|broke|broken|hacked) into (?:my|our) "
             r"(?:\S+ ){0,2}?account|" + _BREAK_IN + ")")
_FRAUD = (_BREAK_IN + r"|\b(?:has|have|was|is) (?:my|our) (?:\S+ )?card (?:been )?(?:stolen|cloned|compromised|hacked|skimmed)\b|"
          # "a charge of £56.40 from Dishdash on my bank statement and I didn't order anything"
          + _near(r"\b(?:charge[sd]?|payments?|transactions?|debit(?:ed)?|statement)\b",
                  r"\b(?:didn'?t|did not|never|haven'?t|have not) (?:ordered|order|bought|buy|used|use|purchased) "
                  r"anything\b", 80) + "|"
          r"\bsomeone(?:'s|’s)? (?:\S+ ){0,3}?(?:using|used|uses|spending|spent|charg\w*|cloned|stole|stolen|took|taken|taking|"
          r"withdr[ae]w\w*|transferr\w*) (?:\S+ ){0,4}?(?:my|our) (?:\S+ )?(?:card|bank|money|savings|paypal|"
          # "someone used my Klarna account to buy £600 of stuff"
          r"(?:klarna|afterpay|clearpay|paypal|credit|bank|store|shop) account)|"
          r"\bsomeone (?:\S+ ){0,3}?(?:used|using) (?:my|our) (?:\S+ )?account (?:to|and) (?:buy|order|pay|spend|book)|"
          # "Someone got into my account and placed 3 orders", "3 orders on my account from last night that I never made"
          r"\b(?:someone|somebody|hackers?) (?:\S+ ){0,3}?(?:my|our) (?:\S+ )?account (?:\S+ ){0,3}?(?:placed|made|ordered|"
          r"bought|booked|spent|placing|ordering|buying|spending)\b|"
          r"\borders? (?:\S+ ){0,8}?(?:i|we) (?:never|didn'?t|did not) (?:place|placed|make|made)\b|"
          r"\b(?:emptied|emptying|drained|draining|cleared out|clearing out|wiped out) (?:\S+ ){0,2}?(?:my|our) (?:\S+ )?"
          r"(?:account|savings|bank)|"
          # "someone's just taken £600 from my account"
          r"\bsomeone(?:'s|’s)? (?:\S+ ){0,3}?(?:taken|took|stole|stolen|withdrawn|withdrew|moved|transferred) [£$€]\s?\d"
          r"[\d,.]* (?:\S+ ){0,3}?(?:from|out of) (?:my|our) (?:\S+ )?account|"
          # "moved £1,900 out to an account I don't know"
          r"\b(?:moved|transferred|sent|taken|took) (?:\S+ ){0,4}?(?:to|into) (?:an? |some )?(?:account|payee)s? (?:i|we) "
          r"(?:don'?t|do not|didn'?t|did not|never) (?:know|recogni[sz]e|set up|add(?:ed)?)\b|"
          # a caller "from your fraud team" asking to move money to a "safe account", still on the line
          + _SCAM_CALL + "|"
          # "3 payments in Lagos in the last 10 mins that aren't me", "a transaction I don't recognise"
          r"\b(?:payments?|transactions?|charges?|purchases?|withdrawals?|transfers?|debits?) (?:\S+ ){0,10}?"
          r"(?:(?:that|which) )?(?:(?:aren'?t|weren'?t|isn'?t|wasn'?t|are not|were not|is not|was not) "
          r"(?:from |by )?(?:me|mine|us|ours)\b|(?:i|we) (?:didn'?t|did not|never|don'?t|do not) "
          r"(?:make|made|authori[sz]e|recogni[sz]e)\b)|"
          r"\b(?:didn'?t|did not|never) authori[sz]ed?(?= *(?:$|[.!?,;]|(?:it(?! to)|this|that|them(?! to)|these|those|any|the|a|an|"
          r"payments?|transactions?|charges?|purchases?|withdrawals?|debits?|transfers?)\b))|"
          r"\bunauthori[sz]ed (?:payments?|transactions?|charges?|purchases?|withdrawals?|debits?|transfers?|access|"
          r"use)\b|\bfraudulent(?:ly)? (?:\S+ ){0,2}?(?:charg\w*|payments?|"
          r"transactions?|purchases?|withdrawals?|activity|debits?|used|taken|transfers?)\b|"
          r"\b(?:charged|used|taken|withdrawn) fraudulently|\bused for fraud|\bvictim of (?:a |an )?(?:\w+ )?"
          r"(?:fraud|scam|identity theft)|\bidentity theft|\bfraud on (?:my|our) (?:card|account)|"
          r"\bpayee (?:i|we)(?:'ve| have)? never (?:heard of|seen|added|set up)|"
          r"\b(?:payee|merchant|company|account) (?:i|we)(?:'ve| have)? never heard of|"
          # "£300 gone today, I didn't make these payments", "money keeps disappearing from my account"
          r"\b(?:i|we) (?:didn'?t|did not|never) (?:make|made|authori[sz]ed?|recogni[sz]e) (?:these|those|this|that|"
          r"the|any|them|all|some) (?:\S+ )?(?:payments?|transactions?|charges?|purchases?|withdrawals?|transfers?|debits?)\b|"
          r"\bmoney (?:\S+ )?(?:disappear\w*|vanish\w*|going missing|taken) (?:\S+ ){0,2}?from (?:my|our) (?:\S+ )?"
          r"(?:account|card)\b|"
          # "someone's been ordering food on my account", "someone is using my account"
          r"\bsomeone(?:'s| has| is| was)? (?:\S+ ){0,2}?(?:ordering|ordered|buying|bought|booking|booked|purchasing|"
          r"spending|spent|shopping) (?:\S+ ){0,4}?(?:on|with|from|using|into|in)? ?"
          r"(?:my|our) (?:\S+ )?(?:account|card|login)\b|"
          # "my card ending 7712 was used in Lagos at 03:14 - I was asleep in Glasgow"
          + _near(r"\b(?:card|account) (?:\S+ ){0,3}?(?:was|were|has been|have been|got|being) (?:\S+ )?used (?:in|at|for|"
                  r"on|by)\b",
                  r"\b(?:i|we) (?:was|were|am|are) (?:asleep|at home|in bed)\b|\bnot me\b|\bwasn'?t me\b|"
                  r"\bwithout (?:my|our) (?:permission|consent|knowledge)|\b(?:i|we) (?:didn'?t|did not|never) (?:make|"
                  r"authori[sz]e|recogni[sz]e|use it|do (?:it|this|that))", 60)
          + "|" + _SIM_SWAP
          # "got a call from 'your fraud team' and gave them her PIN. £5,000 gone"
          + "|" + _near(r"\b(?:gave|given|told|shared|read out|typed) (?:\S+ ){0,3}?(?:pin|passcode|password|one[- ]time "
                        r"(?:code|passcode)|otp|security (?:code|number|details)|card (?:details|number)|login)",
                        r"\b(?:gone|taken|stolen|missing|emptied|drained|disappeared|transferred out)\b", 100)
          # the PIN given to someone who said they were the bank ("jemand von der 'Sicherheitsabteilung' wollte meine
          # PIN. Ich habe sie ihm gegeben"): fraud before the money goes
          + "|" + _near(r"\b(?:gave|given|told|shared|read out|gegeben|genannt|verraten|donn[ée]|communiqu[ée]|di|dado|"
                        r"dato|dei|passei) (?:\S+ ){0,3}?(?:(?:my|the|her|his|meine?|mon|ma|mi|il mio|o meu|a minha) )?"
                        r"(?:pin|passcode|password|one[- ]time (?:code|passcode)|otp|security (?:code|number)|card details|"
                        r"code|codice|c[óo]digo|mot de passe|passwort|contrase[ñn]a|senha)\b|"
                        r"\b(?:pin|passcode|code|codice|c[óo]digo)\W+(?:\S+ ){0,4}?(?:gegeben|genannt|verraten|donn[ée]|dado|"
                        r"dato|dei)\b",
                        r"sicherheitsabteilung|angeblich|said (?:he|she|they) (?:was|were) from|claim\w* to be|"
                        r"pretend\w*|fake|soi-disant|se faisant passer|supuest[oa]|se hac[íi]a pasar|presunt[oa]|"
                        r"finto|fingendo|suposto|se passando|fraud team|security team|from the bank|von der bank|"
                        r"de la banque|del banco|della banca|do banco", 160)
          # a SIM moved to another phone without the customer ("my number is being taken over")
          + "|" + _near(r"\bsim (?:card )?(?:has been |was |got |been )?(?:swap\w*|moved|transferred|ported|switched)|"
                        r"\bsim[- ]swap|\b(?:number|phone number) (?:has been |was |got |been )?(?:ported|hijacked|stolen)",
                        r"\b(?:i|we) (?:didn'?t|did not|never) (?:do|request|ask|authori[sz]e|order)\w*\b|\bnot me\b|"
                        r"\bwasn'?t me\b|\bwithout (?:my|our) (?:permission|consent|knowledge)|\bsomeone\b|\bfraud\w*", 120)
          + r"|\b(?:someone|somebody|hackers?|scammers?|fraudsters?)(?:'s| has| is| have| are)? (?:\S+ )?(?:(?:taking|took|"
          r"taken) over|hijack\w*) (?:my|our) (?:phone )?(?:number|sim|account)\b|"
          # a hacked account that is spending the customer's money
          + _near(r"\bhack(?:ed|ers?)\b", r"\b(?:with|on|using) (?:my|our) (?:saved |stored |credit |debit |bank )?"
                  r"card\b|\bcard (?:\S+ ){0,3}(?:was |got |has been )?(?:used|charged)\b|\bbought\b|"
                  r"\bpurchas(?:ed|es)\b|\btransferr\w*|\bspen(?:t|ding) (?:my |our |all (?:my |our )?)?(?:[£$€]\s?\d|"
                  r"\d[\d,.]*\s?(?:[£$€]|euros?|pounds|dollars|\S*coins|credits|gems|points)|money|savings|balance|"
                  r"all (?:my |our |of my )?(?:\S*coins|crystals|gems|credits|points|v-?bucks|robux|gold|currency))|"
                  r"\bordered\b|\bcharged\b|\bbook(?:ed|ing)\b[^.!?]{0,40}?\b(?:points|miles|avios|vouchers?)\b", 100)
          # "someone has logged into my account and ordered stuff to an address I don't know"
          + "|" + _near(r"\bsomeone (?:\S+ ){0,2}?(?:logged|logging|got|broke|broken) (?:in|into) (?:my|our) account",
                        r"\bordered\b|\bbought\b|\bbook(?:ed|ing)\b|\bspent\b|\btransferr\w*|"
                        r"address (?:i|we) (?:don'?t|do not) (?:know|recogni[sz]e)", 100)
          + "|" + _near(r"\b(?:been|got|was|were) (?:\S+ )?(?:scammed|defrauded|conned)\b",
                        r"\b(?:took|taken|stole|stolen)\b|\bfrom (?:my|our) (?:\S+ )?(?:account|card)\b", 80)
          # "fui vítima de golpe, transferiram 2.000 € da minha conta", "Buchungen ..., die ich nicht gemacht habe"
          + r"|\bv[ií]c?tima de (?:um |uma |una |un )?(?:golpe|fraude|burla|estafa|timo)|"
          r"\bvictime d'(?:une )?(?:arnaque|fraude|escroquerie)|\bvittima di (?:una )?(?:truffa|frode)|"
          + _near(r"\b(?:hackead[oa]|hackearon|hackerat[oa]|hacker[ée]|pirat[ée]e?|gehackt|pirateada|invadid[oa]|"
                        r"invadiram|gehackt|zhakowan\w*)\b", r"\b(?:transfer\w*|virement|bonific\w*|[üu]berwies\w*|"
                        r"transfer[êe]ncia|abgebucht|prelevat\w*|d[ée]bit\w*|cobr\w*|gastad\w*|speso|spent|€|euros?)", 120)
          + "|" + _near(r"\b(?:ohne meine (?:erlaubnis|zustimmung|einwilligung)|zonder (?:mijn )?toestemming|bez (?:mojej )?"
                        r"zgody|sin mi (?:permiso|consentimiento)|sans mon (?:accord|autorisation)|senza (?:il mio )?"
                        r"(?:permesso|consenso)|sem (?:a minha )?(?:permiss[ãa]o|autoriza[cç][ãa]o))\b",
                        r"\b(?:karte|pas|karta|kart[ęe]|tarjeta|carte|carta|cart[ãa]o|zahlung\w*|betaling\w*|p[łl]atno\w*|"
                        r"pagos?|paiements?|pagament[oi]|abgebucht|afgeschreven|pobra\w*|cobr\w*|pr[ée]lev\w*|addebit\w*)\b",
                        60)
          + r"|"
          r"\b(?:betalingen|transacties|afschrijvingen) (?:\S+ ){0,4}?die ik niet (?:heb )?(?:gedaan|gemaakt)|"
          r"\b(?:p[łl]atno[śs]ci|transakcj\w*) (?:\S+ ){0,3}?kt[óo]rych nie (?:robi[łl]\w*|dokona[łl]\w*)|"
          r"\b(?:clonaron|clonaram|clonad[oa]) (?:\S+ ){0,3}?(?:sim|chip)\b|"
          r"\b[ée]change de (?:carte )?sim (?:\S+ )?frauduleux|\bsim-karte (?:\S+ ){0,2}?(?:übernommen|gekapert)|"
          r"\bsim clonata|\bopfer (?:\S+ ){0,2}betrug\w*|\b(?:karten|konto)betrug|\btransferiram (?:\S+ ){0,4}(?:da|de) minha conta|"
          r"\bclonaram (?:o )?meu cart[ãa]o|\bme han (?:estafado|clonado)|\b(?:vaciado|vaciaron) (?:\S+ )?cuenta|"
          r"\bvid[ée] mon compte|\bon m'a (?:arnaqu|escroqu)[ée]|\bj'ai [ée]t[ée] (?:arnaqu|escroqu)[ée]|"
          r"\bsvuotato (?:il )?(?:mio )?conto|\b(?:sono stat[oa]|mi hanno) truffat[oa]|"
          r"\b(?:compras?|transa[cç](?:ão|ões)|pagamentos?|cobran[cç]as?|saques?|cargos?|pagos?|transferencias?|"
          r"movimientos?|cobros?) (?:\S+ ){0,6}?que (?:eu )?(?:n[ãa]o|no) (?:fiz|reconhe[cç]o|autorizei|he hecho|"
          r"he realizado|hice|reconozco|autoric[ée])|"
          r"\b(?:paiements?|achats?|pr[ée]l[èe]vements?|transactions?|d[ée]bits?|virements?|retraits?) "
          r"(?:\S+ ){0,6}?que je n'ai (?:pas|jamais) (?:fait|effectu[ée]|autoris[ée])|"
          r"\b(?:pagament[oi]|addebit[oi]|transazion[ei]|acquist[oi]|preliev[oi]|bonific[oi]) (?:\S+ ){0,6}?che non "
          r"(?:ho (?:mai )?(?:fatto|effettuato|autorizzato)|riconosco)|"
          r"\b(?:buchung|abbuchung|zahlung|transaktion|überweisung|kauf|käufe|lastschrift)(?:en)? (?:\S+ ){0,6}?"
          r"die ich (?:nicht|nie|niemals) (?:gemacht|getätigt|veranlasst|autorisiert) habe|"
          r"\b(?:compra|transa[cç][ãa]o|pagamento|cobran[cç]a|transfer[eê]ncia|saque|cargo|pago|transacci[oó]n|"
          r"movimiento|cobro|paiement|pr[ée]l[èe]vement|achat|retrait|virement|addebit[oi]|pagament[oi]|"
          r"transazion[ei]|acquist[oi])s? (?:n[ãa]o|no|non) (?:autorizad|autoris[ée]|autorizzat)\w*|"
          r"\bnicht (?:von mir )?autorisiert\w* (?:abbuchung|zahlung|transaktion|überweisung|buchung|lastschrift)|"
          r"\b(?:abbuchung|zahlung|transaktion|überweisung|buchung|lastschrift)\w* (?:\S+ ){0,4}?nicht (?:von mir )?"
          r"autorisiert|"
          # "me han quitado 480 euros de la cuenta sin autorización", "abgebucht, die ich nie autorisiert habe",
          # "fizeram um pix ... que eu não reconheço"
          r"\b(?:quitado|sacado|cobrado|retirado|tirado|transferido|pr[ée]lev[ée]|d[ée]bit[ée]|retir[ée]|prelevat[oi]|"
          r"addebitat[oi]|sottratt[oi]|sacaram|levantad[oa]|abgebucht|abgehoben|überwiesen)\w*,? (?:\S+ ){0,14}?"
          r"(?:sin (?:mi )?autorizaci[oó]n|sans (?:mon )?(?:autorisation|accord)|senza (?:la mia )?autorizzazione|"
          r"sem (?:a minha )?autoriza[cç][ãa]o|die ich (?:nie|nicht|niemals) (?:autorisiert|veranlasst|gemacht|"
          r"get[äa]tigt))|\bpix (?:\S+ ){0,8}?que (?:eu )?n[ãa]o (?:fiz|reconhe[cç]o|autorizei)|"
          # "me han cargado 240 € que no reconozco", "levantaram-me 500 euros da conta sem eu saber"
          r"\b(?:cargad[oa]|cargaron|cobrad[oa]|cobraron|quitad[oa]|sacad[oa]|debitad[oa]|levantaram|tiraram|cobraram|"
          r"prelevat[oa]|addebitat[oa]|d[ée]bit[ée]|pr[ée]lev[ée])\w*(?:-me)?,? (?:\S+ ){0,8}?(?:que (?:eu )?(?:no|n[ãa]o) "
          r"(?:reconozco|reconhe[çc]o|he hecho|fiz|autoric[ée]|autorizei)|sem (?:eu )?saber|sin (?:yo )?saberlo|"
          r"sans mon accord|[àa] mon insu|a mia insaputa|senza (?:il mio )?consenso)"
          # "quelqu'un est en train de vider mon compte", "899 € bei MediaMarkt bezahlt. Ich war das nicht", "alguien
          # está usando mi tarjeta", "qualcuno ha usato la mia carta", "esvaziaram a minha conta"
          r"|\b(?:vid(?:er|e|ent|[ée]) (?:mon|notre) compte|(?:leer ?ger[äa]umt|gepl[üu]ndert) (?:\S+ )?konto|konto "
          r"(?:\S+ ){0,3}?(?:leer ?ger[äa]umt|gepl[üu]ndert)|vaci(?:ando|ado|aron|ar) (?:mi|nuestra) cuenta|"
          r"svuot(?:ato|ando|ano|are) (?:il (?:mio )?)?conto|esvazi(?:aram|ando|ou) (?:a )?(?:minha )?conta)|"
          r"\b(?:quelqu'un|alguien|algu[ée]m|qualcuno|jemand) (?:\S+ ){0,3}?(?:utilis\w*|us(?:ando|ado|a|ou|ato|a)|"
          r"benutz\w*|verwende\w*) (?:\S+ ){0,2}?(?:ma|mi|meu|minha|la mia|meine) (?:carte|tarjeta|cart[ãa]o|carta|"
          r"karte|compte|cuenta|conta|conto|konto)\b|"
          + _near(r"[$£€]\s?\d|(?<![\d.,])\d[\d.,]*+\s?(?:€|euros?)|\b(?:paiements?|pr[ée]l[èe]vements?|achats?|zahlungen?|"
                  r"abbuchungen?|bezahlt|abgebucht|pagos?|cargos?|compras?|pagamentos?|addebit[oi]|pagament[oi])\b",
                  r"\b(?:ce n'est pas moi|c'est pas moi|ce n'[ée]tait pas moi|pas moi|ich war (?:das|es) nicht|das war "
                  r"ich nicht|nicht von mir|no (?:he sido|fui) yo|yo no (?:he sido|fui)|n[ãa]o fui eu|non sono stat[oa] "
                  r"io|non l'ho fatt[oa] io)\b(?!\s+\w)", 80))

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
_CANCELLED = (r"cancel+ed (?:my |our |the )?(?:\w+ )?(?:flight|train)s?\b|\b(?:flight|train|connection|connecting flight|"
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
_STRANDED = (r"stranded|gestrandet|nowhere to (?:stay|sleep)|"
             # "ich sitze mit meiner Tochter in Frankfurt fest" (read30)
             # (first person: "das Paket hängt im Verteilzentrum fest", "die App hängt fest" are no one stranded)
             r"(?:ich sitze|wir sitzen|ich stecke|wir stecken|sitze ich|sitzen wir|stecke ich|stecken wir) "
             r"(?:(?!\S*(?:warteschleife|leitung|hotline|telefon|chat))\S+ ){0,6}?fest\b|festsitzen|festgesessen|"
             # "my car won't unlock at Heathrow and I'm stuck in the car park with two kids" (read28)
             r"stuck (?:in|at) (?:the |a )?(?:car ?park|parking lot|airport|station|terminal|services)(?! queue| traffic)|"
             r"car won'?t (?:unlock|open|start)|locked out of (?:the|my|our) (?:hire |rental )?car|"
             # the hotel gave the room away, for tonight ("réservation annulée par l'hôtel ce matin, j'arrive ce soir")
             + _near(r"r[ée]servation (?:\S+ ){0,4}?annul[ée]e? par l'h[ôo]tel|reserva (?:\S+ ){0,4}?cancelada por el "
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
             + _near(_CANCELLED, r"\b(?:stuck|trapped|sat|sitting|sleeping) (?:at|in|on) (?!home\b)|\bestoy en el "
                     r"(?:aeropuerto|aeroporto)|\b(?:je suis|nous sommes) (?:\S+ )?[àa] l'a[ée]roport|\bestou no aeroporto|"
                     r"\bsono (?:\S+ )?in aeroporto|\bich (?:bin|sitze) (?:\S+ )?am flughafen", 100)
             + r"|sin (?:hotel|alojamiento|d[oó]nde dormir)|no tenemos d[oó]nde dormir|sans (?:h[ôo]tel|"
             r"h[ée]bergement|logement)|nulle part o[uù] dormir|ohne (?:hotel|unterkunft)|"
             r"keine? (?:hotel|unterkunft)|"
             r"sem (?:hotel|alojamento|onde dormir)|senza (?:hotel|albergo|alloggio)|non (?:sappiamo|abbiamo) dove "
             r"dormire|(?:siamo|sono) (?:per|in) strada")
# Who cannot wait out a night in a terminal, and the night itself ("it's 11pm", "alle 23", "esta noche")
_VULNERABLE = (r"kids?|child(?:ren)?|toddlers?|bab(?:y|ies)|newborns?|infants?|\d+[- ]?(?:year|yr|month)s?[- ]?olds?|"
               r"(?:de|di) [5-9]\d (?:años|anos|ans|anni)|[5-9]\d[- ]?j[äa]hrige\w*|(?:de|di) \d+ (?:meses|mois|mesi)|"
               r"elderly|pregnant|disabled|wheelchair|rollstuhl|silla de ruedas|fauteuil roulant|sedia a rotelle|"
               r"carrozzina|cadeira de rodas|hij[oa]|fille|figlia|tochter|filha|pensioners?|niñ[oa]s|beb[ée]s?|neonat[oi]|bambin[oi]|enfants?|"
               r"b[ée]b[ée]s?|kinder|kleinkind|säugling|crian[cç]as?|rec[ée]m-nascid[oa]|embarazada|schwanger|"
               r"enceinte|incinta|gr[áa]vida|ancian[oa]s?|anzian[oi]|idos[oa]s?|personnes? [âa]g[ée]es?|kindern|oma|opa|"
               r"filhos|figli|bambine|dochtertje|zoontje|kinderen|dzie(?:ci|[ćc]mi)|niemowl\w*|"
               r"(?:de|di) [6-9]\d anni|[6-9]\d anni|(?:madre|padre|m[èe]re|p[èe]re|mutter|vater|m[ãa]e|pai) de [6-9]\d")
# the traveller is with them ("with two kids", "con un neonato", "my 3 year old"), not "kid off at university"
_WITH = (r"(?:with|con|avec|mit|com|and|&|plus|my|our|mi|mis|nuestr[oa]s?|mon|mes|nos|notre|unser\w*|meine?\w?|"
         r"nosso|nossa|nostr[oi]|mio|mia|miei)")
_NIGHT = (r"tonight|tonite|overnight|midnight|all night|de noche|la nuit|di notte|[àa] noite|nachts|nowhere to (?:stay|sleep)|(?:1[0-2]|[89])(?:[:.]\d\d)? ?pm|"
          r"(?<![£$€\d.,])(?:2[0-3]|0[0-4])[:.h]\d\d|esta noche|ce soir|cette nuit|stanotte|stasera|questa notte|"
          r"alle (?:ore )?2[0-3]|a las (?:2[0-3]|1[01])|esta noite|hoje [àa] noite|heute (?:nacht|abend)|"
          r"diese nacht|über nacht|(?<![\d.,])0?[0-4][:.]\d\d ?uhr|son las (?:2[0-3]|1[01])|sono le 2[0-3]|s[ãa]o 2[0-3]h|"
          r"il est (?:2[0-3]|minuit)|jest 2[0-3]:|(?<![\d.,£$€])2[0-3]h\d*\b|(?<![\d.,£$€])2[0-3]:\d\d")

# An amount is money when the post says it was charged, paid, taken, lost, owed or refunded, or asks for it back;
# not "Was £999 last week" in a stock question
_AMOUNT = r"[$£€]\s?\d[\d,.]*+|\b\d[\d,.]*+(?:\s?[$£€]|\s?(?:dollars|euros|pounds|bucks|usd|eur|gbp)\b)"
_MONEY_WORD = (r"\b(?:charg\w*|paid|pay(?:ing|s)?|taken|took|deduct\w*|debit\w*|d[ée]bit[ée]\w*|bill(?:ed|s)?|"
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
_COUNT_CONTACT = (rf"{_NTH} time (?:(?:that |now )?(?:i|we)(?:'m| am|'ve| have|'re| are)? (?:\S+ )?)?{_CONTACTED}|"
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

# something that fell on someone: "your Fern bookcase just collapsed onto my 4 year old" (read30); a thing, not "prices
# fell", "sorting it out fell on my mum" nor "the blame fell on me"
_FELL_ON = (r"(?:shel(?:f|ves|ving)|bookcase|bookshelf|wardrobe|tv|television|panel|mirror|cabinet|chest|drawers?|dresser|"
            r"unit|door|gate|ceiling|light|lamp|frame|bed|bunk|cot|crib|table|desk|chair|stool|trampoline|ladder|it|they) "
            r"(?:\S+ ){0,2}?(?:collapsed|fell|tipped(?: over)?|toppled(?: over)?|gave way) (?:\S+ )?(?:on|onto|on top of) "
            r"(?:(?:me|him|her|us|them)\b(?! (?:birthday|day|wedding|holiday|account|bill|order))|(?:my|our|his|her|their) "
            r"(?:\S+ )?(?:\d+[- ]?(?:year|yr|month)s?[- ]?olds?|son|daughter|child|kids?|baby|toddler|wife|husband|"
            r"partner|mum|mom|dad|head|foot|feet|legs?|arms?|hands?|toes?|back|dog|cat)\b)")
# food poisoning suffered, not asked about ("is the chicken safe? I'm worried about food poisoning")
_POISONED = (r"(?:gave|given) (?:me|us|him|her|them|my \w+) food poisoning|food poisoning (?:from|after) (?:your|the|eating)|"
             r"(?:i|we|he|she|they|my \w+)(?:'ve| have| has|'s)? (?:now |just |got |also )?(?:got |have |has )?food poisoning")
# a fault in what keeps people safe on board: "the seat in the emergency exit row won't lock upright and there's a
# loose panel by the door" (read30), a seat belt that won't fasten; not a seat belt extender missing from an order, an
# exit row seat missing from a booking nor the seatbelt sign
_CABIN_PART = (r"emergency exit|exit row(?! seat)|exit door|cabin door|aircraft door|seat ?belts?(?! (?:extender|sign))|"
               r"oxygen masks?|life ?(?:jackets?|vests?)|smoke (?:alarm|detector)s?")
_CABIN_DEFECT = (_near(_CABIN_PART, r"won'?t (?:lock|close|latch|fasten|open)|(?:doesn'?t|does not|didn'?t) (?:lock|close|"
                       r"latch|fasten|open)|not (?:locking|closing|latching|fastening)|loose|hanging off|came off|fell off",
                       60)
                 + rf"|(?:{_CABIN_PART}) (?:is |was |are |were )?(?:broken|missing|loose)\b")

# a crash, and someone down after it: "your rider just crashed his scooter into a car, he's on the ground", "just
# crashed one of your scooters, the brake didn't work. my friend is on the ground and not getting up" (read31)
_VEHICLE = r"(?:scooter|bike|moped|motorbike|motorcycle|car|van|bicycle|e-?bike|e-?scooter)s?"
_CRASHED = rf"crashed (?:one of )?(?:his|her|their|the|a|my|our|its|your) (?:\w+ )?{_VEHICLE}\b"
_DOWN = (rf"(?:\b(?:he|she)|(?:my|our|his|her|the|a|your) (?:{_KIN}|mate|boyfriend|girlfriend|kid|child|rider|driver|"
         r"courier|passenger|cyclist|pedestrian))(?:'s| is| was) (?:(?:lying |lay |still )?on the (?:ground|floor|pavement|"
         r"tracks)\b(?! laughing| crying| in stitches| playing)|(?:lying|lay) (?:in|on) the road)|(?:he|she|they)(?:'s| is| are|'re) lying (?:in|on) the road|on the (?:ground|floor|pavement|road),? (?:and|(?:he|she)(?:'s| is)) (?:(?:he|she)(?:'s| is) |is )?"
         r"(?:not|isn'?t|won'?t|can'?t) (?:getting up|get up|moving|move|responding|respond)")

# someone still after a crash: "just been in a crash on the A34, the other driver isn't moving" (read34); not "my
# driver isn't moving on the map", "cancelled by accident", "the app crashed", "isn't responding to my texts"
_STILL_AFTER_CRASH = _near(r"(?<!app )(?<!site )(?<!game )(?<!order )(?<!system )(?<!phone )(?<!laptop )(?<!page )"
                           r"\b(?:crash(?:ed)?|collision|collided|(?:an?|the|car|road|traffic) accident|hit (?:us|me|him|her|"
                           r"them)|knocked (?:down|over) by)\b",
                           rf"\b(?:the|my|our|his|her|a|your|this|that) (?:other (?:driver|rider|motorist|person|car'?s driver)|"
                           rf"{_KIN}|mate|cyclist|pedestrian|person|man|woman|guy|lady|kid|child|boy|girl|motorcyclist|biker)"
                           r"(?:'s| is| was)? (?:not|isn'?t|wasn'?t|is not|was not) (?:moving|responding|breathing|conscious|"
                           r"waking up)\b(?! (?:on|in) the (?:map|app)| to (?:my|our|the|any) )", 100)
# a child (or anyone, too many) who swallowed medicine or a household chemical: "my 3 year old got into my handbag and
# may have swallowed some of my sertraline tablets" (read34); not "I took my tablets late", "swallowed her tablets fine",
# "a child could easily have eaten these"
_SWALLOWED_MEDS = (_near(rf"{_CHILD}|\b(?:toddler|baby|little one)\b",
                         r"(?<!could )(?<!could have )(?<!easily have )(?<!could've )(?<!nearly )(?<!almost )\b(?:swallowed|ate|eaten|drank|drunk|"
                         r"(?:took|taken) (?:some|a handful|loads|lots|a few|half|a bunch|a load) of)\b[^.,!?]{0,40}?\b"
                         r"(?:tablets?|pills?|capsules?|medicine|medication|meds|paracetamol|ibuprofen|bleach|detergent|"
                         r"(?:dishwasher|washing|laundry) (?:tablets?|pods?|capsules?|liquid)|liquitabs?|"
                         r"(?:button |coin )?batter(?:y|ies)|magnets?|coins?|e-?liquid|vape (?:juice|liquid)|mouthwash|"
                         r"antifreeze|weed ?killer|cleaning (?:fluid|liquid|spray))\b(?! (?:fine|ok|okay|no problem|without))",
                         80)
                   + r"|\b(?:took|taken|swallowed|had) (?:way )?too many (?:of )?(?:\w+ )?(?:tablets|pills|capsules)\b|"
                   r"\b(?:taken|took|had|has|have|having) an overdose\b|\baccidental overdose\b|\boverdos(?:ed|ing) on "
                   r"(?:(?:his|her|my|their|our) )?(?:meds|medication|medicine|tablets|pills|insulin|paracetamol|painkillers)\b")

REASONS: dict[str, str] = {
    "safety": r"\b(" + _DISPENSED + "|" + _SEWAGE_OR_MAIN + "|" + _ALLERGEN_SENT + "|" + _ROAD_ACCIDENT + "|" + _FLOODING + "|" + _PREYED + "|" + _IN_FOOD + "|"
              + _FALL + "|" + _NO_WAY_TO_CALL + "|" + _SELF_HARM + "|" + _STALKED + "|" + _DILUTED_FEED + "|" + _FEVER + "|"
              + _HEART + "|"
              r"(?:is|he'?s|she'?s|was|started|baby|child|son|daughter) choking|not breathing|electrocuted|"
              # stuck in the heat without water ("38°C dans la voiture, plus de clim, plus d'eau"), a child unwell now
              + _UNWELL_NOW + "|" + _CABIN_DEFECT + "|" + _FELL_ON + "|" + _POISONED + "|"
              r"(?:on|caught|a|the|house|kitchen) fire\b(?! ?(?:tv|stick|tablet|hd|kids|os|phone|edition))|"
              r"fire (?:alarm|brigade|department|hazard|risk|broke out|started)|smoke|injur\w*|hurt|"
              # not "my hospital appointment" (a reason to travel, not an injury)
              r"bleed\w*|"
              # taken to hospital, not "he's in hospital now, can I cancel his seat?" (a reason to cancel)
              r"(?:taken|rushed|went|gone|ended up|admitted|sent|had to go|landed|straight) (?:\w+ )?(?:to |in |into )"
              r"(?:the |a )?hospital(?! (?:for|next|on|appointment))|hospital (?:after|because|with|from)|"
              # an allergic reaction, described by what it does ("my lips are swelling", "throat is closing up")
              r"(?:lips?|tongue|throat|face|mouth) (?:is |are |has |have |keeps? |started |starting )?(?:\w+ )?"
              r"(?:swell\w*|swollen)|throat (?:is |feels )?(?:closing|tight\w*)|having a reaction|"
              r"(?:can'?t|cannot|struggling to|hard to|trouble) breath\w*(?! (?:😂|🤣|lol|lmao|haha))|difficulty breathing|"
              # a crash or a person hit ("your rider just crashed his scooter into a car", "hit by a car", "he's on the ground")
              + _CRASHED + "|" + _DOWN + "|" + _STILL_AFTER_CRASH + "|" + _SWALLOWED_MEDS + "|" + _PET_IN_DANGER + "|"
              + _MISSING_CHILD + "|" + _ASSAULT_NOW + "|"
              r"(?:i|he|she|they|rider|driver|cyclist|courier|son|daughter|dad|mum) (?:just )?(?:came|fell) off "
              rf"(?:his|her|their|the|a|my|our|its) (?:\w+ )?{_VEHICLE}|(?:got|been|was|were|just|being) (?:\w+ )?(?:hit|"
              r"knocked (?:down|over)|run over) "
              r"by (?:a|an|the|your) (?:\w+ )?(?:car|van|bus|lorry|truck|bike|scooter|vehicle|train|tram|driver|rider)|"
              r"(?:he|she|they)(?:'s| is| are|'re) "
              r"(?:lying|lay) (?:on|in) the (?:ground|floor|road|pavement|street|tracks)|"
              r"(?:man|woman|person|someone|somebody|passenger|child|kid|rider|driver|lady|guy) (?:is |was )?(?:lying|collapsed) "
              r"(?:on|in) the (?:ground|floor|road|pavement|street|tracks)|"
              # a threat to people now ("a man being aggressive and shouting at passengers")
              r"(?:man|woman|guy|passenger|customer|person|someone|somebody|driver|group|gang) (?:is |are |being |getting )"
              r"(?:very |really |extremely )?(?:aggressive|violent|threatening)(?! when)|"
              # a care alarm, lifeline or stairlift someone depends on, dead ("my mum relies on her landline for her care alarm")
              + _near(r"care alarm|personal alarm|lifeline alarm|telecare|panic (?:alarm|button)|pendant alarm|"
                      r"alarm pendant|stair ?lift", r"\bdead\b|no dial tone|not working|doesn'?t work|(?:is|are|been|went) "
                      r"(?:down|off|out)\b|no (?:line|signal|service|connection)|cut off|disconnected", 120) + "|"
              # a medical emergency; a bare "emergency! my card is blocked abroad" is an urgent plea, not safety
              r"(?:medical|real|genuine) emergency|emergency services|ambulance|danger\w*|(?<!-)unsafe|"
              rf"{_GAS_SPARKS}|{_APPLIANCE} (?:exploded|caught fire)|"
              rf"{_APPLIANCE}s? (?:(?:is|was|has|had|started|began|keeps?|kept|been|now|just|and|actually) ){{0,2}}"
              r"(?:smoking|melt(?:ed|ing)|burn(?:ing|t|ed)(?: up| hot)?)|"
              # "the phone charger I bought from you last week started smoking and melted the plug socket"
              + _near(_APPLIANCE, r"\b(?:started|starts|was|is|began|went) (?:\w+ )?(?:smoking|melting)\b|\bsmells? "
                      r"(?:like |of )?burning\b|\bsmelled burning\b|\bmelted the\b", 60) + "|"
              # a burn on a person, not "burnt coffee", "burnt toast" or "burn through my data"
              r"(?:got|has|have|had|suffered|left (?:\w+ )?with) (?:a |an |some )?(?:\w+ )?burns?\b|"
              r"burn(?:ed|t|s)? (?:(?:his|her|my|their|our|the baby'?s|the child'?s|a child'?s) )?(?:hand|arm|leg|face|"
              r"mouth|tongue|skin|finger|lip|chest|foot|feet|neck|back)s?\b|scald(?:ed|s)?|burn marks?|"
              + _CO_DANGER + "|"
              r"allerg\w+ reaction|anaphyla\w*|epi-?pen|a&e|emergency room|poison\w*|assault\w*|"
              # made ill by food or drink: "my daughter is sick after eating your nuggets"; not "sick of waiting"
              r"(?:sick|ill|unwell|vomit\w*|throwing up|threw up)(?! (?:of|and tired))(?: \w+){0,3}? (?:after|from|since) "
              r"(?:eating|drinking|(?:the|a|an|our|your|their) (?:buffet|meal|dinner|lunch|breakfast|takeaway|food))\b|"
              r"(?:your|the|their) (?:\w+ )?(?:food|meal|takeaway|drink|nuggets|burger|chicken) (?:has )?made (?:me|him|her|us|"
              r"them|my \w+) (?:\w+ )?(?:sick|ill|unwell)|food poison\w*|"
              r"swat(?:ted|ting)\b|swat (?:me|us|him|her|them|my|our)\b|threat\w* to (?:swat|dox)|dox(?:x)?(?:ed|ing)\b|"
              rf"harass\w*|threat\w* (?:me|us|{_CHILD})|threat\w* to (?:\S+ ){{0,3}}(?:gun|knife|kill|hurt|harm|attack|"
              r"beat|shoot|stab|rape|punch)|fainted|"
              r"(?:nearly|almost|narrowly) (?:hit|killed|crushed|fell on|landed on|ran over|run over|"
              rf"knocked (?:over|down)) {_PERSON}|"
              rf"(?:inches|an inch|centimet(?:er|re)s|cms?) (?:away )?from (?:hitting |crushing )?{_PERSON}|"
              r"(?:nearly|almost) (?:died|choked|drowned|electrocuted)\b(?! (?:laughing|of (?:boredom|shame|"
              rf"embarrassment|laughter)))|could have (?:killed|hurt|injured) {_PERSON}|"
              # a child sent threats or sexual messages online, told to hurt themselves
              r"sexual (?:messages?|content|images?|photos?|pictures?|pics|comments?|advances|remarks|texts?)|"
              r"sexually (?:explicit|touch\w*|harass\w*|abus\w*)|explicit (?:messages|images|photos|pictures|pics)|"
              rf"grooming (?:children|kids|minors|a child|a minor|{_CHILD})|child grooming|"
              r"(?:telling|told|tells|encourag\w+|urg(?:ing|ed)) (?:\S+ ){1,3}to (?:hurt|harm|kill|cut) "
              r"(?:him|her|them|my|your)sel(?:f|ves)|self[- ]harm|"
              # medicine or a machine someone depends on, with the power off or the supply missing
              rf"{_near(_MEDICAL, _CUT_OFF, 120)}|{_RUN_OUT}|{_near(_FRAIL, _DISCONNECTED, 100)}|"
              r"(?:mou?ld|damp)\b[\s\S]{0,80}?\b(?:asthma\w*|breathing|respiratory|copd|lungs?)|(?:asthma\w*|breathing|"
              r"respiratory|copd|lungs?)\b[\s\S]{0,80}?\b(?:mou?ld|damp)|"
              # an injury, exposed wiring or an aggressor, in the languages the brands hear from
              r"broke (?:my|his|her|their) (?:wrist|arm|leg|ankle|hip|nose|tooth)|exposed (?:live )?(?:wires?|wiring|"
              r"cables?)|live wires?|(?:aggressive|violent|drunk) (?:passenger|customer|man|woman|driver|guy)|"
              r"bless[ée]e?s?|s'est (?:ouvert|cass[ée]|bless[ée]|br[ûu]l[ée])\w*|saign\w*|br[ûu]lure|"
              r"c[âa]bles? d[ée]nud[ée]s?|fils? d[ée]nud[ée]s?|herid[oa]s?|(?:me|se|le) (?:he|ha|han) hecho daño|"
              r"sangr(?:e|ando|ado)|quemadura|cables? pelados?|verletz\w*|blutet|verbrüh\w*|notaufnahme|"
              r"krankenwagen|kabel (?:\w+ )?(?:liegen|liegt|hängen|hängt) (?:\w+ )?(?:frei|blank)|"
              r"ferid[oa]s?|machucad[oa]s?|sangrando|queimadura|fios? (?:desencapad|expost)\w*|ferit[oa]|"
              r"(?:mi sono|si [èe]) fatt[oa] male|sanguin\w*|ustion\w*|pronto soccorso|ambulanza|cavi scoperti|"
              r"(?:polso|braccio|gamba|caviglia) rott[oa]|rott[oa] (?:il|la) (?:polso|braccio|gamba|caviglia)|"
              # a child threatened ("told my 10 year old he'd find where she lives"), a broken bone, a near miss
              r"(?:find|knows?|found out) where (?:she|he|they|my \w+) lives?|"
              r"broken (?:toe|arm|leg|wrist|ankle|nose|finger|foot|hip|rib)s?|"
              r"(?:toe|arm|leg|wrist|ankle|nose|finger|foot|hip|rib)s? (?:is |was |are |were |might be |may be )?"
              r"(?:broken|fractured)|fell (?:off (?:\w+ ){0,3})?(?:on|onto) (?:my|his|her|their|our|a) (?:\w+ )?"
              r"(?:foot|feet|head|toe|leg|hand|child|son|daughter|baby)|"
              r"(?:nearly|almost) (?:ran|run|knocked) (?:me|us|him|her|someone|my \w+|a \w+) (?:over|down)|"
              # someone collapsed or unconscious, a heart attack, a defibrillator needed, in six languages
              r"(?:someone|somebody|(?:a |an |the |this |some )?(?:man|woman|lady|guy|customer|passenger|child|kid|boy|"
              r"girl|person|member|gentleman)|my \w+|he|she|they|i) (?:(?:has|had|just|suddenly) ){0,2}collapsed|"
              r"unconscious|heart attack|cardiac arrest|(?:had|having|has) a seizure|defibrillator|defib (?:cabinet|box)|"
              r"(?:defib|cabinet) (?:is |was )?locked|"
              # "can't put any weight on it" (a gym's dropped dumbbell; a care lead's read, eleventh session)
              r"can'?t (?:put|bear) (?:any )?weight on (?:it|her \w+|his \w+|my \w+)|"
              r"desmay\w*|desfibrilador|"
              r"infarto|ataque al coraz[óo]n|[ée]vanoui\w*|d[ée]fibrillateur|crise cardiaque|ohnm[äa]chtig|bewusstlos|"
              r"herzinfarkt|svenut[oa]|defibrillatore|desmai\w*|desfibrilhador|ataque card[íi]aco|"
              # left on a motorway, alone in the dark; a drunk driver
              r"(?:dropped|left|kicked|threw|put) (?:me|us|her|him|them|my (?:\w+ )?(?:son|daughter|wife|husband|mum|"
              r"mom|mother|dad|father|child|kids?|children|family|partner|friend|girlfriend|boyfriend)) (?:off |out )?"
              r"(?:on|at|in|by) (?:the )?"
              r"(?:motorway|highway|freeway|hard shoulder|side of the road|roadside|middle of nowhere)|"
              r"(?:alone|on my own) (?:and |in the )(?:it'?s )?dark|drunk driv\w*|drink[- ]driv\w*|"
              r"(?:driver|pilot|captain|chauffeur) (?:\w+ ){0,2}?(?:was|seemed|looked|smelled|smelt|reeked|stank) (?:\w+ )?"
              r"(?:drunk|of (?:alcohol|booze|drink|weed)|intoxicated)\b|under the influence|"
              # a burning smell, a danger to life, in other languages ("huele a quemado en la cabina")
              r"huele a quemado|olor a quemado|(?:sent|odeur de) (?:le |du )?br[ûu]l[ée]|riecht (?:\w+ ){0,2}verbrannt|"
              r"brandgeruch|cheir(?:a|o) (?:a|de) queimado|(?:puzza|odore) di bruciato|lebensgef[äa]hrlich|"
              r"peligro de muerte|danger de mort|pericolo di vita|(?:risco|perigo) de vida|"
              r"feuer|incendio|inc[eê]ndio|incendie|es brennt|prendere fuoco|pegou fogo|pegar fogo|brand gevaar|"
              r"reacci[óo]n al[ée]rgica|r[ée]action allergique|allergische reaktion|reazione allergica|rea[cç][ãa]o al[ée]rgica|"
              r"(?:no (?:puede|puedo)|ne (?:peut|peux) (?:plus )?|kann nicht|kriegt keine luft|non riesce a|n[ãa]o consegue) "
              r"(?:\S+ )?(?:respirar|respirer|atmen|respirare)|(?:fait|faire|fera) un malaise|zusammengebrochen|se ha desplomado|"
              r"se desplom[óo]|[ée]croul[ée]|flauwgevallen|zemdla\w*|straci\w* przytomno\w*)\b",
    "money": r"\b(?:charged (?:me )?(?:twice|double|again)|double[- ]charged|overcharg\w*|refund\w*|fraud\w*|scam\w*|"
             # a card lost or taken: anyone may spend on it until it is blocked
             + LOST_CARD + "|"
             + _HARDSHIP + "|"
             r"stolen|unauthori[sz]ed|took my money|lost (?:my )?money|(?:wrong|incorrect) charges?\b|late fee|"
             r"chas(?:ing|ed) me for (?:a )?payment|"
             r"money (?:\w+ )?(?:left|taken from|gone from) my account|money back|debited|chargeback|billing error|"
             # "billed me for roaming", "4 estimated bills", "my bill has doubled"
             r"\bbilled\b|overbill\w*|\b(?:estimated|wrong|incorrect|double|huge|higher|inflated) bills?\b|"
             r"\bbills? (?:\w+ ){0,3}(?:wrong|incorrect|too high|higher than|doubled|gone up|went up|increased)|"
             r"reembolso|erstattung|rembourse\w*|rimbors\w*|"
             # "me han cobrado dos veces", "débité de 32€", "doppelt abgebucht", "addebitato due volte"
             r"\b(?:cobrad[oa]s?|cobraron) (?:\S+ ){0,4}?(?:dos veces|duas vezes|doble|em dobro|de m[aá]s|a mais)|me han cobrado|"
             # "two charges for the same month", "charged twice"
             r"(?:two|2|double|duplicate) (?:charges|payments|debits|transactions) (?:\S+ ){0,3}?for (?:the )?same|"
             r"cobraram|cobro (?:doble|duplicado|indebido)|cobran[cç]a (?:dupla|indevida|em dobro)|"
             r"(?:me|nos) (?:hab[ée]is|hab[ée]is) cobrado|cobrad[oa]s? (?:\S+ ){0,5}?(?:tres|cuatro) veces|"
             r"\bd[ée]bit[ée]e?s?\b|pr[ée]lev[ée]e?s? (?:deux fois|en double)|factur[ée]e?s? deux fois|"
             r"abgebucht|abbuchung\w*|(?:doppelt|zweimal|falsch|zu viel) (?:belastet|berechnet)|"
             r"\w*geb[üu]hr\w* (?:\S+ ){0,3}?berechnet|berechnet (?:\S+ ){0,3}?\w*geb[üu]hr\w*|"
             r"addebitat[oaie]|doppio addebito|afgeschreven|"
             r"(?:factura|facture|rechnung|abschlag\w*|bolletta|fatura|rekening|rachunek) (?:\S+ ){0,5}?(?:se ha )?"
             r"(?:duplicad\w*|triplicad\w*|doubl[ée]e?|tripl[ée]e?|verdoppelt|verdreifacht|raddoppiat\w*|triplicat\w*|"
             r"dobrou|triplicou|a dobrar|verdubbeld)|terugstorten|terugbetal\w*|geld terug|"
             r"zwrot (?:pieni[eę]dzy|środków|srodkow)|(?:pobrano|obci[aą][żz]ono) (?:\S+ ){0,4}?(?:z[łl]|pln|€|eur|dwa razy|"
             r"podw[óo]jnie|op[łl]at\w*|kwot\w*)|"
             # a "c'est une arnaque" is a complaint like "this is a scam" (a fraud, below, is money too)
             r"fraude|estafa\w*|truffa|truffat[oaie]|arnaqu\w*|betrug\w*|betrüg\w*)|"
             rf"{_near(_AMOUNT, _MONEY_WORD, 60)}",
    "fraud": rf"({_FRAUD})",
    "outage": r"\b(outage|(?:is|are|went|still|been) down|not working|doesn'?t work|won'?t (?:load|work|open|connect)|"
              r"can'?t (?:log ?in|login|connect|access|stream|call)|no (?:service|signal|internet|power|wi-?fi|[345]g|"
              r"lte|coverage|network|reception|connection|broadband|electricity|phone line|dial tone|"
              # a water, gas or heating supply off ("NO water since 7am", "sin agua desde esta mañana")
              r"(?:running )?water(?! (?:bottles?|fountains?|damage|included|features?|rates?|bills?|meters?))|gas supply|"
              r"heating)|sin agua|no (?:sale|hay|tenemos) agua|pas d'eau|plus d'eau|kein wasser|sem [áa]gua|senza acqua|"
              # "3 days without water", "the water has been off since 6am" (a care lead's read, twelfth session)
              r"without (?:any |running )?water|" + _WATER_OFF + "|"
              r"locked out|"
              # "Network down AGAIN", "is PSN down?", "down for everyone"; not "turned it down", "down payment"
              r"(?:network|servers?|services?|site|website|app|internet|broadband|wi-?fi|signal|systems?|platform|psn|"
              r"xbox live|live chat|connection|lines?|e-?mail|cable|phone system|portal|ordering|log-?in|checkout|"
              r"[345]g|lte) (?:(?:is|are|was|were|seems?|seem|appears?|to|be|being|been|has|have|keeps?|kept|going|"
              r"goes|went|all|completely|totally|currently|still|also|just) ){0,3}down\b(?! ?payment)|"
              r"down for (?:me|us|everyone|everybody|anyone|anybody|all|hours|days)\b|is it down\b|"
              # "my signal is DEAD since tuesday", "broadband's been dead all week"
              r"(?:signal|internet|wi-?fi|broadband|network|connection|phone line|landline|[345]g) (?:is |'s |has been |"
              r"'s been |been |went |still |completely |totally )*(?:dead|gone|non-?existent)\b|"
              # "internet keeps dropping", "wifi drops out"; not "the price dropped"
              r"keeps? (?:dropping|cutting (?:out|off)|disconnecting|going (?:off|out)|losing (?:signal|connection))|"
              r"(?:internet|wi-?fi|connection|signal|broadband|network|line|router|calls?) (?:has |have |keeps? |kept "
              r"|had )?(?:dropped|dropping|drops|cut(?:s|ting)? out|disconnect\w*)|"
              r"power (?:cut|outage|failure)s?|blackout|power (?:has been|is|was|went|'s been|'s) (?:off|out|down)|"
              # (not "been in a crash", "after the crash": an accident, read34; "a crash on startup" is the app's)
              r"(?<!car )(?<!road )(?<!traffic )(?<!motorway )(?<!in a )(?<!in the )(?<!after a )(?<!after the )"
              r"crash\w*(?! (?:into|his|her|their)\b)"
              rf"(?! (?:one of )?(?:the|a|my|our|your) (?:\w+ )?{_VEHICLE}\b)|(?<!watch )(?<!download )(?<!downloads )(?<!downloaded )"
              r"offline(?! (?:viewing|downloads?|playback))|error \d+|keeps? failing|service (?:is |temporarily )?unavailable|ca[ií]do|funciona|st[öo]rung|panne|"
              r"sin (?:internet|señal|conexi[oó]n|luz|cobertura)|(?:pas|plus) de (?:r[ée]seau|connexion|internet)|"
              r"kein (?:internet|netz|empfang|strom|wlan)|senza (?:internet|rete|linea|corrente|segnale)|"
              r"sem (?:internet|rede|sinal|luz)|"
              # "la app no carga", "App stürzt ständig ab", "salta la fibra", "a internet fica caindo"
              r"(?:app|aplicaci[óo]n|appli|aplicativo|web|site|p[áa]gina) (?:\S+ )?(?:no carga|n[ãa]o carrega|ne charge "
              r"pas|non (?:si )?carica|l[äa]dt nicht)|non funziona|ne (?:marche|fonctionne) (?:plus|pas)|"
              r"funktioniert (?:\S+ )?nicht|st[üu]rzt (?:\S+ ){0,4}?ab\b|abst[üu]rz\w*|komplettausfall|"
              r"salta (?:la|il) (?:fibra|linea|connessione|rete|wifi)|(?:internet|rede|sinal|conex[ãa]o|wi-?fi|net) "
              r"(?:\S+ ){0,2}?(?:caiu|caindo|cai toda hora)|(?:se|me) (?:cae|corta) (?:el|la) (?:internet|wifi|"
              r"conexi[oó]n|l[íi]nea)|plus de (?:wifi|wi-fi|r[ée]seau|connexion)|"
              r"(?:geht|l[äa]uft|funktioniert) (?:\S+ ){0,4}?(?:nix|nichts)\b(?! an\b)(?! mehr an\b)|nichts geht|"
              r"(?:app|applicazione|sito) (?:\S+ )?bloccat[ao]|non parte pi[uù]|non si avvia|"
              r"(?:netz|internet|wlan|leitung|festnetz) (?:\S+ ){0,6}?(?:tot|weg|ausgefallen)|"
              r"(?:een|de|grote|landelijke) storing|storing (?:bij|in|op|van)|werkt (?:\S+ )?niet|"
              r"geen (?:internet|bereik|verbinding|stroom|signaal)|"
              r"nie (?:mam|ma) (?:internetu|zasi[eę]gu|pr[aą]du|sieci)|nie dzia[łl]a|"
              r"(?:llevamos|estamos|seguimos|desde \S+ \S+) (?:\S+ ){0,6}?sin fibra|niente fibra|sem fibra (?:desde|h[áa])|"
              r"plus de fibre|"
              r"(?:app|aplicaci[óo]n|appli|aplicativo) (?:\S+ ){0,3}?(?:se cierra|plante|trava|si blocca|crasht))\b",
    "travel_today": r"\b(flight (?:is |was )?(?:today|tonight|tomorrow morning|in \d+ ?(?:h|hours?|mins?))|"
                    rf"{_STRANDED}|"
                    r"stuck (?:\w+ )?(?:at|in|on) (?:the |a |our |my )?(?:airport|station|gate|plane|train|tarmac|platform)|"
                    r"on the tarmac|(?:flight|train|bus|coach|ferry) (?:(?!on \d|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                    r"nov|dec)|last)\S+ ){0,3}?(?:is|has been|now|currently) (?:\S+ )?delayed(?![^.!?]{0,60}compensation)|delayed (?:by )?(?:\d+|an?|one|two|three|four|five|six) ?(?:h|hrs?|hours?)\b[^.!?]{0,40}?\b(?:we'?re|"
                    r"i'?m|we are|i am|at the gate|at gate|still)\b|"
                    r"\b\d{1,2}[:.]\d\d (?:to|from) \S+ (?:\S+ )?(?:is |was |has been )?(?:cancel+ed|delayed)|"
                    r"missed (?:my )?(?:connection|connecting flight|flight)|"
                    r"(?:ho|abbiamo) perso (?:la )?coincidenza|perd(?:í|i|imos|emos) (?:la |mi |el )?(?:conexi[oó]n|"
                    r"vuelo)|(?:rat[ée]|manqu[ée]) (?:ma |notre |la )?correspondance|anschluss(?:flug)? verpasst|"
                    r"perd(?:i|emos) (?:a |o )?(?:conex[ãa]o|voo)|"
                    # "mi vuelo a Lima sale hoy", "o meu voo sai daqui a duas horas", "ho perso la connecting flight"
                    r"(?:vuelo|tren|vol|train|volo|treno|voo|comboio|flug|zug) (?:\S+ ){0,5}?(?:sale|sai|part|parte|"
                    r"d[ée]colle|decola|despega|decolla|geht|f[äa]hrt|fliegt|startet) (?:\S+ ){0,2}?(?:hoy|hoje|"
                    r"aujourd'hui|ce soir|oggi|stasera|heute|(?:daqui a|dentro de|en|dans|tra|fra|in) (?:\d+ ?h\b|\S+ "
                    r"(?:horas?|minutos|heures?|minutes|ore|minuti|stunden?|minuten)))|ho perso (?:la |il )?(?:connecting flight|connection|"
                    r"volo|treno)|"
                    r"(?:going to|gonna|will|might|about to) miss (?:my )?(?:connection|connecting flight|flight)|"
                    # "I fly to Lisbon in 4 hours", "flying out tonight"
                    r"(?:fly|flying|depart(?:s|ed|ing|ure)?) (?:\S+ ){0,4}?in (?:\d+|an?|one|two|three|four|five|a couple of) ?"
                    r"(?:h|hrs?|hours?|mins?|minutes?)\b|(?<!were )(?<!was )(?:fly|flying) (?:out |home |back )?(?:today|tonight|"
                    r"this (?:morning|afternoon|evening))|"
                    rf"{_CANCELLED}|"
                    r"boarding|gate (?:closes|closed)|departs? in|(?:leaves|leaving|takes off) in \d+ ?(?:h|hrs?|hours?|mins?|"
                    r"minutes?)\b|check-?in closes)\b",
    # stranded with a child, a baby, an elderly or pregnant traveller, or for the night: a welfare matter
    "stranded": rf"\A(?=[\s\S]*?\b(?:{_STRANDED}))"
                rf"(?=[\s\S]*?\b(?:{_WITH} (?:\S+ ){{0,3}}?(?:{_VULNERABLE})|{_NIGHT})\b)",
    "cancellation_or_legal": r"\b(cancel+(?:ing|ed)? (?:my )?(?:account|subscription|contract|service|order|membership|policy)|"
                             r"switching to (?!you\b|an?\b|the\b|your\b|our\b|my\b|metered\b)|leaving you|lawyer|attorney|sue|suing|lawsuit|legal action|court|"
                             r"small claims|ombudsman|regulator|ofcom|fcc|bbb|trading standards|gdpr|solicitors?|"
                             r"k[üu]ndig\w*|abogado|advogado|avocat|"
                             # consumer bodies and ombudsmen, courts, in other languages
                             r"m[ée]diateur|ufc[- ]que choisir|defensor del (?:cliente|consumidor)|ocu|facua|"
                             r"verbraucherzentrale|schlichtungsstelle|rechtsanwalt|anwalt|avvocato|mediatore|"
                             r"conciliazione|procon|reclame aqui|livro de reclama[çc][õo]es|juzgado|denuncia\w*|"
                             r"altroconsumo|deco proteste|(?:à|a|na) deco\b|consumentenbond|advocaat|rzecznik\w*|uokik|"
                             r"dar(?:me)? de baja|cerrar (?:mi )?cuenta|r[ée]silier|r[ée]siliation|fermer mon compte|"
                             r"disdett\w*|disdire|chiudere (?:il )?conto|encerrar (?:a )?(?:minha )?conta|opzeggen)\b",
    # a count of the customer's own contacts ("third time asking", "called 5 times"), not "buffered 14 times"
    "repeated_contact": rf"\b((?<!the )(?:(?<!@)\d+|several|multiple|many|numerous|countless) (?:calls|emails|"
                        rf"messages|dms|tweets|complaints|chats)|{_COUNT_CONTACT}|"
                        r"(?:for|after|over) (?:\d+|several|many|a few) (?:days|weeks)|"
                        r"(?:\d+|several|many) (?:days|weeks) (?:now|later|and (?:still|no|nothing))|"
                        r"(?:it'?s|it has) been (?:\d+|several|many|a few) (?:days|weeks)|(?:again|still) (?:no|waiting|nothing)|no one (?:is )?(?:responding|"
                        r"answering|replied)|still waiting|no response|ignored|nobody (?:helps|answers)|"
                        r"on hold\b[^.!?]{0,30}?\d+ ?(?:min\w*|hours?|hrs?)|hung up|personne ne r[ée]pond|nadie (?:responde|contesta)|"
                        r"niemand (?:antwortet|reagiert|geht ran)|ningu[ée]m (?:responde|atende)|nessuno risponde|"
                        # "les escribo por tercera vez", "fünfte Nachricht", "j'ai déjà écrit quatre fois", chasers
                        rf"{CONTACT_AGAIN}|(?:escrito|llamado|[ée]crit|appel[ée]|"
                        r"geschrieben|angerufen|scritto|chiamato|escrevi|liguei|liguei-vos)(?: \S+){0,2}? (?:dos|tres|"
                        r"cuatro|cinco|deux|trois|quatre|cinq|due|tre|quattro|cinque|duas|tr[êe]s|quatro|\d+) "
                        r"(?:veces|fois|volte|vezes)|(?:zwei|drei|vier|f[üu]nf)mal (?:angerufen|geschrieben)|"
                        # chasers, and their wider forms here ("novità" anywhere, "seguimos sin nada")
                        rf"{CHASER}|novit[àa]|immer noch kein\w* antwort|(?:sigo|seguimos|siguen) sin (?:saber|"
                        r"respuesta|noticias|nada))\b",
    "deadline_today": r"\b((?:before|by) \d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|(?:is |are )?due (?:today|tonight)|"
                      # an event about to start ("show starts in 40 mins ... my tickets are GONE", read30)
                      # ... or an exam, an interview ("my exam starts in 20 min and the login page says 'service
                      # unavailable'", read31)
                      r"(?:show|gig|concert|match|game|event|performance|festival|doors|exam|test|assessment|interview|"
                      r"lesson|class|lecture) (?:\S+ ){0,2}?(?:starts?|"
                      r"opens?|begins?|kicks? off) in (?:\d+|an?|one|two|half an?) ?(?:mins?|minutes?|hours?|hrs?|h)|"
                      r"(?:show|gig|concert|match|event|festival|exam|interview) (?:is |starts |begins )(?:tonight|today|"
                      r"in an hour)|"
                      r"by tonight|deadline (?:is )?(?:at )?(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)? )?(?:today|tonight))\b",
    "urgent_request": r"(?<!not )(?<!n't )(?<!no )\b(urgent\w*|asap|dringend|urgente|urgence|subito|emergency|"
                      r"notfall|emergencia)\b",
    "bereavement": rf"\b(?:{_BEREAVED})",
    # not "press the button", "any news on my order?": the press and the news as an audience
    "public_visibility": r"\b(viral|retweet|rt if|everyone should know|my followers|journalist|reporter|"
                         # named outlets, told in their languages ("j'ai contacté Le Parisien et France Info")
                         r"(?:contact\w*|escrit\w*|[ée]crit|alert\w*|avis\w*|geschrieben|kontaktiert|scritto|contattat\w*|"
                         r"segnalat\w*|escrevi|contatei|raconter|racont\w*|contar[ée]?|erz[äa]hl\w*|raccont\w*)"
                         r"[^.!?]{0,30}?\b(?:(?:le |au |du )?parisien|le monde|le figaro|france info|"
                         r"bfm ?tv|tf1|ouest-france|el pa[íi]s|el mundo|antena 3|telecinco|la sexta|bild|spiegel|zdf|rtl|"
                         r"corriere|repubblica|striscia la notizia|le iene|globo|folha)|"
                         # "BBC Watchdog", "going to Watchdog and the papers", "writing to the Guardian"
                         r"bbc watchdog|(?:go\w*|went|writ\w*|wrote|complain\w*|contact\w*|tak\w*|took) (?:\S+ ){0,2}?to "
                         r"(?:(?:bbc )?watchdog|(?:the )?(?:guardian|telegraph|bbc news|daily mail|sky news|itv news|"
                         r"moneysavingexpert|martin lewis))\b|(?:go\w*|went|tak\w*|took|tell\w*|told|writ\w*|contact\w*) "
                         r"(?:\S+ ){0,2}?to [^.!?]{0,40}?\b(?:and|or) the (?:papers|press|media)|contacted by (?:the )?"
                         r"(?:bbc|itv|press|guardian|telegraph|a journalist|the papers)|"
                         r"(?:to|in|on|contact\w*|call\w*|tell\w*) the (?:press|news|media|papers)|press release|"
                         # "going to the Energy Ombudsman and the BBC", "contacting Ofcom and the Daily Mail"
                         r"(?:go\w*|went|tak\w*|took|writ\w*|wrote|complain\w*|report\w*|contact\w*|tell\w*|told|email\w*|"
                         r"alert\w*|tag\w*) (?:(?!watch|listen|see\b|stream|play)\S+ ){0,5}?(?:the )?(?:bbc|itv|sky news|channel 4 news|daily mail|"
                         r"daily express|guardian|telegraph|evening standard|evening news|rip off britain)\b|"
                         r"news (?:outlet|channel|station|desk)|local news|"
                         r"boycott|review(?:ing)? you|trustpilot|going public|tell everyone|"
                         r"(?:(?:i|we)(?:'ve| have| got)? (?:over |nearly |almost |about |more than )?|my )\d+(?:[.,]\d+)?k? "
                         r"(?:followers|subscribers|subs|viewers)|(?:make|making|post|posting|upload\w*) "
                         r"a (?:video|tiktok|thread|reel|youtube video|stream) (?:about|on) (?:this|you|it)|"
                         r"(?:a la|à la|alla|an die|aos|à|na|naar de|do) (?:prensa|presse|stampa|imprensa|medien|pers|"
                         r"mediów|televisi[óo]n|zeitung|giornali|jornais)|periodistas?|journalistes?|giornalist[ie]|"
                         r"jornalistas?|journalisten)\b",
}
# matched against the lower-cased post: three times faster than IGNORECASE over these long alternations (the one
# capital in the patterns, a terminal "T1"-"T5", is written lower-case here)
_COMPILED = {k: re.compile(v.replace("T[1-5]", "t[1-5]")) for k, v in REASONS.items()}
# The least level a reason implies on its own.
REASON_FLOOR = {"safety": "critical", "money": "high", "fraud": "critical", "outage": "high", "travel_today": "high",
                "stranded": "critical", "cancellation_or_legal": "high", "repeated_contact": "normal",
                "deadline_today": "high", "urgent_request": "high", "public_visibility": "high",
                "bereavement": "normal"}
# A narrower reason names what its broader one stands for: a fraud is money taken, a stranded family travels today.
_REFINES = {"fraud": "money", "stranded": "travel_today"}
# The reasons the shipped head was trained on, one feature each: a reason added since joins them at the next retrain.
HEAD_REASONS = ("safety", "money", "outage", "travel_today", "cancellation_or_legal", "repeated_contact",
                "deadline_today", "urgent_request", "public_visibility")
# Reasons that keep a post urgent even when the customer sounds happy ("thanks! but the flight leaves at 6"); money
# too when the post still asks for something ("thanks for the quick reply! but I've been charged twice").
PRESSING = frozenset({"safety", "fraud", "outage", "travel_today", "stranded", "cancellation_or_legal",
                      "deadline_today", "urgent_request"})
_PRAISES_SOMEONE = re.compile(r"\b(?:thank(?:s| you)(?: so much)? to|shout ?out|kudos|absolute (?:star|legend|hero)|"
                              r"(?:a|an absolute|such a) (?:star|legend|hero))\b", re.I)
CARBON_MONOXIDE = re.compile(rf"\b(?:{_CARBON_MONOXIDE})\b", re.I)
# afraid for their safety now ("I'm scared to go home"): the police, now
AFRAID = re.compile(rf"\b(?:{_AFRAID}|unsafe|in danger)\b", re.I)
STILL_OPEN = re.compile(r"\?|\b(?:but|still|though|however|yet|please|pls|can you|could you|when will)\b", re.I)
# A danger that calls for safety advice before anything else in a reply: narrower than the safety reason ("hurt",
# "hospital" raise urgency, but "leave the area" would be absurd advice for them).
_DANGER = re.compile(rf"\b(?:{_GAS_SPARKS}|{_CO_DANGER}|(?:on|caught) fire|smoke (?:is )?(?:coming|pouring)|"
                     rf"smoking|{_APPLIANCE} (?:exploded|caught fire|is smoking|melted)|{_FLOODING})\b", re.I)  # _FLOODING holds water on the electrics


# Someone hurt or unwell right now: the reply says to call the emergency services before anything else
_EMERGENCY = re.compile(r"\b(?:(?:lips?|tongue|throat|mouth) (?:is |are |has |have |keeps? |started |starting )?(?:\w+ )?"
                        r"(?:swell\w*|swollen|closing|tight\w*)|having (?:an? )?(?:allergic )?reaction|anaphyla\w*|"
                        r"(?:can'?t|cannot|struggling to|hard to) breath\w*|difficulty breathing|bleeding|unconscious|"
                        r"not breathing|(?:has |had |just )?collapsed|"
                        # an allergen eaten and the medicine already taken: a reaction under way
                        rf"{_MEDICINE_TAKEN}|{_FALL}|{_NO_WAY_TO_CALL}|{_SELF_HARM}|(?:having|had|has) a seizure|heart attack|"
                        rf"{_HEART}|"
                        r"cardiac arrest|(?:got|been|was|were|just|being) (?:\w+ )?(?:hit|knocked (?:down|over)|run over) by|"
                        rf"{_CRASHED}|{_DOWN}|{_STILL_AFTER_CRASH}|{_SWALLOWED_MEDS}|"
                        r"choking|electrocuted|fainted|"
                        # in the other languages the brands hear from
                        r"desmay\w*|desmai\w*|svenut[oa]|[ée]vanoui\w*|(?:fait|faire|fera) un malaise|zusammengebrochen|bewusstlos|"
                        r"ohnm[äa]chtig|flauwgevallen|zemdla\w*|sangr(?:a|ando)|blutet|saigne\w*|sanguin\w*|"
                        r"reacci[óo]n al[ée]rgica|r[ée]action allergique|allergische reaktion|reazione allergica|"
                        r"rea[cç][ãa]o al[ée]rgica|(?:no (?:puede|puedo)|ne (?:peut|peux) (?:plus )?|kann nicht|"
                        r"non riesce a|n[ãa]o consegue) (?:\S+ )?(?:respirar|respirer|atmen|respirare))\b", re.I)


_DEPENDS = re.compile(_near(_MEDICAL, _CUT_OFF, 120), re.I)
_UNWELL_NOW_RX = re.compile(_UNWELL_NOW, re.I)
# a medicine (not a machine) that has not come and is running out: "epilepsy meds haven't arrived and he took his last
# dose this morning" (a care lead's read, eleventh session)
_MEDS_RUNNING_OUT = re.compile(_near(r"\b(?:insulin|meds|medication|medicine|tablets|pills|inhalers?|prescription|insulina)\b",
                                     r"(?:hasn'?t|haven'?t|has not|have not|not|never) (?:yet )?(?:arrived|come|been delivered)|"
                                     r"run(?:ning)? out|last (?:dose|one|pen|tablet|pill)|only (?:got|have) \d+ left|none left",
                                     100), re.I)
_MACHINE = re.compile(r"oxygen|ventilator|dialysis|life support|pump|cpap|nebuli[sz]er|beatmung|sauerstoff|respirador|"
                      r"respirateur|respiratore", re.I)


def _straight(fn: Callable[[str], _T]) -> Callable[[str], _T]:
    """The rules are written with a straight apostrophe: a phone's curly one ("isn’t breathing", "can’t afford",
    about one TWCS post in six) is read as one."""
    @functools.wraps(fn)
    def read(text: str) -> _T:
        return fn(text.replace("\u2019", "'"))
    return read


@_straight
def names_meds_running_out(text: str) -> bool:
    """Whether a medicine that has not come is running out, with no one unwell yet: a pharmacy's emergency supply first,
    the emergency services if anyone becomes unwell."""
    return bool(_MEDS_RUNNING_OUT.search(text)) and not (_EMERGENCY.search(text) or _UNWELL_NOW_RX.search(text)
                                                          or _MACHINE.search(text))


_NO_WAY_TO_CALL_RX = re.compile(_NO_WAY_TO_CALL, re.I)
_SELF_HARM_RX = re.compile(_SELF_HARM, re.I)
_OWN_CRISIS_RX = re.compile(_OWN_CRISIS, re.I)
# what makes a crisis phrase a figure of speech: a joke, or a complaint's object in the same sentence ("I want to die, my
# flight got cancelled again", "je veux mourir de rire")
_NOT_A_CRISIS = re.compile(r"\b(?:lol|lmao|haha\w*|jaja\w*|kkk+|rofl)\b|😂|🤣|💀|\bde rire\b|\bdal ridere\b|"
                           r"\b(?:flight|order|parcel|delivery|claim|booking|wifi|internet|queue|bill|refund|update|"
                           r"company|airline|service|app|game|team|match|exam|traffic|train|bus|hold)\b", re.I)
# someone else, named before the phrase: "my son is feeling suicidal", "my daughter keeps saying she wants to end it all"
_SOMEONE_ELSE = re.compile(r"\b(?:my|our) (?:\w+ )?(?:son|daughter|child|kid|mum|mom|mother|dad|father|wife|husband|partner|"
                           r"brother|sister|friend|mate|boyfriend|girlfriend|player|student|customer)\b|\b(?:he|she)\b", re.I)


@_straight
def names_no_way_to_call(text: str) -> bool:
    """Whether the customer cannot reach the emergency services ("it says no service"): how to get through first."""
    return bool(_NO_WAY_TO_CALL_RX.search(text))


_SIM_SWAP_RX = re.compile(_SIM_SWAP, re.I)


_SCAM_CALL_RX = re.compile(_SCAM_CALL, re.I)
_HARDSHIP_RX = re.compile(_HARDSHIP, re.I)
_SEWAGE_RX, _BURST_MAIN_RX, _LEAK_RX = re.compile(_SEWAGE, re.I), re.compile(_BURST_MAIN, re.I), re.compile(_LEAK, re.I)


@_straight
def names_sewage_or_main(text: str) -> str:
    """"sewage" or "main" when raw sewage comes up where people are or a burst main floods a road, "leak" when a leak
    at home goes through to the flat below or the electrics ("" otherwise)."""
    return ("sewage" if _SEWAGE_RX.search(text) else "main" if _BURST_MAIN_RX.search(text)
            else "leak" if _LEAK_RX.search(text) else "")


_DILUTED_FEED_RX = re.compile(_DILUTED_FEED, re.I)


@_straight
def names_diluted_feed(text: str) -> bool:
    """Whether a baby's formula is watered down to make it last: not safe, and help to get formula comes first."""
    return bool(_DILUTED_FEED_RX.search(text))


@_straight
def names_hardship(text: str) -> bool:
    """Whether the customer cannot pay (a job lost, a bill they cannot cover): no cheer, and their finances go private."""
    return bool(_HARDSHIP_RX.search(text))


_DISPENSED_RX = re.compile(_DISPENSED, re.I)


@_straight
def names_wrong_medicine(text: str) -> bool:
    """Whether the pharmacy gave the wrong medicine or strength: "don't take any more of it" comes first."""
    return bool(_DISPENSED_RX.search(text))


# someone met online who asks for money, or was sent it: "the guy I've been talking to for 3 weeks ... needs £2,000 for
# the release fees", "I sent £4,500 to a man I met on Tandemly. He's blocked me everywhere now" (read35)
_MET_ONLINE = re.compile(r"\b(?:(?:man|woman|guy|girl|lady|bloke|person|someone|somebody)(?: \w+){0,2}? i(?:'ve| have)? "
                         r"(?:met|matched with|been (?:talking|chatting|speaking|messaging) (?:to|with))|"
                         r"(?:my|a|this|the) match\b|matched with\b)", re.I)
# ... online: not "the lady I've been talking to in your support chat wants £15 for the release fees on my parcel"
_ONLINE = re.compile(r"\b(?:app|online|dating|profile|match(?:ed)?|tinder|hinge|bumble|instagram|whatsapp|site)\b|"
                     # "a man I met on Tandemly" (read35), not "met on the train"
                     r"\bmet (?:on|through|via) (?!(?:the |a )?(?:train|bus|street|beach|holiday|plane|flight|ferry|night|"
                     r"way|weekend|course|job|phone)\b)\w+", re.I)
_MONEY_ASKED = re.compile(r"\b(?:needs?|asked|asks|asking|wants?|begging)(?: me)?(?: for)? (?:\S+ ){0,3}?(?:[£$€]\s?\d|money|"
                          r"cash|gift ?cards?|a loan|to borrow)|\b(?:release|customs|transfer|hospital) fees?\b|"
                          r"\b(?:can|should|do) i (?:send|lend|transfer|wire|give) (?:him |her |them )?"
                          r"(?:the |this |that )?(?:money|cash|[£$€])", re.I)
_MONEY_SENT = re.compile(r"\b(?:sent|transferred|wired|gave|lent)(?: (?:him|her|them))? (?:over )?[£$€]\s?\d|"
                         r"\bpaid (?:him|her|them|a man|a woman|a guy|someone) (?:\S+ ){0,6}?[£$€]\s?\d|"
                         r"\b(?:sent|transferred|wired|gave|lent) (?:him|her|them) (?:all )?(?:my|our|the) (?:money|savings)",
                         re.I)


@_straight
def names_romance_scam(text: str) -> str:
    """Whether someone met online asks the customer for money ("ask") or was sent it ("sent"), or "": a scam's
    warning first ("don't send any money"), or the bank now; never "We'll keep you posted"."""
    if not (_MET_ONLINE.search(text) and _ONLINE.search(text)):
        return ""
    return "sent" if _MONEY_SENT.search(text) else "ask" if _MONEY_ASKED.search(text) else ""


@_straight
def names_scam_call(text: str) -> bool:
    """Whether a caller posing as the bank asks the customer to move their money ("to a safe account"): the answer is
    that it was not us, hang up and move nothing, before anything else."""
    return bool(_SCAM_CALL_RX.search(text))


@_straight
def names_sim_swap(text: str) -> bool:
    """Whether someone else has taken the customer's number (a ported number, a swapped or cloned SIM): their phone
    is no way to reach them now, and their bank's codes go to whoever has it."""
    return bool(_SIM_SWAP_RX.search(text))


_TAKEOVER_RX = re.compile(_TAKEOVER, re.I)


@_straight
def names_takeover(text: str) -> bool:
    """Whether someone else has taken over the customer's account: lock it first, then give it back."""
    return bool(_TAKEOVER_RX.search(text))


@_straight
def names_self_harm(text: str) -> bool:
    """Whether someone (another person, or the customer) has said they will take their own life: the emergency
    services first."""
    return bool(_SELF_HARM_RX.search(text)) or _crisis_said(text) is not None


# "I don't see the point anymore" is a crisis beside a loss they cannot bear ("I put my whole redundancy into crypto
# ... it's gone. I can't tell my wife", read36), a customer leaving otherwise ("Third price rise. I don't see the point
# anymore. Cancelling my Plus")
_NO_POINT = re.compile(r"(?:don'?t|do not|can'?t|cannot) see (?:the|any) point any ?more\b(?! (?:of|in|paying|using))", re.I)
_LOSS = re.compile(r"\bcan'?t tell (?:my|anyone)|\b(?:it'?s|it is|they'?re|everything'?s) (?:all )?gone\b|lost everything|"
                   r"everything (?:i|we) (?:had|saved)|(?:all|whole|entire) (?:my |our )?(?:savings|redundancy|pension)|"
                   r"life savings", re.I)


@functools.lru_cache(maxsize=4096)  # (the reasons, the emergency, the crisis and its owner all ask of one post)
def _crisis_said(text: str) -> bool | None:
    """None when no sentence says a wish to die in earnest; else whether the customer said it of themselves."""
    sentences = re.split(r"(?<=[.!?\n])\s+", text)
    if _LOSS.search(text) and any(_NO_POINT.search(s) and not _NOT_A_CRISIS.search(s) for s in sentences):
        return True
    for sentence in sentences:
        m = _OWN_CRISIS_RX.search(sentence)
        if m and not _NOT_A_CRISIS.search(sentence):
            # (someone named before it, and no "I" between: "my son is feeling suicidal"; but "after she left me I don't
            # see the point in anything" is the customer's own)
            other = list(_SOMEONE_ELSE.finditer(sentence, 0, m.start()))
            return not (other and not re.search(r"\bi\b|\bi'", sentence[other[-1].end():m.start()], re.I)
                        and not re.search(r"\b(?:my|i)\b", m.group(), re.I))
    return None


@_straight
def names_own_crisis(text: str) -> bool:
    """Whether the customer says they want to die themselves: a crisis line and the emergency services, warmly."""
    return bool(_crisis_said(text))


_PET_IN_DANGER_RX = re.compile(_PET_IN_DANGER, re.I)
_ASSAULT_NOW_RX = re.compile(_ASSAULT_NOW, re.I)


@_straight
def names_assault_now(text: str) -> bool:
    """Whether someone is being held or assaulted by a person beside them now ("the driver keeps touching my knee and
    won't let me out"): the emergency services first, never a DM request."""
    return bool(_ASSAULT_NOW_RX.search(text))
_MISSING_CHILD_RX = re.compile(_MISSING_CHILD, re.I)


@_straight
def pet_in_danger(text: str) -> str | None:
    """The animal a post names in danger now ("my labrador just got into the rat poison" -> "labrador"), or None: a
    vet, now, is the first thing to say (not the emergency services, which are for people)."""
    m = _PET_IN_DANGER_RX.search(text)
    if not m or _PET_PAST.search(text):
        return None
    word = re.search(rf"\b(?:{_PET})\b", m.group(), re.I)
    return word.group().lower() if word else None


@_straight
def names_warm_medicine(text: str) -> bool:
    """Whether a medicine kept cold arrived warm ("my insulin pens arrived warm, the ice pack had completely melted"):
    not to be used, and never "stop taking them" (a diabetic cannot stop their insulin), read34."""
    return bool(_WARM_MEDICINE.search(text))


_WARM_MEDICINE = re.compile(_near(r"\b(?:insulin|vaccines?|injection pens?|epi-?pens?|eye ?drops|fridge (?:items?|"
                                  r"medicines?))\b",
                                  r"\b(?:arrived|came|were|was|are|is) (?:\w+ )?(?:warm|hot|not cold|at room temperature)\b|"
                                  r"\bice ?packs? (?:\w+ )?(?:had )?(?:completely |fully |all )?(?:melted|defrosted|warm)\b|"
                                  r"\b(?:left|sat) (?:\w+ ){0,3}in the (?:sun|heat)\b", 60), re.I)


@_straight
def names_swallowed(text: str) -> bool:
    """Whether someone swallowed medicine or a household danger ("my 3 year old ... may have swallowed some of my
    sertraline tablets"): the emergency services now, even if they seem fine (read34)."""
    return bool(_SWALLOWED_RX.search(text))


_SWALLOWED_RX = re.compile(_SWALLOWED_MEDS, re.I)


@_straight
def names_missing_child(text: str) -> bool:
    """Whether a child is missing now ("my 4yo son has wandered off at the park"): the staff on site and the
    emergency services, before anything else."""
    return bool(_MISSING_CHILD_RX.search(text))


@_straight
def names_emergency(text: str) -> bool:
    """Whether someone is hurt or unwell now (a reaction, a crash, bleeding, a child taken ill in a stuck train), or
    their home oxygen or ventilator has lost its power: call the emergency services first. An animal bleeding or
    poisoned is a vet's ("o meu cão ... está a sangrar muito": no emergency services, see ``pet_in_danger``)."""
    text = _PET_IN_DANGER_RX.sub(" ", text)
    return bool(_EMERGENCY.search(text) or _DEPENDS.search(text) or _UNWELL_NOW_RX.search(text)) or \
        _crisis_said(text) is not None


# a hazard reported for the brand to act on: a fault on board, glass in food, an allergen sent, food that made someone
# ill, a product that fell on or hurt someone (read30: "your Fern bookcase just collapsed onto my 4 year old")
_PRODUCT_HURT = re.compile(rf"\b(?:{_FELL_ON}|{_POISONED}|"
                           r"(?:made|making) (?:me|us|him|her|them|my \w+) (?:really |so |very )?(?:sick|ill)\b)", re.I)
_HAZARD_REPORT = re.compile(rf"{_CABIN_DEFECT}|{_IN_FOOD}|{_ALLERGEN_SENT}", re.I)


@_straight
def names_hazard_report(text: str) -> bool:
    """Whether the post reports a hazard for the brand to act on (its safety team), beyond any first aid."""
    return bool(_PRODUCT_HURT.search(text) or _HAZARD_REPORT.search(text))


# already in care: "she has a cut on her head and we're in A&E now" (read30) has no need to be told to call an
# ambulance; what the brand does next is the reply
_IN_CARE = re.compile(r"\b(?:(?:we'?re|i'?m|she'?s|he'?s|they'?re|we are|i am|she is|he is|they are) (?:(?:now|still|"
                      r"currently|sat|sitting|waiting|all) ){0,2}(?:in|at) (?:the |an? )?(?:a ?& ?e|a and e|er|emergency "
                      r"room|emergency department|hospital|urgent care|walk-in centre)\b(?! (?:end|side|car park|entrance))|"
                      r"(?:is|are) (?:now |still )?in (?:the )?(?:hospital|a ?& ?e)\b(?! (?:end|side))|"
                      r"paramedics (?:are )?(?:here|with (?:him|her|them|us|me))|"
                      r"(?:estamos|estoy) en (?:el hospital|urgencias)|(?:sommes|suis) (?:aux urgences|à l'h[ôo]pital)|"
                      r"(?:sind|bin) (?:in der notaufnahme|im krankenhaus)|(?:siamo|sono) (?:al pronto soccorso|in ospedale)|"
                      r"(?:estamos|estou) (?:no pronto[- ]socorro|no hospital))", re.I)
# ... unless something acute is happening now, whatever care they had before ("she's been in hospital with her allergy
# before ... she just ate some and can't breathe"): then the emergency services still come first
_ACUTE_NOW = re.compile(r"\b(?:can'?t|cannot|struggling to|unable to) breathe|not breathing|swelling|unconscious|"
                        r"choking|collapsed again|fitting|seizure|(?:no one|nobody|none of your staff) (?:is |are )?helping",
                        re.I)


@_straight
def names_in_care(text: str) -> bool:
    """Whether the hurt person is already with a hospital or paramedics (no "call the emergency services"), and
    nothing acute is happening now."""
    return bool(_IN_CARE.search(text)) and not _ACUTE_NOW.search(text)


# Threatened or preyed on by another person (a player, a stranger): report, block, keep the evidence, the police
_THREATENED = re.compile(r"\b(?:swat(?:ted|ting)?|dox(?:x)?(?:ed|ing)?|"
                         rf"{_STALKED}|"
                         r"threat\w*|harass\w*|stalk\w*|sexual (?:messages?|content|images?|photos?|pictures?|pics|texts?)|"
                         r"groom(?:ing|ed)|explicit (?:messages|images|photos|pictures|pics)|nudes?)\b", re.I)


# a fee or money asked for ("send 0.05 BTC as a verification fee", "transfer £50 to unlock it")
_FEE_ASKED = (r"\bfees?\b|\b(?:send|pay|transfer|deposit)\b[^.?!]{0,30}?(?:[£$€]\s?\d|\d+(?:[.,]\d+)? ?(?:btc|eth|usdt|"
              r"bitcoin|crypto)\b|\bmoney\b|\bcrypto\b)")
FEE_ASKED = re.compile(_FEE_ASKED, re.I)
# A message that may be phishing, asked about: "got a text saying my account is suspended and to click a link, is this you?"
_PHISHING = re.compile(
    # someone posing as the brand's support elsewhere, asking for a fee: "Coinharbor support on Telegram says they can
    # unlock my withdrawal if I send 0.05 BTC as a verification fee. Is this you?" (read36)
    r"\b(?:support|admin|agent|team|staff|someone|somebody)\b[^.?!]{0,80}?\b(?:on|via|through) (?:telegram|whatsapp|"
    r"discord|signal)\b[\s\S]{0,200}?(?:unlock|verif\w*|release|withdraw\w*|recover\w*)[\s\S]{0,120}?(?:" + _FEE_ASKED +
    r")[\s\S]{0,160}?"
    r"(?:is (?:this|it|that) (?:really )?(?:you|real|legit|genuine)|scam|legit\?|genuine\?)|"
    r"\b(?:text|sms|e-?mail|message|call|dm|whatsapp)\b[^.?!]{0,120}?\b(?:link|click|verify|suspended|"
                       r"locked|confirm (?:my|your) (?:details|identity|account)|update (?:my|your) (?:details|payment))\b"
                       r"[\s\S]{0,120}?\b(?:is (?:this|it|that) (?:you|real|legit|genuine|from you)|scam|phishing|"
                       r"(?:is|was) (?:it|this) (?:really )?(?:you|from you)|genuine\?|legit\?)|"
                       # "« votre compte sera suspendu, cliquez ici » c'est vous ??", "¿este SMS es vuestro?"
                       r"\b(?:cliqu\w*|clic|haz clic|haga clic|pincha|clicca|cliccare|klick\w*|clique|lien|enlace|link|"
                       r"collegamento|suspendu|suspendid[oa]|gesperrt|sospes[oa]|suspens[oa]|bloqu[ée]e?)\b[\s\S]{0,160}?"
                       r"(?:c'est (?:bien )?vous|c'est vrai|est-ce (?:bien )?vous|es (?:de )?verdad|sois vosotros|es vuestro|"
                       r"son ustedes|seid ihr das|sind sie das|ist das echt|siete voi|[èe] vero|[ée] verdade|s[ãa]o voc[êe]s|"
                       r"[ée] golpe|arnaque|estafa|betrug|truffa|phishing)", re.I)


# the customer counts their own contacts ("4th time messaging", "three emails", "terza volta che scrivo"): not a
# mere wait ("charged for 2 days", "it's been a week"), which repeated_contact holds too
_COUNTS_CONTACTS = re.compile(
    rf"\b(?:(?<!the )(?:(?<!@)\d+|two|three|four|five|several|multiple|many|numerous|countless) (?:calls|emails|messages|"
    rf"dms|tweets|complaints|chats)|{_COUNT_CONTACT}|{CONTACT_AGAIN}|(?:escrito|llamado|[ée]crit|appel[ée]|geschrieben|"
    r"angerufen|scritto|chiamato|escrevi|liguei)(?: \S+){0,2}? (?:dos|tres|cuatro|cinco|deux|trois|quatre|cinq|due|tre|"
    r"quattro|cinque|duas|tr[êe]s|quatro|\d+) (?:veces|fois|volte|vezes)|(?:zwei|drei|vier|f[üu]nf)mal (?:angerufen|"
    r"geschrieben)|(?:zum|das) (?:zweiten|dritten|vierten|f[üu]nften) mal|(?:4|5|6|7|8|9)th time|(?:2nd|3rd) time)\b",
    re.I)


def counts_contacts(text: str) -> bool:
    """Whether the customer says how often they have contacted the brand: the draft owns having to chase first."""
    return bool(_COUNTS_CONTACTS.search(text))


@_straight
def names_phishing(text: str) -> bool:
    """Whether the customer asks if a message with a link or a request for details really came from the brand."""
    return bool(_PHISHING.search(text))


# a journalist asking for comment ("I'm a reporter at the Evening Standard ... could someone comment before 5pm?"):
# the press office's, not a customer's complaint
_PRESS = re.compile(
    r"\b(?:i'?m|i am|this is \w+(?: \w+)?,?)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:reporter|journalist|producer|"
    r"correspondent|news editor)\b|\b(?:press|media) (?:enquir\w*|inquir\w*|request|query|queries)\b|"
    r"\b(?:request(?:ing)? (?:a |for )?comment|(?:your|the) press (?:office|team)|for (?:a|an|our) (?:story|article|news piece|report|segment|feature) (?:on|about)\b|"
    r"writing (?:a|an) (?:story|article|piece|feature|report) (?:on|about)\b)|"
    r"\b(?:soy periodista|je suis journaliste|ich bin journalist(?:in)?|sono (?:un[a'’]? ?)?giornalista|"
    r"sou jornalista)\b", re.I)


@_straight
def names_press(text: str) -> bool:
    """Whether a journalist asks for comment or a press contact."""
    return bool(_PRESS.search(text))


@_straight
def names_threat(text: str) -> bool:
    """Whether someone is threatened, harassed or sent sexual messages by another person."""
    return bool(_THREATENED.search(text))


@_straight
def names_danger(text: str) -> bool:
    """Whether the post names a hazard (gas, fire, smoke, sparks): drafts then lead with safety advice."""
    return bool(_DANGER.search(text))

# Reply deadline in minutes per channel and level: X is the least patient channel, Facebook within 12 h. A critical
# post (someone hurt, money being taken, a family stranded) is answered within 15 minutes wherever it was written: a
# care lead found a critical Facebook post given an hour while a merely high one on X had 30 minutes.
DEADLINES = {
    "twitter": {"critical": 15, "high": 30, "normal": 60, "low": 240},
    "instagram": {"critical": 15, "high": 60, "normal": 240, "low": 720},
    "facebook": {"critical": 15, "high": 120, "normal": 360, "low": 720},
    "chat": {"critical": 2, "high": 5, "normal": 10, "low": 30},
    "email": {"critical": 15, "high": 240, "normal": 720, "low": 1440},
    "other": {"critical": 15, "high": 60, "normal": 240, "low": 720},
}
RESOLVE_WITHIN_HOURS = 24


def reply_deadline(channel: str, level: str) -> int:
    """Minutes to the first reply for this channel and urgency level (an unknown channel as "other")."""
    return DEADLINES.get(channel, DEADLINES["other"])[level]
_LEVEL_VALUE = np.array([0.0, 1 / 3, 2 / 3, 1.0], dtype=np.float32)
_THRESHOLDS = ((0.8, "critical"), (0.5, "high"), (0.25, "normal"))


def find_reasons(text: str) -> list[str]:
    """The reasons whose rules fire on ``text``, in ``REASONS`` order; a fraud is money too."""
    return list(_reasons(text))


# broken down on a motorway: the hard shoulder, at night ("engine just died on the M6 ... 11pm, two kids in the back");
# not last year's breakdown behind a claim (a care lead's read of a car hire, eleventh session)
_BROKEN_DOWN = re.compile(_near(r"broken down|broke down|break ?down(?! of| for| cover)|engine (?:\S+ ){0,2}?(?:died|cut out|failed|stopped|"
                                r"packed up)|car (?:has |just )?(?:died|cut out|stopped|packed up)|"
                                # averiado, en panne, liegengeblieben, in panne / guasto, avariado
                                r"averiad[oa]|aver[íi]a|(?:tomb[ée]e?s? )?en panne|liegen ?geblieben|\bpanne\b|in panne|"
                                r"guast[oa]|avariad[oa]",
                                r"\b(?:on|off|along|near|at|by|onto|up|down) the m\d{1,2}\b|\bm\d{1,2},? (?:north|south|east|"
                                r"west)bound|\bm\d{1,2},? (?:junction|j\d)|motorway|dual carriageway|hard shoulder|autobahn|"
                                r"autopista|autoroute|"
                                r"autov[íi]a|arc[ée]n|bande d'arr[êe]t|standstreifen|autostrada|corsia d'emergenza|"
                                r"autoestrada|acostamento", 80))
_LONG_AGO = re.compile(r"\b(?:last (?:year|month|week)|ago)\b")


@_straight
def names_breakdown(text: str) -> bool:
    """Broken down on a motorway now (not last year's breakdown): drafts lead with getting out behind the barrier."""
    low = text.lower()
    return bool(_BROKEN_DOWN.search(low)) and not _LONG_AGO.search(low)


# what the customer plans or asks to pause, not what they have suffered: "can I pause my membership for 6 weeks?"
# counts no wait, and an injury given as the reason ("broke my wrist lol, can I freeze my membership?") is no danger
_PLANNED = re.compile(r"\b(?:pause|freeze|suspend|put (?:\S+ ){0,3}on hold|hold|away|abroad|holiday|vacation|trip|"
                      r"travell?ing|hire|rent|extend|borrow)\b[^.!?]{0,40}?\b(?:for|over) (?:\d+|several|many|a few) "
                      r"(?:days|weeks|months)\b")
_ADMIN_ASK = re.compile(r"\b(?:pause|freeze|suspend|put (?:\S+ ){0,3}on hold|cancel|transfer)\b[^.!?]{0,20}?\b(?:my|our|the)"
                        r"(?: \S+)? (?:membership|subscription|contract|plan|account|pass)\b")
# "broke my arm on your escalator", "at soft play": where it happened may be the brand's
_AT_YOURS = re.compile(r"\byour\b|\byou guys\b|\bcompensat|\bat\b")


# an outage already over and made up for ("upgraded my broadband for free because of the outage last month", "a free
# skin as an apology for the outage"): thanks, not a fault to fix
MADE_UP_FOR = re.compile(r"\b(?:(?:as )?(?:an? )?(?:apology|compensation|credit|goodwill (?:gesture|credit)|refund|discount|"
                          r"voucher|gift|thank you)|because|to make up) (?:for|of) (?:the|that|last (?:week|month)'?s?) "
                          r"(?:\S+ ){0,2}?(?:outage|downtime|disruption|power cut|blackout)\b(?: (?:last|earlier this|the "
                          r"other) (?:week|month|night|day|weekend))?", re.I)


@_straight
@functools.lru_cache(maxsize=4096)
def _reasons(text: str) -> tuple[str, ...]:
    """Cached: the head's features and the scorer both ask for every post (about 0.13 ms of regexes each)."""
    low = text.lower()
    found = {name for name, rx in _COMPILED.items() if rx.search(low)}
    if names_breakdown(low) or _crisis_said(low) is not None:
        found.add("safety")
    if "repeated_contact" in found and _PLANNED.search(low) and not _COMPILED["repeated_contact"].search(
            _PLANNED.sub(" ", low)):
        found.discard("repeated_contact")
    if "safety" in found and _ADMIN_ASK.search(low) and not _AT_YOURS.search(low) and _COMPILED["safety"].search(
            low).group(0).startswith("broke my"):
        found.discard("safety")  # a past injury given as the reason for a request, nothing dangerous now
    if "outage" in found and MADE_UP_FOR.search(low) and not _COMPILED["outage"].search(MADE_UP_FOR.sub(" ", low)):
        found.discard("outage")
    found |= {_REFINES[name] for name in found & _REFINES.keys()}
    return tuple(name for name in REASONS if name in found)


def _asks_generally(text: str) -> bool:
    from model.privacy import general_question  # privacy reads this module's cues: imported when first scored

    return general_question(text)


def level_for(score: float) -> str:
    return next((level for cut, level in _THRESHOLDS if score >= cut), "low")


class UrgencyScorer(HeadScorer):
    name = "urgency"
    classes = LEVELS

    def extra_features(self, texts: list[str], space: str) -> np.ndarray | None:
        found = [set(find_reasons(t)) for t in texts]
        return np.array([[k in f for k in HEAD_REASONS] for f in found], dtype=np.float32)

    def score(self, probs: np.ndarray, texts: list[str], channels: list[str],
              negative: np.ndarray | None = None, positive: np.ndarray | None = None) -> list[dict]:
        """Level from the head, raised by the rules' floors; a happy customer ("thanks for sorting my refund",
        "tout fonctionne maintenant") waits at most at normal unless something pressing is named."""
        out = []
        for i, (p, text, channel) in enumerate(zip(probs, texts, channels, strict=True)):
            reasons = find_reasons(text)
            score = float(p @ _LEVEL_VALUE)
            if negative is not None:  # an angry customer is a more urgent customer
                score = min(1.0, score + 0.15 * float(negative[i]))
            level = level_for(score)
            for reason in reasons:
                # a customer counting their own contacts ("Third time I've asked", at 2:30am with a party next door,
                # read32) has waited too long already: high, where a mere wait is normal
                floor = "high" if reason == "repeated_contact" and counts_contacts(text) else REASON_FLOOR[reason]
                if LEVELS.index(floor) > LEVELS.index(level):
                    level = floor
                    score = max(score, float(_LEVEL_VALUE[LEVELS.index(floor)]) * 0.8 + 0.1)
            # (happy: positive at least half, or the likeliest reading and 0.4: "Support hat mir heute in 5 Min
            # geholfen. Top! 👍" at 0.48 had come out high)
            happy = positive is not None and (float(positive[i]) >= 0.5 or (
                float(positive[i]) >= 0.4 and (negative is None or float(positive[i]) > float(negative[i]))))
            pressing = PRESSING & set(reasons) or ("money" in reasons and STILL_OPEN.search(text))
            if happy and pressing and _PRAISES_SOMEONE.search(text) and not STILL_OPEN.search(text) and not (
                    {"safety", "fraud", "stranded"} & set(reasons)):
                pressing = False  # "thank you to Raj, who stayed late after the last train was cancelled": praise
            if (happy and not pressing or not reasons and _asks_generally(text)) and LEVELS.index(level) > LEVELS.index(
                    "normal"):  # ... nor a question on the brand's terms that names nothing pressing ("exit fee?")
                level, score = "normal", min(score, 0.49)
            if not reasons and LEVELS.index(level) >= LEVELS.index("high"):
                # no rule fired: say what did, so the agent still sees why the post jumped the queue
                angry = negative is not None and float(negative[i]) >= 0.6
                reasons = ["angry_tone" if angry else "like_past_urgent_posts"]
            out.append({"score": round(min(score, 1.0), 4), "level": level, "reasons": reasons,
                        "reply_within_minutes": reply_deadline(channel, level),
                        "resolve_within_hours": RESOLVE_WITHIN_HOURS})
        return out
