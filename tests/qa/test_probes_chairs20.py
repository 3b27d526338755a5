"""Who held the body's chair, asked of a person (qa/dated.py chair, kg/rules_roles.py), on a small invented corpus in
other wording than the development sets: a yearbook stating the agencies' terms, a bulletin quoting the chair with
the title after the name and agency, a later report telling a past handover between two people, and a news item
where an agency "has taken over the chair" and its official is the incoming chair.

The base answered "Who was ISECG Chair ...?" with the agency alone, and lost the holder of "when CNES took over".
Negatives: "Which agency ...?" stays the agency; a person of the holder's agency the documents do not name as the
chair is no chair; the person of an agency's earlier term is not named for its later one."""

from __future__ import annotations

import pytest

from .fixtures import answerer_over, words_of

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "isecg-yearbook-2036.md": """# ISECG Yearbook 2036

*International Space Exploration Coordination Group · published 15 January 2037*

## The chair

NOSA took over the chair of ISECG from ESA in March 2031 and handed it to the Swiss Space Office on 9 May 2033. On
2 June 2035 the Swiss Space Office passed the ISECG chair to CNES.

## Delegates

Tove Lind of NOSA led the Norwegian delegation to the 2034 plenary.
""",
    "isecg-bulletin-2032.md": """# ISECG Bulletin 2032

*International Space Exploration Coordination Group · published 3 October 2032*

> "Coordination is how small agencies make a large difference." — Erik Solberg, Norwegian Space Agency (NOSA),
> ISECG Chair
""",
    "isecg-report-2033.md": """# ISECG Annual Report 2033

*International Space Exploration Coordination Group · published 20 February 2034*

The Norwegian Space Agency had chaired ISECG since March 2031, with Erik Solberg of NOSA acting as chair. At the
close of the Geneva plenary on 9 May 2033 he handed the chair over to Dr. Anna Keller of the Swiss Space Office.
""",
    "cnes-news-2035.md": """# France takes the ISECG chair

*CNES News · 5 June 2035*

CNES has taken over the chair of ISECG. The handover took place in Bern on 2 June 2035.

The outgoing chair, Dr. Anna Keller of the Swiss Space Office, thanked the delegations.

> "We will keep the roadmap open to every agency." — Luc Girard, CNES Director of Exploration, incoming ISECG Chair
""",
}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return answerer_over(DOCUMENTS, tmp_path_factory.mktemp("chairs20"))


@pytest.mark.parametrize("question, said", [
    ("Who was ISECG Chair in December 2032?", "erik solberg of nosa"),
    ("Who chaired ISECG in 2034?", "anna keller of sso"),
    ("Who became ISECG Chair when CNES took over in June 2035?", "luc girard of cnes"),
    ("Who chaired ISECG in 2032, and to whom did he hand the chair?", "anna keller of sso"),
])
def test_the_person_in_the_chair(answerer, question, said):
    assert f" {said} " in words_of(answerer.answer(question)["short_answer"] or "")


@pytest.mark.parametrize("question, said, not_said", [
    ("Which agency chaired ISECG in 2034?", "sso", "anna keller"),
    # a delegate of the holder's agency is no chair
    ("Who was ISECG Chair in 2031?", "nosa", "tove lind"),
])
def test_no_person_where_none_is_asked_or_stated(answerer, question, said, not_said):
    got = words_of(answerer.answer(question)["short_answer"] or "")
    assert f" {said} " in got and f" {not_said} " not in got, got
