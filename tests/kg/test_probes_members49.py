"""Round 49 probes of memberships and when they began, in shapes a battery written for this round found unread (no
held-out text was read; the held-out sets' misses were only counted): the joining dates given item by item.

- a month with no year in a sentence that set its year before ("In 2033 ISECG welcomed A (in May) and B (in
  October)"): of that year, not the document's;
- a joining told after a lead-in ending in a colon that names the body ("The group grew: A joined in May 2033");
- the date right after the verb in a bracketed aside ("A (joined May 2033) and B (joined October 2033)"), each aside
  of the name it follows;
- a label over the members and when each joined ("ISECG members (year joined):", "Joining dates:", "the year each
  joined:", "and when they joined:"), its items in brackets, after a comma or a dash, in a sentence or one a line;
  a table with a year column whose rows open with their year and list several members ("2007 CSA, DLR");
- the rows of a list of joinings after "... have joined ISECG:": each opened by its date ("May 2033 – NOSA (Norway)",
  "• 2031: the Australian Space Agency"), a month alone after the name in the year the lead gave ("... in 2033:" /
  "NOSA – March"), the last ending in a full stop after its date, a bulleted row telling more ("..., admitted in
  March 2033 at the Oslo plenary");
- a member since a date beside its chair: "X, which has been a member since 2031, took over the chair", "Having joined
  in 2031, X chaired ISECG" (the chair's own membership, undated, stays).

Negatives: a month after a year that sets no time ("The 2031 roadmap ... in May"); the same labels over observers or
over a working group's members; an aside that is no joining ("joined by CNES"), or founding dates in brackets."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _periods

REPORT = "International Space Exploration Coordination Group (ISECG)\nAnnual Report 2034\n"


def _isecg(r) -> dict[str, set[str]]:
    """The memberships of ISECG (not of another body), by member: the periods' labels."""
    return {m: p for m, p in _periods(r).items()
            if any(s.endswith(f"-isecg-{x}") for s, _, _ in r.facts for x in p if s.startswith("id/membership/"))}


@pytest.mark.parametrize(("text", "periods"), [
    (REPORT + "In 2033 ISECG welcomed the Norwegian Space Agency (in May) and POLSA (in October).",
     {"nosa": {"from-2033-05"}, "polsa": {"from-2033-10"}}),
    (REPORT + "During 2032 the group admitted POLSA in February.", {"polsa": {"from-2032-02"}}),
])
def test_a_month_takes_the_year_its_sentence_set(extract, text, periods):
    assert _isecg(extract(text, year=2034)) == periods


def test_a_month_after_a_year_that_sets_no_time_is_of_the_document(extract):
    r = extract(REPORT + "The 2031 roadmap was revised, and in May ISECG welcomed the Norwegian Space Agency.", year=2034)
    assert _isecg(r) == {"nosa": {"from-2034-05"}}


@pytest.mark.parametrize(("text", "periods"), [
    (REPORT + "The group grew: the Norwegian Space Agency joined in May 2033.", {"nosa": {"from-2033-05"}}),
    (REPORT + "ISECG membership expanded: NOSA joined in May 2033, followed by POLSA in October 2033.",
     {"nosa": {"from-2033-05"}, "polsa": {"from-2033-10"}}),
])
def test_a_joining_after_a_lead_in_naming_the_body(extract, text, periods):
    assert _isecg(extract(text)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    (REPORT + "The newest members are NOSA (joined May 2033) and POLSA (joined 4 October 2033).",
     {"nosa": {"from-2033-05"}, "polsa": {"from-2033-10-04"}}),
    (REPORT + "Two agencies came in since the last report: the Norwegian Space Agency (NOSA) (joined March 2033), "
     "POLSA (joined 2033).", {"nosa": {"from-2033-03"}, "polsa": {"from-2033"}}),
])
def test_a_joining_date_in_an_aside_after_its_member(extract, text, periods):
    assert _isecg(extract(text)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    (REPORT + "POLSA, which has been a member since 2031, took over the chair in 2033.", {"polsa": {"from-2031"}}),
    (REPORT + "Having joined in 2031, POLSA chaired ISECG in 2033.", {"polsa": {"from-2031"}}),
])
def test_a_member_since_told_beside_its_chair(extract, text, periods):
    found = _isecg(extract(text))
    assert all(periods[m] <= found.get(m, set()) for m in periods)


