"""ReplyRecommender: drafts for one inbound post, read top to bottom like Presidio's ``analyze``.

analyze (PII found, never echoed) -> retrieve_candidates (similar posts + response ranker) -> score_candidates
(fused with outcome quality, recency, brand and language) -> filter_and_rank (brand first, other brands with
the name swapped when the brand has few cases) -> diversify (expected match, model.selection) -> rephrase (each
draft the variant likeliest in the brand's voice) -> guard -> drafts.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

import numpy as np

from model.analyzer import PostAnalyzer
from model.case_fit import DONE_FOR_THEM, PERSONAL_SLOT, fits
from model.encoder import EN, Encoded, space_for
from model.guards import check_facts, check_length, check_meaning, check_no_pii, trigram_overlap
from model.privacy import happened_to_them, says_nothing
from model.ranker import ResponseRanker
from model.recent_texts import RecentTexts, past_greeting
from model.register import Style, praised_staff, style_from
from model.rephraser import BankRephraser
from model.reply_edits import (
    IF_STILL,
    SENTENCE_END,
    STILL_NOT,
    STILL_WORDS,
    shares_a_sentence,
    swap_brand,
    without_their_asides,
    without_their_yes,
)
from model.reply_moves import PRIVATE, gives_vet_line, strip_frame
from model.retriever import CaseRetriever, clean_for_encoding
from model.same_subject import (
    answers_in_kind,
    own_case,
    shared_stems,
    topic_words,
)
from model.selection import Belief, expected_match
from model.sentiment import ANGRY_EMOJI
from model.thread import ThreadContext
from model.types import Analysis, Candidate, Draft, Post
from model.urgency import (
    LOST_CARD,
    asks_for_comment,
    counts_contacts,
    names_allergic,
    names_allergy_now,
    names_assault_now,
    names_breakdown,
    names_burn,
    names_danger,
    names_diluted_feed,
    names_door_now,
    names_dosed_animal,
    names_electric_shock,
    names_emergency,
    names_face_swelling,
    names_gave_card,
    names_hardship,
    names_hazard_report,
    names_held_in_vehicle,
    names_help_called,
    names_impersonation,
    names_in_care,
    names_intruder_now,
    names_meds_running_out,
    names_missing_child,
    names_no_way_to_call,
    names_on_site,
    names_own_crisis,
    names_pet_ate,
    names_pet_in_care,
    names_phishing,
    names_press,
    names_preyed,
    names_romance_scam,
    names_scam_call,
    names_seizure,
    names_self_harm,
    names_sent_after_loss,
    names_sewage_or_main,
    names_sexual_assault,
    names_sim_swap,
    names_stroke,
    names_swallowed,
    names_takeover,
    names_threat,
    names_trade_scam,
    names_warm_medicine,
    names_wrong_medicine,
    own_animal,
    pet_in_danger,
)
from model.urgency.other_languages import away_from_door, crisis_of_another, sent_to_scammer
from model.weights import Weights


@dataclass
class Recommendation:
    analysis: Analysis
    drafts: list[Draft]
    candidates: list[Candidate] = field(default_factory=list)
    post_key: str = ""  # the post's text and brand, part of each draft_id

    def to_dict(self, post_id: str) -> dict:
        """The drafts output line; each draft carries a ``draft_id`` that feedback may name."""
        return {"id": post_id, "drafts": [d.to_dict() | {"draft_id": draft_id(post_id, d.text, self.post_key)}
                                          for d in self.drafts],
                "analysis": self.analysis.to_dict()}


def draft_id(post_id: object, text: str, post_key: str = "") -> str:
    """A draft's id: the same post and text always get the same one (feedback names it, `POST /v1/feedback`); the
    post's own text and brand are part of it, so two posts with the same id (or none) never share one."""
    return "d-" + hashlib.sha256(f"{post_id}\0{post_key}\0{text}".encode()).hexdigest()[:16]


