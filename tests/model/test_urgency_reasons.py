"""Urgency rules on a support-ops lead's posts and their look-alikes: which reason fires and the level it implies.

Rules only (no model loads): ``find_reasons`` with ``REASON_FLOOR``, and ``UrgencyScorer.score`` on fixed head
probabilities.
"""

from __future__ import annotations

import numpy as np
import pytest

from model.types import LEVELS
from model.urgency import (
    HEAD_REASONS,
    REASON_FLOOR,
    UrgencyScorer,
    find_reasons,
    names_assault_now,
    names_danger,
    names_dosed_animal,
    names_emergency,
    names_hazard_report,
    names_impersonation,
    names_in_care,
    names_missing_child,
    names_own_crisis,
    names_pet_in_care,
    names_romance_scam,
    names_sent_after_loss,
    names_swallowed,
    names_takeover,
    names_wrong_medicine,
    pet_in_danger,
)


def floor(text: str) -> str:
    """The least level the rules give ``text`` ("low" when no rule fires)."""
    return max((REASON_FLOOR[r] for r in find_reasons(text)), key=LEVELS.index, default="low")


@pytest.mark.parametrize(("text", "reason"), [
    # gas in other languages: safety, and drafts lead with safety advice
    ("@BrightwaveEnergy depuis le passage du technicien ce matin ça sent le gaz dans la cuisine, c'est normal ?",
     "safety"),
    ("@BrightwaveEnergy huele a gas en la cocina desde que vino el técnico", "safety"),
    ("Cheira a gás na cozinha desde ontem", "safety"),
    ("C'è puzza di gas nel condominio", "safety"),
    ("Es riecht stark nach Gas im Flur", "safety"),
    # someone who depends on medicine or a machine, with the power off or the supply missing
    ("@ParcelPath tracking says delivered but nothing here. It's my son's insulin pump supplies. He has 1 day left.",
     "safety"),
    ("@BrightwaveEnergy power cut on Elm Street since 4pm, my dad's on home oxygen. When will it be back?", "safety"),
    ("@BrightGrid my power has been off since 6am in Ely, I have a fridge full of insulin. When is it back???",
     "safety"),
    ("@BrightwaveEnergy power cut and my son's ventilator battery has 2 hours left", "safety"),
    ("@ParcelPath my mum's heart medication was meant to arrive yesterday, she has none left", "safety"),
    ("no electricity since last night and my husband is on dialysis at home", "safety"),
    # a vulnerable household cut off; injuries, exposed wiring and aggressors in other languages
    ("@BrightGrid you cut my electricity off with no warning, I have a baby at home", "safety"),
    ("no heating for 3 days and my mum is elderly", "safety"),
    ("au club de Lille un tapis s'est emballé, ma copine est tombée et s'est ouvert l'arcade", "safety"),
    ("fio desencapado exposto perto dos chuveiros da academia", "safety"),
    ("an aggressive passenger shouted at my child the whole flight and the crew did nothing", "safety"),
    ("mi sono rotto il polso sul tapis roulant", "safety"),
    ("ho perso la coincidenza per New York", "travel_today"),
    # a regression read's misses: a child threatened, a broken toe, a near miss in other words
    ("@StreamBox a stranger in the kids chat told my 10 year old he'd find where she lives", "safety"),
    ("@FitForge a weight plate fell off the rack onto my foot, think my toe is broken", "safety"),
    ("@Trackly your driver nearly ran me over reversing", "safety"),
    ("emergency! my card is blocked abroad", "urgent_request"),  # urgent, nobody hurt
    ("we ended up at the hospital because of your faulty heater", "safety"),
    ("I never authorised this payment", "fraud"),
    # injuries and near misses
    ("@Brewly my daughter got a burn from a lid that wasn't on properly. hot coffee all over her hand. she's 9.",
     "safety"),
    ("the tea scalded my son's arm, the lid came off", "safety"),
    ("the weight stack came down inches from my foot. Nobody has put a sign on it.", "safety"),
    ("the shelf fell and nearly hit his foot", "safety"),
    ("your van nearly ran over my son on the pavement", "safety"),
    ("I nearly died. not suitable for nut allergies but not labelled", "safety"),
    ("my daughter is sick after eating your chicken nuggets!", "safety"),  # made ill by food
    # a care lead's ride-hailing and insurance posts
    ("Driver just dropped me on the motorway hard shoulder after an argument. I'm alone and it's dark. HELP",
     "safety"),
    ("The driver smelled strongly of alcohol. I got out early. Please check him.", "safety"),
    ("I fly to Lisbon in 4 hours and just realised my travel policy expired yesterday", "travel_today"),
    # a bilingual lead's posts: money taken, a burning smell, a flight today, an app down, in other languages
    ("@NimbusBank me han quitado 480 euros de la cuenta ES91 2100 0418 4502 0005 1332 sin autorización!!", "fraud"),
    ("@NimbusBank Mir wurden 1.200 € abgebucht, die ich nie autorisiert habe.", "fraud"),
    ("fizeram um pix de R$ 2.300 da minha conta que eu não reconheço", "fraud"),
    ("huele a quemado en la cabina del vuelo SH204 y la tripulación no nos dice nada", "safety"),
    ("Ihr Fahrer ist durch unsere Spielstraße gerast, da spielen Kinder! Das ist lebensgefährlich.", "safety"),
    ("mi vuelo a Lima sale hoy a las 15:40 y en la web aparece como cancelado", "travel_today"),
    ("o meu voo para Lisboa sai daqui a duas horas e o check-in online não funciona", "travel_today"),
    ("il mio volo per Palermo di stasera è stato cancellato", "travel_today"),
    ("ho perso la connecting flight a Francoforte per colpa vostra, what now??", "travel_today"),
    ("@StreamBox la app no carga desde el update", "outage"),
    ("@StreamBox App stürzt nach dem Update ständig ab", "outage"),
    ("siete ridicoli, terza volta questo mese che salta la fibra!!!", "outage"),
    ("A internet fica caindo toda hora", "outage"),
    ("l'app non funziona più dopo l'update", "outage"),
    ("Je vous demande de régler ce problème sans délai, faute de quoi je saisirai le médiateur.",
     "cancellation_or_legal"),
    # a second bilingual read: writing again, counted; chasers; a collapse; money taken unknowingly
    ("Buenas tardes. Les escribo por tercera vez: mi vuelo sale hoy", "repeated_contact"),
    ("Na super, fünfte Nachricht und immer noch keine Antwort. Läuft bei euch.", "repeated_contact"),
    ("toujours rien ? 🙄", "repeated_contact"),
    ("Ci sono novità sulla mia segnalazione di ieri? Attendo ancora un riscontro.", "repeated_contact"),
    ("un señor se ha desmayado en la cinta y nadie sabía usar el desfibrilador", "safety"),
    ("Me han cargado 240 € que no reconozco.", "fraud"),
    ("Levantaram-me 500 euros da conta sem eu saber!", "fraud"),
    ("¡Me habéis cobrado la cuota del gimnasio tres veces este mes!", "money"),
    ("Mon vol pour Montréal décolle dans 2h et l'appli n'affiche plus ma carte d'embarquement", "travel_today"),
    ("Geht bei euch grad auch nix? 😩", "outage"),
    ("been throwing up since eating the prawns from your store", "safety"),
    # a child threatened or sent sexual messages online
    ("a player in lobby keeps sending my 12 year old threats and sexual messages, how do I report this???",
     "safety"),
    ("someone in voice chat is threatening my son and telling him to hurt himself", "safety"),
    ("a driver threatened to pull a gun on us", "safety"),
    ("there's mould all over the bathroom ceiling. Asthmatic. Need a new room now.", "safety"),
    # fraud in progress: someone else is taking the money (money too)
    ("someone is using my card RIGHT NOW - 3 payments in Lagos in the last 10 mins that aren't me. Freeze it!!",
     "fraud"),
    ("someone just emptied my account, £1,200 gone to a payee I've never heard of. please help", "fraud"),
    ("my account got hacked, someone changed the email and bought £150 of V-Bucks with my saved card", "fraud"),
    ("there's a transaction on my statement I don't recognise, £420 to an online casino", "fraud"),
    ("I've been scammed, they took £3,000 from my account an hour ago", "fraud"),
    ("3 charges on my card I didn't authorise", "fraud"),
    ("fui vítima de golpe, transferiram 2.000 € da minha conta agora mesmo!", "fraud"),
    ("Meine Kreditkarte wurde für 3 Buchungen in Dubai belastet, die ich nicht gemacht habe!", "fraud"),
    ("Zwei Abbuchungen wurden nicht von mir autorisiert", "fraud"),
    ("fui víctima de una estafa, hay cargos en mi tarjeta que no reconozco", "fraud"),
    ("j'ai été arnaqué, des paiements que je n'ai pas faits sur ma carte", "fraud"),
    ("sono stata truffata, addebiti che non ho mai fatto", "fraud"),
    ("someone is using my card RIGHT NOW", "money"),
    # money in other languages, bills, and an amount said to be charged or owed
    ("me han cobrado dos veces la cuota de marzo, 35 €", "money"),
    ("pourquoi ma commande a été annulée alors que j'ai été débité de 32€ ?", "money"),
    ("Mir wurde der Betrag doppelt abgebucht", "money"),
    ("mi è stato addebitato due volte", "money"),
    ("fui cobrado duas vezes pelo mesmo pedido", "money"),
    ("c'est une arnaque", "money"),
    ("you've billed me for roaming in France but I was in Spain", "money"),
    ("I was billed twice this month for my contract", "money"),
    ("I've had 4 estimated bills in a row", "money"),
    ("Your app charged me £89 for seat selection", "money"),
    ("my card was declined but the money still left my account", "money"),
    ("I NEED MY $80 back", "money"),
    # stranded abroad (travel today; see the levels below for when it is critical)
    ("stuck at Heathrow T5 with my 3 year old and a baby, last connection to Edinburgh cancelled, it's 11pm",
     "travel_today"),
    ("nos han cancelado el vuelo a Bogotá y estamos en Barajas con dos niños pequeños, sin hotel", "travel_today"),
    ("il mio volo è stato cancellato", "travel_today"),
    ("Siamo in strada con un neonato alle 23. Aiuto!", "travel_today"),
    ("wir sind ohne Hotel in Frankfurt gestrandet", "travel_today"),
    ("Nous sommes sans hôtel à Lyon", "travel_today"),
    ("voo cancelado e estamos sem hotel", "travel_today"),
    # repeated contact: a count of the customer's own contacts
    ("Third time asking: when is 5G coming to Penzance?", "repeated_contact"),
    ("Hello, I am writing for the third time about the late fee", "repeated_contact"),
    ("I've asked three times and nobody replies", "repeated_contact"),
    ("This is the fourth time I've contacted you about this", "repeated_contact"),
    ("This is the FOURTH time I'm messaging about the same broken handset", "repeated_contact"),
    ("I've called you 5 times this week", "repeated_contact"),
    ("How many times do I have to call you?", "repeated_contact"),
    ("Troisième fois que je vous écris pour le remboursement", "repeated_contact"),
    # outages
    ("@PlayVerse Network down AGAIN during the tournament", "outage"),
    ("is PSN down? can't log into my account", "outage"),
    ("whole of Cardiff has had no 4G for 3 hours", "outage"),
    ("no signal across Cardiff since this morning", "outage"),
    ("my internet keeps dropping every evening", "outage"),
    ("internet has dropped every evening for 2 weeks", "outage"),
    ("power cut on our street since 4pm", "outage"),
    ("seit drei Tagen kein Internet", "outage"),
    # fresh posts from a care lead's and a data scientist's reads: fraud told the way people tell it
    ("my account got hacked, someone changed the email and spent 4,500 V-coins I paid real money for", "fraud"),
    ("my card ending 7712 was used in Lagos at 03:14 last night for £640 - I was asleep in Glasgow", "fraud"),
    ("my mum (82) got a call from 'your fraud team' and gave them her PIN. £5,000 gone.", "fraud"),
    ("someone's been ordering food on my account in Manchester, I'm in Leeds!", "fraud"),
    ("Got a text saying my SIM has been moved to a new device and now I have no signal. I didn't do this!!", "fraud"),
    ("I didn't request a SIM swap but my SIM was transferred to another phone", "fraud"),
    ("addebito di 120 € che non riconosco sulla mia carta", "fraud"),
    # someone hurt or unwell now, a threat, a care alarm that someone depends on
    ("There was sesame in the dish and I'm having a reaction right now, my lips are swelling", "safety"),
    ("there was sesame in my dish and my throat is closing up", "safety"),
    ("your rider just crashed his scooter into a car outside my house, he's on the ground", "safety"),
    ("your delivery rider just got hit by a car outside my flat", "safety"),
    ("there's a man being aggressive and shouting at passengers in carriage 4, guard not around", "safety"),
    ("My mum is 84 and relies on her landline for her care alarm. It's been dead for 2 days.", "safety"),
    # stranded: a wheelchair on a platform, a baby at Orly at 23h, an 80-year-old mother at the airport
    ("lift out of order and I'm in a wheelchair. Stuck on the platform, nobody around.", "stranded"),
    ("vol SB812 annulé, je suis bloquée à Orly avec mon bébé de 6 mois et il est 23h.", "stranded"),
    ("Mi vuelo SB455 a Madrid de hoy ha sido cancelado. Estoy en el aeropuerto con mi madre de 80 años.", "stranded"),
    # travel today told as a delay or a cancelled service; a solicitor; outages and money in more languages
    ("flight SB1190 delayed 5 hours, we're at gate B32 since 9am", "travel_today"),
    ("the 07:12 to Brighton cancelled AGAIN", "travel_today"),
    ("Stuck outside on a train for 40 mins", "travel_today"),
    ("I will be contacting my solicitor", "cancellation_or_legal"),
    ("Netz in ganz München seit heute Morgen tot. Was ist los?", "outage"),
    ("Od wczoraj nie mam internetu. Skandal!", "outage"),
    ("Er is twee keer €79 afgeschreven voor hetzelfde abonnement.", "money"),
    ("Buenas tardes, les escribo porque me cobraron dos veces la factura de marzo.", "money"),
    ("my Rechnung shows two charges for the same month", "money"),
    ("uni deadline is at 5pm today", "deadline_today"),
])
def test_a_reason_fires(text: str, reason: str) -> None:
    assert reason in find_reasons(text)


