"""Probes of member counts dated as their document tells them (round 13): a news item's dateline closed by a full
stop ("ROME, Italy — 17 May 2019. Senior managers ...") dates the document, so its counts in the present; a footnote
the count's sentence calls dates the figure ("² Member count as at 30 June 2024"); a footnote's mark after a full
stop ends the sentence, so the next one's count does not take a date of the sentence before."""

from __future__ import annotations

import pytest

from isecg_kg.text import sentences

from .test_extract_temporal import _counts

NEWS = "International Space Exploration Coordination Group\nPress release: {title}\n{dateline} {body}"


@pytest.mark.parametrize("dateline, body, year, count", [
    ("ROME, Italy — 17 May 2019.", "Senior managers from nineteen space agencies met in Rome. With the two agencies "
     "admitted there, ISECG now has 20 members.", 2019, ("20", "2019-05-17")),
    ("NOORDWIJK, The Netherlands – 4 March 2021.", "The agencies met at ESTEC this week. The group today counts "
     "twenty-three member agencies.", 2021, ("23", "2021-03-04")),
])
def test_a_dateline_closed_by_a_full_stop_dates_the_present_count(extract, dateline, body, year, count):
    r = extract(NEWS.format(title="Agencies meet to coordinate lunar plans", dateline=dateline, body=body), year=year)
    assert count in _counts(r)


def test_a_date_later_in_the_opening_sentence_is_no_dateline(extract):
    # "PARIS — The agencies met on 3 May 2021.": the meeting's day, not the document's (so not the count's)
    r = extract(NEWS.format(title="Agencies meet in Paris", dateline="PARIS — The agencies met on 3 May 2021.",
                            body="The group now has 25 members."), year=2021)
    assert ("25", "2021") in _counts(r) and ("25", "2021-05-03") not in _counts(r)


TITLE = "Technology Gap Assessment — 2024 Update"
REPORT = (TITLE + "\nReleased: 2024-07-15.\n1 Introduction\nMuch has changed since the first assessment was published. "
          "{sentence}\nThe gaps are listed in Table 1.\n{note}")


@pytest.mark.parametrize("sentence, note, count", [
    ("ISECG now counts 27 member agencies, and 19 of them contributed data.²",
     "² Member count as at 30 June 2024. Eight agencies did not submit inputs in time.", ("27", "2024-06-30")),
    ("At present ISECG comprises 26 member agencies, most of which reported.¹", "¹ Figures as of the end of 2023.",
     ("26", "2023-12")),
])
def test_a_footnote_dates_the_count_of_the_sentence_calling_it(extract, sentence, note, count):
    r = extract(REPORT.format(sentence=sentence, note=note), title=TITLE, year=2024)
    assert count in _counts(r)


def test_a_footnote_dating_nothing_leaves_the_documents_date(extract):
    r = extract(REPORT.format(sentence="ISECG now counts 27 member agencies.²",
                              note="² Eight agencies did not submit inputs in time for this update."), title=TITLE,
                year=2024)
    assert _counts(r) == {("27", "2024-07-15")}


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence(extract):
    assert sentences("The supplement of August 2020 confirmed that role. ¹ ISECG, whose membership has grown to 24 "
                     "agencies, follows it.") == ["The supplement of August 2020 confirmed that role. ¹",
                                                 "ISECG, whose membership has grown to 24 agencies, follows it."]
    assert sentences("It grew.² Then it stopped. 3 agencies left.") == ["It grew.²", "Then it stopped.", "3 agencies left."]
    r = extract("ISECG White Paper\nThe Gateway\nSeptember 2020\n1. Introduction\nThe Supplement of August 2020 "
                "confirmed that role. ¹ ISECG, whose membership has grown to twenty-four agencies, has followed the "
                "concept since 2017.", year=2020)
    assert _counts(r) == {("24", "2020-09")}