class ReplyRecommender:
    def __init__(self, analyzer: PostAnalyzer, retriever: CaseRetriever, ranker: ResponseRanker | None,
                 rephraser: BankRephraser, fallback: BankRephraser | None = None,
                 weights: Weights | None = None) -> None:
        self.analyzer = analyzer
        self.retriever = retriever
        self.ranker = ranker
        self.rephraser = rephraser
        self.fallback = fallback or (rephraser if isinstance(rephraser, BankRephraser) else BankRephraser())
        self.weights = weights or Weights()
        self._recent = RecentTexts(self.weights.recent_window)

    def recommend(self, post: Post, k: int = 3) -> Recommendation:
        if not post.brand:
            post = replace(post, brand=self.retriever.brand_addressed(post.text))
        thread = ThreadContext.read(post)  # a short follow-up is read with the customer's earlier messages
        post = thread.post
        (analysis,), encoded = self.analyzer.analyze_encoded([post])
        analysis = thread.own(analysis)
        space = space_for(analysis.language)
        post_vec = self._post_vector(encoded, space)
        candidates = self.retrieve_candidates(post_vec, space, post.brand)
        scored = self.score_candidates(candidates, post_vec, space, post, analysis)
        ranked = self.tone_compatible(self.filter_and_rank(scored, post.brand), analysis)
        belief = self.belief(ranked, space)  # where the agent's own reply probably lies
        chosen = self.choose(ranked, space, k, post, analysis, thread, belief)
        drafts = self.rephrase(post, analysis, chosen, thread, belief)
        return Recommendation(analysis=analysis, drafts=drafts, candidates=chosen,
                              post_key=f"{post.brand or ''}\0{post.text}")

    # --- steps ----------------------------------------------------------------------------------------
    @staticmethod
    def _post_vector(encoded: Encoded, space: str) -> np.ndarray:
        return encoded.vectors[space][0]

    def retrieve_candidates(self, post_vec: np.ndarray, space: str, brand: str | None = None) -> list[Candidate]:
        query = self.ranker.project(post_vec[None, :])[0] if self.ranker and space == EN else None
        return self.retriever.retrieve(post_vec, space, reply_query=query, brand=brand)

    def score_candidates(self, candidates: list[Candidate], post_vec: np.ndarray, space: str, post: Post,
                         analysis: Analysis) -> list[Candidate]:
        if not candidates:
            return []
        w, r = self.weights, self.retriever
        rows = r.rows_for(candidates)
        replies = r.reply_vecs_[space][rows]
        brand = (post.brand or "").lower()
        same = np.array([bool(brand) and r.brand_[row] == brand for row in rows])
        if self.ranker and space == EN:  # the ranker's learned brand prior stands in for the fixed weight
            text_score = self.ranker.score(post_vec, replies)
            ranker, brand_weight = text_score + self.ranker.brand_prior(same), 0.0
        else:
            text_score = None
            ranker, brand_weight = replies @ post_vec, w.same_brand
        density = r.density(space)
        for i, (c, row, rank_score, is_same) in enumerate(zip(candidates, rows, ranker, same, strict=True)):
            c.reply_score = float(rank_score)
            c.fit = float(text_score[i]) if text_score is not None else c.post_similarity
            c.score = (w.post * c.post_similarity + w.ranker * c.reply_score + w.quality * r.quality_[row]
                       + w.recency * r.recency_[row] + brand_weight * is_same
                       + w.same_language * (r.language_[row] == analysis.language) + w.density * density[row])
        return sorted(candidates, key=lambda c: -c.score)

    def filter_and_rank(self, candidates: list[Candidate], brand: str | None) -> list[Candidate]:
        """The brand's own replies first; other brands' only when it has too few, with the name swapped."""
        if not brand:
            return candidates
        own = [c for c in candidates if (c.case.brand or "").lower() == brand.lower()]
        if len(own) >= self.weights.min_brand_candidates:
            return own
        return own + [c for c in candidates if c not in own]

    @staticmethod
    def tone_compatible(candidates: list[Candidate], analysis: Analysis) -> list[Candidate]:
        """A reply written for the opposite mood reads absurd ("Glad you enjoyed it!" to a stranded family,
        "Sorry for the trouble" to a thank-you): drop those, unless nothing else is left."""
        label = analysis.sentiment["label"]
        wrong = _FOR_HAPPY if label == "negative" else _FOR_UNHAPPY if label == "positive" else None
        if wrong is None:
            return candidates
        kept = [c for c in candidates if not wrong.search(c.case.reply)]
        return kept or candidates

    def choose(self, ranked: list[Candidate], space: str, k: int, post: Post, analysis: Analysis,
               thread: ThreadContext, belief: Belief | None = None) -> list[Candidate]:
        """The replies whose content answers this post first, diversified; the rest fill the other drafts (holding
        replies). Diversifying first had left a fitting reply ranked fourth unused beside three holding replies."""
        belief = belief or self.belief(ranked, space)
        if says_nothing(post.text) or thread.brand_said or names_press(post.text):
            after = self.next_step(ranked, post, analysis, thread) if thread.brand_said else None
            if after is not None:  # marked for the agent, after the replies safe to send as they are
                return self.diversify([c for c in ranked if c.case is not after.case], space, k - 1, belief) + [after]
            return self.diversify(ranked, space, k, belief)
        first = self.diversify(ranked, space, k, belief)
        w = self.weights
        # further down, a reply must be vouched for by the ranker too, or answer a near-repeat of its post (without
        # a ranker: be as close as the brand's own threshold): on 400 dev posts, a pool on fits() alone lent troubleshooting steps to "who
        # said it was mine?" and "we need to be fair to everyone disrupted" to a phone number (fit < 0.25)
        pool = [c for c in ranked[:w.fit_pool] if c in first or c.post_similarity >= w.min_fit_post_same_question or (
            c.fit >= w.min_fit_ranker if self.ranker and space == EN else c.post_similarity >= w.min_fit_post)]
        fitting = [c for c in pool if self.fits(c, analysis.language, self._source(c, post), post,
                                                asks=thread.own_text)]
        chosen = self.diversify(fitting, space, k, belief)
        similar = None if chosen else self.similar_answer(pool, post, analysis, thread)
        if similar is not None:  # the last draft: the holding replies, safe to send as they are, come first
            rest = self.diversify([c for c in ranked if c is not similar], space, k - 1, belief)
            return rest + [replace(similar, similar=True)]
        return chosen + self.diversify([c for c in ranked if c not in chosen], space, k - len(chosen), belief)

    def similar_answer(self, pool: list[Candidate], post: Post, analysis: Analysis,
                       thread: ThreadContext) -> Candidate | None:
        """The brand's own answer to a similar question, when no past reply answers this post: three holding replies
        left the agent to type what the brand had answered in other words ("how long have I got to send stuff back?"
        / "Returns are free within 30 days"). Never for danger, fraud, a death, the law or the press, where a reply
        meant for another situation could harm; nor to thanks and praise, which the bank answers in kind, nor to a
        chaser ("4th message, tracking hasn't moved in 9 days" is not told how to track an order; "I was told someone
        would call me yesterday. Nobody did." is not told to stop taking a wrong medicine)."""
        reasons = set(analysis.urgency.get("reasons", []))
        if (not post.brand or analysis.sentiment["label"] == "positive" or counts_contacts(post.text) or thread.waited
                or reasons & _NO_SIMILAR_ANSWER or analysis.route.get("team") in {"legal", "pr"}):
            return None
        own = [c for c in pool if own_case(c.case, post)]
        top = own[0] if own else None  # the brand's best-ranked answer, or none
        # ... unless a case of the brand is far closer to this post: what that one asked is what this post asks, and
        # if its answer cannot be lent, a looser match is about something else ("what does it cost to hire one of
        # the e-scooters?" was offered the age limit while "how much does it cost to unlock an e-scooter?" stood by)
        if top is not None and max(c.post_similarity for c in own) - top.post_similarity > self.weights.similar_margin:
            return None
        if top is None or not self.fits(top, analysis.language, self._similar_source(top, post, analysis.language), post,
                                        asks=thread.own_text, similar=True):
            return None
        return top

    def next_step(self, ranked: list[Candidate], post: Post, analysis: Analysis,
                  thread: ThreadContext) -> Candidate | None:
        """In a thread where the brand gave a first step and the customer says it did not work ("did that
        yesterday, still says HAN offline"), the brand's own next step from a case that gave the same first step:
        "If it still says HAN offline after 24 hours, DM us your postcode and we'll book a free engineer visit."
        (read34: nothing was borrowed once the brand had spoken, and three DM requests asked nothing in particular)."""
        own = thread.own_text
        reasons = set(analysis.urgency.get("reasons", []))
        if not STILL_NOT.search(own) or reasons & {"safety", "fraud", "bereavement"} or names_press(own):
            return None
        said = topic_words(thread.brand_said[-1])
        for cand in ranked[:self.weights.fit_pool]:
            case = cand.case
            if (not own_case(case, post) or (case.language or "en")[:2] != (analysis.language or "en")[:2]
                    or case.quality < self.weights.min_fit_quality):
                continue
            source = self._source(cand, post)
            sentences = SENTENCE_END.split(source)
            for i, sentence in enumerate(sentences[1:], start=1):
                condition = IF_STILL.match(sentence)
                # (nor a name hidden at import: "If it still says <NAME> offline" had read "HAN offline" as a name)
                if not condition or PERSONAL_SLOT.search(sentence) or "<NAME>" in sentence \
                        or DONE_FOR_THEM.search(sentence):
                    continue
                # the same first step (its words before the condition), and the condition this post reports
                before = topic_words(" ".join(sentences[:i]))
                if len(shared_stems(before, said)) >= 2 and shared_stems(
                        topic_words(condition.group()) - STILL_WORDS, topic_words(own)):
                    return replace(cand, next_step=sentence.strip())
        return None

    def _similar_source(self, cand: Candidate, post: Post, language: str) -> str:
        """The reply as a similar question's answer uses it: without what only its own customer was told."""
        return without_their_yes(without_their_asides(self._source(cand, post), cand.case.post, post.text, post.brand,
                                                      language or "en"))

    @staticmethod
    def _source(cand: Candidate, post: Post) -> str:
        """The past reply as a draft would use it: the brand's name swapped in, its body without handles and
        sign-off (another customer's @handle and the other agent's initials never reach a draft)."""
        source = swap_brand(cand.case.reply, cand.case.brand, post.brand)
        return strip_frame(source)[0] or source

    def belief(self, ranked: list[Candidate], space: str) -> Belief | None:
        """Where the agent's reply probably lies among the ranked candidates (model.selection)."""
        if not ranked:
            return None
        vecs = self.retriever.reply_vecs_[space][self.retriever.rows_for(ranked)]
        return Belief.from_scores(vecs, np.array([c.score for c in ranked]), self.weights.belief_temperature, space)

    def diversify(self, candidates: list[Candidate], space: str, k: int, belief: Belief | None = None) -> list[Candidate]:
        """The k candidates the agent most likely finds their reply among (expected match over ``belief``, by default
        the candidates' own scores), so the drafts are neither near-duplicates nor a likely reply's rare wording."""
        if not candidates or k <= 0:
            return []
        vecs = self.retriever.reply_vecs_[space][self.retriever.rows_for(candidates)]
        belief = belief or self.belief(candidates, space)
        return [candidates[i] for i in expected_match(vecs, belief, k, self.weights.max_pairwise)]

    def rephrase(self, post: Post, analysis: Analysis, chosen: list[Candidate],
                 thread: ThreadContext | None = None, belief: Belief | None = None) -> list[Draft]:
        thread = thread or ThreadContext(post)
        style = style_from(post.text, analysis.sentiment["label"], analysis.urgency["level"],
                           analysis.privacy["move_private"], analysis.privacy["channel_advice"], post.channel,
                           post.author, post.brand, language=analysis.language, public=post.public)
        seed = int(hashlib.sha256(f"{post.id}|{post.text}".encode()).hexdigest()[:8], 16)
        reasons = analysis.urgency.get("reasons", [])
        safety = "safety" in reasons
        # a man threatening passengers in coach 4 is the emergency line and the crew, not "block and report the
        # account"
        threat, in_person = safety and names_threat(post.text), bool(_IN_PERSON.search(post.text))
        # the danger head's reading of a post in another language that no rule named ("esta noche subo a la azotea")
        told = analysis.urgency.get("situation")
        threat_now = threat and in_person or safety and names_assault_now(post.text) or told == "door"
        own_crisis = told == "crisis" and not crisis_of_another(post.text) or safety and names_own_crisis(post.text)
        trade_scam = "fraud" in reasons and names_trade_scam(post.text)
        seizure, burn = safety and names_seizure(post.text), safety and names_burn(post.text)
        bank = self.issues_cards(post.brand)
        # someone in danger or hurt hears help first, not a word on the tracking number they posted ("my insulin ...
        # 1 day of supply left. Tracking PP48...": "please don't post personal details here" read as a telling-off)
        # (an order number alone is no secret: "4th message. Order CL-88213 ..." is not told off for it)
        posted = {span["type"] for span in analysis.privacy.get("pii", [])} - {"ORDER_ID"}
        # (but a stalker's target who posted her number and street: "please delete that post" is safety too, read35)
        dosed_animal = safety and names_dosed_animal(post.text)  # a wrong dose given to a pet: a vet's, not a pharmacist's
        wrong_medicine = safety and names_wrong_medicine(post.text) and not dosed_animal
        style = replace(style, posted_pii=bool(analysis.privacy.get("pii_in_public")) and bool(posted)
                        and (not safety or (threat and not in_person)),
                        posted_password="PASSWORD" in posted,
                        # a family stranded at night hears "we hope everyone is OK", not "we understand your frustration"
                        danger=safety and names_danger(post.text), hurt=safety or "stranded" in reasons,
                        # (a customer's own crisis in hospital too: "I'm in A&E again and I feel suicidal")
                        emergency=safety and names_emergency(post.text) and not names_in_care(post.text) or threat_now
                        or own_crisis or told in ("allergy", "hurt_now")
                        or seizure or burn,
                        threat_now=threat_now, held=threat_now and names_held_in_vehicle(post.text),
                        # (an allergic reaction keeps "call the emergency services now", read39's review)
                        face_swelling=safety and names_face_swelling(post.text) and not names_allergic(post.text)
                        or told == "swelling",
                        # (a driver who won't stop, someone following: somewhere safe, not the door kept locked)
                        at_door=(safety and names_door_now(post.text) or told == "door")
                        and not (analysis.language != "en" and away_from_door(post.text)),
                        intruder=safety and names_intruder_now(post.text),
                        allergic=safety and names_allergy_now(post.text) or told == "allergy",
                        assaulted=safety and names_sexual_assault(post.text) or told == "assault",
                        no_signal=safety and names_no_way_to_call(post.text),
                        crisis=safety and names_self_harm(post.text) or told == "crisis",
                        own_crisis=own_crisis, diluted_feed=names_diluted_feed(post.text),
                        # (a bank's customer hears its own fraud line: "block the card and call us")
                        romance_scam="" if bank else names_romance_scam(post.text),
                        broken_down=safety and names_breakdown(post.text),
                        # (an animal given a wrong dose is in danger too, unless it is with a vet already)
                        pet=(pet_in_danger(post.text) or dosed_animal and "pet" or None)
                        if safety and not names_pet_in_care(post.text) else None,
                        pet_ate=safety and names_pet_ate(post.text),
                        missing_child=safety and names_missing_child(post.text),
                        swallowed=safety and names_swallowed(post.text),
                        seizure=seizure, burn=burn, help_called=safety and names_help_called(post.text),
                        on_site=safety and names_on_site(post.text),
                        stroke=safety and names_stroke(post.text),
                        electric_shock=safety and names_electric_shock(post.text),
                        cold_chain=names_warm_medicine(post.text),
                        sewage_or_main=names_sewage_or_main(post.text) if safety else "",
                        wrong_medicine=wrong_medicine,
                        # "your vet gave my cat a 10x dose ... vomiting blood all night. I'm at the emergency vet now" (a
                        # read of read37's posts): escalated, and "we hope your cat is OK" (no "everyone")
                        dosed_wrong=dosed_animal or wrong_medicine,
                        animal=own_animal(post.text) if dosed_animal else None,
                        meds_running_out=safety and names_meds_running_out(post.text),
                        hazard_report=safety and names_hazard_report(post.text),
                        threatened=threat and not in_person,
                        # "keeps following me around the women's area and filming me on his phone. I told reception and
                        # they just shrugged" (read38): not "block and report the account"
                        preyed=safety and not threat_now and names_preyed(post.text),
                        phishing=names_phishing(post.text), gave_card=names_gave_card(post.text),
                        impersonation=names_impersonation(post.text),
                        # "899 € bei MediaMarkt bezahlt. Ich war das nicht" to a bank names no card: it is theirs
                        fraud=("fraud" in reasons and (bool(_CARD_OR_ACCOUNT.search(post.text)) or bank))
                        or (bank and bool(_LOST_CARD.search(post.text))) or told == "scam" or trade_scam,
                        trade_scam=trade_scam, sent_to_scammer="fraud" in reasons and sent_to_scammer(post.text),
                        card_issuer=bank,
                        sim_swap="fraud" in reasons and names_sim_swap(post.text),
                        scam_call="fraud" in reasons and names_scam_call(post.text),
                        takeover=names_takeover(post.text),
                        urgent=style.urgent or "repeated_contact" in reasons,
                        dm_asked=thread.dm_asked, waited=thread.waited, chased=counts_contacts(post.text))
        # (a journalist asking for comment on children hurt before a recall is the press office's, read38; not one in
        # danger now, nor someone hurt who mentions a reporter: "My daughter was hurt by your scooter yesterday", "I've
        # contacted the press team at the Gazette")
        press = names_press(post.text) and not (names_emergency(post.text) or names_danger(post.text)
                                                or "fraud" in reasons or safety and not asks_for_comment(post.text))
        if press:  # a journalist: neither a complaint to apologise for nor a customer to give another's fix
            style = replace(style, press=True, sentiment="neutral", register="formal", urgent=False, hurt=False)
        if analysis.route.get("team") == "legal" and not (press or style.threatened):  # a threat of the law, a leak
            style = replace(style, legal=True)
        if style.sentiment == "positive":  # "Massive thank you to Raj at Huddersfield station": passed on by name
            style = replace(style, staff=praised_staff(post.text, post.brand))
        elif style.sentiment == "negative" and _ONE_GRIPE.search(post.text) and not (safety or "fraud" in reasons):
            # "Massive thank you to Dev and Kofi ... only gripe: the office has charged us for 6 hours" (read39): the
            # thanks passed on, then the gripe
            style = replace(style, staff=praised_staff(post.text, post.brand))
        if thread.sent:  # "sent!" after a DM request: thanked for the message, not for "feedback"
            style = replace(style, sentiment="neutral")
        hardship = names_hardship(post.text)
        if safety or "fraud" in reasons or "bereavement" in reasons or hardship or style.cold_chain \
                or style.romance_scam:  # a hurt child, a smoking router, a card being emptied, a death, a bill they
            # cannot pay, a scammer: never thanked as praise nor greeted "good to hear from you!" ("nut free")
            # ("everything I'd saved since my husband died", sent to a scammer, hears of the bank, not condolences)
            bereaved = "bereavement" in reasons and not (safety or style.romance_scam)
            style = replace(style, sentiment="negative", hardship=hardship, bereaved=bereaved,
                            sent_after_loss=bereaved and names_sent_after_loss(post.text))
        elif style.sentiment == "neutral" and happened_to_them(post.text):  # "my car's been declared a write-off after
            # the crash. do I still get a courtesy car?": sorry first, never "Thanks for the heads up" (read34)
            style = replace(style, sentiment="negative")
        elif style.sentiment == "neutral" and {"outage", "repeated_contact"} & set(reasons):  # "8 days with no
            # broadband now, when will it be fixed?" reads neutral, yet is a complaint: an apology first, not
            # "Hey! Don't worry, help's here ... give us a shout if anything else comes up"
            style = replace(style, sentiment="negative")
        texts, sources, names = [], [], []
        lent: tuple[Candidate, str, Style] | None = None  # the first of the brand's own answers a draft lends
        # a bare "@SkyHop", a row of emoji or a plain "hello?" asks nothing a past reply's content could
        # answer: it gets a greeting and an offer to help (no apology; privacy moves it only when it posted
        # personal data)
        answerable = not says_nothing(post.text) and not press
        if not answerable:  # ... but a row of angry faces is upset, not neutral
            style = replace(style, asks_nothing=True,
                            sentiment="negative" if ANGRY_EMOJI.search(post.text) else "neutral")
        for i, cand in enumerate(chosen):
            # (even when every rephrasing fails and the reply itself is offered)
            source = cand.next_step or (self._similar_source(cand, post, analysis.language) if cand.similar
                                        else self._source(cand, post))
            # once the brand has spoken in the thread, a past reply would repeat or contradict it (but for the next
            # step after the one the brand gave); and one that asks for a DM never goes to a customer who was asked
            # already or sent one
            borrow = answerable and (not thread.brand_said or bool(cand.next_step)) and not (
                style.already_private and PRIVATE.search(source))
            if borrow and (cand.similar or cand.next_step
                           or self.fits(cand, analysis.language, source, post, asks=thread.own_text)):
                # (the brand's own answer to this question, or a near-repeat of its post: answered in public)
                same = not (cand.similar or cand.next_step) and (
                    cand.post_similarity >= self.weights.min_fit_post_same_question or (
                    own_case(cand.case, post)
                    and answers_in_kind(cand.case.post, source, post.text, post.brand, analysis.language or "en")))
                text, name = self._rephrase_one(source, replace(style, same_question=same), seed + i, post,
                                                taken=texts, belief=belief)
                if text and lent is None and not (cand.similar or cand.next_step):
                    lent = (cand, source, replace(style, same_question=same))
            else:  # its content answers another post: a holding reply (empathy, thanks, "we'll take a look", DM)
                source = ""  # composed from the bank's moves alone
                # in a language the bank has no phrases for, the holding reply is English (often the post
                # is English too: a short "iPhone 7, OS 11.1.1" reads as French to the language detector)
                hold_style = style if style.language in self.fallback.bank_ else replace(style, language="en")
                text, name = self._rephrase_one(source, hold_style, seed + i, post, holding=True, taken=texts,
                                                said=thread.brand_said, belief=belief)
            if not text:
                continue
            texts.append(text)
            sources.append((cand, source))
            names.append(name)
        if safety or "fraud" in reasons:  # in danger, every draft carries the brand's own lifeline:
            # "please call our 24/7 emergency line now on 0300 ..." beside two "Reach out to us in DM" left the agent one
            # sendable draft of three (read35); and the brand's freeze steps while the money leaves (read36)
            self._lend_to_holding(texts, sources, names, lent, seed, post)
        return self.guard(post, analysis, texts, sources, names)

    def _lend_to_holding(self, texts: list[str], sources: list[tuple[Candidate, str]], names: list[str],
                         lent: tuple[Candidate, str, Style] | None, seed: int, post: Post) -> None:
        """Holding replies re-drawn as other wordings of the brand's own answer that another draft lends (not a
        similar question's answer nor a next step, which the agent is asked to check)."""
        if lent is None:
            return
        cand, source, style = lent
        for j, (_, kept) in enumerate(sources):
            if kept:
                continue
            # (seeds apart from those the drafts were drawn with: another opening, not the same text again)
            text, name = self._rephrase_one(source, style, seed + 100 + j, post, taken=texts)
            if text and name not in ("source", "holding"):  # (no other wording fits, or the answer was handed out
                # too often: the holding reply stays)
                texts[j], sources[j], names[j] = text, (cand, source), name

    def issues_cards(self, brand: str | None) -> bool:
        """A bank, a card or a wallet, by its name or by what its cases talk about: "freeze your card and call us" is
        its line, where a shop's is "call your bank"."""
        if _MONEY_BRAND.search(brand or ""):
            return True
        naming, cases = self.retriever.brand_cases_naming(brand, _BANKING)
        return naming >= 2 and naming >= 0.1 * cases

    def fits(self, cand: Candidate, language: str, source: str | None = None, post: Post | None = None,
             asks: str | None = None, similar: bool = False) -> bool:
        """Whether a past reply's content answers this post (see ``case_fit.fits``)."""
        return fits(cand, language, self.weights, self.ranker is not None, source, post, asks, similar)

    def _rephrase_one(self, source: str, style, seed: int, post: Post,  # noqa: ANN001, PLR0913
                      holding: bool = False, taken: list[str] | None = None,
                      said: tuple[str, ...] = (), belief: Belief | None = None) -> tuple[str, str]:
        """First variant that does not parrot the post, keeps the facts, is not one of this post's drafts
        already (``taken``) and was not already handed out to ``max_repeats`` recent customers (no two
        customers should get the same script), nor repeats what the brand already wrote in the thread
        (``said``); if every variant was, the least used one. With a ``belief``, of the variants that pass, the one
        likeliest in the brand's own voice (model.selection). A holding reply comes from the bank alone (a
        reply borrowing content never meets ``said``: nothing is borrowed once the brand has spoken)."""
        taken = taken or []
        taken_cores = {past_greeting(t) for t in taken}
        fallback: tuple[str, str] | None = None
        near: tuple[str, str] | None = None  # another draft of this post but for its greeting: the last resort
        for rephraser in [self.fallback] if holding else dict.fromkeys([self.rephraser, self.fallback]):
            for attempt in range(3):
                # the bank composes variants for free; a generator pays per variant, so it offers one
                n = self.weights.variants if isinstance(rephraser, BankRephraser) else 1
                variants = (rephraser.holding_tagged(style, seed=seed + 97 * attempt, n=n) if holding else
                            rephraser.rephrase_tagged(source, style, seed=seed + 97 * attempt, n=n))
                good: list[tuple[str, str]] = []
                for text, author in variants:  # author: who really wrote it (a generator may fall back)
                    if trigram_overlap(post.text, text) > 0.5 or not check_facts(source, text) or text in taken \
                            or any(trigram_overlap(s, text) > 0.5 for s in said):
                        continue
                    # (nor one of its sentences: two holding replies both saying "We'll take a look and see what we
                    # can suggest." under other thanks are the same draft to the agent)
                    if past_greeting(text) in taken_cores or shares_a_sentence(text, taken):
                        near = near or (text, author)
                        continue
                    if self._recent.count(text) < self.weights.max_repeats:
                        if belief is None:
                            return self._remember(text), author
                        good.append((text, author))
                        if len(good) < self.weights.voiced_variants:
                            continue
                        break
                    if fallback is None or self._recent.uses(text) < self._recent.uses(fallback[0]):
                        fallback = (text, author)
                if good:
                    text, author = good[self._likeliest([t for t, _ in good], belief)]
                    return self._remember(text), author
                if fallback is not None and not isinstance(rephraser, BankRephraser):
                    break  # a generator's variants cost seconds: the least used one will do
        if fallback is None and not holding and self._recent.count(source) >= self.weights.max_repeats:
            return self._rephrase_one("", style, seed, post, holding=True, taken=taken)  # not a third time
        if fallback is None and near is None and not holding and style.pet and not gives_vet_line(source):
            # an animal in danger: the past reply as it stood ("call our claims team ... once he's been seen") says
            # nothing of the vet, now; the holding reply does (the review of read37's mends)
            return self._rephrase_one("", style, seed, post, holding=True, taken=taken)
        if not (fallback or near or source):
            return "", "holding"  # every holding reply was given already: one draft fewer, not an English stock line
        text, name = fallback or near or (source, "source")
        return self._remember(text), name

    def _likeliest(self, texts: list[str], belief: Belief | None) -> int:
        """Which of ``texts`` is closest, in expectation, to the reply the agent would write."""
        if belief is None or len(texts) < 2:
            return 0
        # (each alone and cached: the guard encodes the chosen one again)
        vecs = self.analyzer.encoder.encode([clean_for_encoding(t) for t in texts], belief.space or EN, alone=True)
        return int(np.argmax(belief.expected_similarity(vecs)))

    def _remember(self, text: str) -> str:
        self._recent.add(text)
        return text

    def guard(self, post: Post, analysis: Analysis, texts: list[str], sources: list[tuple[Candidate, str]],
              names: list[str]) -> list[Draft]:
        """Meaning (encoder similarity to the source), facts, length and PII guards, plus scriptedness."""
        if not texts:
            return []
        enc = self.analyzer.encoder
        lang, n = analysis.language, len(texts)
        made = [i for i, name in enumerate(names) if name != "holding"]  # a holding reply kept no content
        vecs = enc.encode([clean_for_encoding(t) for t in texts]
                          + [clean_for_encoding(self.fallback.content_of(texts[i], lang)) for i in made]
                          + [clean_for_encoding(self.fallback.content_of(sources[i][1], lang)) for i in made], EN,
                          alone=True)
        draft_vecs, m = vecs[:n], len(made)
        meaning = {i: check_meaning(float(vecs[n + j] @ vecs[n + m + j])) for j, i in enumerate(made)}
        # scriptedness: against the brand's other recent replies, not the one a draft was rephrased from (a standing
        # answer rephrased scored 0.97 beside 0.3 for a filler, and a QA read took the score the wrong way round)
        brand_rows = self.retriever.brand_reply_rows(post.brand)
        brand_vecs = self.retriever.reply_vecs_[EN][brand_rows] if len(brand_rows) else np.zeros((0, 384), np.float32)
        drafts = []
        for i, text in enumerate(texts):
            cand, source = sources[i]
            others = brand_vecs[~np.isin(brand_rows, self.retriever.rows_for([cand]))] if source else brand_vecs
            scripted = float((others @ draft_vecs[i]).max()) if len(others) else 0.0
            checks = {"meaning": meaning.get(i, True),  # no content kept: no meaning to keep
                      "facts_kept": check_facts(source, text),
                      "length": check_length(text, post.channel),
                      "no_pii_public": check_no_pii(text, public=post.public),
                      # a holding reply in a language the bank has no phrases for is English: the agent must see it
                      "language": names[i] != "holding" or lang in self.fallback.bank_}
            drafts.append(Draft(text=text, sources=cand.sources, scriptedness=max(0.0, min(1.0, scripted)),
                                guards=checks, rephraser=names[i], check=_similar_check(cand) if source else ""))
        return drafts


