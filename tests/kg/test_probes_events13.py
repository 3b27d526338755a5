"""Probes of happenings (round 13): a thing named after "whose" is the subject of its relative clause ("Chandrayaan-2,
whose Vikram lander was lost on ..."); a common noun after "whose" ("whose launch is scheduled for ...") is no
happening's subject."""

from __future__ import annotations

import pytest

from .test_probes_events import _events


@pytest.mark.parametrize("text, year, wanted", [
    ("Landing data came to the agencies from Chandrayaan-2, whose Vikram lander was lost while descending on "
     "September 7, 2019.", 2019, {"date": "2019-09-07", "name": "Vikram"}),
    ("Test results were shared by JAXA's lunar programme, whose SLIM lander touched down near Shioli crater on 19 "
     "January 2024.", 2024, {"date": "2024-01-19", "name": "SLIM"}),
])
def test_a_named_thing_after_whose_has_its_happening(extract, text, year, wanted):
    events = _events(extract(text, year=year))
    assert [e for e in events if wanted["date"] in e["schema:startDate"]
            and any(wanted["name"] in label for label in e["skos:prefLabel"])]


@pytest.mark.parametrize("text, year", [
    ("Korea contributes the KPLO orbiter, whose launch is scheduled for August 2022.", 2022),
    ("The British National Space Centre, whose seat passed to the UK Space Agency in 2010, was a founding member.", 2015),
])
def test_a_common_noun_after_whose_has_no_happening(extract, text, year):
    assert _events(extract(text, year=year)) == []
