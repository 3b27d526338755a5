"""The lines rules read: a caption's date cut before its year is one line; table cells stay apart."""

from __future__ import annotations

from isecg_kg.ingest.model import Page, Passage
from isecg_kg.kg.text import DocumentText

def _lines(text: str) -> list[str]:
    page = Page("d", 1, text)
    return [line.text for line in DocumentText([page], [Passage("d/0", "d", 0, text, None, [1], 0, len(text))]).lines]


def test_a_caption_s_date_cut_before_its_year_is_one_line_and_table_rows_stay_apart():
    lines = _lines("Table A. The fifteen members on 31 December\n2018\nMember agency Short name Country\n"
                   "Italian Space Agency ASI Italy\n1 3 March\n2018\nCanadian Space Agency CSA Canada")
    assert lines == ["Table A. The fifteen members on 31 December 2018", "Member agency Short name Country",
                     "Italian Space Agency ASI Italy", "1 3 March", "2018", "Canadian Space Agency CSA Canada"]


def test_a_sentence_a_narrow_column_cut_goes_on_in_lower_case_on_the_next_line():
    lines = _lines("3 May 2031, online. Twenty agencies\nwere represented; KARI hosted.\nHost Place\nKARI Daejeon\n"
                   "Dates of the year\nwere set.")
    assert lines == ["3 May 2031, online. Twenty agencies were represented; KARI hosted.", "Host Place", "KARI Daejeon",
                     "Dates of the year", "were set."]  # a short line with no sentence cut in it stays apart


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
