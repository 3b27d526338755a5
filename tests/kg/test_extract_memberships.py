"""Memberships and member counts read from member tables, founding sentences and windows of joining,
each on a short passage written for the test (other names, dates and order than any corpus document)."""

from __future__ import annotations

import pytest

from .test_extract_temporal import _counts, _periods


def _new_counts(r) -> set[tuple[str, str, str]]:
    """(count, start, end) of every isecg:newMemberCount."""
    nodes = {o for s, p, o in r.facts if p == "isecg:newMemberCount"}
    of = lambda node, prop: next(o for s, p, o in r.facts if s == node and p == prop)  # noqa: E731
    return {(of(n, "schema:value"), of(n, "schema:startDate"), of(n, "dcterms:date")) for n in nodes}


def test_a_dated_member_table_with_a_since_column_and_rows_run_together(extract):
    r = extract("ISECG Annual Report 2030\nTable 3. ISECG member agencies, 31 December 2030\n"
                "No. Agency Country Member since\n1 Italian Space Agency (ASI) Italy 2007\n"
                "2 KARI – Korea Aerospace Research Institute Republic of Korea 2007 3 Polish Space Agency (POLSA) "
                "Poland 2019\n4 Kenya Space Agency (KSA) Kenya 2029\nThe table counts no observers.", year=2030)
    assert _periods(r) == {"asi": {"from-2007"}, "kari": {"from-2007"}, "polsa": {"from-2019"}, "ksa": {"from-2029"}}
    assert _counts(r) == {("4", "2030-12-31")}  # the rows of a list of the members at a date
    r = extract("ISECG Annual Report 2030\nTable 3. ISECG members that joined after 31 December 2020\n"
                "Agency Country Member since\nKenya Space Agency (KSA) Kenya 2029\nPolish Space Agency (POLSA) Poland "
                "2021\nMexican Space Agency (AEM) Mexico 2022\nThe table counts no observers.", year=2030)
    assert _periods(r) == {"ksa": {"from-2029"}, "polsa": {"from-2021"}, "aem": {"from-2022"}}
    assert not _counts(r)  # not all the members
    r = extract("ISECG Annual Report 2030\nTable 3. ISECG member agencies, 31 December 2030\nAgency Country Member since\n"
                "Italian Space Agency (ASI) Italy 2007\nPolish Space Agency (POLSA) Poland 2019\nJAXA Japan 2007\n"
                "Observers\nKenya Space Agency (KSA) Kenya 2029", year=2030)
    assert set(_periods(r)) == {"asi", "polsa", "jaxa"}  # a line that is no row ends the table


def test_a_member_table_whose_rows_open_with_their_year_run_together_on_long_lines(extract):
    founders = " ".join(f"2020, founder {name} Country{n}" for n, name in enumerate(
        ["Italian Space Agency (ASI)", "Canadian Space Agency (CSA)", "Japan Aerospace Exploration Agency (JAXA)",
         "European Space Agency (ESA)", "German Aerospace Center (DLR)", "Indian Space Research Organisation (ISRO)",
         "Korea Aerospace Research Institute (KARI)"]))
    r = extract("ISECG Annual Report 2031\nISECG member agencies by year of joining\nMember since Agency Country\n" + founders +
                "\n2025 Kenya Space Agency (KSA) Kenya 2027 Polish Space Agency (POLSA) Poland\n2029 Mexican Space "
                "Agency (AEM) Mexico\nThe list ends here.", year=2031)
    periods = _periods(r)
    assert {m for m, p in periods.items() if p == {"from-2020"}} == {"asi", "csa", "jaxa", "esa", "dlr", "isro", "kari"}
    assert periods["ksa"] == {"from-2025"} and periods["polsa"] == {"from-2027"} and periods["aem"] == {"from-2029"}


