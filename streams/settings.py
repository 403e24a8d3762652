"""The one settings object: `TOCSIN_*` environment variables over an optional YAML file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)


class Settings(BaseSettings):
    """Everything a tocsin process can be told. Unset broker means: start the
    embedded broker."""

    model_config = SettingsConfigDict(env_prefix="TOCSIN_", extra="ignore")

    broker: str | None = Field(
        None, description="kafka://host:9092[,host2:9092]; unset starts the embedded broker"
    )
    embedded_broker_port: int = Field(0, description="0 picks a free port")
    profile: Literal["embedded", "kafka"] | None = Field(
        None, description="broker settings profile; unset: embedded iff no broker is configured"
    )
    replication_factor: int = Field(1, ge=1, description="for topics tocsin creates")
    topic_prefix: str = Field("", description="prepended to every topic name")
    partitions: int = Field(4, ge=1, description="partitions of the keyed topics")
    app_id: str = "tocsin"
    data_dir: Path = Path(".tocsin")
    table_store: str = Field("memory://", description="memory:// or rocksdb://")
    standby_replicas: int = Field(0, ge=0, description="warm table copies on other workers")
    workers: int = Field(1, ge=1, description="worker processes `tocsin run` starts")
    web_port: int = Field(0, description="first Faust worker web port; 0 picks free ones")
    metrics_port: int = Field(9464, description="first /metrics port (one per process)")
    metrics_addr: str = Field("127.0.0.1", description="/metrics bind address (0.0.0.0: all)")
    ingest_port: int = Field(8080, description="HTTP ingest endpoint")
    ingest_host: str = Field("127.0.0.1", description="HTTP ingest bind address")
    feeds: Path | None = Field(None, description="feeds YAML file (RSS/Atom feeds to poll)")
    admin_port: int = Field(8081, description="alert service admin API")
    admin_token: SecretStr | None = None
    spacy_model: str | None = Field(None, description="spaCy model package to load")
    rule_pack: Path | None = Field(None, description="rule pack folder; unset: the default")
    subscriptions: Path | None = Field(None, description="subscriptions YAML file")
    nlp_batch: int = Field(
        2, ge=1, description="articles per spaCy batch; each goes on once parsed"
    )
    nlp_process: bool = Field(
        True, description="spaCy in a child process of each worker (false: in a thread)"
    )
    max_article_chars: int = Field(
        200_000, ge=1, description="longer cleaned articles go to the dead-letter topic"
    )
    log_level: str = "info"

    @property
    def embedded(self) -> bool:
        """No broker configured: `tocsin` starts one of its own."""
        return not self.broker

    @property
    def effective_profile(self) -> str:
        return self.profile or ("embedded" if self.embedded else "kafka")

    def as_environment(self) -> dict[str, str]:
        """These settings as `TOCSIN_*` variables, for child processes."""
        env = {}
        for name, value in self.model_dump().items():
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            if value is not None:
                env[f"TOCSIN_{name.upper()}"] = str(value)
        return env

    def topic(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, YamlConfigSettingsSource(settings_cls))


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from keyword overrides, then `TOCSIN_*` variables, then the YAML file."""
    if config_file is not None and not Path(config_file).is_file():
        raise FileNotFoundError(f"config file {config_file} does not exist")

    class _FromFile(Settings):
        model_config = SettingsConfigDict(yaml_file=config_file)

    values = _FromFile(**{k: v for k, v in overrides.items() if v is not None})
    return Settings.model_construct(**dict(values))
