"""What a sentence leaves unsaid and its passage or document says: the body a question makes the subject of its verb
named before the sentence in its passage ("KARI hosted ... The agency opened ..."), and the document that gives a
question's time being the sentence's own ("during the preparation of this study"). A mini corpus in our own
wording, ingested for real; near misses where the context names another body, or none."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, short_said

DOCUMENTS = {
    "dust-laboratories-2033.md": """# Lunar Dust Laboratories: a Status Note

*International Space Exploration Coordination Group · status note · September 2033*

## Korea

KARI hosted the dust mitigation workshop in Daejeon in May 2033. Forty experts from eleven agencies took part in it.
The agency opened its lunar dust laboratory on 14 May 2033, on the workshop's second day. KARI also presented its
lander plans to the group on 2 March 2033.

## France

CNES ran the sieving session of the same workshop. The agency opened a second dust laboratory in Toulouse on
3 June 2033.
""",
    "regolith-handling-study-2034.md": """# Regolith Handling Reference Study

*International Space Exploration Coordination Group · study · January 2034*

## Contributors

The following people took part in the Regolith Working Group during the preparation of this study.

| Name | Agency | Role |
|---|---|---|
| Ana Ruiz | LSA | group chair |
| Kenji Mori | JAXA | member |

## Findings

Sieving before transport halves the wear on rover joints.
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("context"))


@pytest.mark.slow
def test_the_body_asked_of_is_named_before_the_sentence(answerer):
    # "The agency opened ..." refers back to KARI, named at the paragraph's start; the sentence naming KARI with a
    # date (its lander plans) tells nothing of the laboratory, and CNES's laboratory is another body's
    response = answerer.answer("When did KARI open its lunar dust laboratory?")
    assert "14 may 2033" in short_said(response) or "14 May 2033" in (response["answer"] or ""), response["answer"]
    assert "3 june" not in (response["answer"] or "").lower()


@pytest.mark.slow
def test_a_passage_naming_another_body_does_not_answer_for_it(answerer):
    # each "The agency opened ..." refers back to the body its paragraph names (KARI's, CNES's in Toulouse): an agency
    # no passage names gets neither date
    response = answerer.answer("When did ASI open its lunar dust laboratory?")
    said = (response["answer"] or "").lower()
    assert "14 may 2033" not in said and "3 june 2033" not in said, response["answer"]


@pytest.mark.slow
def test_the_time_a_document_gives_is_its_own_sentences(answerer):
    # "when the regolith handling reference study was prepared": the study's own list of who took part then answers
    # (its sentence says "this study", not the study's name)
    response = answerer.answer("Who chaired the Regolith Working Group when the regolith handling reference study "
                               "was prepared?")
    assert "ana ruiz" in (response["answer"] or "").lower(), (response["shape"], response["answer"],
                                                               response.get("message"))


@pytest.mark.slow
def test_the_time_another_document_gives_is_not_told_by_this_one(answerer):
    # the status note on dust laboratories gives the time: the study's list is of another time
    response = answerer.answer("Who chaired the Regolith Working Group when the status note on dust laboratories "
                               "was published?")
    assert "ana ruiz" not in (response["answer"] or "").lower(), (response["shape"], response["answer"])