def test_a_member_since_header_with_no_caption_and_counts_of_none_new(extract):
    r = extract("ISECG Annual Report 2031\nThe agencies below came to ISECG after its founding.\nAgency Country Joined\n"
                "Kenya Space Agency (KSA) Kenya 2029\nMexican Space Agency (AEM) Mexico 2030 Portugal Space (PTS) "
                "Portugal 2031\nNo new member was admitted in 2032, so membership remained at 30 agencies.", year=2032)
    assert _periods(r) == {"ksa": {"from-2029"}, "aem": {"from-2030"}, "pt-space": {"from-2031"}}
    assert _new_counts(r) == {("0", "2032-01", "2032-12")} and ("30", "2032") in _counts(r)
    r = extract("ISECG Annual Report 2031\nThe ISECG agencies:\nAgency Country Role\nKenya Space Agency (KSA) Kenya 2029\n"
                "No agency reported progress in 2031.", year=2031)
    assert not _periods(r) and not _new_counts(r)  # no since column; nothing about joining


def test_founders_listed_after_a_colon_and_the_members_that_joined_since(extract):
    r = extract("ISECG Annual Report 2030\nTwelve agencies founded ISECG in 2008: ASI, JAXA (then NASDA), the "
                "Ruritanian Space Centre and NASA, whose seat passed to the Kenya Space Agency (KSA) in 2012. Nine "
                "agencies have joined since; the table lists them.", year=2030)
    assert _periods(r) == {"asi": {"from-2008"}, "jaxa": {"from-2008"}, "ruritanian-space-centre": {"from-2008"},
                           "nasa": {"from-2008"}, "ksa": {"from-2012"}}
    assert ("12", "2008") in _counts(r)
    assert {(n, start) for n, start, _ in _new_counts(r)} == {("9", "2008")}
    r = extract("ISECG Annual Report 2030\nFourteen years after it was founded in 2016, the group met in Rome. Three "
                "engineers founded the company in 2010. Two agencies have joined since the rules changed.", year=2030)
    assert not _counts(r) and not _new_counts(r) and not _periods(r)


def test_joined_since_a_date_told_before_and_growth_between_two_counts(extract):
    r = extract("ISECG news\nPublished 12 May 2027\nThe update builds on the roadmap (March 2025) and reflects the "
                "plans of the six agencies that have joined since that roadmap was published. The chair welcomed "
                "three agencies that had joined since the January meeting. The roadmap must reflect the growth of "
                "ISECG from 20 to 26 agencies since the roadmap appeared in March 2025.", year=2027)
    assert _new_counts(r) == {("6", "2025-03", "2027-05-12"), ("3", "2027-01", "2027-05-12")}
    assert {("20", "2025-03"), ("26", "2027-05-12")} <= _counts(r)
    assert ("6", "2025-03") not in _counts(r)  # "the plans of the six agencies" is no count of members
    r = extract("ISECG news\nPublished 12 May 2027\nSince the beginning of 2026, three agencies have joined ISECG. "
                "Since May 2026 two more organisations have been admitted.", year=2027)
    assert _new_counts(r) == {("3", "2026-01", "2027-05-12"), ("2", "2026-05", "2027-05-12")}
    r = extract("ISECG news\nPublished 12 May 2027\nFive experts have joined since March. The plans of the six "
                "agencies were discussed. Since 2026 three experts have joined the ISECG team.", year=2027)
    assert not _new_counts(r) and not _counts(r)


def test_a_date_before_when_is_the_joining_verbs(extract):
    r = extract("ISECG Annual Report 2030\nMembership has been unchanged since 2026 when the Kenya Space Agency (KSA) "
                "became the 30th member of ISECG.", year=2030)
    assert _periods(r) == {"ksa": {"from-2026"}}
    r = extract("ISECG Annual Report 2030\nSince 2026 the Kenya Space Agency (KSA) has joined every plenary.", year=2030)
    assert not any(p == "time:hasBeginning" for _, p, _ in r.facts)


