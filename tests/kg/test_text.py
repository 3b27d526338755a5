"""The lines rules read: prose a narrow column wraps is one line again; table cells stay apart."""

from __future__ import annotations

from isecg_kg.ingest.model import Page, Passage
from isecg_kg.kg.text import DocumentText

# A page set in two columns (pypdf gives one column after the other): lines of about 45 characters.
COLUMN = """Who belonged to the group
On the first day of the year fifteen agencies
belonged to ISECG, and on the last day the
number was the same; nobody left and no new
member was admitted. The accession of the United Arab
Emirates Space Agency in 2015 is still the most
recent one. Luxembourg followed in
September 2018 with the LSA (Luxembourg
Space Agency). ISECG published the third edition of The Global
Exploration Roadmap (GER) in January 2018.
Table A. The fifteen members on 31 December
2018
Member agency Short name Country
Italian Space Agency ASI Italy
Canadian Space Agency CSA Canada"""


def _lines(text: str) -> list[str]:
    page = Page("d", 1, text)
    return [line.text for line in DocumentText([page], [Passage("d/0", "d", 0, text, None, [1], 0, len(text))]).lines]


def test_a_narrow_column_s_prose_is_joined_and_its_table_rows_are_not():
    lines = _lines(COLUMN)
    assert lines[1].startswith("On the first day") and lines[1].endswith("no new member was admitted. "
                                                                           "The accession of the United Arab "
                                                                           "Emirates Space Agency in 2015 is still "
                                                                           "the most recent one. Luxembourg followed "
                                                                           "in September 2018 with the LSA "
                                                                           "(Luxembourg Space Agency). ISECG "
                                                                           "published the third edition of The Global "
                                                                           "Exploration Roadmap (GER) in January 2018.")
    assert "Table A. The fifteen members on 31 December 2018" in lines  # a caption's date cut after its month
    assert lines[-3:] == ["Member agency Short name Country", "Italian Space Agency ASI Italy",
                          "Canadian Space Agency CSA Canada"]


def test_a_table_row_ending_in_a_capitalised_cell_does_not_take_the_prose_below():
    lines = _lines("Element Responsible agency Status\nRegolith scoop for a NASA oxygen plant ASA Planned\n"
                   "Status as of March.")
    assert lines[-1] == "Status as of March."


def test_a_members_caption_naming_no_body_lists_the_document_s_body_and_a_wrapped_cell_keeps_the_table_open(extract):
    r = extract("ISECG, the International Space Exploration Coordination Group, reports on its year.\n"
                "Table A. The members on 31 December 2018\nMember agency Short name Country\n"
                "Italian Space Agency (Agenzia\nSpaziale Italiana)\nASI Italy\nCentre National d'Études\nSpatiales\n"
                "CNES France\nCanadian Space Agency CSA Canada\nGerman Aerospace Center DLR Germany", year=2019)
    members = {s for s, p, o in r.facts if p == "org:memberOf" and o == "id/org/isecg"}
    assert members == {"id/org/asi", "id/org/cnes", "id/org/csa", "id/org/dlr"}
