"""Probes of an event asked of by its rank in time (round 24), on invented texts and a small graph:

- "the last XF meeting of 2019": of that year's gatherings, the one starting latest ("the first": earliest);
  a "meeting" may be any of its kinds (a plenary, a session), another noun only its own;
- undated ("where did the XF hold its first meeting"), only an event a sentence itself ranks so, since the
  graph holds no group's every meeting;
- no rank when the clause names a stretch or a kind ("the first meeting since 2019", "the last plenary chaired by
  BB") or an adjective stands between ("the first in-person meeting"), nor for events dated by their year alone."""

from __future__ import annotations

import pytest

from isecg_kg.qa import dated

from .fixtures import turtle_store
from .test_dated import TURTLE, B
from .test_probes_facts14 import _short


def _event(slug: str, label: str, date: str, place: str, host: str, sentence: str) -> str:
    said = "".join(f"<{B}id/st/{slug}-{k}> rdf:subject <{B}id/event/{slug}> ; rdf:predicate {p} ;\n"
                   f"    prov:wasDerivedFrom <{B}id/doc/d3/passage/1> ; isecg:sentence \"{sentence}\" .\n"
                   for k, p in enumerate(("schema:organizer", "schema:location", "schema:startDate")))
    return (f"<{B}id/event/{slug}> a schema:Event ; skos:prefLabel \"{label}\" ; "
            f"schema:startDate \"{date}\"^^xsd:date ;\n    schema:location <{B}id/place/{place.lower()}> ; "
            f"schema:organizer <{B}id/org/{host}> .\n"
            f"<{B}id/place/{place.lower()}> skos:prefLabel \"{place}\" .\n" + said)


EVENTS = (_event("quito", "Forum plenary", "2019-02-11", "Quito", "cc", "The plenary met in Quito, hosted by CC.")
          + _event("accra", "Forum autumn session", "2019-11-04", "Accra", "dd", "DD welcomed the session to Accra.")
          + _event("lyon", "Forum workshop", "2019-06-03", "Lyon", "aa", "AA hosted a workshop in Lyon.")
          + _event("cusco", "Forum workshop", "2019-09-09", "Cusco", "bb", "BB hosted a workshop in Cusco.")
          + _event("hanoi", "Forum meeting", "2019", "Hanoi", "ee", "The forum also met in Hanoi that year.")
          + _event("bern", "Forum meeting", "2004-05", "Bern", "aa",
                   "The forum held its first meeting in Bern in May 2004, hosted by AA.")
          + _event("riga", "Forum meeting", "2021-03-02", "Riga", "bb",
                   "The forum met in Riga, hosted by BB: its first in-person meeting since 2019."))


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return turtle_store(TURTLE + EVENTS, tmp_path_factory.mktemp("qa-events24"))


@pytest.mark.parametrize("text, short", [
    ("Which was the last XF meeting of 2019, and where was it held?", "Accra"),
    ("Where was the final XF meeting in 2019 held?", "Accra"),
    ("Where did the XF hold its earliest meeting of 2019?", "Quito"),
    ("Where was the last XF workshop of 2019 held, and who hosted it?", "Cusco; BB"),
    ("Where was the first XF workshop of 2019 held?", "Lyon"),
])
def test_a_years_first_or_last_gathering_is_told_by_the_dates(graph, text, short):
    assert _short(graph, text) == short


def test_undated_only_an_event_a_sentence_ranks(graph):
    assert _short(graph, "Where and when did the XF hold its first meeting, and who hosted it?") == \
        "Bern, May 2004, hosted by AA"  # (where, when and host asked at once: told in one phrase)
    assert _short(graph, "Where did the XF hold its last meeting?") is None  # no sentence says which


@pytest.mark.parametrize("text", [
    "Where did the XF hold its first meeting since 2019?",
    "Where was the last XF plenary of 2019 chaired by BB held?",
    "Where did the XF hold its first in-person meeting of 2019?",
])
def test_no_rank_for_a_stretch_a_kind_or_an_adjective(graph, text):
    assert dated.ORDINAL_EVENT.search(text) is None


def test_an_event_dated_by_its_year_alone_is_not_ranked(graph):
    # the Hanoi meeting of "2019" may have been the year's first: the Quito plenary is not said to be
    assert _short(graph, "Where was the first XF meeting of 2019 held?") == "Quito"
