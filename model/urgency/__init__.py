"""Urgency: how soon the customer needs an answer, why, and the reply deadline for the channel.

The trained head gives a graded score; transparent rules name the reasons (money lost, fraud in progress, outage,
safety, travel today, stranded, cancellation or legal threat, repeated contact, a deadline today, an urgent plea,
public visibility, a bereavement) and can only raise the level, so an agent always sees why a post jumped the queue.

The package splits by role: `harm`, `fraud` and `service` hold the raw patterns; `reasons` names the reasons;
`distress` and `scams` read the situations a reply must answer first, and `other_languages` the same situations told in
Spanish, French, German, Italian or Portuguese (its cues in `harm_told`, `distress_told` and `fraud_told`); `scorer` is
the trained head with its floors.
"""

from model.urgency.distress import (
    AFRAID,
    CARBON_MONOXIDE,
    names_allergic,
    names_allergy_now,
    names_assault_now,
    names_burn,
    names_danger,
    names_diluted_feed,
    names_door_now,
    names_dosed_animal,
    names_electric_shock,
    names_emergency,
    names_face_swelling,
    names_followed_now,
    names_hardship,
    names_hazard_report,
    names_held_in_vehicle,
    names_help_called,
    names_in_care,
    names_intruder_now,
    names_meds_running_out,
    names_missing_child,
    names_no_way_to_call,
    names_on_site,
    names_own_crisis,
    names_pet_ate,
    names_pet_in_care,
    names_preyed,
    names_seizure,
    names_self_harm,
    names_sent_after_loss,
    names_sewage_or_main,
    names_sexual_assault,
    names_stroke,
    names_swallowed,
    names_threat,
    names_warm_medicine,
    names_wrong_medicine,
    own_animal,
    pet_in_danger,
)
from model.urgency.fraud import LOST_CARD
from model.urgency.reasons import HEAD_REASONS, MADE_UP_FOR, PRESSING, REASON_FLOOR, find_reasons, names_breakdown
from model.urgency.scams import (
    FEE_ASKED,
    names_gave_card,
    names_impersonation,
    names_phishing,
    names_romance_scam,
    names_scam_call,
    names_sim_swap,
    names_takeover,
    names_trade_scam,
)
from model.urgency.scorer import DEADLINES, RESOLVE_WITHIN_HOURS, STILL_OPEN, UrgencyScorer, level_for, reply_deadline
from model.urgency.service import CHASER, CONTACT_AGAIN, asks_for_comment, counts_contacts, names_press

__all__ = ["AFRAID", "CARBON_MONOXIDE", "CHASER", "CONTACT_AGAIN", "DEADLINES", "FEE_ASKED", "HEAD_REASONS", "LOST_CARD", "MADE_UP_FOR", "PRESSING", "REASON_FLOOR", "RESOLVE_WITHIN_HOURS", "STILL_OPEN", "UrgencyScorer", "asks_for_comment", "counts_contacts", "find_reasons", "level_for", "names_assault_now", "names_breakdown", "names_danger", "names_allergic", "names_allergy_now", "names_diluted_feed", "names_door_now", "names_emergency", "names_face_swelling", "names_followed_now", "names_hardship", "names_burn", "names_hazard_report", "names_seizure", "names_stroke", "names_electric_shock", "names_held_in_vehicle", "names_help_called", "names_in_care", "names_intruder_now", "names_meds_running_out", "names_missing_child", "names_on_site", "names_no_way_to_call", "names_own_crisis", "names_dosed_animal", "names_pet_in_care", "names_pet_ate", "names_preyed", "names_gave_card", "names_impersonation", "names_phishing", "names_press", "names_romance_scam", "names_scam_call", "names_self_harm", "names_sexual_assault", "names_sent_after_loss", "names_sewage_or_main", "names_sim_swap", "names_swallowed", "names_takeover", "names_trade_scam", "names_threat", "names_warm_medicine", "names_wrong_medicine", "own_animal", "pet_in_danger", "reply_deadline"]