def _similar_check(cand: Candidate) -> str:
    if not (cand.similar or cand.next_step):
        return ""
    asked = " ".join(cand.case.post.split())
    asked = asked if len(asked) <= 120 else asked[:117].rsplit(" ", 1)[0] + "..."
    if cand.next_step:
        return (f'the brand\'s next step in a similar case ("{asked}"), after the step it gave here: check that it fits '
                "this conversation before sending")
    return f'the brand\'s answer to a similar question ("{asked}"): check that it answers this post before sending'


# a threat made in person, where the customer is: on board, in a store or a station (not in a game or a chat)
_IN_PERSON = re.compile(r"\b(?:coach|carriage|train|bus|tram|platform|station|store|shop|branch|plane|flight|cabin|"
                        r"ferry|ship|deck|"
                        # "my neighbour has just threatened to stab me through the door" (read35); not "harassing me
                        # on your app"
                        r"through the door|at my (?:front )?door|on my doorstep|outside my (?:door|house|flat|home)|"
                        r"seat|wagen|zug|bahnsteig|carrozza|treno|vag[óo]n|tren|voiture|wagon|rame|gare|estaci[óo]n|"
                        r"stazione|bahnhof|loja|tienda|magasin|negozio|laden)\b", re.I)
# praise with one complaint beside it, said as such
_ONE_GRIPE = re.compile(r"\b(?:only|one|small|minor|slight|tiny) (?:gripe|complaint|niggle|moan|grumble|issue|downside|"
                        r"negative)\b", re.I)
