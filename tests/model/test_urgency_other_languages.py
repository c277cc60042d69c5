"""Danger and scams told in Spanish, French, German, Italian and Portuguese, and their look-alikes.

Rules only (no model loads). The posts are our own, written for the nineteenth session's three multilingual probe sets
(a dev set the rules were written from, then two blind sets); the English readers of each situation must see them.
"""

from __future__ import annotations

import pytest

from model.urgency import (
    find_reasons,
    names_allergy_now,
    names_assault_now,
    names_danger,
    names_emergency,
    names_face_swelling,
    names_gave_card,
    names_impersonation,
    names_own_crisis,
    names_phishing,
    names_romance_scam,
    names_scam_call,
    names_self_harm,
    names_sexual_assault,
    names_sim_swap,
)
from model.urgency.other_languages import plain, situations_in


@pytest.mark.parametrize(("text", "situation"), [
    # someone at the door, inside, or following them now
    ("@Amble el tío con el que quedé ayer me ha seguido hasta casa y está aporreando mi puerta, tengo miedo, qué hago",
     "door"),
    ("le chauffeur qui m'a déposée il y a 30 min est revenu et frappe à ma porte, il veut pas partir. chui seule au 3e",
     "door"),
    ("il tipo conosciuto sulla vostra app è sotto casa mia da un'ora e continua a citofonare, ho paura", "door"),
    ("o motorista tá parado na frente do meu prédio faz 20 min e me mandou msg 'desce aí'. tô sozinha em casa, socorro",
     "door"),
    ("Bin in meinem Lagerabteil und jemand rüttelt von außen am Rolltor und sagt ich soll aufmachen. Könnt ihr auf "
     "die Kameras schauen??", "door"),
    ("@Storix il y a quelqu'un dans mon box de stockage en ce moment, la porte est forcée", "intruder"),
    ("@Wachtwerk Bewegungsmelder schlägt an, auf der Kamera läuft ein Mann durchs Wohnzimmer. Bin oben eingeschlossen, "
     "eure Leitstelle nimmt nicht ab!", "intruder"),
    ("Bin aufm Heimweg vom Date, der Typ läuft mir seit der U-Bahn hinterher, obwohl ich ihm gesagt hab er soll abhauen",
     "followed"),
    # an allergic reaction, a swelling face, CO
    ("@DeliverEat je viens de manger votre plat et mes lèvres gonflent, j'ai du mal à respirer", "allergy"),
    ("Mi hijo es alérgico al huevo y le habéis puesto mayonesa. Está tosiendo y le han salido manchas rojas en el cuello",
     "allergy"),
    ("@Brightside seit der Wurzelbehandlung gestern ist meine ganze Wange geschwollen, das Auge geht schon zu und ich hab "
     "Fieber", "swelling"),
    ("Fiz piercing na língua há 4 dias e agora a língua está enorme, tenho febre e não consigo engolir", "swelling"),
    ("Unsere Gastherme ist von euch, Wartung war letzte Woche. Seit einer Stunde haben wir alle Kopfweh und Schwindel. "
     "Der CO-Melder piept.", "gas"),
    # an assault, an attack
    ("@RideNow il vostro autista mi ha molestata ieri sera, mi ha toccata anche se gli dicevo di smettere", "assault"),
    ("Sábado um cara do Chama colocou alguma coisa na minha bebida, acordei na casa dele sem lembrar de nada", "assault"),
    ("@Fahrly euer Fahrer hat mir vor 30 min eine reingehauen, Lippe aufgeplatzt, mir ist schwindelig", "attacked"),
    # a crisis, said plainly or not; someone else's
    ("@BancoSol já não aguento mais, cortaram-me tudo, não vou ser um problema por muito mais tempo", "crisis"),
    ("L'expulsion c'est lundi. J'ai donné mes affaires et mon chat aux voisins, j'ai plus besoin de rien.", "crisis"),
    ("Ihr sperrt mir morgen den Strom. Meine Tabletten hab ich gesammelt, heute Abend nehm ich sie alle.", "crisis"),
    ("a senhora do 3º esquerdo disse-me hoje que ia pôr fim a tudo depois da vossa carta. Agora não abre a porta",
     "crisis_other"),
    # someone hurt now
    ("Dans votre magasin une palette est tombée sur un employé, il a la jambe tordue et il hurle", "hurt"),
    ("Sono sul regionale, carrozza 2, un uomo si tiene il petto, è sudato e dice che gli fa male il braccio", "hurt"),
    ("INTERCIDADES 523 A MINHA FILHA DE 3 ANOS ENGOLIU UMA MOEDA E ESTÁ A FICAR ROXA, PAREM O COMBOIO!!!", "swallowed"),
    ("mi niño de 2 años se ha tragado una pila de botón del cochecito, de momento está normal, jugando", "swallowed"),
    ("Ein Match schreibt seit einer Stunde, dass er sich heute Abend umbringen will, und auch wie", "crisis_other"),
    ("mon ex coloc vient de poster une lettre d'adieu en story et il répond plus", "crisis_other"),
    # scams
    ("@BancoNova me llegó un SMS, entré al enlace, puse la tarjeta y el código... y ahora veo dos compras de 600€",
     "gave_card"),
    ("@KontoraBank SMS 'Ihre Karte wird gesperrt', Link geklickt, Kartendaten und TAN eingegeben", "gave_card"),
    ("Un profilo Instagram che sembrava il vostro mi ha chiesto 2€ per lo svincolo del pacco, ho pagato e stamattina il "
     "conto è vuoto", "paid_impostor"),
    ("Minha mãe recebeu mensagem 'mãe troquei de número' e fez um PIX de 3 mil pelo app de vocês", "paid_impostor"),
    ("Je parle avec un militaire sur Amble depuis 2 mois, je lui ai envoyé 3000€ pour ses papiers", "romance"),
    ("Ein angeblicher Mitarbeiter hat angerufen und ich hab ihm den Code aus der SMS gesagt. Jetzt hab ich kein Netz "
     "mehr", "sim_swap"),
    ("un supuesto gestor vuestro me ha convencido de pasar mis ahorros a una 'cuenta segura'", "safe_account"),
])
def test_a_situation_told_in_another_language_is_named(text: str, situation: str) -> None:
    assert situation in situations_in(text)


