"""Round 63 probe of a chair handed over in a sentence that also tells when the term handed over began ("The chair
changed hands on 2 March 2036: ASI, which had chaired the Group since 1 April 2034, passed it to CSA", kg/rules_org
.chairs): the handover's date is the one before the colon, not the start of ASI's term. Negative: with no date but the
term's start, the handover is not dated by it. Written in wordings of our own, not copied from the development sets."""

from __future__ import annotations

from .test_extract_temporal import _periods

HEAD = "What's new on the ISECG website\n### 3 Mar. 2036 — New chair\n"


def test_handover_dated_before_the_colon(extract):
    r = extract(HEAD + "The chair of ISECG changed hands on 2 March 2036: the Italian Space Agency (ASI), which had "
                       "chaired the Group since 1 April 2034, passed it to the Canadian Space Agency.\n",
                title="What's new on the ISECG website", year=2036)
    chairs = _periods(r, "chair")
    assert any(p.startswith("from-2036-03-02") for p in chairs.get("csa", set())), chairs
    assert not any(p.startswith("from-2034") for p in chairs.get("csa", set())), chairs


def test_term_start_alone_does_not_date_the_handover(extract):
    r = extract(HEAD + "The Italian Space Agency (ASI), which had chaired the Group since 1 April 2034, passed it to the "
                       "Canadian Space Agency.\n", title="What's new on the ISECG website", year=2036)
    chairs = _periods(r, "chair")
    assert not any(p.startswith("from-2034") for p in chairs.get("csa", set())), chairs


# A Markdown table of the chairs with a number column first and a column of the handover beside the term's
# (kg/rules_chair_forms.chair_rows): each row's agency chaired from its "From" date until its "Until" date.
CHAIRS_TABLE = ("# List of ISECG chairs\n\n## Chairing agencies\n\n"
                "| No. | Chairing agency | From | Until | Handover to successor |\n|---|---|---|---|---|\n"
                "| 1 | NASA (United States) | 7 November 2031 | 14 May 2033 | Noordwijk, Netherlands [note 1] |\n"
                "| 2 | ESA (Europe) | 14 May 2033 | 2035 | Tsukuba, Japan [note 2] |\n"
                "| 3 | CNES (France) | 1 January 2036 | present | — |\n\n## Notes\n\n1. The first rotation was made in "
                "Noordwijk.\n")


def test_chairs_table_with_a_number_and_a_handover_column(extract):
    chairs = _periods(extract(CHAIRS_TABLE, title="List of ISECG chairs", year=2036, file="chairs.md"), "chair")
    assert any(p.startswith("2031-11-07") for p in chairs.get("nasa", set())), chairs
    assert any(p.startswith("2033-05-14") for p in chairs.get("esa", set())), chairs
    assert "from-2036-01-01" in chairs.get("cnes", set()), chairs


DATED = "# List of ISECG chairs\n\n*From the ISECG community wiki · last edited 12 March 2036*\n\n## Notes\n\n"


def test_chair_since_an_undated_meeting_is_not_the_documents_date(extract):
    chairs = _periods(extract(DATED + "1. NASA, chair since the inaugural meeting in Berlin, handed over to ESA on the "
                                      "second day.\n", title="List of ISECG chairs", year=2036, file="c.md"), "chair")
    assert not any("2036" in p for p in chairs.get("nasa", set())), chairs


def test_chair_since_a_year_still_read(extract):
    chairs = _periods(extract(DATED + "1. NASA, ISECG chair since 2034, opened the meeting.\n", title="List of ISECG chairs",
                              year=2036, file="c.md"), "chair")
    assert "from-2034" in chairs.get("nasa", set()), chairs
