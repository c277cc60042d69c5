"""Build the paraphrase bank: many ways real agents say the same greeting, apology, DM request or closing.

The practice asks for "a list of many different ways to say the same thing" so replies never read as
templates. We mine it from TWCS agent replies with the rephraser's own move classifier, keep phrases that
recur across replies (so they are idiomatic) but are not near-duplicates of each other (so they vary),
drop anything personal or brand-specific, and top up the thin moves with hand-written phrases. Other
languages get a small hand-written set so the moves we add stay in the customer's language.

Run: ``python -m training.paraphrase_bank [--root ../shared/datasets]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from model.register import EMOJI
from model.rephraser import ADVICE_KEYS, BANK_PATH, swap_words
from model.reply_moves import bank_key, classify_move, clean_reply, parse_reply

TWCS = "twcs_customer_support_on_twitter"
REPLY_FILES = (f"{TWCS}/brand_outbound_replies_sophie_x31/*.csv", f"{TWCS}/DERIVED_inbound_reply_pairs.csv")
KEYS = ("greeting", "empathy", "acknowledgement", "thanks", "thanks_contact", "thanks_info", "thanks_patience",
        "thanks_feedback", "request_dm", "request_phone", "request_email", "next_step_us", "next_step_you",
        "closing", "closing_glad", "offer_help", "protect_pii", "sorry_wait", "sorry_chase", "concern", "concern_you",
        "condolence",
        "press_office", "pass_on", "escalate", *ADVICE_KEYS)
MAX_PER_KEY = 60
MIN_COUNT = 2  # a phrase must recur in at least two replies to count as idiomatic ...
MIN_BRANDS = 2  # ... and be used by two brands, or it is one brand's house style ("fry fanatic") ...
COMMON = 8  # ... unless one brand's agents use it this often
SIMILAR = 0.7  # token-set Jaccard above which two phrases are the same phrasing
WORDS = {"greeting": (1, 6), "thanks": (1, 25)}  # other keys: 3-25 words

# Words that tie a phrase to one brand, product or channel: such phrases cannot be reused anywhere.
_SPECIFIC = re.compile(
    r"\b(?:backstage|hood|spotify|apple|iphone|ipad|mac|itunes|music|playlists?|songs?|albums?|artists?|premium|"
    r"nike|walmart|mcdonald\w*|airasia|rbc|flights?|booking|battery|storage|updat\w*|devices?|apps?|accounts?|"
    r"orders?|stores?|menu|burgers?|fries|restaurant|bank\w*|cards?|guests?|ios|deliver\w*|parcels?|refunds?|"
    r"tweet\w*|twitter|game|team|colleagues?|department|volume|queries|currently|today|tonight|tomorrow|weekend)\b",
    re.I)
# ... and words that tie it to one moment of a conversation, per key (an opener must not apologise for a
# late answer; a DM request must not point to a link that is not there).
_SITUATIONAL = {
    "empathy": re.compile(r"\b(?:delay\w*|late|wait\w*|slow|response|reply|replies|respond\w*|again|"
                          r"feel (?:that|this) way|scare\w*|confus\w*|mean to|as you|issues? persists?|travel|"
                          r"miss it|disrupt\w*|passing|confirm|make sure)\b", re.I),
    "request": re.compile(r"\b(?:link|below|above|previous|received|sent|already|back|again|results?|"
                          r"more details|response|click|here|inbox|check)\b", re.I),
    "next": re.compile(r"\b(?:following|article|steps?|test run|below|above|link|message)\b", re.I),
    "closing": re.compile(r"\b(?:lookout|feet|enjoy (?:it|the|your|updating)|issues? persists?|problem persists|"
                          r"night|evening|morning|meantime)\b", re.I),
    "greeting": re.compile(r"\b(?:again|everyone|all|dear|greetings|folks|morning|afternoon|evening)\b", re.I),
}
# Mined phrases a reviewer struck out (house style that slipped past the filters, or odd on its own).
STRUCK = frozenset({"Sorry the tenders didn't fall your way.", "We can help you to add it.",
                    "Buuuuut if you shoot us a DM, maybe we can get you the next best thing.",
                    "Thanks for reaching out to us for support.",
                    # a promise on its own: an insurer's customer read it as cover for a courtesy car (read34)
                    "We've got you covered."})
# Generic thanks must be bare: "Thanks for the video" is not a way to say "Thanks".
_BARE_THANKS = re.compile(r"^(?:thanks|thank you|many thanks|cheers|much appreciated|we appreciate it|"
                          r"thanks a lot|thanks so much|thank you (?:so|very) much)[.!]$", re.I)
_FOREIGN = re.compile(r"[^\x00-\x7f]|\b(?:gracias|hola|ola|por|obrigad\w*|merci|danke)\b", re.I)
_NAME_IN_GREETING = re.compile(r"^((?:hi|hey|hello|hiya|howdy|heya|dear|good \w+)\s*,?\s*)([A-Z][\w'-]+)(.*)$",
                               re.I)

# Hand-written phrases for moves that mine poorly (phone/e-mail requests, "we're on it", empathy openers
# that fit a fresh complaint). English phrases use full forms; the rephraser contracts them for casual
# customers.
SEEDS: dict[str, list[str]] = {
    "greeting": ["Hi {name}, nice to hear from you.", "Hey {name}, good to hear from you!",
    "Hello and welcome, {name}.",
                 "Good day, {name}.", "Hiya {name}!", "Hiya!", "Hi {name}!",
                 "Hey {name}!", "Hello {name}.", "Hi there, {name}!", "Hey there, {name}!",
                 "Hi {name}.", "Hello there, {name}!", "Good to hear from you, {name}.", "Hi there!",
                 "Hello!", "Hey there!", "Hi!", "Hello there."],
    "empathy": ["We are so sorry for the trouble this caused.", "That sounds really frustrating, and we are sorry.",
                "We are sorry, that is not the experience we want you to have.",
                "We understand how frustrating this must be.", "We are really sorry to hear about this.",
                "That is not okay, and we are sorry you are dealing with it.",
                "We completely understand why you are upset.", "We hate to hear this happened.",
                "Sorry about this, we know how annoying it is.", "We can imagine how frustrating this is.",
                "We are sorry you have had to deal with this.", "Thank you for telling us, and we are so sorry.",
                "We get why this is frustrating, and we are sorry."],
    "acknowledgement": ["We hear you, and we are on it.", "You have been heard, and we are looking into it now.",
                        "We are on it.", "We have got this, and we will keep you updated.",
                        "We are looking into this right now.", "We have picked this up and we are on it.",
                        "We are on the case.", "Leave this with us, we are on it.",
                        "We are here, and we are working on this for you.",
                        "We have flagged this and we are on it.", "We are here to help with this."],
    "thanks": ["Thanks!", "Thank you!", "Thanks so much!", "Many thanks.", "Thank you so much.",
               "Thanks a lot!", "Much appreciated!"],
    "thanks_contact": ["Thanks for reaching out.", "Thank you for getting in touch.", "Thanks for letting us know.",
                       "Thanks for flagging this with us.", "Thank you for bringing this to our attention.",
                       "Thanks for contacting us about this.",
                       # a plain question: the stock "thanks for reaching out" is left out as canned, and "Thanks
                       # for asking!" alone opened every answer to a question
                       "Thanks for the question!", "Thanks for the question.",
                       "Thanks for the quick question."],
    "thanks_info": ["Thanks for the info.", "Thank you for the details.", "Thanks for clarifying.",
                    "Thanks for confirming that.", "Thanks for checking.", "Thank you for the extra details."],
    "thanks_patience": ["Thanks for your patience.", "Thank you for bearing with us.",
                        "Thanks for hanging in there with us.", "We appreciate your patience."],
    # praise naming a member of staff ("Massive thank you to Raj at Huddersfield station"): passed on by name
    "pass_on": ["We'll make sure {staff} hears this.", "We'll pass this on to {staff} and the team.", "{staff} will be so pleased to hear this: we'll pass it on.", "We'll share this with {staff} right away."],
    "thanks_feedback": ["Thanks for the feedback.", "We appreciate the feedback.",
                        "Thanks for sharing this with us.",
                        "Thank you for the kind words.", "We really appreciate you sharing this."],
    # praise, heartfelt or not: warm thanks, never "Thanks for the suggestion." nor "Thanks for sharing your thoughts." (read39)
    "thanks_praise": ["Thanks so much for the kind words!", "Thank you for the kind words, they made our day!", "Thanks for the love!", "Thank you so much, we really appreciate the love!", "Thank you for the shout-out, we really appreciate you taking the time!"],
    "request_dm": ["Send us a DM and we will take it from there.", "Let us continue this in DM.",
                   "Please send us a DM so we can look into this together.",
                   "Meet us in DM and we will sort this out.", "Drop us a DM and we will pick it up there.",
                   "Could you send us a DM so we can dig into this privately?",
                   "Let us take this to DM so we can look into it properly.",
                   "A quick DM to us and we will get started."],
    "request_phone": ["Please send us a DM with the best number and time to reach you, and we will give you a call.",
                      "This is easier to sort out by phone: DM us the best number to reach you and we will call.",
                      "Could you DM us a number we can reach you on? We will give you a call.",
                      "Let us talk this through by phone: send us a DM with a good time to call you.",
                      "We would like to call you about this: please DM us the best number to reach you.",
                      "Please DM us your preferred contact number and we will ring you.",
                      "A quick call will be easiest: send us a DM with a number and a good time to call.",
                      "If you DM us a good number for you, we will give you a ring.",
                      "Send us your number by DM and someone from the team will call you.",
                      "We would like to talk this through with you: DM us a number and a good time to call.",
                      "Please DM us a contact number and we will call you to sort this out.",
                      "A call is the quickest way to fix this: DM us your number and a time that suits you.",
                      "DM us the best number for you and we will ring you back.",
                      "Share a contact number with us by DM and we will phone you."],
    "request_email": ["Please send us a DM with your email address and we will follow up by email.",
                      "This is best handled by email: DM us your email address and we will write to you.",
                      "Could you DM us the email address we can reach you at? We will follow up there.",
                      "Let us pick this up by email: please DM us your email address.",
                      "We will follow up by email: send us a DM with the best address to reach you.",
                      "Please share your email address with us in DM and we will write to you there."],
    "next_step_us": ["We will keep you posted.", "We will update you once we hear more.", "Leave it with us.",
                     "We will dig into this.", "We will check on this for you.", "We will look into it for you.",
                     "We will take a look.", "We will look into this.", "We will get back to you.",
                     "We will see what we can do.", "We will be in touch soon.", "We will take it from there.",
                     "We will follow up with you."],
    "next_step_you": ["Tell us how it goes.", "Let us know the outcome.", "Do let us know how that goes.",
                      "Give that a try and let us know.", "Let us know what you find.",
                      "Tell us if anything changes.", "Report back when you can.", "Keep us posted.",
                      "Let us know how it goes.", "Let us know if that helps.",
                      "Let us know how you get on.", "Keep us in the loop.", "Let us know if that does the trick."],
    # ("please delete that post": three care leads' reads asked for it beside the warning)
    "protect_pii": ["For your security, please delete that post: don't share personal details in public posts.",
                    "Please delete that post straight away and keep personal details out of public ones: they get copied.",
                    "For your privacy, please delete that post; it's best not to post account or contact details "
                    "publicly.",
                    "To keep your details safe, please delete that post and don't post them here.",
                    "Please delete that post: don't post personal details here."],
    # a post naming a danger (gas, fire, smoke, sparks, an injury): safety first, before any "we'll look into it"
    # someone hurt or unwell now (a reaction, a crash, bleeding): the emergency services before anything else
    # plainly, never "if anyone is hurt": the post said someone is (read39's re-grade: "if anyone is struggling to
    # breathe" to a man bleeding for 12 hours on warfarin)
    "emergency_advice": ["Please call the emergency services right now and tell them exactly what's happening.",
                         "Please call the emergency services now: they can get help to you quickly.",
                         "Please don't wait: call the emergency services straight away."],
    # a swollen face closing an eye or making it hard to swallow (a spreading infection): urgent care tonight, not "if anyone is struggling to breathe" (read39)
    "swelling_advice": ["Swelling that is closing an eye or making it hard to swallow needs urgent care: please go to your nearest emergency department now, or call the emergency services if your breathing is affected.", "Please don't wait: swelling like this, with an eye closing or trouble swallowing, needs urgent care now. Go to your nearest emergency department, or call the emergency services if breathing gets hard."],
    # lips, tongue or throat swelling, a reaction now ("my lips and tongue are swelling up ... my throat feels tight"): the emergency services now, plainly, and the adrenaline pen (read39's re-grade)
    "allergy_advice": ["Please call the emergency services now: lips, tongue or throat swelling can be a serious allergic reaction. Use your adrenaline pen if you have one.", "Please don't wait: call the emergency services now, as lips, tongue or throat swelling can be a serious allergic reaction. Use an adrenaline pen if you have one."],
    # ... and in the air, where the cabin crew are the emergency service
    "emergency_advice_onboard": ["Please alert the cabin crew straight away if you haven't already: they are trained for "
                                 "this and can call for medical help.",
                                 "Please press the call button and tell the cabin crew right away: they are trained to "
                                 "help and can ask for a doctor on board.", "Please tell the nearest member of the crew or the information desk straight away: they are trained for this and can call for medical help."],
    # "got a text with a link, is this you?": the answer first
    "phishing_advice": ["Please don't click the link or reply with any details: we'll never ask for your PIN, password or a code by text or email.", "Thanks for checking with us. Please don't tap the link or share any details: we never ask for a PIN, password or code that way.", "That isn't us: we'll never ask you to pay a fee or send money or crypto to verify or unlock your account. Please don't send anything, and block and report them."],
    # threatened, harassed or sent sexual messages by another person: what to do now
    "report_advice": ["If you feel unsafe, please contact the police. Keep the messages, and block and report the account so our safety team can act on it.", "Please keep the messages as evidence, block and report the account, and contact the police if anyone is at risk.", "If you feel in danger, please call the police or the emergency services now. Keep the messages, and block and report the account so our safety team can act."],
    # a sexual assault told of ("i was sexually assaulted by someone i met on amble ... he's back on the app"): belief and support first, never a ticket (read39's re-grade)
    "assault_support": ["We're so sorry this happened to you, and thank you for telling us. None of this is your fault. A sexual assault support service can help, and you can report to the police whenever you're ready; we'll act on the account straight away.", "Thank you for trusting us with this, and we're so sorry. You're not to blame. Specialist sexual assault support services are there for you, whenever you're ready, and so are the police; we'll act on the account straight away."],
    # followed, filmed or groped by someone at our place ("keeps following me around the women's area and filming me ... reception just shrugged"): the police if in danger, and our staff on site act (read38)
    "preyed_advice": ["Nobody should be made to feel unsafe like this, and we're so sorry. If you feel in danger, please call the police; we'll make sure our team on site acts on this straight away.", "You should never be followed, filmed or touched by anyone at our sites. If you feel in danger, please call the police, and we'll make sure our team on site deals with this straight away."],
    "safety_advice": ["Your safety comes first: if you smell gas or see smoke or sparks, leave the area and call the "
                      "emergency services now.",
                      "Please put your safety first: if there is any danger, get to a safe place and call the "
                      "emergency services right away.",
                      "If you are in any danger, please leave the area and contact the emergency services now.",
                      "Safety first: please move away from the appliance and call the emergency services if you "
                      "smell gas or see smoke.",
                      "Please keep well clear of it and call the emergency services if anyone is in danger.",
                      "Please keep clear of the water and anything electrical, and only switch off at the mains if you "
                      "can do so safely; call the emergency services if anyone is in danger.", "Please get everyone out into the fresh air now and call the emergency services: a headache, dizziness or feeling sick can be carbon monoxide poisoning. Don't go back inside until the home has been checked.", "Please open the windows, get everyone outside now and call the emergency services, as carbon monoxide can make people ill without any smell; stay out until the home has been made safe."],
    # someone was hurt or is in danger (a burn, an allergic reaction, a gas smell): concern for them, not
    # "sorry for the trouble" or "we understand your frustration"
    "concern": ["We are so sorry to hear this, and we hope everyone is OK.",
                "We are so sorry, and we hope everyone is alright.",
                "We are really sorry this happened, and we hope everyone is OK.",
                "We are so sorry this happened, and we hope everyone is safe and well."],
    # someone alone in danger (at the door, followed): not "we hope everyone is OK"
    "concern_you": ["We are so sorry to hear this, and we hope you're OK.", "We are so sorry this is happening, and we hope you're safe."],
    # humiliated or treated differently for who they are ("because I'm trans ... honestly humiliating"): not "sorry for the trouble" (read39)
    "empathy_dignity": ["We're so sorry, nobody should be made to feel this way.", "We're truly sorry you've been made to feel this way, you deserve better from us.", "We're so sorry you were made to feel this way, and we'll look into this properly."],
    # ashamed of themselves, afraid of being judged ("so ashamed of my teeth ... if anyone would judge me"): reassurance, not "we get why this is frustrating" (read39)
    "reassure_shame": ["We understand how hard this is, and nobody here will judge you.", "We understand, and nobody here will judge you, whatever help you need."],
    # a shop, an airline, a pharmacy: the bank freezes the card, the customer changes the password
    # a journalist asking for comment: the press office, not a complaint
    "press_office": ["Media enquiries go to our press office: please DM us your email address and deadline, and we'll pass your request on right away.", "Our press team handles media requests. Send us a DM with your contact details and deadline, and we'll make sure they get it straight away.",
                     "For media requests our press office is the best contact: DM us your email and deadline and we'll get it to them now.",
                     "We'll put you in touch with our press office: please send us a DM with your email address and deadline."],
    # a legal threat or a matter for the legal team: taken seriously, passed to whoever handles it
    "escalate": ["We're taking this seriously and will get it to the right team straight away.", "This needs the right team's attention, and we'll make sure it gets it.",
                 "We'll put this in front of the team that handles cases like this straight away.", "We'll pass this to the right team so it's looked into properly."],
    # an account taken over: locked first, then given back (never the password)
    "takeover_advice": ["We can lock the account now so nobody else can use it: DM us the email address it was registered with and your username (never your password), and we will secure it and get you back in.",
                        "Let us lock it straight away so no one else can get in. Send us a DM with your username and the email address the account was opened with (never your password), and we will secure it and help you back in."],
    # someone took the customer's number: their bank first, then another way to reach them
    "sim_swap_advice": ["Please tell your bank straight away so they can block any payments, then DM us another number or an email address where we can reach you: we will stop the move of your number and get it back to you.",
                        "Call your bank now to protect your accounts. Then send us a DM with another way to reach you (a different number or an email), and we will block the transfer and get your number back."],
    # someone said they will take their own life: the emergency services, a report, our safety team
    "crisis_advice": ["Please call the emergency services now and tell them what you know: they can act on a threat like this. Please also report their account or message to us so our safety team can act straight away.",
                      "Please call the emergency services now if you think they are in danger, and share anything that could help find them. Reporting their account or message lets our safety team act too."],
    # no way to call for help (no signal): emergency calls use any network
    "emergency_no_signal": ["Emergency calls go through on any network that is available, even when yours shows no service: please try the emergency number again now, or use Wi-Fi calling or a neighbour's phone.",
                            "Please try the emergency number again now: emergency calls connect on any available network, even without signal from ours. Wi-Fi calling or a landline work too."],
    # broken down on a motorway: out on the side away from the traffic, behind the barrier
    "breakdown_advice": ["If you're on a motorway, please get everyone out by the doors away from the traffic and wait behind the barrier; call the emergency services if you feel in danger.", "Please get everyone out of the car on the side away from the traffic and wait behind the barrier, well back from the road, and call the emergency services if you feel unsafe.", "Your safety first: leave the car by the doors away from the traffic, wait behind the barrier with everyone, and call the emergency services if you are in danger."],
    # raw sewage where people are; a burst main flooding a road (a water company's read)
    "sewage_advice": ["Please keep everyone, especially children and pets, away from it and wash hands well after any contact; call the emergency services if anyone is unwell.", "Please keep children and pets well away from the sewage and wash hands thoroughly after any contact; if anyone feels unwell, call the emergency services."],
    "burst_main_advice": ["Please keep well clear and don't walk or drive through the water: it can hide holes, and the road can give way.", "Please stay well back and don't drive or walk through the flooding: the road underneath may be damaged."],
    # a caller posing as the bank, asking to move money to a "safe account": not us, hang up
    "scam_call_advice": ["That call wasn't from us: we will never ask you to move your money to another account. Please hang up and don't transfer anything, then call us on the number on the back of your card.", "This is a scam: we never ask anyone to move money to a 'safe account'. Please end the call now and don't move any money, then ring us on the number on the back of your card.", "That wasn't us. We will never call to ask you to move your money, so please hang up and don't transfer anything; then call us on the number on the back of your card."],
    # ... to a shop, a utility or a telecom: no payment by phone to stop a disconnection; the bank if paid
    "scam_call_advice_merchant": ["That call wasn't from us: we never ask for a bank transfer or a payment over the phone to stop a disconnection. Please don't pay anything and hang up; if you already have, call your bank now.", "This is a scam: we would never call to demand a bank transfer or gift cards. Please don't pay, end the call, and if you've already paid, ring your bank straight away.", "That wasn't us. We never phone to ask for payment by bank transfer, so please hang up and don't send anything; if you've paid already, call your bank now."],
    # a buyer or seller asking for gift cards, a code, a release fee or a trip to a cash machine (trade_scam)
    "trade_scam_advice": ["Please stop and don't send or set up anything more: a buyer or seller who asks for gift cards, a code, a fee to release the delivery or a trip to a cash machine is running a scam, whatever the story. Keep payment inside the platform, report the listing, and if you've already paid, call your bank or the gift card's issuer now.", "This is a scam: no genuine buyer or seller needs gift cards, codes or a trip to a cash machine. Please don't send anything else, report the listing, and if money or a code has already gone, tell your bank or the card's issuer straight away."],
    # a bank's customer who sent money to a scammer by transfer, Pix or Bizum (not a card)
    "transfer_scam_advice": ["Please don't send anything more: this is a scam. Call us now on the number on the back of your card so we can try to stop or recover the payment, and report it to the police.", "This is a scam, so please don't pay anything else. Ring us straight away on the number on your card: the sooner we know, the better the chance of getting the money back."],
    # the wrong medicine or strength given: no more of it before a pharmacist has checked
    "wrong_medicine_advice": ["Please don't take any more of them until you've spoken to a pharmacist, and if anyone feels unwell, call the emergency services or your doctor straight away.", "Please stop taking them for now and speak to a pharmacist before the next dose; if anyone feels unwell, call the emergency services or a doctor now.", "Please don't take another dose until a pharmacist has checked it with you, and call the emergency services or your doctor right away if anyone feels unwell.", "Please make sure no more of them are taken until a pharmacist has checked them, and call the emergency services or a doctor straight away if anyone feels unwell.", "Please put the rest aside so that no more are taken until a pharmacist has checked them; if anyone feels unwell, call the emergency services or a doctor now."],
    # a medicine that has not come and is running out: a pharmacy's emergency supply today
    "emergency_supply_advice": ["Please call us or your local pharmacy now: a pharmacist can usually give an emergency supply today. If anyone becomes unwell, call the emergency services.", "A pharmacist can usually give an emergency supply today, so please call us or your nearest pharmacy now; if anyone feels unwell, call the emergency services."],
    # a hazard reported (a fault on board, food that made someone ill, a product that hurt a child): whom it went to
    "safety_report": ["Thank you for flagging this. We're passing it to our safety team to look into straight away.", "Thanks for telling us: we're getting this to our safety team now, to look into as a priority."],
    # an animal in danger now (poison eaten, hit by a car, bleeding): a vet, now
    "pet_emergency_advice": ["Please call your vet or the nearest emergency vet right now and tell them what happened, so they're ready for you when you arrive.", "Please get them to your vet or the nearest out-of-hours emergency vet straight away, and ring ahead on the way so they can be ready."],
    # an animal that ate something it shouldn't ("should I make him sick with salt water??"): no home remedy (read37)
    "pet_home_remedy_advice": ["Please don't try to make them sick yourself: salt water and home remedies can poison them too.", "Please don't give salt water or try to make them sick at home: the vet will do what's needed."],
    # someone held, threatened or assaulted by a person beside them now: the emergency services and a safe place
    "threat_now_advice": ["Please call the emergency services right now if you're in danger, and get somewhere safe as soon as you can: your safety comes first.", "Your safety comes first: if you feel in danger, call the emergency services now and move somewhere safe and public as soon as you can."],
    # a driver who won't stop or let them out (Style.held): the emergency services and their live location
    "held_advice": ["Please call the emergency services right now, tell them where you are and share your live location with them or someone you trust. Keep your phone in your hand.", "Call the emergency services now and share your live location with them or a friend; if you can, give the operator the car's details and the road you're on."],
    # someone at their door now who won't go ("he's outside my flat now banging on the door and won't go"): the door kept locked, not "move somewhere safe and public" (read39's review)
    "door_now_advice": ["Please call the emergency services now and keep your door locked: you don't have to open the door or talk to them.", "Your safety comes first: keep your door locked and call the emergency services right now. You don't have to open the door to anyone."],
    # a stranger inside their place now ("theres a bloke INSIDE my unit ... hes still in there"): nobody confronted, the emergency services (read39's review)
    "intruder_advice": ["Please don't confront anyone: get somewhere safe and call the emergency services now. If you can't get away, lock yourself in and call them quietly.", "Your safety comes first: stay away from whoever is inside, get somewhere safe and call the emergency services right now."],
    # a child missing now: the staff on site and the emergency services
    # something swallowed (a child in the medicine, a button battery): the emergency services now, unhedged (read34)
    "poison_advice": ["Please call the emergency services now, even if they seem fine for the moment, and keep the packet with you so you can tell them what was taken and how much.", "Please call the emergency services right away, even if everything seems fine, and have the packaging to hand so you can say exactly what was swallowed."],
    # someone having a seizure now (Style.seizure): no holding down, nothing in the mouth, on their side after
    "seizure_advice": ["Please don't hold them down or put anything in their mouth: move hard things away, and once the shaking stops, lay them on their side. Call the emergency services now, especially if it lasts more than five minutes or it's their first."],
    # a burn now (Style.burn): cool running water first
    "burn_advice": ["Cool the burn under cool running water for twenty minutes straight away, and take off rings or tight clothing near it unless they're stuck; no ice, butter or creams. Call the emergency services for a large or deep burn, or one on the face, the hands or a child."],
    # help already called or on its way (Style.help_called): stay with them, call back if worse
    "help_called_advice": ["Good that help is on its way. Please stay with them until it arrives, and call the emergency services back straight away if anything gets worse, such as their breathing.", "We're glad the emergency services are on their way. Stay with them, keep them comfortable, and call the emergency services back at once if anything changes before help arrives."],
    # an allergic reaction with help on its way: lying down, a second adrenaline pen after five minutes
    "allergy_called_advice": ["Good that help is on its way. If they haven't used their adrenaline pen yet, use it now. Keep them lying down, or sitting up if that helps their breathing, and don't let them stand or walk. If there's a second pen and they're no better five minutes after the first, use it."],
    # a seizure with help on its way: no holding down, nothing in the mouth, time it, on their side after
    "seizure_called_advice": ["Good that help is on its way. Until it arrives, don't hold them down or put anything in their mouth. Move hard objects away, cushion their head, note how long it lasts, and once the shaking stops, lay them on their side."],
    # a burn with help on its way: cool running water for twenty minutes, kept warm otherwise
    "burn_called_advice": ["Good that help is on its way. Until it arrives, keep the burn under cool running water for twenty minutes. Don't use ice, butter or creams, and keep the rest of their body warm."],
    # something swallowed with help on its way: not made sick, the packet for the paramedics
    "poison_called_advice": ["Good that help is on its way. Don't try to make them sick, and keep the packet to hand so you can show the paramedics what was taken and how much."],
    # someone else at risk of suicide, the emergency services called: all they know to them; the police can ask the network for the phone's location
    "crisis_called_advice": ["You did the right thing calling the emergency services. Tell the call handler everything you know, including where the person might be and what they said or wrote. The police can ask the phone network for the phone's location directly."],
    # someone at the door, inside or threatening now, help on its way: somewhere safe, the door locked, call back if anything changes
    "safe_called_advice": ["Good that help is on its way. Please stay somewhere safe with the door locked until it arrives, and call the emergency services back straight away if anything changes."],
    # somewhere the brand has people (a numbered room or cabin, reception not answering; Style.on_site) in an emergency or a threat now: the brand sends someone
    "site_alert": ["We're alerting our team on site right now to send someone to you.", "We're asking our team on site to come to you right now."],
    # a stroke's signs now (Style.stroke): the emergency services told it may be a stroke, the time noted, nothing to eat or drink
    "stroke_advice": ["Please call the emergency services now and say you think it's a stroke: a face drooping on one side, an arm they can't lift, or slurred speech. Note the time it started, and don't give them anything to eat or drink."],
    # a stroke's signs with help on its way: the time the signs started, nothing to eat or drink
    "stroke_called_advice": ["Good that help is on its way. Note the time the signs started so you can tell the paramedics, keep them comfortable, and don't give them anything to eat or drink."],
    # an electric shock (Style.electric_shock): nobody touches them until the power is off, then the emergency services
    "shock_advice": ["Please don't touch them until the appliance is unplugged or the power is off at the fuse box. Call the emergency services straight away, even if they seem fine, as an electric shock can affect the heart."],
    # an electric shock with help on its way: nobody touches them until the power is off, their breathing watched
    "shock_called_advice": ["Good that help is on its way. Please don't touch them until the appliance is unplugged or the power is off at the fuse box, and keep an eye on their breathing until help arrives."],
    # a medicine kept cold that came warm (insulin): not used, and the customer's own supply kept going (read34)
    "cold_chain_advice": ["Please don't use the ones that arrived warm: keep using the supply you already have, and let us know how much you have left so we can get a replacement to you quickly.", "Please set aside the ones that arrived warm and don't use them; carry on with the supply you have, and tell us how much is left so we can send a replacement fast."],
    # the customer says they want to die ("I don't see the point in anything anymore"): a crisis line, warmly (read35)
    "self_crisis_advice": ["We're so sorry you're feeling like this, and you don't have to face this alone. Please talk to someone now, a friend or a crisis line such as Samaritans (free, day or night), or call the emergency services if you might act on these thoughts.", "This sounds really hard, and we're glad you said something. Please reach out to someone right now: someone you trust, a crisis line such as Samaritans at any hour, or the emergency services if you feel you might hurt yourself.", "We're really sorry things feel this way. Please don't go through this alone: call a crisis line such as Samaritans, any time of day or night, or the emergency services if you're in danger now."],
    # someone met online asks them for money ("he needs £2,000 for the release fees"): don't send it (read35)
    "romance_scam_ask": ["Please don't send any money: someone you've met online asking for money, whatever the story, is the sign of a scam. Please report the profile to us so our safety team can look into this account.", "Please don't send them anything, through the app, a bank transfer or gift cards: a request for money from someone you've met online is almost always a scam. Report the profile to us and we'll look into the account."],
    # ... or the money went ("I sent £4,500 to a man I met on the app"): not their fault; the bank now
    "romance_scam_sent": ["We're so sorry. You're not to blame: these scammers are very convincing. Please call your bank straight away, as they may be able to recover the money, and report this to the police. Don't send any more, even to someone offering to get it back.", "This isn't your fault: these people are practised at this. Please call your bank now, as the sooner they know the better the chance of getting the money back, and report this to the police and to us."],
    # a leak going through to the flat below or the electrics: the water off at the stopcock, clear of the electrics (read35)
    "leak_advice": ["Please turn the water off at the stopcock now if you can (usually under the kitchen sink), keep clear of any lights or sockets the water is reaching, and call the emergency repairs line.", "If you can, turn off the water at the stopcock straight away and stay clear of anything electrical near the leak; then call the emergency repairs line so someone can come out."],
    # a baby's formula watered down to make it last: not safe, and where to get formula today (read36)
    "diluted_feed_advice": ["Please don't add extra water to the formula: this isn't safe for your baby, even for a little while. Your health visitor, GP or a local food bank can help you get formula today.", "Please keep making the bottles up exactly as the tin says: watered-down formula isn't safe for a baby. A health visitor, your GP or a food bank can help you get formula now."],
    # a reminder or offer sent after the death ("today I got a text from you saying she's due her booster"): sorry, and no more (read37)
    "bereaved_reminder": ["We're so sorry our message reached you after your loss: we'll update our records today so no more are sent.", "We're truly sorry you received our reminder at such a painful time, and we'll make sure our records are updated so no more reach you."],
    # someone posing as the brand asks for money or card details ("a man rang saying he was from StrideAble ... coming round to take payment by card. Is this right?"): don't pay, check with us on a number they already know (read38)
    "impersonation_advice": ["Thanks for checking with us first. Please don't pay or give your card details: if you're not sure a call, message or offer is really from us, contact us on the number or website you already know, not one they gave you.", "Please don't pay anything or share your card details until you've checked with us directly, on the number or website you already know. Anyone pressing you to pay now is a warning sign, and you can report them to the police."],
    "missing_child_advice": ["Please tell the nearest member of staff straight away so everyone on site can start looking, and call the emergency services now.", "Please call the emergency services now and alert the nearest member of our team, so the whole site can help search straight away."],
    # a password or PIN posted in public: deleted and changed now
    "protect_password": ["Please delete that post and change your password straight away: once posted, anyone can read it.", "For your security, please delete that post and change your password now, as it's been seen in public.", "Please change your password right away and delete that post: passwords should never be shared, even with us."],
    "fraud_advice_merchant": ["If it was your card, please call your bank now to freeze it; if it was your account, "
                              "change your password straight away. We'll look into these payments with you.",
                              "Please call your bank now to stop the card if it was used, and change your password if "
                              "your account was. We'll check these payments with you."],
    # a death in the family ("my husband died last month, I need to close his account"): condolences first
    "condolence": ["We're so sorry for your loss.",
                   "We're very sorry for your loss, and we'll make this as simple as we can.",
                   "Please accept our condolences, we're so sorry for your loss."],
    # money taken by someone else, now: stop it first ("DM us a good time to call" is too slow)
    "fraud_advice": ["If you have not already, please freeze your card in the app and call us straight away on "
                     "the number on the back of your card.",
                     "Please call us right away on the number on the back of your card so we can stop any more "
                     "payments. You can also freeze the card in the app.",
                     "To stop any more payments, please freeze your card in the app now and call us on the number "
                     "on the back of it."],
    # the customer says this is their third message ("4th time asking"): own that before anything else
    "sorry_chase": ["Sorry you've had to chase us about this.", "I'm sorry you've had to ask more than once.",
                    "Sorry you've had to get in touch again about this.", "Apologies that you've had to ask us again."],
    # the customer wrote before and nobody answered: own the wait before anything else is said
    "sorry_wait": ["Sorry for the wait.", "Sorry to keep you waiting.", "Apologies for the slow reply.",
                   "Sorry it took us a while to get back to you.", "Thanks for waiting, and sorry it took this long."],
    "offer_help": ["How can we help?", "What can we do for you?", "How can we help you today?",
                   "What can we help you with?", "Tell us what's up and we'll help.", "What can we do for you today?"],
    "closing_glad": ["Glad to hear it!", "Glad we could help.", "Great to hear it is sorted.",
                     "So glad that worked out.", "Happy to hear that!"],
    "closing": ["Let us know if you need anything else.", "We are here if you need anything else.",
                "Reach out anytime.", "Take care.", "Have a great day!", "Hope this helps!",
                "Give us a shout if anything else comes up.", "Feel free to reach out if you have other questions.",
                "We are always here if you need us.", "Have a good one!", "All the best."],
}

# Small hand-written sets so added moves stay in the customer's language (the source's content is kept).
I18N: dict[str, dict[str, list[str]]] = {
    "es": {
        "greeting": ["¡Hola, {name}!", "Hola, {name}.", "¡Hola!", "Hola."],
        "empathy": ["Sentimos mucho las molestias.", "Lamentamos mucho lo ocurrido.",
                    "Entendemos lo frustrante que es esta situación.", "Lo sentimos de verdad."],
        "acknowledgement": ["Ya estamos en ello.", "Tomamos nota y nos ponemos con ello.",
                            "Estamos aquí para ayudarte.", "Nos ponemos con ello ahora mismo."],
        "thanks": ["¡Gracias!", "Muchas gracias.", "Gracias por escribirnos.", "Gracias por tu paciencia."],
        "thanks_contact": ["Gracias por escribirnos.", "Gracias por contactarnos.", "Gracias por avisarnos."],
        "request_dm": ["Escríbenos por mensaje directo y lo revisamos juntos.",
                       "¿Nos envías un mensaje directo para verlo en privado?",
                       "Sigamos por mensaje directo para ayudarte mejor."],
        "request_phone": ["Envíanos por mensaje directo un número de contacto y te llamamos.",
                          "Lo mejor es hablarlo por teléfono: mándanos por DM tu número y te llamamos."],
        "request_email": ["Envíanos por mensaje directo tu correo y te escribimos.",
                          "Sigamos por correo: compártenos tu dirección por mensaje directo."],
        "thanks_feedback": ["¡Gracias por tus palabras!", "Muchas gracias por compartirlo.",
                            "¡Gracias, qué alegría leer esto!"],
        "thanks_praise": ["¡Gracias por tus palabras!", "¡Gracias, qué alegría leer esto!"],
        "offer_help": ["¿En qué podemos ayudarte?", "¿Cómo podemos ayudarte?"],
        "concern": ["Lo sentimos muchísimo y esperamos que todos estéis bien.", "Lo sentimos de verdad y esperamos que todo el mundo esté bien.", "Lo sentimos muchísimo y esperamos que todos estén bien."],
        "concern_you": ["Lo sentimos muchísimo y esperamos que estés bien.", "Lo sentimos de verdad y esperamos que estés a salvo."],
        "empathy_dignity": ["Lo sentimos muchísimo, nadie debería pasar por esto."],
        "reassure_shame": ["Entendemos lo difícil que es, y aquí nadie te va a juzgar."],
        "condolence": ["Sentimos mucho tu pérdida."],
        "press_office": ["Las consultas de prensa las atiende nuestro equipo de comunicación: envíanos por mensaje directo tu correo y tu plazo y se lo pasamos enseguida."],
        "escalate": ["Nos lo tomamos en serio y lo haremos llegar de inmediato al equipo adecuado.",
                     "Esto tiene que verlo el equipo adecuado, y nos aseguraremos de que lo vea cuanto antes."],
        "takeover_advice": ["Podemos bloquear la cuenta ahora para que nadie más la use: envíanos por mensaje directo el correo con el que se registró y tu usuario (nunca tu contraseña), y la aseguraremos y te ayudaremos a recuperarla."],
        "sim_swap_advice": ["Avisa ya a tu banco para que bloquee cualquier pago y envíanos por mensaje directo otro número o un correo donde localizarte: frenaremos el cambio de tu número y te lo devolveremos."],
        "crisis_advice": ["Si crees que esa persona está en peligro inmediato, llama ahora a los servicios de emergencia y cuéntales lo que sepas. Denuncia también su cuenta o mensaje para que nuestro equipo de seguridad actúe de inmediato."],
        "emergency_no_signal": ["Las llamadas de emergencia funcionan con cualquier red disponible aunque la tuya no tenga cobertura: vuelve a marcar ahora el número de emergencias, o usa la llamada por wifi o el teléfono de un vecino."],
        # broken down on a motorway: out on the side away from the traffic, behind the barrier
        "breakdown_advice": ["Por vuestra seguridad, salid del coche por el lado contrario al tráfico y esperad detrás de la barrera; si estáis en peligro, llamad a emergencias.", "Por su seguridad, bajen del auto por el lado contrario al tráfico y esperen detrás de la barrera de contención; si están en peligro, llamen a emergencias."],
        # raw sewage where people are; a burst main flooding a road (a water company's read)
        "sewage_advice": ["Por favor, mantened a todos, sobre todo a niños y mascotas, lejos de las aguas residuales y lavaos bien las manos tras cualquier contacto."],
        "burst_main_advice": ["Por favor, manteneos lejos y no crucéis el agua a pie ni en coche: puede ocultar agujeros y la calzada puede ceder."],
        # a caller posing as the bank, asking to move money to a "safe account": not us, hang up
        "scam_call_advice": ["Esa llamada no es nuestra: nunca te pediremos que muevas tu dinero a otra cuenta. Cuelga y no transfieras nada; después llámanos al número del reverso de la tarjeta."],
        # ... to a shop, a utility or a telecom: no payment by phone to stop a disconnection; the bank if paid
        "scam_call_advice_merchant": ["Esa llamada no es nuestra: nunca pedimos una transferencia ni un pago por teléfono para evitar un corte. No pagues y cuelga; si ya has pagado, llama ahora a tu banco."],
        "trade_scam_advice": ["Para y no envíes ni configures nada más: un comprador o vendedor que pide tarjetas regalo, un código, una tasa para liberar el envío o que vayas a un cajero está intentando estafarte, cuente lo que cuente. Paga y cobra siempre dentro de la plataforma, denuncia el anuncio y, si ya has pagado, llama ya a tu banco o al emisor de la tarjeta."],
        "transfer_scam_advice": ["Por favor, no envíes nada más: es una estafa. Llámanos ya al número del reverso de tu tarjeta para intentar frenar o recuperar el pago, y denúncialo a la policía."],
        # the wrong medicine or strength given: no more of it before a pharmacist has checked
        "wrong_medicine_advice": ["Por favor, no toméis más hasta hablar con un farmacéutico, y si alguien se encuentra mal, llamad a emergencias o al médico ahora mismo.", "Por favor, no tomen más hasta hablar con un farmacéutico, y si alguien se siente mal, llamen a emergencias o al médico ahora mismo."],
        # a medicine that has not come and is running out: a pharmacy's emergency supply today
        "emergency_supply_advice": ["Llámanos o llama ahora a tu farmacia: normalmente un farmacéutico puede dar un suministro de urgencia hoy mismo. Si alguien se encuentra mal, llama a emergencias."],
        # a hazard reported (a fault on board, food that made someone ill, a product that hurt a child): whom it went to
        "safety_report": ["Gracias por avisarnos. Lo pasamos ahora mismo a nuestro equipo de seguridad para que lo revise de inmediato."],
        "pet_emergency_advice": ["Por favor, llama ahora mismo a tu veterinario o a la clínica veterinaria de urgencias más cercana y cuéntales qué ha pasado para que estén preparados."],
        "pet_home_remedy_advice": ["Por favor, no intentes hacerle vomitar tú mismo: el agua con sal y otros remedios caseros también pueden envenenarle. Lleva el envoltorio o el paquete al veterinario si lo tienes."],
        "threat_now_advice": ["Tu seguridad es lo primero: si estás en peligro, llama ahora mismo a emergencias y ve a un lugar seguro en cuanto puedas."],
        "held_advice": ["Llama ya a emergencias, diles dónde estás y comparte tu ubicación en tiempo real con ellos o con alguien de confianza. Mantén el teléfono en la mano."],
        "door_now_advice": ["Llama ahora mismo a los servicios de emergencia y mantén la puerta cerrada con llave: no tienes que abrir ni hablar con nadie."],
        "intruder_advice": ["Por favor, no te enfrentes a nadie: ponte a salvo y llama ahora a los servicios de emergencia."],
        "poison_advice": ["Por favor, llama a emergencias ahora mismo, aunque parezca estar bien, y ten el envase a mano para decirles qué ha tomado y cuánto."],
        "seizure_advice": ["No le sujetes ni le metas nada en la boca: aparta lo que pueda golpearle y, cuando pasen las convulsiones, ponle de lado. Llama ya a emergencias, sobre todo si dura más de cinco minutos o es la primera vez."],
        "burn_advice": ["Enfría la quemadura ya con agua corriente fresca durante veinte minutos y quita anillos o ropa ajustada cerca si no están pegados; nada de hielo, mantequilla ni cremas. Llama a emergencias si es grande o profunda, o si es en la cara, las manos o un niño."],
        "help_called_advice": ["Menos mal que la ayuda ya está en camino. Quédate con la persona hasta que llegue y, si algo empeora, por ejemplo la respiración, vuelve a llamar a emergencias enseguida."],
        "allergy_called_advice": ["Menos mal que la ayuda ya está en camino. Si la persona aún no ha usado su autoinyector de adrenalina, úsalo ya. Mantenla acostada, o sentada si así respira mejor, y no dejes que se levante ni camine. Si hay un segundo autoinyector y no mejora a los cinco minutos del primero, úsalo."],
        "seizure_called_advice": ["Menos mal que la ayuda ya está en camino. Hasta que llegue, no sujetes a la persona ni le metas nada en la boca: aparta los objetos con los que pueda golpearse, fíjate en cuánto dura y, cuando pasen las convulsiones, ponla de lado."],
        "burn_called_advice": ["Menos mal que la ayuda ya está en camino. Hasta que llegue, mantén la quemadura bajo agua corriente fresca durante veinte minutos, sin hielo ni cremas, y abriga a la persona."],
        "poison_called_advice": ["Menos mal que la ayuda ya está en camino. No intentes provocarle el vómito y ten a mano el envase para mostrar al personal de emergencias qué ha tomado y cuánto."],
        "crisis_called_advice": ["Has hecho bien en llamar a emergencias. Cuéntales todo lo que sepas, dónde podría estar la persona y lo que dijo o escribió; la policía puede pedir la ubicación del teléfono directamente a la compañía telefónica."],
        "safe_called_advice": ["Menos mal que la ayuda ya está en camino. Quédate en un lugar seguro con la puerta cerrada con llave hasta que llegue y vuelve a llamar a emergencias enseguida si algo cambia."],
        "site_alert": ["Estamos avisando ahora mismo a nuestro equipo en el lugar para que alguien vaya a donde estás."],
        "stroke_advice": ["Llama ya a emergencias y di que crees que es un derrame cerebral (ictus): la boca torcida, un brazo que no puede levantar o dificultad para hablar. Anota la hora en que empezó y no le des nada de comer ni de beber."],
        "stroke_called_advice": ["Menos mal que la ayuda ya está en camino. Anota la hora en que empezaron los síntomas para decírsela al personal de emergencias, mantén a la persona cómoda y no le des nada de comer ni de beber."],
        "shock_advice": ["No toques a la persona hasta que hayas desenchufado el aparato o cortado la luz en el interruptor general. Llama a emergencias enseguida, aunque parezca estar bien: una descarga eléctrica puede afectar al corazón."],
        "shock_called_advice": ["Menos mal que la ayuda ya está en camino. No toques a la persona hasta que hayas desenchufado el aparato o cortado la luz en el interruptor general, y vigila su respiración hasta que llegue la ayuda."],
        "cold_chain_advice": ["Por favor, no uses los que llegaron calientes: sigue con lo que ya tienes y dinos cuánto te queda para enviarte un reemplazo cuanto antes."],
        "self_crisis_advice": ["No tienes que pasar por esto solo. Por favor, habla con alguien ahora: llama a una línea de prevención del suicidio, gratuita y a cualquier hora, o a emergencias si crees que podrías hacerte daño."],
        "romance_scam_ask": ["Por favor, no envíes dinero: que alguien que has conocido en internet te pida dinero, sea cual sea la historia, es señal de estafa. Denuncia el perfil para que nuestro equipo de seguridad lo revise."],
        "romance_scam_sent": ["Lo sentimos mucho. No es culpa tuya: estos estafadores son muy convincentes. Llama a tu banco cuanto antes, puede que recuperen el dinero, y denúncialo a la policía y a nosotros."],
        "leak_advice": ["Si puedes, cierra ahora la llave de paso del agua (suele estar bajo el fregadero), aléjate de enchufes o luces a los que llegue el agua y llama a la línea de reparaciones urgentes."],
        "diluted_feed_advice": ["Por favor, no añadas agua de más a la leche de fórmula: no es seguro para tu bebé, ni siquiera por poco tiempo. Tu pediatra, el centro de salud o un banco de alimentos pueden ayudarte a conseguir fórmula hoy."],
        "bereaved_reminder": ["Sentimos muchísimo que te llegara nuestro mensaje después de tu pérdida: hoy mismo actualizamos nuestros registros para que no recibas ninguno más."],
        "impersonation_advice": ["Gracias por consultarnos antes. Por favor, no pagues ni des los datos de tu tarjeta: si no estás seguro de que una llamada, un mensaje o una oferta sea nuestra, contáctanos por la web o el teléfono que ya conoces, no por el que te han dado."],
        "missing_child_advice": ["Por favor, avisa ahora mismo al miembro del personal más cercano para que todo el recinto empiece a buscar, y llama a emergencias."],
        # a password or PIN posted in public: deleted and changed now
        "protect_password": ["Por tu seguridad, borra esa publicación y cambia tu contraseña ahora mismo."],
        "fraud_advice_merchant": ["Si usaron tu tarjeta, llama ahora a tu banco para bloquearla; si fue tu cuenta, cambia la contraseña cuanto antes. Revisaremos esos cargos contigo."],
        "fraud_advice": ["Si aún no lo has hecho, bloquea la tarjeta en la app y llámanos ya al número que aparece en el reverso."],
        "sorry_chase": ["Lamentamos que hayas tenido que escribirnos otra vez.", "Perdona que hayas tenido que insistir."],
        "sorry_wait": ["Perdona la espera.", "Disculpa la espera.", "Lo sentimos, tardamos en responder."],
        "protect_pii": ["Por tu seguridad, borra esa publicación cuanto antes: no compartas datos personales en público."],
        "phishing_advice": ["No pulses el enlace ni respondas con ningún dato: nunca te pediremos el PIN, la contraseña ni un código por SMS o correo."],
        "report_advice": ["Si no te sientes seguro, contacta con la policía. Guarda los mensajes y bloquea y denuncia la cuenta para que nuestro equipo de seguridad actúe."],
        "assault_support": ["Sentimos muchísimo lo que te ha pasado, y gracias por contárnoslo. No es culpa tuya. Un servicio de apoyo a víctimas de agresión sexual puede ayudarte, y puedes denunciarlo a la policía cuando estés preparada; actuaremos sobre la cuenta de inmediato."],
        "preyed_advice": ["Nadie debería sentirse inseguro así, y lo sentimos mucho. Si te sientes en peligro, llama a la policía; nos aseguraremos de que nuestro equipo en el lugar actúe de inmediato."],
        "emergency_advice": ["Llama ahora mismo a los servicios de emergencia y cuéntales exactamente qué está pasando.", "Por favor, no esperes: llama ya a los servicios de emergencia."],
        "emergency_advice_onboard": ["Avisa ahora mismo a la tripulación si aún no lo has hecho: está formada para esto y puede pedir ayuda médica a bordo."],
        "swelling_advice": ["Una hinchazón que cierra un ojo o dificulta tragar necesita atención urgente: ve ahora a urgencias, o llama a los servicios de emergencia si te cuesta respirar."],
        "allergy_advice": ["Llama ahora mismo a los servicios de emergencia: la hinchazón de labios, lengua o garganta puede ser una reacción alérgica grave. Si tienes un autoinyector de adrenalina, úsalo ya."],
        "safety_advice": ["Tu seguridad es lo primero: si hay olor a gas, humo o chispas, sal del lugar y llama a "
                          "emergencias ahora.", "Por favor, salid todos al aire libre ahora y llamad a emergencias: dolor de cabeza, mareo o náuseas pueden ser síntomas de intoxicación por monóxido de carbono. No volváis a entrar hasta que lo hayan revisado.", "Por favor, salgan todos al aire libre ahora y llamen a emergencias: dolor de cabeza, mareo o náuseas pueden ser síntomas de intoxicación por monóxido de carbono. No vuelvan a entrar hasta que lo hayan revisado."],
        "next_step_us": ["Lo revisamos y te decimos algo.", "Te mantendremos al tanto."],
        "next_step_you": ["Cuéntanos cómo va.", "Avísanos si funciona."],
        "closing": ["Aquí estamos para lo que necesites.", "¡Que tengas un buen día!", "Saludos."],
    },
    "pt": {
        "greeting": ["Olá, {name}!", "Oi, {name}!", "Olá!", "Oi!"],
        "empathy": ["Sentimos muito pelo transtorno.", "Lamentamos muito o que aconteceu.",
                    "Entendemos como isso é frustrante.", "Pedimos desculpas pelo ocorrido."],
        "acknowledgement": ["Já estamos cuidando disso.", "Já estamos tratando disso.",
                            "Estamos aqui para ajudar.", "Vamos resolver isso com você.", "Já estamos a tratar disso.", "Vamos resolver isto consigo."],
        "thanks": ["Obrigado!", "Muito obrigado.", "Obrigado pela mensagem.", "Obrigado pela paciência."],
        "thanks_contact": ["Obrigado por entrar em contato.", "Obrigado por nos avisar.",
        "Obrigado pela mensagem."],
        "request_dm": ["Manda uma mensagem direta pra gente e vamos verificar juntos.",
                       "Chama a gente por mensagem direta para continuarmos no privado.",
                       "Vamos continuar por mensagem direta para te ajudar melhor.", "Envie-nos uma mensagem privada e vemos isto consigo."],
        "request_phone": ["Envie por mensagem direta um número de contato e ligamos para você.",
                          "Fica mais fácil por telefone: mande seu número por DM e ligamos para você.", "Envie-nos por mensagem privada um número de contacto e ligamos-lhe."],
        "request_email": ["Envie seu e-mail por mensagem direta e escrevemos para você.",
                          "Vamos continuar por e-mail: mande seu endereço por mensagem direta.", "Envie-nos o seu e-mail por mensagem privada e escrevemos-lhe."],
        "thanks_feedback": ["Obrigado pelas palavras!", "Muito obrigado por compartilhar.",
                            "Obrigado, que bom ler isso!"],
        "thanks_praise": ["Obrigado pelas palavras!", "Obrigado, que bom ler isso!"],
        "offer_help": ["Como podemos ajudar?", "Em que podemos ajudar?"],
        "concern": ["Sentimos muito e esperamos que todos estejam bem.", "Lamentamos muito e esperamos que estejam todos bem."],
        "concern_you": ["Sentimos muito e esperamos que você esteja bem.", "Lamentamos muito e esperamos que você esteja em segurança.", "Lamentamos imenso e esperamos que esteja bem."],
        "empathy_dignity": ["Lamentamos muito, ninguém deveria passar por isto."],
        "reassure_shame": ["Entendemos como é difícil, e aqui ninguém o vai julgar."],
        "condolence": ["Lamentamos muito a sua perda."],
        "press_office": ["Pedidos de imprensa ficam com a nossa equipe de comunicação: envie seu e-mail e o prazo por mensagem direta e repassamos na hora."],
        "escalate": ["Levamos isto a sério e vamos encaminhar imediatamente para a equipe responsável.",
                     "Isto precisa da atenção da equipe certa, e vamos garantir que chegue lá o quanto antes.", "Levamos isto a sério e vamos encaminhar já para a equipa responsável."],
        "takeover_advice": ["Podemos bloquear a conta agora para que mais ninguém a use: envie por mensagem direta o e-mail com que ela foi registrada e o seu usuário (nunca a senha), e vamos protegê-la e devolver o acesso a você.", "Podemos bloquear a conta já para que mais ninguém a use: envie-nos por mensagem privada o e-mail com que foi registada e o seu nome de utilizador (nunca a palavra-passe), e vamos protegê-la e devolver-lhe o acesso."],
        "sim_swap_advice": ["Avise já o seu banco para bloquear qualquer pagamento e envie por mensagem direta outro número ou um e-mail para contato: vamos travar a transferência do seu número e devolvê-lo a você.", "Avise já o seu banco para bloquear qualquer pagamento e envie-nos por mensagem privada outro número ou um e-mail de contacto: vamos travar a transferência do seu número e devolver-lho."],
        "crisis_advice": ["Se acha que essa pessoa está em perigo imediato, ligue agora para os serviços de emergência e conte o que sabe. Denuncie também a conta ou a mensagem para que a nossa equipe de segurança aja imediatamente.", "Se acha que essa pessoa está em perigo imediato, ligue já para o número de emergência e conte o que sabe. Denuncie também a conta ou a mensagem para que a nossa equipa de segurança atue de imediato."],
        "emergency_no_signal": ["As chamadas de emergência funcionam em qualquer rede disponível, mesmo sem sinal da sua: ligue de novo agora para o número de emergência, ou use chamadas por Wi-Fi ou o telefone de um vizinho."],
        # broken down on a motorway: out on the side away from the traffic, behind the barrier
        "breakdown_advice": ["Pela vossa segurança, saiam do carro pelo lado oposto ao trânsito e esperem atrás do rail; se estiverem em perigo, liguem para o número de emergência."],
        # raw sewage where people are; a burst main flooding a road (a water company's read)
        "sewage_advice": ["Por favor, mantenham todos, sobretudo crianças e animais, longe do esgoto e lavem bem as mãos depois de qualquer contacto."],
        "burst_main_advice": ["Por favor, mantenham-se afastados e não atravessem a água a pé nem de carro: pode esconder buracos e o piso pode ceder."],
        # a caller posing as the bank, asking to move money to a "safe account": not us, hang up
        "scam_call_advice": ["Essa chamada não é nossa: nunca lhe pediremos para mover o seu dinheiro para outra conta. Desligue e não transfira nada; depois ligue-nos para o número no verso do cartão."],
        # ... to a shop, a utility or a telecom: no payment by phone to stop a disconnection; the bank if paid
        "scam_call_advice_merchant": ["Essa chamada não é nossa: nunca pedimos uma transferência nem um pagamento por telefone para evitar um corte. Não pague e desligue; se já pagou, ligue já para o seu banco."],
        "trade_scam_advice": ["Pare e não envie nem configure mais nada: um comprador ou vendedor que pede cartões-presente, um código, uma taxa para liberar o envio ou que vá a um multibanco ou caixa eletrônico está a tentar enganá-lo, seja qual for a história. Pague e receba sempre dentro da plataforma, denuncie o anúncio e, se já pagou, contacte já o seu banco ou o emissor do cartão."],
        "transfer_scam_advice": ["Por favor, não envie mais nada: é um golpe. Ligue agora para o número no verso do seu cartão para tentarmos travar ou recuperar o pagamento, e registre a ocorrência na polícia."],
        # the wrong medicine or strength given: no more of it before a pharmacist has checked
        "wrong_medicine_advice": ["Por favor, não tomem mais até falarem com um farmacêutico e, se alguém se sentir mal, liguem já para o número de emergência ou para o médico."],
        # a medicine that has not come and is running out: a pharmacy's emergency supply today
        "emergency_supply_advice": ["Ligue-nos ou ligue já para a sua farmácia: normalmente um farmacêutico pode dar um fornecimento de urgência hoje. Se alguém se sentir mal, ligue para o número de emergência."],
        # a hazard reported (a fault on board, food that made someone ill, a product that hurt a child): whom it went to
        "safety_report": ["Obrigado por nos avisar. Vamos passar isto já à nossa equipa de segurança para analisar de imediato.", "Obrigado por nos avisar. Vamos passar isso agora mesmo para a nossa equipe de segurança analisar."],
        "pet_emergency_advice": ["Por favor, ligue já ao seu veterinário ou à clínica veterinária de urgência mais próxima e explique o que aconteceu, para que estejam preparados."],
        "pet_home_remedy_advice": ["Por favor, não tente fazê-lo vomitar em casa: água com sal e outros remédios caseiros também podem envenená-lo. Leve a embalagem ao veterinário, se a tiver."],
        "threat_now_advice": ["A sua segurança está em primeiro lugar: se estiver em perigo, ligue já para o número de emergência e vá para um local seguro assim que puder."],
        "held_advice": ["Ligue já para o número de emergência, diga onde está e envie a sua localização em tempo real para eles ou para alguém de confiança. Mantenha o telefone na mão."],
        "door_now_advice": ["Ligue já para os serviços de emergência e mantenha a porta trancada: não tem de abrir nem falar com ninguém."],
        "intruder_advice": ["Por favor, não confronte ninguém: ponha-se em segurança e ligue já para os serviços de emergência."],
        "poison_advice": ["Por favor, ligue já para o número de emergência, mesmo que pareça estar bem, e tenha a embalagem consigo para dizer o que foi tomado e quanto.", "Por favor, ligue agora para o número de emergência, mesmo que pareça estar tudo bem, e fique com a embalagem em mãos para dizer o que foi tomado e quanto."],
        "seizure_advice": ["Não o segure nem coloque nada na boca dele: afaste objetos que possam feri-lo e, quando as convulsões pararem, vire-o de lado. Ligue já para o número de emergência, sobretudo se durar mais de cinco minutos ou for a primeira vez."],
        "burn_advice": ["Ponha a queimadura já debaixo de água corrente fresca durante vinte minutos e retire anéis ou roupa apertada perto dela, se não estiverem colados; nada de gelo, manteiga ou cremes. Ligue para o número de emergência se for grande ou profunda, ou no rosto, nas mãos ou numa criança."],
        "help_called_advice": ["Ainda bem que a ajuda já está a caminho. Fique com a pessoa até a ajuda chegar e, se algo piorar, como a respiração, ligue de novo para o número de emergência imediatamente."],
        "allergy_called_advice": ["Ainda bem que a ajuda já está a caminho. Se a pessoa ainda não tiver usado a caneta de adrenalina, use-a agora. Mantenha-a deitada, ou sentada se respirar melhor assim, e não deixe que ela se levante nem ande. Se houver uma segunda caneta e não melhorar cinco minutos depois da primeira, use-a."],
        "seizure_called_advice": ["Ainda bem que a ajuda já está a caminho. Até lá, não segure a pessoa nem coloque nada na boca dela: afaste objetos que possam feri-la, veja quanto tempo dura a crise e, quando as convulsões pararem, vire-a de lado."],
        "burn_called_advice": ["Ainda bem que a ajuda já está a caminho. Até a ajuda chegar, mantenha a queimadura sob água corrente fresca durante vinte minutos, sem gelo nem cremes, e mantenha a pessoa agasalhada."],
        "poison_called_advice": ["Ainda bem que a ajuda já está a caminho. Não tente fazer a pessoa vomitar e tenha a embalagem à mão para mostrar aos socorristas o que foi tomado e quanto."],
        "crisis_called_advice": ["Fez bem em ligar para o número de emergência. Conte-lhes tudo o que sabe, onde a pessoa pode estar e o que disse ou escreveu; a polícia pode pedir a localização do telefone diretamente à operadora."],
        "safe_called_advice": ["Ainda bem que a ajuda já está a caminho. Fique num lugar seguro com a porta trancada até a ajuda chegar e ligue de novo para o número de emergência imediatamente se algo mudar."],
        "site_alert": ["Alertamos agora mesmo o nosso pessoal no local para que alguém vá até onde você está."],
        "stroke_advice": ["Ligue já para o número de emergência e diga que pode ser um AVC: a boca torta, um braço que não consegue levantar ou dificuldade em falar. Anote a hora em que começou e não lhe dê nada para comer nem beber."],
        "stroke_called_advice": ["Ainda bem que a ajuda já está a caminho. Anote a hora em que os sintomas começaram para dizer aos socorristas, mantenha a pessoa confortável e não lhe dê nada para comer nem beber."],
        "shock_advice": ["Não toque na pessoa até desligar o aparelho da tomada ou o disjuntor geral. Ligue já para o número de emergência, mesmo que ela pareça estar bem: um choque elétrico pode afetar o coração."],
        "shock_called_advice": ["Ainda bem que a ajuda já está a caminho. Não toque na pessoa até desligar o aparelho da tomada ou o disjuntor geral e vigie a respiração dela até a ajuda chegar."],
        "cold_chain_advice": ["Por favor, não use os que chegaram quentes: continue com o que já tem e diga-nos quanto lhe resta para lhe enviarmos uma substituição o mais depressa possível.", "Por favor, não use os que chegaram quentes: continue com o que você já tem e nos diga quanto ainda resta para enviarmos a reposição o quanto antes."],
        "self_crisis_advice": ["Você não precisa passar por isso sozinho. Por favor, fale agora com alguém: uma linha de apoio emocional, como o CVV, ou ligue para o número de emergência se sentir que pode se machucar.", "Não tem de passar por isto sozinho. Por favor, fale agora com alguém: uma linha de apoio emocional, como a SOS Voz Amiga, ou ligue para o número de emergência se sentir que se pode magoar."],
        "romance_scam_ask": ["Por favor, não envie dinheiro: alguém que conheceu online a pedir dinheiro, seja qual for a história, é sinal de golpe. Denuncie o perfil para que a nossa equipe de segurança o analise.", "Por favor, não envie dinheiro: alguém que conheceu online a pedir dinheiro, seja qual for a história, é sinal de burla. Denuncie o perfil para que a nossa equipa de segurança o analise."],
        "romance_scam_sent": ["Lamentamos muito. A culpa não é sua: esses golpistas são muito convincentes. Ligue já para o seu banco, que pode conseguir recuperar o dinheiro, e denuncie à polícia e a nós."],
        "leak_advice": ["Se puder, feche agora o registro geral da água, afaste-se de tomadas ou luzes que a água esteja atingindo e ligue para a linha de reparos urgentes."],
        "diluted_feed_advice": ["Por favor, não coloque água a mais na fórmula: não é seguro para o seu bebê, nem por pouco tempo. O pediatra, o posto de saúde ou um banco de alimentos podem ajudar você a conseguir fórmula hoje."],
        "bereaved_reminder": ["Lamentamos muito que a nossa mensagem tenha chegado depois da sua perda: vamos atualizar hoje os nossos registos para que não receba mais nenhuma."],
        "impersonation_advice": ["Obrigado por confirmar connosco primeiro. Por favor, não pague nem dê os dados do seu cartão: se não tiver a certeza de que uma chamada, mensagem ou oferta é nossa, contacte-nos pelo site ou pelo número que já conhece, não pelo que lhe deram.", "Obrigado por confirmar com a gente primeiro. Por favor, não pague nem passe os dados do seu cartão: se não tiver certeza de que uma ligação, mensagem ou oferta é nossa, fale com a gente pelo site ou pelo número que você já conhece, não pelo que te passaram."],
        "missing_child_advice": ["Por favor, avise já o funcionário mais próximo para que todo o recinto comece a procurar, e ligue para o número de emergência."],
        # a password or PIN posted in public: deleted and changed now
        "protect_password": ["Por segurança, apague essa publicação e mude a sua senha agora mesmo.", "Por segurança, apague essa publicação e mude já a sua palavra-passe."],
        "fraud_advice_merchant": ["Se foi o seu cartão, ligue já ao seu banco para o bloquear; se foi a sua conta, mude a palavra-passe de imediato. Vamos verificar esses pagamentos consigo.", "Se foi o seu cartão, ligue agora para o seu banco para bloqueá-lo; se foi a sua conta, troque a senha imediatamente. Vamos verificar esses pagamentos com você."],
        "fraud_advice": ["Se ainda não o fez, bloqueie o cartão no app e ligue já para o número no verso do cartão."],
        "sorry_chase": ["Lamentamos que tenha precisado de nos contactar de novo.", "Desculpe ter de nos escrever outra vez."],
        "sorry_wait": ["Desculpe a demora.", "Lamentamos a demora na resposta."],
        "protect_pii": ["Por segurança, apague essa publicação o quanto antes: não compartilhe dados pessoais em público."],
        "phishing_advice": ["Não clique no link nem responda com dados: nunca pedimos o PIN, a senha ou um código por SMS ou e-mail.", "Não carregue no link nem responda com dados: nunca pedimos o PIN, a palavra-passe ou um código por SMS ou e-mail."],
        "report_advice": ["Se não se sentir seguro, contacte a polícia. Guarde as mensagens e bloqueie e denuncie a conta para que a nossa equipa de segurança atue.", "Se não se sentir seguro, ligue para a polícia. Guarde as mensagens e bloqueie e denuncie a conta para que a nossa equipe de segurança aja."],
        "assault_support": ["Lamentamos muito o que lhe aconteceu, e obrigado por nos contar. A culpa não é sua. Um serviço de apoio a vítimas de agressão sexual pode ajudar, e pode apresentar queixa à polícia quando se sentir preparada; vamos agir sobre a conta de imediato."],
        "preyed_advice": ["Ninguém deveria sentir-se inseguro assim, e lamentamos muito. Se se sentir em perigo, ligue para a polícia; vamos garantir que a nossa equipa no local atua de imediato.", "Ninguém deveria se sentir inseguro assim, e sentimos muito. Se você se sentir em perigo, ligue para a polícia; vamos garantir que a nossa equipe no local aja imediatamente."],
        "emergency_advice": ["Ligue agora mesmo para os serviços de emergência e explique exatamente a situação.", "Por favor, não espere: ligue já para os serviços de emergência."],
        "emergency_advice_onboard": ["Avise a tripulação agora mesmo, se ainda não o fez: eles estão preparados para isso e podem pedir ajuda médica a bordo."],
        "swelling_advice": ["Um inchaço que fecha um olho ou dificulta engolir precisa de cuidados urgentes: vá já às urgências, ou ligue para os serviços de emergência se tiver dificuldade em respirar."],
        "allergy_advice": ["Ligue já para os serviços de emergência: o inchaço dos lábios, da língua ou da garganta pode ser uma reação alérgica grave. Se tiver uma caneta de adrenalina, use-a já."],
        "safety_advice": ["A sua segurança vem primeiro: se sentir cheiro de gás ou vir fumaça, saia do local e "
                          "ligue para a emergência agora.", "Por favor, saiam todos para o ar livre agora e liguem para o número de emergência: dor de cabeça, tonturas ou náuseas podem ser intoxicação por monóxido de carbono. Não voltem a entrar até ser verificado."],
        "next_step_us": ["Vamos verificar e já te respondemos.", "Vamos te dar notícias em breve."],
        "next_step_you": ["Conta pra gente como foi.", "Avisa se deu certo."],
        "closing": ["Estamos à disposição.", "Tenha um ótimo dia!", "Abraços."],
    },
    "de": {
        "greeting": ["Hallo {name}!", "Hallo {name},", "Hallo!", "Guten Tag!"],
        "empathy": ["Das tut uns wirklich leid.", "Entschuldigung für die Unannehmlichkeiten.",
                    "Wir verstehen, dass das ärgerlich ist.", "Das ist natürlich ärgerlich, das tut uns leid."],
        "acknowledgement": ["Wir kümmern uns darum.", "Wir haben das aufgenommen und schauen es uns an.",
                            "Wir sind dran.", "Wir helfen gern weiter."],
        "thanks": ["Danke!", "Vielen Dank.", "Danke für die Nachricht.", "Danke für die Geduld."],
        "thanks_contact": ["Danke für die Nachricht.", "Vielen Dank für den Hinweis.", "Danke fürs Melden."],
        "request_dm": ["Am besten klären wir das per Direktnachricht.",
                       "Eine kurze Direktnachricht an uns, und wir schauen uns das gemeinsam an.",
                       "Lass uns das per DM weiter besprechen."],
        "request_phone": ["Schick uns per DM eine Rufnummer, und wir rufen zurück.",
                          "Telefonisch geht das am schnellsten: Nummer per DM, wir melden uns."],
        "request_email": ["Schick uns per DM deine E-Mail-Adresse, und wir schreiben zurück.",
                          "Das klären wir am besten per E-Mail: die Adresse gern per DM."],
        "thanks_feedback": ["Danke für die lieben Worte!", "Vielen Dank fürs Teilen.",
                            "Danke, schön, das zu lesen!"],
        "thanks_praise": ["Danke für die lieben Worte!", "Danke, schön, das zu lesen!"],
        "offer_help": ["Wie können wir helfen?", "Was können wir für dich tun?"],
        "concern": ["Das tut uns sehr leid, und wir hoffen, dass es allen gut geht.", "Das ist schlimm, es tut uns sehr leid. Wir hoffen, es geht allen gut."],
        "concern_you": ["Das tut uns sehr leid. Das Wichtigste ist jetzt, in Sicherheit zu sein.", "Das tut uns wirklich leid. Jetzt zählt nur, in Sicherheit zu sein."],
        "empathy_dignity": ["Das tut uns sehr leid, niemand sollte sich so fühlen müssen."],
        "reassure_shame": ["Wir verstehen, wie schwer das ist, und hier urteilt niemand."],
        "condolence": ["Es tut uns sehr leid, unser herzliches Beileid."],
        "press_office": ["Presseanfragen beantwortet unsere Pressestelle: Schick uns bitte per Direktnachricht deine E-Mail-Adresse und deine Deadline, wir leiten die Anfrage sofort weiter."],
        "escalate": ["Wir nehmen das ernst und geben es sofort an das zuständige Team weiter.",
                     "Das gehört zum richtigen Team, und wir sorgen dafür, dass es dort sofort landet."],
        "takeover_advice": ["Wir können das Konto jetzt sperren, damit niemand sonst es nutzt: Schick uns per Direktnachricht die E-Mail-Adresse, mit der es registriert wurde, und deinen Benutzernamen (nie dein Passwort), dann sichern wir es und holen dich wieder rein."],
        "sim_swap_advice": ["Bitte informiere sofort deine Bank, damit sie Zahlungen sperrt, und schick uns per Direktnachricht eine andere Nummer oder E-Mail-Adresse: Wir stoppen die Übertragung deiner Nummer und holen sie für dich zurück."],
        "crisis_advice": ["Wenn du glaubst, dass die Person in akuter Gefahr ist, ruf bitte jetzt den Notruf und sag, was du weißt. Melde bitte auch das Konto oder die Nachricht, damit unser Sicherheitsteam sofort handeln kann."],
        "emergency_no_signal": ["Notrufe gehen über jedes verfügbare Netz, auch wenn deins keinen Empfang zeigt: Bitte wähl jetzt noch einmal den Notruf, oder nutze WLAN-Telefonie oder das Telefon eines Nachbarn."],
        # broken down on a motorway: out on the side away from the traffic, behind the barrier
        "breakdown_advice": ["Bitte steigt auf der verkehrsabgewandten Seite aus und wartet hinter der Leitplanke; wenn ihr in Gefahr seid, ruft sofort den Notruf."],
        # raw sewage where people are; a burst main flooding a road (a water company's read)
        "sewage_advice": ["Bitte haltet alle, vor allem Kinder und Haustiere, vom Abwasser fern und wascht euch nach jedem Kontakt gründlich die Hände."],
        "burst_main_advice": ["Bitte haltet Abstand und fahrt oder lauft nicht durch das Wasser: Es kann Löcher verdecken, und die Straße kann nachgeben."],
        # a caller posing as the bank, asking to move money to a "safe account": not us, hang up
        "scam_call_advice": ["Dieser Anruf kam nicht von uns: Wir bitten dich nie, dein Geld auf ein anderes Konto zu überweisen. Bitte leg auf und überweise nichts; ruf uns dann unter der Nummer auf der Kartenrückseite an."],
        # ... to a shop, a utility or a telecom: no payment by phone to stop a disconnection; the bank if paid
        "scam_call_advice_merchant": ["Dieser Anruf kam nicht von uns: Wir verlangen nie eine Überweisung oder Zahlung am Telefon, um eine Sperre abzuwenden. Bitte zahl nichts und leg auf; falls du schon gezahlt hast, ruf sofort deine Bank an."],
        "trade_scam_advice": ["Bitte halt an und schick oder richte nichts mehr ein: Ein Käufer oder Verkäufer, der Gutscheinkarten, einen Code, eine Gebühr für den Versand oder einen Gang zum Geldautomaten verlangt, will dich betrügen, egal welche Geschichte er erzählt. Zahl und kassier immer über die Plattform, melde die Anzeige und ruf, falls du schon gezahlt hast, sofort deine Bank oder den Kartenanbieter an."],
        "transfer_scam_advice": ["Bitte schick nichts mehr: Das ist Betrug. Ruf uns sofort unter der Nummer auf der Rückseite deiner Karte an, damit wir versuchen können, die Zahlung zu stoppen oder zurückzuholen, und erstatte Anzeige bei der Polizei."],
        # the wrong medicine or strength given: no more of it before a pharmacist has checked
        "wrong_medicine_advice": ["Bitte nehmt nichts mehr davon, bevor ihr mit einer Apothekerin oder einem Apotheker gesprochen habt, und ruft sofort den Notruf oder einen Arzt, wenn es jemandem schlecht geht."],
        # a medicine that has not come and is running out: a pharmacy's emergency supply today
        "emergency_supply_advice": ["Bitte ruf uns oder deine Apotheke jetzt an: Meist kann eine Apotheke noch heute eine Notversorgung geben. Wenn es jemandem schlecht geht, ruf den Notruf."],
        # a hazard reported (a fault on board, food that made someone ill, a product that hurt a child): whom it went to
        "safety_report": ["Danke, dass du uns Bescheid gibst. Wir geben das sofort an unser Sicherheitsteam weiter."],
        "pet_emergency_advice": ["Bitte ruf sofort deine Tierarztpraxis oder die nächste Tiernotfallklinik an und sag, was passiert ist, damit sie vorbereitet sind."],
        "pet_home_remedy_advice": ["Bitte versuch nicht, dein Tier selbst zum Erbrechen zu bringen: Salzwasser und andere Hausmittel können es ebenfalls vergiften. Nimm die Verpackung mit in die Praxis, wenn du sie hast."],
        "threat_now_advice": ["Deine Sicherheit geht vor: Wenn du in Gefahr bist, ruf sofort den Notruf und geh an einen sicheren Ort, sobald du kannst."],
        "held_advice": ["Ruf sofort den Notruf an, sag, wo du bist, und teile deinen Live-Standort mit ihnen oder einer Vertrauensperson. Behalte das Handy in der Hand."],
        "door_now_advice": ["Bitte sofort den Notruf wählen und die Tür verschlossen lassen: Niemand muss die Tür öffnen oder mit der Person reden."],
        "intruder_advice": ["Bitte niemanden zur Rede stellen: sich in Sicherheit bringen und sofort den Notruf wählen."],
        "poison_advice": ["Bitte ruf sofort den Notruf, auch wenn gerade alles in Ordnung scheint, und halte die Packung bereit, damit du sagen kannst, was und wie viel genommen wurde."],
        "seizure_advice": ["Bitte nicht festhalten und nichts in den Mund stecken: harte Gegenstände wegräumen und nach dem Anfall in die stabile Seitenlage bringen. Ruf sofort den Notruf, vor allem wenn der Anfall länger als fünf Minuten dauert oder der erste ist."],
        "burn_advice": ["Kühl die Verbrennung sofort zwanzig Minuten unter kühlem fließendem Wasser und nimm Ringe oder enge Kleidung in der Nähe ab, wenn sie nicht festkleben; kein Eis, keine Butter, keine Cremes. Ruf den Notruf bei großen oder tiefen Verbrennungen oder wenn Gesicht, Hände oder ein Kind betroffen sind."],
        "help_called_advice": ["Gut, dass Hilfe unterwegs ist. Bleib bei der Person, bis der Rettungsdienst da ist, und wähl sofort noch einmal den Notruf, wenn sich etwas verschlechtert, zum Beispiel die Atmung."],
        "allergy_called_advice": ["Gut, dass Hilfe unterwegs ist. Falls der Adrenalin-Pen noch nicht benutzt wurde, setz ihn jetzt ein. Die Person soll liegen bleiben, oder sitzen, wenn sie so besser Luft bekommt, und nicht aufstehen oder herumlaufen. Wenn ein zweiter Pen da ist und es fünf Minuten nach dem ersten nicht besser wird, setz ihn ein."],
        "seizure_called_advice": ["Gut, dass Hilfe unterwegs ist. Bis sie da ist: nicht festhalten und nichts in den Mund stecken, harte Gegenstände wegräumen, auf die Dauer achten und nach dem Anfall in die stabile Seitenlage bringen."],
        "burn_called_advice": ["Gut, dass Hilfe unterwegs ist. Halte die Verbrennung bis dahin zwanzig Minuten unter kühles, fließendes Wasser, kein Eis, keine Butter, keine Cremes, und halte die Person ansonsten warm."],
        "poison_called_advice": ["Gut, dass Hilfe unterwegs ist. Bitte kein Erbrechen auslösen und die Packung bereithalten, damit du den Rettungskräften zeigen kannst, was und wie viel genommen wurde."],
        "crisis_called_advice": ["Gut, dass du den Notruf gewählt hast. Erzähl dort alles, was du weißt: wo die Person sein könnte und was sie gesagt oder geschrieben hat. Die Polizei kann den Standort des Handys direkt beim Netzbetreiber anfragen."],
        "safe_called_advice": ["Gut, dass Hilfe unterwegs ist. Bleib an einem sicheren Ort hinter verschlossener Tür, bis die Hilfe da ist, und wähl sofort wieder den Notruf, wenn sich etwas ändert."],
        "site_alert": ["Wir alarmieren jetzt sofort unser Team vor Ort, damit jemand zu dir kommt."],
        "stroke_advice": ["Wähl sofort den Notruf und sag, dass es ein Schlaganfall sein könnte: ein hängender Mundwinkel, ein Arm, der sich nicht heben lässt, oder verwaschene Sprache. Merk dir, wann es anfing, und gib der Person nichts zu essen oder zu trinken."],
        "stroke_called_advice": ["Gut, dass Hilfe unterwegs ist. Merk dir für die Rettungskräfte, wann die Anzeichen anfingen, lass die Person bequem liegen oder sitzen und gib ihr nichts zu essen oder zu trinken."],
        "shock_advice": ["Fass die Person nicht an, bevor der Stecker gezogen oder die Sicherung ausgeschaltet ist. Wähl sofort den Notruf, auch wenn es ihr gut zu gehen scheint: Ein Stromschlag kann dem Herzen schaden."],
        "shock_called_advice": ["Gut, dass Hilfe unterwegs ist. Fass die Person nicht an, bevor der Stecker gezogen oder die Sicherung ausgeschaltet ist, und achte auf ihre Atmung, bis Hilfe da ist."],
        "cold_chain_advice": ["Bitte verwende die warm angekommenen nicht: nimm weiter deinen bisherigen Vorrat und sag uns, wie viel du noch hast, damit wir dir schnell Ersatz schicken."],
        "self_crisis_advice": ["Du musst das nicht allein durchstehen. Bitte sprich jetzt mit jemandem: Die TelefonSeelsorge ist kostenlos und rund um die Uhr erreichbar, oder ruf den Notruf, wenn du dir etwas antun könntest."],
        "romance_scam_ask": ["Bitte schick kein Geld: Wenn jemand, den du online kennengelernt hast, um Geld bittet, ist das fast immer Betrug, egal welche Geschichte dahintersteckt. Melde das Profil, damit unser Sicherheitsteam es prüft."],
        "romance_scam_sent": ["Das tut uns sehr leid. Du bist nicht schuld: Solche Betrüger sind sehr überzeugend. Ruf bitte sofort deine Bank an, vielleicht lässt sich das Geld zurückholen, erstatte Anzeige bei der Polizei und melde es uns."],
        "leak_advice": ["Wenn möglich, dreh jetzt den Haupthahn für das Wasser zu, halte Abstand zu Steckdosen oder Lampen, an die das Wasser kommt, und ruf die Notfall-Reparaturhotline an."],
        "diluted_feed_advice": ["Bitte gib nicht mehr Wasser in die Säuglingsnahrung als angegeben: Das ist für dein Baby nicht sicher, auch nicht für kurze Zeit. Die Kinderarztpraxis, das Gesundheitsamt oder eine Tafel können dir heute helfen, Säuglingsnahrung zu bekommen."],
        "bereaved_reminder": ["Es tut uns sehr leid, dass dich unsere Nachricht nach deinem Verlust erreicht hat: Wir aktualisieren heute unsere Daten, damit keine weiteren kommen."],
        "impersonation_advice": ["Danke, dass du erst bei uns nachfragst. Bitte zahl nichts und gib keine Kartendaten weiter: Wenn du nicht sicher bist, ob ein Anruf, eine Nachricht oder ein Angebot wirklich von uns ist, melde dich über unsere Website oder die Nummer, die du schon kennst, nicht über die, die man dir gegeben hat."],
        "missing_child_advice": ["Bitte sag sofort der nächsten Mitarbeiterin oder dem nächsten Mitarbeiter Bescheid, damit alle auf dem Gelände suchen, und ruf den Notruf."],
        # a password or PIN posted in public: deleted and changed now
        "protect_password": ["Bitte lösch den Beitrag und ändere sofort dein Passwort."],
        "fraud_advice_merchant": ["Wenn deine Karte benutzt wurde, lass sie bitte sofort bei deiner Bank sperren; wenn es dein Konto war, ändere gleich dein Passwort. Wir prüfen die Zahlungen mit dir."],
        "fraud_advice": ["Bitte sperr die Karte, falls noch nicht geschehen, sofort in der App und ruf uns unter der Nummer auf der Kartenrückseite an."],
        "sorry_chase": ["Tut uns leid, dass du dich noch einmal melden musstest.", "Sorry, dass du nachhaken musstest."],
        "sorry_wait": ["Entschuldige die Wartezeit.", "Sorry, dass es so lange gedauert hat."],
        "protect_pii": ["Zu deiner Sicherheit: Bitte lösch den Post gleich und teile keine persönlichen Daten öffentlich."],
        "phishing_advice": ["Bitte klick nicht auf den Link und gib keine Daten weiter: Wir fragen nie per SMS oder E-Mail nach PIN, Passwort oder Code."],
        "report_advice": ["Wenn du dich nicht sicher fühlst, wende dich bitte an die Polizei. Bewahre die Nachrichten auf, blockiere und melde das Konto, damit unser Sicherheitsteam handeln kann."],
        "assault_support": ["Es tut uns sehr leid, was passiert ist, und danke, dass uns das mitgeteilt wurde. Daran trägt niemand außer dem Täter Schuld. Beratungsstellen für Betroffene sexueller Gewalt helfen, und eine Anzeige bei der Polizei ist jederzeit möglich; wir gehen sofort gegen das Konto vor."],
        "preyed_advice": ["Niemand sollte sich so unsicher fühlen müssen, und es tut uns sehr leid. Bei Gefahr bitte sofort die Polizei rufen; wir sorgen dafür, dass unser Team vor Ort sofort handelt."],
        "emergency_advice": ["Bitte ruf sofort den Notruf an und schildere genau, was passiert.", "Bitte warte nicht: Ruf jetzt gleich den Notruf."],
        "emergency_advice_onboard": ["Bitte gib sofort der Crew Bescheid, falls du es noch nicht getan hast: Sie ist dafür geschult und kann an Bord medizinische Hilfe holen."],
        "swelling_advice": ["Eine Schwellung, die ein Auge schließt oder das Schlucken erschwert, muss sofort behandelt werden: bitte jetzt in die nächste Notaufnahme, oder den Notruf wählen, wenn das Atmen schwerfällt."],
        "allergy_advice": ["Bitte sofort den Notruf wählen: Schwellungen an Lippen, Zunge oder Hals können eine schwere allergische Reaktion sein. Falls ein Adrenalin-Pen da ist, jetzt anwenden."],
        "safety_advice": ["Deine Sicherheit geht vor: Wenn es nach Gas riecht oder raucht, verlass den Raum und ruf "
                          "sofort den Notruf an.", "Bitte geht sofort alle an die frische Luft und ruft den Notruf an: Kopfschmerzen, Schwindel oder Übelkeit können eine Kohlenmonoxidvergiftung sein. Geht erst wieder hinein, wenn alles geprüft ist."],
        "next_step_us": ["Wir melden uns.", "Wir schauen es uns an und melden uns."],
        "next_step_you": ["Gib uns gern Bescheid, ob es klappt.", "Sag uns Bescheid, wie es läuft."],
        "closing": ["Viele Grüße!", "Einen schönen Tag noch!", "Bei Fragen sind wir da."],
    },
    "fr": {
        "greeting": ["Bonjour {name} !", "Bonjour {name},", "Bonjour !"],  # no "Bonsoir": the hour is unknown
        "empathy": ["Nous sommes vraiment désolés pour ce désagrément.", "Toutes nos excuses pour cette situation.",
                    "Nous comprenons votre frustration.", "Nous sommes navrés de lire cela."],
        "acknowledgement": ["Nous nous en occupons.", "Nous avons bien pris en compte votre message.",
                            "Nous sommes là pour vous aider.", "On s'en occupe tout de suite."],
        "thanks": ["Merci !", "Merci beaucoup.", "Merci pour votre message.", "Merci pour votre patience."],
        "thanks_contact": ["Merci pour votre message.", "Merci de nous avoir contactés.",
        "Merci de nous le signaler."],
        "request_dm": ["Écrivez-nous en message privé et nous regardons cela ensemble.",
                       "Pouvez-vous nous envoyer un message privé pour que nous regardions cela ?",
                       "Continuons en message privé pour mieux vous aider."],
        "request_phone": ["Envoyez-nous un numéro en message privé et nous vous rappelons.",
                          "Ce sera plus simple par téléphone : laissez-nous votre numéro en MP."],
        "request_email": ["Envoyez-nous votre adresse e-mail en message privé et nous vous écrirons.",
                          "Poursuivons par e-mail : partagez votre adresse en message privé."],
        "thanks_feedback": ["Merci pour ce gentil message !", "Merci beaucoup pour ce retour.",
                            "Merci, ravis de lire cela !"],
        "thanks_praise": ["Merci pour ce gentil message !", "Merci, ravis de lire cela !"],
        "offer_help": ["Comment pouvons-nous vous aider ?", "Que pouvons-nous faire pour vous ?"],
        "concern": ["Nous sommes vraiment désolés et nous espérons que tout le monde va bien.", "Nous sommes navrés et espérons que tout le monde va bien."],
        "concern_you": ["Nous sommes vraiment désolés et nous espérons que vous allez bien.", "Nous sommes navrés et espérons que vous êtes en sécurité."],
        "empathy_dignity": ["Nous sommes vraiment désolés, personne ne devrait être traité ainsi."],
        "reassure_shame": ["Nous comprenons à quel point c'est difficile, et personne ici ne vous jugera."],
        "condolence": ["Nous sommes vraiment désolés, toutes nos condoléances."],
        "press_office": ["Les demandes presse sont traitées par notre service de presse : envoyez-nous en message privé votre e-mail et votre délai, nous transmettons tout de suite."],
        "escalate": ["Nous prenons cela au sérieux et le transmettons immédiatement à l'équipe compétente.",
                     "Cela doit être vu par la bonne équipe, et nous veillons à ce qu'elle le reçoive sans attendre."],
        "takeover_advice": ["Nous pouvons bloquer le compte dès maintenant pour que personne d'autre ne l'utilise : envoyez-nous en message privé l'adresse e-mail d'inscription et votre identifiant (jamais votre mot de passe), et nous le sécuriserons avant de vous le rendre."],
        "sim_swap_advice": ["Prévenez tout de suite votre banque pour qu'elle bloque les paiements, puis envoyez-nous en message privé un autre numéro ou une adresse e-mail : nous bloquerons le transfert de votre numéro et vous le rendrons."],
        "crisis_advice": ["Si vous pensez que cette personne est en danger immédiat, appelez les secours maintenant et dites-leur ce que vous savez. Signalez aussi son compte ou son message pour que notre équipe sécurité agisse tout de suite."],
        "emergency_no_signal": ["Les appels d'urgence passent par n'importe quel réseau disponible, même sans couverture du vôtre : rappelez maintenant le numéro d'urgence, ou utilisez les appels Wi-Fi ou le téléphone d'un voisin."],
        # broken down on a motorway: out on the side away from the traffic, behind the barrier
        "breakdown_advice": ["Pour votre sécurité, sortez du véhicule du côté opposé à la circulation et attendez derrière la glissière ; en cas de danger, appelez les secours."],
        # raw sewage where people are; a burst main flooding a road (a water company's read)
        "sewage_advice": ["Merci de tenir tout le monde, surtout les enfants et les animaux, à l'écart des eaux usées et de bien vous laver les mains après tout contact."],
        "burst_main_advice": ["Restez bien à l'écart et ne traversez pas l'eau à pied ni en voiture : elle peut cacher des trous et la chaussée peut céder."],
        # a caller posing as the bank, asking to move money to a "safe account": not us, hang up
        "scam_call_advice": ["Cet appel ne vient pas de nous : nous ne vous demanderons jamais de déplacer votre argent vers un autre compte. Raccrochez et ne virez rien, puis appelez-nous au numéro au dos de votre carte."],
        # ... to a shop, a utility or a telecom: no payment by phone to stop a disconnection; the bank if paid
        "scam_call_advice_merchant": ["Cet appel ne vient pas de nous : nous ne demandons jamais de virement ni de paiement par téléphone pour éviter une coupure. Ne payez rien et raccrochez ; si vous avez déjà payé, appelez votre banque tout de suite."],
        "trade_scam_advice": ["Arrêtez-vous et n'envoyez ni ne configurez plus rien : un acheteur ou un vendeur qui demande des cartes cadeaux, un code, des frais pour débloquer la livraison ou de passer au distributeur cherche à vous arnaquer, quelle que soit l'histoire. Payez et encaissez toujours sur la plateforme, signalez l'annonce et, si vous avez déjà payé, appelez tout de suite votre banque ou l'émetteur de la carte."],
        "transfer_scam_advice": ["N'envoyez plus rien : c'est une arnaque. Appelez-nous tout de suite au numéro au dos de votre carte pour que nous tentions de bloquer ou de récupérer le paiement, et portez plainte."],
        # the wrong medicine or strength given: no more of it before a pharmacist has checked
        "wrong_medicine_advice": ["Ne prenez plus de ce médicament avant d'en avoir parlé à un pharmacien, et si quelqu'un se sent mal, appelez tout de suite les secours ou un médecin."],
        # a medicine that has not come and is running out: a pharmacy's emergency supply today
        "emergency_supply_advice": ["Appelez-nous ou appelez votre pharmacie maintenant : un pharmacien peut généralement fournir un dépannage d'urgence aujourd'hui. Si quelqu'un se sent mal, appelez les secours."],
        # a hazard reported (a fault on board, food that made someone ill, a product that hurt a child): whom it went to
        "safety_report": ["Merci de nous l'avoir signalé. Nous le transmettons tout de suite à notre équipe sécurité pour qu'elle l'examine."],
        "pet_emergency_advice": ["Appelez tout de suite votre vétérinaire ou la clinique vétérinaire d'urgence la plus proche et expliquez ce qui s'est passé, pour qu'ils soient prêts."],
        "pet_home_remedy_advice": ["N'essayez pas de le faire vomir vous-même : l'eau salée et les remèdes maison peuvent aussi l'empoisonner. Apportez l'emballage chez le vétérinaire si vous l'avez."],
        "threat_now_advice": ["Votre sécurité passe avant tout : si vous êtes en danger, appelez les secours tout de suite et rendez-vous dans un lieu sûr dès que possible."],
        "held_advice": ["Appelez tout de suite les secours, dites-leur où vous êtes et partagez votre position en direct avec eux ou un proche. Gardez votre téléphone en main."],
        "door_now_advice": ["Appelez les secours tout de suite et gardez la porte fermée à clé : vous n'avez pas à ouvrir ni à parler à qui que ce soit."],
        "intruder_advice": ["Surtout, n'affrontez personne : mettez-vous en sécurité et appelez les secours tout de suite."],
        "poison_advice": ["Appelez les secours tout de suite, même si tout semble aller bien pour l'instant, et gardez l'emballage sous la main pour leur dire ce qui a été avalé et en quelle quantité."],
        "seizure_advice": ["Ne le retenez pas et ne mettez rien dans sa bouche : écartez ce qui pourrait le blesser et, quand les convulsions cessent, mettez-le sur le côté. Appelez les secours tout de suite, surtout si la crise dure plus de cinq minutes ou si c'est la première."],
        "burn_advice": ["Refroidissez la brûlure tout de suite sous l'eau courante fraîche pendant vingt minutes et retirez bagues ou vêtements serrés autour s'ils ne collent pas ; ni glace, ni beurre, ni crème. Appelez les secours si elle est étendue ou profonde, ou sur le visage, les mains ou un enfant."],
        "help_called_advice": ["Heureusement que les secours sont en route. Restez auprès de la personne jusqu'à leur arrivée et rappelez-les immédiatement si quelque chose s'aggrave, comme la respiration."],
        "allergy_called_advice": ["Heureusement que les secours sont en route. Si la personne n'a pas encore utilisé son stylo d'adrénaline, utilisez-le maintenant. Gardez-la allongée, ou assise si elle respire mieux ainsi, et ne la laissez pas se lever ni marcher. S'il y a un second stylo et que son état ne s'améliore pas cinq minutes après le premier, utilisez-le."],
        "seizure_called_advice": ["Heureusement que les secours sont en route. En attendant, ne retenez pas la personne et ne mettez rien dans sa bouche : écartez ce qui pourrait la blesser, notez la durée de la crise et, quand les convulsions cessent, mettez-la en position latérale de sécurité."],
        "burn_called_advice": ["Heureusement que les secours sont en route. En attendant, refroidissez la brûlure sous l'eau courante fraîche pendant vingt minutes, sans glace, beurre ni crème, et gardez la personne au chaud."],
        "poison_called_advice": ["Heureusement que les secours sont en route. N'essayez pas de faire vomir la personne et gardez l'emballage à portée de main pour montrer aux secours ce qui a été pris et en quelle quantité."],
        "crisis_called_advice": ["Vous avez bien fait d'appeler les secours. Dites-leur tout ce que vous savez, où la personne pourrait être et ce qu'elle a dit ou écrit ; la police peut demander directement à l'opérateur la localisation du téléphone."],
        "safe_called_advice": ["Heureusement que les secours sont en route. Restez dans un endroit sûr, porte verrouillée, jusqu'à leur arrivée et rappelez-les immédiatement si quelque chose change."],
        "site_alert": ["Nous alertons tout de suite notre équipe sur place pour que quelqu'un vienne jusqu'à vous."],
        "stroke_advice": ["Appelez les secours tout de suite et dites que vous pensez à un AVC : bouche de travers, bras que la personne ne peut pas lever ou difficulté à parler. Notez l'heure où cela a commencé et ne lui donnez rien à manger ni à boire."],
        "stroke_called_advice": ["Heureusement que les secours sont en route. Notez l'heure où les signes ont commencé pour la donner aux secours, installez la personne confortablement et ne lui donnez rien à manger ni à boire."],
        "shock_advice": ["Ne touchez pas la personne tant que l'appareil n'est pas débranché ou le courant coupé au disjoncteur. Appelez tout de suite les secours, même si elle semble aller bien : un choc électrique peut avoir des effets sur le cœur."],
        "shock_called_advice": ["Heureusement que les secours sont en route. Ne touchez pas la personne tant que l'appareil n'est pas débranché ou le courant coupé au disjoncteur, et surveillez sa respiration jusqu'à leur arrivée."],
        "cold_chain_advice": ["N'utilisez pas ceux qui sont arrivés tièdes : continuez avec ce que vous avez déjà et dites-nous combien il vous en reste pour que nous vous envoyions un remplacement au plus vite."],
        "self_crisis_advice": ["Vous n'avez pas à traverser cela seul. Parlez à quelqu'un maintenant : une ligne d'écoute répond gratuitement jour et nuit, ou appelez les secours si vous pensez pouvoir vous faire du mal."],
        "romance_scam_ask": ["N'envoyez pas d'argent : quelqu'un rencontré en ligne qui demande de l'argent, quelle que soit l'histoire, c'est le signe d'une arnaque. Signalez le profil pour que notre équipe sécurité l'examine."],
        "romance_scam_sent": ["Nous sommes vraiment désolés. Ce n'est pas votre faute : ces escrocs sont très convaincants. Appelez votre banque tout de suite, elle pourra peut-être récupérer l'argent, et portez plainte auprès de la police ; signalez-nous aussi le profil."],
        "leak_advice": ["Si vous le pouvez, fermez tout de suite le robinet d'arrivée d'eau, éloignez-vous des prises ou des lampes que l'eau atteint et appelez la ligne de dépannage d'urgence."],
        "diluted_feed_advice": ["N'ajoutez pas plus d'eau que prévu au lait infantile : ce n'est pas sûr pour votre bébé, même pour peu de temps. La PMI, votre médecin ou une banque alimentaire peuvent vous aider à obtenir du lait dès aujourd'hui."],
        "bereaved_reminder": ["Nous sommes vraiment désolés que notre message vous soit parvenu après votre perte : nous mettons à jour nos fichiers aujourd'hui pour qu'aucun autre ne vous soit envoyé."],
        "impersonation_advice": ["Merci de vérifier auprès de nous d'abord. Ne payez rien et ne donnez pas vos coordonnées bancaires : en cas de doute sur un appel, un message ou une offre, contactez-nous via notre site ou le numéro que vous connaissez déjà, pas celui qu'on vous a donné."],
        "missing_child_advice": ["Prévenez tout de suite le membre du personnel le plus proche pour que tout le site commence à chercher, et appelez les secours."],
        # a password or PIN posted in public: deleted and changed now
        "protect_password": ["Pour votre sécurité, supprimez ce message et changez votre mot de passe tout de suite."],
        "fraud_advice_merchant": ["Si c'est votre carte, appelez tout de suite votre banque pour la faire opposer ; si c'est votre compte, changez votre mot de passe sans attendre. Nous vérifierons ces paiements avec vous."],
        "fraud_advice": ["Si ce n'est pas déjà fait, bloquez votre carte dans l'appli et appelez-nous tout de suite au numéro au dos de la carte."],
        "sorry_chase": ["Désolés que vous ayez dû nous relancer.", "Désolés d'avoir dû vous faire écrire à nouveau."],
        "sorry_wait": ["Désolés pour l'attente.", "Désolés du délai de réponse."],
        "protect_pii": ["Pour votre sécurité, supprimez ce message tout de suite : ne partagez pas de données personnelles en public."],
        "phishing_advice": ["Ne cliquez pas sur le lien et ne communiquez aucune donnée : nous ne demandons jamais de code, de mot de passe ou de PIN par SMS ou e-mail."],
        "report_advice": ["Si vous ne vous sentez pas en sécurité, contactez la police. Gardez les messages, bloquez et signalez le compte pour que notre équipe sécurité intervienne."],
        "assault_support": ["Nous sommes vraiment désolés de ce qui vous est arrivé, et merci de nous l'avoir dit. Ce n'est pas de votre faute. Un service d'aide aux victimes de violences sexuelles peut vous accompagner, et vous pouvez porter plainte quand vous serez prête ; nous agissons tout de suite sur le compte."],
        "preyed_advice": ["Personne ne devrait se sentir en insécurité ainsi, et nous en sommes vraiment désolés. Si vous vous sentez en danger, appelez la police ; nous veillerons à ce que notre équipe sur place agisse immédiatement."],
        "emergency_advice": ["Appelez tout de suite les secours et expliquez-leur exactement ce qui se passe.", "N'attendez pas : appelez les secours dès maintenant."],
        "emergency_advice_onboard": ["Prévenez tout de suite l'équipage si ce n'est pas déjà fait : il est formé pour cela et peut demander une aide médicale à bord."],
        "swelling_advice": ["Un gonflement qui ferme un œil ou gêne pour avaler demande des soins urgents : allez maintenant aux urgences les plus proches, ou appelez les secours si vous avez du mal à respirer."],
        "allergy_advice": ["Appelez les secours tout de suite : un gonflement des lèvres, de la langue ou de la gorge peut être une réaction allergique grave. Si vous avez un stylo d'adrénaline, utilisez-le maintenant."],
        "safety_advice": ["Votre sécurité d'abord : en cas d'odeur de gaz, de fumée ou d'étincelles, quittez les "
                          "lieux et appelez les secours maintenant.", "Sortez tous à l'air libre tout de suite et appelez les secours : maux de tête, vertiges ou nausées peuvent être une intoxication au monoxyde de carbone. Ne rentrez pas avant que ce soit vérifié."],
        "next_step_us": ["Nous revenons vers vous rapidement.", "Nous regardons cela et revenons vers vous."],
        "next_step_you": ["Tenez-nous au courant.", "Dites-nous si cela fonctionne."],
        "closing": ["Belle journée !", "Nous restons à votre disposition.", "À bientôt !"],
    },
    "it": {
        "greeting": ["Ciao {name}!", "Ciao {name},", "Ciao!", "Buongiorno!"],
        "empathy": ["Ci dispiace davvero per il disagio.", "Siamo spiacenti per quanto successo.",
                    "Capiamo quanto sia frustrante.", "Ci scusiamo per l'inconveniente."],
        "acknowledgement": ["Ce ne stiamo occupando.", "Abbiamo preso nota e ce ne stiamo occupando.",
                            "Siamo qui per aiutarti.", "Ci pensiamo noi."],
        "thanks": ["Grazie!", "Grazie mille.", "Grazie per il messaggio.", "Grazie per la pazienza."],
        "thanks_contact": ["Grazie per averci scritto.", "Grazie per averci contattato.", "Grazie per la segnalazione."],
        "thanks_feedback": ["Grazie per le belle parole!", "Grazie mille per averlo condiviso.",
                            "Grazie, che bello leggerlo!"],
        "thanks_praise": ["Grazie per le belle parole!", "Grazie, che bello leggerlo!"],
        "request_dm": ["Scrivici in messaggio privato e lo verifichiamo insieme.",
                       "Mandaci un messaggio privato così vediamo meglio.",
                       "Continuiamo in messaggio privato per aiutarti meglio."],
        "request_phone": ["Mandaci in messaggio privato un numero e ti richiamiamo.",
                          "Al telefono è più semplice: lasciaci il tuo numero in DM e ti chiamiamo."],
        "request_email": ["Mandaci il tuo indirizzo e-mail in messaggio privato e ti scriviamo.",
                          "Continuiamo via e-mail: condividi il tuo indirizzo in messaggio privato."],
        "offer_help": ["Come possiamo aiutarti?", "Cosa possiamo fare per te?"],
        "concern": ["Ci dispiace moltissimo e speriamo che stiate tutti bene.", "Ci dispiace davvero e speriamo che stiate tutti bene."],
        "concern_you": ["Ci dispiace moltissimo e speriamo che tu stia bene.", "Ci dispiace davvero e speriamo che tu sia al sicuro."],
        "empathy_dignity": ["Ci dispiace davvero, nessuno dovrebbe essere trattato così."],
        "reassure_shame": ["Capiamo quanto sia difficile, e qui nessuno ti giudicherà."],
        "condolence": ["Ci dispiace moltissimo, le nostre più sentite condoglianze."],
        "press_office": ["Le richieste stampa le segue il nostro ufficio stampa: mandaci in privato la tua email e la scadenza e la giriamo subito."],
        "escalate": ["Lo prendiamo sul serio e lo giriamo subito al team competente.",
                     "Deve vederlo il team giusto, e ci assicuriamo che gli arrivi al più presto."],
        "takeover_advice": ["Possiamo bloccare subito l'account perché nessun altro lo usi: mandaci in privato l'email con cui è stato registrato e il tuo nome utente (mai la password), e lo metteremo in sicurezza per restituirtelo."],
        "sim_swap_advice": ["Avvisa subito la tua banca perché blocchi i pagamenti, poi mandaci in privato un altro numero o un indirizzo email: fermeremo il trasferimento del tuo numero e te lo restituiremo."],
        "crisis_advice": ["Se pensi che questa persona sia in pericolo immediato, chiama subito i servizi di emergenza e racconta ciò che sai. Segnala anche il suo account o il messaggio, così il nostro team di sicurezza può intervenire subito."],
        "emergency_no_signal": ["Le chiamate di emergenza passano su qualsiasi rete disponibile, anche senza copertura della tua: richiama ora il numero di emergenza, oppure usa le chiamate Wi-Fi o il telefono di un vicino."],
        # broken down on a motorway: out on the side away from the traffic, behind the barrier
        "breakdown_advice": ["Per la vostra sicurezza, scendete dall'auto dal lato opposto al traffico e aspettate dietro il guardrail; se siete in pericolo, chiamate i soccorsi."],
        # raw sewage where people are; a burst main flooding a road (a water company's read)
        "sewage_advice": ["Per favore tenete tutti, soprattutto bambini e animali, lontani dai liquami e lavatevi bene le mani dopo ogni contatto."],
        "burst_main_advice": ["State ben lontani e non attraversate l'acqua a piedi o in auto: può nascondere buche e la strada può cedere."],
        # a caller posing as the bank, asking to move money to a "safe account": not us, hang up
        "scam_call_advice": ["Quella chiamata non è nostra: non ti chiederemo mai di spostare i tuoi soldi su un altro conto. Riattacca e non trasferire nulla, poi chiamaci al numero sul retro della carta."],
        # ... to a shop, a utility or a telecom: no payment by phone to stop a disconnection; the bank if paid
        "scam_call_advice_merchant": ["Quella chiamata non è nostra: non chiediamo mai un bonifico o un pagamento al telefono per evitare un distacco. Non pagare e riattacca; se hai già pagato, chiama subito la tua banca."],
        "trade_scam_advice": ["Fermati e non inviare né attivare altro: un acquirente o un venditore che chiede carte regalo, un codice, una tassa per sbloccare la spedizione o di andare al bancomat sta cercando di truffarti, qualunque sia la storia. Paga e incassa sempre sulla piattaforma, segnala l'annuncio e, se hai già pagato, chiama subito la tua banca o l'emittente della carta."],
        "transfer_scam_advice": ["Per favore non inviare altro: è una truffa. Chiamaci subito al numero sul retro della carta così proviamo a bloccare o recuperare il pagamento, e denuncia il fatto alla polizia."],
        # the wrong medicine or strength given: no more of it before a pharmacist has checked
        "wrong_medicine_advice": ["Per favore non prendetene altre finché non avete parlato con un farmacista, e se qualcuno sta male chiamate subito i soccorsi o il medico."],
        # a medicine that has not come and is running out: a pharmacy's emergency supply today
        "emergency_supply_advice": ["Chiamaci o chiama subito la tua farmacia: di solito un farmacista può dare una fornitura d'urgenza oggi stesso. Se qualcuno sta male, chiama i soccorsi."],
        # a hazard reported (a fault on board, food that made someone ill, a product that hurt a child): whom it went to
        "safety_report": ["Grazie per la segnalazione. La passiamo subito al nostro team sicurezza perché la verifichi."],
        "pet_emergency_advice": ["Chiama subito il tuo veterinario o la clinica veterinaria di emergenza più vicina e spiega cosa è successo, così saranno pronti."],
        "pet_home_remedy_advice": ["Per favore, non cercare di farlo vomitare da solo: l'acqua salata e altri rimedi casalinghi possono avvelenarlo. Porta la confezione dal veterinario, se ce l'hai."],
        "threat_now_advice": ["La tua sicurezza prima di tutto: se sei in pericolo, chiama subito il numero di emergenza e raggiungi un posto sicuro appena puoi."],
        "held_advice": ["Chiama subito i soccorsi, di' dove ti trovi e condividi la tua posizione in tempo reale con loro o con una persona di fiducia. Tieni il telefono in mano."],
        "door_now_advice": ["Chiama subito i soccorsi e tieni la porta chiusa a chiave: non devi aprire né parlare con nessuno."],
        "intruder_advice": ["Per favore, non affrontare nessuno: mettiti al sicuro e chiama subito i soccorsi."],
        "poison_advice": ["Chiama subito il numero di emergenza, anche se per ora sembra stare bene, e tieni a portata di mano la confezione per dire cosa è stato ingerito e quanto."],
        "seizure_advice": ["Non trattenerlo e non mettergli niente in bocca: allontana gli oggetti con cui potrebbe ferirsi e, quando le convulsioni finiscono, mettilo su un fianco. Chiama subito i soccorsi, soprattutto se dura più di cinque minuti o è la prima volta."],
        "burn_advice": ["Raffredda subito l'ustione sotto acqua corrente fresca per venti minuti e togli anelli o vestiti stretti vicini se non sono attaccati; niente ghiaccio, burro o creme. Chiama i soccorsi se è estesa o profonda, o se riguarda il viso, le mani o un bambino."],
        "help_called_advice": ["Meno male che i soccorsi stanno arrivando. Resta con la persona finché non arrivano e richiama subito i soccorsi se qualcosa peggiora, per esempio il respiro."],
        "allergy_called_advice": ["Meno male che i soccorsi stanno arrivando. Se la persona non ha ancora usato la penna di adrenalina, usala subito. Tienila sdraiata, o seduta se così respira meglio, e non farla alzare né camminare. Se c'è una seconda penna e cinque minuti dopo la prima non migliora, usala."],
        "seizure_called_advice": ["Meno male che i soccorsi stanno arrivando. Nel frattempo non trattenere la persona e non metterle niente in bocca: allontana gli oggetti con cui potrebbe ferirsi, guarda quanto dura la crisi e, quando le convulsioni finiscono, mettila su un fianco."],
        "burn_called_advice": ["Meno male che i soccorsi stanno arrivando. Nel frattempo tieni l'ustione sotto l'acqua corrente fresca per venti minuti, senza ghiaccio, burro o creme, e tieni la persona al caldo."],
        "poison_called_advice": ["Meno male che i soccorsi stanno arrivando. Non cercare di far vomitare la persona e tieni a portata di mano la confezione, per mostrare ai soccorritori cosa ha preso e quanto."],
        "crisis_called_advice": ["Hai fatto bene a chiamare i soccorsi. Racconta loro tutto quello che sai, dove potrebbe essere e cosa ha detto o scritto; la polizia può chiedere la posizione del telefono direttamente all'operatore telefonico."],
        "safe_called_advice": ["Meno male che i soccorsi stanno arrivando. Resta in un posto sicuro con la porta chiusa a chiave finché non arrivano e richiama subito i soccorsi se qualcosa cambia."],
        "site_alert": ["Stiamo avvisando subito il nostro personale sul posto perché qualcuno venga da te."],
        "stroke_advice": ["Chiama subito i soccorsi e di' che potrebbe essere un ictus: bocca storta, un braccio che non riesce ad alzare o difficoltà a parlare. Segna l'ora in cui è iniziato e non dare niente da mangiare né da bere alla persona."],
        "stroke_called_advice": ["Meno male che i soccorsi stanno arrivando. Segna l'ora in cui sono iniziati i sintomi per dirla ai soccorritori, fai stare la persona comoda e non darle niente da mangiare né da bere."],
        "shock_advice": ["Non toccare la persona finché non hai staccato la spina o abbassato l'interruttore generale. Chiama subito i soccorsi, anche se sembra stare bene: una scossa elettrica può danneggiare il cuore."],
        "shock_called_advice": ["Meno male che i soccorsi stanno arrivando. Non toccare la persona finché non hai staccato la spina o abbassato l'interruttore generale, e controlla il suo respiro finché non arrivano."],
        "cold_chain_advice": ["Per favore non usare quelli arrivati caldi: continua con la scorta che hai già e dicci quanto ti resta, così ti mandiamo subito una sostituzione."],
        "self_crisis_advice": ["Non devi affrontarlo da solo. Per favore parla subito con qualcuno: una linea di ascolto come Telefono Amico, oppure chiama il numero di emergenza se pensi di poterti fare del male."],
        "romance_scam_ask": ["Per favore non mandare soldi: se qualcuno conosciuto online ti chiede denaro, qualunque sia la storia, è il segno di una truffa. Segnala il profilo così il nostro team sicurezza lo controlla."],
        "romance_scam_sent": ["Ci dispiace davvero. Non è colpa tua: questi truffatori sono molto convincenti. Chiama subito la tua banca, potrebbe recuperare il denaro, e denuncia il fatto alla polizia e a noi."],
        "leak_advice": ["Se puoi, chiudi subito il rubinetto generale dell'acqua, stai lontano da prese o luci raggiunte dall'acqua e chiama la linea per le riparazioni urgenti."],
        "diluted_feed_advice": ["Per favore non aggiungere più acqua del dovuto al latte in polvere: non è sicuro per il tuo bambino, nemmeno per poco. Il pediatra, il consultorio o un banco alimentare possono aiutarti ad avere il latte oggi."],
        "bereaved_reminder": ["Ci dispiace davvero che il nostro messaggio ti sia arrivato dopo la tua perdita: aggiorniamo oggi i nostri dati perché non te ne arrivino altri."],
        "impersonation_advice": ["Grazie per aver controllato prima con noi. Per favore non pagare e non dare i dati della carta: se non sei sicuro che una chiamata, un messaggio o un'offerta venga da noi, contattaci dal sito o dal numero che già conosci, non da quello che ti hanno dato."],
        "missing_child_advice": ["Avvisa subito il membro del personale più vicino, così tutta la struttura può iniziare a cercare, e chiama il numero di emergenza."],
        # a password or PIN posted in public: deleted and changed now
        "protect_password": ["Per la tua sicurezza, cancella quel post e cambia subito la password."],
        "fraud_advice_merchant": ["Se è stata usata la tua carta, chiama subito la banca per bloccarla; se è il tuo account, cambia subito la password. Verificheremo questi addebiti con te."],
        "fraud_advice": ["Se non l'hai già fatto, blocca la carta nell'app e chiamaci subito al numero sul retro della carta."],
        "sorry_chase": ["Ci dispiace che tu abbia dovuto scriverci di nuovo.", "Ci dispiace che tu abbia dovuto sollecitarci."],
        "sorry_wait": ["Ci scusiamo per l'attesa.", "Ci dispiace per il ritardo nella risposta."],
        "protect_pii": ["Per la tua sicurezza, cancella subito quel post: non condividere dati personali in pubblico."],
        "phishing_advice": ["Non cliccare sul link e non inviare dati: non chiediamo mai PIN, password o codici via SMS o e-mail."],
        "report_advice": ["Se non ti senti al sicuro, contatta la polizia. Conserva i messaggi, blocca e segnala l'account così il nostro team sicurezza può intervenire."],
        "assault_support": ["Ci dispiace tantissimo per quello che ti è successo, e grazie per avercelo detto. Non è colpa tua. Un centro antiviolenza può aiutarti, e puoi denunciare alla polizia quando te la senti; interveniamo subito sull'account."],
        "preyed_advice": ["Nessuno dovrebbe sentirsi in pericolo così, e ci dispiace davvero. Se ti senti in pericolo, chiama la polizia; ci assicureremo che il nostro personale sul posto intervenga subito."],
        "emergency_advice": ["Chiama subito i soccorsi e spiega esattamente cosa sta succedendo.", "Non aspettare: chiama subito i servizi di emergenza."],
        "emergency_advice_onboard": ["Avvisa subito l'equipaggio, se non l'hai già fatto: è addestrato per questo e può chiedere assistenza medica a bordo."],
        "swelling_advice": ["Un gonfiore che chiude un occhio o rende difficile deglutire va curato subito: vai ora al pronto soccorso più vicino, o chiama i soccorsi se fai fatica a respirare."],
        "allergy_advice": ["Chiama subito i soccorsi: il gonfiore di labbra, lingua o gola può essere una grave reazione allergica. Se hai una penna di adrenalina, usala subito."],
        "safety_advice": ["La tua sicurezza prima di tutto: se senti odore di gas o vedi fumo, allontanati e chiama "
                          "subito i soccorsi.", "Uscite subito tutti all'aria aperta e chiamate i soccorsi: mal di testa, vertigini o nausea possono essere un'intossicazione da monossido di carbonio. Non rientrate finché non è stato controllato."],
        "next_step_us": ["Verifichiamo e ti facciamo sapere.", "Ti aggiorniamo appena possibile."],
        "next_step_you": ["Facci sapere come va.", "Dicci se funziona."],
        "closing": ["Buona giornata!", "Restiamo a disposizione.", "A presto!"],
    },
}

# the German bank in the polite form ("Sie"), for a customer who writes "Sie": only the moves whose wording changes
# (word swaps had answered "ich war gerade mit Ihnen im Chat" with "Wähl sofort den Notruf ... Merk Ihnen, wann es anfing")
I18N_POLITE: dict[str, dict[str, list[str]]] = {
    "de-Sie": {
        "request_dm": ["Am besten klären wir das per Direktnachricht.", "Eine kurze Direktnachricht an uns, und wir schauen uns das gemeinsam an.", "Lassen Sie uns das per DM weiter besprechen."],
        "request_phone": ["Schicken Sie uns per DM eine Rufnummer, und wir rufen zurück.", "Telefonisch geht das am schnellsten: Nummer per DM, wir melden uns."],
        "request_email": ["Schicken Sie uns per DM Ihre E-Mail-Adresse, und wir schreiben zurück.", "Das klären wir am besten per E-Mail: die Adresse gern per DM."],
        "offer_help": ["Wie können wir helfen?", "Was können wir für Sie tun?"],
        "fraud_advice": ["Bitte sperren Sie die Karte, falls noch nicht geschehen, sofort in der App und rufen Sie uns unter der Nummer auf der Kartenrückseite an."],
        "sorry_wait": ["Entschuldigen Sie die Wartezeit.", "Sorry, dass es so lange gedauert hat."],
        "protect_pii": ["Zu Ihrer Sicherheit: Bitte löschen Sie den Post gleich und teilen Sie keine persönlichen Daten öffentlich."],
        "safety_advice": ["Ihre Sicherheit geht vor: Wenn es nach Gas riecht oder raucht, verlassen Sie den Raum und rufen Sie sofort den Notruf an.", "Bitte gehen Sie sofort alle an die frische Luft und rufen Sie den Notruf an: Kopfschmerzen, Schwindel oder Übelkeit können eine Kohlenmonoxidvergiftung sein. Gehen Sie erst wieder hinein, wenn alles geprüft ist."],
        "next_step_you": ["Geben Sie uns gern Bescheid, ob es klappt.", "Sagen Sie uns Bescheid, wie es läuft."],
        "emergency_advice": ["Bitte rufen Sie sofort den Notruf an und schildern Sie genau, was passiert.", "Bitte warten Sie nicht: Rufen Sie jetzt gleich den Notruf."],
        "emergency_advice_onboard": ["Bitte geben Sie sofort der Crew Bescheid, falls Sie es noch nicht getan haben: Die Crew ist dafür geschult und kann an Bord medizinische Hilfe holen."],
        "report_advice": ["Wenn Sie sich nicht sicher fühlen, wenden Sie sich bitte an die Polizei. Bewahren Sie die Nachrichten auf, blockieren und melden Sie das Konto, damit unser Sicherheitsteam handeln kann."],
        "phishing_advice": ["Bitte klicken Sie nicht auf den Link und geben Sie keine Daten weiter: Wir fragen nie per SMS oder E-Mail nach PIN, Passwort oder Code."],
        "fraud_advice_merchant": ["Wenn Ihre Karte benutzt wurde, lassen Sie die Karte bitte sofort bei Ihrer Bank sperren; wenn es Ihr Konto war, ändern Sie gleich Ihr Passwort. Wir prüfen die Zahlungen mit Ihnen."],
        "sorry_chase": ["Tut uns leid, dass Sie sich noch einmal melden mussten.", "Sorry, dass Sie nachhaken mussten."],
        "press_office": ["Presseanfragen beantwortet unsere Pressestelle: Schicken Sie uns bitte per Direktnachricht Ihre E-Mail-Adresse und Ihre Deadline, wir leiten die Anfrage sofort weiter."],
        "takeover_advice": ["Wir können das Konto jetzt sperren, damit niemand sonst es nutzt: Schicken Sie uns per Direktnachricht die E-Mail-Adresse, mit der es registriert wurde, und Ihren Benutzernamen (nie Ihr Passwort), dann sichern wir es und sorgen dafür, dass Sie wieder Zugriff bekommen."],
        "sim_swap_advice": ["Bitte informieren Sie sofort Ihre Bank, damit sie Zahlungen sperrt, und schicken Sie uns per Direktnachricht eine andere Nummer oder E-Mail-Adresse: Wir stoppen die Übertragung Ihrer Nummer und holen Ihre Nummer für Sie zurück."],
        "crisis_advice": ["Wenn Sie glauben, dass die Person in akuter Gefahr ist, rufen Sie bitte jetzt den Notruf und sagen Sie, was Sie wissen. Melden Sie bitte auch das Konto oder die Nachricht, damit unser Sicherheitsteam sofort handeln kann."],
        "emergency_no_signal": ["Notrufe gehen über jedes verfügbare Netz, auch wenn Ihres keinen Empfang zeigt: Bitte wählen Sie jetzt noch einmal den Notruf, oder nutzen Sie WLAN-Telefonie oder das Telefon eines Nachbarn."],
        "breakdown_advice": ["Bitte steigen Sie auf der verkehrsabgewandten Seite aus und warten Sie hinter der Leitplanke; wenn Sie in Gefahr sind, rufen Sie sofort den Notruf."],
        "scam_call_advice": ["Dieser Anruf kam nicht von uns: Wir bitten Sie nie, Ihr Geld auf ein anderes Konto zu überweisen. Bitte legen Sie auf und überweisen Sie nichts; rufen Sie uns dann unter der Nummer auf der Kartenrückseite an."],
        "wrong_medicine_advice": ["Bitte nehmen Sie nichts mehr davon, bevor Sie mit einer Apothekerin oder einem Apotheker gesprochen haben, und rufen Sie sofort den Notruf oder einen Arzt, wenn es jemandem schlecht geht."],
        "protect_password": ["Bitte löschen Sie den Beitrag und ändern Sie sofort Ihr Passwort."],
        "scam_call_advice_merchant": ["Dieser Anruf kam nicht von uns: Wir verlangen nie eine Überweisung oder Zahlung am Telefon, um eine Sperre abzuwenden. Bitte zahlen Sie nichts und legen Sie auf; falls Sie schon gezahlt haben, rufen Sie sofort Ihre Bank an."],
        "trade_scam_advice": ["Bitte halten Sie an und schicken oder richten Sie nichts mehr ein: Ein Käufer oder Verkäufer, der Gutscheinkarten, einen Code, eine Gebühr für den Versand oder einen Gang zum Geldautomaten verlangt, will Sie betrügen, egal welche Geschichte er erzählt. Zahlen und kassieren Sie immer über die Plattform, melden Sie die Anzeige und rufen Sie, falls Sie schon gezahlt haben, sofort Ihre Bank oder den Kartenanbieter an."],
        "transfer_scam_advice": ["Bitte schicken Sie nichts mehr: Das ist Betrug. Rufen Sie uns sofort unter der Nummer auf der Rückseite Ihrer Karte an, damit wir versuchen können, die Zahlung zu stoppen oder zurückzuholen, und erstatten Sie Anzeige bei der Polizei."],
        "sewage_advice": ["Bitte halten Sie alle Personen, vor allem Kinder und Haustiere, vom Abwasser fern und waschen Sie sich nach jedem Kontakt gründlich die Hände."],
        "burst_main_advice": ["Bitte halten Sie Abstand und fahren oder laufen Sie nicht durch das Wasser: Es kann Löcher verdecken, und die Straße kann nachgeben."],
        "emergency_supply_advice": ["Bitte rufen Sie uns oder Ihre Apotheke jetzt an: Meist kann eine Apotheke noch heute eine Notversorgung geben. Wenn es jemandem schlecht geht, rufen Sie den Notruf."],
        "safety_report": ["Danke, dass Sie uns Bescheid geben. Wir geben das sofort an unser Sicherheitsteam weiter."],
        "pet_emergency_advice": ["Bitte rufen Sie sofort Ihre Tierarztpraxis oder die nächste Tiernotfallklinik an und sagen Sie, was passiert ist, damit man sich dort vorbereiten kann."],
        "pet_home_remedy_advice": ["Bitte versuchen Sie nicht, Ihr Tier selbst zum Erbrechen zu bringen: Salzwasser und andere Hausmittel können es ebenfalls vergiften. Nehmen Sie die Verpackung mit in die Praxis, wenn Sie sie haben."],
        "missing_child_advice": ["Bitte sagen Sie sofort der nächsten Mitarbeiterin oder dem nächsten Mitarbeiter Bescheid, damit alle auf dem Gelände suchen, und rufen Sie den Notruf."],
        "threat_now_advice": ["Ihre Sicherheit geht vor: Wenn Sie in Gefahr sind, rufen Sie sofort den Notruf und gehen Sie an einen sicheren Ort, sobald Sie können."],
        "held_advice": ["Rufen Sie sofort den Notruf an, sagen Sie, wo Sie sind, und teilen Sie Ihren Live-Standort mit der Leitstelle oder einer Vertrauensperson. Behalten Sie das Handy in der Hand."],
        "poison_advice": ["Bitte rufen Sie sofort den Notruf, auch wenn gerade alles in Ordnung scheint, und halten Sie die Packung bereit, damit Sie sagen können, was und wie viel genommen wurde."],
        "seizure_advice": ["Bitte nicht festhalten und nichts in den Mund stecken: harte Gegenstände wegräumen und nach dem Anfall in die stabile Seitenlage bringen. Rufen Sie sofort den Notruf, vor allem wenn der Anfall länger als fünf Minuten dauert oder der erste ist."],
        "burn_advice": ["Kühlen Sie die Verbrennung sofort zwanzig Minuten unter kühlem fließendem Wasser und nehmen Sie Ringe oder enge Kleidung in der Nähe ab, wenn sie nicht festkleben; kein Eis, keine Butter, keine Cremes. Rufen Sie den Notruf bei großen oder tiefen Verbrennungen oder wenn Gesicht, Hände oder ein Kind betroffen sind."],
        "help_called_advice": ["Gut, dass Hilfe unterwegs ist. Bleiben Sie bei der Person, bis der Rettungsdienst da ist, und wählen Sie sofort noch einmal den Notruf, wenn sich etwas verschlechtert, zum Beispiel die Atmung."],
        "allergy_called_advice": ["Gut, dass Hilfe unterwegs ist. Falls der Adrenalin-Pen noch nicht benutzt wurde, setzen Sie ihn jetzt ein. Die Person soll liegen bleiben, oder sitzen, wenn sie so besser Luft bekommt, und nicht aufstehen oder herumlaufen. Wenn ein zweiter Pen da ist und es fünf Minuten nach dem ersten nicht besser wird, setzen Sie ihn ein."],
        "burn_called_advice": ["Gut, dass Hilfe unterwegs ist. Halten Sie die Verbrennung bis dahin zwanzig Minuten unter kühles, fließendes Wasser, kein Eis, keine Butter, keine Cremes, und halten Sie die Person ansonsten warm."],
        "poison_called_advice": ["Gut, dass Hilfe unterwegs ist. Bitte kein Erbrechen auslösen und die Packung bereithalten, damit Sie den Rettungskräften zeigen können, was und wie viel genommen wurde."],
        "crisis_called_advice": ["Gut, dass Sie den Notruf gewählt haben. Erzählen Sie dort alles, was Sie wissen: wo die Person sein könnte und was sie gesagt oder geschrieben hat. Die Polizei kann den Standort des Handys direkt beim Netzbetreiber anfragen."],
        "safe_called_advice": ["Gut, dass Hilfe unterwegs ist. Bleiben Sie an einem sicheren Ort hinter verschlossener Tür, bis die Hilfe da ist, und wählen Sie sofort wieder den Notruf, wenn sich etwas ändert."],
        "site_alert": ["Wir alarmieren jetzt sofort unser Team vor Ort, damit jemand zu Ihnen kommt."],
        "stroke_advice": ["Wählen Sie sofort den Notruf und sagen Sie, dass es ein Schlaganfall sein könnte: ein hängender Mundwinkel, ein Arm, der sich nicht heben lässt, oder verwaschene Sprache. Merken Sie sich, wann es anfing, und geben Sie der Person nichts zu essen oder zu trinken."],
        "stroke_called_advice": ["Gut, dass Hilfe unterwegs ist. Merken Sie sich für die Rettungskräfte, wann die Anzeichen anfingen, lassen Sie die Person bequem liegen oder sitzen und geben Sie ihr nichts zu essen oder zu trinken."],
        "shock_advice": ["Fassen Sie die Person nicht an, bevor der Stecker gezogen oder die Sicherung ausgeschaltet ist. Wählen Sie sofort den Notruf, auch wenn es ihr gut zu gehen scheint: Ein Stromschlag kann dem Herzen schaden."],
        "shock_called_advice": ["Gut, dass Hilfe unterwegs ist. Fassen Sie die Person nicht an, bevor der Stecker gezogen oder die Sicherung ausgeschaltet ist, und achten Sie auf die Atmung der Person, bis Hilfe da ist."],
        "cold_chain_advice": ["Bitte verwenden Sie die warm angekommenen nicht: nehmen Sie weiter Ihren bisherigen Vorrat und sagen Sie uns, wie viel Sie noch haben, damit wir Ihnen schnell Ersatz schicken."],
        "self_crisis_advice": ["Sie müssen das nicht allein durchstehen. Bitte sprechen Sie jetzt mit jemandem: Die TelefonSeelsorge ist kostenlos und rund um die Uhr erreichbar, oder rufen Sie den Notruf, wenn Sie sich etwas antun könnten."],
        "romance_scam_ask": ["Bitte schicken Sie kein Geld: Wenn jemand, den Sie online kennengelernt haben, um Geld bittet, ist das fast immer Betrug, egal welche Geschichte dahintersteckt. Melden Sie das Profil, damit unser Sicherheitsteam es prüft."],
        "romance_scam_sent": ["Das tut uns sehr leid. Sie sind nicht schuld: Solche Betrüger sind sehr überzeugend. Rufen Sie bitte sofort Ihre Bank an, vielleicht lässt sich das Geld zurückholen, erstatten Sie Anzeige bei der Polizei und melden Sie es uns."],
        "leak_advice": ["Wenn möglich, drehen Sie jetzt den Haupthahn für das Wasser zu, halten Sie Abstand zu Steckdosen oder Lampen, an die das Wasser kommt, und rufen Sie die Notfall-Reparaturhotline an."],
        "diluted_feed_advice": ["Bitte geben Sie nicht mehr Wasser in die Säuglingsnahrung als angegeben: Das ist für Ihr Baby nicht sicher, auch nicht für kurze Zeit. Die Kinderarztpraxis, das Gesundheitsamt oder eine Tafel können Ihnen heute helfen, Säuglingsnahrung zu bekommen."],
        "bereaved_reminder": ["Es tut uns sehr leid, dass unsere Nachricht Sie nach Ihrem Verlust erreicht hat: Wir aktualisieren heute unsere Daten, damit keine weiteren kommen."],
        "impersonation_advice": ["Danke, dass Sie erst bei uns nachfragen. Bitte zahlen Sie nichts und geben Sie keine Kartendaten weiter: Wenn Sie nicht sicher sind, ob ein Anruf, eine Nachricht oder ein Angebot wirklich von uns ist, melden Sie sich über unsere Website oder die Nummer, die Sie schon kennen, nicht über die, die man Ihnen gegeben hat."],
    },
}



def read_replies(root: Path) -> list[tuple[str, str]]:
    """(brand, reply) pairs from the TWCS subsets, deduplicated on text (the files overlap by tweet id)."""
    rows: dict[str, str] = {}
    for pattern in REPLY_FILES:
        for path in sorted(root.glob(pattern)):
            derived = path.name.startswith("DERIVED")
            text_col, brand_col = ("reply_text", "brand") if derived else ("text", "author_id")
            with path.open(encoding="utf-8-sig", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row.get(text_col):
                        rows.setdefault(row[text_col], row.get(brand_col) or "?")
    return [(brand, text) for text, brand in rows.items()]


def normalise(text: str, move: str) -> str | None:
    """A mined unit as a reusable phrase, or None when it is personal, brand-specific or the wrong size."""
    text = clean_reply(EMOJI.sub(" ", text)).replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s*[–—]\s*", " - ", text).strip(" -:;,()")
    if not text or "@" in text or "..." in text or _FOREIGN.search(text) or text in STRUCK:
        return None
    if re.search(r" - \w+\.?$", text):  # an agent's sign-off the signature rule missed ("- prabu")
        return None
    if move == "greeting":
        m = _NAME_IN_GREETING.match(text)
        if m and m.group(2).lower() not in {"there", "again", "all", "friend", "folks", "everyone", "team"}:
            text = f"{m.group(1).rstrip(' ,')} {{name}}{m.group(3)}"
        text = re.sub(r"[\s,.:;!-]+$", "", text) + ("!" if text.endswith("!") else ".")
        text = text.replace(" {name}.", " {name}!") if "{name}" in text else text
    elif text[-1] not in ".!?":
        text += "."
    text = text[0].upper() + text[1:]
    situational = _SITUATIONAL.get(move.split("_")[0])
    if re.search(r"\d|https?://|<[A-Z_]+>", text) or _SPECIFIC.search(text):
        return None
    if situational and situational.search(text):
        return None
    low, high = WORDS.get(move, (3, 25))
    if not low <= len(text.split()) <= high:
        return None
    probe = text.replace("{name}", "Sam")
    if classify_move(probe) != move:
        return None
    if bank_key(move, text) == "thanks" and not _BARE_THANKS.match(text):
        return None
    return text


def phrase_key(text: str) -> frozenset[str]:
    """Normalised token set: contractions expanded, case and punctuation gone."""
    expanded = swap_words(text.lower(), {"we're": "we are", "we'll": "we will", "we'd": "we would", "it's": "it is",
                                    "that's": "that is", "let's": "let us", "you're": "you are",
                                    "we've": "we have", "i'm": "i am", "don't": "do not"})
    return frozenset(re.findall(r"[\w{}]+", expanded))


def select(counts: Counter[str], brands: dict[str, set[str]], k: int = MAX_PER_KEY) -> list[str]:
    """Most frequent phrasings used by several brands first, skipping near-duplicates of ones kept."""
    groups: dict[frozenset[str], Counter[str]] = defaultdict(Counter)
    for phrase, n in counts.items():
        groups[phrase_key(phrase)][phrase] += n
    ranked = sorted(groups.items(), key=lambda kv: (-sum(kv[1].values()), kv[1].most_common(1)[0][0]))
    kept: list[tuple[str, frozenset[str]]] = []
    for key, forms in ranked:
        if sum(forms.values()) < MIN_COUNT or len(kept) >= k:
            break
        if len(set().union(*(brands[p] for p in forms))) < MIN_BRANDS and sum(forms.values()) < COMMON:
            continue
        if any(len(key & other) / len(key | other) >= SIMILAR for _, other in kept):
            continue
        kept.append((forms.most_common(1)[0][0], key))
    return [p for p, _ in kept]


def build_bank(root: Path, extra_replies: list[tuple[str, str]] | None = None) -> dict:
    """Mine, clean and select phrases per bank key; returns {language: {key: [phrases]}} plus ``_meta``.

    ``extra_replies``: (brand, reply) pairs from the case store (successful replies agents sent)."""
    replies = read_replies(root) + list(extra_replies or [])
    mined: dict[str, Counter[str]] = defaultdict(Counter)
    brands: dict[str, set[str]] = defaultdict(set)
    for brand, reply in replies:
        for unit in parse_reply(reply):
            if unit.move in ("content", "signature"):
                continue
            phrase = normalise(unit.text, unit.move)
            if phrase:
                mined[bank_key(unit.move, phrase)][phrase] += 1
                brands[phrase].add(brand)
    english: dict[str, list[str]] = {}
    stats: dict[str, dict[str, int]] = {}
    for key in KEYS:
        chosen = select(mined.get(key, Counter()), brands)
        seeds = [s for s in SEEDS.get(key, []) if phrase_key(s) not in {phrase_key(c) for c in chosen}]
        room = max(MAX_PER_KEY - len(chosen), 0)
        english[key] = chosen + seeds[:room]
        stats[key] = {"mined": len(chosen), "hand_written": min(len(seeds), room),
                      "mined_occurrences": sum(mined.get(key, Counter())[p] for p in chosen)}
    sources = sorted(str(p.relative_to(root)) for pattern in REPLY_FILES for p in root.glob(pattern))
    meta = {"built": date.today().isoformat(), "replies_read": len(replies),
            "store_replies": len(extra_replies or []),
            "brands": len({b for b, _ in replies}), "sources": sources, "min_brands": MIN_BRANDS, "common": COMMON,
            "source_sha256": {s: hashlib.sha256((root / s).read_bytes()).hexdigest()[:16] for s in sources},
            "stats": stats, "min_count": MIN_COUNT, "similar_jaccard": SIMILAR, "max_per_key": MAX_PER_KEY}
    return {"_meta": meta, "en": english, **I18N, **I18N_POLITE}


def model_card(bank: dict) -> str:
    meta = bank["_meta"]
    rows = "\n".join(f"| `{k}` | {len(bank['en'][k])} | {s['mined']} | {s['hand_written']} | "
                     f"{s['mined_occurrences']} |" for k, s in meta["stats"].items())
    langs = ", ".join(f"{lang} ({sum(len(v) for v in moves.values())})" for lang, moves in bank.items()
                      if lang not in ("_meta", "en"))
    return f"""# Paraphrase bank (rephraser moves)