@pytest.mark.parametrize(("text", "reason"), [
    # taste complaints and data use are no injury
    ("the coffee tasted burnt today", "safety"),
    ("burnt toast again at your Leeds cafe", "safety"),
    ("this app will burn through my data", "safety"),
    ("nearly hit my data cap already", "safety"),
    ("OnePlus 5, Oxygen OS 4.5, Spotify 8.4", "safety"),
    ("my phone is on life support lol", "safety"),
    ("my insulin is expensive, any discount?", "safety"),
    ("Tenho uma consulta no Hospital de São João amanhã", "safety"),  # an appointment, not an injury
    ("I will miss my hospital appointment if the train is late", "safety"),
    ("my baby loves your app", "safety"),
    ("emergency! my card is blocked abroad", "safety"),
    # a reviewer's look-alikes: no threat, no frail person, no journey
    ("Your courier could not find where I live", "safety"),
    ("Your app disabled my account and disconnected the phone line", "safety"),
    ("I have an appointment at the hospital tomorrow", "safety"),
    ("cancelled my training session and I am stuck in traffic at 10pm", "stranded"),
    ("I know where you live lol, best cafe in town", "safety"),
    ("my broken phone screen needs a repair", "safety"),
    ("booked dog grooming for Saturday", "safety"),
    ("mould on my bread, disgusting", "safety"),
    ("I'm sick of waiting after 3 calls", "safety"),
    ("the driver was high on the leaderboard lol", "safety"),
    # a reviewer's look-alikes of this session's rules
    ("The website collapsed during checkout", "safety"),
    ("I was off sick since the operation and couldn't pay the bill", "safety"),
    ("Seizure of my account without notice", "safety"),
    ("your refunds department would call me back in 24 hours", "travel_today"),
    ("left my bag on the side of the road", "safety"),
    ("Wish I were flying today instead of in two weeks!", "travel_today"),
    ("cambiaron mi plan sin autorización", "fraud"),
    ("Genial, tercera vez que se me cuelga la app justo en el último capítulo", "repeated_contact"),
    ("das geht mich nichts an", "outage"),
    ("mi vuelo sale mañana a las 8, ¿puedo llevar dos maletas?", "travel_today"),
    ("I am sick and tired of the delays from your app", "safety"),
    ("feeling ill after the update lol", "safety"),
    ("threatening my account with closure is not ok", "safety"),
    # a complaint about prices, a refund, a hacked login, someone else on the account: no fraud
    ("this is a scam", "fraud"),
    ("c'est une arnaque ce prix", "fraud"),
    ("I want a refund for my order", "fraud"),
    ("my account got hacked, can't log in", "fraud"),
    ("someone is using my account on another device", "fraud"),
    ("the fraud department kept me on hold", "fraud"),
    ("I never authorized them to port my line", "fraud"),
    ("rivenditore non autorizzato", "fraud"),
    # a price in a question, a deal
    ("Is the iPhone 15 Pro 256GB back in stock at your Oxford Street store? Was £999 last week", "money"),
    ("$3 burritos today if you dress up!", "money"),
    ("Someone recommend me a laptop that's $400 or less pls", "money"),
    ("the truffle fries were cold", "money"),
    # counts of other things than contacts
    ("best streaming service ever, only buffered 14 times during the finale", "repeated_contact"),
    ("the app crashed 3 times today", "repeated_contact"),
    ("I tried several times", "repeated_contact"),
    ("second time this month the driver left it in the bin", "repeated_contact"),
    ("Sorry for the multiple tweets", "repeated_contact"),
    ("my 2nd email address is wrong", "repeated_contact"),
    ("@46344 Complaints?", "repeated_contact"),
    # "down" that is no outage
    ("can the heating be turned down a bit", "outage"),
    ("calm down, it's fine", "outage"),
    ("what's the down payment on the iPhone X?", "outage"),
    ("can I downgrade my plan?", "outage"),
    ("he obviously thought he'd put the phone down", "outage"),
    ("the price dropped a week after I bought it", "outage"),
    # not stranded
    ("stuck at the Apple logo after the update", "travel_today"),
    ("If my flight does get canceled, what should I do in advance?", "travel_today"),
    ("I can't remember the last time my flight wasn't delayed, late, or cancelled", "travel_today"),
    # in hospital is a reason to cancel a seat, not an emergency; the app crashing is no crash on the road
    ("My husband booked our flights but he's in hospital now. Can I cancel his seat?", "safety"),
    ("your rider crashed his scooter into my car, who pays for the scratch?", "outage"),
    ("Cancel my kids hospital appts tomorrow then", "safety"),
])
def test_a_look_alike_does_not(text: str, reason: str) -> None:
    assert reason not in find_reasons(text)


@pytest.mark.parametrize(("text", "level"), [
    # stranded with a child or for the night: critical; stranded or cancelled alone: high
    ("@SkyBridgeAir our flight BA2490 to Malaga got scrapped and we're sat at Gatwick North with two kids under 5. "
     "No hotel, no food vouchers, desk is closed. What are we supposed to do tonight??", "critical"),
    ("@SkyBridgeAir stuck at Heathrow T5 with my 3 year old and a baby, last connection to Edinburgh cancelled, "
     "it's 11pm. Please someone help", "critical"),
    ("We've just been told our booking for tonight doesn't exist. It's 11pm and we have nowhere to sleep with a "
     "toddler.", "critical"),
    ("@SkyBridgeAir our flight was cancelled and we're stuck at Gatwick with the kids overnight", "critical"),
    ("@SkyBridgeAir nos han cancelado el vuelo a Bogotá y estamos en Barajas con dos niños pequeños, sin hotel. "
     "¿Qué hacemos esta noche?", "critical"),
    ("@StayLuxeHotels siamo arrivati a Roma e la prenotazione non risulta. Siamo in strada con un neonato alle 23. "
     "Aiuto!", "critical"),
    ("flight cancelled, stuck at the airport, no hotel", "high"),
    ("my flight was cancelled, can you rebook me with my 2 kids for next week?", "high"),
    ("boarding at gate B12 with my kids tonight, which gate is it?", "high"),  # not stranded
    ("passengers stranded by the visa ban? Kid off at university is heartbroken", "high"),
    # fraud in progress is critical, a refund request stays high
    ("@NorthcoteBank someone is using my card RIGHT NOW - 3 payments in Lagos that aren't me. Freeze it!!",
     "critical"),
    ("Please refund the transfer I made by mistake yesterday, it was meant for my landlord.", "high"),
    ("@VoltMobile third time asking, when will my refund arrive?", "high"),
    # medical dependence, injuries and threats to a child are safety
    ("@BrightwaveEnergy power cut on Elm Street since 4pm, my dad's on home oxygen.", "critical"),
    ("@Brewly my daughter got a burn from a lid that wasn't on properly", "critical"),
    ("a player keeps sending my 12 year old threats and sexual messages", "critical"),
    ("the coffee tasted burnt today", "low"),
    ("Is the iPhone 15 Pro back in stock? Was £999 last week", "low"),
])
def test_the_rules_floor(text: str, level: str) -> None:
    assert floor(text) == level, find_reasons(text)


def test_a_fraud_or_a_stranded_family_is_critical_even_from_a_happy_customer() -> None:
    texts = ["thanks for the quick reply! someone is using my card right now", "flight cancelled, stranded with a "
             "newborn, thanks for any help", "thanks, love the new app", "thanks for sorting my refund!"]
    probs = np.array([[0.9, 0.1, 0.0, 0.0]] * len(texts), dtype=np.float32)
    out = UrgencyScorer().score(probs, texts, ["twitter"] * len(texts), positive=np.array([0.9] * len(texts)))
    assert [o["level"] for o in out] == ["critical", "critical", "low", "normal"]
    assert out[0]["reasons"] == ["money", "fraud"] and out[1]["reasons"] == ["travel_today", "stranded"]


def test_the_head_keeps_the_features_it_was_trained_on() -> None:
    """A new reason joins the head's features only at a retrain: the shipped head expects nine."""
    assert set(HEAD_REASONS) < set(REASON_FLOOR) and len(HEAD_REASONS) == 9
    features = UrgencyScorer().extra_features(["someone is using my card right now"], "en")
    assert features.shape == (1, 9) and features[0, HEAD_REASONS.index("money")] == 1.0


def test_gas_in_other_languages_gets_safety_advice() -> None:
    assert names_danger("ça sent le gaz dans la cuisine") and names_danger("huele a gas")
    assert not names_danger("my insulin pump supplies never arrived")  # safety, but "leave the area" would be absurd


