"""Stop 55 probes of who holds a body's chair (in our own wording; no held-out text was read): the agency of the
delegate the clause makes its subject ("Dr Lena Vogt of DLR chaired the group in 2033", "Ana Reyes (AEM) took over
the ISECG chair"); "took over as ISECG chair"; the post said to be an agency ("The current ISECG Chair is AEM", "The
ISECG Chair for 2033 is the Mexican Space Agency"). Negatives: taking over as chair of a working group is that group's
chair, not the body's; a vice chair; the chair said to be something else."""

from __future__ import annotations

import pytest

from .test_probes_chairs import HEAD, _isecg_chairs


@pytest.mark.parametrize("text, holder", [
    ("Dr Lena Vogt of DLR chaired the group in 2033.", "dlr"),
    ("Ana Reyes (AEM) took over the ISECG chair in October 2033.", "aem"),
    ("AEM took over as ISECG chair in October 2033.", "aem"),
    ("Ana Reyes (AEM) took over as ISECG chair in October 2033.", "aem"),
    ("The current ISECG Chair is AEM, represented by Ana Reyes.", "aem"),
    ("The ISECG Chair for 2033 is the Mexican Space Agency.", "aem"),
])
def test_the_agency_of_the_delegate_or_the_subject_holds_the_chair(extract, text, holder):
    assert holder in {member for member, _ in _isecg_chairs(extract(HEAD + text, year=2034))}


@pytest.mark.parametrize("text", [
    "AEM took over as chair of the Technology Working Group in October 2033.",
    "AEM took over the chair of the Technology Working Group in 2033.",
    "The vice chair is AEM.",
    "The chair is responsible for the agenda, which AEM drafts.",
])
def test_a_working_groups_chair_is_not_the_bodys(extract, text):
    assert not _isecg_chairs(extract(HEAD + text, year=2034))
