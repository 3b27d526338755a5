"""Relation rules: tables, lists and sentence patterns turned into typed facts.

A rule is a function ``rule(ctx, state, sentence) -> bool`` that looks at one sentence (or table
row) with its gazetteer mentions, the section it is in (``State.owner``: the group or body the
heading names, the subject of sentences that name none) and a little context (the event the
paragraph is about, an open member table), records facts through ``ctx.rec`` and returns True
when the sentence is used up (a table row, a heading): the rules after it are not tried.
``RULES`` lists them in the order they run; adding a rule is one function and one entry there.
"""

from __future__ import annotations

import logging
import re

import pyoxigraph as ox

from .dates import find_dates
from .context import Context, Rule, State
from .rules_org import (DELEGATE_COLUMN_RE, NEW_AGENCY_RE, ROW_END_YEAR_RE, SINCE_COLUMN_RE, chair_frame, chairs_taken, chair_terms, chairs, counts_from_to, finish_accessions,
                        finish_counts, founders, founding_members, group_leads, joining_table, joinings_by_date, members_attending, members_excused,
                        OWN_YEAR_RE, affiliation, group_named, own_start, names_a_group, count_table, member_count, member_counts, member_fields, member_list, member_since_header, member_standing_row, member_since_row, membership,
                        datelined, joined_on, memberships_joined, new_members, number, participants)
from .reference import Entity, Mention
from .rules_events import (earlier_of_series, event_details, event_place, event_which_holds, events, happenings, meeting_series, meetings,
                          minutes_head, publication, surveys)
from .rules_events import finish as finish_events
from .rules_chair_forms import chair_forms, chair_rows
from .rules_roles import group_lead_rows, group_posts
from .rules_people import (author_section, contact_issuer, cover_group, people_table, row_people, end_authors, hosted_issuers, issued_by, line_people, marked_authors,
                           people)
from .rules_renames import renames
from .rules_roadmap import (finish_phases, gapped_clauses, mission_phases, phases_in_prose, reported_work,
                            technology_work)
from .series import RELATION_LABEL_RE
from .rules_event_frame import event_frame, typed_row
from .rules_event_tables import dated_item, event_table, stacked_entry
from .rules_technology_tables import technology_tables
from .text import BODY_RE, LED_BY_RE, TABLE_CAPTION_RE, Sentence, clause_start, clean_name, coordinated, subject, subjects
from .vocab import ORGANIZATION_TYPES, term

log = logging.getLogger(__name__)

ORG_LIKE = tuple(ORGANIZATION_TYPES)
# (not who does it: "their providers", "the developers", "researchers")
WORK_RE = re.compile(r"\b(?![a-z]*(?:ers?|ors?)\b)(develop\w*|lead(?:s|ing)?|lead the|works? on|working on|focus(?:es|ed|ing)? on|assess\w*|"
                     r"gap assessment|analys\w*|analyz\w*|investigat\w*|stud(?:y|ies|ying)|research\w*|invest\w* in|"
                     r"responsible for|contribut\w* to|provid\w*|demonstrat\w*|build(?:s|ing)?|test(?:s|ing)?|"
                     r"mature\w*|maturing|advanc(?:e|es|ing))\b", re.I)
COLLAB_RE = re.compile(r"\b(?:working with|works? with|jointly with|together with|in (?:close )?(?:cooperation|"
                       r"collaboration|partnership|coordination) with|with (?:contributions|support|participation) "
                       r"(?:from|of)|partner(?:s|ing|ed)? with|collaborat\w* with|cooperat\w* with)\b", re.I)
FOCUS_RE = re.compile(r"\b(?:focus(?:es|ed|ing)?\s+(?:\w+\s+)?on|exploration of|missions? to|destined for|"
                      r"targeting|return(?:ing)? to|journey to)\b", re.I)
PLAN_RE = re.compile(r"\b(?:(?:the|a|an|its|their)\s+)?((?:[\w\-]+\s+){0,3}?[\w\-]+)(?:\s+\([^)]*\))?\s+(?:is\s+|are\s+)?"
                     r"(?:planned|scheduled|foreseen|expected)\s+(?:for|in|during)\s+(?:the\s+)?(?:early\s+|mid-?\s*|"
                     r"late\s+)?((?:19|20)\d\d)\b", re.I)
MEMBER_RE = re.compile(r"\bmember(?:ship|s)?\b", re.I)
MEMBERS_OPEN_RE = re.compile(r"\W*Member\s+(?:agencies|organi[sz]ations|bodies)\s+(?:include|included|are|were|comprise)\s")
# A body's participating agencies listed after a verb: "The agencies participating in ISECG are A, B and C", "ISECG's
# participating agencies include A and B" (the body named before the verb, as what they take part in: a document's
# participants are its authors, a workshop's attended it).
PARTICIPATING_IN_RE = re.compile(r"\b(?:participat\w*|tak\w+\s+part|agencies|organi[sz]ations)\s+(?:in|of)\s+(?:the\s+)?$",
                                 re.I)
