"""Whether a past reply fits this post: its language, its outcome, its particulars, its subject, its timing.

Every rule here was a real draft that answered another customer's situation; the comments name the post that
taught it. ``fits`` is on the hot path: it runs for every candidate of every post.
"""

from __future__ import annotations

import re

from model import guards
from model.encoder import EN, space_for
from model.particulars import DIGITS, in_digits, names_in, names_them_all, own_particulars, particulars, same_kind
from model.privacy import general_question
from model.register import humiliated
from model.reply_moves import EMERGENCY_NUMBER, content_core, gives_vet_line
from model.reply_timing import rests_on_their_timing, term_days, window_passed
from model.same_subject import (
    ASKS,
    CHARGED,
    DENIES_CHARGE,
    FIRST_SENTENCE,
    YES_NO_ANSWER,
    after_greeting,
    anchors_kept,
    answers_directly,
    answers_in_kind,
    asked_in,
    asks_of_another,
    keeps_an_anchor,
    on_same_subject,
    opposite_outcome,
    own_case,
    shares_a_word,
    subject_kept,
)
from model.types import Candidate, Post
from model.urgency import find_reasons, names_danger, names_in_care, names_takeover, pet_in_danger
from model.weights import Weights

# an action the past agent reports as done for that customer (a refund issued, a reading added, a booking changed; "We've
# gone ahead and responded to your DM" was lent to another customer's "done!")
DONE_FOR_THEM = re.compile(r"\b(?:I'?ve|we'?ve|I have|we have) (?:just |now |already |also |(?:just |now )?gone ahead and )?(?:added|refunded|credited|"
                            r"processed|cancel+ed|updated|changed|amended|booked|rebooked|arranged|issued|applied|"
                            r"reset|removed|hidden|deleted|reinstated|restored|re-?added|reversed|waived|sent you|sent (?:a|another) DM|"
                            # "We've sent a team to move it today" (a scooter dumped on that customer's street, read37)
                            # (not a brand-wide "we've sent an engineer to fix it; service should be back by 6pm")
                            r"(?:sent|dispatched) (?:a|our|the) (?:\w+ )?(?:team|crew) to (?:move|collect|remove|pick up|"
                            r"clear|tow)|"
                            r"re-?sent|corrected|fixed|unlocked|reactivated|"
                            r"replied|responded|answered|found your|picked up your|taken your (?:number|details)|passed (?:this|it|your \w+) (?:on|to))\b|"
                            r"\b(?:has|have) (?:now |just )?been (?:refunded|credited|processed|cancel+ed|updated|"
                            r"changed|amended|booked|rebooked|arranged|issued|applied|reset|reversed|waived|corrected|"
                            r"fixed|unlocked|reactivated)\b|"
                            # "Your refund was processed on 12 March": another customer's refund; not "if your flight
                            # was cancelled, you're entitled to ..."
                            r"(?<!if )(?<!when )(?<!once )\byour (?:\w+ ){1,2}(?:was|were) (?:just |already )?(?:refunded|"
                            r"credited|processed|cancel+ed|issued|reversed|waived|dispatched|shipped|rebooked)\b", re.I)


def _names_only_the_addressee(source: str) -> bool:
    """Whether every <NAME> in a past reply addresses its customer ("Hi <NAME>", "Sorry, <NAME>."), the slot this
    customer's name fills; a <NAME> in mid-sentence was someone or something else ("From 1 November, <NAME> is
    £8.99 a month": a plan the tagger read as a name) and the reply is not borrowed."""
    for m in re.finditer(r"<NAME>", source):
        before, after = source[max(0, m.start() - 16):m.start()], source[m.end():m.end() + 2]
        if not (_GREETED_BEFORE.search(before) or re.match(r"\s*(?:[,!?.:;]|$)", after)):
            return False
    return True


_GREETED_BEFORE = re.compile(r"(?:^|\b(?:hi|hello|hey|hiya|dear|thanks|thank you|sorry|morning|evening|afternoon|"
                             r"welcome|cheers|hola|hallo|bonjour|ciao|ol[áa]|oi)[,!]?)\s*\Z", re.I)


# a placeholder of personal data at import; <NAME> is a slot the customer's name fills
PERSONAL_SLOT = re.compile(r"<(?!NAME>)[A-Z_]+>")


