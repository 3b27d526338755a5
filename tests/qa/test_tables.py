"""qa/tables: the rows of a document's table holding the value a question filters by, counted or listed; the cells
a question asks of the one row it names (its people, for a "who" question).  Tables in three forms a PDF gives (a row a line; rows wrapped over lines
under a header row; rows run together into one line by the extraction), written in other words and names than any
set's.  Negatives: a question whose source is no document, a table of other things, prose, a capitalised value inside
a longer word ("High-gain"); no row or two rows named, no cell of the kind asked."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from isecg_kg.qa.tables import asked, bodies, cells, dated_row, rows
from isecg_kg.records import DocumentRef, Highlight, HitScores, SearchHit


def hit(text: str, *, doc: str = "plan-2031", year: int = 2031, n: int = 1, section: str | None = None) -> SearchHit:
    return SearchHit(rank=n, score=1.0, scores=HitScores(1.0, None, None, None, None), text=text, page=1, pages=[1],
                     section=section, passage=f"http://x/{doc}/{n}", passage_id=f"{doc}/{n}",
                     document=DocumentRef(doc, f"Plan {year}", year, "paper", f"http://x/{doc}"),
                     highlight=Highlight(text, 0, 0, text))


ONE_A_LINE = hit("Condor orbiter LSA 2033 Relay\nHeron lander LSA, with PSA 2034 Polar landing\n"
                 "Kestrel rover PSA 2034 Prospecting\nOsprey sample return LSA 2036 Return", section="Probe Agency Year Role")
WRAPPED = hit("Table 4. Capability shortfalls for the surface phase\nCode Capability shortfall Bodies at work Urgency\n"
              "CS-1 Storage of liquid oxygen over long\nperiods\nLSA, PSA Urgent\n"
              "CS-2 High-gain antennas for relay LSA Routine\n"
              "CS-3 Dust-tolerant seals and\nbearings\nPSA, LSA, MSA Urgent\nCS-4 Night survival heaters MSA Routine")
RUN_ON = hit("Plans change often. Body Probe Target Launch year Prepared for the workshop. LSA Condor orbiter Mars 2033 "
             "PSA Heron lander Moon (south pole) 2034 MSA Kestrel rover Moon 2034 LSA Osprey Venus 2036")


@pytest.mark.parametrize(("question", "count", "value"), [
    ("How many of the probes listed in the 2031 plan were set to launch in 2034?", True, "2034"),
    ("How many probes in the 2031 plan's table were due in 2033?", True, "2033"),
    ("Which capability shortfalls in the 2031 paper are rated Urgent?", False, "Urgent"),
    ("Which probes of the plan were planned for 2036?", False, "2036"),
])
def test_a_question_for_rows_holding_a_value(question, count, value):
    found = asked(question)
    assert (found.count, found.value) == (count, value)


@pytest.mark.parametrize("question", [
    "How many agencies in ISECG were members in 2018?",  # no document or table is the source
    "How many of the probes listed in the 2031 plan were successful?",  # no value to filter by
    "When was the 2031 plan released?",
])
def test_no_question_for_rows(question):
    assert asked(question) is None


def count(question: str, *passages: SearchHit) -> int | None:
    found = rows(asked(question), list(passages), lambda doc_id: [p for p in passages if p.document.id == doc_id])
    return None if found is None else len(found.lines)


def test_rows_a_line_each():
    assert count("How many of the probes listed in the 2031 plan were set to launch in 2034?", ONE_A_LINE) == 2
    found = rows(asked("Which probes in the 2031 plan were planned for 2036?"), [ONE_A_LINE], lambda _: [ONE_A_LINE])
    assert found.lines == ["Osprey sample return LSA 2036 Return"]


def test_wrapped_rows_under_a_header_are_kept_whole():
    found = rows(asked("Which capability shortfalls in the 2031 paper are rated Urgent?"), [WRAPPED],
                 lambda _: [WRAPPED])
    assert found.lines == ["CS-1 Storage of liquid oxygen over long periods LSA, PSA Urgent",
                           "CS-3 Dust-tolerant seals and bearings PSA, LSA, MSA Urgent"]
    # "High-gain" is no cell "High"; no row is rated so
    assert count("How many capability shortfalls in the 2031 paper are rated High?", WRAPPED) is None


def test_rows_run_together_end_at_their_year():
    found = rows(asked("Which probes in the 2031 plan's table were planned to launch in 2034?"), [RUN_ON],
                 lambda _: [RUN_ON])
    assert found.lines == ["PSA Heron lander Moon (south pole) 2034", "MSA Kestrel rover Moon 2034"]


def test_rows_of_the_document_of_the_year_named():
    other = hit(ONE_A_LINE.text, doc="plan-2029", year=2029, section=ONE_A_LINE.section)
    found = rows(asked("How many of the probes listed in the 2031 plan were set to launch in 2034?"),
                 [other, ONE_A_LINE], lambda doc_id: [p for p in (other, ONE_A_LINE) if p.document.id == doc_id])
    assert found.passages == [ONE_A_LINE]


def test_no_rows_from_a_table_of_other_things_or_from_prose():
    assert count("How many of the workshops in the 2031 plan were held in 2034?", ONE_A_LINE) is None
    prose = hit("Two probes were set to launch in 2034. The Heron lander was delayed to 2035 after a review.")
    assert count("How many of the probes listed in the 2031 plan were set to launch in 2034?", prose) is None


def test_a_value_inside_its_rows_takes_a_row_a_line():
    table = hit("LSA Lunaria Moon Relay orbiters\nPSA Pelagia Mars Sample caching\nMSA Meridia Moon Polar rovers",
                section="Annex B — Interests of the agencies — Agency Country Main destination Flagship")
    found = rows(asked("Which agencies in the annex have the Moon as their main destination?"), [table],
                 lambda _: [table])
    assert found.lines == ["LSA Lunaria Moon Relay orbiters", "MSA Meridia Moon Polar rovers"]


def test_a_labelled_cell_the_predicate_names():
    table = hit("Condor orbiter — Lead body: LSA; Partners: PSA; Year: 2033\n"
                "Heron lander — Lead body: PSA; Partners: LSA, MSA; Year: 2034\n"
                "Kestrel rover — Lead body: LSA; Partners: –; Year: 2034", section="Probes by lead body")
    assert count("How many probes in the 2031 plan's table have LSA as lead body?", table) == 2
    assert count("How many probes in the 2031 plan's table have MSA as lead body?", table) is None


def names_in(text: str) -> list:
    """The entities a text names, as the answerer's linker would: the bodies and destinations of these tables."""
    kinds = {"LSA": ("Organization", "org"), "PSA": ("Organization", "org"), "MSA": ("Organization", "org"),
             "Moon": ("Destination", "place"), "Mars": ("Destination", "place")}
    return [SimpleNamespace(text=m.group(), label=m.group(), type=kinds[m.group()][0], category=kinds[m.group()][1])
            for m in re.finditer(r"\b(?:LSA|PSA|MSA|Moon|Mars)\b", text)]