PARTICIPATING_RE = re.compile(r"\b(?:participating\s+(?:space\s+)?(?:agencies|organi[sz]ations)|(?:agencies|organi[sz]ations)"
                              r"\s+(?:that\s+)?(?:participat\w*|tak\w+\s+part)\s+in)\b[^.]*?\b(?:are|were|include|included|"
                              r"including|among\s+them|such\s+as|:)\s", re.I)
JOIN_RE = re.compile(r"\b(joined|became (?:a )?members? of|was admitted to|were admitted to)\b", re.I)
PUBLISH_RE = re.compile(r"\b(published|released|issued)\b", re.I)
PRESENT_RE = re.compile(r"\bpresented\b", re.I)
PASSIVE_RE = re.compile(r",?\s+(?:was|were|is|has been)\s+(?:first\s+)?")
# A label pointing back to a group named before: "Its members include", "Their members are".
PRONOUN_RE = re.compile(r"\b(?:its|their|whose)\b", re.I)
# A body's members listed after a verb of gathering: "ISECG today brings together 8 space agencies: A (Italy), ...",
# "The group comprises the following agencies:", "It is made up of 27 members, namely".
GATHERS_RE = re.compile(r"\b(?:brings?\s+together|brought\s+together|gathers|gathered|unites|united|comprises|comprised|"
                        r"consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of|(?:is|was)\s+composed\s+of)\s+"
                        r"(?:the\s+following\s+|\w+\s+){0,3}?(?:agencies|organi[sz]ations|members)\b[^.:;]{0,40}?"
                        r"(?::|,?\s+namely\b)\s*", re.I)
# Those the label names are not all the members, or are not members.
NOT_ALL_MEMBERS_RE = re.compile(r"\b(?:new|observers?|associates?|former|candidates?|applicants?|non-members?|"
                                r"present|attending|represented|invited|absent)\b", re.I)
ISSUED_BY_RE = re.compile(r"\s+(?:as\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?)?by\s+(?:the\s+)?")


