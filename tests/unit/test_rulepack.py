"""Loading rule packs from YAML folders."""

from pathlib import Path

import pytest

from processors.rulepack import RulePack, RulePackError


def test_the_default_pack_covers_the_story_and_three_other_domains() -> None:
    pack = RulePack.load()
    names = {m.name for m in pack.metrics}
    assert "provincial_capitals_captured" in names
    assert len(names - {"provincial_capitals_captured"}) >= 3
    assert "embassy_security_alert" in {e.type for e in pack.events.events}
    assert pack.metric("provincial_capitals_captured").subject == "Taliban"


def test_a_pack_folder_without_metrics_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="metrics.yaml"):
        RulePack.load(tmp_path)


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="not found"):
        RulePack.load(tmp_path / "nope")


def test_a_custom_pack_maps_its_own_nouns(tmp_path: Path) -> None:
    (tmp_path / "metrics.yaml").write_text(
        "metrics:\n  - name: bridges_built\n    objects:\n"
        "      - nouns: [bridge]\n        predicates: [build]\n"
    )
    pack = RulePack.load(tmp_path)
    assert [m.name for m in pack.metrics] == ["bridges_built"]
    assert pack.events.events == [] and pack.thresholds == []
    assert pack.modality.hedge_modals  # default cues when the pack has none


def test_unknown_fields_are_reported_with_the_file(tmp_path: Path) -> None:
    (tmp_path / "metrics.yaml").write_text("metrics:\n  - name: x\n    objcts: []\n")
    with pytest.raises(RulePackError, match="metrics.yaml"):
        RulePack.load(tmp_path)