@pytest.mark.parametrize("text", [
    # the same words with no danger now: a fridge door, a courier, a past allergy, an allergen question, hyperbole, a
    # swelling going down, a film, a scam spotted, someone who follows the brand online
    "@Amble la puerta de mi nevera no cierra bien desde que la compré",
    "@EntregaJa o motoboy largou o pedido na porta e nem tocou a campainha, chegou tudo frio 😒",
    "L'année dernière j'ai fait une réaction allergique à vos noix de cajou, tout va bien maintenant, merci",
    "¿El pad thai lleva cacahuete? Soy alérgica y no quiero arriesgarme",
    "@Telvia tres horas al teléfono con el servicio técnico, me quiero morir 🙄 arreglad el router ya porfa",
    "Hallo, hab gestern das Implantat bekommen. Wange ist leicht geschwollen, wird mit Kühlen aber besser, kein Fieber.",
    "Nebenkostenabrechnung 😱 hätte fast nen Herzinfarkt gekriegt. Lohnt sich euer Nachtstromtarif?",
    "A conta da luz este mês 😱 quase me dava um ataque cardíaco. Alguém experimentou a tarifa bi-horária?",
    "Caída épica en la cinta hoy 🤕😂 ni un rasguño, solo el orgullo herido. Gracias al monitor",
    "Ho visto il film sull'aggressione in metro, mi ha messo i brividi",
    "y a quelqu'un qui me suit partout depuis ce matin… c'est votre compte 😂 merci pour le follow",
    "Vale mi cuenta de Twitter a llegado a lo mejor, me sigue una psicóloga cristiana",
    "De pequeño escribía con la zurda hasta que una profesora me obligó a hacerlo con la diestra",
    "wer wegen den paar Euro sein Leben auf der Autobahn riskiert, ist lebensmüde",
    "Complicações de Sincronização: confirmei o e-mail duas vezes e o calendário continua sem sincronizar",
])
def test_a_look_alike_names_no_situation(text: str) -> None:
    assert not situations_in(text)
    assert "safety" not in find_reasons(text)


