"""Round 63 probe of a founders' table with a lead-in between its heading and its rows ("2. The founding agencies" /
"ISECG was established in 2031 by the fourteen agencies listed below. ..." / "No. Acronym Agency Country" / rows,
kg/rules._table_row): the rows are members from the founding year the lead-in tells, not during the report's year.
Negative: a heading of members (not founders) with a lead-in keeps its old reading. Written in wordings of our own,
not copied from the development sets."""

from __future__ import annotations

from .test_extract_temporal import _periods

ROWS = ("No. Acronym Agency Country or region\n1 ASI Agenzia Spaziale Italiana Italy\n2 CNES Centre National d'Études "
        "Spatiales France\n3 CSA Canadian Space Agency Canada\n4 DLR German Aerospace Center Germany\n")


def test_founders_table_after_a_lead_in(extract):
    r = extract("ISECG Annual Report 2032\n2. The founding agencies\nISECG was established in 2031 by the four agencies "
                "listed below. No agency joined during 2032.\n" + ROWS + "3. Meetings\nThe group met twice.\n",
                title="ISECG Annual Report 2032", year=2032)
    periods = _periods(r)
    for org in ("asi", "cnes", "csa", "dlr"):
        assert "from-2031" in periods.get(org, set()), periods


def test_a_lead_in_with_no_founding_year_leaves_the_rows_as_before(extract):
    r = extract("ISECG Annual Report 2032\n2. Origin and founding members\nISECG was created in response to the "
                "Framework, which four agencies released in May 2031; they became its founding members, listed below.\n"
                + ROWS + "Table 1. Founding members of ISECG.\n3. Meetings\nThe group met twice.\n",
                title="ISECG Annual Report 2032", year=2032)
    periods = _periods(r)
    assert not any(p in ("2032", "2032-12") for p in periods.get("asi", set())), periods