@pytest.mark.parametrize("text", [
    REPORT + "The ESA delegation (joined by CNES in 2033) presented the study.",
    REPORT + "NASA (founded 1958) and ESA (founded 1975) lead the exploration programme.",
])
def test_asides_that_tell_no_joining(extract, text):
    assert not _isecg(extract(text))


@pytest.mark.parametrize(("text", "periods"), [
    (REPORT + "ISECG members (year joined): NASA (2007), KARI (2008), NOSA (2033).",
     {"nasa": {"from-2007"}, "kari": {"from-2008"}, "nosa": {"from-2033"}}),
    (REPORT + "Table 4 lists the ISECG participating agencies and the year each joined: CNES (2007), UKSA (2011) "
     "and POLSA (2033).", {"cnes": {"from-2007"}, "uksa": {"from-2011"}, "polsa": {"from-2033"}}),
    (REPORT + "Member agencies and joining dates: JAXA, 2007; NOSA, May 2033; POLSA, October 2033.",
     {"jaxa": {"from-2007"}, "nosa": {"from-2033-05"}, "polsa": {"from-2033-10"}}),
    (REPORT + "Joining dates: NOSA, May 2033; the Polish Space Agency, 1 October 2033; ASA, 2034.",
     {"nosa": {"from-2033-05"}, "polsa": {"from-2033-10-01"}, "asa": {"from-2034"}}),
    (REPORT + "ISECG members and when they joined:\nDLR – 2007\nKARI – 2008\nPOLSA – October 2033",
     {"dlr": {"from-2007"}, "kari": {"from-2008"}, "polsa": {"from-2033-10"}}),
    (REPORT + "ISECG members\nYear joined Agency\n2007 CSA, DLR\n2011 UKSA\n2033 NOSA and POLSA\n",
     {"csa": {"from-2007"}, "dlr": {"from-2007"}, "uksa": {"from-2011"}, "nosa": {"from-2033"}, "polsa": {"from-2033"}}),
])
def test_members_listed_with_when_each_joined(extract, text, periods):
    assert _isecg(extract(text)) == periods


@pytest.mark.parametrize(("text", "periods"), [
    (REPORT + "Since 2030 the following agencies have joined ISECG:\n2031 – ASA (Australia)\nMay 2033 – NOSA (Norway)\n",
     {"asa": {"from-2031"}, "nosa": {"from-2033-05"}}),
    (REPORT + "New members have joined ISECG since its founding:\n• 2031: the Australian Space Agency (ASA)\n"
     "• May 2033: the Norwegian Space Agency (NOSA)\n", {"asa": {"from-2031"}, "nosa": {"from-2033-05"}}),
    (REPORT + "ISECG has welcomed new members:\nASA (Australia) in March 2031;\nNOSA (Norway) in May 2033;\n"
     "POLSA (Poland) in June 2033.", {"asa": {"from-2031-03"}, "nosa": {"from-2033-05"}, "polsa": {"from-2033-06"}}),
    (REPORT + "ISECG welcomed three new members in 2033:\nNorwegian Space Agency (NOSA) – March\n"
     "Polish Space Agency (POLSA) – June\n", {"nosa": {"from-2033-03"}, "polsa": {"from-2033-06"}}),
    (REPORT + "Several agencies have joined ISECG since the last roadmap:\n• Norwegian Space Agency (NOSA), Norway, "
     "admitted in March 2033 at the Oslo plenary\n• Polish Space Agency (POLSA), Poland, admitted in June 2033\n",
     {"nosa": {"from-2033-03"}, "polsa": {"from-2033-06"}}),
])
def test_rows_of_a_joining_list_with_their_dates(extract, text, periods):
    assert _isecg(extract(text)) == periods


@pytest.mark.parametrize("text", [
    REPORT + "Observers and the year each joined: AEM (2031), CONAE (2032).",
    REPORT + "Members of the Technology Working Group and the year each joined: NASA (2015), ESA (2016), JAXA (2017).",
])
def test_lists_of_another_standing_or_group(extract, text):
    assert not _isecg(extract(text))
