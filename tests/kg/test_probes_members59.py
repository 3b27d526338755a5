"""Stop 59 probes of memberships told in other words than those read so far, each written from general English
rather than any set's wording: a body that "entered", "signed up to" or "took up membership of" the group, "has
belonged to" it since a year (kg/rules_org.JOINED_RE, TAKEN_PART_SINCE_RE); membership "extended in 2031 to" a body
(WELCOMED_RE); "POLSA's accession in 2031" (ACCESSION_OF_RE); "POLSA's membership of ISECG began in 2031"
(APPROVED_RE); the joining of a clause a conjunction opens ("The membership rose to 28 when POLSA joined in 2031":
SUBORDINATE_RE); "The founding members in 2007 included ..." (FOUNDERS_LISTED_RE, founding_members); a list's or a
member table's rows each ending in a year, after the member and its country, under a label that says nothing of
dates ("Polish Space Agency (POLSA), Poland, 2031", "POLSA (Poland) – 2031": kg/rules._row_end_year,
kg/rules_org._row_year). Negatives: the same words of another thing entered, signed, belonged to or arrived at, a
membership of another body, and a row holding another date beside its year."""

from __future__ import annotations

import pytest

from .test_probes_members16 import _memberships

HEAD = "ISECG Annual Report 2035\nPublished March 2036\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


def members(extract, sentence: str) -> dict:
    return _memberships(extract(HEAD + sentence, title="ISECG Annual Report 2035", year=2035))


@pytest.mark.parametrize(("sentence", "year"), [
    ("Membership was extended in 2031 to the Polish Space Agency (POLSA).", "2031"),
    ("The Polish Space Agency (POLSA) entered ISECG in 2031.", "2031"),
    ("In 2031 the Polish Space Agency (POLSA) signed up to ISECG.", "2031"),
    ("With POLSA's accession in 2031, ISECG counted 28 agencies.", "2031"),
    ("ISECG's membership rose to 28 when the Polish Space Agency (POLSA) joined in 2031.", "2031"),
    ("The Polish Space Agency (POLSA) took up membership of ISECG in 2031.", "2031"),
    ("POLSA's membership of ISECG began in 2031.", "2031"),
    ("The Polish Space Agency (POLSA) has belonged to ISECG since 2031.", "2031"),
    ("The founding members in 2007 included the Polish Space Agency (POLSA).", "2007"),
])
def test_a_membership_told_in_other_words(extract, sentence, year):
    assert ("isecg", year) in members(extract, sentence).get("polsa", set())


@pytest.mark.parametrize("sentence", [
    "The Polish Space Agency (POLSA) entered the Gateway programme in 2031.",
    "NASA entered into an agreement with the Polish Space Agency (POLSA) in 2031.",
    "The Polish Space Agency (POLSA) signed up to the Artemis Accords in 2031.",
    "POLSA's entry into the Gateway programme in 2031 was welcomed.",
    "POLSA's arrival at the plenary was delayed by a storm.",
    "POLSA's membership of the Artemis programme began in 2031.",
    "The Polish Space Agency (POLSA) has belonged to the Artemis programme since 2031.",
    "Attendance rose when the Polish Space Agency (POLSA) joined the workshop in 2031.",
])
def test_no_membership_of_another_thing(extract, sentence):
    assert not members(extract, sentence).get("polsa")


ROWS = {
    "table": "2. Members\nItalian Space Agency (ASI), Italy, 2007\nKorea Aerospace Research Institute (KARI), Republic "
             "of Korea, 2009\nPolish Space Agency (POLSA), Poland, 2031\n3. Work\nThe group worked.",
    "numbered": "2. Member agencies\n1. ASI (Italy), 2007\n2. KARI (Republic of Korea), 2009\n3. POLSA (Poland), 2031\n"
                "3. Work\nThe group worked.",
    "list": "Members:\nASI (Italy) – 2007\nKARI (Republic of Korea) – 2009\nPOLSA (Poland) – 2031\n3. Work\nThe group "
            "worked.",
}


@pytest.mark.parametrize("text", ROWS.values(), ids=ROWS.keys())
def test_rows_ending_in_their_year(extract, text):
    found = members(extract, text)
    assert ("isecg", "2031") in found["polsa"] and ("isecg", "2009") in found["kari"]


def test_no_year_of_a_row_with_another_date(extract):
    found = members(extract, "2. Members\nASI (Italy), 2007\nPOLSA (Poland), observer 12 May 2030, 2031\n3. Work\n"
                             "The group worked.")
    assert ("isecg", "2031") not in found.get("polsa", set())