def test_each_english_reader_of_a_situation_sees_it_told_in_another_language() -> None:
    """The reasons, the drafts' advice and the scam steps all read the same situation."""
    door = "el tío con el que quedé me ha seguido hasta casa y está aporreando mi puerta, tengo miedo"
    assert names_assault_now(door) and "safety" in find_reasons(door)
    allergy = "je viens de manger votre plat et mes lèvres gonflent, j'ai du mal à respirer"
    assert names_allergy_now(allergy) and names_emergency(allergy)
    swelling = "seit der Wurzelbehandlung ist meine ganze Wange geschwollen, das Auge geht zu und ich hab Fieber"
    assert names_face_swelling(swelling) and not names_allergy_now(swelling)
    assault = "mi ha costretta ad avere un rapporto anche se gli dicevo di fermarsi. Ho paura"
    assert names_sexual_assault(assault) and "safety" in find_reasons(assault)
    own = "Stasera la faccio finita, ho già preparato tutto. Volevo solo dirlo a qualcuno"
    assert names_own_crisis(own) and names_self_harm(own)
    other = "Der Mieter über mir hat vorhin gesagt, er macht Schluss. Jetzt macht er nicht auf."
    assert names_self_harm(other) and not names_own_crisis(other)
    assert names_danger("Der CO-Melder piept, wir haben alle Kopfweh und Übelkeit seit die Heizung läuft")
    card = "j'ai cliqué sur un sms, j'ai rentré mon numéro de carte et le code... 3 paiements de 450€"
    assert names_gave_card(card) and names_phishing(card) and "fraud" in find_reasons(card)
    assert names_impersonation("Quelqu'un se faisant passer pour Colisso sur Instagram m'a demandé 1,99€. J'ai payé") \
        == "paid"
    assert names_romance_scam("Hab ihm 2500€ für seinen Flug geschickt, ich schreibe seit zwei Monaten mit einem Arzt") \
        == "sent"
    assert names_sim_swap("le pasé el PIN que me mandaron y ahora estoy sin línea y mis contactos reciben mensajes")
    assert names_scam_call("ha voluto che spostassi i risparmi su un conto sicuro")


def test_an_account_taken_over_that_spent_nothing_is_no_fraud() -> None:
    assert "fraud" not in find_reasons("me han hackeado la cuenta de la app y han cambiado el correo")
    assert "takeover" in situations_in("me han hackeado la cuenta de la app y han cambiado el correo")


def test_a_danger_told_of_the_past_is_over_only_in_its_own_sentence() -> None:
    assert not situations_in("La semana pasada el repartidor aporreaba la puerta y yo tenía miedo. Ya está todo bien.")
    assert "gas" in situations_in("Wartung war letzte Woche. Seit einer Stunde haben wir alle Kopfweh und Übelkeit, "
                                  "die Heizung läuft, der Melder piept.")


def test_texts_are_read_without_accents_or_ligatures() -> None:
    assert plain("Está AporreANDO la puerta, mon œil se ferme, Straße") == "esta aporreando la puerta, mon oeil se ferme, strasse"