# no answer to a similar question for danger, fraud, a death or a chaser (see ReplyRecommender.similar_answer)
_NO_SIMILAR_ANSWER = frozenset({"safety", "fraud", "bereavement", "repeated_contact"})
# "freeze your card and call us on the number on the back" is the card issuer's line: a bank, a card, a wallet
_MONEY_BRAND = re.compile(r"bank|banco|banque|banca|pay|card|credit|money|financ|wallet|monzo|revolut|santander|barclays|"
                          r"hsbc|lloyds|natwest|chase|citi|amex|visa|mastercard|sparkasse|caixa|nubank|n26", re.I)
# ... or a brand whose cases talk like a bank's (Pennyway's "cash machines abroad", "freeze your card"): 3 of 20 and 2 of
# 14 of two fictional banks' cases, none of 17 other brands' (a bank, a water company, a pharmacy, a courier ...)
_BANKING = re.compile(r"\b(?:overdraft|sort code|current account|savings account|debit card|credit card|cash machines?|"
                      r"atms?|iban|standing orders?|interest rate|bank statements?|contactless|freeze (?:your|the|my) card|"
                      r"card (?:freeze|frozen)|(?:your|my) (?:\w+ )?card (?:is|was|has been) (?:frozen|blocked|stolen|lost)|"
                      r"cashback|spending limit)\b", re.I)
