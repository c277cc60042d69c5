"""Typed errors with coded, fix-oriented messages (spaCy style). Serving maps each class to HTTP once."""

from __future__ import annotations


class RecommenderError(Exception):
    """Base of every error Replywise raises on purpose."""

    code = "replywise_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def describe(exc: BaseException) -> str:
    """One line for a failure: our own message as written, anything else with its type ("KeyError: 'en'")."""
    return exc.message if isinstance(exc, RecommenderError) else f"{type(exc).__name__}: {exc}"


class InvalidInputError(RecommenderError, ValueError):
    """The caller sent something we cannot score (empty text, wrong type, too long)."""

    code = "invalid_input"


class UnknownComponentError(RecommenderError, KeyError):
    """A registry lookup failed; the message lists the available names."""

    code = "unknown_component"

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.message


class NothingToRollBackError(RecommenderError, LookupError):
    """A rollback with no promotion left to undo: the bundled model is already in use."""

    code = "nothing_to_roll_back"


class ModelNotLoadedError(RecommenderError, RuntimeError):
    """An artifact is missing or unreadable: train it or point REPLYWISE_HOME at a registry that has it."""

    code = "model_not_loaded"


class NotFittedError(RecommenderError, AttributeError):
    """predict() was called before fit() or load()."""

    code = "not_fitted"