def test_staff_thanked_for_an_emergency_now_over_and_a_figure_of_speech_are_no_danger() -> None:
    """A fifth blind set (nineteenth session): praise for staff who handled a faint and "casi me da un infarto" at a
    bill had raised safety; a double charge had been heard as a scam by the danger head."""
    from model.urgency.other_languages import scam_cue
    from model.urgency.reasons import figure_of_speech

    praise = ("Quiero dar las gracias al personal del hotel: el sábado un señor se desmayó en el comedor y la "
              "recepcionista actuó rapidísimo")
    assert "safety" not in find_reasons(praise) and not situations_in(praise) and figure_of_speech(praise)
    assert figure_of_speech("340 € de factura de gas. Casi me da un infarto al abrirla")
    assert figure_of_speech("ho visto il prezzo dei pistacchi e mi è preso un infarto 💀")
    assert not figure_of_speech("mi padre está teniendo un infarto en vuestra tienda, llamad a una ambulancia")
    assert not scam_cue("Cobraram duas vezes a fatura de março no meu cartão. Quero meu dinheiro de volta!")
    assert scam_cue("le pagué 350 pavos por bizum a un vendedor por una play y me ha bloqueado")


@pytest.mark.parametrize(("text", "situation"), [
    # a sixth blind set (twentieth session): a driver who won't let them out, hands on them now, a farewell message, a
    # bitten dishwasher tab, a romance asking for money, a buyer or a caller asking for gift cards or a cash machine, a
    # "cancel the charge" transfer, a SIM taken by a dead line and a new device (our own wording of each)
    ("el chofer no me deja bajar, cerró las puertas y va por otra ruta, tengo miedo", "door"),
    ("Der Taxifahrer hält nicht an und lässt mich nicht aussteigen, ich hab Angst", "door"),
    ("il controllore continua a toccarmi la gamba anche se gli ho detto di smettere", "assault_now"),
    ("o gerente tá me segurando no depósito e não me deixa sair", "assault_now"),
    ("Meine Schwester hat mir gerade eine Abschiedsnachricht geschickt und geht nicht mehr ans Handy", "crisis_other"),
    ("Mein Sohn hat einen Spülmaschinentab in den Mund gesteckt und draufgebissen, er hat Schaum am Mund", "swallowed"),
    ("Ich schreib seit drei Wochen mit einem Arzt aus Dubai, jetzt soll ich ihm 2000 Euro schicken für den Zoll",
     "romance_ask"),
    ("el comprador quiere que vaya al cajero para 'recibir el pago' del sofá", "trade_scam"),
    ("un type qui se fait passer pour le fisc fait acheter des cartes cadeaux à mon père au téléphone", "trade_scam"),
    ("o vendedor pediu para pagar fora da plataforma por transferência", "trade_scam"),
    ("uno della 'sicurezza' della banca mi ha detto di accettare un bonifico per annullare un addebito", "safe_account"),
    ("Seit einer Stunde kein Netz und die Bank meldet ein neues Gerät fürs Onlinebanking", "sim_swap"),
])
def test_a_sixth_blind_sets_situations_are_named(text: str, situation: str) -> None:
    assert situation in situations_in(text)
    assert {"safety", "fraud"} & set(find_reasons(text))


@pytest.mark.parametrize("text", [
    "Me cobraron dos veces el mes, no es fraude, la app se colgó: solo quiero que me devuelvan uno",
    "il tiramisù di questa pasticceria è da infarto 😍",
    "L'été dernier notre fille a fait une réaction allergique chez vous, l'équipe a été parfaite. Elle va super bien !",
    "Il rilevatore di monossido del kit suona anche sul telefono se si è fuori casa?",
    "Mañana me operan y estoy nerviosa, me está tocando vivir una época difícil",
    "Kaufe Gutscheine für den Verkäufer-Wettbewerb, Anzeige auf Seite 3",
])
def test_a_sixth_blind_sets_look_alikes_name_no_danger(text: str) -> None:
    assert not situations_in(text)
    assert not {"safety", "fraud"} & set(find_reasons(text))


def test_a_driver_or_a_follower_is_no_danger_at_the_door() -> None:
    """The door's advice ("keep your door locked") is wrong in a car the driver has locked; a courier kicking the flat
    door is at it."""
    from model.urgency.other_languages import away_from_door

    assert away_from_door("el chofer no me deja bajar y puso el seguro a las puertas, ayuda")
    assert away_from_door("un homme me suit depuis la gare, j'ai peur")
    assert not away_from_door("un repartidor lleva diez minutos aporreando la puerta de mi piso, estoy sola")


