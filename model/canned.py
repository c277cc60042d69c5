"""Known canned customer-care phrasings: what a reply that "sounds like a script" is made of.

Written by the Replywise team from the stock phrases that recur across brands in public customer-care
threads (the phrases that customers name as the most frustrating part of talking to a brand). The tone audit
measures how much of a reply is covered by sentences close to these, next to how close the reply is to the
brand's own recent replies.
"""

from __future__ import annotations

import functools

import numpy as np

CANNED_PHRASES: tuple[str, ...] = (
    "We apologize for any inconvenience this may have caused.",
    "We're sorry for any inconvenience.",
    "Sorry for the inconvenience.",
    "We apologise for the inconvenience caused.",
    "We are sorry to hear that.",
    "Sorry to hear that.",
    "We're sorry to hear about this.",
    "We are sorry to hear about your experience.",
    "We're sorry to hear you've had this experience.",
    "Thank you for reaching out to us.",
    "Thanks for reaching out.",
    "Thank you for contacting us.",
    "Thank you for your patience and understanding.",
    "Your feedback is important to us.",
    "We are sorry for any inconvenience caused.",
    "Your feedback is important to us and has been passed to the relevant team.",
    "Your call is important to us.",
    "We value your feedback.",
    "We have passed this on to the relevant team.",
    "I have passed your feedback on to the relevant department.",
    "We have forwarded your comments to the appropriate team.",
    "Please DM us with more details.",
    "Please send us a DM.",
    "Please DM us and we'll look into it.",
    "Please send us a direct message with your details.",
    "Please follow and DM us so we can help.",
    "Please contact our customer service team.",
    "Please contact customer service.",
    "Please call our customer service line.",
    "Please visit our website for more information.",
    "Please refer to our FAQ page.",
    "We are looking into this.",
    "Our team is working on it.",
    "We're aware of the issue and are working to resolve it as soon as possible.",
    "Is there anything else we can help you with?",
    "Let us know if there's anything else we can do.",
    "Have a great day!",
    "We appreciate your business.",
    "Thank you for choosing us.",
    "Thank you for bringing this to our attention.",
    # form-letter lines a QA read found passing (seventh session)
    "Your query is important to us.",
    "Your feedback has been noted.",
    "Please allow 5-7 working days for a response.",
    "Please be advised that this is reviewed periodically.",
    "Thank you for contacting us. We will get back to you as soon as possible.",
    # a fresh read (ninth session): "We understand. Kindly DM us." had passed as empathy
    "We understand.",
    "We understand your frustration.",
    "We take all feedback seriously.",
    "We regret any inconvenience.",
    "Kindly DM us.",
    "Please refer to our website for information.",
    # a form letter to a delighted customer (a care lead's read, tenth session)
    "Dear Customer, we acknowledge receipt of your correspondence.",
    "We acknowledge receipt of your message regarding your recent purchase.",
    "Kind regards, Customer Services.",
    "Lamentamos las molestias ocasionadas.",
    "Por favor, envíanos un mensaje directo.",
    "Nous sommes désolés pour la gêne occasionnée.",
    "Merci de nous contacter en message privé.",
    "Wir entschuldigen uns für die Unannehmlichkeiten.",
    "Bitte schreib uns eine Direktnachricht.",
    "Pedimos desculpas pelo transtorno.",
    "Por favor, nos envie uma mensagem direta.",
    "Disculpe las molestias.",
    "Disculpa las molestias ocasionadas.",
    "Sentimos las molestias.",
    "Escríbenos por mensaje privado.",
    "Escríbanos por DM.",
    "Gracias por contactar con nosotros.",
    "Hemos trasladado tu comentario al departamento correspondiente.",
    "Veuillez nous excuser pour la gêne occasionnée.",
    "Merci pour votre message.",
    "Nous avons transmis votre remarque au service concerné.",
    "Entschuldigen Sie bitte die Unannehmlichkeiten.",
    "Vielen Dank für Ihre Nachricht.",
    "Wir haben Ihr Feedback an die zuständige Abteilung weitergeleitet.",
    "Lamentamos o ocorrido.",
    "Obrigado por entrar em contato.",
    "Ci scusiamo per il disagio.",
    "Grazie per averci contattato.",
)


class CannedMatcher:
    """Character n-gram TF-IDF against the canned phrases: catches them word for word and lightly edited."""

    def __init__(self, phrases: tuple[str, ...] = CANNED_PHRASES) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        self.matrix = self.vectorizer.fit_transform([p.lower() for p in phrases])

    def similarity(self, sentences: list[str]) -> np.ndarray:
        """Highest cosine of each sentence to a canned phrase."""
        if not sentences:
            return np.zeros(0, dtype=np.float32)
        vectors = self.vectorizer.transform([s.strip().lower() for s in sentences])
        return (vectors @ self.matrix.T).toarray().max(axis=1).astype(np.float32)


@functools.lru_cache(maxsize=1)
def canned_matcher() -> CannedMatcher:
    return CannedMatcher()
