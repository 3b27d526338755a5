"""Membership and bodies-over-time probes of round 21, in other wording than the development sets ai, af, ah, ag:

- of two counts a document states for one day (a meeting admitting a member), the one told in the present ("now
  numbers 19") is the day's, in a difference between two times (ai, af) as in a count at a time;
- the working groups of a body in a year are those a fact of that year is stated of (a lead, a description), not
  every group it ever had (ai, ah);
- "which joined first, A or B, and how far apart?": each with its date and the time between (ag).

Negatives: two counts of one day neither or both told in the present leave the count unsaid; a year no fact is
stated of has no groups, and the groups of no year are all the body's units; working groups doing something in a
year are not this shape; which joined first, asked alone, is the member alone."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated
from .test_dated import B, _answered, _small_store, question, rows


def _told(tmp_path, *counts):
    """XF's member counts, each (count, date, the sentence it was read from)."""
    return _small_store(tmp_path, "".join(
        f"""<{B}id/org/body> isecg:memberCount <{B}id/count/k{i}> .
        <{B}id/count/k{i}> schema:value {n} ; dcterms:date "{date}"^^xsd:{'date' if len(date) == 10 else 'gYearMonth'} .
        <{B}st/k{i}> rdf:subject <{B}id/count/k{i}> ; rdf:predicate schema:value ;
            prov:wasDerivedFrom <{B}doc/p{i}> ; isecg:sentence "{sentence}" .
        """ for i, (n, date, sentence) in enumerate(counts)))


MEETING = [(11, "2016-12-31", "On the last day of 2016 the forum had eleven members."),
           (18, "2029-05-14", "Until this session the forum had 18 members."),
           (19, "2029-05-14", "With the Delta Agency admitted, XF now numbers 19 members."),
           (17, "2029-05-14", "Seventeen members were represented, 12 of them in person.")]


@pytest.mark.parametrize("text", [
    "How many more members did XF have after the May 2029 session than at the end of 2016?",
    "By how many members did XF grow between the end of 2016 and May 2029?",
])
def test_the_count_told_in_the_present_is_the_days(tmp_path, text):
    store = _told(tmp_path, *MEETING)
    first, second = text.split(" than ") if " than " in text else dated.span_asked(text)
    plan = dated.compare_counts(question(text), first, second, members=True)
    answer = plan.compose(rows(store, plan.sparql))
    assert answer is not None and answer.short == "8"


def test_a_count_at_the_day_is_the_one_told_in_the_present(tmp_path):
    answer = _answered(_told(tmp_path, *MEETING), "How many members did XF have in May 2029?")
    assert answer is not None and answer.short == "19"


@pytest.mark.parametrize("counts", [
    MEETING[:2] + MEETING[3:],  # neither told in the present
    MEETING + [(20, "2029-05-14", "Today the forum counts twenty members, a record.")],  # two told in the present
])
def test_two_counts_of_one_day_not_told_apart_leave_it_unsaid(tmp_path, counts):
    answer = _answered(_told(tmp_path, *counts), "How many members did XF have in May 2029?")
    assert answer is None


# -- the working groups of a body in a year ----------------------------------------------------------------------------

def _group(slug, label, *, of=None, stated=(), led=()):
    """A working group, the body it is a unit of, the dates of facts stated of it and of posts in it."""
    iri = f"<{B}id/group/{slug}>"
    turtle = f'{iri} a isecg:WorkingGroup ; skos:prefLabel "{label}" .\n'
    if of:
        turtle += f"{iri} org:unitOf <{B}id/org/{of}> .\n"
    for i, date in enumerate(stated):
        turtle += f'<{B}st/{slug}{i}> rdf:subject {iri} ; dcterms:date "{date}" .\n'
    for i, date in enumerate(led):
        turtle += (f"<{B}post/{slug}{i}> org:organization {iri} .\n"
                   f'<{B}st/{slug}-post{i}> rdf:subject <{B}post/{slug}{i}> ; dcterms:date "{date}" .\n')
    return turtle


GROUPS = (_group("orbit", "Orbit Working Group", of="body", stated=["2031-09"], led=["2034-06-30"])
          + _group("survey", "Survey Working Group", stated=["2034"])  # its parent body unsaid
          + _group("legacy", "Legacy Working Group", of="body", stated=["2030"], led=["2031"])
          + _group("other", "Other Working Group", of="aa", led=["2034"]))


def _units(tmp_path, text):
    from isecg_kg.qa import shapes
    plan = shapes.plan(question(text))
    assert plan is not None and plan.shape == "units", text
    return sorted(r["label"] for r in rows(_small_store(tmp_path, GROUPS), plan.sparql))


@pytest.mark.parametrize("text", [
    "Which working groups were active within XF in 2034?",
    "What working groups did XF have in 2034?",
    "Name the working groups XF had in 2034.",
])
def test_the_groups_of_a_year_are_those_stated_of_it(tmp_path, text):
    assert _units(tmp_path, text) == ["Orbit Working Group", "Survey Working Group"]


def test_the_groups_of_no_year_are_all_the_bodys_units(tmp_path):
    assert _units(tmp_path, "Which working groups does XF have?") == ["Legacy Working Group", "Orbit Working Group"]


def test_a_year_no_fact_is_stated_of_has_no_groups(tmp_path):
    assert _units(tmp_path, "Which working groups were active within XF in 2036?") == []


def test_working_groups_doing_something_in_a_year_are_not_this_shape():
    from isecg_kg.qa import shapes
    plan = shapes.plan(question("Which working groups reported to XF in 2034?"))
    assert plan is None or plan.shape != "units"


# -- which of two joined first, and how far apart ----------------------------------------------------------------------

def _joinings(tmp_path):
    from .test_dated import _membership
    return _small_store(tmp_path, _membership("f-cc", "cc", label="from 2031-03", start="2031-03")
                        + _membership("f-dd", "dd", label="from 2031-10", start="2031-10"))


@pytest.mark.parametrize("text, short", [
    ("Which agency joined XF first in 2031, CC or DD, and how far apart were they?",
     "CC (March 2031), seven months before DD (October 2031)"),
    ("Which joined XF later, CC or DD, and by how many months?", "DD (October 2031), seven months after CC (March 2031)"),
])
def test_which_joined_first_and_how_far_apart(tmp_path, text, short):
    assert _answered(_joinings(tmp_path), text).short == short


def test_which_joined_first_alone_is_the_member(tmp_path):
    assert _answered(_joinings(tmp_path), "Which agency joined XF first in 2031, CC or DD?").short == \
        "CC (March 2031, before DD in October 2031)"  # the member, each with its date