def test_a_trade_scam_in_english_is_a_fraud() -> None:
    from model.urgency import names_trade_scam

    post = "The buyer of my bike wants me to go to the ATM to 'receive the payment' through his app, is this legit?"
    assert names_trade_scam(post) and "fraud" in find_reasons(post)
    assert not names_trade_scam("Can I pay for my order with a gift card? Thanks")


@pytest.mark.parametrize(("text", "situation"), [
    # a seventh blind set (twentieth session), in our own words: a route changed and doors locked, a farewell transfer,
    # a Bizum "to cancel" the other way round, a train to stand in front of, lips thickening, a 'policeman' who says the
    # money isn't safe, a payment request passed off as a payment, a hand on the leg now, a new number "saying it was me"
    ("el conductor cambió la ruta, bloqueó las puertas y no me deja bajar", "door"),
    ("mi hermano me pasó todos sus ahorros con el concepto 'ya no los voy a necesitar' y no contesta", "crisis_other"),
    ("me dicen que para anularlo tengo que aceptar un Bizum de 300€ que me va a llegar", "safe_account"),
    ("mon pote m'écrit « je suis à la gare, je vais me mettre devant » et ne répond plus", "crisis_other"),
    ("meine Lippen und die Zunge werden seit einer Stunde immer dicker", "allergy"),
    ("mein Opa will gerade 8.000€ abheben, weil ein Polizist am Telefon sagt, sein Geld ist bei euch nicht sicher",
     "safe_account"),
    ("la compratrice mi ha mandato una richiesta Satispay dicendo che devo solo accettare", "trade_scam"),
    ("o revisor agora pôs a mão na minha perna e estou com medo", "assault_now"),
    ("a minha avó recebeu mensagem de um número novo dizendo que era eu e fez um Pix de 900", "paid_impostor"),
    ("un employé est entré dans ma chambre et m'a agressée, je me suis enfermée dans la salle de bain", "assault_now"),
])
def test_a_seventh_blind_sets_situations_are_named(text: str, situation: str) -> None:
    assert situation in situations_in(text)


@pytest.mark.parametrize("text", [
    "J'ai lu dans la presse qu'il y a eu un incendie dans votre dépôt, ma commande va-t-elle être retardée ?",
    "Merci à la contrôleuse qui a géré un passager qui avait fait un malaise avec un sang-froid incroyable",
    "Zeigt euer Rauchmelder auch einen Alarm aufs Handy? Wir wollen einen für die Wohnung kaufen.",
    "Die neue Staffel ist so krass, als der Einbrecher an der Tür klingelt hab ich geschrien",
    "Ihr habt zweimal 89€ abgebucht. Das ist doch Betrug!!! Kundennummer 5512",
])
def test_a_seventh_blind_sets_look_alikes_name_no_danger(text: str) -> None:
    from model.urgency.other_languages import scam_cue
    from model.urgency.reasons import figure_of_speech

    assert not situations_in(text) or figure_of_speech(text)
    assert "safety" not in find_reasons(text) or figure_of_speech(text)
    assert not scam_cue(text) or "Betrug" not in text


def test_the_one_given_the_money_is_not_whose_crisis_it_is() -> None:
    assert "crisis" in situations_in("chiudete il conto e girate tutto a mia sorella. non ce la faccio più, stasera la faccio finita")
    assert "crisis_other" in situations_in("a mi hermano le dio por decir que se quiere matar, no contesta el teléfono")


