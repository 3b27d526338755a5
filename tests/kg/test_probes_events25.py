"""Probes of events (round 25): a call's or a report's title block, the gathering's name over a line of its days and
place, with its host below or after a dot on that line:

- a heading whose gathering's name is read short before its title's last words ("... Lunar Logistics and Cislunar
  Transport") or that goes on with the record's kind ("... — Report") is still the gathering's name alone;
- the place may be a country's long form ("Busan, Republic of Korea"); the host a last part of the line ("· hosted
  by CNES at its Toulouse centre"), or the line below ("Hosted by the ...");
- a heading of no gathering, one going on in other words, a part of the line naming no host: no such facts."""

from __future__ import annotations

import pytest

from .test_probes_events import given, missing

POSITIVE = [
    ("Call for Papers\nISECG Symposium on Lunar Logistics and Cislunar Transport\n3–5 June 2026 · Busan, Republic of "
     "Korea\nHosted by the Korea Aerospace Research Institute (KARI)\nIssued 1 February 2026\nAbout the symposium\n"
     "Engineers are invited to a three-day symposium on lunar logistics.", 2026,
     {"date": "2026-06-03", "end": "2026-06-05", "place": "busan", "host": "id/org/kari"}),
    ("# ISECG Conference on Mars Sample Science — Report\n\n*Toulouse, France · 14–15 May 2019 · hosted by CNES at its "
     "Toulouse centre*\n\nReport written by the rapporteurs.\n\n## Background\n\nThe conference compared the "
     "sample plans of the agencies.", 2019,
     {"date": "2019-05-14", "end": "2019-05-15", "place": "toulouse", "host": "id/org/cnes"}),
]


@pytest.mark.parametrize("text, year, wanted", POSITIVE)
def test_a_title_block_gives_the_gathering_its_days_place_and_host(extract, text, year, wanted):
    assert missing(extract(text, year=year), [wanted]) == []


NEGATIVE = [
    # no gathering's name above the days
    ("Progress in Lunar Logistics and Cislunar Transport\n3–5 June 2026 · Busan, Republic of Korea\nHosted by the "
     "Korea Aerospace Research Institute (KARI)\nThe agencies compared their plans.", 2026,
     [("schema:startDate", "2026-06-03")]),
    # the heading goes on in other words than a title's
    ("ISECG Symposium on Lunar Logistics and what the agencies learnt from it\n3–5 June 2026 · Busan, Republic of "
     "Korea\nThe agencies compared their plans.", 2026, [("schema:startDate", "2026-06-03")]),
    # a part of the line naming who chaired, not who hosted
    ("# ISECG Conference on Mars Sample Science — Report\n\n*Toulouse, France · 14–15 May 2019 · chaired by NASA*\n\n"
     "The conference compared the sample plans of the agencies.", 2019, [("schema:organizer", "id/org/nasa")]),
]


@pytest.mark.parametrize("text, year, forbidden", NEGATIVE)
def test_no_title_block_fact_is_read_from_a_near_miss(extract, text, year, forbidden):
    assert given(extract(text, year=year), forbidden) == []
