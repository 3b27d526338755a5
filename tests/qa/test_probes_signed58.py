"""Stop 58 probes of questions asking who signed a document: "Who signed the charter?" asks for the people the
document credits (dcterms:creator, as the signatories of a statement are read: kg/rules_people.people_table), and
"Who signed it on behalf of KARI?" for the one of them working for that body (qa/dated.WHO_MADE, WHICH_PERSON_OF).
Negatives: a question of a body's deed ("Which agency signed ...?") or of a person named otherwise ("Who chaired the
meeting on behalf of ESA?") is neither. Written in other words than any set's; development set as's question only
showed the form."""

from __future__ import annotations

import pytest

from isecg_kg.qa.dated import WHICH_PERSON_OF, WHO_MADE


@pytest.mark.parametrize(("question", "made", "of_body"), [
    ("Who signed the 2031 Lunar Charter?", True, False),
    ("Who co-signed the partnership declaration?", True, False),
    ("Who signed the 2031 Lunar Charter on behalf of KARI?", True, True),
    ("Who drafted the white paper representing CNES?", True, True),
    # negatives
    ("Which agency signed the 2031 Lunar Charter?", False, False),
    ("Who chaired the meeting on behalf of ESA?", False, False),
    ("Who was named the signatory's deputy?", False, False),
])
def test_who_signed_asks_the_documents_people(question, made, of_body):
    assert (WHO_MADE.search(question) is not None) is made
    assert (WHICH_PERSON_OF.search(question) is not None) is of_body