@pytest.mark.parametrize(("text", "situation"), [
    # an eighth blind set (twentieth session), in our own words
    ("dans le bus un homme frappe une dame et personne ne bouge", "attacked"),
    ("je voulais savoir si l'assurance paye si c'est un suicide, c'est pour ce soir", "crisis"),
    ("meine Mutter hat eine ganz dicke Zunge und schlucken geht kaum", "swelling"),
    ("dreht mir den Strom ab, hab alles verschenkt und die Briefe geschrieben", "crisis"),
    ("meine Tochter hat eine neue Nummer und braucht 900€, die erste Echtzeitüberweisung ist schon raus", "paid_impostor"),
    ("die Berater wollen nochmal 500 Gebühr und haben mir AnyDesk installiert", "paid_impostor"),
    ("il venditore mi ha fatto salire per la prova su strada e ora non mi fa scendere, vuole un bonifico", "door"),
    ("mi ha preso il telefono e mi spinge, sono a casa sua", "assault_now"),
    ("la mia amica mi ha mandato un vocale d'addio, dice che è sul tetto dell'hotel", "crisis_other"),
    ("hanno chiamato i carabinieri, serve la cauzione per mio nipote, viene un incaricato a ritirare i soldi", "paid_impostor"),
    ("hoje é meu último dia. obrigado por tudo, a minha esposa é a beneficiária", "crisis"),
    ("a loja que usa o nome de vocês no insta pede uma taxa de liberação de 300", "trade_scam"),
    ("y a qqn dans le salon, je l'entends, je suis enfermée dans la chambre", "intruder"),
    ("mi compañero de piso ha puesto 'esto es un adiós' y no contesta", "crisis_other"),
    ("ein Freund sagt im Chat, er nimmt jetzt die Tabletten seiner Oma", "crisis_other"),
    ("le conseiller me demande de valider les notifs pour « annuler » des virements", "safe_account"),
    ("SIM non valida da stamattina e arrivano bonifici che non ho fatto", "sim_swap"),
    ("o autocarro bateu, há feridos no chão e uma senhora não acorda", "hurt"),
])
def test_an_eighth_blind_sets_situations_are_named(text: str, situation: str) -> None:
    assert situation in situations_in(text)


@pytest.mark.parametrize("text", [
    "Il finale di 'La casa nel bosco' mi ha terrorizzata, chi bussa alla porta??",
    "Ce grille-pain est une arme, tartines carbonisées. Aucun blessé, mais je veux un échange",
    "je veux que tout soit en ordre avant la fin de la semaine pour mon déménagement",
    "Da kommt ne Omi und schubst mich zur Seite, weil ich den Eingang versperre",
    "Hoy es mi último día en la empresa, ¡gracias por todo, equipo!",
    "GENTE CHE PARLA MALE DEI cantanti, fatevi una vita",
])

def test_an_eighth_blind_sets_look_alikes_name_no_danger(text: str) -> None:
    assert not situations_in(text)


def test_a_burglar_alarm_ringing_is_no_carbon_monoxide() -> None:
    """The CO advice ("everyone out into the open air") sent a mother hiding from an intruder out of the bathroom."""
    post = "votre alarme sonne, y a qqn dans le salon je l'entends fouiller, je suis enfermée dans la salle de bain"
    assert situations_in(post) == {"intruder"}
    assert "gas" in situations_in("le détecteur de monoxyde sonne et on a tous mal à la tête")


@pytest.mark.parametrize(("text", "situation"), [
    ("mi hijo está convulsionando en el suelo", "seizure"),
    ("il a une crise d'épilepsie dans le hall", "seizure"),
    ("meine Tochter hat sich gerade am Herd verbrannt", "burn"),
    ("o meu filho queimou a mão na chaleira agora", "burn"),
])
def test_a_seizure_and_a_burn_are_named(text: str, situation: str) -> None:
    assert situation in situations_in(text) and "safety" in find_reasons(text)


def test_news_of_a_burn_and_a_past_one_are_no_danger_now() -> None:
    assert "burn" not in situations_in("Scoppia incendio in una fabbrica, ustionati due dipendenti")
    assert "burn" not in situations_in("L'année dernière il s'est brûlé la main, tout va bien maintenant")


