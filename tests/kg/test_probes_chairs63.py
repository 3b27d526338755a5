"""Round 63 probe of a chair handed over in a sentence that also tells when the term handed over began ("The chair
changed hands on 2 March 2036: ASI, which had chaired the Group since 1 April 2034, passed it to CSA", kg/rules_org
.chairs): the handover's date is the one before the colon, not the start of ASI's term. Negative: with no date but the
term's start, the handover is not dated by it. Written in wordings of our own, not copied from the development sets."""

from __future__ import annotations

from .test_extract_temporal import _periods

HEAD = "What's new on the ISECG website\n### 3 Mar. 2036 — New chair\n"


def test_handover_dated_before_the_colon(extract):
    r = extract(HEAD + "The chair of ISECG changed hands on 2 March 2036: the Italian Space Agency (ASI), which had "
                       "chaired the Group since 1 April 2034, passed it to the Canadian Space Agency.\n",
                title="What's new on the ISECG website", year=2036)
    chairs = _periods(r, "chair")
    assert any(p.startswith("from-2036-03-02") for p in chairs.get("csa", set())), chairs
    assert not any(p.startswith("from-2034") for p in chairs.get("csa", set())), chairs


def test_term_start_alone_does_not_date_the_handover(extract):
    r = extract(HEAD + "The Italian Space Agency (ASI), which had chaired the Group since 1 April 2034, passed it to the "
                       "Canadian Space Agency.\n", title="What's new on the ISECG website", year=2036)
    chairs = _periods(r, "chair")
    assert not any(p.startswith("from-2034") for p in chairs.get("csa", set())), chairs
