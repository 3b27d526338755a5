"""Round 26 probes of joinings (kg/rules_org.py): members a counted subject introduces after an opening clause, each
with its own date; founders listed after the verb; "its admission" in a phrase opening the sentence; the last item of
a list of new members, ending the list.  Other names, dates and wording than any corpus document; near misses that
must not fire."""

from __future__ import annotations

from .test_extract_temporal import _periods

TITLE = "A short history of ISECG"


def _since(r, period: str = "from-") -> dict[str, set[str]]:
    """The memberships said to begin at a date (``period``: of that label)."""
    return {m: found for m, p in _periods(r).items() if (found := {x for x in p if x.startswith(period)})}


def test_a_counted_subject_after_an_opening_clause_lists_members_each_with_its_own_date(extract):
    r = extract("Since the 2030 plenary in Nairobi, three organisations have joined ISECG: the Kenya Space Agency (KSA) "
                "in March 2031, the Mexican Space Agency on 4 June 2031 and Portugal Space in October 2031.",
                title=TITLE, year=2031)
    assert _periods(r) == {"ksa": {"from-2031-03"}, "aem": {"from-2031-06-04"}, "pt-space": {"from-2031-10"}}


def test_a_counted_subject_wanting_or_attending_is_no_joining(extract):
    r = extract("During 2031, three agencies have asked to join ISECG: the Kenya Space Agency, the Mexican Space Agency "
                "and Portugal Space.", title=TITLE, year=2031)
    assert not _periods(r)
    r = extract("Since March 2031, two agencies have joined the ISECG meetings as observers: the Kenya Space Agency in "
                "May and Portugal Space in July.", title=TITLE, year=2031)
    assert not _periods(r)


def test_founders_listed_after_the_verb_are_members_since_the_founding(extract):
    r = extract("ISECG was founded in 2009 by five agencies. Its founding members were ESA, NASA, JAXA, the Canadian "
                "Space Agency (CSA) and ASI.", title=TITLE, year=2031)
    assert _since(r) == {m: {"from-2009"} for m in ("esa", "nasa", "jaxa", "csa", "asi")}


def test_founders_not_listed_after_the_verb(extract):
    r = extract("ISECG was founded in 2009 by five agencies. The founding members were joined in 2012 by the Kenya "
                "Space Agency.", title=TITLE, year=2031)
    assert "ksa" not in _since(r, "from-2009")
    r = extract("ISECG was founded in 2009 by five agencies. The founding members of the working group were ESA and "
                "NASA.", title=TITLE, year=2031)
    assert not _since(r)  # another group's founders
    r = extract("ISECG was founded in 2009 by five agencies. The founding members were ESA and NASA, whose experts "
                "briefed KARI.", title=TITLE, year=2031)
    assert _since(r) == {"esa": {"from-2009"}, "nasa": {"from-2009"}}


def test_its_admission_in_an_opening_phrase_is_of_the_subject_after_it(extract):
    r = extract("NASA hosted the ISECG plenary. Following its admission at the June plenary, the Kenya Space Agency (KSA) "
                "presented its plans.", title=TITLE, year=2031)
    assert set(_since(r)) == {"ksa"}  # not NASA, named the sentence before
    r = extract("The Kenya Space Agency (KSA) applied to ISECG in 2030. Its admission was agreed in May 2031.", title=TITLE,
                year=2031)
    assert _periods(r) == {"ksa": {"from-2031-05"}}  # no opening phrase: the organisation named before


def test_the_last_item_of_a_list_of_new_members_ends_with_a_stop(extract):
    r = extract("ISECG news\nThe plenary welcomed two agencies that joined ISECG during 2031:\n- the Kenya Space Agency "
                "(KSA);\n- the Hellenic Space Center (HSC).\nBoth presented their plans to ESA.", title="ISECG news",
                year=2031)
    assert set(_periods(r)) == {"ksa", "hellenic-space-center"} or set(_periods(r)) == {"ksa", "hsc"}
    r = extract("ISECG news\nThe plenary welcomed two agencies that joined ISECG during 2031:\n- the Kenya Space Agency "
                "(KSA);\n- ESA hosted the meeting.\n", title="ISECG news", year=2031)
    assert set(_periods(r)) == {"ksa"}  # a sentence, not an item