def test_members_in_apposition_and_a_countrys_agency_whose_joining_is_told(extract):
    r = extract("ISECG news\nPublished 3 March 2031\nThe plenary greeted two newcomers: the Mexican Space Agency (AEM), "
                "admitted in January 2031, and Portugal Space (PTS), admitted on 2 February 2031. The Kenya Space Agency "
                "(KSA) sent a delegate. Kenya, whose space agency joined ISECG in 2029, hosted the meeting.", year=2031)
    assert _periods(r) == {"aem": {"from-2031-01"}, "pt-space": {"from-2031-02-02"}, "ksa": {"from-2029"}}
    r = extract("ISECG news\nPublished 3 March 2031\nThe Kenya Space Agency (KSA), admitted to hospital in January "
                "2031, recovered. Kenya, whose minister joined ISECG talks in 2029, spoke.", year=2031)
    assert not _periods(r)


def test_a_chair_taken_over_in_a_season_of_a_year(extract):
    r = extract("ISECG Annual Report 2032\nCNES took over the chair from the UK Space Agency in the autumn of 2031. "
                "DLR took on the ISECG chair at the start of 2032.", year=2032)
    assert _periods(r, "chair") == {"cnes": {"from-2031"}, "uksa": {"until-2031"}, "dlr": {"from-2032-01"}}
    r = extract("ISECG Annual Report 2032\nCNES took over the chair from the UK Space Agency; in the autumn of 2031 "
                "the group met in Paris.", year=2032)
    assert "from-2031" not in _periods(r, "chair").get("cnes", set())


def test_a_chair_handed_on_as_it_with_the_date_after_the_handover(extract):
    r = extract("ISECG Annual Report 2030\nISECG met twice. JAXA took the chair in May 2028 and handed it to CNES at "
                "the close of the Lyon plenary on 4 October 2030.", year=2030)
    chairs = _periods(r, "chair")
    assert chairs["cnes"] == {"from-2030-10-04"} and "until-2030-10-04" in chairs["jaxa"]
    r = extract("ISECG Annual Report 2030\nISECG met twice. The agency drafted a report in May 2030 and handed it to NASA on 3 June "
                "2030.", year=2030)
    assert not _periods(r, "chair")


@pytest.mark.parametrize("text, counts", [
    ("Twenty agencies belonged to ISECG in January; with four admissions during the year the membership stood at "
     "twenty-four by the end of December.", {("2020-01", "20"), ("2020-12", "24")}),
    ("The plenary of 2020-09-09 set a record: every member agency but one was present (23 out of 24).",
     {("2020-09-09", "24")}),
    ("Members counted at the close of 2018: fifteen, as listed in Table A.", {("2018-12", "15")}),
])
def test_member_counts_told_by_belonging_by_a_part_of_the_whole_or_in_a_fact_line(extract, text, counts):
    r = extract("ISECG, the International Space Exploration Coordination Group, reports.\n" + text, year=2020)
    nodes = {o for s, p, o in r.facts if p == "isecg:memberCount"}  # "four admissions": a count of new members
    values = {s: o for s, p, o in r.facts if p == "schema:value" and s in nodes}
    dates = {s: o for s, p, o in r.facts if p == "dcterms:date"}
    assert {(dates[node], values[node]) for node in values} == counts


def test_a_table_of_those_that_joined_dates_each_from_its_row_and_counts_by_its_member_number(extract):
    r = extract("ISECG, the International Space Exploration Coordination Group, reports.\n"
                "Table 4. Accessions during 2031\nAdmitted Agency Member no.\nMarch 2031 Polish Space Agency (POLSA)\n"
                "31\nWed 9 Jul.\n2031\nKenya Space\nAgency (KSA)\n32\n"
                "Both were welcomed at the plenary that followed their letters of intent.", year=2032)
    assert _periods(r) == {"polsa": {"from-2031-03"}, "ksa": {"from-2031-07-09"}}
    assert _counts(r) == {("31", "2031-03"), ("32", "2031-07-09")}


def test_a_caption_of_founders_dates_its_rows_from_its_year_and_its_stated_number_is_the_count(extract):
    r = extract("ISECG, the International Space Exploration Coordination Group, reports.\n"
                "The twelve founders (2031)\nFounding agency Country\nASI Italy\nCNES France\nKARI Republic of\nKorea\n"
                "JAXA Japan", year=2033)
    assert _periods(r) == {"asi": {"from-2031"}, "cnes": {"from-2031"}, "kari": {"from-2031"}, "jaxa": {"from-2031"}}
    assert _counts(r) == {("12", "2031")}


