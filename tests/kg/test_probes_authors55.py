"""Stop 55 probes of a document's makers (in other names and wording than any set's; no held-out text was read for
them): a head line opening "By" and a body ("By the Canadian Space Agency (Montreal)", "By KARI and CNES"); a head line
naming the document a product of bodies ("A product of KARI, CNES and DLR"); bodies saying they contributed to this
document ("KARI, CNES and DLR contributed to this report", "provided input to this report"), as "written with
contributions from" already credits them. Near misses: "By" and a date in the head; "By 2035, ..." in the body; a
contribution to something else this report describes."""

from __future__ import annotations

import pytest

HEAD = "ISECG Annual Report 2034\n"
BODY = "\nThe group met twice in 2034 and agreed its work plan.\n"


def _creators(result) -> set[str]:
    return {o for s, p, o in result.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


@pytest.mark.parametrize("line, makers", [
    ("By the Canadian Space Agency (Montreal)", {"id/org/csa"}),
    ("By KARI and CNES", {"id/org/kari", "id/org/cnes"}),
    ("A product of KARI, CNES and DLR", {"id/org/kari", "id/org/cnes", "id/org/dlr"}),
    ("KARI, CNES and DLR contributed to this report.", {"id/org/kari", "id/org/cnes", "id/org/dlr"}),
    ("KARI and CNES provided input to this report.", {"id/org/kari", "id/org/cnes"}),
])
def test_the_documents_makers(extract, line, makers):
    text = HEAD + line + BODY
    assert makers <= _creators(extract(text, title="ISECG Annual Report 2034", year=2034))


@pytest.mark.parametrize("line", [
    "By March 2035 KARI and CNES had met twice",
    "By 2035 KARI and CNES plan to land crews",
    "KARI contributed to the Gateway, as this report describes.",
])
def test_no_makers_from_a_date_or_another_contribution(extract, line):
    text = HEAD + line + BODY
    assert not _creators(extract(text, title="ISECG Annual Report 2034", year=2034)) & {"id/org/kari", "id/org/cnes"}