_LOST_CARD = re.compile(LOST_CARD, re.I)  # to a bank: "freeze it in the app and call us", as for a fraud
_CARD_OR_ACCOUNT = re.compile(r"\b(?:card|account|bank|payee|payments?|transfer\w*|tarjeta|cuenta|cart[aã]o|"
                              r"conta|carte|compte|karte|konto|carta|conto|pas|rekening|karta|bonifico|virement|"
                              r"überw\w*)\b", re.I)

# ("Tomasz is a legend 🙌 Thanks so much for telling us" thanked a rider: no reply to a complaint about him)
_FOR_HAPPY = re.compile(r"\b(?:glad(?! to (?:help|assist|look|take|check|hear more))|great to hear|good to hear|happy to hear|nice to hear|love to hear|made our day|"
                        r"kind words|thanks for the (?:love|shout|shoutout)|enjoy(?:ed)?|awesome|congrat\w*|(?:is|are|was) (?:an? )?legend|"
                        r"(?:brilliant|lovely|wonderful|fantastic) to hear|"
                        r"misbehav\w* again)\b|(?<!not )\bcool!", re.I)
_FOR_UNHAPPY = re.compile(r"\b(?:sorry|apolog\w*|frustrat\w*|inconvenien\w*|not the experience)\b", re.I)