Many ways to say the same greeting, apology, acknowledgement, thanks, private-channel request, next step
and closing, so drafted replies do not read as templates. Used by `model.rephraser.BankRephraser`; the
factual core of a reply is never taken from here.

## Data
- {meta['replies_read']:,} distinct agent replies from the Kaggle "Customer Support on Twitter" corpus
  (TWCS, thoughtvector, Oct-Dec 2017), read from the project's shared datasets:
{chr(10).join(f"  - `{s}` (sha256 {meta['source_sha256'][s]}...)" for s in meta['sources'])}
- **Licence: TWCS is CC BY-NC-SA 4.0** (per its Kaggle page): non-commercial use, share alike, attribute.
  The bank holds short, generic phrases from it (no customer text, no handles, names or numbers); check
  the licence before any commercial use.
- Hand-written phrases (English top-ups, the keys a situation needs said one way, and all es/pt/de/fr/it phrases)
  were written for this project.

## How it was built (`training/paraphrase_bank.py`, {meta['built']})
1. Each reply is cleaned (HTML entities, mojibake), its handles and agent sign-off removed, and cut into
   units tagged with the rephraser's own move classifier.
2. Units that carry a number, link, placeholder, handle or proper noun, or a brand/situation-specific
   word, are dropped; greetings keep a `{{name}}` slot; sizes 3-25 words (greetings and thanks 1+).