def test_a_long_run_of_numbers_is_read_in_linear_time() -> None:
    import time

    start = time.perf_counter()
    find_reasons("1." * 5000 + " charged")  # the amount-near-a-charge rule was quadratic: 1.3 s at 10k characters
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(("text", "reason"), [
    # a bilingual data scientist's read: the same situations told in other languages
    ("Huele muchísimo a gas en la escalera de mi edificio desde hace una hora", "safety"),
    ("Es riecht im ganzen Treppenhaus stark nach Gas, Hauptstraße 17 in Freiburg.", "safety"),
    ("Há um cheiro muito forte a gás no prédio", "safety"),
    ("il caricabatterie comprato da voi ha fatto scintille e si è fuso", "safety"),
    ("das Ladegerät von euch hat Funken gesprüht und ist geschmolzen", "safety"),
    ("Im ICE 1005, Wagen 9, ist ein älterer Herr zusammengebrochen.", "safety"),
    ("mon compte a été piraté, quelqu'un a fait un virement de 1 500 € vers un bénéficiaire inconnu", "fraud"),
    ("mein Online-Banking wurde gehackt, jemand hat 3.500 € an einen unbekannten Empfänger überwiesen", "fraud"),
    ("jemand benutzt meine Karte ohne meine Erlaubnis!", "fraud"),
    ("iemand gebruikt mijn pas zonder toestemming, 2 betalingen die ik niet heb gedaan!", "fraud"),
    ("clonaram meu chip e limparam minha conta do banco!", "fraud"),
    ("Flug gestrichen, es ist 0:30 Uhr, wir sitzen mit zwei kleinen Kindern und Oma am Flughafen München fest.", "stranded"),
    ("volo cancellato, sono le 23:30 e sono bloccata a Fiumicino con mia madre di 85 anni", "stranded"),
    ("lot odwołany, jest 23:00, utknęliśmy na Okęciu z dwójką małych dzieci", "stranded"),
    ("il Frecciarossa delle 19:05 per Napoli di oggi è stato soppresso", "travel_today"),
    ("mein ICE 578 nach Hamburg heute fällt aus", "travel_today"),
    ("Als ik geen reactie krijg stap ik naar mijn advocaat en de Consumentenbond.", "cancellation_or_legal"),
    ("llevamos desde las 8 sin fibra en todo el barrio", "outage"),
    ("La bolletta è raddoppiata senza motivo.", "money"),
])
def test_a_reason_fires_in_other_languages(text: str, reason: str) -> None:
    assert reason in find_reasons(text)


def test_social_media_and_a_hacked_account_that_spent_nothing_are_no_reason() -> None:
    assert "public_visibility" not in find_reasons("Props to the social media teams too!")
    assert "fraud" not in find_reasons("me han hackeado la cuenta de la app y han cambiado el correo")
    assert find_reasons("hello there") == []


@pytest.mark.parametrize(("text", "reason"), [
    # a reviewer's look-alikes for this session's rules: routine requests, idioms, parcels and past trips
    ("How do I transfer my savings to a new account with you?", "fraud"),
    ("Can I move money into a new account for my daughter?", "fraud"),
    ("My gift card was used at checkout but I never got the discount", "fraud"),
    ("My card was used for the renewal and I didn't even get a reminder email", "fraud"),
    ("How do I do a SIM swap to an eSIM?", "fraud"),
    ("I got my SIM transferred to my new phone but I didn't get any texts since", "fraud"),
    ("My number was ported to you yesterday but I didn't get my welcome text", "fraud"),
    ("I called and they took my number and promised a callback that never came", "fraud"),
    ("My Instagram got hacked, I spent 3 hours trying to get it back", "fraud"),
    ("Necesito un duplicado de mi tarjeta SIM, la perdí", "fraud"),
    ("Ihr habt meinen Vertrag ohne meine Zustimmung verlängert", "fraud"),
    ("¿Volverán las galletas con chispas de chocolate?", "safety"),
    ("What a scintillating season finale", "safety"),
    ("Ihr habt keinen Funken Anstand", "safety"),
    ("Engineer said they're on the road and will be with us by 3", "safety"),
    ("The driver left my parcel lying on the ground in the rain", "safety"),
    ("The chain came off my bike twice this week", "safety"),
    ("This moisturiser leaves my face feeling tight", "safety"),
    ("My eyes are closing, been on hold for 3 hours", "safety"),
    ("Your driver was really aggressive when I asked for a signature", "safety"),
    ("The heating bill has gone up 40% and we have a newborn", "safety"),
    ("Is there a power cut planned in our street? We have a baby due in May", "safety"),
    ("My wife is going into hospital for surgery next week, can I change the booking?", "safety"),
    ("Mijn app is vastgelopen na de update", "travel_today"),
    ("Mon colis est coincé au dépôt depuis ce soir, il est 22h", "stranded"),
    ("Ordine bloccato in dogana da due settimane, i miei figli aspettano il regalo", "stranded"),
    ("Il mio account è bloccato a causa di un errore", "travel_today"),
    ("Mój przelew utknął w systemie", "travel_today"),
    ("Ich sitze seit 40 Minuten in der Warteschleife fest", "travel_today"),
    ("Quero ter a minha assinatura cancelada hoje", "travel_today"),
    ("My flight on 12 July has been delayed by 3 hours, can I get compensation?", "travel_today"),
    ("Why are you storing my card details without asking?", "outage"),
    ("Love the art deco look of the new store!", "cancellation_or_legal"),
    ("Die Geschwindigkeit hat sich verdoppelt seit dem Upgrade, super!", "money"),
    ("Pobrano aktualizację aplikacji", "money"),
    ("Pas de fibre dans ma rue, c'est prévu quand ?", "outage"),
    ("Mein Telefon ist weg, wie sperre ich die SIM?", "outage"),
])
def test_this_session_s_look_alikes_do_not_fire(text: str, reason: str) -> None:
    assert reason not in find_reasons(text)


def test_the_cancelled_trip_rule_reads_digits_in_linear_time() -> None:
    import time

    started = time.perf_counter()
    find_reasons("flight " + "1111111 " * 40 + "x")
    assert time.perf_counter() - started < 0.5  # a ReDoS took 0.47 s at 7 tokens, x3.6 per token


def test_stranded_in_polish_feminine_forms() -> None:
    assert "stranded" in find_reasons("Utknęłam na lotnisku z dzieckiem, lot odwołany, jest 23:00")


# An insurer's, a pharmacy's and a hotel site's posts that were missed (sixth session), and what they look like
@pytest.mark.parametrize(("text", "reason"), [
    ("you gave my dad someone else's blister pack. Different name on it. He nearly took them.", "safety"),
    ("the pharmacy dispensed the wrong strength tablets to my mum", "safety"),
    ("Just been in a car crash on the M62, other driver went into the back of me. I'm shaking", "safety"),
    ("Tuve un accidente con el coche en Málaga, estoy en la carretera, ¿qué hago?", "safety"),
    ("my kitchen is under 20cm of water right now, the river burst its banks", "safety"),
    ("a man keeps following me to the changing rooms and I think he's filming me", "safety"),
    ("found a shard of glass in a jar of your pasta sauce, my daughter nearly ate it", "safety"),
    ("Llevo tres días sin mi medicación para la epilepsia porque la farmacia no la tiene", "safety"),
    ("three days without my heart meds because the delivery never came", "safety"),
    ("Ma réservation a été annulée par l'hôtel ce matin, j'arrive ce soir avec ma mère de 85 ans", "stranded"),
    ("My husband died last month and I need to cancel his car insurance", "bereavement"),
    ("lost my husband in May and need to close his account", "bereavement"),
    ("someone hacked my account and is booking flights with my points right now!!", "fraud"),
    ("someone has logged into my account and ordered stuff to an address I don't know", "fraud"),
    ("I'm going to Watchdog and the papers about how you stole my points", "public_visibility"),
    ("I'm writing to the Guardian about this", "public_visibility"),
    ("how do I cancel my membership please?", "cancellation_or_legal"),
    ("Someone just drove into the back of me on the M1", "safety"),
    ("The hotel cancelled our reservation and we land at 11pm with a toddler", "stranded"),
    ("My dad passed last month, how do I close his account", "bereavement"),
    ("Mi padre murió en marzo y quiero cerrar su cuenta", "bereavement"),
    ("Mon père est mort le mois dernier", "bereavement"),
    ("Mein Vater ist letzte Woche gestorben", "bereavement"),
    ("Meu pai morreu e preciso cancelar", "bereavement"),
    ("contacted by BBC Watchdog about this", "public_visibility"),
    ("My son is choking on a toy from your kit", "safety"),
    # a bilingual lead's posts
    ("TGV bloqué depuis 3 heures, 38°C dans la voiture, plus de clim, plus d'eau, mon fils de 4 ans ne va pas bien",
     "safety"),
    ("une femme enceinte vient de faire un malaise dans le TER 857412, voiture 3", "safety"),
    ("minha encomenda com a insulina da minha mãe sumiu. Ela tem só mais duas doses.", "safety"),
    ("Ich sitze mit meinem Rollstuhl seit einer Stunde am Bahnsteig 9, die Einstiegshilfe ist nicht gekommen",
     "stranded"),
    ("mi hija de 16 años viaja sola y se ha quedado tirada en Lleida de noche, el tren no sigue", "stranded"),
    ("Egregi Signori, mio marito è venuto a mancare il mese scorso", "bereavement"),
    ("Penso mi abbiano clonato la SIM, ho paura per il conto", "fraud"),
    ("j'ai contacté Le Parisien et France Info, ça va se savoir", "public_visibility"),
    ("Sie haben mir Kontoführungsgebühren berechnet, obwohl das Konto kostenlos ist", "money"),
])
def test_sixth_session_posts_fire(text: str, reason: str) -> None:
    assert reason in find_reasons(text)


@pytest.mark.parametrize(("text", "reason"), [
    ("@SpotifyCares Can you follow me?", "safety"),
    ("Not a new issue though, it followed me through several updates", "safety"),
    ("your story really touched me", "safety"),
    ("had a car accident last year and the claim is still not paid", "safety"),
    ("your app keeps crashing", "safety"),
    ("ordered my prescription without my glasses on lol", "safety"),
    ("I lost my mum's password, can you reset it?", "bereavement"),
    ("the hotel overbooked us for next month, can we move dates?", "travel_today"),
    ("I need to cancel my hotel booking for June", "cancellation_or_legal"),
    ("Just been in a car crash on the M62", "outage"),
    # a reviewer's look-alikes of the rules above
    ("Can I buy sildenafil without a prescription?", "safety"),
    ("¿Puedo viajar sin mi medicación en el equipaje de mano?", "safety"),
    ("Kann ich ohne meine Medikamente im Handgepäck reisen?", "safety"),
    ("Can the metal lid go in the food waste?", "safety"),
    ("Do you sell the wine glass in a gift pack?", "safety"),
    ("Please stop following me around the internet with adverts for sofas", "safety"),
    ("Specsavers sent me the wrong strength lenses again", "safety"),
    ("wrong dose of your newsletter", "safety"),
    ("Is collision damage waiver included? Just booked a car for Malaga", "safety"),
    ("Was in a car accident last year, how do I renew my policy today?", "safety"),
    ("Tuve un accidente de coche hace dos años, ¿puedo renovar el seguro hoy?", "safety"),
    ("Watched a film about a car crash today", "safety"),
    ("my claim for the kitchen flooded in January still isn't paid", "safety"),
    ("choking on my coffee at this price lol", "safety"),
    ("Il mio pacco è scomparso dal tracking da 3 giorni", "bereavement"),
    ("Mi è morta la batteria del telefono dopo l'aggiornamento", "bereavement"),
    ("@Acme my mum died laughing at your new advert 😂", "bereavement"),
    ("funeral scene in episode 4, best show", "bereavement"),
    ("Réservation annulée par l'hôtel il y a trois semaines, on revient en août avec notre bébé", "stranded"),
    ("Meine Buchung wurde vom Hotel storniert, letzten Monat, wann kommt das Geld?", "travel_today"),
    ("I went to the independent shop next door", "public_visibility"),
    ("Your Watchdog home security camera isn't pairing", "public_visibility"),
    ("Where can I buy the Times and the papers", "public_visibility"),
    ("mi hija me regaló una tarjeta regalo", "stranded"),
    ("plus d'eau chaude depuis hier", "safety"),
    ("perdí mi medicamento favorito de la lista", "safety"),
    ("Ho letto il Corriere stamattina, bell'articolo sul treno nuovo", "public_visibility"),
])
def test_sixth_session_look_alikes_do_not_fire(text: str, reason: str) -> None:
    assert reason not in find_reasons(text)


