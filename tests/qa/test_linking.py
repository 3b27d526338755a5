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


def test_corpus_documents_are_named_by_their_genre_and_year():
    from isecg_kg.kg.series import GENRES
    from isecg_kg.qa.linking import cited_by_genre

    docs = [EntityRecord("ex:gap", "ISECG Technology Gap Assessment — 2031 Update", "Document"),
            EntityRecord("ex:ar", "ISECG Annual Report 2030", "Document"),
            EntityRecord("ex:ar2", "Annual Report 2030 (second printing)", "Document")]
    docs.append(EntityRecord("ex:wp", "Science Beyond Low-Earth Orbit", "Document"))
    linked = EntityLinker(cited_by_genre(docs, {"ex:gap": (docs[0].label, [2031], None),
                                                "ex:ar": (docs[1].label, [2030], None),
                                                "ex:ar2": (docs[2].label, [2030], None),
                                                "ex:wp": (docs[3].label, [2029], "white-paper")}, GENRES))
    assert [m.iri for m in linked.link("Who wrote the 2029 white paper?")] == ["ex:wp"]  # by its type
    found = linked.link("Which agencies does the 2031 gap assessment list as working on dust mitigation?")
    assert [m.iri for m in found] == ["ex:gap"]
    assert [m.iri for m in linked.link("What did the technology gap assessment of 2031 find?")] == ["ex:gap"]
    assert linked.link("What does the 2030 annual report say?") == []  # two annual reports of 2030: neither
    assert linked.link("When was the 2028 white paper released?") == []  # a year away is another paper, no typo
