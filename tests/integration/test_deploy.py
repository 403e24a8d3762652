"""deploy/ is valid for the real tools, and names only settings and metrics that exist.

promtool comes with Debian's `prometheus` package (`make system-deps`); the compose and
Kubernetes schemas come with the dev extras check-jsonschema and kubernetes-validate.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from streams import metrics
from streams.settings import Settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
PROMETHEUS = DEPLOY / "prometheus"
K8S = DEPLOY / "k8s"
DASHBOARD = DEPLOY / "grafana" / "dashboards" / "tocsin.json"
COMPOSE = DEPLOY / "docker-compose.yml"


def _promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.skip("promtool not installed (Debian package `prometheus`: make system-deps)")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def _exposed_names(collectors: list[Any]) -> set[str]:
    """The sample names prometheus-client exposes for these metric objects."""
    suffixes = {"counter": ("_total", "_created"), "gauge": ("",),
                "histogram": ("_bucket", "_count", "_sum", "_created")}  # fmt: skip
    return {c._name + s for c in collectors for s in suffixes[c._type]}


def known_metric_names() -> set[str]:
    """Everything a tocsin /metrics endpoint can show: ours and Faust's sensor."""
    from faust.sensors.prometheus import FaustMetrics

    ours = [v for v in vars(metrics).values() if hasattr(v, "_type") and hasattr(v, "_name")]
    faust = list(FaustMetrics.create(CollectorRegistry(), metrics.FAUST_PREFIX))
    return _exposed_names(ours) | _exposed_names(faust)


def _recording_rules() -> set[str]:
    groups = yaml.safe_load((PROMETHEUS / "rules.yml").read_text())["groups"]
    return {r["record"] for g in groups for r in g["rules"] if "record" in r}


def names_in(expr: str) -> set[str]:
    """tocsin metric and recording-rule names a PromQL expression uses."""
    return set(re.findall(r"\btocsin[a-z0-9_:]*[a-z0-9_]", expr))


def _compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


def _manifests() -> list[dict[str, Any]]:
    docs = []
    for path in sorted(K8S.glob("*.yaml")):
        if path.name != "kustomization.yaml":
            docs += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


# Prometheus