@pytest.mark.parametrize(("text", "reason"), [
    ("prepay meter ran out at 11pm, no emergency credit left, I've got a 6 month old and it's freezing", "safety"),
    ("my dad is 91, on your priority list, and his storage heaters haven't worked since Monday", "safety"),
    ("My husband uses a home oxygen concentrator and his alarm line through your broadband has been down since "
     "yesterday. He's 78.", "safety"),
    ("I'm disabled and housebound, my smart meter keeps switching my prepay supply off", "safety"),
    ("If this isn't sorted by Friday I'm going to the Energy Ombudsman and the BBC", "public_visibility"),
    ("I'm now contacting Ofcom and the Daily Mail. Absolutely shambolic.", "public_visibility"),
    ("Je vais raconter mon histoire au Parisien, 2000 € bloqués depuis un mois", "public_visibility"),
    ("URGENT quelqu'un est en train de vider mon compte, 4 paiements en 10 minutes", "fraud"),
    ("899 € bei MediaMarkt bezahlt. Ich war das nicht", "fraud"),
    ("alguien está usando mi tarjeta, 3 compras en Amazon", "fraud"),
    ("me habéis mandado unas galletas con avellanas y mi hija de 6 años es alérgica. Casi se las come.", "safety"),
    ("ci avete mandato biscotti alle nocciole, mio figlio è allergico e li ha quasi mangiati", "safety"),
    ("bro my signal is DEAD 💀💀 been like this since tuesday in Croydon", "outage"),
    ("jemand von der 'Sicherheitsabteilung' hat angerufen und wollte meine PIN. Ich habe sie ihm gegeben.", "fraud"),
    ("I gave my PIN to a man who said he was from your fraud team", "fraud"),
    ("j'ai perdu ma carte dans le métro", "money"),
    ("Meine Karte wurde gestern gestohlen", "money"),
    ("Someone used my Klarna account to buy £600 of stuff from you. I never ordered this.", "fraud"),
    ("Klarna's chasing me for a payment on an order you cancelled. Now I've got a late fee.", "money"),
])
def test_seventh_session_posts_fire(text: str, reason: str) -> None:
    assert reason in find_reasons(text)


@pytest.mark.parametrize(("text", "reason"), [
    ("my bill is 91 pounds and my heating is off", "safety"),
    ("I was going to watch the BBC news but the app crashed", "public_visibility"),
    ("Der Preis ist 5 €, das war ich nicht gewohnt", "fraud"),
    ("does your granola contain peanuts? my son is allergic", "safety"),
    ("I am allergic to your customer service lol, I nearly ate my phone", "safety"),
    ("my gas ran out of patience lol", "safety"),
    ("my phone is dead lol, will call later", "outage"),
    ("the code was given to me by the fraud team to reset", "fraud"),
    ("I told the cashier my pin by mistake", "fraud"),
    ("lost my gift card code", "money"),
    ("lost my SIM card", "money"),
    ("someone is using my Netflix account lol", "fraud"),
])
def test_seventh_session_look_alikes_do_not_fire(text: str, reason: str) -> None:
    assert reason not in find_reasons(text)


def test_phishing_asked_about_in_other_languages() -> None:
    from model.urgency import names_phishing

    assert names_phishing("« Lumen : votre compte sera suspendu, cliquez ici » c'est vous ??")
    assert names_phishing("Me llegó un SMS con un enlace para verificar mi cuenta, ¿es de verdad?")
    assert not names_phishing("the link in your newsletter is broken, is it real?")


@pytest.mark.parametrize(("text", "press"), [
    ("Hi, I'm a reporter at the Evening Standard writing about today's cancellations. Could someone comment by 5pm?",
     True),
    ("I am a freelance journalist writing a story about energy bills: who handles media enquiries?", True),
    ("Hello, BBC Radio 5 here - could your press team give us a statement on the outage?", True),
    ("Soy periodista de El País, ¿podrían darnos un comentario?", True),
    ("can you comment on why my parcel is late??", False),
    ("I will be going to the press about this", False),  # a complaint made public: the customer's, not the press's
    ("Journalists should hear about this scam", False),
])
def test_a_journalist_asking_for_comment_is_told_apart_from_a_customer(text: str, press: bool) -> None:
    from model.urgency import names_press

    assert names_press(text) is press


@pytest.mark.parametrize(("text", "reason", "fires"), [
    # what the customer plans is no wait, and an injury given as the reason for a request is no danger now
    ("broke my wrist lol, can I pause my gym membership for 6 weeks?", "repeated_contact", False),
    ("broke my wrist lol, can I pause my gym membership for 6 weeks?", "safety", False),
    ("going abroad for 3 weeks, can I freeze my card?", "repeated_contact", False),
    ("waiting for 3 weeks for my refund", "repeated_contact", True),
    ("no internet for 6 weeks, can I pause my contract?", "repeated_contact", True),
    # ... where it happened may be the brand's
    ("I broke my wrist on your wet floor, cancel my membership", "safety", True),
    ("broke my ankle at the gym, can I freeze my membership", "safety", True),
    # an eighth-session read (home insurance, food delivery): water on the electrics, a flood with a river's
    # banks burst, an allergen served with the medicine already taken, a charge for nothing ordered
    ("water pouring through the ceiling onto the fuse box, lights are flickering. HELP", "safety", True),
    ("my basement has flooded after the river burst its banks in Tewkesbury, half a metre of water. What do we do?",
     "safety", True),
    ("I have a severe peanut allergy and my satay-free order came with satay sauce. I've taken my antihistamine",
     "safety", True),
    ("a charge of £56.40 from Dishdash on my statement and I didn't order anything. Has my card been stolen?",
     "fraud", True),
    ("my kitchen flooded last year, can I claim for the new floor?", "safety", False),
    ("is flood damage to sockets covered?", "safety", False),
    ("my allergy to pollen is bad, can you deliver antihistamines?", "safety", False),
    ("I didn't order anything and you still sent me a newsletter", "fraud", False),
])
def test_eighth_session_reasons_a_plan_no_wait_water_on_the_electrics_an_allergen_and_a_charge_for_nothing(
        text: str, reason: str, fires: bool) -> None:
    assert (reason in find_reasons(text)) is fires


# A fresh read (ninth session): a fall with no signal to call for help and a player saying he will kill himself had been
# "high" with reasons outage and angry_tone, a number ported by someone else money only; their look-alikes stay as
# they were. The reason and the drafts' own test (names_emergency, names_sim_swap) agree
@pytest.mark.parametrize(("text", "reason", "fires"), [
    ("@Lumatel my dad has had a fall and is on the floor, I can't call 999 from my mobile it says no service!!", "safety",
     True),
    ("my nan's had a nasty fall in your Leeds store", "safety", True),
    ("can't get through to 911 on your network, there's been an accident outside", "safety", True),
    ("a player in my lobby just said in voice chat he's going to kill himself tonight. What do I do??", "safety", True),
    ("un jugador dijo en el chat de voz que se va a quitar la vida esta noche", "safety", True),
    ("ein Spieler hat gesagt, er will sich heute umbringen", "safety", True),
    ("il a dit qu'il va se suicider ce soir", "safety", True),
    ("the share price took a big fall today", "safety", False),
    ("this wifi makes me want to kill myself lol", "safety", False),
    ("I'm going to kill myself if this update doesn't come", "safety", False),
    ("can't call my mum abroad since the update", "safety", False),
    ("@Lumatel someone has ported my number out without my permission, I've lost my bank's security codes", "fraud",
     True),
    ("my number was ported to another network without my consent", "fraud", True),
    ("I was a victim of a SIM swap last night", "fraud", True),
    ("can I port my number to you?", "fraud", False),
    ("how do I move my number to a new sim?", "fraud", False),
])
def test_ninth_session_emergencies_and_a_number_taken_by_someone_else(text: str, reason: str, fires: bool) -> None:
    from model.urgency import names_emergency, names_sim_swap

    names = names_emergency if reason == "safety" else names_sim_swap
    assert (reason in find_reasons(text)) is fires and names(text) is fires


@pytest.mark.parametrize(("text", "taken"), [
    ("@Quillforge someone changed the email on my account!! Please lock it!!", True),
    ("my Executive Club account has been hacked. Please pm me.", True),
    ("My account was hacked a few weeks ago and we resolved it but now I can't book", False),
    ("how do I change my email on my account?", False),
    ("I changed my password and now can't log in", False),
])
def test_an_account_taken_over_is_named_for_the_drafts_but_is_no_fraud_reason(text: str, taken: bool) -> None:
    from model.urgency import names_takeover

    assert names_takeover(text) is taken and "fraud" not in find_reasons(text)


@pytest.mark.parametrize(("text", "reason", "fires"), [
    # a care lead's read of a water utility and a courier (tenth session)
    ("@ClearbrookWater main has burst on Fenwick Road, water is flooding the street and running into the houses at the "
     "bottom, two cars stuck. PLEASE send someone NOW", "safety", True),
    ("My mum is 84, on home dialysis, and has had NO water since 7am in Ashby. Nobody answers your phone.", "safety", True),
    ("@ParcelPilotCare my insulin delivery has been 'in transit' for 4 days and I have 1 day of supply left", "safety",
     True),
    ("Hola, desde esta mañana no sale agua del grifo en Mayfield Road", "outage", True),
    ("no water since this morning on Birch Lane, any news?", "outage", True),
    ("Someone got into my Threadline account and placed 3 orders to an address I don't know!!", "fraud", True),
    ("there are 3 orders on my account from last night that I never made", "fraud", True),
    ("do your water bottles come in glass?", "outage", False),
    ("there was water damage on the box but the item is fine", "outage", False),
    ("my account got hacked, can't log in", "fraud", False),
    ("the pipe under my sink is dripping, is that mine to fix?", "safety", False),
])
def test_tenth_session_water_off_flooding_homes_and_orders_placed_by_someone_else(text: str, reason: str,
                                                                                 fires: bool) -> None:
    assert (reason in find_reasons(text)) is fires


def test_someone_getting_into_the_account_is_a_takeover() -> None:
    from model.urgency import names_takeover

    assert names_takeover("Someone got into my Threadline account and placed 3 orders!!")
    assert not names_takeover("I got into my account in the end, thanks")


