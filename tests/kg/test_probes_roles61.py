"""Stop 61 probes: a table of the groups and who chairs each whose lead cell a PDF wrapped, the name on a line of its
own and the agency's bracket with the term on the next ("Technology Working Group" / "(TWG)" / "Haruka Mori" /
"(JAXA) 2017–2019"): the person holds the group's post, as on a row of one line (kg/rules_roles.group_lead_rows).
Written in other names than any set's; development set an showed the form.  Negative: a name alone with no bracket
below holds no post.
And a letter's signatory is its author: the name under its closing ("Yours sincerely," / a handwritten name's line /
"Dr. Tomas Berg" / "ISECG Chair" / "Director, ..., Norwegian Space Agency"), with the agency (kg/rules_people
_stacked_author, CLOSING_RE; the closing may end the last sentence's line; development set ap showed the form).
Negatives: no closing above, or a newsletter's closing, credits no one.
And an annex's lettered table caption ("Table B.2 — Coordination group plenary meetings held") names its rows' events
without its number (kg/text.TABLE_CAPTION_RE; development set aw showed the form)."""

from __future__ import annotations

from .test_probes_chairs26 import _posts

HEAD = "International Space Exploration Coordination Group\nAnnual Report 2037\nWorking groups\n" \
       "Five working groups supported the senior managers in 2037. Their chairs and terms are shown below.\n" \
       "Working group Chair (agency) Term\n"


def test_wrapped_lead_cells(extract):
    text = HEAD + ("Exploration Roadmap Working\nGroup (ERWG)\nLena Vogt\n(CNES) 2036–2038\nTechnology Working Group\n"
                   "(TWG)\nKenji Arakawa\n(JAXA) 2037–2039\nScience Working Group (SWG) Paolo Greco (ASI) 2037–2039\n"
                   "The terms of the chairs ended on 31 December 2037.\n")
    assert {("lena-vogt", "erwg"), ("kenji-arakawa", "twg"), ("paolo-greco", "swg")} <= \
        _posts(extract(text, title="ISECG Annual Report 2037", year=2037))


def test_no_post_for_a_name_alone(extract):
    text = HEAD + "Technology Working Group\n(TWG)\nKenji Arakawa\nto be confirmed in 2038\n"
    assert not {p for p, _ in _posts(extract(text, title="ISECG Annual Report 2037", year=2037))} & {"kenji-arakawa"}


def _creators(result) -> set[str]:
    return {o.rsplit("/", 1)[-1] for s, p, o in result.facts if p == "dcterms:creator"}


def _letter(closing: str) -> str:
    return ("INTERNATIONAL SPACE EXPLORATION COORDINATION GROUP\nOffice of the Chair\nOslo, 3 May 2031\n"
            "To: the Heads of the Participating Agencies\nSubject: Status of the group\nDear Colleagues,\n"
            f"The group met twice this spring and agreed its plan.\n{closing}T. Berg\nDr. Tomas Berg\nISECG Chair\n"
            "Director, International Relations Department, Norwegian Space Agency\ncc: Secretariat\n")


def test_a_letters_signatory_wrote_it(extract):
    assert {"tomas-berg", "nosa"} <= _creators(extract(_letter("Yours sincerely,\n"), title="Status letter", year=2031))


def test_a_closing_run_onto_the_last_sentence(extract):
    text = _letter("").replace("agreed its plan.\n", "agreed its plan. Yours sincerely,\n")
    assert {"tomas-berg", "nosa"} <= _creators(extract(text, title="Status letter", year=2031))


def test_no_signatory_without_a_closing(extract):
    assert "tomas-berg" not in _creators(extract(_letter(""), title="Status letter", year=2031))


def test_no_signatory_of_a_newsletter(extract):
    text = "EXPLORATION NEWSLETTER\nIssue 4 | May 2031\n" + _letter("Best regards,\n").split("\n", 1)[1]
    assert "tomas-berg" not in _creators(extract(text, title="Exploration Newsletter Issue 4", year=2031))


def test_a_lettered_captions_events(extract):
    text = ("Annex B — Statistics\nTable B.2 — Coordination group plenary meetings held\n"
            "No. Dates Place Host Agencies present\n1 7–8 Nov 2031 Lisbon, Portugal ASI 13\n"
            "2 15–16 Jul 2032 Oslo, Norway NOSA 12\n3 2032-12-03 Paris, France CNES 11\n"
            "Meeting 1 falls before the period covered.\n")
    found = extract(text, title="Statistical Annex 2033", year=2033)
    assert {o for s, p, o in found.facts if p == "skos:prefLabel" and s.startswith("id/event/")} == \
        {"Coordination group plenary"}