WRAPPED_PROBES = hit("Condor orbiter LSA 2033 Relay\nHERON (High-latitude Explorer for Regolith)\nPSA, with MSA 2034 Polar "
                     "landing\nKestrel rover PSA 2034 Prospecting\nOsprey sample return LSA 2036 Return",
                     section="Probe Agency Year Role")


@pytest.mark.parametrize(("question", "keys", "values"), [
    ("Which agency planned the HERON lander, and for what launch year?", ["heron"], ["PSA", "MSA", "2034"]),
    ("Which destination does the annex give as PSA's main interest?", ["PSA"], ["Mars"]),
])
def test_the_cells_of_the_one_row_named(question, keys, values):
    annex = hit("LSA Lunaria Moon Relay orbiters\nPSA Pelagia Mars Sample caching\nMSA Meridia Moon Polar rovers",
                doc="vision-2031", section="Annex B — Interests of the agencies — Agency Country Main destination Flagship")
    found = cells(question, keys, [WRAPPED_PROBES, annex],
                  lambda doc_id: [p for p in (WRAPPED_PROBES, annex) if p.document.id == doc_id], names_in)
    assert found.values == values


@pytest.mark.parametrize(("question", "keys"), [
    ("Which agency planned the ALBATROSS lander?", ["albatross"]),  # no row names it
    ("Which agency planned the lander?", []),  # no name to find a row by
    ("Who led the HERON lander?", ["heron"]),  # no cell of a kind asked
    ("Which destination does the annex give as LSA's main interest?", ["LSA"]),  # two rows name LSA
])
def test_no_cells_without_one_row_and_a_cell_asked(question, keys):
    assert cells(question, keys, [WRAPPED_PROBES], lambda doc_id: [WRAPPED_PROBES], names_in) is None


