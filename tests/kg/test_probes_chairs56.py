"""Stop 56 probes of a chronology's rows: a row opening with its year and month dates the days it names without a
year in that year, and the row's month is that day ("2031 March | Chair | KARI takes over the chair from CNES, 12
March"): the chair's term from that day, its handover an event. Negatives: a row dated by its month alone (no
event), a sentence opening with no row date (a day in the document's year). Written in other words, agencies and years
than any set's; no held-out text was read for them."""

from __future__ import annotations

import pytest

HEAD = ("ISECG — A chronology, 2030–2040\nReference edition, 2040\n1. Entries\nEach row gives the year, the month, "
        "the kind of entry and what happened.\n\f")


def _begins(r) -> set[str]:
    return {o.removeprefix("id/instant/") for s, p, o in r.facts if p == "time:hasBeginning"}


def _events(r) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in r.facts if s.startswith("id/event/") and p == "schema:startDate"}


@pytest.mark.parametrize("row, day", [
    ("2031 March Chair KARI takes over the chair from CNES, 12 March.", "2031-03-12"),
    ("March 2034 | Chair | CNES takes over the chair from KARI, 3 March (Toulouse).", "2034-03-03"),
])
def test_a_rows_day_dates_the_handover(extract, row, day):
    r = extract(HEAD + row, title="ISECG — A chronology, 2030–2040", year=2040)
    assert day in _begins(r)
    assert any(date == day for _, date in _events(r))


def test_a_row_dated_by_its_month_alone_is_no_event(extract):
    r = extract(HEAD + "2031 March Chair KARI takes over the chair from CNES.", title="ISECG — A chronology, 2030–2040",
                year=2040)
    assert "2031-03" in _begins(r) and not _events(r)


def test_a_day_with_no_row_date_is_of_the_documents_year(extract):
    r = extract(HEAD + "KARI took over the chair from CNES on 12 March.", title="ISECG — A chronology, 2030–2040",
                year=2040)
    assert "2040-03-12" in _begins(r)
