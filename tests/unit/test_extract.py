"""`tocsin extract` lines: JSONL in, one JSON line per input out (DESIGN.md section 5)."""

from __future__ import annotations

import json

from processors.extract import extract_lines


def test_each_input_line_gives_one_output_line_in_order(enricher) -> None:  # type: ignore[no-untyped-def]
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "Insurgents have seized 7 of the 34 provincial capitals.",
                "published": "2021-08-09",
            }
        ),
        "this is not json",
        json.dumps({"id": "c", "text": "A quiet day."}),
    ]
    out = [json.loads(line) for line in extract_lines(lines, enricher)]
    assert [o.get("id") for o in out] == ["a", None, "c"]
    assert "error" in out[1]
    claim = out[0]["claims"][0]
    assert claim == {
        "metric": "provincial_capitals_captured",
        "subject": "Taliban",
        "value": 7,
        "total": 34,
        "modality": "asserted",
        "sentence": "Insurgents have seized 7 of the 34 provincial capitals.",
    }
    assert isinstance(claim["value"], int)
    assert out[2] == {"id": "c", "entities": [], "claims": [], "events": []}


def test_a_line_without_text_reports_its_id(enricher) -> None:  # type: ignore[no-untyped-def]
    (line,) = extract_lines([json.dumps({"id": "x", "body": "no text field"})], enricher)
    assert json.loads(line)["id"] == "x" and "text" in json.loads(line)["error"]


def test_events_carry_iso_dates_and_units_appear_when_known(enricher) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Pine Hollow Fire has burned 12,400 acres. On Thursday the US Embassy in Kabul "
        "urged Americans to leave the country."
    )
    (line,) = extract_lines(
        [json.dumps({"id": "e", "text": text, "published": "2021-08-12"})], enricher
    )
    out = json.loads(line)
    assert out["claims"][0]["unit"] == "acres"
    assert out["events"][0]["date"] == "2021-08-12"
    assert out["events"][0]["type"] == "embassy_security_alert"


def test_evidence_sentences_are_clipped_so_records_stay_small() -> None:
    from processors.enrich import MAX_SENTENCE_CHARS, clip

    assert clip("short") == "short"
    long = "x" * (MAX_SENTENCE_CHARS * 3)
    assert len(clip(long)) == MAX_SENTENCE_CHARS and clip(long).endswith("…")