def fits(cand: Candidate, language: str, weights: Weights, ranked: bool, source: str | None = None,
         post: Post | None = None, asks: str | None = None, similar: bool = False) -> bool:
    """Whether a past reply's content answers this post: written in the post's language (content is
    never translated), and its post was close to this one or (English) the ranker scores its text high
    for this post. The brand's own replies too: a brand has many situations (a delayed flight is not a
    cancelled one). ``source`` (the reply as it would be used) and ``post``: stricter for a reply naming
    its own incident's particulars, and for another brand's reply (see ``Weights``). ``similar``: whether it may
    be offered as the answer to a similar question: less close, the words of its reply not checked against this post,
    but never naming another incident's particulars, another title or place, nor a fix for a question."""
    if (cand.case.language or "en")[:2] != (language or "en")[:2]:
        return False
    # an unresolved case or a poor CSAT lends no content: "successful replies" only (it ranks low anyway,
    # but a lone close case was copied word for word)
    if cand.case.quality < weights.min_fit_quality:
        return False
    # humiliated, or treated differently for who they are: another customer's how-to is no answer ("face a window or
    # a bright light" to a trans user told again and again she is "not the person in the photos", read39)
    if post is not None and humiliated(post.text) and not humiliated(cand.case.post):
        return False
    # another customer's e-mail, account or address, hidden at import: that reply was theirs alone; and what
    # its agent already did for them ("I've added the latest reading", "we've just sent you a DM") is not done
    # for this customer
    if source is not None and (PERSONAL_SLOT.search(source) or DONE_FOR_THEM.search(source)
                               or not _names_only_the_addressee(source)):
        return False
    w, close, english = weights, cand.post_similarity, space_for(language) == EN
    standing = False
    if source is not None and post is not None:
        own = own_case(cand.case, post)
        standing = (own and close >= w.min_fit_post_standing
                    and answers_in_kind(cand.case.post, source, post.text, post.brand, language or "en")
                    and on_same_subject(cand.case, post, language or "en", source))
        # the brand's own answer to the same hazard ("smell gas" / "hissing noise and I can smell gas"): what to
        # do and whom to call is the same for everyone in that danger
        # (at another of its sites, "lodge 22 at Pinecrest Glenmore" / "our lodge at Pinecrest Lakeside", when the
        # reply names neither: read32)
        # ... and to an animal poisoned or hurt now: the brand's out-of-hours vets, whatever it ate ("my lab just ate a
        # whole bar of dark chocolate, Leeds branch is shut" / "my puppy has just eaten a load of raisins ... call our
        # Out-of-Hours line now on 0330 ... don't try to make him sick yourself", read37)
        # (a reply giving its vets' line: not "our Leeds branch is open until 8pm tonight", another night's answer)
        pet_hazard = bool(pet_in_danger(post.text) and pet_in_danger(cand.case.post) and gives_vet_line(source))
        hazard = (own and close >= w.min_fit_post_standing and (
            names_danger(post.text) and names_danger(cand.case.post) and shares_a_word(cand.case.post, post.text)
            # ... and to someone in the account taking the money now: freeze it, the fraud line (read36)
            or "fraud" in find_reasons(post.text) and names_takeover(post.text) and names_takeover(cand.case.post)
            or pet_hazard)
            and on_same_subject(cand.case, post, language or "en", source))
        standing = standing or hazard
        # the brand's own reply that answers this general question in its words ("is EU roaming included in my
        # plan?" / "roaming in the EU is included in all our monthly plans"), whatever its own customer asked:
        # what that post and reply shared ("Spain", "data") is no anchor for this one; a reply opening "We do!"
        # said yes to its own question ("do you do unlimited data on sim only?"), not to this one
        # (naming every word of it, less close; a reply opening "Yes" names them all in that sentence: "do you take
        # paypal?" / "Yes, we take Klarna, PayPal, Apple Pay ...")
        yes_no = bool(YES_NO_ANSWER.match(after_greeting(source) if similar else source))
        direct = (own and close >= w.min_fit_post_direct and general_question(cand.case.post)
                  and (not (english and ranked) or cand.fit >= w.min_fit_ranker)
                  and (answers_directly(FIRST_SENTENCE.match(source).group() if yes_no else source, post.text,
                                        post.brand, language or "en", every=True)
                       or close >= w.min_fit_post_standing and not yes_no
                       and answers_directly(source, post.text, post.brand, language or "en")))
        standing = standing or direct
        # (in what the draft keeps: "Five days without your number isn't okay, sorry!" is an apology the bank
        # says afresh, its "DM us your old provider's name" answers someone waiting 8 days too)
        named = particulars(content_core(source, language or "en"), post.text, post.brand, language or "en")
        this_own = own_particulars(post.text, post.brand, language or "en")
        if not own and (named or guards.URL.search(source) or guards.NUMBER.search(source)):
            return False
        # the post names its own place, amount or number ("around Bristol", "£25", "waited 30 min") and the
        # reply another ("near Leeds", "£40", "50 minutes")
        # (a different kind is no conflict: "Economy Light" asked, "a 10kg cabin bag" answered; "in Spain" and
        # "call us on +44 20 7946 0000")
        # ... unless the reply names the post's own names too: "billete Promo" asked, "los Flex ...; los Promo ..."
        # answered (an amount or a number it repeats still came with the other incident's own)
        # (what the past post said too is no conflict: "travelling for 2 months" asked again of "up to 3 months")
        past_text = in_digits(cand.case.post).lower()
        this_own = {p for p in this_own if p.lower() not in past_text}
        # (an amount, time or number its own post did not give is the brand's term, the same for this customer:
        # "Check-in is from 3pm" answers "our train gets in at 12", "a £12 minimum fare before 10:00" an 8am train;
        # "five weeks is far longer than it should take" echoed "it's been 5 weeks" and does not answer "6 weeks")
        past_numbers = set(DIGITS.findall(past_text))
        incident = {p for p in named if not any(c.isdigit() for c in p) or set(DIGITS.findall(p)) <= past_numbers}
        if incident and this_own and same_kind(incident, this_own) and not names_them_all(source, this_own):
            return False
        # ... and what its own customer named ("a cello needs its own seat") is no answer to a guitar, asked less
        # closely; the brand's terms that it names ("£4.99 a month through UNiDAYS") are
        # (as a word: "Pay" of "PayPoint" is not the "pay" in "prepayment")
        # (a bare "1" only as a digit: "one of my tickets" asked names no "1 hour before doors"; "three weeks"
        # is still the "3 weeks" its reply repeats)
        if similar and any(re.search(rf"(?<!\w){re.escape(p.lower())}(?!\w)",
                                     cand.case.post.lower() if p == "1" else past_text) for p in named):
            return False
        # the words the past post and its reply share are what the reply is about ("cello", "yoga", "TV"):
        # this post must be about them too
        # (a post as close as the brand's own threshold may miss one of two: "emergency credit used and I can't
        # top up, app keeps crashing" answered "call us now ... add extra credit ... while we look at the app",
        # which a meter out of credit with a baby at home needs, app or not)
        # (in what the draft keeps: its apology is redrawn, and "Sorry it's running badly for you!" named the past
        # customer's fault, which a refund question need not repeat)
        if not (direct or similar or hazard and pet_hazard) and not anchors_kept(cand.case.post, content_core(source, language or "en"), post.text,
                                           language or "en", spare=int(standing or close >= w.min_fit_post)):
            return False
        if similar and asks_of_another(cand.case.post, source, post.text):
            return False
        # ... and a similar question's answer is about what its post and reply share ("moving", "cancel"): a post
        # about none of it ("no power", "charged twice", "my claim") is about something else (read34)
        if similar and not keeps_an_anchor(cand.case.post, content_core(source, language or "en"), post.text):
            return False
        # the opposite outcome: "I failed my exam, can I retake it?" was answered "Sorry it didn't go your way"; "I
        # passed but only just, can I retake it to improve my grade?" is another situation (read31)
        if opposite_outcome(cand.case.post, post.text):
            return False
        # ... and a reply denying the charge this customer reports: "You're never charged for an unlock that fails"
        # to "unlocked the scooter and then charged me for standing next to it for 15 minutes" (read31)
        if DENIES_CHARGE.search(source) and CHARGED.search(post.text):
            return False
        # ... and a similar question's answer whose first word is what its own customer asked about is about that:
        # "Sofas are made to order, so delivery usually takes 6-8 weeks" is no answer for a dining table (read30),
        # "Dogs are welcome" none for a cat, "Bikes travel free" none for an e-scooter
        if similar and not subject_kept(cand.case.post, content_core(source, language or "en"), post.text):
            return False
        # a post only loosely like the past one and sharing no word with it: "That's serious, please don't take
        # any more of it" answered "you gave me the wrong medication", not "nobody called me back" (0.66 close)
        if not (direct or similar) and close < w.min_fit_post_unshared and not shares_a_word(cand.case.post, post.text):
            return False
        # "Please call 999 immediately if no one has" answered someone collapsing; lent to "ok thanks" it is
        # alarming nonsense: the emergency services only for a post where someone is hurt or in danger
        this_reasons = find_reasons(post.text)
        if EMERGENCY_NUMBER.search(source) and ("safety" not in this_reasons or names_in_care(post.text)):
            return False
        # money being taken now: only another fraud's answer ("confirm the payment in Notifications and the card
        # is active again" answered a blocked card, and told a fraud victim to unblock theirs)
        # ... and the other way: "reset your password and sign out of all devices" answered orders placed on a
        # stolen account, not an order cancelled after 50 minutes
        if ("fraud" in this_reasons) != ("fraud" in find_reasons(cand.case.post)):
            return False
        # the past post named its own title, place or number and this post others ("The Salt Road" vs
        # "Winter Tides"): another situation, whatever its reply says
        # (names only: a reply silent on the past post's date or amount, "DM us your switch reference and
        # we'll chase it", answers "switching on the 20th" as it answered "on the 12th")
        past_own = names_in(guards.without_links(cand.case.post), cand.case.brand, language or "en")
        this_names = names_in(guards.without_links(post.text), post.brand, language or "en")
        if not (direct or hazard) and past_own and this_names and not ({m.lower() for m in past_own}
                                                                      & {m.lower() for m in this_names}):
            return False
        # ... and a similar question's answer names what this one asks about ("roaming in Japan" is not answered by
        # "most plans include EU roaming")
        # (names in its question only: "Doing Edinburgh to Cornwall" says why "is there a mileage cap?" is asked;
        # "Emberfall" both asked about)
        asked_anew = {m.lower() for m in this_names if re.search(rf"\b{re.escape(m)}\b", asked_in(post.text))} - {
            m.lower() for m in past_own} if similar else set()  # (a similar answer only: fits() is on the hot path)
        if asked_anew and not any(re.search(rf"\b{re.escape(m)}\b", source, re.I) for m in asked_anew):
            return False
        # "We do!" to a thank-you; ``asks``: the new post's own text, when the post comes with its thread
        if yes_no and (similar or not ASKS.search(post.text if asks is None else asks)):
            return False  # ... and "Yes, students get 50% off" said yes to its own question, not to "annual plan?"
        # the reply's window has passed for this customer: "refunds go back within 7-10 business days, so there's
        # nothing you need to do" to "Three weeks and not one answer", "if the price drops within 14 days of your
        # order" to "ordered ... 5 weeks ago" (read30)
        if window_passed(source, post.text):
            return False
        if rests_on_their_timing(source, cand.case.post, post.text):
            return False
        if standing:  # its particulars are the brand's terms, the same for every customer who asks
            return True
        # a question about the brand's products or terms is not answered by the fix for someone's own fault ("how
        # do I submit a meter reading?" got "it's usually the comms hub losing its signal, DM us your account")
        if close < w.min_fit_post_same_question and general_question(post.text) and not general_question(
                cand.case.post):
            return False
        # (a day of the month the terms give everyone is none: "Readings in before the 5th land on this month's bill")
        if named - term_days(source) and not similar and close < w.min_fit_post_same_question and not (
                close >= w.min_fit_post_particular
                and (not (english and ranked) or cand.fit >= w.min_fit_ranker_particular)):
            return False
    if not english:
        return close >= w.min_fit_post_multi
    if similar:
        return close >= w.min_similar_post
    if ranked:
        return close >= w.min_fit_post_floor and (close >= w.min_fit_post or cand.fit >= w.min_fit_ranker)
    return close >= w.min_fit_post
