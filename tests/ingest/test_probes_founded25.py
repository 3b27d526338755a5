"""Round 25 probes of a document's year when its first page opens with a fact box about its body: the year the body
was founded ("Founded: 2009", "Established in 2009") is not the document's, the date further down its head is."""

from __future__ import annotations

import pytest

from isecg_kg.ingest import read_source, sha256


def _year(tmp_path, text: str) -> int | None:
    path = tmp_path / "release.md"
    path.write_text(text, encoding="utf-8")
    return read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)[0].year


@pytest.mark.parametrize("label", ["Founded: 2009", "Established in 2009", "Set up: 2009"])
def test_a_founding_year_in_a_fact_box_is_not_the_documents(tmp_path, label):
    text = (f"Lunar Forum in brief\n\n{label}\n\nMembers: 18 (May 2031)\n\n# Korean agency takes the forum's chair\n\n"
            "Busan, 2031-05-14 — The forum's members agreed today that the Korea AeroSpace Administration will "
            "chair the group from July, the first time an agency from Korea holds the post.\n")
    assert _year(tmp_path, text) == 2031


def test_a_year_with_no_founding_word_is_still_read(tmp_path):
    text = ("Lunar Forum in brief\n\nEdition: 2029\n\n# Annual overview\n\nThe forum's members met four times this "
            "year, twice online and twice in person, and agreed on a common plan for the decade ahead.\n")
    assert _year(tmp_path, text) == 2029