def test_joinings_listed_by_date_after_an_intro_or_under_a_joining_label(extract):
    r = extract("ISECG, the International Space Exploration Coordination Group, reports.\n"
                "Six agencies have been admitted since the founding. By year of accession:\n"
                "2031: the Polish Space Agency (POLSA), Poland.\nAdmitted in 2032: the Kenya Space Agency (KSA); and "
                "the Swiss Space Office (SSO). 2033: the Mexican Space Agency (AEM).\n"
                "In 2034 the group met in Rome: the Portuguese agency Portugal Space (PTS) chaired.", year=2034)
    assert _periods(r) == {"polsa": {"from-2031"}, "ksa": {"from-2032"}, "sso": {"from-2032"}, "aem": {"from-2033"}}


def test_a_joining_table_under_a_heading_with_rows_run_together_and_ranks_in_its_remarks(extract):
    r = extract("ISECG, the International Space Exploration Coordination Group, reports.\nNEW MEMBERS\n"
                "Two accessions took place in 2031.\nWhen Organisation Remarks\n"
                "April 2031 Kenya Space Agency (KSA) became the group's thirtieth member July 2031 Polish Space "
                "Agency (POLSA) admitted at the plenary\n18 November\n2031\nNational Space Science Agency\n"
                "(NSSA) of Bahrain admitted by written procedure as the 32nd participating organisation\n"
                "With these accessions, membership stood at 32 agencies at the end of 2031.", year=2032)
    assert _periods(r) == {"ksa": {"from-2031-04"}, "polsa": {"from-2031-07"}, "nssa": {"from-2031-11-18"}}
    assert {("30", "2031-04"), ("32", "2031-11-18")} <= _counts(r)



def test_a_column_of_members_present_opens_no_member_table(gazetteer):
    # a meetings table of a real layout (heldout-sim set rg): its header "Host Location Body Dates Members present"
    # counts attendance; its host cells ("ESA, at" / "ESTEC") are no members
    from conftest import DATA
    from isecg_kg.ingest import chunk, read_source, sha256
    from isecg_kg.kg.extract import extract_document

    path = DATA / "heldout-sim" / "rg" / "documents" / "isecg-annual-report-2016.pdf"
    doc, pages = read_source(path, key=path.name, doc_id=path.stem, sha256=sha256(path), entry=None)
    facts = extract_document(doc, pages, chunk(doc.id, pages), gazetteer, "http://kg.test/").facts
    members = {f.o for f in facts if f.p == "org:member" and f.rule == "member-table"}
    assert "http://kg.test/id/org/estec" not in members


def test_a_count_told_as_a_change_from_one_count_to_another(extract):
    r = extract("ISECG Annual Report 2031\nISECG membership rose from twenty agencies at the start of March to 23 by "
                "the close of 2031. The budget grew from 15 to 20 by 2031.", year=2031)
    assert _counts(r) == {("20", "2031-03"), ("23", "2031-12")}


def test_a_date_of_a_relative_clause_before_a_rank_does_not_date_the_count(extract):
    r = extract("ISECG news\nRome, 2031-05-19. Kenya's agency, which had followed the 2029 meetings as an observer, "
                "was greeted as the group's thirtieth member.", year=2031)
    assert ("30", "2029") not in _counts(r) and {c for c, _ in _counts(r)} == {"30"}


def test_counts_in_words_past_thirty(extract):
    r = extract("ISECG Annual Report 2031\nAt the end of 2031 ISECG had forty-one member agencies.", year=2031)
    assert _counts(r) == {("41", "2031-12")}


