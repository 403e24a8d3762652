"""Entities: statistical NER corrected and linked by the gazetteer."""

import spacy

from processors.entities import (
    RULER_NAME,
    TOWNS_NAME,
    add_gazetteer,
    entities_from_doc,
    extract_entities,
    load_gazetteer,
)
from processors.models import Entity
from processors.nlp import load_model, resolve_model_name


def found(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.label, e.id) for e in extract_entities(nlp, [text])[0]}


def test_provincial_capital_alone_is_the_city(entity_nlp):
    assert found(entity_nlp, "Fighters entered Herat on Friday.")["Herat"] == ("GPE", "city:herat")


def test_named_province_is_the_province(entity_nlp):
    ents = found(entity_nlp, "Clashes spread across Herat province and the province of Ghor.")
    assert ents["Herat province"] == ("GPE", "AF-HER")
    assert ents["province of Ghor"] == ("GPE", "AF-GHO")


def test_spelling_variants_link_to_one_city(entity_nlp):
    pairs = [
        ("Faizabad", "Fayzabad"),
        ("Mazar-i-Sharif", "Mazar-e-Sharif"),
        ("Lashkar Gah", "Lashkargah"),
        ("Pul-e-Khumri", "Pul-i-Khumri"),
        ("Sar-e-Pul", "Sar-i-Pul"),
    ]
    for first, second in pairs:
        ents = found(entity_nlp, f"Convoys left {first} for Kabul. Later they reached {second}.")
        assert ents[first][1] == ents[second][1] is not None, (first, second)
        assert ents[first][1].startswith("city:")


def test_every_province_has_an_id_and_a_capital():
    gaz = load_gazetteer()
    provinces = {ent_id for _, ent_id in gaz.lower.values() if ent_id.startswith("AF-")}
    assert len(provinces) == 34
    assert gaz.lookup("Maidan Shar") == ("GPE", "city:maidan-shar")


def test_armed_group_is_an_organisation(entity_nlp):
    assert found(entity_nlp, "The Taliban said they took the town.")["Taliban"] == (
        "ORG",
        "org:taliban",
    )


def test_embassy_with_country_and_city_is_linked(entity_nlp):
    ents = found(entity_nlp, "The U.S. Embassy in Kabul issued a new alert on Sunday.")
    assert ents["U.S. Embassy in Kabul"] == ("ORG", "embassy:us:kabul")


def test_later_embassy_mentions_link_to_the_named_embassy(entity_nlp):
    text = (
        "The British Embassy in Kabul closed its doors. Later the embassy said staff were "
        "safe, and the UK Embassy thanked local guards."
    )
    ents = extract_entities(entity_nlp, [text])[0]
    embassy_ids = [e.id for e in ents if e.label == "ORG" and "mbassy" in e.text]
    assert embassy_ids == ["embassy:gb:kabul"] * 3


def test_the_embassy_links_to_the_last_embassy_named_even_without_city(entity_nlp):
    text = "The French Embassy said it was closing. A day later the embassy reopened."
    ents = extract_entities(entity_nlp, [text])[0]
    assert [e.id for e in ents if "mbassy" in e.text] == ["embassy:fr", "embassy:fr"]


def test_the_embassy_before_any_named_embassy_is_not_an_entity(entity_nlp):
    ents = extract_entities(entity_nlp, ["Protesters gathered outside the embassy at noon."])[0]
    assert not [e for e in ents if "embassy" in e.text.lower()]


def test_agencies_are_organisations_not_people_or_places(entity_nlp):
    text = "Photos supplied by AFP and Getty Images showed the square, AP and Reuters reported."
    ents = found(entity_nlp, text)
    for name, ent_id in [
        ("AFP", "agency:afp"),
        ("Getty Images", "agency:getty-images"),
        ("AP", "agency:ap"),
        ("Reuters", "agency:reuters"),
    ]:
        assert ents[name] == ("ORG", ent_id)


def test_platform_is_not_a_person(entity_nlp):
    ents = found(entity_nlp, "The ministry posted the statement on Twitter on Monday.")
    assert ents["Twitter"] == ("ORG", "org:twitter")


def test_town_in_the_gazetteer_is_a_place(entity_nlp):
    ents = found(entity_nlp, "The attack took place in the town of Dawlat Abad in June.")
    assert ents["Dawlat Abad"] == ("GPE", "district:dawlat-abad")


def test_acronym_country_is_case_sensitive(entity_nlp):
    ents = found(entity_nlp, "Let us see what the US decides.")
    assert ents.get("US") == ("GPE", "US")
    assert "us" not in ents


def test_model_entities_outside_the_gazetteer_keep_their_label(entity_nlp):
    ents = found(entity_nlp, "Angela Merkel spoke in Berlin on Tuesday.")
    assert ents["Angela Merkel"] == ("PERSON", None)


def test_entities_carry_character_offsets(entity_nlp):
    text = "Heavy fighting was reported in Kandahar."
    entity = next(e for e in extract_entities(entity_nlp, [text])[0] if e.text == "Kandahar")
    assert text[entity.start : entity.end] == "Kandahar"


def test_numeric_labels_only_on_request(entity_nlp):
    doc = entity_nlp("Ten people died on 3 May in Ghazni.")
    assert all(e.label not in ("DATE", "CARDINAL") for e in entities_from_doc(doc))
    assert any(e.label == "DATE" for e in entities_from_doc(doc, labels=None))


def test_batches_give_one_list_per_text_in_order(entity_nlp):
    results = extract_entities(entity_nlp, ["Kabul.", "Nothing here.", "Herat."], batch_size=2)
    assert [[e.text for e in ents] for ents in results] == [["Kabul"], [], ["Herat"]]
    assert all(isinstance(e, Entity) for ents in results for e in ents)


def test_entities_pipeline_runs_only_what_ner_needs(entity_nlp):
    assert entity_nlp.pipe_names[-3:] == [RULER_NAME, "ner", TOWNS_NAME]
    assert "parser" not in entity_nlp.pipe_names and "tagger" not in entity_nlp.pipe_names


def test_gazetteer_added_to_a_full_pipeline_keeps_the_parse():
    nlp = spacy.load(resolve_model_name())
    assert add_gazetteer(nlp) is add_gazetteer(nlp)
    assert nlp.pipe_names.index(RULER_NAME) == nlp.pipe_names.index("ner") - 1
    doc = nlp("The Taliban captured Herat. The embassy in Kabul stayed open.")
    assert len(list(doc.sents)) == 2 and doc[1].dep_
    assert ("Herat", "city:herat") in [(e.text, e.id) for e in entities_from_doc(doc)]


def test_shared_cached_model_is_not_changed(entity_nlp):
    assert RULER_NAME not in load_model().pipe_names


def test_a_town_the_model_types_otherwise_is_a_place(entity_nlp):
    # (the small model types these towns as a person and an organisation)
    ents = found(entity_nlp, "Rebels reached Sikasso on Sunday and Kindu a day later.")
    assert ents["Sikasso"] == ("GPE", "city:sikasso") and ents["Kindu"][0] == "GPE"


def test_a_town_name_that_is_a_common_word_or_given_name_is_no_place(entity_nlp):
    ents = found(entity_nlp, "Police said Florence had left. Mobile networks went down.")
    assert all(label != "GPE" for label, _ in ents.values())


def test_a_town_inside_a_longer_name_is_left_to_it(entity_nlp):
    ents = found(entity_nlp, "Rebel commander Ali Sennar spoke to Reuters.")
    assert "Sennar" not in ents
    assert all(label != "GPE" for label, _ in ents.values())
