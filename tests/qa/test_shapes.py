import pytest

from isecg_kg.qa import shapes
from isecg_kg.qa.linking import EntityLinker

from .fixtures import B, ENTITIES, fixture_graph


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    return fixture_graph(tmp_path_factory.mktemp("qa-graph"))


def rows(graph, sparql):
    return sorted(row["label"] for row in graph.rows(sparql) if row["label"] is not None)


def planned(question):
    q = shapes.Question.analyse(question, EntityLinker(ENTITIES).link(question))
    return shapes.plan(q)


def answer(graph, question):
    plan = planned(question)
    assert plan is not None, question
    found = rows(graph, plan.sparql)
    while not found and plan.fallback:
        plan = plan.fallback
        found = rows(graph, plan.sparql)
    return plan.shape, found


MEMBERS = ["Agenzia Spaziale Italiana", "Australian Space Agency", "Canadian Space Agency",
           "Japan Aerospace Exploration Agency", "Korea Aerospace Research Institute"]


@pytest.mark.parametrize("question, shape, expected", [
    ("Which agencies are members of ISECG?", "members", MEMBERS),  # memberOf and org:Membership both count
    ("How many agencies are members of isecg?", "members", MEMBERS),
    ("Which members of ISECG are from Australia?", "members", ["Australian Space Agency"]),
    ("Which country is KARI from?", "country", ["Republic of Korea"]),
    ("Where is jaxa based?", "country", ["Japan"]),
    ("Which agencies are from Japan?", "country", ["Japan Aerospace Exploration Agency"]),
    ("Who works on Nuclear Power and Propulsion?", "works_on", ["Canadian Space Agency", "Technology Working Group"]),
    ("Who works on radioisotope power systems?", "works_on", ["Canadian Space Agency"]),
    ("Which agencies contribute radioisotope power systems?", "works_on", ["Canadian Space Agency"]),
    ("Which agencies does the Global Exploration Roadmap list as working on radioisotope power systems?", "works_on",
     ["Canadian Space Agency"]),  # as that document states it
    ("Which agencies does Benefits Stemming from Space Exploration list as working on radioisotope power systems?",
     "works_on", []),  # that document states no one
    ("Who works on nuclear propulsion?", "works_on", ["Technology Working Group"]),  # via the broader area
    # work told as activity, and the words naming the document it is asked of
    ("Which agencies reported activity on radioisotope power systems?", "works_on", ["Canadian Space Agency"]),
    ("According to the roadmap, which agencies had active work on radioisotope power systems?", "works_on",
     ["Canadian Space Agency"]),
    ("Which agencies reported activity on radioisotope power systems in the 2022 technology refresh?", "works_on",
     ["Canadian Space Agency"]),  # a refresh, a revision: nouns naming documents
    ("What technologies does the TWG work on?", "works_on", ["Nuclear Power and Propulsion"]),
    ("What did the Technology Working Group plan for 2023?", "activities",
     ["Update of the GER Critical Technology Portfolio"]),
    ("What are the working groups of ISECG?", "units", ["Technology Working Group"]),
    ("Which teams does ISECG have?", "units", ["Benefits Tiger Team"]),
    ("Which events took place in Paris?", "events", ["73rd International Astronautical Congress"]),
    ("Which events were held in 2022?", "events",
     ["73rd International Astronautical Congress", "ISECG Senior Agency Managers meeting"]),
    ("Who hosted the meeting on 13 October 2022?", "events", ["Canadian Space Agency"]),
    # a month or a season narrows the year: September's congress is not an October event, nor a spring one
    ("Which events were held in October 2022?", "events", ["ISECG Senior Agency Managers meeting"]),
    ("Who hosted the meeting in the autumn of 2022?", "events", ["Canadian Space Agency"]),
    ("Which agency will host the spring 2022 meeting?", "events", []),
    ("Where was the 73rd International Astronautical Congress held?", "events", ["Paris"]),
    ("Which agency hosted the ISECG Senior Agency Managers meeting, and where was it held?", "events",
     ["Canadian Space Agency", "Montréal"]),
    ("When was the 73rd International Astronautical Congress?", "events", ["2022-09-18"]),
    ("Which documents were published in 2018?", "documents", ["The Global Exploration Roadmap"]),
    ("Which white papers has ISECG published?", "documents", ["Benefits Stemming from Space Exploration"]),
])
def test_shapes_answer_over_the_graph(graph, question, shape, expected):
    assert answer(graph, question) == (shape, expected)


@pytest.mark.parametrize("question", [
    "What does the IAWG plan to investigate with IOAG and ICG?",  # words outside any shape
    "What technology domain did the TWG gap assessment analyse in 2022?",
    "What is the main TWG workplan item for 2023?",
    "When was the Commercialization Working Group formed?",
    "What is the capital of Peru?",
    "Which events happened?",  # no place, date or host: too broad
    "Which agency leads the Technology Working Group?",  # asks for an actor, not what the group works on
])
def test_other_questions_have_no_shape(question):
    assert planned(question) is None


def test_sparql_names_iris_in_full_and_counts():
    plan = planned("How many agencies are members of ISECG?")
    assert plan.count and f"<{B}id/org/isecg>" in plan.sparql and plan.sparql.startswith("PREFIX")


def test_question_analysis_reads_dates_and_years():
    q = shapes.Question.analyse("Who hosted the meeting on 13th October 2022?", [])
    assert q.date == "2022-10-13" and q.years == ["2022"]