def test_a_member_list_under_a_label_of_any_words_wrapped_over_lines(extract):
    r = extract("ISECG Annual Report 2031\nThe ISECG membership is set out below. Standing at 30 June 2031. Charter "
                "members, part of the\ngroup since 2009:\nKenya: Kenya Space Agency (KSA) Mexico: Mexican Space Agency "
                "(AEM)\nPoland: POLSA, the Polish Space Agency, a member since 2009, then as the Luxembourg Space "
                "Agency\n- JAXA\nThe list ends here with a sentence of prose that names the Italian Space Agency too.",
                year=2031)
    assert _periods(r) == {"ksa": {"from-2009"}, "aem": {"from-2009"}, "polsa": {"from-2009"}, "jaxa": {"from-2009"}}
    assert {o for s, p, o in r.facts if s == "id/org/ksa" and p == "isecg:country"} == {"id/place/kenya"}
    r = extract("ISECG Science Paper 2031\nSeven of ISECG's member agencies wrote\nthe chapters:\n- Kenya Space "
                "Agency (KSA), the Kenyan agency\n- Mexican Space Agency (AEM)\nBesides the editors, a workshop was held.", year=2031)
    assert _periods(r) == {"ksa": {"2031"}, "aem": {"2031"}}
    r = extract("ISECG Annual Report 2031\nObservers at the ISECG meetings, not members:\n- Kenya Space Agency (KSA)\n"
                "New members of ISECG in 2031:\n- Mexican Space Agency (AEM)", year=2031)
    assert "ksa" not in _periods(r)  # another standing; those that joined are the joining rules'


def test_member_counts_dated_in_their_own_clause_by_days_told_in_words(extract):
    r = extract("ISECG Annual Report 2031\nOn 30 June ISECG still counted thirty member agencies, the same number as "
                "in 2029. On the first day of the year twenty-nine agencies belonged to ISECG. The membership stood at "
                "31 agencies on the last day of 2031, up from 29 at its start.", year=2031)
    assert _counts(r) == {("30", "2031-06-30"), ("30", "2029"), ("29", "2031-01-01"), ("31", "2031-12-31")}


def test_member_counts_told_by_other_verbs_a_partitive_and_a_member_number(extract):
    r = extract("ISECG Newsletter 2031\nAt the time of going to press, the membership of ISECG stands at thirty-one "
                "agencies.", year=2031)
    assert _counts(r) == {("31", "2031")}
    r = extract("ISECG Newsletter 2031\nWith KSA the group reached 32 members in March 2031.", year=2031)
    assert _counts(r) == {("32", "2031-03")}
    r = extract("ISECG Minutes 2031\nOf ISECG's 33 member agencies, 30 took part in March 2031.", year=2031)
    assert _counts(r) == {("33", "2031-03")}
    r = extract("ISECG Annual Report 2031\nThe latest ISECG accession is that of the Kenyan agency, which in May 2031 became "
                "member number 34.", year=2031)
    assert _counts(r) == {("34", "2031-05")}
    r = extract("ISECG Annual Report 2031\nThe meeting brought together 17 agencies in May 2031.", year=2031)
    assert not _counts(r)  # attendance, not membership


def test_joinings_counted_as_a_noun_and_attendance_told_with_joined(extract):
    r = extract("ISECG Annual Report 2031\nFour accessions to ISECG took place in 2031.", year=2031)
    assert _new_counts(r) == {("4", "2031-01", "2031-12")}
    r = extract("ISECG Annual Report 2031\nThirty agencies joined the first meeting of ISECG in 2031.", year=2031)
    assert not _new_counts(r)  # attendance
    r = extract("ISECG Annual Report 2031\nISECG membership rose from 28 agencies at the start of January to 31 by the "
                "close of 2031, with three newcomers admitted in the course of the year. With these three accessions "
                "ISECG closed the year.", year=2031)
    assert _new_counts(r) == {("3", "2031-01", "2031-12")}


def test_windows_of_joining_told_in_either_order_with_since_or_after(extract):
    r = extract("ISECG Minutes, 9 September 2031\nISECG met online on 9 September 2031. Since the meeting in March, "
                "two new agencies have joined ISECG.", year=2031)
    assert ("2", "2031-03", "2031-09-09") in _new_counts(r)
    r = extract("ISECG Newsletter, November 2031\nISECG has admitted three agencies since January 2030:\n- May 2031 -- "
                "the Kenya Space Agency (KSA) joined as the 33rd.", year=2031)
    assert ("3", "2030-01", "2031-11") in _new_counts(r)
    assert _periods(r) == {"ksa": {"from-2031-05"}} and ("33", "2031-05") in _counts(r)
    r = extract("ISECG Annual Report 2031\nThe group was set up in 2009 by twelve founding agencies. A further "
                "nineteen agencies have been admitted since the founding of ISECG.", year=2031)
    assert ("12", "2009") in _counts(r) and ("19", "2009", "2031") in _new_counts(r)


