"""Probes for round 13 (facts asked of /api/ask), on invented texts:

- "What did X contribute/provide/offer ...?": the row of a table opening with the organisation X gives the thing
  (the rest of its line); a sentence opening with X, another organisation's row, or a question for no organisation
  gives none;
- "Who will represent the chair agency?" asks a person (people act for a body), not "which agencies were
  represented";
- "Who is the corresponding/lead/first author of X?" asks one author: the one the byline marks ("Anna Berg*"),
  else the first listed; "Who are the authors?" all of them.  A document code ("IAC-16-A5.1.3") is asked of
  by its words: "corresponding" and "first" are asking words;
- "Who chaired the session on X?": the person with their body in brackets a programme's row gives beside most
  words of X (the name may wrap onto the next line); no row of X, a sentence, or a bracket that is no body gives
  none;
- "The agency that offered X ...": a body a unit names by its acronym ("JAXA  a pressurised rover", a table's row)
  is the agency described (its name ends in no "Agency"); the question is asked again of it, without "the"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import SimpleNamespace

from isecg_kg.qa import compose, dated, lists
from isecg_kg.qa.answerer import ASKING_WORDS
from isecg_kg.qa.sentences import answer_type, content_words
from isecg_kg.records import DocumentRef

ORGS = {"JAXA": "jaxa", "ESA": "esa", "CNES": "cnes", "Canadian Space Agency": "csa"}


def _mentions_in(text: str) -> list:
    return [SimpleNamespace(text=m.group(), start=m.start(), end=m.end(), iri=ORGS.get(m.group(), m.group()),
                            category="org" if m.group() in ORGS else "person")
            for m in re.finditer("|".join(map(re.escape, [*ORGS, "Paul Roy"])), text)]


def _asked(*iris: str) -> list:
    return [SimpleNamespace(iri=iri, category="org") for iri in iris]


def _hit(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, document=DocumentRef("d", "Architecture summary", None, None, "d"), section=None)


TABLE = _hit("Agency Contribution\nESA (European Space Agency) a cargo lander from its studies\n"
             "JAXA a pressurised rover for crews without suits\nCanadian Space Agency | robotic arm for the outpost |")


def test_the_row_of_the_organisation_gives_its_contribution():
    row = lists.contribution_row("What did JAXA contribute to the 2010 architecture?", _asked("jaxa"), [TABLE],
                                 _mentions_in)
    assert row.items == ["a pressurised rover for crews without suits"]
    row = lists.contribution_row("What does ESA provide for the reference architecture?", _asked("esa"), [TABLE],
                                 _mentions_in)
    assert row.items == ["a cargo lander from its studies"]
    row = lists.contribution_row("What will the Canadian Space Agency offer the outpost?", _asked("csa"), [TABLE],
                                 _mentions_in)
    assert row.items == ["robotic arm for the outpost"]


def test_no_row_of_a_sentence_another_body_or_another_question():
    prose = _hit("JAXA contributed studies to the architecture. It hosted a workshop in Tokyo.\nCNES a lander")
    assert lists.contribution_row("What did JAXA contribute to the architecture?", _asked("jaxa"), [prose],
                                  _mentions_in) is None
    assert lists.contribution_row("What did CNES contribute?", _asked("cnes"), [TABLE], _mentions_in) is None
    assert lists.contribution_row("Which agency hosted the workshop?", _asked("jaxa"), [TABLE], _mentions_in) is None


def test_a_representative_is_a_person():
    assert answer_type("Who will represent ISECG's new chair agency after the handover?") == "person"
    assert answer_type("Who represented ESA at the 2019 plenary?") == "person"
    # bodies represented, or a host, are no person asked
    assert answer_type("Which agencies were represented at the Milan meeting?") != "person"
    assert answer_type("Who hosted the Milan meeting?") != "person"


PEOPLE = {"p/berg": "Anna Berg", "p/ito": "Jun Ito", "p/roy": "Paul Roy"}
NAMES = dated.Names(label=lambda i: PEOPLE.get(i, i.upper()), short=lambda i: PEOPLE.get(i, i.upper()))


def _authors(listing: str, question: str) -> str:
    role = dated.ONE_AUTHOR.search(question)
    plan = dated.document_people("doc", NAMES, one=role.group(1).lower() if role else None)
    rows = [{"person": p, "x": x, "passage0": "doc/passage/1", "sentence0": listing}
            for p, x in (("p/berg", "nasa"), ("p/ito", "jaxa"), ("p/roy", "csa"))]
    return plan.compose(rows).short


def test_one_author_asked_is_the_marked_one_else_the_first():
    assert dated.WHO_MADE.search("Who is the corresponding author of paper IAC-16-A5.1.3?")
    assert _authors("Anna Berga, Jun Itob*, Paul Royc", "Who is the corresponding author of the paper?") \
        == "Jun Ito (JAXA)"
    assert _authors("Anna Berg¹, Jun Ito², Paul Roy³ †", "Who is the contact author of the paper?") == "Paul Roy (CSA)"
    assert _authors("Anna Berg, Jun Ito and Paul Roy", "Who is the lead author of the study?") == "Anna Berg (NASA)"
    # the one the listing names in the role asked, before a mark or the order
    assert _authors("Anna Berg*, NASA; Jun Ito, JAXA – lead author; Paul Roy, CSA",
                    "Who was the lead author of the paper?") == "Jun Ito (JAXA)"
    assert _authors("Anna Berg (NASA); Jun Ito (JAXA); Paul Roy (CSA), corresponding author",
                    "Who is the corresponding author?") == "Paul Roy (CSA)"
    # a role another author holds is not the one asked
    assert _authors("Anna Berg (NASA); Jun Ito (JAXA), corresponding author; Paul Roy (CSA)",
                    "Who is the lead author?") == "Anna Berg (NASA)"
    # all of them when all are asked
    assert _authors("Anna Berga, Jun Itob*, Paul Royc", "Who are the authors of the paper?").count("(") == 3
    assert dated.ONE_AUTHOR.search("Who are the lead authors of the study?") is None


def test_an_authors_adjective_is_an_asking_word():
    asked = content_words("Who is the corresponding author of paper IAC-16-A5.1.3?") - ASKING_WORDS
    assert not asked & content_words("corresponding first principal")


PROGRAMME = _hit("Date Session Chair\n23 April 2018\nSession 2 – Earth return orbiter and capture of the container\n"
                 "Anna Berg (ESA)\n24 April 2018\nSession 3 – Planetary protection and receiving facilities Paul Roy "
                 "(CNES)\nClosing panel: from robotic samples to crews Jun Ito (JAXA), ISECG")


def _holder(question: str, hit=PROGRAMME):
    row = lists.holder_row(question, [hit], _mentions_in)
    return row.items[0] if row else None


def test_a_programme_row_gives_who_chaired():
    assert _holder("Who chaired the 2018 session on planetary protection and receiving facilities?") == "Paul Roy (CNES)"
    assert _holder("Who chaired the session on the Earth return orbiter and the container?") == "Anna Berg (ESA)"
    assert _holder("Who moderated the closing panel on robotic samples and crews?") == "Jun Ito (JAXA)"


def test_no_holder_without_the_row_or_a_body():
    assert _holder("Who chaired the session on lunar dust?") is None
    assert _holder("Who chaired the session on planetary protection?",
                   _hit("The session on planetary protection was lively. Paul Roy (CNES) spoke.")) is None
    assert _holder("Who chaired the session on planetary protection?",
                   _hit("Session 3 – Planetary protection Mars Sample (MSR)")) is None
    # a sentence ending its line; a name the graph knows as a body's, not a person's
    assert _holder("Who chaired the session on planetary protection?",
                   _hit("The session on planetary protection met with Paul Roy (CNES).")) is None
    assert _holder("Who chaired the JAXA session on planetary protection?",
                   _hit("Session 3 – Planetary protection Canadian Space Agency (CNES)")) is None
    assert _holder("Which agency hosted the session on planetary protection?") is None


@dataclass
class _Found:
    text: str
    passage_id: str
    document: SimpleNamespace
    section: str = ""
    rank: int = 1


def _bridged(rows: str, question: str) -> list[str]:
    hit = _Found(rows, "arch/5", DocumentRef("arch", "Lunar Reference Architecture 2010", 2010, None, "arch"))
    engine = SimpleNamespace(search=lambda text, k, **_: {"results": [hit]})
    asked = []
    compose.bridge(SimpleNamespace(engine=engine, mentions_in=_mentions_in), question,
                   lambda again: asked.append(again) or {"answer": "the Tsukuba workshop", "evidence": []}, k=3,
                   filters={})
    return asked


def test_an_agency_described_may_be_named_by_its_acronym():
    rows = "Agency Contribution\nESA a cargo lander from its studies\nJAXA a pressurised rover for crews without suits"
    assert _bridged(rows, "The agency that offered a pressurised rover to the 2010 architecture hosted which meeting?") \
        == ["JAXA hosted which meeting?"]
    assert _bridged(rows, "Which group was chaired by the agency that provided a cargo lander in 2010?") \
        == ["Which group was chaired by ESA?"]
    # a thing of another kind is not named by a body
    assert _bridged(rows, "The lander that was offered in 2010 by ESA flew when?") == []