@pytest.mark.parametrize(("text", "reason", "fires"), [
    # a care lead's read of a bank, a streaming service and a pharmacy (eleventh session)
    ("Careleaf sent me someone else's prescription, it's got a different name on and it's methotrexate. My nan nearly "
     "took it.", "safety", True),
    ("Careleaf gave my mother the wrong strength of warfarin and she's now in hospital.", "safety", True),
    ("@Pennyway someone has logged into my account and moved £1,900 out to an account I don't know.", "fraud", True),
    ("I moved my savings to an account I set up last year", "fraud", False),
    ("@Pennyway someone's just taken £600 from my account with my card, I didn't do this!!", "fraud", True),
    ("someone's taken my seat on the train", "fraud", False),
    ("you sent me the wrong size shoes", "safety", False),
    ("Specsavers sent me the wrong strength lenses again", "safety", False),
    ("@Lumatel help!! phone just lost all signal and I got a text saying my SIM had been changed. I did NOT do that",
     "fraud", True),
    ("my number was ported to Vodafone last week as I asked, when does my old plan end?", "fraud", False),
    # a gym, a car hire (a second read, eleventh session)
    ("Guy just collapsed on a treadmill at Stridehall Leeds, no staff in the building and the defib cabinet is locked",
     "safety", True),
    ("My daughter dropped a dumbbell on her foot at your gym. She can't put any weight on it.", "safety", True),
    ("your car's engine just died on the M6 northbound near J14, it's 11pm, pitch dark, two kids in the back", "safety",
     True),
    ("my car broke down last year on the M1 and the claim is still open", "safety", False),
    ("the defib training was great", "safety", False),
    ("the breakdown of my bill makes no sense", "safety", False),
    # ... and in other languages (twelfth session)
    ("Mi coche se ha averiado en la autopista A7, estamos en el arcén con los niños", "safety", True),
    ("Notre voiture est tombée en panne sur l'autoroute A6, on attend sur la bande d'arrêt", "safety", True),
    ("Die Autobahn A3 war gesperrt, wir kamen zwei Stunden zu spät", "safety", False),
    # a caller posing as the bank, still on hold (twelfth session)
    ("Got a call from 'Pennyway security' saying my account is compromised and I need to transfer my money to a new "
     "account they set up. They're on hold now, what do I do", "fraud", True),
    ("how do I transfer money to a new account I opened at another bank?", "fraud", False),
    ("you've delivered my mum's prescription but it's the wrong strength of her blood pressure tablets", "safety", True),
    ("sent 10mg instead of 5mg of my amlodipine", "safety", True),
    ("my new glasses are the wrong strength", "safety", False),
    # ... and what a review found they must not catch
    ("Ordered shampoo, you sent 500ml instead of 250ml", "safety", False),
    ("Can I get a price breakdown for the MacBook Air M2?", "safety", False),
    ("Ils ont mis un panneau sur l'autoroute, la sortie est fermée", "safety", False),
    ("stuck in the car park queue at the airport with my 2 year old for 40 mins, ridiculous", "stranded", False),
    ("I rang you to transfer my savings into a new account I opened last week and nobody picked up", "fraud", False),
    # a water company and a telecom (a care lead's read, twelfth session)
    ("raw sewage is bubbling up out of the manhole in our back garden and spreading across the lawn", "safety", True),
    ("Huge burst water main on Station Road, water gushing up through the tarmac, cars driving through it", "safety",
     True),
    ("My dad is on home dialysis and the water has been off since 6am. He needs a session tonight", "safety", True),
    ("3 days without water and a lovely £4.20 'service improvement' charge on my bill", "outage", True),
    ("Just had a call from 'Tidewire' saying I'll be disconnected today unless I do a bank transfer of £189 now",
     "fraud", True),
    ("how do I pay by bank transfer instead of direct debit?", "fraud", False),
    ("my husband has been made redundant and we honestly can't cover the water bill right now. Is there any help?",
     "money", True),
    ("what's the process for switching to a metered supply? just me in the flat now", "cancellation_or_legal", False),
    ("I'm switching to Vodafone if this isn't fixed by Friday", "cancellation_or_legal", True),
    # a ticketing platform and an airline (a care lead's read, thirteenth session)
    ("@Stagepass show starts in 40 mins at 3Arena Dublin and my tickets are GONE from the app. PLEASE HELP",
     "deadline_today", True),
    ("the concert tonight was amazing, thank you!", "deadline_today", False),
    ("@SkylarkAir the seat in the emergency exit row on SK330 won't lock upright and there's a loose panel by the "
     "door. Crew just shrugged.", "safety", True),
    ("can I pick an exit row seat when I check in?", "safety", False),
    ("Unser Flug nach Palma wurde gestrichen und ich sitze mit meiner Tochter in Frankfurt fest. Niemand hilft uns!",
     "stranded", True),
    # ... and what a review of them found firing wrongly
    ("Mein Paket hängt seit 5 Tagen im Verteilzentrum fest", "travel_today", False),
    ("Sorting all of this out fell on my mum, she's 80", "safety", False),
    ("My order is missing the seat belt extender I paid for", "safety", False),
    ("I paid £25 for an exit row seat and it's missing from my booking", "safety", False),
    ("the seat belt is broken on 14C", "safety", True),
])
def test_eleventh_session_a_pharmacys_wrong_medicine_and_money_moved_to_a_stranger(text: str, reason: str,
                                                                                  fires: bool) -> None:
    assert (reason in find_reasons(text)) is fires


@pytest.mark.parametrize(("text", "in_care"), [
    ("your bookcase collapsed onto my 4 year old, she has a cut on her head and we're in A&E now", True),
    ("my son is in hospital after eating your nuggets", True),
    ("wir sind in der Notaufnahme, das Regal ist umgefallen", True),
    ("I was in hospital last year so I missed the payment", False),
    ("my daughter collapsed in your store, someone call an ambulance", False),
    # something acute now, whatever care they had before; a hospital named for another reason
    ("she's been in hospital with her allergy before and she just ate some and can't breathe", False),
    ("I'm a nurse at the hospital but nobody here is helping", False),
    ("my dad just collapsed in your store, ambulance is on its way but none of your staff are helping", False),
])
def test_someone_already_with_a_hospital_or_paramedics_is_in_care(text: str, in_care: bool) -> None:
    assert names_in_care(text) is in_care


@pytest.mark.parametrize(("text", "report"), [
    ("the seat belt on 14C won't fasten and the crew said just hold it", True),
    ("your shelf fell on my son's foot and now it's swollen", True),
    ("ate your chicken wrap at lunch and now I have food poisoning", True),
    ("found a shard of glass in my baby food jar", True),
    ("the price of your shelf fell on my birthday", False),
    ("can I choose an exit row seat?", False),
])
def test_a_hazard_reported_for_the_brand_to_act_on(text: str, report: bool) -> None:
    assert names_hazard_report(text) is report


@pytest.mark.parametrize(("text", "reason", "emergency"), [
    # a care lead's read (fourteenth session): the crash read as an app outage, and every draft asked for a DM
    ("@Zipwheel just crashed one of your scooters on Mill Lane, the brake didn't work. my friend is on the ground and "
     "not getting up", "safety", True),
    ("my mate is lying on the road after your e-bike's brakes failed", "safety", True),
    ("someone is on the ground and not moving outside your store", "safety", True),
    ("@Learnloft my exam starts in 20 min and the login page just says 'service unavailable'. PLEASE", "deadline_today",
     False),
    ("the login page just says 'service unavailable'", "outage", False),
])
def test_fourteenth_session_a_crash_with_someone_down_and_an_exam_about_to_start(text: str, reason: str,
                                                                                 emergency: bool) -> None:
    assert reason in find_reasons(text)
    assert names_emergency(text) is emergency


@pytest.mark.parametrize(("text", "reason"), [
    ("just crashed one of your scooters, who pays for the scratch?", "outage"),  # no app crash
    ("the app crashed 3 times today", "safety"),
    ("my phone is on the floor, not responding", "safety"),
    ("what time does the exam start?", "deadline_today"),
])
def test_fourteenth_session_look_alikes_do_not_fire(text: str, reason: str) -> None:
    assert reason not in find_reasons(text)


@pytest.mark.parametrize(("text", "pet", "child", "reasons"), [
    # a care lead's read (fourteenth session): an animal in danger, a child missing, a pet's death
    ("HELP my labrador just got into the rat poison in the shed, what do I do", "labrador", False, {"safety"}),
    ("O meu cão foi atropelado agora mesmo e está a sangrar muito, qual é a clínica de urgência mais próxima?", "cão",
     False, {"safety"}),
    ("my 4yo son has wandered off at Pinecrest Glenmore, we've looked everywhere round the play park for 20 mins",
     None, True, {"safety"}),
    ("my daughter is missing, last seen at the pool 10 mins ago", None, True, {"safety"}),
    ("Our dog Max was put to sleep yesterday after your vet missed his tumour for months", None, False,
     {"bereavement"}),
    # look-alikes
    ("my son lost his phone at the park", None, False, set()),
    ("my kid is missing his charger", None, False, set()),
    ("my dog loves your chocolate biscuits", None, False, set()),
    ("my dog passed his training test", None, False, set()),
    ("my cat died of laughter at your advert", None, False, set()),
])
def test_fourteenth_session_an_animal_in_danger_a_missing_child_and_a_pets_death(text: str, pet: str | None,
                                                                                 child: bool, reasons: set) -> None:
    assert pet_in_danger(text) == pet
    assert names_missing_child(text) is child
    assert set(find_reasons(text)) & {"safety", "bereavement"} == reasons
    assert not names_emergency(text) or child is False and pet is None  # a vet's, not the emergency services'


def test_someone_logged_into_the_account_is_a_takeover() -> None:
    assert names_takeover("someone logged into my nebula account, spent all my gems and changed my password")
    assert not names_takeover("I logged into my account and changed my password")
    # logged in and ordering is a fraud at a shop (call your bank, change the password), the login still theirs
    assert not names_takeover("someone has logged into my account and ordered stuff to an address I don't know!")


def test_a_customer_counting_their_contacts_is_high_and_a_mere_wait_normal() -> None:
    """A care lead's read (fourteenth session): "Still going at 2:30am. Third time I've asked." came out normal."""
    texts = ["Still going at 2:30am. Third time I've asked. Absolutely useless.",
             "my parcel has been stuck for 5 days now"]
    probs = np.array([[0.9, 0.1, 0.0, 0.0]] * len(texts), dtype=np.float32)
    out = UrgencyScorer().score(probs, texts, ["twitter"] * len(texts))
    assert [o["level"] for o in out] == ["high", "normal"]
    assert all(o["reasons"] == ["repeated_contact"] for o in out)


@pytest.mark.parametrize(("text", "now"), [
    # a care lead's read (fourteenth session): no safety reason, three DM requests
    ("I'm in a Quickride right now and the driver keeps touching my knee and won't let me out. please help", True),
    ("the driver won't let me out of the car", True),
    ("the driver grabbed my arm", True),
    ("it won't let me out of the subscription", False),
    ("the bank won't let me leave without paying the fee", False),
    ("my cat keeps touching my keyboard", False),
    ("he hit my car in the car park", False),
])
def test_someone_held_or_assaulted_now(text: str, now: bool) -> None:
    assert names_assault_now(text) is now
    assert ("safety" in find_reasons(text)) is now


@pytest.mark.parametrize(("text", "expected"), [
    # a code review (fourteenth session): a person's emergency beside a pet, everyday words read as a missing child,
    # a pet, a threat, someone down or a takeover
    ("my dog knocked my nan over and she is bleeding from her head", {"pet": None, "emergency": True}),
    ("my dog's chew toy broke and my son was choking on the squeaker", {"pet": None, "emergency": True}),
    ("mein Hund hat Rattengift gefressen", {"pet": "hund"}),
    ("o meu cão comeu veneno de rato", {"pet": "cão"}),
    ("my cat was hit by one of your delivery vans", {"pet": "cat"}),
    ("a car hit my dog outside your store", {"pet": "dog"}),
    ("my walking cane collapsed when I leaned on it, I hurt my wrist", {"pet": None}),
    ("my chat keeps crashing and the whole app collapsed", {"pet": None}),
    ("Our dog got into the chocolate cake last week but he's fine now, thanks", {"pet": None}),
    ("Can't find my son on the family plan settings", {"child": False}),
    ("My daughter has gone missing from the group chat", {"child": False}),
    ("my 5 year old is lost for words", {"child": False}),
    ("Our daughter went missing in 2019, please stop sending her promo emails", {"child": False}),
    ("Je ne trouve plus ma facture", {"child": False}),
    ("mi hijo se ha perdido el partido", {"child": False}),
    ("I've lost my son at the festival, he's 6, red t-shirt", {"child": True, "bereavement": False}),
    ("They won't let me out of the membership without a fee", {"assault": False}),
    ("They won't let us off the train, stuck outside Crewe for 2 hours", {"assault": False}),
    ("The courier guy keeps hitting me up on whatsapp", {"assault": False}),
    ("my husband is on the road to Leeds today, can someone else sign for the parcel?", {"safety": False}),
    ("my mate was on the floor laughing", {"safety": False}),
    ("Someone from your support chat told me to log out and then reset my password", {"takeover": False}),
    ("our cat flap has died after two weeks, what's the warranty?", {"bereavement": False}),
    ("Your agent put her down as the account holder", {"bereavement": False}),
    ("we had to put our dog down last week", {"bereavement": True}),
])
def test_fourteenth_session_look_alikes_of_an_emergency(text: str, expected: dict) -> None:
    reasons = find_reasons(text)
    got = {"pet": pet_in_danger(text), "emergency": names_emergency(text), "child": names_missing_child(text),
           "assault": names_assault_now(text), "safety": "safety" in reasons, "takeover": names_takeover(text),
           "bereavement": "bereavement" in reasons}
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(("text", "reason", "emergency"), [
    # a care lead's read (fifteenth session): a child who may have swallowed tablets heard "We can imagine how
    # frustrating this is"; a driver still after a crash got three DM requests
    ("my 3 year old got into my handbag and may have swallowed some of my sertraline tablets, I don't know how many",
     "safety", True),
    ("my daughter swallowed a button battery from the remote", "safety", True),
    ("just been in a crash on the A34, the other driver isn't moving. what do I do about the claim", "safety", True),
    # a review's variants: singular, household products, a phone's curly apostrophe
    ("my 3 year old ate a tablet off the floor", "safety", True),
    ("My 2 year old has eaten a dishwasher pod", "safety", True),
    ("my toddler drank some bleach", "safety", True),
    ("the cyclist isn\u2019t breathing after the collision", "safety", True),
])
def test_fifteenth_session_a_child_who_swallowed_medicine_and_someone_still_after_a_crash(text: str, reason: str,
                                                                                          emergency: bool) -> None:
    assert reason in find_reasons(text)
    assert names_emergency(text) is emergency