def test_every_danger_cue_is_placed_as_now_only_or_any_time():
    """A new harm or distress cue must say whether it counts in a sentence told of the past; a fraud cue is a scam's."""
    from model.urgency import other_languages as ol
    from model.urgency.distress_told import CUES as DISTRESS
    from model.urgency.fraud_told import CUES as FRAUD
    from model.urgency.harm_told import CUES as HARM

    placed = set(ol._NOW_ONLY) | set(ol._ANY_TIME)
    assert not set(ol._NOW_ONLY) & set(ol._ANY_TIME)
    unplaced = (set(HARM) | set(DISTRESS)) - placed
    assert not unplaced, f"place these cues in _NOW_ONLY or _ANY_TIME: {sorted(unplaced)}"
    assert placed - set(HARM) - set(DISTRESS) - set(FRAUD) == set()
    assert "money" not in ol._SCAMS
    assert ol._SCAMS.issubset(FRAUD)


@pytest.mark.parametrize(("text", "called"), [
    ("Notarzt ist unterwegs. Was genau ist in der Soße?", True),
    ("On lui a fait l'adrénaline, le SAMU arrive.", True),
    ("Está debaixo de água fria, o INEM vem a caminho.", True),
    ("es alérgico al maní y ustedes ponen q no tiene. ya llamé al SAME, qué más hago???", True),
    ("nessuno aveva chiamato il 118, l'ho chiamato io.", True),
    ("vamos a caminho das urgências", True),
    ("I've called an ambulance, she's not breathing properly", True),
    ("paramedics are with him now", True),
    ("ive called 911 and the police are out looking", True),
    ("Notarzt ist alarmiert und kommt, aber am Empfang sitzt nur ne Aushilfe", True),
    ("Polizei ist verständigt und unterwegs. Bitte sperrt den", True),
    ("ya llamé al 911 y ya viene la ambulancia", True),
    ("should I call an ambulance?", False),
    ("no ambulance is coming, what do I do", False),
    ("nobody has called an ambulance", False),
    ("ho bisogno dell'ambulanza e la polizia", False),
    ("my policy is here", False),
])
def test_help_already_called_is_read_in_six_languages(text: str, called: bool) -> None:
    from model.urgency import names_help_called

    assert names_help_called(text) is called


@pytest.mark.parametrize(("text", "crisis"), [
    ("my sister texted me 'sorry for everything, look after mum' and her phone is off", True),
    ("My brother has talked about ending his life and now his phone is off", True),
    ("we talked about suicide prevention at work", False),
    ("I'm sorry for everything I said, my phone was off", False),
])
def test_someone_elses_farewell_in_english_is_self_harm(text: str, crisis: bool) -> None:
    assert names_self_harm(text) is crisis


@pytest.mark.parametrize(("text", "stroke", "shock"), [
    ("his face is drooping on one side and his speech is slurred", True, False),
    ("sein Mundwinkel hängt und er spricht verwaschen", True, False),
    ("mi abuela tiene la boca torcida y no puede levantar el brazo", True, False),
    ("she fell and hit her head, now she's slurring her words", False, False),
    ("what a stroke of luck, the parcel came early", False, False),
    ("he just got an electric shock from the socket", False, True),
    ("mio figlio ha preso la scossa dalla presa", False, True),
    ("got a shock from your bill this month", False, False),
])
def test_a_stroke_and_an_electric_shock_are_read(text: str, stroke: bool, shock: bool) -> None:
    from model.urgency import names_electric_shock, names_stroke

    assert (names_stroke(text), names_electric_shock(text)) == (stroke, shock)


@pytest.mark.parametrize("text", [
    "Want to say a massive thank you to the medical team and crew. When my dad collapsed at dinner on the 14th they were "
    "there in under two minutes, got him stable and off in an ambulance. He's home now and doing great",
    "Un grand merci aux caissières et au vigile. Samedi un client a fait un malaise devant nous, ils ont fait le massage "
    "cardiaque jusqu'à l'arrivée des pompiers. On a eu des nouvelles, il s'en est sorti. Bravo à eux",
])
def test_thanks_for_an_emergency_handled_and_over_is_no_danger_now(text: str) -> None:
    assert "safety" not in find_reasons(text)
