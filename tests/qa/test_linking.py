from isecg_kg.qa.linking import EntityLinker, normalise
from isecg_kg.records import EntityRecord

from .fixtures import B, ENTITIES

COUNTRIES = {B + "id/org/jaxa": ["Japan"], B + "id/org/asi": ["Italy"], B + "id/org/kari": ["Republic of Korea"]}


def linked(question: str) -> list[tuple[str, str]]:
    return [(m.text, m.iri.removeprefix(B + "id/")) for m in EntityLinker(ENTITIES, countries=COUNTRIES).link(question)]


def test_normalise_drops_case_accents_punctuation_and_article():
    assert normalise("The Centre National d'Études Spatiales") == "centre national d etudes spatiales"


def test_acronym_in_any_case():
    assert linked("Which country is jaxa from?") == [("jaxa", "org/jaxa")]
    assert linked("Is KARI a member?") == [("KARI", "org/kari")]


def test_full_name_alias_and_descriptor():
    assert linked("What does the Japan Aerospace Exploration Agency do?") == [
        ("Japan Aerospace Exploration Agency", "org/jaxa")]
    assert linked("plans of the Italian Space Agency") == [("Italian Space Agency", "org/asi")]
    assert linked("Tell me about the Japan space agency") == [("Japan space agency", "org/jaxa")]


def test_small_misspellings_link_but_short_acronyms_never_fuzz():
    assert linked("What does the Technology Working Grup plan?") == [("Technology Working Grup", "group/twg")]
    assert linked("Canadian Space Agancy") == [("Canadian Space Agancy", "org/csa")]
    assert linked("Is ASO a member?") == []  # not ASA nor ASI


def test_longest_name_wins_over_its_parts():
    assert linked("Who works on nuclear propulsion?") == [("nuclear propulsion", "tech/nuclear-propulsion")]
    assert linked("Who works on Nuclear Power and Propulsion?") == [("Nuclear Power and Propulsion", "tech/npp")]


def test_acronyms_that_are_words_need_capitals():
    entities = ENTITIES + [EntityRecord(B + "id/org/gap", "Global Agency of Planets", "FormalOrganization",
                                        acronym="GAP")]
    linker = EntityLinker(entities)
    assert [m.iri for m in linker.link("the gap assessment")] == []
    assert [m.iri for m in linker.link("What does GAP do?")] == [B + "id/org/gap"]


def test_mentions_carry_category_and_offsets():
    question = "Where was the 73rd International Astronautical Congress held?"
    (m,) = EntityLinker(ENTITIES).link(question)
    assert m.category == "event"
    assert question[m.start:m.end] == m.text == "73rd International Astronautical Congress"