def test_the_people_of_the_one_row_naming_a_body():
    """"Who represented LSA at the plenary?": the delegates of the attendance row naming LSA, not an actions table's
    row naming it with no one (stop 60)."""
    people = {"Ana Berg", "Tom Dahl", "Ivo Marsh"}
    attendance = hit("Agency Delegate(s)\nLSA (Lunaria) Ana Berg; Tom Dahl\nPSA (Pelagia) Ivo Marsh\nMSA (Meridia) none",
                     doc="record-2031", n=1, section="Attendance")
    actions = hit("No. Action Owner Due\nA-1 Draft the plan LSA 2031-05-01\nA-2 Book the venue PSA 2031-06-01\n"
                  "A-3 Circulate the record MSA 2031-06-15", doc="record-2031", n=2, section="Actions")

    def named(text: str) -> list:
        found = [SimpleNamespace(text=m.group(), label=m.group(), type="Person", category="person")
                 for m in re.finditer("|".join(people), text)]
        return names_in(text) + found

    found = cells("Who represented LSA at the ninth plenary?", ["LSA"], [attendance, actions],
                  lambda doc_id: [attendance, actions], named)
    assert found.values == ["Ana Berg", "Tom Dahl"]
    assert cells("Who drafted the plan?", ["plan"], [actions], lambda doc_id: [actions], named) is None


KEYED = hit("LSA Relay orbiter – in development\nTeleoperated, small\nPSA Pressurised rover Concept study\nMSA Sample drill"
            " Field-tested in 2031", doc="sheet-2031", section="Contributions by agency — Agency System Status")


def test_the_bodies_of_a_table_keyed_by_body():
    found = bodies("Which agencies contributed entries to the 2031 sheet?", [KEYED], names_in)
    assert found.values == ["LSA", "PSA", "MSA"]


@pytest.mark.parametrize(("question", "results"), [
    ("Which rovers does the 2031 sheet list?", [KEYED]),  # no bodies asked for
    ("Which agencies contributed entries to the 2031 sheet?", [hit("A rover was studied.", doc="other")] * 3 + [KEYED]),
    ("Which agencies contributed entries to the 2031 sheet?", [WRAPPED_PROBES]),  # its rows open with probes
])
def test_no_bodies_of_a_table_keyed_otherwise_or_ranked_low(question, results):
    assert bodies(question, results, names_in) is None


DATES = hit("Abstract submission (max. 500 words) 4 July 2031\nNotification of acceptance 8 August 2031\nEarly "
            "registration 19 September 2031\nPosition papers (optional) 3 October 2031", doc="call-2031",
            section="Key dates")


def test_the_date_of_the_row_the_words_name():
    found = dated_row("What is the abstract submission deadline for the 2031 workshop?", [DATES], lambda _: [DATES])
    assert found.values == ["4 July 2031"]


@pytest.mark.parametrize("question", [
    "Who reviews the abstract submissions for the 2031 workshop?",  # no date asked
    "What is the deadline for the 2031 workshop?",  # no row's words named
])
def test_no_date_without_a_row_named_or_a_date_asked(question):
    assert dated_row(question, [DATES], lambda _: [DATES]) is None
