from pathlib import Path

import pytest

from streams.settings import load_settings


def test_no_broker_configured_means_embedded_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOCSIN_BROKER", raising=False)
    settings = load_settings()
    assert settings.embedded
    assert settings.effective_profile == "embedded"


def test_environment_overrides_yaml_file_and_arguments_override_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "tocsin.yaml"
    config.write_text("partitions: 2\ntopic_prefix: test.\nbroker: kafka://yaml:9092\n")
    monkeypatch.setenv("TOCSIN_PARTITIONS", "6")

    settings = load_settings(config)
    assert (settings.partitions, settings.topic_prefix) == (6, "test.")
    assert settings.effective_profile == "kafka"
    assert settings.topic("alerts") == "test.alerts"
    assert load_settings(config, partitions=3).partitions == 3


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nope.yaml"):
        load_settings(tmp_path / "nope.yaml")


def test_invalid_value_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOCSIN_PARTITIONS", "zero")
    with pytest.raises(ValueError, match="partitions"):
        load_settings()
