"""Routing: which team can resolve the post (support, billing, tech, legal, product, content, PR).

The head learns the common teams from ticket queues and topic labels; legal and PR posts are rare in any
labelled data, so explicit cues (a lawyer, a boycott, the press) route them whatever the head says: those are
exactly the posts that must not sit in the general queue.
"""

from __future__ import annotations

import re

from model.guards import REPORTS_PROBLEM
from model.scoring import HeadScorer
from model.types import TEAMS
from model.urgency import find_reasons, names_danger

STRONG_CUES: dict[str, re.Pattern[str]] = {
    "legal": re.compile(r"\b(lawyers?|attorneys?|solicitors?|sue|suing|lawsuit|legal action|court|small claims|gdpr|"
                        r"ombudsman|trading standards|"
                        r"data protection|discriminat\w*|abogado|advogado|anwalt|avocat|demanda|processo|"
                        r"verklag\w*|demandar\w*|en justice|tribunal|juzgado|avvocat\w*|rechtsanwalt|m[ée]diateur|"
                        # harassment or assault by staff: the post must not sit in the general queue
                        r"harass(?:ed|ment) (?:by|from)|(?:was|been|got|being) (?:sexually )?harass\w*|assault\w*|"
                        r"sexual(?:ly)? (?:harass|assault|abus|touch)\w*|"
                        # a child sent sexual messages or groomed: reported, preserved, not a general ticket
                        r"sexual (?:messages?|content|images?|photos?|pictures?|pics|texts?)|groom(?:ing|ed)\b|"
                        # a data breach: "the tracking link shows someone else's name and address"
                        r"(?:someone|somebody) else'?s (?:name|address|details|personal|data|bank details|card details|"
                        r"documents?|information|info))\b", re.I),
    "pr": re.compile(r"\b(viral|press|journalist|reporter|boycott|going public|everyone should know|tell everyone|"
                     r"news ?paper|tv station|media|prensa|presse|imprensa|periodista|journaliste|giornalist\w*|"
                     r"(?:going|go|went|contact\w*|tell\w*|write|writing) to the (?:bbc|papers|local news|news)|watchdog|"
                     r"jornalista|boicot\w*|boycott\w*|boykott\w*)\b", re.I),
    "content": re.compile(r"\b(broken link|link (?:is )?broken|video (?:won'?t|doesn'?t|isn'?t) (?:play|load|work)|"
                          r"typo|your (?:blog|article) (?:post )?(?:is|has)|subtitles? (?:\w+ ){0,6}?(?:wrong|missing|out of "
                          r"sync|for (?:a|another) (?:different )?episode)|(?:audio|sound) (?:is )?out of sync|"
                          r"wrong (?:episode|subtitles?|dub\w*))\b", re.I),
}


_MONEY_CUE = re.compile(r"[$£€]|\b(?:charg\w*|refund\w*|paid|payments?|billed|debit\w*|cobr\w*|pag[oa]\w*|"
                        r"rembours\w*|pr[ée]lev\w*|d[ée]bit\w*|abgebucht|addebit\w*|prelevat\w*|dinheiro|dinero|"
                        r"soldi|argent|geld|money|euros?|reais|stipendio|sueldo|sal[áa]rio)\b", re.I)


_TAKEN_OVER = re.compile(r"\b(?:sim|(?:phone )?number|my account)\b", re.I)


def _with(scores: dict[str, float], team: str, score: float) -> dict[str, float]:
    """The scores once a cue has chosen ``team`` at ``score``: the others share the rest in their proportions, so
    the chosen team is also the highest score (the multilingual head has no legal or PR class at all)."""
    rest = sum(v for k, v in scores.items() if k != team)
    return {k: round(score if k == team else (v / rest * (1 - score) if rest > 0 else (1 - score) / (len(scores) - 1)), 4)
            for k, v in scores.items()}


class RouteScorer(HeadScorer):
    name = "route"
    classes = TEAMS

    def score(self, probs, texts: list[str] | None = None, languages: list[str] | None = None,  # noqa: ANN001
              sentiments: list[str] | None = None) -> list[dict]:
        out = []
        for i, (label, scores) in enumerate(self.label_scores(probs)):
            team, score = label, scores[label]
            for cue_team, rx in STRONG_CUES.items():
                if texts is not None and rx.search(texts[i]):
                    team, score = cue_team, max(scores[cue_team], 0.8)
                    scores = _with(scores, team, score)
                    break
            else:
                # money taken or charged is billing's, whatever product or tech word the head read ("Mi è stato
                # prelevato tutto lo stipendio" went to product, "charged three times" to tech)
                reasons = set(find_reasons(texts[i])) if texts is not None else set()
                money = "money" in reasons and (_MONEY_CUE.search(texts[i]) or (
                    "fraud" in reasons and _TAKEN_OVER.search(texts[i])))  # a SIM swap is fraud, not a signal fault
                # the multilingual head sends most money to support ("me habéis cobrado dos veces" went to support)
                other = languages is not None and (languages[i] or "en")[:2] != "en"
                moved = None
                if money and (team in ("product", "tech", "content") or (other and team == "support")):
                    moved = "billing"
                elif (team == "billing" and sentiments is not None and sentiments[i] == "positive" and not reasons
                      and not _MONEY_CUE.search(texts[i]) and not REPORTS_PROBLEM.search(texts[i])):
                    # praise with no money or fault in it ("Shoutout to support agent Omar who got my progress back")
                    # is the care team's to answer and pass on, not billing's (moving the head's tech praise too cost
                    # the weak route labels 0.413 -> 0.406: they give praise of an app or a network to tech)
                    moved = "support"
                elif "safety" in reasons and team in ("product", "content", "tech") and not names_danger(texts[i]):
                    # someone hurt ("your rider crashed his scooter") is support's now; a hazard (a sparking
                    # cable, a gas smell) stays with the engineers the head chose
                    moved = "support"
                if moved:
                    team, score = moved, max(scores[moved], 0.6)
                    scores = _with(scores, team, score)
            out.append({"team": team, "score": round(float(score), 4), "scores": scores})
        return out