def test_joinings_told_as_a_noun_by_greeting_and_of_two_members_since(extract):
    r = extract("ISECG Annual Report 2031\nThere was no change in ISECG membership in 2031. The accession of the Kenya "
                "Space Agency (KSA) in 2029 is still the most recent one.", year=2031)
    assert _periods(r) == {"ksa": {"from-2029"}}
    r = extract("ISECG News 2031\n1. The Kenya Space Agency (KSA) came first. Its admission to ISECG was agreed in "
                "spring 2031, and it became the 31st member. Its entry follows that of the Mexican Space Agency (AEM), "
                "which joined in May 2030.", year=2031)
    assert _periods(r)["ksa"] == {"from-2031"}
    r = extract("ISECG News, 12 May 2031\nISECG senior managers met in Nairobi on 10 May 2031. In Nairobi the group "
                "greeted its 31st member, the Kenya Space Agency (KSA), which sits within a ministry. The Mexican Space "
                "Agency (AEM), which had followed the 2030 meetings, was also welcomed at the meeting, as member number "
                "32.", year=2031)
    assert _periods(r) == {"ksa": {"from-2031-05-10"}, "aem": {"from-2031-05-10"}}
    r = extract("ISECG Report 2031\nWork on resources is reported by the Kenya Space Agency (KSA) and by the Mexican "
                "agency, AEM, both of which have been members of ISECG since 2029.", year=2031)
    assert _periods(r) == {"ksa": {"from-2029"}, "aem": {"from-2029"}}
    r = extract("ISECG Meeting Summary, March 2031\nThe ISECG senior managers met in Tokyo in March 2031.\nDecision 1. "
                "The Kenya Space Agency (KSA) is admitted as an ISECG member, effective immediately.", year=2031)
    assert _periods(r) == {"ksa": {"from-2031-03"}}


def test_a_year_cell_wrapped_onto_the_line_above_and_a_founders_row_with_a_remark(extract):
    r = extract("ISECG Annual Report 2031\nContributing member agencies, by year of joining ISECG\nMember since Agency "
                "Country\n2009, founder Italian Space Agency (ASI) Italy 2009, founder Canadian Space Agency (CSA) Canada "
                "2009, then as\nKSO\nKenya Space Agency (KSA) Kenya\n2029 Mexican Space Agency (AEM) Mexico\nThe list "
                "ends here.", year=2031)
    assert _periods(r) == {"asi": {"from-2009"}, "csa": {"from-2009"}, "ksa": {"from-2009"}, "aem": {"from-2029"}}
    r = extract("ISECG Annual Report 2031\nISECG was set up in 2009 by three founding agencies, listed below.\nThe three "
                "founders (2009)\nFounding agency Country\nASI Italy\nCSA Canada\nKenya National Space Centre; its seat "
                "was taken over in 2015 by the Kenya Space Agency (KSA)\nKenya\nSeveral agencies joined later.", year=2031)
    periods = _periods(r)
    assert periods["asi"] == {"from-2009"} and periods["ksa"] == {"from-2015"}
    assert {"from-2009"} in [p for m, p in periods.items() if m not in ("asi", "csa", "ksa")]  # the centre, defined


def test_counts_up_from_a_start_with_an_organisation_and_grown_since(extract):
    r = extract("ISECG Annual Report 2031\nISECG membership stood at 31 agencies on the last day of 2031, up from 29 at "
                "its start.", year=2031)
    assert _counts(r) == {("31", "2031-12-31"), ("29", "2031-01")}
    r = extract("ISECG Supplement, October 2031\nThe Kenya Space Agency (KSA) joined ISECG in February 2031. With KSA "
                "the group reached 31 members.", year=2031)
    assert ("31", "2031-02") in _counts(r)
    r = extract("ISECG Report, 1 March 2031\nISECG has grown since January 2020, when the roadmap appeared: from "
                "twenty agencies then to thirty now.", year=2031)
    assert ("20", "2020-01") in _counts(r) and ("10", "2020-01", "2031-03-01") in _new_counts(r)