def _section(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A new line: a heading opens a section (its body or group owns the sentences below); headings
    are used up here."""
    if sentence.line is not state.line:
        _new_line(ctx, state, sentence)
    sentence.owner = state.owner
    # a cover's field a layout set as a heading, "Supersedes: <a work>", or the value below a label heading ("Based on" /
    # "GER, third edition (January 2018)"): the citation rules read it
    label = RELATION_LABEL_RE.match(sentence.text)
    return sentence.line.heading and not (label and label.group("value")) and not ctx.series.label_above(sentence.line)


def _list_event_details(ctx: Context, state: State, sentence: Sentence) -> bool:
    return state.list_event is not None and event_details(ctx, state, sentence)


def _new_line(ctx: Context, state: State, sentence: Sentence) -> None:
    line = state.line = sentence.line
    state.event = None
    caption = TABLE_CAPTION_RE.match(line.text) is not None  # "Table 2. ISECG members at 31 December 2018"
    if not line.heading and not caption:
        return
    mentions = ctx.rec.gazetteer.find(line.text)
    groups = [m.entity for m in mentions if m.entity.type in ORG_LIKE]
    if line.heading:
        state.owner = groups[0] if groups else None
        # the lists and joinings below are that group's, not the body's
        state.group_section = bool(groups) and groups[0].type not in ("Organization",) or group_named(ctx, line.text)
    members = MEMBERS_HEADING_RE.match(line.text)
    # a body's members, not a table row that counts them ("Bremen, Germany DLR 58 all 15 members")
    members = members if members and not any(m.entity.type in ORG_LIKE and not BODY_RE.search(m.entity.label)
                                             and m.start < members.end(1) for m in mentions) else None
    # "new members" are some of them; "Members present" heads a column counting a meeting's attendance
    if members and not re.search(r"\bnew\s+members\b|\bmembers\s+(?:present|attending|represented)\b", line.text, re.I):
        # "Table A. The fifteen members on 31 December 2018": the members of the body the document is about
        body = next((g for g in groups if g.type == "Organization" and BODY_RE.search(g.label)), ctx.body)
        dates = find_dates(members.group(members.lastindex))
        period = dates[-1].start if dates else (str(ctx.doc.year) if ctx.doc.year else None)
        founding = members.group("founding") is not None  # "The fourteen founders (2007)": members from then
        _close_table(ctx, state)
        state.table = {"org": body, "period": period, "country": None, "rows": 0, "members": set(), "evidence": None,
                       "founding": founding and bool(dates), "founders": founding,
                       # "The fourteen founders (2007)": the number the caption states counts the rows a PDF mangled
                       "stated": _stated_count(members.group(1), members.group(members.lastindex)),
                       # a caption of a figure of logos states the count with no rows to read ("ISECG's 27 member
                       # agencies as of March 2023"), unless it names a group of its own
                       "caption": None if any(g.type != "Organization" for g in groups) or group_named(ctx, line.text)
                       or re.search(r"[^.]:\s", members.group(1)) else sentence.evidence(),  # not "Attendance: 22 ..."
                       # a list of all the members (not of those that joined): their number is the count then
                       "all": founding or not SOME_MEMBERS_RE.search(line.text)} if body and period else None
        state.owner = None
    if not line.heading:
        return
    if re.match(r"^(Annex|Chapter|\d+\s)", line.text):
        state.units_of = None
    # "ISECG Working Groups": the groups whose sections follow are its units.
    if re.search(r"\bWorking Groups\b|\bTeams\b", line.text) and groups and groups[0].type == "Organization":
        state.owner = None
        state.units_of = groups[0].iri
    elif state.units_of and groups and groups[0].type in ("WorkingGroup", "Team"):
        evidence = sentence.evidence()
        for group in groups:
            if group.type in ("WorkingGroup", "Team"):
                parent = _parent_unit(ctx, group)
                if parent is not None:  # a unit of a unit: ORG relates them with subOrganizationOf
                    ctx.rec.fact(group.iri, "org:subOrganizationOf", parent.iri, "section-of-units", 0.8, evidence)
                else:
                    ctx.rec.fact(group.iri, "org:unitOf", state.units_of, "section-of-units", 0.8, evidence)
    state.list_event = None


def _parent_unit(ctx: Context, unit: Entity) -> Entity | None:
    """The unit whose acronym another unit's extends: "SCWG-TT" is a team of the SCWG, not of its body."""
    prefix = re.match(r"([A-Z][A-Za-z]+)-[A-Z]", unit.acronym or "")
    parent = ctx.rec.gazetteer.lookup(prefix.group(1)) if prefix else None
    return parent if parent is not None and parent.iri != unit.iri and parent.type in ("WorkingGroup", "Team") else None


# A heading or table caption over a list of a body's members: "Members of ISECG", "ISECG member agencies at
# 31 December 2018"; the date after it is when the list holds.
OTHER_STANDING_RE = re.compile(r"(?:Observers?|Associates?|Former\s+members?|Non-members?|Candidates?|Applicants?|"
                               r"Partners?|Guests?)\b", re.I)
TOTAL_ROW_RE = re.compile(r"\|?\s*(?:grand\s+)?total(?:\s+(?:members|agencies|membership))?\s*[:|]?\s*(\d{1,3})\s*\|?",
                          re.I)
PARTIAL_ROW_RE = re.compile(r"\b(?:and|among)\s+(?:many\s+)?others\b|\betc\.?$|(?:\.\.\.|…)\s*$", re.I)
WRAPPED_CELL_LINES = 3  # lines of one row's cells a PDF may wrap below it
FOUNDERS_LEAD_IN = 3  # sentences of prose a founders' heading may have before its table
FOUNDED_IN_RE = re.compile(r"\b(?:established|founded|created|formed|set\s+up)\s+in\s+((?:19|20)\d\d)\b")
MIN_TABLE_MEMBERS = 3  # fewer rows than this under a members caption are an excerpt, not the membership
MEMBERS_HEADING_RE = re.compile(r"^(.*?)\b(?:[Mm]embers|[Mm]ember (?:agencies|organi[sz]ations)|[Mm]ember(?:ship)? list|(?P<founding>[Ff]ounders|"
                                r"[Ff]ounding (?:members|agencies|organi[sz]ations)))\b(.*)$")
SOME_MEMBERS_RE = re.compile(r"\b(?:new|joined|joining|since|after|admitted|contribut\w*|participating|present|attending|"
                             r"represented|attendance|attended|attendees|delegations?)\b", re.I)


def _member_table(ctx: Context, state: State, sentence: Sentence) -> bool:
    """Rows of an open member table are used up here."""
    if state.table is None or not _table_row(ctx, state, sentence):
        return False
    state.line = sentence.line
    return True


def _table_row(ctx: Context, state: State, sentence: Sentence) -> bool:
    """A row of a member table: a country line, or a "Full Name (ACRONYM)" line of the current country."""
    text = sentence.line.text
    table = state.table
    if table["rows"] and TABLE_CAPTION_RE.match(text) and not MEMBERS_HEADING_RE.match(text):
        _close_table(ctx, state)  # "Table 3. Observers": another table's caption ends this one
        return False
    if OTHER_STANDING_CELL_RE.search(text) and sentence.text == text and len(text.split()) <= 14 \
            and any(m.entity.type == "Organization" and m.entity.iri != table["org"].iri for m in sentence.mentions):
        return True  # "AEM Observer 2022": a row of another standing, no member
    # a caption line of its own (not a paragraph that ends on a colon: "... it has 26 member agencies. Growth ...:")
    if not table["rows"] and sentence.text == text and text.rstrip().endswith(":") and MEMBERS_HEADING_RE.match(text):
        dates = find_dates(text)  # "3 Members" / "ISECG members at 31 December 2020:": the caption dates the list
        if dates and not table.get("founding"):
            table["period"] = dates[-1].start
        return True
    if table.get("since") and member_since_row(ctx, table, sentence):
        return True
    total = TOTAL_ROW_RE.fullmatch(text)
    if total and number(total.group(1)):  # "Total 24": the count of a table that breaks the members down
        table["stated"] = number(total.group(1))
        return True
    if PARTIAL_ROW_RE.search(text):
        table["all"] = bool(table.get("stated"))  # an excerpt: its rows are not all the members
    remark = ";" in text and table["rows"] and sentence.text == text  # a row with a remark: "BNSC; its seat passed ..."
    if remark:
        text = text.split(";")[0].strip()
    if sentence.text != sentence.line.text or len(text.split()) > 14 or text.endswith(".") or re.match(r"^(Annex|Chapter)\b", text):
        founded = FOUNDED_IN_RE.search(sentence.text) if table.get("founders") and not table["rows"] else None
        if table.get("founders") and not table["rows"] and table.get("lead_in", 0) < FOUNDERS_LEAD_IN \
                and (founded or table["founding"]):
            # a lead-in under "The founding agencies" ("ISECG was established in 2007 by the fourteen agencies listed
            # below. No agency joined during 2008."): its rows are members from the founding year it tells
            table["lead_in"] = table.get("lead_in", 0) + 1
            if founded:
                table.update(period=founded.group(1), founding=True)
            return False
        _close_table(ctx, state)
        return False
    country = ctx.rec.gazetteer.lookup(re.sub(r"\s*\([^)]*\)\s*$", "", text))
    evidence = sentence.evidence()
    if table.get("cells"):  # rows carry their own country: a line of one is the last row's, wrapped
        if _wrapped_country(ctx, table, text):
            return True
    elif country and country.type in ("Country", "Place"):  # a heading over the rows of its country
        table["country"] = country
        return True
    row = re.fullmatch(r"[-•]?\s*(.+?)\s*(?:\(([^()]+)\))?", text)
    member = ctx.rec.gazetteer.lookup(row.group(2)) if row.group(2) else None
    if member is None or member.type != "Organization":  # "ASI (Italy)": the body before its country
        member = ctx.rec.gazetteer.lookup(clean_name(row.group(1)))
    if member is None:  # a row of cells: "ASI Italian Space Agency Italy", the first body it names
        member = next((m.entity for m in sentence.mentions if m.entity.type == "Organization"
                       and m.entity.iri != table["org"].iri and m.start < len(text)), None)
    if member is None and remark and NEW_AGENCY_RE.fullmatch(text):  # a member no list has, named in full
        member = ctx.rec.define(text, "Organization", evidence, rule="member-table", confidence=0.75)
    country = next((m.entity for m in sentence.mentions if m.entity.type == "Country"), None)
    table["cells"] = table.get("cells") or member is not None and country is not None
    if table["cells"]:  # each row its own country, none carried over from the row above
        table["country"] = country
    if member is None or member.type != "Organization":
        # After some rows, a line that is no row is a cell a PDF wrapped ("Spatiale Italiana)"), up to
        # WRAPPED_CELL_LINES of them in a row; one more, or a line heading another standing ("Observers"), ends it.
        if table["rows"] and (table.get("wrapped", 0) >= WRAPPED_CELL_LINES or OTHER_STANDING_RE.match(text)):
            _close_table(ctx, state)
            return False
        if table["rows"]:
            table["wrapped"] = table.get("wrapped", 0) + 1
            return True
        table["since"] = bool(SINCE_COLUMN_RE.search(text))  # a header with a "Member since" column
        table["delegates"] = DELEGATE_COLUMN_RE.search(text) is not None  # ... and one of its delegations' heads
        return True
    table["rows"] += 1
    table["wrapped"] = 0
    table["members"].add(member.iri)
    table["evidence"] = table["evidence"] or evidence
    own = _row_joined(text) or _row_end_year(text)
    if own:  # "ROSA - joined 14 June 2022", "Polish Space Agency (POLSA), Poland, 2031": a member from its own date
        membership(ctx, member, table["org"], evidence, "member-table", 0.95, start=own)
    else:
        _membership(ctx, member, table, evidence, "member-table", 0.95)
    if table["country"]:
        ctx.rec.fact(member.iri, "isecg:country", table["country"].iri, "member-table", 0.95, evidence)
    table["last"] = (member, text, table["country"] is not None, evidence)
    for other in sentence.mentions:  # two rows a PDF ran together on one line: each body a member
        if other.entity.type == "Organization" and other.entity.iri not in (member.iri, table["org"].iri) \
                and other.start < len(text):
            table["members"].add(other.entity.iri)
            _membership(ctx, other.entity, table, evidence, "member-table", 0.9)
    return not remark  # the rules reading sentences read the remark too


# A row's cell giving another standing than member: "AEM  Observer  2022".
OTHER_STANDING_CELL_RE = re.compile(r"\b(?:[Oo]bservers?|[Aa]ssociates?|[Ff]ormer\s+members?|[Cc]andidates?|[Aa]pplicants?|"
                                    r"[Nn]on-members?|[Gg]uests?)\b")
# A row's own joining cue before its date: "ROSA - joined 14 June 2022", "SSO (member since 2019)".
ROW_JOINED_RE = re.compile(r"\b(?:joined|admitted|accepted|welcomed|member\s+since|since|from)\b(?:\s+(?:in|on))?\s*[:\-–]?\s*",
                           re.I)


def _row_joined(text: str) -> str | None:
    """The date a member-table row says its member joined on, if it says one."""
    for cue in ROW_JOINED_RE.finditer(text):
        dates = find_dates(text[cue.end():])
        if dates and dates[0].pos[0] == 0:
            return dates[0].start
    return None


def _row_end_year(text: str) -> str | None:
    """The year a member-table row ends with after a separator, when it gives no other date ("Polish Space Agency
    (POLSA), Poland, 2031", "ASI (Italy) – 2007"): the year its member joined."""
    end = ROW_END_YEAR_RE.search(text)
    return end.group(1) if end and end.start(1) > end.start() and len(find_dates(text)) == 1 else None


def _wrapped_country(ctx: Context, table: dict, text: str) -> bool:
    """The end of the last row's country cell a PDF wrapped below it ("NASA United" / "States"): the row's last
    words and this line name a country the row had none of."""
    member, row, has_country, row_evidence = table.get("last") or (None, "", True, None)
    words = row.split()
    for size in range(min(len(words), 3), -1, -1):
        country = ctx.rec.gazetteer.lookup(" ".join([*words[len(words) - size:], text]))
        if country is not None and country.type == "Country":
            if not has_country:
                ctx.rec.fact(member.iri, "isecg:country", country.iri, "member-table", 0.9, row_evidence)
                table["last"] = (member, row, True, row_evidence)
            return True
    return False


def _close_table(ctx: Context, state: State) -> None:
    """The end of a member table ("Table 2. ISECG members at 31 December 2018"): its rows are the body's
    members at the table's date, so their number is the body's member count then."""
    table, state.table = state.table, None
    if table is not None and table.get("all") and len(table["members"]) >= MIN_TABLE_MEMBERS \
            and table["evidence"] is not None:
        member_count(ctx, table["org"], table.get("stated") or len(table["members"]), table["period"], table["evidence"],
                     "member-table")
    elif table is not None and table.get("stated") and table.get("caption") and not table["members"] \
            and not table.get("founding"):
        member_count(ctx, table["org"], table["stated"], table["period"], table["caption"], "member-table")


def _stated_count(caption: str, rest: str = "") -> int | None:
    """The number right before a caption's noun ("The fifteen members"), not a table's own ("Table 3 members"), or
    in brackets right after it ("ISECG member agencies (27)")."""
    after = re.match(r"\s*\((\d{1,3})\)", rest)
    if after:
        return number(after.group(1))
    words = caption.split()
    if not words or len(words) > 1 and re.fullmatch(r"(?i:table|tab\.|figure|fig\.)", words[-2]) \
            or len(words) == 1 and re.fullmatch(r"[\d.]+", words[0]):  # a section's number: "3. Members"
        return None
    return number(words[-1].strip(".:,"))


def _membership(ctx: Context, member: Entity, table: dict, evidence, rule: str, confidence: float) -> None:
    """``member`` in the table's body during its period, or from then in a table of founders."""
    if table.get("founding"):
        membership(ctx, member, table["org"], evidence, rule, confidence, start=table["period"])
    else:
        membership(ctx, member, table["org"], evidence, rule, confidence, period=table["period"])


def _org_country_pairs(ctx: Context, text: str, mentions: list[Mention]):
    """(organisation, country) from "CNES (France)" and "ASA and CSIRO (Australia)"."""
    pending: list[Entity] = []
    previous_end = 0
    for m in mentions:
        gap = text[previous_end:m.start]
        if m.entity.type in ORG_LIKE:
            if not re.fullmatch(r"\s*(?:,|and|&)?\s*", gap):
                pending = []
            pending.append(m.entity)
        elif m.entity.type in ("Country", "Place") and re.fullmatch(r"\s*\(\s*", gap) \
                and re.match(r"\s*\)", text[m.end:]):
            for org in pending:
                yield org, m.entity
            pending = []
        else:
            pending = []
        previous_end = m.end


def _countries(ctx: Context, state: State, sentence: Sentence) -> None:
    evidence = None
    for org, country in _org_country_pairs(ctx, sentence.text, sentence.mentions):
        evidence = evidence or sentence.evidence()
        ctx.rec.fact(org.iri, "isecg:country", country.iri, "org-country", 0.85, evidence)


def _memberships(ctx: Context, state: State, sentence: Sentence) -> None:
    """"By the end of 2022, ISECG membership counted 27 organisations¹" (members in the footnote),
    "X and Y joined ISECG in 2021", "the members of ISECG in 2022 are X, Y and Z"."""
    prev_group, state.prev_group = state.prev_group, names_a_group(sentence, 0, len(sentence.text))
    state.prev_group = state.prev_group or any(m.entity.type in ("WorkingGroup", "Team") for m in sentence.mentions)
    _member_sentence(ctx, state, sentence, prev_group)


def _member_sentence(ctx: Context, state: State, sentence: Sentence, prev_group: bool) -> None:
    text = sentence.text
    gathers, participating = GATHERS_RE.search(text), PARTICIPATING_RE.search(text)
    if not (MEMBER_RE.search(text) or JOIN_RE.search(text) or gathers or participating):
        return
    dates = find_dates(text)
    period = str(dates[0].year) if dates else None
    bodies = [m for m in sentence.mentions if m.entity.type == "Organization"]
    evidence = sentence.evidence()
    if JOIN_RE.search(text):
        return  # who joined when: the joining rules' (rules_org.memberships_joined)
    if sentence.footnote and period and bodies:
        body = bodies[0].entity
        footnote = sentence.footnote
        note_mentions = ctx.rec.gazetteer.find(footnote)
        note_evidence = ctx.text.footnote_evidence(footnote, sentence)
        for m in note_mentions:
            if m.entity.type in ORG_LIKE and m.entity.iri != body.iri and not re.match(r"\s*\)", footnote[m.end:]):
                membership(ctx, m.entity, body, note_evidence, "member-footnote", 0.9, period=period)
        for org, country in _org_country_pairs(ctx, footnote, note_mentions):
            ctx.rec.fact(org.iri, "isecg:country", country.iri, "org-country", 0.85, note_evidence)
        return
    # ("The member agencies, among them NASA and ESA, ...", "14 of the member agencies took part, such as ...", and
    # opening the sentence with their verb: "Member agencies include ...", not a label "Member agencies and joining dates:")
    listed = re.search(r"(?<![\w-])members?\b[^.]*?\b(?:are|were|include|included|including|among\s+them|such\s+as|"
                       r"notably|:)\s", text) or MEMBERS_OPEN_RE.match(text) or gathers or participating
    if listed and re.search(r"\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}members?\b", text[:listed.end()]):
        return  # "Two organisations that are not ISECG members were asked: X and Y"
    if listed is None:
        return
    standing = {m.group().lower() for m in NOT_ALL_MEMBERS_RE.finditer(text[:listed.end()])}
    joined_only = standing == {"new"}  # "New members: A (March 2021), B (June 2021)": those with their own dates joined then
    if standing and not joined_only:
        return  # "Members present: A, B", "Former members: C": not all of them, or not as members
    before = [m for m in sentence.mentions if m.start < listed.end() and m.entity.type in ORG_LIKE]
    if before:
        body = before[0].entity
    elif ctx.body is not None and not state.group_section and not (prev_group and PRONOUN_RE.search(text[:listed.end()])):
        body = ctx.body  # "Member agencies: A; B; C": the document's (not under a group's heading, nor "Its members")
    else:
        return
    if names_a_group(sentence, 0, listed.end()):
        return  # "the members of the ISECG Lunar Volatiles Task Group were": that group's
    if body.type != "Organization" or (listed.re in (GATHERS_RE, PARTICIPATING_RE)
                                       and (not before or not BODY_RE.search(body.label))):
        return  # "The Artemis partners bring together 30 agencies:", "The session brought together" are no body's
    if listed.re is PARTICIPATING_RE and not (re.match(r"(?:'s|’s)\s+participating\b", text[before[0].end:])
                                             or PARTICIPATING_IN_RE.search(text[:before[0].start])):
        return  # "The ISECG workshop had these participating agencies:": the workshop's
    # "Members at 31 December 2021: A, B" (the label's date), not the dates the list gives each ("A (2007), B (2011)")
    label_dates = [d for d in dates if d.pos[0] < listed.end()]
    period = str(label_dates[0].year) if label_dates else ctx.series.date  # else as of the document
    if period:
        for m in sentence.mentions:
            if m.start >= listed.end() and m.entity.type in ORG_LIKE and not affiliation(sentence, m.start):
                own = OWN_YEAR_RE.match(text, m.end)  # "ASI (2007), UKSA (joined 2011)": a member since its year
                if joined_only and not own:
                    continue
                if own:
                    membership(ctx, m.entity, body, evidence, "member-list", 0.8, start=own_start(own))
                else:
                    membership(ctx, m.entity, body, evidence, "member-list", 0.8, period=period)


def _units(ctx: Context, state: State, sentence: Sentence) -> None:
    """"The BTT is a new ISECG tiger team", "ISECG's Technology Working Group", "the TWG of ISECG"."""
    text = sentence.text
    evidence = None
    for m in sentence.mentions:
        if m.entity.type not in ("WorkingGroup", "Team"):
            continue
        after = text[m.end:m.end + 80]
        before = text[max(0, m.start - 20):m.start]
        parent = None
        is_a = re.match(r"\s*(?:\([^)]*\))?\s+(?:is|was|was confirmed as|became)\s+(?:a|an|the)\s+(?:new\s+|official\s+|standing\s+)?"
                        r"(\S+)\s+(?:tiger team|working group|team|group)\b", after, re.I)
        if is_a:
            parent = ctx.rec.gazetteer.lookup(is_a.group(1).rstrip("'s").rstrip("’s"))
        of = re.match(r"\s+of\s+(?:the\s+)?(\S+(?:\s+\S+){0,5})", after)
        if parent is None and of:
            found = ctx.rec.gazetteer.find(of.group(1))
            parent = found[0].entity if found and found[0].start == 0 else None
        owner = re.search(r"(\S+?)(?:'s|’s)?\s+$", before)
        if parent is None and owner:
            parent = ctx.rec.gazetteer.lookup(owner.group(1))
            if parent and not re.search(r"(?:'s|’s)?\s+$", before):
                parent = None
        if parent is not None and parent.type == "Organization":
            evidence = evidence or sentence.evidence()
            ctx.rec.fact(m.entity.iri, "org:unitOf", parent.iri, "unit-of", 0.85, evidence)


# Before a work word, what makes it someone else's work that the subject receives: "benefits from advances in".
RECEIVED_RE = re.compile(r"\b(?:benefit|profit|learn|draw|gain|rel(?:y|ie)|depend|build)(?:s|ed|ing)?\s+(?:from|on|upon)\s+"
                         r"(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


def _works_on(ctx: Context, state: State, sentence: Sentence) -> None:
    if sentence.line is state.work_row:
        return  # a technology table's row: its work is read
    techs = sentence.of_type("Technology")
    verbs = list(WORK_RE.finditer(sentence.text))
    led = LED_BY_RE.search(sentence.text)
    if not techs or not (verbs or led):
        return
    evidence = sentence.evidence()
    gapped = gapped_clauses(sentence)
    for m in techs:
        # The work verb before the technology, and that verb's subject: "JAXA develops X; CSA matures Y".
        verb = next((v for v in reversed(verbs) if v.start() < m.start), None)
        if verb is not None and RECEIVED_RE.search(sentence.text, 0, verb.start()):
            continue  # "ESA benefits from advances in X": others' work, received
        if verb is None and not led:
            continue  # "the ISRU team, led by CSA, ...": the team's topic is before; else no verb governs it
        # "CSA's work on X": the owner of the work is who works on it.
        owner = verb and next((o.entity for o in sentence.mentions if o.entity.type in ORG_LIKE
                               and re.fullmatch(r"(?:'s|’s)\s+", sentence.text[o.end:verb.start()])), None)
        # "JAXA reported work on X; CSA presented its Y": a later clause with a subject of its own is that subject's;
        # so is one with its verb left out ("NASA's work on X, JAXA's on Y")
        start = clause_start(sentence, m.start)
        own = [o.entity for o in coordinated(sentence, start, m.start)] if verb and start > verb.start() else []
        own = own or [o.entity for o, at in gapped if verb and verb.start() < o.start and at <= m.start][-1:]
        who = own or ([owner] if owner else subjects(sentence, verb.start() if verb else len(sentence.text)))
        for agent in who:
            ctx.rec.fact(agent.iri, "isecg:worksOn", m.entity.iri, "works-on",
                         0.75 if agent is sentence.owner else 0.8, evidence)


def _collaborations(ctx: Context, state: State, sentence: Sentence) -> None:
    cue = COLLAB_RE.search(sentence.text)
    if not cue:
        return
    who = subjects(sentence, cue.start())
    clause_end = re.search(r"[;.]|,\s+(?!and\b)(?=[a-z])", sentence.text[cue.end():])
    end = cue.end() + (clause_end.start() if clause_end else len(sentence.text))
    partners = [m.entity for m in sentence.mentions if cue.end() <= m.start < end and m.entity.type in ORG_LIKE
                and not re.match(r"'s|’s", sentence.text[m.end:])]  # "with ISECG's working groups": not ISECG
    if not who or not partners:
        return
    evidence = sentence.evidence()
    for agent in who:
        for partner in partners:
            if partner.iri != agent.iri:
                ctx.rec.fact(agent.iri, "isecg:collaboratesWith", partner.iri, "collaborates-with", 0.75, evidence)


def _focus(ctx: Context, state: State, sentence: Sentence) -> None:
    cue = FOCUS_RE.search(sentence.text)
    if not cue:
        return
    who = subjects(sentence, cue.start())
    targets = [m.entity for m in sentence.of_type("Destination") if m.start >= cue.end()]
    if not who or not targets:
        return
    evidence = sentence.evidence()
    for agent in who:
        for target in targets:
            ctx.rec.fact(agent.iri, "isecg:focusesOn", target.iri, "focuses-on", 0.7, evidence)


def _plans(ctx: Context, state: State, sentence: Sentence) -> None:
    for m in PLAN_RE.finditer(sentence.text):
        phrase = clean_name(m.group(1))
        if not phrase or phrase.lower() in {"this", "it", "that"} or phrase.split()[-1].lower() in {"is", "are", "be"}:
            continue
        evidence = sentence.evidence()
        year = ox.Literal(m.group(2), datatype=term("xsd:gYear"))
        known = ctx.rec.gazetteer.lookup(phrase)
        if known and known.type in ("Document", "Presentation"):
            ctx.rec.fact(known.iri, "isecg:plannedFor", year, "planned-for", 0.75, evidence)
            continue
        activity = ctx.rec.define(phrase, "Activity", evidence, rule="planned-for", confidence=0.7,
                             slug=f"{phrase} {m.group(2)}")
        ctx.rec.fact(activity.iri, "isecg:plannedFor", year, "planned-for", 0.75, evidence)
        who = subject(sentence, m.start())
        if who is not None:
            ctx.rec.fact(activity.iri, "prov:wasAssociatedWith", who.iri, "planned-for", 0.6, evidence)
        for target in sentence.of_type("Destination"):
            ctx.rec.fact(activity.iri, "isecg:focusesOn", target.entity.iri, "planned-for", 0.6, evidence)


def _publications(ctx: Context, state: State, sentence: Sentence) -> None:
    """"ISECG published/released DOC" (publisher; a working group or team its author too), "DOC was issued by ORG"
    (author and publisher), "DOC was presented at EVENT"."""
    docs = sentence.of_type("Document", "Presentation")
    verb = PUBLISH_RE.search(sentence.text)
    if verb and docs:
        who = _named_head(sentence, subject(sentence, verb.start(), fallback=False), verb.start())
        if who is not None:
            evidence = sentence.evidence()
            for m in docs:
                if m.start > verb.end():
                    ctx.rec.fact(m.entity.iri, "dcterms:publisher", who.iri, "published", 0.75, evidence)
                    if who.type in ("WorkingGroup", "Team"):  # a working group releases what it wrote
                        ctx.rec.fact(m.entity.iri, "dcterms:creator", who.iri, "published", 0.7, evidence)
    work = next((m for m in reversed(docs) if verb and m.end <= verb.start()), None)
    by = verb and ISSUED_BY_RE.match(sentence.text, verb.end())
    if work is not None and by and PASSIVE_RE.fullmatch(sentence.text, work.end, verb.start()):
        # "DOC, was issued as a summary report by ORG in July 2010": its author and publisher
        agent, at = None, by.end()
        for m in sentence.mentions:  # "the ISECG International Architecture Working Group": the last name is the head
            if m.start == at:
                agent, at = m.entity, m.end + 1
        if agent is not None and agent.type in ORG_LIKE:
            evidence = sentence.evidence()
            for p in ("dcterms:creator", "dcterms:publisher"):
                ctx.rec.fact(work.entity.iri, p, agent.iri, "issued-by", 0.75, evidence)
    presented = PRESENT_RE.search(sentence.text)
    if presented and docs:
        events = [m.entity for m in sentence.of_type("Event") if m.start > presented.end()]
        work = next((m.entity for m in reversed(docs) if m.start < presented.start()), None)
        if events and work:
            ctx.rec.fact(events[0].iri, "schema:workFeatured", work.iri, "presented-at", 0.75, sentence.evidence())


def _named_head(sentence: Sentence, who, before: int):
    """"the ISECG Technology Working Group released ...": the body named last in a run of names is the subject
    (the group, not ISECG)."""
    at = next((m for m in sentence.mentions if who is not None and m.entity is who and m.end <= before), None)
    while at is not None:
        following = next((m for m in sentence.mentions if m.start == at.end + 1 and m.end <= before
                          and m.entity.type in ORG_LIKE), None)
        if following is None:
            return at.entity
        at = following
    return who


def _editions(ctx: Context, state: State, sentence: Sentence) -> None:
    """"the third edition of the roadmap, released in January 2018", "It updates the first edition"."""
    ctx.series.cited_editions(sentence)


# renames first: it reads every line (a note's mark calls back to its row) and lets the others read them too
RULES: list[Rule] = [renames, datelined, members_excused, group_posts, chair_rows, group_lead_rows, cover_group, issued_by, line_people, member_standing_row,
                     event_table, stacked_entry, count_table, joining_table, _member_table,
                     member_list, member_fields, joinings_by_date, memberships_joined, participants, member_since_header, author_section, people_table, row_people, marked_authors,
                     technology_tables, mission_phases, _section, _list_event_details, member_counts, counts_from_to,
                     new_members, chairs, chair_terms, chair_frame, chair_forms, group_leads, founding_members,
                     founders, _countries, _memberships, _units, publication, typed_row, minutes_head, events, event_which_holds,
                     earlier_of_series, meeting_series, meetings, surveys, happenings, event_place, event_frame, dated_item,
                     _works_on, _collaborations, _focus, _plans, _publications, _editions, people, technology_work,
                     reported_work, phases_in_prose]


def finish(ctx: Context, state: State) -> None:
    """After the last sentence: what a section still open at the end of the document gathered."""
    end_authors(ctx, state)
    hosted_issuers(ctx)
    contact_issuer(ctx)
    finish_events(ctx)
    _close_table(ctx, state)
    finish_accessions(ctx, state)
    finish_phases(ctx, state)
    finish_counts(ctx, state)
    chairs_taken(ctx)
    members_attending(ctx)


def apply(ctx: Context, state: State, sentence: Sentence) -> None:
    """Run the rules on ``sentence`` in order until one uses it up.  A rule that fails on a sentence it was
    not written for loses that sentence's facts from that rule, logged, not the whole build."""
    state.joined_before = joined_on(ctx.rec.result.facts[state.facts_at:])  # the previous sentence's facts
    state.previous, state.current = state.current, sentence.text
    state.facts_at = len(ctx.rec.result.facts)
    ctx.rec.restated.clear()
    for rule in RULES:
        try:
            if rule(ctx, state, sentence):
                return
        except Exception:
            log.warning("rule %s failed on %s page %s (%r); its facts from that sentence are skipped",
                        rule.__name__, ctx.doc.id, sentence.line.page, sentence.text[:80],
                        exc_info=True)
