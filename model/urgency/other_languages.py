"""Danger and scams told in Spanish, French, German, Italian or Portuguese.

The English rules (`distress`, `scams`) read English only, so a German face swelling shut or a Spanish date banging
on the door got a holding reply. These patterns name the same situations in the bank's five other languages; each
English rule also asks `situations_in`, so every reader of a situation (the reasons, the drafts' advice) sees it.

Texts are read lower-cased and without accents ("está" as "esta", "Tür" as "tur"), so one pattern covers a phone's
spelling with or without them. The cues are in `harm_told` (the door, allergy, swelling, someone hurt, CO),
`distress_told` (an assault, a crisis) and `fraud_told` (scams); this module reads them together.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from model.urgency.distress_told import CUES as DISTRESS_CUES
from model.urgency.fraud_told import CUES as FRAUD_CUES
from model.urgency.harm_told import CUES as HARM_CUES
from model.urgency.harm_told import FEVER

# told of the past, or over now: "la semana pasada", "vor drei Wochen", "ja estou bem"
_PAST = (r"\b(?:la semana pasada|el (?:ano|mes) pasado|hace (?:\d+|un|una|unos|unas|dos|tres|varios|varias) (?:dias?|semanas?|"
         r"mes(?:es)?|anos?)|la semaine derniere|l'annee derniere|le mois dernier|l'an dernier|il y a (?:\d+|un|une|deux|trois|"
         r"quelques) (?:jours?|semaines?|mois|ans?)|letzte[nr]? (?:woche|monat|jahr)|vor (?:\d+|einer?|zwei|drei|ein paar|"
         r"einigen) (?:tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|(?:la )?settimana scorsa|l'anno scorso|il mese scorso|"
         r"(?:\d+|un|una|due|tre|qualche) (?:giorn[oi]|settimane?|mes[ei]|ann[oi]) fa|(?:na )?semana passada|(?:no )?ano "
         r"passado|(?:no )?mes passado|ha (?:\d+|um|uma|dois|duas|tres|uns|umas) (?:dias?|semanas?|mes(?:es)?|anos?)|"
         r"(?:\d+|dois|tres) (?:dias|semanas|meses|anos) atras|(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) "
         r"pasado|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier|letzten (?:montag|dienstag|mittwoch|"
         r"donnerstag|freitag|samstag|sonntag)|(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) scors[oa]|"
         r"(?:l'ete|l'hiver|le printemps|l'automne) (?:passe|dernier)|el (?:verano|invierno|otono) pasado|la primavera pasada|"
         r"letzten (?:sommer|winter|herbst|fruhling)|l'(?:estate|inverno|autunno) scors[oa]|la primavera scorsa|"
         r"no (?:verao|inverno|outono) passado|na primavera passada|"
         r"(?:segunda|terca|quarta|quinta|sexta)(?:-feira)? passada)\b")
# ... or over: "ya estoy bien", "tout va bien maintenant", "alles wieder gut"
_OVER = (r"\b(?:ya (?:estoy|esta|estamos) bien|tout va bien(?! ?\?)|ya (?:se )?(?:paso|ha pasado)|tout va bien maintenant|ca va mieux|"
         r"(?:ist )?(?:alles )?wieder (?:gut|ok)|geht (?:mir|ihm|ihr) wieder gut|ora sto bene|(?:e )?passato tutto|"
         r"ja (?:estou|esta|estamos) bem|ja passou|(?:il|elle) va (?:super|tres|parfaitement) bien|aucun blesse|ningun herido|"
         r"niemand verletzt|nessun ferito|nenhum ferido)\b")
# ... unless the same sentence comes to today: "fiz piercing na língua há 4 dias e agora a língua está enorme"
_TODAY = re.compile(r"\b(?:ahora|maintenant|en ce moment|jetzt|gerade|adesso|agora|neste momento|aujourd'hui|hoy|heute|oggi|"
                    r"hoje|desde (?:ayer|anoche|esta|ontem|hoje)|depuis (?:hier|ce)|seit (?:gestern|heute)|da (?:ieri|"
                    r"stamattina|stanotte))\b")
# the news: "je viens de lire dans la presse qu'il y a eu un incendie dans votre entrepôt"
_NEWS = (r"\b(?:(?:lu|vu|lire|lis) dans (?:la presse|le journal|les infos)|(?:leido|visto) en (?:las noticias|el periodico)|"
         r"in der zeitung|in den nachrichten|(?:letto|visto) (?:sul giornale|nelle notizie|al telegiornale)|(?:li|vi) (?:no jornal|"
         r"nas noticias))\b")
_NEWS_RX = re.compile(_NEWS)


def told_as_news(text: str) -> bool:
    """Whether a post in one of these languages tells a danger it read in the news, not one it is in."""
    return bool(_NEWS_RX.search(plain(text)))


# a joke or a film, not a danger: "me muero de risa", "ich lach mich tot", "la serie sobre una agresion"
_NOT_REAL = (r"\b(?:jaja\w*|jeje\w*|mdr|ptdr|haha\w*|kkk+|rsrs\w*|lol|xd)\b|\U0001f602|\U0001f923|<3|&lt;3|\*-\*|"
             r"\b(?:de (?:la )?risa|de rire|vor lachen|dal ridere|de rir|a rir)\b|"
             r"\b(?:pelicula|documental|film|filme|documentaire|documentario|episodi\w*|episode|capitulo|(?:un|el|este|le|ce|"
             r"das|ein|il|questo|o|um|este) (?:libro|livre|buch|livro|romanzo|novela|serie|series)|staffel|folge \d+|saison \d+|"
             r"temporada|stagione|un seguito|una secuela|eine fortsetzung|uma sequencia)\b|"
             # a title's ending: "il finale di 'La casa in fondo al bosco'"
             r"\b(?:il finale|el final|la fin|o final|das ende) (?:de|di|do|da|von) ['\"«“]|" + _NEWS)
_RX = {name: re.compile(rx) for name, rx in ({"past": _PAST, "over": _OVER, "not_real": _NOT_REAL} | HARM_CUES | DISTRESS_CUES | FRAUD_CUES).items()}


@functools.lru_cache(maxsize=4096)  # (each rule that asks for the situations reads the same post)
def plain(text: str) -> str:
    """Lower case, straight apostrophes, no accents: "Está aporreando" as "esta aporreando"."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFD", text.lower().replace("\u2019", "'").replace("œ", "oe").replace("ß", "ss"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


# what a danger must be now: the rest is read in any sentence
_NOW_ONLY = ("seizure", "burn", "swallowed", "held", "assault_now", "safe_account", "crisis", "crisis_plan", "crisis_soon",
             "crisis_way", "door", "at_place", "intruder", "intruder_seen", "followed", "allergy", "airway", "swelling", "co",
             "attacked", "hurt", "hurt_more", "fell", "chest")
# ... and what is read in any sentence: who, where, how afraid, what came before (every harm and distress cue is in one
# of the two; tests/model/test_urgency_other_languages.py checks a new cue was placed)
_ANY_TIME = ("afraid", "allergen", "alone_fear", "alone_now", "door_visit", "door_who", "fall_harm", "hiding", "now",
             "pressing", "skin", "swelling_mild", "swelling_severe", "assault", "crisis_other", "crisis_sign", "crisis_will",
             "third")
# what a joke or a film leaves: a scam is read through it (every fraud cue but money alone, so a new one is too)
_SCAMS = frozenset(FRAUD_CUES) - {"money"}


def _past_sentences(low: str) -> list[tuple[int, int]]:
    """The spans of the sentences that tell of the past or of something over."""
    return [m.span() for m in re.finditer(r"[^.!?\n]+", low)
            if _RX["over"].search(m.group()) or _RX["past"].search(m.group()) and not _TODAY.search(m.group())]


# staff thanked for how they handled an emergency that is over: "Quiero dar las gracias al personal ... el sábado un
# señor se desmayó en el comedor y actuaron rapidísimo", "Großes Lob an das Team ... sofort reagiert"
_THANKS = re.compile(r"\b(?:gracias|agradecer|felicitar|merci|remercier|bravo|danke|dank an|lob an|grosses lob|grazie|"
                     r"ringraziare|complimenti|obrigad[oa]|agradecer|elogiar|parabens|thank you|thanks to|(?:massive|huge|"
                     r"big) thanks|shout ?out|kudos)\b")
_HANDLED = re.compile(r"\b(?:actuaron|atendieron|reaccion[oó]|han reagiert|hat sofort reagiert|sofort reagiert|ont reagi|a reagi|"
                      r"ont ete|sont intervenus|hanno reagito|sono intervenuti|c'erano gia|trataram|tratou de tudo|agiram|"
                      r"atuaram|llamaron|ont appele|haben gerufen|hat .{0,30}gerufen|hanno chiamato|chamaram|rapidisim\w*|"
                      r"super rapides?|blitzschnell|velocissim\w*|rapidissim\w*|calma impressionante|sofort|a gere|ont gere|avec un calme|"
                      r"(?:a |ont )?garde (?:un|son|leur) calme|trouve un medecin|"
                      r"sang-froid|(?:ha|hanno) gestito|gestiu|gestiram|manejo|manejaron|gestiono|souveran|"
                      # an emergency over and well handled, in English and French too: "they were there in under two
                      # minutes ... He's home now and doing great", "ils ont fait le massage cardiaque ... il s'en est sorti"
                      r"(?:were|was) there in|above and beyond|got (?:him|her|them) stable|(?:he'?s|she'?s|they'?re) "
                      r"(?:home|back home|fine|ok|okay|doing (?:great|well|fine))(?: now)?|made a full recovery|pulled through|"
                      r"did cpr|(?:ont|a) fait (?:le |un )?massage cardiaque|s'en est sortie?|"
                      r"(?:e stat[oa]|sono stati) "
                      r"(?:bravissim\w*|fantastic\w*|eccezional\w*|perfett\w*)|(?:ont ete|a ete|vous avez ete) (?:parfaits?|"
                      r"formidables?|super|extraordinaires?)|(?:fueron|estuvieron) (?:geniales|perfectos|increibles))\b")


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


class _Cues(dict):
    """Each cue's first match, read when first asked: a post is settled by a few of the 60 cues, most of them in
    the first condition of a situation ("door" alone rules out the door for nearly every post). A danger's match
    counts only in a sentence that tells of no past ("Wartung war letzte Woche. Seit einer Stunde haben wir alle
    Kopfweh ... Der CO-Melder piept" is now); a joke or a film leaves only the scams' cues."""

    def __init__(self, low: str) -> None:
        super().__init__()
        self.low = low

    @functools.cached_property
    def _past(self) -> list[tuple[int, int]]:
        return _past_sentences(self.low)

    @functools.cached_property
    def _joke(self) -> re.Match | None:
        return _RX["not_real"].search(self.low)

    def __missing__(self, name: str) -> re.Match | None:
        rx, low = _RX[name], self.low
        if name not in _SCAMS and self._joke:
            found = None
        elif name in _NOW_ONLY:
            found = next((m for m in rx.finditer(low) if not any(a <= m.start() < b for a, b in self._past)), None)
        else:
            found = rx.search(low)
        self[name] = found
        return found


@functools.lru_cache(maxsize=4096)  # (the situations and the scam cue read the same post)
def _read(low: str) -> _Cues:
    return _Cues(low)


# what makes money gone a scam, not a billing fault: a link or a text, a code, a caller, a profile, someone posing
_SCAM_CUES = ("scam_word", "link", "gave_card", "code_given", "posing", "messenger", "chatting", "met_online", "sent_him",
              "lost_line", "safe_account", "new_number", "taken_over", "validated", "card_taken")
_CALLER = re.compile(r"\b(?:me (?:ha )?llam\w*|m'a appele|hat (?:\w+ )?angerufen|mi ha chiamat\w*|(?:me )?ligou|ligaram|"
                     r"polizist\w*|policia|policier|poliziotto|golpe|betruger|estafador|escroc|truffator\w*|tima[rd]\w*|"
                     r"abgezockt|fregat\w*|arnaque\w*|vendedor|verkaufer|venditore|vendeur|(?:me|mi|mich) (?:ha |hat )?"
                     r"bloque\w*|blockiert|bloccat\w*|conoci[oó]|kennengelernt|conheceu|conosciut\w*|rencontre\w*|"
                     r"ubernommen|clon\w*|geklont|s'est connecte a mon compte|a change mon (?:e-?mail|mot de passe)|"
                     r"transferiu-lhe|le mando|vermieter|proprietaire|locador|anuncio|annonce|anzeige|annuncio)\b")


# one given something ("girate tutto a mia sorella", "empurraram pra minha mãe"), not the one a post is about; but "a mi
# hermano le ha caído la estantería" is about the brother
_GIVEN_TO = re.compile(r"(?:\b(?:a|an|para|per|pra|ao|alla|al|nome d[ae]|nombre de|nom de|namen (?:von|meiner))\s)$")
_TO_WHOM = re.compile(r"\s+(?:le|les|lhe|lhes)\b")


def _given_to(low: str, third: re.Match) -> bool:
    return bool(_GIVEN_TO.search(low, max(0, third.start() - 16), third.start())) and not _TO_WHOM.match(low, third.end())


def _named_before(low: str, at: int) -> bool:
    """Whether someone else is named in the 80 characters before a crisis, as its subject (not as who gets the money)."""
    return any(not _given_to(low, m) for m in _RX["third"].finditer(low, max(0, at - 80), at))


def crisis_of_another(text: str) -> bool:
    """Whether a crisis told is someone else's: a third person named first ("ein Match von mir schreibt, dass er sich
    heute Abend umbringen will", "mon ex coloc vient de poster une lettre d'adieu"), or said in the third person."""
    low = plain(text)
    # (named at the start, as the post's subject: "Hola, mi padre tiene cuenta con ustedes ..."; not a sister named as
    # the beneficiary of one's own account)
    third = _RX["third"].search(low)
    return bool(_THIRD_PERSON_CRISIS.search(low) or third and third.start() < 40 and not _given_to(low, third))


# a wish to die said of someone else: "dass er sich ... umbringen will", "que se quiere matar", "veut se suicider"
_THIRD_PERSON_CRISIS = re.compile(r"\b(?:(?:er|sie) sich (?:\w+ ){0,3}(?:umbringen|das leben nehmen)|se (?:quiere|va a) "
                                  r"(?:matar|suicidar)|(?:veut|va) se (?:suicider|tuer)|(?:vuole|vorrebbe) (?:uccidersi|"
                                  r"ammazzarsi|farla finita)|(?:quer|vai) se matar|parlait de (?:sauter|se jeter)|"
                                  r"(?:parlava|parla) di buttarsi|falar em atirar-se)\b")


def scam_cue(text: str) -> bool:
    """Whether a post names how money was taken (a link, a code, a caller, a profile): "cobraram duas vezes a fatura"
    is a billing fault, not a scam."""
    low = plain(text)
    has = _read(low)
    cues = [k for k in _SCAM_CUES if has[k]]
    if cues == ["scam_word"] and _NOT_FRAUD.search(low):
        return False
    return bool(cues) or bool(_CALLER.search(low))


# a safety product asked about before buying it: "hat euer CO-Melder auch einen Alarm aufs Handy? ... wir wollen einen kaufen"
_PRODUCT_ASKED = re.compile(r"\b(?:detector|detecteur|melder|rilevatore|detetor|alarma|alarme|allarme|sensor|capteur|sensore|"
                            r"boton de panico|bouton (?:d'alerte|panique)|notfallknopf|pulsante|botao de panico)\b[^.!?]{0,80}\?"
                            r"[\s\S]{0,160}\b(?:kaufen|comprar|acheter|comprare|anschaffen|contratar|souscrire|abonnieren)\b")


def asks_about_a_product(text: str) -> bool:
    """Whether a post asks how a safety product works before buying it: no danger, whatever it is for."""
    return bool(_PRODUCT_ASKED.search(plain(text)))


def _asked_about(low: str, cue: re.Match) -> bool:
    """Whether the sentence of a cue asks how a product works, not tells what is happening: "Le détecteur de monoxyde
    ..., il sonne aussi sur le téléphone si on est absents ?"."""
    start = max(low.rfind(c, 0, cue.start()) for c in ".!\n") + 1
    end = low.find("?", cue.end())
    sentence = low[start:end + 1] if end >= 0 and not any(c in low[cue.end():end] for c in ".!\n") else ""
    return bool(sentence and re.search(r"\b(?:aussi|auch|tambien|anche|tambem|si on|wenn man|se (?:si|a gente)|si se)\b",
                                       sentence))


# a fraud denied in so many words ("No es fraude, fue la app que se trabó"), or a bill called one ("3x 142€. Das ist doch
# Betrug!!!")
_NOT_FRAUD = re.compile(r"(?<!que )(?<!dass )(?<!che )\b(?:das ist (?:doch |ja |echt )?(?:betrug|abzocke)|c'est (?:du vol|une arnaque|"
                        r"de l'arnaque)|(?:esto )?es (?:un robo|una estafa|un timo)|e una (?:truffa|rapina)|(?:isso )?e (?:um roubo|golpe)|"
                        r"no es (?:un |una )?(?:fraude|estafa|timo)|ce n'est pas (?:une )?(?:fraude|arnaque|escroquerie)|"
                        r"(?:ist |war )?kein (?:betrug|scam)|non (?:e|si tratta di) (?:una )?(?:truffa|frode)|nao (?:e|foi) "
                        r"(?:golpe|fraude))\b")


# a driver who will not let the customer out: a danger away from their door ("el chofer se desvió ... tiene los seguros
# puestos", "der Fahrer hält nicht an")
_DRIVER = re.compile(r"\b(?:chofer|conductor|taxista|remisero|chauffeur|conducteur|(?:taxi)?fahrer(?:in)?|autista|tassista|"
                     r"motorista)\b")


# ... or someone else at the wheel: "mi ha fatto salire per la prova e ora non mi fa scendere, va verso la tangenziale"
_IN_A_CAR = re.compile(r"\b(?:fatto salire|hizo subir|fait monter|einsteigen lassen|fez entrar|prova su strada|prueba de manejo|"
                       r"essai routier|probefahrt|test drive|tangenziale|autopista|periferico|autoroute|autobahn|autoestrada)\b")


def _at_the_wheel(low: str) -> bool:
    """Whether a driver, or someone else at the wheel, is named."""
    return bool(_DRIVER.search(low) or _IN_A_CAR.search(low))


def away_from_door(text: str) -> bool:
    """Whether a danger told is a driver's or a follower's, not someone's at the customer's door: get out and somewhere
    safe, not "keep your door locked" (a courier banging on the door is at the door; a driver who won't let them out
    is not, though the door's cue reads "no me deja bajar" too)."""
    low = plain(text)
    has = _read(low)
    return bool(_at_the_wheel(low) and (has["held"] or not has["door"]) or has["followed"] and not has["door"])


def held_by_driver(text: str) -> bool:
    """Whether a driver will not stop or let the customer out now: they cannot "go somewhere safe", and their live
    location is what the emergency services need ("el chofer no me deja bajar, le puso seguro a las puertas")."""
    low = plain(text)
    return _at_the_wheel(low) and bool(_read(low)["held"])


def sent_to_scammer(text: str) -> bool:
    """Whether money went (or is going) by transfer to an impostor, a romance or a buyer or seller: a bank stops or
    recovers the payment, there is no card to block ("ela já mandou R$ 1.900 e o golpista tá cobrando o resto")."""
    return bool(situations_in(text) & {"paid_impostor", "romance", "romance_ask", "trade_scam"})


# the situations `situations_in` names: a danger now (safety), and a scam
DANGER_SITUATIONS = frozenset({"door", "intruder", "followed", "allergy", "swelling", "gas", "swallowed", "attacked",
                               "assault", "assault_now", "seizure", "burn", "crisis", "crisis_other", "hurt"})
SCAM_SITUATIONS = frozenset({"gave_card", "paid_impostor", "romance", "romance_ask", "trade_scam", "sim_swap",
                             "safe_account", "takeover"})


def situations_in(text: str) -> frozenset[str]:
    """The situations a post names in es/fr/de/it/pt: "door", "intruder", "followed", "allergy", "swelling", "gas",
    "swallowed", "seizure", "burn", "attacked", "assault", "assault_now" (hands on them or held now), "crisis" (the customer's own), "crisis_other", "hurt", "gave_card",
    "paid_impostor", "romance" (money sent), "romance_ask" (money asked for), "trade_scam" (a buyer or seller asking for gift
    cards, a code or a cash machine), "sim_swap", "safe_account", "takeover"."""
    return _situations(plain(text))


def told(pattern: re.Pattern[str], text: str, situation: str) -> bool:
    """Whether a post names a situation: in English by the caller's pattern, in es/fr/de/it/pt by the cue reading."""
    return bool(pattern.search(text)) or situation in situations_in(text)


@functools.lru_cache(maxsize=4096)  # (read plain: the post and its lower-cased copy are one reading, about 0.8 ms)
def _situations(low: str) -> frozenset[str]:
    has = _read(low)
    found: set[str] = set()
    # (a caller with a reason, the courier or the technician, is no danger unless the writer is frightened of them)
    near = has["at_place"] and any(_RX["pressing"].search(low, max(0, m.start() - 60), m.end() + 60)
                                   for m in _RX["at_place"].finditer(low))
    if (has["door"] and (has["alone_fear"] or has["alone_now"] or has["door_who"] or has["afraid"] and not has["door_visit"])
            or near and (has["alone_now"] or has["alone_fear"] or has["door_who"])):
        found.add("door")
    if has["held"] and _at_the_wheel(low) and (  # a driver who won't let them out
            has["afraid"] or has["alone_fear"] or has["asks"] or len({m.group() for m in _RX["held"].finditer(low)}) >= 2):
        found.add("door")
    if has["intruder"] or has["intruder_seen"] and has["hiding"]:
        found.add("intruder")
    if has["followed"] and (has["afraid"] or has["door_who"] or has["alone_fear"] or has["now"]):
        found.add("followed")
    stung = re.search(r"\b(?:picad[oa]|piquee?|gestochen|punt[oa])\b", low) and re.search(r"\b(?:alergic|allergi|alergi)", low)
    # (a tongue swollen with a fever and nothing eaten or put on is an infection: "fiz piercing na língua ... febre")
    infected = FEVER.search(low) and has["swelling"] and not (has["skin"] or has["allergen"] or has["airway"])
    if (has["allergy"] or has["airway"] and (has["skin"] or has["allergen"]) or stung and (has["airway"] or has["swelling"])) \
            and not infected:
        found.add("allergy")
    if has["swelling"] and has["swelling_severe"] and not has["swelling_mild"] and "allergy" not in found:
        found.add("swelling")
    if has["co"] and not _asked_about(low, has["co"]):
        found.add("gas")
    if has["swallowed"]:  # (read before a crisis: "a bu je ne sais combien de paracétamol" is a child's, not a plan)
        found.add("swallowed")
    if has["attacked"]:
        found.add("attacked")
    for harm in ("seizure", "burn"):  # someone hurt now, with its own first aid
        if has[harm]:
            found.add(harm)
    if has["assault"]:
        found.add("assault")
    if has["assault_now"] or (has["assault"] or has["attacked"]) and has["hiding"]:  # hands on them or held now, or
        # hiding from them ("il est parti mais je me suis enfermée dans la salle de bain"): out and safe first
        found.add("assault_now")
    way = has["crisis_way"] and next((m for m in _RX["crisis_way"].finditer(low)
                                      if _RX["crisis_will"].search(low, max(0, m.start() - 70), m.end() + 70)), None)
    crisis = has["crisis"] or has["crisis_plan"] or has["crisis_soon"] or way or (
        len(set(m.group() for m in _RX["crisis_sign"].finditer(low))) >= 2 and has["crisis_sign"])
    if has["crisis_other"] or _THIRD_PERSON_CRISIS.search(low) or crisis and (
            _named_before(low, crisis.start()) or crisis_of_another(low)):
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
    elif (has["met_online"] or has["chatting"]) and has["asked_to_send"] and re.search(r"\d", low):
        found.add("romance_ask")  # "ich schreib seit 2 Monaten mit einem Piloten, heute soll ich noch 3000 Franken schicken"
    ask = has["trade_ask"]  # (near the one who asks: a long post names a seller here and a voucher there)
    if ask and has["asks"] and any(m and abs(m.start() - ask.start()) < 160
                                   for m in (has["trader"], has["posing"], _CALLER.search(low))):
        found.add("trade_scam")
    if has["lost_line"] and (has["code_given"] or re.search(r"\b(?:duplicad|duplicata|duplikat|duplicato|segunda via|"
                                                          r"clon\w*|geklont|neues gerat|nuevo dispositivo|nouvel appareil|"
                                                          r"nuovo dispositivo|novo dispositivo|sim (?:\w+ )?ubernommen|sim swap|"
                                                          r"(?:accessi|bonifici|movimenti|transferencias|virements|"
                                                          r"uberweisungen|logins?) (?:\S+ ){0,5}(?:che )?(?:non ho fatto|no he "
                                                          r"hecho|que no hice|que je n'ai pas faits?|die ich nicht|que nao fiz))",
                                                          low)):
        found.add("sim_swap")
    if has["withdraw"] and has["not_safe_there"] and _CALLER.search(low):  # "weil ein 'Polizist' am Telefon sagt ..."
        found.add("safe_account")
    if has["remote_app"] and (has["paid"] or has["asks"]) or has["bail"] and (has["withdraw"] or _CALLER.search(low)):
        found.add("paid_impostor")  # "... 3.000 Steuer vorab ... haben mir AnyDesk installiert", a grandson's bail
    if has["safe_account"] and (has["transferred"] or re.search(r"\b(?:pasa|pass|vir|spost|transfer|uberw|convenc|convainc|"
                                                              r"uberred|convint)\w*", low)):
        found.add("safe_account")
    if has["taken_over"]:
        found.add("takeover")
    if thanks_for_handling(low):  # an emergency over, its handling praised: only a scam is still read
        found &= SCAM_SITUATIONS
    return frozenset(found)
