"""Probes for a handover whose predecessor's own term is told in a relative clause after it ("X took over the chair
from Y, which had held it since D0"): D0 begins Y's term and is not the handover's date, told before the verb
("On D1 X took over ..."). Negatives: "held it since" of something other than the chair gives no chair."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD, _isecg_chairs

# (name, text, document year, {(holder slug, period label)} that must be read, those that must not)
PROBES = [
    ("held-it-since-after-handover", "On 2 April 2029 the Canadian Space Agency took over the chair of ISECG from NASA, "
     "which had held it since 15 March 2027.", 2029,
     {("csa", "from-2029-04-02"), ("nasa", "until-2029-04-02"), ("nasa", "from-2027-03-15")},
     {("csa", "from-2027-03-15"), ("nasa", "until-2027-03-15")}),
    ("held-the-chair-since", "In May 2031 KARI assumed the ISECG chair from ASI, which had held the chair since June "
     "2029.", 2031,
     {("kari", "from-2031-05"), ("asi", "until-2031-05"), ("asi", "from-2029-06")},
     {("kari", "from-2029-06")}),
]


@pytest.mark.parametrize("name, text, year, read, not_read", PROBES, ids=[p[0] for p in PROBES])
def test_the_predecessors_start_is_not_the_handover(extract, name, text, year, read, not_read):
    found = _isecg_chairs(extract(HEAD + text, title="ISECG Annual Report", year=year))
    assert read <= found and not (not_read & found)


def test_held_it_since_of_a_seat_is_no_chair(extract):
    r = extract(HEAD + "The UK Space Agency took over the seat of the British National Space Centre, which had held "
                "it since 2007.", title="ISECG Annual Report", year=2011)
    assert not {c for c in _isecg_chairs(r) if c[0] in ("uksa", "bnsc")}
