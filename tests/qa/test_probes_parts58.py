"""Stop 58 probes of a list of bodies answered from a sentence that gives each body its own object, the verb said
once ("CNES and DLR studied regolith sintering, KARI lunar navigation, and ISRO habitat shielding"): the bodies of the
part telling what the question asks are the answer, not every body named (qa/lists.of_part_asked). Negatives: a plain
list ("ASI, CNES and DLR signed in 2031") keeps every body; a question whose words two parts share, or none,
keeps them all. And a question naming its source ("..., according to the dissertation") is answered by that
source whatever year it names the topic by: only a year of the source clause picks documents by year
(qa/lists.documents_of_year). Written in other words than any set's; development set ad's question only showed the
forms."""

from __future__ import annotations

import re

import pytest

from isecg_kg.qa.lists import documents_of_year, of_part_asked

BODIES = r"\b(?:NASA|ESA|CNES|DLR|KARI|ISRO|ASI|JAXA|CSA|UKSA)\b"


def _bodies(question: str, text: str) -> list[str]:
    values = [(m.start(), m.group()) for m in re.finditer(BODIES, text)]
    return [name for _, name in of_part_asked(question, text, values, [(m.start(), m.end())
                                                                       for m in re.finditer(BODIES, text)])]


@pytest.mark.parametrize(("question", "text", "bodies"), [
    ("Which agencies studied regolith sintering?",
     "In that year CNES and DLR studied regolith sintering, KARI lunar navigation, and ISRO habitat shielding.",
     ["CNES", "DLR"]),
    ("Which agency worked on habitat shielding?",
     "CNES and DLR worked on regolith sintering; KARI on lunar navigation; ISRO on habitat shielding.", ["ISRO"]),
    ("Which agencies led the dust campaign?",
     "UKSA led the radiation campaign, JAXA and CSA the dust campaign, and ASI the rover trials.", ["JAXA", "CSA"]),
    # negatives: a plain list, a question two parts share words with, one no part tells
    ("Which agencies signed in 2031?", "ASI, CNES, DLR and KARI signed in 2031.", ["ASI", "CNES", "DLR", "KARI"]),
    ("Which agencies studied lunar topics?",
     "CNES studied lunar navigation, KARI lunar sintering, and ISRO habitat shielding.", ["CNES", "KARI", "ISRO"]),
    ("Which agencies joined in 2031?", "NASA (United States), ESA (Europe), CNES (France) and KARI (Korea) joined in 2031.",
     ["NASA", "ESA", "CNES", "KARI"]),
    ("Which agencies joined in 2031?", "NASA, the US agency, ESA, the European one, and KARI joined in 2031.",
     ["NASA", "ESA", "KARI"]),
    ("Which agencies built the airlock?",
     "CNES and DLR studied regolith sintering, KARI lunar navigation, and ISRO habitat shielding.",
     ["CNES", "DLR", "KARI", "ISRO"]),
])
def test_the_bodies_of_the_part_asked(question, text, bodies):
    assert _bodies(question, text) == bodies


@pytest.mark.parametrize(("question", "years"), [
    ("Which agencies studied regolith sintering in the 2031 roadmap, according to the dissertation?", []),
    ("Which agencies studied regolith sintering, according to the 2034 assessment?", ["2034"]),
    ("Which agencies studied regolith sintering in the 2031 roadmap?", ["2031"]),
    ("Which agencies studied regolith sintering in the 2031 roadmap, as reported in the 2033 report?", ["2033"]),
])
def test_a_named_source_is_the_document_asked(question, years):
    assert documents_of_year(question) == years