@pytest.mark.parametrize(("text", "reason"), [
    ("my driver isn't moving on the map, been 10 mins", "safety"),
    ("my son took his tablets with your juice, is that ok?", "safety"),
    ("I took my tablets late today", "safety"),
    ("my car's been declared a write-off after the crash. do I still get a courtesy car?", "outage"),
    ("overdose of emails from you lol", "safety"),
    # a review's look-alikes (fifteenth session)
    ("I cancelled by accident and now my driver isn't moving, can I rebook?", "safety"),
    ("The app crashed and my driver's not moving on the map", "safety"),
    ("The courier knocked over my bins and the driver isn't responding to my texts", "safety"),
    ("Our kid chewed the remote and now the batteries won't stay in", "safety"),
    ("My kid drank all the orange juice and ate my chocolate, meds delivery when?", "safety"),
    ("My daughter swallowed her tablets fine today", "safety"),
    ("a child could easily have eaten these tablets", "safety"),
    ("Overdosed on your pumpkin spice lattes haha", "safety"),
    ("just been in a crash on the A34", "outage"),
])
def test_fifteenth_session_look_alikes_do_not_fire(text: str, reason: str) -> None:
    assert reason not in find_reasons(text)


@pytest.mark.parametrize(("text", "reason"), [
    ("Your app has a crash every time I open the camera", "outage"),  # a crash is still an app's
    ("Since the crash this morning your app won't let me log in", "outage"),
    ("Getting a crash on startup", "outage"),
])
def test_fifteenth_session_an_app_crash_is_still_an_outage(text: str, reason: str) -> None:
    assert reason in find_reasons(text)


@pytest.mark.parametrize(("text", "hardship"), [
    ("I'm on a prepay meter, I've lost my job, I've got £2 left and no gas for the heating", True),
    ("I\u2019ve lost my job and can\u2019t afford to heat the house", True),
    ("Lost my job application confirmation email", False),
    ("Sorry I lost my job reference number", False),
    ("Out of work hours, can I still call?", False),
    ("No money left on my gift card", False),
    ("can't afford to eat out at these prices", False),
])
def test_fifteenth_session_who_cannot_pay(text: str, hardship: bool) -> None:
    from model.urgency import names_hardship

    assert names_hardship(text) is hardship


@pytest.mark.parametrize(("text", "warm"), [
    ("@Phialo my insulin pens arrived warm, the ice pack had completely melted", True),
    ("my insulin came warm again", True),
    ("the pens arrived warm but they are just biros lol", False),
    ("my parcel arrived warm", False),
    ("is insulin kept cold in transit?", False),
])
def test_fifteenth_session_a_medicine_kept_cold_that_came_warm(text: str, warm: bool) -> None:
    from model.urgency import names_warm_medicine

    assert names_warm_medicine(text) is warm


@pytest.mark.parametrize(("text", "safety", "crisis", "romance"), [
    # a care lead's read (sixteenth session): a crisis of one's own, chest pains at sea, a stalker, a gas smell "a bit"
    ("honestly I don't see the point in anything anymore. deleting this app and maybe everything else too", True, True,
     ""),
    ("we're on the ferry now, my dad is 72 and has chest pains and he's all sweaty", True, False, ""),
    ("a man I unmatched knows I live on Elmfield Road. I'm scared to go home", True, False, ""),
    ("is it normal for the kitchen to smell a bit of gas when the boiler kicks in?", True, False, ""),
    ("the CO alarm is beeping and we all have headaches", True, False, ""),
    # ... and someone met online asking for money, or sent it
    ("the guy I've been talking to needs £2,000 for the release fees. can I send money through the app?", False,
     False, "ask"),
    ("I sent £4,500 to a man I met on your app. He's blocked me everywhere now", False, False, "sent"),
    # look-alikes: a joke, a hyperbole, a product's point, a date paid for, a message to a match
    ("this queue makes me want to die lol", False, False, ""),
    ("I'm going to kill myself if this update doesn't come", False, False, ""),
    ("I don't see the point of Plus tbh, what do I get?", False, False, ""),
    ("I met my match last week and we paid £40 for dinner", False, False, ""),
    ("how do I send a message to my match?", False, False, ""),
    ("please delete my account, my photos and everything else too", False, False, ""),
    # a review's probes: someone else's crisis is no own one; a complaint's object, a negation or a joke makes a figure
    # of speech; a stroke of luck, a past stroke, a question about chest pains; a support chat, a drink paid back
    ("my son is feeling suicidal after being bullied", True, False, ""),
    ("my daughter keeps saying she wants to end it all", True, False, ""),
    ("after she left me I don't see the point in anything anymore", True, True, ""),
    ("I'm in A&E again and I feel suicidal", True, True, ""),
    ("I want to die, my flight got cancelled again", False, False, ""),
    ("I don't want to be here anymore, moving to another airline", False, False, ""),
    ("no point in carrying on with this claim", False, False, ""),
    ("I'm not suicidal but this is awful", False, False, ""),
    ("je veux mourir de rire", False, False, ""),
    ("lol I want to die", False, False, ""),
    ("had a stroke of luck and got the last seat, thanks!", False, False, ""),
    ("my dad had a stroke last year, can I book special assistance?", False, False, ""),
    ("can I travel with chest pains? flight tomorrow", False, False, ""),
    ("do you sell carbon monoxide detectors?", False, False, ""),
    ("the engineer finally turned up at my door 4 hours late", False, False, ""),
    ("the driver knows I live on the 3rd floor but leaves it at the front door", False, False, ""),
    ("the lady I've been talking to in your support chat wants £15 for the release fees on my parcel", False, False,
     ""),
    ("my match said he'd pay me back for the drinks", False, False, ""),
    ("I matched with someone on the app who asked for £50", False, False, "ask"),
    ("I sent £4,500 to a man I met on Tandemly. He's blocked me everywhere now", False, False, "sent"),
    ("I sent £40 to a guy I met on the train for the tickets", False, False, ""),
    # ... a leak through to the flat below (a blind re-grade), not a roof that leaks when it rains
    ("tengo una fuga de agua debajo del lavabo y ya está cayendo al piso de abajo", True, False, ""),
    ("the roof leaks when it rains, can someone look at it?", False, False, ""),
    # ... a second read (read36): "I don't see the point anymore"; formula watered down; a child's fever abroad
    ("I put my redundancy into crypto and it's gone. I can't tell my wife. I don't see the point anymore.", True, True,
     ""),
    ("Lost my job last month and formula is £14 a tin now. I'm watering the bottles down to make it last", True, False,
     ""),
    ("Le pouce de mon fils est tout rouge et gonflé après une piqûre, il a 39 de fièvre", True, False, ""),
    ("the app is 40 degrees hot lol", False, False, ""),
    ("is it ok to water down juice for my toddler?", False, False, ""),
    # ... and its review's probes: a customer leaving, a question about water, a fever of one's own, minced meat
    ("Third price rise this year. I don't see the point anymore. Cancelling my Plus.", False, False, ""),
    ("Quelle eau pour le biberon ?", False, False, ""),
    ("Starbucks watered down the milk in my latte", False, False, ""),
    ("I had a fever of 39 over the weekend so I missed the delivery", False, False, ""),
    ("el paquete de carne picada llegó hinchado", False, False, ""),
])
def test_sixteenth_session_a_crisis_of_ones_own_chest_pains_a_stalker_and_a_romance_scam(
        text: str, safety: bool, crisis: bool, romance: str) -> None:
    assert ("safety" in find_reasons(text)) is safety
    assert names_own_crisis(text) is crisis
    assert names_romance_scam(text) == romance


@pytest.mark.parametrize(("text", "fraud"), [
    # read36: someone in the account and the money leaving now is fraud, whatever the brand calls the account
    ("someone just got into my coinharbor and my BTC balance is dropping as i watch. what do i do", True),
    ("Someone logged into my Coinharbor account and is sending my crypto out RIGHT NOW", True),
    ("someone got into the group chat and my balance of stickers is fine lol", False),
    ("someone broke into my flat and is taking all my money", False),
    ("hackers got into my bank yesterday but it's sorted, my balance is going up again", False),
])
def test_sixteenth_session_someone_in_the_account_taking_the_money_now(text: str, fraud: bool) -> None:
    assert ("fraud" in find_reasons(text)) is fraud
    assert names_takeover(text) is fraud


@pytest.mark.parametrize(("text", "safety", "emergency", "hazard_report"), [
    # a read of a scooter-sharing app (seventeenth session, read37): a near miss is the safety team's, not an ambulance's
    ("The scooter just cut out in the middle of the road and I was nearly hit by a car. This is dangerous!", True,
     False, True),
    ("the scooter just cut out in the middle of the road and I nearly got hit by a car", True, False, True),
    ("Der E-Roller hat mitten auf der Straße einfach abgeschaltet, ich wäre fast von einem Auto erwischt worden.",
     True, False, True),
    ("ich wäre beinahe von einem Auto angefahren worden", True, False, True),
    ("the brakes failed going downhill and I nearly went under a bus. Could have been killed", True, False, True),
    ("nearly came off into traffic when the brakes went", True, False, True),
    ("el patinete se apagó en plena calle y casi me atropella un coche", True, False, True),
    ("Por poco me atropella un coche", True, False, True),
    ("Une voiture a failli me renverser", True, False, True),
    ("per poco non mi investiva una macchina", True, False, True),
    ("Um carro quase me atropelou", True, False, True),
    ("I was hit by a car on your scooter and my leg is bleeding", True, True, False),
    # look-alikes: idioms, and no vehicle or road (the review of the mends)
    ("the app almost crashed on me twice today", False, False, False),
    ("nearly hit 1000 rides this year, love it", False, False, False),
    ("Casi me muero de la risa con vuestro anuncio", False, False, False),
    ("J'ai failli mourir de rire", False, False, False),
    ("Ich bin fast gestorben vor Lachen", False, False, False),
    ("Quase morri de susto com a fatura", False, False, False),
    ("could have been killed with kindness. Thanks Sam!", False, False, False),
    ("We were nearly thrown off the flight because your app lost our booking", False, False, False),
    ("Ich hätte den Zug fast erwischt, aber er fuhr ab", False, False, False),
])
def test_seventeenth_session_a_near_miss(text: str, safety: bool, emergency: bool, hazard_report: bool) -> None:
    assert ("safety" in find_reasons(text)) is safety
    assert names_emergency(text) is emergency
    assert names_hazard_report(text) is hazard_report


@pytest.mark.parametrize(("text", "pet"), [
    ("HELP my lab just ate a whole bar of 70% dark chocolate maybe 20 min ago, what do I do", "lab"),
    ("my staffie has eaten most of a packet of ibuprofen off the side", "staffie"),
    ("my cat is vomiting blood since this morning", "cat"),
    ("I'm at the vets and they've turned us away, my dog just ate rat poison", "dog"),
    # look-alikes
    ("my lab results came back, can you check them?", None),
    ("my dog loves the chocolate-flavoured chews you sell", None),
    ("my dog is in pain from his arthritis, can I get a repeat prescription of his metacam?", None),
    ("our lab is in agony waiting for the reagents", None),
    ("My puppy has been eating well since I started giving him his tablets, can I order more?", None),
])
def test_seventeenth_session_an_animal_in_danger(text: str, pet: str | None) -> None:
    assert pet_in_danger(text) == pet


