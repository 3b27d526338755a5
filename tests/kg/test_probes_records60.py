"""Stop 60 probes, written in general English and other names than any set's: a meeting's record listing who came under
"Attendance" (or "Attendees", "Delegations present"; kg/rules_org.PARTICIPANTS_RE) in rows of a body, its country or
part in brackets and its delegates, several to a cell ("DLR (Germany, host) Eva Roth; Jan Kube":
kg/rules_people.ROW_ASIDE_RE, ROW_BODY_PERSON_RE, ROW_NEXT_RE), under a header whose cell says "Delegate(s)": each
delegate is of the row's body, and each body at the body's own meeting (one named by its number and kind alone, under
the body's name: "Record of the Ninth Plenary Meeting") is its member (kg/rules_org._own_meeting); a body that "has
become a full participant in" the group (JOINED_RE), or whose membership is set to take effect on a day
(APPROVED_RE); the count a joining raised, its subject the body that joined ("X joined ISECG in 2031, bringing the
number of participating agencies to fifteen": kg/rules_org._joining_raised); a count "today" after a date of the past
is of today (member_counts). Negatives: an observer's row, a workshop's record, a count another body's subject raised
with no joining told."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts
from .test_probes_members16 import _memberships

TITLE = "Record of the Ninth Plenary Meeting"
HEAD = f"International Space Exploration Coordination Group\n{TITLE}\nOslo, Norway, 3–4 May 2031\n"
ROWS = ("2. Attendance\nAgency Delegate(s)\nDLR (Germany, host) Eva Roth; Jan Kube\nKARI (Republic of Korea) Min Seo\n"
        "NASA (United States) Tom Vale (Chair); Ruth Onde\nCSA (Canada) Luc Dore (observer)\n3. Agency reports\n"
        "Each delegation summarised its plans.\n")


def _affiliations(r) -> set[tuple[str, str]]:
    return {(s.removeprefix("id/person/"), o.removeprefix("id/org/")) for s, p, o in r.facts if p == "schema:affiliation"}


def test_delegates_of_an_attendance_table(extract):
    found = _affiliations(extract(HEAD + ROWS, title=TITLE, year=2031))
    assert {("eva-roth", "dlr"), ("jan-kube", "dlr"), ("min-seo", "kari"), ("tom-vale", "nasa"),
            ("ruth-onde", "nasa")} <= found


def test_bodies_at_the_own_meeting_are_members_but_an_observer(extract):
    found = _memberships(extract(HEAD + ROWS, title=TITLE, year=2031))
    assert {"dlr", "kari", "nasa"} <= {org for org, held in found.items() if any(b == "isecg" for b, _ in held)}
    assert "csa" not in found


def test_bodies_at_a_workshop_are_no_members(extract):
    title = "Record of the ISECG Workshop on Lunar Dust"
    text = f"International Space Exploration Coordination Group\n{title}\nOslo, Norway, 3–4 May 2031\n" + ROWS
    assert not {"dlr", "kari"} & set(_memberships(extract(text, title=title, year=2031)))


HEAD2 = "ISECG Annual Report 2035\nPublished March 2036\nThe International Space Exploration Coordination Group (ISECG) met twice.\n"


@pytest.mark.parametrize(("sentence", "start"), [
    ("In 2035 the Polish Space Agency (POLSA) has become a full participant in ISECG.", "2035"),
    ("POLSA had become a member of ISECG in 2035.", "2035"),
    ("POLSA's membership will take effect on 1 July 2035.", "2035-07-01"),
    ("POLSA's membership of ISECG became effective on 1 July 2035.", "2035-07-01"),
])
def test_has_become_a_participant_or_takes_effect(extract, sentence, start):
    found = _memberships(extract(HEAD2 + sentence, title="ISECG Annual Report 2035", year=2035))
    assert ("isecg", start) in found.get("polsa", set())


@pytest.mark.parametrize("sentence", [
    "The Polish Space Agency (POLSA) joined ISECG in 2035, bringing the number of participating agencies to fifteen.",
    "POLSA joined ISECG in 2035, bringing the total to fifteen members.",
    "In 2035 POLSA was admitted, raising the number of members to 15.",
])
def test_the_count_a_joining_raised(extract, sentence):
    assert ("15", "2035") in _counts(extract(HEAD2 + sentence, title="ISECG Annual Report 2035", year=2035))


def test_no_count_raised_by_another_subject(extract):
    sentence = "In 2035 NASA funded new studies, bringing the number of participating agencies to fifteen."
    assert ("15", "2035") not in _counts(extract(HEAD2 + sentence, title="ISECG Annual Report 2035", year=2035))


def test_a_count_of_today_after_a_date_of_the_past(extract):
    text = HEAD2.replace("Published March 2036", "Published 22 May 2036") + \
        "It began with a strategy fourteen agencies published in May 2007, and today we have twenty-four member agencies."
    found = _counts(extract(text, title="ISECG Annual Report 2035", year=2035))
    assert ("24", "2007-05") not in found and any(n == "24" and d[:4] in ("2035", "2036") for n, d in found)
