"""Probes for a handover told as the second of two verbs sharing a subject ("X took the chair from Y on D1 and
handed it to Z on D2"): the subject hands the chair over, not the organisation named last before the verb (the
base ended Y's term at D2 and left X's open).  Negatives: a new subject before the verb keeps its own handover;
a verb handing over something else gives no chair."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD, _isecg_chairs

# (name, text, document year, {(holder slug, period label)} of the ISECG chair)
POSITIVE = [
    ("took-from-and-handed-it", "ESA took over the chair of ISECG from the Canadian Space Agency on 30 September 2014 "
     "and handed it to JAXA on 7 October 2015.", 2016,
     {("esa", "until-2015-10-07"), ("jaxa", "from-2015-10-07"), ("csa", "until-2014-09-30")}),
    ("assumed-after-and-later-passed", "In March 2021 NASA assumed the ISECG chair in succession to KARI and later "
     "passed it to CNES in April 2023.", 2023,
     {("nasa", "until-2023-04"), ("cnes", "from-2023-04")}),
]

# a subject of its own before the verb hands the chair over itself
SUBJECT_OF_ITS_OWN = [
    ("new-subject-after-and", "ESA took over the ISECG chair from CSA in 2014, and JAXA handed it to ASI in 2018.", 2019,
     {("jaxa", "until-2018"), ("asi", "from-2018")}),
]


@pytest.mark.parametrize("name, text, year, chairs", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_the_shared_subject_hands_the_chair_over(extract, name, text, year, chairs):
    assert chairs <= _isecg_chairs(extract(HEAD + text, title="ISECG Annual Report", year=year))


@pytest.mark.parametrize("name, text, year, chairs", SUBJECT_OF_ITS_OWN, ids=[p[0] for p in SUBJECT_OF_ITS_OWN])
def test_a_subject_of_its_own_hands_it_over(extract, name, text, year, chairs):
    assert chairs <= _isecg_chairs(extract(HEAD + text, title="ISECG Annual Report", year=year))


def test_something_else_handed_on_is_no_chair(extract):
    r = extract(HEAD + "ESA chaired the drafting team with NASA in 2019 and handed its report to JAXA in May 2020.",
                title="ISECG Annual Report", year=2020)
    assert not {c for c in _isecg_chairs(r) if c[0] == "jaxa"}


# A gapped clause ("CSA chaired the group in 2013, ESA until October 2015") gives its date to its own organisation,
# not to the holder of the clause before; "held the chair" in a year says it held it then, not that it began to.
# (name, text, document year, {(holder slug, period label)} that must be read, those that must not)
TERMS = [
    ("gapped-until", "CSA chaired the group in 2013–2014, ESA until October 2015, and JAXA holds the chair today.", 2016,
     {("csa", "2013")}, {("csa", "until-2015-10")}),
    ("gapped-from", "NASA chaired ISECG from 2016, and later KARI from March 2021.", 2022,
     {("nasa", "from-2016")}, {("nasa", "from-2021-03")}),
    ("held-in-year", "The year 2015 was the second year in which the European Space Agency held the ISECG chair.", 2016,
     {("esa", "2015")}, {("esa", "from-2015")}),
    ("holds-in-year", "In 2030 CNES holds the chair of ISECG for a second year.", 2030,
     {("cnes", "2030")}, {("cnes", "from-2030")}),
]


@pytest.mark.parametrize("name, text, year, read, not_read", TERMS, ids=[p[0] for p in TERMS])
def test_a_clause_gives_its_dates_to_its_own_holder(extract, name, text, year, read, not_read):
    found = _isecg_chairs(extract(HEAD + text, title="ISECG Annual Report", year=year))
    assert read <= found and not (not_read & found)
