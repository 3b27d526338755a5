"""Stop 54 probes of a document's own genre: an address, slides, a post, a calendar, a chronology, procedures, a call,
a note by its kind, a site's page and an encyclopedia's entry, each named in its head (in other words than the
development documents'); a congress or a meeting the head names is not the genre of these; and what keeps its genre."""

from __future__ import annotations

import pytest

from isecg_kg.kg.series import genre_of, head_genre


def _genre(lines: list[str]) -> str | None:
    return head_genre(lines) or genre_of(lines[0])


@pytest.mark.parametrize(("lines", "expected"), [
    # an address given at a congress its head names, not a paper of the congress
    (["Keynote address by the Director General", "75th International Astronautical Congress, Milan, 14 October 2024"],
     "speech"),
    (["Exploring together — remarks of the ESA Director at the Heads of Agencies Summit", "Paris, 2023"], "speech"),
    (["Opening remarks", "Global Space Exploration Conference (GLEX 2025), New Delhi"], "speech"),
    # slides presented at one
    (["Lunar surface cooperation: status", "International Astronautical Congress (IAC 2019), Washington",
      "Presented by Dr. K. Ito, JAXA"], "presentation"),
    (["A week at the plenary in Ottawa", "Canadian Space Agency blog · 4 May 2022"], "blog"),
    (["Our delegation's notes — a blog post from the policy team", "June 2016"], "blog"),
    (["ISECG Calendar 2021", "Meetings, workshops and conferences of the year"], "calendar"),
    (["Timeline of international exploration coordination, 2007–2022"], "chronology"),
    (["A Short History of the Group", "2006 to 2016"], "history"),
    (["Rules of Procedure of the Technology Working Group", "Adopted 3 March 2014"], "procedures"),
    (["ISECG Operating Procedures", "Version 2.0 — 2012"], "procedures"),
    (["Call for Papers — Symposium on Lunar Resources", "Deadline 1 March 2019"], "call-for-papers"),
    (["Call for Proposals: joint analogue campaigns", "Issued 2 May 2024"], "call-for-proposals"),
    (["Mars Sample Return Cooperation — Briefing Note", "Prepared for the heads of agencies, 2020"], "briefing-note"),
    # a note's kind before the subject its title names ("Reference Architecture ...")
    (["Lunar Reference Architecture Update — Information Note", "ISECG, 2011"], "information-note"),
    (["Gateway Logistics Study Note", "Exploration Roadmap Working Group · 2016"], "study-note"),
    (["Membership of ISECG", "Page last updated: 3 February 2021"], "web-page"),
    (["European Space Agency", "From the Free Space Encyclopaedia — article as of 1 May 2023"], "encyclopedia"),
])
def test_the_genre_a_head_names(lines, expected):
    assert _genre(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # a joint statement made at a meeting is the parties' statement, a chair's is the meeting's summary
    (["Joint Statement of the Space Agencies on Lunar Cooperation", "Issued at the Heads of Agencies meeting, Tokyo"],
     "statement"),
    (["Chair's Statement", "21st Senior Managers Meeting, Berlin, 4 June 2015"], "meeting-summary"),
    # a numbered article of a charter is no genre; an article is one
    (["Charter of the Coordination Group", "Article 1 — Purpose"], "charter"),
    (["Exploration in 2030: an article for the agency magazine", "Spring 2019"], "article"),
    # a paper of a congress stays a paper; a calendar year is no calendar; words of a speech in a title are no speech
    (["Coordinating the return to the Moon", "70th International Astronautical Congress (IAC), Washington, "
                                             "21-25 October 2019"], "conference-paper"),
    (["Budget planning for the calendar year 2021: ISECG Annual Report"], "annual-report"),
    (["Technical Notes on Lunar Regolith", "Proceedings of the ISECG Science Workshop"], "proceedings"),
])
def test_what_keeps_its_genre(lines, expected):
    assert _genre(lines) == expected