3. A phrase must recur in at least {meta['min_count']} replies and be used by at least {meta['min_brands']} brands
   (or {meta['common']}+ times by one), so one brand's house style stays out; near-duplicates (token-set
   Jaccard >= {meta['similar_jaccard']}) keep only their most frequent form; at most {meta['max_per_key']} per
   key; a few mined phrases a reviewer struck are listed in `STRUCK`.
4. Thin keys are topped up with hand-written phrases.

## Counts (English)
| key | phrases | mined | hand-written | mined occurrences |
|---|---|---|---|---|
{rows}

Other languages (hand-written, phrases): {langs}.

## Limits
Mined phrases carry the voice of a few large brands (Apple, Spotify, AirAsia dominate TWCS) and of 2017
Twitter. English phrases are stored in their mined form; the rephraser contracts them for a casual customer
and otherwise keeps them as written. Phone and e-mail requests ask for the customer's contact in DM rather than give
a number, because the bank must never invent one.
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "datasets")
    parser.add_argument("--out", type=Path, default=BANK_PATH.parent)
    args = parser.parse_args(argv)
    bank = build_bank(args.root)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bank.json").write_text(json.dumps(bank, ensure_ascii=False, indent=1), encoding="utf-8")
    (args.out / "MODEL_CARD.md").write_text(model_card(bank), encoding="utf-8")
    print(json.dumps({k: len(v) for k, v in bank["en"].items()}))


if __name__ == "__main__":
    main()