def test_seventeenth_session_a_dose_many_times_too_strong_given_to_an_animal_or_a_person() -> None:
    text = ("your vet gave my cat a 10x dose of metacam, the syringe label was wrong. she's been vomiting blood all "
            "night. I'm at the emergency vet now.")
    assert "safety" in find_reasons(text) and names_wrong_medicine(text)
    assert names_dosed_animal(text) and names_pet_in_care(text) and not names_in_care(text)
    assert names_dosed_animal("our vet gave Bella a 10x dose of metacam, she's vomiting blood")
    assert names_wrong_medicine("the pharmacist gave me double the dose by mistake, the label was wrong")
    # look-alikes: a dose prescribed, a person's medicine, a vet's that turned them away, a person at the vet's
    assert not names_wrong_medicine("my GP prescribed me double the dose this month, will my prescription price change?")
    assert not names_wrong_medicine("My consultant prescribed twice the dose, is that ok with my other tablets?")
    person = "You gave me 20mg instead of 10mg of my blood pressure tablets, I already told your pharmacist in my chat"
    assert names_wrong_medicine(person) and not names_dosed_animal(person)
    assert not names_pet_in_care("I'm at the vets and they've turned us away, my dog just ate rat poison")
    bitten = "I'm at the vet's in Leeds and my husband has just been bitten by a dog in your waiting room, he's bleeding"
    assert names_emergency(bitten) and not names_in_care(bitten)


@pytest.mark.parametrize(("text", "crisis"), [
    ("I spent my rent money on these tickets and the event got cancelled and I still haven't got it back. I don't "
     "know what to do anymore, I can't keep going like this", True),
    # look-alikes: no loss named, no second word of despair (the review of the mends)
    ("Can't pay my rent because my salary is stuck in your bank. I can't go on like this, sort it out!", False),
    ("I can't keep going like this, the wifi drops every evening", False),
    ("I spent my rent money on these tickets, can I get a refund for the cancelled show?", False),
])
def test_seventeenth_session_cant_keep_going_beside_a_loss(text: str, crisis: bool) -> None:
    assert names_own_crisis(text) is crisis


@pytest.mark.parametrize(("text", "sent"), [
    ("You put my dog Rosie to sleep on Friday and today I got a text from you saying she's due her booster and to book "
     "now. I can't stop crying.", True),
    ("My husband passed away in March and you keep sending letters addressed to him.", True),
    # look-alikes: the letter they needed, no message at all, no death
    ("My mum passed away last month. I got a letter from you asking for the death certificate, where do I send it?",
     False),
    ("My dad passed away and I need to close his account", False),
    ("I got a reminder that my cat is due her booster, can I book online?", False),
])
def test_seventeenth_session_a_reminder_sent_after_a_death(text: str, sent: bool) -> None:
    assert names_sent_after_loss(text) is sent


@pytest.mark.parametrize(("text", "safety", "emergency", "swallowed", "hazard_report"), [
    # a read of a mobility-aids supplier, a gym chain and a toy maker (seventeenth session, read38)
    ("URGENT my 84 year old dad is STUCK on his stairlift halfway up the stairs, it just stopped and won't move either "
     "way. He can't get off.", True, True, False, False),
    ("HELP the battery cover on the Talking Tractor came off and I can only find 2 of the 3 batteries. My 2 year old "
     "was playing with it alone. Could he have swallowed one??", True, True, True, False),
    ("The eyes came off the Cuddly Fox after one wash and my 14-month-old had one in her mouth when I found her. She's "
     "OK but I'm shaking.", True, False, False, True),
    ("A guy at the Leeds club keeps following me around the women's area and filming me on his phone.", True, False,
     False, False),
    ("My mum's stuck on the stairlift halfway up and can't get down, she's crying", True, True, False, False),
    ("I'm trapped in lift 3 at your store right now", True, True, False, False),
    ("A bead came loose from the rattle and she had it in her mouth, my baby is 8 months", True, False, False, True),
    # look-alikes (the review of the mends)
    ("the stairlift stopped working last week, when can you fix it?", False, False, False, False),
    ("my stairlift is stuck at the top, can an engineer come tomorrow?", False, False, False, False),
    ("I'm stuck on which stairlift model to buy, can you advise?", False, False, False, False),
    ("was stuck in the lift at your Leeds store for 10 minutes last week", False, False, False, False),
    ("I'm still stuck with the hoist you sent me, wrong size, need a return label", False, False, False, False),
    ("We're stuck waiting for a stairlift engineer since Monday", False, False, False, False),
    ("the button came off my coat after one wash", False, False, False, False),
    ("Wheel came off the buggy again. Choking on the price of replacements tbh", False, False, False, False),
    ("Stuffing came out of the dog toy, he swallowed some", False, False, False, False),
    ("my son could have swallowed the small parts in this toy, disgraceful labelling", False, False, False, False),
    ("My son took the batteries out of the remote again, did he swallow them? no lol they were under the sofa", False,
     False, False, False),
    ("The staff member at the till was lovely and followed my daughter around the shop to help her find the size",
     False, False, False, False),
    ("Someone on your social media team keeps following me around on twitter and liking my posts haha", False, False,
     False, False),
])
def test_seventeenth_session_someone_stuck_a_battery_a_part_in_a_mouth_and_someone_followed(
        text: str, safety: bool, emergency: bool, swallowed: bool, hazard_report: bool) -> None:
    assert ("safety" in find_reasons(text)) is safety
    assert names_emergency(text) is emergency
    assert names_swallowed(text) is swallowed
    assert names_hazard_report(text) is hazard_report


@pytest.mark.parametrize(("text", "posing"), [
    ("Hello, I'm 79 and a man rang saying he was from StrideAble and that my stairlift needs an urgent safety upgrade "
     "for £450. He's coming round tomorrow at 10 to take payment by card. Is this right?", True),
    ("There's an account called @StrideAble_Support DMing people asking them to 'verify' their order with their card "
     "details. Is that you?", True),
    ("Saw a Facebook post saying Tumbletot are giving away 500 free play kitchens, you just pay £2.95 postage with your "
     "card. Is this real?? Looks amazing", True),
    ("Got a call from someone claiming to be from Gigly, asked for my card number and the 3 digits on the back. Was that "
     "you?", True),
    # look-alikes: no payment asked, no one posing as the brand, the brand's own engineer, line or competition
    ("someone from your team called saying my order is delayed, is that real?", False),
    ("I paid £20 for postage, is this right?", False),
    ("is this giveaway real? I won a prize on your page", False),
    ("I entered your competition and paid £5 for the ticket but never heard back, is this right?", False),
    ("The engineer said he was from your company and took payment by card. Is it right he charged £90?", False),
    ("I called your number and the lady said she was from billing, £45, is that right? My bill says £40", False),
    ("is this competition legit? Entry is free, £1000 prize", False),
])
def test_seventeenth_session_someone_posing_as_the_brand_asks_for_money(text: str, posing: bool) -> None:
    assert bool(names_impersonation(text)) is posing


def test_seventeenth_session_someone_who_already_paid_an_impostor_hears_of_their_bank() -> None:
    assert names_impersonation("A man came round saying he was from StrideAble and I've already paid him £450 by card. "
                               "Is this right?") == "paid"


@pytest.mark.parametrize(("text", "fired"), [
    # a read of a dating app, a dental chain and a removals firm (eighteenth session, read39)
    ("@AmbleApp met someone off your app tonight and he followed me home. he's outside my flat now banging on the door "
     "and won't go. i dont know what to do", {"assault_now", "threat"}),
    ("@Packwell just got to my unit and the padlock's been cut and theres a bloke INSIDE my unit going through my boxes. "
     "hes still in there. what do i do", {"assault_now"}),
    ("There's someone in my house right now, I can hear them downstairs", {"assault_now"}),
    ("my face has swollen up so much since my root canal on monday that my left eye is nearly shut and it hurts to "
     "swallow. practice is closed", {"emergency", "face_swelling"}),
    ("It's been 5 days. He's still on the app and now he's messaging my friend asking about me. He knows where I work.",
     {"threat"}),
    ("Been talking to a lovely man on Amble for 3 weeks, he's an engineer on an oil rig. He needs £1,200 for customs "
     "fees so he can come home and meet me.", {"romance"}),
    ("got a text from 'Amble Security' saying my account will be deleted in 24hrs unless I verify my card at "
     "amble-verify-login.com ... legit or not??", {"phishing"}),
    ("Got a WhatsApp from 'Packwell Removals' saying my move is confirmed but I need to pay the £400 deposit by bank "
     "transfer TODAY to a new account or I lose the slot. Is this real?", {"impersonation"}),
    # look-alikes: someone at home who is no stranger, a courier gone, a swollen face alone, an idiom, a support line
    ("someone in my house keeps stealing my charger what do i do", set()),
    ("the driver was outside my flat shouting my name and then left", set()),
    ("he's at the door now, the courier, left the parcel", set()),
    ("my cheek is a bit swollen after the filling, is that normal?", set()),
    ("my face swelled up after the facial, hard to swallow that price too", set()),
    ("been talking to a man on your support line, he asked for a £20 fee to release my parcel", set()),
    ("I want to move my subscription to a new account, is this right £5?", set()),
])
def test_eighteenth_session_someone_at_the_door_an_intruder_a_swollen_face_and_three_scams(text: str, fired: set) -> None:
    from model.urgency import names_face_swelling, names_phishing, names_threat

    got = {"assault_now": names_assault_now(text), "threat": names_threat(text), "emergency": names_emergency(text),
           "face_swelling": names_face_swelling(text), "romance": bool(names_romance_scam(text)),
           "phishing": names_phishing(text), "impersonation": bool(names_impersonation(text))}
    assert {k for k, v in got.items() if v} == fired
    if fired & {"assault_now", "threat", "emergency"}:  # a danger to the writer now is safety: "critical" at least
        assert "safety" in find_reasons(text) and floor(text) == "critical"


def test_eighteenth_session_an_heirloom_of_one_who_died_is_no_bereavement() -> None:
    assert "bereavement" not in find_reasons("your men smashed my late grandmother's antique mirror during the move")
    assert "bereavement" in find_reasons("I need to close my late husband's account, who do I speak to?")
    assert "bereavement" in find_reasons("my late mum's phone contract is still being charged")


