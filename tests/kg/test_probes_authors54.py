"""Stop 54 probes of a byline in an imprint line (written in other names and wording than the development sets'):
a segment after a separator, its verb in lower case ("Lunar Exploration Coordination Group · compiled by the LECG
Secretariat, Vienna"); one a body's name runs into ("... Group Drafted by the ..."); its date between the verb and
"by" with no preposition ("issued April 2031 by", "Published 2031-04-02 by"); the document named by its kind with a
word before ("Workshop report drafted by"); the secretary of a meeting in a record's head ("Secretary: ..."); a news
release no byline credits, by its contact field ("Media contact: ..."). Near misses: an aside below the head, a verb
in a sentence on another work; a release a byline credits, a person as the contact, a report's contact."""

from __future__ import annotations

import pytest

HEAD = "ISECG Annual Report 2031\n"


def _creators(result) -> set[str]:
    return {o for s, p, o in result.facts if s == "id/doc/test-doc" and p == "dcterms:creator"}


@pytest.mark.parametrize("line", [
    "International Space Exploration Coordination Group · compiled by the Canadian Space Agency, Montreal",
    "Issued 2 April 2032 · Drafted by the Canadian Space Agency",
    "Annual report of the International Space Exploration Coordination Group Compiled by the Canadian Space Agency",
    "International Space Exploration Coordination Group · issued April 2032 by the Canadian Space Agency",
    "Published 2032-04-02 by the Canadian Space Agency.",
    "Workshop report drafted by the Canadian Space Agency · Issued 2031-06-15",
])
def test_a_byline_in_an_imprint_line(extract, line):
    text = HEAD + line + "\nThe group met twice in 2031 and agreed its work plan.\n"
    assert "id/org/csa" in _creators(extract(text, title="ISECG Annual Report 2031", year=2031))


def test_the_secretary_field_of_a_records_head(extract):
    text = ("ISECG Senior Managers Meeting — Minutes\nDate: 2031-03-23\nSecretary: Canadian Space Agency\n"
            "1. Opening\nThe chair opened the meeting.\n")
    assert "id/org/csa" in _creators(extract(text, title=text.split("\n")[0], year=2031))


@pytest.mark.parametrize("line", [
    # a segment after a separator below the head: a sentence's aside on another work
    "The group met again.\nIts results were shared.\nThe work went on.\nOther news followed.\nMore news came.\n"
    "A plan was agreed.\nThe year closed.\n"
    "Lunar samples — prepared by the Canadian Space Agency for the partners — were shipped.",
    "The Secretary of the Canadian Space Agency opened the meeting · compiled results followed.",
    "The rover, issued April 2032 by the Canadian Space Agency to its contractors, was tested.",
])
def test_no_byline_of_this_document(extract, line):
    text = HEAD + "The group met twice in 2031.\n" + line + "\n"
    assert "id/org/csa" not in _creators(extract(text, title="ISECG Annual Report 2031", year=2031))


NEWS = "Agencies plan a lunar relay network\nPress release · 4 May 2031\nThe agencies of ISECG met in Oslo.\n"


@pytest.mark.parametrize(("line", "issuer"), [
    ("Media contact: Canadian Space Agency, Montreal.", "id/org/csa"),
    ("Issued 4 May 2031 · contact: the Canadian Space Agency · press@example.org", "id/org/csa"),
])
def test_a_news_release_is_its_contacts(extract, line, issuer):
    assert _creators(extract(NEWS + line + "\n", title="Agencies plan a lunar relay network", year=2031)) == {issuer}


@pytest.mark.parametrize("text", [
    # a byline credits another; a person as the contact; not a news release
    NEWS + "Prepared by the Japan Aerospace Exploration Agency.\nMedia contact: Canadian Space Agency, Montreal.\n",
    NEWS + "Media contact: Ana Lima, +1 555 0100.\n",
    "ISECG Annual Report 2031\nThe group met twice.\nContact: Canadian Space Agency, Montreal.\n",
])
def test_no_contact_issuer_otherwise(extract, text):
    assert "id/org/csa" not in _creators(extract(text, title=text.split("\n")[0], year=2031))