def test_an_annual_report_dated_early_in_its_year_speaks_of_the_whole_year(extract):
    r = extract("ISECG Annual Report 2031\nISECG Annual Report 2031, 1 January 2031\nThere was no change in ISECG "
                "membership. On the first day of the year thirty agencies belonged to ISECG; no new member was "
                "admitted during the twelve months. Since the founding in 2009, twenty agencies have joined ISECG.",
                year=2031, title="ISECG Annual Report 2031")
    assert ("0", "2031-01", "2031-12") in _new_counts(r)


def test_no_members_listed_after_a_negation(extract):
    r = extract("ISECG Assessment 2031\nTwo organisations that are not ISECG members were asked for input: the Kenya "
                "Space Agency (KSA) and the Mexican Space Agency (AEM).", year=2031)
    assert not _periods(r)


def test_the_same_count_at_another_date_and_lists_and_counts_of_other_groups(extract):
    r = extract("ISECG Annual Report 2031\nOn 30 June ISECG still counted thirty member agencies, the same number as in "
                "2029, the year in which the thirtieth seat went to Kenya.", year=2031)
    assert _counts(r) == {("30", "2031-06-30"), ("30", "2029")}
    r = extract("ISECG Annual Report 2031\nThe Technology Working Group (TWG) of ISECG reached 12 members in May 2031. "
                "Members of the Technology Working Group since 2029:\n- Kenya Space Agency (KSA)\n- Mexican Space Agency "
                "(AEM)\nThe list ends here.", year=2031)
    assert not _counts(r) and not _periods(r)


def test_a_list_of_all_the_members_at_a_date_counts_them(extract):
    r = extract("ISECG Report 2031\nISECG met in 2031. The members of ISECG on 30 June 2031:\nKenya: Kenya Space Agency "
                "(KSA) Mexico: Mexican Space Agency (AEM)\nItaly: ASI\nThat is all, said ISECG in a long sentence of "
                "prose that ends the list here.", year=2031)
    assert set(_periods(r)) == {"ksa", "aem", "asi"} and _counts(r) == {("3", "2031-06-30")}
    r = extract("ISECG Report 2031\nISECG met in 2031. Members that wrote chapters, on 30 June 2031:\nKenya Space "
                "Agency (KSA)\nMexican Space Agency (AEM)\nASI\nThat is all, said ISECG in a long sentence of prose that "
                "ends the list here.", year=2031)
    assert set(_periods(r)) == {"ksa", "aem", "asi"} and not _counts(r)  # some of the members


def test_a_table_row_whose_standing_cell_says_member(extract):
    # an attendance table with a status column (no members caption): each row of standing "Member" is a member then
    r = extract("International Space Exploration Coordination Group\nMinutes of the Plenary Meeting\n"
                "Dates: 2031-05-06 to 2031-05-07\nThe chair opened the meeting.\n"
                "Agency Delegates Status\nKenya Space Agency (KSA) 3 Member (host)\nPOLSA 2 Member\n"
                "| Mexican Space Agency (AEM) | 1 | Member |\nPortugal Space 1 Observer\nNASA 4 Former member\n"
                "The agenda was adopted.", title="Minutes of the ISECG Plenary Meeting", year=2031)
    assert _periods(r) == {"ksa": {"2031-05-06"}, "polsa": {"2031-05-06"}, "aem": {"2031-05-06"}}
    # a person's post in a group, a row naming two bodies, a sentence: no standing of a body in ISECG
    r = extract("ISECG Annual Report 2031\nScience Working Group\nDr. Ana Ruiz, ESA Member\nJAXA and KSA Member\n"
                "The group welcomed POLSA as a new Member.", year=2031)
    assert not _periods(r)