@pytest.mark.parametrize(("text", "situation", "fires"), [
    # the review of the read39 mends (eighteenth session): other wordings of the situations, then look-alikes
    ("he's been outside my door for an hour and he won't stop knocking, I'm so scared",
     "door", True),
    ("the man I met on Amble is standing outside my house right now and won't leave, he keeps ringing the bell",
     "door", True),
    ("Someone's in my storage unit right now, the lock's been cut and I can hear them inside",
     "intruder", True),
    ("My face has blown up since the extraction, I can barely open my left eye and I can't swallow properly",
     "swelling", True),
    ("A guy I unmatched keeps turning up at my gym and my work, he's made new accounts to message me",
     "stalked", True),
    ("he's been following me on my way home from work for three days",
     "stalked", True),
    ("My mum has been chatting to a doctor in Syria on Amble and is about to transfer him £5,000 tonight",
     "romance", True),
    ("Been messaging a gorgeous guy on here, he asked me to invest in his crypto platform, already put in £2k",
     "romance", True),
    ("Email from Packwell saying your bank details have changed and to pay the £650 balance to a new sort code. Is this right?",
     "posing", True),
    ("Text from Packwell: pay your deposit to our updated account details today. Scam or real?",
     "posing", True),
    ("got a text saying my Amble Gold payment failed and to update my card at amble-billing.net, is this you?",
     "phishing", True),
    ("email from 'Amble Trust Team' says I must confirm my identity within 24h via a link or lose my account. Real?",
     "phishing", True),
    ("Your driver rang to say he's outside my house but won't leave the parcel without a signature. I'm at work!",
     "door", False),
    ("He's at my door now banging, finally! The plumber you sent turned up 3 hours late",
     "door", False),
    ("Someone is at the door banging — it's the Packwell crew, 4 hours early, I'm not even packed!",
     "door", False),
    ("someone is at the door trying to get in - it's my husband, he forgot his keys because your app key failed",
     "door", False),
    ("There's a man in my house right now fixing the boiler, your engineer is brilliant 👍",
     "intruder", False),
    ("There's a bloke in my unit right now, it's the Packwell guy helping me move boxes, legend",
     "intruder", False),
    ("My cheek swelled up a bit after the filling, fine now. What's hard to swallow is the £90 bill.",
     "swelling", False),
    ("Thanks for the emergency slot! Face was swollen, eye nearly shut, all sorted now with antibiotics",
     "swelling", False),
    ("Cheek swollen after the anaesthetic, normal? It's not painful to swallow or anything",
     "swelling", False),
    ("My cat's face is swollen on one side and she can't swallow her food, should I bring her in?",
     "swelling", False),
    ("They know I work from home so why did the driver leave a card saying nobody was in?",
     "stalked", False),
    ("I matched with a girl and she asked my friend about me 😍 best app ever",
     "stalked", False),
    ("They followed us home with the van so we didn't get lost, lovely crew",
     "stalked", False),
    ("I was talking to a lady on Tuesday at your store, she said I need to pay £40 for the repair. Is that right?",
     "romance", False),
    ("Talking to a nice man on reception, he wants £65 for an emergency slot. Is that right?",
     "romance", False),
    ("Got an email from \"Customer Services\" saying my refund is £12.50 — is this right? I paid £40",
     "posing", False),
    ("I transferred £200 into the new account I opened with you last week and it still shows £0, is that right?",
     "posing", False),
    ("Received a text from \"Brightside Dental\" reminding me my check-up is £26.80 — is that right? I thought NHS was free",
     "posing", False),
    ("Got a text with a tracking link saying DELIVERED. Delivered where?? Is your tracking real or not",
     "phishing", False),
    ("Your email says my account is suspended for non-payment. I paid on the 3rd! Is the suspension real or not?",
     "phishing", False),
    ("I can't use the phone line because I'm deaf, can I book by email or chat?",
     "humiliated", False),
    ("Is there step-free access? I need a ramp because of my wheelchair",
     "humiliated", False),
    ("Since I transitioned my name change went through in 2 days, thank you for making it so easy!",
     "humiliated", False),
    ("I used to be so ashamed of my teeth, now I can't stop smiling. Thank you Brightside!",
     "ashamed", False),
    ("Tired of being judged by your receptionist for my tattoos. She rolled her eyes at me.",
     "ashamed", False),
    ("Are the photo competition entries being judged today? Can't wait!",
     "ashamed", False),
])
def test_eighteenth_session_the_reviewed_situations_and_their_look_alikes(text: str, situation: str, fires: bool) -> None:
    from model.register import Style, humiliated
    from model.urgency import names_door_now, names_face_swelling, names_intruder_now, names_phishing, names_threat

    read = {"door": names_door_now, "intruder": names_intruder_now, "swelling": names_face_swelling,
            "stalked": names_threat, "romance": lambda t: bool(names_romance_scam(t)),
            "posing": lambda t: bool(names_impersonation(t)), "phishing": names_phishing, "humiliated": humiliated,
            "ashamed": lambda t: Style(post_text=t).ashamed}[situation]
    assert bool(read(text)) is fires


def test_eighteenth_session_a_fresh_loss_beside_an_heirloom_is_still_a_bereavement_and_a_day_done_no_deadline() -> None:
    assert "bereavement" in find_reasons("You lost my late husband's watch in storage. He only died last month.")
    assert "bereavement" in find_reasons("Your courier lost my late mum's wedding ring. It's all I had of her.")
    assert "deadline_today" not in find_reasons("Train cancelled again, got to work at 10am, an hour late")
    assert "deadline_today" not in find_reasons("You told me I have to ring back at 9am. I did. Nobody answered.")


@pytest.mark.parametrize(("text", "situation", "fires"), [
    # a blind re-grade on 30 fresh posts for the read39 brands (eighteenth session): other wordings again
    ("@AmbleApp the guy i went for one drink with on friday is outside my building right now. i never told him where i "
     "live. hes been buzzing my flat for 20 mins and just messaged 'i can see your light on'. im on my own", "door", True),
    ("@Packwell it's 2am and someone is trying the back door handle. your crew had our spare keys yesterday and now the "
     "box they were in is 'missing'. i'm upstairs with the kids.", "door", True),
    ("my date from amble got on the same night bus as me even though he lives the other way. he's sat 2 rows behind me "
     "and keeps texting 'look up'. i told him i wanted to go home alone. what do i do", "followed", True),
    ("had a filling about an hour ago and now my lips and tongue are swelling up, theres a rash all down my neck and my "
     "throat feels tight", "allergy", True),
    ("i was sexually assaulted by someone i met on amble in march. i never told anyone or reported it.", "assault", True),
    ("I've sent a man I met on Amble nearly £4,000 over the last six weeks for his daughter's operation in Ghana.",
     "romance_sent", True),
    ("Got an email from 'Brightside Dental Billing' saying I'm owed £73.50, I just have to put my card details in at "
     "brightside-refunds-uk.com to get it. is this actually you?", "phishing", True),
    ("Got an email yesterday from Packwell accounts saying your bank details had changed and to pay the £1,150 balance "
     "to a new account. I paid it last night. Today your office says they never sent it??", "paid_impostor", True),
    ("someone said they were from the Trust team and I sent them the 6 digit code 🤦 now I can't log in and my email's "
     "been changed. Help", "takeover", True),
    ("the second I mentioned I wear hijab he sent me paragraphs of racist abuse. So that's allowed on your app then?",
     "humiliated", True),
    ("Your crew leader said he 'doesn't do jobs for people like you two' when he realised my husband and I are a couple",
     "humiliated", True),
    # look-alikes
    ("my mate got on the same bus as me lol what do i do with this ticket", "followed", False),
    ("a guy got on the same train as me with a massive dog, is that allowed? what do i do", "followed", False),
    ("he's sat behind me on the plane kicking my seat, what do i do?", "followed", False),
    ("someone was banging on my door at 7am wanting a signature for your parcel", "door", False),
    ("it's 3am and my neighbour is banging on my door about your van blocking the drive", "door", False),
    ("he sent me a racist meme as a joke lol, anyway where's my parcel", "humiliated", False),
    ("Buongiorno, mio figlio ha 7 anni e ha un dentino da latte che si muove e ogni tanto sanguina un po' quando mangia.",
     "emergency", False),
])
def test_eighteenth_session_the_re_grade_s_wordings_and_look_alikes(text: str, situation: str, fires: bool) -> None:
    from model.register import humiliated
    from model.urgency import (
        names_allergy_now,
        names_door_now,
        names_followed_now,
        names_phishing,
        names_sexual_assault,
    )

    read = {"door": names_door_now, "followed": names_followed_now, "allergy": names_allergy_now,
            "assault": names_sexual_assault, "romance_sent": lambda t: names_romance_scam(t) == "sent",
            "phishing": names_phishing, "paid_impostor": lambda t: names_impersonation(t) == "paid",
            "takeover": names_takeover, "humiliated": humiliated, "emergency": names_emergency}[situation]
    assert bool(read(text)) is fires
    if fires and situation in ("door", "followed", "allergy"):  # a danger now: safety, critical
        assert floor(text) == "critical"


@pytest.mark.parametrize(("text", "situation", "fires"), [
    # a second blind re-grade on 30 fresh posts (eighteenth session): said without the usual words
    ("six months on amble and not one person has bothered to reply. i get it now, it's me. i've been giving my things "
     "away this week, won't need them much longer anyway", "own_crisis", True),
    ("I haven't slept properly in days, I can barely eat, and last night I honestly thought about ending things just to "
     "make the pain stop.", "own_crisis", True),
    ("I met a man from Amble on Saturday. I told him no more than once and he didn't stop. I haven't told anyone.",
     "assault", True),
    ("a guy I matched with on amble but never met is in the same Tesco as me and he's been behind me aisle after aisle. "
     "he just said my name. I'm by the tills, what do I do", "followed", True),
    ("man in the waiting room today kept holding his phone up filming me and my 12 yr old daughter, moved seats twice "
     "and he followed. told reception and they just shrugged.", "preyed", True),
    ("I have been talking to a gentleman called Richard on Amble since March. I have sent him £4,200 in total through "
     "bank transfers for his customs fees.", "romance_sent", True),
    ("got an email Friday from 'Packwell Accounts' saying your bank had changed and to pay the £1,380 balance to the new "
     "sort code. Paid it. Rang today and your office says nothing's been received??", "paid_impostor", True),
    ("got a text from 'Brightside Dental' saying i'm owed a £48 refund and to claim it with a link. filled in my card "
     "number and the 3 digits on the back before i thought about it. was that actually you??", "gave_card", True),
    ("someone messaged me on whatsapp as 'Amble Support' saying to read back a 6 digit code. i did it and now i'm logged "
     "out and my profile's asking people for gift cards. help", "takeover", True),
    # look-alikes
    ("I've been giving my old clothes away this week, do you take donations at the depot?", "own_crisis", False),
    ("thinking about ending my subscription, is there a cheaper plan?", "own_crisis", False),
    ("Rape seed oil in your crisps? I'm allergic, what do I do", "assault", False),
    ("got absolutely raped by the prices at your bar lol", "assault", False),
    ("I told him no thanks twice and the salesman didn't stop calling, can you take me off your list", "assault", False),
    ("my mate is in the same Tesco as me lol, what do I do with this voucher", "followed", False),
    ("I typed in my card number on your app and it says declined, is that you or my bank?", "gave_card", False),
])
def test_eighteenth_session_the_second_re_grade_s_wordings_and_look_alikes(text: str, situation: str, fires: bool) -> None:
    from model.urgency import names_followed_now, names_gave_card, names_phishing, names_preyed, names_sexual_assault

    read = {"own_crisis": names_own_crisis, "assault": names_sexual_assault, "followed": names_followed_now,
            "preyed": names_preyed, "romance_sent": lambda t: names_romance_scam(t) == "sent",
            "paid_impostor": lambda t: names_impersonation(t) == "paid",
            "gave_card": lambda t: names_phishing(t) and names_gave_card(t),  # (read only beside a phishing message)
            "takeover": names_takeover}[situation]
    assert bool(read(text)) is fires


def test_a_crisis_beside_an_admin_request_is_read_without_a_crash() -> None:
    """Found in the eighteenth session: "I don't see the point in anything anymore, please cancel my account" raised
    AttributeError in find_reasons (safety came from the crisis rule, read apart, and the past-injury check asked the
    safety pattern for its match): analyze and drafts failed on it since the crisis rule joined the reasons."""
    assert "safety" in find_reasons("I don't see the point in anything anymore, please cancel my account")
    assert "safety" in find_reasons("i won't be around much longer, nobody would notice. cancel my account")
    assert "safety" not in find_reasons("hurry, this sale won't be around much longer!")


@pytest.mark.parametrize(("text", "safety"), [
    # the twenty-first session's blind set, told as laypeople tell it
    ("@HearthlineGas whole ground floor stinks of gas, like really strong, my nan's upstairs", True),
    ("my husband has crushing chest pain, hes sweaty and grey and can barely talk", True),
    ("lad having a fit on the floor by the squat racks, been going a couple of mins now", True),
    ("my dads face looks wrong like one side is sliding down and he cant get his words out", True),
    ("Just got a proper jolt off my washing machine when I opened the door, arm still buzzing", True),
    ("i asked him to stop and he laughed and locked the doors. im scared", True),
    ("he is now IN my hallway. Im locked in the bathroom with my daughter. Police are on the way", True),
    ("meu filho de 2 anos ficou trancado dentro do carro no estacionamento, tá um sol de rachar", True),
    ("Mein Vater ist gerade in der Sauna bei FitWerk Dortmund-Mitte zusammengeklappt", True),
    # ... and their look-alikes
    ("room 905: AC dead, stained duvet, reeks of old cigarette smoke in a 'non-smoking' room", False),
    ("my mum will have a fit when she sees this bill", False),
    ("levei um choque quando vi a mensalidade de março, aumentaram 40%", False),
    ("what a shock the bill was this month", False),
])
def test_danger_told_plainly_is_safety(text: str, safety: bool) -> None:
    assert ("safety" in find_reasons(text)) is safety