def test_promtool_accepts_the_scrape_configs_and_their_rule_files() -> None:
    promtool = _promtool()
    for config in ("prometheus.yml", "prometheus-k8s.yml"):
        result = _run(promtool, "check", "config", str(PROMETHEUS / config))
        assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_accepts_the_alert_rules() -> None:
    result = _run(_promtool(), "check", "rules", str(PROMETHEUS / "rules.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_promtool_rejects_a_broken_rule(tmp_path: Path) -> None:
    broken = tmp_path / "rules.yml"
    broken.write_text("groups:\n- name: x\n  rules:\n  - alert: X\n    expr: sum(rate(\n")
    assert _run(_promtool(), "check", "rules", str(broken)).returncode != 0


def test_each_alert_rule_fires_on_the_series_it_is_for() -> None:
    # rules_test.yml feeds synthetic series: stalled stages, growing lag, dead letters,
    # failing deliveries, a down target, and healthy counterparts that must stay quiet.
    result = _run(_promtool(), "test", "rules", str(PROMETHEUS / "rules_test.yml"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_required_alerts_exist_and_name_only_existing_metrics() -> None:
    groups = yaml.safe_load((PROMETHEUS / "rules.yml").read_text())["groups"]
    rules = [r for g in groups for r in g["rules"]]
    alerts = {r["alert"] for r in rules if "alert" in r}
    assert {"PipelineStalled", "ConsumerLagGrowing", "DeadLettersRising",
            "DeliveriesFailing"} <= alerts  # fmt: skip
    known = known_metric_names() | _recording_rules()
    for rule in rules:
        used = names_in(rule["expr"])
        assert used or rule["expr"].startswith("up{"), rule
        assert used <= known, f"{rule.get('alert', rule.get('record'))}: {used - known}"


def test_the_compose_scrape_targets_are_the_ports_the_processes_serve() -> None:
    config = yaml.safe_load((PROMETHEUS / "prometheus.yml").read_text())
    targets = {
        job["job_name"]: [t for sc in job["static_configs"] for t in sc["targets"]]
        for job in config["scrape_configs"]
    }
    settings = Settings(
        metrics_port=int(_compose()["x-tocsin"]["environment"]["TOCSIN_METRICS_PORT"])
    )
    workers = [s for s in _compose()["services"] if s.startswith("worker-")]
    assert sorted(targets["tocsin-workers"]) == sorted(
        f"{name}:{metrics.metrics_port_for(settings, 'worker', i)}"
        for i, name in enumerate(sorted(workers))
    )
    assert targets["tocsin-alerts"] == [f"alerts:{metrics.metrics_port_for(settings, 'alerts')}"]
    assert targets["tocsin-ingest"] == [f"sources:{metrics.metrics_port_for(settings, 'ingest')}"]


# docker compose


def test_compose_file_follows_the_compose_specification() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schemas = pytest.importorskip("check_jsonschema.builtin_schemas")
    from importlib.resources import files

    schema = json.loads(files(schemas).joinpath("vendor/compose-spec.json").read_text())
    validator = jsonschema.Draft7Validator(schema)  # the schema's own draft
    validator.validate(_compose())
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"services": {"x": {"image": "a", "restart": 3}}})


def test_compose_runs_kafka_in_kraft_mode_and_two_workers_on_it() -> None:
    services = _compose()["services"]
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]
    assert "ZOOKEEPER" not in json.dumps(kafka).upper()
    workers = {n: s for n, s in services.items() if s.get("command", [None])[0] == "worker"}
    assert len(workers) >= 2
    for service in workers.values():
        assert service["environment"]["TOCSIN_BROKER"] == "kafka://kafka:9092"
        assert service["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert services["alerts"]["command"][:2] == ["alerts", "serve"]
    assert services["topics"]["command"] == ["topics"]
    assert {"prometheus", "grafana"} <= set(services)


def test_every_compose_command_is_a_tocsin_subcommand() -> None:
    import typer.main

    from streams.cli import app

    root = typer.main.get_command(app)
    for name, service in _compose()["services"].items():
        if service.get("image") != "tocsin:latest":
            continue
        command = root
        for word in (w for w in service["command"] if not w.startswith("-")):
            if not hasattr(command, "commands"):
                break  # an argument of the subcommand
            assert word in command.commands, f"{name}: `tocsin {' '.join(service['command'])}`"
            command = command.commands[word]


def test_compose_mounts_only_files_that_exist_and_depends_only_on_its_services() -> None:
    services = _compose()["services"]
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), f"{name} mounts missing {source}"
        for dependency in service.get("depends_on", []):
            assert dependency in services, f"{name} depends on unknown {dependency}"


def test_every_tocsin_variable_in_deploy_is_a_setting() -> None:
    fields = {f"TOCSIN_{name.upper()}" for name in Settings.model_fields}
    used = set(_compose()["x-tocsin"]["environment"])
    used |= set(_compose()["services"]["alerts"]["environment"])
    for doc in _manifests():
        if doc["kind"] in ("ConfigMap", "Secret"):
            used |= {k for k in {**doc.get("data", {}), **doc.get("stringData", {})}}
        for container in _containers(doc):
            used |= {e["name"] for e in container.get("env", [])}
    used |= set(re.findall(r"TOCSIN_[A-Z_]+", (DEPLOY / "Dockerfile").read_text()))
    tocsin_vars = {v for v in used if v.startswith("TOCSIN_")}
    assert tocsin_vars, "no settings found"
    assert tocsin_vars <= fields, f"not settings: {sorted(tocsin_vars - fields)}"


def test_the_example_subscriptions_load(tmp_path: Path) -> None:
    subscriptions = pytest.importorskip("alerts.subscriptions")
    secret = next(d for d in _manifests() if d["kind"] == "Secret")
    in_secret = tmp_path / "subscriptions.yaml"
    in_secret.write_text(secret["stringData"]["subscriptions.yaml"])
    for path in (DEPLOY / "subscriptions.example.yaml", in_secret):
        assert subscriptions.load_file(path).subscriptions


def test_the_image_installs_the_package_and_runs_tocsin() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", dockerfile, re.M)
    assert "pip install ." in dockerfile
    for package in re.findall(r"^COPY (\w+) ", dockerfile, re.M):
        assert (DEPLOY.parent / package).is_dir(), package
    assert 'ENTRYPOINT ["tocsin"]' in dockerfile


# Kubernetes


def _containers(doc: dict[str, Any]) -> list[dict[str, Any]]:
    spec = doc.get("spec", {}).get("template", {}).get("spec", {})
    return list(spec.get("containers", []))


def test_manifests_follow_the_kubernetes_schemas() -> None:
    kv = pytest.importorskip("kubernetes_validate")
    version = kv.latest_version()
    docs = _manifests()
    assert {d["kind"] for d in docs} >= {"ConfigMap", "Secret", "StatefulSet", "Deployment",
                                         "Service", "Job"}  # fmt: skip
    for doc in docs:
        kv.validate(doc, version, strict=True)


def test_the_kubernetes_validator_rejects_a_misspelt_field() -> None:
    kv = pytest.importorskip("kubernetes_validate")
    statefulset = next(d for d in _manifests() if d["kind"] == "StatefulSet")
    broken = json.loads(json.dumps(statefulset))
    broken["spec"]["replica"] = broken["spec"].pop("replicas")
    with pytest.raises(kv.ValidationError):
        kv.validate(broken, kv.latest_version(), strict=True)


def test_workers_keep_rocksdb_state_on_their_own_volumes_with_standby_replicas() -> None:
    statefulset = next(d for d in _manifests() if d["kind"] == "StatefulSet")
    config = next(d for d in _manifests() if d["kind"] == "ConfigMap")["data"]
    assert config["TOCSIN_TABLE_STORE"].startswith("rocksdb://")
    assert int(config["TOCSIN_STANDBY_REPLICAS"]) >= 1
    assert int(config["TOCSIN_PARTITIONS"]) >= statefulset["spec"]["replicas"]
    claim = statefulset["spec"]["volumeClaimTemplates"][0]["metadata"]["name"]
    (worker,) = _containers(statefulset)
    mounts = {m["name"]: m["mountPath"] for m in worker["volumeMounts"]}
    assert mounts[claim] == config["TOCSIN_DATA_DIR"]
    headless = next(
        d for d in _manifests()
        if d["kind"] == "Service" and d["metadata"]["name"] == statefulset["spec"]["serviceName"]
    )  # fmt: skip
    assert headless["spec"]["clusterIP"] == "None"


def test_every_long_running_container_has_probes_and_limits() -> None:
    for doc in _manifests():
        if doc["kind"] not in ("StatefulSet", "Deployment"):
            continue
        for container in _containers(doc):
            for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
                assert probe in container, f"{doc['metadata']['name']}: no {probe}"
            assert "memory" in container["resources"]["limits"]


def test_kustomize_builds_the_manifests() -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl not installed")
    result = _run(kubectl, "kustomize", str(K8S))
    assert result.returncode == 0, result.stderr
    kinds = {d["kind"] for d in yaml.safe_load_all(result.stdout) if d}
    assert {"StatefulSet", "Deployment", "Job"} <= kinds


# Grafana


def test_the_dashboard_loads_and_names_only_metrics_that_exist() -> None:
    dashboard = json.loads(DASHBOARD.read_text())
    assert dashboard["uid"] and dashboard["title"]
    exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    assert len(exprs) >= 15
    used = set().union(*(names_in(e) for e in exprs))
    known = known_metric_names()
    assert used <= known, f"unknown metrics: {sorted(used - known)}"
    for required in ("tocsin_articles_ingested_total", "tocsin_dead_letters_total",
                     "tocsin_deliveries_total", "tocsin_end_to_end_latency_seconds_bucket",
                     "tocsin_faust_topic_partition_end_offset"):  # fmt: skip
        assert required in used


def test_the_dashboard_check_catches_a_misspelt_metric() -> None:
    assert not names_in("sum(rate(tocsin_articles_ingestd_total[5m]))") <= known_metric_names()


def test_grafana_provisions_the_datasource_the_dashboard_uses() -> None:
    provisioning = DEPLOY / "grafana" / "provisioning"
    datasources = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text())
    uids = {d["uid"] for d in datasources["datasources"]}
    dashboard = json.loads(DASHBOARD.read_text())
    used = {p["datasource"]["uid"] for p in dashboard["panels"] if "datasource" in p}
    assert used <= uids
    providers = yaml.safe_load((provisioning / "dashboards" / "tocsin.yml").read_text())
    mounted = {
        v.split(":")[1] for v in _compose()["services"]["grafana"]["volumes"] if v.startswith(".")
    }
    assert providers["providers"][0]["options"]["path"] in mounted
